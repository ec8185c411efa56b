//! Mirrors an imvo-tracker service into a local SQLite file through its
//! change feed, then keeps it up to date:
//!
//! ```sh
//! cargo run --example mirror -- http://127.0.0.1:8080/v1 mirror.sqlite3
//! ```
//!
//! Stop it at any time; the next run resumes from the stored cursor.

mod sync;

use std::time::Duration;

#[actix_web::main]
async fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let (Some(base), Some(path)) = (args.next(), args.next()) else {
        return Err("usage: mirror BASE_URL (e.g. http://127.0.0.1:8080/v1) SQLITE_FILE".into());
    };
    let base = base.trim_end_matches('/');
    let client = reqwest::Client::new();
    let mut conn = sync::open(&path)?;
    loop {
        let applied = sync::catch_up(&client, base, &mut conn).await?;
        if applied > 0 {
            let held = sync::contents(&mut conn)?;
            let mut kinds: Vec<&str> = held.iter().map(|r| r.resource_type.as_str()).collect();
            kinds.dedup();
            println!(
                "applied {applied} changes; the mirror holds {} resources of {} kinds",
                held.len(),
                kinds.len()
            );
        }
        actix_web::rt::time::sleep(Duration::from_secs(5)).await;
    }
}
