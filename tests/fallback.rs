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

/// `index.html` holds exactly the fallback the content gives; with `UPDATE_SNAPSHOTS=1` the
/// test writes it there.
#[test]
fn index_html_holds_the_fallback_made_from_the_content() {
    let path = snapshot::path("../../index.html");
    let page = std::fs::read_to_string(&path).unwrap();
    let start = page
        .find(START)
        .expect("index.html marks where the fallback starts")
        + START.len();
    let end = start
        + page[start..]
            .find(END)
            .expect("index.html marks where the fallback ends");
    let expected = format!(
        "{}{}{}",
        &page[..start],
        signpost::fallback::html(),
        &page[end..]
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
