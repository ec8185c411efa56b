//! Progress metrics (DESIGN section 4): computed from the record at any
//! date `asOf`, in the database, each with its definition, inputs and status.

pub mod figures;
pub mod handlers;
pub mod model;
pub mod queries;
pub mod trend;
