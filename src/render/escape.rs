//! Text written into HTML, or SVG, that must show as it is and never as markup: the static
//! fallback, the code the set-up page gives a setting, the flowchart.

/// `text` as HTML or XML that shows it as it is, in an element or in an attribute in quotes.
pub fn html(text: &str) -> String {
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
    #[test]
    fn markup_and_quotes_show_as_text() {
        assert_eq!(
            super::html(r#"<b class="x">Tom & Jerry</b>"#),
            "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/b&gt;"
        );
    }
}
