//! Every page's words as a committed snapshot in `tests/snapshots/pages/`, one file a page, so
//! a change of wording is a diff a safeguarding lead can review line by line.

mod snapshot;

use signpost::core::{Outcome, Question};
use signpost::host::local_contacts::LocalContacts;
use signpost::render::page_text;
use std::collections::BTreeSet;

/// Every page, by the name of its snapshot file: its ID, or `start` and `glossary`.
fn pages() -> Vec<(String, String)> {
    let mut pages = vec![
        ("start".to_owned(), page_text::start_page()),
        ("glossary".to_owned(), page_text::glossary_page()),
        ("set-up".to_owned(), page_text::set_up_page()),
    ];
    for question in Question::ALL {
        pages.push((
            question.id().to_owned(),
            page_text::question_page(*question),
        ));
    }
    for outcome in Outcome::ALL {
        let text = page_text::outcome_page(*outcome, &LocalContacts::default());
        pages.push((outcome.id().to_owned(), text));
    }
    // Every outcome page shows the same words in place of its advice; one is enough to review.
    pages.push((
        "without-advice".to_owned(),
        page_text::outcome_page_without_advice(Outcome::TellLado, &LocalContacts::default()),
    ));
    pages
}

#[test]
fn every_page_matches_its_snapshot() {
    let differences: Vec<String> = pages()
        .iter()
        .filter_map(|(name, text)| {
            snapshot::compare(&snapshot::path(&format!("pages/{name}.txt")), text)
        })
        .collect();
    snapshot::assert_all_match(&differences);
}

/// A page that no longer exists leaves no snapshot behind to mislead a reviewer.
#[test]
fn every_snapshot_is_of_a_page() {
    let names: BTreeSet<String> = pages()
        .into_iter()
        .map(|(name, _)| format!("{name}.txt"))
        .collect();
    assert_eq!(names.len(), pages().len(), "two pages share a name");
    let folder = snapshot::path("pages");
    for entry in std::fs::read_dir(&folder).expect("tests/snapshots/pages exists") {
        let file = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !names.contains(&file) {
            if snapshot::updating() {
                std::fs::remove_file(folder.join(&file)).unwrap();
            } else {
                panic!("tests/snapshots/pages/{file} is of no page; remove it");
            }
        }
    }
}

/// The app fetches the outcome pages' advice from `assets/advice.txt` (see
/// `signpost::content::advice_file`): the file must be the one this build writes, or the app
/// would refuse it and show each page without what to note down, what happens next and the
/// quotations. It is checked and written as
/// the snapshots are; the page snapshots are where a change of wording is reviewed.
#[test]
fn the_advice_file_is_this_builds() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(signpost::content::advice_file::FILE);
    let differences: Vec<String> =
        snapshot::compare(&file, &signpost::content::advice_file::file())
            .into_iter()
            .collect();
    snapshot::assert_all_match(&differences);
}
