//! OECD endorsements: when an organisation explicitly endorses the OECD
//! Guidelines for Multinational Enterprises.

pub mod handlers;
pub mod model;
pub mod queries;
