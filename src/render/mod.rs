//! The content as a person reads it, outside the app's own pages: each page as text (the page
//! snapshots, `signpost page`), the static guidance `index.html` holds, the "Your next steps"
//! sheet to save, the settings' flowchart and the QR code on the printed procedure, each page's
//! reading grade, the phone numbers in a text made links, and text kept as text in HTML or SVG.
//! Plain Rust, tested natively.

pub mod dialable;
pub mod escape;
pub mod fallback;
pub mod flowchart;
#[cfg(feature = "pages")]
pub mod html_text;
pub mod next_steps_sheet;
pub mod qr;
#[cfg(feature = "pages")]
pub mod readability;
