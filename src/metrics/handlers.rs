//! Metric endpoints: each reads the record as it stood at `asOf` and
//! computes in the database; this module only assembles the figures.

use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::{NaiveDate, NaiveDateTime, SecondsFormat};

use crate::auth::ReadAccess;
use crate::db::{DbConnection, Pool};
use crate::error::AppError;
use crate::error::FieldError;
use crate::history;
use crate::http::listing::{DEFAULT_PAGE_SIZE, KnownAtParams, Link, MAX_PAGE_SIZE, ReadQuery};
use crate::http::revalidation::{ResultCache, cached_read};
use crate::metrics::figures;
use crate::metrics::model::{
    AsOf, AsOfParams, CountedCompaniesParams, CountedCompany, CountedCompanyLinks,
    CountedCompanyList, CountedCompanyPage, CountedCompanyPageLinks, CovenantProgress,
    CovenantsDashboard, MarketCoverage, OecdEndorsementMetric, Overview,
};
use crate::metrics::queries::{self, CompanyKey};

const TAG: &str = "Metrics";

/// Answers the metric `compute` gives at `asOf` (today without it), read as
/// known at `knownAt` when given: computed once per data version.
async fn metric_at<T, F>(
    req: &HttpRequest,
    pool: &Pool,
    cache: web::Data<ResultCache>,
    params: &ReadQuery<AsOfParams>,
    compute: F,
) -> Result<HttpResponse, AppError>
where
    F: FnOnce(&mut DbConnection, NaiveDate) -> Result<T, AppError> + Send + 'static,
    T: serde::Serialize,
{
    let (as_of, known_at) = (as_of(params.params.as_of), params.known_at);
    cached_read(req, pool, cache.into_inner(), move |conn| {
        history::known_at(conn, known_at, |conn| compute(conn, as_of))
    })
    .await
}
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
    metric_at(&req, &pool, cache, &params, figures::oecd_endorsement).await
}

/// The companies the 90% indicator counts
///
/// The large Dutch companies at `asOf` (as defined for the indicator), by
/// name (compared case-insensitively) and then organisation id, with the
/// size facts that made them large and whether they endorse the OECD
/// Guidelines at `asOf`, so that the figure can be audited. Paged by
/// cursor: follow `next` until there is none.
#[utoipa::path(
    tag = TAG,
    operation_id = "listOecdCountedCompanies",
    params(CountedCompaniesParams, KnownAtParams),
    responses((status = 200, description = "A page of the companies counted.", body = CountedCompanyList)),
)]
#[get("/metrics/oecd-endorsement/companies")]
pub async fn oecd_counted_companies(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    query: ReadQuery<CountedCompaniesParams>,
) -> Result<HttpResponse, AppError> {
    let known_at = query.known_at;
    let page = CompaniesPage::of(query.params, known_at)?;
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        history::known_at(conn, known_at, |conn| {
            let as_of = page.as_of;
            let total = figures::oecd_counts_at(conn, &[as_of])?
                .first()
                .map_or(0, |(large, _)| *large);
            // One more than a page: whether there is a next one.
            let wanted = i64::from(page.size) + 1;
            let companies = if total == 0 {
                Vec::new()
            } else {
                figures::oecd_companies(conn, as_of, page.after.as_ref(), wanted)?
            };
            Ok(page.list(companies, total))
        })
    })
    .await
}

/// The page of counted companies a request asks for.
struct CompaniesPage {
    as_of: NaiveDate,
    after: Option<CompanyKey>,
    size: u32,
    /// Kept in the links, so that following them reads the same record.
    known_at: Option<NaiveDateTime>,
}

impl CompaniesPage {
    /// The page, or a 400 naming each bad parameter.
    fn of(
        params: CountedCompaniesParams,
        known_at: Option<NaiveDateTime>,
    ) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let after = params.after.as_deref().and_then(|cursor| {
            let key = CompanyKey::decode(cursor);
            if key.is_none() {
                errors.push(FieldError::parameter(
                    "after",
                    "is not a cursor of this list: take it from a `next` link, unchanged",
                ));
            }
            key
        });
        let size = params.page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            errors.push(FieldError::parameter(
                "pageSize",
                format!("must be from 1 to {MAX_PAGE_SIZE}"),
            ));
        }
        if !errors.is_empty() {
            return Err(AppError::invalid(errors));
        }
        Ok(Self {
            as_of: as_of(params.as_of),
            after,
            size,
            known_at,
        })
    }

    fn href(&self, after: Option<&CompanyKey>) -> String {
        let mut pairs = vec![
            ("asOf", self.as_of.to_string()),
            ("pageSize", self.size.to_string()),
        ];
        if let Some(known_at) = self.known_at {
            let instant = known_at
                .and_utc()
                .to_rfc3339_opts(SecondsFormat::Millis, true);
            pairs.push(("knownAt", instant));
        }
        if let Some(key) = after {
            pairs.push(("after", key.encode()));
        }
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        format!("/v1/metrics/oecd-endorsement/companies?{query}")
    }

    /// The page of `companies` (one more than fits when there is a next
    /// page), of `total` counted.
    fn list(&self, mut companies: Vec<queries::CountedCompany>, total: i64) -> CountedCompanyList {
        let more = companies.len() > self.size as usize;
        companies.truncate(self.size as usize);
        let next = more
            .then(|| {
                companies
                    .last()
                    .map(|c| Link::new(self.href(Some(&c.key()))))
            })
            .flatten();
        CountedCompanyList {
            as_of: self.as_of,
            items: companies
                .into_iter()
                .map(|c| CountedCompany {
                    endorsing: c.endorsing,
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
                .collect(),
            page: CountedCompanyPage {
                size: self.size,
                total_items: total,
            },
            links: CountedCompanyPageLinks {
                self_link: Link::new(self.href(self.after.as_ref())),
                first: Link::new(self.href(None)),
                next,
            },
        }
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
    let code = code.into_inner();
    metric_at(&req, &pool, cache, &params, move |conn, as_of| {
        figures::market_coverage(conn, code, as_of)
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
    let code = code.into_inner();
    metric_at(&req, &pool, cache, &params, move |conn, as_of| {
        figures::covenant_progress(conn, code, as_of)
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
    metric_at(&req, &pool, cache, &params, figures::overview).await
}

/// Every covenant's figures in one call
///
/// What a dashboard shows, in one answer: each covenant track the overview
/// counts at `asOf`, with its status then, its participants at each year
/// end, its market coverage (computed and reported, against its target)
/// and every target's progress; and the national figures: the overview and
/// the 90% indicator. Each figure is the one its own endpoint answers.
#[utoipa::path(
    tag = TAG,
    operation_id = "getCovenantsDashboard",
    params(AsOfParams, KnownAtParams),
    responses((status = 200, description = "Every covenant's figures and the national ones at `asOf`.", body = CovenantsDashboard)),
)]
#[get("/metrics/covenants")]
pub async fn covenants_dashboard(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    params: ReadQuery<AsOfParams>,
) -> Result<HttpResponse, AppError> {
    metric_at(&req, &pool, cache, &params, figures::covenants_dashboard).await
}
