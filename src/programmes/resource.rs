//! Funds, budgets and projects as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::programmes::model::{ProgrammeFilter, ProgrammeInput, ProgrammeRecord, ProgrammeView};
use crate::programmes::queries;

impl Resource for ProgrammeRecord {
    type Key = i64;
    type Parent = ();
    type Record = ProgrammeRecord;
    type Input = ProgrammeInput;
    type View = ProgrammeView;
    type Filter = ProgrammeFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Funds and projects",
        name: "Programme",
        names: "Programmes",
        noun: "programme",
        nouns: "programmes",
        collection: "/programmes",
        item: "/programmes/{id}",
        params: &[PathParam::id("id", "The programme's id.", "1")],
        list: Doc(
            "List funds, budgets and projects",
            "The funds, budgets and projects for responsible business conduct, by name: what \
             each is for, who runs it, the covenant or theme it serves, its period and budget \
             as the source states them, and its results.",
        ),
        get: Doc("Get a programme", "One fund, budget or project."),
        create: Doc(
            "Record a programme",
            "Records a fund, budget or project (admins only). Its `name` must be unused (409); \
             `covenant` must name a covenant (400).",
        ),
        replace: Doc(
            "Replace a programme",
            "Replaces the programme's fields (admins only). Another programme's `name` is a \
             409.",
        ),
        update: Doc(
            "Update part of a programme",
            "Applies a JSON Merge Patch (RFC 7396) to the programme (admins only), e.g. its \
             results. Another programme's `name` is a 409.",
        ),
        delete: Doc("Delete a programme", "Removes a programme (admins only)."),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<ProgrammeRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<ProgrammeFilter>,
    ) -> Result<(Vec<ProgrammeRecord>, i64), AppError> {
        crate::covenants::queries::refuse_unknown(
            conn,
            "covenant",
            query.filter.covenant.as_ref(),
        )?;
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &ProgrammeInput,
    ) -> Result<Option<ProgrammeRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &ProgrammeInput,
    ) -> Result<ProgrammeRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &ProgrammeRecord,
        input: &ProgrammeInput,
    ) -> Result<ProgrammeRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &ProgrammeRecord) -> Result<(), AppError> {
        queries::refuse_if_referred(conn, current)?;
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
