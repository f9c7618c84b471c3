//! Find the council: the postcode table the app fetches, read ([`postcodes`]), and what the
//! question says of what a person typed ([`search`]), with nothing sent anywhere. Plain Rust,
//! tested natively.

pub mod postcodes;
pub mod search;
