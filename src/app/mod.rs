//! Runs a command: wires the stages together, writes the output, and says how the run
//! ended. Every stage is called from here and from nowhere else.

mod check;
mod explain;
mod graph;
mod rules;
mod split;
mod stats;

pub use check::{baseline, check};
pub use explain::explain;
pub use graph::graph;
pub use rules::{rules_check, rules_list, rules_schema, rules_test};
pub use split::{extract, report};

/// `gainsay completions SHELL`: a completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> Outcome {
    let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut command, "gainsay", &mut std::io::stdout());
    Outcome::Clean
}

/// `gainsay man`: the manual page, in roff, on stdout.
pub fn man() -> Outcome {
    let command = <crate::cli::Cli as clap::CommandFactory>::command();
    match clap_mangen::Man::new(command).render(&mut std::io::stdout()) {
        Ok(()) => Outcome::Clean,
        Err(e) => {
            eprintln!("error: {e}");
            Outcome::Broken
        }
    }
}

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
