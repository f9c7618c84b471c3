//! The start page: what the tool does, and that nothing is kept.

use crate::content::pages;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartPageProps {
    pub on_start: Callback<MouseEvent>,
}

#[component]
pub fn StartPage(props: &StartPageProps) -> Html {
    html! {
        <>
            <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{ pages::START_TITLE }</h1>
            { for pages::START_PARAGRAPHS.iter().map(|text| html! { <p class="govuk-body">{ *text }</p> }) }
            <button type="button" class="govuk-button govuk-button--start" onclick={props.on_start.clone()}>
                { pages::START_BUTTON }
                <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            </button>
        </>
    }
}
