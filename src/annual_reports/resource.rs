//! Annual reports as a resource: they belong to a covenant, so its
//! secretariat writes them too.

use crate::annual_reports::model::{
    AnnualReportFilter, AnnualReportInput, AnnualReportRecord, AnnualReportView,
};
use crate::annual_reports::queries;
use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::measurements::queries::{Citation, refuse_if_cited};

impl Resource for AnnualReportRecord {
    type Key = i64;
    type Parent = ();
    type Record = AnnualReportRecord;
    type Input = AnnualReportInput;
    type View = AnnualReportView;
    type Filter = AnnualReportFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Annual reports",
        name: "AnnualReport",
        names: "AnnualReports",
        noun: "annual report",
        nouns: "annual reports",
        collection: "/annual-reports",
        item: "/annual-reports/{id}",
        params: &[PathParam::id("id", "The report's id.", "1")],
        list: Doc(
            "List annual reports",
            "The covenants' annual reports, by covenant and reporting year.",
        ),
        get: Doc("Get an annual report", "One annual report."),
        create: Doc(
            "Record an annual report",
            "Records a covenant's annual report (admins, or that covenant's secretariat). One \
             report per covenant and reporting year (409).",
        ),
        replace: Doc(
            "Replace an annual report",
            "Replaces the report's fields (admins, or the secretariat of its covenant; moving \
             it to another covenant needs the right to that one too). A secretariat gets 403 \
             alike for a report of another covenant and one that does not exist. One report \
             per covenant and reporting year (409).",
        ),
        update: Doc(
            "Update part of an annual report",
            "Applies a JSON Merge Patch (RFC 7396) to the report; the same rights and rules as \
             replacing it.",
        ),
        delete: Doc(
            "Delete an annual report",
            "Removes a report that no measurement cites (admins, or the secretariat of its \
             covenant); else 409.",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<AnnualReportRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<AnnualReportFilter>,
    ) -> Result<(Vec<AnnualReportRecord>, i64), AppError> {
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
        input: &AnnualReportInput,
    ) -> Result<Option<AnnualReportRecord>, AppError> {
        Ok(queries::find_by_year(
            conn,
            &input.covenant,
            input.reporting_year,
        )?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &AnnualReportInput,
    ) -> Result<AnnualReportRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &AnnualReportRecord,
        input: &AnnualReportInput,
    ) -> Result<AnnualReportRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &AnnualReportRecord) -> Result<(), AppError> {
        refuse_if_cited(conn, Citation::AnnualReport(current.report.id))?;
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_write_input(principal: &Principal, input: &AnnualReportInput) -> Result<(), AppError> {
        principal.require_covenant(&input.covenant)
    }
}
