//! Evaluations as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::evaluations::model::{Evaluation, EvaluationFilter, EvaluationInput, EvaluationView};
use crate::evaluations::queries;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;

impl Resource for Evaluation {
    type Key = i64;
    type Parent = ();
    type Record = Evaluation;
    type Input = EvaluationInput;
    type View = EvaluationView;
    type Filter = EvaluationFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Evaluations",
        name: "Evaluation",
        names: "Evaluations",
        noun: "evaluation",
        nouns: "evaluations",
        collection: "/evaluations",
        item: "/evaluations/{id}",
        params: &[PathParam::id("id", "The evaluation's id.", "1")],
        list: Doc(
            "List evaluations",
            "The evaluations, studies, progress reports, policy reviews and sector risk \
             analyses of the IMVO policy, by title: who commissioned and who carries them out, \
             when each was expected as the latest source states it, and when it was published.",
        ),
        get: Doc("Get an evaluation", "One evaluation or study."),
        create: Doc(
            "Record an evaluation",
            "Records an evaluation or study (admins only). Its `title` must be unused (409).",
        ),
        replace: Doc(
            "Replace an evaluation",
            "Replaces the evaluation's fields (admins only). Another evaluation's `title` is a \
             409.",
        ),
        update: Doc(
            "Update part of an evaluation",
            "Applies a JSON Merge Patch (RFC 7396) to the evaluation (admins only), e.g. a new \
             expected date or its publication. Another evaluation's `title` is a 409.",
        ),
        delete: Doc(
            "Delete an evaluation",
            "Removes an evaluation (admins only).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<Evaluation, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<EvaluationFilter>,
    ) -> Result<(Vec<Evaluation>, i64), AppError> {
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &EvaluationInput,
    ) -> Result<Option<Evaluation>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &EvaluationInput,
    ) -> Result<Evaluation, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &Evaluation,
        input: &EvaluationInput,
    ) -> Result<Evaluation, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &Evaluation) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
