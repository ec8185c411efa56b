//! Token verification as configured: the algorithm and key come from the
//! settings, never from the token's header.

use jsonwebtoken::errors::{Error, ErrorKind};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};

use crate::auth::public_key::public_key;
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
            // A string or an array holding it (RFC 7519 4.1.3).
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
        let algorithm = config.algorithm.algorithm();
        let key = match config.algorithm {
            JwtAlgorithm::Hs256 => config
                .secret
                .as_ref()
                .map(|s| DecodingKey::from_secret(s.expose().as_bytes())),
            JwtAlgorithm::Rs256 | JwtAlgorithm::Es256 => config
                .public_key_pem
                .as_deref()
                .map(|pem| public_key(algorithm, pem))
                .transpose()?,
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

    /// Checks the header (`crit`), signature, algorithm, expiry, not-before,
    /// issuer, audience and subject.
    pub fn verify(&self, token: &str) -> Result<Claims, Refusal> {
        let Some(key) = &self.key else {
            return Err(Refusal(
                "this deployment has no token verification key configured, so it accepts no tokens"
                    .into(),
            ));
        };
        // RFC 7515 4.1.11: this service understands no extension, so a token
        // that marks any as critical must be refused (jsonwebtoken ignores it).
        let header = jsonwebtoken::decode_header(token).map_err(refusal)?;
        if header.crit.is_some() {
            return Err(Refusal(
                "the token's header lists critical extensions (crit) this service does not support"
                    .into(),
            ));
        }
        let claims = jsonwebtoken::decode::<Claims>(token, key, &self.validation)
            .map_err(refusal)?
            .claims;
        // The subject is who the audit trail records as acting.
        if claims.sub.trim().is_empty() {
            return Err(Refusal("the token's subject (sub) is empty".into()));
        }
        if claims.sub.chars().any(char::is_control) {
            return Err(Refusal(
                "the token's subject (sub) contains control characters".into(),
            ));
        }
        Ok(claims)
    }
}

fn refusal(e: Error) -> Refusal {
    Refusal(match e.kind() {
        ErrorKind::ExpiredSignature => "the token has expired".to_owned(),
        ErrorKind::ImmatureSignature => "the token is not valid yet (nbf)".to_owned(),
        ErrorKind::InvalidIssuer => "the token's issuer (iss) is not accepted".to_owned(),
        ErrorKind::InvalidAudience => "the token's audience (aud) is not accepted".to_owned(),
        ErrorKind::InvalidSignature => "the token's signature is not valid".to_owned(),
        ErrorKind::InvalidAlgorithm => {
            "the token is not signed with the algorithm this service accepts".to_owned()
        }
        ErrorKind::MissingRequiredClaim(claim) => format!("the token lacks the `{claim}` claim"),
        _ => "the token is malformed or its claims are not valid".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn public_keys_load() {
        assert!(public_key(Algorithm::RS256, &fixture("test-rsa-public.pem")).is_ok());
        assert!(public_key(Algorithm::ES256, &fixture("test-ec-public.pem")).is_ok());
    }

    #[test]
    fn a_private_key_is_refused_with_a_message_that_says_so() {
        for (algorithm, file) in [
            (Algorithm::RS256, "test-rsa-private.pem"),
            (Algorithm::ES256, "test-ec-private.pem"),
        ] {
            let error = public_key(algorithm, &fixture(file))
                .err()
                .unwrap_or_default();
            assert!(error.contains("holds a private key"), "{file}: {error}");
        }
        let pkcs1 = b"-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n";
        let error = public_key(Algorithm::RS256, pkcs1)
            .err()
            .unwrap_or_default();
        assert!(
            error.contains("`-----BEGIN RSA PRIVATE KEY-----`"),
            "{error}"
        );
    }

    #[test]
    fn a_key_of_the_other_algorithm_or_garbage_is_refused() {
        let ec_as_rsa = public_key(Algorithm::RS256, &fixture("test-ec-public.pem"));
        assert!(
            ec_as_rsa
                .err()
                .unwrap_or_default()
                .contains("not an RSA public key")
        );
        let rsa_as_ec = public_key(Algorithm::ES256, &fixture("test-rsa-public.pem"));
        assert!(
            rsa_as_ec
                .err()
                .unwrap_or_default()
                .contains("not an EC P-256 public key")
        );
        let garbage = b"-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----\n";
        assert!(public_key(Algorithm::RS256, garbage).is_err());
        assert!(public_key(Algorithm::ES256, garbage).is_err());
    }
}
