//! The few places the app touches the browser: the mount element, the URL fragment, history
//! entries, the page title and focus. Nothing here reads or writes an answer.

use super::{Action, LinkTarget, State};
use crate::content::pages::every_page;
use crate::core::Page;
use crate::local_contacts::{LocalContacts, Problem};
use gloo::events::EventListener;
use gloo::utils::{document, window};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, PopStateEvent};
use yew::prelude::*;

pub fn element(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Puts the static guidance back, with an apology, after the app has failed.
pub fn restore_fallback(mount_id: &str, fallback: &str) {
    if let Some(root) = element(mount_id) {
        root.set_inner_html(&format!(
            "<p class=\"govuk-body govuk-!-font-weight-bold\" role=\"alert\">{}</p>{fallback}",
            every_page::PANIC_APOLOGY
        ));
    }
}

/// The host page's contacts, from the `data-` attributes of the mount element.
pub fn local_contacts(root: &Element) -> (LocalContacts, Vec<Problem>) {
    let attributes = root.attributes();
    let pairs: Vec<(String, String)> = (0..attributes.length())
        .filter_map(|index| attributes.item(index))
        .filter_map(|attr| Some((attr.name().strip_prefix("data-")?.to_owned(), attr.value())))
        .collect();
    LocalContacts::read(
        pairs
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str())),
    )
}

/// Tells the page owner, in the browser's console, what is wrong with the configuration.
pub fn report_configuration_problem(problem: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("Signpost: {problem}")));
}

/// What the URL fragment names (`#contact-ofsted`, `#which-lado`, `#glossary`), if anything.
pub fn link_target() -> Option<LinkTarget> {
    let hash = window().location().hash().ok()?;
    LinkTarget::from_fragment(hash.trim_start_matches('#'))
}

/// The history entry the browser is on, as this app labelled it.
#[derive(Clone, Copy)]
struct Entry {
    step: usize,
    /// The browser moved here itself (Back or Forward), so the app must not add an entry.
    moved_by_browser: bool,
}

/// Keeps the browser's history in step with the journey, so its Back and Forward buttons move
/// through the questions. Each entry carries only the step number, never an answer, and its URL
/// is the page's own, without any fragment.
#[hook]
pub fn use_history_steps(step: usize, dispatcher: UseReducerDispatcher<State>, left: bool) {
    let entry: Rc<RefCell<Option<Entry>>> = use_mut_ref(|| None);
    {
        let entry = entry.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&window(), "popstate", move |event| {
                let state = event.dyn_ref::<PopStateEvent>().map(PopStateEvent::state);
                match state.and_then(|state| state.as_f64()) {
                    Some(step) => {
                        let step = step as usize;
                        *entry.borrow_mut() = Some(Entry {
                            step,
                            moved_by_browser: true,
                        });
                        dispatcher.dispatch(Action::GoToStep(step));
                    }
                    // An entry this app did not make: a link changed the fragment. Only a link to
                    // an outcome, a flow or the glossary changes the page; others
                    // (#staying-safe) leave the journey be.
                    None => {
                        if let Some(target) = link_target() {
                            *entry.borrow_mut() = None;
                            dispatcher.dispatch(Action::Link(target));
                        }
                    }
                }
            });
            move || drop(listener)
        });
    }
    use_effect(move || {
        if left {
            return;
        }
        let Ok(history) = window().history() else {
            return;
        };
        let mut entry = entry.borrow_mut();
        let label = JsValue::from(step as f64);
        match *entry {
            Some(Entry {
                step: labelled,
                moved_by_browser: false,
            }) if labelled == step => {}
            Some(Entry {
                moved_by_browser: false,
                ..
            }) => {
                let path = window().location().pathname().unwrap_or_default();
                let search = window().location().search().unwrap_or_default();
                let _ = history.push_state_with_url(&label, "", Some(&format!("{path}{search}")));
            }
            // First render, or the browser moved: label the entry it is on with where the
            // journey really is (replaying remembered answers can stop short of the step).
            first_or_moved => {
                let _ = history.replace_state(&label, "");
                if first_or_moved.is_none() {
                    mark_first_entry(step);
                }
            }
        }
        *entry = Some(Entry {
            step,
            moved_by_browser: false,
        });
    });
}

/// Tells Exit this page when the tool's first history entry is not step 0: a link opened the
/// tool on a flow's first question, step 1, and Exit must step back to that entry, not past it
/// to the page that linked in (`src/exit-this-page.js`). A first render is at step 0 or 1
/// (`Session::step`), so the value is written without formatting code. Never an answer.
fn mark_first_entry(step: usize) {
    if step > 0
        && let Some(button) = element("exit-this-page")
    {
        let _ = button.set_attribute("data-first-step", "1");
    }
}

/// Forgets every answer when Exit this page is used (`src/exit-this-page.js` sends
/// `signpost-exit` before it leaves), so nothing survives in a page the browser keeps.
#[hook]
pub fn use_forget_on_exit(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "signpost-exit", move |_| {
            dispatcher.dispatch(Action::Exit);
        });
        move || drop(listener)
    });
}

/// Sets the page title on every page, and after the first page moves focus to the new heading,
/// or to the error summary when the page shows an error, so a screen reader announces it.
#[hook]
pub fn use_title_and_focus(page: &Page, title: &str, left: bool) {
    let first = use_mut_ref(|| true);
    let title = title.to_owned();
    use_effect_with((page.clone(), left), move |(page, left)| {
        // Exit this page has set a neutral title for the browser's history to keep.
        if *left {
            return;
        }
        document().set_title(&title);
        if !first.replace(false) {
            // A new page starts at the top, where its 999 line is, whatever was scrolled before.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            let target = match page {
                Page::Question { error: true, .. } => "error-summary",
                _ => "page-heading",
            };
            if let Some(element) = element(target).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let _ = element.focus();
            }
        }
    });
}

/// Goes back one history entry, as the browser's Back button does.
pub fn go_back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}
