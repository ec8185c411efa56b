//! OECD endorsements: when an organisation explicitly endorses the OECD
//! Guidelines for Multinational Enterprises.

pub mod model;
pub mod queries;
pub mod resource;
