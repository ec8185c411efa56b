//! Assessments and shadow reports by NGOs: civil society's view of a
//! covenant or a theme, shown beside the official figures.

pub mod model;
pub mod queries;
pub mod resource;
