//! Size facts as a resource under their organisation: admin-written, one
//! set per organisation and year, addressed by the year, which never
//! changes.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource, identity_unchanged};
use crate::http::listing::ListQuery;
use crate::organisations::queries as organisations;
use crate::size_facts::model::{SizeFact, SizeFactFilter, SizeFactInput, SizeFactView};
use crate::size_facts::queries;

impl Resource for SizeFact {
    type Key = (i64, i32);
    type Parent = i64;
    type Record = SizeFact;
    type Input = SizeFactInput;
    type View = SizeFactView;
    type Filter = SizeFactFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Size facts",
        name: "SizeFact",
        names: "SizeFacts",
        noun: "size fact",
        nouns: "size facts",
        collection: "/organisations/{id}/size-facts",
        item: "/organisations/{id}/size-facts/{year}",
        params: &[
            PathParam::id("id", "The organisation's id.", "16"),
            PathParam::id("year", "The year.", "2018"),
        ],
        list: Doc(
            "List an organisation's size facts",
            "The organisation's employees, total assets and net turnover per year, a page at a \
             time, optionally only some years. 404 when there is no such organisation.",
        ),
        get: Doc(
            "Get an organisation's size facts of a year",
            "The organisation's figures for one year.",
        ),
        create: Doc(
            "Record an organisation's size facts of a year",
            "Records the organisation's figures for a year (admins only). There is one set per \
             organisation and year: a second for the same year is refused with 409. The \
             organisation must exist (404).",
        ),
        replace: Doc(
            "Replace an organisation's size facts of a year",
            "Replaces the figures of a year (admins only). The body's `year` must equal the \
             path's.",
        ),
        update: Doc(
            "Update part of an organisation's size facts of a year",
            "Applies a JSON Merge Patch (RFC 7396) to the figures of a year (admins only). The \
             result must be valid; `year` cannot change.",
        ),
        delete: Doc(
            "Delete an organisation's size facts of a year",
            "Removes the figures of a year (admins only).",
        ),
    };

    fn parent_of(&(organisation, _): &(i64, i32)) -> i64 {
        organisation
    }

    /// A missing organisation is told as such, before its year.
    fn load(
        conn: &mut DbConnection,
        &(organisation, year): &(i64, i32),
    ) -> Result<SizeFact, AppError> {
        organisations::get(conn, organisation)?;
        queries::get(conn, organisation, year)
    }

    fn list(
        conn: &mut DbConnection,
        &organisation: &i64,
        query: &ListQuery<SizeFactFilter>,
    ) -> Result<(Vec<SizeFact>, i64), AppError> {
        organisations::get(conn, organisation)?;
        Ok(queries::list(conn, organisation, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        &organisation: &i64,
        input: &SizeFactInput,
    ) -> Result<Option<SizeFact>, AppError> {
        Ok(queries::find(conn, organisation, input.year)?)
    }

    fn insert(
        conn: &mut DbConnection,
        &organisation: &i64,
        input: &SizeFactInput,
    ) -> Result<SizeFact, AppError> {
        organisations::get(conn, organisation)?;
        queries::insert(conn, organisation, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &SizeFact,
        input: &SizeFactInput,
    ) -> Result<SizeFact, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &SizeFact) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn keeps_identity(&(_, year): &(i64, i32), input: &SizeFactInput) -> Result<(), AppError> {
        identity_unchanged("year", &year, &input.year, "record another year with POST")
    }
}
