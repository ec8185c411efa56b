//! The SQL every resource's queries share: rows with a `version` and
//! timestamps, written only when nobody else wrote them since they were
//! read, and collections ordered by the keys `sort` asked for. Macros,
//! because diesel's tables are distinct types with no common trait to be
//! generic over.

use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::error::AppError;

/// Inserts a row of `$table` from an `Insertable` form, at version 1 with
/// both timestamps `$now`, and answers its `id`.
macro_rules! insert_versioned {
    ($conn:expr, $table:ident, $form:expr, $now:expr) => {
        diesel::insert_into($table::table)
            .values((
                $form,
                $table::version.eq(1_i64),
                $table::created_at.eq($now),
                $table::updated_at.eq($now),
            ))
            .returning($table::id)
            .get_result::<i64>($conn)
    };
}

/// Writes an `AsChangeset` form over the row `$id` if it still has
/// `$version`, moving it to the next version and keeping the version it
/// replaces as one that held until `$now`; else 412. A database error
/// becomes an `AppError` through `$error` when given (for a 409 that names
/// the duplicate), else through `From`.
macro_rules! update_versioned {
    ($conn:expr, $table:ident, $id:expr, $version:expr, $form:expr, $now:expr) => {
        update_versioned!($conn, $table, $id, $version, $form, $now; $crate::error::AppError::from)
    };
    ($conn:expr, $table:ident, $id:expr, $version:expr, $form:expr, $now:expr; $error:expr) => {
        $crate::history::keep($conn, stringify!($table), "id", $id, $now)
            .map_err($crate::error::AppError::from)
            .and_then(|_| diesel::update(
            $table::table
                .filter($table::id.eq($id))
                .filter($table::version.eq($version)),
        )
        .set((
            $form,
            $table::version.eq($version + 1),
            $table::updated_at.eq($now),
        ))
        .execute($conn)
        .map_err($error))
        .and_then($crate::storage::matched)
    };
}

/// Deletes the row `$id` if it still has `$version`, keeping its last
/// version as one that held until `$now` (the instant of the delete); else
/// 412.
macro_rules! delete_versioned {
    ($conn:expr, $table:ident, $id:expr, $version:expr) => {
        delete_versioned!($conn, $table, $id, $version, $crate::db::now())
    };
    ($conn:expr, $table:ident, $id:expr, $version:expr, $now:expr) => {
        $crate::history::keep($conn, stringify!($table), "id", $id, $now)
            .map_err($crate::error::AppError::from)
            .and_then(|_| {
                diesel::delete(
                    $table::table
                        .filter($table::id.eq($id))
                        .filter($table::version.eq($version)),
                )
                .execute($conn)
                .map_err($crate::error::AppError::from)
            })
            .and_then($crate::storage::matched)
    };
}

/// Orders `$query` by the `SortKey`s of `$sort`, each naming one of the
/// listed fields; callers end with a unique column to break ties.
macro_rules! sorted {
    ($query:expr, $sort:expr, { $($field:literal => $column:expr),+ $(,)? }) => {{
        let mut query = $query;
        for key in $sort {
            query = match (key.field, key.descending) {
                $(
                    ($field, false) => query.then_order_by($column.asc()),
                    ($field, true) => query.then_order_by($column.desc()),
                )+
                _ => query,
            };
        }
        query
    }};
}

/// A stored row's version: 1 when created, one more at every update. The
/// change log records it with each change.
pub trait Versioned {
    fn version(&self) -> i64;
}

/// `Versioned` for a row with a `version` column, or a record holding one:
/// `versioned!(Sector, version)`, `versioned!(CovenantRecord, covenant.version)`.
macro_rules! versioned {
    ($record:ty, $($field:ident).+) => {
        impl $crate::storage::Versioned for $record {
            fn version(&self) -> i64 {
                self.$($field).+
            }
        }
    };
}

pub(crate) use {delete_versioned, insert_versioned, sorted, update_versioned, versioned};

/// Maps a unique violation to a 409 saying `message` (what is duplicated),
/// and any other database error as `AppError::from` does.
pub fn duplicate(message: String) -> impl FnOnce(DieselError) -> AppError {
    move |error| match error {
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
            AppError::Conflict(message)
        }
        other => other.into(),
    }
}

/// A versioned write that matched no row lost a race: 412.
pub fn matched(rows: usize) -> Result<(), AppError> {
    if rows == 0 {
        Err(AppError::PreconditionFailed)
    } else {
        Ok(())
    }
}
