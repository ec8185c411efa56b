//! Parliamentary letters (Kamerbrieven) in which the government reports on
//! the covenants and on motions.

pub mod model;
pub mod queries;
pub mod resource;
