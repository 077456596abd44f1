//! Compares outlets' coverage of one story: facts every outlet carries, facts one outlet
//! alone reports, numbers that disagree, how much each outlet hedges, and headlines that
//! state as fact what the body only attributes.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use jejak_text::same_person;

use crate::claims::{compatible, same_figure, same_noun, similarity, ClaimReport};
use crate::units::{idf, Number, Qualifier, Unit};
use crate::StoryArticle;

/// One outlet's share of the story's claims.
#[derive(Debug, Clone, Serialize)]
pub struct OutletCoverage {
    pub outlet: String,
    pub claims: usize,
    /// Claims every outlet of the story carries.
    pub shared_with_all: Vec<String>,
    /// Claims some but not all other outlets carry.
    pub shared_with_some: Vec<String>,
    /// Claims no other outlet carries.
    pub only_here: Vec<String>,
    /// What this outlet alone adds to claims others carry too: a number, a source or words
    /// none of their wordings has ("lebih dari 1.000 pekerja" where another outlet says
    /// only that workers will be sent).
    pub details_only_here: Vec<AddedDetails>,
    /// Photo captions of this outlet that no other outlet's caption describes: the pictures
    /// it alone shows.
    pub photos_only_here: Vec<String>,
    /// Share of this outlet's statements worded as hearsay or attribution (0–1).
    pub hedging: f32,
}

/// One outlet's additions to a claim other outlets carry too.
#[derive(Debug, Clone, Serialize)]
pub struct AddedDetails {
    pub claim_id: String,
    /// Numbers no other outlet states for the claim, as written.
    pub numbers: Vec<String>,
    /// Speakers and media the outlet names that no other outlet's wording does.
    pub sources: Vec<String>,
    /// Content words of its wording that no other outlet's wording has, as written.
    pub words: Vec<String>,
}

/// Two outlets stating a number of the same claim differently.
#[derive(Debug, Clone, Serialize)]
pub struct NumberDisagreement {
    pub claim_id: String,
    pub a: StatedNumber,
    pub b: StatedNumber,
    /// `compatible` (one is a bound or rounding of the other) or `conflict`.
    pub verdict: Verdict,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatedNumber {
    pub outlet: Option<String>,
    pub text: String,
    pub value: f64,
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Same quantity at a different precision ("600.000" and "lebih dari 600 ribu").
    Compatible,
    /// The two cannot both be true.
    Conflict,
}

/// A headline that asserts what its body only reports.
#[derive(Debug, Clone, Serialize)]
pub struct HeadlineWarning {
    pub article_id: String,
    pub outlet: Option<String>,
    pub headline: String,
    /// The body statement the headline rests on.
    pub evidence: String,
    pub reason: String,
}

/// The comparison of all outlets of a story.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    pub outlets: Vec<OutletCoverage>,
    pub number_disagreements: Vec<NumberDisagreement>,
    pub headline_warnings: Vec<HeadlineWarning>,
}

/// Similarity above which a headline is taken to state a body claim.
const HEADLINE_MATCH: f32 = 0.3;

fn outlet_name(sa: &StoryArticle<'_>) -> String {
    sa.article.outlet.clone().unwrap_or_else(|| format!("article {}", sa.article.id))
}

pub(crate) fn compare(articles: &[StoryArticle<'_>], units: &[Unit], claims: &[ClaimReport]) -> Coverage {
    let outlets: BTreeSet<String> = articles.iter().map(outlet_name).collect();
    let claim_outlets: Vec<BTreeSet<String>> = claims
        .iter()
        .map(|c| c.units.iter().map(|&i| outlet_name(&articles[units[i].article])).collect())
        .collect();
    let mut per_outlet: BTreeMap<String, OutletCoverage> = outlets
        .iter()
        .map(|o| {
            let statements: Vec<&Unit> = units
                .iter()
                .filter(|u| !u.is_headline() && outlet_name(&articles[u.article]) == *o)
                .collect();
            let hedged = statements.iter().filter(|u| u.hedged).count();
            let hedging = if statements.is_empty() { 0.0 } else { hedged as f32 / statements.len() as f32 };
            let coverage = OutletCoverage {
                outlet: o.clone(),
                claims: 0,
                shared_with_all: vec![],
                shared_with_some: vec![],
                only_here: vec![],
                details_only_here: vec![],
                photos_only_here: photos_only_here(articles, o),
                hedging,
            };
            (o.clone(), coverage)
        })
        .collect();
    for (claim, carried_by) in claims.iter().zip(&claim_outlets) {
        for outlet in carried_by {
            let Some(entry) = per_outlet.get_mut(outlet) else { continue };
            entry.claims += 1;
            let list = if carried_by.len() == outlets.len() && outlets.len() > 1 {
                &mut entry.shared_with_all
            } else if carried_by.len() > 1 {
                &mut entry.shared_with_some
            } else {
                &mut entry.only_here
            };
            list.push(claim.id.clone());
            if carried_by.len() > 1 {
                if let Some(details) = added_details(articles, units, claim, outlet) {
                    entry.details_only_here.push(details);
                }
            }
        }
    }
    Coverage {
        outlets: per_outlet.into_values().collect(),
        number_disagreements: number_disagreements(articles, units, claims),
        headline_warnings: headline_warnings(articles, units),
    }
}

/// Term overlap (Jaccard) at which two captions describe the same picture.
const SAME_PHOTO: f32 = 0.5;

/// Captions of `outlet`'s articles that no other outlet's caption describes.
fn photos_only_here(articles: &[StoryArticle<'_>], outlet: &str) -> Vec<String> {
    let terms = |caption: &str| -> BTreeSet<String> { jejak_text::tokens(caption).into_iter().collect() };
    let (mine, theirs): (Vec<&StoryArticle<'_>>, Vec<&StoryArticle<'_>>) =
        articles.iter().partition(|sa| outlet_name(sa) == outlet);
    let others: Vec<BTreeSet<String>> =
        theirs.iter().flat_map(|sa| &sa.article.captions).map(|c| terms(c)).collect();
    let mut out: Vec<String> = Vec::new();
    for caption in mine.iter().flat_map(|sa| &sa.article.captions) {
        let own = terms(caption);
        let shown_elsewhere = others.iter().any(|other| {
            let shared = own.intersection(other).count() as f32;
            shared / own.union(other).count().max(1) as f32 >= SAME_PHOTO
        });
        if !shown_elsewhere && !out.contains(caption) {
            out.push(caption.clone());
        }
    }
    out
}

/// Content words an outlet's wording of a claim may add before the list says enough.
const MAX_ADDED_WORDS: usize = 8;

/// What `outlet`'s wording of a claim has that no other outlet's wording has; `None` when
/// it adds nothing.
fn added_details(
    articles: &[StoryArticle<'_>],
    units: &[Unit],
    claim: &ClaimReport,
    outlet: &str,
) -> Option<AddedDetails> {
    let (mine, theirs): (Vec<&Unit>, Vec<&Unit>) = claim
        .units
        .iter()
        .map(|&i| &units[i])
        .filter(|u| !u.is_headline())
        .partition(|u| outlet_name(&articles[u.article]) == outlet);
    if mine.is_empty() || theirs.is_empty() {
        return None;
    }
    let mut numbers: Vec<String> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let mut words: Vec<(usize, String)> = Vec::new();
    for unit in &mine {
        for n in &unit.numbers {
            // Compatible is enough: "1,3 juta personel" and "1,3 juta tentara" are one figure.
            let stated_elsewhere = theirs
                .iter()
                .flat_map(|u| &u.numbers)
                .any(|m| compatible(n.value, n.qualifier, m.value, m.qualifier));
            if !stated_elsewhere && !numbers.contains(&n.text) {
                numbers.push(n.text.clone());
            }
        }
        let named = unit.speaker.iter().chain(unit.via.iter().map(|r| &r.medium));
        for source in named {
            let named_elsewhere = theirs.iter().any(|u| {
                u.speaker.iter().chain(u.via.iter().map(|r| &r.medium)).any(|s| same_person(s, source))
            });
            if !named_elsewhere && !sources.contains(source) {
                sources.push(source.clone());
            }
        }
        // Words of a number ("ribu", "000") are the number's: listed with it, or not at all.
        let in_number = |word: &str| {
            word.contains(|c: char| c.is_ascii_digit())
                || unit.numbers.iter().any(|n| n.text.split_whitespace().any(|w| w == word))
        };
        // (a source's own words are listed as the source)
        let said = unit.surface.iter().filter(|(t, w)| !in_number(w) && !unit.source_terms.contains(*t));
        for (term, word) in said {
            if theirs.iter().all(|u| !u.terms.contains_key(term)) && !words.iter().any(|(_, w)| w == word) {
                words.push((unit.text.find(word.as_str()).unwrap_or(usize::MAX), word.clone()));
            }
        }
    }
    if numbers.is_empty() && sources.is_empty() && words.is_empty() {
        return None;
    }
    words.sort();
    words.truncate(MAX_ADDED_WORDS);
    Some(AddedDetails {
        claim_id: claim.id.clone(),
        numbers,
        sources,
        words: words.into_iter().map(|(_, w)| w).collect(),
    })
}

fn number_disagreements(
    articles: &[StoryArticle<'_>],
    units: &[Unit],
    claims: &[ClaimReport],
) -> Vec<NumberDisagreement> {
    let mut out = Vec::new();
    for claim in claims {
        let stated: Vec<(usize, &Number)> = claim
            .units
            .iter()
            .flat_map(|&i| units[i].numbers.iter().map(move |n| (units[i].article, n)))
            .collect();
        let state = |article: usize, n: &Number| StatedNumber {
            outlet: articles[article].article.outlet.clone(),
            text: n.text.clone(),
            value: n.value,
            qualifier: n.qualifier,
        };
        let mut article_ids: Vec<usize> = stated.iter().map(|(a, _)| *a).collect();
        article_ids.sort_unstable();
        article_ids.dedup();
        for (k, &article_a) in article_ids.iter().enumerate() {
            for &article_b in &article_ids[k + 1..] {
                let theirs: Vec<&Number> =
                    stated.iter().filter(|(a, _)| *a == article_b).map(|(_, n)| *n).collect();
                let ours: Vec<&Number> =
                    stated.iter().filter(|(x, _)| *x == article_a).map(|(_, n)| *n).collect();
                for &a in &ours {
                    // Counterparts: numbers of the same magnitude counting the same thing;
                    // "12 HIMARS" and "100.000 volunteers" in one claim are different facts.
                    // A number the other side matches with another of ours is accounted for
                    // ("aged 12 to 15" and "as young as 12": 15 does not conflict with 12).
                    let accounted =
                        |b: &Number| ours.iter().any(|o| !std::ptr::eq(*o, a) && same_figure(o, b));
                    let counterparts: Vec<&Number> = theirs
                        .iter()
                        .copied()
                        .filter(|b| same_magnitude(a, b) && same_noun(a, b) && !accounted(b))
                        .collect();
                    if counterparts.iter().any(|b| b.value == a.value && b.qualifier == a.qualifier) {
                        continue;
                    }
                    let compatible =
                        counterparts.iter().find(|b| compatible(a.value, a.qualifier, b.value, b.qualifier));
                    let (b, verdict) = match compatible {
                        Some(b) => (*b, Verdict::Compatible),
                        None => match counterparts
                            .iter()
                            .min_by(|x, y| (x.value - a.value).abs().total_cmp(&(y.value - a.value).abs()))
                        {
                            Some(b) => (*b, Verdict::Conflict),
                            None => continue,
                        },
                    };
                    out.push(NumberDisagreement {
                        claim_id: claim.id.clone(),
                        a: state(article_a, a),
                        b: state(article_b, b),
                        verdict,
                    });
                }
            }
        }
    }
    out
}

fn same_magnitude(a: &Number, b: &Number) -> bool {
    let ratio = a.value.max(b.value) / a.value.min(b.value).max(f64::MIN_POSITIVE);
    (1.0..=2.0).contains(&ratio)
}

/// Words by which a headline names its source itself ("Moderna says …", "Menurut …",
/// "Wapres AS: …"): such a headline does not state the claim as fact.
const HEADLINE_ATTRIBUTION: &[&str] = &[
    "says",
    "said",
    "say",
    "claims",
    "claim",
    "claimed",
    "tells",
    "told",
    "according",
    "reportedly",
    "warns",
    "insists",
    "denies",
    "kata",
    "katanya",
    "sebut",
    "menyebut",
    "klaim",
    "mengklaim",
    "ungkap",
    "mengungkap",
    "menurut",
    "ujar",
    "akui",
    "mengaku",
    "tegas",
    "menegaskan",
    "nilai",
    "menilai",
    "bantah",
    "membantah",
    "dikabarkan",
    "disebut",
    "diklaim",
    "dilaporkan",
];

fn attributes_itself(headline: &str) -> bool {
    let speaker_colon = headline.find(':').is_some_and(|i| i > 0 && i <= 40);
    speaker_colon
        || headline
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| HEADLINE_ATTRIBUTION.contains(&w.to_lowercase().as_str()))
}

fn headline_warnings(articles: &[StoryArticle<'_>], units: &[Unit]) -> Vec<HeadlineWarning> {
    let idf = idf(units);
    let mut out = Vec::new();
    for headline in units.iter().filter(|u| u.is_headline() && !u.hedged && !attributes_itself(&u.text)) {
        let best = units
            .iter()
            .filter(|u| u.article == headline.article && !u.is_headline())
            .map(|u| (u, similarity(headline, u, &idf)))
            .filter(|&(_, s)| s >= HEADLINE_MATCH)
            .filter(|(u, _)| u.hedged || u.is_attributed())
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((evidence, _)) = best {
            let article = articles[headline.article].article;
            let who = evidence.speaker.as_deref().map(|s| format!(" to {s}")).unwrap_or_default();
            out.push(HeadlineWarning {
                article_id: article.id.clone(),
                outlet: article.outlet.clone(),
                headline: headline.text.clone(),
                evidence: evidence.text.clone(),
                reason: format!(
                    "the headline states as fact what the body attributes{who} or reports as hearsay"
                ),
            });
        }
    }
    out
}
