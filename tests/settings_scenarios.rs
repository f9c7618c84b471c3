//! The acceptance scenarios E1 to E10 and R1 to R5 of `shared/acceptance/scenarios.md`: each
//! walks the flow with the answers that person would give, and checks the outcome and what its
//! page must show. A few more rows, in the guidance's own words, follow the ones in the table.

use signpost::content::{self, OutcomeText};
use signpost::core::{Flow, Journey, Node, Outcome, setting::SETTING};

/// Every word on an outcome page, as one string to search.
fn page_text(text: &OutcomeText) -> String {
    let contacts = text.contacts.iter().flat_map(|contact| {
        [
            contact.name,
            contact.hours.unwrap_or(""),
            contact.note.unwrap_or(""),
        ]
        .into_iter()
        .chain(contact.channels.iter().map(|channel| channel.text()))
    });
    [text.title, text.lead]
        .into_iter()
        .chain(text.steps.iter().copied())
        .chain(contacts)
        .chain(text.note_down.iter().copied())
        .chain(text.what_happens_next.iter().copied())
        .chain(text.confidentiality.iter().copied())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Walks `flow` with `answers`, and checks it ends at `expected`, whose page shows every one of
/// `must_show`. `recognises` is a phrase from the situation that the person sees in the wording
/// of one of the answers they choose, so they would know to choose it.
#[track_caller]
fn scenario(
    flow: &'static Flow,
    answers: &[&str],
    recognises: &str,
    expected: Outcome,
    must_show: &[&str],
) {
    let mut journey = Journey::new(flow);
    for answer in answers {
        journey.answer(answer).unwrap();
    }
    assert_eq!(journey.current(), Node::Outcome(expected));
    let chosen_wording: String = journey
        .answers()
        .iter()
        .flat_map(|answer| {
            let text = content::question(answer.question());
            let option = text
                .answers
                .iter()
                .find(|option| option.id == answer.id())
                .unwrap();
            [option.label, option.hint.unwrap_or("")]
        })
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        chosen_wording.contains(recognises),
        "nothing the person chose mentions \"{recognises}\": {chosen_wording}"
    );
    let page = page_text(content::outcome(expected));
    for fact in must_show {
        assert!(
            page.contains(fact),
            "the `{expected}` page does not show \"{fact}\":\n{page}"
        );
    }
}

/// The outcome's page quotes the guidance saying `quoted`, among "The guidance behind this
/// advice" (`tests/content.rs` checks every quotation is really in the document).
#[track_caller]
fn quotes(outcome: Outcome, quoted: &str) {
    let sources = content::outcome(outcome).sources;
    assert!(
        sources.iter().any(|source| source.quote.contains(quoted)),
        "the `{outcome}` page does not quote \"{quoted}\""
    );
}

/// No danger now, and an allegation during office hours that has not yet been reported.
const ALLEGATION_NOT_YET_REPORTED: [&str; 4] = ["no", "allegation", "no", "not-yet"];

#[test]
fn e1_a_volunteer_who_pinched_a_child_is_reported_to_the_lado() {
    scenario(
        &SETTING,
        &ALLEGATION_NOT_YET_REPORTED,
        "volunteers",
        Outcome::ReportToLado,
        &[
            "tell the designated person now",
            "within one working day",
            "Do not investigate",
            "do not wait to gather more information",
            "dates, times and places",
            "Inform Ofsted",
            "Do not tell the parents",
            "First agree with the LADO, and the police or children's social care",
        ],
    );
    quotes(
        Outcome::ReportToLado,
        "Referrals should not be delayed in order to gather information.",
    );
}

#[test]
fn e2_an_allegation_against_the_designated_person_goes_to_their_deputy_or_the_lado() {
    scenario(
        &SETTING,
        &ALLEGATION_NOT_YET_REPORTED,
        "It may be about the designated person",
        Outcome::ReportToLado,
        &[
            "If the allegation is about the designated person, tell their deputy or another \
             senior manager instead",
            "contact the LADO yourself",
        ],
    );
    quotes(
        Outcome::ReportToLado,
        "it should be reported to their deputy or another senior manager",
    );
}

#[test]
fn e3_a_child_at_risk_from_staff_on_sunday_night_goes_to_the_out_of_hours_team() {
    scenario(
        &SETTING,
        &["no", "allegation", "yes"],
        "cannot wait until the next working day",
        Outcome::OutOfHours,
        &[
            "children's social care emergency out-of-hours team",
            "contact the police",
            "If a child is in danger right now, call 999",
        ],
    );
}

#[test]
fn e4_an_offence_against_a_child_outside_work_is_still_reported_to_the_lado() {
    scenario(
        &SETTING,
        &ALLEGATION_NOT_YET_REPORTED,
        "outside work",
        Outcome::ReportToLado,
        &["to behaviour outside work as well as at work"],
    );
    quotes(
        Outcome::ReportToLado,
        "takes place outside of their work with children, the principles outlined in these \
         procedures still apply",
    );
}

#[test]
fn e5_a_hungry_child_with_untreated_injuries_is_referred_to_childrens_social_care() {
    scenario(
        &SETTING,
        &["no", "child-welfare"],
        "injuries nobody has explained",
        Outcome::ReferChildToSocialCare,
        &[
            "the designated safeguarding lead makes the referral",
            "refers the child to children's social care at the council where the child lives",
            "within 24 hours",
            "If a child is in danger right now, call 999",
        ],
    );
}

/// The referral page asks for what 003's referral form holds, and gives the seven golden rules.
#[test]
fn a_referral_holds_the_forms_fields_and_follows_the_seven_golden_rules() {
    scenario(
        &SETTING,
        &["no", "child-welfare"],
        "has told you something worrying",
        Outcome::ReferChildToSocialCare,
        &[
            "date of birth",
            "parents or carers",
            "description of any injuries",
            "The child's own words",
            "Whether you saw it yourself or someone told you",
            "seven golden rules",
            "1. Data protection law is not a barrier",
            "7. Record what you decided and why",
        ],
    );
}

#[test]
fn a_setting_dealing_badly_with_an_allegation_is_reported_to_the_lado_by_a_whistleblower() {
    scenario(
        &SETTING,
        &["no", "allegation", "no", "not-dealt-with"],
        "not being dealt with properly",
        Outcome::WhistleblowToLado,
        &["report it to the LADO yourself", "whistleblowing policy"],
    );
}

#[test]
fn a_partner_under_investigation_is_talked_through_with_the_lado() {
    scenario(
        &SETTING,
        &["no", "risk-by-association"],
        "their partner is being investigated",
        Outcome::ConsultLado,
        &["do not decide alone", "strategy discussion"],
    );
}

#[test]
fn practice_that_might_have_harmed_a_child_is_an_allegation() {
    scenario(
        &SETTING,
        &["no", "practice-or-complaint", "yes", "no", "not-yet"],
        "might have",
        Outcome::ReportToLado,
        &["within one working day"],
    );
    scenario(
        &SETTING,
        &["no", "practice-or-complaint", "not-sure"],
        "not sure",
        Outcome::ConsultLado,
        &["do not decide alone"],
    );
}

#[test]
fn a_complaint_with_no_risk_to_a_child_is_for_the_settings_own_procedures() {
    scenario(
        &SETTING,
        &["no", "practice-or-complaint", "no"],
        "a complaint",
        Outcome::SettingProcedures,
        &[
            "is not an allegation",
            "complaints policy",
            "treat it as an allegation",
        ],
    );
}
