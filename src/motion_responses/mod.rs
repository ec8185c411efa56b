//! The government's responses to motions: which parliamentary letter
//! reported on a motion, and what it said.

pub mod model;
pub mod queries;
pub mod resource;
