//! Which council runs children's services where a postcode is: read from the postcode table
//! the app fetches after its first screen (`assets/councils.txt`, written from the ONS Postcode
//! Directory by `scripts/councils.py`). The table is the same file for every visitor, and the
//! postcode a person types is looked up here, in the page, and sent nowhere.
//!
//! The table has a line for each postcode sector (`SW1A 1`): the outward code, the sector's
//! digit, the number of the council most of its postcodes are in, then each other council's
//! number with the last two letters of its postcodes there (`B1 1 84 87:AAAD`). The numbers
//! count along the line of ONS codes at its top; a letter there (`W`, `S`, `N`, `L`, `M`) is a
//! nation outside England. The last line, `end` and the number of sectors, shows it came whole.

use crate::content::{COUNCILS, Council};

/// The table's file, beside the app.
pub const FILE: &str = "councils.txt";

/// The table's address: its edition in the query, so a browser never keeps a copy of another.
pub fn address() -> String {
    let edition = crate::content::COUNCILS_EDITION.replace(' ', "-");
    format!("{FILE}?v={edition}")
}

/// Where the council areas come from, with the table's edition, as the Open Government Licence
/// asks of those who use the ONS Postcode Directory.
pub fn data_line() -> String {
    let edition = crate::content::COUNCILS_EDITION;
    let year = edition.rsplit(' ').next().unwrap_or(edition);
    crate::content::pages::find_council::data(edition, year)
}

/// A postcode as a person typed it, read: the whole postcode, or only its first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Postcode {
    /// `SW1A 2AA`: the outward code, the sector's digit and the last two letters.
    Full {
        outward: String,
        sector: char,
        unit: String,
    },
    /// `SW1A`: the first part only, which may span several councils.
    Outward(String),
}

/// Why what was typed is not a postcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAPostcode {
    Empty,
    Malformed,
}

impl Postcode {
    /// Reads a postcode whatever its case and spacing: `sw1a2aa`, ` SW1A  2AA `, `SW1A`. A space
    /// inside must be the one before the last three characters: `B1 1` is part of a postcode in
    /// B1, not the district B11, so it is refused rather than read as another place.
    pub fn read(typed: &str) -> Result<Postcode, NotAPostcode> {
        let parts: Vec<&str> = typed.split_whitespace().collect();
        let spaced_right = match parts.as_slice() {
            [] => return Err(NotAPostcode::Empty),
            [_] => true,
            [_, inward] => inward.chars().count() == 3,
            _ => false,
        };
        if !spaced_right {
            return Err(NotAPostcode::Malformed);
        }
        let compact: String = parts.concat().to_ascii_uppercase();
        if compact.len() > 7 || !compact.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(NotAPostcode::Malformed);
        }
        if is_outward(&compact) {
            return Ok(Postcode::Outward(compact));
        }
        let Some(split) = compact.len().checked_sub(3) else {
            return Err(NotAPostcode::Malformed);
        };
        let (outward, inward) = compact.split_at(split);
        let inward: Vec<char> = inward.chars().collect();
        let well_formed = is_outward(outward)
            && inward.len() == 3
            && inward[0].is_ascii_digit()
            && inward[1..].iter().all(char::is_ascii_uppercase);
        if !well_formed {
            return Err(NotAPostcode::Malformed);
        }
        Ok(Postcode::Full {
            outward: outward.to_owned(),
            sector: inward[0],
            unit: inward[1..].iter().collect(),
        })
    }

    /// As it is written: `SW1A 2AA`, or `SW1A`.
    pub fn written(&self) -> String {
        match self {
            Postcode::Full {
                outward,
                sector,
                unit,
            } => format!("{outward} {sector}{unit}"),
            Postcode::Outward(outward) => outward.clone(),
        }
    }
}

/// A postcode's first part: one or two letters, a digit, and a letter or digit or nothing
/// (`B1`, `SW1A`, `M60`, `EC1V`).
fn is_outward(text: &str) -> bool {
    let bytes = text.as_bytes();
    let letters = bytes.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let rest = &bytes[letters..];
    (1..=2).contains(&letters)
        && matches!(rest.len(), 1 | 2)
        && rest[0].is_ascii_digit()
        && rest.get(1).is_none_or(u8::is_ascii_alphanumeric)
}

/// Where children's services for a postcode are run from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// One of England's councils with children's services.
    Council(&'static Council),
    /// Outside England, where Signpost's councils end.
    Nation(Nation),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nation {
    Wales,
    Scotland,
    NorthernIreland,
    ChannelIslands,
    IsleOfMan,
}

/// What the table says of a postcode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    One(Place),
    /// The first part of a postcode whose sectors are in more than one place: each of them, in
    /// the table's order. The whole postcode settles which.
    Several(Vec<Place>),
    /// The table has no such postcode sector.
    Unknown,
}

/// The postcode table, read.
#[derive(Debug)]
pub struct Table {
    places: Vec<Place>,
    sectors: Vec<&'static str>,
}

impl Table {
    /// Reads the table, or nothing if it is not this build's edition, names a council this build
    /// does not know, has a line not of its form, or is cut short: a table that could name the
    /// wrong council is never used.
    pub fn parse(text: &'static str) -> Option<Table> {
        let mut lines = text.lines().filter(|line| !line.starts_with('#'));
        let edition = lines.next()?.strip_prefix("signpost-councils ")?;
        if edition != crate::content::COUNCILS_EDITION {
            return None;
        }
        let places = lines
            .next()?
            .split(' ')
            .map(place)
            .collect::<Option<Vec<Place>>>()?;
        let mut sectors: Vec<&'static str> = lines.collect();
        // The last line counts the sectors: a file cut short is refused, never half read.
        let count = sectors.pop()?.strip_prefix("end ")?.parse::<usize>().ok()?;
        let number = |text: &str| text.parse::<usize>().is_ok_and(|n| n < places.len());
        let valid = count == sectors.len()
            && sectors.iter().all(|line| {
                let fields: Vec<&str> = line.split(' ').collect();
                let [outward, digit, main, others @ ..] = fields.as_slice() else {
                    return false;
                };
                is_outward(outward)
                    && digit.len() == 1
                    && digit.bytes().all(|b| b.is_ascii_digit())
                    && number(main)
                    && others.iter().all(|other| {
                        other.split_once(':').is_some_and(|(n, units)| {
                            number(n)
                                && !units.is_empty()
                                && units.len() % 2 == 0
                                && units.bytes().all(|b| b.is_ascii_uppercase())
                        })
                    })
            });
        valid.then_some(Table { places, sectors })
    }

    /// The council, or councils, for a postcode.
    pub fn find(&self, postcode: &Postcode) -> Found {
        let mut found: Vec<Place> = Vec::new();
        let mut add = |place: Place| {
            if !found.contains(&place) {
                found.push(place);
            }
        };
        match postcode {
            Postcode::Full {
                outward,
                sector,
                unit,
            } => {
                let Some(line) = self.sector(outward, *sector) else {
                    return Found::Unknown;
                };
                add(self.place_of(line, unit));
            }
            Postcode::Outward(outward) => {
                for line in self.sectors_of(outward) {
                    for number in line.split(' ').skip(2) {
                        add(self.place(number.split(':').next().unwrap_or("")));
                    }
                }
            }
        }
        match found.len() {
            0 => Found::Unknown,
            1 => Found::One(found[0]),
            _ => Found::Several(found),
        }
    }

    fn sectors_of<'a>(&'a self, outward: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        self.sectors
            .iter()
            .copied()
            .filter(move |line| line.split(' ').next() == Some(outward))
    }

    fn sector(&self, outward: &str, digit: char) -> Option<&'static str> {
        self.sectors_of(outward)
            .find(|line| line.split(' ').nth(1) == Some(digit.encode_utf8(&mut [0; 4])))
    }

    /// The place of a postcode whose sector's line is `line` and whose last two letters are
    /// `unit`: the other council that lists it, or the sector's main one.
    fn place_of(&self, line: &str, unit: &str) -> Place {
        let mut fields = line.split(' ').skip(2);
        let main = fields.next().unwrap_or("");
        let other = fields.find_map(|field| {
            let (number, units) = field.split_once(':')?;
            let listed = units.as_bytes().chunks(2).any(|u| u == unit.as_bytes());
            listed.then_some(number)
        });
        self.place(other.unwrap_or(main))
    }

    /// The place a number in a line stands for; `parse` checked every number, so the fallback is
    /// never taken.
    fn place(&self, number: &str) -> Place {
        self.places[number.parse::<usize>().unwrap_or(0)]
    }
}

/// An ONS code, or a nation's letter, from the table's top line.
fn place(code: &str) -> Option<Place> {
    let nation = match code {
        "W" => Nation::Wales,
        "S" => Nation::Scotland,
        "N" => Nation::NorthernIreland,
        "L" => Nation::ChannelIslands,
        "M" => Nation::IsleOfMan,
        _ => {
            return COUNCILS
                .iter()
                .find(|council| council.code == code)
                .map(Place::Council);
        }
    };
    Some(Place::Nation(nation))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(outward: &str, sector: char, unit: &str) -> Postcode {
        Postcode::Full {
            outward: outward.into(),
            sector,
            unit: unit.into(),
        }
    }

    #[test]
    fn a_postcode_is_read_whatever_its_case_and_spacing() {
        for typed in ["SW1A 2AA", "sw1a2aa", "  Sw1A   2aA ", "SW1A\t2AA"] {
            assert_eq!(
                Postcode::read(typed),
                Ok(full("SW1A", '2', "AA")),
                "{typed:?}"
            );
        }
        assert_eq!(Postcode::read("b1 1aa"), Ok(full("B1", '1', "AA")));
        assert_eq!(Postcode::read("M601AA"), Ok(full("M60", '1', "AA")));
        assert_eq!(Postcode::read("ec1v"), Ok(Postcode::Outward("EC1V".into())));
        assert_eq!(Postcode::read("ls1"), Ok(Postcode::Outward("LS1".into())));
        assert_eq!(full("SW1A", '2', "AA").written(), "SW1A 2AA");
    }

    #[test]
    fn what_is_not_a_postcode_is_refused() {
        assert_eq!(Postcode::read("   "), Err(NotAPostcode::Empty));
        for typed in [
            "SW1A 2A",
            "12345",
            "SW1A 22A",
            "S",
            "SWA",
            "SW1A 2AAA",
            "ABC1 1AA",
            "SW1A 1",
            "<b>",
            "SW1A-2AA",
            "££",
            "1AA",
            "ǅ1 1AA",
        ] {
            assert_eq!(
                Postcode::read(typed),
                Err(NotAPostcode::Malformed),
                "{typed:?}"
            );
        }
    }
}
