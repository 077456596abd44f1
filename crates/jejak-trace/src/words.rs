//! Token tests the rules share: the word lists of `lexicon` applied to tokens, and small
//! shapes (digits, punctuation, adverbs) every pattern reads.

use crate::{
    lexicon::*,
    text::{word_count, Tok},
};

/// A cue verb of either word order, as a token's lower case: "said" (`PRE_CUES`) or "adds"
/// (`POST_CUES_EN`).
pub fn is_cue_word(t: &Tok) -> bool {
    let l = t.lower();
    PRE_CUES.contains(&l.as_str()) || POST_CUES_EN.contains(&l.as_str())
}

/// A word that links sentences rather than naming anything: "namun", "however", "Sebaliknya".
pub fn is_discourse(t: &Tok) -> bool {
    lower_is(t, DISCOURSE) || lower_is(t, CONNECTIVES)
}

/// A capitalised word that cannot open a name: "Setelah", "However", "Indeed".
pub fn is_cap_stop(t: &Tok) -> bool {
    lower_is(t, CAP_STOP) || lower_is(t, CONNECTIVES)
}

/// Whether a word as written (any case) heads a role: "Bupati", "mayor".
pub fn is_role_word(word: &str) -> bool {
    ROLE_HEADS.contains(&word.to_lowercase().as_str())
}

/// A capitalised noun of the shape Indonesian offices name their fields by, ke-…-an or
/// pe-…-an ("Kelautan", "Pertanian", "Penanggulangan"): past the lexicon's fields, the words
/// after "Kepala Badan" that are still the office's, not the person's name.
pub fn is_field_noun(t: &Tok) -> bool {
    const SHORTEST: usize = 8;
    let l = t.lower();
    t.is_cap()
        && l.chars().count() >= SHORTEST
        && (l.starts_with("ke") || l.starts_with("pe"))
        && l.ends_with("an")
}

/// A word a description of a speaker turns on: a role's head ("spokesman", "Bupati") or a
/// noun for people ("officials", "nelayan").
pub fn is_role_or_people_noun(t: &Tok) -> bool {
    lower_is(t, ROLE_HEADS) || is_speaker_noun(t)
}

/// A word heading an office only a person holds: a role head that does not also head a
/// medium's name ("agency", "newspaper").
pub fn is_person_role(t: &Tok) -> bool {
    lower_is(t, ROLE_HEADS) && !lower_is(t, MEDIA_HEADS)
}

/// Whether "according to" starts at token `i`.
pub fn according_to_at(toks: &[Tok], i: usize) -> bool {
    toks[i].lower() == "according" && toks.get(i + 1).is_some_and(|to| to.lower() == "to")
}

/// A figure joined to words that describes someone: "58-year-old", "14th-ranked".
pub fn is_hyphenated_figure(t: &Tok) -> bool {
    t.t.starts_with(|c: char| c.is_ascii_digit()) && t.t.contains('-')
}

/// Whether a token, lowercased and without a closing full stop, is in a word list.
pub fn lower_is(t: &Tok, list: &[&str]) -> bool {
    let l = t.lower();
    let l = l.trim_end_matches('.');
    // Indonesian plurals double the word: "sumber-sumber", "pejabat-pejabat".
    list.contains(&l) || l.split_once('-').is_some_and(|(a, b)| a == b && list.contains(&a))
}

/// A noun that can be a speaker on its own: people ("officials", "warga") or what speaks
/// for them ("a poll", "surat itu").
pub fn is_speaker_noun(t: &Tok) -> bool {
    lower_is(t, PEOPLE) || lower_is(t, DOCUMENT_NOUNS)
}

/// Reports by the press that made them, a noun and no cue: "media reports and port sources
/// described …", "News reports say …" (a capital before it opens the sentence; elsewhere it
/// names an outlet: "Harbour News reports …").
pub fn press_reports(toks: &[Tok], i: usize) -> bool {
    const MAKERS: &[&str] = &["media", "news", "press"];
    i > 0
        && lower_is(&toks[i], &["reports"])
        && (toks[i - 1].is_lower_word() || i == 1)
        && lower_is(&toks[i - 1], MAKERS)
}

/// An auxiliary verb: "has", "will", "may"; not the month: "for the May vote".
pub fn is_auxiliary(t: &Tok) -> bool {
    lower_is(t, AUXILIARIES) && t.t != "May"
}

pub fn is_abbr_tok(t: &Tok) -> bool {
    let l = t.lower();
    (t.is_cap() && t.t.chars().count() == 1) || ABBREVIATIONS.contains(&l.as_str())
}

/// An Indonesian active verb form ("mengungkap", "menyebut", "berbicara"), by its prefix.
pub fn is_id_active_verb(t: &Tok) -> bool {
    let l = t.lower();
    let long = l.chars().count() >= 6;
    long && (l.starts_with("me") || l.starts_with("ber"))
        && !lower_is(t, ROLE_HEADS)
        && !lower_is(t, PRONOUNS)
        && !lower_is(
            t,
            &[
                "memang",
                "mereka",
                "meski",
                "meskipun",
                "melalui",
                "menurut",
                "menjelang",
                "bersama",
                "berdasarkan",
                "beberapa",
            ],
        )
}

/// An adverb that may stand between a subject and its verb: a listed one ("juga", "also"),
/// or an English adverb of manner by its ending ("emphatically", "repeatedly"; not "family"
/// or "assembly").
pub fn is_adverb(t: &Tok) -> bool {
    const NOUNS: &[&str] = &["family", "assembly", "supply", "monopoly", "anomaly", "butterfly"];
    lower_is(t, ADVERBS)
        || (t.is_lower_word() && t.t.len() >= 6 && t.t.ends_with("ly") && !lower_is(t, NOUNS))
}

/// A possessive token: "Reed's", "Brook’s".
pub fn is_possessive(t: &Tok) -> bool {
    t.t.ends_with("'s") || t.t.ends_with("’s")
}

/// A word without its "'s" (either apostrophe), if it has one: "Reed's" → "Reed", "he's" → "he".
pub fn without_s(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// A name without the word a hyphen glues to its last word, the start of an aside written
/// without spaces: "Budi Santo-sapaan akrabnya" names Budi Santo. Other words after a hyphen
/// stay: "Han Ji-woo", "Al-Fatih".
pub fn without_glued_tail(name: &str) -> Option<&str> {
    const ASIDE_OPENERS: &[&str] = &["sapaan", "panggilan", "akrab", "biasa", "nama"];
    let last = name.rsplit(' ').next()?;
    let (head, tail) = last.split_once('-')?;
    let glued = !head.is_empty() && ASIDE_OPENERS.contains(&tail);
    glued.then(|| &name[..name.len() - last.len() + head.len()])
}

/// A pronoun with "is" or "has": "he's", "that's", "who’s" (not a possessive).
pub fn is_contraction(t: &Tok) -> bool {
    const BEFORE_IS: &[&str] = &["he", "she", "it", "that", "who", "there", "what", "here", "where"];
    without_s(&t.lower()).is_some_and(|w| BEFORE_IS.contains(&w))
}

/// A word written in capitals, two letters or more: a dateline's place ("NEW YORK"), a
/// transcript's speaker label ("PORTER").
pub fn in_capitals(t: &Tok) -> bool {
    t.is_word() && t.t.chars().count() >= 2 && !t.t.chars().any(char::is_lowercase)
}

/// A word that joins the parts of one name: "Institute for Harbour and Coastal Studies",
/// "Komunikasi dan Digital", "Harbour & Sons" ("Dan" capitalised is a name: "HRC spokesman
/// Dan Moss").
pub fn joins_name(t: &Tok) -> bool {
    (t.is_lower_word() && lower_is(t, &["and", "dan"])) || t.t == "&"
}

/// A number written in digits alone: an age ("Carl Dunn, 52,"), a count ("six in 10").
pub fn is_digits(t: &Tok) -> bool {
    t.t.chars().all(|c| c.is_ascii_digit())
}

/// A year in digits: "in 2004", "Back in 2004, …".
pub fn is_year(t: &Tok) -> bool {
    const YEAR_DIGITS: usize = 4;
    is_digits(t) && t.t.len() == YEAR_DIGITS
}

/// An English word for what someone does, by its ending, long enough not to be "other" or
/// "man": "ferryman", "biologist", "historian", "author".
pub fn is_occupation(t: &Tok) -> bool {
    const OCCUPATION_ENDINGS: &[&str] = &["ist", "ian", "man", "woman", "er", "or"];
    const MIN_OCCUPATION_LEN: usize = 6;
    let word = t.lower();
    word.chars().count() >= MIN_OCCUPATION_LEN && OCCUPATION_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A lowercase word shaped like an English verb in the present, third person: "-s" on a word
/// longer than three letters, not "-ss" ("lists", "admits"; not "boss"). A plural noun has the
/// same shape, so callers read it where a verb is expected.
pub fn is_present_form(t: &Tok) -> bool {
    t.is_lower_word() && t.t.len() > 3 && t.t.ends_with('s') && !t.t.ends_with("ss")
}

/// A lowercase English verb in the past: "-ed" on a word longer than four letters ("pushed",
/// not "red"), or a common irregular form ("went", "told").
pub fn is_past_form(t: &Tok) -> bool {
    t.is_lower_word() && ((t.t.len() > 4 && t.t.ends_with("ed")) || lower_is(t, IRREGULAR_PAST))
}

/// A word that may open a verb's object: a determiner, an object pronoun or a capitalised
/// word ("praised the crews", "told him", "backed Reed").
pub fn opens_object(t: &Tok) -> bool {
    lower_is(t, DETERMINERS) || lower_is(t, OBJECT_PRONOUNS) || t.is_cap()
}

/// People by a plural: a word for people ("riders", "officials") or a word ending in "s",
/// longer than three letters ("skippers").
pub fn is_plural_people(t: &Tok) -> bool {
    is_speaker_noun(t) || (t.t.ends_with('s') && t.t.len() > 3)
}

/// Whether a comma at token `k` is followed by a lowercase conjunction that opens a clause of
/// its own (", but …", ", while …").
pub fn comma_then_conjunction(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.t == ",")
        && toks.get(k + 1).is_some_and(|t| t.is_lower_word() && lower_is(t, CLAUSE_CONJUNCTIONS))
}

/// An English participle by its ending, long enough not to be "king" or "thing": "Walking
/// back …", "Running the port, …".
pub fn is_participle(t: &Tok) -> bool {
    const MIN_PARTICIPLE_LEN: usize = 6;
    t.t.len() >= MIN_PARTICIPLE_LEN && t.t.ends_with("ing")
}

/// A dash that sets off an aside or a clause: "—", "–", "―", a hyphen standing alone or two
/// typed for a long dash ("--").
pub fn is_dash(t: &Tok) -> bool {
    is_long_dash(t) || matches!(t.t, "-" | "--")
}

/// A dash that no word is hyphenated with: "—", "–" or "―".
pub fn is_long_dash(t: &Tok) -> bool {
    matches!(t.t, "—" | "–" | "―")
}

pub fn is_punct(t: &Tok, set: &[&str]) -> bool {
    set.contains(&t.t)
}

/// Marks between a quote or a clause and what leads into it: a comma, a colon, a semicolon or a
/// dash.
pub fn is_lead_punct(t: &Tok) -> bool {
    matches!(t.t, "," | ":" | ";") || is_dash(t)
}

/// Where a degree ending right before `toks[end]` starts: one token ("S.T", "MSi") or a
/// letter, its stop and the rest ("M.Pd" and "S. Pd" are three tokens: a stop followed by a
/// capital and a lowercase letter ends no token).
pub fn degree_before(toks: &[Tok], end: usize) -> Option<usize> {
    let last = toks.get(end.checked_sub(1)?)?;
    if lower_is(last, DEGREES) && last.t.chars().any(char::is_uppercase) {
        return Some(end - 1);
    }
    let first = toks.get(end.checked_sub(3)?)?;
    let split = toks[end - 2].t == "."
        && first.t.chars().count() == 1
        && first.is_cap()
        && DEGREES.contains(&format!("{}.{}", first.lower(), last.lower()).as_str());
    split.then_some(end - 3)
}

/// Where the degrees after a name start: back from `end` over degrees and the commas and
/// stops between them, no further back than `floor` ("Rina Wati, S.H., M.H." and "Budi
/// Santoso SE" end their names at the surname). `end` when no degree ends there.
pub fn degrees_start(toks: &[Tok], end: usize, floor: usize) -> usize {
    let (mut at, mut degrees) = (end, 0);
    loop {
        if at > floor && matches!(toks[at - 1].t, "," | ".") {
            at -= 1;
        } else if let Some(start) = degree_before(toks, at).filter(|&start| start >= floor) {
            at = start;
            degrees += 1;
        } else {
            break;
        }
    }
    if degrees == 0 {
        end
    } else {
        at
    }
}

/// Word count of `p[a..b]` (0 when empty).
pub fn wc(p: &str, a: usize, b: usize) -> usize {
    if a >= b {
        0
    } else {
        word_count(&p[a..b])
    }
}

/// Whether words read as a headline's, capitalised but for at most `lower_share` of them.
pub fn mostly_capitalised(toks: &[Tok], lower_share: f32) -> bool {
    let words = toks.iter().filter(|t| t.is_word()).count();
    toks.iter().filter(|t| t.is_lower_word()).count() as f32 <= lower_share * words as f32
}

/// Whether tokens are capitalised words only, with the stops of abbreviations ("Dr.",
/// "Sen."): a name as written.
pub fn capitalised_words(toks: &[Tok]) -> bool {
    toks.iter().enumerate().all(|(k, t)| t.is_cap() || (t.t == "." && k > 0 && is_abbr_tok(&toks[k - 1])))
}

/// Whether a statement's cue names a claim as a noun ("Reed's claim that …"): its owner is a
/// speaker, but not the one the sentence is about, whom a later "she" or a participle after
/// the claim stands for.
pub fn names_claim_as_noun(cue: &str) -> bool {
    CLAIM_NOUNS.contains(&cue.to_lowercase().as_str())
}

/// A day of the week, in either language, or a month: when, never who.
pub fn is_day_or_month(t: &Tok) -> bool {
    lower_is(t, WEEKDAYS_ID) || lower_is(t, WEEKDAYS_EN) || lower_is(t, MONTHS)
}

/// Where a phrase of when something was said, opening at `toks[i]` (after a cue or whom it was
/// told), ends: "Tuesday (morning)", "yesterday", "on Tuesday", "on March 3", "in September",
/// "last week", "earlier this month".
pub fn time_phrase_end(toks: &[Tok], i: usize) -> Option<usize> {
    const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
    const SPANS: &[&str] = &["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening"];
    let word = |k: usize, list: &[&str]| toks.get(k).is_some_and(|t| lower_is(t, list));
    let day_at = |k: usize| word(k, WEEKDAYS_EN) || word(k, &["yesterday", "today"]);
    let after_day = |k: usize| k + 1 + usize::from(word(k + 1, PARTS_OF_DAY));
    if day_at(i) {
        return Some(after_day(i));
    }
    if word(i, &["on"]) && word(i + 1, WEEKDAYS_EN) {
        return Some(after_day(i + 1));
    }
    // ("in September", "in 2015", "in March 2016")
    if word(i, &["in"]) && (word(i + 1, MONTHS) || toks.get(i + 1).is_some_and(is_year)) {
        return Some(i + 2 + usize::from(word(i + 1, MONTHS) && toks.get(i + 2).is_some_and(is_year)));
    }
    // ("on March 3", "on March 3, 2016")
    if word(i, &["on"]) && word(i + 1, MONTHS) && toks.get(i + 2).is_some_and(is_digits) {
        let year = toks.get(i + 3).is_some_and(|t| t.t == ",") && toks.get(i + 4).is_some_and(is_year);
        return Some(if year { i + 5 } else { i + 3 });
    }
    let from = if word(i, &["earlier", "later"]) && word(i + 1, &["this", "that"]) { i + 1 } else { i };
    (word(from, &["last", "this", "that"]) && word(from + 1, SPANS)).then_some(from + 2)
}

/// The token after the phrases of when something was said that open at `toks[k]` ("later
/// that week", "again on Monday"), or `k` when none does.
pub fn past_when(toks: &[Tok], mut k: usize) -> usize {
    const WHEN: &[&str] = &["earlier", "later", "previously", "also", "again"];
    loop {
        k = match time_phrase_end(toks, k) {
            Some(end) => end,
            None if toks.get(k).is_some_and(|t| lower_is(t, WHEN)) => k + 1,
            None => return k,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    #[test]
    fn without_glued_tail_cuts_an_aside_off_after_a_hyphen() {
        assert_eq!(without_glued_tail("Budi Santo-sapaan"), Some("Budi Santo"));
        assert_eq!(without_glued_tail("Rina Al-Fatih"), None);
        assert_eq!(without_glued_tail("Han Ji-woo"), None);
        assert_eq!(without_glued_tail("Budi Santoso"), None);
        assert_eq!(without_glued_tail("-sapaan"), None);
    }

    #[test]
    fn degrees_start_walks_back_over_degrees_and_their_marks() {
        let name_end = |p: &str, floor: usize| {
            let toks = tokens(p, 0, p.len());
            let at = degrees_start(&toks, toks.len(), floor);
            toks[..at].iter().map(|t| t.t).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(name_end("Rina Wati, S.H., M.H.", 0), "Rina Wati");
        assert_eq!(name_end("Budi Santoso SE", 0), "Budi Santoso");
        assert_eq!(name_end("Rina Wati, S. Pd, Gr", 0), "Rina Wati");
        // (no degree: the marks stay)
        assert_eq!(name_end("Rina Wati ,", 0), "Rina Wati ,");
        // (never past the floor: a name that is all degrees keeps what the floor keeps)
        assert_eq!(name_end("MM", 1), "MM");
        assert_eq!(name_end("MM", 0), "");
    }
}
