//! Indicators as a resource: admin-written, addressed by their code, which
//! never changes.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource, identity_unchanged};
use crate::http::listing::ListQuery;
use crate::indicators::model::{Indicator, IndicatorFilter, IndicatorInput, IndicatorView};
use crate::indicators::queries;

impl Resource for Indicator {
    type Key = String;
    type Parent = ();
    type Record = Indicator;
    type Input = IndicatorInput;
    type View = IndicatorView;
    type Filter = IndicatorFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Indicators",
        name: "Indicator",
        names: "Indicators",
        noun: "indicator",
        nouns: "indicators",
        collection: "/indicators",
        item: "/indicators/{code}",
        params: &[PathParam::code(
            "code",
            "The indicator's code.",
            "market-coverage",
        )],
        list: Doc(
            "List indicators",
            "What progress is measured in: each indicator's unit and direction.",
        ),
        get: Doc("Get an indicator", "One indicator by its code."),
        create: Doc(
            "Create an indicator",
            "Records a new indicator (admins only). Its `code` must be unused (409).",
        ),
        replace: Doc(
            "Replace an indicator",
            "Replaces the indicator's fields (admins only). Its unit cannot change once targets \
             or measurements use it (409). The body's `code` must equal the path's: codes are \
             stable.",
        ),
        update: Doc(
            "Update part of an indicator",
            "Applies a JSON Merge Patch (RFC 7396) to the indicator (admins only). The result \
             must be a valid indicator, its unit cannot change once targets or measurements use \
             it (409), and `code` cannot change.",
        ),
        delete: Doc(
            "Delete an indicator",
            "Removes an indicator that no target or measurement uses (admins only); else 409 \
             saying how many do.",
        ),
    };

    fn parent_of(_: &String) {}

    fn load(conn: &mut DbConnection, code: &String) -> Result<Indicator, AppError> {
        queries::get_by_code(conn, code)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<IndicatorFilter>,
    ) -> Result<(Vec<Indicator>, i64), AppError> {
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &IndicatorInput,
    ) -> Result<Option<Indicator>, AppError> {
        Ok(queries::find_by_code(conn, &input.code)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &IndicatorInput,
    ) -> Result<Indicator, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &Indicator,
        input: &IndicatorInput,
    ) -> Result<Indicator, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &Indicator) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn keeps_identity(code: &String, input: &IndicatorInput) -> Result<(), AppError> {
        identity_unchanged(
            "code",
            code,
            &input.code,
            "an indicator's code cannot change",
        )
    }
}
