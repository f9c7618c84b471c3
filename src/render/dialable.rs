//! The phone numbers in a page's words, found so that each can be a link a phone calls (issue
//! 23): a number written inside a step ("call Childline on 0800 1111") is as urgent as one in the
//! list of contacts. A number is 999, 101 or 111 standing alone, or a UK number written in groups
//! of digits: a first group that starts with 0, then groups of three or more, 10 or 11 digits in
//! all, or 8 (Childline's 0800 1111). Plain bytes, no tables: this runs in the first screen's wasm.

/// A stretch of a page's words: plain text, or a phone number and its `tel:` link.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    Text(&'a str),
    Phone { text: &'a str, href: String },
}

/// `text` cut into its plain stretches and its phone numbers, in order.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let (mut from, mut at) = (0, 0);
    while at < bytes.len() {
        let starts_a_word = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        match starts_a_word.then(|| number_at(bytes, at)).flatten() {
            Some(end) => {
                if from < at {
                    pieces.push(Piece::Text(&text[from..at]));
                }
                let number = &text[at..end];
                let digits: String = number.chars().filter(char::is_ascii_digit).collect();
                pieces.push(Piece::Phone {
                    text: number,
                    href: format!("tel:{digits}"),
                });
                (from, at) = (end, end);
            }
            None => at += 1,
        }
    }
    if from < bytes.len() {
        pieces.push(Piece::Text(&text[from..]));
    }
    pieces
}

/// Where the phone number that starts at `start` ends, if one does.
fn number_at(bytes: &[u8], start: usize) -> Option<usize> {
    let run = |from: usize| {
        bytes[from..]
            .iter()
            .position(|byte| !byte.is_ascii_digit())
            .map_or(bytes.len(), |length| from + length)
    };
    let ends_a_word = |end: usize| {
        bytes
            .get(end)
            .is_none_or(|byte| !byte.is_ascii_alphanumeric())
    };
    let first_end = run(start);
    let first = &bytes[start..first_end];
    if matches!(first, b"999" | b"101" | b"111") {
        return ends_a_word(first_end).then_some(first_end);
    }
    if first.first() != Some(&b'0') || first.len() < 3 {
        return None;
    }
    let (mut end, mut digits) = (first_end, first.len());
    while bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let group_end = run(end + 1);
        let group = group_end - end - 1;
        if group < 3 || digits + group > 11 {
            break;
        }
        (end, digits) = (group_end, digits + group);
    }
    (matches!(digits, 8 | 10 | 11) && ends_a_word(end)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(text: &str) -> Vec<(&str, String)> {
        pieces(text)
            .into_iter()
            .filter_map(|piece| match piece {
                Piece::Phone { text, href } => Some((text, href)),
                Piece::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn numbers_written_as_the_pages_write_them_are_found_whole() {
        let text = "Call 999, or 101 if it is not an emergency. Childline: 0800 1111, the NSPCC \
                    on 0808 800 5000, Ofsted on 0300 123 1231 or 03000 616161.";
        assert_eq!(
            phones(text),
            [
                ("999", "tel:999".to_owned()),
                ("101", "tel:101".to_owned()),
                ("0800 1111", "tel:08001111".to_owned()),
                ("0808 800 5000", "tel:08088005000".to_owned()),
                ("0300 123 1231", "tel:03001231231".to_owned()),
                ("03000 616161", "tel:03000616161".to_owned()),
            ]
        );
        let joined: String = pieces(text)
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) | Piece::Phone { text, .. } => *text,
            })
            .collect();
        assert_eq!(joined, text, "nothing is lost or repeated");
    }

    #[test]
    fn other_numbers_are_left_as_words() {
        for text in [
            "within 14 days",
            "paragraph 1011",
            "1 September 2025",
            "call 0800 1111 24 hours a day",
            "EY123456",
            "room A101",
            "0300 12",
        ] {
            let found = phones(text);
            assert!(
                found.iter().all(|(number, _)| *number == "0800 1111"),
                "{text}: {found:?}"
            );
        }
    }
}
