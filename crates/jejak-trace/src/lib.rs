//! Finds who said what in an article: quotes, speakers, cue verbs, venues, relay chains.
//!
//! In: an article's body paragraphs, language and outlet. Out: [`Quote`]s. No storage.
//!
//! Rule-based, for Indonesian and English alike (the cue words of the two languages do not
//! collide, so both rule sets always run). Per paragraph: quoted regions are found first,
//! the paragraph is split into sentences that never break inside a quote, and each sentence
//! is matched against attribution patterns:
//!
//! * direct: `“…,” kata X`, `"…," X said`, `X said: "…"`, `“…,” ujarnya`; a quote opened
//!   and not closed in its paragraph continues into the next paragraph that opens a quote;
//! * indirect: `X mengatakan (bahwa) …`, `X said (that) …`, `Menurut X, …`, `…, according
//!   to X`, `…, kata X`, `…, said X`;
//! * hearsay: `disebutkan`, `dikabarkan`, `reportedly`… without a named speaker.
//!
//! Pronoun speakers (`ia`, `he`, `-nya`) resolve to the most recent named speaker.

mod lexicon;
mod text;

use jejak_model::{Article, Certainty, Quote, Relay, Span};
use lexicon::*;
use once_cell::sync::Lazy;
use regex::Regex;
use text::{quote_regions, sentences, tokens, trim_span, word_count, Region, Tok};

/// Every quote and reported statement in an article.
pub fn quotes(article: &Article) -> Vec<Quote> {
    let paras: Vec<&str> = article.body.iter().map(String::as_str).collect();
    let outlet = article.outlet.as_deref();
    let mut found = analyze(&paras, outlet);
    apply_back_references(&paras, outlet, &mut found);
    found.into_iter().map(|f| f.into_quote(&article.id, &paras)).collect()
}

/// "Klaim tersebut disampaikan X di VENUE, sebagaimana diwartakan R": a sentence that says
/// who made the claim just reported, where, and through whom.
static BACK_REFERENCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:klaim|pernyataan|informasi|kabar|laporan|ucapan|hal)\s+(?:tersebut|itu|ini)\s+",
        r"(?:di(?:sampaikan|ungkapkan|katakan|lontarkan|utarakan|kemukakan|sebutkan)|muncul\s+dari)\s+(?:oleh\s+)?",
        r"|^(?:the|this|that)\s+(?:claim|statement|remark|report)s?\s+(?:was|were)\s+(?:made|delivered|given|voiced)\s+by\s+"
    ))
    .expect("valid regex")
});

/// Speaker, venue and relays named by back-reference sentences apply to the unattributed
/// statement before them (and the sentence itself is no statement), and to later quotes of the same speaker: a relay named for the
/// whole report is an earlier hop of every quote from it ("… diwartakan New York Post" then
/// "…, ucap Korotchenko, sebagaimana dilansir The Independent" is Channel One → New York
/// Post → The Independent).
fn apply_back_references(paras: &[&str], outlet: Option<&str>, found: &mut Vec<Found>) {
    for (pi, p) in paras.iter().enumerate() {
        let regions = quote_regions(p);
        for (ss, se) in sentences(p, &regions) {
            let Some(m) = BACK_REFERENCE.find(&p[ss..se]) else { continue };
            let toks = tokens(p, ss + m.end(), se);
            let Some((subj, _)) = subject_forward(p, &toks, 0) else { continue };
            let Some(speaker) = subj.name.clone() else { continue };
            let relays: Vec<Relay> = find_relays(p, ss, se, outlet).into_iter().map(|(_, _, r)| r).collect();
            let venue = find_venue(p, ss, se, (subj.s, subj.e));
            // The back-reference itself states nothing new.
            found.retain(|f| !(f.para == pi && f.s >= ss && f.s < se));
            for f in found.iter_mut() {
                let earlier_unattributed =
                    f.speaker.is_none() && (f.para + 1 == pi || (f.para == pi && f.s < ss));
                let later_same_speaker =
                    f.para > pi && f.speaker.as_deref().is_some_and(|s| jejak_text::same_person(s, &speaker));
                if earlier_unattributed {
                    f.speaker = Some(speaker.clone());
                    if f.subj.is_none() {
                        f.subj = Some(subj.clone());
                    }
                }
                if earlier_unattributed || later_same_speaker {
                    if f.venue.is_none() {
                        f.venue = venue.clone();
                    }
                    let mut via: Vec<Relay> = relays
                        .iter()
                        .filter(|r| !f.via.iter().any(|v| v.medium == r.medium))
                        .cloned()
                        .collect();
                    via.append(&mut f.via);
                    f.via = via;
                }
            }
        }
    }
}

/// A statement found in a whole text (see [`quotes_in_text`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TextQuote {
    /// Byte span of the statement in the text; may cross paragraphs.
    pub span: Span,
    /// Byte span, in the text, of the words naming the speaker (a pronoun stays a pronoun
    /// here while `quote.speaker` holds the name it resolved to).
    pub speaker_span: Option<Span>,
    /// The speaker words as written.
    pub speaker_mention: Option<String>,
    /// Paragraph-relative view, as [`quotes`] returns it (`quote.paragraph` counts the
    /// non-empty lines of the text).
    pub quote: Quote,
}

/// Quotes in a plain text whose paragraphs are separated by line breaks, with offsets into
/// that text. `lang` ("id", "en") is informational: both rule sets run on every text.
pub fn quotes_in_text(text: &str, lang: &str) -> Vec<TextQuote> {
    let _ = lang;
    let mut offsets = Vec::new();
    let mut paras = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        if !line.trim().is_empty() {
            offsets.push(pos);
            paras.push(line);
        }
        pos += line.len() + 1;
    }
    analyze(&paras, None)
        .into_iter()
        .map(|f| {
            let span = Span { start: offsets[f.para] + f.s, end: offsets[f.end_para] + f.e };
            let speaker_span = f.subj.as_ref().map(|sj| Span {
                start: offsets[f.para_of_subj] + sj.s,
                end: offsets[f.para_of_subj] + sj.e,
            });
            let speaker_mention = f.subj.as_ref().map(|sj| sj.mention.clone());
            TextQuote { span, speaker_span, speaker_mention, quote: f.into_quote("", &paras) }
        })
        .collect()
}

#[derive(Debug, Clone)]
struct Subj {
    s: usize,
    e: usize,
    mention: String,
    name: Option<String>,
    role: Option<String>,
    pronoun: bool,
}

#[derive(Debug, Clone)]
struct Attr {
    cue: String,
    subj: Option<Subj>,
}

#[derive(Debug, Clone)]
struct Found {
    para: usize,
    s: usize,
    end_para: usize,
    e: usize,
    direct: bool,
    subj: Option<Subj>,
    para_of_subj: usize,
    /// Resolved speaker name.
    speaker: Option<String>,
    cue: Option<String>,
    certainty: Certainty,
    venue: Option<String>,
    via: Vec<Relay>,
    /// Direct quote left open at the paragraph end.
    open: bool,
}

impl Found {
    fn into_quote(self, article_id: &str, paras: &[&str]) -> Quote {
        let p = paras[self.para];
        let first_end = if self.end_para == self.para { self.e } else { p.len() };
        let mut text = p[self.s..first_end].to_string();
        for (k, q) in paras.iter().enumerate().take(self.end_para + 1).skip(self.para + 1) {
            let e = if k == self.end_para { self.e } else { q.len() };
            let piece = q[..e].trim_start_matches(['“', '"', '‘', ' ']);
            text.push_str("\n\n");
            text.push_str(piece);
        }
        let text = text.trim_end_matches(['”', '"', '’']).trim().to_string();
        Quote {
            article_id: article_id.to_string(),
            paragraph: self.para,
            span: Span { start: self.s, end: first_end },
            text,
            direct: self.direct,
            speaker: self.speaker,
            speaker_role: self.subj.and_then(|s| s.role),
            cue: self.cue,
            certainty: self.certainty,
            venue: self.venue,
            via: self.via,
        }
    }
}

fn lower_is(t: &Tok, list: &[&str]) -> bool {
    let l = t.lower();
    list.contains(&l.trim_end_matches('.'))
}

fn is_abbr_tok(t: &Tok) -> bool {
    let l = t.lower();
    (t.is_cap() && t.t.chars().count() == 1) || ABBREVIATIONS.contains(&l.as_str())
}

/// Builds a subject from a run of tokens `toks[a..b]`, the first `lower_n` of which are
/// lowercase role words ("analis militer").
fn make_subj(p: &str, toks: &[Tok], a: usize, b: usize, lower_n: usize) -> Subj {
    let s = toks[a].s;
    let e = toks[b - 1].e;
    let mention = p[s..e].to_string();
    let run = &toks[a + lower_n..b];
    let mut role: Option<String> = None;
    let mut name_from = 0;
    if let Some(h) = run.iter().position(|t| lower_is(t, ROLE_HEADS)) {
        let mut r = h + 1;
        while r < run.len()
            && (lower_is(&run[r], ROLE_VOCAB) || lower_is(&run[r], ROLE_HEADS) || run[r].t == ".")
        {
            r += 1;
        }
        if r >= run.len() && run.len() >= 2 && h + 1 < run.len() {
            r = run.len() - 1; // keep at least one name word: "Menteri Lavrov"
        }
        name_from = r;
        role = Some(p[toks[a].s..run[r.max(1) - 1].e].trim().to_string());
    } else if lower_n > 0 {
        role = Some(p[toks[a].s..toks[a + lower_n - 1].e].to_string());
    }
    // A country or place after the role belongs to it: "pakar militer Rusia Igor
    // Korotchenko" is a Russian military expert named Igor Korotchenko, and "sumber Korut"
    // an unnamed North Korean source.
    if role.is_some() {
        let start = name_from;
        while name_from < run.len() && jejak_text::is_known_entity(run[name_from].t) {
            name_from += 1;
        }
        if name_from > start {
            role = Some(p[toks[a].s..run[name_from - 1].e].trim().to_string());
        }
    }
    while name_from < run.len() && (run[name_from].t == "." || run[name_from].t == ",") {
        name_from += 1;
    }
    let name = (name_from < run.len())
        .then(|| p[run[name_from].s..run[run.len() - 1].e].to_string())
        .filter(|n| n.chars().next().is_some_and(|c| c.is_uppercase()));
    Subj { s, e, mention, name, role, pronoun: false }
}

fn pronoun_subj(t: &Tok) -> Subj {
    Subj { s: t.s, e: t.e, mention: t.t.to_string(), name: None, role: None, pronoun: true }
}

/// The subject ending just before token `j` (skipping adverbs), and the index it starts at.
fn subject_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let mut j = j;
    while j > 0 && lower_is(&toks[j - 1], ADVERBS) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    let last = &toks[j - 1];
    if lower_is(last, PRONOUNS) {
        return Some((pronoun_subj(last), j - 1));
    }
    // appositive: "Lavrov, the foreign minister, said" / "Kepala LPMQ , Abdul Aziz mengatakan"
    if last.t == "," && j >= 2 {
        let mut k = j - 1;
        let mut n = 0;
        while k > 0 && toks[k - 1].t != "," && n < 10 {
            k -= 1;
            n += 1;
        }
        if k > 0 && toks[k - 1].t == "," && n <= 8 {
            if let Some((mut sj, at)) = subject_before(p, toks, k - 1) {
                let appos = &toks[k..j - 1];
                let ok = appos.iter().any(|t| lower_is(t, ROLE_HEADS))
                    || appos.first().is_some_and(|t| lower_is(t, &["the", "a", "an"]))
                    || (appos.len() == 1 && appos[0].t.chars().all(|c| c.is_ascii_digit()));
                if !sj.pronoun && ok {
                    sj.role = Some(p[toks[k].s..toks[j - 2].e].to_string());
                    return Some((sj, at));
                }
            }
        }
        return None;
    }
    if last.is_cap() || (last.t == "." && j >= 2 && is_abbr_tok(&toks[j - 2])) {
        let mut k = j - 1;
        while k > 0 {
            let t = &toks[k - 1];
            let ok = (t.is_cap() && !(k - 1 == 0 && lower_is(t, CAP_STOP)))
                || (lower_is(t, CONNECT) && k >= 2 && toks[k - 2].is_cap())
                || (t.t == "." && k >= 2 && is_abbr_tok(&toks[k - 2]));
            if !ok {
                break;
            }
            k -= 1;
        }
        while k < j && (lower_is(&toks[k], CAP_STOP) || lower_is(&toks[k], CONNECT) || toks[k].t == ".") {
            k += 1;
        }
        if k >= j {
            return None;
        }
        // lowercase role words before the name: "analis militer Igor", "juru bicara Kremlin"
        let mut lower_n = 0;
        let mut m = k;
        let mut best = None;
        while m > 0 && k - m < 4 && (toks[m - 1].is_lower_word() || lower_is(&toks[m - 1], ROLE_HEADS)) {
            m -= 1;
            if lower_is(&toks[m], ROLE_HEADS) {
                best = Some(m);
            }
            if toks[m].is_cap() {
                break;
            }
        }
        let mut a = k;
        if let Some(bm) = best {
            lower_n = k - bm;
            a = bm;
        }
        // Korean/Chinese-style all-caps acronyms alone are fine; a lone capitalized word at the
        // sentence start that is a common word is not.
        return Some((make_subj(p, toks, a, j, lower_n), a));
    }
    if last.is_lower_word() {
        // "the spokesman", "officials", "many analysts"
        let mut k = j - 1;
        let mut n = 0;
        loop {
            if lower_is(&toks[k], DETERMINERS) && k < j - 1 {
                return Some((make_subj(p, toks, k, j, 0), k));
            }
            if k == 0 || n >= 4 || !(toks[k - 1].is_lower_word() || lower_is(&toks[k - 1], DETERMINERS)) {
                break;
            }
            k -= 1;
            n += 1;
        }
        if lower_is(last, PEOPLE) || lower_is(last, ROLE_HEADS) {
            return Some((make_subj(p, toks, j - 1, j, 0), j - 1));
        }
    }
    None
}

/// Words after which a forward subject stops.
const FWD_STOP: &[&str] = &[
    "di",
    "dalam",
    "kepada",
    "saat",
    "pada",
    "yang",
    "ketika",
    "usai",
    "seusai",
    "dengan",
    "dari",
    "melalui",
    "via",
    "in",
    "at",
    "on",
    "to",
    "during",
    "who",
    "when",
    "after",
    "while",
    "before",
    "said",
    "says",
    "told",
    "and",
    "dan",
    "added",
    "which",
    "that",
    "bahwa",
    "seperti",
    "sebagaimana",
    "menurut",
    "according",
    "as",
];

/// The subject starting at token `i`, and the index after it.
fn subject_forward(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    let t = toks.get(i)?;
    if lower_is(t, PRONOUNS) {
        return Some((pronoun_subj(t), i + 1));
    }
    let mut j = i;
    let mut lower_n = 0;
    if t.is_lower_word() && (lower_is(t, ROLE_HEADS) || lower_is(t, DETERMINERS) || lower_is(t, PEOPLE)) {
        while j < toks.len()
            && j - i < 5
            && toks[j].is_lower_word()
            && (j == i || !lower_is(&toks[j], FWD_STOP))
        {
            j += 1;
        }
        lower_n = j - i;
    }
    let mut k = j;
    while k < toks.len() {
        let tk = &toks[k];
        let ok = (tk.is_cap() && (k > j || !lower_is(tk, CAP_STOP) || lower_is(tk, &["the"])))
            || (lower_is(tk, CONNECT) && k > j && toks.get(k + 1).is_some_and(|n| n.is_cap()))
            || (tk.t == "." && k > j && is_abbr_tok(&toks[k - 1]));
        if !ok {
            break;
        }
        k += 1;
    }
    if k == i {
        return None;
    }
    if k == j {
        // lowercase only: needs a role head or a people noun
        let has = toks[i..k].iter().any(|t| lower_is(t, ROLE_HEADS) || lower_is(t, PEOPLE));
        if !has {
            return None;
        }
        return Some((make_subj(p, toks, i, k, 0), k));
    }
    // lowercase words before the name are its role ("analis militer") or an article
    Some((make_subj(p, toks, i, k, lower_n), k))
}

fn is_punct(t: &Tok, set: &[&str]) -> bool {
    set.contains(&t.t)
}

const LEAD_PUNCT: &[&str] = &[",", ":", "—", "-", "–", ";"];

/// Attribution right after a statement: `, kata X`, `,” ujarnya`, `," X said`, `, said X`.
fn trailing(p: &str, from: usize, to: usize) -> Option<Attr> {
    let toks = tokens(p, from, to);
    let mut i = 0;
    while i < toks.len() && is_punct(&toks[i], LEAD_PUNCT) {
        i += 1;
    }
    let t = toks.get(i)?;
    let l = t.lower();
    if let Some(stem) = l.strip_suffix("nya") {
        if POST_CUES_ID.contains(&stem) || PRE_CUES.contains(&stem) || stem == "kata" {
            let mut sj = pronoun_subj(t);
            sj.mention = "nya".into();
            return Some(Attr { cue: t.t.to_string(), subj: Some(sj) });
        }
    }
    if POST_CUES_ID.contains(&l.as_str()) || POST_CUES_EN.contains(&l.as_str()) {
        let mut k = i + 1;
        while k < toks.len() && lower_is(&toks[k], ADVERBS) {
            k += 1;
        }
        if let Some((sj, _)) = subject_forward(p, &toks, k) {
            return Some(Attr { cue: t.t.to_string(), subj: Some(sj) });
        }
        if POST_CUES_EN.contains(&l.as_str()) {
            return None;
        }
    }
    if let Some((sj, mut k)) = subject_forward(p, &toks, i) {
        while k < toks.len() && lower_is(&toks[k], ADVERBS) {
            k += 1;
        }
        if let Some(c) = toks.get(k) {
            let cl = c.lower();
            if PRE_CUES.contains(&cl.as_str()) || POST_CUES_ID.contains(&cl.as_str()) {
                return Some(Attr { cue: c.t.to_string(), subj: Some(sj) });
            }
        }
    }
    None
}

/// Attribution right before a quote: `X said: “`, `X mengatakan, “`, `Menurut X, “`.
fn leading(p: &str, from: usize, to: usize) -> Option<Attr> {
    let toks = tokens(p, from, to);
    let mut j = toks.len();
    while j > 0 && is_punct(&toks[j - 1], LEAD_PUNCT) {
        j -= 1;
    }
    if j > 0 && lower_is(&toks[j - 1], &["that", "bahwa"]) {
        j -= 1;
    }
    // the cue may be followed by a short object: "told reporters:", "kepada wartawan:"
    for back in 0..5.min(j) {
        let ci = j - 1 - back;
        let c = &toks[ci];
        if PRE_CUES.contains(&c.lower().as_str()) {
            if let Some((sj, _)) = subject_before(p, &toks, ci) {
                return Some(Attr { cue: c.t.to_string(), subj: Some(sj) });
            }
        }
    }
    None
}

static RELAY_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?P<cue>(?i:(?:sebagaimana|seperti)\s+(?:dilansir|dilaporkan|diberitakan|diwartakan|dikutip|disiarkan)(?:\s+dari)?",
        r"|dilansir(?:\s+dari)?|dikutip\s+dari|(?:yang\s+)?mengutip(?:\s+dari)?|menurut\s+laporan|menurut",
        r"|according\s+to(?:\s+(?:a\s+)?reports?\s+(?:by|from|in))?|as\s+reported\s+by|reported\s+by|as\s+first\s+reported\s+by",
        r"|citing|told|in\s+an\s+interview\s+with|kepada))\s+",
        r"(?P<m>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’\-]*|of|de|du))*",
        r"|(?i:media|kantor\s+berita|surat\s+kabar|harian|stasiun\s+televisi|televisi|situs|laman)\b[^,.;:“”\x22]*)"
    ))
    .unwrap()
});

/// Relays named in `p[s..e]`: (start, end, relay), origin first.
fn find_relays(p: &str, s: usize, e: usize, outlet: Option<&str>) -> Vec<(usize, usize, Relay)> {
    let mut out = Vec::new();
    for c in RELAY_RE.captures_iter(&p[s..e]) {
        let m = c.get(0).unwrap();
        let cue_raw = c.name("cue").unwrap().as_str();
        let cue = cue_raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let medium = c.name("m").unwrap().as_str().trim().trim_end_matches('.').to_string();
        let lc = cue.to_lowercase();
        let strong =
            ["dilansir", "dilaporkan", "diberitakan", "dikutip", "disiarkan", "mengutip", "reported by"]
                .iter()
                .any(|w| lc.contains(w));
        let medium_like = is_medium(&medium) || lc.starts_with("menurut laporan") || lc.contains("report");
        if !(medium_like
            || (strong
                && !medium.split_whitespace().any(|w| ROLE_HEADS.contains(&w.to_lowercase().as_str()))))
        {
            continue;
        }
        if let Some(o) = outlet {
            let (ol, ml) = (o.to_lowercase(), medium.to_lowercase());
            if !ol.is_empty() && (ol.contains(&ml) || ml.contains(&ol)) {
                continue;
            }
        }
        let medium = medium.strip_prefix("laporan ").unwrap_or(&medium).to_string();
        out.push((s + m.start(), s + m.end(), Relay { medium, cue }));
    }
    out.reverse();
    out
}

static VENUE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?:(?i:dalam\s+(?:sebuah\s+|acara\s+)?(?:konferensi\s+pers|jumpa\s+pers|keterangan\s+pers|keterangan\s+tertulis|keterangannya|wawancara|pernyataan|siaran\s+pers|rapat|sidang|diskusi|seminar|webinar|unggahan|cuitan|pidato|pidatonya)",
        r"|saat\s+(?:konferensi\s+pers|jumpa\s+pers|ditemui|dikonfirmasi|diwawancarai|berbincang|wawancara|memberikan\s+keterangan|berpidato)",
        r"|(?:di|melalui|lewat)\s+(?:televisi|stasiun\s+televisi|radio|akun|media\s+sosial|hadapan|sela-sela|kanal|channel|siaran|instagram|twitter|x\b)",
        r"|in\s+an?\s+(?:interview|statement|press\s+conference|news\s+conference|speech|email|e-mail|op-ed|post|tweet|letter|radio\s+interview|television\s+interview|phone\s+interview)",
        r"|(?:at|during)\s+an?\s+(?:press\s+conference|news\s+conference|rally|briefing|hearing|campaign\s+event|town\s+hall|debate|event|speech|interview)",
        r"|on\s+(?:twitter|facebook|instagram|television|cnn|fox\s+news|msnbc|channel\s+one)",
        r")[^,.;:“”\x22]*(?:,\s*\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*)?",
        r"|(?i:kepada\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers)|told\s+(?:reporters|journalists|the\s+press|a\s+crowd|supporters))\b[^,.;:“”\x22]*)"
    ))
    .unwrap()
});

fn find_venue(p: &str, s: usize, e: usize, avoid: (usize, usize)) -> Option<String> {
    VENUE_RE
        .find_iter(&p[s..e])
        .find(|m| s + m.start() >= avoid.1 || s + m.end() <= avoid.0)
        .map(|m| m.as_str().trim().trim_end_matches(['.', ',']).to_string())
}

const DISCOURSE: &[&str] = &[
    "namun",
    "tetapi",
    "sementara",
    "itu",
    "lebih",
    "lanjut",
    "selain",
    "but",
    "and",
    "however",
    "meanwhile",
    "so",
    "still",
    "also",
    "yet",
    "then",
    "pun",
    "sedangkan",
    "kemudian",
    "lalu",
    "adapun",
    "di",
    "sisi",
    "lain",
    ",",
    "sebelumnya",
    "previously",
    "earlier",
];

/// Word count of `p[a..b]` (0 when empty).
fn wc(p: &str, a: usize, b: usize) -> usize {
    if a >= b {
        0
    } else {
        word_count(&p[a..b])
    }
}

/// Content of a statement introduced by the cue at `toks[ci]`, up to `se`.
fn content_after(p: &str, toks: &[Tok], ci: usize, se: usize) -> (usize, usize) {
    let n = toks.len();
    let i = ci + 1;
    // "that"/"bahwa" soon after the cue starts the content
    for t in toks.iter().take(n.min(i + 9)).skip(i) {
        if t.t == "“" || t.t == "\"" {
            break;
        }
        if lower_is(t, &["that", "bahwa"]) {
            return trim_span(p, t.e, se);
        }
    }
    if i < n && is_punct(&toks[i], LEAD_PUNCT) {
        return trim_span(p, toks[i].e, se);
    }
    const PREP: &[&str] = &[
        "kepada",
        "to",
        "pada",
        "in",
        "on",
        "during",
        "at",
        "dalam",
        "di",
        "saat",
        "ketika",
        "when",
        "while",
        "after",
        "usai",
        "seusai",
        "melalui",
        "via",
        "through",
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "last",
        "this",
        "yesterday",
        "today",
        "reporters",
        "wartawan",
        "sebelumnya",
        "earlier",
    ];
    let told = lower_is(&toks[ci], &["told", "tells", "asked"]);
    if i < n && (lower_is(&toks[i], PREP) || told) {
        if let Some(k) = (i..n.min(i + 14)).find(|&k| toks[k].t == ",") {
            return trim_span(p, toks[(k + 1).min(n - 1)].s.min(se), se);
        }
    }
    if i >= n {
        return (se, se);
    }
    trim_span(p, toks[i].s, se)
}

/// Clips `(cs, ce)` so it does not include relay phrases.
fn clip(p: &str, cs: usize, ce: usize, relays: &[(usize, usize, Relay)]) -> (usize, usize) {
    let (mut cs, mut ce) = (cs, ce);
    for (rs, re, _) in relays {
        if *rs <= cs && *re > cs {
            cs = *re;
        } else if *rs > cs && *rs < ce {
            ce = *rs;
        }
    }
    if cs >= ce {
        return (cs, cs);
    }
    trim_span(p, cs, ce)
}

struct Indirect {
    cs: usize,
    ce: usize,
    cue: String,
    subj: Option<Subj>,
}

/// Words that open what may follow "X said" without being what X said.
const TRAILING_ADVERBIALS: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "during",
    "after",
    "before",
    "yesterday",
    "today",
    "tonight",
    "last",
    "this",
    "earlier",
    "later",
    "recently",
    "late",
    "early",
    "via",
    "pada",
    "di",
    "kepada",
    "dalam",
    "saat",
    "usai",
    "ketika",
    "kemarin",
    "seusai",
    "sebelum",
    "setelah",
    "melalui",
    "lewat",
];

fn indirect(
    p: &str,
    ss: usize,
    se: usize,
    regions: &[Region],
    relays: &[(usize, usize, Relay)],
) -> Option<Indirect> {
    let toks = tokens(p, ss, se);
    let in_q = |t: &Tok| regions.iter().any(|r| t.s >= r.open && t.e <= r.close);
    let n = toks.len();
    let at_start = |i: usize| toks[..i].iter().all(|t| lower_is(t, DISCOURSE) || !t.is_word());
    for i in 0..n {
        let t = &toks[i];
        if in_q(t) || !t.is_word() {
            continue;
        }
        let l = t.lower();
        let according = l == "according" && toks.get(i + 1).is_some_and(|x| x.lower() == "to");
        if l == "menurut" || l == "menurutnya" || according {
            if relays.iter().any(|(rs, re, _)| t.s >= *rs && t.s < *re) {
                continue;
            }
            let x0 = if according { i + 2 } else { i + 1 };
            let (subj, after) = if l == "menurutnya" {
                let mut sj = pronoun_subj(t);
                sj.mention = "nya".into();
                (Some(sj), i + 1)
            } else {
                let mut k = x0;
                while k < n && toks[k].t != "," && k - x0 < 12 {
                    k += 1;
                }
                if k == x0 {
                    continue;
                }
                let sj = subject_forward(p, &toks, x0)
                    .map(|(s, _)| s)
                    .unwrap_or_else(|| make_subj(p, &toks, x0, k.min(n), 0));
                (Some(sj), k)
            };
            let cue = if according { "according to".to_string() } else { t.t.to_string() };
            if at_start(i) {
                let mut a = after;
                while a < n && toks[a].t != "," && a - after < 12 && l != "menurutnya" {
                    a += 1;
                }
                let start = if a < n { toks[a].e } else { se };
                let (cs, ce) = clip(p, start, se, relays);
                if wc(p, cs, ce) >= 2 {
                    return Some(Indirect { cs, ce, cue, subj });
                }
            } else if i > 0 && (toks[i - 1].t == "," || toks[i - 1].t == "(") {
                let (cs, ce) = clip(p, ss, toks[i - 1].s, relays);
                if wc(p, cs, ce) >= 3 {
                    return Some(Indirect { cs, ce, cue, subj });
                }
            }
            continue;
        }
        // Indonesian postposed cue: "…, kata X" / "…, ujarnya"
        let stem = l.strip_suffix("nya");
        let post_id = POST_CUES_ID.contains(&l.as_str())
            || stem
                .is_some_and(|s| POST_CUES_ID.contains(&s) || (PRE_CUES.contains(&s) && s.starts_with("me")));
        if post_id && i > 0 && is_punct(&toks[i - 1], &[",", "”", "\""]) {
            let subj = if stem.is_some() {
                let mut sj = pronoun_subj(t);
                sj.mention = "nya".into();
                Some(sj)
            } else {
                subject_forward(p, &toks, i + 1).map(|x| x.0)
            };
            if subj.is_some() {
                let (cs, ce) = clip(p, ss, toks[i - 1].s, relays);
                if wc(p, cs, ce) >= 3 {
                    return Some(Indirect { cs, ce, cue: t.t.to_string(), subj });
                }
            }
        }
        if PRE_CUES.contains(&l.as_str()) {
            if let Some((sj, at)) = subject_before(p, &toks, i) {
                let before_comma = at > 0 && toks[at - 1].t == ",";
                let rest_words = toks[i + 1..].iter().filter(|t| t.is_word()).count();
                // What follows the cue is a time or place ("on Tuesday", "kepada wartawan"),
                // not a clause of its own ("Bone said it had done the opposite").
                let rest_adverbial = rest_words <= 2
                    || toks.get(i + 1).is_some_and(|t| !t.is_word() || lower_is(t, TRAILING_ADVERBIALS));
                // "Owning Time Warner, Mr. Stephenson said, would drive …": the attribution
                // sits inside the statement, which is the whole sentence around it.
                let parenthetical = before_comma
                    && POST_CUES_EN.contains(&l.as_str())
                    && toks.get(i + 1).is_some_and(|t| t.t == ",")
                    && wc(p, ss, toks[at - 1].s) >= 2
                    && rest_words >= 2;
                if parenthetical {
                    let (cs, ce) = clip(p, ss, se, relays);
                    return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj) });
                }
                if before_comma
                    && wc(p, ss, toks[at - 1].s) >= 3
                    && rest_words <= 8
                    && rest_adverbial
                    && !lower_is(&toks[at], &["who", "yang"])
                {
                    // "…, X said (on Tuesday)."
                    let (cs, ce) = clip(p, ss, toks[at - 1].s, relays);
                    if wc(p, cs, ce) >= 3 {
                        return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj) });
                    }
                }
                // the subject must start its clause
                let clause_start = at == 0
                    || at_start(at)
                    || is_punct(&toks[at - 1], &[",", ";", ":", "—", "(", "”", "\""])
                    || lower_is(
                        &toks[at - 1],
                        &[
                            "and",
                            "but",
                            "dan",
                            "namun",
                            "tetapi",
                            "while",
                            "as",
                            "because",
                            "since",
                            "sementara",
                            "karena",
                            "after",
                            "when",
                            "saat",
                        ],
                    );
                if clause_start || sj.name.is_some() {
                    let (cs, ce) = content_after(p, &toks, i, se);
                    let (cs, ce) = clip(p, cs, ce, relays);
                    if wc(p, cs, ce) >= 2 {
                        return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj) });
                    }
                }
            } else if i > 0 && is_punct(&toks[i - 1], &[",", "”", "\""]) && POST_CUES_EN.contains(&l.as_str())
            {
                // "…, said Lavrov."
                if let Some((sj, _)) = subject_forward(p, &toks, i + 1) {
                    let (cs, ce) = clip(p, ss, toks[i - 1].s, relays);
                    if wc(p, cs, ce) >= 3 {
                        return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj) });
                    }
                }
            }
        }
    }
    // hearsay without a speaker
    let hedge = toks.iter().find(|t| !in_q(t) && lower_is(t, HEDGE_WORDS));
    if hedge.is_some() || !relays.is_empty() {
        let (cs, ce) = clip(p, ss, se, relays);
        if wc(p, cs, ce) >= 3 {
            let cue = hedge
                .map(|h| h.t.to_string())
                .or_else(|| relays.last().map(|r| r.2.cue.clone()))
                .unwrap_or_default();
            return Some(Indirect { cs, ce, cue, subj: None });
        }
    }
    None
}

fn resolve(subj: &Option<Subj>, last_named: &Option<String>) -> Option<String> {
    let sj = subj.as_ref()?;
    if sj.pronoun {
        let l = sj.mention.to_lowercase();
        if PERSON_PRONOUNS.contains(&l.as_str()) {
            return last_named.clone();
        }
        return None;
    }
    sj.name.clone()
}

/// A person named with a title in `p[ss..se]` ("Wali Kota Andi Pratama"), for resolving later
/// pronouns.
fn titled_name(p: &str, ss: usize, se: usize) -> Option<String> {
    let toks = tokens(p, ss, se);
    let h = toks.iter().position(|t| t.is_cap() && lower_is(t, ROLE_HEADS))?;
    let mut k = h;
    while k < toks.len() && (toks[k].is_cap() || (toks[k].t == "." && k > h && is_abbr_tok(&toks[k - 1]))) {
        k += 1;
    }
    (k > h + 1).then(|| make_subj(p, &toks, h, k, 0).name).flatten()
}

fn analyze(paras: &[&str], outlet: Option<&str>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut last_named: Option<String> = None;
    // index in `out` of a direct quote left open at the end of the previous paragraph
    let mut open_chain: Option<usize> = None;
    for (pi, p) in paras.iter().enumerate() {
        let regions = quote_regions(p);
        let chain_in = open_chain.take();
        let mut last_direct_speaker: Option<(usize, Option<String>, Option<Subj>)> = None;
        for (ss, se) in sentences(p, &regions) {
            let relays = find_relays(p, ss, se, outlet);
            let hedged =
                tokens(p, ss, se).iter().any(|t| lower_is(t, &["reportedly", "kabarnya", "dikabarkan"]));
            let rs: Vec<Region> = regions.iter().copied().filter(|r| r.open >= ss && r.open < se).collect();
            let mut got = false;
            let mut prev_end = ss;
            for (k, r) in rs.iter().enumerate() {
                let next_start = rs.get(k + 1).map(|x| x.open).unwrap_or(se).max(r.close);
                let inner_words = wc(p, r.inner_start, r.inner_end);
                let outside = wc(p, ss, r.open) + wc(p, r.close, se);
                let standalone = outside <= 1 && inner_words >= 3;
                if inner_words < 3 && !standalone {
                    prev_end = r.close;
                    continue;
                }
                let attr = trailing(p, r.close, next_start).or_else(|| leading(p, prev_end, r.open));
                prev_end = r.close;
                let (cs, ce) = trim_span(p, r.inner_start, r.inner_end);
                if cs >= ce {
                    continue;
                }
                // continuation of a quote opened in the previous paragraph
                if let (Some(ci), true, 0) = (chain_in, r.open <= 3, k) {
                    if ss <= 3 {
                        let f = &mut out[ci];
                        f.end_para = pi;
                        f.e = ce;
                        f.open = !r.closed;
                        if f.subj.is_none() {
                            if let Some(a) = attr {
                                f.speaker = resolve(&a.subj, &last_named);
                                f.cue = Some(a.cue.clone());
                                f.certainty = certainty_of(&a.cue);
                                f.para_of_subj = pi;
                                f.subj = a.subj;
                            }
                        }
                        if f.open {
                            open_chain = Some(ci);
                        }
                        got = true;
                        continue;
                    }
                }
                let (subj, cue, speaker) = match attr {
                    Some(a) => {
                        let sp = resolve(&a.subj, &last_named);
                        (a.subj, Some(a.cue), sp)
                    }
                    None if standalone || !r.closed => {
                        // a bare quote continues the previous speaker of this paragraph or
                        // the previous one
                        let prev = last_direct_speaker.clone().or_else(|| {
                            out.last()
                                .filter(|f| f.direct && f.end_para + 1 >= pi)
                                .map(|f| (f.para_of_subj, f.speaker.clone(), None))
                        });
                        match prev {
                            Some((_, sp, _)) => (None, None, sp),
                            None => (None, None, None),
                        }
                    }
                    None => continue,
                };
                if let Some(sp) = subj.as_ref().filter(|s| !s.pronoun).and_then(|s| s.name.clone()) {
                    last_named = Some(sp);
                }
                let certainty = if hedged {
                    Certainty::Hedged
                } else {
                    cue.as_deref().map(certainty_of).unwrap_or(Certainty::Assertive)
                };
                let venue = find_venue(p, ss, se, (r.open, r.close));
                last_direct_speaker = Some((pi, speaker.clone(), subj.clone()));
                out.push(Found {
                    para: pi,
                    s: cs,
                    end_para: pi,
                    e: ce,
                    direct: true,
                    subj,
                    para_of_subj: pi,
                    speaker,
                    cue,
                    certainty,
                    venue,
                    via: relays.iter().map(|r| r.2.clone()).collect(),
                    open: !r.closed,
                });
                if !r.closed {
                    open_chain = Some(out.len() - 1);
                }
                got = true;
            }
            if got {
                continue;
            }
            let ind = indirect(p, ss, se, &regions, &relays);
            if ind.is_none() {
                if let Some(n) = titled_name(p, ss, se) {
                    last_named = Some(n);
                }
            }
            if let Some(ind) = ind {
                let speaker = resolve(&ind.subj, &last_named);
                if let Some(sp) = ind.subj.as_ref().filter(|s| !s.pronoun).and_then(|s| s.name.clone()) {
                    last_named = Some(sp);
                }
                let certainty = if hedged { Certainty::Hedged } else { certainty_of(&ind.cue) };
                let venue = find_venue(p, ss, se, (ind.cs, ind.ce));
                out.push(Found {
                    para: pi,
                    s: ind.cs,
                    end_para: pi,
                    e: ind.ce,
                    direct: false,
                    subj: ind.subj,
                    para_of_subj: pi,
                    speaker,
                    cue: (!ind.cue.is_empty()).then_some(ind.cue),
                    certainty,
                    venue,
                    via: relays.iter().map(|r| r.2.clone()).collect(),
                    open: false,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<Quote> {
        let a = Article {
            id: "a".into(),
            body: text.split("\n\n").map(String::from).collect(),
            lang: Some("id".into()),
            ..Default::default()
        };
        quotes(&a)
    }

    #[test]
    fn korotchenko() {
        let v = q("“Kami dapat mengirim 100.000 sukarelawan,” kata analis militer Igor Korotchenko di televisi pemerintah Rusia, Channel One, sebagaimana dilansir The Independent.");
        assert_eq!(v.len(), 1, "{v:#?}");
        let x = &v[0];
        assert_eq!(x.text, "Kami dapat mengirim 100.000 sukarelawan");
        assert_eq!(x.speaker.as_deref(), Some("Igor Korotchenko"));
        assert_eq!(x.speaker_role.as_deref(), Some("analis militer"));
        assert_eq!(x.cue.as_deref(), Some("kata"));
        assert_eq!(x.venue.as_deref(), Some("di televisi pemerintah Rusia, Channel One"));
        assert_eq!(
            x.via,
            vec![Relay { medium: "The Independent".into(), cue: "sebagaimana dilansir".into() }]
        );
    }
}
