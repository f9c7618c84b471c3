//! What Find the council says, for every postcode of the sample (`tests/data/postcode-sample.txt`,
//! from the ONS Postcode Directory) and for what is not one; and the set-up page's council found
//! from a setting's postcode.

use signpost::content::COUNCILS;
use signpost::content::pages::{find_council as words, set_up};
use signpost::council::postcodes::Table;
use signpost::council::search::{AreaFound, Shown, area, search};

fn table() -> Table {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/councils.txt"))
        .expect("the table is in the repository");
    Table::parse(text.leak()).expect("this build's table")
}

/// Each sample postcode as the directory writes it ("SW1A2AA"), with its ONS code or nation letter.
fn sample() -> Vec<(String, String)> {
    include_str!("data/postcode-sample.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| {
            let (postcode, code) = line.split_once(' ').expect("postcode, then council");
            (postcode.to_owned(), code.to_owned())
        })
        .collect()
}

fn spaced(postcode: &str) -> String {
    let (outward, inward) = postcode.split_at(postcode.len() - 3);
    format!("{outward} {inward}")
}

fn name(code: &str) -> &'static str {
    COUNCILS
        .iter()
        .find(|council| council.code == code)
        .map_or("", |council| council.name)
}

#[test]
fn every_sample_postcode_is_answered_with_its_council_or_nation() {
    let (table, none) = (table(), None);
    for (postcode, code) in sample() {
        let Shown::Answer(answer) = search(&postcode.to_lowercase(), Some(&table), false, none)
        else {
            panic!("{postcode}: no answer");
        };
        let written = spaced(&postcode);
        let lead = match code.as_str() {
            "W" => words::wales(&written),
            "S" => words::scotland(&written),
            "N" => words::northern_ireland(&written),
            "L" | "M" => words::islands(&written),
            code => words::one(&written, name(code)),
        };
        assert_eq!(answer.lead, lead, "{postcode}");
        assert!(answer.places.is_empty());
        if code.len() > 1 {
            let county = words::two_tier(name(&code));
            assert_eq!(
                answer.lines.contains(&county),
                code.starts_with("E10"),
                "{postcode}"
            );
            assert!(answer.lines.contains(&words::contact(name(&code))));
        }
    }
}

#[test]
fn what_is_not_a_known_postcode_is_an_error_and_a_missing_table_says_so() {
    let (table, none) = (table(), None);
    let problem = |typed: &str| search(typed, Some(&table), false, none);
    assert_eq!(problem(" "), Shown::Problem(words::ERROR_EMPTY));
    assert_eq!(problem("12345"), Shown::Problem(words::ERROR_MALFORMED));
    assert_eq!(problem("ZZ9 9ZZ"), Shown::Problem(words::ERROR_UNKNOWN));
    assert_eq!(
        search("SW1A 2AA", None, false, none),
        Shown::Problem(words::NOT_READY)
    );
    assert_eq!(
        search("SW1A 2AA", None, true, none),
        Shown::Problem(words::FAILED)
    );
}

#[test]
fn the_hosts_numbers_are_said_to_be_for_the_council_found_or_for_another() {
    let table = table();
    let (postcode, code) = sample()
        .into_iter()
        .find(|(_, code)| code.starts_with("E0"))
        .unwrap();
    let elsewhere = COUNCILS
        .iter()
        .find(|council| council.code != code)
        .unwrap();
    let here = COUNCILS
        .iter()
        .find(|council| council.code == code)
        .unwrap();
    for (area, line) in [
        (here, words::host_numbers_here(here.name)),
        (
            elsewhere,
            words::host_numbers_elsewhere(elsewhere.name, here.name),
        ),
    ] {
        let Shown::Answer(answer) = search(&postcode, Some(&table), false, Some(area)) else {
            panic!("no answer");
        };
        assert_eq!(answer.lines.last(), Some(&line));
    }
    // Without numbers of the host's on the page, the answer says nothing of them.
    let Shown::Answer(answer) = search(&postcode, Some(&table), false, None) else {
        panic!("no answer");
    };
    assert_eq!(answer.lines.last(), Some(&words::contact(here.name)));
}

#[test]
fn the_first_part_of_a_shared_postcode_lists_every_council_and_says_how_to_tell() {
    let (table, none) = (table(), None);
    let mut shared = 0;
    for (postcode, code) in sample().iter().filter(|(_, code)| code.len() > 1) {
        let outward = &postcode[..postcode.len() - 3];
        if let Shown::Answer(answer) = search(outward, Some(&table), false, none)
            && !answer.places.is_empty()
        {
            shared += 1;
            assert_eq!(answer.lead, words::several(outward));
            assert!(
                answer.places.contains(&name(code)),
                "{outward} leaves out {code}"
            );
            assert_eq!(answer.lines, [words::SEVERAL_HOW]);
        }
    }
    assert!(shared > 100, "only {shared} shared districts");
}

#[test]
fn the_set_up_page_fills_in_the_council_found_and_only_one() {
    let table = table();
    for (postcode, code) in sample().into_iter().take(300) {
        let found = area(&postcode, Some(&table), false);
        let written = spaced(&postcode);
        match code.as_str() {
            "W" | "S" | "N" | "L" | "M" => {
                assert_eq!(found, AreaFound::NotOne(set_up::postcode_outside(&written)))
            }
            code => {
                let council = COUNCILS
                    .iter()
                    .find(|council| council.code == code)
                    .unwrap();
                assert_eq!(
                    found,
                    AreaFound::Council(council, set_up::postcode_found(&written, council.name))
                );
            }
        }
    }
    assert_eq!(
        area("", Some(&table), false),
        AreaFound::Problem(words::ERROR_EMPTY)
    );
    // The first part of a shared postcode fills in nothing, and names each council.
    let (outward, places) = sample()
        .iter()
        .map(|(postcode, _)| postcode[..postcode.len() - 3].to_owned())
        .find_map(
            |outward| match search(&outward, Some(&table), false, None) {
                Shown::Answer(answer) if !answer.places.is_empty() => {
                    Some((outward, answer.places))
                }
                _ => None,
            },
        )
        .expect("a shared district in the sample");
    assert_eq!(
        area(&outward, Some(&table), false),
        AreaFound::NotOne(set_up::postcode_several(&outward, &places.join(", ")))
    );
}
