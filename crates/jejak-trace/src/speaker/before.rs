//! The speaker named before the cue: "Ann Porter, the harbour master, said", with what may
//! stand between them (see `between`).

use super::apposition::{person_described, reads_as_apposition};
use super::between::{BETWEEN_SUBJECT_AND_CUE, DOCUMENTS_PUT_OUT};
use super::clause::clause_start;
use super::forward::{subject_forward, FWD_STOP};
use super::{
    after_bracket, describes_speaker, description_only, full_name, is_acronym, known_place_len, make_subj,
    media_anaphor, one_of_a_group, opening_bracket, pronoun_subj, MAX_ORGANISATION_WORDS,
};
use crate::{
    lexicon::*,
    text::Tok,
    words::{
        capitalised_words, degrees_start, is_abbr_tok, is_adverb, is_auxiliary, is_cap_stop, is_contraction,
        is_cue_word, is_day_or_month, is_digits, is_discourse, is_id_active_verb, is_participle,
        is_past_form, is_plural_people, is_possessive, is_punct, is_role_or_people_noun, is_role_word,
        is_speaker_noun, is_year, joins_name, lower_is, past_when,
    },
    Subj,
};

/// [`subject_before`] when it is a name, not a pronoun or a description.
pub fn named_subject_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    subject_before(p, toks, j).filter(|(sj, _)| sj.name.is_some() && !sj.pronoun)
}

/// The subject ending just before token `j` (skipping adverbs), and the index it starts at.
pub fn subject_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    // (an apostrophe closing a name is part of it, not a quotation mark: "Prof Rafi’ mengatakan")
    if j >= 2 && matches!(toks[j - 1].t, "’" | "'") && toks[j - 2].e == toks[j - 1].s && toks[j - 2].is_cap()
    {
        return subject_before(p, toks, j - 1);
    }
    // (an apposition whose last words are quoted closes its comma inside the marks: "Reed,
    // who named the pier “the wreck,” said")
    if j >= 2 && toks[j - 2].t == "," && matches!(toks[j - 1].t, "”" | "\"" | "’" | "''") {
        return subject_before(p, toks, j - 1);
    }
    // (a party and state, or an age, in brackets before the comma is no part of the subject:
    // "Gov. Tom Reed (R-Ohio), said", "Budi Santoso (52), mengatakan")
    const MAX_BRACKETED: usize = 5;
    if j >= 4 && toks[j - 1].t == "," && toks[j - 2].t == ")" {
        let open = (j.saturating_sub(MAX_BRACKETED + 2)..j - 2).rev().find(|&k| toks[k].t == "(");
        if let Some(open) = open.filter(|&o| o > 0 && toks[o - 1].is_cap()) {
            // (after a role and a comma it is still that role's name: "Seorang nelayan,
            // Sunarto (45), mengaku")
            let name = (0..open).rev().take_while(|&k| toks[k].is_cap()).last().unwrap_or(open);
            let after_role =
                (name >= 2 && toks[name - 1].t == ",").then(|| role_comma_name(p, toks, name, open));
            return after_role.flatten().or_else(|| subject_before(p, toks, open));
        }
    }
    // (and an aside a participle opens, set off by commas: "a harbour clerk, speaking after
    // the meeting, told", "the skipper, soaked by the spray, said")
    const MAX_ASIDE: usize = 12;
    if j >= 4 && toks[j - 1].t == "," {
        let comma = (j.saturating_sub(MAX_ASIDE + 2)..j - 1).rev().find(|&k| toks[k].t == ",");
        let participle = |t: &Tok| t.is_lower_word() && (is_participle(t) || is_past_form(t));
        if let Some(c) = comma.filter(|&c| c > 0 && toks[c - 1].is_word() && participle(&toks[c + 1])) {
            return subject_before(p, toks, c);
        }
    }
    // (so is a party and state set off by commas: "Rep. Tom Reed, R-Ohio, told")
    if j >= 4 && toks[j - 1].t == "," {
        let comma = (j.saturating_sub(5)..j - 1).rev().find(|&k| toks[k].t == ",");
        if let Some(c) =
            comma.filter(|&c| c > 0 && toks[c - 1].is_cap() && is_party_and_state(&toks[c + 1..j - 1]))
        {
            return subject_before(p, toks, c);
        }
    }
    if let Some(found) = nickname_aside(p, toks, j) {
        return Some(found);
    }
    if let Some(found) = second_office_joined(p, toks, j) {
        return Some(found);
    }
    if let Some(found) = name_then_role(p, toks, j) {
        return Some(found);
    }
    // "Rahmat di Sukamaju Senin, mengatakan", "X, kepada Warta Contoh, Minggu (3/5)
    // mengatakan": where, when and to whom, between the speaker and the cue (a name there
    // is a place or an addressee, and the day no name at all)
    let bare = occasion_tail_start(p, toks, j);
    let named = |found: &(Subj, usize)| found.0.name.is_some();
    // (the comma before the tail may close the name: "Kepala Dinas Perhubungan ( Dishub )
    // Sukamaju Budi Santoso , di Sukamaju , Senin , menjelaskan")
    let named_before_tail = || {
        if bare >= j {
            return None;
        }
        let comma_closes_name = bare >= 2 && toks[bare - 1].t == "," && toks[bare - 2].is_cap();
        subject_right_before(p, toks, bare).filter(named).or_else(|| {
            comma_closes_name.then(|| subject_right_before(p, toks, bare - 1)).flatten().filter(named)
        })
    };
    // (a comma alone before a cue that frames a statement is read past only when nothing
    // is found up to the cue: "Rina Sari Sukmawati , menyampaikan bahwa"; an office named
    // without its holder too: "Kepala Dinas Perhubungan , mengatakan bahwa")
    let office_before_comma = || {
        let office = |found: &(Subj, usize)| {
            found.0.name.is_none() && found.0.role.as_deref().is_some_and(|r| r.split(' ').any(is_role_word))
        };
        (bare < j).then(|| subject_right_before(p, toks, bare)).flatten().filter(office)
    };
    let found = if toks[bare..j].iter().any(|t| t.t != ",") {
        named_before_tail().or_else(|| subject_right_before(p, toks, j))
    } else {
        subject_right_before(p, toks, j).or_else(named_before_tail).or_else(office_before_comma)
    };
    let found = found
        .map(|(sj, at)| described_by_relation(p, toks, &sj, at).unwrap_or((sj, at)))
        .map(|(sj, at)| name_after_opening_phrase(p, toks, at, j).unwrap_or((sj, at)))
        .map(|(sj, at)| name_after_time(p, toks, &sj, at).unwrap_or((sj, at)));
    // (a description read from the parts set off by commas after a name is that name's:
    // "Carl Dunn, a skipper for forty years, the oldest captain on the quay, said", "Carl Dunn,
    // who has fished here for years, the oldest captain on the quay, said")
    // (and so is a name read after a preposition inside them: "Carl Dunn, a skipper from
    // Dover, the oldest captain on the quay, said" is not Dover's)
    let object_of_preposition = |at: usize| {
        at > 0
            && toks[at - 1].is_lower_word()
            && lower_is(&toks[at - 1], &["from", "of", "in", "at", "dari", "di"])
    };
    let found = match found {
        // (or an organisation read as a name after a person's description: "dr. Rina Wati,
        // Direktur Pelayanan, Dinas Kesehatan Sukamaju, menyampaikan")
        Some(found)
            if (found.0.name.is_none()
                || object_of_preposition(found.1)
                || names_organisation(&toks[found.1..j]))
                && !found.0.pronoun =>
        {
            Some(
                opening_name_then_appositions(p, toks, j)
                    .filter(|(sj, at)| sj.name.is_some() && *at < found.1)
                    .unwrap_or(found),
            )
        }
        found => found.or_else(|| opening_name_then_appositions(p, toks, j)),
    };
    let found = found.map(|(sj, at)| relative_clause_holder(p, toks, at).unwrap_or((sj, at)));
    let found = found.map(|(sj, at)| people_at_a_place(p, toks, &sj, at, j).unwrap_or((sj, at)));
    found.map(|(sj, at)| names_listed_before(p, toks, &sj, at).unwrap_or((sj, at)))
}

/// People opening the clause, what they were doing and where, before the cue at `j`:
/// "Pilots waiting for the night ferry at the Harbour Hall said", "Residents gathered in
/// Dover said". The name read right before the cue is only where they were: the people speak.
fn people_at_a_place(p: &str, toks: &[Tok], sj: &Subj, at: usize, j: usize) -> Option<(Subj, usize)> {
    const PLACE_PREPOSITIONS: &[&str] =
        &["in", "at", "near", "outside", "inside", "from", "on", "around", "across"];
    const MAX_BEFORE_PEOPLE: usize = 2;
    const MAX_DOING_WORDS: usize = 12;
    // (the place's article may be read with it: "at the Harbour Hall")
    let the = |k: usize| lower_is(&toks[k], &["the"]);
    let name_from = at + usize::from(the(at));
    if sj.name.is_none() || sj.pronoun || !toks[name_from..j].iter().all(|t| t.is_cap() || t.t == ".") {
        return None;
    }
    let mut prep = at.checked_sub(1)?;
    if at == name_from && the(prep) {
        prep = prep.checked_sub(1)?;
    }
    if !(toks[prep].is_lower_word() && lower_is(&toks[prep], PLACE_PREPOSITIONS)) {
        return None;
    }
    let s0 = clause_start(toks);
    let people = (s0..prep.min(s0 + MAX_BEFORE_PEOPLE + 1)).find(|&h| {
        let t = &toks[h];
        (t.is_lower_word() || (h == s0 && t.is_cap()))
            && (is_plural_people(t) || lower_is(t, &["people", "police", "staff"]))
    })?;
    // (a participle or a place after them says what they were doing or where; a clause
    // joined by "and" is another reading: "Pilots met in Dover and said")
    let doing = toks.get(people + 1).is_some_and(|t| {
        t.is_lower_word() && (is_participle(t) || is_past_form(t) || lower_is(t, PLACE_PREPOSITIONS))
    });
    let plain = |t: &Tok| {
        t.is_word()
            && !is_cue_word(t)
            && !is_auxiliary(t)
            && !lower_is(t, PRONOUNS)
            && !lower_is(t, &["and", "or", "but"])
    };
    let fits = doing
        && prep - people <= MAX_DOING_WORDS
        && toks[s0..people].iter().all(|t| plain(t) && !is_participle(t))
        && toks[(people + 2).min(prep)..prep].iter().all(plain);
    fits.then(|| (Subj { described: true, ..make_subj(p, toks, s0, j, j - s0) }, s0))
}

/// The name a "yang" clause describes when the subject found at `at` is inside it, the object
/// of its verb: "Kepala Dinas Budi Santoso yang membuka lomba DAYUNG di Sukamaju, Sabtu,
/// mengatakan" is Budi Santoso's, not DAYUNG's.
fn relative_clause_holder(p: &str, toks: &[Tok], at: usize) -> Option<(Subj, usize)> {
    const MAX_CLAUSE: usize = 16;
    let y = (at.saturating_sub(MAX_CLAUSE)..at).rev().find(|&y| lower_is(&toks[y], &["yang"]))?;
    let clause = &toks[y + 1..at];
    let verb_with_object = clause.iter().any(|t| t.is_lower_word() && is_id_active_verb(t));
    // (a clause that names the person again names the speaker: "Daeng Ombak yang bernama asli
    // Budi Santoso mengatakan")
    const NAMING: &[&str] = &["bernama", "berjuluk", "dijuluki", "disapa", "dipanggil", "alias"];
    let names_again = clause.iter().any(|t| lower_is(t, NAMING));
    if y == 0 || !verb_with_object || names_again || clause.iter().any(|t| !t.is_word()) {
        return None;
    }
    subject_before(p, toks, y).filter(|(sj, _)| full_name(sj) && !sj.pronoun)
}

/// Whether the words name an organisation by its head: "Dinas Kesehatan Sukamaju",
/// "Balai Pelabuhan", "Kementerian Kelautan".
fn names_organisation(words: &[Tok]) -> bool {
    words.first().is_some_and(|t| {
        t.is_cap() && [ORG_HEADS, INSTITUTION_HEADS, GOVERNMENT_BODIES].iter().any(|heads| lower_is(t, heads))
    })
}

/// The full names listed from the sentence's start before a pair joined by "and" speak with
/// the pair: "Ann Porter, Tom Reed and Carl Dunn said" is all three, as is "Ann Porter, Tom
/// Reed, and Carl Dunn said".
fn names_listed_before(p: &str, toks: &[Tok], sj: &Subj, at: usize) -> Option<(Subj, usize)> {
    const MAX_NAME_WORDS: usize = 4;
    let and = |t: &Tok| t.is_lower_word() && lower_is(t, &["and", "dan"]);
    if sj.pronoun || sj.role.is_some() || sj.name.is_none() {
        return None;
    }
    let pair = toks[at..].iter().take_while(|t| t.e <= sj.e).any(and);
    let serial = at >= 2 && and(&toks[at - 1]) && toks[at - 2].t == ",";
    let listed_from = match (pair, serial) {
        (true, _) => at,
        (false, true) => at - 1,
        _ => return None,
    };
    let mut start = listed_from;
    // each item a name of two words or more, no place nor office: "Dover, Tom Reed and …"
    // opens with where it was said
    let item = |a: usize, b: usize| {
        b - a >= 2
            && !jejak_text::is_known_entity(&p[toks[a].s..toks[b - 1].e])
            && !toks[a..b].iter().any(|t| lower_is(t, ROLE_VOCAB) || is_cap_stop(t))
    };
    while start >= 3 && toks[start - 1].t == "," {
        let end = start - 1;
        match (0..end).rev().take_while(|&k| toks[k].is_cap() && end - k <= MAX_NAME_WORDS).last() {
            Some(first) if item(first, end) => start = first,
            _ => break,
        }
    }
    // (or after a connective that opens it: "Meanwhile, Ann Porter, …")
    let opened =
        start == 0 || (start >= 2 && toks[start - 1].t == "," && toks[..start - 1].iter().all(is_discourse));
    if !opened || start == listed_from {
        return None;
    }
    let s = toks[start].s;
    let mention = p[s..sj.e].to_string();
    Some((Subj { s, mention: mention.clone(), name: Some(mention), ..sj.clone() }, start))
}

/// A month or a weekday after a preposition, opening a run of capitals, is when it was said,
/// not part of the name: "… and in September Porter said".
fn name_after_time(p: &str, toks: &[Tok], sj: &Subj, at: usize) -> Option<(Subj, usize)> {
    let time = toks.get(at).filter(|t| lower_is(t, MONTHS) || lower_is(t, WEEKDAYS_EN))?;
    let after_preposition = at > 0 && toks[at - 1].is_lower_word() && lower_is(&toks[at - 1], PREPOSITIONS);
    let end = toks.iter().rposition(|t| t.e <= sj.e)? + 1;
    let name_follows = end > at + 1 && toks[at + 1].is_cap();
    (time.is_cap() && after_preposition && name_follows && sj.name.is_some())
        .then(|| (make_subj(p, toks, at + 1, end, 0), at + 1))
}

/// The subject opening the clause when an Indonesian occasion follows it up to the cue at `j`
/// ("Budi Santoso ketika meninjau dermaga …, Kamis (14/3), menegaskan"), with where it starts
/// and where the occasion opens. The occasion may name places and projects of its own; the
/// subject is a name or an office, capitalised, and no other cue stands between.
pub(crate) fn subject_before_occasion(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize, usize)> {
    const OPENERS: &[&str] = &["saat", "ketika", "usai", "seusai", "selepas", "sewaktu"];
    const MAX_SUBJECT: usize = 8;
    let s0 = clause_start(toks);
    let opener = (s0 + 1..j.min(s0 + MAX_SUBJECT + 1)).find(|&o| {
        lower_is(&toks[o], OPENERS)
            && toks
                .get(o + 1)
                .is_some_and(|v| is_id_active_verb(v) || (v.is_lower_word() && v.t.starts_with("di")))
    })?;
    let subject_words = toks[s0..opener].iter().all(in_joined_names);
    let no_other_cue = !toks[opener + 1..j].iter().any(|t| t.is_lower_word() && is_cue_word(t));
    if !(subject_words && toks[s0].is_cap() && no_other_cue) {
        return None;
    }
    let (sj, at) = subject_right_before(p, toks, opener)?;
    (at == s0).then_some((sj, s0, opener))
}

/// A word of names, perhaps of two people joined: capitalised, an initial's stop or "dan"
/// ("Budi Santoso dan Rina Wati", "H. Budi").
fn in_joined_names(t: &Tok) -> bool {
    t.is_cap() || t.t == "." || lower_is(t, &["dan"])
}

/// The name after the comma that closes a phrase of place or time opening the sentence, when
/// a subject was read from inside that phrase: "In a letter to Porter, Reed said" is Reed's,
/// not "a letter to Porter, Reed".
fn name_after_opening_phrase(p: &str, toks: &[Tok], at: usize, j: usize) -> Option<(Subj, usize)> {
    let opens = at > 0
        && lower_is(&toks[at - 1], OPENING_PREPOSITIONS)
        && (at == 1 || is_punct(&toks[at - 2], &[",", ";", ":", "(", "”", "\""]));
    let comma = (at..j).rev().find(|&k| toks[k].t == ",").filter(|_| opens)?;
    let name = comma + 1..j;
    let named = !name.is_empty() && toks[name.clone()].iter().all(|t| t.is_cap() || t.t == ".");
    named.then(|| (make_subj(p, toks, name.start, name.end, 0), name.start))
}

/// A United States party and state written after a legislator's name: "R-Ohio", "D-Mass.",
/// "I-Vt.".
fn is_party_and_state(part: &[Tok]) -> bool {
    const MAX_LEN: usize = 16;
    let text: String = part.iter().map(|t| t.t).collect();
    let mut chars = text.chars();
    text.len() <= MAX_LEN
        && matches!(
            (chars.next(), chars.next(), chars.next()),
            (Some('D' | 'R' | 'I'), Some('-' | '–'), Some(c)) if c.is_uppercase()
        )
}

/// A name that opens the sentence, then parts between commas that only describe it, up to
/// the comma before the cue at `j`: "Joan Miller, a Reed volunteer from Dover, Del.,
/// attending the rally, said", "Kim Lowe, dressed in a green coat, said", "Paul
/// Grant, of course, said". A part with a verb of its own (outside a relative clause) or
/// a quotation is a clause, and then the name is not the cue's subject.
fn opening_name_then_appositions(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    // (past a perfect's auxiliary: "Mr. Reed, asked about it, had said")
    let j = if j > 0 && lower_is(&toks[j - 1], &["had", "has", "have"]) { j - 1 } else { j };
    // (and past when it was said: "Ann Porter, the harbour master, on Monday warned")
    let j = when_before_cue(toks, j).unwrap_or(j);
    if j < 4 || toks[j - 1].t != "," {
        return None;
    }
    let s0 = toks.iter().position(|t| t.is_word() && !is_discourse(t))?;
    // (or that opens a subordinate clause: "The issue came up after Mr. Reed, asked about
    // it, had said")
    // (not `up_to_next_clause`'s list: that one names clauses that hold a cue)
    const BEFORE_A_CLAUSE_SUBJECT: &[&str] =
        &["after", "when", "because", "since", "while", "before", "until", "as"];
    let clause_starts =
        (s0 + 1..j).rev().filter(|&k| lower_is(&toks[k - 1], BEFORE_A_CLAUSE_SUBJECT) && toks[k].is_cap());
    // (or past an opening phrase, first: "Walking along the pier, Rep. Carl Dunn, who chairs
    // the ferry board, said"; "In Dover, the journalist Ann Porter, writing …, said" is not
    // Dover's)
    let past_opener = Some(clause_start(toks)).filter(|&c| c > s0 && c < j);
    // (a preposition opening the sentence opens a phrase, not a name: "In a statement to the
    // Herald, a harbour spokesperson said")
    let opens_phrase = described_phrase_at(toks, s0, j);
    past_opener
        .into_iter()
        .chain(Some(s0).filter(|_| !opens_phrase))
        .chain(clause_starts)
        .find_map(|start| name_then_appositions(p, toks, start, j))
}

/// Whether a preposition at `toks[start]` opens a phrase whose object, up to its comma before
/// `end`, is a description rather than a bare name: "In a letter to The Herald, …" is where
/// something was said, while "Of Reed, Porter …" goes on to its subject.
fn described_phrase_at(toks: &[Tok], start: usize, end: usize) -> bool {
    lower_is(&toks[start], PREPOSITIONS)
        && toks[start + 1..end].iter().take_while(|t| t.t != ",").any(|t| t.is_lower_word())
}

/// Where a phrase of time that stands between a comma and the cue at `j` opens: "…, on
/// Monday warned", "…, later that week wrote", "…, last month told".
fn when_before_cue(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_WORDS: usize = 5;
    let comma = (j.saturating_sub(MAX_WORDS + 1)..j).rev().find(|&k| toks[k].t == ",")?;
    (j > comma + 1 && past_when(toks, comma + 1) == j).then_some(comma + 1)
}

/// [`opening_name_then_appositions`] for the name at `s0`.
fn name_then_appositions(p: &str, toks: &[Tok], s0: usize, j: usize) -> Option<(Subj, usize)> {
    const MAX_DESCRIPTION_WORDS: usize = 40;
    // (read back from the first comma when the name does not read forward: "Harbour
    // delegate Ann Porter, wearing her father's cap, said")
    const MAX_NAME_TOKENS: usize = 10;
    let back_from_comma = || {
        let c = (s0 + 1..j.min(s0 + MAX_NAME_TOKENS)).find(|&c| toks[c].t == ",")?;
        subject_before(p, toks, c)
            .filter(|(_, at)| {
                *at >= s0
                    && (toks[s0..*at].iter().all(|t| t.is_word())
                        || past_honorific(&toks[s0..*at]).is_empty())
            })
            .map(|(sj, _)| (sj, c))
    };
    // (or a medium pointed back to: "The paper, citing two skippers, wrote")
    let named = |(sj, _): &(Subj, usize)| (sj.name.is_some() || media_anaphor(p, sj)) && !sj.pronoun;
    let set_off = |(_, end): &(Subj, usize)| toks.get(*end).is_some_and(|t| matches!(t.t, "," | "("));
    // (or an office set off before the name: "Bupati Banyuwangi, H. Budi Santoso, S.Pt.,
    // yang …, menekankan")
    let office = subject_forward(p, toks, s0)
        .filter(|found| found.0.name.is_none() && found.0.role.is_some() && set_off(found));
    let office_then_name =
        || subject_forward(p, toks, office.as_ref()?.1 + 1).filter(|found| named(found) && set_off(found));
    let (mut sj, mut end) = subject_forward(p, toks, s0)
        .filter(|found| named(found) && set_off(found))
        .or_else(|| back_from_comma().filter(named))
        .or_else(office_then_name)?;
    let office_role = office.and_then(|(office, _)| office.role).filter(|_| sj.s > toks[s0].s);
    // (past a party and state in brackets: "Rep. Carl Dunn (R-Harb.), who …")
    if toks.get(end).is_some_and(|t| t.t == "(") {
        end = after_bracket(&toks[..j], end)?;
    }
    if end + 1 >= j - 1 || toks[end].t != "," {
        return None;
    }
    let description = &toks[end + 1..j - 1];
    let words = description.iter().filter(|t| t.is_word()).count();
    let clause_mark = |t: &Tok| is_cue_word(t) || matches!(t.t, "“" | "”" | "\"" | ";" | "!" | "?");
    // (a participle that opens a part describes: ", asked about the pier,", ", writing in
    // her column,")
    let opens_part = |x: usize| x == 0 || description[x - 1].t == ",";
    let circumstance = |x: usize| {
        description[x].t.ends_with("ed")
            || (description[x].t.ends_with("ing")
                && description.get(x + 1).is_some_and(|t| lower_is(t, DESCRIPTION_PREPOSITIONS)))
    };
    let marks_clause = |(x, t): (usize, &Tok)| clause_mark(t) && !(opens_part(x) && circumstance(x));
    if words > MAX_DESCRIPTION_WORDS || description.iter().enumerate().any(marks_clause) {
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
            .any(|t| is_auxiliary(t));
        let sentence_end = part.iter().enumerate().any(|(x, t)| {
            t.t == "."
                && !(x > 0
                    && (is_abbr_tok(&part[x - 1]) || part[x - 1].t.contains('.') || part[x - 1].is_cap()))
        });
        // (a relative clause, "who lost her daughter …", or a place or time, "in July 2012")
        let relative_or_adverbial =
            lower_is(first, &["who", "whose", "which", "yang", "in", "on", "at", "from", "of", "di", "dari"]);
        (relative_or_adverbial || !finite)
            && !sentence_end
            && (ASIDES.contains(&text.as_str())
                || relative_or_adverbial
                || participle
                || reads_as_apposition(part)
                || lower_is(first, &["a", "an", "the", "one"])
                || is_digits(first)
                || part.iter().all(|t| t.is_cap() || !t.is_word())
                || person_described(part))
    };
    if !description.split(|t| t.t == ",").all(describes) {
        return None;
    }
    // (past the degrees after the name: "Rina Wati, MKM., Direktur Pelayanan, …")
    let first_part = description
        .split(|t| t.t == ",")
        .find(|part| part.is_empty() || degrees_start(part, part.len(), 0) > 0)?;
    // (a role opening the sentence, the name after it: "Ketua Panitia Lomba, Dr. Wati
    // Rahayu, S.Pd., mengatakan")
    // (or an office in capitals read as a name: "Harbour Trust VP of Public Affairs, Tom
    // Reed, announced")
    let office_in_capitals = || {
        const MAX_NAME_WORDS: usize = 3;
        let words = first_part.iter().filter(|t| t.is_word()).count();
        toks[s0..end].iter().any(|t| t.is_cap() && lower_is(t, ROLE_HEADS))
            && (2..=MAX_NAME_WORDS).contains(&words)
            && !first_part.iter().any(|t| lower_is(t, ROLE_HEADS) || lower_is(t, ORG_HEADS))
    };
    let name_after_role =
        (sj.role.is_some() || office_in_capitals()) && first_part.iter().all(|t| t.is_cap() || t.t == ".");
    if name_after_role {
        let mut named = make_subj(p, toks, end + 1, end + 1 + first_part.len(), 0);
        if named.name.is_some() {
            named.role = Some(sj.mention.clone());
            return Some((named, s0));
        }
    }
    // (an honorific read as the role gives way to the office: "dr. Rina Wati, Direktur …")
    let honorific_only = sj
        .role
        .as_deref()
        .is_some_and(|r| HONORIFICS.contains(&r.trim_end_matches('.').to_lowercase().as_str()));
    if honorific_only && lower_is(&first_part[0], ROLE_HEADS) {
        sj.role = None;
    }
    if lower_is(&first_part[0], &["a", "an", "the", "one"]) || lower_is(&first_part[0], ROLE_HEADS) {
        sj.role =
            sj.role.or_else(|| Some(p[first_part[0].s..first_part[first_part.len() - 1].e].to_string()));
    }
    sj.role = sj.role.or(office_role);
    Some((sj, s0))
}

/// The whole description when the subject found is only what it leads to: "a source
/// familiar with the talks", "a person close to Reed", "an aide to Senator Reed" speak, not
/// "the talks" or Reed. The speaker stays unnamed.
fn described_by_relation(p: &str, toks: &[Tok], sj: &Subj, at: usize) -> Option<(Subj, usize)> {
    // (each with the preposition it takes: "close to", not the verb of "will close in May, Reed
    // said")
    const RELATIONS: &[(&str, &[&str])] = &[
        ("familiar", &["with"]),
        ("close", &["to"]),
        ("briefed", &["on", "about"]),
        ("knowledgeable", &["about", "of"]),
        ("privy", &["to"]),
        ("loyal", &["to"]),
        ("allied", &["with", "to"]),
        ("near", &["to"]),
        ("dekat", &["dengan"]),
    ];
    let relates =
        |word: &Tok, prep: &Tok| RELATIONS.iter().any(|(w, ps)| lower_is(word, &[w]) && lower_is(prep, ps));
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
    // (past a chain of phrases: "a person familiar with the schedule for the harbour vote")
    const MAX_CHAIN: usize = 2;
    const MAX_LINK_WORDS: usize = 3;
    for _ in 0..MAX_CHAIN {
        let Some(prep) = at.checked_sub(1).filter(|&x| lower_is(&toks[x], DESCRIPTION_PREPOSITIONS)) else {
            break;
        };
        let noun = prep.checked_sub(1).map(|h| &toks[h]);
        let related = prep >= 1 && relates(&toks[prep - 1], &toks[prep]);
        if related || noun.is_some_and(|t| is_role_or_people_noun(t)) {
            break;
        }
        // the phrase before the preposition: a determiner and a few lowercase words after
        // another preposition
        let link = (prep.saturating_sub(MAX_LINK_WORDS + 1)..prep)
            .rev()
            .find(|&d| lower_is(&toks[d], DETERMINERS))
            .filter(|&d| d > 0 && toks[d + 1..prep].iter().all(|t| t.is_lower_word()));
        match link {
            Some(d) if lower_is(&toks[d - 1], DESCRIPTION_PREPOSITIONS) => at = d,
            _ => break,
        }
    }
    let prep = at.checked_sub(1).filter(|&x| lower_is(&toks[x], DESCRIPTION_PREPOSITIONS))?;
    let relation = prep >= 1 && relates(&toks[prep - 1], &toks[prep]);
    let head = if relation { prep.checked_sub(2)? } else { prep.checked_sub(1)? };
    let noun = &toks[head];
    if !noun.is_word() || !(relation || is_role_or_people_noun(noun)) {
        return None;
    }
    // (a capitalised head closing a longer name is that name's word, no description: "a
    // visit to the Harbour Board of Marine Justice in Dover, Reed said" is Reed's)
    if noun.is_cap() && head > 0 && toks[head - 1].is_cap() {
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
    // (a conjunction opens no description: ", and people familiar with her plans say")
    if m < head && lower_is(&toks[m], &["and", "but", "or"]) && (m == 0 || toks[m - 1].t == ",") {
        m += 1;
    }
    // (a phrase a preposition opens is where or how, no one's description: "In a statement
    // to the Herald, a spokesperson said")
    // (not "at least": "At least half of the skippers in each port say")
    let opens_phrase = m > 0
        && lower_is(&toks[m - 1], PREPOSITIONS)
        && !(lower_is(&toks[m - 1], &["at"]) && lower_is(&toks[m], &["least", "most"]))
        && (m == 1 || is_punct(&toks[m - 2], &[",", ";", ":", "(", "”", "\""]));
    if opens_phrase {
        return None;
    }
    let end = toks.iter().position(|t| t.e == sj.e)? + 1;
    let subj = make_subj(p, toks, m, end, prep + 1 - m);
    subj.name.is_none().then_some((Subj { described: true, ..subj }, m))
}

/// [`subject_before`] with nothing between the subject and the cue but adverbs, an
/// occasion clause, degrees or an apposition.
fn subject_right_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let j = past_adverbials(toks, j);
    if j == 0 {
        return None;
    }
    for shape in BETWEEN_SUBJECT_AND_CUE {
        if let Some(decided) = shape(p, toks, j) {
            return decided;
        }
    }
    let last = &toks[j - 1];
    // ("He's said": a pronoun with "has", not a name's possessive)
    if lower_is(last, PRONOUNS) || is_contraction(last) {
        return Some((pronoun_subj(last), j - 1));
    }
    // appositive: "Lavrov, the foreign minister, said" / "Kepala Balai , Yusuf Aziz mengatakan"
    if last.t == "," && j >= 2 {
        return apposed_subject(p, toks, j);
    }
    // (or one that ends with its year: "Festival Bahari 2024 mengumumkan")
    let year_ends_name = is_digits(last)
        && last.t.len() == 4
        && j >= 2
        && toks[j - 2].is_cap()
        && !lower_is(&toks[j - 2], MONTHS);
    if last.is_cap() || (last.t == "." && j >= 2 && is_abbr_tok(&toks[j - 2])) || year_ends_name {
        return capitalised_subject(p, toks, j);
    }
    // "officials close to him said": a description ending in whom it is close to
    if let Some(found) = lower_is(last, OBJECT_PRONOUNS)
        .then(|| described_by_relation(p, toks, &pronoun_subj(last), j - 1))
        .flatten()
    {
        return Some(found);
    }
    // "walked the pier and said": a conjunction ends no subject
    if lower_is(last, &["and", "or", "but", "dan", "atau"]) {
        return None;
    }
    if last.is_lower_word() {
        return described_subject(p, toks, j);
    }
    None
}

/// The cue's position `j` moved back over what may stand between a subject and its cue
/// and says nothing of who speaks: adverbs, a time, "himself", an aside between commas.
pub(crate) fn past_adverbials(toks: &[Tok], mut j: usize) -> usize {
    // "Engineers and harbour officials, however, said": an aside set off by commas
    const MAX_ASIDE_WORDS: usize = 4;
    if j >= 4 && toks[j - 1].t == "," {
        if let Some(open) = (j.saturating_sub(MAX_ASIDE_WORDS + 2)..j - 1).rev().find(|&c| toks[c].t == ",") {
            let aside = toks[open + 1..j - 1].iter().map(|t| t.lower()).collect::<Vec<_>>().join(" ");
            if open > 0 && ASIDES.contains(&aside.as_str()) {
                j = open;
            }
        }
    }
    loop {
        if j > 0 && is_adverb(&toks[j - 1]) {
            j -= 1;
        } else if j > 1 && lower_is(&toks[j - 2], &["secara", "dengan"]) && toks[j - 1].is_lower_word() {
            // "Bupati Rahmat Hidayat secara resmi mengumumkan", "Rina dengan tegas mengatakan"
            j -= 2;
        } else if j > 1 && lower_is(&toks[j - 1], &["kali"]) && toks[j - 2].is_lower_word() {
            // "Budi beberapa kali meminta", "Rina dua kali menyebut"
            j -= 2;
        } else if j > 0
            && lower_is(&toks[j - 1], &["tidak", "tak", "bukan"])
            && toks.get(j).is_some_and(|t| lower_is(t, &["hanya"]))
        {
            // "Budi tidak hanya mengatakan …, tetapi juga …": more than that, not less
            j -= 1;
        } else if let Some(k) = english_time_before(toks, j) {
            // "Ann Porter on Tuesday said", "Reed last week told"
            j = k;
        } else if j > 1
            && lower_is(&toks[j - 1], &["all", "both", "each"])
            && (lower_is(&toks[j - 2], &["they", "we"])
                || (toks[j - 2].is_lower_word() && is_plural_people(&toks[j - 2])))
        {
            // "They both said", "the skippers all agreed": a quantifier floated after them
            j -= 1;
        } else if j > 1 && lower_is(&toks[j - 1], &["himself", "herself", "themselves", "itself", "sendiri"])
        {
            // "Reed himself said", "Bupati sendiri menegaskan"
            j -= 1;
        } else if let Some(k) = id_occasion_before(toks, j) {
            // "Bupati dalam menanggapi keluhan nelayan menegaskan": when, by what it did
            j = k;
        } else if j > 2
            && lower_is(&toks[j - 2], &["sapaan"])
            && lower_is(&toks[j - 1], &["akrabnya", "akrab"])
        {
            // "Budi sapaan akrabnya menambahkan": the name he goes by
            j -= 2;
        } else {
            break;
        }
    }
    j
}

/// Where an Indonesian phrase of the occasion right before `toks[j]` starts: "dalam
/// menanggapi keluhan nelayan", "saat meresmikan dermaga" (a preposition of time, a verb
/// with "me-", a few words of its object).
fn id_occasion_before(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_OBJECT_WORDS: usize = 3;
    let from = j.saturating_sub(MAX_OBJECT_WORDS + 2);
    let k = (from..j.saturating_sub(1))
        .rev()
        .find(|&k| lower_is(&toks[k], &["dalam", "saat", "ketika", "usai", "seusai"]))?;
    let verb = &toks[k + 1];
    let acts = verb.is_lower_word() && verb.t.starts_with("me") && verb.t.chars().count() >= 6;
    // (inside the clause, right after its subject: a capital or a comma before it opens
    // another clause, "Saat menanggapi kerusuhan, Bupati …")
    let inside = k > 0 && toks[k].is_lower_word() && toks[k - 1].is_word();
    (inside && acts && toks[k + 2..j].iter().all(|t| t.is_lower_word())).then_some(k)
}

/// The subject before the comma at `j - 1`: a name with its apposition ("Lavrov, the
/// foreign minister, said"), a role and then the name ("Kepala Balai , Yusuf Aziz
/// mengatakan"), or a name opening the sentence with a clause about it.
fn apposed_subject(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
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
    let opening = toks[..k].iter().all(|t| !t.is_word() || is_discourse(t));
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
            // (a verb inside a relative clause of the apposition is no such clause: "a
            // former skipper who now is a harbour pilot")
            let finite =
                appos.iter().take_while(|t| !lower_is(t, &["who", "which", "yang"])).any(|t| is_auxiliary(t));
            // (words before the subject may only be discourse words or more of its noun
            // phrase: "The South Korean outlet Daily NK, which …, said")
            // (or only an opening phrase: "Dalam kunjungan itu , Budi Santoso , kepala seksi
            // …, menyampaikan")
            // (a preposition opening the sentence with a description after it makes that its
            // object, no subject: "In a statement to the Herald, a harbour spokesperson said";
            // "Of Reed, Porter, who …, said" reads on)
            let described_object = at > 0 && described_phrase_at(toks, 0, at);
            let opens = !described_object
                && toks[..at]
                    .iter()
                    .all(|t| is_discourse(t) || lower_is(t, DETERMINERS) || t.is_cap() || !t.is_word())
                || (at > 0 && at == clause_start(toks))
                // (or a bracket: "… the cause (Ann Porter, who founded the line, once said,
                // “…”)")
                || (at > 0 && toks[at - 1].t == "(");
            let named_opener = sj.name.is_some() && opens;
            // A clause between subject and cue: "Daily NK, mengungkap perihal ini,
            // mengatakan", "Korotchenko, yang juga merupakan wartawan Rusia, turut
            // menyebut", "Smith, who chairs the panel, said". It says something of the
            // subject, so the subject must open its clause and be a name or description.
            let clause = relative
                || appos.first().is_some_and(|t| {
                    (t.is_lower_word() && (lower_is(t, PRE_CUES) || is_id_active_verb(t)))
                        || (t.is_lower_word() && is_participle(t))
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
            // (a name inside a participle's phrase is its object, and the subject stands
            // before that phrase: "Sen. Tom Reed, facing a challenge in Dover, a harbour town,
            // said")
            if at > 0 && lower_is(&toks[at - 1], PREPOSITIONS) && !opens {
                if let Some(c) = toks[..at].iter().rposition(|t| t.t == ",") {
                    let aside = toks.get(c + 1).is_some_and(|t| t.is_lower_word() && is_participle(t));
                    if let Some(found) = aside.then(|| subject_before(p, toks, c)).flatten() {
                        return Some(found).filter(|(sj, _)| sj.name.is_some() && !sj.pronoun);
                    }
                }
            }
            if !sj.pronoun && ok {
                // (a phrase of time or occasion says when, not who: "Tom Reed, in a
                // statement, said"; "with" names whom one works with: "Ann Porter, with the
                // Harbour Trust, said")
                let circumstance = appos
                    .first()
                    .is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS) && !lower_is(t, &["with"]));
                // (an office named before keeps the organisation it is held in from taking its
                // place: "Rina Wati, Direktur Pelayanan, Dinas Kesehatan Sukamaju, said")
                let office_kept = sj.role.as_deref().is_some_and(|r| r.split(' ').any(is_role_word))
                    && names_organisation(appos);
                if !circumstance && !office_kept {
                    sj.role = Some(p[toks[k].s..toks[j - 2].e].to_string());
                }
                return Some((sj, at));
            }
            // (the state after a town the description ends in: "a fisherman from Lewes,
            // Delaware, told")
            const MAX_STATE_WORDS: usize = 2;
            let state = appos.len() <= MAX_STATE_WORDS
                && appos.iter().all(|t| t.is_cap())
                && k >= 3
                && toks[k - 2].is_cap()
                && (at..k - 2).any(|x| lower_is(&toks[x], &["in", "from", "of"]));
            // (not an apposition itself: "Carl Dunn, a sailor from Dover, Delaware, said")
            let mut first = toks.iter().position(|t| t.s == sj.s).unwrap_or(at);
            while first > 0
                && (toks[first - 1].is_cap()
                    || lower_is(&toks[first - 1], DETERMINERS)
                    || toks[first - 1].t == "-")
            {
                first -= 1;
            }
            let apposed = first > 0 && toks[first - 1].t == ",";
            if !sj.pronoun && state && sj.name.is_none() && !apposed {
                return Some((sj, at));
            }
            if !sj.pronoun && clause && opens && (sj.name.is_some() || describes_speaker(p, &sj)) {
                // "yang (juga) merupakan wartawan Rusia" / "who is a former minister"
                // (the clause's own verb, not one deeper in it: "who said that he was going to
                // …" gives no role)
                let copula = appos
                    .iter()
                    .position(|t| lower_is(t, &["merupakan", "adalah", "is", "was"]))
                    .filter(|&c| c >= 1 && appos[1..c].iter().all(is_adverb));
                if let Some(c) = copula {
                    let mut r = c + 1;
                    while r < appos.len() && (lower_is(&appos[r], DETERMINERS) || is_adverb(&appos[r])) {
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
    None
}

/// The subject ending in a capitalised word right before the cue: a name, perhaps with
/// its role and organisation before it ("juru bicara Kremlin Dmitry Peskov", "HRC spokesman
/// Dan Moss"), or a role held in an organisation after a person's name and a comma.
fn capitalised_subject(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let mut k = capitalised_run(toks, j)?;
    // "Ann Porter of the Harbour Trust said": a person of an organisation; "The Department of
    // the Interior said": one name
    if k >= 3 && lower_is(&toks[k - 1], &["the"]) && lower_is(&toks[k - 2], &["of"]) && toks[k - 3].is_cap() {
        let person = capitalised_subject(p, toks, k - 2).filter(|(sj, _)| full_name(sj) && sj.role.is_none());
        if let Some((mut sj, at)) = person {
            sj.role = Some(p[toks[k - 2].s..toks[j - 1].e].to_string());
            return Some((sj, at));
        }
        k = capitalised_run(toks, k - 2).unwrap_or(k);
    }
    if let Some(found) = name_role_organisation(p, toks, k, j) {
        return Some(found);
    }
    // lowercase role words before the name: "analis militer Igor", "juru bicara Kremlin"
    let best = role_word_before(toks, k);
    let (mut a, mut lower_n) = (k, 0);
    if let Some(bm) = best {
        // (past lowercase words that say what the role is of, when they open the phrase:
        // "…, harbour press secretary Ann Porter said", "Harbour Board press secretary …")
        let bm = role_modifiers_before(toks, bm);
        lower_n = k - bm;
        a = bm;
        // capitalised words opening the phrase before the role: "HRC spokesman Dan
        // Moss", "City Hall spokesman Ben Ortiz"
        let c = organisation_words_before(toks, bm);
        if c < bm && (c == 0 || !toks[c - 1].is_word()) {
            lower_n += bm - c;
            a = c;
        }
    }
    if let Some(found) = person_from_organisation(p, toks, a, j) {
        return Some(found);
    }
    // "…, a Tory said", "…, a senior Liberal told me": one of a party or a people
    if lower_n == 0 {
        let one = (a.saturating_sub(2)..a).find_map(|from| {
            one_of_a_group(p, toks, from).filter(|&(_, end)| end == j).map(|(sj, _)| (sj, from))
        });
        if one.is_some() {
            return one;
        }
    }
    // (with its article: "…, the White House said" follows its comma; or a determiner of a
    // group: "…, those Democrats argued, …")
    const GROUP_DETERMINERS: &[&str] = &["those", "these", "many", "some", "most", "several", "other"];
    let group = toks[j - 1].t.ends_with('s') && a > 0 && lower_is(&toks[a - 1], GROUP_DETERMINERS);
    if lower_n == 0 && a > 0 && (lower_is(&toks[a - 1], &["the"]) || group) {
        a -= 1;
        lower_n = 1;
    }
    // Korean/Chinese-style all-caps acronyms alone are fine; a lone capitalized word at the
    // sentence start that is a common word is not.
    let sj = make_subj(p, toks, a, j, lower_n);
    // "Budi Santoso , ketua Koperasi Nelayan Sukamaju mengatakan", "…, juga pengurus
    // Koperasi …": a lowercase role and the organisation it is held in, after a person's
    // name and a comma, are that person's
    if lower_n > 0 && best.is_some() {
        const MAX_LEAD_WORDS: usize = 2;
        let mut c = a;
        while c > 0 && a - c < MAX_LEAD_WORDS && toks[c - 1].is_lower_word() {
            c -= 1;
        }
        if let Some(found) =
            (c >= 2 && toks[c - 1].t == ",").then(|| person_with_role(p, toks, c - 1, c, j)).flatten()
        {
            return Some(found);
        }
    }
    // "Rina Wati , SE. , MM. , Ketua KNC Sukamaju mengatakan": a role whose "name" is its
    // organisation, after a person's name (and degrees) and a comma, is that person's
    // (not a person's academic title: "Direktur Pelabuhan Sukamaju , Dr. Sunarto menyebut"
    // is Dr. Sunarto's)
    let org_only = sj.role.is_some() && sj.name.as_deref().is_some_and(|n| !n.contains(' '));
    if org_only
        && a >= 2
        && toks[a - 1].t == ","
        && toks[a].is_cap()
        && lower_is(&toks[a], ROLE_HEADS)
        && !lower_is(&toks[a], HONORIFICS)
    {
        if let Some(found) = person_with_role(p, toks, a - 1, a, j) {
            return Some(found);
        }
    }
    // "Kepala Dinas Perikanan Sukamaju , Budi Santoso mengatakan": an Indonesian office
    // opening the clause, a comma, then the name right before the cue (the comma after it
    // left out). Only an office's title: "Warga , Budi Santoso mengatakan" and "Voters,
    // Reed said," are no such thing.
    let office_title = |from: usize| {
        let title = &toks[from..a - 1];
        title.first().is_some_and(|t| t.is_cap() && lower_is(t, ROLE_HEADS))
            && title.iter().all(|t| t.is_cap() || lower_is(t, &["dan"]) || matches!(t.t, "(" | ")"))
    };
    if lower_n == 0
        && sj.role.is_none()
        && a >= 2
        && toks[a - 1].t == ","
        && toks.get(j).is_some_and(is_id_active_verb)
    {
        let found =
            role_comma_name(p, toks, a, j).filter(|(named, at)| named.name == sj.name && office_title(*at));
        if found.is_some() {
            return found;
        }
    }
    Some((sj, a))
}

/// Where the run of capitalised words (and the words that join them in a name) ending right
/// before token `j` starts, past words that cannot open a name.
fn capitalised_run(toks: &[Tok], j: usize) -> Option<usize> {
    let mut k = j - 1;
    // (an acronym in brackets inside a role: "Kepala Badan Penanggulangan Bencana Daerah
    // (BPBD) Kabupaten Contoh Rudi Hartono"; where the words before it hold no role, the
    // name starts after it)
    let mut after_bracket: Option<usize> = None;
    // (a particle that opens the phrase opens a surname: "de Vries")
    let particle_opens = |x: usize| lower_is(&toks[x], NAME_PARTICLES) && (x == 0 || !toks[x - 1].is_word());
    while k > 0 {
        let t = &toks[k - 1];
        if t.t == ")" && k >= 4 && toks[k - 3].t == "(" && is_acronym(&toks[k - 2]) && toks[k - 4].is_cap() {
            after_bracket = after_bracket.or(Some(k));
            k -= 3;
            continue;
        }
        // (a slash joins an office to its acronym: "Kepala Kantor Syahbandar / KSOP"; "untuk"
        // an envoy to the country: "Duta Besar Contoh untuk Indonesia")
        let joins = lower_is(t, CONNECT) || joins_name(t) || t.t == "/" || lower_is(t, &["untuk"]);
        let ok = (t.is_cap() && !(k - 1 == 0 && is_cap_stop(t)))
            || (joins && k >= 2 && toks[k - 2].is_cap())
            || (t.t == "." && k >= 2 && is_abbr_tok(&toks[k - 2]))
            // (a particle opens a surname written alone: "…, de Vries said")
            || (t.is_lower_word() && particle_opens(k - 1) && toks[k].is_cap());
        if !ok {
            break;
        }
        k -= 1;
    }
    if let Some(after) = after_bracket.filter(|&a| !toks[k..a].iter().any(|t| lower_is(t, ROLE_HEADS))) {
        k = after;
    }
    // (a photo credit run into the text is no part of the name: "FOTO DERMAGA / Carl Dunn
    // Rina", "Harbour Herald / Ann Porter Reed": the name is the last word, or an office
    // after the photographer's name and the name after it)
    if let Some(slash) = (k + 1..j.saturating_sub(1)).rev().find(|&s| toks[s].t == "/") {
        const CREDITS: &[&str] = &[
            "foto",
            "photo",
            "instagram",
            "twitter",
            "facebook",
            "youtube",
            "tiktok",
            "dok",
            "istimewa",
            "getty",
        ];
        let source = toks[k..slash].iter().map(|t| t.t).collect::<Vec<_>>().join(" ");
        if is_medium(&source) || toks[k..slash].iter().any(|t| lower_is(t, CREDITS)) {
            k = (slash + 1..j).find(|&x| lower_is(&toks[x], ROLE_HEADS)).unwrap_or(j - 1);
        }
    }
    // ("untuk" joins an office only: "Bantuan untuk Nelayan Budi Santoso" holds none)
    if let Some(to) = (k..j).rev().find(|&u| toks[u].is_lower_word() && lower_is(&toks[u], &["untuk"])) {
        if !toks[k..to].iter().any(|t| lower_is(t, ROLE_HEADS)) {
            k = to + 1;
        }
    }
    // words that cannot open a name go, except a title: "Ms. Quayle said"; so does
    // the day or month of a phrase of time before it: "In March Tom Reed said"
    // (a time alone stays what was found: "Comey in June criticized" names no one)
    let day_or_month = |k: usize| {
        k > 0
            && k + 1 < j
            && toks[k + 1].is_cap()
            && lower_is(&toks[k - 1], &["in", "on", "during", "since", "until", "pada", "sejak", "hingga"])
            && (lower_is(&toks[k], WEEKDAYS_EN)
                || lower_is(&toks[k], WEEKDAYS_ID)
                || lower_is(&toks[k], MONTHS))
    };
    // (but a particle kept to open a surname stays: "de Vries")
    while k < j
        && ((is_cap_stop(&toks[k]) && !lower_is(&toks[k], TITLES))
            || (lower_is(&toks[k], CONNECT) && !particle_opens(k))
            || joins_name(&toks[k])
            || day_or_month(k)
            || toks[k].t == ".")
    {
        k += 1;
    }
    (k < j).then_some(k)
}

/// The earliest role or medium word among the few lowercase words right before token `k`
/// ("analis militer Igor", "juru bicara Kremlin").
fn role_word_before(toks: &[Tok], k: usize) -> Option<usize> {
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
    best
}

/// Where the lowercase words modifying the role noun at `toks[r]` start ("press secretary",
/// "harbour press secretary"), when they open the phrase: after a comma, a bracket or a
/// quotation mark, at the sentence start, or after the capitalised words of an organisation
/// that do; `r` otherwise.
fn role_modifiers_before(toks: &[Tok], r: usize) -> usize {
    const MAX_MODIFIERS: usize = 2;
    let modifier = |t: &Tok| {
        t.is_lower_word()
            && ![DETERMINERS, PREPOSITIONS, FWD_STOP, CLAUSE_OPENERS, PRONOUNS]
                .iter()
                .any(|list| lower_is(t, list))
            && !is_cue_word(t)
            && !is_auxiliary(t)
            && !is_adverb(t)
    };
    let mut m = r;
    while m > 0 && r - m < MAX_MODIFIERS && modifier(&toks[m - 1]) {
        m -= 1;
    }
    let c = organisation_words_before(toks, m);
    let opens = |at: usize| at == 0 || !toks[at - 1].is_word();
    if m < r && (opens(m) || (c < m && opens(c))) {
        m
    } else {
        r
    }
}

/// Where the few capitalised words of an organisation's name right before token `at` start
/// ("HRC" in "HRC spokesman", "City Hall" in "City Hall spokesman"), or `at` when none are.
fn organisation_words_before(toks: &[Tok], at: usize) -> usize {
    let mut c = at;
    while c > 0 && at - c < MAX_ORGANISATION_WORDS && toks[c - 1].is_cap() && !is_cap_stop(&toks[c - 1]) {
        c -= 1;
    }
    c
}

/// "Hasri mahasiswa Prodi Ilmu Hukum menyatakan": a name, its role, and the organisation the
/// role is in (the capitalised run `k..j`); the name is the speaker's.
fn name_role_organisation(p: &str, toks: &[Tok], k: usize, j: usize) -> Option<(Subj, usize)> {
    if !toks[k..j].iter().any(|t| lower_is(t, ORG_HEADS)) {
        return None;
    }
    let mut r = k;
    while r > 0 && k - r < 3 && toks[r - 1].is_lower_word() && is_role_or_people_noun(&toks[r - 1]) {
        r -= 1;
    }
    let c = organisation_words_before(toks, r);
    let opens = c == 0 || !toks[c - 1].is_word() || is_cap_stop(&toks[c - 1]) || is_discourse(&toks[c - 1]);
    // (a person's name, not an organisation's word: "Lembaga riset Institute …")
    let personal = toks[c..r]
        .iter()
        .all(|t| !lower_is(t, ORG_HEADS) && !lower_is(t, ROLE_VOCAB) && !lower_is(t, ROLE_HEADS));
    if !(r < k && c < r && opens && personal) {
        return None;
    }
    let named = make_subj(p, toks, c, r, 0);
    let name = named.name.clone()?;
    let (s, e) = (toks[c].s, toks[j - 1].e);
    let role = Some(p[toks[r].s..e].to_string());
    Some((Subj { s, e, mention: p[s..e].to_string(), name: Some(name), role, ..named }, c))
}

/// "Dedi Kurnia dari Dinas Kesehatan Sukamaju": a person from the organisation `a..j` speaks.
fn person_from_organisation(p: &str, toks: &[Tok], a: usize, j: usize) -> Option<(Subj, usize)> {
    let organisation = toks[a..j].iter().any(|t| lower_is(t, ORG_HEADS) || lower_is(t, ROLE_VOCAB));
    if !(organisation && a >= 2 && lower_is(&toks[a - 1], &["dari", "from"]) && toks[a - 2].is_cap()) {
        return None;
    }
    let (mut sj, at) =
        subject_right_before(p, toks, a - 1).filter(|(sj, _)| sj.name.is_some() && !sj.pronoun)?;
    sj.role = sj.role.or_else(|| Some(p[toks[a - 1].s..toks[j - 1].e].to_string()));
    Some((sj, at))
}

/// The person a role (`role_from..j`) after a comma (token `comma`) belongs to: a full
/// name opening its clause.
fn person_with_role(
    p: &str,
    toks: &[Tok],
    comma: usize,
    role_from: usize,
    j: usize,
) -> Option<(Subj, usize)> {
    let (mut named, at) = subject_before(p, toks, comma).filter(|(named, _)| full_name(named))?;
    let opens = at == 0 || !toks[at - 1].is_word() || is_discourse(&toks[at - 1]);
    opens.then(|| {
        named.role = Some(p[toks[role_from].s..toks[j - 1].e].to_string());
        (named, at)
    })
}

/// The subject ending in a lowercase word right before the cue: a described speaker
/// ("the spokesman", "many analysts", "Wali kota itu"), a named owner's people ("Reed’s
/// aides"), or a name and its role up to the cue.
fn described_subject(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let last = &toks[j - 1];
    // "Yoga Pratama, pimpinan produksi mengaku": a name, then its role up to the cue
    const MAX_ROLE: usize = 4;
    let role = (j.saturating_sub(MAX_ROLE)..j).find(|&h| {
        h >= 2
            && toks[h - 1].t == ","
            && lower_is(&toks[h], ROLE_HEADS)
            && toks[h..j].iter().all(|t| t.is_word())
    });
    if let Some(h) = role {
        // (a participle's phrase is no name: "Mengutip Reuters, juru bicara … mengatakan")
        let named = |(sj, at): &(Subj, usize)| {
            full_name(sj) && !is_participle(&toks[*at]) && !is_id_active_verb(&toks[*at])
        };
        if let Some((mut sj, at)) = subject_before(p, toks, h - 1).filter(named) {
            sj.role.get_or_insert_with(|| p[toks[h].s..toks[j - 1].e].to_string());
            return Some((sj, at));
        }
    }
    // "Ann Porter’s campaign says", "Reed’s aides say": a named owner's people
    const MAX_OWNED: usize = 3;
    let owned = (j.saturating_sub(MAX_OWNED)..j).find(|&o| {
        o >= 1
            && toks[o..j].iter().all(|t| t.is_lower_word() && !is_cue_word(t) && !is_auxiliary(t))
            && (is_possessive(&toks[o - 1])
                || (matches!(toks[o - 1].t, "'" | "’") && o >= 2 && toks[o - 2].is_cap()))
    });
    if let Some(o) = owned {
        let mut a = o - 1;
        while a > 0 && (toks[a - 1].is_cap() || (toks[a - 1].t == "." && a >= 2 && is_abbr_tok(&toks[a - 2])))
        {
            a -= 1;
        }
        if toks[a].is_cap() {
            return Some((description_only(make_subj(p, toks, a, j, j - a)), a));
        }
    }
    // "the spokesman", "officials", "many analysts" (no verb: "Some voters are so
    // opposed" is a clause, not a subject)
    if is_auxiliary(last) {
        return None;
    }
    let mut k = j - 1;
    let mut n = 0;
    // (a description may join two: "The harbour board chairman and former ferry captain")
    const MAX_MODIFIERS: usize = 7;
    // capitalized modifiers belong to the phrase: "The Democratic presidential candidate"
    // (not a negated verb's helpers: "The port board does not believe")
    let modifier = |t: &Tok| {
        !is_auxiliary(t)
            && !lower_is(t, &["not", "never", "do", "does", "did"])
            && (t.is_lower_word() || lower_is(t, DETERMINERS) || (t.is_cap() && t.is_word()))
    };
    loop {
        // (a described subject speaks as written: "the companies said", "the commission
        // said")
        if lower_is(&toks[k], DETERMINERS) && k < j - 1 {
            // (with the article of "a few": "…, a few skippers said")
            let k = if k > 0 && lower_is(&toks[k], &["few"]) && lower_is(&toks[k - 1], &["a"]) {
                k - 1
            } else {
                k
            };
            return Some((Subj { described: true, ..make_subj(p, toks, k, j, 0) }, k));
        }
        // (an initialism's stop too: "a U.S. official"; not a title's, "the Rev. Tom Reed")
        let abbreviation_dot = k >= 2 && toks[k - 1].t == "." && is_initialism(&toks[k - 2]);
        if k == 0 || n >= MAX_MODIFIERS || !(modifier(&toks[k - 1]) || abbreviation_dot) {
            break;
        }
        // (a verb before an "and" ends a clause, not a description: "The crews met early and
        // critics said")
        let joined = || toks[k..j].iter().any(|t| lower_is(t, &["and", "or"]));
        let adjective = k >= 2
            && (lower_is(&toks[k - 2], DETERMINERS)
                || is_adverb(&toks[k - 2])
                || toks[k - 2].t.ends_with("ly"));
        if is_past_form(&toks[k - 1]) && !adjective && joined() {
            break;
        }
        k -= 1;
        n += 1;
    }
    if is_speaker_noun(last) || lower_is(last, ROLE_HEADS) {
        // "…, current and former aides said": the whole phrase when it opens a clause
        // (a clause word ends it: "Prices fell after sources said" is the sources')
        const CLAUSE_WORDS: &[&str] =
            &["after", "before", "when", "while", "as", "because", "since", "if", "until", "though", "that"];
        // (so does a named subject's verb with its object: "Reed sided with harbour
        // officials" is Reed's doing, while "retired officials" are officials and "videos
        // filmed by harbour pilots" are videos)
        let verb_at = |k: usize| {
            k > 0
                && (toks[k - 1].is_cap() || lower_is(&toks[k - 1], PRONOUNS))
                && is_past_form(&toks[k])
                && toks.get(k + 1).is_some_and(|t| lower_is(t, PREPOSITIONS) || lower_is(t, DETERMINERS))
        };
        let mut k = j - 1;
        while k > 0
            && j - k < 5
            && toks[k - 1].is_lower_word()
            && !lower_is(&toks[k - 1], CLAUSE_WORDS)
            && !lower_is(&toks[k - 1], CLAUSE_OPENERS)
            && !verb_at(k - 1)
        {
            k -= 1;
        }
        // capitalized modifiers that open the clause: "White House officials said" (with
        // their acronym: "Group of Seven (G-7) leaders said")
        let mut c = k;
        if let Some(open) = opening_bracket(toks, c, 4).filter(|&o| o > 0 && toks[o - 1].is_cap()) {
            c = open;
        }
        let mut capitalised = 0;
        while c > 0 && capitalised < 3 {
            if toks[c - 1].is_cap() && !is_cap_stop(&toks[c - 1]) {
                capitalised += 1;
            } else if toks[c - 1].t == "." && c >= 2 && is_initialism(&toks[c - 2]) {
                // ("U.S. officials said")
            } else if !(lower_is(&toks[c - 1], &["of"]) && c >= 2 && toks[c - 2].is_cap() && toks[c].is_cap())
            {
                break;
            }
            c -= 1;
        }
        if c < k && (c == 0 || !toks[c - 1].is_word()) {
            k = c;
        }
        // (after a clause word the phrase starts: ", as one bank executive told me")
        let a =
            if k == 0 || !toks[k - 1].is_word() || lower_is(&toks[k - 1], CLAUSE_WORDS) { k } else { j - 1 };
        return Some((make_subj(p, toks, a, j, 0), a));
    }
    // "Wali kota itu", "pejabat tersebut": a described speaker pointed back to
    // ("Perempuan yang akrab disapa Rina ini")
    if lower_is(last, POINTERS_AFTER) {
        const MAX_DESCRIPTION: usize = 7;
        let from = j.saturating_sub(MAX_DESCRIPTION);
        if let Some(h) = (from..j - 1).find(|&h| is_role_or_people_noun(&toks[h])) {
            let opens = h == 0 || !toks[h - 1].is_word() || is_discourse(&toks[h - 1]);
            if opens {
                // (capitalised words inside are the role's, not a name: "Imam Besar
                // Masjid Istiqlal itu")
                return Some((description_only(make_subj(p, toks, h, j, 0)), h));
            }
        }
    }
    // "Pihak kepolisian mengatakan", "Petugas pemadam kebakaran menjelaskan": Indonesian puts
    // the people first and what describes them after
    const MAX_ID_DESCRIPTION: usize = 3;
    if toks.get(j).is_some_and(is_id_active_verb) {
        // (perhaps with a clause that keeps them unnamed: "Petugas dermaga yang tidak mau
        // disebutkan namanya mengatakan")
        let described_till = unnamed_clause_start(toks, j).unwrap_or(j);
        let from = described_till.saturating_sub(MAX_ID_DESCRIPTION + 1);
        let head = (from..described_till.saturating_sub(1)).find(|&h| {
            (is_speaker_noun(&toks[h]) || lower_is(&toks[h], ROLE_HEADS))
                && (h == 0 || !toks[h - 1].is_word() || is_discourse(&toks[h - 1]))
                && toks[h + 1..described_till]
                    .iter()
                    .all(|t| t.is_lower_word() && !is_id_active_verb(t) && !is_auxiliary(t))
                // (a relative clause's verb is not the phrase's: "media sosial yang menyebutkan")
                && !toks[h + 1..described_till].iter().any(|t| lower_is(t, &["yang"]))
        });
        if let Some(h) = head {
            return Some((description_only(make_subj(p, toks, h, j, 0)), h));
        }
    }
    None
}

/// Where a "yang" clause ending right before `toks[j]` starts that keeps a speaker unnamed:
/// "yang tidak mau disebutkan namanya", "yang enggan disebut identitasnya".
fn unnamed_clause_start(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_CLAUSE: usize = 7;
    const NAMING: &[&str] = &["disebut", "disebutkan", "ditulis", "dituliskan", "diungkap", "dipublikasikan"];
    let named =
        j >= 3 && lower_is(&toks[j - 1], &["namanya", "identitasnya"]) && lower_is(&toks[j - 2], NAMING);
    let y = (j.saturating_sub(MAX_CLAUSE)..j).rev().find(|&y| lower_is(&toks[y], &["yang"]))?;
    (named && toks[y..j].iter().all(Tok::is_lower_word)).then_some(y)
}

/// Where a time phrase ending right before `toks[j]` starts, English puts one between a
/// subject and its verb: "on Tuesday", "Tuesday night", "last week", "earlier this month".
fn english_time_before(toks: &[Tok], j: usize) -> Option<usize> {
    const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
    const SPANS: &[&str] = &["week", "month", "year", "weekend"];
    let mut k = j;
    if k > 1 && lower_is(&toks[k - 1], PARTS_OF_DAY) && lower_is(&toks[k - 2], WEEKDAYS_EN) {
        k -= 1;
    }
    if k > 1 && lower_is(&toks[k - 1], WEEKDAYS_EN) {
        k -= 1;
        if k > 1 && lower_is(&toks[k - 1], &["on", "last", "this", "early", "late"]) {
            k -= 1;
        }
    } else if k > 2 && lower_is(&toks[k - 1], SPANS) && lower_is(&toks[k - 2], &["last", "this"]) {
        k -= 2;
        if k > 1 && lower_is(&toks[k - 1], &["earlier", "later"]) {
            k -= 1;
        }
    } else if k > 2 && is_year(&toks[k - 1]) && lower_is(&toks[k - 2], &["in", "from"]) {
        // "Reed in 2011 said", "a harbour study from 2011 noted"
        k -= 2;
    }
    // (the time a document came out: "a report released Wednesday said")
    if k < j && k > 2 && lower_is(&toks[k - 1], DOCUMENTS_PUT_OUT) && toks[k - 2].is_lower_word() {
        k -= 1;
    }
    (k < j && toks[k - 1].is_word()).then_some(k)
}

/// Where a tail of time, place and addressee before `toks[j]` starts ("di Sukamaju Senin ,",
/// ", Senin ( 3 / 5 ) ,", "kepada Warta Contoh ,"), or `j` when there is none.
fn occasion_tail_start(p: &str, toks: &[Tok], j: usize) -> usize {
    // (Indonesian order: English puts the day after the cue, "said Monday")
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
            if date && open > 0 && lower_is(&toks[open - 1], WEEKDAYS_ID) {
                k = open;
            }
        }
        // a date written out, perhaps after "pada": "12 Desember 2024", "Desember 2024"
        k = written_date_start(toks, k);
        if k > 0 && lower_is(&toks[k - 1], WEEKDAYS_ID) {
            k -= 1;
        }
        if k > 1 && k < before && lower_is(&toks[k - 1], &["pada"]) {
            k -= 1;
        }
        // "di Sukamaju", "di Universitas Contoh ( Unco ) Bekasi", "kepada Warta Contoh", "di
        // Kabupaten Siak , Provinsi Riau"
        if let Some(at) =
            (k.saturating_sub(MAX_PLACE)..k).rev().find(|&a| lower_is(&toks[a], &["di", "kepada"]))
        {
            // (a pronoun is the subject after a place, not part of its name: "… di Teluk Dia
            // menambahkan")
            let place = toks[at + 1..k]
                .iter()
                .all(|t| (t.is_cap() && !lower_is(t, PRONOUNS)) || matches!(t.t, "(" | ")" | ","));
            // (what follows its last comma right up to the cue names a wider region, not the
            // speaker: "Ditemui di Balai Desa , Budi Santoso mengatakan"; a town set off by
            // commas is the place's, "di Pasar Baru , Sukamaju , mengatakan")
            let last_part = (at + 1..k).rev().find(|&c| toks[c].t == ",").map(|c| &toks[c + 1..k]);
            let wider_regions = k < j
                || last_part.is_none_or(|part| {
                    part.first().is_some_and(|t| lower_is(t, REGION_KINDS))
                        || known_place_len(p, part, part.len()) == Some(part.len())
                });
            // (a name after an office's short form in brackets is the speaker's, no more of the
            // place: "… kepada Nelayan ( BRPN ) Rina Wati mengungkapkan")
            let after_short_form = (at + 1..k).rev().find(|&c| toks[c].t == ")").map(|c| &toks[c + 1..k]);
            let named_after = after_short_form.is_some_and(|part| {
                part.len() >= 2
                    && !part.first().is_some_and(|t| lower_is(t, REGION_KINDS))
                    && known_place_len(p, part, part.len()).is_none()
            });
            if place && wider_regions && !named_after && at + 1 < k && at > 0 {
                k = at;
            }
        }
        if k == before {
            // An Indonesian cue after a comma alone that frames a statement ("Rina Sari
            // Sukmawati , menyampaikan bahwa") follows its speaker; one with an object is a
            // clause of its own ("Daily NK, mengungkap perihal ini, mengatakan"), and an
            // English cue closes an apposition the caller reads.
            // (or one that is the sentence's last cue, its main verb, after names alone that
            // open the clause: "Budi Santoso dan Rina Wati , berharap harga ikan segera pulih")
            let names_open_clause = || {
                let mut b = k;
                while b > 0 && in_joined_names(&toks[b - 1]) {
                    b -= 1;
                }
                b < k && (b == 0 || b == clause_start(toks) || matches!(toks[b - 1].t, "," | ";" | ":"))
            };
            let last_cue = || {
                names_open_clause() && !toks.iter().skip(j + 1).any(|t| t.is_lower_word() && is_cue_word(t))
            };
            let framing = toks.get(j).is_some_and(is_id_active_verb)
                && (toks.get(j + 1).is_some_and(|t| lower_is(t, &["bahwa", ",", ":"])) || last_cue());
            return if start == j && framing { k } else { start };
        }
        start = k;
    }
}

/// A named speaker with a second office joined by "sekaligus" right before the cue `toks[j]`,
/// which is theirs too: "Budi Santoso, Ketua Serikat Nelayan, sekaligus kurator pameran,
/// mengatakan".
fn second_office_joined(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    const MAX_SECOND_OFFICE: usize = 8;
    let end = if j > 0 && toks[j - 1].t == "," { j - 1 } else { j };
    let k = (end.saturating_sub(MAX_SECOND_OFFICE + 1)..end)
        .rev()
        .find(|&k| lower_is(&toks[k], &["sekaligus"]))
        .filter(|&k| k > 0 && k + 1 < end && toks[k + 1..end].iter().all(Tok::is_word))?;
    let before = if toks[k - 1].t == "," { k - 1 } else { k };
    let (mut sj, at) = subject_before(p, toks, before).filter(|(sj, _)| sj.name.is_some())?;
    let second = &p[toks[k + 1].s..toks[end - 1].e];
    sj.role = Some(match sj.role.take() {
        Some(role) => format!("{role} sekaligus {second}"),
        None => second.to_string(),
    });
    Some((sj, at))
}

/// The person a nickname right before the cue `toks[j]` is of: "Budi Santoso yang akrab
/// disapa Kang BS mengatakan" and "Kang BS, sapaan akrab Budi Santoso ini, mengatakan" are
/// both Budi Santoso's words, named in full.
fn nickname_aside(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    const MAX_ASIDE: usize = 8;
    const FAMILIAR: &[&str] = &["akrab", "biasa", "kerap", "sering"];
    let mut end = j;
    while end > 0 && (toks[end - 1].t == "," || lower_is(&toks[end - 1], &["ini", "itu"])) {
        end -= 1;
    }
    let from = end.saturating_sub(MAX_ASIDE + 1);
    let cap_run = |a: usize| a < end && toks[a..end].iter().all(Tok::is_cap);
    let past_familiar = |k: usize| if toks.get(k).is_some_and(|t| lower_is(t, FAMILIAR)) { k + 1 } else { k };
    // "Y yang akrab disapa X": the subject before the relative word
    if let Some(y) = (from..end).rev().find(|&k| lower_is(&toks[k], &["yang"])).filter(|&y| y > 0) {
        let called = past_familiar(y + 1);
        if toks.get(called).is_some_and(|t| lower_is(t, &["disapa", "dipanggil"])) && cap_run(called + 1) {
            // (a person described, "Pria yang akrab disapa Yoyok", is one named before: left
            // to the nickname)
            if let Some(found) = subject_before(p, toks, y).filter(|(sj, _)| full_name(sj)) {
                return Some(found);
            }
        }
    }
    // "X, sapaan akrab Y": the name after the nickname's word
    let k = (from..end).rev().find(|&k| lower_is(&toks[k], &["sapaan"])).filter(|&k| k >= 2)?;
    let a = past_familiar(k + 1);
    let opens = toks[k - 1].t == "," && toks[..k - 1].iter().rev().take_while(|t| t.is_cap()).count() > 0;
    (opens && cap_run(a) && end - a <= 4).then(|| (make_subj(p, toks, a, end, 0), a))
}

/// Where a date written with its month's name ends at `toks[k]` starts ("12 Desember 2024",
/// "Desember 2024", "12 Desember"); `k` when none does.
fn written_date_start(toks: &[Tok], k: usize) -> usize {
    let month_at = |x: usize| toks[x].is_cap() && lower_is(&toks[x], MONTHS);
    let day_at = |x: usize| is_digits(&toks[x]) && toks[x].t.len() <= 2;
    let month = match k {
        k if k >= 2 && is_digits(&toks[k - 1]) && toks[k - 1].t.len() == 4 && month_at(k - 2) => k - 2,
        k if k >= 1 && month_at(k - 1) => k - 1,
        _ => return k,
    };
    if month > 0 && day_at(month - 1) {
        month - 1
    } else if month + 1 < k {
        // (a month alone before the cue is no date: "…, Mei mengatakan" may be a name)
        month
    } else {
        k
    }
}

/// "Kepala Dinas Pendidikan Kabupaten Sukamaju, Dedi Kurnia, menjelaskan": a role
/// phrase opening the clause, then the name between commas (`toks[a..b]`, `toks[a - 1]`
/// the first comma). The speaker is the name, with the role.
fn role_comma_name(p: &str, toks: &[Tok], a: usize, b: usize) -> Option<(Subj, usize)> {
    const MAX_NAME: usize = 6;
    const MAX_ROLE: usize = 20;
    const MAX_AFFILIATION: usize = 10;
    // (a name may end with where the person is from: "Carl Dunn of Grace Baptist
    // Church in Dover")
    let is_name = |name: &[Tok]| {
        !name.is_empty()
            && name.len() <= MAX_NAME
            && name[0].is_cap()
            // (a day is when, not who: "Rudi di Sukamaju, Senin, mengatakan")
            && !(name.len() == 1 && lower_is(&name[0], WEEKDAYS_ID))
            // initials and titles inside the name: "Hendro J.C. Wijaya", "Dr. Teguh"
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
    // an acronym in brackets closing the role: "Kepala Badan Penyuluhan (BPPK), Rina, …"
    const MAX_ACRONYM: usize = 8;
    if let Some(open) = opening_bracket(toks, m, MAX_ACRONYM) {
        m = open;
    }
    let role_end = m;
    // (an acronym in brackets may stand inside the role too: "Kepala Seksi PAUD dan
    // Pendidikan Non-formal ( PNFI ) Dinas Pendidikan Sukamaju")
    let bracketed = |m: usize| {
        m >= 3 && matches!(toks[m - 1].t, "(" | ")") && (toks[m - 1].t == "(" || toks[m - 3].t == "(")
    };
    let walk_back = |mut m: usize| {
        while m > 0
            && role_end - m < MAX_ROLE
            && (toks[m - 1].is_word()
                || (toks[m - 1].t == "." && m >= 2 && is_abbr_tok(&toks[m - 2]))
                || bracketed(m))
        {
            m -= 1;
        }
        m
    };
    m = walk_back(m);
    // (a region set off by commas of its own belongs to the role before it: "Ketua Koperasi
    // Nelayan ( KN ) , Kabupaten Contoh , Rina Wati , …")
    if m >= 2 && toks[m - 1].t == "," && lower_is(&toks[m], REGION_KINDS) {
        m = walk_back(m - 1);
    }
    let opens_clause = m == 0 || is_punct(&toks[m - 1], &[",", ";", ":", "(", "”", "\""]);
    // (nor the word opening a subordinate clause: "When the harbour director, Tom Reed, said …")
    while m < comma
        && (is_discourse(&toks[m])
            || lower_is(&toks[m], SUBORDINATORS)
            || lower_is(&toks[m], ID_SUBORDINATORS))
    {
        m += 1;
    }
    let role = &toks[m..comma];
    // "The author of the report, Ruth Gale, said": a described role works as well
    // (or "One pastor supporting Mr. Reed, Carl Dunn, said": a counted person)
    // (Indonesian counts one too: "Salah satu pelaku UMKM, Rina, menyatakan", "Seorang warga,
    // Budi, mengatakan")
    let one_of = role.len() >= 3 && lower_is(&role[0], &["salah"]) && lower_is(&role[1], &["satu"]);
    let described = role.len() >= 2
        && ((lower_is(&role[0], &["the", "a", "an"]) && role[1..].iter().all(|t| t.is_lower_word()))
            || (lower_is(&role[0], &["one", "another", "seorang"]) && role[1].is_lower_word())
            || one_of);
    // (or an organisation's name before a person's: "Humas Pelabuhan Sukamaju, Budi Santoso,
    // menjelaskan")
    let organisation = role
        .first()
        .is_some_and(|t| t.is_cap() && (lower_is(t, ORG_HEADS) || lower_is(t, INSTITUTION_HEADS)))
        && role.iter().all(|t| !t.is_word() || t.is_cap() || lower_is(t, CONNECT))
        && b - a >= 2;
    // (an honorific opens a name, not a role: "dr. Rina Wati, Direktur Pelayanan, …")
    let titled_name = past_honorific(role).len() < role.len();
    let has_role =
        !titled_name && (described || organisation || role.iter().any(|t| is_role_or_people_noun(t)));
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
    // (a role that itself follows a name opening the sentence describes that name, and what
    // follows it is a place: "Rosidah (45), pedagang beras di Pasar Baru, Depok, mengatakan")
    let opening_name = m >= 2 && toks[m - 1].t == "," && {
        let start = toks.iter().position(|t| t.is_word() && !is_discourse(t)).unwrap_or(0);
        let name = toks.get(start..m - 1).unwrap_or_default();
        let age = matches!(name, [.., open, n, close] if open.t == "(" && is_digits(n) && close.t == ")");
        let words = if age { &name[..name.len() - 3] } else { name };
        // (past an honorific and the degrees after the name: "dr. Rina Wati, MKM., Direktur
        // …, Dinas …, menyampaikan")
        let words = past_honorific(&words[..degrees_start(words, words.len(), 0)]);
        !words.is_empty()
            && words.len() <= 4
            && words.iter().all(|t| {
                t.is_cap() && !is_cap_stop(t) && !lower_is(t, WEEKDAYS_EN) && !lower_is(t, WEEKDAYS_ID)
            })
    };
    if opening_name {
        return None;
    }
    let mut sj = make_subj(p, toks, a, b, 0);
    sj.name.as_ref()?;
    sj.role = Some(p[role[0].s..role[role.len() - 1].e].to_string());
    Some((sj, m))
}

/// A name's words without an honorific before them: "Rina Wati" of "dr. Rina Wati".
fn past_honorific<'t, 'p>(words: &'t [Tok<'p>]) -> &'t [Tok<'p>] {
    match words {
        [title, stop, rest @ ..] if lower_is(title, HONORIFICS) && stop.t == "." => rest,
        [title, rest @ ..] if lower_is(title, HONORIFICS) && rest.first().is_some_and(|t| t.is_cap()) => rest,
        _ => words,
    }
}

/// "kata Kepala Dinas Sosial Sukamaju, Dedi Kurnia, di Sukamaju", "said the port's
/// director, Ann Porter.": a role after the cue (`sj`, `toks[from..k]`), then a name set off
/// by a comma at `k`. The name speaks, and the role is theirs.
/// Returns the name's subject and the index after it.
pub fn name_after_role(p: &str, toks: &[Tok], sj: &Subj, from: usize, k: usize) -> Option<(Subj, usize)> {
    const MAX_NAME: usize = 6;
    if toks.get(k)?.t != "," || !(sj.name.is_none() || toks[from..k].iter().any(|t| lower_is(t, ROLE_HEADS)))
    {
        return None;
    }
    let closes = |e: usize| {
        matches!(toks[e].t, "," | ";" | ")" | "!" | "?") || (toks[e].t == "." && !is_abbr_tok(&toks[e - 1]))
    };
    let mut end = (k + 1..toks.len()).find(|&e| closes(e)).unwrap_or(toks.len());
    // (where or when they spoke may follow the name without a comma: "kata Kepala Dinas
    // Sukamaju, Budi Santoso dalam keterangan pers")
    const OCCASION_AFTER_NAME: &[&str] = &["pada", "kepada", "in", "at", "during", "on", "after"];
    if let Some(x) = (k + 2..end).find(|&x| toks[x].is_lower_word()) {
        if lower_is(&toks[x], OCCASION_OPENERS) || lower_is(&toks[x], OCCASION_AFTER_NAME) {
            end = x;
        }
    }
    let part = &toks[k + 1..end];
    // (a day or a month set off after the role says when: "kata petugas, Senin, …")
    if part.is_empty()
        || part.len() > MAX_NAME
        || !capitalised_words(part)
        || part.iter().any(is_day_or_month)
    {
        return None;
    }
    let mut named = make_subj(p, toks, k + 1, end, 0);
    named.name.as_ref()?;
    named.role = Some(p[toks[from].s..toks[k - 1].e].to_string());
    Some((named, end))
}

/// A full name, then after a comma its role up to the cue at `toks[j]`: "Rudi Hartono,
/// Direktur Utama PT Contoh Jaya menambahkan", "Ann Porter, Vice President of Harbour
/// University added" (the role's capitals are no name of their own).
pub(super) fn name_then_role(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    const MAX_ROLE_TOKENS: usize = 10;
    let c = (j.saturating_sub(MAX_ROLE_TOKENS + 1)..j).rev().find(|&c| toks[c].t == ",")?;
    let role = &toks[c + 1..j];
    // (a title opens a name, not a role: "Running the pier, Mr. Reed said")
    let opens_role = role.first().is_some_and(|t| {
        t.is_cap()
            && (lower_is(t, ROLE_HEADS) || lower_is(t, ROLE_VOCAB))
            && !lower_is(t, TITLES)
            && !lower_is(t, HONORIFICS)
    });
    let capitalised = role.iter().all(|t| {
        t.is_cap()
            || t.t == "."
            || is_digits(t)
            || lower_is(t, CONNECT)
            || lower_is(t, &["of", "for", "dan", "and", "&"])
    });
    if c == 0 || role.len() < 2 || !opens_role || !capitalised {
        return None;
    }
    let (mut sj, at) = subject_before(p, toks, c)?;
    let opens_clause = at == 0 || !toks[..at].iter().any(|t| t.is_word() && !is_discourse(t));
    // (a participle's phrase is no name: "Running Harbour Ferries, …", "Mengutip Reuters, …")
    let participle = is_participle(&toks[at]) || is_id_active_verb(&toks[at]);
    (full_name(&sj) && sj.role.is_none() && opens_clause && !participle).then(|| {
        sj.role = Some(p[role[0].s..role[role.len() - 1].e].to_string());
        (sj, at)
    })
}

/// Initials written with stops, the last one a token of its own: "U.S", "U.K".
fn is_initialism(t: &Tok) -> bool {
    t.t.contains('.') && t.t.chars().all(|c| c == '.' || c.is_uppercase())
}
