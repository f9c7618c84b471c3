//! The five outcomes of an allegation investigation, in plain words, and what each means for
//! records (002 "Outcomes of allegation investigations", "Record keeping").

use super::outcome_page::source;
use crate::content::{GLOSSARY, pages};
use yew::prelude::*;

#[component]
pub fn GlossaryPage() -> Html {
    html! {
        <>
            <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{ pages::GLOSSARY_TITLE }</h1>
            <p class="govuk-body">{ pages::GLOSSARY_INTRO }</p>
            { for GLOSSARY.iter().map(|entry| html! {
                <>
                    <h2 class="govuk-heading-m">{ entry.term }</h2>
                    <p class="govuk-body">{ entry.meaning }</p>
                    <h3 class="govuk-heading-s">{ pages::GLOSSARY_RECORDS }</h3>
                    <ul class="govuk-list govuk-list--bullet">
                        { for entry.for_records.iter().map(|item| html! { <li>{ *item }</li> }) }
                    </ul>
                    <details class="govuk-details">
                        <summary class="govuk-details__summary">
                            <span class="govuk-details__summary-text">{ pages::SOURCES_SUMMARY }</span>
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
