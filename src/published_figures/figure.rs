//! The figure a published figure names: one metric request with its
//! `asOf`, which the service can compute again at any instant.

use chrono::NaiveDate;
use serde_json::Value;

use crate::db::DbConnection;
use crate::error::AppError;
use crate::metrics::figures;

/// A metric request, as its path and query name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Figure {
    Overview(NaiveDate),
    OecdEndorsement(NaiveDate),
    MarketCoverage(String, NaiveDate),
    Progress(String, NaiveDate),
}

/// What `Figure::parse` accepts, for the 400 and the documentation.
pub const FORMS: &str = "`/v1/metrics/overview?asOf=DATE`, `/v1/metrics/oecd-endorsement?asOf=DATE`, \
`/v1/covenants/{code}/market-coverage?asOf=DATE` or `/v1/covenants/{code}/progress?asOf=DATE`";

impl Figure {
    /// The figure `text` names, or why it names none.
    pub fn parse(text: &str) -> Result<Self, String> {
        let refuse = || format!("must be one of {FORMS}, with `asOf` a date YYYY-MM-DD");
        let (path, query) = text.split_once('?').ok_or_else(refuse)?;
        let as_of = query
            .strip_prefix("asOf=")
            .filter(|d| d.len() == 10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(refuse)?;
        let covenant = |rest: &str, tail: &str| {
            rest.strip_suffix(tail)
                .filter(|code| crate::http::rules::code(code).is_ok())
                .map(str::to_owned)
        };
        match path {
            "/v1/metrics/overview" => Ok(Self::Overview(as_of)),
            "/v1/metrics/oecd-endorsement" => Ok(Self::OecdEndorsement(as_of)),
            _ => {
                let rest = path.strip_prefix("/v1/covenants/").ok_or_else(refuse)?;
                if let Some(code) = covenant(rest, "/market-coverage") {
                    Ok(Self::MarketCoverage(code, as_of))
                } else if let Some(code) = covenant(rest, "/progress") {
                    Ok(Self::Progress(code, as_of))
                } else {
                    Err(refuse())
                }
            }
        }
    }

    /// The figure as it is computed now from the record the connection
    /// reads (today's, or one known at an instant).
    pub fn compute(&self, conn: &mut DbConnection) -> Result<Value, AppError> {
        let value = match self {
            Self::Overview(as_of) => serde_json::to_value(figures::overview(conn, *as_of)?),
            Self::OecdEndorsement(as_of) => {
                serde_json::to_value(figures::oecd_endorsement(conn, *as_of)?)
            }
            Self::MarketCoverage(code, as_of) => {
                serde_json::to_value(figures::market_coverage(conn, code.clone(), *as_of)?)
            }
            Self::Progress(code, as_of) => {
                serde_json::to_value(figures::covenant_progress(conn, code.clone(), *as_of)?)
            }
        };
        value.map_err(|e| AppError::Internal(e.to_string()))
    }

    /// The kinds of records (change feed resource types) the figure reads:
    /// a change to one of them may move it.
    pub fn reads(&self) -> &'static [&'static str] {
        match self {
            Self::Overview(_) => &[
                "annualReport",
                "covenant",
                "covenantStatusChange",
                "indicator",
                "letter",
                "measurement",
                "motion",
                "motionResponse",
                "target",
            ],
            Self::OecdEndorsement(_) => &["oecdEndorsement", "organisation", "sizeFact"],
            Self::MarketCoverage(..) => &[
                "covenant",
                "indicator",
                "letter",
                "measurement",
                "participation",
                "target",
                "annualReport",
            ],
            Self::Progress(..) => &[
                "annualReport",
                "covenant",
                "indicator",
                "letter",
                "measurement",
                "target",
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_figure_is_a_metric_request_with_its_date() {
        assert_eq!(
            Figure::parse("/v1/metrics/oecd-endorsement?asOf=2018-11-13"),
            Ok(Figure::OecdEndorsement(date("2018-11-13")))
        );
        assert_eq!(
            Figure::parse("/v1/covenants/textile/market-coverage?asOf=2018-11-13"),
            Ok(Figure::MarketCoverage("textile".into(), date("2018-11-13")))
        );
        for refused in [
            "/v1/metrics/overview",
            "/v1/metrics/overview?asOf=2018-1-1",
            "/v1/metrics/overview?asOf=2018-11-13&knownAt=2026-01-01T00:00:00Z",
            "/v1/covenants/Textile!/progress?asOf=2018-11-13",
            "/v1/covenants/textile/progress/x?asOf=2018-11-13",
            "/v1/sectors?asOf=2018-11-13",
        ] {
            assert!(Figure::parse(refused).is_err(), "{refused}");
        }
    }
}
