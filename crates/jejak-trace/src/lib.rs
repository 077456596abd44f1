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
//! * a subject with a clause before its cue: `X, mengungkap perihal ini, mengatakan …`,
//!   `X, yang juga merupakan wartawan Rusia, menyebut …`, `X, who …, said …`;
//! * a citing medium: `Mengutip S, M membeberkan bahwa …` (S speaks, M relays; see
//!   `citing_clause`);
//! * back-references naming the speaker of the sentence before: `Klaim tersebut
//!   disampaikan X`, `Hal ini dikonfirmasi X, menambahkan bahwa …`, `This was confirmed by X`.
//!
//! Pronoun speakers (`ia`, `he`, `-nya`) resolve to the most recent named speaker; a medium
//! pointed back to (`kata media tersebut`, `the outlet said`) to the medium the previous
//! sentence named. A speaker described without a name (`seorang pakar militer`, `sumber
//! Korut`, `officials`) is kept as written. A statement made to a reporter (`kepada Sinead
//! Baker dari Insider`, `told Reuters`) has that medium as its first relay, with the
//! reporter's name when given.

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
    relay_anonymous_sources(&mut found);
    found.into_iter().map(|f| f.into_quote(&article.id, &paras)).collect()
}

/// "Klaim tersebut disampaikan X di VENUE, sebagaimana diwartakan R", "Hal ini dikonfirmasi
/// X", "Data tersebut dibenarkan oleh X", "This was confirmed by X": a sentence that says
/// who made the claim just reported, where, and through whom. `verb` is the cue.
static BACK_REFERENCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:klaim|pernyataan|informasi|kabar|laporan|ucapan|hal|data|temuan|angka)\s+(?:tersebut|itu|ini)\s+",
        r"(?:pun\s+|juga\s+|telah\s+|sudah\s+)*",
        r"(?P<verb>di(?:sampaikan|ungkapkan|ungkap|katakan|lontarkan|utarakan|kemukakan|sebutkan|konfirmasi|laporkan|benarkan|nyatakan|jelaskan)|muncul\s+dari)\s+(?:oleh\s+)?",
        r"|^(?:the|this|that)(?:\s+(?:claim|statement|remark|report|information|figure|data|account))?s?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+",
        r"(?P<verb_en>made|delivered|given|voiced|confirmed|reported|disclosed|stated|corroborated)\s+by\s+"
    ))
    .expect("valid regex")
});

/// An active back-reference: the speaker reports the claim just told, named as an object
/// that ends the sentence or its clause ("Media pemerintah Rusia mengungkap hal tersebut,
/// …", "The Morning Herald reported the news.").
static ACTIVE_BACK_REFERENCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)\s(?P<reference>(?P<verb>mengungkap(?:kan)?|melaporkan|menyampaikan|mengonfirmasi|membenarkan|menyebutkan|mewartakan|memberitakan)",
        r"\s+(?:hal|klaim|kabar|informasi|laporan|berita)\s+(?:tersebut|itu|ini)",
        r"|(?P<verb_en>reported|confirmed|disclosed|revealed)\s+(?:this|the\s+(?:news|report|claim)))",
        r"\s*(?:,|\.?$)"
    ))
    .expect("valid regex")
});

/// The back-reference a sentence `p[ss..se]` makes, if any: its cue verb, the tokens the
/// rest of the code reads, the speaker, and the token index after the reference. Passive
/// ("Hal ini dikonfirmasi X") or active, where the statement found in the sentence is the
/// reference itself ("X mengungkap hal tersebut").
fn back_reference<'p>(
    p: &'p str,
    ss: usize,
    se: usize,
    in_sentence: &[&Found],
) -> Option<(Option<String>, Vec<Tok<'p>>, Subj, usize)> {
    if let Some(c) = BACK_REFERENCE.captures(&p[ss..se]) {
        let m = c.get(0).expect("whole match");
        let verb = c.name("verb").or(c.name("verb_en")).map(|v| v.as_str().to_string());
        let toks = tokens(p, ss + m.end(), se);
        let (subj, after) = subject_forward(p, &toks, 0)?;
        return Some((verb, toks, subj, after));
    }
    // The speaker is the one the sentence's own statement found before the verb.
    let c = ACTIVE_BACK_REFERENCE.captures(&p[ss..se])?;
    let (reference, verb) = (c.name("reference")?, c.name("verb").or(c.name("verb_en"))?);
    let subj = in_sentence
        .iter()
        .filter_map(|f| f.subj.as_ref())
        .find(|subj| subj.s >= ss && subj.e <= ss + verb.start())?;
    let toks = tokens(p, ss, se);
    let after = toks.iter().position(|t| t.s >= ss + reference.end()).unwrap_or(toks.len());
    Some((Some(verb.as_str().to_string()), toks, subj.clone(), after))
}

/// The cue of a relay the text implies rather than names (see [`relay_anonymous_sources`]).
pub const CONTEXT_CUE: &str = "context";

/// An unnamed source quoted right after a medium's report, with no relay of its own, is the
/// medium's source: "… kata media tersebut." then "“…,” kata sumber Korut" — the outlet
/// heard the source through the medium (cue [`CONTEXT_CUE`]). Only sources ("sumber …",
/// "a source", "sources …"), and only in the paragraph of the medium's statement or the next.
fn relay_anonymous_sources(found: &mut [Found]) {
    // Media: the known ones, and those that relay a statement in this article.
    let relays: Vec<String> = found.iter().flat_map(|f| &f.via).map(|r| r.medium.clone()).collect();
    let is_medium_here = |s: &str| is_medium(s) || relays.iter().any(|r| r == s);
    for i in 1..found.len() {
        let (before, rest) = found.split_at_mut(i);
        let (prev, f) = (&before[i - 1], &mut rest[0]);
        let anonymous = f.speaker.as_deref().is_some_and(|s| {
            let l = s.to_lowercase();
            ["sumber", "narasumber", "a source", "sources", "a person familiar", "people familiar"]
                .iter()
                .any(|w| l.starts_with(w))
        });
        let Some(medium) = prev.speaker.as_deref().filter(|s| is_medium_here(s)) else { continue };
        if anonymous && f.via.is_empty() && f.para <= prev.end_para + 1 {
            f.via = vec![Relay { medium: medium.to_string(), cue: CONTEXT_CUE.into(), reporter: None }];
        }
    }
}

/// Speaker, venue and relays named by back-reference sentences apply to the statement
/// before them (and the sentence itself is no statement), and to later quotes of the same
/// speaker: a relay named for the whole report is an earlier hop of every quote from it
/// ("… diwartakan New York Post" then "…, ucap Korotchenko, sebagaimana dilansir The
/// Independent" is Channel One → New York Post → The Independent).
///
/// The statement before is every unattributed statement found in the previous paragraph or
/// earlier in this one; when none was found in the sentence just before, that sentence
/// becomes a statement of its own ("Militer Korut … hampir 1,3 juta tentara. Hal ini
/// dikonfirmasi Dewan Hubungan Luar Negeri …"). A clause after the speaker that adds to it
/// ("…, menambahkan bahwa ada lebih dari 600 ribu personel …", "…, who added that …") is an
/// indirect statement of the same speaker.
fn apply_back_references(paras: &[&str], outlet: Option<&str>, found: &mut Vec<Found>) {
    let mut prev_sentence: Option<(usize, usize, usize)> = None;
    for (pi, p) in paras.iter().enumerate() {
        let regions = quote_regions(p);
        for (ss, se) in sentences(p, &regions) {
            let before = prev_sentence.replace((pi, ss, se));
            let in_sentence: Vec<&Found> =
                found.iter().filter(|f| f.para == pi && f.s >= ss && f.s < se).collect();
            let Some((verb, toks, subj, after)) = back_reference(p, ss, se, &in_sentence) else { continue };
            let Some(speaker) =
                subj.name.clone().or_else(|| describes_speaker(p, &subj).then(|| subj.mention.clone()))
            else {
                continue;
            };
            let relays: Vec<Relay> = find_relays(p, ss, se, outlet).into_iter().map(|(_, _, r)| r).collect();
            let venue = find_venue(p, ss, se, (subj.s, subj.e));
            // The back-reference itself states nothing new.
            found.retain(|f| !(f.para == pi && f.s >= ss && f.s < se));
            let mut fresh = Vec::new();
            // the sentence before, when nothing was found in it
            if let Some((bp, bs, be)) = before {
                let covered = found.iter().any(|f| {
                    (f.para < bp || (f.para == bp && f.s < be))
                        && (f.end_para > bp || (f.end_para == bp && f.e > bs))
                });
                let (cs, ce) = trim_span(paras[bp], bs, be);
                if !covered && word_count(&paras[bp][cs..ce]) >= 3 {
                    fresh.push(Found {
                        para: bp,
                        s: cs,
                        end_para: bp,
                        e: ce,
                        direct: false,
                        subj: None,
                        para_of_subj: pi,
                        speaker: None,
                        cue: verb.clone(),
                        certainty: verb.as_deref().map(certainty_of).unwrap_or(Certainty::Assertive),
                        venue: None,
                        via: Vec::new(),
                        open: false,
                        cuts: Vec::new(),
                    });
                }
            }
            // "…, menambahkan bahwa …" / "…, who added that …"
            const JOIN: &[&str] = &["yang", "who", "which", "dan", "and", "serta"];
            let adds = (after..toks.len()).find(|&k| {
                let mut b = k;
                while b > after && lower_is(&toks[b - 1], JOIN) {
                    b -= 1;
                }
                lower_is(&toks[k], PRE_CUES) && b > after && toks[b - 1].t == ","
            });
            if let Some(ci) = adds {
                let (cs, ce) = content_after(p, &regions, &toks, ci, se);
                if wc(p, cs, ce) >= 2 {
                    fresh.push(Found {
                        para: pi,
                        s: cs,
                        end_para: pi,
                        e: ce,
                        direct: false,
                        subj: Some(subj.clone()),
                        para_of_subj: pi,
                        speaker: Some(speaker.clone()),
                        cue: Some(toks[ci].t.to_string()),
                        certainty: certainty_of(toks[ci].t),
                        venue: venue.clone(),
                        via: relays.clone(),
                        open: false,
                        cuts: Vec::new(),
                    });
                }
            }
            found.append(&mut fresh);
            for f in found.iter_mut() {
                let earlier_unattributed =
                    f.speaker.is_none() && (f.para + 1 == pi || (f.para == pi && f.s < ss));
                let later_same_speaker =
                    f.para > pi && f.speaker.as_deref().is_some_and(|s| jejak_text::same_person(s, &speaker));
                if earlier_unattributed {
                    f.speaker = Some(speaker.clone());
                    if f.subj.is_none() {
                        f.subj = Some(subj.clone());
                        f.para_of_subj = pi;
                    }
                    if f.cue.is_none() {
                        f.cue = verb.clone();
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
            found.sort_by_key(|f| (f.para, f.s));
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
    /// A speaker described by a noun outside the role and people lists, accepted where the
    /// context already marks a statement (`“…,” the company said`).
    described: bool,
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
    /// Byte ranges of `para` left out of the statement: the attribution that interrupts a
    /// quote (`“A,” he said, “B.”` is one statement, read "A … B").
    cuts: Vec<(usize, usize)>,
}

/// Conjunctions that may open the sentence of a quote's next piece: `he said. But “B.”`.
const OPENING_CONJUNCTIONS: &[&str] = &["But", "And", "Still", "Yet"];

/// Whether the quote starting at `cs` in paragraph `pi` goes on with `prev`, the statement
/// found before it (a quote, perhaps woven into reported speech): nothing but `prev`'s own attribution between them
/// (`“A,” he said, “B.”`, `“A,” said X, a port official. “B.”`), and no attribution of a
/// different cue for the new piece. The caller checks that the piece is in the same sentence or
/// opens the next.
fn interrupts(p: &str, pi: usize, prev: &Found, cs: usize, attr: Option<&Attr>) -> bool {
    // An attribution with the speaker's full title and a clause: "said Ann Porter,
    // co-director of the Harbour Institute for Budget Studies, a small research group."
    const MAX_GAP_WORDS: usize = 45;
    let Some(cue) = prev.cue.as_deref() else { return false };
    if prev.open || prev.para != pi || prev.end_para != pi || prev.e > cs {
        return false;
    }
    let gap = &p[prev.e..cs];
    // the piece goes on after the attribution's clause, not inside it: `said on WXYZ's
    // "Morning Table"` names a show
    // (a conjunction may open the piece's sentence: `he said. But “B.”`)
    let gap_end = gap.trim_end_matches(|c: char| c.is_whitespace() || "\"“”'‘’«»„".contains(c));
    let gap_end = OPENING_CONJUNCTIONS
        .iter()
        .find_map(|w| gap_end.strip_suffix(w).map(str::trim_end))
        .unwrap_or(gap_end);
    // (or right at the cue, its comma missing: `“A,” Trump said “B.”`)
    let after_clause = gap_end.ends_with([',', '.', ':', ';', '—', '–']) || gap_end.ends_with(cue);
    after_clause
        && gap.contains(cue)
        && wc(p, prev.e, cs) <= MAX_GAP_WORDS
        && attr.is_none_or(|a| a.cue == cue)
}

impl Found {
    fn into_quote(self, article_id: &str, paras: &[&str]) -> Quote {
        let p = paras[self.para];
        let first_end = if self.end_para == self.para { self.e } else { p.len() };
        let mut text = String::new();
        let mut from = self.s;
        for &(cut_start, cut_end) in &self.cuts {
            text.push_str(p[from..cut_start].trim_end_matches([',', ' ']));
            text.push_str(" … ");
            from = cut_end;
        }
        text.push_str(&p[from..first_end]);
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
            // "kata media tersebut" names no role of the medium it points back to
            speaker_role: self
                .subj
                .filter(|s| !media_anaphor(paras[self.para_of_subj], s))
                .and_then(|s| s.role),
            cue: self.cue,
            certainty: self.certainty,
            venue: self.venue,
            via: self.via,
        }
    }
}

/// A cue verb of either word order, as a token's lower case: "said" (`PRE_CUES`) or "adds"
/// (`POST_CUES_EN`).
fn is_cue_word(t: &Tok) -> bool {
    let l = t.lower();
    PRE_CUES.contains(&l.as_str()) || POST_CUES_EN.contains(&l.as_str())
}

/// Whether "according to" starts at token `i`.
fn according_to_at(toks: &[Tok], i: usize) -> bool {
    toks[i].lower() == "according" && toks.get(i + 1).is_some_and(|to| to.lower() == "to")
}

fn lower_is(t: &Tok, list: &[&str]) -> bool {
    let l = t.lower();
    let l = l.trim_end_matches('.');
    // Indonesian plurals double the word: "sumber-sumber", "pejabat-pejabat".
    list.contains(&l) || l.split_once('-').is_some_and(|(a, b)| a == b && list.contains(&a))
}

/// Whether a speaker phrase without a name still says who spoke: "seorang pakar militer",
/// "sumber Korut", "para ahli pertahanan", "officials", "the ministry".
fn describes_speaker(p: &str, sj: &Subj) -> bool {
    let toks = tokens(p, sj.s, sj.e);
    !sj.pronoun
        && (sj.described
            || toks.first().is_some_and(|t| lower_is(t, PERSON_DETERMINERS))
            || toks.iter().any(|t| lower_is(t, ROLE_HEADS) || lower_is(t, PEOPLE)))
}

/// A medium named by what it is and pointing back: "media tersebut", "outlet itu", "surat
/// kabar Rusia itu", "the newspaper", "the outlet".
fn media_anaphor(p: &str, sj: &Subj) -> bool {
    if sj.pronoun || sj.name.is_some() || p.get(sj.s..sj.e) != Some(sj.mention.as_str()) {
        return false;
    }
    let toks = tokens(p, sj.s, sj.e);
    let Some(last) = toks.last() else { return false };
    let Some(first) = toks.first() else { return false };
    let pointing = lower_is(last, &["tersebut", "itu", "ini"]) || lower_is(first, &["the", "this", "that"]);
    pointing && toks.iter().any(|t| lower_is(t, MEDIA_HEADS))
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
    // (a capitalised role word closing a run of names is a name: "Arsyad Hakim")
    let surname = |h: usize| {
        h > 0
            && h + 1 == run.len()
            && run[h].is_cap()
            && run[..h].iter().all(|t| t.is_cap() && !lower_is(t, ROLE_VOCAB) && !lower_is(t, CAP_STOP))
    };
    if let Some(h) = run.iter().position(|t| lower_is(t, ROLE_HEADS)).filter(|&h| !surname(h)) {
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
        // longest known place first: "Korea Selatan" is known, "Korea" alone is not
        while let Some(w) = (1..=3).rev().find(|&w| {
            name_from + w <= run.len()
                && jejak_text::is_known_entity(&p[run[name_from].s..run[name_from + w - 1].e])
        }) {
            name_from += w;
        }
        if name_from > start {
            role = Some(p[toks[a].s..run[name_from - 1].e].trim().to_string());
        }
    }
    // an honorific inside the run starts the name, and the words before it are the role's:
    // "Wakil Rektor Bidang Akademik Dr. Agus Santoso"
    if let Some(x) = (name_from + 1..run.len().saturating_sub(2))
        .rev()
        .find(|&x| lower_is(&run[x], HONORIFICS) && run[x + 1].t == ".")
    {
        role = Some(p[toks[a].s..run[x - 1].e].trim().to_string());
        name_from = x + 2;
    }
    while name_from < run.len() && (run[name_from].t == "." || run[name_from].t == ",") {
        name_from += 1;
    }
    // A name the description leads to is not the speaker's: "a spokesman for Cruz", "a
    // source close to Kim" are unnamed, and stay so.
    let name_is_object = lower_n > 0 && lower_is(&toks[a + lower_n - 1], DESCRIPTION_PREPOSITIONS);
    // (a possessive ends the name: "Port Director Ann Porter's report" names Ann Porter)
    let name = (name_from < run.len() && !name_is_object)
        .then(|| p[run[name_from].s..run[run.len() - 1].e].to_string())
        .map(|n| n.strip_suffix("'s").or_else(|| n.strip_suffix("’s")).map(String::from).unwrap_or(n))
        .filter(|n| n.chars().next().is_some_and(|c| c.is_uppercase()));
    // A description without a name is all role: "seorang pakar militer" is a military
    // expert ("pakar militer"), not "seorang pakar".
    if name.is_none() && role.is_some() {
        let mut d = a;
        while d + 1 < b && lower_is(&toks[d], DETERMINERS) {
            d += 1;
        }
        role = Some(p[toks[d].s..e].trim().to_string());
    }
    Subj { s, e, mention, name, role, pronoun: false, described: false }
}

/// An Indonesian active verb form ("mengungkap", "menyebut", "berbicara"), by its prefix.
fn is_id_active_verb(t: &Tok) -> bool {
    let l = t.lower();
    let long = l.chars().count() >= 6;
    long && (l.starts_with("me") || l.starts_with("ber"))
        && !lower_is(t, ROLE_HEADS)
        && !lower_is(t, PRONOUNS)
        && !lower_is(
            t,
            &[
                "memang",
                "mereka",
                "meski",
                "meskipun",
                "melalui",
                "menurut",
                "menjelang",
                "bersama",
                "berdasarkan",
                "beberapa",
            ],
        )
}

fn pronoun_subj(t: &Tok) -> Subj {
    Subj { s: t.s, e: t.e, mention: t.t.to_string(), name: None, role: None, pronoun: true, described: false }
}

/// The subject ending just before token `j` (skipping adverbs), and the index it starts at.
fn subject_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let found = subject_right_before(p, toks, j).or_else(|| {
        // "Rahmat di Sukamaju Senin, mengatakan", "X, kepada Warta Contoh, Minggu (3/5)
        // mengatakan": where, when and to whom, between the speaker and the cue
        let bare = occasion_tail_start(toks, j);
        (bare < j).then(|| subject_right_before(p, toks, bare)).flatten().filter(|(sj, _)| sj.name.is_some())
    });
    found
        .map(|(sj, at)| described_by_relation(p, toks, &sj, at).unwrap_or((sj, at)))
        .or_else(|| opening_name_then_appositions(p, toks, j))
}

/// A name that opens the sentence, then parts between commas that only describe it, up to
/// the comma before the cue at `j`: "Joan Miller, a Reed volunteer from Dover, Del.,
/// attending the rally, said", "Kim Lowe, dressed in a green coat, said", "Paul
/// Grant, of course, said". A part with a verb of its own (outside a relative clause) or
/// a quotation is a clause, and then the name is not the cue's subject.
fn opening_name_then_appositions(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    const MAX_DESCRIPTION_WORDS: usize = 40;
    const ASIDES: &[&str] =
        &["of course", "however", "too", "though", "meanwhile", "for example", "for instance"];
    if j < 4 || toks[j - 1].t != "," {
        return None;
    }
    let s0 = toks.iter().position(|t| t.is_word() && !lower_is(t, DISCOURSE))?;
    if !toks[..s0].iter().all(|t| !t.is_word() || lower_is(t, DISCOURSE)) {
        return None;
    }
    let (mut sj, end) = subject_forward(p, toks, s0).filter(|(sj, _)| sj.name.is_some() && !sj.pronoun)?;
    if end + 1 >= j - 1 || toks[end].t != "," {
        return None;
    }
    let description = &toks[end + 1..j - 1];
    let words = description.iter().filter(|t| t.is_word()).count();
    let clause_mark = |t: &Tok| is_cue_word(t) || matches!(t.t, "“" | "”" | "\"" | ";" | "!" | "?");
    if words > MAX_DESCRIPTION_WORDS || description.iter().any(clause_mark) {
        return None;
    }
    let describes = |part: &[Tok]| {
        let Some(first) = part.first() else { return false };
        let text = part.iter().map(|t| t.lower()).collect::<Vec<_>>().join(" ");
        let participle = first.is_lower_word()
            && (first.t.ends_with("ing") || first.t.ends_with("ed") || lower_is(first, &["clad", "dressed"]));
        // (a verb of its own outside a relative clause makes a clause: "the race is tight")
        let finite = part
            .iter()
            .take_while(|t| !lower_is(t, &["who", "which", "that", "whose"]))
            .any(|t| lower_is(t, AUXILIARIES));
        let sentence_end = part.iter().enumerate().any(|(x, t)| {
            t.t == "."
                && !(x > 0
                    && (is_abbr_tok(&part[x - 1]) || part[x - 1].t.contains('.') || part[x - 1].is_cap()))
        });
        // (a relative clause, "who lost her daughter …", or a place or time, "in July 2012")
        let relative_or_adverbial =
            lower_is(first, &["who", "whose", "yang", "in", "on", "at", "from", "of", "di", "dari"]);
        (relative_or_adverbial || !finite)
            && !sentence_end
            && (ASIDES.contains(&text.as_str())
                || relative_or_adverbial
                || participle
                || reads_as_apposition(part)
                || lower_is(first, &["a", "an", "the", "one"])
                || is_digits(first)
                || part.iter().all(|t| t.is_cap() || !t.is_word()))
    };
    if !description.split(|t| t.t == ",").all(describes) {
        return None;
    }
    let first_part = description.split(|t| t.t == ",").next()?;
    // (a role opening the sentence, the name after it: "Ketua Panitia Lomba, Dr. Wati
    // Rahayu, S.Pd., mengatakan")
    let name_after_role = sj.role.is_some() && first_part.iter().all(|t| t.is_cap() || t.t == ".");
    if name_after_role {
        let mut named = make_subj(p, toks, end + 1, end + 1 + first_part.len(), 0);
        if named.name.is_some() {
            named.role = Some(sj.mention.clone());
            return Some((named, s0));
        }
    }
    if lower_is(&first_part[0], &["a", "an", "the", "one"]) || lower_is(&first_part[0], ROLE_HEADS) {
        sj.role =
            sj.role.or_else(|| Some(p[first_part[0].s..first_part[first_part.len() - 1].e].to_string()));
    }
    Some((sj, s0))
}

/// "Reed urged his voters to turn out and said …", "Brook called it careless, but said …",
/// "She begs her brother to step back and repeatedly says": the subject of the verb the cue
/// at `i` is joined to, and that verb's index.
fn coordinated_subject(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    let mut k = i;
    while k > 0 && is_adverb(&toks[k - 1]) {
        k -= 1;
    }
    if k < 2 || !lower_is(&toks[k - 1], &["and", "but"]) {
        return None;
    }
    clause_subject(p, toks).filter(|(_, verb)| *verb < k - 1)
}

/// The whole description when the subject found is only what it leads to: "a source
/// familiar with the talks", "a person close to Cruz", "an aide to Senator Cruz" speak, not
/// "the talks" or Cruz. The speaker stays unnamed.
fn described_by_relation(p: &str, toks: &[Tok], sj: &Subj, at: usize) -> Option<(Subj, usize)> {
    const RELATIONS: &[&str] =
        &["familiar", "close", "briefed", "knowledgeable", "privy", "loyal", "allied", "near", "dekat"];
    const MAX_HEAD_WORDS: usize = 3;
    // (past a place's state: "a nurse in Dover, Delaware, told")
    let mut at = at;
    if at >= 3 && toks[at - 1].t == "," && toks[at - 2].is_cap() {
        let mut b = at - 2;
        while b > 0 && toks[b - 1].is_cap() {
            b -= 1;
        }
        if b > 0 && lower_is(&toks[b - 1], DESCRIPTION_PREPOSITIONS) {
            at = b;
        }
    }
    let prep = at.checked_sub(1).filter(|&x| lower_is(&toks[x], DESCRIPTION_PREPOSITIONS))?;
    let relation = prep >= 1 && lower_is(&toks[prep - 1], RELATIONS);
    let head = if relation { prep.checked_sub(2)? } else { prep.checked_sub(1)? };
    let noun = &toks[head];
    if !noun.is_word() || !(relation || lower_is(noun, ROLE_HEADS) || lower_is(noun, PEOPLE)) {
        return None;
    }
    // back over the head's modifiers to its determiner: "a senior campaign aide to"
    let mut m = head;
    while m > 0
        && head - m < MAX_HEAD_WORDS
        && toks[m - 1].is_word()
        && !is_cue_word(&toks[m - 1])
        && (toks[m - 1].is_lower_word() || lower_is(&toks[m - 1], DETERMINERS))
    {
        m -= 1;
        if lower_is(&toks[m], DETERMINERS) {
            break;
        }
    }
    let end = toks.iter().position(|t| t.e == sj.e)? + 1;
    let subj = make_subj(p, toks, m, end, prep + 1 - m);
    subj.name.is_none().then_some((Subj { described: true, ..subj }, m))
}

/// [`subject_before`] with nothing between the subject and the cue but adverbs, an
/// occasion clause, degrees or an apposition.
/// An adverb that may stand between a subject and its verb: a listed one ("juga", "also"),
/// or an English adverb of manner by its ending ("emphatically", "repeatedly"; not "family"
/// or "assembly").
fn is_adverb(t: &Tok) -> bool {
    const NOUNS: &[&str] = &["family", "assembly", "supply", "monopoly", "anomaly", "butterfly"];
    lower_is(t, ADVERBS)
        || (t.is_lower_word() && t.t.len() >= 6 && t.t.ends_with("ly") && !lower_is(t, NOUNS))
}

/// A possessive token: "Reed's", "Brook’s".
fn is_possessive(t: &Tok) -> bool {
    t.t.ends_with("'s") || t.t.ends_with("’s")
}

fn subject_right_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let mut j = j;
    loop {
        if j > 0 && is_adverb(&toks[j - 1]) {
            j -= 1;
        } else if j > 1 && lower_is(&toks[j - 2], &["secara"]) && toks[j - 1].is_lower_word() {
            // "Bupati Rahmat Hidayat secara resmi mengumumkan"
            j -= 2;
        } else {
            break;
        }
    }
    if j == 0 {
        return None;
    }
    // "Dedi Kurnia selaku ketua panitia lomba mengatakan": the role after "selaku"
    const MAX_ROLE_WORDS: usize = 8;
    if let Some(k) = (j.saturating_sub(MAX_ROLE_WORDS)..j).rev().find(|&k| lower_is(&toks[k], &["selaku"])) {
        if k + 1 < j && toks[k + 1..j].iter().all(|t| t.is_word() || t.t == ".") {
            if let Some((mut sj, at)) = subject_before(p, toks, k).filter(|(sj, _)| sj.name.is_some()) {
                sj.role = sj.role.or_else(|| Some(p[toks[k + 1].s..toks[j - 1].e].to_string()));
                return Some((sj, at));
            }
        }
    }
    // "He went on to say": the subject of the verb the cue completes
    if j >= 3 && lower_is(&toks[j - 1], &["to"]) {
        let mut k = j - 1;
        while k > 0 && j - 1 - k < 3 && toks[k - 1].is_lower_word() && !lower_is(&toks[k - 1], PRONOUNS) {
            k -= 1;
        }
        let verb = &toks[k];
        if k < j - 1 && (verb.t.ends_with("ed") || lower_is(verb, &["went", "began", "goes", "begins"])) {
            return subject_before(p, toks, k);
        }
    }
    // "Sen. Ann Porter (D-Del.) told", "Dinas PUPR (Pekerjaan Umum …) menekankan": a
    // party, state or expansion in brackets after the subject
    const MAX_BRACKETED: usize = 10;
    if let Some(open) = opening_bracket(toks, j, MAX_BRACKETED + 1).filter(|_| j >= 3) {
        if open > 0 && !toks[open + 1..j - 1].iter().any(|t| matches!(t.t, "(" | ")" | "“" | "”" | "\""))
        {
            return subject_before(p, toks, open);
        }
    }
    // "he laughed and said": the subject of the verb before
    if j >= 3 && lower_is(&toks[j - 1], &["and"]) {
        let verb = &toks[j - 2];
        if verb.is_lower_word() && verb.t.ends_with("ed") {
            return subject_before(p, toks, j - 2);
        }
    }
    // "Rina Kusuma dalam sambutannya menyampaikan", "Darto, saat diwawancarai,
    // menyampaikan": an occasion between the speaker and the cue
    if let Some(at) = occasion_start(toks, j) {
        if let Some(found) = subject_before(p, toks, at) {
            return Some(found);
        }
    }
    // academic degrees after a name: "Hadi Susanto, S.T., M.M., menyampaikan"
    let mut d = j;
    let mut degrees = 0;
    while d > 0 && (matches!(toks[d - 1].t, "," | ".") || is_degree(&toks[d - 1])) {
        degrees += usize::from(is_degree(&toks[d - 1]));
        d -= 1;
    }
    if degrees == 0 {
        d = j;
    }
    if d < j && d > 0 && toks[d - 1].is_cap() {
        if let Some(found) = subject_before(p, toks, d) {
            return Some(found);
        }
    }
    let last = &toks[j - 1];
    if lower_is(last, PRONOUNS) {
        return Some((pronoun_subj(last), j - 1));
    }

    // appositive: "Lavrov, the foreign minister, said" / "Kepala Balai , Yusuf Aziz mengatakan"
    if last.t == "," && j >= 2 {
        // A long apposition ("Ruth Gale, a surgeon who advised the mayor on the hospital
        // merger, said") only after a name that opens its clause.
        const SHORT: usize = 8;
        const LONG: usize = 24;
        let mut k = j - 1;
        let mut n = 0;
        while k > 0 && toks[k - 1].t != "," && n <= LONG {
            k -= 1;
            n += 1;
        }
        // "Rina yang juga anggota komisi pendidikan itu, sangat berharap": a name opening the
        // sentence, described by a relative clause up to the comma (or by nothing: "Alex
        // Tan, menyampaikan …")
        let opening = toks[..k].iter().all(|t| !t.is_word() || lower_is(t, DISCOURSE));
        if opening && n <= LONG {
            // (or by a role after the name: "Yoga Pratama pimpinan Teater Contoh, mengaku")
            let named = subject_forward(p, toks, k).filter(|(sj, end)| {
                sj.name.is_some()
                    && (*end == j - 1
                        || toks.get(*end).is_some_and(|t| lower_is(t, &["yang", "who"]))
                        || (toks[*end].is_lower_word() && lower_is(&toks[*end], ROLE_HEADS) && full_name(sj)))
            });
            if let Some((mut sj, end)) = named {
                if end < j - 1 && lower_is(&toks[end], ROLE_HEADS) && sj.role.is_none() {
                    sj.role = Some(p[toks[end].s..toks[j - 2].e].to_string());
                }
                return Some((sj, k));
            }
        }
        if k > 0 && toks[k - 1].t == "," && n <= LONG {
            if let Some(found) = role_comma_name(p, toks, k, j - 1) {
                return Some(found);
            }
            // an age before the apposition: "Carl Dunn, 52, an Army veteran, said"
            let age_before = k >= 2 && is_digits(&toks[k - 2]);
            let before = if age_before { subject_before(p, toks, k) } else { subject_before(p, toks, k - 1) };
            if let Some((mut sj, at)) = before {
                let appos = &toks[k..j - 1];
                let relative = appos.first().is_some_and(|t| lower_is(t, &["yang", "who", "which"]));
                // "turnout, the vote will be close, said": a clause, not an apposition
                // (a verb inside a relative clause of the apposition is no such clause: "an
                // Army veteran who now is a school bus driver")
                let finite = appos
                    .iter()
                    .take_while(|t| !lower_is(t, &["who", "which", "yang"]))
                    .any(|t| lower_is(t, AUXILIARIES));
                // (words before the subject may only be discourse words or more of its noun
                // phrase: "The South Korean outlet Daily NK, which …, said")
                let opens = toks[..at].iter().all(|t| {
                    lower_is(t, DISCOURSE) || lower_is(t, DETERMINERS) || t.is_cap() || !t.is_word()
                });
                let named_opener = sj.name.is_some() && opens;
                // A clause between subject and cue: "Daily NK, mengungkap perihal ini,
                // mengatakan", "Korotchenko, yang juga merupakan wartawan Rusia, turut
                // menyebut", "Smith, who chairs the panel, said". It says something of the
                // subject, so the subject must open its clause and be a name or description.
                let clause = relative
                    || appos.first().is_some_and(|t| {
                        (t.is_lower_word() && (lower_is(t, PRE_CUES) || is_id_active_verb(t)))
                            || (t.is_lower_word() && t.t.len() > 5 && t.t.ends_with("ing"))
                    });
                let ok = !relative
                    && !finite
                    && (n <= SHORT || named_opener)
                    && (appos.iter().any(|t| lower_is(t, ROLE_HEADS))
                        || appos.first().is_some_and(|t| lower_is(t, &["the", "a", "an"]))
                        || (named_opener && !clause && appos.first().is_some_and(|t| t.is_lower_word()))
                        // "Ann Porter, Democrat of Delaware, said"
                        || (named_opener
                            && appos.first().is_some_and(|t| t.is_cap())
                            && appos.iter().all(|t| t.is_cap() || lower_is(t, CONNECT) || !t.is_word()))
                        || (appos.len() == 1 && is_digits(&appos[0])));
                if !sj.pronoun && ok {
                    sj.role = Some(p[toks[k].s..toks[j - 2].e].to_string());
                    return Some((sj, at));
                }
                if !sj.pronoun && clause && opens && (sj.name.is_some() || describes_speaker(p, &sj)) {
                    // "yang (juga) merupakan wartawan Rusia" / "who is a former minister"
                    if let Some(c) =
                        appos.iter().position(|t| lower_is(t, &["merupakan", "adalah", "is", "was"]))
                    {
                        let mut r = c + 1;
                        while r < appos.len() && lower_is(&appos[r], DETERMINERS) {
                            r += 1;
                        }
                        if r < appos.len() {
                            sj.role = Some(p[appos[r].s..appos[appos.len() - 1].e].to_string());
                        }
                    }
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
        // words that cannot open a name go, except a title: "Ms. Batchelder said"
        while k < j
            && ((lower_is(&toks[k], CAP_STOP) && !lower_is(&toks[k], TITLES))
                || lower_is(&toks[k], CONNECT)
                || toks[k].t == ".")
        {
            k += 1;
        }
        if k >= j {
            return None;
        }
        // lowercase role words before the name: "analis militer Igor", "juru bicara Kremlin"
        let mut lower_n = 0;
        let mut m = k;
        let mut best = None;
        while m > 0
            && k - m < 4
            && (toks[m - 1].is_lower_word()
                || lower_is(&toks[m - 1], ROLE_HEADS)
                || lower_is(&toks[m - 1], MEDIA_HEADS))
        {
            m -= 1;
            if lower_is(&toks[m], ROLE_HEADS) || lower_is(&toks[m], MEDIA_HEADS) {
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
            // capitalised words opening the phrase before the role: "HRC spokesman Dan
            // Moss", "City Hall spokesman Ben Ortiz"
            let mut c = bm;
            while c > 0 && bm - c < 3 && toks[c - 1].is_cap() && !lower_is(&toks[c - 1], CAP_STOP) {
                c -= 1;
            }
            if c < bm && (c == 0 || !toks[c - 1].is_word()) {
                lower_n += bm - c;
                a = c;
            }
        }
        // Korean/Chinese-style all-caps acronyms alone are fine; a lone capitalized word at the
        // sentence start that is a common word is not.
        return Some((make_subj(p, toks, a, j, lower_n), a));
    }
    // "walked the pier and said": a conjunction ends no subject
    if lower_is(last, &["and", "or", "but", "dan", "atau"]) {
        return None;
    }
    if last.is_lower_word() {
        // "Yoga Pratama, pimpinan produksi mengaku": a name, then its role up to the cue
        const MAX_ROLE: usize = 4;
        let role = (j.saturating_sub(MAX_ROLE)..j).find(|&h| {
            h >= 2
                && toks[h - 1].t == ","
                && lower_is(&toks[h], ROLE_HEADS)
                && toks[h..j].iter().all(|t| t.is_word())
        });
        if let Some(h) = role {
            if let Some((mut sj, at)) = subject_before(p, toks, h - 1).filter(|(sj, _)| full_name(sj)) {
                sj.role.get_or_insert_with(|| p[toks[h].s..toks[j - 1].e].to_string());
                return Some((sj, at));
            }
        }
        // "Hillary Clinton’s campaign says", "Sanders’ aides say": a named owner's people
        const MAX_OWNED: usize = 3;
        let owned = (j.saturating_sub(MAX_OWNED)..j).find(|&o| {
            o >= 1
                && toks[o..j]
                    .iter()
                    .all(|t| t.is_lower_word() && !is_cue_word(t) && !lower_is(t, AUXILIARIES))
                && (is_possessive(&toks[o - 1])
                    || (matches!(toks[o - 1].t, "'" | "’") && o >= 2 && toks[o - 2].is_cap()))
        });
        if let Some(o) = owned {
            let mut a = o - 1;
            while a > 0
                && (toks[a - 1].is_cap() || (toks[a - 1].t == "." && a >= 2 && is_abbr_tok(&toks[a - 2])))
            {
                a -= 1;
            }
            if toks[a].is_cap() {
                let sj = make_subj(p, toks, a, j, j - a);
                return Some((Subj { name: None, described: true, role: Some(sj.mention.clone()), ..sj }, a));
            }
        }
        // "the spokesman", "officials", "many analysts"
        let mut k = j - 1;
        let mut n = 0;
        // capitalized modifiers belong to the phrase: "The Democratic presidential candidate"
        let modifier = |t: &Tok| t.is_lower_word() || lower_is(t, DETERMINERS) || (t.is_cap() && t.is_word());
        loop {
            if lower_is(&toks[k], DETERMINERS) && k < j - 1 {
                return Some((make_subj(p, toks, k, j, 0), k));
            }
            if k == 0 || n >= 4 || !modifier(&toks[k - 1]) {
                break;
            }
            k -= 1;
            n += 1;
        }
        if lower_is(last, PEOPLE) || lower_is(last, ROLE_HEADS) {
            // "…, current and former aides said": the whole phrase when it opens a clause
            let mut k = j - 1;
            while k > 0 && j - k < 5 && toks[k - 1].is_lower_word() {
                k -= 1;
            }
            // capitalized modifiers that open the clause: "White House officials said"
            let mut c = k;
            while c > 0 && k - c < 3 && toks[c - 1].is_cap() && !lower_is(&toks[c - 1], CAP_STOP) {
                c -= 1;
            }
            if c < k && (c == 0 || !toks[c - 1].is_word()) {
                k = c;
            }
            let a = if k == 0 || !toks[k - 1].is_word() { k } else { j - 1 };
            return Some((make_subj(p, toks, a, j, 0), a));
        }
        // "Wali kota itu", "pejabat tersebut": a described speaker pointed back to
        // ("Perempuan yang akrab disapa Rina ini")
        if lower_is(last, &["itu", "tersebut", "ini"]) {
            const MAX_DESCRIPTION: usize = 7;
            let from = j.saturating_sub(MAX_DESCRIPTION);
            if let Some(h) =
                (from..j - 1).find(|&h| lower_is(&toks[h], ROLE_HEADS) || lower_is(&toks[h], PEOPLE))
            {
                let opens = h == 0 || !toks[h - 1].is_word() || lower_is(&toks[h - 1], DISCOURSE);
                if opens {
                    // (capitalised words inside are the role's, not a name: "Imam Besar
                    // Masjid Istiqlal itu")
                    let sj = make_subj(p, toks, h, j, 0);
                    let sj = Subj { name: None, described: true, role: Some(sj.mention.clone()), ..sj };
                    return Some((sj, h));
                }
            }
        }
    }
    None
}

/// Whether a subject is a person's full name, two capitalised words or more ("Yoga Pratama"),
/// where a rule has little else to tell a name from a capitalised word ("Investment,
/// official says").
fn full_name(sj: &Subj) -> bool {
    let Some(name) = sj.name.as_deref().filter(|_| !sj.pronoun) else { return false };
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first().map(|w| jejak_text::to_lowercase(w)) else { return false };
    words.len() >= 2
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !DETERMINERS.contains(&first.as_str())
        && !CAP_STOP.contains(&first.as_str())
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
        // a title may open a name: "said Mr. Thurber"
        let ok = (tk.is_cap()
            && (k > j || !lower_is(tk, CAP_STOP) || lower_is(tk, &["the"]) || lower_is(tk, TITLES)))
            || (lower_is(tk, CONNECT) && k > j && toks.get(k + 1).is_some_and(|n| n.is_cap()))
            || (tk.t == "." && k > j && is_abbr_tok(&toks[k - 1]));
        if !ok {
            break;
        }
        k += 1;
    }
    // a role noun after the capitalized words belongs to the subject: "the White House
    // spokesman"
    if k > j && lower_n > 0 && toks.get(k).is_some_and(|t| t.is_lower_word() && lower_is(t, ROLE_HEADS)) {
        k += 1;
    }
    if k == i {
        return None;
    }
    if k == j {
        // lowercase only: needs a role head, a people noun, or "seorang" (a person)
        let has = lower_is(&toks[i], PERSON_DETERMINERS)
            || toks[i..k].iter().any(|t| lower_is(t, ROLE_HEADS) || lower_is(t, PEOPLE));
        if !has {
            return None;
        }
        return Some((make_subj(p, toks, i, k, 0), k));
    }
    // lowercase words before the name are its role ("analis militer") or an article
    Some((make_subj(p, toks, i, k, lower_n), k))
}

/// Where the noun phrase that ends with a subject at `at` opens its clause, if the words
/// between hold no verb or clause word that would make the subject part of another clause.
fn noun_phrase_start(toks: &[Tok], at: usize, at_start: impl Fn(usize) -> bool) -> Option<usize> {
    const MAX: usize = 8;
    let mut k = at;
    while k > 0 && at - k < MAX {
        let t = &toks[k - 1];
        let abbreviation_dot = t.t == "." && k >= 2 && is_abbr_tok(&toks[k - 2]);
        let noun_word = t.is_word()
            && !lower_is(t, AUXILIARIES)
            && !lower_is(t, CLAUSE_OPENERS)
            && !is_cue_word(t)
            && !(t.is_lower_word() && (t.t.ends_with("ed") || t.t.ends_with("ing")) && t.t.len() > 4);
        if !(noun_word || abbreviation_dot) {
            break;
        }
        k -= 1;
    }
    let opens = k < at
        && (k == 0
            || at_start(k)
            || is_punct(&toks[k - 1], &[",", ";", ":", "—", "(", ")", "”", "\""])
            || lower_is(&toks[k - 1], &["and", "but", "while", "as", "because", "after", "when"]));
    // the phrase's own first word must not be a conjunction or preposition
    (opens
        && !lower_is(&toks[k], CLAUSE_OPENERS)
        && !lower_is(&toks[k], &["in", "on", "at", "for", "to", "of"]))
    .then_some(k)
}

/// Where the bracket closing right before `toks[k]` opens, looking back at most `window`
/// tokens: "( R-Iowa )", "( 2 / 12 )".
fn opening_bracket(toks: &[Tok], k: usize, window: usize) -> Option<usize> {
    if k < 2 || toks[k - 1].t != ")" {
        return None;
    }
    (k.saturating_sub(window)..k - 1).rev().find(|&o| toks[o].t == "(")
}

/// A number written in digits alone: an age ("Carl Dunn, 52,"), a count ("six in 10").
fn is_digits(t: &Tok) -> bool {
    t.t.chars().all(|c| c.is_ascii_digit())
}

fn is_punct(t: &Tok, set: &[&str]) -> bool {
    set.contains(&t.t)
}

const LEAD_PUNCT: &[&str] = &[",", ":", "—", "―", "-", "–", ";"];

/// Attribution right after a statement: `, kata X`, `,” ujarnya`, `," X said`, `, said X`.
fn trailing(p: &str, from: usize, to: usize) -> Option<Attr> {
    let toks = tokens(p, from, to);
    let mut i = 0;
    while i < toks.len() && is_punct(&toks[i], LEAD_PUNCT) {
        i += 1;
    }
    let t = toks.get(i)?;
    let l = t.lower();
    // "“…,” according to the mayor's office"
    if according_to_at(&toks, i) {
        if let Some((sj, _)) = subject_forward(p, &toks, i + 2) {
            return Some(Attr { cue: "according to".into(), subj: Some(sj) });
        }
    }
    // a signature: "“…” ― Maria Lopez", a name alone after a dash
    const MAX_SIGNATURE_WORDS: usize = 4;
    let dash = i > 0 && is_punct(&toks[i - 1], &["―", "—", "–"]);
    if dash && toks.len() - i <= MAX_SIGNATURE_WORDS && toks[i..].iter().all(|t| t.is_cap() || t.t == ".") {
        let subj = make_subj(p, &toks, i, toks.len(), 0);
        return Some(Attr { cue: toks[i - 1].t.to_string(), subj: Some(subj) });
    }
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
            // "…,” said the 51-year-old. / said one person close to the negotiations, who …
            const MAX_DESCRIPTION_WORDS: usize = 10;
            if toks.get(k).is_some_and(|d| lower_is(d, &["the", "a", "an", "one", "another"])) {
                let end = (k + 1..toks.len().min(k + MAX_DESCRIPTION_WORDS))
                    .find(|&e| !toks[e].is_word() && toks[e].t != "-")
                    .unwrap_or(toks.len().min(k + MAX_DESCRIPTION_WORDS));
                if end > k + 1 {
                    let subj = Subj { described: true, ..make_subj(p, &toks, k, end, end - k) };
                    return Some(Attr { cue: t.t.to_string(), subj: Some(subj) });
                }
            }
            return None;
        }
    }
    if let Some((mut sj, mut k)) = subject_forward(p, &toks, i) {
        // "Rep. Ann Porter (D-Del.) said": a party and state, or an age, in brackets
        const MAX_BRACKETED: usize = 8;
        if toks.get(k).is_some_and(|t| t.t == "(") {
            if let Some(close) = (k + 1..toks.len().min(k + MAX_BRACKETED)).find(|&j| toks[j].t == ")") {
                k = close + 1;
            }
        }
        // "NAME, a longtime party strategist, said": the apposition is the role
        if let Some(close) = apposition_end(&toks, k) {
            let apposition = &toks[k + 1..close];
            let text = p[toks[k + 1].s..toks[close - 1].e].to_string();
            if sj.name.is_none() && apposition.iter().all(|t| t.is_cap() || t.t == ".") {
                // "the City Hall spokesman, Ben Ortiz, said"
                sj.name = Some(text);
            } else if sj.role.is_none() {
                sj.role = Some(text);
            }
            k = close + 1;
        }
        while k < toks.len() && lower_is(&toks[k], ADVERBS) {
            k += 1;
        }
        if let Some(c) = toks.get(k) {
            let cl = c.lower();
            if PRE_CUES.contains(&cl.as_str()) || POST_CUES_ID.contains(&cl.as_str()) {
                return Some(Attr { cue: c.t.to_string(), subj: Some(sj) });
            }
            // "…,” he went on.
            if lower_is(c, &["went", "goes"]) && toks.get(k + 1).is_some_and(|o| lower_is(o, &["on"])) {
                return Some(Attr { cue: p[c.s..toks[k + 1].e].to_string(), subj: Some(sj) });
            }
        }
    }
    described_speaker_then_cue(p, &toks, i).or_else(|| named_phrase_then_cue(p, &toks, i))
}

/// A title in quotation marks, not speech: title-case words after a preposition or a
/// possessive (`on WXYZ's “Morning Table.”`, `a book titled “Long Roads”`).
fn is_quoted_title(p: &str, sentence_start: usize, r: &Region) -> bool {
    const TITLE_WORD_LEN: usize = 4;
    let before = p[sentence_start..r.open].trim_end();
    let introduced = before.ends_with("'s")
        || before.ends_with("’s")
        || before.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| {
            ["on", "in", "of", "titled", "called", "named", "entitled", "told", "to", "from", "at"]
                .contains(&w)
        });
    let mut words = p[r.inner_start..r.inner_end]
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .peekable();
    let title_case = words.peek().is_some()
        && words
            .all(|w| w.chars().count() < TITLE_WORD_LEN || w.chars().next().is_some_and(char::is_uppercase));
    introduced && title_case
}

/// A speaker named at the end of a longer phrase, then the cue: "Reed lawyer Mark Hale
/// said", "Mr. Lowe of the Harbour Trust said", "French President Anne Roux said
/// Friday". No comma inside: "…,” he said, Smith said" is two clauses.
fn named_phrase_then_cue(p: &str, toks: &[Tok], i: usize) -> Option<Attr> {
    const MAX_WORDS: usize = 8;
    let cue = (i + 1..toks.len().min(i + MAX_WORDS + 1))
        .take_while(|&k| toks[k].is_word() || toks[k].t == "." || toks[k].t == "-")
        .find(|&k| toks[k].is_lower_word() && is_cue_word(&toks[k]))?;
    let named = toks[cue - 1].is_cap() && toks[i].is_word() && (i..cue).all(|k| toks[k].t != ",");
    named.then(|| Attr { cue: toks[cue].t.to_string(), subj: Some(make_subj(p, toks, i, cue, 0)) })
}

/// A quote woven into reported speech is one indirect statement with its clause, as
/// PolNeAR annotates it and a reader reads it: `Reed said that the "costs are too high" for
/// Brook` (from the cue to the sentence end), `Brook "apologized several times," Reed
/// said` (from the sentence start to the quote's end). A quote introduced by a colon or a
/// comma (`X said: "…"`, `told reporters, "…"`) is a direct quote, not woven. `before` is
/// where the text before this quote starts (the sentence start for the first quote).
fn woven_span(
    p: &str,
    (ss, se): (usize, usize),
    before: usize,
    r: &Region,
    attributed_after: bool,
    cue: Option<&str>,
) -> Option<(usize, usize)> {
    let introduced = p[before..r.open].trim_end().ends_with([':', ',', '—', '–', '-']);
    if introduced {
        return None;
    }
    if attributed_after {
        let words =
            tokens(p, before, r.open).iter().filter(|t| t.is_word() && !lower_is(t, DISCOURSE)).count();
        // the words before the quote are one plain clause: no colon, bracket or other quote
        let plain = !p[ss..r.open].contains([':', '(', ')', '“', '”', '"']);
        if before != ss || words == 0 || !plain {
            return None;
        }
        let (s, _) = trim_span(p, ss, r.open);
        let (_, e) = trim_span(p, r.inner_start, r.inner_end);
        return (s < e).then_some((s, e));
    }
    let cue_end = before + p[before..r.open].rfind(cue?)? + cue?.len();
    let between = tokens(p, cue_end, r.open);
    let words = between.iter().filter(|t| t.is_word() && !lower_is(t, &["that", "bahwa"])).count();
    // (`Reed said that “we need more time”`: a quotation after "that" is reported
    // speech too, as PolNeAR reads it; right after the cue it is a direct quote)
    let that = between.iter().any(|t| lower_is(t, &["that", "bahwa"]));
    if words == 0 && !that {
        return None;
    }
    let (s, e) = trim_span(p, cue_end, se);
    (s < e).then_some((s, e))
}

/// Where an occasion phrase ending right before `toks[j]` starts: "dalam sambutannya",
/// "saat diwawancarai di sela kegiatan", "in a statement", with the speaker's name (or a
/// comma after it) before the phrase.
fn occasion_start(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_OCCASION: usize = 7;
    let mut end = j;
    if end > 0 && toks[end - 1].t == "," {
        end -= 1;
    }
    // (a name may sit inside one that ends in "-nya": "dalam Instagram resminya")
    let possessive_end = end > 0 && toks[end - 1].is_lower_word() && toks[end - 1].t.ends_with("nya");
    (end.saturating_sub(MAX_OCCASION)..end).find(|&at| {
        at > 0
            && lower_is(&toks[at], OCCASION_OPENERS)
            && toks[at..end].iter().all(|t| t.is_word() && (!t.is_cap() || possessive_end))
            && (toks[at - 1].is_cap() || toks[at - 1].t == "," || toks[at - 1].t == ".")
    })
}

/// Where a tail of time, place and addressee before `toks[j]` starts ("di Sukamaju Senin ,",
/// ", Senin ( 3 / 5 ) ,", "kepada Warta Contoh ,"), or `j` when there is none.
fn occasion_tail_start(toks: &[Tok], j: usize) -> usize {
    // (Indonesian order: English puts the day after the cue, "said Monday")
    const DAYS: &[&str] = &["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"];
    const MAX_BRACKETED: usize = 8;
    const MAX_PLACE: usize = 8;
    let mut start = j;
    let mut k = j;
    loop {
        while k > 0 && toks[k - 1].t == "," {
            k -= 1;
        }
        let before = k;
        // a date in brackets: "( 2 / 12 )", "(2/12/2024)"
        if let Some(open) = opening_bracket(toks, k, MAX_BRACKETED) {
            let date = toks[open + 1..k - 1].iter().all(|t| t.t == "/" || is_digits(t));
            if date && open > 0 && lower_is(&toks[open - 1], DAYS) {
                k = open;
            }
        }
        if k > 0 && lower_is(&toks[k - 1], DAYS) {
            k -= 1;
        }
        // "di Sukamaju", "di Universitas Contoh ( Unco ) Bekasi", "kepada Warta Contoh"
        if let Some(at) =
            (k.saturating_sub(MAX_PLACE)..k).rev().find(|&a| lower_is(&toks[a], &["di", "kepada"]))
        {
            let place = toks[at + 1..k].iter().all(|t| t.is_cap() || matches!(t.t, "(" | ")"));
            if place && at + 1 < k && at > 0 {
                k = at;
            }
        }
        if k == before {
            // An Indonesian cue after a comma alone that frames a statement ("Idha Widi
            // Arsanti , menyampaikan bahwa") follows its speaker; one with an object is a
            // clause of its own ("Daily NK, mengungkap perihal ini, mengatakan"), and an
            // English cue closes an apposition the caller reads.
            let framing = toks.get(j).is_some_and(is_id_active_verb)
                && toks.get(j + 1).is_some_and(|t| lower_is(t, &["bahwa", ",", ":"]));
            return if start == j && framing { k } else { start };
        }
        start = k;
    }
}

/// An academic degree written after a name: "S.T", "M.M", "SPt", "MSi", "S.Pd", "Ph.D".
fn is_degree(t: &Tok) -> bool {
    lower_is(t, DEGREES)
}

/// "Kepala Dinas Pendidikan Kabupaten Sukamaju, Dedi Kurnia, menjelaskan": a role
/// phrase opening the clause, then the name between commas (`toks[a..b]`, `toks[a - 1]`
/// the first comma). The speaker is the name, with the role.
fn role_comma_name(p: &str, toks: &[Tok], a: usize, b: usize) -> Option<(Subj, usize)> {
    const MAX_NAME: usize = 6;
    const MAX_ROLE: usize = 10;
    const MAX_AFFILIATION: usize = 10;
    // (a name may end with where the person is from: "Carl Dunn of Grace Baptist
    // Church in Dover")
    let is_name = |name: &[Tok]| {
        !name.is_empty()
            && name.len() <= MAX_NAME
            && name[0].is_cap()
            // initials and titles inside the name: "Hendra J.C. Talla", "Dr. Teguh"
            && name.iter().enumerate().all(|(x, t)| {
                t.is_cap() || (t.t == "." && x > 0 && (is_abbr_tok(&name[x - 1]) || name[x - 1].t.contains('.')))
            })
    };
    let affiliation = || {
        (a + 1..b).find(|&x| {
            lower_is(&toks[x], &["of", "from"])
                && b - x <= MAX_AFFILIATION
                && toks[x + 1..b]
                    .iter()
                    .all(|t| t.is_cap() || lower_is(t, CONNECT) || lower_is(t, &["in", "at"]))
        })
    };
    let (b, affiliated) = match affiliation() {
        Some(x) if !is_name(&toks[a..b]) => (x, true),
        _ => (b, false),
    };
    if !is_name(&toks[a..b]) || a < 2 {
        return None;
    }
    let comma = a - 1;
    let mut m = comma;
    // an acronym in brackets closing the role: "Kepala Badan Penyuluhan (BPPK), Idha, …"
    const MAX_ACRONYM: usize = 8;
    if let Some(open) = opening_bracket(toks, m, MAX_ACRONYM) {
        m = open;
    }
    let role_end = m;
    while m > 0
        && role_end - m < MAX_ROLE
        && (toks[m - 1].is_word() || (toks[m - 1].t == "." && m >= 2 && is_abbr_tok(&toks[m - 2])))
    {
        m -= 1;
    }
    let opens_clause = m == 0 || is_punct(&toks[m - 1], &[",", ";", ":", "(", "”", "\""]);
    while m < comma && lower_is(&toks[m], DISCOURSE) {
        m += 1;
    }
    let role = &toks[m..comma];
    // "The author of the report, Ruth Gale, said": a described role works as well
    // (or "One pastor supporting Mr. Reed, Carl Dunn, said": a counted person)
    let described = role.len() >= 2
        && ((lower_is(&role[0], &["the", "a", "an"]) && role[1..].iter().all(|t| t.is_lower_word()))
            || (lower_is(&role[0], &["one", "another"]) && role[1].is_lower_word()));
    let has_role = described || role.iter().any(|t| lower_is(t, ROLE_HEADS) || lower_is(t, PEOPLE));
    // (a name's affiliation only after a description: "Senator Ann Quayle, Democrat of
    // Maine," is a name with its apposition)
    if !opens_clause || role.is_empty() || !has_role || (affiliated && !described) {
        return None;
    }
    // (a role that ends in a place leaves a place after the comma: "A nurse in Dover,
    // Delaware, told")
    let place_before = {
        let mut c = role.len();
        while c > 0 && role[c - 1].is_cap() {
            c -= 1;
        }
        c > 0 && c < role.len() && lower_is(&role[c - 1], &["in", "from", "at"])
    };
    if place_before && (b - a == 1 || jejak_text::is_known_entity(&p[toks[a].s..toks[b - 1].e])) {
        return None;
    }
    let mut sj = make_subj(p, toks, a, b, 0);
    sj.name.as_ref()?;
    sj.role = Some(p[role[0].s..role[role.len() - 1].e].to_string());
    Some((sj, m))
}

/// Index of the comma closing an apposition that opens at `toks[k]`: `, a veteran
/// strategist,` or `, 30, of Raleigh,`, short and without a sentence end in it.
fn apposition_end(toks: &[Tok], k: usize) -> Option<usize> {
    const MAX_APPOSITION: usize = 20;
    if toks.get(k)?.t != "," {
        return None;
    }
    for (j, t) in toks.iter().enumerate().skip(k + 1).take(MAX_APPOSITION) {
        // (the stop of an abbreviation ends nothing: "of Dover, Del., who", "Eugene, Ore.,")
        let abbreviation = toks[j - 1].t.contains('.')
            || is_abbr_tok(&toks[j - 1])
            || toks.get(j + 1).is_some_and(|next| next.t == ",");
        match t.t {
            "." if abbreviation => {}
            "." | "!" | "?" | ";" | "“" | "”" | "\"" => return None,
            // the comma a cue follows: "strategist, said"
            "," if toks.get(j + 1).is_some_and(is_cue_word) => return Some(j),
            _ => {}
        }
    }
    None
}

/// The comma that ends a speaker set off by `Menurut` when names, roles, degrees and
/// relative clauses follow it between commas ("Menurut Kapolres, AKBP Rudi Hartono,
/// kericuhan …", "Menurut Wati, S.Pd., M.Pd., Ketua Pelaksana Lomba, program …"); `k` is the
/// first comma. A part with a verb or an auxiliary is the statement, not the speaker.
fn appositions_end(toks: &[Tok], mut k: usize) -> usize {
    const MAX_PART: usize = 16;
    while toks.get(k).is_some_and(|t| t.t == ",") {
        let Some(next) = toks.iter().skip(k + 1).take(MAX_PART).position(|t| t.t == ",").map(|j| k + 1 + j)
        else {
            break;
        };
        let part = &toks[k + 1..next];
        let Some(first) = part.first() else { break };
        let apposition = lower_is(first, &["yang"]) || reads_as_apposition(part);
        // (what follows must still be a statement)
        let rest = toks[next + 1..]
            .iter()
            .enumerate()
            .take_while(|&(j, t)| !matches!(t.t, "!" | "?") && (t.t != "." || is_abbr_tok(&toks[next + j])))
            .filter(|(_, t)| t.is_word() && !lower_is(t, DEGREES));
        if !apposition || rest.count() < 3 {
            break;
        }
        k = next;
    }
    k
}

/// Words that read as a name, a role or a degree rather than a clause: capitalised or
/// opened by a role, with few lowercase words and none that is a verb or an auxiliary.
fn reads_as_apposition(part: &[Tok]) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "adalah",
        "ialah",
        "merupakan",
        "akan",
        "telah",
        "sudah",
        "harus",
        "bisa",
        "dapat",
        "tidak",
        "tak",
        "bukan",
        "masih",
        "sedang",
        "perlu",
        "ini",
        "itu",
        "juga",
    ];
    let verb_like = |t: &Tok| {
        let l = t.lower();
        t.is_lower_word()
            && (lower_is(t, CLAUSE_WORDS)
                || lower_is(t, AUXILIARIES)
                || is_cue_word(t)
                || (l.len() > 4 && ["me", "ber", "di", "ter"].iter().any(|p| l.starts_with(p))))
    };
    part.first()
        .is_some_and(|first| first.is_cap() || lower_is(first, ROLE_HEADS) || lower_is(first, DEGREES))
        && part.iter().filter(|t| t.is_lower_word()).count() <= 3
        && !part.iter().any(verb_like)
}

/// `the company said`, `the football team wrote` right after a quote: a described speaker
/// outside the known role and people nouns. Only here, where the quote marks already say a
/// statement was made, is a determiner and a few lowercase words enough to be a speaker.
fn described_speaker_then_cue(p: &str, toks: &[Tok], i: usize) -> Option<Attr> {
    const MAX_NOUN_WORDS: usize = 5;
    const MAX_OWNER_WORDS: usize = 4;
    let determiner = lower_is(
        toks.get(i)?,
        &["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "one", "another"],
    );
    // or a named owner: "Ms. Brook's spokesman, Dan Moss, wrote", "Reed's office said"
    let owner_end = || {
        (i..toks.len().min(i + MAX_OWNER_WORDS))
            .take_while(|&k| toks[k].is_cap() || (toks[k].t == "." && k > i && is_abbr_tok(&toks[k - 1])))
            .find(|&k| is_possessive(&toks[k]))
    };
    let first = match determiner {
        true => i + 1,
        false => owner_end()? + 1,
    };
    let mut k = first;
    // (capitalised modifiers belong to it: "the Trump campaign explained")
    while k < toks.len() && k - first < MAX_NOUN_WORDS && (toks[k].is_lower_word() || toks[k].is_cap()) {
        // "the driver, Paul Grant, told": the name in apposition, the description its role
        if let Some(close) = apposition_end(toks, k + 1) {
            let name = &toks[k + 2..close];
            if !name.is_empty() && name.iter().all(|t| t.is_cap() || t.t == ".") {
                let mut subj = make_subj(p, toks, k + 2, close, 0);
                subj.role = Some(p[toks[i].s..toks[k].e].to_string());
                return Some(Attr { cue: toks[close + 1].t.to_string(), subj: Some(subj) });
            }
        }
        if is_cue_word(&toks[k]) {
            if k == first {
                return None;
            }
            let subj = Subj { described: true, ..make_subj(p, toks, i, k, k - i) };
            return Some(Attr { cue: toks[k].t.to_string(), subj: Some(subj) });
        }
        k += 1;
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
    // "Said Martha Cole, who grew up with him, “…”": an inverted cue opens the sentence
    if let Some(c) = toks.first().filter(|t| t.is_cap() && POST_CUES_EN.contains(&t.lower().as_str())) {
        if let Some((sj, _)) = subject_forward(p, &toks, 1).filter(|(sj, _)| !sj.pronoun) {
            return Some(Attr { cue: c.t.to_string(), subj: Some(sj) });
        }
    }
    // the cue may be followed by a short object: "told reporters:", "kepada wartawan:", or
    // by where and how it was said: "announced on her campaign page, in bold
    // type, “…”"
    const SHORT_OBJECT: usize = 5;
    const CIRCUMSTANCES: usize = 12;
    for back in 0..CIRCUMSTANCES.min(j) {
        let ci = j - 1 - back;
        let c = &toks[ci];
        if PRE_CUES.contains(&c.lower().as_str()) {
            let circumstances = || {
                toks.get(ci + 1).is_some_and(|t| lower_is(t, CIRCUMSTANCE_OPENERS))
                    && !toks[ci + 1..j].iter().any(|t| is_cue_word(t) || lower_is(t, &["that", "bahwa"]))
            };
            if back >= SHORT_OBJECT && !circumstances() {
                continue;
            }
            if let Some((sj, _)) = subject_before(p, &toks, ci).or_else(|| coordinated_subject(p, &toks, ci))
            {
                return Some(Attr { cue: c.t.to_string(), subj: Some(sj) });
            }
        }
    }
    // "Reed: “We are going to win this ward.”": a name alone before a colon, as headlines and
    // transcripts write a speaker
    const MAX_LABEL_WORDS: usize = 4;
    if toks.last().is_some_and(|t| t.t == ":")
        && (1..=MAX_LABEL_WORDS).contains(&j)
        && capitalised_words(&toks[..j])
    {
        let labelled = toks[..j].iter().any(|t| lower_is(t, HEADLINE_LABELS) || lower_is(t, PRONOUNS));
        let sj = make_subj(p, &toks, 0, j, 0);
        if !labelled && sj.name.is_some() {
            return Some(Attr { cue: ":".to_string(), subj: Some(sj) });
        }
    }
    // "Trump issued a statement, “…”": a statement named right before the quote's comma
    // hands it to the subject of the clause
    const STATEMENT_NOUNS: &[&str] =
        &["statement", "tweet", "message", "post", "letter", "email", "memo", "note"];
    let issued = j >= 4
        && toks.get(j).is_some_and(|t| t.t == "," || t.t == ":")
        && lower_is(&toks[j - 1], STATEMENT_NOUNS)
        && lower_is(&toks[j - 2], &["a", "an", "the", "his", "her", "their", "its"])
        && toks[j - 3].is_lower_word();
    if issued {
        if let Some((sj, _)) = subject_before(p, &toks, j - 3) {
            return Some(Attr { cue: toks[j - 3].t.to_string(), subj: Some(sj) });
        }
    }
    // "She then turned to the crowd once more: “…”": a colon hands the quote to the
    // subject of the clause before it, whatever its verb; so does a speech verb's
    // participle after a comma ("He issued a statement, saying, “…”").
    // (or after "upon", "after", "by": "incurred boos upon saying, “…”")
    // (or right before the quote's comma: "with one of her flyers asking, “…?”")
    let handed_over = toks.get(j).is_some_and(|t| t.t == "," || t.t == ":");
    let participle = (j >= 2
        && (handed_over || toks[j - 2].t == "," || lower_is(&toks[j - 2], PARTICIPLE_OPENERS))
        && lower_is(&toks[j - 1], PARTICIPLE_CUES))
    .then(|| &toks[j - 1]);
    if toks.last().is_some_and(|t| t.t == ":") || participle.is_some() {
        if let Some((sj, verb)) = clause_subject(p, &toks) {
            let cue = participle.unwrap_or(&toks[verb]);
            return Some(Attr { cue: cue.t.to_string(), subj: Some(sj) });
        }
    }
    None
}

/// A statement reported by a speech participle in `p[from..se]` after a comma, with no
/// quotation after it (“…,” he said, adding that he would not back the plan): its
/// content and its cue.
fn participle_statement(
    p: &str,
    regions: &[Region],
    from: usize,
    se: usize,
) -> Option<(usize, usize, String)> {
    if regions.iter().any(|r| r.open >= from && r.open < se) {
        return None;
    }
    let toks = tokens(p, from, se);
    let i = comma_participle(&toks, regions)?;
    let (cs, ce) = content_after(p, regions, &toks, i, se);
    (wc(p, cs, ce) >= 3).then(|| (cs, ce, toks[i].t.to_string()))
}

/// The first speech participle after a comma outside quotation marks: ", saying …",
/// ", adding that …".
fn comma_participle(toks: &[Tok], regions: &[Region]) -> Option<usize> {
    (1..toks.len()).find(|&k| {
        toks[k - 1].t == "," && lower_is(&toks[k], PARTICIPLE_CUES) && !inside_quote(regions, toks[k].s)
    })
}

/// Whether words read as a headline's, capitalised but for at most `lower_share` of them.
fn mostly_capitalised(toks: &[Tok], lower_share: f32) -> bool {
    let words = toks.iter().filter(|t| t.is_word()).count();
    toks.iter().filter(|t| t.is_lower_word()).count() as f32 <= lower_share * words as f32
}

/// Whether tokens are capitalised words only, with the stops of abbreviations ("Dr.",
/// "Sen."): a name as written.
fn capitalised_words(toks: &[Tok]) -> bool {
    toks.iter().enumerate().all(|(k, t)| t.is_cap() || (t.t == "." && k > 0 && is_abbr_tok(&toks[k - 1])))
}

/// A headline that names its speaker before a colon: "Pence: Flowers Won't Be at Debate",
/// "Prabowo: Harga Pupuk Turun Bulan Depan". Only at the start of a paragraph, with a
/// capitalised name of a few words that is no label ("Foto:", "Baca juga:") and a
/// capitalised claim after it: a dateline opens a sentence ("Jakarta: Ketua serikat nelayan …
/// meminta …").
fn colon_headline(p: &str, toks: &[Tok], ss: usize, se: usize) -> Option<Indirect> {
    const MAX_NAME_WORDS: usize = 4;
    const HEADLINE_LOWER_SHARE: f32 = 0.25;
    if !p[..ss].trim_end().is_empty() && !p[..ss].ends_with('\n') {
        return None;
    }
    let colon = toks.iter().position(|t| t.t == ":")?;
    let name = &toks[..colon];
    let named = (1..=MAX_NAME_WORDS).contains(&name.len())
        && capitalised_words(name)
        && !name.iter().any(|t| lower_is(t, HEADLINE_LABELS) || lower_is(t, PRONOUNS));
    let (cs, ce) = trim_span(p, toks.get(colon + 1)?.s, se);
    let claim = &toks[colon + 1..];
    let words = claim.iter().filter(|t| t.is_word()).count();
    // A headline in title case, or a transcript's speaker label in capitals ("BENENSON:
    // Councillor Reed does not get to pick …"). (A headline in sentence case reads like a
    // dateline: "Jakarta: Ketua serikat nelayan … meminta …".)
    let label = name
        .iter()
        .all(|t| !t.is_word() || (t.t.chars().count() >= 2 && !t.t.chars().any(char::is_lowercase)));
    let headline = mostly_capitalised(claim, HEADLINE_LOWER_SHARE) || label;
    // (a quotation after the colon is a direct quote, found as one)
    let quoted = p[cs..ce].starts_with(['"', '“', '‘', '\'']);
    if !named || !headline || quoted || words < 3 {
        return None;
    }
    let subj = make_subj(p, toks, 0, colon, 0);
    subj.name.as_ref()?;
    Some(Indirect { cs, ce, cue: ":".to_string(), subj: Some(subj), relay: None })
}

/// What a poll, a report or records show, as a claim with them for its source: "A
/// Harbour Trust poll out Monday showed Brook with a lead …", "…, council records show.", "In a
/// Morning Herald poll last month, …". The verb (or the "In") at `toks[i]` counts only
/// with such a noun heading its subject (or its phrase).
fn evidence_claim(
    p: &str,
    regions: &[Region],
    toks: &[Tok],
    i: usize,
    ss: usize,
    se: usize,
) -> Option<Indirect> {
    const MAX_HEAD_AT: usize = 5;
    const MAX_SUBJECT: usize = 16;
    const MAX_TRAILING_SUBJECT: usize = 10;
    const MAX_SOURCE: usize = 12;
    let evidence = |t: &Tok| lower_is(t, EVIDENCE_NOUNS);
    // "In a Morning Herald poll last month, Ms. Brook had a 10-point lead"
    let opens = || toks[..i].iter().all(|t| !t.is_word() || lower_is(t, DISCOURSE));
    if lower_is(toks.get(i)?, &["in", "dalam"]) && opens() {
        let comma = (i + 1..toks.len().min(i + MAX_SOURCE)).find(|&c| toks[c].t == ",")?;
        // (a speaker of its own after it speaks: "In the poll, 52 percent said …")
        if !toks[i + 1..comma].iter().any(evidence) || toks[i + 1..].iter().any(is_cue_word) {
            return None;
        }
        let subj = Subj { described: true, ..make_subj(p, toks, i + 1, comma, comma - i - 1) };
        let (cs, ce) = up_to_semicolon(p, regions, toks[comma].e, se);
        let (cs, ce) = trim_span(p, cs, ce);
        return Some(Indirect { cs, ce, cue: toks[i].t.to_string(), subj: Some(subj), relay: None });
    }
    let verb = toks.get(i).filter(|t| t.is_lower_word() && lower_is(t, EVIDENCE_VERBS))?;
    let cue = verb.t.to_string();
    // "…, new fundraising reports show."
    let trailing = toks[i + 1..].iter().filter(|t| t.is_word()).count() == 0;
    if trailing {
        let comma = toks[..i].iter().rposition(|t| t.t == ",")?;
        let subject = &toks[comma + 1..i];
        if subject.is_empty() || subject.len() > MAX_TRAILING_SUBJECT || !subject.iter().any(evidence) {
            return None;
        }
        let subj = Subj { described: true, ..make_subj(p, toks, comma + 1, i, i - comma - 1) };
        let (cs, ce) = trim_span(p, ss, toks[comma].s);
        return Some(Indirect { cs, ce, cue, subj: Some(subj), relay: None });
    }
    // "New Herald polls out Monday show …": the noun heads the subject of the sentence or of
    // its clause after ", and" ("…, and recent polls show Brook ahead")
    let clause = (1..i)
        .rev()
        .find(|&k| toks[k - 1].t == "," && lower_is(&toks[k], &["and", "but", "while", "dan", "namun"]))
        .map_or(0, |k| k + 1);
    let start = (clause..i).find(|&k| toks[k].is_word() && !lower_is(&toks[k], DISCOURSE))?;
    let head = (start..i).find(|&h| evidence(&toks[h]))?;
    // (a comma after the noun opens a relative clause, "Exit polls …, which Ms. Brook won,
    // showed", or ends a clause of its own: "Selesai kuliah S2, ia menunjukkan kerja keras")
    let relative_or_none = match toks[head..i].iter().position(|t| t.t == ",") {
        Some(c) => toks.get(head + c + 1).is_some_and(|t| lower_is(t, &["which", "that", "yang"])),
        None => true,
    };
    let purpose = lower_is(&toks[i - 1], &["to", "untuk", "guna"]);
    if head - start > MAX_HEAD_AT
        || i - head > MAX_SUBJECT
        || !relative_or_none
        || purpose
        || toks[head..i].iter().any(is_cue_word)
    {
        return None;
    }
    // the whole noun phrase before the verb, or up to the noun before a relative clause
    let end = if toks[head..i].iter().any(|t| t.t == ",") { head + 1 } else { i };
    let subj = Subj { described: true, ..make_subj(p, toks, start, end, end - start) };
    let (cs, ce) = content_after(p, regions, toks, i, se);
    Some(Indirect { cs, ce, cue, subj: Some(subj), relay: None })
}

/// Stems of the Indonesian verbs of saying: "ditambahkan" is a cue because "menambahkan" is.
static ID_CUE_STEMS: Lazy<std::collections::HashSet<String>> = Lazy::new(|| {
    PRE_CUES
        .iter()
        .filter(|c| c.starts_with("me") || c.starts_with("ber"))
        .map(|c| jejak_text::stem_id(c))
        .collect()
});

/// The subject that opens a clause, a name, pronoun or description, and the index of its
/// verb: who "addressed the supporters again" or "issued a statement, saying …".
fn clause_subject(p: &str, toks: &[Tok]) -> Option<(Subj, usize)> {
    const MAX_OPENER: usize = 8;
    const MAX_APPOSITION: usize = 20;
    let mut s0 = 0;
    while s0 < toks.len() && (lower_is(&toks[s0], DISCOURSE) || !toks[s0].is_word()) {
        s0 += 1;
    }
    // past a phrase of place or time that opens the sentence: "On the harbour, Reed …"
    const OPENING_PREPOSITIONS: &[&str] = &[
        "on", "in", "at", "after", "during", "for", "with", "before", "pada", "dalam", "di", "usai",
        "setelah",
    ];
    if toks.get(s0).is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS)) {
        if let Some(c) = (s0 + 1..toks.len().min(s0 + MAX_OPENER)).find(|&c| toks[c].t == ",") {
            if !toks[s0..c].iter().any(|t| is_cue_word(t) || lower_is(t, AUXILIARIES)) {
                s0 = c + 1;
            }
        }
    }
    let described = toks.get(s0).is_some_and(|t| lower_is(t, DETERMINERS)).then(|| {
        // "The mayor", "The White House spokesman": up to a role or people noun
        (s0 + 1..toks.len().min(s0 + 5))
            .take_while(|&h| toks[h].is_word())
            .find(|&h| {
                toks[h].is_lower_word() && (lower_is(&toks[h], ROLE_HEADS) || lower_is(&toks[h], PEOPLE))
            })
            .map(|h| (make_subj(p, toks, s0, h + 1, 0), h + 1))
    });
    let (sj, mut k) = match described {
        Some(found) => found?,
        None => subject_forward(p, toks, s0).filter(|(sj, _)| sj.pronoun || sj.name.is_some())?,
    };
    // past an apposition: "Carl Dunn, a former county party chairman, became …"
    if sj.name.is_some() && toks.get(k).is_some_and(|t| t.t == ",") {
        if let Some(c) = (k + 1..toks.len().min(k + MAX_APPOSITION)).find(|&c| toks[c].t == ",") {
            let part = &toks[k + 1..c];
            let describes = part.first().is_some_and(|t| lower_is(t, &["a", "an", "the", "who", "yang"]))
                || reads_as_apposition(part);
            if describes {
                k = c + 1;
            }
        }
    }
    while k < toks.len() && is_adverb(&toks[k]) {
        k += 1;
    }
    toks.get(k).filter(|v| v.is_lower_word()).map(|_| (sj, k))
}

static RELAY_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?P<cue>(?i:(?:sebagaimana|seperti)\s+(?:dilansir|dilaporkan|diberitakan|diwartakan|dikutip|disiarkan)(?:\s+dari)?",
        r"|dilansir(?:\s+dari)?|dikutip\s+dari|(?:yang\s+)?mengutip(?:\s+dari)?|menurut\s+laporan|menurut",
        r"|according\s+to(?:\s+(?:a\s+)?reports?\s+(?:by|from|in))?|as\s+reported\s+by|reported\s+by|as\s+first\s+reported\s+by",
        r"|citing|told|in\s+an\s+interview\s+with|kepada))\s+",
        r"(?P<m>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’\-]*|of|de|du))*",
        r"|(?i:media|kantor\s+berita|surat\s+kabar|harian|stasiun\s+televisi|televisi|situs|laman)(?-u:\b)[^,.;:“”\x22]*)"
    ))
    .unwrap()
});

/// A statement made to a reporter of a medium: "kepada Sinead Baker dari Insider", "told
/// Sinead Baker of Insider". The medium is the relay, with its reporter.
static REPORTER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?P<cue>(?i:kepada|told|tells)\s+(?:(?i:wartawan|reporter|jurnalis|koresponden|journalist|correspondent)\s+)?",
        r"(?P<reporter>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3})\s+(?i:dari|of|from))\s+",
        r"(?P<m>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’\-]*)*)"
    ))
    .unwrap()
});

/// "kepada wartawan Kompas.com", "told a Reuters reporter": a known medium's reporter.
static REPORTER_NOUN_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?P<cue>(?i:kepada|told|tells)\s+(?:(?i:wartawan|reporter|jurnalis|koresponden)\s+|(?i:an?|the)\s+))",
        r"(?P<m>\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’\-]*)*)(?:\s+(?i:reporter|journalist|correspondent))?"
    ))
    .unwrap()
});

/// Whether a relay's cue says the statement was made to the medium itself ("told Reuters",
/// "kepada Sinead Baker dari Insider"): the medium is then the first hop after the speaker.
fn told_relay(r: &Relay) -> bool {
    let l = r.cue.to_lowercase();
    l.starts_with("told") || l.starts_with("tells") || l.starts_with("kepada")
}

/// Relays named in `p[s..e]`: (start, end, relay), origin first.
fn find_relays(p: &str, s: usize, e: usize, outlet: Option<&str>) -> Vec<(usize, usize, Relay)> {
    let mut out = Vec::new();
    let mut reporters: Vec<(usize, usize, Relay)> = Vec::new();
    // The reporter patterns' Unicode name classes push the regex engine off its fast path
    // onto a backtracker over the whole span: run them only where their cue word occurs.
    let lower = p[s..e].to_ascii_lowercase();
    let told_cue = ["kepada", "told", "tells"].iter().any(|w| lower.contains(w));
    for c in told_cue.then(|| REPORTER_RE.captures_iter(&p[s..e])).into_iter().flatten() {
        let m = c.get(0).unwrap();
        let medium = c.name("m").unwrap().as_str().trim().trim_end_matches('.').to_string();
        // "told John Smith of Texas", "kepada Ketua DPR Puan dari PDIP": a place, an
        // office or a party, not a reporter's medium
        let person = c.name("cue").unwrap().as_str();
        let office = tokens(person, 0, person.len())
            .iter()
            .any(|t| lower_is(t, ROLE_HEADS) && !lower_is(t, MEDIA_HEADS));
        let org = medium.split_whitespace().next().is_some_and(|w| {
            let w = w.to_lowercase();
            ROLE_VOCAB.contains(&w.as_str()) || NOT_MEDIA_HEADS.contains(&w.as_str())
        });
        if !is_medium(&medium) && (office || org || jejak_text::is_known_entity(&medium)) {
            continue;
        }
        let cue = c.name("cue").unwrap().as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        let reporter = c.name("reporter").map(|r| r.as_str().to_string());
        reporters.push((s + m.start(), s + m.end(), Relay { medium, cue, reporter }));
    }
    for c in told_cue.then(|| REPORTER_NOUN_RE.captures_iter(&p[s..e])).into_iter().flatten() {
        let m = c.get(0).unwrap();
        let medium = c.name("m").unwrap().as_str().trim().trim_end_matches('.').to_string();
        let own = outlet.is_some_and(|o| {
            let (ol, ml) = (o.to_lowercase(), medium.to_lowercase());
            ol.contains(&ml) || ml.contains(&ol)
        });
        let clash = reporters.iter().any(|(rs, re, _)| s + m.start() < *re && *rs < s + m.end());
        if is_medium(&medium) && !own && !clash {
            let cue = c.name("cue").unwrap().as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            reporters.push((s + m.start(), s + m.end(), Relay { medium, cue, reporter: None }));
        }
    }
    for c in RELAY_RE.captures_iter(&p[s..e]) {
        let m = c.get(0).unwrap();
        if reporters.iter().any(|(rs, re, _)| s + m.start() < *re && *rs < s + m.end()) {
            continue;
        }
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
        out.push((s + m.start(), s + m.end(), Relay { medium, cue, reporter: None }));
    }
    out.extend(reporters);
    out.sort_by_key(|r| r.0);
    // Written last, passed on first: "dilansir Reuters yang mengutip Yonhap" is Yonhap →
    // Reuters. A medium the speaker spoke to is the first hop of all.
    out.reverse();
    out.sort_by_key(|r| !told_relay(&r.2));
    out
}

static VENUE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?:(?i:dalam\s+(?:sebuah\s+|acara\s+)?(?:konferensi\s+pers|jumpa\s+pers|keterangan\s+pers|keterangan\s+tertulis|keterangannya|wawancara|pernyataan|siaran\s+pers|rapat|sidang|diskusi|seminar|webinar|unggahan|cuitan|pidato|pidatonya)",
        r"|saat\s+(?:konferensi\s+pers|jumpa\s+pers|ditemui|dikonfirmasi|diwawancarai|berbincang|wawancara|memberikan\s+keterangan|berpidato)",
        r"|(?:di|melalui|lewat)\s+(?:televisi|stasiun\s+televisi|radio|akun|media\s+sosial|hadapan|sela-sela|kanal|channel|siaran|instagram|twitter|x(?-u:\b))",
        r"|in\s+an?\s+(?:interview|statement|press\s+conference|news\s+conference|speech|email|e-mail|op-ed|post|tweet|letter|radio\s+interview|television\s+interview|phone\s+interview)",
        r"|(?:at|during)\s+an?\s+(?:press\s+conference|news\s+conference|rally|briefing|hearing|campaign\s+event|town\s+hall|debate|event|speech|interview)",
        r"|on\s+(?:twitter|facebook|instagram|television|cnn|fox\s+news|msnbc|channel\s+one)",
        r")[^,.;:“”\x22]*(?:,\s*\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*)?",
        r"|(?i:kepada\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers)|told\s+(?:reporters|journalists|the\s+press|a\s+crowd|supporters))(?-u:\b)[^,.;:“”\x22]*)"
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
    "oleh",
    "karena",
    "selanjutnya",
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
fn content_after(p: &str, regions: &[Region], toks: &[Tok], ci: usize, se: usize) -> (usize, usize) {
    let (cs, ce) = content_after_cue(p, toks, ci, se);
    let (cs, ce) = up_to_semicolon(p, regions, cs, ce);
    up_to_next_clause(p, regions, toks, cs, ce)
}

/// Whether offset `i` of the paragraph lies inside one of its quotations.
fn inside_quote(regions: &[Region], i: usize) -> bool {
    regions.iter().any(|r| r.open < i && i < r.close)
}

/// A reported clause ends where a clause of the speaker's own begins ("said it was a
/// mistake, but she denied that …", "said she met him twice but said …") or the reporter's
/// comment closes the sentence ("…, which has set off a row"): the first half is reported.
fn up_to_next_clause(p: &str, regions: &[Region], toks: &[Tok], cs: usize, ce: usize) -> (usize, usize) {
    // "While the candidates say A, they differ …": after a subordinate clause that holds the
    // cue, the main clause is the reporter's
    const SUBORDINATORS: &[&str] =
        &["while", "although", "though", "whereas", "because", "since", "if", "when"];
    let subordinate = toks.iter().find(|t| t.is_word()).is_some_and(|t| lower_is(t, SUBORDINATORS));
    let cut = toks.windows(3).find(|w| {
        if w[0].s <= cs || w[2].e > ce || inside_quote(regions, w[0].s) {
            return false;
        }
        let new_clause = w[0].t == ","
            && ((lower_is(&w[1], &["but", "although", "though", "and", "while"])
                && lower_is(&w[2], &["he", "she", "they", "we"]))
                // "… say A, while 30 percent call it B"
                || lower_is(&w[1], &["while", "whereas"])
                || (subordinate && lower_is(&w[1], &["he", "she", "they", "we", "i"])));
        // "…, which has set off a row": the reporter's comment closing the sentence
        let comment = w[0].t == "," && lower_is(&w[1], &["which"]) && !p[w[1].s..ce].contains(',');
        // "… twice but said neither …": a second statement by the same speaker
        let second_cue = lower_is(&w[0], &["but", "and"])
            && (is_cue_word(&w[1]) || (lower_is(&w[1], ADVERBS) && is_cue_word(&w[2])));
        new_clause || comment || second_cue
    });
    match cut {
        Some(w) => trim_span(p, cs, w[0].s),
        None => (cs, ce),
    }
}

/// A reported clause ends at a semicolon outside quotation marks: "Officials said the
/// delay was not planned; they only heard on Friday …" reports the first half.
fn up_to_semicolon(p: &str, regions: &[Region], cs: usize, ce: usize) -> (usize, usize) {
    match p[cs..ce].match_indices(';').map(|(i, _)| cs + i).find(|&i| !inside_quote(regions, i)) {
        Some(i) => trim_span(p, cs, i),
        None => (cs, ce),
    }
}

fn content_after_cue(p: &str, toks: &[Tok], ci: usize, se: usize) -> (usize, usize) {
    let n = toks.len();
    let i = ci + 1;
    // "that"/"bahwa" soon after the cue starts the content, unless a clause has begun
    // before it ("said he was too tired to look for records that would …")
    for t in toks.iter().take(n.min(i + 9)).skip(i) {
        if t.t == "“" || t.t == "\"" || lower_is(t, AUXILIARIES) || lower_is(t, PRONOUNS) {
            break;
        }
        if lower_is(t, &["that", "bahwa"]) {
            return trim_span(p, t.e, se);
        }
    }
    // (spoken Indonesian: "menyimpulkan kalau …", right after the cue)
    if i < n && (is_punct(&toks[i], LEAD_PUNCT) || lower_is(&toks[i], &["kalau"])) {
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
    // "told him she worries …": whom it was told to, then what
    if told && i + 1 < n && lower_is(&toks[i], &["him", "her", "them", "us", "me"]) {
        return trim_span(p, toks[i + 1].s, se);
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

#[derive(Clone)]
struct Indirect {
    cs: usize,
    ce: usize,
    cue: String,
    subj: Option<Subj>,
    /// The medium that passed on what `subj` said, nearest the origin: "Daily NK" in
    /// "Mengutip sumber-sumber Rusia, Daily NK membeberkan bahwa …".
    relay: Option<Relay>,
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

/// "Mengutip S, M membeberkan bahwa …" / "Citing S, M reported that …" where M is a medium:
/// M passes on what S told it.
///
/// Jejak models the origin of a statement as its speaker and `via` as the media between
/// the origin and the outlet, nearest the origin first: "…, kata Korotchenko, menurut New
/// York Post" is speaker Korotchenko, via [New York Post]. A medium that cites a source is
/// such a relay, so the cited source is the speaker ("sumber-sumber Rusia") and the citing
/// medium the first relay ("Daily NK", cue "Mengutip"); the quote's cue stays the verb
/// ("membeberkan"). Provenance then reads sumber-sumber Rusia → Daily NK → outlet. When
/// the subject is not a medium ("Mengutip data BPS, Menteri X mengatakan …") the subject
/// speaks for itself and this rule does not apply.
fn citing_clause(p: &str, regions: &[Region], toks: &[Tok], se: usize, media: &[String]) -> Option<Indirect> {
    let n = toks.len();
    let ci = toks.iter().position(|t| t.is_word() && !lower_is(t, DISCOURSE))?;
    if !lower_is(&toks[ci], &["mengutip", "citing", "quoting"]) {
        return None;
    }
    let x0 = ci + 1 + usize::from(toks.get(ci + 1).is_some_and(|t| lower_is(t, &["dari"])));
    let comma = (x0..n.min(x0 + 12)).find(|&k| toks[k].t == ",")?;
    if comma == x0 {
        return None;
    }
    let (medium, after) = subject_forward(p, toks, comma + 1)?;
    let mut k = after;
    while k < n && lower_is(&toks[k], ADVERBS) {
        k += 1;
    }
    let cue = toks.get(k).filter(|t| lower_is(t, PRE_CUES) || lower_is(t, MEDIA_CUES))?;
    let medium_name = medium_name(&medium, media, Some(cue.t))?;
    let (cs, ce) = content_after(p, regions, toks, k, se);
    if wc(p, cs, ce) < 2 {
        return None;
    }
    let source = match subject_forward(p, toks, x0) {
        Some((sj, end)) if end == comma => sj,
        _ => Subj {
            s: toks[x0].s,
            e: toks[comma - 1].e,
            mention: p[toks[x0].s..toks[comma - 1].e].to_string(),
            name: None,
            role: None,
            pronoun: false,
            described: false,
        },
    };
    Some(Indirect {
        cs,
        ce,
        cue: cue.t.to_string(),
        subj: Some(source),
        relay: Some(Relay { medium: medium_name, cue: toks[ci].t.to_string(), reporter: None }),
    })
}

/// The reported statements of a sentence: [`indirect`]'s, and a second one its content holds
/// after a speech participle ("announced that A, saying B": A, then B, both the subject's).
fn statements_in(
    p: &str,
    ss: usize,
    se: usize,
    regions: &[Region],
    relays: &[(usize, usize, Relay)],
    media: &[String],
) -> Vec<Indirect> {
    let Some(first) = indirect(p, ss, se, regions, relays, media) else { return Vec::new() };
    let toks = tokens(p, first.cs, first.ce);
    if let Some(k) = comma_participle(&toks, regions) {
        let (cs, ce) = content_after(p, regions, &toks, k, first.ce);
        let (before_s, before_e) = trim_span(p, first.cs, toks[k - 1].s);
        if wc(p, cs, ce) >= 3 && wc(p, before_s, before_e) >= 2 {
            let second = Indirect { cs, ce, cue: toks[k].t.to_string(), relay: None, ..first.clone() };
            return vec![Indirect { cs: before_s, ce: before_e, ..first }, second];
        }
    }
    // and a second statement joined to the first ("called it careless, but said A"): the
    // first's content ends where it begins
    const MAX_JOIN: usize = 4;
    let rest = tokens(p, first.ce, se);
    let joined = rest.iter().take(MAX_JOIN).position(|t| lower_is(t, &["but", "and"]));
    let cue = joined.and_then(|j| {
        (j + 1..rest.len().min(j + 3))
            .take_while(|&k| rest[k].is_lower_word())
            .find(|&k| PRE_CUES.contains(&rest[k].t) && !lower_is(&rest[k], &["think", "believe"]))
    });
    // (or the speaker named after the first, then a relative clause of theirs: "…, said Matt
    // Bai, a columnist, who said A")
    let speaker_end = first.subj.as_ref().map(|sj| sj.e).filter(|&e| e > first.ce);
    let relative = speaker_end.and_then(|e| {
        (2..rest.len()).find(|&k| {
            rest[k - 2].t == ","
                && rest[k - 2].s >= e
                && lower_is(&rest[k - 1], &["who"])
                && PRE_CUES.contains(&rest[k].t)
                && !rest.iter().any(|t| t.s >= e && t.e <= rest[k - 2].s && is_cue_word(t))
        })
    });
    if let Some(k) = cue.or(relative) {
        let (cs, ce) = content_after(p, regions, &rest, k, se);
        if wc(p, cs, ce) >= 3 {
            let second = Indirect { cs, ce, cue: rest[k].t.to_string(), relay: None, ..first.clone() };
            return vec![first, second];
        }
    }
    vec![first]
}

fn indirect(
    p: &str,
    ss: usize,
    se: usize,
    regions: &[Region],
    relays: &[(usize, usize, Relay)],
    media: &[String],
) -> Option<Indirect> {
    let toks = tokens(p, ss, se);
    let in_q = |t: &Tok| regions.iter().any(|r| t.s >= r.open && t.e <= r.close);
    let n = toks.len();
    let at_start = |i: usize| toks[..i].iter().all(|t| lower_is(t, DISCOURSE) || !t.is_word());
    // "Bernie Sanders Says He's Already Started …": a headline capitalises its verbs
    const HEADLINE_LOWER_SHARE: f32 = 0.2;
    let headline_case = mostly_capitalised(&toks, HEADLINE_LOWER_SHARE);
    if let Some(c) = citing_clause(p, regions, &toks, se, media) {
        let (cs, ce) = clip(p, c.cs, c.ce, relays);
        if wc(p, cs, ce) >= 2 {
            return Some(Indirect { cs, ce, ..c });
        }
    }
    if let Some(found) = colon_headline(p, &toks, ss, se) {
        return Some(found);
    }
    for i in 0..n {
        let t = &toks[i];
        if in_q(t) || !t.is_word() {
            continue;
        }
        let l = t.lower();
        let according = according_to_at(&toks, i);
        if l == "menurut" || l == "menurutnya" || according {
            if relays.iter().any(|(rs, re, _)| t.s >= *rs && t.s < *re) {
                continue;
            }
            let x0 = if according { i + 2 } else { i + 1 };
            let bare_pronoun = !according
                && toks.get(x0).is_some_and(|x| lower_is(x, PRONOUNS))
                && toks.get(x0 + 1).is_some_and(|x| x.is_word());
            // "Menurut Budi pendekatan ini …": a name, then the statement in lower case
            let bare_name = (!according && !bare_pronoun)
                .then(|| subject_forward(p, &toks, x0))
                .flatten()
                .filter(|(sj, end)| {
                    sj.name.is_some()
                        && !sj.pronoun
                        && toks.get(*end).is_some_and(|t| t.is_lower_word() && !lower_is(t, ROLE_HEADS))
                });
            let (subj, after) = if l == "menurutnya" {
                let mut sj = pronoun_subj(t);
                sj.mention = "nya".into();
                (Some(sj), i + 1)
            } else if bare_pronoun {
                // "Menurut dia tak sedikit …": a pronoun needs no comma to end it
                (Some(pronoun_subj(&toks[x0])), x0 + 1)
            } else if let Some((sj, end)) = bare_name.clone() {
                (Some(sj), end)
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
                // "Menurut Kepala Desa Sukamaju, Rudi Hartono, nama …": the speaker goes on
                // through names, roles and degrees set off by commas; a name after a role
                // is the speaker, the role theirs
                const MAX_NAME: usize = 6;
                let end = appositions_end(&toks, k);
                let named = (end > k)
                    .then(|| toks[k + 1..=end].iter().position(|t| t.t == ",").map(|c| k + 1 + c))
                    .flatten()
                    .filter(|&c| c > k + 1 && c - k <= MAX_NAME && capitalised_words(&toks[k + 1..c]));
                let sj = match named {
                    Some(c) if sj.name.is_none() || toks[x0..k].iter().any(|t| lower_is(t, ROLE_HEADS)) => {
                        let mut named = make_subj(p, &toks, k + 1, c, 0);
                        named.role = Some(p[toks[x0].s..toks[k - 1].e].to_string());
                        named
                    }
                    _ => sj,
                };
                (Some(sj), end)
            };
            let cue = if according { "according to".to_string() } else { t.t.to_string() };
            if at_start(i) {
                let mut a = after;
                while a < n && toks[a].t != "," && a - after < 12 && l != "menurutnya" {
                    a += 1;
                }
                let start = if bare_pronoun {
                    toks[x0].e
                } else if let Some((_, end)) = bare_name {
                    toks[end - 1].e
                } else if a < n {
                    toks[a].e
                } else {
                    se
                };
                let (cs, ce) = clip(p, start, se, relays);
                if wc(p, cs, ce) >= 2 {
                    return Some(Indirect { cs, ce, cue, subj, relay: None });
                }
            } else if i > 0 && (toks[i - 1].t == "," || toks[i - 1].t == "(") {
                // "Capaian ini, menurut Bupati, merupakan hadiah …": the statement goes on
                // after the attribution; what came before it is its subject or a connective
                // (not when only the speaker's role follows: "…, menurut Gao, Kepala Tim …")
                let role_follows = after < n && {
                    let rest = &toks[after + 1..];
                    let end = rest.iter().position(|t| matches!(t.t, "." | "!" | "?")).unwrap_or(rest.len());
                    reads_as_apposition(&rest[..end])
                };
                if after < n && toks[after].t == "," && toks[i - 1].t == "," && !role_follows {
                    // (English reads the whole sentence as the statement: "The plan, according
                    // to the mayor, failed")
                    let from = if according { ss } else { toks[after].e };
                    let (cs, ce) = clip(p, from, se, relays);
                    if wc(p, cs, ce) >= 3 {
                        return Some(Indirect { cs, ce, cue, subj, relay: None });
                    }
                }
                let (cs, ce) = clip(p, ss, toks[i - 1].s, relays);
                if wc(p, cs, ce) >= 3 {
                    return Some(Indirect { cs, ce, cue, subj, relay: None });
                }
            }
            continue;
        }
        if let Some(found) = evidence_claim(p, regions, &toks, i, ss, se) {
            let (cs, ce) = clip(p, found.cs, found.ce, relays);
            if wc(p, cs, ce) >= 3 {
                return Some(Indirect { cs, ce, ..found });
            }
        }
        // "Ditambahkan Nur Rahman, kecelakaan kerja …": the passive cue, then who
        if l.starts_with("di")
            && !lower_is(t, PASSIVE_NYA_CUES)
            && at_start(i)
            && ID_CUE_STEMS.contains(&jejak_text::stem_id(&l))
        {
            let named = subject_forward(p, &toks, i + 1)
                .filter(|(sj, end)| sj.name.is_some() && toks.get(*end).is_some_and(|c| c.t == ","));
            if let Some((sj, end)) = named {
                let (cs, ce) = clip(p, toks[end].e, se, relays);
                if wc(p, cs, ce) >= 3 {
                    return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
                }
            }
        }
        // "Ditambahkannya, guru juga dapat …"
        if lower_is(t, PASSIVE_NYA_CUES) && at_start(i) && toks.get(i + 1).is_some_and(|c| c.t == ",") {
            let (cs, ce) = clip(p, toks[i + 1].e, se, relays);
            if wc(p, cs, ce) >= 3 {
                let mut sj = pronoun_subj(t);
                sj.mention = "nya".into();
                return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
            }
        }
        // "Brook defended the posts, saying it proves …": the participle reports for the
        // clause's subject
        // (or after "while", "after", "from", "and": "aside from saying she plans …"); a
        // subject that does not open the sentence plainly is left unknown
        let introduced = i > 0 && (toks[i - 1].t == "," || lower_is(&toks[i - 1], PARTICIPLE_OPENERS));
        if lower_is(t, PARTICIPLE_CUES) && introduced {
            // (the subject before the first verb when the sentence does not open with it
            // plainly: "The officials have used …", "… leader, Anne Roux, voiced support")
            let before_first_verb = || {
                let verb = toks[..i]
                    .iter()
                    .position(|t| t.is_lower_word() && (t.t.ends_with("ed") || lower_is(t, AUXILIARIES)))?;
                subject_before(p, &toks, verb).map(|(sj, _)| sj)
            };
            let subj = clause_subject(p, &toks)
                .filter(|(_, verb)| *verb < i)
                .map(|(sj, _)| sj)
                .or_else(before_first_verb);
            let (cs, ce) = content_after(p, regions, &toks, i, se);
            let (cs, ce) = clip(p, cs, ce, relays);
            if wc(p, cs, ce) >= 3 {
                return Some(Indirect { cs, ce, cue: t.t.to_string(), subj, relay: None });
            }
        }
        // "Hal pertama kata dia, sesuai aturan …": "kata X," inside the sentence
        // without a comma before it; the statement is what follows
        if l == "kata" && i > 0 && toks[i - 1].is_word() {
            if let Some((sj, end)) =
                subject_forward(p, &toks, i + 1).filter(|(_, end)| toks.get(*end).is_some_and(|t| t.t == ","))
            {
                let (cs, ce) = clip(p, toks[end].e, se, relays);
                if wc(p, cs, ce) >= 3 && (sj.pronoun || sj.name.is_some()) {
                    return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
                }
            }
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
                Some((sj, i + 1))
            } else {
                subject_forward(p, &toks, i + 1)
            };
            // "Padahal, kata dia, tambahan itu …": the attribution sits inside the sentence
            // and the statement is what follows it.
            if let Some((sj, end)) = subj
                .clone()
                .filter(|(_, end)| toks[i - 1].t == "," && toks.get(*end).is_some_and(|t| t.t == ","))
            {
                let (cs, ce) = clip(p, toks[end].e, se, relays);
                if wc(p, cs, ce) >= 3 {
                    return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
                }
            }
            let subj = subj.map(|(sj, _)| sj);
            if subj.is_some() {
                let (cs, ce) = clip(p, ss, toks[i - 1].s, relays);
                if wc(p, cs, ce) >= 3 {
                    return Some(Indirect { cs, ce, cue: t.t.to_string(), subj, relay: None });
                }
            }
        }
        // (a position gives way to speech later in the sentence: "defended the closure,
        // saying it keeps the ferries safe")
        // (but not to a second statement of its own: "called it careless, but said …")
        let stance = t.is_lower_word()
            && STANCE_CUES.contains(&l.as_str())
            && !(i + 1..n).any(|x| {
                let joined = lower_is(&toks[x - 1], &["and", "but"]);
                lower_is(&toks[x], PARTICIPLE_CUES)
                    || (PRE_CUES.contains(&toks[x].lower().as_str()) && !joined)
            });
        // (a capitalised cue inside the sentence is part of a name: "Gubernur Abu Said
        // Kuukuburi"; after "untuk" it is a purpose, not speech: "untuk melanjutkan studi")
        let speech = PRE_CUES.contains(&l.as_str())
            && (t.is_lower_word() || at_start(i) || headline_case)
            && !(i > 0 && lower_is(&toks[i - 1], &["untuk", "guna"]));
        if speech || stance {
            // "Social conservatives say …", "Experts in employment law say …": a plural
            // noun phrase opening the clause, whatever its head, before a verb of saying
            let described_plural = || {
                let a = lower_is(t, &["say", "said", "argue", "believe", "think", "warn", "contend"])
                    .then(|| noun_phrase_start(&toks, i, at_start))
                    .flatten()?;
                // (or a share of people polled: "52 percent said", "six in 10 said")
                let head = &toks[i - 1];
                let plural = head.is_lower_word() && head.t.ends_with('s') && !lower_is(head, PRONOUNS);
                let share = lower_is(head, &["percent"]) || is_digits(head);
                (plural || share).then(|| (Subj { described: true, ..make_subj(p, &toks, a, i, i - a) }, a))
            };
            // "Reed urged his voters to turn out and said …", "Brook called it careless,
            // but said …": the subject of the verb the cue is joined to
            let coordinated = || coordinated_subject(p, &toks, i).map(|(sj, _)| (sj, 0));
            // "Mark Hale, a newspaper columnist, who said …": the person the relative clause
            // is about
            let relative = || {
                (i >= 3 && lower_is(&toks[i - 1], &["who"]) && toks[i - 2].t == ",")
                    .then(|| subject_before(p, &toks, i - 1))
                    .flatten()
                    .filter(|(sj, _)| sj.name.is_some() && !sj.pronoun)
            };
            if let Some((sj, at)) = relative()
                .or_else(|| subject_before(p, &toks, i))
                .or_else(described_plural)
                .or_else(coordinated)
            {
                let before_comma = at > 0 && toks[at - 1].t == ",";
                let rest_words = toks[i + 1..].iter().filter(|t| t.is_word()).count();
                // A relay right at the cue ("told Sinead Baker of Insider", "told Reuters")
                // says to whom, not what: look past it.
                let past_relay = relays
                    .iter()
                    .filter(|(rs, _, _)| *rs == t.s || toks.get(i + 1).is_some_and(|x| *rs == x.s))
                    .map(|r| r.1)
                    .max()
                    .map(|re| toks.iter().position(|x| x.s >= re).unwrap_or(n));
                let after_cue = past_relay.unwrap_or(i + 1);
                let rest_words_past = toks[after_cue.min(n)..].iter().filter(|t| t.is_word()).count();
                // What follows the cue is a time or place ("on Tuesday", "kepada wartawan"),
                // not a clause of its own ("Hale said it had done the reverse").
                // "told Senator John Smith of Texas": to whom, not what
                let addressee = lower_is(t, &["told", "tells"])
                    && rest_words <= 6
                    && toks[i + 1..]
                        .iter()
                        .filter(|x| x.is_word())
                        .all(|x| x.is_cap() || lower_is(x, CONNECT));
                // (a quotation right after the cue is what was said: "a man yelled “Stay
                // there!”")
                let quoted_rest = toks.get(i + 1).is_some_and(|t| matches!(t.t, "“" | "\"" | "‘" | "«"));
                let rest_adverbial = !quoted_rest
                    && (rest_words <= 2
                        || addressee
                        || (past_relay.is_some() && rest_words_past <= 2)
                        || toks
                            .get(after_cue)
                            .is_some_and(|t| !t.is_word() || lower_is(t, TRAILING_ADVERBIALS)));
                // "Owning the port, Mr. Hale said, would drive …": the attribution
                // sits inside the statement, which is the whole sentence around it.
                let parenthetical = before_comma
                    && POST_CUES_EN.contains(&l.as_str())
                    && toks.get(i + 1).is_some_and(|t| t.t == ",")
                    && wc(p, ss, toks[at - 1].s) >= 2
                    && rest_words >= 2;
                if parenthetical {
                    let (cs, ce) = clip(p, ss, se, relays);
                    return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
                }
                // (not when what precedes is the speaker's role: "Kepala Dinas Pendidikan Kota
                // Semarang , Bambang mengungkapkan , …")
                if before_comma
                    && wc(p, ss, toks[at - 1].s) >= 3
                    && rest_words <= 8
                    && rest_adverbial
                    && !lower_is(&toks[at], &["who", "yang"])
                    && !(lower_is(&toks[0], ROLE_HEADS) && reads_as_apposition(&toks[..at - 1]))
                {
                    // "…, X said (on Tuesday)."
                    let (cs, ce) = clip(p, ss, toks[at - 1].s, relays);
                    if wc(p, cs, ce) >= 3 {
                        return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
                    }
                }
                // the subject must start its clause
                let clause_start = at == 0
                    || at_start(at)
                    || is_punct(&toks[at - 1], &[",", ";", ":", "—", "(", ")", "”", "\""])
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
                // "half of primary voters said", "The former mayor and state senator
                // said": a whole noun phrase opens the clause, and is the speaker
                let phrase_start =
                    if clause_start || sj.pronoun { None } else { noun_phrase_start(&toks, at, at_start) };
                let sj = match phrase_start {
                    Some(a) => Subj { mention: p[toks[a].s..toks[i - 1].e].to_string(), ..sj },
                    None => sj,
                };
                if clause_start || sj.name.is_some() || phrase_start.is_some() {
                    let (cs, ce) = content_after(p, regions, &toks, i, se);
                    let (cs, ce) = clip(p, cs, ce, relays);
                    // where or how, not what: "reported from Washington", "responded with
                    // logic", "found himself in …"
                    const MAX_PLACE_WORDS: usize = 4;
                    let content = tokens(p, cs, ce);
                    let circumstance = content.first().is_some_and(|t| {
                        lower_is(t, &["himself", "herself", "themselves", "itself"])
                            || (lower_is(t, &["from", "with", "under", "in", "on", "at", "to", "for"])
                                && wc(p, cs, ce) <= MAX_PLACE_WORDS)
                    });
                    if wc(p, cs, ce) >= 2 && !circumstance {
                        return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
                    }
                }
            } else if i > 0 && is_punct(&toks[i - 1], &[",", "”", "\""]) && POST_CUES_EN.contains(&l.as_str())
            {
                // "…, said Lavrov." (not "…, said he had made calls" nor "…, says Cruz will
                // win": a clause follows)
                let inverted = subject_forward(p, &toks, i + 1).filter(|(sj, end)| {
                    let rest = toks[*end..].iter().filter(|t| t.is_word()).count();
                    // "…, said the visa program has sent …": the phrase goes on past the name
                    let clause_follows = toks.get(*end).is_some_and(|t| {
                        lower_is(t, AUXILIARIES)
                            || (t.is_lower_word()
                                && !lower_is(t, FWD_STOP)
                                && !lower_is(t, TRAILING_ADVERBIALS))
                    });
                    (!sj.pronoun && !clause_follows)
                        || rest == 0
                        || toks.get(*end).is_some_and(|t| !t.is_word())
                });
                if let Some((sj, _)) = inverted {
                    let (cs, ce) = clip(p, ss, toks[i - 1].s, relays);
                    if wc(p, cs, ce) >= 3 {
                        return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None });
                    }
                }
            }
        }
    }
    // hearsay without a speaker
    let hedge = toks.iter().find(|t| !in_q(t) && lower_is(t, HEDGE_WORDS));
    // Speaking to a medium ("kepada Budi dari Harian Sore") is no report by itself.
    if hedge.is_some() || relays.iter().any(|r| !told_relay(&r.2)) {
        let (cs, ce) = clip(p, ss, se, relays);
        if wc(p, cs, ce) >= 3 {
            let cue = hedge
                .map(|h| h.t.to_string())
                .or_else(|| relays.last().map(|r| r.2.cue.clone()))
                .unwrap_or_default();
            return Some(Indirect { cs, ce, cue, subj: None, relay: None });
        }
    }
    None
}

/// The speaker a subject stands for: its name; a pronoun's antecedent (`last_named`); a
/// medium pointed back to ("kata media tersebut") resolved to the medium the previous
/// sentence named as its subject (`prev_medium`); otherwise the description itself
/// ("seorang pakar militer", "sumber Korut") when it says who spoke without a name.
fn resolve(
    p: &str,
    subj: &Option<Subj>,
    last_named: &Option<String>,
    prev_medium: Option<&str>,
) -> Option<String> {
    let sj = subj.as_ref()?;
    if sj.pronoun {
        let l = sj.mention.to_lowercase();
        if PERSON_PRONOUNS.contains(&l.as_str()) {
            return last_named.clone();
        }
        return None;
    }
    if media_anaphor(p, sj) {
        return prev_medium.map(String::from);
    }
    sj.name.clone().or_else(|| describes_speaker(p, sj).then(|| sj.mention.trim().to_string()))
}

/// Whether a subject names a medium: a known one ("Reuters"), one the article has already
/// introduced as a medium (`media`), or one described as such ("outlet media Korea Selatan
/// Daily NK", "harian Kompas").
/// A subject with a name and no person's title that reports (`cue` "melaporkan",
/// "reported", "wrote") is a medium too: "Daily NK reported that …".
fn medium_name(sj: &Subj, media: &[String], cue: Option<&str>) -> Option<String> {
    let name = sj.name.as_ref()?;
    let role_words = |r: &str| tokens(r, 0, r.len()).iter().map(|t| t.lower()).collect::<Vec<_>>();
    let role = sj.role.as_deref().map(role_words).unwrap_or_default();
    let described = role.iter().any(|w| MEDIA_HEADS.contains(&w.as_str()));
    let person = role.iter().any(|w| ROLE_HEADS.contains(&w.as_str()) && !MEDIA_HEADS.contains(&w.as_str()));
    let reports = cue.is_some_and(|c| MEDIA_CUES.contains(&c.to_lowercase().as_str())) && !person;
    (is_medium(name) || described || reports || media.iter().any(|m| m.eq_ignore_ascii_case(name)))
        .then(|| name.clone())
}

/// A person a sentence introduces without quoting them, whom the next sentence's "ia" means:
/// a full name closing it after a comma ("Apresiasi pun datang dari tokoh adat
/// setempat, Ratna Sari Dewi.") or opening it before "seorang" ("Bayu, seorang penonton
/// dari Sukamaju, juga menyampaikan kekagumannya.").
fn introduced_name(p: &str, ss: usize, se: usize) -> Option<String> {
    let toks = tokens(p, ss, se);
    let words = toks.iter().rposition(|t| t.is_word())?;
    let closing = {
        let start = toks[..=words].iter().rposition(|t| !t.is_cap() && t.t != ".")? + 1;
        (start >= 1 && toks[start - 1].t == ",")
            .then(|| make_subj(p, &toks, start, words + 1, 0))
            .filter(full_name)
    };
    // (after an opener: "Tidak hanya itu, Bayu, seorang penonton, …")
    const OPENER_WORDS: usize = 4;
    let opening = || {
        (0..toks.len().min(OPENER_WORDS + 2)).filter(|&k| k == 0 || toks[k - 1].t == ",").find_map(|k| {
            let (sj, end) = subject_forward(p, &toks, k)?;
            let introduced = toks.get(end).is_some_and(|t| t.t == ",")
                && toks.get(end + 1).is_some_and(|t| lower_is(t, PERSON_DETERMINERS));
            (introduced && sj.name.is_some() && !sj.pronoun).then_some(sj)
        })
    };
    closing.or_else(opening).and_then(|sj| sj.name)
}

/// A person named with a title in `p[ss..se]` ("Wali Kota Andi Pratama"), for resolving later
/// pronouns.
fn titled_name(p: &str, ss: usize, se: usize) -> Option<String> {
    let toks = tokens(p, ss, se);
    let h = toks.iter().position(|t| t.is_cap() && lower_is(t, ROLE_HEADS) && !lower_is(t, MEDIA_HEADS))?;
    let mut k = h;
    while k < toks.len() && (toks[k].is_cap() || (toks[k].t == "." && k > h && is_abbr_tok(&toks[k - 1]))) {
        k += 1;
    }
    (k > h + 1).then(|| make_subj(p, &toks, h, k, 0).name).flatten()
}

/// Records what a sentence says of media: a subject that names a medium (or a medium
/// pointed back to and resolved) becomes known as one, and is the previous sentence's medium
/// for the next sentence; a citing medium (`relay`) likewise.
fn note_medium(
    p: &str,
    found: (&Option<Subj>, Option<&str>, Option<&str>),
    relay: Option<&Relay>,
    relays: &[(usize, usize, Relay)],
    media: &mut Vec<String>,
    medium_subject: &mut Option<(usize, String)>,
    sentence_no: usize,
) {
    let (subj, speaker, cue) = found;
    let named = match (relay, subj) {
        (Some(r), _) => Some(r.medium.clone()),
        (None, Some(sj)) if media_anaphor(p, sj) => speaker.map(String::from),
        (None, Some(sj)) => medium_name(sj, media, cue),
        _ => None,
    }
    // "…, kata Korotchenko, menurut New York Post. …, kata surat kabar itu": the medium
    // written last in the sentence
    .or_else(|| relays.iter().max_by_key(|r| r.0).map(|r| r.2.medium.clone()));
    if let Some(m) = named {
        if !media.contains(&m) {
            media.push(m.clone());
        }
        *medium_subject = Some((sentence_no, m));
    }
}
fn analyze(paras: &[&str], outlet: Option<&str>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut last_named: Option<String> = None;
    // Media the article has named so far, and the medium that was the subject of the
    // previous sentence (its sentence number), for "kata media tersebut".
    let mut media: Vec<String> = Vec::new();
    let mut medium_subject: Option<(usize, String)> = None;
    let mut sentence_no = 0usize;
    // index in `out` of a direct quote left open at the end of the previous paragraph
    let mut open_chain: Option<usize> = None;
    // index in `out` of the last direct quote and the sentence it ends in
    let mut last_direct_sentence: Option<(usize, usize)> = None;
    // a sentence that is the attribution of the quote before it, and nothing more
    let mut attribution_sentence: Option<usize> = None;
    // index in `out` of the last attributed statement and the sentence it ends in
    let mut last_attributed_sentence: Option<(usize, usize)> = None;
    for (pi, p) in paras.iter().enumerate() {
        let regions = quote_regions(p);
        let chain_in = open_chain.take();
        let mut last_direct_speaker: Option<(usize, Option<String>, Option<Subj>)> = None;
        let sents = sentences(p, &regions);
        for (si, &(ss, se)) in sents.iter().enumerate() {
            sentence_no += 1;
            if attribution_sentence.take() == Some(sentence_no) {
                continue;
            }
            let prev_medium =
                medium_subject.as_ref().filter(|(n, _)| *n + 1 == sentence_no).map(|(_, m)| m.clone());
            let relays = find_relays(p, ss, se, outlet);
            for (_, _, r) in &relays {
                if !media.contains(&r.medium) {
                    media.push(r.medium.clone());
                }
            }
            let hedged =
                tokens(p, ss, se).iter().any(|t| lower_is(t, &["reportedly", "kabarnya", "dikabarkan"]));
            let rs: Vec<Region> = regions.iter().copied().filter(|r| r.open >= ss && r.open < se).collect();
            let mut got = false;
            let mut prev_end = ss;
            let mut woven_end = 0;
            for (k, r) in rs.iter().enumerate() {
                let next_start = rs.get(k + 1).map(|x| x.open).unwrap_or(se).max(r.close);
                let inner_words = wc(p, r.inner_start, r.inner_end);
                let outside = wc(p, ss, r.open) + wc(p, r.close, se);
                let standalone = outside <= 1 && inner_words >= 3;
                // a short utterance with its own punctuation and attribution: “No,” he replied
                let punctuated =
                    inner_words >= 1 && p[r.inner_start..r.inner_end].trim_end().ends_with([',', '!', '?']);
                let read = inner_words >= 3 || standalone || punctuated;
                if is_quoted_title(p, ss, r) {
                    prev_end = r.close;
                    continue;
                }
                // whether the attribution is the next sentence (the quote's statement goes on
                // after it: “…?” Reed asked. “Neither do I.”)
                let mut attributed_after = false;
                let own_attr = if read {
                    trailing(p, r.close, next_start).or_else(|| {
                        // “…?” Mayor Ellen Brook asks. — a short next sentence that is the
                        // attribution alone
                        const MAX_ATTRIBUTION_WORDS: usize = 20;
                        let &(ns, ne) = sents.get(si + 1)?;
                        let alone = k + 1 == rs.len()
                            && r.close >= se
                            && wc(p, ns, ne) <= MAX_ATTRIBUTION_WORDS
                            && !regions.iter().any(|x| x.open >= ns && x.open < ne);
                        let attr = alone.then(|| trailing(p, r.close, ne)).flatten();
                        attributed_after = attr.is_some();
                        attr
                    })
                } else {
                    None
                };
                // a short utterance the sentence ends with, handed over by its attribution:
                // he said, “We’ll see.”
                let introduced = || {
                    k + 1 == rs.len()
                        && inner_words >= 1
                        && wc(p, r.close, se) == 0
                        && p[prev_end..r.open].trim_end().ends_with([',', ':'])
                        && leading(p, prev_end, r.open).is_some()
                };
                let kept =
                    inner_words >= 3 || standalone || (punctuated && own_attr.is_some()) || introduced();
                if !kept {
                    prev_end = r.close;
                    continue;
                }
                let attr = own_attr.clone().or_else(|| leading(p, prev_end, r.open));
                let before = prev_end;
                prev_end = r.close;
                if r.open < woven_end {
                    continue; // inside a statement already taken whole
                }
                let (cs, ce) = trim_span(p, r.inner_start, r.inner_end);
                if cs >= ce {
                    continue;
                }
                // a quote in the next sentence goes on only if it opens that sentence: after
                // `“A,” Reid said Tuesday. Reflecting on …, the leader said, “B.”` B is new
                let opens_sentence = || {
                    let lead = p[ss..r.open].trim();
                    lead.is_empty() || OPENING_CONJUNCTIONS.contains(&lead)
                };
                let goes_on = last_direct_sentence.is_some_and(|(at, n)| {
                    at + 1 == out.len() && (n >= sentence_no || (n + 1 == sentence_no && opens_sentence()))
                });
                if own_attr.is_none() && goes_on {
                    let last = out.len().wrapping_sub(1);
                    if let Some(f) = out.last_mut().filter(|f| interrupts(p, pi, f, cs, attr.as_ref())) {
                        last_direct_sentence = Some((last, sentence_no));
                        f.cuts.push((f.e, cs));
                        f.e = ce;
                        f.open = !r.closed;
                        if f.open {
                            open_chain = Some(out.len() - 1);
                        }
                        got = true;
                        continue;
                    }
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
                                f.speaker = resolve(p, &a.subj, &last_named, prev_medium.as_deref());
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
                let attr_found = attr.is_some();
                let (subj, cue, speaker) = match attr {
                    Some(a) => {
                        let sp = resolve(p, &a.subj, &last_named, prev_medium.as_deref());
                        (a.subj, Some(a.cue), sp)
                    }
                    // a bare quote right after an attributed statement goes on with it, as the
                    // reporter's own words hand over to the speaker's (`People should show
                    // their proof, he told reporters. “This is deeply reckless.”`) or a
                    // speaker's quote runs on into the next paragraph
                    None if standalone
                        && r.closed
                        && outside == 0
                        && !p[r.inner_start..r.inner_end].trim_end().ends_with(',')
                        && last_attributed_sentence
                            .is_some_and(|(at, n)| at + 1 == out.len() && n + 1 == sentence_no) =>
                    {
                        let f = out.last_mut().expect("the reported statement");
                        let announces =
                            |q: &str| q[..f.e].trim_end().ends_with(':') || q[f.e..].trim() == ":";
                        if !f.direct && announces(paras[f.end_para]) {
                            // what came before only announced the quote ("The Times confirmed
                            // it, reporting:"): the quote is the statement, in its own words
                            (f.para, f.end_para, f.s, f.e, f.direct) = (pi, pi, cs, ce, true);
                            f.cuts.clear();
                        } else {
                            f.end_para = pi;
                            f.e = r.close;
                        }
                        last_attributed_sentence = Some((out.len() - 1, sentence_no));
                        got = true;
                        continue;
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
                    // introduced by a colon ("The letter continues: “…”"): a quote, its
                    // speaker unknown
                    None if p[before..r.open].trim_end().ends_with(':') && inner_words >= 3 => {
                        (None, None, None)
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
                let woven = attr_found
                    .then(|| woven_span(p, (ss, se), before, r, own_attr.is_some(), cue.as_deref()));
                let (cs, ce, direct) = match woven.flatten() {
                    Some((ws, we)) => {
                        woven_end = we;
                        (ws, we, false)
                    }
                    None => (cs, ce, true),
                };
                note_medium(
                    p,
                    (&subj, speaker.as_deref(), cue.as_deref()),
                    None,
                    &relays,
                    &mut media,
                    &mut medium_subject,
                    sentence_no,
                );
                last_direct_speaker = Some((pi, speaker.clone(), subj.clone()));
                last_direct_sentence = Some((out.len(), sentence_no + usize::from(attributed_after)));
                if attr_found {
                    last_attributed_sentence = Some((out.len(), sentence_no + usize::from(attributed_after)));
                }
                attribution_sentence = attributed_after.then_some(sentence_no + 1);
                out.push(Found {
                    para: pi,
                    s: cs,
                    end_para: pi,
                    e: ce,
                    direct,
                    subj,
                    para_of_subj: pi,
                    speaker,
                    cue,
                    certainty,
                    venue,
                    via: relays.iter().map(|r| r.2.clone()).collect(),
                    open: !r.closed,
                    cuts: Vec::new(),
                });
                if !r.closed {
                    open_chain = Some(out.len() - 1);
                }
                got = true;
            }
            if got {
                // “…,” he said, adding that …: the speaker's next statement, reported
                let after_quotes = rs.iter().map(|r| r.close).max().unwrap_or(ss);
                let statement = out
                    .last()
                    .filter(|f| f.para == pi && f.e <= after_quotes && f.cue.is_some())
                    .and_then(|last| {
                        let (cs, ce, cue) = participle_statement(p, &regions, after_quotes, se)?;
                        let certainty = if hedged { Certainty::Hedged } else { certainty_of(&cue) };
                        Some(Found {
                            s: cs,
                            e: ce,
                            direct: false,
                            cue: Some(cue),
                            certainty,
                            venue: find_venue(p, ss, se, (cs, ce)),
                            open: false,
                            cuts: Vec::new(),
                            ..last.clone()
                        })
                    });
                if let Some(statement) = statement {
                    last_attributed_sentence = Some((out.len(), sentence_no));
                    out.push(statement);
                }
                continue;
            }
            let found = statements_in(p, ss, se, &regions, &relays, &media);
            if found.is_empty() {
                if let Some(n) = titled_name(p, ss, se).or_else(|| introduced_name(p, ss, se)) {
                    last_named = Some(n);
                }
            }
            for ind in found {
                let speaker = resolve(p, &ind.subj, &last_named, prev_medium.as_deref());
                note_medium(
                    p,
                    (&ind.subj, speaker.as_deref(), Some(ind.cue.as_str())),
                    ind.relay.as_ref(),
                    &relays,
                    &mut media,
                    &mut medium_subject,
                    sentence_no,
                );
                // A relay inside the speaker's own words ("Mengutip Yonhap, Reuters …" makes
                // Yonhap the speaker) is not a hop of its own.
                let mut via: Vec<Relay> = ind.relay.iter().cloned().collect();
                for (rs, re, r) in &relays {
                    let in_speaker = ind.subj.as_ref().is_some_and(|sj| *rs < sj.e && sj.s < *re);
                    if !in_speaker && !via.iter().any(|v| v.medium == r.medium) {
                        via.push(r.clone());
                    }
                }
                if let Some(sp) = ind.subj.as_ref().filter(|s| !s.pronoun).and_then(|s| s.name.clone()) {
                    last_named = Some(sp);
                }
                let certainty = if hedged { Certainty::Hedged } else { certainty_of(&ind.cue) };
                let venue = find_venue(p, ss, se, (ind.cs, ind.ce));
                // The tail of a quote whose opening mark lies sentences back ("… Jadi, gaji
                // bersih makin menciut,” kata Said.) is a direct quote.
                let tail = ind.ce < se
                    && p[ind.ce..se].trim_start_matches([' ', ',', '.', '!', '?']).starts_with(['”', '"']);
                // So is a statement that is one quotation whole ("…, telling reporters, “…”").
                let whole = regions.iter().find(|r| {
                    r.closed
                        && r.open <= ind.cs
                        && ind.ce <= r.close
                        && !p[r.open..ind.cs].contains(char::is_alphanumeric)
                        && !p[ind.ce..r.close].contains(char::is_alphanumeric)
                });
                let direct = tail || whole.is_some();
                // (a direct quote is its words, without the marks)
                let (s, e) = match whole {
                    Some(r) => trim_span(p, r.inner_start, r.inner_end),
                    None if tail => (
                        ind.cs + p[ind.cs..].find(|c: char| !matches!(c, '“' | '”' | '"' | ' ')).unwrap_or(0),
                        ind.ce,
                    ),
                    None => (ind.cs, ind.ce),
                };
                last_attributed_sentence = Some((out.len(), sentence_no));
                out.push(Found {
                    para: pi,
                    s: s.min(e),
                    end_para: pi,
                    e,
                    direct,
                    subj: ind.subj,
                    para_of_subj: pi,
                    speaker,
                    cue: (!ind.cue.is_empty()).then_some(ind.cue),
                    certainty,
                    venue,
                    via,
                    open: false,
                    cuts: Vec::new(),
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
            vec![Relay {
                medium: "The Independent".into(),
                cue: "sebagaimana dilansir".into(),
                reporter: None
            }]
        );
    }
}
