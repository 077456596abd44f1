//! What may stand between a speaker and the cue without ending the subject: asides,
//! relative clauses, degrees, occasions, the agent of a passive.

use super::before::subject_before;
use super::clause::clause_subject;
use super::{describes_speaker, description_only, full_name, make_subj, opening_bracket};
use crate::{
    lexicon::*,
    text::{tokens, Tok},
    words::{
        degrees_start, is_auxiliary, is_contraction, is_cue_word, is_dash, is_digits, is_past_form,
        is_person_role, is_possessive, lower_is,
    },
    Subj,
};

/// What a shape between the subject and its cue decides: `Some(subject)` (or `Some(None)`,
/// no subject) when the shape is there, `None` when it is not and the next one is tried.
type Decided = Option<Option<(Subj, usize)>>;

/// A reading of what stands between a subject and its cue at `j`.
type BetweenShape = fn(&str, &[Tok], usize) -> Decided;

/// The shapes that may stand between a subject and its cue, in the order they are tried.
pub(super) const BETWEEN_SUBJECT_AND_CUE: &[BetweenShape] = &[
    who_clause_between,
    role_after_selaku,
    verb_the_cue_completes,
    relative_pronoun_before,
    dashed_aside_between,
    bracketed_after_subject,
    verb_joined_by_and,
    share_or_comparison_between,
    yang_clause_between,
    occasion_between,
    degrees_between,
    agent_phrase_between,
    document_author_between,
];

/// "A report by the harbour board said", "a statement released last week by the council
/// said": a document and its author, named in lower case; the author is the document's
/// voice, as a capitalised one is (the Harbour Trust, for a survey put out by it).
fn document_author_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_AUTHOR: usize = 5;
    const MAX_TIME: usize = 3;
    const DOCUMENTS: &[&str] = &["statement", "memo", "letter", "review", "audit", "notice", "complaint"];
    let by = (j.saturating_sub(MAX_AUTHOR + 1)..j.saturating_sub(1))
        .rev()
        .find(|&k| lower_is(&toks[k], &["by"]))?;
    let author = &toks[by + 1..j];
    let plain = author.iter().all(|t| t.is_lower_word() && !is_cue_word(t));
    if by < 2 || !plain || !lower_is(&author[0], DETERMINERS) {
        return None;
    }
    // (past when it came out and the participle: "released last week by")
    let mut d = by;
    while d > 1
        && by - d < MAX_TIME
        && (lower_is(&toks[d - 1], WEEKDAYS_EN) || lower_is(&toks[d - 1], TIME_PHRASE_WORDS))
    {
        d -= 1;
    }
    if lower_is(&toks[d - 1], DOCUMENTS_PUT_OUT) {
        d -= 1;
    }
    let noun = &toks[d.checked_sub(1)?];
    if !(noun.is_lower_word() && (lower_is(noun, EVIDENCE_NOUNS) || lower_is(noun, DOCUMENTS))) {
        return None;
    }
    // (the subject starts where the document's phrase does: "a new harbour report by …")
    const MAX_MODIFIERS: usize = 3;
    let start =
        (d.saturating_sub(MAX_MODIFIERS + 2)..d - 1).rev().find(|&k| lower_is(&toks[k], DETERMINERS))?;
    if !toks[start..d - 1].iter().all(Tok::is_word) {
        return None;
    }
    let subj = Subj { described: true, ..make_subj(p, toks, by + 1, j, j - by - 1) };
    Some(Some((subj, start)))
}

/// Participles of a document put out, which a place or a time may follow before the cue: "A
/// statement posted at the quay said", "a report released Wednesday said".
pub(super) const DOCUMENTS_PUT_OUT: &[&str] = &["posted", "published", "released", "issued"];

/// Participles of people reached by someone, whose agent (a medium, a pollster, an employer)
/// is no speaker: "skippers polled by the Herald".
pub(crate) const AGENT_PARTICIPLES: &[&str] = &[
    "interviewed",
    "surveyed",
    "polled",
    "questioned",
    "contacted",
    "reached",
    "consulted",
    "quoted",
    "cited",
    "employed",
    "hired",
    "appointed",
];

/// "Several fishermen interviewed by the Herald said", "Skippers reached by phone said", "A
/// statement posted at the quay said": a participle and its agent or place between the
/// subject and the cue; the agent (a medium, a pollster) or place is no speaker.
fn agent_phrase_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_AGENT: usize = 8;
    // (a document's author is its voice: "a report released by the Harbour Trust said" is the
    // Trust's, so documents take a place, people an agent)
    const PLACES: &[&str] = &["at", "on", "in", "to", "via"];
    let link = (j.saturating_sub(MAX_AGENT + 1)..j.saturating_sub(1)).rev().find(|&k| {
        k >= 2
            && (lower_is(&toks[k - 1], AGENT_PARTICIPLES) || lower_is(&toks[k - 1], DOCUMENTS_PUT_OUT))
            && if lower_is(&toks[k - 1], DOCUMENTS_PUT_OUT) {
                lower_is(&toks[k], PLACES)
            } else {
                lower_is(&toks[k], &["by"])
            }
    })?;
    let agent_only = toks[link + 1..j].iter().all(|t| t.is_word() && !is_cue_word(t));
    // (a document put out at a named place is that place's: "A statement posted to the site
    // FerryLine.com said")
    let named_place = lower_is(&toks[link - 1], DOCUMENTS_PUT_OUT)
        && toks[link + 1..j].iter().any(|t| t.is_cap() && !lower_is(t, WEEKDAYS_EN) && !lower_is(t, MONTHS));
    if !agent_only || named_place {
        return None;
    }
    subject_before(p, toks, link - 1).map(Some)
}

/// "The fishermen who met the mayor on Monday say": a relative clause without commas
/// between its noun and the cue.
fn who_clause_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_WHO_CLAUSE: usize = 10;
    let w = (j.saturating_sub(MAX_WHO_CLAUSE)..j).rev().find(|&w| lower_is(&toks[w], &["who"]))?;
    // (its verb may be one of speech, with no statement of its own: "who spoke to the
    // Herald", "who met the mayor")
    let plain = toks[w + 1..j]
        .iter()
        .all(|t| t.is_word() && !lower_is(t, &["that", "he", "she", "they", "we", "i", "it"]));
    if !(w >= 1 && w + 2 < j && plain && toks[w - 1].is_word()) {
        return None;
    }
    subject_before(p, toks, w)
        .filter(|(sj, at)| {
            !sj.pronoun
                && (sj.name.is_some() || lower_is(&toks[*at], DETERMINERS) || describes_speaker(p, sj))
        })
        .map(Some)
}

/// "Dedi Kurnia selaku ketua panitia lomba mengatakan": the role after "selaku".
fn role_after_selaku(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_ROLE_WORDS: usize = 8;
    let k = (j.saturating_sub(MAX_ROLE_WORDS)..j).rev().find(|&k| lower_is(&toks[k], &["selaku"]))?;
    if !(k + 1 < j && toks[k + 1..j].iter().all(|t| t.is_word() || t.t == ".")) {
        return None;
    }
    let (mut sj, at) = subject_before(p, toks, k).filter(|(sj, _)| sj.name.is_some())?;
    sj.role = sj.role.or_else(|| Some(p[toks[k + 1].s..toks[j - 1].e].to_string()));
    Some(Some((sj, at)))
}

/// "He went on to say": the subject of the verb the cue completes.
fn verb_the_cue_completes(p: &str, toks: &[Tok], j: usize) -> Decided {
    if !(j >= 3 && lower_is(&toks[j - 1], &["to"])) {
        return None;
    }
    let mut k = j - 1;
    while k > 0 && j - 1 - k < 3 && toks[k - 1].is_lower_word() && !lower_is(&toks[k - 1], PRONOUNS) {
        k -= 1;
    }
    let verb = &toks[k];
    if k < j - 1 && (verb.t.ends_with("ed") || lower_is(verb, &["went", "began", "goes", "begins"])) {
        return Some(subject_before(p, toks, k));
    }
    // (or of the clause, however far its verb: "Ann Porter climbed onto the old ferry to say")
    Some(
        clause_subject(p, &toks[..j - 1])
            .filter(|(sj, verb)| *verb < j - 1 && sj.s < toks[j - 1].s)
            .and_then(|(sj, _)| {
                let at = toks.iter().position(|t| t.s == sj.s).unwrap_or(0);
                what_an_owner_has(p, toks, sj, at, j - 1)
            }),
    )
}

/// A subject read as its owner's name is what the owner has, up to the verb before `end`:
/// "Reed's lawsuit is the latest to claim" is the lawsuit's claim, not Reed's.
fn what_an_owner_has(p: &str, toks: &[Tok], sj: Subj, at: usize, end: usize) -> Option<(Subj, usize)> {
    // (a pronoun's "'s" is "is": "it's hard to say")
    let owner = (at..end)
        .find(|&k| toks[k].e >= sj.e)
        .filter(|&k| is_possessive(&toks[k]) && !is_contraction(&toks[k]));
    let Some(owner) = owner else {
        return Some((sj, at));
    };
    let noun = |t: &Tok| t.is_lower_word() && !is_auxiliary(t) && !is_cue_word(t) && !is_past_form(t);
    let head_end = owner + 1 + toks[owner + 1..end].iter().take_while(|t| noun(t)).count();
    (head_end > owner + 1).then(|| (description_only(make_subj(p, toks, at, head_end, 0)), at))
}

/// "a sign that said", "the resolution which says": the noun phrase the relative pronoun
/// stands for (not a thing indefinite: "found nothing that suggests").
fn relative_pronoun_before(p: &str, toks: &[Tok], j: usize) -> Decided {
    const INDEFINITE: &[&str] = &["nothing", "something", "anything", "everything"];
    if !(j >= 2 && lower_is(&toks[j - 1], &["that", "which"]) && toks[j - 2].is_word()) {
        return None;
    }
    Some(subject_before(p, toks, j - 1).filter(|(sj, at)| {
        !lower_is(&toks[j - 2], INDEFINITE) && !toks[*at].t.contains(['\'', '’']) && !sj.pronoun
    }))
}

/// "The judge -- who has been in a row with the mayor -- said", "Many speakers — including
/// sailors — said": an aside between dashes.
fn dashed_aside_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_DASHED: usize = 30;
    if !(j >= 4 && is_dash(&toks[j - 1])) {
        return None;
    }
    let mut close = j - 1;
    while close > 0 && is_dash(&toks[close - 1]) {
        close -= 1;
    }
    // (a dash set off by spaces, not a hyphen: "pro-Reed")
    let set_off = |k: usize| k > 0 && toks[k - 1].e < toks[k].s;
    let open = (close.saturating_sub(MAX_DASHED)..close).rev().find(|&k| is_dash(&toks[k]))?;
    let mut start = open;
    while start > 0 && is_dash(&toks[start - 1]) {
        start -= 1;
    }
    let aside = start > 0
        && set_off(start)
        && set_off(close)
        && toks[start + 1..close].iter().all(|t| !is_cue_word(t));
    aside.then(|| subject_before(p, toks, start))
}

/// "Sen. Ann Porter (D-Del.) told", "Dinas PUPR (Pekerjaan Umum …) menekankan": a party,
/// state or expansion in brackets after the subject.
fn bracketed_after_subject(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_BRACKETED: usize = 10;
    let open = opening_bracket(toks, j, MAX_BRACKETED + 1).filter(|_| j >= 3)?;
    let plain =
        open > 0 && !toks[open + 1..j - 1].iter().any(|t| matches!(t.t, "(" | ")" | "“" | "”" | "\""));
    plain.then(|| subject_before(p, toks, open))
}

/// "he laughed and said": the subject of the verb before.
fn verb_joined_by_and(p: &str, toks: &[Tok], j: usize) -> Decided {
    if !(j >= 3 && lower_is(&toks[j - 1], &["and"])) {
        return None;
    }
    let verb = &toks[j - 2];
    (verb.is_lower_word() && verb.t.ends_with("ed")).then(|| subject_before(p, toks, j - 2))
}

/// "A third of voters, 33%, say", "Harbour economists, like their Trust counterparts,
/// say": a share or a comparison between commas after the subject.
fn share_or_comparison_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    let open = aside_before(toks, j)?;
    let aside = &toks[open + 1..j - 1];
    let comparison = aside.first().is_some_and(|t| lower_is(t, &["like", "unlike", "including"]));
    if !(share_aside_before(toks, j).is_some() || comparison) {
        return None;
    }
    subject_before(p, toks, open).map(Some)
}

/// Where a short aside between commas that ends right before token `j` opens: its first
/// comma.
fn aside_before(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_ASIDE: usize = 6;
    if !(j >= 4 && toks[j - 1].t == ",") {
        return None;
    }
    (j.saturating_sub(MAX_ASIDE + 2)..j - 1).rev().find(|&c| c > 0 && toks[c].t == ",")
}

/// Where a share between commas that ends right before token `j` opens ("About two-thirds,
/// 64 percent, say"): its first comma.
pub(crate) fn share_aside_before(toks: &[Tok], j: usize) -> Option<usize> {
    let open = aside_before(toks, j)?;
    let aside = &toks[open + 1..j - 1];
    let share = !aside.is_empty()
        && aside.iter().all(|t| is_digits(t) || matches!(t.t, "%" | ".") || lower_is(t, &["percent"]));
    share.then_some(open)
}

/// "Ketua Koperasi Nelayan Sukamaju Budi Santoso yang hadir di dermaga pagi itu
/// menjelaskan": a relative clause between the speaker and the cue.
fn yang_clause_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_RELATIVE: usize = 16;
    let y = (j.saturating_sub(MAX_RELATIVE)..j).rev().find(|&y| lower_is(&toks[y], &["yang"]))?;
    // (lowercase, or a role with where it is held: "yang juga ketua jurusan Teknik
    // Kelautan Universitas Contoh")
    // (or a capitalised office past linking words: "Sunarto yang juga Ketua Koperasi Nelayan
    // mengatakan")
    const LINKS: &[&str] =
        &["juga", "merupakan", "adalah", "sekaligus", "selaku", "menjabat", "sebagai", "kini"];
    let role = toks[y + 1..j].iter().take_while(|t| t.is_lower_word()).any(|t| lower_is(t, ROLE_HEADS))
        || toks[y + 1..j]
            .iter()
            .find(|t| !lower_is(t, LINKS))
            .is_some_and(|t| t.is_cap() && lower_is(t, ROLE_HEADS));
    let plain = toks[y + 1..j].iter().all(|t| (t.is_lower_word() || (role && t.is_cap())) && !is_cue_word(t));
    if !(y > 0 && y + 1 < j && toks[y - 1].is_cap() && plain) {
        return None;
    }
    // (a person's full name: "Data yang diperoleh" and "Provinsi Riau yang …" are
    // not speakers)
    // (or any name, when the clause gives a role: only people hold one)
    // (or a name an office is given before: "Kepala Dinas Sunarto yang …")
    let titled = |sj: &Subj| {
        sj.name.is_some()
            && sj.role.as_deref().is_some_and(|r| tokens(r, 0, r.len()).iter().any(is_person_role))
    };
    let person = |sj: &Subj| {
        (full_name(sj) || titled(sj) || (role && !sj.pronoun))
            && sj.name.as_deref().and_then(|n| n.split_whitespace().next()).is_some_and(|w| {
                let w = w.to_lowercase();
                ![REGION_KINDS, ROLE_VOCAB, ORG_HEADS].iter().any(|list| list.contains(&w.as_str()))
            })
    };
    subject_before(p, toks, y).filter(|(sj, _)| person(sj)).map(Some)
}
/// "Rina Kusuma dalam sambutannya menyampaikan", "Darto, saat diwawancarai,
/// menyampaikan": an occasion between the speaker and the cue.
fn occasion_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    let at = occasion_start(toks, j)?;
    subject_before(p, toks, at).map(Some)
}

/// Academic degrees after a name: "Hadi Susanto, S.T., M.M., menyampaikan", "Rina Wati,
/// S. Pd, Gr mengatakan".
fn degrees_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    let d = degrees_start(toks, j, 0);
    if !(d < j && d > 0 && toks[d - 1].is_cap()) {
        return None;
    }
    subject_before(p, toks, d).map(Some)
}

/// Where an occasion phrase ending right before `toks[j]` starts: "dalam sambutannya",
/// "saat diwawancarai di sela kegiatan", "in a statement", with the speaker's name (or a
/// comma after it) before the phrase.
fn occasion_start(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_OCCASION: usize = 10;
    // (names inside it follow a word that says by, through or with whom: "saat dihubungi
    // lewat Telegram", "ketika ditemui oleh wartawan Harian Sukamaju")
    const BEFORE_NAMES: &[&str] = &["melalui", "via", "lewat", "oleh", "kepada", "dengan", "bersama"];
    let mut end = j;
    if end > 0 && toks[end - 1].t == "," {
        end -= 1;
    }
    // (a name may sit inside one that ends in "-nya": "dalam Instagram resminya", "melalui
    // WhatsAppnya")
    let possessive_end = end > 0 && toks[end - 1].is_word() && toks[end - 1].t.ends_with("nya");
    (end.saturating_sub(MAX_OCCASION)..end).find(|&at| {
        let names_allowed = |x: usize| {
            possessive_end || toks[at..x].iter().any(|t| t.is_lower_word() && lower_is(t, BEFORE_NAMES))
        };
        at > 0
            && lower_is(&toks[at], OCCASION_OPENERS)
            && (at..end).all(|x| toks[x].is_word() && (!toks[x].is_cap() || names_allowed(x)))
            && (toks[at - 1].is_cap() || toks[at - 1].t == "," || toks[at - 1].t == ".")
    })
}
