//! Working group output endpoints: HTTP only; storage is in `queries`.
//! Whoever may write a working group may write its outputs.

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
use crate::working_groups::handlers::{TAG, group_id, require_writer, writable_group};
use crate::working_groups::outputs::model::{
    WorkingGroupOutput, WorkingGroupOutputFilter, WorkingGroupOutputInput, WorkingGroupOutputList,
    WorkingGroupOutputView,
};
use crate::working_groups::outputs::queries;

/// An output's writable fields for a merge patch: members given replace the
/// stored ones, `null` clears an optional one.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroupOutputPatch {
    /// Its title.
    pub title: Option<String>,
    /// When it was published.
    #[schema(example = "2018-08-09")]
    pub published_on: Option<chrono::NaiveDate>,
    /// Where it can be read.
    pub url: Option<String>,
    /// What it found or recommends.
    pub summary: Option<String>,
    /// Where these facts come from.
    pub source: Option<String>,
}

/// The group id and output id of a path.
fn ids(path: &(String, String)) -> Result<(i64, i64), AppError> {
    let group = group_id(&path.0)?;
    let output = path
        .1
        .parse()
        .map_err(|_| AppError::NotFound(format!("There is no output with id `{}`.", path.1)))?;
    Ok((group, output))
}

/// The stored output a write applies to, once the caller may write its group.
fn writable_output(
    conn: &mut DbConnection,
    principal: &Principal,
    (group, output): (i64, i64),
) -> Result<WorkingGroupOutput, AppError> {
    writable_group(conn, principal, group)?;
    queries::get(conn, group, output)
}

/// List a working group's outputs
///
/// What the working group published, a page at a time, newest first unless
/// another order is asked for.
#[utoipa::path(
    tag = TAG,
    operation_id = "listWorkingGroupOutputs",
    params(("id" = i64, Path, description = "The working group's id.", example = 7), PageParams, WorkingGroupOutputFilter),
    responses(
        (status = 200, description = "A page of the group's outputs.", body = WorkingGroupOutputList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no working group with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/working-groups/{id}/outputs")]
#[tracing::instrument(skip(req, _access, pool, query))]
pub async fn list_working_group_outputs(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<String>,
    query: ListQuery<WorkingGroupOutputFilter>,
) -> Result<HttpResponse, AppError> {
    let id = group_id(&id)?;
    let (rows, total, query) = db::run(&pool, move |conn| {
        crate::working_groups::queries::get(conn, id)?;
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
    let list = WorkingGroupOutputList {
        items: rows.iter().map(WorkingGroupOutputView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get an output of a working group
///
/// One output by its id, within its working group.
#[utoipa::path(
    tag = TAG,
    operation_id = "getWorkingGroupOutput",
    params(
        ("id" = i64, Path, description = "The working group's id.", example = 7),
        ("outputId" = i64, Path, description = "The output's id.", example = 3),
    ),
    responses(
        (status = 200, description = "The output.", body = WorkingGroupOutputView,
            headers(("ETag" = String, description = "Entity tag of the output; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the output still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no such working group, or it has no output with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/working-groups/{id}/outputs/{outputId}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_working_group_output(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (group, output) = ids(&path)?;
    let output = db::run(&pool, move |conn| {
        crate::working_groups::queries::get(conn, group)?;
        queries::get(conn, group, output)
    })
    .await?;
    json_with_etag(&req, &WorkingGroupOutputView::from(&output))
}

/// Add an output to a working group
///
/// Records something the working group published (admins, or the
/// secretariat of the group's covenant).
#[utoipa::path(
    tag = TAG,
    operation_id = "createWorkingGroupOutput",
    params(("id" = i64, Path, description = "The working group's id.", example = 7)),
    request_body(content = WorkingGroupOutputInput, description = "The new output."),
    responses(
        (status = 201, description = "The output was created.", body = WorkingGroupOutputView,
            headers(
                ("Location" = String, description = "Path of the new output."),
                ("ETag" = String, description = "Entity tag of the new output."),
            )),
        (status = 404, description = "There is no working group with that id (admins; a secretariat gets 403).", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/working-groups/{id}/outputs")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn create_working_group_output(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<String>,
    body: JsonBody<WorkingGroupOutputInput>,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let id = group_id(&id)?;
    let input = body.parse()?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            writable_group(conn, &principal, id)?;
            let view = WorkingGroupOutputView::from(&queries::insert(conn, id, &input, db::now())?);
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

/// Stores `input` over the output once the caller may write its group and
/// `If-Match` holds.
fn update(
    conn: &mut DbConnection,
    principal: &Principal,
    precondition: &Precondition,
    ids: (i64, i64),
    input: impl FnOnce(&WorkingGroupOutput) -> Result<WorkingGroupOutputInput, AppError>,
) -> Result<WorkingGroupOutputView, AppError> {
    let current = writable_output(conn, principal, ids)?;
    let before = WorkingGroupOutputView::from(&current);
    precondition.check(&before)?;
    let input = input(&current)?;
    let after = WorkingGroupOutputView::from(&queries::update(conn, &current, &input, db::now())?);
    audit::record(conn, principal, Action::Update, Some(&before), Some(&after))?;
    Ok(after)
}

/// Replace an output of a working group
///
/// Replaces the output's fields (admins, or the secretariat of the group's
/// covenant). Send the ETag you read in `If-Match` to avoid overwriting
/// someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceWorkingGroupOutput",
    params(
        ("id" = i64, Path, description = "The working group's id.", example = 7),
        ("outputId" = i64, Path, description = "The output's id.", example = 3),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the output changed since."),
    ),
    request_body(content = WorkingGroupOutputInput, description = "The output's new state."),
    responses(
        (status = 200, description = "The output was replaced.", body = WorkingGroupOutputView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such working group (admins; a secretariat gets 403), or it has no output with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The output changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/working-groups/{id}/outputs/{outputId}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_working_group_output(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(String, String)>,
    body: JsonBody<WorkingGroupOutputInput>,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let ids = ids(&path)?;
    let input = body.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            update(conn, &principal, &precondition, ids, |_| Ok(input.clone()))
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Update part of an output of a working group
///
/// Applies a JSON Merge Patch (RFC 7396) to the output (admins, or the
/// secretariat of the group's covenant): members given replace the stored
/// ones, `null` clears an optional one. The result must be a valid output.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateWorkingGroupOutput",
    params(
        ("id" = i64, Path, description = "The working group's id.", example = 7),
        ("outputId" = i64, Path, description = "The output's id.", example = 3),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the output changed since."),
    ),
    request_body(content = WorkingGroupOutputPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The output was updated.", body = WorkingGroupOutputView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such working group (admins; a secretariat gets 403), or it has no output with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The output changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/working-groups/{id}/outputs/{outputId}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_working_group_output(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(String, String)>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let ids = ids(&path)?;
    let patch = patch.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            update(conn, &principal, &precondition, ids, |current| {
                let stored = serde_json::to_value(WorkingGroupOutputInput::from(current))
                    .map_err(|e| AppError::Internal(e.to_string()))?;
                from_value(merge(stored, &patch))
            })
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Delete an output of a working group
///
/// Removes the output (admins, or the secretariat of the group's covenant).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteWorkingGroupOutput",
    params(
        ("id" = i64, Path, description = "The working group's id.", example = 7),
        ("outputId" = i64, Path, description = "The output's id.", example = 3),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the output changed since."),
    ),
    responses(
        (status = 204, description = "The output was deleted."),
        (status = 404, description = "There is no such working group (admins; a secretariat gets 403), or it has no output with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The output changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/working-groups/{id}/outputs/{outputId}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_working_group_output(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let ids = ids(&path)?;
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = writable_output(conn, &principal, ids)?;
            let before = WorkingGroupOutputView::from(&current);
            precondition.check(&before)?;
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
