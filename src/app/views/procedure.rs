//! "Our safeguarding procedure": the one-page A4 notice a setting prints for its wall from the
//! set-up page. First "Child in danger? Call 999" and the setting's own people and numbers, large;
//! then the short steps for a worry about a child and for an allegation, side by side; the
//! settings' questions as a flowchart drawn from the routing table (`assets/setting-flowchart.svg`,
//! see `crate::render::flowchart`), with the same as text for a screen reader. At the top, beside the
//! title, a QR code for the setting's own link to Signpost, and in small print what it opens,
//! the dates, the advice's version and the LADO's check. On screen it is a
//! preview; printed, it is all that prints (styles/signpost.scss).

use super::outcome_page::dialable;
use crate::content::pages::procedure as words;
use crate::content::{self, Contact, HostContact, ReviewDates};
use crate::host::local_contacts::{LocalContacts, ShownContact};
use crate::render::flowchart::{self, To};
use crate::{core::setting::SETTING, render::qr};
use gloo::utils::window;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProcedureProps {
    pub local: Rc<LocalContacts>,
    /// The link that opens the setting's own Signpost, with its contacts: the QR code's.
    pub link: String,
    /// Signpost's address, to print: the link is too long to type.
    pub address: String,
    /// The day it is printed, with the day a year on, when it is to be checked again.
    pub today: Option<ReviewDates>,
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
    // Everyone the pages on a worry, an allegation and out of hours name, once each: the leads
    // first, then every number.
    let mut contacts: Vec<&'static Contact> = Vec::new();
    for outcome in content::PROCEDURE_OUTCOMES {
        for contact in content::outcome(outcome).contacts {
            if !contacts.iter().any(|kept| kept.name == contact.name) {
                contacts.push(contact);
            }
        }
    }
    contacts.sort_by_key(|contact| contact.local != Some(HostContact::DesignatedLead));
    // Where the setting gave its own number for a contact, that number; the route for another
    // council's area, which it never replaces, follows in one line (`words::ELSEWHERE`).
    let mut elsewhere = false;
    let shown: Vec<(ShownContact, Option<String>)> = contacts
        .into_iter()
        .flat_map(|contact| {
            // What a setting's own detail adds: its deputy, or its Ofsted URN.
            let mut shown = props.local.resolve(contact);
            let given = match contact.local {
                Some(HostContact::DesignatedLead) => props
                    .local
                    .designated_lead
                    .as_ref()
                    .and_then(|_| shown.first()?.note.clone()),
                Some(HostContact::Ofsted) => props.local.ofsted_urn.as_deref().map(words::urn),
                _ => None,
            };
            // 999 is the notice's first line.
            shown.retain(|shown| {
                !shown
                    .channels
                    .iter()
                    .all(|channel| channel.href.as_deref() == Some("tel:999"))
                    || shown.channels.is_empty()
            });
            if shown.len() > 1 {
                elsewhere = true;
                shown.truncate(1);
            }
            shown.into_iter().map(move |shown| (shown, given.clone()))
        })
        .collect();
    let steps = |items: &'static [&'static str]| {
        html! {
            <ol class="govuk-list govuk-list--number">
                { for items.iter().map(|item| html! { <li>{ dialable(item) }</li> }) }
            </ol>
        }
    };
    let foot = content::procedure_foot(props.today.as_ref());
    html! {
        <>
            <h2 class="govuk-heading-m signpost-no-print">{ words::HEADING }</h2>
            <p class="govuk-body signpost-no-print">{ words::INTRO }</p>
            <button type="button" class="govuk-button govuk-button--secondary signpost-no-print" onclick={print}>
                { words::PRINT }
            </button>
            <section class="signpost-procedure" aria-labelledby="procedure-title">
                <div class="signpost-procedure__top">
                    <h2 class="govuk-heading-l" id="procedure-title">{ title }</h2>
                    <p class="govuk-body-s signpost-procedure__scan">
                        { words::ADVICE_LINK }{ " " }
                        <span class="signpost-procedure__link">{ props.address.clone() }</span>{ ". " }
                        { for foot.iter().map(|line| html! { <>{ line.clone() }{ " " }</> }) }
                    </p>
                    if let Some(code) = qr::draw(&props.link) {
                        <svg class="signpost-qr" viewBox={format!("0 0 {0} {0}", code.size)}
                            role="img" aria-label={words::QR_LABEL} shape-rendering="crispEdges">
                            <rect width="100%" height="100%" fill="#fff" />
                            <path d={code.path} fill="#000" />
                        </svg>
                    }
                </div>
                <p class="signpost-procedure__danger">{ dialable(words::DANGER) }</p>
                <div class="signpost-procedure__contacts">
                    <h3 class="govuk-visually-hidden">{ words::LEADS_HEADING }</h3>
                    <ul class="govuk-list signpost-procedure__numbers">
                        { for shown.into_iter().map(|(shown, given)| number_line(shown, given)) }
                    </ul>
                    if elsewhere {
                        <p class="govuk-body">{ words::ELSEWHERE }</p>
                    }
                </div>
                <div class="signpost-procedure__steps">
                    <div>
                        <h3 class="govuk-heading-s">{ words::WELFARE_HEADING }</h3>
                        { steps(words::WELFARE_STEPS) }
                    </div>
                    <div>
                        <h3 class="govuk-heading-s">{ words::ALLEGATION_HEADING }</h3>
                        { steps(words::ALLEGATION_STEPS) }
                    </div>
                </div>
                <div class="signpost-flowchart">
                    <h3 class="govuk-heading-s">{ words::FLOWCHART_HEADING }</h3>
                    // The drawing is for the eye; the list after it says the same for a screen reader.
                    <img src="setting-flowchart.svg" alt={words::FLOWCHART_TEXT} />
                    { flowchart_as_text() }
                </div>
            </section>
        </>
    }
}

/// The flowchart's questions, each with its answers and where they lead, as a list.
fn flowchart_as_text() -> Html {
    html! {
        <ol class="govuk-visually-hidden">
            { for flowchart::steps(&SETTING).into_iter().map(|step| html! {
                <li>
                    { step.title }
                    <ul>
                        { for step.branches.into_iter().map(|branch| {
                            let to = match branch.to {
                                To::Question(number) => words::go_to(&number.to_string()),
                                To::Outcome(title) => title.to_owned(),
                            };
                            html! { <li>{ format!("{}: {to}", branch.answers.join(" / ")) }</li> }
                        }) }
                    </ul>
                </li>
            }) }
        </ol>
    }
}

/// A contact on one line, as a notice on a wall has room for: its name, then each number or
/// address, each kept whole on one line and a link a phone can tap; then what the setting's own
/// detail adds (`given`: the deputy after the lead, the URN after Ofsted). A contact with no way
/// to reach it and nothing added has a line to write the number on.
fn number_line(shown: ShownContact, given: Option<String>) -> Html {
    let ways: Vec<Html> = shown
        .channels
        .into_iter()
        .enumerate()
        .map(|(index, channel)| {
            let text = html! { <span class="signpost-nowrap">{ channel.text }</span> };
            html! {
                <>
                    if index > 0 { { ", " } }
                    if let Some(href) = channel.href {
                        <a class="govuk-link" {href}>{ text }</a>
                    } else {
                        { text }
                    }
                </>
            }
        })
        .collect();
    let has_ways = !ways.is_empty();
    html! {
        <li>
            <strong>{ shown.name }</strong>
            { ": " }
            { for ways }
            if let Some(note) = given {
                if has_ways { { ". " } }
                { dialable(&note) }
            } else if !has_ways {
                { words::WRITE_IT_HERE }
            }
        </li>
    }
}
