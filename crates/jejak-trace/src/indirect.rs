//! Reported statements without quotation marks: `X said (that) …`, `Menurut X, …`, `…,
//! according to X`, citing clauses, colon headlines and evidence (`data show …`).
//!
//! `scan` reads a sentence for its cues and speakers; `content` finds the words each cue
//! reports; this module holds the kinds of statement read apart from the scan (participles,
//! questions asked, colon headlines, evidence, rumours), cuts a relay out of a statement's
//! words and splits a sentence's statements where a second one starts.

mod content;
mod scan;

use jejak_model::Relay;
use once_cell::sync::Lazy;

use crate::{
    lexicon::*,
    relay::medium_name,
    speaker::{
        after_opening_circumstance, clause_subject, make_subj, subject_before, subject_forward, FWD_STOP,
    },
    text::{after_comma, tokens, trim_span, within_region, Region, Tok},
    words::{
        capitalised_words, comma_then_conjunction, in_capitals, is_abbr_tok, is_adverb, is_auxiliary,
        is_cue_word, is_dash, is_day_or_month, is_digits, is_discourse, is_id_active_verb, is_past_form,
        is_possessive, is_speaker_noun, lower_is, mostly_capitalised, names_claim_as_noun, past_when, wc,
    },
    Indirect, Subj,
};

use content::{
    anonymity_terms_at, comma_closing_quote, content_after_cue, inside_quote, named_speaker_cue, object_of,
    passive_report_at, reduced_passive_report_at, reports_nothing, semicolon_in, up_to_semicolon,
    ID_CUE_STEMS,
};
pub(crate) use content::{content_after, main_clause_follows, reported_clause, CIRCUMSTANCE_SUBORDINATORS};

/// A statement reported by a speech participle in `p[from..se]` after a comma (“…,” he
/// said, adding that he would not back the plan), words quoted inside it its own (",
/// adding that the tests would take “two more weeks”"): its content and its cue. A
/// participle that hands over a quotation (", adding, “…”") reports none.
pub fn participle_statement(
    p: &str,
    regions: &[Region],
    from: usize,
    se: usize,
) -> Option<(usize, usize, String)> {
    // (an unclosed quote may run past the sentence end: nothing is left after it)
    let quoted_here = |r: &&Region| r.open >= from && r.open < se;
    if from >= se || regions.iter().filter(quoted_here).any(|r| !r.closed) {
        return None;
    }
    let toks = tokens(p, from, se);
    // (the comma may sit inside the closing mark the statement starts after: `“…,” adding
    // that …`)
    let first_participle =
        (after_comma(p, from) && toks.first().is_some_and(|t| lower_is(t, PARTICIPLE_CUES))).then_some(0);
    let i = first_participle
        .or_else(|| comma_participle(&toks, regions))
        .or_else(|| coordinated_cue(&toks, regions))
        .or_else(|| relative_cue(&toks, regions))?;
    let (cs, ce) = content_after(p, regions, &toks, i, se);
    let handed_over = regions
        .iter()
        .filter(quoted_here)
        .any(|r| r.open >= toks[i].e && !p[toks[i].e..r.open].contains(char::is_alphanumeric));
    (wc(p, cs, ce) >= participle_min_words(&toks[i]) && !handed_over).then(|| (cs, ce, toks[i].t.to_string()))
}

/// The fewest words a participle's statement holds to be one: three, or two for a name
/// given, which may be short ("calling it “reckless”").
pub(crate) fn participle_min_words(participle: &Tok) -> usize {
    if lower_is(participle, NAMING_CUES) {
        2
    } else {
        3
    }
}

/// A question put to someone and reported in the passive: "Asked if the ferries would run
/// on Sunday, Reed said …", "…, when asked by the Herald whether …", or in a clause of its
/// own: "After I asked Reed whether …, he …". The question is a statement of who asked it,
/// named after "by" or before "asked", else of no one known; it runs to the next comma.
pub fn asked_question(p: &str, ss: usize, se: usize, regions: &[Region]) -> Option<Indirect> {
    // (right after "asked", "about" opens what was asked too: "asked about the ferry")
    let opens_question = |t: &Tok| lower_is(t, QUESTION_WORDS) || lower_is(t, &["about"]);
    const MAX_AGENT_WORDS: usize = 8;
    let toks = tokens(p, ss, se);
    // (an adverb may stand before "asked": "when she was first asked if …")
    let adverb = |t: &Tok| is_adverb(t) || lower_is(t, &["first", "later", "again", "then"]);
    let asked = (0..toks.len()).find(|&k| {
        let before = (0..k).rev().find(|&b| !adverb(&toks[b]));
        lower_is(&toks[k], &["asked"])
            && !inside_quote(regions, toks[k].s)
            && (k == 0
                || toks[k - 1].t == ","
                || before.is_some_and(|b| {
                    lower_is(&toks[b], &["when", "was", "were", "being", "after", "once", "if"])
                })
                || asker_after_subordinator(&toks, k).is_some())
    })?;
    let mut at = asked + 1;
    let mut agent = None;
    // (asked of someone in a clause of its own: "after I asked Reed whether …")
    const MAX_OBJECT_WORDS: usize = 5;
    if let Some(from) =
        asker_after_subordinator(&toks, asked).filter(|_| !toks.get(at).is_some_and(opens_question))
    {
        agent = Some(make_subj(p, &toks, from, asked, 0));
        let object_word = |t: &Tok| t.is_word() && !lower_is(t, PREPOSITIONS);
        at = question_word_within(&toks, at + 1, MAX_OBJECT_WORDS, object_word)?;
    }
    if toks.get(at).is_some_and(|t| lower_is(t, &["by"])) {
        let from = at + 1;
        let end = (from..toks.len().min(from + MAX_AGENT_WORDS))
            .take_while(|&m| toks[m].is_word() || toks[m].t == ".")
            .find(|&m| opens_question(&toks[m]))?;
        if end == from {
            return None;
        }
        let lower_n = toks[from..end].iter().take_while(|t| t.is_lower_word()).count();
        agent = Some(Subj { described: lower_n == end - from, ..make_subj(p, &toks, from, end, lower_n) });
        at = end;
    }
    // (past when or where it was asked: "Asked at the hearing why …", "asked on the pier last
    // week whether …")
    const MAX_OCCASION_WORDS: usize = 8;
    let occasion = toks.get(at).is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS) || is_adverb(t));
    if occasion && !opens_question(&toks[at]) {
        at = question_word_within(&toks, at + 1, MAX_OCCASION_WORDS, |t| t.is_word() && !is_cue_word(t))?;
    }
    let opener = toks.get(at).filter(|t| opens_question(t))?;
    let end = toks[at + 1..].iter().find(|t| t.t == "," && !inside_quote(regions, t.s)).map_or(se, |t| t.s);
    let (cs, ce) = trim_span(p, opener.s, end);
    const MIN_WORDS: usize = 4;
    (wc(p, cs, ce) >= MIN_WORDS).then(|| Indirect {
        cs,
        ce,
        cue: toks[asked].t.to_string(),
        subj: agent,
        relay: None,
    })
}

/// Words that open a question reported as asked: "asked whether …", "asked Reed why …".
const QUESTION_WORDS: &[&str] = &["if", "whether", "how", "what", "why", "who", "where"];

/// The first question word among the `max` tokens from `from`, all of them `allowed` up to
/// it: what was asked, past whom or when it was asked.
fn question_word_within(
    toks: &[Tok],
    from: usize,
    max: usize,
    allowed: impl Fn(&Tok) -> bool,
) -> Option<usize> {
    (from..toks.len().min(from + max))
        .take_while(|&k| allowed(&toks[k]))
        .find(|&k| lower_is(&toks[k], QUESTION_WORDS))
}

/// Where the asker of "asked" at `asked` starts, when a subordinator opens the asker's
/// clause: "after I asked", "when Joan Miller asked".
fn asker_after_subordinator(toks: &[Tok], asked: usize) -> Option<usize> {
    const SUBORDINATORS: &[&str] = &["when", "after", "once", "as", "if"];
    const MAX_NAME_WORDS: usize = 3;
    // (or opening the sentence, perhaps after a word of time: "Then someone asked how …")
    const SOMEONE: &[&str] = &["someone", "somebody"];
    if asked >= 1 && lower_is(&toks[asked - 1], SOMEONE) && toks[..asked - 1].iter().all(is_discourse) {
        return Some(asked - 1);
    }
    let pronoun = asked >= 1 && lower_is(&toks[asked - 1], PRONOUNS);
    let from = if pronoun {
        asked - 1
    } else {
        let name = toks[..asked]
            .iter()
            .rev()
            .take(MAX_NAME_WORDS)
            .take_while(|t| t.is_cap() && !lower_is(t, SUBORDINATORS))
            .count();
        (name > 0).then(|| asked - name)?
    };
    (from >= 1 && lower_is(&toks[from - 1], SUBORDINATORS)).then_some(from)
}

/// Marks that close words quoted before a participle, the comma inside them: `“overdone,”`.
const CLOSING_MARKS: &[&str] = &["”", "\"", "''"];

/// The first speech participle after a comma or a dash outside quotation marks: ",
/// saying …", ", adding that …", " — noting that …".
fn comma_participle(toks: &[Tok], regions: &[Region]) -> Option<usize> {
    // (an adverb may come first: ", even suggesting …", ", again saying …")
    // (or a comma inside the closing mark of words quoted before: `were “overblown,” adding
    // that …`)
    let after_mark = |k: usize| {
        toks[k - 1].t == ","
            || is_dash(&toks[k - 1])
            || (k > 1 && toks[k - 1].is_lower_word() && is_adverb(&toks[k - 1]) && toks[k - 2].t == ",")
            || (k > 1 && CLOSING_MARKS.contains(&toks[k - 1].t) && toks[k - 2].t == ",")
            // (or the speaker's next words in time: "…, before noting that …", "… on Monday
            // before claiming that …")
            || (k > 1 && lower_is(&toks[k - 1], &["before", "after"]) && toks[k - 1].is_lower_word() && {
                // (with a clause of its own: not "voted before saying anything")
                let rest = &toks[k + 1..];
                rest.first().is_some_and(|t| lower_is(t, &["that"]) || CLOSING_MARKS.contains(&t.t) || matches!(t.t, "“" | "\""))
                    || main_clause_follows(rest)
            })
    };
    // (Indonesian joins the same speaker's next verb of saying with "sambil", "seraya" or
    // "dan": ", sambil menambahkan bahwa …"; other verbs so joined go on with what was said:
    // "akan memperbaiki dermaga, dan memastikan …")
    let saying_id = |t: &Tok| {
        is_id_active_verb(t)
            && (lower_is(t, PLAIN_SAYING_CUES) || lower_is(t, &["menambahkan", "menuturkan", "mengingatkan"]))
    };
    let joined_verb = |k: usize| {
        k > 1
            && toks[k - 2].t == ","
            && lower_is(&toks[k - 1], &["sambil", "seraya", "sekaligus", "dan", "serta"])
            && toks[k].is_lower_word()
            && saying_id(&toks[k])
    };
    (1..toks.len()).find(|&k| {
        ((after_mark(k) && lower_is(&toks[k], PARTICIPLE_CUES)) || joined_verb(k))
            && !inside_quote(regions, toks[k].s)
    })
}

/// A verb of speech joined to the attribution just before: "“…,” he said, and added that
/// …", "said the crew “went into rescue mode” and later said …". Only right at the start:
/// the speaker's own next verb, with no subject of its own.
fn coordinated_cue(toks: &[Tok], regions: &[Region]) -> Option<usize> {
    // (past the comma and the closing quotation mark)
    let and = toks.iter().position(Tok::is_word)?;
    if !lower_is(&toks[and], &["and", "but"]) || toks[..and].iter().any(|t| t.t == ".") {
        return None;
    }
    let cue = and + 1 + usize::from(toks.get(and + 1).is_some_and(is_adverb));
    toks.get(cue)
        .is_some_and(|t| t.is_lower_word() && PRE_CUES.contains(&t.t) && !inside_quote(regions, t.s))
        .then_some(cue)
}

/// The cue of a relative clause of the speaker's after a comma: "“…,” said Carl Dunn, a
/// ferry captain, who said he knows the mayor".
fn relative_cue(toks: &[Tok], regions: &[Region]) -> Option<usize> {
    (2..toks.len()).find_map(|k| {
        let relative = toks[k - 2].t == "," && lower_is(&toks[k - 1], &["who", "yang"]);
        let cue = if is_adverb(&toks[k]) { k + 1 } else { k };
        (relative
            && toks.get(cue).is_some_and(|c| PRE_CUES.contains(&c.t))
            && !inside_quote(regions, toks[k].s))
        .then_some(cue)
    })
}

/// A headline that names its speaker before a colon: "Porter: Ferries Won't Run in May",
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
    // A headline in title case, or a transcript's speaker label in capitals ("PORTER:
    // Councillor Reed does not get to pick …"). (A headline in sentence case reads like a
    // dateline: "Jakarta: Ketua serikat nelayan … meminta …".)
    // (a known place before the colon is a dateline, never a speaker)
    let place = match (name.first(), name.last()) {
        (Some(first), Some(last)) => jejak_text::is_known_entity(&p[first.s..last.e]),
        _ => false,
    };
    // (a claim with its own attribution at its end is a dateline's sentence: "NEW YORK: The
    // pier will open in May, officials said.")
    const MAX_ATTRIBUTION_WORDS: usize = 6;
    let attributed = claim.iter().rposition(|t| t.t == ",").is_some_and(|c| {
        let tail = &claim[c + 1..];
        tail.iter().filter(|t| t.is_word()).count() <= MAX_ATTRIBUTION_WORDS && tail.iter().any(is_cue_word)
    });
    let label = !place && !attributed && name.iter().all(|t| !t.is_word() || in_capitals(t));
    // (or a claim in the first person with no attribution of its own: "Reed: I'd back a new
    // pier", not "Jakarta: Kami …, kata Budi")
    let first_person = !place
        && !claim.iter().any(is_cue_word)
        && claim.first().is_some_and(|t| {
            let l = t.lower();
            [
                "i", "i'd", "i'm", "i'll", "i’d", "i’m", "i’ll", "we", "we're", "we’re", "we'll", "we’ll",
                "saya", "kami", "kita",
            ]
            .contains(&l.as_str())
        });
    // (or a paragraph that is a headline by its length alone: "Reed: Dunn's pier plan is
    // 'dangerously wrong'")
    const MAX_HEADLINE_WORDS: usize = 16;
    let short = !place
        && p.split_whitespace().count() <= MAX_HEADLINE_WORDS
        && p[..ss].trim().is_empty()
        && !claim.iter().any(is_cue_word);
    let headline = mostly_capitalised(claim, HEADLINE_LOWER_SHARE) || label || first_person || short;
    // (a quotation after the colon is a direct quote, found as one)
    let quoted = p[cs..ce].starts_with(['"', '“', '‘', '\'']);
    // (a list of counted things is a label's value, not a claim: "Containers: 1 Green, 1 Red,
    // 1 tsp")
    const MAX_ITEM_WORDS: usize = 3;
    let items: Vec<&[Tok]> = claim.split(|t| t.t == ",").collect();
    let list = items.len() >= 3
        && items.iter().all(|item| item.iter().filter(|t| t.is_word()).count() <= MAX_ITEM_WORDS)
        && items.iter().any(|item| item.first().is_some_and(is_digits));
    if !named || !headline || quoted || list || words < 3 {
        return None;
    }
    let subj = make_subj(p, toks, 0, colon, 0);
    subj.name.as_ref()?;
    Some(Indirect { cs, ce, cue: ":".to_string(), subj: Some(subj), relay: None })
}

/// Where the sentence starts after a dateline that opens its paragraph: a place in capitals,
/// perhaps with an agency in brackets, then a colon or a dash ("NEW YORK: The pier …",
/// "WASHINGTON (Reuters) - The pier …").
fn dateline_end(p: &str, toks: &[Tok], ss: usize) -> Option<usize> {
    const MAX_PLACE_WORDS: usize = 4;
    const MAX_AGENCY_TOKENS: usize = 6;
    if !p[..ss].trim_end().is_empty() && !p[..ss].ends_with('\n') {
        return None;
    }
    let mut k = toks.iter().take_while(|t| in_capitals(t) || t.t == ",").count();
    if !(1..=MAX_PLACE_WORDS).contains(&toks[..k].iter().filter(|t| t.is_word()).count()) {
        return None;
    }
    // (perhaps with its date: "PARIS, Aug. 31 (Reuters) -")
    const MONTH_ABBREVIATIONS: &[&str] =
        &["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
    if toks.get(k).is_some_and(|t| t.is_cap() && (lower_is(t, MONTHS) || lower_is(t, MONTH_ABBREVIATIONS))) {
        let mut d = k + 1;
        if toks.get(d).is_some_and(|t| t.t == ".") {
            d += 1;
        }
        if toks.get(d).is_some_and(is_digits) {
            k = d + 1;
            if toks.get(k).is_some_and(|t| t.t == ",") {
                k += 1;
            }
        }
    }
    if toks.get(k).is_some_and(|t| t.t == "(") {
        k = (k + 1..toks.len().min(k + MAX_AGENCY_TOKENS)).find(|&c| toks[c].t == ")")? + 1;
    }
    let marks = toks[k..].iter().take_while(|t| t.t == ":" || is_dash(t)).count();
    // (a dash set off by spaces: "US-China talks" opens with no dateline)
    let set_off = marks > 0 && (toks[k].t == ":" || toks[k - 1].e < toks[k].s);
    let next = toks.get(k + marks).filter(|_| set_off)?;
    let opens = next.is_cap() || ["\"", "“", "‘"].contains(&next.t);
    opens.then_some(next.s)
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
    let opens = || toks[..i].iter().all(|t| !t.is_word() || is_discourse(t));
    if lower_is(toks.get(i)?, &["in", "dalam"]) && opens() {
        let comma = (i + 1..toks.len().min(i + MAX_SOURCE)).find(|&c| toks[c].t == ",")?;
        // (a speaker of its own after it speaks: "In the poll, 52 percent said …")
        if !toks[i + 1..comma].iter().any(evidence) || toks[i + 1..].iter().any(is_cue_word) {
            return None;
        }
        // (a noun phrase, not a clause: "In addition to leading the count in the
        // survey, …", "In sorting the results, …")
        let phrase = &toks[i + 1..comma];
        // ("In exit polls,")
        const MAX_BARE_PHRASE: usize = 3;
        // (but not a measure: "In raw numbers, 2020 saw more sailings", "In real figures")
        let measure = phrase.last().is_some_and(|t| lower_is(t, &["numbers", "figures", "terms"]));
        let bare = phrase.len() <= MAX_BARE_PHRASE && phrase.last().is_some_and(evidence) && !measure;
        let noun_phrase = bare
            || (phrase.first().is_some_and(|t| {
                lower_is(t, DETERMINERS)
                    || is_possessive(t)
                    || t.is_cap()
                    || is_digits(t)
                    || lower_is(t, &["sebuah", "survei", "hasil"])
            }) && !phrase.iter().any(|t| {
                lower_is(t, &["to"]) || (t.is_lower_word() && t.t.ends_with("ing") && !evidence(t))
            }));
        if !noun_phrase {
            return None;
        }
        let subj = Subj { described: true, ..make_subj(p, toks, i + 1, comma, comma - i - 1) };
        // (past a participle set off on the source: "In the study, funded by the port, …")
        const MAX_ASIDE: usize = 8;
        let aside_end = toks
            .get(comma + 1)
            .filter(|t| t.is_lower_word() && is_past_form(t))
            .and_then(|_| (comma + 2..toks.len().min(comma + 2 + MAX_ASIDE)).find(|&c| toks[c].t == ","));
        let comma = aside_end.unwrap_or(comma);
        let (cs, ce) = up_to_semicolon(p, regions, toks[comma].e, se);
        let (cs, ce) = trim_span(p, cs, ce);
        return Some(Indirect { cs, ce, cue: toks[i].t.to_string(), subj: Some(subj), relay: None });
    }
    // "… Reed leads by 61 percent to 29 percent in the harbour-wide poll.": the source closes
    // the sentence
    if lower_is(toks.get(i)?, &["in"]) && i >= 3 && toks[i - 1].is_word() {
        let end = toks.iter().rposition(|t| t.is_word())? + 1;
        let phrase = &toks[i + 1..end.max(i + 1)];
        // (a poll's figures: "in the report" alone is where something was mentioned)
        let figures = toks[..i].iter().any(|t| t.t.starts_with(|c: char| c.is_ascii_digit()));
        // (not where votes are cast: "head to the polls", "trailing in the polls")
        let generic = phrase.last().is_some_and(|t| lower_is(t, &["polls"]))
            && phrase.len() >= 2
            && lower_is(&phrase[phrase.len() - 2], &["the"]);
        // (one noun phrase: "the district head to the polls" is a clause)
        let clause = phrase.iter().any(|t| lower_is(t, &["to", "in", "at", "on", "for"]));
        let source = phrase.len() <= MAX_SOURCE
            && !generic
            && !clause
            && phrase.first().is_some_and(|t| lower_is(t, DETERMINERS) || is_possessive(t))
            && phrase.last().is_some_and(evidence)
            && !phrase.iter().any(|t| t.t == "," || is_auxiliary(t) || is_cue_word(t));
        if source && figures && !toks[..i].iter().any(is_cue_word) {
            let subj = Subj { described: true, ..make_subj(p, toks, i + 1, end, end - i - 1) };
            let (cs, ce) = trim_span(p, ss, toks[i].s);
            return Some(Indirect { cs, ce, cue: toks[i].t.to_string(), subj: Some(subj), relay: None });
        }
    }
    // (a perfect needs its auxiliary: "surveys have shown …", not "the figures shown below")
    let perfect =
        |t: &Tok| lower_is(t, &["shown"]) && i > 0 && lower_is(&toks[i - 1], &["has", "have", "had"]);
    let verb = toks.get(i).filter(|t| t.is_lower_word() && (lower_is(t, EVIDENCE_VERBS) || perfect(t)))?;
    let cue = verb.t.to_string();
    // "…, new fundraising reports show.", "…, harbour board figures showed on Tuesday."
    let after = past_when(toks, i + 1);
    let trailing = toks[after.min(toks.len())..].iter().filter(|t| t.is_word()).count() == 0;
    if trailing {
        let comma = toks[..i].iter().rposition(|t| t.t == ",")?;
        // (the verb's auxiliary and adverbs are not the subject's: "…, a survey has also found.")
        let mut end = i;
        while end > comma + 1 && (is_auxiliary(&toks[end - 1]) || is_adverb(&toks[end - 1])) {
            end -= 1;
        }
        let subject = &toks[comma + 1..end];
        if subject.is_empty() || subject.len() > MAX_TRAILING_SUBJECT || !subject.iter().any(evidence) {
            return None;
        }
        let subj = evidence_subject(p, toks, comma + 1, end);
        let (cs, ce) = trim_span(p, ss, toks[comma].s);
        return Some(Indirect { cs, ce, cue, subj: Some(subj), relay: None });
    }
    // "New Herald polls out Monday show …": the noun heads the subject of the sentence or of
    // its clause after ", and" ("…, and recent polls show Brook ahead")
    let clause = (1..i)
        .rev()
        .find(|&k| toks[k - 1].t == "," && lower_is(&toks[k], &["and", "but", "while", "dan", "namun"]))
        .map_or(0, |k| k + 1);
    // (or of the clause "that" opens, when its subject is the evidence: "It is the fifth
    // month that the harbour survey has shown …")
    let clause = (clause..i)
        .rev()
        .find(|&k| lower_is(&toks[k], &["that"]) && toks[k + 1..i].iter().any(evidence))
        .map_or(clause, |k| k + 1);
    let start = (clause..i).find(|&k| toks[k].is_word() && !is_discourse(&toks[k]))?;
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
    // (without the adverbs before the verb: "Survei itu juga menunjukkan")
    let mut end = if toks[head..i].iter().any(|t| t.t == ",") { head + 1 } else { i };
    while end > head + 1 && is_adverb(&toks[end - 1]) {
        end -= 1;
    }
    // (past an opening phrase: "After almost 100 days, polling shows …")
    let start = toks[start..head].iter().rposition(|t| t.t == ",").map_or(start, |c| start + c + 1);
    let subj = evidence_subject(p, toks, start, end);
    let (cs, ce) = content_after(p, regions, toks, i, se);
    Some(Indirect { cs, ce, cue, subj: Some(subj), relay: None })
}

/// The subject `toks[a..b]` of a record's verb: the whole phrase, described, but named for
/// the body right after the record that gave it out ("Data Dinas Perhubungan Sukamaju tahun
/// 2018", "figures from the Harbour Board"), the speaker to trace a claim to.
fn evidence_subject(p: &str, toks: &[Tok], a: usize, b: usize) -> Subj {
    let whole = Subj { described: true, ..make_subj(p, toks, a, b, b - a) };
    // (the record first, after no name of its own: not "Harbour Herald polls")
    let Some(head) = (a..b).find(|&h| lower_is(&toks[h], EVIDENCE_NOUNS)) else { return whole };
    if toks[a..head].iter().enumerate().any(|(at, t)| t.is_cap() && (at > 0 || !lower_is(t, DETERMINERS))) {
        return whole;
    }
    let mut k = head + 1;
    // (perhaps through when it was put out: "Data issued Monday by the Harbour Board";
    // not who came by it, "documents obtained by the Harbour Herald", a medium passing it on)
    const MAX_RELEASED: usize = 4;
    const PUT_OUT: &[&str] =
        &["released", "published", "issued", "compiled", "produced", "conducted", "prepared"];
    if toks.get(k).is_some_and(|t| k < b && lower_is(t, PUT_OUT)) {
        let when =
            |t: &Tok| is_day_or_month(t) || is_digits(t) || lower_is(t, &["on", "last", "this", "earlier"]);
        if let Some(by) = (k + 1..b.min(k + 1 + MAX_RELEASED)).find(|&j| lower_is(&toks[j], &["by"])) {
            if toks[k + 1..by].iter().all(when) {
                k = by;
            }
        }
    }
    if toks.get(k).is_some_and(|t| k < b && lower_is(t, &["from", "by", "dari", "oleh"])) {
        k += 1;
        if toks.get(k).is_some_and(|t| k < b && lower_is(t, &["the"])) {
            k += 1;
        }
    }
    let name = toks[k.min(b)..b].iter().take_while(|t| t.is_cap()).count();
    // (and after the body only when: "tahun 2018", "released Monday")
    let when_only = toks[k + name..b].iter().all(|t| !t.is_cap() || is_day_or_month(t));
    // (a name of two words at least, or a body's initials: "the CDC")
    let initials = name == 1 && toks[k].t.len() >= 2 && toks[k].t.chars().all(|c| c.is_ascii_uppercase());
    if (name < 2 && !initials) || !when_only {
        return whole;
    }
    Subj { name: Some(p[toks[k].s..toks[k + name - 1].e].to_string()), role: None, ..whole }
}

/// Clips `(cs, ce)` so it does not include relay phrases.
/// A statement cut back to what no relay holds (see [`clip`]), when it keeps `min_words`
/// words.
fn clipped(p: &str, relays: &[(usize, usize, Relay)], found: Indirect, min_words: usize) -> Option<Indirect> {
    let (cs, ce) = clip(p, found.cs, found.ce, relays);
    (wc(p, cs, ce) >= min_words).then_some(Indirect { cs, ce, ..found })
}

fn clip(p: &str, cs: usize, ce: usize, relays: &[(usize, usize, Relay)]) -> (usize, usize) {
    let (mut cs, mut ce) = (cs, ce);
    // (in the order written, so that relays one after another are all cut from the front:
    // "Sebagaimana dilansir CNN yang mengutip Reuters, …")
    let mut in_order: Vec<_> = relays.iter().collect();
    if in_order.len() > 1 {
        in_order.sort_by_key(|(rs, ..)| *rs);
    }
    for (rs, re, _) in in_order {
        let adjoins = *rs > cs && *rs <= ce && p[cs..*rs].trim().is_empty();
        // (a relay written with a capital inside the words opens a sentence the text ran
        // into, a headline's or a caption's without its full stop: "… Dermaga Baru Dilansir
        // dari Harbour Herald, lomba perahu …" relays the words after it)
        let opens_sentence = *rs > cs
            && *rs < ce
            && p[*rs..].starts_with(|c: char| c.is_uppercase())
            && !p[cs..*rs].trim_end().ends_with([',', '(', '"', '“']);
        if (*rs <= cs || adjoins || opens_sentence) && *re > cs {
            // (and the day the medium carried it: "Seperti dilansir Harbour Herald, Senin
            // (2/12/2024), …")
            cs = *re + DAY_AFTER_RELAY.find(&p[*re..]).map_or(0, |m| m.end());
        } else if *rs > cs && *rs < ce {
            match relay_aside(p, cs, (*rs, *re), ce) {
                // (the words after it are the statement: "Sementara itu, seperti dilansir
                // Reuters, harga minyak naik")
                Some(RelayAside::AfterOpener(after)) => cs = after,
                // (the statement runs around it: "The harbour plan, first reported by the
                // Herald, is …")
                Some(RelayAside::Inside) => {}
                None => ce = *rs,
            }
        }
    }
    if cs >= ce {
        return (cs, cs);
    }
    // (where it was said, closing the words: "said the pier was safe in a tweet on Monday"
    // is "the pier was safe", said in a tweet; read in the last bytes only, which hold any
    // such venue, so that long statements cost no more)
    const VENUE_REACH: usize = 320;
    let from = p.floor_char_boundary(ce.saturating_sub(VENUE_REACH)).max(cs);
    let window = &p[from..ce];
    // (the pattern's fixed words first: most statements hold none)
    let holds = |word: &[u8]| window.as_bytes().windows(word.len()).any(|w| w.eq_ignore_ascii_case(word));
    let may_hold = holds(b" in a") || holds(b"dalam") || holds(b"kepada");
    let venue = may_hold.then(|| TRAILING_VENUE.find(window)).flatten();
    if let Some(venue) = venue.filter(|m| from + m.start() > cs) {
        ce = from + venue.start();
    }
    // (and the piece it was (not) said for: "declined to comment for this story")
    let infinitive = p[cs..ce].starts_with("to ");
    if let Some(piece) = FOR_THIS_PIECE.find(&p[cs..ce]).filter(|m| infinitive && m.start() > 0) {
        ce = cs + piece.start();
    }
    trim_span(p, cs, ce)
}

/// The piece a statement was made for, closing its words: "for this story", "for this
/// article".
static FOR_THIS_PIECE: Lazy<regex::Regex> = Lazy::new(|| {
    regex::Regex::new(r"(?i)\s+for\s+this\s+(?:story|article|report|piece|column)[.\s]*$")
        .expect("a valid pattern")
});

/// The way a statement was made, closing its words: a post, a letter, an interview, with
/// perhaps a word or two before it ("in an on-air rant", "in a brief statement") and when,
/// where or to whom after it ("in an email on Saturday to the board"); or the press it was
/// told to.
static TRAILING_VENUE: Lazy<regex::Regex> = Lazy::new(|| {
    regex::Regex::new(concat!(
        r"(?i)\s(?:in\s+an?|dalam(?:\s+sebuah)?)\s+(?:[\p{L}’'-]+\s+){0,2}?",
        r"(?:interview|statement|press\s+conference|news\s+conference|e-?mail|op-ed|post|tweet|letter|video|",
        r"broadcast|appearance|wawancara|keterangan\s+(?:pers|tertulis)|konferensi\s+pers|jumpa\s+pers|",
        r"siaran\s+pers|unggahan|cuitan)s?(?:\s[^,;:“”\x22]{0,80})?(?:,\s*\p{Lu}[^,;:“”\x22]{0,40})?$",
        // (or whom it was told to: "… kepada wartawan di dermaga, Senin")
        r"|\skepada\s+(?:para\s+)?(?:wartawan|awak\s+media|jurnalis|pers|reporter)(?:\s[^,;:“”\x22]{0,80})?(?:,\s*\p{Lu}[^,;:“”\x22]{0,40})?$"
    ))
    .expect("a valid pattern")
});

/// A relay set off by commas inside a statement's words.
enum RelayAside {
    /// After an opening word or two ("Meanwhile,", "Sementara itu,"): the statement starts
    /// at the given offset, past the relay's closing comma.
    AfterOpener(usize),
    /// After the statement's own first words.
    Inside,
}

/// Whether the relay `p[rs..re]` inside `p[cs..ce]` is set off by commas (perhaps with "first"
/// or "as" before it: ", as first carried by the Herald,"), and what the words before it are.
fn relay_aside(p: &str, cs: usize, (rs, re): (usize, usize), ce: usize) -> Option<RelayAside> {
    const MAX_LEAD_WORDS: usize = 2;
    if re >= ce {
        return None;
    }
    let before = &p[cs..rs];
    let comma = before.rfind(',')?;
    let lead_words = before[comma + 1..].split_whitespace().count();
    let after = p[re..ce].trim_start();
    if lead_words > MAX_LEAD_WORDS || !after.starts_with(',') {
        return None;
    }
    let resume = ce - after.len() + 1;
    let resumed = tokens(p, resume, ce);
    // (the words after it must be more than the day the medium carried it: ", dilansir dari
    // Harbour Herald, Senin (2/12/2024).")
    // (or when: ", melansir Harbour Herald, belum lama ini.")
    const WHEN_WORDS: &[&str] = &[
        "belum",
        "lama",
        "ini",
        "baru-baru",
        "kemarin",
        "lalu",
        "pekan",
        "hari",
        "recently",
        "earlier",
        "last",
        "this",
        "week",
        "yesterday",
        "today",
        "on",
    ];
    let words = resumed
        .iter()
        .filter(|t| {
            t.is_word()
                && !is_digits(t)
                && !lower_is(t, WEEKDAYS_ID)
                && !lower_is(t, WEEKDAYS_EN)
                && !lower_is(t, WHEN_WORDS)
        })
        .count();
    if words < 2 {
        return None;
    }
    let opening = tokens(p, cs, cs + comma);
    let opener_only =
        opening.iter().all(|t| !t.is_word() || is_discourse(t) || lower_is(t, &["itu", "meanwhile"]));
    if opener_only {
        return Some(RelayAside::AfterOpener(resume));
    }
    // (inside, the clause goes on in lower case: "…, first reported by the Herald, is …"; not
    // a name set off after the medium: "reported by Commander, Gen. Tom Reed")
    let goes_on = resumed.iter().find(|t| t.is_word()).is_some_and(|t| t.is_lower_word());
    goes_on.then_some(RelayAside::Inside)
}

/// What may close a relay's phrase up to its comma, none of it the statement: the medium's
/// short form in brackets, "(DPS)", then the day, with its date in brackets or without
/// (", Senin (2/12/2024),", " on Monday,"), or the date ("pada 26 Agustus 2019,").
static DAY_AFTER_RELAY: Lazy<regex::Regex> = Lazy::new(|| {
    // (the weekday lists, and the spelling "Jum'at")
    let days = WEEKDAYS_ID.iter().chain(WEEKDAYS_EN).copied().chain(["jum'at"]).collect::<Vec<_>>().join("|");
    let months = MONTHS.join("|");
    regex::Regex::new(&format!(
        concat!(
            r"^(?:\s*\(\s*[\p{{Lu}}\p{{N}}&.\-]{{2,12}}\s*\))?",
            r"(?:\s*,?\s*(?i:on\s+)?(?i:{days})(?:\s*\([^)]{{1,20}}\))?",
            r"|\s*,?\s*(?i:pada|on)\s+(?:\p{{N}}{{1,4}}\s+)?(?i:{months})(?:\s+\p{{N}}{{1,4}})?(?:\s*,?\s+\p{{N}}{{4}})?)?\s*,"
        ),
        days = days,
        months = months
    ))
    .expect("a valid pattern")
});

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
    "while",
    "when",
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
    let ci = toks.iter().position(|t| t.is_word() && !is_discourse(t))?;
    if !lower_is(&toks[ci], CITING_WORDS) {
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

/// The reported statements of a sentence: [`indirect`]'s, a second one its content holds
/// after a speech participle ("announced that A, saying B": A, then B, both the subject's),
/// and those of a clause after a semicolon ("A majority say A; 26 percent say B").
pub fn statements_in(
    p: &str,
    ss: usize,
    se: usize,
    regions: &[Region],
    relays: &[(usize, usize, Relay)],
    media: &[String],
) -> Vec<Indirect> {
    // (a few clauses: a "sentence" of scraped style sheet holds thousands of semicolons, and
    // each clause is searched to the sentence end)
    const MAX_CLAUSES: usize = 4;
    let mut found = Vec::new();
    let mut from = ss;
    for _ in 0..MAX_CLAUSES {
        let clause = clause_statements(p, from, se, regions, relays, media);
        let after = clause.last().map_or(from, |f| f.ce.clamp(from, se));
        found.extend(clause);
        match semicolon_in(p, regions, after, se) {
            Some(i) => from = i + 1,
            None => break,
        }
    }
    found
}

/// Whether what follows the cue is no statement: it only names what was spoken about
/// ("bercerita tentang pengalamannya di laut"; an English "about" phrase is kept, a stance
/// on a topic), it is the particle of a phrasal verb with a preposition ("backed out of
/// their lease", "added up to a loss"), the topic thought about ("think about the quay"), or
/// a second relative clause goes on after it ("which Reed has disputed and which …").
fn opens_no_statement(p: &str, f: &Indirect) -> bool {
    const PARTICLES: &[&str] = &["up", "out", "off", "away"];
    // (after "menurut" the words are the source's name: "Menurut Buku Pedoman tentang Dermaga, …")
    let source = f.cue.eq_ignore_ascii_case("menurut");
    let mut words = p[f.cs..f.ce].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    // (a particle with its object is what was said: "singled out the ferry crews"; "up to 300
    // riders" is a figure)
    let figure = words.next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let particle = PARTICLES.contains(&first) && ["of", "to"].contains(&second) && !figure;
    // (a verb joined to the cue is not: "praised and then thanked the crews")
    let relative = ["and", "or"].contains(&first) && ["which", "who", "whom"].contains(&second);
    // (to think about or of something is no stance on it: "they think of the old quay")
    let pondering = ["think", "thinks", "thinking", "thought"].iter().any(|c| f.cue.eq_ignore_ascii_case(c))
        && ["about", "of"].contains(&first);
    // (nor is where it was said alone: "hinted at that in a news conference Monday"; read
    // only for words that open a venue, so other statements are not split into tokens again)
    let venue = ["in", "at", "during"].contains(&first) && content::only_venue(&tokens(p, f.cs, f.ce));
    !source && (ABOUT_WORDS.contains(&first) || particle || relative || pondering || venue)
}

/// [`statements_in`] up to the first semicolon after its first statement.
fn clause_statements(
    p: &str,
    ss: usize,
    se: usize,
    regions: &[Region],
    relays: &[(usize, usize, Relay)],
    media: &[String],
) -> Vec<Indirect> {
    let Some(first) = indirect(p, ss, se, regions, relays, media).filter(|f| !opens_no_statement(p, f))
    else {
        return Vec::new();
    };
    if let Some(split) = split_at_participle(p, regions, ss, &first) {
        return split;
    }
    // (a clause joined after a source named after the statement is read as a sentence of its
    // own: "A according to the Herald, but Reed vows B")
    if let Some(from) = clause_after_source(p, &first, se) {
        if let Some(second) =
            indirect(p, from, se, regions, relays, media).filter(|f| !opens_no_statement(p, f))
        {
            return vec![first, second];
        }
    }
    let after = AfterFirst { p, regions, rest: tokens(p, first.ce, se), first: &first };
    // (the second may go on to a participle of its own: "refused to answer questions but
    // said A, adding B")
    match after.second_statement(ss, se) {
        Some(second) => match split_at_participle(p, regions, ss, &second) {
            Some(split) => std::iter::once(first).chain(split).collect(),
            None => vec![first, second],
        },
        None => vec![first],
    }
}

/// Where a clause joined by a conjunction starts after the source a statement names after
/// itself ("A according to the Herald, but …").
fn clause_after_source(p: &str, first: &Indirect, se: usize) -> Option<usize> {
    let sj = first
        .subj
        .as_ref()
        .filter(|sj| sj.s >= first.ce && first.cue.eq_ignore_ascii_case("according to"))?;
    let rest = tokens(p, sj.e.min(se), se);
    (rest.len() > 2 && comma_then_conjunction(&rest, 0)).then(|| rest[1].e)
}

/// "announced that A, saying B": the statement cut before the participle, and what the
/// participle reports, both the subject's. (After a claim named as a noun the participle is
/// the sentence subject's, not the claim owner's: "Riders were angered by Reed's announcement
/// that A, saying B"; the sentence starts at `ss`.)
fn split_at_participle(p: &str, regions: &[Region], ss: usize, first: &Indirect) -> Option<Vec<Indirect>> {
    let toks = tokens(p, first.cs, first.ce);
    let k = comma_participle(&toks, regions)?;
    let (cs, ce) = content_after(p, regions, &toks, k, first.ce);
    // (a closing mark before the participle stays with the words it closes)
    let mark = if toks[k - 1].is_word() { k - 2 } else { k - 1 };
    let before_end = if CLOSING_MARKS.contains(&toks[mark].t) { toks[mark].e } else { toks[mark].s };
    // (the words go on up to "before" or "after" with no comma: "… on Monday before claiming")
    let before_end = if toks[mark].is_word() { toks[k - 1].s } else { before_end };
    // (an attribution set inside the span ends the words before it: "A, kata Budi, sambil
    // menambahkan B")
    let attribution = (1..k).find(|&c| toks[c - 1].t == "," && toks[c].t.eq_ignore_ascii_case(&first.cue));
    let before_end = attribution.map_or(before_end, |c| toks[c - 1].s);
    let (before_s, before_e) = trim_span(p, first.cs, before_end);
    let before = Indirect { cs: before_s, ce: before_e, ..first.clone() };
    // (a participle that hands over a quotation ends the words before it, and the quotation
    // is a direct quote of its own: `said the plan could be “messy,” adding, “…”`)
    let hands_over = wc(p, toks[k].e, first.ce) == 0
        && regions
            .iter()
            .any(|r| r.open >= toks[k].e && p[toks[k].e..r.open].trim_matches([' ', ',', ':']).is_empty());
    if hands_over && wc(p, before_s, before_e) >= 2 {
        return Some(vec![before]);
    }
    if wc(p, cs, ce) < 3 || wc(p, before_s, before_e) < 2 {
        return None;
    }
    let mut second = Indirect { cs, ce, cue: toks[k].t.to_string(), relay: None, ..first.clone() };
    if names_claim_as_noun(&first.cue) {
        let sentence = tokens(p, ss, toks[k].s);
        second.subj = clause_subject(p, &sentence).map(|(sj, _)| sj).filter(|sj| sj.s < first.cs);
    }
    Some(vec![before, second])
}

/// What follows a sentence's first statement (its tokens `rest`), where a second statement
/// may be reported.
struct AfterFirst<'a> {
    p: &'a str,
    regions: &'a [Region],
    rest: Vec<Tok<'a>>,
    first: &'a Indirect,
}

impl AfterFirst<'_> {
    /// (another subject of a few words may come between a conjunction and its cue: ", and
    /// more than 3 in 10 said", ", while Sen. Joan Miller and Rep. Carl Dunn suggested")
    const MAX_OTHER_SUBJECT: usize = 14;

    /// A second statement joined to the first, or after it in the sentence; the first's
    /// content ends where it begins.
    fn second_statement(&self, ss: usize, se: usize) -> Option<Indirect> {
        let (p, rest) = (self.p, &self.rest);
        let joined = self.joined();
        let cue = joined.and_then(|j| self.joined_cue(j));
        let relative = self.relative_after_speaker();
        let main_verb = self.main_verb();
        let main = if cue.or(relative).or(main_verb).is_none() { self.main_clause(ss) } else { None };
        let k = cue
            .or(relative)
            .or(main_verb)
            .or(main.as_ref().map(|m| m.0))
            .or_else(|| self.adding())
            .or_else(|| self.and_said());
        let named = if k.is_none() { self.named_speaker() } else { None };
        let k = k.or(named.as_ref().map(|n| n.0))?;
        let (cs, ce) = content_after(p, self.regions, rest, k, se);
        let subj = match (joined.zip(cue).and_then(|(j, k)| self.other_subject(j, k)), main, named) {
            (Some(other), _, _) => other,
            (None, Some((_, sj)), _) => Some(sj),
            (None, None, Some((_, sj))) => Some(sj),
            (None, None, None) => self.first.subj.clone(),
        };
        (wc(p, cs, ce) >= 3).then(|| Indirect { cs, ce, cue: rest[k].t.to_string(), relay: None, subj })
    }

    fn abbreviation_stop(&self, k: usize) -> bool {
        self.rest[k].t == "." && k > 0 && is_abbr_tok(&self.rest[k - 1])
    }

    /// A conjunction that joins a second statement ("called it careless, but said A"), or a
    /// concession (", although they say B"), among the first few tokens.
    fn joined(&self) -> Option<usize> {
        const MAX_JOIN: usize = 4;
        const JOINS: &[&str] = &[
            "but",
            "and",
            "although",
            "though",
            "whereas",
            "while",
            "namun",
            "tetapi",
            "dan",
            "sedangkan",
            "sementara",
            "meski",
            "walaupun",
        ];
        self.rest.iter().take(MAX_JOIN).position(|t| lower_is(t, JOINS))
    }

    /// The cue of the statement the conjunction at `j` joins.
    fn joined_cue(&self, j: usize) -> Option<usize> {
        let rest = &self.rest;
        (j + 1..rest.len().min(j + 2 + Self::MAX_OTHER_SUBJECT))
            .take_while(|&k| rest[k].is_word() || self.abbreviation_stop(k))
            .find(|&k| {
                // (no cue that reports nothing: "…, and the board maintained a similar levy")
                rest[k].is_lower_word()
                    && !reports_nothing(rest, k)
                    && ((PRE_CUES.contains(&rest[k].t) && !lower_is(&rest[k], &["think", "believe"]))
                        // ("… and called the fee unfair", "calling it B and saying C")
                        || (k == j + 1 && lower_is(&rest[k], &["called"]))
                        || (k == j + 1 && lower_is(&rest[k], PARTICIPLE_CUES))
                        // (a stance after a pronoun of its own: "…, and she praised the crews for
                        // …")
                        || ((k == j + 1 || k == j + 2 && lower_is(&rest[j + 1], EN_SUBJECT_PRONOUNS))
                            && STANCE_CUES.contains(&rest[k].t)))
            })
    }

    /// The other subject between the conjunction at `j` and the cue at `k`, when words
    /// other than adverbs stand there (", and a third said the same"); `Some(None)` for one
    /// that cannot be named.
    fn other_subject(&self, j: usize, k: usize) -> Option<Option<Subj>> {
        let (p, rest) = (self.p, &self.rest);
        if rest[j + 1..k].iter().all(is_adverb) {
            return None;
        }
        // (a circumstance is no subject: "but at a later hearing said …")
        if lower_is(&rest[j + 1], OPENING_PREPOSITIONS) {
            return None;
        }
        // (a group or a share: "more than 4 in 10", "three-quarters", "most voters")
        let head = &rest[k - 1];
        let group = is_speaker_noun(head)
            || lower_is(head, &["percent", "most", "many"])
            || is_digits(head)
            || (head.is_lower_word() && head.t.ends_with('s'));
        let described = || group.then(|| Subj { described: true, ..make_subj(p, rest, j + 1, k, k - j - 1) });
        Some(subject_before(p, rest, k).map(|(sj, _)| sj).or_else(described))
    }

    /// The main clause's verb after a relative clause's statement: "Reed, who said A, said
    /// B" (not an inverted attribution: "A, said Carl Dunn, a harbour historian").
    fn main_verb(&self) -> Option<usize> {
        let (p, rest, first) = (self.p, &self.rest, self.first);
        let subject_before_content = first.subj.as_ref().is_some_and(|sj| sj.e <= first.cs);
        let inverted = || {
            subject_forward(p, rest, 2).is_some_and(|(_, end)| {
                rest.get(end).is_none_or(|t| matches!(t.t, "," | "." | "(") || lower_is(t, &["who"]))
                    && !rest[2..end].iter().any(|t| lower_is(t, PRONOUNS) || is_auxiliary(t))
            })
        };
        (subject_before_content
            && rest.len() > 2
            && (rest[0].t == "," || is_dash(&rest[0]))
            && rest[1].is_lower_word()
            && POST_CUES_EN.contains(&rest[1].t)
            && !inverted())
        .then_some(1)
    }

    /// The speaker named after the first statement, then a relative clause of theirs: "…,
    /// said Mark Hale, a columnist, who said A".
    fn relative_after_speaker(&self) -> Option<usize> {
        let rest = &self.rest;
        let e = self.first.subj.as_ref().map(|sj| sj.e).filter(|&e| e > self.first.ce)?;
        (2..rest.len()).find(|&k| {
            rest[k - 2].t == ","
                && rest[k - 2].s >= e
                && lower_is(&rest[k - 1], &["who"])
                && PRE_CUES.contains(&rest[k].t)
                && !rest.iter().any(|t| t.s >= e && t.e <= rest[k - 2].s && is_cue_word(t))
        })
    }

    /// A named speaker's own statement after a comma: "said A, Ann R. Porter noted that B".
    /// Its cue and subject.
    fn named_speaker(&self) -> Option<(usize, Subj)> {
        let k = named_speaker_cue(&self.rest, 0)?;
        subject_before(self.p, &self.rest, k).filter(|(_, at)| *at == 1).map(|(sj, _)| (k, sj))
    }

    /// A participle after the first's own attribution: "A, Porter said, adding that B".
    fn adding(&self) -> Option<usize> {
        let rest = &self.rest;
        // (the first's cue may be two words: "called for")
        let verb = self.first.cue.split_whitespace().next().unwrap_or("");
        comma_participle(rest, self.regions)
            .filter(|&k| rest[..k].iter().filter(|t| is_cue_word(t)).all(|t| t.t == verb))
    }

    /// The main clause's statement after a subordinate one that opens the sentence at `ss`:
    /// "While Dunn said A, he said B". Its cue and subject.
    fn main_clause(&self, ss: usize) -> Option<(usize, Subj)> {
        const SUBORDINATORS: &[&str] =
            &["while", "although", "though", "whereas", "when", "as", "if", "because"];
        let (p, rest) = (self.p, &self.rest);
        let opens_subordinate = tokens(p, ss, self.first.cs)
            .iter()
            .find(|t| t.is_word() && !is_discourse(t))
            .is_some_and(|t| lower_is(t, SUBORDINATORS));
        if !opens_subordinate || rest.first().is_none_or(|t| t.t != ",") {
            return None;
        }
        // (past when or where it was said: "…, at the quay on Friday Brook said B")
        const MAX_OPENING: usize = 6;
        let k = (2..rest.len().min(2 + Self::MAX_OTHER_SUBJECT + MAX_OPENING))
            .take_while(|&k| {
                rest[k - 1].is_word() || (k == 2 && rest[k - 1].t == ",") || self.abbreviation_stop(k - 1)
            })
            .find(|&k| rest[k].is_lower_word() && PRE_CUES.contains(&rest[k].t))?;
        let opens_clause = |at: usize| at == 1 || (at > 2 && after_opening_circumstance(&rest[1..], at - 1));
        // (or a share of people, however described: "While 9 percent said A, 31 percent of
        // riders said B")
        let share = || {
            (is_digits(&rest[1]) || lower_is(&rest[1], &["most", "many", "half", "some"]))
                .then(|| (Subj { described: true, ..make_subj(p, rest, 1, k, k - 1) }, 1))
        };
        let (sj, at) = subject_before(p, rest, k).filter(|(_, at)| opens_clause(*at)).or_else(share)?;
        opens_clause(at).then_some((k, sj))
    }

    /// The subject's second verb of speech, past an aside: "backed the crews throughout the
    /// strike, which ended in the spring, and said B".
    fn and_said(&self) -> Option<usize> {
        let rest = &self.rest;
        (2..rest.len()).find(|&k| {
            rest[k - 2].t == ","
                && lower_is(&rest[k - 1], &["and", "but"])
                && rest[k].is_lower_word()
                && PRE_CUES.contains(&rest[k].t)
                && !within_region(self.regions, rest[k].s, rest[k].e)
        })
    }
}

/// Hearsay that says only that it exists: "Ada laporan bahwa …", "beredar kabar yang
/// menyebutkan bahwa …", "There are reports that …". Unattributed, and hedged by its cue.
fn rumoured(p: &str, regions: &[Region], toks: &[Tok], se: usize) -> Option<Indirect> {
    const EXISTS: &[&str] = &["ada", "beredar", "muncul"];
    const HEARSAY: &[&str] =
        &["laporan", "kabar", "informasi", "isu", "rumor", "reports", "rumours", "rumors"];
    const SAYING: &[&str] = &["menyebutkan", "menyebut", "mengatakan", "menyatakan"];
    // (inside a quotation it is the speaker's words)
    let (start, k) = (1..toks.len())
        .filter(|&k| lower_is(&toks[k], HEARSAY) && !inside_quote(regions, toks[k].s))
        .find_map(|k| {
            if lower_is(&toks[k - 1], EXISTS) {
                Some((k - 1, k))
            } else {
                (k >= 2 && lower_is(&toks[k - 1], &["are", "were"]) && lower_is(&toks[k - 2], &["there"]))
                    .then(|| (k - 2, k))
            }
        })?;
    // ("… yang menyebutkan bahwa …")
    let mut that = k + 1;
    if toks.get(that).is_some_and(|t| lower_is(t, &["yang"]))
        && toks.get(that + 1).is_some_and(|t| lower_is(t, SAYING))
    {
        that += 2;
    }
    if !toks.get(that).is_some_and(|t| lower_is(t, &["bahwa", "that"])) {
        return None;
    }
    let (cs, ce) = content_after(p, regions, toks, that, se);
    let cue = p[toks[start].s..toks[k].e].to_lowercase();
    Some(Indirect { cs, ce, cue, subj: None, relay: None })
}

/// The statement one sentence reports without quotation marks (see [`scan`]), after the
/// shapes read from the whole sentence first: a citing clause and a colon headline.
fn indirect(
    p: &str,
    ss: usize,
    se: usize,
    regions: &[Region],
    relays: &[(usize, usize, Relay)],
    media: &[String],
) -> Option<Indirect> {
    let toks = tokens(p, ss, se);
    if let Some(found) = citing_clause(p, regions, &toks, se, media).and_then(|c| clipped(p, relays, c, 2)) {
        return Some(found);
    }
    if let Some(found) = colon_headline(p, &toks, ss, se) {
        return Some(found);
    }
    // a dateline is no part of the statement of the sentence it opens
    let (ss, toks) = match dateline_end(p, &toks, ss) {
        Some(end) => (end, tokens(p, end, se)),
        None => (ss, toks),
    };
    // (the scan keeps the tokens; the few sentences that open with a clause are read again)
    let opens_with_clause = toks.first().is_some_and(|t| lower_is(t, CLAUSE_OPENING_SUBORDINATORS));
    let found = scan::SentenceScan::new(p, (ss, se), toks, regions, relays).statement()?;
    Some(if opens_with_clause { within_opening_clause(p, &tokens(p, ss, se), found) } else { found })
}

/// Words that open a clause before the sentence's own: "When …, …", "Although …, …".
const CLAUSE_OPENING_SUBORDINATORS: &[&str] =
    &["when", "after", "before", "although", "though", "if", "because", "since", "while", "once", "until"];

/// A statement made inside a clause that opens the sentence (`toks` open with one of
/// `CLAUSE_OPENING_SUBORDINATORS`) ends with that clause: "When Reed said the quay was
/// unsafe, skippers left" reports "the quay was unsafe". The clause ends at the statement's
/// last comma; its speaker is named in it, with no comma before.
fn within_opening_clause(p: &str, toks: &[Tok], mut found: Indirect) -> Indirect {
    let Some(sj) = &found.subj else { return found };
    let speaker_inside = toks.iter().take_while(|t| t.s < sj.s).all(|t| t.t != ",") && sj.e <= found.cs;
    let last_comma = toks.iter().rposition(|t| t.t == "," && t.s > found.cs && t.e < found.ce);
    if let Some(c) = last_comma.filter(|&c| speaker_inside && toks.get(c + 1).is_some_and(Tok::is_word)) {
        let (cs, ce) = trim_span(p, found.cs, toks[c].s);
        if wc(p, cs, ce) >= 3 {
            found.ce = ce;
        }
    }
    found
}

/// Where a sentence goes on with the statement after the speaker of an attribution set inside
/// it, the speaker ending at `toks[end]`: after a comma ("…, kata Budi, dermaga …"), past
/// when or where it was said up to a comma ("…, kata Budi pada rapat itu, dermaga …"), or
/// at once, with no comma ("…, kata Budi akan diperbaiki pekan depan"). `None` when the
/// sentence ends there, or only says whom it was told or about what ("…, kata Budi kepada
/// wartawan.", "…, kata Budi mengenai jadwal itu.").
pub(crate) fn statement_resumes(toks: &[Tok], end: usize) -> Option<usize> {
    const MIN_CLAUSE_WORDS: usize = 3;
    const MAX_OCCASION_TOKENS: usize = 10;
    let t = toks.get(end)?;
    if t.t == "," {
        return Some(end + 1);
    }
    if !t.is_lower_word() || is_cue_word(t) || is_adverb(t) {
        return None;
    }
    let clause_goes_on = !lower_is(t, FWD_STOP) && !lower_is(t, PREPOSITIONS) && !lower_is(t, ABOUT_WORDS);
    if clause_goes_on {
        let words = toks[end..].iter().take_while(|t| t.t != ",").filter(|t| t.is_word()).count();
        return (words >= MIN_CLAUSE_WORDS).then_some(end);
    }
    let comma = (end + 1..toks.len().min(end + 1 + MAX_OCCASION_TOKENS)).find(|&k| toks[k].t == ",")?;
    let plain_occasion = !toks[end..comma].iter().any(|t| is_cue_word(t) || lower_is(t, &["bahwa", "that"]));
    (plain_occasion && comma + 1 < toks.len()).then_some(comma + 1)
}

/// Words that say what a statement was about: "tentang", "mengenai", "soal", "perihal".
const ABOUT_WORDS: &[&str] = &["tentang", "mengenai", "soal", "perihal"];

/// Participles by which a medium names the source it passes on: "Mengutip S, M …", "…, M
/// reported, citing S".
const CITING_WORDS: &[&str] = &["mengutip", "citing", "quoting"];

/// The source a sentence ends by citing, when the participle's words are only that source:
/// ", citing the port authority", ", citing data from the harbour board", ", mengutip sumber
/// di kepolisian" — not a reason given ("citing rising costs") nor a clause. Returns the
/// source and the participle.
pub(crate) fn cited_source(p: &str, from: usize, se: usize) -> Option<(Subj, String)> {
    let toks = tokens(p, from.min(se), se);
    let k = toks.iter().rposition(|t| lower_is(t, CITING_WORDS))?;
    // (right after the medium, "…, lapor Harbour Herald mengutip pejabat pelabuhan", or
    // after a comma or a relative "yang": "…, menurut laporan Harbour Herald yang mengutip
    // pejabat intelijen")
    if k > 0 && !(toks[k - 1].t == "," || lower_is(&toks[k - 1], &["yang"])) {
        return None;
    }
    cited_after(p, &toks, k)
}

/// The source the citing word at `toks[k]` names, when the words after it are only that
/// source, and the citing word.
pub(crate) fn cited_after(p: &str, toks: &[Tok], k: usize) -> Option<(Subj, String)> {
    const SOURCE_NOUNS: &[&str] = &[
        "authority",
        "authorities",
        "agency",
        "commission",
        "committee",
        "council",
        "ministry",
        "office",
        "department",
        "board",
        "officials",
        "official",
        "sources",
        "source",
        "report",
        "reports",
        "statement",
        "data",
        "figures",
        "survey",
        "poll",
        "study",
        "documents",
        "police",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "sumber",
        "laporan",
        "keterangan",
        "pernyataan",
        "pejabat",
        "kepolisian",
        "people",
        "person",
        "insiders",
    ];
    const MAX_WORDS: usize = 10;
    let rest = &toks[k + 1..];
    let words: Vec<&Tok> = rest.iter().filter(|t| t.is_word()).collect();
    let clause = rest.iter().any(|t| lower_is(t, CLAUSE_OPENERS) || is_auxiliary(t) || is_cue_word(t));
    let only_words = rest.iter().all(|t| t.is_word() || matches!(t.t, "." | "-"));
    if words.is_empty() || words.len() > MAX_WORDS || clause || !only_words {
        return None;
    }
    // the head: the word before a preposition naming whose it is ("data from …"), else the last
    let head = words
        .iter()
        .position(|t| lower_is(t, &["of", "from", "by", "at", "in", "dari", "di", "oleh"]))
        .map_or(words.len() - 1, |h| h.saturating_sub(1));
    let named = words.iter().all(|t| t.is_cap() || lower_is(t, &["the", "of"]));
    // (or any word before what relates them to it, the first among them as Indonesian puts
    // its head first: "pejabat intelijen", "sumber di kepolisian", "two skippers with word
    // from the quay", "people familiar with the matter")
    let mut lead = words.iter().take_while(|t| {
        !lower_is(t, &["of", "from", "by", "at", "in", "with", "familiar", "close", "dari", "di", "oleh"])
    });
    let known = |t: &Tok| {
        is_speaker_noun(t) || [SOURCE_NOUNS, ROLE_HEADS, MEDIA_HEADS].iter().any(|list| lower_is(t, list))
    };
    let source = named || known(words[head]) || lead.any(|t| t.is_lower_word() && known(t));
    let (s, e) = (words.first()?.s, words.last()?.e);
    source.then(|| {
        let mention = p[s..e].to_string();
        let name = named.then(|| mention.trim_start_matches("the ").to_string());
        (Subj { s, e, mention, name, role: None, pronoun: false, described: true }, toks[k].t.to_string())
    })
}
