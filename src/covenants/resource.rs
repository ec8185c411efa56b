//! Covenants as a resource: addressed by their code, which never changes;
//! created and deleted by admins, edited also by their own secretariat.

use crate::auth::Principal;
use crate::covenant_status::model::StatusChangeRecord;
use crate::covenant_status::queries as covenant_status;
use crate::covenants::model::{
    CovenantEmbedded, CovenantExpand, CovenantFilter, CovenantInput, CovenantRecord, CovenantView,
    parse_expand,
};
use crate::covenants::queries;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, PathParam, Resource, delete_recorded, identity_unchanged};
use crate::http::listing::ListQuery;
use crate::sectors::model::SectorView;

impl Resource for CovenantRecord {
    type Key = String;
    type Parent = ();
    type Record = CovenantRecord;
    type Input = CovenantInput;
    type View = CovenantView;
    type Filter = CovenantFilter;
    type Read = CovenantExpand;

    const API: Api = Api {
        tag: "Covenants",
        name: "Covenant",
        names: "Covenants",
        noun: "covenant",
        nouns: "covenants",
        collection: "/covenants",
        item: "/covenants/{code}",
        params: &[PathParam::code("code", "The covenant's code.", "textile")],
        list: Doc(
            "List covenants",
            "The IMVO covenants, a page at a time, filtered by sector, status or signing date, \
             in the order asked for. `expand` embeds related resources (`sector`, \
             `annualReports`, `targets`, `workingGroups`, `participations`) so a dashboard \
             needs one request.",
        ),
        get: Doc(
            "Get a covenant",
            "One covenant by its code. `expand` embeds related resources (`sector`, \
             `annualReports`, `targets`, `workingGroups`, `participations`).",
        ),
        create: Doc(
            "Create a covenant",
            "Records a new covenant (admins only). Its `code` must be unused (409) and its \
             `sector` must exist; the status and dates must fit the life cycle.",
        ),
        replace: Doc(
            "Replace a covenant",
            "Replaces the covenant's fields (admins, or the covenant's own secretariat). The \
             body's `code` must equal the path's.",
        ),
        update: Doc(
            "Update part of a covenant",
            "Applies a JSON Merge Patch (RFC 7396) to the covenant (admins, or the covenant's \
             own secretariat). The result must be a valid covenant; `code` cannot change.",
        ),
        delete: Doc(
            "Delete a covenant",
            "Removes a covenant that nothing refers to (admins only). While annual reports, \
             targets, measurements, participations, working groups or motions refer to it, the \
             delete is refused with 409 saying which.",
        ),
    };

    fn parent_of(_: &String) {}

    fn load(conn: &mut DbConnection, code: &String) -> Result<CovenantRecord, AppError> {
        queries::get_by_code(conn, code)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<CovenantFilter>,
    ) -> Result<(Vec<CovenantRecord>, i64), AppError> {
        crate::sectors::queries::refuse_unknown(conn, "sector", query.filter.sector.as_ref())?;
        Ok(queries::list(conn, query)?)
    }

    fn views(
        conn: &mut DbConnection,
        records: &[CovenantRecord],
        expand: Option<&str>,
    ) -> Result<Vec<CovenantView>, AppError> {
        let expand = parse_expand(expand).map_err(|e| AppError::invalid(vec![e]))?;
        let mut views: Vec<CovenantView> = records.iter().map(CovenantView::from).collect();
        if !expand.is_empty() {
            for (view, embedded) in views.iter_mut().zip(embedded(conn, records, &expand)?) {
                view.embedded = Some(embedded);
            }
        }
        Ok(views)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &CovenantInput,
    ) -> Result<Option<CovenantRecord>, AppError> {
        Ok(queries::find_by_code(conn, &input.code)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &CovenantInput,
    ) -> Result<CovenantRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &CovenantRecord,
        input: &CovenantInput,
    ) -> Result<CovenantRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    /// Its status timeline goes with it; what else refers to it stops the
    /// delete (`delete`).
    fn delete_dependents(
        conn: &mut DbConnection,
        principal: &Principal,
        current: &CovenantRecord,
    ) -> Result<(), AppError> {
        let covenant = (current.covenant.id, current.covenant.code.as_str());
        for change in covenant_status::all_of(conn, covenant)? {
            delete_recorded::<StatusChangeRecord>(conn, principal, &change)?;
        }
        Ok(())
    }

    fn delete(conn: &mut DbConnection, current: &CovenantRecord) -> Result<(), AppError> {
        refuse_if_referred(conn, current)?;
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_create(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn may_delete(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn may_write_key(principal: &Principal, code: &String) -> Result<(), AppError> {
        principal.require_covenant(code)
    }

    fn keeps_identity(code: &String, input: &CovenantInput) -> Result<(), AppError> {
        identity_unchanged("code", code, &input.code, "a covenant's code cannot change")
    }
}

/// A 409 naming what still refers to the covenant.
fn refuse_if_referred(conn: &mut DbConnection, current: &CovenantRecord) -> Result<(), AppError> {
    let (id, code) = (current.covenant.id, &current.covenant.code);
    let mut referring = Vec::new();
    let years = crate::annual_reports::queries::years_of_covenant(conn, id)?;
    if !years.is_empty() {
        let years: Vec<String> = years.iter().map(i32::to_string).collect();
        referring.push(format!("annual reports on {}", years.join(", ")));
    }
    for (count, noun) in queries::referring_counts(conn, id)? {
        if count > 0 {
            referring.push(format!("{count} {noun}"));
        }
    }
    let (participations, ids) = crate::participations::queries::ids_in_covenant(conn, id, 10)?;
    if participations > 0 {
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        referring.push(format!(
            "{participations} participation(s) (ids {})",
            ids.join(", ")
        ));
    }
    if !referring.is_empty() {
        return Err(AppError::Conflict(format!(
            "Covenant `{code}` cannot be deleted while {} refer to it.",
            referring.join(" and ")
        )));
    }
    let (groups, total) = crate::working_groups::queries::names_in_covenant(conn, id, 10)?;
    if total > 0 {
        return Err(AppError::Conflict(format!(
            "Covenant `{code}` cannot be deleted: {total} working group(s) still belong to it ({}).",
            groups.join(", ")
        )));
    }
    let (motions, total) = crate::motions::queries::citations_concerning(conn, id, 10)?;
    if total > 0 {
        return Err(AppError::Conflict(format!(
            "Covenant `{code}` cannot be deleted: {total} motion(s) concern it ({}).",
            motions.join("; ")
        )));
    }
    Ok(())
}

/// What `expand` asks for, for each of `records`: one query per kind of
/// related resource, whatever the number of covenants.
fn embedded(
    conn: &mut DbConnection,
    records: &[CovenantRecord],
    expand: &[&str],
) -> Result<Vec<CovenantEmbedded>, AppError> {
    let ids: Vec<i64> = records.iter().map(|r| r.covenant.id).collect();
    let wanted = |name: &str| expand.contains(&name);
    let sectors = wanted("sector")
        .then(|| {
            let sector_ids: Vec<i64> = records.iter().map(|r| r.covenant.sector_id).collect();
            queries::sectors_by_id(conn, &sector_ids)
        })
        .transpose()?;
    let reports = wanted("annualReports")
        .then(|| crate::annual_reports::queries::of_covenants(conn, &ids))
        .transpose()?;
    let targets = wanted("targets")
        .then(|| crate::targets::queries::of_covenants(conn, &ids))
        .transpose()?;
    let participations = wanted("participations")
        .then(|| crate::participations::queries::of_covenants(conn, &ids))
        .transpose()?;
    let groups = wanted("workingGroups")
        .then(|| crate::working_groups::queries::of_covenants(conn, &ids))
        .transpose()?;
    Ok(records
        .iter()
        .map(|record| {
            let id = record.covenant.id;
            CovenantEmbedded {
                sector: sectors.as_ref().and_then(|sectors| {
                    sectors
                        .iter()
                        .find(|s| s.id == record.covenant.sector_id)
                        .map(SectorView::from)
                }),
                annual_reports: views_of(&reports, |r| r.report.covenant_id == id),
                targets: views_of(&targets, |t| t.target.covenant_id == Some(id)),
                participations: views_of(&participations, |p| p.participation.covenant_id == id),
                working_groups: views_of(&groups, |g| g.group.covenant_id == id),
            }
        })
        .collect())
}

/// The views of those of `records` (if they were asked for) that `mine`
/// picks.
fn views_of<R, V: for<'r> From<&'r R>>(
    records: &Option<Vec<R>>,
    mine: impl Fn(&R) -> bool,
) -> Option<Vec<V>> {
    records
        .as_ref()
        .map(|records| records.iter().filter(|r| mine(r)).map(V::from).collect())
}
