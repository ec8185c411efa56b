//! Evaluations and studies of the IMVO policy: who commissioned and who
//! carried them out, when they were expected and when they appeared.

pub mod model;
pub mod queries;
pub mod resource;
