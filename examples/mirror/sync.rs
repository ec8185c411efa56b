//! Keeps a local SQLite copy of an imvo-tracker service up to date through
//! its change feed (`GET /v1/changes`): each change replaces the stored
//! representation of its resource, a delete removes it, and the cursor is
//! stored in the same transaction as the changes it follows, so a restart
//! resumes exactly where the last run stopped. Shared by the `mirror`
//! example and the test that checks a mirror against the service.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::sqlite::SqliteConnection;
use serde_json::Value;

const SCHEMA: &str = "\
CREATE TABLE IF NOT EXISTS mirrored (
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    representation TEXT NOT NULL,
    PRIMARY KEY (resource_type, resource_id)
);
CREATE TABLE IF NOT EXISTS feed_cursor (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    cursor TEXT NOT NULL
);";

/// Opens (and if need be creates) the mirror at `path`.
pub fn open(path: &str) -> Result<SqliteConnection, String> {
    let mut conn = SqliteConnection::establish(path).map_err(|e| e.to_string())?;
    conn.batch_execute(SCHEMA).map_err(|e| e.to_string())?;
    Ok(conn)
}

#[derive(QueryableByName)]
struct StoredCursor {
    #[diesel(sql_type = Text)]
    cursor: String,
}

/// One resource as mirrored. (The example reads only its kind; the test
/// compares everything.)
#[derive(QueryableByName)]
#[allow(dead_code)]
pub struct Mirrored {
    #[diesel(sql_type = Text)]
    pub resource_type: String,
    #[diesel(sql_type = Text)]
    pub resource_id: String,
    #[diesel(sql_type = BigInt)]
    pub version: i64,
    #[diesel(sql_type = Text)]
    pub representation: String,
}

/// Every resource in the mirror.
pub fn contents(conn: &mut SqliteConnection) -> Result<Vec<Mirrored>, String> {
    diesel::sql_query(
        "SELECT resource_type, resource_id, version, representation FROM mirrored \
         ORDER BY resource_type, resource_id",
    )
    .load(conn)
    .map_err(|e| e.to_string())
}

/// Reads the feed from the stored cursor to its end; returns how many
/// changes were applied.
pub async fn catch_up(
    client: &reqwest::Client,
    base: &str,
    conn: &mut SqliteConnection,
) -> Result<usize, String> {
    let stored: Option<StoredCursor> =
        diesel::sql_query("SELECT cursor FROM feed_cursor WHERE only_row = 1")
            .get_result(conn)
            .optional()
            .map_err(|e| e.to_string())?;
    let mut next = match stored {
        Some(stored) => format!("{base}/changes?after={}&limit=500", stored.cursor),
        None => format!("{base}/changes?limit=500"),
    };
    let mut applied = 0;
    loop {
        let response = client.get(&next).send().await.map_err(|e| e.to_string())?;
        if !response.status().is_success() {
            return Err(format!("GET {next}: {}", response.status()));
        }
        let page: Value = response.json().await.map_err(|e| e.to_string())?;
        let changes = page["items"].as_array().cloned().unwrap_or_default();
        if changes.is_empty() {
            return Ok(applied);
        }
        conn.transaction(|conn| changes.iter().try_for_each(|change| apply(conn, change)))
            .map_err(|e: diesel::result::Error| e.to_string())?;
        applied += changes.len();
        next = page["_links"]["next"]["href"]
            .as_str()
            .ok_or("a page without a next link")?
            .to_owned();
    }
}

/// One change, and the cursor after it.
fn apply(conn: &mut SqliteConnection, change: &Value) -> QueryResult<()> {
    let text = |name: &str| change[name].as_str().unwrap_or_default().to_owned();
    let (kind, id) = (text("resourceType"), text("resourceId"));
    match &change["resource"] {
        Value::Null => {
            diesel::sql_query("DELETE FROM mirrored WHERE resource_type = ? AND resource_id = ?")
                .bind::<Text, _>(&kind)
                .bind::<Text, _>(&id)
                .execute(conn)?;
        }
        resource => {
            diesel::sql_query(
                "INSERT INTO mirrored (resource_type, resource_id, version, representation) \
                 VALUES (?, ?, ?, ?) ON CONFLICT (resource_type, resource_id) DO UPDATE \
                 SET version = excluded.version, representation = excluded.representation",
            )
            .bind::<Text, _>(&kind)
            .bind::<Text, _>(&id)
            .bind::<BigInt, _>(change["version"].as_i64().unwrap_or_default())
            .bind::<Text, _>(resource.to_string())
            .execute(conn)?;
        }
    }
    diesel::sql_query(
        "INSERT INTO feed_cursor (only_row, cursor) VALUES (1, ?) \
         ON CONFLICT (only_row) DO UPDATE SET cursor = excluded.cursor",
    )
    .bind::<Text, _>(text("cursor"))
    .execute(conn)?;
    Ok(())
}
