//! Letter endpoints: HTTP only; storage is in `queries`. Admins write.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess};
use crate::db::{self, Pool, write_transaction};
use crate::error::AppError;
use crate::http::conditional::{Precondition, created, json_with_etag};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListQuery, PageParams};
use crate::letters::model::{LetterFilter, LetterInput, LetterList, LetterView};
use crate::letters::queries;

const TAG: &str = "Letters";

/// A letter's writable fields for a merge patch.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LetterPatch {
    /// The date of the letter.
    pub sent_on: Option<chrono::NaiveDate>,
    /// Its subject.
    pub subject: Option<String>,
    /// The ministry's reference.
    #[schema(example = "Minbuza 2017.1027644")]
    pub reference: Option<String>,
    /// The Kamerstuk it was published as.
    pub kamerstuk: Option<String>,
    /// The minister who sent it.
    pub minister: Option<String>,
    /// Where it is published.
    pub url: Option<String>,
    /// Where these facts come from.
    pub source: Option<String>,
}

/// List letters
///
/// The parliamentary letters (Kamerbrieven) the record cites, oldest first.
#[utoipa::path(
    tag = TAG,
    operation_id = "listLetters",
    params(PageParams, LetterFilter),
    responses(
        (status = 200, description = "A page of letters.", body = LetterList,
            headers(("ETag" = String, description = "Entity tag of this page."))),
        (status = 304, description = "Not modified."),
    )
)]
#[get("/letters")]
#[tracing::instrument(skip_all)]
pub async fn list_letters(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<LetterFilter>,
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
    let list = LetterList {
        items: rows.iter().map(LetterView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a letter
///
/// One parliamentary letter.
#[utoipa::path(
    tag = TAG,
    operation_id = "getLetter",
    params(("id" = i64, Path, description = "The letter's id.", example = 1)),
    responses(
        (status = 200, description = "The letter.", body = LetterView,
            headers(("ETag" = String, description = "Entity tag of the letter."))),
        (status = 304, description = "Not modified."),
        (status = 404, description = "There is no such letter.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/letters/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_letter(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    let letter = db::run(&pool, move |conn| queries::get(conn, id)).await?;
    json_with_etag(&req, &LetterView::from(&letter))
}

/// Record a letter
///
/// Records a parliamentary letter (admins only). A `reference` must be unused.
#[utoipa::path(
    tag = TAG,
    operation_id = "createLetter",
    request_body(content = LetterInput, description = "The letter."),
    responses(
        (status = 201, description = "The letter was recorded.", body = LetterView,
            headers(
                ("Location" = String, description = "Path of the new letter."),
                ("ETag" = String, description = "Entity tag of the new letter."),
            )),
        (status = 409, description = "A letter with that reference already exists.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/letters")]
#[tracing::instrument(skip_all)]
pub async fn create_letter(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<LetterInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let input = body.parse()?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let view = LetterView::from(&queries::insert(conn, &input, db::now())?);
            audit::record(conn, &principal, Action::Create, None, Some(&view))?;
            Ok(view)
        })
    })
    .await?;
    created(&req, &view, &view.links.self_link.href)
}

/// Replace a letter
///
/// Replaces the letter's fields (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceLetter",
    params(
        ("id" = i64, Path, description = "The letter's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the letter changed since."),
    ),
    request_body(content = LetterInput, description = "The letter's new state."),
    responses(
        (status = 200, description = "The letter was replaced.", body = LetterView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such letter.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another letter has that reference.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The letter changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/letters/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_letter(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<LetterInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = id.into_inner();
    let input = body.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get(conn, id)?;
            let before = LetterView::from(&current);
            precondition.check(&before)?;
            let after = LetterView::from(&queries::update(conn, &current, &input, db::now())?);
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
    json_with_etag(&req, &view)
}

/// Update part of a letter
///
/// Applies a JSON Merge Patch (RFC 7396) to the letter (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "updateLetter",
    params(
        ("id" = i64, Path, description = "The letter's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the letter changed since."),
    ),
    request_body(content = LetterPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The letter was updated.", body = LetterView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such letter.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another letter has that reference.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The letter changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/letters/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_letter(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = id.into_inner();
    let patch = patch.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get(conn, id)?;
            let before = LetterView::from(&current);
            precondition.check(&before)?;
            let stored = serde_json::to_value(LetterInput::from(&current))
                .map_err(|e| AppError::Internal(e.to_string()))?;
            let input: LetterInput = from_value(merge(stored, &patch))?;
            let after = LetterView::from(&queries::update(conn, &current, &input, db::now())?);
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
    json_with_etag(&req, &view)
}

/// Delete a letter
///
/// Removes a letter that no measurement or motion response cites (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteLetter",
    params(
        ("id" = i64, Path, description = "The letter's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the letter changed since."),
    ),
    responses(
        (status = 204, description = "The letter was deleted."),
        (status = 404, description = "There is no such letter.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Measurements or motion responses still cite the letter.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The letter changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/letters/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_letter(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = id.into_inner();
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get(conn, id)?;
            let before = LetterView::from(&current);
            precondition.check(&before)?;
            crate::measurements::queries::refuse_if_cited(
                conn,
                crate::measurements::queries::Citation::Letter(id),
            )?;
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
