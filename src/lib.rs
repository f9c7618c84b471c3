//! Signpost: tells a person worried about a child exactly who to contact.
//!
//! - [`core`] is the decision graph, the journey state and the checks that prove the graph. It
//!   is plain Rust with no web dependency, so `cargo test` runs it natively.
//! - [`content`] is every word a person reads, and the guidance each page cites, compiled in at
//!   build time from the plain files in `content/`. A content designer changes wording there
//!   without touching a rule.
//! - [`render`] shows that wording outside the app's pages: each page as text (the page
//!   snapshots), the static guidance `index.html` holds, the next-steps sheet to save, the
//!   settings' flowchart and QR code for the printed procedure, each page's reading grade.
//! - [`council`] finds the council that runs children's services where a postcode is, in the
//!   table the app fetches, without sending the postcode anywhere.
//! - [`host`] checks a setting's own contacts, and makes the code that puts Signpost with them
//!   on the setting's website.
//! - [`shared_names`] lists every name the wasm shares with the page's scripts and HTML.
//! - `app` (feature `web`) is the Yew app: it renders the core's state and turns clicks into
//!   core actions. It decides nothing about routing.

pub mod content;
pub mod core;
pub mod council;
pub mod host;
pub mod render;
pub mod shared_names;

#[cfg(feature = "web")]
pub mod app;
