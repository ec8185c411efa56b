//! OECD endorsements as a resource under their organisation: admin-written;
//! one organisation's periods do not overlap.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;
use crate::oecd_endorsements::model::{
    OecdEndorsement, OecdEndorsementFilter, OecdEndorsementInput, OecdEndorsementView,
};
use crate::oecd_endorsements::queries;
use crate::organisations::queries as organisations;

impl Resource for OecdEndorsement {
    type Key = (i64, i64);
    type Parent = i64;
    type Record = OecdEndorsement;
    type Input = OecdEndorsementInput;
    type View = OecdEndorsementView;
    type Filter = OecdEndorsementFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "OECD endorsements",
        name: "OecdEndorsement",
        names: "OecdEndorsements",
        noun: "endorsement",
        nouns: "endorsements",
        collection: "/organisations/{id}/oecd-endorsements",
        item: "/organisations/{id}/oecd-endorsements/{endorsementId}",
        params: &[
            PathParam::id("id", "The organisation's id.", "16"),
            PathParam::id("endorsementId", "The endorsement's id.", "3"),
        ],
        list: Doc(
            "List an organisation's OECD endorsements",
            "The periods in which the organisation explicitly endorses the OECD Guidelines for \
             Multinational Enterprises, a page at a time; `activeOn` gives the one in force on a \
             date. 404 when there is no such organisation.",
        ),
        get: Doc(
            "Get an OECD endorsement",
            "One endorsement of the organisation by its id.",
        ),
        create: Doc(
            "Record an OECD endorsement",
            "Records that the organisation endorses the OECD Guidelines from `endorsedOn` \
             (admins only). The organisation must exist (404), and the period must not overlap \
             another endorsement of it (409 naming that one); to record a withdrawal, set \
             `withdrawnOn` on the existing endorsement instead.",
        ),
        replace: Doc(
            "Replace an OECD endorsement",
            "Replaces the endorsement's fields (admins only); its period must still not overlap \
             another endorsement of the organisation (409).",
        ),
        update: Doc(
            "Update part of an OECD endorsement",
            "Applies a JSON Merge Patch (RFC 7396) to the endorsement (admins only), e.g. \
             `{\"withdrawnOn\": \"2021-03-01\"}` to record its withdrawal. The result must be \
             valid and must not overlap another endorsement (409).",
        ),
        delete: Doc(
            "Delete an OECD endorsement",
            "Removes an endorsement recorded in error (admins only). To record that the \
             organisation stopped endorsing the Guidelines, set `withdrawnOn` instead, so the \
             indicator can still be reproduced for earlier dates.",
        ),
    };

    fn parent_of(&(organisation, _): &(i64, i64)) -> i64 {
        organisation
    }

    /// A missing organisation is told as such, before its endorsement.
    fn load(
        conn: &mut DbConnection,
        &(organisation, id): &(i64, i64),
    ) -> Result<OecdEndorsement, AppError> {
        organisations::get(conn, organisation)?;
        queries::get(conn, organisation, id)
    }

    fn list(
        conn: &mut DbConnection,
        &organisation: &i64,
        query: &ListQuery<OecdEndorsementFilter>,
    ) -> Result<(Vec<OecdEndorsement>, i64), AppError> {
        organisations::get(conn, organisation)?;
        Ok(queries::list(conn, organisation, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        &organisation: &i64,
        input: &OecdEndorsementInput,
    ) -> Result<Option<OecdEndorsement>, AppError> {
        Ok(queries::find_by_start(
            conn,
            organisation,
            input.endorsed_on,
        )?)
    }

    fn insert(
        conn: &mut DbConnection,
        &organisation: &i64,
        input: &OecdEndorsementInput,
    ) -> Result<OecdEndorsement, AppError> {
        organisations::get(conn, organisation)?;
        queries::insert(conn, organisation, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &OecdEndorsement,
        input: &OecdEndorsementInput,
    ) -> Result<OecdEndorsement, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &OecdEndorsement) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
