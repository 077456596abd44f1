//! Speakers named as the article names them in full: a quote's speaker is often a surname
//! or a given name alone ("kata Budi", "Reed said") after the article named the person in
//! full with a role; each is given that full name and role when only one person fits.

use jejak_model::Quote;

use crate::{
    lexicon::{DETERMINERS, PREPOSITIONS, ROLE_HEADS},
    speaker::{apposition_end, role_shown, subject_before},
    text::{tokens, Tok},
    words::{is_cap_stop, is_role_word, lower_is},
};

/// A speaker's name and the role the article gives them.
type Named = (String, Option<String>);

/// Names every speaker as the article names them in full, with the role it gives them,
/// when exactly one full name fits and the text names no one else so: "kata Budi" after
/// "Kepala Dinas Perhubungan Budi Santoso mengatakan" is Budi Santoso's, and so is the role;
/// "Reed" stays "Reed" where Tom and Ann Reed are both named.
pub fn speakers_in_full(quotes: &mut [Quote], paras: &[&str]) {
    // (every speaker named, with the first role given them)
    let mut named: Vec<(&str, Option<&str>)> = Vec::new();
    for q in quotes.iter() {
        let Some(name) = q.speaker.as_deref().filter(|n| n.starts_with(char::is_uppercase)) else { continue };
        match named.iter_mut().find(|(known, _)| *known == name) {
            Some((_, role)) => *role = role.or(q.speaker_role.as_deref()),
            None => named.push((name, q.speaker_role.as_deref())),
        }
    }
    let named: Vec<Named> =
        named.into_iter().map(|(name, role)| (name.to_string(), role.map(String::from))).collect();
    // (the text is read only when some short name has a full one to check, and each name is
    // settled once: an article may hold hundreds of quotes)
    let mut toks: Option<Vec<Vec<Tok>>> = None;
    let mut settled: Vec<(String, Option<Named>)> = Vec::new();
    for q in quotes.iter_mut() {
        let Some(name) = q.speaker.as_deref() else { continue };
        let found = match settled.iter().find(|(n, _)| n == name) {
            Some((_, found)) => found.clone(),
            None => {
                let found = in_full_for(name, &named, &mut toks, paras);
                settled.push((name.to_string(), found.clone()));
                found
            }
        };
        let Some((known, role)) = found else { continue };
        q.speaker = Some(known);
        if q.speaker_role.is_none() {
            q.speaker_role = role;
        }
    }
    // (a speaker given a role only where the article introduced them, outside any quote:
    // "The board chairman, Carl Dunn, disagreed. He said …")
    let mut introduced: Vec<(String, Option<String>)> = Vec::new();
    for q in quotes.iter_mut().filter(|q| q.speaker_role.is_none()) {
        let Some(name) = q.speaker.as_deref().filter(|n| in_full(n)) else { continue };
        q.speaker_role = match introduced.iter().find(|(n, _)| n == name) {
            Some((_, role)) => role.clone(),
            None => {
                let toks = toks.get_or_insert_with(|| paras.iter().map(|p| tokens(p, 0, p.len())).collect());
                let role = role_introduced(name, toks, paras);
                introduced.push((name.to_string(), role.clone()));
                role
            }
        };
    }
}

/// The role the article gives a person where it names them in full with one: before the
/// name ("Harbour master Ann Porter toured …", "The board chairman, Carl Dunn, disagreed")
/// or set off after it ("Carl Dunn, the board chairman, disagreed"); the first such.
fn role_introduced(name: &str, toks: &[Vec<Tok>], paras: &[&str]) -> Option<String> {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    paras.iter().zip(toks).find_map(|(p, toks)| {
        (0..toks.len()).find_map(|k| {
            let run = toks.get(k..k + words.len())?;
            if !run.iter().zip(&words).all(|(t, w)| t.lower() == *w) {
                return None;
            }
            let after = k + words.len();
            // (past an apposition to the verb after it, whatever the verb: "Carl Dunn, the
            // board chairman, disagreed")
            const MAX_APPOSITION: usize = 12;
            let closing_comma = || {
                let part = toks.get(after + 1..)?;
                let c = part.iter().take(MAX_APPOSITION).position(|t| !t.is_word() && t.t != "-")?;
                // (not a comma inside a list: "the director of race, ethnicity, research and …")
                let listed =
                    part.get(c + 2).is_some_and(|t| t.t == "," || lower_is(t, &["and", "or", "dan"]));
                (part[c].t == "," && !listed).then_some(after + 1 + c)
            };
            let end = match toks.get(after) {
                Some(t) if t.t == "," => {
                    apposition_end(toks, after).or_else(closing_comma).unwrap_or(after) + 1
                }
                _ => after,
            };
            let (sj, _) = subject_before(p, toks, end)?;
            // (an owner alone is no role: "Harbour Herald's Ann Porter")
            let owner = |role: &String| role.ends_with("'s") || role.ends_with("’s");
            (sj.name.as_deref() == Some(name))
                .then(|| role_shown(p, &sj, Some(name)))
                .flatten()
                .filter(|r| !owner(r))
        })
    })
}

/// The full name, with its role, that a speaker's name stands for among the article's
/// speakers (`named`), or the name itself with its role when none is fuller.
fn in_full_for<'p>(
    name: &str,
    named: &[Named],
    toks: &mut Option<Vec<Vec<Tok<'p>>>>,
    paras: &[&'p str],
) -> Option<Named> {
    let words = |name: &str| -> Vec<String> { name.split_whitespace().map(str::to_lowercase).collect() };
    let short = words(name);
    // (the short name opens or closes the full one: "Budi" of "Budi Santoso", "Reed" of "Tom
    // Reed", not "Reed" of a headline's "Pier Talks Stall For Reed Again"; an organisation's
    // initials are no one's short name: "DPRD")
    let initials = !name.chars().any(char::is_lowercase);
    let candidates: Vec<&Named> = named
        .iter()
        .filter(|(known, _)| {
            let full = words(known);
            known != name
                && !initials
                && !short.is_empty()
                && in_full(known)
                && (full.starts_with(&short) || full.ends_with(&short))
        })
        .collect();
    let same = || named.iter().find(|(known, _)| known == name).cloned();
    if candidates.is_empty() {
        return same();
    }
    let toks = toks.get_or_insert_with(|| paras.iter().map(|p| tokens(p, 0, p.len())).collect());
    let fits: Vec<&&Named> =
        candidates.iter().filter(|(known, _)| !names_someone_else(toks, &short, &words(known))).collect();
    match fits.as_slice() {
        [one] => Some((**one).clone()),
        [] => same(),
        _ => None,
    }
}

/// Whether a name is a person's full name: two words or more besides titles, each
/// capitalised or a particle ("Ann van Dover"), one person ("A and B" are two).
fn in_full(name: &str) -> bool {
    const PARTICLES: &[&str] = &["bin", "binti", "van", "von", "de", "da", "di", "al", "el", "la", "le"];
    let parts: Vec<&str> = name.split_whitespace().collect();
    let titles = parts.iter().filter(|w| is_title(w)).count();
    // (a group at a sentence's start is no one's name: "Some Skippers", "Leading Skippers")
    const GROUP_WORDS: &[&str] = &[
        "some", "many", "several", "most", "few", "other", "all", "both", "leading", "top", "senior", "local",
    ];
    let group = parts.first().is_some_and(|w| {
        let l = w.to_lowercase();
        GROUP_WORDS.contains(&l.as_str()) || DETERMINERS.contains(&l.as_str())
    });
    // (nor an office: "Bupati Sukamaju")
    let office = parts.iter().any(|w| is_role_word(w.trim_end_matches('.')));
    parts.len() - titles >= 2
        && !group
        && !office
        && parts.iter().all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
        && !parts.iter().any(|w| matches!(*w, "and" | "dan"))
}

/// A title before a name, no part of it: "Mr. Reed" is no fuller than "Reed".
fn is_title(word: &str) -> bool {
    const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "pak", "bu", "bapak", "ibu", "sir"];
    TITLES.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// Whether the text names someone else by the short name's words: another capitalised
/// word next to them that is not one of the full name's, nor a title, role or a word that
/// only happens to be capitalised ("Ann Reed" where the full name is "Tom Reed").
fn names_someone_else(toks: &[Vec<Tok>], short: &[String], full: &[String]) -> bool {
    let other = |t: &Tok| {
        t.is_cap()
            && t.is_word()
            && !full.contains(&t.lower())
            && !is_title(t.t)
            && !is_cap_stop(t)
            && !lower_is(t, ROLE_HEADS)
            && !lower_is(t, DETERMINERS)
            && !lower_is(t, PREPOSITIONS)
    };
    let is_run = |toks: &[Tok], at: usize, words: &[String]| {
        toks.get(at..at + words.len()).is_some_and(|run| run.iter().zip(words).all(|(t, w)| t.lower() == *w))
    };
    toks.iter().any(|toks| {
        (0..toks.len()).any(|k| {
            // (the full name itself, written out, names no one else)
            let within_full = (full.starts_with(short) && is_run(toks, k, full))
                || (k + short.len()).checked_sub(full.len()).is_some_and(|at| is_run(toks, at, full));
            is_run(toks, k, short)
                && !within_full
                && (k.checked_sub(1).is_some_and(|b| other(&toks[b]))
                    || toks.get(k + short.len()).is_some_and(other))
        })
    })
}
