//! Organisation endpoints: HTTP only; storage is in `queries`.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::audit::{self, Action};
use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool, write_transaction};
use crate::error::AppError;
use crate::http::conditional::{Precondition, json_with_etag};
use crate::http::crud_legacy::{self as crud, Resource};
use crate::http::json_body::{JsonBody, MergePatch};
use crate::http::listing::{ListQuery, PageParams};
use crate::oecd_endorsements::model::OecdEndorsementView;
use crate::oecd_endorsements::queries as endorsements;
use crate::organisations::model::{
    Organisation, OrganisationFilter, OrganisationInput, OrganisationKind, OrganisationList,
    OrganisationView,
};
use crate::organisations::queries;
use crate::participations::queries as participations;
use crate::size_facts::model::SizeFactView;
use crate::size_facts::queries as size_facts;

const TAG: &str = "Organisations";

/// Organisations are admin-written and addressed by their id.
impl Resource for Organisation {
    type Key = i64;
    type Record = Organisation;
    type Input = OrganisationInput;
    type View = OrganisationView;

    fn view(record: &Organisation) -> OrganisationView {
        OrganisationView::from(record)
    }

    fn input(record: &Organisation) -> OrganisationInput {
        OrganisationInput::from(record)
    }

    fn load(conn: &mut DbConnection, id: &i64) -> Result<Organisation, AppError> {
        queries::get(conn, *id)
    }

    fn insert(
        conn: &mut DbConnection,
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

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn may_write_input(_: &Principal, _: &OrganisationInput) -> Result<(), AppError> {
        Ok(())
    }
}

/// An organisation's writable fields for a merge patch: members given
/// replace the stored ones, `null` clears an optional one.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationPatch {
    /// The organisation's name.
    #[schema(example = "Koninklijke Ahold Delhaize N.V.")]
    pub name: Option<String>,
    /// What kind of organisation it is.
    pub kind: Option<OrganisationKind>,
    /// Its KvK number (8 digits).
    #[schema(example = "35000363")]
    pub kvk_number: Option<String>,
    /// Where it is established (ISO 3166-1 alpha-2).
    #[schema(example = "NL")]
    pub country: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// Where these facts come from.
    pub source: Option<String>,
}

/// List organisations
///
/// The organisations that take part in covenants or are counted by the
/// indicators, a page at a time, filtered by kind, country, KvK number or a
/// part of the name (ignoring case), in the order asked for.
#[utoipa::path(
    tag = TAG,
    operation_id = "listOrganisations",
    params(PageParams, OrganisationFilter),
    responses(
        (status = 200, description = "A page of organisations.", body = OrganisationList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
    )
)]
#[get("/organisations")]
#[tracing::instrument(skip_all)]
pub async fn list_organisations(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<OrganisationFilter>,
) -> Result<HttpResponse, AppError> {
    let (rows, total, query) = db::run(&pool, move |conn| {
        let (rows, total) = queries::list(
            conn,
            &query.filter,
            &query.sort,
            query.offset(),
            query.limit(),
        )?;
        Ok((rows, total, query))
    })
    .await?;
    let list = OrganisationList {
        items: rows.iter().map(OrganisationView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get an organisation
///
/// One organisation by its id.
#[utoipa::path(
    tag = TAG,
    operation_id = "getOrganisation",
    params(("id" = i64, Path, description = "The organisation's id.", example = 12)),
    responses(
        (status = 200, description = "The organisation.", body = OrganisationView,
            headers(("ETag" = String, description = "Entity tag of the organisation; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the organisation still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/organisations/{id}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_organisation(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    crud::get::<Organisation>(&req, &pool, id.into_inner()).await
}

/// Create an organisation
///
/// Records a new organisation (admins only). Its KvK number, when given,
/// must be unused.
#[utoipa::path(
    tag = TAG,
    operation_id = "createOrganisation",
    request_body(content = OrganisationInput, description = "The new organisation."),
    responses(
        (status = 201, description = "The organisation was created.", body = OrganisationView,
            headers(
                ("Location" = String, description = "Path of the new organisation."),
                ("ETag" = String, description = "Entity tag of the new organisation."),
            )),
        (status = 409, description = "Another organisation has that KvK number.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/organisations")]
#[tracing::instrument(skip_all)]
pub async fn create_organisation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<OrganisationInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<Organisation>(&req, principal, &pool, body).await
}

/// Replace an organisation
///
/// Replaces the organisation's fields (admins only). Send the ETag you read
/// in `If-Match` to avoid overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceOrganisation",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the organisation changed since."),
    ),
    request_body(content = OrganisationInput, description = "The organisation's new state."),
    responses(
        (status = 200, description = "The organisation was replaced.", body = OrganisationView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another organisation has that KvK number.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The organisation changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/organisations/{id}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_organisation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    body: JsonBody<OrganisationInput>,
) -> Result<HttpResponse, AppError> {
    crud::replace::<Organisation>(&req, principal, &pool, id.into_inner(), body).await
}

/// Update part of an organisation
///
/// Applies a JSON Merge Patch (RFC 7396) to the organisation (admins only):
/// members given replace the stored ones, `null` clears an optional one. The
/// result must be a valid organisation.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateOrganisation",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the organisation changed since."),
    ),
    request_body(content = OrganisationPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The organisation was updated.", body = OrganisationView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Another organisation has that KvK number.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The organisation changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/organisations/{id}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_organisation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    crud::patch::<Organisation>(&req, principal, &pool, id.into_inner(), patch).await
}

/// Delete an organisation
///
/// Removes an organisation (admins only) together with its size facts and
/// OECD endorsements, each recorded in the audit trail as deleted. It is
/// refused with 409 while the organisation takes part in a covenant: delete
/// those participations first.
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteOrganisation",
    params(
        ("id" = i64, Path, description = "The organisation's id.", example = 12),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the organisation changed since."),
    ),
    responses(
        (status = 204, description = "The organisation, its size facts and its endorsements were deleted."),
        (status = 404, description = "There is no organisation with that id.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Participations still refer to the organisation; the detail says how many and in which covenants.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The organisation changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/organisations/{id}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_organisation(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    principal.require_admin()?;
    let id = id.into_inner();
    let precondition = Precondition::from_request(&req);
    db::run(&pool, move |conn| {
        write_transaction(conn, |conn| {
            let current = Organisation::load(conn, &id)?;
            let before = OrganisationView::from(&current);
            precondition.check(&before)?;
            // What it owns goes first, for the foreign keys; when
            // participations still refer to it, the delete below refuses
            // and the transaction takes all of it back.
            for fact in size_facts::all_of(conn, id)? {
                size_facts::delete(conn, &fact)?;
                let gone = SizeFactView::from(&fact);
                audit::record(conn, &principal, Action::Delete, Some(&gone), None)?;
            }
            for endorsement in endorsements::all_of(conn, id)? {
                endorsements::delete(conn, &endorsement)?;
                let gone = OecdEndorsementView::from(&endorsement);
                audit::record(conn, &principal, Action::Delete, Some(&gone), None)?;
            }
            Organisation::delete(conn, &current)?;
            audit::record(conn, &principal, Action::Delete, Some(&before), None)
        })
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
