//! The speaker named after the cue: "said Ann Porter, the harbour master", "according to
//! the Harbour Herald".

use super::apposition::appositions_end;
use super::between::AGENT_PARTICIPLES;
use super::{document_lead, make_subj, name_length, pronoun_subj, role_of_author, MAX_ORGANISATION_WORDS};
use crate::{
    lexicon::*,
    text::Tok,
    words::{
        capitalised_words, is_abbr_tok, is_adverb, is_auxiliary, is_cap_stop, is_cue_word, is_day_or_month,
        is_digits, is_hyphenated_figure, is_long_dash, is_occupation, is_past_form, is_person_role,
        is_present_form, is_role_or_people_noun, is_speaker_noun, lower_is,
    },
    Subj,
};

/// Words after which a forward subject stops.
pub const FWD_STOP: &[&str] = &[
    "di",
    "dalam",
    "kepada",
    "saat",
    "pada",
    "yang",
    "ketika",
    "usai",
    "seusai",
    "dengan",
    "dari",
    "melalui",
    "via",
    "in",
    "at",
    "on",
    "to",
    "during",
    "who",
    "when",
    "after",
    "while",
    "before",
    "said",
    "says",
    "told",
    "and",
    "dan",
    "added",
    "which",
    "that",
    "bahwa",
    "seperti",
    "sebagaimana",
    "menurut",
    "according",
    "as",
    // "industry sources cited by a publication": who passed it on, not the speaker
    "cited",
    "quoted",
];

/// The source named after "menurut" or "according to" from token `x0`, up to the comma
/// (or the full stop that ends the sentence), and the token its attribution ends at.
pub fn source_after_according(p: &str, toks: &[Tok], x0: usize) -> Option<(Subj, usize)> {
    let n = toks.len();
    let mut k = x0;
    const MAX_PHRASE: usize = 12;
    while k < n
        && toks[k].t != ","
        && !is_long_dash(&toks[k])
        && !(toks[k].t == "." && k + 1 == n)
        && k - x0 < MAX_PHRASE
    {
        k += 1;
    }
    // (a phrase cut at its length inside brackets takes in their close, a short form's: "the
    // Harbour Council on Ferry Fares (HCFF)")
    const MAX_BRACKETED: usize = 3;
    let open = toks[x0..k].iter().rposition(|t| t.t == "(").map(|o| x0 + o);
    if let Some(open) = open.filter(|&o| !toks[o..k].iter().any(|t| t.t == ")")) {
        k = toks[k..n.min(k + MAX_BRACKETED)].iter().position(|t| t.t == ")").map_or(open, |c| k + c + 1);
    }
    if k == x0 {
        return None;
    }
    // (the description ends before a clause about the source: "a report by two committees
    // that lists …", not at the "that" of "the crew on duty that night"; or before when it
    // is from: "menurut data Dinas Perhubungan pada 2017, …")
    let described = (x0 + 1..k.min(n))
        .find(|&j| relative_clause_at(toks, j) || when_up_to_comma(toks, j))
        .unwrap_or(k.min(n));
    // (whatever the phrase, it is the source: "According to evidence presented
    // at trial, …")
    // (a name inside a description is not the source: "according to a Harbour Herald
    // poll out Monday", "the island's oldest shipping journal")
    let sj = subject_forward(p, toks, x0)
        // (a description is the whole phrase, "a report released Monday by the harbour
        // board", unless the phrase runs too long to be one or passes the source on through
        // a medium: "industry sources cited by the Harbour Herald")
        .filter(|(sj, end)| {
            let phrase_ends = described - x0 < MAX_PHRASE;
            let relayed = toks.get(*end).is_some_and(|t| lower_is(t, &["cited", "quoted"]));
            *end >= described
                || (sj.name.is_none() && (!phrase_ends || relayed))
                // (a name and a clause about it, or its role: "Budi Santoso yang juga ketua
                // koperasi", "Budi Santoso selaku ketua koperasi")
                || (sj.name.is_some() && toks.get(*end).is_some_and(|t| lower_is(t, &["yang", "who", "selaku"])))
                || (sj.name.is_some()
                    && !toks[*end..described].iter().any(|t| t.is_lower_word() && !lower_is(t, CONNECT)))
        })
        .map(|(mut s, end)| {
            if end + 1 < described && lower_is(&toks[end], &["selaku"]) && s.role.is_none() {
                s.role = Some(p[toks[end + 1].s..toks[described - 1].e].to_string());
                // (the role is the source's, no part of the statement around it)
                s.e = toks[described - 1].e;
            }
            s
        })
        .unwrap_or_else(|| {
            // (a description that ends in a full name names its speaker:
            // "according to Harbour Herald columnist Carl Dunn")
            let mut end = described;
            // (a phrase cut at its length ends on a word: "data released by the board and",
            // "officials familiar with the")
            while described - x0 >= MAX_PHRASE
                && end > x0 + 1
                && toks[end - 1].is_lower_word()
                && (lower_is(&toks[end - 1], PREPOSITIONS)
                    || lower_is(&toks[end - 1], DETERMINERS)
                    || lower_is(&toks[end - 1], &["and", "or"]))
            {
                end -= 1;
            }
            let name = toks[x0..end].iter().rev().take_while(|t| t.is_cap()).count();
            // (a body after the document it gave out is the source: "menurut keterangan
            // resmi dari Dinas Perhubungan", "according to data from the Harbour Board")
            let given_out = {
                let mut k = end - name;
                if k > x0 && lower_is(&toks[k - 1], &["the"]) {
                    k -= 1;
                }
                name >= 2
                    && k > x0 + 1
                    && lower_is(&toks[k - 1], &["by", "from", "dari", "oleh"])
                    && document_lead(&toks[x0..k - 1])
            };
            let described_name = given_out
                || name >= 2
                && end - name > x0
                && toks[end - name - 1].is_lower_word()
                && !lower_is(&toks[end - name - 1], PREPOSITIONS)
                && !lower_is(&toks[end - name - 1], DETERMINERS)
                // (nor after a conjunction, which joins the fields of an office: "menurut
                // Menteri Kelautan dan Perikanan Sunarto")
                && !lower_is(&toks[end - name - 1], &["and", "or", "dan", "atau"]);
            let mut sj = Subj { described: true, ..make_subj(p, toks, x0, end, 0) };
            if described_name {
                sj.name = Some(p[toks[end - name].s..toks[end - 1].e].to_string());
                // (the document or figures of the body named are no role of it: "menurut
                // data Dinas Perhubungan pada 2017")
                sj.role = (!document_lead(&toks[x0..end - name]))
                    .then(|| role_of_author(p, &toks[x0..end], p[toks[x0].s..toks[end - name - 1].e].to_string()))
                    .filter(|r| !r.is_empty());
            }
            sj
        });
    // "Menurut Kepala Desa Sukamaju, Rudi Hartono, nama …": the speaker goes on
    // through names, roles and degrees set off by commas; a name after a role
    // is the speaker, the role theirs
    const MAX_NAME: usize = 6;
    let end = appositions_end(toks, k);
    // (the role may run on over commas of its own: "Menurut Kepala Bagian Humas ,
    // Hukum dan Protokol Dinas Kelautan , Dedi Kurnia , …": the name is the part
    // that reads as one)
    let commas = (k..=end.min(n.saturating_sub(1))).filter(|&c| toks[c].t == ",").collect::<Vec<_>>();
    let named = commas.windows(2).find(|w| {
        let (a, c) = (w[0], w[1]);
        // (a day or a month set off after the role says when: "menurut petugas, Senin, …")
        c > a + 1
            && c - a <= MAX_NAME
            && capitalised_words(&toks[a + 1..c])
            && !toks[a + 1..c].iter().any(is_day_or_month)
    });
    let sj = match named {
        Some(&[a, c]) if sj.name.is_none() || toks[x0..k].iter().any(|t| lower_is(t, ROLE_HEADS)) => {
            let mut named = make_subj(p, toks, a + 1, c, 0);
            named.role = Some(p[toks[x0].s..toks[a - 1].e].to_string());
            named
        }
        _ => sj,
    };
    Some((sj, end))
}

/// Whether the words from token `j` to the next comma say only when: "pada 2017", "pada
/// Senin (12/3)", "sejak Mei 2019", "tahun lalu".
pub(crate) fn when_up_to_comma(toks: &[Tok], j: usize) -> bool {
    const OPENERS: &[&str] = &["pada", "sejak", "per", "tahun", "bulan"];
    const TIME_WORDS: &[&str] =
        &["tahun", "bulan", "pekan", "minggu", "lalu", "ini", "awal", "akhir", "silam"];
    let Some(comma) = toks[j..].iter().position(|t| t.t == ",").map(|c| j + c) else { return false };
    let time = |t: &Tok| {
        is_digits(t) || is_day_or_month(t) || lower_is(t, TIME_WORDS) || matches!(t.t, "(" | ")" | "/" | "-")
    };
    comma > j + 1 && lower_is(&toks[j], OPENERS) && toks[j + 1..comma].iter().all(time)
}

/// Whether a relative clause opens at token `k`: "which", "who", or "that" before a verb
/// ("that lists", "that found", "that was"), not the "that" of "on duty that night".
fn relative_clause_at(toks: &[Tok], k: usize) -> bool {
    let verb = |t: &Tok| is_auxiliary(t) || is_past_form(t) || is_present_form(t);
    lower_is(&toks[k], &["which", "who"])
        || (lower_is(&toks[k], &["that"]) && toks.get(k + 1).is_some_and(verb))
}

/// The subject starting at token `i`, and the index after it.
pub fn subject_forward(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    let t = toks.get(i)?;
    if lower_is(t, PRONOUNS) {
        return Some((pronoun_subj(t), i + 1));
    }
    // (a surname opened by a lowercase particle: "said de Vries.")
    let particle =
        t.is_lower_word() && lower_is(t, NAME_PARTICLES) && toks.get(i + 1).is_some_and(|n| n.is_cap());
    if particle {
        let k = capitalised_end(toks, i + 1);
        return Some((make_subj(p, toks, i, k, 0), k));
    }
    let j = lowercase_lead_end(toks, i);
    let lower_n = j - i;
    let k = role_and_name_after(toks, j, capitalised_end(toks, j), lower_n);
    if k == i {
        return None;
    }
    if k == j {
        // lowercase only: needs a role head, a people noun, or "seorang" (a person)
        let has =
            lower_is(&toks[i], PERSON_DETERMINERS) || toks[i..k].iter().any(|t| is_role_or_people_noun(t));
        if !has {
            return None;
        }
        return Some((make_subj(p, toks, i, k, 0), k));
    }
    // lowercase words before the name are its role ("analis militer") or an article
    Some((make_subj(p, toks, i, k, lower_n), k))
}

/// Where the lowercase words that open a subject at `toks[i]` end ("the", "analis militer",
/// "said campaign manager …", "the 51-year-old"), or `i` when the words there open none.
fn lowercase_lead_end(toks: &[Tok], i: usize) -> usize {
    let t = &toks[i];
    if !(t.is_lower_word()
        && (lower_is(t, ROLE_HEADS)
            || lower_is(t, DETERMINERS)
            || is_speaker_noun(t)
            || modified_role(toks, i)
            || modified_title(toks, i)
            || described_name(toks, i)))
    {
        return i;
    }
    // (a modifier may be a figure: "the 14th-ranked Schwartzman", "the 51-year-old")
    let modifier = |t: &Tok| t.is_lower_word() || is_hyphenated_figure(t);
    // (a verb of speech ends it: "officers announced"; so does a participle before its agent,
    // which is no part of the role: "analysts polled by the Harbour Herald")
    let stop = |t: &Tok| {
        lower_is(t, FWD_STOP) || is_cue_word(t) || is_auxiliary(t) || lower_is(t, AGENT_PARTICIPLES)
    };
    const MAX_LEAD: usize = 5;
    let mut j = i;
    while j < toks.len() && j - i < MAX_LEAD && modifier(&toks[j]) && (j == i || !stop(&toks[j])) {
        j += 1;
    }
    j
}

/// Modifiers before a role noun: "said campaign manager Corey Lewandowski".
fn modified_role(toks: &[Tok], i: usize) -> bool {
    const MAX_MODIFIERS: usize = 3;
    !lower_is(&toks[i], FWD_STOP)
        && (i + 1..toks.len().min(i + 1 + MAX_MODIFIERS))
            .take_while(|&k| toks[k].is_lower_word() && !lower_is(&toks[k], FWD_STOP))
            .any(|k| is_role_or_people_noun(&toks[k]))
}

/// Modifiers before an abbreviated title: "said state Sen. Ann Porter", "former Gov. Reed".
fn modified_title(toks: &[Tok], i: usize) -> bool {
    const MAX_TITLE_MODIFIERS: usize = 2;
    let run = toks[i..]
        .iter()
        .take(MAX_TITLE_MODIFIERS)
        .take_while(|t| t.is_lower_word() && !lower_is(t, FWD_STOP))
        .count();
    run > 0
        && toks.get(i + run).is_some_and(|t| t.is_cap() && is_abbr_tok(t))
        && toks.get(i + run + 1).is_some_and(|t| t.t == ".")
}

/// A description the lexicon does not know that ends the clause with a full name: "said
/// veteran harbourmaster Tom Reed."; or with a surname after a word for what someone does:
/// "said ferryman Reed.", "advises biologist Dunn.".
fn described_name(toks: &[Tok], i: usize) -> bool {
    const MAX_DESCRIPTION: usize = 3;
    let run = toks[i..]
        .iter()
        .take(MAX_DESCRIPTION + 1)
        .take_while(|t| {
            t.is_lower_word()
                && !lower_is(t, FWD_STOP)
                && !is_cap_stop(t)
                && !lower_is(t, PREPOSITIONS)
                && !is_adverb(t)
        })
        .count();
    let name = name_length(toks, i + run);
    (1..=MAX_DESCRIPTION).contains(&run)
        && (name >= 2 || (name == 1 && is_occupation(&toks[i + run - 1])))
        && toks.get(i + run + name).is_none_or(|t| matches!(t.t, "," | "." | ";" | "(") || is_long_dash(t))
}

/// Where the capitalised words from `toks[j]` end: a name, perhaps opened by a title ("said
/// Mr. Dunmore") and joined by connectives ("Bank of the Harbour", "AP/Reuters").
fn capitalised_end(toks: &[Tok], j: usize) -> usize {
    let mut k = j;
    while k < toks.len() {
        let tk = &toks[k];
        let ok = (tk.is_cap()
            && (k > j || !is_cap_stop(tk) || lower_is(tk, &["the"]) || lower_is(tk, TITLES)))
            || ((lower_is(tk, CONNECT) || tk.t == "/")
                && k > j
                && toks.get(k + 1).is_some_and(|n| n.is_cap()))
            || (tk.t == "." && k > j && is_abbr_tok(&toks[k - 1]))
            || office_fields_joined(toks, j, k);
        // (an office's short form in brackets goes on with it: "Pelaksana Tugas (Plt) Kepala
        // Dinas Kelautan (DKP) Kota Sukamaju")
        let short_form = k > j
            && tk.t == "("
            && toks.get(k + 1).is_some_and(|t| t.is_cap() && t.is_word())
            && toks.get(k + 2).is_some_and(|t| t.t == ")")
            && toks.get(k + 3).is_some_and(|t| t.is_cap() && t.is_word());
        if short_form {
            k += 3;
            continue;
        }
        if !ok {
            break;
        }
        k += 1;
    }
    k
}

/// Whether a lowercase "dan" at `toks[k]` joins the fields of an office whose title opens
/// `toks[j..k]`: "kata Menteri Kelautan dan Perikanan Budi Santoso" (not a second person,
/// "Menteri Budi dan Wakil Menteri Rina", nor two names, "Budi dan Rina").
fn office_fields_joined(toks: &[Tok], j: usize, k: usize) -> bool {
    let field = |t: &Tok| t.is_cap() && lower_is(t, ROLE_VOCAB) && !is_person_role(t);
    k > j + 1
        && toks[k].is_lower_word()
        && lower_is(&toks[k], &["dan"])
        && is_person_role(&toks[j])
        && toks[j + 1..k].iter().all(field)
        && toks.get(k + 1).is_some_and(field)
}

/// Whether capitalised words name a body rather than a person: a medium ("Harbour Herald"),
/// an office or a known organisation or place ("White House", "Dover Council").
fn organisation_named(words: &[Tok]) -> bool {
    let joined = words.iter().map(|t| t.t).collect::<Vec<_>>().join(" ");
    words.len() <= MAX_ORGANISATION_WORDS
        && words.iter().all(|t| t.is_cap())
        && (is_medium(&joined)
            || jejak_text::is_known_entity(&joined)
            || words
                .iter()
                .any(|t| lower_is(t, ROLE_VOCAB) || lower_is(t, ORG_HEADS) || lower_is(t, GOVERNMENT_BODIES)))
}

/// The subject's end past a role noun after its capitalised words (`toks[j..k]`, after
/// `lower_n` lowercase ones), and the name after that role: "the White House spokesman",
/// "Porter spokeswoman Joan Miller", "Porter campaign chairman Carl Dunn".
fn role_and_name_after(toks: &[Tok], j: usize, mut k: usize, lower_n: usize) -> usize {
    // (people, not a document: "a new Harbour Herald poll")
    let people_noun = |t: &Tok| t.is_lower_word() && (lower_is(t, ROLE_HEADS) || lower_is(t, PEOPLE));
    if k > j && lower_n == 0 && toks.get(k).is_some_and(people_noun) && name_length(toks, k + 1) == 0 {
        // a group or an unnamed person from a named place or party, where the phrase ends:
        // "said Dover officials.", "said one Harbour Party source at the quay"
        const MAX_NAMED_WORDS: usize = 3;
        let ends = toks.get(k + 1).is_none_or(|t| {
            !t.is_word() || lower_is(t, &["who", "in", "on", "at", "from", "close", "familiar", "with"])
        });
        if ends && k - j <= MAX_NAMED_WORDS && !lower_is(&toks[k], MEDIA_HEADS) {
            return k + 1;
        }
    }
    if k > j
        && toks
            .get(k)
            .is_some_and(|t| t.is_lower_word() && lower_is(t, ROLE_HEADS) || lower_n > 0 && people_noun(t))
    {
        let after_role = name_length(toks, k + 1);
        // (a title after the role opens the name: "Republican presidential hopeful Sen. Reed")
        let titled = toks.get(k + 1).is_some_and(|t| t.is_cap() && is_abbr_tok(t))
            && toks.get(k + 2).is_some_and(|t| t.t == ".");
        if lower_n > 0 {
            k += 1;
        } else if after_role > 0
            && (k - j == 1 || titled || organisation_named(&toks[j..k]))
            && !lower_is(&toks[k], MEDIA_HEADS)
        {
            // and the name after it is the speaker's: "Porter spokeswoman Joan Miller" (after
            // two capitalised words the name may come first, as Indonesian puts it: "Yoga
            // Pratama pimpinan Teater Contoh", unless those words name a body: "Dover
            // Council spokesman Tom Reed")
            k += 1 + after_role;
        }
    } else if k > j && lower_n == 0 {
        // … also with modifiers before the role noun: "Porter campaign chairman Carl
        // Dunn", "White House press secretary Ann Porter", "Harbour Research Center news
        // analyst Tom Reed"
        const MAX_ROLE_MODIFIERS: usize = 2;
        let modifiers = toks[k..]
            .iter()
            .take(MAX_ROLE_MODIFIERS)
            .take_while(|t| t.is_lower_word() && !lower_is(t, FWD_STOP) && !lower_is(t, ROLE_HEADS))
            .count();
        let role = k + modifiers;
        if modifiers > 0
            && k - j <= MAX_ORGANISATION_WORDS
            && toks.get(role).is_some_and(|t| t.is_lower_word() && lower_is(t, ROLE_HEADS))
        {
            let name = name_length(toks, role + 1);
            if name > 0 && !lower_is(&toks[role], MEDIA_HEADS) {
                k = role + 1 + name;
            }
        }
    }
    k
}
