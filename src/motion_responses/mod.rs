//! The government's responses to motions: which parliamentary letter
//! reported on a motion, and what it said.

pub mod handlers;
pub mod model;
pub mod queries;
