//! Property tests of the in-process pipeline (segment, extract, rules) with the built-in
//! packs: claim spans point into their document, the output does not depend on the order
//! documents are given in, and an unrelated document never takes a conflict away.
//!
//! The generators compose sentences from speakers, reporting verbs and propositions that
//! the built-in packs recognise, mixed with arbitrary Unicode, upper-cased sentences and
//! stray punctuation. `generated_corpora_often_conflict` checks that they really produce
//! conflicts, so that the monotonicity properties cannot hold vacuously.

use gainsay::model::{Claim, Conflict, Document, Sentence};
use gainsay::pack::Pack;
use gainsay::{extract, pack, rules, segment};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::collections::BTreeSet;
use std::sync::LazyLock;

static PACK: LazyLock<Pack> =
    LazyLock::new(|| pack::load(true, &[]).expect("the built-in packs load"));

/// One run of the pipeline, composed as `gainsay check` composes it.
struct Run {
    /// The documents in the order the pipeline read them.
    docs: Vec<Document>,
    /// The sentences of each document of `docs`.
    sentences: Vec<Vec<Sentence>>,
    claims: Vec<Claim>,
    /// For each claim, the index in `docs` of the document it came from.
    owner: Vec<usize>,
    conflicts: Vec<Conflict>,
}

/// Sorts the documents by (id, path, first line), segments and extracts each, concatenates
/// the claims in that order and evaluates the rules over them.
fn run(docs: &[Document]) -> Run {
    let mut docs = docs.to_vec();
    docs.sort_by(|x, y| (&x.id, &x.path, x.first_line).cmp(&(&y.id, &y.path, y.first_line)));
    let mut sentences = Vec::new();
    let mut claims = Vec::new();
    let mut owner = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        let s: Vec<Sentence> = segment::segment(doc).collect();
        let found = extract::extract(doc, &s, &PACK);
        owner.extend(std::iter::repeat_n(i, found.len()));
        claims.extend(found);
        sentences.push(s);
    }
    let conflicts = rules::evaluate(&claims, &PACK).conflicts;
    Run {
        docs,
        sentences,
        claims,
        owner,
        conflicts,
    }
}

/// The claims and conflicts of a run as JSON, byte for byte what reports are built from.
fn json(run: &Run) -> String {
    serde_json::to_string(&(&run.claims, &run.conflicts)).expect("claims serialise")
}

/// What identifies a conflict across runs: its fingerprint `id`, its rule and the ids of
/// its two claims. All three are stable when documents are added; the `claims` field is
/// not (it holds indices into the run's claim list, which shift).
type Identity = (String, String, [String; 2]);

fn identities(run: &Run) -> BTreeSet<Identity> {
    run.conflicts
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                c.rule.clone(),
                c.claims.map(|i| run.claims[i].id.clone()),
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Building blocks. All sentences here are written for this file.

/// Speakers the packs resolve, with their side.
const RUSSIAN_SPEAKERS: &[&str] = &[
    "Moscow",
    "The Kremlin",
    "Russian officials",
    "The Russian defence ministry",
    "Peskov",
];
const UKRAINIAN_SPEAKERS: &[&str] = &[
    "Kyiv",
    "Ukrainian officials",
    "Ukrainian commanders",
    "Zelensky",
    "The Ukrainian general staff",
];
/// Reporting verbs: two assert, one denies (and so flips the polarity).
const CUES: &[&str] = &["said", "claimed", "denied", "insisted", "stated"];
/// Few towns, so that claims of different documents often meet on one.
const TOWNS: &[&str] = &["Avdiivka", "Bakhmut", "Pokrovsk", "Kupiansk"];
/// Propositions with `{T}` for the town.
const PROPOSITIONS: &[&str] = &[
    "Russian troops had captured {T}",
    "Russian forces seized {T}",
    "Russian units took control of {T}",
    "Russian forces do not control {T}",
    "Russian troops never captured {T}",
    "Ukrainian troops still hold {T}",
    "Ukrainian forces control {T}",
    "{T} is under Russian control",
    "there was no fighting in {T}",
    "heavy fighting continued in {T}",
    "clashes raged near {T}",
    "Russian troops may have captured {T}",
    "Russian forces now control most of {T}",
];
/// Sentences about sport and weather: no entity, place or predicate of the packs.
const UNRELATED: &[&str] = &[
    "The home side won the cup final three goals to one on Sunday.",
    "Forecasters said heavy rain would reach the northern hills by evening.",
    "The striker scored twice before half time, the coach said.",
    "Temperatures dropped sharply overnight and frost is expected tomorrow.",
    "The referee denied that the second goal was offside.",
    "A light breeze and clear skies are forecast for the marathon.",
    "The team captain claimed the pitch was too wet to play on.",
    "Snow closed two mountain passes, the weather service reported.",
];

fn russian() -> impl Strategy<Value = &'static str> {
    prop::sample::select(RUSSIAN_SPEAKERS)
}

fn ukrainian() -> impl Strategy<Value = &'static str> {
    prop::sample::select(UKRAINIAN_SPEAKERS)
}

fn speaker() -> impl Strategy<Value = &'static str> {
    prop_oneof![russian(), ukrainian()]
}

fn proposition() -> impl Strategy<Value = String> {
    (
        prop::sample::select(PROPOSITIONS),
        prop::sample::select(TOWNS),
    )
        .prop_map(|(p, t)| p.replace("{T}", t))
}

/// A reported claim: "Moscow said that Russian forces seized Bakhmut.", or with the
/// attribution at the end: "Russian forces seized Bakhmut, Moscow said."
fn claim_sentence() -> impl Strategy<Value = String> {
    (
        speaker(),
        prop::sample::select(CUES),
        proposition(),
        any::<bool>(),
    )
        .prop_map(|(who, cue, what, front)| {
            if front {
                format!("{who} {cue} that {what}.")
            } else {
                let mut what = what;
                let first = what[..1].to_uppercase();
                what.replace_range(..1, &first);
                let who = if who.starts_with("The ") {
                    who.replacen("The ", "the ", 1)
                } else {
                    who.to_string()
                };
                format!("{what}, {who} {cue}.")
            }
        })
}

/// A sentence that refutes or confirms an earlier claim by pointing back at it.
fn back_reference() -> impl Strategy<Value = String> {
    (
        speaker(),
        prop::sample::select(&["rejected", "denied", "disputed", "confirmed"][..]),
        prop::sample::select(
            &[
                "the claim",
                "the report",
                "that account",
                "these allegations",
            ][..],
        ),
    )
        .prop_map(|(who, cue, what)| format!("{who} {cue} {what}."))
}

/// Stray punctuation inserted at a random place of a sentence.
fn punctuated(sentence: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    (
        sentence,
        any::<prop::sample::Index>(),
        r#"[.,;:!?"'()\[\]…—–-]{1,3}"#,
    )
        .prop_map(|(s, at, marks)| {
            let bounds: Vec<usize> = s
                .char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(s.len()))
                .collect();
            let at = bounds[at.index(bounds.len())];
            format!("{}{}{}", &s[..at], marks, &s[at..])
        })
}

/// Arbitrary printable Unicode, which may itself contain sentence marks.
fn noise() -> impl Strategy<Value = String> {
    "\\PC{0,40}"
}

/// One piece of an article: mostly claims, sometimes shouted, mangled or noise.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => claim_sentence(),
        2 => back_reference(),
        1 => claim_sentence().prop_map(|s| s.to_uppercase()),
        1 => punctuated(claim_sentence()),
        1 => noise(),
        1 => prop::sample::select(UNRELATED).prop_map(str::to_string),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&[" ", "\n", "\n\n", "  ", "\r\n", " \u{a0}"][..])
}

fn article(pieces: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    prop::collection::vec((pieces, separator()), 1..6)
        .prop_map(|parts| parts.into_iter().map(|(piece, sep)| piece + sep).collect())
}

/// A document; `id` may repeat across documents (front matter can give two files one id),
/// `path` never does.
fn document(n: usize, id: u8, first_line: usize, text: String) -> Document {
    Document {
        id: format!("article-{id}"),
        path: format!("articles/{n:02}.md"),
        first_line,
        text,
        ..Document::default()
    }
}

/// Two to five articles, their ids drawn from a small pool so that some repeat.
fn corpus() -> impl Strategy<Value = Vec<Document>> {
    prop::collection::vec((0u8..4, 1usize..5, article(piece())), 2..6).prop_map(|docs| {
        docs.into_iter()
            .enumerate()
            .map(|(n, (id, line, text))| document(n, id, line, text))
            .collect()
    })
}

/// A corpus with at least one contradiction planted in it: a Russian speaker asserts that
/// Russian troops captured a town, a Ukrainian speaker in another document denies it; the
/// two sentences stand on lines of their own among generated ones.
fn contradicting_corpus() -> impl Strategy<Value = Vec<Document>> {
    (
        corpus(),
        russian(),
        ukrainian(),
        prop::sample::select(TOWNS),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(mut docs, ru, ua, town, i, j)| {
            let i = i.index(docs.len());
            let j = (i + 1 + j.index(docs.len() - 1)) % docs.len();
            docs[i].text.push_str(&format!(
                "\n{ru} said Russian troops had captured {town}.\n"
            ));
            docs[j].text.push_str(&format!(
                "\n{ua} denied that Russian troops had captured {town}.\n"
            ));
            docs
        })
}

/// A document of sport and weather, sometimes shouted or with stray punctuation, under an
/// id that sorts anywhere among the corpus's ids and a path of its own.
fn unrelated_document() -> impl Strategy<Value = Document> {
    let pieces = prop_oneof![
        4 => prop::sample::select(UNRELATED).prop_map(str::to_string),
        1 => prop::sample::select(UNRELATED).prop_map(|s| s.to_uppercase()),
        1 => punctuated(prop::sample::select(UNRELATED).prop_map(str::to_string)),
    ];
    (0u8..5, article(pieces)).prop_map(|(id, text)| Document {
        id: format!("article-{id}-sport"),
        path: "articles/sport.md".into(),
        first_line: 1,
        text,
        ..Document::default()
    })
}

// ---------------------------------------------------------------------------------------
// Sanity: the generators are not vacuous.

#[test]
fn a_fixed_example_conflicts() {
    let docs = vec![
        document(
            0,
            0,
            1,
            "Moscow said that Russian troops had captured Avdiivka.\n".into(),
        ),
        document(
            1,
            1,
            1,
            "Kyiv denied that Russian troops had captured Avdiivka. Heavy fighting continued in Bakhmut, Ukrainian officials said.\n".into(),
        ),
        document(
            2,
            2,
            1,
            "The Kremlin claimed that there was no fighting in Bakhmut.\n".into(),
        ),
    ];
    let base = run(&docs);
    let rules: BTreeSet<&str> = base.conflicts.iter().map(|c| c.rule.as_str()).collect();
    assert!(
        rules.contains("control-disputed") && rules.contains("fighting-denied"),
        "{rules:?}"
    );
    let mut with_sport = docs.clone();
    with_sport.push(Document {
        id: "article-0-sport".into(),
        path: "articles/sport.md".into(),
        first_line: 1,
        text: UNRELATED.join(" "),
        ..Document::default()
    });
    let extended = run(&with_sport);
    assert!(identities(&base).is_subset(&identities(&extended)));
}

/// Over many generated corpora, conflicts are common: the planted ones are always found,
/// and at least a third of the plain ones conflict (about half do).
#[test]
fn generated_corpora_often_conflict() {
    let mut runner = TestRunner::deterministic();
    let (mut plain, mut planted) = (0, 0);
    const N: usize = 200;
    for _ in 0..N {
        let docs = corpus().new_tree(&mut runner).unwrap().current();
        plain += usize::from(!run(&docs).conflicts.is_empty());
        let docs = contradicting_corpus()
            .new_tree(&mut runner)
            .unwrap()
            .current();
        planted += usize::from(!run(&docs).conflicts.is_empty());
    }
    assert_eq!(planted, N, "every planted contradiction is found");
    assert!(plain * 3 >= N, "only {plain} of {N} plain corpora conflict");
}

// ---------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// (a) A claim's span is the span of one of its document's sentences: inside the text,
    /// on char boundaries, trimmed, and what `sentence` quotes; its line and column are
    /// that sentence's, counted from the document's first line; its id names the document,
    /// the sentence start (and the clause's, for an open proposition) and the predicate.
    #[test]
    fn claim_spans_are_sentences_of_their_document(docs in corpus()) {
        let r = run(&docs);
        for (claim, &d) in r.claims.iter().zip(&r.owner) {
            let doc = &r.docs[d];
            let text = doc.text.as_str();
            let span = claim.span;
            prop_assert!(span.start < span.end && span.end <= text.len(), "{span:?} of {}", text.len());
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert_eq!(&text[span.start..span.end], &*claim.sentence);
            prop_assert_eq!(claim.sentence.trim(), &*claim.sentence);
            let sentence = r.sentences[d].iter().find(|s| s.span == span);
            prop_assert!(sentence.is_some(), "{span:?} is no sentence of {}", doc.path);
            let sentence = sentence.unwrap();
            prop_assert_eq!((claim.line, claim.column), (sentence.line, sentence.column));
            let before = &text[..span.start];
            let line = doc.first_line + before.matches('\n').count();
            let column = 1 + before.rsplit('\n').next().unwrap_or("").chars().count();
            prop_assert_eq!((claim.line, claim.column), (line, column));
            prop_assert_eq!(&*claim.document, doc.id.as_str());
            prop_assert_eq!(&*claim.path, doc.path.as_str());
            // An open proposition's id also names where its clause starts.
            let at = format!("{}@{}", doc.id, span.start);
            let predicate = format!(":{}", claim.proposition.predicate);
            prop_assert!(claim.id.starts_with(&at) && claim.id.ends_with(&predicate), "{}", claim.id);
        }
        for c in &r.conflicts {
            let [a, b] = c.claims;
            prop_assert!(a < b && b < r.claims.len(), "{:?}", c.claims);
        }
    }

    /// (b) The same corpus gives byte-identical claims and conflicts, run twice and with the
    /// documents given in another order.
    #[test]
    fn output_is_deterministic(
        (docs, shuffled) in corpus().prop_flat_map(|d| (Just(d.clone()), Just(d).prop_shuffle()))
    ) {
        let first = json(&run(&docs));
        prop_assert_eq!(&first, &json(&run(&docs)));
        prop_assert_eq!(&first, &json(&run(&shuffled)));
    }

    /// (c) Adding a document about sport and weather never removes a conflict.
    #[test]
    fn an_unrelated_document_removes_no_conflict(
        docs in contradicting_corpus(),
        extra in unrelated_document(),
    ) {
        prop_assert!(!run(&docs).conflicts.is_empty(), "the planted contradiction was not found");
        keeps_every_conflict(&docs, extra)?;
    }

    /// (c, stronger) Adding any generated article under an id of its own, related or not,
    /// never removes a conflict: rules compare pairs, and a new document only brings new
    /// pairs.
    #[test]
    fn any_added_document_removes_no_conflict(
        docs in contradicting_corpus(),
        (id, text) in (0u8..5, article(piece())),
    ) {
        keeps_every_conflict(&docs, added(format!("article-{id}-added"), text))?;
    }

    /// (c, shared id) The same, for an added article that shares its id with one of the
    /// corpus (two files with the same front-matter `id:`, or records with the same `id` in
    /// two JSONL files), under a path of its own: their claims share ids too, and a
    /// refutation must still be paired with the claim of its own document.
    #[test]
    fn an_added_document_sharing_an_id_removes_no_conflict(
        docs in contradicting_corpus(),
        (id, text) in (0u8..4, article(piece())),
    ) {
        keeps_every_conflict(&docs, added(format!("article-{id}"), text))?;
    }
}

fn added(id: String, text: String) -> Document {
    Document {
        id,
        path: "articles/added.md".into(),
        first_line: 1,
        text,
        ..Document::default()
    }
}

/// Every conflict of `docs` is still found once `extra` is added.
fn keeps_every_conflict(docs: &[Document], extra: Document) -> Result<(), TestCaseError> {
    let base = run(docs);
    let mut more = docs.to_vec();
    more.push(extra);
    let have = identities(&run(&more));
    for missing in identities(&base).difference(&have) {
        prop_assert!(false, "conflict {missing:?} lost");
    }
    Ok(())
}
