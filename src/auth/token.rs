//! The claims this API reads from a bearer token, and minting tokens for
//! local use (`imvo-tracker token`).

use std::time::Duration;

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a token allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema, clap::ValueEnum)]
#[schema(as = TokenRole)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The ministry: may write everything and read the audit trail.
    Admin,
    /// A covenant secretariat: may write only the covenants in its
    /// `covenants` claim and what belongs to them.
    Secretariat,
    /// May read (where reads need a token) but never write.
    Reader,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Secretariat => "secretariat",
            Self::Reader => "reader",
        }
    }
}

/// The claims of a bearer token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    /// Who is calling; recorded in the audit trail. (Defaults only so that a
    /// token without it is refused as "lacks `sub`", by the validation.)
    #[serde(default)]
    pub sub: String,
    pub role: Role,
    /// Codes of the covenants a secretariat may write.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub covenants: Vec<String>,
    /// Expiry (seconds since the epoch); required (see `sub`).
    #[serde(default)]
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<Audience>,
}

/// The `aud` claim: one audience, or several (RFC 7519 4.1.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    One(String),
    Many(Vec<String>),
}

/// What `imvo-tracker token` is asked for.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub sub: String,
    pub role: Role,
    pub covenants: Vec<String>,
    pub ttl: Duration,
    pub issuer: Option<String>,
    pub audience: Option<String>,
}

/// Signs an HS256 token with `secret`.
pub fn mint(request: &TokenRequest, secret: &[u8]) -> Result<String, String> {
    let now = chrono::Utc::now().timestamp();
    let ttl = i64::try_from(request.ttl.as_secs())
        .map_err(|_| "the time to live is too long".to_owned())?;
    let claims = Claims {
        sub: request.sub.clone(),
        role: request.role,
        covenants: request.covenants.clone(),
        exp: now + ttl,
        nbf: Some(now),
        iat: Some(now),
        iss: request.issuer.clone(),
        aud: request.audience.clone().map(Audience::One),
    };
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(secret),
    )
    .map_err(|e| format!("cannot sign the token: {e}"))
}
