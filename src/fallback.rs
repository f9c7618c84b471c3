//! The static guidance inside the mount element of `index.html`, made from
//! `content/fallback.toml`: what a browser shows while the app loads, when it cannot run it, and
//! after the app fails. `tests/fallback.rs` keeps `index.html` the same as [`html`].

use crate::content::pages::{self, outcome_page as words};
use crate::content::{Channel, FALLBACK};

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
        escape(pages::every_page::WARNING)
    ));
    line(format!(
        r#"    {} <a class="govuk-link" href="tel:999">{}</a>"#,
        escape(pages::every_page::DANGER_LEAD),
        escape(pages::every_page::DANGER_CALL)
    ));
    line("  </strong>".to_owned());
    line("</div>".to_owned());
    line(format!(
        r#"<h1 class="govuk-heading-l">{}</h1>"#,
        escape(FALLBACK.title)
    ));
    line(format!(
        r#"<p class="govuk-body">{}</p>"#,
        escape(FALLBACK.intro)
    ));
    for section in FALLBACK.sections {
        line(format!(
            r#"<h2 class="govuk-heading-m">{}</h2>"#,
            escape(section.heading)
        ));
        for paragraph in section.paragraphs {
            line(format!(
                r#"<p class="govuk-body">{}</p>"#,
                escape(paragraph)
            ));
        }
        if !section.contacts.is_empty() {
            line(r#"<ul class="govuk-list govuk-list--spaced">"#.to_owned());
            for contact in section.contacts {
                let mut lines = vec![format!("<strong>{}</strong>", escape(contact.name))];
                lines.extend(contact.channels.iter().map(channel));
                if let Some(hours) = contact.hours {
                    lines.push(format!("{}: {}", escape(words::HOURS), escape(hours)));
                }
                line(format!("  <li>{}</li>", lines.join("<br>")));
            }
            line("</ul>".to_owned());
        }
    }
    html
}

/// A way to make contact, labelled as the outcome pages label it: a link, or text for a
/// postal address.
fn channel(channel: &Channel) -> String {
    let label = channel.kind.label();
    let text = escape(channel.text);
    match channel.href {
        Some(href) => format!(
            r#"{label}: <a class="govuk-link" href="{}">{text}</a>"#,
            escape(href)
        ),
        None => format!("{label}: {text}"),
    }
}

/// Text as HTML that shows it as it is.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_the_wording_shows_as_text() {
        assert_eq!(
            escape(r#"<script>"a" & b</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;"
        );
    }
}
