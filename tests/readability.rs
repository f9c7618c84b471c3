//! Every page is as easy to read as its audience needs: the public's pages at or below
//! Flesch-Kincaid grade 7 (about age 12), the pages for settings and professionals at or below
//! grade 9. `cargo run -- readability` prints each page's figure.

use signpost::app::page_text;
use signpost::render::readability::{self, Audience, PageGrade};

fn pages() -> Vec<PageGrade> {
    readability::grades(&page_text::every_page(), page_text::FOR_THE_PUBLIC)
}

#[test]
fn every_page_is_within_its_audiences_reading_grade() {
    let pages = pages();
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

/// The pages a child, a parent or a neighbour reaches first are held to the public's limit, not
/// the looser one for people at work; pages only a setting's staff reach are held to theirs.
/// Named, not worked out from the routing as `readability::grades` does, so that a change to how
/// it decides is caught.
#[test]
fn the_publics_pages_are_held_to_the_publics_grade() {
    let pages = pages();
    let audience = |id: &str| pages.iter().find(|page| page.id == id).unwrap().audience;
    for id in [
        "start",
        "immediate-danger",
        "childline",
        "tell-lado",
        "call-999",
    ] {
        assert_eq!(audience(id), Audience::Public, "{id}");
    }
    for id in ["report-to-lado", "designated-officer-referral", "glossary"] {
        assert_eq!(audience(id), Audience::WorkWithChildren, "{id}");
    }
}
