//! The wording around the questions and outcomes: the start page, headings of the outcome page's
//! sections, buttons and links.

use crate::core::Outcome;

/// The service's name, the last part of every page title.
pub const SERVICE_NAME: &str = "Worried about a child";

/// The line on every page, above everything else: the lead, then the call, which the app links to
/// `tel:999`.
pub const DANGER_LINE_LEAD: &str = "If a child is in immediate danger, ";
pub const DANGER_LINE_CALL: &str = "call 999";

pub const START_TITLE: &str = "Find out who to tell if you're worried about a child";
pub const START_PARAGRAPHS: &[&str] = &[
    "Answer a few questions to find out who to contact and what to say. Most people need four \
     questions or fewer.",
    "Use this if you are a parent, relative, neighbour, young person, or work at a service for \
     children.",
    "Nothing you choose is saved or sent anywhere. Your answers stay on this device and are \
     forgotten when you leave this page.",
];
pub const START_BUTTON: &str = "Start now";

/// The start page's way in for people who work with children, each starting its own journey.
pub const WORK_HEADING: &str = "If you work with children";
pub const SETTING_START: &str = "Start: I work or volunteer in an early-years setting or another                                  organisation that works with children";
pub const PROFESSIONAL_START: &str =
    "Start: I receive information about children in my job, for example at a regulator or charity";
pub const TOOLS_HEADING: &str = "Checks for settings";

/// Links to the settings' checks, by the fragment that opens them: shown on the start page and
/// on the outcome pages about allegations.
pub const SETTING_TOOLS: &[(&str, &str)] = &[
    ("Which council's LADO is responsible", "which-lado"),
    (
        "Whether you must refer someone to the Disclosure and Barring Service",
        "dbs-referral",
    ),
    (
        "What the outcomes of an allegation investigation mean",
        "glossary",
    ),
];

pub const GLOSSARY_TITLE: &str = "What the outcomes of an allegation investigation mean";
pub const GLOSSARY_INTRO: &str = "When an allegation against someone who works with children has \
                                  been looked into, it is found to be one of these.";
pub const GLOSSARY_RECORDS: &str = "What it means for records";

pub const CONTINUE: &str = "Continue";
pub const BACK: &str = "Back";
pub const START_AGAIN: &str = "Start again";
pub const CHANGE: &str = "Change";
pub const ERROR_SUMMARY_TITLE: &str = "There is a problem";
/// Put before the page title when the page shows an error.
pub const ERROR_TITLE_PREFIX: &str = "Error: ";

pub const STEPS_HEADING: &str = "What to do";
pub const CONTACTS_HEADING: &str = "Who to contact";
pub const NOTE_DOWN_HEADING: &str = "What to note down";
pub const NOTE_DOWN_INTRO: &str = "If you can, write down:";
pub const WHAT_NEXT_HEADING: &str = "What happens next";
pub const CONFIDENTIALITY_HEADING: &str = "Confidentiality";
pub const TOOLS_ON_OUTCOME_HEADING: &str = "Related checks";
pub const WHY_HEADING: &str = "Why we are telling you this";
pub const WHY_ANSWERS_INTRO: &str = "You told us:";
pub const WHY_SOURCES_INTRO: &str = "This advice comes from:";

/// Shown on an outcome opened by a link, which was reached without any answers.
pub const LINKED_INTRO: &str = "You opened this page from a link. To check it is the right \
                                advice for you, answer a few questions.";
pub const LINKED_BUTTON: &str = "Answer the questions";

/// A page title: `heading - service`, with `Error: ` first when the page shows an error.
pub fn page_title(heading: &str, error: bool) -> String {
    let prefix = if error { ERROR_TITLE_PREFIX } else { "" };
    format!("{prefix}{heading} - {SERVICE_NAME}")
}

/// Shown above the static guidance if the app fails while running.
pub const PANIC_APOLOGY: &str = "Sorry, this tool stopped working. The guidance below still \
                                 applies.";

/// The words before each way to make contact.
pub const PHONE: &str = "Phone";
pub const EMAIL: &str = "Email";
pub const POST: &str = "Post";
pub const WEBSITE: &str = "Website";
pub const HOURS: &str = "Opening hours";

/// The collapsed list of quotations from the guidance on an outcome page.
pub const SOURCES_SUMMARY: &str = "The guidance behind this advice";

/// The outcomes about an allegation, whose pages link to the settings' checks.
pub const OUTCOMES_WITH_SETTING_TOOLS: &[Outcome] = &[
    Outcome::ReportToLado,
    Outcome::ConsultLado,
    Outcome::WhistleblowToLado,
    Outcome::OutOfHours,
    Outcome::LadoWhereTheyWork,
    Outcome::LadoWhereIncidentHappened,
    Outcome::LadoOfSubstantiveEmployment,
    Outcome::LadoOfHomeAddress,
    Outcome::LadoOfRegisteringAuthority,
    Outcome::DbsReferralRequired,
    Outcome::DbsReferralNotRequired,
];

/// The "Your next steps" sheet each outcome page can print or save.
pub const PLAN_HEADING: &str = "Your next steps";
pub const PLAN_INTRO: &str = "Print these steps, or save them as a text file, to keep track. \
                              You can add your own notes first.";
pub const PLAN_NOTES_LABEL: &str = "Your notes (optional)";
/// The heading the notes have on the printed plan and in the text file.
pub const PLAN_NOTES_HEADING: &str = "Your notes";
pub const PLAN_NOTES_HINT: &str = "Your notes go only on the printed sheet or the saved file. They \
                                   are not saved or sent anywhere, and are gone when you leave \
                                   this page or start again.";
pub const PLAN_PRINT: &str = "Print your next steps";
pub const PLAN_SAVE: &str = "Save as a text file";
pub const PLAN_FILE_NAME: &str = "next-steps.txt";
pub const PLAN_RECORD_HEADING: &str = "Record";
/// The fields of the record the guidance asks for (000 paras 9-11; 002 "Responding to an
/// allegation"; 003 section 10, the recording form).
pub const PLAN_RECORD_FIELDS: &[&str] = &[
    "What was said or seen, in the words used",
    "Who said it, and who was there",
    "Date and time",
    "Place",
    "Who else was told, and when",
    "Decisions made, and the reasons for them",
];

/// Heads the list of configuration problems kept in the page for its owner.
pub const CONFIGURATION_NOTICE: &str = "Signpost: some data- attributes on the mount element \
                                        could not be used, so the generic guidance shows instead:";
