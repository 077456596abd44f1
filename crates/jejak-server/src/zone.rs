//! Times as the outlet published them and in the reader's zone. The reader's zone comes
//! from `?tz=+07:00` (remembered in a cookie), else the cookie, else UTC; no script needed.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use chrono::{DateTime, Datelike, FixedOffset, Timelike};
use serde::Deserialize;

use crate::i18n::Labels;

const COOKIE: &str = "jejak_tz";

/// The reader's zone offset, and whether this request chose it (so it is remembered).
#[derive(Clone, Copy)]
pub(crate) struct ReaderZone {
    pub offset: FixedOffset,
    chosen: bool,
}

impl Default for ReaderZone {
    fn default() -> Self {
        ReaderZone { offset: utc(), chosen: false }
    }
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).expect("zero is a valid offset")
}

#[derive(Deserialize)]
struct TzParam {
    tz: Option<String>,
}

/// Parses `+07:00`, `-0530`, `7`, `UTC`, `Z`, `WIB`/`WITA`/`WIT`. A bare `07:00` counts as
/// east of UTC, since a `+` typed into a URL arrives as a space.
pub(crate) fn parse_offset(text: &str) -> Option<FixedOffset> {
    let s = text.trim();
    let upper = s.to_ascii_uppercase();
    match upper.as_str() {
        "" | "Z" | "UTC" | "GMT" => return Some(utc()),
        "WIB" => return FixedOffset::east_opt(7 * 3600),
        "WITA" => return FixedOffset::east_opt(8 * 3600),
        "WIT" => return FixedOffset::east_opt(9 * 3600),
        _ => {}
    }
    let s = upper.strip_prefix("UTC").or_else(|| upper.strip_prefix("GMT")).unwrap_or(&upper).trim();
    let (sign, digits) = match s.as_bytes().first()? {
        b'-' => (-1, &s[1..]),
        b'+' => (1, &s[1..]),
        _ => (1, s),
    };
    let (hours, minutes) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    if hours.is_empty() || hours.len() > 2 || minutes.len() > 2 {
        return None;
    }
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = minutes.parse().ok()?;
    if hours > 14 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// `+07:00`, the form the selector and the cookie use.
fn offset_value(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let secs = secs.abs();
    format!("{sign}{:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

/// How a zone is named on the page: Indonesia's own names, UTC, else `UTC+05:30`.
pub(crate) fn zone_name(offset: FixedOffset) -> String {
    match offset.local_minus_utc() {
        0 => "UTC".into(),
        25200 => "WIB".into(),
        28800 => "WITA".into(),
        32400 => "WIT".into(),
        _ => format!("UTC{}", offset_value(offset)),
    }
}

/// "8 Agu 2022 23:31 WIB": day, month in the UI language, year, time and zone.
pub(crate) fn format_time(l: &Labels, t: &DateTime<FixedOffset>, zone: &str) -> String {
    format!(
        "{} {} {} {:02}:{:02} {zone}",
        t.day(),
        l.months[t.month0() as usize],
        t.year(),
        t.hour(),
        t.minute()
    )
}

/// A time as the outlet published it, named by the zone word the page used when it gave one.
pub(crate) fn as_published(l: &Labels, t: &DateTime<FixedOffset>, zone_word: Option<&str>) -> String {
    let zone = zone_word.map(str::to_string).unwrap_or_else(|| zone_name(*t.offset()));
    format_time(l, t, &zone)
}

/// The same instant in the reader's zone.
pub(crate) fn in_zone(l: &Labels, t: &DateTime<FixedOffset>, zone: FixedOffset) -> String {
    format_time(l, &t.with_timezone(&zone), &zone_name(zone))
}

/// One entry of the zone selector.
pub(crate) struct ZoneChoice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Whole-hour offsets from -12 to +14 and the common half-hour ones.
pub(crate) fn choices(current: FixedOffset) -> Vec<ZoneChoice> {
    let mut minutes: Vec<i32> = (-12..=14).map(|h| h * 60).collect();
    minutes.extend([-210, 210, 270, 330, 345, 390, 570, 630]);
    minutes.sort_unstable();
    minutes
        .into_iter()
        .filter_map(|m| FixedOffset::east_opt(m * 60))
        .map(|offset| {
            let name = zone_name(offset);
            let value = offset_value(offset);
            let label = if name.starts_with("UTC") { name } else { format!("{name} (UTC{value})") };
            ZoneChoice { value, label, selected: offset == current }
        })
        .collect()
}

impl<S: Send + Sync> FromRequestParts<S> for ReaderZone {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = axum::extract::Query::<TzParam>::try_from_uri(&parts.uri).ok().and_then(|q| q.0.tz);
        if let Some(offset) = query.as_deref().filter(|t| !t.is_empty()).and_then(parse_offset) {
            return Ok(ReaderZone { offset, chosen: true });
        }
        let cookie = parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|cookies| cookies.split(';').find_map(|c| c.trim().strip_prefix("jejak_tz=")))
            .and_then(parse_offset);
        Ok(cookie.map(|offset| ReaderZone { offset, chosen: false }).unwrap_or_default())
    }
}

impl ReaderZone {
    /// Remembers a zone chosen by `?tz=` in a cookie on `response`.
    pub(crate) fn remember(&self, response: &mut Response) {
        if !self.chosen {
            return;
        }
        let cookie = format!(
            "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            offset_value(self.offset)
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ID};

    #[test]
    fn offsets_parse_in_the_forms_people_type() {
        let east = |h: i32, m: i32| FixedOffset::east_opt(h * 3600 + m * 60).unwrap();
        assert_eq!(parse_offset("+07:00"), Some(east(7, 0)));
        assert_eq!(parse_offset(" 07:00"), Some(east(7, 0)), "a + decoded as a space");
        assert_eq!(parse_offset("-0530"), Some(east(-5, -30)));
        assert_eq!(parse_offset("UTC+8"), Some(east(8, 0)));
        assert_eq!(parse_offset("wit"), Some(east(9, 0)));
        assert_eq!(parse_offset("Z"), Some(east(0, 0)));
        assert_eq!(parse_offset("+15:00"), None);
        assert_eq!(parse_offset("soon"), None);
    }

    #[test]
    fn times_read_in_the_ui_language_and_the_readers_zone() {
        let t = DateTime::parse_from_rfc3339("2022-08-08T23:31:00+07:00").unwrap();
        assert_eq!(as_published(&ID, &t, Some("WIB")), "8 Agu 2022 23:31 WIB");
        assert_eq!(as_published(&EN, &t, None), "8 Aug 2022 23:31 WIB");
        assert_eq!(in_zone(&EN, &t, utc()), "8 Aug 2022 16:31 UTC");
        let india = FixedOffset::east_opt(19800).unwrap();
        assert_eq!(in_zone(&ID, &t, india), "8 Agu 2022 22:01 UTC+05:30");
    }
}
