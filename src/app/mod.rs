//! Runs a command: wires the stages together, writes the output, and says how the run
//! ended. Every stage is called from here and from nowhere else.

mod check;
mod explain;
mod rules;

pub use check::check;
pub use explain::explain;
pub use rules::{rules_check, rules_list, rules_schema, rules_test};

use crate::cli::PackArgs;
use crate::pack::{self, Pack};

/// How a run ended, as the process exit code says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// No finding at or above `--fail-on`.
    Clean = 0,
    /// Findings at or above `--fail-on`.
    Findings = 1,
    /// The run could not do its job: bad rules or arguments, unreadable input,
    /// or nothing compared at all.
    Broken = 2,
}

/// The packs a command names, or every error in them on stderr.
fn load_pack(args: &PackArgs) -> Result<Pack, Outcome> {
    pack::load(!args.no_default_rules, &args.paths).map_err(|errors| {
        for e in &errors.0 {
            eprintln!("error: {e}");
        }
        Outcome::Broken
    })
}
