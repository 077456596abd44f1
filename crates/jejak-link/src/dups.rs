//! Near-duplicates: syndicated copies and light rewrites of one text.
//!
//! MinHash over word shingles estimates the Jaccard similarity of two texts' shingle sets;
//! locality-sensitive hashing on bands of the signature finds candidate pairs without
//! comparing every pair, and each candidate's estimate decides.

use std::collections::{HashMap, HashSet};

use jejak_text::tokens;
use serde::Serialize;

use crate::LinkArticle;

const SHINGLE: usize = 4;
const HASHES: usize = 64;
const BANDS: usize = 16;
const ROWS: usize = HASHES / BANDS;

/// Two articles whose texts are near-copies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DuplicatePair {
    /// The earlier article (by the order given), taken as the original.
    pub original: String,
    pub copy: String,
    /// Estimated Jaccard similarity of the two texts' word 4-grams.
    pub similarity: f32,
}

/// Pairs of articles whose estimated similarity is at least `threshold` (0.5 catches light
/// rewrites; 0.8 only copies), in the order of their copies.
pub fn near_duplicates(articles: &[LinkArticle], threshold: f32) -> Vec<DuplicatePair> {
    let signatures: Vec<Option<[u64; HASHES]>> =
        articles.iter().map(|a| signature(&format!("{}\n{}", a.title, a.body))).collect();
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    let mut candidates: HashSet<(usize, usize)> = HashSet::new();
    for (i, sig) in signatures.iter().enumerate() {
        let Some(sig) = sig else { continue };
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
            let same = sa.iter().zip(sb).filter(|(x, y)| x == y).count();
            let similarity = same as f32 / HASHES as f32;
            (similarity >= threshold).then(|| DuplicatePair {
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

/// The MinHash signature of a text's word shingles; `None` for texts too short to judge.
fn signature(text: &str) -> Option<[u64; HASHES]> {
    let words = tokens(text);
    if words.len() < SHINGLE * 2 {
        return None;
    }
    let mut sig = [u64::MAX; HASHES];
    for shingle in words.windows(SHINGLE) {
        let base = fnv(shingle);
        for (k, slot) in sig.iter_mut().enumerate() {
            let h = mix(base ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            *slot = (*slot).min(h);
        }
    }
    Some(sig)
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
