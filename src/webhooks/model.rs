//! Webhook subscription and delivery types.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::{AsChangeset, Insertable, Queryable, Selectable};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::audit::Audited;
use crate::error::FieldError;
use crate::http::any_of::AnyOf;
use crate::http::listing::{Link, ListFilter, PageInfo, PageLinks};
use crate::schema::{webhook_attempts, webhook_deliveries, webhook_subscriptions};
use crate::webhooks::{signature, target};

/// A stored subscription.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_subscriptions)]
pub struct SubscriptionRow {
    pub id: i64,
    pub owner: String,
    pub url: String,
    /// A JSON array of resource types; empty: every type.
    pub resource_types: String,
    pub secret: String,
    pub enabled: bool,
    pub disabled_reason: Option<String>,
    pub disabled_at: Option<NaiveDateTime>,
    pub version: i64,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

crate::storage::versioned!(SubscriptionRow, version);

impl SubscriptionRow {
    pub fn resource_types(&self) -> Vec<String> {
        serde_json::from_str(&self.resource_types).unwrap_or_default()
    }
}

/// What a client writes: the body of `POST /v1/webhook-subscriptions` and
/// `PUT /v1/webhook-subscriptions/{id}`, and what a merge patch applies to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookSubscriptionInput)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schema(example = json!({
    "url": "https://ngo.example.org/hooks/imvo",
    "resourceTypes": ["covenant", "participation"],
    "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
}))]
pub struct SubscriptionInput {
    /// Where to send the changes: an `https` URL on a public address.
    /// Deliveries are `POST`ed to it; redirects are not followed.
    #[schema(format = Uri, max_length = 2000, example = "https://ngo.example.org/hooks/imvo")]
    pub url: String,
    /// The kinds of resource whose changes to send (the change feed's
    /// `resourceType`); empty or left out: every kind.
    #[serde(default)]
    #[schema(
        value_type = Vec<WebhookResourceType>,
        max_items = 15,
        example = json!(["covenant", "participation"])
    )]
    pub resource_types: Vec<String>,
    /// The signing secret, as Standard Webhooks writes it: `whsec_` and the
    /// base64 of 24 to 64 random bytes. Deliveries are signed with it
    /// (`webhook-signature`). It is never shown again; to change it, write
    /// a new one.
    #[schema(
        pattern = "^whsec_[A-Za-z0-9+/]{32,88}={0,2}$",
        write_only,
        example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    )]
    pub secret: String,
    /// `false` pauses deliveries: while paused nothing is sent or queued.
    /// Setting it to `true` again re-enables a subscription that was
    /// disabled after failures; the deliveries given up then are tried again.
    #[serde(default = "enabled_by_default")]
    #[schema(default = true, example = true)]
    pub enabled: bool,
}

fn enabled_by_default() -> bool {
    true
}

/// The body of `PATCH /v1/webhook-subscriptions/{id}`: the input's members,
/// none required.
pub struct SubscriptionPatch;

impl utoipa::PartialSchema for SubscriptionPatch {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        crate::http::patch_schema::patch_schema(
            <SubscriptionInput as utoipa::PartialSchema>::schema(),
        )
    }
}

impl ToSchema for SubscriptionPatch {
    fn name() -> std::borrow::Cow<'static, str> {
        "WebhookSubscriptionPatch".into()
    }
}

/// The kinds of resource a subscription can ask for.
#[derive(Serialize, ToSchema)]
#[schema(example = "covenant")]
#[allow(dead_code)] // Only documents the values `changes::RESOURCE_TYPES` holds.
#[serde(rename_all = "camelCase")]
pub enum WebhookResourceType {
    AnnualReport,
    Covenant,
    CovenantStatusChange,
    Evaluation,
    GovernanceBody,
    Indicator,
    Letter,
    Measurement,
    Motion,
    MotionResponse,
    NgoAssessment,
    OecdEndorsement,
    Organisation,
    Participation,
    Programme,
    PublishedFigure,
    RemedyMechanism,
    Sector,
    SizeFact,
    Target,
    WorkingGroup,
    WorkingGroupOutput,
}

impl crate::http::validation::Validate for SubscriptionInput {
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if let Err(why) = target::check_shape(&self.url) {
            errors.push(FieldError::body("/url", why));
        }
        for (index, kind) in self.resource_types.iter().enumerate() {
            if !crate::changes::RESOURCE_TYPES.contains(&kind.as_str()) {
                errors.push(FieldError::body(
                    &format!("/resourceTypes/{index}"),
                    format!(
                        "is not a resource type of the change feed; use one of {}",
                        crate::changes::RESOURCE_TYPES.join(", ")
                    ),
                ));
            } else if self.resource_types[..index].contains(kind) {
                errors.push(FieldError::body(
                    &format!("/resourceTypes/{index}"),
                    "is named twice",
                ));
            }
        }
        if let Err(why) = signature::SigningKey::parse(&self.secret) {
            errors.push(FieldError::body("/secret", why));
        }
        crate::http::validation::verdict(errors)
    }
}

impl From<&SubscriptionRow> for SubscriptionInput {
    fn from(row: &SubscriptionRow) -> Self {
        Self {
            url: row.url.clone(),
            resource_types: row.resource_types(),
            secret: row.secret.clone(),
            enabled: row.enabled,
        }
    }
}

/// The columns a write decides.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = webhook_subscriptions, treat_none_as_null = true)]
pub struct SubscriptionForm<'a> {
    pub url: &'a str,
    /// A JSON array.
    pub resource_types: String,
    pub secret: &'a str,
    pub enabled: bool,
    pub disabled_reason: Option<&'a str>,
    pub disabled_at: Option<NaiveDateTime>,
}

impl<'a> SubscriptionForm<'a> {
    /// `input` written over `current` (if any): enabling clears why the
    /// service disabled it.
    pub fn new(input: &'a SubscriptionInput, current: Option<&'a SubscriptionRow>) -> Self {
        let disabled = current.filter(|_| !input.enabled);
        Self {
            url: &input.url,
            resource_types: serde_json::Value::from(input.resource_types.clone()).to_string(),
            secret: &input.secret,
            enabled: input.enabled,
            disabled_reason: disabled.and_then(|row| row.disabled_reason.as_deref()),
            disabled_at: disabled.and_then(|row| row.disabled_at),
        }
    }
}

/// A webhook subscription as the API shows it (never its secret).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookSubscription)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionView {
    /// Identifier of the subscription.
    #[schema(example = 1)]
    pub id: i64,
    /// Where the changes are sent.
    #[schema(format = Uri, example = "https://ngo.example.org/hooks/imvo")]
    pub url: String,
    /// The kinds of resource whose changes are sent; empty: every kind.
    #[schema(value_type = Vec<WebhookResourceType>)]
    pub resource_types: Vec<String>,
    /// Whether changes are sent. `false` when paused by its owner or
    /// disabled after failures (then `disabledReason` says why).
    pub enabled: bool,
    /// Why the service disabled the subscription; `null` while enabled or
    /// when paused by its owner.
    #[schema(example = json!(null))]
    pub disabled_reason: Option<String>,
    /// When the service disabled it (UTC).
    #[schema(value_type = Option<String>, format = DateTime, example = json!(null))]
    #[serde(serialize_with = "crate::http::optional_timestamp")]
    pub disabled_at: Option<DateTime<Utc>>,
    /// The token subject that made it: the one who may see and change it
    /// (besides admins).
    #[schema(example = "ngo-monitor")]
    pub owner: String,
    /// 1 when created, one more at every change.
    #[schema(example = 1, minimum = 1)]
    pub version: i64,
    /// When it was made (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// When it last changed (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub updated_at: DateTime<Utc>,
    /// This subscription and its deliveries.
    #[serde(rename = "_links")]
    pub links: SubscriptionLinks,
}

/// Links of a webhook subscription.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookSubscriptionLinks)]
pub struct SubscriptionLinks {
    /// This subscription.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// What was sent to it, and how each attempt went.
    pub deliveries: Link,
}

impl From<&SubscriptionRow> for SubscriptionView {
    fn from(row: &SubscriptionRow) -> Self {
        let path = format!("/v1/webhook-subscriptions/{}", row.id);
        Self {
            id: row.id,
            url: row.url.clone(),
            resource_types: row.resource_types(),
            enabled: row.enabled,
            disabled_reason: row.disabled_reason.clone(),
            disabled_at: row.disabled_at.map(|at| at.and_utc()),
            owner: row.owner.clone(),
            version: row.version,
            created_at: row.created_at.and_utc(),
            updated_at: row.updated_at.and_utc(),
            links: SubscriptionLinks {
                deliveries: Link::new(format!("{path}/deliveries")),
                self_link: Link::new(path),
            },
        }
    }
}

impl Audited for SubscriptionView {
    const RESOURCE_TYPE: &'static str = "webhookSubscription";
    // A subscriber's URL is its own business: audit trail only.
    const PUBLIC: bool = false;

    fn resource_id(&self) -> String {
        self.id.to_string()
    }

    fn resource_path(&self) -> String {
        self.links.self_link.href.clone()
    }
}

/// One page of webhook subscriptions.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookSubscriptionList)]
pub struct SubscriptionList {
    /// The subscriptions on this page.
    pub items: Vec<SubscriptionView>,
    /// Where this page stands.
    pub page: PageInfo,
    /// This, the next and the previous page.
    #[serde(rename = "_links")]
    pub links: PageLinks,
}

/// Order of `GET /v1/webhook-subscriptions`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionFilter {
    /// Order: `createdAt` (default, oldest first) or `-createdAt`.
    #[param(example = "createdAt")]
    pub sort: Option<String>,
}

impl ListFilter for SubscriptionFilter {
    const SORTABLE: &'static [&'static str] = &["createdAt"];
    const DEFAULT_SORT: &'static str = "createdAt";
}

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookDeliveryState)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryState {
    /// Not delivered yet: waiting for its turn or for its next attempt.
    Pending,
    /// Answered with a 2xx by the target.
    Delivered,
    /// Given up after the last retry; the subscription was disabled.
    Failed,
}

impl DeliveryState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Delivered => "delivered",
            Self::Failed => "failed",
        }
    }

    fn of(stored: &str) -> Self {
        match stored {
            "delivered" => Self::Delivered,
            "failed" => Self::Failed,
            _ => Self::Pending,
        }
    }
}

/// A stored delivery: one change for one subscription.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_deliveries)]
pub struct DeliveryRow {
    pub id: i64,
    pub subscription_id: i64,
    pub audit_event_id: i64,
    pub resource_key: String,
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub locked_until: Option<NaiveDateTime>,
    pub delivered_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// A stored attempt.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = webhook_attempts)]
pub struct AttemptRow {
    pub id: i64,
    pub delivery_id: i64,
    pub attempted_at: NaiveDateTime,
    pub status_code: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i64,
}

/// One change sent (or to be sent) to a subscription.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookDelivery)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryView {
    /// Identifier of the delivery.
    #[schema(example = 7)]
    pub id: i64,
    /// The `webhook-id` header it is sent with: the change's feed cursor,
    /// the same on every attempt.
    #[schema(example = "000000000000008a64bb2b62")]
    pub webhook_id: String,
    /// The `type` of the message, e.g. `covenant.updated`.
    #[schema(example = "covenant.updated")]
    pub event_type: String,
    /// The kind of resource changed.
    #[schema(example = "covenant")]
    pub resource_type: String,
    /// The resource's identifier, as in its path.
    #[schema(example = "textile")]
    pub resource_id: String,
    /// The record's version after the change.
    #[schema(example = 2)]
    pub version: i64,
    pub state: DeliveryState,
    /// Attempts made so far.
    #[schema(example = 1)]
    pub attempt_count: i32,
    /// When it will be tried next (UTC); `null` unless pending. A pending
    /// delivery also waits for the earlier ones of the same resource.
    #[schema(value_type = Option<String>, format = DateTime, example = "2026-11-23T10:15:05.000Z")]
    #[serde(serialize_with = "crate::http::optional_timestamp")]
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// When the target accepted it (UTC).
    #[schema(value_type = Option<String>, format = DateTime, example = json!(null))]
    #[serde(serialize_with = "crate::http::optional_timestamp")]
    pub delivered_at: Option<DateTime<Utc>>,
    /// When it was queued, with the change (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub created_at: DateTime<Utc>,
    /// Every attempt, oldest first.
    pub attempts: Vec<AttemptView>,
}

/// One attempt to deliver.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookAttempt)]
#[serde(rename_all = "camelCase")]
pub struct AttemptView {
    /// When it was sent (UTC).
    #[schema(example = "2026-11-23T10:15:00.000Z")]
    #[serde(serialize_with = "crate::http::timestamp")]
    pub attempted_at: DateTime<Utc>,
    /// The target's HTTP status; `null` when there was no answer.
    #[schema(example = 500)]
    pub status_code: Option<i32>,
    /// What went wrong; `null` for a 2xx.
    #[schema(example = "the target answered 500 Internal Server Error")]
    pub error: Option<String>,
    /// How long the attempt took, in milliseconds.
    #[schema(example = 84)]
    pub duration_ms: i64,
}

impl From<&AttemptRow> for AttemptView {
    fn from(row: &AttemptRow) -> Self {
        Self {
            attempted_at: row.attempted_at.and_utc(),
            status_code: row.status_code,
            error: row.error.clone(),
            duration_ms: row.duration_ms,
        }
    }
}

impl DeliveryView {
    /// The view of a delivery of the change `event`, with its attempts.
    pub fn of(
        row: &DeliveryRow,
        event: &crate::audit::model::AuditEventRow,
        attempts: Vec<AttemptView>,
    ) -> Self {
        let state = DeliveryState::of(&row.state);
        Self {
            id: row.id,
            webhook_id: event
                .feed_position
                .filter(|position| *position > 0)
                .map(crate::changes::cursor::encode)
                .unwrap_or_default(),
            event_type: event_type(&event.resource_type, event.action()),
            resource_type: event.resource_type.clone(),
            resource_id: event.resource_id.clone(),
            version: event.version,
            state,
            attempt_count: row.attempts,
            next_attempt_at: (state == DeliveryState::Pending)
                .then(|| row.next_attempt_at.and_utc()),
            delivered_at: row.delivered_at.map(|at| at.and_utc()),
            created_at: row.created_at.and_utc(),
            attempts,
        }
    }
}

/// A message's `type`: `covenant.created`, `sizeFact.deleted`.
pub fn event_type(resource_type: &str, action: crate::audit::Action) -> String {
    let done = match action {
        crate::audit::Action::Create => "created",
        crate::audit::Action::Update => "updated",
        crate::audit::Action::Delete => "deleted",
    };
    format!("{resource_type}.{done}")
}

/// One page of deliveries.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[schema(as = WebhookDeliveryList)]
pub struct DeliveryList {
    /// The deliveries on this page, newest first.
    pub items: Vec<DeliveryView>,
    /// Where this page stands.
    pub page: PageInfo,
    /// This, the next and the previous page.
    #[serde(rename = "_links")]
    pub links: PageLinks,
}

/// Filters of `GET /v1/webhook-subscriptions/{id}/deliveries`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeliveryFilter {
    /// Only deliveries in one of these states (comma-separated).
    #[param(value_type = Option<Vec<DeliveryState>>, style = Form, explode = false, min_items = 1, example = json!(["failed"]))]
    pub state: Option<AnyOf<DeliveryState>>,
    /// Order: `-createdAt` (default, newest first) or `createdAt`.
    #[param(example = "-createdAt")]
    pub sort: Option<String>,
}

impl ListFilter for DeliveryFilter {
    const SORTABLE: &'static [&'static str] = &["createdAt"];
    const DEFAULT_SORT: &'static str = "-createdAt";
    const CHANGED_SINCE: bool = false;
}
