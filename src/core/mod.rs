//! The decision core: which question comes next, and where the answers lead.
//!
//! Routing is data: each flow (see [`public`]) is a table of questions, their answers and the
//! node each answer leads to. Journeys ([`public`], [`setting`], [`professional`]) take a worried
//! person to who to contact; tools ([`which_lado`], [`dbs_referral`]) answer one question a setting has once it
//! knows it is dealing with an allegation. The current page is never stored;
//! [`Journey::current`] works it out from the answers given, from the first question, every time.

pub mod dbs_referral;
mod error;
mod graph;
mod ids;
mod journey;
pub mod professional;
pub mod public;
mod session;
pub mod setting;
pub mod verify;
pub mod which_lado;

pub use error::Error;
pub use graph::{Answer, Branch, Flow, FlowKind, Node, QuestionNode};
pub use ids::{Outcome, Question};
pub use journey::Journey;
pub use session::{Page, Session};

/// Every flow the app offers. Verification runs over all of them.
pub const FLOWS: &[&Flow] = &[
    &public::PUBLIC,
    &setting::SETTING,
    &professional::PROFESSIONAL,
    &which_lado::WHICH_LADO,
    &dbs_referral::DBS_REFERRAL,
];

/// The flow with this ID (`public`), as the maintainers' command names it.
pub fn flow(id: &str) -> Option<&'static Flow> {
    FLOWS.iter().copied().find(|flow| flow.id == id)
}
