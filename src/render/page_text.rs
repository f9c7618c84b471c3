//! Every page as plain text, as a person reads it: the start page, each question, each outcome
//! (and one as it shows before its advice has been fetched), the glossary and the set-up page.
//! `tests/pages.rs` keeps each in `tests/snapshots/pages/`, so a change of wording is a diff a
//! safeguarding lead can review line by line; `signpost page <id>` prints one. Buttons are in
//! \[brackets\], radios start with ( ).

use crate::content::{self, GLOSSARY, OutcomeText, SETTING_CHECKS, Source, pages};
use crate::core::{Outcome, Question};
use crate::host::local_contacts::{LocalContacts, ShownContact};

/// The start page.
pub fn start_page() -> String {
    use pages::start::*;
    let mut page = top(TITLE);
    for paragraph in PARAGRAPHS {
        page += &format!("{paragraph}\n\n");
    }
    page += &format!("[{BUTTON}]\n\n## {WORK_HEADING}\n\n{WORK_INTRO}\n\n");
    page += &format!("[{SETTING_START}]\n[{PROFESSIONAL_START}]\n\n");
    page += &format!("### {CHECKS_HEADING}\n\n{}\n", checks());
    page += &format!("{SET_UP_LINK}\n");
    page
}

/// The set-up page for a setting's website: each field with its hint, the error messages, and
/// the words around the code it gives (the code itself depends on what is typed).
pub fn set_up_page() -> String {
    use pages::set_up::*;
    let mut page = top(TITLE);
    for paragraph in INTRO {
        page += &format!("{paragraph}\n\n");
    }
    for (label, hint) in LABELS.iter().zip(HINTS) {
        page += &format!("{label}\n  {hint}\n  [________]\n\n");
    }
    page += &format!("[{BUTTON}]\n\nError messages:\n\n");
    page += &bullets(&[
        SOCIAL_CARE_PHONE_ERROR,
        OUT_OF_HOURS_PHONE_ERROR,
        LADO_PHONE_ERROR,
        LADO_EMAIL_ERROR,
        OFSTED_URN_ERROR,
        &name_error("{label}"),
        AREA_ERROR,
        NO_AREA_ERROR,
        &too_long("{label}"),
    ]);
    page += &format!(
        "\n## {FRAME_HEADING}\n\n{FRAME_INTRO}\n\n(the code: a frame titled \"{FRAME_TITLE}\")\n\n"
    );
    page += &bullets(FRAME_HELP);
    page += &format!("\n## {LINK_HEADING}\n\n{LINK_INTRO}\n\n");
    page += &format!("## {ATTRIBUTES_HEADING}\n\n{ATTRIBUTES_INTRO}\n\n");
    page += &format!("## {PREVIEW_HEADING}\n\n{PREVIEW_INTRO}\n\n");
    page += &procedure();
    page
}

/// The printable procedure the set-up page makes, with the setting's details as placeholders.
fn procedure() -> String {
    use pages::procedure::*;
    let mut page = format!("## {HEADING}\n\n{INTRO}\n\n[{PRINT}]\n\n");
    page += &format!(
        "# {} (or: {UNTITLED})\n\n**{DANGER}**\n\n## {LEADS_HEADING}\n\n(the setting's leads and numbers; for one with no number: {WRITE_IT_HERE})\n\n",
        title("{setting}"),
    );
    page += &format!("## {WELFARE_HEADING}\n\n");
    page += &bullets(WELFARE_STEPS);
    page += &format!("\n## {ALLEGATION_HEADING}\n\n");
    page += &bullets(ALLEGATION_STEPS);
    page += &format!("\n## {FLOWCHART_HEADING}\n\n(the flowchart: {FLOWCHART_TEXT})\n\n");
    page += &format!(
        "(the QR code, for the setting's link: {QR_LABEL})\n\n{ADVICE_LINK} {{address}}\n\n"
    );
    page += &format!(
        "{}\n",
        printed("{date printed}", "{advice reviewed}", "{a year later}")
    );
    page += &format!("(after Ofsted's number) {}\n", urn("{urn}"));
    page += &format!("{}\n", content::procedure_foot(None).join("\n"));
    page
}

/// A question page, with its error message and the guidance its answer cites on the outcome.
pub fn question_page(question: Question) -> String {
    let text = content::question(question);
    let mut page = top(text.title);
    if let Some(hint) = text.hint {
        page += &format!("{hint}\n\n");
    }
    for answer in text.answers {
        page += &format!("( ) {}\n", answer.label);
        if let Some(hint) = answer.hint {
            page += &format!("    {hint}\n");
        }
    }
    page += &format!("\n[{}]\n\n", pages::question_page::CONTINUE);
    page += &format!(
        "With nothing chosen: {} {}\n",
        pages::question_page::ERROR_SUMMARY_TITLE,
        text.error
    );
    page += &format!("In the summary of answers: {}\n\n", text.summary);
    page += &format!("### {}\n\n", pages::every_page::SOURCES_SUMMARY);
    page += &sources(content::question_sources(question));
    page
}

/// An outcome page as a link opens it, with no answers, and with the host's `local` contacts.
pub fn outcome_page(outcome: Outcome, local: &LocalContacts) -> String {
    use pages::outcome_page::*;
    let (text, advice) = (content::outcome(outcome), content::advice(outcome));
    let mut page = top(text.title);
    page += &format!("{}\n\n", text.lead);
    page += &steps_contacts_and_confidentiality(text, local);
    page += &format!("## {NOTE_DOWN_HEADING}\n\n{NOTE_DOWN_INTRO}\n");
    page += &bullets(advice.note_down);
    page += &format!("\n## {WHAT_NEXT_HEADING}\n\n");
    page += &paragraphs(advice.what_happens_next);
    if let Some(dates) = content::ReviewDates::of(advice.reviewed) {
        page += &format!("{}\n\n", dates.lines().join("\n"));
    }
    if text.setting_checks {
        page += &format!("## {CHECKS_HEADING}\n\n{}\n", checks());
    }
    page += &format!("## {WHY_HEADING}\n\n");
    page += &format!("### {}\n\n", pages::every_page::SOURCES_SUMMARY);
    page += &format!("{WHY_SOURCES_INTRO}\n");
    page += &sources(advice.sources);
    page += "\n";
    page += &next_steps_and_start_again();
    page
}

/// The "Your next steps" section and the Start again button that end every outcome page.
fn next_steps_and_start_again() -> String {
    format!(
        "## {}\n\n{}\n\n! {}\n\n[{}] [{}]\n\n[{}]\n",
        pages::next_steps::HEADING,
        pages::next_steps::INTRO,
        pages::next_steps::DEVICE_WARNING,
        pages::next_steps::PRINT,
        pages::next_steps::SAVE,
        pages::every_page::START_AGAIN,
    )
}

/// An outcome page, opened by a link, before its advice has come and if it cannot come
/// (`content::advice_file`): the heading, the lead, the steps, the contacts and confidentiality,
/// then what is said in place of the rest.
pub fn outcome_page_without_advice(outcome: Outcome, local: &LocalContacts) -> String {
    use pages::outcome_page::*;
    let text = content::outcome(outcome);
    let mut page = top(text.title);
    page += &format!("{}\n\n", text.lead);
    page += &steps_contacts_and_confidentiality(text, local);
    page += &format!("While it loads: {ADVICE_LOADING}\nIf it cannot load: {ADVICE_FAILED}\n\n");
    if text.setting_checks {
        page += &format!("## {CHECKS_HEADING}\n\n{}\n", checks());
    }
    page += &next_steps_and_start_again();
    page
}

/// The numbered steps, the contacts and confidentiality, as every outcome page shows them, advice
/// or not.
fn steps_contacts_and_confidentiality(text: &OutcomeText, local: &LocalContacts) -> String {
    use pages::outcome_page::{CONFIDENTIALITY_HEADING, CONTACTS_HEADING, STEPS_HEADING};
    let mut part = format!("## {STEPS_HEADING}\n\n");
    for (number, step) in text.steps.iter().enumerate() {
        part += &format!("{}. {step}\n", number + 1);
    }
    if !text.see_also.is_empty() {
        part += &format!("\n{}\n", pages::outcome_page::SEE_ALSO);
        for next in text.see_also {
            part += &format!("- [{}](#{next})\n", content::outcome(*next).title);
        }
    }
    part += &format!("\n## {CONTACTS_HEADING}\n\n");
    for contact in text.contacts {
        for shown in local.resolve(contact) {
            part += &contact_lines(&shown);
            part += "\n";
        }
    }
    let intros = content::find_council_intros(text.contacts);
    if !intros.is_empty() {
        part += &find_council(&intros);
    }
    part += &format!("## {CONFIDENTIALITY_HEADING}\n\n");
    part += &paragraphs(text.confidentiality);
    part
}

/// Find the council, before a postcode is typed (`app::views::find_council`), with the answers it can
/// give after one, where `{postcode}` and `{council}` stand for the values.
fn find_council(intros: &[&str]) -> String {
    use pages::find_council::*;
    let (postcode, council) = ("{postcode}", "{council}");
    let mut part = format!("## {HEADING}\n\n{}\n\n", intros.join("\n\n"));
    part += &format!("{LABEL}\n  {HINT}\n  {PRIVATE}\n  [________]\n\n[{BUTTON}]\n\n");
    part += &format!("{GOV_UK} [{GOV_UK_LINK}]({GOV_UK_ADDRESS})\n\n{STUCK}\n\n");
    part += &format!("{}\n\nAnswers:\n\n", crate::council::postcodes::data_line());
    part += &bullets(&[
        &format!(
            "{} {} {}",
            one(postcode, council),
            two_tier(council),
            contact(council)
        ),
        &host_numbers_here(council),
        &host_numbers_elsewhere("{area}", council),
        &format!("{} ... {SEVERAL_HOW}", several(postcode)),
        &wales(postcode),
        &scotland(postcode),
        &northern_ireland(postcode),
        &islands(postcode),
    ]);
    part += "\nError messages:\n\n";
    part += &bullets(&[
        ERROR_EMPTY,
        ERROR_MALFORMED,
        ERROR_UNKNOWN,
        NOT_READY,
        FAILED,
    ]);
    part + "\n"
}

/// The glossary of the outcomes of an allegation investigation.
pub fn glossary_page() -> String {
    use pages::glossary::*;
    let mut page = top(TITLE);
    page += &format!("{INTRO}\n\n");
    for (entry, cited) in GLOSSARY.iter().zip(content::GLOSSARY_SOURCES) {
        page += &format!(
            "## {}\n\n{}\n\n### {RECORDS_HEADING}\n\n",
            entry.term, entry.meaning
        );
        page += &bullets(entry.for_records);
        page += &format!("\n### {}\n\n", pages::every_page::SOURCES_SUMMARY);
        page += &sources(cited);
        page += "\n";
    }
    page
}

/// A contact as the outcome page and the next-steps sheet show it: the name, then each way to
/// make contact, the opening hours and the note, indented.
pub fn contact_lines(contact: &ShownContact) -> String {
    use pages::outcome_page::HOURS;
    let mut lines = format!("- {}\n", contact.name);
    for channel in &contact.channels {
        lines += &format!("    {}: {}\n", channel.kind.label(), channel.text);
    }
    if let Some(hours) = contact.hours {
        lines += &format!("    {HOURS}: {hours}\n");
    }
    if let Some(note) = &contact.note {
        lines += &format!("    {note}\n");
    }
    lines
}

/// The heading, after the 999 line every page has.
fn top(title: &str) -> String {
    format!(
        "{} {}\n\n# {title}\n\n",
        pages::every_page::DANGER_LEAD,
        pages::every_page::DANGER_CALL
    )
}

fn paragraphs(items: &[&str]) -> String {
    items.iter().map(|item| format!("{item}\n\n")).collect()
}

fn bullets(items: &[&str]) -> String {
    items.iter().map(|item| format!("- {item}\n")).collect()
}

fn checks() -> String {
    SETTING_CHECKS
        .iter()
        .map(|(label, _)| format!("- {label}\n"))
        .collect()
}

/// The quotations, each with its document and place.
fn sources(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|source| {
            format!(
                "- {} ({}), {}: \"{}\"\n",
                source.doc.title(),
                source.doc.file(),
                source.place,
                source.quote
            )
        })
        .collect()
}
