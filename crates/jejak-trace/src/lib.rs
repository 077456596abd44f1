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
//! * a citing medium: `Mengutip S, M membeberkan bahwa …`, `…, M reported, citing S` (S
//!   speaks, M relays; see `citing_clause` and `indirect::cited_source`);
//! * back-references naming the speaker of the sentence before: `Klaim tersebut
//!   disampaikan X`, `Hal ini dikonfirmasi X, menambahkan bahwa …`, `This was confirmed by X`.
//!
//! Pronoun speakers (`ia`, `he`, `-nya`) resolve to the most recent named speaker; a medium
//! pointed back to (`kata media tersebut`, `the outlet said`) to the medium the previous
//! sentence named. A speaker described without a name (`seorang pakar militer`, `sumber
//! Korut`, `officials`) is kept as written. A statement made to a reporter (`kepada Sinead
//! Baker dari Insider`, `told Reuters`) has that medium as its first relay, with the
//! reporter's name when given.
//!
//! Code map: `analyze` walks the sentences and asks, in turn, `direct` (attribution
//! around a quotation), `indirect` (reported statements without quotation marks) and
//! `speaker` (the subject phrase next to a cue, and whom it stands for); `relay` adds the
//! media a statement passed through, its venue, and the back-references that name a
//! speaker after the fact. `text` splits a paragraph into quoted regions, sentences and
//! tokens; `words` and `lexicon` hold the token tests and word lists every rule reads.

mod antecedents;
mod direct;
mod indirect;
mod lexicon;
mod relay;
mod speaker;
mod text;
mod words;

use antecedents::Antecedents;
use jejak_model::{Article, Certainty, Quote, Relay, Span};
use lexicon::*;
use text::{after_that, quote_regions, sentences, tokens, trim_span, Region};

use direct::{
    announcer, bracketed_source, interrupts, is_quoted_title, leading, only_opens_sentence, signature,
    trailing, voices, voicing_cue, woven_span,
};
use indirect::{participle_statement, statements_in};
use relay::{apply_back_references, find_relays, find_venue, note_medium, relay_anonymous_sources};
use speaker::{
    described_antecedent, introduced_name, person_names, resolve, role_shown, sentence_subject, subject_name,
    titled_name,
};
use words::{is_cue_word, is_discourse, is_past_form, lower_is, wc};

pub use relay::CONTEXT_CUE;

/// The person a sentence opens with, named, when not `speaker` (who may share a surname
/// with a relative: "Tom Reed said. Ann Reed frowned.").
fn other_actor(p: &str, toks: &[text::Tok], speaker: Option<&str>) -> Option<String> {
    let name = speaker::clause_subject(p, toks).and_then(|(sj, _)| sj.name)?;
    speaker.is_none_or(|sp| !antecedents::same_person(&name, sp)).then_some(name)
}

/// Every quote and reported statement in an article.
pub fn quotes(article: &Article) -> Vec<Quote> {
    let paras: Vec<&str> = article.body.iter().map(String::as_str).collect();
    statements(&paras, article.outlet.as_deref())
        .into_iter()
        .map(|f| f.into_quote(&article.id, &paras))
        .collect()
}

/// Every statement of an article's paragraphs, with what back-references and relayed
/// sources add to them.
fn statements(paras: &[&str], outlet: Option<&str>) -> Vec<Found> {
    let mut found = analyze(paras, outlet);
    apply_back_references(paras, outlet, &mut found);
    relay_anonymous_sources(&mut found);
    found
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
/// that text, found as [`quotes`] finds them (back-references and relayed sources included).
/// `lang` ("id", "en") is informational: both rule sets run on every text.
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
    statements(&paras, None)
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

/// The attribution of a paragraph that ends in a colon, announcing the quotation that opens
/// paragraph `pi` ("The Herald reports:", "According to the Herald:"), with that paragraph.
fn announced_before<'p>(paras: &[&'p str], pi: usize) -> Option<(&'p str, Attr)> {
    let prev = *paras.get(pi.checked_sub(1)?)?;
    let end = prev.trim_end().len();
    if !prev[..end].ends_with(':') {
        return None;
    }
    let regions = quote_regions(prev);
    let &(ps, _) = sentences(prev, &regions).last()?;
    // (a paragraph that holds a quotation of its own ends with it, not with an announcement;
    // a label announces no speaker: "Transcript of the hearing:")
    // (a label opens the line: "A:", "Transcript of the hearing:", not "…a harbour master
    // needs:")
    let labelled = tokens(prev, ps, end)
        .iter()
        .find(|t| t.is_word())
        .is_some_and(|t| lower_is(t, lexicon::HEADLINE_LABELS));
    if labelled || regions.iter().any(|r| r.open >= ps) {
        return None;
    }
    leading(prev, ps, end).filter(|a| a.subj.is_some()).map(|a| (prev, a))
}

/// Whether a statement found beside a sentence's quotes reads as a clause of its own: after
/// its speaker, four words or more (not "In a statement, Reed said:", "told the Herald").
fn clause_after_speaker(p: &str, ind: &Indirect) -> bool {
    const MIN_WORDS: usize = 4;
    ind.subj.as_ref().is_some_and(|sj| ind.cs >= sj.e) && wc(p, ind.cs, ind.ce) >= MIN_WORDS
}

/// Where the words of a statement woven from a sentence's opening phrase and a quote start,
/// when the quote opens with a subject pronoun of its own, a whole clause of the speaker's
/// (`Now that the toll has passed, “we will lose the night crossing,” Porter said`).
fn woven_quote(p: &str, regions: &[Region], f: &Found) -> Option<usize> {
    const SUBJECTS: &[&str] =
        &["i", "you", "he", "she", "it", "we", "they", "my", "your", "his", "her", "its", "our", "their"];
    if f.direct {
        return None;
    }
    let q = regions.iter().find(|x| x.open >= f.s && x.open < f.e)?;
    let first = p[q.inner_start..q.inner_end]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())?
        .to_lowercase();
    let after_phrase = p[f.s..q.open].trim_end().ends_with(',');
    (after_phrase && SUBJECTS.contains(&first.as_str())).then_some(q.inner_start)
}

/// Whether a quotation opening at `open` is listed after the quote `f` of the same sentence
/// (from `ss`), joined by "and" or "or" alone: one statement, `chanting “A” and “B”`.
fn listed_after(p: &str, f: &Found, ss: usize, open: usize) -> bool {
    let Some(gap) = p.get(f.e..open).filter(|_| f.s >= ss && f.end_para == f.para) else { return false };
    let mark = |c: char| matches!(c, '“' | '”' | '"' | '\'' | '‘' | '’' | ',');
    let words: Vec<&str> =
        gap.split(|c: char| c.is_whitespace() || mark(c)).filter(|w| !w.is_empty()).collect();
    matches!(words.as_slice(), ["and" | "or" | "dan" | "atau"])
}

/// Notes a subject's name as one a later "he" or "she" may point back to, with the words
/// around it that may show the person's sex ("Ms.", "spokeswoman").
fn note_person(named: &mut Antecedents, subj: &Subj) {
    if let Some(name) = person_named(subj) {
        let around = format!("{} {}", subj.mention, subj.role.as_deref().unwrap_or(""));
        named.note(name, Some(&around), subj.role.as_deref());
    }
}

/// The name of a subject a later "he" or "she" may point back to: not a medium, nor a body
/// named with its article ("the New York Post reported", "the White House said").
fn person_named(subj: &Subj) -> Option<String> {
    let name = subj.name.as_ref().filter(|_| !subj.pronoun)?;
    let body = subj.mention.starts_with("the ") || subj.mention.starts_with("The ");
    (!body && names_a_person(name)).then(|| name.clone())
}

/// Whether a name may be a person's: not a medium, a region ("Provinsi Riau"), a place or an
/// organisation ("Dinas Perhubungan", "Pemkab Sukamaju", "KPAI").
fn names_a_person(name: &str) -> bool {
    const MIN_ACRONYM: usize = 4;
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    // (or a building or compound: "Kompleks Istana Kepresidenan", "Gedung Sate")
    const PLACE_HEADS: &[&str] =
        &["kompleks", "istana", "gedung", "kantor", "jalan", "jl", "pasar", "bandara"];
    let region = REGION_KINDS.contains(&first.as_str()) || PLACE_HEADS.contains(&first.as_str());
    let organisation = ORG_HEADS.contains(&first.as_str())
        || NOT_MEDIA_HEADS.contains(&first.as_str())
        || GOVERNMENT_BODIES.iter().any(|b| first.starts_with(b))
        || (!name.contains(' ')
            && name.chars().count() >= MIN_ACRONYM
            && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()));
    !region && !organisation && !lexicon::is_medium(name)
}

impl Found {
    /// A statement reported in sentence `sentence` of this statement's paragraph by the same
    /// speaker, with a cue of its own: "Porter said A: “…”", "“…,” she said, adding that B".
    fn reported(
        &self,
        p: &str,
        sentence: (usize, usize),
        (s, e): (usize, usize),
        cue: String,
        hedged: bool,
    ) -> Found {
        let certainty = if hedged { Certainty::Hedged } else { certainty_of(&cue) };
        Found {
            s,
            e,
            direct: false,
            cue: Some(cue),
            certainty,
            venue: find_venue(p, sentence.0, sentence.1, (s, e)),
            open: false,
            cuts: Vec::new(),
            ..self.clone()
        }
    }

    fn into_quote(self, article_id: &str, paras: &[&str]) -> Quote {
        let p = paras[self.para];
        let first_end = if self.end_para == self.para { self.e } else { p.len() };
        let mut text = String::new();
        let mut from = self.s;
        for &(cut_start, cut_end) in &self.cuts {
            text.push_str(p[from..cut_start].trim_end_matches([',', ' ']));
            // (a cut to the paragraph's end leaves the paragraph break to mark it)
            if cut_end < first_end {
                text.push_str(" … ");
            }
            from = cut_end.min(first_end);
        }
        text.push_str(&p[from..first_end]);
        for (k, q) in paras.iter().enumerate().take(self.end_para + 1).skip(self.para + 1) {
            let e = if k == self.end_para { self.e } else { q.len() };
            let piece = q[..e].trim_start_matches(['“', '"', '‘', ' ']);
            text.push_str("\n\n");
            text.push_str(piece);
        }
        let text = text.trim_end_matches(['”', '"', '’']).trim().to_string();
        let speaker_role =
            self.subj.as_ref().and_then(|s| role_shown(paras[self.para_of_subj], s, self.speaker.as_deref()));
        Quote {
            article_id: article_id.to_string(),
            paragraph: self.para,
            span: Span { start: self.s, end: first_end },
            text,
            direct: self.direct,
            speaker: self.speaker,
            speaker_role,
            cue: self.cue,
            certainty: self.certainty,
            venue: self.venue,
            via: self.via,
        }
    }
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

/// Every statement in the paragraphs, in text order: per sentence, direct quotes with their
/// attribution first, then reported statements in what the quotes leave; pronouns resolved
/// to the speaker last named and media to the medium last named.
fn analyze(paras: &[&str], outlet: Option<&str>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut named = Antecedents::default();
    // the last speaker known only by a description, for "laporan tersebut", "the report"
    let mut last_described: Option<String> = None;
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
    // (the regions of every paragraph, read again after the walk)
    let regions_by_para: Vec<Vec<Region>> = paras.iter().map(|p| quote_regions(p)).collect();
    for (pi, p) in paras.iter().enumerate() {
        // "— Ann Porter" alone in a paragraph signs the quote above it
        let unsigned = out.last_mut().filter(|f| f.direct && f.speaker.is_none() && f.end_para + 1 == pi);
        if let Some((f, a)) = unsigned.zip(signature(p)) {
            f.speaker = a.subj.as_ref().and_then(|sj| sj.name.clone());
            f.subj = a.subj;
            f.cue = Some(a.cue);
            f.para_of_subj = pi;
            sentence_no += 1;
            continue;
        }
        let regions = &regions_by_para[pi];
        let chain_in = open_chain.take();
        let mut last_direct_speaker: Option<(usize, Option<String>, Option<Subj>)> = None;
        let sents = sentences(p, regions);
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
            let first_of_sentence = out.len();
            let mut prev_end = ss;
            let mut woven_end = 0;
            // (the end of a short quotation inside the attribution of the quote before it)
            let mut quoted_in_attribution = 0;
            for (k, r) in rs.iter().enumerate() {
                if r.open < quoted_in_attribution {
                    prev_end = r.close;
                    continue;
                }
                let next_start = rs.get(k + 1).map(|x| x.open).unwrap_or(se).max(r.close);
                let inner_words = wc(p, r.inner_start, r.inner_end);
                let outside = wc(p, ss, r.open) + wc(p, r.close, se);
                let standalone = outside <= 1 && inner_words >= 3;
                // a short utterance with its own punctuation and attribution: “No,” he replied
                let punctuated =
                    inner_words >= 1 && p[r.inner_start..r.inner_end].trim_end().ends_with([',', '!', '?']);
                let read = inner_words >= 3 || standalone || punctuated;
                // (title-case words chanted are no title: `chants of “Tom! Tom! Tom!”`)
                if is_quoted_title(p, ss, r) && voicing_cue(p, prev_end, r.open).is_none() {
                    prev_end = r.close;
                    continue;
                }
                // whether the attribution is the next sentence (the quote's statement goes on
                // after it: “…?” Reed asked. “Neither do I.”)
                let mut attributed_after = false;
                // (an attribution that announces the next quote with a colon is that quote's,
                // not a fragment's before it: `Turning to the plan “for the north shore,”
                // Porter warned: “…”`)
                let fragment = p[r.inner_start..r.inner_end].trim_start().starts_with(char::is_lowercase)
                    && p[ss..r.open].contains(char::is_alphanumeric);
                let announces_next = k + 1 < rs.len() && p[r.close..next_start].trim_end().ends_with(':');
                let own_attr = if read && !(fragment && announces_next) {
                    // (the attribution may hold a few quoted words of its own: `“…,” Reed,
                    // holding a “Save the Quay” leaflet, said`, `argued the writers of the “Harbour
                    // Plan,”`)
                    let quoted_in_it = || {
                        const MAX_INNER_WORDS: usize = 4;
                        let inner = rs.get(k + 1).filter(|x| {
                            x.closed
                                && x.close <= se
                                && wc(p, x.inner_start, x.inner_end) <= MAX_INNER_WORDS
                                && p[r.close..x.open].trim_end().ends_with(char::is_alphanumeric)
                        })?;
                        let to = rs.get(k + 2).map(|x| x.open).unwrap_or(se).max(inner.close);
                        let a = trailing(p, r.close, to)?;
                        let cue_after = tokens(p, inner.close, to).iter().any(|t| t.t == a.cue);
                        let speaker_around = a.subj.as_ref().is_some_and(|sj| sj.e > inner.open);
                        (cue_after || speaker_around).then_some((a, inner.close))
                    };
                    quoted_in_it()
                        .map(|(a, inner_end)| {
                            quoted_in_attribution = inner_end;
                            a
                        })
                        .or_else(|| trailing(p, r.close, next_start))
                        .or_else(|| {
                            // “…?” Mayor Ellen Brook asks. — a short next sentence that is the
                            // attribution alone (after a question or exclamation, a word or two in
                            // quotation marks may be part of it: `…?” Dunn snapped, with a rude
                            // word for “ferry.”`)
                            const MAX_ATTRIBUTION_WORDS: usize = 20;
                            const MAX_QUOTED_WORDS: usize = 2;
                            let &(ns, ne) = sents.get(si + 1)?;
                            let asked = p[r.inner_start..r.inner_end].trim_end().ends_with(['?', '!']);
                            let quoted_words = if asked { MAX_QUOTED_WORDS } else { 0 };
                            let alone = k + 1 == rs.len()
                                && r.close >= se
                                && wc(p, ns, ne) <= MAX_ATTRIBUTION_WORDS
                                && !regions.iter().any(|x| {
                                    x.open >= ns
                                        && x.open < ne
                                        && wc(p, x.inner_start, x.inner_end) > quoted_words
                                });
                            // (the cue ends it but for when, where or to whom: "Porter says the
                            // crew will sail" is a statement of its own)
                            let statement_after = |cue: &str| {
                                let toks = tokens(p, ns, ne);
                                let Some(c) = toks.iter().position(|t| t.t == cue) else { return false };
                                // (up to a comma or a clause of when or why: "Reed said as he
                                // launched the vote", "Reed said, echoing many who …")
                                toks[c + 1..]
                                    .iter()
                                    .take_while(|t| {
                                        t.t != "," && !lower_is(t, indirect::CIRCUMSTANCE_SUBORDINATORS)
                                    })
                                    .any(|t| {
                                        lower_is(t, AUXILIARIES)
                                            || lower_is(t, PRONOUNS)
                                            || lower_is(t, &["that", "bahwa"])
                                            || is_past_form(t)
                                    })
                            };
                            let attr = alone
                                .then(|| trailing(p, r.close, ne))
                                .flatten()
                                .filter(|a| !statement_after(&a.cue));
                            attributed_after = attr.is_some();
                            attr
                        })
                } else {
                    None
                };
                // a short utterance handed over by its attribution, ending the sentence or
                // with its own punctuation: he said, “We’ll see.” / she said, “Oh, no,” at …
                // (or a whole utterance right after a verb of speech: fishermen chanted "Open the
                // pier!" and …)
                let after_cue = || {
                    p[r.inner_start..r.inner_end].trim_end().ends_with(['?', '!', '.'])
                        && tokens(p, prev_end, r.open).last().is_some_and(is_cue_word)
                };
                let introduced = || {
                    (k + 1 == rs.len() && wc(p, r.close, se) == 0 || punctuated)
                        && inner_words >= 1
                        && (p[prev_end..r.open].trim_end().ends_with([',', ':']) || after_cue())
                        && leading(p, prev_end, r.open).is_some()
                };
                // (a short question or exclamation that is a sentence of its own: `“The pier is
                // shut,” Reed said at the quay. “Why?”`)
                let exclaimed = outside == 0
                    && inner_words >= 1
                    && p[r.inner_start..r.inner_end].trim_end().ends_with(['?', '!']);
                // (or what a crowd chanted or a sign read, however short: `chants of “Lock
                // him up!”`, `a banner that read “No tolls!”`)
                let gap_start = prev_end;
                let voiced = move || (inner_words >= 1).then(|| voicing_cue(p, gap_start, r.open)).flatten();
                // (listed after the quote before it in this sentence: `chanting “Open the pier”
                // and “Fair fares”`, one statement however short the second)
                let listed = own_attr.is_none()
                    && out.last().is_some_and(|f| f.para == pi && f.direct && listed_after(p, f, ss, r.open));
                let kept = inner_words >= 3
                    || listed
                    || standalone
                    || exclaimed
                    || (punctuated && own_attr.is_some())
                    || introduced()
                    || voiced().is_some();
                // (a short quotation left out is a scare quote, part of the prose around it: the
                // attribution before the next quote may begin before it, `Porter said the "wet
                // spring" would slow the ferries: “…”`)
                if !kept {
                    continue;
                }
                // (or a participle after the previous quote's attribution hands this one over:
                // `“A,” said Porter, explaining how the pier works: “B.”`)
                // (or right after the previous quote: `“A,” adding, “B.”`)
                let handed_over = || {
                    let prev =
                        out.last().filter(|f| f.direct && f.para == pi && f.e >= ss && f.e <= r.open)?;
                    let gap = tokens(p, prev.e, r.open);
                    let participle = (1..gap.len())
                        .find(|&k| !gap[k - 1].is_word() && lower_is(&gap[k], lexicon::PARTICIPLE_CUES))?;
                    let cue = prev.cue.as_deref()?;
                    // (a quotation woven into the participle's own statement is not handed over)
                    let introduces = gap.last().is_some_and(|t| t.t == ":");
                    let right_after = participle + 2 == gap.len()
                        && gap[..participle].iter().all(|t| !t.is_word())
                        && matches!(gap[participle + 1].t, "," | ":");
                    (right_after || (introduces && gap[..participle].iter().any(|t| t.t == cue)))
                        .then(|| Attr { cue: gap[participle].t.to_string(), subj: prev.subj.clone() })
                };
                // (a verb alone after an earlier quotation, its subject before that one: `Dunn,
                // noting the "north slipway," added: “…”`)
                // (or a participle alone: `Porter called the pier “a gift,” adding: “…”`)
                let lone_cue = || {
                    let gap = tokens(p, prev_end, r.open);
                    let mut words = gap.iter().filter(|t| t.is_word());
                    let lone =
                        words.next().is_some_and(|t| is_cue_word(t) || lower_is(t, lexicon::PARTICIPLE_CUES))
                            && words.next().is_none();
                    (lone && prev_end > ss).then(|| leading(p, ss, r.open)).flatten()
                };
                // (or a participle alone opening the sentence after a statement: `Reed said the
                // pier would reopen. Adding, “…”`)
                let opening_participle = || {
                    // (a word and a comma: no need to read a long opening)
                    const MAX_GAP_BYTES: usize = 24;
                    if r.open - ss > MAX_GAP_BYTES {
                        return None;
                    }
                    let gap = tokens(p, ss, r.open);
                    let [cue, comma] = gap.as_slice() else { return None };
                    let prev = out.last().filter(|f| f.subj.is_some())?;
                    let just_before = last_attributed_sentence
                        .is_some_and(|(at, n)| at + 1 == out.len() && n + 1 == sentence_no);
                    (just_before && matches!(comma.t, "," | ":") && lower_is(cue, lexicon::PARTICIPLE_CUES))
                        .then(|| Attr { cue: cue.t.to_string(), subj: prev.subj.clone() })
                };
                let attr = own_attr
                    .clone()
                    .or_else(|| leading(p, prev_end, r.open))
                    .or_else(handed_over)
                    .or_else(lone_cue)
                    .or_else(opening_participle)
                    // (the bracket may stand after the quote's full stop, a sentence of its own)
                    .or_else(|| {
                        bracketed_source(p, r.close, if k + 1 == rs.len() { p.len() } else { next_start })
                    });
                let before = prev_end;
                prev_end = r.close;
                if r.open < woven_end {
                    continue; // inside a statement already taken whole
                }
                let (cs, ce) = trim_span(p, r.inner_start, r.inner_end);
                if cs >= ce {
                    continue;
                }
                // quotations joined by an ellipsis alone are one, with words left out between
                // (`“When does the pier reopen?” . . . “Who checked it?”`), and so are quotations
                // listed after one cue (`listed`)
                let elided = |f: &Found| {
                    let Some(gap) = p.get(f.e..r.open).filter(|_| f.para == pi && f.end_para == pi) else {
                        return false;
                    };
                    f.direct
                        && own_attr.is_none()
                        && (gap.contains("...") || gap.contains(". . .") || gap.contains('…'))
                        && gap.chars().all(|c| {
                            c.is_whitespace()
                                || matches!(
                                    c,
                                    '.' | '…' | '?' | '!' | ',' | '“' | '”' | '"' | '\'' | '‘' | '’'
                                )
                        })
                };
                if let Some(f) = out.last_mut().filter(|f| listed || elided(f)) {
                    f.cuts.push((f.e, cs));
                    f.e = ce;
                    f.open = !r.closed;
                    if f.open {
                        open_chain = Some(out.len() - 1);
                    }
                    last_direct_sentence = Some((out.len() - 1, sentence_no));
                    got = true;
                    continue;
                }
                // a quote in the next sentence goes on only if it opens that sentence: after
                // `“A,” Reid said Tuesday. Reflecting on …, the leader said, “B.”` B is new
                let opens_sentence = || only_opens_sentence(&p[ss..r.open]);
                // (past the speaker's statements reported in between: `“A,” Reed said,
                // suggesting that X. “B.”`)
                // (or past one sentence of the reporter's that says nothing and names no one
                // else: `“A,” Reed said. The pier lies far from town. “B.”`)
                let aside_of = |f: &Found, &(s, e): &(usize, usize)| {
                    let toks = tokens(p, s, e);
                    other_actor(p, &toks, f.speaker.as_deref()).is_none() && !toks.iter().any(is_cue_word)
                };
                let goes_on = last_direct_sentence.filter(|&(at, n)| {
                    let aside = n + 2 == sentence_no
                        && at + 1 == out.len()
                        && si
                            .checked_sub(1)
                            .and_then(|b| sents.get(b))
                            .is_some_and(|b| aside_of(&out[at], b));
                    at < out.len()
                        && out[at + 1..].iter().all(|f| !f.direct && f.para == pi)
                        && (n >= sentence_no || ((n + 1 == sentence_no || aside) && opens_sentence()))
                });
                if let Some((last, _)) = goes_on.filter(|_| own_attr.is_none()) {
                    if let Some(f) = out.get_mut(last).filter(|f| interrupts(p, pi, f, cs, attr.as_ref())) {
                        last_direct_sentence = Some((last, sentence_no));
                        // (a woven quote that a second one goes on is the speaker's own
                        // clause, its opening phrase the reporter's: `Now that the toll has
                        // passed, “we will lose the night crossing,” Porter said. “B.”`)
                        if let Some(q) = woven_quote(p, regions, f) {
                            f.s = q;
                            f.direct = true;
                        }
                        f.cuts.push((f.e, cs));
                        f.e = ce;
                        f.open = !r.closed;
                        if f.open {
                            open_chain = Some(last);
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
                                f.speaker = resolve(
                                    p,
                                    &a.subj,
                                    &mut named,
                                    prev_medium.as_deref(),
                                    last_described.as_deref(),
                                );
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
                // (the paragraph the speaker is named in, when not this one)
                let mut subj_para = pi;
                let announcement = (attr.is_none() && standalone && si == 0 && k == 0)
                    .then(|| announced_before(paras, pi))
                    .flatten();
                // (a "he" after the quote points back to whoever introduced it in the same
                // sentence: `Reed answered: “…,” he wrote`)
                let pronoun_after = attr.as_ref().and_then(|a| a.subj.as_ref()).is_some_and(|sj| sj.pronoun);
                if pronoun_after && own_attr.is_some() {
                    if let Some(sj) = leading(p, before, r.open).and_then(|a| a.subj) {
                        note_person(&mut named, &sj);
                    }
                }
                let (subj, cue, speaker) = match (attr, announcement) {
                    (Some(a), _) => {
                        let sp = resolve(
                            p,
                            &a.subj,
                            &mut named,
                            prev_medium.as_deref(),
                            last_described.as_deref(),
                        );
                        if let Some(d) = described_antecedent(p, &a.subj, sp.as_deref()) {
                            last_described = Some(d);
                        }
                        (a.subj, Some(a.cue), sp)
                    }
                    // a bare quote right after an attributed statement goes on with it, as the
                    // reporter's own words hand over to the speaker's (`People should show
                    // their proof, he told reporters. “This is deeply reckless.”`) or a
                    // speaker's quote runs on into the next paragraph
                    (None, _)
                        if standalone
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
                            // (the attribution closing the first paragraph is no part of the
                            // words: `“A,” she said.` then `“B.”`)
                            if f.end_para == f.para && f.direct {
                                f.cuts.push((f.e, paras[f.para].len()));
                            }
                            f.end_para = pi;
                            f.e = r.close;
                        }
                        last_attributed_sentence = Some((out.len() - 1, sentence_no));
                        got = true;
                        continue;
                    }
                    // announced by the paragraph before, which ends in a colon ("The
                    // Herald reports:", "Then Reed continues:")
                    (None, Some((prev_p, a))) => {
                        let sp = resolve(prev_p, &a.subj, &mut named, None, last_described.as_deref());
                        subj_para = pi - 1;
                        (a.subj, Some(a.cue), sp)
                    }
                    (None, None) if standalone || !r.closed => {
                        // a bare quote continues the previous speaker of this paragraph or
                        // the previous one
                        let prev = last_direct_speaker.clone().or_else(|| {
                            out.last()
                                .filter(|f| f.direct && f.end_para + 1 >= pi)
                                .map(|f| (f.para_of_subj, f.speaker.clone(), None))
                        });
                        // unless the sentence before shows someone else, saying nothing
                        // ("Ann Reed frowned. “…”"): the quote is theirs
                        let actor = || {
                            let &(ps, pe) = sents.get(si.checked_sub(1)?)?;
                            let toks = tokens(p, ps, pe);
                            let quiet = !toks.iter().any(is_cue_word)
                                && !regions.iter().any(|x| x.open >= ps && x.open < pe);
                            let speaker = prev.as_ref().and_then(|(_, sp, _)| sp.as_deref());
                            quiet.then(|| other_actor(p, &toks, speaker)).flatten()
                        };
                        let prev = match prev.as_ref().and(standalone.then(actor).flatten()) {
                            Some(name) => Some((pi, Some(name), None)),
                            None => prev,
                        };
                        // or the speaker of the sentence before, when it only announced
                        // the quote ("Reed said during the debate. “…”")
                        let announced = || {
                            let &(ps, pe) = sents.get(si.checked_sub(1)?)?;
                            let nothing_reported = last_attributed_sentence
                                .is_none_or(|(_, n)| n + 1 < sentence_no)
                                && !regions.iter().any(|x| x.open >= ps && x.open < pe);
                            nothing_reported.then(|| announcer(p, ps, pe)).flatten()
                        };
                        // (which wins over the speaker before: `“A,” said Dunn. Porter agreed.
                        // “B.”`)
                        let announced = standalone.then(announced).flatten();
                        let prev = prev.filter(|_| announced.is_none());
                        match (prev, announced) {
                            (Some((_, sp, _)), _) => (None, None, sp),
                            (None, Some(a)) => {
                                let sp = resolve(
                                    p,
                                    &a.subj,
                                    &mut named,
                                    prev_medium.as_deref(),
                                    last_described.as_deref(),
                                );
                                (a.subj, Some(a.cue), sp)
                            }
                            (None, None) => (None, None, None),
                        }
                    }
                    // introduced by a colon ("Then it continues: “…”"): a quote, its speaker
                    // unknown
                    (None, None) if p[before..r.open].trim_end().ends_with(':') && inner_words >= 3 => {
                        (None, None, None)
                    }
                    // a chant or a sign's words, voiced by the subject of the clause they are
                    // in, named as written (a crowd is no antecedent for a later "she")
                    (None, None) => match voiced() {
                        Some(cue) => (None, Some(cue), voices(p, ss, r.open)),
                        None => continue,
                    },
                };
                if let Some(sj) = subj.as_ref() {
                    note_person(&mut named, sj);
                }
                let certainty = if hedged {
                    Certainty::Hedged
                } else {
                    cue.as_deref().map(certainty_of).unwrap_or(Certainty::Assertive)
                };
                let venue = find_venue(p, ss, se, (r.open, r.close));
                let woven = attr_found.then(|| {
                    woven_span(
                        p,
                        regions,
                        (ss, se),
                        before,
                        r,
                        own_attr.is_some(),
                        cue.as_deref(),
                        subj.as_ref().map(|sj| sj.s),
                    )
                });
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
                    para_of_subj: subj_para,
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
            let quotes_end = rs.iter().map(|r| r.close).max().unwrap_or(ss);
            // (the person a sentence without statements is about, the nearest antecedent)
            let mut main_person = None;
            // (and the title it is named with: "Bupati Sukamaju Rina Wati")
            let mut main_title: Option<String> = None;
            // (the sentence's statements; its people are noted after them)
            'statements: {
                if got {
                    // "Porter said the ferries would run late all week: “…”": the clause announcing
                    // the sentence's first quote reports a statement of its own before the colon
                    // (or a statement with quotations woven in that a second verb goes on to: "Reed
                    // said the toll was “far too high,” and added that the fee “hurts the island”")
                    let goes_on_from = |f: &Found| {
                        let toks = tokens(p, ss, f.s);
                        matches!(toks.as_slice(), [.., and, verb] if lower_is(and, &["and", "but"]) && is_cue_word(verb))
                    };
                    let first = out
                        .get(first_of_sentence)
                        .filter(|f| f.para == pi && f.s > ss && (f.direct || goes_on_from(f)));
                    if let Some(first) = first {
                        let woven_first = !first.direct;
                        let intro = p[ss..first.s].trim_end_matches(|c: char| {
                            c.is_whitespace() || matches!(c, '“' | '"' | '‘' | '\'')
                        });
                        let colon = intro.strip_suffix(':').map(|head| ss + head.len());
                        // (or without one: "The ferries will run, Reed said, adding, “…”", "Reed said
                        // the pier was safe and added, “…”")
                        let intro_end = colon.unwrap_or(ss + intro.len());
                        let stated = statements_in(p, ss, intro_end, regions, &relays, &media);
                        // (the quote's speaker's, and a clause, not an object: "said of the mayor:",
                        // "added a caveat:", "In a statement, Reed said:" report nothing)
                        const MIN_FRONTED_WORDS: usize = 4;
                        // (without a colon, a clause of its own, not the occasion or the manner: "In a
                        // letter on Monday, Reed said, “…”", "said about the mayor, “…”")
                        let plain_clause = |ind: &Indirect| {
                            let toks = tokens(p, ind.cs, ind.ce);
                            let opener = |t: &text::Tok| {
                                lower_is(t, PREPOSITIONS)
                                    || lower_is(t, CLAUSE_OPENERS)
                                    || is_discourse(t)
                                    || lower_is(t, &["asked"])
                            };
                            toks.first().is_some_and(|t| t.is_word() && !opener(t))
                                && indirect::clause_follows(&toks)
                        };
                        let fronted = |ind: &Indirect| {
                            ind.subj.as_ref().is_some_and(|sj| ind.ce <= sj.s)
                                && wc(p, ind.cs, ind.ce) >= MIN_FRONTED_WORDS
                        };
                        let announced = stated.into_iter().find(|ind| {
                            ind.subj.as_ref().zip(first.subj.as_ref()).is_some_and(|(a, b)| a.s == b.s)
                                && (colon.is_some() || woven_first || plain_clause(ind))
                                && (clause_after_speaker(p, ind) || (colon.is_none() && fronted(ind)))
                                && !p[ind.cs..].starts_with("of ")
                        });
                        if let Some(mut ind) = announced {
                            // (up to the verb that hands over the quote: "… and said, “…”")
                            let toks = tokens(p, ind.cs, ind.ce);
                            if let [.., and, verb] = toks.as_slice() {
                                if lower_is(and, &["and", "but"]) && is_cue_word(verb) {
                                    (ind.cs, ind.ce) = trim_span(p, ind.cs, and.s);
                                }
                            }
                            let statement = first.reported(p, (ss, se), (ind.cs, ind.ce), ind.cue, hedged);
                            out.insert(first_of_sentence, statement);
                        }
                    }
                    // “…,” he said, adding that …: the speaker's next statement, reported
                    // (from the last quote taken, when it is the last found: quotations woven into
                    // the statement are its own, `said, adding that the tests would take "two more weeks"`)
                    let last_taken =
                        out.last().filter(|f| f.direct && f.para == pi && out.len() > first_of_sentence);
                    let after_quotes = match last_taken {
                        Some(f) => f.e,
                        None => quotes_end,
                    };
                    let statement = out
                        .last()
                        .filter(|f| f.para == pi && f.e <= after_quotes && f.cue.is_some())
                        .and_then(|last| {
                            let (cs, ce, cue) = participle_statement(p, regions, after_quotes, se)?;
                            Some(last.reported(p, (ss, se), (cs, ce), cue, hedged))
                        });
                    if let Some(statement) = statement {
                        last_attributed_sentence = Some((out.len(), sentence_no));
                        out.push(statement);
                        break 'statements;
                    }
                }
                // (after the quotes, a statement of a clause of its own may follow: "Pointing
                // to “storm damage,” the ferry line's spokeswoman told the Herald that …")
                let from = if got { quotes_end.min(se) } else { ss };
                let mut found = statements_in(p, from, se, regions, &relays, &media);
                if got {
                    // (a clause of its own says so with "that"; anything else after a quote is its
                    // attribution and circumstances: "“…,” Reed told the Herald in an interview")
                    let that = |cs: usize| after_that(p, cs) || p[cs..].starts_with("that ");
                    found.retain(|ind| {
                        ind.subj.as_ref().is_some_and(|sj| sj.s >= from)
                            && clause_after_speaker(p, ind)
                            && that(ind.cs)
                    });
                    // (and, before the quotes, one that holds the first quote and its speaker:
                    // "Reed recalled that the old ferry had a skipper who always warned “…”")
                    let holding = out
                        .get(first_of_sentence)
                        .filter(|f| f.direct && f.para == pi)
                        .and_then(|f| Some((f, f.subj.as_ref().filter(|sj| sj.s >= ss && sj.e <= f.s)?)))
                        .and_then(|(f, inner)| {
                            let r = regions.iter().find(|r| r.inner_start <= f.s && f.s < r.inner_end)?;
                            // (the quote's speaker inside the statement's clause, not after a break
                            // or a conjunction: not "Reed said A, but Dunn added: “…”", nor a
                            // quote handed over by a comma, `where she said, “…”`)
                            let before_inner = tokens(p, ss, inner.s);
                            let joined = before_inner.last().is_some_and(|t| {
                                t.is_word() && !lower_is(t, &["and", "but", "or", "while", "as"])
                            });
                            let handed =
                                p.get(inner.e..r.open).is_some_and(|gap| gap.trim_end().ends_with(','));
                            if !joined || handed {
                                return None;
                            }
                            let mut outer = statements_in(p, ss, inner.s, regions, &relays, &media)
                                .into_iter()
                                .find(|ind| {
                                    ind.subj.as_ref().is_some_and(|sj| sj.e <= ind.cs)
                                        && p.get(ind.ce..inner.s).is_some_and(|gap| gap.trim().is_empty())
                                })?;
                            outer.ce = r.close.min(se);
                            clause_after_speaker(p, &outer).then_some(outer)
                        });
                    found.splice(0..0, holding);
                }
                if found.is_empty() && !got {
                    // (the one who spoke though nothing was reported: "Ketua SNS Sunarto menyampaikan
                    // protes."; an Indonesian verb by its prefix, where English "claim" may be
                    // a noun)
                    let spoke = || {
                        let toks = tokens(p, ss, se);
                        let verb = |t: &text::Tok| {
                            t.is_lower_word()
                                && (t.t.starts_with("me") || t.t.starts_with("ber"))
                                && is_cue_word(t)
                        };
                        let cue = toks.iter().position(verb)?;
                        speaker::subject_before(p, &toks, cue)
                            .and_then(|(sj, _)| sj.name.filter(|_| !sj.pronoun))
                    };
                    let person = spoke()
                        .or_else(|| {
                            titled_name(p, ss, se).map(|(name, title)| {
                                main_title = Some(title);
                                name
                            })
                        })
                        .or_else(|| introduced_name(p, ss, se))
                        .or_else(|| {
                            sentence_subject(p, ss, se)
                                .filter(|(n, full)| *full || named.knows(n))
                                .map(|(n, _)| n)
                        });
                    // (or a "he" or "she" opening it, for the person it stands for: "He nodded
                    // to his rival, Tom Reed." keeps the one it points back to nearest)
                    let pronoun = || {
                        let first = tokens(p, ss, se).into_iter().find(|t| t.is_word())?;
                        lower_is(&first, &["he", "she"]).then(|| named.resolve(&first.lower())).flatten()
                    };
                    main_person = person.filter(|n| names_a_person(n)).or_else(pronoun);
                }
                // (the question a statement answers: "Asked if …, Reed said …")
                let taken = |cs: usize, ce: usize| {
                    found
                        .iter()
                        .map(|f| (f.cs, f.ce))
                        .chain(out[first_of_sentence..].iter().map(|f| (f.s, f.e)))
                        .any(|(s, e)| s < ce && cs < e)
                };
                if let Some(q) = indirect::asked_question(p, ss, se, regions).filter(|q| !taken(q.cs, q.ce)) {
                    let at = found.iter().position(|f| f.cs > q.cs).unwrap_or(found.len());
                    found.insert(at, q);
                }
                // "…, the news agency said, citing the port authority": a medium citing a source
                // passes on the source's statement, as "Mengutip X, M …" does (`citing_clause`)
                let mut citation: Option<Subj> = None;
                for mut ind in found {
                    // (the source's own words are no statement once it speaks)
                    if citation.as_ref().is_some_and(|src| src.s <= ind.ce && ind.cs <= src.e) {
                        continue;
                    }
                    // (a "he" or "she" after the statement, with no one named before, speaks of the
                    // person the statement opens with: "Tom Reed backed Dunn in the race, he said.")
                    let cataphora = ind.subj.as_ref().is_some_and(|sj| {
                        sj.pronoun
                            && sj.s > ind.ce
                            && ["he", "she"].contains(&sj.mention.to_lowercase().as_str())
                            && p[ind.cs..].starts_with(char::is_uppercase)
                    });
                    let mut speaker =
                        resolve(p, &ind.subj, &mut named, prev_medium.as_deref(), last_described.as_deref())
                            .or_else(|| cataphora.then(|| subject_name(p, ind.cs, ind.ce)).flatten());
                    if let Some(d) = described_antecedent(p, &ind.subj, speaker.as_deref()) {
                        last_described = Some(d);
                    }
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
                    // Yonhap the speaker) is not a hop of its own; a medium in the role of a named
                    // speaker is ("according to Harbour Herald columnist Carl Dunn").
                    let mut via: Vec<Relay> = ind.relay.iter().cloned().collect();
                    for (rs, re, r) in &relays {
                        let in_speaker = ind.subj.as_ref().is_some_and(|sj| {
                            let in_role =
                                sj.name.as_ref().zip(sj.role.as_ref()).is_some_and(|(name, role)| {
                                    !name.contains(r.medium.as_str()) && role.contains(r.medium.as_str())
                                });
                            *rs < sj.e && sj.s < *re && !in_role
                        });
                        if !in_speaker && !via.iter().any(|v| v.medium == r.medium) {
                            via.push(r.clone());
                        }
                    }
                    if let Some(sj) = ind.subj.as_ref() {
                        note_person(&mut named, sj);
                    }
                    let medium =
                        speaker.as_deref().is_some_and(|sp| is_medium(sp) || media.iter().any(|m| m == sp));
                    let after = ind.subj.as_ref().map_or(ind.ce, |sj| sj.e.max(ind.ce));
                    if let Some((src, cue)) = medium.then(|| indirect::cited_source(p, after, se)).flatten() {
                        via.insert(
                            0,
                            Relay { medium: speaker.take().unwrap_or_default(), cue, reporter: None },
                        );
                        speaker = src.name.clone().or_else(|| Some(src.mention.clone()));
                        ind.subj = Some(src.clone());
                        citation = Some(src);
                    }
                    let certainty = if hedged { Certainty::Hedged } else { certainty_of(&ind.cue) };
                    let venue = find_venue(p, ss, se, (ind.cs, ind.ce));
                    // The tail of a quote whose opening mark lies sentences back ("… Jadi, gaji
                    // bersih makin menciut,” kata Said.) is a direct quote.
                    let tail = ind.ce < se
                        && p[ind.ce..se]
                            .trim_start_matches([' ', ',', '.', '!', '?'])
                            .starts_with(['”', '"']);
                    // So is a statement that is one quotation whole ("…, telling reporters, “…”"),
                    // unless "that" makes it reported speech (`told reporters that “…”`, as in
                    // `woven_span`).
                    let reported = after_that(p, ind.cs);
                    let whole = regions.iter().find(|r| {
                        !reported
                            && r.closed
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
                            ind.cs
                                + p[ind.cs..]
                                    .find(|c: char| !matches!(c, '“' | '”' | '"' | ' '))
                                    .unwrap_or(0),
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
            // The people the sentence names, for a later "he" or "she": those it shows to be
            // people, then its speakers again and the person it is about, the nearest
            // antecedents
            for name in person_names(p, ss, se, regions) {
                named.note(name, None, None);
            }
            for f in &out[first_of_sentence.min(out.len())..] {
                match f.subj.as_ref().filter(|_| f.para_of_subj == pi) {
                    // (a pronoun stands for the person it was resolved to; a relative "who"
                    // for people the sentence has named or only described)
                    Some(sj) if sj.pronoun && !sj.mention.eq_ignore_ascii_case("who") => {
                        if let Some(sp) = f.speaker.clone().filter(|sp| names_a_person(sp)) {
                            named.note(sp, None, None);
                        }
                    }
                    Some(sj) => note_person(&mut named, sj),
                    None => {}
                }
            }
            if let Some(n) = main_person {
                named.note(n, None, main_title.as_deref());
            }
        }
    }
    // A statement that opens with the speaker's own words in quotation marks and runs on in
    // the reporter's (`“We are ready” for the storm, Reed said`) is a direct quote that goes
    // on, as PolNeAR counts it (after "that" it is reported speech all the same).
    for f in out.iter_mut().filter(|f| !f.direct) {
        if !after_that(paras[f.para], f.s) && regions_by_para[f.para].iter().any(|r| r.open == f.s) {
            f.direct = true;
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
