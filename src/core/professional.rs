//! The professional's journey: for staff who receive information about a child in their job, as
//! Ofsted's "Concerns about children: guidance for all Ofsted staff" (000) sets out.
//!
//! Routing only; the wording and the guidance each route rests on are in `content`. In brief:
//! - danger right now, or not sure: 999 first, as in every journey (003 section 8), then the
//!   urgent referral that follows it;
//! - a referral already made with no feedback, or a response that does not protect the children:
//!   escalate to the Director of Children's Services (000 paras 40-43);
//! - a potential of immediate risk, or risk from a family member or anyone not in a position of
//!   trust: an urgent referral to children's social care (000 paras 17-21);
//! - harm or possible harm by a person in a position of trust: the designated officer (000 paras
//!   23-27); not sure whether it is a case for them: a discussion with them (000 para 26);
//! - weaknesses in a council's children's social care services, or harm that fits no other
//!   route: the Director of Children's Services (000 paras 28-34);
//! - bullying or a school's practice with no one in a position of trust implicated: the head of
//!   the establishment (000 paras 35-36); a head who may have harmed a child is a case for the
//!   designated officer (000 para 23), and a head who has failed to act one for the DCS (000 paras
//!   15, 30).

use super::graph::{Flow, FlowKind, QuestionNode, ask, branch, tell};
use super::ids::{Outcome, Question};

pub static PROFESSIONAL: Flow = Flow {
    id: "professional",
    kind: FlowKind::Journey,
    start: Question::ImmediateDanger,
    questions: &[
        QuestionNode {
            question: Question::ImmediateDanger,
            branches: &[
                branch("yes", tell(Outcome::Call999Professional)),
                branch("no", ask(Question::AlreadyReferred)),
                branch("not-sure", tell(Outcome::Call999Professional)),
            ],
        },
        QuestionNode {
            question: Question::AlreadyReferred,
            branches: &[
                branch("no", ask(Question::InformationSuggests)),
                branch("not-satisfied", tell(Outcome::EscalateToDcs)),
            ],
        },
        QuestionNode {
            question: Question::InformationSuggests,
            branches: &[
                branch(
                    "risk-from-family-or-other",
                    tell(Outcome::UrgentSocialCareReferral),
                ),
                branch(
                    "harm-by-person-in-position-of-trust",
                    tell(Outcome::DesignatedOfficerReferral),
                ),
                branch(
                    "weakness-in-council-services",
                    tell(Outcome::DirectorOfChildrensServices),
                ),
                branch("bullying-or-school-practice", ask(Question::RaisedWithHead)),
                branch("other-harm", tell(Outcome::DirectorOfChildrensServices)),
                branch("not-sure", tell(Outcome::DiscussWithDesignatedOfficer)),
            ],
        },
        QuestionNode {
            question: Question::RaisedWithHead,
            branches: &[
                branch("not-yet", tell(Outcome::HeadOfEstablishment)),
                // Para 35: "you may choose to contact the head yourself".
                branch("no-adequate-response", tell(Outcome::HeadOfEstablishment)),
                // Para 23: harm by a person in a position of trust, the head too.
                branch(
                    "head-may-have-harmed",
                    tell(Outcome::DesignatedOfficerReferral),
                ),
                // Paras 15 and 30: a head who has failed to act is passed by; the DCS.
                branch(
                    "head-failed-to-act",
                    tell(Outcome::DirectorOfChildrensServices),
                ),
            ],
        },
    ],
};
