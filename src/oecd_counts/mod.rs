//! The 90% indicator maintained on write. Every write of an organisation,
//! its size facts or its endorsements brings that organisation's spans
//! (`spans`) up to date just before it commits, and adds what changed to
//! the per-day count changes; the indicator at any date is then a sum over
//! the days its counts change on (`store`). `check` rebuilds or verifies it
//! all against the full computation in `metrics::queries`, which stays the
//! reference (and answers `knownAt` reads).

pub mod check;
pub mod spans;
pub mod store;

pub use store::{changed, companies, counts_at};
