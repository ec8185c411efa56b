//! Participation storage: diesel only, no HTTP.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::covenants::queries as covenants_queries;
use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::ListQuery;
use crate::organisations::queries as organisations;
use crate::participations::model::{
    Participation, ParticipationFilter, ParticipationForm, ParticipationInput, ParticipationRecord,
};
use crate::schema::{covenants, organisations as organisations_table, participations};
use crate::storage::{delete_versioned, insert_versioned, sorted, update_versioned};

type Joined = diesel::dsl::InnerJoin<
    diesel::dsl::InnerJoin<participations::table, covenants::table>,
    organisations_table::table,
>;
type JoinedQuery<'a> = diesel::helper_types::IntoBoxed<'a, Joined, Backend>;

/// Participations with their covenants and organisations, to narrow down.
fn joined<'a>() -> JoinedQuery<'a> {
    participations::table
        .inner_join(covenants::table)
        .inner_join(organisations_table::table)
        .into_boxed()
}

/// What a participation is read with.
type Row = (Participation, String, String);

/// The first participation `query` finds.
fn first(conn: &mut DbConnection, query: JoinedQuery) -> QueryResult<Option<ParticipationRecord>> {
    Ok(query
        .select((
            Participation::as_select(),
            covenants::code,
            organisations_table::name,
        ))
        .first::<Row>(conn)
        .optional()?
        .map(record))
}

fn filtered<'a>(asked: &ListQuery<ParticipationFilter>) -> JoinedQuery<'a> {
    let filter = &asked.filter;
    let mut query = joined();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq_any(covenant.values().to_vec()));
    }
    if let Some(organisation) = &filter.organisation {
        query =
            query.filter(participations::organisation_id.eq_any(organisation.values().to_vec()));
    }
    if let Some(role) = &filter.role {
        query = query.filter(participations::role.eq_any(role.stored(|v| v.as_str())));
    }
    if let Some(day) = filter.active_on {
        query = query.filter(participations::joined_on.le(day)).filter(
            participations::left_on
                .is_null()
                .or(participations::left_on.gt(day)),
        );
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(participations::updated_at.ge(since));
    }
    query
}

fn record((participation, covenant_code, organisation_name): Row) -> ParticipationRecord {
    ParticipationRecord {
        participation,
        covenant_code,
        organisation_name,
    }
}

/// One page of participations in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<ParticipationFilter>,
) -> QueryResult<(Vec<ParticipationRecord>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked).select((Participation::as_select(), covenants::code, organisations_table::name)), &asked.sort, {
        "joinedOn" => participations::joined_on,
        "createdAt" => participations::created_at,
    });
    let rows = query
        .then_order_by(participations::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
        .load::<Row>(conn)?;
    Ok((rows.into_iter().map(record).collect(), total))
}

/// The participations of these covenants, in the order they joined, for
/// embedding: one query for all of them.
pub fn of_covenants(
    conn: &mut DbConnection,
    covenant_ids: &[i64],
) -> QueryResult<Vec<ParticipationRecord>> {
    let rows = participations::table
        .inner_join(covenants::table)
        .inner_join(organisations_table::table)
        .filter(participations::covenant_id.eq_any(covenant_ids))
        .order_by((participations::joined_on.asc(), participations::id.asc()))
        .select((
            Participation::as_select(),
            covenants::code,
            organisations_table::name,
        ))
        .load::<Row>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}

/// The participation with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<ParticipationRecord, AppError> {
    first(conn, joined().filter(participations::id.eq(id)))?
        .ok_or_else(|| AppError::NotFound(format!("There is no participation with id {id}.")))
}

/// The organisation's participation in the covenant that begins on
/// `joined_on`, if any.
pub fn find_by_start(
    conn: &mut DbConnection,
    covenant: &str,
    organisation: i64,
    joined_on: NaiveDate,
) -> QueryResult<Option<ParticipationRecord>> {
    let query = joined()
        .filter(covenants::code.eq(covenant.to_owned()))
        .filter(participations::organisation_id.eq(organisation))
        .filter(participations::joined_on.eq(joined_on))
        .order_by(participations::id.asc());
    first(conn, query)
}

/// Checks the body's references and that the organisation has no other
/// participation in the covenant overlapping this one (409 naming it).
/// Returns the covenant's id.
fn check(
    conn: &mut DbConnection,
    input: &ParticipationInput,
    except: Option<i64>,
) -> Result<i64, AppError> {
    let covenant = covenants_queries::id_for_reference(conn, &input.covenant, "/covenant");
    let organisation = organisations::require_reference(conn, input.organisation, "/organisation");
    let covenant = match (covenant, organisation) {
        (Ok(covenant), Ok(())) => covenant,
        (
            Err(AppError::Invalid { errors: mut a, .. }),
            Err(AppError::Invalid { errors: b, .. }),
        ) => {
            a.extend(b);
            return Err(AppError::invalid(a));
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    // Serializes writers of this organisation's participations on
    // PostgreSQL, so two overlapping ones cannot both pass the check.
    organisations::lock(conn, input.organisation)?;
    let mut query = participations::table
        .filter(participations::covenant_id.eq(covenant))
        .filter(participations::organisation_id.eq(input.organisation))
        .filter(
            participations::left_on
                .is_null()
                .or(participations::left_on.gt(input.joined_on)),
        )
        .into_boxed();
    if let Some(end) = input.left_on {
        query = query.filter(participations::joined_on.lt(end));
    }
    if let Some(id) = except {
        query = query.filter(participations::id.ne(id));
    }
    let existing = query
        .order_by(participations::joined_on.asc())
        .select(Participation::as_select())
        .first(conn)
        .optional()?;
    match existing {
        Some(other) => Err(AppError::Conflict(format!(
            "Organisation {} already takes part in covenant `{}` in that period: participation {} \
             (/v1/participations/{}) runs {}; one organisation's participations in a covenant must not overlap.",
            input.organisation,
            input.covenant,
            other.id,
            other.id,
            period(other.joined_on, other.left_on)
        ))),
        None => Ok(covenant),
    }
}

fn period(from: NaiveDate, to: Option<NaiveDate>) -> String {
    match to {
        Some(to) => format!("from {from} until {to}"),
        None => format!("from {from} on"),
    }
}

pub fn insert(
    conn: &mut DbConnection,
    input: &ParticipationInput,
    now: NaiveDateTime,
) -> Result<ParticipationRecord, AppError> {
    let covenant = check(conn, input, None)?;
    let id = insert_versioned!(
        conn,
        participations,
        ParticipationForm::new(covenant, input),
        now
    )?;
    get(conn, id)
}

/// Replaces the fields of `current` if nobody changed it since it was read;
/// else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &ParticipationRecord,
    input: &ParticipationInput,
    now: NaiveDateTime,
) -> Result<ParticipationRecord, AppError> {
    let p = &current.participation;
    let form = ParticipationForm::new(check(conn, input, Some(p.id))?, input);
    update_versioned!(conn, participations, p.id, p.version, form, now)?;
    get(conn, p.id)
}

pub fn delete(conn: &mut DbConnection, current: &ParticipationRecord) -> Result<(), AppError> {
    let p = &current.participation;
    delete_versioned!(conn, participations, p.id, p.version)
}

/// How many participations an organisation has, and the codes of (at most
/// `limit` of) the covenants they are in.
pub fn covenants_of_organisation(
    conn: &mut DbConnection,
    organisation: i64,
    limit: i64,
) -> QueryResult<(i64, Vec<String>)> {
    let total = participations::table
        .filter(participations::organisation_id.eq(organisation))
        .count()
        .get_result(conn)?;
    let codes = participations::table
        .inner_join(covenants::table)
        .filter(participations::organisation_id.eq(organisation))
        .select(covenants::code)
        .distinct()
        .order_by(covenants::code.asc())
        .limit(limit)
        .load(conn)?;
    Ok((total, codes))
}

/// How many participations a covenant has, and the ids of (at most `limit`
/// of) them.
pub fn ids_in_covenant(
    conn: &mut DbConnection,
    covenant: i64,
    limit: i64,
) -> QueryResult<(i64, Vec<i64>)> {
    let total = participations::table
        .filter(participations::covenant_id.eq(covenant))
        .count()
        .get_result(conn)?;
    let ids = participations::table
        .filter(participations::covenant_id.eq(covenant))
        .select(participations::id)
        .order_by(participations::id.asc())
        .limit(limit)
        .load(conn)?;
    Ok((total, ids))
}
