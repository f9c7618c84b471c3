//! The start page: what the tool does, that nothing is kept, and a way in for each audience.

use crate::content::{SETTING_CHECKS, pages::start as words};
use crate::core::{Flow, professional::PROFESSIONAL, public::PUBLIC, setting::SETTING};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartPageProps {
    /// Begin the questions of this flow.
    pub on_start: Callback<&'static Flow>,
}

#[component]
pub fn StartPage(props: &StartPageProps) -> Html {
    let start = |flow: &'static Flow| {
        let on_start = props.on_start.clone();
        Callback::from(move |_: MouseEvent| on_start.emit(flow))
    };
    html! {
        <>
            <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{ words::TITLE }</h1>
            { for words::PARAGRAPHS.iter().map(|text| html! { <p class="govuk-body">{ *text }</p> }) }
            <button type="button" class="govuk-button govuk-button--start" onclick={start(&PUBLIC)}>
                { words::BUTTON }
                <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            </button>

            <h2 class="govuk-heading-m">{ words::WORK_HEADING }</h2>
            <p class="govuk-body">{ words::WORK_INTRO }</p>
            <div class="govuk-button-group signpost-start-choices">
                <button type="button" class="govuk-button govuk-button--secondary" onclick={start(&SETTING)}>
                    { words::SETTING_START }
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" onclick={start(&PROFESSIONAL)}>
                    { words::PROFESSIONAL_START }
                </button>
            </div>

            <h2 class="govuk-heading-s">{ words::CHECKS_HEADING }</h2>
            <SettingTools />
            <p class="govuk-body"><a class="govuk-link" href="#set-up">{ words::SET_UP_LINK }</a></p>
        </>
    }
}

/// Links to the settings' checks, opened by their fragment so a setting can link to them too.
#[component]
pub fn SettingTools() -> Html {
    html! {
        <ul class="govuk-list">
            { for SETTING_CHECKS.iter().map(|(label, fragment)| html! {
                <li><a class="govuk-link" href={format!("#{fragment}")}>{ *label }</a></li>
            }) }
        </ul>
    }
}
