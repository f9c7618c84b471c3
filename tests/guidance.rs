//! What the wording takes from the guidance in `guidance/` is really there: every quotation
//! word for word, under the paragraph, section or heading its citation names (see
//! `tests/documents/mod.rs` for how a place is found), and every phone number and address.

mod documents;

use documents::{document, normalise};
use signpost::content::words_of;
use signpost::content::{self, ChannelKind, Doc, Source};
use signpost::core::{Outcome, Question};

/// Every citation in the content, with where it is used.
fn citations() -> Vec<(String, &'static Source)> {
    let mut all = Vec::new();
    for question in Question::ALL {
        for source in content::question_sources(*question) {
            all.push((format!("question `{question}`"), source));
        }
    }
    for outcome in Outcome::ALL {
        for source in content::advice(*outcome).sources {
            all.push((format!("outcome `{outcome}`"), source));
        }
    }
    for (entry, sources) in content::GLOSSARY.iter().zip(content::GLOSSARY_SOURCES) {
        for source in *sources {
            all.push((format!("glossary `{}`", entry.term), source));
        }
    }
    all
}

/// Why `source` does not hold, if it does not.
fn check(source: &Source) -> Result<(), String> {
    let document = document(source.doc);
    let quote = normalise(source.quote);
    if !document.words.contains(&quote) {
        return Err(format!("\"{quote}\" is not in {}", source.doc.file()));
    }
    let parts = document.place(source.place)?;
    if parts.iter().any(|part| part.contains(&quote)) {
        Ok(())
    } else {
        Err(format!(
            "\"{quote}\" is in {} but not under \"{}\"",
            source.doc.file(),
            source.place
        ))
    }
}

#[test]
fn every_quotation_is_in_the_guidance_under_the_place_it_names() {
    let wrong: Vec<String> = citations()
        .into_iter()
        .filter_map(|(used, source)| check(source).err().map(|why| format!("{used}: {why}")))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} citation(s) do not hold:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The check bites: a real quotation under the wrong heading, a heading the document does not
/// have, and a paragraph that does not say it all fail.
#[test]
fn a_quotation_under_the_wrong_place_or_a_missing_place_is_refused() {
    let quote = "If it is not clear whether the case meets the criteria for a designated officer \
                 referral, discuss it with the designated officer by telephone to agree a course \
                 of action.";
    let cite = |doc, place| Source { doc, place, quote };
    assert_eq!(check(&cite(Doc::OfstedStaff, "para 26")), Ok(()));
    assert_eq!(check(&cite(Doc::OfstedStaff, "paras 25-27")), Ok(()));
    assert!(
        check(&cite(Doc::OfstedStaff, "para 25"))
            .unwrap_err()
            .contains("not under")
    );
    assert!(
        check(&cite(Doc::OfstedStaff, "Escalation"))
            .unwrap_err()
            .contains("not under")
    );
    assert!(
        check(&cite(Doc::OfstedStaff, "para 99"))
            .unwrap_err()
            .contains("no paragraph")
    );

    let lado = "the LADO of the local authority area where the individual is engaged in work \
                with children holds responsibility";
    let cite = |place| Source {
        doc: Doc::LadoNotice,
        place,
        quote: lado,
    };
    assert!(
        check(&cite("Which LADO"))
            .unwrap_err()
            .contains("no paragraph, section or heading")
    );
    assert!(
        check(&cite("Confidentiality"))
            .unwrap_err()
            .contains("not under")
    );
    assert_eq!(check(&cite("Roles and Responsibilities")), Ok(()));
}

/// A heading's section ends where the next heading of its level begins, and a subheading is
/// found only inside its heading.
#[test]
fn places_are_read_from_the_documents_structure() {
    let notice = document(Doc::LadoNotice);
    let condition = notice.place("Referral to the DBS, Condition 1").unwrap();
    assert_eq!(condition.len(), 1);
    assert!(condition[0].starts_with("### **Condition 1**"));
    assert!(!condition[0].contains("Condition 2"));
    assert!(notice.place("Confidentiality, Condition 1").is_err());

    let handbook = document(Doc::SafeguardingHandbook);
    let section = handbook
        .place("Section 2, Procedures for handling concerns")
        .unwrap();
    // 003 has this section twice: in the policy, and in capitals in its annex.
    assert_eq!(section.len(), 2);
    for text in section {
        assert!(
            text.to_lowercase()
                .starts_with("2. procedures for handling concerns")
        );
        assert!(!text.contains("3. Working with children"));
    }
}

/// The glossary defines exactly the five outcomes 002 lists, in its order, each with the
/// definition 002 gives for that term.
#[test]
fn the_glossary_gives_002s_five_outcomes_each_with_its_own_definition() {
    let terms: Vec<&str> = content::GLOSSARY.iter().map(|entry| entry.term).collect();
    assert_eq!(
        terms,
        [
            "Substantiated",
            "False",
            "Malicious",
            "Unsubstantiated",
            "Unfounded"
        ]
    );
    assert_eq!(content::GLOSSARY_SOURCES.len(), content::GLOSSARY.len());
    for (entry, sources) in content::GLOSSARY.iter().zip(content::GLOSSARY_SOURCES) {
        assert!(!entry.meaning.is_empty() && !entry.for_records.is_empty());
        let definition = sources.first().expect("the definition is cited first");
        assert_eq!(definition.doc, Doc::LadoNotice);
        let as_listed = format!("**{}:** {}", entry.term, normalise(definition.quote));
        assert!(
            document(Doc::LadoNotice).words.contains(&as_listed),
            "`{}` is not defined in 002 as \"{}\"",
            entry.term,
            definition.quote
        );
    }
}

#[test]
fn link_markup_is_dropped_but_other_brackets_are_kept() {
    assert_eq!(
        normalise("the [LADO](#)(s) and the [Disclosure and Barring Service \\(DBS\\)](#) [sic]"),
        "the LADO(s) and the Disclosure and Barring Service (DBS) [sic]"
    );
    assert_eq!(
        normalise("\u{201c}employs\u{201d} [a\nb](#)"),
        "\"employs\" [a b](#)"
    );
}

/// The documents that give contact details: the guidance (004, the inspection framework, gives
/// none) and the current facts.
fn all_guidance() -> String {
    [
        Doc::OfstedStaff,
        Doc::RaisingConcerns,
        Doc::LadoNotice,
        Doc::SafeguardingHandbook,
        Doc::CurrentFacts,
    ]
    .into_iter()
    .map(|doc| document(doc).words.as_str())
    .collect::<Vec<_>>()
    .join(" ")
}

#[test]
fn every_phone_number_and_email_is_one_the_guidance_gives() {
    let all_guidance = all_guidance();
    let numbers_in_guidance = phone_numbers(&all_guidance);
    for outcome in Outcome::ALL {
        for contact in content::outcome(*outcome).contacts {
            for channel in contact.channels {
                let text = channel.text;
                match channel.kind {
                    ChannelKind::Phone => {
                        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                        assert!(
                            digits == "999" || numbers_in_guidance.contains(&digits),
                            "{text} on `{outcome}` is not in the guidance"
                        );
                        assert_eq!(channel.href, Some(format!("tel:{digits}").as_str()));
                    }
                    ChannelKind::Email => {
                        assert!(all_guidance.contains(text), "{text} is not in the guidance");
                        assert_eq!(channel.href, Some(format!("mailto:{text}").as_str()));
                    }
                    ChannelKind::Post => assert!(all_guidance.contains(text)),
                    ChannelKind::Web => {
                        assert!(all_guidance.contains(text), "{text} is not in the guidance");
                        assert_eq!(channel.href, Some(format!("https://{text}").as_str()));
                    }
                }
            }
        }
    }
}

/// Every word a person reads on a question or outcome page, in the glossary and in the static
/// fallback.
fn all_wording() -> Vec<(String, &'static str)> {
    let mut wording = Vec::new();
    for text in content::QUESTIONS {
        let place = format!("question `{}`", text.question);
        for words in words_of::question_words(text) {
            wording.push((place.clone(), words));
        }
    }
    for words in words_of::glossary_words() {
        wording.push(("the glossary".to_owned(), words));
    }
    for text in content::OUTCOMES {
        let place = format!("outcome `{}`", text.outcome);
        for words in words_of::outcome_words(text, content::advice(text.outcome)) {
            wording.push((place.clone(), words));
        }
    }
    let fallback = &content::FALLBACK;
    for words in [fallback.intro]
        .into_iter()
        .chain(fallback.sections.iter().flat_map(|section| {
            [section.heading]
                .into_iter()
                .chain(section.paragraphs.iter().copied())
        }))
    {
        wording.push(("content/fallback.toml".to_owned(), words));
    }
    wording
}

/// A number or address written into a step ("Call Ofsted on 0300 123 1231") must be one the
/// guidance gives, just as a contact's must.
#[test]
fn every_phone_number_and_email_in_the_wording_is_one_the_guidance_gives() {
    let all_guidance = all_guidance();
    let numbers_in_guidance = phone_numbers(&all_guidance);
    for (place, words) in all_wording() {
        for number in phone_numbers(words) {
            assert!(
                number.len() < 5 || numbers_in_guidance.contains(&number),
                "{place} gives the number {number}, which is not in the guidance"
            );
        }
        for word in words.split_whitespace().filter(|word| word.contains('@')) {
            let address = word.trim_end_matches(['.', ',', ';', ':', ')']);
            assert!(
                all_guidance.contains(address),
                "{place} gives the address {address}, which is not in the guidance"
            );
        }
    }
}

#[test]
fn every_guidance_file_named_is_there() {
    for doc in Doc::ALL {
        assert!(!document(doc).words.is_empty(), "{} is empty", doc.file());
    }
}

/// Every run of digits in `text`, where single spaces may split a run (`0300 123 1231`), with
/// the spaces taken out.
fn phone_numbers(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if c == ' ' && !current.is_empty() && chars.peek().is_some_and(char::is_ascii_digit)
        {
            continue;
        } else if !current.is_empty() {
            numbers.push(std::mem::take(&mut current));
        }
    }
    numbers.push(current);
    numbers
}
