//! JSON, JSONL and CSV: one document per record, its fields chosen through the
//! [`FieldMap`]. A record that cannot be read is a failure at its line; the file's other
//! records are still read.

use super::walk::Source;
use super::{at_column, day, meta, FieldMap, Parsed};
use crate::model::Document;
use serde_json::Value;

/// Where a record sits in its file.
#[derive(Debug, Clone, Copy)]
struct Place {
    /// 1-based ordinal among the file's records; names records that have no id.
    number: usize,
    /// 1-based line where the record starts.
    line: usize,
}

/// A `.json` file: one object, or an array of objects. serde_json keeps no positions for
/// array elements, so they all sit at line 1.
pub(super) fn json(source: &Source, text: &str, fields: &FieldMap, out: &mut Parsed) {
    match serde_json::from_str(text) {
        Ok(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let place = Place {
                    number: i + 1,
                    line: 1,
                };
                json_record(source, fields, item, place, out);
            }
        }
        Ok(item) => json_record(source, fields, &item, Place { number: 1, line: 1 }, out),
        Err(err) => out.fail(source, Some(err.line()), json_reason(&err)),
    }
}

/// A `.jsonl` file: one object per line, blank lines skipped.
pub(super) fn jsonl(source: &Source, text: &str, fields: &FieldMap, out: &mut Parsed) {
    let lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    for (i, (index, line)) in lines.enumerate() {
        let place = Place {
            number: i + 1,
            line: index + 1,
        };
        match serde_json::from_str(line) {
            Ok(item) => json_record(source, fields, &item, place, out),
            Err(err) => out.fail(source, Some(place.line), json_reason(&err)),
        }
    }
}

/// A `.csv` file with a header row, matched case-insensitively against the field names.
pub(super) fn csv(source: &Source, text: &str, fields: &FieldMap, out: &mut Parsed) {
    // Flexible: a row with missing or extra cells is still read, not an error that ends
    // the file; one without a text value then fails alone.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(row) => row.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(err) => return out.fail(source, Some(1), format!("invalid CSV header: {err}")),
    };
    for (i, row) in reader.records().enumerate() {
        let row = match row {
            Ok(row) => row,
            Err(err) => {
                let line = err.position().map(|at| at.line() as usize);
                out.fail(source, line, format!("invalid CSV record: {err}"));
                continue;
            }
        };
        let place = Place {
            number: i + 1,
            // Always known for a record read from a reader.
            line: row.position().map_or(i + 2, |at| at.line() as usize),
        };
        let get = |key: &str| {
            let key = key.to_lowercase();
            let column = header.iter().position(|h| *h == key)?;
            row.get(column).map(str::to_string)
        };
        keep(source, document(source, fields, get, place), place, out);
    }
}

fn json_record(source: &Source, fields: &FieldMap, item: &Value, place: Place, out: &mut Parsed) {
    let result = match item {
        Value::Object(map) => document(source, fields, |key| scalar(map.get(key)?), place),
        _ => Err("not a JSON object".to_string()),
    };
    keep(source, result, place, out);
}

fn keep(source: &Source, result: Result<Document, String>, place: Place, out: &mut Parsed) {
    match result {
        Ok(document) => out.documents.push(document),
        Err(reason) => out.fail(source, Some(place.line), reason),
    }
}

/// Builds a record's document from `get`, which looks a value up by key.
fn document(
    source: &Source,
    fields: &FieldMap,
    get: impl Fn(&str) -> Option<String>,
    place: Place,
) -> Result<Document, String> {
    let text = (fields.text.iter())
        .find_map(|key| get(key).filter(|v| !v.trim().is_empty()))
        .ok_or_else(|| format!("no text (looked for {})", fields.text.join(", ")))?;
    let pick = |keys: &[String]| keys.iter().find_map(|key| meta(&get(key)?));
    Ok(Document {
        id: pick(&fields.id).unwrap_or_else(|| format!("{}#{}", source.id, place.number)),
        first_line: place.line,
        title: pick(&fields.title),
        outlet: pick(&fields.outlet),
        published: pick(&fields.date).as_deref().and_then(day),
        speaker: pick(&fields.speaker),
        side: pick(&fields.side),
        text,
        ..source.document()
    })
}

/// Strings and numbers (ids are often numeric); other JSON values do not fill a field.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn json_reason(err: &serde_json::Error) -> String {
    format!("invalid JSON: {}", at_column(err.to_string(), err.column()))
}
