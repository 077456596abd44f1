//! robots.txt policy, per origin, decided once per crawl run.
//!
//! Follows what Google documents for its crawlers:
//! - `2xx`: the rules for our user-agent token (else `*`) apply; an unparsable file allows all;
//! - `4xx` other than `429` (no robots.txt, or it is forbidden): everything is allowed;
//! - `429`, `5xx`, too many redirects or an unreachable host: the site is treated as fully
//!   disallowed for the rest of this run (the next run asks again), because a server that
//!   cannot answer for its robots.txt should not be asked for pages either.

use std::io::Read;
use std::time::Duration;

use texting_robots::Robot;
use url::Url;

/// The most of a robots.txt we read; Google stops at 500 KiB too.
const MAX_ROBOTS_BYTES: u64 = 500 * 1024;

/// Longest Crawl-delay taken as given; longer values are clamped (an hour between requests
/// is already no crawl at all).
const MAX_CRAWL_DELAY: Duration = Duration::from_secs(3600);

/// What one origin's robots.txt allows.
pub(crate) enum Robots {
    AllowAll,
    /// The site cannot be crawled this run; the reason names what robots.txt answered.
    DisallowAll(String),
    /// The site is on a private network (see the `guard` module); nothing was asked.
    Refused(String),
    Rules(Box<Robot>),
}

impl Robots {
    pub(crate) fn allowed(&self, url: &Url) -> bool {
        match self {
            Robots::AllowAll => true,
            Robots::DisallowAll(_) | Robots::Refused(_) => false,
            Robots::Rules(robot) => robot.allowed(url.as_str()),
        }
    }

    /// The site's Crawl-delay, if it sets a usable one.
    pub(crate) fn crawl_delay(&self) -> Option<Duration> {
        match self {
            Robots::Rules(robot) => robot
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f64(f64::from(d)).min(MAX_CRAWL_DELAY)),
            _ => None,
        }
    }
}

/// The product token robots.txt groups are matched on: `jejak` for `jejak/0.1 (+…)`.
pub(crate) fn agent_token(user_agent: &str) -> &str {
    user_agent.split(['/', ' ']).find(|s| !s.is_empty()).unwrap_or("*")
}

/// Fetches and interprets `origin/robots.txt` with `client` (which follows redirects).
pub(crate) fn fetch(client: &reqwest::blocking::Client, origin: &Url, user_agent: &str) -> Robots {
    let Ok(robots_url) = origin.join("/robots.txt") else {
        return Robots::AllowAll;
    };
    let response = match client.get(robots_url).send() {
        Ok(response) => response,
        Err(e) => {
            return match crate::guard::refused(&e) {
                Some(reason) => Robots::Refused(reason),
                None => Robots::DisallowAll(format!("robots.txt unreachable: {}", crate::describe(&e))),
            }
        }
    };
    let status = response.status();
    if status.is_success() {
        let mut bytes = Vec::new();
        if let Err(e) = response.take(MAX_ROBOTS_BYTES).read_to_end(&mut bytes) {
            return Robots::DisallowAll(format!("robots.txt unreadable: {e}"));
        }
        match Robot::new(agent_token(user_agent), &bytes) {
            Ok(robot) => Robots::Rules(Box::new(robot)),
            Err(e) => {
                tracing::warn!(%origin, "robots.txt unparsable, allowing all: {e}");
                Robots::AllowAll
            }
        }
    } else if status.as_u16() == 429 || status.is_server_error() {
        Robots::DisallowAll(format!("robots.txt answered HTTP {}", status.as_u16()))
    } else if status.is_redirection() {
        Robots::DisallowAll("robots.txt redirects too often".into())
    } else {
        Robots::AllowAll
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_token_is_the_product_name() {
        assert_eq!(agent_token("jejak/0.1 (+https://x)"), "jejak");
        assert_eq!(agent_token("MyBot"), "MyBot");
        assert_eq!(agent_token(""), "*");
    }

    #[test]
    fn rules_and_delay() {
        let robot = Robot::new("jejak", b"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.5\n").unwrap();
        let robots = Robots::Rules(Box::new(robot));
        assert!(!robots.allowed(&Url::parse("http://a.test/private/x").unwrap()));
        assert!(robots.allowed(&Url::parse("http://a.test/public").unwrap()));
        assert_eq!(robots.crawl_delay(), Some(Duration::from_millis(500)));
        assert!(!Robots::DisallowAll("x".into()).allowed(&Url::parse("http://a.test/").unwrap()));
    }
}
