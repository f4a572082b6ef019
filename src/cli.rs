//! The command line, as clap derive types. Parsing only; `app` does the work.

use crate::graph::view::{Cluster, ViewKind};
use crate::report::Format;
use crate::rules::Part;
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
    /// Write the current conflicts to a baseline file, so that `check --baseline`
    /// reports only new ones.
    Baseline(BaselineArgs),
    /// Draw the conflict graph: claims, speakers or propositions, as DOT, SVG or JSON.
    Graph(GraphArgs),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
    /// Work with rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Show how a sentence, a document line, or a pair of them is read: speaker, cue,
    /// stance, propositions and patterns; for a pair, every rule's conditions.
    Explain(ExplainArgs),
    /// Extract claims and write them as records, spread over buckets by pairing key, for
    /// `check --claims` on many machines (see docs/scale-out.md).
    Extract(ExtractArgs),
    /// Build the reports from the claims of `extract` and the findings of every bucket's
    /// `check --claims`: the same reports as one `check` over the whole corpus, given the
    /// packs (`--rules`, `--no-default-rules`) the extraction had.
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// How many buckets to spread claims over; a claim goes to the bucket of each of its
    /// pairing keys.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub buckets: u32,
    /// Folder to write `bucket=NNNNN/SHARD.jsonl` and `inputs/SHARD.jsonl` into; without
    /// it, every record goes to stdout.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// File name of this extraction's records in `--out`, so that several extractions
    /// can write into one folder.
    #[arg(long, default_value = "claims")]
    pub shard: String,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Claim records of `gainsay extract`: files, or folders read for `.jsonl` files.
    #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
    pub claims: Vec<PathBuf>,
    /// Findings of `gainsay check --claims`, one file or folder per bucket or together.
    #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
    pub conflicts: Vec<PathBuf>,
    /// Report format, optionally with its own file: `json=report.json`; repeatable.
    #[arg(long, value_name = "FORMAT[=PATH]", value_parser = parse_output)]
    pub format: Vec<OutputSpec>,
    /// Write the report to this file (atomically) instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub packs: RulesArgs,
    /// Lowest severity that makes the run fail (exit 1); default: error.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// How the text report lists findings: by dispute, or every conflict in full.
    #[arg(long, value_enum, default_value_t)]
    pub by: crate::report::By,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// One or two sentences, each given as text or as `FILE:LINE`.
    #[arg(required = true, num_args = 1..=2)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub packs: RulesArgs,
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

/// Which rule packs a command loads, as options.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Rule pack files or folders to load after the built-in packs.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Do not load the built-in packs.
    #[arg(long)]
    pub no_default_rules: bool,
}

/// What to read and with which packs: shared by `check` and `baseline`.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Files or folders of articles (.txt, .md, .json, .jsonl, .csv); `-` reads stdin.
    /// Default: `paths:` of the configuration file.
    pub paths: Vec<PathBuf>,
    /// Configuration file; default: gainsay.yaml or .gainsay.yaml here or above.
    #[arg(long)]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub packs: RulesArgs,
    /// Map a document field to a JSON key or CSV column, e.g. `text=body`; repeatable.
    #[arg(long = "field", value_name = "FIELD=NAME")]
    pub fields: Vec<String>,
    /// Pass over files whose path inside a corpus folder matches this glob; repeatable.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Worker threads (default: one per core). The output does not depend on it.
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Also list the files passed over because they are not articles.
    #[arg(long, short)]
    pub verbose: bool,
    /// No progress bar and no notes; errors only.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Report format, optionally with its own file: `json=report.json`; repeatable, so
    /// one run can write several reports.
    #[arg(long, value_name = "FORMAT[=PATH]", value_parser = parse_output)]
    pub format: Vec<OutputSpec>,
    /// Write the report to this file (atomically) instead of stdout; `-` is stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Lowest severity that makes the run fail (exit 1); default: `fail_on:` of the
    /// configuration, else error.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Report only conflicts that this baseline file does not accept.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// Print the time and throughput of each stage on stderr.
    #[arg(long)]
    pub stats: bool,
    /// How the text report lists findings: by dispute, or every conflict in full.
    #[arg(long, value_enum, default_value_t)]
    pub by: crate::report::By,
    /// PATHS are claim records of `gainsay extract`: evaluate the rules on them and write
    /// the findings as records (to `--output` or stdout), for `gainsay report`.
    #[arg(long, conflicts_with_all = ["format", "baseline"])]
    pub claims: bool,
    /// With `--claims`: evaluate only the pairing keys of bucket I of N, and refuse claims
    /// that belong to no key of it.
    #[arg(long, value_name = "I/N", requires = "claims", value_parser = parse_bucket)]
    pub bucket: Option<Part>,
}

fn parse_bucket(text: &str) -> Result<Part, String> {
    let parse = |t: &str| t.trim().parse::<u32>().ok();
    match text.split_once('/').map(|(i, n)| (parse(i), parse(n))) {
        Some((Some(index), Some(count))) if index < count => Ok(Part { index, count }),
        _ => Err(format!("`{text}` is not I/N with 0 <= I < N, such as 3/16")),
    }
}

#[derive(Debug, Args)]
pub struct BaselineArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Where to write the baseline.
    #[arg(long, short, default_value = "gainsay-baseline.json")]
    pub output: PathBuf,
    /// Why these conflicts are accepted; stored with every entry.
    #[arg(long)]
    pub reason: Option<String>,
    /// Day (YYYY-MM-DD) after which the entries no longer hide their conflicts.
    #[arg(long)]
    pub expires: Option<crate::model::Day>,
    /// One entry per dispute instead of per conflict: later conflicts of an accepted
    /// dispute stay accepted too.
    #[arg(long)]
    pub disputes: bool,
}

#[derive(Debug, Args)]
pub struct GraphArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// DOT for Graphviz (canonical), SVG drawn in-process, or JSON for web visualisers.
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// What the nodes are.
    #[arg(long, value_enum, default_value_t = ViewKind::Claims)]
    pub view: ViewKind,
    /// Group claim nodes by document or by side (DOT only).
    #[arg(long, value_enum, default_value_t = Cluster::Document)]
    pub cluster: Cluster,
    /// Also draw claims that take part in no edge.
    #[arg(long)]
    pub all: bool,
    /// Only conflicts of this rule; repeatable.
    #[arg(long = "rule", id = "rule", value_name = "ID")]
    pub rules: Vec<String>,
    /// Only conflicts with a claim of this side; repeatable.
    #[arg(long = "side", value_name = "SIDE")]
    pub sides: Vec<String>,
    /// Only conflicts with a speaker whose name contains this; repeatable.
    #[arg(long = "speaker", value_name = "NAME")]
    pub speakers: Vec<String>,
    /// Only conflicts whose speakers, propositions or sentences contain these words.
    #[arg(long)]
    pub focus: Option<String>,
    /// Draw at most this many nodes, the most connected; a note says what was cut.
    #[arg(long, default_value_t = 150)]
    pub max_nodes: usize,
    /// Write to this file (atomically) instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    Dot,
    Svg,
    Json,
}

/// One report of a run: its format, and its file unless it goes to stdout.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputSpec {
    pub format: Format,
    pub path: Option<PathBuf>,
}

fn parse_output(text: &str) -> Result<OutputSpec, String> {
    let (name, path) = match text.split_once('=') {
        Some((name, path)) => (name, Some(PathBuf::from(path))),
        None => (text, None),
    };
    let format = Format::from_str(name, true).map_err(|_| {
        let names: Vec<String> = Format::value_variants()
            .iter()
            .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_string()))
            .collect();
        format!(
            "unknown format `{name}`; expected one of {}",
            names.join(", ")
        )
    })?;
    Ok(OutputSpec { format, path })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    Info,
    Warning,
    Error,
    Never,
}
