//! Collections: the query string of a list request (paging, filters, sort),
//! checked as a whole, and the paging links of its response.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpRequest, dev::Payload};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Timelike, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::openapi::path::{Parameter, ParameterIn};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{IntoParams, ToSchema};

use crate::error::{AppError, FieldError};
use crate::http::validation::{DateFormat, invalid};

pub const DEFAULT_PAGE_SIZE: u32 = 20;
pub const MAX_PAGE_SIZE: u32 = 100;
/// The highest page number: its offset must fit the database's integers.
pub const MAX_PAGE: u32 = u32::MAX / MAX_PAGE_SIZE;

/// Paging of every collection. Out-of-range values are rejected (400), not
/// clamped, so a client never silently gets another page than it asked for.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase")]
pub struct PageParams {
    /// Page number, starting at 1.
    #[param(minimum = 1, maximum = 42_949_672, default = 1, example = 1)]
    pub page: Option<u32>,
    /// Items per page, 1 to 100.
    #[param(minimum = 1, maximum = 100, default = 20, example = 20)]
    pub page_size: Option<u32>,
}

/// What every collection of records takes besides paging and its own
/// filters, declared once here: `Endpoints` documents it on every list and
/// `ListQuery` parses it into `changed_since`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChangeParams {
    /// Only records created or changed at or after this instant (RFC 3339):
    /// those whose `updatedAt` is not before it. Combines with the other
    /// filters, paging and sort. Resync rules: records deleted since are not
    /// listed; read the change feed (`GET /v1/changes`) for deletions, or
    /// list everything again. A record's `updatedAt` is taken when its write
    /// starts and becomes visible when the write commits, so a change can
    /// appear later than its `updatedAt`: when polling, pass the time of
    /// your previous request (by the server's clock, as in its `Date`
    /// header) minus a safety margin, a minute say, and treat records listed
    /// again idempotently (replace your copy by identifier). For an exact
    /// sync without overlap, follow the change feed's cursor instead.
    #[param(example = "2026-01-01T00:00:00Z")]
    pub changed_since: Option<DateTime<Utc>>,
}

/// Reading the record as it was known at an instant, declared once here:
/// `Endpoints` documents it on every read of records and every metric, and
/// `ListQuery` and `ReadQuery` parse it into `known_at`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KnownAtParams {
    /// The answer as the service gave it at this instant (RFC 3339): the
    /// records and figures as they were known then, before any later
    /// correction or delete, so that a figure once reported can be
    /// reproduced. A version of a record is known from its `updatedAt`, a
    /// delete from the instant it was made. Combines freely with `asOf` (the
    /// world at a date) and every other parameter. An instant before the
    /// first record answers as an empty record: empty lists, zero counts,
    /// and 404 for one record. An instant in the future is a 400. Without
    /// it, the answer is today's.
    // No example: Swagger UI's "Try it out" fills examples in, and any
    // fixed instant would hide every record written after it.
    pub known_at: Option<DateTime<Utc>>,
}

impl KnownAtParams {
    /// The instant as stored timestamps compare, or a 400 when it is in
    /// the future: what the service will know then is not known yet.
    fn checked(self, errors: &mut Vec<FieldError>) -> Option<NaiveDateTime> {
        let instant = self.known_at?;
        if instant > Utc::now() {
            errors.push(FieldError::parameter(
                "knownAt",
                "is in the future; the record can be read as it was known at an instant up to now",
            ));
            return None;
        }
        Some(stored_instant(instant))
    }
}

/// The filters and sort order a collection accepts.
pub trait ListFilter: DeserializeOwned + IntoParams {
    /// Fields `sort` may name.
    const SORTABLE: &'static [&'static str];
    /// Order when `sort` is absent; ties are always broken by creation order.
    const DEFAULT_SORT: &'static str;
    /// Whether the collection takes `ChangeParams`: every collection of
    /// records does; the lists of something else (audit events, the
    /// companies a metric counts) do not.
    const CHANGED_SINCE: bool = true;
    /// Whether the collection takes `KnownAtParams`: every collection of
    /// records does, and the lists a metric counts.
    const KNOWN_AT: bool = Self::CHANGED_SINCE;
    /// What to embed in each item, as `expand` names it.
    fn expand(&self) -> Option<&str> {
        None
    }
}

/// One key of a sort order: a field of `ListFilter::SORTABLE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortKey {
    pub field: &'static str,
    pub descending: bool,
}

/// The query parameters every list takes besides its filters: paging, and
/// `changedSince` where `F` has it.
pub fn common_params<F: ListFilter>() -> Vec<Parameter> {
    let mut params = PageParams::into_params(|| Some(ParameterIn::Query));
    if F::CHANGED_SINCE {
        params.extend(ChangeParams::into_params(|| Some(ParameterIn::Query)));
    }
    if F::KNOWN_AT {
        params.extend(KnownAtParams::into_params(|| Some(ParameterIn::Query)));
    }
    params
}

/// A list request after every parameter was checked.
#[derive(Debug)]
pub struct ListQuery<F> {
    pub filter: F,
    /// `changedSince` in UTC, to compare with `updated_at`: apply it with
    /// `if let Some(since) = asked.changed_since { query =
    /// query.filter(table::updated_at.ge(since)); }`.
    pub changed_since: Option<NaiveDateTime>,
    /// `knownAt`: read the record as it was known then
    /// (`history::known_at`).
    pub known_at: Option<NaiveDateTime>,
    pub page: u32,
    pub page_size: u32,
    pub sort: Vec<SortKey>,
    path: String,
    pairs: Vec<(String, String)>,
}

impl<F> ListQuery<F> {
    pub fn offset(&self) -> i64 {
        i64::from(self.page - 1) * i64::from(self.page_size)
    }

    pub fn limit(&self) -> i64 {
        i64::from(self.page_size)
    }

    /// The `_links` of the page, given how many items match in all.
    pub fn links(&self, total: i64) -> PageLinks {
        let last_page = u32::try_from(
            (total.max(0) + i64::from(self.page_size) - 1) / i64::from(self.page_size),
        )
        .unwrap_or(u32::MAX)
        .max(1);
        PageLinks {
            self_link: Link::new(self.href(self.page)),
            next: (self.page < last_page).then(|| Link::new(self.href(self.page + 1))),
            prev: (self.page > 1).then(|| Link::new(self.href((self.page - 1).min(last_page)))),
        }
    }

    fn href(&self, page: u32) -> String {
        let mut pairs: Vec<(&str, String)> = self
            .pairs
            .iter()
            .filter(|(k, _)| k != "page")
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        pairs.push(("page", page.to_string()));
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        format!("{}?{}", self.path, query)
    }
}

impl<F: ListFilter> ListQuery<F> {
    pub fn parse(path: &str, query: &str) -> Result<Self, AppError> {
        let params = F::into_params(|| Some(ParameterIn::Query));
        let common = common_params::<F>();
        let mut errors = Vec::new();
        let pairs = merged_repeats(screened_pairs(query, &mut errors)?, &params, &mut errors);
        let (mut filter_pairs, mut change_pairs, mut known_pairs) =
            (Vec::new(), Vec::new(), Vec::new());
        for (name, value) in &pairs {
            let pair = (name.clone(), value.clone());
            if params.iter().any(|p| p.name == *name) {
                filter_pairs.push(pair);
            } else if name == "changedSince" && F::CHANGED_SINCE {
                change_pairs.push(pair);
            } else if name == "knownAt" && F::KNOWN_AT {
                known_pairs.push(pair);
            } else if !common.iter().any(|p| p.name == *name) {
                errors.push(FieldError::parameter(
                    name,
                    "is not a parameter of this collection",
                ));
            }
        }
        let page = bounded(&pairs, "page", 1, MAX_PAGE, 1, &mut errors);
        let page_size = bounded(
            &pairs,
            "pageSize",
            1,
            MAX_PAGE_SIZE,
            DEFAULT_PAGE_SIZE,
            &mut errors,
        );
        let filter = parse_filter::<F>(filter_pairs, &params, &mut errors);
        let changed_since = parse_filter::<ChangeParams>(change_pairs, &common, &mut errors)
            .and_then(|c| c.changed_since)
            .map(stored_instant);
        let known_at = parse_filter::<KnownAtParams>(known_pairs, &common, &mut errors)
            .and_then(|k| k.checked(&mut errors));
        let raw_sort = pairs
            .iter()
            .find(|(k, _)| k == "sort")
            .map(|(_, v)| v.as_str());
        let sort = parse_sort(
            raw_sort.unwrap_or(F::DEFAULT_SORT),
            F::SORTABLE,
            &mut errors,
        );
        match filter {
            Some(filter) if errors.is_empty() => Ok(Self {
                filter,
                changed_since,
                known_at,
                page,
                page_size,
                sort,
                path: path.to_owned(),
                pairs,
            }),
            _ => Err(invalid(errors)),
        }
    }
}

/// `instant` as timestamps are stored and compared: in UTC, rounded up to
/// the microsecond (the finest either backend keeps, so that no time before
/// `instant` compares as at or after it), and no later than the year 9999
/// (an offset may push it into 10000, which SQLite, comparing text, would
/// sort first; nothing is stored after 9999, so the answer is the same).
pub fn stored_instant(instant: DateTime<Utc>) -> NaiveDateTime {
    let naive = instant.naive_utc();
    let spare = i64::from(naive.nanosecond() % 1_000);
    let rounded = naive + TimeDelta::nanoseconds((1_000 - spare) % 1_000);
    NaiveDate::from_ymd_opt(9999, 12, 31)
        .and_then(|day| day.and_hms_micro_opt(23, 59, 59, 999_999))
        .map_or(rounded, |last| rounded.min(last))
}

/// The decoded pairs of a query string, less those with a control
/// character in a name or value, each noted: no parameter takes one, and
/// PostgreSQL cannot even compare NUL.
fn screened_pairs(
    query: &str,
    errors: &mut Vec<FieldError>,
) -> Result<Vec<(String, String)>, AppError> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).map_err(|e| {
        AppError::invalid(vec![FieldError::parameter(
            "",
            format!("the query string cannot be read: {e}"),
        )])
    })?;
    Ok(pairs
        .into_iter()
        .filter(|(name, value)| {
            let refused = name.chars().chain(value.chars()).any(char::is_control);
            if refused {
                errors.push(FieldError::parameter(
                    name,
                    "must not contain control characters",
                ));
            }
            !refused
        })
        .collect())
}

/// Each parameter once: the values of a repeated array parameter joined as
/// if sent comma-separated (`expand=a&expand=b` is `expand=a,b`, which some
/// generated clients send), the first of any other repeated one, reported.
fn merged_repeats(
    pairs: Vec<(String, String)>,
    params: &[Parameter],
    errors: &mut Vec<FieldError>,
) -> Vec<(String, String)> {
    let is_array = |name: &str| {
        params
            .iter()
            .any(|p| p.name == name && matches!(p.schema, Some(RefOr::T(Schema::Array(_)))))
    };
    let mut merged: Vec<(String, String)> = Vec::with_capacity(pairs.len());
    for (name, value) in pairs {
        match merged.iter_mut().find(|(seen, _)| *seen == name) {
            None => merged.push((name, value)),
            Some((_, joined)) if is_array(&name) => {
                joined.push(',');
                joined.push_str(&value);
            }
            Some(_) => {
                if !errors
                    .iter()
                    .any(|e| e.parameter.as_deref() == Some(name.as_str()))
                {
                    errors.push(FieldError::parameter(&name, "is given more than once"));
                }
            }
        }
    }
    merged
}

fn bounded(
    pairs: &[(String, String)],
    name: &str,
    min: u32,
    max: u32,
    default: u32,
    errors: &mut Vec<FieldError>,
) -> u32 {
    let Some((_, raw)) = pairs.iter().find(|(k, _)| k == name) else {
        return default;
    };
    match raw.parse::<u32>() {
        Ok(value) if (min..=max).contains(&value) => value,
        _ => {
            errors.push(FieldError::parameter(
                name,
                format!("must be a whole number from {min} to {max}"),
            ));
            default
        }
    }
}

/// Deserializes the filters, reporting each bad parameter. A date is first
/// held to the exact form its parameter's format gives (chrono would take
/// `2019-1-1` and `+99999-01-01`).
fn parse_filter<F: DeserializeOwned>(
    mut pairs: Vec<(String, String)>,
    params: &[Parameter],
    errors: &mut Vec<FieldError>,
) -> Option<F> {
    pairs.retain(|(name, value)| {
        let refusal = params
            .iter()
            .find(|p| p.name == *name)
            .and_then(|p| p.schema.as_ref())
            .and_then(DateFormat::of)
            .and_then(|format| format.refuse(value));
        if let Some(reason) = refusal {
            errors.push(FieldError::parameter(name, reason));
        }
        refusal.is_none()
    });
    loop {
        let encoded = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        let deserializer =
            serde_urlencoded::Deserializer::new(form_urlencoded::parse(encoded.as_bytes()));
        match serde_path_to_error::deserialize::<_, F>(deserializer) {
            Ok(filter) => return Some(filter),
            Err(error) => {
                let name = error.path().to_string();
                let detail = error.inner().to_string();
                errors.push(FieldError::parameter(&name, detail));
                let before = pairs.len();
                pairs.retain(|(k, _)| *k != name);
                if pairs.len() == before {
                    return None;
                }
            }
        }
    }
}

/// The `pattern` documented for `sort`: fields of `sortable`,
/// comma-separated, each optionally prefixed with `-`, none named twice.
pub fn sort_pattern(sortable: &[&str]) -> String {
    let fields = sortable.join("|");
    match sortable.len() {
        0 | 1 => format!("^-?({fields})$"),
        n => format!(
            "^(?!.*\\b({fields})\\b.*\\b\\1\\b)-?({fields})(,-?({fields})){{0,{}}}$",
            n - 1
        ),
    }
}

/// Documents the `sort` among `params` with the pattern of `sortable`.
pub fn document_sort<'a>(params: impl IntoIterator<Item = &'a mut Parameter>, sortable: &[&str]) {
    for param in params.into_iter().filter(|p| p.name == "sort") {
        if let Some(RefOr::T(Schema::Object(object))) = param.schema.as_mut() {
            object.pattern = Some(sort_pattern(sortable));
        }
    }
}

/// `-signedOn,code` into sort keys, each a field of `sortable`.
fn parse_sort(raw: &str, sortable: &[&'static str], errors: &mut Vec<FieldError>) -> Vec<SortKey> {
    let mut keys: Vec<SortKey> = Vec::new();
    for part in raw.split(',') {
        let (descending, name) = match part.strip_prefix('-') {
            Some(name) => (true, name),
            None => (false, part),
        };
        match sortable.iter().find(|field| **field == name) {
            Some(field) if !keys.iter().any(|k| k.field == *field) => {
                keys.push(SortKey { field, descending })
            }
            Some(_) => errors.push(FieldError::parameter(
                "sort",
                format!("names `{name}` twice"),
            )),
            None => errors.push(FieldError::parameter(
                "sort",
                format!(
                    "`{name}` is not sortable; use {} (prefix `-` for descending)",
                    sortable.join(", ")
                ),
            )),
        }
    }
    keys
}

/// The query parameters of a non-list endpoint, all checked: unknown ones
/// and bad values are a 400 naming each.
#[derive(Debug)]
pub struct QueryParams<F>(pub F);

impl<F: DeserializeOwned + IntoParams> QueryParams<F> {
    pub fn parse(query: &str) -> Result<Self, AppError> {
        let (params, _) = parse_params::<F>(query, &[])?;
        Ok(Self(params))
    }
}

/// The query parameters of a read of records that is not a list (one
/// record, a metric): its own, all checked, and `knownAt`.
#[derive(Debug)]
pub struct ReadQuery<F> {
    pub params: F,
    pub known_at: Option<NaiveDateTime>,
}

impl<F: DeserializeOwned + IntoParams> ReadQuery<F> {
    pub fn parse(query: &str) -> Result<Self, AppError> {
        let known = KnownAtParams::into_params(|| Some(ParameterIn::Query));
        let (params, known_pairs) = parse_params::<F>(query, &known)?;
        let mut errors = Vec::new();
        let known_at = parse_filter::<KnownAtParams>(known_pairs, &known, &mut errors)
            .and_then(|k| k.checked(&mut errors));
        if errors.is_empty() {
            Ok(Self { params, known_at })
        } else {
            Err(invalid(errors))
        }
    }
}

/// Parses `F` from the query, reporting every unknown or bad parameter
/// except those of `shared`, whose pairs it answers for the caller to parse.
fn parse_params<F: DeserializeOwned + IntoParams>(
    query: &str,
    shared: &[Parameter],
) -> Result<(F, Vec<(String, String)>), AppError> {
    let params = F::into_params(|| Some(ParameterIn::Query));
    let mut errors = Vec::new();
    let pairs = merged_repeats(screened_pairs(query, &mut errors)?, &params, &mut errors);
    let (own, others): (Vec<_>, Vec<_>) = pairs
        .into_iter()
        .partition(|(name, _)| params.iter().any(|p| p.name == *name));
    let (shared_pairs, unknown): (Vec<_>, Vec<_>) = others
        .into_iter()
        .partition(|(name, _)| shared.iter().any(|p| p.name == *name));
    errors.extend(
        unknown
            .iter()
            .map(|(name, _)| FieldError::parameter(name, "is not a parameter of this resource")),
    );
    match parse_filter::<F>(own, &params, &mut errors) {
        Some(params) if errors.is_empty() => Ok((params, shared_pairs)),
        _ => Err(invalid(errors)),
    }
}

impl<F: DeserializeOwned + IntoParams + 'static> FromRequest for QueryParams<F> {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()))
    }
}

impl<F: DeserializeOwned + IntoParams + 'static> FromRequest for ReadQuery<F> {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.query_string()))
    }
}

impl<F: ListFilter + 'static> FromRequest for ListQuery<F> {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Self::parse(req.path(), req.query_string()))
    }
}

/// A hyperlink (HAL style).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
pub struct Link {
    /// Absolute URL of the linked resource or page. Links within this API
    /// start with its public address followed by `/v1/` (the address the
    /// service is published at, else the one the request was sent to):
    /// follow them as they are, without putting the server URL before them.
    #[schema(format = Uri, example = "https://imvo-tracker.example/v1/sectors?page=2&pageSize=20")]
    pub href: String,
}

impl Link {
    pub fn new(href: impl Into<String>) -> Self {
        Self { href: href.into() }
    }
}

/// Links between pages of a collection; `next` and `prev` are left out where
/// there is no such page.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PageLinks {
    /// This page.
    #[serde(rename = "self")]
    pub self_link: Link,
    /// The next page, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<Link>,
    /// The previous page, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prev: Option<Link>,
}

/// One page of a collection: every list answers in this shape, documented
/// as `<Name>List`.
#[derive(Debug, Serialize)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// Where this page stands.
    pub page: PageInfo,
    /// This, the next and the previous page.
    #[serde(rename = "_links")]
    pub links: PageLinks,
}

impl<T> Page<T> {
    pub fn new<F>(items: Vec<T>, query: &ListQuery<F>, total: i64) -> Self {
        Self {
            items,
            page: query.page_info(total),
            links: query.links(total),
        }
    }
}

/// Where a page stands in its collection.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct PageInfo {
    /// This page's number, starting at 1.
    #[schema(example = 1)]
    pub number: u32,
    /// Items per page.
    #[schema(example = 20)]
    pub size: u32,
    /// Items in the whole collection after filtering.
    #[schema(example = 13)]
    pub total_items: i64,
    /// Pages in the whole collection after filtering (at least 1).
    #[schema(example = 1)]
    pub total_pages: i64,
}

impl<F> ListQuery<F> {
    pub fn page_info(&self, total: i64) -> PageInfo {
        let size = i64::from(self.page_size);
        PageInfo {
            number: self.page,
            size: self.page_size,
            total_items: total,
            total_pages: ((total + size - 1) / size).max(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, IntoParams)]
    #[into_params(parameter_in = Query)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    struct Filter {
        status: Option<String>,
        sort: Option<String>,
    }

    impl ListFilter for Filter {
        const SORTABLE: &'static [&'static str] = &["code", "signedOn"];
        const DEFAULT_SORT: &'static str = "code";
    }

    #[test]
    fn parses_paging_filters_and_sort() {
        let q = ListQuery::<Filter>::parse(
            "/v1/x",
            "status=signed&sort=-signedOn,code&page=2&pageSize=5",
        )
        .unwrap();
        assert_eq!(q.filter.status.as_deref(), Some("signed"));
        assert_eq!(q.filter.sort.as_deref(), Some("-signedOn,code"));
        assert_eq!((q.page, q.page_size, q.offset()), (2, 5, 5));
        assert_eq!(
            q.sort,
            vec![
                SortKey {
                    field: "signedOn",
                    descending: true
                },
                SortKey {
                    field: "code",
                    descending: false
                }
            ]
        );
        let links = q.links(11);
        assert_eq!(
            links.self_link.href,
            "/v1/x?status=signed&sort=-signedOn%2Ccode&pageSize=5&page=2"
        );
        assert_eq!(
            links.next.unwrap().href,
            "/v1/x?status=signed&sort=-signedOn%2Ccode&pageSize=5&page=3"
        );
        assert_eq!(
            links.prev.unwrap().href,
            "/v1/x?status=signed&sort=-signedOn%2Ccode&pageSize=5&page=1"
        );
    }

    #[derive(Debug, Deserialize, IntoParams)]
    #[into_params(parameter_in = Query)]
    #[serde(deny_unknown_fields)]
    struct Unchanging {}

    impl ListFilter for Unchanging {
        const SORTABLE: &'static [&'static str] = &["at"];
        const DEFAULT_SORT: &'static str = "at";
        const CHANGED_SINCE: bool = false;
    }

    fn at(text: &str) -> NaiveDateTime {
        text.parse().unwrap()
    }

    #[test]
    fn changed_since_is_an_instant_in_utc() {
        let q = ListQuery::<Filter>::parse("/v1/x", "changedSince=2026-01-01T10:00:00%2B01:00")
            .unwrap();
        assert_eq!(q.changed_since, Some(at("2026-01-01T09:00:00")));
        assert_eq!(
            q.links(1).self_link.href,
            "/v1/x?changedSince=2026-01-01T10%3A00%3A00%2B01%3A00&page=1"
        );
        for bad in [
            "2026-01-01",
            "2026-01-01 10:00:00Z",
            "+2026-01-01T10:00:00Z",
            "",
        ] {
            let query = serde_urlencoded::to_string([("changedSince", bad)]).unwrap();
            let Err(AppError::Invalid { errors, .. }) = ListQuery::<Filter>::parse("/v1/x", &query)
            else {
                panic!("expected a 400 for {bad:?}");
            };
            assert_eq!(
                errors[0].parameter.as_deref(),
                Some("changedSince"),
                "{bad}"
            );
        }
        let Err(AppError::Invalid { errors, .. }) =
            ListQuery::<Unchanging>::parse("/v1/x", "changedSince=2026-01-01T10:00:00Z")
        else {
            panic!("expected a 400");
        };
        assert_eq!(errors[0].parameter.as_deref(), Some("changedSince"));
        let documented = |params: Vec<Parameter>| params.iter().any(|p| p.name == "changedSince");
        assert!(documented(common_params::<Filter>()));
        assert!(!documented(common_params::<Unchanging>()));
    }

    #[test]
    fn instants_are_compared_at_the_microsecond_before_the_year_10000() {
        let instant = |text: &str| stored_instant(text.parse().unwrap());
        assert_eq!(
            instant("2026-01-01T00:00:00.123Z"),
            at("2026-01-01T00:00:00.123")
        );
        assert_eq!(
            instant("2026-01-01T00:00:00.123000001Z"),
            at("2026-01-01T00:00:00.123001")
        );
        assert_eq!(
            instant("9999-12-31T23:59:59-01:00"),
            at("9999-12-31T23:59:59.999999")
        );
        assert_eq!(
            instant("0001-01-01T00:00:00+01:00"),
            at("0000-12-31T23:00:00")
        );
    }

    #[test]
    fn the_documented_page_maximum_is_the_one_enforced() {
        let page = PageParams::into_params(|| Some(ParameterIn::Query))
            .into_iter()
            .find(|p| p.name == "page")
            .and_then(|p| serde_json::to_value(p.schema).ok());
        assert_eq!(page.unwrap()["maximum"], MAX_PAGE);
    }

    #[test]
    fn reports_every_bad_parameter() {
        let Err(AppError::Invalid { errors, .. }) =
            ListQuery::<Filter>::parse("/v1/x", "page=0&pageSize=101&sort=title&colour=red")
        else {
            panic!("expected a 400");
        };
        let names: Vec<_> = errors
            .iter()
            .filter_map(|e| e.parameter.as_deref())
            .collect();
        assert_eq!(names, vec!["colour", "page", "pageSize", "sort"]);
    }
}
