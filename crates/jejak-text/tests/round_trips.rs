//! Round trips: a number or date written the way Indonesian and English news write it is
//! read back as the value it was written from.

use chrono::{Datelike, FixedOffset, TimeZone, Timelike};
use jejak_text::dates::find_dates;
use jejak_text::find_quantities;
use proptest::prelude::*;

/// Thousands grouped with `sep` ("1.234.567" or "1,234,567").
fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

proptest! {
    #[test]
    fn grouped_numbers_read_back(n in 1u64..1_000_000_000_000) {
        for text in [
            format!("Sebanyak {} warga mengungsi.", grouped(n, '.')),
            format!("As many as {} residents fled.", grouped(n, ',')),
        ] {
            let found = find_quantities(&text);
            prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
            prop_assert_eq!(found[0].value, n as f64, "{}", text);
        }
    }

    #[test]
    fn number_words_read_back(whole in 1u32..1000, tenth in 0u32..10, word in 0usize..3) {
        let (id, en, scale) = [("ribu", "thousand", 1e3), ("juta", "million", 1e6), ("miliar", "billion", 1e9)][word];
        let (written_id, written_en) = if tenth == 0 {
            (whole.to_string(), whole.to_string())
        } else {
            (format!("{whole},{tenth}"), format!("{whole}.{tenth}"))
        };
        let want = (f64::from(whole) + f64::from(tenth) / 10.0) * scale;
        for text in [format!("Sekitar {written_id} {id} orang hadir."), format!("About {written_en} {en} people came.")] {
            let found = find_quantities(&text);
            prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
            prop_assert!((found[0].value - want).abs() <= want * 1e-9, "{}: {} != {}", text, found[0].value, want);
        }
    }

    #[test]
    fn dates_with_wib_read_back(y in 1990i32..2040, m in 1u32..=12, d in 1u32..=28, h in 0u32..24, min in 0u32..60) {
        let wib = FixedOffset::east_opt(7 * 3600).expect("valid offset");
        let want = wib.with_ymd_and_hms(y, m, d, h, min, 0).single().expect("valid date");
        for text in [
            format!("Jakarta, {d} {} {y} {h:02}:{min:02} WIB", BULAN[(m - 1) as usize]),
            format!("Diperbarui {d:02}/{m:02}/{y}, {h:02}:{min:02} WIB"),
        ] {
            let found = find_dates(&text, None);
            prop_assert_eq!(found.len(), 1, "{}: {:?}", text, found);
            let got = found[0].datetime;
            prop_assert_eq!(got, want, "{}", text);
            prop_assert_eq!((got.year(), got.hour(), got.offset().local_minus_utc()), (y, h, 7 * 3600));
        }
    }
}
