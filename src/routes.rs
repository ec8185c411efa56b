//! The one place every endpoint is registered; the OpenAPI document is
//! collected from the same registrations.

use actix_web::middleware::from_fn;
use actix_web::{HttpResponse, get, web};
use utoipa_actix_web::scope::{self, Scope};

use crate::annual_reports::handlers as annual_reports;
use crate::audit::handlers as audit;
use crate::covenants::handlers as covenants;
use crate::health::handlers as health;
use crate::http::endpoints::Endpoints;
use crate::http::middleware::negotiate;
use crate::indicators::handlers as indicators;
use crate::letters::handlers as letters;
use crate::measurements::handlers as measurements;
use crate::metrics::handlers as metrics;
use crate::motion_responses::handlers as motion_responses;
use crate::motions::handlers as motions;
use crate::oecd_endorsements::handlers as oecd_endorsements;
use crate::organisations::handlers as organisations;
use crate::participations::handlers as participations;
use crate::sectors::model::Sector;
use crate::size_facts::handlers as size_facts;
use crate::targets::handlers as targets;
use crate::working_groups::handlers as working_groups;
use crate::working_groups::outputs::handlers as outputs;

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
        .wrap(from_fn(negotiate))
        .service(openapi_json)
        .service(health::liveness)
        .service(health::readiness)
        .service(Endpoints::<Sector>::new())
        .service(metrics::oecd_endorsement)
        .service(metrics::oecd_counted_companies)
        .service(metrics::overview)
        .service(metrics::market_coverage)
        .service(metrics::covenant_progress)
        .service(covenants::list_covenants)
        .service(covenants::create_covenant)
        .service(covenants::get_covenant)
        .service(covenants::replace_covenant)
        .service(covenants::update_covenant)
        .service(covenants::delete_covenant)
        .service(annual_reports::list_annual_reports)
        .service(annual_reports::create_annual_report)
        .service(annual_reports::get_annual_report)
        .service(annual_reports::replace_annual_report)
        .service(annual_reports::update_annual_report)
        .service(annual_reports::delete_annual_report)
        .service(letters::list_letters)
        .service(letters::create_letter)
        .service(letters::get_letter)
        .service(letters::replace_letter)
        .service(letters::update_letter)
        .service(letters::delete_letter)
        .service(indicators::list_indicators)
        .service(indicators::create_indicator)
        .service(indicators::get_indicator)
        .service(indicators::replace_indicator)
        .service(indicators::update_indicator)
        .service(indicators::delete_indicator)
        .service(measurements::list_measurements)
        .service(measurements::create_measurement)
        .service(measurements::get_measurement)
        .service(measurements::replace_measurement)
        .service(measurements::update_measurement)
        .service(measurements::delete_measurement)
        .service(targets::list_targets)
        .service(targets::create_target)
        .service(targets::get_target)
        .service(targets::replace_target)
        .service(targets::update_target)
        .service(targets::delete_target)
        .service(audit::list_audit_events)
        .service(audit::get_audit_event)
        .service(working_groups::list_working_groups)
        .service(working_groups::create_working_group)
        .service(working_groups::get_working_group)
        .service(working_groups::replace_working_group)
        .service(working_groups::update_working_group)
        .service(working_groups::delete_working_group)
        .service(outputs::list_working_group_outputs)
        .service(outputs::create_working_group_output)
        .service(outputs::get_working_group_output)
        .service(outputs::replace_working_group_output)
        .service(outputs::update_working_group_output)
        .service(outputs::delete_working_group_output)
        .service(motions::list_motions)
        .service(motions::create_motion)
        .service(motions::get_motion)
        .service(motions::replace_motion)
        .service(motions::update_motion)
        .service(motions::delete_motion)
        .service(motion_responses::list_motion_responses)
        .service(motion_responses::create_motion_response)
        .service(motion_responses::get_motion_response)
        .service(motion_responses::replace_motion_response)
        .service(motion_responses::update_motion_response)
        .service(motion_responses::delete_motion_response)
        .service(organisations::list_organisations)
        .service(organisations::create_organisation)
        .service(organisations::get_organisation)
        .service(organisations::replace_organisation)
        .service(organisations::update_organisation)
        .service(organisations::delete_organisation)
        .service(size_facts::list_size_facts)
        .service(size_facts::create_size_fact)
        .service(size_facts::get_size_fact)
        .service(size_facts::replace_size_fact)
        .service(size_facts::update_size_fact)
        .service(size_facts::delete_size_fact)
        .service(oecd_endorsements::list_oecd_endorsements)
        .service(oecd_endorsements::create_oecd_endorsement)
        .service(oecd_endorsements::get_oecd_endorsement)
        .service(oecd_endorsements::replace_oecd_endorsement)
        .service(oecd_endorsements::update_oecd_endorsement)
        .service(oecd_endorsements::delete_oecd_endorsement)
        .service(participations::list_participations)
        .service(participations::create_participation)
        .service(participations::get_participation)
        .service(participations::replace_participation)
        .service(participations::update_participation)
        .service(participations::delete_participation)
}

/// The served OpenAPI document, rendered once at start.
#[derive(Clone)]
pub struct OpenApiJson(pub web::Bytes);

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
pub async fn openapi_json(document: web::Data<OpenApiJson>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("Access-Control-Allow-Origin", "*"))
        .body(document.0.clone())
}
