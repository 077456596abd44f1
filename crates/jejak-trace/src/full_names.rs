//! Speakers named as the article names them in full: a quote's speaker is often a surname
//! or a given name alone ("kata Budi", "Reed said") after the article named the person in
//! full with a role; each is given that full name and role when only one person fits.

use jejak_model::Quote;

use crate::{
    lexicon::{
        DETERMINERS, DOCUMENT_NOUNS, HONORIFICS, PEOPLE, POST_CUES_ID, PREPOSITIONS, REGION_KINDS,
        ROLE_HEADS, ROLE_VOCAB, TITLES,
    },
    speaker::{apposition_end, past_rank, role_shown, subject_before},
    text::{tokens, Tok},
    words::{
        is_auxiliary, is_cap_stop, is_cue_word, is_field_noun, is_possessive, is_role_word, is_speaker_noun,
        lower_is, without_s,
    },
};

/// A speaker's name and the role the article gives them.
type Named = (String, Option<String>);

/// A person's full name as the text writes it, with its words lowercase.
type PersonName = (Vec<String>, String);

/// Names every speaker as the article names them in full, with the role it gives them,
/// when exactly one full name fits and the text names no one else so: "kata Budi" after
/// "Kepala Dinas Perhubungan Budi Santoso mengatakan" is Budi Santoso's, and so is the role;
/// "Reed" stays "Reed" where Tom and Ann Reed are both named.
pub fn speakers_in_full(quotes: &mut [Quote], paras: &[&str]) {
    // (the text is read only when some name needs it, and then once: an article may hold
    // hundreds of quotes)
    let mut toks: Option<Vec<Vec<Tok>>> = None;
    names_past_affiliation(quotes, &mut toks, paras);
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
    // (each name is settled once)
    let mut people: Option<Vec<PersonName>> = None;
    let mut settled: Vec<(String, Option<Named>)> = Vec::new();
    for q in quotes.iter_mut() {
        let Some(name) = q.speaker.as_deref() else { continue };
        let found = match settled.iter().find(|(n, _)| n == name) {
            Some((_, found)) => found.clone(),
            None => {
                let found = in_full_for(name, &named, &mut toks, &mut people, paras);
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
                let role = role_introduced(name, tokenised(&mut toks, paras), paras);
                introduced.push((name.to_string(), role.clone()));
                role
            }
        };
    }
}

/// The article's paragraphs as tokens, read the first time a name needs them.
fn tokenised<'a, 'p>(toks: &'a mut Option<Vec<Vec<Tok<'p>>>>, paras: &[&'p str]) -> &'a [Vec<Tok<'p>>] {
    toks.get_or_insert_with(|| paras.iter().map(|p| tokens(p, 0, p.len())).collect())
}

/// A name's words, lowercase.
fn lowercase_words(name: &str) -> Vec<String> {
    name.split_whitespace().map(str::to_lowercase).collect()
}

/// The role the article gives a person where it names them in full with one: before the
/// name ("Harbour master Ann Porter toured …", "The board chairman, Carl Dunn, disagreed")
/// or set off after it ("Carl Dunn, the board chairman, disagreed"); the first such.
fn role_introduced(name: &str, toks: &[Vec<Tok>], paras: &[&str]) -> Option<String> {
    let words = lowercase_words(name);
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
            (sj.name.as_deref() == Some(name))
                .then(|| role_shown(p, &sj, Some(name)))
                .flatten()
                .filter(|r| reads_as_role(r))
        })
    })
}

/// The full name, with its role, that a speaker's name stands for among the article's
/// speakers (`named`), or the name itself with its role when none is fuller.
fn in_full_for<'p>(
    name: &str,
    named: &[Named],
    toks: &mut Option<Vec<Vec<Tok<'p>>>>,
    people: &mut Option<Vec<PersonName>>,
    paras: &[&'p str],
) -> Option<Named> {
    // (a surname with the place its holder serves: "Reed of Dover said" is Tom Reed's)
    let surname_of_place = name.split_once(" of ").filter(|(surname, place)| {
        !surname.contains(char::is_whitespace) && place.starts_with(char::is_uppercase)
    });
    if let Some((surname, _)) = surname_of_place {
        let fuller = in_full_for(surname, named, toks, people, paras).filter(|(known, _)| known != surname);
        if fuller.is_some() {
            return fuller;
        }
    }
    let short = lowercase_words(name);
    // (the short name opens or closes the full one: "Budi" of "Budi Santoso", "Reed" of "Tom
    // Reed", not "Reed" of a headline's "Pier Talks Stall For Reed Again"; an organisation's
    // initials are no one's short name: "DPRD")
    let initials = !name.chars().any(char::is_lowercase);
    let candidates: Vec<&Named> = named
        .iter()
        .filter(|(known, _)| {
            let full = lowercase_words(known);
            known != name
                && !initials
                && !short.is_empty()
                && in_full(known)
                && (full.starts_with(&short) || full.ends_with(&short))
        })
        .collect();
    let same = || named.iter().find(|(known, _)| known == name).cloned();
    // (else a full name the text gives outside any quote: "Carl Dunn, the board chairman,
    // disagreed. … Dunn said")
    let in_text: Vec<Named>;
    // (not a party or a group: "Democrats said" is no one's surname)
    const GROUPS: &[&str] =
        &["democrats", "republicans", "conservatives", "liberals", "progressives", "independents"];
    let group = short.iter().any(|w| {
        GROUPS.contains(&w.as_str())
            || PEOPLE.contains(&w.as_str())
            || DOCUMENT_NOUNS.contains(&w.as_str())
            || ROLE_VOCAB.contains(&w.as_str())
    });
    let candidates: Vec<&Named> =
        if candidates.is_empty() && !initials && !group && !short.is_empty() && !in_full(name) {
            let toks = tokenised(toks, paras);
            let people = people.get_or_insert_with(|| person_names_in_text(toks));
            in_text = people
                .iter()
                .filter(|(full, _)| {
                    full.len() > short.len() && (full.starts_with(&short) || full.ends_with(&short))
                })
                .map(|(_, text)| (text.clone(), None))
                .collect();
            in_text.iter().collect()
        } else {
            candidates
        };
    if candidates.is_empty() {
        return same();
    }
    let toks = tokenised(toks, paras);
    let fits: Vec<&&Named> = candidates
        .iter()
        .filter(|(known, _)| !names_someone_else(toks, &short, &lowercase_words(known)))
        .collect();
    match fits.as_slice() {
        [one] => Some((**one).clone()),
        [] => same(),
        _ => None,
    }
}

/// The full names of people in the text, each with its words lowercase: runs of two to four
/// capitalised words, whole (not part of a longer run), that read as a person's name.
fn person_names_in_text(toks: &[Vec<Tok>]) -> Vec<PersonName> {
    const MAX_WORDS: usize = 4;
    // (a word the text also writes in lowercase is a common word, capitalised where it opens
    // a sentence: "Nama Budi disebut …"; so is a place or a role: "Rapper Tom Reed")
    let placed = |t: &Tok| jejak_text::is_regency(t.t) || jejak_text::is_known_entity(t.t);
    let lowercase: std::collections::HashSet<&str> =
        toks.iter().flatten().filter(|t| t.is_lower_word()).map(|t| t.t).collect();
    let common = |t: &Tok| {
        lowercase.contains(t.lower().as_str())
            || jejak_text::is_stopword(&t.lower(), jejak_text::Lang::Other)
            || is_cue_word(t)
            || lower_is(t, POST_CUES_ID)
            || lower_is(t, &["mengutip", "dikutip", "via"])
            || is_cap_stop(t)
            || is_office_word(t)
            || lower_is(t, PREPOSITIONS)
            || is_speaker_noun(t)
            || lower_is(t, REGION_KINDS)
            || placed(t)
    };
    // (initials or an acronym in it are an organisation's more often than a person's: "BPBD
    // Riau Budi"; a possessive ends a name, "Tom Reed's", and is no part of it)
    let person_word = |t: &Tok| t.t.chars().any(char::is_lowercase);
    let mut found: Vec<PersonName> = Vec::new();
    for toks in toks {
        let mut k = 0;
        while k < toks.len() {
            let len = toks[k..].iter().take_while(|t| t.is_word() && t.is_cap()).count();
            if len == 0 {
                k += 1;
                continue;
            }
            // (nor a photo credit's: "Harbour Herald / Ann Porter")
            let credited = k > 0 && toks[k - 1].t == "/";
            let run = &toks[k..k + len];
            k += len;
            if credited {
                continue;
            }
            // (the office before a name is no part of it: "House Speaker Tom Reed", the
            // end of "Kelautan dan Perikanan Sunarto"; nor may a place or a body follow it,
            // whose name the run goes on with: "Direktur Politeknik Dover Sunarto", "Dinas
            // Perhubungan Kabupaten Sukamaju Sunarto")
            // (with a rank's corps or force: "Kolonel Laut Sunarto")
            let office = match run.iter().take_while(|t| is_office_word(t)).count() {
                0 => 0,
                office => past_rank(run, office - 1).unwrap_or(office).max(office),
            };
            let region_next = office > 0 && lower_is(&run[office - 1], REGION_KINDS);
            let run = &run[office..];
            let len = run.len();
            let fits = (2..=MAX_WORDS).contains(&len)
                && !common(&run[0])
                && !(office > 0 && (len > 2 || region_next || run.iter().any(placed)))
                && !lower_is(&run[len - 1], &["jr", "sr"])
                && run.iter().all(person_word)
                && !run[..len - 1].iter().any(is_possessive);
            if !fits {
                continue;
            }
            let words: Vec<&str> = run.iter().map(|t| without_s(t.t).unwrap_or(t.t)).collect();
            let text = words.join(" ");
            if in_full(&text) && !found.iter().any(|(_, known)| *known == text) {
                found.push((words.iter().map(|w| w.to_lowercase()).collect(), text));
            }
        }
    }
    found
}

/// A word of an office's name, which a person's name may follow: "Speaker", "House",
/// "Perikanan".
fn is_office_word(t: &Tok) -> bool {
    is_role_word(t.t) || lower_is(t, ROLE_VOCAB) || is_field_noun(t)
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

/// Whether words read as a role: an office, a kind of person, a party or a title among them
/// ("Senate Majority Leader", "an Alaska Republican", "Gov."), no clause ("who is seen as …",
/// "going to grill …") and not an owner alone ("Harbour Herald's").
fn reads_as_role(role: &str) -> bool {
    let toks = tokens(role, 0, role.len());
    let owner = toks.last().is_some_and(is_possessive);
    let clause = toks.iter().any(|t| {
        is_auxiliary(t)
            || lower_is(t, &["who", "which", "that", "yang"])
            || (t.is_lower_word() && t.t.ends_with("ing"))
    });
    let office = toks.iter().any(|t| {
        is_speaker_noun(t)
            || [ROLE_HEADS, ROLE_VOCAB, HONORIFICS, TITLES].iter().any(|words| lower_is(t, words))
    });
    office && !clause && !owner
}

/// Takes the organisation or place a name was run into off the front of it, into the role:
/// "Kepala Seksi Dinas Contoh Sukamaju Budi Santoso" may read as the name "Sukamaju Budi
/// Santoso". A word before the name is no part of it where the article uses that word on its
/// own (followed by no capitalised word: "di Sukamaju.", "PLN menyatakan") and names the
/// person without it, as the speaker of another quote ("kata Budi"); the name kept is the
/// longest that so qualifies.
fn names_past_affiliation<'p>(quotes: &mut [Quote], toks: &mut Option<Vec<Vec<Tok<'p>>>>, paras: &[&'p str]) {
    const MIN_NAME_WORDS: usize = 2;
    const MAX_NAME_WORDS: usize = 4;
    let long = |q: &Quote| q.speaker.as_deref().is_some_and(|n| n.split(' ').count() > MIN_NAME_WORDS);
    if !quotes.iter().any(long) {
        return;
    }
    let toks = tokenised(toks, paras);
    let speakers: Vec<String> = quotes.iter().filter_map(|q| q.speaker.clone()).collect();
    let a_speaker = |name: &str| speakers.iter().any(|s| s == name);
    // (whether `word` stands alone somewhere, and whether `first` follows anything but `word`)
    let alone = |word: &str| {
        toks.iter().any(|toks| {
            toks.iter()
                .enumerate()
                .any(|(k, t)| t.t == word && toks.get(k + 1).is_none_or(|next| !next.is_cap()))
        })
    };
    let named_without = |word: &str, first: &str| {
        toks.iter().any(|toks| {
            toks.iter().enumerate().any(|(k, t)| t.t == first && (k == 0 || toks[k - 1].t != word))
        })
    };
    let mut settled: Vec<(String, Option<usize>)> = Vec::new();
    for q in quotes.iter_mut().filter(|q| long(q)) {
        let Some(name) = q.speaker.clone() else { continue };
        let words: Vec<&str> = name.split(' ').collect();
        let cut = match settled.iter().find(|(n, _)| *n == name) {
            Some((_, cut)) => *cut,
            None => {
                let plain = |w: &str| w.chars().all(char::is_alphabetic) && w.starts_with(char::is_uppercase);
                let person = |i: usize| {
                    let rest = words[i..].join(" ");
                    // (no word of a place's kind or an office in it: "Kota Batu Dedy Angga")
                    let office = |w: &&str| {
                        let w = w.to_lowercase();
                        is_role_word(&w)
                            || REGION_KINDS.contains(&w.as_str())
                            || ROLE_VOCAB.contains(&w.as_str())
                    };
                    !words[i..].iter().any(office)
                        // (the name it opens with is a speaker's, past a given name seldom
                        // used, or its surname or the whole is)
                        && (words[i..]
                            .iter()
                            .find(|w| !DROPPED_GIVEN_NAMES.contains(&w.to_lowercase().as_str()))
                            .is_some_and(|w| a_speaker(w))
                            || a_speaker(words[words.len() - 1])
                            || a_speaker(&rest))
                };
                // (a name throughout, not a description: "The Clinton campaign")
                let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
                let shortest = words.len().saturating_sub(MAX_NAME_WORDS).max(1);
                let cut = (shortest..=words.len() - MIN_NAME_WORDS).filter(|_| capitalised).find(|&i| {
                    words[..=i].iter().all(|w| plain(w) && !DETERMINERS.contains(&w.to_lowercase().as_str()))
                        && !DROPPED_GIVEN_NAMES.contains(&words[i - 1].to_lowercase().as_str())
                        && person(i)
                        && alone(words[i - 1])
                        && named_without(words[i - 1], words[i])
                });
                settled.push((name.clone(), cut));
                cut
            }
        };
        let Some(i) = cut else { continue };
        let affiliation = words[..i].join(" ");
        q.speaker = Some(words[i..].join(" "));
        q.speaker_role = Some(match q.speaker_role.take() {
            Some(role) if !role.ends_with(&affiliation) => format!("{role} {affiliation}"),
            Some(role) => role,
            None => affiliation,
        });
    }
}

/// Given names that open a full name and that people are seldom called by, so that the
/// article names them without it ("Muhammad Rizal", then "kata Rizal"); Balinese birth-order
/// names among them ("I Made Wirawan", "kata Wirawan").
const DROPPED_GIVEN_NAMES: &[&str] = &[
    "muhammad", "mohammad", "mohamad", "muhamad", "ahmad", "achmad", "abdul", "andi", "siti", "nur", "i",
    "ni", "made", "putu", "ketut", "nyoman", "wayan", "gede", "kadek", "komang",
];
