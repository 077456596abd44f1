//! A small arena copy of the parsed document that the content scorer can walk and prune.
//!
//! scraper's tree types (ego_tree node ids) cannot be named without depending on ego_tree,
//! so the document is copied once into plain vectors: index 0 is the document root.

use scraper::{Html, Node};
use std::collections::HashMap;

/// One node of the arena.
#[derive(Debug, Clone)]
pub(crate) struct DomNode {
    /// Lowercase tag name; empty for text nodes and the root.
    pub tag: String,
    /// Text of a text node (raw, not collapsed).
    pub text: Option<String>,
    pub class: String,
    pub id: String,
    pub attrs: Vec<(String, String)>,
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
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// The whole document as an arena.
#[derive(Debug, Clone)]
pub(crate) struct Dom {
    pub nodes: Vec<DomNode>,
}

impl Dom {
    /// Copies the element and text nodes of a parsed document (comments, doctypes dropped).
    pub fn from_html(html: &Html) -> Dom {
        let root = html.tree.root();
        let mut nodes = vec![DomNode {
            tag: String::new(),
            text: None,
            class: String::new(),
            id: String::new(),
            attrs: Vec::new(),
            children: Vec::new(),
            parent: None,
            removed: false,
        }];
        let mut index = HashMap::new();
        index.insert(root.id(), 0usize);
        // `descendants` walks in document order without recursion, so deep nesting is safe.
        for node in root.descendants().skip(1) {
            let Some(parent) = node.parent().and_then(|p| index.get(&p.id()).copied()) else {
                continue;
            };
            let dn = match node.value() {
                Node::Element(e) => {
                    let mut attrs = Vec::new();
                    for (k, v) in e.attrs() {
                        if attrs.len() < 24 {
                            attrs.push((k.to_ascii_lowercase(), v.to_string()));
                        }
                    }
                    DomNode {
                        tag: e.name().to_ascii_lowercase(),
                        text: None,
                        class: e.attr("class").unwrap_or("").to_string(),
                        id: e.id().unwrap_or("").to_string(),
                        attrs,
                        children: Vec::new(),
                        parent: Some(parent),
                        removed: false,
                    }
                }
                Node::Text(t) => DomNode {
                    tag: String::new(),
                    text: Some(t.text.to_string()),
                    class: String::new(),
                    id: String::new(),
                    attrs: Vec::new(),
                    children: Vec::new(),
                    parent: Some(parent),
                    removed: false,
                },
                _ => continue,
            };
            let i = nodes.len();
            nodes.push(dn);
            nodes[parent].children.push(i);
            index.insert(node.id(), i);
        }
        Dom { nodes }
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
        let mut s = String::new();
        for n in self.live_subtree(i) {
            if let Some(t) = &self.nodes[n].text {
                s.push_str(t);
                s.push(' ');
            }
        }
        collapse_ws(&s)
    }
}

/// Collapses runs of whitespace (including NBSP) to single spaces and trims.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' || c == '\u{feff}' {
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
