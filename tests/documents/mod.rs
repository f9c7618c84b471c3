//! The guidance documents in `guidance/`, read as the citation tests need them: as plain words
//! to find a quotation in, and as places (paragraphs, headings, sections) to find it under.
//!
//! How a citation's `place` is found:
//! - `para 26`, `paras 38-39`: numbered paragraphs, from the line that starts `26.` to the next
//!   line that starts a later paragraph (or, in a Markdown document, a heading);
//! - `footnote 2`: the line that starts with the footnote mark `²`, to the next blank line;
//! - `Section 2, Procedures for handling concerns`: a line that starts `2.` (or `2 `) followed by
//!   a title that starts with those words (it may wrap onto the next lines), to the next line
//!   that starts `3.`;
//! - anything else is a heading, or a heading and a subheading within it after a comma or a
//!   colon (`Referral to the DBS, Condition 1`). In a Markdown document a heading is a `#` line,
//!   and its section runs to the next heading of the same or a higher level. In a plain-text
//!   document it is a line that says just the title (after any numbering such as `iii.`), and
//!   its section runs to the next numbered line (`3.`, `iv.`).
//!
//! A title can occur more than once (001 has two "Whistleblowing" headings); a citation is good
//! if the quotation is under any of them.

use signpost::content::Doc;
use std::path::PathBuf;
use std::sync::OnceLock;

/// One document: its lines as written, and its text as plain words.
pub struct Document {
    pub doc: Doc,
    lines: Vec<String>,
    pub words: String,
}

/// The document, read once however many quotations are looked for in it.
pub fn document(doc: Doc) -> &'static Document {
    static READ: OnceLock<Vec<Document>> = OnceLock::new();
    let read = READ.get_or_init(|| {
        Doc::ALL
            .iter()
            .map(|&doc| {
                let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("guidance")
                    .join(doc.file());
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
                Document {
                    doc,
                    lines: text.lines().map(str::to_owned).collect(),
                    words: normalise(&text),
                }
            })
            .collect()
    });
    &read[Doc::ALL
        .iter()
        .position(|d| *d == doc)
        .expect("every document is read")]
}

/// The text as plain words: link markup (`[LADO](#)`, `[Disclosure and Barring Service
/// \(DBS\)](#)`) and underlining dropped, typographic quotes made plain, and all white space as
/// single spaces, so a quotation can be matched across lines.
pub fn normalise(text: &str) -> String {
    let text = drop_links(text)
        .replace("<u>", "")
        .replace("</u>", "")
        .replace(['\u{2018}', '\u{2019}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `[words](#)` as `words`, with the brackets escaped inside them (`\(`) unescaped. Anything else
/// in square brackets is left as it is.
fn drop_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find("](#)") {
            Some(close) if !after[..close].contains(['[', '\n']) => {
                out.push_str(&after[..close].replace("\\(", "(").replace("\\)", ")"));
                rest = &after[close + "](#)".len()..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out + rest
}

/// A run of lines, `start..end`.
type Span = (usize, usize);

impl Document {
    fn markdown(&self) -> bool {
        self.lines.iter().any(|line| line.starts_with('#'))
    }

    /// The text of each part of the document that `place` names, as plain words; an error says
    /// why the place is not in the document.
    pub fn place(&self, place: &str) -> Result<Vec<String>, String> {
        let spans = self.spans(place);
        if spans.is_empty() {
            return Err(format!(
                "{} has no paragraph, section or heading \"{place}\"",
                self.doc.file()
            ));
        }
        Ok(spans
            .into_iter()
            .map(|(start, end)| normalise(&self.lines[start..end].join("\n")))
            .collect())
    }

    fn spans(&self, place: &str) -> Vec<Span> {
        if let Some(numbers) = place
            .strip_prefix("paras ")
            .or_else(|| place.strip_prefix("para "))
        {
            let (first, last) = numbers.split_once('-').unwrap_or((numbers, numbers));
            return match (first.parse::<usize>(), last.parse::<usize>()) {
                (Ok(first), Ok(last)) => self.numbered(first, last).into_iter().collect(),
                _ => Vec::new(),
            };
        }
        if let Some(number) = place.strip_prefix("footnote ") {
            return self.footnote(number).into_iter().collect();
        }
        if let Some((number, title)) = place
            .strip_prefix("Section ")
            .and_then(|section| section.split_once(", "))
            && let Ok(number) = number.parse::<usize>()
        {
            return self.section(number, title);
        }
        let whole = self.headings(place, (0, self.lines.len()));
        if !whole.is_empty() {
            return whole;
        }
        let mut found = Vec::new();
        for (at, _) in place.match_indices([',', ':']) {
            let (parent, child) = (&place[..at], place[at + 1..].trim());
            for within in self.headings(parent, (0, self.lines.len())) {
                found.extend(self.headings(child, within));
            }
        }
        found
    }

    /// Paragraphs `first` to `last`: from the line starting `first.` to the next line that starts
    /// a later paragraph or, in a Markdown document, a heading. A document that quotes only some
    /// paragraphs (the current guidance, 006 to 010) skips numbers, so the next paragraph is not
    /// always `last + 1`.
    fn numbered(&self, first: usize, last: usize) -> Option<Span> {
        let number = |line: &str| {
            let (number, _) = line.trim_start().split_once(". ")?;
            number.parse::<usize>().ok()
        };
        let start = self
            .lines
            .iter()
            .position(|line| number(line) == Some(first))?;
        let markdown = self.markdown();
        let end = (start + 1..self.lines.len())
            .find(|&at| {
                let line = &self.lines[at];
                number(line).is_some_and(|n| n > last) || (markdown && line.starts_with('#'))
            })
            .unwrap_or(self.lines.len());
        Some((start, end))
    }

    fn footnote(&self, number: &str) -> Option<Span> {
        let mark = match number {
            "1" => '¹',
            "2" => '²',
            "3" => '³',
            _ => return None,
        };
        let start = self
            .lines
            .iter()
            .position(|line| line.trim_start().starts_with(mark))?;
        let end = (start + 1..self.lines.len())
            .find(|&at| self.lines[at].trim().is_empty())
            .unwrap_or(self.lines.len());
        Some((start, end))
    }

    /// A numbered section whose title starts with `title`, to the line starting the next number.
    fn section(&self, number: usize, title: &str) -> Vec<Span> {
        let title = normalise(title).to_lowercase();
        (0..self.lines.len())
            .filter(|&at| section_number(&self.lines[at]) == Some(number))
            .filter(|&at| {
                // A heading may wrap over the next lines.
                let heading = self.lines[at..(at + 3).min(self.lines.len())].join(" ");
                let heading = heading
                    .trim_start()
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                normalise(heading).to_lowercase().starts_with(&title)
            })
            .map(|start| {
                let end = (start + 1..self.lines.len())
                    .find(|&at| section_number(&self.lines[at]) == Some(number + 1))
                    .unwrap_or(self.lines.len());
                (start, end)
            })
            .collect()
    }

    /// Every section headed `title` within `within`.
    fn headings(&self, title: &str, within: Span) -> Vec<Span> {
        let title = normalise(title).to_lowercase();
        let markdown = self.markdown();
        let level = |line: &str| line.trim().chars().take_while(|c| *c == '#').count();
        (within.0..within.1)
            .filter(|&at| {
                let line = &self.lines[at];
                (!markdown || level(line) > 0) && heading_text(line) == title
            })
            .map(|start| {
                let ends = |line: &str| {
                    if markdown {
                        (1..=level(&self.lines[start])).contains(&level(line))
                    } else {
                        section_number(line).is_some() || roman_heading(line)
                    }
                };
                let end = (start + 1..within.1)
                    .find(|&at| ends(&self.lines[at]))
                    .unwrap_or(within.1);
                (start, end)
            })
            .collect()
    }
}

/// The number of a numbered section's first line, `2. Procedures ...` or `10 CHILD ...`: a
/// number, then a full stop or a space, then a capital letter.
fn section_number(line: &str) -> Option<usize> {
    let line = line.trim_start();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = line[digits..].strip_prefix('.').unwrap_or(&line[digits..]);
    let spaced = rest.len() < line.len() - digits || rest.starts_with(' ');
    let capital = rest.trim_start().starts_with(char::is_uppercase);
    if digits > 0 && spaced && capital {
        line[..digits].parse().ok()
    } else {
        None
    }
}

/// A line numbered in Roman numerals, `iii. Definition of significant harm`.
fn roman_heading(line: &str) -> bool {
    line.trim_start()
        .split_once(". ")
        .is_some_and(|(number, _)| !number.is_empty() && number.chars().all(|c| "ivx".contains(c)))
}

/// A heading line as plain lower-case words: without `#`, emphasis, a leading number such as
/// `iii.` or `7.1`, a trailing colon or footnote mark.
fn heading_text(line: &str) -> String {
    let text = line.trim().trim_start_matches('#').replace(['*', '_'], "");
    let text = text.trim();
    let text = match text.split_once(' ') {
        Some((number, rest))
            if number.ends_with('.')
                && number[..number.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || "ivx".contains(c)) =>
        {
            rest
        }
        _ => text,
    };
    normalise(text.trim_end_matches(['¹', '²', '³', ':'])).to_lowercase()
}
