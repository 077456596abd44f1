//! The people an article has named, for a "he", "she" or "dia" to point back to.
//!
//! A pronoun stands for the nearest named person it fits: "she" skips a man named since,
//! "he" a woman. What the text shows of someone's sex comes from a title ("Mr.", "Ms."),
//! a role ("spokeswoman") or a common given name. Indonesian "dia", "ia" and "beliau" say
//! nothing of it and take the newest name.
//!
//! A role alone stands for the newest person named with it: "Bupati mengatakan" after
//! "Bupati Sukamaju Rina Wati", "the mayor said" after "Mayor Ellen Brook".

use crate::lexicon::{
    EVIDENCE_NOUNS, FEMALE_NAMES, ING_NOUNS, LESSER_RANKS, MALE_NAMES, PEOPLE, ROLE_ALIASES,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sex {
    Female,
    Male,
}

/// Names kept: enough to reach past the few people quoted between a speaker and the
/// pronoun that points back to them.
const REMEMBERED: usize = 8;

/// Sentences a "they" or "mereka" reaches back for the group that spoke last.
const GROUP_REACH: usize = 3;

/// People named so far, newest last.
#[derive(Debug, Default)]
pub struct Antecedents {
    named: Vec<Person>,
    /// The last speaker that was several people ("port officials", "para nelayan", "Ann
    /// Porter and Tom Reed"), with the number of the sentence it last spoke in.
    group: Option<(usize, String)>,
}

#[derive(Debug)]
struct Person {
    name: String,
    sex: Option<Sex>,
    /// The words of the role named with the person, lowercase: "bupati sukamaju".
    role: Vec<String>,
}

impl Antecedents {
    /// Notes a person named in the text, with the words around the name (its mention and
    /// role) when there are any, and the role itself ("Bupati Sukamaju", "the mayor of
    /// Sukamaju").
    pub fn note(&mut self, name: String, around: Option<&str>, role: Option<&str>) {
        let shown = sex_of(&name, around);
        // (the earlier mentions of the same person give way to this one, and tell its sex
        // when they agree on it: "Dunn" after two Dunns of either sex tells nothing; the
        // role they named is kept when this one names none)
        let mut known: Vec<Option<Sex>> = Vec::new();
        let mut known_role = Vec::new();
        self.named.retain_mut(|person| {
            let same = same_person(&person.name, &name);
            if same {
                known.push(person.sex);
                known_role = std::mem::take(&mut person.role);
            }
            !same
        });
        let agreed = known.first().copied().flatten().filter(|sex| known.iter().all(|k| *k == Some(*sex)));
        let role = role.map(role_words).filter(|r| !r.is_empty()).unwrap_or(known_role);
        self.named.push(Person { name, sex: shown.or(agreed), role });
        if self.named.len() > REMEMBERED {
            self.named.remove(0);
        }
    }

    /// Whether the person a name stands for has been named before.
    pub fn knows(&self, name: &str) -> bool {
        self.named.iter().any(|person| same_person(&person.name, name))
    }

    /// Whether someone was named with exactly this name (not a surname or a title of it).
    pub fn has(&self, name: &str) -> bool {
        self.named.iter().any(|person| person.name == name)
    }

    /// The person named last.
    pub fn latest(&self) -> Option<&str> {
        self.named.last().map(|person| person.name.as_str())
    }

    /// The newest person named with a role that opens with these words ("bupati" is the
    /// holder of "Bupati Sukamaju", not of "Wakil Bupati Sukamaju") or closes with them
    /// past words that name where or what the office is, not a lesser rank of it ("mayor"
    /// is the holder of "Dover Mayor", not of "Deputy Mayor"). (Not one named by capitals
    /// alone: in "Rektor UHD" they are more often the office's than a person's.)
    pub fn holder_of(&self, role: &str) -> Option<&str> {
        let wanted = role_words(role);
        let closes_with = |words: &[String]| {
            words.len() > wanted.len()
                && words.ends_with(&wanted)
                && !words[..words.len() - wanted.len()].iter().any(|w| LESSER_RANKS.contains(&w.as_str()))
        };
        let holds = |person: &&Person| {
            !wanted.is_empty()
                && (person.role.starts_with(&wanted) || closes_with(&person.role))
                && !in_capitals_alone(&person.name)
        };
        self.named.iter().rev().find(holds).map(|person| person.name.as_str())
    }

    /// The person a description pointed back to stands for ("mantan ketua koperasi
    /// itu"): the newest named with a role that holds one of its role words (`heads`,
    /// lowercase), or else the newest named. A spouse or child named since is not the
    /// office holder the description says.
    pub fn described(&self, heads: &[String]) -> Option<&str> {
        let holds = |person: &&Person| {
            person.role.iter().any(|w| heads.contains(w)) && !in_capitals_alone(&person.name)
        };
        self.named.iter().rev().find(holds).or(self.named.last()).map(|person| person.name.as_str())
    }

    /// Notes a speaker in sentence `at` when its mention shows it is several people.
    pub fn note_group(&mut self, at: usize, mention: &str, speaker: &str) {
        if is_group(mention) {
            self.group = Some((at, speaker.to_string()));
        }
    }

    /// The sentence the last group that spoke (or was noted) last spoke in.
    pub fn group_since(&self) -> Option<usize> {
        self.group.as_ref().map(|(since, _)| *since)
    }

    /// The group a "they" or "mereka" in sentence `at` stands for: the last that spoke, a
    /// few sentences back at most; it speaks again there, so the next "they" reaches on.
    pub fn resolve_group(&mut self, at: usize) -> Option<String> {
        let (since, group) = self.group.as_mut().filter(|(since, _)| at - (*since).min(at) <= GROUP_REACH)?;
        *since = at;
        Some(group.clone())
    }

    /// The person a pronoun of a person points back to: the newest one named whom it fits.
    /// (What the pronoun says is not kept: a "he" resolved wrongly would make a woman of
    /// no one's choosing a man from then on.)
    pub fn resolve(&mut self, pronoun: &str) -> Option<String> {
        let wanted = match pronoun {
            "he" => Some(Sex::Male),
            "she" => Some(Sex::Female),
            _ => None,
        };
        let fits = |sex: &Option<Sex>| wanted.is_none() || sex.is_none() || *sex == wanted;
        // (an English "he" or "she" is no name in capitals alone, more often a company's
        // than a person's initials: "HP"; Indonesian "dia" may be "SBY"; nor two people
        // named together, "Ann Porter and Tom Reed")
        let i = self.named.iter().rposition(|person| {
            fits(&person.sex)
                && !(wanted.is_some() && (in_capitals_alone(&person.name) || names_two(&person.name)))
        })?;
        let name = &self.named[i].name;
        // (an Indonesian "ia" after two people named together is the first of them, whom the
        // sentence is about: "Bupati A dan Wakil Bupati B meresmikan … Ia mengatakan" is A;
        // "pihaknya", their side, stays both)
        match first_of_two(name).filter(|_| pronoun != "pihaknya") {
            Some(first) => Some(first.to_string()),
            None => Some(name.clone()),
        }
    }
}

/// Two names of one person: one's surname is the other's ("Hale", "Tom Hale"), and
/// where both give a first name it is the same ("Tom Reed" and "Ann Reed" are two).
pub fn same_person(a: &str, b: &str) -> bool {
    let first = |n: &str| n.split_whitespace().next().map(str::to_lowercase);
    let full = |n: &str| n.split_whitespace().count() >= 2;
    jejak_text::same_person(a, b) && !(full(a) && full(b) && first(a) != first(b))
}

/// The first of two full names joined by "and" or "dan" (not a field of an office:
/// "Laut dan Pelabuhan Budi Santoso" is one name read badly, not two people).
fn first_of_two(name: &str) -> Option<&str> {
    let (first, second) = name.split_once(" dan ").or_else(|| name.split_once(" and "))?;
    let full = |n: &str| n.split_whitespace().count() >= 2;
    (full(first) && full(second)).then(|| first.trim())
}

/// Names joined by "and" or "dan": two people, whom a "he" or "she" is not.
fn names_two(name: &str) -> bool {
    name.split_whitespace().any(|w| w == "and" || w == "dan")
}

/// Whether a speaker's mention names several people: names joined by "and" or "dan", a
/// description led by a word that counts ("para", "kedua", "sejumlah", "two"), one with a
/// doubled word ("nelayan-nelayan") or an English one whose head noun is plural ("port
/// officials", "the skippers at the quay").
pub(crate) fn is_group(mention: &str) -> bool {
    const COUNTING: &[&str] =
        &["para", "kedua", "ketiga", "sejumlah", "beberapa", "two", "three", "several", "multiple", "many"];
    const PLURAL_NOUNS: &[&str] = &["police", "people"];
    const PREPOSITIONS: &[&str] = &["at", "of", "in", "from", "with", "for", "on", "to", "who", "that"];
    let words: Vec<&str> = mention.split_whitespace().collect();
    let opens = words.iter().take(2).any(|w| COUNTING.contains(&w.to_lowercase().as_str()));
    let doubled = words.iter().any(|w| w.split_once('-').is_some_and(|(a, b)| a == b));
    let named = words.iter().all(|w| w.starts_with(char::is_uppercase) || *w == "and" || *w == "dan");
    // (the head comes before what describes it: a place, a relative clause, a participle)
    let describes = |w: &&str| {
        PREPOSITIONS.contains(w)
            || (w.len() > 4
                && w.ends_with("ing")
                && w.starts_with(char::is_lowercase)
                && !ING_NOUNS.contains(w))
    };
    let before_preposition = words.iter().take_while(|w| !describes(w)).count();
    let head = before_preposition.checked_sub(1).map_or(String::new(), |i| words[i].to_lowercase());
    let head = head.as_str();
    // (a capital only where the head opens the sentence: "Skippers at the quay", "Officials";
    // not "Jones"; not records, which "show" but do not speak, nor "others", who are no one
    // in particular)
    let lowercase = before_preposition == 1 && (words.len() > 1 || PEOPLE.contains(&head))
        || words.get(before_preposition.wrapping_sub(1)).is_some_and(|w| w.starts_with(char::is_lowercase));
    let plural_head = lowercase
        && !EVIDENCE_NOUNS.contains(&head)
        && head != "others"
        && (PLURAL_NOUNS.contains(&head)
            || head.ends_with("men")
            || head.len() > 3
                && head.ends_with('s')
                && !head.ends_with("ss")
                && !head.ends_with("us")
                && !head.ends_with("is"));
    opens || doubled || (named && names_two(mention)) || plural_head
}

/// A name written in capitals alone ("HP", "SBY", "UHD"): initials, an office's or a
/// company's as often as a person's.
fn in_capitals_alone(name: &str) -> bool {
    !name.chars().any(char::is_lowercase)
}

/// A role's words in lower case, without the article before it, the name of the place or
/// body an office is of first, and with a short name of an office written out: "the mayor of
/// Sukamaju" is "sukamaju mayor", "Menag Sukamaju" "menteri agama sukamaju".
fn role_words(role: &str) -> Vec<String> {
    const ARTICLES: &[&str] = &["the", "a", "an", "sang"];
    let mut words: Vec<String> = role
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    if words.first().is_some_and(|w| ARTICLES.contains(&w.as_str())) {
        words.remove(0);
    }
    // (an office of somewhere is named as English names it before the office: "the mayor of
    // Dover" is "dover mayor", and "the mayor" its holder as it is of "Dover Mayor")
    if let Some(of) = words.iter().position(|w| w == "of").filter(|&of| of > 0) {
        let whose = words.split_off(of);
        let place = whose.into_iter().skip(1).filter(|w| w != "the");
        words = place.chain(words).collect();
    }
    for (short, long) in ROLE_ALIASES {
        let n = short.split(' ').count();
        if words.len() >= n && words.iter().zip(short.split(' ')).all(|(w, s)| w == s) {
            words.splice(..n, long.split(' ').map(String::from));
            break;
        }
    }
    words
}

/// What a name and the words around it (its mention and role) show of a person's sex.
fn sex_of(name: &str, around: Option<&str>) -> Option<Sex> {
    const FEMALE_TITLES: &[&str] = &["ms", "mrs", "miss", "madam", "dame", "lady"];
    const MALE_TITLES: &[&str] = &["mr", "sir", "lord"];
    // (titles of office before the given name: "Sen. Ann Porter", "Dr Tom Reed")
    const OFFICE_TITLES: &[&str] = &[
        "sen",
        "rep",
        "gov",
        "dr",
        "prof",
        "president",
        "senator",
        "governor",
        "mayor",
        "judge",
        "gen",
        "col",
        "capt",
        "lt",
        "sgt",
        "rev",
        "former",
    ];
    let lower = |s: &str| -> Vec<String> {
        s.split_whitespace().map(|w| w.trim_end_matches(['.', ',']).to_lowercase()).collect()
    };
    let words = lower(name);
    let titled = words
        .iter()
        .chain(around.map(lower).unwrap_or_default().iter())
        .find_map(|w| sex_in(w, FEMALE_TITLES, MALE_TITLES));
    // (the given name only when a surname follows: "Carl" alone may be a surname; past
    // whatever else opens the name: "Democrat Ann Porter")
    let named = || {
        let before_surname = &words[..words.len().saturating_sub(1)];
        before_surname
            .iter()
            .filter(|w| !OFFICE_TITLES.contains(&w.as_str()))
            .find_map(|g| sex_in(g, FEMALE_NAMES, MALE_NAMES))
    };
    titled.or_else(named).or_else(|| around.and_then(sex_of_role))
}

/// What a role says of a person's sex: "spokeswoman", "his wife", "the chairman".
fn sex_of_role(role: &str) -> Option<Sex> {
    const FEMALE: &[&str] = &["wife", "mother", "daughter", "sister", "widow", "actress", "queen", "girl"];
    const MALE: &[&str] = &["husband", "father", "son", "brother", "widower", "actor", "king", "boy"];
    role.split(|c: char| !c.is_alphanumeric()).filter(|w| w.starts_with(char::is_lowercase)).find_map(|w| {
        sex_in(w, FEMALE, MALE).or_else(|| {
            if w.ends_with("woman") {
                Some(Sex::Female)
            } else {
                (w.len() > 4 && w.ends_with("man")).then_some(Sex::Male)
            }
        })
    })
}

/// The sex a word names by the list it is in.
fn sex_in(word: &str, female: &[&str], male: &[&str]) -> Option<Sex> {
    if female.contains(&word) {
        Some(Sex::Female)
    } else if male.contains(&word) {
        Some(Sex::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_skip_people_they_do_not_fit() {
        let mut named = Antecedents::default();
        named.note("Ann Porter".into(), None, None);
        named.note("Tom Reed".into(), None, None);
        assert_eq!(named.resolve("she").as_deref(), Some("Ann Porter"));
        assert_eq!(named.resolve("he").as_deref(), Some("Tom Reed"));
        assert_eq!(named.resolve("dia").as_deref(), Some("Tom Reed"));
    }

    #[test]
    fn a_surname_keeps_what_is_known_of_the_person() {
        let mut named = Antecedents::default();
        named.note("Ann Dunn".into(), None, None);
        named.note("Hale".into(), Some("the harbour spokesman"), None);
        named.note("Dunn".into(), None, None);
        named.note("Mr. Lowe".into(), None, None);
        assert_eq!(named.resolve("she").as_deref(), Some("Dunn"));
        // (two people of one surname: the surname alone tells nothing)
        named.note("Tom Dunn".into(), None, None);
        named.note("Ann Dunn".into(), None, None);
        named.note("Dunn".into(), None, None);
        named.note("Mr. Lowe".into(), None, None);
        assert_eq!(named.resolve("she").as_deref(), Some("Dunn"));
        assert_eq!(named.resolve("he").as_deref(), Some("Mr. Lowe"));
    }

    #[test]
    fn a_role_points_to_its_newest_holder_through_later_mentions() {
        let mut named = Antecedents::default();
        named.note("Ellen Brook".into(), None, Some("Mayor"));
        named.note("Tom Reed".into(), None, Some("Deputy Mayor"));
        named.note("Brook".into(), None, None);
        named.note("Ann Porter".into(), None, Some("the harbour master"));
        assert_eq!(named.holder_of("the mayor"), Some("Brook"));
        assert_eq!(named.holder_of("Deputy Mayor"), Some("Tom Reed"));
        assert_eq!(named.holder_of("the harbour"), Some("Ann Porter"));
        assert_eq!(named.holder_of("the governor"), None);
        // (an English office's place or body comes before it, or after "of")
        named.note("Carl Dunn".into(), None, Some("Dover Harbour Master"));
        assert_eq!(named.holder_of("the harbour master"), Some("Carl Dunn"));
        assert_eq!(named.holder_of("the master of Dover Harbour"), Some("Carl Dunn"));
        assert_eq!(named.holder_of("Deputy Mayor"), Some("Tom Reed"));
        named.note("SBY".into(), None, Some("Presiden"));
        assert_eq!(named.holder_of("Presiden"), None);
    }

    #[test]
    fn no_fitting_name_leaves_the_pronoun_unresolved() {
        let mut named = Antecedents::default();
        named.note("Ms. Brook".into(), None, None);
        assert_eq!(named.resolve("he"), None);
    }

    #[test]
    fn a_group_is_told_by_its_words() {
        for group in [
            "port officials",
            "Skippers at the quay",
            "Officials",
            "para nelayan",
            "nelayan-nelayan Dover",
            "Ann Porter and Tom Reed",
            "two harbour pilots",
        ] {
            assert!(is_group(group), "{group:?}");
        }
        for one in [
            "Ann Jones",
            "Tom Reed",
            "the harbour master",
            "a new poll",
            "the results",
            "others",
            "Bank of Dover",
        ] {
            assert!(!is_group(one), "{one:?}");
        }
    }

    #[test]
    fn they_reaches_back_a_few_sentences() {
        let mut named = Antecedents::default();
        named.note_group(1, "port officials", "port officials");
        named.note_group(2, "Tom Reed", "Tom Reed");
        assert_eq!(named.resolve_group(3).as_deref(), Some("port officials"));
        assert_eq!(named.resolve_group(6).as_deref(), Some("port officials"));
        assert_eq!(named.resolve_group(10), None);
    }
}
