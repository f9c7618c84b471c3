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
        "family member",
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
        "fostering agency",
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
            "The law protects workers who whistleblow",
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
        &["foster carers are not covered", "Ofsted will listen"],
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
            "Scotland",
            "regulates care services in that country",
            "Ofsted cannot investigate there",
        ],
    );
}

#[test]
fn p12_an_adult_care_service_is_for_the_care_quality_commission() {
    scenario(
        &PUBLIC,
        &[&QUALITY[..], &["adult-or-other-service"]].concat(),
        "Adult social care",
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
        "under 18",
        Outcome::Childline,
        &[
            "0800 1111",
            "call 999",
            "Telling someone is the right thing to do",
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
    for outcome in Outcome::ALL {
        assert!(
            !content::outcome(*outcome).confidentiality.is_empty(),
            "`{outcome}`"
        );
    }
}
