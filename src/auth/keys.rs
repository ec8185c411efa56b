//! Token verification as configured: the algorithm and key come from the
//! settings, never from the token's header.

use jsonwebtoken::{Algorithm, DecodingKey, Validation};

use crate::auth::token::Claims;
use crate::config::{AuthConfig, JwtAlgorithm};

/// Verifies bearer tokens; built once at start.
#[derive(Clone)]
pub struct Authenticator {
    key: Option<DecodingKey>,
    validation: Validation,
    /// Whether reads need a valid token too.
    pub reads_require_token: bool,
}

/// Why a token was refused (the 401's detail).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl Authenticator {
    /// `key` is `None` when the deployment has no verification key: then no
    /// token is valid and every write is refused.
    pub fn new(
        algorithm: Algorithm,
        key: Option<DecodingKey>,
        issuer: Option<&str>,
        audience: Option<&str>,
        leeway_seconds: u64,
        reads_require_token: bool,
    ) -> Self {
        let mut validation = Validation::new(algorithm);
        validation.algorithms = vec![algorithm];
        validation.leeway = leeway_seconds;
        validation.validate_nbf = true;
        let mut required = vec!["exp", "sub"];
        if let Some(issuer) = issuer {
            validation.set_issuer(&[issuer]);
            required.push("iss");
        }
        match audience {
            Some(audience) => {
                validation.set_audience(&[audience]);
                required.push("aud");
            }
            None => validation.validate_aud = false,
        }
        validation.set_required_spec_claims(&required);
        Self {
            key,
            validation,
            reads_require_token,
        }
    }

    /// The verifier the settings describe; fails on a key that does not parse.
    pub fn from_config(config: &AuthConfig) -> Result<Self, String> {
        let (algorithm, key) = match config.algorithm {
            JwtAlgorithm::Hs256 => (
                Algorithm::HS256,
                config
                    .secret
                    .as_ref()
                    .map(|s| DecodingKey::from_secret(s.expose().as_bytes())),
            ),
            JwtAlgorithm::Rs256 => (
                Algorithm::RS256,
                config
                    .public_key_pem
                    .as_deref()
                    .map(DecodingKey::from_rsa_pem)
                    .transpose()
                    .map_err(|e| {
                        format!("JWT_PUBLIC_KEY_FILE is not an RSA public key in PEM: {e}")
                    })?,
            ),
            JwtAlgorithm::Es256 => (
                Algorithm::ES256,
                config
                    .public_key_pem
                    .as_deref()
                    .map(DecodingKey::from_ec_pem)
                    .transpose()
                    .map_err(|e| {
                        format!("JWT_PUBLIC_KEY_FILE is not an EC public key in PEM: {e}")
                    })?,
            ),
        };
        Ok(Self::new(
            algorithm,
            key,
            config.issuer.as_deref(),
            config.audience.as_deref(),
            config.leeway_seconds,
            config.reads_require_token,
        ))
    }

    /// Checks signature, algorithm, expiry, not-before, issuer and audience.
    pub fn verify(&self, token: &str) -> Result<Claims, Refusal> {
        let Some(key) = &self.key else {
            return Err(Refusal(
                "this deployment has no token verification key configured, so it accepts no tokens"
                    .into(),
            ));
        };
        jsonwebtoken::decode::<Claims>(token, key, &self.validation)
            .map(|data| data.claims)
            .map_err(|e| {
                use jsonwebtoken::errors::ErrorKind;
                let reason = match e.kind() {
                    ErrorKind::ExpiredSignature => "the token has expired".to_owned(),
                    ErrorKind::ImmatureSignature => "the token is not valid yet (nbf)".to_owned(),
                    ErrorKind::InvalidIssuer => {
                        "the token's issuer (iss) is not accepted".to_owned()
                    }
                    ErrorKind::InvalidAudience => {
                        "the token's audience (aud) is not accepted".to_owned()
                    }
                    ErrorKind::InvalidSignature => "the token's signature is not valid".to_owned(),
                    ErrorKind::InvalidAlgorithm => {
                        "the token is not signed with the algorithm this service accepts".to_owned()
                    }
                    ErrorKind::MissingRequiredClaim(claim) => {
                        format!("the token lacks the `{claim}` claim")
                    }
                    _ => "the token is malformed or its claims are not valid".to_owned(),
                };
                Refusal(reason)
            })
    }
}
