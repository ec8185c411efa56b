//! The computed figures: each reads the record as it stands (or as it was
//! known, inside `history::known_at`) at a date and assembles a metric.
//! The endpoints in `handlers` and the published figures compute them here.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::covenant_status::queries as covenant_status;
use crate::covenants::model::CovenantStatus;
use crate::covenants::queries as covenants;
use crate::db::DbConnection;
use crate::error::AppError;
use crate::history;
use crate::http::listing::Link;
use crate::indicators::model::{Direction, Unit};
use crate::measurements::model::Qualifier;
use crate::metrics::model::{
    CovenantFigures, CovenantFiguresLinks, CovenantProgress, CovenantsByStatus, CovenantsDashboard,
    CoverageNotComputed, CoverageNotComputedReason, LatestValue, LatestValueLinks, MarketCoverage,
    OecdEndorsementMetric, OecdLinks, Overview, ProgressBasis, ProgressValueLinks, Projection,
    Ratio, ReportedFigure, SeriesPoint, StatusCount, TargetProgress, TargetValue, YearCount,
    companies_link,
};
use crate::metrics::queries::{self, CompanyKey, CountedCompany, MeasuredValue, TargetRow};
use crate::metrics::trend::{projection, status};
use crate::ngo_assessments::model::NgoAssessmentView;
use crate::ngo_assessments::queries as ngo_assessments;
use crate::oecd_counts;

/// The indicator the service computes itself (`oecd_endorsement`).
const OECD_INDICATOR: &str = "oecd-endorsement";
/// The national target of the 90% indicator (Kamerbrief 13 November 2018),
/// when the record holds none.
const OECD_TARGET: f64 = 0.9;
const MARKET_COVERAGE: &str = "market-coverage";
/// What a covenant reports beside its coverage: how many take part.
const PARTICIPANTS: &str = "participants";

const OECD_DEFINITION: &str = "The share of large Dutch companies that endorse the OECD Guidelines for \
Multinational Enterprises. Large (Kamerbrief 13 November 2018, citing Kamerstuk 26 485, nr. 291): an \
organisation of kind company in country NL whose latest size facts of a year not after asOf's year show \
more than 500 employees AND more than EUR 20,000,000 total assets AND more than EUR 40,000,000 net \
turnover. Endorsing: an endorsement on or before asOf not withdrawn on or before asOf. Target: the national target recorded for the indicator \
oecd-endorsement (90% by 2023-12-31, Kamerbrief 2 July 2018); the overview shows the same figures against it.";

const COVERAGE_DEFINITION: &str = "Active participants: participations recorded in this API that joined on \
or before asOf and did not leave on or before asOf. Computed coverage: the sum of their market shares \
(each a ratio from 0 to 1), capped at 1; participants without a share are counted apart, and when none \
has a share the coverage cannot be computed and is null (notComputed says why), not 0. Reported figures: \
the covenant's own market-coverage (ratio) and participants (count) measurements up to asOf, with their \
sources, as reported. Reported: the latest market-coverage measurement against the covenant's \
market-coverage target.";

/// The most points in the OECD indicator's series (stated in its
/// description and `maxItems`). In the full computation (`knownAt` reads)
/// each point adds terms evaluated over every size fact and endorsement,
/// so this bounds the cost of any `asOf`: 15 points took 1.4 times the 8
/// of the synthetic data at today's date (PostgreSQL, 100,000 companies),
/// and keep the demonstration data's years from 2016 to 2030.
const OECD_SERIES_POINTS: i32 = 15;
/// The most years in the overview's covenants signed per year (stated in
/// its description and `maxItems`). Counting them is one grouped query; this bounds the
/// answer's size.
const SIGNED_PER_YEAR_YEARS: i32 = 50;

/// DESIGN's status rule over a series of (date, value) points.
fn trend(
    points: &[(NaiveDate, f64)],
    target: f64,
    due_on: NaiveDate,
    as_of: NaiveDate,
    direction: Direction,
) -> (Option<Projection>, crate::metrics::trend::Status) {
    let projected = projection(points, due_on);
    let latest = points.last().map(|(_, v)| *v);
    let status = status(
        latest,
        points.len(),
        projected,
        target,
        due_on,
        as_of,
        direction,
    );
    (
        projected.map(|value| Projection {
            date: due_on,
            value,
        }),
        status,
    )
}

/// Why the coverage cannot be computed from `active` participants of which
/// `with_share` have a market share, if it cannot.
fn not_computed(active: i64, with_share: i64, as_of: NaiveDate) -> Option<CoverageNotComputed> {
    if with_share > 0 {
        return None;
    }
    Some(if active == 0 {
        CoverageNotComputed {
            reason: CoverageNotComputedReason::NoParticipants,
            detail: format!(
                "No participant of the covenant is recorded as active at {as_of}, so the coverage \
                 cannot be computed from participations. What the covenant itself reported is in \
                 reportedFigures."
            ),
        }
    } else {
        CoverageNotComputed {
            reason: CoverageNotComputedReason::NoMarketShares,
            detail: format!(
                "{} recorded as active at {as_of} {} a market share recorded, so the coverage \
                 cannot be computed from participations. What the covenant itself reported is in \
                 reportedFigures.",
                if active == 1 {
                    "The one participant".to_owned()
                } else {
                    format!("None of the {active} participants")
                },
                if active == 1 { "has no" } else { "has" },
            ),
        }
    })
}

fn source_link(m: &MeasuredValue) -> Link {
    match (m.annual_report_id, m.letter_id, &m.source_url) {
        (Some(report), _, _) => Link::new(format!("/v1/annual-reports/{report}")),
        (_, Some(letter), _) => Link::new(format!("/v1/letters/{letter}")),
        (_, _, Some(url)) => Link::new(url.clone()),
        _ => Link::new(format!("/v1/measurements/{}", m.id)),
    }
}

/// A target's progress up to `as_of`: the national OECD target from the
/// computed indicator (the figures `/v1/metrics/oecd-endorsement` gives),
/// every other from its measurements.
fn target_progress(
    conn: &mut DbConnection,
    target: &TargetRow,
    covenant: Option<i64>,
    as_of: NaiveDate,
) -> Result<TargetProgress, AppError> {
    if covenant.is_none() && target.indicator_code == OECD_INDICATOR {
        computed_oecd_progress(conn, target, as_of)
    } else {
        measured_progress(conn, target, covenant, as_of)
    }
}

/// A target's progress from its measurements up to `as_of`.
fn measured_progress(
    conn: &mut DbConnection,
    target: &TargetRow,
    covenant: Option<i64>,
    as_of: NaiveDate,
) -> Result<TargetProgress, AppError> {
    let measured = queries::series(conn, target.indicator_id, covenant, as_of)?;
    let direction = Direction::from_stored(&target.direction);
    let points: Vec<(NaiveDate, f64)> = measured.iter().map(|m| (m.measured_on, m.value)).collect();
    let (projection, status) = trend(&points, target.value, target.due_on, as_of, direction);
    let latest = measured.last().map(|m| LatestValue {
        value: m.value,
        qualifier: Qualifier::from_stored(&m.qualifier),
        measured_on: m.measured_on,
        links: ProgressValueLinks {
            measurement: Some(Link::new(format!("/v1/measurements/{}", m.id))),
            metric: None,
            source: source_link(m),
        },
    });
    Ok(TargetProgress {
        indicator: target.indicator_code.clone(),
        unit: Unit::from_stored(&target.unit),
        direction,
        target: target_value(target),
        basis: ProgressBasis::Measured,
        gap: gap(target, direction, latest.as_ref()),
        latest,
        series: measured
            .iter()
            .map(|m| SeriesPoint {
                date: m.measured_on,
                value: Some(m.value),
                numerator: m.numerator,
                denominator: m.denominator,
            })
            .collect(),
        projection,
        status,
    })
}

/// The national OECD target's progress: the computed indicator against it.
fn computed_oecd_progress(
    conn: &mut DbConnection,
    target: &TargetRow,
    as_of: NaiveDate,
) -> Result<TargetProgress, AppError> {
    let direction = Direction::from_stored(&target.direction);
    let computed = oecd_progress(conn, as_of, &target_value(target), direction)?;
    let latest = computed.share.value.map(|value| LatestValue {
        value,
        qualifier: Qualifier::Exact,
        measured_on: as_of,
        links: ProgressValueLinks {
            measurement: None,
            metric: Some(Link::new(format!(
                "/v1/metrics/oecd-endorsement?asOf={as_of}"
            ))),
            source: companies_link(as_of),
        },
    });
    Ok(TargetProgress {
        indicator: target.indicator_code.clone(),
        unit: Unit::from_stored(&target.unit),
        direction,
        target: target_value(target),
        basis: ProgressBasis::Computed,
        gap: gap(target, direction, latest.as_ref()),
        latest,
        series: computed.series,
        projection: computed.projection,
        status: computed.status,
    })
}

fn target_value(target: &TargetRow) -> TargetValue {
    TargetValue {
        value: target.value,
        due_on: target.due_on,
    }
}

/// How far `latest` is from the target, positive while still to go;
/// rounded to 12 decimals so that 0.5 - 0.45 shows as 0.05.
fn gap(target: &TargetRow, direction: Direction, latest: Option<&LatestValue>) -> Option<f64> {
    latest.map(|l| {
        let gap = match direction {
            Direction::HigherIsBetter => target.value - l.value,
            Direction::LowerIsBetter => l.value - target.value,
        };
        (gap * 1e12).round() / 1e12
    })
}

/// Counts per year for every year from the first with one to `as_of`'s
/// year (0 where there are none), at most the last `SIGNED_PER_YEAR_YEARS`.
fn every_year(counts: &[(i32, i64)], as_of: NaiveDate) -> Vec<YearCount> {
    let Some((first, _)) = counts.first() else {
        return Vec::new();
    };
    let from = (*first).max(as_of.year() - (SIGNED_PER_YEAR_YEARS - 1));
    (from..=as_of.year())
        .map(|year| YearCount {
            year,
            count: counts
                .iter()
                .find(|(y, _)| *y == year)
                .map_or(0, |(_, count)| *count),
        })
        .collect()
}

/// (large companies, of which endorsing) at each of `dates`: maintained on
/// write, or computed from the versions in a `knownAt` read.
pub fn oecd_counts_at(
    conn: &mut DbConnection,
    dates: &[NaiveDate],
) -> diesel::QueryResult<Vec<(i64, i64)>> {
    if history::reading_known_record() {
        queries::oecd_series(conn, dates)
    } else {
        oecd_counts::counts_at(conn, dates)
    }
}

/// Up to `limit` of the companies the indicator counts at `as_of`, after
/// `after`: from the maintained spans, or computed from the versions in a
/// `knownAt` read.
pub fn oecd_companies(
    conn: &mut DbConnection,
    as_of: NaiveDate,
    after: Option<&CompanyKey>,
    limit: i64,
) -> diesel::QueryResult<Vec<CountedCompany>> {
    if history::reading_known_record() {
        queries::oecd_companies(conn, as_of, after, limit)
    } else {
        oecd_counts::companies(conn, as_of, after, limit)
    }
}

/// The OECD indicator computed at `as_of` against `target`: its counts,
/// series, projection and status.
struct OecdProgress {
    large: i64,
    endorsing: i64,
    share: Ratio,
    series: Vec<SeriesPoint>,
    projection: Option<Projection>,
    status: crate::metrics::trend::Status,
}

fn oecd_progress(
    conn: &mut DbConnection,
    as_of: NaiveDate,
    target: &TargetValue,
    direction: Direction,
) -> Result<OecdProgress, AppError> {
    let mut dates: Vec<NaiveDate> = match queries::first_size_fact_year(conn)? {
        Some(first) => (first.max(as_of.year() - (OECD_SERIES_POINTS - 1))..as_of.year())
            .filter_map(|y| NaiveDate::from_ymd_opt(y, 12, 31))
            .collect(),
        None => Vec::new(),
    };
    dates.push(as_of);
    let counts = oecd_counts_at(conn, &dates)?;
    let (large, endorsing) = counts.last().copied().unwrap_or((0, 0));
    let series: Vec<SeriesPoint> = dates
        .into_iter()
        .zip(counts)
        .map(|(date, (denominator, numerator))| {
            let ratio = Ratio::of(numerator as f64, denominator as f64);
            SeriesPoint {
                date,
                value: ratio.value,
                numerator: Some(ratio.numerator),
                denominator: Some(ratio.denominator),
            }
        })
        .collect();
    let points: Vec<(NaiveDate, f64)> = series
        .iter()
        .filter_map(|p| p.value.map(|v| (p.date, v)))
        .collect();
    let (projection, status) = trend(&points, target.value, target.due_on, as_of, direction);
    Ok(OecdProgress {
        large,
        endorsing,
        share: Ratio::of(endorsing as f64, large as f64),
        series,
        projection,
        status,
    })
}

/// The national target of the OECD indicator at `as_of`, as recorded (the
/// one due next, else the last), or the letter's 90% by 2023 when none is.
fn oecd_target(conn: &mut DbConnection, as_of: NaiveDate) -> Result<TargetValue, AppError> {
    let targets = queries::targets_of(conn, None, Some(OECD_INDICATOR))?;
    match targets
        .iter()
        .find(|t| t.due_on >= as_of)
        .or(targets.last())
    {
        Some(target) => Ok(target_value(target)),
        None => Ok(TargetValue {
            value: OECD_TARGET,
            due_on: NaiveDate::from_ymd_opt(2023, 12, 31)
                .ok_or_else(|| AppError::Internal("the target date".into()))?,
        }),
    }
}

/// The 90% indicator at `as_of`.
pub fn oecd_endorsement(
    conn: &mut DbConnection,
    as_of: NaiveDate,
) -> Result<OecdEndorsementMetric, AppError> {
    let target = oecd_target(conn, as_of)?;
    let computed = oecd_progress(conn, as_of, &target, Direction::HigherIsBetter)?;
    Ok(OecdEndorsementMetric {
        as_of,
        definition: OECD_DEFINITION.to_owned(),
        large_companies: computed.large,
        endorsing: computed.endorsing,
        share: computed.share,
        target,
        series: computed.series,
        projection: computed.projection,
        status: computed.status,
        links: OecdLinks {
            self_link: Link::new(format!("/v1/metrics/oecd-endorsement?asOf={as_of}")),
            companies: companies_link(as_of),
        },
    })
}

/// A covenant's market coverage at `as_of`.
pub fn market_coverage(
    conn: &mut DbConnection,
    code: String,
    as_of: NaiveDate,
) -> Result<MarketCoverage, AppError> {
    let id = covenants::id_by_code(conn, &code)?;
    let (active, companies, shares, without) = queries::participation_totals(conn, id, as_of)?;
    let with_share = active - without;
    let not_computed = not_computed(active, with_share, as_of);
    let reported_figures = queries::reported(conn, id, &[MARKET_COVERAGE, PARTICIPANTS], as_of)?
        .into_iter()
        .map(|r| ReportedFigure {
            indicator: r.indicator_code,
            unit: Unit::from_stored(&r.unit),
            value: r.value.value,
            qualifier: Qualifier::from_stored(&r.value.qualifier),
            measured_on: r.value.measured_on,
            note: r.note,
            links: LatestValueLinks {
                measurement: Link::new(format!("/v1/measurements/{}", r.value.id)),
                source: source_link(&r.value),
            },
        })
        .collect();
    let targets = queries::targets_of(conn, Some(id), Some(MARKET_COVERAGE))?;
    // The target that is due next at asOf, else the last one.
    let target = targets
        .iter()
        .find(|t| t.due_on >= as_of)
        .or(targets.last());
    let reported = target
        .map(|t| target_progress(conn, t, Some(id), as_of))
        .transpose()?;
    Ok(MarketCoverage {
        as_of,
        covenant: code,
        definition: COVERAGE_DEFINITION.to_owned(),
        active_participants: active,
        company_participants: companies,
        participants_with_share: with_share,
        participants_without_share: without,
        computed_coverage: not_computed.is_none().then(|| shares.min(1.0)),
        capped: shares > 1.0,
        not_computed,
        reported_figures,
        reported,
    })
}

/// A covenant's progress at `as_of`.
pub fn covenant_progress(
    conn: &mut DbConnection,
    code: String,
    as_of: NaiveDate,
) -> Result<CovenantProgress, AppError> {
    let id = covenants::id_by_code(conn, &code)?;
    let targets = queries::targets_of(conn, Some(id), None)?;
    let targets = targets
        .iter()
        .map(|t| target_progress(conn, t, Some(id), as_of))
        .collect::<Result<_, _>>()?;
    let ngo_assessments = ngo_assessments::of_covenant_at(conn, id, as_of)?
        .iter()
        .map(NgoAssessmentView::from)
        .collect();
    Ok(CovenantProgress {
        as_of,
        covenant: code,
        targets,
        ngo_assessments,
    })
}

/// The dashboard overview at `as_of`.
pub fn overview(conn: &mut DbConnection, as_of: NaiveDate) -> Result<Overview, AppError> {
    let statuses = covenant_status::statuses_at(conn, as_of)?;
    let per_year = |pairs: Vec<(i32, i64)>| {
        pairs
            .into_iter()
            .map(|(year, count)| YearCount { year, count })
            .collect()
    };
    let signings = queries::covenants_signed_per_year(conn, as_of)?;
    let national = queries::targets_of(conn, None, None)?;
    Ok(Overview {
        as_of,
        covenants_by_status: CovenantsByStatus::of(&statuses),
        covenants_signed_per_year: every_year(&signings, as_of),
        annual_reports_per_year: per_year(queries::annual_reports_per_year(conn, as_of)?),
        motions_by_status: queries::motions_by_status(conn, as_of)?
            .into_iter()
            .map(|(status, count)| StatusCount { status, count })
            .collect(),
        national_indicators: national
            .iter()
            .map(|t| target_progress(conn, t, None, as_of))
            .collect::<Result<_, _>>()?,
    })
}

/// Every covenant track's figures and the national ones at `as_of`: what a
/// dashboard shows, in one answer.
pub fn covenants_dashboard(
    conn: &mut DbConnection,
    as_of: NaiveDate,
) -> Result<CovenantsDashboard, AppError> {
    let statuses = covenant_status::statuses_by_covenant_at(conn, as_of)?;
    let mut spans: HashMap<i64, Vec<(NaiveDate, Option<NaiveDate>)>> = HashMap::new();
    for (covenant, joined, left) in queries::participation_spans(conn)? {
        spans.entry(covenant).or_default().push((joined, left));
    }
    let mut covenants = Vec::new();
    for (id, code, title_nl, title_en) in queries::covenant_titles(conn)? {
        let Some(status) = statuses.get(&id) else {
            continue;
        };
        let participants = participant_series(spans.get(&id).map_or(&[][..], Vec::as_slice), as_of);
        let targets = queries::targets_of(conn, Some(id), None)?
            .iter()
            .map(|t| target_progress(conn, t, Some(id), as_of))
            .collect::<Result<_, _>>()?;
        covenants.push(CovenantFigures {
            status: CovenantStatus::from_stored(status),
            participants,
            coverage: market_coverage(conn, code.clone(), as_of)?,
            targets,
            links: CovenantFiguresLinks {
                covenant: Link::new(format!("/v1/covenants/{code}")),
                progress: Link::new(format!("/v1/covenants/{code}/progress?asOf={as_of}")),
                market_coverage: Link::new(format!(
                    "/v1/covenants/{code}/market-coverage?asOf={as_of}"
                )),
            },
            covenant: code,
            title_nl,
            title_en,
        });
    }
    Ok(CovenantsDashboard {
        as_of,
        covenants,
        overview: overview(conn, as_of)?,
        oecd_endorsement: oecd_endorsement(conn, as_of)?,
    })
}

/// Participations active at the end of each year from the first joining's
/// year, the last counted at `as_of` itself.
fn participant_series(
    spans: &[(NaiveDate, Option<NaiveDate>)],
    as_of: NaiveDate,
) -> Vec<YearCount> {
    let Some(first) = spans.iter().map(|(on, _)| on.year()).min() else {
        return Vec::new();
    };
    (first..=as_of.year())
        .filter_map(|year| {
            let day = NaiveDate::from_ymd_opt(year, 12, 31)?.min(as_of);
            let count = spans
                .iter()
                .filter(|(on, left)| *on <= day && left.is_none_or(|left| left > day))
                .count();
            Some(YearCount {
                year,
                count: i64::try_from(count).unwrap_or(i64::MAX),
            })
        })
        .collect()
}
