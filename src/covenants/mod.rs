//! Covenants (IMVO-convenanten): the agreements whose progress the API shows.

pub mod handlers;
pub mod model;
pub mod queries;
