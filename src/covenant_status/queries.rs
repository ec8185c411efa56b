//! Status change storage: diesel only.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::covenant_status::model::{
    StatusChange, StatusChangeFilter, StatusChangeForm, StatusChangeInput, StatusChangeRecord,
};
use crate::covenants::model::CovenantKind;
use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::letters::queries as letters;
use crate::schema::{covenant_status_changes, covenants};
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

fn of_covenant<'a>(covenant_id: i64) -> covenant_status_changes::BoxedQuery<'a, Backend> {
    covenant_status_changes::table
        .filter(covenant_status_changes::covenant_id.eq(covenant_id))
        .into_boxed()
}

fn record(change: StatusChange, covenant_code: &str) -> StatusChangeRecord {
    StatusChangeRecord {
        change,
        covenant_code: covenant_code.to_owned(),
    }
}

pub fn list(
    conn: &mut DbConnection,
    (covenant_id, code): (i64, &str),
    asked: &ListQuery<StatusChangeFilter>,
) -> QueryResult<(Vec<StatusChangeRecord>, i64)> {
    let filtered = || {
        let query = of_covenant(covenant_id);
        match asked.changed_since {
            Some(since) => query.filter(covenant_status_changes::updated_at.ge(since)),
            None => query,
        }
    };
    let total = filtered().count().get_result(conn)?;
    let query = sorted!(filtered().select(StatusChange::as_select()), &asked.sort, {
        "on" => covenant_status_changes::changed_on,
    });
    let rows = query
        .then_order_by(covenant_status_changes::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
        .load(conn)?;
    Ok((rows.into_iter().map(|c| record(c, code)).collect(), total))
}

/// The covenant's status change `id`, or a 404 problem.
pub fn get(
    conn: &mut DbConnection,
    (covenant_id, code): (i64, &str),
    id: i64,
) -> Result<StatusChangeRecord, AppError> {
    of_covenant(covenant_id)
        .filter(covenant_status_changes::id.eq(id))
        .select(StatusChange::as_select())
        .first(conn)
        .optional()?
        .map(|c| record(c, code))
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "Covenant `{code}` has no status change with id {id}."
            ))
        })
}

/// The covenant's status change on `on`, if any: its natural key.
pub fn find_on(
    conn: &mut DbConnection,
    (covenant_id, code): (i64, &str),
    on: NaiveDate,
) -> QueryResult<Option<StatusChangeRecord>> {
    Ok(of_covenant(covenant_id)
        .filter(covenant_status_changes::changed_on.eq(on))
        .select(StatusChange::as_select())
        .first(conn)
        .optional()?
        .map(|c| record(c, code)))
}

fn taken(code: &str, input: &StatusChangeInput) -> String {
    format!(
        "Covenant `{code}` already has a status change on {}; change that one instead.",
        input.on
    )
}

fn require_letter(conn: &mut DbConnection, input: &StatusChangeInput) -> Result<(), AppError> {
    match input.letter {
        Some(letter) => letters::require(conn, letter, "/letter"),
        None => Ok(()),
    }
}

pub fn insert(
    conn: &mut DbConnection,
    (covenant_id, code): (i64, &str),
    input: &StatusChangeInput,
    now: NaiveDateTime,
) -> Result<StatusChangeRecord, AppError> {
    require_letter(conn, input)?;
    let form = StatusChangeForm::new(covenant_id, input);
    let id = insert_versioned!(conn, covenant_status_changes, form, now)
        .map_err(duplicate(taken(code, input)))?;
    get(conn, (covenant_id, code), id)
}

pub fn update(
    conn: &mut DbConnection,
    current: &StatusChangeRecord,
    input: &StatusChangeInput,
    now: NaiveDateTime,
) -> Result<StatusChangeRecord, AppError> {
    require_letter(conn, input)?;
    let c = &current.change;
    let code = current.covenant_code.as_str();
    let form = StatusChangeForm::new(c.covenant_id, input);
    update_versioned!(conn, covenant_status_changes, c.id, c.version, form, now; duplicate(taken(code, input)))?;
    get(conn, (c.covenant_id, code), c.id)
}

pub fn delete(conn: &mut DbConnection, current: &StatusChangeRecord) -> Result<(), AppError> {
    let c = &current.change;
    delete_versioned!(conn, covenant_status_changes, c.id, c.version)
}

/// Every status change of the covenant, to delete with it.
pub fn all_of(
    conn: &mut DbConnection,
    (covenant_id, code): (i64, &str),
) -> QueryResult<Vec<StatusChangeRecord>> {
    Ok(of_covenant(covenant_id)
        .select(StatusChange::as_select())
        .order_by(covenant_status_changes::id.asc())
        .load(conn)?
        .into_iter()
        .map(|c| record(c, code))
        .collect())
}

/// A 409 when status changes cite the letter.
pub fn refuse_if_citing(conn: &mut DbConnection, letter: i64) -> Result<(), AppError> {
    let citing: i64 = covenant_status_changes::table
        .filter(covenant_status_changes::letter_id.eq(letter))
        .count()
        .get_result(conn)?;
    if citing == 0 {
        return Ok(());
    }
    Err(AppError::Conflict(format!(
        "Letter {letter} cannot be deleted while {citing} covenant status change(s) cite it."
    )))
}

/// The status at `as_of` of every covenant the overview counts (those the
/// SER facilitates; agreements of another kind are kept apart): that of its
/// latest status change on or before it. Besides the recorded changes, the dates a covenant holds
/// count as changes (negotiating from `negotiationStartedOn`, signed from
/// `signedOn`, ended from the `endsOn` of an ended covenant), and a
/// covenant without any recorded change counts with its `status` from the
/// day it was last written (a timeline, once recorded, says more than the
/// status field of the day). On one date a recorded change goes first,
/// then the later stage. A covenant with no change by `as_of` is not in
/// the answer: the record does not know the track at that date.
pub fn statuses_at(conn: &mut DbConnection, as_of: NaiveDate) -> QueryResult<Vec<String>> {
    Ok(statuses_by_covenant_at(conn, as_of)?
        .into_values()
        .collect())
}

/// `statuses_at` by covenant id: the status of each track the overview
/// counts at `as_of` (none for a track not begun by then).
pub fn statuses_by_covenant_at(
    conn: &mut DbConnection,
    as_of: NaiveDate,
) -> QueryResult<HashMap<i64, String>> {
    let recorded: Vec<(i64, NaiveDate, String)> = covenant_status_changes::table
        .select((
            covenant_status_changes::covenant_id,
            covenant_status_changes::changed_on,
            covenant_status_changes::status,
        ))
        .load(conn)?;
    type Own = (
        i64,
        String,
        Option<NaiveDate>,
        Option<NaiveDate>,
        Option<NaiveDate>,
        NaiveDateTime,
    );
    let own: Vec<Own> = covenants::table
        .filter(covenants::kind.eq(CovenantKind::SerFacilitated.as_str()))
        .select((
            covenants::id,
            covenants::status,
            covenants::negotiation_started_on,
            covenants::signed_on,
            covenants::ends_on,
            covenants::updated_at,
        ))
        .load(conn)?;
    let counted: HashSet<i64> = own.iter().map(|(id, ..)| *id).collect();
    let recorded: Vec<_> = recorded
        .into_iter()
        .filter(|(covenant, _, _)| counted.contains(covenant))
        .collect();
    let with_timeline: HashSet<i64> = recorded.iter().map(|(covenant, _, _)| *covenant).collect();
    // Per covenant, its latest change by (date, precedence on the date).
    let mut latest: HashMap<i64, (NaiveDate, u8, String)> = HashMap::new();
    let mut consider = |covenant: i64, on: NaiveDate, precedence: u8, status: String| {
        if on > as_of {
            return;
        }
        let current = latest.get(&covenant).map(|(on, p, _)| (*on, *p));
        if current.is_none_or(|current| (on, precedence) > current) {
            latest.insert(covenant, (on, precedence, status));
        }
    };
    for (id, status, negotiating, signed, ends, written) in own {
        let ended = (status == "ended").then_some(ends).flatten();
        if !with_timeline.contains(&id) {
            consider(id, written.date(), 1, status);
        }
        for (on, precedence, status) in [
            (negotiating, 2, "negotiating"),
            (signed, 3, "signed"),
            (ended, 4, "ended"),
        ] {
            if let Some(on) = on {
                consider(id, on, precedence, status.to_owned());
            }
        }
    }
    for (covenant, on, status) in recorded {
        consider(covenant, on, 5, status);
    }
    Ok(latest
        .into_iter()
        .map(|(covenant, (_, _, status))| (covenant, status))
        .collect())
}
