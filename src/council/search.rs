//! What "Find the council" says for what a person typed: an error, or the council (or councils,
//! or nation) the postcode table gives, with why a county council runs children's social care
//! and what the host's own numbers are for; and, on the set-up page, the setting's council from
//! its postcode. Plain Rust, so every answer is tested natively; the app only draws them
//! (`app::views::find_council`, `app::views::set_up_page`).

use crate::content::Council;
use crate::content::pages::{find_council as words, set_up};
use crate::council::postcodes::{Found, Nation, NotAPostcode, Place, Postcode, Table};

/// What the question shows after Find the council is pressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    Nothing,
    /// The error message, for the summary and the field.
    Problem(&'static str),
    Answer(Answer),
}

/// The answer: a first line in bold, the places it may be (where there are several), then what
/// to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub lead: String,
    pub places: Vec<&'static str>,
    pub lines: Vec<String>,
}

/// Looks up `typed` in `table`: none while it has not come, or if it `failed` to. `numbers_for` is
/// the council whose numbers the host gave, where the page shows them.
pub fn search(
    typed: &str,
    table: Option<&Table>,
    failed: bool,
    numbers_for: Option<&'static Council>,
) -> Shown {
    let (written, found) = match look_up(typed, table, failed) {
        Ok(looked_up) => looked_up,
        Err(problem) => return Shown::Problem(problem),
    };
    let postcode = written.as_str();
    let answer = match found {
        Found::Unknown => return Shown::Problem(words::ERROR_UNKNOWN),
        Found::One(Place::Council(council)) => {
            let mut lines = Vec::new();
            if council.code.starts_with("E10") {
                lines.push(words::two_tier(council.name));
            }
            lines.push(words::contact(council.name));
            if let Some(area) = numbers_for {
                lines.push(if area == council {
                    words::host_numbers_here(council.name)
                } else {
                    words::host_numbers_elsewhere(area.name, council.name)
                });
            }
            Answer {
                lead: words::one(postcode, council.name),
                places: Vec::new(),
                lines,
            }
        }
        Found::One(Place::Nation(nation)) => Answer {
            lead: match nation {
                Nation::Wales => words::wales(postcode),
                Nation::Scotland => words::scotland(postcode),
                Nation::NorthernIreland => words::northern_ireland(postcode),
                Nation::ChannelIslands | Nation::IsleOfMan => words::islands(postcode),
            },
            places: Vec::new(),
            lines: Vec::new(),
        },
        Found::Several(places) => Answer {
            lead: words::several(postcode),
            places: places.into_iter().map(place_name).collect(),
            lines: vec![words::SEVERAL_HOW.to_owned()],
        },
    };
    Shown::Answer(answer)
}

/// `typed` read as a postcode, as it is written, and what `table` says of it; or the error
/// message: not a postcode, or no table (none while it has not come, or if it `failed` to).
fn look_up(
    typed: &str,
    table: Option<&Table>,
    failed: bool,
) -> Result<(String, Found), &'static str> {
    let postcode = Postcode::read(typed).map_err(|problem| match problem {
        NotAPostcode::Empty => words::ERROR_EMPTY,
        NotAPostcode::Malformed => words::ERROR_MALFORMED,
    })?;
    let table = table.ok_or(if failed {
        words::FAILED
    } else {
        words::NOT_READY
    })?;
    Ok((postcode.written(), table.find(&postcode)))
}

/// A council by name, or a nation.
fn place_name(place: Place) -> &'static str {
    match place {
        Place::Council(council) => council.name,
        Place::Nation(Nation::Wales) => words::WALES_NAME,
        Place::Nation(Nation::Scotland) => words::SCOTLAND_NAME,
        Place::Nation(Nation::NorthernIreland) => words::NORTHERN_IRELAND_NAME,
        Place::Nation(Nation::ChannelIslands) => words::CHANNEL_ISLANDS_NAME,
        Place::Nation(Nation::IsleOfMan) => words::ISLE_OF_MAN_NAME,
    }
}

/// What finding a setting's council from its postcode gives, on the set-up page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AreaFound {
    /// The council, to fill in as the setting's area, and what to say.
    Council(&'static Council, String),
    /// No one council: what to say instead.
    NotOne(String),
    /// The error message, for the field.
    Problem(&'static str),
}

/// Looks up the setting's postcode `typed` in `table`, as `search` does.
pub fn area(typed: &str, table: Option<&Table>, failed: bool) -> AreaFound {
    let (written, found) = match look_up(typed, table, failed) {
        Ok(looked_up) => looked_up,
        Err(problem) => return AreaFound::Problem(problem),
    };
    match found {
        Found::Unknown => AreaFound::Problem(words::ERROR_UNKNOWN),
        Found::One(Place::Council(council)) => {
            AreaFound::Council(council, set_up::postcode_found(&written, council.name))
        }
        Found::One(Place::Nation(_)) => AreaFound::NotOne(set_up::postcode_outside(&written)),
        Found::Several(places) => {
            let names: Vec<&str> = places.into_iter().map(place_name).collect();
            AreaFound::NotOne(set_up::postcode_several(&written, &names.join(", ")))
        }
    }
}
