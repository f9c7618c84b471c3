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
