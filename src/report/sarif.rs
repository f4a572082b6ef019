//! SARIF 2.1.0 for code-scanning dashboards: one `reportingDescriptor` per loaded rule (in
//! load order, so `ruleIndex` points into it) and one `result` per conflict, located at
//! its first claim with the second as a related location. The conflict id is the partial
//! fingerprint, so dashboards follow a conflict across edits that move its lines. Columns
//! count characters (`unicodeCodePoints`); the output validates against the OASIS schema
//! copied in `tests/sarif/`.

use super::{proposition_text, Run};
use crate::model::{Claim, Severity};
use crate::pack::spec::{RuleKind, SpeakersSpec, Unless};
use crate::pack::{CompiledRule, Tolerance};
use crate::rules::kind_name;
use serde_json::{json, Value};

pub fn render(run: &Run) -> String {
    let rules: Vec<Value> = run.pack.rules.iter().map(descriptor).collect();
    let results: Vec<Value> = run
        .outcome
        .conflicts
        .iter()
        .map(|k| {
            let [a, b] = k.claims.map(|i| &run.claims[i]);
            let mut result = json!({
                "ruleId": k.rule,
                "level": level(k.severity),
                "message": { "text": format!("{} — {} vs {}", k.message, who(a), who(b)) },
                "partialFingerprints": { "gainsay/v1": k.id },
                "locations": [location(a, None)],
                "relatedLocations": [location(b, Some(1))],
            });
            // A rule that found a conflict is loaded, but the index is optional in SARIF:
            // leave it out rather than point at the wrong descriptor.
            if let Some(n) = run.pack.rules.iter().position(|r| r.id == k.rule) {
                result["ruleIndex"] = n.into();
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "gainsay",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            } },
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF is plain data");
    out.push('\n');
    out
}

fn descriptor(rule: &CompiledRule) -> Value {
    let checks = checks(rule);
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": { "text": rule.message },
        "fullDescription": { "text": format!("{checks}.") },
        "help": { "text": format!(
            "{checks}. `gainsay explain FILE:LINE FILE:LINE` shows which condition holds for a pair."
        ) },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": { "kind": kind_name(rule.kind) },
    })
}

/// What a rule flags, in words: "negation: two claims of one proposition with opposite
/// polarity, by speakers on different sides, within 14 days".
fn checks(rule: &CompiledRule) -> String {
    let what = match rule.kind {
        RuleKind::Negation | RuleKind::SelfContradiction => {
            "two claims of one proposition with opposite polarity".to_string()
        }
        RuleKind::Functional => format!(
            "two claims giving different values of `{}`",
            rule.differ.as_deref().unwrap_or("?")
        ),
        RuleKind::Numeric => match rule.tolerance {
            // Rounded: 0.07 * 100.0 is 7.000000000000001.
            Tolerance::Relative(r) => format!(
                "two claims whose numbers differ by more than {}%",
                (r * 1e4).round() / 1e2
            ),
            Tolerance::Absolute(n) => format!("two claims whose numbers differ by more than {n}"),
        },
        RuleKind::Refutation => "a claim that refutes an earlier one by reference".to_string(),
        RuleKind::Antonymy => "two claims whose predicates mean the opposite".to_string(),
        RuleKind::Date => "two claims that date one event to different days".to_string(),
        RuleKind::Semantic => {
            "two claims about one thing whose states exclude each other, or one calling the other's source fake"
                .to_string()
        }
    };
    let mut parts = vec![format!("{}: {what}", kind_name(rule.kind))];
    if rule.open {
        parts.push("of any asserted clause".to_string());
    }
    if let Some(p) = &rule.predicate {
        parts.push(format!("of predicate `{p}`"));
    }
    if !rule.same.is_empty() {
        parts.push(format!("with the same {}", names(&rule.same)));
    }
    if !rule.nested.is_empty() {
        parts.push(format!("with {} equal or contained", names(&rule.nested)));
    }
    match rule.speakers {
        SpeakersSpec::Any => {}
        SpeakersSpec::Different => parts.push("by different speakers".into()),
        SpeakersSpec::DifferentSides => parts.push("by speakers on different sides".into()),
        SpeakersSpec::Same => parts.push("by one speaker".into()),
    }
    match rule.within_days {
        Some(1) => parts.push("within 1 day".into()),
        Some(n) => parts.push(format!("within {n} days")),
        None => {}
    }
    if !rule.unless.is_empty() {
        let unless: Vec<&str> = rule.unless.iter().map(|&u| unless_text(u)).collect();
        parts.push(format!("unless either claim is {}", unless.join(" or ")));
    }
    parts.join(", ")
}

fn unless_text(unless: Unless) -> &'static str {
    match unless {
        Unless::Hedged => "hedged",
        Unless::Question => "a question",
        Unless::Partial => "partial",
        Unless::Narrated => "narrated",
        Unless::Reported => "reported",
        Unless::Ambiguous => "by an ambiguous speaker",
        Unless::Cumulative => "a running total and the other not",
    }
}

fn names(args: &[String]) -> String {
    let quoted: Vec<String> = args.iter().map(|a| format!("`{a}`")).collect();
    quoted.join(" and ")
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn who(c: &Claim) -> String {
    let side = c.speaker.side.as_deref().unwrap_or("unknown side");
    format!("{} ({side})", c.speaker.key())
}

fn location(c: &Claim, id: Option<usize>) -> Value {
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&c.path) },
            "region": {
                "startLine": c.line,
                "startColumn": c.column,
                "snippet": { "text": c.sentence },
            },
        },
        "message": { "text": format!("{}: {}", who(c), proposition_text(c)) },
    });
    if let Some(id) = id {
        location["id"] = id.into();
    }
    location
}

/// A relative URI reference for a path: forward slashes, and percent-encoding for what a
/// URI cannot hold as is (spaces, `%`, `#`, `?`, non-ASCII).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris_use_forward_slashes_and_percent_encoding() {
        assert_eq!(super::uri(r"corpus\a b#1.md"), "corpus/a%20b%231.md");
        assert_eq!(super::uri("kyïv.txt"), "ky%C3%AFv.txt");
    }
}
