//! "Find the council": a postcode question under the contacts of a page that sends a person to a
//! council, and its answer (`crate::council::search`), looked up in the page in the postcode table
//! fetched for everyone. The postcode is never in a form submission, the address, the history,
//! storage or the title: the field has no name, the form never submits, and what was typed lives
//! in this component, gone with the page; nor is it printed.

use super::layout::error_summary;
use super::outcome_page::dialable;
use crate::app::browser;
use crate::app::fetched::Fetched;
use crate::content::Council;
use crate::content::pages::{find_council as words, question_page};
use crate::council::postcodes::Table;
use crate::council::search::{Shown, search};
use yew::prelude::*;

const FIELD_ID: &str = "find-council-postcode";
const SUMMARY_ID: &str = "find-council-error-summary";
const ANSWER_ID: &str = "find-council-answer";

#[derive(Properties, PartialEq)]
pub struct FindCouncilProps {
    /// Whose postcode finds each council the page names: its contacts' `find-council`, each once.
    pub intros: Vec<&'static str>,
    pub councils: Fetched<Table>,
    /// The council whose numbers the host gave, where the page shows them above.
    pub numbers_for: Option<&'static Council>,
}

#[component]
pub fn FindCouncil(props: &FindCouncilProps) -> Html {
    // What the question shows, kept in the component and drawn again by hand (smaller in the
    // wasm than a `use_state` of a type of its own: docs/find-the-council.md), and whether focus
    // is still to move after Find the council was pressed.
    let asked = use_mut_ref(|| (Shown::Nothing, false));
    let redraw = use_force_update();
    let field = use_node_ref();
    {
        // As GOV.UK does after a submission: focus on the error summary, or else the answer,
        // once they are drawn, after every press, the same error again too.
        let asked = asked.clone();
        use_effect(move || {
            let (shown, to_focus) = &mut *asked.borrow_mut();
            if std::mem::take(to_focus) {
                browser::focus(match shown {
                    Shown::Problem(_) => SUMMARY_ID,
                    _ => ANSWER_ID,
                });
            }
        });
    }
    let on_submit = {
        let (asked, field, councils, numbers_for) = (
            asked.clone(),
            field.clone(),
            props.councils,
            props.numbers_for,
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = field
                .cast::<web_sys::HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            let shown = search(
                &typed,
                councils.ready(),
                councils == Fetched::Failed,
                numbers_for,
            );
            *asked.borrow_mut() = (shown, true);
            redraw.force_update();
        })
    };
    view(&props.intros, &asked.borrow().0, field, on_submit)
}

/// The question and what it shows for `shown`: `field` is its box, `on_submit` its button.
pub fn view(
    intros: &[&'static str],
    shown: &Shown,
    field: NodeRef,
    on_submit: Callback<SubmitEvent>,
) -> Html {
    let problem = match shown {
        Shown::Problem(message) => Some(*message),
        _ => None,
    };
    let described_by = match problem {
        Some(_) => "find-council-hint find-council-error",
        None => "find-council-hint",
    };

    // Not printed: a postcode on paper is one kept.
    html! {
        <div class="signpost-no-print">
            <h2 class="govuk-heading-m">{ words::HEADING }</h2>
            { for intros.iter().map(|intro| html! { <p class="govuk-body">{ *intro }</p> }) }
            if let Some(message) = problem {
                { error_summary(SUMMARY_ID, [(FIELD_ID.to_owned(), message.to_owned())]) }
            }
            <form novalidate=true onsubmit={on_submit}>
                    <div class={classes!("govuk-form-group", problem.map(|_| "govuk-form-group--error"))}>
                        <label class="govuk-label govuk-label--s" for={FIELD_ID}>{ words::LABEL }</label>
                        <div class="govuk-hint" id="find-council-hint">{ words::HINT }<br />{ words::PRIVATE }</div>
                        if let Some(message) = problem {
                            <p class="govuk-error-message" id="find-council-error">
                                <span class="govuk-visually-hidden">{ question_page::ERROR_PREFIX }{ " " }</span>{ message }
                            </p>
                        }
                        // No name: nothing typed here could go with a form, even one sent without the app.
                        <input ref={field} id={FIELD_ID} type="text"
                            class={classes!("govuk-input", "govuk-input--width-10", problem.map(|_| "govuk-input--error"))}
                            autocomplete="off" spellcheck="false" autocapitalize="characters"
                            aria-describedby={described_by} />
                    </div>
                    <button type="submit" class="govuk-button govuk-button--secondary">{ words::BUTTON }</button>
                </form>
            if let Shown::Answer(answer) = shown {
                <div class="govuk-inset-text" id={ANSWER_ID} tabindex="-1">
                    <p class="govuk-body"><strong>{ dialable(&answer.lead) }</strong></p>
                    if !answer.places.is_empty() {
                        <ul class="govuk-list govuk-list--bullet">
                            { for answer.places.iter().map(|place| html! { <li>{ *place }</li> }) }
                        </ul>
                    }
                    { for answer.lines.iter().map(|line| html! { <p class="govuk-body">{ line }</p> }) }
                </div>
            }
            <p class="govuk-body">
                { words::GOV_UK }{ " " }
                <a class="govuk-link" href={words::GOV_UK_ADDRESS}>{ words::GOV_UK_LINK }</a>
            </p>
            <p class="govuk-body">{ dialable(words::STUCK) }</p>
            <p class="govuk-body-s">{ crate::council::postcodes::data_line() }</p>
        </div>
    }
}
