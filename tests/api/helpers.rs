//! `spawn_app()`: the real application on port 0 over an isolated database,
//! and a client to talk to it.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use actix_web::dev::ServerHandle;
use diesel::{Connection, PgConnection, RunQueryDsl};
use imvo_tracker::auth::Role;
use imvo_tracker::config::{
    AuthConfig, Config, DatabaseTarget, JwtAlgorithm, LogFormat, Secret, TelemetryConfig,
    WebhookConfig,
};
use imvo_tracker::startup::Application;
use imvo_tracker::{db, migrations};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::{Method, RequestBuilder, Response};
use serde_json::Value;

/// The origin the test apps allow for CORS.
pub const ALLOWED_ORIGIN: &str = "https://dashboard.example.nl";
/// The HS256 secret of the test apps.
pub const TEST_SECRET: &str = "test-secret-of-at-least-thirty-two-bytes";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    /// A valid admin token for this app.
    pub admin_token: String,
    /// Its database.
    pub database: DatabaseTarget,
    /// Stops this instance (its database stays until the test ends).
    pub server: ServerHandle,
    _database: TestDatabase,
}

/// A database that exists for one test and is removed after it.
enum TestDatabase {
    Sqlite(PathBuf),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        match self {
            Self::Sqlite(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Self::Postgres { admin_url, name } => {
                if let Ok(mut conn) = PgConnection::establish(admin_url) {
                    let _ = diesel::sql_query(format!(
                        "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                    ))
                    .execute(&mut conn);
                }
            }
        }
    }
}

/// HS256 verification with the test secret; reads public.
pub fn hs256_auth() -> AuthConfig {
    AuthConfig {
        algorithm: JwtAlgorithm::Hs256,
        secret: Some(TEST_SECRET.parse::<Secret>().expect("a secret")),
        public_key_pem: None,
        issuer: None,
        audience: None,
        leeway_seconds: 0,
        reads_require_token: false,
    }
}

/// Settings of a test app: everything default but the address and database.
pub fn test_config(database: DatabaseTarget) -> Config {
    Config {
        database,
        listen_address: "127.0.0.1:0".parse().expect("a socket address"),
        db_pool_size: 4,
        db_timeout: Duration::from_millis(500),
        cors_allowed_origins: vec![ALLOWED_ORIGIN.to_owned()],
        max_body_bytes: 64 * 1024,
        log_format: LogFormat::Text,
        http_workers: 1,
        public_base_url: None,
        auth: hs256_auth(),
        seed_on_start: false,
        webhooks: WebhookConfig::default(),
        telemetry: TelemetryConfig::default(),
    }
}

/// Starts the app over a fresh, migrated database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with_auth(hs256_auth()).await
}

/// Starts the app over a fresh database with the given token verification.
pub async fn spawn_app_with_auth(auth: AuthConfig) -> TestApp {
    spawn_app_with(|config| config.auth = auth).await
}

/// Starts the app over a fresh database with settings of its own.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let database = fresh_database();
    let target = match &database {
        TestDatabase::Sqlite(path) => DatabaseTarget::Sqlite(path.clone()),
        TestDatabase::Postgres { admin_url, name } => {
            DatabaseTarget::Postgres(with_database(admin_url, name))
        }
    };
    let mut config = test_config(target.clone());
    configure(&mut config);
    let app = Application::build(&config).unwrap_or_else(|e| panic!("the app did not start: {e}"));
    start(app, database, target)
}

/// Starts one more instance of the app over `app`'s database, with
/// settings of its own; answers its address. It runs until the test ends.
pub fn another_instance(app: &TestApp, configure: impl FnOnce(&mut Config)) -> String {
    let mut config = test_config(app.database.clone());
    configure(&mut config);
    let instance =
        Application::build(&config).unwrap_or_else(|e| panic!("the instance did not start: {e}"));
    let address = format!("http://127.0.0.1:{}", instance.port());
    actix_web::rt::spawn(instance.run_until_stopped());
    address
}

/// Starts the app over an existing pool (e.g. one whose database is down).
pub async fn spawn_app_with_pool(target: DatabaseTarget, pool: db::Pool) -> TestApp {
    let app =
        Application::serve(&test_config(target.clone()), pool).expect("the app did not start");
    start(
        app,
        TestDatabase::Sqlite(std::env::temp_dir().join("imvo-tracker-tests/none")),
        target,
    )
}

fn start(app: Application, database: TestDatabase, target: DatabaseTarget) -> TestApp {
    let address = format!("http://127.0.0.1:{}", app.port());
    let server = app.handle();
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp {
        address,
        server,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client"),
        admin_token: token(Role::Admin, &[]),
        database: target,
        _database: database,
    }
}

fn fresh_database() -> TestDatabase {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            let template = postgres_template(&url);
            let name = format!(
                "imvo_t_{}_{}",
                std::process::id(),
                uuid::Uuid::new_v4().simple()
            );
            let mut admin =
                PgConnection::establish(&url).expect("the admin connection worked a moment ago");
            diesel::sql_query(format!(
                "CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""
            ))
            .execute(&mut admin)
            .unwrap_or_else(|e| panic!("cannot create test database {name}: {e}"));
            TestDatabase::Postgres {
                admin_url: url,
                name,
            }
        }
        Ok(url) if !url.is_empty() => {
            panic!(
                "TEST_DATABASE_URL must be a postgres:// URL (or unset, to test on SQLite); it is `{url}`"
            )
        }
        _ => {
            let folder = std::env::temp_dir().join("imvo-tracker-tests");
            std::fs::create_dir_all(&folder).expect("a folder for test databases");
            TestDatabase::Sqlite(folder.join(format!("{}.sqlite3", uuid::Uuid::new_v4())))
        }
    }
}

/// A database of a test's own with nothing in it, not even the migrations
/// (as a first deployment finds it); removed after the test.
pub struct EmptyDatabase {
    pub target: DatabaseTarget,
    _database: TestDatabase,
}

/// A new empty database: a new SQLite file, or (with `TEST_DATABASE_URL`) a
/// PostgreSQL database made without the migrated template.
pub fn empty_database() -> EmptyDatabase {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            let name = format!(
                "imvo_t_{}_{}",
                std::process::id(),
                uuid::Uuid::new_v4().simple()
            );
            let mut admin = PgConnection::establish(&url)
                .unwrap_or_else(|e| panic!("TEST_DATABASE_URL={url}: cannot connect ({e})"));
            diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                .execute(&mut admin)
                .unwrap_or_else(|e| panic!("cannot create test database {name}: {e}"));
            EmptyDatabase {
                target: DatabaseTarget::Postgres(with_database(&url, &name)),
                _database: TestDatabase::Postgres {
                    admin_url: url,
                    name,
                },
            }
        }
        _ => {
            let database = fresh_database();
            let TestDatabase::Sqlite(path) = &database else {
                unreachable!("TEST_DATABASE_URL is not PostgreSQL")
            };
            EmptyDatabase {
                target: DatabaseTarget::Sqlite(path.clone()),
                _database: database,
            }
        }
    }
}

/// A migrated database that every test database of this process copies;
/// made once, after removing those left by test processes that are gone.
fn postgres_template(admin_url: &str) -> String {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let mut admin = PgConnection::establish(admin_url).unwrap_or_else(|e| {
                panic!(
                    "TEST_DATABASE_URL={admin_url}: cannot connect to PostgreSQL ({e}). \
                     Start PostgreSQL, or unset TEST_DATABASE_URL to test on SQLite."
                )
            });
            drop_leftovers(&mut admin);
            let name = format!("imvo_t_{}_template", std::process::id());
            diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .execute(&mut admin)
                .expect("drop an old template");
            diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                .execute(&mut admin)
                .unwrap_or_else(|e| panic!("cannot create the template database: {e}"));
            let mut conn = db::connect(&DatabaseTarget::Postgres(with_database(admin_url, &name)))
                .unwrap_or_else(|e| panic!("{e}"));
            migrations::run(&mut conn).unwrap_or_else(|e| panic!("{e}"));
            name
        })
        .clone()
}

#[derive(diesel::QueryableByName)]
struct DatabaseName {
    #[diesel(sql_type = diesel::sql_types::Text)]
    datname: String,
}

fn drop_leftovers(admin: &mut PgConnection) {
    let names: Vec<DatabaseName> =
        diesel::sql_query("SELECT datname FROM pg_database WHERE datname LIKE 'imvo\\_t\\_%'")
            .load(admin)
            .unwrap_or_default();
    for DatabaseName { datname } in names {
        let pid = datname
            .split('_')
            .nth(2)
            .and_then(|p| p.parse::<u32>().ok());
        let alive = pid.is_some_and(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists());
        if !alive {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS \"{datname}\" WITH (FORCE)"
            ))
            .execute(admin);
        }
    }
}

/// The same server URL with another database name.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (url, String::new()),
    };
    let (scheme, rest) = base.split_once("://").expect("a URL with a scheme");
    let host = rest.split_once('/').map_or(rest, |(host, _)| host);
    format!("{scheme}://{host}/{name}{query}")
}

impl TestApp {
    /// A path on this app, or a link it served (already absolute).
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            return path.to_owned();
        }
        format!("{}{path}", self.address)
    }

    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, self.url(path))
    }

    pub async fn get(&self, path: &str) -> Response {
        self.request(Method::GET, path)
            .send()
            .await
            .expect("GET failed")
    }

    /// A request carrying the admin token.
    pub fn write(&self, method: Method, path: &str) -> RequestBuilder {
        self.request(method, path).bearer_auth(&self.admin_token)
    }

    /// Sends a JSON body as admin.
    pub async fn send_json(&self, method: Method, path: &str, body: &Value) -> Response {
        self.write(method, path)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .expect("request failed")
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Response {
        self.send_json(Method::POST, path, body).await
    }

    pub async fn create_sector(&self, code: &str) -> Value {
        let response = self
            .post_json(
                "/v1/sectors",
                &serde_json::json!({"code": code, "nameNl": format!("Sector {code}"), "nameEn": format!("Sector {code}")}),
            )
            .await;
        assert_eq!(response.status(), 201, "creating sector {code}");
        response.json().await.expect("a JSON sector")
    }
}

/// An HS256 token signed with the test secret, valid for an hour.
pub fn token(role: Role, covenants: &[&str]) -> String {
    sign_hs256(
        &serde_json::json!({
            "sub": format!("test-{}", role.as_str()),
            "role": role.as_str(),
            "covenants": covenants,
            "exp": now() + 3600,
        }),
        TEST_SECRET.as_bytes(),
    )
}

pub fn sign_hs256(claims: &Value, secret: &[u8]) -> String {
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret),
    )
    .expect("a signed token")
}

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The header's value as text ("" when absent).
pub fn header(response: &Response, name: &str) -> String {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// Reads a problem document, checking its media type and required members.
pub async fn problem(response: Response, status: u16) -> Value {
    assert_eq!(response.status(), status, "status");
    assert_eq!(
        header(&response, "content-type"),
        "application/problem+json"
    );
    assert_eq!(header(&response, "api-version"), env!("CARGO_PKG_VERSION"));
    let body: Value = response.json().await.expect("a JSON problem");
    assert_eq!(body["status"], status);
    for member in ["type", "title", "detail", "instance"] {
        assert!(
            body[member].is_string(),
            "problem member {member} in {body}"
        );
    }
    body
}

/// The pointers (or parameter names) a 400 problem lists, in order.
pub fn invalid_fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    e["pointer"]
                        .as_str()
                        .or_else(|| e["parameter"].as_str())
                        .unwrap_or_default()
                        .to_owned()
                })
                .collect()
        })
        .unwrap_or_default()
}

impl TestApp {
    /// Creates a resource as admin, asserting 201, and returns its view.
    pub async fn create(&self, path: &str, body: &Value) -> Value {
        let response = self.post_json(path, body).await;
        let status = response.status();
        let text = response.text().await.expect("a body");
        assert_eq!(status, 201, "POST {path} {body}: {text}");
        serde_json::from_str(&text).expect("a JSON resource")
    }

    /// A sector and a signed covenant with the same code.
    pub async fn create_covenant(&self, code: &str) -> Value {
        self.create_sector(code).await;
        self.create(
            "/v1/covenants",
            &serde_json::json!({
                "code": code, "titleNl": format!("Convenant {code}"), "titleEn": format!("Agreement {code}"),
                "sector": code, "status": "signed", "signedOn": "2016-07-04"
            }),
        )
        .await
    }

    /// Sends a JSON body with the given bearer token.
    pub async fn send_json_as(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: &Value,
    ) -> Response {
        self.request(method, path)
            .bearer_auth(token)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .expect("request failed")
    }
}

/// An app with a signed covenant per code, each in a sector of that code.
pub async fn with_covenants(codes: &[&str]) -> TestApp {
    let app = spawn_app().await;
    for code in codes {
        app.create_covenant(code).await;
    }
    app
}
