//! A question page and an outcome page drawn once, out of the document, after the first page is
//! painted. A browser compiles each function of the wasm only when it first runs: without this,
//! the click on Start now waits while the question page's code is compiled. Drawn while the
//! person reads the first page, the code is ready when they click (the commit that added this
//! has the figures).
//!
//! Each page is drawn in a task of its own, and taken down in another: drawn together, they make
//! one task long enough to hold up a tap on the start page.

use super::browser;
use super::fetched::Fetched;
use super::views::layout::Layout;
use super::views::next_steps::NextSteps;
use super::views::outcome_page::OutcomePage;
use super::views::question_page::QuestionPage;
use crate::core::{Outcome, public::PUBLIC};
use crate::host::local_contacts::LocalContacts;
use std::rc::Rc;
use yew::prelude::*;

/// After the first page is painted, draws the question page, then the outcome page, each into an
/// element outside the document a frame apart, and takes each down after the next frame.
pub fn after_first_paint() {
    draw_after_next_frame(Warm::Question, || {
        draw_after_next_frame(Warm::Outcome, || ());
    });
}

/// Draws `page` after the next frame and takes it down after the frame after that; then `next`.
fn draw_after_next_frame(page: Warm, next: impl FnOnce() + 'static) {
    browser::after_next_frame(move || {
        let Some(root) = browser::detached_element() else {
            return;
        };
        let drawn =
            yew::Renderer::<WarmUpPages>::with_root_and_props(root, WarmUpProps { page }).render();
        browser::after_next_frame(move || {
            drawn.destroy();
            next();
        });
    });
}

/// Which page to draw. One component for both, so that the warm-up adds one Yew renderer to the
/// wasm beside the app's: a second would cost a few hundred bytes brotli.
#[derive(Clone, Copy, PartialEq)]
enum Warm {
    Question,
    Outcome,
}

#[derive(Properties, PartialEq)]
struct WarmUpProps {
    page: Warm,
}

/// The first question with its error; or an outcome page with its next steps: the code of what
/// the click to each page draws. Not the outcome's advice, which is fetched after the first page
/// (drawn again when the advice came, the warm-up ran among a quick person's first clicks, and
/// Yew's one queue made them wait for it), nor its "Why", which the page builds after it is
/// painted, when this warm-up has gone.
#[component]
fn WarmUpPages(props: &WarmUpProps) -> Html {
    let page = match props.page {
        Warm::Question => html! {
            <QuestionPage question={PUBLIC.start} error=true prefill={None} on_continue={Callback::noop()} />
        },
        Warm::Outcome => html! {
            <>
                <OutcomePage outcome={Outcome::TellLado} answers={Vec::new()}
                    on_start_again={Callback::noop()} local={Rc::new(LocalContacts::default())}
                    advice={Fetched::Loading} councils={Fetched::Loading} />
                // The outcome page builds it a frame later, after this warm-up has gone.
                <NextSteps outcome={Outcome::TellLado} local={Rc::new(LocalContacts::default())}
                    reviewed={None} />
            </>
        },
    };
    html! { <Layout on_back={Some(Callback::noop())}>{ page }</Layout> }
}
