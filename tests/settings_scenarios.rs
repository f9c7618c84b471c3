//! The acceptance scenarios E1 to E10 and R1 to R5 of `shared/acceptance/scenarios.md`: each
//! walks the flow with the answers that person would give, and checks the outcome and what its
//! page must show. A few more rows, in the guidance's own words, follow the ones in the table.

mod common;

use common::{quotes, scenario};
use signpost::content;
use signpost::core::dbs_referral::DBS_REFERRAL;
use signpost::core::professional::PROFESSIONAL;
use signpost::core::which_lado::WHICH_LADO;
use signpost::core::{Outcome, setting::SETTING};

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
            "Tell your designated safeguarding lead now",
            "phones the LADO today",
            "within one working day at the latest",
            "Do not investigate",
            "do not wait to find out more",
            "dates, times and places",
            "If Ofsted or a childminder agency registers your setting, tell it about the allegation",
            "within 14 days",
            "is an offence",
            "Tell the child's parents or carers as soon as possible, if they do not already know",
            "first agree with them and the LADO what can be said",
        ],
    );
    quotes(
        Outcome::ReportToLado,
        "Referrals should not be delayed in order to gather information.",
    );
}

/// E2. 002 sends an allegation about the lead to "their deputy or another senior manager"; in a
/// small setting the deputy is often someone the lead manages, so, as KCSIE does for a head
/// (007 para 70), it goes to a senior manager who is not involved, or to the LADO directly.
#[test]
fn e2_an_allegation_against_the_designated_person_goes_to_a_senior_manager_or_the_lado() {
    scenario(
        &SETTING,
        &ALLEGATION_NOT_YET_REPORTED,
        "It may be about the designated safeguarding lead",
        Outcome::ReportToLado,
        &[
            "If it is about the designated safeguarding lead or the manager, tell another senior \
             manager who is not involved",
            "tell the LADO yourself",
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
        &["no", "child-welfare", "no"],
        "injuries nobody has explained",
        Outcome::ReferChildToSocialCare,
        &[
            "the designated safeguarding lead makes the referral",
            "refers the child to children's social care at the council where the child lives, \
             today",
            "at once if the child may be at risk of significant harm",
            "If a child is in danger right now, call 999",
        ],
    );
}

/// The referral page asks for what 003's referral form holds, and gives the golden rules of
/// today's information-sharing advice (009), not 003's consent-first ones.
#[test]
fn a_referral_holds_the_forms_fields_and_follows_the_golden_rules() {
    scenario(
        &SETTING,
        &["no", "child-welfare", "no"],
        "has told you something worrying",
        Outcome::ReferChildToSocialCare,
        &[
            "date of birth",
            "parents or carers",
            "description of any injuries",
            "The child's own words",
            "Whether you saw it yourself or someone told you",
            "golden rules for sharing information",
            "1. Every child has a right to be protected from abuse and neglect",
            "3. You do not need consent",
            "Record what you decided and why",
            "You do not need the family's consent to refer a child",
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

#[test]
fn e6_a_worker_dismissed_for_harming_a_child_must_be_referred_to_the_dbs() {
    scenario(
        &DBS_REFERRAL,
        &["removed", "harmed-or-put-at-risk"],
        "we dismissed them",
        Outcome::DbsReferralRequired,
        &[
            "Both conditions of the legal duty to refer are met",
            "Condition 1 is met: you withdrew permission",
            "or would have if they had not been re-deployed, resigned, retired or left",
            "Condition 2 is met: you think they harmed a child",
            "It is an offence to fail to make a referral without good reason",
        ],
    );
    quotes(
        Outcome::DbsReferralRequired,
        "It is an offence to fail to make a referral without good reason.",
    );
}

/// Resigning before the setting could dismiss him does not end the duty (002, Condition 1).
#[test]
fn a_worker_who_resigned_before_dismissal_must_still_be_referred() {
    scenario(
        &DBS_REFERRAL,
        &["left-before-removal", "harmed-or-put-at-risk"],
        "resigned",
        Outcome::DbsReferralRequired,
        &["Refer even if the person resigned, retired or left"],
    );
}

#[test]
fn a_dbs_referral_needs_both_conditions() {
    // Condition 2 alone: still working with children.
    scenario(
        &DBS_REFERRAL,
        &["still-working"],
        "still work with children",
        Outcome::DbsReferralNotRequired,
        &["only when both conditions are met"],
    );
    // Condition 1 alone: removed, but no harm, risk, caution or conviction.
    scenario(
        &DBS_REFERRAL,
        &["removed", "none"],
        "None of these",
        Outcome::DbsReferralNotRequired,
        &["only when both conditions are met"],
    );
}

#[test]
fn e7_a_worker_back_at_work_after_an_investigation_that_found_nothing_is_not_referred() {
    scenario(
        &DBS_REFERRAL,
        &["still-working"],
        "the investigation found nothing",
        Outcome::DbsReferralNotRequired,
        &[
            "back working with children after the investigation, there may be no legal duty",
            "Record what you decided and why",
            "A clear and full summary of the allegation",
            "How it was followed up and resolved",
            "confidential personnel file",
            "10 years",
        ],
    );
}

#[test]
fn e8_an_agency_practitioner_living_in_another_county_is_for_the_lado_where_they_work() {
    scenario(
        &WHICH_LADO,
        &["agency-staff"],
        "wherever they or the agency are based",
        Outcome::LadoWhereTheyWork,
        &[
            "For agency staff this is the LADO where they were working when the concern arose, not \
             where the agency is based or where they live",
        ],
    );
    quotes(
        Outcome::LadoWhereTheyWork,
        "For staff who are contracted with agencies, then the LADO where the member of staff \
         works (and where a risk to children has been identified) will take responsibility.",
    );
}

#[test]
fn e9_a_foster_carer_living_in_another_council_is_for_the_lado_that_registered_them() {
    scenario(
        &WHICH_LADO,
        &["foster-carer"],
        "live in that council's area or in another",
        Outcome::LadoOfRegisteringAuthority,
        &[
            "the LADO of the council they are registered with is responsible",
            "tells the LADO of the area where the children are placed",
        ],
    );
    quotes(
        Outcome::LadoOfRegisteringAuthority,
        "should take responsibility and notify the LADO in the geographical area where the \
         children are placed.",
    );
}

/// E10 does not say where the incident happened. By 002 the substantive-employment and
/// home-address rules settle an incident at none of the person's workplaces; one at a workplace
/// goes to the LADO where it happened, which the second walk shows.
#[test]
fn e10_several_small_roles_in_two_areas_and_no_main_job_is_for_the_lado_where_they_live() {
    scenario(
        &WHICH_LADO,
        &["someone-else", "more-than-one", "outside-work", "no"],
        "several smaller roles",
        Outcome::LadoOfHomeAddress,
        &["The LADO of the council area where they live is responsible"],
    );
    quotes(
        Outcome::LadoOfHomeAddress,
        "if there is no substantive employment, the LADO involvement will be based on the home \
         address of the member of staff.",
    );
    scenario(
        &WHICH_LADO,
        &["someone-else", "more-than-one", "at-work"],
        "at one of their workplaces",
        Outcome::LadoWhereIncidentHappened,
        &["The LADO of that setting's area takes the lead"],
    );
}

#[test]
fn each_which_lado_result_quotes_the_rule_it_applies() {
    for (outcome, rule) in [
        (
            Outcome::LadoWhereTheyWork,
            "The general principle is that the LADO of the local authority area where the \
             individual is engaged in work with children holds responsibility.",
        ),
        (
            Outcome::LadoWhereIncidentHappened,
            "Where an individual works in settings in two local authority areas, the LADO of the \
             setting where the incident took place will take the lead",
        ),
        (
            Outcome::LadoOfSubstantiveEmployment,
            "If there are multiple roles carried out across different local authority areas, the \
             LADO in the area with the substantive employment will lead.",
        ),
        (
            Outcome::LadoOfHomeAddress,
            "However, if there is no substantive employment, the LADO involvement will be based \
             on the home address of the member of staff.",
        ),
        (
            Outcome::LadoOfRegisteringAuthority,
            "The exception to this rule will be for foster carers who are registered with a \
             local authority but live outside of that area.",
        ),
    ] {
        assert!(
            content::advice(outcome).sources[0].quote.contains(rule),
            "`{outcome}` does not quote its rule first"
        );
    }
}

/// R1 is walked with "no" to the danger question: the caller reports a risk, and the person
/// taking the call is not watching a child being hurt. 000 para 17 sends "a potential of
/// immediate risk" to children's social care immediately; a child being hurt now is for 999
/// (003 section 8), which the first question catches.
#[test]
fn r1_a_caller_reporting_a_child_at_immediate_risk_at_home_is_referred_urgently() {
    scenario(
        &PROFESSIONAL,
        &["no", "no", "risk-from-family-or-other"],
        "may be at immediate risk",
        Outcome::UrgentSocialCareReferral,
        &[
            "Phone children's social care at the child's council immediately",
            "Follow up by email to a secure email address",
            "leave names and other personal details out of the email and give them during the \
             phone call",
        ],
    );
}

#[test]
fn r2_a_sports_coach_alleged_to_have_indecent_images_goes_to_the_designated_officer() {
    scenario(
        &PROFESSIONAL,
        &["no", "no", "harm-by-person-in-position-of-trust"],
        "sports coach",
        Outcome::DesignatedOfficerReferral,
        &[
            "Phone the designated officer",
            "immediately",
            "Follow up by email to a secure email address",
        ],
    );
    quotes(
        Outcome::DesignatedOfficerReferral,
        "Refer to the designated officer immediately by telephone, followed by an email to a \
         secure email address.",
    );
}

#[test]
fn r3_bullying_not_yet_raised_with_a_head_who_is_not_implicated_goes_to_the_head_first() {
    scenario(
        &PROFESSIONAL,
        &["no", "no", "bullying-or-school-practice", "not-yet"],
        "bullied by other pupils",
        Outcome::HeadOfEstablishment,
        &[
            "encourage them to approach the head first",
            "as long as the head is not implicated",
            "by email within five working days",
        ],
    );
}

/// Para 15 allows the head only when they are not implicated and have not failed to act; a
/// head who may have harmed a child is a person in a position of trust (para 23), and one who
/// has failed to act is passed by for the DCS (para 30).
#[test]
fn a_head_who_failed_to_act_goes_to_the_dcs_and_one_who_may_have_harmed_to_the_lado() {
    scenario(
        &PROFESSIONAL,
        &[
            "no",
            "no",
            "bullying-or-school-practice",
            "head-failed-to-act",
        ],
        "failed to act",
        Outcome::DirectorOfChildrensServices,
        &["Write to the Director of Children's Services"],
    );
    scenario(
        &PROFESSIONAL,
        &[
            "no",
            "no",
            "bullying-or-school-practice",
            "head-may-have-harmed",
        ],
        "may have harmed a child",
        Outcome::DesignatedOfficerReferral,
        &["Phone the designated officer"],
    );
}

#[test]
fn r4_a_whistleblower_on_a_councils_child_protection_investigations_goes_to_the_dcs() {
    scenario(
        &PROFESSIONAL,
        &["no", "no", "weakness-in-council-services"],
        "child protection enquiries are not done properly",
        Outcome::DirectorOfChildrensServices,
        &[
            "Write to the Director of Children's Services",
            "whistleblowing team",
            "clear subject heading",
        ],
    );
}

#[test]
fn r5_no_feedback_five_working_days_after_a_referral_is_escalated_to_the_dcs() {
    scenario(
        &PROFESSIONAL,
        &["no", "not-satisfied"],
        "no feedback within five working days",
        Outcome::EscalateToDcs,
        &[
            "Write to the Director of Children's Services",
            "give your reasons",
            "ask them to reconsider",
        ],
    );
}

/// 000 para 20 and 003 section 5: what to do when the information comes from a child.
#[test]
fn a_child_who_tells_a_professional_is_listened_to_without_a_promise_of_secrecy() {
    scenario(
        &PROFESSIONAL,
        &["no", "no", "risk-from-family-or-other"],
        "domestic abuse at home",
        Outcome::UrgentSocialCareReferral,
        &[
            "If a child told you themselves: listen carefully",
            "do not promise to keep it secret",
            "make notes",
            "Childline, 0800 1111",
        ],
    );
}

// Issue 10: routes corrected after a safeguarding review, each walked as the person would.

/// A disclosure at 5.30 pm on a Friday cannot wait for Monday (002 "Responding to an
/// allegation"; 000 para 17).
#[test]
fn a_welfare_disclosure_on_friday_evening_goes_to_the_out_of_hours_team() {
    scenario(
        &SETTING,
        &["no", "child-welfare", "yes"],
        "cannot wait until the office opens",
        Outcome::OutOfHours,
        &[
            "emergency out-of-hours team",
            "If you cannot reach it, call the police",
        ],
    );
}

/// 999 is not the end of a setting's journey: the designated lead, the council, the LADO.
#[test]
fn after_999_a_setting_goes_on_to_its_designated_lead_the_council_and_the_lado() {
    scenario(
        &SETTING,
        &["yes"],
        "danger now",
        Outcome::Call999Setting,
        &[
            "Call 999",
            "tell your setting's designated safeguarding lead",
            "emergency out-of-hours team",
            "tells the LADO today",
            "within one working day at the latest",
            "seriously hurt",
        ],
    );
}

/// Nor a professional's: the urgent referral follows the call.
#[test]
fn after_999_a_professional_makes_the_urgent_referral() {
    scenario(
        &PROFESSIONAL,
        &["not-sure"],
        "not sure",
        Outcome::Call999Professional,
        &["Call 999", "refer the case", "secure email"],
    );
}

/// Whichever door a worker takes, whistleblowing is reachable (a council social worker who
/// took the setting's door).
#[test]
fn a_worker_who_took_the_settings_door_can_blow_the_whistle() {
    scenario(
        &SETTING,
        &["no", "wrongdoing"],
        "whistleblowing",
        Outcome::Whistleblow,
        &["Ofsted's Whistleblowing Hotline", "NSPCC", "tell the LADO"],
    );
}

/// 002 "Introduction": an allegation about how a worker treats their own child also means
/// referring that child now.
#[test]
fn an_allegation_about_a_workers_own_child_also_refers_that_child_now() {
    scenario(
        &SETTING,
        &ALLEGATION_NOT_YET_REPORTED,
        "towards their own children",
        Outcome::ReportToLado,
        &[
            "also refer that child to children's social care at the council where the child \
             lives, now",
            "Tell the police if it may be a crime",
        ],
    );
}

/// 000 para 26: a professional who is not sure discusses it with the designated officer.
#[test]
fn a_professional_not_sure_it_is_for_the_designated_officer_discusses_it_with_them() {
    scenario(
        &PROFESSIONAL,
        &["no", "no", "not-sure"],
        "not sure whether it is a case for the designated officer",
        Outcome::DiscussWithDesignatedOfficer,
        &["Phone the LADO", "Agree with them what happens next"],
    );
}

/// 000 paras 38-39: brief feedback within five working days is asked of the head of the
/// establishment, not of every referral.
#[test]
fn only_the_head_of_the_establishment_is_asked_for_feedback_in_five_working_days() {
    for outcome in Outcome::ALL {
        let page = common::page_text(*outcome);
        let asks = page.contains("within five working days");
        assert_eq!(
            asks,
            *outcome == Outcome::HeadOfEstablishment,
            "`{outcome}`"
        );
    }
}

/// 002: suspension "may not" trigger the duty; decide when the investigation ends, and
/// resigning while suspended can meet condition 1.
#[test]
fn a_suspended_worker_is_not_yet_decided_and_resigning_can_meet_condition_1() {
    scenario(
        &DBS_REFERRAL,
        &["suspended"],
        "suspended",
        Outcome::DbsReferralNotYet,
        &[
            "Decide when the investigation ends",
            "may not, on its own",
            "leaving can meet the first condition",
        ],
    );
}

/// Failing to refer is an offence (002): someone unsure checks with the LADO, never lands on
/// "not required".
#[test]
fn a_setting_unsure_about_the_dbs_conditions_checks_with_the_lado() {
    for answers in [&["not-sure"][..], &["removed", "not-sure"][..]] {
        scenario(
            &DBS_REFERRAL,
            answers,
            "not sure",
            Outcome::DbsReferralCheckWithLado,
            &["do not decide alone: ask the LADO", "is an offence"],
        );
    }
}

/// 002 "Introduction": someone who has left is reported to the LADO where they work now.
#[test]
fn an_allegation_about_a_former_employee_goes_to_the_lado_where_they_work_now() {
    scenario(
        &WHICH_LADO,
        &["works-elsewhere-now"],
        "has left and now works with children somewhere else",
        Outcome::LadoWhereTheyWork,
        &["it is the LADO where they work now"],
    );
}

/// 007 para 70: in a school, an allegation about a member of staff goes to the head, and about
/// the head to the chair of governors or the proprietor; a head who is also the sole proprietor,
/// or an owner who runs a setting with nobody above them, is reported to the LADO directly.
#[test]
fn an_allegation_about_a_head_goes_to_the_chair_of_governors_and_about_an_owner_to_the_lado() {
    scenario(
        &SETTING,
        &ALLEGATION_NOT_YET_REPORTED,
        "It may be about the designated safeguarding lead or the manager",
        Outcome::ReportToLado,
        &[
            "In a school or college, tell the head teacher or principal",
            "if it is about the head, tell the chair of governors or the proprietor",
        ],
    );
    quotes(
        Outcome::ReportToLado,
        "this should be reported directly to the local authority designated officer(s) LADO(s).",
    );
    scenario(
        &SETTING,
        &["no", "allegation", "no", "accused-runs-setting"],
        "nobody above them to tell",
        Outcome::WhistleblowToLado,
        &[
            "If the person accused owns or runs your setting, do not tell them first",
            "This is whistleblowing",
            "The law may protect you",
        ],
    );
}

/// 007 para 363: where a child has been harmed or may be at immediate risk, children's social
/// care and, as appropriate, the police are told immediately, not the next day.
#[test]
fn a_child_harmed_by_a_member_of_staff_is_also_referred_to_childrens_social_care_now() {
    scenario(
        &SETTING,
        &ALLEGATION_NOT_YET_REPORTED,
        "may have harmed a child",
        Outcome::ReportToLado,
        &[
            "If a child has been harmed, or may be at immediate risk, also tell children's social care now",
        ],
    );
    quotes(
        Outcome::ReportToLado,
        "contact local authority children's social care and as appropriate the police immediately",
    );
}

/// M1: at 8pm on a Friday an allegation goes to the out-of-hours team, and on the next working
/// day the setting follows the allegation steps: the LADO, and Ofsted within 14 days.
#[test]
fn an_allegation_out_of_hours_still_reaches_the_lado_and_ofsted_on_the_next_working_day() {
    scenario(
        &SETTING,
        &["no", "allegation", "yes"],
        "cannot wait",
        Outcome::OutOfHours,
        &[
            "follow the allegation steps on the next working day",
            "within 14 days at the latest",
            "is an offence",
            "0300 123 1231",
        ],
    );
    assert!(
        content::outcome(Outcome::OutOfHours)
            .see_also
            .contains(&Outcome::ReportToLado)
    );
}

/// M2: a childminder whose partner is being investigated for an offence against a child keeps
/// the partner away from the children and tells Ofsted or the agency.
#[test]
fn a_childminder_whose_partner_is_under_investigation_keeps_them_apart_and_tells_ofsted() {
    scenario(
        &SETTING,
        &["no", "risk-by-association"],
        "their partner is being investigated",
        Outcome::ConsultLado,
        &[
            "the person who may harm children has no contact with the children you look after",
            "If you are a childminder, or care for children in your home",
            "tell Ofsted or your childminder agency",
            "within 14 days at the latest",
            "follow the allegation steps",
        ],
    );
}

/// M6: a referral nobody answered, or a decision the lead disagrees with, is followed up and
/// escalated under the local partnership's procedure (006 para 151; 007 para 65).
#[test]
fn a_referral_nobody_answered_is_followed_up_then_escalated() {
    scenario(
        &SETTING,
        &["no", "no-response-or-no-action"],
        "nobody replied",
        Outcome::EscalateSettingConcern,
        &[
            "phone again",
            "within one working day of a referral",
            "ask to speak to the manager",
            "escalation procedure",
            "refer again",
        ],
    );
}

/// A setting unhappy with its inspection uses Ofsted's own complaints procedure (005).
#[test]
fn a_setting_unhappy_with_its_inspection_uses_ofsteds_complaints_procedure() {
    scenario(
        &SETTING,
        &["no", "ofsted-inspection"],
        "how Ofsted inspected",
        Outcome::ComplainAboutOfsted,
        &["within 5 working days", "ICASO", "0300 123 1231"],
    );
}

/// 002 "Introduction": nobody's LADO holds an allegation about someone who no longer works with
/// children; the police or children's social care do.
#[test]
fn someone_who_no_longer_works_with_children_is_for_the_police_or_childrens_social_care() {
    scenario(
        &WHICH_LADO,
        &["no-longer-works-with-children"],
        "no longer works with children",
        Outcome::PoliceOrSocialCare,
        &[
            "tell the police",
            "children's social care",
            "tell the LADO where they work now",
        ],
    );
}
