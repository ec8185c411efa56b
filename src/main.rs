//! The `imvo-tracker` binary: reads settings, starts logging, and runs the
//! asked subcommand (`serve` by default).

use std::io::Write;
use std::process::ExitCode;

use std::time::Duration;

use clap::{Parser, Subcommand};
use imvo_tracker::auth::Role;
use imvo_tracker::auth::token::{TokenRequest, mint};
use imvo_tracker::config::{Config, JwtAlgorithm, LogFormat, Settings};
use imvo_tracker::startup::Application;
use imvo_tracker::{db, memory, migrations, oecd_counts, openapi, seeds};
use tracing_subscriber::EnvFilter;

/// The public REST API that makes the progress of the Dutch IMVO covenants
/// visible. Every setting can be given as a flag or as the environment
/// variable shown beside it (a `.env` file in the working folder is read).
#[derive(Debug, Parser)]
#[command(name = "imvo-tracker", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    settings: Settings,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the API (the default): applies migrations, then listens.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load the real record from the source documents (`seeds/`); records
    /// already stored are left alone, so running it twice changes nothing.
    Seed {
        /// Load the synthetic demonstration set for the OECD-endorsement
        /// indicator instead (marked synthetic in every record).
        #[arg(long, conflicts_with = "synthetic")]
        demo: bool,
        /// Load a synthetic data set of any size for benchmarks and load
        /// tests instead (needs `--organisations`).
        #[arg(long, requires = "organisations")]
        synthetic: bool,
        /// How many synthetic companies `--synthetic` generates.
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
        organisations: Option<u64>,
    },
    /// Check or repair the figures kept up to date on write (the 90%
    /// indicator's counts).
    Metrics {
        #[command(subcommand)]
        action: MetricsAction,
    },
    /// Print the OpenAPI document (what `openapi/openapi.json` holds).
    Openapi,
    /// Print a signed HS256 token for local use, made with `JWT_SECRET` (or
    /// the development secret in development mode).
    Token {
        /// The role the token grants.
        #[arg(long, value_enum)]
        role: Role,
        /// A covenant a secretariat token may write (repeat for several).
        #[arg(long = "covenant", value_name = "CODE")]
        covenants: Vec<String>,
        /// Who acts, as the audit trail will record it.
        #[arg(long, default_value = "local-developer")]
        sub: String,
        /// How long the token is valid, e.g. `30m`, `8h`, `7d`.
        #[arg(long, default_value = "8h", value_parser = humantime::parse_duration)]
        ttl: Duration,
    },
}

#[derive(Debug, Subcommand)]
enum MetricsAction {
    /// Recompute the maintained 90% indicator from the records and report
    /// every difference (exit status 1 when there is one); changes nothing.
    Verify,
    /// Build the maintained 90% indicator anew from the records. Writes of
    /// organisations, size facts and endorsements wait until it is done.
    Rebuild,
}

fn main() -> ExitCode {
    memory::limit_arenas();
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    if let Some(Command::Openapi) = cli.command {
        let json = openapi::to_json(&openapi::document())
            .and_then(|json| serde_json::to_string_pretty(&json));
        return match json {
            // A reader that stops early (`| head`) is no failure.
            Ok(json) => match writeln!(std::io::stdout().lock(), "{json}") {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    fail(&format!("cannot write the OpenAPI document: {e}"))
                }
                _ => ExitCode::SUCCESS,
            },
            Err(e) => fail(&format!("cannot render the OpenAPI document: {e}")),
        };
    }
    let config = match cli.settings.validate() {
        Ok(config) => config,
        Err(problems) => return fail(&format!("invalid settings: {problems}")),
    };
    init_logging(config.log_format);
    let outcome = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&config),
        Command::Migrate => migrate(&config),
        Command::Seed {
            demo,
            synthetic,
            organisations,
        } => match (synthetic, organisations) {
            (true, Some(count)) => seed_synthetic(&config, count),
            _ => seed(&config, demo),
        },
        Command::Metrics { action } => metrics(&config, action),
        Command::Openapi => Ok(()),
        Command::Token {
            role,
            covenants,
            sub,
            ttl,
        } => token(
            &config,
            TokenRequest {
                sub,
                role,
                covenants,
                ttl,
                issuer: None,
                audience: None,
            },
        ),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(&config.database.redact(&message)),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("imvo-tracker: {message}");
    ExitCode::FAILURE
}

fn init_logging(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        LogFormat::Text => builder.init(),
    }
}

fn serve(config: &Config) -> Result<(), String> {
    actix_web::rt::System::new().block_on(async {
        let app = Application::build(config).map_err(|e| e.to_string())?;
        let address = format!("http://{}:{}", config.listen_address.ip(), app.port());
        tracing::info!(%address, database = %config.database, "serving the API");
        println!("imvo-tracker listens on {address}/v1 (documentation: {address}/docs/)");
        app.run_until_stopped().await.map_err(|e| e.to_string())
    })
}

fn token(config: &Config, mut request: TokenRequest) -> Result<(), String> {
    let Some(secret) = config
        .auth
        .secret
        .as_ref()
        .filter(|_| config.auth.algorithm == JwtAlgorithm::Hs256)
    else {
        return Err("tokens are minted with HS256: set JWT_SECRET (at least 32 bytes) or DEVELOPMENT_MODE=true".into());
    };
    if request.role == Role::Secretariat && request.covenants.is_empty() {
        return Err("a secretariat token needs at least one --covenant CODE".into());
    }
    request.issuer = config.auth.issuer.clone();
    request.audience = config.auth.audience.clone();
    println!("{}", mint(&request, secret.expose().as_bytes())?);
    Ok(())
}

fn seed(config: &Config, demo: bool) -> Result<(), String> {
    let mut conn = db::connect(&config.database)?;
    migrations::run(&mut conn)?;
    if demo {
        let loaded = seeds::demo::load(&mut conn).map_err(|e| e.to_string())?;
        println!(
            "imvo-tracker: {} synthetic demonstration companies loaded ({} already there); every one is marked synthetic",
            loaded.inserted, loaded.already_there
        );
    } else {
        let loaded = seeds::load(&mut conn).map_err(|e| e.to_string())?;
        println!(
            "imvo-tracker: {} seed record(s) loaded, {} already there",
            loaded.inserted, loaded.already_there
        );
    }
    Ok(())
}

fn seed_synthetic(config: &Config, organisations: u64) -> Result<(), String> {
    let mut conn = db::connect(&config.database)?;
    migrations::run(&mut conn)?;
    let started = std::time::Instant::now();
    match seeds::synthetic::load(&mut conn, organisations).map_err(|e| e.to_string())? {
        0 => println!("imvo-tracker: a synthetic set is already loaded; nothing added"),
        added => println!(
            "imvo-tracker: {added} synthetic companies (with size facts, endorsements, participations) loaded in {:.1} s",
            started.elapsed().as_secs_f64()
        ),
    }
    Ok(())
}

fn metrics(config: &Config, action: MetricsAction) -> Result<(), String> {
    let mut conn = db::connect(&config.database)?;
    migrations::run(&mut conn)?;
    match action {
        MetricsAction::Rebuild => {
            let started = std::time::Instant::now();
            let rebuilt = oecd_counts::check::rebuild(&mut conn).map_err(|e| e.to_string())?;
            println!(
                "imvo-tracker: the 90% indicator rebuilt from {} counted companies ({} spans) in {:.1} s",
                rebuilt.organisations,
                rebuilt.spans,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        MetricsAction::Verify => {
            let today = chrono::Utc::now().date_naive();
            let found = oecd_counts::check::verify(&mut conn, today).map_err(|e| e.to_string())?;
            if found.agrees() {
                println!(
                    "imvo-tracker: the maintained 90% indicator agrees with the records ({} counted companies) and with the full computation",
                    found.organisations
                );
                return Ok(());
            }
            let mut report = String::from("the maintained 90% indicator differs from the records");
            if found.differing_organisations > 0 {
                report += &format!(
                    "\n  organisations whose spans differ: {} (first: {:?})",
                    found.differing_organisations, found.named
                );
            }
            for d in &found.differing_days {
                report += &format!(
                    "\n  count changes on {}: stored {:?}, the records give {:?}",
                    d.day, d.maintained, d.expected
                );
            }
            for d in &found.differing_counts {
                report += &format!(
                    "\n  (large companies, endorsing) at {}: maintained {:?}, computed {:?}",
                    d.day, d.maintained, d.expected
                );
            }
            Err(report + "\n  repair it with `imvo-tracker metrics rebuild`")
        }
    }
}

fn migrate(config: &Config) -> Result<(), String> {
    let mut conn = db::connect(&config.database)?;
    let applied = migrations::run(&mut conn)?;
    println!("imvo-tracker: {applied} migration(s) applied");
    Ok(())
}
