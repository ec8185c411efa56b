//! HTTP conventions shared by every resource (DESIGN section 6).

pub mod api;
pub mod conditional;
pub mod crud;
pub mod crud_legacy;
pub mod endpoints;
pub mod json_body;
pub mod listing;
pub mod middleware;
pub mod routes_table;
pub mod rules;
pub mod validation;
