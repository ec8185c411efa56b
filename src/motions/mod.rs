//! Motions (moties) of the Tweede Kamer about the covenants, identified by
//! their Kamerstuk dossier and number.

pub mod model;
pub mod queries;
pub mod resource;
pub mod status;
