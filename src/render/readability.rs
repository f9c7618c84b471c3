//! How hard a page is to read: the Flesch-Kincaid grade of its words, the US school grade a
//! reader needs (grade 7 is about age 12). `tests/readability.rs` holds the public pages at
//! or below grade 7 and the pages for settings and professionals at or below grade 9;
//! `signpost readability` prints every page's figure.
//!
//! It reads each page as a person does, drawn by the app's own components (`app::page_text`);
//! only the words the page says in its own voice count (`own_words`).

use crate::core::{public::PUBLIC, verify};
use crate::render::html_text::{Kind, PageText};

/// Who a page is written for, which sets how hard it may be to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Anyone: a frightened parent, a 14-year-old. The start page and every page of the
    /// public journey.
    Public,
    /// Staff of a setting, and professionals who receive information about children.
    WorkWithChildren,
}

impl Audience {
    /// The highest grade a page for this audience may have.
    pub fn most(self) -> f64 {
        match self {
            Audience::Public => 7.0,
            Audience::WorkWithChildren => 9.0,
        }
    }
}

/// One page's figure.
pub struct PageGrade {
    /// The page's ID, or `start` or `glossary`.
    pub id: String,
    pub audience: Audience,
    pub grade: f64,
}

/// Every page's reading grade, from its text as a person reads it (`app::page_text`, given as
/// `pages`, by name). A question or outcome the public journey reaches is for the public, whatever
/// other journey also reaches it; so are the other pages named in `for_the_public`
/// (`app::page_text::FOR_THE_PUBLIC`).
pub fn grades(pages: &[(String, PageText)], for_the_public: &[&str]) -> Vec<PageGrade> {
    let public_paths = verify::paths(&PUBLIC).unwrap_or_default();
    let public: Vec<&str> = public_paths
        .iter()
        .flat_map(|path| {
            path.answers
                .iter()
                .map(|(question, _)| question.id())
                .chain([path.outcome.id()])
        })
        .chain(for_the_public.iter().copied())
        .collect();
    pages
        .iter()
        .map(|(id, text)| PageGrade {
            id: id.clone(),
            audience: if public.contains(&id.as_str()) {
                Audience::Public
            } else {
                Audience::WorkWithChildren
            },
            grade: grade(own_words(text).iter().map(String::as_str)).unwrap_or(0.0),
        })
        .collect()
}

/// The lines a page says in its own voice, as a person reads them: not the quotations from the
/// guidance (the guidance's words), not its buttons, section headings, boxes or code (the same on
/// every page, what a person typed, or not prose), not its title, not a link that only moves
/// about the page (Back, Change), and not what only a screen reader hears or only paper shows.
/// Other links are read by their words. The 999 line every page starts with is read: it is
/// prose a person reads on each page.
pub fn own_words(page: &PageText) -> Vec<String> {
    page.lines
        .iter()
        .filter(|line| {
            !line.quotes
                && !line.unseen
                && !line.text.ends_with("](#)")
                && matches!(
                    line.kind,
                    Kind::Heading(1) | Kind::Paragraph | Kind::Item | Kind::Field
                )
        })
        .map(|line| words_only(&line.text))
        .filter(|words| words.chars().any(char::is_alphanumeric))
        .collect()
}

/// `text` without the notation's marks: a link's address (which may hold brackets of its own),
/// what only a screen reader hears, and the brackets round a link.
fn words_only(text: &str) -> String {
    let mut words = String::new();
    let mut hidden = false;
    // How deep in a link's address, in its brackets.
    let mut address = 0;
    let mut previous = ' ';
    for c in text.chars() {
        match c {
            _ if address > 0 => match c {
                '(' => address += 1,
                ')' => address -= 1,
                _ => {}
            },
            '⟩' if hidden => hidden = false,
            _ if hidden => {}
            '⟨' => hidden = true,
            '(' if previous == ']' => address = 1,
            '[' | ']' => {}
            _ => words.push(c),
        }
        previous = c;
    }
    words.trim_end().to_owned()
}

/// The Flesch-Kincaid grade of `texts`, each a paragraph, step or list item of its own:
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59. None for no words.
pub fn grade<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<f64> {
    let (mut sentences, mut words, mut syllables) = (0usize, 0usize, 0usize);
    for text in texts {
        // A list item or a heading without a full stop is a sentence of its own.
        let ends = text
            .split_inclusive(['.', '?', '!'])
            .filter(|part| part.chars().any(char::is_alphanumeric))
            .count();
        sentences += ends.max(1);
        for word in text.split_whitespace() {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            if word.chars().any(char::is_alphanumeric) {
                words += 1;
                syllables += syllables_in(&letters.to_lowercase());
            }
        }
    }
    (words > 0).then(|| {
        0.39 * words as f64 / sentences as f64 + 11.8 * syllables as f64 / words as f64 - 15.59
    })
}

/// The syllables in a word, by the usual rule of thumb: each run of vowels is one, a final
/// silent "e" is none, and every word has at least one. A number has one.
fn syllables_in(word: &str) -> usize {
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        let is_vowel = vowel(c);
        if is_vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = is_vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_rule_of_thumb() {
        for (word, expected) in [
            ("child", 1),
            ("police", 2),
            ("council", 2),
            ("referral", 3),
            ("designated", 4),
            ("immediately", 5),
            ("lado", 2),
            ("people", 2),
        ] {
            assert_eq!(syllables_in(word), expected, "{word}");
        }
    }

    #[test]
    fn only_the_words_a_person_reads_are_graded() {
        assert_eq!(
            words_only("See [St Mary's (CE)](#setting&name=St%20Mary's%20(CE)) now"),
            "See St Mary's (CE) now"
        );
        assert_eq!(
            words_only("Asked? — Yes [Change ⟨Asked?⟩](#)"),
            "Asked? — Yes Change"
        );
    }

    #[test]
    fn short_plain_sentences_score_low_and_long_latinate_ones_high() {
        let plain = grade(["Call 999 now.", "Tell the police what you saw."]).unwrap();
        let hard = grade([
            "Notwithstanding the aforementioned considerations, practitioners should \
             contemporaneously document safeguarding determinations institutionally.",
        ])
        .unwrap();
        assert!(plain < 3.0, "{plain}");
        assert!(hard > 15.0, "{hard}");
        assert_eq!(grade([""]), None);
    }
}
