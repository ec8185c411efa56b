//! `/v1/webhook-subscriptions`: any token may subscribe; each subscription
//! belongs to its token's subject, who alone (besides admins) sees and
//! changes it. Its writes run the one write flow (`crud::insert_once`,
//! `crud::write` through `Stored`), but it is read through its owner, so it
//! is not a `Resource` with public reads: a subscription is a subscriber's
//! own business, in the audit trail and not in the feed.

use std::sync::Arc;

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};

use crate::audit::Action;
use crate::auth::{Principal, Role};
use crate::db::{self, DbConnection, Pool};
use crate::error::{AppError, FieldError};
use crate::http::conditional::json_with_etag;
use crate::http::crud::{
    Change, StoredWrite, insert_once, patched, record_change, replaced, write,
};
use crate::http::json_body::{JsonBody, MergePatch};
use crate::http::listing::{ChangeParams, ListQuery, PageParams, SortKey};
use crate::webhooks::model::{
    DeliveryFilter, DeliveryList, SubscriptionFilter, SubscriptionInput, SubscriptionList,
    SubscriptionPatch, SubscriptionRow, SubscriptionView,
};
use crate::webhooks::outbox;
use crate::webhooks::queries::{self, Owner};
use crate::webhooks::target::Targets;

const TAG: &str = "Webhooks";

fn owner(principal: &Principal) -> Owner {
    match principal.role {
        Role::Admin => Owner::Anyone,
        _ => Owner::Subject(principal.sub.clone()),
    }
}

/// Whether a `sort` on `createdAt` (the only key) asks for newest first.
fn newest_first(sort: &[SortKey]) -> bool {
    sort.first().is_some_and(|key| key.descending)
}

/// A 400 when the service will not send to the input's URL.
fn admit(targets: &Targets, input: &SubscriptionInput) -> Result<(), AppError> {
    match targets.refusal(&input.url) {
        Some(why) => Err(AppError::invalid(vec![FieldError::body("/url", why)])),
        None => Ok(()),
    }
}

/// Subscribe to changes
///
/// From now on, every create, update and delete of the resource types
/// named is `POST`ed to `url`, as the change feed shows it, signed as the
/// Standard Webhooks specification says (`webhook-id`: the change's feed
/// cursor; `webhook-timestamp`; `webhook-signature`: HMAC-SHA256 with the
/// secret). Deliveries arrive at least once (deduplicate by `webhook-id`)
/// and, per resource, in order. A target that answers anything but a 2xx
/// gets the delivery again after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10
/// and 10 hours; after that the subscription is disabled and says why. A
/// `410 Gone` answer disables it at once. Any token may subscribe; the
/// subscription belongs to the token's subject. For a copy of what happened
/// before, or to catch up after a pause, read the change feed.
#[utoipa::path(
    tag = TAG,
    operation_id = "createWebhookSubscription",
    request_body = SubscriptionInput,
    security(("bearerAuth" = [])),
    responses((status = 201, description = "The subscription was made.", body = SubscriptionView)),
)]
#[post("/webhook-subscriptions")]
#[tracing::instrument(skip_all)]
pub async fn create_subscription(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    targets: web::Data<Targets>,
    body: JsonBody<SubscriptionInput>,
) -> Result<HttpResponse, AppError> {
    let input = body.parse()?;
    admit(&targets, &input)?;
    let fingerprint = input.clone();
    insert_once(
        &req,
        principal,
        &pool,
        &fingerprint,
        move |conn, principal| {
            let row = queries::insert(conn, &principal.sub, &input)?;
            let view = SubscriptionView::from(&row);
            record_change(conn, principal, Action::Create, None, Some(&view), &row)?;
            Ok(view)
        },
    )
    .await
}

/// List your webhook subscriptions
///
/// The subscriptions of the token's subject, oldest first (an admin's
/// token: everyone's).
#[utoipa::path(
    tag = TAG,
    operation_id = "listWebhookSubscriptions",
    params(PageParams, ChangeParams, SubscriptionFilter),
    security(("bearerAuth" = [])),
    responses((status = 200, description = "A page of webhook subscriptions.", body = SubscriptionList)),
)]
#[get("/webhook-subscriptions")]
#[tracing::instrument(skip_all)]
pub async fn list_subscriptions(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    query: ListQuery<SubscriptionFilter>,
) -> Result<HttpResponse, AppError> {
    let owner = owner(&principal);
    let (since, newest_first) = (query.changed_since, newest_first(&query.sort));
    let (offset, limit) = (query.offset(), query.limit());
    let (rows, total) = db::run(&pool, move |conn| {
        queries::list(conn, &owner, since, newest_first, offset, limit)
    })
    .await?;
    json_with_etag(
        &req,
        &SubscriptionList {
            items: rows.iter().map(SubscriptionView::from).collect(),
            page: query.page_info(total),
            links: query.links(total),
        },
    )
}

/// Get a webhook subscription
///
/// One of the token subject's subscriptions (an admin's token: anyone's),
/// with whether it is enabled and, if the service disabled it, why.
#[utoipa::path(
    tag = TAG,
    operation_id = "getWebhookSubscription",
    params(("id" = i64, Path, description = "The subscription's identifier.", example = 1)),
    security(("bearerAuth" = [])),
    responses((status = 200, description = "The webhook subscription.", body = SubscriptionView)),
)]
#[get("/webhook-subscriptions/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn get_subscription(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let (owner, id) = (owner(&principal), id.into_inner());
    let row = db::run(&pool, move |conn| queries::load(conn, &owner, id)).await?;
    json_with_etag(&req, &SubscriptionView::from(&row))
}

/// Replace a webhook subscription
///
/// Writes the whole subscription, its secret included. Setting `enabled`
/// to true re-enables one the service disabled: what it gave up on is sent
/// again, oldest first.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceWebhookSubscription",
    params(("id" = i64, Path, description = "The subscription's identifier.", example = 1)),
    request_body(content = SubscriptionInput, description = "The whole subscription.",
        example = json!({
            "url": "https://ngo.example.org/hooks/imvo",
            "resourceTypes": ["covenant", "participation", "organisation"],
            "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "enabled": true
        })),
    security(("bearerAuth" = [])),
    responses((status = 200, description = "The subscription as it is now.", body = SubscriptionView)),
)]
#[put("/webhook-subscriptions/{id}")]
#[tracing::instrument(skip(req, principal, pool, targets, body))]
pub async fn replace_subscription(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    targets: web::Data<Targets>,
    id: web::Path<i64>,
    body: JsonBody<SubscriptionInput>,
) -> Result<HttpResponse, AppError> {
    let input = body.parse()?;
    let stored = Stored {
        id: id.into_inner(),
        targets: targets.into_inner(),
    };
    let view = write(&req, principal, &pool, stored, replaced(input)).await?;
    json_with_etag(&req, &view)
}

/// Change a webhook subscription
///
/// A JSON Merge Patch (RFC 7396) of the subscription: `{"enabled": false}`
/// pauses it, `{"enabled": true}` re-enables it (what the service gave up on
/// is sent again, oldest first), `{"secret": "whsec_..."}` rotates the
/// secret.
#[utoipa::path(
    tag = TAG,
    operation_id = "patchWebhookSubscription",
    params(("id" = i64, Path, description = "The subscription's identifier.", example = 1)),
    request_body(content = SubscriptionPatch, content_type = "application/merge-patch+json",
        description = "The members to change.", example = json!({"enabled": true})),
    security(("bearerAuth" = [])),
    responses((status = 200, description = "The subscription as it is now.", body = SubscriptionView)),
)]
#[patch("/webhook-subscriptions/{id}")]
#[tracing::instrument(skip(req, principal, pool, targets, patch))]
pub async fn patch_subscription(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    targets: web::Data<Targets>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    let patch = patch.parse()?;
    let stored = Stored {
        id: id.into_inner(),
        targets: targets.into_inner(),
    };
    let view = write(&req, principal, &pool, stored, patched(patch)).await?;
    json_with_etag(&req, &view)
}

/// A stored subscription as the write flow sees it: found through its
/// owner (404 for anyone else), its URL admitted by the target rules, and
/// the deliveries given up queued again when it is enabled again.
struct Stored {
    id: i64,
    targets: Arc<Targets>,
}

impl StoredWrite for Stored {
    type Record = SubscriptionRow;
    type Input = SubscriptionInput;
    type View = SubscriptionView;

    fn load(
        &self,
        conn: &mut DbConnection,
        principal: &Principal,
    ) -> Result<SubscriptionRow, AppError> {
        queries::load(conn, &owner(principal), self.id)
    }

    fn view(record: &SubscriptionRow) -> SubscriptionView {
        SubscriptionView::from(record)
    }

    fn input(record: &SubscriptionRow) -> SubscriptionInput {
        SubscriptionInput::from(record)
    }

    fn check_input(&self, input: &SubscriptionInput) -> Result<(), AppError> {
        admit(&self.targets, input)
    }

    fn may_write_input(_: &Principal, _: &SubscriptionInput) -> Result<(), AppError> {
        Ok(())
    }

    fn update(
        &self,
        conn: &mut DbConnection,
        current: &SubscriptionRow,
        input: &SubscriptionInput,
    ) -> Result<SubscriptionRow, AppError> {
        let updated = queries::update(conn, current, input)?;
        if updated.enabled && !current.enabled {
            outbox::requeue_failed(conn, self.id)?;
        }
        Ok(updated)
    }

    fn delete(
        &self,
        conn: &mut DbConnection,
        principal: &Principal,
        current: &SubscriptionRow,
    ) -> Result<(), AppError> {
        queries::delete(conn, current)?;
        let before = SubscriptionView::from(current);
        record_change(
            conn,
            principal,
            Action::Delete,
            Some(&before),
            None,
            current,
        )
    }
}

/// Delete a webhook subscription
///
/// Nothing more is sent to it; its deliveries and their attempts go with
/// it.
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteWebhookSubscription",
    params(("id" = i64, Path, description = "The subscription's identifier.", example = 1)),
    security(("bearerAuth" = [])),
    responses((status = 204, description = "The subscription is gone.")),
)]
#[delete("/webhook-subscriptions/{id}")]
#[tracing::instrument(skip(req, principal, pool, targets))]
pub async fn delete_subscription(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    targets: web::Data<Targets>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let stored = Stored {
        id: id.into_inner(),
        targets: targets.into_inner(),
    };
    write(&req, principal, &pool, stored, Change::Delete).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List a subscription's deliveries
///
/// What was sent, or is to be sent, to the subscription, newest first:
/// each change with its state, when it will be tried next, and every
/// attempt with the target's status or what went wrong. A delivered one is
/// kept for 30 days (the deployment's `WEBHOOK_RETENTION_DAYS`); pending and
/// failed ones until they are delivered.
#[utoipa::path(
    tag = TAG,
    operation_id = "listWebhookDeliveries",
    params(("id" = i64, Path, description = "The subscription's identifier.", example = 1),
        PageParams, DeliveryFilter),
    security(("bearerAuth" = [])),
    responses((status = 200, description = "A page of deliveries.", body = DeliveryList)),
)]
#[get("/webhook-subscriptions/{id}/deliveries")]
#[tracing::instrument(skip(req, principal, pool, query))]
pub async fn list_deliveries(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    query: ListQuery<DeliveryFilter>,
) -> Result<HttpResponse, AppError> {
    let (owner, id) = (owner(&principal), id.into_inner());
    let states = (query.filter.state.as_ref()).map(|s| s.stored(|v| v.as_str()));
    let (newest_first, offset, limit) = (newest_first(&query.sort), query.offset(), query.limit());
    let (items, total) = db::run(&pool, move |conn| {
        queries::load(conn, &owner, id)?;
        queries::deliveries(conn, id, states.as_deref(), newest_first, offset, limit)
    })
    .await?;
    json_with_etag(
        &req,
        &DeliveryList {
            items,
            page: query.page_info(total),
            links: query.links(total),
        },
    )
}
