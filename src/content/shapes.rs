//! The shapes the content files fill in: what a question page, an outcome page, a contact, a
//! citation and a glossary entry hold.
//!
//! `build.rs` includes this file, reads `content/` into these shapes and writes them out as
//! static data with `databake` (whose derive is native only: the wasm has no use for it). The
//! app reads the outcome pages' advice and the questions' quotations from the file it fetches
//! instead (`super::advice_file`).
//! A contact or citation several pages share is copied into each page's list, not pointed to:
//! the copies cost nothing once compressed, where tables of pointers would.
//! Each field's meaning for a writer is in docs/changing-the-wording.md.

use super::documents::Doc;
use crate::core::{Outcome, Question};

/// Where a piece of advice comes from: the document, the paragraph or heading, and a short
/// quotation. `tests/guidance.rs` finds the quotation word for word under that heading or in
/// that paragraph.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub doc: Doc,
    /// A paragraph or heading, as the document gives it: `para 26`, `paras 38-39`, `footnote 2`,
    /// `Section 2, Procedures for handling concerns`, or a heading with its subheading after a
    /// comma (`Referral to the DBS, Condition 1`).
    pub place: &'static str,
    pub quote: &'static str,
}

/// What a person sees on a question page.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct QuestionText {
    pub question: Question,
    /// The legend, shown as the page heading.
    pub title: &'static str,
    pub hint: Option<&'static str>,
    /// In the order the routing table offers them.
    pub answers: &'static [AnswerText],
    /// Shown when Continue is pressed with nothing chosen.
    pub error: &'static str,
    /// The question's short name in the summary of answers.
    pub summary: &'static str,
}

/// One radio option.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct AnswerText {
    /// The answer's ID in the routing table.
    pub id: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

/// The part of an outcome page the app has from the start: what to do, who to contact, and what
/// confidentiality can promise. The steps and confidentiality are here, not fetched, because they
/// hold the warnings that keep a person off the wrong route or from doing harm ("if someone there
/// may have harmed a child, do not raise it with the service first", "do not post about it
/// online"): the page is safe to act on if the rest, its `OutcomeAdvice`, cannot be fetched.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct OutcomeText {
    pub outcome: Outcome,
    /// The heading: what to do, in a few words.
    pub title: &'static str,
    /// One paragraph under the heading.
    pub lead: &'static str,
    /// Numbered steps, in order.
    pub steps: &'static [&'static str],
    pub contacts: &'static [Contact],
    /// Who will know, and what the person must keep to themselves.
    pub confidentiality: &'static [&'static str],
    /// Whether the page links to the settings' checks (which LADO, DBS referral, glossary).
    pub setting_checks: bool,
    /// Other outcome pages its steps send the person on to: linked by their titles, as a link
    /// into the tool opens them.
    pub see_also: &'static [Outcome],
}

/// The rest of an outcome page. The app fetches every outcome's advice in one file after its
/// first screen (`super::advice_file`), so the first download does not carry it.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct OutcomeAdvice {
    /// What to write down, as the guidance asks.
    pub note_down: &'static [&'static str],
    pub what_happens_next: &'static [&'static str],
    pub sources: &'static [Source],
    /// When the page's words were last reviewed, `YYYY-MM-DD`: its `Review`'s date, shown on
    /// the page and the next-steps sheet (`ReviewDates`).
    pub reviewed: &'static str,
}

/// When a page's words were last checked against the guidance, as its content file records it.
/// `tests/review.rs` fails when the words change and this does not, so no wording ships
/// unreviewed.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct Review {
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    pub checked_against: &'static [Doc],
    /// The fingerprint of the page's words as they were reviewed.
    pub fingerprint: &'static str,
}

/// Someone to contact, and how.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: &'static str,
    pub channels: &'static [Channel],
    /// Opening hours, where the guidance gives them.
    pub hours: Option<&'static str>,
    pub note: Option<&'static str>,
    /// Which of the host page's local contacts stands in for this one, if the host gives it
    /// (see `local_contacts`).
    pub local: Option<HostContact>,
    /// For a council: whose postcode finds it ("the child's"), said above the postcode question
    /// on the pages that name this contact (`crate::council::postcodes`).
    pub find_council: Option<&'static str>,
}

/// A contact that a host page can give for its own area or setting.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostContact {
    SocialCare,
    OutOfHours,
    Lado,
    DesignatedLead,
    Ofsted,
}

/// One way to reach a contact.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    pub kind: ChannelKind,
    /// What the person reads: a phone number as it is read out, with spaces (`0808 800 5000`),
    /// an email or postal address, or a website without its scheme (`www.nspcc.org.uk`).
    pub text: &'static str,
    /// The link it opens, made by the build: `tel:08088005000`, `mailto:...`, `https://...`;
    /// none for a postal address.
    pub href: Option<&'static str>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelKind {
    Phone,
    Email,
    Post,
    Web,
}

/// A council with children's services: the only kind of area a host's own numbers can be for.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct Council {
    /// Its ONS code: `E10000014`.
    pub code: &'static str,
    /// Its name as people say it: `Hampshire`.
    pub name: &'static str,
}

/// One term a setting meets at the end of an allegation.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// The term, as 002 spells it.
    pub term: &'static str,
    /// What it means, in plain words.
    pub meaning: &'static str,
    /// What it means for the setting's records, in order.
    pub for_records: &'static [&'static str],
}

/// The guidance in the page for a browser that cannot run the app, or before it has loaded:
/// `index.html` holds it as HTML, and `tests/fallback.rs` keeps that HTML the same as this.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct Fallback {
    pub intro: &'static str,
    pub sections: &'static [FallbackSection],
}

/// One situation, in brief, standing in for the outcome pages it `covers`.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Debug, PartialEq, Eq)]
pub struct FallbackSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
    pub contacts: &'static [Contact],
    pub covers: &'static [Outcome],
}
