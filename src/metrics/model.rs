//! Metric response types: every figure with its inputs, definition and the
//! date it was computed for.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::{IntoParams, PartialSchema, ToSchema};

use crate::covenants::model::CovenantStatus;
use crate::http::listing::Link;
use crate::http::validation::DateFormat;
use crate::indicators::model::{Direction, Unit};
use crate::measurements::model::Qualifier;
use crate::metrics::trend::Status;
use crate::ngo_assessments::model::NgoAssessmentView;

/// The date a metric is computed for, as `asOf` gives it: exactly
/// `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31. Any other form (`2019-1-1`,
/// `+2019-01-01`, a fifth year digit) is refused, not read leniently: one
/// spelling per date, in the years both databases store and compare alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf(pub NaiveDate);

impl<'de> Deserialize<'de> for AsOf {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if let Some(reason) = DateFormat::Date.refuse(&text) {
            return Err(serde::de::Error::custom(reason));
        }
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Self)
            .map_err(serde::de::Error::custom)
    }
}

impl PartialSchema for AsOf {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
            .into()
    }
}

/// The date a metric is computed for.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AsOfParams {
    /// Compute the figure for the world as it stood on this date (default
    /// today), from 0001-01-01 to 9999-12-31. The record of that world may
    /// have been corrected since; add `knownAt` to reproduce a figure
    /// exactly as the service gave it at an instant.
    #[param(inline, example = "2018-11-13")]
    pub as_of: Option<AsOf>,
}

/// The date of the companies counted by the OECD indicator, and the page.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CountedCompaniesParams {
    /// The date of the count (default today), from 0001-01-01 to 9999-12-31.
    #[param(inline, example = "2023-12-31")]
    pub as_of: Option<AsOf>,
    /// Start after this cursor: take it from the `next` link of the page
    /// before, unchanged (cursors are opaque). Leave it out for the first
    /// page. A cursor holds a place in the order, not a count, so a page
    /// is as fast to read wherever it starts, and a company added or
    /// removed meanwhile shifts no other company to another page.
    #[param(
        example = "WyJkZW1vYmVkcmlqZiAwMDEgKHN5bnRoZXRpYykiLDEyXQ",
        max_length = 2000
    )]
    pub after: Option<String>,
    /// Companies per page, 1 to 100.
    #[param(minimum = 1, maximum = 100, default = 20, example = 20)]
    pub page_size: Option<u32>,
}

/// A ratio with what it counts.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Ratio {
    /// `numerator / denominator`; `null` when the denominator is 0.
    #[schema(example = 0.75)]
    pub value: Option<f64>,
    /// What was counted.
    #[schema(example = 90)]
    pub numerator: f64,
    /// Out of how many.
    #[schema(example = 120)]
    pub denominator: f64,
}

impl Ratio {
    pub fn of(numerator: f64, denominator: f64) -> Self {
        Self {
            value: (denominator > 0.0).then(|| numerator / denominator),
            numerator,
            denominator,
        }
    }
}

/// The value to reach by a date.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TargetValue {
    /// The value.
    #[schema(example = 0.9)]
    pub value: f64,
    /// The date by which.
    #[schema(example = "2023-12-31")]
    pub due_on: NaiveDate,
}

/// One point of a series.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SeriesPoint {
    /// The date of the value.
    #[schema(example = "2018-12-31")]
    pub date: NaiveDate,
    /// The value (`null` when a ratio's denominator is 0).
    #[schema(example = 0.45)]
    pub value: Option<f64>,
    /// For a ratio: what was counted.
    pub numerator: Option<f64>,
    /// For a ratio: out of how many.
    pub denominator: Option<f64>,
}

/// The least-squares line through the series, at the target date.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Projection {
    /// The target date.
    #[schema(example = "2023-12-31")]
    pub date: NaiveDate,
    /// The projected value.
    #[schema(example = 0.87)]
    pub value: f64,
}

/// The 90% indicator: the share of large Dutch companies that endorse the
/// OECD Guidelines.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OecdEndorsementMetric {
    /// The date the figure is computed for.
    #[schema(example = "2023-12-31")]
    pub as_of: NaiveDate,
    /// How the figure is defined.
    pub definition: String,
    /// Large Dutch companies at `asOf` (the denominator).
    #[schema(example = 120)]
    pub large_companies: i64,
    /// Of those, how many endorse the OECD Guidelines at `asOf`.
    #[schema(example = 90)]
    pub endorsing: i64,
    /// `endorsing / largeCompanies`.
    pub share: Ratio,
    /// The national target recorded for the indicator `oecd-endorsement`
    /// (the one due next at `asOf`, else the last): 90% by 2023-12-31 as
    /// seeded; the same target the overview shows it against.
    pub target: TargetValue,
    /// The share at each year end from the first year with size facts, and
    /// last at `asOf`; at most 15 points (the latest).
    #[schema(max_items = 15)]
    pub series: Vec<SeriesPoint>,
    /// The least-squares projection at the target date (`null` with fewer
    /// than two points).
    pub projection: Option<Projection>,
    /// Where the share stands against the target.
    pub status: Status,
    /// This figure and the companies it counted.
    #[serde(rename = "_links")]
    pub links: OecdLinks,
}

/// Links of the OECD indicator.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct OecdLinks {
    /// This figure.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The companies it counted, to audit it.
    pub companies: Link,
}

/// A large company as counted at a date.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CountedCompany {
    /// The organisation's id.
    #[schema(example = 12)]
    pub organisation: i64,
    /// Its name.
    #[schema(example = "Demobedrijf 001 (synthetic)")]
    pub name: String,
    /// The year of the size facts that made it large.
    #[schema(example = 2022)]
    pub size_facts_year: i32,
    /// Employees that year.
    #[schema(example = 640)]
    pub employees: i64,
    /// Total assets that year, in euros.
    #[schema(example = 25_000_000)]
    pub total_assets_eur: i64,
    /// Net turnover that year, in euros.
    #[schema(example = 48_000_000)]
    pub net_turnover_eur: i64,
    /// Whether it endorses the OECD Guidelines at the date.
    pub endorsing: bool,
    /// The organisation.
    #[serde(rename = "_links")]
    pub links: CountedCompanyLinks,
}

/// Links of a counted company.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CountedCompanyLinks {
    /// The organisation.
    pub organisation: Link,
}

/// A page of the companies the OECD indicator counted.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CountedCompanyList {
    /// The date of the count.
    pub as_of: NaiveDate,
    /// The companies on this page, by name (compared case-insensitively),
    /// then by organisation id.
    pub items: Vec<CountedCompany>,
    /// The page's size and the count it belongs to.
    pub page: CountedCompanyPage,
    /// This page, the first and the next.
    #[serde(rename = "_links")]
    pub links: CountedCompanyPageLinks,
}

/// The size of a page of counted companies, and how many there are.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CountedCompanyPage {
    /// Companies per page.
    #[schema(example = 20)]
    pub size: u32,
    /// All companies counted at the date: the indicator's `largeCompanies`.
    #[schema(example = 240)]
    pub total_items: i64,
}

/// Links between pages of counted companies.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CountedCompanyPageLinks {
    /// This page.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The first page.
    pub first: Link,
    /// The next page; left out on the last.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Link>,
}

/// A figure with its target: latest value, gap, series, projection, status.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TargetProgress {
    /// Code of the indicator.
    #[schema(example = "market-coverage")]
    pub indicator: String,
    /// Its unit.
    pub unit: Unit,
    /// Its direction.
    pub direction: Direction,
    /// The target.
    pub target: TargetValue,
    /// Where the values come from: measurements, or the service's own
    /// computation from the record (the OECD indicator, the same figures as
    /// `/v1/metrics/oecd-endorsement`).
    pub basis: ProgressBasis,
    /// The latest value at or before `asOf`: the latest measurement, or the
    /// computed figure at `asOf`.
    pub latest: Option<LatestValue>,
    /// How far the latest value is from the target, in the indicator's
    /// unit; positive means still to go (for a lower-is-better indicator:
    /// still to come down). `null` without a value.
    pub gap: Option<f64>,
    /// The measurements up to `asOf`, oldest first; for a computed figure,
    /// its series (year ends, then `asOf`).
    pub series: Vec<SeriesPoint>,
    /// The least-squares projection at the target date.
    pub projection: Option<Projection>,
    /// Where the figure stands against the target.
    pub status: Status,
}

/// Where the values of a target's progress come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum ProgressBasis {
    /// Measurements recorded in this API.
    Measured,
    /// Computed by the service from the record.
    Computed,
}

/// The latest value and where it comes from.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LatestValue {
    /// The value.
    #[schema(example = 0.45)]
    pub value: f64,
    /// How the value relates to the figure its source gives (`exact` for a
    /// computed figure).
    pub qualifier: Qualifier,
    /// Its date.
    #[schema(example = "2018-11-13")]
    pub measured_on: NaiveDate,
    /// The measurement and its source, or the computed figure and what it
    /// counted.
    #[serde(rename = "_links")]
    pub links: ProgressValueLinks,
}

/// Links of a latest value.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ProgressValueLinks {
    /// The measurement; left out for a computed figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measurement: Option<Link>,
    /// The computed figure at `asOf`; only for a computed figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric: Option<Link>,
    /// The source: an annual report or letter in this API, or a URL; for a
    /// computed figure, the list of what it counted.
    pub source: Link,
}

/// Links of a latest value.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct LatestValueLinks {
    /// The measurement.
    pub measurement: Link,
    /// Its source: an annual report or letter in this API, or a URL.
    pub source: Link,
}

/// Why a covenant's market coverage could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum CoverageNotComputedReason {
    /// No participant of the covenant is recorded as active at `asOf`.
    NoParticipants,
    /// Participants are recorded as active at `asOf`, but none of them
    /// with a market share.
    NoMarketShares,
}

/// Why a figure is `null`: a code for programs and a sentence for people.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CoverageNotComputed {
    /// Why, as a code.
    pub reason: CoverageNotComputedReason,
    /// Why, in a sentence.
    #[schema(
        example = "The one participant recorded as active at 2018-11-13 has no market share recorded, so the coverage cannot be computed from participations. What the covenant itself reported is in reportedFigures."
    )]
    pub detail: String,
}

/// A figure the covenant reported, as recorded: a measurement with its
/// source, not computed by this API.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReportedFigure {
    /// Code of the indicator: `market-coverage` or `participants`.
    #[schema(example = "market-coverage")]
    pub indicator: String,
    /// Its unit: `ratio` for market coverage (0.45 is 45%), `count` for
    /// participants.
    pub unit: Unit,
    /// The value as reported, in that unit.
    #[schema(example = 0.45)]
    pub value: f64,
    /// How it relates to the figure the source gives: 0.45 `approximately`
    /// where the letter says "circa 45 procent".
    pub qualifier: Qualifier,
    /// The date it applies to.
    #[schema(example = "2018-11-13")]
    pub measured_on: NaiveDate,
    /// What the source says about it, e.g. that it is approximate or what
    /// was counted.
    #[schema(example = "About 45%, stored as the ratio 0.45.")]
    pub note: Option<String>,
    /// The measurement and its source.
    #[serde(rename = "_links")]
    pub links: LatestValueLinks,
}

/// Market coverage of a covenant: what can be computed from the recorded
/// participations, beside what the covenant reported.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MarketCoverage {
    /// The date the figure is computed for.
    pub as_of: NaiveDate,
    /// The covenant's code.
    #[schema(example = "textile")]
    pub covenant: String,
    /// How the figures are defined.
    pub definition: String,
    /// Participations recorded in this API and active at `asOf` (joined on
    /// or before, not left on or before). The record may hold fewer
    /// participants than the covenant has: compare `reportedFigures`.
    #[schema(example = 79)]
    pub active_participants: i64,
    /// Of those, participants in the role `company`.
    #[schema(example = 75)]
    pub company_participants: i64,
    /// Of those active, participants with a market share (in the sum).
    #[schema(example = 75)]
    pub participants_with_share: i64,
    /// Active participants without a market share (not in the sum).
    #[schema(example = 4)]
    pub participants_without_share: i64,
    /// The sum of the active participants' market shares, capped at 1: a
    /// ratio from 0 to 1 (0.42 is 42%). `null` when it cannot be computed
    /// (no active participant has a market share; `notComputed` says
    /// why): an unknown coverage is not 0.
    #[schema(example = 0.42)]
    pub computed_coverage: Option<f64>,
    /// Whether the sum exceeded 1 and was capped.
    pub capped: bool,
    /// Why `computedCoverage` is `null`; `null` when it was computed.
    pub not_computed: Option<CoverageNotComputed>,
    /// The figures the covenant itself reported, as recorded: its
    /// `market-coverage` (unit `ratio`) and `participants` (unit `count`)
    /// measurements up to `asOf`, by indicator and oldest first, each with
    /// its source. Reported, not computed: they need not agree with the
    /// computed figures above.
    pub reported_figures: Vec<ReportedFigure>,
    /// The covenant's own progress figure: its latest reported
    /// `market-coverage` measurement, target, series and status (`null`
    /// when it has no `market-coverage` target).
    pub reported: Option<TargetProgress>,
}

/// Progress of a covenant: every target with its status.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantProgress {
    /// The date the figures are computed for.
    pub as_of: NaiveDate,
    /// The covenant's code.
    #[schema(example = "textile")]
    pub covenant: String,
    /// Each target of the covenant, earliest due first.
    pub targets: Vec<TargetProgress>,
    /// What NGOs found about the covenant, beside the official figures:
    /// its assessments published by `asOf` (or, their date unknown,
    /// recorded by then), oldest first.
    pub ngo_assessments: Vec<NgoAssessmentView>,
}

/// How many of something there are per year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct YearCount {
    /// The year.
    #[schema(example = 2018)]
    pub year: i32,
    /// How many.
    #[schema(example = 2)]
    pub count: i64,
}

/// Covenant tracks by their status at a date: each counts under the
/// status of its latest status change on or before it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct CovenantsByStatus {
    /// Exploring whether a covenant is possible.
    #[schema(example = 1)]
    pub exploring: i64,
    /// Negotiating its text.
    #[schema(example = 5)]
    pub negotiating: i64,
    /// Signed and running.
    #[schema(example = 7)]
    pub signed: i64,
    /// Its term over.
    #[schema(example = 0)]
    pub ended: i64,
    /// Work on it halted.
    #[schema(example = 0)]
    pub stalled: i64,
    /// Given up without a covenant.
    #[schema(example = 0)]
    pub dropped: i64,
    /// Known to the record, its status at that date not: a source names it
    /// without its stage, or stops mentioning it.
    #[schema(example = 4)]
    pub unknown: i64,
}

impl CovenantsByStatus {
    /// Counts the tracks' statuses.
    pub fn of(statuses: &[String]) -> Self {
        let mut counts = Self::default();
        for status in statuses {
            let count = match CovenantStatus::from_stored(status) {
                CovenantStatus::Exploring => &mut counts.exploring,
                CovenantStatus::Negotiating => &mut counts.negotiating,
                CovenantStatus::Signed => &mut counts.signed,
                CovenantStatus::Ended => &mut counts.ended,
                CovenantStatus::Stalled => &mut counts.stalled,
                CovenantStatus::Dropped => &mut counts.dropped,
                CovenantStatus::Unknown => &mut counts.unknown,
            };
            *count += 1;
        }
        counts
    }
}

/// How many motions have a status.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct StatusCount {
    /// The status.
    #[schema(example = "completed")]
    pub status: String,
    /// How many motions have it.
    #[schema(example = 5)]
    pub count: i64,
}

/// The dashboard overview.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    /// The date the figures are computed for.
    pub as_of: NaiveDate,
    /// IMVO covenant tracks (`kind` `serFacilitated`; agreements of another
    /// kind are not counted) by their status at `asOf`, from their status
    /// timelines (`/v1/covenants/{code}/status-changes`): each under its
    /// latest change on or before `asOf`. A track with no change by then is
    /// not counted (the record does not know it at that date), and one whose
    /// status the record cannot tell counts as `unknown`, never as a guess.
    pub covenants_by_status: CovenantsByStatus,
    /// IMVO covenants (`serFacilitated`) signed in each year from the first
    /// signing to `asOf`'s year, 0 where none were; at most the last 50
    /// years.
    #[schema(max_items = 50)]
    pub covenants_signed_per_year: Vec<YearCount>,
    /// Annual reports published by `asOf`, per reporting year.
    pub annual_reports_per_year: Vec<YearCount>,
    /// Motions known at `asOf`, per their status then (`unknown` where the
    /// record cannot say), from each motion's dated transitions: submitted
    /// (`submittedOn`), the vote's outcome (`votedOn`), each status a letter
    /// reports from the letter's date, and its recorded `status` from the
    /// day it was last written. A motion is known from its submission, or,
    /// its submission date unknown, from the first letter that mentions it.
    pub motions_by_status: Vec<StatusCount>,
    /// Each national target with its progress.
    pub national_indicators: Vec<TargetProgress>,
}

/// The companies counted at a date.
pub fn companies_link(as_of: NaiveDate) -> Link {
    Link::new(format!(
        "/v1/metrics/oecd-endorsement/companies?asOf={as_of}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_of(text: &str) -> Option<NaiveDate> {
        serde_json::from_value::<AsOf>(serde_json::Value::from(text))
            .ok()
            .map(|d| d.0)
    }

    #[test]
    fn as_of_takes_only_four_digit_years_written_yyyy_mm_dd() {
        assert_eq!(as_of("2019-01-01"), NaiveDate::from_ymd_opt(2019, 1, 1));
        assert_eq!(as_of("0001-01-01"), NaiveDate::from_ymd_opt(1, 1, 1));
        assert_eq!(as_of("9999-12-31"), NaiveDate::from_ymd_opt(9999, 12, 31));
        for bad in [
            "2019-1-1",
            "+2019-01-01",
            "+262142-01-01",
            "10000-01-01",
            "0000-12-31",
            "2018-02-30",
            " 2019-01-01",
            "2019-01-01 ",
            "2é9-01-01",
        ] {
            assert_eq!(as_of(bad), None, "{bad}");
        }
    }
}

/// Every covenant's figures and the national ones at a date, in one answer
/// for a dashboard.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantsDashboard {
    /// The date the figures are computed for.
    pub as_of: NaiveDate,
    /// Each covenant track the overview counts at `asOf` (those the SER
    /// facilitates, begun by then), by code.
    pub covenants: Vec<CovenantFigures>,
    /// The national figures: the overview at `asOf`.
    pub overview: Overview,
    /// The 90% indicator at `asOf`.
    pub oecd_endorsement: OecdEndorsementMetric,
}

/// One covenant's figures at a date.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantFigures {
    /// The covenant's code.
    #[schema(example = "textile")]
    pub covenant: String,
    /// Its title in Dutch.
    #[schema(example = "Convenant Duurzame Kleding en Textiel")]
    pub title_nl: String,
    /// Its title in English.
    #[schema(example = "Agreement on Sustainable Garments and Textile")]
    pub title_en: String,
    /// Its status at `asOf`, as the overview counts it.
    pub status: CovenantStatus,
    /// Active participants recorded at the end of each year from the year
    /// of the first joining, the last at `asOf` itself (empty without
    /// participations).
    pub participants: Vec<YearCount>,
    /// Its market coverage: computed from the participations, and as
    /// reported against its target.
    pub coverage: MarketCoverage,
    /// Each of its targets with its progress, earliest due first.
    pub targets: Vec<TargetProgress>,
    /// Where each figure comes from.
    #[serde(rename = "_links")]
    pub links: CovenantFiguresLinks,
}

/// Links of a covenant's figures.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantFiguresLinks {
    /// The covenant.
    pub covenant: Link,
    /// Its progress, with the NGO assessments beside it.
    pub progress: Link,
    /// Its market coverage.
    pub market_coverage: Link,
}
