//! Reading a source's bytes and decoding them to text. Binary and empty files are refused;
//! invalid UTF-8 is decoded lossily with a warning, since one bad byte should not cost a
//! whole article.

use super::walk::Source;
use super::Parsed;
use std::fs;
use std::io::{self, Read};

/// How far to look for a NUL byte, the sign of a binary file (as git and grep do).
const BINARY_PROBE: usize = 8 * 1024;

/// The source's text; `None` after recording in `out` why it cannot be read.
pub(super) fn load(source: &Source, out: &mut Parsed) -> Option<String> {
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
                let reason = format!("invalid UTF-8 at byte {at}; decoded lossily");
                out.warn(source, reason);
            }
            Some(decoded.text)
        }
        Err(reason) => {
            out.fail(source, None, reason);
            None
        }
    }
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
