//! Working group outputs as a resource below their group: whoever may
//! write a working group may write its outputs.

use crate::auth::{Principal, Role};
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource, may_write_stored, not_yours};
use crate::http::listing::ListQuery;
use crate::working_groups::model::WorkingGroupRecord;
use crate::working_groups::outputs::model::{
    WorkingGroupOutput, WorkingGroupOutputFilter, WorkingGroupOutputInput, WorkingGroupOutputView,
};
use crate::working_groups::outputs::queries;
use crate::working_groups::queries as groups;

impl Resource for WorkingGroupOutput {
    /// The group's id and the output's.
    type Key = (i64, i64);
    /// The group's id.
    type Parent = i64;
    type Record = WorkingGroupOutput;
    type Input = WorkingGroupOutputInput;
    type View = WorkingGroupOutputView;
    type Filter = WorkingGroupOutputFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Working groups",
        name: "WorkingGroupOutput",
        names: "WorkingGroupOutputs",
        noun: "output",
        nouns: "outputs",
        collection: "/working-groups/{id}/outputs",
        item: "/working-groups/{id}/outputs/{outputId}",
        params: &[
            PathParam::id("id", "The working group's id.", "1"),
            PathParam::id("outputId", "The output's id.", "1"),
        ],
        list: Doc(
            "List a working group's outputs",
            "What the working group published, a page at a time, newest first unless another \
             order is asked for. 404 when there is no working group with that id.",
        ),
        get: Doc(
            "Get an output of a working group",
            "One output by its id, within its working group.",
        ),
        create: Doc(
            "Add an output to a working group",
            "Records something the working group published (admins, or the secretariat of the \
             group's covenant). A secretariat gets the same 403 for a group that does not exist \
             as for another covenant's; an admin gets 404.",
        ),
        replace: Doc(
            "Replace an output of a working group",
            "Replaces the output's fields (admins, or the secretariat of the group's covenant). \
             A secretariat gets the same 403 for a group or output that does not exist as for \
             another covenant's.",
        ),
        update: Doc(
            "Update part of an output of a working group",
            "Applies a JSON Merge Patch (RFC 7396) to the output (admins, or the secretariat of \
             the group's covenant): members given replace the stored ones, `null` clears an \
             optional one. The result must be a valid output. A secretariat gets the same 403 \
             for a group or output that does not exist as for another covenant's.",
        ),
        delete: Doc(
            "Delete an output of a working group",
            "Removes the output (admins, or the secretariat of the group's covenant). A \
             secretariat gets the same 403 for a group or output that does not exist as for \
             another covenant's.",
        ),
    };

    fn parent_of(&(group, _): &(i64, i64)) -> i64 {
        group
    }

    /// A missing group is named as such, not as a missing output.
    fn load(
        conn: &mut DbConnection,
        &(group, output): &(i64, i64),
    ) -> Result<WorkingGroupOutput, AppError> {
        groups::get(conn, group)?;
        queries::get(conn, group, output)
    }

    fn list(
        conn: &mut DbConnection,
        group: &i64,
        query: &ListQuery<WorkingGroupOutputFilter>,
    ) -> Result<(Vec<WorkingGroupOutput>, i64), AppError> {
        groups::get(conn, *group)?;
        Ok(queries::list(conn, *group, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        group: &i64,
        input: &WorkingGroupOutputInput,
    ) -> Result<Option<WorkingGroupOutput>, AppError> {
        Ok(queries::find_natural(conn, *group, input)?)
    }

    /// The group exists: `may_write_parent` found it in this transaction.
    fn insert(
        conn: &mut DbConnection,
        group: &i64,
        input: &WorkingGroupOutputInput,
    ) -> Result<WorkingGroupOutput, AppError> {
        queries::insert(conn, *group, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &WorkingGroupOutput,
        input: &WorkingGroupOutputInput,
    ) -> Result<WorkingGroupOutput, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &WorkingGroupOutput) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    /// The rights on the group: a secretariat is refused alike a missing
    /// group and one of another covenant; an admin gets the 404.
    fn may_write_parent(
        conn: &mut DbConnection,
        principal: &Principal,
        group: &i64,
    ) -> Result<(), AppError> {
        match groups::find(conn, *group)? {
            Some(record) => may_write_stored::<WorkingGroupRecord>(principal, &record),
            None if principal.role == Role::Secretariat => Err(not_yours()),
            None => Err(groups::not_found(*group)),
        }
    }
}
