//! gainsay finds where news sources contradict each other.
//!
//! The pipeline runs one way: `ingest` reads files and records into [`model::Document`]s,
//! `segment` splits them into sentences and tokens, `tag` gives each token a part of
//! speech and a lemma, `open` reads every asserted clause into an open proposition
//! (predicate, arguments, polarity, modality, numbers, dates), `extract` finds who claimed
//! what (a [`model::Claim`] per clause, plus typed propositions where a pack's predicate
//! patterns match), `graph` makes the claims nodes of a petgraph graph, `rules` pairs
//! claims through a key index (with word senses from `lexical`) and adds conflict edges,
//! and `report` prints the result as text, JSON or DOT.

pub mod app;
pub mod baseline;
pub mod cli;
pub mod config;
pub mod disputes;
pub mod exchange;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod judge;
pub mod lexical;
pub mod model;
pub mod open;
pub mod pack;
pub mod report;
pub mod rules;
pub mod segment;
pub mod semantic;
pub mod tag;
