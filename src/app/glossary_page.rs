//! The five outcomes of an allegation investigation, in plain words, and what each means for
//! records (002 "Outcomes of allegation investigations", "Record keeping").

use super::outcome_page::source;
use crate::content::{GLOSSARY, pages};
use pages::glossary as words;
use yew::prelude::*;

#[component]
pub fn GlossaryPage() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{ words::TITLE }</h1>
            <p class="govuk-body">{ words::INTRO }</p>
            { for GLOSSARY.iter().map(|entry| html! {
                <>
                    <h2 class="govuk-heading-m">{ entry.term }</h2>
                    <p class="govuk-body">{ entry.meaning }</p>
                    <h3 class="govuk-heading-s">{ words::RECORDS_HEADING }</h3>
                    <ul class="govuk-list govuk-list--bullet">
                        { for entry.for_records.iter().map(|item| html! { <li>{ *item }</li> }) }
                    </ul>
                    <details class="govuk-details">
                        <summary class="govuk-details__summary">
                            <span class="govuk-details__summary-text">{ pages::every_page::SOURCES_SUMMARY }</span>
                        </summary>
                        <div class="govuk-details__text">
                            <ul class="govuk-list govuk-list--bullet">{ for entry.sources.iter().map(source) }</ul>
                        </div>
                    </details>
                </>
            }) }
        </>
    }
}
