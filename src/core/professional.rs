//! The professional's journey: for staff who receive information about a child in their job, as
//! Ofsted's "Concerns about children: guidance for all Ofsted staff" (000) sets out.
//!
//! Routing only; the wording and the guidance each route rests on are in `content`. In brief:
//! - danger right now, or not sure: 999 first, as in every journey (003 section 8);
//! - a referral already made with no feedback, or a response that does not protect the children:
//!   escalate to the Director of Children's Services (000 paras 40-43);
//! - a potential of immediate risk, or risk from a family member or anyone not in a position of
//!   trust: an urgent referral to children's social care (000 paras 17-21);
//! - harm or possible harm by a person in a position of trust: the designated officer (000 paras
//!   23-27);
//! - weaknesses in a council's children's social care services, or harm that fits no other
//!   route: the Director of Children's Services (000 paras 28-34);
//! - bullying or a school's practice with no one in a position of trust implicated: the head of
//!   the establishment, unless the head is implicated or has failed to act (000 paras 15, 30,
//!   35-36).

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
                branch("yes", tell(Outcome::Call999)),
                branch("no", ask(Question::AlreadyReferred)),
                branch("not-sure", tell(Outcome::Call999)),
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
            ],
        },
        QuestionNode {
            question: Question::RaisedWithHead,
            branches: &[
                branch("not-yet", tell(Outcome::HeadOfEstablishment)),
                // Para 35: "you may choose to contact the head yourself".
                branch("no-adequate-response", tell(Outcome::HeadOfEstablishment)),
                // Para 15: the head only "if there is no suggestion that they are implicated ...
                // [or] have failed to take action"; otherwise the DCS (para 28).
                branch(
                    "head-implicated",
                    tell(Outcome::DirectorOfChildrensServices),
                ),
            ],
        },
    ],
};
