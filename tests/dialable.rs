//! Every phone number a person reads on an outcome page is a link a phone can call, including
//! inside its steps and paragraphs (issue 23): every number in every page's words is found whole
//! by `dialable::pieces`, which the app uses to draw them.

use signpost::app::page_text;
use signpost::core::Outcome;
use signpost::render::dialable::{Piece, pieces};

/// The stretches of `text` that look like a phone number to a person: a run of digits that
/// starts with 0, with the groups of digits after it, six digits or more (a guidance document's
/// number, such as 003, is three), or 999, 101 or 111 alone.
fn looks_like_a_number(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == ' '))
        .collect();
    for stretch in words {
        let mut number = String::new();
        for word in stretch.split(' ') {
            let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
            if digits
                && (!number.is_empty()
                    || word.starts_with('0')
                    || ["999", "101", "111"].contains(&word))
            {
                if !number.is_empty() {
                    number.push(' ');
                }
                number.push_str(word);
            } else if !number.is_empty() {
                found.push(std::mem::take(&mut number));
            }
        }
        if !number.is_empty() {
            found.push(number);
        }
    }
    found.retain(|number| {
        let digits = number.bytes().filter(u8::is_ascii_digit).count();
        !number.starts_with('0') || digits >= 6
    });
    found
}

#[test]
fn every_number_on_every_outcome_page_is_found_whole() {
    let mut numbers = 0;
    for outcome in Outcome::ALL {
        let page = page_text::outcome_page(*outcome).to_string();
        let phones: Vec<&str> = pieces(&page)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Phone { text, .. } => Some(text),
                Piece::Text(_) => None,
            })
            .collect();
        for number in looks_like_a_number(&page) {
            numbers += 1;
            assert!(
                phones.iter().any(|phone| number.starts_with(phone)),
                "`{outcome}`: \"{number}\" is not a link (found: {phones:?})"
            );
        }
    }
    assert!(numbers > 50, "the pages' numbers were read ({numbers})");
}
