//! Measures how long webhooks take to arrive: subscribes a receiver on
//! loopback to every change, updates sectors at a steady rate, and times
//! each change from its commit (the message's `data.changedAt`) to its
//! arrival. The service must allow the receiver's origin
//! (`WEBHOOK_ALLOWED_TARGETS=http://127.0.0.1`), and the token must be an
//! admin's (sectors are written by admins):
//!
//! ```sh
//! cargo run --release --example webhook_latency -- \
//!     --base-url http://127.0.0.1:8080 --token "$(imvo-tracker token --role admin)"
//! ```
//!
//! Prints one line, `webhook_latency changes=3000 received=3000 p50_ms=...
//! p99_ms=... max_ms=... ...`, and fails when a write failed, a change did
//! not arrive in time, or a message was not signed with the secret.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use clap::Parser;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;

#[derive(Parser)]
#[command(about = "Times webhook delivery from commit to arrival")]
struct Args {
    /// The service, without `/v1`.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    base_url: String,
    /// A bearer token with the admin role.
    #[arg(long, env = "IMVO_TOKEN", hide_env_values = true)]
    token: String,
    /// Changes written per second.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    rate: u32,
    /// For how long changes are written.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..))]
    seconds: u32,
    /// How many sectors are updated in turn. Deliveries of one resource go
    /// out one at a time, in order, so fewer records make a queue per record.
    #[arg(long, default_value_t = 16)]
    records: usize,
    /// How long to wait for the last deliveries after the last write.
    #[arg(long, default_value_t = 30)]
    wait_seconds: u64,
}

/// What the receiver has seen.
#[derive(Default)]
struct Arrivals {
    /// Milliseconds from commit to first arrival, per change (`sector/textile/7`).
    latency_ms: HashMap<String, f64>,
    /// Messages of a change that had arrived before (delivery is at least once).
    duplicates: usize,
    /// Messages refused: unsigned, wrongly signed or unreadable.
    rejected: usize,
}

/// The receiver's state, shared by its workers and `main`.
struct Receiver {
    key: Vec<u8>,
    arrivals: Mutex<Arrivals>,
}

impl Receiver {
    /// The change a message reports and when it was committed, if the
    /// message is signed with our key (Standard Webhooks: HMAC-SHA256 over
    /// `{webhook-id}.{webhook-timestamp}.{body}`).
    fn read(&self, req: &HttpRequest, body: &[u8]) -> Result<(String, DateTime<Utc>), String> {
        let header = |name: &str| {
            req.headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .ok_or(format!("no {name} header"))
        };
        let (id, timestamp) = (header("webhook-id")?, header("webhook-timestamp")?);
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).map_err(text)?;
        mac.update(format!("{id}.{timestamp}.").as_bytes());
        mac.update(body);
        let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
        // The header may carry several signatures, space-separated.
        if !header("webhook-signature")?
            .split(' ')
            .any(|s| s == expected)
        {
            return Err(format!("message {id}: wrong signature"));
        }
        let message: Value = serde_json::from_slice(body).map_err(text)?;
        let data = &message["data"];
        let changed_at = data["changedAt"]
            .as_str()
            .and_then(|at| at.parse::<DateTime<Utc>>().ok())
            .ok_or(format!("message {id}: no data.changedAt"))?;
        Ok((change_key(data), changed_at))
    }
}

/// A change's identity: the sector and the English name it was given,
/// which is different in every write (a sector's answer has no version).
fn change_key(data: &Value) -> String {
    let field = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    sector_key(
        &field(&data["resourceId"]),
        &field(&data["resource"]["nameEn"]),
    )
}

fn sector_key(code: &str, name: &str) -> String {
    format!("sector/{code}/{name}")
}

/// A merge patch of a sector's English name.
fn rename(
    client: &reqwest::Client,
    api: &str,
    auth: &str,
    code: &str,
    name: &str,
) -> reqwest::RequestBuilder {
    client
        .patch(format!("{api}/sectors/{code}"))
        .header("authorization", auth)
        .header("content-type", "application/merge-patch+json")
        .body(json!({ "nameEn": name }).to_string())
}

/// The receiver's one route: records the arrival, answers 204.
async fn receive(req: HttpRequest, body: web::Bytes, state: web::Data<Receiver>) -> HttpResponse {
    let arrived = Utc::now();
    let read = state.read(&req, &body);
    let mut arrivals = state.arrivals.lock().unwrap();
    match read {
        Ok((change, changed_at)) => {
            let ms = (arrived - changed_at)
                .num_microseconds()
                .unwrap_or(i64::MAX) as f64
                / 1e3;
            // A change that arrives again keeps its first arrival's time.
            let arrivals = &mut *arrivals;
            match arrivals.latency_ms.entry(change) {
                Entry::Vacant(first) => {
                    first.insert(ms);
                }
                Entry::Occupied(_) => arrivals.duplicates += 1,
            }
            HttpResponse::NoContent().finish()
        }
        Err(why) => {
            arrivals.rejected += 1;
            eprintln!("refused a message: {why}");
            HttpResponse::BadRequest().body(why)
        }
    }
}

fn text(error: impl std::fmt::Display) -> String {
    error.to_string()
}

/// Sends a request; its JSON body if it answered `want`, else why not.
async fn call(request: reqwest::RequestBuilder, want: u16) -> Result<Value, String> {
    let response = request.send().await.map_err(text)?;
    let status = response.status().as_u16();
    let body = response.text().await.map_err(text)?;
    if status != want {
        return Err(format!("answered {status}, not {want}: {body}"));
    }
    if body.is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_str(&body).map_err(text)
}

/// The `p`-quantile of sorted values, nearest rank: the smallest value that
/// at least a share `p` of them do not exceed.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[actix_web::main]
async fn main() -> Result<(), String> {
    let args = Args::parse();
    let api = format!("{}/v1", args.base_url.trim_end_matches('/'));
    let client = reqwest::Client::new();
    let auth = format!("Bearer {}", args.token);

    // The receiver, on a port of its own choosing, with a fresh secret.
    let key: Vec<u8> = [uuid::Uuid::new_v4(), uuid::Uuid::new_v4()]
        .iter()
        .flat_map(|u| u.into_bytes())
        .collect();
    let secret = format!("whsec_{}", STANDARD.encode(&key));
    let receiver = web::Data::new(Receiver {
        key,
        arrivals: Mutex::default(),
    });
    let shared = receiver.clone();
    let server = HttpServer::new(move || {
        App::new()
            .app_data(shared.clone())
            .route("/hook", web::post().to(receive))
    })
    .workers(1)
    .disable_signals()
    .bind(("127.0.0.1", 0))
    .map_err(text)?;
    let hook = format!("http://{}/hook", server.addrs()[0]);
    let server = server.run();
    let server_handle = server.handle();
    actix_web::rt::spawn(server);

    // The sectors to update, with their English names.
    let sectors = call(client.get(format!("{api}/sectors?pageSize=100")), 200).await?;
    let records: Vec<(String, String)> = sectors["items"]
        .as_array()
        .into_iter()
        .flatten()
        .take(args.records)
        .filter_map(|s| {
            Some((
                s["code"].as_str()?.to_owned(),
                s["nameEn"].as_str()?.to_owned(),
            ))
        })
        .collect();
    if records.is_empty() {
        return Err(format!("{api}/sectors lists no sectors to update"));
    }

    // Every resource type (an empty list).
    let subscription = call(
        client
            .post(format!("{api}/webhook-subscriptions"))
            .header("authorization", &auth)
            .json(&json!({"url": hook, "secret": secret, "resourceTypes": []})),
        201,
    )
    .await
    .map_err(|e| format!("subscribing {hook}: {e}"))?;
    // The service writes absolute links; a root-relative one would do too.
    let subscription = match subscription["_links"]["self"]["href"].as_str() {
        Some(link) if link.starts_with('/') => {
            format!("{}{link}", args.base_url.trim_end_matches('/'))
        }
        Some(link) => link.to_owned(),
        None => return Err("the subscription has no self link".into()),
    };

    // Writes at a steady pace: one per tick, each in its own task so that a
    // slow answer does not hold up the next; a late tick is not made up
    // with a burst.
    let total = args.rate as usize * args.seconds as usize;
    let mut ticker = tokio::time::interval(Duration::from_secs_f64(1.0 / f64::from(args.rate)));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let began = Instant::now();
    let mut writes = Vec::with_capacity(total);
    for n in 0..total {
        ticker.tick().await;
        let (code, name) = &records[n % records.len()];
        let name = format!("{name} (benchmark write {n})");
        let request = rename(&client, &api, &auth, code, &name);
        let change = sector_key(code, &name);
        writes.push(actix_web::rt::spawn(async move {
            call(request, 200).await.map(|_| change)
        }));
    }
    let span = began.elapsed().as_secs_f64();
    let write_rate = if total > 1 {
        (total - 1) as f64 / span
    } else {
        0.0
    };

    // The changes made.
    let mut expected = Vec::with_capacity(total);
    let mut failed_writes = 0;
    for write in writes {
        match write.await.map_err(text).and_then(|answer| answer) {
            Ok(change) => expected.push(change),
            Err(why) => {
                failed_writes += 1;
                eprintln!("a write failed: {why}");
            }
        }
    }

    // Until every change has arrived, or the deadline.
    let deadline = Instant::now() + Duration::from_secs(args.wait_seconds);
    let missing = |arrivals: &Arrivals| {
        expected
            .iter()
            .filter(|change| !arrivals.latency_ms.contains_key(*change))
            .count()
    };
    while missing(&receiver.arrivals.lock().unwrap()) > 0 && Instant::now() < deadline {
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }

    // Nothing more is sent to this receiver.
    let removed = call(
        client.delete(&subscription).header("authorization", &auth),
        204,
    )
    .await;
    if let Err(why) = removed {
        eprintln!("deleting {subscription}: {why}");
    }
    server_handle.stop(false).await;
    // The sectors get their names back.
    for (code, name) in &records {
        if let Err(why) = call(rename(&client, &api, &auth, code, name), 200).await {
            eprintln!("restoring the name of sector {code}: {why}");
        }
    }

    let arrivals = receiver.arrivals.lock().unwrap();
    let mut latencies: Vec<f64> = expected
        .iter()
        .filter_map(|change| arrivals.latency_ms.get(change).copied())
        .collect();
    latencies.sort_by(f64::total_cmp);
    let stat = |p: f64| {
        if latencies.is_empty() {
            "-".to_owned()
        } else {
            format!("{:.1}", quantile(&latencies, p))
        }
    };
    println!(
        "webhook_latency changes={} received={} p50_ms={} p99_ms={} max_ms={} write_rate={write_rate:.1} \
         records={} failed_writes={failed_writes} duplicates={} rejected={}",
        expected.len(),
        latencies.len(),
        stat(0.5),
        stat(0.99),
        stat(1.0),
        records.len(),
        arrivals.duplicates,
        arrivals.rejected,
    );
    let missed = expected.len() - latencies.len();
    if failed_writes > 0 || missed > 0 || arrivals.rejected > 0 {
        return Err(format!(
            "{failed_writes} writes failed, {missed} changes did not arrive within {} s, {} messages refused",
            args.wait_seconds, arrivals.rejected
        ));
    }
    Ok(())
}
