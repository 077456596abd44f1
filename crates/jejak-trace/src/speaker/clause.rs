//! Where a clause opens and what its subject is: for a cue joined to an earlier verb ("Reed
//! urged … and said"), for a clause that hands over a quotation, and for a noun phrase that
//! opens the sentence.

use super::apposition::reads_as_apposition;
use super::forward::subject_forward;
use super::{after_bracket, before::past_adverbials, make_subj, name_length};
use crate::{
    lexicon::*,
    text::Tok,
    words::{
        is_abbr_tok, is_adverb, is_auxiliary, is_cap_stop, is_contraction, is_cue_word, is_dash, is_digits,
        is_discourse, is_id_active_verb, is_long_dash, is_participle, is_past_form, is_plural_people,
        is_possessive, is_punct, is_role_or_people_noun, is_speaker_noun, is_year, lower_is, press_reports,
    },
    Subj,
};

/// "Reed urged his voters to turn out and said …", "Brook called it careless, but said …",
/// "She begs her brother to step back and repeatedly says": the subject of the verb the cue
/// at `i` is joined to, and that verb's index.
pub fn coordinated_subject(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    // (past adverbs and the time it was said: "but on Tuesday wrote", "and last week said",
    // "then said")
    const MAX_TIME_WORDS: usize = 4;
    let mut k = i;
    while k > 0
        && (is_adverb(&toks[k - 1])
            || (i - k < MAX_TIME_WORDS
                && toks[k - 1].is_word()
                && (lower_is(&toks[k - 1], TIME_PHRASE_WORDS) || lower_is(&toks[k - 1], WEEKDAYS_EN))))
    {
        k -= 1;
    }
    // ("thanked the crews, then said")
    let comma_then = k < i && lower_is(&toks[k], &["then"]) && k >= 2 && toks[k - 1].t == ",";
    // (Indonesian "dan" too, but not closing a list of verbs: "mengajar, mendidik, dan menilai")
    let dan = k >= 2 && lower_is(&toks[k - 1], &["dan"]);
    if k < 2
        || !(lower_is(&toks[k - 1], &["and", "but"]) || comma_then || dan)
        || (dan && toks[k - 2].t == ",")
    {
        return None;
    }
    // (inside a subordinate clause, opening the sentence or after ", but": "After Reed waved
    // to the crews and said …, the quay cheered", "…, but when Reed waved …")
    let clause = toks[..k - 1].iter().rposition(|t| matches!(t.t, "," | ";")).map_or(0, |c| c + 1);
    let opener = (clause..k)
        .find(|&o| toks[o].is_word() && !is_discourse(&toks[o]) && !lower_is(&toks[o], &["and", "but"]));
    let from = match opener {
        Some(o) if lower_is(&toks[o], SUBORDINATORS) => o + 1,
        _ => 0,
    };
    let subject_from = |from: usize| {
        clause_subject(p, &toks[from..]).map(|(sj, verb)| (sj, verb + from)).filter(|(_, verb)| *verb < k - 1)
    };
    // (in Indonesian, or the clause after an opening phrase, named: "Sore harinya, Budi
    // Santoso datang lagi ke dermaga dan menegaskan …")
    let after_opening = (dan && from == 0 && clause > 0)
        .then(|| subject_from(clause))
        .flatten()
        .filter(|(sj, _)| sj.name.is_some() && !sj.pronoun);
    // (nor after a purpose: "ditugasi untuk mengantar surat dan meminta …" is what the
    // errand was for, not what was said)
    let purpose = |verb: usize| {
        dan && toks[verb..k - 1].iter().any(|t| lower_is(t, &["untuk", "guna", "agar", "supaya"]))
    };
    after_opening.or_else(|| subject_from(from)).filter(|&(_, verb)| !purpose(verb))
}

/// Whether the words before token `at` are only a phrase of time or place opening the
/// sentence, without a comma: "In March the harbour master said", "At noon she said", "In
/// the spring the mayor said". The phrase holds no verb, so a subject at `at` opens the main
/// clause. (Not "after" or "before", which also open clauses: "After Reed left the mayor
/// said".)
pub fn after_opening_circumstance(toks: &[Tok], at: usize) -> bool {
    const PLACE_OR_TIME: &[&str] = &["in", "on", "at", "during", "pada", "dalam", "di"];
    const MAX_PHRASE_WORDS: usize = 5;
    let Some(s0) = toks.iter().position(|t| t.is_word() && !is_discourse(t)) else { return false };
    // (perhaps inside a subordinate clause: "Although in May Reed said …")
    let s0 = if lower_is(&toks[s0], SUBORDINATORS) && s0 + 1 < at { s0 + 1 } else { s0 };
    if s0 + 1 >= at || at - s0 - 1 > MAX_PHRASE_WORDS || !lower_is(&toks[s0], PLACE_OR_TIME) {
        return false;
    }
    // (an Indonesian verb by its prefix only after an Indonesian opener: "at the meeting" has
    // none)
    let indonesian = lower_is(&toks[s0], &["pada", "dalam", "di"]);
    toks[s0 + 1..at].iter().all(|t| {
        t.is_word()
            && !is_auxiliary(t)
            && !lower_is(t, CLAUSE_OPENERS)
            && !lower_is(t, PRONOUNS)
            && !is_cue_word(t)
            && !is_past_form(t)
            && !(indonesian && is_id_active_verb(t))
    })
}

/// Where the noun phrase that ends with a subject at `at` opens its clause, if the words
/// between hold no verb or clause word that would make the subject part of another clause.
pub fn noun_phrase_start(toks: &[Tok], at: usize, at_start: impl Fn(usize) -> bool) -> Option<usize> {
    const MAX: usize = 8;
    // (a phrase headed by people may run longer: "Experts in port law and advocates of
    // ferry riders say")
    const MAX_PEOPLE: usize = 12;
    const PEOPLE_HEAD_WORDS: usize = 4;
    // (a participle after people modifies them: "Riders going to the polls say", "activists
    // clamoring to block the toll say")
    let after_people = |k: usize| {
        k > 0 && {
            let t = &toks[k - 1];
            t.is_word() && !is_possessive(t) && is_plural_people(t)
        }
    };
    let participle_phrase = |k: usize| {
        toks.get(k).is_some_and(|n| lower_is(n, PREPOSITIONS))
            && !toks[k..at].iter().any(|t| t.t == "," || t.t == ";" || lower_is(t, &["and", "but", "or"]))
    };
    let mut k = at;
    while k > 0 && at - k < MAX_PEOPLE {
        let t = &toks[k - 1];
        let abbreviation_dot = t.t == "." && k >= 2 && is_abbr_tok(&toks[k - 2]);
        // ("More than six in 10", "less than half")
        let comparison =
            lower_is(t, &["than"]) && k >= 2 && lower_is(&toks[k - 2], &["more", "less", "fewer"]);
        // (a relative word opens a clause of its own: "a port in which most sailors say", "half
        // of what skippers say")
        const RELATIVES: &[&str] = &["which", "where", "who", "whom", "whose", "that", "what"];
        let noun_word = t.is_word()
            && (comparison || !lower_is(t, CLAUSE_OPENERS))
            && !lower_is(t, RELATIVES)
            && !is_auxiliary(t)
            && !is_contraction(t)
            && (!is_cue_word(t) || press_reports(toks, k - 1))
            // (a past participle after people modifies them too, with a phrase of its own up
            // to the cue: "Skippers questioned on the quay say"; not a verb with its object,
            // "skippers issued a report that said", nor one a clause joined to the cue's
            // follows, "crews gathered at dawn and most said")
            && !(is_past_form(t) && !(after_people(k - 1) && participle_phrase(k)))
            && !lower_is(t, &["though", "although"])
            && !(t.is_lower_word()
                && t.t.ends_with("ing")
                && t.t.len() > 4
                && !lower_is(t, ING_NOUNS)
                && (!after_people(k - 1)
                    || lower_is(t, PREPOSITIONS)
                    || lower_is(t, &["including", "according"])));
        if !(noun_word || abbreviation_dot) {
            break;
        }
        k -= 1;
    }
    if at - k > MAX && !toks[k..k + PEOPLE_HEAD_WORDS].iter().any(|t| is_speaker_noun(t)) {
        k = at - MAX;
    }
    let opens_at = |k: usize| {
        k == 0
            || at_start(k)
            || is_punct(&toks[k - 1], &[",", ";", ":", "(", ")", "”", "\""])
            || is_long_dash(&toks[k - 1])
            // (a hyphen set off by spaces is a dash: "… than Reed - 60 percent of the riders said")
            || (is_dash(&toks[k - 1]) && k >= 2 && toks[k - 2].e < toks[k - 1].s)
            || lower_is(&toks[k - 1], &["and", "but", "while", "as", "because", "after", "when", "which", "where"])
            // (after a question word: "That's why the Reed team says", "what her crew saw")
            || lower_is(&toks[k - 1], &["what", "why", "how"])
    };
    // (a participle opening the phrase modifies its noun: "But sailing experts say")
    if k > 0 && toks[k - 1].is_lower_word() && toks[k - 1].t.ends_with("ing") && opens_at(k - 1) {
        k -= 1;
    }
    // (a phrase that opens nowhere may start after an "and" inside it, a short one: "Forty
    // skippers came to the quay and most said")
    const MAX_AFTER_AND: usize = 3;
    if !(k < at && opens_at(k)) {
        if let Some(c) = (k..at).rev().find(|&c| lower_is(&toks[c], &["and", "but"])) {
            // (not a subject of two: "she and two pilots later said")
            if at - c - 1 <= MAX_AFTER_AND && !(c > 0 && lower_is(&toks[c - 1], PRONOUNS)) {
                k = c + 1;
            }
        }
    }
    let opens = k < at && opens_at(k);
    // (a word linking it to the sentence before is no part of it: "Padahal banyak nelayan")
    if opens && k + 1 < at && is_discourse(&toks[k]) {
        k += 1;
    }
    // the phrase's own first word must not be a conjunction or preposition (but "At least
    // half of the riders say" opens with a share)
    let share = lower_is(&toks[k.min(at)], &["at"])
        && toks.get(k + 1).is_some_and(|t| lower_is(t, &["least", "most"]));
    (opens
        && !lower_is(&toks[k], CLAUSE_OPENERS)
        && (share || !lower_is(&toks[k], &["in", "on", "at", "for", "to", "of"])))
    .then_some(k)
}

/// Where the clause of a sentence begins: past discourse words, and past a phrase of place,
/// time, circumstance or a question put that opens the sentence before a comma.
pub(super) fn clause_start(toks: &[Tok]) -> usize {
    const MAX_OPENER: usize = 12;
    let mut s0 = 0;
    while s0 < toks.len() && (is_discourse(&toks[s0]) || !toks[s0].is_word()) {
        s0 += 1;
    }
    // past an adverb set off by a comma: "Recently, Reed …"
    if toks.get(s0).is_some_and(is_adverb) && toks.get(s0 + 1).is_some_and(|t| t.t == ",") {
        s0 += 2;
    }
    // past a phrase of place or time that opens the sentence: "On the harbour, Reed …"
    // (or a time before it: "Minutes later, she …", "Two days earlier, Reed …", "Last
    // month, he …")
    if let Some(c) = (s0 + 1..toks.len().min(s0 + 4)).find(|&c| toks[c].t == ",") {
        const TIMES: &[&str] =
            &["later", "earlier", "ago", "week", "month", "year", "weekend", "night", "yesterday", "today"];
        // (or a year: "Back in 2004, Reed …")
        if lower_is(&toks[c - 1], TIMES) || lower_is(&toks[c - 1], WEEKDAYS_EN) || is_year(&toks[c - 1]) {
            s0 = c + 1;
        }
    }
    // or a participle's phrase: "Walking back to the ferry, Ann Porter …" (perhaps after an
    // adverb: "Hastily blaming the crews, Reed …"; or closed by an aside between dashes:
    // "Hastily blaming the crews ― as he did last year ― Reed …")
    let set_off_dash = |c: usize| is_dash(&toks[c]) && toks[c - 1].e < toks[c].s;
    if let Some(c) = (s0 + 2..toks.len().min(s0 + MAX_OPENER)).find(|&c| toks[c].t == "," || set_off_dash(c))
    {
        let first = &toks[s0];
        let adverb = first.is_cap()
            && first.t.len() >= 6
            && first.t.ends_with("ly")
            && toks[s0 + 1].is_lower_word()
            && is_participle(&toks[s0 + 1]);
        let participle = adverb || (first.is_cap() && is_participle(first));
        if participle && toks[s0 + 1].is_word() && !toks[s0 + 1].is_cap() {
            s0 = if set_off_dash(c) {
                const MAX_ASIDE: usize = 20;
                (c + 1..toks.len().min(c + MAX_ASIDE)).find(|&d| set_off_dash(d)).map_or(s0, |d| d + 1)
            } else {
                c + 1
            };
        }
    }
    // or a question put to the speaker: "When pressed on why …, the mayor replied"
    // (or an event it happened in: "As the rain set in, Reed …")
    const OPENING_SUBORDINATORS: &[&str] =
        &["when", "while", "as", "although", "though", "because", "since", "once", "if", "until"];
    const QUESTIONED: &[&str] = &["asked", "pressed", "questioned"];
    // (the phrase may open with how long before or after: "Shortly after the vote, …",
    // "Hours before the ferry sailed, …")
    const HOW_LONG: &[&str] = &[
        "shortly",
        "soon",
        "right",
        "just",
        "even",
        "long",
        "immediately",
        "minutes",
        "hours",
        "days",
        "weeks",
    ];
    // (the opening phrase's first word, past how long before or after)
    // (or "Ever since …", "Even as …")
    let how_long = (toks.get(s0).is_some_and(|t| lower_is(t, HOW_LONG) || lower_is(t, &["ever"]))
        && toks.get(s0 + 1).is_some_and(|t| lower_is(t, &["after", "before", "since"])))
        || (toks.get(s0).is_some_and(|t| lower_is(t, &["even"]))
            && toks.get(s0 + 1).is_some_and(|t| lower_is(t, OPENING_SUBORDINATORS)));
    let o = if how_long { s0 + 1 } else { s0 };
    let opener =
        toks.get(o).is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS) || lower_is(t, OPENING_SUBORDINATORS));
    if opener || toks.get(o).is_some_and(|t| lower_is(t, QUESTIONED)) {
        let mut w = o + 1;
        if lower_is(&toks[o], OPENING_SUBORDINATORS) && toks.get(w).is_some_and(|t| lower_is(t, QUESTIONED)) {
            w += 1;
        }
        // (a question put, or a participle's phrase, holds verbs of its own: "Asked whether the
        // ferry would run in winter,", "While walking along the harbour wall,")
        let questioned = w > o + 1 || lower_is(&toks[o], QUESTIONED);
        let participle = toks.get(w).is_some_and(|t| t.is_lower_word() && t.t.ends_with("ing"));
        // (a question runs longer: "Asked whether the ferry company would pay for the repairs
        // before the council meets again, Mr. Dunn replied")
        const MAX_QUESTION: usize = 30;
        let subordinator = lower_is(&toks[o], OPENING_SUBORDINATORS);
        let longest = if questioned || subordinator { MAX_QUESTION } else { MAX_OPENER };
        if let Some(c) = (w..toks.len().min(o + longest)).find(|&c| toks[c].t == ",") {
            let plain =
                || !toks[w..c].iter().any(|t| is_cue_word(t) || is_auxiliary(t) || lower_is(t, PRONOUNS));
            let question = || questioned && !toks[w..c].iter().any(is_cue_word);
            // (a clause of its own, when a subject follows the comma: "When we asked Reed
            // whether …, he shrugged and said")
            let subordinate =
                subordinator && toks.get(c + 1).is_some_and(|t| lower_is(t, PRONOUNS) || t.is_cap());
            if participle || question() || plain() || subordinate {
                return c + 1;
            }
        }
    }
    s0
}

/// The subject that opens a clause, a name, pronoun or description, and the index of its
/// verb: who "addressed the supporters again" or "issued a statement, saying …".
pub fn clause_subject(p: &str, toks: &[Tok]) -> Option<(Subj, usize)> {
    const MAX_APPOSITION: usize = 20;
    let s0 = clause_start(toks);
    // (an owner's name opens a description as an article does: "Lewes’s harbour master, Ann
    // Porter, …")
    let owner = |t: &Tok| t.is_cap() && is_possessive(t);
    let described = toks.get(s0).is_some_and(|t| lower_is(t, DETERMINERS) || owner(t)).then(|| {
        // "The mayor", "The White House spokesman", "the 41-year-old mother": up to a role or
        // people noun (four words, and the hyphens of a compound)
        const MAX_DESCRIPTION_TOKENS: usize = 8;
        const MAX_DESCRIPTION_WORDS: usize = 4;
        const MAX_OF_WORDS: usize = 4;
        let head = (s0 + 1..toks.len().min(s0 + MAX_DESCRIPTION_TOKENS))
            .take_while(|&h| toks[h].is_word() || toks[h].t == "-")
            .filter(|&h| toks[h].is_word())
            .take(MAX_DESCRIPTION_WORDS)
            .find(|&h| {
                // (a party's member is one too: "The Harbour Republican")
                let member = lower_is(&toks[h], PARTY_MEMBERS);
                member || (toks[h].is_lower_word() && is_role_or_people_noun(&toks[h]))
            })?;
        // (a compound of such nouns: "the billionaire mogul")
        let mut head = head;
        while toks.get(head + 1).is_some_and(|t| t.is_lower_word() && is_role_or_people_noun(t)) {
            head += 1;
        }
        // (or what it is on or for, up to a verb in the past: "the longtime adviser on
        // the pier repairs went further")
        const MAX_ON_WORDS: usize = 5;
        let on = toks.get(head + 1).is_some_and(|t| lower_is(t, &["on", "for", "at", "in", "with", "from"]));
        let verb_after = on
            .then(|| {
                (head + 3..toks.len().min(head + 3 + MAX_ON_WORDS)).take_while(|&v| toks[v].is_word()).find(
                    |&v| {
                        is_past_form(&toks[v])
                            || (toks[v].is_lower_word() && (is_auxiliary(&toks[v]) || is_cue_word(&toks[v])))
                    },
                )
            })
            .flatten();
        if let Some(v) = verb_after {
            // (not when it spoke or how: "the top engineer on Tuesday vehemently defended")
            let end = past_adverbials(toks, v).max(head + 1);
            return Some((make_subj(p, toks, s0, end, 0), v));
        }
        // with what it is of, up to a cue: "the mother of two replied", "the head of the
        // port authority said"
        // (or with the name after it: "the harbour columnist Tom Reed")
        let end = match toks.get(head + 1).filter(|t| lower_is(t, &["of"])) {
            Some(_) => (head + 2..toks.len().min(head + 2 + MAX_OF_WORDS))
                .take_while(|&v| toks[v].is_word())
                .find(|&v| toks[v].is_lower_word() && is_cue_word(&toks[v]))
                .unwrap_or(head + 1),
            None => head + 1 + name_length(toks, head + 1),
        };
        Some((make_subj(p, toks, s0, end, 0), end))
    });
    // (an article before a name is no description: "The Harbour Trust was blunt: …")
    let named = || subject_forward(p, toks, s0).filter(|(sj, _)| sj.pronoun || sj.name.is_some());
    let article_and_name = |(sj, end): &(Subj, usize)| {
        // (a verb right after it, not more of a noun phrase: "The Harbour Trust campaign")
        let verb = toks
            .get(*end)
            .is_some_and(|v| v.is_lower_word() && (is_auxiliary(v) || is_cue_word(v) || v.t.ends_with("ed")));
        lower_is(&toks[s0], &["the"])
            && toks.get(s0 + 1).is_some_and(|t| t.is_cap() && !is_cap_stop(t))
            && *end > s0 + 1
            && sj.name.is_some()
            && verb
    };
    let (sj, k) = match described {
        Some(Some(found)) => found,
        // (an owner without a role after it is read as before, by the name: "Reed’s sister")
        Some(None) if toks.get(s0).is_some_and(owner) => named()?,
        Some(None) => named().filter(article_and_name)?,
        None => named().map(|(sj, k)| people_described(p, toks, sj, k))?,
    };
    // (a noun for people after the words read as a name makes them a role, and the name
    // after it is the subject's: "Harbour Herald columnist Tom Reed"; a subject that goes on
    // past it with "and" is not read here: "Veteran columnist and harbour pilot Tom Reed")
    let (sj, mut k) = match toks.get(k) {
        Some(v) if v.is_lower_word() && is_role_or_people_noun(v) && !sj.pronoun => {
            let name = name_length(toks, k + 1);
            let start = toks.iter().position(|t| t.s == sj.s)?;
            match name {
                // (the people themselves without one: "Other former Harbour Board pilots")
                0 if !toks.get(k + 1).is_some_and(|t| lower_is(t, &["and", "or"])) => {
                    (Subj { described: true, ..make_subj(p, toks, start, k + 1, 0) }, k + 1)
                }
                0 => return None,
                _ => (make_subj(p, toks, start, k + 1 + name, 0), k + 1 + name),
            }
        }
        _ => (sj, k),
    };
    // (past a party and state in brackets: "Harbour Commissioner Carl Dunn (D), …")
    if sj.name.is_some() {
        k = after_bracket(toks, k).unwrap_or(k);
    }
    // past an apposition: "Carl Dunn, a former county party chairman, became …", or a
    // circumstance set off by commas: "Ann Porter, in an interview with the Herald, said"
    if sj.name.is_some() && toks.get(k).is_some_and(|t| t.t == ",") {
        if let Some(c) = (k + 1..toks.len().min(k + MAX_APPOSITION)).find(|&c| toks[c].t == ",") {
            let part = &toks[k + 1..c];
            // (or whose it is: "Reed's rival on the board", "his neighbour"; or the person's
            // age: "Ann Porter, 56, …")
            const OPENERS: &[&str] = &["a", "an", "the", "who", "yang", "his", "her", "their", "its"];
            let age = matches!(part, [n] if is_digits(n) && n.t.len() <= 3);
            let describes = part.first().is_some_and(|t| lower_is(t, OPENERS) || is_possessive(t))
                || reads_as_apposition(part)
                || age;
            let circumstance = part.first().is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS))
                && !part.iter().any(|t| is_cue_word(t) || is_auxiliary(t));
            if describes || circumstance {
                k = c + 1;
            }
        }
    }
    while k < toks.len() && is_adverb(&toks[k]) {
        k += 1;
    }
    // (a verb, not an article or a preposition: "From the report: …", "Transcript of the
    // hearing: …" have none)
    const LINKING_PREPOSITIONS: &[&str] = &["as", "of", "in", "for", "to", "with", "at", "on", "from", "by"];
    toks.get(k)
        .filter(|v| v.is_lower_word() && !lower_is(v, DETERMINERS) && !lower_is(v, LINKING_PREPOSITIONS))
        .map(|_| (sj, k))
}

/// A one-word "name" before a noun for people is an adjective that opens a sentence:
/// "Angry fishermen", "Local residents" describe people (the subject `sj` ending before
/// `k` becomes the description up to the noun).
fn people_described(p: &str, toks: &[Tok], sj: Subj, k: usize) -> (Subj, usize) {
    let one_word = sj.name.as_ref().is_some_and(|n| !n.contains(' ')) && !sj.pronoun;
    match toks.get(k) {
        Some(noun) if one_word && noun.is_lower_word() && is_speaker_noun(noun) => {
            let mention = p[sj.s..noun.e].to_string();
            let subj = Subj { e: noun.e, mention, name: None, role: None, described: true, ..sj };
            (subj, k + 1)
        }
        _ => (sj, k),
    }
}

/// A clause opened by a determiner and a few plain nouns, then a verb in the past: "The
/// campaign sent", "Her office released". Only where the clause hands over a quote with a
/// colon or a speech participle is such a description its speaker.
pub fn described_clause_subject(p: &str, toks: &[Tok]) -> Option<(Subj, usize)> {
    const MAX_NOUN_WORDS: usize = 3;
    let s0 = clause_start(toks);
    if !toks.get(s0).is_some_and(|t| lower_is(t, DETERMINERS)) {
        return None;
    }
    let plain = |t: &Tok| {
        t.is_lower_word()
            && !is_past_form(t)
            && !is_cue_word(t)
            && !is_adverb(t)
            && !is_auxiliary(t)
            && !lower_is(t, PREPOSITIONS)
    };
    let end = s0 + 1 + toks[s0 + 1..].iter().take(MAX_NOUN_WORDS).take_while(|t| plain(t)).count();
    let mut verb = end;
    while toks.get(verb).is_some_and(is_adverb) {
        verb += 1;
    }
    (end > s0 + 1 && toks.get(verb).is_some_and(is_past_form))
        .then(|| (Subj { described: true, ..make_subj(p, toks, s0, end, end - s0) }, verb))
}
