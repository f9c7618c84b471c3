//! One question: the GOV.UK radios pattern, with the legend as the page heading and the error
//! summary when Continue is pressed with nothing chosen.

use super::layout::error_summary;
use crate::app::browser;
use crate::content::{self, pages::question_page as words};
use crate::core::Question;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub question: Question,
    pub error: bool,
    pub prefill: Option<&'static str>,
    /// Continue, with the answer chosen, if any.
    pub on_continue: Callback<Option<&'static str>>,
}

/// The id of the radio for `answer`, which the error summary links to.
fn radio_id(answer: &str) -> String {
    format!("answer-{answer}")
}

/// Drawn in place when the question changes: Continue changes the words and the radios, not the
/// page's structure. The radio the person chose is held by the page itself, where they see it, and
/// read on Continue; `prefill` only sets which radio is chosen when the question is drawn.
#[component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let text = content::question(props.question);

    let on_submit = {
        let on_continue = props.on_continue.clone();
        let answers = text.answers;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let form = event.target_dyn_into::<web_sys::Element>();
            let chosen = form
                .and_then(|form| browser::chosen_radio(&form))
                .and_then(|value| answers.iter().find(|answer| answer.id == value));
            on_continue.emit(chosen.map(|answer| answer.id));
        })
    };
    let first_radio = radio_id(text.answers[0].id);

    let hint_id = text.hint.map(|_| "question-hint");
    let error_id = props.error.then_some("question-error");
    let described_by = [hint_id, error_id]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");

    let radios = text.answers.iter().map(|answer| {
        let id = radio_id(answer.id);
        let hint_id = answer.hint.map(|_| format!("{id}-hint"));
        html! {
            <div class="govuk-radios__item">
                <input class="govuk-radios__input" id={id.clone()} name="answer" type="radio"
                    value={answer.id} checked={props.prefill == Some(answer.id)}
                    aria-describedby={hint_id.clone()} />
                <label class="govuk-label govuk-radios__label" for={id}>{ answer.label }</label>
                if let Some(hint) = answer.hint {
                    <div id={hint_id} class="govuk-hint govuk-radios__hint">{ hint }</div>
                }
            </div>
        }
    });

    html! {
        <>
            if props.error {
                { error_summary("error-summary", [(first_radio, text.error.to_owned())]) }
            }
            <form novalidate=true onsubmit={on_submit}>
                <div class={classes!("govuk-form-group", props.error.then_some("govuk-form-group--error"))}>
                    <fieldset class="govuk-fieldset" aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                        <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                            <h1 class="govuk-fieldset__heading" id="page-heading" tabindex="-1">{ text.title }</h1>
                        </legend>
                        if let Some(hint) = text.hint {
                            <div id="question-hint" class="govuk-hint">{ hint }</div>
                        }
                        if props.error {
                            <p id="question-error" class="govuk-error-message">
                                <span class="govuk-visually-hidden">{ words::ERROR_PREFIX }{ " " }</span>{ text.error }
                            </p>
                        }
                        <div class="govuk-radios">{ for radios }</div>
                    </fieldset>
                </div>
                <button type="submit" class="govuk-button">{ words::CONTINUE }</button>
            </form>
        </>
    }
}
