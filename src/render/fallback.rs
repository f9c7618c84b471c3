//! The static guidance inside the mount element of `index.html`: the start page's heading and
//! paragraphs, then `content/fallback.toml`. It is what a browser shows while the app loads, when
//! it cannot run it, and after the app fails. Beside it, the element the set-up page
//! draws in.
//! `tests/fallback.rs` keeps `index.html` the same as [`html`] and [`set_up_slot_html`].

use crate::content::pages::{self, outcome_page as words};
use crate::content::{Channel, FALLBACK};
use crate::render::dialable::Piece;
use crate::render::escape;
use crate::shared_names::{SET_UP_SLOT_ID, SET_UP_VERSION_ATTRIBUTE, SET_UP_VERSION_TOKEN};

/// The fallback guidance as HTML, indented to sit inside the mount element.
pub fn html() -> String {
    let indent = "        ";
    let mut html = String::new();
    let mut line = |markup: String| html += &format!("{indent}{markup}\n");
    line(r#"<div class="govuk-warning-text">"#.to_owned());
    line(r#"  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>"#.to_owned());
    line(r#"  <strong class="govuk-warning-text__text">"#.to_owned());
    line(format!(
        r#"    <span class="govuk-visually-hidden">{}</span>"#,
        escape::html(pages::every_page::WARNING)
    ));
    line(format!(
        r#"    {} <a class="govuk-link signpost-phone" href="tel:999">{}</a>"#,
        escape::html(pages::every_page::DANGER_LEAD),
        escape::html(pages::every_page::DANGER_CALL)
    ));
    line("  </strong>".to_owned());
    line("</div>".to_owned());
    // The start page's heading and paragraphs, in the app's classes: the first words read, and
    // the largest painted, are there before the app and stay put when it draws the start page.
    line(format!(
        r#"<h1 class="govuk-heading-l">{}</h1>"#,
        escape::html(pages::start::TITLE)
    ));
    for paragraph in pages::start::PARAGRAPHS.iter().chain([&FALLBACK.intro]) {
        line(format!(
            r#"<p class="govuk-body">{}</p>"#,
            dialable(paragraph)
        ));
    }
    for section in FALLBACK.sections {
        line(format!(
            r#"<h2 class="govuk-heading-m">{}</h2>"#,
            escape::html(section.heading)
        ));
        for paragraph in section.paragraphs {
            line(format!(
                r#"<p class="govuk-body">{}</p>"#,
                dialable(paragraph)
            ));
        }
        if !section.contacts.is_empty() {
            line(r#"<ul class="govuk-list govuk-list--spaced">"#.to_owned());
            for contact in section.contacts {
                let mut lines = vec![format!("<strong>{}</strong>", escape::html(contact.name))];
                lines.extend(contact.channels.iter().map(channel));
                if let Some(hours) = contact.hours {
                    lines.push(format!(
                        "{}: {}",
                        escape::html(words::HOURS),
                        escape::html(hours)
                    ));
                }
                line(format!("  <li>{}</li>", lines.join("<br>")));
            }
            line("</ul>".to_owned());
        }
    }
    html
}

/// The id of the heading that element holds while the set-up build loads.
pub const SET_UP_LOADING_ID: &str = "set-up-loading";

/// The element beside the mount element where the set-up page's own build draws: hidden until
/// `#set-up` is opened, and until the build has drawn, the page's heading and what to do if the
/// form never comes.
pub fn set_up_slot_html() -> String {
    format!(
        r#"      <div id="{SET_UP_SLOT_ID}" class="govuk-grid-column-two-thirds" {SET_UP_VERSION_ATTRIBUTE}="{SET_UP_VERSION_TOKEN}" hidden>
        <h1 class="govuk-heading-l" id="{SET_UP_LOADING_ID}" tabindex="-1">{}</h1>
        <p class="govuk-body">{}</p>
      </div>
"#,
        escape::html(pages::set_up::TITLE),
        escape::html(pages::set_up::LOADING)
    )
}

/// `text` as HTML, each phone number in it a link a phone can call, as the app draws it
/// (`app::views::outcome_page::dialable`).
fn dialable(text: &str) -> String {
    crate::render::dialable::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => escape::html(text),
            Piece::Phone { text, href } => format!(
                r#"<a class="govuk-link signpost-nowrap signpost-phone" href="{href}">{}</a>"#,
                escape::html(text)
            ),
        })
        .collect()
}

/// A way to make contact, labelled as the outcome pages label it: a link, or text for a
/// postal address.
fn channel(channel: &Channel) -> String {
    let label = channel.kind.label();
    let text = escape::html(channel.text);
    match channel.href {
        Some(href) => format!(
            r#"{label}: <a class="{}" href="{}">{text}</a>"#,
            if href.starts_with("tel:") {
                "govuk-link signpost-phone"
            } else {
                "govuk-link"
            },
            escape::html(href)
        ),
        None => format!("{label}: {text}"),
    }
}
