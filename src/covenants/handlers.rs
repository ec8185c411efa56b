//! Covenant endpoints: HTTP only; storage is in `queries`.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::annual_reports::model::AnnualReportView;
use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess};
use crate::covenants::model::{
    CovenantEmbedded, CovenantExpand, CovenantFilter, CovenantInput, CovenantList, CovenantRecord,
    CovenantStatus, CovenantView, DatePrecision, parse_expand,
};
use crate::covenants::queries;
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::{AppError, FieldError};
use crate::http::conditional::{Precondition, created, json_with_etag};
use crate::http::json_body::{JsonBody, MergePatch, from_value, merge};
use crate::http::listing::{ListQuery, PageParams};
use crate::participations::model::ParticipationView;
use crate::sectors::model::SectorView;
use crate::targets::model::TargetView;
use crate::working_groups::model::WorkingGroupView;

const TAG: &str = "Covenants";

/// A covenant's writable fields for a merge patch: members given replace the
/// stored ones, `null` clears an optional one. `code` cannot change.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CovenantPatch {
    /// Dutch title.
    pub title_nl: Option<String>,
    /// English title.
    pub title_en: Option<String>,
    /// Code of the sector.
    pub sector: Option<String>,
    /// Status; see the life-cycle rules of `CovenantInput`.
    pub status: Option<CovenantStatus>,
    /// When negotiations started.
    pub negotiation_started_on: Option<chrono::NaiveDate>,
    /// When it was signed.
    #[schema(example = "2016-07-04")]
    pub signed_on: Option<chrono::NaiveDate>,
    /// How exact `signedOn` is.
    pub signed_on_precision: Option<DatePrecision>,
    /// When its term ends.
    pub ends_on: Option<chrono::NaiveDate>,
    /// Who facilitates it.
    pub facilitator: Option<String>,
    /// What it is about.
    pub summary: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// Where these facts come from.
    pub source: Option<String>,
}

/// The views of `records` with what `expand` asks for embedded: one query
/// per kind of related resource, whatever the number of covenants.
fn expanded(
    conn: &mut DbConnection,
    records: &[CovenantRecord],
    expand: &[&str],
) -> Result<Vec<CovenantView>, AppError> {
    let mut views: Vec<CovenantView> = records.iter().map(CovenantView::from).collect();
    if expand.is_empty() {
        return Ok(views);
    }
    let covenant_ids: Vec<i64> = records.iter().map(|r| r.covenant.id).collect();
    let sectors = if expand.contains(&"sector") {
        let ids: Vec<i64> = records.iter().map(|r| r.covenant.sector_id).collect();
        Some(queries::sectors_by_id(conn, &ids)?)
    } else {
        None
    };
    let reports = if expand.contains(&"annualReports") {
        Some(crate::annual_reports::queries::of_covenants(
            conn,
            &covenant_ids,
        )?)
    } else {
        None
    };
    let targets = if expand.contains(&"targets") {
        Some(crate::targets::queries::of_covenants(conn, &covenant_ids)?)
    } else {
        None
    };
    let participations = if expand.contains(&"participations") {
        Some(crate::participations::queries::of_covenants(
            conn,
            &covenant_ids,
        )?)
    } else {
        None
    };
    let groups = if expand.contains(&"workingGroups") {
        Some(crate::working_groups::queries::of_covenants(
            conn,
            &covenant_ids,
        )?)
    } else {
        None
    };
    for (view, record) in views.iter_mut().zip(records) {
        let mut embedded = CovenantEmbedded::default();
        if let Some(sectors) = &sectors {
            embedded.sector = sectors
                .iter()
                .find(|s| s.id == record.covenant.sector_id)
                .map(SectorView::from);
        }
        if let Some(reports) = &reports {
            embedded.annual_reports = Some(
                reports
                    .iter()
                    .filter(|r| r.report.covenant_id == record.covenant.id)
                    .map(AnnualReportView::from)
                    .collect(),
            );
        }
        if let Some(targets) = &targets {
            embedded.targets = Some(
                targets
                    .iter()
                    .filter(|t| t.target.covenant_id == Some(record.covenant.id))
                    .map(TargetView::from)
                    .collect(),
            );
        }
        if let Some(participations) = &participations {
            embedded.participations = Some(
                participations
                    .iter()
                    .filter(|p| p.participation.covenant_id == record.covenant.id)
                    .map(ParticipationView::from)
                    .collect(),
            );
        }
        if let Some(groups) = &groups {
            embedded.working_groups = Some(
                groups
                    .iter()
                    .filter(|g| g.group.covenant_id == record.covenant.id)
                    .map(WorkingGroupView::from)
                    .collect(),
            );
        }
        view.embedded = Some(embedded);
    }
    Ok(views)
}

fn expand_names(raw: Option<&str>) -> Result<Vec<&'static str>, AppError> {
    parse_expand(raw).map_err(|e| AppError::invalid(vec![e]))
}

/// List covenants
///
/// The IMVO covenants, a page at a time, filtered by sector, status or signing
/// date, in the order asked for. `expand` embeds related resources
/// (`sector`, `annualReports`, `targets`, `workingGroups`, `participations`)
/// so a dashboard needs one request.
#[utoipa::path(
    tag = TAG,
    operation_id = "listCovenants",
    params(PageParams, CovenantFilter),
    responses(
        (status = 200, description = "A page of covenants.", body = CovenantList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
    )
)]
#[get("/covenants")]
#[tracing::instrument(skip_all)]
pub async fn list_covenants(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<CovenantFilter>,
) -> Result<HttpResponse, AppError> {
    let expand = expand_names(query.filter.expand.as_deref())?;
    let (items, total, query) = db::run(&pool, move |conn| {
        let (rows, total) = queries::list(
            conn,
            &query.filter,
            &query.sort,
            query.offset(),
            query.limit(),
        )?;
        Ok((expanded(conn, &rows, &expand)?, total, query))
    })
    .await?;
    let list = CovenantList {
        items,
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a covenant
///
/// One covenant by its code. `expand` embeds related resources (`sector`,
/// `annualReports`, `targets`, `workingGroups`, `participations`).
#[utoipa::path(
    tag = TAG,
    operation_id = "getCovenant",
    params(("code" = String, Path, description = "The covenant's code.", example = "textile"), CovenantExpand),
    responses(
        (status = 200, description = "The covenant.", body = CovenantView,
            headers(("ETag" = String, description = "Entity tag of the covenant; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the covenant still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no covenant with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/covenants/{code}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_covenant(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    code: web::Path<String>,
    expand: web::Query<CovenantExpand>,
) -> Result<HttpResponse, AppError> {
    let expand = expand_names(expand.expand.as_deref())?;
    let code = code.into_inner();
    let view = db::run(&pool, move |conn| {
        let record = queries::get_by_code(conn, &code)?;
        let mut views = expanded(conn, std::slice::from_ref(&record), &expand)?;
        views
            .pop()
            .ok_or_else(|| AppError::Internal("no view".into()))
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Create a covenant
///
/// Records a new covenant (admins only). Its `code` must be unused and its
/// `sector` must exist; the status and dates must fit the life cycle.
#[utoipa::path(
    tag = TAG,
    operation_id = "createCovenant",
    request_body(content = CovenantInput, description = "The new covenant."),
    responses(
        (status = 201, description = "The covenant was created.", body = CovenantView,
            headers(
                ("Location" = String, description = "Path of the new covenant."),
                ("ETag" = String, description = "Entity tag of the new covenant."),
            )),
        (status = 409, description = "A covenant with that code already exists.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/covenants")]
#[tracing::instrument(skip_all)]
pub async fn create_covenant(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<CovenantInput>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let input = body.parse()?;
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let view = CovenantView::from(&queries::insert(conn, &input, db::now())?);
            audit::record(conn, &principal, Action::Create, None, Some(&view))?;
            Ok(view)
        })
    })
    .await?;
    created(&req, &view, &view.links.self_link.href)
}

fn code_unchanged(input: &CovenantInput, code: &str) -> Result<(), AppError> {
    if input.code == code {
        Ok(())
    } else {
        Err(AppError::invalid(vec![FieldError::body(
            "/code",
            format!("must equal the code in the path (`{code}`); a covenant's code cannot change"),
        )]))
    }
}

/// Replace a covenant
///
/// Replaces the covenant's fields (admins, or the covenant's own
/// secretariat). The body's `code` must equal the path's. Send the ETag you
/// read in `If-Match` to avoid overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceCovenant",
    params(
        ("code" = String, Path, description = "The covenant's code.", example = "textile"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the covenant changed since."),
    ),
    request_body(content = CovenantInput, description = "The covenant's new state."),
    responses(
        (status = 200, description = "The covenant was replaced.", body = CovenantView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no covenant with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The covenant changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/covenants/{code}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_covenant(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
    body: JsonBody<CovenantInput>,
) -> Result<HttpResponse, AppError> {
    let code = code.into_inner();
    principal.require_covenant(&code)?;
    let input = body.parse()?;
    code_unchanged(&input, &code)?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get_by_code(conn, &code)?;
            let before = CovenantView::from(&current);
            precondition.check(&before)?;
            let after = CovenantView::from(&queries::update(conn, &current, &input, db::now())?);
            audit::record(
                conn,
                &principal,
                Action::Update,
                Some(&before),
                Some(&after),
            )?;
            Ok(after)
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// Update part of a covenant
///
/// Applies a JSON Merge Patch (RFC 7396) to the covenant (admins, or the
/// covenant's own secretariat): members given replace the stored ones, `null`
/// clears an optional one. The result must be a valid covenant; `code` cannot
/// change.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateCovenant",
    params(
        ("code" = String, Path, description = "The covenant's code.", example = "textile"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the covenant changed since."),
    ),
    request_body(content = CovenantPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The covenant was updated.", body = CovenantView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no covenant with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The covenant changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/covenants/{code}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_covenant(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    let code = code.into_inner();
    principal.require_covenant(&code)?;
    let patch = patch.parse()?;
    let precondition = Precondition::from_request(&req);
    let view = db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get_by_code(conn, &code)?;
            let before = CovenantView::from(&current);
            precondition.check(&before)?;
            let stored = serde_json::to_value(CovenantInput::from(&current))
                .map_err(|e| AppError::Internal(e.to_string()))?;
            let input: CovenantInput = from_value(merge(stored, &patch))?;
            code_unchanged(&input, &code)?;
            let after = CovenantView::from(&queries::update(conn, &current, &input, db::now())?);
            audit::record(
                conn,
                &principal,
                Action::Update,
                Some(&before),
                Some(&after),
            )?;
            Ok(after)
        })
    })
    .await?;
    json_with_etag(&req, &view)
}

/// A 409 naming what still refers to the covenant.
fn refuse_if_referred(conn: &mut DbConnection, current: &CovenantRecord) -> Result<(), AppError> {
    let id = current.covenant.id;
    let mut referring = Vec::new();
    let years = crate::annual_reports::queries::years_of_covenant(conn, id)?;
    if !years.is_empty() {
        let years: Vec<String> = years.iter().map(i32::to_string).collect();
        referring.push(format!("annual reports on {}", years.join(", ")));
    }
    let targets = crate::targets::queries::count_of_covenant(conn, id)?;
    if targets > 0 {
        referring.push(format!("{targets} target(s)"));
    }
    let measurements = crate::measurements::queries::count_of_covenant(conn, id)?;
    if measurements > 0 {
        referring.push(format!("{measurements} measurement(s)"));
    }
    let (participations, ids) = crate::participations::queries::ids_in_covenant(conn, id, 10)?;
    if participations > 0 {
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        referring.push(format!(
            "{participations} participation(s) (ids {})",
            ids.join(", ")
        ));
    }
    if referring.is_empty() {
        return Ok(());
    }
    Err(AppError::Conflict(format!(
        "Covenant `{}` cannot be deleted while {} refer to it.",
        current.covenant.code,
        referring.join(" and ")
    )))
}

/// Delete a covenant
///
/// Removes a covenant that nothing refers to (admins only). While annual
/// reports, targets, measurements or participations refer to it, the delete
/// is refused with 409 saying which.
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteCovenant",
    params(
        ("code" = String, Path, description = "The covenant's code.", example = "textile"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the covenant changed since."),
    ),
    responses(
        (status = 204, description = "The covenant was deleted."),
        (status = 404, description = "There is no covenant with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Annual reports, targets, measurements, participations or other records still refer to the covenant.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The covenant changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/covenants/{code}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_covenant(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let code = code.into_inner();
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = queries::get_by_code(conn, &code)?;
            let before = CovenantView::from(&current);
            precondition.check(&before)?;
            refuse_if_referred(conn, &current)?;
            let (groups, total) =
                crate::working_groups::queries::names_in_covenant(conn, current.covenant.id, 10)?;
            if total > 0 {
                return Err(AppError::Conflict(format!(
                    "Covenant `{code}` cannot be deleted: {total} working group(s) still belong to it ({}).",
                    groups.join(", ")
                )));
            }
            let (motions, total) =
                crate::motions::queries::citations_concerning(conn, current.covenant.id, 10)?;
            if total > 0 {
                return Err(AppError::Conflict(format!(
                    "Covenant `{code}` cannot be deleted: {total} motion(s) concern it ({}).",
                    motions.join("; ")
                )));
            }
            queries::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
