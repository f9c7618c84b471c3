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
pub mod words_of;

/// The data `build.rs` wrote from `content/`.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

use crate::core::{Outcome, Question};
pub use documents::Doc;
pub use generated::{
    ADVICE, COUNCILS, COUNCILS_EDITION, FALLBACK, GLOSSARY, GLOSSARY_SOURCES, OUTCOME_REVIEWS,
    OUTCOMES, QUESTION_REVIEWS, QUESTION_SOURCES, QUESTIONS, pages,
};
pub use shapes::{
    AnswerText, Channel, ChannelKind, Contact, Council, Fallback, FallbackSection, GlossaryEntry,
    HostContact, OutcomeAdvice, OutcomeText, QuestionText, Review, Source,
};

// The build writes each table in the order of its IDs' `ALL`, which is the order they are
// declared in, so an ID's place in it is the ID as a number (`tests/content.rs` checks it).

impl Doc {
    /// The document's title, as a person would recognise it.
    pub fn title(self) -> &'static str {
        generated::DOCUMENT_TITLES[self as usize]
    }
}

/// The question's wording.
pub fn question(question: Question) -> &'static QuestionText {
    &QUESTIONS[question as usize]
}

/// The question's quotations from the guidance, shown on the outcome pages it leads to.
pub fn question_sources(question: Question) -> &'static [Source] {
    QUESTION_SOURCES[question as usize]
}

/// The question page's review record.
pub fn question_review(question: Question) -> &'static Review {
    &QUESTION_REVIEWS[question as usize]
}

/// The outcome's heading, lead, steps, contacts and confidentiality.
pub fn outcome(outcome: Outcome) -> &'static OutcomeText {
    &OUTCOMES[outcome as usize]
}

/// The outcome's advice: the app fetches it (`advice.txt`), so only native code reads this.
pub fn advice(outcome: Outcome) -> &'static OutcomeAdvice {
    &ADVICE[outcome as usize]
}

/// The outcome page's review record.
pub fn outcome_review(outcome: Outcome) -> &'static Review {
    &OUTCOME_REVIEWS[outcome as usize]
}

/// The settings' checks, each with the fragment that opens it: linked from the start page and
/// from the outcome pages about allegations.
pub const SETTING_CHECKS: [(&str, &str); 3] = [
    (pages::start::CHECK_WHICH_LADO, "which-lado"),
    (pages::start::CHECK_DBS_REFERRAL, "dbs-referral"),
    (pages::start::CHECK_GLOSSARY, "glossary"),
];

/// The outcome pages whose words and contacts a setting's printed procedure carries: a worry
/// about a child, an allegation, and out of hours.
pub const PROCEDURE_OUTCOMES: [Outcome; 3] = [
    Outcome::ReferChildToSocialCare,
    Outcome::ReportToLado,
    Outcome::OutOfHours,
];

/// The small print of the printed procedure, a sentence or two a line: when it was printed
/// (`printed`, today's review dates: today, and a year on, when to check it again) with the
/// version of the advice it carries (the latest review of the pages it sums up: `YYYY-MM-DD`, so
/// the latest is the greatest), that the setting should check it against its policy and local
/// procedures, and a line for its designated safeguarding lead to sign it off.
pub fn procedure_foot(printed: Option<&ReviewDates>) -> Vec<String> {
    use pages::procedure::{CHECKED_BY, LOCAL_CHECK, printed as printed_line};
    let reviewed = PROCEDURE_OUTCOMES
        .iter()
        .map(|outcome| outcome_review(*outcome).date)
        .max()
        .and_then(ReviewDates::of)
        .map_or_else(String::new, |dates| dates.last);
    printed
        .map(|today| printed_line(&today.last, &reviewed, &today.next))
        .into_iter()
        .chain([LOCAL_CHECK.to_owned(), CHECKED_BY.to_owned()])
        .collect()
}

impl ChannelKind {
    /// The word before a way to make contact, the same on every page: "Phone", "Email".
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

/// A page's review dates as a person reads them: when it was last reviewed and when the next
/// review is due, a year on, as NHS pages show them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewDates {
    /// `6 December 2026`.
    pub last: String,
    /// `6 December 2027`.
    pub next: String,
}

impl ReviewDates {
    /// The dates for a review on `date` (`YYYY-MM-DD`, as the build checked it); `None` for
    /// anything else, such as a damaged advice file.
    pub fn of(date: &str) -> Option<ReviewDates> {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let mut parts = date.split('-').map(|part| part.parse::<u32>().ok());
        let (Some(Some(year)), Some(Some(month)), Some(Some(day)), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let month = MONTHS.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
        if !(1..=31).contains(&day) {
            return None;
        }
        // A review on 29 February is next due on 28 February.
        let next_day = if *month == "February" && day == 29 {
            28
        } else {
            day
        };
        Some(ReviewDates {
            last: format!("{day} {month} {year}"),
            next: format!("{next_day} {month} {}", year + 1),
        })
    }
}

impl ReviewDates {
    /// The two lines a page shows: when it was last reviewed, and when the next review is due.
    pub fn lines(&self) -> [String; 2] {
        [
            pages::outcome_page::last_reviewed(&self.last),
            pages::outcome_page::review_due(&self.next),
        ]
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

/// What a page's contacts say above Find the council (whose postcode finds each council), each
/// sentence once, in the contacts' order; none on a page that names no council.
pub fn find_council_intros(contacts: &'static [Contact]) -> Vec<&'static str> {
    let mut intros: Vec<&'static str> = Vec::new();
    for intro in contacts.iter().filter_map(|contact| contact.find_council) {
        if !intros.contains(&intro) {
            intros.push(intro);
        }
    }
    intros
}
