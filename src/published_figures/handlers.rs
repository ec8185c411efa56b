//! A published figure as published and as it is today.

use actix_web::{HttpRequest, HttpResponse, get, web};

use crate::auth::ReadAccess;
use crate::db::Pool;
use crate::error::AppError;
use crate::history;
use crate::http::listing::Link;
use crate::http::revalidation::{ResultCache, cached_read};
use crate::published_figures::figure::Figure;
use crate::published_figures::model::{
    ChangeSince, ChangeSinceLinks, ComparisonLinks, FigureComparison,
};
use crate::published_figures::queries;

/// The most changes a comparison lists.
const MAX_CHANGES: usize = 100;

/// Compare a published figure with today's
///
/// The figure computed again exactly as it was published (with `knownAt`
/// at `publishedAt`), the same figure from today's record, whether they
/// differ, and the changes made since `publishedAt` to the kinds of
/// records the figure reads (at most 100, oldest first): what may have
/// moved it.
#[utoipa::path(
    tag = "Metrics",
    operation_id = "comparePublishedFigure",
    params(("id" = i64, Path, description = "The published figure's id.", example = 1, minimum = 1)),
    responses((status = 200, description = "The figure as published and today.", body = FigureComparison)),
)]
#[get("/published-figures/{id}/comparison")]
pub async fn compare(
    req: HttpRequest,
    _access: ReadAccess,
    pool: web::Data<Pool>,
    cache: web::Data<ResultCache>,
    id: web::Path<i64>,
) -> Result<HttpResponse, AppError> {
    let id = id.into_inner();
    cached_read(&req, &pool, cache.into_inner(), move |conn| {
        let published = queries::get(conn, id)?;
        let figure = Figure::parse(&published.figure).map_err(|why| {
            AppError::Internal(format!("published figure {id} names no figure: {why}"))
        })?;
        let as_published = history::known_at(conn, Some(published.published_at), |conn| {
            figure.compute(conn)
        })?;
        let today = figure.compute(conn)?;
        let limit = i64::try_from(MAX_CHANGES + 1).unwrap_or(i64::MAX);
        let mut changes =
            queries::changes_since(conn, published.published_at, figure.reads(), limit)?;
        let more_changes = changes.len() > MAX_CHANGES;
        changes.truncate(MAX_CHANGES);
        let path = format!("/v1/published-figures/{id}");
        let without_links = |v: &serde_json::Value| {
            let mut v = v.clone();
            if let Some(object) = v.as_object_mut() {
                object.remove("_links");
            }
            v
        };
        Ok(FigureComparison {
            figure: published.figure.clone(),
            published_at: published.published_at.and_utc(),
            changed: without_links(&as_published) != without_links(&today),
            as_published,
            today,
            changes_since: changes
                .into_iter()
                .map(|c| ChangeSince {
                    resource_type: c.resource_type,
                    resource_id: c.resource_id,
                    action: c.action,
                    changed_at: c.occurred_at.and_utc(),
                    links: ChangeSinceLinks {
                        resource: Link::new(c.resource_path),
                    },
                })
                .collect(),
            more_changes,
            links: ComparisonLinks {
                self_link: Link::new(format!("{path}/comparison")),
                published_figure: Link::new(path),
            },
        })
    })
    .await
}
