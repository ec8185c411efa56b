//! What operators see of the running service: `GET /metrics`, Prometheus'
//! text format, outside `/v1` and the OpenAPI document, for a bearer token
//! of its own (`METRICS_TOKEN`). Requests by route and status with their
//! latencies (`actix-web-prom`), and the instruments of `instruments`.

pub mod drift;
pub mod instruments;
pub mod scrape;

pub use scrape::{Telemetry, metrics};
