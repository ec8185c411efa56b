//! Size facts: an organisation's employees, total assets and net turnover
//! per year, which decide whether it counts as a large company.

pub mod handlers;
pub mod model;
pub mod queries;
