//! A webhook receiver for the tests: a small HTTP server on 127.0.0.1 that
//! records every request it gets, answers by a policy the test sets, checks
//! each Standard Webhooks signature on its own (with `hmac`, `sha2` and
//! `base64`, not with the service's code), and can be stopped and started
//! again on the same port.

use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

/// How the receiver answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// 200 to everything.
    AlwaysOk,
    /// 500 to every third request (the 3rd, 6th, ...), 200 to the others.
    FailEveryThird,
    /// 500 to everything.
    AlwaysFail,
    /// 410 Gone to everything.
    Gone,
    /// No answer until the policy changes; then as the new policy says.
    Stall,
}

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    /// The raw body, exactly as signed.
    pub body: Vec<u8>,
    pub at: Instant,
    /// Whether `webhook-signature` holds the HMAC of this request.
    pub signature_valid: bool,
    /// The status the receiver answered.
    pub status: u16,
}

impl Received {
    /// The header's value ("" when absent).
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn webhook_id(&self) -> &str {
        self.header("webhook-id")
    }

    /// The body as JSON (panics when it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "a webhook body that is not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// Answered with a 2xx: the sender may count it as delivered.
    pub fn acknowledged(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// What the server's handler shares with the test.
struct Shared {
    /// The signing key: the secret's bytes after `whsec_`, base64-decoded.
    key: Vec<u8>,
    policy: Mutex<Policy>,
    /// Requests answered so far, across restarts (for `FailEveryThird`).
    count: AtomicUsize,
    received: Mutex<Vec<Received>>,
}

pub struct Receiver {
    shared: Arc<Shared>,
    port: u16,
    handle: Option<ServerHandle>,
}

/// A fresh secret in the service's format: `whsec_` and the base64 of 32
/// random bytes.
pub fn new_secret() -> String {
    let mut bytes = uuid::Uuid::new_v4().as_bytes().to_vec();
    bytes.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    format!("whsec_{}", STANDARD.encode(bytes))
}

impl Receiver {
    /// Starts a receiver on a free port that checks signatures made with
    /// `secret` (`whsec_...`).
    pub fn start(secret: &str, policy: Policy) -> Self {
        let key = STANDARD
            .decode(secret.strip_prefix("whsec_").expect("a whsec_ secret"))
            .expect("a base64 secret");
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port for the receiver");
        let port = listener.local_addr().expect("its address").port();
        let mut receiver = Self {
            shared: Arc::new(Shared {
                key,
                policy: Mutex::new(policy),
                count: AtomicUsize::new(0),
                received: Mutex::new(Vec::new()),
            }),
            port,
            handle: None,
        };
        receiver.serve(listener);
        receiver
    }

    fn serve(&mut self, listener: TcpListener) {
        let shared = self.shared.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(web::Data::new(shared.clone()))
                .default_service(web::to(handle))
        })
        .workers(1)
        .disable_signals()
        // Do not wait long for keep-alive connections when stopping.
        .shutdown_timeout(1)
        .listen(listener)
        .expect("the receiver listens")
        .run();
        self.handle = Some(server.handle());
        actix_web::rt::spawn(server);
    }

    /// A URL on this receiver, e.g. `url("/hook")`.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Stops listening: connections to the port are refused until
    /// `restart`.
    pub async fn stop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.stop(true).await;
        }
    }

    /// Listens again on the same port (retrying while the old socket is
    /// being released).
    pub async fn restart(&mut self) {
        assert!(self.handle.is_none(), "the receiver is running");
        let deadline = Instant::now() + Duration::from_secs(10);
        let listener = loop {
            match TcpListener::bind(("127.0.0.1", self.port)) {
                Ok(listener) => break listener,
                Err(e) if Instant::now() < deadline => {
                    let _ = e;
                    actix_web::rt::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("cannot listen on port {} again: {e}", self.port),
            }
        };
        self.serve(listener);
    }

    pub fn set_policy(&self, policy: Policy) {
        *self.shared.policy.lock().unwrap() = policy;
    }

    /// Every request so far, in order of arrival.
    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }
}

/// Answers any request by the policy, after recording it.
async fn handle(
    request: HttpRequest,
    body: web::Bytes,
    shared: web::Data<Arc<Shared>>,
) -> HttpResponse {
    let n = shared.count.fetch_add(1, Ordering::SeqCst) + 1;
    while *shared.policy.lock().unwrap() == Policy::Stall {
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
    }
    let status = match *shared.policy.lock().unwrap() {
        Policy::AlwaysOk => 200,
        Policy::FailEveryThird if n % 3 == 0 => 500,
        Policy::FailEveryThird => 200,
        Policy::AlwaysFail => 500,
        Policy::Gone => 410,
        Policy::Stall => unreachable!("answered once the stall ends"),
    };
    let headers = request
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let mut received = Received {
        method: request.method().to_string(),
        path: request.path().to_owned(),
        headers,
        body: body.to_vec(),
        at: Instant::now(),
        signature_valid: false,
        status,
    };
    received.signature_valid = verify(&shared.key, &received);
    // Recorded before the answer goes out: whatever the sender does after
    // this answer comes later in the list.
    shared.received.lock().unwrap().push(received);
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap()).finish()
}

/// Standard Webhooks: `webhook-signature` holds (space-separated) `v1,` +
/// base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")).
fn verify(key: &[u8], request: &Received) -> bool {
    let (id, timestamp) = (
        request.header("webhook-id"),
        request.header("webhook-timestamp"),
    );
    if id.is_empty() || timestamp.is_empty() {
        return false;
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key");
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(&request.body);
    let expected = format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()));
    request
        .header("webhook-signature")
        .split(' ')
        .any(|signature| signature == expected)
}
