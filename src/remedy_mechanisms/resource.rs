//! Remedy mechanisms as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::remedy_mechanisms::model::{
    RemedyMechanismFilter, RemedyMechanismInput, RemedyMechanismRecord, RemedyMechanismView,
};
use crate::remedy_mechanisms::queries;

impl Resource for RemedyMechanismRecord {
    type Key = i64;
    type Parent = ();
    type Record = RemedyMechanismRecord;
    type Input = RemedyMechanismInput;
    type View = RemedyMechanismView;
    type Filter = RemedyMechanismFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Remedy mechanisms",
        name: "RemedyMechanism",
        names: "RemedyMechanisms",
        noun: "remedy mechanism",
        nouns: "remedy mechanisms",
        collection: "/remedy-mechanisms",
        item: "/remedy-mechanisms/{id}",
        params: &[PathParam::id("id", "The mechanism's id.", "1")],
        list: Doc(
            "List remedy mechanisms",
            "Complaints procedures, dialogues and transitional-justice mechanisms through which \
             people harmed by business conduct, or the parties to an agreement, can seek a \
             remedy: who runs each, whom it serves and where it stands.",
        ),
        get: Doc(
            "Get a remedy mechanism",
            "One complaints or remedy mechanism.",
        ),
        create: Doc(
            "Record a remedy mechanism",
            "Records a complaints or remedy mechanism of a covenant or a theme (admins only). \
             Its `name` must be unused (409); `covenant` must name a covenant (400).",
        ),
        replace: Doc(
            "Replace a remedy mechanism",
            "Replaces the mechanism's fields (admins only). Another mechanism's `name` is a \
             409.",
        ),
        update: Doc(
            "Update part of a remedy mechanism",
            "Applies a JSON Merge Patch (RFC 7396) to the mechanism (admins only). Another \
             mechanism's `name` is a 409.",
        ),
        delete: Doc(
            "Delete a remedy mechanism",
            "Removes a remedy mechanism (admins only).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<RemedyMechanismRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<RemedyMechanismFilter>,
    ) -> Result<(Vec<RemedyMechanismRecord>, i64), AppError> {
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
        input: &RemedyMechanismInput,
    ) -> Result<Option<RemedyMechanismRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &RemedyMechanismInput,
    ) -> Result<RemedyMechanismRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &RemedyMechanismRecord,
        input: &RemedyMechanismInput,
    ) -> Result<RemedyMechanismRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &RemedyMechanismRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
