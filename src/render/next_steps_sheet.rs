//! The "Your next steps" sheet: the outcome's steps as a checklist, its contacts, a record
//! template with the fields the guidance asks for, and the person's own notes, as plain text for
//! the file the browser saves. Built on the device; nothing is kept.

use crate::content::{OutcomeText, ReviewDates, pages};
use crate::host::local_contacts::{LocalContacts, ShownContact};

/// The sheet for an outcome's `text`, with the host's contacts and the person's `notes`, and when
/// the page was `reviewed` (`YYYY-MM-DD`) if its advice has come.
pub fn next_steps_text(
    text: &OutcomeText,
    reviewed: Option<&str>,
    local: &LocalContacts,
    notes: &str,
) -> String {
    use pages::next_steps::{HEADING, NOTES_HEADING, RECORD_FIELDS, RECORD_HEADING};
    use pages::outcome_page::{CONTACTS_HEADING, STEPS_HEADING};
    let mut sheet = format!(
        "{HEADING}\n\n{}\n{}\n\n{} {}\n\n",
        text.title,
        "=".repeat(text.title.chars().count()),
        pages::every_page::DANGER_LEAD,
        pages::every_page::DANGER_CALL,
    );
    sheet += &format!("{STEPS_HEADING}\n");
    for step in text.steps {
        sheet += &format!("[ ] {step}\n");
    }
    sheet += &format!("\n{CONTACTS_HEADING}\n");
    for contact in text.contacts {
        for shown in local.resolve(contact) {
            sheet += &contact_lines(&shown);
        }
    }
    sheet += &format!("\n{RECORD_HEADING}\n");
    for field in RECORD_FIELDS {
        sheet += &format!("{field}:\n\n\n");
    }
    let notes = notes.trim();
    if !notes.is_empty() {
        sheet += &format!("{NOTES_HEADING}\n{notes}\n\n");
    }
    if let Some(dates) = reviewed.and_then(ReviewDates::of) {
        sheet += &format!("{}\n", dates.lines().join("\n"));
    }
    sheet
}

/// A contact as the sheet shows it: the name, then each way to make contact, the opening hours and
/// the note, indented.
fn contact_lines(contact: &ShownContact) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::core::Outcome;

    fn sheet(outcome: Outcome, local: &LocalContacts, notes: &str) -> String {
        let reviewed = content::advice(outcome).reviewed;
        next_steps_text(content::outcome(outcome), Some(reviewed), local, notes)
    }

    #[test]
    fn the_sheet_lists_each_step_as_a_checkbox_with_the_contacts_and_a_record() {
        let sheet = sheet(Outcome::ReportToLado, &LocalContacts::default(), "");
        for step in content::outcome(Outcome::ReportToLado).steps {
            assert!(
                sheet.contains(&format!("[ ] {step}")),
                "missing step: {step}"
            );
        }
        assert!(sheet.contains("If a child is in immediate danger, call 999"));
        for field in pages::next_steps::RECORD_FIELDS {
            assert!(sheet.contains(&format!("{field}:")));
        }
        assert!(
            !sheet.contains("Your notes"),
            "no notes heading without notes"
        );
    }

    #[test]
    fn the_hosts_contacts_and_the_persons_notes_go_on_the_sheet() {
        let (local, _) = LocalContacts::read([
            ("lado-phone", "01962 876364"),
            ("area-name", "Hampshire"),
            ("designated-lead", "Sam Jones"),
        ]);
        let sheet = sheet(Outcome::ReportToLado, &local, "  Spoke to Sam at 9.15  ");
        assert!(sheet.contains("01962 876364"));
        assert!(sheet.contains("Sam Jones"));
        assert!(sheet.contains("Your notes\nSpoke to Sam at 9.15\n"));
    }

    /// A sheet kept for months says how current its advice was: the page's review dates end it.
    #[test]
    fn the_sheet_ends_with_when_the_advice_was_reviewed_and_is_next_due() {
        let dates = ReviewDates::of(content::advice(Outcome::ReportToLado).reviewed).unwrap();
        let sheet = sheet(Outcome::ReportToLado, &LocalContacts::default(), "note");
        assert!(sheet.ends_with(&format!("{}\n", dates.lines().join("\n"))));
        let without = next_steps_text(
            content::outcome(Outcome::ReportToLado),
            None,
            &LocalContacts::default(),
            "",
        );
        assert!(!without.contains(&dates.last));
    }
}
