//! Segmentation of arbitrary text: every sentence and token span must lie inside the
//! text, on char boundaries, and every token inside its sentence.
#![no_main]

use gainsay::model::{Document, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let doc = Document {
        text: String::from_utf8_lossy(data).into_owned(),
        ..Default::default()
    };
    for sentence in gainsay::segment::segment(&doc) {
        check(&doc.text, sentence.span);
        for token in &sentence.tokens {
            check(&doc.text, token.span);
            assert!(
                sentence.span.contains(token.span),
                "token {:?} outside sentence {:?}",
                token.span,
                sentence.span
            );
        }
    }
});

fn check(text: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "span {span:?} outside text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "span {span:?} not on char boundaries"
    );
}
