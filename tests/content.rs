//! The wording matches the routing, and every citation is really in the guidance it cites.

use signpost::content::{self, Channel, Doc, Source};
use signpost::core::{FLOWS, Outcome};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

const DOCS: [Doc; 5] = [
    Doc::OfstedStaff,
    Doc::RaisingConcerns,
    Doc::LadoNotice,
    Doc::SafeguardingHandbook,
    Doc::InspectionFramework,
];

/// The document's text, normalised; each is read once, however many quotations it is searched
/// for.
fn guidance(doc: Doc) -> &'static str {
    static READ: OnceLock<Vec<(Doc, String)>> = OnceLock::new();
    let read = READ.get_or_init(|| {
        DOCS.iter()
            .map(|doc| {
                let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                    .join("../shared/guidance")
                    .join(doc.file());
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
                (*doc, normalise(&text))
            })
            .collect()
    });
    read.iter()
        .find(|(read, _)| *read == doc)
        .map(|(_, text)| text.as_str())
        .expect("every document is read")
}

/// The guidance as plain words: link markup (`[LADO](#)`, `[Disclosure and Barring Service
/// \(DBS\)](#)`) and underlining dropped, typographic quotes made plain, and all white space as
/// single spaces, so a quotation can be matched across lines.
fn normalise(text: &str) -> String {
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

fn assert_quoted(where_: &str, source: &Source) {
    let quote = normalise(source.quote);
    assert!(
        guidance(source.doc).contains(&quote),
        "{where_} quotes {} ({}) as \"{quote}\", which is not in it",
        source.doc.file(),
        source.place
    );
}

/// A question asked in several flows (`immediate-danger`) has one wording, which must match the
/// routing in each.
#[test]
fn every_question_and_answer_in_the_graph_has_wording_and_nothing_is_left_over() {
    let mut worded = BTreeSet::new();
    for flow in FLOWS {
        for node in flow.questions {
            let text = content::question(node.question);
            let routed: Vec<&str> = node.branches.iter().map(|b| b.answer).collect();
            let shown: Vec<&str> = text.answers.iter().map(|a| a.id).collect();
            assert_eq!(
                shown, routed,
                "answers of `{}` in `{}` differ from the routing",
                node.question, flow.id
            );
            worded.insert(node.question);
        }
    }
    assert_eq!(
        worded.len(),
        content::QUESTIONS.len(),
        "wording for a question no flow asks"
    );
}

#[test]
fn every_outcome_has_exactly_one_page_with_steps_contacts_and_confidentiality() {
    for outcome in Outcome::ALL {
        let pages = content::OUTCOMES
            .iter()
            .filter(|t| t.outcome == *outcome)
            .count();
        assert_eq!(pages, 1, "`{outcome}` has {pages} pages");
        let text = content::outcome(*outcome);
        assert!(!text.steps.is_empty(), "`{outcome}` has no steps");
        assert!(!text.contacts.is_empty(), "`{outcome}` has no contacts");
        assert!(
            !text.note_down.is_empty(),
            "`{outcome}` says nothing to note down"
        );
        assert!(
            !text.what_happens_next.is_empty(),
            "`{outcome}` says nothing of what next"
        );
        assert!(
            !text.confidentiality.is_empty(),
            "`{outcome}` is silent on confidentiality"
        );
    }
}

#[test]
fn every_question_and_outcome_cites_guidance_that_says_what_is_quoted() {
    for flow in FLOWS {
        for node in flow.questions {
            let text = content::question(node.question);
            assert!(
                !text.sources.is_empty(),
                "`{}` cites nothing",
                node.question
            );
            for source in text.sources {
                assert_quoted(&format!("question `{}`", node.question), source);
            }
        }
    }
    for outcome in Outcome::ALL {
        let text = content::outcome(*outcome);
        assert!(!text.sources.is_empty(), "`{outcome}` cites nothing");
        for source in text.sources {
            assert_quoted(&format!("outcome `{outcome}`"), source);
        }
    }
}

/// The four documents that give contact details (004, the inspection framework, gives none).
fn all_guidance() -> String {
    [
        Doc::OfstedStaff,
        Doc::RaisingConcerns,
        Doc::LadoNotice,
        Doc::SafeguardingHandbook,
    ]
    .into_iter()
    .map(guidance)
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
                match channel {
                    Channel::Phone(number) => {
                        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
                        assert!(
                            digits == "999" || numbers_in_guidance.contains(&digits),
                            "{number} on `{outcome}` is not in the guidance"
                        );
                        assert_eq!(channel.href().unwrap(), format!("tel:{digits}"));
                    }
                    Channel::Email(address) => {
                        assert!(
                            all_guidance.contains(address),
                            "{address} is not in the guidance"
                        );
                        assert_eq!(channel.href().unwrap(), format!("mailto:{address}"));
                    }
                    Channel::Post(address) => assert!(all_guidance.contains(address)),
                    Channel::Web(address) => {
                        assert!(
                            all_guidance.contains(address),
                            "{address} is not in the guidance"
                        )
                    }
                }
            }
        }
    }
}

/// The glossary defines exactly the five outcomes 002 lists, in its order, each with the
/// definition 002 gives for that term, and every quotation is in 002.
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
    for entry in content::GLOSSARY {
        assert!(!entry.meaning.is_empty() && !entry.for_records.is_empty());
        let definition = entry
            .sources
            .first()
            .expect("the definition is cited first");
        assert_eq!(definition.doc, Doc::LadoNotice);
        let as_listed = format!("**{}:** {}", entry.term, normalise(definition.quote));
        assert!(
            guidance(Doc::LadoNotice).contains(&as_listed),
            "`{}` is not defined in 002 as \"{}\"",
            entry.term,
            definition.quote
        );
        for source in entry.sources {
            assert_quoted(&format!("glossary `{}`", entry.term), source);
        }
    }
}

/// Every word a person reads on a question or outcome page, and in the glossary.
fn all_wording() -> Vec<(String, &'static str)> {
    let mut wording = Vec::new();
    for text in content::QUESTIONS {
        let place = format!("question `{}`", text.question);
        let answers = text
            .answers
            .iter()
            .flat_map(|answer| [Some(answer.label), answer.hint]);
        for words in [Some(text.title), text.hint, Some(text.error)]
            .into_iter()
            .chain(answers)
            .flatten()
        {
            wording.push((place.clone(), words));
        }
    }
    for entry in content::GLOSSARY {
        let place = format!("glossary `{}`", entry.term);
        for words in [entry.term, entry.meaning]
            .into_iter()
            .chain(entry.for_records.iter().copied())
        {
            wording.push((place.clone(), words));
        }
    }
    for text in content::OUTCOMES {
        let place = format!("outcome `{}`", text.outcome);
        let contacts = text
            .contacts
            .iter()
            .flat_map(|contact| [Some(contact.name), contact.hours, contact.note]);
        for words in [Some(text.title), Some(text.lead)]
            .into_iter()
            .chain(contacts)
            .flatten()
            .chain(text.steps.iter().copied())
            .chain(text.note_down.iter().copied())
            .chain(text.what_happens_next.iter().copied())
            .chain(text.confidentiality.iter().copied())
        {
            wording.push((place.clone(), words));
        }
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
    for doc in DOCS {
        assert!(!guidance(doc).is_empty(), "{} is empty", doc.file());
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
