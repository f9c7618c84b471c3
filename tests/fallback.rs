//! The static guidance in `index.html` (shown while the app loads, and when it cannot run) is
//! made from `content/fallback.toml`, so it cannot drift from the content; it covers, in brief,
//! every outcome of every journey. The set-up page's own document is titled from the content.

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

/// `set-up.html`, the set-up page's own document, is named and headed as the app names it
/// (`content/interface/set-up.toml`) while its build loads, and if it cannot run.
#[test]
fn the_set_up_page_is_titled_from_the_content() {
    use signpost::content::{page_title, pages::set_up::TITLE};
    let page = std::fs::read_to_string(snapshot::path("../../set-up.html")).unwrap();
    let title = format!("<title>{}</title>", page_title(TITLE, false));
    assert!(page.contains(&title), "set-up.html should have {title}");
    let heading = format!(">{TITLE}</h1>");
    assert!(
        page.contains(&heading),
        "set-up.html should be headed {TITLE}"
    );
}

/// `set-up.html` repeats `index.html`'s Exit this page button and its 999 line, which must work
/// before any app has loaded: the same markup, so a change to one is made to both.
#[test]
fn the_set_up_page_has_the_tools_exit_button_and_999_line() {
    let read = |file: &str| std::fs::read_to_string(snapshot::path(file)).unwrap();
    let (tool, set_up) = (read("../../index.html"), read("../../set-up.html"));
    for (start, end) in [
        ("<header class=\"govuk-exit-this-page\">", "</header>"),
        ("<div class=\"govuk-warning-text\">", "</div>"),
    ] {
        let block = |page: &str| {
            let from = page.find(start).expect("the page has the block");
            let to = from + page[from..].find(end).expect("the block ends");
            page[from..to].to_owned()
        };
        assert_eq!(
            block(&set_up),
            block(&tool),
            "set-up.html's {start} differs from index.html's"
        );
    }
}
