//! The sender: a task of each instance that claims due deliveries from the
//! outbox, sends them, and settles each with how it went.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use serde::Serialize;

use crate::changes::model::ChangeView;
use crate::changes::queries::publish;
use crate::config::WebhookConfig;
use crate::db::{self, Pool};
use crate::http::public_base::PublicBase;
use crate::webhooks::model::event_type;
use crate::webhooks::outbox::{self, Claimed, Outcome};
use crate::webhooks::signature::SigningKey;
use crate::webhooks::target::Targets;

/// Most deliveries claimed and sent at once.
const BATCH: i64 = 64;

/// The body of a delivery, as Standard Webhooks shapes it.
#[derive(Serialize)]
struct Message<'a> {
    /// `covenant.updated`, `sizeFact.deleted`, ...
    r#type: String,
    /// When the change was committed.
    #[serde(serialize_with = "crate::http::timestamp")]
    timestamp: chrono::DateTime<chrono::Utc>,
    /// The change, as the change feed shows it.
    data: &'a ChangeView,
}

/// Sends what the outbox holds, for as long as the service runs. Links in
/// the messages start with `public_base` when it is configured (else they
/// are root-relative: no request says where the service is reached).
pub async fn deliver_forever(pool: Pool, config: WebhookConfig, public_base: Option<Arc<str>>) {
    let targets = match Targets::new(&config) {
        Ok(targets) => Arc::new(targets),
        Err(error) => {
            tracing::error!(%error, "webhooks cannot be sent: no HTTP client");
            return;
        }
    };
    let public_base = public_base.map(PublicBase::new);
    // A delivery in flight keeps its claim for longer than it can take
    // (the attempt's timeout, then recording it); no longer, so that what
    // a stopped instance had claimed is soon sent by another.
    let lease = config.timeout + Duration::from_secs(5);
    loop {
        let claimed = db::run(&pool, move |conn| {
            publish(conn)?;
            outbox::claim(conn, lease, BATCH)
        })
        .await;
        let claimed = match claimed {
            Ok(claimed) if !claimed.is_empty() => claimed,
            Ok(_) => {
                tokio::time::sleep(config.poll_interval).await;
                continue;
            }
            Err(error) => {
                tracing::warn!(%error, "webhook outbox unavailable");
                tokio::time::sleep(config.poll_interval.max(Duration::from_secs(1))).await;
                continue;
            }
        };
        // One per resource and subscription: sending them together keeps
        // each resource's order.
        let sent = join_all(
            claimed
                .into_iter()
                .map(|claimed| send(&targets, public_base.as_ref(), claimed)),
        )
        .await;
        let delays = config.retry_delays.clone();
        let settled = db::run(&pool, move |conn| {
            for (claimed, outcome) in &sent {
                if let Err(error) = outbox::settle(conn, claimed, outcome, &delays) {
                    // Its claim expires and it is sent again.
                    tracing::warn!(delivery = claimed.delivery.id, %error, "webhook attempt not recorded");
                }
            }
            Ok(())
        })
        .await;
        if let Err(error) = settled {
            tracing::warn!(%error, "webhook attempts not recorded");
        }
    }
}

/// One attempt to deliver a claimed change.
async fn send(
    targets: &Targets,
    public_base: Option<&PublicBase>,
    claimed: Claimed,
) -> (Claimed, Outcome) {
    let attempted_at = db::now();
    let started = Instant::now();
    let result = attempt(targets, public_base, &claimed).await;
    let duration = started.elapsed();
    let (status, error) = match result {
        Ok(status) if (200..300).contains(&status) => (Some(status), None),
        Ok(status) => (Some(status), Some(format!("the target answered {status}"))),
        Err(error) => (None, Some(error)),
    };
    if let Some(error) = &error {
        tracing::info!(
            delivery = claimed.delivery.id,
            subscription = claimed.subscription.id,
            %error,
            "webhook delivery failed"
        );
    }
    let outcome = Outcome {
        attempted_at,
        status,
        error,
        duration,
    };
    (claimed, outcome)
}

/// Signs and posts the message; the target's status, or why there is none.
async fn attempt(
    targets: &Targets,
    public_base: Option<&PublicBase>,
    claimed: &Claimed,
) -> Result<u16, String> {
    let Some(position) = claimed.event.feed_position else {
        return Err("the change is not published yet".into());
    };
    let change = ChangeView::of(&claimed.event, position);
    let message = Message {
        r#type: event_type(&claimed.event.resource_type, claimed.event.action()),
        timestamp: change.changed_at,
        data: &change,
    };
    let body = serde_json::to_string(&message).map_err(|e| e.to_string())?;
    let body = match public_base {
        Some(base) => base.absolute_links(&body),
        None => body,
    };
    let key = SigningKey::parse(&claimed.subscription.secret)?;
    let client = targets.client_for(&claimed.subscription.url)?;
    let timestamp = chrono::Utc::now().timestamp();
    let response = client
        .post(&claimed.subscription.url)
        .header("content-type", "application/json")
        .header("webhook-id", &change.cursor)
        .header("webhook-timestamp", timestamp.to_string())
        .header(
            "webhook-signature",
            key.sign(&change.cursor, timestamp, body.as_bytes()),
        )
        .body(body)
        .send()
        .await
        .map_err(describe)?;
    Ok(response.status().as_u16())
}

/// A transport error with its causes, as the attempt log shows it.
fn describe(error: reqwest::Error) -> String {
    let mut text = if error.is_timeout() {
        "no answer in time".to_owned()
    } else if error.is_connect() {
        "could not connect".to_owned()
    } else {
        "the request failed".to_owned()
    };
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
