//! Publication dates as pages write them: machine-readable values (ISO 8601 / RFC 3339,
//! RFC 2822) and visible Indonesian or English dates such as "Senin, 8 Agustus 2022 23:31
//! WIB", "08/08/2022, 23:31 WIB" or "August 8, 2022 11:31 PM".
//!
//! Kept local to the HTML extractor: `jejak_text::dates` has no `find_dates` yet.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use once_cell::sync::Lazy;
use regex::Regex;

/// A date found on a page: either with its offset, or naive (no zone written).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub naive: NaiveDateTime,
    pub offset: Option<FixedOffset>,
    /// The zone word written next to it ("WIB", "GMT"...).
    pub zone: Option<String>,
    /// Whether a time of day was given (a bare date is midnight).
    pub has_time: bool,
}

impl Found {
    /// The date with its offset, or with `default` when it named none.
    pub fn with_default(&self, default: FixedOffset) -> Option<DateTime<FixedOffset>> {
        let off = self.offset.unwrap_or(default);
        off.from_local_datetime(&self.naive).single()
    }
}

fn hours(h: i32) -> FixedOffset {
    FixedOffset::east_opt(h * 3600).expect("offset in range")
}

/// Offset of a zone word pages print next to times.
pub(crate) fn zone_offset(word: &str) -> Option<FixedOffset> {
    Some(match word.to_ascii_uppercase().as_str() {
        "WIB" => hours(7),
        "WITA" => hours(8),
        "WIT" => hours(9),
        "UTC" | "GMT" | "Z" => hours(0),
        "EST" => hours(-5),
        "EDT" => hours(-4),
        "CST" => hours(-6),
        "CDT" => hours(-5),
        "PST" => hours(-8),
        "PDT" => hours(-7),
        "BST" => hours(1),
        "CET" => hours(1),
        "CEST" => hours(2),
        "SGT" | "MYT" => hours(8),
        "JST" => hours(9),
        "AEST" => hours(10),
        "AEDT" => hours(11),
        _ => return None,
    })
}

/// Parses a machine-readable date attribute: RFC 3339 and its common relaxations
/// (space instead of `T`, `+0700` offsets, fractional seconds, no seconds, date only),
/// or RFC 2822.
pub(crate) fn parse_machine(s: &str) -> Option<Found> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(found_fixed(t, s.ends_with('Z') || s.ends_with('z')));
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(found_fixed(t, false));
    }
    static ISO: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$",
        )
        .expect("valid regex")
    });
    let c = ISO.captures(s)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let date = NaiveDate::from_ymd_opt(num(1)? as i32, num(2)?, num(3)?)?;
    let has_time = c.get(4).is_some();
    let time = NaiveTime::from_hms_opt(num(4).unwrap_or(0), num(5).unwrap_or(0), num(6).unwrap_or(0))?;
    let offset = match c.get(7).map(|m| m.as_str()) {
        None => None,
        Some("Z") => Some(hours(0)),
        Some(o) => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let digits: String = o.chars().filter(char::is_ascii_digit).collect();
            let h: i32 = digits.get(0..2)?.parse().ok()?;
            let m: i32 = digits.get(2..4).and_then(|d| d.parse().ok()).unwrap_or(0);
            Some(FixedOffset::east_opt(sign * (h * 3600 + m * 60))?)
        }
    };
    let zone = offset.and_then(zone_word_for);
    Some(Found { naive: date.and_time(time), offset, zone, has_time })
}

fn found_fixed(t: DateTime<FixedOffset>, utc: bool) -> Found {
    let offset = *t.offset();
    Found {
        naive: t.naive_local(),
        offset: Some(offset),
        zone: if utc { Some("UTC".to_string()) } else { zone_word_for(offset) },
        has_time: true,
    }
}

/// The Indonesian zone word for an offset, when it is one of the three Indonesian zones.
/// Other offsets get no word: several zones share them.
pub(crate) fn zone_word_for(offset: FixedOffset) -> Option<String> {
    match offset.local_minus_utc() {
        25200 => Some("WIB".to_string()),
        28800 => Some("WITA".to_string()),
        32400 => Some("WIT".to_string()),
        _ => None,
    }
}

fn month_number(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    let m = match w {
        "januari" | "january" | "jan" => 1,
        "februari" | "february" | "pebruari" | "feb" | "peb" => 2,
        "maret" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "agu" | "agt" | "ags" | "aug" | "agus" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nov" | "nop" | "nopember" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

const MONTHS: &str = r"(?:januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|agus|agu|agt|ags|aug|september|sept|sep|oktober|october|okt|oct|nopember|november|nov|nop|desember|december|des|dec)\.?";
const TIME: &str = r"(?:(?:,|\s|\||-|pukul|jam|at|\()*\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(wib|wita|wit|utc|gmt|est|edt|cst|cdt|pst|pdt|bst|cet|cest|sgt|jst|aest|aedt)?\b)?";

static DAY_MONTH_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)\b(\d{{1,2}})\s+({MONTHS})\s+(\d{{4}})\b{TIME}")).expect("valid regex")
});
static MONTH_DAY_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)\b({MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b{TIME}"))
        .expect("valid regex")
});
static NUMERIC: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)\b(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}})\b{TIME}")).expect("valid regex")
});

/// The first visible date in `text` that names a day, month and year, with its time and zone
/// when written next to it. Numeric dates are read day first (as Indonesian pages write
/// them) unless the first number cannot be a day.
pub(crate) fn find_visible(text: &str) -> Option<Found> {
    let mut best: Option<(usize, Found)> = None;
    let mut consider = |pos: usize, f: Option<Found>| {
        if let Some(f) = f {
            if best.as_ref().is_none_or(|(p, _)| pos < *p) {
                best = Some((pos, f));
            }
        }
    };
    if let Some(c) = DAY_MONTH_YEAR.captures(text) {
        let f = (|| {
            let d: u32 = c[1].parse().ok()?;
            let m = month_number(&c[2])?;
            let y: i32 = c[3].parse().ok()?;
            build(y, m, d, &c, 4)
        })();
        consider(c.get(0).map_or(0, |m| m.start()), f);
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(text) {
        let f = (|| {
            let m = month_number(&c[1])?;
            let d: u32 = c[2].parse().ok()?;
            let y: i32 = c[3].parse().ok()?;
            build(y, m, d, &c, 4)
        })();
        consider(c.get(0).map_or(0, |m| m.start()), f);
    }
    if let Some(c) = NUMERIC.captures(text) {
        let f = (|| {
            let a: u32 = c[1].parse().ok()?;
            let b: u32 = c[2].parse().ok()?;
            let y: i32 = c[3].parse().ok()?;
            let (d, m) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
            build(y, m, d, &c, 4)
        })();
        consider(c.get(0).map_or(0, |m| m.start()), f);
    }
    best.map(|(_, f)| f)
}

fn build(y: i32, m: u32, d: u32, c: &regex::Captures<'_>, t: usize) -> Option<Found> {
    if !(1990..=2100).contains(&y) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    let mut has_time = false;
    let mut time = NaiveTime::MIN;
    if let (Some(h), Some(mi)) = (c.get(t), c.get(t + 1)) {
        let mut h: u32 = h.as_str().parse().ok()?;
        let mi: u32 = mi.as_str().parse().ok()?;
        let s: u32 = c.get(t + 2).and_then(|s| s.as_str().parse().ok()).unwrap_or(0);
        if let Some(ampm) = c.get(t + 3) {
            let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
            if h == 12 {
                h = 0;
            }
            if pm {
                h += 12;
            }
        }
        if let Some(tm) = NaiveTime::from_hms_opt(h, mi, s) {
            time = tm;
            has_time = true;
        }
    }
    let zone = if has_time { c.get(t + 4).map(|z| z.as_str().to_ascii_uppercase()) } else { None };
    let offset = zone.as_deref().and_then(zone_offset);
    Some(Found { naive: date.and_time(time), offset, zone, has_time })
}

/// A date written in a URL path: `/2015/11/04/` or `/2015-11-04/` (no time of day).
pub(crate) fn from_url(url: &str) -> Option<Found> {
    static PATH_DATE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)").expect("valid regex")
    });
    let c = PATH_DATE.captures(url)?;
    let date = NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)?;
    Some(Found { naive: date.and_time(NaiveTime::MIN), offset: None, zone: None, has_time: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(f: &Found) -> String {
        format!("{} {:?} {:?}", f.naive, f.offset.map(|o| o.to_string()), f.zone)
    }

    #[test]
    fn machine_dates() {
        let f = parse_machine("2022-08-08T23:31:00+07:00").unwrap();
        assert_eq!(show(&f), "2022-08-08 23:31:00 Some(\"+07:00\") Some(\"WIB\")");
        let f = parse_machine("2022-08-08 23:31:00").unwrap();
        assert_eq!(f.offset, None);
        let f = parse_machine("2016-02-23T14:49:30.000+0800").unwrap();
        assert_eq!(f.zone.as_deref(), Some("WITA"));
        let f = parse_machine("Mon, 08 Aug 2022 23:31:00 +0700").unwrap();
        assert_eq!(f.offset, Some(hours(7)));
        assert!(parse_machine("yesterday").is_none());
    }

    #[test]
    fn indonesian_visible_dates() {
        let f = find_visible("Senin, 8 Agustus 2022 23:31 WIB").unwrap();
        assert_eq!(show(&f), "2022-08-08 23:31:00 Some(\"+07:00\") Some(\"WIB\")");
        let f = find_visible("Kompas.com - 08/08/2022, 23:31 WITA").unwrap();
        assert_eq!(show(&f), "2022-08-08 23:31:00 Some(\"+08:00\") Some(\"WITA\")");
        let f = find_visible("Selasa 23 Feb 2016, 14:49 WIT").unwrap();
        assert_eq!(show(&f), "2016-02-23 14:49:00 Some(\"+09:00\") Some(\"WIT\")");
        let f = find_visible("Rabu, 04 Nov 2015 | 21.04 WIB").unwrap();
        assert_eq!(show(&f), "2015-11-04 21:04:00 Some(\"+07:00\") Some(\"WIB\")");
    }

    #[test]
    fn english_visible_dates() {
        let f = find_visible("Published August 8, 2022 11:31 PM EDT").unwrap();
        assert_eq!(show(&f), "2022-08-08 23:31:00 Some(\"-04:00\") Some(\"EDT\")");
        let f = find_visible("Updated 3 March 2021").unwrap();
        assert_eq!(show(&f), "2021-03-03 00:00:00 None None");
        assert!(!f.has_time);
    }
}
