//! Webhooks, as the Standard Webhooks specification describes them:
//! subscriptions (`handlers`, `queries`), the outbox every public change is
//! queued in by its own transaction (`outbox`), the sender that delivers
//! from it (`sender`), the signatures (`signature`) and the rules on where
//! the service may send (`target`).

pub mod handlers;
pub mod model;
pub mod outbox;
pub mod queries;
pub mod sender;
pub mod signature;
pub mod target;
