//! NGO assessments as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::ngo_assessments::model::{
    NgoAssessmentFilter, NgoAssessmentInput, NgoAssessmentRecord, NgoAssessmentView,
};
use crate::ngo_assessments::queries;

impl Resource for NgoAssessmentRecord {
    type Key = i64;
    type Parent = ();
    type Record = NgoAssessmentRecord;
    type Input = NgoAssessmentInput;
    type View = NgoAssessmentView;
    type Filter = NgoAssessmentFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "NGO assessments",
        name: "NgoAssessment",
        names: "NgoAssessments",
        noun: "NGO assessment",
        nouns: "NGO assessments",
        collection: "/ngo-assessments",
        item: "/ngo-assessments/{id}",
        params: &[PathParam::id("id", "The assessment's id.", "1")],
        list: Doc(
            "List NGO assessments",
            "Shadow reports, assessments and statements by NGOs on a covenant or a theme, \
             beside the official figures: who published them, when, and what they find.",
        ),
        get: Doc("Get an NGO assessment", "One NGO assessment."),
        create: Doc(
            "Record an NGO assessment",
            "Records an NGO's assessment of a covenant or a theme (admins only). Its `title` \
             must be unused (409); `covenant` must name a covenant (400).",
        ),
        replace: Doc(
            "Replace an NGO assessment",
            "Replaces the assessment's fields (admins only). Another assessment's `title` is a \
             409.",
        ),
        update: Doc(
            "Update part of an NGO assessment",
            "Applies a JSON Merge Patch (RFC 7396) to the assessment (admins only). Another \
             assessment's `title` is a 409.",
        ),
        delete: Doc(
            "Delete an NGO assessment",
            "Removes an NGO assessment (admins only).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<NgoAssessmentRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<NgoAssessmentFilter>,
    ) -> Result<(Vec<NgoAssessmentRecord>, i64), AppError> {
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
        input: &NgoAssessmentInput,
    ) -> Result<Option<NgoAssessmentRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &NgoAssessmentInput,
    ) -> Result<NgoAssessmentRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &NgoAssessmentRecord,
        input: &NgoAssessmentInput,
    ) -> Result<NgoAssessmentRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &NgoAssessmentRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
