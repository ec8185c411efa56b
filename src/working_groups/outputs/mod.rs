//! What a working group publishes (analyses, frameworks, recommendations):
//! a sub-resource of its working group, written by the same callers.

pub mod model;
pub mod queries;
pub mod resource;
