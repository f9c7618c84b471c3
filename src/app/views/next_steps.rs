//! "Your next steps": the outcome's steps, contacts and a record template, to print or save as a
//! text file built in the browser, with the person's own notes. The notes live only in this
//! component's state: they are never stored or sent, and go when the page changes.

use crate::content;
use crate::content::pages::{every_page, next_steps as words};
use crate::core::Outcome;
use crate::host::local_contacts::LocalContacts;
use crate::render::next_steps_sheet;
use gloo::file::{Blob, ObjectUrl};
use gloo::utils::{document, window};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub outcome: Outcome,
    pub local: Rc<LocalContacts>,
    /// When the page's words were last reviewed (`YYYY-MM-DD`), once its advice has come.
    pub reviewed: Option<&'static str>,
}

#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let notes = use_state(String::new);
    let on_input = {
        let notes = notes.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                notes.set(area.value());
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = window().print();
    });
    let on_save = {
        let notes = notes.clone();
        let text = content::outcome(props.outcome);
        let (local, reviewed) = (props.local.clone(), props.reviewed);
        Callback::from(move |_: MouseEvent| {
            save(&next_steps_sheet::next_steps_text(
                text, reviewed, &local, &notes,
            ))
        })
    };
    sheet(&notes, on_input, on_print, on_save)
}

/// The section with `notes` typed in its box (`on_input`), and its buttons.
pub fn sheet(
    notes: &str,
    on_input: Callback<InputEvent>,
    on_print: Callback<MouseEvent>,
    on_save: Callback<MouseEvent>,
) -> Html {
    html! {
        <section class="signpost-next-steps" aria-labelledby="next-steps-heading">
            <h2 class="govuk-heading-m" id="next-steps-heading">{ words::HEADING }</h2>
            <p class="govuk-body signpost-no-print">{ words::INTRO }</p>
            <div class="govuk-warning-text signpost-no-print">
                <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
                <strong class="govuk-warning-text__text">
                    <span class="govuk-visually-hidden">{ every_page::WARNING }</span>
                    { words::DEVICE_WARNING }
                </strong>
            </div>
            <div class="govuk-form-group signpost-no-print">
                <label class="govuk-label" for="next-steps-notes">{ words::NOTES_LABEL }</label>
                <div id="next-steps-notes-hint" class="govuk-hint">{ words::NOTES_HINT }</div>
                <textarea class="govuk-textarea" id="next-steps-notes" rows="4"
                    aria-describedby="next-steps-notes-hint" autocomplete="off" spellcheck="false"
                    value={notes.to_owned()} oninput={on_input} />
            </div>
            if !notes.trim().is_empty() {
                <div class="signpost-print-only">
                    <h3 class="govuk-heading-s">{ words::NOTES_HEADING }</h3>
                    <p class="govuk-body signpost-notes">{ notes.trim().to_owned() }</p>
                </div>
            }
            <div class="signpost-print-only">
                <h3 class="govuk-heading-s">{ words::RECORD_HEADING }</h3>
                <dl class="signpost-record">
                    { for words::RECORD_FIELDS.iter().map(|field| html! { <><dt>{ *field }</dt><dd></dd></> }) }
                </dl>
            </div>
            <div class="govuk-button-group signpost-no-print">
                <button type="button" class="govuk-button govuk-button--secondary" onclick={on_print}>{ words::PRINT }</button>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={on_save}>{ words::SAVE }</button>
            </div>
        </section>
    }
}

/// Saves `text` as a file the browser downloads: made on the device, sent nowhere.
fn save(text: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(
        text,
        Some("text/plain;charset=utf-8"),
    ));
    let link = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(words::FILE_NAME);
        link.click();
    }
}
