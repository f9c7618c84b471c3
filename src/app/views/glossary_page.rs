//! The five outcomes of an allegation investigation, in plain words, and what each means for
//! records (002 "Outcomes of allegation investigations", "Record keeping"). The quotations behind
//! each term come with the outcome pages' advice (`app::fetched`), once it has been fetched.

use super::outcome_page::guidance_behind;
use crate::app::fetched::Fetched;
use crate::content::advice_file::Advice;
use crate::content::{GLOSSARY, pages};
use pages::glossary as words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GlossaryPageProps {
    /// The quotations, once fetched.
    pub advice: Fetched<Advice>,
}

#[component]
pub fn GlossaryPage(props: &GlossaryPageProps) -> Html {
    let advice = match props.advice {
        Fetched::Ready(advice) => Some(advice),
        Fetched::Loading | Fetched::Failed => None,
    };
    html! {
        <>
            <h1 class="govuk-heading-l" id="page-heading" tabindex="-1">{ words::TITLE }</h1>
            <p class="govuk-body">{ words::INTRO }</p>
            { for GLOSSARY.iter().enumerate().map(|(index, entry)| html! {
                <>
                    <h2 class="govuk-heading-m">{ entry.term }</h2>
                    <p class="govuk-body">{ entry.meaning }</p>
                    <h3 class="govuk-heading-s">{ words::RECORDS_HEADING }</h3>
                    <ul class="govuk-list govuk-list--bullet">
                        { for entry.for_records.iter().map(|item| html! { <li>{ *item }</li> }) }
                    </ul>
                    if let Some(advice) = advice {
                        { guidance_behind(None, advice.glossary_sources(index)) }
                    }
                </>
            }) }
        </>
    }
}
