//! The pattern compiler on arbitrary pattern text, with the built-in antonyms: it returns
//! Ok or Err and never panics. A pattern that compiles is also matched against a fixed
//! sentence (with the built-in packs' mentions), which must stay inside the tokens.
//! libFuzzer's `-timeout` turns a slow compile or match into a failure.
#![no_main]

use gainsay::model::Token;
use gainsay::pack::lexicon::Mention;
use gainsay::pack::pattern::Pattern;
use gainsay::pack::Pack;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const SENTENCE: &str = "Officials in Kyiv said on Monday that the troops had not captured \
    most of Avdiivka, and that 12 civilians were killed in Kramatorsk; Moscow denied it.";

struct Fixture {
    pack: Pack,
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(|| {
        let pack = gainsay::pack::load(true, &[]).expect("built-in packs load");
        let tokens = gainsay::segment::tokenize(SENTENCE);
        let mentions = pack.lexicon.mentions(&tokens, None);
        Fixture {
            pack,
            tokens,
            mentions,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let fixture = fixture();
    let source = String::from_utf8_lossy(data);
    let Ok(pattern) = Pattern::compile(&source, &fixture.pack.lexicon.antonyms) else {
        return;
    };
    let accepts = |_: &str, _: &Mention| true;
    if let Some(found) = pattern.find(&fixture.tokens, 0, &fixture.mentions, &accepts) {
        assert!(found.start <= found.end && found.end <= fixture.tokens.len());
        assert!(found.fixed.iter().all(|&t| t < fixture.tokens.len()));
    }
});
