//! Measurements as a resource: national figures are written by admins, a
//! covenant's also by its secretariat.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::measurements::model::{
    MeasurementFilter, MeasurementInput, MeasurementRecord, MeasurementView,
};
use crate::measurements::queries;

impl Resource for MeasurementRecord {
    type Key = i64;
    type Parent = ();
    type Record = MeasurementRecord;
    type Input = MeasurementInput;
    type View = MeasurementView;
    type Filter = MeasurementFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Measurements",
        name: "Measurement",
        names: "Measurements",
        noun: "measurement",
        nouns: "measurements",
        collection: "/measurements",
        item: "/measurements/{id}",
        params: &[PathParam::id("id", "The measurement's id.", "1")],
        list: Doc(
            "List measurements",
            "Values of indicators at dates, for a covenant or national, each with its source, \
             oldest first.",
        ),
        get: Doc("Get a measurement", "One measurement."),
        create: Doc(
            "Record a measurement",
            "Records a value of an indicator (admins; a covenant's secretariat for that \
             covenant's figures). It needs exactly one source; its value must fit the \
             indicator's unit; a ratio's value must equal numerator / denominator; a cited \
             annual report must be of the same covenant. There is one value per indicator, \
             covenant (or national) and date: a second is refused with 409 naming the first, \
             which is the one to correct.",
        ),
        replace: Doc(
            "Replace a measurement",
            "Replaces the measurement (admins; a secretariat for its own covenant's figures, \
             and moving a figure needs the right to the new scope too). A secretariat gets 403 \
             alike for a measurement of another covenant and one that does not exist.",
        ),
        update: Doc(
            "Update part of a measurement",
            "Applies a JSON Merge Patch (RFC 7396) to the measurement; the same rights as \
             replacing it.",
        ),
        delete: Doc(
            "Delete a measurement",
            "Removes a measurement (the same rights as replacing it).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<MeasurementRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<MeasurementFilter>,
    ) -> Result<(Vec<MeasurementRecord>, i64), AppError> {
        crate::indicators::queries::refuse_unknown(
            conn,
            "indicator",
            query.filter.indicator.as_ref(),
        )?;
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
        input: &MeasurementInput,
    ) -> Result<Option<MeasurementRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &MeasurementInput,
    ) -> Result<MeasurementRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &MeasurementRecord,
        input: &MeasurementInput,
    ) -> Result<MeasurementRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &MeasurementRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_write_input(principal: &Principal, input: &MeasurementInput) -> Result<(), AppError> {
        principal.require_scope(input.covenant.as_deref())
    }
}
