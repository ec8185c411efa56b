//! Organisation storage: diesel only, no HTTP.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::{Backend, DbConnection};
use crate::error::{AppError, FieldError};
use crate::http::listing::ListQuery;
use crate::organisations::model::{
    Organisation, OrganisationFilter, OrganisationForm, OrganisationInput, fold_name,
};
use crate::schema::organisations;
use crate::storage::{delete_versioned, duplicate, insert_versioned, sorted, update_versioned};

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

fn filtered<'a>(asked: &ListQuery<OrganisationFilter>) -> organisations::BoxedQuery<'a, Backend> {
    let filter = &asked.filter;
    let mut query = organisations::table.into_boxed();
    if let Some(kind) = &filter.kind {
        query = query.filter(organisations::kind.eq_any(kind.stored(|v| v.as_str())));
    }
    if let Some(country) = &filter.country {
        query =
            query.filter(organisations::country.eq_any(country.stored(|v| v.as_str().to_owned())));
    }
    if let Some(name) = &filter.name {
        query = query.filter(
            organisations::name_folded
                .like(contains_pattern(&fold_name(name)))
                .escape('\\'),
        );
    }
    if let Some(kvk) = &filter.kvk_number {
        query = query.filter(organisations::kvk_number.eq_any(kvk.values().to_vec()));
    }
    if let Some(since) = asked.changed_since {
        query = query.filter(organisations::updated_at.ge(since));
    }
    query
}

/// One page of organisations in the asked order, and how many match in all.
pub fn list(
    conn: &mut DbConnection,
    asked: &ListQuery<OrganisationFilter>,
) -> QueryResult<(Vec<Organisation>, i64)> {
    let total = filtered(asked).count().get_result(conn)?;
    let query = sorted!(filtered(asked).select(Organisation::as_select()), &asked.sort, {
        "name" => organisations::name_folded,
        "createdAt" => organisations::created_at,
    });
    let rows = query
        .then_order_by(organisations::id.asc())
        .offset(asked.offset())
        .limit(asked.limit())
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

/// The organisation named `name` exactly, if any.
pub fn find_by_name(conn: &mut DbConnection, name: &str) -> QueryResult<Option<Organisation>> {
    organisations::table
        .filter(organisations::name.eq(name))
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

/// The 409 names the taken KvK number: it is an organisation's only unique
/// column.
fn kvk_taken(input: &OrganisationInput) -> String {
    format!(
        "Another organisation already has KvK number {}.",
        input.kvk_number.as_deref().unwrap_or_default()
    )
}

pub fn insert(
    conn: &mut DbConnection,
    input: &OrganisationInput,
    now: NaiveDateTime,
) -> Result<Organisation, AppError> {
    let id = insert_versioned!(conn, organisations, OrganisationForm::from(input), now)
        .map_err(duplicate(kvk_taken(input)))?;
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
    let form = OrganisationForm::from(input);
    let (id, version) = (current.id, current.version);
    update_versioned!(conn, organisations, id, version, form, now; duplicate(kvk_taken(input)))?;
    get(conn, current.id)
}

pub fn delete(conn: &mut DbConnection, current: &Organisation) -> Result<(), AppError> {
    delete_versioned!(conn, organisations, current.id, current.version)
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
