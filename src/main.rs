use clap::Parser;
use gainsay::cli::{Cli, Command, RulesCommand};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match &cli.command {
        Command::Check(args) => gainsay::app::check(args),
        Command::Baseline(args) => gainsay::app::baseline(args),
        Command::Graph(args) => gainsay::app::graph(args),
        Command::Completions { shell } => gainsay::app::completions(*shell),
        Command::Man => gainsay::app::man(),
        Command::Rules(RulesCommand::Test(args)) => gainsay::app::rules_test(args),
        Command::Rules(RulesCommand::List(args)) => gainsay::app::rules_list(args),
        Command::Rules(RulesCommand::Check(args)) => gainsay::app::rules_check(args),
        Command::Rules(RulesCommand::Schema) => gainsay::app::rules_schema(),
        Command::Explain(args) => gainsay::app::explain(args),
        Command::Extract(args) => gainsay::app::extract(args),
        Command::Report(args) => gainsay::app::report(args),
    };
    ExitCode::from(outcome as u8)
}
