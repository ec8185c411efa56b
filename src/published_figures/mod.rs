//! Published figures (`/v1/published-figures`): that a figure was sent to
//! parliament in a letter at an instant; read again, it is computed exactly
//! as published and set against today's, with the changes since.

pub mod figure;
pub mod handlers;
pub mod model;
pub mod queries;
mod resource;
