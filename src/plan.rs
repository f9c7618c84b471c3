//! The "Your next steps" sheet: the outcome's steps as a checklist, its contacts, a record
//! template with the fields the guidance asks for, and the person's own notes, as plain text for
//! the file the browser saves. Built on the device; nothing is kept.

use crate::content::{self, pages};
use crate::core::Outcome;
use crate::local_contacts::LocalContacts;

/// The sheet for `outcome`, with the host's contacts and the person's `notes`.
pub fn next_steps_text(outcome: Outcome, local: &LocalContacts, notes: &str) -> String {
    let text = content::outcome(outcome);
    let mut sheet = format!(
        "{}\n\n{}\n{}\n\n{}{}\n\n",
        pages::PLAN_HEADING,
        text.title,
        "=".repeat(text.title.chars().count()),
        pages::DANGER_LINE_LEAD,
        pages::DANGER_LINE_CALL,
    );
    sheet += &format!("{}\n", pages::STEPS_HEADING);
    for step in text.steps {
        sheet += &format!("[ ] {step}\n");
    }
    sheet += &format!("\n{}\n", pages::CONTACTS_HEADING);
    for contact in text.contacts {
        let shown = local.resolve(contact);
        sheet += &format!("- {}\n", shown.name);
        for channel in &shown.channels {
            sheet += &format!("    {}\n", channel.text);
        }
        if let Some(hours) = shown.hours {
            sheet += &format!("    {}: {hours}\n", pages::HOURS);
        }
        if let Some(note) = &shown.note {
            sheet += &format!("    {note}\n");
        }
    }
    sheet += &format!("\n{}\n", pages::PLAN_RECORD_HEADING);
    for field in pages::PLAN_RECORD_FIELDS {
        sheet += &format!("{field}:\n\n\n");
    }
    let notes = notes.trim();
    if !notes.is_empty() {
        sheet += &format!("{}\n{notes}\n", pages::PLAN_NOTES_HEADING);
    }
    sheet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_lists_each_step_as_a_checkbox_with_the_contacts_and_a_record() {
        let sheet = next_steps_text(Outcome::ReportToLado, &LocalContacts::default(), "");
        let outcome = content::outcome(Outcome::ReportToLado);
        for step in outcome.steps {
            assert!(
                sheet.contains(&format!("[ ] {step}")),
                "missing step: {step}"
            );
        }
        assert!(sheet.contains("If a child is in immediate danger, call 999"));
        for field in pages::PLAN_RECORD_FIELDS {
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
            ("designated-lead", "Sam Jones"),
        ]);
        let sheet = next_steps_text(Outcome::ReportToLado, &local, "  Spoke to Sam at 9.15  ");
        assert!(sheet.contains("01962 876364"));
        assert!(sheet.contains("Sam Jones"));
        assert!(sheet.ends_with("Your notes\nSpoke to Sam at 9.15\n"));
    }
}
