//! Counted quantities in Indonesian and English news: "sekitar 100.000 tentara",
//! "Rp 2,5 triliun", "more than 1.3 million people", "ribuan pekerja", "25 persen".
//!
//! Separator rule: a number with both `.` and `,` uses the last one as the decimal
//! mark (`1.234,5` and `1,234.5`). With one kind only, several separators, or a
//! single separator followed by exactly three digits, are thousands groupings
//! (`100.000`, `100,000`, `1.300` = 1300); anything else is a decimal mark
//! (`1,3`, `1.3`, `2,50`). So a 3-decimal value like `1.300` (meaning 1.3) is
//! misread, which is rare in news, while Indonesian thousands dots are common.
//!
//! Not quantities: dates and times (`8/8/2022`, `23:31`, `pukul 10.00`, `8 Agustus`),
//! years (1900–2100 after a month, `tahun`, `year`, `sejak`, `since`, `in`, `pada`),
//! and digits glued to letters (`G20`, `COVID-19`, `5G`, `2nd`).

use crate::chars::{is_alphabetic, is_alphanumeric};
use serde::{Deserialize, Serialize};

use crate::TextSpan;

/// How the stated number relates to the real one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    /// "sekitar", "kira-kira", "kurang lebih", "about", "around".
    Approx,
    /// "lebih dari", "setidaknya", "more than", "at least", "over".
    AtLeast,
    /// "kurang dari", "maksimal", "hingga", "less than", "up to".
    AtMost,
    /// "hampir", "nearly", "almost": a bit below the value.
    Nearly,
    /// "puluhan", "ribuan", "thousands of": `value` is the order of magnitude and
    /// the real number is a few times that (ribuan = 1000 means "several thousand").
    Many,
}

/// A number found in text, with what it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    pub qualifier: Qualifier,
    /// "percent", "IDR" or "USD"; other units are not recognised.
    pub unit: Option<String>,
    /// Lowercased counted noun right after the number ("tentara", "soldiers").
    pub noun: Option<String>,
    /// Covers qualifier, currency, number, multiplier, unit and noun.
    pub span: TextSpan,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Num,
    Word,
    Sym(char),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
    /// Whitespace separates this token from the previous one.
    gap: bool,
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut gap = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            // Digits with inner separators: 100.000, 1,3, 8/8/2022, 23:31.
            loop {
                match it.peek() {
                    Some(&(_, d)) if d.is_ascii_digit() => {
                        end += 1;
                        it.next();
                    }
                    Some(&(j, '.' | ',' | ':' | '/')) => {
                        if text[j + 1..].starts_with(|d: char| d.is_ascii_digit()) {
                            end = j + 1;
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            Kind::Num
        } else if is_alphabetic(c) {
            while let Some(&(j, d)) = it.peek() {
                if !is_alphabetic(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            Kind::Word
        } else {
            Kind::Sym(c)
        };
        toks.push(Tok { start: i, end, kind, gap });
        gap = false;
    }
    toks
}

/// Parses digits with `.`/`,` separators by the rule in the module docs.
fn parse_number(s: &str) -> Option<f64> {
    let last_dot = s.rfind('.');
    let last_comma = s.rfind(',');
    let cleaned: String = match (last_dot, last_comma) {
        (Some(d), Some(c)) => {
            let (thousands, decimal) = if d > c { (',', '.') } else { ('.', ',') };
            s.chars().filter(|&ch| ch != thousands).map(|ch| if ch == decimal { '.' } else { ch }).collect()
        }
        (Some(_), None) | (None, Some(_)) => {
            let sep = if last_dot.is_some() { '.' } else { ',' };
            let groups: Vec<&str> = s.split(sep).collect();
            let thousands = groups.len() > 2
                || (groups.len() == 2 && groups[1].len() == 3 && (1..=3).contains(&groups[0].len()));
            if thousands {
                s.chars().filter(|&ch| ch != sep).collect()
            } else {
                s.replace(sep, ".")
            }
        }
        (None, None) => s.to_string(),
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "ratus" | "hundred" => 1e2,
        "ribu" | "rb" | "thousand" => 1e3,
        "juta" | "jt" | "million" | "mln" => 1e6,
        "miliar" | "milyar" | "billion" | "bn" => 1e9,
        "triliun" | "trillion" => 1e12,
        _ => return None,
    })
}

/// Number words, as parts of a spelled-out number.
#[derive(Debug, Clone, Copy)]
enum NumWord {
    /// Adds to the pending small number: "dua", "twenty".
    Unit(f64),
    /// Indonesian "belas": pending + 10.
    Teen,
    /// Indonesian "puluh": pending × 10.
    Ten,
    /// "ratus"/"hundred": pending (or 1) × 100.
    Hundred,
    /// "ribu", "million"...: everything so far × m.
    Big(f64),
    /// A self-contained amount: "seratus", "seribu", "selusin".
    Fixed(f64),
    /// "ribuan", "thousands": an order of magnitude, qualifier Many.
    Many(f64),
}

fn num_word(w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        "satu" | "one" => Unit(1.0),
        "dua" | "two" => Unit(2.0),
        "tiga" | "three" => Unit(3.0),
        "empat" | "four" => Unit(4.0),
        "lima" | "five" => Unit(5.0),
        "enam" | "six" => Unit(6.0),
        "tujuh" | "seven" => Unit(7.0),
        "delapan" | "eight" => Unit(8.0),
        "sembilan" | "nine" => Unit(9.0),
        "ten" => Unit(10.0),
        "eleven" => Unit(11.0),
        "twelve" => Unit(12.0),
        "thirteen" => Unit(13.0),
        "fourteen" => Unit(14.0),
        "fifteen" => Unit(15.0),
        "sixteen" => Unit(16.0),
        "seventeen" => Unit(17.0),
        "eighteen" => Unit(18.0),
        "nineteen" => Unit(19.0),
        "twenty" => Unit(20.0),
        "thirty" => Unit(30.0),
        "forty" => Unit(40.0),
        "fifty" => Unit(50.0),
        "sixty" => Unit(60.0),
        "seventy" => Unit(70.0),
        "eighty" => Unit(80.0),
        "ninety" => Unit(90.0),
        "belas" => Teen,
        "puluh" => Ten,
        "ratus" | "hundred" => Hundred,
        "ribu" | "thousand" => Big(1e3),
        "juta" | "million" => Big(1e6),
        "miliar" | "milyar" | "billion" => Big(1e9),
        "triliun" | "trillion" => Big(1e12),
        "sepuluh" => Fixed(10.0),
        "sebelas" => Fixed(11.0),
        "selusin" | "dozen" => Fixed(12.0),
        "seratus" => Fixed(100.0),
        "seribu" => Fixed(1e3),
        "sejuta" => Fixed(1e6),
        "semiliar" | "semilyar" => Fixed(1e9),
        "setriliun" => Fixed(1e12),
        "setengah" => Fixed(0.5),
        "belasan" => Many(10.0),
        "puluhan" | "tens" | "dozens" => Many(10.0),
        "ratusan" | "hundreds" => Many(100.0),
        "ribuan" | "thousands" => Many(1e3),
        "jutaan" | "millions" => Many(1e6),
        "miliaran" | "billions" => Many(1e9),
        _ => return None,
    })
}

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "january", "february", "march", "may", "june", "july", "august", "october",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "aug", "sep", "sept", "okt",
    "oct", "nov", "des", "dec", "pebruari", "nopember", "agus", "ags", "peb", "nop",
];

/// Words after which a day number (1–31) is a date, not an amount ("tanggal 13").
const DAY_CUES: &[&str] = &["tanggal", "tgl"];

const YEAR_CUES: &[&str] = &["tahun", "year", "sejak", "since", "in", "pada", "until"];

/// Words after which a number is a label, not an amount ("pasal 27", "KM 50").
const REFERENCE_CUES: &[&str] = &[
    "pasal", "ayat", "nomor", "nomer", "no", "article", "section", "halaman", "hal", "page", "bab",
    "chapter", "km", "jilid", "volume", "vol", "episode", "edisi",
];

/// Words that are never the counted noun.
#[rustfmt::skip]
const NOT_NOUNS: &[&str] = &[
    "dan", "atau", "di", "ke", "dari", "yang", "pada", "untuk", "dengan", "dalam", "itu", "ini", "per",
    "oleh", "sejak", "hingga", "sampai", "lebih", "kurang", "telah", "sudah", "akan", "juga", "adalah",
    "the", "and", "or", "of", "in", "to", "a", "an", "on", "for", "at", "by", "with", "is", "was",
    "were", "are", "from", "than", "as", "that", "this", "more", "less", "each", "have", "has", "had",
    "them", "us", "those", "these", "his", "her", "their", "its", "which", "who", "mereka", "kami",
    "kita", "dia", "lainnya", "lagi", "saja", "pun", "tersebut", "diantaranya",
];

/// Classifiers skipped before the real noun: "5 unit rumah" → "rumah".
const CLASSIFIERS: &[&str] = &["buah", "ekor", "unit", "biji", "lembar", "batang", "butir", "helai", "pucuk"];

/// Qualifier phrases (lowercase ASCII), longest first within overlaps.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("kurang lebih", Qualifier::Approx),
    ("lebih kurang", Qualifier::Approx),
    ("kira-kira", Qualifier::Approx),
    ("sekitar", Qualifier::Approx),
    ("sekira", Qualifier::Approx),
    ("approximately", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("about", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("lebih dari", Qualifier::AtLeast),
    ("setidaknya", Qualifier::AtLeast),
    ("sedikitnya", Qualifier::AtLeast),
    ("paling sedikit", Qualifier::AtLeast),
    ("minimal", Qualifier::AtLeast),
    ("more than", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("over", Qualifier::AtLeast),
    ("kurang dari", Qualifier::AtMost),
    ("paling banyak", Qualifier::AtMost),
    ("maksimal", Qualifier::AtMost),
    ("hingga", Qualifier::AtMost),
    ("less than", Qualifier::AtMost),
    ("fewer than", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("di bawah", Qualifier::AtMost),
    ("below", Qualifier::AtMost),
    ("under", Qualifier::AtMost),
    ("di atas", Qualifier::AtLeast),
    ("above", Qualifier::AtLeast),
    ("hampir", Qualifier::Nearly),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
];

struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    lower: Vec<String>,
}

/// A number as read at its first token, before its unit and noun.
struct Number {
    value: f64,
    qualifier: Qualifier,
    /// The token after the number.
    next: usize,
    /// Digits alone ("2019", "15"), which may be a year or a day.
    plain_integer: bool,
    /// A currency written before it: (its first token, unit).
    currency: Option<(usize, &'static str)>,
}

impl Scanner<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        match self.toks.get(i)?.kind {
            Kind::Word => Some(self.lower[i].as_str()),
            _ => None,
        }
    }

    fn sym(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Sym(c) => Some(c),
            _ => None,
        }
    }

    /// Whether token `i` exists and touches the previous one.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }

    /// Currency written before the number that starts at token `i`:
    /// (first token of the currency, unit).
    fn currency_before(&self, i: usize) -> Option<(usize, &'static str)> {
        let mut k = i.checked_sub(1)?;
        if self.sym(k) == Some('.') && self.word(k.checked_sub(1)?) == Some("rp") {
            return Some((k - 1, "IDR"));
        }
        match (self.word(k), self.sym(k)) {
            (Some("rp" | "idr"), _) => Some((k, "IDR")),
            (Some("usd"), _) => Some((k, "USD")),
            (_, Some('$')) => {
                if k > 0 && self.word(k - 1) == Some("us") && self.glued(k) {
                    k -= 1;
                }
                Some((k, "USD"))
            }
            _ => None,
        }
    }

    /// Qualifier phrase ending right before byte `start`: (phrase start, qualifier).
    fn qualifier_before(&self, start: usize) -> Option<(usize, Qualifier)> {
        let before = self.text[..start].trim_end();
        for &(phrase, q) in QUALIFIERS {
            let Some(at) = before.len().checked_sub(phrase.len()) else { continue };
            if !before.is_char_boundary(at) || !before[at..].eq_ignore_ascii_case(phrase) {
                continue;
            }
            if before[..at].chars().next_back().is_some_and(is_alphanumeric) {
                continue;
            }
            return Some((at, q));
        }
        None
    }

    /// Parses a quantity whose number starts at token `i`; returns it and the next token.
    fn parse_at(&self, i: usize, min_start: usize) -> Option<(Quantity, usize)> {
        self.parse_inner(i, min_start, true)
    }

    /// `range`: look at the upper end of "10-15 persen" / "500-600 juta" and take
    /// its multiplier, unit and noun for this lower end too.
    fn parse_inner(&self, i: usize, min_start: usize, range: bool) -> Option<(Quantity, usize)> {
        let tok = self.toks[i];
        let Number { mut value, mut qualifier, next: mut j, plain_integer, currency } = self.number_at(i)?;
        if self.is_date_or_time(i, j, value, plain_integer && currency.is_none()) {
            return None;
        }
        let partner =
            if range && tok.kind == Kind::Num && j == i + 1 { self.range_upper_end(j) } else { None };
        if let Some(&(_, factor)) = partner.as_ref() {
            if factor.is_finite() && factor > 1.0 {
                value *= factor;
            }
        }
        if !value.is_finite() {
            return None;
        }
        let mut unit: Option<&str> = currency.map(|(_, u)| u);
        if let Some((u, next)) = self.unit_at(j) {
            unit = Some(u);
            j = next;
        }
        // Money and percentages count no noun: the word after "Rp 9 triliun" or "47%" is the
        // rest of the sentence ("membangun", "effective"), not what is counted.
        let (mut noun, after_noun) = if unit.is_some() { (None, j) } else { self.noun_at(j) };
        if noun.is_some() {
            j = after_noun;
        }
        if let Some((p, _)) = &partner {
            unit = unit.or(match p.unit.as_deref() {
                Some("percent") => Some("percent"),
                Some("IDR") => Some("IDR"),
                Some("USD") => Some("USD"),
                _ => None,
            });
            noun = noun.or_else(|| p.noun.clone());
        }
        let mut start = currency.map_or(tok.start, |(k, _)| self.toks[k].start);
        if let Some((at, q)) = self.qualifier_before(start).filter(|&(at, _)| at >= min_start) {
            if qualifier == Qualifier::Exact {
                qualifier = q;
            }
            start = at;
        }
        let end = self.toks[j - 1].end;
        let span = TextSpan { start, end };
        Some((
            Quantity {
                value,
                qualifier,
                unit: unit.map(str::to_string),
                noun,
                span,
                text: self.text[start..end].to_string(),
            },
            j,
        ))
    }

    /// The number starting at token `i`, in digits with any multiplier words ("100rb",
    /// "1,3 juta") or spelled out ("dua puluh lima").
    fn number_at(&self, i: usize) -> Option<Number> {
        let tok = self.toks[i];
        match tok.kind {
            Kind::Num => {
                let s = &self.text[tok.start..tok.end];
                if s.contains(':') || s.contains('/') {
                    return None;
                }
                let currency = self.currency_before(i);
                if currency.is_none() && tok_glued_to_letters_before(self, i) {
                    return None;
                }
                let mut value = parse_number(s)?;
                let mut plain_integer = s.bytes().all(|b| b.is_ascii_digit());
                let mut j = i + 1;
                // Glued letters must be a multiplier (100rb, 5jt) or nothing at all.
                if self.glued(j) && self.word(j).is_some_and(|w| multiplier(w).is_none()) {
                    return None;
                }
                while let Some(m) = self.word(j).and_then(multiplier) {
                    value *= m;
                    plain_integer = false;
                    j += 1;
                }
                Some(Number { value, qualifier: Qualifier::Exact, next: j, plain_integer, currency })
            }
            Kind::Word => {
                // "Channel One Russia", "Formula One": a capitalized number word in a name.
                let capitalized = |k: usize| {
                    self.toks.get(k).is_some_and(|t| {
                        t.kind == Kind::Word && self.text[t.start..].starts_with(char::is_uppercase)
                    })
                };
                if capitalized(i) && i.checked_sub(1).is_some_and(capitalized) {
                    return None;
                }
                let (value, qualifier, next) = self.parse_words(i)?;
                Some(Number { value, qualifier, next, plain_integer: false, currency: None })
            }
            Kind::Sym(_) => None,
        }
    }

    /// Whether the number at token `i` (ending before token `j`) is a date, a time, a year or
    /// a reference ("pasal 5") rather than a quantity; `bare` when it is a plain integer with
    /// no currency.
    fn is_date_or_time(&self, i: usize, j: usize, value: f64, bare: bool) -> bool {
        let tok = self.toks[i];
        // The word before, looking through an abbreviation dot or an opening bracket ("Jan.
        // 5", "No. 3", "ayat (1)").
        let prev = match i.checked_sub(1) {
            Some(k) if matches!(self.sym(k), Some('.' | '(')) => k.checked_sub(1).and_then(|k| self.word(k)),
            Some(k) => self.word(k),
            None => None,
        };
        let next_word = self.word(j);
        if prev.is_some_and(|w| REFERENCE_CUES.contains(&w)) {
            return true;
        }
        if bare {
            let is_month = |w: Option<&str>| w.is_some_and(|w| MONTHS.contains(&w));
            // "15-16 November": the first day of a range.
            let range_day = matches!(self.sym(j), Some('-' | '–'))
                && self.toks.get(j + 1).is_some_and(|t| t.kind == Kind::Num)
                && is_month(self.word(j + 2));
            let day_cue = prev.is_some_and(|w| DAY_CUES.contains(&w));
            if (1.0..=31.0).contains(&value)
                && (is_month(prev) || is_month(next_word) || range_day || day_cue)
            {
                return true;
            }
            let digits = tok.end - tok.start;
            // "August 8, 2022": a month up to three tokens back also marks a year.
            let month_near = (1..=3).any(|d| i.checked_sub(d).is_some_and(|k| is_month(self.word(k))));
            let is_year = |t: Option<&Tok>| {
                t.is_some_and(|t| {
                    t.kind == Kind::Num
                        && t.end - t.start == 4
                        && self.text[t.start..t.end].parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
                })
            };
            // "periode 2016-2019": a span of years.
            let dash =
                |k: usize| matches!(self.sym(k), Some('-' | '–')) && self.glued(k) && self.glued(k + 1);
            let year_range = (dash(j) && is_year(self.toks.get(j + 1)))
                || (i >= 2 && dash(i - 1) && is_year(self.toks.get(i - 2)));
            if digits == 4
                && (1900.0..=2100.0).contains(&value)
                && (month_near || year_range || prev.is_some_and(|w| YEAR_CUES.contains(&w)))
            {
                return true;
            }
        }
        tok.kind == Kind::Num
            && (prev.is_some_and(|w| w == "pukul" || w == "jam")
                || next_word.is_some_and(|w| matches!(w, "wib" | "wita" | "wit" | "am" | "pm")))
    }

    /// The upper end of a range whose dash is token `dash` ("10-15 persen", "500-600 juta"),
    /// and how much its multiplier scales the lower end by.
    fn range_upper_end(&self, dash: usize) -> Option<(Quantity, f64)> {
        if !matches!(self.sym(dash), Some('-' | '–')) {
            return None;
        }
        let t = self.toks.get(dash + 1).filter(|t| t.kind == Kind::Num)?;
        let upper = self.parse_inner(dash + 1, 0, false).map(|(q, _)| q)?;
        let factor = parse_number(&self.text[t.start..t.end]).map_or(1.0, |base| {
            if base > 0.0 {
                upper.value / base
            } else {
                1.0
            }
        });
        Some((upper, factor))
    }

    /// The unit written after a number, from token `j`: the unit and the token after it.
    fn unit_at(&self, j: usize) -> Option<(&'static str, usize)> {
        if self.sym(j) == Some('%') {
            return Some(("percent", j + 1));
        }
        match self.word(j)? {
            "persen" | "percent" | "pct" => Some(("percent", j + 1)),
            "per" if self.word(j + 1) == Some("cent") => Some(("percent", j + 2)),
            "rupiah" => Some(("IDR", j + 1)),
            "usd" => Some(("USD", j + 1)),
            "dolar" | "dollar" | "dollars" => {
                let j = j + 1;
                Some(match (self.word(j), self.word(j + 1)) {
                    (Some("as"), _) => ("USD", j + 1),
                    (Some("amerika"), Some("serikat")) => ("USD", j + 2),
                    (Some("amerika"), _) => ("USD", j + 1),
                    _ => ("USD", j),
                })
            }
            "us" if matches!(self.word(j + 1), Some("dollar" | "dollars")) => Some(("USD", j + 2)),
            _ => None,
        }
    }

    /// Spelled-out numbers: "dua puluh lima", "seratus ribu", "ratusan ribu",
    /// "a hundred", "twenty-five", "thousands". Returns (value, qualifier, next token).
    fn parse_words(&self, i: usize) -> Option<(f64, Qualifier, usize)> {
        let first = self.word(i)?;
        if first == "satu" && i > 0 && self.word(i - 1) == Some("salah") {
            return None;
        }
        let mut j = i;
        // "a hundred", "a dozen", "a million".
        let mut pending = 0.0;
        if first == "a" {
            match self.word(i + 1).and_then(num_word) {
                Some(NumWord::Hundred | NumWord::Big(_)) => {
                    pending = 1.0;
                    j += 1;
                }
                Some(NumWord::Fixed(_)) => j += 1,
                _ => return None,
            }
        }
        let (mut total, mut group) = (0.0, 0.0);
        let mut qualifier = Qualifier::Exact;
        let mut seen = false;
        while let Some(w) = self.word(j) {
            let Some(nw) = num_word(w) else { break };
            match nw {
                NumWord::Unit(n) => pending += n,
                NumWord::Teen if pending > 0.0 => {
                    group += pending + 10.0;
                    pending = 0.0;
                }
                NumWord::Ten if pending > 0.0 => {
                    group += pending * 10.0;
                    pending = 0.0;
                }
                NumWord::Hundred if seen || pending > 0.0 => {
                    group += pending.max(1.0) * 100.0;
                    pending = 0.0;
                }
                // "hundreds of thousands": a later Many word multiplies like Big.
                NumWord::Big(m) | NumWord::Many(m) if group + pending > 0.0 => {
                    total += (group + pending) * m;
                    group = 0.0;
                    pending = 0.0;
                }
                NumWord::Fixed(n) => group += n,
                NumWord::Many(n) if !seen => {
                    qualifier = Qualifier::Many;
                    group += n;
                }
                _ => break,
            }
            seen = true;
            j += 1;
            // "twenty-five": a hyphen joins two number words.
            if self.sym(j) == Some('-') && self.glued(j) && self.glued(j + 1) {
                if self.word(j + 1).and_then(num_word).is_some() {
                    j += 1;
                } else {
                    return None;
                }
            }
            // "thousands of", "hundreds of thousands of".
            if qualifier == Qualifier::Many && self.word(j) == Some("of") {
                if let Some(NumWord::Big(_) | NumWord::Many(_)) = self.word(j + 1).and_then(num_word) {
                    j += 1;
                }
            }
        }
        if !seen {
            return None;
        }
        let value = total + group + pending;
        (value > 0.0).then_some((value, qualifier, j))
    }

    /// The counted noun at token `j`: (lowercased noun, token after it).
    fn noun_at(&self, mut j: usize) -> (Option<String>, usize) {
        if self.word(j) == Some("of") {
            j += 1;
            if self.word(j) == Some("the") {
                j += 1;
            }
        }
        let Some(w) = self.word(j) else { return (None, j) };
        if NOT_NOUNS.contains(&w) || MONTHS.contains(&w) || w.chars().count() < 2 || num_word(w).is_some() {
            return (None, j);
        }
        if CLASSIFIERS.contains(&w) {
            if let Some(n) = self.word(j + 1).filter(|n| !NOT_NOUNS.contains(n) && n.chars().count() >= 2) {
                return (Some(n.to_string()), j + 2);
            }
        }
        (Some(w.to_string()), j + 1)
    }
}

/// Digits glued to a letter before them (`G20`, `COVID-19`, `B737`).
fn tok_glued_to_letters_before(s: &Scanner<'_>, i: usize) -> bool {
    if !s.glued(i) || i == 0 {
        return false;
    }
    match s.toks[i - 1].kind {
        Kind::Word => true,
        Kind::Sym('-') => i >= 2 && s.glued(i - 1) && s.toks[i - 2].kind == Kind::Word,
        _ => false,
    }
}

/// Finds quantities in text order; spans do not overlap.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let toks = tokenize(text);
    let lower = toks.iter().map(|t| text[t.start..t.end].to_lowercase()).collect();
    let scanner = Scanner { text, toks, lower };
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < scanner.toks.len() {
        let min_start = out.last().map_or(0, |p| p.span.end);
        match scanner.parse_at(i, min_start) {
            Some((mut q, next)) if q.span.start >= min_start => {
                // "Rp 500-600 juta": the upper end takes the currency of the lower.
                if let Some(p) = out.last() {
                    let between = text[p.span.end..q.span.start].trim();
                    if q.unit.is_none() && (between == "-" || between == "–") {
                        q.unit.clone_from(&p.unit);
                    }
                }
                out.push(q);
                i = next;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn one(text: &str) -> Quantity {
        let qs = find_quantities(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        qs.into_iter().next().unwrap()
    }

    fn value(text: &str) -> f64 {
        one(text).value
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn separators() {
        assert_eq!(value("100.000 tentara"), 100_000.0);
        assert_eq!(value("100,000 soldiers"), 100_000.0);
        assert_eq!(value("1.300 orang"), 1300.0);
        assert!(close(value("1.3 persen"), 1.3));
        assert!(close(value("1,3 persen"), 1.3));
        assert!(close(value("1.234.567,89 rupiah"), 1_234_567.89));
        assert!(close(value("1,234,567.89 dollars"), 1_234_567.89));
        assert!(close(value("2,50 persen"), 2.5));
    }

    #[test]
    fn multipliers() {
        assert!(close(value("1,3 juta warga"), 1_300_000.0));
        assert!(close(value("1.3 million people"), 1_300_000.0));
        assert_eq!(value("100 ribu"), 100_000.0);
        assert_eq!(value("100 rb"), 100_000.0);
        assert_eq!(value("100rb"), 100_000.0);
        assert!(close(value("2,5 triliun"), 2.5e12));
        assert_eq!(value("3 miliar"), 3e9);
        assert_eq!(value("3 milyar"), 3e9);
        assert_eq!(value("3 billion"), 3e9);
    }

    #[test]
    fn currencies_and_percent() {
        let q = one("anggaran Rp 2,5 triliun untuk");
        assert!(close(q.value, 2.5e12));
        assert_eq!(q.unit.as_deref(), Some("IDR"));
        assert_eq!(q.text, "Rp 2,5 triliun");
        let q = one("harga Rp2.500 per kilo");
        assert_eq!((q.value, q.unit.as_deref()), (2500.0, Some("IDR")));
        let q = one("Rp. 5.000");
        assert_eq!((q.value, q.unit.as_deref()), (5000.0, Some("IDR")));
        let q = one("senilai US$ 3 juta");
        assert_eq!((q.value, q.unit.as_deref(), q.text.as_str()), (3e6, Some("USD"), "US$ 3 juta"));
        let q = one("worth $3 million");
        assert_eq!((q.value, q.unit.as_deref()), (3e6, Some("USD")));
        let q = one("sebesar 5 juta dolar AS");
        assert_eq!((q.value, q.unit.as_deref(), q.text.as_str()), (5e6, Some("USD"), "5 juta dolar AS"));
        let q = one("naik 25%");
        assert_eq!((q.value, q.unit.as_deref()), (25.0, Some("percent")));
        assert_eq!(one("25 persen warga").unit.as_deref(), Some("percent"));
        assert_eq!(one("25 percent").unit.as_deref(), Some("percent"));
        assert_eq!(one("100 ribu rupiah").unit.as_deref(), Some("IDR"));
    }

    #[test]
    fn qualifiers_and_nouns() {
        let q = one("Sekitar 100.000 tentara dikerahkan.");
        assert_eq!(q.qualifier, Qualifier::Approx);
        assert_eq!(q.noun.as_deref(), Some("tentara"));
        assert_eq!(q.text, "Sekitar 100.000 tentara");
        assert_eq!(one("lebih dari 300 pekerja").qualifier, Qualifier::AtLeast);
        assert_eq!(one("more than 300 workers").qualifier, Qualifier::AtLeast);
        assert_eq!(one("at least 12 people").qualifier, Qualifier::AtLeast);
        assert_eq!(one("setidaknya 12 orang").qualifier, Qualifier::AtLeast);
        assert_eq!(one("over 50 soldiers").qualifier, Qualifier::AtLeast);
        assert_eq!(one("kurang dari 10 kendaraan").qualifier, Qualifier::AtMost);
        assert_eq!(one("up to 10 vehicles").qualifier, Qualifier::AtMost);
        assert_eq!(one("hampir 1.000 rumah").qualifier, Qualifier::Nearly);
        assert_eq!(one("nearly 1,000 homes").qualifier, Qualifier::Nearly);
        assert_eq!(one("kurang lebih 40 korban").qualifier, Qualifier::Approx);
        assert_eq!(one("kira-kira 40 korban").qualifier, Qualifier::Approx);
        assert_eq!(one("about 40 victims").noun.as_deref(), Some("victims"));
        assert_eq!(one("5 unit rumah").noun.as_deref(), Some("rumah"));
        assert_eq!(one("300 soldiers").noun.as_deref(), Some("soldiers"));
        assert_eq!(one("300 dan").noun, None);
        assert_eq!(one("a dozen eggs").value, 12.0);
    }

    #[test]
    fn number_words() {
        assert_eq!(value("selusin telur"), 12.0);
        assert_eq!(value("tiga tentara"), 3.0);
        assert_eq!(value("sepuluh orang"), 10.0);
        assert_eq!(value("seratus orang"), 100.0);
        assert_eq!(value("seribu orang"), 1000.0);
        assert_eq!(value("sejuta orang"), 1e6);
        assert_eq!(value("dua puluh lima orang"), 25.0);
        assert_eq!(value("dua belas orang"), 12.0);
        assert_eq!(value("seratus lima puluh ribu orang"), 150_000.0);
        assert_eq!(value("dua juta orang"), 2e6);
        assert_eq!(value("five soldiers"), 5.0);
        assert_eq!(value("a hundred soldiers"), 100.0);
        assert_eq!(value("twenty-five soldiers"), 25.0);
        assert_eq!(value("two hundred thousand people"), 200_000.0);
        assert_eq!(value("setengah juta orang"), 500_000.0);
        assert_eq!(value("satu setengah juta orang"), 1_500_000.0);
        let q = one("ribuan pekerja");
        assert_eq!((q.value, q.qualifier, q.noun.as_deref()), (1000.0, Qualifier::Many, Some("pekerja")));
        let q = one("puluhan ribu demonstran");
        assert_eq!((q.value, q.qualifier), (10_000.0, Qualifier::Many));
        assert_eq!(one("ratusan warga").value, 100.0);
        let q = one("thousands of soldiers");
        assert_eq!((q.value, q.qualifier, q.noun.as_deref()), (1000.0, Qualifier::Many, Some("soldiers")));
        assert_eq!(one("hundreds of thousands of people").value, 100_000.0);
        assert!(find_quantities("salah satu warga").is_empty());
    }

    #[test]
    fn dates_times_and_codes_excluded() {
        assert!(find_quantities("pada 8/8/2022 pukul 23:31").is_empty());
        assert!(find_quantities("pukul 10.00 WIB").is_empty());
        assert!(find_quantities("Senin, 8 Agustus 2022").is_empty());
        assert!(find_quantities("on August 8, 2022").is_empty());
        assert!(find_quantities("tahun 2022").is_empty());
        assert!(find_quantities("since 1998").is_empty());
        assert!(find_quantities("KTT G20 dan COVID-19 serta jaringan 5G").is_empty());
        assert!(find_quantities("the 2nd round").is_empty());
        assert!(find_quantities("pada 15-16 November 2022 dan Jan. 5").is_empty());
        assert!(find_quantities("Pasal 27 ayat 3 UU No. 11").is_empty());
        assert!(find_quantities("di Channel One Russia dan Formula One").is_empty());
        assert_eq!(find_quantities("One man died.").len(), 1);
        let qs = find_quantities("Pada 2022, 300 orang tewas dan 25% luka.");
        assert_eq!(qs.iter().map(|q| q.value).collect::<Vec<_>>(), vec![300.0, 25.0]);
    }

    #[test]
    fn real_news_cues() {
        assert!(find_quantities("periode 2016-2019 dan tanggal 13 sampai 25 Pebruari 2017").is_empty());
        assert!(find_quantities("Pasal 64 ayat (1) KUHP").is_empty());
        assert_eq!(one("lebih kurang 50 CJH").qualifier, Qualifier::Approx);
        assert_eq!(one("sekira Rp.400 juta").qualifier, Qualifier::Approx);
        assert_eq!(one("falls below 50 percent").qualifier, Qualifier::AtMost);
        // Money and percentages count no noun.
        assert_eq!(one("Rp 9,2 triliun membangun").noun, None);
        assert_eq!(one("47% effective").noun, None);
    }

    #[test]
    fn ranges_share_unit_and_multiplier() {
        let qs = find_quantities("naik 10-15 persen dan Rp 500-600 juta untuk 20–30 tentara; skor 2-1");
        let got: Vec<_> = qs.iter().map(|q| (q.value, q.unit.as_deref(), q.noun.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                (10.0, Some("percent"), None),
                (15.0, Some("percent"), None),
                (500e6, Some("IDR"), None),
                (600e6, Some("IDR"), None),
                (20.0, None, Some("tentara")),
                (30.0, None, Some("tentara")),
                (2.0, None, None),
                (1.0, None, None),
            ]
        );
        assert_eq!(qs[0].text, "10");
    }

    #[test]
    fn several_in_text_order() {
        let t = "Sebanyak 1,3 juta pekerja dan sekitar 500 tentara; anggaran Rp 2,5 triliun.";
        let qs = find_quantities(t);
        assert_eq!(qs.len(), 3);
        for q in &qs {
            assert_eq!(&t[q.span.start..q.span.end], q.text);
        }
        assert_eq!(qs[1].qualifier, Qualifier::Approx);
    }

    #[test]
    fn serializes() {
        let q = one("sekitar 25 persen");
        let json = serde_json::to_value(&q).unwrap();
        assert_eq!(json["qualifier"], "approx");
        assert_eq!(json["unit"], "percent");
        assert_eq!(json["span"]["start"], 0);
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_match(s in "(\\PC|[0-9.,:/%$ ]|Rp|juta|sekitar|ribuan|a hundred){0,40}") {
            let mut last = 0;
            for q in find_quantities(&s) {
                prop_assert!(q.span.start >= last && q.span.start < q.span.end && q.span.end <= s.len());
                prop_assert!(s.is_char_boundary(q.span.start) && s.is_char_boundary(q.span.end));
                prop_assert_eq!(&s[q.span.start..q.span.end], q.text.as_str());
                last = q.span.end;
            }
        }
    }
}
