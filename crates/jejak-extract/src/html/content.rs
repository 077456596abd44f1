//! Main-content detection: prune boilerplate elements, score containers by the text they
//! hold, pick the best one (plus sibling blocks an ad slot split off), and read its blocks
//! as paragraphs.

use super::dom::{collapse_ws, is_space, Dom, TagSet};
use rustc_hash::FxHashMap as HashMap;

/// Tags whose content is never article text.
static DROP_TAGS: TagSet = TagSet::new(&[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
    "select", "input", "textarea", "template", "object", "embed", "canvas", "video", "audio", "link", "meta",
    "title", "head", "label", "dialog", "menu", "map", "math", "frameset", "frame", "source", "picture",
]);

/// Tags that start a new paragraph.
static BLOCK_TAGS: TagSet = TagSet::new(&[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "body",
    "html",
    "header",
    "footer",
    "caption",
    "br",
    "fieldset",
]);

/// One paragraph read from the content, with what the line filters need.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub text: String,
    /// The block tag it came from ("p", "h2", "li", "div"...).
    pub tag: String,
    pub link_chars: usize,
}

impl Block {
    pub fn link_density(&self) -> f64 {
        let n = self.text.chars().count().max(1);
        self.link_chars as f64 / n as f64
    }
}

/// What the content pass found.
#[derive(Debug, Default)]
pub(crate) struct Content {
    pub blocks: Vec<Block>,
    pub captions: Vec<String>,
    /// Every caption of the page outside removed boilerplate (for photo galleries).
    pub page_captions: Vec<String>,
    /// Number of links on the pruned page that look like headlines (4+ words).
    pub headline_links: usize,
    /// Headline-like links inside the chosen content.
    pub content_headline_links: usize,
    /// Text before the content root (for visible dates and bylines).
    pub text_before: String,
}

#[derive(Default, Clone, Copy)]
struct Stats {
    chars: usize,
    link_chars: usize,
}

/// Runs the whole content pass over the arena.
pub(crate) fn extract(dom: &mut Dom) -> Content {
    let caption_nodes = prune(dom);
    let stats = text_stats(dom);
    let headline_links = count_headline_links(dom, 0);

    let scores = score(dom, &stats);
    let Some(top) = pick_top(dom, &scores) else {
        let page_captions = caption_nodes
            .iter()
            .filter(|&&c| caption_live(dom, c))
            .map(|&c| caption_text(dom, c))
            .filter(|t| !t.is_empty())
            .collect();
        return Content { headline_links, page_captions, ..Content::default() };
    };
    let top_score = scores.get(&top).copied().unwrap_or(0.0);

    // The chosen nodes: the top container plus siblings that look like more of the article.
    let mut chosen = vec![top];
    if let Some(parent) = dom.nodes[top].parent {
        let threshold = (top_score * 0.2).max(10.0);
        chosen.clear();
        for &sib in &dom.nodes[parent].children {
            if sib == top {
                chosen.push(sib);
                continue;
            }
            let n = &dom.nodes[sib];
            if n.removed || n.is_text() {
                continue;
            }
            let st = stats[sib];
            let ld = st.link_chars as f64 / st.chars.max(1) as f64;
            let s = scores.get(&sib).copied().unwrap_or(0.0);
            let same_class = !n.class.is_empty() && n.class == dom.nodes[top].class;
            let keep = s >= threshold
                || (same_class && s > 0.0)
                || (n.tag == "p" && st.chars > 80 && ld < 0.25)
                || (n.tag == "p" && st.chars > 0 && st.link_chars == 0 && {
                    let t = dom.text_of(sib);
                    t.ends_with(['.', '"', '”', '?', '!']) && t.chars().count() > 30
                });
            if keep {
                chosen.push(sib);
            }
        }
    }

    // Articles cut into chunks by ad slots: other containers of the same kind as the top one
    // (same tag and class) that hold paragraphs.
    fn first_class(c: &str) -> &str {
        c.split_whitespace().next().unwrap_or("")
    }
    let top_class = first_class(&dom.nodes[top].class).to_string();
    if !top_class.is_empty() {
        let tag = dom.nodes[top].tag.clone();
        for (i, n) in dom.nodes.iter().enumerate() {
            if i == top || n.tag != tag || first_class(&n.class) != top_class || n.removed {
                continue;
            }
            if chosen.iter().any(|&c| is_under(dom, i, c) || is_under(dom, c, i)) || dom.is_removed(i) {
                continue;
            }
            let st = stats[i];
            let ld = st.link_chars as f64 / st.chars.max(1) as f64;
            if scores.get(&i).copied().unwrap_or(0.0) > (top_score * 0.1).max(1.0) && ld < 0.5 {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
    }

    let mut blocks = Vec::new();
    for &c in &chosen {
        let mut r =
            Reader { dom, blocks: &mut blocks, cur: String::new(), cur_links: 0, cur_tag: String::new() };
        r.read(c, 0, false);
        r.flush();
    }
    let content_headline_links = chosen.iter().map(|&c| count_headline_links(dom, c)).sum();

    // Captions inside the article: under the nearest <article> ancestor of the root, or under
    // the root's parent.
    let scope = {
        let mut a = Some(top);
        let mut found = None;
        while let Some(i) = a {
            if dom.nodes[i].tag == "article" {
                found = Some(i);
                break;
            }
            a = dom.nodes[i].parent;
        }
        found.or(dom.nodes[top].parent).unwrap_or(top)
    };
    let mut captions = Vec::new();
    let mut page_captions = Vec::new();
    for cap in caption_nodes {
        let t = caption_text(dom, cap);
        if t.is_empty() || t.chars().count() > 1000 {
            continue;
        }
        if is_under(dom, cap, scope) && !captions.contains(&t) {
            captions.push(t.clone());
        }
        let live = caption_live(dom, cap);
        if live && !page_captions.contains(&t) {
            page_captions.push(t);
        }
    }

    let text_before = text_before(dom, top, 4000);
    Content { blocks, captions, page_captions, headline_links, content_headline_links, text_before }
}

fn is_under(dom: &Dom, mut i: usize, anc: usize) -> bool {
    loop {
        if i == anc {
            return true;
        }
        match dom.nodes[i].parent {
            Some(p) => i = p,
            None => return false,
        }
    }
}

/// A caption outside removed boilerplate (the figure around it does not count).
fn caption_live(dom: &Dom, cap: usize) -> bool {
    let mut a = dom.nodes[cap].parent;
    while let Some(i) = a {
        if dom.nodes[i].removed && dom.nodes[i].tag != "figure" {
            return false;
        }
        a = dom.nodes[i].parent;
    }
    true
}

fn caption_text(dom: &Dom, i: usize) -> String {
    // Text of the caption node including removed-for-body children is not wanted; read raw.
    let mut s = String::new();
    let mut stack = vec![i];
    while let Some(n) = stack.pop() {
        let node = &dom.nodes[n];
        if matches!(node.tag.as_str(), "script" | "style" | "noscript" | "button") {
            continue;
        }
        if let Some(t) = &node.text {
            s.push_str(t);
            s.push(' ');
        }
        for &c in node.children.iter().rev() {
            stack.push(c);
        }
    }
    collapse_ws(&s)
}

/// Marks boilerplate subtrees removed; returns caption nodes (also removed from the body).
fn prune(dom: &mut Dom) -> Vec<usize> {
    // Paragraph text per subtree, to protect a container that holds most of the page's text
    // from a class rule that matched by accident ("post-with-sidebar").
    let mut p_chars = vec![0usize; dom.nodes.len()];
    for i in (0..dom.nodes.len()).rev() {
        if dom.nodes[i].tag == "p" {
            p_chars[i] += Measure::of(dom, i).chars;
        }
        if let Some(p) = dom.nodes[i].parent {
            let v = p_chars[i];
            if dom.nodes[i].tag != "p" || v > 0 {
                p_chars[p] += v;
            }
        }
    }
    let total_p = p_chars[0].max(1);

    let mut captions = Vec::new();
    let mut removed = Vec::new();
    for (i, n) in dom.nodes.iter().enumerate() {
        if n.is_text() || n.tag.is_empty() {
            continue;
        }
        let tag = n.tag.as_str();
        if matches!(tag, "html" | "body") {
            continue;
        }
        let holds_article = p_chars[i] * 10 > total_p * 6 && p_chars[i] > 400;
        if matches!(
            tag,
            "script" | "style" | "noscript" | "template" | "svg" | "head" | "title" | "meta" | "link"
        ) {
            removed.push(i);
            continue;
        }
        let words = n.words;
        if tag == "figcaption" || words.caption() && !holds_article {
            captions.push(i);
            removed.push(i);
            continue;
        }
        if DROP_TAGS.contains(&n.tag) && !holds_article || is_hidden(n) {
            removed.push(i);
            continue;
        }
        if matches!(tag, "article" | "main") || holds_article {
            continue;
        }
        // "article-related", "content-share": the negative word names what the block is.
        if words.negative() && (!words.positive() || words.strongly_negative()) {
            removed.push(i);
        }
    }
    for i in removed {
        dom.nodes[i].removed = true;
    }
    // figure: the caption was taken; the image itself has no text.
    for (node, &chars) in dom.nodes.iter_mut().zip(&p_chars) {
        if node.tag == "figure" && chars < 200 {
            node.removed = true;
        }
    }
    captions
}

fn is_hidden(n: &super::dom::DomNode) -> bool {
    n.attrs.iter().any(|a| match &*a.name.local {
        "hidden" => true,
        "aria-hidden" => a.value.eq_ignore_ascii_case("true") && n.tag != "span" && n.tag != "i",
        "style" => {
            let s: String =
                a.value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        }
        _ => false,
    })
}

/// Text and link-text characters of every live subtree.
fn text_stats(dom: &Dom) -> Vec<Stats> {
    let mut st = vec![Stats::default(); dom.nodes.len()];
    // Children have larger indexes than parents (document order), so a reverse sweep sums up.
    for i in (0..dom.nodes.len()).rev() {
        let n = &dom.nodes[i];
        if n.removed {
            st[i] = Stats::default();
            continue;
        }
        if let Some(t) = &n.text {
            st[i].chars += spaced_chars(t);
        }
        if n.tag == "a" {
            st[i].link_chars = st[i].chars;
        }
        if let Some(p) = n.parent {
            let s = st[i];
            st[p].chars += s.chars;
            st[p].link_chars += s.link_chars;
        }
    }
    st
}

/// Characters of `t`'s words, each counted with one space after it (how text is measured
/// for link density). Runs a byte at a time on ASCII text, the common case.
fn spaced_chars(t: &str) -> usize {
    let (mut chars, mut words, mut in_word) = (0usize, 0usize, false);
    let mut step = |space: bool| {
        if space {
            in_word = false;
        } else {
            chars += 1;
            words += usize::from(!in_word);
            in_word = true;
        }
    };
    if t.is_ascii() {
        // `char::is_whitespace` on ASCII: space and \t \n \x0b \x0c \r.
        t.bytes().for_each(|b| step(matches!(b, b' ' | b'\t'..=b'\r')));
    } else {
        t.chars().for_each(|c| step(c.is_whitespace()));
    }
    chars + words
}

fn count_headline_links(dom: &Dom, root: usize) -> usize {
    dom.live_subtree(root)
        .into_iter()
        .filter(|&i| dom.nodes[i].tag == "a")
        .filter(|&i| {
            let text = Measure::of(dom, i);
            text.words >= 4 && text.chars >= 20
        })
        .count()
}

/// Characters, words and commas of text as [`collapse_ws`] would leave it, measured a
/// character at a time (pruning and scoring read every paragraph and link of the page;
/// building each text cost more).
#[derive(Default)]
struct Measure {
    chars: usize,
    words: usize,
    commas: usize,
    started: bool,
    space: bool,
}

impl Measure {
    /// The measure of [`Dom::text_of`]`(i)`.
    fn of(dom: &Dom, i: usize) -> Measure {
        let mut m = Measure::default();
        // (each text node ends in a gap, as in `Dom::visit_text`)
        for t in dom.live_texts(i) {
            m.push_str(t);
            m.push(' ');
        }
        m
    }

    /// Takes a run of characters: what [`Measure::push`] makes of each, a byte at a time
    /// when the run is ASCII (this counts every paragraph of the page, some more than once).
    fn push_str(&mut self, t: &str) {
        if !t.is_ascii() {
            t.chars().for_each(|c| {
                self.push(c);
            });
            return;
        }
        for &b in t.as_bytes() {
            // ASCII whitespace as `char::is_whitespace` has it (vertical tab included)
            if matches!(b, b' ' | b'\t'..=b'\r') {
                self.space = self.started;
            } else {
                self.words += usize::from(self.space || !self.started);
                self.chars += 1 + usize::from(self.space);
                self.commas += usize::from(b == b',');
                self.started = true;
                self.space = false;
            }
        }
    }

    /// Takes one more character; always true (read on), to serve as a [`Dom::visit_text`]
    /// sink.
    fn push(&mut self, c: char) -> bool {
        if is_space(c) {
            self.space = self.started;
        } else {
            self.words += usize::from(self.space || !self.started);
            self.chars += 1 + usize::from(self.space);
            self.commas += usize::from(matches!(c, ',' | '،' | '、' | '，'));
            self.started = true;
            self.space = false;
        }
        true
    }
}

/// Content scores of containers, from the paragraphs (or bare text runs) they hold.
fn score(dom: &Dom, stats: &[Stats]) -> HashMap<usize, f64> {
    let mut scores: HashMap<usize, f64> = HashMap::default();
    let dead = dom.removed_flags();
    for (i, n) in dom.nodes.iter().enumerate() {
        if n.removed || n.is_text() {
            continue;
        }
        let mut text = Measure::default();
        let owner = match n.tag.as_str() {
            "p" | "pre" | "blockquote" | "td" => {
                if dead[i] {
                    continue;
                }
                text = Measure::of(dom, i);
                n.parent
            }
            "div" | "section" | "article" | "main" | "center" | "li" | "dd" | "font" => {
                // Text directly inside a container ("text<br><br>text", "<div><span>text"):
                // a container with only inline content is a paragraph of its parent; one that
                // mixes text with blocks owns its text itself.
                if dead[i] {
                    continue;
                }
                let is_block = |c: usize| {
                    let cn = &dom.nodes[c];
                    !cn.removed && !cn.is_text() && BLOCK_TAGS.contains(&cn.tag) && cn.tag != "br"
                };
                let has_block = n.children.iter().any(|&c| is_block(c));
                if n.tag == "li" && !has_block {
                    continue;
                }
                for &c in &n.children {
                    let cn = &dom.nodes[c];
                    if cn.removed || is_block(c) {
                        continue;
                    }
                    match &cn.text {
                        Some(t) => text.push_str(t),
                        None => {
                            dom.visit_text(c, |ch| text.push(ch));
                        }
                    }
                    text.push(' ');
                }
                if has_block {
                    Some(i)
                } else {
                    n.parent
                }
            }
            _ => continue,
        };
        let (len, commas) = (text.chars, text.commas);
        if len < 25 {
            continue;
        }
        let base = 1.0 + commas as f64 + (len as f64 / 100.0).min(3.0);
        let mut anc = owner;
        for div in [1.0, 2.0, 3.0] {
            let Some(a) = anc else { break };
            if dom.nodes[a].tag.is_empty() {
                break;
            }
            *scores.entry(a).or_default() += base / div;
            anc = dom.nodes[a].parent;
        }
    }
    for (&i, s) in scores.iter_mut() {
        let n = &dom.nodes[i];
        let st = stats[i];
        let ld = st.link_chars as f64 / st.chars.max(1) as f64;
        let mut w = 0.0;
        if n.words.positive() {
            w += 15.0;
        }
        if n.words.negative() {
            w -= 15.0;
        }
        if n.tag == "article" {
            w += 10.0;
        }
        if matches!(n.tag.as_str(), "body" | "html") {
            w -= 10.0;
        }
        *s = (*s + w) * (1.0 - ld);
    }
    scores
}

fn pick_top(dom: &Dom, scores: &HashMap<usize, f64>) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (&i, &s) in scores {
        if best.is_none_or(|(bi, bs)| s > bs || (s == bs && i < bi)) {
            best = Some((i, s));
        }
    }
    let (mut top, top_score) = best?;
    // A container whose only scored content is one child: climb while the parent scores about
    // as high (the article is split across sibling wrappers).
    for _ in 0..3 {
        let Some(p) = dom.nodes[top].parent else { break };
        if dom.nodes[p].tag.is_empty() || matches!(dom.nodes[p].tag.as_str(), "body" | "html") {
            break;
        }
        let ps = scores.get(&p).copied().unwrap_or(0.0);
        if ps >= top_score * 0.9 {
            top = p;
        } else {
            break;
        }
    }
    Some(top)
}

/// Concatenated text of the live document before node `root`, at most `max` characters
/// (its tail is kept, nearest the content).
fn text_before(dom: &Dom, root: usize, max: usize) -> String {
    let mut out = String::new();
    for i in dom.live_subtree(0) {
        if i == root {
            break;
        }
        if let Some(t) = &dom.nodes[i].text {
            out.push_str(t);
            out.push('\n');
        }
    }
    match out.char_indices().rev().nth(max.saturating_sub(1)) {
        Some((start, _)) if max > 0 => out.split_off(start),
        _ if max == 0 => String::new(),
        _ => out,
    }
}

/// Reads blocks of a subtree as paragraphs.
struct Reader<'a> {
    dom: &'a Dom,
    blocks: &'a mut Vec<Block>,
    cur: String,
    cur_links: usize,
    cur_tag: String,
}

impl Reader<'_> {
    fn flush(&mut self) {
        let text = collapse_ws(&self.cur);
        if !text.is_empty() {
            let tag = if self.cur_tag.is_empty() { "div".to_string() } else { self.cur_tag.clone() };
            self.blocks.push(Block { text, tag, link_chars: self.cur_links.min(self.cur.chars().count()) });
        }
        self.cur.clear();
        self.cur_links = 0;
        self.cur_tag.clear();
    }

    fn read(&mut self, i: usize, depth: usize, in_link: bool) {
        let n = &self.dom.nodes[i];
        if n.removed {
            return;
        }
        if let Some(t) = &n.text {
            self.cur.push_str(t);
            if in_link {
                self.cur_links += collapse_ws(t).chars().count();
            }
            return;
        }
        let tag = n.tag.as_str();
        if depth > 200 {
            let t = self.dom.text_of(i);
            self.cur.push(' ');
            self.cur.push_str(&t);
            return;
        }
        let block = BLOCK_TAGS.contains(&n.tag);
        if block {
            self.flush();
            if tag == "br" || tag == "hr" {
                return;
            }
        } else if tag == "img" {
            return;
        }
        let link = in_link || tag == "a";
        if block && self.cur_tag.is_empty() {
            self.cur_tag = tag.to_string();
        }
        for &c in &n.children {
            if block && self.cur_tag.is_empty() {
                self.cur_tag = tag.to_string();
            }
            self.read(c, depth + 1, link);
        }
        if block {
            self.flush();
        } else if matches!(tag, "td" | "th") {
            self.cur.push(' ');
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn measure_of_a_node_reads_its_collapsed_text() {
        let dom = super::Dom::parse("<p class='a b' id=x>Satu <b>dua</b> tiga<!-- c --> empat</p>");
        let (p, _) = dom.elements().find(|(_, n)| n.tag == "p").expect("p");
        let m = super::Measure::of(&dom, p);
        assert_eq!((m.chars, m.words, m.commas), (19, 4, 0));
    }

    proptest::proptest! {
        /// Measuring text a character at a time agrees with collapsing it first.
        #[test]
        fn measure_counts_like_collapsed_text(t in "[ a-z\t\n\u{a0}\u{200b},،、，]{0,40}") {
            let mut m = super::Measure::default();
            t.chars().for_each(|c| { m.push(c); });
            let collapsed = super::collapse_ws(&t);
            proptest::prop_assert_eq!(m.chars, collapsed.chars().count());
            proptest::prop_assert_eq!(m.commas, collapsed.matches([',', '،', '、', '，']).count());
            proptest::prop_assert_eq!(m.words, collapsed.split(' ').filter(|w| !w.is_empty()).count());
        }

        /// A run measured at once counts as the same run a character at a time.
        #[test]
        fn push_str_counts_like_push(t in "[ a-z\t\n\u{b}\u{c}\r\u{a0}\u{200b},،]{0,40}", ascii in "[ a-z\t\n\u{b}\u{c}\r,.]{0,40}") {
            for run in [&t, &ascii] {
                let (mut by_run, mut by_char) = (super::Measure::default(), super::Measure::default());
                by_run.push_str(run);
                run.chars().for_each(|c| { by_char.push(c); });
                proptest::prop_assert_eq!((by_run.chars, by_run.words, by_run.commas), (by_char.chars, by_char.words, by_char.commas));
            }
        }

        /// The byte loop measures text exactly as counting the characters of each word does.
        #[test]
        fn spaced_chars_counts_like_words_and_chars(t in "[ a-z\t\n\u{b}\u{c}\r\u{a0}\u{3000}éç,.]{0,40}") {
            let by_words: usize = t.split_whitespace().map(|w| w.chars().count() + 1).sum();
            proptest::prop_assert_eq!(super::spaced_chars(&t), by_words);
            let ascii: String = t.chars().filter(char::is_ascii).collect();
            let by_words: usize = ascii.split_whitespace().map(|w| w.chars().count() + 1).sum();
            proptest::prop_assert_eq!(super::spaced_chars(&ascii), by_words);
        }
    }
}
