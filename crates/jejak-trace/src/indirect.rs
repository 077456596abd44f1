//! Reported statements without quotation marks: `X said (that) …`, `Menurut X, …`, `…,
//! according to X`, citing clauses, colon headlines and evidence (`data show …`).

mod scan;

use jejak_model::Relay;
use once_cell::sync::Lazy;

use crate::{
    lexicon::*,
    relay::medium_name,
    speaker::{
        after_bracket, after_opening_circumstance, clause_subject, make_subj, relative_who, subject_before,
        subject_forward, FWD_STOP,
    },
    text::{after_comma, region_around, tokens, trim_span, within_region, Region, Tok},
    words::{
        capitalised_words, comma_then_conjunction, in_capitals, is_abbr_tok, is_adverb, is_auxiliary,
        is_contraction, is_cue_word, is_dash, is_digits, is_discourse, is_id_active_verb, is_lead_punct,
        is_long_dash, is_participle, is_past_form, is_possessive, is_present_form, is_punct, is_speaker_noun,
        is_year, lower_is, mostly_capitalised, names_claim_as_noun, opens_object, wc,
    },
    Indirect, Subj,
};

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
    (wc(p, cs, ce) >= 3 && !handed_over).then(|| (cs, ce, toks[i].t.to_string()))
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
        let bare = phrase.len() <= MAX_BARE_PHRASE && phrase.last().is_some_and(evidence);
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
    // "…, new fundraising reports show."
    let trailing = toks[i + 1..].iter().filter(|t| t.is_word()).count() == 0;
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
        let subj = Subj { described: true, ..make_subj(p, toks, comma + 1, end, end - comma - 1) };
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

/// Content of a statement introduced by the cue at `toks[ci]`, up to `se`.
pub fn content_after(p: &str, regions: &[Region], toks: &[Tok], ci: usize, se: usize) -> (usize, usize) {
    let (cs, ce) = content_after_cue(p, toks, ci, se);
    reported_clause(p, regions, toks, cs, ce)
}

/// Reported speech from `cs` to `ce` in the sentence of `toks`, up to a semicolon or a
/// clause of its own (see `up_to_next_clause`): what a statement with quotations woven in
/// reports.
pub fn reported_clause(p: &str, regions: &[Region], toks: &[Tok], cs: usize, ce: usize) -> (usize, usize) {
    let (cs, ce) = up_to_semicolon(p, regions, cs, ce);
    up_to_next_clause(p, regions, toks, cs, ce)
}

/// Whether offset `i` of the paragraph lies inside one of its quotations.
fn inside_quote(regions: &[Region], i: usize) -> bool {
    region_around(regions, i).is_some()
}

/// Whether a quotation of the paragraph closes at offset `end`.
fn closes_quote(regions: &[Region], end: usize) -> bool {
    regions.iter().any(|r| r.close == end)
}

/// Whether a clause up to `ce` reports what someone says: a verb of saying, or a verb with a
/// clause of its own after it ("critics charge it would …", "others insist that …").
fn reports_clause(toks: &[Tok], ce: usize) -> bool {
    // (its verbs come early; the bound keeps a sentence of many "while"s linear)
    const MAX_CLAUSE: usize = 40;
    let clause = &toks[..toks.partition_point(|t| t.e <= ce).min(MAX_CLAUSE)];
    clause.iter().any(|t| t.is_lower_word() && is_cue_word(t))
        || clause.windows(3).any(|w| {
            w[0].is_lower_word()
                && (lower_is(&w[1], &["that"])
                    || (lower_is(&w[1], &["he", "she", "it", "they", "we"]) && w[2].is_lower_word()))
        })
}

/// The few words before a statement's content at `cs`, where its speaker is named.
fn speaker_words<'t, 'p>(toks: &'t [Tok<'p>], cs: usize) -> &'t [Tok<'p>] {
    const MAX_SPEAKER: usize = 12;
    let end = toks.partition_point(|t| t.e <= cs);
    &toks[end.saturating_sub(MAX_SPEAKER)..end]
}

/// Words that give a share of people or a count: "31 percent", "half", "three in 10".
fn names_share(toks: &[Tok]) -> bool {
    toks.iter().any(|t| (is_digits(t) && !is_year(t)) || lower_is(t, SHARE_WORDS))
}

/// A pronoun of `list`, alone or with its verb: "he", "he's", "they're", "we’ll".
fn pronoun_first(t: &Tok, list: &[&str]) -> bool {
    let l = t.lower();
    let pronoun = l.split(['\'', '’']).next().unwrap_or("");
    lower_is(t, list) || (pronoun.len() < l.len() && list.contains(&pronoun))
}

/// A reported clause ends where a clause of the speaker's own begins ("said it was a
/// mistake, but she denied that …", "said she met him twice but said …") or the reporter's
/// comment closes the sentence ("…, which has set off a row"): the first half is reported.
fn up_to_next_clause(p: &str, regions: &[Region], toks: &[Tok], cs: usize, ce: usize) -> (usize, usize) {
    // "While the candidates say A, they differ …": after a subordinate clause that holds the
    // cue, the main clause is the reporter's
    // (past an opening "However,"; or inside the sentence, opening the clause the
    // statement is in: "…, and though Reed has said A, the captains …")
    // ("Even as Reed said A, …", "Even if …")
    let mut first_words = toks.iter().filter(|t| t.is_word() && !is_discourse(t));
    let (first, second) = (first_words.next(), first_words.next());
    let even_as = first.is_some_and(|t| lower_is(t, &["even"]))
        && second.is_some_and(|t| lower_is(t, SUBORDINATORS) || lower_is(t, &["as"]));
    // ("As Reed accused the board of A, …"; not "As Reed said, A" nor "As the Herald reported
    // on Monday, A", where the statement is the main clause)
    const WHEN_WORDS: &[&str] = &["just", "last", "this", "earlier", "recently", "late", "early"];
    // (a clause opened by `a` that runs on to the statement, no comma or colon between)
    let runs_to_statement =
        |a: &Tok| !toks.iter().any(|t| t.s > a.s && t.e <= cs && matches!(t.t, "," | ":"));
    let as_clause = first.is_some_and(|a| {
        lower_is(a, &["as"])
            && runs_to_statement(a)
            && toks
                .iter()
                .find(|t| t.s >= cs && t.is_word())
                .is_some_and(|t| !lower_is(t, TRAILING_ADVERBIALS) && !lower_is(t, WHEN_WORDS))
    });
    // ("Meskipun Budi mengatakan A, nelayan …": an Indonesian subordinate clause holding the cue
    // ends at its first comma, "Meski begitu, Budi mengatakan A" holds none)
    let id_subordinate = first.is_some_and(|a| lower_is(a, ID_SUBORDINATORS) && runs_to_statement(a));
    // (where such a clause may end: past a list in the statement, whose commas come before its
    // last "dan", "serta" or "atau": "… mengatakan kapal, perahu, dan dermaga aman, nelayan …")
    let list_and = |x: usize| {
        toks[x].t == "," && toks.get(x + 1).is_some_and(|t| lower_is(t, &["dan", "serta", "atau"]))
    };
    let id_clause_end = id_subordinate.then(|| {
        (0..toks.len())
            .rev()
            .find(|&x| toks[x].s > cs && toks[x].e <= ce && list_and(x))
            .map_or(cs, |x| toks[x].e)
    });
    let subordinate = first.is_some_and(|t| lower_is(t, SUBORDINATORS))
        || even_as
        || as_clause
        || toks
            .iter()
            .filter(|t| t.e <= cs)
            .rev()
            .take_while(|t| !is_punct(t, &[",", ";", ":"]))
            .any(|t| t.is_lower_word() && lower_is(t, SUBORDINATORS));
    // (", and a third said B": another subject's statement; a few words and
    // then a cue)
    // ("more than 3 in 10 said")
    const MAX_OTHER_SUBJECT: usize = 6;
    let other_speaker = |at: usize| {
        (at + 1..toks.len().min(at + 1 + MAX_OTHER_SUBJECT))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| toks[k].is_lower_word() && is_cue_word(&toks[k]))
            .is_some_and(|k| k > at + 1)
    };
    let relative = relative_opener(toks, cs);
    let cut = toks.windows(3).enumerate().find(|&(x, w)| {
        // (a comma may close a quotation before the next clause: `“… unfair,” while …`)
        let quote_comma = x > 0 && toks[x - 1].t == "," && closes_quote(regions, w[0].e);
        // (or the quotation closing itself: `30 percent said “too slow” and 12 percent said …`)
        let after_quote = closes_quote(regions, w[0].e);
        if w[0].s <= cs || w[2].e > ce || (inside_quote(regions, w[0].s) && !quote_comma && !after_quote) {
            return false;
        }
        let other_statement = (w[0].t == "," || after_quote)
            && lower_is(&w[1], &["and", "but", "while", "whereas", "sedangkan", "sementara", "namun", "tetapi", "dan"])
            && !lower_is(&w[2], &["that"])
            && other_speaker(x + 1);
        let dash = is_dash(&w[0]);
        let named_speaker_next = named_speaker_cue(toks, x).is_some();
        let new_clause = named_speaker_next || ((w[0].t == "," || quote_comma)
            && ((lower_is(&w[1], &["but", "although", "though", "and", "while", "namun", "tetapi", "tapi", "dan"])
                && pronoun_first(&w[2], &["he", "she", "they", "we", "ia", "dia", "mereka", "kami", "beliau"]))
                // ("…, while acknowledging B", "…, while critics charge it is B", "9 percent say A,
                // while 30 percent call it B"; a contrast with no verb of saying is the
                // speaker's own: "the survey found A rose 6 percent, while B fell")
                || (lower_is(&w[1], &["while", "whereas"])
                    && (is_participle(&w[2])
                        || reports_clause(&toks[x + 2..], ce)
                        || (names_share(&toks[x + 2..toks.len().min(x + 5)])
                            && names_share(speaker_words(toks, cs)))))
                // ("… say A, though voters are split": a concession with a clause of its own)
                // (not inside an aside that a dash closes later: "the Herald -- known for its
                // tide tables, though its crew reports the news too -- lost money")
                || (lower_is(&w[1], &["though", "although"])
                    && x + 2 < toks.len()
                    && concession_clause(&toks[x + 2..])
                    && !toks[x + 2..].iter().any(|t| t.e <= ce && is_dash(t)))
                || (subordinate && lower_is(&w[1], &["he", "she", "it", "they", "we", "i"]))
                // ("After Reed said A, the board objected", "While Reed has said A, Dunn must
                // decide", "…, his crew wants B")
                || (subordinate && (w[0].t == "," || quote_comma) && main_clause_follows(&toks[x + 1..]))
                // ("While Dunn said A, Ann Porter said B", "While 9 percent said A, 31 percent
                // said B")
                || (subordinate && w[0].t == "," && (w[1].is_cap() || is_digits(&w[1])) && other_speaker(x))))
            // "… in 2019 - though no one knows …"
            || (dash && lower_is(&w[1], &["though", "although", "while", "whereas"]))
            || (w[0].t == "," && id_clause_end.is_some_and(|end| w[0].s >= end));
        // "…, which has set off a row", "…, a move critics called overdue", "… — a swipe at
        // the harbour board": the reporter's comment closing the sentence (not the next item
        // of a list: "…, a ferry and a quay")
        // (nor an aside a second dash closes, nor the subject of a clause of its own: "…, a
        // narrower win there would raise doubts"; a verb after "who" or "that" is the
        // phrase's own: "…, a skipper who has fished here for years")
        let tail = || toks.iter().filter(|t| t.s > w[1].e && t.e <= ce);
        let list_goes_on = || {
            toks.windows(2)
                .filter(|v| v[0].s > w[1].e && v[1].e <= ce)
                .any(|v| lower_is(&v[0], &["and", "or"]) && lower_is(&v[1], DETERMINERS))
        };
        let own_clause = || {
            tail()
                .take_while(|t| !lower_is(t, &["who", "that", "which", "whose"]))
                .any(|t| t.is_lower_word() && is_auxiliary(t))
        };
        // (nor what a naming verb names: "called the report, which is due Friday, a
        // bombshell"; nor the rest of a clause an aside broke: "was, in fact, a fraud")
        let named = || toks.iter().rfind(|t| t.e <= cs).is_some_and(|t| lower_is(t, NAMING_CUES));
        let after_aside = || {
            let segment: Vec<&Tok> =
                toks[..x].iter().rev().take_while(|t| t.t != "," && t.s >= cs).filter(|t| t.is_word()).collect();
            let opened = toks[..x].iter().any(|t| t.t == "," && t.s >= cs);
            opened
                && (segment.last().is_some_and(|t| lower_is(t, &["which", "who", "whose"]))
                    || (segment.len() <= 2 && segment.iter().all(|t| t.is_lower_word())))
        };
        const COMMENT_NOUNS: &[&str] =
            &["move", "decision", "step", "reversal", "shift", "change", "blow", "proposal", "remark", "claim"];
        // (the noun perhaps after an adjective: ", a bold claim she has made twice")
        let noun_phrase = || {
            lower_is(&w[2], COMMENT_NOUNS)
                || (w[2].is_lower_word()
                    && !is_auxiliary(&w[2])
                    && toks.get(x + 3).is_some_and(|t| t.e <= ce && lower_is(t, COMMENT_NOUNS)))
                || (!list_goes_on() && !own_clause() && !tail().any(is_dash) && !named() && !after_aside())
        };
        // (an aside a second dash closes is no comment: "the patrols - which cost the town
        // little - have cut thefts")
        let comment = (w[0].t == "," || dash)
            && (lower_is(&w[1], &["which"]) && !(dash && tail().any(is_dash))
                || (lower_is(&w[1], &["a", "an"]) && noun_phrase()))
            && !p[w[1].s..ce].contains(',');
        // "…, Ann Porter, who has run the line since 2009": the reporter's aside on a person
        // named last (up to the end; with a comma later the clause may go on after it: "Ann
        // Porter, who runs the line, has said nothing")
        let aside_on_name = w[0].t == ","
            && x > 0
            && toks[x - 1].is_cap()
            && lower_is(&w[1], &["who"])
            && !toks[x + 2..].iter().any(|t| t.t == "," && t.e <= ce);
        // "… twice but said neither …": a second statement by the same speaker
        // ("said he found the ferry charming and called the fee unfair": naming it is the
        // speaker's next statement too, unless someone else is the subject of what was said:
        // "said the board met and called a vote")
        let speaker_calls = || {
            let content = &toks[toks.iter().position(|t| t.s >= cs).unwrap_or(x)..x];
            !clause_follows(content)
                || content.first().is_some_and(|t| lower_is(t, &["he", "she", "they", "we", "i"]))
        };
        let second_cue = lower_is(&w[0], &["but", "and"])
            && (is_cue_word(&w[1])
                || (lower_is(&w[1], &["called"]) && speaker_calls())
                || (lower_is(&w[1], ADVERBS) && is_cue_word(&w[2]))
                // ("said the pier was shut and she accused the board of …": the speaker's own
                // next verb of saying, with a pronoun)
                || (lower_is(&w[1], &["he", "she", "they"])
                    && w[2].is_lower_word()
                    && (is_cue_word(&w[2]) || lower_is(&w[2], STANCE_CUES))
                    && is_past_form(&w[2])));
        // "Reed, who said he votes for Democrats, said one candidate …": the main clause's
        // own verb after a comma ends the relative clause's statement
        let main_verb = w[0].t == "," && w[1].is_lower_word() && POST_CUES_EN.contains(&w[1].t);
        // "Reed said A, the Harbour Herald reported": a medium that passed the statement on,
        // named after it with its verb, closing the sentence or before what it cited
        const MAX_MEDIUM_WORDS: usize = 5;
        let medium_reported = w[0].t == "," && {
            let name = &toks[x + 1..];
            let words = name.iter().take_while(|t| t.is_cap() || lower_is(t, &["the"])).count();
            (1..=MAX_MEDIUM_WORDS).contains(&words)
                && name.get(words).is_some_and(|v| {
                    v.is_lower_word() && lower_is(v, &["reported", "reports", "said", "says"])
                })
                && name.get(words + 1).is_none_or(|t| matches!(t.t, "." | ","))
                && is_medium(&p[name[0].s..name[words - 1].e])
        };
        // ("Reed, who said the pier was unsafe, repeated the claim", "Reed - who said A - told
        // …": any verb of the main clause with an object, or the dash that closes the clause)
        let relative_closed = match relative {
            // (or a finite verb after an adverb: "…, eventually did not come")
            Some(RelativeOpener::Comma) => {
                w[0].t == ","
                    && ((is_past_form(&w[1])
                        && (lower_is(&w[2], DETERMINERS) || lower_is(&w[2], OBJECT_PRONOUNS) || w[2].is_cap()))
                        || (is_adverb(&w[1])
                            && w[2].is_lower_word()
                            && (is_auxiliary(&w[2]) || lower_is(&w[2], &["did", "does"]) || is_past_form(&w[2]))))
            }
            Some(RelativeOpener::Dash) => dash,
            None => false,
        };
        // "Riders said A, according to a survey": the source of the whole sentence
        let sourced = w[0].t == "," && lower_is(&w[1], &["according"]) && lower_is(&w[2], &["to"]);
        // "52 percent said A, compared with 41 percent for B": the reporter's comparison
        // (without a comma too, when a share of people saying otherwise follows: "… are
        // settled compared to three in 10 who say …")
        const MAX_SHARE: usize = 10;
        let share_follows = || {
            let share = &toks[x + 2..toks.len().min(x + 2 + MAX_SHARE)];
            share.iter().any(|t| (is_digits(t) && !is_year(t)) || lower_is(t, &["percent", "half", "third", "quarter"]))
                && share.iter().any(|t| lower_is(t, &["who"]))
        };
        let comparison = (w[0].t == "," && lower_is(&w[1], &["compared"]) && lower_is(&w[2], &["with", "to"]))
            || (lower_is(&w[0], &["compared"]) && lower_is(&w[1], &["with", "to"]) && share_follows());
        // "said A, and called the plan B": the speaker's own next verb, with an object of its
        // own (not a list: "…, cleaner beaches, and painted boathouses")
        let object_follows = toks.get(x + 3).is_some_and(|t| opens_object(t) || lower_is(t, &["that"]));
        let own_verb = (w[0].t == "," || quote_comma)
            && lower_is(&w[1], &["and", "but"])
            && w[2].is_lower_word()
            && w[2].t.ends_with("ed")
            && object_follows;
        // "said she admires the crews and praised their work": without a comma too, when a
        // past verb with an object follows a statement in the present, whose tense it breaks
        let past_in_content = || {
            toks.iter()
                .filter(|t| t.s >= cs && t.e <= w[0].s)
                .any(|t| is_past_form(t) || lower_is(t, &["was", "were", "had", "did", "wasn't", "weren't"]))
        };
        let own_verb_bare = lower_is(&w[0], &["and"])
            && !(x > 0 && toks[x - 1].t == ",")
            && is_past_form(&w[1])
            && opens_object(&w[2])
            && !past_in_content();
        // (after a comma, the reporter's comparison or aside: "…, as have other captains",
        // "…, even as he admits B")
        let reporters_aside = w[0].t == ","
            && ((lower_is(&w[1], &["as"]) && lower_is(&w[2], &["have", "has", "had", "did", "do", "does"]))
                // (not a role: "…, even as a captain, had …")
                || (lower_is(&w[1], &["even"])
                    && lower_is(&w[2], &["as"])
                    && !toks.get(x + 3).is_some_and(|t| lower_is(t, &["a", "an"]))));
        // "said A, but the harbour board was unhappy", "…, and has pushed for B": after a
        // comma and a conjunction, a clause of the reporter's or the speaker's next verb
        // (a clause with words quoted in it is still the speaker's: "…, and the town had
        // “run out of patience”")
        let quoted_later = regions.iter().any(|r| r.open > w[1].e && r.open < ce);
        let joined_clause = (w[0].t == "," || quote_comma)
            && lower_is(&w[1], &["and", "but"])
            && x + 2 < toks.len()
            && !quoted_later
            && clause_follows(&toks[x + 2..]);
        // "…, without giving a date", "…, with the mayor calling it B": the reporter's
        // circumstance
        let circumstance = w[0].t == ","
            && (lower_is(&w[1], &["without"]) && w[2].is_lower_word() && w[2].t.ends_with("ing")
                || lower_is(&w[1], &["with"])
                    && toks[x + 2..]
                        .iter()
                        .take(8)
                        .take_while(|t| t.is_word())
                        .any(|t| t.is_lower_word() && t.t.ends_with("ing") && is_cue_word(t)));
        new_clause
            || comment
            || aside_on_name
            || sourced
            || relative_closed
            || second_cue
            || other_statement
            || main_verb
            || medium_reported
            || comparison
            || own_verb
            || joined_clause
            || circumstance
            || own_verb_bare
            || reporters_aside
    });
    match cut {
        // (a closing quotation mark stays with the quotation it closes)
        Some((_, w)) if closes_quote(regions, w[0].e) => trim_span(p, cs, w[0].e),
        Some((_, w)) => trim_span(p, cs, w[0].s),
        None => match toks.iter().rposition(|t| t.e <= ce) {
            // ("said A, adding: “…”": the participle handing over what comes next is not A's)
            Some(k)
                if k >= 1
                    && toks[k - 1].s > cs
                    && toks[k - 1].t == ","
                    && toks[k].is_lower_word()
                    && lower_is(&toks[k], PARTICIPLE_CUES) =>
            {
                trim_span(p, cs, toks[k - 1].s)
            }
            _ => (cs, ce),
        },
    }
}

/// The cue of a named speaker's own statement after the comma at `toks[comma]`: "…, Ann R.
/// Porter noted that …", a name of a few capitalised words and initials, then a past verb
/// of saying and "that".
fn named_speaker_cue(toks: &[Tok], comma: usize) -> Option<usize> {
    const MAX_NAME_TOKENS: usize = 5;
    if toks.get(comma).is_none_or(|t| t.t != ",") || !toks.get(comma + 1).is_some_and(Tok::is_cap) {
        return None;
    }
    let k = (comma + 1..toks.len().min(comma + 1 + MAX_NAME_TOKENS))
        .find(|&k| !(toks[k].is_cap() || (toks[k].t == "." && is_abbr_tok(&toks[k - 1]))))?;
    let cue = toks[k].is_lower_word()
        && is_cue_word(&toks[k])
        && is_past_form(&toks[k])
        && toks.get(k + 1).is_some_and(|t| lower_is(t, &["that"]));
    cue.then_some(k)
}

/// How a relative clause that holds the cue of a statement starting at `cs` was set off
/// from the subject it describes: "Reed, who said …", "Reed - who has said …".
#[derive(Clone, Copy)]
enum RelativeOpener {
    Comma,
    Dash,
}

fn relative_opener(toks: &[Tok], cs: usize) -> Option<RelativeOpener> {
    let start = toks.iter().position(|t| t.s >= cs)?;
    let mut cue = start.checked_sub(1)?;
    if lower_is(&toks[cue], &["that"]) {
        cue = cue.checked_sub(1)?;
    }
    if !(toks[cue].is_lower_word() && is_cue_word(&toks[cue])) {
        return None;
    }
    let who = relative_who(toks, cue)?;
    Some(if toks[who - 1].t == "," { RelativeOpener::Comma } else { RelativeOpener::Dash })
}

/// Whether the tokens open a clause of their own: the subject's next verb ("has pushed",
/// "then pointed out", "most recently defended"), or a new subject and its verb ("the
/// harbour board was unhappy", "Ann Porter, who backs the pier, also supported").
pub(crate) fn clause_follows(rest: &[Tok]) -> bool {
    const MAX_SUBJECT: usize = 6;
    const LEAD_ADVERBS: &[&str] = &["then", "also", "later", "most", "recently", "even", "still"];
    let finite = |t: &Tok| t.is_lower_word() && (is_auxiliary(t) || lower_is(t, &["did", "does", "do"]));
    let v = rest.iter().position(|t| !lower_is(t, LEAD_ADVERBS)).unwrap_or(rest.len());
    // (the speaker's next verb: an auxiliary, or a past verb with an object)
    if let Some(verb) = rest.get(v) {
        let object = rest.get(v + 1).is_some_and(opens_object);
        if lower_is(verb, &["has", "had"]) || (is_past_form(verb) && object) {
            return true;
        }
    }
    // (a new subject: a pronoun, a name or a described noun phrase, then a finite verb)
    let Some(first) = rest.first() else { return false };
    // (perhaps past an opening phrase set off by a comma: "but for the skippers, the cost
    // will …")
    const MAX_OPENING: usize = 6;
    if first.is_lower_word() && lower_is(first, &["for", "to", "among", "in", "at", "on", "with"]) {
        let comma = rest.iter().take(MAX_OPENING + 1).position(|t| t.t == ",");
        return comma
            .is_some_and(|c| c > 1 && rest[1..c].iter().all(Tok::is_word) && clause_follows(&rest[c + 1..]));
    }
    // ("and that B" reports B too)
    if lower_is(first, &["that", "this"]) {
        return false;
    }
    let opens_subject = lower_is(first, &["it", "he", "she", "they", "we", "i", "there"])
        || lower_is(first, &["nobody", "everyone", "everybody", "someone", "somebody", "none"])
        || first.is_cap()
        || lower_is(first, DETERMINERS);
    if !opens_subject {
        return false;
    }
    // (past an apposition set off by commas: "Ann Porter, who backs the pier, also …")
    let mut k = 1;
    let mut words = 1;
    while k < rest.len() && words <= MAX_SUBJECT {
        let t = &rest[k];
        if t.t == "," {
            match rest[k + 1..].iter().take(12).position(|t| t.t == ",") {
                Some(c) if lower_is(&rest[k + 1], &["who", "which"]) => k += c + 2,
                _ => return false,
            }
            continue;
        }
        if finite(t) || (is_past_form(t) && !lower_is(&rest[k - 1], DETERMINERS)) {
            return true;
        }
        if !t.is_word() && t.t != "." {
            return false;
        }
        if is_adverb(t) {
            k += 1;
            continue;
        }
        words += 1;
        k += 1;
    }
    false
}

/// The main clause after a subordinate one and its comma: a clause as `clause_follows` reads
/// it, or a subject of a few words and a verb in the present ("his crew wants", "the board
/// objects").
pub(crate) fn main_clause_follows(rest: &[Tok]) -> bool {
    const MAX_SUBJECT: usize = 4;
    if clause_follows(rest) {
        return true;
    }
    // (past when or where: "…, at the quay on Friday Brook said …")
    const MAX_OPENING: usize = 7;
    let opened = (2..rest.len().min(MAX_OPENING + 1))
        .find(|&k| rest[k].is_cap() || lower_is(&rest[k], &["he", "she", "they", "we", "i"]));
    if opened.is_some_and(|k| after_opening_circumstance(rest, k) && clause_follows(&rest[k..])) {
        return true;
    }
    let Some(first) = rest.first() else { return false };
    if !(first.is_cap() || lower_is(first, DETERMINERS) || lower_is(first, &["he", "she", "it"])) {
        return false;
    }
    let present = |k: usize| {
        is_present_form(&rest[k])
            && rest.get(k + 1).is_some_and(|n| n.is_lower_word() || lower_is(n, DETERMINERS))
    };
    (1..rest.len().min(MAX_SUBJECT + 1)).take_while(|&k| rest[k].is_word()).any(present)
}

/// Whether the words after "though" hold a clause of their own, a subject and its verb:
/// "though he admits …", "though voters are split" (not "though old").
fn concession_clause(rest: &[Tok]) -> bool {
    const MAX_SUBJECT: usize = 3;
    main_clause_follows(rest)
        || (1..rest.len().min(MAX_SUBJECT + 1))
            .take_while(|&k| rest[k - 1].is_word() && !is_cue_word(&rest[k - 1]))
            .any(|k| rest[k].is_lower_word() && is_auxiliary(&rest[k]))
}

/// A reported clause ends at a semicolon outside quotation marks: "Officials said the
/// delay was not planned; they only heard on Friday …" reports the first half.
fn up_to_semicolon(p: &str, regions: &[Region], cs: usize, ce: usize) -> (usize, usize) {
    match semicolon_in(p, regions, cs, ce) {
        Some(i) => trim_span(p, cs, i),
        None => (cs, ce),
    }
}

/// The first semicolon in `p[from..to]` outside quotation marks that ends a clause: not one
/// between the items of a list of what the subject did ("had cleared the quay; mended the
/// nets; and painted the sheds"), where the next item opens with its verb.
fn semicolon_in(p: &str, regions: &[Region], from: usize, to: usize) -> Option<usize> {
    const MAX_PEEK: usize = 40;
    let next_item = |i: usize| {
        let mut end = (i + 1 + MAX_PEEK).min(to);
        while !p.is_char_boundary(end) {
            end -= 1;
        }
        let toks = tokens(p, i + 1, end);
        let first = usize::from(toks.first().is_some_and(|t| lower_is(t, &["and", "or"])));
        toks.get(first).is_some_and(|v| is_past_form(v) && !is_cue_word(v))
            && toks.get(first + 1).is_some_and(|t| t.is_word() && !is_auxiliary(t))
    };
    p[from..to]
        .match_indices(';')
        .map(|(i, _)| from + i)
        .find(|&i| !inside_quote(regions, i) && !next_item(i))
}

/// Words that open a clause saying when or why something was said, no part of what was.
pub(crate) const CIRCUMSTANCE_SUBORDINATORS: &[&str] =
    &["as", "when", "while", "after", "before", "because", "since", "until"];

/// Where the words a cue reports begin and end, in the sentence ending at `se`: past a
/// "that", whom it was told to and the time and place it was said; `(se, se)` when the cue
/// reports no words. Each shape the words after the cue may take is a step of its own.
fn content_after_cue(p: &str, toks: &[Tok], ci: usize, se: usize) -> (usize, usize) {
    let (n, i) = (toks.len(), ci + 1);
    content_after_that(p, toks, ci, se)
        .or_else(|| quotation_after_telling(p, toks, ci, se))
        .or_else(|| question_asked(p, toks, ci, se))
        // ("menerangkan pula, pendapatan …": "also" and its comma)
        .or_else(|| {
            let also = toks.get(i).is_some_and(|t| lower_is(t, &["pula", "juga"]));
            (also && toks.get(i + 1).is_some_and(|t| t.t == ",")).then(|| trim_span(p, toks[i + 1].e, se))
        })
        // (spoken Indonesian: "menyimpulkan kalau …", right after the cue)
        .or_else(|| {
            (i < n && (is_lead_punct(&toks[i]) || lower_is(&toks[i], &["kalau"])))
                .then(|| trim_span(p, toks[i].e, se))
        })
        .or_else(|| content_after_venue(p, toks, ci, se))
        .or_else(|| content_after_press(p, toks, ci, se))
        .or_else(|| content_past_circumstance(p, toks, ci, se))
        .or_else(|| content_after_addressee(p, toks, ci, se))
        .unwrap_or_else(|| if i >= n { (se, se) } else { trim_span(p, toks[i].s, se) })
}

/// Words that may name whom something was told to before what was told.
const MAX_ADDRESSEE_WORDS: usize = 5;

/// "mengatakan kepada wartawan dermaga ditutup": the press it was told to, then what was
/// told without a "bahwa"; the outlet may be named ("kepada wartawan Harian Pelabuhan").
fn content_after_press(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    const PRESS: &[&str] = &["wartawan", "media", "jurnalis", "pers", "reporter", "awak"];
    let mut k = ci + 1;
    if !toks.get(k).is_some_and(|t| lower_is(t, &["kepada"])) {
        return None;
    }
    k += 1;
    if toks.get(k).is_some_and(|t| lower_is(t, &["para"])) {
        k += 1;
    }
    let press = toks.get(k).is_some_and(|t| t.is_lower_word() && lower_is(t, PRESS));
    if !press {
        return None;
    }
    k += 1;
    if toks.get(k).is_some_and(|t| lower_is(t, &["media", "pers"])) {
        k += 1;
    }
    while toks.get(k).is_some_and(|t| t.is_cap() || t.t == ".") {
        k += 1;
    }
    // (where or when it was told comes next, not what: "kepada wartawan di dermaga, Senin")
    let next = toks.get(k).filter(|t| t.is_lower_word() && !lower_is(t, AFTER_CUE_CIRCUMSTANCES))?;
    (next.s < se).then(|| trim_span(p, next.s, se))
}

/// "That"/"bahwa" soon after the cue starts the content, unless a clause has begun before
/// it ("said he was too tired to look for records that would …"); after "told" whom it was
/// told to may come first ("told the ferry crews who filled the quay that …").
fn content_after_that(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    const NEAR: usize = 9;
    const AFTER_WHOM: usize = 16;
    let told_to = lower_is(&toks[ci], &["told", "tells"]);
    // (when and where may take longer: "said in a radio interview on the Herald's morning show
    // with Ann Porter that …")
    let circumstance_first =
        toks.get(i).is_some_and(|t| t.is_lower_word() && lower_is(t, &["in", "on", "at", "during"]));
    let near = if told_to || circumstance_first { AFTER_WHOM } else { NEAR };
    // (a relative clause on whom it was told to is no clause of what was told, nor is one
    // that says when: "said on Tuesday while she walked to the quay that …")
    let mut relative = false;
    let mut subordinate = false;
    // (after whom it was told to, a "that" before a verb is a relative pronoun: "told the fishermen
    // that gathered before dawn that …")
    let mut relative_that = false;
    // (past a programme's quoted title in where it was said: "argued in a radio interview
    // with “Harbour Morning” that …")
    let mut past_title = 0;
    for (k, t) in toks.iter().enumerate().take(n.min(i + near)).skip(i) {
        if k < past_title {
            continue;
        }
        if let Some(close) = circumstance_first.then(|| quoted_title_end(toks, k)).flatten() {
            past_title = close + 1;
            continue;
        }
        relative |= told_to && lower_is(t, &["who"]);
        subordinate |= t.is_lower_word() && lower_is(t, CIRCUMSTANCE_SUBORDINATORS);
        let clause = !subordinate && (is_auxiliary(t) || lower_is(t, PRONOUNS) || is_contraction(t));
        // (a "that" after the speaker's second verb of speech is that verb's, once the first
        // has words of its own: "said the pier needs work but added that …", not "nodded,
        // but also insisted that the quay …"; nor after a relative clause's: "told a sailor
        // who warned that …")
        let second_cue = t.is_lower_word() && is_cue_word(t) && {
            let conjunction =
                if k >= 1 && lower_is(&toks[k - 1], ADVERBS) { k.saturating_sub(2) } else { k - 1 };
            conjunction > i + 1 && lower_is(&toks[conjunction], &["and", "but"])
        };
        if t.t == "“" || t.t == "\"" || (clause && !relative) || (relative && is_cue_word(t)) || second_cue
        {
            break;
        }
        if lower_is(t, &["that", "bahwa"]) {
            // (a second "that" clause joined to a first without one: "said the crew heard a
            // bang and that the engine room flooded" says both)
            if k > i + 1
                && toks[k - 1].is_lower_word()
                && lower_is(&toks[k - 1], &["and", "but", "dan", "tetapi"])
            {
                return None;
            }
            let verb_after = toks.get(k + 1).is_some_and(|v| is_auxiliary(v) || is_past_form(v));
            // (or after where and when, with another "that" to come: "said in a speech that
            // aired Monday that …"; not "announced on Monday that vaccinated riders …")
            let another_that = || toks[k + 1..n.min(i + near)].iter().any(|x| lower_is(x, &["that"]));
            let relative_here = told_to || (circumstance_first && another_that());
            if relative_here && k > i && lower_is(t, &["that"]) && verb_after {
                relative = true;
                relative_that = true;
                continue;
            }
            // ("said that was wrong": right after the cue and before a verb, "that" is what
            // the statement is about, its subject)
            let subject = k == i && lower_is(t, &["that"]) && verb_after && !is_past_form(&toks[k + 1]);
            return Some(trim_span(p, if subject { t.s } else { t.e }, se));
        }
    }
    if relative_that {
        return Some((se, se));
    }
    None
}

/// The closing mark of a quoted title opening at `toks[k]`: a few words, each capitalised
/// or a short joining word ("“Meet the Harbour”").
fn quoted_title_end(toks: &[Tok], k: usize) -> Option<usize> {
    const MAX_TITLE_WORDS: usize = 6;
    if !matches!(toks[k].t, "“" | "\"") {
        return None;
    }
    let close =
        (k + 1..toks.len().min(k + 2 + MAX_TITLE_WORDS)).find(|&c| matches!(toks[c].t, "”" | "\""))?;
    let words = &toks[k + 1..close];
    let title = words.first().is_some_and(|t| t.is_cap())
        && words.iter().all(|t| {
            t.is_cap() || t.t == "." || lower_is(t, &["the", "of", "and", "a", "an", "in", "on", "for", "to"])
        });
    title.then_some(close)
}

/// A quotation after whom it was told to: "telling the crew, “…”".
fn quotation_after_telling(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    if lower_is(&toks[ci], &["telling"]) {
        let quoted = (i..n.min(i + 1 + MAX_ADDRESSEE_WORDS))
            .take_while(|&k| toks[k].is_word() || toks[k].t == ",")
            .find(|&k| toks[k].t == ",")
            .filter(|&k| k > i && toks.get(k + 1).is_some_and(|t| matches!(t.t, "“" | "\"" | "‘")));
        if let Some(k) = quoted {
            return Some(trim_span(p, toks[k + 1].s, se));
        }
    }
    None
}

/// What was asked after whom it was asked of: "asked the mayor whether …", up to the comma.
fn question_asked(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let i = ci + 1;
    if lower_is(&toks[ci], &["asked", "asks", "ask"]) {
        const MAX_OBJECT_WORDS: usize = 6;
        // (the object may hold an abbreviation: "asked Sen. Reed whether")
        let object_word = |t: &Tok| (t.is_word() && !lower_is(t, PREPOSITIONS)) || t.t == ".";
        let question = toks
            .get(i)
            .filter(|t| object_word(t))
            .and_then(|_| question_word_within(toks, i + 1, MAX_OBJECT_WORDS, object_word));
        if let Some(q) = question {
            let end = toks[q..].iter().find(|t| t.t == ",").map_or(se, |t| t.s.min(se));
            return Some(trim_span(p, toks[q].s, end));
        }
    }
    None
}

/// Words that open the time, place or audience of speaking right after a cue: "said on
/// Tuesday", "mengatakan di Sukamaju", "told reporters", "said earlier".
const AFTER_CUE_CIRCUMSTANCES: &[&str] = &[
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
    "last",
    "this",
    "yesterday",
    "today",
    "reporters",
    "wartawan",
    "sebelumnya",
    "earlier",
];

/// Verbs of intention, whose "to" opens what is intended, not to whom: "agreed to serve as
/// chair of the fund, a joint committee …".
const INTENTIONS: &[&str] = &[
    "agreed",
    "agrees",
    "vowed",
    "vows",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "refused",
    "declined",
    "threatened",
    "offered",
    "decided",
    "plans",
    "planned",
];

/// Indonesian words that give a phrase a verb of its own: "menjelaskan di pasar itu ada banyak
/// pedagang baru" is a statement, not a place.
const CLAUSE_WORDS_ID: &[&str] = &["ada", "adalah", "merupakan", "yang", "akan", "sudah", "telah", "sedang"];

/// The content after the time and place it was said ("said on Tuesday in the chamber that
/// …", "mengatakan di Sukamaju, Senin, sekolah …"), or none when a circumstance ends the
/// sentence ("said during the debate in the chamber."). Each shape is a step of its own.
fn content_past_circumstance(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    if let Some(found) = content_after_bare_day(p, toks, i, se) {
        return Some(found);
    }
    let told = lower_is(&toks[ci], &["told", "tells", "asked"]);
    let circumstance = |t: &Tok| {
        lower_is(t, AFTER_CUE_CIRCUMSTANCES) || lower_is(t, WEEKDAYS_ID) || lower_is(t, WEEKDAYS_EN)
    };
    let intended = lower_is(&toks[ci], INTENTIONS)
        && lower_is(&toks[i.min(n - 1)], &["to"])
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_lower_word() && !lower_is(t, DETERMINERS) && !lower_is(t, PRONOUNS));
    // ("at least" a figure is what was said: "reported at least 5,000 people entered")
    let figure = lower_is(&toks[i.min(n - 1)], &["at"])
        && toks.get(i + 1).is_some_and(|t| lower_is(t, &["least", "most"]));
    if i >= n || intended || figure || !(circumstance(&toks[i]) || told) {
        return None;
    }
    content_after_circumstance_comma(p, toks, i, se)
        .or_else(|| circumstance_ends_sentence(toks, ci, told, se))
}

/// "warned in a speech the pier …", "added in a post for the crews we …": where it was said, then
/// the statement without a "that", opening with a pronoun, or with a determiner right after
/// the noun of the venue.
fn content_after_venue(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    const VENUE_NOUNS: &[&str] = &[
        "statement",
        "interview",
        "letter",
        "post",
        "email",
        "speech",
        "conference",
        "briefing",
        "tweet",
        "memo",
        "filing",
        "video",
    ];
    const MAX_VENUE_WORDS: usize = 6;
    let i = ci + 1;
    let opens = toks.get(i).is_some_and(|t| lower_is(t, &["in", "during", "at"]))
        && toks.get(i + 1).is_some_and(|t| lower_is(t, &["a", "an"]));
    if !opens {
        return None;
    }
    let venue_noun = (i + 2..toks.len().min(i + 2 + MAX_VENUE_WORDS))
        .take_while(|&k| toks[k].is_word() && !lower_is(&toks[k], &["that"]) && !is_cue_word(&toks[k]))
        .find(|&k| lower_is(&toks[k], VENUE_NOUNS))?;
    let start = (venue_noun + 1..toks.len().min(venue_noun + 1 + MAX_VENUE_WORDS))
        .take_while(|&k| toks[k].is_word() && !lower_is(&toks[k], &["that"]))
        .find(|&k| {
            lower_is(&toks[k], EN_SUBJECT_PRONOUNS)
                || (k == venue_noun + 1 && lower_is(&toks[k], &["the", "its", "his", "her", "their"]))
        })?;
    (toks[start].s < se).then(|| trim_span(p, toks[start].s, se))
}

/// "said Tuesday it would …", "said Monday night that …": a bare day, then the statement.
fn content_after_bare_day(p: &str, toks: &[Tok], i: usize, se: usize) -> Option<(usize, usize)> {
    let k = time_phrase_end(toks, i)?;
    let start = match toks.get(k) {
        Some(t) if lower_is(t, &["that"]) => k + 1,
        Some(t) if lower_is(t, PRONOUNS) || lower_is(t, DETERMINERS) => k,
        _ => return None,
    };
    (start < toks.len() && toks[start].s < se).then(|| trim_span(p, toks[start].s, se))
}

/// Where a phrase of when something was said, opening at `toks[i]` (after a cue or whom it was
/// told), ends: "Tuesday (morning)", "yesterday", "on Tuesday", "on March 3", "in September",
/// "last week", "earlier this month".
fn time_phrase_end(toks: &[Tok], i: usize) -> Option<usize> {
    const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
    const SPANS: &[&str] = &["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening"];
    let word = |k: usize, list: &[&str]| toks.get(k).is_some_and(|t| lower_is(t, list));
    let day_at = |k: usize| word(k, WEEKDAYS_EN) || word(k, &["yesterday", "today"]);
    let after_day = |k: usize| k + 1 + usize::from(word(k + 1, PARTS_OF_DAY));
    if day_at(i) {
        return Some(after_day(i));
    }
    if word(i, &["on"]) && word(i + 1, WEEKDAYS_EN) {
        return Some(after_day(i + 1));
    }
    // ("in September", "in 2015", "in March 2016")
    if word(i, &["in"]) && (word(i + 1, MONTHS) || toks.get(i + 1).is_some_and(is_year)) {
        return Some(i + 2 + usize::from(word(i + 1, MONTHS) && toks.get(i + 2).is_some_and(is_year)));
    }
    // ("on March 3", "on March 3, 2016")
    if word(i, &["on"]) && word(i + 1, MONTHS) && toks.get(i + 2).is_some_and(is_digits) {
        let year = toks.get(i + 3).is_some_and(|t| t.t == ",") && toks.get(i + 4).is_some_and(is_year);
        return Some(if year { i + 5 } else { i + 3 });
    }
    let from = if word(i, &["earlier", "later"]) && word(i + 1, &["this", "that"]) { i + 1 } else { i };
    (word(from, &["last", "this", "that"]) && word(from + 1, SPANS)).then_some(from + 2)
}

/// A circumstance up to a comma, then the statement: "mengatakan di Sukamaju, Senin, sekolah
/// …", "said Tuesday in the chamber, the fares …" (not a phrase with a verb of its own:
/// "menjelaskan di pasar itu ada banyak pedagang baru, terutama …"). `(se, se)` when a
/// conjunction after the comma joins a second predicate and nothing was said: "mengumumkan
/// di balai desa pada Senin pagi, dan langsung membagikan …".
fn content_after_circumstance_comma(p: &str, toks: &[Tok], i: usize, se: usize) -> Option<(usize, usize)> {
    const MAX_CIRCUMSTANCE_TOKENS: usize = 14;
    let n = toks.len();
    let mut k = (i..n.min(i + MAX_CIRCUMSTANCE_TOKENS)).find(|&k| toks[k].t == ",").filter(|&k| {
        !toks[i + 1..k].iter().any(|t| {
            lower_is(t, CLAUSE_WORDS_ID)
                || (t.is_lower_word() && (is_id_active_verb(t) || is_auxiliary(t) || lower_is(t, &["that"])))
        })
    })?;
    // (and the day after it: "mengatakan di Sukamaju, Senin, sekolah …")
    if toks.get(k + 1).is_some_and(|t| lower_is(t, WEEKDAYS_ID))
        && toks.get(k + 2).is_some_and(|t| t.t == ",")
    {
        k += 2;
    }
    if toks.get(k + 1).is_some_and(|t| lower_is(t, &["dan", "serta", "and", "but", "tetapi", "namun"])) {
        return Some((se, se));
    }
    Some(trim_span(p, toks[(k + 1).min(n - 1)].s.min(se), se))
}

/// `(se, se)` when a circumstance with no clause in it ends the sentence: "said during the
/// debate in the chamber." reports no words; so does a participle of the sentence's subject
/// before its own cue ("A statement posted at the quay said …"). `told`: the cue at `ci`
/// names whom it was told to ("told", "asked").
fn circumstance_ends_sentence(toks: &[Tok], ci: usize, told: bool, se: usize) -> Option<(usize, usize)> {
    const MAX_CIRCUMSTANCE_WORDS: usize = 12;
    let i = ci + 1;
    let rest: Vec<&Tok> = toks[i..].iter().take_while(|t| t.s < se).collect();
    let later_cue = rest.iter().position(|t| t.is_lower_word() && POST_CUES_EN.contains(&t.t)).filter(|&c| {
        c <= MAX_CIRCUMSTANCE_WORDS
            // (not a second verb of the same subject: "called on the board to act and said …")
            && !(c > 0 && lower_is(rest[c - 1], &["and", "but", "or"]))
            && !rest[..c]
                .iter()
                .any(|t| is_auxiliary(t) || lower_is(t, PRONOUNS) || lower_is(t, &["that", "bahwa"]))
    });
    if !told && later_cue.is_some() {
        return Some((se, se));
    }
    // (a quotation opened after a comma or colon is words; after a word, a title: "said
    // in an interview with “Morning Table.”")
    let quotation =
        |k: usize| ["\"", "“"].contains(&rest[k].t) && (k == 0 || [",", ":"].contains(&rest[k - 1].t));
    // (a clause after a subordinator is the circumstance's own: "said on Tuesday while
    // she walked to the quay")
    let first_subordinator =
        rest.iter().position(|t| t.is_lower_word() && lower_is(t, CIRCUMSTANCE_SUBORDINATORS));
    let subordinate = |k: usize| first_subordinator.is_some_and(|f| f < k);
    let clause = (0..rest.len()).any(|k| {
        let t = rest[k];
        if subordinate(k) && !lower_is(t, &["that", "bahwa"]) && t.t != ":" {
            return false;
        }
        // (a capitalised one is a name or a month: "in May")
        (t.is_lower_word() && is_auxiliary(t))
            // (or an Indonesian verb past the circumstance's own word: "berharap melalui
            // kegiatan ini para nelayan memperoleh …")
            || (k > 0 && t.is_lower_word() && (is_id_active_verb(t) || lower_is(t, CLAUSE_WORDS_ID)))
            || lower_is(t, PRONOUNS)
            || lower_is(t, &["that", "bahwa"])
            || t.t == ":"
            || quotation(k)
    });
    // (not "to": "vowed to soldier on" wants something; nor "called on" someone; "at
    // least" a figure never gets here)
    let wants = lower_is(&toks[i], &["to", "kepada", "reporters", "wartawan"]);
    let called_on = lower_is(&toks[i], &["on"]) && lower_is(&toks[ci], &["called", "calls", "call"]);
    let time_or_place = !(wants || called_on);
    let words = rest.iter().filter(|t| t.is_word()).count();
    let short = words <= MAX_CIRCUMSTANCE_WORDS;
    // (whom it was told and when, and no more: "Reed told reporters on Tuesday.")
    const MAX_TOLD_WORDS: usize = 4;
    let told_nothing = told && words <= MAX_TOLD_WORDS && rest.iter().any(|t| lower_is(t, WEEKDAYS_EN));
    (short && !clause && ((time_or_place && !told) || told_nothing)).then_some((se, se))
}

/// "told him she worries …", "told the crowd he was …": whom it was told to, then what,
/// opening with its subject.
fn content_after_addressee(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    let told = lower_is(&toks[ci], &["told", "tells", "asked"]);
    let told_to = lower_is(&toks[ci], &["told", "tells"]);
    if told && i + 1 < n && lower_is(&toks[i], OBJECT_PRONOUNS) {
        return Some(trim_span(p, toks[i + 1].s, se));
    }
    // (or with a noun phrase: "told the council the forecast was based on …")
    let addressee_word = |t: &Tok| {
        t.is_word()
            && !is_auxiliary(t)
            && !lower_is(t, PRONOUNS)
            && !lower_is(t, CLAUSE_OPENERS)
            && !lower_is(t, PREPOSITIONS)
    };
    let subject = told_to.then(|| {
        (i + 1..n.min(i + 1 + MAX_ADDRESSEE_WORDS)).take_while(|&k| addressee_word(&toks[k - 1])).find(|&k| {
            let pronoun = lower_is(&toks[k], EN_SUBJECT_PRONOUNS) || lower_is(&toks[k], &["there"]);
            let addressed = toks[i..k].iter().any(|t| !lower_is(t, DETERMINERS));
            let noun_phrase = addressed && lower_is(&toks[k], DETERMINERS) && clause_follows(&toks[k..]);
            toks[k].is_lower_word() && (pronoun || noun_phrase)
        })
    });
    if let Some(k) = subject.flatten() {
        return Some(trim_span(p, toks[k].s, se));
    }
    // (or past when it was told: "told reporters on Tuesday the ferry would …")
    let addressee_end = (i + 1..n.min(i + 1 + MAX_ADDRESSEE_WORDS)).find(|&k| !addressee_word(&toks[k]))?;
    let k = time_phrase_end(toks, addressee_end).filter(|_| told_to)?;
    let subject_follows = toks.get(k).is_some_and(|t| {
        lower_is(t, EN_SUBJECT_PRONOUNS) || (lower_is(t, DETERMINERS) && clause_follows(&toks[k..]))
    });
    subject_follows.then(|| trim_span(p, toks[k].s, se))
}

/// The object a position is taken on, in `p[cs..ce]`: up to the first comma, dash,
/// semicolon or bracket outside quotation marks ("endorsed Reed on Thursday, saying …").
fn object_of(p: &str, regions: &[Region], cs: usize, ce: usize) -> (usize, usize) {
    let toks = tokens(p, cs, ce);
    // (or a second predicate of the subject's: "called the merger a bad deal and ranked …")
    let second_predicate = |k: usize| {
        lower_is(&toks[k], &["and", "but"])
            && toks.get(k + 1).is_some_and(|v| v.is_lower_word() && (v.t.ends_with("ed") || is_cue_word(v)))
    };
    // (not a party and state in brackets, nor a list of names that runs to the end: "endorsed
    // Tom Reed (R-Harb.), Ann Porter (D-Harb.) and Carl Dunn"; nor an apposition set off by
    // commas: "rejected a push by Ann Porter, the harbour master, to close the pier")
    let list_of_names = |k: usize| {
        let next = toks[k + 1..].iter().find(|t| !lower_is(t, &["and", "or"]));
        next.is_some_and(Tok::is_cap)
            && toks[k + 1..]
                .iter()
                .all(|t| t.is_cap() || !t.is_word() || lower_is(t, &["and", "or"]) || t.t.contains('-'))
    };
    const MAX_APPOSITION: usize = 6;
    let apposition_end = |k: usize| {
        let opens = toks.get(k + 1).is_some_and(|t| lower_is(t, &["the", "a", "an"]));
        let close = (k + 2..toks.len().min(k + 2 + MAX_APPOSITION)).find(|&c| toks[c].t == ",");
        close.filter(|&c| opens && toks[k + 1..c].iter().all(|t| t.is_word() && !is_cue_word(t)))
    };
    let mut k = 1;
    while k < toks.len() {
        if !inside_quote(regions, toks[k].s) {
            // (where the object goes on past the mark, the token to read on from)
            let goes_on = match toks[k].t {
                "," if list_of_names(k) => return (cs, ce),
                "," => apposition_end(k),
                "(" => after_bracket(&toks, k).map(|past| past - 1),
                ";" => None,
                _ if is_long_dash(&toks[k]) => None,
                _ if second_predicate(k) => None,
                _ => Some(k),
            };
            match goes_on {
                Some(next) => k = next,
                None => return trim_span(p, cs, toks[k].s),
            }
        }
        k += 1;
    }
    (cs, ce)
}

/// Whether the cue word at `toks[i]` reports nothing here: it adds a thing (see
/// [`adds_a_thing`]), is part of a phrasal verb ("showed up", "called in to a radio show") or
/// an idiom ("All told, …"), or describes or names a thing: after a possessive, an article or
/// a preposition it is an adjective ("the council's continued silence", "the reported
/// loss", "his lead in counted ballots"; "He's said" is "he has said"), after a determiner a
/// noun ("those claims"), "think tanks" are
/// institutions, and "called" after a common noun gives a name ("a creek called Heron
/// Brook", not "officials called Reed a liar").
fn reports_nothing(toks: &[Tok], i: usize) -> bool {
    let particle = toks.get(i + 1).map(|t| t.lower()).unwrap_or_default();
    let phrasal = (lower_is(&toks[i], &["show", "shows", "showed", "showing"]) && particle == "up")
        || (lower_is(&toks[i], &["call", "calls", "called", "calling"])
            && ["in", "into", "off", "up"].contains(&particle.as_str()));
    // ("All told, …" is "in all")
    let all_told = lower_is(&toks[i], &["told"])
        && i > 0
        && lower_is(&toks[i - 1], &["all"])
        && toks.get(i + 1).is_some_and(|t| t.t == ",");
    // (a verb of being right after the cue makes it part of a subject: "Everything Reed says
    // is a lie", "What she said was true"; not after a relative pronoun, whose clause says
    // it: "a practice that the inquiry said was careless", nor before "that": "Their fear is
    // that …")
    const BE: &[&str] = &["is", "was", "are", "were", "isn't", "wasn't", "aren't", "weren't"];
    const MAX_SUBJECT_WORDS: usize = 6;
    let relative = toks[i.saturating_sub(MAX_SUBJECT_WORDS)..i]
        .iter()
        .any(|t| lower_is(t, &["that", "which", "who", "whom"]));
    let in_subject = toks.get(i + 1).is_some_and(|t| t.is_lower_word() && lower_is(t, BE))
        && !toks.get(i + 2).is_some_and(|t| lower_is(t, &["that"]))
        && !relative;
    // ("said as much at the meeting", "has said so publicly": what was said is told before)
    let said_before = match (toks.get(i + 1), toks.get(i + 2)) {
        (Some(a), Some(b)) if lower_is(a, &["as"]) && lower_is(b, &["much"]) => true,
        (Some(a), next) if lower_is(a, &["so"]) => next.is_none_or(|t| {
            !t.is_word()
                || lower_is(
                    t,
                    &["in", "on", "at", "during", "publicly", "himself", "herself", "openly", "repeatedly"],
                )
        }),
        _ => false,
    };
    // (a stance word as an adjective: "Sikap optimistis itu perlu dijaga")
    let adjective = lower_is(&toks[i], &["optimistis", "optimis", "pesimistis", "pesimis"])
        && toks
            .get(i + 1)
            .is_none_or(|t| !t.is_word() || lower_is(t, &["itu", "ini", "tersebut", "dan", "atau"]));
    adds_a_thing(toks, i)
        || answers_with_a_thing(toks, i)
        || said_before
        || adjective
        || phrasal
        || all_told
        || in_subject
        || describes_a_thing(toks, i)
        || circumstance_of_speech(toks, i)
        || asks_anonymity(toks, i)
        || addressee_only(toks, i)
}

/// "who asked not to be named", "requested that his name not be used": a condition of
/// speaking, not a statement.
fn asks_anonymity(toks: &[Tok], i: usize) -> bool {
    const MAX_WORDS: usize = 6;
    lower_is(&toks[i], &["asked", "asking", "requested", "requesting"])
        && toks[i + 1..toks.len().min(i + 1 + MAX_WORDS)]
            .iter()
            .take_while(|t| t.is_word())
            .any(|t| lower_is(t, &["named", "identified", "anonymity", "anonymous", "name"]))
}

/// Whether a participle of speaking says only where, for whom or to whom, up to its comma:
/// ", writing in her column for the Herald,", ", speaking to sailors at the pier," (not
/// "writing in the Herald that …").
fn circumstance_of_speech(toks: &[Tok], i: usize) -> bool {
    const MAX_PHRASE: usize = 10;
    const OCCASION_VERBS: &[&str] = &["writing", "speaking", "testifying"];
    let phrase_end = (i + 1..toks.len().min(i + 2 + MAX_PHRASE)).find(|&k| toks[k].t == ",");
    lower_is(&toks[i], OCCASION_VERBS)
        && toks.get(i + 1).is_some_and(|t| lower_is(t, DESCRIPTION_PREPOSITIONS))
        && phrase_end
            .is_some_and(|end| toks[i + 1..end].iter().all(|t| t.is_word() && !lower_is(t, &["that"])))
}

/// Whether the cue names only whom it was told to, up to the sentence end: "segera
/// melaporkan kepada kepala sekolah." (what was reported is told before).
fn addressee_only(toks: &[Tok], i: usize) -> bool {
    // (longer, the words may hold the statement: "mengatakan kepada wartawan dermaga ditutup")
    const MAX_RECIPIENT_WORDS: usize = 2;
    let rest = &toks[i + 1..];
    let words = rest.iter().take_while(|t| t.is_word()).count();
    let ends = rest.get(words).is_none_or(|t| matches!(t.t, "." | "!" | "?"));
    toks[i].is_lower_word()
        && rest.first().is_some_and(|t| lower_is(t, &["kepada", "pada"]))
        && (2..=MAX_RECIPIENT_WORDS + 1).contains(&words)
        && ends
        && !rest[..words].iter().any(|t| lower_is(t, &["bahwa"]))
}

/// See [`reports_nothing`].
fn describes_a_thing(toks: &[Tok], i: usize) -> bool {
    const BEFORE_AN_ADJECTIVE: &[&str] =
        &["the", "a", "an", "in", "of", "with", "for", "its", "his", "her", "their", "our", "my", "your"];
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else { return false };
    let cue = &toks[i];
    let next = toks.get(i + 1);
    let possessive = is_possessive(prev) && !is_contraction(prev);
    let adjective = cue.t.ends_with("ed") && lower_is(prev, BEFORE_AN_ADJECTIVE);
    // (a noun after a determiner or "same": "repeated those claims", "his warnings")
    const BEFORE_A_NOUN: &[&str] =
        &["the", "these", "those", "his", "her", "their", "its", "our", "same", "such", "similar", "false"];
    // (also past an adjective: "his repeated claims", "the latest reports")
    const ADJECTIVES: &[&str] =
        &["latest", "recent", "earlier", "new", "previous", "initial", "many", "numerous", "public"];
    let modified = i >= 2
        && prev.is_lower_word()
        && (prev.t.ends_with("ed") || lower_is(prev, ADJECTIVES))
        && lower_is(&toks[i - 2], BEFORE_A_NOUN);
    let noun =
        cue.t.ends_with('s') && !lower_is(cue, &["says"]) && (lower_is(prev, BEFORE_A_NOUN) || modified);
    // (after an article a cue word is a noun, in the singular too: "a report", "another
    // claim"; but a determiner that may stand alone is a subject before a verb: "Another
    // notes", "Each said")
    const ARTICLES: &[&str] = &["a", "an", "the", "every"];
    const DETERMINERS_ALONE: &[&str] = &["another", "this", "each"];
    const NOUNS: &[&str] =
        &["claim", "report", "warning", "comment", "estimate", "note", "tweet", "post", "hope"];
    let singular_noun = (lower_is(prev, ARTICLES) && !cue.t.ends_with("ed") && !cue.t.ends_with("ing"))
        || (lower_is(prev, DETERMINERS_ALONE) && lower_is(cue, NOUNS));
    let think_tank = lower_is(cue, &["think"]) && next.is_some_and(|t| lower_is(t, &["tank", "tanks"]));
    let naming = lower_is(cue, &["called", "named", "dubbed"])
        && prev.is_lower_word()
        && !lower_is(prev, PRONOUNS)
        && !is_speaker_noun(prev)
        && !lower_is(prev, ROLE_HEADS)
        && !is_auxiliary(prev)
        && !lower_is(prev, &["and", "but", "or", "who", "that", "which", "also", "then", "later"])
        && !is_adverb(prev)
        // (not someone's thing: "the council called the Herald's report …")
        && next.is_some_and(|t| t.is_cap() && !lower_is(t, PRONOUNS) && !is_possessive(t));
    // (a participle with its agent: "the slogan proclaimed by Tom Reed")
    let participle = cue.t.ends_with("ed") && next.is_some_and(|t| lower_is(t, &["by"]));
    // ("continued" and "melanjutkan" report only what follows a colon, a comma, a quote or
    // "that": "he continued: …", not "continued the repairs", "continued to collect fares",
    // "melanjutkan kuliah di …")
    const WORDS_AFTER_A_MARK: &[&str] = &["continued", "melanjutkan"];
    // (but "continued to insist …" reports)
    let to_report = next.is_some_and(|t| lower_is(t, &["to"])) && toks.get(i + 2).is_some_and(is_cue_word);
    let object = lower_is(cue, WORDS_AFTER_A_MARK)
        && !to_report
        && !next
            .is_some_and(|t| matches!(t.t, "," | ":" | "“" | "\"" | "‘") || lower_is(t, &["that", "bahwa"]));
    possessive || adjective || noun || singular_noun || think_tank || naming || participle || object
}

/// Whether the cue at `toks[i]` says only what someone answered with, a thing a relative
/// clause describes: "replied with a remark that was the board's own" (not "replied with a
/// warning that the pier would close", nor "answered with criticism of the board").
fn answers_with_a_thing(toks: &[Tok], i: usize) -> bool {
    const MAX_PHRASE: usize = 6;
    // ("has not responded to the Herald's calls", "responded to the criticism by saying …":
    // what was answered, not what was said; "replied to reporters that …" is speech)
    const ANSWERS: &[&str] = &["respond", "responds", "responded", "reply", "replies", "replied"];
    if lower_is(&toks[i], ANSWERS) && toks.get(i + 1).is_some_and(|t| lower_is(t, &["to"])) {
        return !toks.iter().skip(i + 2).take(MAX_PHRASE).any(|t| lower_is(t, &["that"]));
    }
    if !toks.get(i + 1).is_some_and(|t| lower_is(t, &["with"])) {
        return false;
    }
    let that = toks.iter().skip(i + 2).take(MAX_PHRASE).position(|t| lower_is(t, &["that"]));
    // (a verb right after "that": a relative clause on the thing)
    that.map(|k| i + 2 + k)
        .is_some_and(|k| toks.get(k + 1).is_some_and(|t| is_auxiliary(t) || is_past_form(t)))
}

/// Whether "added" at `toks[i]` adds a thing rather than words: "added 20.72 points", "added
/// to his collection of titles" (but "added to reporters that …" is speech).
fn adds_a_thing(toks: &[Tok], i: usize) -> bool {
    const MAX_TO_THAT: usize = 4;
    let next = toks.get(i + 1);
    lower_is(&toks[i], &["added", "adds", "add", "adding"])
        && (next.is_some_and(|t| t.t.starts_with(|c: char| c.is_ascii_digit()))
            || (next.is_some_and(|t| lower_is(t, &["to"]))
                && !toks[i + 1..toks.len().min(i + 2 + MAX_TO_THAT)].iter().any(|t| lower_is(t, &["that"]))))
}

/// Whether `toks[i]` is a report in the passive with no one reporting: "is said to be",
/// "were reported to have", "is believed to", "it is reported that". What follows is
/// hearsay, not anyone's words.
fn passive_report_at(toks: &[Tok], i: usize) -> bool {
    const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    const REPORTED: &[&str] = &["said", "reported", "believed", "thought", "rumored", "rumoured", "alleged"];
    // ("… is said to be …", or "It is reported that …")
    let hands_over = |t: &Tok| {
        lower_is(t, &["to"]) || (lower_is(t, &["that"]) && i >= 2 && lower_is(&toks[i - 2], &["it"]))
    };
    i > 0
        && lower_is(&toks[i - 1], BE)
        && lower_is(&toks[i], REPORTED)
        && toks.get(i + 1).is_some_and(hands_over)
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
    let may_hold = holds(b" in a") || holds(b"dalam");
    let venue = may_hold.then(|| TRAILING_VENUE.find(window)).flatten();
    if let Some(venue) = venue.filter(|m| from + m.start() > cs) {
        ce = from + venue.start();
    }
    trim_span(p, cs, ce)
}

/// The way a statement was made, closing its words: a post, a letter, an interview, with
/// perhaps a word or two before it ("in an on-air rant", "in a brief statement") and when,
/// where or to whom after it ("in an email on Saturday to the board").
static TRAILING_VENUE: Lazy<regex::Regex> = Lazy::new(|| {
    regex::Regex::new(concat!(
        r"(?i)\s(?:in\s+an?|dalam(?:\s+sebuah)?)\s+(?:[\p{L}’'-]+\s+){0,2}?",
        r"(?:interview|statement|press\s+conference|news\s+conference|e-?mail|op-ed|post|tweet|letter|video|",
        r"broadcast|appearance|wawancara|keterangan\s+(?:pers|tertulis)|konferensi\s+pers|jumpa\s+pers|",
        r"siaran\s+pers|unggahan|cuitan)s?(?:\s[^,;:“”\x22]{0,80})?(?:,\s*\p{Lu}[^,;:“”\x22]{0,40})?$"
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

/// A day, with its date in brackets or without, closed by a comma right after a relay: ",
/// Senin (2/12/2024),", " on Monday,".
static DAY_AFTER_RELAY: Lazy<regex::Regex> = Lazy::new(|| {
    // (the weekday lists, and the spelling "Jum'at")
    let days = WEEKDAYS_ID.iter().chain(WEEKDAYS_EN).copied().chain(["jum'at"]).collect::<Vec<_>>().join("|");
    regex::Regex::new(&format!(r"^\s*,?\s*(?i:on\s+)?(?i:{days})(?:\s*\([^)]{{1,20}}\))?\s*,"))
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
/// their lease", "added up to a loss"), or a second relative clause goes on after it
/// ("which Reed has disputed and which …").
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
    !source && (ABOUT_WORDS.contains(&first) || particle || relative)
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
    match after.second_statement(ss, se) {
        Some(second) => vec![first, second],
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
                rest[k].is_lower_word()
                    && ((PRE_CUES.contains(&rest[k].t) && !lower_is(&rest[k], &["think", "believe"]))
                        // ("… and called the fee unfair")
                        || (k == j + 1 && lower_is(&rest[k], &["called"]))
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
    scan::SentenceScan::new(p, (ss, se), toks, regions, relays).statement()
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
