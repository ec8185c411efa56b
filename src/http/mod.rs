//! HTTP conventions shared by every resource (DESIGN section 6).

/// The API's version: `info.version` and the `API-Version` header.
pub const API_VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod api;
pub mod conditional;
pub mod crud;
pub mod endpoints;
pub mod json_body;
pub mod listing;
pub mod middleware;
pub mod routes_table;
pub mod rules;
pub mod validation;
