//! Every page a person can see, drawn natively by the app's own components with yew's server
//! renderer (feature `pages`) and read as text (`crate::render::html_text`): the page snapshots
//! in `tests/snapshots/pages/`, the reading grades (`crate::render::readability`) and
//! `signpost page`. What the browser draws after the first paint (an outcome page's "Why" and
//! "Your next steps") is drawn at once here, and the fetched files are read from `assets/`.

use super::fetched::Fetched;
use super::views::find_council;
use super::views::layout::Layout;
use super::views::set_up_page::{self, Details, SetUpPage, Where, coded_part};
use super::views::{
    glossary_page::GlossaryPage, outcome_page::OutcomePage, question_page::QuestionPage,
    start_page::StartPage,
};
use crate::content::advice_file::{self, Advice};
use crate::content::{self, Council, ReviewDates};
use crate::core::{Answer, FLOWS, Journey, Outcome, Question, verify};
use crate::council::postcodes::Table;
use crate::council::search::{Shown, area, search};
use crate::host::local_contacts::{HostKey, LocalContacts, MAX_CHARS};
use crate::render::html_text::{self, Line, PageText};
use std::rc::Rc;
use std::sync::OnceLock;
use yew::LocalServerRenderer;
use yew::prelude::*;

/// A page, or a state of one, to draw.
#[derive(Clone, PartialEq)]
pub enum Drawing {
    Start,
    Glossary,
    /// A question; whether it shows the error for Continue with nothing chosen; the answer
    /// chosen when it is drawn (after Change, the answer given before).
    Question {
        question: Question,
        error: bool,
        prefill: Option<&'static str>,
    },
    /// An outcome: reached by `answers`, or opened by a link when there are none, on a page that
    /// gave `local` contacts.
    Outcome {
        outcome: Outcome,
        answers: Vec<Answer>,
        advice: Fetched<Advice>,
        local: Rc<LocalContacts>,
    },
    /// Find the council, after `typed` was looked up (nothing typed: as first drawn).
    FindCouncil {
        intros: Vec<&'static str>,
        typed: Option<&'static str>,
        councils: Fetched<Table>,
        numbers_for: Option<&'static Council>,
    },
    /// The set-up page as first drawn.
    SetUp,
    /// The set-up page's form after "Show the code" was pressed with these values, by their
    /// place in `HostKey::ALL`.
    SetUpChecked(Vec<String>),
    /// The setting's postcode on the set-up page, after `typed` was looked up.
    FindArea {
        typed: &'static str,
        councils: Fetched<Table>,
    },
    /// What the set-up page shows once it gives the code for these details.
    SetUpCoded(Details),
}

#[derive(Properties, PartialEq)]
struct DrawingProps {
    drawing: Drawing,
}

/// The page in the app's layout, with a Back link where there is somewhere to go back to.
#[component]
fn Drawn(props: &DrawingProps) -> Html {
    let (body, back) = match &props.drawing {
        Drawing::Start => (html! { <StartPage on_start={Callback::noop()} /> }, false),
        Drawing::Glossary => (html! { <GlossaryPage advice={advice()} /> }, true),
        Drawing::Question {
            question,
            error,
            prefill,
        } => (
            html! {
                <QuestionPage question={*question} error={*error} prefill={*prefill}
                    on_continue={Callback::noop()} />
            },
            true,
        ),
        Drawing::Outcome {
            outcome,
            answers,
            advice,
            local,
        } => {
            let linked = answers.is_empty();
            let page = html! {
                <OutcomePage outcome={*outcome} answers={answers.clone()}
                    on_change={(!linked).then(Callback::noop)}
                    on_start={linked.then(Callback::noop)}
                    on_start_again={Callback::noop()}
                    local={local.clone()} advice={*advice} councils={councils()} at_once=true />
            };
            (page, !linked)
        }
        Drawing::FindCouncil {
            intros,
            typed,
            councils,
            numbers_for,
        } => {
            let shown = match typed {
                Some(typed) => search(
                    typed,
                    councils.ready(),
                    *councils == Fetched::Failed,
                    *numbers_for,
                ),
                None => Shown::Nothing,
            };
            let page = find_council::view(intros, &shown, NodeRef::default(), Callback::noop());
            (page, false)
        }
        Drawing::SetUp => (html! { <SetUpPage focus_heading=false /> }, true),
        Drawing::SetUpChecked(values) => {
            let problems = set_up_page::read(&set_up_page::details_of(values)).1;
            let form = set_up_page::form(
                values,
                &problems,
                councils(),
                Callback::noop(),
                Callback::noop(),
            );
            (form, true)
        }
        Drawing::FindArea { typed, councils } => {
            let found = area(typed, councils.ready(), *councils == Fetched::Failed);
            let view = set_up_page::find_area_view(
                Some(&found),
                NodeRef::default(),
                Callback::noop(),
                Callback::noop(),
            );
            (view, false)
        }
        Drawing::SetUpCoded(details) => {
            let place = Where {
                address: "https://signpost.example/".to_owned(),
                encode: encode_uri_component,
                today: ReviewDates::of(EXAMPLE_DAY),
            };
            (coded_part(details, false, place), true)
        }
    };
    html! { <Layout on_back={back.then(Callback::noop)}>{ body }</Layout> }
}

/// `drawing` as text.
pub fn text_of(drawing: Drawing) -> PageText {
    let html = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime on this thread")
        .block_on(
            LocalServerRenderer::<Drawn>::with_props(DrawingProps { drawing })
                .hydratable(false)
                .render(),
        );
    html_text::read(&html)
}

/// The outcome pages' advice, as the app fetches it (`assets/advice.txt`, which
/// `tests/pages.rs` keeps this build's).
pub fn advice() -> Fetched<Advice> {
    static ADVICE: OnceLock<Option<Advice>> = OnceLock::new();
    ADVICE
        .get_or_init(|| advice_file::parse(advice_file::file().leak()))
        .as_ref()
        .map_or(Fetched::Failed, Fetched::Ready)
}

/// The postcode table, as the app fetches it.
pub fn councils() -> Fetched<Table> {
    static TABLE: OnceLock<Option<Table>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            Table::parse(include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/councils.txt"
            )))
        })
        .as_ref()
        .map_or(Fetched::Failed, Fetched::Ready)
}

/// The answers of the first path, in the order of `FLOWS`, that reaches `outcome`; none if only a
/// link opens it.
pub fn answers_to(outcome: Outcome) -> Vec<Answer> {
    for flow in FLOWS {
        let Ok(paths) = verify::paths(flow) else {
            continue;
        };
        if let Some(path) = paths.iter().find(|path| path.outcome == outcome) {
            let mut journey = Journey::new(flow);
            for (_, answer) in &path.answers {
                journey
                    .answer(answer)
                    .expect("a verified path's answers are answers");
            }
            return journey.answers().to_vec();
        }
    }
    Vec::new()
}

/// Find the council, as first drawn, after each of these was typed, and while the table loads
/// and if it could not: every answer and error it gives. The postcodes are from the ONS sample
/// (`tests/data/postcode-sample.txt`) and the table: a unitary council, a county's, a London
/// borough's, the first part of a postcode shared by two councils and a whole one in it, Wales,
/// Scotland, Northern Ireland, the Channel Islands, a postcode that is not one, one not in the
/// directory, and nothing.
const POSTCODES: &[&str] = &[
    "BA11 1BU", "AL10 8SP", "BR1 4TN", "AL3", "AL3 8QE", "CF11 0LB", "AB10 7PB", "BT15 2LA",
    "GY7 9BX", "12345", "ZZ9 9ZZ", "",
];

/// A setting's details, as an example, for the set-up page once it shows the code.
const EXAMPLE_SETTING: &[(HostKey, &str)] = &[
    (HostKey::SettingName, "Little Acorns Pre-School"),
    (HostKey::DesignatedLead, "Sam Jones"),
    (HostKey::AreaName, "Hampshire"),
    (HostKey::LadoPhone, "01962 876364"),
];

/// The day the example procedure is printed: any day will do, and this one keeps the snapshot
/// the same from one day to the next.
const EXAMPLE_DAY: &str = "2026-12-06";

/// Every page and state, by the name of its snapshot file.
pub fn every_page() -> Vec<(String, PageText)> {
    let mut pages = vec![
        ("start".to_owned(), text_of(Drawing::Start)),
        ("glossary".to_owned(), text_of(Drawing::Glossary)),
        ("set-up".to_owned(), set_up_page()),
    ];
    for question in Question::ALL {
        pages.push((question.id().to_owned(), question_page(*question)));
    }
    for outcome in Outcome::ALL {
        pages.push((outcome.id().to_owned(), outcome_page(*outcome)));
    }
    pages.push(("opened-by-a-link".to_owned(), opened_by_a_link()));
    pages.push(("find-the-council".to_owned(), find_the_council()));
    pages.push(("a-settings-contacts".to_owned(), a_settings_contacts()));
    pages.push(("changing-an-answer".to_owned(), changing_an_answer()));
    pages
}

/// A page, by the name of its snapshot file.
pub fn page(name: &str) -> Option<PageText> {
    every_page()
        .into_iter()
        .find(|(id, _)| id == name)
        .map(|(_, text)| text)
}

/// An outcome page as a person reaches it: after their answers, with its advice, "Why" and "Your
/// next steps"; or opened by a link if no answers reach it.
pub fn outcome_page(outcome: Outcome) -> PageText {
    text_of(Drawing::Outcome {
        outcome,
        answers: answers_to(outcome),
        advice: advice(),
        local: Rc::default(),
    })
}

/// A question page, then the same page after Continue with nothing chosen.
pub fn question_page(question: Question) -> PageText {
    states([
        (
            "As first drawn",
            Drawing::Question {
                question,
                error: false,
                prefill: None,
            },
        ),
        (
            "After Continue with nothing chosen",
            Drawing::Question {
                question,
                error: true,
                prefill: None,
            },
        ),
    ])
}

/// The first question after Change on the outcome page: the answer given before is chosen. Every
/// question is drawn so, with its own answer.
fn changing_an_answer() -> PageText {
    let question = Question::ALL[0];
    let answer = content::question(question).answers[1].id;
    states([(
        format!("After Change, having answered \"{answer}\""),
        Drawing::Question {
            question,
            error: false,
            prefill: Some(answer),
        },
    )])
}

/// An outcome page opened by a link (the LADO's, which settings link to most): with its advice;
/// while the advice loads; if it cannot be loaded.
fn opened_by_a_link() -> PageText {
    let linked = |advice| Drawing::Outcome {
        outcome: Outcome::TellLado,
        answers: Vec::new(),
        advice,
        local: Rc::default(),
    };
    states([
        ("With its advice", linked(advice())),
        ("While its advice loads", linked(Fetched::Loading)),
        ("If its advice cannot be loaded", linked(Fetched::Failed)),
    ])
}

/// Find the council on the page that sends a person to children's social care, in each state.
fn find_the_council() -> PageText {
    let intros =
        content::find_council_intros(content::outcome(Outcome::ChildrenSocialCare).contacts);
    let drawing = |typed: Option<&'static str>, councils| Drawing::FindCouncil {
        intros: intros.clone(),
        typed,
        councils,
        numbers_for: None,
    };
    let mut shown = vec![("As first drawn".to_owned(), drawing(None, councils()))];
    for postcode in POSTCODES {
        shown.push((
            format!("After \"{postcode}\""),
            drawing(Some(postcode), councils()),
        ));
    }
    for (when, councils) in [
        ("While the table loads", Fetched::Loading),
        ("If the table cannot be loaded", Fetched::Failed),
    ] {
        shown.push((
            format!("{when}, after \"{}\"", POSTCODES[0]),
            drawing(Some(POSTCODES[0]), councils),
        ));
    }
    states(shown)
}

/// Values, in the order of `HostKey::ALL`, each with a problem of its own: a name with markup,
/// a name with digits, a name too long (`TOO_LONG` in its place), no council, a number that
/// cannot be shown without one, 999, a mobile number, an address with no @, and a URN of two
/// digits.
const EVERY_PROBLEM: [&str; HostKey::COUNT] = [
    "<b>Little Acorns</b>",
    "Sam 2",
    "",
    "Narnia",
    "0800 123 4567",
    "999",
    "07700 900123",
    "lado at council",
    "12",
];

/// A setting's numbers, with no council area for them.
const NO_AREA: [&str; HostKey::COUNT] = ["", "", "", "", "", "", "01962 876364", "", ""];

/// The setting's postcodes the set-up page looks up: a county's, the first part of one shared
/// by two councils, a postcode that is not one, and one in Wales.
const SETTING_POSTCODES: &[&str] = &["SO23 8UJ", "AL3", "12345", "CF11 0LB"];

/// The example setting's contacts, as its website gives them.
fn example_setting() -> LocalContacts {
    LocalContacts::read(
        EXAMPLE_SETTING
            .iter()
            .map(|(key, value)| (key.id(), *value)),
    )
    .0
}

/// A setting's own contacts where its staff see them: on the page for reporting to the LADO,
/// and in what Find the council says of them, for a postcode in the setting's council and for one
/// elsewhere.
fn a_settings_contacts() -> PageText {
    let local = example_setting();
    let numbers_for = local.area;
    let outcome = Outcome::ReportToLado;
    let find = |typed| Drawing::FindCouncil {
        intros: content::find_council_intros(content::outcome(outcome).contacts),
        typed: Some(typed),
        councils: councils(),
        numbers_for,
    };
    states([
        (
            format!("The page for `{outcome}`, on the example setting's website"),
            Drawing::Outcome {
                outcome,
                answers: answers_to(outcome),
                advice: advice(),
                local: Rc::new(local.clone()),
            },
        ),
        (
            "Find the council on it, after \"SO23 8UJ\"".to_owned(),
            find("SO23 8UJ"),
        ),
        (
            "Find the council on it, after \"BA11 1BU\"".to_owned(),
            find("BA11 1BU"),
        ),
    ])
}

/// The set-up page as first drawn; after "Show the code" with a problem in every field, and with
/// numbers but no council; what finding the council from a postcode says; and once it shows the
/// code for the example setting.
fn set_up_page() -> PageText {
    let details = EXAMPLE_SETTING
        .iter()
        .map(|(key, value)| (*key, (*value).to_owned()))
        .collect();
    let values = |values: [&str; HostKey::COUNT]| values.map(str::to_owned).to_vec();
    let mut every_problem = values(EVERY_PROBLEM);
    every_problem[2] = "Alex Jones ".repeat(MAX_CHARS / 10);
    let mut shown = vec![
        ("As first drawn".to_owned(), Drawing::SetUp),
        (
            "After \"Show the code\", with a problem in every field".to_owned(),
            Drawing::SetUpChecked(every_problem),
        ),
        (
            "After \"Show the code\", with a number but no council area".to_owned(),
            Drawing::SetUpChecked(values(NO_AREA)),
        ),
    ];
    for typed in SETTING_POSTCODES {
        shown.push((
            format!("Finding the council from the setting's postcode, after \"{typed}\""),
            Drawing::FindArea {
                typed,
                councils: councils(),
            },
        ));
    }
    shown.push((
        format!(
            "Finding the council while the table loads, after \"{}\"",
            SETTING_POSTCODES[0]
        ),
        Drawing::FindArea {
            typed: SETTING_POSTCODES[0],
            councils: Fetched::Loading,
        },
    ));
    shown.push((
        "Once it shows the code, for an example setting".to_owned(),
        Drawing::SetUpCoded(details),
    ));
    states(shown)
}

/// Each state of a page, under a line that names it.
fn states<T: Into<String>>(states: impl IntoIterator<Item = (T, Drawing)>) -> PageText {
    let mut page = PageText::default();
    for (name, drawing) in states {
        page.lines.push(Line::state(&name.into()));
        page.lines.extend(text_of(drawing).lines);
    }
    page
}

/// `text` as the browser's `encodeURIComponent` writes it into an address.
fn encode_uri_component(text: &str) -> String {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    const KEPT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'!')
        .remove(b'~')
        .remove(b'*')
        .remove(b'\'')
        .remove(b'(')
        .remove(b')');
    utf8_percent_encode(text, KEPT).to_string()
}
