//! Audit trail endpoints: read-only, admins only.

use actix_web::{HttpRequest, HttpResponse, get, web};

use crate::audit::model::{AuditEventFilter, AuditEventList, AuditEventView};
use crate::audit::queries;
use crate::auth::Principal;
use crate::db::{self, Pool};
use crate::error::AppError;
use crate::http::conditional::json_with_etag;
use crate::http::listing::{ListQuery, PageParams};
use crate::http::revalidation::{ResultCache, cached_read};

const TAG: &str = "Audit";

/// List audit events
///
/// Every create, update and delete made through the API, newest first: who
/// (token subject and role), when, what, and the resource as it was before
/// and after. Admins only. Events cannot be changed or deleted.
#[utoipa::path(
    tag = TAG,
    operation_id = "listAuditEvents",
    params(PageParams, AuditEventFilter),
    security(("bearerAuth" = [])),
    responses(
        (status = 200, description = "A page of audit events.", body = AuditEventList),
    )
)]
#[get("/audit-events")]
#[tracing::instrument(skip_all)]
pub async fn list_audit_events(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    query: ListQuery<AuditEventFilter>,
    cache: web::Data<ResultCache>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        let (rows, total) = queries::list(
            conn,
            &query.filter,
            &query.sort,
            query.offset(),
            query.limit(),
        )?;
        Ok(AuditEventList {
            items: rows.iter().map(|row| row.view()).collect(),
            page: query.page_info(total),
            links: query.links(total),
        })
    })
    .await
}

/// Get an audit event
///
/// One recorded change. Admins only.
#[utoipa::path(
    tag = TAG,
    operation_id = "getAuditEvent",
    params(("id" = i64, Path, description = "The event's sequence number.", example = 42)),
    security(("bearerAuth" = [])),
    responses(
        (status = 200, description = "The audit event.", body = AuditEventView),
    )
)]
#[get("/audit-events/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn get_audit_event(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = id.into_inner();
    let row = db::run(&pool, move |conn| queries::get(conn, id)).await?;
    json_with_etag(&req, &row.view())
}
