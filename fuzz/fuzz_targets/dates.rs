//! Arbitrary text through the date finders: no panic, and every date found spans a
//! character-boundary range inside the text.
#![no_main]

use jejak_text::dates::{date_in_url, find_dates, parse_date, parse_machine};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let reference = parse_machine("2024-03-05T10:00:00+07:00").map(|d| d.datetime);
    assert!(reference.is_some());
    for reference in [None, reference] {
        for date in find_dates(text, reference) {
            assert!(
                date.start <= date.end && date.end <= text.len(),
                "{}..{} in {}",
                date.start,
                date.end,
                text.len()
            );
            assert!(text.is_char_boundary(date.start) && text.is_char_boundary(date.end));
        }
        let _ = parse_date(text, reference);
    }
    let _ = parse_machine(text);
    let _ = date_in_url(text);
});
