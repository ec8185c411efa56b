//! Organisation storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::SortKey;
use crate::organisations::model::{Organisation, OrganisationFilter, OrganisationInput, fold_name};
use crate::schema::organisations;

/// `text` as a LIKE pattern matching itself anywhere, with `\` as escape.
pub fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

fn filtered<'a>(filter: &OrganisationFilter) -> organisations::BoxedQuery<'a, Backend> {
    let mut query = organisations::table.into_boxed();
    if let Some(kind) = filter.kind {
        query = query.filter(organisations::kind.eq(kind.as_str()));
    }
    if let Some(country) = &filter.country {
        query = query.filter(organisations::country.eq(country.as_str().to_owned()));
    }
    if let Some(name) = &filter.name {
        query = query.filter(
            organisations::name_folded
                .like(contains_pattern(&fold_name(name)))
                .escape('\\'),
        );
    }
    if let Some(kvk) = &filter.kvk_number {
        query = query.filter(organisations::kvk_number.eq(kvk.clone()));
    }
    query
}

/// One page of organisations in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    filter: &OrganisationFilter,
    sort: &[SortKey],
    offset: i64,
    limit: i64,
) -> QueryResult<(Vec<Organisation>, i64)> {
    let total = filtered(filter).count().get_result(conn)?;
    let mut query = filtered(filter).select(Organisation::as_select());
    for key in sort {
        query = match (key.field, key.descending) {
            ("createdAt", false) => query.then_order_by(organisations::created_at.asc()),
            ("createdAt", true) => query.then_order_by(organisations::created_at.desc()),
            (_, false) => query.then_order_by(organisations::name_folded.asc()),
            (_, true) => query.then_order_by(organisations::name_folded.desc()),
        };
    }
    let rows = query
        .then_order_by(organisations::id.asc())
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    Ok((rows, total))
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Organisation>> {
    organisations::table
        .find(id)
        .select(Organisation::as_select())
        .first(conn)
        .optional()
}

/// The organisation with `id`, or a 404 problem.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<Organisation, AppError> {
    find(conn, id)?.ok_or_else(|| not_found(id))
}

pub fn not_found(id: i64) -> AppError {
    AppError::NotFound(format!("There is no organisation with id {id}."))
}

/// Checks that the organisation a body refers to exists; else a 400 naming
/// the member at `pointer`.
pub fn require_reference(conn: &mut DbConnection, id: i64, pointer: &str) -> Result<(), AppError> {
    let exists: i64 = organisations::table
        .filter(organisations::id.eq(id))
        .count()
        .get_result(conn)?;
    if exists == 0 {
        return Err(AppError::invalid(vec![FieldError::body(
            pointer,
            format!("there is no organisation with id {id}"),
        )]));
    }
    Ok(())
}

/// Holds the organisation's row lock until the transaction ends, so that
/// writers checking its participations or endorsements for overlap take
/// turns on PostgreSQL (SQLite's write transactions take turns already).
/// Changes nothing.
pub fn lock(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    diesel::update(organisations::table.filter(organisations::id.eq(id)))
        .set(organisations::version.eq(organisations::version))
        .execute(conn)?;
    Ok(())
}

fn kvk_taken(input: &OrganisationInput) -> impl FnOnce(DieselError) -> AppError + '_ {
    move |e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            AppError::Conflict(format!(
                "Another organisation already has KvK number {}.",
                input.kvk_number.as_deref().unwrap_or_default()
            ))
        }
        other => other.into(),
    }
}

/// The columns a client's input decides, with the folded name.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = organisations, treat_none_as_null = true)]
struct Identity<'a> {
    name: &'a str,
    name_folded: String,
    kind: &'a str,
    kvk_number: Option<&'a str>,
    country: &'a str,
    website: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> From<&'a OrganisationInput> for Identity<'a> {
    fn from(input: &'a OrganisationInput) -> Self {
        Self {
            name: &input.name,
            name_folded: fold_name(&input.name),
            kind: input.kind.as_str(),
            kvk_number: input.kvk_number.as_deref(),
            country: input.country.as_str(),
            website: input.website.as_deref(),
            source: input.source.as_deref(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = organisations)]
struct NewOrganisation<'a> {
    #[diesel(embed)]
    identity: Identity<'a>,
    version: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(AsChangeset)]
#[diesel(table_name = organisations)]
struct OrganisationChange<'a> {
    #[diesel(embed)]
    identity: Identity<'a>,
    version: i64,
    updated_at: NaiveDateTime,
}

pub fn insert(
    conn: &mut DbConnection,
    input: &OrganisationInput,
    now: NaiveDateTime,
) -> Result<Organisation, AppError> {
    let id = diesel::insert_into(organisations::table)
        .values(&NewOrganisation {
            identity: input.into(),
            version: 1,
            created_at: now,
            updated_at: now,
        })
        .returning(organisations::id)
        .get_result::<i64>(conn)
        .map_err(kvk_taken(input))?;
    get(conn, id)
}

/// Replaces the writable fields of `current` if nobody changed it since it
/// was read; else 412.
pub fn update(
    conn: &mut DbConnection,
    current: &Organisation,
    input: &OrganisationInput,
    now: NaiveDateTime,
) -> Result<Organisation, AppError> {
    let changed = diesel::update(
        organisations::table
            .filter(organisations::id.eq(current.id))
            .filter(organisations::version.eq(current.version)),
    )
    .set(&OrganisationChange {
        identity: input.into(),
        version: current.version + 1,
        updated_at: now,
    })
    .execute(conn)
    .map_err(kvk_taken(input))?;
    if changed == 0 {
        return Err(AppError::PreconditionFailed);
    }
    get(conn, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &Organisation) -> Result<(), AppError> {
    let deleted = diesel::delete(
        organisations::table
            .filter(organisations::id.eq(current.id))
            .filter(organisations::version.eq(current.version)),
    )
    .execute(conn)
    .map_err(|e| match e {
        DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
            AppError::Conflict(format!(
                "Other records still refer to organisation {}.",
                current.id
            ))
        }
        other => other.into(),
    })?;
    if deleted == 0 {
        return Err(AppError::PreconditionFailed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::contains_pattern;

    #[test]
    fn wildcards_in_search_text_match_themselves() {
        assert_eq!(contains_pattern("ahold"), "%ahold%");
        assert_eq!(contains_pattern("100%_a\\b"), "%100\\%\\_a\\\\b%");
    }
}
