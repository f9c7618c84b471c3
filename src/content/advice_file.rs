//! The outcome pages' advice and the questions' quotations as one file, `assets/advice.txt`, that
//! the app fetches after its first screen: a large part of what the first download carried, and
//! read by nobody until a journey ends. Every journey fetches the same
//! file, whatever the answers, so the request says nothing about the person. An outcome's steps
//! and confidentiality are not in it: they are built in (`OutcomeText`), so a page is safe to act
//! on without the file.
//!
//! The first line is the build's `ADVICE_VERSION`, so the app never shows advice from another
//! build. Then one line for each outcome, in the order of `Outcome::ALL`: what to note down, what
//! happens next, sources and the date its words were last reviewed; then one line for each question, in the
//! order of `Question::ALL`: its sources; then one line for each term of the glossary, in the
//! order of `GLOSSARY`: its sources. Fields are separated by U+001F, the items of a list by
//! U+001E, and a quotation's document number, place and words by U+001D: the build refuses
//! control characters in a text, so none can be in the words.
//!
//! The last line ends with a newline, so a file cut short inside its last line is refused too.
//!
//! `tests/pages.rs` checks that `assets/advice.txt` is this build's [`file()`], and the tests
//! below that [`parse`] gives back every page's advice exactly and refuses any other file.

use super::generated::{ADVICE, ADVICE_VERSION, GLOSSARY, GLOSSARY_SOURCES, QUESTION_SOURCES};
use super::{Doc, OutcomeAdvice, Source};
use crate::core::{Outcome, Question};

/// The file's name, beside `index.html`.
pub const FILE: &str = "advice.txt";

const FIELD: char = '\u{1f}';
const ITEM: char = '\u{1e}';
const PART: char = '\u{1d}';

/// The advice read from the file.
#[derive(Debug)]
pub struct Advice {
    outcomes: Vec<OutcomeAdvice>,
    question_sources: Vec<&'static [Source]>,
    glossary_sources: Vec<&'static [Source]>,
}

impl Advice {
    /// The advice on `outcome`'s page.
    pub fn outcome(&self, outcome: Outcome) -> &OutcomeAdvice {
        // `Outcome::ALL` lists the variants in the order they are declared (`core/ids.rs`), and
        // `parse` read exactly one line for each.
        &self.outcomes[outcome as usize]
    }

    /// The quotations behind `question`, shown on the outcome pages its answers lead to.
    pub fn question_sources(&self, question: Question) -> &'static [Source] {
        self.question_sources[question as usize]
    }

    /// The quotations behind the glossary's term at `index` in `GLOSSARY`.
    pub fn glossary_sources(&self, index: usize) -> &'static [Source] {
        self.glossary_sources[index]
    }
}

/// The address the app fetches: the file's name, with the version so that a browser's cache
/// never answers with another build's copy.
pub fn address() -> String {
    format!("{FILE}?v={ADVICE_VERSION}")
}

/// The file as this build writes it.
pub fn file() -> String {
    let mut file = format!("{ADVICE_VERSION}\n");
    for advice in ADVICE {
        let fields = [
            advice.note_down.join(&ITEM.to_string()),
            advice.what_happens_next.join(&ITEM.to_string()),
            sources_field(advice.sources),
            advice.reviewed.to_owned(),
        ];
        file += &fields.join(&FIELD.to_string());
        file.push('\n');
    }
    for sources in QUESTION_SOURCES.iter().chain(GLOSSARY_SOURCES) {
        file += &sources_field(sources);
        file.push('\n');
    }
    file
}

fn sources_field(sources: &[Source]) -> String {
    let sources: Vec<String> = sources
        .iter()
        .map(|source| {
            format!(
                "{}{PART}{}{PART}{}",
                source.doc.number(),
                source.place,
                source.quote
            )
        })
        .collect();
    sources.join(&ITEM.to_string())
}

/// Reads the file: `None` if it is from another build or not whole. The text is the app's for
/// the rest of the page's life, so the advice borrows from it as the built-in words are borrowed.
pub fn parse(text: &'static str) -> Option<Advice> {
    if !text.ends_with('\n') {
        return None;
    }
    let mut lines = text.lines();
    if lines.next()? != ADVICE_VERSION {
        return None;
    }
    let mut outcomes = Vec::new();
    for _ in Outcome::ALL {
        outcomes.push(outcome(lines.next()?)?);
    }
    let mut question_sources = Vec::new();
    for _ in Question::ALL {
        question_sources.push(sources(lines.next()?)?);
    }
    let mut glossary_sources = Vec::new();
    for _ in GLOSSARY {
        glossary_sources.push(sources(lines.next()?)?);
    }
    lines.next().is_none().then_some(Advice {
        outcomes,
        question_sources,
        glossary_sources,
    })
}

fn outcome(line: &'static str) -> Option<OutcomeAdvice> {
    let fields: Vec<&'static str> = line.split(FIELD).collect();
    let [note_down, what_happens_next, cited, reviewed] = fields[..] else {
        return None;
    };
    Some(OutcomeAdvice {
        note_down: items(note_down),
        what_happens_next: items(what_happens_next),
        sources: sources(cited)?,
        reviewed,
    })
}

fn items(field: &'static str) -> &'static [&'static str] {
    field.split(ITEM).collect::<Vec<_>>().leak()
}

fn sources(field: &'static str) -> Option<&'static [Source]> {
    let mut sources = Vec::new();
    for source in field.split(ITEM) {
        let parts: Vec<&'static str> = source.split(PART).collect();
        let [number, place, quote] = parts[..] else {
            return None;
        };
        let doc = *Doc::ALL.iter().find(|doc| doc.number() == number)?;
        sources.push(Source { doc, place, quote });
    }
    Some(sources.leak())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn leaked(text: String) -> &'static str {
        text.leak()
    }

    #[test]
    fn the_file_reads_back_as_every_outcomes_advice_and_every_quotation() {
        let advice = parse(leaked(file())).expect("this build's file reads");
        for outcome in Outcome::ALL {
            assert_eq!(
                advice.outcome(*outcome),
                content::advice(*outcome),
                "{outcome:?}"
            );
        }
        for question in Question::ALL {
            assert_eq!(
                advice.question_sources(*question),
                content::question_sources(*question),
                "{question:?}"
            );
        }
        for (index, sources) in GLOSSARY_SOURCES.iter().enumerate() {
            assert_eq!(advice.glossary_sources(index), *sources, "term {index}");
        }
    }

    #[test]
    fn a_file_from_another_build_is_refused() {
        let other = file().replacen(ADVICE_VERSION, "0123456789abcdef", 1);
        assert!(parse(leaked(other)).is_none());
    }

    #[test]
    fn a_file_cut_short_or_run_on_is_refused() {
        let whole = file();
        let cut = whole
            .lines()
            .take(whole.lines().count() - 1)
            .collect::<Vec<_>>();
        assert!(parse(leaked(cut.join("\n"))).is_none(), "a line short");
        assert!(
            parse(leaked(format!("{whole}one more\n"))).is_none(),
            "a line over"
        );
        let mut half = whole.len() / 2;
        while !whole.is_char_boundary(half) {
            half -= 1;
        }
        assert!(
            parse(leaked(whole[..half].to_owned())).is_none(),
            "half the file"
        );
        let last_line_cut = whole.trim_end().rsplit_once(PART).unwrap().0;
        assert!(
            parse(leaked(last_line_cut.to_owned())).is_none(),
            "cut inside the last line's last quotation"
        );
    }

    #[test]
    fn a_line_with_a_field_missing_or_an_unknown_document_is_refused() {
        let whole = file();
        let first_outcome = whole.lines().nth(1).unwrap();
        let short = first_outcome.rsplit_once(FIELD).unwrap().0;
        assert!(parse(leaked(whole.replacen(first_outcome, short, 1))).is_none());
        let number = ADVICE[0].sources[0].doc.number();
        let unknown = first_outcome.replacen(
            &format!("{FIELD}{number}{PART}"),
            &format!("{FIELD}999{PART}"),
            1,
        );
        assert_ne!(
            unknown, first_outcome,
            "the first source's number is replaced"
        );
        assert!(parse(leaked(whole.replacen(first_outcome, &unknown, 1))).is_none());
    }
}
