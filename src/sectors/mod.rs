//! Sectors: the branches of industry a covenant covers (`textile`, `gold`).

pub mod model;
pub mod queries;
pub mod resource;
