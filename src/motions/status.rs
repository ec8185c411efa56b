//! Where a motion stands: its own module, so that motion responses, which
//! report a status, need nothing else of motions (motions show their
//! responses).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a motion stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum MotionStatus {
    /// Submitted (ingediend), not voted on yet.
    Submitted,
    /// Adopted by the House (aangenomen).
    Adopted,
    /// Rejected by the House (verworpen).
    Rejected,
    /// Withdrawn by its submitters before the vote (ingetrokken).
    Withdrawn,
    /// Adopted, and the government reports work on what it asked under way
    /// (in uitvoering).
    InProgress,
    /// The government has done what it asked (afgedaan).
    Completed,
}

impl MotionStatus {
    pub const ALL: [Self; 6] = [
        Self::Submitted,
        Self::Adopted,
        Self::Rejected,
        Self::Withdrawn,
        Self::InProgress,
        Self::Completed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Adopted => "adopted",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
        }
    }

    pub fn from_stored(value: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == value)
            .unwrap_or(Self::Submitted)
    }
}
