//! Signing as the Standard Webhooks specification says: the secret is
//! `whsec_` and the base64 of the key; a message is signed with
//! HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{body}`, sent as
//! `webhook-signature: v1,<base64 of the MAC>`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

const PREFIX: &str = "whsec_";
/// The specification asks for 24 to 64 bytes of key.
const KEY_BYTES: std::ops::RangeInclusive<usize> = 24..=64;

/// The key of a subscription's secret.
pub struct SigningKey(Vec<u8>);

impl SigningKey {
    /// The key a `whsec_...` secret holds, or why it is no such secret.
    pub fn parse(secret: &str) -> Result<Self, String> {
        let why = || {
            format!(
                "must be `{PREFIX}` followed by the base64 of {} to {} random bytes",
                KEY_BYTES.start(),
                KEY_BYTES.end()
            )
        };
        let encoded = secret.strip_prefix(PREFIX).ok_or_else(why)?;
        let key = STANDARD.decode(encoded).map_err(|_| why())?;
        if !KEY_BYTES.contains(&key.len()) {
            return Err(why());
        }
        Ok(Self(key))
    }

    /// The `webhook-signature` header of a message.
    pub fn sign(&self, webhook_id: &str, timestamp: i64, body: &[u8]) -> String {
        // HMAC takes a key of any length.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            unreachable!("HMAC accepts every key length")
        };
        mac.update(webhook_id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Standard Webhooks reference libraries.
    #[test]
    fn signs_as_the_reference_implementation() {
        let key = SigningKey::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let body = br#"{"test": 2432232314}"#;
        assert_eq!(
            key.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn refuses_what_is_no_secret() {
        for bad in [
            "",
            "whsec_",
            "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "whsec_short",
            "whsec_!!!!",
        ] {
            assert!(SigningKey::parse(bad).is_err(), "{bad}");
        }
    }
}
