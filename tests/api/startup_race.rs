//! Instances started at the same moment on one database all come up (issue
//! #16): one migrates and seeds it while the others wait for the startup
//! lock, then find nothing left to do; the seed data is there once.

use std::sync::{Arc, Barrier};

use imvo_tracker::config::Config;
use imvo_tracker::startup::Application;
use imvo_tracker::{db, migrations, seeds};
use serde_json::Value;

use crate::helpers::{EmptyDatabase, empty_database, test_config};

/// How many instances start at once.
const INSTANCES: usize = 2;

/// Starts `INSTANCES` apps at the same moment on the database, each built
/// as `serve` builds it (connect, migrate, seed an empty database, bind) on
/// a thread of its own; answers their addresses once all have started.
async fn start_at_once(database: &EmptyDatabase) -> Vec<String> {
    let config = Config {
        seed_on_start: true,
        ..test_config(database.target.clone())
    };
    let start = Arc::new(Barrier::new(INSTANCES));
    let builds: Vec<_> = (0..INSTANCES)
        .map(|_| {
            let config = config.clone();
            let start = Arc::clone(&start);
            actix_web::rt::task::spawn_blocking(move || {
                start.wait();
                Application::build(&config).map_err(|e| e.to_string())
            })
        })
        .collect();
    let mut addresses = Vec::new();
    for (instance, build) in builds.into_iter().enumerate() {
        let app = build
            .await
            .expect("the instance's thread")
            .unwrap_or_else(|e| panic!("instance {instance} did not start: {e}"));
        addresses.push(format!("http://127.0.0.1:{}", app.port()));
        actix_web::rt::spawn(app.run_until_stopped());
    }
    addresses
}

/// How many records a seed file holds.
fn seed_records(text: &str) -> u64 {
    let records: Vec<Value> = serde_json::from_str(text).expect("a seed file");
    records.len() as u64
}

/// Every instance is ready and shows each seed record once; loading the
/// seeds again finds them all there.
async fn assert_all_ready_and_seeded_once(database: &EmptyDatabase, addresses: &[String]) {
    let client = reqwest::Client::new();
    for address in addresses {
        let ready = client
            .get(format!("{address}/v1/health/ready"))
            .send()
            .await
            .expect("GET /v1/health/ready");
        assert_eq!(ready.status(), 200, "{address} is ready");
    }
    for (path, text) in [
        ("/v1/sectors", include_str!("../../seeds/sectors.json")),
        ("/v1/covenants", include_str!("../../seeds/covenants.json")),
        (
            "/v1/organisations",
            include_str!("../../seeds/organisations.json"),
        ),
    ] {
        for address in addresses {
            let page: Value = client
                .get(format!("{address}{path}?pageSize=1"))
                .send()
                .await
                .expect("a list")
                .json()
                .await
                .expect("a JSON page");
            assert_eq!(
                page["page"]["totalItems"],
                seed_records(text),
                "{address}{path}: each seed record once"
            );
        }
    }
    let mut conn = db::connect(&database.target).expect("a connection to the test database");
    let again = seeds::load(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again.inserted, 0, "the seed data is all there: {again:?}");
}

#[actix_web::test]
async fn instances_started_at_once_on_an_empty_database_all_come_up_and_seed_it_once() {
    let database = empty_database();
    let addresses = start_at_once(&database).await;
    assert_all_ready_and_seeded_once(&database, &addresses).await;
}

#[actix_web::test]
async fn instances_started_at_once_on_a_migrated_empty_database_seed_it_once() {
    // As a deployment that runs `imvo-tracker migrate` first leaves it.
    let database = empty_database();
    let mut conn = db::connect(&database.target).expect("a connection to the test database");
    migrations::run(&mut conn).unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    let addresses = start_at_once(&database).await;
    assert_all_ready_and_seeded_once(&database, &addresses).await;
}
