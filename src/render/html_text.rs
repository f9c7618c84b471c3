//! A page's HTML, as the app's components draw it, read as plain text in the notation of the page
//! snapshots (`app::page_text`), so that a safeguarding lead reviews what a person reads:
//!
//! - `(page title)`: what the browser's tab shows and a screen reader says first.
//! - `#`, `##`, `###`: headings; `[Continue]`: a button; `[text](#address)`: a link (a phone
//!   number that is a link shows as the number alone); `( )` and `(•)`: a radio, and the chosen
//!   one; `[________]`: a box to type in, with the value the page gives it (what a person types
//!   stays in the box, and the state's name says what it was).
//! - `- ` and `1. `: list items; `Key — value`: a row of a summary list; `▸`: a part the person
//!   opens (a GOV.UK details), with what it shows indented under it; `"…"`: a quotation from the
//!   guidance; `(image: …)`: a picture, by its text alternative.
//! - `⟨…⟩`: words only a screen reader hears (GOV.UK's visually hidden text); a line that starts
//!   `(screen readers)` is all theirs, and `(printed)` is on paper only.
//! - A blank line between blocks, none between a list's items or a field's parts;
//!   `==== … ====` names a state of the page, where a snapshot shows more than one.
//!
//! Each line is kept with what kind of line it is, so the reading grade (`render::readability`)
//! reads the same lines a reviewer does and can leave out the quotations and the controls.

use html5gum::{StartTag, Token, Tokenizer};
use std::fmt;

/// What a line of a page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A heading, with its level.
    Heading(u8),
    /// A paragraph, or the text of a box on its own.
    Paragraph,
    /// A list item, or a row of a summary list.
    Item,
    /// A button.
    Button,
    /// A form's label, hint or error message.
    Field,
    /// A box to type in, with its value.
    Box,
    /// A picture, by its text alternative.
    Image,
    /// Code to copy.
    Code,
    /// The name of a state of the page, where a snapshot shows more than one.
    State,
    /// The page's title.
    Title,
}

/// One line of a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: Kind,
    pub text: String,
    /// Quotes the guidance: the guidance's words, not the page's.
    pub quotes: bool,
    /// Only a screen reader hears it, or only paper shows it.
    pub unseen: bool,
    /// It follows the line before after a line break, in the same block.
    pub follows: bool,
    /// It starts a field of a form, a set of radios or a list, apart from the lines before.
    pub apart: bool,
}

impl Line {
    fn new(kind: Kind, text: String) -> Line {
        Line {
            kind,
            text,
            quotes: false,
            unseen: false,
            follows: false,
            apart: false,
        }
    }

    /// The line that names a state of a page, before what the page shows in it.
    pub fn state(name: &str) -> Line {
        Line::new(Kind::State, format!("==== {name} ===="))
    }

    /// The line that gives the page's title.
    pub fn title(title: &str) -> Line {
        Line::new(Kind::Title, format!("(page title) {title}"))
    }
}

/// A page as lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageText {
    pub lines: Vec<Line>,
}

impl fmt::Display for PageText {
    /// A blank line between blocks; none between the items of a list or the parts of a field.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut previous: Option<Kind> = None;
        for line in &self.lines {
            let tight = line.follows
                || !line.apart
                    && matches!(
                        (previous, line.kind),
                        (Some(Kind::Item), Kind::Item)
                            | (Some(Kind::Field | Kind::Box), Kind::Field | Kind::Box)
                            | (Some(Kind::Code), Kind::Code)
                    );
            if previous.is_some() && !tight {
                writeln!(f)?;
            }
            writeln!(f, "{}", line.text)?;
            previous = Some(line.kind);
        }
        Ok(())
    }
}

/// Elements that start a line of their own.
const BLOCKS: &[&str] = &[
    "div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "form", "section", "fieldset", "legend",
    "details", "summary", "dl", "pre", "label", "button", "textarea", "input", "img",
];

/// Elements whose content is not read: drawings (read by their label), the suggestions a box
/// offers as a person types, and a box's own value (shown as the box).
const SKIPPED: &[&str] = &["svg", "datalist", "textarea", "style", "script"];

/// An element still open, and what it changed.
struct Open {
    name: String,
    /// It was hidden from everyone, or its content is not read.
    skipped: bool,
    /// The prefix it put on its lines, to take off at its end.
    prefix: Option<&'static str>,
    /// It indents its lines.
    indents: bool,
    /// Inline text it closes with.
    closing: String,
    /// It quotes the guidance.
    quotes: bool,
}

/// Reads `html` (one page, as yew's server renderer writes it) as lines.
pub fn read(html: &str) -> PageText {
    let mut reader = Reader::default();
    for token in Tokenizer::new(html).flatten() {
        match token {
            Token::StartTag(tag) => reader.start(&tag),
            Token::EndTag(tag) => reader.end(&String::from_utf8_lossy(&tag.name)),
            Token::String(text) => reader.text(&String::from_utf8_lossy(&text)),
            _ => {}
        }
    }
    reader.flush();
    reader.page
}

#[derive(Default)]
struct Reader {
    page: PageText,
    open: Vec<Open>,
    /// The line being written, and its kind.
    line: String,
    kind: Option<Kind>,
    quotes: bool,
    /// The number of the next item of each open numbered list, or None in a bulleted one.
    lists: Vec<Option<usize>>,
    /// The prefixes on every line now: `(screen readers)`, `(printed)`.
    prefixes: Vec<&'static str>,
    /// The indentation of every line now: what a details part shows.
    indents: Vec<&'static str>,
    /// A radio's mark for the line of its label, or a list item's for its first line.
    pending: String,
    /// The mark waiting is a list item's, so its line is an item.
    pending_item: bool,
    /// The line being written follows a line break.
    follows: bool,
    /// The next line starts a field of a form, a set of radios or a list.
    apart: bool,
}

impl Reader {
    fn skipping(&self) -> bool {
        self.open.iter().any(|open| open.skipped)
    }

    fn start(&mut self, tag: &StartTag<()>) {
        let name = String::from_utf8_lossy(&tag.name).into_owned();
        let attribute = |key: &str| {
            tag.attributes
                .get(key.as_bytes())
                .map(|value| String::from_utf8_lossy(value).into_owned())
        };
        let class = attribute("class").unwrap_or_default();
        let has_class = |wanted: &str| class.split_whitespace().any(|c| c == wanted);
        let void = matches!(name.as_str(), "input" | "img" | "br" | "path" | "rect");
        let mut open = Open {
            name: name.clone(),
            skipped: attribute("hidden").is_some() || SKIPPED.contains(&name.as_str()),
            prefix: None,
            indents: false,
            closing: String::new(),
            quotes: false,
        };
        // A drawing is read by its label, if it has one, and a box for writing in as a box;
        // nothing of a hidden element, or of what is in it, is read.
        if name == "svg"
            && !self.skipping()
            && let Some(label) = attribute("aria-label")
        {
            self.begin(Kind::Image, &format!("(image: {label})"));
            self.flush();
        }
        if name == "textarea" && !self.skipping() {
            self.begin(Kind::Box, "[________]");
            self.flush();
        }
        if open.skipped || self.skipping() {
            if !void {
                open.skipped = true;
                self.open.push(open);
            }
            return;
        }
        if BLOCKS.contains(&name.as_str()) {
            self.flush();
        }
        // What the element puts on the page before its content.
        match name.as_str() {
            "h1" | "h2" | "h3" | "h4" => {
                let level = name[1..].parse().unwrap_or(1);
                self.begin(
                    Kind::Heading(level),
                    &format!("{} ", "#".repeat(level as usize)),
                );
            }
            "p" => self.begin(Kind::Paragraph, ""),
            "li" => {
                let depth = "  ".repeat(self.lists.len().saturating_sub(1));
                let marker = match self.lists.last_mut() {
                    Some(Some(number)) => {
                        *number += 1;
                        format!("{number}. ")
                    }
                    _ => "- ".to_owned(),
                };
                self.begin(Kind::Item, &format!("{depth}{marker}"));
            }
            "ul" => self.lists.push(None),
            "ol" => self.lists.push(Some(0)),
            "dt" => self.begin(Kind::Item, ""),
            // The first value after its key, after a dash; the actions after it, after a space.
            "dd" if self.line.contains(" — ") => self.line.push(' '),
            "dd" => self.line.push_str(" — "),
            "summary" => self.begin(Kind::Paragraph, "▸ "),
            "button" => {
                self.begin(Kind::Button, "[");
                open.closing = "]".to_owned();
            }
            "a" => match attribute("href") {
                Some(href) if !href.starts_with("tel:") => {
                    self.line.push('[');
                    open.closing = format!("]({href})");
                }
                _ => {}
            },
            "q" => {
                self.line.push('"');
                open.closing = "\"".to_owned();
                open.quotes = true;
                self.quotes = true;
            }
            "label" | "legend" => self.begin(Kind::Field, ""),
            "div" if has_class("govuk-radios__hint") => self.begin(Kind::Field, "    "),
            "div" if has_class("govuk-hint") || has_class("govuk-error-message") => {
                self.begin(Kind::Field, "")
            }
            "input" => match attribute("type").as_deref() {
                // The radio's label, which follows, is its line.
                Some("radio") => {
                    self.flush();
                    let mark = if attribute("checked").is_some() {
                        "(•) "
                    } else {
                        "( ) "
                    };
                    self.pending.push_str(mark);
                }
                _ => {
                    let value = attribute("value").unwrap_or_default();
                    self.begin(Kind::Box, &format!("[{value:_<8}]"));
                    self.flush();
                }
            },
            "img" => {
                let alt = attribute("alt").unwrap_or_default();
                self.begin(Kind::Image, &format!("(image: {alt})"));
                self.flush();
            }
            "br" => {
                let kind = self.kind;
                self.flush();
                self.kind = kind;
                self.follows = true;
            }
            "pre" => self.begin(Kind::Code, ""),
            _ => {}
        }
        if name == "p" && has_class("govuk-error-message") {
            self.kind = Some(Kind::Field);
        }
        if has_class("govuk-visually-hidden") {
            if BLOCKS.contains(&name.as_str()) {
                open.prefix = Some("(screen readers) ");
            } else {
                if !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
                self.line.push('⟨');
                open.closing = "⟩".to_owned();
            }
        }
        let a_list = matches!(name.as_str(), "ul" | "ol" | "dl");
        if has_class("govuk-form-group")
            || has_class("govuk-radios")
            || a_list && self.lists.len() <= 1
        {
            self.apart = true;
        }
        if has_class("signpost-print-only") {
            open.prefix = Some("(printed) ");
        }
        if let Some(prefix) = open.prefix {
            self.prefixes.push(prefix);
        }
        if has_class("govuk-details__text") {
            open.indents = true;
            self.indents.push("  ");
        }
        if !void {
            self.open.push(open);
        }
    }

    fn end(&mut self, name: &str) {
        let Some(position) = self.open.iter().rposition(|open| open.name == name) else {
            return;
        };
        for open in self.open.drain(position..).rev().collect::<Vec<_>>() {
            if open.skipped {
                continue;
            }
            if open.closing == "⟩" {
                // Without its last space; and if a screen reader hears nothing, nothing shows.
                self.line.truncate(self.line.trim_end().len());
            }
            if open.closing == "⟩" && self.line.ends_with('⟨') {
                self.line.pop();
            } else {
                self.line.push_str(&open.closing);
            }
            if BLOCKS.contains(&open.name.as_str()) {
                self.flush();
            }
            if matches!(open.name.as_str(), "ul" | "ol") {
                self.lists.pop();
            }
            if open.prefix.is_some() {
                self.prefixes.pop();
            }
            if open.indents {
                self.indents.pop();
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.skipping() {
            return;
        }
        if self.kind.is_none() && !text.trim().is_empty() {
            self.begin_with_pending(Kind::Paragraph);
        }
        if self.line.ends_with('⟩') && !text.starts_with(' ') {
            self.line.push(' ');
        }
        let text = if self.line.ends_with('⟨') {
            text.trim_start()
        } else {
            text
        };
        self.line.push_str(text);
    }

    /// Starts a line of `kind` with `marker`.
    fn begin(&mut self, kind: Kind, marker: &str) {
        self.flush();
        self.begin_with_pending(kind);
        self.line.push_str(marker);
    }

    /// Starts the line with the mark waiting for it, if any: of an item, if it is an item's.
    fn begin_with_pending(&mut self, kind: Kind) {
        let item = std::mem::take(&mut self.pending_item);
        self.kind = Some(if item { Kind::Item } else { kind });
        self.line.insert_str(0, &std::mem::take(&mut self.pending));
    }

    /// Ends the line being written, if it has any words.
    fn flush(&mut self) {
        let line = std::mem::take(&mut self.line);
        let kind = self.kind.take();
        let quotes = std::mem::take(&mut self.quotes);
        let follows = std::mem::take(&mut self.follows);
        let text = line.trim_end();
        let marker = text.trim_start();
        let only_a_marker = marker == "-"
            || marker
                .strip_suffix('.')
                .is_some_and(|number| number.bytes().all(|b| b.is_ascii_digit()));
        if only_a_marker && kind == Some(Kind::Item) {
            // A list item whose first child is a block: its marker goes on that block's line.
            self.pending = format!("{text} ");
            self.pending_item = true;
            return;
        }
        if marker.is_empty() || text.chars().all(|c| "-•().#▸⟨⟩[]: ".contains(c)) {
            return;
        }
        let prefix: String = self.prefixes.concat();
        let indent: String = self.indents.concat();
        self.page.lines.push(Line {
            kind: kind.unwrap_or(Kind::Paragraph),
            text: format!("{prefix}{indent}{text}"),
            quotes,
            unseen: !self.prefixes.is_empty(),
            follows,
            apart: std::mem::take(&mut self.apart),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_element_reads_in_the_notation() {
        let html = concat!(
            r##"<h1 class="govuk-heading-l">Title</h1><p class="govuk-body">One<br>two</p>"##,
            r##"<button type="button">Go<svg aria-hidden="true"><path></path></svg></button>"##,
            r##"<ol><li>First <a href="tel:999">999</a></li><li>See <a href="#glossary">this</a></li></ol>"##,
            r##"<div class="govuk-form-group"><label>Name</label><div class="govuk-hint">Hint</div>"##,
            r##"<input type="text" value="Sam"><datalist><option value="A"></option></datalist></div>"##,
            r##"<div class="govuk-radios"><div class="govuk-radios__item"><input type="radio" checked>"##,
            r##"<label>Yes</label><div class="govuk-hint govuk-radios__hint">Sure</div></div></div>"##,
            r##"<dl><div><dt>Asked?</dt><dd>Yes</dd><dd><a href="#">Change<span class="govuk-visually-hidden"> asked</span></a></dd></div></dl>"##,
            r##"<ul><li><strong>Doc</strong>: <q>quoted</q></li></ul>"##,
            r##"<div hidden><p>Not shown</p></div>"##,
            r##"<ol class="govuk-visually-hidden"><li>Heard</li></ol>"##,
            r##"<div class="signpost-print-only"><h3>Record</h3></div>"##,
            r##"<svg role="img" aria-label="A code"></svg>"##,
        );
        let page = read(html);
        assert_eq!(
            page.to_string(),
            "# Title\n\nOne\ntwo\n\n[Go]\n\n1. First 999\n2. See [this](#glossary)\n\nName\nHint\n\
             [Sam_____]\n\n(•) Yes\n    Sure\n\nAsked? — Yes [Change ⟨asked⟩](#)\n\n- Doc: \"quoted\"\n\n\
             (screen readers) 1. Heard\n\n(printed) ### Record\n\n(image: A code)\n"
        );
        let quoted: Vec<&str> = page
            .lines
            .iter()
            .filter(|line| line.quotes)
            .map(|line| line.text.as_str())
            .collect();
        assert_eq!(quoted, ["- Doc: \"quoted\""]);
        let unseen = page.lines.iter().filter(|line| line.unseen).count();
        assert_eq!(unseen, 2, "the screen readers' line and the printed one");
    }

    #[test]
    fn nesting_hiding_and_opening_keep_each_line_whole() {
        let html = concat!(
            r##"<ul hidden><li>Never</li></ul><ol><li>Asked<ul><li>Yes: go on</li></ul></li>"##,
            r##"<li><p>In a block</p></li></ol>"##,
            r##"<details><summary>Open me</summary><div class="govuk-details__text"><p>Inside</p></div></details>"##,
            r##"<p>Found<span class="govuk-visually-hidden"></span></p>"##,
        );
        let page = read(html);
        assert_eq!(
            page.to_string(),
            "1. Asked\n  - Yes: go on\n2. In a block\n\n▸ Open me\n\n  Inside\n\nFound\n"
        );
        let kinds: Vec<Kind> = page.lines.iter().map(|line| line.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Item,
                Kind::Item,
                Kind::Item,
                Kind::Paragraph,
                Kind::Paragraph,
                Kind::Paragraph
            ]
        );
    }

    #[test]
    fn boxes_buttons_and_headings_are_told_apart_from_words() {
        let html = concat!(
            r##"<h2>Find</h2><label>Postcode</label><input type="text" value="SW1A">"##,
            r##"<button type="submit">Find the council</button>"##,
        );
        let kinds: Vec<Kind> = read(html).lines.iter().map(|line| line.kind).collect();
        assert_eq!(
            kinds,
            [Kind::Heading(2), Kind::Field, Kind::Box, Kind::Button]
        );
    }

    #[test]
    fn markup_in_text_stays_text() {
        let page = read("<p>&lt;b&gt;Acorns&lt;/b&gt; &amp; Oaks</p>");
        assert_eq!(page.to_string(), "<b>Acorns</b> & Oaks\n");
    }
}
