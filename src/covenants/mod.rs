//! Covenants (IMVO-convenanten): the agreements whose progress the API shows.

pub mod model;
pub mod queries;
pub mod resource;
