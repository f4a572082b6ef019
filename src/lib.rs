//! gainsay finds where news sources contradict each other.
//!
//! The pipeline runs one way: `ingest` reads files and records into [`model::Document`]s,
//! `segment` splits them into sentences and tokens, `extract` finds who claimed what
//! (a [`model::Claim`] per proposition, using the lexicons and predicate patterns of the
//! rule packs loaded by `pack`), `graph` makes the claims nodes of a petgraph graph,
//! `rules` pairs claims through a key index and adds conflict edges, and `report` prints
//! the result as text, JSON or DOT.

pub mod app;
pub mod baseline;
pub mod cli;
pub mod config;
pub mod exchange;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod pack;
pub mod report;
pub mod rules;
pub mod segment;
