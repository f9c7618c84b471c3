//! The few places the app touches the browser: the mount element, the URL fragment, history
//! entries, the page title, focus, and the one file fetched after the first screen. Nothing here
//! reads or writes an answer.

use super::marks::{self, Mark};
use crate::core::Page;
use crate::core::setting::SETTING;
use crate::core::{Action, HistoryWrite, LinkTarget, State, history_write, split_fragment};
use crate::host::local_contacts::{Given, HostKey, LocalContacts, Problem};
use crate::shared_names::{EXIT_EVENT, HIDING_CLASS};
use gloo::events::EventListener;
use gloo::utils::{document, window};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, FocusOptions, HtmlElement, Response};
use yew::prelude::*;

pub fn element(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Puts an element's static markup back, after an apology, when the app drawing in it has
/// failed. The only raw HTML the app writes: `fallback` is the element's own markup as the page
/// was served, taken before the app drew anything (no answer, no typed text, no `data-` value is
/// in it), and the apology comes from `content/`, where the build refuses `<` and `>`.
pub fn restore_fallback(id: &str, apology: &str, fallback: &str) {
    if let Some(root) = element(id) {
        root.set_inner_html(&format!(
            "<p class=\"govuk-body govuk-!-font-weight-bold\" role=\"alert\">{apology}</p>{fallback}"
        ));
    }
}

/// The host page's contacts: the `data-` attributes of the mount element, or, when it has none,
/// the same names in the page's address, as a page shown in another site's frame is given them:
/// in the fragment, after any name it has (`#setting-name=Acorns&lado-phone=01962%20876364`),
/// which no server sees, or in the query, as code pasted before that carries them. All are
/// checked alike, and read once, as the page opens. A setting's own page that sets attributes
/// never takes contacts from its address, so a link to it cannot put other numbers on it.
/// Contacts in the address of a page that is not in a frame came from a link someone followed,
/// which anyone can make: they are `Given::ByALink`, and taken only from a link to `#setting`.
pub fn local_contacts(root: &Element) -> (LocalContacts, Vec<Problem>) {
    let attributes = root.attributes();
    let mut pairs: Vec<(String, String)> = (0..attributes.length())
        .filter_map(|index| attributes.item(index))
        .filter_map(|attr| Some((attr.name().strip_prefix("data-")?.to_owned(), attr.value())))
        .collect();
    let mut given = Given::ByTheWebsite;
    let mut refused = Vec::new();
    if pairs.is_empty() {
        let location = window().location();
        let hash = location.hash().unwrap_or_default();
        // The query read as a fragment with no name.
        let query = format!(
            "&{}",
            location
                .search()
                .unwrap_or_default()
                .trim_start_matches('?')
        );
        let (target, from_fragment) = split_fragment(hash.trim_start_matches('#'));
        let (_, from_query) = split_fragment(&query);
        let given_pairs = if from_fragment.is_empty() {
            from_query
        } else {
            from_fragment
        };
        // Only as many as Signpost has keys for, twice over, however long the address.
        let given_pairs = given_pairs
            .into_iter()
            .take(2 * HostKey::COUNT)
            .map(|(key, value)| (decode(key), decode(value)));
        if !in_a_frame() {
            given = Given::ByALink;
        }
        // A link anyone can make gives details only to the setting's questions: the link the
        // set-up page gives a setting's staff.
        if given == Given::ByTheWebsite || target == SETTING.id {
            pairs.extend(given_pairs);
        } else {
            refused.extend(given_pairs.map(|(key, _)| Problem::NotTheSettingsLink { key }));
        }
    }
    let (local, mut problems) = LocalContacts::read_given(
        given,
        pairs
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str())),
    );
    problems.extend(refused);
    (local, problems)
}

/// Whether the page is shown in another page's frame (as `in-a-frame.js` tells it). There,
/// nothing may change that the page around it can see: no history entry (their number is the
/// joint history's length), no scroll of that page.
pub fn in_a_frame() -> bool {
    let window = window();
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window)
}

/// A query's name or value as written, by the browser's own decoding (`+` is a space); left as
/// it is if it is not valid percent-encoding, for the checks to refuse or show as text.
fn decode(text: &str) -> String {
    let text = text.replace('+', " ");
    js_sys::decode_uri_component(&text).map_or(text, String::from)
}

/// Tells the page's owner, in the browser's console, what is wrong with the configuration or
/// with the files served.
pub fn report_problem(problem: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("Signpost: {problem}")));
}

/// What the URL fragment names (`#contact-ofsted`, `#which-lado`, `#glossary`), if anything.
pub fn link_target() -> Option<LinkTarget> {
    let hash = window().location().hash().ok()?;
    LinkTarget::from_fragment(hash.trim_start_matches('#'))
}

/// The most history entries the tool numbers: far more than a browser keeps (Chrome keeps 50),
/// and few enough that a number some other script wrote in the entry costs little memory.
const MOST_ENTRIES: f64 = 1000.0;

/// The number the browser's history entry carries, if the tool labelled it (see
/// `core::History`). Never anything but that number, and only a whole number below
/// `MOST_ENTRIES`, whatever else a page wrote there.
pub fn entry_label() -> Option<usize> {
    let label = window().history().ok()?.state().ok()?.as_f64()?;
    ((0.0..MOST_ENTRIES).contains(&label) && label.fract() == 0.0).then_some(label as usize)
}

fn href() -> String {
    window().location().href().unwrap_or_default()
}

/// Keeps the browser's history entries in line with the core's `History`: Back and Forward
/// move through the pages, and each entry carries only its number, never an answer. A new
/// entry's URL is the page's own, without any fragment. In another site's frame the tool adds no
/// entry: the one it is on takes each new number, and Back is the tool's own (`go_back`).
#[hook]
pub fn use_history_entries(entry: usize, dispatcher: UseReducerDispatcher<State>, exited: bool) {
    // The address of the entry last labelled: a link to the same address replaces that entry
    // rather than adding one, as the HTML standard says.
    let labelled_href: Rc<RefCell<String>> = use_mut_ref(String::new);
    {
        let labelled_href = labelled_href.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&window(), "popstate", move |_| {
                let action = match entry_label() {
                    Some(label) => Action::Moved(label),
                    None => Action::Link {
                        target: link_target(),
                        replaced: *labelled_href.borrow() == href(),
                    },
                };
                *labelled_href.borrow_mut() = href();
                dispatcher.dispatch(action);
            });
            move || drop(listener)
        });
    }
    use_effect(move || {
        marks::mark(Mark::Effects);
        if exited || exiting() {
            return;
        }
        let Ok(history) = window().history() else {
            return;
        };
        match history_write(entry_label(), entry) {
            HistoryWrite::Nothing => {}
            HistoryWrite::Label(label) => {
                let _ = history.replace_state(&JsValue::from(label as f64), "");
            }
            HistoryWrite::Push { to, .. } if in_a_frame() => {
                let _ = history.replace_state(&JsValue::from(to as f64), "");
            }
            HistoryWrite::Push { from, to } => {
                let location = window().location();
                let path = location.pathname().unwrap_or_default();
                let search = location.search().unwrap_or_default();
                let url = format!("{path}{search}");
                for label in from..=to {
                    let _ =
                        history.push_state_with_url(&JsValue::from(label as f64), "", Some(&url));
                }
            }
        }
        *labelled_href.borrow_mut() = href();
    });
}

/// Forgets every answer when Exit this page is used (`src/exit-this-page.js` sends
/// `signpost-exit` before it leaves), so nothing survives in a page the browser keeps.
#[hook]
pub fn use_forget_on_exit(dispatcher: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), EXIT_EVENT, move |_| {
            dispatcher.dispatch(Action::Exit);
        });
        move || drop(listener)
    });
}

/// Sets the page title on every page, and after the first page moves focus to the new heading,
/// or to the error summary when the page shows an error, so a screen reader announces it.
#[hook]
pub fn use_title_and_focus(page: &Page, title: &str, exited: bool) {
    let first = use_mut_ref(|| true);
    let title = title.to_owned();
    use_effect_with((page.clone(), exited), move |(page, exited)| {
        // Exit this page has set a neutral title for the browser's history to keep.
        if *exited || exiting() {
            return;
        }
        document().set_title(&title);
        if !first.replace(false) {
            // A new page starts at the top, where its 999 line is, whatever was scrolled before.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            let target = match page {
                Page::Question { error: true, .. } => "error-summary",
                // The slot's heading while the set-up build loads; the build moves focus to its
                // own heading when it draws (`set_up_slot`).
                Page::SetUp => crate::render::fallback::SET_UP_LOADING_ID,
                _ => "page-heading",
            };
            focus(target);
        }
        marks::mark(Mark::Done);
    });
}

/// Moves focus to the element with `id`; says whether the page has one. In another site's
/// frame, without scrolling: focus scrolls every page that holds the element, and the page
/// around the frame would see its own scroll move at each new page.
pub fn focus(id: &str) -> bool {
    match element(id).and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        Some(element) => {
            let options = FocusOptions::new();
            options.set_prevent_scroll(in_a_frame());
            let _ = element.focus_with_options(&options);
            true
        }
        None => false,
    }
}

/// For a link in an error summary: moves focus to the field `id` without touching the URL.
pub fn focus_on_click(id: String) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        focus(&id);
    })
}

/// The value of the radio chosen inside `form`, if one is.
pub fn chosen_radio(form: &Element) -> Option<String> {
    form.query_selector("input[type=radio]:checked")
        .ok()
        .flatten()?
        .get_attribute("value")
}

/// Whether Exit this page is under way: `src/exit-this-page.js` hides the page with this class
/// before anything else. The effects of a page drawn just before (Yew may run them a task later)
/// must then neither add a history entry nor set a telling title.
fn exiting() -> bool {
    document()
        .body()
        .is_some_and(|body| body.class_list().contains(HIDING_CLASS))
}

/// Runs `then` after the browser has drawn its next frame: work that can wait, out of the way of
/// what the person sees.
pub fn after_next_frame(then: impl FnOnce() + 'static) {
    let later = Closure::once_into_js(move || {
        let then = Closure::once_into_js(then);
        let _ = window().set_timeout_with_callback(then.unchecked_ref());
    });
    let _ = window().request_animation_frame(later.unchecked_ref());
}

/// Runs `then` once `milliseconds` have passed.
pub fn after(milliseconds: i32, then: impl FnOnce() + 'static) {
    let then = Closure::once_into_js(then);
    let _ = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(then.unchecked_ref(), milliseconds);
}

/// The text of the file at `address`, beside the page; `None` if it cannot be had. The request
/// carries nothing of the person: the address is the same for everyone.
pub async fn fetch_text(address: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(address))
        .await
        .ok()?;
    let response: Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// A new element outside the document.
pub fn detached_element() -> Option<Element> {
    document().create_element("div").ok()
}

/// The Back link: back one history entry, as the browser's Back button does; or, in another
/// site's frame, where the tool makes no entries of its own, back one page in the tool's own
/// history, from entry `at`.
pub fn go_back(dispatcher: &UseReducerDispatcher<State>, at: usize) {
    if in_a_frame() {
        dispatcher.dispatch(Action::Moved(at.saturating_sub(1)));
    } else if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// Puts `text` on the clipboard, then tells `done` whether it could. The browser may refuse: an
/// address without https has no clipboard, and a person may say no.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .and_then(|clipboard| clipboard.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        done(JsFuture::from(clipboard.write_text(&text)).await.is_ok());
    });
}

/// Selects everything in the element `id`, for a person to copy themselves.
pub fn select(id: &str) {
    if let (Some(element), Ok(Some(selection))) = (element(id), window().get_selection()) {
        let _ = selection.select_all_children(&element);
    }
}

/// `text` as the browser writes a value into an address (`encodeURIComponent`).
pub fn encode_uri_component(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}
