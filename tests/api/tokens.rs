//! What a bearer token must be, beyond a good signature: one credential, a
//! subject to record, no critical extension unknown here, an audience that
//! names this service; and the settings around it (a private key given as
//! the public one, the database password) never leak or break later.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use imvo_tracker::auth::{Authenticator, Role};
use imvo_tracker::config::{AuthConfig, DatabaseTarget, JwtAlgorithm};
use jsonwebtoken::{Algorithm, EncodingKey};
use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::helpers::{
    TEST_SECRET, TestApp, hs256_auth, now, problem, sign_hs256, spawn_app, spawn_app_with_auth,
    token,
};

const RSA_PRIVATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/test-rsa-private.pem"
);
const BINARY: &str = env!("CARGO_BIN_EXE_imvo-tracker");
const AUDIENCE: &str = "imvo-tracker";

fn claims(sub: &str) -> Value {
    json!({"sub": sub, "role": "admin", "exp": now() + 600})
}

/// Creates the sector `gold` with each of the given `Authorization` values.
async fn create_with(app: &TestApp, authorizations: &[&str]) -> Response {
    let mut request = app
        .request(Method::POST, "/v1/sectors")
        .header("content-type", "application/json")
        .body(json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"}).to_string());
    for value in authorizations {
        request = request.header("authorization", *value);
    }
    request.send().await.expect("request failed")
}

/// Asserts a 401 for an invalid token whose detail says `reason`, and that
/// nothing was stored or recorded.
async fn refused(app: &TestApp, response: Response, reason: &str) {
    let challenge = crate::helpers::header(&response, "www-authenticate");
    assert_eq!(
        challenge,
        r#"Bearer realm="imvo-tracker", error="invalid_token""#
    );
    let body = problem(response, 401).await;
    let detail = body["detail"].as_str().unwrap_or_default();
    assert!(detail.contains(reason), "{detail}");
    problem(app.get("/v1/sectors/gold").await, 404).await;
    // An admin token for every app here: `aud` is checked only where set.
    let admin = sign_hs256(
        &json!({"sub": "auditor", "role": "admin", "exp": now() + 600, "aud": AUDIENCE}),
        TEST_SECRET.as_bytes(),
    );
    let audit: Value = app
        .request(Method::GET, "/v1/audit-events")
        .bearer_auth(admin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(audit["items"], json!([]), "nothing recorded: {audit}");
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

/// An HS256 token with the test secret and the given header.
fn signed_with_header(header: &Value, claims: &Value) -> String {
    let message = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let key = EncodingKey::from_secret(TEST_SECRET.as_bytes());
    let signature = jsonwebtoken::crypto::sign(message.as_bytes(), &key, Algorithm::HS256)
        .expect("a signature");
    format!("{message}.{signature}")
}

#[actix_web::test]
async fn a_blank_subject_or_one_with_control_characters_is_401() {
    let app = spawn_app().await;
    for (sub, reason) in [
        ("", "subject (sub) is empty"),
        ("   ", "subject (sub) is empty"),
        ("admin\u{0}", "control characters"),
        ("line\nbreak", "control characters"),
    ] {
        let token = sign_hs256(&claims(sub), TEST_SECRET.as_bytes());
        refused(&app, create_with(&app, &[&bearer(&token)]).await, reason).await;
    }
    let named = sign_hs256(&claims("ministry-clerk"), TEST_SECRET.as_bytes());
    assert_eq!(create_with(&app, &[&bearer(&named)]).await.status(), 201);
}

#[actix_web::test]
async fn two_authorization_headers_are_401_whatever_they_hold() {
    let app = spawn_app().await;
    let admin = bearer(&token(Role::Admin, &[]));
    let reader = bearer(&token(Role::Reader, &[]));
    for pair in [
        [admin.as_str(), admin.as_str()],
        [admin.as_str(), reader.as_str()],
        [reader.as_str(), admin.as_str()],
        [admin.as_str(), "Basic dXNlcjpwYXNz"],
        ["Bearer not-a-jwt", admin.as_str()],
    ] {
        refused(
            &app,
            create_with(&app, &pair).await,
            "more than one Authorization header",
        )
        .await;
    }
    // Reads check a token that is sent, so the same holds for them.
    let read = app
        .request(Method::GET, "/v1/sectors")
        .header("authorization", &admin)
        .header("authorization", &admin)
        .send()
        .await
        .unwrap();
    problem(read, 401).await;
    assert_eq!(create_with(&app, &[&admin]).await.status(), 201);
}

#[actix_web::test]
async fn a_token_marking_an_extension_critical_is_401() {
    let app = spawn_app().await;
    for header in [
        json!({"alg": "HS256", "typ": "JWT", "crit": ["urn:example:policy"], "urn:example:policy": "strict"}),
        json!({"alg": "HS256", "crit": ["b64"], "b64": true}),
        json!({"alg": "HS256", "crit": []}),
    ] {
        let token = signed_with_header(&header, &claims("tester"));
        refused(&app, create_with(&app, &[&bearer(&token)]).await, "crit").await;
    }
    // The same token without `crit` is good: it is `crit` that was refused.
    let plain = signed_with_header(
        &json!({"alg": "HS256", "typ": "JWT", "urn:example:policy": "strict"}),
        &claims("tester"),
    );
    assert_eq!(create_with(&app, &[&bearer(&plain)]).await.status(), 201);
}

#[actix_web::test]
async fn an_audience_array_is_accepted_when_it_names_this_service() {
    let app = spawn_app_with_auth(AuthConfig {
        audience: Some(AUDIENCE.into()),
        ..hs256_auth()
    })
    .await;
    let with_audience = |aud: Value| {
        let mut claims = claims("tester");
        claims["aud"] = aud;
        bearer(&sign_hs256(&claims, TEST_SECRET.as_bytes()))
    };
    for aud in [json!(["another-api"]), json!([]), json!(["imvo"])] {
        refused(
            &app,
            create_with(&app, &[&with_audience(aud)]).await,
            "audience (aud)",
        )
        .await;
    }
    let listed = with_audience(json!(["another-api", AUDIENCE]));
    assert_eq!(create_with(&app, &[&listed]).await.status(), 201);

    // Without a configured audience, `aud` in either form is not checked.
    let open = spawn_app().await;
    let listed = bearer(&sign_hs256(
        &json!({"sub": "tester", "role": "admin", "exp": now() + 600, "aud": ["a", "b"]}),
        TEST_SECRET.as_bytes(),
    ));
    assert_eq!(create_with(&open, &[&listed]).await.status(), 201);
}

fn rs256_with(pem: Vec<u8>) -> AuthConfig {
    AuthConfig {
        algorithm: JwtAlgorithm::Rs256,
        secret: None,
        public_key_pem: Some(pem),
        ..hs256_auth()
    }
}

/// The binary, run in an empty folder (no `.env`) with only `env`.
fn run(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let output = Command::new(BINARY)
        .args(args)
        .env_clear()
        .envs(env.iter().copied())
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[actix_web::test]
async fn a_private_key_as_the_public_key_stops_the_start() {
    let private = std::fs::read(RSA_PRIVATE).unwrap();
    let refused = Authenticator::from_config(&rs256_with(private)).err();
    assert!(
        refused
            .as_deref()
            .is_some_and(|e| e.contains("JWT_PUBLIC_KEY_FILE holds a private key")),
        "{refused:?}"
    );

    let database = std::env::temp_dir().join(format!("{}.sqlite3", uuid::Uuid::new_v4()));
    let url = format!("sqlite://{}", database.display());
    let (ok, _, stderr) = run(
        &["serve"],
        &[
            ("DATABASE_URL", &url),
            ("JWT_ALGORITHM", "RS256"),
            ("JWT_PUBLIC_KEY_FILE", RSA_PRIVATE),
        ],
    );
    assert!(!ok, "the service did not start");
    assert!(
        stderr.contains("invalid settings")
            && stderr.contains("JWT_PUBLIC_KEY_FILE holds a private key")
            && stderr.contains("openssl pkey"),
        "{stderr}"
    );
    assert!(
        !database.exists(),
        "it stopped before touching the database"
    );
}

const PASSWORD: &str = "s3cr3t-Pa55";

#[actix_web::test]
async fn help_never_shows_the_database_password() {
    let url = format!("postgres://imvo:{PASSWORD}@db.example.nl:5432/imvo");
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["migrate", "--help"],
    ] {
        let (ok, stdout, stderr) = run(args, &[("DATABASE_URL", &url)]);
        assert!(ok, "{args:?}: {stderr}");
        assert!(stdout.contains("DATABASE_URL"), "{args:?}: {stdout}");
        assert!(!stdout.contains(PASSWORD), "{args:?} shows it: {stdout}");
        assert!(!stdout.contains("db.example.nl"), "{args:?}: {stdout}");
    }
}

#[actix_web::test]
async fn failure_messages_never_show_the_database_password() {
    // libpq repeats the part of a URL it cannot parse; these are refused
    // before any connection is tried.
    for url in [
        format!("postgres://imvo:{PASSWORD}%zz@127.0.0.1:1/imvo"),
        format!("postgres://imvo:{PASSWORD}@[::1/imvo"),
        format!("postgres://imvo@127.0.0.1:1/imvo?password={PASSWORD}%zz"),
    ] {
        let (ok, stdout, stderr) = run(&["migrate"], &[("DATABASE_URL", &url)]);
        assert!(!ok);
        assert!(
            !stdout.contains(PASSWORD) && !stderr.contains(PASSWORD),
            "{url}: {stdout}{stderr}"
        );
        assert!(stderr.contains("[redacted]"), "{url}: {stderr}");
    }
}

/// `url` with a password: its own, or `PASSWORD` added (ignored by a server
/// that does not ask for one).
fn with_password(url: &str) -> (String, String) {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let (user, host) = rest.split_once('@').unwrap_or(("", rest));
    match user.split_once(':') {
        Some((_, password)) => (url.to_owned(), password.to_owned()),
        None => (
            format!("{scheme}://{user}:{PASSWORD}@{host}"),
            PASSWORD.to_owned(),
        ),
    }
}

#[actix_web::test]
async fn the_start_log_names_the_database_without_its_password() {
    // The test app's database, already migrated; the binary serves it too.
    let app = spawn_app().await;
    let (url, password) = match &app.database {
        DatabaseTarget::Postgres(url) => with_password(url),
        DatabaseTarget::Sqlite(path) => (format!("sqlite://{}", path.display()), String::new()),
    };
    let mut child = Command::new(BINARY)
        .arg("serve")
        .env_clear()
        .envs([
            ("DATABASE_URL", url.as_str()),
            ("LISTEN_ADDRESS", "127.0.0.1:0"),
            ("SEED_ON_START", "false"),
            ("RUST_LOG", "debug"),
            ("LOG_FORMAT", "json"),
        ])
        .current_dir(std::env::temp_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("its stdout");
    let (lines, received) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let mut log = Vec::new();
    while let Ok(line) = received.recv_timeout(Duration::from_secs(30)) {
        let listening = line.contains("listens on");
        log.push(line);
        if listening {
            break;
        }
    }
    child.kill().expect("stop the service");
    let output = child.wait_with_output().expect("its output");
    let log = log.join("\n") + &String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("listens on"), "the service started: {log}");
    let start: Value = log
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .find(|entry| entry["message"] == "serving the API")
        .unwrap_or_else(|| panic!("a start line in {log}"));
    let database = start["database"].as_str().unwrap_or_default();
    if password.is_empty() {
        assert_eq!(database, url);
    } else {
        assert!(!log.contains(&password), "the log shows it: {log}");
        assert_eq!(database, url.replace(&password, "[redacted]"));
    }
}
