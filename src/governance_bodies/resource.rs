//! Governance bodies as a resource: admin-written, addressed by id.

use crate::auth::Principal;
use crate::db::{self, DbConnection};
use crate::error::AppError;
use crate::governance_bodies::model::{
    GovernanceBodyFilter, GovernanceBodyInput, GovernanceBodyRecord, GovernanceBodyView,
};
use crate::governance_bodies::queries;
use crate::http::crud::{Api, Doc, NoParams, PathParam, Resource};
use crate::http::listing::ListQuery;

impl Resource for GovernanceBodyRecord {
    type Key = i64;
    type Parent = ();
    type Record = GovernanceBodyRecord;
    type Input = GovernanceBodyInput;
    type View = GovernanceBodyView;
    type Filter = GovernanceBodyFilter;
    type Read = NoParams;

    const API: Api = Api {
        tag: "Governance bodies",
        name: "GovernanceBody",
        names: "GovernanceBodies",
        noun: "governance body",
        nouns: "governance bodies",
        collection: "/governance-bodies",
        item: "/governance-bodies/{id}",
        params: &[PathParam::id("id", "The body's id.", "1")],
        list: Doc(
            "List governance bodies",
            "The steering groups, secretariats and independent monitoring committees of the \
             covenants: what each does and, where the source says, who sits in it.",
        ),
        get: Doc(
            "Get a governance body",
            "One governance body of a covenant.",
        ),
        create: Doc(
            "Record a governance body",
            "Records a body of a covenant (admins only). `covenant` must name a covenant \
             (400); its `name` must be unused within that covenant (409).",
        ),
        replace: Doc(
            "Replace a governance body",
            "Replaces the body's fields (admins only). A name another body of the covenant \
             has is a 409.",
        ),
        update: Doc(
            "Update part of a governance body",
            "Applies a JSON Merge Patch (RFC 7396) to the body (admins only). A name another \
             body of the covenant has is a 409.",
        ),
        delete: Doc(
            "Delete a governance body",
            "Removes a governance body (admins only).",
        ),
    };

    fn parent_of(_: &i64) {}

    fn load(conn: &mut DbConnection, id: &i64) -> Result<GovernanceBodyRecord, AppError> {
        queries::get(conn, *id)
    }

    fn list(
        conn: &mut DbConnection,
        _: &(),
        query: &ListQuery<GovernanceBodyFilter>,
    ) -> Result<(Vec<GovernanceBodyRecord>, i64), AppError> {
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
        input: &GovernanceBodyInput,
    ) -> Result<Option<GovernanceBodyRecord>, AppError> {
        Ok(queries::find_natural(conn, input)?)
    }

    fn insert(
        conn: &mut DbConnection,
        _: &(),
        input: &GovernanceBodyInput,
    ) -> Result<GovernanceBodyRecord, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &GovernanceBodyRecord,
        input: &GovernanceBodyInput,
    ) -> Result<GovernanceBodyRecord, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &GovernanceBodyRecord) -> Result<(), AppError> {
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }
}
