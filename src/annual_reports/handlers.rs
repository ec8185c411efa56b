//! Annual report endpoints: HTTP only; storage is in `queries`. Admins, or
//! the secretariat of the report's covenant, write.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::annual_reports::model::{
    AnnualReportFilter, AnnualReportInput, AnnualReportList, AnnualReportRecord, AnnualReportView,
};
use crate::annual_reports::queries;
use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool};
use crate::error::AppError;
use crate::http::conditional::json_with_etag;
use crate::http::crud_legacy::{self as crud, Resource};
use crate::http::json_body::{JsonBody, MergePatch};
use crate::http::listing::{ListQuery, PageParams};
use crate::measurements::queries::{Citation, refuse_if_cited};

const TAG: &str = "Annual reports";

/// Annual reports belong to a covenant: its secretariat writes them too.
impl Resource for AnnualReportRecord {
    type Key = i64;
    type Record = AnnualReportRecord;
    type Input = AnnualReportInput;
    type View = AnnualReportView;

    fn view(record: &AnnualReportRecord) -> AnnualReportView {
        AnnualReportView::from(record)
    }

    fn input(record: &AnnualReportRecord) -> AnnualReportInput {
        AnnualReportInput::from(record)
    }

    fn load(conn: &mut DbConnection, id: &i64) -> Result<AnnualReportRecord, AppError> {
        queries::get(conn, *id)
    }

    fn insert(
        conn: &mut DbConnection,
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

/// An annual report's writable fields for a merge patch.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AnnualReportPatch {
    /// Code of the covenant (moving a report needs the right to both).
    #[schema(example = "banking")]
    pub covenant: Option<String>,
    /// The year it covers.
    pub reporting_year: Option<i32>,
    /// When it was published.
    pub published_on: Option<chrono::NaiveDate>,
    /// Its title.
    pub title: Option<String>,
    /// Where it is published.
    pub url: Option<String>,
    /// What it reports.
    pub summary: Option<String>,
    /// Where these facts come from.
    pub source: Option<String>,
}

/// List annual reports
///
/// The covenants' annual reports, by covenant and reporting year.
#[utoipa::path(
    tag = TAG,
    operation_id = "listAnnualReports",
    params(PageParams, AnnualReportFilter),
    responses(
        (status = 200, description = "A page of annual reports.", body = AnnualReportList,
            headers(("ETag" = String, description = "Entity tag of this page."))),
        (status = 304, description = "Not modified."),
    )
)]
#[get("/annual-reports")]
#[tracing::instrument(skip_all)]
pub async fn list_annual_reports(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<AnnualReportFilter>,
) -> Result<HttpResponse, AppError> {
    let (rows, total, query) = db::run(&pool, move |conn| {
        let (rows, total) = queries::list(
            conn,
            &query.filter,
            &query.sort,
            query.offset(),
            query.limit(),
        )?;
        Ok((rows, total, query))
    })
    .await?;
    let list = AnnualReportList {
        items: rows.iter().map(AnnualReportView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get an annual report
///
/// One annual report.
#[utoipa::path(
    tag = TAG,
    operation_id = "getAnnualReport",
    params(("id" = i64, Path, description = "The report's id.", example = 1)),
    responses(
        (status = 200, description = "The annual report.", body = AnnualReportView,
            headers(("ETag" = String, description = "Entity tag of the report."))),
        (status = 304, description = "Not modified."),
        (status = 404, description = "There is no such annual report.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/annual-reports/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_annual_report(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::get::<AnnualReportRecord>(&req, &pool, id.into_inner()).await
}

/// Record an annual report
///
/// Records a covenant's annual report (admins, or that covenant's
/// secretariat). One report per covenant and reporting year.
#[utoipa::path(
    tag = TAG,
    operation_id = "createAnnualReport",
    request_body(content = AnnualReportInput, description = "The annual report."),
    responses(
        (status = 201, description = "The report was recorded.", body = AnnualReportView,
            headers(
                ("Location" = String, description = "Path of the new report."),
                ("ETag" = String, description = "Entity tag of the new report."),
            )),
        (status = 409, description = "The covenant already has a report on that year.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/annual-reports")]
#[tracing::instrument(skip_all)]
pub async fn create_annual_report(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<AnnualReportInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<AnnualReportRecord>(&req, principal, &pool, body).await
}

/// Replace an annual report
///
/// Replaces the report's fields (admins, or the secretariat of its covenant;
/// moving it to another covenant needs the right to that one too). A
/// secretariat gets 403 alike for a report of another covenant and one that
/// does not exist.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceAnnualReport",
    params(
        ("id" = i64, Path, description = "The report's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the report changed since."),
    ),
    request_body(content = AnnualReportInput, description = "The report's new state."),
    responses(
        (status = 200, description = "The report was replaced.", body = AnnualReportView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such annual report.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The covenant already has a report on that year.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The report changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/annual-reports/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_annual_report(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<AnnualReportInput>,
) -> Result<HttpResponse, AppError> {
    crud::replace::<AnnualReportRecord>(&req, principal, &pool, id.into_inner(), body).await
}

/// Update part of an annual report
///
/// Applies a JSON Merge Patch (RFC 7396) to the report; the same rights as
/// replacing it.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateAnnualReport",
    params(
        ("id" = i64, Path, description = "The report's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the report changed since."),
    ),
    request_body(content = AnnualReportPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The report was updated.", body = AnnualReportView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such annual report.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The covenant already has a report on that year.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The report changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/annual-reports/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_annual_report(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    crud::patch::<AnnualReportRecord>(&req, principal, &pool, id.into_inner(), patch).await
}

/// Delete an annual report
///
/// Removes a report that no measurement cites (admins, or the secretariat of
/// its covenant).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteAnnualReport",
    params(
        ("id" = i64, Path, description = "The report's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the report changed since."),
    ),
    responses(
        (status = 204, description = "The report was deleted."),
        (status = 404, description = "There is no such annual report.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Measurements still cite the report.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The report changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/annual-reports/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_annual_report(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::delete::<AnnualReportRecord>(&req, principal, &pool, id.into_inner()).await
}
