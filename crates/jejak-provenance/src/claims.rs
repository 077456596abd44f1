//! Groups statement units of different articles into claims: the same proposition in
//! other words or another language, recognised by shared weighted terms, equal numbers
//! and the same speaker.

use std::collections::{HashMap, HashSet};

use jejak_model::{stable_id, Span};
use jejak_text::{is_known_entity, same_person};
use serde::Serialize;

use crate::graph::{provenance_of, ProvenanceGraph, ProvenanceSummary};
use crate::units::{idf, Number, Qualifier, Unit};
use crate::StoryArticle;

/// Similarity at which two units state the same claim.
const SAME_CLAIM: f32 = 0.42;
/// Bonus for stating the same number: numbers carry across languages and rewording.
const SAME_NUMBER_BONUS: f32 = 0.2;
/// How far the closest member may outscore the claim as a whole: a unit close to one
/// member only (chaining through a shared name) does not join.
const LINK_SLACK: f32 = 0.05;
/// Content terms a statement needs to count as a claim on its own.
const MIN_CLAIM_TERMS: usize = 4;
/// What it costs a match that one statement has a negation and the other none.
const OTHER_POLARITY_PENALTY: f32 = 0.15;
/// Bonus for the same named speaker; two different named speakers cost as much.
const SAME_SPEAKER_BONUS: f32 = 0.15;
/// Similarity of what two statements say, their names left out, below which they state
/// different facts about the same people ("the ambassador feels the loss" and "the
/// ambassador praises his character"), however many names they share. Measured on the
/// labelled pairs (`bench/provenance`): at 0.25, a sixth of allsides' multi-outlet claims
/// (true paraphrases such as "the Senate may vote as soon as Wednesday" / "will vote as
/// early as Wednesday") fell apart for no gain in precision.
const MIN_SHARED_PREDICATE: f32 = 0.1;
/// Terms outside names a statement needs before [`MIN_SHARED_PREDICATE`] is asked of it: a
/// title-case headline is names from end to end.
const MIN_PREDICATE_TERMS: usize = 2;

/// Similarity at which a headline restates a body claim: a headline is short and shares
/// the story's vocabulary with every claim, so it must match more closely.
const SAME_CLAIM_HEADLINE: f32 = 0.5;

/// One sentence or quote that carries a claim.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceUnit {
    pub article_id: String,
    pub outlet: Option<String>,
    /// Body paragraph index; absent for a headline.
    pub paragraph: Option<usize>,
    pub span: Span,
    pub text: String,
    pub speaker: Option<String>,
    /// The speaker's role as this article words it ("pakar pertahanan Rusia").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_role: Option<String>,
    pub cue: Option<String>,
    pub hedged: bool,
    pub via: Vec<String>,
}

/// A claim of a story with every sentence that carries it and where it came from.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimReport {
    pub id: String,
    /// The earliest wording.
    pub text: String,
    pub speaker: Option<String>,
    pub outlets: Vec<String>,
    pub evidence: Vec<EvidenceUnit>,
    pub provenance: ProvenanceSummary,
    #[serde(skip)]
    pub graph: ProvenanceGraph,
    /// Indices of the units (internal), for coverage.
    #[serde(skip)]
    pub(crate) units: Vec<usize>,
}

/// Weighted cosine of two statements' terms, with bonuses for a shared number and the same
/// speaker. When both name their sources, the sources' words are left out: they say who
/// spoke ("sumber-sumber Rusia", "a report from South Korea"), and the speaker bonus
/// weighs that; when one does not, a name may be what both say ("Rose McGowan says …" and
/// "Why Rose McGowan Thinks …").
pub(crate) fn similarity(a: &Unit, b: &Unit, idf: &HashMap<String, f32>) -> f32 {
    // "Ada pelemahan KPK" and "tidak ada upaya pelemahan KPK" share every word but one.
    if denies(a, b) || denies(b, a) {
        return 0.0;
    }
    let weight = |t: &str| idf.get(t).copied().unwrap_or(1.0);
    let both_sourced = !a.source_terms.is_empty() && !b.source_terms.is_empty();
    let said = |t: &String| !both_sourced || !(a.source_terms.contains(t) || b.source_terms.contains(t));
    let norm = |u: &Unit| {
        u.terms.iter().filter(|(t, _)| said(t)).map(|(t, c)| (c * weight(t)).powi(2)).sum::<f32>().sqrt()
    };
    let dot: f32 = a
        .terms
        .iter()
        .filter(|(t, _)| said(t))
        .filter_map(|(t, c)| b.terms.get(t).map(|d| c * d * weight(t).powi(2)))
        .sum();
    let (na, nb) = (norm(a), norm(b));
    let mut score = if na > 0.0 && nb > 0.0 { dot / (na * nb) } else { 0.0 };
    if a.numbers.iter().any(|x| b.numbers.iter().any(|y| same_quantity(x, y))) {
        score += SAME_NUMBER_BONUS;
    }
    // A negation elsewhere in one statement ("meski belum ada konfirmasi") often qualifies
    // what it says: it weighs against the match without ruling it out.
    if a.negated.is_empty() != b.negated.is_empty() {
        score -= OTHER_POLARITY_PENALTY;
    }
    if let (Some(x), Some(y)) = (&a.speaker, &b.speaker) {
        if same_person(x, y) {
            score += SAME_SPEAKER_BONUS;
        } else if is_named_person(x) && is_named_person(y) {
            score -= SAME_SPEAKER_BONUS;
        }
    }
    score
}

/// Whether `a` denies what `b` states: a term `a` negates stands un-negated in `b`.
fn denies(a: &Unit, b: &Unit) -> bool {
    a.negated.iter().any(|t| b.terms.contains_key(t) && !b.negated.contains(t))
}

/// Whether a speaker is named as someone in particular: two of them who differ make two
/// claims unlikely to be one. A country or body the alias table knows ("Korea Selatan")
/// and a description ("sumber-sumber Rusia", "Media pemerintah Rusia", "pejabat AS") say
/// where a report came from, which another outlet may word otherwise.
fn is_named_person(speaker: &str) -> bool {
    // Particles of names ("bin", "van", "de") are the only lowercase words a name has.
    let named =
        speaker.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w.chars().count() <= 3);
    named && speaker.starts_with(char::is_uppercase) && !is_known_entity(speaker)
}

/// Whether two statements say something alike beyond the names they share (see
/// [`MIN_SHARED_PREDICATE`]); true when either has too few terms outside names to tell.
fn share_predicate(a: &Unit, b: &Unit, idf: &HashMap<String, f32>) -> bool {
    // (no allocation: this runs for every unit against every member of every claim)
    let said = |t: &String| !a.names.contains(t) && !b.names.contains(t);
    let weight = |t: &String, count: f32| count * idf.get(t).copied().unwrap_or(1.0);
    let (mut terms_a, mut norm_a, mut dot) = (0, 0.0f32, 0.0f32);
    for (t, &count) in a.terms.iter().filter(|(t, _)| said(t)) {
        let w = weight(t, count);
        terms_a += 1;
        norm_a += w * w;
        if let Some(&other) = b.terms.get(t) {
            dot += w * weight(t, other);
        }
    }
    let (mut terms_b, mut norm_b) = (0, 0.0f32);
    for (t, &count) in b.terms.iter().filter(|(t, _)| said(t)) {
        terms_b += 1;
        norm_b += weight(t, count).powi(2);
    }
    if terms_a < MIN_PREDICATE_TERMS || terms_b < MIN_PREDICATE_TERMS {
        return true;
    }
    dot / (norm_a.sqrt() * norm_b.sqrt()) >= MIN_SHARED_PREDICATE
}

/// Whether two stated numbers can be the same quantity: compatible values, counting the
/// same thing when both say what they count ("dua titik" is not "dua pekan").
fn same_quantity(x: &Number, y: &Number) -> bool {
    same_noun(x, y) && compatible(x.value, x.qualifier, y.value, y.qualifier)
}

/// Whether two numbers are the same figure within a tenth, whatever their qualifiers: not
/// merely compatible ("hingga Rp 11,8 miliar" allows "Rp 3 miliar", and is no restatement
/// of it).
pub(crate) fn same_figure(x: &Number, y: &Number) -> bool {
    same_noun(x, y) && (x.value - y.value).abs() <= 0.1 * x.value.abs().max(y.value.abs())
}

/// Whether two numbers count the same thing, as far as the text says.
pub(crate) fn same_noun(a: &Number, b: &Number) -> bool {
    match (&a.noun, &b.noun) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Whether two stated numbers can describe the same quantity.
pub(crate) fn compatible(a: f64, qa: Qualifier, b: f64, qb: Qualifier) -> bool {
    let (lo_a, hi_a) = bounds(a, qa);
    let (lo_b, hi_b) = bounds(b, qb);
    lo_a <= hi_b && lo_b <= hi_a
}

/// The interval a number with its qualifier allows; "about" and "almost" allow 10%.
pub(crate) fn bounds(value: f64, qualifier: Qualifier) -> (f64, f64) {
    match qualifier {
        Qualifier::Exact => (value, value),
        Qualifier::AtLeast => (value, f64::INFINITY),
        Qualifier::AtMost => (0.0, value),
        Qualifier::Approx => (value * 0.9, value * 1.1),
        Qualifier::Nearly => (value * 0.9, value),
        // "ribuan" (thousands): from the order of magnitude up to ten times it.
        Qualifier::Many => (value, value * 10.0),
    }
}

/// Groups units into claims: each unit joins the most similar claim that has no unit of
/// its article yet, if similar enough, else starts one. Claims need one body statement of
/// some substance; a lone headline or a three-word fragment is not a claim.
pub(crate) fn group_claims(
    story_id: &str,
    articles: &[StoryArticle<'_>],
    units: &[Unit],
) -> Vec<ClaimReport> {
    let idf = idf(units);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Body statements first: a headline restates a body claim, so it joins one afterwards.
    let order = (0..units.len())
        .filter(|&i| !units[i].is_headline())
        .chain((0..units.len()).filter(|&i| units[i].is_headline()));
    for i in order {
        let unit = &units[i];
        // A fragment ("TRIBUNNEWS .", a reporter line) states nothing to share.
        if unit.terms.len() < MIN_CLAIM_TERMS && !unit.is_headline() {
            groups.push(vec![i]);
            continue;
        }
        let threshold = if unit.is_headline() { SAME_CLAIM_HEADLINE } else { SAME_CLAIM };
        let best = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                g.iter().all(|&j| {
                    units[j].article != unit.article || units[j].is_headline() != unit.is_headline()
                })
            })
            .map(|(gi, g)| (gi, closeness(unit, g, units, &idf)))
            .filter(|&(_, s)| s >= threshold)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((gi, _)) => groups[gi].push(i),
            None => groups.push(vec![i]),
        }
    }
    // A sentence stating several numbers ("hampir 1,3 juta personel aktif dan 600.000
    // personel cadangan") carries as many facts, which another outlet may state in
    // sentences of their own: it also joins each other claim it shares a number with, when
    // as close to that claim as a member must be.
    let several_figures: Vec<usize> = (0..units.len())
        .filter(|&i| {
            !units[i].is_headline() && units[i].numbers.iter().filter(|n| !n.is_small()).count() >= 2
        })
        .collect();
    let mut also: Vec<(usize, usize)> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        for &i in &several_figures {
            let unit = &units[i];
            if g.iter().any(|&j| units[j].article == unit.article) {
                continue;
            }
            let shares_number = g.iter().any(|&j| {
                unit.numbers
                    .iter()
                    .any(|x| !x.is_small() && units[j].numbers.iter().any(|y| same_figure(x, y)))
            });
            if shares_number && closeness(unit, g, units, &idf) >= SAME_CLAIM {
                also.push((gi, i));
            }
        }
    }
    for (gi, i) in also {
        groups[gi].push(i);
    }
    for g in &mut groups {
        g.sort_unstable();
    }
    // (such a sentence speaks for none of its claims alone: each is told by a member of
    // its own, where it has one)
    let mut claims_of_unit = vec![0usize; units.len()];
    for &i in groups.iter().flatten() {
        claims_of_unit[i] += 1;
    }
    let mut claims: Vec<ClaimReport> = groups
        .into_iter()
        .filter(|g| g.iter().any(|&i| !units[i].is_headline() && units[i].terms.len() >= MIN_CLAIM_TERMS))
        .map(|g| claim_report(story_id, articles, units, g, &claims_of_unit))
        .collect();
    // A sentence that carries two claims may still tell both (neither has a sentence of its
    // own): the second is told apart by its other members' words.
    let mut seen = HashSet::new();
    for claim in &mut claims {
        if !seen.insert(claim.id.clone()) {
            let words: Vec<&str> = claim.units.iter().map(|&i| units[i].text.as_str()).collect();
            claim.id =
                format!("c{}", stable_id(format!("{story_id}\u{1f}{}", words.join("\u{1f}")).as_bytes()));
        }
    }
    claims
}

/// How close a unit is to a claim as a whole: its best match among the members, held to
/// the mean over them plus [`LINK_SLACK`], so that a unit close to one member only (chaining
/// through a shared name) does not join.
fn closeness(unit: &Unit, group: &[usize], units: &[Unit], idf: &HashMap<String, f32>) -> f32 {
    let sims: Vec<f32> = group
        .iter()
        .map(|&j| {
            let other = &units[j];
            if share_predicate(unit, other, idf) {
                similarity(unit, other, idf)
            } else {
                0.0
            }
        })
        .collect();
    let best = sims.iter().copied().fold(0.0, f32::max);
    let mean = sims.iter().sum::<f32>() / sims.len() as f32;
    best.min(mean + LINK_SLACK)
}

fn claim_report(
    story_id: &str,
    articles: &[StoryArticle<'_>],
    units: &[Unit],
    members: Vec<usize>,
    claims_of_unit: &[usize],
) -> ClaimReport {
    let body = || members.iter().filter(|&&i| !units[i].is_headline());
    let first = body()
        .find(|&&i| claims_of_unit[i] == 1)
        .or_else(|| body().next())
        .map_or(&units[members[0]], |&i| &units[i]);
    let evidence: Vec<EvidenceUnit> = members
        .iter()
        .map(|&i| {
            let u = &units[i];
            let article = articles[u.article].article;
            EvidenceUnit {
                article_id: article.id.clone(),
                outlet: article.outlet.clone(),
                paragraph: u.paragraph,
                span: u.span,
                text: u.text.clone(),
                speaker: u.speaker.clone(),
                speaker_role: u.speaker_role.clone(),
                cue: u.cue.clone(),
                hedged: u.hedged,
                via: u.via.iter().map(|r| r.medium.clone()).collect(),
            }
        })
        .collect();
    let mut outlets: Vec<String> = Vec::new();
    for e in &evidence {
        if let Some(o) = &e.outlet {
            if !outlets.contains(o) {
                outlets.push(o.clone());
            }
        }
    }
    let speaker = members.iter().find_map(|&i| units[i].speaker.clone());
    let (graph, provenance) = provenance_of(articles, units, &members);
    ClaimReport {
        id: format!("c{}", stable_id(format!("{story_id}\u{1f}{}", first.text).as_bytes())),
        text: first.text.clone(),
        speaker,
        outlets,
        evidence,
        provenance,
        graph,
        units: members,
    }
}
