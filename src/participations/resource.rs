//! Participations as a resource: they belong to their covenant, so its
//! secretariat writes them too, and may move one only between covenants of
//! its own.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::participations::model::{
    ParticipationFilter, ParticipationInput, ParticipationRecord, ParticipationView,
};
use crate::participations::queries;

impl Resource for ParticipationRecord {
    type Key = i64;
    type Parent = ();
    type Record = ParticipationRecord;
    type Input = ParticipationInput;
    type View = ParticipationView;
    type Filter = ParticipationFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Participations",
        name: "Participation",
        names: "Participations",
        noun: "participation",
        nouns: "participations",
        collection: "/participations",
        item: "/participations/{id}",
        params: &[PathParam::id("id", "The participation's id.", "7")],
        list: Doc(
            "List participations",
            "Which organisations take part in which covenants, a page at a time, filtered by \
             covenant, organisation, role or the date they were active on, in the order asked \
             for.",
        ),
        get: Doc("Get a participation", "One participation by its id."),
        create: Doc(
            "Create a participation",
            "Records that an organisation takes part in a covenant (admins, or the secretariat \
             of the body's covenant). The covenant and the organisation must exist, and the \
             organisation must not already take part in the covenant in an overlapping period \
             (409 naming that participation).",
        ),
        replace: Doc(
            "Replace a participation",
            "Replaces the participation's fields (admins, or the secretariat of its covenant). \
             A secretariat gets 403 alike for a participation of another covenant and for an id \
             that does not exist; it may move a participation only to a covenant of its own. \
             The organisation must not take part in the covenant in an overlapping period \
             (409).",
        ),
        update: Doc(
            "Update part of a participation",
            "Applies a JSON Merge Patch (RFC 7396) to the participation (admins, or the \
             secretariat of its covenant), e.g. `{\"leftOn\": \"2019-12-31\"}` when the \
             organisation leaves. The result must be valid and must not overlap another \
             participation of the organisation in the covenant (409). A secretariat gets 403 \
             alike for a participation of another covenant and for an id that does not exist; \
             it may move a participation only to a covenant of its own.",
        ),
        delete: Doc(
            "Delete a participation",
            "Removes a participation recorded in error (admins, or the secretariat of its \
             covenant; a secretariat gets 403 alike for a participation of another covenant and \
             for an id that does not exist). When an organisation leaves a covenant, set \
             `leftOn` instead, so that past figures stay reproducible.",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<ParticipationRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<ParticipationFilter>,
    ) -> Result<(Vec<ParticipationRecord>, i64), AppError> {
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
        input: &ParticipationInput,
    ) -> Result<Option<ParticipationRecord>, AppError> {
        Ok(queries::find_by_start(
            conn,
            &input.covenant,
            input.organisation,
            input.joined_on,
        )?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &ParticipationInput,
    ) -> Result<ParticipationRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &ParticipationRecord,
        input: &ParticipationInput,
    ) -> Result<ParticipationRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &ParticipationRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_writer()
    }

    fn may_write_input(principal: &Principal, input: &ParticipationInput) -> Result<(), AppError> {
        principal.require_covenant(&input.covenant)
    }
}
