//! Every page a person can see, drawn natively by the app's own components with yew's server
//! renderer (feature `pages`) and read as text (`crate::render::html_text`): the page snapshots
//! in `tests/snapshots/pages/`, the reading grades (`crate::render::readability`) and
//! `signpost page`. A page is drawn as the app draws it (`super::page_body`), in its layout, under
//! its title; what the browser draws after the first paint (an outcome page's "Why" and "Your
//! next steps") is drawn at once, and the fetched files are read from `assets/`. A part of a page
//! that changes on its own (Find the council, the set-up page's postcode and code) is drawn
//! alone in each of its states.

use super::fetched::Fetched;
use super::views::layout::Layout;
use super::views::outcome_page::{numbers_for, shown_contacts};
use super::views::set_up_page::{self, Details, SetUpPage, Where, coded_part};
use super::views::{find_council, next_steps};
use super::{Controls, FetchedFiles, page_body, title};
use crate::content::advice_file::{self, Advice};
use crate::content::{self, ReviewDates, page_title, pages};
use crate::core::{Answer, FLOWS, Flow, Journey, Outcome, Page, Question, verify};
use crate::council::postcodes::Table;
use crate::council::search::{Shown, area, search};
use crate::host::local_contacts::{Given, HostKey, LocalContacts, MAX_CHARS};
use crate::render::html_text::{self, Line, PageText};
use std::rc::Rc;
use std::sync::OnceLock;
use yew::LocalServerRenderer;
use yew::prelude::*;

/// Those of `OTHER_PAGES` that a child, a parent or a neighbour reads, held to the public's
/// reading grade (`crate::render::readability`) with the questions and outcomes of the public's
/// journey; the rest are for people at work.
pub const FOR_THE_PUBLIC: &[&str] = &[
    "start",
    "opened-by-a-link",
    "changing-an-answer",
    "find-the-council",
];

/// The name of each snapshot that is not a question's or an outcome's, whose names are their IDs.
const OTHER_PAGES: &[&str] = &[
    "start",
    "glossary",
    "set-up",
    "opened-by-a-link",
    "changing-an-answer",
    "find-the-council",
    "a-settings-contacts",
    "your-next-steps",
];

/// Every page and state, by the name of its snapshot file.
pub fn every_page() -> Vec<(String, PageText)> {
    let questions = Question::ALL.iter().map(|question| question.id());
    let outcomes = Outcome::ALL.iter().map(|outcome| outcome.id());
    OTHER_PAGES
        .iter()
        .copied()
        .chain(questions)
        .chain(outcomes)
        .filter_map(|name| Some((name.to_owned(), page(name)?)))
        .collect()
}

/// A page, by the name of its snapshot file.
pub fn page(name: &str) -> Option<PageText> {
    let page = match name {
        "start" => whole(Page::Start, false),
        "glossary" => whole(Page::Glossary, true),
        "set-up" => set_up_page(),
        "opened-by-a-link" => opened_by_a_link(),
        "changing-an-answer" => changing_an_answer(),
        "find-the-council" => find_the_council(),
        "a-settings-contacts" => a_settings_contacts(),
        "your-next-steps" => your_next_steps(),
        _ => match (Question::from_id(name), Outcome::from_id(name)) {
            (Some(question), _) => question_page(question),
            (None, Some(outcome)) => outcome_page(outcome),
            (None, None) => return None,
        },
    };
    Some(page)
}

/// An outcome page as a person reaches it: after their answers, with its advice, "Why" and "Your
/// next steps"; or opened by a link if no answers reach it.
pub fn outcome_page(outcome: Outcome) -> PageText {
    let answers = answers_to(outcome);
    let back = !answers.is_empty();
    let page = if back {
        Page::Outcome { outcome, answers }
    } else {
        Page::Linked(outcome)
    };
    whole(page, back)
}

/// A question page, then the same page after Continue with nothing chosen.
pub fn question_page(question: Question) -> PageText {
    let drawn = |error| {
        let page = Page::Question {
            question,
            error,
            prefill: None,
        };
        whole(page, true)
    };
    states([
        ("As first drawn".to_owned(), drawn(false)),
        ("After Continue with nothing chosen".to_owned(), drawn(true)),
    ])
}

/// A page, or a part of one, to draw.
#[derive(Clone, PartialEq)]
enum Drawing {
    /// A page as the app draws it, with a Back link if `back`, on a page that gave `local`
    /// contacts, with the advice as fetched.
    Page {
        page: Page,
        back: bool,
        advice: Fetched<Advice>,
        local: Rc<LocalContacts>,
    },
    /// Find the council, as an outcome page for `outcome` draws it on a page that gave `local`
    /// contacts, after `typed` was looked up (nothing typed: as first drawn).
    FindCouncil {
        outcome: Outcome,
        local: Rc<LocalContacts>,
        typed: Option<&'static str>,
        councils: Fetched<Table>,
    },
    /// The set-up page as first drawn.
    SetUp,
    /// The set-up page after "Show the code" was pressed with these values, by their place in
    /// `HostKey::ALL`.
    SetUpChecked(Vec<String>),
    /// The setting's postcode on the set-up page, after `typed` was looked up.
    FindArea {
        typed: &'static str,
        councils: Fetched<Table>,
    },
    /// What shows below the set-up form once it gives the code for these details; `stale` once a
    /// field has changed with a problem.
    SetUpCoded { details: Details, stale: bool },
    /// A block's Copy button, after a copy that came to `status`.
    Copied(&'static str),
    /// "Your next steps" with `notes` typed in its box.
    NextSteps { notes: &'static str },
}

#[derive(Properties, PartialEq)]
struct DrawingProps {
    drawing: Drawing,
}

/// A page in the app's layout, with a Back link where there is somewhere to go back to, or a part
/// of one alone.
#[component]
fn Drawn(props: &DrawingProps) -> Html {
    let in_layout = |body: Html, back: bool| {
        html! { <Layout on_back={back.then(Callback::noop)}>{ body }</Layout> }
    };
    match &props.drawing {
        Drawing::Page {
            page,
            back,
            advice,
            local,
        } => {
            let fetched = FetchedFiles {
                advice: *advice,
                councils: councils(),
            };
            in_layout(page_body(page, &Unpressed, local, fetched, true), *back)
        }
        Drawing::FindCouncil {
            outcome,
            local,
            typed,
            councils,
        } => {
            let text = content::outcome(*outcome);
            let shown = match typed {
                Some(typed) => search(
                    typed,
                    councils.ready(),
                    *councils == Fetched::Failed,
                    numbers_for(text, &shown_contacts(*outcome, local)),
                ),
                None => Shown::Nothing,
            };
            let intros = content::find_council_intros(text.contacts);
            find_council::view(&intros, &shown, NodeRef::default(), Callback::noop())
        }
        Drawing::SetUp => in_layout(html! { <SetUpPage focus_heading=false /> }, true),
        Drawing::SetUpChecked(values) => {
            let problems = set_up_page::read(&set_up_page::details_of(values)).1;
            let form = set_up_page::form(
                values,
                &problems,
                councils(),
                Callback::noop(),
                Callback::noop(),
            );
            in_layout(form, true)
        }
        Drawing::FindArea { typed, councils } => {
            let found = area(typed, councils.ready(), *councils == Fetched::Failed);
            set_up_page::find_area_view(
                Some(&found),
                NodeRef::default(),
                Callback::noop(),
                Callback::noop(),
            )
        }
        Drawing::SetUpCoded { details, stale } => {
            let place = Where {
                address: EXAMPLE_ADDRESS.to_owned(),
                encode: encode_uri_component,
                today: ReviewDates::of(EXAMPLE_DAY),
            };
            coded_part(details, *stale, place)
        }
        Drawing::Copied(status) => {
            set_up_page::copy_control("code-frame", Callback::noop(), status)
        }
        Drawing::NextSteps { notes } => {
            next_steps::sheet(notes, Callback::noop(), Callback::noop(), Callback::noop())
        }
    }
}

/// Controls no one presses: a drawing is never clicked.
struct Unpressed;

impl Controls for Unpressed {
    fn on_start(&self) -> Callback<&'static Flow> {
        Callback::noop()
    }
    fn on_continue(&self) -> Callback<Option<&'static str>> {
        Callback::noop()
    }
    fn on_change(&self) -> Callback<Question> {
        Callback::noop()
    }
    fn on_answer_questions(&self) -> Callback<MouseEvent> {
        Callback::noop()
    }
    fn on_start_again(&self) -> Callback<MouseEvent> {
        Callback::noop()
    }
}

thread_local! {
    /// The runtime yew's server renderer awaits on, one for the thread's drawings.
    static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime on this thread");
}

/// `drawing` as text, under the page's title where it is a whole page.
fn draw(drawing: &Drawing) -> PageText {
    let html = RUNTIME.with(|runtime| {
        runtime.block_on(
            LocalServerRenderer::<Drawn>::with_props(DrawingProps {
                drawing: drawing.clone(),
            })
            .hydratable(false)
            .render(),
        )
    });
    let mut text = html_text::read(&html);
    let title = match drawing {
        Drawing::Page { page, .. } => Some(title(page)),
        Drawing::SetUp => Some(page_title(pages::set_up::TITLE, false)),
        Drawing::SetUpChecked(_) => Some(page_title(pages::set_up::TITLE, true)),
        _ => None,
    };
    if let Some(title) = title {
        text.lines.insert(0, Line::title(&title));
    }
    text
}

/// A whole page, with its advice, on a page that gave no contacts of its own.
fn whole(page: Page, back: bool) -> PageText {
    draw(&Drawing::Page {
        page,
        back,
        advice: advice(),
        local: Rc::default(),
    })
}

/// Each state of a page, under a line that names it.
fn states(states: impl IntoIterator<Item = (String, PageText)>) -> PageText {
    let mut page = PageText::default();
    for (name, text) in states {
        page.lines.push(Line::state(&name));
        page.lines.extend(text.lines);
    }
    page
}

/// The outcome pages' advice, as the app fetches it (`assets/advice.txt`, which `tests/pages.rs`
/// keeps this build's).
fn advice() -> Fetched<Advice> {
    static ADVICE: OnceLock<Option<Advice>> = OnceLock::new();
    ADVICE
        .get_or_init(|| advice_file::parse(advice_file::file().leak()))
        .as_ref()
        .map_or(Fetched::Failed, Fetched::Ready)
}

/// The postcode table, as the app fetches it.
fn councils() -> Fetched<Table> {
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
fn answers_to(outcome: Outcome) -> Vec<Answer> {
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

/// The LADO's page opened by a link, which settings link to most: with its advice, while it
/// loads and if it cannot be loaded; the same page reached by answering while its advice loads;
/// and a check's first question opened by a link (`#which-lado`), which has no Back link.
fn opened_by_a_link() -> PageText {
    let outcome = Outcome::TellLado;
    let linked = |advice| {
        draw(&Drawing::Page {
            page: Page::Linked(outcome),
            back: false,
            advice,
            local: Rc::default(),
        })
    };
    let which_lado = crate::core::which_lado::WHICH_LADO.start;
    states([
        (
            "Opened by a link, with its advice".to_owned(),
            linked(advice()),
        ),
        (
            "Opened by a link, while its advice loads".to_owned(),
            linked(Fetched::Loading),
        ),
        (
            "Opened by a link, if its advice cannot be loaded".to_owned(),
            linked(Fetched::Failed),
        ),
        (
            "Reached by answering, while its advice loads".to_owned(),
            draw(&Drawing::Page {
                page: Page::Outcome {
                    outcome,
                    answers: answers_to(outcome),
                },
                back: true,
                advice: Fetched::Loading,
                local: Rc::default(),
            }),
        ),
        (
            format!(
                "\"{}\", opened by its link",
                content::question(which_lado).title
            ),
            whole(
                Page::Question {
                    question: which_lado,
                    error: false,
                    prefill: None,
                },
                false,
            ),
        ),
    ])
}

/// What a person types as notes on an outcome page, to go on the printed sheet.
const EXAMPLE_NOTES: &str = "Told the manager at 9.10. Jo was in the room.";

/// "Your next steps" at the end of an outcome page, with notes typed: they go on the printed sheet
/// under their heading.
fn your_next_steps() -> PageText {
    states([(
        format!("With \"{EXAMPLE_NOTES}\" typed as notes"),
        draw(&Drawing::NextSteps {
            notes: EXAMPLE_NOTES,
        }),
    )])
}

/// The first question after Change on the outcome page: the answer given before is chosen, as it
/// is on any question a person changes.
fn changing_an_answer() -> PageText {
    let question = Question::ALL[0];
    let answer = &content::question(question).answers[1];
    states([(
        format!("After Change, having answered \"{}\"", answer.label),
        whole(
            Page::Question {
                question,
                error: false,
                prefill: Some(answer.id),
            },
            true,
        ),
    )])
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

/// Find the council on the page that sends a person to children's social care, in each state.
fn find_the_council() -> PageText {
    let outcome = Outcome::ChildrenSocialCare;
    let drawn = |typed: Option<&'static str>, councils| {
        draw(&Drawing::FindCouncil {
            outcome,
            local: Rc::default(),
            typed,
            councils,
        })
    };
    let title = content::outcome(outcome).title;
    let mut shown = vec![(
        format!("On \"{title}\", as first drawn"),
        drawn(None, councils()),
    )];
    for postcode in POSTCODES {
        shown.push((
            format!("After \"{postcode}\""),
            drawn(Some(postcode), councils()),
        ));
    }
    for (when, councils) in [
        ("While the table loads", Fetched::Loading),
        ("If the table cannot be loaded", Fetched::Failed),
    ] {
        shown.push((
            format!("{when}, after \"{}\"", POSTCODES[0]),
            drawn(Some(POSTCODES[0]), councils),
        ));
    }
    states(shown)
}

/// A setting's details, as an example, for the set-up page once it shows the code, and for the
/// pages its staff see.
const EXAMPLE_SETTING: &[(HostKey, &str)] = &[
    (HostKey::SettingName, "Little Acorns Pre-School"),
    (HostKey::DesignatedLead, "Sam Jones"),
    (HostKey::AreaName, "Hampshire"),
    (HostKey::LadoPhone, "01962 876364"),
];

/// Where the example's Signpost is served.
const EXAMPLE_ADDRESS: &str = "https://signpost.example/";

/// The day the example procedure is printed: any day will do, and this one keeps the snapshot
/// the same from one day to the next.
const EXAMPLE_DAY: &str = "2026-12-06";

/// The example setting's contacts, given as `given`.
fn example_setting(given: Given) -> LocalContacts {
    let attributes = EXAMPLE_SETTING
        .iter()
        .map(|(key, value)| (key.id(), *value));
    LocalContacts::read_given(given, attributes).0
}

/// A setting's own contacts where its staff see them: on the page for reporting to the LADO
/// when the setting's website gives them, and when a link gives them (which anyone can make);
/// and what Find the council says of them, for a postcode in the setting's council and for one
/// elsewhere.
fn a_settings_contacts() -> PageText {
    let outcome = Outcome::ReportToLado;
    let title = content::outcome(outcome).title;
    let on_the_page = |given| {
        draw(&Drawing::Page {
            page: Page::Outcome {
                outcome,
                answers: answers_to(outcome),
            },
            back: true,
            advice: advice(),
            local: Rc::new(example_setting(given)),
        })
    };
    let find = |typed| {
        draw(&Drawing::FindCouncil {
            outcome,
            local: Rc::new(example_setting(Given::ByTheWebsite)),
            typed: Some(typed),
            councils: councils(),
        })
    };
    states([
        (
            format!("\"{title}\", on the example setting's website"),
            on_the_page(Given::ByTheWebsite),
        ),
        (
            format!("\"{title}\", opened by a link that gives the example setting's details"),
            on_the_page(Given::ByALink),
        ),
        (
            "Find the council on it, after \"SO23 8UJ\", in Hampshire".to_owned(),
            find("SO23 8UJ"),
        ),
        (
            "Find the council on it, after \"BA11 1BU\", in Somerset".to_owned(),
            find("BA11 1BU"),
        ),
    ])
}

/// Values, in the order of `HostKey::ALL`, each with a problem of its own: a name with markup,
/// a name with digits, a name too long (made in `set_up_page`), no council, a number that
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

/// The set-up page as first drawn; after "Show the code" with a problem in every field, and with
/// numbers but no council; what finding the council from a postcode says; and what shows below
/// the form once it gives the code for the example setting, and once a field has changed since.
fn set_up_page() -> PageText {
    let values = |values: [&str; HostKey::COUNT]| values.map(str::to_owned).to_vec();
    let mut every_problem = values(EVERY_PROBLEM);
    every_problem[2] = "Alex Jones ".repeat(MAX_CHARS / 10);
    let details: Details = EXAMPLE_SETTING
        .iter()
        .map(|(key, value)| (*key, (*value).to_owned()))
        .collect();
    let mut shown = vec![
        ("As first drawn".to_owned(), draw(&Drawing::SetUp)),
        (
            "After \"Show the code\", with a problem in every field".to_owned(),
            draw(&Drawing::SetUpChecked(every_problem)),
        ),
        (
            "After \"Show the code\", with a number but no council area".to_owned(),
            draw(&Drawing::SetUpChecked(values(NO_AREA))),
        ),
    ];
    for typed in SETTING_POSTCODES {
        shown.push((
            format!("Finding the council from the setting's postcode, after \"{typed}\""),
            draw(&Drawing::FindArea {
                typed,
                councils: councils(),
            }),
        ));
    }
    shown.push((
        format!(
            "Finding the council while the table loads, after \"{}\"",
            SETTING_POSTCODES[0]
        ),
        draw(&Drawing::FindArea {
            typed: SETTING_POSTCODES[0],
            councils: Fetched::Loading,
        }),
    ));
    for (when, stale) in [
        (
            "Below the form, once it shows the code for an example setting",
            false,
        ),
        ("The same, once a field has changed and has a problem", true),
    ] {
        shown.push((
            when.to_owned(),
            draw(&Drawing::SetUpCoded {
                details: details.clone(),
                stale,
            }),
        ));
    }
    for (when, status) in [
        (
            "A block's Copy button, after copying",
            pages::set_up::COPIED,
        ),
        (
            "A block's Copy button, if the browser would not copy",
            pages::set_up::COPY_FAILED,
        ),
    ] {
        shown.push((when.to_owned(), draw(&Drawing::Copied(status))));
    }
    states(shown)
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
