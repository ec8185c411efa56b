//! Sector endpoints: HTTP only; storage is in `queries`.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool};
use crate::error::{AppError, FieldError};
use crate::http::conditional::json_with_etag;
use crate::http::crud::{self, Resource};
use crate::http::json_body::{JsonBody, MergePatch};
use crate::http::listing::{ListQuery, PageParams};
use crate::sectors::model::{Sector, SectorFilter, SectorInput, SectorList, SectorView};
use crate::sectors::queries;

const TAG: &str = "Sectors";

/// Sectors are admin-written and addressed by their code, which never changes.
impl Resource for Sector {
    type Key = String;
    type Record = Sector;
    type Input = SectorInput;
    type View = SectorView;

    fn view(record: &Sector) -> SectorView {
        SectorView::from(record)
    }

    fn input(record: &Sector) -> SectorInput {
        SectorInput::from(record)
    }

    fn load(conn: &mut DbConnection, code: &String) -> Result<Sector, AppError> {
        queries::get_by_code(conn, code)
    }

    fn insert(conn: &mut DbConnection, input: &SectorInput) -> Result<Sector, AppError> {
        queries::insert(conn, input, db::now())
    }

    fn update(
        conn: &mut DbConnection,
        current: &Sector,
        input: &SectorInput,
    ) -> Result<Sector, AppError> {
        queries::update(conn, current, input, db::now())
    }

    fn delete(conn: &mut DbConnection, current: &Sector) -> Result<(), AppError> {
        let (covenants, total) = crate::covenants::queries::codes_in_sector(conn, current.id, 10)?;
        if total > 0 {
            return Err(AppError::Conflict(format!(
                "Sector `{}` cannot be deleted: {total} covenant(s) still belong to it ({}).",
                current.code,
                covenants.join(", ")
            )));
        }
        queries::delete(conn, current)
    }

    fn may_write(principal: &Principal) -> Result<(), AppError> {
        principal.require_admin()
    }

    fn may_write_input(_: &Principal, _: &SectorInput) -> Result<(), AppError> {
        Ok(())
    }

    fn keeps_identity(code: &String, input: &SectorInput) -> Result<(), AppError> {
        if input.code == *code {
            Ok(())
        } else {
            Err(AppError::invalid(vec![FieldError::body(
                "/code",
                format!(
                    "must equal the code in the path (`{code}`); a sector's code cannot change"
                ),
            )]))
        }
    }
}

/// A sector's writable fields for a merge patch: members given replace the
/// stored ones. `code` cannot change.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SectorPatch {
    /// Dutch name of the sector.
    #[schema(example = "Kleding en textiel")]
    pub name_nl: Option<String>,
    /// English name of the sector.
    #[schema(example = "Garment and textile")]
    pub name_en: Option<String>,
}

/// List sectors
///
/// The sectors covenants are made for, a page at a time, optionally only
/// some codes, in the order asked for.
#[utoipa::path(
    tag = TAG,
    operation_id = "listSectors",
    params(PageParams, SectorFilter),
    responses(
        (status = 200, description = "A page of sectors.", body = SectorList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
    )
)]
#[get("/sectors")]
#[tracing::instrument(skip_all)]
pub async fn list_sectors(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<SectorFilter>,
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
    let list = SectorList {
        items: rows.iter().map(SectorView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get a sector
///
/// One sector by its code.
#[utoipa::path(
    tag = TAG,
    operation_id = "getSector",
    params(("code" = String, Path, description = "The sector's code.", example = "textile")),
    responses(
        (status = 200, description = "The sector.", body = SectorView,
            headers(("ETag" = String, description = "Entity tag of the sector; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the sector still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no sector with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/sectors/{code}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_sector(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    crud::get::<Sector>(&req, &pool, code.into_inner()).await
}

/// Create a sector
///
/// Records a new sector. Its `code` must be unused.
#[utoipa::path(
    tag = TAG,
    operation_id = "createSector",
    request_body(content = SectorInput, description = "The new sector."),
    responses(
        (status = 201, description = "The sector was created.", body = SectorView,
            headers(
                ("Location" = String, description = "Path of the new sector."),
                ("ETag" = String, description = "Entity tag of the new sector."),
            )),
        (status = 409, description = "A sector with that code already exists.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/sectors")]
#[tracing::instrument(skip_all)]
pub async fn create_sector(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<SectorInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<Sector>(&req, principal, &pool, body).await
}

/// Replace a sector
///
/// Replaces the sector's names. The body's `code` must equal the path's:
/// codes are stable. Send the ETag you read in `If-Match` to avoid
/// overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceSector",
    params(
        ("code" = String, Path, description = "The sector's code.", example = "textile"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the sector changed since."),
    ),
    request_body(content = SectorInput, description = "The sector's new state."),
    responses(
        (status = 200, description = "The sector was replaced.", body = SectorView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no sector with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The sector changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/sectors/{code}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_sector(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
    body: JsonBody<SectorInput>,
) -> Result<HttpResponse, AppError> {
    crud::replace::<Sector>(&req, principal, &pool, code.into_inner(), body).await
}

/// Update part of a sector
///
/// Applies a JSON Merge Patch (RFC 7396) to the sector: members given replace
/// the stored ones. The result must be a valid sector, and `code` cannot
/// change. Send the ETag you read in `If-Match` to avoid overwriting someone
/// else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateSector",
    params(
        ("code" = String, Path, description = "The sector's code.", example = "textile"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the sector changed since."),
    ),
    request_body(content = SectorPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The sector was updated.", body = SectorView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no sector with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The sector changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/sectors/{code}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_sector(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    crud::patch::<Sector>(&req, principal, &pool, code.into_inner(), patch).await
}

/// Delete a sector
///
/// Removes a sector that nothing refers to.
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteSector",
    params(
        ("code" = String, Path, description = "The sector's code.", example = "textile"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the sector changed since."),
    ),
    responses(
        (status = 204, description = "The sector was deleted."),
        (status = 404, description = "There is no sector with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Covenants still refer to the sector.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The sector changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/sectors/{code}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_sector(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    crud::delete::<Sector>(&req, principal, &pool, code.into_inner()).await
}
