//! Every page is as easy to read as its audience needs: the public's pages at or below
//! Flesch-Kincaid grade 7 (about age 12), the pages for settings and professionals at or below
//! grade 9. `cargo run -- readability` prints each page's figure.

use signpost::core::{public::PUBLIC, verify};
use signpost::readability::{self, Audience};

#[test]
fn every_page_is_within_its_audiences_reading_grade() {
    let pages = readability::pages();
    let over: Vec<String> = pages
        .iter()
        .filter(|page| page.grade > page.audience.most())
        .map(|page| {
            format!(
                "{}: grade {:.1}, most {}",
                page.id,
                page.grade,
                page.audience.most()
            )
        })
        .collect();
    assert!(
        over.is_empty(),
        "pages harder to read than their audience allows (shorter sentences and plainer words \
         bring the grade down):\n{}",
        over.join("\n")
    );
}

/// Every page a person on the public journey can reach, and the start page, is held to the
/// public's limit, not the looser one for people at work, whichever other journeys reach it too.
#[test]
fn the_publics_pages_are_held_to_the_publics_grade() {
    let pages = readability::pages();
    let audience = |id: &str| pages.iter().find(|page| page.id == id).unwrap().audience;
    assert_eq!(audience("start"), Audience::Public);
    for path in verify::paths(&PUBLIC).unwrap() {
        for (question, _) in &path.answers {
            assert_eq!(audience(question.id()), Audience::Public, "{question}");
        }
        assert_eq!(
            audience(path.outcome.id()),
            Audience::Public,
            "{}",
            path.outcome
        );
    }
}
