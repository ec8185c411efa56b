//! Settings, read from the command line or the environment (a `.env` file is
//! read too) and validated once at start, so a bad value stops the process with
//! a message that names it instead of failing on the first request.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

use crate::http::public_base::is_base_url;

/// Every setting of the service. `--help` prints this list with the
/// environment variable behind each flag.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Where the data lives: `sqlite://PATH` or a plain file path for the
    /// embedded SQLite database (created with its folder when missing), or a
    /// `postgres://` URL (add `?sslmode=require` for TLS).
    #[arg(
        long,
        env = "DATABASE_URL",
        hide_env_values = true,
        default_value = "sqlite://data/imvo-tracker.sqlite3",
        global = true
    )]
    pub database_url: String,

    /// Address and port the HTTP server listens on. Port 0 picks a free port.
    #[arg(
        long,
        env = "LISTEN_ADDRESS",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub listen_address: SocketAddr,

    /// Most database connections held open at once; default: two per CPU
    /// core.
    #[arg(long, env = "DB_POOL_SIZE", value_parser = clap::value_parser!(u32).range(1..=512), global = true)]
    pub db_pool_size: Option<u32>,

    /// Milliseconds a request waits for a database connection before it is
    /// answered with 503 (the database is down or overloaded).
    #[arg(long, env = "DB_TIMEOUT_MS", default_value_t = 3000, value_parser = clap::value_parser!(u64).range(100..=60_000), global = true)]
    pub db_timeout_ms: u64,

    /// Browser origins allowed to call the API (CORS), comma-separated, e.g.
    /// `https://dashboard.example.nl,https://ngo.example.org`. Empty: none.
    /// `/v1/openapi.json` is open to every origin regardless.
    #[arg(
        long,
        env = "CORS_ALLOWED_ORIGINS",
        value_delimiter = ',',
        global = true
    )]
    pub cors_allowed_origins: Vec<String>,

    /// Largest request body accepted, in bytes; larger ones get 413.
    #[arg(long, env = "MAX_BODY_BYTES", default_value_t = 64 * 1024, value_parser = clap::value_parser!(u64).range(1024..=16 * 1024 * 1024), global = true)]
    pub max_body_bytes: u64,

    /// HTTP worker threads; default: one per CPU core.
    #[arg(long, env = "HTTP_WORKERS", value_parser = clap::value_parser!(u16).range(1..=256), global = true)]
    pub http_workers: Option<u16>,

    /// The address clients reach the service at (e.g.
    /// `https://imvo.example.nl`): the start of every link in a response and
    /// the server of the served OpenAPI document. Default: the scheme and
    /// host each request was sent to (a proxy's `Forwarded` or
    /// `X-Forwarded-*` headers included).
    #[arg(long, env = "PUBLIC_BASE_URL", global = true)]
    pub public_base_url: Option<String>,

    /// Algorithm bearer tokens are verified with: `HS256` (a shared secret,
    /// `JWT_SECRET`) or `RS256`/`ES256` (the public key of an external
    /// identity provider, `JWT_PUBLIC_KEY_FILE`). Tokens signed otherwise are
    /// refused, whatever their header says.
    #[arg(long, env = "JWT_ALGORITHM", value_enum, default_value_t = JwtAlgorithm::Hs256, global = true)]
    pub jwt_algorithm: JwtAlgorithm,

    /// HS256 secret, at least 32 bytes. Without it (and outside development
    /// mode) the service accepts no tokens: reads work, writes are refused.
    #[arg(long, env = "JWT_SECRET", hide_env_values = true, global = true)]
    pub jwt_secret: Option<Secret>,

    /// PEM file with the RSA (RS256) or EC P-256 (ES256) public key tokens are
    /// verified with.
    #[arg(long, env = "JWT_PUBLIC_KEY_FILE", global = true)]
    pub jwt_public_key_file: Option<PathBuf>,

    /// When set, tokens must carry this `iss`.
    #[arg(long, env = "JWT_ISSUER", global = true)]
    pub jwt_issuer: Option<String>,

    /// When set, tokens must carry this `aud`.
    #[arg(long, env = "JWT_AUDIENCE", global = true)]
    pub jwt_audience: Option<String>,

    /// Seconds of clock difference tolerated on `exp` and `nbf`.
    #[arg(long, env = "JWT_LEEWAY_SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(0..=300), global = true)]
    pub jwt_leeway_seconds: u64,

    /// Require a valid token for reads too (reads are public by default).
    #[arg(long, env = "READS_REQUIRE_TOKEN", global = true)]
    pub reads_require_token: bool,

    /// Local development: without `JWT_SECRET`, tokens are signed and checked
    /// with a built-in development secret. Never in production.
    #[arg(long, env = "DEVELOPMENT_MODE", global = true)]
    pub development_mode: bool,

    /// Load the real record (`seeds/`) when `serve` starts on an empty
    /// database. `false` starts empty.
    #[arg(long, env = "SEED_ON_START", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub seed_on_start: bool,

    /// Webhook targets exempt from the address rules, comma-separated
    /// origins like `http://127.0.0.1:9000` (a port left out allows every
    /// port). Every other target must be an `https` URL whose host resolves
    /// only to public addresses: loopback, private, link-local and other
    /// internal addresses are refused, so a subscription cannot make the
    /// service call into its own network.
    #[arg(
        long,
        env = "WEBHOOK_ALLOWED_TARGETS",
        value_delimiter = ',',
        global = true
    )]
    pub webhook_allowed_targets: Vec<String>,

    /// How long a failed webhook delivery waits before each retry,
    /// comma-separated durations; when the last retry fails too, the
    /// delivery is given up and its subscription disabled. The default
    /// retries for about 28 hours (the Standard Webhooks schedule).
    #[arg(
        long,
        env = "WEBHOOK_RETRY_DELAYS",
        value_delimiter = ',',
        value_parser = humantime::parse_duration,
        default_value = "5s,5m,30m,2h,5h,10h,10h",
        global = true
    )]
    pub webhook_retry_delays: Vec<Duration>,

    /// Milliseconds between two looks at the webhook outbox: the most a
    /// delivery waits after its change is committed.
    #[arg(long, env = "WEBHOOK_POLL_MS", default_value_t = 200, value_parser = clap::value_parser!(u64).range(10..=60_000), global = true)]
    pub webhook_poll_ms: u64,

    /// Days a delivered webhook is kept, with its attempts, for reading in
    /// its subscription's deliveries; then it is removed. Pending and
    /// failed deliveries are kept until they are delivered or their
    /// subscription is deleted.
    #[arg(long, env = "WEBHOOK_RETENTION_DAYS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3650), global = true)]
    pub webhook_retention_days: u64,

    /// The bearer token Prometheus (or any scraper) sends to read `GET
    /// /metrics` (at least 32 bytes). Unset, `/metrics` is not served: it
    /// shows how the service runs, which is for its operators only.
    #[arg(long, env = "METRICS_TOKEN", hide_env_values = true, global = true)]
    pub metrics_token: Option<Secret>,

    /// How often the server compares the maintained 90% indicator with the
    /// full computation at today's date, for `/metrics`
    /// (`imvo_oecd_indicator_drift`), e.g. `1h`, `15m`; `0s` never. Each
    /// comparison runs the full computation once (seconds at a million
    /// companies).
    #[arg(long, env = "OECD_DRIFT_CHECK_INTERVAL", default_value = "1h", value_parser = humantime::parse_duration, global = true)]
    pub oecd_drift_check_interval: Duration,

    /// Log output: `text` for people, `json` for log collectors. The level is
    /// set with `RUST_LOG` (default `info`).
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JwtAlgorithm {
    #[value(name = "HS256")]
    Hs256,
    #[value(name = "RS256")]
    Rs256,
    #[value(name = "ES256")]
    Es256,
}

impl JwtAlgorithm {
    pub fn algorithm(self) -> jsonwebtoken::Algorithm {
        match self {
            Self::Hs256 => jsonwebtoken::Algorithm::HS256,
            Self::Rs256 => jsonwebtoken::Algorithm::RS256,
            Self::Es256 => jsonwebtoken::Algorithm::ES256,
        }
    }
}

/// The built-in HS256 secret of development mode; refused otherwise.
pub const DEVELOPMENT_SECRET: &str = "imvo-tracker-development-secret-not-for-production";

/// A secret setting: never printed, not even in debug output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self(value.to_owned()))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

/// How bearer tokens are verified.
#[derive(Debug, Clone)]
pub struct AuthConfig {
    pub algorithm: JwtAlgorithm,
    /// The HS256 secret (also used by `imvo-tracker token`), if any.
    pub secret: Option<Secret>,
    /// The PEM public key for RS256/ES256.
    pub public_key_pem: Option<Vec<u8>>,
    pub issuer: Option<String>,
    pub audience: Option<String>,
    pub leeway_seconds: u64,
    pub reads_require_token: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// The database a `DATABASE_URL` points at. Shown (`Display`, `Debug`)
/// without the password of a PostgreSQL URL.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

const REDACTED: &str = "[redacted]";

impl DatabaseTarget {
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.is_empty() {
            return Err("DATABASE_URL is empty".into());
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
        }
        // Not a file name: taken as one, its password would show in messages.
        if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            return Err("DATABASE_URL must start with postgres:// for PostgreSQL".into());
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        if path.is_empty() {
            return Err("DATABASE_URL names no SQLite file".into());
        }
        if path.contains("://") {
            return Err(format!(
                "DATABASE_URL has an unsupported scheme (`{}`): use sqlite://PATH, a file path or postgres://...",
                url.split("://").next().unwrap_or_default()
            ));
        }
        Ok(Self::Sqlite(PathBuf::from(path)))
    }

    /// Where the passwords of a PostgreSQL URL are, as written: after the
    /// user name, and in a `password` parameter. Read as libpq does: the
    /// user info ends at the first `@` before any `/`.
    fn secrets(&self) -> Vec<std::ops::Range<usize>> {
        let Self::Postgres(url) = self else {
            return Vec::new();
        };
        let start = url.find("://").map_or(0, |i| i + 3);
        let authority_end = url[start..].find('/').map_or(url.len(), |i| start + i);
        let mut secrets = Vec::new();
        let mut rest = start;
        if let Some(at) = url[start..authority_end].find('@').map(|i| start + i) {
            if let Some(colon) = url[start..at].find(':') {
                secrets.push(start + colon + 1..at);
            }
            rest = at + 1;
        }
        if let Some(query) = url[rest..].find('?').map(|i| rest + i + 1) {
            let mut offset = query;
            for pair in url[query..].split('&') {
                if let Some(value) = pair.strip_prefix("password=") {
                    let value_start = offset + "password=".len();
                    secrets.push(value_start..value_start + value.len());
                }
                offset += pair.len() + 1;
            }
        }
        secrets.retain(|range| !range.is_empty());
        secrets
    }

    /// `text` with every password of this target replaced: libpq repeats
    /// parts of a URL it cannot parse in its messages.
    pub fn redact(&self, text: &str) -> String {
        let Self::Postgres(url) = self else {
            return text.to_owned();
        };
        self.secrets()
            .into_iter()
            .fold(text.to_owned(), |text, range| {
                text.replace(&url[range], REDACTED)
            })
    }
}

impl std::fmt::Display for DatabaseTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            Self::Postgres(url) => {
                let mut shown = 0;
                for range in self.secrets() {
                    f.write_str(&url[shown..range.start])?;
                    f.write_str(REDACTED)?;
                    shown = range.end;
                }
                f.write_str(&url[shown..])
            }
        }
    }
}

impl std::fmt::Debug for DatabaseTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(path) => f.debug_tuple("Sqlite").field(path).finish(),
            Self::Postgres(_) => f.debug_tuple("Postgres").field(&self.to_string()).finish(),
        }
    }
}

/// Settings after validation: what the rest of the program uses.
#[derive(Debug, Clone)]
pub struct Config {
    pub database: DatabaseTarget,
    pub listen_address: SocketAddr,
    pub db_pool_size: u32,
    pub db_timeout: Duration,
    pub cors_allowed_origins: Vec<String>,
    pub max_body_bytes: usize,
    pub log_format: LogFormat,
    pub http_workers: usize,
    pub public_base_url: Option<String>,
    pub auth: AuthConfig,
    pub seed_on_start: bool,
    pub webhooks: WebhookConfig,
    pub telemetry: TelemetryConfig,
}

/// What operators see of the running service (`/metrics`).
#[derive(Debug, Clone, Default)]
pub struct TelemetryConfig {
    /// The bearer token `/metrics` takes; without one it is not served.
    pub token: Option<Secret>,
    /// Between two drift checks of the maintained indicator; zero: none.
    pub drift_check_interval: Duration,
}

/// How webhooks are delivered.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    /// Origins (`scheme://host[:port]`, lower case) exempt from the address
    /// rules; without a port, every port of the host.
    pub allowed_targets: Vec<String>,
    /// The wait before each retry; its length is the number of retries.
    pub retry_delays: Vec<Duration>,
    /// Between two looks at the outbox.
    pub poll_interval: Duration,
    /// The longest one delivery attempt may take.
    pub timeout: Duration,
    /// How long a delivered delivery is kept.
    pub retention: Duration,
}

impl Default for WebhookConfig {
    fn default() -> Self {
        Self {
            allowed_targets: Vec::new(),
            retry_delays: [5, 300, 1800, 7200, 18_000, 36_000, 36_000]
                .map(Duration::from_secs)
                .to_vec(),
            poll_interval: Duration::from_millis(200),
            timeout: Duration::from_secs(10),
            retention: Duration::from_secs(30 * 24 * 3600),
        }
    }
}

/// The cores this process may run on: the default HTTP workers, one each.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Two connections per core: the database's own rule of thumb for its
/// busiest pool size (the PostgreSQL wiki, "Number Of Database
/// Connections"). More connections than the cores can run only queue inside
/// the database and switch between its processes; on two cores a pool of 4
/// served covenant reads at 64 clients at 87% of `pgbench -S`, one of 16 at
/// 74% (bench/RESULTS.md).
fn default_pool_size() -> u32 {
    u32::try_from(2 * cores()).unwrap_or(512).min(512)
}

impl Settings {
    /// Checks every setting and reports all bad ones together.
    pub fn validate(&self) -> Result<Config, String> {
        let mut problems = Vec::new();
        let database = DatabaseTarget::parse(&self.database_url)
            .map_err(|e| problems.push(e))
            .ok();
        let mut cors = Vec::new();
        for origin in self.cors_allowed_origins.iter().map(|o| o.trim()) {
            if origin.is_empty() {
                continue;
            }
            if is_origin(origin) {
                cors.push(origin.trim_end_matches('/').to_owned());
            } else {
                problems.push(format!(
                    "CORS_ALLOWED_ORIGINS: `{origin}` is not an origin like https://host[:port]"
                ));
            }
        }
        let public_base_url = self
            .public_base_url
            .as_deref()
            .map(|u| u.trim_end_matches('/').to_owned());
        if let Some(url) = &public_base_url
            && !is_base_url(url)
        {
            problems.push(format!(
                "PUBLIC_BASE_URL: `{url}` is not an http(s) URL like https://host[:port][/path]"
            ));
        }
        let mut allowed_targets = Vec::new();
        for origin in self.webhook_allowed_targets.iter().map(|o| o.trim()) {
            if origin.is_empty() {
                continue;
            }
            if is_origin(origin) {
                allowed_targets.push(origin.trim_end_matches('/').to_ascii_lowercase());
            } else {
                problems.push(format!(
                    "WEBHOOK_ALLOWED_TARGETS: `{origin}` is not an origin like http://host[:port]"
                ));
            }
        }
        if self.webhook_retry_delays.is_empty() {
            problems.push("WEBHOOK_RETRY_DELAYS: name at least one delay".into());
        }
        if self
            .metrics_token
            .as_ref()
            .is_some_and(|t| t.expose().len() < 32)
        {
            problems.push("METRICS_TOKEN must be at least 32 bytes".into());
        }
        let auth = self.auth_config().map_err(|e| problems.push(e)).ok();
        match (problems.is_empty(), database, auth) {
            (true, Some(database), Some(auth)) => Ok(Config {
                database,
                listen_address: self.listen_address,
                db_pool_size: self.db_pool_size.unwrap_or_else(default_pool_size),
                db_timeout: Duration::from_millis(self.db_timeout_ms),
                cors_allowed_origins: cors,
                max_body_bytes: usize::try_from(self.max_body_bytes).unwrap_or(usize::MAX),
                log_format: self.log_format,
                http_workers: self.http_workers.map_or_else(cores, usize::from),
                public_base_url,
                auth,
                seed_on_start: self.seed_on_start,
                webhooks: WebhookConfig {
                    allowed_targets,
                    retry_delays: self.webhook_retry_delays.clone(),
                    poll_interval: Duration::from_millis(self.webhook_poll_ms),
                    retention: Duration::from_secs(self.webhook_retention_days * 24 * 3600),
                    ..WebhookConfig::default()
                },
                telemetry: TelemetryConfig {
                    token: self.metrics_token.clone(),
                    drift_check_interval: self.oecd_drift_check_interval,
                },
            }),
            _ => Err(problems.join("; ")),
        }
    }

    fn auth_config(&self) -> Result<AuthConfig, String> {
        let mut secret = None;
        let mut public_key_pem = None;
        match self.jwt_algorithm {
            JwtAlgorithm::Hs256 => {
                if self.jwt_public_key_file.is_some() {
                    return Err(
                        "JWT_PUBLIC_KEY_FILE is for RS256/ES256; set JWT_ALGORITHM or remove it"
                            .into(),
                    );
                }
                let given = self.jwt_secret.as_ref().filter(|s| !s.expose().is_empty());
                secret = match (given, self.development_mode) {
                    (Some(given), false) if given.expose() == DEVELOPMENT_SECRET => {
                        return Err("JWT_SECRET is the built-in development secret; set a secret of your own, \
                                    or DEVELOPMENT_MODE=true for local use"
                            .into());
                    }
                    (Some(given), _) if given.expose().len() < 32 => {
                        return Err("JWT_SECRET must be at least 32 bytes".into());
                    }
                    (Some(given), _) => Some(given.clone()),
                    (None, true) => Some(Secret(DEVELOPMENT_SECRET.to_owned())),
                    (None, false) => None,
                };
            }
            JwtAlgorithm::Rs256 | JwtAlgorithm::Es256 => {
                if self
                    .jwt_secret
                    .as_ref()
                    .is_some_and(|s| !s.expose().is_empty())
                {
                    return Err(
                        "JWT_SECRET is for HS256; RS256/ES256 verify with JWT_PUBLIC_KEY_FILE"
                            .into(),
                    );
                }
                let path = self
                    .jwt_public_key_file
                    .as_ref()
                    .ok_or("JWT_PUBLIC_KEY_FILE is required with RS256/ES256")?;
                let pem = std::fs::read(path)
                    .map_err(|e| format!("JWT_PUBLIC_KEY_FILE {}: {e}", path.display()))?;
                crate::auth::public_key::public_key(self.jwt_algorithm.algorithm(), &pem)
                    .map_err(|e| format!("{e} ({})", path.display()))?;
                public_key_pem = Some(pem);
            }
        }
        if self.reads_require_token && secret.is_none() && public_key_pem.is_none() {
            return Err("READS_REQUIRE_TOKEN needs a way to verify tokens: set JWT_SECRET or JWT_PUBLIC_KEY_FILE".into());
        }
        Ok(AuthConfig {
            algorithm: self.jwt_algorithm,
            secret,
            public_key_pem,
            issuer: self.jwt_issuer.clone().filter(|s| !s.is_empty()),
            audience: self.jwt_audience.clone().filter(|s| !s.is_empty()),
            leeway_seconds: self.jwt_leeway_seconds,
            reads_require_token: self.reads_require_token,
        })
    }
}

fn is_origin(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once("://") else {
        return false;
    };
    let host = rest.trim_end_matches('/');
    matches!(scheme, "http" | "https") && !host.is_empty() && !host.contains(['/', '?', '#', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_urls_choose_the_backend() {
        assert_eq!(
            DatabaseTarget::parse("sqlite://data/x.db"),
            Ok(DatabaseTarget::Sqlite("data/x.db".into()))
        );
        assert_eq!(
            DatabaseTarget::parse("/tmp/x.db"),
            Ok(DatabaseTarget::Sqlite("/tmp/x.db".into()))
        );
        assert_eq!(
            DatabaseTarget::parse("postgres://u@h/db?sslmode=require"),
            Ok(DatabaseTarget::Postgres(
                "postgres://u@h/db?sslmode=require".into()
            ))
        );
        assert!(DatabaseTarget::parse("mysql://h/db").is_err());
        assert!(DatabaseTarget::parse("").is_err());
        assert!(DatabaseTarget::parse("postgres:/u:pw@h/db").is_err());
    }

    #[test]
    fn a_database_target_never_shows_its_password() {
        let shown = |url: &str| {
            let target = DatabaseTarget::parse(url).unwrap();
            let display = target.to_string();
            if let DatabaseTarget::Postgres(_) = target {
                assert_eq!(format!("{target:?}"), format!("Postgres({display:?})"));
            }
            display
        };
        assert_eq!(
            shown("postgres://bob:s3cr3t@db.example.nl:5432/imvo?sslmode=require"),
            "postgres://bob:[redacted]@db.example.nl:5432/imvo?sslmode=require"
        );
        assert_eq!(
            shown("postgresql://bob:p%40ss?w@h/db?password=other&password=&user=x"),
            "postgresql://bob:[redacted]@h/db?password=[redacted]&password=&user=x"
        );
        assert_eq!(shown("postgres://bob@h/db"), "postgres://bob@h/db");
        assert_eq!(
            shown("postgres://bob:@h,h2:5433/db"),
            "postgres://bob:@h,h2:5433/db"
        );
        assert_eq!(
            shown("postgres://h/db?password=pw"),
            "postgres://h/db?password=[redacted]"
        );
        assert_eq!(shown("sqlite://data/x.db"), "sqlite://data/x.db");

        let target = DatabaseTarget::parse("postgres://bob:s3cr%zzet@h/db").unwrap();
        assert_eq!(
            target.redact(r#"invalid percent-encoded token: "s3cr%zzet""#),
            r#"invalid percent-encoded token: "[redacted]""#
        );
    }

    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        settings: Settings,
    }

    fn auth(args: &[&str]) -> Result<AuthConfig, String> {
        use clap::Parser;
        let args = std::iter::once("imvo-tracker").chain(args.iter().copied());
        Cli::try_parse_from(args)
            .map_err(|e| e.to_string())?
            .settings
            .validate()
            .map(|c| c.auth)
    }

    fn telemetry(args: &[&str]) -> Result<TelemetryConfig, String> {
        use clap::Parser;
        let args = std::iter::once("imvo-tracker").chain(args.iter().copied());
        Cli::try_parse_from(args)
            .map_err(|e| e.to_string())?
            .settings
            .validate()
            .map(|c| c.telemetry)
    }

    #[test]
    fn metrics_settings_are_checked() {
        let plain = telemetry(&[]).unwrap();
        assert!(plain.token.is_none(), "no token: /metrics is not served");
        assert_eq!(plain.drift_check_interval, Duration::from_secs(3600));
        assert!(
            telemetry(&["--metrics-token", "short"])
                .unwrap_err()
                .contains("METRICS_TOKEN must be at least 32 bytes")
        );
        let set = telemetry(&[
            "--metrics-token",
            "0123456789abcdef0123456789abcdef",
            "--oecd-drift-check-interval",
            "0s",
        ])
        .unwrap();
        assert!(set.token.is_some());
        assert!(set.drift_check_interval.is_zero());
        assert!(telemetry(&["--oecd-drift-check-interval", "soon"]).is_err());
    }

    #[test]
    fn the_development_secret_needs_development_mode() {
        let dev = auth(&["--jwt-secret", DEVELOPMENT_SECRET]);
        assert!(dev.unwrap_err().contains("development secret"));
        let dev = auth(&["--jwt-secret", DEVELOPMENT_SECRET, "--development-mode"]).unwrap();
        assert_eq!(dev.secret.unwrap().expose(), DEVELOPMENT_SECRET);
        let implicit = auth(&["--development-mode"]).unwrap();
        assert_eq!(implicit.secret.unwrap().expose(), DEVELOPMENT_SECRET);
    }

    #[test]
    fn token_settings_are_checked() {
        assert!(
            auth(&[]).unwrap().secret.is_none(),
            "no secret: no tokens, reads only"
        );
        assert!(
            auth(&["--jwt-secret", ""]).unwrap().secret.is_none(),
            "empty counts as unset"
        );
        assert!(
            auth(&["--jwt-secret", "short"])
                .unwrap_err()
                .contains("32 bytes")
        );
        assert!(
            auth(&["--reads-require-token"])
                .unwrap_err()
                .contains("READS_REQUIRE_TOKEN")
        );
        assert!(
            auth(&["--jwt-algorithm", "RS256"])
                .unwrap_err()
                .contains("JWT_PUBLIC_KEY_FILE")
        );
        assert!(
            auth(&[
                "--jwt-algorithm",
                "RS256",
                "--jwt-public-key-file",
                "/nonexistent.pem"
            ])
            .unwrap_err()
            .contains("/nonexistent.pem")
        );
        let private = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/test-rsa-private.pem"
        );
        let error =
            auth(&["--jwt-algorithm", "RS256", "--jwt-public-key-file", private]).unwrap_err();
        assert!(
            error.contains("JWT_PUBLIC_KEY_FILE holds a private key") && error.contains(private),
            "{error}"
        );
        let secret = "a-secret-that-is-long-enough-for-hs256";
        assert_eq!(
            auth(&["--jwt-secret", secret])
                .unwrap()
                .secret
                .unwrap()
                .expose(),
            secret
        );
        assert!(format!("{:?}", auth(&["--jwt-secret", secret]).unwrap()).contains("redacted"));
    }

    #[test]
    fn origins_are_checked() {
        assert!(is_origin("https://dashboard.example.nl"));
        assert!(is_origin("http://localhost:3000"));
        assert!(!is_origin("dashboard.example.nl"));
        assert!(!is_origin("https://example.nl/path"));
    }
}
