//! OECD endorsement endpoints, under their organisation: HTTP only; storage
//! is in `queries`.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::AppError;
use crate::http::conditional::{Precondition, created, json_with_etag};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListQuery, PageParams};
use crate::oecd_endorsements::model::{
    OecdEndorsementFilter, OecdEndorsementInput, OecdEndorsementList, OecdEndorsementView,
};
use crate::oecd_endorsements::queries;
use crate::organisations::queries as organisations;

const TAG: &str = "OECD endorsements";

/// An endorsement's writable fields for a merge patch: members given
/// replace the stored ones, `null` clears an optional one.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OecdEndorsementPatch {
    /// The first day of the endorsement.
    #[schema(example = "2018-01-01")]
    pub endorsed_on: Option<chrono::NaiveDate>,
    /// The day it was withdrawn; `null` when it was not.
    #[schema(example = "2021-03-01")]
    pub withdrawn_on: Option<chrono::NaiveDate>,
    /// Where the endorsement can be read.
    pub evidence_url: Option<String>,
    /// Where the fact comes from.
    pub source: Option<String>,
}

/// List an organisation's OECD endorsements
///
/// The periods in which the organisation explicitly endorses the OECD
/// Guidelines for Multinational Enterprises, a page at a time; `activeOn`
/// gives the one in force on a date.
#[utoipa::path(
    tag = TAG,
    operation_id = "listOecdEndorsements",
    params(("id" = i64, Path, description = "The organisation's id.", example = 12), PageParams, OecdEndorsementFilter),
    responses(
        (status = 200, description = "A page of endorsements.", body = OecdEndorsementList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{id}/oecd-endorsements")]
#[tracing::instrument(skip(req, _access, pool, query))]
pub async fn list_oecd_endorsements(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    query: ListQuery<OecdEndorsementFilter>,
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
    let list = OecdEndorsementList {
        items: rows.iter().map(OecdEndorsementView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get an OECD endorsement
///
/// One endorsement of the organisation by its id.
#[utoipa::path(
    tag = TAG,
    operation_id = "getOecdEndorsement",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("endorsementId" = i64, Path, description = "The endorsement's id.", example = 3),
    ),
    responses(
        (status = 200, description = "The endorsement.", body = OecdEndorsementView,
            headers(("ETag" = String, description = "Entity tag of the endorsement; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the endorsement still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no such organisation, or no such endorsement of it.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{id}/oecd-endorsements/{endorsementId}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_oecd_endorsement(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    let (id, endorsement) = path.into_inner();
    let row = db::run(&pool, move |conn| {
        organisations::get(conn, id)?;
        queries::get(conn, id, endorsement)
    })
    .await?;
    json_with_etag(&req, &OecdEndorsementView::from(&row))
}

/// Record an OECD endorsement
///
/// Records that the organisation endorses the OECD Guidelines from
/// `endorsedOn` (admins only). Its period must not overlap another
/// endorsement of the organisation (409 naming it); to record a withdrawal,
/// set `withdrawnOn` on the existing endorsement instead.
#[utoipa::path(
    tag = TAG,
    operation_id = "createOecdEndorsement",
    params(("id" = i64, Path, description = "The organisation's id.", example = 12)),
    request_body(content = OecdEndorsementInput, description = "The endorsement."),
    responses(
        (status = 201, description = "The endorsement was recorded.", body = OecdEndorsementView,
            headers(
                ("Location" = String, description = "Path of the new endorsement."),
                ("ETag" = String, description = "Entity tag of the new endorsement."),
            )),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The period overlaps another endorsement of the organisation.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organisations/{id}/oecd-endorsements")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn create_oecd_endorsement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<OecdEndorsementInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = id.into_inner();
    let input = body.parse()?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            organisations::get(conn, id)?;
            let view = OecdEndorsementView::from(&queries::insert(conn, id, &input, db::now())?);
            audit::record(conn, &principal, Action::Create, None, Some(&view))?;
            Ok(view)
        })
    })
    .await?;
    created(&req, &view, &view.links.self_link.href)
}

/// Replace an OECD endorsement
///
/// Replaces the endorsement's fields (admins only); its period must still
/// not overlap another endorsement of the organisation. Send the ETag you
/// read in `If-Match` to avoid overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceOecdEndorsement",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("endorsementId" = i64, Path, description = "The endorsement's id.", example = 3),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the endorsement changed since."),
    ),
    request_body(content = OecdEndorsementInput, description = "The endorsement's new state."),
    responses(
        (status = 200, description = "The endorsement was replaced.", body = OecdEndorsementView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such organisation, or no such endorsement of it.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The new period overlaps another endorsement of the organisation.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The endorsement changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/organisations/{id}/oecd-endorsements/{endorsementId}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_oecd_endorsement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i64)>,
    body: JsonBody<OecdEndorsementInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let ids = path.into_inner();
    let input = body.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        update(conn, &principal, ids, &precondition, |_| Ok(input.clone()))
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Update part of an OECD endorsement
///
/// Applies a JSON Merge Patch (RFC 7396) to the endorsement (admins only),
/// e.g. `{"withdrawnOn": "2021-03-01"}` to record its withdrawal: members
/// given replace the stored ones, `null` clears an optional one. The result
/// must be valid and must not overlap another endorsement.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateOecdEndorsement",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("endorsementId" = i64, Path, description = "The endorsement's id.", example = 3),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the endorsement changed since."),
    ),
    request_body(content = OecdEndorsementPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The endorsement was updated.", body = OecdEndorsementView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such organisation, or no such endorsement of it.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The new period overlaps another endorsement of the organisation.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The endorsement changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/organisations/{id}/oecd-endorsements/{endorsementId}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_oecd_endorsement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i64)>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let ids = path.into_inner();
    let patch = patch.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        update(conn, &principal, ids, &precondition, |stored| {
            let stored =
                serde_json::to_value(stored).map_err(|e| AppError::Internal(e.to_string()))?;
            from_value(merge(stored, &patch))
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
    (id, endorsement): (i64, i64),
    precondition: &Precondition,
    input: impl Fn(OecdEndorsementInput) -> Result<OecdEndorsementInput, AppError>,
) -> Result<OecdEndorsementView, AppError> {
    write_transaction(conn, |conn| {
        organisations::get(conn, id)?;
        let current = queries::get(conn, id, endorsement)?;
        let before = OecdEndorsementView::from(&current);
        precondition.check(&before)?;
        let input = input(OecdEndorsementInput::from(&current))?;
        let after = OecdEndorsementView::from(&queries::update(conn, &current, &input, db::now())?);
        audit::record(conn, principal, Action::Update, Some(&before), Some(&after))?;
        Ok(after)
    })
}

/// Delete an OECD endorsement
///
/// Removes an endorsement recorded in error (admins only). To record that
/// the organisation stopped endorsing the Guidelines, set `withdrawnOn`
/// instead, so the indicator can still be reproduced for earlier dates.
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteOecdEndorsement",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("endorsementId" = i64, Path, description = "The endorsement's id.", example = 3),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the endorsement changed since."),
    ),
    responses(
        (status = 204, description = "The endorsement was deleted."),
        (status = 404, description = "There is no such organisation, or no such endorsement of it.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The endorsement changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/organisations/{id}/oecd-endorsements/{endorsementId}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_oecd_endorsement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(i64, i64)>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let (id, endorsement) = path.into_inner();
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            organisations::get(conn, id)?;
            let current = queries::get(conn, id, endorsement)?;
            let before = OecdEndorsementView::from(&current);
            precondition.check(&before)?;
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
