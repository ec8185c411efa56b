//! Motion endpoints: HTTP only; storage is in `queries`. Motions are
//! parliament's, not a covenant's: only admins write them.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::AppError;
use crate::http::conditional::{Precondition, json_with_etag, respond};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListQuery, PageParams};
use crate::motions::model::{
    MotionFilter, MotionInput, MotionList, MotionRecord, MotionStatus, MotionView,
};
use crate::motions::queries;

const TAG: &str = "Motions";

/// A motion's writable fields for a merge patch: members given replace the
/// stored ones, `null` clears an optional one; lists are replaced whole.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MotionPatch {
    /// Its Kamerstuk dossier.
    #[schema(example = "26 485")]
    pub dossier: Option<String>,
    /// Its number within the dossier.
    pub number: Option<i64>,
    /// Its title.
    pub title: Option<String>,
    /// Who submitted it, the first one first.
    pub submitters: Option<Vec<String>>,
    /// When it was submitted.
    pub submitted_on: Option<chrono::NaiveDate>,
    /// When the House voted on it.
    #[schema(example = "2016-05-24")]
    pub voted_on: Option<chrono::NaiveDate>,
    /// What it asks of the government.
    pub request: Option<String>,
    /// Where it stands; see the rules of `MotionInput`.
    pub status: Option<MotionStatus>,
    /// Codes of the covenants it concerns.
    pub covenants: Option<Vec<String>>,
    /// Where these facts come from.
    pub source: Option<String>,
}

/// The numeric id in a path; anything else names no motion.
fn motion_id(raw: &str) -> Result<i64, AppError> {
    raw.parse()
        .map_err(|_| AppError::NotFound(format!("There is no motion with id `{raw}`.")))
}

/// List motions
///
/// Motions of the Tweede Kamer about the covenants, a page at a time,
/// filtered by Kamerstuk dossier and number, status or the covenant they
/// concern, in the order asked for. `?dossier=26%20485&number=224` finds
/// Kamerstuk 26 485, nr. 224.
#[utoipa::path(
    tag = TAG,
    operation_id = "listMotions",
    params(PageParams, MotionFilter),
    responses(
        (status = 200, description = "A page of motions.", body = MotionList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
    )
)]
#[get("/motions")]
#[tracing::instrument(skip_all)]
pub async fn list_motions(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<MotionFilter>,
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
    let list = MotionList {
        items: rows.iter().map(MotionView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a motion
///
/// One motion by its id.
#[utoipa::path(
    tag = TAG,
    operation_id = "getMotion",
    params(("id" = i64, Path, description = "The motion's id.", example = 12)),
    responses(
        (status = 200, description = "The motion.", body = MotionView,
            headers(("ETag" = String, description = "Entity tag of the motion; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the motion still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no motion with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/motions/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_motion(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = motion_id(&id)?;
    let record = db::run(&pool, move |conn| queries::get(conn, id)).await?;
    json_with_etag(&req, &MotionView::from(&record))
}

/// Create a motion
///
/// Records a motion (admins only). Its dossier and number must not be
/// recorded yet, and every covenant it names must exist.
#[utoipa::path(
    tag = TAG,
    operation_id = "createMotion",
    request_body(content = MotionInput, description = "The new motion."),
    responses(
        (status = 201, description = "The motion was created.", body = MotionView,
            headers(
                ("Location" = String, description = "Path of the new motion."),
                ("ETag" = String, description = "Entity tag of the new motion."),
            )),
        (status = 409, description = "A motion with that dossier and number is already recorded.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/motions")]
#[tracing::instrument(skip_all)]
pub async fn create_motion(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<MotionInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let input = body.parse()?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let view = MotionView::from(&queries::insert(conn, &input, db::now())?);
            audit::record(conn, &principal, Action::Create, None, Some(&view))?;
            Ok(view)
        })
    })
    .await?;
    let mut response = respond(&req, StatusCode::CREATED, &view)?;
    response.headers_mut().insert(
        header::LOCATION,
        header::HeaderValue::from_str(&view.links.self_link.href)
            .map_err(|e| AppError::Internal(e.to_string()))?,
    );
    Ok(response)
}

/// Stores `input` over the motion once `If-Match` holds.
fn update(
    conn: &mut DbConnection,
    principal: &Principal,
    precondition: &Precondition,
    id: i64,
    input: impl FnOnce(&MotionRecord) -> Result<MotionInput, AppError>,
) -> Result<MotionView, AppError> {
    let current = queries::get(conn, id)?;
    let before = MotionView::from(&current);
    precondition.check(&before)?;
    let input = input(&current)?;
    let after = MotionView::from(&queries::update(conn, &current, &input, db::now())?);
    audit::record(conn, principal, Action::Update, Some(&before), Some(&after))?;
    Ok(after)
}

/// Replace a motion
///
/// Replaces the motion's fields (admins only). Send the ETag you read in
/// `If-Match` to avoid overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceMotion",
    params(
        ("id" = i64, Path, description = "The motion's id.", example = 12),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the motion changed since."),
    ),
    request_body(content = MotionInput, description = "The motion's new state."),
    responses(
        (status = 200, description = "The motion was replaced.", body = MotionView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no motion with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another motion with that dossier and number is already recorded.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The motion changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/motions/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_motion(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<String>,
    body: JsonBody<MotionInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = motion_id(&id)?;
    let input = body.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            update(conn, &principal, &precondition, id, |_| Ok(input.clone()))
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Update part of a motion
///
/// Applies a JSON Merge Patch (RFC 7396) to the motion (admins only):
/// members given replace the stored ones, `null` clears an optional one,
/// `submitters` and `covenants` are replaced whole. The result must be a
/// valid motion.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateMotion",
    params(
        ("id" = i64, Path, description = "The motion's id.", example = 12),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the motion changed since."),
    ),
    request_body(content = MotionPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The motion was updated.", body = MotionView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no motion with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another motion with that dossier and number is already recorded.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The motion changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/motions/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_motion(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<String>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = motion_id(&id)?;
    let patch = patch.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            update(conn, &principal, &precondition, id, |current| {
                let stored = serde_json::to_value(MotionInput::from(current))
                    .map_err(|e| AppError::Internal(e.to_string()))?;
                from_value(merge(stored, &patch))
            })
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Delete a motion
///
/// Removes a motion, with its submitters and its links to covenants
/// (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteMotion",
    params(
        ("id" = i64, Path, description = "The motion's id.", example = 12),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the motion changed since."),
    ),
    responses(
        (status = 204, description = "The motion was deleted."),
        (status = 404, description = "There is no motion with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The motion changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/motions/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_motion(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = motion_id(&id)?;
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get(conn, id)?;
            let before = MotionView::from(&current);
            precondition.check(&before)?;
            crate::motion_responses::queries::refuse_if_referred(
                conn,
                Some(current.motion.id),
                None,
            )?;
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
