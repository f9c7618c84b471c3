//! No wording ships unreviewed: each page's content file records when its words were last
//! checked against the guidance (`[review]`: date, the documents checked against, and a
//! fingerprint of the words as they were then). When a page's words change, its fingerprint no
//! longer matches, and this test fails until someone reviews the page and records the review.

use sha2::{Digest, Sha256};
use signpost::content::words_of;
use signpost::content::{self, Review};
use signpost::core::{Outcome, Question};

/// The fingerprint of a page's words, one to a line: the first 16 hexadecimal digits of their
/// SHA-256.
fn fingerprint(words: &str) -> String {
    let digest = Sha256::digest(words);
    digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Every word a person reads on a question page, with its short name in the summary.
fn question_words(question: Question) -> String {
    let text = content::question(question);
    let mut words = words_of::question_words(text);
    words.push(text.summary);
    words.join("\n")
}

/// Every word of an outcome's content files, with its contacts' numbers and addresses.
fn outcome_words(outcome: Outcome) -> String {
    let text = content::outcome(outcome);
    let channels = text
        .contacts
        .iter()
        .flat_map(|contact| contact.channels.iter().map(|channel| channel.text));
    words_of::outcome_words(text, content::advice(outcome))
        .into_iter()
        .chain(channels)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every page: its content file, its words now, and its review record.
fn pages() -> Vec<(String, String, &'static Review)> {
    let outcomes = Outcome::ALL.iter().map(|&outcome| {
        (
            format!("content/outcomes/{outcome}.toml"),
            outcome_words(outcome),
            content::outcome_review(outcome),
        )
    });
    let questions = Question::ALL.iter().map(|&question| {
        (
            format!("content/questions/{question}.toml"),
            question_words(question),
            content::question_review(question),
        )
    });
    outcomes.chain(questions).collect()
}

/// What is wrong with `review` of a page whose words are now `words`, if anything.
fn stale(file: &str, words: &str, review: &Review) -> Option<String> {
    let now = fingerprint(words);
    (now != review.fingerprint).then(|| {
        format!(
            "{file}: its words have changed since their review on {}. Review the page against \
             the guidance, then set [review] date to today and fingerprint = \"{now}\"",
            review.date
        )
    })
}

#[test]
fn every_pages_words_are_as_they_were_reviewed() {
    let stale: Vec<String> = pages()
        .iter()
        .filter_map(|(file, words, review)| stale(file, words, review))
        .collect();
    assert!(
        stale.is_empty(),
        "{} page(s) changed since their review:\n{}",
        stale.len(),
        stale.join("\n")
    );
}

/// The check bites: one word changed, added or taken away on a page, or two lines run
/// together, gives another fingerprint, and the page's record is then refused.
#[test]
fn a_changed_word_is_caught() {
    let (file, words, review) = &pages()[0];
    assert_eq!(stale(file, words, review), None);
    let changed = words.replacen("999", "998", 1);
    let added = format!("{words}\nOne more step.");
    let removed = &words[..words.rfind('\n').expect("a page has more than one line")];
    let joined = words.replacen('\n', " ", 1);
    for other in [changed.as_str(), &added, removed, &joined] {
        let message = stale(file, other, review).expect("the change is caught");
        assert!(message.contains(file) && message.contains(review.date));
    }
}

/// A review is of the guidance: each record names at least one document, and its date is a
/// real one.
#[test]
fn every_review_names_what_it_was_checked_against_and_when() {
    for (file, _, review) in pages() {
        assert!(!review.checked_against.is_empty(), "{file}");
        assert!(
            content::ReviewDates::of(review.date).is_some(),
            "{file}: {}",
            review.date
        );
    }
}

#[test]
fn review_dates_read_as_a_person_reads_them() {
    let dates = content::ReviewDates::of("2026-12-06").unwrap();
    assert_eq!(dates.last, "6 December 2026");
    assert_eq!(dates.next, "6 December 2027");
    let leap = content::ReviewDates::of("2028-02-29").unwrap();
    assert_eq!(leap.next, "28 February 2029");
    for bad in [
        "",
        "2026-13-01",
        "2026-00-10",
        "2026-12-00",
        "2026-12",
        "06/12/2026",
        "2026-12-06-1",
    ] {
        assert_eq!(content::ReviewDates::of(bad), None, "{bad}");
    }
}
