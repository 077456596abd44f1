//! What an element's class and id say about it: boilerplate ("related", "share", "ads"),
//! article content ("article-body", "post"), a caption, a byline, a date line, breadcrumbs.
//!
//! Every step that reads class names asks about most elements of the page, so the words are
//! read once per distinct class and id, when the DOM is built, into a few bits on the node.
//! Two kinds of test, both on the lower-cased text: a word anywhere ("related" in
//! "relatedposts"), found for all words at once by one Aho-Corasick automaton, and a whole
//! class word between `-`, `_` or spaces ("ads" in "top-ads" but not in "loads").

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

/// The verdicts on one element's class and id, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ClassWords(u8);

impl ClassWords {
    /// Names a block that is not the article: share bar, related list, menu, ad slot.
    const NEGATIVE: u8 = 1;
    /// Names a block that is never the article, even inside a content class
    /// ("article-related").
    const STRONGLY_NEGATIVE: u8 = 1 << 1;
    /// Names the article's own container ("article-body", "entry-content").
    const POSITIVE: u8 = 1 << 2;
    const CAPTION: u8 = 1 << 3;
    /// A byline element ("author", "byline", "penulis").
    const AUTHOR: u8 = 1 << 4;
    /// An element holding a date line ("date", "published", "tanggal").
    const DATE: u8 = 1 << 5;
    const BREADCRUMB: u8 = 1 << 6;

    pub fn negative(self) -> bool {
        self.0 & Self::NEGATIVE != 0
    }
    pub fn strongly_negative(self) -> bool {
        self.0 & Self::STRONGLY_NEGATIVE != 0
    }
    pub fn positive(self) -> bool {
        self.0 & Self::POSITIVE != 0
    }
    pub fn caption(self) -> bool {
        self.0 & Self::CAPTION != 0
    }
    pub fn author(self) -> bool {
        self.0 & Self::AUTHOR != 0
    }
    pub fn date(self) -> bool {
        self.0 & Self::DATE != 0
    }
    pub fn breadcrumb(self) -> bool {
        self.0 & Self::BREADCRUMB != 0
    }

    /// Reads the words of a lower-cased class and id.
    fn of_lowered(lower: &str) -> ClassWords {
        let mut bits = 0;
        for m in ANYWHERE.find_overlapping_iter(lower) {
            bits |= ANYWHERE_WORDS[m.pattern().as_usize()].1;
        }
        let mut previous = "";
        for word in lower.split(is_word_gap).filter(|w| !w.is_empty()) {
            bits |= whole_word_bits(previous, word);
            previous = word;
        }
        ClassWords(bits)
    }
}

/// Reads the class words of a page's elements. A page repeats a few class names on many
/// elements: each distinct class and id is read once.
#[derive(Default)]
pub(crate) struct ClassReader {
    lower: String,
    read: FxHashMap<String, ClassWords>,
}

impl ClassReader {
    pub fn read(&mut self, class: &str, id: &str) -> ClassWords {
        if class.is_empty() && id.is_empty() {
            return ClassWords::default();
        }
        self.lower.clear();
        self.lower.push_str(class);
        self.lower.push(' ');
        self.lower.push_str(id);
        self.lower.make_ascii_lowercase();
        if let Some(&words) = self.read.get(self.lower.as_str()) {
            return words;
        }
        let words = ClassWords::of_lowered(&self.lower);
        self.read.insert(self.lower.clone(), words);
        words
    }
}

/// What separates the words of a class name.
fn is_word_gap(c: char) -> bool {
    matches!(c, '-' | '_') || c.is_ascii_whitespace()
}

const NEG: u8 = ClassWords::NEGATIVE;
const STRONG: u8 = ClassWords::NEGATIVE | ClassWords::STRONGLY_NEGATIVE;
const POS: u8 = ClassWords::POSITIVE;

/// Words that say what a block is wherever they stand in a class name, with their verdict.
/// Optional hyphens are spelled out both ways ("read-more", "readmore").
const ANYWHERE_WORDS: &[(&str, u8)] = &[
    ("share", STRONG),
    ("sharing", NEG),
    ("social", STRONG),
    ("sosmed", NEG),
    ("comment", STRONG),
    ("komentar", STRONG),
    ("disqus", NEG),
    ("related", STRONG),
    ("terkait", STRONG),
    ("recommend", STRONG),
    ("rekomendasi", STRONG),
    ("baca-juga", STRONG),
    ("bacajuga", STRONG),
    ("read-also", STRONG),
    ("readalso", STRONG),
    ("read-more", NEG),
    ("readmore", NEG),
    ("more-stories", NEG),
    ("morestories", NEG),
    ("newsletter", STRONG),
    ("subscribe", STRONG),
    ("langganan", NEG),
    ("promo", NEG),
    ("adsense", NEG),
    ("advert", STRONG),
    ("iklan", STRONG),
    ("banner", NEG),
    ("cookie", STRONG),
    ("consent", NEG),
    ("gdpr", NEG),
    ("breadcrumb", STRONG | ClassWords::BREADCRUMB),
    ("tag-list", NEG),
    ("taglist", NEG),
    ("author-box", STRONG),
    ("authorbox", STRONG),
    ("author-bio", NEG),
    ("authorbio", NEG),
    ("sidebar", STRONG),
    ("side-bar", NEG),
    ("widget", NEG),
    ("footer", NEG),
    ("menu", NEG),
    ("navbar", NEG),
    ("navigation", NEG),
    ("popular", STRONG),
    ("populer", STRONG),
    ("trending", NEG),
    ("terkini", NEG),
    ("masthead", NEG),
    ("site-header", NEG),
    ("siteheader", NEG),
    ("topbar", NEG),
    ("top-bar", NEG),
    ("pagination", NEG),
    ("paging", NEG),
    ("pager", NEG),
    ("sponsor", STRONG),
    ("outbrain", STRONG),
    ("taboola", STRONG),
    ("mgid", NEG),
    ("dfp", NEG),
    ("gpt-", NEG),
    ("modal", NEG),
    ("popup", NEG),
    ("overlay", NEG),
    ("signup", NEG),
    ("sign-up", NEG),
    ("login", NEG),
    ("register", NEG),
    ("print", NEG),
    ("toolbar", NEG),
    ("rating", NEG),
    ("emoji", NEG),
    ("reaction", NEG),
    ("jumbotron", NEG),
    ("hidden", NEG),
    ("sr-only", NEG),
    ("screen-reader", NEG),
    ("skip-link", NEG),
    ("tooltip", NEG),
    ("dropdown", NEG),
    ("also-read", STRONG),
    ("alsoread", STRONG),
    ("more-news", STRONG),
    ("morenews", STRONG),
    ("other-news", NEG),
    ("othernews", NEG),
    ("berita-lain", STRONG),
    ("beritalain", STRONG),
    ("lainnya", NEG),
    ("box-news", NEG),
    ("boxnews", NEG),
    ("most-read", STRONG),
    ("mostread", STRONG),
    ("headline-list", NEG),
    ("headlinelist", NEG),
    ("list-news", NEG),
    ("listnews", NEG),
    ("latest", NEG),
    ("video-list", NEG),
    ("videolist", NEG),
    ("gallery-list", NEG),
    ("gallerylist", NEG),
    ("follow", NEG),
    ("copyright", NEG),
    ("disclaimer", NEG),
    ("inline-link", NEG),
    ("inlinelink", NEG),
    ("paywall", STRONG),
    ("inread", NEG),
    ("article", POS),
    ("artikel", POS),
    ("content", POS),
    ("konten", POS),
    ("entry", POS),
    ("story", POS),
    ("detail", POS),
    ("read__", POS),
    ("news-text", POS),
    ("newstext", POS),
    ("blog", POS),
    ("txt", POS),
];

static ANYWHERE: Lazy<AhoCorasick> = Lazy::new(|| {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        // (class names are short: a prefilter costs more to start than it saves)
        .prefilter(false)
        .build(ANYWHERE_WORDS.iter().map(|(w, _)| w))
        .expect("class words build an automaton")
});

/// The verdict of one whole class word (`previous` is the word before it, or empty).
fn whole_word_bits(previous: &str, word: &str) -> u8 {
    const AUTHOR: u8 = ClassWords::AUTHOR;
    const DATE: u8 = ClassWords::DATE;
    const CAPTION: u8 = ClassWords::CAPTION;
    // One `match`: Rust compares by length first, so most words cost a jump or two.
    let bits = match word {
        "ad" | "ads" | "tag" | "tags" => STRONG,
        "nav" | "header" | "rec" => NEG,
        "caption" | "captions" | "imagecaption" | "photocaption" | "fotocaption" | "keterangan"
        | "credit" | "imagecredit" | "photocredit" | "imgdesc" | "picdesc" => CAPTION,
        "desc" if matches!(previous, "img" | "pic") => CAPTION,
        // bylines; a plural "s" counts too
        "author" | "authors" | "byline" | "bylines" | "penulis" | "reporter" | "reporters" | "writer"
        | "writers" | "contributor" | "contributors" | "editor" | "editors" => AUTHOR,
        // date lines
        "date" | "time" | "datetime" | "timestamp" | "tanggal" | "tgl" | "waktu" | "publish"
        | "published" | "pubdate" | "posted" | "jam" | "dateline" | "meta" => DATE,
        _ => 0,
    };
    // "body", "post-content", "isi-berita", "text-block", "main-col"
    let content_start = ["body", "post", "isi", "text", "main"].iter().any(|p| word.starts_with(p));
    bits | if content_start { POS } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(class: &str, id: &str) -> ClassWords {
        ClassReader::default().read(class, id)
    }

    #[test]
    fn words_anywhere_and_whole() {
        let related = of("article-Related", "");
        assert!(related.negative() && related.strongly_negative() && related.positive());
        assert!(of("top-ads", "").strongly_negative());
        assert!(!of("loads", "").negative(), "\"ads\" counts only as a whole word");
        assert!(of("", "main-nav").negative());
        assert!(!of("canvas", "").negative());
        assert!(of("post-body", "").positive() && !of("post-body", "").negative());
        assert!(of("wp-caption-text", "").caption() && of("img-desc", "").caption());
        assert!(!of("description", "").caption());
        assert!(of("Authors", "").author() && of("meta", "").date() && !of("metadata", "").date());
        assert!(of("nav", "breadcrumbs").breadcrumb());
        assert_eq!(of("", ""), ClassWords::default());
    }
}
