//! The people a sentence names whether or not they speak in it: antecedents for a later
//! "ia", "he" or "Rektor mengatakan".

use super::forward::subject_forward;
use super::{full_name, known_place_len, make_subj};
use crate::{
    antecedents::is_group,
    lexicon::*,
    text::{tokens, Region, Tok},
    words::{
        degrees_start, is_abbr_tok, is_auxiliary, is_cap_stop, is_digits, is_discourse, is_id_active_verb,
        is_participle, is_past_form, is_person_role, is_possessive, lower_is,
    },
};

/// A person a sentence introduces without quoting them, whom the next sentence's "ia" means:
/// a full name closing it after a comma ("Apresiasi pun datang dari tokoh adat
/// setempat, Ratna Sari Dewi.") or opening it before "seorang" ("Bayu, seorang penonton
/// dari Sukamaju, juga menyampaikan kekagumannya.").
pub fn introduced_name(p: &str, ss: usize, se: usize) -> Option<String> {
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
/// pronouns. The title may run on through an acronym in brackets, a number and commas to the
/// name: "Manajer Unit 2 ( UP 2 ) Dedi Kurnia", "Rektor Universitas Contoh ( Unco ) , Prof
/// Dr Rina Wati , M.Si. , menyambut"; the last part that names a person is the name. The
/// title comes with it, for a later "Rektor mengatakan" to point back to.
pub fn titled_name(p: &str, ss: usize, se: usize) -> Option<(String, String)> {
    const MAX_TITLE: usize = 30;
    let toks = tokens(p, ss, se);
    let h = toks.iter().position(|t| t.is_cap() && is_person_role(t))?;
    let mut end = h;
    while end < toks.len()
        && end - h < MAX_TITLE
        // (a word that opens a sentence ends it: "… , M.Si. Sementara itu …")
        && ((toks[end].is_cap() && !is_discourse(&toks[end]))
            || is_digits(&toks[end])
            || lower_is(&toks[end], HONORIFICS)
            || matches!(toks[end].t, "(" | ")" | ",")
            || (toks[end].t == "." && end > h && toks[end - 1].is_word())
            // (a slash joins an office to its acronym: "Kantor Syahbandar / KSOP")
            || (toks[end].t == "/" && toks.get(end + 1).is_some_and(|t| t.is_cap()))
            // ("dan" joins the fields of an office: "Dinas Perhubungan Laut dan Pelabuhan", but
            // not a second office-holder: "… dan Wakil Bupati Rina Wati")
            || (lower_is(&toks[end], &["dan", "and", "&"])
                && toks.get(end + 1).is_some_and(|t| t.is_cap() && !is_person_role(t))))
    {
        end += 1;
    }
    // the parts between commas and brackets, the last first, each without its degrees; a
    // part in brackets is an acronym, a party or a state ("( UP 2 )", "(D-Del.)"), and a part
    // after the first must be a full name ("Ann Porter, Democrat of Delaware" is
    // Ann Porter)
    let trailing = |k: usize| {
        matches!(toks[k].t, "," | ")")
            || (toks[k].t == "."
                && !(k > 0 && (is_abbr_tok(&toks[k - 1]) || toks[k - 1].t.chars().count() == 1)))
    };
    let mut to = end;
    loop {
        while to > h && trailing(to - 1) {
            to -= 1;
        }
        to = degrees_start(&toks, to, h + 1);
        let mut from = (h..to).rev().find(|&x| matches!(toks[x].t, "," | "(" | ")")).map_or(h, |x| x + 1);
        let bracketed = from > h && toks[from - 1].t == "(";
        // (the place an office serves may follow its acronym: "( BPP ) Sulsel Rudi Hartono")
        if from > h && toks[from - 1].t == ")" {
            const MIN_NAME_WORDS: usize = 2;
            from +=
                known_place_len(p, &toks[from..to], (to - from).saturating_sub(MIN_NAME_WORDS)).unwrap_or(0);
        }
        if !bracketed && from < to {
            let sj = make_subj(p, &toks, from, to, 0);
            let part = &toks[from..to];
            let acronyms_only = part.iter().all(|t| !t.t.chars().skip(1).any(char::is_lowercase));
            let organisation = part.iter().any(|t| lower_is(t, ORG_HEADS));
            let fits = if from == h { to > h + 1 } else { full_name(&sj) && !acronyms_only && !organisation };
            if let Some(name) = sj.name.filter(|_| fits) {
                // (the title before the name's comma: "Rektor Universitas Contoh ( Unco )")
                let title = sj.role.filter(|_| from == h).unwrap_or_else(|| {
                    p[toks[h].s..toks[from.saturating_sub(1).max(h)].s].trim().to_string()
                });
                return Some((name, title));
            }
        }
        if from == h {
            return None;
        }
        to = from - 1;
    }
}

/// The full name that opens a sentence as its subject ("Carl Dunn was asked whether …"),
/// for resolving later pronouns.
pub fn subject_name(p: &str, ss: usize, se: usize) -> Option<String> {
    sentence_subject(p, ss, se).filter(|(_, full)| *full).map(|(name, _)| name)
}

/// The name a sentence opens with as its subject, before its verb, and whether it is a
/// full name: a surname alone ("Reed sent …") is one only for someone already named.
pub fn sentence_subject(p: &str, ss: usize, se: usize) -> Option<(String, bool)> {
    let toks = tokens(p, ss, se);
    // (a participle opens a phrase, not a name: "Following Monday's storm, …")
    if toks.first().is_some_and(is_participle) {
        return None;
    }
    // (nor is a verb of seeming)
    let from = usize::from(toks.first().is_some_and(|t| lower_is(t, SEEMING_OPENERS)));
    let (sj, end) = subject_forward(p, &toks, from)?;
    let verb_follows = toks.get(end).is_some_and(|t| t.is_lower_word());
    let full = full_name(&sj);
    verb_follows.then_some(sj.name.map(|name| (name, full))).flatten()
}

/// The people a sentence opens with as its subject, described and not named, several of
/// them ("The skippers will …", "Para nelayan akan …"): whom a later "they" or "mereka" may
/// stand for though they have not spoken. Things are no such antecedent ("The ferries").
pub fn sentence_group(p: &str, ss: usize, se: usize) -> Option<String> {
    const MAX_WORDS: usize = 6;
    const FUTURE: &[&str] = &["akan", "telah", "sudah", "sedang", "masih"];
    // (its first words are enough, and a long sentence need not be split whole)
    const OPENING_BYTES: usize = 160;
    let toks = tokens(p, ss, p.floor_char_boundary(se.min(ss + OPENING_BYTES)));
    // (the phrase runs up to its verb, words alone: "The skippers from Dover will …")
    let verb = |t: &Tok| {
        t.is_lower_word()
            && (is_auxiliary(t) || lower_is(t, FUTURE) || is_past_form(t) || is_id_active_verb(t))
    };
    let end = (1..toks.len().min(MAX_WORDS + 1)).find(|&k| verb(&toks[k]))?;
    if toks[..end].iter().any(|t| !t.is_word() || is_participle(t)) || !toks[0].is_cap() {
        return None;
    }
    let head = toks[..end].iter().take_while(|t| !lower_is(t, PREPOSITIONS)).last()?;
    let lower = head.lower();
    let singular = lower.strip_suffix("men").map(|stem| format!("{stem}man"));
    let singular = singular.as_deref().or_else(|| lower.strip_suffix('s')).unwrap_or(&lower);
    let people = lower_is(head, PEOPLE) || ROLE_HEADS.contains(&singular) || PEOPLE.contains(&singular);
    // (or people named together: "Ann Porter and Tom Reed met …")
    let named = toks[..end].iter().all(|t| t.is_cap() || lower_is(t, &["and", "dan"]));
    let mention = &p[toks[0].s..toks[end - 1].e];
    ((people && head.is_lower_word() || named) && is_group(mention)).then(|| mention.to_string())
}

/// The people a sentence names wherever they stand outside quotation marks, in order,
/// where the text shows they are people: a title before the name ("Mr. Reed", "Sen. Ann
/// Porter") or a common English given name opening a full name ("Joan Miller"). The
/// antecedents a later "he" or "she" may need beyond the speakers.
pub fn person_names(p: &str, ss: usize, se: usize, regions: &[Region]) -> Vec<String> {
    const MAX_NAME_WORDS: usize = 3;
    const NAME_TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof"];
    let toks = tokens(p, ss, se);
    let quoted = |t: &Tok| regions.iter().any(|r| r.open <= t.s && t.s < r.close);
    let title_at = |k: usize| {
        toks[k].is_cap() && lower_is(&toks[k], NAME_TITLES) && toks.get(k + 1).is_some_and(|t| t.t == ".")
    };
    // (English given names only in English: Indonesian "Tim SAR" is a team, "Dana BOS" a fund)
    const ENGLISH_WORDS: &[&str] = &[
        "the", "and", "of", "to", "was", "is", "a", "an", "in", "on", "at", "with", "he", "she", "which",
        "who",
    ];
    // (not a capital "A", which may be an initial: "Hj. A. Rahman")
    let english = toks.iter().any(|t| t.t != "A" && lower_is(t, ENGLISH_WORDS));
    // (a passive verb of speech: "diakui", "disampaikan", "dinyatakan")
    let passive_speech = |t: &Tok| {
        t.is_lower_word()
            && (PASSIVE_NYA_CUES.iter().any(|c| c.strip_suffix("nya") == Some(t.t))
                || lower_is(t, &["dinyatakan", "dipaparkan", "diutarakan"]))
    };
    let mut names = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        // (not a name in a title: "The Harbour and Anthony Show")
        let in_title = k > 0 && lower_is(&toks[k - 1], &["the", "of", "and"]);
        // (the agent of an Indonesian passive verb of speech: "Hal ini diakui oleh Ketua
        // Koperasi Budi Santoso", or without "oleh": "Hal ini diungkapkan Budi Santoso")
        let by = lower_is(&toks[k], &["oleh"]) && k > 0 && passive_speech(&toks[k - 1]);
        let passive_agent = by
            || (toks[k].t.starts_with("di")
                && toks.get(k + 1).is_some_and(Tok::is_cap)
                && passive_speech(&toks[k]));
        if let Some((name, end)) = passive_agent
            .then(|| subject_forward(p, &toks, k + 1))
            .flatten()
            .and_then(|(sj, end)| sj.name.filter(|_| !sj.pronoun).map(|name| (name, end)))
        {
            names.push(name);
            k = end;
            continue;
        }
        let titled = title_at(k);
        let given = english
            && toks[k].is_cap()
            && (lower_is(&toks[k], FEMALE_NAMES) || lower_is(&toks[k], MALE_NAMES))
            && toks.get(k + 1).is_some_and(|t| t.is_cap() && !is_cap_stop(t));
        if !(titled || given) || in_title || quoted(&toks[k]) {
            k += 1;
            continue;
        }
        let mut from = k + 1;
        while from + 1 < toks.len() && title_at(from) {
            from += 2;
        }
        if titled {
            from += 1;
        }
        // (initials go on: "Tom D. Reed")
        let mut end = from;
        let mut words = 0;
        while words < MAX_NAME_WORDS && toks.get(end).is_some_and(|t| t.is_cap() && !is_cap_stop(t)) {
            words += 1;
            end += 1;
            // (an owner is no one the sentence speaks of: "Tom Reed's son told")
            if is_possessive(&toks[end - 1]) {
                words = 0;
                break;
            }
            if toks[end - 1].t.chars().count() == 1 && toks.get(end).is_some_and(|t| t.t == ".") {
                end += 1;
            }
        }
        if words == 0 {
            k += 1;
            continue;
        }
        let name = &p[toks[k].s..toks[end - 1].e];
        let name = name.trim_end_matches('.');
        names.push(name.to_string());
        k = end;
    }
    names
}
