//! What the scenario tests share: walk a flow as the person would, and read an outcome page's
//! words.

use signpost::app::page_text;
use signpost::content;
use signpost::core::{Flow, Journey, Node, Outcome};

/// What an outcome page shows, as a person reaches it, but the quotations from the guidance,
/// as one string to search.
pub fn page_text(outcome: Outcome) -> String {
    let page = page_text::outcome_page(outcome);
    let lines = page.lines.iter().filter(|line| !line.quotes);
    lines
        .map(|line| line.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Walks `flow` with `answers`, and checks it ends at `expected`, whose page shows every one of
/// `must_show`. `recognises` is a phrase from the situation that the person sees in the wording
/// of one of the answers they choose, so they would know to choose it.
#[allow(dead_code, reason = "current_law.rs reads pages only")]
#[track_caller]
pub fn scenario(
    flow: &'static Flow,
    answers: &[&str],
    recognises: &str,
    expected: Outcome,
    must_show: &[&str],
) {
    let mut journey = Journey::new(flow);
    for answer in answers {
        journey.answer(answer).unwrap();
    }
    assert_eq!(journey.current(), Node::Outcome(expected));
    let chosen_wording: String = journey
        .answers()
        .iter()
        .flat_map(|answer| {
            let text = content::question(answer.question());
            let option = text
                .answers
                .iter()
                .find(|option| option.id == answer.id())
                .unwrap();
            [option.label, option.hint.unwrap_or("")]
        })
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        chosen_wording.contains(recognises),
        "nothing the person chose mentions \"{recognises}\": {chosen_wording}"
    );
    let page = page_text(expected);
    for fact in must_show {
        assert!(
            page.contains(fact),
            "the `{expected}` page does not show \"{fact}\":\n{page}"
        );
    }
}

/// The outcome's page quotes the guidance saying `quoted`, among "The guidance behind this
/// advice" (`tests/content.rs` checks every quotation is really in the document).
#[track_caller]
#[allow(dead_code, reason = "used by settings_scenarios.rs only")]
pub fn quotes(outcome: Outcome, quoted: &str) {
    let sources = content::advice(outcome).sources;
    assert!(
        sources.iter().any(|source| source.quote.contains(quoted)),
        "the `{outcome}` page does not quote \"{quoted}\""
    );
}
