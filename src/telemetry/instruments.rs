//! The service's own instruments, registered once per process in
//! Prometheus' default registry. Imports nothing of the crate, so that any
//! module may record into them.

use std::sync::LazyLock;

use prometheus::core::Collector;
use prometheus::{
    Gauge, Histogram, HistogramOpts, IntCounter, IntCounterVec, IntGauge, IntGaugeVec, Opts,
};

/// Registers `metric` in the default registry (once: the statics below are
/// made once per process) and answers it.
fn registered<T: Collector + Clone + 'static>(metric: T) -> T {
    if let Err(error) = prometheus::default_registry().register(Box::new(metric.clone())) {
        tracing::warn!(%error, "a metric is not registered");
    }
    metric
}

fn gauge_vec(name: &str, help: &str, label: &str) -> IntGaugeVec {
    registered(IntGaugeVec::new(Opts::new(name, help), &[label]).unwrap_or_else(|_| unreachable()))
}

/// The options above are constant and valid; a failure is a programming
/// error caught by the tests.
fn unreachable() -> ! {
    panic!("invalid metric options")
}

/// From asking for database work to holding a connection: the wait for a
/// blocking thread and then for the pool.
pub static POOL_WAIT_SECONDS: LazyLock<Histogram> = LazyLock::new(|| {
    registered(
        Histogram::with_opts(
            HistogramOpts::new(
                "imvo_db_pool_wait_seconds",
                "Time from asking for database work to holding a pooled connection.",
            )
            .buckets(vec![
                0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0,
            ]),
        )
        .unwrap_or_else(|_| unreachable()),
    )
});

/// Requests answered 503 because no thread or connection came in time.
pub static POOL_TIMEOUTS: LazyLock<IntCounter> = LazyLock::new(|| {
    registered(
        IntCounter::new(
            "imvo_db_pool_timeouts_total",
            "Database work given up because no blocking thread or pooled connection was free in time (answered 503).",
        )
        .unwrap_or_else(|_| unreachable()),
    )
});

/// The pool's connections by state, set at each scrape.
pub static POOL_CONNECTIONS: LazyLock<IntGaugeVec> = LazyLock::new(|| {
    gauge_vec(
        "imvo_db_pool_connections",
        "Pooled database connections by state (idle, in use) at the scrape.",
        "state",
    )
});

/// The pool's most connections.
pub static POOL_MAX_CONNECTIONS: LazyLock<IntGauge> = LazyLock::new(|| {
    registered(
        IntGauge::new(
            "imvo_db_pool_max_connections",
            "The most database connections the pool opens (DB_POOL_SIZE).",
        )
        .unwrap_or_else(|_| unreachable()),
    )
});

/// Reads of lists and metrics by how they were answered.
pub static RESULT_CACHE: LazyLock<IntCounterVec> = LazyLock::new(|| {
    registered(
        IntCounterVec::new(
            Opts::new(
                "imvo_result_cache_requests_total",
                "Reads of lists and metrics by outcome: notModified (304 before any query), hit (served from memory), miss (computed).",
            ),
            &["outcome"],
        )
        .unwrap_or_else(|_| unreachable()),
    )
});

/// When the maintained 90% indicator was last built from scratch.
pub static OECD_REBUILT: LazyLock<Gauge> = LazyLock::new(|| {
    registered(
        Gauge::new(
            "imvo_oecd_indicator_rebuilt_timestamp_seconds",
            "When the maintained 90% indicator was last built from the records (Unix time; 0: never).",
        )
        .unwrap_or_else(|_| unreachable()),
    )
});

/// Maintained minus computed, per count, at the last drift check.
pub static OECD_DRIFT: LazyLock<IntGaugeVec> = LazyLock::new(|| {
    gauge_vec(
        "imvo_oecd_indicator_drift",
        "The maintained 90% indicator's count minus the full computation's, at today's date, at the last check (0: they agree).",
        "count",
    )
});

/// When the drift was last checked.
pub static OECD_DRIFT_CHECKED: LazyLock<Gauge> = LazyLock::new(|| {
    registered(
        Gauge::new(
            "imvo_oecd_indicator_drift_checked_timestamp_seconds",
            "When the maintained 90% indicator was last compared with the full computation (Unix time; 0: not yet).",
        )
        .unwrap_or_else(|_| unreachable()),
    )
});

/// Makes every instrument now, at start, so that none is first made (and
/// registered) on a request.
pub fn init() {
    LazyLock::force(&POOL_WAIT_SECONDS);
    LazyLock::force(&POOL_TIMEOUTS);
    LazyLock::force(&POOL_CONNECTIONS);
    LazyLock::force(&POOL_MAX_CONNECTIONS);
    // Every outcome from zero, so that a rate can be taken from the start.
    for outcome in ["notModified", "hit", "miss"] {
        RESULT_CACHE.with_label_values(&[outcome]);
    }
    LazyLock::force(&OECD_REBUILT);
    LazyLock::force(&OECD_DRIFT);
    LazyLock::force(&OECD_DRIFT_CHECKED);
}
