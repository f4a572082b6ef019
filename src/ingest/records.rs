//! JSON, JSONL and CSV: one document per record, its fields chosen through the
//! [`FieldMap`]. A record that cannot be read is a failure at its line; the file's other
//! records are still read.

use super::read::{self, Line};
use super::walk::Source;
use super::{at_column, day, meta, order, FieldMap, Parsed};
use crate::model::Document;
use rayon::prelude::*;
use serde_json::Value;
use std::io::BufRead;

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
pub(super) fn json<T>(source: &Source, text: &str, fields: &FieldMap, out: &mut Parsed<'_, T>) {
    match serde_json::from_str(text) {
        Ok(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let place = Place {
                    number: i + 1,
                    line: 1,
                };
                keep(source, json_record(source, fields, item, place), place, out);
            }
        }
        Ok(item) => {
            let place = Place { number: 1, line: 1 };
            keep(
                source,
                json_record(source, fields, &item, place),
                place,
                out,
            );
        }
        Err(err) => out.fail(source, Some(err.line()), json_reason(&err)),
    }
}

/// A `.jsonl` file: one object per line, blank lines skipped. Read in batches of lines,
/// each batch's records parsed and analysed in parallel.
pub(super) fn jsonl<T: Send>(
    source: &Source,
    reader: impl BufRead,
    fields: &FieldMap,
    out: &mut Parsed<'_, T>,
) {
    let mut number = 0;
    read::batches(source, reader, out, |lines, out| {
        let records: Vec<(Place, Line)> = (lines.into_iter())
            .filter(|l| !l.text.trim().is_empty())
            .map(|line| {
                number += 1;
                let place = Place {
                    number,
                    line: line.number,
                };
                (place, line)
            })
            .collect();
        let analyse = out.analyse;
        let results: Vec<_> = (records.into_par_iter())
            .map(|(place, line)| {
                let item = serde_json::from_str(&line.text).map_err(|e| json_reason(&e));
                item.and_then(|item| json_record(source, fields, &item, place))
                    .map(|document| (order(&document), analyse(document)))
                    .map_err(|reason| (place.line, reason))
            })
            .collect();
        for result in results {
            match result {
                Ok(document) => out.documents.push(document),
                Err((line, reason)) => out.fail(source, Some(line), reason),
            }
        }
    });
}

/// A `.csv` file with a header row, matched case-insensitively against the field names.
pub(super) fn csv<T>(source: &Source, text: &str, fields: &FieldMap, out: &mut Parsed<'_, T>) {
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

fn json_record(
    source: &Source,
    fields: &FieldMap,
    item: &Value,
    place: Place,
) -> Result<Document, String> {
    match item {
        Value::Object(map) => document(source, fields, |key| scalar(map.get(key)?), place),
        _ => Err("not a JSON object".to_string()),
    }
}

fn keep<T>(
    source: &Source,
    result: Result<Document, String>,
    place: Place,
    out: &mut Parsed<'_, T>,
) {
    match result {
        Ok(document) => out.keep(document),
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
