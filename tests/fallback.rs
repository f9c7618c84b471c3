//! The static guidance in `index.html` (shown while the app loads, and when it cannot run) is
//! made from `content/fallback.toml`, so it cannot drift from the content; it covers, in brief,
//! every outcome of every journey.

mod snapshot;

use signpost::content::FALLBACK;
use signpost::core::{FLOWS, FlowKind, verify};
use std::collections::BTreeSet;

const START: &str =
    "<!-- fallback: made from content/fallback.toml by UPDATE_SNAPSHOTS=1 cargo test -->\n";
const END: &str = "        <!-- end of fallback -->";
const SET_UP_START: &str = "<!-- set-up slot: made from content/interface/set-up.toml by UPDATE_SNAPSHOTS=1 cargo test -->\n";
const SET_UP_END: &str = "      <!-- end of set-up slot -->";

/// `page` with what lies between the markers `start` and `end` replaced by `made`.
fn between(page: &str, start: &str, end: &str, made: &str) -> String {
    let from = page
        .find(start)
        .unwrap_or_else(|| panic!("index.html has no {start:?}"))
        + start.len();
    let to = from
        + page[from..]
            .find(end)
            .unwrap_or_else(|| panic!("index.html has no {end:?}"));
    format!("{}{made}{}", &page[..from], &page[to..])
}

/// `index.html` holds exactly the fallback and the set-up page's element the content gives;
/// with `UPDATE_SNAPSHOTS=1` the test writes them there.
#[test]
fn index_html_holds_the_fallback_made_from_the_content() {
    let path = snapshot::path("../../index.html");
    let page = std::fs::read_to_string(&path).unwrap();
    let expected = between(&page, START, END, &signpost::render::fallback::html());
    let expected = between(
        &expected,
        SET_UP_START,
        SET_UP_END,
        &signpost::render::fallback::set_up_slot_html(),
    );
    let difference = snapshot::compare(&path, &expected);
    snapshot::assert_all_match(&difference.into_iter().collect::<Vec<_>>());
}

/// Someone whose browser cannot run the app still finds every route a journey can give.
#[test]
fn the_fallback_covers_every_outcome_of_every_journey() {
    let covered: BTreeSet<_> = FALLBACK
        .sections
        .iter()
        .flat_map(|section| section.covers.iter().copied())
        .collect();
    for flow in FLOWS.iter().filter(|flow| flow.kind == FlowKind::Journey) {
        for path in verify::paths(flow).unwrap() {
            assert!(
                covered.contains(&path.outcome),
                "no section of content/fallback.toml covers `{}` ({}: {path})",
                path.outcome,
                flow.id
            );
        }
    }
}
