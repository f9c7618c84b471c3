//! Every name the wasm shares with the page's own scripts (`src/*.js`), `index.html` and the
//! build's hooks (`scripts/*.mjs`), in one place. A name used on one side only is in that side's
//! own file; one used on both is here, and `tests/shared_names.rs` checks that each is used on
//! both sides, so a rename that misses one fails a test rather than an Exit in a browser.
//!
//! One contract is a shape, not a name: `history.state` on each of the tool's history entries is
//! the entry's number and nothing else (`app::browser`), which `exit-this-page.js` reads to step
//! back to the tool's first entry; on the one entry Exit leaves behind, the script writes a
//! string instead (`signpost-left`, its own), which the app never takes for a number.

/// The element the app mounts on (`index.html`), which holds the static guidance until it does.
pub const MOUNT_ID: &str = "signpost";

/// The event `exit-this-page.js` sends the window when Exit this page is used: the app and the
/// set-up page's build then forget everything and draw nothing more.
pub const EXIT_EVENT: &str = "signpost-exit";

/// The class `exit-this-page.js` puts on the page's body as it leaves, to hide it; the app reads
/// it to tell that the page is being left.
pub const HIDING_CLASS: &str = "govuk-exit-this-page-hide-content";

/// The element beside the app's where the set-up page's own build draws (`index.html`, written
/// from `fallback::set_up_slot_html`).
pub const SET_UP_SLOT_ID: &str = "signpost-set-up";

/// The attribute of that element that carries the set-up build's version.
pub const SET_UP_VERSION_ATTRIBUTE: &str = "data-version";

/// Written in `index.html` where the set-up build's version goes: `scripts/csp.mjs` puts a hash
/// of the build's files in its place, and the app asks for the build with it (`?v=`), so after an
/// update a browser never starts a copy it kept of an older build.
pub const SET_UP_VERSION_TOKEN: &str = "set-up-build-hash";

/// The script that starts the set-up page's build, which Trunk copies beside `index.html` and
/// `scripts/csp.mjs` hashes with the build.
pub const START_SET_UP_SCRIPT: &str = "start-set-up.js";

/// Each name, with the files outside the wasm that use it.
pub const USED_OUTSIDE_THE_WASM: &[(&str, &[&str])] = &[
    (MOUNT_ID, &["index.html"]),
    (EXIT_EVENT, &["src/exit-this-page.js"]),
    (HIDING_CLASS, &["src/exit-this-page.js"]),
    (SET_UP_SLOT_ID, &["index.html"]),
    (SET_UP_VERSION_ATTRIBUTE, &["index.html", "scripts/csp.mjs"]),
    (SET_UP_VERSION_TOKEN, &["index.html", "scripts/csp.mjs"]),
    (START_SET_UP_SCRIPT, &["index.html", "scripts/csp.mjs"]),
];
