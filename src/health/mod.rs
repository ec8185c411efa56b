//! Liveness and readiness for orchestrators and monitors.

pub mod handlers;
