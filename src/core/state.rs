//! Everything the app holds, and every action that changes it: the app renders
//! [`State::page`] and turns each click, and each move of the browser, into an [`Action`].
//! Plain Rust, so `tests/history.rs` drives it as the browser would, without one.

use super::entry_page::{EntryPage, Page};
use super::graph::Flow;
use super::history::History;
use super::ids::Question;
use super::link::LinkTarget;
use super::public::PUBLIC;

/// What a person, or their browser, did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Begin the questions of this flow.
    Start(&'static Flow),
    /// Begin the questions the current page offers (on a linked outcome, the flow reaching it).
    StartOffered,
    /// Continue on a question, with the answer chosen, if any.
    Choose(Option<&'static str>),
    Change(Question),
    StartAgain,
    /// The browser moved, by Back or Forward, to the tool's entry with this number.
    Moved(usize),
    /// A link changed the URL fragment, naming `target` or nothing the tool knows. The browser
    /// made a new entry for it, or `replaced` the entry it was on when the link went to the
    /// address the page already had.
    Link {
        target: Option<LinkTarget>,
        replaced: bool,
    },
    /// Exit this page was used: forget everything, and show and change nothing more.
    Exit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    history: History,
    /// Exit this page was used; the page is on its way out.
    exited: bool,
}

impl State {
    /// The state when the page loads: the start page, or what the URL fragment names. `label`
    /// is the number the browser's entry carries, if the tool made it before.
    pub fn load(linked: Option<LinkTarget>, label: Option<usize>) -> State {
        let mut entry_page = EntryPage::new(&PUBLIC);
        if let Some(target) = linked {
            target.open(&mut entry_page);
        }
        State {
            history: History::load(entry_page, label),
            exited: false,
        }
    }

    pub fn page(&self) -> Page {
        self.history.entry_page().page()
    }

    /// The number the browser's entry should carry.
    pub fn entry(&self) -> usize {
        self.history.at()
    }

    /// Whether the tool has an earlier entry for the Back link to return to.
    pub fn can_go_back(&self) -> bool {
        self.history.at() > 0
    }

    /// Exit this page was used.
    pub fn exited(&self) -> bool {
        self.exited
    }

    pub fn apply(&mut self, action: Action) {
        if self.exited {
            return;
        }
        let mut entry_page = self.history.entry_page().clone();
        match action {
            Action::Start(flow) => entry_page.start(flow),
            Action::StartOffered => entry_page.start(entry_page.flow()),
            // The radios offer only the question's own answers, and Change links only answered
            // questions, so these cannot fail; if one did, the page would stay as it is.
            Action::Choose(answer) => entry_page.choose(answer).unwrap_or_default(),
            Action::Change(question) => entry_page.change(question).unwrap_or_default(),
            Action::Link { target, .. } => {
                if let Some(target) = target {
                    target.open(&mut entry_page);
                }
            }
            Action::StartAgain => {
                self.history.forget();
                entry_page = EntryPage::new(&PUBLIC);
            }
            Action::Moved(label) => {
                self.history.go_to(label);
                return;
            }
            Action::Exit => {
                *self = State::load(None, None);
                self.exited = true;
                return;
            }
        }
        // An error message is the same page; the browser's link to the address it is on made
        // no entry. A link otherwise always made one, and Start again is always a new page.
        let same_entry = match action {
            Action::Choose(None) | Action::Link { replaced: true, .. } => true,
            Action::Link { .. } | Action::StartAgain => false,
            _ => &entry_page == self.history.entry_page(),
        };
        if same_entry {
            self.history.replace(entry_page);
        } else {
            self.history.push(entry_page);
        }
    }
}
