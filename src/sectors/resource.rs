//! Sectors as a resource: admin-written, addressed by their code, which
//! never changes.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource, identity_unchanged};
use crate::http::listing::ListQuery;
use crate::sectors::model::{Sector, SectorFilter, SectorInput, SectorView};
use crate::sectors::queries;

impl Resource for Sector {
    type Key = String;
    type Parent = ();
    type Record = Sector;
    type Input = SectorInput;
    type View = SectorView;
    type Filter = SectorFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Sectors",
        name: "Sector",
        names: "Sectors",
        noun: "sector",
        nouns: "sectors",
        collection: "/sectors",
        item: "/sectors/{code}",
        params: &[PathParam::code("code", "The sector's code.", "textile")],
        list: Doc(
            "List sectors",
            "The sectors covenants are made for, a page at a time, optionally only some codes, \
             in the order asked for.",
        ),
        get: Doc("Get a sector", "One sector by its code."),
        create: Doc(
            "Create a sector",
            "Records a new sector (admins only). Its `code` must be unused (409).",
        ),
        replace: Doc(
            "Replace a sector",
            "Replaces the sector's names (admins only). The body's `code` must equal the \
             path's: codes are stable.",
        ),
        update: Doc(
            "Update part of a sector",
            "Applies a JSON Merge Patch (RFC 7396) to the sector (admins only). The result must \
             be a valid sector, and `code` cannot change.",
        ),
        delete: Doc(
            "Delete a sector",
            "Removes a sector that no covenant belongs to (admins only); else 409 naming them.",
        ),
    };

    fn parent_of(_: &String) {}

    fn load(conn: &mut DbConnection, code: &String) -> Result<Sector, AppError> {
        queries::get_by_code(conn, code)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<SectorFilter>,
    ) -> Result<(Vec<Sector>, i64), AppError> {
        queries::refuse_unknown(conn, "code", query.filter.code.as_ref())?;
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &SectorInput,
    ) -> Result<Option<Sector>, AppError> {
        Ok(queries::find_by_code(conn, &input.code)?)
    }

    fn insert(conn: &mut DbConnection, _: &(), input: &SectorInput) -> Result<Sector, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &Sector,
        input: &SectorInput,
    ) -> Result<Sector, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &Sector) -> Result<(), AppError> {
        let (covenants, total) = crate::covenants::queries::codes_in_sector(conn, current.id, 10)?;
        if total > 0 {
            return Err(AppError::Conflict(format!(
                "Sector `{}` cannot be deleted: {total} covenant(s) still belong to it ({}).",
                current.code,
                covenants.join(", ")
            )));
        }
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn keeps_identity(code: &String, input: &SectorInput) -> Result<(), AppError> {
        identity_unchanged("code", code, &input.code, "a sector's code cannot change")
    }
}
