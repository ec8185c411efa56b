//! Working groups (werkgroepen) of the covenants, with their themes and
//! the outputs they publish.

pub mod handlers;
pub mod model;
pub mod outputs;
pub mod queries;
