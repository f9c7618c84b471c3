//! The set-up page (`#set-up`) in a build of its own, fetched when the page is first opened: a
//! page a setting's manager opens once is not in every person's first screen.
//!
//! The tool stays in charge of the page's history entry, its Back link and the title it opens
//! with. It shows the element `index.html` keeps for the set-up page beside its own (the slot:
//! a heading and a line to say the form is loading), and the set-up build draws its form there
//! (`start`). Beside, not inside: two Yew apps each number their event handlers from one, so one
//! nested in the other could run the other's handlers. The two talk by events on the window: the
//! tool says when the page opens and closes, and the set-up build forgets what was typed when it
//! closes or when Exit this page is used (`signpost-exit`, from `src/exit-this-page.js`).

use super::browser;
use super::views::set_up_page::SetUpPage;
use crate::content::pages::set_up as words;
use crate::shared_names::{
    EXIT_EVENT, SET_UP_SLOT_ID, SET_UP_VERSION_ATTRIBUTE, START_SET_UP_SCRIPT,
};
use gloo::events::EventListener;
use gloo::utils::{document, window};
use std::cell::RefCell;
use web_sys::{Element, Event};
use yew::AppHandle;
use yew::prelude::*;

/// The id the tool gives that script's element, so it adds it once.
const SCRIPT_ID: &str = "signpost-set-up-script";
/// Sent by the tool when the set-up page opens after the set-up build has started.
const OPEN: &str = "signpost-set-up-open";
/// Sent by the tool when the set-up page closes.
const CLOSE: &str = "signpost-set-up-close";

/// The tool's set-up page: it draws nothing of its own. While it is shown, the slot is shown; the
/// first time, the set-up build is fetched, and it draws when it has started.
#[component]
pub fn SetUpSlot() -> Html {
    use_effect_with((), |_| {
        open();
        close
    });
    Html::default()
}

/// Shows the slot, and starts the set-up build or tells it the page is open.
fn open() {
    let Some(slot) = browser::element(SET_UP_SLOT_ID) else {
        browser::report_problem(&format!(
            "the page has no element with the id {SET_UP_SLOT_ID}, where the set-up page draws; use index.html as built"
        ));
        return;
    };
    let _ = slot.remove_attribute("hidden");
    if browser::element(SCRIPT_ID).is_some() {
        send(OPEN);
        return;
    }
    let Ok(script) = document().create_element("script") else {
        return;
    };
    let _ = script.set_attribute("id", SCRIPT_ID);
    let _ = script.set_attribute("type", "module");
    let _ = script.set_attribute("src", &start_script(&slot));
    if let Some(body) = document().body() {
        let _ = body.append_child(&script);
    }
}

/// The start script's address, with the set-up build's version from the slot (`?v=`), which
/// `src/start-set-up.js` passes on to the build's files. Only a hash is taken, as the slot is in
/// the host's copy of `index.html` (the token the build replaces, `shared_names::SET_UP_VERSION_TOKEN`,
/// is not one).
fn start_script(slot: &Element) -> String {
    match slot.get_attribute(SET_UP_VERSION_ATTRIBUTE) {
        Some(version)
            if !version.is_empty() && version.bytes().all(|byte| byte.is_ascii_hexdigit()) =>
        {
            format!("{START_SET_UP_SCRIPT}?v={version}")
        }
        _ => START_SET_UP_SCRIPT.to_owned(),
    }
}

/// Hides the slot and tells the set-up build to forget its form. Also when the tool has failed
/// and put its static guidance back, so the form does not stay below it.
pub fn close() {
    if let Some(slot) = browser::element(SET_UP_SLOT_ID) {
        let _ = slot.set_attribute("hidden", "");
    }
    send(CLOSE);
}

fn send(name: &str) {
    if let Ok(event) = Event::new(name) {
        let _ = window().dispatch_event(&event);
    }
}

/// What the set-up build draws in the slot.
#[derive(Properties, PartialEq, Clone, Copy)]
struct SlotProps {
    /// Whether the tool shows the set-up page. Closed, nothing is drawn, so the next opening
    /// draws the page afresh, with nothing typed.
    open: bool,
    /// Whether focus goes to the page's heading when it is drawn.
    focus_heading: bool,
}

#[component]
fn Slot(props: &SlotProps) -> Html {
    if props.open {
        html! { <SetUpPage focus_heading={props.focus_heading} /> }
    } else {
        Html::default()
    }
}

thread_local! {
    /// The set-up build's drawing in the slot, once it has started.
    static DRAWN: RefCell<Option<AppHandle<Slot>>> = const { RefCell::new(None) };
}

/// The set-up build's start (`src/bin/signpost-set-up.rs`): draws in the slot, once, the set-up
/// page if the tool still shows it (the person may have gone Back while it loaded); then draws
/// it afresh each time the tool opens the page, and nothing when the tool closes it or Exit this
/// page is used.
pub fn start() {
    let Some(slot) = browser::element(SET_UP_SLOT_ID) else {
        return;
    };
    // If the set-up build fails, the slot says so in place of the form.
    yew::set_custom_panic_hook(Box::new(|_| {
        browser::restore_fallback(SET_UP_SLOT_ID, words::STOPPED, "")
    }));
    let open = !slot.has_attribute("hidden");
    // Opened from another page, the tool focused the slot's heading, which drawing removes.
    let focus_heading = open
        && document()
            .active_element()
            .is_some_and(|active| slot.contains(Some(&active)));
    let drawn = yew::Renderer::<Slot>::with_root_and_props(
        slot,
        SlotProps {
            open,
            focus_heading,
        },
    )
    .render();
    DRAWN.with(|cell| *cell.borrow_mut() = Some(drawn));
    let on = |name: &'static str, props: SlotProps| {
        EventListener::new(&window(), name, move |_| {
            DRAWN.with(|cell| {
                if let Some(drawn) = cell.borrow_mut().as_mut() {
                    drawn.update(props);
                }
            });
        })
        .forget();
    };
    let closed = SlotProps {
        open: false,
        focus_heading: false,
    };
    on(
        OPEN,
        SlotProps {
            open: true,
            focus_heading: true,
        },
    );
    on(CLOSE, closed);
    on(EXIT_EVENT, closed);
}
