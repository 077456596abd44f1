//! Attribution around a quotation: `“…,” kata X`, `"…," X said`, `X said: "…"`, a quote
//! interrupted by its attribution, and quotes woven into reported speech.

use crate::{
    lexicon::*,
    speaker::{
        apposition_end, clause_subject, coordinated_subject, described_clause_subject, description_only,
        make_subj, name_after_role, named_subject_before, one_of_a_group, pronoun_subj, quoted_words_end,
        source_after_according, subject_before, subject_forward, with_closing_role,
    },
    text::{self, tokens, trim_span, Region, Tok},
    words::{
        according_to_at, capitalised_words, in_capitals, is_abbr_tok, is_adverb, is_auxiliary, is_cue_word,
        is_dash, is_digits, is_discourse, is_hyphenated_figure, is_lead_punct, is_long_dash, is_occupation,
        is_participle, is_past_form, is_possessive, is_punct, is_role_or_people_noun, is_speaker_noun,
        lower_is, wc,
    },
    Attr, Found, Subj,
};

/// Words that may open the sentence of a quote's next piece: `he said. But “B.”`,
/// `Reed said. Instead, “B.”`.
const SENTENCE_OPENERS: &[&str] = &["But", "And", "Still", "Yet", "Instead", "Now", "Then", "Also", "So"];

/// Whether the words between a sentence's start and a quote only open the sentence.
pub fn only_opens_sentence(lead: &str) -> bool {
    let lead = lead.trim().trim_end_matches(',').trim_end();
    lead.is_empty() || SENTENCE_OPENERS.contains(&lead)
}

/// Whether the quote starting at `cs` in paragraph `pi` goes on with `prev`, the statement
/// found before it (a quote, perhaps woven into reported speech): nothing but `prev`'s own attribution between them
/// (`“A,” he said, “B.”`, `“A,” said X, a port official. “B.”`), and no attribution of a
/// different cue for the new piece. The caller checks that the piece is in the same sentence or
/// opens the next.
pub fn interrupts(p: &str, pi: usize, prev: &Found, cs: usize, attr: Option<&Attr>) -> bool {
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
    // (a word may open the piece's sentence: `he said. But “B.”`)
    let gap_end = gap.trim_end_matches(|c: char| c.is_whitespace() || "\"“”'‘’«»„".contains(c));
    let gap_end = SENTENCE_OPENERS
        .iter()
        .find_map(|w| gap_end.trim_end_matches(',').strip_suffix(w).map(str::trim_end))
        .unwrap_or(gap_end);
    // (or joins it with "and": `“A,” she said, and “B.”`)
    let gap_end = gap_end.strip_suffix(" and").filter(|g| g.ends_with(',')).unwrap_or(gap_end);
    // (or right at the cue, its comma missing: `“A,” Reed said “B.”`)
    let after_clause = gap_end.ends_with([',', '.', ':', ';', '—', '–']) || gap_end.ends_with(cue);
    // (a participle of speech hands over a second statement: `“A,” she said, adding, “B.”`,
    // or weaves it into its own: `, adding that the fares, “B.”`; one whose words end their
    // sentence has said them, and the quote of the next sentence goes on with A: `“A,” she
    // said, adding that the fares will rise. “B.”`)
    let gap_toks = tokens(p, prev.e, cs);
    let said_its_own = gap_end.ends_with(['.', '!', '?']);
    let second_cue = gap_toks.windows(2).enumerate().any(|(k, w)| {
        w[0].t == ","
            && lower_is(&w[1], PARTICIPLE_CUES)
            && !lower_is(&w[1], &[cue])
            && !(said_its_own && gap_toks[k + 2..].iter().any(|t| t.is_word()))
    });
    // (nor does a clause of contrast with an attribution of its own that hands the piece
    // over: `“A,” Reed said, though he said, “B.”`)
    const CONTRAST: &[&str] = &["though", "although", "but", "yet", "while"];
    const MAX_SUBJECT_WORDS: usize = 3;
    let last_word = gap_toks.iter().rposition(|t| t.is_word());
    let contrasted = last_word.is_some_and(|c| {
        let opener = c.saturating_sub(MAX_SUBJECT_WORDS + 1)..c.saturating_sub(1);
        gap_toks[c].is_lower_word()
            && is_cue_word(&gap_toks[c])
            && opener.into_iter().any(|k| {
                lower_is(&gap_toks[k], CONTRAST) && !lower_is(&gap_toks[k + 1], &["who", "which", "that"])
            })
    });
    after_clause
        && !second_cue
        && !contrasted
        && gap.contains(cue)
        && wc(p, prev.e, cs) <= MAX_GAP_WORDS
        && attr.is_none_or(|a| a.cue == cue)
}

/// A paragraph that only signs the quote above it: "— Ann Porter", "- Reed.". The speaker
/// and the dash, as the cue.
pub fn signature(p: &str) -> Option<Attr> {
    const MAX_NAME_TOKENS: usize = 6;
    let toks = tokens(p, 0, p.len());
    let dash = toks.first().filter(|t| is_dash(t))?;
    let end = if toks.last().is_some_and(|t| t.t == ".") { toks.len() - 1 } else { toks.len() };
    if end < 2 || end - 1 > MAX_NAME_TOKENS || !capitalised_words(&toks[1..end]) {
        return None;
    }
    let subj = make_subj(p, &toks, 1, end, 0);
    subj.name.is_some().then(|| Attr { cue: dash.t.to_string(), subj: Some(subj) })
}

/// A paragraph that is a transcript's turn: a speaker's label in capitals and a colon open
/// it ("REED: Well, look, the pier has stood there for years. …"), outside any quotation.
pub fn transcript_turn(p: &str, regions: &[Region]) -> bool {
    let lead = p.len() - p.trim_start().len();
    turn_label(p, lead).is_some_and(|(_, colon)| !regions.iter().any(|r| r.open < colon))
}

/// A transcript's speaker label at `from` ("PORTER:", "MR. REED:"): one or two words in
/// capitals of two letters or more, so "Q:" and "A:" label no one, nor do labels ("UPDATE:",
/// "EDITOR'S NOTE:"); then a colon and words. The speaker and where the colon ends.
pub fn turn_label(p: &str, from: usize) -> Option<(Attr, usize)> {
    const MAX_LABEL_WORDS: usize = 2;
    const MAX_LABEL_CHARS: usize = 40;
    let (colon, _) = p[from..].char_indices().take(MAX_LABEL_CHARS).find(|&(_, c)| c == ':')?;
    let toks = tokens(p, from, from + colon);
    let words = toks.iter().filter(|t| t.t != ".").count();
    let label = (1..=MAX_LABEL_WORDS).contains(&words)
        && toks.first().is_some_and(in_capitals)
        && toks
            .iter()
            .all(|t| (in_capitals(t) && !is_possessive(t) && !lower_is(t, HEADLINE_LABELS)) || t.t == ".")
        && p[from + colon + 1..].trim_start().starts_with(char::is_alphabetic);
    let subj = label.then(|| make_subj(p, &toks, 0, toks.len(), 0))?;
    Some((Attr { cue: ":".to_string(), subj: Some(subj) }, from + colon + 1))
}

/// Verbs of speech in two words: "he went on", "Porter shot back".
const PHRASAL_CUES: &[(&str, &str)] = &[
    ("went", "on"),
    ("goes", "on"),
    ("shot", "back"),
    ("fired", "back"),
    ("hit", "back"),
    ("chimed", "in"),
    ("blurted", "out"),
];

/// Whether a two-word verb of speech starts at `toks[k]`.
fn phrasal_cue_at(toks: &[Tok], k: usize) -> bool {
    let particle = toks.get(k + 1).map(|o| o.lower()).unwrap_or_default();
    toks.get(k)
        .is_some_and(|c| PHRASAL_CUES.iter().any(|&(verb, part)| c.lower() == verb && particle == part))
}

/// Past "can be heard" or "is seen" to the participle after it, as a recording shows a
/// speaker: "Reed can be heard saying", "a deckhand is heard asking". The participle's index.
fn heard_participle(toks: &[Tok], k: usize) -> Option<usize> {
    let m = k + toks[k..].iter().take_while(|t| t.is_lower_word() && is_auxiliary(t)).count();
    (m > k && lower_is(toks.get(m)?, &["heard", "seen"]) && lower_is(toks.get(m + 1)?, PARTICIPLE_CUES))
        .then_some(m + 1)
}

/// Attribution right after a statement: `, kata X`, `,” ujarnya`, `," X said`, `, said X`.
/// Each shape the words may take is a method of [`Trail`], tried in order.
pub fn trailing(p: &str, from: usize, to: usize) -> Option<Attr> {
    let trail = Trail::new(p, from, to)?;
    // (a conjunction opens a clause of its own, no attribution: `“A,” and Porter answered, “B.”`)
    let t = &trail.toks[trail.i];
    if t.is_lower_word() && lower_is(t, &["and", "but", "or", "dan", "tetapi", "namun"]) {
        return None;
    }
    if let Some(found) =
        trail.according_to().or_else(|| trail.signature()).or_else(|| trail.pronoun_suffix_cue())
    {
        return Some(found);
    }
    if let Some(decided) = trail.postposed_cue() {
        return decided;
    }
    let verb_before_name = trail.verb_before_name();
    if let Some(found) = trail.quantifier_then_cue() {
        return Some(found);
    }
    let (found, verb_after_subject) = trail.subject_then_cue();
    found
        .or_else(|| described_speaker_then_cue(p, &trail.toks, trail.i))
        .or_else(|| named_phrase_then_cue(p, &trail.toks, trail.i))
        .or(verb_after_subject)
        .or(verb_before_name)
}

/// The words after a statement (`p[from..to]`), read for who said it.
struct Trail<'a> {
    p: &'a str,
    toks: Vec<Tok<'a>>,
    /// The first token past the punctuation that closes the statement.
    i: usize,
    /// That token in lower case.
    l: String,
    /// Whether the statement closed with its own comma or mark (`“…,” he scoffs`), which
    /// hands it to the clause after it whatever its verb.
    handed_over: bool,
}

/// A word shaped like a verb of the past or the present ("retorted", "scoffs"), not an
/// auxiliary or a preposition.
fn verb_shaped(c: &Tok) -> bool {
    const MIN_VERB_LEN: usize = 5;
    c.is_lower_word()
        && c.t.len() >= MIN_VERB_LEN
        && (c.t.ends_with("ed") || (c.t.ends_with('s') && !c.t.ends_with("ss")))
        && !is_auxiliary(c)
        && !lower_is(c, PREPOSITIONS)
}

impl<'a> Trail<'a> {
    fn new(p: &'a str, from: usize, to: usize) -> Option<Trail<'a>> {
        let toks = tokens(p, from, to);
        let mut i = 0;
        while i < toks.len() && is_lead_punct(&toks[i]) {
            i += 1;
        }
        // ("…,” demikian kata Budi": "thus" before the cue adds nothing to it)
        let cue_next = toks.get(i + 1).is_some_and(|n| is_postposed_id_cue(&n.lower()));
        if cue_next && toks[i].is_word() && lower_is(&toks[i], &["demikian"]) {
            i += 1;
        }
        let l = toks.get(i)?.lower();
        let handed_over = p[..from].trim_end_matches(['”', '"', '’', '\'']).ends_with([',', '?', '!']);
        Some(Trail { p, toks, i, l, handed_over })
    }

    /// Whether the clause ends at token `k`: the words end, or a stop or comma comes.
    fn clause_ends(&self, k: usize) -> bool {
        self.toks.get(k).is_none_or(|n| matches!(n.t, "." | "," | ";"))
    }

    /// "“…,” according to the mayor's office".
    fn according_to(&self) -> Option<Attr> {
        let (p, toks, i) = (self.p, &self.toks, self.i);
        if !according_to_at(toks, i) {
            return None;
        }
        // (the source is read as after any "according to", when it reads as one: a speaker,
        // or a phrase naming one, "according to the council's memo", not "according to
        // the weather", which is no source)
        let x0 = i + 2;
        let named = || {
            toks[x0..]
                .iter()
                .take_while(|t| t.is_word())
                .any(|t| t.is_cap() && !lower_is(t, WEEKDAYS_EN) && !lower_is(t, MONTHS))
        };
        let sj = match subject_forward(p, toks, x0) {
            Some((sj, _)) if sj.name.is_some() => sj,
            None if !named() => return None,
            _ => source_after_according(p, toks, x0)?.0,
        };
        Some(Attr { cue: "according to".into(), subj: Some(sj) })
    }

    /// A signature: "“…” ― Maria Lopez", a name after a dash, alone or with where and when
    /// after a comma ("― Harbour Master Tom Reed, in a post, April 26, 2021").
    fn signature(&self) -> Option<Attr> {
        let (p, toks, i) = (self.p, &self.toks, self.i);
        const MAX_SIGNATURE_WORDS: usize = 4;
        // (a name with its title, as signed before the details: "― Harbour Board Chair Ann
        // Porter, in a post")
        const MAX_TITLED_SIGNATURE_WORDS: usize = 8;
        const MAX_DETAIL_WORDS: usize = 16;
        // (a hyphen with a space before it is a typed dash)
        let typed_dash = |t: &Tok| t.t == "-" && p[..t.s].ends_with(' ');
        let dash = i > 0 && (is_long_dash(&toks[i - 1]) || typed_dash(&toks[i - 1]));
        // (the sentence's full stop is no part of the name: "― Joan A. Miller."; an initial's is)
        let end = match toks.last() {
            Some(t) if t.t == "." && toks.len() >= 2 && toks[toks.len() - 2].t.chars().count() > 1 => {
                toks.len() - 1
            }
            _ => toks.len(),
        };
        let detail = toks[i.min(end)..end].iter().position(|t| t.t == ",").map(|c| i + c);
        let detail =
            detail.filter(|&comma| toks[comma..].iter().filter(|t| t.is_word()).count() <= MAX_DETAIL_WORDS);
        let end = detail.unwrap_or(end);
        let words = toks[i.min(end)..end].iter().filter(|t| t.is_word()).count();
        if dash
            && (1..=if detail.is_some() { MAX_TITLED_SIGNATURE_WORDS } else { MAX_SIGNATURE_WORDS })
                .contains(&words)
            && i < end
            && toks[i..end].iter().all(|t| t.is_cap() || t.t == ".")
        {
            let subj = make_subj(p, toks, i, end, 0);
            return Some(Attr { cue: toks[i - 1].t.to_string(), subj: Some(subj) });
        }
        None
    }

    /// "…,” ujarnya", "katanya": the cue with its pronoun.
    fn pronoun_suffix_cue(&self) -> Option<Attr> {
        let (t, l) = (&self.toks[self.i], self.l.as_str());
        if let Some(stem) = l.strip_suffix("nya") {
            if POST_CUES_ID.contains(&stem) || PRE_CUES.contains(&stem) || stem == "kata" {
                let mut sj = pronoun_subj(t);
                sj.mention = "nya".into();
                return Some(Attr { cue: t.t.to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// A cue put after the statement with its speaker after it: "…, kata politisi itu", "…,”
    /// said the 51-year-old", "…, said Lavrov". `Some(None)` when a lower-case English cue
    /// finds no speaker: nothing else may read the words then.
    fn postposed_cue(&self) -> Option<Option<Attr>> {
        let (p, toks, i, t, l) = (self.p, &self.toks, self.i, &self.toks[self.i], self.l.as_str());
        // (an auxiliary after the cue's subject makes it the subject of what was said; a
        // participle may describe a speaker: "said one official involved in the talks")
        let goes_on = |t: &Tok| t.is_lower_word() && is_auxiliary(t);
        if POST_CUES_ID.contains(&l) || POST_CUES_EN.contains(&l) {
            let mut k = i + 1;
            while k < toks.len() && is_adverb(&toks[k]) {
                k += 1;
            }
            // "kata politisi Partai Contoh itu", "kata pria yang menjabat sebagai direktur PT
            // Contoh ini": a description pointing back, whole, up to its pointer
            const MAX_DESCRIPTION: usize = 16;
            let end = toks[k..]
                .iter()
                .position(|t| matches!(t.t, "." | "," | "!" | "?"))
                .map_or(toks.len(), |x| k + x);
            let described = end > k + 1
                && end - k <= MAX_DESCRIPTION
                && toks[k].is_lower_word()
                && !lower_is(&toks[k], PRONOUNS)
                && lower_is(&toks[end - 1], POINTERS_AFTER);
            if described {
                let subj = description_only(make_subj(p, toks, k, end, 0));
                return Some(Some(Attr { cue: t.t.to_string(), subj: Some(subj) }));
            }
            // (a subject that goes on with a verb is the subject of what was said, not the
            // speaker put after the cue: "“wreck,” said he thought the pier …", "said the new
            // planks had arrived")
            // (nor is a clause after "that": "“in so many words” warns that Dover owns …")
            let clause_next = toks[k..].first().is_some_and(|t| t.is_lower_word() && lower_is(t, &["that"]))
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_cap() || lower_is(n, PRONOUNS) || lower_is(n, DETERMINERS));
            if clause_next {
                return None;
            }
            let addressed = ADDRESSEE_CUES.contains(&l);
            let inverted =
                subject_forward(p, toks, k).filter(|_| !addressed).filter(|(sj, end)| match toks.get(*end) {
                    Some(t) if sj.pronoun => !t.is_word(),
                    Some(t) => !goes_on(t),
                    None => true,
                });
            if let Some((sj, end)) = inverted {
                let sj = name_after_role(p, toks, &sj, k, end)
                    .map_or_else(|| with_closing_role(p, toks, sj, end), |(named, _)| named);
                return Some(Some(Attr { cue: t.t.to_string(), subj: Some(sj) }));
            }
            if POST_CUES_EN.contains(&l) && !addressed {
                // "…,” said the 51-year-old. / said one person close to the negotiations, who …
                const MAX_DESCRIPTION_WORDS: usize = 10;
                if toks.get(k).is_some_and(|d| lower_is(d, DESCRIBING_ARTICLES)) {
                    // (a title quoted in it is part of it: `argued the writers of the “Harbour Plan,”`)
                    const MAX_TITLE_WORDS: usize = 6;
                    let limit = toks.len().min(k + MAX_DESCRIPTION_WORDS);
                    let mut end = k + 1;
                    while end < limit {
                        if let Some(close) = quoted_words_end(toks, end, MAX_TITLE_WORDS) {
                            end = close + 1;
                            // (its own comma or stop inside the marks ends the description)
                            if matches!(toks[close - 1].t, "," | ".") {
                                break;
                            }
                        } else if toks[end].is_word() || toks[end].t == "-" {
                            end += 1;
                        } else {
                            break;
                        }
                    }
                    // (or "one" alone: "“…,” read one.")
                    let one_alone = end == k + 1 && lower_is(&toks[k], &["one", "another"]);
                    if (end > k + 1 || one_alone) && !toks[k..end].iter().any(goes_on) {
                        let subj = Subj { described: true, ..make_subj(p, toks, k, end, end - k) };
                        return Some(Some(Attr { cue: t.t.to_string(), subj: Some(subj) }));
                    }
                }
                // (a name that is also a cue speaks with the next word: "…,” Read said.)
                if !t.is_cap() {
                    return Some(None);
                }
            }
        }
        None
    }

    /// A quote handed over with its own comma or mark is attributed by the clause after it
    /// whatever its verb, when nothing else reads the words: "…,” he scoffs.", "…!" a tired
    /// Reed retorted.", "…," remembered Carl Dunn, the ferry line's founder.
    fn verb_before_name(&self) -> Option<Attr> {
        let (p, toks, i, t) = (self.p, &self.toks, self.i, &self.toks[self.i]);
        if !(self.handed_over && verb_shaped(t)) {
            return None;
        }
        subject_forward(p, toks, i + 1)
            .filter(|(sj, end)| sj.name.is_some() && !sj.pronoun && self.clause_ends(*end))
            .map(|(sj, _)| Attr { cue: t.t.to_string(), subj: Some(sj) })
    }

    /// "…,” one said. / others added.: some of the people the article describes.
    fn quantifier_then_cue(&self) -> Option<Attr> {
        let (p, toks, i, t) = (self.p, &self.toks, self.i, &self.toks[self.i]);
        const QUANTIFIERS: &[&str] = &["one", "another", "others", "some", "many", "both", "most", "several"];
        if t.is_lower_word() && lower_is(t, QUANTIFIERS) {
            let mut k = i + 1;
            while k < toks.len() && is_adverb(&toks[k]) {
                k += 1;
            }
            let cue = toks.get(k).filter(|c| c.is_lower_word() && is_cue_word(c) && self.clause_ends(k + 1));
            if let Some(c) = cue {
                let subj = Subj { described: true, ..make_subj(p, toks, i, i + 1, 1) };
                return Some(Attr { cue: c.t.to_string(), subj: Some(subj) });
            }
        }
        None
    }

    /// The speaker, then the cue: "…,” Reed said", "…,” the mayor will say at the opening";
    /// and, failing a cue, the verb after the subject when the quote was handed over.
    fn subject_then_cue(&self) -> (Option<Attr>, Option<Attr>) {
        let (p, toks, i) = (self.p, &self.toks, self.i);
        // ("…,” a senior Tory said": one of a party, not a person named Tory)
        // ("…,” the 58-year-old, a deckhand since 1990, told the Herald": someone described in a
        // few lowercase words, then an apposition and the cue)
        let described_then_apposition = || {
            const MAX_DESCRIPTION: usize = 4;
            toks.get(i).filter(|t| lower_is(t, DESCRIBING_ARTICLES))?;
            let comma = (i + 2..toks.len().min(i + 2 + MAX_DESCRIPTION)).find(|&k| toks[k].t == ",")?;
            let described = toks[i + 1..comma].iter().all(|t| t.is_lower_word() || is_hyphenated_figure(t));
            (described && apposition_end(toks, comma).is_some())
                .then(|| (Subj { described: true, ..make_subj(p, toks, i, comma, comma - i) }, comma))
        };
        if let Some((mut sj, mut k)) = one_of_a_group(p, toks, i)
            .or_else(|| subject_forward(p, toks, i))
            .or_else(described_then_apposition)
        {
            // "Rep. Ann Porter (D-Del.) said": a party and state, or an age, in brackets
            const MAX_BRACKETED: usize = 8;
            if toks.get(k).is_some_and(|t| t.t == "(") {
                if let Some(close) = (k + 1..toks.len().min(k + MAX_BRACKETED)).find(|&j| toks[j].t == ")") {
                    k = close + 1;
                }
            }
            // "NAME, a longtime party strategist, said": the apposition is the role
            if let Some(close) = apposition_end(toks, k) {
                let apposition = &toks[k + 1..close];
                let text = p[toks[k + 1].s..toks[close - 1].e].to_string();
                // (an age is no role: "Mr. Reed, 23, said"; nor what someone wears or does:
                // "the deckhand, clad in oilskins and holding a rope, said")
                let age = matches!(apposition, [t] if is_digits(t));
                let doing = matches!(apposition, [verb, next, ..] if (is_past_form(verb) || is_participle(verb) || lower_is(verb, &["clad"]))
                    && (lower_is(next, PREPOSITIONS) || lower_is(next, DETERMINERS)));
                if sj.name.is_none() && apposition.iter().all(|t| t.is_cap() || t.t == ".") {
                    // "the City Hall spokesman, Ben Ortiz, said"
                    sj.name = Some(text);
                } else if sj.role.is_none() && !age && !doing {
                    sj.role = Some(text);
                }
                k = close + 1;
            }
            // (and a modal: "…,” the mayor will say at the opening)
            while k < toks.len() && (is_adverb(&toks[k]) || lower_is(&toks[k], MODALS)) {
                k += 1;
            }
            if let Some(c) = heard_participle(toks, k) {
                return (Some(Attr { cue: toks[c].t.to_string(), subj: Some(sj) }), None);
            }
            if let Some(c) = toks.get(k) {
                let cl = c.lower();
                if PRE_CUES.contains(&cl.as_str())
                    || POST_CUES_ID.contains(&cl.as_str())
                    || POST_CUES_EN.contains(&cl.as_str())
                {
                    return (Some(Attr { cue: c.t.to_string(), subj: Some(sj) }), None);
                }
                // "…,” he went on. / Reed shot back.
                if phrasal_cue_at(toks, k) {
                    return (Some(Attr { cue: p[c.s..toks[k + 1].e].to_string(), subj: Some(sj) }), None);
                }
                if self.handed_over && verb_shaped(c) && self.clause_ends(k + 1) {
                    return (None, Some(Attr { cue: c.t.to_string(), subj: Some(sj) }));
                }
            }
        }
        (None, None)
    }
}

/// A source in brackets after a quotation, as news digests cite one: "“…” [Herald.]". The
/// attribution of last resort: a name before the quote ("Tom Reed: “…” [Herald.]") is its
/// speaker, the bracket only where it was printed.
pub fn bracketed_source(p: &str, from: usize, to: usize) -> Option<Attr> {
    const MAX_SOURCE_WORDS: usize = 4;
    // (the bracket comes right after the quote and ends the text: look no further than its
    // close, or every quote of a long paragraph would read the rest of it)
    let rest = p[from..to].trim_start();
    let close_at = to - rest.len() + rest.strip_prefix('[')?.find(']')? + 1;
    if p[close_at + 1..to].chars().any(char::is_alphanumeric) {
        return None;
    }
    let toks = tokens(p, from, close_at + 1);
    let close = toks.first().filter(|t| t.t == "[").and_then(|_| toks.iter().position(|t| t.t == "]"))?;
    let end = if toks[close - 1].t == "." { close - 1 } else { close };
    let words = toks[1..end].iter().filter(|t| t.is_word()).count();
    let named =
        (1..=MAX_SOURCE_WORDS).contains(&words) && toks[1..end].iter().all(|t| t.is_cap() || t.t == ".");
    named.then(|| Attr {
        cue: p[toks[0].s..toks[close].e].to_string(),
        subj: Some(make_subj(p, &toks, 1, end, 0)),
    })
}

/// Modal verbs between a speaker and the verb of speech after a quote.
const MODALS: &[&str] = &["will", "would", "could", "might", "may", "can"];

/// Words that open a speaker described, not named, after a quote: "the 51-year-old", "one
/// person close to the talks".
const DESCRIBING_ARTICLES: &[&str] = &["the", "a", "an", "one", "another"];

/// The kinds of work a quoted title names: "on the podcast “Harbour Hour.”"
const KINDS_OF_WORK: &[&str] = &[
    "podcast",
    "show",
    "program",
    "programme",
    "book",
    "memoir",
    "film",
    "movie",
    "song",
    "album",
    "column",
    "series",
    "documentary",
    "headline",
    "newsletter",
    "acara",
    "buku",
    "lagu",
    "judul",
    "berjudul",
    "bertajuk",
];

/// A title in quotation marks, not speech: title-case words after a preposition or a
/// possessive (`on WXYZ's “Morning Table.”`, `a book titled “Long Roads”`, `a radio interview
/// with “Harbour Morning”`).
pub fn is_quoted_title(p: &str, sentence_start: usize, r: &Region) -> bool {
    const TITLE_WORD_LEN: usize = 4;
    let before = p[sentence_start..r.open].trim_end();
    // (the kind of work may stand in apposition: "In a slim memoir, ''Salt on the Quay,''")
    let kind_of_work = before.trim_end_matches(',').trim_end();
    let introduced = before.ends_with("'s")
        || before.ends_with("’s")
        || before.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| {
            ["on", "in", "of", "with", "titled", "called", "named", "entitled", "told", "to", "from", "at"]
                .contains(&w)
        })
        || kind_of_work
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| KINDS_OF_WORK.contains(&w.to_lowercase().as_str()));
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
    // ("Reed running mate Gov. Ann Porter of Delaware told")
    const MAX_WORDS: usize = 11;
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
pub fn woven_span(
    p: &str,
    regions: &[Region],
    (ss, se): (usize, usize),
    before: usize,
    r: &Region,
    attributed_after: bool,
    cue: Option<&str>,
    subj_start: Option<usize>,
) -> Option<(usize, usize)> {
    // (not by "that," alone: `Porter said that, “of course …”` is reported speech)
    let gap = p[before..r.open].trim_end();
    let that_comma = gap.strip_suffix(',').is_some_and(|g| text::after_that(p, before + g.len()));
    let introduced = gap.ends_with([':', ',', '—', '–', '-']) && !that_comma;
    if introduced {
        return continued_phrase(p, ss, before, r, attributed_after, subj_start);
    }
    if attributed_after {
        let lead = tokens(p, before, r.open);
        let words = lead.iter().filter(|t| t.is_word() && !is_discourse(t)).count();
        // (a headline in capitals before it is no clause the quote goes on: "PIER CLOSES “…” [Herald.]")
        let capitals = lead.iter().filter(|t| t.is_word()).all(|t| !t.t.chars().any(char::is_lowercase));
        if before != ss || words == 0 || capitals {
            return None;
        }
        return from_sentence_start(p, ss, r);
    }
    let cue_end = before + p[before..r.open].rfind(cue?)? + cue?.len();
    let between = tokens(p, cue_end, r.open);
    let words = between.iter().filter(|t| t.is_word() && !lower_is(t, &["that", "bahwa"])).count();
    // (`Reed said that “we need more time”`: a quotation after "that" is reported
    // speech too, as PolNeAR reads it; right after the cue it is a direct quote)
    let that = between.iter().any(|t| lower_is(t, &["that", "bahwa"]));
    // (nor a quotation a participle hands over: `posted a message saying “…”`)
    // (not a verb in progress: `were calling “every hour”`)
    let handed_over = match between.as_slice() {
        [.., before, last] => lower_is(last, PARTICIPLE_CUES) && !is_auxiliary(before),
        [last] => lower_is(last, PARTICIPLE_CUES),
        [] => false,
    };
    if (words == 0 || handed_over) && !that {
        return None;
    }
    // (from "that" on, when it and a comma open the quotation: `wrote to the board that, “…”`)
    let last_word = between.iter().rev().find(|t| t.is_word());
    let from = last_word.filter(|t| that_comma && lower_is(t, &["that", "bahwa"])).map_or(cue_end, |t| t.s);
    // (an Indonesian statement starts after "bahwa", past to whom it was said: `mengatakan
    // kepada nelayan bahwa “…”`)
    let from = between.iter().rev().find(|t| lower_is(t, &["bahwa"])).map_or(from, |t| t.e);
    // (up to a participle after the quotation, which reports a statement of its own: `said
    // the toll was “far too high,” adding that …`)
    let after = tokens(p, r.close, se);
    let participle = (0..after.len()).find(|&k| {
        lower_is(&after[k], PARTICIPLE_CUES)
            && (k == 0 && text::after_comma(p, r.close) || k > 0 && after[k - 1].t == ",")
    });
    let end = participle.map_or(se, |k| if k == 0 { r.close } else { after[k - 1].s });
    // (what was said starts after its "that", as in a statement without quotations, when
    // words follow it before the quotation: `said that “…”` stays reported speech by it)
    // (past the day it was said: `declared Thursday that “…”` is reported from "that")
    let lead = tokens(p, from, r.open);
    let day = lead.first().is_some_and(|t| lower_is(t, WEEKDAYS_EN) || lower_is(t, &["today", "yesterday"]));
    let lead =
        if day && lead.get(1).is_some_and(|t| lower_is(t, &["that"])) { &lead[1..] } else { &lead[..] };
    let from = match lead {
        [that, next, ..] if lower_is(that, &["that"]) && next.is_word() => next.s,
        [that, ..] if day => that.s,
        _ => from,
    };
    let (s, e) = trim_span(p, from, end);
    // (the quotation alone after "bahwa" is the statement, without its marks)
    let alone = |(s, e): (usize, usize)| {
        !p[s..r.open].contains(char::is_alphanumeric) && !p[r.close.min(e)..e].contains(char::is_alphanumeric)
    };
    let (s, e) = if s <= r.open && alone((s, e)) { trim_span(p, r.inner_start, r.inner_end) } else { (s, e) };
    // (up to a clause of its own: "…, while Sen. Joan Miller suggested …")
    let (s, e) = crate::indirect::reported_clause(p, regions, &tokens(p, ss, se), s, e);
    (s < e).then_some((s, e))
}

/// A quotation after a comma that goes on with the sentence's opening phrase, in lowercase,
/// is woven into it: `Since the storm took two ferries, “the timetable cannot hold,” Reed
/// said`, `Even so, Reed said, “the toll should go”` (from the sentence start to the quote's
/// end).
fn continued_phrase(
    p: &str,
    ss: usize,
    before: usize,
    r: &Region,
    attributed_after: bool,
    subj_start: Option<usize>,
) -> Option<(usize, usize)> {
    let lowercase = p[r.inner_start..r.inner_end].trim_start().starts_with(char::is_lowercase);
    if before != ss || !lowercase {
        return None;
    }
    let phrase_end = if attributed_after { r.open } else { subj_start.filter(|&s| s >= ss && s < r.open)? };
    // (the attribution between them only a speaker and a verb: not `Porter wrote to the
    // harbour board on Friday, saying,`)
    const MAX_ATTRIBUTION_WORDS: usize = 4;
    if tokens(p, phrase_end, r.open).iter().filter(|t| t.is_word()).count() > MAX_ATTRIBUTION_WORDS {
        return None;
    }
    let phrase = tokens(p, ss, phrase_end);
    // (more than a connective: `So, Reed said, “…”` is a direct quote)
    // (or a transition that frames the saying, not the words said: `In closing, Reed said,
    // “the pier stays shut”`)
    let words: Vec<String> = phrase.iter().filter(|t| t.is_word()).map(Tok::lower).collect();
    let transition = TRANSITIONS.iter().any(|w| w.split(' ').eq(words.iter().map(String::as_str)));
    let opening_phrase = !transition
        && phrase.iter().any(|t| t.is_word() && !is_discourse(t))
        && phrase.last().is_some_and(|t| t.t == ",");
    if !opening_phrase {
        return None;
    }
    from_sentence_start(p, ss, r)
}

/// Phrases that open a sentence to place the act of saying among others, not to begin
/// what was said ("In closing, …", "At the same time, …").
const TRANSITIONS: &[&str] = &[
    "at the same time",
    "in closing",
    "in conclusion",
    "in response",
    "in reply",
    "in addition",
    "on the other hand",
    "finally",
    "later",
    "afterward",
    "afterwards",
    "at one point",
    "at another point",
    "again",
    "once again",
    "in turn",
    "for his part",
    "for her part",
    "for their part",
    "for its part",
    "di sisi lain",
    "selain itu",
    "sementara itu",
];

/// The sentence from its start `ss` to the end of the quotation `r`, when the words before
/// the quotation are one plain clause: no colon, bracket or other quotation mark.
fn from_sentence_start(p: &str, ss: usize, r: &Region) -> Option<(usize, usize)> {
    if p[ss..r.open].contains([':', '(', ')', '“', '”', '"']) {
        return None;
    }
    let (s, _) = trim_span(p, ss, r.open);
    let (_, e) = trim_span(p, r.inner_start, r.inner_end);
    (s < e).then_some((s, e))
}

/// `the company said`, `the football team wrote` right after a quote: a described speaker
/// outside the known role and people nouns. Only here, where the quote marks already say a
/// statement was made, is a determiner and a few lowercase words enough to be a speaker.
fn described_speaker_then_cue(p: &str, toks: &[Tok], i: usize) -> Option<Attr> {
    // (with what it belongs to: "a narrator in the council ad asks")
    const MAX_NOUN_WORDS: usize = 6;
    const MAX_OWNER_WORDS: usize = 6;
    let determiner = lower_is(
        toks.get(i)?,
        &[
            "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "one", "another", "some",
            "several", "many", "two", "three", "other",
        ],
    );
    // or a named owner: "Ms. Brook's spokesman, Dan Moss, wrote", "Reed's office said",
    // after a modifier or two: "harbour Rep. Tom Reed's chief of staff, Carl Dunn, told"
    const MAX_OWNER_MODIFIERS: usize = 2;
    let owner_end = || {
        let from = i + toks[i..].iter().take(MAX_OWNER_MODIFIERS).take_while(|t| t.is_lower_word()).count();
        (from..toks.len().min(from + MAX_OWNER_WORDS))
            .take_while(|&k| toks[k].is_cap() || (toks[k].t == "." && k > from && is_abbr_tok(&toks[k - 1])))
            .find(|&k| is_possessive(&toks[k]))
    };
    let first = match determiner {
        true => i + 1,
        false => owner_end()? + 1,
    };
    let mut k = first;
    // (capitalised modifiers belong to it: "the Reed campaign explained")
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
        let cue = match heard_participle(toks, k) {
            Some(c) => Some(c),
            None => is_cue_word(&toks[k]).then_some(k),
        };
        if let Some(c) = cue {
            if k == first {
                return None;
            }
            let subj = Subj { described: true, ..make_subj(p, toks, i, k, k - i) };
            return Some(Attr { cue: toks[c].t.to_string(), subj: Some(subj) });
        }
        k += 1;
    }
    None
}

/// The word that voices a quote starting at `to`, as its cue, when the words from `from`
/// end in what a crowd did or a sign carried: "chanting “…”", "chants of “…”", "a banner
/// that read “…”".
pub fn voicing_cue(p: &str, from: usize, to: usize) -> Option<String> {
    let toks = tokens(p, from, to);
    let mut words = toks.iter().rev().skip_while(|t| matches!(t.t, "," | ":")).take(2);
    let (last, before) = (words.next()?, words.next());
    let before_is = |list: &[&str]| before.is_some_and(|b| lower_is(b, list));
    if lower_is(last, VOICED) || (lower_is(last, &["read", "reads", "said", "saying"]) && before_is(SIGNS)) {
        Some(last.t.to_string())
    } else if lower_is(last, &["of"]) && before_is(VOICES) {
        before.map(|b| b.t.to_string())
    } else {
        None
    }
}

/// Who voiced a chant or a sign's words: the subject of the clause the quote at `open`
/// closes, past "where", "when", "and" (`…, when skippers drowned out the mayor, shouting
/// “…”`), as written; a pronoun says nothing here.
pub fn voices(p: &str, ss: usize, open: usize) -> Option<String> {
    const CLAUSE_BREAKS: &[&str] = &["where", "when", "while", "and", "but", "as", ";"];
    let toks = tokens(p, ss, open);
    // (a crowd named after "with" voices the participle after it: "…, with many skippers and
    // their families chanting “…”")
    const MAX_CROWD_WORDS: usize = 6;
    let participle = toks.iter().rposition(|t| t.is_word()).filter(|&v| toks[v].t.ends_with("ing"));
    let crowd = participle.and_then(|v| {
        let with =
            (v.saturating_sub(MAX_CROWD_WORDS + 1)..v).rev().find(|&w| lower_is(&toks[w], &["with"]))?;
        let words = &toks[with + 1..v];
        (!words.is_empty() && words.iter().all(|t| t.is_word() && !is_cue_word(t)))
            .then(|| p[words[0].s..words[words.len() - 1].e].to_string())
    });
    if crowd.is_some() {
        return crowd;
    }
    let from = toks.iter().rposition(|t| lower_is(t, CLAUSE_BREAKS)).map_or(0, |k| k + 1);
    // (a subject that was met with the chants did not voice them: "Reed was welcomed at the
    // quay with chants of “…”")
    let passive = toks[from..].windows(2).any(|w| {
        is_auxiliary(&w[0]) && w[1].is_lower_word() && w[1].t.ends_with("ed") && !is_cue_word(&w[1])
    });
    if passive {
        return None;
    }
    crowd_at_start(p, &toks[from..]).or_else(|| {
        clause_subject(p, &toks[from..])
            .filter(|(sj, _)| !sj.pronoun)
            .map(|(sj, _)| sj.name.unwrap_or(sj.mention))
    })
}

/// A crowd that opens a clause without an article, up to the verb in the past after it:
/// "Hundreds of fishermen marched …", "Angry skippers blocked …" (a capitalised adjective
/// is no name here).
fn crowd_at_start(p: &str, toks: &[Tok]) -> Option<String> {
    const QUANTITIES: &[&str] = &["hundreds", "thousands", "dozens", "scores", "tens"];
    const MAX_WORDS: usize = 6;
    let first = toks.iter().position(|t| t.is_word())?;
    let verb = (first + 1..toks.len().min(first + MAX_WORDS + 1))
        .take_while(|&v| toks[v].is_word())
        .find(|&v| is_past_form(&toks[v]))?;
    let words = &toks[first..verb];
    let counted = lower_is(&words[0], QUANTITIES) && words.get(1).is_some_and(|t| lower_is(t, &["of"]));
    let people = words.len() >= 2
        && words[words.len() - 1].is_lower_word()
        && is_speaker_noun(&words[words.len() - 1])
        && words[1..].iter().all(Tok::is_lower_word);
    (counted || people).then(|| p[words[0].s..words[words.len() - 1].e].to_string())
}

/// What a statement is sent in: "issued a statement", "a memo to members stating".
const STATEMENT_NOUNS: &[&str] =
    &["statement", "tweet", "message", "post", "letter", "email", "memo", "note"];

/// Attribution right before a quote: `X said: “`, `X mengatakan, “`, `Menurut X, “`. Each
/// shape the words may take is a method of [`Lead`], tried in order.
pub fn leading(p: &str, from: usize, to: usize) -> Option<Attr> {
    let lead = Lead::new(p, from, to);
    lead.inverted_cue()
        .or_else(|| lead.asked())
        .or_else(|| lead.in_the_words_of())
        .or_else(|| lead.verb_of_speech())
        .or_else(|| lead.this_to_say())
        .or_else(|| lead.as_clause())
        .or_else(|| lead.source_before_colon())
        .or_else(|| lead.taken_from())
        .or_else(|| lead.speaker_label())
        .or_else(|| lead.issued_statement())
        .or_else(|| {
            // (the participle two shapes read, found once)
            let participle = lead.participle_at();
            lead.named_before_participle(participle)
                .or_else(|| lead.relative_clause_cue())
                .or_else(|| lead.clause_handing_over(participle))
        })
        .or_else(|| lead.clause_in_the_past())
}

/// The words before a quote, read for who speaks it.
struct Lead<'a> {
    p: &'a str,
    toks: Vec<Tok<'a>>,
    /// Where the attribution ends: before the punctuation that leads into the quote, and
    /// before a "that".
    j: usize,
    /// Whether the words end in a colon: "Reed wrote:", "According to the Herald:".
    colon: bool,
    /// The first word past discourse words and a conjunction: "Or, as Ellen Brook put it:".
    a0: usize,
}

impl<'a> Lead<'a> {
    fn new(p: &'a str, from: usize, to: usize) -> Lead<'a> {
        let toks = tokens(p, from, to);
        let mut j = toks.len();
        while j > 0 && is_lead_punct(&toks[j - 1]) {
            j -= 1;
        }
        if j > 0 && lower_is(&toks[j - 1], &["that", "bahwa"]) {
            j -= 1;
        }
        let colon = toks.last().is_some_and(|t| t.t == ":");
        let a0 = toks
            .iter()
            .position(|t| t.is_word() && !is_discourse(t) && !lower_is(t, &["or", "and", "but"]))
            .unwrap_or(0);
        Lead { p, toks, j, colon, a0 }
    }

    /// "Said Martha Cole, who grew up with him, “…”": an inverted cue opens the sentence.
    fn inverted_cue(&self) -> Option<Attr> {
        let (p, toks) = (self.p, &self.toks);
        if let Some(c) = toks.first().filter(|t| t.is_cap() && POST_CUES_EN.contains(&t.lower().as_str())) {
            if let Some((sj, _)) = subject_forward(p, toks, 1).filter(|(sj, _)| !sj.pronoun) {
                return Some(Attr { cue: c.t.to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// "Reed was asked, “…?”": the question is someone else's, unnamed; "Reed was asked by
    /// host Ann Porter, “…?”": the host's.
    fn asked(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        let asked = |k: usize| lower_is(&toks[k], &["asked"]) && k > 0 && is_auxiliary(&toks[k - 1]);
        if j >= 2 && toks.get(j).is_some_and(|t| t.t == "," || t.t == ":") {
            if asked(j - 1) {
                return Some(Attr { cue: toks[j - 1].t.to_string(), subj: None });
            }
            let by = (1..j.saturating_sub(1)).find(|&k| asked(k) && lower_is(&toks[k + 1], &["by"]));
            if let Some((sj, _)) = by.and_then(|k| subject_forward(p, toks, k + 2)) {
                return Some(Attr { cue: "asked".to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// "in the words of one harbour pilot, “…”".
    fn in_the_words_of(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        const MAX_WORDS_OF: usize = 8;
        let words_of = (0..j.saturating_sub(4)).rev().take(MAX_WORDS_OF).find(|&k| {
            lower_is(&toks[k], &["in"])
                && lower_is(&toks[k + 1], &["the"])
                && lower_is(&toks[k + 2], &["words"])
                && lower_is(&toks[k + 3], &["of"])
        });
        if let Some(k) = words_of.filter(|&k| toks[k + 4..j].iter().all(|t| t.is_word() || t.t == ".")) {
            let sj = make_subj(p, toks, k + 4, j, 0);
            let sj = if sj.name.is_some() { sj } else { Subj { described: true, ..sj } };
            return Some(Attr { cue: "in the words of".to_string(), subj: Some(sj) });
        }
        None
    }

    /// A verb of speech with its subject before it. The cue may be followed by a short object:
    /// "told reporters:", "kepada wartawan:", or by where and how it was said: "announced on
    /// her campaign page, in bold type, “…”".
    fn verb_of_speech(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        const SHORT_OBJECT: usize = 5;
        const CIRCUMSTANCES: usize = 12;
        for back in 0..CIRCUMSTANCES.min(j) {
            let ci = j - 1 - back;
            let c = &toks[ci];
            // (or a two-word verb right before the quote: "Porter shot back, “…”", not "the
            // crew goes on strike, “…”")
            let phrasal = phrasal_cue_at(toks, ci) && toks.get(ci + 2).is_none_or(|t| !t.is_word());
            let infinitive = ci > 0 && lower_is(&toks[ci - 1], &["to"]) && lower_is(c, INFINITIVE_CUES);
            // (a verb denied is no cue of the quote: in "Brook said the crews do not trust the
            // “new timetable”" the cue is "said", if any)
            let denied =
                ci > 0 && (lower_is(&toks[ci - 1], &["not", "never"]) || toks[ci - 1].t.ends_with("n't"));
            if (PRE_CUES.contains(&c.lower().as_str()) || phrasal || infinitive) && !denied {
                let circumstances = || {
                    toks.get(ci + 1).is_some_and(|t| lower_is(t, CIRCUMSTANCE_OPENERS))
                        && !toks[ci + 1..j].iter().any(|t| is_cue_word(t) || lower_is(t, &["that", "bahwa"]))
                };
                if back >= SHORT_OBJECT && !circumstances() {
                    continue;
                }
                // (the subject of the clause speaks through its purpose: "Reed, who chairs the
                // board, rose to announce, “…”")
                let purpose = || {
                    let (sj, _) = clause_subject(p, &toks[..ci - 1])?;
                    let at = toks.iter().position(|t| t.s == sj.s)?;
                    Some((sj, at))
                };
                let found = match infinitive {
                    true => purpose().or_else(|| subject_before(p, toks, ci)),
                    false => subject_before(p, toks, ci).or_else(|| coordinated_subject(p, toks, ci)),
                };
                if let Some((sj, at)) = found {
                    // (a description after a preposition of place is no subject but where it
                    // happened; the subject opens the clause: "Crews marching along the quay
                    // chanted", but "under a banner that said")
                    const PLACE_PREPOSITIONS: &[&str] = &[
                        "through", "across", "along", "around", "in", "on", "at", "into", "onto", "over",
                        "under", "near", "past", "toward", "towards", "within", "outside", "inside",
                        "behind", "beside",
                    ];
                    let relative = ci > 0 && lower_is(&toks[ci - 1], &["that", "which", "who"]);
                    let after_preposition = sj.name.is_none()
                        && !sj.pronoun
                        && !relative
                        && at > 0
                        && lower_is(&toks[at - 1], PLACE_PREPOSITIONS);
                    let sj = match after_preposition.then(|| clause_subject(p, &toks[..ci])).flatten() {
                        Some((subject, _)) => subject,
                        None => sj,
                    };
                    // (the participle that hands the quote over is its cue: "she said, adding:")
                    let handed_over = (ci + 2..j)
                        .rev()
                        .find(|&x| toks[x - 1].t == "," && lower_is(&toks[x], PARTICIPLE_CUES));
                    let cue = match handed_over {
                        Some(x) => toks[x].t.to_string(),
                        None if phrasal => p[c.s..toks[ci + 1].e].to_string(),
                        None => c.t.to_string(),
                    };
                    return Some(Attr { cue, subj: Some(sj) });
                }
            }
        }
        None
    }

    /// "A paper from the Harbour Institute had this to say of the plan: “…”": the subject
    /// before "had this to say", whatever it is said of.
    fn this_to_say(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        if !self.colon {
            return None;
        }
        let k = (1..j.saturating_sub(3)).find(|&k| {
            lower_is(&toks[k], &["had", "has", "have"])
                && lower_is(&toks[k + 1], &["this", "these", "the", "much", "plenty", "something"])
                && lower_is(&toks[k + 2], &["to", "following"])
                && toks[k + 2..j].iter().any(|t| lower_is(t, &["say", "write", "add"]))
        })?;
        let (sj, _) = subject_before(p, toks, k).or_else(|| clause_subject(p, &toks[..k]))?;
        let cue = toks[k..j].iter().take_while(|t| !lower_is(t, &["about", "on", "of"])).map(|t| t.t);
        Some(Attr { cue: cue.collect::<Vec<_>>().join(" "), subj: Some(sj) })
    }

    /// "As Reed put it, “…”", "As the columnist Ann Porter had written years earlier, “…”": a
    /// clause of comparison names the speaker.
    fn as_clause(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        // (opening the sentence, or the clause right before the quote after a comma: "…
        // being seen, as the Herald put it in a long profile, “…”")
        const MAX_CLAUSE: usize = 16;
        let a0 = if toks.get(self.a0).is_none_or(|t| lower_is(t, &["as"])) {
            self.a0
        } else {
            (j.saturating_sub(MAX_CLAUSE).max(1)..j)
                .rev()
                .find(|&k| toks[k - 1].t == "," && lower_is(&toks[k], &["as"]))
                .unwrap_or(self.a0)
        };
        if j >= a0 + 3
            && lower_is(&toks[a0], &["as"])
            && toks.get(j).is_some_and(|t| t.t == "," || t.t == ":")
        {
            // (a role, then the name between commas: "As the Trust's chief executive, Ann Porter,
            // put it")
            const MAX_ROLE: usize = 8;
            const MAX_NAME: usize = 6;
            const MAX_APPOSITION: usize = 16;
            let role_then_name = || {
                let c1 = (a0 + 2..j.min(a0 + 1 + MAX_ROLE)).find(|&c| toks[c].t == ",")?;
                let c2 = (c1 + 2..j.min(c1 + 1 + MAX_NAME)).find(|&c| toks[c].t == ",")?;
                let named = toks[c1 + 1..c2].iter().all(|t| t.is_cap() || t.t == ".")
                    && toks[a0 + 1..c1].iter().any(|t| is_role_or_people_noun(t));
                let subj = make_subj(p, toks, c1 + 1, c2, 0);
                (named && subj.name.is_some()).then(|| {
                    (Subj { role: Some(p[toks[a0 + 1].s..toks[c1 - 1].e].to_string()), ..subj }, c2 + 1)
                })
            };
            // (or the name, then what it is between commas: "As Ellen Brook, a retired ferry captain,
            // put it")
            let name_then_role = || {
                let (mut sj, k) = subject_forward(p, toks, a0 + 1).filter(|(sj, _)| sj.name.is_some())?;
                let close = (k + 2..j.min(k + 1 + MAX_APPOSITION)).find(|&c| toks[c].t == ",")?;
                let described = toks.get(k).is_some_and(|t| t.t == ",")
                    && lower_is(&toks[k + 1], &["a", "an", "the"])
                    && !toks[k + 1..close].iter().any(is_cue_word);
                described.then(|| {
                    sj.role = Some(p[toks[k + 1].s..toks[close - 1].e].to_string());
                    (sj, close + 1)
                })
            };
            let speaker =
                role_then_name().or_else(name_then_role).or_else(|| subject_forward(p, toks, a0 + 1));
            if let Some((sj, mut k)) = speaker {
                while k < j && (is_auxiliary(&toks[k]) || is_adverb(&toks[k])) {
                    k += 1;
                }
                // (a phrase: "put it", "pointed out")
                let phrase = |verbs: &[&str], particle: &str| {
                    lower_is(&toks[k.min(j - 1)], verbs)
                        && toks.get(k + 1).is_some_and(|t| lower_is(t, &[particle]))
                };
                let two_words = phrase(&["put", "puts"], "it") || phrase(&["pointed", "points"], "out");
                if k < j && (is_cue_word(&toks[k]) || lower_is(&toks[k], &["written", "spoken"]) || two_words)
                {
                    let cue = if two_words {
                        p[toks[k].s..toks[k + 1].e].to_string()
                    } else {
                        toks[k].t.to_string()
                    };
                    return Some(Attr { cue, subj: Some(sj) });
                }
            }
        }
        None
    }

    /// "According to the Herald: “…”", "Here's Reed in the spring of 1990: “…”": the quote's
    /// source named before a colon.
    fn source_before_colon(&self) -> Option<Attr> {
        let (p, toks, j, colon, a0) = (self.p, &self.toks, self.j, self.colon, self.a0);
        if colon && j > a0 + 1 {
            let here = lower_is(&toks[a0], &["here"])
                .then(|| match toks.get(a0 + 1) {
                    Some(t) if lower_is(t, &["is", "was"]) => Some(a0 + 2),
                    _ => None,
                })
                .flatten()
                .or_else(|| {
                    toks[a0].t.strip_prefix("Here").is_some_and(|r| r == "’s" || r == "'s").then_some(a0 + 1)
                });
            let according = according_to_at(toks, a0).then_some(a0 + 2);
            if let Some(from) = according.or(here) {
                // (with when or where after the name: "in the spring of 1990")
                let named = subject_forward(p, toks, from).filter(|(sj, end)| {
                    sj.name.is_some()
                        && !sj.pronoun
                        && (*end == j
                            || toks.get(*end).is_some_and(|t| lower_is(t, &["in", "on", "at", "during"])))
                });
                if let Some((sj, _)) = named {
                    let cue = if according.is_some() { "according to" } else { ":" };
                    return Some(Attr { cue: cue.to_string(), subj: Some(sj) });
                }
            }
        }
        None
    }

    /// "From the report: “…”", "From Ann Porter writing at the Herald: “…”": what (or who)
    /// the quote is taken from speaks.
    fn taken_from(&self) -> Option<Attr> {
        let (p, toks, j, colon) = (self.p, &self.toks, self.j, self.colon);
        const MAX_SOURCE_WORDS: usize = 6;
        if colon && j >= 2 && lower_is(&toks[0], &["from"]) {
            let end = (1..j).find(|&k| lower_is(&toks[k], &["writing", "reporting"])).unwrap_or(j);
            if (2..=MAX_SOURCE_WORDS + 1).contains(&end)
                && toks[1..end].iter().all(|t| t.is_word() && !is_cue_word(t))
            {
                let sj = make_subj(p, toks, 1, end, 0);
                let sj = if sj.name.is_some() { sj } else { Subj { described: true, ..sj } };
                return Some(Attr { cue: ":".to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// "Reed: “We will win the harbour ward.”": a name alone before a colon, as headlines and
    /// transcripts write a speaker (or with where they write after a comma: "Ann Porter, The
    /// Harbour Herald: “…”").
    fn speaker_label(&self) -> Option<Attr> {
        let (p, toks, j, colon) = (self.p, &self.toks, self.j, self.colon);
        const MAX_LABEL_WORDS: usize = 4;
        const MAX_OUTLET_WORDS: usize = 6;
        if colon {
            // (after a digest's headline and a dash: "FERRY FARES RISE AGAIN - Ann Porter: “…”")
            let l0 =
                (2..j).rev().find(|&k| is_dash(&toks[k - 1]) && toks[k - 1].s > toks[k - 2].e).unwrap_or(0);
            let comma = toks[l0..j].iter().position(|t| t.t == ",").map(|c| l0 + c);
            let name_end = comma.unwrap_or(j);
            let outlet = comma.map(|c| &toks[c + 1..j]);
            // (or a role there: "Ann Porter, editor of The Harbour Review: “…”"; or a short
            // description ending in what the person does: "Tom Reed, harbour pilot: “…”")
            const MAX_DESCRIPTION_WORDS: usize = 3;
            let does = |t: &Tok| is_role_or_people_noun(t) || is_occupation(t);
            let role = |o: &[Tok]| {
                let titled = o.len() <= MAX_OUTLET_WORDS + 2
                    && o.first().is_some_and(|t| t.is_lower_word() && lower_is(t, ROLE_HEADS))
                    && o.iter().all(|t| {
                        t.is_cap()
                            || lower_is(t, ROLE_HEADS)
                            || lower_is(t, CONNECT)
                            || lower_is(t, &["at", "for"])
                    });
                let described = (1..=MAX_DESCRIPTION_WORDS).contains(&o.len())
                    && o.iter().all(|t| {
                        t.is_lower_word() && !is_cue_word(t) && !lower_is(t, PRONOUNS) && !is_adverb(t)
                    })
                    && o.last().is_some_and(does);
                titled || described
            };
            // (two names: "Ann Porter and Tom Reed: “…”")
            let label = &toks[l0..name_end];
            let names = label.split(|t| lower_is(t, &["and"])).collect::<Vec<_>>();
            let fits = names.len() <= 2
                && names.iter().all(|n| (1..=MAX_LABEL_WORDS).contains(&n.len()) && capitalised_words(n))
                && outlet.is_none_or(|o| {
                    ((1..=MAX_OUTLET_WORDS).contains(&o.len()) && capitalised_words(o)) || role(o)
                });
            let labelled = label.iter().any(|t| lower_is(t, HEADLINE_LABELS) || lower_is(t, PRONOUNS))
                || outlet.is_some_and(|o| o.iter().any(|t| lower_is(t, PRONOUNS)));
            if fits && !labelled {
                let mut sj = make_subj(p, toks, l0, name_end, 0);
                if let Some(o) = outlet.filter(|_| sj.name.is_some()) {
                    sj.role = Some(p[o[0].s..o[o.len() - 1].e].to_string());
                }
                if sj.name.is_some() {
                    return Some(Attr { cue: ":".to_string(), subj: Some(sj) });
                }
            }
        }
        None
    }

    /// "Reed issued a statement, “…”": a statement named right before the quote's comma
    /// hands it to the subject of the clause.
    fn issued_statement(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        let issued = j >= 4
            && toks.get(j).is_some_and(|t| t.t == "," || t.t == ":")
            && lower_is(&toks[j - 1], STATEMENT_NOUNS)
            && lower_is(&toks[j - 2], &["a", "an", "the", "his", "her", "their", "its"])
            && toks[j - 3].is_lower_word();
        if issued {
            if let Some((sj, _)) = subject_before(p, toks, j - 3) {
                return Some(Attr { cue: toks[j - 3].t.to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// A speech verb's participle that hands the quote over: after a comma ("He issued a
    /// statement, saying, “…”"), after "upon", "after", "by" ("incurred boos upon saying,
    /// “…”"), right before the quote's comma ("with one of her flyers asking, “…?”").
    fn participle_at(&self) -> Option<usize> {
        let (toks, j) = (&self.toks, self.j);
        let handed_over = toks.get(j).is_some_and(|t| t.t == "," || t.t == ":");
        let opens_participle = |k: usize| toks[k - 1].t == "," || lower_is(&toks[k - 1], PARTICIPLE_OPENERS);
        // (with when or where it was said after it: "a clip of Reed saying at the harbour
        // meeting on Monday, “…”")
        const MAX_CIRCUMSTANCE: usize = 8;
        let told_when = || {
            (j.saturating_sub(MAX_CIRCUMSTANCE).max(1)..j.saturating_sub(1)).find(|&k| {
                lower_is(&toks[k], PARTICIPLE_CUES)
                    && (opens_participle(k) || toks[k - 1].is_cap())
                    && lower_is(&toks[k + 1], CIRCUMSTANCE_OPENERS)
                    && toks[k + 1..j]
                        .iter()
                        .all(|t| t.is_word() && !is_cue_word(t) && !lower_is(t, &["that"]))
            })
        };
        // (or right before the quote, after the written thing that carried it: "pinned a letter
        // on the quay gate saying “…”")
        const WRITTEN: &[&str] = &[
            "note",
            "message",
            "letter",
            "statement",
            "email",
            "post",
            "tweet",
            "text",
            "release",
            "notice",
        ];
        const MAX_CARRIER_GAP: usize = 5;
        let right_before = j == toks.len()
            && j >= 2
            && lower_is(&toks[j - 1], &["saying", "stating"])
            && toks[j.saturating_sub(MAX_CARRIER_GAP + 1)..j - 1].iter().any(|t| lower_is(t, WRITTEN));
        (j >= 2
            && lower_is(&toks[j - 1], PARTICIPLE_CUES)
            && (handed_over || opens_participle(j - 1) || right_before))
            .then(|| j - 1)
            .or_else(|| handed_over.then(told_when).flatten())
    }

    /// "has Reed saying, “…”", "footage of Reed saying, “…”": the name right before the
    /// participle says it.
    fn named_before_participle(&self, participle: Option<usize>) -> Option<Attr> {
        let (p, toks) = (self.p, &self.toks);
        if let Some(k) = participle.filter(|&k| toks[k - 1].is_cap()) {
            let cue = &toks[k];
            let named = named_subject_before(p, toks, k);
            if let Some((sj, _)) = named {
                return Some(Attr { cue: cue.t.to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// "the Herald report, which notes, “…”": a relative clause's cue speaks for the noun
    /// phrase before it.
    fn relative_clause_cue(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        let relative_cue = j >= 4
            && toks.get(j).is_some_and(|t| t.t == ",")
            && is_cue_word(&toks[j - 1])
            && lower_is(&toks[j - 2], &["which", "who"])
            && toks[j - 3].t == ",";
        if relative_cue {
            if let Some((sj, _)) = subject_before(p, toks, j - 3) {
                return Some(Attr { cue: toks[j - 1].t.to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// "She then turned to the crowd once more: “…”": a colon hands the quote to the subject
    /// of the clause before it, whatever its verb; so does a speech verb's participle (see
    /// [`Lead::participle_at`]).
    fn clause_handing_over(&self, participle: Option<usize>) -> Option<Attr> {
        let (p, toks, j, colon) = (self.p, &self.toks, self.j, self.colon);
        let participle = participle.map(|k| &toks[k]);
        if colon || participle.is_some() {
            // (the clause nearest the quote: "The sailors sit down, and then Reed speaks: “…”")
            let joined = (1..j)
                .rev()
                .find(|&k| (toks[k - 1].t == "," && lower_is(&toks[k], &["and", "but"])) || toks[k].t == ";");
            let last_clause = joined.and_then(|k| {
                let from = k + 1;
                let (sj, verb) = clause_verb(p, &toks[from..], j - from)?;
                Some((sj, verb + from))
            });
            let described = || described_clause_subject(p, &toks[..j]);
            if let Some((sj, verb)) = last_clause.or_else(|| clause_verb(p, toks, j)).or_else(described) {
                // (a speech verb's participle after a comma is the cue when the clause's verb is
                // none: "was critical of the plan, telling the Herald: “…”")
                let told = || {
                    (verb + 1..j)
                        .rev()
                        .find(|&c| toks[c - 1].t == "," && lower_is(&toks[c], PARTICIPLE_CUES))
                        .map(|c| &toks[c])
                };
                let cue = participle
                    .or_else(|| (!is_cue_word(&toks[verb])).then(told).flatten())
                    .unwrap_or(&toks[verb]);
                return Some(Attr { cue: cue.t.to_string(), subj: Some(sj) });
            }
        }
        None
    }

    /// "Ann Porter cracked, “…”", "blurted out, “…”", "sang back in the old days, “…”": so does a
    /// comma after a clause whose verb, in the past tense, is its last word but a few.
    fn clause_in_the_past(&self) -> Option<Attr> {
        let (p, toks, j) = (self.p, &self.toks, self.j);
        const MAX_AFTER_VERB: usize = 6;
        if toks.get(j).is_some_and(|t| t.t == ",") {
            // (or a song's: "Ann Porter sings, “…”")
            let past = |t: &Tok| {
                (t.is_lower_word() && t.t.len() > 4 && t.t.ends_with("ed") && !is_auxiliary(t))
                    || lower_is(t, &["sings", "sang"])
            };
            let plain = |verb: usize| toks[verb + 1..j].iter().all(|t| t.is_word() && !is_cue_word(t));
            if let Some((sj, verb)) = clause_verb(p, toks, j) {
                if verb < j && j - verb <= MAX_AFTER_VERB && past(&toks[verb]) && plain(verb) {
                    return Some(Attr { cue: toks[verb].t.to_string(), subj: Some(sj) });
                }
            }
            // (the clause may follow an aside or an opening phrase: "Yet for all the talk that
            // the storm would sink them - at the harbour meeting, Ann Porter joked, “…”")
            let verb = (j.saturating_sub(MAX_AFTER_VERB)..j).find(|&v| v > 0 && past(&toks[v]) && plain(v));
            let found = verb.and_then(|v| subject_before(p, toks, v).map(|found| (v, found)));
            if let Some((v, (sj, at))) = found {
                let opens = at > 0 && (is_punct(&toks[at - 1], &[",", ";"]) || is_dash(&toks[at - 1]));
                if opens && (sj.name.is_some() || sj.pronoun) {
                    return Some(Attr { cue: toks[v].t.to_string(), subj: Some(sj) });
                }
            }
        }
        None
    }
}

/// The speaker and cue of a sentence that announces a quote without reporting words of its
/// own: "Carl Dunn said during the long debate in the chamber." before a bare quote.
pub fn announcer(p: &str, ss: usize, se: usize) -> Option<Attr> {
    let toks = tokens(p, ss, se);
    // (whatever its verb, when it ends in a colon: "Reed then named the boats the town should buy:")
    let colon = toks.last().is_some_and(|t| t.t == ":");
    let (sj, verb) = clause_verb(p, &toks, toks.len())?;
    (is_cue_word(&toks[verb]) || colon).then(|| Attr { cue: toks[verb].t.to_string(), subj: Some(sj) })
}

/// The subject of the clause the tokens open and its verb, past any adverb before `end`
/// ("He instead told the interviewer: …").
fn clause_verb(p: &str, toks: &[Tok], end: usize) -> Option<(Subj, usize)> {
    let (sj, verb) = clause_subject(p, toks)?;
    Some((sj, (verb..end).find(|&v| !is_adverb(&toks[v])).unwrap_or(verb)))
}
