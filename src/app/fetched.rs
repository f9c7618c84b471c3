//! The two files the app fetches once, whatever the journey, just after the first screen: the
//! outcome pages' advice (what to note down, what happens next and the guidance behind them,
//! `content::advice_file`) and the postcode table that finds a council (`crate::council::postcodes`).
//! Every visitor fetches both, from the same addresses, so no request says what a person answered
//! or looked up. A page reached before a file has come says it is loading; if it cannot come,
//! says so.

use super::browser;
use crate::content::advice_file::{self, Advice};
use crate::council::postcodes::{self, Table};
use std::cell::Cell;
use std::rc::Rc;

/// How long a file may take before a page says it could not be loaded, rather than that it is
/// loading: a stalled connection would otherwise say "loading" for ever. If the file comes
/// later, it is used then.
const PATIENCE_MS: i32 = 10_000;

/// Where a fetched file is.
#[derive(Debug)]
pub enum Fetched<T: 'static> {
    Loading,
    Ready(&'static T),
    /// It could not be fetched, or it was not this build's.
    Failed,
}

impl<T> Clone for Fetched<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Fetched<T> {}

/// The same file is the same file, read once: compared by address, not word by word.
impl<T> PartialEq for Fetched<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Fetched::Ready(mine), Fetched::Ready(theirs)) => std::ptr::eq(*mine, *theirs),
            (Fetched::Loading, Fetched::Loading) | (Fetched::Failed, Fetched::Failed) => true,
            _ => false,
        }
    }
}

impl<T> Fetched<T> {
    pub fn ready(self) -> Option<&'static T> {
        match self {
            Fetched::Ready(file) => Some(file),
            Fetched::Loading | Fetched::Failed => None,
        }
    }
}

/// Fetches the advice once the first page is painted (`fetch`).
pub fn advice(done: impl Fn(Fetched<Advice>) + 'static) {
    fetch(
        advice_file::address(),
        advice_file::parse,
        "advice.txt could not be fetched, or is from another build; the outcome pages show their steps, contacts and confidentiality only.",
        done,
    );
}

/// Fetches the postcode table once the first page is painted (`fetch`).
pub fn councils(done: impl Fn(Fetched<Table>) + 'static) {
    fetch(
        postcodes::address(),
        Table::parse,
        "councils.txt could not be fetched, or is from another build; Find the council points to GOV.UK's page instead.",
        done,
    );
}

/// Fetches `address` once the first page is painted, then gives `done` what came of it; if
/// nothing has come after `PATIENCE_MS`, gives it `Failed` first, and what comes after that. Asked
/// for before that paint, Lighthouse counts the request as part of the paint. What `read` makes of it is kept for the rest of the
/// page's life, so the pages borrow it as they borrow the words built into the app. If it
/// cannot be read, the site's owner is told `if_missing` in the console.
fn fetch<T: 'static>(
    address: String,
    read: fn(&'static str) -> Option<T>,
    if_missing: &'static str,
    done: impl Fn(Fetched<T>) + 'static,
) {
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
            let text = browser::fetch_text(&address).await;
            let fetched = match text.and_then(|text| read(text.leak())) {
                Some(file) => Fetched::Ready(&*Box::leak(Box::new(file))),
                None => {
                    browser::report_problem(if_missing);
                    Fetched::Failed
                }
            };
            came.set(true);
            done(fetched);
        })
    });
}
