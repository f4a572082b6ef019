//! JUnit XML for CI test dashboards: a `testsuite` per loaded rule, counting the pairs it
//! compared as tests and its conflicts as failures, and a failing `testcase` per conflict
//! with both sentences and their speakers. Passing pairs are counted, not listed. Written
//! by hand (no XML crate): every text and attribute goes through `escape`, which also
//! keeps out the control characters XML 1.0 cannot carry at all.

use super::markup::escape;
use super::Run;
use crate::model::Claim;
use std::fmt::Write;

pub fn render(run: &Run) -> String {
    let stats = &run.outcome.stats;
    let tests: usize = stats.iter().map(|s| s.pairs_compared).sum();
    let failures: usize = stats.iter().map(|s| s.conflicts).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"gainsay\" tests=\"{tests}\" failures=\"{failures}\">"
    );
    for rule in stats {
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">",
            attr(&rule.id),
            rule.pairs_compared,
            rule.conflicts
        );
        for k in run.outcome.conflicts.iter().filter(|k| k.rule == rule.id) {
            let [a, b] = k.claims.map(|i| &run.claims[i]);
            let name = format!("{}: {} vs {}", k.id, place(a), place(b));
            let severity = format!("{:?}", k.severity).to_lowercase();
            let body = format!("{}\n{}", said(a), said(b));
            let _ = writeln!(
                out,
                "    <testcase classname=\"{}\" name=\"{}\">\n      <failure message=\"{}\" type=\"{severity}\">{}</failure>\n    </testcase>",
                attr(&k.rule),
                attr(&name),
                attr(&k.message),
                escape(&body, false)
            );
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn place(c: &Claim) -> String {
    format!("{}:{}", c.path, c.line)
}

/// "Moscow (russia) at corpus/a.md:6: Moscow claimed that …".
fn said(c: &Claim) -> String {
    let side = c.speaker.side.as_deref().unwrap_or("unknown side");
    format!(
        "{} ({side}) at {}: {}",
        c.speaker.key(),
        place(c),
        c.sentence
    )
}

fn attr(text: &str) -> String {
    escape(text, true)
}
