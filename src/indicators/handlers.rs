//! Indicator endpoints: HTTP only; storage is in `queries`.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, put, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{Principal, ReadAccess};
use crate::db::{self, DbConnection, Pool};
use crate::error::{AppError, FieldError};
use crate::http::conditional::json_with_etag;
use crate::http::crud_legacy::{self as crud, Resource};
use crate::http::json_body::{JsonBody, MergePatch};
use crate::http::listing::{ListQuery, PageParams};
use crate::indicators::model::{
    Indicator, IndicatorFilter, IndicatorInput, IndicatorList, IndicatorView,
};
use crate::indicators::queries;

const TAG: &str = "Indicators";

/// Indicators are admin-written and addressed by their code, which never
/// changes.
impl Resource for Indicator {
    type Key = String;
    type Record = Indicator;
    type Input = IndicatorInput;
    type View = IndicatorView;

    fn view(record: &Indicator) -> IndicatorView {
        IndicatorView::from(record)
    }

    fn input(record: &Indicator) -> IndicatorInput {
        IndicatorInput::from(record)
    }

    fn load(conn: &mut DbConnection, code: &String) -> Result<Indicator, AppError> {
        queries::get_by_code(conn, code)
    }

    fn insert(conn: &mut DbConnection, input: &IndicatorInput) -> Result<Indicator, AppError> {
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

    fn may_write_input(_: &Principal, _: &IndicatorInput) -> Result<(), AppError> {
        Ok(())
    }

    fn keeps_identity(code: &String, input: &IndicatorInput) -> Result<(), AppError> {
        if input.code == *code {
            Ok(())
        } else {
            Err(AppError::invalid(vec![FieldError::body(
                "/code",
                format!(
                    "must equal the code in the path (`{code}`); an indicator's code cannot change"
                ),
            )]))
        }
    }
}

/// An indicator's writable fields for a merge patch: members given replace
/// the stored ones. `code` cannot change.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct IndicatorPatch {
    /// Dutch name.
    #[schema(example = "Marktdekking")]
    pub name_nl: Option<String>,
    /// English name.
    pub name_en: Option<String>,
    /// What its values are.
    pub unit: Option<crate::indicators::model::Unit>,
    /// Whether progress means going up or down.
    pub direction: Option<crate::indicators::model::Direction>,
    /// How it is defined.
    pub description: Option<String>,
    /// Where the definition comes from.
    pub source: Option<String>,
}

/// List indicators
///
/// What progress is measured in: each indicator's unit and direction.
#[utoipa::path(
    tag = TAG,
    operation_id = "listIndicators",
    params(PageParams, IndicatorFilter),
    responses(
        (status = 200, description = "A page of indicators.", body = IndicatorList,
            headers(("ETag" = String, description = "Entity tag of this page; send it in `If-None-Match` to revalidate."))),
        (status = 304, description = "Not modified: the page still has the ETag given in `If-None-Match`."),
    )
)]
#[get("/indicators")]
#[tracing::instrument(skip_all)]
pub async fn list_indicators(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    query: ListQuery<IndicatorFilter>,
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
    let list = IndicatorList {
        items: rows.iter().map(IndicatorView::from).collect(),
        page: query.page_info(total),
        links: query.links(total),
    };
    json_with_etag(&req, &list)
}

/// Get an indicator
///
/// One indicator by its code.
#[utoipa::path(
    tag = TAG,
    operation_id = "getIndicator",
    params(("code" = String, Path, description = "The indicator's code.", example = "market-coverage")),
    responses(
        (status = 200, description = "The indicator.", body = IndicatorView,
            headers(("ETag" = String, description = "Entity tag of the indicator; send it in `If-Match` to update or delete it safely."))),
        (status = 304, description = "Not modified: the indicator still has the ETag given in `If-None-Match`."),
        (status = 404, description = "There is no indicator with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[get("/indicators/{code}")]
#[tracing::instrument(skip(req, _access, pool))]
pub async fn get_indicator(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    crud::get::<Indicator>(&req, &pool, code.into_inner()).await
}

/// Create an indicator
///
/// Records a new indicator (admins only). Its `code` must be unused.
#[utoipa::path(
    tag = TAG,
    operation_id = "createIndicator",
    request_body(content = IndicatorInput, description = "The new indicator."),
    responses(
        (status = 201, description = "The indicator was created.", body = IndicatorView,
            headers(
                ("Location" = String, description = "Path of the new indicator."),
                ("ETag" = String, description = "Entity tag of the new indicator."),
            )),
        (status = 409, description = "An indicator with that code already exists.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[post("/indicators")]
#[tracing::instrument(skip_all)]
pub async fn create_indicator(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    body: JsonBody<IndicatorInput>,
) -> Result<HttpResponse, AppError> {
    crud::create::<Indicator>(&req, principal, &pool, body).await
}

/// Replace an indicator
///
/// Replaces the indicator's fields (admins only). Its unit cannot change
/// once targets or measurements use it. The body's `code` must equal the path's:
/// codes are stable. Send the ETag you read in `If-Match` to avoid
/// overwriting someone else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "replaceIndicator",
    params(
        ("code" = String, Path, description = "The indicator's code.", example = "market-coverage"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the indicator changed since."),
    ),
    request_body(content = IndicatorInput, description = "The indicator's new state."),
    responses(
        (status = 200, description = "The indicator was replaced.", body = IndicatorView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no indicator with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The unit cannot change: targets or measurements use the indicator.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The indicator changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[put("/indicators/{code}")]
#[tracing::instrument(skip(req, principal, pool, body))]
pub async fn replace_indicator(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
    body: JsonBody<IndicatorInput>,
) -> Result<HttpResponse, AppError> {
    crud::replace::<Indicator>(&req, principal, &pool, code.into_inner(), body).await
}

/// Update part of an indicator
///
/// Applies a JSON Merge Patch (RFC 7396) to the indicator: members given replace
/// the stored ones. The result must be a valid indicator, and `code` cannot
/// change. Send the ETag you read in `If-Match` to avoid overwriting someone
/// else's change.
#[utoipa::path(
    tag = TAG,
    operation_id = "updateIndicator",
    params(
        ("code" = String, Path, description = "The indicator's code.", example = "market-coverage"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the change is refused with 412 if the indicator changed since."),
    ),
    request_body(content = IndicatorPatch, content_type = "application/merge-patch+json", description = "The members to change."),
    responses(
        (status = 200, description = "The indicator was updated.", body = IndicatorView,
            headers(("ETag" = String, description = "Entity tag of the new state."))),
        (status = 404, description = "There is no indicator with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The unit cannot change: targets or measurements use the indicator.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The indicator changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[patch("/indicators/{code}")]
#[tracing::instrument(skip(req, principal, pool, patch))]
pub async fn update_indicator(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
    patch: MergePatch,
) -> Result<HttpResponse, AppError> {
    crud::patch::<Indicator>(&req, principal, &pool, code.into_inner(), patch).await
}

/// Delete an indicator
///
/// Removes an indicator that no target or measurement uses (admins only).
#[utoipa::path(
    tag = TAG,
    operation_id = "deleteIndicator",
    params(
        ("code" = String, Path, description = "The indicator's code.", example = "market-coverage"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read; the delete is refused with 412 if the indicator changed since."),
    ),
    responses(
        (status = 204, description = "The indicator was deleted."),
        (status = 404, description = "There is no indicator with that code.", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Targets or measurements use the indicator (or its unit cannot change).", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 412, description = "The indicator changed since the ETag in `If-Match` was read.", body = crate::error::Problem, content_type = "application/problem+json"),
    )
)]
#[delete("/indicators/{code}")]
#[tracing::instrument(skip(req, principal, pool))]
pub async fn delete_indicator(
    req: HttpRequest,
    principal: Principal,
    pool: web::Data<Pool>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    crud::delete::<Indicator>(&req, principal, &pool, code.into_inner()).await
}
