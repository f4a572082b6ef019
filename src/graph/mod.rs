//! The claim graph: every claim a node; conflict, refutes and supports edges between
//! them. Built from the claims and the conflicts the rules found; it decides nothing.

pub mod view;

use crate::model::{referenced, Claim, ClaimId, Conflict};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// Index into the run's conflicts.
    Conflict(usize),
    /// The source claim refutes the target by reference ("refuted the assertion").
    Refutes,
    /// The source claim says the same as the target, by another speaker.
    Supports,
}

pub struct ClaimGraph {
    pub graph: DiGraph<ClaimId, Edge>,
}

/// Claims `i` become nodes `i`. Supports edges join claims of one document that agree,
/// so the graph stays linear in the corpus size.
pub fn build(claims: &[Claim], conflicts: &[Conflict]) -> ClaimGraph {
    let mut graph = DiGraph::with_capacity(claims.len(), conflicts.len());
    for i in 0..claims.len() {
        graph.add_node(i);
    }
    for (n, c) in conflicts.iter().enumerate() {
        graph.add_edge(
            NodeIndex::new(c.claims[0]),
            NodeIndex::new(c.claims[1]),
            Edge::Conflict(n),
        );
    }
    for (i, claim) in claims.iter().enumerate() {
        let Some(target) = referenced(claims, i) else {
            continue;
        };
        let edge = if claims[target].polarity == claim.polarity {
            Edge::Supports
        } else {
            Edge::Refutes
        };
        graph.add_edge(NodeIndex::new(i), NodeIndex::new(target), edge);
    }
    let mut first_saying: HashMap<(&str, String, crate::model::Polarity), ClaimId> = HashMap::new();
    for (i, claim) in claims.iter().enumerate() {
        let key = (
            &*claim.document,
            claim.proposition.to_string(),
            claim.polarity,
        );
        match first_saying.get(&key) {
            Some(&first)
                if claims[first].speaker.key() != claim.speaker.key()
                    && claim.refers_to.is_none() =>
            {
                graph.add_edge(NodeIndex::new(i), NodeIndex::new(first), Edge::Supports);
            }
            Some(_) => {}
            None => {
                first_saying.insert(key, i);
            }
        }
    }
    ClaimGraph { graph }
}

#[cfg(test)]
mod tests {
    use super::{build, Edge};
    use crate::model::Document;
    use crate::{extract, pack, rules, segment};

    #[test]
    fn claims_are_nodes_and_edges_carry_their_kind() {
        let pack = pack::load(true, &[]).unwrap();
        let text = "Moscow said its forces had captured Avdiivka.\nUkrainian officials rejected the claim.\nRussian officials said Russian troops had captured Avdiivka.";
        let doc = Document {
            id: "d".into(),
            first_line: 1,
            text: text.into(),
            ..Document::default()
        };
        let claims = extract::extract(&doc, segment::segment(&doc), &pack);
        let outcome = rules::evaluate(&claims, &pack);
        let graph = build(&claims, &outcome.conflicts).graph;
        // Three typed claims, and the open propositions of the two "captured" clauses.
        assert_eq!(graph.node_count(), 5);
        let mut kinds: Vec<Edge> = graph.edge_weights().copied().collect();
        kinds.sort_by_key(|e| format!("{e:?}"));
        assert_eq!(
            kinds,
            [
                Edge::Conflict(0),
                Edge::Conflict(1),
                Edge::Refutes,
                Edge::Supports
            ]
        );
    }
}
