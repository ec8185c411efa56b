//! Published figures as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::published_figures::model::{
    PublishedFigure, PublishedFigureFilter, PublishedFigureInput, PublishedFigureView,
};
use crate::published_figures::queries;

impl Resource for PublishedFigure {
    type Key = i64;
    type Parent = ();
    type Record = PublishedFigure;
    type Input = PublishedFigureInput;
    type View = PublishedFigureView;
    type Filter = PublishedFigureFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Metrics",
        name: "PublishedFigure",
        names: "PublishedFigures",
        noun: "published figure",
        nouns: "published figures",
        collection: "/published-figures",
        item: "/published-figures/{id}",
        params: &[PathParam::id("id", "The published figure's id.", "1")],
        list: Doc(
            "List published figures",
            "The figures sent to parliament: each a metric request with its `asOf`, the letter \
             that sent it and the instant it was taken. `_links.asPublished` computes it again \
             exactly as published (`knownAt` at that instant), `_links.today` as it is now, and \
             `_links.comparison` both with the changes since.",
        ),
        get: Doc("Get a published figure", "One published figure."),
        create: Doc(
            "Record a published figure",
            "Records that a figure was sent to parliament in a letter (admins only). The figure \
             is a metric request with its `asOf` and nothing else (400 otherwise), the letter \
             must exist (400), and `publishedAt` may not be in the future (400). One per \
             figure and letter (409).",
        ),
        replace: Doc(
            "Replace a published figure",
            "Replaces the published figure's fields (admins only).",
        ),
        update: Doc(
            "Update part of a published figure",
            "Applies a JSON Merge Patch (RFC 7396) to the published figure (admins only).",
        ),
        delete: Doc(
            "Delete a published figure",
            "Removes a published figure recorded in error (admins only).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<PublishedFigure, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<PublishedFigureFilter>,
    ) -> Result<(Vec<PublishedFigure>, i64), AppError> {
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &PublishedFigureInput,
    ) -> Result<Option<PublishedFigure>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &PublishedFigureInput,
    ) -> Result<PublishedFigure, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &PublishedFigure,
        input: &PublishedFigureInput,
    ) -> Result<PublishedFigure, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &PublishedFigure) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
