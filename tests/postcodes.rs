//! The postcode table (`assets/councils.txt`) against postcodes taken from its source, the ONS
//! Postcode Directory, with their council worked out from the source alone by
//! `scripts/councils.py` (`tests/data/postcode-sample.txt`), never from the table.

use signpost::content::COUNCILS;
use signpost::council::postcodes::{Found, Nation, Place, Postcode, Table};

fn table() -> Table {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/councils.txt"))
        .expect("the table is in the repository");
    Table::parse(text.leak()).expect("the table is this build's edition and names known councils")
}

/// Each postcode of the sample, with the place the source puts it in.
fn sample() -> Vec<(Postcode, Place)> {
    let text = include_str!("data/postcode-sample.txt");
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| {
            let (postcode, code) = line.split_once(' ').expect("postcode, then council");
            let place = match code {
                "W" => Place::Nation(Nation::Wales),
                "S" => Place::Nation(Nation::Scotland),
                "N" => Place::Nation(Nation::NorthernIreland),
                "L" => Place::Nation(Nation::ChannelIslands),
                "M" => Place::Nation(Nation::IsleOfMan),
                code => Place::Council(
                    COUNCILS
                        .iter()
                        .find(|council| council.code == code)
                        .unwrap_or_else(|| panic!("{code} is not one of the app's councils")),
                ),
            };
            (
                Postcode::read(postcode).expect("the source's postcodes are well formed"),
                place,
            )
        })
        .collect()
}

#[test]
fn every_postcode_of_the_sample_is_found_in_its_own_council() {
    let (table, sample) = (table(), sample());
    assert!(
        sample.len() >= 2500,
        "the sample has {} postcodes",
        sample.len()
    );
    for (postcode, place) in &sample {
        assert_eq!(
            table.find(postcode),
            Found::One(*place),
            "{}",
            postcode.written()
        );
    }
}

#[test]
fn the_first_part_alone_names_every_council_it_may_be_and_the_right_one_among_them() {
    let (table, sample) = (table(), sample());
    let mut shared = 0;
    for (postcode, place) in &sample {
        let Postcode::Full { outward, .. } = postcode else {
            unreachable!("the sample's postcodes are whole");
        };
        match table.find(&Postcode::Outward(outward.clone())) {
            Found::One(one) => assert_eq!(one, *place, "{outward}"),
            Found::Several(places) => {
                shared += 1;
                assert!(
                    places.contains(place),
                    "{outward}: {places:?} leaves out {place:?}"
                );
            }
            Found::Unknown => panic!("{outward} is not in the table"),
        }
    }
    assert!(
        shared > 0,
        "no postcode district of the sample spans two councils"
    );
}

#[test]
fn the_sample_covers_every_nation_but_the_islands_and_mostly_english_councils() {
    let sample = sample();
    for nation in [Nation::Wales, Nation::Scotland, Nation::NorthernIreland] {
        assert!(
            sample
                .iter()
                .any(|(_, place)| *place == Place::Nation(nation)),
            "no postcode in {nation:?}"
        );
    }
    let councils = sample
        .iter()
        .filter(|(_, place)| matches!(place, Place::Council(_)));
    assert!(councils.count() > 2000);
}

/// The sample has a postcode in each council (scripts/councils.py), so none is out of reach.
#[test]
fn every_council_is_found_for_some_postcode() {
    let (table, sample) = (table(), sample());
    for council in COUNCILS {
        assert!(
            sample
                .iter()
                .any(|(postcode, _)| table.find(postcode) == Found::One(Place::Council(council))),
            "no sample postcode is in {}",
            council.name
        );
    }
}

#[test]
fn a_sector_the_table_does_not_have_is_unknown_and_another_edition_is_refused() {
    let table = table();
    assert_eq!(
        table.find(&Postcode::read("ZZ9 9ZZ").unwrap()),
        Found::Unknown
    );
    assert_eq!(table.find(&Postcode::read("QQ1").unwrap()), Found::Unknown);
    assert!(Table::parse("signpost-councils January 1999\nE06000001\nAB1 0 0\nend 1\n").is_none());
    let edition = signpost::content::COUNCILS_EDITION;
    let good = format!("signpost-councils {edition}\nE06000001 W\nAB1 0 0 1:AA\nend 1\n");
    assert!(Table::parse(good.clone().leak()).is_some());
    let top = format!("signpost-councils {edition}\nE06000001 W\n");
    for bad in [
        format!("signpost-councils {edition}\nE99999999\nAB1 0 0\nend 1\n"),
        format!("{top}AB1 0 7\nend 1\n"),
        format!("{top}AB1 0 0 3:AA\nend 1\n"),
        // Cut short: no count, or a count that does not match.
        format!("{top}AB1 0 0 1:AA\n"),
        format!("{top}AB1 0 0 1:AA\nAB1 1 0\nend 1\n"),
        // Lines not of the table's form.
        format!("{top}AB1 0\nend 1\n"),
        format!("{top}AB1 X 0\nend 1\n"),
        format!("{top}AB1 0 0 1:A\nend 1\n"),
        format!("{top}AB1 0 0 1:\nend 1\n"),
        format!("{top}AB1 0 0 1:aa\nend 1\n"),
        format!("{top}A1BCD 0 0\nend 1\n"),
    ] {
        assert!(Table::parse(bad.clone().leak()).is_none(), "{bad}");
    }
}
