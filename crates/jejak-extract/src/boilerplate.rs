//! Boilerplate: the general rules every portal shares, and a model of each outlet's own
//! recurring lines, learned as its pages arrive.
//!
//! A portal repeats its chrome on every page: promos, widget labels, footer text. Lines
//! that recur on many pages of one outlet are therefore boilerplate, whatever their words;
//! the general rules catch what a single page already shows ("Baca juga:", app promos).
//! Lines are compared normalized (case, spacing and digits folded) by a short stable hash,
//! so the model stays small and serializes the same way across runs and machines.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;
use serde::{Deserialize, Serialize};

/// Why a line was left out of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum DropReason {
    /// A pattern every portal shares ("Baca juga:"), named by the rule.
    General { pattern: String },
    /// The line recurs on many pages of this outlet.
    Recurring { outlet: String, pages: u32, of: u32 },
    /// The line's place on the page marks it: header chrome, a related-headline list after
    /// the article, a repeat of the title or of another paragraph.
    Layout { what: String },
}

/// A page must have been seen this many times, on at least this share of the outlet's
/// pages, before its lines count as boilerplate: two pages may share a line by chance.
const MIN_PAGES: u32 = 3;
const MIN_SHARE: f64 = 0.2;
/// Per-outlet cap on remembered lines; lines seen once are forgotten first.
const MAX_LINES_PER_OUTLET: usize = 50_000;

/// Lines that recur across an outlet's pages, learned as pages arrive.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BoilerplateModel {
    outlets: HashMap<String, OutletLines>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct OutletLines {
    pages: u32,
    /// Line hash → number of pages the line appeared on.
    lines: HashMap<String, u32>,
}

impl BoilerplateModel {
    /// Learns from one page's text lines, attributed to `outlet`. Each distinct line
    /// counts once per page.
    pub fn observe(&mut self, outlet: &str, lines: &[&str]) {
        let entry = self.outlets.entry(outlet.to_string()).or_default();
        entry.pages += 1;
        let mut seen: Vec<String> = lines.iter().map(|l| line_key(l)).collect();
        seen.sort_unstable();
        seen.dedup();
        for key in seen {
            *entry.lines.entry(key).or_default() += 1;
        }
        if entry.lines.len() > MAX_LINES_PER_OUTLET {
            entry.lines.retain(|_, count| *count > 1);
        }
    }

    /// Why `line` is boilerplate for `outlet` by the learned model, if it is.
    pub fn recurring(&self, outlet: &str, line: &str) -> Option<DropReason> {
        let entry = self.outlets.get(outlet)?;
        let count = *entry.lines.get(&line_key(line))?;
        let often = count >= MIN_PAGES && f64::from(count) >= MIN_SHARE * f64::from(entry.pages);
        often.then(|| DropReason::Recurring { outlet: outlet.to_string(), pages: count, of: entry.pages })
    }

    /// How many pages of `outlet` the model has seen.
    pub fn pages_seen(&self, outlet: &str) -> u32 {
        self.outlets.get(outlet).map_or(0, |o| o.pages)
    }
}

fn line_key(line: &str) -> String {
    let mut folded = String::with_capacity(line.len());
    for word in line.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        folded.extend(word.chars().flat_map(char::to_lowercase).map(|c| {
            if c.is_ascii_digit() {
                '0'
            } else {
                c
            }
        }));
    }
    jejak_model::stable_id(folded.as_bytes())
}

struct Rule {
    name: &'static str,
    pattern: Regex,
}

fn rule(name: &'static str, pattern: &str) -> Rule {
    Rule { name, pattern: Regex::new(pattern).expect("valid boilerplate rule") }
}

/// Lines every portal shares, whole or by their start. Checked on lines, not paragraphs
/// inside them, so an article sentence that merely mentions "baca juga" stays.
static GENERAL_RULES: Lazy<Vec<Rule>> = Lazy::new(|| {
    vec![
        rule("read also", r"(?i)^(baca|simak|lihat|cek|tonton)\s+(juga|pula|selengkapnya|berita|artikel)\b"),
        rule("read also", r"(?i)^(read|see|watch)\s+(more|also|next)\b|^related:|^more on this\b"),
        rule(
            "subscription promo",
            r"(?i)tanpa iklan|^gabung\b.*\+$|\b(ber)?langganan\b|^subscribe\b|subscribe (now|to)\b|sign up for (our|the)\b|newsletter",
        ),
        rule(
            "app or channel promo",
            r"(?i)dapatkan update|klik link|t\.me/|whatsapp channel|google news|unduh aplikasi|download aplikasi|download (the )?app|ikuti (kami|kanal|saluran)|follow us\b|install aplikasi",
        ),
        rule(
            "widget",
            r"(?i)^(komentar|tulis komentar|lihat komentar|comments?|close ads|tutup iklan|lengkapi profil|bagikan( artikel ini)?( melalui)?|share( this( article)?)?( on| via)?|oke|ok|login|masuk|daftar|copy link|salin (link|tautan)|tweet|print|cetak|email|load more|muat lainnya|tampilkan lainnya|lanjutkan membaca|scroll to continue( with content)?|advertisement|iklan|sponsored|ads|x)$",
        ),
        rule(
            "widget",
            r"(?i)^(login|masuk|sign in|log in)\s+(untuk|to|dengan|with)\b|#jernihberkomentar|segera lengkapi data",
        ),
        rule("copyright", r"(?i)^(©|\(c\)|copyright\b|hak cipta\b)|all rights reserved|hak cipta dilindungi"),
        rule("end marker", r"^(\[\]|\(\*\)|\[\*\]|\(\s*[a-z]{2,4}(\s*/\s*[a-z]{2,4})+\s*\))$"),
        rule("photo marker", r"(?i)(^|\s[-–—]\s)(foto|photo|gambar|galeri)\s+\d+$"),
    ]
});

/// Headings that open a list of other stories or widgets: what follows is not the article
/// until a real paragraph appears again.
static LIST_HEADINGS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(video (rekomendasi|lainnya|pilihan|terkait|terpopuler|terbaru)|rekomendasi untuk (anda|kamu)|terkini lainnya|berita terkait|artikel terkait|berita lainnya|berita terkini|berita populer|terpopuler|populer|paling banyak dibaca|pilihan redaksi|topik pilihan|topik terkait|tag|tags|related( stories| articles| news)?|more stories|most read|most popular|trending|you may also like|recommended( for you)?|editor'?s picks|latest news|top stories)\s*:?$",
    )
    .expect("valid regex")
});

/// The general rule a line matches, if any.
pub(crate) fn general_rule(line: &str) -> Option<DropReason> {
    let line = line.trim();
    GENERAL_RULES
        .iter()
        .find(|r| r.pattern.is_match(line))
        .map(|r| DropReason::General { pattern: r.name.to_string() })
}

/// Whether a line opens a related-headlines or widget list.
pub(crate) fn is_list_heading(line: &str) -> bool {
    LIST_HEADINGS.is_match(line.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurring_lines_need_several_pages() {
        let mut model = BoilerplateModel::default();
        model.observe("x.com", &["Ikuti kami di semua platform", "Artikel satu."]);
        model.observe("x.com", &["Ikuti  KAMI di semua platform", "Artikel dua."]);
        assert_eq!(model.recurring("x.com", "Ikuti kami di semua platform"), None);
        model.observe("x.com", &["ikuti kami di semua platform", "Artikel 3."]);
        assert_eq!(
            model.recurring("x.com", "Ikuti kami di semua platform"),
            Some(DropReason::Recurring { outlet: "x.com".into(), pages: 3, of: 3 })
        );
        assert_eq!(model.recurring("x.com", "Artikel satu."), None);
        assert_eq!(model.recurring("y.com", "Ikuti kami di semua platform"), None);
    }

    #[test]
    fn digits_fold_so_dated_chrome_recurs() {
        let mut model = BoilerplateModel::default();
        for day in 1..=4 {
            model.observe("x.com", &[&format!("Copyright 20{day}0 X Media"), "body"]);
        }
        assert!(model.recurring("x.com", "Copyright 2099 X Media").is_some());
    }

    #[test]
    fn general_rules() {
        for line in
            ["Baca juga: Ukraina Terkini", "baca juga:", "Read more: x", "Komentar", "[]", "Foo Bar - Foto 1"]
        {
            assert!(general_rule(line).is_some(), "{line}");
        }
        for line in ["Dia membaca juga buku itu.", "Korea Utara siap mengirim tentara."] {
            assert_eq!(general_rule(line), None, "{line}");
        }
        assert!(is_list_heading("Terkini Lainnya"));
        assert!(!is_list_heading("Terkini, Rusia menyerang"));
    }
}
