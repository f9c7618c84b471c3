//! The setting's journey: for staff, volunteers, designated safeguarding leads, managers and
//! committee members of an early years setting or another organisation that works with children.
//!
//! Routing only; the wording and the guidance each route rests on are in `content`. Where the
//! older documents overlap, the pre-school's LADO procedure (002) is followed, as the more
//! specific for this audience; where today's statutory guidance (006 to 010) says otherwise, it
//! rules (`guidance/README.md`). In brief:
//! - danger right now, or not sure: 999 first (003 section 8), as in every journey, then the
//!   setting's own next steps: its designated safeguarding lead, the out-of-hours team, the LADO;
//! - a worry about a child's welfare that involves nobody who works with children: the designated
//!   lead refers to children's social care where the child lives, today, and at once where a
//!   child may be at risk (000 para 17; 002 "Organisations without Statutory Duties"); when the
//!   council is closed and it cannot wait, the emergency out-of-hours team or the police (002
//!   "Responding to an allegation");
//! - an allegation against someone who works with children, at work or outside it, towards their
//!   own children or long ago (002 "Introduction", "Allegations against staff outside of the
//!   workplace"): the LADO within one working day (002 "Responding to an allegation"); outside
//!   office hours, when it cannot wait, the emergency out-of-hours team or the police (002, the
//!   same section); and if the setting is not dealing with it properly, or the person accused runs
//!   it with nobody above them, the LADO directly (002 "Whistleblowing"; 007 para 70);
//! - risk by association, or not sure whether it is an allegation: talk to the LADO rather than
//!   decide alone (002 "Allegations against staff outside of the workplace", "Roles and
//!   Responsibilities");
//! - the quality of practice or a complaint: an allegation if it could have harmed a child,
//!   otherwise the setting's own procedures, which must tell the three apart (002 "Roles and
//!   Responsibilities");
//! - wrongdoing or a cover-up by the organisation itself: whistleblowing (001 "Whistleblowing"),
//!   so a worker who took this door reaches it as they would from the public one;
//! - a referral nobody answered, or a decision the setting disagrees with while a child may still
//!   be at risk: follow it up and escalate (006 para 151; 007 para 65);
//! - a complaint about how Ofsted inspected the setting: Ofsted's own complaints procedure (005).

use super::graph::{Flow, FlowKind, QuestionNode, ask, branch, tell};
use super::ids::{Outcome, Question};

pub static SETTING: Flow = Flow {
    id: "setting",
    kind: FlowKind::Journey,
    start: Question::ImmediateDanger,
    questions: &[
        QuestionNode {
            question: Question::ImmediateDanger,
            branches: &[
                branch("yes", tell(Outcome::Call999Setting)),
                branch("no", ask(Question::SettingConcern)),
                branch("not-sure", tell(Outcome::Call999Setting)),
            ],
        },
        QuestionNode {
            question: Question::SettingConcern,
            branches: &[
                branch("child-welfare", ask(Question::WelfareOutsideOfficeHours)),
                branch("allegation", ask(Question::OutsideOfficeHours)),
                branch("risk-by-association", tell(Outcome::ConsultLado)),
                branch("practice-or-complaint", ask(Question::PracticeCouldHarm)),
                branch("wrongdoing", tell(Outcome::Whistleblow)),
                // A referral that nobody answered, or a decision the setting disagrees with while
                // a child may still be at risk: follow it up and escalate (006 para 151; 007 para
                // 65).
                branch(
                    "no-response-or-no-action",
                    tell(Outcome::EscalateSettingConcern),
                ),
                // A complaint about Ofsted itself (005 "Complaining about an Ofsted inspection").
                branch("ofsted-inspection", tell(Outcome::ComplainAboutOfsted)),
                branch("not-sure", tell(Outcome::ConsultLado)),
            ],
        },
        QuestionNode {
            question: Question::WelfareOutsideOfficeHours,
            branches: &[
                branch("yes", tell(Outcome::OutOfHours)),
                branch("no", tell(Outcome::ReferChildToSocialCare)),
                // Someone unsure whether it can wait is sent to those who can act tonight.
                branch("not-sure", tell(Outcome::OutOfHours)),
            ],
        },
        QuestionNode {
            question: Question::PracticeCouldHarm,
            branches: &[
                // Practice that may have harmed a child is an allegation by 002's definition.
                branch("yes", ask(Question::OutsideOfficeHours)),
                branch("no", tell(Outcome::SettingProcedures)),
                branch("not-sure", tell(Outcome::ConsultLado)),
            ],
        },
        QuestionNode {
            question: Question::OutsideOfficeHours,
            branches: &[
                branch("yes", tell(Outcome::OutOfHours)),
                branch("no", ask(Question::ReportedInSetting)),
                // Someone unsure whether it can wait is sent to those who can act tonight.
                branch("not-sure", tell(Outcome::OutOfHours)),
            ],
        },
        QuestionNode {
            question: Question::ReportedInSetting,
            branches: &[
                branch("not-yet", tell(Outcome::ReportToLado)),
                branch("being-dealt-with", tell(Outcome::ReportToLado)),
                branch("not-dealt-with", tell(Outcome::WhistleblowToLado)),
                // Nobody above the person accused: the LADO directly (007 para 70; 002
                // "Whistleblowing").
                branch("accused-runs-setting", tell(Outcome::WhistleblowToLado)),
            ],
        },
    ],
};
