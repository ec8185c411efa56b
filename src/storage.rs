//! The SQL every resource's queries share: rows with a `version` and
//! timestamps, written only when nobody else wrote them since they were
//! read, and collections ordered by the keys `sort` asked for. Macros,
//! because diesel's tables are distinct types with no common trait to be
//! generic over.

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
/// `$version`, moving it to the next version; else 412.
macro_rules! update_versioned {
    ($conn:expr, $table:ident, $id:expr, $version:expr, $form:expr, $now:expr) => {
        $crate::storage::matched(
            diesel::update(
                $table::table
                    .filter($table::id.eq($id))
                    .filter($table::version.eq($version)),
            )
            .set((
                $form,
                $table::version.eq($version + 1),
                $table::updated_at.eq($now),
            ))
            .execute($conn)?,
        )
    };
}

/// Deletes the row `$id` if it still has `$version`; else 412.
macro_rules! delete_versioned {
    ($conn:expr, $table:ident, $id:expr, $version:expr) => {
        $crate::storage::matched(
            diesel::delete(
                $table::table
                    .filter($table::id.eq($id))
                    .filter($table::version.eq($version)),
            )
            .execute($conn)?,
        )
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

pub(crate) use {delete_versioned, insert_versioned, sorted, update_versioned};

/// A versioned write that matched no row lost a race: 412.
pub fn matched(rows: usize) -> Result<(), AppError> {
    if rows == 0 {
        Err(AppError::PreconditionFailed)
    } else {
        Ok(())
    }
}
