//! Participation storage: diesel only, no HTTP.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::covenants::queries as covenants_queries;
use crate::db::{Backend, DbConnection};
use crate::error::AppError;
use crate::http::listing::SortKey;
use crate::organisations::queries as organisations;
use crate::participations::model::{
    Participation, ParticipationFilter, ParticipationInput, ParticipationRecord,
};
use crate::schema::{covenants, participations};

type Joined = diesel::dsl::InnerJoin<participations::table, covenants::table>;

fn filtered<'a>(
    filter: &ParticipationFilter,
) -> diesel::helper_types::IntoBoxed<'a, Joined, Backend> {
    let mut query = participations::table
        .inner_join(covenants::table)
        .into_boxed();
    if let Some(covenant) = &filter.covenant {
        query = query.filter(covenants::code.eq(covenant.clone()));
    }
    if let Some(organisation) = filter.organisation {
        query = query.filter(participations::organisation_id.eq(organisation));
    }
    if let Some(role) = filter.role {
        query = query.filter(participations::role.eq(role.as_str()));
    }
    if let Some(day) = filter.active_on {
        query = query.filter(participations::joined_on.le(day)).filter(
            participations::left_on
                .is_null()
                .or(participations::left_on.gt(day)),
        );
    }
    query
}

fn record((participation, covenant_code): (Participation, String)) -> ParticipationRecord {
    ParticipationRecord {
        participation,
        covenant_code,
    }
}

/// One page of participations in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    filter: &ParticipationFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<ParticipationRecord>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let mut query = filtered(filter).select((Participation::as_select(), covenants::code));
    for key in sort {
        query = match (key.field, key.descending) {
            ("createdAt", false) => query.then_order_by(participations::created_at.asc()),
            ("createdAt", true) => query.then_order_by(participations::created_at.desc()),
            (_, false) => query.then_order_by(participations::joined_on.asc()),
            (_, true) => query.then_order_by(participations::joined_on.desc()),
        };
    }
    let rows = query
        .then_order_by(participations::id.asc())
        .offset(offset)
        .limit(limit)
        .load::<(Participation, String)>(conn)?;
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
        .filter(participations::covenant_id.eq_any(covenant_ids))
        .order_by((participations::joined_on.asc(), participations::id.asc()))
        .select((Participation::as_select(), covenants::code))
        .load::<(Participation, String)>(conn)?;
    Ok(rows.into_iter().map(record).collect())
}

/// The participation with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<ParticipationRecord, AppError> {
    participations::table
        .inner_join(covenants::table)
        .filter(participations::id.eq(id))
        .select((Participation::as_select(), covenants::code))
        .first::<(Participation, String)>(conn)
        .optional()?
        .map(record)
        .ok_or_else(|| AppError::NotFound(format!("There is no participation with id {id}.")))
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

/// The columns a client's input decides, with its covenant's id.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = participations, treat_none_as_null = true)]
struct Membership<'a> {
    covenant_id: i64,
    organisation_id: i64,
    role: &'a str,
    joined_on: NaiveDate,
    left_on: Option<NaiveDate>,
    market_share: Option<f64>,
    source: Option<&'a str>,
}

impl<'a> Membership<'a> {
    fn new(covenant_id: i64, input: &'a ParticipationInput) -> Self {
        Self {
            covenant_id,
            organisation_id: input.organisation,
            role: input.role.as_str(),
            joined_on: input.joined_on,
            left_on: input.left_on,
            market_share: input.market_share,
            source: input.source.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = participations)]
struct NewParticipation<'a> {
    #[diesel(embed)]
    membership: Membership<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = participations)]
struct ParticipationChange<'a> {
    #[diesel(embed)]
    membership: Membership<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    input: &ParticipationInput,
    now: NaiveDateTime,
) -> Result<ParticipationRecord, AppError> {
    let covenant = check(conn, input, None)?;
    let id = diesel::insert_into(participations::table)
        .values(&NewParticipation {
            membership: Membership::new(covenant, input),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .returning(participations::id)
        .get_result::<i64>(conn)?;
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
    let covenant = check(conn, input, Some(p.id))?;
    let changed = diesel::update(
        participations::table
            .filter(participations::id.eq(p.id))
            .filter(participations::version.eq(p.version)),
    )
    .set(&ParticipationChange {
        membership: Membership::new(covenant, input),
        version: p.version + 1,
        updated_at: now,
    })
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, p.id)
}

pub fn delete(conn: &mut DbConnection, current: &ParticipationRecord) -> Result<(), AppError> {
    let p = &current.participation;
    let deleted = diesel::delete(
        participations::table
            .filter(participations::id.eq(p.id))
            .filter(participations::version.eq(p.version)),
    )
    .execute(conn)?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
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
