//! One sentence read token by token for the statement it reports without quotation marks:
//! the first cue that reports one, with its speaker and the span of what was said.
//!
//! Each kind of cue has its own method; [`SentenceScan::statement`] tries them at every
//! token in a fixed order, so the first that reports a statement of enough words wins.

use jejak_model::Relay;

use super::{
    anonymity_terms_at, cited_after, clip, clipped, comma_closing_quote, content_after, content_after_cue,
    evidence_claim, object_of, participle_min_words, passive_report_at, reduced_passive_report_at,
    reports_nothing, rumoured, statement_resumes, CITING_WORDS, ID_CUE_STEMS, TRAILING_ADVERBIALS,
};
use crate::{
    lexicon::*,
    relay::told_relay,
    speaker::{
        after_opening_circumstance, clause_subject, coordinated_subject, describes_speaker, full_name,
        make_subj, name_after_role, noun_phrase_start, past_adverbials, pronoun_subj, reads_as_apposition,
        relative_subject, relative_who, share_aside_before, source_after_according, subject_before,
        subject_before_occasion, subject_forward, when_up_to_comma, with_closing_role, AGENT_PARTICIPLES,
        FWD_STOP,
    },
    text::{tokens, within_region, Region, Tok},
    words::{
        according_to_at, comma_then_conjunction, is_adverb, is_auxiliary, is_cap_stop, is_cue_word, is_dash,
        is_digits, is_discourse, is_id_active_verb, is_long_dash, is_participle, is_past_form,
        is_plural_people, is_possessive, is_present_form, is_punct, is_role_or_people_noun, is_speaker_noun,
        is_year, lower_is, mostly_capitalised, past_when, press_reports, time_phrase_end, wc,
    },
    Indirect, Subj,
};

/// A sentence (`p[ss..se]`, past any dateline) and what its cues are read against.
pub(super) struct SentenceScan<'a> {
    p: &'a str,
    ss: usize,
    se: usize,
    regions: &'a [Region],
    relays: &'a [(usize, usize, Relay)],
    toks: Vec<Tok<'a>>,
    /// "Ann Porter Says She Has Already Begun …": a headline capitalises its verbs, so a
    /// capitalised cue inside it is still a cue.
    headline_case: bool,
}

/// The source of a "menurut" or "according to", as [`SentenceScan::according_source`] reads
/// it.
struct Source<'a> {
    subj: Subj,
    /// The token after the source.
    after: usize,
    /// The source's first token.
    x0: usize,
    /// "according to", not "menurut".
    according: bool,
    /// "Menurut dia …": a pronoun, with no comma after it.
    bare_pronoun: bool,
    /// "Menurut Budi pendekatan ini …": where a name the statement follows at once ends.
    bare_name_end: Option<usize>,
    cue: &'a str,
    /// The medium that passed the source on: "according to a Harbour Herald report citing
    /// port officials".
    relay: Option<Relay>,
}

impl<'a> SentenceScan<'a> {
    pub(super) fn new(
        p: &'a str,
        (ss, se): (usize, usize),
        toks: Vec<Tok<'a>>,
        regions: &'a [Region],
        relays: &'a [(usize, usize, Relay)],
    ) -> SentenceScan<'a> {
        const HEADLINE_LOWER_SHARE: f32 = 0.2;
        let headline_case = mostly_capitalised(&toks, HEADLINE_LOWER_SHARE);
        SentenceScan { p, ss, se, regions, relays, toks, headline_case }
    }

    /// The statement the sentence reports, if any: hearsay that says only that it exists,
    /// then the first cue that reports a statement, then hedged or relayed words alone.
    pub(super) fn statement(&self) -> Option<Indirect> {
        if let Some(found) =
            rumoured(self.p, self.regions, &self.toks, self.se).and_then(|f| self.clipped(f, 3))
        {
            return Some(found);
        }
        if let Some(found) = self.sourced_sentence().or_else(|| self.closing_attribution()) {
            return Some(found);
        }
        for i in 0..self.toks.len() {
            let t = &self.toks[i];
            if self.quoted(t) || !t.is_word() || self.closes_time_clause(i) {
                continue;
            }
            if describes_its_noun(&self.toks, i) {
                continue;
            }
            // (a capitalised "Said" after a capitalised word is a name's: "FOTO / Budi Said /
            // RW", "Ketua Serikat Nelayan Said Ahmad mengatakan"; in a headline's title case,
            // only before a credit's slash, not in "Tom Reed Says He Will Run")
            let after_name = i > 0 && t.is_cap() && self.toks[i - 1].is_cap() && self.toks[i - 1].is_word();
            let credit = self.toks.get(i + 1).is_some_and(|x| x.t == "/");
            let in_name = after_name && (!self.headline_case || credit);
            if in_name && lower_is(t, &["said", "says"]) {
                continue;
            }
            let l = t.lower();
            if l == "lanjut" && self.at_start(i) {
                if let Some(found) = self.lanjut(i) {
                    return Some(found);
                }
            }
            if l == "menurut" || l == "menurutnya" || according_to_at(&self.toks, i) {
                // (a "menurut" that reports nothing is no other cue either)
                match self.according_to(i, &l) {
                    Some(found) => return Some(found),
                    None => continue,
                }
            }
            // (a verb whose object is someone's claim reports that claim, theirs: "Porter
            // questioned Tom Reed's argument that …")
            const MAX_OWNER: usize = 4;
            if t.is_lower_word() && lower_is(t, TAKING_CLAIMS) {
                let claim = (i + 2..self.toks.len().min(i + 2 + MAX_OWNER)).find_map(|k| self.owned_claim(k));
                if claim.is_some() {
                    return claim;
                }
            }
            if let Some(found) = self.declined_to_speak(i) {
                return Some(found);
            }
            let found = evidence_claim(self.p, self.regions, &self.toks, i, self.ss, self.se)
                .and_then(|f| self.clipped(f, 3))
                .or_else(|| self.passive_cue_then_name(i, &l))
                .or_else(|| self.passive_cue_nya(i))
                .or_else(|| self.participle(i))
                .or_else(|| self.kata_within(i, &l))
                .or_else(|| self.postposed_id_cue(i, &l))
                .or_else(|| self.speech_verb(i, &l))
                .or_else(|| self.stance_phrase(i))
                .or_else(|| self.owned_claim(i));
            if found.as_ref().is_some_and(|f| !adds_a_number(self.p, f)) {
                return found;
            }
        }
        self.hedged()
    }

    /// "Forty skippers said they will join the protest, according to an organizer": a
    /// source named last, up to the sentence end, tells the whole sentence before it, what
    /// anyone in it said included. A medium there is a relay instead, and the statement in
    /// the sentence is found as usual ("Reed said A, according to the Harbour Herald" is
    /// Reed's, via the Herald).
    fn sourced_sentence(&self) -> Option<Indirect> {
        let toks = &self.toks;
        let i = (1..toks.len()).rev().find(|&i| toks[i - 1].t == "," && according_to_at(toks, i))?;
        let src = self.according_source(i, "according")?;
        let to_the_end = toks[src.after..].iter().all(|t| !t.is_word());
        // (nor over a participle's statement of its own: "…, saying A, according to …")
        let participle = toks[..i].windows(2).any(|w| w[0].t == "," && lower_is(&w[1], PARTICIPLE_CUES));
        if !to_the_end || participle || src.relay.is_some() || is_medium(&src.subj.mention) {
            return None;
        }
        let mut found = self.statement_around_source(i, &src)?;
        // (a relative clause set off right before the source is what it tells: "… raised the
        // toll, which now stands at $5, according to the Herald")
        let which = (1..i - 1)
            .rev()
            .take_while(|&k| toks[k].t != ",")
            .find(|&k| lower_is(&toks[k], &["which"]) && (toks[k - 1].t == "," || is_dash(&toks[k - 1])));
        if let Some(k) = which.filter(|&k| found.cs < toks[k].s && wc(self.p, toks[k].s, toks[i - 1].s) >= 3)
        {
            found.cs = toks[k].s;
        }
        Some(found)
    }

    /// "The city asked riders not to panic, Reed said.", "Pihaknya meminta warga tidak panik,
    /// kata Budi.": an attribution closing the sentence after a comma holds the whole
    /// sentence before it, a verb of saying inside included (the speaker named last is the
    /// one reporting it).
    fn closing_attribution(&self) -> Option<Indirect> {
        const MAX_TAIL_WORDS: usize = 8;
        let toks = &self.toks;
        let comma = toks.iter().rposition(|t| t.t == "," && !self.quoted(t))?;
        let tail = &toks[comma + 1..];
        // (nor after a closing quotation mark: the words before it are a quote whose opening
        // mark went missing)
        let quote_mark = |t: &Tok| self.quoted(t) || matches!(t.t, "”" | "\"" | "“");
        if tail.iter().filter(|t| t.is_word()).count() > MAX_TAIL_WORDS || tail.iter().any(quote_mark) {
            return None;
        }
        let cue = |t: &Tok| t.is_word() && (is_cue_word(t) || is_postposed_id_cue(&t.lower()));
        let i = (comma + 1..toks.len()).find(|&i| cue(&toks[i]))?;
        // (only over a verb of saying before it: without one the scan finds it anyway; not
        // over one that closes an attribution of its own, "A, the Post reported, while B, the
        // Herald reported")
        let inner_cues = || (0..comma).filter(|&k| cue(&toks[k]) && !self.quoted(&toks[k]));
        if inner_cues().next().is_none() || inner_cues().any(|k| toks[k + 1].t == ",") {
            return None;
        }
        // (what follows the cue is its speaker or when and where, no clause: "…, they said
        // they would" is not closing)
        let clause =
            |t: &Tok| lower_is(t, EN_SUBJECT_PRONOUNS) || lower_is(t, &["you"]) || is_auxiliary(t) || cue(t);
        if toks.get(i + 2..).is_some_and(|after| after.iter().any(clause)) {
            return None;
        }
        // (nor a thing named after the comma with a clause of its own about it: "…, a plan
        // skippers fear" is a plan they fear, no one's statement)
        if thing_then_holders(&tail[..i - comma - 1]) {
            return None;
        }
        let l = toks[i].lower();
        let mut found = self.postposed_id_cue(i, &l).or_else(|| self.speech_verb(i, &l))?;
        let first = toks.iter().position(|t| t.is_word() && !is_discourse(t))?;
        if !(found.cs <= toks[first].s && found.ce <= toks[comma].s) {
            return None;
        }
        // (an Indonesian "ia" who said it inside is the speaker named last, said twice: "Ia
        // mengatakan A, tutur Budi" is Budi's A; an English "he" may be someone else)
        let inner = inner_cues().find(|&k| k >= first)?;
        let by_pronoun = lower_is(&toks[first], &["ia", "dia", "beliau"])
            && toks
                .get(first + 1..inner)
                .is_some_and(|between| between.iter().all(|t| is_adverb(t) || is_auxiliary(t)));
        let from =
            inner + 1 + usize::from(toks.get(inner + 1).is_some_and(|t| lower_is(t, &["that", "bahwa"])));
        if by_pronoun && from < comma {
            found.cs = toks[from].s;
        }
        Some(found)
    }

    /// A statement cut back to what no relay holds, when it keeps `min_words` words.
    fn clipped(&self, found: Indirect, min_words: usize) -> Option<Indirect> {
        clipped(self.p, self.relays, found, min_words)
    }

    /// [`SentenceScan::clipped`] for a statement made here.
    fn report(
        &self,
        (cs, ce): (usize, usize),
        min_words: usize,
        cue: &str,
        subj: Option<&Subj>,
    ) -> Option<Indirect> {
        let (cs, ce) = clip(self.p, cs, ce, self.relays);
        (wc(self.p, cs, ce) >= min_words).then(|| Indirect {
            cs,
            ce,
            cue: cue.to_string(),
            subj: subj.cloned(),
            relay: None,
        })
    }

    fn quoted(&self, t: &Tok) -> bool {
        within_region(self.regions, t.s, t.e)
    }

    /// Whether only discourse words and punctuation come before token `i`.
    fn at_start(&self, i: usize) -> bool {
        self.toks[..i].iter().all(|t| is_discourse(t) || !t.is_word())
    }

    /// A verb closing a clause of when, with a comma, says when the statement was made, not
    /// what it was: "after the ferry tour concluded, Reed stated …".
    fn closes_time_clause(&self, i: usize) -> bool {
        const WHEN: &[&str] = &["after", "before", "when", "while", "once", "until", "since"];
        let toks = &self.toks;
        toks.get(i + 1).is_some_and(|t| t.t == ",") && {
            let clause = toks[..i].iter().rposition(|t| t.t == ",").map_or(0, |comma| comma + 1);
            clause < i && lower_is(&toks[clause], WHEN)
        }
    }

    /// "Lanjut kepala sekolah, para siswa …", "Lanjut Budi, …": "lanjut" (it goes on) opening
    /// the sentence, then the speaker and a comma.
    fn lanjut(&self, i: usize) -> Option<Indirect> {
        let (p, toks) = (self.p, &self.toks);
        let (sj, end) = subject_forward(p, toks, i + 1).filter(|(sj, end)| {
            toks.get(*end).is_some_and(|t| t.t == ",")
                && (sj.name.is_some() || sj.pronoun || describes_speaker(p, sj))
        })?;
        self.report((toks[end].e, self.se), 3, toks[i].t, Some(&sj))
    }

    /// "The board declined to comment on the levy", "Reed refused to say whether …", "Budi
    /// enggan berkomentar soal tarif": a refusal to speak is the speaker's answer, reported
    /// with what they would not speak of (and not as a statement by the verb of speech, which
    /// they did not make).
    fn declined_to_speak(&self, i: usize) -> Option<Indirect> {
        const DECLINING: &[&str] =
            &["declined", "declines", "decline", "refused", "refuses", "refuse", "enggan", "menolak"];
        const SPEAKING: &[&str] = &[
            "comment",
            "say",
            "discuss",
            "answer",
            "respond",
            "elaborate",
            "specify",
            "confirm",
            "disclose",
            "identify",
            "detail",
            "speculate",
            "explain",
            "reveal",
            "clarify",
            "berkomentar",
            "mengomentari",
            "menjelaskan",
            "menjawab",
            "menanggapi",
            "merinci",
            "mengungkapkan",
            "menyebutkan",
        ];
        let toks = &self.toks;
        let t = &toks[i];
        // (an English refusal takes "to": "declined to comment"; an Indonesian one the verb
        // at once: "enggan berkomentar")
        let verb = if toks.get(i + 1).is_some_and(|x| lower_is(x, &["to"])) { i + 2 } else { i + 1 };
        let english = verb == i + 2;
        let speaks = toks.get(verb).is_some_and(|x| x.is_lower_word() && lower_is(x, SPEAKING));
        // ("refuse" is English only, "menolak" Indonesian only: "menolak to" is no phrase)
        let indonesian = lower_is(t, &["enggan", "menolak"]);
        if !(t.is_lower_word() && lower_is(t, DECLINING) && speaks && english != indonesian) {
            return None;
        }
        // (what one refused to say is theirs to leave unsaid, but "refused to say that …"
        // hands over a statement by its verb of speech, read as usual)
        if lower_is(&toks[verb], &["say"]) && toks[verb + 1..].iter().any(|x| lower_is(x, &["that"])) {
            return None;
        }
        let (sj, at) = self.speaker_before_cue(i)?;
        // (up to a clause of the reporter's, "…, but a spokesman said …", or a verb of speech
        // joined to the refusal, "declined to comment but said …"; in a relative clause up to
        // its comma: "Reed, who declined to comment, chairs the board")
        const MAX_JOINED: usize = 4;
        let joined_speech = |k: usize| {
            lower_is(&toks[k], &["and", "but", "tetapi", "namun"])
                && toks[k + 1..toks.len().min(k + 1 + MAX_JOINED)].iter().any(is_cue_word)
        };
        let relative = at < i && toks[at..i].iter().any(|x| lower_is(x, &["who", "yang"]));
        let end = (verb..toks.len())
            .find(|&k| {
                toks[k].t == ";"
                    || comma_then_conjunction(toks, k)
                    || joined_speech(k)
                    || (relative && toks[k].t == ",")
            })
            .map_or(self.se, |k| toks[k].s);
        let (cs, ce) = clip(self.p, toks[i + 1].s, end, self.relays);
        (cs < ce).then(|| Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj), relay: None })
    }

    /// "Menurut X, …", "…, menurut X, …", "According to X, …", "…, according to X.": the
    /// source, then the statement before or after it as the sentence is built.
    fn according_to(&self, i: usize, l: &str) -> Option<Indirect> {
        let (ss, toks) = (self.ss, &self.toks);
        let t = &toks[i];
        let src = self.according_source(i, l)?;
        // (or after a short opener of time that ends in "ini" or "itu": "Sampai saat
        // ini menurut Rudi belum ada …", "Untuk itu, menurut dia, …")
        const MAX_OPENER: usize = 3;
        let opened = !src.according
            && (1..=MAX_OPENER).contains(&i)
            && lower_is(&toks[i - 1], &["ini", "itu"])
            && toks[..i].iter().all(|t| t.is_word() && !is_cue_word(t));
        // (or capitalised after a word: a sentence after a missing full stop, "… Budi
        // Santoso Menurut dia , …")
        let restarts = i > 0 && t.is_cap() && toks[i - 1].is_word();
        // (or after a colon or semicolon, which opens a clause of its own: "It did not go
        // unnoticed: according to a poll, …")
        let after_colon = i > 0 && matches!(toks[i - 1].t, ":" | ";");
        let found = if self.at_start(i) || opened || restarts || after_colon {
            self.statement_after_source(l, &src)
        } else if i > 0
            && (matches!(toks[i - 1].t, "," | "(")
                || is_long_dash(&toks[i - 1])
                || (src.according && toks[i - 1].t == "-"))
        {
            self.statement_around_source(i, &src)
        } else if src.according && i > 0 && toks[i - 1].is_word() && self.ends_clause(src.after) {
            // "… by 52 to 41 according to a riders' poll out Monday.", "… according to a
            // count by the Herald, but …"
            self.report((ss, toks[i - 1].e), 3, src.cue, Some(&src.subj))
        } else {
            None
        };
        found.map(|f| Indirect { relay: src.relay.clone(), ..f })
    }

    /// Whether the sentence or its clause ends at token `k`: at the full stop, or at a comma
    /// before a conjunction that opens another clause.
    fn ends_clause(&self, k: usize) -> bool {
        let toks = &self.toks;
        k + 1 >= toks.len() || comma_then_conjunction(toks, k)
    }

    /// The source of the "menurut" or "according to" at token `i` (`l`, its word lowercased):
    /// a pronoun ("menurutnya", "menurut dia"), a name the statement follows at once
    /// ("Menurut Budi pendekatan ini …"), or the phrase up to its comma.
    fn according_source(&self, i: usize, l: &str) -> Option<Source<'a>> {
        let (p, toks, relays) = (self.p, &self.toks, self.relays);
        let t = &toks[i];
        let according = according_to_at(toks, i);
        // (a medium alone is a relay; a medium's contributor is a speaker: "According to
        // Harbour Herald columnist Carl Dunn, …")
        let person_after = |re: usize| {
            let rest: Vec<&Tok> =
                toks.iter().skip(i).skip_while(|x| x.s < re).take_while(|x| x.t != ",").collect();
            rest.first().is_some_and(|x| x.is_lower_word() && !lower_is(x, PREPOSITIONS))
                && rest.len() < 12
                && rest.last().is_some_and(|x| x.is_cap())
        };
        if relays.iter().any(|(rs, re, _)| t.s >= *rs && t.s < *re && !person_after(*re)) {
            return None;
        }
        let x0 = if according { i + 2 } else { i + 1 };
        // (a "nya" written apart, as in text split into words, is one too: "Menurut nya …")
        let nya_apart = l == "menurut" && toks.get(x0).is_some_and(|x| x.t == "nya");
        let bare_pronoun = !according
            && toks.get(x0).is_some_and(|x| lower_is(x, PRONOUNS) || nya_apart)
            && toks.get(x0 + 1).is_some_and(|x| x.is_word());
        // "Menurut Budi pendekatan ini …": a name, then the statement in lower case
        let bare_name = (!according && !bare_pronoun).then(|| subject_forward(p, toks, x0)).flatten().filter(
            |(sj, end)| {
                sj.name.is_some()
                    && !sj.pronoun
                    && toks.get(*end).is_some_and(|t| t.is_lower_word() && !lower_is(t, ROLE_HEADS))
                    // (not a clause about the source, nor its role: "Menurut Budi yang juga ketua
                    // koperasi, …", "Menurut Budi selaku ketua koperasi, …")
                    && !toks.get(*end).is_some_and(|t| lower_is(t, &["yang", "selaku"]))
                    // (nor when it spoke: "Menurut Budi pada Senin, …")
                    && !when_up_to_comma(toks, *end)
            },
        );
        // (or the speaker's own record: "Menurut catatannya, …" is by whoever "nya" is)
        const RECORDS: &[&str] = &[
            "catatan",
            "data",
            "hitungan",
            "perhitungan",
            "pengamatan",
            "pengalaman",
            "penilaian",
            "pandangan",
        ];
        let own_record = !according
            && toks.get(x0).is_some_and(|x| {
                x.is_lower_word() && x.lower().strip_suffix("nya").is_some_and(|stem| RECORDS.contains(&stem))
            })
            && toks.get(x0 + 1).is_some_and(|x| x.t == ",");
        let (subj, after) = if own_record || l == "menurutnya" || (nya_apart && !bare_pronoun) {
            let mut sj = pronoun_subj(t);
            sj.mention = "nya".into();
            (sj, if own_record || nya_apart { x0 + 1 } else { i + 1 })
        } else if bare_pronoun {
            // "Menurut dia tak sedikit …": a pronoun needs no comma to end it
            (pronoun_subj(&toks[x0]), x0 + 1)
        } else if let Some((sj, end)) = bare_name.clone() {
            (sj, end)
        } else {
            source_after_according(p, toks, x0)?
        };
        let cue = if according { "according to" } else { t.t };
        let (subj, relay) = match self.cited_within(&subj) {
            Some((cited, relay)) => (cited, Some(relay)),
            None => (subj, None),
        };
        Some(Source {
            subj,
            after,
            x0,
            according,
            bare_pronoun,
            bare_name_end: bare_name.map(|(_, end)| end),
            cue,
            relay,
        })
    }

    /// A source that passes on another's words, "a Harbour Herald report citing port
    /// officials": the one cited, and the medium named before the citing word as its relay.
    fn cited_within(&self, sj: &Subj) -> Option<(Subj, Relay)> {
        let (p, toks) = (self.p, &self.toks);
        // (the source's own tokens, from the sentence's)
        let a = toks.iter().position(|t| t.s >= sj.s)?;
        let b = toks.iter().rposition(|t| t.e <= sj.e)? + 1;
        let phrase = toks.get(a..b)?;
        let c = phrase.iter().position(|t| t.is_lower_word() && lower_is(t, CITING_WORDS))?;
        // (the medium: the capitalised name right before the citing word's noun, "a Harbour
        // Herald report")
        let name_end = phrase[..c].iter().rposition(Tok::is_cap)? + 1;
        let name_start = phrase[..name_end].iter().rposition(|t| !t.is_cap()).map_or(0, |k| k + 1);
        let (cited, cue) = cited_after(p, phrase, c)?;
        let medium = p[phrase[name_start].s..phrase[name_end - 1].e].to_string();
        Some((cited, Relay { medium, cue, reporter: None }))
    }

    /// The statement after a source that opens the sentence: "Menurut X, …", "According to
    /// X, …".
    fn statement_after_source(&self, l: &str, src: &Source) -> Option<Indirect> {
        let (se, toks) = (self.se, &self.toks);
        let n = toks.len();
        let after = src.after;
        let mut a = after;
        while a < n && toks[a].t != "," && a - after < 12 && l != "menurutnya" {
            a += 1;
        }
        // (past a clause about the source set off by commas: "According to Tom Reed, who
        // chairs the board, …")
        const MAX_CLAUSE: usize = 20;
        if a + 1 < n && toks[a].t == "," && lower_is(&toks[a + 1], &["who", "yang"]) {
            if let Some(c) = (a + 2..n.min(a + 2 + MAX_CLAUSE)).find(|&c| toks[c].t == ",") {
                a = c;
            }
        }
        let start = if src.bare_pronoun {
            toks[src.x0].e
        } else if let Some(end) = src.bare_name_end {
            toks[end - 1].e
        } else if l == "menurutnya" && a < n && toks[a].is_word() {
            // ("Menurutnya kegiatan ini …": no comma, the statement starts at once)
            toks[a].s
        } else if a < n {
            toks[a].e
        } else {
            se
        };
        self.report((start, se), 2, src.cue, Some(&src.subj))
    }

    /// The statement around a source set off inside the sentence (the cue at token `i`):
    /// "Dermaga itu, menurut Bupati, akan dibuka …", "…, according to Reed.".
    fn statement_around_source(&self, i: usize, src: &Source) -> Option<Indirect> {
        let (ss, se, toks) = (self.ss, self.se, &self.toks);
        let n = toks.len();
        let (after, cue, subj) = (src.after, src.cue, Some(&src.subj));
        // "Dengan semboyan itu, menurut Budi artinya …": a name and at once the
        // statement, as at the start
        if let Some(end) = src.bare_name_end.filter(|_| toks[i - 1].t == ",") {
            if let Some(found) = self.report((toks[end - 1].e, se), 3, cue, subj) {
                return Some(found);
            }
        }
        // "Dermaga itu, menurut Bupati, akan dibuka …": the statement goes on
        // after the attribution; what came before it is its subject or a connective
        // (not when only the speaker's role follows: "…, menurut Porter, Kepala Tim …")
        let role_follows = after < n && {
            let rest = &toks[after + 1..];
            let end = rest.iter().position(|t| matches!(t.t, "." | "!" | "?")).unwrap_or(rest.len());
            // (or a description of the source: "…, according to Ann Porter, the port
            // director.")
            let described = rest.first().is_some_and(|t| lower_is(t, &["the", "a", "an"]))
                && rest[..end].iter().any(|t| is_role_or_people_noun(t))
                && !rest[..end].iter().any(|t| is_auxiliary(t) || is_cue_word(t) || t.t == ",");
            // (or what the source is, after an indefinite article: "…, according to figures
            // from Harbour Herald, an app that tracks ferries.")
            let what_it_is = rest.first().is_some_and(|t| t.is_lower_word() && lower_is(t, &["a", "an"]));
            reads_as_apposition(&rest[..end]) || described || what_it_is
        };
        // (a clause about the source or of the reporter's after it ends the statement
        // before the cue: "…, according to the harbour count, which is kept …")
        let clause_after = after + 1 < n
            && (self.reporters_participle_at(after + 1)
                || lower_is(
                    &toks[after + 1],
                    &[
                        "which", "who", "where", "although", "though", "but", "and", "while", "whereas",
                        "yang", "namun",
                    ],
                ));
        // (an aside between dashes: "while — according to emails … — knowing …")
        let dashed = after < n && is_long_dash(&toks[after]) && toks[i - 1].t == toks[after].t;
        if dashed {
            if let Some(found) = self.report((toks[after].e, se), 3, cue, subj) {
                return Some(found);
            }
        }
        if after < n && toks[after].t == "," && toks[i - 1].t == "," && !role_follows && !clause_after {
            // (English reads the whole sentence as the statement: "The plan, according
            // to the mayor, failed"; after a conjunction, the clause it opens: "…,
            // because, according to Reed, the crew would object")
            const OPENS_CLAUSE: &[&str] =
                &["because", "and", "but", "so", "that", "since", "although", "though", "while", "if"];
            let subject_after = toks
                .get(after + 1)
                .is_some_and(|t| t.is_cap() || lower_is(t, DETERMINERS) || lower_is(t, PRONOUNS));
            let conjunction_before = i >= 2 && lower_is(&toks[i - 2], OPENS_CLAUSE) && subject_after;
            // (Indonesian too, past the connectives opening it: "Selain itu, menurut dia, …"
            // says only what follows)
            let from = match what_is_spoken_of(&toks[..i - 1]) {
                _ if conjunction_before => toks[after].e,
                _ if src.according => ss,
                Some(x) => toks[x].s,
                None => toks[after].e,
            };
            if let Some(found) = self.report((from, se), 3, cue, subj) {
                return Some(found);
            }
        }
        self.report((ss, toks[i - 1].s), 3, cue, subj)
    }

    /// Whether a participle's phrase of the reporter's starts at token `k`, perhaps after an
    /// adverb: "…, Reed said on Friday, likely setting up a fight". Not after an opening
    /// adjunct, where it starts the main clause: "While the pier is shut, Reed said, raising
    /// the toll would be wrong".
    fn reporters_participle_at(&self, k: usize) -> bool {
        let toks = &self.toks;
        let k = if toks.get(k).is_some_and(is_adverb) { k + 1 } else { k };
        let participle = toks
            .get(k)
            .is_some_and(|t| t.is_lower_word() && is_participle(t) && !lower_is(t, PREPOSITION_PARTICIPLES));
        // (a preposition before a number opens a quantity, not an adjunct: "Over 1.8 million
        // passengers crossed …")
        let fronted_adjunct = || {
            let first = toks.iter().position(|t| t.is_word() && !is_discourse(t));
            first.is_some_and(|f| {
                (lower_is(&toks[f], SUBORDINATORS) || lower_is(&toks[f], PREPOSITIONS))
                    && !toks.get(f + 1).is_some_and(|t| t.t.starts_with(|c: char| c.is_ascii_digit()))
            })
        };
        participle && !fronted_adjunct()
    }

    /// "Ditambahkan Nur Rahman, kecelakaan kerja …": the passive cue, then who; or as an
    /// aside after "seperti" or "sebagaimana", opening the sentence or closing it ("Seperti
    /// (yang) dikatakan Budi, lomba …", "Lomba digelar Senin, sebagaimana disampaikan Budi.").
    fn passive_cue_then_name(&self, i: usize, l: &str) -> Option<Indirect> {
        let toks = &self.toks;
        let t = &toks[i];
        let past_yang = if i > 0 && lower_is(&toks[i - 1], &["yang"]) { i - 1 } else { i };
        let aside_at = past_yang
            .checked_sub(1)
            .filter(|&a| lower_is(&toks[a], &["seperti", "sebagaimana"]))
            .filter(|&a| self.at_start(a) || a.checked_sub(1).is_some_and(|c| toks[c].t == ","));
        if !(l.starts_with("di")
            && !lower_is(t, PASSIVE_NYA_CUES)
            && (self.at_start(i) || aside_at.is_some())
            && ID_CUE_STEMS.contains(&jejak_text::stem_id(l)))
        {
            return None;
        }
        // (a medium passing it on is a relay: "Seperti dilaporkan Harbour Herald, …")
        if self.relays.iter().any(|(rs, re, _)| (*rs..*re).contains(&t.s)) {
            return None;
        }
        // (perhaps with how it was said before the comma: "disebutkan Budi secara terpisah, …")
        let comma_after = |end: usize| {
            let manner = toks.get(end).is_some_and(|t| lower_is(t, &["secara"]))
                && toks.get(end + 1).is_some_and(|t| t.is_lower_word());
            let comma = if manner { end + 2 } else { end };
            toks.get(comma).is_some_and(|c| c.t == ",").then_some(comma)
        };
        let (sj, end) = subject_forward(self.p, toks, i + 1).filter(|(sj, _)| sj.name.is_some())?;
        if let Some(comma) = comma_after(end) {
            return self.report((toks[comma].e, self.se), 3, t.t, Some(&sj));
        }
        // (closing the sentence, the aside tells the words before it)
        let closing = aside_at.filter(|&a| a > 0 && toks[end..].iter().all(|t| !t.is_word()))?;
        self.report((self.ss, toks[closing - 1].s), 3, t.t, Some(&sj))
    }

    /// "Ditambahkannya, guru juga dapat …": the passive cue with its pronoun, then a comma,
    /// or bare ("Dikatakan, …"), the speaker before going on.
    fn passive_cue_nya(&self, i: usize) -> Option<Indirect> {
        let toks = &self.toks;
        let t = &toks[i];
        let cue = lower_is(t, PASSIVE_NYA_CUES) || lower_is(t, PASSIVE_GOING_ON_CUES);
        if !(cue && self.at_start(i) && toks.get(i + 1).is_some_and(|c| c.t == ",")) {
            return None;
        }
        let mut sj = pronoun_subj(t);
        sj.mention = "nya".into();
        self.report((toks[i + 1].e, self.se), 3, t.t, Some(&sj))
    }

    /// "Brook defended the posts, saying it proves …": the participle reports for the
    /// clause's subject (or after "while", "after", "from", "and": "aside from saying she
    /// plans …"); a subject that does not open the sentence plainly is left unknown.
    fn participle(&self, i: usize) -> Option<Indirect> {
        let (p, toks) = (self.p, &self.toks);
        let n = toks.len();
        let t = &toks[i];
        if !lower_is(t, PARTICIPLE_CUES) {
            return None;
        }
        let with_subject = self.with_subject(i);
        let introduced = i > 0
            && (toks[i - 1].t == ","
                // (the comma inside a closing mark: `called the plan “reckless,” saying …`)
                || (i > 1 && toks[i - 2].t == "," && matches!(toks[i - 1].t, "”" | "\"" | "’" | "'"))
                || is_dash(&toks[i - 1])
                || lower_is(&toks[i - 1], PARTICIPLE_OPENERS)
                || with_subject.is_some());
        // (a participle set off between the subject and its verb of speech says on what the
        // statement rests, not what it is: "Ann Porter, citing board figures, said that …")
        const MAX_ASIDE: usize = 12;
        let aside = || {
            toks[0..i].iter().filter(|t| t.is_word()).count() <= MAX_ASIDE
                && (i + 1..n.min(i + 1 + MAX_ASIDE))
                    .find(|&k| toks[k].t == ",")
                    // (perhaps after when: "…, citing the tide tables, on Monday warned")
                    .is_some_and(|c| {
                        toks.get(past_when(toks, c + 1)).is_some_and(|v| v.is_lower_word() && is_cue_word(v))
                    })
        };
        let reports = introduced && !aside() && !reports_nothing(toks, i);
        if !reports {
            return None;
        }
        // (the subject before the first verb when the sentence does not open with it
        // plainly: "The officials have used …", "… leader, Anne Roux, voiced support")
        // (not a verb of an aside between dashes: "Ann Porter -- whose brother founded the ferry
        // line -- has mocked …")
        let before_first_verb = || {
            // (a "--" is two tokens, one dash; an aside needs a dash on each side)
            let dashes: Vec<usize> = (0..i)
                .filter(|&k| {
                    is_dash(&toks[k]) && !(k > 0 && is_dash(&toks[k - 1]) && toks[k - 1].e == toks[k].s)
                })
                .collect();
            let in_aside = |k: usize| dashes.chunks_exact(2).any(|pair| pair[0] < k && k < pair[1]);
            let verb = (0..i).find(|&k| {
                let t = &toks[k];
                !in_aside(k) && t.is_lower_word() && (t.t.ends_with("ed") || is_auxiliary(t))
            })?;
            subject_before(p, toks, verb).map(|(sj, _)| sj)
        };
        // (the subject of the last of clauses joined by "and" or "but": "inspectors fined the
        // line and Reed fired his chief, acknowledging …" is Reed's)
        let last_joined_clause = || {
            let verb = (1..i).rev().find(|&k| toks[k].is_lower_word() && is_past_form(&toks[k]))?;
            subject_before(p, toks, verb)
                // (a clause before the "and", with a verb of its own: "Porter and Reed sent" is
                // one subject)
                .filter(|(sj, at)| {
                    sj.name.is_some()
                        && !sj.pronoun
                        && *at > 1
                        && lower_is(&toks[at - 1], &["and", "but"])
                        && toks[..at - 1]
                            .iter()
                            .any(|t| t.is_lower_word() && (is_past_form(t) || is_auxiliary(t)))
                })
                .map(|(sj, _)| sj)
        };
        if let Some(found) = self.participle_between_subject_and_verb(i) {
            return Some(found);
        }
        let subj = with_subject
            .or_else(last_joined_clause)
            .or_else(|| clause_subject(p, toks).filter(|(_, verb)| *verb < i).map(|(sj, _)| sj))
            .or_else(before_first_verb);
        let span = content_after(p, self.regions, toks, i, self.se);
        self.report(span, participle_min_words(t), t.t, subj.as_ref())
    }

    /// "Reed, by saying the pier is safe, calmed the crews": a participle set off by commas
    /// between the sentence's subject and its verb reports for that subject, and what it
    /// says ends at the closing comma.
    fn participle_between_subject_and_verb(&self, i: usize) -> Option<Indirect> {
        const MAX_STATEMENT: usize = 30;
        let (p, toks) = (self.p, &self.toks);
        let open = match i.checked_sub(1).map(|k| &toks[k]) {
            Some(c) if c.t == "," => i - 1,
            Some(o) if i >= 2 && lower_is(o, PARTICIPLE_OPENERS) && toks[i - 2].t == "," => i - 2,
            _ => return None,
        };
        let close = (i + 1..toks.len().min(i + 1 + MAX_STATEMENT)).find(|&k| toks[k].t == ",")?;
        // (the subject's own verb after it: "…, calmed the crews")
        toks.get(close + 1).filter(|v| !is_cue_word(v) && (is_past_form(v) || is_present_form(v)))?;
        let (subj, _) = subject_before(p, toks, open).filter(|&(_, at)| at == 0)?;
        let (cs, ce) = content_after(p, self.regions, toks, i, self.se);
        self.report((cs, ce.min(toks[close].s)), 3, toks[i].t, Some(&subj))
    }

    /// A position taken in a phrase rather than a verb, its content after "that": "Reed made
    /// (it) clear that …", "Porter expressed confidence that …", "Reed is confident (that)
    /// …", "The board has been adamant that …".
    fn stance_phrase(&self, i: usize) -> Option<Indirect> {
        const STANCES: &[&str] = &[
            "clear",
            "confident",
            "adamant",
            "convinced",
            "certain",
            "hopeful",
            "optimistic",
            "pessimistic",
        ];
        const FEELINGS: &[&str] =
            &["confidence", "hope", "concern", "doubt", "doubts", "fear", "fears", "optimism"];
        const BE: &[&str] =
            &["is", "was", "are", "were", "been", "remains", "remained", "seemed", "appeared"];
        const MAKE: &[&str] = &["made", "make", "makes", "making"];
        const EXPRESS: &[&str] = &["expressed", "expresses", "voiced", "voices"];
        let toks = &self.toks;
        let t = &toks[i];
        if !t.is_lower_word() || i == 0 {
            return None;
        }
        // where the phrase's verb is, and whether "that" must follow
        let verb = if lower_is(t, STANCES) {
            let made_it = i >= 2 && lower_is(&toks[i - 1], &["it"]) && lower_is(&toks[i - 2], MAKE);
            if lower_is(&toks[i - 1], BE) && !lower_is(t, &["clear"]) {
                Some((i - 1, false))
            } else if lower_is(&toks[i - 1], BE) || lower_is(&toks[i - 1], MAKE) {
                Some((i - 1, true))
            } else {
                made_it.then(|| (i - 2, true))
            }
        } else if lower_is(t, FEELINGS) {
            let determiner = lower_is(&toks[i - 1], &["his", "her", "their", "its", "the", "some"]);
            let at = if determiner { i.checked_sub(2)? } else { i - 1 };
            lower_is(&toks[at], EXPRESS).then_some((at, true))
        } else {
            None
        };
        let (verb, needs_that) = verb?;
        let next = toks.get(i + 1)?;
        let that = lower_is(next, &["that"]);
        // (what follows is a clause: not "certain of the route", "clear that morning")
        if (needs_that && !that) || !next.is_word() || lower_is(next, PREPOSITIONS) {
            return None;
        }
        // the subject before the verb, past "has", "had", "have" and a "not" ("has been", "is
        // not")
        let mut at = verb;
        while at > 0 && lower_is(&toks[at - 1], &["has", "have", "had", "not", "also", "always"]) {
            at -= 1;
        }
        // (not an empty subject: "It is clear that …")
        let (sj, _) = subject_before(self.p, toks, at).filter(|(sj, _)| {
            !(sj.pronoun && ["it", "this", "that"].contains(&sj.mention.to_lowercase().as_str()))
        })?;
        let (cs, ce) = content_after(self.p, self.regions, toks, i, self.se);
        let cue = &self.p[toks[at].s..t.e];
        self.report((cs, ce), 3, cue, Some(&sj))
    }

    /// A claim named as a noun after its owner, its content after "that", where the phrase
    /// is no subject of the sentence: "Porter rejected Tom Reed's claim that …", "…, repeating
    /// her warning that …". (As a subject, "Reed's claim that A drew criticism", where the
    /// clause ends is not told by its words.)
    fn owned_claim(&self, i: usize) -> Option<Indirect> {
        let (p, toks) = (self.p, &self.toks);
        let t = &toks[i];
        let names_claim = t.is_lower_word() && lower_is(t, CLAIM_NOUNS) && i > 0;
        if !names_claim {
            return None;
        }
        // (past when it was made: "Reed's remark last month that …", "her warning on Tuesday
        // that …")
        const MAX_TIME_WORDS: usize = 4;
        const TIME_WORDS: &[&str] = &[
            "earlier", "later", "last", "this", "on", "in", "year", "month", "week", "weekend", "night",
            "ago",
        ];
        let time_words = toks[i + 1..]
            .iter()
            .take(MAX_TIME_WORDS)
            .take_while(|x| {
                lower_is(x, TIME_WORDS) || lower_is(x, WEEKDAYS_EN) || lower_is(x, MONTHS) || is_year(x)
            })
            .count();
        let that = i + 1 + time_words;
        if !toks.get(that).is_some_and(|x| lower_is(x, &["that"])) {
            return None;
        }
        let owner = &toks[i - 1];
        let (sj, at) = if owner.is_lower_word() && lower_is(owner, &["his", "her", "their"]) {
            // (read as the pronoun it is a form of, for whom it stands to be found)
            let mut sj = pronoun_subj(owner);
            sj.mention = match owner.t {
                "his" => "he",
                "her" => "she",
                _ => "they",
            }
            .to_string();
            (sj, i - 1)
        } else if is_possessive(owner) && owner.is_cap() {
            let mut a = i - 1;
            while a > 0 && toks[a - 1].is_cap() && !is_cap_stop(&toks[a - 1]) {
                a -= 1;
            }
            let sj = make_subj(p, toks, a, i, 0);
            (sj.name.is_some().then_some(sj)?, a)
        } else {
            return None;
        };
        // (the object of a verb or a preposition, not a subject: "rejected Reed's claim that",
        // "about his claims that"; not "said Reed's claim that A was false", "whether Reed's
        // insistence that A was right")
        let before = at.checked_sub(1).map(|b| &toks[b]).filter(|b| b.is_lower_word())?;
        let takes_claims = lower_is(before, TAKING_CLAIMS);
        let object = (takes_claims || lower_is(before, PREPOSITIONS) || is_past_form(before))
            && (takes_claims || !is_cue_word(before));
        if !object {
            return None;
        }
        let (cs, ce) = content_after(p, self.regions, toks, that - 1, self.se);
        self.report((cs, ce), 3, t.t, Some(&sj))
    }

    /// The participle's own subject after "with": "…, with skippers saying the summer
    /// …", "with four in 10 saying …", "With Reed warning that …".
    fn with_subject(&self, i: usize) -> Option<Subj> {
        const MAX_WORDS: usize = 8;
        let (p, toks) = (self.p, &self.toks);
        let with = (i.saturating_sub(MAX_WORDS + 1)..i)
            .rev()
            .take_while(|&k| toks[k].is_word())
            .find(|&k| lower_is(&toks[k], &["with"]))
            .filter(|&w| w + 1 < i)?;
        // (the absolute clause opens the sentence or follows a comma or dash: not "met
        // with him in July, …")
        let opens =
            with == 0 || self.at_start(with) || is_punct(&toks[with - 1], &[","]) || is_dash(&toks[with - 1]);
        let phrase = &toks[with + 1..i];
        let plain = phrase.iter().all(|t| {
            !is_auxiliary(t)
                && !lower_is(t, PRONOUNS)
                && !is_cue_word(t)
                && !is_past_form(t)
                && !is_adverb(t)
                && !(t.is_lower_word() && t.t.ends_with("ing") && t.t.len() > 4)
                && !lower_is(t, &["that", "which", "who", "as", "while", "after", "before", "once"])
        });
        if !(opens && plain) {
            return None;
        }
        let named = phrase.iter().all(|t| t.is_cap());
        let lower_n = if named { 0 } else { phrase.len() };
        Some(Subj { described: !named, ..make_subj(p, toks, with + 1, i, lower_n) })
    }

    /// "Pesan pertama kata dia, jadwal feri …": "kata X," inside the sentence without a
    /// comma before it; the statement is what follows.
    fn kata_within(&self, i: usize, l: &str) -> Option<Indirect> {
        let toks = &self.toks;
        if !(l == "kata" && i > 0 && toks[i - 1].is_word()) {
            return None;
        }
        let (sj, end) = subject_forward(self.p, toks, i + 1)
            .filter(|(_, end)| toks.get(*end).is_some_and(|t| t.t == ","))?;
        if !(sj.pronoun || sj.name.is_some()) {
            return None;
        }
        self.report((toks[end].e, self.se), 3, toks[i].t, Some(&sj))
    }

    /// Indonesian postposed cue: "…, kata X" / "…, ujarnya"; or inside the sentence, with
    /// the statement after it: "Padahal, kata dia, tambahan itu …".
    fn postposed_id_cue(&self, i: usize, l: &str) -> Option<Indirect> {
        let (p, toks) = (self.p, &self.toks);
        let t = &toks[i];
        let stem = l.strip_suffix("nya");
        // (not a prefixed verb with its object: "…, Kepala Dinas Budi Santoso, membantahnya")
        let post_id = is_postposed_id_cue(l);
        // (in lower case after a plain comma, unless the sentence is a headline's: "…, Bantah
        // Melarang" in a capitalised headline is no cue; after a quotation a capital is a
        // slip: "…, ” Ucap Dwi")
        let cased = t.is_lower_word() || self.headline_case || (i > 0 && toks[i - 1].t != ",");
        // ("…, demikian kata Budi": "thus" before the cue adds nothing to it)
        let thus = i > 1 && toks[i - 1].is_lower_word() && lower_is(&toks[i - 1], &["demikian"]);
        let at = if thus { i - 1 } else { i };
        if !(post_id && cased && at > 0 && is_punct(&toks[at - 1], &[",", "”", "\""])) {
            return None;
        }
        let subj = if stem.is_some() {
            let mut sj = pronoun_subj(t);
            sj.mention = "nya".into();
            Some((sj, i + 1))
        } else {
            // (a role, then the name: "kata Kepala Dinas Sosial Sukamaju, Dedi Kurnia")
            subject_forward(p, toks, i + 1)
                .map(|(sj, end)| name_after_role(p, toks, &sj, i + 1, end).unwrap_or((sj, end)))
        };
        // (where and when the cue's speaker spoke: "…, di Sukamaju, Selasa.")
        let occasion_only = |from: usize| {
            toks[from..]
                .iter()
                .all(|t| !t.is_word() || t.is_cap() || is_digits(t) || lower_is(t, &["di", "kepada", "pada"]))
        };
        // "Padahal, kata dia, tambahan itu …": the attribution sits inside the sentence
        // and the statement is what follows it (not the source it cites: "…, kata
        // Harbour Herald, mengutip sumber di kepolisian")
        // (or what is said of something named before it, too: "Dermaga itu, kata Budi, sudah
        // tua" says the pier is old; the walk cuts the attribution from the text)
        // (and past when it was said, or at once: `statement_resumes`)
        let citing = |from: usize| toks.get(from).is_some_and(|t| lower_is(t, CITING_WORDS));
        let resumes = subj
            .as_ref()
            .filter(|_| toks[at - 1].t == ",")
            .and_then(|(sj, end)| statement_resumes(toks, *end).map(|from| (sj, from)))
            .filter(|&(_, from)| !occasion_only(from) && !citing(from));
        if let Some((sj, resumes)) = resumes {
            let from = what_is_spoken_of(&toks[..at - 1]).map_or(toks[resumes].s, |x| toks[x].s);
            if let Some(found) = self.report((from, self.se), 3, t.t, Some(sj)) {
                return Some(found);
            }
        }
        let (sj, end) = subj?;
        let sj = with_closing_role(p, toks, sj, end);
        self.report((self.ss, toks[at - 1].s), 3, t.t, Some(&sj))
    }

    /// A verb of speech or of a position taken, with its speaker before it: "X said (that)
    /// …", "…, X said.", "critics who say …"; or after it: "…, said Lavrov."
    fn speech_verb(&self, i: usize, l: &str) -> Option<Indirect> {
        let toks = &self.toks;
        let n = toks.len();
        let t = &toks[i];
        // (a position gives way to speech later in the sentence: "defended the closure,
        // saying it keeps the ferries safe")
        // (but not to a second statement of its own: "called it careless, but said …")
        // (a name called or a charge laid is a claim of its own, which a statement after it
        // leaves standing: "called the levy a scandal, adding that …")
        let claims = lower_is(t, NAME_OR_CHARGE_CUES);
        let stance = t.is_lower_word()
            && is_stance(l)
            && (claims
                || !(i + 1..n).any(|x| {
                    let joined = lower_is(&toks[x - 1], &["and", "but"]);
                    lower_is(&toks[x], PARTICIPLE_CUES)
                        || (PRE_CUES.contains(&toks[x].lower().as_str()) && !joined)
                }));
        // (after "untuk" it is a purpose, not speech: "untuk melanjutkan studi", "agar dapat
        // menyampaikan")
        const PURPOSE: &[&str] = &["untuk", "guna", "agar", "supaya"];
        // (nor after a failure to, perhaps with an adverb: "crews failed to adequately warn
        // skippers" did not warn them)
        let failed_to = |i: usize| {
            let to = if i > 0 && is_adverb(&toks[i - 1]) { i - 1 } else { i };
            to > 1
                && lower_is(&toks[to - 1], &["to"])
                && lower_is(&toks[to - 2], &["failed", "fails", "fail", "failing"])
        };
        let purpose = |i: usize| {
            i > 0
                && (lower_is(&toks[i - 1], PURPOSE)
                    || failed_to(i)
                    || (i > 1
                        && lower_is(&toks[i - 1], &["dapat", "bisa"])
                        && lower_is(&toks[i - 2], PURPOSE)))
        };
        // (a capitalised cue inside the sentence is part of a name: "Gubernur Abu Said
        // Wijaya")
        let speech = PRE_CUES.contains(&l)
            && (t.is_lower_word() || self.at_start(i) || self.headline_case)
            && !purpose(i)
            && !passive_report_at(toks, i);
        if !(speech || stance) || reports_nothing(toks, i) || reduced_passive_report_at(toks, i) {
            return None;
        }
        match self.speaker_before_cue(i) {
            Some((sj, at)) => self
                .statement_before_attribution(i, l, &sj, at)
                .or_else(|| self.statement_after_cue(i, l, sj, at)),
            None if i > 0
                && is_punct(&toks[i - 1], &[",", "”", "\""])
                && POST_CUES_EN.contains(&l)
                && !ADDRESSEE_CUES.contains(&l) =>
            {
                self.inverted_attribution(i)
            }
            None => None,
        }
    }

    /// Who speaks by the cue at `i`, and the token their mention starts at.
    fn speaker_before_cue(&self, i: usize) -> Option<(Subj, usize)> {
        let (p, toks) = (self.p, &self.toks);
        // "Mark Hale, a newspaper columnist, who said …": the person the relative clause
        // is about
        // (a name right after an infinitive is its object: "activists clamoring to block Tom
        // Reed say")
        let object_of_infinitive = |sj: &Subj, at: usize| {
            let verb = |t: &Tok| {
                t.is_lower_word()
                    && ![DETERMINERS, CLAUSE_OPENERS, PREPOSITIONS, ROLE_VOCAB]
                        .iter()
                        .any(|list| lower_is(t, list))
            };
            sj.name.is_some() && at >= 2 && verb(&toks[at - 1]) && lower_is(&toks[at - 2], &["to"])
        };
        // (an Indonesian verb of saying after a comma that closes a clause with a verb of its
        // own is that clause's subject's, a person named in full: "Budi Santoso meresmikan
        // dermaga di Kabupaten Sukamaju, menegaskan bahwa …", not the place named last)
        // (a statement found only so is one its "bahwa" opens)
        let after_own_clause = || {
            let comma = i.checked_sub(1).filter(|&c| toks[c].t == "," && is_id_active_verb(&toks[i]))?;
            let reported = toks.get(i + 1).is_some_and(|t| lower_is(t, &["bahwa"]));
            if !reported && subject_before(p, toks, i).is_none() {
                return None;
            }
            let (sj, verb) = clause_subject(p, toks)
                .filter(|(sj, verb)| *verb < comma && is_id_active_verb(&toks[*verb]) && full_name(sj))?;
            let at = toks.iter().position(|t| t.s == sj.s)?;
            // (not an aside set off by commas after the subject: "Asahi Shimbun, mengutip
            // pejabat, mengatakan …")
            (!toks[at..verb].iter().any(|t| t.t == ",")).then_some((sj, at))
        };
        relative_subject(p, toks, i)
            .or_else(|| self.restrictive_relative(i))
            .or_else(after_own_clause)
            .or_else(|| {
                let found = subject_before(p, toks, i).filter(|(sj, at)| {
                    !object_of_infinitive(sj, *at) && !participle_in_opening_phrase(toks, *at, i)
                });
                // (one read from inside a long occasion after the clause's own subject, or
                // none, is that subject's: "Kepala Balai ketika meninjau dermaga yang dibiayai
                // Bank Pelabuhan Nusantara, Kamis (14/3), menegaskan")
                match (found, subject_before_occasion(p, toks, i)) {
                    (Some((_, at)), Some((own, s0, opener))) if at > opener => Some((own, s0)),
                    (None, Some((own, s0, _))) => Some((own, s0)),
                    (found, _) => found,
                }
            })
            .or_else(|| self.described_plural(i))
            // "Reed urged his voters to turn out and said …", "Brook called it careless,
            // but said …": the subject of the verb the cue is joined to
            .or_else(|| coordinated_subject(p, toks, i).map(|(sj, _)| (sj, 0)))
            .filter(|&(_, at)| !thing_then_holders(&toks[at.min(i)..i]))
    }

    /// "Social conservatives say …", "Experts in employment law say …": a plural noun
    /// phrase opening the clause, whatever its head, before a verb of saying.
    fn described_plural(&self, i: usize) -> Option<(Subj, usize)> {
        let (p, toks) = (self.p, &self.toks);
        // (past an adverb or an aside: "Eight in 10 riders overall said", "Supporters of
        // the toll, on the other hand, insisted")
        let mut end = past_adverbials(toks, i);
        // (and past the share the people make: "About two-thirds, 64 percent, say")
        if let Some(open) = share_aside_before(toks, end) {
            end = open;
        }
        const SAYING: &[&str] = &[
            "say",
            "said",
            "argue",
            "argued",
            "believe",
            "believed",
            "think",
            "thought",
            "warn",
            "warned",
            "contend",
            "contended",
            "claimed",
            "insist",
            "insisted",
            // (people describing themselves: "Four in ten skippers described themselves as …")
            "describe",
            "described",
        ];
        let saying = lower_is(&toks[i], SAYING);
        // (a share written with its sign: "26% say")
        let percent = saying
            && end >= 2
            && toks[end - 1].t == "%"
            && is_digits(&toks[end - 2])
            && (end == 2 || self.at_start(end - 2) || matches!(toks[end - 3].t, ";" | "," | ":"));
        if percent {
            let a = end - 2;
            return Some((Subj { described: true, ..make_subj(p, toks, a, end, 0) }, a));
        }
        let a = saying.then(|| noun_phrase_start(toks, end, |k| self.at_start(k))).flatten()?;
        // (or a share of people polled: "52 percent said", "six in 10 said")
        let head = &toks[end - 1];
        let plural = head.is_lower_word()
            && (head.t.ends_with('s') || lower_is(head, &["people", "men", "women", "children"]))
            && !lower_is(head, PRONOUNS);
        // (or people of something: "Experts on harbour safety say")
        let people_of = is_speaker_noun(&toks[a])
            && toks[a].t.ends_with('s')
            && toks.get(a + 1).is_some_and(|x| lower_is(x, DESCRIPTION_PREPOSITIONS));
        // (or people doing something: "Skippers heading out at dawn say")
        let people_doing = is_plural_people(&toks[a])
            && toks
                .get(a + 1)
                .is_some_and(|x| x.is_lower_word() && x.t.ends_with("ing") && !lower_is(x, PREPOSITIONS));
        let plural = plural || people_of || people_doing;
        // (or a quantity of the people just named, alone: "Forty skippers came; most said …")
        let quantity =
            a + 1 == end && lower_is(head, &["most", "many", "some", "several", "few", "both", "all"]);
        let share =
            lower_is(head, &["percent", "half", "third", "thirds", "quarter", "quarters", "majority"])
                || is_digits(head)
                || quantity;
        (plural || share).then(|| (Subj { described: true, ..make_subj(p, toks, a, end, end - a) }, a))
    }

    /// "critics who say …", "fishermen who argue …": the people a restrictive relative
    /// clause picks out.
    fn restrictive_relative(&self, i: usize) -> Option<(Subj, usize)> {
        let (p, toks) = (self.p, &self.toks);
        let t = &toks[i];
        // (a share written with its sign picks people out too: "12% who say")
        let percent_sign = i >= 3 && toks[i - 2].t == "%" && is_digits(&toks[i - 3]);
        if i < 2 || !lower_is(&toks[i - 1], &["who", "yang"]) || !(toks[i - 2].is_word() || percent_sign) {
            return None;
        }
        // (the noun right before the relative word)
        let the_noun = || (Subj { described: true, ..make_subj(p, toks, i - 2, i - 1, 1) }, i - 2);
        // ("ada pula nelayan yang menilai …": the people an Indonesian one picks
        // out)
        if lower_is(&toks[i - 1], &["yang"]) {
            let people = is_id_active_verb(t) && is_speaker_noun(&toks[i - 2]);
            return people.then(the_noun);
        }
        // one person, with the article: "a captain who said …", "an engineer who
        // says …"
        const MAX_MODIFIERS: usize = 2;
        const SPEECH: &[&str] = &[
            "say", "says", "said", "warn", "warns", "warned", "argue", "argues", "argued", "claim", "claims",
            "claimed", "insist", "insists", "insisted",
        ];
        let noun = lower_is(t, SPEECH)
            && toks[i - 2].is_lower_word()
            && !lower_is(&toks[i - 2], PRONOUNS)
            && !is_auxiliary(&toks[i - 2]);
        let article = noun
            .then(|| {
                (i.saturating_sub(3 + MAX_MODIFIERS)..i - 2)
                    .rev()
                    .take_while(|&a| toks[a].is_lower_word())
                    .find(|&a| lower_is(&toks[a], &["a", "an", "one", "another"]))
            })
            .flatten();
        if let Some(a) = article {
            return Some((Subj { described: true, ..make_subj(p, toks, a, i - 1, i - 1 - a) }, a));
        }
        // or the people it picks out: "critics who say …"
        let speech = lower_is(t, SPEECH)
            || lower_is(t, &["believe", "believed", "think", "thought", "contend", "contended"]);
        // (a pronoun for people too, as the object of a preposition: "including some who
        // warned", "among those who said"; as a subject its clause runs on into the main
        // verb, "Those who said A split evenly", and "most of those who" is a subject too)
        const PEOPLE_PRONOUNS: &[&str] = &["those", "some", "many", "others", "several", "few"];
        let pronoun_object = lower_is(&toks[i - 2], PEOPLE_PRONOUNS)
            && i >= 3
            && (lower_is(&toks[i - 3], PREPOSITIONS) || lower_is(&toks[i - 3], &["including"]))
            && !lower_is(&toks[i - 3], &["of"]);
        let people = speech
            && (is_plural_people(&toks[i - 2]) || pronoun_object || toks[i - 2].t.ends_with("men"))
            && !is_possessive(&toks[i - 2]);
        // or the share of people polled: "set against 31 percent who said …", "three in 10
        // who said"
        let share =
            speech && (percent_sign || lower_is(&toks[i - 2], SHARE_WORDS) || is_digits(&toks[i - 2]));
        if share {
            // (with its number: "31 percent", "three in 10")
            let mut a = i - 2;
            if percent_sign || (a > 0 && lower_is(&toks[a], &["percent"]) && is_digits(&toks[a - 1])) {
                a -= 1;
            } else if a >= 2 && is_digits(&toks[a]) && lower_is(&toks[a - 1], &["in"]) {
                a -= 2;
            }
            return Some((Subj { described: true, ..make_subj(p, toks, a, i - 1, i - 1 - a) }, a));
        }
        people.then(the_noun)
    }

    /// The attribution after its statement: "…, X said (on Tuesday).", or inside it: "Running
    /// the port, Mr. Hale said, would drive …" (the speaker's mention starts at `at`).
    fn statement_before_attribution(&self, i: usize, l: &str, sj: &Subj, at: usize) -> Option<Indirect> {
        let (p, ss, se, toks, relays) = (self.p, self.ss, self.se, &self.toks, self.relays);
        let t = &toks[i];
        // (the comma the attribution follows, perhaps with "as": ", as one banker
        // told me")
        let comma = match at {
            a if a > 0 && toks[a - 1].t == "," => a - 1,
            a if a > 1 && lower_is(&toks[a - 1], &["as"]) && toks[a - 2].t == "," => a - 2,
            _ => return None,
        };
        let after = self.after_cue(i, comma, at);
        // "Running the port, Mr. Hale said, would drive …": the attribution sits inside the
        // statement, which is the whole sentence around it.
        // (one word before it is the statement's subject when it is a noun, "Money, Reed
        // added, was tight all winter", not a word of time or manner: "Now, Reed said, …")
        let noun_alone = || {
            let words: Vec<&Tok> = toks[..comma].iter().filter(|t| t.is_word()).collect();
            matches!(words.as_slice(), [w] if w.is_cap()
                && !is_discourse(w)
                && !is_cap_stop(w)
                && !w.t.ends_with("ly")
                && !lower_is(w, TRAILING_ADVERBIALS)
                && !lower_is(w, WEEKDAYS_EN)
                && !lower_is(w, ONE_WORD_OPENERS))
        };
        let parenthetical = POST_CUES_EN.contains(&l)
            && !after.answered
            && after.aside_end.is_some()
            && !after.source_follows
            && (wc(p, ss, toks[comma].s) >= 2 || noun_alone())
            && after.rest_words >= 2;
        // (a colon before the attribution ends the reporter's lead-in: "Reed was blunt: the
        // pier, he said, is finished.")
        let ss = toks[..comma].iter().rposition(|t| t.t == ":" && !self.quoted(t)).map_or(ss, |k| toks[k].e);
        if parenthetical {
            // (a medium told inside the attribution is whom it was told, no relay of the
            // statement around it: "Every Friday, Reed told the Herald, Porter …")
            let aside = toks[at].s..after.aside_end.map_or(se, |k| toks[k].s);
            let others: Vec<_> = relays.iter().filter(|(rs, ..)| !aside.contains(rs)).cloned().collect();
            let (cs, ce) = clip(p, ss, se, &others);
            return Some(Indirect { cs, ce, cue: t.t.to_string(), subj: Some(sj.clone()), relay: None });
        }
        // "…, X said (on Tuesday).": not after a phrase or clause that leads into the cue's
        // own clause
        let trailing = !self.lead_in_before(i, comma)
            && wc(p, ss, toks[comma].s) >= 3
            // (nor when the cue completes a verb: "…, Porter climbed onto the ferry to say
            // goodbye")
            && !lower_is(&toks[i - 1], &["to"])
            && after.rest_words <= 8
            && after.adverbial
            && !lower_is(&toks[at], &["who", "yang"])
            // (nor what comes before the one a relative clause is about: "…, a blow to
            // the harbour master, Tom Reed, who denied the charge")
            && relative_who(toks, i).is_none()
            // (nor when what precedes is the speaker's role: "Kepala Dinas Pendidikan Kota
            // Semarang , Bambang mengungkapkan , …")
            && !(lower_is(&toks[0], ROLE_HEADS) && reads_as_apposition(&toks[..comma]));
        trailing.then(|| self.report((ss, toks[comma].s), 3, t.t, Some(sj))).flatten()
    }

    /// What follows the cue at `toks[i]` of an attribution after the comma at `toks[comma]`
    /// (its speaker's mention from `at`): whether it says when, where or to whom rather than
    /// what, so that the statement is the words before the comma.
    fn after_cue(&self, i: usize, comma: usize, at: usize) -> AfterCue {
        let (p, se, toks, relays) = (self.p, self.se, &self.toks, self.relays);
        let n = toks.len();
        let t = &toks[i];
        // (a clause of circumstance right after the cue, or after whom it was told, is no
        // part of what was said: "…, Porter said as she left the quay", "…, Reed told his
        // crews when asked"; after a comma it may be: "…, Reed said, until the pier closed")
        const MAX_TOLD_WORDS: usize = 5;
        let told = lower_is(t, &["told", "tells"]);
        // (or after when it was said: "…, Porter said Sunday night as the town celebrated")
        let after_time = time_phrase_end(toks, i + 1).unwrap_or(i + 1);
        // (so is a phrase of circumstance right after the cue or its time, perhaps after a
        // comma: "…, the board announced, amid calls to mend the ramp", "…, Reed said
        // Monday, with hopes the quay reopens by May")
        const CIRCUMSTANCE_OPENERS: &[&str] = &["amid", "despite", "following", "ahead"];
        // (or the reporter's comparison: "…, the board reported Friday, far fewer than
        // expected", "…, up from 300 a year ago")
        const AFTER_COMMA: &[&str] = &["with", "far", "well", "compared", "slightly", "sharply"];
        let opens_circumstance = |k: usize| {
            let word = |x: usize, words: &[&str]| {
                toks.get(x).is_some_and(|t| t.is_lower_word() && lower_is(t, words))
            };
            let change = word(k + 1, &["up", "down"]) && word(k + 2, &["from"]);
            word(k, CIRCUMSTANCE_OPENERS)
                || (toks[k].t == ","
                    && (word(k + 1, CIRCUMSTANCE_OPENERS) || word(k + 1, AFTER_COMMA) || change))
        };
        let circumstance_from = (i + 1..n.min(i + 2 + MAX_TOLD_WORDS))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| toks[k].is_lower_word() && lower_is(&toks[k], &["as", "while", "when"]))
            .filter(|&k| k == i + 1 || k == after_time || told)
            .or_else(|| [i + 1, after_time].into_iter().find(|&k| k < n && opens_circumstance(k)))
            .unwrap_or(n);
        let rest_words = toks[i + 1..circumstance_from].iter().filter(|t| t.is_word()).count();
        // A relay right at the cue ("told Sinead Baker of Insider", "told Reuters")
        // says to whom, not what: look past it.
        let past_relay = relays
            .iter()
            .filter(|(rs, _, _)| *rs == t.s || toks.get(i + 1).is_some_and(|x| *rs == x.s))
            .map(|r| r.1)
            .max()
            .map(|re| toks.iter().position(|x| x.s >= re).unwrap_or(n));
        let after_cue = past_relay.unwrap_or(i + 1);
        let rest_words_past = toks[after_cue.min(n)..].iter().filter(|t| t.is_word()).count();
        // What follows the cue is a time or place ("on Tuesday", "kepada wartawan"),
        // not a clause of its own ("Hale said it had done the reverse").
        // "told Senator John Smith of Texas": to whom, not what
        // ("told Channel 9 News in Harbourton": a station's number, and where)
        let addressee = told
            && rest_words <= 8
            && toks.get(i + 1).is_some_and(|x| x.is_cap())
            && toks[i + 1..circumstance_from].iter().filter(|x| x.is_word()).all(|x| {
                x.is_cap() || lower_is(x, CONNECT) || is_digits(x) || lower_is(x, &["in", "at", "on"])
            });
        // ("…, Porter told his closest advisers.": people, with no verb among them)
        // (then perhaps when and where: "… on Monday at the quay")
        const MAX_ADDRESSEE_WORDS: usize = 4;
        let addressee_words = toks[i + 1..circumstance_from]
            .iter()
            .take_while(|x| !lower_is(x, &["on", "in", "at", "during", "last", "this", "yesterday", "today"]))
            .filter(|x| x.is_word())
            .count();
        let people_told = told
            && (1..=MAX_ADDRESSEE_WORDS).contains(&addressee_words)
            && rest_words <= 8
            && toks.get(i + 1).is_some_and(|x| lower_is(x, DETERMINERS) || lower_is(x, &["reporters", "journalists"]))
            && toks[i + 1..circumstance_from].iter().all(|x| {
                !x.is_word()
                    || !(is_cue_word(x)
                        || is_auxiliary(x)
                        || lower_is(x, PRONOUNS)
                        || lower_is(x, &["that", "to"])
                        // (what was told, not whom: "told one joke about Reed")
                        || lower_is(x, &["joke", "jokes", "story", "stories", "tale", "tales", "lie", "lies", "anecdote"]))
            });
        // (a quotation right after the cue is what was said: "a man yelled “Stay
        // there!”")
        let quoted_rest = toks.get(i + 1).is_some_and(|t| matches!(t.t, "“" | "\"" | "‘" | "«"));
        // A few words after the cue up to a comma: an aside of whom it was told and when
        // ("…, she told me at the quay, is …").
        const MAX_ASIDE_WORDS: usize = 4;
        let aside_comma = (i + 1..n.min(i + 2 + MAX_ASIDE_WORDS)).find(|&k| toks[k].t == ",").filter(|&k| {
            // (a clause of its own is no aside: "…, most riders said the toll was too high, and …")
            // (nor is a noun with a participle after it: "said crews offering repairs, …")
            let participle = (i + 2..k).any(|x| {
                let (noun, ing) = (&toks[x - 1], &toks[x]);
                ing.is_lower_word()
                    && ing.t.ends_with("ing")
                    && !lower_is(ing, ING_NOUNS)
                    && !lower_is(ing, &["during"])
                    && noun.is_lower_word()
                    && !lower_is(noun, DETERMINERS)
                    && !lower_is(noun, PREPOSITIONS)
            });
            !participle
                && toks[i + 1..k].iter().all(|t| {
                    t.is_word()
                        && !is_cue_word(t)
                        && !lower_is(t, &["that", "bahwa"])
                        && !is_auxiliary(t)
                        && !lower_is(t, PRONOUNS)
                })
        });
        // (a participle after it is the reporter's: "Ferries are late, Reed said, underscoring
        // the need for piers")
        let reporters_participle = aside_comma.filter(|&k| self.reporters_participle_at(k + 1));
        // (up to a second statement: "…, Reed said Tuesday in Harbourton, noting …")
        let second = (i + 1..n)
            .find(|&k| toks[k].t == "," && toks.get(k + 1).is_some_and(|t| lower_is(t, PARTICIPLE_CUES)))
            .into_iter()
            .chain(reporters_participle)
            .min();
        // (not when a second statement follows: "…, Porter said, adding that …")
        let aside_end = aside_comma.filter(|&k| {
            reporters_participle.is_none() && !toks.get(k + 1).is_some_and(|t| lower_is(t, PARTICIPLE_CUES))
        });
        // (nor when only a source follows, or the terms it spoke on: "…, Reed said, according
        // to Reuters.", "…, one skipper said, on condition of anonymity, …")
        let source_follows = aside_end.is_some_and(|k| {
            toks.get(k + 1).is_some_and(|t| lower_is(t, CITING_WORDS))
                || (k + 1 < n && according_to_at(toks, k + 1))
                || anonymity_terms_at(toks, k + 1)
        });
        // (nor past an "as" clause's aside before a clause of the reporter's: "Brook sold two
        // boats, as the Gazette reported, but the sale is not final"; in "In June, as the
        // Gazette reported, Brook sold two boats" the statement goes on past the aside)
        let as_aside = comma + 2 == at
            && aside_end.is_some_and(|k| {
                toks.get(k + 1)
                    .is_some_and(|t| lower_is(t, &["and", "but", "though", "although", "while", "yet"]))
            });
        let rest_words = match (second, aside_end.filter(|_| source_follows || as_aside)) {
            (Some(k), _) | (None, Some(k)) => toks[i + 1..k].iter().filter(|t| t.is_word()).count(),
            (None, None) => rest_words,
        };
        // (or a time and place alone: "she said Tuesday evening at the quay.")
        let circumstance_only = || {
            let end = second.map_or(se, |k| toks[k].s);
            let (cs, ce) = content_after_cue(p, &toks[..second.unwrap_or(n)], i, end);
            cs >= ce
        };
        // ("…, pilots told me last month.")
        let told_me = lower_is(t, &["told", "tells"])
            && toks.get(i + 1).is_some_and(|x| lower_is(x, OBJECT_PRONOUNS))
            && rest_words <= 4
            && !toks[i + 1..].iter().any(|x| is_auxiliary(x) || lower_is(x, &["that"]));
        // (an answer is what was said, not what comes before: "Asked if the fee was fair,
        // most riders said yes.")
        let answered = toks.get(i + 1).is_some_and(|x| lower_is(x, &["yes", "no"]))
            && toks.get(i + 2).is_none_or(|x| !x.is_word());
        let adverbial = !quoted_rest
            && !said_little(toks, i)
            && !answered
            && (rest_words <= 2
                || addressee
                || people_told
                || told_me
                || (past_relay.is_some() && rest_words_past <= 2)
                || toks.get(after_cue).is_some_and(|t| {
                    // (not a comma before a clause, as Indonesian hands one over:
                    // "…, Rudi menjelaskan, sebenarnya …")
                    let handed_over = t.t == "," && rest_words >= 3 && is_id_active_verb(&toks[i]);
                    // (nor "to" before a verb: "…, Reed promised to rebuild the pier")
                    let infinitive = lower_is(t, &["to"])
                        && toks.get(after_cue + 1).is_some_and(|v| {
                            v.is_lower_word()
                                && !lower_is(v, DETERMINERS)
                                && !lower_is(v, OBJECT_PRONOUNS)
                                && !lower_is(v, &["reporters", "journalists", "me", "my", "your"])
                        });
                    (!t.is_word() && !handed_over) || (lower_is(t, TRAILING_ADVERBIALS) && !infinitive)
                })
                || circumstance_only());
        AfterCue { rest_words, aside_end, source_follows, answered, adverbial }
    }

    /// Whether the words before the comma at `toks[comma]` lead into the main clause of the
    /// cue at `toks[i]` rather than being a statement of their own: an opening phrase or a
    /// subordinate clause.
    fn lead_in_before(&self, i: usize, comma: usize) -> bool {
        let toks = &self.toks;
        // (an opening phrase of the subject's doing: "Menanggapi hal itu, Rudi menyatakan
        // keberatan")
        // (or an English participle's phrase with no verb of its own: "Meeting at the quay
        // on Monday, the ministers agreed as one that …"; "Raising the toll would ruin
        // us, Reed said" is a statement)
        let first_word = toks.iter().position(|t| t.is_word() && !is_discourse(t));
        let participle_phrase = first_word.is_some_and(|f| {
            f < comma
                && toks[f].is_cap()
                && is_participle(&toks[f])
                && !toks[f + 1..comma].iter().any(|t| is_auxiliary(t) || is_past_form(t))
        });
        let opening_phrase = participle_phrase
            || first_word.is_some_and(|f| {
                toks[f].is_cap() && is_id_active_verb(&toks[f]) && is_id_active_verb(&toks[i])
            });
        // (nor a subordinate clause alone, which the main clause after the cue completes:
        // "Meskipun baru menjabat, Budi yakin …", "Although the pier is old, Reed said …";
        // a long one may hold the main clause after a dash)
        const MAX_SUBORDINATE_WORDS: usize = 12;
        // (also one that opens the last clause before the comma: "The quay went quiet, but
        // when Reed said A, a fisherman shouted at him")
        let last_clause =
            toks[..comma].iter().rposition(|t| t.t == ",").map(|k| k + 1).filter(|&k| {
                toks.get(k).is_some_and(|t| lower_is(t, &["and", "but", "dan", "tetapi", "namun"]))
            });
        let subordinate_at = |f: usize| {
            f < comma
                && (lower_is(&toks[f], SUBORDINATORS) || lower_is(&toks[f], ID_SUBORDINATORS))
                && !toks[f..comma].iter().any(|t| t.t == ",")
        };
        let subordinate_only = first_word.is_some_and(|f| {
            subordinate_at(f)
                && toks[f..comma].iter().filter(|t| t.is_word()).count() <= MAX_SUBORDINATE_WORDS
        }) || last_clause
            .is_some_and(|k| subordinate_at(k + 1) && !toks[k..comma].iter().any(is_dash));
        // (nor a connective of function words alone: "Oleh karena itu, Budi meminta …",
        // "Because of that, Reed said …")
        const POINTING: &[&str] = &["oleh", "sebab", "itu", "ini", "demikian", "hal", "that", "this", "of"];
        let words = || toks[..comma].iter().filter(|t| t.is_word());
        let connective = words().count() > 0
            && words().all(|t| {
                is_discourse(t)
                    || lower_is(t, POINTING)
                    || lower_is(t, SUBORDINATORS)
                    || lower_is(t, ID_SUBORDINATORS)
                    || lower_is(t, PREPOSITIONS)
            });
        // (nor when it was, with no verb: "On Friday morning, the third day of his tour, Reed
        // told a joke")
        const TIME_OPENERS: &[&str] = &["on", "in", "at", "during", "early", "late", "last", "this"];
        let time_only = first_word.is_some_and(|f| {
            f < comma
                && toks[f].is_cap()
                && lower_is(&toks[f], TIME_OPENERS)
                && words().any(|t| lower_is(t, WEEKDAYS_EN) || lower_is(t, TIME_PHRASE_WORDS) || is_year(t))
                && !toks[f + 1..comma].iter().any(|t| is_auxiliary(t) || is_past_form(t) || is_cue_word(t))
        });
        opening_phrase || subordinate_only || connective || time_only
    }

    /// The statement after its cue, "X said (that) …", when the speaker's mention (from
    /// `at`) starts its clause, or names someone, or is a whole noun phrase.
    fn statement_after_cue(&self, i: usize, l: &str, sj: Subj, at: usize) -> Option<Indirect> {
        let (p, toks) = (self.p, &self.toks);
        // the subject must start its clause
        // (or is the head of a restrictive relative clause: "critics who say", "a
        // captain who said")
        let picked_out = at + 1 < i && lower_is(&toks[i - 1], &["who", "yang"]);
        let clause_start = at == 0
            || self.at_start(at)
            || picked_out
            || after_opening_circumstance(toks, at)
            || is_punct(&toks[at - 1], &[",", ";", ":", "(", ")", "”", "\""])
            || is_dash(&toks[at - 1])
            || lower_is(
                &toks[at - 1],
                &[
                    "and",
                    "but",
                    "dan",
                    "namun",
                    "tetapi",
                    "while",
                    "as",
                    "because",
                    "since",
                    "sementara",
                    "karena",
                    "after",
                    "before",
                    "once",
                    "when",
                    "saat",
                    // a concession: "…, though she added that …"
                    "though",
                    "although",
                    "whereas",
                    "yet",
                    "meski",
                    "meskipun",
                    "walaupun",
                    "padahal",
                    "sedangkan",
                    // a relative clause: "the changes, which officials said …"
                    "which",
                    "where",
                    // a clause inside another: "That is why skippers say …"
                    "why",
                ],
            )
            // (or a clause that "what" opens, by a verb of saying or thinking: "half of what
            // skippers say they need"; "what he called" names a thing)
            // (not what is believed to be something: "survived what many believed to be …")
            || (lower_is(&toks[at - 1], &["what"])
                && lower_is(&toks[i], WHAT_IS_SAID_CUES)
                && toks.get(i + 1).is_some_and(|t| t.is_word() && !lower_is(t, &["to"])))
            // (a result, said by someone named or pointed to: "The quay was full, so he said …";
            // not "so many skippers say")
            || (lower_is(&toks[at - 1], &["so"]) && (sj.pronoun || toks[at].is_cap()) && !did_so(toks, at - 1))
            // (a result after "so" or "such" and "that": "Reed was so angry that he said …")
            || (lower_is(&toks[at - 1], &["that"]) && result_that(toks, at - 1))
            // (or a capitalised pronoun inside the sentence, which starts one after a
            // missing full stop: "…, ” ujarnya Dia menambahkan bahwa …")
            || (sj.pronoun && toks[at].is_cap() && toks[at].t != "I" && toks[at - 1].is_lower_word())
            // (or any subject after a time opening the sentence: "Last week the harbour board
            // said …")
            || (0..at).any(|k| self.at_start(k) && past_when(toks, k) == at)
            // (or a pronoun after the time it spoke: "On Monday he said …", "Later she
            // said …")
            || (sj.pronoun
                && (lower_is(&toks[at - 1], WEEKDAYS_EN)
                    || lower_is(&toks[at - 1], &["later", "earlier", "then", "today", "yesterday"])
                    || is_year(&toks[at - 1])));
        // "half of primary voters said", "The former mayor and state senator
        // said": a whole noun phrase opens the clause, and is the speaker
        let phrase_start =
            if clause_start || sj.pronoun { None } else { noun_phrase_start(toks, at, |k| self.at_start(k)) };
        let sj = match phrase_start {
            Some(a) => Subj { mention: p[toks[a].s..sj.e].to_string(), ..sj },
            None => sj,
        };
        if !(clause_start || sj.name.is_some() || phrase_start.is_some()) {
            return None;
        }
        let (cs, ce) = content_after(p, self.regions, toks, i, self.se);
        // (people picked out inside a phrase opening the sentence say no more than the phrase
        // holds: "Among those who say the ferry runs late, most backed Reed")
        let in_opening_phrase =
            picked_out && at > 0 && self.at_start(at - 1) && lower_is(&toks[at - 1], PREPOSITIONS);
        // (nor does a relative clause set off by commas: "The toll, which the mayor says should
        // rise, is the highest on the coast")
        let set_off_relative =
            at >= 2 && lower_is(&toks[at - 1], &["which", "who"]) && toks[at - 2].t == "," && !picked_out;
        // (a comma inside the closing mark ends it too, with the mark: `which Reed called "a
        // tax," will rise`)
        let ce = match (0..toks.len()).find(|&k| {
            let t = &toks[k];
            (in_opening_phrase || set_off_relative)
                && t.t == ","
                && t.s >= cs
                && t.e <= ce
                && (!self.quoted(t) || comma_closing_quote(self.regions, toks, k))
        }) {
            Some(k) if self.quoted(&toks[k]) => toks[k + 1].e,
            Some(k) => toks[k].s,
            None => ce,
        };
        let (cs, ce) = clip(p, cs, ce, self.relays);
        // where or how, not what: "reported from Washington", "responded with
        // logic", "found himself in …"
        const MAX_PLACE_WORDS: usize = 4;
        // ("called for a new pier": the preposition is the cue's; a few words after "for"
        // or "on" stay a circumstance: "called for 350,000 new claims")
        let (cs, cue) = match prepositional_cue(toks, l, cs, ce) {
            Some((after, prep))
                if wc(p, cs, ce) > MAX_PLACE_WORDS
                    || !["for", "on"].contains(&prep.to_lowercase().as_str()) =>
            {
                (after, format!("{} {prep}", toks[i].t))
            }
            _ => (cs, toks[i].t.to_string()),
        };
        // (a position taken on something is that thing: "endorsed Reed on
        // Thursday, saying …" holds "Reed on Thursday")
        let (cs, ce) = if OBJECT_CUES.contains(&l) { object_of(p, self.regions, cs, ce) } else { (cs, ce) };
        let content = tokens(p, cs, ce);
        // (or a pronoun for words said before: "when the captain said it, and …")
        let said_before =
            content.len() >= 2 && lower_is(&content[0], &["them", "it", "this", "so"]) && content[1].t == ",";
        // (but one who names or describes themselves says what they are: "Reed describes
        // himself as a plain skipper")
        let names_self =
            lower_is(&toks[i], NAME_OR_CHARGE_CUES) && !lower_is(&toks[i], &["accused", "accuses"]);
        let circumstance = said_before
            || content.first().is_some_and(|t| {
                (lower_is(t, &["himself", "herself", "themselves", "itself"]) && !names_self)
                    || (lower_is(t, &["from", "with", "under", "in", "on", "at", "to", "for"])
                        && wc(p, cs, ce) <= MAX_PLACE_WORDS)
            });
        // (a finite verb right after a cue that one word opening the sentence goes before makes
        // the cue a noun, that verb's subject: "Insurance claims can take months"; not inside a
        // relative clause, "the levy, which Reed says will rise")
        const FINITE: &[&str] = &[
            "can", "could", "will", "would", "may", "might", "should", "must", "is", "are", "was", "were",
            "did", "does", "has", "have", "had",
        ];
        const POSSESSIVES: &[&str] = &["my", "your", "his", "her", "its", "our", "their"];
        let one_word_opening =
            at + 1 == i && self.at_start(at) && !sj.pronoun && !lower_is(&toks[at], POSSESSIVES);
        let noun_cue = one_word_opening
            && toks.get(i + 1).is_some_and(|t| t.s == cs && t.is_lower_word() && lower_is(t, FINITE));
        if noun_cue {
            return None;
        }
        // (what is named is the relative word before the speaker: "the pier, which Reed
        // describes as “a wreck”" says from "which" on)
        let named_before = names_self
            && content.first().is_some_and(|t| lower_is(t, &["as"]))
            && at > 0
            && lower_is(&toks[at - 1], &["what", "which", "whom"]);
        let cs = if named_before { toks[at - 1].s } else { cs };
        let words = wc(p, cs, ce);
        (words >= 2 && !circumstance && !(said_little(toks, i) && words <= 3)).then_some(Indirect {
            cs,
            ce,
            cue,
            subj: Some(sj),
            relay: None,
        })
    }

    /// "…, said Lavrov." (not "…, said he had made calls" nor "…, says Reed will win": a
    /// clause follows). Set inside the sentence between a subject and its verb ("Any
    /// reading of the accounts, said Tom Reed, an expert on ports, would find …"), the
    /// attribution leaves the statement the whole sentence, as "X, he said, is …" does.
    fn inverted_attribution(&self, i: usize) -> Option<Indirect> {
        let toks = &self.toks;
        let (sj, end) = subject_forward(self.p, toks, i + 1).filter(|(sj, end)| {
            let rest = toks[*end..].iter().filter(|t| t.is_word()).count();
            // "…, said the visa program has sent …": the phrase goes on past the name (not
            // with a participle and its agent: "…, said skippers polled by the Herald.")
            let clause_follows = toks.get(*end).is_some_and(|t| {
                is_auxiliary(t)
                    || (t.is_lower_word()
                        && !lower_is(t, FWD_STOP)
                        && !lower_is(t, TRAILING_ADVERBIALS)
                        && !lower_is(t, AGENT_PARTICIPLES))
            });
            (!sj.pronoun && !clause_follows) || rest == 0 || toks.get(*end).is_some_and(|t| !t.is_word())
        })?;
        let sj = with_closing_role(self.p, toks, sj, end);
        // (past the speaker's description, a noun phrase: no verb or auxiliary in it)
        const MAX_DESCRIPTION: usize = 20;
        let verb_at = |k: usize| toks[k + 1..].iter().find(|t| t.is_word()).is_some_and(|t| is_auxiliary(t));
        let described_till = toks.get(end).filter(|t| t.t == ",").and_then(|_| {
            let next = (end + 1..toks.len().min(end + 1 + MAX_DESCRIPTION)).find(|&k| toks[k].t == ",")?;
            let part = &toks[end + 1..next];
            (!part.iter().any(|t| is_auxiliary(t) || is_past_form(t) || t.t == "\"")).then_some(next)
        });
        let predicate_follows =
            toks.get(end).is_some_and(|t| t.t == ",") && verb_at(end) || described_till.is_some_and(verb_at);
        if predicate_follows {
            return self.report((self.ss, self.se), 3, toks[i].t, Some(&sj));
        }
        self.report((self.ss, toks[i - 1].s), 3, toks[i].t, Some(&sj))
    }

    /// Hearsay without a speaker ("reportedly", "is said to be"), or a sentence a medium
    /// passed on: the whole sentence, unattributed. (Speaking to a medium, "kepada Budi dari
    /// Harian Sore", is no report by itself.)
    fn hedged(&self) -> Option<Indirect> {
        let toks = &self.toks;
        let hedge_at = toks.iter().enumerate().position(|(k, t)| {
            !self.quoted(t)
                && ((lower_is(t, HEDGE_WORDS) && !reports_no_hearsay(toks, k)) || passive_report_at(toks, k))
        });
        let hedge = hedge_at.map(|k| &toks[k]);
        if hedge.is_none() && self.relays.iter().all(|r| told_relay(&r.2)) {
            return None;
        }
        // (what a passive cue hands over with "bahwa" or "that" is the statement: "Dalam
        // laporan itu disebutkan bahwa …", "It is reported that …"; so is what follows it
        // after a comma, "Dalam surat itu disebutkan, …", or in a clause of where it was
        // written, "…, di mana disebutkan …")
        let handed_over = |k: usize| {
            let next = toks.get(k + 1);
            let mut w = k;
            while w > 0 && lower_is(&toks[w - 1], &["pun", "juga"]) {
                w -= 1;
            }
            let where_written = w > 0
                && (lower_is(&toks[w - 1], &["dimana"])
                    || (w > 1 && lower_is(&toks[w - 2], &["di"]) && lower_is(&toks[w - 1], &["mana"])));
            if next.is_some_and(|t| lower_is(t, &["bahwa", "that"])) {
                Some(k + 2)
            } else if next.is_some_and(|t| t.t == ",")
                && toks[k].lower().starts_with("di")
                && !(k > 0 && toks[k - 1].t == ",")
            {
                // (not a hedge set off inside the clause: "Perahu itu, dikabarkan, hilang")
                Some(k + 2)
            } else if where_written && toks[k].is_lower_word() {
                Some(k + 1)
            } else {
                None
            }
        };
        let from = hedge_at.and_then(handed_over).filter(|&c| c < toks.len()).map_or(self.ss, |c| toks[c].s);
        let (cs, ce) = clip(self.p, from, self.se, self.relays);
        let document = hedge_at.and_then(|k| written_in(toks, k)).map(|(a, b)| {
            let lower_n = toks[a..b].iter().take_while(|t| t.is_lower_word()).count();
            make_subj(self.p, toks, a, b, lower_n)
        });
        (wc(self.p, cs, ce) >= 3).then(|| {
            let cue = hedge
                .map(|h| h.t.to_string())
                .or_else(|| self.relays.last().map(|r| r.2.cue.clone()))
                .unwrap_or_default();
            Indirect { cs, ce, cue, subj: document, relay: None }
        })
    }
}

/// The document a passive cue at `toks[k]` says was written in, opening the sentence: "Dalam
/// surat edaran Dinas Perhubungan disebutkan, …" is the circular's (so the office's) word, no
/// hearsay. The span of the document's noun phrase, after "dalam" and before the cue.
fn written_in(toks: &[Tok], k: usize) -> Option<(usize, usize)> {
    const DOCUMENTS: &[&str] = &[
        "surat",
        "edaran",
        "laporan",
        "dokumen",
        "keterangan",
        "pernyataan",
        "rilis",
        "putusan",
        "peraturan",
        "aturan",
        "studi",
        "survei",
        "kajian",
        "penelitian",
        "riset",
        "catatan",
        "data",
    ];
    const MAX_PHRASE: usize = 12;
    if !(toks[k].is_lower_word() && lower_is(&toks[k], PASSIVE_WRITTEN_CUES)) {
        return None;
    }
    let open = toks.iter().position(|t| !is_discourse(t) && t.is_word())?;
    let a = open + 1 + usize::from(toks.get(open).is_some_and(|t| lower_is(t, &["di"])));
    let opens_with_in = lower_is(&toks[open], &["dalam"])
        || (lower_is(&toks[open], &["di"]) && toks.get(open + 1).is_some_and(|t| lower_is(t, &["dalam"])));
    let b = if k > 0 && toks[k - 1].t == "," { k - 1 } else { k };
    let phrase = toks.get(a..b)?;
    let head = phrase.iter().find(|t| !lower_is(t, DETERMINERS))?;
    (opens_with_in
        && phrase.len() <= MAX_PHRASE
        && head.is_lower_word()
        && lower_is(head, DOCUMENTS)
        && phrase.iter().all(|t| t.is_word() && !is_auxiliary(t) && !is_id_active_verb(t)))
    .then_some((a, b))
}

/// Whether a passive hedge word at `toks[k]` tells of something other than hearsay: in a
/// relative clause it describes a noun ("perahu yang disebutkan", "perahu yang dikabarkan
/// hilang itu ditemukan" is a find); after a modal or a negation, or before whom it goes
/// to, it is the act of reporting ("wajib dilaporkan kepada panitia", "sudah dilaporkan ke
/// polisi").
fn reports_no_hearsay(toks: &[Tok], k: usize) -> bool {
    const MODALS_AND_NEGATIONS: &[&str] = &[
        "harus", "wajib", "perlu", "mesti", "akan", "bisa", "dapat", "untuk", "agar", "supaya", "tidak",
        "tak", "belum", "segera",
    ];
    // (past the adverbs between them: "perahu yang sebelumnya disebutkan panitia")
    const ADVERBS: &[&str] = &["sebelumnya", "pernah", "telah", "sudah", "sempat", "juga", "tadi"];
    let before = k.checked_sub(1).map(|b| &toks[b]);
    let mut r = k;
    while r >= 2 && toks[r - 1].is_lower_word() && lower_is(&toks[r - 1], ADVERBS) {
        r -= 1;
    }
    // (not "seperti yang disebutkan", which tells whose words follow)
    let relative = r >= 1
        && lower_is(&toks[r - 1], &["yang"])
        && !(r >= 2 && lower_is(&toks[r - 2], &["seperti", "sebagaimana"]));
    let act = before.is_some_and(|t| lower_is(t, MODALS_AND_NEGATIONS))
        || toks.get(k + 1).is_some_and(|t| lower_is(t, &["ke", "kepada"]));
    // (nor, with no medium named, "seperti diberitakan sebelumnya, …": the outlet's own
    // earlier report)
    let as_in = |j: usize| lower_is(&toks[j], &["seperti", "sebagaimana"]);
    // (or "Sebelumnya diberitakan, …" opening the sentence)
    let earlier = k == 1 && lower_is(&toks[0], &["sebelumnya"]);
    let own_report = ((r >= 1 && as_in(r - 1))
        || (r >= 2 && lower_is(&toks[r - 1], &["yang"]) && as_in(r - 2))
        || earlier)
        && toks.get(k + 1).is_some_and(|t| t.t == "," || lower_is(t, &["sebelumnya"]));
    toks[k].t.starts_with(|c: char| c.is_lowercase()) && (relative || act || own_report)
}

/// Verbs of saying or thinking whose clause "what" may open: "what skippers say they need".
const WHAT_IS_SAID_CUES: &[&str] = &[
    "say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought", "argue",
    "argues", "argued", "claim", "claims", "claimed",
];

/// Whether "add" counts rather than says: "with the harbour adding just 235 sailings" adds
/// to a sum, where "adding that the pier was safe" speaks.
fn adds_a_number(p: &str, found: &Indirect) -> bool {
    const ROUGHLY: &[&str] =
        &["just", "only", "about", "around", "nearly", "almost", "roughly", "some", "another", "over"];
    if !["add", "adds", "added", "adding"].iter().any(|v| found.cue.eq_ignore_ascii_case(v)) {
        return false;
    }
    // (what follows "that" is said: "added that 235 sailings ran in August")
    let after_that = p[..found.cs]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("that"));
    let mut words = p[found.cs..found.ce]
        .split_whitespace()
        .skip_while(|w| ROUGHLY.iter().any(|r| w.eq_ignore_ascii_case(r)));
    let counted = words.next().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '$'));
    // (a clause about the number is still said, "adding 20 more crews would help"; its verb
    // comes before any comma: "added just 235 sailings, fuelling talk that the pier is …"
    // adds them)
    let clause = words
        .take_while(|w| !w.ends_with(','))
        .any(|w| AUXILIARIES.iter().any(|a| w.eq_ignore_ascii_case(a)));
    counted && !after_that && !clause
}

/// Verbs whose object may be someone's claim, which they report: "Porter questioned Tom
/// Reed's argument that …".
const TAKING_CLAIMS: &[&str] = &[
    "rejected",
    "rejects",
    "dismissed",
    "dismisses",
    "disputed",
    "disputes",
    "questioned",
    "questions",
    "repeated",
    "repeats",
    "denied",
    "denies",
    "echoed",
    "echoes",
    "challenged",
    "challenges",
    "doubted",
    "backed",
    "backs",
    "repeating",
    "echoing",
    "dismissing",
    "rejecting",
];

/// A participle describing the noun before it, no cue: "two clerks charged with fraud", "a
/// skipper accused of smuggling" ("Reed accused the board of lying" has its object between);
/// or a cue that is a noun after a preposition or an article, "the fall in claims shows",
/// unless what was claimed or hoped follows it ("the claim that …", "in hopes the ferry
/// sails", read as statements) or it is a gerund ("by saying").
fn describes_its_noun(toks: &[Tok], i: usize) -> bool {
    const BEFORE_A_NOUN: &[&str] = &["in", "of", "for", "on", "with", "about", "over", "the", "a", "an"];
    let t = &toks[i];
    let participle =
        lower_is(t, &["charged", "accused"]) && toks.get(i + 1).is_some_and(|x| lower_is(x, &["with", "of"]));
    let noun = i > 0
        && !t.t.ends_with("ing")
        && !lower_is(t, &["hopes", "hope"])
        && toks[i - 1].is_lower_word()
        && lower_is(&toks[i - 1], BEFORE_A_NOUN)
        && !toks.get(i + 1).is_some_and(|x| lower_is(x, &["that", "of", "to", "for"]));
    participle || noun || plural_noun_subject(toks, i)
}

/// A cue word that is a plural noun, the subject of the verb after it or made by the press:
/// "Insurance claims rose by a third", "the reports were wrong", "news reports say", "amid
/// claims that …" (not "Reed claims rigged boats were sold").
fn plural_noun_subject(toks: &[Tok], i: usize) -> bool {
    const NOUNS: &[&str] = &["claims", "reports", "calls", "notes", "charges", "estimates", "warnings"];
    const BE: &[&str] = &["were", "are", "have", "had", "remain", "remained"];
    const AFTER_AN_INTRANSITIVE: &[&str] =
        &["to", "by", "in", "at", "from", "after", "last", "this", "again"];
    // (figures go up and down in irregular pasts)
    const MOVED: &[&str] = &["rose", "fell", "grew", "sank", "shrank"];
    let next = |k: usize| toks.get(i + k);
    // (after a preposition it is a noun however it goes on: "after reports surfaced that …")
    let after_preposition = i > 0
        && toks[i - 1].is_lower_word()
        && (lower_is(&toks[i - 1], PREPOSITIONS) || lower_is(&toks[i - 1], &["amid", "following"]));
    // (a plural noun before it makes one noun of both when a verb follows, no plural takes
    // a verb in -s: "earnings reports lifted the ferry shares"; but "a letter to
    // members calls for …" is the letter's call)
    let verb_follows = next(1).is_some_and(|v| v.is_lower_word() && (is_past_form(v) || is_auxiliary(v)));
    let after_plural_noun = i > 0 && verb_follows && {
        let prev = &toks[i - 1];
        let l = prev.lower();
        prev.is_lower_word()
            && l.len() > 3
            && l.ends_with('s')
            && !["ss", "us", "is"].iter().any(|end| l.ends_with(end))
            && !is_adverb(prev)
            && !lower_is(prev, &["always", "sometimes", "perhaps", "afterwards", "nonetheless"])
    };
    lower_is(&toks[i], NOUNS)
        && (press_reports(toks, i)
            || after_plural_noun
            || after_preposition
            || next(1).is_some_and(|v| {
                (v.is_lower_word() && lower_is(v, BE))
                    || (is_past_form(v) || lower_is(v, MOVED))
                        && next(2).is_none_or(|x| {
                            !x.is_word() || lower_is(x, AFTER_AN_INTRANSITIVE) || x.t.ends_with("ly")
                        })
            }))
}

/// Whether the words before a cue name a thing and then those who hold it, the cue's
/// subject in a clause about the thing: "a plan skippers fear", "a step Tom Reed opposed" (not
/// "a senior harbour official", "a few skippers").
fn thing_then_holders(words: &[Tok]) -> bool {
    const QUANTITIES: &[&str] = &["few", "dozen", "number", "group", "handful", "couple", "lot", "pair"];
    let [article, thing, holders @ ..] = words else { return false };
    // (the holders right after the thing, perhaps with their article: "a plan the skippers
    // fear"; not a phrase about the thing, "a union representing skippers")
    let plural = match holders {
        [people] | [_, people] => {
            people.is_lower_word()
                && people.t.ends_with('s')
                && is_plural_people(people)
                && (holders.len() == 1 || lower_is(&holders[0], DETERMINERS))
        }
        _ => false,
    };
    let named = holders.len() >= 2 && holders.iter().all(|t| t.is_cap());
    lower_is(article, &["a", "an"])
        && thing.is_lower_word()
        && !is_speaker_noun(thing)
        && !lower_is(thing, ROLE_HEADS)
        && !lower_is(thing, QUANTITIES)
        && !holders.iter().any(|t| lower_is(t, &["of"]))
        && (plural || named)
}

/// Whether the cue at `i` is a participle describing the object of the phrase that opens the
/// sentence, a comma closing the phrase after it: "In a Q&A posted online, the board said …"
/// (the object starts at `at`).
fn participle_in_opening_phrase(toks: &[Tok], at: usize, i: usize) -> bool {
    // (with its article: "After Reed said …," is a clause of his)
    let opening = at == 2 && lower_is(&toks[0], OPENING_PREPOSITIONS) && lower_is(&toks[1], DETERMINERS);
    let participle = is_past_form(&toks[i]);
    let comma_after = toks[i + 1..].iter().any(|t| t.t == ",");
    opening && participle && comma_after && !toks[at..i].iter().any(|t| t.t == ",")
}

/// What was said, in a word: "she said little else", "he said nothing".
fn said_little(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|x| {
        lower_is(x, &["little", "nothing", "much", "less", "more", "everything", "something", "so"])
    })
}

/// Where the words after a cue whose preposition belongs to it begin, with that preposition
/// (see [`PREPOSITIONAL_CUES`]); `l` is the cue in lower case, `cs..ce` the span after it in
/// the sentence whose tokens are `toks`.
fn prepositional_cue<'p>(toks: &[Tok<'p>], l: &str, cs: usize, ce: usize) -> Option<(usize, &'p str)> {
    let (_, preps) = PREPOSITIONAL_CUES.iter().find(|(verbs, _)| verbs.contains(&l))?;
    let cue_preposition = |t: &Tok| t.e <= ce && preps.iter().any(|pr| t.t.eq_ignore_ascii_case(pr));
    let first = toks.iter().position(|t| t.s >= cs)?;
    // (past when it was said, the preposition after it is the cue's: "called on Wednesday for
    // a halt")
    let first = match time_phrase_end(toks, first) {
        Some(end) if toks.get(end).is_some_and(cue_preposition) => end,
        _ => first,
    };
    let words = &toks[first..toks.len().min(first + 2)];
    let prep = words.first().filter(|t| cue_preposition(t))?;
    // (not a time: "called on Tuesday for calm")
    let next = words.get(1).filter(|t| t.e <= ce)?;
    if lower_is(next, WEEKDAYS_EN) || lower_is(next, MONTHS) {
        return None;
    }
    Some((next.s, prep.t))
}

/// Where the words before an attribution set off inside an Indonesian sentence start what the
/// statement is about ("Dermaga itu, kata Budi, …"), past the connectives opening it; `None`
/// when they are only a connective or a phrase of time ("Selain itu", "Setelah itu", "Walau
/// begitu", "Sebelumnya", "Untuk itu"), which frames the statement and is no part of it.
fn what_is_spoken_of(before: &[Tok]) -> Option<usize> {
    const FRAMING: &[&str] =
        &["sebab", "itu", "ini", "demikian", "begitu", "tersebut", "kini", "sekarang", "nanti", "nantinya"];
    let framing = |t: &Tok| {
        is_discourse(t)
            || is_adverb(t)
            || [ID_SUBORDINATORS, PREPOSITIONS, FRAMING].iter().any(|words| lower_is(t, words))
    };
    // (a noun phrase, short and of words alone: a longer run or one with commas or brackets
    // in it is a clause of its own, or a caption run into the sentence; but for a list's
    // commas: "Dinas, Balai, dan Bupati")
    const MAX_WORDS: usize = 10;
    let start = before.iter().position(|t| t.is_word() && !is_discourse(t) && !is_adverb(t))?;
    let phrase = &before[start..];
    let last_comma = phrase.iter().rposition(|t| t.t == ",");
    let list =
        last_comma.is_some_and(|c| phrase.get(c + 1).is_some_and(|t| lower_is(t, &["dan", "serta", "atau"])));
    let plain =
        phrase.len() <= MAX_WORDS && phrase.iter().all(|t| t.is_word() || t.t == "-" || (list && t.t == ","));
    (plain && phrase.iter().any(|t| !framing(t))).then_some(start)
}

/// Words that open a sentence alone before a comma as its time, place or manner, not its
/// subject: "Now, Reed said, …".
const ONE_WORD_OPENERS: &[&str] = &[
    "now",
    "then",
    "here",
    "there",
    "again",
    "instead",
    "indeed",
    "later",
    "earlier",
    "afterward",
    "afterwards",
    "overall",
    "otherwise",
    "therefore",
    "thus",
    "hence",
    "besides",
    "nonetheless",
    "nevertheless",
    "sometimes",
    "often",
    "once",
    "soon",
    "tomorrow",
    "yes",
    "no",
    "well",
    "okay",
    "first",
    "second",
    "third",
    "finally",
    "also",
    "still",
    "so",
    "meanwhile",
    "anyway",
    "ultimately",
    "rather",
    "likewise",
    "similarly",
    "regardless",
    "apparently",
];

/// What follows the cue of an attribution that may close its statement (see
/// `SentenceScan::after_cue`).
struct AfterCue {
    /// Words after the cue, up to a second statement or to an aside before a source or a
    /// clause of the reporter's.
    rest_words: usize,
    /// The comma closing a few words after the cue: "…, she told me at the quay, is …".
    aside_end: Option<usize>,
    /// Only a source follows that aside: "…, Reed said, according to Reuters."
    source_follows: bool,
    /// An answer follows the cue, which is what was said: "most riders said yes."
    answered: bool,
    /// What follows says when, where or to whom, not what: the statement is before the cue.
    adverbial: bool,
}

/// Whether the "that" at `k` opens a result after "so" or "such" a few words before it: "so
/// angry that", "so angry about the new levy that"; not a relative clause on a thing ("the
/// levy that he said was fair").
fn result_that(toks: &[Tok], k: usize) -> bool {
    const MAX_BETWEEN: usize = 6;
    (k.saturating_sub(MAX_BETWEEN + 1)..k)
        .rev()
        .take_while(|&x| toks[x].is_lower_word())
        .any(|x| lower_is(&toks[x], &["so", "such"]) && !did_so(toks, x))
}

/// Whether the "so" at `k` stands for what was done: "did so", "doing so".
fn did_so(toks: &[Tok], k: usize) -> bool {
    k > 0 && lower_is(&toks[k - 1], &["do", "does", "did", "doing", "done"])
}
