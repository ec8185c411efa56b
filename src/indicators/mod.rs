//! Indicators: what progress is measured in (market coverage, participants,
//! the share of large companies endorsing the OECD Guidelines).

pub mod model;
pub mod queries;
pub mod resource;
