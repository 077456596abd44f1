//! Publication-date glue for HTML pages over `jejak_text::dates`, which reads the dates
//! themselves (machine values, visible text, URL paths).

use chrono::Datelike;
use jejak_text::dates::{find_dates, parse_machine, FoundDate};

/// Publication dates of news pages: anything earlier is a historical date in the text.
const FIRST_YEAR: i32 = 1990;

/// The first visible date in `text` that names a day, month and year, with its time and
/// zone when written next to it. A bare ISO day ("2019-04-10") does not count: in page text
/// it is mostly a fragment of a machine value in a script or JSON blob (often the
/// modification date), or of a value [`parse_machine`] refused.
pub(crate) fn find_visible(text: &str) -> Option<FoundDate> {
    find_dates(text, None)
        .into_iter()
        .find(|d| d.datetime.year() >= FIRST_YEAR && (d.has_time || !is_iso(&text[d.start..d.end])))
}

fn is_iso(date: &str) -> bool {
    date.as_bytes().get(4) == Some(&b'-') && date.bytes().take(4).all(|b| b.is_ascii_digit())
}

/// A machine-readable value, else a date written in it as text.
pub(crate) fn read_value(value: &str) -> Option<FoundDate> {
    parse_machine(value).or_else(|| find_visible(value))
}

/// The zone word for `Article.time_zone`: "WIB", "UTC", "EDT", not a bare "-04:00".
pub(crate) fn zone_word(d: &FoundDate) -> Option<String> {
    d.zone.clone().filter(|z| z.starts_with(|c: char| c.is_alphabetic()))
}
