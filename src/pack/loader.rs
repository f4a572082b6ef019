//! Finds and parses pack files: the built-in packs, the user's files and folders, and
//! what their `use:` lists name, each once, with cycles reported. A `use:` path may not
//! lead outside the rule folders the user gave: a pack that arrives in a pull request
//! must not read other files of the machine.

use super::error::{error, from_yaml, located, PackError};
use super::spec::PackSpec;
use super::BUILTIN;
use std::path::{Path, PathBuf};

#[derive(Clone, PartialEq)]
pub enum Source<'a> {
    Builtin(&'a str),
    File(PathBuf),
}

pub struct Loader {
    pub loaded: Vec<(String, String, PackSpec)>,
    /// Origins being loaded, to catch `use:` cycles.
    stack: Vec<String>,
    /// The folders `use:` may reach into, resolved: each folder given, and the folder of
    /// each file given.
    roots: Vec<PathBuf>,
}

impl Loader {
    pub fn new(paths: &[PathBuf]) -> Self {
        let roots = (paths.iter())
            .map(|p| match p.parent() {
                _ if p.is_dir() => p.as_path(),
                Some(parent) if !parent.as_os_str().is_empty() => parent,
                _ => Path::new("."),
            })
            .filter_map(|p| p.canonicalize().ok())
            .collect();
        Loader {
            loaded: Vec::new(),
            stack: Vec::new(),
            roots,
        }
    }

    pub fn visit(&mut self, source: Source) -> Result<(), PackError> {
        let (origin, text) = match &source {
            Source::Builtin(name) => {
                let text = BUILTIN.iter().find(|(n, _)| n == name).map(|(_, t)| *t);
                let text = text.ok_or_else(|| error(name, None, "no such built-in pack"))?;
                (format!("<built-in>/{name}"), text.to_string())
            }
            Source::File(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| error(&path.display().to_string(), None, &e.to_string()))?;
                (path.display().to_string(), text)
            }
        };
        if self.loaded.iter().any(|(o, _, _)| *o == origin) {
            return Ok(());
        }
        let spec: PackSpec = serde_yaml::from_str(&text).map_err(|e| from_yaml(&origin, &e))?;
        if spec.version != 1 {
            return Err(located(
                &origin,
                &text,
                "version",
                "only `version: 1` is supported",
            ));
        }
        self.stack.push(origin.clone());
        let used = spec
            .uses
            .iter()
            .try_for_each(|used| self.visit_used(&source, used, &origin, &text));
        // Popped on error too, so a later pack is not taken for part of a cycle.
        self.stack.pop();
        used?;
        self.loaded.push((origin, text, spec));
        Ok(())
    }

    /// A `use:` entry: a file beside the pack, or a built-in pack by its name.
    fn visit_used(
        &mut self,
        from: &Source,
        used: &str,
        origin: &str,
        text: &str,
    ) -> Result<(), PackError> {
        let builtin = BUILTIN.iter().any(|(name, _)| *name == used);
        let next = match from {
            Source::File(path) => {
                let file = path.parent().unwrap_or(Path::new(".")).join(used);
                match (file.is_file(), builtin) {
                    (true, _) => {
                        let inside = self.inside_roots(&file, used);
                        Source::File(inside.map_err(|m| located(origin, text, used, &m))?)
                    }
                    (false, true) => Source::Builtin(used),
                    (false, false) => {
                        let message = format!("`use: {used}`: no such file ({})", file.display());
                        return Err(located(origin, text, used, &message));
                    }
                }
            }
            Source::Builtin(_) => Source::Builtin(used),
        };
        let next_origin = match &next {
            Source::Builtin(name) => format!("<built-in>/{name}"),
            Source::File(path) => path.display().to_string(),
        };
        if self.stack.contains(&next_origin) {
            let chain = [self.stack.as_slice(), std::slice::from_ref(&next_origin)].concat();
            let message = format!("`use:` cycle: {}", chain.join(" → "));
            return Err(located(origin, text, used, &message));
        }
        self.visit(next)
    }

    /// `file` when it lies inside a rule folder once links and `..` are resolved.
    fn inside_roots(&self, file: &Path, used: &str) -> Result<PathBuf, String> {
        let real = file
            .canonicalize()
            .map_err(|e| format!("`use: {used}`: {e}"))?;
        if self.roots.iter().any(|root| real.starts_with(root)) {
            return Ok(file.to_path_buf());
        }
        Err(format!(
            "`use: {used}`: {} is outside the rule folders given; give its folder with --rules to allow it",
            real.display()
        ))
    }
}

pub fn yaml_files(path: &Path) -> Result<Vec<PathBuf>, PackError> {
    let origin = path.display().to_string();
    if !path.is_dir() {
        if !path.exists() {
            return Err(error(&origin, None, "no such file or folder"));
        }
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| error(&origin, None, &e.to_string()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    Ok(files)
}
