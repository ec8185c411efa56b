//! Where the service may send webhooks. A subscription names any URL, so
//! without rules it could make the service call into its own network (a
//! database port, a cloud metadata address): server-side request forgery.
//! Outside the allow-list a target must be `https` on a public address;
//! names are resolved at every delivery, by a resolver that hands out
//! public addresses only, so a name that later points inward gets nowhere.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

use crate::config::WebhookConfig;

/// The longest target URL accepted.
pub const MAX_URL_LENGTH: usize = 2000;

/// Why `url` cannot be a webhook target whatever the allow-list says, if
/// it cannot.
pub fn check_shape(url: &str) -> Result<(), String> {
    if url.len() > MAX_URL_LENGTH {
        return Err(format!("must be at most {MAX_URL_LENGTH} characters"));
    }
    let parsed = Url::parse(url).map_err(|e| format!("is not a URL ({e})"))?;
    if !matches!(parsed.scheme(), "https" | "http") || parsed.host().is_none() {
        return Err("must be an https URL, like https://ngo.example.org/hooks/imvo".into());
    }
    if parsed.fragment().is_some() {
        return Err("must not have a fragment (`#...`)".into());
    }
    Ok(())
}

/// The target rules of one deployment, and the HTTP clients that keep them.
pub struct Targets {
    /// Origins exempt from the rules; without a port, every port.
    allowed: Vec<String>,
    /// For targets under the rules: public addresses only, no redirects.
    guarded: reqwest::Client,
    /// For allow-listed targets.
    open: reqwest::Client,
}

impl Targets {
    pub fn new(config: &WebhookConfig) -> Result<Self, reqwest::Error> {
        let client = || {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(config.timeout)
                .connect_timeout(config.timeout.min(Duration::from_secs(5)))
                .user_agent(concat!("imvo-tracker-webhooks/", env!("CARGO_PKG_VERSION")))
        };
        Ok(Self {
            allowed: config.allowed_targets.clone(),
            guarded: client().dns_resolver(Arc::new(PublicOnly)).build()?,
            open: client().build()?,
        })
    }

    /// Why the service will not send to `url`, if it will not. `url` has
    /// passed `check_shape`.
    pub fn refusal(&self, url: &str) -> Option<String> {
        self.client_for(url).err()
    }

    /// The client to send to `url` with, or why it may not be sent to.
    pub fn client_for(&self, url: &str) -> Result<&reqwest::Client, String> {
        let parsed = Url::parse(url).map_err(|e| format!("is not a URL ({e})"))?;
        if self.is_allowed(&parsed) {
            return Ok(&self.open);
        }
        if parsed.scheme() != "https" {
            return Err("must be an https URL (plain http only on the allow-list of the deployment, WEBHOOK_ALLOWED_TARGETS)".into());
        }
        let inward = match parsed.host() {
            Some(Host::Ipv4(ip)) => !is_public(IpAddr::V4(ip)),
            Some(Host::Ipv6(ip)) => !is_public(IpAddr::V6(ip)),
            Some(Host::Domain(name)) => {
                let name = name.trim_end_matches('.').to_ascii_lowercase();
                name == "localhost" || name.ends_with(".localhost")
            }
            None => true,
        };
        if inward {
            return Err("is a loopback, private or link-local address: the service sends webhooks to public addresses only (others only on the allow-list of the deployment, WEBHOOK_ALLOWED_TARGETS)".into());
        }
        Ok(&self.guarded)
    }

    fn is_allowed(&self, url: &Url) -> bool {
        let Some(host) = url.host_str() else {
            return false;
        };
        let origin = format!("{}://{}", url.scheme(), host.to_ascii_lowercase());
        let port = url.port_or_known_default().unwrap_or(0);
        self.allowed
            .iter()
            .any(|allowed| *allowed == origin || *allowed == format!("{origin}:{port}"))
    }
}

/// Whether an address is on the public internet: not loopback, private,
/// link-local, shared, reserved, documentation, multicast or unspecified
/// (IPv4 inside IPv6 judged as IPv4).
fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped().or_else(|| nat64(v6)) {
            Some(v4) => is_public_v4(v4),
            None => {
                !(v6.is_loopback()
                    || v6.is_unspecified()
                    || v6.is_multicast()
                    || v6.is_unique_local()
                    || v6.is_unicast_link_local()
                    || v6.segments()[0] == 0x2001 && v6.segments()[1] == 0x0db8)
            }
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || a == 100 && (64..128).contains(&b) // shared address space (CGNAT)
        || a == 192 && b == 0 && ip.octets()[2] == 0 // IETF protocol assignments
        || a == 198 && (18..20).contains(&b) // benchmarking
        || a >= 240) // reserved
}

/// The IPv4 address inside a NAT64 address (`64:ff9b::/96`).
fn nat64(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let s = ip.segments();
    (s[..6] == [0x64, 0xff9b, 0, 0, 0, 0])
        .then(|| Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8))
}

/// Resolves a target's name to its public addresses only.
struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let public: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|address| is_public(address.ip()))
                .collect();
            if public.is_empty() {
                return Err(format!(
                    "{host} has no public address; the service sends webhooks to public addresses only"
                )
                .into());
            }
            Ok(Box::new(public.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(allowed: &[&str]) -> Targets {
        Targets::new(&WebhookConfig {
            allowed_targets: allowed.iter().map(|a| (*a).to_owned()).collect(),
            ..WebhookConfig::default()
        })
        .unwrap()
    }

    #[test]
    fn internal_addresses_are_refused() {
        let rules = targets(&[]);
        for url in [
            "http://ngo.example.org/hook",
            "https://127.0.0.1/hook",
            "https://10.1.2.3/hook",
            "https://172.16.0.1/hook",
            "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/hook",
            "https://0.0.0.0/hook",
            "https://[::1]/hook",
            "https://[fd00::1]/hook",
            "https://[fe80::1]/hook",
            "https://[::ffff:127.0.0.1]/hook",
            "https://[64:ff9b::a00:1]/hook",
            "https://localhost/hook",
            "https://api.localhost./hook",
        ] {
            assert!(rules.refusal(url).is_some(), "{url} was accepted");
        }
        for url in [
            "https://ngo.example.org/hook",
            "https://93.184.215.14/hook",
            "https://[2a00:1450:4001::1]/hook",
        ] {
            assert_eq!(rules.refusal(url), None, "{url}");
        }
    }

    #[test]
    fn the_allow_list_names_origins() {
        let rules = targets(&["http://127.0.0.1", "http://receiver.internal:9000"]);
        assert_eq!(rules.refusal("http://127.0.0.1:4567/hook"), None);
        assert_eq!(rules.refusal("http://receiver.internal:9000/x"), None);
        assert!(rules.refusal("http://receiver.internal:9001/x").is_some());
        assert!(rules.refusal("https://127.0.0.1/hook").is_some());
    }

    #[test]
    fn shapes() {
        assert!(check_shape("https://ngo.example.org/hook").is_ok());
        for bad in [
            "ngo.example.org",
            "ftp://x.org/",
            "https://x.org/#frag",
            "mailto:a@b.nl",
        ] {
            assert!(check_shape(bad).is_err(), "{bad}");
        }
    }
}
