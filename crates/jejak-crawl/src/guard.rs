//! Keeps the crawler off private networks (server-side request forgery): a feed, sitemap or
//! redirect naming `http://10.0.0.1/` or a host that resolves to `127.0.0.1` is refused.
//!
//! Checked after DNS resolution by our own resolver (only public addresses are handed to the
//! connection, so a host that re-resolves differently between requests gains nothing), and
//! for IP-literal hosts, which skip resolution, before every request and redirect hop.
//! [`crate::CrawlConfig::allow_private`] turns it off (tests on loopback, intranet crawls).

use std::net::{IpAddr, Ipv4Addr, SocketAddr, ToSocketAddrs};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// Why a request was refused; found again in a reqwest error's causes.
#[derive(Debug, thiserror::Error)]
#[error("refusing {what}: a private, loopback or link-local address")]
pub(crate) struct PrivateAddress {
    pub(crate) what: String,
}

/// Whether an address is not on the public internet.
pub(crate) fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_private_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_private_v4(v4);
            }
            let s = v6.segments();
            // NAT64 (64:ff9b::/96) embeds an IPv4 address.
            if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
                let [a, b] = s[6].to_be_bytes();
                let [c, d] = s[7].to_be_bytes();
                return is_private_v4(Ipv4Addr::new(a, b, c, d));
            }
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00 // unique local fc00::/7
                || (s[0] & 0xffc0) == 0xfe80 // link-local fe80::/10
                || (s[0] & 0xffc0) == 0xfec0 // site-local fec0::/10 (deprecated)
                || (s[0..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible ::a.b.c.d
        }
    }
}

fn is_private_v4(ip: Ipv4Addr) -> bool {
    let [a, b, _, _] = ip.octets();
    ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // carrier-grade NAT 100.64.0.0/10
        || (a == 198 && (b == 18 || b == 19)) // benchmarking 198.18.0.0/15
        || a >= 240 // reserved
}

/// Refuses a URL whose host is a private IP literal; host names are checked on resolution.
pub(crate) fn check_url(url: &Url) -> Result<(), PrivateAddress> {
    let ip = match url.host() {
        Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
        Some(Host::Domain(name)) => {
            // "localhost" never needs DNS to be loopback.
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            if name == "localhost" || name.ends_with(".localhost") {
                return Err(PrivateAddress { what: url.to_string() });
            }
            return Ok(());
        }
        None => return Ok(()),
    };
    if is_private(ip) {
        return Err(PrivateAddress { what: url.to_string() });
    }
    Ok(())
}

/// Whether a reqwest error was caused by [`PrivateAddress`].
pub(crate) fn refused(e: &reqwest::Error) -> Option<String> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(cause) = source {
        if let Some(private) = cause.downcast_ref::<PrivateAddress>() {
            return Some(private.to_string());
        }
        source = cause.source();
    }
    None
}

/// A resolver that hands reqwest only public addresses.
pub(crate) struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let lookup = host.clone();
            let addrs: Vec<SocketAddr> = tokio::task::spawn_blocking(move || {
                (lookup.as_str(), 0).to_socket_addrs().map(Iterator::collect::<Vec<_>>)
            })
            .await
            .map_err(|e| -> Box<dyn std::error::Error + Send + Sync> { Box::new(e) })??;
            let public: Vec<SocketAddr> = addrs.iter().copied().filter(|a| !is_private(a.ip())).collect();
            if public.is_empty() && !addrs.is_empty() {
                return Err(Box::new(PrivateAddress {
                    what: format!("{host} (resolves to {})", addrs[0].ip()),
                }) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(public.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_addresses() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(is_private(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"] {
            assert!(!is_private(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn resolver_hands_out_public_addresses_only() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let name: Name = "localhost".parse().unwrap();
        let error = runtime.block_on(PublicOnly.resolve(name)).err().expect("localhost is refused");
        assert!(error.to_string().starts_with("refusing localhost (resolves to "), "{error}");
    }

    #[test]
    fn literal_hosts_are_checked() {
        let url = |s: &str| Url::parse(s).unwrap();
        assert!(check_url(&url("http://127.0.0.1:8080/feed")).is_err());
        assert!(check_url(&url("http://[::1]/")).is_err());
        assert!(check_url(&url("http://localhost/")).is_err());
        assert!(check_url(&url("http://2130706433/")).is_err()); // 127.0.0.1 as a number
        assert!(check_url(&url("https://kompas.com/")).is_ok());
        assert!(check_url(&url("http://8.8.8.8/")).is_ok());
    }
}
