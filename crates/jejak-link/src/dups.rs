//! Near-duplicates: syndicated copies and edited rewrites of one text.
//!
//! MinHash estimates the Jaccard similarity of two texts' word sets and of their word-pair
//! (bigram) sets; locality-sensitive hashing on bands of the word signature finds candidate
//! pairs without comparing every pair. A copy shares most word pairs; an edited copy (a
//! fifth of its words changed) still shares most words and a good part of its word pairs,
//! while two different reports of one event share many words but few word pairs — so a
//! candidate needs both.

use std::collections::{HashMap, HashSet};

use jejak_text::tokens;
use serde::Serialize;

use crate::LinkArticle;

const HASHES: usize = 64;
const BANDS: usize = 16;
const ROWS: usize = HASHES / BANDS;

/// Two articles whose texts are near-copies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicatePair {
    /// The earlier article (by the order given), taken as the original.
    pub original: String,
    pub copy: String,
    /// Estimated Jaccard similarity of the two texts' word pairs (bigrams).
    pub similarity: f32,
}

/// Word-pair similarity an edited copy keeps, as a share of the threshold: with a fifth of
/// the words replaced about half the pairs survive.
const EDITED_PAIRS: f32 = 0.4;

/// Pairs of articles that are copies: word-pair similarity at least `threshold`, or word
/// similarity at least `threshold` with word-pair similarity at least `EDITED_PAIRS` ×
/// `threshold` (0.5 catches edited copies; 0.8 only copies), in the order of their copies.
pub fn near_duplicates(articles: &[LinkArticle], threshold: f32) -> Vec<DuplicatePair> {
    let signatures: Vec<Option<Signatures>> =
        articles.iter().map(|a| signatures(&format!("{}\n{}", a.title, a.body))).collect();
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    let mut candidates: HashSet<(usize, usize)> = HashSet::new();
    for (i, sig) in signatures.iter().enumerate() {
        let Some(Signatures { words: sig, .. }) = sig else { continue };
        for band in 0..BANDS {
            let key = band_key(&sig[band * ROWS..(band + 1) * ROWS]);
            let bucket = buckets.entry((band, key)).or_default();
            candidates.extend(bucket.iter().map(|&j| (j, i)));
            bucket.push(i);
        }
    }
    let mut pairs: Vec<DuplicatePair> = candidates
        .into_iter()
        .filter_map(|(a, b)| {
            let (sa, sb) = (signatures[a].as_ref()?, signatures[b].as_ref()?);
            let words = estimate(&sa.words, &sb.words);
            let similarity = estimate(&sa.pairs, &sb.pairs);
            let copy =
                similarity >= threshold || words >= threshold && similarity >= EDITED_PAIRS * threshold;
            copy.then(|| DuplicatePair {
                original: articles[a].id.clone(),
                copy: articles[b].id.clone(),
                similarity,
            })
        })
        .collect();
    let position: HashMap<&str, usize> =
        articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    pairs.sort_by_key(|p| (position[p.copy.as_str()], position[p.original.as_str()]));
    pairs
}

/// MinHash signatures of a text's distinct words and of its word pairs.
struct Signatures {
    words: [u64; HASHES],
    pairs: [u64; HASHES],
}

/// Texts shorter than this many words are too short to judge.
const MIN_WORDS: usize = 8;

fn signatures(text: &str) -> Option<Signatures> {
    let words = tokens(text);
    if words.len() < MIN_WORDS {
        return None;
    }
    let (mut w, mut p) = ([u64::MAX; HASHES], [u64::MAX; HASHES]);
    for word in &words {
        add(&mut w, fnv(std::slice::from_ref(word)));
    }
    for pair in words.windows(2) {
        add(&mut p, fnv(pair));
    }
    Some(Signatures { words: w, pairs: p })
}

fn add(sig: &mut [u64; HASHES], base: u64) {
    for (k, slot) in sig.iter_mut().enumerate() {
        let h = mix(base ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        *slot = (*slot).min(h);
    }
}

/// Estimated Jaccard similarity: the share of equal minimum hashes.
fn estimate(a: &[u64; HASHES], b: &[u64; HASHES]) -> f32 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f32 / HASHES as f32
}

fn fnv(words: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for word in words {
        for b in word.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// SplitMix64 finalizer: turns one hash into independent-looking hash functions.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn band_key(rows: &[u64]) -> u64 {
    rows.iter().fold(0xcbf2_9ce4_8422_2325, |h, r| mix(h ^ r))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, body: &str) -> LinkArticle {
        LinkArticle {
            id: id.into(),
            outlet: None,
            published: None,
            lang: Some("id".into()),
            title: String::new(),
            body: body.into(),
        }
    }

    const REPORT: &str = "Harga beras medium di Pasar Induk Beras Cipinang naik menjadi Rp 13.000 per \
        kilogram pada Senin pagi. Para pedagang menyebut pasokan dari sentra produksi di Jawa Barat \
        dan Jawa Tengah berkurang sejak awal bulan karena panen mundur akibat hujan. Kementerian \
        Perdagangan berjanji menggelar operasi pasar di sejumlah wilayah Jakarta mulai pekan depan.";

    #[test]
    fn an_edited_copy_is_found_but_another_report_of_the_event_is_not() {
        // Every fifth word changed, as a rewriting desk would.
        let edited: String = REPORT
            .split_whitespace()
            .enumerate()
            .map(|(i, w)| if i % 5 == 2 { "diubah" } else { w })
            .collect::<Vec<_>>()
            .join(" ");
        // Same event, same names and numbers, written independently.
        let other = "Pedagang di Pasar Induk Beras Cipinang mengeluhkan kenaikan harga beras medium \
            yang kini Rp 13.000 per kilogram. Menurut mereka, panen di Jawa Barat terlambat karena \
            hujan sehingga pasokan berkurang. Kementerian Perdagangan akan mengadakan operasi pasar.";
        let articles = [article("a", REPORT), article("b", &edited), article("c", other)];
        let pairs = near_duplicates(&articles, 0.5);
        let found: Vec<(&str, &str)> = pairs.iter().map(|p| (p.original.as_str(), p.copy.as_str())).collect();
        assert_eq!(found, [("a", "b")], "{pairs:?}");
    }

    #[test]
    fn short_texts_are_not_judged() {
        let articles = [article("a", "Gempa di Cianjur."), article("b", "Gempa di Cianjur.")];
        assert!(near_duplicates(&articles, 0.5).is_empty());
    }
}
