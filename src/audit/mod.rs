//! The audit trail: every create, update and delete, written in the same
//! transaction as the change, readable by admins, never writable via the API.

pub mod handlers;
pub mod model;
pub mod queries;

pub(crate) use model::audited;
pub use model::{Action, Audited};
pub use queries::record;
