//! The wording matches the routing: every question, answer and outcome has its words, and every
//! outcome page has everything a person needs. (What the wording takes from the guidance is
//! checked in `tests/guidance.rs`.)

use signpost::content;
use signpost::core::FLOWS;
use std::collections::BTreeSet;

/// A question asked in several flows (`immediate-danger`) has one wording, which must match the
/// routing in each.
#[test]
fn every_question_and_answer_in_the_graph_has_wording_and_nothing_is_left_over() {
    let mut worded = BTreeSet::new();
    for flow in FLOWS {
        for node in flow.questions {
            let text = content::question(node.question);
            let routed: Vec<&str> = node.branches.iter().map(|b| b.answer).collect();
            let shown: Vec<&str> = text.answers.iter().map(|a| a.id).collect();
            assert_eq!(
                shown, routed,
                "answers of `{}` in `{}` differ from the routing",
                node.question, flow.id
            );
            worded.insert(node.question);
        }
    }
    assert_eq!(
        worded.len(),
        content::QUESTIONS.len(),
        "wording for a question no flow asks"
    );
}

/// Every page a child in danger is sent to begins with the call, whatever follows it
/// (`verify::CALL_999`).
#[test]
fn every_999_page_begins_with_the_call() {
    for outcome in signpost::core::verify::CALL_999 {
        let text = content::outcome(*outcome);
        assert!(
            text.title.starts_with("Call 999"),
            "`{outcome}`: {}",
            text.title
        );
        let first_step = text.steps[0];
        assert!(
            first_step.starts_with("Call 999"),
            "`{outcome}`: {first_step}"
        );
    }
}

/// The build writes each table in the order of its IDs' `ALL`, and the lookups take an ID's
/// place in it from the ID itself (`content::question` and the rest): so each ID's number is its
/// place in `ALL`, and each row is its own ID's.
#[test]
fn each_lookup_finds_its_own_ids_row() {
    use signpost::content::Doc;
    use signpost::core::{Outcome, Question};
    for (place, question) in Question::ALL.iter().enumerate() {
        assert_eq!(*question as usize, place, "{question}");
        assert_eq!(content::question(*question).question, *question);
    }
    for (place, outcome) in Outcome::ALL.iter().enumerate() {
        assert_eq!(*outcome as usize, place, "{outcome}");
        assert_eq!(content::outcome(*outcome).outcome, *outcome);
    }
    for (place, doc) in Doc::ALL.iter().enumerate() {
        assert_eq!(*doc as usize, place, "{doc:?}");
    }
    assert_eq!(content::QUESTIONS.len(), Question::ALL.len());
    assert_eq!(content::OUTCOMES.len(), Outcome::ALL.len());
}
