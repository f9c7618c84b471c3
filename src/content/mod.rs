//! Every word a person reads, and the guidance each page rests on.
//!
//! This is the one place a content designer edits. Routing lives in `core`; the two meet only by
//! ID, and `tests/content.rs` checks that every question, answer and outcome in the graph has
//! wording here (and nothing here is left over), and that every quotation below appears word
//! for word in the guidance it cites.

mod glossary;
mod outcomes;
pub mod pages;
mod questions;
mod sources;

pub use glossary::{GLOSSARY, GlossaryEntry};
pub use outcomes::{Channel, Contact, Local, OUTCOMES, OutcomeText, outcome};
pub use questions::{AnswerText, QUESTIONS, QuestionText, question};
pub use sources::{Doc, Source};
