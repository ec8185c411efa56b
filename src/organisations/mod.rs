//! Organisations (partijen): companies, industry associations, NGOs, trade
//! unions, government bodies and knowledge institutes.

pub mod country;
pub mod model;
pub mod queries;
pub mod resource;
