//! `gainsay graph`: the conflict graph as a picture: a view built from a run, drawn as
//! DOT, SVG or JSON.

use super::check::{analyse, finish, write};
use super::Outcome;
use crate::cli::{GraphArgs, GraphFormat};
use crate::graph::{self, view};
use crate::report::{dot, graph_json, svg};

pub fn graph(args: &GraphArgs) -> Outcome {
    finish(run(args))
}

fn run(args: &GraphArgs) -> Result<Outcome, String> {
    let a = analyse(&args.corpus)?;
    let claim_graph = graph::build(&a.extracted.claims, &a.outcome.conflicts);
    let options = view::Options {
        kind: args.view,
        cluster: args.cluster,
        all: args.all,
        filter: view::Filter {
            rules: args.rules.clone(),
            sides: args.sides.clone(),
            speakers: args.speakers.clone(),
            focus: args.focus.clone(),
        },
        max_nodes: args.max_nodes,
    };
    let drawn = view::build(
        &claim_graph,
        &a.extracted.claims,
        &a.outcome.conflicts,
        &options,
    );
    if let Some(cut) = &drawn.cut {
        eprintln!("note: {cut}");
    }
    let text = match args.format {
        GraphFormat::Dot => dot::of_view(&drawn, &a.extracted.pack),
        GraphFormat::Svg => svg::of_view(&drawn, &a.extracted.pack),
        GraphFormat::Json => graph_json::of_view(&drawn, &a.extracted.pack),
    };
    write(args.output.as_deref(), &text)?;
    Ok(if a.extracted.corpus.failures.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Broken
    })
}
