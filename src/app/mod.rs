//! The Yew app: it renders the session's current page and turns clicks into session actions. It
//! decides nothing about routing; that is all in `core`.

mod browser;
mod glossary_page;
mod layout;
mod next_steps;
mod outcome_page;
mod question_page;
mod start_page;

use crate::content::{self, page_title, pages};
use crate::core::{Flow, Outcome, Page, Question, Session, public::PUBLIC};
use crate::local_contacts::LocalContacts;
use std::rc::Rc;
use yew::prelude::*;

/// The id of the element the app mounts on. Inside it, `index.html` holds static guidance for a
/// browser that cannot run the app.
const MOUNT_ID: &str = "signpost";

/// Mounts the app, keeping the static guidance to restore if the app ever panics.
pub fn start() {
    let Some(root) = browser::element(MOUNT_ID) else {
        return;
    };
    let fallback = root.inner_html();
    yew::set_custom_panic_hook(Box::new(move |_| {
        browser::restore_fallback(MOUNT_ID, &fallback)
    }));
    let linked = browser::link_target();
    let (local, problems) = browser::local_contacts(&root);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for problem in &problems {
        browser::report_configuration_problem(problem);
    }
    let props = AppProps {
        linked,
        local: Rc::new(local),
        problems: Rc::new(problems),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// What a person did.
pub enum Action {
    /// Begin the questions of this flow.
    Start(&'static Flow),
    /// Begin the questions the current page offers (on a linked outcome, the flow reaching it).
    StartOffered,
    /// Continue on a question, with the answer chosen, if any.
    Choose(Option<&'static str>),
    /// The browser moved to a history entry carrying this step.
    GoToStep(usize),
    Change(Question),
    StartAgain,
    /// A link named an outcome, a flow or the glossary in the URL fragment.
    Link(LinkTarget),
    /// Exit this page was used: forget everything, and show and change nothing more.
    Exit,
}

#[derive(Clone, PartialEq)]
struct State {
    session: Session,
    /// Exit this page was used; the page is on its way out.
    left: bool,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if self.left {
            return self;
        }
        let mut session = self.session.clone();
        match action {
            Action::Start(flow) => session.start(flow),
            Action::StartOffered => session.start(session.flow()),
            // The radios offer only the question's own answers, and Change links only answered
            // questions, so these cannot fail; if one did, the page would stay as it is.
            Action::Choose(answer) => session.choose(answer).unwrap_or_default(),
            Action::GoToStep(step) => session.go_to_step(step),
            Action::Change(question) => session.change(question).unwrap_or_default(),
            Action::StartAgain => session.start_again(),
            Action::Link(target) => target.open(&mut session),
            Action::Exit => {
                return Rc::new(State {
                    session: Session::new(&PUBLIC),
                    left: true,
                });
            }
        }
        if session == self.session {
            self
        } else {
            Rc::new(State {
                session,
                left: false,
            })
        }
    }
}

/// What a URL fragment can open: `#contact-ofsted`, `#which-lado`, `#glossary`.
#[derive(Clone, Copy, PartialEq)]
pub enum LinkTarget {
    Outcome(Outcome),
    Flow(&'static Flow),
    Glossary,
}

impl LinkTarget {
    /// The target a fragment names, without its `#`.
    pub fn from_fragment(fragment: &str) -> Option<LinkTarget> {
        if fragment == "glossary" {
            return Some(LinkTarget::Glossary);
        }
        Outcome::from_id(fragment)
            .map(LinkTarget::Outcome)
            .or_else(|| crate::core::flow(fragment).map(LinkTarget::Flow))
    }

    /// Shows what the link names in `session`, on load or when the fragment changes.
    fn open(self, session: &mut Session) {
        match self {
            LinkTarget::Outcome(outcome) => session.link(outcome),
            LinkTarget::Flow(flow) => session.start(flow),
            LinkTarget::Glossary => session.show_glossary(),
        }
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
    let state = use_reducer(move || State {
        session: {
            let mut session = Session::new(&PUBLIC);
            if let Some(target) = linked {
                target.open(&mut session);
            }
            session
        },
        left: false,
    });
    let page = state.session.page();
    browser::use_history_steps(state.session.step(), state.dispatcher(), state.left);
    browser::use_forget_on_exit(state.dispatcher());
    browser::use_title_and_focus(&page, &title(&page), state.left);
    if state.left {
        return Html::default();
    }

    let dispatch = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action()))
    };
    let body = match &page {
        Page::Start => {
            let state = state.clone();
            html! {
                <start_page::StartPage
                    on_start={Callback::from(move |flow| state.dispatch(Action::Start(flow)))}
                />
            }
        }
        Page::Glossary => html! { <glossary_page::GlossaryPage /> },
        Page::Question {
            question,
            error,
            prefill,
        } => {
            let state = state.clone();
            html! {
                <question_page::QuestionPage
                    key={question.id()}
                    question={*question}
                    error={*error}
                    prefill={*prefill}
                    on_continue={Callback::from(move |answer| state.dispatch(Action::Choose(answer)))}
                />
            }
        }
        Page::Outcome { outcome, answers } => {
            let state_for_change = state.clone();
            html! {
                <outcome_page::OutcomePage
                    outcome={*outcome}
                    answers={answers.clone()}
                    on_change={Callback::from(move |q| state_for_change.dispatch(Action::Change(q)))}
                    on_start_again={dispatch(|| Action::StartAgain)}
                    local={props.local.clone()}
                />
            }
        }
        Page::Linked(outcome) => html! {
            <outcome_page::OutcomePage
                outcome={*outcome}
                answers={Vec::new()}
                on_start={dispatch(|| Action::StartOffered)}
                on_start_again={dispatch(|| Action::StartAgain)}
                local={props.local.clone()}
            />
        },
    };
    let back = !matches!(page, Page::Start | Page::Linked(_));
    html! {
        <>
            <layout::Layout {back}>{ body }</layout::Layout>
            <layout::ConfigurationNotice problems={props.problems.clone()} />
        </>
    }
}

/// The page title for `page`: its heading, with "Error: " first when it shows an error.
fn title(page: &Page) -> String {
    match page {
        Page::Start => page_title(pages::start::TITLE, false),
        Page::Question {
            question, error, ..
        } => page_title(content::question(*question).title, *error),
        Page::Glossary => page_title(pages::glossary::TITLE, false),
        Page::Outcome { outcome, .. } | Page::Linked(outcome) => {
            page_title(content::outcome(*outcome).title, false)
        }
    }
}
