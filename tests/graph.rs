//! The real flows, proved by walking every path, and the committed snapshot of those paths.

mod snapshot;

use signpost::core::verify::{self, CALL_999, DANGER_ANSWERS, MAX_QUESTIONS};
use signpost::core::{FLOWS, FlowKind, Outcome, Question, public::PUBLIC};
use std::collections::BTreeSet;

#[test]
fn every_flow_passes_every_check() {
    let problems = verify::check(FLOWS);
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the graph has problems:\n{}",
        listed.join("\n")
    );
}

/// In every journey, "yes" and "I'm not sure" to the first question end the journey at 999.
#[test]
fn a_child_in_danger_now_always_goes_straight_to_999() {
    let journeys: Vec<_> = FLOWS
        .iter()
        .filter(|flow| flow.kind == FlowKind::Journey)
        .collect();
    // The three flows the start page offers are journeys: one turned into a tool would escape
    // this check and the one that a journey asks about danger first.
    let ids: Vec<&str> = journeys.iter().map(|flow| flow.id).collect();
    assert_eq!(ids, ["public", "setting", "professional"]);
    for flow in journeys {
        let paths = verify::paths(flow).unwrap();
        for answer in DANGER_ANSWERS {
            let in_danger: Vec<_> = paths
                .iter()
                .filter(|path| path.answers.first() == Some(&(Question::ImmediateDanger, answer)))
                .collect();
            assert!(
                !in_danger.is_empty(),
                "{}: no path answers {answer}",
                flow.id
            );
            for path in in_danger {
                assert_eq!(path.answers.len(), 1, "{}: {path}", flow.id);
                assert!(CALL_999.contains(&path.outcome), "{}: {path}", flow.id);
            }
        }
    }
}

/// A tool is used once the danger question has been asked; it never starts by asking it again.
#[test]
fn tools_do_not_ask_about_danger() {
    for flow in FLOWS.iter().filter(|flow| flow.kind == FlowKind::Tool) {
        assert!(
            flow.question(Question::ImmediateDanger).is_none(),
            "{} asks about danger",
            flow.id
        );
    }
}

#[test]
fn flow_ids_are_unique_and_each_names_its_flow() {
    let ids: BTreeSet<&str> = FLOWS.iter().map(|flow| flow.id).collect();
    assert_eq!(ids.len(), FLOWS.len());
    for flow in FLOWS {
        assert_eq!(signpost::core::flow(flow.id), Some(*flow));
    }
    assert_eq!(signpost::core::flow("nursery"), None);
}

#[test]
fn most_people_answer_four_questions_or_fewer_and_nobody_more_than_seven() {
    let paths = verify::paths(&PUBLIC).unwrap();
    let short = paths.iter().filter(|path| path.answers.len() <= 4).count();
    let longest = paths.iter().map(|path| path.answers.len()).max().unwrap();
    // Only the quality-of-service route, which must ask which service and what was already
    // tried, asks five questions.
    let five: Vec<String> = paths
        .iter()
        .filter(|p| p.answers.len() == 5)
        .map(|p| p.outcome.to_string())
        .collect();
    assert!(longest <= MAX_QUESTIONS);
    assert!(
        five.iter()
            .all(|id| id == "raise-with-provider" || id == "contact-ofsted"),
        "{five:?}"
    );
    assert!(
        2 * short > paths.len(),
        "only {short} of {} paths take four questions or fewer",
        paths.len()
    );
}

#[test]
fn no_id_names_both_a_question_and_an_outcome() {
    for question in Question::ALL {
        assert_eq!(
            Outcome::from_id(question.id()),
            None,
            "`{question}` is both"
        );
    }
}

/// Every path of every flow, one a line, as `signpost paths` prints them (`tests/cli.rs` checks
/// that it does). A change to routing changes this file: review the diff, then run
/// `UPDATE_SNAPSHOTS=1 cargo test --test graph` to accept it.
#[test]
fn paths_match_the_committed_snapshot() {
    let actual = verify::listing(FLOWS).unwrap();
    let difference = snapshot::compare(&snapshot::path("paths.txt"), &actual);
    snapshot::assert_all_match(&difference.into_iter().collect::<Vec<_>>());
}
