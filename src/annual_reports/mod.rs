//! Annual reports (jaarrapportages) a covenant publishes on its progress.

pub mod model;
pub mod queries;
pub mod resource;
