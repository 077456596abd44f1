//! The words a cue reports: where they start (past "that", an addressee, a venue, a time)
//! and where they end (a semicolon, the next clause of the reporter's), and the cues that
//! report nothing (an addressee alone, a thing described).

use once_cell::sync::Lazy;

use super::{question_word_within, TRAILING_ADVERBIALS};
use crate::{
    lexicon::*,
    speaker::{after_bracket, after_opening_circumstance, relative_who},
    text::{region_around, tokens, trim_span, Region, Tok},
    words::{
        is_abbr_tok, is_adverb, is_auxiliary, is_contraction, is_cue_word, is_dash, is_digits, is_discourse,
        is_id_active_verb, is_lead_punct, is_long_dash, is_participle, is_past_form, is_possessive,
        is_present_form, is_punct, is_role_or_people_noun, is_speaker_noun, is_year, lower_is, opens_object,
        time_phrase_end,
    },
};

/// Stems of the Indonesian verbs of saying: "ditambahkan" is a cue because "menambahkan" is.
pub(super) static ID_CUE_STEMS: Lazy<std::collections::HashSet<String>> = Lazy::new(|| {
    PRE_CUES
        .iter()
        .filter(|c| c.starts_with("me") || c.starts_with("ber"))
        .map(|c| jejak_text::stem_id(c))
        .collect()
});

/// Content of a statement introduced by the cue at `toks[ci]`, up to `se`.
pub fn content_after(p: &str, regions: &[Region], toks: &[Tok], ci: usize, se: usize) -> (usize, usize) {
    let (cs, ce) = content_after_cue(p, toks, ci, se);
    reported_clause(p, regions, toks, cs, ce)
}

/// Reported speech from `cs` to `ce` in the sentence of `toks`, up to a semicolon or a
/// clause of its own (see `up_to_next_clause`): what a statement with quotations woven in
/// reports.
pub fn reported_clause(p: &str, regions: &[Region], toks: &[Tok], cs: usize, ce: usize) -> (usize, usize) {
    let (cs, ce) = up_to_semicolon(p, regions, cs, ce);
    up_to_next_clause(p, regions, toks, cs, ce)
}

/// Whether offset `i` of the paragraph lies inside one of its quotations.
pub(super) fn inside_quote(regions: &[Region], i: usize) -> bool {
    region_around(regions, i).is_some()
}

/// Whether a quotation of the paragraph closes at offset `end`.
fn closes_quote(regions: &[Region], end: usize) -> bool {
    regions.iter().any(|r| r.close == end)
}

/// Whether a clause up to `ce` reports what someone says: a verb of saying, or a verb with a
/// clause of its own after it ("critics charge it would …", "others insist that …").
fn reports_clause(toks: &[Tok], ce: usize) -> bool {
    // (its verbs come early; the bound keeps a sentence of many "while"s linear)
    const MAX_CLAUSE: usize = 40;
    let clause = &toks[..toks.partition_point(|t| t.e <= ce).min(MAX_CLAUSE)];
    clause.iter().any(|t| t.is_lower_word() && is_cue_word(t))
        || clause.windows(3).any(|w| {
            w[0].is_lower_word()
                && (lower_is(&w[1], &["that"])
                    || (lower_is(&w[1], &["he", "she", "it", "they", "we"]) && w[2].is_lower_word()))
        })
}

/// The few words before a statement's content at `cs`, where its speaker is named.
fn speaker_words<'t, 'p>(toks: &'t [Tok<'p>], cs: usize) -> &'t [Tok<'p>] {
    const MAX_SPEAKER: usize = 12;
    let end = toks.partition_point(|t| t.e <= cs);
    &toks[end.saturating_sub(MAX_SPEAKER)..end]
}

/// Words that give a share of people or a count: "31 percent", "half", "three in 10".
fn names_share(toks: &[Tok]) -> bool {
    toks.iter().any(|t| (is_digits(t) && !is_year(t)) || lower_is(t, SHARE_WORDS))
}

/// A pronoun of `list`, alone or with its verb: "he", "he's", "they're", "we’ll".
fn pronoun_first(t: &Tok, list: &[&str]) -> bool {
    let l = t.lower();
    let pronoun = l.split(['\'', '’']).next().unwrap_or("");
    lower_is(t, list) || (pronoun.len() < l.len() && list.contains(&pronoun))
}

/// A reported clause ends where a clause of the speaker's own begins ("said it was a
/// mistake, but she denied that …", "said she met him twice but said …") or the reporter's
/// comment closes the sentence ("…, which has set off a row"): the first half is reported.
/// The shapes that end it are `STATEMENT_ENDS`, tried at each three tokens of the statement.
pub(super) fn up_to_next_clause(
    p: &str,
    regions: &[Region],
    toks: &[Tok],
    cs: usize,
    ce: usize,
) -> (usize, usize) {
    // "While the candidates say A, they differ …": after a subordinate clause that holds the
    // cue, the main clause is the reporter's
    // (past an opening "However,"; or inside the sentence, opening the clause the
    // statement is in: "…, and though Reed has said A, the captains …")
    // ("Even as Reed said A, …", "Even if …")
    let mut first_words = toks.iter().filter(|t| t.is_word() && !is_discourse(t));
    let (first, second) = (first_words.next(), first_words.next());
    let even_as = first.is_some_and(|t| lower_is(t, &["even"]))
        && second.is_some_and(|t| lower_is(t, SUBORDINATORS) || lower_is(t, &["as"]));
    // ("As Reed accused the board of A, …"; not "As Reed said, A" nor "As the Herald reported
    // on Monday, A", where the statement is the main clause)
    const WHEN_WORDS: &[&str] = &["just", "last", "this", "earlier", "recently", "late", "early"];
    // (a clause opened by `a` that runs on to the statement, no comma or colon between)
    let runs_to_statement =
        |a: &Tok| !toks.iter().any(|t| t.s > a.s && t.e <= cs && matches!(t.t, "," | ":"));
    let as_clause = first.is_some_and(|a| {
        lower_is(a, &["as"])
            && runs_to_statement(a)
            && toks
                .iter()
                .find(|t| t.s >= cs && t.is_word())
                .is_some_and(|t| !lower_is(t, TRAILING_ADVERBIALS) && !lower_is(t, WHEN_WORDS))
    });
    // ("Meskipun Budi mengatakan A, nelayan …": an Indonesian subordinate clause holding the cue
    // ends at its first comma, "Meski begitu, Budi mengatakan A" holds none)
    let id_subordinate = first.is_some_and(|a| lower_is(a, ID_SUBORDINATORS) && runs_to_statement(a));
    // (where such a clause may end: past a list in the statement, whose commas come before its
    // last "dan", "serta" or "atau": "… mengatakan kapal, perahu, dan dermaga aman, nelayan …")
    let list_and = |x: usize| {
        toks[x].t == "," && toks.get(x + 1).is_some_and(|t| lower_is(t, &["dan", "serta", "atau"]))
    };
    let id_clause_end = id_subordinate.then(|| {
        (0..toks.len())
            .rev()
            .find(|&x| toks[x].s > cs && toks[x].e <= ce && list_and(x))
            .map_or(cs, |x| toks[x].e)
    });
    let subordinate = first.is_some_and(|t| lower_is(t, SUBORDINATORS))
        || even_as
        || as_clause
        || toks
            .iter()
            .filter(|t| t.e <= cs)
            .rev()
            .take_while(|t| !is_punct(t, &[",", ";", ":"]))
            .any(|t| t.is_lower_word() && lower_is(t, SUBORDINATORS));
    let statement = Statement {
        p,
        regions,
        toks,
        cs,
        ce,
        subordinate,
        id_clause_end,
        relative: relative_opener(toks, cs),
    };
    let cut = (0..toks.len().saturating_sub(2))
        .map(|x| statement.window(x))
        .find(|at| statement.may_end_at(at) && STATEMENT_ENDS.iter().any(|ends| ends(&statement, at)));
    match cut {
        // (a closing quotation mark stays with the quotation it closes)
        Some(at) if at.after_quote => trim_span(p, cs, at.w[0].e),
        Some(at) => trim_span(p, cs, at.w[0].s),
        None => match toks.iter().rposition(|t| t.e <= ce) {
            // ("said A, adding: “…”": the participle handing over what comes next is not A's)
            Some(k)
                if k >= 1
                    && toks[k - 1].s > cs
                    && toks[k - 1].t == ","
                    && toks[k].is_lower_word()
                    && lower_is(&toks[k], PARTICIPLE_CUES) =>
            {
                trim_span(p, cs, toks[k - 1].s)
            }
            _ => (cs, ce),
        },
    }
}

/// A statement read for where it ends (see `up_to_next_clause`): its sentence's tokens, its
/// words so far `cs..ce`, and what the words before it say of the clause it is in.
struct Statement<'t, 'p> {
    p: &'p str,
    regions: &'t [Region],
    toks: &'t [Tok<'p>],
    cs: usize,
    ce: usize,
    /// The cue is in a subordinate clause ("While the candidates say A, they differ …"),
    /// whose main clause is the reporter's.
    subordinate: bool,
    /// Where an Indonesian subordinate clause that holds the cue may end: past a list in the
    /// statement.
    id_clause_end: Option<usize>,
    relative: Option<RelativeOpener>,
}

/// Three tokens from `toks[x]` at which a statement may end.
struct Window<'t, 'p> {
    x: usize,
    w: &'t [Tok<'p>],
    /// A comma that closes a quotation before the next clause: `“… unfair,” while …`.
    quote_comma: bool,
    /// The quotation closing itself: `30 percent said “too slow” and 12 percent said …`.
    after_quote: bool,
}

impl<'t, 'p> Statement<'t, 'p> {
    fn window(&self, x: usize) -> Window<'t, 'p> {
        let w = &self.toks[x..x + 3];
        let after_quote = closes_quote(self.regions, w[0].e);
        let quote_comma = x > 0 && self.toks[x - 1].t == "," && after_quote;
        Window { x, w, quote_comma, after_quote }
    }

    /// Whether the window lies inside the statement, outside a quotation it weaves in.
    fn may_end_at(&self, at: &Window) -> bool {
        let w = at.w;
        !(w[0].s <= self.cs
            || w[2].e > self.ce
            || (inside_quote(self.regions, w[0].s) && !at.quote_comma && !at.after_quote))
    }

    /// A few words from `toks[at + 1]` and then a cue: another subject's statement (", and a
    /// third said B", "more than 3 in 10 said").
    fn other_speaker(&self, at: usize) -> bool {
        const MAX_OTHER_SUBJECT: usize = 6;
        let toks = self.toks;
        (at + 1..toks.len().min(at + 1 + MAX_OTHER_SUBJECT))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| toks[k].is_lower_word() && is_cue_word(&toks[k]))
            .is_some_and(|k| k > at + 1)
    }

    /// The statement's tokens after offset `from`.
    fn tail(&self, from: usize) -> impl Iterator<Item = &Tok<'p>> + '_ {
        self.toks.iter().filter(move |t| t.s > from && t.e <= self.ce)
    }
}

/// A shape that ends a statement at a window.
type StatementEnd = fn(&Statement, &Window) -> bool;

/// The shapes that end a statement, any of which may hold at a window: the first window
/// where one does is where the statement ends.
const STATEMENT_ENDS: &[StatementEnd] = &[
    new_clause,
    reporters_comment,
    aside_on_name,
    source_of_sentence,
    relative_closed,
    second_cue,
    other_statement,
    main_verb,
    medium_reported,
    comparison,
    own_verb,
    joined_clause,
    circumstance,
    own_verb_bare,
    reporters_aside,
    anonymity_granted,
    parallel_participle,
];

/// A clause of its own after a comma: a pronoun after a conjunction, a contrast with its own
/// verb of saying, a concession, the main clause after a subordinate one, a named speaker's
/// own statement.
fn new_clause(s: &Statement, at: &Window) -> bool {
    let (toks, ce, x, w) = (s.toks, s.ce, at.x, at.w);
    let comma = w[0].t == "," || at.quote_comma;
    named_speaker_cue(toks, x).is_some()
        || (comma
            && ((lower_is(&w[1], &["but", "although", "though", "and", "while", "namun", "tetapi", "tapi", "dan"])
                && pronoun_first(&w[2], &["he", "she", "they", "we", "ia", "dia", "mereka", "kami", "beliau"]))
                // ("…, while acknowledging B", "…, while critics charge it is B", "9 percent say A,
                // while 30 percent call it B"; a contrast with no verb of saying is the
                // speaker's own: "the survey found A rose 6 percent, while B fell")
                || (lower_is(&w[1], &["while", "whereas"])
                    && (is_participle(&w[2])
                        || reports_clause(&toks[x + 2..], ce)
                        || (names_share(&toks[x + 2..toks.len().min(x + 5)])
                            && names_share(speaker_words(toks, s.cs)))))
                // ("… say A, though voters are split": a concession with a clause of its own)
                // (not inside an aside that a dash closes later: "the Herald -- known for its
                // tide tables, though its crew reports the news too -- lost money")
                || (lower_is(&w[1], &["though", "although"])
                    && x + 2 < toks.len()
                    && concession_clause(&toks[x + 2..])
                    && !toks[x + 2..].iter().any(|t| t.e <= ce && is_dash(t)))
                || (s.subordinate && lower_is(&w[1], &["he", "she", "it", "they", "we", "i"]))
                // ("After Reed said A, the board objected", "While Reed has said A, Dunn must
                // decide", "…, his crew wants B")
                || (s.subordinate && comma && main_clause_follows(&toks[x + 1..]))
                // ("While Dunn said A, Ann Porter said B", "While 9 percent said A, 31 percent
                // said B")
                || (s.subordinate && w[0].t == "," && (w[1].is_cap() || is_digits(&w[1])) && s.other_speaker(x))))
        // "… in 2019 - though no one knows …"
        || (is_dash(&w[0]) && lower_is(&w[1], &["though", "although", "while", "whereas"]))
        || (w[0].t == "," && s.id_clause_end.is_some_and(|end| w[0].s >= end))
}

/// "…, which has set off a row", "…, a move critics called overdue", "… — a swipe at the
/// harbour board": the reporter's comment closing the sentence (not the next item of a
/// list: "…, a ferry and a quay").
fn reporters_comment(s: &Statement, at: &Window) -> bool {
    let (toks, ce, x, w) = (s.toks, s.ce, at.x, at.w);
    let dash = is_dash(&w[0]);
    // (nor an aside a second dash closes, nor the subject of a clause of its own: "…, a
    // narrower win there would raise doubts"; a verb after "who" or "that" is the phrase's
    // own: "…, a skipper who has fished here for years")
    let list_goes_on = || {
        toks.windows(2)
            .filter(|v| v[0].s > w[1].e && v[1].e <= ce)
            .any(|v| lower_is(&v[0], &["and", "or"]) && lower_is(&v[1], DETERMINERS))
    };
    let own_clause = || {
        s.tail(w[1].e)
            .take_while(|t| !lower_is(t, &["who", "that", "which", "whose"]))
            .any(|t| t.is_lower_word() && is_auxiliary(t))
    };
    // (nor what a naming verb names: "called the report, which is due Friday, a bombshell";
    // nor the rest of a clause an aside broke: "was, in fact, a fraud")
    let named = || toks.iter().rfind(|t| t.e <= s.cs).is_some_and(|t| lower_is(t, NAMING_CUES));
    let after_aside = || {
        let segment: Vec<&Tok> = toks[..x]
            .iter()
            .rev()
            .take_while(|t| t.t != "," && t.s >= s.cs)
            .filter(|t| t.is_word())
            .collect();
        let opened = toks[..x].iter().any(|t| t.t == "," && t.s >= s.cs);
        opened
            && (segment.last().is_some_and(|t| lower_is(t, &["which", "who", "whose"]))
                || (segment.len() <= 2 && segment.iter().all(|t| t.is_lower_word())))
    };
    const COMMENT_NOUNS: &[&str] =
        &["move", "decision", "step", "reversal", "shift", "change", "blow", "proposal", "remark", "claim"];
    // (the noun perhaps after an adjective: ", a bold claim she has made twice")
    let noun_phrase = || {
        lower_is(&w[2], COMMENT_NOUNS)
            || (w[2].is_lower_word()
                && !is_auxiliary(&w[2])
                && toks.get(x + 3).is_some_and(|t| t.e <= ce && lower_is(t, COMMENT_NOUNS)))
            || (!list_goes_on()
                && !own_clause()
                && !s.tail(w[1].e).any(is_dash)
                && !named()
                && !after_aside())
    };
    // (an aside a second dash closes is no comment: "the patrols - which cost the town
    // little - have cut thefts")
    (w[0].t == "," || dash)
        && (lower_is(&w[1], &["which"]) && !(dash && s.tail(w[1].e).any(is_dash))
            || (lower_is(&w[1], &["a", "an"]) && noun_phrase()))
        && !s.p[w[1].s..ce].contains(',')
}

/// "…, Ann Porter, who has run the line since 2009": the reporter's aside on a person named
/// last (up to the end; with a comma later the clause may go on after it: "Ann Porter, who
/// runs the line, has said nothing").
fn aside_on_name(s: &Statement, at: &Window) -> bool {
    let (toks, x, w) = (s.toks, at.x, at.w);
    w[0].t == ","
        && x > 0
        && toks[x - 1].is_cap()
        && lower_is(&w[1], &["who"])
        && !toks[x + 2..].iter().any(|t| t.t == "," && t.e <= s.ce)
}

/// "Riders said A, according to a survey": the source of the whole sentence.
fn source_of_sentence(_: &Statement, at: &Window) -> bool {
    let w = at.w;
    w[0].t == "," && lower_is(&w[1], &["according"]) && lower_is(&w[2], &["to"])
}

/// "Reed, who said the pier was unsafe, repeated the claim", "Reed - who said A - told …":
/// the relative clause holding the cue closes at a verb of the main clause with an object
/// (or a finite verb after an adverb: "…, eventually did not come"), or at the dash that
/// closes it.
fn relative_closed(s: &Statement, at: &Window) -> bool {
    let w = at.w;
    match s.relative {
        Some(RelativeOpener::Comma) => {
            w[0].t == ","
                && ((is_past_form(&w[1])
                    && (lower_is(&w[2], DETERMINERS) || lower_is(&w[2], OBJECT_PRONOUNS) || w[2].is_cap()))
                    || (is_adverb(&w[1])
                        && w[2].is_lower_word()
                        && (is_auxiliary(&w[2]) || lower_is(&w[2], &["did", "does"]) || is_past_form(&w[2]))))
        }
        Some(RelativeOpener::Dash) => is_dash(&w[0]),
        None => false,
    }
}

/// "… twice but said neither …": a second statement by the same speaker ("said he found the
/// ferry charming and called the fee unfair": naming it is the speaker's next statement too,
/// unless someone else is the subject of what was said: "said the board met and called a
/// vote").
fn second_cue(s: &Statement, at: &Window) -> bool {
    let (toks, x, w) = (s.toks, at.x, at.w);
    let speaker_calls = || {
        let content = &toks[toks.iter().position(|t| t.s >= s.cs).unwrap_or(x)..x];
        !clause_follows(content)
            || content.first().is_some_and(|t| lower_is(t, &["he", "she", "they", "we", "i"]))
    };
    lower_is(&w[0], &["but", "and"])
        && (is_cue_word(&w[1])
            || (lower_is(&w[1], &["called"]) && speaker_calls())
            || (lower_is(&w[1], ADVERBS) && is_cue_word(&w[2]))
            // ("said the pier was shut and she accused the board of …": the speaker's own next
            // verb of saying, with a pronoun)
            || (lower_is(&w[1], &["he", "she", "they"])
                && w[2].is_lower_word()
                && (is_cue_word(&w[2]) || lower_is(&w[2], STANCE_CUES))
                && is_past_form(&w[2])))
}

/// "calling the levy B and saying C": after a statement a participle handed over, a second
/// participle joined by "and" does something else, its own statement or not.
fn parallel_participle(s: &Statement, at: &Window) -> bool {
    const MIN_PARTICIPLE_LEN: usize = 5;
    let (toks, w) = (s.toks, at.w);
    let handed_by_participle = toks
        .iter()
        .rposition(|t| t.e <= s.cs)
        .is_some_and(|k| toks[k].is_lower_word() && lower_is(&toks[k], PARTICIPLE_CUES));
    // (a verb by what follows it, not a noun: "and nothing else", "and spending cuts")
    let verb_object =
        |t: &Tok| opens_object(t) || lower_is(t, &["that", "to", "he", "she", "they", "it", "we"]);
    handed_by_participle
        && lower_is(&w[0], &["and"])
        && w[1].is_lower_word()
        && w[1].t.ends_with("ing")
        && w[1].t.len() >= MIN_PARTICIPLE_LEN
        && !lower_is(&w[1], ING_NOUNS)
        && (lower_is(&w[1], PARTICIPLE_CUES) || verb_object(&w[2]))
}

/// ", and a third said B", "…” and 12 percent said …": another subject's statement after a
/// conjunction.
fn other_statement(s: &Statement, at: &Window) -> bool {
    let w = at.w;
    (w[0].t == "," || at.after_quote)
        && lower_is(
            &w[1],
            &["and", "but", "while", "whereas", "sedangkan", "sementara", "namun", "tetapi", "dan"],
        )
        && !lower_is(&w[2], &["that"])
        && s.other_speaker(at.x + 1)
}

/// "Reed, who said he votes for Democrats, said one candidate …": the main clause's own verb
/// after a comma ends the relative clause's statement.
fn main_verb(_: &Statement, at: &Window) -> bool {
    let w = at.w;
    w[0].t == "," && w[1].is_lower_word() && POST_CUES_EN.contains(&w[1].t)
}

/// "Reed said A, the Harbour Herald reported": a medium that passed the statement on, named
/// after it with its verb, closing the sentence or before what it cited.
fn medium_reported(s: &Statement, at: &Window) -> bool {
    const MAX_MEDIUM_WORDS: usize = 5;
    if at.w[0].t != "," {
        return false;
    }
    let name = &s.toks[at.x + 1..];
    let words = name.iter().take_while(|t| t.is_cap() || lower_is(t, &["the"])).count();
    (1..=MAX_MEDIUM_WORDS).contains(&words)
        && name
            .get(words)
            .is_some_and(|v| v.is_lower_word() && lower_is(v, &["reported", "reports", "said", "says"]))
        && name.get(words + 1).is_none_or(|t| matches!(t.t, "." | ","))
        && is_medium(&s.p[name[0].s..name[words - 1].e])
}

/// "52 percent said A, compared with 38 percent of B": the reporter's comparison (without a
/// comma too, when a share of people saying otherwise follows: "… are settled compared to
/// three in 10 who say …").
fn comparison(s: &Statement, at: &Window) -> bool {
    const MAX_SHARE: usize = 10;
    let (toks, x, w) = (s.toks, at.x, at.w);
    let share_follows = || {
        let share = &toks[x + 2..toks.len().min(x + 2 + MAX_SHARE)];
        share
            .iter()
            .any(|t| (is_digits(t) && !is_year(t)) || lower_is(t, &["percent", "half", "third", "quarter"]))
            && share.iter().any(|t| lower_is(t, &["who"]))
    };
    (w[0].t == "," && lower_is(&w[1], &["compared"]) && lower_is(&w[2], &["with", "to"]))
        || (lower_is(&w[0], &["compared"]) && lower_is(&w[1], &["with", "to"]) && share_follows())
}

/// "said A, and called the plan B": the speaker's own next verb, with an object of its own
/// (not a list: "…, cleaner beaches, and painted boathouses").
fn own_verb(s: &Statement, at: &Window) -> bool {
    let w = at.w;
    let object_follows = s.toks.get(at.x + 3).is_some_and(|t| opens_object(t) || lower_is(t, &["that"]));
    (w[0].t == "," || at.quote_comma)
        && lower_is(&w[1], &["and", "but"])
        && w[2].is_lower_word()
        && w[2].t.ends_with("ed")
        && object_follows
}

/// "said A, but the harbour board was unhappy", "…, and has pushed for B": after a comma and
/// a conjunction, a clause of the reporter's or the speaker's next verb (a clause with words
/// quoted in it is still the speaker's: "…, and the town had “run out of patience”").
fn joined_clause(s: &Statement, at: &Window) -> bool {
    let (toks, x, w) = (s.toks, at.x, at.w);
    let quoted_later = s.regions.iter().any(|r| r.open > w[1].e && r.open < s.ce);
    (w[0].t == "," || at.quote_comma)
        && lower_is(&w[1], &["and", "but"])
        && x + 2 < toks.len()
        && !quoted_later
        && clause_follows(&toks[x + 2..])
}

/// "…, without giving a date", "…, with the mayor calling it B": the reporter's
/// circumstance.
fn circumstance(s: &Statement, at: &Window) -> bool {
    let w = at.w;
    w[0].t == ","
        && (lower_is(&w[1], &["without"]) && w[2].is_lower_word() && w[2].t.ends_with("ing")
            || lower_is(&w[1], &["with"])
                && s.toks[at.x + 2..]
                    .iter()
                    .take(8)
                    .take_while(|t| t.is_word())
                    .any(|t| t.is_lower_word() && t.t.ends_with("ing") && is_cue_word(t)))
}

/// "said she admires the crews and praised their work": without a comma too, when a past
/// verb with an object follows a statement in the present, whose tense it breaks.
fn own_verb_bare(s: &Statement, at: &Window) -> bool {
    let (x, w) = (at.x, at.w);
    let past_in_content = || {
        s.toks
            .iter()
            .filter(|t| t.s >= s.cs && t.e <= w[0].s)
            .any(|t| is_past_form(t) || lower_is(t, &["was", "were", "had", "did", "wasn't", "weren't"]))
    };
    lower_is(&w[0], &["and"])
        && !(x > 0 && s.toks[x - 1].t == ",")
        && is_past_form(&w[1])
        && opens_object(&w[2])
        && !past_in_content()
}

/// After a comma, the reporter's comparison or aside: "…, as have other captains", "…, as
/// was the case last year", "…, even as he admits B" (not a role: "…, even as a captain, had
/// …"); or what happens on a date the statement named: "… before May 2, when the ferries
/// return".
fn reporters_aside(s: &Statement, at: &Window) -> bool {
    let w = at.w;
    let date_before = at.x > 0 && {
        let t = &s.toks[at.x - 1];
        (is_digits(t) && !is_year(t)) || lower_is(t, MONTHS) || lower_is(t, WEEKDAYS_EN)
    };
    w[0].t == ","
        && ((lower_is(&w[1], &["as"])
            && lower_is(&w[2], &["have", "has", "had", "did", "do", "does", "was", "is", "were"]))
            || (lower_is(&w[1], &["when"]) && date_before)
            || (lower_is(&w[1], &["even"])
                && lower_is(&w[2], &["as"])
                && !s.toks.get(at.x + 3).is_some_and(|t| lower_is(t, &["a", "an"]))))
}

/// "outlined the timetable on condition of anonymity while …": the terms the source spoke
/// on, not what they said (a condition of the statement's own stays: "would open again on
/// condition that the levy is paid").
fn anonymity_granted(s: &Statement, at: &Window) -> bool {
    anonymity_terms_at(s.toks, at.x)
}

/// Whether "on (the) condition of anonymity" opens at token `k`.
pub(super) fn anonymity_terms_at(toks: &[Tok], k: usize) -> bool {
    let the = usize::from(toks.get(k + 1).is_some_and(|t| lower_is(t, &["the"])));
    let word = |at: usize, w: &str| toks.get(at).is_some_and(|t| lower_is(t, &[w]));
    word(k, "on")
        && word(k + 1 + the, "condition")
        && word(k + 2 + the, "of")
        && word(k + 3 + the, "anonymity")
}

/// The cue of a named speaker's own statement after the comma at `toks[comma]`: "…, Ann R.
/// Porter noted that …", a name of a few capitalised words and initials, then a past verb
/// of saying and "that".
pub(super) fn named_speaker_cue(toks: &[Tok], comma: usize) -> Option<usize> {
    const MAX_NAME_TOKENS: usize = 5;
    if toks.get(comma).is_none_or(|t| t.t != ",") || !toks.get(comma + 1).is_some_and(Tok::is_cap) {
        return None;
    }
    let k = (comma + 1..toks.len().min(comma + 1 + MAX_NAME_TOKENS))
        .find(|&k| !(toks[k].is_cap() || (toks[k].t == "." && is_abbr_tok(&toks[k - 1]))))?;
    let cue = toks[k].is_lower_word()
        && is_cue_word(&toks[k])
        && is_past_form(&toks[k])
        && toks.get(k + 1).is_some_and(|t| lower_is(t, &["that"]));
    cue.then_some(k)
}

/// How a relative clause that holds the cue of a statement starting at `cs` was set off
/// from the subject it describes: "Reed, who said …", "Reed - who has said …".
#[derive(Clone, Copy)]
enum RelativeOpener {
    Comma,
    Dash,
}

fn relative_opener(toks: &[Tok], cs: usize) -> Option<RelativeOpener> {
    let start = toks.iter().position(|t| t.s >= cs)?;
    let mut cue = start.checked_sub(1)?;
    if lower_is(&toks[cue], &["that"]) {
        cue = cue.checked_sub(1)?;
    }
    if !(toks[cue].is_lower_word() && is_cue_word(&toks[cue])) {
        return None;
    }
    let who = relative_who(toks, cue)?;
    Some(if toks[who - 1].t == "," { RelativeOpener::Comma } else { RelativeOpener::Dash })
}

/// Whether the tokens open a clause of their own: the subject's next verb ("has pushed",
/// "then pointed out", "most recently defended"), or a new subject and its verb ("the
/// harbour board was unhappy", "Ann Porter, who backs the pier, also supported").
pub(crate) fn clause_follows(rest: &[Tok]) -> bool {
    const MAX_SUBJECT: usize = 6;
    const LEAD_ADVERBS: &[&str] = &["then", "also", "later", "most", "recently", "even", "still"];
    let finite = |t: &Tok| t.is_lower_word() && (is_auxiliary(t) || lower_is(t, &["did", "does", "do"]));
    let v = rest.iter().position(|t| !lower_is(t, LEAD_ADVERBS)).unwrap_or(rest.len());
    // (the speaker's next verb: an auxiliary, or a past verb with an object)
    if let Some(verb) = rest.get(v) {
        let object = rest.get(v + 1).is_some_and(opens_object);
        if lower_is(verb, &["has", "had"]) || (is_past_form(verb) && object) {
            return true;
        }
    }
    // (a new subject: a pronoun, a name or a described noun phrase, then a finite verb)
    let Some(first) = rest.first() else { return false };
    // (perhaps past an opening phrase set off by a comma: "but for the skippers, the cost
    // will …")
    const MAX_OPENING: usize = 6;
    if first.is_lower_word() && lower_is(first, &["for", "to", "among", "in", "at", "on", "with"]) {
        let comma = rest.iter().take(MAX_OPENING + 1).position(|t| t.t == ",");
        return comma
            .is_some_and(|c| c > 1 && rest[1..c].iter().all(Tok::is_word) && clause_follows(&rest[c + 1..]));
    }
    // ("and that B" reports B too)
    if lower_is(first, &["that", "this"]) {
        return false;
    }
    let opens_subject = lower_is(first, &["it", "he", "she", "they", "we", "i", "there"])
        || lower_is(first, &["nobody", "everyone", "everybody", "someone", "somebody", "none"])
        || first.is_cap()
        || lower_is(first, DETERMINERS);
    if !opens_subject {
        return false;
    }
    // (past an apposition set off by commas: "Ann Porter, who backs the pier, also …")
    let mut k = 1;
    let mut words = 1;
    while k < rest.len() && words <= MAX_SUBJECT {
        let t = &rest[k];
        if t.t == "," {
            match rest[k + 1..].iter().take(12).position(|t| t.t == ",") {
                Some(c) if lower_is(&rest[k + 1], &["who", "which"]) => k += c + 2,
                _ => return false,
            }
            continue;
        }
        if finite(t) || (is_past_form(t) && !lower_is(&rest[k - 1], DETERMINERS)) {
            return true;
        }
        if !t.is_word() && t.t != "." {
            return false;
        }
        if is_adverb(t) {
            k += 1;
            continue;
        }
        words += 1;
        k += 1;
    }
    false
}

/// The main clause after a subordinate one and its comma: a clause as `clause_follows` reads
/// it, or a subject of a few words and a verb in the present ("his crew wants", "the board
/// objects").
pub(crate) fn main_clause_follows(rest: &[Tok]) -> bool {
    const MAX_SUBJECT: usize = 4;
    if clause_follows(rest) {
        return true;
    }
    // (past when or where: "…, at the quay on Friday Brook said …")
    const MAX_OPENING: usize = 7;
    let opened = (2..rest.len().min(MAX_OPENING + 1))
        .find(|&k| rest[k].is_cap() || lower_is(&rest[k], &["he", "she", "they", "we", "i"]));
    if opened.is_some_and(|k| after_opening_circumstance(rest, k) && clause_follows(&rest[k..])) {
        return true;
    }
    let Some(first) = rest.first() else { return false };
    if !(first.is_cap() || lower_is(first, DETERMINERS) || lower_is(first, &["he", "she", "it"])) {
        return false;
    }
    let present = |k: usize| {
        is_present_form(&rest[k])
            && rest.get(k + 1).is_some_and(|n| n.is_lower_word() || lower_is(n, DETERMINERS))
    };
    (1..rest.len().min(MAX_SUBJECT + 1)).take_while(|&k| rest[k].is_word()).any(present)
}

/// Whether the words after "though" hold a clause of their own, a subject and its verb:
/// "though he admits …", "though voters are split" (not "though old").
fn concession_clause(rest: &[Tok]) -> bool {
    const MAX_SUBJECT: usize = 3;
    main_clause_follows(rest)
        || (1..rest.len().min(MAX_SUBJECT + 1))
            .take_while(|&k| rest[k - 1].is_word() && !is_cue_word(&rest[k - 1]))
            .any(|k| rest[k].is_lower_word() && is_auxiliary(&rest[k]))
}

/// A reported clause ends at a semicolon outside quotation marks: "Officials said the
/// delay was not planned; they only heard on Friday …" reports the first half.
pub(super) fn up_to_semicolon(p: &str, regions: &[Region], cs: usize, ce: usize) -> (usize, usize) {
    match semicolon_in(p, regions, cs, ce) {
        Some(i) => trim_span(p, cs, i),
        None => (cs, ce),
    }
}

/// The first semicolon in `p[from..to]` outside quotation marks that ends a clause: not one
/// between the items of a list of what the subject did ("had cleared the quay; mended the
/// nets; and painted the sheds"), where the next item opens with its verb.
pub(super) fn semicolon_in(p: &str, regions: &[Region], from: usize, to: usize) -> Option<usize> {
    const MAX_PEEK: usize = 40;
    let next_item = |i: usize| {
        let mut end = (i + 1 + MAX_PEEK).min(to);
        while !p.is_char_boundary(end) {
            end -= 1;
        }
        let toks = tokens(p, i + 1, end);
        let first = usize::from(toks.first().is_some_and(|t| lower_is(t, &["and", "or"])));
        toks.get(first).is_some_and(|v| is_past_form(v) && !is_cue_word(v))
            && toks.get(first + 1).is_some_and(|t| t.is_word() && !is_auxiliary(t))
    };
    p[from..to]
        .match_indices(';')
        .map(|(i, _)| from + i)
        .find(|&i| !inside_quote(regions, i) && !next_item(i))
}

/// Words that open a clause saying when or why something was said, no part of what was.
pub(crate) const CIRCUMSTANCE_SUBORDINATORS: &[&str] =
    &["as", "when", "while", "after", "before", "because", "since", "until"];

/// Where the words a cue reports begin and end, in the sentence ending at `se`: past a
/// "that", whom it was told to and the time and place it was said; `(se, se)` when the cue
/// reports no words. Each shape the words after the cue may take is a step of its own.
pub(super) fn content_after_cue(p: &str, toks: &[Tok], ci: usize, se: usize) -> (usize, usize) {
    let (n, i) = (toks.len(), ci + 1);
    // ("What Reed said was that the quay is safe": what was said is after the "that")
    let cleft = toks.get(i..i + 3).is_some_and(|w| {
        lower_is(&w[0], &["was", "is", "were", "are"]) && lower_is(&w[1], &["that"]) && w[2].is_word()
    });
    if cleft {
        return trim_span(p, toks[i + 2].s, se);
    }
    content_after_that(p, toks, ci, se)
        .or_else(|| quotation_after_telling(p, toks, ci, se))
        .or_else(|| question_asked(p, toks, ci, se))
        // ("menerangkan pula, pendapatan …": "also" and its comma)
        .or_else(|| {
            let also = toks.get(i).is_some_and(|t| lower_is(t, &["pula", "juga"]));
            (also && toks.get(i + 1).is_some_and(|t| t.t == ",")).then(|| trim_span(p, toks[i + 1].e, se))
        })
        // (spoken Indonesian: "menyimpulkan kalau …", right after the cue)
        .or_else(|| {
            (i < n && (is_lead_punct(&toks[i]) || lower_is(&toks[i], &["kalau"])))
                .then(|| trim_span(p, toks[i].e, se))
        })
        .or_else(|| stance_phrase_first(p, toks, i, se))
        .or_else(|| content_after_venue(p, toks, ci, se))
        .or_else(|| content_after_press(p, toks, ci, se))
        .or_else(|| content_past_circumstance(p, toks, ci, se))
        .or_else(|| content_after_addressee(p, toks, ci, se))
        .unwrap_or_else(|| if i >= n { (se, se) } else { trim_span(p, toks[i].s, se) })
}

/// "said in her view the quay needs work": whose view opens the statement, no circumstance of
/// its telling, and the statement goes on from there.
fn stance_phrase_first(p: &str, toks: &[Tok], i: usize, se: usize) -> Option<(usize, usize)> {
    const OWNERS: &[&str] = &["my", "his", "her", "our", "their", "its"];
    const STANCE_NOUNS: &[&str] = &["view", "opinion", "judgment", "judgement", "estimation", "mind"];
    let phrase = toks.get(i..i + 3)?;
    let stance =
        lower_is(&phrase[0], &["in"]) && lower_is(&phrase[1], OWNERS) && lower_is(&phrase[2], STANCE_NOUNS);
    (stance && phrase[0].is_lower_word()).then(|| trim_span(p, phrase[0].s, se))
}

/// Words that may name whom something was told to before what was told.
pub(super) const MAX_ADDRESSEE_WORDS: usize = 5;

/// "mengatakan kepada wartawan dermaga ditutup": the press it was told to, then what was
/// told without a "bahwa"; the outlet may be named ("kepada wartawan Harian Pelabuhan").
fn content_after_press(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    const PRESS: &[&str] = &["wartawan", "media", "jurnalis", "pers", "reporter", "awak"];
    let mut k = ci + 1;
    if !toks.get(k).is_some_and(|t| lower_is(t, &["kepada"])) {
        return None;
    }
    k += 1;
    if toks.get(k).is_some_and(|t| lower_is(t, &["para"])) {
        k += 1;
    }
    let press = toks.get(k).is_some_and(|t| t.is_lower_word() && lower_is(t, PRESS));
    if !press {
        return None;
    }
    k += 1;
    if toks.get(k).is_some_and(|t| lower_is(t, &["media", "pers"])) {
        k += 1;
    }
    while toks.get(k).is_some_and(|t| t.is_cap() || t.t == ".") {
        k += 1;
    }
    // (where or when it was told comes next, not what: "kepada wartawan di dermaga, Senin")
    let next = toks.get(k).filter(|t| t.is_lower_word() && !lower_is(t, AFTER_CUE_CIRCUMSTANCES))?;
    (next.s < se).then(|| trim_span(p, next.s, se))
}

/// "That"/"bahwa" soon after the cue starts the content, unless a clause has begun before
/// it ("said he was too tired to look for records that would …"); after "told" whom it was
/// told to may come first ("told the ferry crews who filled the quay that …").
fn content_after_that(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    const NEAR: usize = 9;
    const AFTER_WHOM: usize = 16;
    // (a verb that names or charges takes an object, so a "that" after it is the object's:
    // "called the claim that the quay is safe a bad joke")
    if lower_is(&toks[ci], NAME_OR_CHARGE_CUES) {
        return None;
    }
    let told_to = lower_is(&toks[ci], TOLD_TO_CUES);
    // (when and where may take longer: "said in a radio interview on the Herald's morning show
    // with Ann Porter that …")
    // (the day may come first: "stated Thursday in a letter to the Herald that …")
    const VENUE_OPENERS: &[&str] = &["in", "on", "at", "during"];
    let day_first =
        toks.get(i).is_some_and(|t| lower_is(t, WEEKDAYS_EN) || lower_is(t, &["today", "yesterday"]));
    let venue_at = if day_first { i + 1 } else { i };
    let circumstance_first =
        toks.get(venue_at).is_some_and(|t| t.is_lower_word() && lower_is(t, VENUE_OPENERS));
    let near = if told_to || circumstance_first { AFTER_WHOM } else { NEAR };
    // (a relative clause on whom it was told to is no clause of what was told, nor is one
    // that says when: "said on Tuesday while she walked to the quay that …")
    let mut relative = false;
    let mut subordinate = false;
    // (after whom it was told to, a "that" before a verb is a relative pronoun: "told the fishermen
    // that gathered before dawn that …")
    let mut relative_that = false;
    // (past a programme's quoted title in where it was said: "argued in a radio interview
    // with “Harbour Morning” that …")
    let mut past_title = 0;
    for (k, t) in toks.iter().enumerate().take(n.min(i + near)).skip(i) {
        if k < past_title {
            continue;
        }
        if let Some(close) = circumstance_first.then(|| quoted_title_end(toks, k)).flatten() {
            past_title = close + 1;
            continue;
        }
        relative |= told_to && lower_is(t, &["who"]);
        subordinate |= t.is_lower_word() && lower_is(t, CIRCUMSTANCE_SUBORDINATORS);
        let clause = !subordinate && (is_auxiliary(t) || lower_is(t, PRONOUNS) || is_contraction(t));
        // (a "that" after the speaker's second verb of speech is that verb's, once the first
        // has words of its own: "said the pier needs work but added that …", not "nodded,
        // but also insisted that the quay …"; nor after a relative clause's: "told a sailor
        // who warned that …")
        let second_cue = t.is_lower_word() && is_cue_word(t) && {
            let conjunction =
                if k >= 1 && lower_is(&toks[k - 1], ADVERBS) { k.saturating_sub(2) } else { k - 1 };
            conjunction > i + 1 && lower_is(&toks[conjunction], &["and", "but"])
        };
        // (nor after a participle that hands over a statement of its own: "said the quay
        // needs repairs, adding that …")
        let participle_cue = k > i && toks[k - 1].t == "," && lower_is(t, PARTICIPLE_CUES);
        // (nor past the reporter's comment on the object: "declared the old quay unsafe, a
        // finding that …")
        let comment = t.t == "," && toks.get(k + 1).is_some_and(|x| lower_is(x, &["a", "an"]));
        if t.t == "“"
            || t.t == "\""
            || comment
            || (clause && !relative)
            || (relative && is_cue_word(t))
            || second_cue
            || participle_cue
        {
            break;
        }
        if lower_is(t, &["that", "bahwa"]) {
            // (a second "that" clause joined to a first without one: "said the crew heard a
            // bang and that the engine room flooded" says both)
            if k > i + 1
                && toks[k - 1].is_lower_word()
                && lower_is(&toks[k - 1], &["and", "but", "dan", "tetapi"])
            {
                return None;
            }
            let verb_after = toks.get(k + 1).is_some_and(|v| is_auxiliary(v) || is_past_form(v));
            // (after the object of a stance, or of a request to act, a "that" with a subject of
            // its own is the object's too: "hailed the spirit that the crews showed", "asked
            // the court to hear a case that the port filed")
            let object_taken = lower_is(&toks[ci], OBJECT_CUES) || infinitive_before_comma(&toks[..k], i);
            if object_taken
                && k > i + 1
                && lower_is(t, &["that"])
                && lower_is(&toks[i], DETERMINERS)
                && toks[k - 1].is_lower_word()
                && !is_cue_word(&toks[k - 1])
            {
                return None;
            }
            // (or after where and when, with another "that" to come: "said in a speech that
            // aired Monday that …"; not "announced on Monday that vaccinated riders …")
            let another_that = || toks[k + 1..n.min(i + near)].iter().any(|x| lower_is(x, &["that"]));
            if k > i && lower_is(t, &["that"]) && verb_after {
                let relative_here = told_to || (circumstance_first && another_that());
                if relative_here {
                    relative = true;
                    relative_that = true;
                    continue;
                }
                // (after a noun phrase the cue's object opens, it is a relative pronoun on
                // that noun, and what was said starts at the cue: "said the crews that had
                // struck would return", "agreed to lift the ban that had kept trawlers in port")
                // (or a bare noun: "rejected repair plans that would …")
                let bare_noun = toks[i].is_lower_word()
                    && !lower_is(&toks[i], PREPOSITIONS)
                    && !is_adverb(&toks[i])
                    && !is_cue_word(&toks[i])
                    && !lower_is(&toks[i], WEEKDAYS_EN);
                let object_first =
                    lower_is(&toks[i], DETERMINERS) || lower_is(&toks[i], &["to"]) || bare_noun;
                if object_first && k > i + 1 && toks[k - 1].is_lower_word() && !is_cue_word(&toks[k - 1]) {
                    return None;
                }
                // (after a noun and before a verb, it is that noun's: in a phrase of where or
                // when it was said nothing said follows it, "said at the close of a short address
                // that was given on the quay"; after a comma the noun opens what was said, "As
                // the Herald reported, crews that have struck were paid")
                let noun_before = k > i + 1
                    && toks[k - 1].is_lower_word()
                    && !lower_is(&toks[k - 1], CLAUSE_OPENERS)
                    && !lower_is(&toks[k - 1], PREPOSITIONS)
                    && !lower_is(&toks[k - 1], DETERMINERS)
                    && !lower_is(&toks[k - 1], TRAILING_ADVERBIALS)
                    && !is_adverb(&toks[k - 1])
                    && !is_cue_word(&toks[k - 1])
                    && !toks[i + 1..k].iter().any(|t| !t.is_word());
                if noun_before && toks[i].is_lower_word() && lower_is(&toks[i], PREPOSITIONS) {
                    return Some((se, se));
                }
                if noun_before && toks[i].t == "," {
                    return None;
                }
            }
            // ("said that was wrong": right after the cue, or its day, and before a verb,
            // "that" is what the statement is about, its subject)
            let subject =
                k == venue_at && lower_is(t, &["that"]) && verb_after && !is_past_form(&toks[k + 1]);
            return Some(trim_span(p, if subject { t.s } else { t.e }, se));
        }
    }
    if relative_that {
        return Some((se, se));
    }
    None
}

/// The closing mark of a quoted title opening at `toks[k]`: a few words, each capitalised
/// or a short joining word ("“Meet the Harbour”").
fn quoted_title_end(toks: &[Tok], k: usize) -> Option<usize> {
    const MAX_TITLE_WORDS: usize = 6;
    if !matches!(toks[k].t, "“" | "\"") {
        return None;
    }
    let close =
        (k + 1..toks.len().min(k + 2 + MAX_TITLE_WORDS)).find(|&c| matches!(toks[c].t, "”" | "\""))?;
    let words = &toks[k + 1..close];
    let title = words.first().is_some_and(|t| t.is_cap())
        && words.iter().all(|t| {
            t.is_cap() || t.t == "." || lower_is(t, &["the", "of", "and", "a", "an", "in", "on", "for", "to"])
        });
    title.then_some(close)
}

/// A quotation after whom it was told to: "telling the crew, “…”".
fn quotation_after_telling(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    if lower_is(&toks[ci], &["telling"]) {
        let quoted = (i..n.min(i + 1 + MAX_ADDRESSEE_WORDS))
            .take_while(|&k| toks[k].is_word() || toks[k].t == ",")
            .find(|&k| toks[k].t == ",")
            .filter(|&k| k > i && toks.get(k + 1).is_some_and(|t| matches!(t.t, "“" | "\"" | "‘")));
        if let Some(k) = quoted {
            return Some(trim_span(p, toks[k + 1].s, se));
        }
    }
    None
}

/// What was asked after whom it was asked of: "asked the mayor whether …", up to the comma.
fn question_asked(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let i = ci + 1;
    if lower_is(&toks[ci], &["asked", "asks", "ask"]) {
        const MAX_OBJECT_WORDS: usize = 6;
        // (the object may hold an abbreviation: "asked Sen. Reed whether")
        let object_word = |t: &Tok| (t.is_word() && !lower_is(t, PREPOSITIONS)) || t.t == ".";
        let question = toks
            .get(i)
            .filter(|t| object_word(t))
            .and_then(|_| question_word_within(toks, i + 1, MAX_OBJECT_WORDS, object_word));
        if let Some(q) = question {
            let end = toks[q..].iter().find(|t| t.t == ",").map_or(se, |t| t.s.min(se));
            return Some(trim_span(p, toks[q].s, end));
        }
    }
    None
}

/// Words that open the time, place or audience of speaking right after a cue: "said on
/// Tuesday", "mengatakan di Sukamaju", "told reporters", "said earlier".
const AFTER_CUE_CIRCUMSTANCES: &[&str] = &[
    "kepada",
    "to",
    "pada",
    "in",
    "within",
    "on",
    "during",
    "at",
    "dalam",
    "di",
    "saat",
    "ketika",
    "when",
    "while",
    "after",
    "usai",
    "seusai",
    "melalui",
    "via",
    "through",
    "last",
    "this",
    "yesterday",
    "today",
    "reporters",
    "wartawan",
    "sebelumnya",
    "earlier",
];

/// Words that open the means something was said by: "melalui", "via", "through", "lewat".
const MEANS_OPENERS: &[&str] = &["melalui", "via", "through", "lewat"];

/// Means of saying something besides the `VENUE_NOUNS`: a release, a message, a call, an account.
const MEANS_OF_SPEECH: &[&str] = &[
    "keterangan",
    "siaran",
    "rilis",
    "pesan",
    "surat",
    "akun",
    "unggahan",
    "telepon",
    "sambungan",
    "video",
    "wawancara",
    "pernyataan",
    "konferensi",
    "media",
    "laman",
    "kanal",
    "whatsapp",
    "instagram",
    "twitter",
    "facebook",
    "youtube",
    "zoom",
    "message",
    "e-mail",
    "phone",
    "telephone",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "juru",
];

/// Verbs of intention, whose "to" opens what is intended, not to whom: "agreed to serve as
/// chair of the fund, a joint committee …".
const INTENTIONS: &[&str] = &[
    "agreed",
    "agrees",
    "vowed",
    "vows",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "refused",
    "declined",
    "threatened",
    "offered",
    "decided",
    "plans",
    "planned",
];

/// Indonesian words that give a phrase a verb of its own: "menjelaskan di pasar itu ada banyak
/// pedagang baru" is a statement, not a place.
const CLAUSE_WORDS_ID: &[&str] = &["ada", "adalah", "merupakan", "yang", "akan", "sudah", "telah", "sedang"];

/// The content after the time and place it was said ("said on Tuesday in the chamber that
/// …", "mengatakan di Sukamaju, Senin, sekolah …"), or none when a circumstance ends the
/// sentence ("said during the debate in the chamber."). Each shape is a step of its own.
fn content_past_circumstance(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    if let Some(found) = content_after_bare_day(p, toks, i, se) {
        return Some(found);
    }
    let told = lower_is(&toks[ci], &["told", "tells", "asked"]);
    let circumstance = |t: &Tok| {
        lower_is(t, AFTER_CUE_CIRCUMSTANCES) || lower_is(t, WEEKDAYS_ID) || lower_is(t, WEEKDAYS_EN)
    };
    // (by what means it was said, not what the means are of: "menjelaskan melalui keterangan
    // tertulis, …" but "menjelaskan melalui lomba ini, panitia …" says it of the race)
    const MAX_MEANS_WORDS: usize = 3;
    let means_of_speech = |k: usize| {
        !lower_is(&toks[k], MEANS_OPENERS)
            || toks[k + 1..n.min(k + 1 + MAX_MEANS_WORDS)]
                .iter()
                .any(|t| lower_is(t, MEANS_OF_SPEECH) || lower_is(t, VENUE_NOUNS))
    };
    let intended = lower_is(&toks[ci], INTENTIONS)
        && lower_is(&toks[i.min(n - 1)], &["to"])
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_lower_word() && !lower_is(t, DETERMINERS) && !lower_is(t, PRONOUNS));
    // ("at least" a figure is what was said: "reported at least 5,000 people entered")
    let figure = lower_is(&toks[i.min(n - 1)], &["at"])
        && toks.get(i + 1).is_some_and(|t| lower_is(t, &["least", "most"]));
    if i >= n || intended || figure || !(circumstance(&toks[i]) || told) || !means_of_speech(i) {
        return None;
    }
    // (what someone was asked to do is the request, not a clause after its comma: "asked the
    // council on Monday to scrap the levy, as towns raise fees")
    let request = lower_is(&toks[ci], &["asked"]) && infinitive_before_comma(toks, i);
    content_after_circumstance_comma(p, toks, i, se)
        .filter(|_| !request)
        .or_else(|| circumstance_ends_sentence(toks, ci, told, se))
}

/// Whether a "to" and a verb come between `from` and the next comma: "the council on
/// Monday to scrap the levy,".
fn infinitive_before_comma(toks: &[Tok], from: usize) -> bool {
    (from..toks.len()).take_while(|&k| toks[k].t != ",").any(|k| infinitive_at(toks, k))
}

/// Whether a "to" at `toks[k]` opens an infinitive, a verb after it rather than what it goes
/// to: "to scrap the levy", not "to the quay" or "to them".
fn infinitive_at(toks: &[Tok], k: usize) -> bool {
    lower_is(&toks[k], &["to"])
        && toks.get(k + 1).is_some_and(|verb| {
            verb.is_lower_word()
                && !lower_is(verb, DETERMINERS)
                && !lower_is(verb, PRONOUNS)
                && !lower_is(verb, OBJECT_PRONOUNS)
        })
}

/// Nouns of where something was said: "in a statement", "during a briefing".
pub(super) const VENUE_NOUNS: &[&str] = &[
    "statement",
    "interview",
    "letter",
    "post",
    "email",
    "speech",
    "conference",
    "briefing",
    "tweet",
    "memo",
    "filing",
    "video",
];

/// Whether the words of a span only say where (and when) something was said, with no clause:
/// "in a news conference Monday", "during a briefing on Tuesday".
pub(super) fn only_venue(toks: &[Tok]) -> bool {
    const WHEN: &[&str] =
        &["on", "last", "this", "morning", "afternoon", "evening", "night", "week", "today", "yesterday"];
    const MAX_VENUE_WORDS: usize = 5;
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    let Some(v) = words.iter().take(MAX_VENUE_WORDS).position(|t| lower_is(t, VENUE_NOUNS)) else {
        return false;
    };
    let when =
        |t: &&Tok| lower_is(t, WEEKDAYS_EN) || lower_is(t, MONTHS) || lower_is(t, WHEN) || is_digits(t);
    words[0].is_lower_word() && lower_is(words[0], &["in", "at", "during"]) && words[v + 1..].iter().all(when)
}

/// "warned in a speech the pier …", "added in a post for the crews we …": where it was said, then
/// the statement without a "that", opening with a pronoun, or with a determiner right after
/// the noun of the venue.
fn content_after_venue(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    const MAX_VENUE_WORDS: usize = 6;
    let i = ci + 1;
    let opens = toks.get(i).is_some_and(|t| lower_is(t, &["in", "during", "at"]))
        && toks.get(i + 1).is_some_and(|t| lower_is(t, &["a", "an"]));
    if !opens {
        return None;
    }
    let venue_noun = (i + 2..toks.len().min(i + 2 + MAX_VENUE_WORDS))
        .take_while(|&k| toks[k].is_word() && !lower_is(&toks[k], &["that"]) && !is_cue_word(&toks[k]))
        .find(|&k| lower_is(&toks[k], VENUE_NOUNS))?;
    let start = (venue_noun + 1..toks.len().min(venue_noun + 1 + MAX_VENUE_WORDS))
        .take_while(|&k| toks[k].is_word() && !lower_is(&toks[k], &["that"]))
        .find(|&k| {
            lower_is(&toks[k], EN_SUBJECT_PRONOUNS)
                || (k == venue_noun + 1 && lower_is(&toks[k], &["the", "its", "his", "her", "their"]))
        })?;
    (toks[start].s < se).then(|| trim_span(p, toks[start].s, se))
}

/// "said Tuesday it would …", "said Monday night that …", "promised Friday to repair the
/// quay": a bare day, then the statement.
fn content_after_bare_day(p: &str, toks: &[Tok], i: usize, se: usize) -> Option<(usize, usize)> {
    let k = time_phrase_end(toks, i)?;
    // (or a noun phrase with no article, then its verb: "warned Thursday ferry delays are …")
    const MAX_BARE_SUBJECT: usize = 4;
    let plain = |t: &Tok| {
        t.is_lower_word()
            && !is_auxiliary(t)
            && !lower_is(t, PREPOSITIONS)
            && !lower_is(t, &["and", "or", "but"])
    };
    let bare_subject = toks.get(k).is_some_and(plain)
        && (k + 1..toks.len().min(k + 1 + MAX_BARE_SUBJECT))
            .take_while(|&x| toks[x].is_lower_word())
            .find(|&x| !plain(&toks[x]))
            .is_some_and(|x| is_auxiliary(&toks[x]));
    let start = match toks.get(k) {
        Some(t) if lower_is(t, &["that"]) => k + 1,
        Some(t) if lower_is(t, PRONOUNS) || lower_is(t, DETERMINERS) || infinitive_at(toks, k) => k,
        Some(_) if bare_subject => k,
        _ => return None,
    };
    (start < toks.len() && toks[start].s < se).then(|| trim_span(p, toks[start].s, se))
}

/// A circumstance up to a comma, then the statement: "mengatakan di Sukamaju, Senin, sekolah
/// …", "said Tuesday in the chamber, the fares …" (not a phrase with a verb of its own:
/// "menjelaskan di pasar itu ada banyak pedagang baru, terutama …"). `(se, se)` when a
/// conjunction after the comma joins a second predicate and nothing was said: "mengumumkan
/// di balai desa pada Senin pagi, dan langsung membagikan …", or a relative clause.
fn content_after_circumstance_comma(p: &str, toks: &[Tok], i: usize, se: usize) -> Option<(usize, usize)> {
    const MAX_CIRCUMSTANCE_TOKENS: usize = 14;
    let n = toks.len();
    let mut k = (i..n.min(i + MAX_CIRCUMSTANCE_TOKENS)).find(|&k| toks[k].t == ",").filter(|&k| {
        !toks[i + 1..k].iter().any(|t| {
            lower_is(t, CLAUSE_WORDS_ID)
                || (t.is_lower_word() && (is_id_active_verb(t) || is_auxiliary(t) || lower_is(t, &["that"])))
        })
    })?;
    // (and the day after it: "mengatakan di Sukamaju, Senin, sekolah …")
    if toks.get(k + 1).is_some_and(|t| lower_is(t, WEEKDAYS_ID))
        && toks.get(k + 2).is_some_and(|t| t.t == ",")
    {
        k += 2;
    }
    // (nor when a figure's comparison follows, the reporter's: "reported Tuesday, down from
    // 12 percent")
    let comparison = toks.get(k + 1).is_some_and(|t| lower_is(t, &["down", "up", "compared"]))
        && toks.get(k + 2).is_some_and(|t| lower_is(t, &["from", "with", "to"]));
    if comparison {
        return Some((se, se));
    }
    // (nor when a relative clause after the comma tells of someone in the circumstance:
    // "responded on Monday to a letter from the mayor, who demanded …")
    if toks
        .get(k + 1)
        .is_some_and(|t| lower_is(t, &["dan", "serta", "and", "but", "tetapi", "namun", "who", "whom"]))
    {
        return Some((se, se));
    }
    // (nor when the subject's participle goes on after it: "agreed to a truce on Thursday,
    // ending the strike")
    if toks
        .get(k + 1)
        .is_some_and(|t| t.is_lower_word() && is_participle(t) && !lower_is(t, PREPOSITION_PARTICIPLES))
    {
        return Some((se, se));
    }
    Some(trim_span(p, toks[(k + 1).min(n - 1)].s.min(se), se))
}

/// `(se, se)` when a circumstance with no clause in it ends the sentence: "said during the
/// debate in the chamber." reports no words; so does a participle of the sentence's subject
/// before its own cue ("A statement posted at the quay said …"). `told`: the cue at `ci`
/// names whom it was told to ("told", "asked").
fn circumstance_ends_sentence(toks: &[Tok], ci: usize, told: bool, se: usize) -> Option<(usize, usize)> {
    const MAX_CIRCUMSTANCE_WORDS: usize = 12;
    let i = ci + 1;
    let rest: Vec<&Tok> = toks[i..].iter().take_while(|t| t.s < se).collect();
    let later_cue = rest.iter().position(|t| t.is_lower_word() && POST_CUES_EN.contains(&t.t)).filter(|&c| {
        c <= MAX_CIRCUMSTANCE_WORDS
            // (not a second verb of the same subject: "called on the board to act and said …")
            && !(c > 0 && lower_is(rest[c - 1], &["and", "but", "or"]))
            && !rest[..c]
                .iter()
                .any(|t| is_auxiliary(t) || lower_is(t, PRONOUNS) || lower_is(t, &["that", "bahwa"]))
    });
    if !told && later_cue.is_some() {
        return Some((se, se));
    }
    // (a quotation opened after a comma or colon is words; after a word, a title: "said
    // in an interview with “Harbour Morning Show.”")
    let quotation =
        |k: usize| ["\"", "“"].contains(&rest[k].t) && (k == 0 || [",", ":"].contains(&rest[k - 1].t));
    // (a clause after a subordinator is the circumstance's own: "said on Tuesday while
    // she walked to the quay")
    let first_subordinator =
        rest.iter().position(|t| t.is_lower_word() && lower_is(t, CIRCUMSTANCE_SUBORDINATORS));
    let subordinate = |k: usize| first_subordinator.is_some_and(|f| f < k);
    let clause = (0..rest.len()).any(|k| {
        let t = rest[k];
        if subordinate(k) && !lower_is(t, &["that", "bahwa"]) && t.t != ":" {
            return false;
        }
        // (a capitalised one is a name or a month: "in May")
        (t.is_lower_word() && is_auxiliary(t))
            // (or an Indonesian verb past the circumstance's own word: "berharap melalui
            // kegiatan ini para nelayan memperoleh …")
            || (k > 0 && t.is_lower_word() && (is_id_active_verb(t) || lower_is(t, CLAUSE_WORDS_ID)))
            || lower_is(t, PRONOUNS)
            || lower_is(t, &["that", "bahwa"])
            || t.t == ":"
            || quotation(k)
    });
    // (not "to": "vowed to soldier on" wants something; nor "called on" someone; "at
    // least" a figure never gets here)
    let wants = lower_is(&toks[i], &["to", "kepada", "reporters", "wartawan"]);
    let called_on = lower_is(&toks[i], &["on"]) && lower_is(&toks[ci], &["called", "calls", "call"]);
    let time_or_place = !(wants || called_on);
    let words = rest.iter().filter(|t| t.is_word()).count();
    let short = words <= MAX_CIRCUMSTANCE_WORDS;
    // (whom it was told and when, and no more: "Reed told reporters on Tuesday.")
    const MAX_TOLD_WORDS: usize = 4;
    let told_nothing = told && words <= MAX_TOLD_WORDS && rest.iter().any(|t| lower_is(t, WEEKDAYS_EN));
    (short && !clause && ((time_or_place && !told) || told_nothing)).then_some((se, se))
}

/// "told him she worries …", "told the crowd he was …": whom it was told to, then what,
/// opening with its subject.
fn content_after_addressee(p: &str, toks: &[Tok], ci: usize, se: usize) -> Option<(usize, usize)> {
    let (n, i) = (toks.len(), ci + 1);
    let told_to = lower_is(&toks[ci], TOLD_TO_CUES);
    let told = told_to || lower_is(&toks[ci], &["asked"]);
    // ("her" may be whose: "promised her whole plan would …")
    let possessive = toks.get(i).is_some_and(|t| lower_is(t, &["her"]))
        && toks.get(i + 1).is_some_and(|t| {
            t.is_lower_word()
                && !lower_is(t, EN_SUBJECT_PRONOUNS)
                && !lower_is(t, DETERMINERS)
                && !lower_is(t, &["that", "to", "not", "about", "there"])
        });
    if told && i + 1 < n && lower_is(&toks[i], OBJECT_PRONOUNS) && !possessive {
        return Some(trim_span(p, toks[i + 1].s, se));
    }
    // (or with a noun phrase: "told the council the forecast was based on …")
    let addressee_word = |t: &Tok| {
        t.is_word()
            && !is_auxiliary(t)
            && !lower_is(t, PRONOUNS)
            && !lower_is(t, CLAUSE_OPENERS)
            && !lower_is(t, PREPOSITIONS)
    };
    let subject = told_to.then(|| {
        (i + 1..n.min(i + 1 + MAX_ADDRESSEE_WORDS)).take_while(|&k| addressee_word(&toks[k - 1])).find(|&k| {
            let pronoun = lower_is(&toks[k], EN_SUBJECT_PRONOUNS) || lower_is(&toks[k], &["there"]);
            let addressed = toks[i..k].iter().any(|t| !lower_is(t, DETERMINERS));
            let noun_phrase = addressed && lower_is(&toks[k], DETERMINERS) && clause_follows(&toks[k..]);
            toks[k].is_lower_word() && (pronoun || noun_phrase)
        })
    });
    if let Some(k) = subject.flatten() {
        return Some(trim_span(p, toks[k].s, se));
    }
    // (or a programme or paper named by its title, when what was said needs no article to
    // open it: "told the Morning Tide programme most of the delay was …")
    const PROGRAMME_NOUNS: &[&str] =
        &["programme", "program", "show", "podcast", "newspaper", "paper", "magazine", "radio", "channel"];
    let titled = told_to && toks.get(i).is_some_and(|t| lower_is(t, &["the"]));
    let title_end =
        titled.then(|| (i + 1..n).take_while(|&k| k <= i + MAX_ADDRESSEE_WORDS && toks[k].is_cap()).last());
    if let Some(m) = title_end.flatten().map(|last| last + 1) {
        let said = toks.get(m + 1).is_some_and(|t| {
            t.is_lower_word()
                && !lower_is(t, PREPOSITIONS)
                && !lower_is(t, CLAUSE_OPENERS)
                && !lower_is(t, &["that", "and", "or", "but"])
        });
        if toks.get(m).is_some_and(|t| lower_is(t, PROGRAMME_NOUNS)) && said {
            return Some(trim_span(p, toks[m + 1].s, se));
        }
    }
    // (or past when it was told: "told reporters on Tuesday the ferry would …")
    let addressee_end = (i + 1..n.min(i + 1 + MAX_ADDRESSEE_WORDS)).find(|&k| !addressee_word(&toks[k]))?;
    // (or what it was about, with no more said: "told the skippers about the timetable")
    if told_to && lower_is(&toks[addressee_end], &["about"]) {
        return Some(trim_span(p, toks[addressee_end].s, se));
    }
    let k = time_phrase_end(toks, addressee_end).filter(|_| told_to)?;
    let subject_follows = toks.get(k).is_some_and(|t| {
        lower_is(t, EN_SUBJECT_PRONOUNS) || (lower_is(t, DETERMINERS) && clause_follows(&toks[k..]))
    });
    subject_follows.then(|| trim_span(p, toks[k].s, se))
}

/// The object a position is taken on, in `p[cs..ce]`: up to the first comma, dash,
/// semicolon or bracket outside quotation marks ("endorsed Reed on Thursday, saying …").
pub(super) fn object_of(p: &str, regions: &[Region], cs: usize, ce: usize) -> (usize, usize) {
    let toks = tokens(p, cs, ce);
    // (or a second predicate of the subject's: "called the merger a bad deal and ranked …")
    let second_predicate = |k: usize| {
        lower_is(&toks[k], &["and", "but"])
            && toks.get(k + 1).is_some_and(|v| v.is_lower_word() && (v.t.ends_with("ed") || is_cue_word(v)))
    };
    // (not a party and state in brackets, nor a list of names that runs to the end: "endorsed
    // Tom Reed (R-Harb.), Ann Porter (D-Harb.) and Carl Dunn"; nor an apposition set off by
    // commas: "rejected a push by Ann Porter, the harbour master, to close the pier")
    let list_of_names = |k: usize| {
        let next = toks[k + 1..].iter().find(|t| !lower_is(t, &["and", "or"]));
        next.is_some_and(Tok::is_cap)
            && toks[k + 1..]
                .iter()
                .all(|t| t.is_cap() || !t.is_word() || lower_is(t, &["and", "or"]) || t.t.contains('-'))
    };
    const MAX_APPOSITION: usize = 6;
    let apposition_end = |k: usize| {
        let opens = toks.get(k + 1).is_some_and(|t| lower_is(t, &["the", "a", "an"]));
        let close = (k + 2..toks.len().min(k + 2 + MAX_APPOSITION)).find(|&c| toks[c].t == ",");
        close.filter(|&c| opens && toks[k + 1..c].iter().all(|t| t.is_word() && !is_cue_word(t)))
    };
    let mut k = 1;
    while k < toks.len() {
        if comma_closing_quote(regions, &toks, k) && apposition_end(k + 1).is_none() && !list_of_names(k + 1)
        {
            return trim_span(p, cs, toks[k + 1].e);
        }
        if !inside_quote(regions, toks[k].s) {
            // (where the object goes on past the mark, the token to read on from)
            let goes_on = match toks[k].t {
                "," if list_of_names(k) => return (cs, ce),
                "," => apposition_end(k),
                "(" => after_bracket(&toks, k).map(|past| past - 1),
                ";" => None,
                _ if is_long_dash(&toks[k]) => None,
                _ if second_predicate(k) => None,
                _ => Some(k),
            };
            match goes_on {
                Some(next) => k = next,
                None => return trim_span(p, cs, toks[k].s),
            }
        }
        k += 1;
    }
    (cs, ce)
}

/// Whether `toks[k]` is a comma kept inside a closing quotation mark, the sentence's comma
/// all the same: `which Reed called "a tax on skippers," will rise`.
pub(super) fn comma_closing_quote(regions: &[Region], toks: &[Tok], k: usize) -> bool {
    toks[k].t == ","
        && toks
            .get(k + 1)
            .is_some_and(|m| is_punct(m, &["”", "\""]) && regions.iter().any(|r| r.close == m.e))
}

/// Whether the cue word at `toks[i]` reports nothing here: it adds a thing (see
/// [`adds_a_thing`]), is part of a phrasal verb ("showed up", "called in to a radio show") or
/// an idiom ("All told, …"), or describes or names a thing: after a possessive, an article or
/// a preposition it is an adjective ("the council's continued silence", "the reported
/// loss", "his lead in counted ballots"; "He's said" is "he has said"), after a determiner a
/// noun ("those claims"), before "of" or "have" a plural noun ("refund claims have
/// doubled"), "think tanks" are
/// institutions, and "called" after a common noun gives a name ("a creek called Heron
/// Brook", not "officials called Reed a liar").
pub(super) fn reports_nothing(toks: &[Tok], i: usize) -> bool {
    let particle = toks.get(i + 1).map(|t| t.lower()).unwrap_or_default();
    let phrasal = (lower_is(&toks[i], &["show", "shows", "showed", "showing"]) && particle == "up")
        || (lower_is(&toks[i], &["call", "calls", "called", "calling"])
            && (["in", "into", "off", "up"].contains(&particle.as_str())
                // ("called to mind", "called to service": summoned, nothing said)
                || (particle == "to"
                    && toks.get(i + 2).is_some_and(|t| lower_is(t, &["mind", "service", "duty", "order", "arms"])))));
    // ("All told, …" is "in all")
    let all_told = lower_is(&toks[i], &["told"])
        && i > 0
        && lower_is(&toks[i - 1], &["all"])
        && toks.get(i + 1).is_some_and(|t| t.t == ",");
    // (a verb of being right after the cue makes it part of a subject: "Everything Reed says
    // is a lie", "What she said was true"; not after a relative pronoun, whose clause says
    // it: "a practice that the inquiry said was careless", nor before "that": "Their fear is
    // that …")
    const BE: &[&str] = &["is", "was", "are", "were", "isn't", "wasn't", "aren't", "weren't"];
    const MAX_SUBJECT_WORDS: usize = 6;
    let relative = toks[i.saturating_sub(MAX_SUBJECT_WORDS)..i]
        .iter()
        .any(|t| lower_is(t, &["that", "which", "who", "whom"]));
    let in_subject = toks.get(i + 1).is_some_and(|t| t.is_lower_word() && lower_is(t, BE))
        && !toks.get(i + 2).is_some_and(|t| lower_is(t, &["that"]))
        && !relative;
    // ("said as much at the meeting", "has said so publicly": what was said is told before)
    let said_before = match (toks.get(i + 1), toks.get(i + 2)) {
        (Some(a), Some(b)) if lower_is(a, &["as"]) && lower_is(b, &["much"]) => true,
        (Some(a), next) if lower_is(a, &["so"]) => next.is_none_or(|t| {
            !t.is_word()
                || lower_is(
                    t,
                    &["in", "on", "at", "during", "publicly", "himself", "herself", "openly", "repeatedly"],
                )
        }),
        _ => false,
    };
    // ("maintained a rule" kept it: only a clause says what was maintained, "maintained the
    // pier was safe")
    const MAX_OBJECT_WORDS: usize = 8;
    let kept = lower_is(&toks[i], &["maintain", "maintains", "maintained"])
        && toks.get(i + 1).is_some_and(|t| lower_is(t, DETERMINERS))
        && !toks[i + 2..].iter().take(MAX_OBJECT_WORDS).any(|t| is_auxiliary(t) || lower_is(t, &["that"]));
    // ("found" after "to" or "helped" is to set up, not to find: "helped found the trust")
    let set_up = lower_is(&toks[i], &["found"])
        && i > 0
        && lower_is(&toks[i - 1], &["to", "help", "helped", "helps", "helping"]);
    // (a stance word as an adjective: "Sikap optimistis itu perlu dijaga")
    let adjective = lower_is(&toks[i], &["optimistis", "optimis", "pesimistis", "pesimis"])
        && toks
            .get(i + 1)
            .is_none_or(|t| !t.is_word() || lower_is(t, &["itu", "ini", "tersebut", "dan", "atau"]));
    adds_a_thing(toks, i)
        || answers_with_a_thing(toks, i)
        || said_before
        || set_up
        || kept
        || adjective
        || phrasal
        || all_told
        || in_subject
        || describes_a_thing(toks, i)
        || writes_a_piece(toks, i)
        || circumstance_of_speech(toks, i)
        || asks_anonymity(toks, i)
        || addressee_only(toks, i)
        || withheld(toks, i)
        || phoned(toks, i)
        || plural_noun_heading_a_phrase(toks, i)
}

/// "Weekly claims for ferry refunds climbed …": a cue that is also a plural noun, with a
/// phrase after it and then the clause's own verb, no "that" between, heads the subject.
fn plural_noun_heading_a_phrase(toks: &[Tok], i: usize) -> bool {
    const MAX_PHRASE: usize = 10;
    let rest = &toks[i + 1..toks.len().min(i + 1 + MAX_PHRASE)];
    lower_is(&toks[i], &["claims", "reports", "estimates", "charges"])
        && rest.first().is_some_and(|t| lower_is(t, &["in", "of", "for", "from", "by"]))
        && rest
            .iter()
            .take_while(|t| t.is_word() && !lower_is(t, &["that", "who", "which"]))
            .skip(2)
            .any(|t| t.is_lower_word() && (is_past_form(t) || is_auxiliary(t)))
}

/// "called the harbour master after the storm", "called Porter on Tuesday to apologise": a
/// call made to someone, no words it called anything (not "called Porter a liar").
fn phoned(toks: &[Tok], i: usize) -> bool {
    const MAX_DESCRIBED: usize = 3;
    const AFTER_CALL: &[&str] = &[
        "after",
        "following",
        "before",
        "during",
        "on",
        "at",
        "last",
        "this",
        "to",
        "from",
        "late",
        "early",
    ];
    if !lower_is(&toks[i], &["called", "calls", "calling", "phoned"]) {
        return false;
    }
    let Some(first) = toks.get(i + 1) else { return false };
    // (whom: a name, a pronoun, or a person described: "his counterpart", "the harbour master")
    let object_end = if first.is_cap() && first.is_word() && !lower_is(first, DETERMINERS) {
        Some(i + 1 + toks[i + 1..].iter().take_while(|t| t.is_cap() && t.is_word()).count())
    } else if first.is_lower_word() && lower_is(first, OBJECT_PRONOUNS) {
        Some(i + 2)
    } else if first.is_lower_word() && (lower_is(first, &["the", "his", "her", "their", "its"])) {
        (i + 2..toks.len().min(i + 2 + MAX_DESCRIBED))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| is_role_or_people_noun(&toks[k]) || lower_is(&toks[k], &["counterpart"]))
            .map(|k| k + 1)
    } else {
        None
    };
    // (not calling someone on a thing: "called them on it")
    let on_it = |k: usize| {
        lower_is(&toks[k], &["on", "out"])
            && toks.get(k + 1).is_some_and(|t| lower_is(t, &["it", "that", "this"]))
    };
    object_end.is_some_and(|k| {
        toks.get(k).is_some_and(|t| t.is_lower_word() && lower_is(t, AFTER_CALL)) && !on_it(k)
    })
}

/// "tidak mengatakan", "belum mau menyebutkan", "enggan menjelaskan": speech held back, no
/// statement of the speaker's; not a denial denied ("tidak membantah" admits it).
fn withheld(toks: &[Tok], i: usize) -> bool {
    const WILLING: &[&str] = &["mau", "ingin", "bisa", "dapat", "pernah", "bersedia", "berani", "untuk"];
    const NOT: &[&str] = &["tidak", "tak", "belum", "enggan", "menolak", "ogah"];
    const DENIALS: &[&str] = &["membantah", "menampik", "menyangkal", "memungkiri", "mengelak"];
    let mut k = i;
    while k > 0 && toks[k - 1].is_lower_word() && lower_is(&toks[k - 1], WILLING) {
        k -= 1;
    }
    k > 0 && toks[k - 1].is_lower_word() && lower_is(&toks[k - 1], NOT) && !lower_is(&toks[i], DENIALS)
}

/// "who asked not to be named", "requested that his name not be used": a condition of
/// speaking, not a statement.
fn asks_anonymity(toks: &[Tok], i: usize) -> bool {
    const MAX_WORDS: usize = 6;
    lower_is(&toks[i], &["asked", "asking", "requested", "requesting"])
        && toks[i + 1..toks.len().min(i + 1 + MAX_WORDS)]
            .iter()
            .take_while(|t| t.is_word())
            .any(|t| lower_is(t, &["named", "identified", "anonymity", "anonymous", "name"]))
}

/// Whether a participle of speaking says only where, for whom or to whom, up to its comma:
/// ", writing in her column for the Herald,", ", speaking to sailors at the pier," (not
/// "writing in the Herald that …").
fn circumstance_of_speech(toks: &[Tok], i: usize) -> bool {
    const MAX_PHRASE: usize = 10;
    const OCCASION_VERBS: &[&str] = &["writing", "speaking", "testifying"];
    let phrase_end = (i + 1..toks.len().min(i + 2 + MAX_PHRASE)).find(|&k| toks[k].t == ",");
    lower_is(&toks[i], OCCASION_VERBS)
        && toks.get(i + 1).is_some_and(|t| lower_is(t, DESCRIPTION_PREPOSITIONS))
        && phrase_end
            .is_some_and(|end| toks[i + 1..end].iter().all(|t| t.is_word() && !lower_is(t, &["that"])))
}

/// Whether the cue names only whom it was told to, up to the sentence end: "segera
/// melaporkan kepada kepala sekolah." (what was reported is told before).
fn addressee_only(toks: &[Tok], i: usize) -> bool {
    // (longer, the words may hold the statement: "mengatakan kepada wartawan dermaga ditutup")
    const MAX_RECIPIENT_WORDS: usize = 2;
    let rest = &toks[i + 1..];
    let words = rest.iter().take_while(|t| t.is_word()).count();
    let ends = rest.get(words).is_none_or(|t| matches!(t.t, "." | "!" | "?"));
    toks[i].is_lower_word()
        && rest.first().is_some_and(|t| lower_is(t, &["kepada", "pada"]))
        && (2..=MAX_RECIPIENT_WORDS + 1).contains(&words)
        && ends
        && !rest[..words].iter().any(|t| lower_is(t, &["bahwa"]))
}

/// Whether "wrote" at `toks[i]` writes a piece rather than words it holds: "wrote the
/// foreword to the harbour guide", "wrote a letter to the council" (what the piece says
/// follows it, if anywhere: "wrote a letter saying …").
fn writes_a_piece(toks: &[Tok], i: usize) -> bool {
    const PIECES: &[&str] = &[
        "introduction",
        "foreword",
        "preface",
        "letter",
        "letters",
        "book",
        "books",
        "column",
        "columns",
        "op-ed",
        "essay",
        "article",
        "articles",
        "memoir",
        "novel",
        "song",
        "songs",
        "poem",
        "speech",
        "bill",
        "check",
    ];
    // (not all of `DETERMINERS`: "wrote that the letter …" reports what was written)
    const DETERMINERS_OF_A_PIECE: &[&str] =
        &["a", "an", "the", "his", "her", "their", "its", "this", "several", "two"];
    // (what the piece says may follow it: "a letter saying …", "a letter to the board asking
    // that …")
    let says_on = || {
        toks[i + 2..].iter().any(|t| {
            t.is_lower_word()
                && (lower_is(t, &["that", "which"]) || (t.t.ends_with("ing") && !lower_is(t, ING_NOUNS)))
        })
    };
    lower_is(&toks[i], &["wrote", "writes", "write", "penned", "pens"])
        && toks.get(i + 1).is_some_and(|t| lower_is(t, DETERMINERS_OF_A_PIECE))
        && toks[i + 2..toks.len().min(i + 4)].iter().any(|t| lower_is(t, PIECES))
        && !says_on()
}

/// See [`reports_nothing`].
fn describes_a_thing(toks: &[Tok], i: usize) -> bool {
    const BEFORE_AN_ADJECTIVE: &[&str] =
        &["the", "a", "an", "in", "of", "with", "for", "its", "his", "her", "their", "our", "my", "your"];
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else { return false };
    let cue = &toks[i];
    let next = toks.get(i + 1);
    let possessive = is_possessive(prev) && !is_contraction(prev);
    let adjective = cue.t.ends_with("ed") && lower_is(prev, BEFORE_AN_ADJECTIVE);
    // (a noun after a determiner or "same": "repeated those claims", "his warnings")
    const BEFORE_A_NOUN: &[&str] =
        &["the", "these", "those", "his", "her", "their", "its", "our", "same", "such", "similar", "false"];
    // (also past an adjective: "his repeated claims", "the latest reports")
    const ADJECTIVES: &[&str] =
        &["latest", "recent", "earlier", "new", "previous", "initial", "many", "numerous", "public"];
    let modified = i >= 2
        && prev.is_lower_word()
        && (prev.t.ends_with("ed") || lower_is(prev, ADJECTIVES))
        && lower_is(&toks[i - 2], BEFORE_A_NOUN);
    let noun =
        cue.t.ends_with('s') && !lower_is(cue, &["says"]) && (lower_is(prev, BEFORE_A_NOUN) || modified);
    // (after an article a cue word is a noun, in the singular too: "a report", "another
    // claim"; but a determiner that may stand alone is a subject before a verb: "Another
    // notes", "Each said")
    const ARTICLES: &[&str] = &["a", "an", "the", "every"];
    const DETERMINERS_ALONE: &[&str] = &["another", "this", "each"];
    const NOUNS: &[&str] =
        &["claim", "report", "warning", "comment", "estimate", "note", "tweet", "post", "hope"];
    let singular_noun = (lower_is(prev, ARTICLES) && !cue.t.ends_with("ed") && !cue.t.ends_with("ing"))
        || (lower_is(prev, DETERMINERS_ALONE) && lower_is(cue, NOUNS));
    // (a plural noun, after a lowercase word and before "of", "have" or a modal: "toll refund
    // claims have doubled", "struck notes of calm"; after a name it keeps its verb: "the
    // fares Reed reports have risen")
    const PLURAL_NOUNS: &[&str] =
        &["claims", "reports", "notes", "estimates", "tweets", "replies", "jokes", "answers"];
    const HAVE_OR_MODAL: &[&str] =
        &["of", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should"];
    let plural_noun = lower_is(cue, PLURAL_NOUNS)
        && prev.is_lower_word()
        && !lower_is(prev, PRONOUNS)
        && next.is_some_and(|t| lower_is(t, HAVE_OR_MODAL));
    let think_tank = lower_is(cue, &["think"]) && next.is_some_and(|t| lower_is(t, &["tank", "tanks"]));
    let naming = lower_is(cue, &["called", "named", "dubbed"])
        && prev.is_lower_word()
        && !lower_is(prev, PRONOUNS)
        && !is_speaker_noun(prev)
        && !lower_is(prev, ROLE_HEADS)
        && !is_auxiliary(prev)
        && !lower_is(prev, &["and", "but", "or", "who", "that", "which", "also", "then", "later"])
        && !is_adverb(prev)
        // (not someone's thing: "the council called the Herald's report …")
        && next.is_some_and(|t| t.is_cap() && !lower_is(t, PRONOUNS) && !is_possessive(t));
    // (so does one after a thing a few words into an indefinite phrase that the clause has
    // already reached, the name alone after it: "a race for a boat called the Gull, which
    // …", "including one group called Harbour Watch"; not "A spokesman called Reed a liar",
    // nor "a skipper called Reed a liar", whose name has a second complement)
    const MAX_NAMED_WORDS: usize = 4;
    let name_alone = || {
        let name_from = i + 1 + usize::from(next.is_some_and(|t| lower_is(t, &["the"])));
        let name_end = (name_from..toks.len()).find(|&k| !toks[k].is_cap()).unwrap_or(toks.len());
        name_end > name_from
            && !is_possessive(&toks[name_end - 1])
            && toks
                .get(name_end)
                .is_none_or(|t| !(lower_is(t, &["a", "an", "the"]) || matches!(t.t, "“" | "\"" | "‘")))
    };
    let named_thing = lower_is(cue, &["called", "named", "dubbed"])
        && name_alone()
        && (i.saturating_sub(MAX_NAMED_WORDS)..i)
            .rev()
            .take_while(|&k| toks[k].is_word())
            .find(|&k| lower_is(&toks[k], &["a", "an", "one", "another"]))
            .is_some_and(|a| {
                a > 0
                    && toks[a - 1].is_lower_word()
                    && toks[a + 1..i].iter().all(|t| {
                        !is_speaker_noun(t)
                            && !lower_is(t, ROLE_HEADS)
                            && !lower_is(t, PRONOUNS)
                            && !is_auxiliary(t)
                            && !is_cue_word(t)
                    })
            });
    // (a participle with its agent: "the slogan proclaimed by Tom Reed")
    let participle = cue.t.ends_with("ed") && next.is_some_and(|t| lower_is(t, &["by"]));
    // ("continued" and "melanjutkan" report only what follows a colon, a comma, a quote or
    // "that": "he continued: …", not "continued the repairs", "continued to collect fares",
    // "melanjutkan kuliah di …")
    const WORDS_AFTER_A_MARK: &[&str] = &["continued", "melanjutkan"];
    // (but "continued to insist …" reports)
    let to_report = next.is_some_and(|t| lower_is(t, &["to"])) && toks.get(i + 2).is_some_and(is_cue_word);
    let object = lower_is(cue, WORDS_AFTER_A_MARK)
        && !to_report
        && !next
            .is_some_and(|t| matches!(t.t, "," | ":" | "“" | "\"" | "‘") || lower_is(t, &["that", "bahwa"]));
    possessive
        || adjective
        || noun
        || singular_noun
        || plural_noun
        || think_tank
        || naming
        || named_thing
        || participle
        || object
}

/// Whether the cue at `toks[i]` says only what someone answered with, a thing a relative
/// clause describes: "replied with a remark that was the board's own" (not "replied with a
/// warning that the pier would close", nor "answered with criticism of the board").
fn answers_with_a_thing(toks: &[Tok], i: usize) -> bool {
    const MAX_PHRASE: usize = 6;
    // ("has not responded to the Herald's calls", "responded to the criticism by saying …":
    // what was answered, not what was said; "replied to reporters that …" is speech)
    const ANSWERS: &[&str] = &["respond", "responds", "responded", "reply", "replies", "replied"];
    if lower_is(&toks[i], ANSWERS) && toks.get(i + 1).is_some_and(|t| lower_is(t, &["to"])) {
        return !toks.iter().skip(i + 2).take(MAX_PHRASE).any(|t| lower_is(t, &["that"]));
    }
    // ("answered her door", "answered the phone": a door opened, no reply)
    const OPENED: &[&str] = &["door", "doors", "phone", "phones", "call", "calls", "bell"];
    let answered = lower_is(&toks[i], &["answer", "answers", "answered", "answering"]);
    if answered
        && toks.get(i + 1).is_some_and(|t| {
            lower_is(t, DETERMINERS)
                || is_possessive(t)
                || lower_is(t, &["her", "his", "their", "my", "our", "your"])
        })
        && toks.get(i + 2).is_some_and(|t| lower_is(t, OPENED))
    {
        return true;
    }
    if !toks.get(i + 1).is_some_and(|t| lower_is(t, &["with"])) {
        return false;
    }
    let that = toks.iter().skip(i + 2).take(MAX_PHRASE).position(|t| lower_is(t, &["that"]));
    // (a verb right after "that": a relative clause on the thing)
    that.map(|k| i + 2 + k)
        .is_some_and(|k| toks.get(k + 1).is_some_and(|t| is_auxiliary(t) || is_past_form(t)))
}

/// Whether "added" at `toks[i]` adds a thing rather than words: "added 20.72 points", "added
/// to his collection of titles" (but "added to reporters that …" is speech).
fn adds_a_thing(toks: &[Tok], i: usize) -> bool {
    const MAX_TO_THAT: usize = 4;
    let next = toks.get(i + 1);
    lower_is(&toks[i], &["added", "adds", "add", "adding"])
        && (next.is_some_and(|t| t.t.starts_with(|c: char| c.is_ascii_digit()))
            || (next.is_some_and(|t| lower_is(t, &["to"]))
                && !toks[i + 1..toks.len().min(i + 2 + MAX_TO_THAT)].iter().any(|t| lower_is(t, &["that"]))))
}

/// Participles that report in the passive, with no one reporting: "is said to", "believed
/// to be".
const PASSIVE_REPORTS: &[&str] =
    &["said", "reported", "believed", "thought", "rumored", "rumoured", "alleged"];

/// Whether `toks[i]` reports in a passive that shortens a relative clause: "the skipper
/// believed to be behind the protest", "a pilot said to have left": no one's words, and the
/// noun before it no speaker.
pub(super) fn reduced_passive_report_at(toks: &[Tok], i: usize) -> bool {
    lower_is(&toks[i], PASSIVE_REPORTS)
        && toks.get(i + 1).is_some_and(|t| lower_is(t, &["to"]))
        && toks.get(i + 2).is_some_and(|t| lower_is(t, &["be", "have"]))
}

/// Whether `toks[i]` is a report in the passive with no one reporting: "is said to be",
/// "were reported to have", "is believed to", "it is reported that". What follows is
/// hearsay, not anyone's words.
pub(super) fn passive_report_at(toks: &[Tok], i: usize) -> bool {
    const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    // ("… is said to be …", or "It is reported that …")
    let hands_over = |t: &Tok| {
        lower_is(t, &["to"]) || (lower_is(t, &["that"]) && i >= 2 && lower_is(&toks[i - 2], &["it"]))
    };
    i > 0
        && lower_is(&toks[i - 1], BE)
        && lower_is(&toks[i], PASSIVE_REPORTS)
        && toks.get(i + 1).is_some_and(hands_over)
}
