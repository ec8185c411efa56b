//! Covenant status timelines: dated status changes under
//! `/v1/covenants/{code}/status-changes`, which the overview counts by.

pub mod model;
pub mod queries;
mod resource;
