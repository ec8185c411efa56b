//! Participations: which organisations take part in which covenant, in what
//! role, since when and for what share of the market.

pub mod model;
pub mod queries;
pub mod resource;
