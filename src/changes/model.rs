//! Change feed types.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::audit::Action;
use crate::audit::model::AuditEventRow;
use crate::changes::cursor;
use crate::http::listing::Link;

/// Most changes in one response.
pub const MAX_LIMIT: u32 = 1000;
/// Changes in a response when `limit` is not given.
pub const DEFAULT_LIMIT: u32 = 100;

/// Where to read the feed from.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChangesParams {
    /// Read the changes after this cursor: the `cursor` of the last change
    /// you processed, or take the `next` link. Leave it out to read from the
    /// first change ever recorded. Cursors are opaque: do not compute or
    /// change them (a changed one is refused).
    #[param(example = "000000000000008a64bb2b62", pattern = "^[0-9a-f]{24}$")]
    pub after: Option<String>,
    /// Most changes to return, from 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000, example = 100)]
    pub limit: Option<u32>,
}

/// One create, update or delete.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ChangeView {
    /// This change's place in the feed: pass it as `after` to read what
    /// follows. Opaque, and larger for every later change.
    #[schema(example = "000000000000008a64bb2b62", pattern = "^[0-9a-f]{24}$")]
    pub cursor: String,
    /// What happened.
    pub action: Action,
    /// The kind of resource changed.
    #[schema(example = "covenant")]
    pub resource_type: String,
    /// The resource's identifier, as in its path.
    #[schema(example = "textile")]
    pub resource_id: String,
    /// The record's version after the change: 1 when created, one more at
    /// every update. For a delete, the version that was removed.
    #[schema(example = 2, minimum = 1)]
    pub version: i64,
    /// When the change was made (UTC): taken as its write began, moments
    /// before it was committed. Feed order is commit order, so two changes
    /// close together can be listed in the other order of their times.
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub changed_at: DateTime<Utc>,
    /// The resource as `GET` on its `_links.resource` showed it right after
    /// the change; `null` for a delete (a tombstone: remove your copy).
    #[schema(value_type = Option<Object>)]
    pub resource: Option<Box<serde_json::value::RawValue>>,
    /// The resource changed.
    #[serde(rename = "_links")]
    pub links: ChangeLinks,
}

/// Links of a change.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ChangeLinks {
    /// The resource (gone after a delete).
    pub resource: Link,
}

/// A stretch of the change feed.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ChangeList {
    /// The changes after `after`, oldest first; empty when there are none
    /// yet.
    pub items: Vec<ChangeView>,
    /// This stretch, and where to read on.
    #[serde(rename = "_links")]
    pub links: ChangeListLinks,
}

/// Links of a stretch of the change feed.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ChangeListLinks {
    /// This request.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The changes after the last one here. Always present: when `items`
    /// is empty it is this request again, to poll later.
    pub next: Link,
}

impl ChangeView {
    /// The feed's view of a published change-log row.
    pub fn of(row: &AuditEventRow, position: i64) -> Self {
        Self {
            cursor: cursor::encode(position),
            action: row.action(),
            resource_type: row.resource_type.clone(),
            resource_id: row.resource_id.clone(),
            version: row.version,
            changed_at: row.occurred_at.and_utc(),
            // Stored as the service serialized it: embedded as it is, not
            // parsed into a `Value` and written again.
            resource: row
                .after_state
                .as_ref()
                .and_then(|state| serde_json::value::RawValue::from_string(state.clone()).ok()),
            links: ChangeLinks {
                resource: Link::new(row.resource_path.clone()),
            },
        }
    }
}
