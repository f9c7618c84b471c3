//! Every word a person reads, and the guidance each page rests on.
//!
//! The words are written in `content/`, one plain file a page, which a content designer edits
//! without touching Rust; `build.rs` compiles them into the static data this module includes,
//! and fails, naming the file and field, if a page is missing or a reference names nothing.
//! The outcome pages' advice also goes into `assets/advice.txt`, which the app fetches after its
//! first screen (`advice_file`). Routing lives in `core`; the two meet only by ID. `tests/content.rs` checks the wording
//! against the routing, `tests/guidance.rs` every quotation against the guidance in
//! `guidance/`, and `tests/pages.rs` every page against its snapshot.

pub mod advice_file;
mod documents;
mod shapes;

/// The data `build.rs` wrote from `content/`.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

pub use documents::Doc;
pub use generated::{
    ADVICE, FALLBACK, GLOSSARY, GLOSSARY_SOURCES, OUTCOMES, QUESTION_SOURCES, QUESTIONS, advice,
    outcome, pages, question, question_sources,
};
pub use shapes::{
    AnswerText, Channel, ChannelKind, Contact, Fallback, FallbackSection, GlossaryEntry, Local,
    OutcomeAdvice, OutcomeText, QuestionText, Source,
};

impl Doc {
    /// The document's title, as a person would recognise it.
    pub fn title(self) -> &'static str {
        generated::document_title(self)
    }
}

/// The settings' checks, each with the fragment that opens it: linked from the start page and
/// from the outcome pages about allegations.
pub const SETTING_CHECKS: [(&str, &str); 3] = [
    (pages::start::CHECK_WHICH_LADO, "which-lado"),
    (pages::start::CHECK_DBS_REFERRAL, "dbs-referral"),
    (pages::start::CHECK_GLOSSARY, "glossary"),
];

impl ChannelKind {
    /// The word before a way to make contact, the same on every page: "Phone", "Email". The
    /// page text and the fallback use it; the app's outcome page writes the same match out.
    pub fn label(self) -> &'static str {
        use pages::outcome_page::{EMAIL, PHONE, POST, WEBSITE};
        match self {
            ChannelKind::Phone => PHONE,
            ChannelKind::Email => EMAIL,
            ChannelKind::Post => POST,
            ChannelKind::Web => WEBSITE,
        }
    }
}

/// A page title: `heading - service`, with the error prefix first when the page shows an error.
pub fn page_title(heading: &str, error: bool) -> String {
    let service = pages::every_page::SERVICE_NAME;
    if error {
        format!(
            "{} {heading} - {service}",
            pages::question_page::ERROR_PREFIX
        )
    } else {
        format!("{heading} - {service}")
    }
}
