//! The outcome pages' advice (what to note down, what happens next and the guidance behind
//! them), fetched once, whatever the journey, just after the first screen
//! (`content::advice_file`). A page reached before it has come shows its heading, lead, steps,
//! contacts and confidentiality, and says the rest is loading; if it cannot come, says so.

use super::browser;
use crate::content::advice_file::{self, Advice};
use std::cell::Cell;
use std::rc::Rc;

/// How long the advice may take before a page says it could not be loaded, rather than that it
/// is loading: a stalled connection would otherwise say "loading" for ever. If the file comes
/// later, it is shown then.
const PATIENCE_MS: i32 = 10_000;

/// Where the advice is.
#[derive(Clone, Copy, Debug)]
pub enum Fetched {
    Loading,
    Ready(&'static Advice),
    /// It could not be fetched, or it was not this build's.
    Failed,
}

/// The same advice is the same file, read once: compared by address, not word by word.
impl PartialEq for Fetched {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Fetched::Ready(mine), Fetched::Ready(theirs)) => std::ptr::eq(*mine, *theirs),
            (Fetched::Loading, Fetched::Loading) | (Fetched::Failed, Fetched::Failed) => true,
            _ => false,
        }
    }
}

/// Fetches the advice once the first page is painted, then gives `done` what came of it; if
/// nothing has come after `PATIENCE_MS`, gives it `Failed` first, and what comes after that. Asked
/// for before that paint, Lighthouse counted the request as part of the paint (LCP 1,927 ms,
/// against 1,658 ms asked for after it).
/// What is read is kept for the rest of the page's life, so the pages borrow it as they borrow
/// the words built into the app.
pub fn fetch(done: impl Fn(Fetched) + 'static) {
    let done = Rc::new(done);
    let came = Rc::new(Cell::new(false));
    {
        let (done, came) = (done.clone(), came.clone());
        browser::after(PATIENCE_MS, move || {
            if !came.get() {
                done(Fetched::Failed);
            }
        });
    }
    browser::after_next_frame(move || {
        wasm_bindgen_futures::spawn_local(async move {
            let text = browser::fetch_text(&advice_file::address()).await;
            let fetched = match text.and_then(|text| advice_file::parse(text.leak())) {
                Some(advice) => Fetched::Ready(Box::leak(Box::new(advice))),
                None => {
                    browser::report_problem(&format!(
                        "{} could not be fetched, or is from another build; the outcome pages show their steps, contacts and confidentiality only.",
                        advice_file::FILE
                    ));
                    Fetched::Failed
                }
            };
            came.set(true);
            done(fetched);
        })
    });
}
