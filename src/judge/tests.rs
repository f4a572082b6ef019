use crate::model::{Claim, Document};
use crate::pack::{self, Pack};

/// The claims of short reports, one document each, published on one day.
fn reports(pack: &Pack, texts: &[&str]) -> Vec<Claim> {
    (texts.iter().enumerate())
        .flat_map(|(i, text)| {
            let doc = Document {
                id: format!("r{i}"),
                path: format!("r{i}"),
                first_line: 1,
                text: text.to_string(),
                published: "2025-03-04".parse().ok(),
                ..Document::default()
            };
            crate::extract::extract(&doc, crate::segment::segment(&doc), pack)
        })
        .collect()
}

/// The rules that find a conflict between the first claim of one report and any of the
/// other's.
fn flagged_by(texts: [&str; 2]) -> Vec<String> {
    let pack = pack::load(true, &[]).unwrap();
    let claims = reports(&pack, &texts);
    let outcome = crate::rules::evaluate(&claims, &pack);
    (outcome.conflicts.iter())
        .filter(|k| claims[k.claims[0]].document != claims[k.claims[1]].document)
        .map(|k| k.rule.clone())
        .collect()
}

/// Two reports that share a rare name tell one story: "the unit" of one is the "new
/// unit" of the other, and two counts of the dead count the same dead.
#[test]
fn two_reports_of_one_story_speak_of_one_thing() {
    let dates = flagged_by([
        "Tollbeck General Hospital will open a new maternity unit on March 3, its director said.",
        "Midwives at Tollbeck said the unit would not open until May 12.",
    ]);
    assert!(dates.contains(&"dates-differ".to_string()), "{dates:?}");
    let figures = flagged_by([
        "Nine miners were killed at Corbeck, the company said.",
        "The union said 31 miners had died in the Corbeck blast.",
    ]);
    assert!(
        figures.contains(&"figures-differ".to_string()),
        "{figures:?}"
    );
}

/// Without a name in common, a new unit and a unit, or nine miners and 31, may be others.
#[test]
fn reports_without_a_common_name_stay_apart() {
    let dates = flagged_by([
        "The hospital will open a new maternity unit on March 3, its director said.",
        "Midwives said the unit would not open until May 12.",
    ]);
    assert!(dates.is_empty(), "{dates:?}");
    let figures = flagged_by([
        "Nine miners were killed, the company said.",
        "The union said 31 miners had died.",
    ]);
    assert!(figures.is_empty(), "{figures:?}");
}

/// "Line 4" ties two reports as a rare name would, and "a fare rise" of one is the "fares"
/// of the other; "Line 4" and "Line 5" are two lines.
#[test]
fn a_name_with_a_number_ties_reports_and_names_one_thing() {
    let dates = flagged_by([
        "Line 4 reopened on Monday. A fare rise across the network will take effect on May 1.",
        "Fares across the network will go up on June 1, the operator said. Line 4 reopened.",
    ]);
    assert!(dates.contains(&"dates-differ".to_string()), "{dates:?}");
    let negated = flagged_by([
        "The Line 4 tram reopened on Monday, the operator said.",
        "Line 5 did not reopen on Monday, drivers said.",
    ]);
    assert!(negated.is_empty(), "{negated:?}");
}

/// The tests the rules ask before the judge never rule out a pair the judge would flag.
#[test]
fn the_cheap_tests_never_rule_out_a_conflict() {
    let pack = pack::load(true, &[]).unwrap();
    let claims = reports(
        &pack,
        &[
            "The ferry left Dunmore on May 2 with 140 passengers, the operator said.",
            "The ferry did not leave Dunmore, harbour staff said.",
            "The operator said the ferry left Dunmore on May 9.",
            "Coastguards said 210 passengers were on the ferry.",
            "All 150 passengers were rescued, the coastguard said.",
            "The harbour master said the crossing was cancelled.",
            "The council approved the budget, which raises fees by 4%.",
            "The council rejected the budget on Tuesday.",
        ],
    );
    let rules = pack.rules.iter().filter(|r| r.open);
    let mut flagged = 0;
    for rule in rules {
        for a in &claims {
            for b in &claims {
                let may = super::may_conflict(rule, super::Gist::of(a), super::Gist::of(b));
                let verdict = super::judge(rule, a, b, &pack);
                assert!(
                    may || verdict.is_err(),
                    "{}: {} / {}",
                    rule.id,
                    a.sentence,
                    b.sentence
                );
                flagged += usize::from(verdict.is_ok());
            }
        }
    }
    assert!(
        flagged > 0,
        "no pair was flagged: the test compares nothing"
    );
}

/// A thing called fake in one report contradicts the report that rests on it, when both
/// tell one story (a rare name in common), and only then.
#[test]
fn a_source_called_fake_is_contradicted_within_one_story() {
    let story = flagged_by([
        "The Harrowgate footage shows police officers beating a protester, campaigners said.",
        "The Harrowgate footage was staged, the police federation said.",
    ]);
    assert_eq!(story, ["states-exclusive"]);
    let apart = flagged_by([
        "The footage shows police officers beating a protester, campaigners said.",
        "The footage was staged, the police federation said.",
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// States that exclude each other conflict wherever each clause names them, and a
/// state denied agrees with its opposite.
#[test]
fn exclusive_states_conflict_unless_one_is_denied() {
    let at_large = flagged_by([
        "The Pellow Street gunman is in custody, detectives said.",
        "The Pellow Street gunman is still at large, neighbours said.",
    ]);
    assert_eq!(at_large, ["states-exclusive"]);
    let agreeing = flagged_by([
        "The Pellow Street gunman is in custody, detectives said.",
        "The Pellow Street gunman is no longer at large, neighbours said.",
    ]);
    assert!(agreeing.is_empty(), "{agreeing:?}");
}

/// Two reports of one story that count one thing count it once, whatever their verbs;
/// a state of some of them, or a span of time, counts something else.
#[test]
fn two_reports_count_one_thing_whatever_the_verb() {
    let figures = flagged_by([
        "Inspectors seized 48 sheep from Harrowfield Farm on Monday, the council said.",
        "In all, 19 sheep were taken from Harrowfield Farm on Monday, the charity said.",
    ]);
    assert!(
        figures.contains(&"figures-differ".to_string()),
        "{figures:?}"
    );
    let some = flagged_by([
        "Inspectors seized 48 sheep from Harrowfield Farm on Monday, the council said.",
        "Five sheep at Harrowfield Farm were lame on Monday, the charity said.",
    ]);
    assert!(some.is_empty(), "{some:?}");
    // Without a story in common the two counts may be of two flocks.
    let apart = flagged_by([
        "Inspectors seized 48 sheep on Monday, the council said.",
        "In all, 19 sheep were taken on Monday, the charity said.",
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

/// In two reports of one story, the walkout one names is the strike the other tells of.
#[test]
fn a_kind_named_in_two_reports_of_one_story_is_one_thing() {
    let dates = flagged_by([
        "The walkout at Brockhall started on Monday, a union steward said.",
        "Production at Brockhall halted on Tuesday as staff began a strike.",
    ]);
    assert!(dates.contains(&"dates-differ".to_string()), "{dates:?}");
}

/// "Nobody died" denies it of the man another report says died.
#[test]
fn nobody_denies_it_of_someone_counted_or_introduced() {
    let denied = flagged_by([
        "A man died when a tree fell on his car in Tregarth on Sunday, the ambulance service said.",
        "No deaths were reported in Tregarth on Sunday, police said.",
    ]);
    assert!(denied.contains(&"clause-negated".to_string()), "{denied:?}");
}

/// "The oat harvest" and "the rye harvest" are two harvests; "the harvest" may be either.
#[test]
fn words_before_the_head_tell_two_things_apart() {
    let two = flagged_by([
        "The oat harvest at Brisley fell sharply this year, the growers said.",
        "The rye harvest at Brisley rose sharply this year, the mill said.",
    ]);
    assert!(two.is_empty(), "{two:?}");
    let one = flagged_by([
        "The oat harvest at Brisley fell sharply this year, the growers said.",
        "The harvest at Brisley rose sharply this year, the mill said.",
    ]);
    assert!(one.contains(&"clause-opposed".to_string()), "{one:?}");
}

/// North of a town and south of it are two places; the same side is one.
#[test]
fn two_sides_of_a_place_are_two_places() {
    let apart = flagged_by([
        "Route 12 is closed north of Velmbury, the police said.",
        "Route 12 is open south of Velmbury, the council said.",
    ]);
    assert!(apart.is_empty(), "{apart:?}");
    let one = flagged_by([
        "Route 12 is closed north of Velmbury, the police said.",
        "Route 12 is open north of Velmbury, the council said.",
    ]);
    assert!(one.contains(&"clause-opposed".to_string()), "{one:?}");
}

/// A total and a smaller figure told by another verb may be the whole and a part.
#[test]
fn a_total_and_a_part_of_it_agree() {
    let part = flagged_by([
        "The Harrowfield budget totals 90 million pounds over two years, the clerk said.",
        "The Harrowfield budget provides 21 million pounds for roads, the auditors said.",
    ]);
    assert!(part.is_empty(), "{part:?}");
    let total = flagged_by([
        "The Harrowfield budget totals 90 million pounds over two years, the clerk said.",
        "The Harrowfield budget provides 140 million pounds for roads, the auditors said.",
    ]);
    // A part larger than the whole: the figures of one story, beyond its total.
    assert!(
        total.contains(&"figures-beyond-total".to_string()),
        "{total:?}"
    );
}

/// A state said to last until a day holds now; one said to begin later does not.
#[test]
fn a_state_lasting_until_a_day_holds_now() {
    let now = flagged_by([
        "The Velm pool will stay closed until June, the council said.",
        "The Velm pool is open, a lifeguard said.",
    ]);
    assert!(now.contains(&"clause-opposed".to_string()), "{now:?}");
    let later = flagged_by([
        "The Velm pool will be closed in June, the council said.",
        "The Velm pool is open, a lifeguard said.",
    ]);
    assert!(later.is_empty(), "{later:?}");
}
