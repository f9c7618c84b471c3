//! The shape of each kind of content file, as TOML. Field names are kebab-case, as a writer sees
//! them; an unknown field is an error, so a misspelt one is never silently ignored.

use serde::Deserialize;
use std::collections::BTreeMap;

/// An item of a list: a text, or `{ list = "name" }` for the items of a shared list.
#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = "a text in quotes, or { list = \"name\" } for a shared list"
)]
pub enum Item {
    Text(String),
    Shared(ListRef),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRef {
    pub list: String,
}

/// A citation: written out, or `cite = "name"` for one in `content/shared/citations.toml`.
#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = "doc, place and quote, or cite = \"name\" for a shared citation"
)]
pub enum SourceEntry {
    Written(Citation),
    Shared(CiteRef),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The document's number: `000` to `004`.
    pub doc: String,
    pub place: String,
    pub quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteRef {
    pub cite: String,
}

/// `content/outcomes/<id>.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct OutcomeFile {
    pub title: String,
    pub lead: String,
    pub steps: Vec<Item>,
    pub contacts: Vec<String>,
    pub note_down: Vec<Item>,
    pub what_happens_next: Vec<Item>,
    pub confidentiality: Vec<Item>,
    #[serde(default)]
    pub setting_checks: bool,
    /// Other outcome pages the steps send the person on to, by ID.
    #[serde(default)]
    pub see_also: Vec<String>,
    pub sources: Vec<SourceEntry>,
    pub review: ReviewEntry,
}

/// `[review]` in a page's file: when its words were last checked against the guidance, what
/// against, and the fingerprint of the words as checked (`tests/review.rs` says when a page's
/// words have changed since, and gives the new fingerprint).
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ReviewEntry {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The documents the words were checked against, by number.
    pub checked_against: Vec<String>,
    pub fingerprint: String,
}

/// `content/questions/<id>.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    pub title: String,
    pub hint: Option<String>,
    pub error: String,
    pub summary: String,
    pub answers: Vec<AnswerEntry>,
    pub sources: Vec<SourceEntry>,
    pub review: ReviewEntry,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerEntry {
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
}

/// `content/glossary.toml`: the page's own words, then its terms.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GlossaryFile {
    pub title: String,
    pub intro: String,
    pub records_heading: String,
    pub terms: Vec<TermEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TermEntry {
    pub term: String,
    pub meaning: String,
    pub for_records: Vec<Item>,
    pub sources: Vec<SourceEntry>,
}

/// One entry of `content/shared/contacts.toml`. Its ways of contact show in this order: phone,
/// email, post, website.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ContactEntry {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub post: Option<String>,
    pub website: Option<String>,
    pub hours: Option<String>,
    pub note: Option<String>,
    /// Which of the host page's own contacts stands in for this one.
    pub local: Option<String>,
    /// For a council: whose postcode finds it, said above the page's postcode question.
    pub find_council: Option<String>,
}

/// One entry of `content/shared/councils.toml`, under its ONS code.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilEntry {
    pub name: String,
}

/// One entry of `content/shared/documents.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentEntry {
    pub title: String,
}

/// `content/fallback.toml`: the guidance in the page for a browser that cannot run the app.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FallbackFile {
    pub intro: String,
    pub sections: Vec<FallbackSectionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FallbackSectionEntry {
    pub heading: String,
    pub paragraphs: Vec<Item>,
    /// Contacts with a phone number or address to show; may be none.
    pub contacts: Vec<String>,
    /// The outcomes this section stands in for.
    pub covers: Vec<String>,
}

/// The shared files: each a table of named entries.
pub type Named<T> = BTreeMap<String, T>;
