//! Working group endpoints: HTTP only; storage is in `queries`.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess, Role};
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::AppError;
use crate::http::conditional::{Precondition, json_with_etag, respond};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListQuery, PageParams};
use crate::working_groups::model::{
    WorkingGroupFilter, WorkingGroupInput, WorkingGroupList, WorkingGroupRecord,
    WorkingGroupStatus, WorkingGroupTheme, WorkingGroupView,
};
use crate::working_groups::{outputs, queries};

pub(crate) const TAG: &str = "Working groups";

/// A working group's writable fields for a merge patch: members given
/// replace the stored ones, `null` clears an optional one.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroupPatch {
    /// Code of the covenant; a secretariat may only move a group between
    /// covenants its token names.
    #[schema(example = "banking")]
    pub covenant: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// Its themes, replacing all stored ones.
    pub themes: Option<Vec<WorkingGroupTheme>>,
    /// Its task.
    pub mandate: Option<String>,
    /// When it started.
    pub started_on: Option<chrono::NaiveDate>,
    /// When it ended.
    #[schema(example = "2018-08-09")]
    pub ended_on: Option<chrono::NaiveDate>,
    /// Where it stands; `completed` needs `endedOn`.
    pub status: Option<WorkingGroupStatus>,
    /// Where these facts come from.
    pub source: Option<String>,
}

/// The numeric id in a path; anything else names no working group.
pub(crate) fn group_id(raw: &str) -> Result<i64, AppError> {
    raw.parse()
        .map_err(|_| AppError::NotFound(format!("There is no working group with id `{raw}`.")))
}

/// Refuses a reader before the body is read or anything is looked up.
/// Whether a secretariat may write a group is known once its covenant is.
pub(crate) fn require_writer(principal: &Principal) -> Result<(), AppError> {
    match principal.role {
        Role::Admin | Role::Secretariat => Ok(()),
        Role::Reader => Err(AppError::Forbidden("A reader token may not write.".into())),
    }
}

/// The stored group a write applies to (to itself or to its outputs). A
/// secretariat gets the same 403 whether the group does not exist or
/// belongs to a covenant its token does not name, so the answer tells it
/// nothing about other covenants' groups; an admin gets 404 for a missing one.
pub(crate) fn writable_group(
    conn: &mut DbConnection,
    principal: &Principal,
    id: i64,
) -> Result<WorkingGroupRecord, AppError> {
    match (principal.role, queries::find(conn, id)?) {
        (Role::Admin, Some(record)) => Ok(record),
        (Role::Admin, None) => Err(queries::not_found(id)),
        (_, Some(record)) if principal.require_covenant(&record.covenant_code).is_ok() => {
            Ok(record)
        }
        _ => Err(AppError::Forbidden(format!(
            "This token may write only the working groups of covenants {}; working group {id} is not one of them.",
            principal.covenants.join(", ")
        ))),
    }
}

/// List working groups
///
/// The covenants' working groups (werkgroepen), a page at a time, filtered by
/// covenant, status or theme, in the order asked for.
#[utoipa::path(
    tag = TAG,
    operation_id = "listWorkingGroups",
    params(PageParams, WorkingGroupFilter),
    responses(
        (status = 200, description = "A page of working groups.", body = WorkingGroupList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
    )
)]
#[get("/working-groups")]
#[tracing::instrument(skip_all)]
pub async fn list_working_groups(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<WorkingGroupFilter>,
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
    let list = WorkingGroupList {
        items: rows.iter().map(WorkingGroupView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a working group
///
/// One working group by its id.
#[utoipa::path(
    tag = TAG,
    operation_id = "getWorkingGroup",
    params(("id" = i64, Path, description = "The working group's id.", example = 7)),
    responses(
        (status = 200, description = "The working group.", body = WorkingGroupView,
            headers(("ETag" = String, description = "Entity tag of the working group; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the working group still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no working group with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/working-groups/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_working_group(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = group_id(&id)?;
    let record = db::run(&pool, move |conn| queries::get(conn, id)).await?;
    json_with_etag(&req, &WorkingGroupView::from(&record))
}

/// Create a working group
///
/// Records a working group of a covenant (admins, or the secretariat of
/// that covenant). The covenant must exist and not have a group of that name
/// yet; at least one theme is needed.
#[utoipa::path(
    tag = TAG,
    operation_id = "createWorkingGroup",
    request_body(content = WorkingGroupInput, description = "The new working group."),
    responses(
        (status = 201, description = "The working group was created.", body = WorkingGroupView,
            headers(
                ("Location" = String, description = "Path of the new working group."),
                ("ETag" = String, description = "Entity tag of the new working group."),
            )),
        (status = 409, description = "The covenant already has a working group of that name.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/working-groups")]
#[tracing::instrument(skip_all)]
pub async fn create_working_group(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<WorkingGroupInput>,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let input = body.parse()?;
    principal.require_covenant(&input.covenant)?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let view = WorkingGroupView::from(&queries::insert(conn, &input, db::now())?);
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

/// Stores `input` over `current` once the caller may write both the group's
/// covenant and the one `input` names, and `If-Match` holds.
fn update(
    conn: &mut DbConnection,
    principal: &Principal,
    precondition: &Precondition,
    id: i64,
    input: impl FnOnce(&WorkingGroupRecord) -> Result<WorkingGroupInput, AppError>,
) -> Result<WorkingGroupView, AppError> {
    let current = writable_group(conn, principal, id)?;
    let before = WorkingGroupView::from(&current);
    precondition.check(&before)?;
    let input = input(&current)?;
    principal.require_covenant(&input.covenant)?;
    let after = WorkingGroupView::from(&queries::update(conn, &current, &input, db::now())?);
    audit::record(conn, principal, Action::Update, Some(&before), Some(&after))?;
    Ok(after)
}

/// Replace a working group
///
/// Replaces the group's fields (admins, or the secretariat of its
/// covenant). Moving it to another covenant needs the right to write that
/// one too. Send the ETag you read in `If-Match` to avoid overwriting someone
/// else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceWorkingGroup",
    params(
        ("id" = i64, Path, description = "The working group's id.", example = 7),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the working group changed since."),
    ),
    request_body(content = WorkingGroupInput, description = "The working group's new state."),
    responses(
        (status = 200, description = "The working group was replaced.", body = WorkingGroupView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no working group with that id (admins; a secretariat gets 403).", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The covenant already has a working group of that name.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The working group changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/working-groups/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_working_group(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<String>,
    body: JsonBody<WorkingGroupInput>,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let id = group_id(&id)?;
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

/// Update part of a working group
///
/// Applies a JSON Merge Patch (RFC 7396) to the group (admins, or the
/// secretariat of its covenant): members given replace the stored ones,
/// `null` clears an optional one, `themes` replaces the whole list. The
/// result must be a valid working group; moving it to another covenant needs
/// the right to write that one too.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateWorkingGroup",
    params(
        ("id" = i64, Path, description = "The working group's id.", example = 7),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the working group changed since."),
    ),
    request_body(content = WorkingGroupPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The working group was updated.", body = WorkingGroupView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no working group with that id (admins; a secretariat gets 403).", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The covenant already has a working group of that name.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The working group changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/working-groups/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_working_group(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<String>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let id = group_id(&id)?;
    let patch = patch.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            update(conn, &principal, &precondition, id, |current| {
                let stored = serde_json::to_value(WorkingGroupInput::from(current))
                    .map_err(|e| AppError::Internal(e.to_string()))?;
                from_value(merge(stored, &patch))
            })
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Delete a working group
///
/// Removes a working group that has no outputs (admins, or the secretariat
/// of its covenant); delete its outputs first.
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteWorkingGroup",
    params(
        ("id" = i64, Path, description = "The working group's id.", example = 7),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the working group changed since."),
    ),
    responses(
        (status = 204, description = "The working group was deleted."),
        (status = 404, description = "There is no working group with that id (admins; a secretariat gets 403).", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The working group still has outputs.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The working group changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/working-groups/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_working_group(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    require_writer(&principal)?;
    let id = group_id(&id)?;
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = writable_group(conn, &principal, id)?;
            let before = WorkingGroupView::from(&current);
            precondition.check(&before)?;
            let (ids, total) = outputs::queries::ids_in_group(conn, id, 10)?;
            if total > 0 {
                let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
                return Err(AppError::Conflict(format!(
                    "Working group {id} cannot be deleted: {total} output(s) still belong to it (ids {}); delete them first.",
                    ids.join(", ")
                )));
            }
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
