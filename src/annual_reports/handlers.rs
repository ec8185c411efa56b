//! Annual report endpoints: HTTP only; storage is in `queries`. Admins, or
//! the secretariat of the report's covenant, write.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::annual_reports::model::{
    AnnualReportFilter, AnnualReportInput, AnnualReportList, AnnualReportView,
};
use crate::annual_reports::queries;
use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess};
use crate::db::{self, Pool, write_transaction};
use crate::error::AppError;
use crate::http::conditional::{Precondition, created, json_with_etag};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListQuery, PageParams};

const TAG: &str = "Annual reports";

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
    let id = id.into_inner();
    let report = db::run(&pool, move |conn| queries::get(conn, id)).await?;
    json_with_etag(&req, &AnnualReportView::from(&report))
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
    principal.require_writer()?;
    let input = body.parse()?;
    principal.require_covenant(&input.covenant)?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let view = AnnualReportView::from(&queries::insert(conn, &input, db::now())?);
            audit::record(conn, &principal, Action::Create, None, Some(&view))?;
            Ok(view)
        })
    })
    .await?;
    created(&req, &view, &view.links.self_link.href)
}

/// Applies `input` to report `id` after checking the caller may write both
/// the report's stored covenant and the one the input names.
async fn write_report(
    req: &HttpRequest,
    pool: &Pool,
    principal: Principal,
    id: i64,
    change: impl FnOnce(&AnnualReportInput) -> Result<AnnualReportInput, AppError> + Send + 'static,
) -> Result<HttpResponse, AppError> {
    let precondition = Precondition::from_request(req);
    let view = db::run(pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get(conn, id)?;
            principal.require_covenant(&current.covenant_code)?;
            let before = AnnualReportView::from(&current);
            precondition.check(&before)?;
            let input = change(&AnnualReportInput::from(&current))?;
            principal.require_covenant(&input.covenant)?;
            let after =
                AnnualReportView::from(&queries::update(conn, &current, &input, db::now())?);
            audit::record(
                conn,
                &principal,
                Action::Update,
                Some(&before),
                Some(&after),
            )?;
            Ok(after)
        })
    })
    .await?;
    json_with_etag(req, &view)
}

/// Replace an annual report
///
/// Replaces the report's fields (admins, or the secretariat of its covenant;
/// moving it to another covenant needs the right to that one too). Reports
/// are public, so a secretariat of another covenant gets 403 for an existing
/// report and 404 for a missing one.
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
    principal.require_writer()?;
    let input = body.parse()?;
    write_report(&req, &pool, principal, id.into_inner(), move |_| Ok(input)).await
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
    principal.require_writer()?;
    let patch = patch.parse()?;
    write_report(&req, &pool, principal, id.into_inner(), move |stored| {
        let stored = serde_json::to_value(stored).map_err(|e| AppError::Internal(e.to_string()))?;
        from_value(merge(stored, &patch))
    })
    .await
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
    principal.require_writer()?;
    let id = id.into_inner();
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get(conn, id)?;
            principal.require_covenant(&current.covenant_code)?;
            let before = AnnualReportView::from(&current);
            precondition.check(&before)?;
            crate::measurements::queries::refuse_if_cited(
                conn,
                crate::measurements::queries::Citation::AnnualReport(id),
            )?;
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
