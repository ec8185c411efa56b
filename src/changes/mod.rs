//! The public change feed: every create, update and delete of every
//! resource, in commit order, read from the change log the audit trail also
//! shows (without who made each change, which stays admin-only).

pub mod cursor;
pub mod handlers;
pub mod model;
pub mod queries;

pub use handlers::list_changes;

/// Every kind of resource the feed reports (`resourceType`), as webhook
/// subscriptions name them.
pub const RESOURCE_TYPES: [&str; 22] = [
    "annualReport",
    "covenant",
    "covenantStatusChange",
    "evaluation",
    "governanceBody",
    "indicator",
    "letter",
    "measurement",
    "motion",
    "motionResponse",
    "ngoAssessment",
    "oecdEndorsement",
    "organisation",
    "participation",
    "programme",
    "publishedFigure",
    "remedyMechanism",
    "sector",
    "sizeFact",
    "target",
    "workingGroup",
    "workingGroupOutput",
];
