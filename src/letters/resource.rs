//! Letters as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::covenant_status::queries as covenant_status;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::letters::model::{Letter, LetterFilter, LetterInput, LetterView};
use crate::letters::queries;
use crate::measurements::queries::{Citation, refuse_if_cited};
use crate::motion_responses::queries::refuse_if_referred;
use crate::published_figures::queries as published_figures;

impl Resource for Letter {
    type Key = i64;
    type Parent = ();
    type Record = Letter;
    type Input = LetterInput;
    type View = LetterView;
    type Filter = LetterFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Letters",
        name: "Letter",
        names: "Letters",
        noun: "letter",
        nouns: "letters",
        collection: "/letters",
        item: "/letters/{id}",
        params: &[PathParam::id("id", "The letter's id.", "1")],
        list: Doc(
            "List letters",
            "The parliamentary letters (Kamerbrieven) the record cites, oldest first.",
        ),
        get: Doc("Get a letter", "One parliamentary letter."),
        create: Doc(
            "Record a letter",
            "Records a parliamentary letter (admins only). A `reference` must be unused (409).",
        ),
        replace: Doc(
            "Replace a letter",
            "Replaces the letter's fields (admins only). Another letter's `reference` is a 409.",
        ),
        update: Doc(
            "Update part of a letter",
            "Applies a JSON Merge Patch (RFC 7396) to the letter (admins only). Another \
             letter's `reference` is a 409.",
        ),
        delete: Doc(
            "Delete a letter",
            "Removes a letter that no measurement or motion response cites (admins only); else \
             409.",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<Letter, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<LetterFilter>,
    ) -> Result<(Vec<Letter>, i64), AppError> {
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &LetterInput,
    ) -> Result<Option<Letter>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(conn: &mut DbConnection, _: &(), input: &LetterInput) -> Result<Letter, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &Letter,
        input: &LetterInput,
    ) -> Result<Letter, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &Letter) -> Result<(), AppError> {
        refuse_if_cited(conn, Citation::Letter(current.id))?;
        refuse_if_referred(conn, None, Some(current.id))?;
        covenant_status::refuse_if_citing(conn, current.id)?;
        published_figures::refuse_if_citing(conn, current.id)?;
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
