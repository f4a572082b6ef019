//! Views of the claim graph for people: claims, speakers or propositions as nodes,
//! filtered to what a reader asked about and capped so that a large corpus still gives a
//! picture. A view is plain data; the printers in `report` draw it.

use super::{ClaimGraph, Edge};
use crate::model::{Claim, Conflict, Polarity};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ViewKind {
    /// Claims as nodes, labelled `speaker: proposition`.
    Claims,
    /// Speakers as nodes; an edge counts the conflicts between two speakers.
    Speakers,
    /// One node per disputed proposition, with the speakers for and against it.
    Propositions,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Cluster {
    Document,
    Side,
    None,
}

/// Which conflicts a reader wants to see; empty lists allow everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub rules: Vec<String>,
    pub sides: Vec<String>,
    pub speakers: Vec<String>,
    /// Words that must appear in a claim's speaker, proposition or sentence.
    pub focus: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub kind: ViewKind,
    pub cluster: Cluster,
    /// Also claims with no edge (claim view only).
    pub all: bool,
    pub filter: Filter,
    pub max_nodes: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Node {
    pub id: String,
    pub label: String,
    pub side: Option<String>,
    pub cluster: Option<String>,
    pub tooltip: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EdgeKind {
    Conflict,
    Refutes,
    Supports,
    For,
    Against,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ViewEdge {
    pub from: String,
    pub to: String,
    pub kind: EdgeKind,
    pub label: String,
    pub tooltip: String,
    pub weight: usize,
}

#[derive(Debug, Clone, Default)]
pub struct View {
    pub nodes: Vec<Node>,
    pub edges: Vec<ViewEdge>,
    /// What the cap left out, said in words.
    pub cut: Option<String>,
}

pub fn build(
    graph: &ClaimGraph,
    claims: &[Claim],
    conflicts: &[Conflict],
    options: &Options,
) -> View {
    let kept: Vec<&Conflict> = conflicts
        .iter()
        .filter(|k| wanted(k, claims, &options.filter))
        .collect();
    let view = match options.kind {
        ViewKind::Claims => claim_view(graph, claims, conflicts, &kept, options),
        ViewKind::Speakers => speaker_view(claims, &kept, options),
        ViewKind::Propositions => proposition_view(claims, &kept),
    };
    cap(view, options.max_nodes)
}

fn wanted(k: &Conflict, claims: &[Claim], f: &Filter) -> bool {
    let both = k.claims.map(|i| &claims[i]);
    let any = |test: &dyn Fn(&Claim) -> bool| both.iter().any(|c| test(c));
    let lower = |s: &str| s.to_lowercase();
    (f.rules.is_empty() || f.rules.contains(&k.rule))
        && (f.sides.is_empty()
            || any(&|c| {
                c.speaker
                    .side
                    .as_ref()
                    .is_some_and(|s| f.sides.iter().any(|w| w == s))
            }))
        && (f.speakers.is_empty()
            || any(&|c| {
                f.speakers
                    .iter()
                    .any(|s| lower(c.speaker.key()).contains(&lower(s)))
            }))
        && f.focus.as_ref().is_none_or(|w| {
            let w = lower(w);
            any(&|c| {
                [c.speaker.key(), &c.proposition.to_string(), &c.sentence]
                    .iter()
                    .any(|t| lower(t).contains(&w))
            })
        })
}

fn claim_label(c: &Claim) -> String {
    let not = if c.polarity == Polarity::Negative {
        "not "
    } else {
        ""
    };
    format!("{}: {not}{}", c.speaker.key(), c.proposition)
}

fn claim_view(
    graph: &ClaimGraph,
    claims: &[Claim],
    all: &[Conflict],
    kept: &[&Conflict],
    options: &Options,
) -> View {
    let kept_ids: BTreeSet<&str> = kept.iter().map(|k| k.id.as_str()).collect();
    let mut edges = BTreeSet::new();
    let mut shown = BTreeSet::new();
    for k in kept {
        shown.extend(k.claims);
    }
    let g = &graph.graph;
    for e in g.edge_references() {
        let (a, b) = (g[e.source()], g[e.target()]);
        let (kind, label) = match e.weight() {
            Edge::Conflict(n) if kept_ids.contains(all[*n].id.as_str()) => {
                (EdgeKind::Conflict, all[*n].rule.clone())
            }
            Edge::Conflict(_) => continue,
            // Refutations and support are context of the conflicts shown.
            Edge::Refutes if shown.contains(&a) || shown.contains(&b) => {
                (EdgeKind::Refutes, "refutes".into())
            }
            Edge::Supports if shown.contains(&a) || shown.contains(&b) => {
                (EdgeKind::Supports, "supports".into())
            }
            _ => continue,
        };
        edges.insert(ViewEdge {
            from: format!("c{a}"),
            to: format!("c{b}"),
            kind,
            tooltip: label.clone(),
            label,
            weight: 1,
        });
    }
    let mut ids: BTreeSet<usize> = edges
        .iter()
        .flat_map(|e| [&e.from, &e.to])
        .filter_map(|id| id[1..].parse().ok())
        .collect();
    if options.all {
        ids.extend(0..claims.len());
    }
    let nodes = ids
        .into_iter()
        .map(|i| {
            let c = &claims[i];
            let cluster = match options.cluster {
                Cluster::Document => Some(c.document.to_string()),
                Cluster::Side => c.speaker.side.as_deref().map(str::to_string),
                Cluster::None => None,
            };
            let label = format!("{}\n{}:{}", claim_label(c), c.document, c.line);
            Node {
                id: format!("c{i}"),
                label,
                side: c.speaker.side.as_deref().map(str::to_string),
                cluster,
                tooltip: c.sentence.to_string(),
            }
        })
        .collect();
    View {
        nodes,
        edges: edges.into_iter().collect(),
        cut: None,
    }
}

fn speaker_view(claims: &[Claim], kept: &[&Conflict], options: &Options) -> View {
    let mut nodes: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut pairs: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for k in kept {
        let [a, b] = k.claims.map(|i| &claims[i]);
        for c in [a, b] {
            nodes.insert(
                c.speaker.key().to_string(),
                c.speaker.side.as_deref().map(str::to_string),
            );
        }
        let mut ends = [a.speaker.key().to_string(), b.speaker.key().to_string()];
        ends.sort();
        let key = (ends[0].clone(), ends[1].clone());
        pairs
            .entry(key.clone())
            .or_default()
            .insert(a.proposition.to_string());
        *counts.entry(key).or_default() += 1;
    }
    let nodes = nodes
        .into_iter()
        .map(|(name, side)| {
            let cluster = if options.cluster == Cluster::Side {
                side.clone()
            } else {
                None
            };
            Node {
                id: name.clone(),
                label: name.clone(),
                side,
                cluster,
                tooltip: name,
            }
        })
        .collect();
    let edges = pairs
        .into_iter()
        .map(|((from, to), propositions)| {
            let weight = counts[&(from.clone(), to.clone())];
            let tooltip = propositions.into_iter().collect::<Vec<_>>().join("\n");
            ViewEdge {
                from,
                to,
                kind: EdgeKind::Conflict,
                label: weight.to_string(),
                tooltip,
                weight,
            }
        })
        .collect();
    View {
        nodes,
        edges,
        cut: None,
    }
}

fn proposition_view(claims: &[Claim], kept: &[&Conflict]) -> View {
    let mut nodes = BTreeSet::new();
    // Claims, not conflicts, are counted: one claim in three conflicts is one "against".
    let mut edges: BTreeMap<(String, String, EdgeKind), BTreeSet<usize>> = BTreeMap::new();
    for k in kept {
        for (i, c) in k.claims.map(|i| (i, &claims[i])) {
            let proposition = c.proposition.to_string();
            let speaker = c.speaker.key().to_string();
            nodes.insert(Node {
                id: format!("p:{proposition}"),
                label: proposition.clone(),
                side: None,
                cluster: None,
                tooltip: proposition.clone(),
            });
            nodes.insert(Node {
                id: speaker.clone(),
                label: speaker.clone(),
                side: c.speaker.side.as_deref().map(str::to_string),
                cluster: None,
                tooltip: speaker.clone(),
            });
            let kind = if c.polarity == Polarity::Positive {
                EdgeKind::For
            } else {
                EdgeKind::Against
            };
            edges
                .entry((speaker, format!("p:{proposition}"), kind))
                .or_default()
                .insert(i);
        }
    }
    // One speaker is one node, whatever the side of their first mention.
    let mut seen = BTreeSet::new();
    let nodes = nodes
        .into_iter()
        .filter(|n| seen.insert(n.id.clone()))
        .collect();
    let edges = edges
        .into_iter()
        .map(|((from, to, kind), sources)| {
            let weight = sources.len();
            let word = if kind == EdgeKind::For {
                "for"
            } else {
                "against"
            };
            ViewEdge {
                from,
                to,
                kind,
                label: format!("{word} ({weight})"),
                tooltip: word.into(),
                weight,
            }
        })
        .collect();
    View {
        nodes,
        edges,
        cut: None,
    }
}

/// Keeps the `max` most connected nodes (ties by id) and the edges between them.
fn cap(mut view: View, max: usize) -> View {
    if view.nodes.len() <= max {
        return view;
    }
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &view.edges {
        *degree.entry(&e.from).or_default() += e.weight;
        *degree.entry(&e.to).or_default() += e.weight;
    }
    let mut ranked: Vec<(&str, usize)> = view
        .nodes
        .iter()
        .map(|n| {
            (
                n.id.as_str(),
                degree.get(n.id.as_str()).copied().unwrap_or(0),
            )
        })
        .collect();
    ranked.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    let keep: BTreeSet<String> = ranked
        .iter()
        .take(max)
        .map(|(id, _)| id.to_string())
        .collect();
    let total = view.nodes.len();
    view.nodes.retain(|n| keep.contains(&n.id));
    view.edges
        .retain(|e| keep.contains(&e.from) && keep.contains(&e.to));
    view.cut = Some(format!(
        "showing the {max} most connected of {total} nodes; narrow with --focus, --rule, --side or --speaker, or raise --max-nodes"
    ));
    view
}
