//! Governance bodies of a covenant: its steering group, secretariat and
//! monitoring committee, what each does and who sits in it.

pub mod model;
pub mod queries;
pub mod resource;
