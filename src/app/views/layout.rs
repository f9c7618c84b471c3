//! What every page has: the 999 line, then a Back link where there is somewhere to go back to;
//! and the error summary the pages with a form share.

use crate::content::pages::{every_page, host_page, question_page};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// Where there is somewhere to go back to: what the Back link does (`browser::go_back`).
    pub on_back: Option<Callback<()>>,
    pub children: Html,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let on_back = props.on_back.clone().map(|on_back| {
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            on_back.emit(());
        })
    });
    html! {
        <>
            <DangerLine />
            if let Some(on_back) = on_back {
                <a href="#" class="govuk-back-link" onclick={on_back}>{ every_page::BACK }</a>
            }
            <div class="signpost-page">{ props.children.clone() }</div>
        </>
    }
}

/// "If a child is in immediate danger, call 999", as GOV.UK warning text, with 999 tappable.
#[component]
pub fn DangerLine() -> Html {
    html! {
        <div class="govuk-warning-text signpost-danger">
            <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{ every_page::WARNING }</span>
                { every_page::DANGER_LEAD }{ " " }
                <a class="govuk-link signpost-phone" href="tel:999">{ every_page::DANGER_CALL }</a>
            </strong>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConfigurationNoticeProps {
    pub problems: Rc<Vec<String>>,
}

/// What is wrong with the host page's configuration, for its owner: in the page (hidden from the
/// public, found with the browser's developer tools) as well as in the console.
#[component]
pub fn ConfigurationNotice(props: &ConfigurationNoticeProps) -> Html {
    if props.problems.is_empty() {
        return Html::default();
    }
    html! {
        <div class="signpost-configuration-notice" hidden=true>
            <p>{ host_page::NOTICE }</p>
            <ul>{ for props.problems.iter().map(|problem| html! { <li>{ problem.clone() }</li> }) }</ul>
        </div>
    }
}

/// The GOV.UK error summary, with the id focus moves to: each problem a link that moves focus to
/// its field, by the field's id, without touching the URL.
pub fn error_summary(
    id: &'static str,
    problems: impl IntoIterator<Item = (String, String)>,
) -> Html {
    html! {
        <div class="govuk-error-summary" {id} tabindex="-1">
            <div role="alert">
                <h2 class="govuk-error-summary__title">{ question_page::ERROR_SUMMARY_TITLE }</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">
                        { for problems.into_iter().map(|(field, message)| html! {
                            <li>
                                <a href={format!("#{field}")} onclick={crate::app::browser::focus_on_click(field)}>{ message }</a>
                            </li>
                        }) }
                    </ul>
                </div>
            </div>
        </div>
    }
}
