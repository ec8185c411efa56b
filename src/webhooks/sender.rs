//! The sender: a task of each instance that claims due deliveries from the
//! outbox, sends them, and settles each with how it went.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::{Either, FutureExt, select};
use futures_util::stream::{FuturesUnordered, StreamExt};
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

/// Most deliveries in flight at once, in all and to one subscription: a
/// slow target holds up its own deliveries, never everyone's.
const IN_FLIGHT: usize = 64;
const IN_FLIGHT_PER_SUBSCRIPTION: usize = 8;

/// The body of a delivery, as Standard Webhooks shapes it.
#[derive(Serialize)]
struct Message<'a> {
    /// `covenant.updated`, `sizeFact.deleted`, ...
    r#type: String,
    /// When the change was made (its `changedAt`).
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
    let delays: Arc<[Duration]> = config.retry_delays.clone().into();
    // A delivery in flight keeps its claim for longer than it can take
    // (the attempt's timeout, then recording it); no longer, so that what
    // a stopped instance had claimed is soon sent by another.
    let lease = config.timeout + Duration::from_secs(5);
    let mut pruned_at: Option<Instant> = None;
    let mut in_flight = FuturesUnordered::new();
    // Deliveries in flight per subscription.
    let mut busy: HashMap<i64, usize> = HashMap::new();
    loop {
        if pruned_at.is_none_or(|at| at.elapsed() >= prune_every(&config)) {
            pruned_at = Some(Instant::now());
            prune(&pool, config.retention).await;
        }
        let room = IN_FLIGHT - in_flight.len();
        if room > 0 {
            let taken = busy.clone();
            let claimed = db::run(&pool, move |conn| {
                publish(conn)?;
                outbox::claim(conn, lease, room, &taken, IN_FLIGHT_PER_SUBSCRIPTION)
            })
            .await;
            match claimed {
                Ok(claimed) => {
                    for claimed in claimed {
                        *busy.entry(claimed.subscription.id).or_default() += 1;
                        in_flight.push(deliver(
                            pool.clone(),
                            Arc::clone(&targets),
                            public_base.clone(),
                            Arc::clone(&delays),
                            claimed,
                        ));
                    }
                }
                Err(error) => {
                    tracing::warn!(%error, "webhook outbox unavailable");
                    tokio::time::sleep(config.poll_interval.max(Duration::from_secs(1))).await;
                }
            }
        }
        // Until a delivery is done (its resource's next change may be due)
        // or it is time to look again.
        let pause = Box::pin(tokio::time::sleep(config.poll_interval));
        if in_flight.is_empty() {
            pause.await;
            continue;
        }
        if let Either::Left((Some(subscription), _)) = select(in_flight.next(), pause).await {
            let mut done = vec![subscription];
            while let Some(Some(subscription)) = in_flight.next().now_or_never() {
                done.push(subscription);
            }
            for subscription in done {
                if let Some(count) = busy.get_mut(&subscription) {
                    *count -= 1;
                    if *count == 0 {
                        busy.remove(&subscription);
                    }
                }
            }
        }
    }
}

/// How often delivered deliveries past their retention are removed: hourly,
/// or more often when they are kept for less than ten hours.
fn prune_every(config: &WebhookConfig) -> Duration {
    (config.retention / 10).clamp(config.poll_interval, Duration::from_secs(3600))
}

/// Removes the deliveries delivered longer than `retention` ago.
async fn prune(pool: &Pool, retention: Duration) {
    let Ok(retention) = chrono::Duration::from_std(retention) else {
        return;
    };
    let cutoff = db::now() - retention;
    match db::run(pool, move |conn| outbox::prune(conn, cutoff)).await {
        Ok(0) => {}
        Ok(removed) => tracing::info!(removed, "delivered webhooks past their retention removed"),
        Err(error) => tracing::warn!(%error, "delivered webhooks not pruned"),
    }
}

/// Sends a claimed delivery and records how it went; answers its
/// subscription.
async fn deliver(
    pool: Pool,
    targets: Arc<Targets>,
    public_base: Option<PublicBase>,
    delays: Arc<[Duration]>,
    claimed: Claimed,
) -> i64 {
    let subscription = claimed.subscription.id;
    let (claimed, outcome) = send(&targets, public_base.as_ref(), claimed).await;
    let settled = db::run(&pool, move |conn| {
        outbox::settle(conn, &claimed, &outcome, &delays)
    })
    .await;
    if let Err(error) = settled {
        // Its claim expires and it is sent again.
        tracing::warn!(%error, "webhook attempt not recorded");
    }
    subscription
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
