//! How hard a page is to read: the Flesch-Kincaid grade of its words, the US school grade a
//! reader needs (grade 7 is about age 12). `tests/readability.rs` holds the public pages at
//! or below grade 7 and the pages for settings and professionals at or below grade 9;
//! `signpost readability` prints every page's figure.
//!
//! Only the words the page says in its own voice count: the quotations from the guidance are
//! the guidance's, and the buttons and headings are the same on every page.

use crate::content::{self, OutcomeAdvice, OutcomeText, QuestionText};
use crate::core::{Outcome, Question, public::PUBLIC, verify};

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

/// Every page's reading grade. A question or outcome the public journey reaches is for the
/// public, whatever other journey also reaches it.
pub fn pages() -> Vec<PageGrade> {
    let public_paths = verify::paths(&PUBLIC).unwrap_or_default();
    let public_outcomes: Vec<Outcome> = public_paths.iter().map(|path| path.outcome).collect();
    let public_questions: Vec<Question> = public_paths
        .iter()
        .flat_map(|path| path.answers.iter().map(|(question, _)| *question))
        .collect();
    let audience = |public: bool| {
        if public {
            Audience::Public
        } else {
            Audience::WorkWithChildren
        }
    };
    let mut pages = vec![
        page("start", Audience::Public, start_words()),
        page("glossary", Audience::WorkWithChildren, glossary_words()),
    ];
    for question in Question::ALL {
        let words = question_words(content::question(*question));
        pages.push(page(
            question.id(),
            audience(public_questions.contains(question)),
            words,
        ));
    }
    for outcome in Outcome::ALL {
        let words = outcome_words(content::outcome(*outcome), content::advice(*outcome));
        pages.push(page(
            outcome.id(),
            audience(public_outcomes.contains(outcome)),
            words,
        ));
    }
    pages
}

fn page(id: &str, audience: Audience, words: Vec<&str>) -> PageGrade {
    PageGrade {
        id: id.to_owned(),
        audience,
        grade: grade(words).unwrap_or(0.0),
    }
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

/// The words of an outcome page in its own voice: everything but the quotations.
pub fn outcome_words(text: &OutcomeText, advice: &OutcomeAdvice) -> Vec<&'static str> {
    let contacts = text
        .contacts
        .iter()
        .flat_map(|contact| [Some(contact.name), contact.hours, contact.note])
        .flatten();
    [text.title, text.lead]
        .into_iter()
        .chain(text.steps.iter().copied())
        .chain(contacts)
        .chain(advice.note_down.iter().copied())
        .chain(advice.what_happens_next.iter().copied())
        .chain(text.confidentiality.iter().copied())
        .collect()
}

/// The words of a question page: its heading, hint, answers and error.
pub fn question_words(text: &QuestionText) -> Vec<&'static str> {
    let answers = text
        .answers
        .iter()
        .flat_map(|answer| [Some(answer.label), answer.hint])
        .flatten();
    [Some(text.title), text.hint, Some(text.error)]
        .into_iter()
        .flatten()
        .chain(answers)
        .collect()
}

/// The words of the start page and the glossary.
pub fn start_words() -> Vec<&'static str> {
    use content::pages::start::*;
    [
        TITLE,
        BUTTON,
        WORK_HEADING,
        WORK_INTRO,
        SETTING_START,
        PROFESSIONAL_START,
    ]
    .into_iter()
    .chain(PARAGRAPHS.iter().copied())
    .collect()
}

pub fn glossary_words() -> Vec<&'static str> {
    use content::pages::glossary::*;
    [TITLE, INTRO]
        .into_iter()
        .chain(content::GLOSSARY.iter().flat_map(|entry| {
            [entry.term, entry.meaning]
                .into_iter()
                .chain(entry.for_records.iter().copied())
        }))
        .collect()
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
