//! The decision core: which question comes next, and where the answers lead.
//!
//! Routing is data: each flow (see [`public`]) is a table of questions, their answers and the
//! node each answer leads to. Journeys ([`public`], [`setting`], [`professional`]) take a worried
//! person to who to contact; tools ([`which_lado`], [`dbs_referral`]) answer one question a setting has once it
//! knows it is dealing with an allegation. The current page is never stored;
//! [`Journey::current`] works it out from the answers given, from the first question, every time.
//!
//! What the app holds is here too: an [`EntryPage`] is what one history entry's page shows, the [`History`] keeps one
//! for each of the browser's history entries, and a [`State`] changes only by an [`Action`]. A
//! [`LinkTarget`] is what a URL fragment can open.

pub mod dbs_referral;
mod entry_page;
mod error;
mod flows;
mod graph;
mod history;
mod ids;
mod journey;
mod link;
pub mod professional;
pub mod public;
pub mod setting;
mod state;
pub mod verify;
pub mod which_lado;

pub use entry_page::{EntryPage, Page};
pub use error::Error;
pub use flows::{FLOWS, flow};
pub use graph::{Answer, Branch, Flow, FlowKind, Node, QuestionNode};
pub use history::{History, HistoryWrite, history_write};
pub(crate) use ids::kebab_ids;
pub use ids::{Outcome, Question};
pub use journey::Journey;
pub use link::{LinkTarget, split_fragment};
pub use state::{Action, State};
