//! HTTP conventions shared by every resource (DESIGN section 6).

pub mod conditional;
pub mod crud;
pub mod json_body;
pub mod listing;
pub mod middleware;
pub mod routes_table;
pub mod rules;
pub mod validation;
