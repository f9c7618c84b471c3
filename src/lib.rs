//! Signpost: tells a person worried about a child exactly who to contact.
//!
//! - [`core`] is the decision graph, the journey state and the checks that prove the graph. It
//!   is plain Rust with no web dependency, so `cargo test` runs it natively.
//! - [`content`] is every word a person reads, and the guidance each page cites. A content
//!   designer changes wording there without touching a rule.
//! - `app` (feature `web`) is the Yew app: it renders the core's state and turns clicks into
//!   core actions. It decides nothing about routing.

pub mod content;
pub mod core;
pub mod local_contacts;
pub mod plan;

#[cfg(feature = "web")]
pub mod app;
