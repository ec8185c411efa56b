//! The government's responses to motions: linking a letter to a motion,
//! shown with the motion, and the integrity of both ends.

use imvo_tracker::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, invalid_fields, problem, spawn_app, token};

async fn motion_and_letter(app: &TestApp) -> (i64, i64) {
    let motion = app
        .create(
            "/v1/motions",
            &json!({
                "dossier": "26 485", "number": 224, "title": "Motie Van Laar over IMVO",
                "submitters": ["Van Laar"], "submittedOn": "2016-05-01",
                "request": "Verzoekt de regering de voortgang van de convenanten te rapporteren.",
                "status": "submitted", "covenants": []
            }),
        )
        .await;
    let letter = app
        .create(
            "/v1/letters",
            &json!({"sentOn": "2018-11-13", "subject": "Voortgang IMVO-beleid", "minister": "Minister BHOS"}),
        )
        .await;
    (
        motion["id"].as_i64().unwrap(),
        letter["id"].as_i64().unwrap(),
    )
}

#[actix_web::test]
async fn a_response_links_a_letter_to_a_motion_and_shows_with_it() {
    let app = spawn_app().await;
    let (motion, letter) = motion_and_letter(&app).await;
    let response = app
        .create(
            "/v1/motion-responses",
            &json!({"motion": motion, "letter": letter, "summary": "The letter reports on the motion.", "reportedStatus": "completed"}),
        )
        .await;
    assert_eq!(response["letterSentOn"], "2018-11-13");
    assert_eq!(
        response["_links"]["letter"]["href"],
        app.url(&format!("/v1/letters/{letter}"))
    );

    let found: Value = app
        .get("/v1/motions?dossier=26%20485&number=224")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["page"]["totalItems"], 1);
    assert_eq!(found["items"][0]["responses"], json!([response]));
    assert_eq!(
        found["items"][0]["_links"]["responses"]["href"],
        app.url(&format!("/v1/motion-responses?motion={motion}"))
    );
    let listed: Value = app
        .get(&format!("/v1/motion-responses?letter={letter}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["items"], json!([response]));

    let again = json!({"motion": motion, "letter": letter, "summary": "Twice."});
    problem(app.post_json("/v1/motion-responses", &again).await, 409).await;
    let missing = json!({"motion": 999_999, "letter": 999_998, "summary": "Nothing."});
    let mut fields =
        invalid_fields(&problem(app.post_json("/v1/motion-responses", &missing).await, 400).await);
    fields.sort();
    assert_eq!(fields, vec!["#/letter", "#/motion"]);

    for path in [
        format!("/v1/motions/{motion}"),
        format!("/v1/letters/{letter}"),
    ] {
        let body = problem(app.write(Method::DELETE, &path).send().await.unwrap(), 409).await;
        assert!(
            body["detail"]
                .as_str()
                .unwrap()
                .contains(&response["id"].to_string()),
            "{body}"
        );
    }
    let secretariat = app
        .send_json_as(
            &token(Role::Secretariat, &["textile"]),
            Method::POST,
            "/v1/motion-responses",
            &again,
        )
        .await;
    problem(secretariat, 403).await;
    let path = format!("/v1/motion-responses/{}", response["id"]);
    assert_eq!(
        app.write(Method::DELETE, &path)
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    assert_eq!(
        app.write(Method::DELETE, &format!("/v1/motions/{motion}"))
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
}
