//! Finds and parses pack files: the built-in packs, the user's files and folders, and
//! what their `use:` lists name, each once, with cycles reported.

use super::error::{error, from_yaml, located, PackError};
use super::spec::PackSpec;
use super::BUILTIN;
use std::path::{Path, PathBuf};

#[derive(Clone, PartialEq)]
pub enum Source<'a> {
    Builtin(&'a str),
    File(PathBuf),
}

#[derive(Default)]
pub struct Loader {
    pub loaded: Vec<(String, String, PackSpec)>,
    /// Origins being loaded, to catch `use:` cycles.
    stack: Vec<String>,
}

impl Loader {
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
        if self.stack.contains(&origin) {
            let chain = [self.stack.as_slice(), std::slice::from_ref(&origin)]
                .concat()
                .join(" → ");
            return Err(error(&origin, None, &format!("`use:` cycle: {chain}")));
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
        for used in &spec.uses {
            let next = match &source {
                Source::Builtin(_) => Source::Builtin(used),
                Source::File(path) => {
                    let file = path.parent().unwrap_or(Path::new(".")).join(used);
                    if !file.is_file() {
                        let message = format!("`use: {used}`: no such file ({})", file.display());
                        return Err(located(&origin, &text, used, &message));
                    }
                    Source::File(file)
                }
            };
            self.visit(next)?;
        }
        self.stack.pop();
        self.loaded.push((origin, text, spec));
        Ok(())
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
