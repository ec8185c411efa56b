//! Status changes as a resource under their covenant: admin-written, one
//! per covenant and date.

use crate::auth::Principal;
use crate::covenant_status::model::{
    StatusChangeFilter, StatusChangeInput, StatusChangeRecord, StatusChangeView,
};
use crate::covenant_status::queries;
use crate::covenants::queries as covenants;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;

impl Resource for StatusChangeRecord {
    type Key = (String, i64);
    type Parent = String;
    type Record = StatusChangeRecord;
    type Input = StatusChangeInput;
    type View = StatusChangeView;
    type Filter = StatusChangeFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Covenants",
        name: "CovenantStatusChange",
        names: "CovenantStatusChanges",
        noun: "status change",
        nouns: "status changes",
        collection: "/covenants/{code}/status-changes",
        item: "/covenants/{code}/status-changes/{changeId}",
        params: &[
            PathParam::code("code", "The covenant's code.", "textile"),
            PathParam::id("changeId", "The status change's id.", "1"),
        ],
        list: Doc(
            "List a covenant's status changes",
            "The covenant track's status timeline, oldest first: each status from its date on, \
             as its source tells it (`basis`: the day it changed, or the date of a document \
             that reports it). The overview counts each track by its latest change on or \
             before `asOf`; `unknown` says the record cannot tell. 404 when there is no such \
             covenant.",
        ),
        get: Doc(
            "Get a status change",
            "One status change of the covenant by its id.",
        ),
        create: Doc(
            "Record a status change",
            "Records the covenant's status from a date (admins only): one change per covenant \
             and date (409 naming the date). `letter`, when given, must exist (400).",
        ),
        replace: Doc(
            "Replace a status change",
            "Replaces the status change's fields (admins only); still one per covenant and \
             date (409).",
        ),
        update: Doc(
            "Update part of a status change",
            "Applies a JSON Merge Patch (RFC 7396) to the status change (admins only), e.g. \
             `{\"status\": \"stalled\"}`. The result must be valid (400) and still one per \
             covenant and date (409).",
        ),
        delete: Doc(
            "Delete a status change",
            "Removes a status change recorded in error (admins only). A track that changed \
             again gets a new change instead, so the counts at earlier dates stay as they were.",
        ),
    };

    fn parent_of((code, _): &(String, i64)) -> String {
        code.clone()
    }

    /// A missing covenant is told as such, before its status change.
    fn load(
        conn: &mut DbConnection,
        (code, id): &(String, i64),
    ) -> Result<StatusChangeRecord, AppError> {
        let covenant = covenants::id_by_code(conn, code)?;
        queries::get(conn, (covenant, code), *id)
    }

    fn list(
        conn: &mut DbConnection,
        code: &String,
        query: &ListQuery<StatusChangeFilter>,
    ) -> Result<(Vec<StatusChangeRecord>, i64), AppError> {
        let covenant = covenants::id_by_code(conn, code)?;
        Ok(queries::list(conn, (covenant, code), query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        code: &String,
        input: &StatusChangeInput,
    ) -> Result<Option<StatusChangeRecord>, AppError> {
        let covenant = covenants::id_by_code(conn, code)?;
        Ok(queries::find_on(conn, (covenant, code), input.on)?)
    }

    fn insert(
        conn: &mut DbConnection,
        code: &String,
        input: &StatusChangeInput,
    ) -> Result<StatusChangeRecord, AppError> {
        let covenant = covenants::id_by_code(conn, code)?;
        queries::insert(conn, (covenant, code), input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &StatusChangeRecord,
        input: &StatusChangeInput,
    ) -> Result<StatusChangeRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &StatusChangeRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
