//! Who is calling and what they may do: JWT verification, roles, the
//! covenant scope of secretariat tokens, and local token minting.

pub mod keys;
pub mod principal;
pub mod public_key;
pub mod token;

pub use keys::Authenticator;
pub use principal::{Principal, ReadAccess};
pub use token::{Claims, Role};
