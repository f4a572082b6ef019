use super::{group, Dispute};
use crate::model::{Claim, Conflict, Document};
use crate::{extract, pack, rules, segment};

/// The claims and conflicts of documents given as (id, text).
fn run(documents: &[(&str, &str)]) -> (Vec<Claim>, Vec<Conflict>, pack::Pack) {
    let pack = pack::load(true, &[]).unwrap();
    let mut claims = Vec::new();
    for (id, text) in documents {
        let doc = Document {
            id: id.to_string(),
            path: id.to_string(),
            first_line: 1,
            text: text.to_string(),
            ..Document::default()
        };
        let sentences: Vec<_> = segment::segment(&doc).collect();
        claims.extend(extract::extract(&doc, &sentences, &pack));
    }
    let conflicts = rules::evaluate(&claims, &pack).conflicts;
    (claims, conflicts, pack)
}

const MOSCOW: &str = "Moscow said its forces had captured Avdiivka.\nThe Russian defence ministry said Russian troops had taken Avdiivka on Tuesday.";
const KYIV: &str = "Ukrainian officials said Russian forces had not captured Avdiivka.";
const WARD: &str =
    "The hospital said 12 patients were infected. The health ministry said 30 patients were infected.";

fn disputes_of(documents: &[(&str, &str)]) -> (Vec<Dispute>, usize) {
    let (claims, conflicts, pack) = run(documents);
    (group(&conflicts, &claims, &pack), conflicts.len())
}

#[test]
fn every_conflict_is_in_exactly_one_dispute() {
    let (disputes, conflicts) = disputes_of(&[
        ("moscow.txt", MOSCOW),
        ("kyiv.txt", KYIV),
        ("ward.txt", WARD),
    ]);
    assert_eq!(conflicts, 3);
    let mut members: Vec<usize> = disputes.iter().flat_map(|d| d.conflicts.clone()).collect();
    members.sort_unstable();
    assert_eq!(members, vec![0, 1, 2]);
}

#[test]
fn one_disagreement_repeated_is_one_dispute() {
    let (disputes, _) = disputes_of(&[
        ("moscow.txt", MOSCOW),
        ("kyiv.txt", KYIV),
        ("ward.txt", WARD),
    ]);
    assert_eq!(disputes.len(), 2, "{disputes:#?}");
    let control = &disputes[0];
    assert_eq!(control.conflicts.len(), 2);
    assert_eq!(control.topic, "controls(holder=russia, place=avdiivka)");
    let holders: Vec<(&str, &str)> = (control.positions.iter())
        .map(|p| (p.holder.as_str(), p.says.as_str()))
        .collect();
    assert_eq!(holders, vec![("russia", "yes"), ("ukraine", "no")]);
    assert_eq!(control.positions[0].claims.len(), 2, "both Russian claims");
    assert_eq!(control.positions[1].claims.len(), 1, "one Ukrainian claim");
    assert_eq!(
        control.title,
        "controls(holder=russia, place=avdiivka): russia says yes, ukraine says no"
    );
}

#[test]
fn ids_survive_new_lines_and_other_documents() {
    let (before, _) = disputes_of(&[("moscow.txt", MOSCOW), ("kyiv.txt", KYIV)]);
    let moved = format!("A line about the weather.\n{MOSCOW}");
    let (after, _) = disputes_of(&[
        ("ward.txt", WARD),
        ("kyiv.txt", KYIV),
        ("moscow.txt", moved.as_str()),
    ]);
    let control = |d: &[Dispute]| {
        (d.iter().find(|d| d.topic.starts_with("controls")))
            .map(|d| d.id.clone())
            .unwrap()
    };
    assert_eq!(control(&before), control(&after));
}

#[test]
fn the_representative_pair_names_its_speakers() {
    let (claims, conflicts, pack) = run(&[("moscow.txt", MOSCOW), ("kyiv.txt", KYIV)]);
    let disputes = group(&conflicts, &claims, &pack);
    let shown = &conflicts[disputes[0].representative];
    assert!(disputes[0].conflicts.contains(&disputes[0].representative));
    assert!(shown.claims.iter().all(|&i| !claims[i].narrated));
}
