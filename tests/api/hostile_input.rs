//! Hostile input: dates out of range or not written exactly, NUL and other
//! control characters, integer-valued numbers, oversized error lists, bodies
//! that never arrive and repeated JSON members. Every one is a 4xx problem,
//! alike on both backends, and leaves the stored data as it was.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, header, invalid_fields, problem, spawn_app, with_covenants};
use crate::organisations::company;

fn letter(sent_on: &str) -> Value {
    json!({"sentOn": sent_on, "subject": "Voortgang IMVO-convenanten", "minister": "Minister BHOS"})
}

/// Sends `body` as it is written (repeated members and all) as admin.
async fn send_raw(
    app: &TestApp,
    method: Method,
    path: &str,
    content_type: &str,
    body: &str,
) -> reqwest::Response {
    app.write(method, path)
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .expect("request failed")
}

async fn json_of(app: &TestApp, path: &str) -> Value {
    let response = app.get(path).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.expect("JSON")
}

fn details(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| e["detail"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

#[actix_web::test]
async fn body_dates_outside_years_1_to_9999_or_not_written_exactly_are_refused() {
    let app = with_covenants(&["textile"]).await;
    for bad in [
        "+99999-01-01",
        "+2019-01-01",
        "0000-12-31",
        "2019-1-1",
        "2019-02-30",
        " 2019-01-01",
        "2019-01-01T00:00:00Z",
    ] {
        let body = problem(app.post_json("/v1/letters", &letter(bad)).await, 400).await;
        assert_eq!(invalid_fields(&body), vec!["#/sentOn"], "{bad}: {body}");
        assert!(details(&body)[0].contains("YYYY-MM-DD"), "{body}");
    }
    let report = json!({"covenant": "textile", "reportingYear": 2017, "publishedOn": "+99999-01-01", "title": "Jaarrapportage"});
    let body = problem(app.post_json("/v1/annual-reports", &report).await, 400).await;
    assert_eq!(invalid_fields(&body), vec!["#/publishedOn"]);

    // A bad date is reported once, with every other problem of the body.
    let body = problem(
        app.post_json(
            "/v1/letters",
            &json!({"sentOn": "2019-1-1", "subject": " padded", "minister": "Minister BHOS"}),
        )
        .await,
        400,
    )
    .await;
    assert_eq!(
        invalid_fields(&body),
        vec!["#/sentOn", "#/subject"],
        "{body}"
    );

    // The ends of the range are dates like any other.
    for good in ["0001-01-01", "9999-12-31"] {
        let created = app.create("/v1/letters", &letter(good)).await;
        assert_eq!(created["sentOn"], good);
    }
    // A merge patch is held to the same form, and changes nothing.
    let path = format!(
        "/v1/letters/{}",
        app.create("/v1/letters", &letter("2017-09-28")).await["id"]
    );
    let before = json_of(&app, &path).await;
    let body = problem(
        app.send_json(Method::PATCH, &path, &json!({"sentOn": "2017-9-28"}))
            .await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body), vec!["#/sentOn"]);
    assert_eq!(json_of(&app, &path).await, before);
    assert_eq!(json_of(&app, "/v1/letters").await["page"]["totalItems"], 3);
}

#[actix_web::test]
async fn query_dates_outside_years_1_to_9999_or_not_written_exactly_are_refused() {
    let app = spawn_app().await;
    for query in [
        "sentFrom=2019-1-1",
        "sentFrom=%2B99999-01-01",
        "sentFrom=0000-01-01",
        "sentFrom=2019-02-30",
        "sentTo=2019-01-01T00:00:00Z",
    ] {
        let body = problem(app.get(&format!("/v1/letters?{query}")).await, 400).await;
        let name = query.split('=').next().unwrap();
        assert_eq!(invalid_fields(&body), vec![name], "{query}: {body}");
    }
    let body = problem(
        app.get("/v1/letters?sentFrom=2019-1-1&sentTo=10000-01-01&colour=red")
            .await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body), vec!["colour", "sentFrom", "sentTo"]);
    assert_eq!(
        app.get("/v1/letters?sentFrom=0001-01-01&sentTo=9999-12-31")
            .await
            .status(),
        200
    );

    // Date-times are RFC 3339: a `T`, seconds and an offset.
    for bad in [
        "2026-01-01%2010:00:00Z",
        "2026-01-01T10:00:00",
        "2026-01-01T10:00Z",
        "2026-01-01T10:00:00%2B0100",
        "%2B99999-01-01T00:00:00Z",
        "2026-01-01",
    ] {
        let response = app
            .write(Method::GET, &format!("/v1/audit-events?from={bad}"))
            .send()
            .await
            .unwrap();
        let body = problem(response, 400).await;
        assert_eq!(invalid_fields(&body), vec!["from"], "{bad}: {body}");
    }
    for good in ["2026-01-01T10:00:00Z", "2026-01-01T10:00:00.5%2B01:00"] {
        let response = app
            .write(Method::GET, &format!("/v1/audit-events?from={good}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{good}");
    }
}

#[actix_web::test]
async fn nul_and_control_characters_are_refused_alike_on_every_backend() {
    let app = with_covenants(&["textile"]).await;
    // In a query parameter: 400 naming it.
    for query in [
        "code=%00",
        "code=text%00ile",
        "code=%07",
        "code=%C2%85",
        "co%00de=textile",
    ] {
        let body = problem(app.get(&format!("/v1/sectors?{query}")).await, 400).await;
        assert_eq!(invalid_fields(&body).len(), 1, "{query}: {body}");
        assert!(details(&body)[0].contains("control characters"), "{body}");
    }
    let body = problem(app.get("/v1/sectors?code=%00").await, 400).await;
    assert_eq!(invalid_fields(&body), vec!["code"]);

    // In a path: no resource is named so, whatever the method.
    for path in [
        "/v1/covenants/%00",
        "/v1/covenants/text%00ile",
        "/v1/sectors/%00",
        "/v1/covenants/%1B",
    ] {
        problem(app.get(path).await, 404).await;
        for method in [Method::PUT, Method::PATCH, Method::DELETE] {
            let response = send_raw(&app, method.clone(), path, "application/json", "{}").await;
            problem(response, 404).await;
        }
    }

    // In a body: 400 naming the member, in a merge patch as in a whole body.
    let path = "/v1/covenants/textile";
    let before = json_of(&app, path).await;
    for summary in [
        "a\u{0}b",
        "\u{0}",
        "bell\u{7}",
        "escape\u{1b}[31m",
        "next line\u{85}",
    ] {
        let response = app
            .send_json(Method::PATCH, path, &json!({"summary": summary}))
            .await;
        let body = problem(response, 400).await;
        assert_eq!(
            invalid_fields(&body),
            vec!["#/summary"],
            "{summary:?}: {body}"
        );
    }
    let body = problem(
        app.post_json(
            "/v1/sectors",
            &json!({"code": "gold", "nameNl": "Goud\u{0}", "nameEn": "Gold", "\u{0}": 1}),
        )
        .await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body), vec!["#/nameNl", "#/\u{0}"], "{body}");
    assert_eq!(json_of(&app, path).await, before);

    // Tab and line breaks are text, where a field takes prose.
    let prose = "Line one\r\n\tLine two\n";
    let response = app
        .send_json(Method::PATCH, path, &json!({"summary": prose}))
        .await;
    assert_eq!(response.status(), 200);

    // What is stored afterwards is the same on every backend.
    let after = json_of(&app, path).await;
    assert_eq!(after["summary"], prose);
    assert_eq!(after["titleNl"], before["titleNl"]);
    let sectors = json_of(&app, "/v1/sectors").await;
    let codes: Vec<&str> = sectors["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["textile"]);
    let audit = app
        .write(Method::GET, "/v1/audit-events?resourceType=covenant")
        .send()
        .await
        .unwrap();
    let audit: Value = audit.json().await.unwrap();
    assert_eq!(
        audit["page"]["totalItems"], 2,
        "the create and the one patch"
    );
}

#[actix_web::test]
async fn integer_fields_take_integer_valued_numbers() {
    let app = spawn_app().await;
    let organisation = company(&app, "Koninklijke Ahold Delhaize N.V.").await;
    let path = format!("/v1/organisations/{organisation}/size-facts");
    let created = app
        .create(
            &path,
            &json!({"year": 2018.0, "employees": 362879.0, "totalAssetsEur": 4.0e10,
                    "netTurnoverEur": 62_800_000_000_i64, "source": "Annual Report 2018"}),
        )
        .await;
    assert_eq!(created["year"], 2018);
    assert_eq!(created["employees"], 362_879);
    assert!(created["employees"].is_i64() || created["employees"].is_u64());
    assert_eq!(created["totalAssetsEur"], 40_000_000_000_i64);

    let updated = app
        .send_json(
            Method::PATCH,
            &format!("{path}/2018"),
            &json!({"employees": 1000.0}),
        )
        .await;
    assert_eq!(updated.status(), 200);
    assert_eq!(updated.json::<Value>().await.unwrap()["employees"], 1000);

    // A fraction is not an integer; nor is a number past 64 bits.
    let body = problem(
        app.send_json(
            Method::PATCH,
            &format!("{path}/2018"),
            &json!({"employees": 1.5, "totalAssetsEur": 1e20}),
        )
        .await,
        400,
    )
    .await;
    assert_eq!(
        invalid_fields(&body),
        vec!["#/employees", "#/totalAssetsEur"],
        "{body}"
    );
    assert_eq!(
        json_of(&app, &format!("{path}/2018")).await["employees"],
        1000
    );

    // A number beyond a double's range is not JSON this API reads.
    let response = send_raw(
        &app,
        Method::PATCH,
        &format!("{path}/2018"),
        "application/merge-patch+json",
        r#"{"employees": 1e400}"#,
    )
    .await;
    problem(response, 400).await;
}

#[actix_web::test]
async fn a_ratio_whose_quotient_is_not_finite_is_refused() {
    let app = with_covenants(&["textile"]).await;
    app.create(
        "/v1/indicators",
        &json!({"code": "market-coverage", "nameNl": "Marktdekking", "nameEn": "Market coverage",
                "unit": "ratio", "direction": "higherIsBetter"}),
    )
    .await;
    let response = app
        .post_json(
            "/v1/measurements",
            &json!({"indicator": "market-coverage", "covenant": "textile", "value": 0.5,
                    "numerator": 1e308, "denominator": 1e-308, "measuredOn": "2018-06-30",
                    "sourceUrl": "https://www.imvoconvenanten.nl"}),
        )
        .await;
    let body = problem(response, 400).await;
    assert!(!invalid_fields(&body).is_empty(), "{body}");
    assert_eq!(
        json_of(&app, "/v1/measurements").await["page"]["totalItems"],
        0
    );
}

#[actix_web::test]
async fn error_lists_are_capped_for_parameters_as_for_bodies() {
    let app = spawn_app().await;
    let response = app
        .get(&format!("/v1/sectors?sort={}", ",".repeat(8_000)))
        .await;
    let text_length = response.content_length();
    let body = problem(response, 400).await;
    assert_eq!(invalid_fields(&body).len(), 50);
    assert!(
        body["detail"].as_str().unwrap().contains("the first 50"),
        "{body}"
    );
    assert!(
        text_length.is_none_or(|n| n < 20_000),
        "{text_length:?} bytes"
    );
    assert!(body.to_string().len() < 20_000);

    let unknown: Vec<String> = (0..1_000).map(|i| format!("p{i}=x")).collect();
    let body = problem(
        app.get(&format!("/v1/sectors?{}", unknown.join("&"))).await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body).len(), 50);

    // A body's list is capped alike.
    let many = vec!["\u{0}"; 500];
    let body = problem(
        app.post_json(
            "/v1/sectors",
            &json!({"code": "gold", "nameNl": "Goud", "nameEn": many}),
        )
        .await,
        400,
    )
    .await;
    assert_eq!(invalid_fields(&body).len(), 50);
    assert_eq!(invalid_fields(&body)[0], "#/nameEn/0");
}

/// Sends `head` and then `body` after `pause` on a raw connection; answers
/// the response's text and how long it took.
async fn raw_exchange(
    app: &TestApp,
    head: String,
    body: &'static str,
    pause: Duration,
) -> (String, Duration) {
    let address = app.address.trim_start_matches("http://").to_owned();
    actix_web::rt::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).expect("a connection");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("a read timeout");
        let started = Instant::now();
        stream.write_all(head.as_bytes()).expect("the head is sent");
        std::thread::sleep(pause);
        stream.write_all(body.as_bytes()).expect("the body is sent");
        let mut response = Vec::new();
        // The server closes the connection after answering.
        let _ = stream.read_to_end(&mut response);
        (
            String::from_utf8_lossy(&response).into_owned(),
            started.elapsed(),
        )
    })
    .await
    .expect("the exchange ran")
}

fn post_head(app: &TestApp, length: usize) -> String {
    format!(
        "POST /v1/sectors HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n",
        app.admin_token
    )
}

#[actix_web::test]
async fn a_body_that_does_not_arrive_in_time_gets_408() {
    let app = spawn_app().await;
    let (response, took) = raw_exchange(&app, post_head(&app, 100), "", Duration::ZERO).await;
    assert!(response.starts_with("HTTP/1.1 408"), "{response}");
    assert!(
        took >= Duration::from_secs(9) && took < Duration::from_secs(20),
        "{took:?}"
    );
    let lower = response.to_ascii_lowercase();
    assert!(
        lower.contains("content-type: application/problem+json"),
        "{response}"
    );
    assert!(
        lower.contains("x-content-type-options: nosniff"),
        "{response}"
    );
    assert!(lower.contains("connection: close"), "{response}");
    assert!(response.contains(r#""status":408"#), "{response}");
    assert!(
        response.contains(r#""instance":"/v1/sectors""#),
        "{response}"
    );
    assert_eq!(json_of(&app, "/v1/sectors").await["page"]["totalItems"], 0);

    // A body that is merely slow to start is read as usual.
    let body = r#"{"code":"gold","nameNl":"Goud","nameEn":"Gold"}"#;
    let (response, _) = raw_exchange(
        &app,
        post_head(&app, body.len()),
        body,
        Duration::from_secs(1),
    )
    .await;
    assert!(response.starts_with("HTTP/1.1 201"), "{response}");
}

#[actix_web::test]
async fn repeated_members_of_a_json_body_are_refused() {
    let app = with_covenants(&["textile"]).await;
    let response = send_raw(
        &app,
        Method::POST,
        "/v1/sectors",
        "application/json",
        r#"{"code":"gold","code":"wood","nameNl":"Goud","nameEn":"Gold"}"#,
    )
    .await;
    let body = problem(response, 400).await;
    assert_eq!(invalid_fields(&body), vec!["#/code"]);
    assert!(details(&body)[0].contains("more than once"), "{body}");

    let before = json_of(&app, "/v1/covenants/textile").await;
    let response = send_raw(
        &app,
        Method::PATCH,
        "/v1/covenants/textile",
        "application/merge-patch+json",
        r#"{"summary":"One.","facilitator":"SER","summary":"Two.","summary":"Three."}"#,
    )
    .await;
    let body = problem(response, 400).await;
    assert_eq!(
        invalid_fields(&body),
        vec!["#/summary"],
        "reported once: {body}"
    );
    assert_eq!(json_of(&app, "/v1/covenants/textile").await, before);

    let response = send_raw(
        &app,
        Method::POST,
        "/v1/sectors",
        "application/json",
        r#"{"code":"gold","nameNl":"Goud","nameEn":"Gold","x":{"a/b":1,"a/b":2}}"#,
    )
    .await;
    let body = problem(response, 400).await;
    assert_eq!(invalid_fields(&body), vec!["#/x/a~1b"]);
    assert_eq!(json_of(&app, "/v1/sectors").await["page"]["totalItems"], 1);
    assert!(header(&app.get("/v1/sectors").await, "etag").starts_with('"'));
}

/// Heads too large to serve are refused with a problem document carrying
/// the usual security headers, not the HTTP layer's bare answer.
#[actix_web::test]
async fn oversized_request_heads_get_problem_documents() {
    let app = spawn_app().await;
    let long_query = format!("/v1/sectors?code={}", "a".repeat(9000));
    let many_fields = (0..70).fold(app.request(Method::GET, "/v1/sectors"), |request, i| {
        request.header(format!("x-field-{i}"), "1")
    });
    let large_field = app
        .request(Method::GET, "/v1/sectors")
        .header("x-large", "b".repeat(20_000));
    let cases = [
        (app.request(Method::GET, &long_query), 414, "8192"),
        (many_fields, 431, "at most 64 fields"),
        (large_field, 431, "16384 bytes in all"),
    ];
    for (request, status, says) in cases {
        let response = request.send().await.unwrap();
        assert_eq!(header(&response, "x-content-type-options"), "nosniff");
        assert_eq!(header(&response, "x-frame-options"), "DENY");
        let problem = problem(response, status).await;
        let detail = problem["detail"].as_str().unwrap();
        assert!(detail.contains(says), "{status}: {detail}");
    }
    let served = app
        .get(&format!("/v1/motions?dossier={}", "a".repeat(40)))
        .await;
    assert_eq!(served.status(), 200, "an ordinary request still passes");
}
