//! Project configuration: `gainsay.yaml` or `.gainsay.yaml`, found by walking up from the
//! working folder (or named with `--config`). Paths in it are relative to its folder.
//! The command line wins over the file.

use crate::cli::FailOn;
use crate::model::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const NAMES: &[&str] = &["gainsay.yaml", ".gainsay.yaml"];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Corpus files and folders checked when none are given on the command line.
    #[serde(default)]
    pub paths: Vec<PathBuf>,
    /// Rule packs loaded after the built-in ones.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    #[serde(default)]
    pub no_default_rules: bool,
    /// Globs of files to pass over, relative to each corpus folder: `drafts/**`.
    #[serde(default)]
    pub exclude: Vec<String>,
    pub fail_on: Option<FailOn>,
    /// Severity per rule id, over the rule's own.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    pub baseline: Option<PathBuf>,
    /// Document field to record key or column: `text: body`.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

/// The configuration named, or the nearest one above `start`; the default when none.
pub fn load(named: Option<&Path>, start: &Path) -> Result<Config, String> {
    let found = match named {
        Some(path) => Some(path.to_path_buf()),
        None => discover(start),
    };
    let Some(path) = found else {
        return Ok(Config::default());
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut config: Config = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}:{}", l.line(), l.column()))
            .unwrap_or_default();
        format!("{}{at}: {e}", path.display())
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let rebase = |p: &mut PathBuf| *p = base.join(&*p);
    config.paths.iter_mut().for_each(rebase);
    config.rules.iter_mut().for_each(rebase);
    config.baseline.iter_mut().for_each(rebase);
    Ok(config)
}

fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .flat_map(|dir| NAMES.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_above_and_paths_rebased() {
        let dir = tempfile::tempdir().unwrap();
        let yaml = "paths: [corpus]\nfail_on: warning\nseverity: { talks: info }\nexclude: ['drafts/**']\n";
        std::fs::write(dir.path().join(".gainsay.yaml"), yaml).unwrap();
        let below = dir.path().join("a/b");
        std::fs::create_dir_all(&below).unwrap();
        let config = load(None, &below).unwrap();
        assert_eq!(config.paths, vec![dir.path().join("corpus")]);
        assert_eq!(config.fail_on, Some(FailOn::Warning));
        assert_eq!(config.severity["talks"], Severity::Info);
    }

    #[test]
    fn unknown_keys_are_errors_with_a_location() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gainsay.yaml");
        std::fs::write(&path, "paths: [x]\nfail-on: error\n").unwrap();
        let err = load(Some(&path), dir.path()).unwrap_err();
        assert!(err.contains("gainsay.yaml:2:1"), "{err}");
    }
}
