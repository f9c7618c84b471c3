//! The words each content file gives a page, field by field: what a review of the file's wording
//! fingerprints (`tests/review.rs`) and what the guidance's terms are checked in
//! (`tests/guidance.rs`). How a page lays them out, and what it adds, is the app's
//! (`app::page_text` reads the page itself).

use super::{GLOSSARY, OutcomeAdvice, OutcomeText, QuestionText};

/// An outcome's words: its page's and its advice's, but the quotations.
pub fn outcome_words(text: &OutcomeText, advice: &OutcomeAdvice) -> Vec<&'static str> {
    let contacts = text
        .contacts
        .iter()
        .flat_map(|contact| [Some(contact.name), contact.hours, contact.note])
        .flatten();
    [text.title, text.lead]
        .into_iter()
        .chain(text.steps.iter().copied())
        .chain(contacts)
        .chain(advice.note_down.iter().copied())
        .chain(advice.what_happens_next.iter().copied())
        .chain(text.confidentiality.iter().copied())
        .collect()
}

/// A question's words: its heading, hint, answers and error.
pub fn question_words(text: &QuestionText) -> Vec<&'static str> {
    let answers = text
        .answers
        .iter()
        .flat_map(|answer| [Some(answer.label), answer.hint])
        .flatten();
    [Some(text.title), text.hint, Some(text.error)]
        .into_iter()
        .flatten()
        .chain(answers)
        .collect()
}

/// The glossary's words: its title, introduction and each term.
pub fn glossary_words() -> Vec<&'static str> {
    use super::pages::glossary::*;
    [TITLE, INTRO]
        .into_iter()
        .chain(GLOSSARY.iter().flat_map(|entry| {
            [entry.term, entry.meaning]
                .into_iter()
                .chain(entry.for_records.iter().copied())
        }))
        .collect()
}
