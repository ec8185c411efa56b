//! Measurements: a value of an indicator at a date, for one covenant or
//! nationally, with exactly one source.

pub mod model;
pub mod queries;
pub mod resource;
