//! Claim extraction with the built-in packs on arbitrary text: it must not panic, and
//! every claim's span must lie inside the document, on char boundaries.
#![no_main]

use gainsay::model::Document;
use gainsay::pack::Pack;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PACK: OnceLock<Pack> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let pack = PACK.get_or_init(|| gainsay::pack::load(true, &[]).expect("built-in packs load"));
    let doc = Document {
        text: String::from_utf8_lossy(data).into_owned(),
        ..Default::default()
    };
    let sentences = gainsay::segment::segment(&doc);
    for claim in gainsay::extract::extract(&doc, sentences, pack) {
        let span = claim.span;
        assert!(
            span.start <= span.end && span.end <= doc.text.len(),
            "claim span {span:?} outside text of {} bytes",
            doc.text.len()
        );
        assert!(
            doc.text.is_char_boundary(span.start) && doc.text.is_char_boundary(span.end),
            "claim span {span:?} not on char boundaries"
        );
    }
});
