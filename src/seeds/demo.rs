//! A demonstration set for the OECD-endorsement indicator, which the letters
//! give no real inputs for: generated, deterministic, and marked synthetic in
//! every record's name and source. Loaded only on request
//! (`imvo-tracker seed --demo`), never with the real record.

use chrono::NaiveDate;
use serde_json::json;

use crate::db::{self, DbConnection, write_transaction};
use crate::error::AppError;
use crate::http::json_body::from_value;
use crate::seeds::{Loaded, SeedError, keys};
use crate::{oecd_counts, oecd_endorsements, organisations, size_facts};

/// How many synthetic companies the set has.
pub const COMPANIES: usize = 240;
const FIRST_YEAR: i32 = 2016;
const LAST_YEAR: i32 = 2023;
/// What every synthetic record says it is.
pub const MARK: &str =
    "SYNTHETIC demonstration data (imvo-tracker seed --demo); not a real company or figure";

/// A small deterministic generator (xorshift64*): the same set every time,
/// on every machine, without a dependency.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A whole number in `low..=high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = u64::try_from(high - low + 1).unwrap_or(1);
        low + i64::try_from(self.next() % span).unwrap_or(0)
    }
}

/// The synthetic company with number `n` (1-based).
pub fn company_name(n: usize) -> String {
    format!("Demobedrijf {n:03} (synthetic)")
}

/// Loads the set in one transaction; a set already loaded is left alone.
pub fn load(conn: &mut DbConnection) -> Result<Loaded, SeedError> {
    let at = |index: usize, problem: String| SeedError {
        file: "demo",
        index,
        problem,
    };
    write_transaction(conn, |conn| {
        match keys::organisation(conn, &company_name(1).into()) {
            Ok(_) => {
                return Ok(Loaded {
                    inserted: 0,
                    already_there: COMPANIES,
                });
            }
            Err(AppError::Invalid { .. }) => {}
            Err(other) => return Err(at(0, other.to_string())),
        }
        let mut sequence = Sequence(0x1D_C0FF_EE15_2023);
        for n in 1..=COMPANIES {
            company(conn, &mut sequence, n).map_err(|e| at(n, e.to_string()))?;
        }
        Ok(Loaded {
            inserted: COMPANIES,
            already_there: 0,
        })
    })
}

fn company(conn: &mut DbConnection, sequence: &mut Sequence, n: usize) -> Result<(), AppError> {
    let now = db::now();
    let input = from_value(json!({
        "name": company_name(n),
        "kind": "company",
        "country": if n % 10 == 0 { "DE" } else { "NL" },
        "source": MARK,
    }))?;
    let organisation = organisations::queries::insert(conn, &input, now)?.id;
    // Sizes spread around the "large company" thresholds (500 employees,
    // EUR 20 million assets, EUR 40 million turnover), growing a little
    // each year, so that companies cross them over time.
    let mut employees = sequence.between(150, 2_500);
    let mut assets = sequence.between(5_000_000, 120_000_000);
    let mut turnover = sequence.between(10_000_000, 200_000_000);
    for year in FIRST_YEAR..=LAST_YEAR {
        let fact = from_value(json!({
            "year": year,
            "employees": employees,
            "totalAssetsEur": assets,
            "netTurnoverEur": turnover,
            "source": MARK,
        }))?;
        size_facts::queries::insert(conn, organisation, &fact, now)?;
        employees += employees * sequence.between(0, 8) / 100;
        assets += assets * sequence.between(0, 10) / 100;
        turnover += turnover * sequence.between(0, 10) / 100;
    }
    // About three in four endorse at some point; earlier ones more often
    // later, so the share rises year by year; a few withdraw again.
    if sequence.between(1, 4) > 1 {
        let year = i32::try_from(sequence.between(i64::from(FIRST_YEAR), i64::from(LAST_YEAR) + 1))
            .unwrap_or(LAST_YEAR);
        let endorsed_on =
            NaiveDate::from_ymd_opt(year, u32::try_from(sequence.between(1, 12)).unwrap_or(1), 1)
                .ok_or_else(|| AppError::Internal("a demonstration date".into()))?;
        let withdrawn_on =
            (sequence.between(1, 12) == 1).then(|| endorsed_on + chrono::Days::new(400));
        let endorsement = from_value(json!({
            "endorsedOn": endorsed_on,
            "withdrawnOn": withdrawn_on,
            "source": MARK,
        }))?;
        oecd_endorsements::queries::insert(conn, organisation, &endorsement, now)?;
    }
    // Written past the write path (no change log for a demonstration set),
    // so counted in the maintained indicator here.
    oecd_counts::changed(conn, organisation)?;
    Ok(())
}
