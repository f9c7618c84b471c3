//! The Yew app: it renders the core's `State` and turns clicks, and the browser's Back and
//! Forward, into its `Action`s. It decides nothing about routing or history; that is all in
//! `core`. The pages are in `views`; the browser glue (history, focus, title, fetching, Exit) in
//! `browser` and `fetched`; the set-up page's own build is started by `set_up_slot`; the marks the
//! benchmark reads are in `marks`.

mod browser;
mod fetched;
mod marks;
#[cfg(feature = "pages")]
pub mod page_text;
mod set_up_slot;
mod views;
mod warm_up;

use crate::content::{self, page_title, pages};
use crate::core::{Action, Flow, LinkTarget, Page, Question, State};
use crate::host::local_contacts::LocalContacts;
use crate::shared_names::MOUNT_ID;
use marks::Mark;
use std::rc::Rc;
use views::{glossary_page, layout, outcome_page, question_page, start_page};
use yew::prelude::*;

/// Mounts the app in a task of its own, after the one that made the wasm ready: together they
/// make one long task, for which a tap on the page would have to wait. The static guidance shows
/// meanwhile.
pub fn start() {
    browser::after(0, mount);
}

/// Mounts the app, keeping the static guidance to restore if the app ever panics.
fn mount() {
    let Some(root) = browser::element(MOUNT_ID) else {
        return;
    };
    let fallback = root.inner_html();
    yew::set_custom_panic_hook(Box::new(move |_| {
        browser::restore_fallback(MOUNT_ID, pages::every_page::PANIC_APOLOGY, &fallback);
        set_up_slot::close();
    }));
    let linked = browser::link_target();
    let (local, problems) = browser::local_contacts(&root);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for problem in &problems {
        browser::report_problem(problem);
    }
    let props = AppProps {
        linked,
        local: Rc::new(local),
        problems: Rc::new(problems),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    warm_up::after_first_paint();
}

/// Starts the set-up page's own build (`src/bin/signpost-set-up.rs`), beside the app
/// (`set_up_slot`).
pub fn start_set_up() {
    set_up_slot::start();
}

/// The app's state is the core's; each action is applied there, and the browser's history is
/// brought in line after the page is drawn (`browser::use_history_entries`).
impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        marks::mark(Mark::Reduce);
        let mut next = (*self).clone();
        next.apply(action);
        marks::mark(Mark::Render);
        if next == *self { self } else { Rc::new(next) }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What the URL fragment named when the page loaded.
    pub linked: Option<LinkTarget>,
    /// The contacts the host page gave on the mount element.
    pub local: Rc<LocalContacts>,
    /// What was wrong with the host page's configuration, for its owner.
    pub problems: Rc<Vec<String>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let linked = props.linked;
    let state = use_reducer(move || State::load(linked, browser::entry_label()));
    let page = state.page();
    browser::use_history_entries(state.entry(), state.dispatcher(), state.exited());
    browser::use_forget_on_exit(state.dispatcher());
    browser::use_title_and_focus(&page, &title(&page), state.exited());
    let advice = use_state(|| fetched::Fetched::Loading);
    let councils = use_state(|| fetched::Fetched::Loading);
    {
        let (advice, councils) = (advice.setter(), councils.setter());
        use_effect_with((), move |_| {
            fetched::advice(move |fetched| advice.set(fetched));
            fetched::councils(move |fetched| councils.set(fetched));
        });
    }
    marks::use_advice_drawn_mark(*advice);
    // The same callback at every render, so a question page drawn again with the same question and
    // answer (after "Staying safe online", say) is left as it is, with the radio the person chose.
    let on_continue = {
        let dispatcher = state.dispatcher();
        use_callback((), move |answer, _| {
            dispatcher.dispatch(Action::Choose(answer))
        })
    };
    if state.exited() {
        return Html::default();
    }

    let controls = StateControls {
        state: state.clone(),
        on_continue,
    };
    let body = page_body(
        &page,
        &controls,
        &props.local,
        FetchedFiles {
            advice: *advice,
            councils: *councils,
        },
        false,
    );
    let on_back = state.can_go_back().then(|| {
        let (dispatcher, at) = (state.dispatcher(), state.entry());
        Callback::from(move |()| browser::go_back(&dispatcher, at))
    });
    html! {
        <>
            <layout::Layout {on_back}>{ body }</layout::Layout>
            <layout::ConfigurationNotice problems={props.problems.clone()} />
        </>
    }
}

/// What a page's controls do: each made only when the page shown has it.
pub(crate) trait Controls {
    /// Begin the questions of a flow (the start page).
    fn on_start(&self) -> Callback<&'static Flow>;
    /// Continue, with the answer chosen, if any (a question).
    fn on_continue(&self) -> Callback<Option<&'static str>>;
    /// Change the answer to a question (an outcome reached by answering).
    fn on_change(&self) -> Callback<Question>;
    /// Answer the questions (an outcome opened by a link).
    fn on_answer_questions(&self) -> Callback<MouseEvent>;
    fn on_start_again(&self) -> Callback<MouseEvent>;
}

/// The app's controls: each applies its action to the state.
struct StateControls {
    state: UseReducerHandle<State>,
    /// The same callback at every render (`App`).
    on_continue: Callback<Option<&'static str>>,
}

impl StateControls {
    fn act<T>(&self, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let state = self.state.clone();
        Callback::from(move |value| state.dispatch(action(value)))
    }
}

impl Controls for StateControls {
    fn on_start(&self) -> Callback<&'static Flow> {
        self.act(Action::Start)
    }
    fn on_continue(&self) -> Callback<Option<&'static str>> {
        self.on_continue.clone()
    }
    fn on_change(&self) -> Callback<Question> {
        self.act(Action::Change)
    }
    fn on_answer_questions(&self) -> Callback<MouseEvent> {
        self.act(|_| Action::StartOffered)
    }
    fn on_start_again(&self) -> Callback<MouseEvent> {
        self.act(|_| Action::StartAgain)
    }
}

/// The files fetched after the first screen, as they are now.
#[derive(Clone, Copy)]
pub(crate) struct FetchedFiles {
    pub advice: fetched::Fetched<crate::content::advice_file::Advice>,
    pub councils: fetched::Fetched<crate::council::postcodes::Table>,
}

/// What `page` shows, drawn by its component, with the host page's `local` contacts: the same
/// in the browser and for the page snapshots (`page_text`), which draw the parts the browser
/// draws after the first paint `at_once`.
pub(crate) fn page_body(
    page: &Page,
    controls: &impl Controls,
    local: &Rc<LocalContacts>,
    fetched: FetchedFiles,
    at_once: bool,
) -> Html {
    let FetchedFiles { advice, councils } = fetched;
    match page {
        Page::Start => html! { <start_page::StartPage on_start={controls.on_start()} /> },
        Page::Glossary => html! { <glossary_page::GlossaryPage {advice} /> },
        Page::SetUp => html! { <set_up_slot::SetUpSlot /> },
        Page::Question {
            question,
            error,
            prefill,
        } => html! {
            <question_page::QuestionPage
                question={*question}
                error={*error}
                prefill={*prefill}
                on_continue={controls.on_continue()}
            />
        },
        Page::Outcome { outcome, answers } => html! {
            <outcome_page::OutcomePage
                outcome={*outcome}
                answers={answers.clone()}
                on_change={controls.on_change()}
                on_start_again={controls.on_start_again()}
                local={local.clone()}
                {advice}
                {councils}
                {at_once}
            />
        },
        Page::Linked(outcome) => html! {
            <outcome_page::OutcomePage
                outcome={*outcome}
                answers={Vec::new()}
                on_start={controls.on_answer_questions()}
                on_start_again={controls.on_start_again()}
                local={local.clone()}
                {advice}
                {councils}
                {at_once}
            />
        },
    }
}

/// The page title for `page`: its heading, with "Error: " first when it shows an error.
pub(crate) fn title(page: &Page) -> String {
    match page {
        Page::Start => page_title(pages::start::TITLE, false),
        Page::Question {
            question, error, ..
        } => page_title(content::question(*question).title, *error),
        Page::Glossary => page_title(pages::glossary::TITLE, false),
        Page::SetUp => page_title(pages::set_up::TITLE, false),
        Page::Outcome { outcome, .. } | Page::Linked(outcome) => {
            page_title(content::outcome(*outcome).title, false)
        }
    }
}
