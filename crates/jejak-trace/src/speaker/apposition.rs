//! Descriptions set off by commas around a name: appositions ("Tom Reed, 54, a skipper
//! from Dover,"), the role that closes a sentence after an inverted cue, and words that read
//! as a name, role or degree rather than as a clause.

use crate::{
    lexicon::*,
    text::Tok,
    words::{is_abbr_tok, is_auxiliary, is_cue_word, is_id_active_verb, is_speaker_noun, lower_is},
    Subj,
};

/// A named speaker after an inverted cue with the description that closes the sentence after
/// a comma as their role: "…,” said Tom Reed, a spokesman for the harbour board." The
/// description is a noun phrase: no verb, relative pronoun or further clause in it.
pub fn with_closing_role(p: &str, toks: &[Tok], sj: Subj, end: usize) -> Subj {
    const MAX_ROLE_WORDS: usize = 12;
    if sj.name.is_none() || sj.role.is_some() || toks.get(end).is_none_or(|t| t.t != ",") {
        return sj;
    }
    let part = &toks[end + 1..];
    let stop =
        part.iter().position(|t| !t.is_word() && !matches!(t.t, "-" | "'s" | "’s")).unwrap_or(part.len());
    let closes = part.get(stop).is_none_or(|t| matches!(t.t, "." | "!" | "?"));
    let (role, rest) = part.split_at(stop);
    let opens = role.first().is_some_and(|t| lower_is(t, &["a", "an", "the"]) || lower_is(t, ROLE_HEADS));
    // (a participle after the article describes: "a retired captain")
    let clause = role
        .iter()
        .any(|t| is_auxiliary(t) || is_cue_word(t) || lower_is(t, &["who", "which", "that", "yang"]));
    if !closes || !opens || clause || role.len() > MAX_ROLE_WORDS || rest.len() > 1 {
        return sj;
    }
    Subj { role: Some(p[role[0].s..role[role.len() - 1].e].to_string()), ..sj }
}

/// Index of the comma closing an apposition that opens at `toks[k]`: `, a veteran
/// strategist,` or `, 30, of Raleigh,`, short and without a sentence end in it.
pub fn apposition_end(toks: &[Tok], k: usize) -> Option<usize> {
    const MAX_APPOSITION: usize = 32;
    if toks.get(k)?.t != "," {
        return None;
    }
    // (a few words quoted in it are part of it: "Reed, holding a “Save the Quay” leaflet, said")
    const MAX_QUOTED: usize = 6;
    let mut quoted_until = 0;
    for (j, t) in toks.iter().enumerate().skip(k + 1).take(MAX_APPOSITION) {
        // (the stop of an abbreviation ends nothing: "of Dover, Del., who", "Eugene, Ore.,")
        let abbreviation = toks[j - 1].t.contains('.')
            || is_abbr_tok(&toks[j - 1])
            || toks.get(j + 1).is_some_and(|next| next.t == ",");
        if j <= quoted_until {
            continue;
        }
        let quote_end = quoted_words_end(toks, j, MAX_QUOTED);
        if let Some(e) = quote_end {
            quoted_until = e;
            continue;
        }
        match t.t {
            "." if abbreviation => {}
            "." | "!" | "?" | ";" | "“" | "”" | "\"" => return None,
            // the comma a cue follows: "strategist, said" (not a second comma right after the
            // first: "Reed, , said")
            "," if j > k + 1 && toks.get(j + 1).is_some_and(is_cue_word) => return Some(j),
            _ => {}
        }
    }
    None
}

/// The closing mark of a few words quoted from `toks[j]`, an opening mark after a word
/// (`a “Save the Quay” leaflet`, `the writers of the “Harbour Plan”`), at most `max` tokens on.
pub fn quoted_words_end(toks: &[Tok], j: usize, max: usize) -> Option<usize> {
    let closing = match toks.get(j)?.t {
        "“" => "”",
        "\"" => "\"",
        _ => return None,
    };
    let after_word = j > 0 && toks[j - 1].is_word();
    let end = toks[j + 1..].iter().take(max).position(|n| n.t == closing).map(|x| j + 1 + x)?;
    (after_word && end > j + 1).then_some(end)
}

/// The comma that ends a speaker set off by `Menurut` when names, roles, degrees and
/// relative clauses follow it between commas ("Menurut Kapolres, AKBP Rudi Hartono,
/// kericuhan …", "Menurut Wati, S.Pd., M.Pd., Ketua Panitia Lomba, program …"); `k` is the
/// first comma. A part with a verb or an auxiliary is the statement, not the speaker.
pub fn appositions_end(toks: &[Tok], mut k: usize) -> usize {
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
pub fn reads_as_apposition(part: &[Tok]) -> bool {
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
                || is_auxiliary(t)
                || is_cue_word(t)
                // (a prefix on a word of six letters or more: "beras" and "berat" are no verbs)
                || (l.len() > 5 && ["me", "ber", "di", "ter"].iter().any(|p| l.starts_with(p))))
    };
    part.first()
        .is_some_and(|first| first.is_cap() || lower_is(first, ROLE_HEADS) || lower_is(first, DEGREES))
        && part.iter().filter(|t| t.is_lower_word()).count() <= 3
        && !part.iter().any(verb_like)
}

/// An Indonesian description of a person by what they do, perhaps with where: "pedagang
/// beras eceran di Pasar Kebon Asri", "warga Sukamaju".
pub(super) fn person_described(part: &[Tok]) -> bool {
    const MAX_WORDS: usize = 3;
    let described = part.iter().position(|t| lower_is(t, &["di", "dari"])).map_or(part, |k| &part[..k]);
    part.first().is_some_and(|first| first.is_lower_word() && is_speaker_noun(first))
        && described.len() <= MAX_WORDS
        && described.iter().all(|t| t.is_word() && !is_id_active_verb(t))
}
