//! A child created while its parent is deleted: whichever commits first
//! wins, and the other is told so with a 4xx (a 409 when the database's
//! foreign key decides it), never a 500, and no child is left without its
//! parent. Every parent/child pair a client can create, on both backends.

use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

/// How often each pair races; enough for PostgreSQL to interleave some.
const ROUNDS: usize = 12;

#[derive(Debug, Clone, Copy)]
enum Pair {
    SectorCovenant,
    OrganisationSizeFact,
    OrganisationEndorsement,
    OrganisationParticipation,
    CovenantParticipation,
    CovenantWorkingGroup,
    WorkingGroupOutput,
    CovenantAnnualReport,
    IndicatorTarget,
    IndicatorMeasurement,
    MotionResponse,
    LetterMeasurement,
}

const PAIRS: [Pair; 12] = [
    Pair::SectorCovenant,
    Pair::OrganisationSizeFact,
    Pair::OrganisationEndorsement,
    Pair::OrganisationParticipation,
    Pair::CovenantParticipation,
    Pair::CovenantWorkingGroup,
    Pair::WorkingGroupOutput,
    Pair::CovenantAnnualReport,
    Pair::IndicatorTarget,
    Pair::IndicatorMeasurement,
    Pair::MotionResponse,
    Pair::LetterMeasurement,
];

async fn organisation(app: &TestApp, n: usize) -> i64 {
    app.create(
        "/v1/organisations",
        &json!({"name": format!("Race company {n}"), "kind": "company", "country": "NL"}),
    )
    .await["id"]
        .as_i64()
        .unwrap()
}

async fn covenant(app: &TestApp, code: &str) -> String {
    app.create(
        "/v1/covenants",
        &json!({"code": code, "titleNl": code, "titleEn": code, "sector": "base", "status": "signed", "signedOn": "2016-07-04"}),
    )
    .await;
    code.to_owned()
}

async fn indicator(app: &TestApp, code: &str) -> String {
    app.create(
        "/v1/indicators",
        &json!({"code": code, "nameNl": code, "nameEn": code, "unit": "count", "direction": "higherIsBetter"}),
    )
    .await;
    code.to_owned()
}

async fn letter(app: &TestApp, n: usize) -> i64 {
    app.create(
        "/v1/letters",
        &json!({"sentOn": "2018-11-13", "reference": format!("Race {n}"), "subject": "Voortgang", "minister": "Minister BHOS"}),
    )
    .await["id"]
        .as_i64()
        .unwrap()
}

/// A fresh parent; answers the path that deletes it, and the POST (path
/// and body) of a child that refers to it.
async fn arrange(app: &TestApp, pair: Pair, n: usize) -> (String, String, Value) {
    match pair {
        Pair::SectorCovenant => {
            let code = format!("sector-{n}");
            app.create_sector(&code).await;
            let child = json!({"code": format!("child-{n}"), "titleNl": "x", "titleEn": "x", "sector": code, "status": "exploring"});
            (format!("/v1/sectors/{code}"), "/v1/covenants".into(), child)
        }
        Pair::OrganisationSizeFact => {
            let id = organisation(app, n).await;
            let child = json!({"year": 2018, "employees": 600, "totalAssetsEur": 30_000_000, "netTurnoverEur": 50_000_000, "source": "race"});
            (
                format!("/v1/organisations/{id}"),
                format!("/v1/organisations/{id}/size-facts"),
                child,
            )
        }
        Pair::OrganisationEndorsement => {
            let id = organisation(app, n).await;
            let child = json!({"endorsedOn": "2018-01-01", "source": "race"});
            (
                format!("/v1/organisations/{id}"),
                format!("/v1/organisations/{id}/oecd-endorsements"),
                child,
            )
        }
        Pair::OrganisationParticipation => {
            let id = organisation(app, n).await;
            let child = json!({"covenant": "base", "organisation": id, "role": "company", "joinedOn": "2016-07-04"});
            (
                format!("/v1/organisations/{id}"),
                "/v1/participations".into(),
                child,
            )
        }
        Pair::CovenantParticipation => {
            let code = covenant(app, &format!("cov-{n}")).await;
            let id = organisation(app, n).await;
            let child = json!({"covenant": code, "organisation": id, "role": "company", "joinedOn": "2016-07-04"});
            (
                format!("/v1/covenants/{code}"),
                "/v1/participations".into(),
                child,
            )
        }
        Pair::CovenantWorkingGroup => {
            let code = covenant(app, &format!("cov-{n}")).await;
            let child = json!({"covenant": code, "name": "Werkgroep", "themes": ["valueChain"], "status": "active", "startedOn": "2017-03-01"});
            (
                format!("/v1/covenants/{code}"),
                "/v1/working-groups".into(),
                child,
            )
        }
        Pair::WorkingGroupOutput => {
            let group = app
                .create(
                    "/v1/working-groups",
                    &json!({"covenant": "base", "name": format!("Werkgroep {n}"), "themes": ["valueChain"], "status": "active", "startedOn": "2017-03-01"}),
                )
                .await["id"]
                .as_i64()
                .unwrap();
            let child = json!({"title": "Analyse", "publishedOn": "2018-08-09"});
            (
                format!("/v1/working-groups/{group}"),
                format!("/v1/working-groups/{group}/outputs"),
                child,
            )
        }
        Pair::CovenantAnnualReport => {
            let code = covenant(app, &format!("cov-{n}")).await;
            let child = json!({"covenant": code, "reportingYear": 2017, "publishedOn": "2018-06-01", "title": "Jaarrapportage"});
            (
                format!("/v1/covenants/{code}"),
                "/v1/annual-reports".into(),
                child,
            )
        }
        Pair::IndicatorTarget => {
            let code = indicator(app, &format!("ind-{n}")).await;
            let child = json!({"indicator": code, "value": 10, "dueOn": "2020-12-31"});
            (
                format!("/v1/indicators/{code}"),
                "/v1/targets".into(),
                child,
            )
        }
        Pair::IndicatorMeasurement => {
            let code = indicator(app, &format!("ind-{n}")).await;
            let child = json!({"indicator": code, "value": 10, "measuredOn": "2018-12-31", "sourceUrl": "https://www.ser.nl/imvo"});
            (
                format!("/v1/indicators/{code}"),
                "/v1/measurements".into(),
                child,
            )
        }
        Pair::MotionResponse => {
            let motion = app
                .create(
                    "/v1/motions",
                    &json!({"dossier": "26 485", "number": 1000 + n, "title": "Motie", "submitters": ["Van Laar"],
                            "request": "Verzoekt de regering te rapporteren.", "status": "submitted", "covenants": []}),
                )
                .await["id"]
                .as_i64()
                .unwrap();
            let letter = letter(app, n).await;
            let child =
                json!({"motion": motion, "letter": letter, "summary": "De brief rapporteert."});
            (
                format!("/v1/motions/{motion}"),
                "/v1/motion-responses".into(),
                child,
            )
        }
        Pair::LetterMeasurement => {
            let letter = letter(app, n).await;
            let child = json!({"indicator": "base", "value": 10, "measuredOn": format!("2018-01-{:02}", n % 28 + 1), "letter": letter});
            (
                format!("/v1/letters/{letter}"),
                "/v1/measurements".into(),
                child,
            )
        }
    }
}

async fn status_and_location(response: Response) -> (u16, Option<String>) {
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (status, location)
}

#[actix_web::test]
async fn a_child_created_while_its_parent_is_deleted_is_refused_or_kept_whole() {
    let app = spawn_app().await;
    app.create_sector("base").await;
    covenant(&app, "base").await;
    indicator(&app, "base").await;
    let mut outcomes = std::collections::BTreeMap::new();
    for (p, pair) in PAIRS.into_iter().enumerate() {
        for round in 0..ROUNDS {
            let n = p * ROUNDS + round;
            let (parent, path, body) = arrange(&app, pair, n).await;
            let delete = app.write(Method::DELETE, &parent).send();
            let create = app
                .write(Method::POST, &path)
                .header("content-type", "application/json")
                .body(body.to_string())
                .send();
            // Each goes out first in every other round.
            let (deleted, created) = if round % 2 == 0 {
                futures_util::future::join(delete, create).await
            } else {
                let (created, deleted) = futures_util::future::join(create, delete).await;
                (deleted, created)
            };
            let deleted = deleted.expect("the delete was answered").status().as_u16();
            let (created, location) =
                status_and_location(created.expect("the create was answered")).await;
            assert!(
                matches!(deleted, 204 | 409),
                "{pair:?}: DELETE {parent} answered {deleted}"
            );
            assert!(
                matches!(created, 201 | 400 | 403 | 404 | 409),
                "{pair:?}: POST {path} answered {created}"
            );
            *outcomes.entry((deleted, created)).or_insert(0) += 1;
            if deleted == 204 && created == 201 {
                // Only a child the parent owns may be created first and
                // then deleted with it; it must not outlive the parent.
                let location = location.expect("a 201 has a Location");
                let child = app.get(&location).await.status().as_u16();
                assert_eq!(child, 404, "{pair:?}: {location} outlived {parent}");
            }
        }
    }
    // Both orders happened: the race was run, not skipped.
    assert!(
        outcomes.keys().any(|(d, _)| *d == 204) && outcomes.keys().any(|(_, c)| *c == 201),
        "{outcomes:?}"
    );
}
