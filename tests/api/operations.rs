//! Liveness, readiness and behaviour when the database is unavailable.

use std::time::Duration;

use imvo_tracker::config::DatabaseTarget;
use imvo_tracker::startup::Application;
use imvo_tracker::{db, migrations};

use crate::helpers::{header, problem, spawn_app, spawn_app_with_pool, test_config};

#[actix_web::test]
async fn liveness_and_readiness_are_up_with_a_database() {
    let app = spawn_app().await;
    for (path, status) in [("/v1/health/live", "up"), ("/v1/health/ready", "ready")] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["status"], status);
    }
}

/// A pool whose database cannot be reached: nothing listens on port 1.
fn unreachable() -> (DatabaseTarget, db::Pool) {
    let target =
        DatabaseTarget::Postgres("postgres://nobody@127.0.0.1:1/none?connect_timeout=1".into());
    let pool = db::build_pool(&target, 2, Duration::from_millis(300));
    (target, pool)
}

#[actix_web::test]
async fn without_a_database_reads_and_writes_get_503_problems_and_readiness_fails() {
    let (target, pool) = unreachable();
    let app = spawn_app_with_pool(target, pool).await;
    let live = app.get("/v1/health/live").await;
    assert_eq!(
        live.status(),
        200,
        "liveness does not depend on the database"
    );
    problem(app.get("/v1/health/ready").await, 503).await;
    let response = app.get("/v1/sectors").await;
    assert_eq!(header(&response, "retry-after"), "5");
    problem(response, 503).await;
    let write = app
        .post_json(
            "/v1/sectors",
            &serde_json::json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"}),
        )
        .await;
    problem(write, 503).await;
}

#[actix_web::test]
async fn an_unreachable_postgresql_stops_the_start_with_the_real_cause() {
    let (target, _) = unreachable();
    let Err(error) = Application::build(&test_config(target)) else {
        panic!("the app started without a database");
    };
    let message = error.to_string();
    assert!(
        message.starts_with("cannot connect to PostgreSQL: "),
        "{message}"
    );
    assert!(
        message.to_lowercase().contains("refused"),
        "names the cause: {message}"
    );
    assert!(!message.contains('\n'), "one line: {message}");
}

#[actix_web::test]
async fn a_new_sqlite_file_is_created_with_its_folder() {
    let folder = std::env::temp_dir().join(format!(
        "imvo-tracker-tests/{}/nested",
        uuid::Uuid::new_v4()
    ));
    let path = folder.join("db.sqlite3");
    let mut conn = db::connect(&DatabaseTarget::Sqlite(path.clone())).expect("a new SQLite file");
    assert!(migrations::run(&mut conn).is_ok_and(|applied| applied > 0));
    assert_eq!(migrations::run(&mut conn), Ok(0), "migrations apply once");
    assert!(path.exists());
    drop(conn);
    let _ = std::fs::remove_dir_all(folder.parent().unwrap());
}
