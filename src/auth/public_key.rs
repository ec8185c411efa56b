//! The verification key of `JWT_PUBLIC_KEY_FILE`, checked whole when the
//! settings are read (apart from the verifier, so that the settings need
//! nothing else of `auth`).

use jsonwebtoken::errors::Error;
use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{Algorithm, DecodingKey};

/// The key of `JWT_PUBLIC_KEY_FILE` (PEM) for `algorithm`, checked whole at
/// start: jsonwebtoken takes an RSA private key, or a malformed public one,
/// and would then refuse every token.
pub fn public_key(algorithm: Algorithm, pem: &[u8]) -> Result<DecodingKey, String> {
    let text = String::from_utf8_lossy(pem);
    let mut labels = text.lines().filter_map(|line| {
        line.trim()
            .strip_prefix("-----BEGIN ")?
            .strip_suffix("-----")
    });
    if let Some(label) = labels.find(|label| label.contains("PRIVATE KEY")) {
        return Err(format!(
            "JWT_PUBLIC_KEY_FILE holds a private key (`-----BEGIN {label}-----`); it must hold \
             the public key only (derive it with `openssl pkey -in KEY -pubout`): the private \
             key belongs with whoever signs the tokens"
        ));
    }
    let (key, kind) = match algorithm {
        Algorithm::RS256 => (DecodingKey::from_rsa_pem(pem), "an RSA"),
        Algorithm::ES256 => (DecodingKey::from_ec_pem(pem), "an EC P-256"),
        other => return Err(format!("{other:?} tokens are not verified with a key file")),
    };
    let not_a_key = |e: Error| format!("JWT_PUBLIC_KEY_FILE is not {kind} public key in PEM: {e}");
    let key = key.map_err(not_a_key)?;
    // Reading it as a JWK parses an RSA key; a trial verification parses an
    // EC point on its curve. Either fails on what no token could match.
    Jwk::from_decoding_key(&key, Some(algorithm))
        .and_then(|_| jsonwebtoken::crypto::verify("", b"", &key, algorithm))
        .map_err(not_a_key)?;
    Ok(key)
}
