//! Motion response endpoints: HTTP only; storage is in `queries`. Admins
//! write.

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
use crate::motion_responses::model::{
    MotionResponseFilter, MotionResponseInput, MotionResponseList, MotionResponseRecord,
    MotionResponseView,
};
use crate::motion_responses::queries;

const TAG: &str = "Motion responses";

/// Motion responses are admin-written and addressed by id.
impl Resource for MotionResponseRecord {
    type Key = i64;
    type Record = MotionResponseRecord;
    type Input = MotionResponseInput;
    type View = MotionResponseView;

    fn view(record: &MotionResponseRecord) -> MotionResponseView {
        MotionResponseView::from(record)
    }

    fn input(record: &MotionResponseRecord) -> MotionResponseInput {
        MotionResponseInput::from(record)
    }

    fn load(conn: &mut DbConnection, id: &i64) -> Result<MotionResponseRecord, AppError> {
        queries::get(conn, *id)
    }

    fn insert(
        conn: &mut DbConnection,
        input: &MotionResponseInput,
    ) -> Result<MotionResponseRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &MotionResponseRecord,
        input: &MotionResponseInput,
    ) -> Result<MotionResponseRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &MotionResponseRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn may_write_input(_: &Principal, _: &MotionResponseInput) -> Result<(), AppError> {
        Ok(())
    }
}

/// A motion response's writable fields for a merge patch.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MotionResponsePatch {
    /// Id of the motion.
    #[schema(example = 1)]
    pub motion: Option<i64>,
    /// Id of the letter.
    pub letter: Option<i64>,
    /// What the letter says about the motion.
    pub summary: Option<String>,
    /// The status of the motion as the letter reports it.
    pub reported_status: Option<crate::motions::model::MotionStatus>,
    /// Where this comes from.
    pub source: Option<String>,
}

/// List motion responses
///
/// Which parliamentary letter reported on which motion, and what it said,
/// by letter date.
#[utoipa::path(
    tag = TAG,
    operation_id = "listMotionResponses",
    params(PageParams, MotionResponseFilter),
    responses(
        (status = 200, description = "A page of motion responses.", body = MotionResponseList,
            headers(("ETag" = String, description = "Entity tag of this page."))),
        (status = 304, description = "Not modified."),
    )
)]
#[get("/motion-responses")]
#[tracing::instrument(skip_all)]
pub async fn list_motion_responses(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<MotionResponseFilter>,
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
    let list = MotionResponseList {
        items: rows.iter().map(MotionResponseView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a motion response
///
/// One response to a motion.
#[utoipa::path(
    tag = TAG,
    operation_id = "getMotionResponse",
    params(("id" = i64, Path, description = "The response's id.", example = 1)),
    responses(
        (status = 200, description = "The motion response.", body = MotionResponseView,
            headers(("ETag" = String, description = "Entity tag of the response."))),
        (status = 304, description = "Not modified."),
        (status = 404, description = "There is no such motion response.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/motion-responses/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_motion_response(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::get::<MotionResponseRecord>(&req, &pool, id.into_inner()).await
}

/// Record a motion response
///
/// Records that a letter reported on a motion (admins only); one response per
/// motion and letter.
#[utoipa::path(
    tag = TAG,
    operation_id = "createMotionResponse",
    request_body(content = MotionResponseInput, description = "The motion response."),
    responses(
        (status = 201, description = "The response was recorded.", body = MotionResponseView,
            headers(
                ("Location" = String, description = "Path of the new response."),
                ("ETag" = String, description = "Entity tag of the new response."),
            )),
        (status = 409, description = "That letter already has a response to that motion.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/motion-responses")]
#[tracing::instrument(skip_all)]
pub async fn create_motion_response(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<MotionResponseInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<MotionResponseRecord>(&req, principal, &pool, body).await
}

/// Replace a motion response
///
/// Replaces the response (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceMotionResponse",
    params(
        ("id" = i64, Path, description = "The response's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the response changed since."),
    ),
    request_body(content = MotionResponseInput, description = "The response's new state."),
    responses(
        (status = 200, description = "The response was replaced.", body = MotionResponseView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such motion response.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "That letter already has a response to that motion.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The response changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/motion-responses/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_motion_response(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<MotionResponseInput>,
) -> Result<HttpResponse, AppError> {
    crud::replace::<MotionResponseRecord>(&req, principal, &pool, id.into_inner(), body).await
}

/// Update part of a motion response
///
/// Applies a JSON Merge Patch (RFC 7396) to the response (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "updateMotionResponse",
    params(
        ("id" = i64, Path, description = "The response's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the response changed since."),
    ),
    request_body(content = MotionResponsePatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The response was updated.", body = MotionResponseView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such motion response.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "That letter already has a response to that motion.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The response changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/motion-responses/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_motion_response(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    crud::patch::<MotionResponseRecord>(&req, principal, &pool, id.into_inner(), patch).await
}

/// Delete a motion response
///
/// Removes the response (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteMotionResponse",
    params(
        ("id" = i64, Path, description = "The response's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the response changed since."),
    ),
    responses(
        (status = 204, description = "The response was deleted."),
        (status = 404, description = "There is no such motion response.", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 412, description = "The response changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/motion-responses/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_motion_response(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::delete::<MotionResponseRecord>(&req, principal, &pool, id.into_inner()).await
}
