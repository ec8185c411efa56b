//! Size fact endpoints, under their organisation: HTTP only; storage is in
//! `queries`.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::{AppError, FieldError};
use crate::http::conditional::{Precondition, created, json_with_etag};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListQuery, PageParams};
use crate::organisations::queries as organisations;
use crate::size_facts::model::{SizeFactFilter, SizeFactInput, SizeFactList, SizeFactView};
use crate::size_facts::queries;

const TAG: &str = "Size facts";

/// A size fact's writable fields for a merge patch: members given replace
/// the stored ones. `year` cannot change.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SizeFactPatch {
    /// Employees (headcount).
    #[schema(example = 225_000)]
    pub employees: Option<i64>,
    /// Total assets at the end of the year, in whole euros.
    #[schema(example = 40_000_000_000_i64)]
    pub total_assets_eur: Option<i64>,
    /// Net turnover in the year, in whole euros.
    #[schema(example = 62_800_000_000_i64)]
    pub net_turnover_eur: Option<i64>,
    /// Where the figures come from.
    pub source: Option<String>,
}

/// List an organisation's size facts
///
/// The organisation's employees, total assets and net turnover per year, a
/// page at a time, optionally only some years.
#[utoipa::path(
    tag = TAG,
    operation_id = "listSizeFacts",
    params(("id" = i64, Path, description = "The organisation's id.", example = 12), PageParams, SizeFactFilter),
    responses(
        (status = 200, description = "A page of size facts.", body = SizeFactList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{id}/size-facts")]
#[tracing::instrument(skip(req, _access, pool, query))]
pub async fn list_size_facts(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    query: ListQuery<SizeFactFilter>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let (rows, total, query) = db::run(&pool, move |conn| {
        organisations::get(conn, id)?;
        let (rows, total) = queries::list(
            conn,
            id,
            &query.filter,
            &query.sort,
            query.offset(),
            query.limit(),
        )?;
        Ok((rows, total, query))
    })
    .await?;
    let list = SizeFactList {
        items: rows.iter().map(SizeFactView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get an organisation's size facts of a year
///
/// The organisation's figures for one year.
#[utoipa::path(
    tag = TAG,
    operation_id = "getSizeFact",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("year" = i32, Path, description = "The year.", example = 2018),
    ),
    responses(
        (status = 200, description = "The size facts.", body = SizeFactView,
            headers(("ETag" = String, description = "Entity tag of the size facts; send it in `If-Match` to update or delete them safely."))),
        (status = 304, description = "Not modified: the size facts still have the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no such organisation, or it has no size facts for that year.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{id}/size-facts/{year}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_size_fact(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i32)>,
) -> Result<HttpResponse, AppError> {
    let (id, year) = path.into_inner();
    let fact = db::run(&pool, move |conn| {
        organisations::get(conn, id)?;
        queries::get(conn, id, year)
    })
    .await?;
    json_with_etag(&req, &SizeFactView::from(&fact))
}

/// Record an organisation's size facts of a year
///
/// Records the organisation's figures for a year (admins only). There is
/// one set per organisation and year: a second for the same year is
/// refused with 409.
#[utoipa::path(
    tag = TAG,
    operation_id = "createSizeFact",
    params(("id" = i64, Path, description = "The organisation's id.", example = 12)),
    request_body(content = SizeFactInput, description = "The figures of a year."),
    responses(
        (status = 201, description = "The size facts were recorded.", body = SizeFactView,
            headers(
                ("Location" = String, description = "Path of the new size facts."),
                ("ETag" = String, description = "Entity tag of the new size facts."),
            )),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The organisation already has size facts for that year.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organisations/{id}/size-facts")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn create_size_fact(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<SizeFactInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = id.into_inner();
    let input = body.parse()?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            organisations::get(conn, id)?;
            let view = SizeFactView::from(&queries::insert(conn, id, &input, db::now())?);
            audit::record(conn, &principal, Action::Create, None, Some(&view))?;
            Ok(view)
        })
    })
    .await?;
    created(&req, &view, &view.links.self_link.href)
}

fn year_unchanged(input: &SizeFactInput, year: i32) -> Result<(), AppError> {
    if input.year == year {
        Ok(())
    } else {
        Err(AppError::invalid(vec![FieldError::body(
            "/year",
            format!("must equal the year in the path ({year}); record another year with POST"),
        )]))
    }
}

/// Replace an organisation's size facts of a year
///
/// Replaces the figures of a year (admins only). The body's `year` must
/// equal the path's. Send the ETag you read in `If-Match` to avoid
/// overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceSizeFact",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("year" = i32, Path, description = "The year.", example = 2018),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the size facts changed since."),
    ),
    request_body(content = SizeFactInput, description = "The year's new figures."),
    responses(
        (status = 200, description = "The size facts were replaced.", body = SizeFactView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such organisation, or it has no size facts for that year.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The size facts changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/organisations/{id}/size-facts/{year}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_size_fact(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i32)>,
    body: JsonBody<SizeFactInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let (id, year) = path.into_inner();
    let input = body.parse()?;
    year_unchanged(&input, year)?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        update(conn, &principal, (id, year), &precondition, |_| {
            Ok(input.clone())
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Update part of an organisation's size facts of a year
///
/// Applies a JSON Merge Patch (RFC 7396) to the figures of a year (admins
/// only): members given replace the stored ones. The result must be valid;
/// `year` cannot change.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateSizeFact",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("year" = i32, Path, description = "The year.", example = 2018),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the size facts changed since."),
    ),
    request_body(content = SizeFactPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The size facts were updated.", body = SizeFactView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such organisation, or it has no size facts for that year.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The size facts changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/organisations/{id}/size-facts/{year}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_size_fact(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i32)>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let (id, year) = path.into_inner();
    let patch = patch.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        update(conn, &principal, (id, year), &precondition, |stored| {
            let stored =
                serde_json::to_value(stored).map_err(|e| AppError::Internal(e.to_string()))?;
            let input: SizeFactInput = from_value(merge(stored, &patch))?;
            year_unchanged(&input, year)?;
            Ok(input)
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// The one write transaction of a replace or a patch: `input` turns the
/// stored state into the new one.
fn update(
    conn: &mut DbConnection,
    principal: &Principal,
    (id, year): (i64, i32),
    precondition: &Precondition,
    input: impl Fn(SizeFactInput) -> Result<SizeFactInput, AppError>,
) -> Result<SizeFactView, AppError> {
    write_transaction(conn, |conn| {
        organisations::get(conn, id)?;
        let current = queries::get(conn, id, year)?;
        let before = SizeFactView::from(&current);
        precondition.check(&before)?;
        let input = input(SizeFactInput::from(&current))?;
        let after = SizeFactView::from(&queries::update(conn, &current, &input, db::now())?);
        audit::record(conn, principal, Action::Update, Some(&before), Some(&after))?;
        Ok(after)
    })
}

/// Delete an organisation's size facts of a year
///
/// Removes the figures of a year (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteSizeFact",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("year" = i32, Path, description = "The year.", example = 2018),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the size facts changed since."),
    ),
    responses(
        (status = 204, description = "The size facts were deleted."),
        (status = 404, description = "There is no such organisation, or it has no size facts for that year.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The size facts changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/organisations/{id}/size-facts/{year}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_size_fact(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i32)>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let (id, year) = path.into_inner();
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            organisations::get(conn, id)?;
            let current = queries::get(conn, id, year)?;
            let before = SizeFactView::from(&current);
            precondition.check(&before)?;
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
