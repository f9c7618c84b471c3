//! Everything the app holds, and every action that changes it: the app renders
//! [`State::page`] and turns each click, and each move of the browser, into an [`Action`].
//! Plain Rust, so `tests/history.rs` drives it as the browser would, without one.

use super::graph::Flow;
use super::history::History;
use super::ids::Question;
use super::link::LinkTarget;
use super::public::PUBLIC;
use super::session::{Page, Session};

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
    left: bool,
}

impl State {
    /// The state when the page loads: the start page, or what the URL fragment names. `label`
    /// is the number the browser's entry carries, if the tool made it before.
    pub fn load(linked: Option<LinkTarget>, label: Option<usize>) -> State {
        let mut session = Session::new(&PUBLIC);
        if let Some(target) = linked {
            target.open(&mut session);
        }
        State {
            history: History::load(session, label),
            left: false,
        }
    }

    pub fn page(&self) -> Page {
        self.history.session().page()
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
    pub fn left(&self) -> bool {
        self.left
    }

    pub fn apply(&mut self, action: Action) {
        if self.left {
            return;
        }
        let mut session = self.history.session().clone();
        match action {
            Action::Start(flow) => session.start(flow),
            Action::StartOffered => session.start(session.flow()),
            // The radios offer only the question's own answers, and Change links only answered
            // questions, so these cannot fail; if one did, the page would stay as it is.
            Action::Choose(answer) => session.choose(answer).unwrap_or_default(),
            Action::Change(question) => session.change(question).unwrap_or_default(),
            Action::Link { target, .. } => {
                if let Some(target) = target {
                    target.open(&mut session);
                }
            }
            Action::StartAgain => {
                self.history.forget();
                session = Session::new(&PUBLIC);
            }
            Action::Moved(label) => {
                self.history.go_to(label);
                return;
            }
            Action::Exit => {
                *self = State::load(None, None);
                self.left = true;
                return;
            }
        }
        // An error message is the same page; the browser's link to the address it is on made
        // no entry. A link otherwise always made one, and Start again is always a new page.
        let same_entry = match action {
            Action::Choose(None) | Action::Link { replaced: true, .. } => true,
            Action::Link { .. } | Action::StartAgain => false,
            _ => &session == self.history.session(),
        };
        if same_entry {
            self.history.replace(session);
        } else {
            self.history.push(session);
        }
    }
}
