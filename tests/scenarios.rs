//! The acceptance scenarios P1 to P15 of `shared/acceptance/scenarios.md`: each walks the
//! journey with the answers that person would give, and checks the outcome and what its page
//! must show.

mod common;

use common::scenario;
use signpost::content;
use signpost::core::{Outcome, public::PUBLIC};

const QUALITY: [&str; 3] = ["no", "someone-else", "quality-of-service"];

#[test]
fn p1_a_child_being_beaten_right_now_means_999_then_social_care() {
    scenario(
        &PUBLIC,
        &["yes"],
        "danger now",
        Outcome::Call999,
        &[
            "Call 999",
            "children's social care",
            "When the child is safe",
        ],
    );
}

#[test]
fn p2_to_p4_harm_at_home_goes_to_childrens_social_care() {
    let must_show = [
        "children's social care at the council",
        "tell the police",
        "NSPCC Helpline on 0808 800 5000",
        "Dates and times",
        "Who else you have told",
    ];
    let harm_at_home = ["no", "someone-else", "harm-by-family-or-other"];
    // P2: a mum's partner locks a child in his room without food.
    scenario(
        &PUBLIC,
        &harm_at_home,
        "someone in their family",
        Outcome::ChildrenSocialCare,
        &must_show,
    );
    // P3: a family lives with a man who has a history of harming children.
    scenario(
        &PUBLIC,
        &harm_at_home,
        "someone they live with",
        Outcome::ChildrenSocialCare,
        &must_show,
    );
    // P4: domestic abuse in the neighbour's house.
    scenario(
        &PUBLIC,
        &harm_at_home,
        "domestic abuse",
        Outcome::ChildrenSocialCare,
        &must_show,
    );
}

#[test]
fn p5_a_fostering_agency_not_yet_told_is_raised_with_the_agency_first() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["regulated-care", "not-yet"]].concat(),
        "fostering or adoption agency",
        Outcome::RaiseWithProvider,
        &["Tell the service", "complaints procedure", "contact Ofsted"],
    );
}

#[test]
fn p6_someone_unable_to_raise_it_with_the_agency_contacts_ofsted() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["regulated-care", "unable-to-raise"]].concat(),
        "unable to raise it",
        Outcome::ContactOfsted,
        &[
            "0300 123 1231",
            "enquiries@ofsted.gov.uk",
            "cannot investigate individual cases",
        ],
    );
}

#[test]
fn p7_a_worker_who_grabbed_a_child_goes_to_the_lado_never_the_provider() {
    scenario(
        &PUBLIC,
        &["no", "someone-else", "harm-by-worker"],
        "care worker",
        Outcome::TellLado,
        &[
            "designated officer (LADO)",
            "children's social care",
            "tell the police",
        ],
    );
}

#[test]
fn p8_a_worker_whose_manager_falsifies_records_whistleblows() {
    scenario(
        &PUBLIC,
        &["no", "worker-at-service", "wrongdoing"],
        "records are falsified",
        Outcome::Whistleblow,
        &[
            "whistleblowing policy",
            "0300 123 3155",
            "whistleblowing@ofsted.gov.uk",
            "NSPCC",
            "the law protects you",
        ],
    );
}

#[test]
fn p9_a_foster_carer_is_not_covered_by_whistleblowing_law_but_is_heard() {
    scenario(
        &PUBLIC,
        &["no", "worker-at-service", "wrongdoing"],
        "foster carer",
        Outcome::Whistleblow,
        &[
            "foster carers are not covered",
            "Ofsted will still take their concerns seriously",
        ],
    );
}

#[test]
fn p10_unpaid_overtime_is_for_the_grievance_policy() {
    scenario(
        &PUBLIC,
        &["no", "worker-at-service", "employment"],
        "pay",
        Outcome::OwnGrievancePolicy,
        &["cannot look at employment matters", "grievance policy"],
    );
}

#[test]
fn p11_a_childrens_home_in_glasgow_is_for_the_scottish_regulator() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["outside-england"]].concat(),
        "Scotland",
        Outcome::OtherRegulator,
        &[
            "can only act on services it inspects or regulates in England",
            "In Scotland: the Care Inspectorate",
        ],
    );
}

#[test]
fn p12_an_adult_care_service_is_for_the_care_quality_commission() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["adult-or-other-service"]].concat(),
        "care home for adults",
        Outcome::OtherRegulator,
        &["Care Quality Commission"],
    );
}

#[test]
fn p13_the_councils_complaint_handling_goes_to_the_ombudsman() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["council-childrens-services"]].concat(),
        "dealt with a complaint",
        Outcome::Ombudsman,
        &["Local Government Ombudsman"],
    );
}

#[test]
fn p14_a_twelve_year_old_hurt_at_home_is_told_about_childline() {
    scenario(
        &PUBLIC,
        &["no", "child-or-young-person"],
        "under 19",
        Outcome::Childline,
        &[
            "0800 1111",
            "call 999",
            "You were right to want to tell someone",
        ],
    );
}

#[test]
fn p15_confidentiality_is_explained_honestly_wherever_the_person_ends() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["regulated-care", "unable-to-raise"]].concat(),
        "unable to raise it",
        Outcome::ContactOfsted,
        &[
            "keep your name from the service",
            "cannot always promise",
            "If a specific child is at risk",
            "without giving your name",
            "just as seriously",
        ],
    );
}

// Issue 10: routes corrected after a safeguarding review, each walked as the person would.

/// 000 para 26: a worker not sure whether it is harm talks it through with the designated
/// officer, not a weekday whistleblowing line.
#[test]
fn a_childrens_home_worker_not_sure_whether_it_is_harm_talks_to_the_designated_officer() {
    scenario(
        &PUBLIC,
        &["no", "worker-at-service", "not-sure"],
        "I'm not sure",
        Outcome::DiscussWithDesignatedOfficer,
        &[
            "Phone the LADO",
            "Agree with them what happens next",
            "tell children's social care",
        ],
    );
}

/// Ofsted registers childcare (000 footnote 1): a nursery is raised with the nursery, then
/// Ofsted, and nobody is told Ofsted does not take complaints about childminders.
#[test]
fn a_parent_worried_about_a_nursery_raises_it_then_goes_to_ofsted() {
    let nursery = [&QUALITY[..], &["registered-childcare"]].concat();
    scenario(
        &PUBLIC,
        &[&nursery[..], &["not-yet"]].concat(),
        "childminder",
        Outcome::RaiseWithProvider,
        &["complaints procedure", "contact Ofsted"],
    );
    scenario(
        &PUBLIC,
        &[&nursery[..], &["complaints-procedure-not-resolved"]].concat(),
        "nursery",
        Outcome::ContactOfsted,
        &["0300 123 1231", "childcare"],
    );
    for outcome in Outcome::ALL {
        let page = common::page_text(*outcome);
        assert!(
            !page.contains("does not take complaints about childminders"),
            "`{outcome}`"
        );
    }
}

/// 001 "Complain about": schools and colleges have their own complaints procedure.
#[test]
fn a_complaint_about_a_day_school_goes_to_its_complaints_procedure() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["school-or-college"]].concat(),
        "how it dealt with a complaint",
        Outcome::SchoolOrCollegeComplaint,
        &[
            "Talk to the school or college first",
            "complaints procedure",
            "do not use the complaints procedure. Tell children's social care or the LADO now",
        ],
    );
}

/// 000 paras 35-36: a teacher who shouts and frightens children, but is not harming them,
/// goes to the head, then the complaints procedure; not the LADO, not an ombudsman.
#[test]
fn a_teacher_who_often_shouts_is_raised_with_the_head_then_the_complaints_procedure() {
    scenario(
        &PUBLIC,
        &["no", "someone-else", "worker-conduct"],
        "often shouts",
        Outcome::SpeakToHeadOrManager,
        &[
            "Talk to the head teacher, manager or person in charge",
            "complaints procedure",
            "If you think a child is being harmed, or may be, do not wait",
        ],
    );
}

/// 002 "Introduction": an adult harmed as a child can report it, and the LADO is told if the
/// person still works with children.
#[test]
fn an_adult_harmed_as_a_child_reports_to_the_police_and_the_lado_if_they_still_work_with_children()
{
    scenario(
        &PUBLIC,
        &["no", "harmed-as-a-child"],
        "harmed as a child",
        Outcome::NonRecentAbuse,
        &[
            "however long ago",
            "call the police on 101",
            "tell the LADO at the council where they work now",
        ],
    );
}

/// Someone who works with children and harms their own child at home is a matter for
/// children's social care first (000 para 17), whatever their job.
#[test]
fn a_parent_who_is_a_teacher_harming_their_own_child_goes_to_childrens_social_care() {
    scenario(
        &PUBLIC,
        &["no", "someone-else", "harm-by-family-or-other"],
        "also works with children in their job",
        Outcome::ChildrenSocialCare,
        &["today", "101"],
    );
}

/// Raising a concern with a service must never be how harm by its own staff is reported.
#[test]
fn raising_it_with_the_service_first_carries_the_safety_line() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["regulated-care", "not-yet"]].concat(),
        "children's home",
        Outcome::RaiseWithProvider,
        &[
            "If you think someone who works there has harmed a child, or might, do not raise it with the service first",
        ],
    );
}

/// The danger question speaks to the young person reading it too.
#[test]
fn the_danger_question_includes_the_young_person_reading() {
    let hint = content::question(signpost::core::Question::ImmediateDanger).hint;
    assert!(
        hint.unwrap()
            .contains("This includes you, if you are under 18")
    );
}

/// A page that tells a person to report something says the same, honest thing about their
/// name everywhere (001 "Confidentiality"): they can stay anonymous and what they say is still
/// looked at, and a child's safety comes first. (Only Ofsted promises an anonymous concern is
/// taken "just as seriously", so only its pages say so.)
#[test]
fn every_page_where_a_person_reports_harm_answers_anonymity_the_same_way() {
    for outcome in [
        Outcome::ChildrenSocialCare,
        Outcome::TellLado,
        Outcome::DiscussWithDesignatedOfficer,
        Outcome::OtherRegulator,
    ] {
        let said = content::outcome(outcome).confidentiality.join(" ");
        for promise in [
            "You can report without giving your name",
            "They will still look at what you tell them",
            "keeping a child safe comes first",
        ] {
            assert!(
                said.contains(promise),
                "`{outcome}` does not say \"{promise}\""
            );
        }
    }
    // The 999 page promises no anonymity: the police can see the number that calls them (panel
    // m3). It still says what can be kept private.
    let call_999 = content::outcome(Outcome::Call999).confidentiality.join(" ");
    assert!(!call_999.contains("without giving your name"));
    assert!(call_999.contains("keeping a child safe comes first"));
}

/// Childline's and the 999 page warn, before the notes and the buttons, that a printout or a
/// saved file can be found on a shared device.
#[test]
fn the_childline_and_999_pages_warn_before_offering_to_save_or_print() {
    use signpost::content::pages::next_steps::{DEVICE_WARNING, PRINT};
    for outcome in [Outcome::Childline, Outcome::Call999] {
        let page = signpost::app::page_text::outcome_page(outcome).to_string();
        let warning = page
            .find(DEVICE_WARNING)
            .expect("the warning is on the page");
        assert!(
            warning < page.find(PRINT).unwrap(),
            "`{outcome}` warns too late"
        );
    }
    let childline = common::page_text(Outcome::Childline);
    for fact in [
        "chat online",
        "0800 528 0731",
        "Childline is free and confidential",
    ] {
        assert!(childline.contains(fact), "{fact}");
    }
}

/// 001 "Whistleblowing": Ofsted's hotline cannot take secure training centre or youth offending
/// team staff, so the whistleblowing page tells them first, before sending anyone to it.
#[test]
fn staff_ofsted_cannot_take_whistleblowing_from_are_told_first() {
    let steps = content::outcome(Outcome::Whistleblow).steps;
    assert!(steps[0].contains("secure training centre or a youth offending team"));
    assert!(steps[0].contains("Ofsted cannot take whistleblowing"));
}

/// Childcare that should be registered and is not goes to Ofsted, which registers childcare,
/// with children's social care for any child at risk (005 "Who must register as a childminder").
#[test]
fn a_childminder_who_is_not_registered_is_reported_to_ofsted() {
    scenario(
        &PUBLIC,
        &[
            "no",
            "someone-else",
            "quality-of-service",
            "unregistered-childcare",
        ],
        "should be registered",
        Outcome::ReportUnregisteredChildcare,
        &[
            "0300 123 1231",
            "more than 2 hours a day",
            "children's social care",
        ],
    );
}

/// A parent whose child's nursery worker may have hurt the child: medical help, the manager,
/// Ofsted for registered childcare, and the child kept away from the person (panel m4).
#[test]
fn a_parent_worried_about_a_nursery_worker_gets_help_for_the_child_and_keeps_them_apart() {
    scenario(
        &PUBLIC,
        &["no", "someone-else", "harm-by-worker"],
        "nursery worker",
        Outcome::TellLado,
        &[
            "make sure they get medical help",
            "tell the manager or head, unless they are involved",
            "you can also tell Ofsted",
            "Keep your own child away from the person",
        ],
    );
}

/// A parent who finds sexual images on a child's phone keeps the device and does not copy or
/// forward them (UKCIS, 010; panel M8).
#[test]
fn a_parent_who_finds_sexual_images_keeps_the_phone_and_does_not_forward_them() {
    scenario(
        &PUBLIC,
        &["no", "someone-else", "harm-by-family-or-other"],
        "grooming",
        Outcome::ChildrenSocialCare,
        &[
            "do not copy, screenshot, forward or save them",
            "against the law",
        ],
    );
}
