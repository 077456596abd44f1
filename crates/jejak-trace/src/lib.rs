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
//! * a citing medium: `Mengutip S, M membeberkan bahwa …`, `…, M reported, citing S`, `M,
//!   mengutip S, melaporkan …`, `according to an M report citing S`, `menurut laporan M
//!   yang mengutip S` (S speaks, M relays; see `citing_clause`, `indirect::cited_source`
//!   and `indirect::cited_after`);
//! * relay chains: `dilansir M1 yang mengutip M2`, `dilansir M1 dari M2`, `as reported by
//!   M1, which cited M2` (M2 → M1: the medium written last passed the words on first);
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
//! Code map: `walk` goes through the sentences and asks, in turn, `direct` (attribution
//! around a quotation), `indirect` (reported statements without quotation marks) and
//! `speaker` (the subject phrase next to a cue, and whom it stands for); `relay` adds the
//! media a statement passed through, its venue, and the back-references that name a
//! speaker after the fact. `text` splits a paragraph into quoted regions, sentences and
//! tokens; `words` and `lexicon` hold the token tests and word lists every rule reads.
//! `full_names` runs last, on the article's quotes, and names each speaker in full.

mod antecedents;
mod direct;
mod full_names;
mod indirect;
mod lexicon;
mod relay;
mod speaker;
mod text;
mod walk;
mod words;

use full_names::speakers_in_full;
use jejak_model::{Article, Certainty, Quote, Relay, Span};
use lexicon::certainty_of;
use relay::{apply_back_references, find_venue, relay_anonymous_sources};
use speaker::role_shown;
use walk::analyze;

pub use relay::CONTEXT_CUE;

/// Every quote and reported statement in an article.
pub fn quotes(article: &Article) -> Vec<Quote> {
    let paras: Vec<&str> = article.body.iter().map(String::as_str).collect();
    let mut quotes: Vec<Quote> = statements(&paras, article.outlet.as_deref())
        .into_iter()
        .map(|f| f.into_quote(&article.id, &paras))
        .collect();
    speakers_in_full(&mut quotes, &paras);
    quotes
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
    let found = statements(&paras, None);
    let mut quotes: Vec<Quote> = found.iter().map(|f| f.clone().into_quote("", &paras)).collect();
    speakers_in_full(&mut quotes, &paras);
    found
        .into_iter()
        .zip(quotes)
        .map(|(f, quote)| {
            let span = Span { start: offsets[f.para] + f.s, end: offsets[f.end_para] + f.e };
            let speaker_span = f.subj.as_ref().map(|sj| Span {
                start: offsets[f.para_of_subj] + sj.s,
                end: offsets[f.para_of_subj] + sj.e,
            });
            let speaker_mention = f.subj.as_ref().map(|sj| sj.mention.clone());
            TextQuote { span, speaker_span, speaker_mention, quote }
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
        let text = without_unopened_close(&text).trim().to_string();
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

/// The text without closing quotation marks at its end that no mark inside it opened: a
/// quote's own closing mark goes, the mark closing words quoted inside a statement stays
/// (`the worries were “overdone,”`).
fn without_unopened_close(text: &str) -> &str {
    let mut text = text;
    loop {
        let unopened = match text.chars().last() {
            Some('”') => text.matches('“').count() < text.matches('”').count(),
            Some('’') => text.matches('‘').count() < text.matches('’').count(),
            Some('"') => text.matches('"').count() % 2 == 1,
            _ => false,
        };
        if !unopened {
            return text;
        }
        text = &text[..text.len() - text.chars().last().map_or(0, char::len_utf8)];
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
