//! "Our safeguarding procedure": the notice a setting prints for its wall from the set-up page.
//! Who to tell, then the steps for a worry about a child and for an allegation (the outcome
//! pages' own shared lists, so the notice and the tool say the same), the setting's numbers, and
//! the settings' questions as a flowchart drawn from the routing table
//! (`assets/setting-flowchart.svg`, see `crate::flowchart`). On screen it is a preview; printed,
//! it is all that prints.

use super::outcome_page::contact;
use crate::content::pages::{every_page, host_page, procedure as words};
use crate::content::{self, Contact, Local};
use crate::core::Outcome;
use crate::local_contacts::{LocalContacts, ShownContact};
use gloo::utils::window;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProcedureProps {
    pub local: Rc<LocalContacts>,
    /// Signpost's address, for the full advice.
    pub address: String,
}

#[component]
pub fn Procedure(props: &ProcedureProps) -> Html {
    let title = match &props.local.setting_name {
        Some(name) => words::title(name),
        None => words::UNTITLED.to_owned(),
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = window().print();
    });
    // Everyone the pages on a worry, an allegation and out of hours name, once each: the lead
    // first, then every number.
    let mut contacts: Vec<&'static Contact> = Vec::new();
    for outcome in content::PROCEDURE_OUTCOMES {
        for contact in content::outcome(outcome).contacts {
            if !contacts.iter().any(|kept| kept.name == contact.name) {
                contacts.push(contact);
            }
        }
    }
    let (leads, numbers): (Vec<_>, Vec<_>) = contacts
        .into_iter()
        .partition(|contact| contact.local == Some(Local::DesignatedLead));
    let out_of_hours = content::outcome(Outcome::OutOfHours);
    let steps = |items: &'static [&'static str]| {
        html! {
            <ol class="govuk-list govuk-list--number">
                { for items.iter().map(|item| html! { <li>{ *item }</li> }) }
            </ol>
        }
    };
    html! {
        <>
            <h2 class="govuk-heading-m signpost-no-print">{ words::HEADING }</h2>
            <p class="govuk-body signpost-no-print">{ words::INTRO }</p>
            <button type="button" class="govuk-button govuk-button--secondary signpost-no-print" onclick={print}>
                { words::PRINT }
            </button>
            <section class="signpost-procedure" aria-labelledby="procedure-title">
                <h2 class="govuk-heading-l" id="procedure-title">{ title }</h2>
                <p class="govuk-body">
                    <strong>{ every_page::DANGER_LEAD }{ " " }{ every_page::DANGER_CALL }</strong>
                </p>
                <p class="govuk-body">{ words::lead(&props.address) }</p>
                <h3 class="govuk-heading-m">{ words::LEADS_HEADING }</h3>
                { for leads.into_iter().map(|lead| contact(lead, &props.local)) }
                <h3 class="govuk-heading-m">{ words::WELFARE_HEADING }</h3>
                { steps(words::WELFARE_STEPS) }
                <h3 class="govuk-heading-m">{ words::ALLEGATION_HEADING }</h3>
                { steps(words::ALLEGATION_STEPS) }
                <h3 class="govuk-heading-m">{ out_of_hours.title }</h3>
                <p class="govuk-body">{ out_of_hours.lead }</p>
                <h3 class="govuk-heading-m">{ words::NUMBERS_HEADING }</h3>
                <ul class="govuk-list signpost-procedure__numbers">
                    { for numbers.into_iter().flat_map(|number| props.local.resolve(number)).map(number_line) }
                </ul>
                if let Some(urn) = &props.local.ofsted_urn {
                    <p class="govuk-body">{ host_page::ofsted_urn(props.local.setting(), urn) }</p>
                }
                <div class="signpost-flowchart">
                    <h3 class="govuk-heading-m">{ words::FLOWCHART_HEADING }</h3>
                    <p class="govuk-body">{ words::FLOWCHART_TEXT }</p>
                    <img src="setting-flowchart.svg" alt={words::FLOWCHART_HEADING} />
                </div>
                <p class="govuk-body-s">{ content::procedure_foot() }</p>
            </section>
        </>
    }
}

/// A contact on one line, as a notice on a wall has room for: its name, then each number or
/// address; a contact with none, its note, which says how to find one.
fn number_line(shown: ShownContact) -> Html {
    let ways: Vec<String> = shown
        .channels
        .into_iter()
        .map(|channel| channel.text)
        .collect();
    let how = if ways.is_empty() {
        shown.note.unwrap_or_default()
    } else {
        ways.join(", ")
    };
    html! {
        <li>
            <strong>{ shown.name }</strong>
            if !how.is_empty() {
                { ": " }{ how }
            }
        </li>
    }
}
