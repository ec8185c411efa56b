//! Organisations as a resource: admin-written, addressed by their id. Their
//! size facts and endorsements go when they go.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource, delete_recorded};
use crate::http::listing::ListQuery;
use crate::oecd_endorsements::model::OecdEndorsement;
use crate::oecd_endorsements::queries as endorsements;
use crate::organisations::model::{
    Organisation, OrganisationFilter, OrganisationInput, OrganisationView,
};
use crate::organisations::queries;
use crate::participations::queries as participations;
use crate::size_facts::model::SizeFact;
use crate::size_facts::queries as size_facts;

impl Resource for Organisation {
    type Key = i64;
    type Parent = ();
    type Record = Organisation;
    type Input = OrganisationInput;
    type View = OrganisationView;
    type Filter = OrganisationFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Organisations",
        name: "Organisation",
        names: "Organisations",
        noun: "organisation",
        nouns: "organisations",
        collection: "/organisations",
        item: "/organisations/{id}",
        params: &[PathParam::id("id", "The organisation's id.", "16")],
        list: Doc(
            "List organisations",
            "The organisations that take part in covenants or are counted by the indicators, a \
             page at a time, filtered by kind, country, KvK number or a part of the name \
             (ignoring case), in the order asked for.",
        ),
        get: Doc("Get an organisation", "One organisation by its id."),
        create: Doc(
            "Create an organisation",
            "Records a new organisation (admins only). Its KvK number, when given, must be \
             unused (409).",
        ),
        replace: Doc(
            "Replace an organisation",
            "Replaces the organisation's fields (admins only). Its KvK number, when given, must \
             not be another organisation's (409).",
        ),
        update: Doc(
            "Update part of an organisation",
            "Applies a JSON Merge Patch (RFC 7396) to the organisation (admins only). The \
             result must be a valid organisation, and its KvK number not another \
             organisation's (409).",
        ),
        delete: Doc(
            "Delete an organisation",
            "Removes an organisation (admins only) together with its size facts and OECD \
             endorsements, each recorded in the audit trail as deleted. It is refused with 409 \
             while the organisation takes part in a covenant: delete those participations \
             first.",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<Organisation, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<OrganisationFilter>,
    ) -> Result<(Vec<Organisation>, i64), AppError> {
        Ok(queries::list(conn, query)?)
    }

    fn find_natural(
        conn: &mut DbConnection,
        _: &(),
        input: &OrganisationInput,
    ) -> Result<Option<Organisation>, AppError> {
        Ok(queries::find_by_name(conn, &input.name)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &OrganisationInput,
    ) -> Result<Organisation, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &Organisation,
        input: &OrganisationInput,
    ) -> Result<Organisation, AppError> {
        queries::update(conn, current, input, db::now())
    }

    /// Refused while the organisation takes part in a covenant.
    fn delete(conn: &mut DbConnection, current: &Organisation) -> Result<(), AppError> {
        let id = current.id;
        let (total, covenants) = participations::covenants_of_organisation(conn, id, 10)?;
        if total > 0 {
            return Err(AppError::Conflict(format!(
                "Organisation {id} cannot be deleted: it has {total} participation(s), in covenant(s) {}. \
                 Delete those participations first (/v1/participations?organisation={id}).",
                covenants.join(", ")
            )));
        }
        queries::delete(conn, current)
    }

    /// Its size facts and endorsements go with it, each recorded. When
    /// participations still refer to it, its own delete refuses and the
    /// transaction takes all of it back.
    fn delete_dependents(
        conn: &mut DbConnection,
        principal: &Principal,
        current: &Organisation,
    ) -> Result<(), AppError> {
        for fact in size_facts::all_of(conn, current.id)? {
            delete_recorded::<SizeFact>(conn, principal, &fact)?;
        }
        for endorsement in endorsements::all_of(conn, current.id)? {
            delete_recorded::<OecdEndorsement>(conn, principal, &endorsement)?;
        }
        Ok(())
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
