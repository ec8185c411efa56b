//! The address the service is reached at, which every `_links` href and the
//! served document's `servers` entry are written against: `PUBLIC_BASE_URL`
//! when the deployment sets it, else the scheme and host of each request.
//! Links are built and stored as root-relative paths (`/v1/...`) and made
//! absolute only as a response is written, so a generated client whose
//! server URL ends in `/v1` can follow them as they are.

use std::sync::Arc;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpRequest, ResponseError};

use crate::error::{AppError, FieldError};

/// `PUBLIC_BASE_URL` (without a trailing slash), when set; app data.
#[derive(Debug, Clone)]
pub struct ConfiguredBase(pub Option<Arc<str>>);

/// The base of the request being handled: `PUBLIC_BASE_URL`, or the
/// request's own `http(s)://host[:port]`.
#[derive(Debug, Clone)]
pub struct PublicBase(Arc<str>);

/// The server of the pre-rendered OpenAPI document, replaced per request:
/// the reserved `.invalid` name occurs nowhere else in it.
pub const PLACEHOLDER_BASE: &str = "http://public-base.invalid";

/// The start of every root-relative link in a serialized body: a quote
/// inside a string is escaped, so this can only be the `href` key itself.
const RELATIVE_HREF: &str = r#""href":"/v1/"#;

/// Resolves the base of each request before its handler runs, so a request
/// whose address cannot be written into a link is refused before it changes
/// anything.
pub async fn resolve_public_base(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let Some(base) = base_of(&req) else {
        let error = AppError::Invalid {
            detail: "The address the request was sent to is not a valid http(s) host, so no link can point to it.".into(),
            errors: vec![FieldError::parameter(
                "Host",
                "must be host[:port] (letters, digits, '-', '.') over http or https; so must a proxy's Forwarded, X-Forwarded-Host and X-Forwarded-Proto",
            )],
        };
        return Ok(req.into_response(error.error_response()));
    };
    req.extensions_mut().insert(PublicBase(base));
    next.call(req)
        .await
        .map(ServiceResponse::map_into_boxed_body)
}

/// `PUBLIC_BASE_URL`, else the request's own scheme and host when they can
/// be written into a link.
fn base_of(req: &ServiceRequest) -> Option<Arc<str>> {
    if let Some(ConfiguredBase(Some(base))) = req.app_data::<ConfiguredBase>() {
        return Some(base.clone());
    }
    let info = req.connection_info();
    request_base(info.scheme(), info.host()).map(Arc::from)
}

/// Whether `url` can be `PUBLIC_BASE_URL`: `http(s)://host[:port]`, perhaps
/// with a path (behind a proxy that adds one), and nothing that would need
/// escaping in a JSON string or a link.
pub fn is_base_url(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    let (host, path) = rest.find('/').map_or((rest, ""), |at| rest.split_at(at));
    matches!(scheme, "http" | "https")
        && is_host(host)
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~/".contains(&b))
}

/// `scheme://host`, when the scheme is http(s) and the host a plain
/// `name[:port]` or `[ipv6][:port]`: nothing that could end a JSON string or
/// change where a link points.
fn request_base(scheme: &str, host: &str) -> Option<String> {
    let scheme = scheme.to_ascii_lowercase();
    (matches!(scheme.as_str(), "http" | "https") && is_host(host))
        .then(|| format!("{scheme}://{host}"))
}

fn is_host(host: &str) -> bool {
    let (name_ok, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((address, port)) => (is_ipv6(address), port),
            None => return false,
        },
        None => {
            let (name, port) = host.find(':').map_or((host, ""), |at| host.split_at(at));
            (is_name(name), port)
        }
    };
    name_ok && (port.is_empty() || port.strip_prefix(':').is_some_and(is_port))
}

fn is_name(name: &str) -> bool {
    (1..=253).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

fn is_ipv6(address: &str) -> bool {
    (2..=45).contains(&address.len())
        && address
            .bytes()
            .all(|b| b.is_ascii_hexdigit() || b":.".contains(&b))
}

fn is_port(digits: &str) -> bool {
    (1..=5).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

impl PublicBase {
    /// A configured base (`PUBLIC_BASE_URL`), for what no request asked.
    pub fn new(base: Arc<str>) -> Self {
        Self(base)
    }

    /// The base resolved for `req` by [`resolve_public_base`].
    pub fn of(req: &HttpRequest) -> Result<Self, AppError> {
        req.extensions()
            .get::<Self>()
            .cloned()
            .ok_or_else(|| AppError::Internal("no public base resolved for the request".into()))
    }

    /// A serialized JSON body with every root-relative `href` made absolute.
    pub fn absolute_links(&self, body: &str) -> String {
        body.replace(RELATIVE_HREF, &format!(r#""href":"{}/v1/"#, self.0))
    }

    /// The pre-rendered OpenAPI document with this base as its server.
    pub fn served_document(&self, rendered: &str) -> String {
        rendered.replace(PLACEHOLDER_BASE, &self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_is_an_http_origin_that_cannot_break_a_json_string() {
        assert_eq!(
            request_base("HTTPS", "api.example.nl:8443").as_deref(),
            Some("https://api.example.nl:8443")
        );
        assert_eq!(
            request_base("http", "[::1]:8080").as_deref(),
            Some("http://[::1]:8080")
        );
        assert_eq!(
            request_base("http", "127.0.0.1").as_deref(),
            Some("http://127.0.0.1")
        );
        for (scheme, host) in [
            ("javascript", "example.nl"),
            ("http", ""),
            ("http", "a\"b"),
            ("http", "a\\b"),
            ("http", "user@example.nl"),
            ("http", "example.nl/path"),
            ("http", "example.nl:"),
            ("http", "example.nl:123456"),
            ("http", "example.nl:80:80"),
            ("http", "[::1"),
            ("http", "[::1]x"),
            ("http", "[]"),
        ] {
            assert_eq!(request_base(scheme, host), None, "{scheme}://{host}");
        }
    }

    #[test]
    fn a_configured_base_is_an_http_url_without_query_or_quotes() {
        for good in [
            "https://imvo.example.nl",
            "http://127.0.0.1:8080",
            "https://example.nl/imvo-tracker",
        ] {
            assert!(is_base_url(good), "{good}");
        }
        for bad in [
            "imvo.example.nl",
            "ftp://imvo.example.nl",
            "https://",
            "https://imvo.example.nl/a\"b",
            "https://imvo.example.nl?x=1",
            "https://imvo.example.nl#top",
            "https://user@imvo.example.nl",
        ] {
            assert!(!is_base_url(bad), "{bad}");
        }
    }

    #[test]
    fn only_link_hrefs_are_rewritten() {
        let base = PublicBase(Arc::from("https://api.example.nl"));
        let body = r#"{"note":"\"href\":\"/v1/x","_links":{"self":{"href":"/v1/sectors/gold"}}}"#;
        assert_eq!(
            base.absolute_links(body),
            r#"{"note":"\"href\":\"/v1/x","_links":{"self":{"href":"https://api.example.nl/v1/sectors/gold"}}}"#
        );
    }
}
