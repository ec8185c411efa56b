//! Settings, read from the command line or the environment (a `.env` file is
//! read too) and validated once at start, so a bad value stops the process with
//! a message that names it instead of failing on the first request.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

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

    /// Most database connections held open at once.
    #[arg(long, env = "DB_POOL_SIZE", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=512), global = true)]
    pub db_pool_size: u32,

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
    /// `https://imvo.example.nl`), shown as the server in the served OpenAPI
    /// document. Default: the placeholder of the committed document.
    #[arg(long, env = "PUBLIC_BASE_URL", global = true)]
    pub public_base_url: Option<String>,

    /// Log output: `text` for people, `json` for log collectors. The level is
    /// set with `RUST_LOG` (default `info`).
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// The database a `DATABASE_URL` points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DatabaseTarget {
    pub fn parse(url: &str) -> Result<Self, String> {
        let url = url.trim();
        if url.is_empty() {
            return Err("DATABASE_URL is empty".into());
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
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
    pub http_workers: Option<usize>,
    pub public_base_url: Option<String>,
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
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            problems.push(format!("PUBLIC_BASE_URL: `{url}` is not an http(s) URL"));
        }
        match (problems.is_empty(), database) {
            (true, Some(database)) => Ok(Config {
                database,
                listen_address: self.listen_address,
                db_pool_size: self.db_pool_size,
                db_timeout: Duration::from_millis(self.db_timeout_ms),
                cors_allowed_origins: cors,
                max_body_bytes: usize::try_from(self.max_body_bytes).unwrap_or(usize::MAX),
                log_format: self.log_format,
                http_workers: self.http_workers.map(usize::from),
                public_base_url,
            }),
            _ => Err(problems.join("; ")),
        }
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
    }

    #[test]
    fn origins_are_checked() {
        assert!(is_origin("https://dashboard.example.nl"));
        assert!(is_origin("http://localhost:3000"));
        assert!(!is_origin("dashboard.example.nl"));
        assert!(!is_origin("https://example.nl/path"));
    }
}
