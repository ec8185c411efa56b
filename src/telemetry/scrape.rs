//! `GET /metrics`: every instrument, in Prometheus' text format.

use actix_web::{HttpRequest, HttpResponse, get, http::header, web};
use actix_web_prom::{PrometheusMetrics, PrometheusMetricsBuilder};
use prometheus::{Encoder, Registry, TextEncoder};

use crate::config::{Secret, TelemetryConfig};
use crate::db::{self, Pool};
use crate::error::AppError;
use crate::oecd_counts::check;
use crate::telemetry::instruments::{self, OECD_REBUILT, POOL_CONNECTIONS, POOL_MAX_CONNECTIONS};

/// One server's telemetry: the request metrics of its middleware, and the
/// token that reads them.
#[derive(Clone)]
pub struct Telemetry {
    registry: Registry,
    token: Option<Secret>,
}

impl Telemetry {
    pub fn new(config: &TelemetryConfig) -> Self {
        instruments::init();
        Self {
            // The middleware's own registry: a process may serve several
            // apps (the tests do), each registering its request metrics.
            registry: Registry::new(),
            token: config.token.clone(),
        }
    }

    /// The middleware that counts and times every request by route
    /// pattern (`/v1/covenants/{code}`, never the raw path: one series per
    /// route, not per record) and status.
    pub fn middleware(&self) -> anyhow::Result<PrometheusMetrics> {
        PrometheusMetricsBuilder::new("imvo")
            .registry(self.registry.clone())
            .exclude("/metrics")
            .mask_unmatched_patterns("UNMATCHED")
            .build()
            .map_err(|e| anyhow::anyhow!("cannot set up the request metrics: {e}"))
    }

    /// Whether the request carries the metrics token.
    fn admits(&self, req: &HttpRequest, token: &Secret) -> bool {
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or_default();
        same(given.as_bytes(), token.expose().as_bytes())
    }
}

/// Compares in time that does not depend on where they first differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |d, (x, y)| d | (x ^ y)) == 0
}

/// Metrics for Prometheus
///
/// Served only with `METRICS_TOKEN` set, to requests that bear it.
#[get("/metrics")]
pub async fn metrics(
    req: HttpRequest,
    telemetry: web::Data<Telemetry>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let Some(token) = &telemetry.token else {
        return Err(AppError::NotFound(
            "Metrics are not served here: set METRICS_TOKEN to serve them.".into(),
        ));
    };
    if !telemetry.admits(&req, token) {
        return Err(AppError::Unauthorized {
            detail: "Reading metrics needs `Authorization: Bearer` with the METRICS_TOKEN.".into(),
            invalid_token: false,
        });
    }
    let state = pool.state();
    let idle = i64::from(state.idle_connections);
    POOL_CONNECTIONS.with_label_values(&["idle"]).set(idle);
    POOL_CONNECTIONS
        .with_label_values(&["inUse"])
        .set(i64::from(state.connections) - idle);
    POOL_MAX_CONNECTIONS.set(i64::from(pool.max_size()));
    // A database that does not answer leaves the last value; the rest is
    // still worth reading then.
    match db::run(&pool, |conn| Ok(check::rebuilt_at(conn)?)).await {
        Ok(rebuilt) => OECD_REBUILT.set(rebuilt.map_or(0.0, |at| at.and_utc().timestamp() as f64)),
        Err(error) => tracing::warn!(%error, "cannot read when the indicator was rebuilt"),
    }
    let mut families = telemetry.registry.gather();
    families.extend(prometheus::gather());
    let encoder = TextEncoder::new();
    let mut body = Vec::new();
    encoder
        .encode(&families, &mut body)
        .map_err(|e| AppError::Internal(format!("cannot encode the metrics: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type(encoder.format_type())
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}
