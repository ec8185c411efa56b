//! Targets as a resource: national ones are written by admins, a covenant's
//! also by its secretariat.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::targets::model::{TargetFilter, TargetInput, TargetRecord, TargetView};
use crate::targets::queries;

impl Resource for TargetRecord {
    type Key = i64;
    type Parent = ();
    type Record = TargetRecord;
    type Input = TargetInput;
    type View = TargetView;
    type Filter = TargetFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Targets",
        name: "Target",
        names: "Targets",
        noun: "target",
        nouns: "targets",
        collection: "/targets",
        item: "/targets/{id}",
        params: &[PathParam::id("id", "The target's id.", "1")],
        list: Doc(
            "List targets",
            "The values indicators should reach by a date, for a covenant or national, \
             earliest due first.",
        ),
        get: Doc("Get a target", "One target."),
        create: Doc(
            "Record a target",
            "Sets a target for an indicator (admins; a covenant's secretariat for that \
             covenant's targets). Its values must fit the indicator's unit.",
        ),
        replace: Doc(
            "Replace a target",
            "Replaces the target (admins; a secretariat for its own covenant's targets, and \
             moving a target needs the right to the new scope too). A secretariat gets 403 \
             alike for a target of another covenant and one that does not exist.",
        ),
        update: Doc(
            "Update part of a target",
            "Applies a JSON Merge Patch (RFC 7396) to the target; the same rights as replacing \
             it.",
        ),
        delete: Doc(
            "Delete a target",
            "Removes a target (the same rights as replacing it).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<TargetRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<TargetFilter>,
    ) -> Result<(Vec<TargetRecord>, i64), AppError> {
        crate::indicators::queries::refuse_unknown(
            conn,
            "indicator",
            query.filter.indicator.as_ref(),
        )?;
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
        input: &TargetInput,
    ) -> Result<Option<TargetRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &TargetInput,
    ) -> Result<TargetRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &TargetRecord,
        input: &TargetInput,
    ) -> Result<TargetRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &TargetRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_write_input(principal: &Principal, input: &TargetInput) -> Result<(), AppError> {
        principal.require_scope(input.covenant.as_deref())
    }
}
