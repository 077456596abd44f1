//! Sentence splitting for Indonesian and English news text.
//!
//! Rules, in order: a blank line always ends a sentence; `.`, `?`, `!` and `…`
//! end one only when followed by whitespace (so `1.3`, `U.S.` and URLs stay
//! whole) and then by something other than a lowercase letter, or when a `.` lost
//! its space in scraping (`tersebut.Dia`, see [`glued_end`]); a single `.`
//! after a known abbreviation or an initial (`J. Smith`) does not end one; and
//! nothing ends inside a quotation that closes later in the same paragraph, so
//! `“A. B,” kata X.` is one sentence.

use once_cell::sync::Lazy;
use regex::Regex;
use serde::{Deserialize, Serialize};

/// Byte range into the analysed text; `text[start..end]` is the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
}

impl TextSpan {
    /// The spanned text; empty if the span does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Abbreviations (lowercase, without the dot) after which `.` is not an end.
/// List enders such as `dll.`, `dsb.`, `etc.` are deliberately absent: mid-sentence
/// they are followed by a lowercase word, which already blocks a split, and before
/// a capital they usually do end the sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "jl", "jln", "mr", "mrs", "ms", "sdr", "bpk",
    "ny", "tn", "kol", "let", "jend", "brigjen", "mayjen", "letjen", "kombes", "kapt", "gen", "sen", "rep",
    "gov", "lt", "sgt", "capt", "col", "vs", "v", "kab", "kec", "kel", "prov", "tgl", "telp", "jan", "feb",
    "mar", "apr", "jun", "jul", "agu", "agt", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec", "inc",
    "corp", "bros", "pt",
];

/// Abbreviations that are only abbreviations before a number (`No. 5`, `Rp. 500`);
/// elsewhere `no.` can end an English sentence.
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nomor", "rp", "hal", "pasal", "art", "fig", "vol"];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»')
}

/// Splits `text` into trimmed, non-empty sentence spans in text order.
pub fn sentences(text: &str) -> Vec<TextSpan> {
    static PARAGRAPH: Lazy<Regex> = Lazy::new(|| Regex::new(r"\n[ \t\r\u{a0}]*\n").expect("valid regex"));
    let mut out = Vec::new();
    let mut start = 0;
    for m in PARAGRAPH.find_iter(text) {
        split_paragraph(text, start, m.start(), &mut out);
        start = m.end();
    }
    split_paragraph(text, start, text.len(), &mut out);
    out
}

/// Pairs quotation marks in a paragraph; unclosed ones are ignored so one stray
/// quote cannot swallow the rest of the paragraph. Returns (open, close) char indices.
fn quote_ranges(chars: &[(usize, char)]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut curly: Vec<usize> = Vec::new();
    let mut straight: Option<usize> = None;
    for (i, &(_, c)) in chars.iter().enumerate() {
        match c {
            '“' | '«' => curly.push(i),
            '”' | '»' => {
                if let Some(o) = curly.pop() {
                    ranges.push((o, i));
                }
            }
            '"' => match straight.take() {
                Some(o) => ranges.push((o, i)),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    ranges
}

fn split_paragraph(text: &str, from: usize, to: usize, out: &mut Vec<TextSpan>) {
    let para = &text[from..to];
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let quotes = quote_ranges(&chars);
    let mut sent_start = 0usize; // byte offset within para
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && is_terminator(chars[j].1) {
            j += 1;
        }
        let run_len = j - i;
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        if is_boundary(para, &chars, &quotes, i, run_len, j) {
            let end = chars.get(j).map_or(para.len(), |&(b, _)| b);
            push_trimmed(text, from + sent_start, from + end, out);
            sent_start = end;
        }
        i = j.max(i + 1);
    }
    push_trimmed(text, from + sent_start, to, out);
}

/// Whether the terminator run at `i` (with closers, ending at `j`) ends a sentence.
fn is_boundary(
    para: &str,
    chars: &[(usize, char)],
    quotes: &[(usize, usize)],
    i: usize,
    run_len: usize,
    j: usize,
) -> bool {
    if j >= chars.len() {
        return true;
    }
    // Inside a quotation that only closes after this point.
    let quoted = quotes.iter().any(|&(o, c)| o < i && c >= j);
    if !chars[j].1.is_whitespace() {
        return !quoted && glued_end(para, chars, i, run_len, j);
    }
    if quoted {
        return false;
    }
    let next = chars[j..].iter().map(|&(_, c)| c).find(|c| !c.is_whitespace());
    let Some(next) = next else { return true };
    if next.is_lowercase() {
        return false;
    }
    if run_len == 1 && chars[i].1 == '.' {
        let word = word_before(para, chars, i);
        let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        let mut letters = bare.chars();
        let initial = matches!((letters.next(), letters.next()), (Some(l), None) if l.is_uppercase());
        let dotted = bare.contains('.')
            && bare
                .split('.')
                .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic));
        if initial || dotted || ABBREVIATIONS.contains(&lower.as_str()) {
            return false;
        }
        if NUMBER_ABBREVIATIONS.contains(&lower.as_str()) && next.is_ascii_digit() {
            return false;
        }
    }
    true
}

/// Scraped text often loses the space after a period: "dilarang tersebut.Dia menjelaskan",
/// "Senin (15/2).Menurut". A single `.` glued to a capitalized word ends a sentence when a
/// lowercase word of three or more letters (not an abbreviation) or a closing bracket is before
/// it, and the word after it goes on in lowercase (so "KOMPAS.com", "U.S.Army", "Jl.Sudirman"
/// and "www.menpan.go.id" stay whole).
fn glued_end(para: &str, chars: &[(usize, char)], i: usize, run_len: usize, j: usize) -> bool {
    if run_len != 1 || chars[i].1 != '.' || j != i + 1 || i == 0 {
        return false;
    }
    if !chars[j].1.is_uppercase() || !chars.get(j + 1).is_some_and(|&(_, c)| c.is_lowercase()) {
        return false;
    }
    let next: String = chars[j..].iter().map(|&(_, c)| c).take_while(|c| c.is_alphanumeric()).collect();
    if matches!(next.to_lowercase().as_str(), "com" | "co" | "net" | "org" | "id" | "go" | "js") {
        return false;
    }
    if chars[i - 1].1 == ')' {
        return true;
    }
    let word = word_before(para, chars, i);
    let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    bare.chars().count() >= 3
        && bare.chars().all(char::is_alphabetic)
        && bare.chars().last().is_some_and(char::is_lowercase)
        && !ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
}

/// The whitespace-delimited word ending right before char index `i`.
fn word_before<'a>(para: &'a str, chars: &[(usize, char)], i: usize) -> &'a str {
    let end = chars[i].0;
    let mut k = i;
    while k > 0 && !chars[k - 1].1.is_whitespace() {
        k -= 1;
    }
    &para[chars.get(k).map_or(end, |&(b, _)| b)..end]
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<TextSpan>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(TextSpan { start: start + lead, end: start + lead + trimmed.len() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Satu dua. Tiga empat! Lima? Enam"),
            vec!["Satu dua.", "Tiga empat!", "Lima?", "Enam"]
        );
        assert_eq!(split("  Hello world.  "), vec!["Hello world."]);
        assert!(split("   ").is_empty());
    }

    #[test]
    fn abbreviations_and_titles() {
        let t = "Prof. Dr. H. Ahmad tiba di Jl. Sudirman No. 5 pukul 10.00. Dia datang.";
        assert_eq!(
            split(t),
            vec!["Prof. Dr. H. Ahmad tiba di Jl. Sudirman No. 5 pukul 10.00.", "Dia datang."]
        );
        let t = "Mr. Smith lives on Baker St. He moved in Jan. 2020. The U.S. Army agreed.";
        assert_eq!(split(t).len(), 2, "{:?}", split(t));
        let t = "Buah, sayur, dll. dijual. Bayar Rp. 5.000 a.n. Budi. Ada buku, pena, dsb. Lalu pulang.";
        assert_eq!(
            split(t),
            vec![
                "Buah, sayur, dll. dijual.",
                "Bayar Rp. 5.000 a.n. Budi.",
                "Ada buku, pena, dsb.",
                "Lalu pulang."
            ]
        );
        // (a company's "PT.")
        let t = "Dia bekerja di PT. Ikan Sukamaju sejak 2019. Lalu pulang.";
        assert_eq!(split(t), vec!["Dia bekerja di PT. Ikan Sukamaju sejak 2019.", "Lalu pulang."]);
        // (the "v." of a case's name)
        assert_eq!(
            split("The court heard Dover v. Reed. It ruled."),
            vec!["The court heard Dover v. Reed.", "It ruled."]
        );
    }

    #[test]
    fn numbers_and_initials() {
        let t = "Inflasi naik 1.3 persen. Sebanyak 100.000 orang hadir. J. Smith said so.";
        assert_eq!(
            split(t),
            vec!["Inflasi naik 1.3 persen.", "Sebanyak 100.000 orang hadir.", "J. Smith said so."]
        );
    }

    #[test]
    fn periods_that_lost_their_space() {
        assert_eq!(split("dilarang tersebut.Dia pergi."), vec!["dilarang tersebut.", "Dia pergi."]);
        assert_eq!(split("Senin (15/2).Menurut dia, ya."), vec!["Senin (15/2).", "Menurut dia, ya."]);
        for whole in ["Baca KOMPAS.com hari ini.", "Lihat situs Kompas.Com sekarang.", "Di Jl.Sudirman ada."]
        {
            assert_eq!(split(whole), vec![whole]);
        }
    }

    #[test]
    fn ellipsis() {
        assert_eq!(split("Dia diam... lalu pergi. Selesai."), vec!["Dia diam... lalu pergi.", "Selesai."]);
        assert_eq!(split("Tunggu… Lalu apa?"), vec!["Tunggu…", "Lalu apa?"]);
    }

    #[test]
    fn quotations() {
        assert_eq!(split("“A. B,” kata X."), vec!["“A. B,” kata X."]);
        assert_eq!(
            split("“Kami siap. Kami menunggu,” kata Budi. Dia pergi."),
            vec!["“Kami siap. Kami menunggu,” kata Budi.", "Dia pergi."]
        );
        assert_eq!(split("“Kami siap.” Lalu dia pergi."), vec!["“Kami siap.”", "Lalu dia pergi."]);
        assert_eq!(split("\"Why?\" he asked. Nobody knew."), vec!["\"Why?\" he asked.", "Nobody knew."]);
        // A stray opening quote does not swallow the paragraph.
        assert_eq!(split("“Tidak ada. Dia pergi."), vec!["“Tidak ada.", "Dia pergi."]);
    }

    #[test]
    fn paragraphs_split() {
        assert_eq!(split("Judul tanpa titik\n\nIsi berita."), vec!["Judul tanpa titik", "Isi berita."]);
        assert_eq!(split("Baris satu\nbaris dua."), vec!["Baris satu\nbaris dua."]);
    }

    proptest! {
        #[test]
        fn spans_valid_ordered(s in "(\\PC|[.?!…“”\" \n]){0,80}") {
            let spans = sentences(&s);
            let mut last = 0;
            for sp in spans {
                prop_assert!(sp.start >= last && sp.start < sp.end && sp.end <= s.len());
                prop_assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
                prop_assert_eq!(sp.slice(&s).trim(), sp.slice(&s));
                last = sp.end;
            }
        }
    }
}
