//! `GET /v1/changes`.

use actix_web::{HttpRequest, HttpResponse, get, web};

use crate::auth::ReadAccess;
use crate::changes::model::{
    ChangeList, ChangeListLinks, ChangeView, ChangesParams, DEFAULT_LIMIT, MAX_LIMIT,
};
use crate::changes::{cursor, queries};
use crate::db::Pool;
use crate::error::{AppError, FieldError};
use crate::http::listing::{Link, QueryParams};
use crate::http::revalidation::{ResultCache, cached_read};

const TAG: &str = "Changes";

/// Read the change feed
///
/// Every create, update and delete of every resource, oldest first, in the
/// order they were committed: the kind of resource, its identifier and link,
/// its version, when, and the resource as it was right after the change
/// (`null` for a delete). Poll it to keep a copy of the record up to date:
/// read from the start (no `after`) once, then follow `next` for ever. A
/// change is never skipped, however transactions interleave, and the feed
/// keeps every change since the service began: a cursor never expires.
/// Who made each change is in the admin-only audit trail.
#[utoipa::path(
    tag = TAG,
    operation_id = "listChanges",
    params(ChangesParams),
    responses((status = 200, description = "The changes after `after`.", body = ChangeList)),
)]
#[get("/changes")]
#[tracing::instrument(skip_all)]
pub async fn list_changes(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    params: QueryParams<ChangesParams>,
    cache: web::Data<ResultCache>,
) -> Result<HttpResponse, AppError> {
    let ChangesParams { after, limit } = params.0;
    let after = position(after.as_deref())?;
    let limit = limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(AppError::invalid(vec![FieldError::parameter(
            "limit",
            format!("must be from 1 to {MAX_LIMIT}"),
        )]));
    }
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        let last = queries::last_position(conn)?;
        if after > last {
            return Err(AppError::invalid(vec![FieldError::parameter(
                "after",
                format!(
                    "is past the end of this feed (its last cursor is `{}`): take cursors from this feed's changes or `next` links",
                    cursor::encode(last)
                ),
            )]));
        }
        let changes = queries::after(conn, after, i64::from(limit))?;
        let next = changes.last().map_or(after, |(_, position)| *position);
        Ok(ChangeList {
            items: changes
                .iter()
                .map(|(row, position)| ChangeView::of(row, *position))
                .collect(),
            links: ChangeListLinks {
                self_link: Link::new(href(after, limit)),
                next: Link::new(href(next, limit)),
            },
        })
    })
    .await
}

/// The position a cursor stands for (0: before the first change).
fn position(after: Option<&str>) -> Result<i64, AppError> {
    let Some(text) = after else { return Ok(0) };
    cursor::decode(text).ok_or_else(|| {
        AppError::invalid(vec![FieldError::parameter(
            "after",
            "is not a cursor of this feed: take one from a change's `cursor` or a `next` link, unchanged",
        )])
    })
}

fn href(after: i64, limit: u32) -> String {
    if after == 0 {
        format!("/v1/changes?limit={limit}")
    } else {
        format!("/v1/changes?after={}&limit={limit}", cursor::encode(after))
    }
}
