//! `check --stats`: how long each stage took and how fast it went, on stderr.
//!
//! Reading, segmentation and extraction run together, a document at a time on every
//! thread, so they have one wall time; the threads' time spent segmenting and extracting
//! is measured inside it, which tells how much of it reading and parsing took.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Counters shared by the threads, and the wall time of each sequential stage.
#[derive(Default)]
pub struct Stats {
    pub packs: Duration,
    pub streamed: Duration,
    pub rules: Duration,
    pub reports: Duration,
    /// Bytes of document text, and nanoseconds spent segmenting and extracting them,
    /// summed over threads.
    text_bytes: AtomicU64,
    extract_nanos: AtomicU64,
}

impl Stats {
    /// Runs `extract` on a document of `bytes` bytes, counting its bytes and time.
    pub fn extracting<T>(&self, bytes: usize, extract: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let out = extract();
        let nanos = started.elapsed().as_nanos() as u64;
        self.extract_nanos.fetch_add(nanos, Ordering::Relaxed);
        self.text_bytes.fetch_add(bytes as u64, Ordering::Relaxed);
        out
    }

    /// The table printed by `--stats`.
    pub fn render(&self, total: Duration, threads: usize, claims: usize) -> String {
        let bytes = self.text_bytes.load(Ordering::Relaxed) as f64;
        let extract = Duration::from_nanos(self.extract_nanos.load(Ordering::Relaxed));
        let rate = |d: Duration| format!("{:>8.1} MB/s", bytes / 1e6 / d.as_secs_f64().max(1e-9));
        let claims_rate = claims as f64 / self.rules.as_secs_f64().max(1e-9);
        let row = |name: &str, d: Duration, what: String| {
            format!("{name:<34}{:>9.3} s  {what}\n", d.as_secs_f64())
        };
        [
            row("load packs", self.packs, String::new()),
            row(
                "read, segment, extract (wall)",
                self.streamed,
                rate(self.streamed),
            ),
            row(
                &format!("  segment and extract ({threads} threads)"),
                extract,
                format!("{} of thread time", rate(extract)),
            ),
            row("rules", self.rules, format!("{claims_rate:>8.0} claims/s")),
            row("graph and reports", self.reports, String::new()),
            row("total", total, format!("{} of text", rate(total))),
        ]
        .concat()
    }
}
