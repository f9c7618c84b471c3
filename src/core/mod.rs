//! The decision core: which question comes next, and where the answers lead.
//!
//! Routing is data: each flow (see [`public`]) is a table of questions, their answers and the
//! node each answer leads to. The current page is never stored; [`Journey::current`] works it out
//! from the answers given, from the first question, every time.

mod error;
mod graph;
mod ids;
mod journey;
pub mod public;
mod session;
pub mod setting;
pub mod verify;

pub use error::Error;
pub use graph::{Answer, Branch, Flow, FlowKind, Node, QuestionNode};
pub use ids::{Outcome, Question};
pub use journey::Journey;
pub use session::{Page, Session};

/// Every flow the app offers. Verification runs over all of them.
pub const FLOWS: &[&Flow] = &[&public::PUBLIC, &setting::SETTING];

/// The flow with this ID (`public`), as the maintainers' command names it.
pub fn flow(id: &str) -> Option<&'static Flow> {
    FLOWS.iter().copied().find(|flow| flow.id == id)
}
