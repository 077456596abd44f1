//! Publication-date glue for HTML pages over `jejak_text::dates`, which reads the dates
//! themselves (machine values, visible text, URL paths).

use chrono::Datelike;
use jejak_text::dates::{find_dates, parse_machine, FoundDate};

/// Publication dates of news pages: anything earlier is a historical date in the text.
const FIRST_YEAR: i32 = 1990;

/// The first visible date in `text` that names a day, month and year, with its time and
/// zone when written next to it.
pub(crate) fn find_visible(text: &str) -> Option<FoundDate> {
    find_dates(text, None).into_iter().find(|d| d.datetime.year() >= FIRST_YEAR)
}

/// A machine-readable value, else a date written in it as text.
pub(crate) fn read_value(value: &str) -> Option<FoundDate> {
    parse_machine(value).or_else(|| find_visible(value))
}

/// The zone word for `Article.time_zone`: "WIB", "UTC", "EDT", not a bare "-04:00".
pub(crate) fn zone_word(d: &FoundDate) -> Option<String> {
    d.zone.clone().filter(|z| z.starts_with(|c: char| c.is_alphabetic()))
}
