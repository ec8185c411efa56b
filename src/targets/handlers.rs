//! Target endpoints: HTTP only; storage is in `queries`. Admins write
//! every target; a secretariat only those of its covenants.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool};
use crate::error::AppError;
use crate::http::conditional::json_with_etag;
use crate::http::crud_legacy::{self as crud, Resource};
use crate::http::json_body::{JsonBody, MergePatch};
use crate::http::listing::{ListQuery, PageParams};
use crate::targets::model::{TargetFilter, TargetInput, TargetList, TargetRecord, TargetView};
use crate::targets::queries;

const TAG: &str = "Targets";

/// Targets are national (admins) or of a covenant (also its secretariat).
impl Resource for TargetRecord {
    type Key = i64;
    type Record = TargetRecord;
    type Input = TargetInput;
    type View = TargetView;

    fn view(record: &TargetRecord) -> TargetView {
        TargetView::from(record)
    }

    fn input(record: &TargetRecord) -> TargetInput {
        TargetInput::from(record)
    }

    fn load(conn: &mut DbConnection, id: &i64) -> Result<TargetRecord, AppError> {
        queries::get(conn, *id)
    }

    fn insert(conn: &mut DbConnection, input: &TargetInput) -> Result<TargetRecord, AppError> {
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

/// A target's writable fields for a merge patch.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TargetPatch {
    /// Code of the indicator.
    #[schema(example = "market-coverage")]
    pub indicator: Option<String>,
    /// Code of the covenant, or `null` for a national target (moving a
    /// target needs the right to both scopes).
    pub covenant: Option<String>,
    /// The value to reach.
    pub value: Option<f64>,
    /// The date by which to reach it.
    pub due_on: Option<chrono::NaiveDate>,
    /// The value at the start.
    pub baseline_value: Option<f64>,
    /// The date of the baseline value.
    pub baseline_on: Option<chrono::NaiveDate>,
    /// What the target means.
    pub description: Option<String>,
    /// Where the target is set.
    pub source: Option<String>,
}

/// List targets
///
/// The values indicators should reach by a date, for a covenant or
/// national, earliest due first.
#[utoipa::path(
    tag = TAG,
    operation_id = "listTargets",
    params(PageParams, TargetFilter),
    responses(
        (status = 200, description = "A page of targets.", body = TargetList,
            headers(("ETag" = String, description = "Entity tag of this page."))),
        (status = 304, description = "Not modified."),
    )
)]
#[get("/targets")]
#[tracing::instrument(skip_all)]
pub async fn list_targets(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<TargetFilter>,
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
    let list = TargetList {
        items: rows.iter().map(TargetView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a target
///
/// One target.
#[utoipa::path(
    tag = TAG,
    operation_id = "getTarget",
    params(("id" = i64, Path, description = "The target's id.", example = 1)),
    responses(
        (status = 200, description = "The target.", body = TargetView,
            headers(("ETag" = String, description = "Entity tag of the target."))),
        (status = 304, description = "Not modified."),
        (status = 404, description = "There is no such target.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/targets/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_target(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::get::<TargetRecord>(&req, &pool, id.into_inner()).await
}

/// Record a target
///
/// Sets a target for an indicator (admins; a covenant's secretariat for that
/// covenant's targets). Its values must fit the indicator's unit.
#[utoipa::path(
    tag = TAG,
    operation_id = "createTarget",
    request_body(content = TargetInput, description = "The target."),
    responses(
        (status = 201, description = "The target was recorded.", body = TargetView,
            headers(
                ("Location" = String, description = "Path of the new target."),
                ("ETag" = String, description = "Entity tag of the new target."),
            )),
            )
)]
#[post("/targets")]
#[tracing::instrument(skip_all)]
pub async fn create_target(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<TargetInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<TargetRecord>(&req, principal, &pool, body).await
}

/// Replace a target
///
/// Replaces the target (admins; a secretariat for its own covenant's
/// targets, and moving a target needs the right to the new scope too).
/// A secretariat gets 403 alike for a target of another covenant and one
/// that does not exist.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceTarget",
    params(
        ("id" = i64, Path, description = "The target's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the target changed since."),
    ),
    request_body(content = TargetInput, description = "The target's new state."),
    responses(
        (status = 200, description = "The target was replaced.", body = TargetView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such target.", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 412, description = "The target changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/targets/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_target(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<TargetInput>,
) -> Result<HttpResponse, AppError> {
    crud::replace::<TargetRecord>(&req, principal, &pool, id.into_inner(), body).await
}

/// Update part of a target
///
/// Applies a JSON Merge Patch (RFC 7396) to the target; the same rights
/// as replacing it.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateTarget",
    params(
        ("id" = i64, Path, description = "The target's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the target changed since."),
    ),
    request_body(content = TargetPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The target was updated.", body = TargetView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such target.", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 412, description = "The target changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/targets/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_target(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    crud::patch::<TargetRecord>(&req, principal, &pool, id.into_inner(), patch).await
}

/// Delete a target
///
/// Removes a target (the same rights as replacing it).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteTarget",
    params(
        ("id" = i64, Path, description = "The target's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the target changed since."),
    ),
    responses(
        (status = 204, description = "The target was deleted."),
        (status = 404, description = "There is no such target.", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 412, description = "The target changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/targets/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_target(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::delete::<TargetRecord>(&req, principal, &pool, id.into_inner()).await
}
