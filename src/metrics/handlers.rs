//! Metric endpoints: each reads the record as it stood at `asOf` and
//! computes in the database; this module only assembles the figures.

use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::NaiveDate;

use crate::auth::ReadAccess;
use crate::db::Pool;
use crate::error::AppError;
use crate::history;
use crate::http::listing::{KnownAtParams, Link, ListQuery, PageParams, ReadQuery};
use crate::http::revalidation::{ResultCache, cached_read};
use crate::metrics::figures;
use crate::metrics::model::{
    AsOf, AsOfParams, CountedCompaniesParams, CountedCompany, CountedCompanyLinks,
    CountedCompanyList, CovenantProgress, MarketCoverage, OecdEndorsementMetric, Overview,
};
use crate::metrics::queries;

const TAG: &str = "Metrics";
/// The date a figure is computed for: `asOf`, else today.
fn as_of(param: Option<AsOf>) -> NaiveDate {
    param.map_or_else(|| chrono::Utc::now().date_naive(), |d| d.0)
}

/// The 90% indicator: OECD Guidelines endorsement by large companies
///
/// The share of large Dutch companies that endorse the OECD Guidelines at
/// `asOf`. Large: kind `company`, country `NL`, and latest size facts of a
/// year not after `asOf`'s year with more than 500 employees AND more than
/// EUR 20,000,000 total assets AND more than EUR 40,000,000 net turnover
/// (all three, strictly). Endorsing: endorsed on or before `asOf` and not
/// withdrawn on or before it. Target 90% by 2023-12-31. The series has the
/// share at each year end from the first year with size facts, and last at
/// `asOf`, with at most 15 points: for a later `asOf` it starts at the year
/// end 14 years before `asOf`'s year. The projection is the least-squares
/// line through those points at the target date. Status: `achieved` when
/// the share reaches 90%; else `missed` past the target date; else
/// `insufficientData` with fewer than two points; else `onTrack` or
/// `offTrack` by the projection.
#[utoipa::path(
    tag = TAG,
    operation_id = "getOecdEndorsementMetric",
    params(AsOfParams, KnownAtParams),
    responses((status = 200, description = "The indicator at `asOf`.", body = OecdEndorsementMetric)),
)]
#[get("/metrics/oecd-endorsement")]
pub async fn oecd_endorsement(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    params: ReadQuery<AsOfParams>,
) -> Result<HttpResponse, AppError> {
    let (as_of, known_at) = (as_of(params.params.as_of), params.known_at);
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        history::known_at(conn, known_at, |conn| {
            figures::oecd_endorsement(conn, as_of)
        })
    })
    .await
}

/// The companies the 90% indicator counts
///
/// The large Dutch companies at `asOf` (as defined for the indicator), by
/// name, with the size facts that made them large and whether they endorse
/// the OECD Guidelines at `asOf`, so that the figure can be audited.
#[utoipa::path(
    tag = TAG,
    operation_id = "listOecdCountedCompanies",
    params(PageParams, CountedCompaniesParams, KnownAtParams),
    responses((status = 200, description = "A page of the companies counted.", body = CountedCompanyList)),
)]
#[get("/metrics/oecd-endorsement/companies")]
pub async fn oecd_counted_companies(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    query: ListQuery<CountedCompaniesParams>,
) -> Result<HttpResponse, AppError> {
    let (as_of, known_at) = (as_of(query.filter.as_of), query.known_at);
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        history::known_at(conn, known_at, |conn| {
            let total = queries::oecd_series(conn, &[as_of])?
                .first()
                .map_or(0, |(large, _)| *large);
            let (companies, endorsing) =
                queries::oecd_companies(conn, as_of, query.offset(), query.limit())?;
            Ok(counted_companies(
                as_of, &query, companies, &endorsing, total,
            ))
        })
    })
    .await
}

/// A page of the companies the indicator counts, as the API shows it.
fn counted_companies(
    as_of: NaiveDate,
    query: &ListQuery<CountedCompaniesParams>,
    companies: Vec<queries::CountedCompany>,
    endorsing: &[i64],
    total: i64,
) -> CountedCompanyList {
    let items = companies
        .into_iter()
        .map(|c| CountedCompany {
            endorsing: endorsing.contains(&c.id),
            links: CountedCompanyLinks {
                organisation: Link::new(format!("/v1/organisations/{}", c.id)),
            },
            organisation: c.id,
            name: c.name,
            size_facts_year: c.year,
            employees: c.employees,
            total_assets_eur: c.total_assets_eur,
            net_turnover_eur: c.net_turnover_eur,
        })
        .collect();
    CountedCompanyList {
        as_of,
        items,
        page: query.page_info(total),
        links: query.links(total),
    }
}

/// Market coverage of a covenant
///
/// At `asOf`: the participations recorded as active then (joined on or
/// before, not left on or before), how many are companies, and the sum of
/// their market shares as a ratio from 0 to 1 (capped at 1; participants
/// without a share are counted apart). When no active participant has a
/// market share the coverage cannot be computed: `computedCoverage` is
/// `null`, not 0, and `notComputed` gives the reason as a code
/// (`noParticipants`, `noMarketShares`) and a sentence. Beside it, as what
/// they are, the figures the covenant itself reported (`reportedFigures`:
/// its `market-coverage` and `participants` measurements up to `asOf`, each
/// with its source), and its `market-coverage` target progress: latest
/// measurement with its source, series, least-squares projection and status
/// (the rule of every metric, as for the 90% indicator: see `ProgressStatus`).
#[utoipa::path(
    tag = TAG,
    operation_id = "getCovenantMarketCoverage",
    params(("code" = String, Path, description = "The covenant's code.", example = "textile"), AsOfParams, KnownAtParams),
    responses(
        (status = 200, description = "Market coverage at `asOf`.", body = MarketCoverage),
    ),
)]
#[get("/covenants/{code}/market-coverage")]
pub async fn market_coverage(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    code: web::Path<String>,
    params: ReadQuery<AsOfParams>,
) -> Result<HttpResponse, AppError> {
    let (as_of, known_at) = (as_of(params.params.as_of), params.known_at);
    let code = code.into_inner();
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        history::known_at(conn, known_at, |conn| {
            figures::market_coverage(conn, code, as_of)
        })
    })
    .await
}

/// Progress of a covenant
///
/// Every target of the covenant at `asOf`, earliest due first: the latest
/// measurement at or before `asOf` with its source, the gap to the target
/// (positive: still to go), the series, the least-squares projection at the
/// target date and the status by the rule of every metric (see
/// `ProgressStatus`; for lower-is-better indicators "reaches" means at or
/// below).
#[utoipa::path(
    tag = TAG,
    operation_id = "getCovenantProgress",
    params(("code" = String, Path, description = "The covenant's code.", example = "textile"), AsOfParams, KnownAtParams),
    responses(
        (status = 200, description = "The covenant's progress at `asOf`.", body = CovenantProgress),
    ),
)]
#[get("/covenants/{code}/progress")]
pub async fn covenant_progress(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    code: web::Path<String>,
    params: ReadQuery<AsOfParams>,
) -> Result<HttpResponse, AppError> {
    let (as_of, known_at) = (as_of(params.params.as_of), params.known_at);
    let code = code.into_inner();
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        history::known_at(conn, known_at, |conn| {
            figures::covenant_progress(conn, code, as_of)
        })
    })
    .await
}

/// Dashboard overview
///
/// At `asOf`: covenant tracks by their status then, from their status
/// timelines (each under its latest status change on or before `asOf`, the
/// covenant's own dates included; `unknown` where the record cannot tell;
/// a track with nothing dated by then is not counted), covenants signed in
/// each year from the first signing to `asOf`'s year (at most the last 50
/// years), annual reports published by `asOf` per reporting year, motions
/// known at `asOf` per their status then (from their submission, vote and
/// the letters that report on them), and every national target with its
/// progress.
#[utoipa::path(
    tag = TAG,
    operation_id = "getOverview",
    params(AsOfParams, KnownAtParams),
    responses((status = 200, description = "The overview at `asOf`.", body = Overview)),
)]
#[get("/metrics/overview")]
pub async fn overview(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    params: ReadQuery<AsOfParams>,
) -> Result<HttpResponse, AppError> {
    let (as_of, known_at) = (as_of(params.params.as_of), params.known_at);
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        history::known_at(conn, known_at, |conn| figures::overview(conn, as_of))
    })
    .await
}
