//! Working groups as a resource: written by admins and by the secretariats
//! of their covenants, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::working_groups::model::{
    WorkingGroupFilter, WorkingGroupInput, WorkingGroupRecord, WorkingGroupView,
};
use crate::working_groups::{outputs, queries};

impl Resource for WorkingGroupRecord {
    type Key = i64;
    type Parent = ();
    type Record = WorkingGroupRecord;
    type Input = WorkingGroupInput;
    type View = WorkingGroupView;
    type Filter = WorkingGroupFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Working groups",
        name: "WorkingGroup",
        names: "WorkingGroups",
        noun: "working group",
        nouns: "working groups",
        collection: "/working-groups",
        item: "/working-groups/{id}",
        params: &[PathParam::id("id", "The working group's id.", "7")],
        list: Doc(
            "List working groups",
            "The covenants' working groups (werkgroepen), a page at a time, filtered by \
             covenant, status or theme, in the order asked for.",
        ),
        get: Doc("Get a working group", "One working group by its id."),
        create: Doc(
            "Create a working group",
            "Records a working group of a covenant (admins, or the secretariat of that \
             covenant). The covenant must exist and not have a group of that name yet (409); at \
             least one theme is needed.",
        ),
        replace: Doc(
            "Replace a working group",
            "Replaces the group's fields (admins, or the secretariat of its covenant). Moving it \
             to another covenant needs the right to write that one too; a name the covenant \
             already has for another group is a 409. A secretariat gets the same 403 for a \
             group that does not exist as for another covenant's.",
        ),
        update: Doc(
            "Update part of a working group",
            "Applies a JSON Merge Patch (RFC 7396) to the group (admins, or the secretariat of \
             its covenant): members given replace the stored ones, `null` clears an optional \
             one, `themes` replaces the whole list. The result must be a valid working group; \
             moving it to another covenant needs the right to write that one too. A \
             secretariat gets the same 403 for a group that does not exist as for another \
             covenant's.",
        ),
        delete: Doc(
            "Delete a working group",
            "Removes a working group that has no outputs (admins, or the secretariat of its \
             covenant); else 409: delete its outputs first. A secretariat gets the same 403 for \
             a group that does not exist as for another covenant's.",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<WorkingGroupRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<WorkingGroupFilter>,
    ) -> Result<(Vec<WorkingGroupRecord>, i64), AppError> {
        crate::covenants::queries::refuse_unknown(
            conn,
            "covenant",
            query.filter.covenant.as_ref(),
        )?;
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &WorkingGroupInput,
    ) -> Result<Option<WorkingGroupRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &WorkingGroupInput,
    ) -> Result<WorkingGroupRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &WorkingGroupRecord,
        input: &WorkingGroupInput,
    ) -> Result<WorkingGroupRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &WorkingGroupRecord) -> Result<(), AppError> {
        let id = current.group.id;
        let (ids, total) = outputs::queries::ids_in_group(conn, id, 10)?;
        if total > 0 {
            let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
            return Err(AppError::Conflict(format!(
                "Working group {id} cannot be deleted: {total} output(s) still belong to it (ids {}); delete them first.",
                ids.join(", ")
            )));
        }
        queries::delete(conn, current)
    }

    /// Whether a secretariat may write a group is known once its covenant is.
    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_write_input(principal: &Principal, input: &WorkingGroupInput) -> Result<(), AppError> {
        principal.require_covenant(&input.covenant)
    }
}
