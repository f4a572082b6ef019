//! The pack loader on arbitrary bytes, written as a pack file and loaded without the
//! built-in packs: it returns Ok or Err and never panics.
//!
//! The file lives in a folder of its own under the temporary folder (`TMPDIR`), one per
//! process; `scripts/fuzz-smoke` points `TMPDIR` into `fuzz/target/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

static FILE: OnceLock<PathBuf> = OnceLock::new();

fn file() -> &'static PathBuf {
    FILE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("gainsay-fuzz-rules-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary folder");
        dir.join("pack.yaml")
    })
}

fuzz_target!(|data: &[u8]| {
    let path = file();
    std::fs::write(path, data).expect("write the pack file");
    let _ = gainsay::pack::load(false, std::slice::from_ref(path));
});
