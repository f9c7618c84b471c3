//! Today's statutory guidance, as invariants over every route and every page rather than
//! examples: what Working Together 2023, Keeping children safe in education, the EYFS
//! framework, the 2024 information-sharing advice and the UKCIS advice on images require of the
//! advice wherever a person can reach it (006 to 010, and 005 for the current facts). Each was
//! written to fail on the advice as it stood before it followed that guidance (the December 2026
//! safeguarding panel's M1 to M8), and `docs/advice-review.md` records how.

mod common;

use common::page_text;
use signpost::content::{self, pages};
use signpost::core::verify;
use signpost::core::{Outcome, Question, setting::SETTING};
use std::collections::BTreeSet;

/// Answers on the setting's journey after which the concern may be an allegation against
/// someone who works with children: danger now (999 first, then the rest), an allegation, risk
/// by association, practice that could have harmed a child, and not being sure.
const MAY_BE_AN_ALLEGATION: [(Question, &str); 8] = [
    (Question::ImmediateDanger, "yes"),
    (Question::ImmediateDanger, "not-sure"),
    (Question::SettingConcern, "allegation"),
    (Question::SettingConcern, "risk-by-association"),
    (Question::SettingConcern, "not-sure"),
    (Question::PracticeCouldHarm, "yes"),
    (Question::PracticeCouldHarm, "not-sure"),
    (Question::ReportedInSetting, "accused-runs-setting"),
];

/// Answers on the setting's journey after which something has been, or is to be, referred to
/// children's social care or the LADO: the allegations above, and a worry about a child.
const A_REFERRAL: [(Question, &str); 2] = [
    (Question::SettingConcern, "child-welfare"),
    (Question::SettingConcern, "no-response-or-no-action"),
];

/// Every outcome of the setting's journey that a path through one of `answers` reaches.
fn setting_outcomes_after(answers: &[(Question, &str)]) -> BTreeSet<Outcome> {
    verify::paths(&SETTING)
        .expect("the setting's journey has paths")
        .into_iter()
        .filter(|path| path.answers.iter().any(|answer| answers.contains(answer)))
        .map(|path| path.outcome)
        .collect()
}

fn allegation_outcomes() -> BTreeSet<Outcome> {
    let found = setting_outcomes_after(&MAY_BE_AN_ALLEGATION);
    // The set is the pages a reviewer expects; a new page an allegation reaches is added here
    // only after it has been checked against the duties below.
    assert!(found.contains(&Outcome::ReportToLado) && found.contains(&Outcome::OutOfHours));
    found
}

/// EYFS (008 "Paragraph 3.8"; 005): a registered provider must tell Ofsted or its childminder
/// agency of an allegation within 14 days, and not doing so is an offence. 002, 006 para 226 and
/// 007 para 362: the LADO is told without delay, within one working day at the latest, which
/// the pages put as "today". Every setting page an allegation can reach says both (panel M1, M2,
/// M3).
#[test]
fn every_setting_page_an_allegation_reaches_says_today_for_the_lado_and_14_days_for_ofsted() {
    for outcome in allegation_outcomes() {
        let page = page_text(outcome);
        // Out of hours the council's office is closed: the emergency team acts now, and the
        // LADO is told when it opens.
        let lado = if outcome == Outcome::OutOfHours {
            "on the next working day"
        } else {
            "today"
        };
        for duty in [lado, "within 14 days", "childminder agency"] {
            assert!(page.contains(duty), "`{outcome}` does not say \"{duty}\"");
        }
    }
}

/// 007 para 70: in a school or college, a concern about the head goes to the chair of governors
/// or the proprietor, or to the LADO where the head is the sole proprietor. So wherever a page
/// sends an allegation about the designated safeguarding lead to their deputy or another senior
/// manager (002's route for an early years setting), it also gives the school's (panel M4).
#[test]
fn no_page_sends_an_allegation_about_a_head_to_their_deputy() {
    let mut pages: Vec<(String, String)> = Outcome::ALL
        .iter()
        .map(|outcome| (format!("`{outcome}`"), page_text(*outcome)))
        .collect();
    pages.push((
        "the printed procedure".to_owned(),
        pages::procedure::ALLEGATION_STEPS.join("\n"),
    ));
    pages.push((
        "the fallback".to_owned(),
        content::FALLBACK
            .sections
            .iter()
            .flat_map(|section| section.paragraphs.iter().copied())
            .collect::<Vec<_>>()
            .join("\n"),
    ));
    for (name, text) in pages {
        let to_a_deputy = text.contains("deputy");
        let about_the_lead = text.contains("about them") || text.contains("about the lead");
        if to_a_deputy && about_the_lead {
            assert!(
                text.contains("chair of governors") && text.contains("proprietor"),
                "{name} sends an allegation about the lead to their deputy, and says nothing of \
                 a school's head"
            );
        }
    }
}

/// 006 para 151 and 007 para 65: a practitioner not satisfied with the response follows it up
/// and uses local escalation procedures. Every setting page after a referral names that route
/// (panel M6).
#[test]
fn every_setting_page_after_a_referral_names_the_escalation_route() {
    let mut after = allegation_outcomes();
    after.extend(setting_outcomes_after(&A_REFERRAL));
    for outcome in after {
        assert!(
            page_text(outcome).contains("escalation procedure"),
            "`{outcome}` does not name the escalation procedure"
        );
    }
}

/// 007 paras 419 and 423: a false or malicious allegation is removed from personnel records
/// unless the person agrees to its being kept, and no outcome but a substantiated one goes in a
/// reference; 007 para 410: after any of those four outcomes, consider whether the child needs
/// help (panel M7).
#[test]
fn no_false_allegation_is_kept_on_file_and_no_unproven_one_goes_in_a_reference() {
    for entry in content::GLOSSARY {
        let records = entry.for_records.join("\n");
        match entry.term {
            "Substantiated" => assert!(!records.contains("Do not mention")),
            term => {
                assert!(
                    records.contains("Do not mention the allegation in a reference"),
                    "`{term}` may go in a reference"
                );
                assert!(
                    records.contains("needs help"),
                    "`{term}`: nothing on whether the child needs help"
                );
                let removed = records.contains("Remove the details");
                assert_eq!(
                    removed,
                    matches!(term, "False" | "Malicious"),
                    "`{term}`: removed from records? {records}"
                );
                if removed {
                    assert!(
                        !records.contains("Keep a clear summary"),
                        "`{term}` is kept"
                    );
                }
            }
        }
    }
    for outcome in Outcome::ALL {
        let page = page_text(*outcome);
        for kept_for_references in ["accurate reference", "reference requests"] {
            assert!(
                !page.contains(kept_for_references),
                "`{outcome}` keeps a record for references"
            );
        }
    }
}

/// UKCIS (010) and the law on indecent images: never copy, share or delete sexual images of a
/// child. Every page that invites a report of abuse online (CEOP) says so: to an adult, keep the
/// device and do not copy or forward; to a child, Report Remove (panel M8).
#[test]
fn every_page_that_invites_reports_of_abuse_online_carries_the_rule_on_images() {
    for outcome in Outcome::ALL {
        let page = page_text(*outcome);
        if page.contains("CEOP") {
            assert!(
                page.contains("do not copy, screenshot, forward or save them")
                    || page.contains("Report Remove"),
                "`{outcome}` invites reports about abuse online without the rule on images"
            );
        }
    }
}

/// 009 (May 2024) replaced the consent-first rules that 003 gives: consent is not needed to
/// share information where a child may be at risk of harm (panel M5).
#[test]
fn no_page_gives_the_consent_first_rules_of_information_sharing() {
    for outcome in Outcome::ALL {
        let page = page_text(*outcome);
        for superseded in [
            "Share with consent where you can",
            "ask for their agreement",
            "Data Protection Act 1998",
        ] {
            assert!(
                !page.contains(superseded),
                "`{outcome}` says \"{superseded}\""
            );
        }
    }
    let referral = page_text(Outcome::ReferChildToSocialCare);
    assert!(referral.contains("You do not need consent"));
}
