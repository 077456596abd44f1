//! From a mention to a speaker: pronouns, descriptions pointed back to ("pria itu", "the
//! newspaper") and relative clauses resolved to whom they stand for.

use super::apposition::reads_as_apposition;
use super::before::{named_subject_before, subject_before};
use super::{describes_speaker, words_around};
use crate::{
    antecedents::Antecedents,
    lexicon::*,
    text::{tokens, Tok},
    words::{
        is_adverb, is_auxiliary, is_cap_stop, is_cue_word, is_dash, is_discourse, is_past_form, is_role_word,
        is_speaker_noun, lower_is, without_s,
    },
    Subj,
};

/// Nouns for a person that a pointer may follow: "pria itu", "mantan ketua DPRD tersebut".
const PERSON_NOUNS: &[&str] = &[
    "pria",
    "wanita",
    "perempuan",
    "lelaki",
    "pemuda",
    "gadis",
    "politisi",
    "politikus",
    "lulusan",
    "alumni",
    "alumnus",
    "istri",
    "suami",
    "sosok",
    "mantan",
    "eks",
    "putra",
    "putri",
    "ayah",
    "ibu",
    "pengusaha",
    "pengamat",
    "pakar",
    "aktivis",
    "orang",
];

/// A medium named by what it is and pointing back: "media tersebut", "outlet itu", "surat
/// kabar Rusia itu", "the newspaper", "the outlet".
pub fn media_anaphor(p: &str, sj: &Subj) -> bool {
    if sj.pronoun || sj.name.is_some() || p.get(sj.s..sj.e) != Some(sj.mention.as_str()) {
        return false;
    }
    let toks = tokens(p, sj.s, sj.e);
    let Some(last) = toks.last() else { return false };
    let Some(first) = toks.first() else { return false };
    let pointing = lower_is(last, POINTERS_AFTER) || lower_is(first, POINTERS_BEFORE);
    // (a person described by where they work is no medium: "mantan wartawan radio itu")
    pointing && !lower_is(first, PERSON_NOUNS) && toks.iter().any(|t| lower_is(t, MEDIA_HEADS))
}

/// The person named before whose name closes `name`, when the words ahead of it in the
/// `mention` are a subheading run into the sentence where a page's line breaks were lost
/// ("Jadwal Kapal Malam Diubah Sunarto menambahkan" after Sunarto was named): two or more
/// words in capitals (or "dan" between them), none a title, a given name or an initial,
/// one of them a common word, written in lower case in paragraph `p` around the mention at
/// `s..e` (see [`words_around`]). The name known in full is taken before one known by a
/// surname; an office ("Department"), a place or body the alias table knows ("Sulsel") or a
/// name with a word in lower case ("Bank of Dover") is no one's.
pub(crate) fn past_run_in_heading<'n>(
    p: &str,
    (s, e): (usize, usize),
    mention: &str,
    name: &'n str,
    named: &Antecedents,
) -> Option<&'n str> {
    let around = words_around(p, s, e);
    let written = if mention.ends_with(name) { mention } else { name };
    let lead = written.len() - name.len();
    // (two heading words and a name: three words at least, which most mentions are not)
    written.split_whitespace().nth(2)?;
    let toks = tokens(written, 0, written.len());
    let heading_word = |t: &Tok| {
        (t.is_cap() || lower_is(t, &["dan", "and"]))
            && t.t.chars().count() > 1
            && ![HONORIFICS, TITLES, FEMALE_NAMES, MALE_NAMES, DETERMINERS]
                .iter()
                .any(|words| lower_is(t, words))
    };
    let heading_len = toks.iter().take_while(|t| heading_word(t)).count().min(toks.len().saturating_sub(1));
    if heading_len < 2 {
        return None;
    }
    // (the words around are read only for a name known before, which few mentions hold)
    let lowercase_words = std::cell::OnceCell::new();
    let common = |t: &Tok| {
        let words: &Vec<&str> = lowercase_words.get_or_init(|| {
            tokens(around, 0, around.len()).iter().filter(|t| t.is_lower_word()).map(|t| t.t).collect()
        });
        t.is_cap() && words.contains(&t.lower().as_str())
    };
    // (what the name keeps reads as a person's: not an office, initials or words in lower
    // case; what it gives up holds a common word)
    let tail = |k: usize| {
        let t = &toks[k];
        let person = t.s > lead
            && toks[k..].iter().all(|t| t.is_cap() || !t.is_word())
            && toks[k..].iter().any(|t| t.t.chars().any(char::is_lowercase))
            && ![ORG_HEADS, GOVERNMENT_BODIES, ROLE_HEADS].iter().any(|words| lower_is(t, words));
        (person && !jejak_text::is_known_entity(&written[t.s..])).then(|| (k, &name[t.s - lead..]))
    };
    let gives_up_common = |k: usize| toks[..k].iter().any(|t| t.s >= lead && common(t));
    (2..=heading_len)
        .filter_map(tail)
        .find(|&(k, tail)| named.has(tail) && gives_up_common(k))
        .or_else(|| {
            (2..=heading_len)
                .rev()
                .filter_map(tail)
                .find(|&(k, tail)| named.knows(tail) && gives_up_common(k))
        })
        .map(|(_, tail)| tail)
}

/// The speaker a subject stands for: its name; a pronoun's antecedent (`named`); a
/// medium pointed back to ("kata media tersebut") resolved to the medium the previous
/// sentence named as its subject (`prev_medium`); a description pointed back to ("laporan
/// tersebut", "the report") resolved to the last unnamed speaker it describes
/// (`last_described`: "sebuah laporan dari Korea Selatan"); otherwise the description itself
/// ("seorang pakar militer", "sumber Korut") when it says who spoke without a name.
pub fn resolve(
    p: &str,
    subj: &Option<Subj>,
    named: &mut Antecedents,
    prev_medium: Option<&str>,
    last_described: Option<&str>,
) -> Option<String> {
    let sj = subj.as_ref()?;
    match relative_antecedent(p, sj) {
        Some(WhoStandsFor::Named(before)) => {
            return resolve(p, &Some(before), named, prev_medium, last_described)
        }
        // (a "who" after people described, not named, is them: "the ferry's regular riders,
        // who said …", "a skipper who warned …")
        Some(WhoStandsFor::Described(before)) => return Some(before.mention),
        None => {}
    }
    if sj.pronoun {
        // (with "is" or "has" on it: "He's said")
        let l = sj.mention.to_lowercase();
        let l = without_s(&l).unwrap_or(&l);
        if PERSON_PRONOUNS.contains(&l) {
            return named.resolve(l);
        }
        return None;
    }
    if media_anaphor(p, sj) {
        return prev_medium.map(String::from);
    }
    if let Some(earlier) = last_described.filter(|d| points_back_to(p, sj, d)) {
        return Some(earlier.to_string());
    }
    // "kata perempuan kelahiran Sukamaju ini": a person described and pointed back to is the
    // one named last
    if describes_a_person_pointed_back(p, sj) {
        let heads: Vec<String> = mention_tokens(p, sj)
            .unwrap_or_default()
            .iter()
            .filter(|t| t.is_word() && lower_is(t, ROLE_HEADS))
            .map(|t| t.lower())
            .collect();
        if let Some(person) = named.described(&heads) {
            return Some(person.to_string());
        }
    }
    // "the Dover Democrat said": a party's member described with "the" is the person named
    // last, as a "he" would be
    if let Some(latest) = named.latest().filter(|_| party_member_pointed_back(p, sj)) {
        return Some(latest.to_string());
    }
    // "Bupati mengatakan", "the mayor said": a role alone is the person last named with it
    if let Some(role) = sj.name.is_none().then(|| role_alone(&sj.mention)).flatten() {
        // (one that stands for no one named stays as written)
        if let Some(holder) = named.holder_of(&role).filter(|h| !h.eq_ignore_ascii_case(sj.mention.trim())) {
            return Some(holder.to_string());
        }
    }
    // "kata Bupati Sukamaju" after "Bupati Sukamaju Rina Wati": a place read as the name after
    // a role is the office, and the office its holder
    let opens_with_role = sj.mention.split_whitespace().next().is_some_and(is_role_word);
    if let Some(holder) =
        sj.name.as_ref().filter(|_| opens_with_role).and_then(|_| named.holder_of(&sj.mention))
    {
        return Some(holder.to_string());
    }
    if let Some(known) =
        sj.name.as_deref().and_then(|name| past_run_in_heading(p, (sj.s, sj.e), &sj.mention, name, named))
    {
        return Some(known.to_string());
    }
    sj.name.clone().or_else(|| describes_speaker(p, sj).then(|| sj.mention.trim().to_string()))
}

/// What a relative "who" that nothing resolved stands for.
enum WhoStandsFor {
    /// The named subject it follows, set off by a comma or a dash: "Tom Reed - who has said
    /// “…”" is Tom Reed.
    Named(Subj),
    /// Otherwise the people described right before it, with or without a comma: "its
    /// regular riders, who", "a skipper who".
    Described(Subj),
}

fn relative_antecedent(p: &str, sj: &Subj) -> Option<WhoStandsFor> {
    let unresolved = sj.name.as_ref().is_none_or(|name| name == &sj.mention);
    if !sj.mention.eq_ignore_ascii_case("who") || !unresolved {
        return None;
    }
    let mut toks = tokens(p, 0, sj.s);
    let before = toks.len();
    toks.extend(tokens(p, sj.s, sj.e));
    // (the "who" closes the tokens, as if a cue came next)
    let named = relative_who(&toks, toks.len()).and_then(|w| who_antecedent(p, &toks, w));
    if let Some((named, _)) = named {
        return Some(WhoStandsFor::Named(named));
    }
    let toks = &toks[..before];
    let end = toks.len() - usize::from(toks.last().is_some_and(|t| t.t == "," || is_dash(t)));
    subject_before(p, toks, end)
        .map(|(described, _)| described)
        .filter(|described| described.name.is_none() && describes_speaker(p, described))
        .map(WhoStandsFor::Described)
}

/// The subject of the relative clause whose cue is token `i`, with the index the named
/// subject starts at: "Mark Hale, a columnist, who said …", "Tom Reed - who has often said
/// …" (the "who", standing for the name as a "he" does), "Dedi Kurnia dari Dinas Kesehatan
/// yang menyatakan …" (the name: Indonesian needs no comma).
pub fn relative_subject(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    let yang = i >= 2 && lower_is(&toks[i - 1], &["yang"]) && toks[i].is_lower_word();
    if yang {
        return named_subject_before(p, toks, i - 1);
    }
    let w = relative_who(toks, i)?;
    let (named, at) = who_antecedent(p, toks, w)?;
    Some((Subj { s: toks[w].s, e: toks[w].e, mention: toks[w].t.to_string(), ..named }, at))
}

/// The relative "who" before the cue at token `i`, past adverbs and auxiliaries ("who has
/// often said"), or past the clause's first verb and its words ("who toured the quay in May
/// and said"), when a comma or a dash sets its clause off from the subject it describes.
pub fn relative_who(toks: &[Tok], i: usize) -> Option<usize> {
    const MAX_FIRST_VERB: usize = 10;
    let mut w = i.checked_sub(1)?;
    while w > 0 && (is_adverb(&toks[w]) || is_auxiliary(&toks[w])) {
        w -= 1;
    }
    if w > 0 && lower_is(&toks[w], &["and"]) {
        let from = w.saturating_sub(MAX_FIRST_VERB);
        w = (from..w).rev().take_while(|&k| toks[k].is_word()).find(|&k| lower_is(&toks[k], &["who"]))?;
    }
    let set_off = |t: &Tok| t.t == "," || is_dash(t);
    (w >= 2 && lower_is(&toks[w], &["who"]) && set_off(&toks[w - 1])).then_some(w)
}

/// The named subject before the relative "who" at token `w` (see [`relative_who`]): the
/// name right before it, or one before an apposition ("Ann Porter, the harbour master,
/// who"), though not a sentence's opening word read with a clause as its apposition
/// ("Lately, the row brought an answer from Mayor Ann Porter, who" is Ann Porter's).
fn who_antecedent(p: &str, toks: &[Tok], w: usize) -> Option<(Subj, usize)> {
    let opener = |at: usize| {
        toks.get(at + 1).is_some_and(|t| t.t == ",")
            && (is_cap_stop(&toks[at]) || is_discourse(&toks[at]) || toks[at].lower().ends_with("ly"))
    };
    let comma = toks[w - 1].s;
    let verb = |t: &Tok| is_past_form(t) || is_auxiliary(t) || is_cue_word(t);
    let across_apposition = named_subject_before(p, toks, w).filter(|(sj, at)| {
        let after = toks.iter().position(|t| t.s >= sj.e).unwrap_or(w);
        let Some(part) = toks.get(after + 1..w - 1).filter(|part| !part.is_empty()) else {
            return false;
        };
        // (the role it was read with, when that has no verb)
        let role_to_comma =
            sj.role.as_deref().is_some_and(|r| p[..comma].trim_end().ends_with(r)) && !part.iter().any(verb);
        !opener(*at) && toks[after].t == "," && (role_to_comma || reads_as_apposition(part))
    });
    across_apposition.or_else(|| named_subject_before(p, toks, w - 1))
}

/// The role a mention names and nothing else, with an article at most: "Bupati", "the
/// mayor", "Sang Menteri", "Kepala Negara"; pointed back to, with the office's name too:
/// "Kepala Dinas Pendidikan Sukamaju tersebut"; after "the", with the name of the place or
/// body the office is of: "the Dover mayor". Not "the harbour mayor" nor "a spokesman".
pub(crate) fn role_alone(mention: &str) -> Option<String> {
    let mut words: Vec<&str> = mention.split_whitespace().collect();
    let the = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if the || words.first().is_some_and(|w| w.eq_ignore_ascii_case("sang")) {
        words.remove(0);
    }
    let role_word = |w: &&str| is_role_word(w.trim_end_matches('.'));
    let named = |w: &&str| w.starts_with(char::is_uppercase) && !role_word(w);
    let whose = if the { words.iter().take_while(|w| named(w)).count() } else { 0 };
    if whose > 0 && words.get(whose).is_some_and(|w| w.starts_with(char::is_lowercase) && role_word(w)) {
        return role_alone(&words[whose..].join(" ")).map(|_| words.join(" "));
    }
    // ("the mayor of Dover", "the head of the Harbour Board")
    if let Some(of) = words.iter().position(|w| *w == "of").filter(|&of| of > 0) {
        let mut place = &words[of + 1..];
        if place.first() == Some(&"the") {
            place = &place[1..];
        }
        return (!place.is_empty() && place.iter().all(named))
            .then(|| role_alone(&words[..of].join(" ")))
            .flatten()
            .map(|_| words.join(" "));
    }
    let pointed =
        words.len() > 1 && words.last().is_some_and(|w| POINTERS_AFTER.contains(&w.to_lowercase().as_str()));
    if pointed {
        words.pop();
    }
    let role = words.join(" ");
    if ROLE_ALIASES.iter().any(|(short, _)| role.eq_ignore_ascii_case(short)) {
        return Some(role);
    }
    // (and the words that go on a title after its head: "Wali Kota", "Kepala Dinas")
    // (with "dan" between its fields, and the place it serves after a kind of region: "Kepala
    // Dinas Kelautan dan Perikanan Kota Sukamaju")
    let title_word = |w: &&str| ROLE_VOCAB.contains(&w.to_lowercase().as_str()) || *w == "dan";
    let region = words.iter().position(|w| REGION_KINDS.contains(&w.to_lowercase().as_str()));
    let office_word = |k: usize, w: &&str| {
        (pointed || region.is_some_and(|r| r > 0 && k > r)) && w.starts_with(char::is_uppercase)
    };
    let first = words.first()?;
    let last = words.last()?;
    (role_word(first)
        && *last != "dan"
        && words.iter().enumerate().skip(1).all(|(k, w)| role_word(w) || title_word(w) || office_word(k, w)))
    .then_some(role)
}

/// The tokens of a subject that is no pronoun and is written as its mention says (not one
/// rebuilt from words elsewhere), for the readings of a description pointed back to.
fn mention_tokens<'p>(p: &'p str, sj: &Subj) -> Option<Vec<Tok<'p>>> {
    (!sj.pronoun && p.get(sj.s..sj.e) == Some(sj.mention.as_str())).then(|| tokens(p, sj.s, sj.e))
}

/// Whether an unnamed subject describes a person and points back: "pria yang menjabat
/// sebagai direktur ini", "perempuan kelahiran Sukamaju itu", "mantan ketua DPR tersebut".
fn describes_a_person_pointed_back(p: &str, sj: &Subj) -> bool {
    let Some(toks) = mention_tokens(p, sj) else { return false };
    let pointed = toks.last().is_some_and(|t| lower_is(t, POINTERS_AFTER));
    // (an office written out, pointed back to, is its holder named before, though the
    // place in it reads as a name: "Kepala Dinas Perhubungan Sukamaju tersebut")
    let office = pointed
        && toks.len() >= 3
        && toks[0].is_cap()
        && lower_is(&toks[0], ROLE_HEADS)
        && toks[1..toks.len() - 1].iter().all(|t| t.is_cap() || t.t == ".");
    if sj.name.is_some() && !office {
        return false;
    }
    // (capitalised, as at a sentence start, only a plain person noun before a lowercase word:
    // "Mantan ketua DPRD tersebut mengatakan"; "Putri Ayu tersebut" is a name, "Bupati
    // sendiri" an office)
    // (or a person noun before where the person studies or works: "Mahasiswa Universitas
    // Sukamaju itu", "Alumni SMA Negeri 1 itu")
    let person = toks.first().is_some_and(|t| {
        t.is_lower_word() && (lower_is(t, ROLE_HEADS) || lower_is(t, PERSON_NOUNS))
            || t.is_cap()
                && (lower_is(t, PERSON_NOUNS) || is_speaker_noun(t) || lower_is(t, ROLE_HEADS))
                && toks.get(1).is_some_and(|n| n.is_lower_word() || lower_is(n, ORG_HEADS))
    }) || office;
    // (a medium pointed back to is no person, "media tersebut", "Harian itu"; a medium
    // after the head only says where the person works: "mantan wartawan radio itu")
    pointed && person && !toks.iter().take(2).any(|t| lower_is(t, MEDIA_HEADS))
}

/// Whether a subject is one party member described with "the", in capitals or after them:
/// "The Republican", "the Dover Democrat" (with the "the" in the mention or right before it).
fn party_member_pointed_back(p: &str, sj: &Subj) -> bool {
    const MAX_PLACE_WORDS: usize = 3;
    let Some(toks) = mention_tokens(p, sj) else { return false };
    let (first, rest) = match toks.split_first() {
        Some((first, rest)) if lower_is(first, &["the"]) => (Some(first), rest),
        _ => (None, toks.as_slice()),
    };
    let the_before = first.is_some()
        || tokens(p, p.floor_char_boundary(sj.s.saturating_sub(5)), sj.s)
            .last()
            .is_some_and(|t| lower_is(t, &["the"]));
    let Some((member, place)) = rest.split_last() else { return false };
    the_before
        && member.is_cap()
        && lower_is(member, &["democrat", "republican"])
        && place.len() <= MAX_PLACE_WORDS
        && place.iter().all(|t| t.is_cap() && !lower_is(t, PARTY_MEMBERS))
}

/// Whether an unnamed subject points back to an earlier description by its head noun:
/// "laporan tersebut" or "the report" to "sebuah laporan dari Korea Selatan".
fn points_back_to(p: &str, sj: &Subj, earlier: &str) -> bool {
    // (a pointer and a common noun, never a name: "The report" may open a sentence)
    let Some(toks) = mention_tokens(p, sj) else { return false };
    let head = match toks.as_slice() {
        [head, pointer] if lower_is(pointer, POINTERS_AFTER) => head,
        [pointer, head] if lower_is(pointer, POINTERS_BEFORE) && head.is_lower_word() => head,
        _ => return false,
    };
    let head = head.lower();
    earlier.len() > sj.mention.len() && tokens(earlier, 0, earlier.len()).iter().any(|t| t.lower() == head)
}

/// The speaker to remember for a later "laporan tersebut": an unnamed description that is
/// itself no pointer back.
pub fn described_antecedent(p: &str, subj: &Option<Subj>, speaker: Option<&str>) -> Option<String> {
    let sj = subj.as_ref().filter(|sj| !sj.pronoun && sj.name.is_none())?;
    let toks = tokens(p, sj.s, sj.e);
    let pointer = toks.last().is_some_and(|t| lower_is(t, POINTERS_AFTER))
        || toks.first().is_some_and(|t| lower_is(t, POINTERS_BEFORE)) && toks.len() <= 2;
    (!pointer).then(|| speaker.map(String::from)).flatten()
}
