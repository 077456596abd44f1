//! The provenance graph of one claim: who said it, where, which media relayed it, and
//! which outlets carried it; exported as DOT, GraphML and a small server-side SVG.
//!
//! Edges come from stated relay chains ("menurut New York Post") when there are any, from
//! copy links between articles, and otherwise from publication order (an inferred edge).

use std::collections::HashMap;
use std::fmt::Write;

use chrono::{DateTime, FixedOffset};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;

use crate::units::Unit;
use crate::StoryArticle;
use jejak_text::same_person;

/// What a node of the graph stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// The person or source that first made the statement.
    Speaker,
    /// Where the speaker said it (a TV panel, a press conference).
    Venue,
    /// A medium that carried it between the speaker and the outlets.
    Medium,
    /// An outlet of the story that published it.
    Outlet,
}

/// How one node passed the claim to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    SaidAt,
    /// A stated relay: "sebagaimana dilansir", "according to".
    Relayed,
    /// The later article is a near-duplicate copy of the earlier.
    Copied,
    /// No chain was stated; the earlier publication is the likely source.
    Inferred,
}

#[derive(Debug, Clone, Serialize)]
pub struct Node {
    pub kind: NodeKind,
    pub label: String,
}

/// The graph itself; nodes are unique per (kind, label).
#[derive(Debug, Clone, Default)]
pub struct ProvenanceGraph {
    pub graph: DiGraph<Node, EdgeKind>,
    index: HashMap<(NodeKind, String), NodeIndex>,
}

/// Where the claim was first seen.
#[derive(Debug, Clone, Serialize)]
pub struct FirstAppearance {
    pub article_id: String,
    pub outlet: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
}

/// What a reader needs to know of a claim's provenance.
#[derive(Debug, Clone, Serialize)]
pub struct ProvenanceSummary {
    /// Labels of the nodes nothing points to: where the claim enters the record.
    pub origins: Vec<String>,
    pub first_appearance: FirstAppearance,
    /// Distinct origins; one means every outlet's path leads back to the same source.
    pub independent_sources: usize,
    pub single_source: bool,
    /// Where the speaker said it (a broadcast, a hearing), one node per venue.
    pub venues: Vec<String>,
    /// Media between origin and outlets.
    pub relays: Vec<String>,
    /// Reporters the statement was made to, with their medium: "Sinead Baker (Insider)".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reporters: Vec<String>,
    /// Longest chain, in edges, from an origin to an outlet.
    pub hops: usize,
}

impl ProvenanceGraph {
    fn node(&mut self, kind: NodeKind, label: &str) -> NodeIndex {
        let key = (kind, label.to_lowercase());
        if let Some(&index) = self.index.get(&key) {
            return index;
        }
        // "Wirawan" and "Andi Wirawan" are one speaker; the fuller name labels the node.
        if kind == NodeKind::Speaker {
            let same =
                self.index.iter().find(|((k, l), _)| *k == kind && same_person(l, label)).map(|(_, &n)| n);
            if let Some(index) = same {
                if label.len() > self.graph[index].label.len() {
                    self.graph[index].label = label.to_string();
                }
                self.index.insert(key, index);
                return index;
            }
        }
        let index = self.graph.add_node(Node { kind, label: label.to_string() });
        self.index.insert(key, index);
        index
    }

    fn edge(&mut self, from: NodeIndex, to: NodeIndex, kind: EdgeKind) {
        if from != to && self.graph.find_edge(from, to).is_none() {
            self.graph.add_edge(from, to, kind);
        }
    }

    fn roots(&self) -> Vec<NodeIndex> {
        self.graph
            .node_indices()
            .filter(|&n| self.graph.neighbors_directed(n, Direction::Incoming).next().is_none())
            .collect()
    }

    /// Longest path (in edges) from any root to each node; cycles are cut.
    fn depths(&self) -> HashMap<NodeIndex, usize> {
        let mut depth: HashMap<NodeIndex, usize> = HashMap::new();
        let mut stack: Vec<(NodeIndex, usize, Vec<NodeIndex>)> =
            self.roots().into_iter().map(|r| (r, 0, vec![r])).collect();
        while let Some((node, d, path)) = stack.pop() {
            if depth.get(&node).is_some_and(|&old| old >= d) {
                continue;
            }
            depth.insert(node, d);
            for next in self.graph.neighbors(node) {
                if !path.contains(&next) {
                    let mut p = path.clone();
                    p.push(next);
                    stack.push((next, d + 1, p));
                }
            }
        }
        depth
    }

    /// Graphviz DOT.
    pub fn to_dot(&self) -> String {
        let mut out = String::from("digraph provenance {\n  rankdir=LR;\n");
        for n in self.graph.node_indices() {
            let node = &self.graph[n];
            let shape = match node.kind {
                NodeKind::Speaker => "ellipse",
                NodeKind::Venue => "note",
                NodeKind::Medium => "box",
                NodeKind::Outlet => "box3d",
            };
            let _ = writeln!(out, "  n{} [label=\"{}\", shape={shape}];", n.index(), dot_escape(&node.label));
        }
        for e in self.graph.edge_references() {
            let style = if *e.weight() == EdgeKind::Inferred { ", style=dashed" } else { "" };
            let _ = writeln!(
                out,
                "  n{} -> n{} [label=\"{}\"{style}];",
                e.source().index(),
                e.target().index(),
                edge_label(*e.weight())
            );
        }
        out.push_str("}\n");
        out
    }

    /// GraphML, for Gephi, yEd and networkx.
    pub fn to_graphml(&self) -> String {
        let mut out = String::from(concat!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
            "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n",
            "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n",
            "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n",
            "  <graph id=\"provenance\" edgedefault=\"directed\">\n"
        ));
        for n in self.graph.node_indices() {
            let node = &self.graph[n];
            let _ = writeln!(
                out,
                "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"kind\">{}</data></node>",
                n.index(),
                xml_escape(&node.label),
                kind_name(node.kind)
            );
        }
        for (i, e) in self.graph.edge_references().enumerate() {
            let _ = writeln!(
                out,
                "    <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\"><data key=\"relation\">{}</data></edge>",
                e.source().index(),
                e.target().index(),
                edge_label(*e.weight())
            );
        }
        out.push_str("  </graph>\n</graphml>\n");
        out
    }

    /// A left-to-right layered drawing: one column per depth from the origin. Every label
    /// is XML-escaped; the SVG has no script and no external references.
    pub fn to_svg(&self) -> String {
        const COL: usize = 190;
        const ROW: usize = 44;
        const BOX_W: usize = 170;
        const BOX_H: usize = 30;
        let depths = self.depths();
        let mut columns: Vec<Vec<NodeIndex>> = Vec::new();
        for n in self.graph.node_indices() {
            let d = depths.get(&n).copied().unwrap_or(0);
            if columns.len() <= d {
                columns.resize(d + 1, Vec::new());
            }
            columns[d].push(n);
        }
        let rows = columns.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let (width, height) = (columns.len().max(1) * COL + 20, rows * ROW + 20);
        let mut position = HashMap::new();
        for (c, column) in columns.iter().enumerate() {
            for (r, &n) in column.iter().enumerate() {
                position.insert(n, (10 + c * COL, 10 + r * ROW));
            }
        }
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"provenance\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\
             <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>"
        );
        for e in self.graph.edge_references() {
            let (Some(&(x1, y1)), Some(&(x2, y2))) = (position.get(&e.source()), position.get(&e.target()))
            else {
                continue;
            };
            let dash = if *e.weight() == EdgeKind::Inferred { " stroke-dasharray=\"4 3\"" } else { "" };
            let _ = write!(
                out,
                "<line class=\"edge {}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#555\"{dash} marker-end=\"url(#arrow)\"><title>{}</title></line>",
                edge_label(*e.weight()),
                x1 + BOX_W,
                y1 + BOX_H / 2,
                x2,
                y2 + BOX_H / 2,
                edge_label(*e.weight())
            );
        }
        for n in self.graph.node_indices() {
            let node = &self.graph[n];
            let Some(&(x, y)) = position.get(&n) else { continue };
            let fill = match node.kind {
                NodeKind::Speaker => "#fde8e6",
                NodeKind::Venue => "#fff4d6",
                NodeKind::Medium => "#e8eefc",
                NodeKind::Outlet => "#e6f4ea",
            };
            let label: String = node.label.chars().take(26).collect();
            let _ = write!(
                out,
                "<g class=\"node {}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"4\" fill=\"{fill}\" stroke=\"#888\"/>\
                 <text x=\"{}\" y=\"{}\" font-size=\"12\" font-family=\"sans-serif\">{}</text><title>{}: {}</title></g>",
                kind_name(node.kind),
                x + 6,
                y + 19,
                xml_escape(&label),
                kind_name(node.kind),
                xml_escape(&node.label)
            );
        }
        out.push_str("</svg>");
        out
    }
}

fn kind_name(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Speaker => "speaker",
        NodeKind::Venue => "venue",
        NodeKind::Medium => "medium",
        NodeKind::Outlet => "outlet",
    }
}

fn edge_label(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::SaidAt => "said at",
        EdgeKind::Relayed => "relayed",
        EdgeKind::Copied => "copied",
        EdgeKind::Inferred => "inferred",
    }
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " ")
}

/// Escapes text for XML content and attribute values alike.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

fn outlet_label(sa: &StoryArticle<'_>) -> String {
    sa.article.outlet.clone().unwrap_or_else(|| format!("article {}", sa.article.id))
}

/// A medium's name as an outlet's would be written: without case or a leading article ("the
/// Harbour Herald" in running text is the outlet Harbour Herald).
fn media_key(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    lower.strip_prefix("the ").map(str::to_string).unwrap_or(lower)
}

/// The story's outlets by name, each with its `media_key`, to tell which medium a relay or a
/// speaker names.
fn story_outlets(articles: &[StoryArticle<'_>]) -> Vec<(String, String)> {
    let mut labels: Vec<String> =
        articles.iter().filter(|sa| sa.article.outlet.is_some()).map(outlet_label).collect();
    labels.sort();
    labels.dedup();
    labels.into_iter().map(|label| (media_key(&label), label)).collect()
}

/// The outlet of the story (of `outlets`, from `story_outlets`) a medium's name stands for:
/// the same name ("the Harbour Herald" for Harbour Herald), or the last words of one outlet's
/// name alone ("the Herald" when no other outlet of the story is a Herald).
fn story_outlet<'o>(outlets: &'o [(String, String)], name: &str) -> Option<&'o str> {
    let key = media_key(name);
    if key.is_empty() {
        return None;
    }
    if let Some((_, same)) = outlets.iter().find(|(k, _)| *k == key) {
        return Some(same);
    }
    let suffix = format!(" {key}");
    let mut ending = outlets.iter().filter(|(k, _)| k.ends_with(&suffix));
    let (_, one) = ending.next()?;
    ending.next().is_none().then_some(one.as_str())
}

/// Builds the graph and summary of one claim from its member units (in story order).
pub(crate) fn provenance_of(
    articles: &[StoryArticle<'_>],
    units: &[Unit],
    members: &[usize],
) -> (ProvenanceGraph, ProvenanceSummary) {
    let mut g = ProvenanceGraph::default();
    let outlets = story_outlets(articles);
    let first_article = members.iter().map(|&i| units[i].article).min().unwrap_or(0);
    let mut seen_outlets: Vec<(usize, NodeIndex)> = Vec::new();
    let mut by_article: Vec<usize> = members.to_vec();
    by_article.sort_by_key(|&i| units[i].article);
    for &i in &by_article {
        let u = &units[i];
        let sa = &articles[u.article];
        let outlet = g.node(NodeKind::Outlet, &outlet_label(sa));
        // (a speaker that is an outlet of the story is that outlet: "…, according to the
        // Herald" in another outlet's article)
        let mut prev = u.speaker.as_deref().map(|s| match story_outlet(&outlets, s) {
            Some(label) => g.node(NodeKind::Outlet, label),
            None => g.node(NodeKind::Speaker, s),
        });
        if let Some(venue) = u.venue.as_deref() {
            let venue_node = g.node(NodeKind::Venue, venue);
            if let Some(p) = prev {
                g.edge(p, venue_node, EdgeKind::SaidAt);
            }
            prev = Some(venue_node);
        }
        for relay in &u.via {
            // (a relay that is an outlet of the story is that outlet's node: "as first reported
            // by the Harbour Herald" in another outlet's article)
            let medium = match story_outlet(&outlets, &relay.medium) {
                Some(label) => g.node(NodeKind::Outlet, label),
                None => g.node(NodeKind::Medium, &relay.medium),
            };
            if let Some(p) = prev {
                g.edge(p, medium, EdgeKind::Relayed);
            }
            prev = Some(medium);
        }
        match prev {
            Some(p) => g.edge(p, outlet, EdgeKind::Relayed),
            None => {
                let copied_from = sa.copy_of.and_then(|orig| {
                    seen_outlets.iter().find(|(a, _)| articles[*a].article.id == orig).map(|&(_, n)| n)
                });
                if let Some(source) = copied_from {
                    g.edge(source, outlet, EdgeKind::Copied);
                } else if u.article != first_article {
                    if let Some(&(_, first)) = seen_outlets.first() {
                        g.edge(first, outlet, EdgeKind::Inferred);
                    }
                }
            }
        }
        seen_outlets.push((u.article, outlet));
    }
    let roots = g.roots();
    let depths = g.depths();
    let hops = g
        .graph
        .node_indices()
        .filter(|&n| g.graph[n].kind == NodeKind::Outlet)
        .filter_map(|n| depths.get(&n).copied())
        .max()
        .unwrap_or(0);
    let labels = |kind: NodeKind| -> Vec<String> {
        g.graph
            .node_indices()
            .filter(|&n| g.graph[n].kind == kind)
            .map(|n| g.graph[n].label.clone())
            .collect()
    };
    let (venues, relays) = (labels(NodeKind::Venue), labels(NodeKind::Medium));
    let mut reporters: Vec<String> = Vec::new();
    for relay in members.iter().flat_map(|&i| &units[i].via) {
        if let Some(reporter) = &relay.reporter {
            let named = format!("{reporter} ({})", relay.medium);
            if !reporters.contains(&named) {
                reporters.push(named);
            }
        }
    }
    let first = &articles[first_article];
    let summary = ProvenanceSummary {
        origins: roots.iter().map(|&r| g.graph[r].label.clone()).collect(),
        first_appearance: FirstAppearance {
            article_id: first.article.id.clone(),
            outlet: first.article.outlet.clone(),
            published: first.article.published,
        },
        independent_sources: roots.len(),
        single_source: roots.len() <= 1,
        venues,
        relays,
        reporters,
        hops,
    };
    (g, summary)
}
