//! Access control: one test per way of getting in without the right.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use imvo_tracker::auth::Role;
use imvo_tracker::config::{AuthConfig, JwtAlgorithm};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::{Method, Response};
use serde_json::{Value, json};

use crate::helpers::{
    TEST_SECRET, TestApp, hs256_auth, now, problem, sign_hs256, spawn_app, spawn_app_with_auth,
    token,
};

const RSA_PUBLIC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/test-rsa-public.pem"
);
const RSA_PRIVATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/test-rsa-private.pem"
);
const EC_PUBLIC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/test-ec-public.pem"
);
const EC_PRIVATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/test-ec-private.pem"
);

fn gold() -> Value {
    json!({"code": "gold", "nameNl": "Goud", "nameEn": "Gold"})
}

fn claims(role: &str) -> Value {
    json!({"sub": "tester", "role": role, "exp": now() + 600})
}

async fn create_with(app: &TestApp, authorization: Option<&str>) -> Response {
    let mut request = app
        .request(Method::POST, "/v1/sectors")
        .header("content-type", "application/json")
        .body(gold().to_string());
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    request.send().await.unwrap()
}

/// Asserts a 401 with a Bearer challenge, and that nothing was stored.
async fn refused(app: &TestApp, response: Response, invalid_token: bool) -> Value {
    let challenge = crate::helpers::header(&response, "www-authenticate");
    assert!(
        challenge.starts_with("Bearer realm=\"imvo-tracker\""),
        "{challenge}"
    );
    assert_eq!(
        challenge.contains("error=\"invalid_token\""),
        invalid_token,
        "{challenge}"
    );
    let body = problem(response, 401).await;
    problem(app.get("/v1/sectors/gold").await, 404).await;
    body
}

#[actix_web::test]
async fn a_write_without_a_token_is_401() {
    let app = spawn_app().await;
    let response = create_with(&app, None).await;
    refused(&app, response, false).await;
}

#[actix_web::test]
async fn a_malformed_token_is_401() {
    let app = spawn_app().await;
    for authorization in [
        "Bearer",
        "Bearer not-a-jwt",
        "Bearer a.b.c",
        "Basic dXNlcjpwYXNz",
        "token",
    ] {
        let response = create_with(&app, Some(authorization)).await;
        refused(&app, response, true).await;
    }
}

#[actix_web::test]
async fn an_unsigned_alg_none_token_is_401() {
    let app = spawn_app().await;
    let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(claims("admin").to_string());
    for unsigned in [
        format!("{header}.{payload}."),
        format!("{header}.{payload}"),
    ] {
        let response = create_with(&app, Some(&format!("Bearer {unsigned}"))).await;
        refused(&app, response, true).await;
    }
}

#[actix_web::test]
async fn a_token_with_a_wrong_signature_is_401() {
    let app = spawn_app().await;
    let forged = sign_hs256(&claims("admin"), b"another-secret-that-is-also-long-enough");
    refused(
        &app,
        create_with(&app, Some(&format!("Bearer {forged}"))).await,
        true,
    )
    .await;
    let genuine = token(Role::Admin, &[]);
    let (body, signature) = genuine.rsplit_once('.').unwrap();
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    let tampered = format!("{body}.{flipped}{}", &signature[1..]);
    refused(
        &app,
        create_with(&app, Some(&format!("Bearer {tampered}"))).await,
        true,
    )
    .await;
}

#[actix_web::test]
async fn an_expired_or_not_yet_valid_token_is_401() {
    let app = spawn_app().await;
    let mut expired = claims("admin");
    expired["exp"] = json!(now() - 120);
    let mut early = claims("admin");
    early["nbf"] = json!(now() + 3600);
    let mut no_exp = claims("admin");
    no_exp.as_object_mut().unwrap().remove("exp");
    let mut no_sub = claims("admin");
    no_sub.as_object_mut().unwrap().remove("sub");
    for (claims, reason) in [
        (expired, "expired"),
        (early, "not valid yet"),
        (no_exp, "exp"),
        (no_sub, "sub"),
    ] {
        let token = sign_hs256(&claims, TEST_SECRET.as_bytes());
        let body = refused(
            &app,
            create_with(&app, Some(&format!("Bearer {token}"))).await,
            true,
        )
        .await;
        assert!(body["detail"].as_str().unwrap().contains(reason), "{body}");
    }
}

#[actix_web::test]
async fn an_unknown_role_is_401() {
    let app = spawn_app().await;
    let token = sign_hs256(&claims("superuser"), TEST_SECRET.as_bytes());
    refused(
        &app,
        create_with(&app, Some(&format!("Bearer {token}"))).await,
        true,
    )
    .await;
}

#[actix_web::test]
async fn issuer_and_audience_are_checked_when_configured() {
    let app = spawn_app_with_auth(AuthConfig {
        issuer: Some("https://idp.example.nl".into()),
        audience: Some("imvo-tracker".into()),
        ..hs256_auth()
    })
    .await;
    let with = |iss: Option<&str>, aud: Option<&str>| {
        let mut claims = claims("admin");
        if let Some(iss) = iss {
            claims["iss"] = json!(iss);
        }
        if let Some(aud) = aud {
            claims["aud"] = json!(aud);
        }
        format!("Bearer {}", sign_hs256(&claims, TEST_SECRET.as_bytes()))
    };
    for (iss, aud) in [
        (Some("https://evil.example.com"), Some("imvo-tracker")),
        (Some("https://idp.example.nl"), Some("another-api")),
        (None, Some("imvo-tracker")),
        (Some("https://idp.example.nl"), None),
    ] {
        refused(&app, create_with(&app, Some(&with(iss, aud))).await, true).await;
    }
    let accepted = create_with(
        &app,
        Some(&with(Some("https://idp.example.nl"), Some("imvo-tracker"))),
    )
    .await;
    assert_eq!(accepted.status(), 201);
}

fn rs256_auth() -> AuthConfig {
    AuthConfig {
        algorithm: JwtAlgorithm::Rs256,
        secret: None,
        public_key_pem: Some(std::fs::read(RSA_PUBLIC).unwrap()),
        ..hs256_auth()
    }
}

#[actix_web::test]
async fn rs256_tokens_verify_with_the_public_key_and_refuse_algorithm_confusion() {
    let app = spawn_app_with_auth(rs256_auth()).await;
    let public_pem = std::fs::read(RSA_PUBLIC).unwrap();
    // The classic attack: HS256 "signed" with the public key as the secret.
    let confused = sign_hs256(&claims("admin"), &public_pem);
    refused(
        &app,
        create_with(&app, Some(&format!("Bearer {confused}"))).await,
        true,
    )
    .await;
    // And a token with our old HS256 secret is worthless here.
    let hs = sign_hs256(&claims("admin"), TEST_SECRET.as_bytes());
    refused(
        &app,
        create_with(&app, Some(&format!("Bearer {hs}"))).await,
        true,
    )
    .await;

    let key = EncodingKey::from_rsa_pem(&std::fs::read(RSA_PRIVATE).unwrap()).unwrap();
    let genuine =
        jsonwebtoken::encode(&Header::new(Algorithm::RS256), &claims("admin"), &key).unwrap();
    assert_eq!(
        create_with(&app, Some(&format!("Bearer {genuine}")))
            .await
            .status(),
        201
    );
}

#[actix_web::test]
async fn es256_tokens_verify_with_the_public_key() {
    let app = spawn_app_with_auth(AuthConfig {
        algorithm: JwtAlgorithm::Es256,
        secret: None,
        public_key_pem: Some(std::fs::read(EC_PUBLIC).unwrap()),
        ..hs256_auth()
    })
    .await;
    let key = EncodingKey::from_ec_pem(&std::fs::read(EC_PRIVATE).unwrap()).unwrap();
    let genuine =
        jsonwebtoken::encode(&Header::new(Algorithm::ES256), &claims("admin"), &key).unwrap();
    assert_eq!(
        create_with(&app, Some(&format!("Bearer {genuine}")))
            .await
            .status(),
        201
    );
    let rsa = EncodingKey::from_rsa_pem(&std::fs::read(RSA_PRIVATE).unwrap()).unwrap();
    let wrong =
        jsonwebtoken::encode(&Header::new(Algorithm::RS256), &claims("admin"), &rsa).unwrap();
    problem(
        create_with(&app, Some(&format!("Bearer {wrong}"))).await,
        401,
    )
    .await;
}

#[actix_web::test]
async fn readers_and_secretariats_may_not_write_sectors() {
    let app = spawn_app().await;
    app.create_sector("textile").await;
    for token in [
        token(Role::Reader, &[]),
        token(Role::Secretariat, &["textile"]),
    ] {
        let bearer = format!("Bearer {token}");
        problem(create_with(&app, Some(&bearer)).await, 403).await;
        for (method, path) in [
            (Method::PUT, "/v1/sectors/textile"),
            (Method::PATCH, "/v1/sectors/textile"),
            (Method::DELETE, "/v1/sectors/textile"),
            // Refused before any lookup: a 403, not a 404, for what does not exist.
            (Method::PUT, "/v1/sectors/does-not-exist"),
            (Method::DELETE, "/v1/sectors/does-not-exist"),
        ] {
            let response = app
                .request(method.clone(), path)
                .header("authorization", &bearer)
                .header("content-type", "application/json")
                .body(json!({"code": "textile", "nameNl": "X", "nameEn": "X"}).to_string())
                .send()
                .await
                .unwrap();
            problem(response, 403).await;
        }
    }
    let stored: Value = app.get("/v1/sectors/textile").await.json().await.unwrap();
    assert_eq!(stored["nameEn"], "Sector textile", "nothing changed");
}

#[actix_web::test]
async fn a_role_or_covenant_list_in_the_body_grants_nothing() {
    let app = spawn_app().await;
    let smuggled = json!({
        "code": "gold", "nameNl": "Goud", "nameEn": "Gold",
        "role": "admin", "covenants": ["gold"], "sub": "minister"
    });
    let reader = app
        .request(Method::POST, "/v1/sectors")
        .bearer_auth(token(Role::Reader, &[]))
        .header("content-type", "application/json")
        .body(smuggled.to_string())
        .send()
        .await
        .unwrap();
    problem(reader, 403).await;
    let admin = app.post_json("/v1/sectors", &smuggled).await;
    let body = problem(admin, 400).await;
    let mut fields = crate::helpers::invalid_fields(&body);
    fields.sort();
    assert_eq!(fields, vec!["#/covenants", "#/role", "#/sub"]);
    problem(app.get("/v1/sectors/gold").await, 404).await;
}

#[actix_web::test]
async fn reads_are_public_unless_configured_otherwise() {
    let app = spawn_app().await;
    assert_eq!(app.get("/v1/sectors").await.status(), 200);
    let expired = sign_hs256(
        &json!({"sub": "x", "role": "reader", "exp": now() - 600}),
        TEST_SECRET.as_bytes(),
    );
    let response = app
        .request(Method::GET, "/v1/sectors")
        .bearer_auth(expired)
        .send()
        .await
        .unwrap();
    problem(response, 401).await;

    let closed = spawn_app_with_auth(AuthConfig {
        reads_require_token: true,
        ..hs256_auth()
    })
    .await;
    problem(closed.get("/v1/sectors").await, 401).await;
    problem(closed.get("/v1/sectors/textile").await, 401).await;
    let reader = closed
        .request(Method::GET, "/v1/sectors")
        .bearer_auth(token(Role::Reader, &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(reader.status(), 200);
    for public in ["/v1/openapi.json", "/v1/health/live", "/v1/health/ready"] {
        assert_eq!(closed.get(public).await.status(), 200, "{public}");
    }
    let document: Value = closed.get("/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(
        document["paths"]["/sectors"]["get"]["security"],
        json!([{"bearerAuth": []}])
    );
    assert!(document["paths"]["/sectors"]["get"]["responses"]["401"].is_object());
}

#[actix_web::test]
async fn without_a_verification_key_writes_are_refused() {
    let app = spawn_app_with_auth(AuthConfig {
        secret: None,
        ..hs256_auth()
    })
    .await;
    assert_eq!(app.get("/v1/sectors").await.status(), 200);
    let body = refused(&app, app.post_json("/v1/sectors", &gold()).await, true).await;
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("no token verification key")
    );
}

#[actix_web::test]
async fn the_document_declares_the_security_of_every_write() {
    let document = serde_json::to_value(imvo_tracker::openapi::document()).unwrap();
    assert_eq!(
        document["components"]["securitySchemes"]["bearerAuth"]["scheme"],
        "bearer"
    );
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let secured = operation.get("security").is_some();
            if method != "get"
                || path.starts_with("/audit-events")
                || path.starts_with("/webhook-subscriptions")
            {
                assert!(secured, "{method} {path} declares its security");
                for status in ["401", "403"] {
                    assert!(
                        operation["responses"][status].is_object(),
                        "{method} {path} documents {status}"
                    );
                }
            } else {
                assert!(!secured, "{method} {path} is a public read");
            }
        }
    }
}
