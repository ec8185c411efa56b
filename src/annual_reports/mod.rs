//! Annual reports (jaarrapportages) a covenant publishes on its progress.

pub mod handlers;
pub mod model;
pub mod queries;
