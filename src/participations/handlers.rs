//! Participation endpoints: HTTP only; storage is in `queries`.
//!
//! Participations belong to their covenant: admins write all of them, a
//! secretariat only those of the covenants in its token.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Principal, ReadAccess, Role};
use crate::db::{self, DbConnection, Pool};
use crate::error::AppError;
use crate::http::conditional::json_with_etag;
use crate::http::crud_legacy::{self as crud, Resource};
use crate::http::json_body::{JsonBody, MergePatch};
use crate::http::listing::{ListQuery, PageParams};
use crate::participations::model::{
    ParticipationFilter, ParticipationInput, ParticipationList, ParticipationRecord,
    ParticipationRole, ParticipationView,
};
use crate::participations::queries;

const TAG: &str = "Participations";

/// A participation's writable fields for a merge patch: members given
/// replace the stored ones, `null` clears an optional one.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ParticipationPatch {
    /// Code of the covenant; a secretariat may move a participation only
    /// between covenants of its own.
    #[schema(example = "textile")]
    pub covenant: Option<String>,
    /// Id of the participating organisation.
    #[schema(example = 12)]
    pub organisation: Option<i64>,
    /// In what capacity it takes part.
    pub role: Option<ParticipationRole>,
    /// The day it joined.
    #[schema(example = "2016-07-04")]
    pub joined_on: Option<chrono::NaiveDate>,
    /// The day it left; `null` while it takes part.
    #[schema(example = "2019-12-31")]
    pub left_on: Option<chrono::NaiveDate>,
    /// The fraction (0 to 1) of the sector's Dutch market it represents.
    #[schema(example = 0.012)]
    pub market_share: Option<f64>,
    /// Where the fact comes from.
    pub source: Option<String>,
}

/// Participations belong to their covenant: its secretariat writes them
/// too, and may move one only between covenants of its own.
impl Resource for ParticipationRecord {
    type Key = i64;
    type Record = ParticipationRecord;
    type Input = ParticipationInput;
    type View = ParticipationView;

    fn view(record: &ParticipationRecord) -> ParticipationView {
        ParticipationView::from(record)
    }

    fn input(record: &ParticipationRecord) -> ParticipationInput {
        ParticipationInput::from(record)
    }

    fn load(conn: &mut DbConnection, id: &i64) -> Result<ParticipationRecord, AppError> {
        queries::get(conn, *id)
    }

    fn insert(
        conn: &mut DbConnection,
        input: &ParticipationInput,
    ) -> Result<ParticipationRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &ParticipationRecord,
        input: &ParticipationInput,
    ) -> Result<ParticipationRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &ParticipationRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_write_input(principal: &Principal, input: &ParticipationInput) -> Result<(), AppError> {
        principal.require_covenant(&input.covenant)
    }
}

/// Authorizes a write to the stored participation `id` before its body is
/// read. A secretariat must hold the participation's covenant, which this
/// looks up; it gets the same 403 for another covenant's participation and
/// for an id that does not exist, so trying tells it nothing. An admin goes
/// on to find out, and gets 404 for an unknown id.
async fn authorize_stored(pool: &Pool, principal: &Principal, id: i64) -> Result<(), AppError> {
    principal.require_writer()?;
    if principal.role != Role::Secretariat {
        return Ok(());
    }
    let code = db::run(pool, move |conn| Ok(queries::covenant_code_of(conn, id)?)).await?;
    match code {
        Some(code) if principal.require_covenant(&code).is_ok() => Ok(()),
        _ => Err(AppError::Forbidden(format!(
            "This token may write only the participations of covenants {}; participation {id} is not one of them.",
            principal.covenants.join(", ")
        ))),
    }
}

/// List participations
///
/// Which organisations take part in which covenants, a page at a time,
/// filtered by covenant, organisation, role or the date they were active on,
/// in the order asked for.
#[utoipa::path(
    tag = TAG,
    operation_id = "listParticipations",
    params(PageParams, ParticipationFilter),
    responses(
        (status = 200, description = "A page of participations.", body = ParticipationList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
    )
)]
#[get("/participations")]
#[tracing::instrument(skip_all)]
pub async fn list_participations(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<ParticipationFilter>,
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
    let list = ParticipationList {
        items: rows.iter().map(ParticipationView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a participation
///
/// One participation by its id.
#[utoipa::path(
    tag = TAG,
    operation_id = "getParticipation",
    params(("id" = i64, Path, description = "The participation's id.", example = 7)),
    responses(
        (status = 200, description = "The participation.", body = ParticipationView,
            headers(("ETag" = String, description = "Entity tag of the participation; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the participation still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no participation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/participations/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_participation(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::get::<ParticipationRecord>(&req, &pool, id.into_inner()).await
}

/// Create a participation
///
/// Records that an organisation takes part in a covenant (admins, or the
/// secretariat of the body's covenant). The covenant and the organisation
/// must exist, and the organisation must not already take part in the
/// covenant in an overlapping period (409 naming that participation).
#[utoipa::path(
    tag = TAG,
    operation_id = "createParticipation",
    request_body(content = ParticipationInput, description = "The new participation."),
    responses(
        (status = 201, description = "The participation was created.", body = ParticipationView,
            headers(
                ("Location" = String, description = "Path of the new participation."),
                ("ETag" = String, description = "Entity tag of the new participation."),
            )),
        (status = 409, description = "The organisation already takes part in the covenant in an overlapping period.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/participations")]
#[tracing::instrument(skip_all)]
pub async fn create_participation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<ParticipationInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<ParticipationRecord>(&req, principal, &pool, body).await
}

/// Replace a participation
///
/// Replaces the participation's fields (admins, or the secretariat of its
/// covenant). A secretariat gets 403, before the body is read, for a
/// participation of another covenant and for an id that does not exist;
/// it may move a participation only to a covenant of its own. Send the ETag
/// you read in `If-Match` to avoid overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceParticipation",
    params(
        ("id" = i64, Path, description = "The participation's id.", example = 7),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the participation changed since."),
    ),
    request_body(content = ParticipationInput, description = "The participation's new state."),
    responses(
        (status = 200, description = "The participation was replaced.", body = ParticipationView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no participation with that id (admins; a secretariat gets 403).", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The organisation already takes part in the covenant in an overlapping period.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The participation changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/participations/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_participation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<ParticipationInput>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    authorize_stored(&pool, &principal, id).await?;
    crud::replace::<ParticipationRecord>(&req, principal, &pool, id, body).await
}

/// Update part of a participation
///
/// Applies a JSON Merge Patch (RFC 7396) to the participation (admins, or
/// the secretariat of its covenant), e.g. `{"leftOn": "2019-12-31"}` when
/// the organisation leaves: members given replace the stored ones, `null`
/// clears an optional one. The result must be valid. A secretariat gets 403,
/// before the body is read, for a participation of another covenant and for
/// an id that does not exist; it may move a participation only to a
/// covenant of its own.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateParticipation",
    params(
        ("id" = i64, Path, description = "The participation's id.", example = 7),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the participation changed since."),
    ),
    request_body(content = ParticipationPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The participation was updated.", body = ParticipationView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no participation with that id (admins; a secretariat gets 403).", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The organisation already takes part in the covenant in an overlapping period.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The participation changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/participations/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_participation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    authorize_stored(&pool, &principal, id).await?;
    crud::patch::<ParticipationRecord>(&req, principal, &pool, id, patch).await
}

/// Delete a participation
///
/// Removes a participation recorded in error (admins, or the secretariat of
/// its covenant; a secretariat gets 403 for a participation of another
/// covenant and for an id that does not exist). When an organisation leaves
/// a covenant, set `leftOn` instead, so that past figures stay reproducible.
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteParticipation",
    params(
        ("id" = i64, Path, description = "The participation's id.", example = 7),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the participation changed since."),
    ),
    responses(
        (status = 204, description = "The participation was deleted."),
        (status = 404, description = "There is no participation with that id (admins; a secretariat gets 403).", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The participation changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/participations/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_participation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    authorize_stored(&pool, &principal, id).await?;
    crud::delete::<ParticipationRecord>(&req, principal, &pool, id).await
}
