//! Relays, venues and back-references: the media a statement passed through (`sebagaimana
//! dilansir R`, `told Reuters`), where it was made, and sentences that name the speaker of
//! the statement before them.

use jejak_model::{Certainty, Relay};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::{
    indirect::{content_after, CIRCUMSTANCE_SUBORDINATORS},
    lexicon::*,
    speaker::{describes_speaker, full_name, media_anaphor, subject_forward},
    text::{quote_regions, sentences, tokens, trim_span, word_count, Tok},
    words::{
        is_cue_word, is_id_active_verb, is_past_form, is_person_role, is_present_form, is_role_word,
        lower_is, wc,
    },
    Found, Subj,
};

/// "Klaim tersebut disampaikan X di VENUE, sebagaimana diwartakan R", "Hal ini dikonfirmasi
/// X", "Data tersebut dibenarkan oleh X", "Demikian dikatakan X", "This was confirmed by X":
/// a sentence that says who made the claim just reported, where, and through whom. `verb` is
/// the cue.
static BACK_REFERENCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:klaim|pernyataan|informasi|kabar|laporan|ucapan|hal|data|temuan|angka)\s+(?:tersebut|itu|ini)",
        r"|demikian(?:\s+(?:pula|juga))?)\s+",
        r"(?:pun\s+|juga\s+|telah\s+|sudah\s+)*",
        r"(?P<verb>di(?:sampaikan|ungkapkan|ungkap|katakan|lontarkan|utarakan|kemukakan|sebutkan|konfirmasi|laporkan|benarkan|nyatakan|jelaskan)|muncul\s+dari)\s+(?:oleh\s+)?",
        r"|^(?:the|this|that)(?:\s+(?:claim|statement|remark|report|information|figure|data|account))?s?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+",
        r"(?P<verb_en>made|delivered|given|voiced|confirmed|reported|disclosed|stated|corroborated)\s+by\s+"
    ))
    .expect("valid regex")
});

/// An active back-reference: the speaker reports the claim just told, named as an object
/// that ends the sentence or its clause ("Media pemerintah Rusia mengungkap hal tersebut,
/// …", "The Morning Herald reported the news.").
static ACTIVE_BACK_REFERENCE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)\s(?P<reference>(?P<verb>mengungkap(?:kan)?|melaporkan|menyampaikan|mengonfirmasi|membenarkan|menyebutkan|mewartakan|memberitakan)",
        r"\s+(?:hal|klaim|kabar|informasi|laporan|berita)\s+(?:tersebut|itu|ini)",
        r"|(?P<verb_en>reported|confirmed|disclosed|revealed)\s+(?:this|the\s+(?:news|report|claim)))",
        r"\s*(?:,|\.?$)"
    ))
    .expect("valid regex")
});

/// The back-reference a sentence `p[ss..se]` makes, if any: its cue verb, the tokens the
/// rest of the code reads, the speaker, and the token index after the reference. Passive
/// ("Hal ini dikonfirmasi X") or active, where the statement found in the sentence is the
/// reference itself ("X mengungkap hal tersebut").
fn back_reference<'p>(
    p: &'p str,
    ss: usize,
    se: usize,
    in_sentence: &[&Found],
) -> Option<(Option<String>, Vec<Tok<'p>>, Subj, usize)> {
    if let Some(c) = BACK_REFERENCE.captures(&p[ss..se]) {
        let m = c.get(0).expect("whole match");
        let verb = c.name("verb").or(c.name("verb_en")).map(|v| v.as_str().to_string());
        let toks = tokens(p, ss + m.end(), se);
        let (subj, after) = subject_forward(p, &toks, 0)?;
        // (an office, then the name set off by a comma: "Demikian diungkapkan Manajer
        // Koperasi Nelayan Sukamaju, Rina Wati, kepada wartawan")
        let named_after =
            (subj.name.is_none() || subj.role.is_some()) && toks.get(after).is_some_and(|t| t.t == ",");
        let apposed =
            named_after.then(|| subject_forward(p, &toks, after + 1)).flatten().filter(|(sj, end)| {
                full_name(sj) && sj.role.is_none() && toks.get(*end).is_none_or(|t| !t.is_word())
            });
        if let Some((mut name, end)) = apposed {
            name.role = Some(subj.mention.clone());
            return Some((verb, toks, name, end));
        }
        return Some((verb, toks, subj, after));
    }
    // The speaker is the one the sentence's own statement found before the verb.
    let c = ACTIVE_BACK_REFERENCE.captures(&p[ss..se])?;
    let (reference, verb) = (c.name("reference")?, c.name("verb").or(c.name("verb_en"))?);
    let subj = in_sentence
        .iter()
        .filter_map(|f| f.subj.as_ref())
        .find(|subj| subj.s >= ss && subj.e <= ss + verb.start())?;
    let toks = tokens(p, ss, se);
    let after = toks.iter().position(|t| t.s >= ss + reference.end()).unwrap_or(toks.len());
    Some((Some(verb.as_str().to_string()), toks, subj.clone(), after))
}

/// The cue of a relay the text implies rather than names: an unnamed source quoted right
/// after a medium's report was heard through that medium.
pub const CONTEXT_CUE: &str = "context";

/// An unnamed source quoted right after a medium's report, with no relay of its own, is the
/// medium's source: "… kata media tersebut." then "“…,” kata sumber Korut" — the outlet
/// heard the source through the medium (cue [`CONTEXT_CUE`]). Only sources ("sumber …",
/// "a source", "sources …"), and only in the paragraph of the medium's statement or the next.
pub fn relay_anonymous_sources(found: &mut [Found]) {
    // Media: the known ones, and those that relay a statement in this article.
    let relays: Vec<String> = found.iter().flat_map(|f| &f.via).map(|r| r.medium.clone()).collect();
    let is_medium_here = |s: &str| is_medium(s) || relays.iter().any(|r| r == s);
    for i in 1..found.len() {
        let (before, rest) = found.split_at_mut(i);
        let (prev, f) = (&before[i - 1], &mut rest[0]);
        let anonymous = f.speaker.as_deref().is_some_and(|s| {
            let l = s.to_lowercase();
            ["sumber", "narasumber", "a source", "sources", "a person familiar", "people familiar"]
                .iter()
                .any(|w| l.starts_with(w))
        });
        let Some(medium) = prev.speaker.as_deref().filter(|s| is_medium_here(s)) else { continue };
        if anonymous && f.via.is_empty() && f.para <= prev.end_para + 1 {
            f.via = vec![Relay { medium: medium.to_string(), cue: CONTEXT_CUE.into(), reporter: None }];
        }
    }
}

/// Speaker, venue and relays named by back-reference sentences apply to the statement
/// before them (and the sentence itself is no statement), and to later quotes of the same
/// speaker: a relay named for the whole report is an earlier hop of every quote from it
/// ("… diwartakan New York Post" then "…, ucap Korotchenko, sebagaimana dilansir The
/// Independent" is Channel One → New York Post → The Independent).
///
/// The statement before is every unattributed statement found in the previous paragraph or
/// earlier in this one; when none was found in the sentence just before, that sentence
/// becomes a statement of its own ("Militer Korut … hampir 1,3 juta tentara. Hal ini
/// dikonfirmasi Dewan Hubungan Luar Negeri …"). A clause after the speaker that adds to it
/// ("…, menambahkan bahwa ada lebih dari 600 ribu personel …", "…, who added that …") is an
/// indirect statement of the same speaker.
pub fn apply_back_references(paras: &[&str], outlet: Option<&str>, found: &mut Vec<Found>) {
    let mut prev_sentence: Option<(usize, usize, usize)> = None;
    for (pi, p) in paras.iter().enumerate() {
        let regions = quote_regions(p);
        for (ss, se) in sentences(p, &regions) {
            let before = prev_sentence.replace((pi, ss, se));
            let in_sentence: Vec<&Found> =
                found.iter().filter(|f| f.para == pi && f.s >= ss && f.s < se).collect();
            let Some((verb, toks, subj, after)) = back_reference(p, ss, se, &in_sentence) else { continue };
            let Some(speaker) =
                subj.name.clone().or_else(|| describes_speaker(p, &subj).then(|| subj.mention.clone()))
            else {
                continue;
            };
            let relays: Vec<Relay> = find_relays(p, ss, se, outlet).into_iter().map(|(_, _, r)| r).collect();
            let venue = find_venue(p, ss, se, (subj.s, subj.e));
            // The back-reference itself states nothing new.
            found.retain(|f| !(f.para == pi && f.s >= ss && f.s < se));
            let mut fresh = Vec::new();
            // the sentence before, when nothing was found in it
            if let Some((bp, bs, be)) = before {
                let covered = found.iter().any(|f| {
                    (f.para < bp || (f.para == bp && f.s < be))
                        && (f.end_para > bp || (f.end_para == bp && f.e > bs))
                });
                let (cs, ce) = trim_span(paras[bp], bs, be);
                if !covered && word_count(&paras[bp][cs..ce]) >= 3 {
                    fresh.push(Found {
                        para: bp,
                        s: cs,
                        end_para: bp,
                        e: ce,
                        direct: false,
                        subj: None,
                        para_of_subj: pi,
                        speaker: None,
                        cue: verb.clone(),
                        certainty: verb.as_deref().map(certainty_of).unwrap_or(Certainty::Assertive),
                        venue: None,
                        via: Vec::new(),
                        open: false,
                        cuts: Vec::new(),
                    });
                }
            }
            // "…, menambahkan bahwa …" / "…, who added that …" (or a relative clause without
            // the comma: "Hal ini diungkapkan Budi Santoso dari Dinas Perikanan yang menyatakan …")
            const JOIN: &[&str] = &["yang", "who", "which", "dan", "and", "serta"];
            let adds = (after..toks.len()).find(|&k| {
                let mut b = k;
                while b > after && lower_is(&toks[b - 1], JOIN) {
                    b -= 1;
                }
                let relative = k > after && lower_is(&toks[k - 1], &["yang", "who"]);
                lower_is(&toks[k], PRE_CUES) && ((b > after && toks[b - 1].t == ",") || relative)
            });
            if let Some(ci) = adds {
                let (cs, ce) = content_after(p, &regions, &toks, ci, se);
                if wc(p, cs, ce) >= 2 {
                    fresh.push(Found {
                        para: pi,
                        s: cs,
                        end_para: pi,
                        e: ce,
                        direct: false,
                        subj: Some(subj.clone()),
                        para_of_subj: pi,
                        speaker: Some(speaker.clone()),
                        cue: Some(toks[ci].t.to_string()),
                        certainty: certainty_of(toks[ci].t),
                        venue: venue.clone(),
                        via: relays.clone(),
                        open: false,
                        cuts: Vec::new(),
                    });
                }
            }
            found.append(&mut fresh);
            for f in found.iter_mut() {
                let earlier_unattributed =
                    f.speaker.is_none() && (f.para + 1 == pi || (f.para == pi && f.s < ss));
                let later_same_speaker =
                    f.para > pi && f.speaker.as_deref().is_some_and(|s| jejak_text::same_person(s, &speaker));
                if earlier_unattributed {
                    f.speaker = Some(speaker.clone());
                    if f.subj.is_none() {
                        f.subj = Some(subj.clone());
                        f.para_of_subj = pi;
                    }
                    if f.cue.is_none() {
                        f.cue = verb.clone();
                    }
                }
                if earlier_unattributed || later_same_speaker {
                    if f.venue.is_none() {
                        f.venue = venue.clone();
                    }
                    let mut via: Vec<Relay> = relays
                        .iter()
                        .filter(|r| !f.via.iter().any(|v| v.medium == r.medium))
                        .cloned()
                        .collect();
                    via.append(&mut f.via);
                    f.via = via;
                }
            }
            found.sort_by_key(|f| (f.para, f.s));
        }
    }
}

/// A medium named as the way a statement came: "sebagaimana dilansir R", "…, demikian
/// dilaporkan R", "menurut R",
/// "according to R", "citing R", "told R"; a described one runs on through a web address
/// ("dikutip dari situs www.contoh.go.id").
static RELAY_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        // (a cue starts a word: "was reported by" holds no "as reported by")
        r"(?-u:\b)(?P<cue>(?i:(?:sebagaimana|seperti|demikian)\s+(?:dilansir|dilaporkan|diberitakan|diwartakan|dikutip|disiarkan)(?:\s+dari)?",
        r"|dilansir(?:\s+dari)?|dikutip\s+dari|(?:yang\s+)?(?:mengutip|melansir)(?:\s+(?:dari|laporan|pemberitaan))?|menurut\s+laporan|menurut",
        r"|according\s+to(?:\s+(?:a\s+)?reports?\s+(?:by|from|in))?|as\s+reported\s+by|reported\s+by|as\s+first\s+reported\s+by",
        r"|(?:which|who)\s+(?:cited|quoted)",
        r"|citing|told|in\s+an\s+interview\s+with|(?:dalam\s+)?wawancara\s+(?:eksklusif\s+)?dengan|kepada))\s+",
        r"(?P<m>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’\-]*|of|de|du))*",
        r"|(?i:media|kantor\s+berita|surat\s+kabar|harian|stasiun\s+televisi|televisi|situs|laman)(?-u:\b)(?:[^,.;:“”\x22]|\.[\p{L}\p{N}])*)"
    ))
    .unwrap()
});

/// A medium named after the statement it carried, with its verb, closing the sentence or
/// before what it cited: "…, the Harbour Herald reported, citing …".
static POST_RELAY_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r",\s+(?P<m>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’\-]*){0,4})",
        r"\s+(?P<cue>reported|reports)(?:\s*[,.]|\s*$)"
    ))
    .unwrap()
});

/// The medium a relayed report was carried from, right after the relay: "… dilansir The
/// Independent dari Reuters".
static FROM_MEDIUM_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s+(?P<cue>dari|from)\s+(?P<m>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’\-]*)*)")
        .unwrap()
});

/// A statement made to a reporter of a medium: "kepada Sinead Baker dari Insider", "told
/// Sinead Baker of Insider". The medium is the relay, with its reporter.
static REPORTER_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?P<cue>(?i:kepada|told|tells|telling)\s+(?:(?i:wartawan|reporter|jurnalis|koresponden|journalist|correspondent)\s+)?",
        r"(?P<reporter>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3})\s+(?i:dari|of|from))\s+",
        r"(?P<m>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’\-]*)*)"
    ))
    .unwrap()
});

/// "kepada wartawan Kompas.com", "told a Reuters reporter": a known medium's reporter.
static REPORTER_NOUN_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?P<cue>(?i:kepada|told|tells|telling)\s+(?:(?i:wartawan|reporter|jurnalis|koresponden)\s+|(?i:an?|the)\s+))",
        r"(?P<m>\p{Lu}[\p{L}\p{N}.&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’\-]*)*)(?:\s+(?i:reporter|journalist|correspondent))?"
    ))
    .unwrap()
});

/// Whether the first word at `at` looks like a verb by its shape: "menyebut", "berkata",
/// "said", "warns".
fn verb_word_at(p: &str, at: usize) -> bool {
    tokens(p, at, p.len()).first().is_some_and(|t| {
        t.is_lower_word() && (is_id_active_verb(t) || is_past_form(t) || is_present_form(t) || is_cue_word(t))
    })
}

/// Whether words open with whom something was told to: "told reporters", "kepada wartawan".
fn names_addressee(words: &str) -> bool {
    let l = words.to_lowercase();
    l.starts_with("told") || l.starts_with("tell") || l.starts_with("kepada")
}

/// Whether a relay's cue says the statement was made to the medium itself ("told Reuters",
/// "kepada Sinead Baker dari Insider"): the medium is then the first hop after the speaker.
pub fn told_relay(r: &Relay) -> bool {
    let cue = r.cue.to_lowercase();
    // (an interview the medium held is speaking to it too: "In an interview with Harbour Radio")
    names_addressee(&cue) || cue.contains("interview with") || cue.contains("wawancara")
}

/// Whether the text ends in a verb of being, perhaps with an adverb after it ("was", "has
/// been first"), so that a participle after it is passive.
fn passive_before(text: &str) -> bool {
    const BE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];
    const ADVERBS: &[&str] = &["first", "also", "originally", "initially", "later", "widely"];
    let mut words = text.split_whitespace().rev().map(|w| w.to_lowercase());
    match words.next() {
        Some(w) if ADVERBS.contains(&w.as_str()) => words.next().is_some_and(|w| BE.contains(&w.as_str())),
        Some(w) => BE.contains(&w.as_str()),
        None => false,
    }
}

/// Whether a medium named in an article is the article's own outlet, which is the last hop
/// of every chain already, not a relay ("Kompas.com" in an article of kompas.com).
fn is_own_outlet(outlet: Option<&str>, medium: &str) -> bool {
    outlet.is_some_and(|o| {
        let (ol, ml) = (o.to_lowercase(), medium.to_lowercase());
        !ol.is_empty() && (ol.contains(&ml) || ml.contains(&ol))
    })
}

/// Relays named in `p[s..e]`: (start, end, relay), origin first.
pub fn find_relays(p: &str, s: usize, e: usize, outlet: Option<&str>) -> Vec<(usize, usize, Relay)> {
    let mut out = Vec::new();
    let mut reporters: Vec<(usize, usize, Relay)> = Vec::new();
    // The reporter patterns' Unicode name classes push the regex engine off its fast path
    // onto a backtracker over the whole span: run them only where their cue word occurs.
    let lower = p[s..e].to_ascii_lowercase();
    let told_cue = ["kepada", "told", "tells", "telling"].iter().any(|w| lower.contains(w));
    for c in told_cue.then(|| REPORTER_RE.captures_iter(&p[s..e])).into_iter().flatten() {
        let m = c.get(0).unwrap();
        let medium = c.name("m").unwrap().as_str().trim().trim_end_matches('.').to_string();
        // "told John Smith of Texas", "kepada Ketua DPR Puan dari PDIP": a place, an
        // office or a party, not a reporter's medium
        let person = c.name("cue").unwrap().as_str();
        let office = tokens(person, 0, person.len()).iter().any(is_person_role);
        let org = medium.split_whitespace().next().is_some_and(|w| {
            let w = w.to_lowercase();
            ROLE_VOCAB.contains(&w.as_str()) || NOT_MEDIA_HEADS.contains(&w.as_str())
        });
        if !is_medium(&medium) && (office || org || jejak_text::is_known_entity(&medium)) {
            continue;
        }
        let cue = c.name("cue").unwrap().as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        let reporter = c.name("reporter").map(|r| r.as_str().to_string());
        reporters.push((s + m.start(), s + m.end(), Relay { medium, cue, reporter }));
    }
    for c in told_cue.then(|| REPORTER_NOUN_RE.captures_iter(&p[s..e])).into_iter().flatten() {
        let m = c.get(0).unwrap();
        let medium = c.name("m").unwrap().as_str().trim().trim_end_matches('.').to_string();
        let own = is_own_outlet(outlet, &medium);
        let clash = reporters.iter().any(|(rs, re, _)| s + m.start() < *re && *rs < s + m.end());
        if is_medium(&medium) && !own && !clash {
            let cue = c.name("cue").unwrap().as_str().split_whitespace().collect::<Vec<_>>().join(" ");
            reporters.push((s + m.start(), s + m.end(), Relay { medium, cue, reporter: None }));
        }
    }
    for c in RELAY_RE.captures_iter(&p[s..e]) {
        let m = c.get(0).unwrap();
        if reporters.iter().any(|(rs, re, _)| s + m.start() < *re && *rs < s + m.end()) {
            continue;
        }
        let cue_raw = c.name("cue").unwrap().as_str();
        let cue = cue_raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let named = c.name("m").unwrap();
        // (a medium described in lower-case words runs on to the next comma, but not past the
        // word that opens what was said or what it was about: "kepada media bahwa …")
        let (described_end, topic) = described_medium_end(named.as_str());
        // ("membagikan jadwal kepada media tentang rute perahu": the media were given something, they
        // passed on no statement)
        if topic && cue.eq_ignore_ascii_case("kepada") {
            continue;
        }
        let m_end = named.start() + described_end;
        let medium = named.as_str()[..described_end].trim().trim_end_matches('.').to_string();
        let lc = cue.to_lowercase();
        // ("Her bid was originally reported by the Herald": a passive verb, the news the
        // medium broke, no statement passed on)
        if lc.starts_with("reported by") && passive_before(&p[s..s + m.start()]) {
            continue;
        }
        let strong = [
            "dilansir",
            "melansir",
            "dilaporkan",
            "diberitakan",
            "dikutip",
            "disiarkan",
            "mengutip",
            "reported by",
        ]
        .iter()
        .any(|w| lc.contains(w));
        let medium_like = is_medium(&medium)
            || lc.contains("laporan")
            || lc.contains("pemberitaan")
            || lc.contains("report");
        if !(medium_like || (strong && !medium.split_whitespace().any(is_role_word))) {
            continue;
        }
        if is_own_outlet(outlet, &medium) {
            continue;
        }
        let medium = medium.strip_prefix("laporan ").unwrap_or(&medium).to_string();
        out.push((s + m.start(), s + m_end, Relay { medium, cue, reporter: None }));
        // (and the medium it was carried from: "dilansir The Independent dari Reuters" is
        // Reuters → The Independent)
        if let Some(from) = strong.then(|| FROM_MEDIUM_RE.captures(&p[s + m_end..e])).flatten() {
            let whole = from.get(0).unwrap();
            let earlier = from.name("m").unwrap().as_str().trim().trim_end_matches('.').to_string();
            if is_medium(&earlier) {
                let at = s + m_end;
                out.push((
                    at + whole.start(),
                    at + whole.end(),
                    Relay { medium: earlier, cue: from["cue"].to_string(), reporter: None },
                ));
            }
        }
    }
    // ("…, the Harbour Herald reported, citing …": a medium named after what it carried)
    let reported = [" reported,", " reported.", " reports,", " reports."].iter().any(|w| lower.contains(w))
        || lower.trim_end().ends_with(" reported")
        || lower.trim_end().ends_with(" reports");
    for c in reported.then(|| POST_RELAY_RE.captures_iter(&p[s..e])).into_iter().flatten() {
        let (m, cue) = (c.name("m").unwrap(), c.name("cue").unwrap());
        let medium = m.as_str().trim().to_string();
        let own = is_own_outlet(outlet, &medium);
        let clash = out.iter().any(|(rs, re, _)| s + m.start() < *re && *rs < s + cue.end());
        if is_medium(&medium) && !own && !clash {
            out.push((
                s + m.start(),
                s + cue.end(),
                Relay { medium, cue: cue.as_str().to_string(), reporter: None },
            ));
        }
    }
    out.extend(reporters);
    out.sort_by_key(|r| r.0);
    // Written last, passed on first: "dilansir Reuters yang mengutip Yonhap" is Yonhap →
    // Reuters. A medium the speaker spoke to is the first hop of all.
    out.reverse();
    out.sort_by_key(|r| !told_relay(&r.2));
    out
}

/// Where a medium matched by [`RELAY_RE`] ends, as a length of `named`: a medium described
/// in lower-case words ends before a word that opens what was said ("media bahwa …") or what
/// it was about ("media tentang …"); the flag says it was the latter.
fn described_medium_end(named: &str) -> (usize, bool) {
    const SAID_OPENERS: &[&str] = &["bahwa", "that"];
    const TOPIC_OPENERS: &[&str] = &["tentang", "soal", "mengenai", "terkait", "about"];
    if named.starts_with(char::is_uppercase) {
        return (named.len(), false);
    }
    let words = tokens(named, 0, named.len());
    let stop = words.iter().skip(1).find(|t| lower_is(t, SAID_OPENERS) || lower_is(t, TOPIC_OPENERS));
    stop.map_or((named.len(), false), |t| (named[..t.s].trim_end().len(), lower_is(t, TOPIC_OPENERS)))
}

static VENUE_RE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?:(?i:dalam\s+(?:sebuah\s+|acara\s+)?(?:konferensi\s+pers|jumpa\s+pers|keterangan\s+pers|keterangan\s+tertulis|keterangannya|wawancara|pernyataan|siaran\s+pers|rapat|sidang|diskusi|seminar|webinar|unggahan|cuitan|pidato|pidatonya)",
        r"|saat\s+(?:konferensi\s+pers|jumpa\s+pers|ditemui|dikonfirmasi|diwawancarai|berbincang|wawancara|memberikan\s+keterangan|berpidato)",
        r"|(?:di|melalui|lewat)\s+(?:televisi|stasiun\s+televisi|radio|akun|media\s+sosial|hadapan|sela-sela|kanal|channel|siaran|instagram|twitter|x(?-u:\b))",
        // (after up to three words that say which: "in a joint statement", "in a Harbour Herald
        // interview")
        r"|in\s+an?\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:interview|statement|press\s+conference|news\s+conference|speech|email|e-mail|op-ed|post|tweet|letter|release|video|podcast)",
        r"|(?:at|during)\s+an?\s+(?:press\s+conference|news\s+conference|rally|briefing|hearing|campaign\s+event|town\s+hall|debate|event|speech|interview)",
        r"|on\s+(?:twitter|facebook|instagram|television|cnn|fox\s+news|msnbc|channel\s+one)",
        // (through a programme's quoted title, its words capitalised: "in a radio interview
        // with “Harbour Morning”", "on “Meet the Harbour”")
        r")(?:[^,.;:“”\x22]|\.[\p{Ll}\p{N}]|[“\x22]\p{Lu}[\p{L}\p{N}'’]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’]*|the|of|and|a|an|in|on|for|to|with))*[.!?]?[”\x22])*(?:,\s*\p{Lu}[\p{L}\p{N}]*(?:\s+\p{Lu}[\p{L}\p{N}]*)*)?",
        r"|(?i:kepada\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers)|told\s+(?:reporters|journalists|the\s+press|a\s+crowd|supporters))(?-u:\b)",
        // (running on only into the outlet's name and where or when, not into what was told:
        // "told reporters in Dover", not "told reporters the pier would reopen")
        r"(?:\s+\p{Lu}[\p{L}\p{N}]*(?:\.\p{Ll}+)?)*(?:\s+(?i:at|in|on|during|after|before|outside|following|di|pada|usai|seusai|saat|ketika|dalam|setelah|sebelum|seperti)(?-u:\b)(?:[^,.;:“”\x22]|\.[\p{Ll}\p{N}])*)?)"
    ))
    .unwrap()
});

/// Where the statement was made, outside the statement's own span `avoid`; it runs through
/// the dots of abbreviations ("past 10 p.m.").
pub fn find_venue(p: &str, s: usize, e: usize, avoid: (usize, usize)) -> Option<String> {
    // (a venue running on into the statement ends where it starts, at its "that": "said in
    // a radio interview on the morning show that …")
    let outside = |(ms, me): (usize, usize)| -> Option<(usize, usize)> {
        if ms >= avoid.1 || me <= avoid.0 {
            return Some((ms, me));
        }
        let before = p[ms..avoid.0.max(ms)].trim_end();
        let before = before.strip_suffix("that").or_else(|| before.strip_suffix("bahwa"))?;
        (ms < avoid.0 && before.ends_with(char::is_whitespace)).then_some((ms, ms + before.len()))
    };
    // (the names after its comma are the speaker's when a verb follows them: "Dalam wawancara
    // dengan Harbour Herald, Rina Wati menyebut …")
    let before_subject = |(ms, me): (usize, usize)| {
        // (or a description of them: "In a letter, Porter, a veteran skipper, said …")
        let rest = p[me..].trim_start();
        let described = [", a ", ", an ", ", the "].iter().any(|d| rest.starts_with(d));
        let verb_next = rest.starts_with(|c: char| c.is_lowercase()) || described;
        match p[ms..me].rfind(',') {
            Some(comma) if verb_next && me < e => (ms, ms + comma),
            // (without a comma too, after whom it was told: "Kepada wartawan Rina Wati
            // menyebut …")
            _ if me < e && names_addressee(&p[ms..me]) && verb_word_at(p, me) => {
                let venue = &p[ms..me];
                let mut end = venue.trim_end().len();
                while let Some(space) = venue[..end].rfind(' ') {
                    if !venue[space + 1..end].starts_with(char::is_uppercase) {
                        break;
                    }
                    end = space;
                }
                (ms, ms + end)
            }
            _ => (ms, me),
        }
    };
    // (nor does it run on into what was said or the speaker's next verb: "in a statement
    // that the pier …", "in a speech it would …", "in a phone interview with the Herald and
    // said …")
    let before_words = |(ms, me): (usize, usize)| {
        let text = &p[ms..me];
        let mut words = text.match_indices(' ').map(|(at, _)| at + 1);
        let cut = words.find(|&at| {
            let mut rest = text[at..].split_whitespace();
            match rest.next() {
                // (a clause's subject after it; "an interview that aired Monday" is one venue)
                Some("that" | "bahwa") => rest.next().is_some_and(|w| {
                    let l = w.to_lowercase();
                    w.starts_with(char::is_uppercase)
                        || PRONOUNS.contains(&l.as_str())
                        || DETERMINERS.contains(&l.as_str())
                }),
                Some("and" | "but" | "dan") => {
                    rest.next().is_some_and(|w| POST_CUES_EN.contains(&w) || PRE_CUES.contains(&w))
                }
                // (or a subject pronoun without "that": "in a speech it would …"; not one
                // of a clause of when inside the venue, "in a statement after she wrote …")
                Some("he" | "she" | "it" | "they" | "we" | "I") => {
                    let before = text[..at].split_whitespace().last().unwrap_or("").to_lowercase();
                    !CIRCUMSTANCE_SUBORDINATORS.contains(&before.as_str())
                }
                _ => false,
            }
        });
        (ms, cut.map_or(me, |at| ms + at))
    };
    let found = VENUE_RE.find_iter(&p[s..e]).map(|m| before_words((s + m.start(), s + m.end())));
    found.filter_map(outside).next().map(before_subject).map(|(ms, me)| {
        let venue = p[ms..me].trim().trim_end_matches([',', '.']);
        // (a title's closing mark keeps, its full stop goes: "with “Harbour Morning.”")
        let titled = venue
            .strip_suffix(['”', '"'])
            .and_then(|v| v.strip_suffix('.').map(|v| (v, &venue[v.len() + 1..])));
        let owned;
        let venue = match titled {
            Some((v, mark)) => {
                owned = format!("{v}{mark}");
                owned.as_str()
            }
            None => venue,
        };
        // (an abbreviation keeps its last dot: "10 p.m.")
        let mut last = venue.chars().rev();
        let abbreviated = last.next().is_some_and(char::is_alphabetic) && last.next() == Some('.');
        let full_stop = p[ms..me].trim_end().ends_with('.') || p[me..].starts_with('.');
        if abbreviated && full_stop {
            format!("{venue}.")
        } else {
            venue.to_string()
        }
    })
}

/// Whether a subject names a medium: a known one ("Reuters"), one the article has already
/// introduced as a medium (`media`), or one described as such ("outlet media Korea Selatan
/// Daily NK", "harian Kompas").
/// A subject with a name and no person's title that reports (`cue` "melaporkan",
/// "reported", "wrote") is a medium too: "Daily NK reported that …".
pub fn medium_name(sj: &Subj, media: &[String], cue: Option<&str>) -> Option<String> {
    let name = sj.name.as_ref()?;
    let role = sj.role.as_deref().map(|r| tokens(r, 0, r.len())).unwrap_or_default();
    let described = role.iter().any(|t| lower_is(t, MEDIA_HEADS));
    let person = role.iter().any(is_person_role);
    let reports = cue.is_some_and(|c| MEDIA_CUES.contains(&c.to_lowercase().as_str())) && !person;
    (is_medium(name) || described || reports || media.iter().any(|m| m.eq_ignore_ascii_case(name)))
        .then(|| name.clone())
}

/// Records what a sentence says of media: a subject that names a medium (or a medium
/// pointed back to and resolved) becomes known as one, and is the previous sentence's medium
/// for the next sentence; a citing medium (`relay`) likewise.
pub fn note_medium(
    p: &str,
    found: (&Option<Subj>, Option<&str>, Option<&str>),
    relay: Option<&Relay>,
    relays: &[(usize, usize, Relay)],
    media: &mut Vec<String>,
    medium_subject: &mut Option<(usize, String)>,
    sentence_no: usize,
) {
    let (subj, speaker, cue) = found;
    let named = match (relay, subj) {
        (Some(r), _) => Some(r.medium.clone()),
        (None, Some(sj)) if media_anaphor(p, sj) => speaker.map(String::from),
        (None, Some(sj)) => medium_name(sj, media, cue),
        _ => None,
    }
    // "…, kata Korotchenko, menurut New York Post. …, kata surat kabar itu": the medium
    // written last in the sentence
    .or_else(|| relays.iter().max_by_key(|r| r.0).map(|r| r.2.medium.clone()));
    if let Some(m) = named {
        if !media.contains(&m) {
            media.push(m.clone());
        }
        *medium_subject = Some((sentence_no, m));
    }
}
