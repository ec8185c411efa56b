//! Working groups (werkgroepen) of the covenants, with their themes and
//! the outputs they publish.

pub mod model;
pub mod outputs;
pub mod queries;
pub mod resource;
