//! Health endpoints.

use std::time::Duration;

use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::{self, Pool};
use crate::error::AppError;

const TAG: &str = "Operations";
/// How long readiness waits for a database connection.
const READY_TIMEOUT: Duration = Duration::from_secs(1);

/// The state of the service.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `up` (liveness) or `ready` (readiness).
    #[schema(example = "ready")]
    pub status: &'static str,
}

/// Liveness
///
/// Answers 200 while the process serves HTTP; it does not look at the
/// database, so an outage there does not get the process restarted.
#[utoipa::path(
    tag = TAG,
    operation_id = "getLiveness",
    responses((status = 200, description = "The process is alive.", body = Health)),
)]
#[get("/health/live")]
pub async fn liveness() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "up" })
}

/// Readiness
///
/// Answers 200 when the database answers a query within a second, else 503:
/// send traffic here only when ready.
#[utoipa::path(
    tag = TAG,
    operation_id = "getReadiness",
    responses((status = 200, description = "The service can handle requests.", body = Health)),
)]
#[get("/health/ready")]
pub async fn readiness(pool: web::Data<Pool>) -> Result<HttpResponse, AppError> {
    db::run_within(&pool, READY_TIMEOUT, |conn| Ok(db::ping(conn)?)).await?;
    Ok(HttpResponse::Ok().json(Health { status: "ready" }))
}
