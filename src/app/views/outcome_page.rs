//! An outcome: what to do, who to contact, what confidentiality can promise, what to note, what
//! happens next, and why: the person's answers (each with a Change link) and the guidance.
//! The heading, lead, steps, contacts and confidentiality are built into the app; the rest is its
//! fetched advice (`app::fetched`), and until that has come the page says so after the contacts.

use super::find_council::FindCouncil;
use super::next_steps::NextSteps;
use crate::app::browser;
use crate::app::fetched::Fetched;
use crate::content::advice_file::Advice;
use crate::content::pages::{every_page, outcome_page as words};
use crate::content::{self, Contact, Council, OutcomeText, Source};
use crate::core::{Answer, Outcome, Question};
use crate::council::postcodes::Table;
use crate::host::local_contacts::{Given, LocalContacts, ShownChannel, ShownContact};
use crate::render::dialable::Piece;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutcomePageProps {
    pub outcome: Outcome,
    /// The answers that led here; empty when the page was opened by a link.
    pub answers: Vec<Answer>,
    #[prop_or_default]
    pub on_change: Option<Callback<Question>>,
    /// Offered when the page was opened by a link: begin the questions.
    #[prop_or_default]
    pub on_start: Option<Callback<MouseEvent>>,
    pub on_start_again: Callback<MouseEvent>,
    /// The host page's own contacts, shown in place of the generic wording.
    pub local: Rc<LocalContacts>,
    /// What to note down and the rest, once fetched.
    pub advice: Fetched<Advice>,
    /// The postcode table, for Find the council, once fetched.
    pub councils: Fetched<Table>,
    /// Draws "Why" and "Your next steps" with the rest, rather than after the first paint: for
    /// the page snapshots, drawn where nothing is painted (`app::page_text`).
    #[prop_or_default]
    pub at_once: bool,
}

/// What the page shows below its advice ("Why", with the answers and the quotations behind the
/// advice, and "Your next steps") is built just after the page is painted, in time for
/// find-in-page and for a person who scrolls: built with the rest, it made the render long enough
/// that Yew left the effects, and the paint, for a later task.
#[component]
pub fn OutcomePage(props: &OutcomePageProps) -> Html {
    let text = content::outcome(props.outcome);
    let rest_built = use_mut_ref(|| props.at_once);
    {
        let (rest_built, redraw) = (rest_built.clone(), use_force_update());
        use_effect_with((), move |_| {
            browser::after_next_frame(move || {
                *rest_built.borrow_mut() = true;
                redraw.force_update();
            })
        });
    }
    let paragraphs = |items: &'static [&'static str]| {
        html! { <>{ for items.iter().map(|item| html! { <p class="govuk-body">{ dialable(item) }</p> }) }</> }
    };
    let list = |class: &'static str, items: &'static [&'static str]| {
        html! {
            <ul class={classes!("govuk-list", class)}>
                { for items.iter().map(|item| html! { <li>{ dialable(item) }</li> }) }
            </ul>
        }
    };
    let advice = match props.advice {
        Fetched::Ready(advice) => Some(advice),
        Fetched::Loading | Fetched::Failed => None,
    };
    let outcome_advice = advice.map(|advice| advice.outcome(props.outcome));
    let local = shown_contacts(props.outcome, &props.local);
    let intros = content::find_council_intros(text.contacts);
    let numbers_for = numbers_for(text, &local);
    html! {
        <>
            <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{ text.title }</h1>
            <p class="govuk-body-l">{ dialable(text.lead) }</p>
            if let Some(on_start) = &props.on_start {
                <div class="govuk-inset-text">
                    <p class="govuk-body">{ words::LINKED_INTRO }</p>
                    <button type="button" class="govuk-button" onclick={on_start.clone()}>
                        { words::LINKED_BUTTON }
                    </button>
                </div>
            }

            <h2 class="govuk-heading-m">{ words::STEPS_HEADING }</h2>
            <ol class="govuk-list govuk-list--number signpost-steps">
                { for text.steps.iter().map(|step| html! { <li>{ dialable(step) }</li> }) }
            </ol>
            if !text.see_also.is_empty() {
                <p class="govuk-body">{ words::SEE_ALSO }</p>
                <ul class="govuk-list">
                    { for text.see_also.iter().map(|next| html! {
                        <li><a class="govuk-link" href={format!("#{next}")}>{ content::outcome(*next).title }</a></li>
                    }) }
                </ul>
            }

            <h2 class="govuk-heading-m">{ words::CONTACTS_HEADING }</h2>
            { for text.contacts.iter().map(|c| contact(c, &local)) }
            if !intros.is_empty() {
                // Keyed by the outcome: another outcome's page starts with no postcode and no answer.
                <FindCouncil key={props.outcome.to_string()} {intros} councils={props.councils} {numbers_for} />
            }

            <h2 class="govuk-heading-m">{ words::CONFIDENTIALITY_HEADING }</h2>
            { paragraphs(text.confidentiality) }

            { match (props.advice, outcome_advice) {
                (_, Some(advice)) => html! {
                    <>
                        <h2 class="govuk-heading-m">{ words::NOTE_DOWN_HEADING }</h2>
                        <p class="govuk-body">{ words::NOTE_DOWN_INTRO }</p>
                        { list("govuk-list--bullet", advice.note_down) }

                        <h2 class="govuk-heading-m">{ words::WHAT_NEXT_HEADING }</h2>
                        { paragraphs(advice.what_happens_next) }
                        { reviewed(advice.reviewed) }
                    </>
                },
                (Fetched::Failed, _) => html! {
                    <div class="govuk-inset-text" role="alert">{ words::ADVICE_FAILED }</div>
                },
                _ => html! { <p class="govuk-body" role="status">{ words::ADVICE_LOADING }</p> },
            } }

            if text.setting_checks {
                <h2 class="govuk-heading-m">{ words::CHECKS_HEADING }</h2>
                <super::start_page::SettingTools />
            }

            if *rest_built.borrow() {
                if !props.answers.is_empty() || advice.is_some() {
                    <h2 class="govuk-heading-m">{ words::WHY_HEADING }</h2>
                }
                if !props.answers.is_empty() {
                    <p class="govuk-body">{ words::WHY_ANSWERS_INTRO }</p>
                    <dl class="govuk-summary-list">
                        { for props.answers.iter().map(|answer| summary_row(*answer, props.on_change.clone())) }
                    </dl>
                }
                if let Some(advice) = advice {
                    { guidance_behind(Some(words::WHY_SOURCES_INTRO), sources(advice, props.outcome, &props.answers)) }
                }
                <NextSteps outcome={props.outcome} local={local.clone()}
                    reviewed={outcome_advice.map(|advice| advice.reviewed)} />
            }

            <button type="button" class="govuk-button govuk-button--secondary signpost-no-print" onclick={props.on_start_again.clone()}>
                { every_page::START_AGAIN }
            </button>
        </>
    }
}

/// The host's contacts as the page for `outcome` shows them: contacts a link gave are not shown
/// on the public's pages (`LocalContacts::shown_on`).
pub(crate) fn shown_contacts(outcome: Outcome, local: &Rc<LocalContacts>) -> Rc<LocalContacts> {
    if local.shown_on(outcome) {
        local.clone()
    } else {
        Rc::new(LocalContacts::default())
    }
}

/// The host's area, if the page shows its numbers for it and the website gave them: Find the
/// council says whether they are the numbers for the postcode found. Numbers a link gave are
/// anyone's, so it never vouches for them.
pub(crate) fn numbers_for(text: &OutcomeText, local: &LocalContacts) -> Option<&'static Council> {
    local.area.filter(|_| {
        local.given == Given::ByTheWebsite
            && text
                .contacts
                .iter()
                .filter_map(|contact| contact.local)
                .any(|kind| local.has_numbers_for(kind))
    })
}

/// `text` with each phone number in it a link a phone can call (`crate::render::dialable`).
pub(super) fn dialable(text: &str) -> Html {
    html! {
        <>{ for crate::render::dialable::pieces(text).into_iter().map(|piece| match piece {
            Piece::Text(text) => html! { { text } },
            Piece::Phone { text, href } => html! {
                <a class="govuk-link signpost-nowrap signpost-phone" {href}>{ text }</a>
            },
        }) }</>
    }
}

/// When the page's words were last reviewed and when they will be again, one to a line.
fn reviewed(date: &str) -> Html {
    let Some(dates) = content::ReviewDates::of(date) else {
        return Html::default();
    };
    let [last, next] = dates.lines();
    html! { <p class="govuk-body-s signpost-reviewed">{ last }<br />{ next }</p> }
}

/// A contact as the page shows it, with the host's own details in place.
pub(super) fn contact(contact: &'static Contact, local: &LocalContacts) -> Html {
    html! { <>{ for local.resolve(contact).into_iter().map(shown_contact) }</> }
}

fn shown_contact(shown: ShownContact) -> Html {
    html! {
        <div class="signpost-contact">
            <h3 class="govuk-heading-s">{ shown.name }</h3>
            if !shown.channels.is_empty() {
                <ul class="govuk-list">{ for shown.channels.into_iter().map(channel) }</ul>
            }
            if let Some(hours) = shown.hours {
                <p class="govuk-body">{ format!("{}: {hours}", words::HOURS) }</p>
            }
            if let Some(note) = shown.note {
                <p class="govuk-body">{ dialable(&note) }</p>
            }
        </div>
    }
}

fn channel(channel: ShownChannel) -> Html {
    html! {
        <li>
            { channel.kind.label() }{ ": " }
            if let Some(href) = channel.href {
                <a class="govuk-link" {href}>{ channel.text }</a>
            } else {
                { channel.text }
            }
        </li>
    }
}

fn summary_row(answer: Answer, on_change: Option<Callback<Question>>) -> Html {
    let question = content::question(answer.question());
    let label = question
        .answers
        .iter()
        .find(|a| a.id == answer.id())
        .map_or("", |a| a.label);
    let onclick = on_change.map(|on_change| {
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            on_change.emit(answer.question());
        })
    });
    html! {
        <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{ question.summary }</dt>
            <dd class="govuk-summary-list__value">{ label }</dd>
            <dd class="govuk-summary-list__actions">
                <a class="govuk-link" href="#" {onclick}>
                    { every_page::CHANGE }<span class="govuk-visually-hidden">{ format!(" {}", question.summary) }</span>
                </a>
            </dd>
        </div>
    }
}

/// The quotations behind the page: the outcome's own, then each answer's question's, each once.
fn sources(advice: &'static Advice, outcome: Outcome, answers: &[Answer]) -> Vec<&'static Source> {
    advice
        .outcome(outcome)
        .sources
        .iter()
        .chain(
            answers
                .iter()
                .flat_map(|answer| advice.question_sources(answer.question())),
        )
        .fold(Vec::new(), |mut unique, source| {
            if !unique.contains(&source) {
                unique.push(source);
            }
            unique
        })
}

/// "The guidance behind this advice", closed until opened: each quotation with its document and
/// place, after `intro` where the page has one. The outcome and glossary pages show it alike.
pub(super) fn guidance_behind(
    intro: Option<&'static str>,
    quotations: impl IntoIterator<Item = &'static Source>,
) -> Html {
    html! {
        <details class="govuk-details">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{ every_page::SOURCES_SUMMARY }</span>
            </summary>
            <div class="govuk-details__text">
                if let Some(intro) = intro {
                    <p class="govuk-body">{ intro }</p>
                }
                <ul class="govuk-list govuk-list--bullet">
                    { for quotations.into_iter().map(source) }
                </ul>
            </div>
        </details>
    }
}

/// One quotation from the guidance, with where it comes from.
fn source(source: &'static Source) -> Html {
    html! {
        <li>
            <strong>{ source.doc.title() }</strong>
            { format!(" ({}), {}: ", source.doc.file(), source.place) }
            <q>{ source.quote }</q>
        </li>
    }
}
