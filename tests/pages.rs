//! Every page's words as a committed snapshot in `tests/snapshots/pages/`, one file a page, so
//! a change of wording is a diff a safeguarding lead can review line by line.

mod snapshot;

use signpost::app::page_text;
use std::collections::BTreeSet;

/// Every page and state a person can see, drawn by the app's own components, by the name of its
/// snapshot file (`app::page_text::every_page`).
fn pages() -> Vec<(String, String)> {
    page_text::every_page()
        .into_iter()
        .map(|(name, text)| (name, text.to_string()))
        .collect()
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

/// GOV.UK's error summary lists the problems in the order of the fields they are about, so a
/// person working down the list works down the form.
#[test]
fn the_set_up_pages_error_summary_follows_the_fields() {
    let page = page_text::page("set-up").unwrap().to_string();
    let checked = page
        .split("==== ")
        .find(|state| state.contains("a problem in every field"))
        .expect("the set-up page is drawn with a problem in every field");
    let targets = |prefix: &str| -> Vec<&str> {
        checked
            .lines()
            .filter(|line| line.starts_with(prefix))
            .filter_map(|line| line.rsplit("(#field-").next()?.strip_suffix(')'))
            .collect()
    };
    let listed = targets("- [");
    let fields: Vec<&str> = signpost::host::local_contacts::HostKey::ALL
        .iter()
        .map(|key| key.id())
        .filter(|id| listed.contains(id))
        .collect();
    assert_eq!(listed.len(), fields.len(), "{listed:?}");
    assert_eq!(listed, fields);
}
