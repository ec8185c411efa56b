//! The maintained 90% indicator compared with the full computation at
//! today's date, every `OECD_DRIFT_CHECK_INTERVAL`, for `/metrics`.

use std::time::Duration;

use crate::db::{self, Pool};
use crate::metrics::queries;
use crate::oecd_counts;
use crate::telemetry::instruments::{OECD_DRIFT, OECD_DRIFT_CHECKED};

/// Checks at start and then every `interval`, for ever; never when it is
/// zero.
pub async fn check_forever(pool: Pool, interval: Duration) {
    if interval.is_zero() {
        return;
    }
    loop {
        if let Err(error) = check(&pool).await {
            tracing::warn!(%error, "cannot compare the maintained indicator with the full computation");
        }
        actix_web::rt::time::sleep(interval).await;
    }
}

async fn check(pool: &Pool) -> Result<(), crate::error::AppError> {
    let today = chrono::Utc::now().date_naive();
    let (maintained, computed) = db::run(pool, move |conn| {
        let maintained = oecd_counts::counts_at(conn, &[today])?;
        let computed = queries::oecd_series(conn, &[today])?;
        Ok((maintained, computed))
    })
    .await?;
    if let (Some(m), Some(c)) = (maintained.first(), computed.first()) {
        OECD_DRIFT
            .with_label_values(&["largeCompanies"])
            .set(m.0 - c.0);
        OECD_DRIFT.with_label_values(&["endorsing"]).set(m.1 - c.1);
        if (m.0, m.1) != (c.0, c.1) {
            tracing::warn!(maintained = ?m, computed = ?c, "the maintained 90% indicator has drifted: run `imvo-tracker metrics rebuild`");
        }
    }
    OECD_DRIFT_CHECKED.set(chrono::Utc::now().timestamp() as f64);
    Ok(())
}
