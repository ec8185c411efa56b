//! Complaints and remedy mechanisms: where people harmed by business
//! conduct, or the parties to an agreement, can seek a remedy.

pub mod model;
pub mod queries;
pub mod resource;
