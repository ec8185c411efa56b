//! Letter endpoints: HTTP only; storage is in `queries`. Admins write.

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
use crate::letters::model::{Letter, LetterFilter, LetterInput, LetterList, LetterView};
use crate::letters::queries;
use crate::measurements::queries::{Citation, refuse_if_cited};

const TAG: &str = "Letters";

/// Letters are admin-written and addressed by id.
impl Resource for Letter {
    type Key = i64;
    type Record = Letter;
    type Input = LetterInput;
    type View = LetterView;

    fn view(record: &Letter) -> LetterView {
        LetterView::from(record)
    }

    fn input(record: &Letter) -> LetterInput {
        LetterInput::from(record)
    }

    fn load(conn: &mut DbConnection, id: &i64) -> Result<Letter, AppError> {
        queries::get(conn, *id)
    }

    fn insert(conn: &mut DbConnection, input: &LetterInput) -> Result<Letter, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &Letter,
        input: &LetterInput,
    ) -> Result<Letter, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &Letter) -> Result<(), AppError> {
        refuse_if_cited(conn, Citation::Letter(current.id))?;
        crate::motion_responses::queries::refuse_if_referred(conn, None, Some(current.id))?;
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn may_write_input(_: &Principal, _: &LetterInput) -> Result<(), AppError> {
        Ok(())
    }
}

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
    crud::get::<Letter>(&req, &pool, id.into_inner()).await
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
    crud::create::<Letter>(&req, principal, &pool, body).await
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
    crud::replace::<Letter>(&req, principal, &pool, id.into_inner(), body).await
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
    crud::patch::<Letter>(&req, principal, &pool, id.into_inner(), patch).await
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
    crud::delete::<Letter>(&req, principal, &pool, id.into_inner()).await
}
