//! `gainsay rules …`: test, list and check rule packs, and print their JSON Schema.

use super::{load_pack, Outcome};
use crate::cli::PackArgs;
use crate::pack::{CompiledRule, Pack};
use crate::rules::cases::{self, CaseResult, Expect};
use crate::rules::kind_name;

/// `gainsay rules test`: the cases written beside each rule, as a matrix. With paths,
/// the rules of those packs; without, the built-in ones. Fails on a failed case, on a
/// rule without cases, and when no case ran.
pub fn rules_test(args: &PackArgs) -> Outcome {
    let pack = match load_pack(args) {
        Ok(pack) => pack,
        Err(outcome) => return outcome,
    };
    let chosen = chosen_rules(&pack, args);
    let results = cases::run(&chosen, &pack);
    println!(
        "{:<32} {:>8} {:>8} {:>7} {:>6} {:>5}",
        "rule", "flagged", "passed", "missed", "noisy", "todo"
    );
    for rule in &chosen {
        println!("{}", matrix_row(rule, &results));
    }
    for r in results
        .iter()
        .filter(|r| !r.ok() || r.expect == Expect::Todo)
    {
        let what = match (r.expect, r.flagged) {
            (Expect::Flag, _) => "missed",
            (Expect::Pass, _) => "noisy",
            (Expect::Todo, true) => "todo, now flagged: move it to `flags`",
            (Expect::Todo, false) => "todo",
        };
        println!(
            "\n{what} [{}]:\n  a: {}\n  b: {}",
            r.rule, r.sentences[0], r.sentences[1]
        );
    }
    let untested: Vec<&str> = chosen
        .iter()
        .filter(|r| r.tests.flags.is_empty() && r.tests.passes.is_empty())
        .map(|r| r.id.as_str())
        .collect();
    for id in &untested {
        println!("\nuntested [{id}]: the rule has no `tests.flags` or `tests.passes` cases");
    }
    let failed = results.iter().filter(|r| !r.ok()).count();
    let run = results.iter().filter(|r| r.expect != Expect::Todo).count();
    println!(
        "\n{run} cases run: {} passed, {failed} failed",
        run - failed
    );
    if run == 0 {
        eprintln!("error: no test case ran");
        return Outcome::Broken;
    }
    if failed > 0 || !untested.is_empty() {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

/// The rules of the packs named on the command line, or the built-in rules.
fn chosen_rules<'a>(pack: &'a Pack, args: &PackArgs) -> Vec<&'a CompiledRule> {
    let builtin = |r: &&CompiledRule| r.origin.starts_with("<built-in>/");
    if args.paths.is_empty() {
        pack.rules.iter().filter(builtin).collect()
    } else {
        pack.rules.iter().filter(|r| !builtin(r)).collect()
    }
}

fn matrix_row(rule: &CompiledRule, results: &[CaseResult]) -> String {
    let mine: Vec<&CaseResult> = results.iter().filter(|r| r.rule == rule.id).collect();
    let count = |expect: Expect, ok: bool| {
        mine.iter()
            .filter(|r| r.expect == expect && r.ok() == ok)
            .count()
    };
    let flagged = format!("{}/{}", count(Expect::Flag, true), rule.tests.flags.len());
    let passed = format!("{}/{}", count(Expect::Pass, true), rule.tests.passes.len());
    let (missed, noisy) = (count(Expect::Flag, false), count(Expect::Pass, false));
    let todo = rule.tests.todo.len();
    format!(
        "{:<32} {flagged:>8} {passed:>8} {missed:>7} {noisy:>6} {todo:>5}",
        rule.id
    )
}

/// `gainsay rules list`: the loaded rules, one a line.
pub fn rules_list(args: &PackArgs) -> Outcome {
    let pack = match load_pack(args) {
        Ok(pack) => pack,
        Err(outcome) => return outcome,
    };
    for rule in &pack.rules {
        let severity = format!("{:?}", rule.severity).to_lowercase();
        let kind = kind_name(rule.kind);
        println!("{:<32} {kind:<10} {severity:<8} {}", rule.id, rule.origin);
    }
    Outcome::Clean
}

/// `gainsay rules check`: loads the packs and reports every error, or a one-line summary.
pub fn rules_check(args: &PackArgs) -> Outcome {
    match load_pack(args) {
        Ok(pack) => {
            let (p, r) = (pack.predicates.len(), pack.rules.len());
            let e = pack.lexicon.entities.len();
            println!("ok: {e} entities, {p} predicates, {r} rules");
            Outcome::Clean
        }
        Err(outcome) => outcome,
    }
}

/// `gainsay rules schema`: the JSON Schema of a pack file, for editors.
pub fn rules_schema() -> Outcome {
    println!("{}", crate::pack::schema());
    Outcome::Clean
}
