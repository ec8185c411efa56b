//! Builds the application: database, migrations, pool, routes, listener.

use std::net::TcpListener;
use std::sync::Arc;

use actix_cors::Cors;
use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpServer, web};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::Authenticator;
use crate::config::{Config, WebhookConfig};
use crate::db::{self, Pool};
use crate::http::csv_tables::CsvTables;
use crate::http::json_body::BodyLimit;
use crate::http::middleware::{
    API_VERSION_HEADER, REQUEST_ID, default_headers, head_as_get, limit_head, problem_responses,
    refuse_control_characters, request_context,
};
use crate::http::public_base::{ConfiguredBase, PLACEHOLDER_BASE, resolve_public_base};
use crate::http::revalidation::ResultCache;
use crate::http::routes_table::RouteTable;
use crate::routes::{OpenApiJson, v1_scope};
use crate::telemetry::{self, Telemetry};
use crate::webhooks::sender::deliver_forever;
use crate::webhooks::target::Targets;
use crate::{memory, openapi};
use crate::{migrations, seeds};

/// A server bound to its port, ready to run, and its webhook sender.
pub struct Application {
    server: Server,
    port: u16,
    sender: Sender,
    /// Between two drift checks of the maintained indicator.
    drift_check_interval: std::time::Duration,
}

/// What the webhook sender needs, kept until the server runs.
struct Sender {
    pool: Pool,
    config: WebhookConfig,
    public_base: Option<Arc<str>>,
}

impl Application {
    /// Connects to the database (reporting the real cause when it cannot),
    /// applies migrations, seeds an empty database (`SEED_ON_START`), and
    /// binds the listener. Migrations and seeding hold the database's
    /// startup lock: of instances started at once on one database, one does
    /// the work while the others wait, then find nothing left to do.
    pub fn build(config: &Config) -> anyhow::Result<Self> {
        let mut conn = db::connect(&config.database).map_err(anyhow::Error::msg)?;
        let mut locked = db::StartupLock::acquire(&mut conn).map_err(anyhow::Error::msg)?;
        let applied = migrations::run(&mut locked).map_err(anyhow::Error::msg)?;
        if applied > 0 {
            tracing::info!(applied, "migrations applied");
        }
        if config.seed_on_start
            && seeds::is_empty(&mut locked).map_err(|e| anyhow::anyhow!("{e}"))?
        {
            let loaded = seeds::load(&mut locked)?;
            tracing::info!(
                records = loaded.inserted,
                "empty database: loaded the seed data"
            );
        }
        locked.release().map_err(anyhow::Error::msg)?;
        drop(conn);
        let pool = db::build_pool(&config.database, config.db_pool_size, config.db_timeout);
        Self::serve(config, pool)
    }

    /// Binds the listener and mounts the routes over an existing pool.
    pub fn serve(config: &Config, pool: Pool) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(config.listen_address)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.listen_address))?;
        let port = listener.local_addr()?.port();
        // The full document is needed only for these two; it is freed before
        // the workers start, so their trim hands its pages back too. Its
        // server is each request's public base, put in as it is served.
        let (routes, tables, document) = {
            let served =
                openapi::served_document(PLACEHOLDER_BASE, config.auth.reads_require_token);
            let routes = web::Data::new(RouteTable::from_document(&served, "/v1"));
            let json = openapi::to_json(&served)?;
            let tables = web::Data::new(CsvTables::from_document(&json, "/v1"));
            let document = OpenApiJson(Arc::from(json.to_string()));
            (routes, tables, document)
        };
        let configured_base = config.public_base_url.as_deref().map(Arc::from);
        let public_base = ConfiguredBase(configured_base.clone());
        let authenticator =
            web::Data::new(Authenticator::from_config(&config.auth).map_err(anyhow::Error::msg)?);
        let body_limit = BodyLimit(config.max_body_bytes);
        // One for all workers: a list or metric is computed once per version.
        let results = web::Data::new(ResultCache::default());
        let targets = web::Data::new(Targets::new(&config.webhooks)?);
        let telemetry = Telemetry::new(&config.telemetry);
        let request_metrics = telemetry.middleware()?;
        let telemetry = web::Data::new(telemetry);
        let origins = config.cors_allowed_origins.clone();
        let app_pool = pool.clone();
        let mut server = HttpServer::new(move || {
            let app = App::new()
                .into_utoipa_app()
                .app_data(web::Data::new(app_pool.clone()))
                .app_data(web::Data::new(document.clone()))
                .app_data(body_limit)
                .app_data(public_base.clone())
                .app_data(routes.clone())
                .app_data(tables.clone())
                .app_data(authenticator.clone())
                .app_data(results.clone())
                .app_data(targets.clone())
                .app_data(telemetry.clone())
                .service(v1_scope())
                .into_app()
                .service(telemetry::metrics)
                .service(
                    SwaggerUi::new("/docs/{_:.*}")
                        .config(utoipa_swagger_ui::Config::new(["/v1/openapi.json"])),
                )
                .wrap(from_fn(resolve_public_base))
                .wrap(from_fn(head_as_get))
                .wrap(from_fn(refuse_control_characters))
                .wrap(from_fn(limit_head))
                .wrap(cors(&origins))
                .wrap(from_fn(problem_responses))
                .wrap(default_headers())
                .wrap(from_fn(request_context))
                // Sees every answer as it leaves, problem documents included.
                .wrap(request_metrics.clone())
                // Outermost: what every other layer wrote is what gets
                // compressed (gzip, brotli or zstd, as `Accept-Encoding`
                // asks; it adds `Vary`).
                .wrap(Compress::default());
            memory::release_freed();
            app
        })
        .listen(listener)?;
        // Database work runs on each worker's blocking threads; as many of
        // them in all as the pool has connections, so none waits inside the
        // pool, and under load a thread takes the next queued request without
        // sleeping in between (db::run bounds the wait in that queue).
        let blocking_threads = (config.db_pool_size as usize).div_ceil(config.http_workers);
        server = server
            .workers(config.http_workers)
            .worker_max_blocking_threads(blocking_threads);
        Ok(Self {
            server: server.run(),
            port,
            sender: Sender {
                pool,
                config: config.webhooks.clone(),
                public_base: configured_base,
            },
            drift_check_interval: config.telemetry.drift_check_interval,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server (and with it the webhook sender) from elsewhere.
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves, sends webhooks from the outbox and checks the maintained
    /// indicator's drift, until the server stops.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let Sender {
            pool,
            config,
            public_base,
        } = self.sender;
        let drift = actix_web::rt::spawn(telemetry::drift::check_forever(
            pool.clone(),
            self.drift_check_interval,
        ));
        let sender = actix_web::rt::spawn(deliver_forever(pool, config, public_base));
        let served = self.server.await;
        sender.abort();
        drift.abort();
        served
    }
}

/// CORS by allow-list: allowed origins get the CORS headers, others get none
/// (their browsers then refuse the response), and nobody gets an error for it.
fn cors(origins: &[String]) -> Cors {
    let cors = origins
        .iter()
        .fold(Cors::default(), |cors, origin| cors.allowed_origin(origin))
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([
            "authorization",
            "content-type",
            "accept",
            "if-match",
            "if-none-match",
            "x-request-id",
        ])
        .expose_headers([
            API_VERSION_HEADER,
            REQUEST_ID,
            actix_web::http::header::ETAG,
            actix_web::http::header::LOCATION,
        ])
        .max_age(3600);
    cors.block_on_origin_mismatch(false)
}
