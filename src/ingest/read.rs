//! Reading a source's bytes and decoding them to text. Binary and empty files are skipped;
//! invalid UTF-8 is decoded lossily with a warning, since one bad byte should not cost a
//! whole article.

use super::walk::Source;
use super::Parsed;
use std::fs;
use std::io::{self, BufRead, Read};

/// How far to look for a NUL byte, the sign of a binary file (as git and grep do).
const BINARY_PROBE: usize = 8 * 1024;

/// How many bytes of lines [`batches`] gathers before handing them on: enough to keep
/// every thread busy, little enough that a file of any size is never in memory at once.
const BATCH_BYTES: usize = 4 * 1024 * 1024;

const BOM: &[u8] = "\u{feff}".as_bytes();

/// The source's text; `None` after recording in `out` why it cannot be read.
pub(super) fn load<T>(source: &Source, out: &mut Parsed<'_, T>) -> Option<String> {
    let bytes = match read_bytes(source) {
        Ok(bytes) => bytes,
        Err(err) => {
            out.fail(source, None, err.to_string());
            return None;
        }
    };
    match decode(bytes) {
        Ok(decoded) => {
            if let Some(at) = decoded.invalid_at {
                out.warn(source, lossy_warning(at));
            }
            Some(decoded.text)
        }
        Err(reason) => {
            out.skip(source, reason);
            None
        }
    }
}

/// A line of a source, without its line break.
pub(super) struct Line {
    /// 1-based.
    pub number: usize,
    pub text: String,
}

/// Reads `reader` line by line and hands the lines on in batches, checked and decoded as
/// [`load`] checks and decodes a whole file: a binary or blank file is skipped, invalid
/// UTF-8 is decoded lossily with a warning, and a read error ends the file with a failure
/// at the line it stopped at (the lines before it are still handed on).
pub(super) fn batches<T>(
    source: &Source,
    mut reader: impl BufRead,
    out: &mut Parsed<'_, T>,
    mut each: impl FnMut(Vec<Line>, &mut Parsed<'_, T>),
) {
    let (mut offset, mut number, mut size) = (0, 0, 0);
    let (mut blank, mut warned, mut broken) = (true, false, false);
    let mut batch = Vec::new();
    let mut bytes = Vec::new();
    loop {
        bytes.clear();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(err) => {
                out.fail(source, Some(number + 1), err.to_string());
                broken = true;
                break;
            }
        }
        // Checked before anything is handed on: the first batch is larger than the probe.
        let probe = BINARY_PROBE.saturating_sub(offset).min(bytes.len());
        if bytes[..probe].contains(&0) {
            return out.skip(source, "binary file");
        }
        let skip = if offset == 0 && bytes.starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        let line = trim_line_break(&bytes[skip..]);
        let text = match std::str::from_utf8(line) {
            Ok(text) => text.to_string(),
            Err(err) => {
                if !std::mem::replace(&mut warned, true) {
                    let at = offset + skip + err.valid_up_to();
                    out.warn(source, lossy_warning(at));
                }
                String::from_utf8_lossy(line).into_owned()
            }
        };
        offset += bytes.len();
        number += 1;
        size += bytes.len();
        blank &= text.trim().is_empty();
        batch.push(Line { number, text });
        if size >= BATCH_BYTES {
            each(std::mem::take(&mut batch), out);
            size = 0;
        }
    }
    if blank && !broken {
        return out.skip(source, "empty file");
    }
    if !batch.is_empty() {
        each(batch, out);
    }
}

fn trim_line_break(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn lossy_warning(at: usize) -> String {
    format!("invalid UTF-8 at byte {at}; decoded lossily")
}

fn read_bytes(source: &Source) -> io::Result<Vec<u8>> {
    match &source.file {
        Some(path) => fs::read(path),
        None => {
            let mut bytes = Vec::new();
            io::stdin().lock().read_to_end(&mut bytes)?;
            Ok(bytes)
        }
    }
}

#[derive(Debug, PartialEq)]
struct Decoded {
    text: String,
    /// Byte offset of the first invalid UTF-8 sequence, if any.
    invalid_at: Option<usize>,
}

fn decode(bytes: Vec<u8>) -> Result<Decoded, &'static str> {
    if bytes.iter().take(BINARY_PROBE).any(|&b| b == 0) {
        return Err("binary file");
    }
    let (mut text, invalid_at) = match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            (
                String::from_utf8_lossy(err.as_bytes()).into_owned(),
                Some(at),
            )
        }
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.trim().is_empty() {
        return Err("empty file");
    }
    Ok(Decoded { text, invalid_at })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_only() {
        let decoded = decode(b"\xef\xbb\xbf  Hello.\n".to_vec()).unwrap();
        assert_eq!(decoded.text, "  Hello.\n");
        assert_eq!(decoded.invalid_at, None);
    }

    #[test]
    fn refuses_binary_and_blank() {
        assert_eq!(decode(b"GIF89a\0\x01".to_vec()), Err("binary file"));
        assert_eq!(decode(b" \n\t\r\n".to_vec()), Err("empty file"));
        assert_eq!(decode(b"\xef\xbb\xbf\n".to_vec()), Err("empty file"));
    }

    #[test]
    fn decodes_invalid_utf8_lossily() {
        let decoded = decode(b"caf\xe9 au lait".to_vec()).unwrap();
        assert_eq!(decoded.text, "caf\u{fffd} au lait");
        assert_eq!(decoded.invalid_at, Some(3));
    }
}
