//! Measurement endpoints: HTTP only; storage is in `queries`. Admins write
//! every figure; a secretariat only those of its covenants.

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
use crate::measurements::model::{
    MeasurementFilter, MeasurementInput, MeasurementList, MeasurementRecord, MeasurementView,
};
use crate::measurements::queries;

const TAG: &str = "Measurements";

/// Measurements are national (admins) or of a covenant (also its secretariat).
impl Resource for MeasurementRecord {
    type Key = i64;
    type Record = MeasurementRecord;
    type Input = MeasurementInput;
    type View = MeasurementView;

    fn view(record: &MeasurementRecord) -> MeasurementView {
        MeasurementView::from(record)
    }

    fn input(record: &MeasurementRecord) -> MeasurementInput {
        MeasurementInput::from(record)
    }

    fn load(conn: &mut DbConnection, id: &i64) -> Result<MeasurementRecord, AppError> {
        queries::get(conn, *id)
    }

    fn insert(
        conn: &mut DbConnection,
        input: &MeasurementInput,
    ) -> Result<MeasurementRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &MeasurementRecord,
        input: &MeasurementInput,
    ) -> Result<MeasurementRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &MeasurementRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_write_input(principal: &Principal, input: &MeasurementInput) -> Result<(), AppError> {
        principal.require_scope(input.covenant.as_deref())
    }
}

/// A measurement's writable fields for a merge patch.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MeasurementPatch {
    /// Code of the indicator.
    #[schema(example = "market-coverage")]
    pub indicator: Option<String>,
    /// Code of the covenant, or `null` for a national figure (moving a
    /// figure needs the right to both scopes).
    pub covenant: Option<String>,
    /// The value.
    pub value: Option<f64>,
    /// The date the value applies to.
    pub measured_on: Option<chrono::NaiveDate>,
    /// For a ratio: what was counted.
    pub numerator: Option<f64>,
    /// For a ratio: out of how many.
    pub denominator: Option<f64>,
    /// Source: an annual report (id).
    pub annual_report: Option<i64>,
    /// Source: a letter (id).
    pub letter: Option<i64>,
    /// Source: a URL.
    pub source_url: Option<String>,
    /// A remark on the figure.
    pub note: Option<String>,
}

/// List measurements
///
/// Values of indicators at dates, for a covenant or national, each with its
/// source, oldest first.
#[utoipa::path(
    tag = TAG,
    operation_id = "listMeasurements",
    params(PageParams, MeasurementFilter),
    responses(
        (status = 200, description = "A page of measurements.", body = MeasurementList,
            headers(("ETag" = String, description = "Entity tag of this page."))),
        (status = 304, description = "Not modified."),
    )
)]
#[get("/measurements")]
#[tracing::instrument(skip_all)]
pub async fn list_measurements(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<MeasurementFilter>,
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
    let list = MeasurementList {
        items: rows.iter().map(MeasurementView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a measurement
///
/// One measurement.
#[utoipa::path(
    tag = TAG,
    operation_id = "getMeasurement",
    params(("id" = i64, Path, description = "The measurement's id.", example = 1)),
    responses(
        (status = 200, description = "The measurement.", body = MeasurementView,
            headers(("ETag" = String, description = "Entity tag of the measurement."))),
        (status = 304, description = "Not modified."),
        (status = 404, description = "There is no such measurement.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/measurements/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_measurement(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::get::<MeasurementRecord>(&req, &pool, id.into_inner()).await
}

/// Record a measurement
///
/// Records a value of an indicator (admins; a covenant's secretariat for
/// that covenant's figures). It needs exactly one source; its value must fit
/// the indicator's unit; a ratio's value must equal numerator / denominator;
/// a cited annual report must be of the same covenant.
#[utoipa::path(
    tag = TAG,
    operation_id = "createMeasurement",
    request_body(content = MeasurementInput, description = "The measurement."),
    responses(
        (status = 201, description = "The measurement was recorded.", body = MeasurementView,
            headers(
                ("Location" = String, description = "Path of the new measurement."),
                ("ETag" = String, description = "Entity tag of the new measurement."),
            )),
            )
)]
#[post("/measurements")]
#[tracing::instrument(skip_all)]
pub async fn create_measurement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<MeasurementInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<MeasurementRecord>(&req, principal, &pool, body).await
}

/// Replace a measurement
///
/// Replaces the measurement (admins; a secretariat for its own covenant's
/// figures, and moving a figure needs the right to the new scope too).
/// A secretariat gets 403 alike for a measurement of another covenant and
/// one that does not exist.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceMeasurement",
    params(
        ("id" = i64, Path, description = "The measurement's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the measurement changed since."),
    ),
    request_body(content = MeasurementInput, description = "The measurement's new state."),
    responses(
        (status = 200, description = "The measurement was replaced.", body = MeasurementView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such measurement.", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 412, description = "The measurement changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/measurements/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_measurement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<MeasurementInput>,
) -> Result<HttpResponse, AppError> {
    crud::replace::<MeasurementRecord>(&req, principal, &pool, id.into_inner(), body).await
}

/// Update part of a measurement
///
/// Applies a JSON Merge Patch (RFC 7396) to the measurement; the same rights
/// as replacing it.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateMeasurement",
    params(
        ("id" = i64, Path, description = "The measurement's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the measurement changed since."),
    ),
    request_body(content = MeasurementPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The measurement was updated.", body = MeasurementView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no such measurement.", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 412, description = "The measurement changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/measurements/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_measurement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    crud::patch::<MeasurementRecord>(&req, principal, &pool, id.into_inner(), patch).await
}

/// Delete a measurement
///
/// Removes a measurement (the same rights as replacing it).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteMeasurement",
    params(
        ("id" = i64, Path, description = "The measurement's id.", example = 1),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the measurement changed since."),
    ),
    responses(
        (status = 204, description = "The measurement was deleted."),
        (status = 404, description = "There is no such measurement.", body = crate::error::Problem, content_type = "application/problem+json"),
                (status = 412, description = "The measurement changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/measurements/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_measurement(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::delete::<MeasurementRecord>(&req, principal, &pool, id.into_inner()).await
}
