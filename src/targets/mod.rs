//! Targets: the value an indicator should reach by a date, for a covenant or
//! nationally (e.g. 90% of large companies endorsing the OECD Guidelines in
//! 2023).

pub mod model;
pub mod queries;
pub mod resource;
