//! Low-level text scanning: quote marks, sentences and tokens inside one paragraph.

use crate::lexicon::{ABBREVIATIONS, NUMBER_ABBREVIATIONS};
use once_cell::sync::Lazy;
use regex::Regex;

/// A quoted stretch of a paragraph. Offsets are bytes in the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset just past the closing mark (or the paragraph end when unclosed).
    pub close: usize,
    /// Text between the marks.
    pub inner_start: usize,
    pub inner_end: usize,
    pub closed: bool,
}

/// Longest stretch an unclosed quote may run to the paragraph end.
const MAX_UNCLOSED: usize = 2500;

/// Bytes past which a sentence with no end of its own is cut at the next space outside
/// quotation marks; the longest sentences in news run to about a thousand.
const MAX_SENTENCE: usize = 3000;

/// The region whose marks enclose offset `o` (past its opening mark, before its end). The
/// regions of [`quote_regions`] come in order and never overlap, so the one that may hold
/// `o` is the last to open before it, found by halving: callers ask once per character or
/// token, and a scan per question made long paragraphs quadratic.
pub fn region_around(regions: &[Region], o: usize) -> Option<&Region> {
    let k = regions.partition_point(|r| r.open < o);
    k.checked_sub(1).map(|k| &regions[k]).filter(|r| o > r.open && o < r.close)
}

/// Whether `s..e` lies within one region, its marks included (a quotation mark is quoted
/// text too). Found by halving, as [`region_around`] is.
pub fn within_region(regions: &[Region], s: usize, e: usize) -> bool {
    let k = regions.partition_point(|r| r.open <= s);
    k.checked_sub(1).is_some_and(|k| e <= regions[k].close)
}

/// Finds quoted regions: “…”, "…", and ‘…’ (the last only when it looks like a quote, not an
/// apostrophe).
pub fn quote_regions(p: &str) -> Vec<Region> {
    let mut scan = MarkScan { p, chars: p.char_indices().collect(), out: Vec::new(), straight_open: None };
    let mut i = 0;
    while i < scan.chars.len() {
        let (off, c) = scan.chars[i];
        // a closing mark typed for the opening one at the paragraph's start: ”… we learned”
        // (after nothing visible: a direction mark copied from the page may come first)
        let turned_open = c == '”'
            && scan.chars[..i].iter().all(|x| is_invisible(x.1))
            && scan.chars.get(i + 1).is_some_and(|x| x.1.is_alphanumeric() || x.1 == ' ');
        let c = if turned_open { '“' } else { c };
        let step = match c {
            '“' | '„' | '«' => scan.curly_double(i, c),
            '\'' if scan.chars.get(i + 1).is_some_and(|x| x.1 == '\'') => scan.doubled_straight_single(i),
            // a single straight mark opens a quotation only where a word starts and closes it
            // where one ends (`Reed: 'The pier stays.'`), past apostrophes (`You're`, `Reed's`)
            '\'' if scan.straight_open.is_none() && !is_inch_mark(&scan.chars, i) => {
                match single_quote_close(&scan.chars, i) {
                    Some(j) => {
                        let coff = scan.chars[j].0;
                        scan.push(off, coff + 1, (off + 1, coff), true);
                        Step::To(j + 1)
                    }
                    None => Step::Next,
                }
            }
            '"' | '”' if is_inch_mark(&scan.chars, i) => Step::Next,
            '"' | '”' => {
                match scan.straight_open {
                    None if c == '”' => {}
                    None => scan.straight_open = Some(off),
                    Some(o) => scan.close_straight(o, off, off + c.len_utf8()),
                }
                Step::Next
            }
            '‘' => scan.curly_single(i),
            _ => Step::Next,
        };
        match step {
            Step::Next => i += 1,
            Step::To(j) => i = j,
            Step::Stop => break,
        }
    }
    let MarkScan { mut out, straight_open, .. } = scan;
    if let Some(o) = straight_open {
        if p.len() - o <= MAX_UNCLOSED {
            let ml = if p[o..].starts_with("''") { 2 } else { 1 };
            out.push(Region {
                open: o,
                close: p.len(),
                inner_start: o + ml,
                inner_end: p.len(),
                closed: false,
            });
        }
    }
    out.retain(|r| !is_nickname(p, r.open, (r.inner_start, r.inner_end), r.close));
    out.sort_by_key(|r| r.open);
    // Drop regions nested in an earlier one (ASCII quotes inside curly ones).
    let mut kept: Vec<Region> = Vec::new();
    for r in out {
        if kept.last().is_some_and(|k| r.open < k.close) {
            continue;
        }
        kept.push(r);
    }
    kept
}

/// Where [`quote_regions`] reads on after a mark.
enum Step {
    /// The next character.
    Next,
    /// This character, past the region the mark opened.
    To(usize),
    /// Nowhere: an unclosed quotation runs to the paragraph end.
    Stop,
}

/// The state of [`quote_regions`]: the regions found, and a straight mark ("…", ''…'')
/// waiting for its closing one.
struct MarkScan<'p> {
    p: &'p str,
    chars: Vec<(usize, char)>,
    out: Vec<Region>,
    straight_open: Option<usize>,
}

impl MarkScan<'_> {
    fn push(&mut self, open: usize, close: usize, (inner_start, inner_end): (usize, usize), closed: bool) {
        self.out.push(Region { open, close, inner_start, inner_end, closed });
    }

    /// (two single marks typed for one double: “…’’)
    fn doubled_single(&self, j: usize) -> bool {
        self.chars[j].1 == '’' && self.chars.get(j + 1).is_some_and(|x| x.1 == '’')
    }

    /// Closes the straight quotation opened at byte `o` with a mark at `off..close`.
    fn close_straight(&mut self, o: usize, off: usize, close: usize) {
        let ml = if self.p[o..].starts_with("''") { 2 } else { 1 };
        self.push(o, close, (o + ml, off), true);
        self.straight_open = None;
    }

    /// A quotation opened by “, „ or « at character `i` (`c`, the mark as read).
    fn curly_double(&mut self, i: usize, c: char) -> Step {
        let chars = &self.chars;
        let off = chars[i].0;
        let close_ch = if c == '«' { '»' } else { '”' };
        let alt_close = if c == '„' { Some('“') } else { None };
        let mut j = i + 1;
        let mut found = None;
        while j < chars.len() {
            let cj = chars[j].1;
            // Copied text mixes marks: “…" closes as well as “…”, and so does “…’’.
            let straight_close = c == '“' && (cj == '"' || self.doubled_single(j));
            // … and an opening mark typed for the closing one: “…?“ he asked
            let turned_close = c == '“'
                && cj == '“'
                && matches!(chars[j - 1].1, ',' | '.' | '?' | '!')
                && chars.get(j + 1).is_none_or(|x| x.1.is_whitespace());
            let closes = cj == close_ch || Some(cj) == alt_close || straight_close || turned_close;
            if closes && !is_inch_mark(chars, j) {
                found = Some(j);
                break;
            }
            if cj == '“' && alt_close.is_none() {
                break; // another opening: this one is unclosed
            }
            j += 1;
        }
        let mark_len = c.len_utf8();
        match found {
            Some(j) => {
                let coff = chars[j].0;
                // (both of a pair of single marks close it)
                let last = if self.doubled_single(j) { j + 1 } else { j };
                let close = chars[last].0 + chars[last].1.len_utf8();
                self.push(off, close, (off + mark_len, coff), true);
                Step::To(last + 1)
            }
            None => {
                let end = if j < chars.len() { chars[j].0 } else { self.p.len() };
                if end == self.p.len() && self.p.len() - off <= MAX_UNCLOSED {
                    self.push(off, end, (off + mark_len, end), false);
                    Step::Stop
                } else {
                    Step::Next
                }
            }
        }
    }

    /// Two straight single marks at character `i`, typed for a double one: ''…''.
    fn doubled_straight_single(&mut self, mut i: usize) -> Step {
        // `,'''` closes a quote inside the quote and then the quote: the last two marks close
        // it (`''… she asked, 'Why?''' he said`)
        if self.straight_open.is_some() && self.chars.get(i + 2).is_some_and(|x| x.1 == '\'') {
            i += 1;
        }
        let off = self.chars[i].0;
        match self.straight_open {
            None => self.straight_open = Some(off),
            Some(o) => self.close_straight(o, off, off + 2),
        }
        Step::To(i + 2)
    }

    /// A quotation opened by ‘ at character `i`, where a word may start, and closed by a ’
    /// that ends one on the same line.
    fn curly_single(&mut self, i: usize) -> Step {
        const MAX_LEN: usize = 1500;
        let chars = &self.chars;
        let off = chars[i].0;
        let prev_ok =
            i == 0 || matches!(chars[i - 1].1, '(' | '—' | '-' | ':') || chars[i - 1].1.is_whitespace();
        if !prev_ok || self.straight_open.is_some() {
            return Step::Next;
        }
        let mut j = i + 1;
        while j < chars.len() && chars[j].0 - off < MAX_LEN {
            let cj = chars[j].1;
            if cj == '’' && chars.get(j + 1).is_none_or(|n| !n.1.is_alphanumeric()) {
                let coff = chars[j].0;
                self.push(off, coff + '’'.len_utf8(), (off + '‘'.len_utf8(), coff), true);
                return Step::To(j + 1);
            }
            if cj == '“' || cj == '\n' {
                break;
            }
            j += 1;
        }
        Step::Next
    }
}

/// A nickname in quotation marks inside a name, no quotation: Ann “Annie” Porter, Ellen
/// "Nell" Brook. One to three capitalised words, a space from a capitalised word on each side.
fn is_nickname(p: &str, open: usize, (inner_start, inner_end): (usize, usize), close: usize) -> bool {
    const MAX_WORDS: usize = 3;
    let word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    let inner: Vec<&str> = p[inner_start..inner_end].split(' ').collect();
    let before = p[..open].strip_suffix(' ').and_then(|b| b.rsplit(' ').next());
    let after = p[close..].strip_prefix(' ');
    inner.len() <= MAX_WORDS
        && inner.iter().all(|w| word(w))
        && before.is_some_and(word)
        && after.is_some_and(|a| a.starts_with(char::is_uppercase))
}

/// Characters a page carries that show nothing: spaces, and the zero-width and
/// text-direction marks copied along with its text.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}' | '\u{feff}')
}

/// The closing mark of a quotation opened by the single straight mark at `chars[i]`, on the
/// same line and before any other quotation mark.
fn single_quote_close(chars: &[(usize, char)], i: usize) -> Option<usize> {
    const MAX_CHARS: usize = 300;
    // (at a line's start only when words follow the close: a line wholly in single marks is
    // a subheading, `'Back to the harbour.'`, and `'The pier stays,' Reed said` a quote)
    let line_start = !chars[i.saturating_sub(MAX_CHARS)..i]
        .iter()
        .rev()
        .take_while(|x| x.1 != '\n')
        .any(|x| x.1.is_alphanumeric());
    let opens = (line_start || matches!(chars[i - 1].1, ' ' | '(' | ':' | '—' | '-'))
        && chars.get(i + 1).is_some_and(|x| x.1.is_alphanumeric());
    // (a clitic split off its word, as tokenised text has it: `harbour 's`, `don 't`)
    let word: String = chars[i + 1..].iter().map(|x| x.1).take_while(|c| c.is_alphanumeric()).collect();
    if !opens || ["s", "t", "re", "ll", "d", "m", "ve"].contains(&word.to_lowercase().as_str()) {
        return None;
    }
    let close = (i + 2..chars.len().min(i + MAX_CHARS))
        .take_while(|&j| !matches!(chars[j].1, '\n' | '"' | '“' | '”'))
        .find(|&j| {
            chars[j].1 == '\''
                && !chars[j - 1].1.is_whitespace()
                && chars.get(j + 1).is_none_or(|x| !x.1.is_alphanumeric() && x.1 != '\'')
        })?;
    let words_after = || chars[close + 1..].iter().take_while(|x| x.1 != '\n').any(|x| x.1.is_alphanumeric());
    (!line_start || words_after()).then_some(close)
}

/// Whether the mark at `chars[j]` gives inches in a height, `6'2"` or `5’11”`, and so
/// neither opens nor closes a quotation.
fn is_inch_mark(chars: &[(usize, char)], j: usize) -> bool {
    let at = |k: usize| j.checked_sub(k).map(|x| chars[x].1);
    let digit = |k: usize| at(k).is_some_and(|c| c.is_ascii_digit());
    let foot = |k: usize| matches!(at(k), Some('\'' | '’'));
    digit(1) && ((foot(2) && digit(3)) || (digit(2) && foot(3) && digit(4)))
}

/// Splits a paragraph into sentences `(start, end)`, never inside a quoted region.
pub fn sentences(p: &str, regions: &[Region]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = p.as_bytes();
    let mut iter = p.char_indices().peekable();
    while let Some((off, c)) = iter.next() {
        if let Some(r) = region_around(regions, off) {
            // A region ending in terminal punctuation followed by a capital ends the sentence.
            let inner = &p[r.inner_start..r.inner_end];
            let ends_terminal = inner.trim_end().ends_with(['.', '!', '?']);
            if ends_terminal && off + c.len_utf8() == r.close && r.closed {
                let rest = &p[r.close..];
                if next_starts_sentence(rest) {
                    out.push((start, r.close));
                    start = r.close;
                }
            }
            continue;
        }
        if c == '\n' {
            if off > start {
                out.push((start, off));
            }
            start = off + 1;
            continue;
        }
        // (text with no sentence ends, as a scraped list or a style sheet has it, is cut at
        // a space past a length no sentence reaches: the work per sentence grows with its
        // length times its quotes)
        if c == ' ' && off - start > MAX_SENTENCE {
            out.push((start, off));
            start = off + 1;
            continue;
        }
        if c == '.' || c == '!' || c == '?' {
            // swallow runs of terminal punctuation
            let mut end = off + 1;
            while let Some(&(o2, c2)) = iter.peek() {
                if c2 == '.' || c2 == '!' || c2 == '?' {
                    end = o2 + 1;
                    iter.next();
                } else {
                    break;
                }
            }
            if c == '.' && is_abbreviation_before(p, off) {
                continue;
            }
            // decimals: 100.000, 3.5
            if c == '.'
                && off > 0
                && bytes[off - 1].is_ascii_digit()
                && bytes.get(off + 1).is_some_and(|b| b.is_ascii_digit())
            {
                continue;
            }
            let rest = &p[end..];
            // a sentence glued to the next, as scraped text has them: "… untuk tahun
            // depan.“Kami …", "… soal tunjangan \" .Ketua Panitia …"
            // (not a web address, "Kompas.Com", nor an abbreviation, "Jl.Sudirman")
            // (the checks run only for a full stop right before a capital: they lowercase)
            let mut next = rest.chars();
            let after_word = || {
                let word_start = p[..off]
                    .char_indices()
                    .rev()
                    .take_while(|(_, x)| x.is_alphanumeric())
                    .last()
                    .map_or(off, |(i, _)| i);
                let word_before = &p[word_start..off];
                word_before.chars().count() >= 3
                    && !ABBREVIATIONS.contains(&jejak_text::to_lowercase(word_before).as_str())
            };
            let after_space = || p[..off].ends_with([' ', ')', '"', '”']);
            let domain = || {
                let w: String = rest.chars().take_while(|x| x.is_alphanumeric()).collect();
                matches!(jejak_text::to_lowercase(&w).as_str(), "com" | "co" | "net" | "org" | "id" | "go")
            };
            // (a quotation opening right after the stop: `… mereka."Tawaran …`)
            let quote_opens = regions.iter().any(|r| r.open == end);
            let glued = c == '.'
                && match (next.next(), next.next()) {
                    (Some('“'), _) => true,
                    _ if quote_opens => true,
                    (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase() => {
                        (after_word() || after_space()) && !domain()
                    }
                    (Some(a), _) => {
                        a.is_uppercase()
                            && off >= 3
                            && p[..off].chars().rev().take(3).all(|x| x.is_lowercase())
                    }
                    _ => false,
                };
            if rest.trim().is_empty() || next_starts_sentence(rest) || glued {
                out.push((start, end));
                start = end;
            }
        }
    }
    if start < p.len() && !p[start..].trim().is_empty() {
        out.push((start, p.len()));
    }
    // trim leading whitespace from each sentence
    out.into_iter()
        .filter_map(|(s, e)| {
            let t = &p[s..e];
            let lead = t.len() - t.trim_start().len();
            let trail = t.len() - t.trim_end().len();
            (s + lead < e - trail).then_some((s + lead, e - trail))
        })
        .collect()
}

fn next_starts_sentence(rest: &str) -> bool {
    if !rest.starts_with(char::is_whitespace) {
        return false;
    }
    let next = rest.trim_start();
    // (a physician's title is written in lower case: "… di Dover. dr. Rina Wati , Direktur …")
    let lower_title = ["dr. ", "drg. "]
        .iter()
        .any(|title| next.strip_prefix(title).is_some_and(|name| name.starts_with(char::is_uppercase)));
    if lower_title {
        return true;
    }
    match next.chars().next() {
        None => true,
        // a dash goes on with the sentence: "“…” ― Maria Lopez", "“…” — the balloons"
        Some(c) => !c.is_lowercase() && !matches!(c, ',' | ';' | ')' | '―' | '—' | '–'),
    }
}

fn is_abbreviation_before(p: &str, dot: usize) -> bool {
    let before = &p[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut cs = word.chars();
    let first = cs.next().unwrap_or(' ');
    // single capital initial: "M." "J." (not the last letter of a name joined by a hyphen:
    // "… held by Harbour-K. In the end …")
    let joined = before[..word_start].ends_with(['-', '/']);
    if first.is_uppercase() && word.chars().count() == 1 && !joined {
        return true;
    }
    let l = jejak_text::to_lowercase(word);
    let number_follows = || p[dot + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    // (a dotted abbreviation ends the sentence when a word that only opens one follows:
    // "… sold to a buyer in the U.K. She said …")
    let opener_follows = || {
        let rest = &p[dot + 1..];
        let next = rest.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        rest.starts_with(' ') && SENTENCE_OPENING_WORDS.contains(&next)
    };
    // (so does one of a place or a company: "… in Dover, Del. The board said …"; not a title
    // before a name, which no such word follows)
    const NAME_TITLES: &[&str] = &[
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "capt",
        "cmdr", "adm", "maj", "rev", "h", "hj", "kh", "drs", "ir",
    ];
    if (l.contains('.') || !NAME_TITLES.contains(&l.as_str())) && opener_follows() {
        return false;
    }
    // (nor is the end of a name joined by a dash: "rapat Badan Dermaga–PT. Lalu …"; a hyphen
    // may join a title, "then-Sen. Reed")
    let dashed = before[..word_start].ends_with(['–', '—']);
    (ABBREVIATIONS.contains(&l.as_str()) && !dashed)
        || (l.contains('.') && l.len() <= 6)
        || (NUMBER_ABBREVIATIONS.contains(&l.as_str()) && number_follows())
}

/// Capitalised words that open a sentence and go in no name or title: after an abbreviation
/// with dots inside it, the sentence has ended.
const SENTENCE_OPENING_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "But",
    "While",
    "As",
    "By",
    "When",
    "After",
    "Initially",
    "However",
    "Ia",
    "Dia",
    "Mereka",
    "Kami",
    "Namun",
    "Sementara",
    "Selain",
    "Hal",
];

/// A token with byte offsets in the paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub s: usize,
    pub e: usize,
    pub t: &'a str,
}

impl Tok<'_> {
    pub fn lower(&self) -> String {
        jejak_text::to_lowercase(self.t)
    }
    pub fn is_word(&self) -> bool {
        self.t.chars().next().is_some_and(|c| c.is_alphanumeric())
    }
    pub fn is_cap(&self) -> bool {
        self.t.chars().next().is_some_and(|c| c.is_uppercase())
    }
    pub fn is_lower_word(&self) -> bool {
        self.t.chars().next().is_some_and(|c| c.is_lowercase())
    }
}

/// Words, numbers with their commas ("5,000", "1,3"), times and scores with their colons
/// ("4:15", "9:52PM", "2:1": no colon that opens what was said) and capitals joined by an
/// ampersand ("R&D") are one token each; any other mark is a token of its own. A word keeps
/// its combining accents (text in decomposed form) and the Latin-1 marks and controls that
/// UTF-8 read twice leaves inside it ("DovrÃ¡n"), all but the no-break space and the
/// guillemets, so an accented or mangled name is still one name.
///
/// Word boundaries in these patterns are ASCII (`(?-u:\b)`): a Unicode `\b` sends the regex
/// engine to a backtracker on any non-ASCII text, once per token.
static TOKEN_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"\p{N}+(?::\p{N}+)+(?:[AaPp][Mm])?|\p{N}+(?:,\p{N}+)+(?:\.\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|[\x{80}-\x{9F}\x{A1}-\x{AA}\x{AC}-\x{BA}\x{BC}-\x{BF}]+[\p{L}\p{M}\p{N}]+|&\p{Lu}+|\.[\p{Ll}\p{N}]+|\.\p{Lu}(?-u:\b))*|[^\s\p{L}\p{N}]",
    )
    .unwrap()
});

/// Whether the text before offset `at` ends in "that" or "bahwa": what follows is reported.
pub fn after_that(p: &str, at: usize) -> bool {
    let before = p[..at].trim_end();
    before.ends_with(" that") || before.ends_with(" bahwa")
}

/// Whether the text before offset `at` ends in a comma, perhaps inside a closing quotation
/// mark: what follows `“…,” adding that` is set off as after `…, adding that`.
pub fn after_comma(p: &str, at: usize) -> bool {
    p[..at].trim_end().trim_end_matches(['”', '"', '’']).ends_with(',')
}

/// Tokens of `p[from..to]`, offsets relative to `p`.
///
/// A nickname inside a name leaves no tokens (`is_nickname`): "Ann “Annie” Porter said" reads
/// as "Ann Porter said", and the name's text keeps the nickname.
pub fn tokens(p: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    const MAX_NICKNAME_WORDS: usize = 3;
    let mut toks: Vec<Tok<'_>> = TOKEN_RE
        .find_iter(&p[from..to])
        .map(|m| Tok { s: from + m.start(), e: from + m.end(), t: &p[from + m.start()..from + m.end()] })
        .collect();
    let mark = |t: &Tok| matches!(t.t, "“" | "”" | "\"");
    let mut k = 1;
    while k + 2 < toks.len() {
        let nickname = (mark(&toks[k]) && toks[k - 1].is_cap())
            .then(|| {
                let words = toks[k + 1..].iter().take_while(|t| t.is_cap()).take(MAX_NICKNAME_WORDS).count();
                let m = k + 1 + words;
                (words > 0 && toks.get(m).is_some_and(mark) && toks.get(m + 1).is_some_and(Tok::is_cap))
                    .then_some(m)
            })
            .flatten()
            .filter(|&m| is_nickname(p, toks[k].s, (toks[k].e, toks[m].s), toks[m].e));
        match nickname {
            Some(m) => {
                toks.drain(k..=m);
            }
            None => k += 1,
        }
    }
    drop_corps_brackets(&mut toks);
    toks
}

/// Drops the brackets of the corps or status written after a rank, which would part the
/// rank from the name: "Brigjen ( Pol ) Budi Santoso" reads as "Brigjen Pol Budi Santoso",
/// and a retired officer's "( Purn )" goes with its brackets.
fn drop_corps_brackets(toks: &mut Vec<Tok<'_>>) {
    const CORPS: &[&str] = &["Pol", "POL", "Polri", "TNI", "Mar", "Inf", "Kav", "Art"];
    const RETIRED: &[&str] = &["Purn", "purn", "Purnawirawan"];
    let mut k = 1;
    while k + 2 < toks.len() {
        // (most tokens open no bracket: `tokens` runs on every span the rules read)
        if toks[k].t != "(" {
            k += 1;
            continue;
        }
        let opens = toks[k - 1].is_cap() && toks[k - 1].is_word();
        // ("( Purn . )" has its stop inside)
        let close = if toks.get(k + 2).is_some_and(|t| t.t == ".") { k + 3 } else { k + 2 };
        let closed =
            toks.get(close).is_some_and(|t| t.t == ")") && toks.get(close + 1).is_some_and(Tok::is_cap);
        let word = toks[k + 1].t;
        if opens && closed && RETIRED.contains(&word) {
            toks.drain(k..=close);
        } else if opens && closed && close == k + 2 && CORPS.contains(&word) {
            toks.remove(close);
            toks.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Word count of a text.
pub fn word_count(t: &str) -> usize {
    t.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphanumeric())).count()
}

/// Narrows `(s, e)` in `p` past surrounding whitespace and punctuation that is not part of the
/// statement (commas, colons, dashes; a final full stop).
pub fn trim_span(p: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e {
        let c = p[s..e].chars().next().unwrap_or('a');
        if c.is_whitespace() || matches!(c, ',' | ':' | ';' | '-' | '—' | '–') {
            s += c.len_utf8();
        } else {
            break;
        }
    }
    while e > s {
        let c = p[s..e].chars().next_back().unwrap_or('a');
        if c.is_whitespace() || matches!(c, ',' | ':' | ';' | '-' | '—' | '–' | '.') {
            e -= c.len_utf8();
        } else {
            break;
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_and_mangled_names_are_one_token() {
        let words = |p: &str| tokens(p, 0, p.len()).iter().map(|t| t.t.to_string()).collect::<Vec<_>>();
        // (decomposed accents; UTF-8 read as Latin-1, twice; but a no-break space and a
        // guillemet still part words)
        assert_eq!(words("Pen\u{303}a said"), ["Pen\u{303}a", "said"]);
        assert_eq!(
            words("DovrA\u{303}\u{83}A\u{302}\u{a1}n added"),
            ["DovrA\u{303}\u{83}A\u{302}\u{a1}n", "added"]
        );
        assert_eq!(words("Gov.\u{a0}Reed «Ya»"), ["Gov", ".", "Reed", "«", "Ya", "»"]);
    }

    #[test]
    fn a_nickname_inside_a_name_is_neither_a_quote_nor_tokens() {
        let words = |p: &str| tokens(p, 0, p.len()).iter().map(|t| t.t.to_string()).collect::<Vec<_>>();
        assert_eq!(words("Ann “Annie” Porter said"), ["Ann", "Porter", "said"]);
        assert_eq!(words("Carl \"Big Carl\" Dunn said"), ["Carl", "Dunn", "said"]);
        let p = "“Yes,” Ann “Annie” Porter said, and Reed wrote “Open” in capitals.";
        let quoted: Vec<&str> = quote_regions(p).iter().map(|r| &p[r.inner_start..r.inner_end]).collect();
        assert_eq!(quoted, ["Yes,", "Open"]);
        // (a quoted word after a lowercase word or before a comma is a quote)
        assert_eq!(words("the “Annie” Porter"), ["the", "“", "Annie", "”", "Porter"]);
        assert_eq!(words("Ann “Annie”, Porter"), ["Ann", "“", "Annie", "”", ",", "Porter"]);
    }

    #[test]
    fn a_long_text_with_no_sentence_end_is_cut_at_spaces() {
        let p = "kapal feri “bersandar” di dermaga ".repeat(400);
        let regions = quote_regions(&p);
        let sents = sentences(&p, &regions);
        assert!(sents.len() > 1, "{} bytes in one sentence", p.len());
        for &(s, e) in &sents {
            assert!(e - s <= MAX_SENTENCE + "bersandar”".len(), "{s}..{e}");
            // (never inside quotation marks)
            assert!(region_around(&regions, e).is_none(), "cut at {e} inside a quote");
        }
    }

    #[test]
    fn the_region_around_an_offset_is_the_one_a_scan_finds() {
        let p = "“Satu,” kata Budi. Lalu ‘dua’ dan \"tiga\" serta “empat” lagi.";
        let regions = quote_regions(p);
        assert!(regions.len() >= 3, "{regions:?}");
        for o in 0..=p.len() {
            let scanned = regions.iter().find(|r| o > r.open && o < r.close);
            assert_eq!(region_around(&regions, o).map(|r| r.open), scanned.map(|r| r.open), "at {o}");
        }
    }
}
