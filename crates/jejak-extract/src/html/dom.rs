//! The parsed page as a small arena the content scorer can walk and prune.
//!
//! html5ever builds the tree straight into these vectors through our own [`TreeSink`]: no
//! general-purpose DOM is built and copied (that copy and scraper's per-element class
//! interning were a fifth of extraction time). Index 0 is the document root and indexes
//! follow document order, so a parent always comes before its children.

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, Namespace, ParseOpts, QualName};
use once_cell::sync::Lazy;
use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use super::class_words::{ClassReader, ClassWords};

/// Attributes kept per element; real pages never need more, hostile ones may carry thousands.
const MAX_ATTRS: usize = 24;

/// A lowercase tag name, interned by the parser (cloning and comparing cost nothing).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(crate) struct Tag(LocalName);

impl Tag {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A fixed set of tag names, compared as interned atoms: an integer compare per name where a
/// list of strings costs a string compare each (the content step asks for every node).
pub(crate) struct TagSet {
    names: &'static [&'static str],
    atoms: once_cell::sync::OnceCell<Vec<LocalName>>,
}

impl TagSet {
    pub const fn new(names: &'static [&'static str]) -> TagSet {
        TagSet { names, atoms: once_cell::sync::OnceCell::new() }
    }

    pub fn contains(&self, tag: &Tag) -> bool {
        self.atoms.get_or_init(|| self.names.iter().map(|&n| LocalName::from(n)).collect()).contains(&tag.0)
    }
}

impl PartialEq<&str> for Tag {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<str> for Tag {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

/// One node of the arena.
#[derive(Debug, Clone, Default)]
pub(crate) struct DomNode {
    /// Lowercase tag name; empty for text nodes and the root.
    pub tag: Tag,
    /// Text of a text node (raw, not collapsed).
    pub text: Option<String>,
    pub class: String,
    pub id: String,
    /// What the class and id say of the element, read once here for every later step.
    pub words: ClassWords,
    /// Attributes as the parser gave them (names lower case), at most `MAX_ATTRS`.
    pub attrs: Vec<Attribute>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Left out of the content (boilerplate tag or class, hidden).
    pub removed: bool,
}

impl DomNode {
    pub fn is_text(&self) -> bool {
        self.text.is_some()
    }

    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|a| &*a.name.local == name).map(|a| &*a.value)
    }
}

/// The whole document as an arena.
#[derive(Debug, Clone)]
pub(crate) struct Dom {
    pub nodes: Vec<DomNode>,
}

impl Dom {
    /// Parses a page with the HTML5 algorithm (never fails: broken markup is repaired the way
    /// browsers repair it). Comments, doctypes and processing instructions are left out.
    pub fn parse(html: &str) -> Dom {
        html5ever::parse_document(Builder::default(), ParseOpts::default()).one(html)
    }

    /// Elements in document order.
    pub fn elements(&self) -> impl Iterator<Item = (usize, &DomNode)> {
        self.nodes.iter().enumerate().filter(|(_, n)| !n.tag.is_empty())
    }

    /// The nearest element ancestors of `i`, closest first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.nodes[i].parent, |&p| self.nodes[p].parent)
            .filter(|&p| !self.nodes[p].tag.is_empty())
    }

    /// [`Dom::text_of`] when it is at most `max_chars` characters long; stops reading as soon
    /// as it is longer (metadata asks this of every element classed "date" or "meta", and
    /// such a class sometimes sits on a whole column).
    pub fn short_text_of(&self, i: usize, max_chars: usize) -> Option<String> {
        let mut out = String::new();
        let mut chars = 0usize;
        let whole = self.visit_text(i, |c| {
            out.push(c);
            chars += 1;
            chars <= max_chars
        });
        whole.then_some(out)
    }

    /// Feeds the collapsed visible text of the live subtree under `i` to `sink`, a character
    /// at a time (runs of whitespace as one space, none at the ends), until `sink` says
    /// stop; false when it did.
    pub fn visit_text(&self, i: usize, mut sink: impl FnMut(char) -> bool) -> bool {
        let (mut started, mut space) = (false, false);
        for t in self.live_texts(i) {
            for c in t.chars() {
                if is_space(c) {
                    space = true;
                    continue;
                }
                if space && started && !sink(' ') {
                    return false;
                }
                space = false;
                started = true;
                if !sink(c) {
                    return false;
                }
            }
            space = true;
        }
        true
    }

    /// The raw text of each live text node under `i`, in document order.
    pub fn live_texts(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        let mut stack = vec![i];
        std::iter::from_fn(move || {
            while let Some(n) = stack.pop() {
                let node = &self.nodes[n];
                if node.removed {
                    continue;
                }
                stack.extend(node.children.iter().rev());
                if let Some(t) = &node.text {
                    return Some(t.as_str());
                }
            }
            None
        })
    }

    /// Text of the subtree under `i` as written (scripts' JSON stays intact).
    pub fn raw_text_of(&self, i: usize) -> String {
        let mut s = String::new();
        for n in self.live_subtree(i) {
            if let Some(t) = &self.nodes[n].text {
                s.push_str(t);
            }
        }
        s
    }

    /// For every node, whether it or an ancestor is removed: one pass, where asking
    /// [`Dom::is_removed`] per node would cost the tree's depth each time.
    pub fn removed_flags(&self) -> Vec<bool> {
        let mut dead = vec![false; self.nodes.len()];
        // Parents come before their children (document order).
        for i in 0..self.nodes.len() {
            dead[i] = self.nodes[i].removed || self.nodes[i].parent.is_some_and(|p| dead[p]);
        }
        dead
    }

    /// True when the node or one of its ancestors is removed.
    pub fn is_removed(&self, mut i: usize) -> bool {
        loop {
            if self.nodes[i].removed {
                return true;
            }
            match self.nodes[i].parent {
                Some(p) => i = p,
                None => return false,
            }
        }
    }

    /// Preorder indexes of the subtree under `i` (including `i`), skipping removed subtrees.
    pub fn live_subtree(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![i];
        while let Some(n) = stack.pop() {
            if self.nodes[n].removed {
                continue;
            }
            out.push(n);
            for &c in self.nodes[n].children.iter().rev() {
                stack.push(c);
            }
        }
        out
    }

    /// Collapsed visible text of the live subtree under `i`.
    pub fn text_of(&self, i: usize) -> String {
        self.short_text_of(i, usize::MAX).unwrap_or_default()
    }
}

/// Whitespace as the page shows it: NBSP and zero-width spaces included.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' || c == '\u{feff}'
}

/// Collapses runs of whitespace (including NBSP) to single spaces and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    if !s.is_ascii() {
        return collapse_ws_chars(s);
    }
    // (a byte at a time: most text of most pages)
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for &b in s.as_bytes() {
        // ASCII whitespace as `char::is_whitespace` has it (vertical tab included)
        if matches!(b, b' ' | b'\t'..=b'\r') {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(char::from(b));
        }
    }
    out
}

fn collapse_ws_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_space(c) {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// A node while the tree is being built: html5ever moves nodes around (misnested tags, tables),
/// so indexes follow creation order until [`Builder::finish`] renumbers them.
#[derive(Debug, Default)]
struct Building {
    name: Option<QualName>,
    text: Option<String>,
    attrs: Vec<Attribute>,
    children: Vec<usize>,
    parent: Option<usize>,
    /// Comment or processing instruction: kept in the tree while building, dropped after.
    ignored: bool,
}

#[derive(Debug)]
struct Builder {
    nodes: RefCell<Vec<Building>>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder { nodes: RefCell::new(vec![Building::default()]) }
    }
}

/// The name html5ever is told a non-element has (it only asks for elements' names).
static NO_NAME: Lazy<QualName> = Lazy::new(|| QualName::new(None, Namespace::from(""), LocalName::from("")));

impl Builder {
    fn add(&self, node: Building) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Building], child: usize) {
        if let Some(p) = nodes[child].parent.take() {
            nodes[p].children.retain(|&c| c != child);
        }
    }

    /// Inserts `child` into `parent` at `at` (end when `None`), merging adjacent text.
    fn insert(&self, parent: usize, at: Option<usize>, child: NodeOrText<usize>) {
        let mut nodes = self.nodes.borrow_mut();
        let pos = at.unwrap_or(nodes[parent].children.len());
        match child {
            NodeOrText::AppendText(text) => {
                let before = pos.checked_sub(1).map(|p| nodes[parent].children[p]);
                if let Some(prev) = before {
                    if let Some(t) = nodes[prev].text.as_mut() {
                        t.push_str(&text);
                        return;
                    }
                }
                nodes.push(Building {
                    text: Some(String::from(&*text)),
                    parent: Some(parent),
                    ..Building::default()
                });
                let i = nodes.len() - 1;
                nodes[parent].children.insert(pos, i);
            }
            NodeOrText::AppendNode(node) => {
                Self::detach(&mut nodes, node);
                // Detaching may have shifted the position when the node was an earlier sibling.
                let pos = pos.min(nodes[parent].children.len());
                nodes[node].parent = Some(parent);
                nodes[parent].children.insert(pos, node);
            }
        }
    }
}

impl TreeSink for Builder {
    type Handle = usize;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    /// Renumbers the tree in document order into [`DomNode`]s; detached and ignored nodes go.
    fn finish(self) -> Dom {
        let mut built = self.nodes.into_inner();
        let mut nodes: Vec<DomNode> = Vec::with_capacity(built.len());
        // (old index, new parent index)
        let mut stack: Vec<(usize, Option<usize>)> = vec![(0, None)];
        let mut class_reader = ClassReader::default();
        while let Some((old, parent)) = stack.pop() {
            let b = std::mem::take(&mut built[old]);
            if b.ignored {
                continue;
            }
            let mut node =
                DomNode { parent, children: Vec::with_capacity(b.children.len()), ..DomNode::default() };
            if let Some(name) = b.name {
                node.tag = Tag(lowercase(name.local));
                let mut attrs = b.attrs;
                attrs.truncate(MAX_ATTRS);
                for a in &mut attrs {
                    a.name.local = lowercase(std::mem::take(&mut a.name.local));
                    match &*a.name.local {
                        "class" if node.class.is_empty() => node.class = String::from(&*a.value),
                        "id" if node.id.is_empty() => node.id = String::from(&*a.value),
                        _ => {}
                    }
                }
                node.attrs = attrs;
                node.words = class_reader.read(&node.class, &node.id);
            } else {
                node.text = b.text;
            }
            let index = nodes.len();
            nodes.push(node);
            if let Some(p) = parent {
                nodes[p].children.push(index);
            }
            for &c in b.children.iter().rev() {
                stack.push((c, Some(index)));
            }
        }
        Dom { nodes }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| nodes[*target].name.as_ref().unwrap_or(&NO_NAME))
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _flags: ElementFlags) -> usize {
        self.add(Building { name: Some(name), attrs, ..Building::default() })
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.add(Building { ignored: true, ..Building::default() })
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.add(Building { ignored: true, ..Building::default() })
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.insert(*parent, None, child);
    }

    fn append_based_on_parent_node(&self, element: &usize, prev_element: &usize, child: NodeOrText<usize>) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}

    /// Template contents stay under the template element (content pruning drops templates).
    fn get_template_contents(&self, target: &usize) -> usize {
        *target
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let (parent, pos) = {
            let nodes = self.nodes.borrow();
            let Some(parent) = nodes[*sibling].parent else { return };
            let pos = nodes[parent].children.iter().position(|c| c == sibling);
            (parent, pos)
        };
        if let Some(pos) = pos {
            self.insert(parent, Some(pos), new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        let node = &mut nodes[*target];
        for a in attrs {
            if !node.attrs.iter().any(|b| b.name == a.name) {
                node.attrs.push(a);
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
}

/// Names from the parser are lower case already for HTML; SVG has a few camelCase ones.
fn lowercase(name: LocalName) -> LocalName {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        LocalName::from(name.to_ascii_lowercase())
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(dom: &Dom) -> Vec<&str> {
        dom.elements().map(|(_, n)| n.tag.as_str()).collect()
    }

    #[test]
    fn builds_in_document_order_with_merged_text() {
        let dom = Dom::parse("<p class='a b' id=x>Satu <b>dua</b> tiga<!-- c --> empat</p>");
        assert_eq!(tags(&dom), ["html", "head", "body", "p", "b"]);
        let (p, node) = dom.elements().find(|(_, n)| n.tag == "p").expect("p");
        assert_eq!((node.class.as_str(), node.id.as_str()), ("a b", "x"));
        assert_eq!(dom.text_of(p), "Satu dua tiga empat");
        assert_eq!(dom.short_text_of(p, 19).as_deref(), Some("Satu dua tiga empat"));
        assert_eq!(dom.short_text_of(p, 18), None);
        assert_eq!(dom.short_text_of(0, 100).as_deref(), Some(dom.text_of(0).as_str()));
        for (i, n) in dom.nodes.iter().enumerate().skip(1) {
            assert!(n.parent.is_some_and(|p| p < i), "parent before child");
        }
    }

    #[test]
    fn misnested_formatting_is_repaired_like_a_browser() {
        // The adoption agency moves nodes between parents: order must still hold.
        let dom = Dom::parse("<p>a<b>b<i>c</b>d</i>e</p><table><tr><td>x</td></tr>teks</table>");
        assert_eq!(dom.text_of(0), "a b c d e teks x");
        for (i, n) in dom.nodes.iter().enumerate().skip(1) {
            let p = n.parent.expect("attached");
            assert!(p < i && dom.nodes[p].children.contains(&i));
        }
    }

    proptest::proptest! {
        /// The byte loop for ASCII text collapses as the character loop does.
        #[test]
        fn ascii_collapse_is_char_collapse(t in "[ a-z\t\n\u{b}\u{c}\r,.]{0,40}") {
            proptest::prop_assert_eq!(collapse_ws(&t), collapse_ws_chars(&t));
        }

        /// Whatever the tree builder does with misnested markup (adoption agency, foster
        /// parenting, templates), the arena is a tree in document order.
        #[test]
        fn any_tag_soup_gives_a_tree_in_document_order(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>", "<div>", "</div>",
                "<table>", "</table>", "<tr>", "<td>", "</td>", "<template>", "</template>",
                "<select>", "<option>", "<form>", "</form>", "<h1>", "</h1>", "<li>", "<ul>", "</ul>",
                "<!-- c -->", "<svg><path/>", "</svg>", "<br>", "kata ", "<nobr>", "<font>", "</font>",
            ]), 0..60)
        ) {
            let html: String = parts.concat();
            let dom = Dom::parse(&html);
            for (i, n) in dom.nodes.iter().enumerate().skip(1) {
                let p = n.parent.expect("every node but the root is attached");
                proptest::prop_assert!(p < i);
                proptest::prop_assert_eq!(dom.nodes[p].children.iter().filter(|&&c| c == i).count(), 1);
            }
            let words = html.matches("kata").count();
            proptest::prop_assert_eq!(dom.text_of(0).matches("kata").count(), words);
        }
    }
}
