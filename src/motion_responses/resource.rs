//! Motion responses as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::motion_responses::model::{
    MotionResponseFilter, MotionResponseInput, MotionResponseRecord, MotionResponseView,
};
use crate::motion_responses::queries;

impl Resource for MotionResponseRecord {
    type Key = i64;
    type Parent = ();
    type Record = MotionResponseRecord;
    type Input = MotionResponseInput;
    type View = MotionResponseView;
    type Filter = MotionResponseFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Motion responses",
        name: "MotionResponse",
        names: "MotionResponses",
        noun: "motion response",
        nouns: "motion responses",
        collection: "/motion-responses",
        item: "/motion-responses/{id}",
        params: &[PathParam::id("id", "The response's id.", "1")],
        list: Doc(
            "List motion responses",
            "Which parliamentary letter reported on which motion, and what it said, by letter \
             date.",
        ),
        get: Doc("Get a motion response", "One response to a motion."),
        create: Doc(
            "Record a motion response",
            "Records that a letter reported on a motion (admins only); one response per motion \
             and letter (409). The motion and the letter must exist.",
        ),
        replace: Doc(
            "Replace a motion response",
            "Replaces the response (admins only); one response per motion and letter (409).",
        ),
        update: Doc(
            "Update part of a motion response",
            "Applies a JSON Merge Patch (RFC 7396) to the response (admins only); one response \
             per motion and letter (409).",
        ),
        delete: Doc(
            "Delete a motion response",
            "Removes the response (admins only).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<MotionResponseRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<MotionResponseFilter>,
    ) -> Result<(Vec<MotionResponseRecord>, i64), AppError> {
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &MotionResponseInput,
    ) -> Result<Option<MotionResponseRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &MotionResponseInput,
    ) -> Result<MotionResponseRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &MotionResponseRecord,
        input: &MotionResponseInput,
    ) -> Result<MotionResponseRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &MotionResponseRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
