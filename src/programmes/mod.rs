//! Funds, budgets and projects: money and work put into responsible
//! business conduct, with their periods, the covenant or theme, and results.

pub mod model;
pub mod queries;
pub mod resource;
