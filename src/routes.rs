//! The one place every endpoint is registered; the OpenAPI document is
//! collected from the same registrations.

use std::sync::Arc;

use actix_web::middleware::from_fn;
use actix_web::{HttpRequest, HttpResponse, get, web};
use utoipa_actix_web::scope::{self, Scope};

use crate::annual_reports::model::AnnualReportRecord;
use crate::audit::handlers as audit;
use crate::changes;
use crate::covenant_status::model::StatusChangeRecord;
use crate::covenants::model::CovenantRecord;
use crate::error::AppError;
use crate::evaluations::model::Evaluation;
use crate::governance_bodies::model::GovernanceBodyRecord;
use crate::health::handlers as health;
use crate::http::endpoints::Endpoints;
use crate::http::middleware::{cache_control, negotiate};
use crate::http::public_base::PublicBase;
use crate::indicators::model::Indicator;
use crate::letters::model::Letter;
use crate::measurements::model::MeasurementRecord;
use crate::metrics::handlers as metrics;
use crate::motion_responses::model::MotionResponseRecord;
use crate::motions::model::MotionRecord;
use crate::ngo_assessments::model::NgoAssessmentRecord;
use crate::oecd_endorsements::model::OecdEndorsement;
use crate::organisations::model::Organisation;
use crate::participations::model::ParticipationRecord;
use crate::programmes::model::ProgrammeRecord;
use crate::published_figures::handlers as published_figures;
use crate::published_figures::model::PublishedFigure;
use crate::remedy_mechanisms::model::RemedyMechanismRecord;
use crate::sectors::model::Sector;
use crate::size_facts::model::SizeFact;
use crate::targets::model::TargetRecord;
use crate::webhooks::handlers as webhooks;
use crate::working_groups::model::WorkingGroupRecord;
use crate::working_groups::outputs::model::WorkingGroupOutput;

/// Everything under `/v1`.
pub fn v1_scope() -> Scope<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    scope::scope("/v1")
        .wrap(from_fn(cache_control))
        .wrap(from_fn(negotiate))
        .service(openapi_json)
        .service(health::liveness)
        .service(health::readiness)
        .service(Endpoints::<Sector>::new())
        .service(metrics::oecd_endorsement)
        .service(metrics::oecd_counted_companies)
        .service(metrics::overview)
        .service(metrics::covenants_dashboard)
        .service(metrics::market_coverage)
        .service(metrics::covenant_progress)
        .service(Endpoints::<CovenantRecord>::new())
        .service(Endpoints::<StatusChangeRecord>::new())
        .service(Endpoints::<AnnualReportRecord>::new())
        .service(Endpoints::<Letter>::new())
        .service(Endpoints::<PublishedFigure>::new())
        .service(published_figures::compare)
        .service(Endpoints::<Evaluation>::new())
        .service(Endpoints::<NgoAssessmentRecord>::new())
        .service(Endpoints::<ProgrammeRecord>::new())
        .service(Endpoints::<GovernanceBodyRecord>::new())
        .service(Endpoints::<RemedyMechanismRecord>::new())
        .service(Endpoints::<Indicator>::new())
        .service(Endpoints::<MeasurementRecord>::new())
        .service(Endpoints::<TargetRecord>::new())
        .service(changes::list_changes)
        .service(audit::list_audit_events)
        .service(audit::get_audit_event)
        .service(webhooks::create_subscription)
        .service(webhooks::list_subscriptions)
        .service(webhooks::get_subscription)
        .service(webhooks::replace_subscription)
        .service(webhooks::patch_subscription)
        .service(webhooks::delete_subscription)
        .service(webhooks::list_deliveries)
        .service(Endpoints::<WorkingGroupRecord>::new())
        .service(Endpoints::<WorkingGroupOutput>::new())
        .service(Endpoints::<MotionRecord>::new())
        .service(Endpoints::<MotionResponseRecord>::new())
        .service(Endpoints::<Organisation>::new())
        .service(Endpoints::<SizeFact>::new())
        .service(Endpoints::<OecdEndorsement>::new())
        .service(Endpoints::<ParticipationRecord>::new())
}

/// The served OpenAPI document, rendered once at start with
/// `PLACEHOLDER_BASE` as its server.
#[derive(Clone)]
pub struct OpenApiJson(pub Arc<str>);

/// The OpenAPI document
///
/// This API's OpenAPI 3.1 document, open to every origin (CORS `*`), for SDK
/// generators and the interactive documentation at `/docs/`.
#[utoipa::path(
    tag = "Documentation",
    operation_id = "getOpenApiDocument",
    responses((status = 200, description = "The OpenAPI document.", content_type = "application/json",
        headers(("access-control-allow-origin" = String, description = "Always `*`: anyone may read the document.")))),
)]
#[get("/openapi.json")]
pub async fn openapi_json(
    req: HttpRequest,
    document: web::Data<OpenApiJson>,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .body(PublicBase::of(&req)?.served_document(&document.0)))
}
