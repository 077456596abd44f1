//! The walk over an article's sentences that finds its statements ([`analyze`]).
//!
//! Each sentence is read in three steps: its quotations with their attribution
//! ([`Walk::quotation`]), then the statements reported in the words the quotations leave
//! ([`Walk::statements`]), then the people it names, the antecedents of a later "he" or
//! "dia" ([`Walk::note_people`]). What one sentence leaves for the next (the quote left
//! open, the last statement attributed, the media named) lives in [`Walk`].

use jejak_model::{Certainty, Relay};

use crate::antecedents::{self, Antecedents};
use crate::direct::{
    announcer, bracketed_source, interrupts, is_quoted_title, leading, only_opens_sentence, signature,
    trailing, transcript_turn, turn_label, voices, voicing_cue, woven_span,
};
use crate::indirect::{self, participle_statement, statements_in};
use crate::lexicon::{self, *};
use crate::relay::{find_relays, find_venue, note_medium};
use crate::speaker::{
    self, described_antecedent, introduced_name, past_run_in_heading, person_names, resolve, role_alone,
    sentence_group, sentence_subject, subject_name, titled_name,
};
use crate::text::{self, after_that, quote_regions, sentences, tokens, trim_span, Region};
use crate::words::{
    self, is_auxiliary, is_cue_word, is_discourse, is_past_form, lower_is, names_claim_as_noun, wc,
};
use crate::{Attr, Found, Indirect, Subj};

/// Every statement in the paragraphs, in text order: per sentence, direct quotes with their
/// attribution first, then reported statements in what the quotes leave; pronouns resolved
/// to the speaker last named and media to the medium last named.
pub(crate) fn analyze(paras: &[&str], outlet: Option<&str>) -> Vec<Found> {
    let regions: Vec<Vec<Region>> = paras.iter().map(|p| quote_regions(p)).collect();
    let mut walk = Walk {
        paras,
        outlet,
        regions_by_para: &regions,
        out: Vec::new(),
        named: Antecedents::default(),
        last_described: None,
        quiet: Vec::new(),
        media: Vec::new(),
        medium_subject: None,
        sentence_no: 0,
        open_chain: None,
        chain_in: None,
        last_direct_speaker: None,
        last_direct_sentence: None,
        attribution_sentence: None,
        last_attributed_sentence: None,
        reading: (0, 0, Vec::new()),
    };
    for pi in 0..paras.len() {
        walk.paragraph(pi);
    }
    walk.finish()
}

/// A sentence in which nobody spoke: its paragraph, span and number.
struct QuietSentence {
    para: usize,
    ss: usize,
    se: usize,
    sentence_no: usize,
}

/// What the walk carries from one sentence to the next.
struct Walk<'a> {
    paras: &'a [&'a str],
    outlet: Option<&'a str>,
    regions_by_para: &'a [Vec<Region>],
    /// The statements found so far, in text order.
    out: Vec<Found>,
    /// The people named so far, for a later "he", "she" or "dia".
    named: Antecedents,
    /// The last speaker known only by a description, for "laporan tersebut", "the report".
    last_described: Option<String>,
    /// The latest sentences in which nobody spoke: the people one opens with may be whom a
    /// later "they" stands for.
    quiet: Vec<QuietSentence>,
    /// Media the article has named so far, and the medium that was the subject of a
    /// sentence (its sentence number), for "kata media tersebut" in the next.
    media: Vec<String>,
    medium_subject: Option<(usize, String)>,
    sentence_no: usize,
    /// Index in `out` of a direct quote left open at the end of the paragraph.
    open_chain: Option<usize>,
    /// The same, left open at the end of the previous paragraph.
    chain_in: Option<usize>,
    /// The speaker of the last direct quote of this paragraph: its paragraph, name and
    /// subject.
    last_direct_speaker: Option<(usize, Option<String>, Option<Subj>)>,
    /// Index in `out` of the last direct quote and the sentence it ends in.
    last_direct_sentence: Option<(usize, usize)>,
    /// A sentence that is the attribution of the quote before it, and nothing more.
    attribution_sentence: Option<usize>,
    /// Index in `out` of the last attributed statement and the sentence it ends in.
    last_attributed_sentence: Option<(usize, usize)>,
    /// The paragraph and start of the sentence being read, with the people it names (with
    /// [`person_names`]): those named before a pronoun are its antecedents too, and all of
    /// them the later sentences'.
    reading: (usize, usize, Vec<String>),
}

/// One sentence as the walk reads it.
struct Sentence<'a> {
    p: &'a str,
    pi: usize,
    /// Its number in the paragraph, in `sents`.
    si: usize,
    ss: usize,
    se: usize,
    sents: &'a [(usize, usize)],
    regions: &'a [Region],
    /// The quotations that open in it.
    rs: Vec<Region>,
    relays: Vec<(usize, usize, Relay)>,
    /// "reportedly", "kabarnya": every statement of the sentence is hedged.
    hedged: bool,
    /// The medium the previous sentence had for subject, for "the outlet said".
    prev_medium: Option<String>,
    /// Index in `out` of the sentence's first statement.
    first: usize,
}

/// Where the reading of a sentence's quotations has got to.
#[derive(Default)]
struct Cursor {
    /// The end of the last quotation read (where the attribution of the next may start).
    prev_end: usize,
    /// The end of a statement taken whole with the quotations woven into it.
    woven_end: usize,
    /// The end of a short quotation inside the attribution of the quote before it.
    quoted_in_attribution: usize,
    /// Whether the sentence has a statement yet.
    got: bool,
}

/// The attribution after a quotation (`“…,” Reed said`), as [`own_attribution`] finds it.
struct OwnAttribution {
    attr: Attr,
    /// The end of a short quotation inside it (`“…,” Reed, holding a “Save the Quay” leaflet,
    /// said`).
    quoted_end: Option<usize>,
    /// Whether it is the next sentence, alone (`“…?” Reed asked.`).
    next_sentence: bool,
}

/// How a quotation sits in its sentence.
#[derive(Clone, Copy)]
struct Shape {
    /// Words inside the marks.
    inner_words: usize,
    /// Words of the sentence outside them.
    outside: usize,
    /// A sentence of its own: three words or more inside, a word at most outside.
    standalone: bool,
    /// A short utterance with its own punctuation, for an attribution: “No,” he replied.
    punctuated: bool,
}

impl Shape {
    /// How quotation `r` sits in the sentence `ss..se` of `p`.
    fn of(p: &str, (ss, se): (usize, usize), r: &Region) -> Shape {
        let inner_words = wc(p, r.inner_start, r.inner_end);
        let outside = wc(p, ss, r.open) + wc(p, r.close, se);
        let standalone = outside <= 1 && inner_words >= 3;
        let punctuated =
            inner_words >= 1 && p[r.inner_start..r.inner_end].trim_end().ends_with([',', '!', '?']);
        Shape { inner_words, outside, standalone, punctuated }
    }
}

/// How a quotation was heard: where the reporter's words before it start, its attribution,
/// whether that is its own (after it, or a turn's label), and whether the attribution is the
/// next sentence.
struct Heard {
    before: usize,
    attr: Option<Attr>,
    own: bool,
    attributed_after: bool,
}

/// The words of the sentence from `ss` up to a quotation starting at `at`, without its
/// opening mark: the clause that hands the quote over ("Reed said:", "…, he said,").
fn lead_in(p: &str, ss: usize, at: usize) -> &str {
    p[ss..at].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '“' | '"' | '‘' | '\''))
}

/// Whether quotation `k` of the sentence, read from `prev_end` (where the quote before it
/// ended), is someone's words rather than a scare quote: three words or more, a sentence of
/// its own, a short utterance with its own attribution or handed over by one, a short
/// question or exclamation, or what a crowd chanted or a sign read.
fn kept(s: &Sentence, k: usize, prev_end: usize, shape: Shape, own_attr: bool) -> bool {
    let (p, se) = (s.p, s.se);
    let r = &s.rs[k];
    let Shape { inner_words, outside, standalone, punctuated } = shape;
    // a short utterance handed over by its attribution, ending the sentence or with its
    // own punctuation: he said, “We’ll see.” / she said, “Oh, no,” at …
    // (or a whole utterance right after a verb of speech: fishermen chanted "Open the
    // pier!" and …)
    let after_cue = || {
        p[r.inner_start..r.inner_end].trim_end().ends_with(['?', '!', '.'])
            && tokens(p, prev_end, r.open).last().is_some_and(is_cue_word)
    };
    let introduced = || {
        (k + 1 == s.rs.len() && wc(p, r.close, se) == 0 || punctuated)
            && inner_words >= 1
            && (p[prev_end..r.open].trim_end().ends_with([',', ':']) || after_cue())
            && leading(p, prev_end, r.open).is_some()
    };
    // (a short question or exclamation that is a sentence of its own: `“The pier is shut,”
    // Reed said at the quay. “Why?”`)
    let exclaimed =
        outside == 0 && inner_words >= 1 && p[r.inner_start..r.inner_end].trim_end().ends_with(['?', '!']);
    // (or what a crowd chanted or a sign read, however short: `chants of “Lock him up!”`,
    // `a banner that read “No tolls!”`)
    let voiced = || inner_words >= 1 && voicing_cue(p, prev_end, r.open).is_some();
    inner_words >= 3 || standalone || exclaimed || (punctuated && own_attr) || introduced() || voiced()
}

/// Whose a quotation is, as [`Walk::voice`] finds it.
enum Voice {
    /// Said by this subject, resolved to `speaker`, with this cue, named in paragraph `para`.
    Of { subj: Option<Subj>, cue: Option<String>, speaker: Option<String>, para: usize },
    /// Taken into the statement before it.
    GoesOn,
    /// Nobody's: words in quotation marks that are no statement.
    Nobody,
}

impl<'a> Walk<'a> {
    fn paragraph(&mut self, pi: usize) {
        let p = self.paras[pi];
        // "— Ann Porter" alone in a paragraph signs the quote above it
        let unsigned =
            self.out.last_mut().filter(|f| f.direct && f.speaker.is_none() && f.end_para + 1 == pi);
        if let Some((f, a)) = unsigned.zip(signature(p)) {
            f.speaker = a.subj.as_ref().and_then(|sj| sj.name.clone());
            f.subj = a.subj;
            f.cue = Some(a.cue);
            f.para_of_subj = pi;
            self.sentence_no += 1;
            return;
        }
        let all_regions = self.regions_by_para;
        let regions = &all_regions[pi];
        self.chain_in = self.open_chain.take();
        self.last_direct_speaker = None;
        let mut sents = sentences(p, regions);
        // (a transcript's turn is one statement, however many sentences it holds)
        if let (true, Some(&(first, _)), Some(&(_, last))) =
            (transcript_turn(p, regions), sents.first(), sents.last())
        {
            sents = vec![(first, last)];
        }
        for (si, &(ss, _)) in sents.iter().enumerate() {
            self.sentence_no += 1;
            if self.attribution_sentence.take() == Some(self.sentence_no) {
                continue;
            }
            let s = self.sentence(pi, si, &sents);
            self.reading = (pi, s.ss, person_names(s.p, s.ss, s.se, s.regions));
            let mut at = Cursor { prev_end: ss, ..Cursor::default() };
            for k in 0..s.rs.len() {
                self.quotation(&s, k, &mut at);
            }
            let main_person = self.statements(&s, at.got);
            self.note_people(&s, main_person);
        }
    }

    fn sentence<'s>(&mut self, pi: usize, si: usize, sents: &'s [(usize, usize)]) -> Sentence<'s>
    where
        'a: 's,
    {
        let p = self.paras[pi];
        let regions = &self.regions_by_para[pi];
        let (ss, se) = sents[si];
        let sentence_no = self.sentence_no;
        let prev_medium =
            self.medium_subject.as_ref().filter(|(n, _)| *n + 1 == sentence_no).map(|(_, m)| m.clone());
        let relays = find_relays(p, ss, se, self.outlet);
        for (_, _, r) in &relays {
            if !self.media.contains(&r.medium) {
                self.media.push(r.medium.clone());
            }
        }
        let hedged = tokens(p, ss, se).iter().any(|t| lower_is(t, &["reportedly", "kabarnya", "dikabarkan"]));
        let rs = regions.iter().copied().filter(|r| r.open >= ss && r.open < se).collect();
        Sentence { p, pi, si, ss, se, sents, regions, rs, relays, hedged, prev_medium, first: self.out.len() }
    }

    /// The speaker a subject stands for: its name, or whom a pronoun or a description points
    /// back to.
    fn resolve(&mut self, p: &str, subj: &Option<Subj>, prev_medium: Option<&str>) -> Option<String> {
        let Some(sj) = subj else { return None };
        if sj.pronoun && ["they", "mereka"].contains(&sj.mention.to_lowercase().as_str()) {
            // (people the sentence opened with are nearer than any who spoke before: "The
            // pilots voted for it, though they said …")
            let (pi, ss, _) = &self.reading;
            let opening = (std::ptr::eq(p, self.paras[*pi]) && *ss < sj.s)
                .then(|| sentence_group(p, *ss, sj.s))
                .flatten();
            if let Some(group) = opening {
                self.named.note_group(self.sentence_no, &group, &group);
            } else {
                // (or those a quiet sentence since the last group spoke opened with: "The
                // pilots voted. They said …")
                let since = self.named.group_since();
                let mut quiet =
                    self.quiet.iter().rev().filter(|q| since.is_none_or(|since| q.sentence_no > since));
                let found = quiet.find_map(|q| {
                    sentence_group(self.paras[q.para], q.ss, q.se).map(|group| (q.sentence_no, group))
                });
                if let Some((no, group)) = found {
                    self.named.note_group(no, &group, &group);
                }
            }
            return self.named.resolve_group(self.sentence_no);
        }
        // (a person named earlier in the same sentence is nearer than any before it: "Tom
        // Reed visited the quay, where he said …")
        // (the whole sentence tells whether it is English, whose given names show people)
        let (pi, ss, names) = &self.reading;
        if sj.pronoun && std::ptr::eq(p, self.paras[*pi]) && *ss < sj.s {
            for name in names.iter().filter(|name| p[*ss..sj.s].contains(name.as_str())) {
                self.named.note(name.clone(), None, None);
            }
        }
        let speaker = resolve(p, subj, &mut self.named, prev_medium, self.last_described.as_deref());
        if let Some(speaker) = &speaker {
            self.named.note_group(self.sentence_no, &sj.mention, speaker);
        }
        speaker
    }

    fn note_medium(
        &mut self,
        s: &Sentence,
        statement: (&Option<Subj>, Option<&str>, Option<&str>),
        relay: Option<&Relay>,
    ) {
        note_medium(
            s.p,
            statement,
            relay,
            &s.relays,
            &mut self.media,
            &mut self.medium_subject,
            self.sentence_no,
        );
    }

    /// Whether the statement last pushed is attributed in the sentence just before this one.
    fn attributed_just_before(&self) -> bool {
        self.last_attributed_sentence
            .is_some_and(|(at, n)| at + 1 == self.out.len() && n + 1 == self.sentence_no)
    }

    /// Reads quotation `k` of the sentence: a statement of its own, or the words of one
    /// before it that goes on, or nothing (a scare quote, a title).
    fn quotation(&mut self, s: &Sentence, k: usize, at: &mut Cursor) {
        let (p, ss, se) = (s.p, s.ss, s.se);
        let r = s.rs[k];
        if r.open < at.quoted_in_attribution {
            at.prev_end = r.close;
            return;
        }
        let next_start = s.rs.get(k + 1).map(|x| x.open).unwrap_or(se).max(r.close);
        let shape = Shape::of(p, (ss, se), &r);
        let read = shape.inner_words >= 3 || shape.standalone || shape.punctuated;
        // (title-case words chanted are no title: `chants of “Tom! Tom! Tom!”`)
        if is_quoted_title(p, ss, &r) && voicing_cue(p, at.prev_end, r.open).is_none() {
            at.prev_end = r.close;
            return;
        }
        // (an attribution that announces the next quote with a colon is that quote's, not a
        // fragment's before it: `Turning to the plan “for the north shore,” Porter warned: “…”`)
        let fragment = p[r.inner_start..r.inner_end].trim_start().starts_with(char::is_lowercase)
            && p[ss..r.open].contains(char::is_alphanumeric);
        let announces_next = k + 1 < s.rs.len() && p[r.close..next_start].trim_end().ends_with(':');
        let own =
            (read && !(fragment && announces_next)).then(|| own_attribution(s, k, next_start)).flatten();
        // whether the attribution is the next sentence (the quote's statement goes on after
        // it: “…?” Reed asked. “Neither do I.”)
        let attributed_after = own.as_ref().is_some_and(|o| o.next_sentence);
        if let Some(end) = own.as_ref().and_then(|o| o.quoted_end) {
            at.quoted_in_attribution = end;
        }
        // (a transcript's turn quoted whole names its speaker first: `"PORTER: Well, …"`)
        let label = turn_label(p, r.inner_start);
        let own_attr = own.map(|o| o.attr).or_else(|| label.as_ref().map(|(attr, _)| attr.clone()));
        // (listed after the quote before it in this sentence: `chanting “Open the pier” and
        // “Fair fares”`, one statement however short the second)
        let listed = own_attr.is_none()
            && self.out.last().is_some_and(|f| f.para == s.pi && f.direct && listed_after(p, f, ss, r.open));
        // (a short quotation left out is a scare quote, part of the prose around it: the
        // attribution before the next quote may begin before it, `Porter said the "wet spring"
        // would slow the ferries: “…”`)
        if !(listed || kept(s, k, at.prev_end, shape, own_attr.is_some())) {
            return;
        }
        let attr = own_attr.clone().or_else(|| self.attribution_before(s, k, at.prev_end, next_start));
        let before = at.prev_end;
        at.prev_end = r.close;
        if r.open < at.woven_end {
            return; // inside a statement already taken whole
        }
        let (cs, ce) = trim_span(p, label.map_or(r.inner_start, |(_, after)| after), r.inner_end);
        if cs >= ce {
            return;
        }
        let own = own_attr.is_some();
        if self.join_listed(s, &r, (cs, ce), listed, own)
            || (!own && self.go_on(s, &r, (cs, ce), attr.as_ref()))
            || self.continue_chain(s, k, &r, ce, &attr)
        {
            at.got = true;
            return;
        }
        let heard = Heard { before, attr, own, attributed_after };
        self.push_quotation(s, k, (cs, ce), heard, shape, at);
    }

    /// Records quotation `k` (its words `cs..ce`) as a statement, direct or woven into the
    /// reporter's sentence, with whose voice it is.
    fn push_quotation(
        &mut self,
        s: &Sentence,
        k: usize,
        (cs, ce): (usize, usize),
        heard: Heard,
        shape: Shape,
        at: &mut Cursor,
    ) {
        let (p, ss, se) = (s.p, s.ss, s.se);
        let r = s.rs[k];
        let Heard { before, attr, own, attributed_after } = heard;
        let attr_found = attr.is_some();
        let (subj, cue, speaker, subj_para) = match self.voice(s, k, before, attr, own, shape) {
            Voice::Of { subj, cue, speaker, para } => (subj, cue, speaker, para),
            Voice::GoesOn => {
                at.got = true;
                return;
            }
            Voice::Nobody => return,
        };
        if let Some(sj) = subj.as_ref() {
            note_person(&mut self.named, p, sj);
        }
        let certainty = if s.hedged {
            Certainty::Hedged
        } else {
            cue.as_deref().map(certainty_of).unwrap_or(Certainty::Assertive)
        };
        let venue = find_venue(p, ss, se, (r.open, r.close));
        // (a participle opening the sentence hands the quotation over, for the clause after it
        // to report a statement of its own: `Calling the levy “a travesty,” Porter urged …`)
        let handed_by_opener = attr_found.then(|| opening_participle(p, ss, before, &r)).flatten();
        let cue = handed_by_opener.as_ref().map_or(cue, |(participle, _)| Some(participle.clone()));
        let woven = match handed_by_opener {
            Some((_, from)) => Some(trim_span(p, from, r.inner_end)),
            None => attr_found
                .then(|| {
                    woven_span(
                        p,
                        s.regions,
                        (ss, se),
                        before,
                        &r,
                        own,
                        cue.as_deref(),
                        subj.as_ref().map(|sj| sj.s),
                    )
                })
                .flatten(),
        };
        let (cs, ce, direct) = match woven {
            Some((ws, we)) => {
                at.woven_end = we;
                (ws, we, false)
            }
            None => (cs, ce, true),
        };
        self.note_medium(s, (&subj, speaker.as_deref(), cue.as_deref()), None);
        self.last_direct_speaker = Some((s.pi, speaker.clone(), subj.clone()));
        let ends_in = self.sentence_no + usize::from(attributed_after);
        self.last_direct_sentence = Some((self.out.len(), ends_in));
        if attr_found {
            self.last_attributed_sentence = Some((self.out.len(), ends_in));
        }
        self.attribution_sentence = attributed_after.then_some(self.sentence_no + 1);
        self.out.push(Found {
            para: s.pi,
            s: cs,
            end_para: s.pi,
            e: ce,
            direct,
            subj,
            para_of_subj: subj_para,
            speaker,
            cue,
            certainty,
            venue,
            via: s.relays.iter().map(|r| r.2.clone()).collect(),
            open: !r.closed,
            cuts: Vec::new(),
        });
        if !r.closed {
            self.open_chain = Some(self.out.len() - 1);
        }
        at.got = true;
    }

    /// The attribution of quotation `k` that is not after it: before it (`Reed said: “…”`),
    /// or handed over by what came before, or a source in brackets after it.
    fn attribution_before(&self, s: &Sentence, k: usize, prev_end: usize, next_start: usize) -> Option<Attr> {
        let (p, ss) = (s.p, s.ss);
        let r = &s.rs[k];
        // (or a participle after the previous quote's attribution hands this one over: `“A,”
        // said Porter, explaining how the pier works: “B.”`)
        // (or right after the previous quote: `“A,” adding, “B.”`)
        let handed_over = || {
            let prev =
                self.out.last().filter(|f| f.direct && f.para == s.pi && f.e >= ss && f.e <= r.open)?;
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
        // (a verb alone after an earlier quotation, its subject before that one: `Dunn, noting
        // the "north slipway," added: “…”`)
        // (or a participle alone: `Porter called the pier “a gift,” adding: “…”`)
        let lone_cue = || {
            let gap = tokens(p, prev_end, r.open);
            let mut words = gap.iter().filter(|t| t.is_word());
            let lone = words.next().is_some_and(|t| is_cue_word(t) || lower_is(t, lexicon::PARTICIPLE_CUES))
                && words.next().is_none();
            (lone && prev_end > ss).then(|| leading(p, ss, r.open)).flatten()
        };
        // (or a participle alone opening the sentence after a statement: `Reed said the pier
        // would reopen. Adding, “…”`)
        let opening_participle = || {
            // (a word and a comma: no need to read a long opening)
            const MAX_GAP_BYTES: usize = 24;
            if r.open - ss > MAX_GAP_BYTES {
                return None;
            }
            let gap = tokens(p, ss, r.open);
            let [cue, comma] = gap.as_slice() else { return None };
            let prev = self.out.last().filter(|f| f.subj.is_some())?;
            (self.attributed_just_before()
                && matches!(comma.t, "," | ":")
                && lower_is(cue, lexicon::PARTICIPLE_CUES))
            .then(|| Attr { cue: cue.t.to_string(), subj: prev.subj.clone() })
        };
        leading(p, prev_end, r.open)
            .or_else(handed_over)
            .or_else(lone_cue)
            .or_else(opening_participle)
            // (the bracket may stand after the quote's full stop, a sentence of its own)
            .or_else(|| bracketed_source(p, r.close, if k + 1 == s.rs.len() { p.len() } else { next_start }))
    }

    /// Quotations joined by an ellipsis alone are one, with words left out between (`“When
    /// does the pier reopen?” . . . “Who checked it?”`), and so are quotations `listed` after
    /// one cue: the quotation (its words `cs..ce`) is taken into the statement before.
    fn join_listed(
        &mut self,
        s: &Sentence,
        r: &Region,
        (cs, ce): (usize, usize),
        listed: bool,
        own: bool,
    ) -> bool {
        let (p, pi) = (s.p, s.pi);
        let elided = |f: &Found| {
            let Some(gap) = p.get(f.e..r.open).filter(|_| f.para == pi && f.end_para == pi) else {
                return false;
            };
            f.direct
                && !own
                && (gap.contains("...") || gap.contains(". . .") || gap.contains('…'))
                && gap.chars().all(|c| {
                    c.is_whitespace()
                        || matches!(c, '.' | '…' | '?' | '!' | ',' | '“' | '”' | '"' | '\'' | '‘' | '’')
                })
        };
        let Some(f) = self.out.last_mut().filter(|f| listed || elided(f)) else { return false };
        f.cuts.push((f.e, cs));
        f.e = ce;
        f.open = !r.closed;
        let last = self.out.len() - 1;
        if !r.closed {
            self.open_chain = Some(last);
        }
        self.last_direct_sentence = Some((last, self.sentence_no));
        true
    }

    /// Whether the quotation (its words `cs..ce`) goes on the last direct quote, interrupted
    /// by its attribution (`“A,” he said, “B.”`), and is taken into it.
    fn go_on(&mut self, s: &Sentence, r: &Region, (cs, ce): (usize, usize), attr: Option<&Attr>) -> bool {
        let (p, pi) = (s.p, s.pi);
        let sentence_no = self.sentence_no;
        // a quote in the next sentence goes on only if it opens that sentence: after `“A,”
        // Reid said Tuesday. Reflecting on …, the leader said, “B.”` B is new
        let opens_sentence = || only_opens_sentence(&p[s.ss..r.open]);
        // (past the speaker's statements reported in between: `“A,” Reed said, suggesting that
        // X. “B.”`)
        // (or past one sentence of the reporter's that says nothing and names no one else:
        // `“A,” Reed said. The pier lies far from town. “B.”`)
        let aside_of = |f: &Found, &(s, e): &(usize, usize)| {
            let toks = tokens(p, s, e);
            other_actor(p, &toks, f.speaker.as_deref()).is_none() && !toks.iter().any(is_cue_word)
        };
        let out = &self.out;
        let goes_on = self.last_direct_sentence.filter(|&(at, n)| {
            let aside = n + 2 == sentence_no
                && at + 1 == out.len()
                && s.si.checked_sub(1).and_then(|b| s.sents.get(b)).is_some_and(|b| aside_of(&out[at], b));
            at < out.len()
                && out[at + 1..].iter().all(|f| !f.direct && f.para == pi)
                && (n >= sentence_no || ((n + 1 == sentence_no || aside) && opens_sentence()))
        });
        let Some((last, _)) = goes_on else { return false };
        let Some(f) = self.out.get_mut(last).filter(|f| interrupts(p, pi, f, cs, attr)) else { return false };
        self.last_direct_sentence = Some((last, sentence_no));
        // (a woven quote that a second one goes on is the speaker's own clause, its opening
        // phrase the reporter's: `Now that the toll has passed, “we will lose the night
        // crossing,” Porter said. “B.”`)
        if let Some(q) = woven_quote(p, s.regions, f) {
            f.s = q;
            f.direct = true;
        }
        f.cuts.push((f.e, cs));
        f.e = ce;
        f.open = !r.closed;
        if f.open {
            self.open_chain = Some(last);
        }
        true
    }

    /// Whether the quotation, opening paragraph, goes on a quote left open at the end of the
    /// paragraph before, and is taken into it (with `attr` as its speaker when it had none).
    fn continue_chain(&mut self, s: &Sentence, k: usize, r: &Region, ce: usize, attr: &Option<Attr>) -> bool {
        let Some(ci) = self.chain_in.filter(|_| r.open <= 3 && k == 0 && s.ss <= 3) else { return false };
        let p = s.p;
        let unnamed = self.out[ci].subj.is_none();
        let speaker = attr
            .as_ref()
            .filter(|_| unnamed)
            .map(|a| (self.resolve(p, &a.subj, s.prev_medium.as_deref()), a.clone()));
        let f = &mut self.out[ci];
        f.end_para = s.pi;
        f.e = ce;
        f.open = !r.closed;
        if let Some((resolved, a)) = speaker {
            f.speaker = resolved;
            f.certainty = certainty_of(&a.cue);
            f.cue = Some(a.cue);
            f.para_of_subj = s.pi;
            f.subj = a.subj;
        }
        if f.open {
            self.open_chain = Some(ci);
        }
        true
    }

    /// Whose quotation `k` is, given the attribution found around it (`attr`, `own` when it
    /// follows the quote): that one's, or the statement's before it, or the paragraph's
    /// before it that announces it, or the last speaker's it goes on from.
    fn voice(
        &mut self,
        s: &Sentence,
        k: usize,
        before: usize,
        attr: Option<Attr>,
        own: bool,
        shape: Shape,
    ) -> Voice {
        let Shape { inner_words, outside, standalone, .. } = shape;
        let r = &s.rs[k];
        let (p, pi, si) = (s.p, s.pi, s.si);
        let announcement = (attr.is_none() && standalone && si == 0 && k == 0)
            .then(|| announced_before(self.paras, pi))
            .flatten();
        // (a "he" after the quote points back to whoever introduced it in the same sentence:
        // `Reed answered: “…,” he wrote`)
        let pronoun_after = attr.as_ref().and_then(|a| a.subj.as_ref()).is_some_and(|sj| sj.pronoun);
        if pronoun_after && own {
            if let Some(sj) = leading(p, before, r.open).and_then(|a| a.subj) {
                note_person(&mut self.named, p, &sj);
            }
        }
        match (attr, announcement) {
            (Some(a), _) => {
                let speaker = self.resolve(p, &a.subj, s.prev_medium.as_deref());
                if let Some(d) = described_antecedent(p, &a.subj, speaker.as_deref()) {
                    self.last_described = Some(d);
                }
                Voice::Of { subj: a.subj, cue: Some(a.cue), speaker, para: pi }
            }
            // a bare quote right after an attributed statement goes on with it, as the
            // reporter's own words hand over to the speaker's (`People should show their proof,
            // he told reporters. “This is deeply reckless.”`) or a speaker's quote runs on into
            // the next paragraph
            (None, _)
                if standalone
                    && r.closed
                    && outside == 0
                    && !p[r.inner_start..r.inner_end].trim_end().ends_with(',')
                    && self.attributed_just_before() =>
            {
                let (cs, ce) = trim_span(p, r.inner_start, r.inner_end);
                self.take_after_statement(s, r, (cs, ce));
                Voice::GoesOn
            }
            // announced by the paragraph before, which ends in a colon ("The Herald reports:",
            // "Then Reed continues:")
            (None, Some((prev_p, a))) => {
                let speaker = self.resolve(prev_p, &a.subj, None);
                Voice::Of { subj: a.subj, cue: Some(a.cue), speaker, para: pi - 1 }
            }
            (None, None) if standalone || !r.closed => self.bare_quote_voice(s, standalone),
            // introduced by a colon ("Then it continues: “…”"): a quote, its speaker unknown
            (None, None) if p[before..r.open].trim_end().ends_with(':') && inner_words >= 3 => {
                Voice::Of { subj: None, cue: None, speaker: None, para: pi }
            }
            // a chant or a sign's words, voiced by the subject of the clause they are in, named
            // as written (a crowd is no antecedent for a later "she")
            (None, None) => match (inner_words >= 1).then(|| voicing_cue(p, before, r.open)).flatten() {
                Some(cue) => {
                    Voice::Of { subj: None, cue: Some(cue), speaker: voices(p, s.ss, r.open), para: pi }
                }
                None => Voice::Nobody,
            },
        }
    }

    /// Takes a bare quote (its words `cs..ce`) into the statement attributed in the sentence
    /// before.
    fn take_after_statement(&mut self, s: &Sentence, r: &Region, (cs, ce): (usize, usize)) {
        let pi = s.pi;
        let paras = self.paras;
        let f = self.out.last_mut().expect("the reported statement");
        let announces = |q: &str| q[..f.e].trim_end().ends_with(':') || q[f.e..].trim() == ":";
        if !f.direct && announces(paras[f.end_para]) {
            // what came before only announced the quote ("The Times confirmed it, reporting:"):
            // the quote is the statement, in its own words
            (f.para, f.end_para, f.s, f.e, f.direct) = (pi, pi, cs, ce, true);
            f.cuts.clear();
        } else {
            // (the attribution closing the first paragraph is no part of the words: `“A,” she
            // said.` then `“B.”`)
            if f.end_para == f.para && f.direct {
                f.cuts.push((f.e, paras[f.para].len()));
            }
            f.end_para = pi;
            f.e = r.close;
        }
        self.last_attributed_sentence = Some((self.out.len() - 1, self.sentence_no));
    }

    /// Whose a quote without attribution is: the previous speaker's of this paragraph or the
    /// one before, unless the sentence before shows someone else or announces it.
    fn bare_quote_voice(&mut self, s: &Sentence, standalone: bool) -> Voice {
        let (p, pi, si) = (s.p, s.pi, s.si);
        // a bare quote continues the previous speaker of this paragraph or the previous one
        let prev = self.last_direct_speaker.clone().or_else(|| {
            self.out
                .last()
                .filter(|f| f.direct && f.end_para + 1 >= pi)
                .map(|f| (f.para_of_subj, f.speaker.clone(), None))
        });
        // unless the sentence before shows someone else, saying nothing ("Ann Reed frowned.
        // “…”"): the quote is theirs
        let actor = || {
            let &(ps, pe) = s.sents.get(si.checked_sub(1)?)?;
            let toks = tokens(p, ps, pe);
            let quiet =
                !toks.iter().any(is_cue_word) && !s.regions.iter().any(|x| x.open >= ps && x.open < pe);
            let speaker = prev.as_ref().and_then(|(_, sp, _)| sp.as_deref());
            quiet.then(|| other_actor(p, &toks, speaker)).flatten()
        };
        let prev = match prev.as_ref().and(standalone.then(actor).flatten()) {
            Some(name) => Some((pi, Some(name), None)),
            None => prev,
        };
        // or the speaker of the sentence before, when it only announced the quote ("Reed said
        // during the debate. “…”")
        let announced = || {
            let &(ps, pe) = s.sents.get(si.checked_sub(1)?)?;
            let nothing_reported =
                self.last_attributed_sentence.is_none_or(|(_, n)| n + 1 < self.sentence_no)
                    && !s.regions.iter().any(|x| x.open >= ps && x.open < pe);
            nothing_reported.then(|| announcer(p, ps, pe)).flatten()
        };
        // (which wins over the speaker before: `“A,” said Dunn. Porter agreed. “B.”`)
        let announced = standalone.then(announced).flatten();
        let prev = prev.filter(|_| announced.is_none());
        match (prev, announced) {
            (Some((_, speaker, _)), _) => Voice::Of { subj: None, cue: None, speaker, para: pi },
            (None, Some(a)) => {
                let speaker = self.resolve(p, &a.subj, s.prev_medium.as_deref());
                Voice::Of { subj: a.subj, cue: Some(a.cue), speaker, para: pi }
            }
            (None, None) => Voice::Of { subj: None, cue: None, speaker: None, para: pi },
        }
    }

    /// The statements the sentence reports beside its quotations (`got`: it has some), in
    /// text order; and when it reports none, the person it is about, with the title it names
    /// them with.
    fn statements(&mut self, s: &Sentence, got: bool) -> Option<(String, Option<String>)> {
        let (p, ss, se) = (s.p, s.ss, s.se);
        let quotes_end = s.rs.iter().map(|r| r.close).max().unwrap_or(ss);
        if got {
            self.statement_announcing_quote(s);
            if self.statement_after_quotes(s, quotes_end) {
                return None;
            }
        }
        // (after the quotes, a statement of a clause of its own may follow: "Pointing to “storm
        // damage,” the ferry line's spokeswoman told the Herald that …")
        let from = if got { quotes_end.min(se) } else { ss };
        let mut found = statements_in(p, from, se, s.regions, &s.relays, &self.media);
        let mut main_person = None;
        if got {
            // (a clause of its own says so with "that"; anything else after a quote is its
            // attribution and circumstances: "“…,” Reed told the Herald in an interview")
            // (after a quotation an opening participle handed over, the clause is the
            // sentence's own: "Calling the levy “a travesty,” Porter urged the board to …")
            let handed_over = s.rs.first().is_some_and(|r| opening_participle(p, ss, ss, r).is_some());
            let that = |cs: usize| handed_over || after_that(p, cs) || p[cs..].starts_with("that ");
            found.retain(|ind| {
                ind.subj.as_ref().is_some_and(|sj| sj.s >= from)
                    && clause_after_speaker(p, ind)
                    && that(ind.cs)
            });
            found.splice(0..0, self.statement_holding_quote(s));
            found.splice(0..0, self.statement_before_announcing_clause(s));
        } else if found.iter().all(|f| {
            f.subj.as_ref().is_some_and(|sj| sj.s >= f.ce && person_named(sj).is_none())
                || names_claim_as_noun(&f.cue)
        }) {
            // (nobody spoke, or only a source closing the sentence that names no person: the
            // person in the sentence is who comes next: "Harbour Secretary Tom Reed announced
            // A, according to Harbour Board data. He …"; so after a claim only named as a
            // noun: "Porter brushed aside Reed's claim that … She …")
            main_person = self.person_spoken_of(s);
        }
        // (the question a statement answers: "Asked if …, Reed said …")
        let taken = |cs: usize, ce: usize| {
            found
                .iter()
                .map(|f| (f.cs, f.ce))
                .chain(self.out[s.first..].iter().map(|f| (f.s, f.e)))
                .any(|(s, e)| s < ce && cs < e)
        };
        if let Some(q) = indirect::asked_question(p, ss, se, s.regions).filter(|q| !taken(q.cs, q.ce)) {
            let at = found.iter().position(|f| f.cs > q.cs).unwrap_or(found.len());
            found.insert(at, q);
        }
        self.report(s, found);
        main_person
    }

    /// "Porter said the ferries would run late all week: “…”": the clause announcing the
    /// sentence's first quote reports a statement of its own before the colon (or a statement
    /// with quotations woven in that a second verb goes on to: "Reed said the toll was “far too
    /// high,” and added that the fee “hurts the island”"), inserted before the quote.
    fn statement_announcing_quote(&mut self, s: &Sentence) {
        let (p, ss, se) = (s.p, s.ss, s.se);
        let goes_on_from = |f: &Found| {
            let toks = tokens(p, ss, f.s);
            let toks = match toks.as_slice() {
                [rest @ .., that] if lower_is(that, &["that"]) => rest,
                all => all,
            };
            matches!(toks, [.., and, verb] if lower_is(and, &["and", "but"]) && is_cue_word(verb))
        };
        let Some(first) =
            self.out.get(s.first).filter(|f| f.para == s.pi && f.s > ss && (f.direct || goes_on_from(f)))
        else {
            return;
        };
        let woven_first = !first.direct;
        let intro = lead_in(p, ss, first.s);
        let colon = intro.strip_suffix(':').map(|head| ss + head.len());
        // (or without one: "The ferries will run, Reed said, adding, “…”", "Reed said the pier
        // was safe and added, “…”")
        let intro_end = colon.unwrap_or(ss + intro.len());
        let stated = statements_in(p, ss, intro_end, s.regions, &s.relays, &self.media);
        // (the quote's speaker's, and a clause, not an object: "said of the mayor:", "added a
        // caveat:", "In a statement, Reed said:" report nothing)
        const MIN_FRONTED_WORDS: usize = 4;
        // (without a colon, a clause of its own, not the occasion or the manner: "In a letter on
        // Monday, Reed said, “…”", "said about the mayor, “…”")
        let plain_clause = |ind: &Indirect| {
            let toks = tokens(p, ind.cs, ind.ce);
            let opener = |t: &text::Tok| {
                lower_is(t, PREPOSITIONS)
                    || (lower_is(t, CLAUSE_OPENERS) && !lower_is(t, EN_SUBJECT_PRONOUNS))
                    || is_discourse(t)
                    || lower_is(t, &["asked"])
            };
            toks.first().is_some_and(|t| t.is_word() && !opener(t)) && indirect::main_clause_follows(&toks)
        };
        let fronted = |ind: &Indirect| {
            ind.subj.as_ref().is_some_and(|sj| ind.ce <= sj.s) && wc(p, ind.cs, ind.ce) >= MIN_FRONTED_WORDS
        };
        // (the quote's speaker, read in full or in part: "De Vries" and "Vries"; or named again
        // after it: "Reed said A: “…,” he said")
        let same_speaker = |a: &Subj, b: &Subj| {
            let named_again = colon.is_some() && b.s > first.e && a.mention.eq_ignore_ascii_case(&b.mention);
            (a.s < b.e && b.s < a.e) || named_again
        };
        let announced = stated.into_iter().find(|ind| {
            ind.subj.as_ref().zip(first.subj.as_ref()).is_some_and(|(a, b)| same_speaker(a, b))
                && (colon.is_some() || woven_first || plain_clause(ind))
                && (clause_after_speaker(p, ind) || (colon.is_none() && fronted(ind)))
                && !p[ind.cs..].starts_with("of ")
        });
        let Some(mut ind) = announced else { return };
        // (up to the verb that hands over the quote: "… and said, “…”")
        let toks = tokens(p, ind.cs, ind.ce);
        if let [.., and, verb] = toks.as_slice() {
            if lower_is(and, &["and", "but"]) && is_cue_word(verb) {
                (ind.cs, ind.ce) = trim_span(p, ind.cs, and.s);
            }
        }
        let statement = first.reported(p, (ss, se), (ind.cs, ind.ce), ind.cue, s.hedged);
        self.out.insert(s.first, statement);
    }

    /// "Porter said A, but she put it plainly: “…”", "Reed said A, and when asked about B, he
    /// said, “…”": before the clause that hands over the sentence's first quote with a colon
    /// or a comma, a statement of a clause of its own, by a subject of its own.
    fn statement_before_announcing_clause(&self, s: &Sentence) -> Option<Indirect> {
        let (p, ss, se) = (s.p, s.ss, s.se);
        let first = self.out.get(s.first).filter(|f| f.direct && f.para == s.pi && f.s > ss)?;
        let announcer = first.subj.as_ref().filter(|sj| sj.s >= ss && sj.e <= first.s)?;
        if !lead_in(p, ss, first.s).ends_with([':', ',']) {
            return None;
        }
        // (or between the announcer and the quote, by someone else: "Reed was curt about a
        // builder who said he was owed money, saying, “…”")
        let before_or_within =
            |ind: &Indirect, sj: &Subj| ind.ce <= announcer.s || (sj.s >= announcer.e && ind.ce <= first.s);
        statements_in(p, ss, se, s.regions, &s.relays, &self.media).into_iter().find(|ind| {
            ind.subj
                .as_ref()
                .is_some_and(|sj| sj.e <= ind.cs && sj.s != announcer.s && before_or_within(ind, sj))
                && clause_after_speaker(p, ind)
        })
    }

    /// “…,” he said, adding that …: the speaker's next statement, reported (from the last quote
    /// taken, when it is the last found: quotations woven into the statement are its own, `said,
    /// adding that the tests would take "two more weeks"`). Whether there was one.
    fn statement_after_quotes(&mut self, s: &Sentence, quotes_end: usize) -> bool {
        let (p, se) = (s.p, s.se);
        let out = &self.out;
        let last_taken = out.last().filter(|f| f.direct && f.para == s.pi && out.len() > s.first);
        let after_quotes = last_taken.map_or(quotes_end, |f| f.e);
        let statement = out
            .last()
            .filter(|f| f.para == s.pi && f.e <= after_quotes && f.cue.is_some())
            .and_then(|last| {
                let (cs, ce, cue) = participle_statement(p, s.regions, after_quotes, se)?;
                Some(last.reported(p, (s.ss, se), (cs, ce), cue, s.hedged))
            });
        let Some(statement) = statement else { return false };
        self.last_attributed_sentence = Some((self.out.len(), self.sentence_no));
        self.out.push(statement);
        true
    }

    /// Before the quotes, a statement that holds the first quote and its speaker: "Reed
    /// recalled that the old ferry had a skipper who always warned “…”", up to the closing mark.
    fn statement_holding_quote(&self, s: &Sentence) -> Option<Indirect> {
        let (p, ss, se) = (s.p, s.ss, s.se);
        let f = self.out.get(s.first).filter(|f| f.para == s.pi)?;
        let inner = f.subj.as_ref().filter(|sj| sj.s >= ss && sj.e <= f.s)?;
        // (the quote itself, or a statement with it woven in: "a plan that Dunn said would
        // make “a bad season worse”")
        let r = s.regions.iter().find(|r| {
            (r.inner_start <= f.s && f.s < r.inner_end) || (!f.direct && f.s <= r.open && r.close <= f.e)
        })?;
        // (the quote's speaker inside the statement's clause, not after a break or a
        // conjunction: not "Reed said A, but Dunn added: “…”", nor a quote handed over by a
        // comma, `where she said, “…”`)
        let before_inner = tokens(p, ss, inner.s);
        let joined = before_inner
            .last()
            .is_some_and(|t| t.is_word() && !lower_is(t, &["and", "but", "or", "while", "as"]));
        let handed = p.get(inner.e..r.open).is_some_and(|gap| gap.trim_end().ends_with(','));
        if !joined || handed {
            return None;
        }
        let mut outer =
            statements_in(p, ss, inner.s, s.regions, &s.relays, &self.media).into_iter().find(|ind| {
                ind.subj.as_ref().is_some_and(|sj| sj.e <= ind.cs)
                    && p.get(ind.ce..inner.s).is_some_and(|gap| gap.trim().is_empty())
            })?;
        outer.ce = r.close.min(se);
        clause_after_speaker(p, &outer).then_some(outer)
    }

    /// The person a sentence without statements is about, the nearest antecedent of a later
    /// "he" or "dia", with the title it names them with ("Bupati Sukamaju Rina Wati").
    fn person_spoken_of(&mut self, s: &Sentence) -> Option<(String, Option<String>)> {
        let (p, ss, se) = (s.p, s.ss, s.se);
        let toks = tokens(p, ss, se);
        // (the one who spoke though nothing was reported: "Ketua SNS Sunarto menyampaikan
        // protes."; an Indonesian verb by its prefix, where English "claim" may be a noun)
        let spoke = || {
            let verb = |t: &text::Tok| {
                t.is_lower_word() && (t.t.starts_with("me") || t.t.starts_with("ber")) && is_cue_word(t)
            };
            let cue = toks.iter().position(verb)?;
            speaker::subject_before(p, &toks, cue).and_then(|(sj, _)| sj.name.filter(|_| !sj.pronoun))
        };
        // (or a full name with a role before the sentence's first Indonesian verb, whatever it
        // does: "Kepala sekolah Rina Wati bersyukur …", "Warga setempat, Rina Wati, menyambut
        // …"; without a role, capitals there name a firm or a place as often: "Harbour Foods
        // membeli …")
        let acted = || {
            let verb = toks.iter().position(|t| t.is_lower_word() && words::is_id_active_verb(t))?;
            speaker::subject_before(p, &toks, verb)
                .map(|(sj, _)| sj)
                .filter(|sj| !sj.pronoun && sj.role.is_some() && speaker::full_name(sj))
                .and_then(|sj| sj.name)
        };
        let person = spoke()
            .map(|n| (n, None))
            .or_else(|| titled_name(p, ss, se).map(|(name, title)| (name, Some(title))))
            .or_else(|| introduced_name(p, ss, se).map(|n| (n, None)))
            .or_else(|| {
                sentence_subject(p, ss, se)
                    .filter(|(n, full)| *full || self.named.knows(n))
                    .map(|(n, _)| (n, None))
            })
            .or_else(|| acted().map(|n| (n, None)));
        // (or a "he" or "she" opening it, for the person it stands for: "He nodded to his rival,
        // Tom Reed." keeps the one it points back to nearest)
        let mut pronoun = || {
            let first = toks.iter().find(|t| t.is_word())?;
            lower_is(first, &["he", "she"]).then(|| self.named.resolve(&first.lower())).flatten()
        };
        person.filter(|(n, _)| names_a_person(n)).or_else(|| pronoun().map(|n| (n, None)))
    }

    /// Pushes the reported statements of a sentence, each with its speaker resolved and the
    /// media it passed through.
    fn report(&mut self, s: &Sentence, found: Vec<Indirect>) {
        let (p, ss, se) = (s.p, s.ss, s.se);
        // "…, the news agency said, citing the port authority": a medium citing a source passes
        // on the source's statement, as "Mengutip X, M …" does (`citing_clause`)
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
            let mut speaker = self
                .resolve(p, &ind.subj, s.prev_medium.as_deref())
                .or_else(|| cataphora.then(|| subject_name(p, ind.cs, ind.ce)).flatten());
            if let Some(d) = described_antecedent(p, &ind.subj, speaker.as_deref()) {
                self.last_described = Some(d);
            }
            self.note_medium(s, (&ind.subj, speaker.as_deref(), Some(ind.cue.as_str())), ind.relay.as_ref());
            // A relay inside the speaker's own words ("Mengutip Yonhap, Reuters …" makes Yonhap
            // the speaker) is not a hop of its own; a medium in the role of a named speaker is
            // ("according to Harbour Herald columnist Carl Dunn").
            let mut via: Vec<Relay> = ind.relay.iter().cloned().collect();
            for (rs, re, r) in &s.relays {
                let in_speaker = ind.subj.as_ref().is_some_and(|sj| {
                    let in_role = sj.name.as_ref().zip(sj.role.as_ref()).is_some_and(|(name, role)| {
                        !name.contains(r.medium.as_str()) && role.contains(r.medium.as_str())
                    });
                    *rs < sj.e && sj.s < *re && !in_role
                });
                if !in_speaker && !via.iter().any(|v| v.medium == r.medium) {
                    via.push(r.clone());
                }
            }
            if let Some(sj) = ind.subj.as_ref() {
                note_person(&mut self.named, p, sj);
            }
            // (or no speaker but a medium relaying: "…, menurut laporan Harbour Herald yang
            // mengutip pejabat intelijen")
            let mut medium = relays_as_medium(&self.media, speaker.as_deref(), &via);
            // "The Harbour Herald reported that Tom Reed said A": what the medium carried is
            // another's statement, which it relays
            if medium && speaker.is_some() && ind.subj.as_ref().is_some_and(|sj| sj.e <= ind.cs) {
                let inner =
                    statements_in(p, ind.cs, ind.ce, s.regions, &s.relays, &self.media).into_iter().next();
                // (said by someone named first, with a plain verb of saying: "found the
                // article" or "described the push as …" are the medium's own account)
                let opens = |sj: &Subj| p.get(ind.cs..sj.s).is_some_and(|gap| gap.trim().is_empty());
                let said = |i: &Indirect| PLAIN_SAYING_CUES.iter().any(|c| i.cue.eq_ignore_ascii_case(c));
                if let Some(inner) = inner.filter(|i| said(i) && i.subj.as_ref().is_some_and(opens)) {
                    if let Some(relaying) = speaker.take() {
                        via.push(Relay { medium: relaying, cue: ind.cue.clone(), reporter: None });
                    }
                    speaker = self.resolve(p, &inner.subj, s.prev_medium.as_deref());
                    ind = inner;
                    medium = relays_as_medium(&self.media, speaker.as_deref(), &via);
                }
            }
            let after = ind.subj.as_ref().map_or(ind.ce, |sj| sj.e.max(ind.ce));
            // (not a medium the relays already hold: "…, sebagaimana dilansir CNN yang mengutip
            // Reuters" is no one's words via Reuters → CNN)
            let relayed = |src: &Subj| via.iter().any(|v| src.mention.contains(v.medium.as_str()));
            // (at the sentence end, "…, the Herald reported, citing port officials", or set off
            // between the medium and its verb: "Reuters, mengutip Yonhap, melaporkan …")
            let aside = || {
                let sj = ind.subj.as_ref()?;
                let comma = p.get(sj.e..ind.cs)?.rfind(',')? + sj.e;
                indirect::cited_source(p, sj.e, comma)
            };
            let cited = medium.then(|| indirect::cited_source(p, after, se).or_else(aside)).flatten();
            if let Some((src, cue)) = cited.filter(|(src, _)| !(speaker.is_none() && relayed(src))) {
                // (the source cited is the origin now, no hop: "Reuters, mengutip Yonhap, …")
                via.retain(|v| !src.mention.contains(v.medium.as_str()));
                if let Some(medium) = speaker.take() {
                    via.insert(0, Relay { medium, cue, reporter: None });
                }
                speaker = src.name.clone().or_else(|| Some(src.mention.clone()));
                ind.subj = Some(src.clone());
                citation = Some(src);
            }
            // ("Dikatakan, …" after someone's statement is theirs, said plainly; so is what a
            // named document or person is written to say: "Dalam surat itu disebutkan, …")
            let said_plainly = speaker.is_some()
                && PASSIVE_GOING_ON_CUES
                    .iter()
                    .chain(PASSIVE_WRITTEN_CUES)
                    .any(|c| ind.cue.eq_ignore_ascii_case(c));
            let certainty = if s.hedged {
                Certainty::Hedged
            } else if said_plainly {
                Certainty::Assertive
            } else {
                certainty_of(&ind.cue)
            };
            let venue = find_venue(p, ss, se, (ind.cs, ind.ce));
            let (s_, e, direct) = quoted_whole(p, s.regions, se, &ind);
            let cut = attribution_inside(p, (s_, e), ind.subj.as_ref(), &ind.cue);
            let (s_, cut) = past_framing(p, s_, cut);
            let cuts = cut.into_iter().collect();
            self.last_attributed_sentence = Some((self.out.len(), self.sentence_no));
            self.out.push(Found {
                para: s.pi,
                s: s_.min(e),
                end_para: s.pi,
                e,
                direct,
                subj: ind.subj,
                para_of_subj: s.pi,
                speaker,
                cue: (!ind.cue.is_empty()).then_some(ind.cue),
                certainty,
                venue,
                via,
                open: false,
                cuts,
            });
        }
    }

    /// Notes the people the sentence names, for a later "he" or "she": those it shows to be
    /// people, then its speakers again and the person it is about (`main_person`, with a
    /// title), the nearest antecedents.
    fn note_people(&mut self, s: &Sentence, main_person: Option<(String, Option<String>)>) {
        // (people described who did not speak, for a later "they": "The pilots voted. They
        // said …")
        if self.out.len() <= s.first {
            const REMEMBERED_QUIET: usize = 3;
            if self.quiet.len() == REMEMBERED_QUIET {
                self.quiet.remove(0);
            }
            self.quiet.push(QuietSentence { para: s.pi, ss: s.ss, se: s.se, sentence_no: self.sentence_no });
        }
        for name in std::mem::take(&mut self.reading.2) {
            self.named.note(name, None, None);
        }
        for f in &self.out[s.first.min(self.out.len())..] {
            match f.subj.as_ref().filter(|_| f.para_of_subj == s.pi) {
                // (a pronoun stands for the person it was resolved to; a relative "who" for
                // people the sentence has named or only described)
                Some(sj) if sj.pronoun && !sj.mention.eq_ignore_ascii_case("who") => {
                    if let Some(sp) = f.speaker.clone().filter(|sp| names_a_person(sp)) {
                        self.named.note(sp, None, None);
                    }
                }
                // (and a role alone, "Bupati mengatakan", for the person named with it before)
                Some(sj)
                    if sj.name.is_none()
                        && f.speaker.as_ref().is_some_and(|sp| *sp != sj.mention && self.named.has(sp)) =>
                {
                    if let Some(sp) = f.speaker.clone() {
                        self.named.note(sp, None, None);
                    }
                }
                // (a role no one was named with stands for the unnamed person who holds it, for a
                // "dia" or "he" to point back to: "Bupati menegaskan … Ia juga menyebut")
                Some(sj)
                    if sj.name.is_none()
                        && !sj.pronoun
                        && f.speaker.as_deref() == Some(sj.mention.trim())
                        && role_alone(&sj.mention).is_some() =>
                {
                    self.named.note(sj.mention.trim().to_string(), Some(&sj.mention), sj.role.as_deref());
                }
                Some(sj) => note_person(&mut self.named, s.p, sj),
                None => {}
            }
        }
        if let Some((name, title)) = main_person {
            let name = past_run_in_heading(s.p, (s.ss, s.ss), &name, &name, &self.named)
                .map(str::to_string)
                .unwrap_or(name);
            self.named.note(name, None, title.as_deref());
        }
    }

    /// A statement that opens with the speaker's own words in quotation marks and runs on in
    /// the reporter's (`“We are ready” for the storm, Reed said`) is a direct quote that goes
    /// on, as PolNeAR counts it (after "that" it is reported speech all the same).
    fn finish(mut self) -> Vec<Found> {
        for f in self.out.iter_mut().filter(|f| !f.direct) {
            if !after_that(self.paras[f.para], f.s)
                && self.regions_by_para[f.para].iter().any(|r| r.open == f.s)
            {
                f.direct = true;
            }
        }
        self.out
    }
}

/// The span of a reported statement and whether it is a direct quote after all: the tail of
/// a quote whose opening mark lies sentences back ("… Jadi, gaji bersih makin menciut,” kata
/// Said.), or a statement that is one quotation whole ("…, telling reporters, “…”", unless
/// "that" makes it reported speech, `told reporters that “…”`, as in `woven_span`). A direct
/// quote is its words, without the marks.
/// The attribution set off by commas inside a statement that runs on past it ("Ferry crews
/// walked out, union leaders said, in a dispute over pay", "Dermaga itu, menurut Budi, sudah
/// tua"): no part of what was said, cut from the statement's text from its first comma to
/// past its last.
fn attribution_inside(
    p: &str,
    (s, e): (usize, usize),
    subj: Option<&Subj>,
    cue: &str,
) -> Option<(usize, usize)> {
    const MAX_ATTRIBUTION_BYTES: usize = 120;
    let sj = subj.filter(|sj| s < sj.s && sj.e < e)?;
    let before = p[s..sj.s].trim_end();
    // (the cue right before the subject, or before its role: "kata Ketua Serikat Nelayan Budi")
    let cue_before = (!cue.is_empty()).then(|| cue_before_role(before, cue)).flatten();
    let before = cue_before.map_or(before, |at| before[..at].trim_end());
    let comma = before.strip_suffix(',').map(|b| s + b.len())?;
    // (after "kata Budi" the statement resumes where `statement_resumes` says: after a comma,
    // past when it was said, or at once)
    let resumes = || {
        let rest = tokens(p, sj.e, e);
        indirect::statement_resumes(&rest, 0).and_then(|k| rest.get(k)).map(|t| t.s)
    };
    let after = match cue_before {
        Some(_) => resumes().filter(|&k| k - sj.e <= MAX_ATTRIBUTION_BYTES)?,
        None => sj.e + p[sj.e..e].find(',').filter(|&k| k <= MAX_ATTRIBUTION_BYTES)? + 1,
    };
    // (the cue is set off with the subject: not the subject of the statement's own verb, "In
    // phone calls, Gen. Reed, the harbour chief, assured …"; or is the subject, as "ujarnya")
    let cue_after = p[sj.e..after].split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(cue));
    let cue_is_subject = p[sj.s..sj.e].eq_ignore_ascii_case(cue);
    if cue_before.is_none() && !cue_after && !cue_is_subject {
        return None;
    }
    let next = after + (p[after..e].len() - p[after..e].trim_start().len());
    (p[s..comma].contains(char::is_alphanumeric) && next < e).then_some((comma, next))
}

/// Where a statement with its attribution set inside it (`cut`) starts, and the cut that
/// is left: words before the attribution that only frame it, a connective or when ("But
/// still, Reed says, …", "Last winter, Porter said, …"), are no part of what was said; a
/// relative clause that the attribution interrupts is said from its pronoun on ("the fish
/// market, which, Dunn said, opens …").
fn past_framing(p: &str, s: usize, cut: Option<(usize, usize)>) -> (usize, Option<(usize, usize)>) {
    const MAX_FRAME_WORDS: usize = 5;
    let Some((comma, next)) = cut else { return (s, cut) };
    let toks = tokens(p, s, comma);
    let words = toks.iter().filter(|t| t.is_word()).count();
    let framing = toks.iter().all(|t| {
        t.t == ","
            || (t.is_word()
                && (is_discourse(t)
                    || lower_is(t, TIME_PHRASE_WORDS)
                    || lower_is(t, WEEKDAYS_EN)
                    || lower_is(t, WEEKDAYS_ID)
                    || lower_is(t, MONTHS)
                    || words::is_digits(t)))
    });
    if framing && (1..=MAX_FRAME_WORDS).contains(&words) {
        return (next, None);
    }
    let relative = toks.len() >= 2
        && toks[toks.len() - 2].t == ","
        && lower_is(&toks[toks.len() - 1], &["which", "who", "where", "yang"]);
    match toks.last() {
        Some(pronoun) if relative => (pronoun.s, cut),
        _ => (s, cut),
    }
}

/// Where `cue` stands as a word in `before`, the words before a subject, with only the
/// subject's role after it (no comma) and within an attribution's length of the subject.
fn cue_before_role(before: &str, cue: &str) -> Option<usize> {
    const MAX_ROLE_BYTES: usize = 100;
    // (only the words near the subject are read: a statement may be a long paragraph's)
    let mut from = before.len().saturating_sub(MAX_ROLE_BYTES + cue.len() + 1);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let lower = before[from..].to_ascii_lowercase();
    let word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    lower.rmatch_indices(&cue.to_ascii_lowercase()).map(|(at, _)| from + at).find(|&at| {
        let end = at + cue.len();
        word_edge(before[..at].chars().next_back())
            && word_edge(before[end..].chars().next())
            && !before[end..].contains(',')
            && before.len() - end <= MAX_ROLE_BYTES
    })
}

fn quoted_whole(p: &str, regions: &[Region], se: usize, ind: &Indirect) -> (usize, usize, bool) {
    let tail =
        ind.ce < se && p[ind.ce..se].trim_start_matches([' ', ',', '.', '!', '?']).starts_with(['”', '"']);
    let reported = after_that(p, ind.cs);
    let whole = regions.iter().find(|r| {
        !reported
            && r.closed
            && r.open <= ind.cs
            && ind.ce <= r.close
            && !p[r.open..ind.cs].contains(char::is_alphanumeric)
            && !p[ind.ce..r.close].contains(char::is_alphanumeric)
    });
    match whole {
        Some(r) => {
            let (s, e) = trim_span(p, r.inner_start, r.inner_end);
            (s, e, true)
        }
        None if tail => (
            ind.cs + p[ind.cs..].find(|c: char| !matches!(c, '“' | '”' | '"' | ' ')).unwrap_or(0),
            ind.ce,
            true,
        ),
        None => (ind.cs, ind.ce, false),
    }
}

/// A participle of speech opening the sentence `ss` and the quotation `r` its object, with
/// nothing but plain words between them: the participle, and where its object starts.
fn opening_participle(p: &str, ss: usize, before: usize, r: &Region) -> Option<(String, usize)> {
    const MAX_OBJECT_WORDS: usize = 8;
    if before != ss || p[ss..r.open].contains([':', '(', ')', '“', '”', '"', ',']) {
        return None;
    }
    let lead = tokens(p, ss, r.open);
    let (first, object) = lead.split_first()?;
    let words = object.iter().filter(|t| t.is_word()).count();
    let plain = object.first().is_none_or(|t| t.is_word()) && words <= MAX_OBJECT_WORDS;
    let ends_phrase =
        p[r.close..].trim_start().starts_with(',') || p[r.inner_start..r.inner_end].trim_end().ends_with(',');
    // (the quotation alone its object is quoted whole: `Citing “storm damage,” …`)
    let from = if object.is_empty() { r.inner_start } else { first.e };
    (first.is_cap() && lower_is(first, PARTICIPLE_CUES) && plain && ends_phrase)
        .then(|| (first.t.to_string(), from))
}

/// The attribution after quotation `k` of the sentence, up to `next_start`: in the same
/// sentence, around a short quotation of its own, or a short next sentence that is the
/// attribution alone.
fn own_attribution(s: &Sentence, k: usize, next_start: usize) -> Option<OwnAttribution> {
    let (p, se) = (s.p, s.se);
    let r = &s.rs[k];
    let plain = |attr| OwnAttribution { attr, quoted_end: None, next_sentence: false };
    // (the attribution may hold a few quoted words of its own: `“…,” Reed, holding a “Save the
    // Quay” leaflet, said`, `argued the writers of the “Harbour Plan,”`)
    let quoted_in_it = || {
        const MAX_INNER_WORDS: usize = 4;
        let inner = s.rs.get(k + 1).filter(|x| {
            x.closed
                && x.close <= se
                && wc(p, x.inner_start, x.inner_end) <= MAX_INNER_WORDS
                && p[r.close..x.open].trim_end().ends_with(char::is_alphanumeric)
        })?;
        let to = s.rs.get(k + 2).map(|x| x.open).unwrap_or(se).max(inner.close);
        let a = trailing(p, r.close, to)?;
        let cue_after = tokens(p, inner.close, to).iter().any(|t| t.t == a.cue);
        let speaker_around = a.subj.as_ref().is_some_and(|sj| sj.e > inner.open);
        (cue_after || speaker_around).then_some(OwnAttribution {
            attr: a,
            quoted_end: Some(inner.close),
            next_sentence: false,
        })
    };
    quoted_in_it().or_else(|| trailing(p, r.close, next_start).map(plain)).or_else(|| {
        attribution_sentence_after(s, k).map(|attr| OwnAttribution {
            attr,
            quoted_end: None,
            next_sentence: true,
        })
    })
}

/// “…?” Mayor Ellen Brook asks. — a short next sentence that is the attribution of quotation
/// `k` alone (after a question or exclamation, a word or two in quotation marks may be part
/// of it: `…?” Dunn snapped, with a rude word for “ferry.”`).
fn attribution_sentence_after(s: &Sentence, k: usize) -> Option<Attr> {
    const MAX_ATTRIBUTION_WORDS: usize = 20;
    const MAX_QUOTED_WORDS: usize = 2;
    let (p, se) = (s.p, s.se);
    let r = &s.rs[k];
    let &(ns, ne) = s.sents.get(s.si + 1)?;
    let asked = p[r.inner_start..r.inner_end].trim_end().ends_with(['?', '!']);
    let quoted_words = if asked { MAX_QUOTED_WORDS } else { 0 };
    let alone = k + 1 == s.rs.len()
        && r.close >= se
        && wc(p, ns, ne) <= MAX_ATTRIBUTION_WORDS
        && !s
            .regions
            .iter()
            .any(|x| x.open >= ns && x.open < ne && wc(p, x.inner_start, x.inner_end) > quoted_words);
    // (the cue ends it but for when, where or to whom: "Porter says the crew will sail" is a
    // statement of its own)
    let statement_after = |cue: &str| {
        let toks = tokens(p, ns, ne);
        let Some(c) = toks.iter().position(|t| t.t == cue) else { return false };
        // (up to a comma or a clause of when or why: "Reed said as he launched the vote", "Reed
        // said, echoing many who …")
        toks[c + 1..]
            .iter()
            .take_while(|t| t.t != "," && !lower_is(t, indirect::CIRCUMSTANCE_SUBORDINATORS))
            .any(|t| {
                is_auxiliary(t) || lower_is(t, PRONOUNS) || lower_is(t, &["that", "bahwa"]) || is_past_form(t)
            })
    };
    alone.then(|| trailing(p, r.close, ne)).flatten().filter(|a| !statement_after(&a.cue))
}

/// The person a sentence opens with, named, when not `speaker` (who may share a surname
/// with a relative: "Tom Reed said. Ann Reed frowned.").
fn other_actor(p: &str, toks: &[text::Tok], speaker: Option<&str>) -> Option<String> {
    let name = speaker::clause_subject(p, toks).and_then(|(sj, _)| sj.name)?;
    speaker.is_none_or(|sp| !antecedents::same_person(&name, sp)).then_some(name)
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

/// Notes a subject's name as one a later "he" or "she" may point back to (without a
/// subheading run into it), with the words around it that may show the person's sex
/// ("Ms.", "spokeswoman").
fn note_person(named: &mut Antecedents, p: &str, subj: &Subj) {
    if let Some(name) = person_named(subj) {
        let name = past_run_in_heading(p, (subj.s, subj.e), &subj.mention, &name, named)
            .map(str::to_string)
            .unwrap_or(name);
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
    // (a thing named after a body: "Harbour Board data")
    let thing = name.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_lowercase));
    !region && !organisation && !thing && !lexicon::is_medium(name)
}

/// Whether a statement's speaker is a medium (one known as such here or by its name), or
/// it has none and came through media.
fn relays_as_medium(media: &[String], speaker: Option<&str>, via: &[Relay]) -> bool {
    speaker.is_some_and(|sp| is_medium(sp) || media.iter().any(|m| m == sp))
        || (speaker.is_none() && !via.is_empty())
}
