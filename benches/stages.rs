//! One benchmark per pipeline stage, each on the output of the stage before it, so the
//! table reads like `gainsay check --stats`: ingest, segment, extract, rules, graph,
//! reports. Throughput is in bytes of article text (ingest: bytes of the files read);
//! the stages after extraction also count claims.
//!
//! Two corpora (the `args` of every bench):
//! - `examples`: the articles of `examples/`, copied until the corpus is ~300 KB, each copy
//!   dated 90 days after the one before. Copies share pairing keys, so `rules` meets
//!   buckets of ~100 claims (a dense corpus), but fall outside each other's windows, so
//!   they add candidate pairs, not conflicts;
//! - `press`: every n-th record of `../shared/corpora/presidential-press/articles.jsonl`
//!   (at most 500, spread over the years the file covers, which is in date order), when
//!   `../shared` lies beside the checkout; otherwise those benches are skipped.
//!
//! Both are written to a temporary folder, because `ingest` reads paths, never memory.
//! rayon gets one thread (unless `RAYON_NUM_THREADS` says otherwise), so MB/s are per core.
//!
//!     cargo bench --bench stages                      # stages in name order
//!     cargo bench --bench stages -- --sort location   # in pipeline order

use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;
use gainsay::ingest::{self, Corpus, FieldMap};
use gainsay::model::{Claim, Sentence};
use gainsay::pack::{self, Pack};
use gainsay::report::{self, Format, Run};
use gainsay::{extract, graph, rules, segment};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

const INPUTS: &[&str] = &["examples", "press"];
/// Enough copies of `examples/` to time something larger than the CPU caches.
const EXAMPLES_BYTES: usize = 300_000;
/// At most this many press records (of ~1,800): stable numbers in a short run.
const PRESS_RECORDS: usize = 500;
const PRESS_PATH: &str = "../shared/corpora/presidential-press/articles.jsonl";

fn main() {
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build_global()
            .expect("the global pool is built once, before any stage runs");
    }
    let mut divan = divan::Divan::from_args();
    // Both corpora are read and analysed before any timing; say what they hold.
    for input in INPUTS {
        match fixture(input) {
            Some(f) => eprintln!("{input}: {}", f.summary()),
            None => {
                eprintln!("press benches skipped: {PRESS_PATH} not found beside the checkout");
                divan = divan.skip_regex("::press$");
            }
        }
    }
    divan.main();
}

/// A corpus run through every stage once: each bench times one stage on the output
/// of the stages before it.
struct Fixture {
    /// What `ingest` reads; the folder is removed when the bench ends.
    _dir: tempfile::TempDir,
    paths: Vec<PathBuf>,
    file_bytes: u64,
    corpus: Corpus,
    text_bytes: usize,
    sentences: Vec<Vec<Sentence>>,
    claims: Vec<Claim>,
    outcome: rules::Outcome,
    disputes: Vec<gainsay::disputes::Dispute>,
}

/// The built-in packs (`rules/news.yaml`, `rules/war-in-ukraine.yaml`), as `gainsay
/// check` loads them when no rules are given.
static PACK: LazyLock<Pack> =
    LazyLock::new(|| pack::load(true, &[]).expect("the built-in packs load"));
static EXAMPLES: LazyLock<Fixture> = LazyLock::new(examples);
static PRESS_FIXTURE: LazyLock<Option<Fixture>> = LazyLock::new(press);

fn fixture(input: &str) -> Option<&'static Fixture> {
    match input {
        "examples" => Some(&EXAMPLES),
        "press" => PRESS_FIXTURE.as_ref(),
        _ => unreachable!("INPUTS has no {input}"),
    }
}

fn examples() -> Fixture {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut articles: Vec<(String, String)> = ["articles", "custom-rules/articles"]
        .iter()
        .flat_map(|sub| std::fs::read_dir(root.join(sub)).expect("examples/ is in the repository"))
        .map(|entry| entry.expect("examples/ can be listed").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                std::fs::read_to_string(&p).expect("example articles are UTF-8"),
            )
        })
        .collect();
    articles.sort();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut written = 0;
    for copy in 0.. {
        let folder = dir.path().join(format!("copy-{copy:03}"));
        std::fs::create_dir(&folder).unwrap();
        for (name, text) in &articles {
            // An undated article pairs with claims of any day: its copies would pair
            // with every copy of the others, as no real corpus does.
            if copy > 0 && !text.contains("\npublished: ") {
                continue;
            }
            let text = shift_dates(text, copy * 90);
            written += text.len();
            std::fs::write(folder.join(name), text).unwrap();
        }
        if written >= EXAMPLES_BYTES {
            break;
        }
    }
    let paths = vec![dir.path().to_path_buf()];
    Fixture::new(dir, paths)
}

/// Moves a Markdown article's `published:` date `days` later.
fn shift_dates(text: &str, days: i64) -> String {
    let lines = text
        .lines()
        .map(|line| match line.strip_prefix("published: ") {
            Some(date) => {
                let date: jiff::civil::Date = date.trim().parse().expect("example dates are dates");
                format!(
                    "published: {}",
                    date.saturating_add(jiff::Span::new().days(days))
                )
            }
            None => line.to_string(),
        });
    lines.map(|l| l + "\n").collect()
}

fn press() -> Option<Fixture> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(PRESS_PATH);
    let text = std::fs::read_to_string(file).ok()?;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("press.jsonl");
    // Records are in date order, and the first months, before the war, have few claims:
    // every n-th record keeps all months, so the rules have claims to pair.
    let lines: Vec<&str> = text.lines().collect();
    let step = lines.len().div_ceil(PRESS_RECORDS).max(1);
    let lines: Vec<&str> = lines.into_iter().step_by(step).collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    Some(Fixture::new(dir, vec![path]))
}

impl Fixture {
    fn new(dir: tempfile::TempDir, paths: Vec<PathBuf>) -> Fixture {
        let file_bytes = walk_bytes(dir.path());
        let corpus = read(&paths);
        assert!(corpus.failures.is_empty(), "{:?}", corpus.failures);
        let text_bytes = corpus.documents.iter().map(|d| d.text.len()).sum();
        let sentences: Vec<Vec<Sentence>> = (corpus.documents.iter())
            .map(|d| segment::segment(d).collect())
            .collect();
        let claims: Vec<Claim> = (corpus.documents.iter().zip(&sentences))
            .flat_map(|(d, s)| extract::extract(d, s, &PACK))
            .collect();
        let outcome = rules::evaluate(&claims, &PACK);
        let disputes = gainsay::disputes::group(&outcome.conflicts, &claims, &PACK);
        Fixture {
            _dir: dir,
            paths,
            file_bytes,
            corpus,
            text_bytes,
            sentences,
            claims,
            outcome,
            disputes,
        }
    }

    fn summary(&self) -> String {
        format!(
            "{} documents, {} KB of files, {} KB of text, {} sentences, {} claims, {} conflicts",
            self.corpus.documents.len(),
            self.file_bytes / 1000,
            self.text_bytes / 1000,
            self.sentences.iter().map(Vec::len).sum::<usize>(),
            self.claims.len(),
            self.outcome.conflicts.len(),
        )
    }

    fn text(&self) -> BytesCount {
        BytesCount::new(self.text_bytes)
    }

    fn claims(&self) -> ItemsCount {
        ItemsCount::new(self.claims.len())
    }

    fn run(&self) -> Run<'_> {
        Run {
            documents: self.corpus.documents.len(),
            failures: &self.corpus.failures,
            warnings: &self.corpus.warnings,
            skipped: &self.corpus.skipped,
            sentences: self.sentences.iter().map(Vec::len).sum(),
            claims: &self.claims,
            outcome: &self.outcome,
            disputes: &self.disputes,
            by: gainsay::report::By::Dispute,
            pack: &PACK,
        }
    }
}

fn read(paths: &[PathBuf]) -> Corpus {
    ingest::ingest(paths, &FieldMap::default(), &globset::GlobSet::empty())
}

fn walk_bytes(path: &Path) -> u64 {
    let meta = std::fs::metadata(path).unwrap();
    if !meta.is_dir() {
        return meta.len();
    }
    (std::fs::read_dir(path).unwrap())
        .map(|e| walk_bytes(&e.unwrap().path()))
        .sum()
}

/// Walking the folder, reading, decoding, front matter and JSON records into Documents.
#[divan::bench(args = INPUTS)]
fn ingest(bencher: Bencher, input: &str) {
    let f = fixture(input).unwrap();
    bencher
        .counter(BytesCount::new(f.file_bytes))
        .bench(|| read(&f.paths));
}

/// Sentences and tokens of every document, as the lazy iterator gives them.
#[divan::bench(args = INPUTS)]
fn segment(bencher: Bencher, input: &str) {
    let f = fixture(input).unwrap();
    bencher.counter(f.text()).bench(|| {
        (f.corpus.documents.iter())
            .flat_map(segment::segment)
            .map(|s| s.tokens.len())
            .sum::<usize>()
    });
}

/// Claims from already segmented sentences (`check` interleaves the two per document).
#[divan::bench(args = INPUTS)]
fn extract(bencher: Bencher, input: &str) {
    let f = fixture(input).unwrap();
    bencher.counter(f.text()).bench(|| {
        (f.corpus.documents.iter().zip(&f.sentences))
            .map(|(d, s)| extract::extract(d, s, &PACK))
            .collect::<Vec<_>>()
    });
}

/// Every rule over all the corpus's claims: the pairing index and the comparisons.
#[divan::bench(args = INPUTS)]
fn rules(bencher: Bencher, input: &str) {
    let f = fixture(input).unwrap();
    bencher
        .counter(f.text())
        .counter(f.claims())
        .bench(|| rules::evaluate(&f.claims, &PACK));
}

/// The claim graph `check` builds for its reports.
#[divan::bench(args = INPUTS)]
fn graph(bencher: Bencher, input: &str) {
    let f = fixture(input).unwrap();
    (bencher.counter(f.text()).counter(f.claims()))
        .bench(|| graph::build(&f.claims, &f.outcome.conflicts));
}

/// The conflicts grouped into disputes, as every report shows them.
#[divan::bench(args = INPUTS)]
fn disputes(bencher: Bencher, input: &str) {
    let f = fixture(input).unwrap();
    (bencher.counter(f.text()).counter(f.claims()))
        .bench(|| gainsay::disputes::group(&f.outcome.conflicts, &f.claims, &PACK));
}

/// Rendering the reports `check` writes: text, its default, and JSON, which programs read.
#[divan::bench_group]
mod reports {
    use super::*;

    #[divan::bench(args = INPUTS)]
    fn text(bencher: Bencher, input: &str) {
        render(bencher, input, Format::Text);
    }

    #[divan::bench(args = INPUTS)]
    fn json(bencher: Bencher, input: &str) {
        render(bencher, input, Format::Json);
    }

    fn render(bencher: Bencher, input: &str, format: Format) {
        let f = fixture(input).unwrap();
        bencher
            .counter(f.text())
            .counter(f.claims())
            .bench(|| report::render(format, &f.run()));
    }
}
