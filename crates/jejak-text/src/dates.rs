//! Dates and times written in Indonesian and English news text.
//!
//! Portals print dates many ways: "08/08/2022, 23:31 WIB", "Senin, 8 Agustus 2022 23:31 WIB",
//! "8 Agu 2022", "August 8, 2022 11:31 PM", ISO-8601, and relative forms ("2 jam lalu",
//! "kemarin", "3 days ago") that only mean something against the time the page was fetched.
//! Indonesian numeric dates are day first (unless the first number cannot be a day). A date
//! without a zone word takes the reference's offset (or UTC), and says so by `zone: None`.
//!
//! Besides running text: [`parse_machine`] reads machine-readable values (HTML attributes,
//! JSON-LD, feeds) and [`date_in_url`] the date a URL path names.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Weekday,
};
use once_cell::sync::Lazy;
use regex::Regex;
use serde::Serialize;

/// A date or time found in text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundDate {
    /// The instant, with the offset the text gave (WIB +07:00, WITA +08:00, WIT +09:00).
    pub datetime: DateTime<FixedOffset>,
    /// The zone word as written ("WIB", "GMT+7", "UTC"), if any.
    pub zone: Option<String>,
    /// Whether the text gave a time of day, not only a date.
    pub has_time: bool,
    /// Whether the date was computed from a reference time ("2 jam lalu", "kemarin"), or took
    /// its year from it ("18 Mei", "Nov. 8", "Senin (15/2)").
    pub relative: bool,
    /// Byte range of the date in the text.
    pub start: usize,
    pub end: usize,
}

impl FoundDate {
    /// Whether the text fixed the offset: it named a zone or an offset, or the date was
    /// computed from the reference.
    pub fn has_offset(&self) -> bool {
        self.zone.is_some() || self.relative
    }

    /// The instant, reading a date that fixed no offset as wall-clock time at `offset`
    /// instead of the reference's (a caller may know better, e.g. from the outlet's country).
    pub fn at_default_offset(&self, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
        if self.has_offset() {
            return Some(self.datetime);
        }
        offset.from_local_datetime(&self.datetime.naive_local()).single()
    }
}

/// The month number of an Indonesian or English month name or abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    let m = match w.as_str() {
        "januari" | "january" | "jan" => 1,
        "februari" | "pebruari" | "february" | "feb" | "peb" => 2,
        "maret" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" | "may" => 5,
        "juni" | "june" | "jun" => 6,
        "juli" | "july" | "jul" => 7,
        "agustus" | "august" | "agus" | "agu" | "agt" | "ags" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "october" | "okt" | "oct" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "december" | "des" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// The UTC offset, in seconds, of a zone word: Indonesia's three zones, UTC/GMT with an
/// optional offset ("GMT+7", "UTC+07:00"), and a few zones English wires use.
pub fn zone_offset(zone: &str) -> Option<i32> {
    let z = zone.trim().to_uppercase();
    let fixed = match z.as_str() {
        "WIB" => Some(7),
        "WITA" => Some(8),
        "WIT" => Some(9),
        "UTC" | "GMT" | "Z" => Some(0),
        "BST" => Some(1),
        "CET" => Some(1),
        "CEST" => Some(2),
        "MSK" => Some(3),
        "EST" => Some(-5),
        "EDT" => Some(-4),
        "CST" => Some(-6),
        "CDT" => Some(-5),
        "PST" => Some(-8),
        "PDT" => Some(-7),
        "SGT" | "MYT" => Some(8),
        "KST" | "JST" => Some(9),
        "AEST" => Some(10),
        "AEDT" => Some(11),
        _ => None,
    };
    if let Some(h) = fixed {
        return Some(h * 3600);
    }
    let rest = z.strip_prefix("UTC").or_else(|| z.strip_prefix("GMT"))?;
    parse_numeric_offset(rest)
}

/// The Indonesian zone word for a UTC offset in seconds, when it is one of the three
/// Indonesian zones. Other offsets get no word: several zones share them.
pub fn zone_word_for(offset_seconds: i32) -> Option<&'static str> {
    match offset_seconds {
        25_200 => Some("WIB"),
        28_800 => Some("WITA"),
        32_400 => Some("WIT"),
        _ => None,
    }
}

fn parse_numeric_offset(s: &str) -> Option<i32> {
    let (sign, digits) = match s.chars().next()? {
        '+' => (1, &s[1..]),
        '-' | '−' => (-1, &s[s.char_indices().nth(1)?.0..]),
        _ => return None,
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        None if digits.len() == 4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
        None => (digits.parse().ok()?, 0),
    };
    (h <= 14 && m < 60).then_some(sign * (h * 3600 + m * 60))
}

const ZONE: &str = r"(?P<zone>(?i:WIB|WITA|WIT)|UTC(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?|GMT(?:\s?[+\-−]\s?\d{1,2}(?::?\d{2})?)?|BST|CEST|CET|MSK|EST|EDT|CST|CDT|PST|PDT|ET|CT|MT|PT|SGT|MYT|KST|JST|AEST|AEDT)(?-u:\b)";
/// What pages put between a date and its time: "8 Agustus 2022, 23:31", "| 21.04", "-
/// 07:00", "pukul 10.00", "at 11:31", "(23:31 WIB)".
const TIME_SEP: &str = r"(?:\s*(?:,|\||[-–]|\(|(?i:pukul|jam|at)(?-u:\b)))*\s*";
const TIME: &str = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d))?(?-u:\b)(?:\s*(?P<ampm>[AaPp]\.?[Mm](?-u:\b)\.?))?";
const MONTHS: &str = r"(?i:januari|january|jan|februari|pebruari|february|feb|peb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|agus|agu|agt|ags|aug|september|sept|sep|oktober|october|okt|oct|november|nopember|nov|nop|desember|december|des|dec)\.?";
/// ISO 8601 / RFC 3339 and the relaxations pages and feeds use: space instead of `T`,
/// one-digit month or day, fractional seconds, no seconds, `+0700` or `+07` offsets.
const ISO_DATE: &str = r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[Tt ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<frac>\d{1,9})\d*)?)?)?";

static ISO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?-u:\b){ISO_DATE}(?P<off>Z|[+\-]\d{{2}}:?\d{{2}})?")).expect("valid regex")
});

/// A whole machine value: the offset may follow a space and may be hours only.
static ISO_MACHINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^{ISO_DATE}\s*(?P<off>[Zz]|[+\-]\d{{2}}(?::?\d{{2}})?)?$")).expect("valid regex")
});

static NUMERIC: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(
        r"(?-u:\b)(?P<d>\d{{1,2}})[/\-.](?P<m>\d{{1,2}})[/\-.](?P<y>\d{{4}}|\d{{2}})(?-u:\b)(?:{TIME_SEP}{TIME})?(?:\s*{ZONE})?"
    );
    Regex::new(&pattern).expect("valid regex")
});

static DAY_MONTH: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(
        r"(?-u:\b)(?P<d>\d{{1,2}})\s+(?P<mon>{MONTHS}),?\s+(?P<y>\d{{4}})(?-u:\b)(?:{TIME_SEP}{TIME})?(?:\s*{ZONE})?"
    );
    Regex::new(&pattern).expect("valid regex")
});

static MONTH_DAY: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(
        r"(?-u:\b)(?P<mon>{MONTHS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?-u:\b)(?:{TIME_SEP}{TIME})?(?:\s*{ZONE})?"
    );
    Regex::new(&pattern).expect("valid regex")
});

/// A day and month without a year: "18 Mei", "Nov. 8", "(15/2)". Only read against a reference,
/// whose year (or the one before or after) completes it.
static DAY_MONTH_NO_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?P<d>\d{{1,2}})\s+(?P<mon>{MONTHS})(?-u:\b)")).expect("valid regex")
});

static MONTH_DAY_NO_YEAR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?P<mon>{MONTHS})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)"))
        .expect("valid regex")
});

/// "Senin (15/2)": Indonesian datelines give day/month in brackets.
static BRACKET_DAY_MONTH: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})\)").expect("valid regex"));

static URL_PATH_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|-|$)").expect("valid regex")
});

static RELATIVE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?P<n>\d{1,3}|se|satu|dua|tiga|an?)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|silam|ago)|(?P<word>kemarin|kemarin\s+lusa|hari\s+ini|yesterday|today|(?:bulan|minggu|pekan|tahun)\s+lalu|last\s+(?:week|month|year)))(?-u:\b)",
    )
    .expect("valid regex")
});

/// Every date in `text`, in order of position. `reference` (the fetch time) resolves relative
/// dates; without it they are skipped. Overlapping matches keep the earliest, longest one.
pub fn find_dates(text: &str, reference: Option<DateTime<FixedOffset>>) -> Vec<FoundDate> {
    let default_offset = reference.map(|r| *r.offset()).unwrap_or_else(utc);
    let mut found = Vec::new();
    for caps in ISO.captures_iter(text) {
        found.extend(iso_date(&caps));
    }
    for caps in NUMERIC.captures_iter(text) {
        let (first, second): (u32, u32) = match (caps["d"].parse(), caps["m"].parse()) {
            (Ok(a), Ok(b)) => (a, b),
            _ => continue,
        };
        // Day first, unless the first number cannot be a day of that month ("08/31/2022").
        let date = ymd(&caps["y"], Some(second), &caps["d"]).or_else(|| {
            (first <= 12 && second > 12).then(|| ymd(&caps["y"], Some(first), &caps["m"])).flatten()
        });
        let Some(date) = date else { continue };
        found.extend(assemble(&caps, date, default_offset));
    }
    for re in [&*DAY_MONTH, &*MONTH_DAY] {
        for caps in re.captures_iter(text) {
            let Some(date) = ymd(&caps["y"], month_number(&caps["mon"]), &caps["d"]) else { continue };
            found.extend(assemble(&caps, date, default_offset));
        }
    }
    if let Some(reference) = reference {
        for re in [&*DAY_MONTH_NO_YEAR, &*MONTH_DAY_NO_YEAR, &*BRACKET_DAY_MONTH] {
            for caps in re.captures_iter(text) {
                found.extend(without_year(&caps, reference));
            }
        }
        for caps in RELATIVE.captures_iter(text) {
            found.extend(relative(&caps, reference));
        }
    }
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<FoundDate> = Vec::new();
    for date in found {
        if kept.last().is_some_and(|last| date.start < last.end) {
            continue;
        }
        kept.push(date);
    }
    kept
}

/// The first date in `text` that has a time of day, else the first date at all.
pub fn parse_date(text: &str, reference: Option<DateTime<FixedOffset>>) -> Option<FoundDate> {
    let dates = find_dates(text, reference);
    dates.iter().find(|d| d.has_time).or(dates.first()).cloned()
}

/// Reads a machine-readable date value, the whole of `value`: ISO 8601 / RFC 3339 and their
/// common relaxations (see `ISO_DATE`), or RFC 2822 ("Mon, 08 Aug 2022 23:31:00 +0700").
///
/// Zone: "UTC" for a `Z` suffix, the Indonesian zone word for +07:00, +08:00 and +09:00,
/// else the offset or zone as written. A value without an offset is local time and gets
/// `zone: None`, its wall-clock time kept at UTC (see [`FoundDate::at_default_offset`]).
pub fn parse_machine(value: &str) -> Option<FoundDate> {
    let s = value.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    let start = value.len() - value.trim_start().len();
    if let Some(caps) = ISO_MACHINE.captures(s) {
        let mut found = iso_date(&caps)?;
        found.start += start;
        found.end += start;
        return Some(found);
    }
    let t = DateTime::parse_from_rfc2822(s).ok()?;
    let written = s.rsplit(char::is_whitespace).next().unwrap_or_default();
    let zone = zone_word_for(t.offset().local_minus_utc()).map(str::to_string).unwrap_or_else(|| {
        if written.starts_with(['+', '-']) {
            t.offset().to_string()
        } else {
            written.to_string()
        }
    });
    Some(FoundDate {
        datetime: t,
        zone: Some(zone),
        has_time: true,
        relative: false,
        start,
        end: start + s.len(),
    })
}

/// A date written in a URL path, `/2015/11/04/` or `/2015-11-04/`: a day without time or zone.
pub fn date_in_url(url: &str) -> Option<FoundDate> {
    let caps = URL_PATH_DATE.captures(url)?;
    let date = ymd(&caps["y"], caps["m"].parse().ok(), &caps["d"])?;
    let (y, d) = (caps.name("y")?, caps.name("d")?);
    Some(FoundDate {
        datetime: utc().from_local_datetime(&NaiveDateTime::new(date, NaiveTime::MIN)).single()?,
        zone: None,
        has_time: false,
        relative: false,
        start: y.start(),
        end: d.end(),
    })
}

fn utc() -> FixedOffset {
    FixedOffset::east_opt(0).expect("zero offset")
}

fn ymd(year: &str, month: Option<u32>, day: &str) -> Option<NaiveDate> {
    let two_digits = year.len() <= 2;
    let mut year: i32 = year.parse().ok()?;
    if two_digits {
        year += 2000;
    }
    if !(1900..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month?, day.parse().ok()?)
}

fn iso_date(caps: &regex::Captures<'_>) -> Option<FoundDate> {
    let date = ymd(&caps["y"], caps["m"].parse().ok(), &caps["d"])?;
    let whole = caps.get(0)?;
    let time = match (caps.name("hour"), caps.name("minute")) {
        (Some(h), Some(m)) => {
            let s = caps.name("second").map_or(Some(0), |s| s.as_str().parse().ok())?;
            let nanos = caps.name("frac").map_or(Some(0), |f| {
                let digits = f.as_str();
                let scale = 10u32.pow(9 - digits.len() as u32);
                digits.parse::<u32>().ok().map(|n| n * scale)
            })?;
            let (h, m) = (h.as_str().parse().ok()?, m.as_str().parse().ok()?);
            Some(NaiveTime::from_hms_nano_opt(h, m, s, nanos)?)
        }
        _ => None,
    };
    let (offset, zone) = match caps.name("off").map(|m| m.as_str()) {
        Some("Z" | "z") => (utc(), Some("UTC".to_string())),
        Some(off) => {
            let seconds = parse_numeric_offset(off)?;
            let word = zone_word_for(seconds).map_or_else(|| off.to_string(), str::to_string);
            (FixedOffset::east_opt(seconds)?, Some(word))
        }
        None => (utc(), None),
    };
    found_at(whole, date, time, offset, zone)
}

/// A date found at `whole`: the local date and time in `offset`.
fn found_at(
    whole: regex::Match<'_>,
    date: NaiveDate,
    time: Option<NaiveTime>,
    offset: FixedOffset,
    zone: Option<String>,
) -> Option<FoundDate> {
    let naive = NaiveDateTime::new(date, time.unwrap_or_default());
    Some(FoundDate {
        datetime: offset.from_local_datetime(&naive).single()?,
        zone,
        has_time: time.is_some(),
        relative: false,
        start: whole.start(),
        end: whole.end(),
    })
}

fn assemble(caps: &regex::Captures<'_>, date: NaiveDate, default_offset: FixedOffset) -> Option<FoundDate> {
    let whole = caps.get(0)?;
    let time = match (caps.name("hour"), caps.name("minute")) {
        (Some(h), Some(m)) => {
            let mut hour: u32 = h.as_str().parse().ok()?;
            let minute: u32 = m.as_str().parse().ok()?;
            let second: u32 = caps.name("second").map_or(Some(0), |s| s.as_str().parse().ok())?;
            if let Some(ampm) = caps.name("ampm") {
                let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
                if hour > 12 {
                    return None;
                }
                hour = match (pm, hour) {
                    (false, 12) => 0,
                    (true, 12) => 12,
                    (true, h) => h + 12,
                    (false, h) => h,
                };
            }
            NaiveTime::from_hms_opt(hour, minute, second)
        }
        _ => None,
    };
    let zone = caps
        .name("zone")
        .map(|z| z.as_str().split_whitespace().collect::<String>().to_uppercase())
        // "ET" after a US-style time is a US zone; elsewhere "PT" is more likely a company
        // ("23 Februari 2016 PT Astra …", "pukul 14.00 PT Pertamina …")
        .filter(|z| caps.name("ampm").is_some() || us_zone_standard_offset(z).is_none());
    let offset = match &zone {
        Some(z) => FixedOffset::east_opt(zone_offset_on(z, date)?)?,
        None => default_offset,
    };
    found_at(whole, date, time, offset, zone)
}

/// The offset of a zone word on a given day: the US zones written without standard or
/// daylight ("7:04 pm ET") follow US daylight saving time.
fn zone_offset_on(zone: &str, date: NaiveDate) -> Option<i32> {
    match us_zone_standard_offset(zone) {
        Some(hours) => Some((hours + i32::from(us_daylight_time(date))) * 3600),
        None => zone_offset(zone),
    }
}

fn us_zone_standard_offset(zone: &str) -> Option<i32> {
    match zone {
        "ET" => Some(-5),
        "CT" => Some(-6),
        "MT" => Some(-7),
        "PT" => Some(-8),
        _ => None,
    }
}

/// US daylight saving time, as the rule has stood since 2007: from the second Sunday of
/// March to the first Sunday of November (the hour of the change is not told apart).
fn us_daylight_time(date: NaiveDate) -> bool {
    let nth_sunday =
        |month: u32, n: u8| NaiveDate::from_weekday_of_month_opt(date.year(), month, Weekday::Sun, n);
    match (nth_sunday(3, 2), nth_sunday(11, 1)) {
        (Some(start), Some(end)) => date >= start && date < end,
        _ => false,
    }
}

/// A day and month completed with the reference's year, or the year before when that would put
/// the date more than two months after the reference ("Jan. 6" read in October), or the year
/// after when it would be more than ten months before it ("5 Januari" read in late December).
fn without_year(caps: &regex::Captures<'_>, reference: DateTime<FixedOffset>) -> Option<FoundDate> {
    let whole = caps.get(0)?;
    let month = match caps.name("mon") {
        // A month word must be capitalized: "may 5" is more often a verb than a date.
        Some(m) if m.as_str().starts_with(char::is_uppercase) => month_number(m.as_str())?,
        Some(_) => return None,
        None => caps.name("m")?.as_str().parse().ok()?,
    };
    let day: u32 = caps.name("d")?.as_str().parse().ok()?;
    let today = reference.date_naive();
    let mut date = NaiveDate::from_ymd_opt(today.year(), month, day)?;
    if date > today + Duration::days(62) {
        date = NaiveDate::from_ymd_opt(today.year() - 1, month, day)?;
    } else if date < today - Duration::days(303) {
        date = NaiveDate::from_ymd_opt(today.year() + 1, month, day)?;
    }
    let mut found = found_at(whole, date, None, *reference.offset(), None)?;
    found.relative = true;
    Some(found)
}

fn relative(caps: &regex::Captures<'_>, reference: DateTime<FixedOffset>) -> Option<FoundDate> {
    let whole = caps.get(0)?;
    let (delta, has_time) = if let Some(word) = caps.name("word") {
        let word = word.as_str().to_lowercase();
        let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
        let days = match word.as_str() {
            "hari ini" | "today" => 0,
            "kemarin" | "yesterday" => 1,
            "kemarin lusa" => 2,
            "minggu lalu" | "pekan lalu" | "last week" => 7,
            "bulan lalu" | "last month" => 30,
            _ => 365,
        };
        (Duration::days(days), false)
    } else {
        let n: i64 = match caps.name("n")?.as_str().to_lowercase().as_str() {
            "se" | "satu" | "a" | "an" => 1,
            "dua" => 2,
            "tiga" => 3,
            digits => digits.parse().ok()?,
        };
        let unit = caps.name("unit")?.as_str().to_lowercase();
        match unit.trim_end_matches('s') {
            "detik" | "second" | "sec" => (Duration::seconds(n), true),
            "menit" | "minute" | "min" => (Duration::minutes(n), true),
            "jam" | "hour" | "hr" => (Duration::hours(n), true),
            "hari" | "day" => (Duration::days(n), false),
            "minggu" | "pekan" | "week" => (Duration::weeks(n), false),
            "bulan" | "month" => (Duration::days(30 * n), false),
            _ => (Duration::days(365 * n), false),
        }
    };
    Some(FoundDate {
        datetime: reference.checked_sub_signed(delta)?,
        zone: None,
        has_time,
        relative: true,
        start: whole.start(),
        end: whole.end(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> FoundDate {
        parse_date(text, None).unwrap_or_else(|| panic!("no date in {text:?}"))
    }

    #[test]
    fn portal_formats_keep_their_zone() {
        let cases = [
            ("Kompas.com - 08/08/2022, 23:31 WIB", "2022-08-08T23:31:00+07:00"),
            ("Senin, 8 Agustus 2022 23:31 WIB", "2022-08-08T23:31:00+07:00"),
            ("Selasa, 9 Agu 2022 | 10.05 WITA", "2022-08-09T10:05:00+08:00"),
            ("Rabu, 10 Agustus 2022 - 07:00 WIT", "2022-08-10T07:00:00+09:00"),
            ("August 8, 2022 11:31 PM GMT+7", "2022-08-08T23:31:00+07:00"),
            ("Published 8 August 2022, 16:31 UTC", "2022-08-08T16:31:00+00:00"),
            ("2022-08-08T23:31:00+07:00", "2022-08-08T23:31:00+07:00"),
            ("2022-08-08T16:31:00Z", "2022-08-08T16:31:00+00:00"),
        ];
        for (text, want) in cases {
            let got = first(text);
            assert_eq!(got.datetime.to_rfc3339(), want, "{text}");
            assert!(got.has_time, "{text}");
        }
    }

    #[test]
    fn date_without_time_or_zone() {
        let got = first("kata Korotchenko, Senin (8/8/2022).");
        assert_eq!(got.datetime.date_naive(), NaiveDate::from_ymd_opt(2022, 8, 8).unwrap());
        assert!(!got.has_time);
        assert_eq!(got.zone, None);
    }

    #[test]
    fn relative_dates_need_a_reference() {
        let reference = DateTime::parse_from_rfc3339("2022-08-09T10:00:00+07:00").unwrap();
        assert!(parse_date("2 jam lalu", None).is_none());
        let got = parse_date("Diperbarui 2 jam lalu", Some(reference)).unwrap();
        assert_eq!(got.datetime.to_rfc3339(), "2022-08-09T08:00:00+07:00");
        assert!(got.relative);
        let got = parse_date("kemarin", Some(reference)).unwrap();
        assert_eq!(got.datetime.date_naive(), NaiveDate::from_ymd_opt(2022, 8, 8).unwrap());
        let got = parse_date("3 days ago", Some(reference)).unwrap();
        assert_eq!(got.datetime.date_naive(), NaiveDate::from_ymd_opt(2022, 8, 6).unwrap());
    }

    #[test]
    fn day_and_month_take_the_reference_year() {
        let at = |r: &str| Some(DateTime::parse_from_rfc3339(r).unwrap());
        let day = |t: &str, r: &str| {
            find_dates(t, at(r)).iter().map(|d| d.datetime.date_naive().to_string()).collect::<Vec<_>>()
        };
        assert_eq!(day("jadi 18 Mei (sidang)", "2017-05-15T18:00:00+07:00"), ["2017-05-18"]);
        assert_eq!(day("Senin (15/2).", "2016-02-16T09:00:00+07:00"), ["2016-02-15"]);
        assert_eq!(day("the Jan. 6 attack", "2021-10-08T00:00:00Z"), ["2021-01-06"]);
        assert_eq!(day("pada 5 Januari", "2021-12-28T00:00:00Z"), ["2022-01-05"]);
        assert_eq!(day("on Nov. 8, 2021 and may 5", "2021-10-15T00:00:00Z"), ["2021-11-08"]);
        assert!(find_dates("jadi 18 Mei", None).is_empty());
        assert!(find_dates("Senin (15/2).", at("2016-02-16T09:00:00+07:00")).iter().all(|d| d.relative));
    }

    #[test]
    fn impossible_dates_and_plain_numbers_are_not_dates() {
        assert!(parse_date("31/02/2022", None).is_none());
        assert!(parse_date("100.000 tentara", None).is_none());
        assert!(parse_date("skor 2-1", None).is_none());
    }

    #[test]
    fn spans_point_at_the_date() {
        let text = "MOSKWA, Senin (8/8/2022) - lalu 9 Agustus 2022 pukul 10.00 WIB.";
        let dates = find_dates(text, None);
        assert_eq!(dates.len(), 2);
        assert_eq!(&text[dates[0].start..dates[0].end], "8/8/2022");
        assert_eq!(&text[dates[1].start..dates[1].end], "9 Agustus 2022 pukul 10.00 WIB");
    }

    fn show(d: &FoundDate) -> String {
        format!("{} {:?} {}", d.datetime.to_rfc3339(), d.zone, d.has_time)
    }

    #[test]
    fn machine_values() {
        let d = |s: &str| parse_machine(s).map(|d| show(&d));
        assert_eq!(d("2022-08-08T23:31:00+07:00").unwrap(), "2022-08-08T23:31:00+07:00 Some(\"WIB\") true");
        assert_eq!(
            d("2016-02-23T14:49:30.000+0800").unwrap(),
            "2016-02-23T14:49:30+08:00 Some(\"WITA\") true"
        );
        assert_eq!(d(" 2016-02-23 14:49:30 +09 ").unwrap(), "2016-02-23T14:49:30+09:00 Some(\"WIT\") true");
        assert_eq!(d("2022-08-08T16:31Z").unwrap(), "2022-08-08T16:31:00+00:00 Some(\"UTC\") true");
        assert_eq!(
            d("2022-08-08T19:31:00-04:00").unwrap(),
            "2022-08-08T19:31:00-04:00 Some(\"-04:00\") true"
        );
        assert_eq!(
            d("Mon, 08 Aug 2022 23:31:00 +0700").unwrap(),
            "2022-08-08T23:31:00+07:00 Some(\"WIB\") true"
        );
        assert_eq!(
            d("Mon, 08 Aug 2022 16:31:00 GMT").unwrap(),
            "2022-08-08T16:31:00+00:00 Some(\"GMT\") true"
        );
        // Local time: no zone, the wall-clock time kept.
        let local = parse_machine("2022-08-08 23:31:00").unwrap();
        assert_eq!(local.zone, None);
        assert!(!local.has_offset());
        let wib = FixedOffset::east_opt(7 * 3600).unwrap();
        assert_eq!(local.at_default_offset(wib).unwrap().to_rfc3339(), "2022-08-08T23:31:00+07:00");
        assert_eq!(
            d("2019-11-19T11:51:32.556Z").unwrap(),
            "2019-11-19T11:51:32.556+00:00 Some(\"UTC\") true"
        );
        assert_eq!(d("0001-01-01T00:00:00Z"), None);
        assert_eq!(d("2022-8-8").unwrap(), "2022-08-08T00:00:00+00:00 None false");
        for bad in ["yesterday", "2022-08-08 and more", "", "2022-13-01"] {
            assert!(parse_machine(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn zone_words_for_indonesian_offsets_only() {
        assert_eq!(zone_word_for(7 * 3600), Some("WIB"));
        assert_eq!(zone_word_for(8 * 3600), Some("WITA"));
        assert_eq!(zone_word_for(9 * 3600), Some("WIT"));
        assert_eq!(zone_word_for(0), None);
        assert_eq!(zone_offset("aedt"), Some(11 * 3600));
        assert_eq!(zone_offset("CDT"), Some(-5 * 3600));
    }

    #[test]
    fn us_zones_follow_daylight_saving_time() {
        let offset =
            |text: &str| find_dates(text, None).first().map(|d| d.datetime.offset().local_minus_utc() / 3600);
        assert_eq!(offset("Nov. 18, 2019 7:04 pm ET"), Some(-5));
        assert_eq!(offset("July 4, 2019 10:00 am ET"), Some(-4));
        assert_eq!(offset("March 10, 2019 9:00 am PT"), Some(-7), "the second Sunday of March");
        assert_eq!(offset("March 9, 2019 9:00 am PT"), Some(-8));
        // after a bare date or a 24-hour time "PT" opens a company's name
        for text in [
            "23 Februari 2016 PT Astra Otoparts meluncurkan ban",
            "Senin, 23 Februari 2016 14.00 PT Pertamina",
        ] {
            let date = &find_dates(text, None)[0];
            let without_pt = &find_dates(&text[..text.find(" PT").unwrap_or(text.len())], None)[0];
            assert_eq!((date.zone.as_deref(), date.datetime), (None, without_pt.datetime), "{text}");
        }
    }

    #[test]
    fn dates_in_url_paths() {
        let day = |u: &str| date_in_url(u).map(|d| d.datetime.date_naive().to_string());
        assert_eq!(day("https://x.example/news/2015/11/04/judul").as_deref(), Some("2015-11-04"));
        assert_eq!(day("https://x.example/read/2015-11-4-judul").as_deref(), Some("2015-11-04"));
        assert_eq!(day("https://x.example/read/12345/judul"), None);
        assert!(!date_in_url("https://x.example/2015/11/04/").unwrap().has_time);
    }

    #[test]
    fn page_date_lines() {
        let cases = [
            ("Selasa 23 Feb 2016, 14:49 WIT", "2016-02-23T14:49:00+09:00 Some(\"WIT\") true"),
            ("Rabu, 04 Nov 2015 | 21.04 WIB", "2015-11-04T21:04:00+07:00 Some(\"WIB\") true"),
            ("Rabu, 04 Agus 2015 (21.04 wib)", "2015-08-04T21:04:00+07:00 Some(\"WIB\") true"),
            ("Published August 8, 2022 11:31 PM EDT", "2022-08-08T23:31:00-04:00 Some(\"EDT\") true"),
            ("Updated 08/31/2022 - 10:00 CDT", "2022-08-31T10:00:00-05:00 Some(\"CDT\") true"),
            ("Updated 3 March 2021", "2021-03-03T00:00:00+00:00 None false"),
        ];
        for (text, want) in cases {
            assert_eq!(show(&first(text)), want, "{text}");
        }
        // A number after the date is no time of day.
        assert!(!first("8 Agustus 2022, 10.000 warga mengungsi").has_time);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_boundaries(text in "\\PC{0,80}") {
            let reference = DateTime::parse_from_rfc3339("2022-08-09T10:00:00+07:00").unwrap();
            for d in find_dates(&text, Some(reference)) {
                proptest::prop_assert!(text.get(d.start..d.end).is_some());
            }
        }
    }
}
