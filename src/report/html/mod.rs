//! The HTML report: one self-contained file for a browser (no network): a summary, the
//! speaker graph as inline SVG, and the disputes, each collapsible with its positions,
//! its strongest pair and every conflict. Filters by rule, side and speaker and a search
//! need JavaScript; without it everything is shown. Every text from the corpus is
//! escaped, so a sentence holding markup shows as text.

use super::{count, proposition_text, Run};
use crate::disputes::Dispute;
use crate::graph::{self, view};
use crate::model::{Claim, Conflict};
use std::collections::BTreeSet;
use std::fmt::Write;

const STYLE: &str = include_str!("style.css");
const SCRIPT: &str = include_str!("filter.js");
/// Speakers drawn in the graph at most: the most connected are kept.
const GRAPH_NODES: usize = 40;

pub fn render(run: &Run) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let title = format!(
        "gainsay: {} ({})",
        count(run.disputes.len(), "dispute"),
        count(run.outcome.conflicts.len(), "conflict")
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n",
        esc(&title),
        esc(&title)
    );
    summary(&mut out, run);
    out.push_str("</header>\n<main>\n");
    filters(&mut out, run);
    speaker_graph(&mut out, run);
    out.push_str("<section id=\"disputes\">\n<h2>Disputes</h2>\n");
    if run.disputes.is_empty() {
        out.push_str("<p>No conflict.</p>\n");
    }
    for (n, d) in run.disputes.iter().enumerate() {
        // The largest dispute opens at once: a reader sees its evidence first.
        dispute(&mut out, run, d, n == 0);
    }
    let _ = write!(
        out,
        "</section>\n</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}

fn summary(out: &mut String, run: &Run) {
    let _ = writeln!(
        out,
        "<p class=\"summary\">{} in {}: {}.</p>",
        count(run.outcome.conflicts.len(), "conflict"),
        count(run.documents, "document"),
        run.counts(),
    );
    let unread = run.failures.iter().chain(run.warnings);
    let notes: Vec<String> = unread
        .map(|f| {
            let line = f.line.map(|l| format!(":{l}")).unwrap_or_default();
            format!(
                "<li><code>{}{line}</code>: {}</li>",
                esc(&f.path),
                esc(&f.reason)
            )
        })
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(
            out,
            "<details class=\"inputs\"><summary>{} with problems</summary><ul>{}</ul></details>",
            count(notes.len(), "input"),
            notes.concat()
        );
    }
}

/// The filter bar: hidden until the script shows it, since it does nothing without.
fn filters(out: &mut String, run: &Run) {
    let conflicts = &run.outcome.conflicts;
    let rules: BTreeSet<&str> = conflicts.iter().map(|k| k.rule.as_str()).collect();
    let of_claims = |f: fn(&Claim) -> Option<&str>| -> BTreeSet<&str> {
        (conflicts.iter().flat_map(|k| k.claims))
            .filter_map(|i| f(&run.claims[i]))
            .collect()
    };
    let sides = of_claims(|c| c.speaker.side.as_deref());
    let speakers = of_claims(|c| Some(c.speaker.key()));
    out.push_str("<form id=\"filters\" hidden>\n");
    for (name, label, values) in [
        ("rule", "Rule", rules),
        ("side", "Side", sides),
        ("speaker", "Speaker", speakers),
    ] {
        let _ = write!(
            out,
            "<label>{label} <select name=\"{name}\"><option value=\"\">all</option>"
        );
        for v in values {
            let _ = write!(out, "<option>{}</option>", esc(v));
        }
        out.push_str("</select></label>\n");
    }
    out.push_str(
        "<label>Search <input type=\"search\" name=\"q\" placeholder=\"words in a sentence\"></label>\n\
         <output name=\"shown\"></output>\n</form>\n",
    );
}

/// Who contradicts whom: speakers as nodes, an edge per pair of speakers in conflict.
fn speaker_graph(out: &mut String, run: &Run) {
    let conflicts = &run.outcome.conflicts;
    if conflicts.is_empty() {
        return;
    }
    let claim_graph = graph::build(run.claims, conflicts);
    let options = view::Options {
        kind: view::ViewKind::Speakers,
        cluster: view::Cluster::Side,
        all: false,
        filter: view::Filter::default(),
        max_nodes: GRAPH_NODES,
    };
    let drawn = view::build(&claim_graph, run.claims, conflicts, &options);
    let svg = super::svg::of_view(&drawn, run.pack);
    // The drawing's own XML declaration has no place inside HTML.
    let svg = svg.find("<svg").map_or("", |at| &svg[at..]);
    out.push_str("<section id=\"graph\">\n<h2>Who contradicts whom</h2>\n");
    if let Some(cut) = &drawn.cut {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(cut));
    }
    let _ = writeln!(out, "<div class=\"picture\">{svg}</div>\n</section>");
}

fn dispute(out: &mut String, run: &Run, d: &Dispute, open: bool) {
    let severity = format!("{:?}", d.severity).to_lowercase();
    let claims = |i: usize| &run.claims[i];
    let members: Vec<&Conflict> = d
        .conflicts
        .iter()
        .map(|&n| &run.outcome.conflicts[n])
        .collect();
    let dates = d.span().map(|s| format!(", {s}")).unwrap_or_default();
    let _ = writeln!(
        out,
        "<details class=\"dispute {severity}\" id=\"d{}\"{}>\n<summary><span class=\"severity\">{severity}</span> \
         <span class=\"title\">{}</span> <span class=\"count\">{}{dates}</span></summary>",
        esc(&d.id),
        if open { " open" } else { "" },
        esc(&d.title),
        count(d.conflicts.len(), "conflict"),
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">Dispute <code>{}</code>; rules: {}.</p>\n<table class=\"positions\">\n\
         <tr><th>Who</th><th>Says</th><th>Speakers</th><th>Claims</th></tr>",
        esc(&d.id),
        esc(&d.rules.join(", "))
    );
    for p in &d.positions {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&p.holder),
            esc(&p.says),
            esc(&p.speakers.join(", ")),
            p.claims.len()
        );
    }
    out.push_str("</table>\n<h3>Strongest pair</h3>\n");
    let shown = &run.outcome.conflicts[d.representative];
    pair(out, shown.claims.map(claims));
    let _ = writeln!(out, "<h3>Every conflict</h3>\n<ol class=\"conflicts\">");
    for k in members {
        let [a, b] = k.claims.map(claims);
        let sides: BTreeSet<&str> = [a, b]
            .iter()
            .filter_map(|c| c.speaker.side.as_deref())
            .collect();
        let sides: Vec<&str> = sides.into_iter().collect();
        let speakers = [a.speaker.key(), b.speaker.key()];
        let _ = writeln!(
            out,
            "<li class=\"conflict\" data-rule=\"{}\" data-sides=\"{}\" data-speakers=\"{}\">\
             <p class=\"message\"><span class=\"rule\">{}</span> {}</p>",
            esc(&k.rule),
            esc(&json_list(&sides)),
            esc(&json_list(&speakers)),
            esc(&k.rule),
            esc(&k.message)
        );
        pair(out, [a, b]);
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</details>\n");
}

/// Both claims side by side: who, where, when, and the whole sentence.
fn pair(out: &mut String, claims: [&Claim; 2]) {
    out.push_str("<div class=\"pair\">\n");
    for c in claims {
        let side = c.speaker.side.as_deref().unwrap_or("unknown side");
        let stance = format!("{:?}", c.stance).to_lowercase();
        let day = c.day.map(|d| format!(", {d}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "<blockquote class=\"claim\"><p>{}</p><footer><b>{}</b> ({}) {stance}: \
             <code>{}</code><br><span class=\"where\">{}:{}{day}</span></footer></blockquote>",
            esc(&c.sentence),
            esc(c.speaker.key()),
            esc(side),
            esc(&proposition_text(c)),
            esc(&c.document),
            c.line
        );
    }
    out.push_str("</div>\n");
}

/// Names as a JSON array, which the filter script reads whatever they hold.
fn json_list(names: &[&str]) -> String {
    serde_json::to_string(names).expect("strings always serialise")
}

/// Text made safe for HTML content and quoted attributes, control characters too.
fn esc(text: &str) -> String {
    super::markup::escape(text, true)
}
