//! Motion storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::history;
use crate::http::listing::ListQuery;
use crate::motions::model::{
    Motion, MotionFilter, MotionForm, MotionInput, MotionRecord, citation,
};
use crate::schema::{covenants, motion_covenants, motion_submitters, motions};
use crate::storage::{delete_versioned, duplicate, insert_versioned, update_versioned};

fn filtered<'a>(asked: &ListQuery<MotionFilter>) -> motions::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = motions::table.into_boxed();
    if let Some(dossier) = &filter.dossier {
        query = query.filter(motions::dossier.eq_any(dossier.values().to_vec()));
    }
    if let Some(number) = &filter.number {
        query = query.filter(motions::number.eq_any(number.values().to_vec()));
    }
    if let Some(status) = &filter.status {
        query = query.filter(motions::status.eq_any(status.stored(|v| v.as_str())));
    }
    if let Some(covenant) = &filter.covenant {
        query = query.filter(
            motions::id.eq_any(
                motion_covenants::table
                    .inner_join(covenants::table)
                    .filter(covenants::code.eq_any(covenant.values().to_vec()))
                    .select(motion_covenants::motion_id),
            ),
        );
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(motions::updated_at.ge(since));
    }
    query
}

/// The motions `query` finds, with their submitters, covenant codes and
/// responses: four queries however many motions.
fn records(
    conn: &mut DbConnection,
    query: motions::BoxedQuery<'_, Backend>,
) -> QueryResult<Vec<MotionRecord>> {
    let rows: Vec<Motion> = query.select(Motion::as_select()).load(conn)?;
    let ids: Vec<i64> = rows.iter().map(|m| m.id).collect();
    let submitters: Vec<(i64, String)> = motion_submitters::table
        .filter(motion_submitters::motion_id.eq_any(&ids))
        .order_by((motion_submitters::motion_id, motion_submitters::ordinal))
        .select((motion_submitters::motion_id, motion_submitters::name))
        .load(conn)?;
    let codes: Vec<(i64, String)> = motion_covenants::table
        .inner_join(covenants::table)
        .filter(motion_covenants::motion_id.eq_any(&ids))
        .order_by((motion_covenants::motion_id, covenants::code))
        .select((motion_covenants::motion_id, covenants::code))
        .load(conn)?;
    let of = |pairs: &[(i64, String)], id: i64| -> Vec<String> {
        pairs
            .iter()
            .filter(|(motion, _)| *motion == id)
            .map(|(_, value)| value.clone())
            .collect()
    };
    let responses = crate::motion_responses::queries::of_motions(conn, &ids)?;
    Ok(rows
        .into_iter()
        .map(|motion| MotionRecord {
            submitters: of(&submitters, motion.id),
            covenants: of(&codes, motion.id),
            responses: responses
                .iter()
                .filter(|r| r.response.motion_id == motion.id)
                .cloned()
                .collect(),
            motion,
        })
        .collect())
}

/// One page of motions in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<MotionFilter>,
) -> QueryResult<(Vec<MotionRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let mut query = filtered(asked);
    // Not `sorted!`: motions without a known date sort last either way.
    for key in &asked.sort {
        query = match (key.field, key.descending) {
            ("number", false) => query.then_order_by(motions::number.asc()),
            ("number", true) => query.then_order_by(motions::number.desc()),
            (_, false) => query
                .then_order_by(motions::submitted_on.is_null())
                .then_order_by(motions::submitted_on.asc()),
            (_, true) => query
                .then_order_by(motions::submitted_on.is_null())
                .then_order_by(motions::submitted_on.desc()),
        };
    }
    let query = query
        .then_order_by(motions::id.asc())
        .offset(asked.offset())
        .limit(asked.limit());
    Ok((records(conn, query)?, total))
}

/// The motion with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<MotionRecord, AppError> {
    records(conn, motions::table.filter(motions::id.eq(id)).into_boxed())?
        .pop()
        .ok_or_else(|| AppError::NotFound(format!("There is no motion with id {id}.")))
}

/// The motion `input` stands for: the one with its dossier and number.
pub fn find_natural(
    conn: &mut DbConnection,
    input: &MotionInput,
) -> QueryResult<Option<MotionRecord>> {
    let query = motions::table
        .filter(motions::dossier.eq(&input.dossier))
        .filter(motions::number.eq(input.number))
        .into_boxed();
    Ok(records(conn, query)?.pop())
}

/// Citations of the motions concerning a covenant (at most `limit`), and how
/// many in all.
pub fn citations_concerning(
    conn: &mut DbConnection,
    covenant_id: i64,
    limit: i64,
) -> QueryResult<(Vec<String>, i64)> {
    let total = motion_covenants::table
        .filter(motion_covenants::covenant_id.eq(covenant_id))
        .count()
        .get_result(conn)?;
    let rows: Vec<(String, i64)> = motions::table
        .inner_join(motion_covenants::table)
        .filter(motion_covenants::covenant_id.eq(covenant_id))
        .select((motions::dossier, motions::number))
        .order_by((motions::dossier.asc(), motions::number.asc()))
        .limit(limit)
        .load(conn)?;
    let citations = rows
        .iter()
        .map(|(dossier, number)| citation(dossier, *number))
        .collect();
    Ok((citations, total))
}

/// The ids of the covenants `codes` names, or a 400 naming each
/// unknown one by its place in the list.
fn covenant_ids(conn: &mut DbConnection, codes: &[String]) -> Result<Vec<i64>, AppError> {
    let known: Vec<(String, i64)> = covenants::table
        .filter(covenants::code.eq_any(codes))
        .select((covenants::code, covenants::id))
        .load(conn)?;
    let mut ids = Vec::with_capacity(codes.len());
    let mut errors = Vec::new();
    for (index, code) in codes.iter().enumerate() {
        match known.iter().find(|(known, _)| known == code) {
            Some((_, id)) => ids.push(*id),
            None => errors.push(FieldError::body(
                &format!("/covenants/{index}"),
                format!("there is no covenant with code `{code}`"),
            )),
        }
    }
    if errors.is_empty() {
        Ok(ids)
    } else {
        Err(AppError::invalid(errors))
    }
}

/// Stores the motion's submitters and covenants in place of those it had,
/// which are kept as versions that held until `now`.
fn replace_details(
    conn: &mut DbConnection,
    id: i64,
    submitters: &[String],
    covenant_ids: &[i64],
    now: NaiveDateTime,
) -> QueryResult<()> {
    history::keep(conn, "motion_submitters", "motion_id", id, now)?;
    history::keep(conn, "motion_covenants", "motion_id", id, now)?;
    diesel::delete(motion_submitters::table.filter(motion_submitters::motion_id.eq(id)))
        .execute(conn)?;
    diesel::delete(motion_covenants::table.filter(motion_covenants::motion_id.eq(id)))
        .execute(conn)?;
    for (ordinal, name) in (1..).zip(submitters) {
        diesel::insert_into(motion_submitters::table)
            .values((
                motion_submitters::motion_id.eq(id),
                motion_submitters::ordinal.eq(ordinal),
                motion_submitters::name.eq(name),
                motion_submitters::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    for covenant_id in covenant_ids {
        diesel::insert_into(motion_covenants::table)
            .values((
                motion_covenants::motion_id.eq(id),
                motion_covenants::covenant_id.eq(covenant_id),
                motion_covenants::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn insert(
    conn: &mut DbConnection,
    input: &MotionInput,
    now: NaiveDateTime,
) -> Result<MotionRecord, AppError> {
    let covenant_ids = covenant_ids(conn, &input.covenants)?;
    let form = MotionForm::from(input);
    let id = insert_versioned!(conn, motions, form, now).map_err(duplicate(format!(
        "{} is already recorded as another motion.",
        citation(&input.dossier, input.number)
    )))?;
    replace_details(conn, id, &input.submitters, &covenant_ids, now)?;
    get(conn, id)
}

/// Replaces the writable fields of `current` if nobody changed it since it
/// was read; else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &MotionRecord,
    input: &MotionInput,
    now: NaiveDateTime,
) -> Result<MotionRecord, AppError> {
    let covenant_ids = covenant_ids(conn, &input.covenants)?;
    let m = &current.motion;
    let form = MotionForm::from(input);
    update_versioned!(conn, motions, m.id, m.version, form, now)?;
    replace_details(conn, m.id, &input.submitters, &covenant_ids, now)?;
    get(conn, m.id)
}

pub fn delete(conn: &mut DbConnection, current: &MotionRecord) -> Result<(), AppError> {
    let m = &current.motion;
    let now = crate::db::now();
    replace_details(conn, m.id, &[], &[], now)?;
    delete_versioned!(conn, motions, m.id, m.version, now)
}
