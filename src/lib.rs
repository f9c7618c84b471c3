//! Signpost: tells a person worried about a child exactly who to contact.
//!
//! - [`core`] is the decision graph, the journey state and the checks that prove the graph. It
//!   is plain Rust with no web dependency, so `cargo test` runs it natively.
//! - [`content`] is every word a person reads, and the guidance each page cites, compiled in at
//!   build time from the plain files in `content/`. A content designer changes wording there
//!   without touching a rule.
//! - [`page_text`] and [`fallback`] show that wording as a person reads it: each page as text
//!   (for the page snapshots) and the static guidance `index.html` holds; [`readability`]
//!   measures how hard each page is to read.
//! - [`dialable`] finds the phone numbers in a page's words, to make each a link.
//! - [`postcodes`] finds the council that runs children's services where a postcode is, in the
//!   table the app fetches, without sending the postcode anywhere; [`council_search`] is what
//!   "Find the council" says of it.
//! - [`local_contacts`] checks a setting's own contacts; [`set_up`] makes the code that puts
//!   Signpost with them on the setting's website, and [`flowchart`] draws the settings' questions
//!   for its printed procedure, with a [`qr`] code for the setting's link; [`escape`] keeps any text written into HTML or SVG as text.
//! - `app` (feature `web`) is the Yew app: it renders the core's state and turns clicks into
//!   core actions. It decides nothing about routing.

pub mod content;
pub mod core;
pub mod council_search;
pub mod dialable;
pub mod escape;
pub mod fallback;
pub mod flowchart;
pub mod local_contacts;
pub mod next_steps_sheet;
pub mod page_text;
pub mod postcodes;
pub mod qr;
pub mod readability;
pub mod set_up;
pub mod shared_names;

#[cfg(feature = "web")]
pub mod app;
