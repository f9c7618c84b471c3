//! The wording matches the routing: every question, answer and outcome has its words, and every
//! outcome page has everything a person needs. (What the wording takes from the guidance is
//! checked in `tests/guidance.rs`.)

use signpost::content;
use signpost::core::{FLOWS, Outcome};
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

#[test]
fn every_outcome_has_exactly_one_page_with_steps_contacts_and_confidentiality() {
    for outcome in Outcome::ALL {
        let pages = content::OUTCOMES
            .iter()
            .filter(|t| t.outcome == *outcome)
            .count();
        assert_eq!(pages, 1, "`{outcome}` has {pages} pages");
        let (text, advice) = (content::outcome(*outcome), content::advice(*outcome));
        assert!(!text.steps.is_empty(), "`{outcome}` has no steps");
        assert!(!text.contacts.is_empty(), "`{outcome}` has no contacts");
        assert!(
            !advice.note_down.is_empty(),
            "`{outcome}` says nothing to note down"
        );
        assert!(
            !advice.what_happens_next.is_empty(),
            "`{outcome}` says nothing of what next"
        );
        assert!(
            !text.confidentiality.is_empty(),
            "`{outcome}` is silent on confidentiality"
        );
    }
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
