//! The command line, as clap derive types. Parsing only; `app` does the work.

use crate::report::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "gainsay",
    version,
    about = "Find where news sources contradict each other."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract claims from articles and report the pairs that contradict each other.
    Check(CheckArgs),
    /// Work with rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Show how a sentence, a document line, or a pair of them is read: speaker, cue,
    /// stance, propositions and patterns; for a pair, every rule's conditions.
    Explain(ExplainArgs),
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// One or two sentences, each given as text or as `FILE:LINE`.
    #[arg(required = true, num_args = 1..=2)]
    pub inputs: Vec<String>,
    /// Rule pack files or folders to load after the built-in packs.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Do not load the built-in packs.
    #[arg(long)]
    pub no_default_rules: bool,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Run the `tests` written beside each rule and print a matrix per rule.
    Test(PackArgs),
    /// List the loaded rules with their kind, severity and origin.
    List(PackArgs),
    /// Validate packs: report every error with file, line and column.
    Check(PackArgs),
    /// Print the JSON Schema of a pack file, for editors and validators.
    Schema,
}

#[derive(Debug, Args)]
pub struct PackArgs {
    /// Rule pack files or folders to load after the built-in packs.
    pub paths: Vec<PathBuf>,
    /// Do not load the built-in packs.
    #[arg(long)]
    pub no_default_rules: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders of articles (.txt, .md, .json, .jsonl, .csv); `-` reads stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to this file (atomically) instead of stdout; `-` is stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Rule pack files or folders to load after the built-in packs.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Do not load the built-in packs.
    #[arg(long)]
    pub no_default_rules: bool,
    /// Lowest severity that makes the run fail (exit 1).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Map a document field to a JSON key or CSV column, e.g. `text=body`; repeatable.
    #[arg(long = "field", value_name = "FIELD=NAME")]
    pub fields: Vec<String>,
    /// Worker threads (default: one per core). The output does not depend on it.
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Also list the files passed over because they are not articles.
    #[arg(long, short)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
    Never,
}
