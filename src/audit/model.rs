//! Audit event types.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::{Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::Role;
use crate::http::listing::{Link, ListFilter, PageInfo, PageLinks};
use crate::schema::audit_events;

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = AuditAction)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Create,
    Update,
    Delete,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
        }
    }
}

/// A resource representation the audit trail can record.
pub trait Audited: Serialize {
    /// The kind of resource, e.g. `sector`.
    const RESOURCE_TYPE: &'static str;
    /// Whether its changes are public: in the change feed and sent to
    /// webhooks. A private one is in the audit trail only.
    const PUBLIC: bool = true;
    /// Its identifier as used in its path.
    fn resource_id(&self) -> String;
    /// Its path.
    fn resource_path(&self) -> String;
    /// The organisation whose place in the 90% indicator this record helps
    /// decide (an organisation, its size facts, its endorsements): a change
    /// to it is counted in the maintained indicator before it commits.
    fn counted_organisation(&self) -> Option<i64> {
        None
    }
}

/// `Audited` for a view whose path is its `_links.self`:
/// `audited!(SectorView, "sector", code)`.
macro_rules! audited {
    ($view:ty, $kind:literal, $id:ident $(; counts $organisation:ident)?) => {
        impl $crate::audit::Audited for $view {
            const RESOURCE_TYPE: &'static str = $kind;

            fn resource_id(&self) -> String {
                self.$id.to_string()
            }

            fn resource_path(&self) -> String {
                self.links.self_link.href.clone()
            }

            $(
                fn counted_organisation(&self) -> Option<i64> {
                    Some(self.$organisation)
                }
            )?
        }
    };
}

pub(crate) use audited;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_events)]
pub struct AuditEventRow {
    pub id: i64,
    pub occurred_at: NaiveDateTime,
    pub actor: String,
    pub role: String,
    pub action: String,
    pub resource_type: String,
    pub resource_id: String,
    pub resource_path: String,
    pub request_id: Option<String>,
    pub before_state: Option<String>,
    pub after_state: Option<String>,
    /// Place in the public change feed; `None` until published, negative
    /// for a private resource's change (never published).
    pub feed_position: Option<i64>,
    /// The record's version after the change (the one removed, for a delete).
    pub version: i64,
}

/// One recorded change.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AuditEventView {
    /// Sequence number of the event.
    #[schema(example = 42)]
    pub id: i64,
    /// When the change was made (UTC), as its write began.
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub occurred_at: DateTime<Utc>,
    /// The `sub` of the token that made the change.
    #[schema(example = "secretariaat-textiel")]
    pub actor: String,
    /// The role of that token.
    pub role: Role,
    /// What was done.
    pub action: Action,
    /// The kind of resource changed.
    #[schema(example = "sector")]
    pub resource_type: String,
    /// The identifier of the resource in its path.
    #[schema(example = "textile")]
    pub resource_id: String,
    /// The `X-Request-Id` of the request that made the change.
    #[schema(example = "0b5c7a52-3f1e-4d1a-9a38-5f0e0e1f9d10")]
    pub request_id: Option<String>,
    /// The resource as the API showed it before the change (`null` for a
    /// create).
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    /// The resource as the API showed it after the change (`null` for a
    /// delete).
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
    /// This event and the resource it is about.
    #[serde(rename = "_links")]
    pub links: AuditEventLinks,
}

/// Links of an audit event.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AuditEventLinks {
    /// This event.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The resource the event is about (gone if it was deleted).
    pub resource: Link,
}

impl AuditEventRow {
    /// What the change did, as stored.
    pub fn action(&self) -> Action {
        match self.action.as_str() {
            "create" => Action::Create,
            "delete" => Action::Delete,
            _ => Action::Update,
        }
    }

    pub fn view(&self) -> AuditEventView {
        let parse =
            |state: &Option<String>| state.as_deref().and_then(|s| serde_json::from_str(s).ok());
        AuditEventView {
            id: self.id,
            occurred_at: self.occurred_at.and_utc(),
            actor: self.actor.clone(),
            role: match self.role.as_str() {
                "admin" => Role::Admin,
                "secretariat" => Role::Secretariat,
                _ => Role::Reader,
            },
            action: self.action(),
            resource_type: self.resource_type.clone(),
            resource_id: self.resource_id.clone(),
            request_id: self.request_id.clone(),
            before: parse(&self.before_state),
            after: parse(&self.after_state),
            links: AuditEventLinks {
                self_link: Link::new(format!("/v1/audit-events/{}", self.id)),
                resource: Link::new(self.resource_path.clone()),
            },
        }
    }
}

/// One page of audit events.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditEventList {
    /// The events on this page.
    pub items: Vec<AuditEventView>,
    /// Where this page stands.
    pub page: PageInfo,
    /// This, the next and the previous page.
    #[serde(rename = "_links")]
    pub links: PageLinks,
}

/// Filters and order of `GET /v1/audit-events`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditEventFilter {
    /// Only changes to this kind of resource.
    #[param(example = "sector")]
    pub resource_type: Option<String>,
    /// Only changes to the resource with this identifier.
    #[param(example = "textile")]
    pub resource_id: Option<String>,
    /// Only changes made by this token subject.
    #[param(example = "secretariaat-textiel")]
    pub actor: Option<String>,
    /// Only changes at or after this moment (RFC 3339).
    #[param(example = "2026-01-01T00:00:00Z")]
    pub from: Option<DateTime<Utc>>,
    /// Only changes before this moment (RFC 3339).
    #[param(example = "2027-01-01T00:00:00Z")]
    pub to: Option<DateTime<Utc>>,
    /// Order: `occurredAt` or `-occurredAt` (default, newest first).
    #[param(example = "-occurredAt")]
    pub sort: Option<String>,
}

impl ListFilter for AuditEventFilter {
    const SORTABLE: &'static [&'static str] = &["occurredAt"];
    const DEFAULT_SORT: &'static str = "-occurredAt";
    // Events are never changed: `from` is their `changedSince`.
    const CHANGED_SINCE: bool = false;
}
