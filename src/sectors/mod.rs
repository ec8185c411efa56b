//! Sectors: the branches of industry a covenant covers (`textile`, `gold`).

pub mod handlers;
pub mod model;
pub mod queries;
