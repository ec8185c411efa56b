//! Motions as a resource, addressed by id. Motions are parliament's, not a
//! covenant's: only admins write them.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::motion_responses::queries::refuse_if_referred;
use crate::motions::model::{MotionFilter, MotionInput, MotionRecord, MotionView};
use crate::motions::queries;

impl Resource for MotionRecord {
    type Key = i64;
    type Parent = ();
    type Record = MotionRecord;
    type Input = MotionInput;
    type View = MotionView;
    type Filter = MotionFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Motions",
        name: "Motion",
        names: "Motions",
        noun: "motion",
        nouns: "motions",
        collection: "/motions",
        item: "/motions/{id}",
        params: &[PathParam::id("id", "The motion's id.", "4")],
        list: Doc(
            "List motions",
            "Motions of the Tweede Kamer about the covenants, a page at a time, filtered by \
             Kamerstuk dossier and number, status or the covenant they concern, in the order \
             asked for. `?dossier=26%20485&number=224` finds Kamerstuk 26 485, nr. 224.",
        ),
        get: Doc("Get a motion", "One motion by its id."),
        create: Doc(
            "Create a motion",
            "Records a motion (admins only). Its dossier and number must not be recorded yet \
             (409), and every covenant it names must exist.",
        ),
        replace: Doc(
            "Replace a motion",
            "Replaces the motion's fields (admins only). Another motion's dossier and number \
             are a 409.",
        ),
        update: Doc(
            "Update part of a motion",
            "Applies a JSON Merge Patch (RFC 7396) to the motion (admins only): members given \
             replace the stored ones, `null` clears an optional one, `submitters` and \
             `covenants` are replaced whole. The result must be a valid motion.",
        ),
        delete: Doc(
            "Delete a motion",
            "Removes a motion, with its submitters and its links to covenants (admins only); \
             409 while motion responses still refer to it.",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<MotionRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<MotionFilter>,
    ) -> Result<(Vec<MotionRecord>, i64), AppError> {
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
        input: &MotionInput,
    ) -> Result<Option<MotionRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &MotionInput,
    ) -> Result<MotionRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &MotionRecord,
        input: &MotionInput,
    ) -> Result<MotionRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &MotionRecord) -> Result<(), AppError> {
        refuse_if_referred(conn, Some(current.motion.id), None)?;
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
