//! Size facts: an organisation's employees, total assets and net turnover
//! per year, which decide whether it counts as a large company.

pub mod model;
pub mod queries;
pub mod resource;
