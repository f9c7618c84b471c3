//! Which local authority's designated officer (LADO) is responsible for an allegation: a tool for
//! a setting that already knows it must report one, when the person works in more than one
//! place, through an agency, or as a foster carer.
//!
//! Routing only; every rule is 002 "Roles and Responsibilities", and each outcome's page quotes
//! the sentence it applies:
//! - the general principle: the LADO where the person works with children;
//! - agency staff, and an incident in the personal life of someone who works in one area: the
//!   LADO where they work;
//! - settings in two areas and an incident at one of them: the LADO where it took place;
//! - several roles in different areas and an incident at none of them: the LADO of the
//!   substantive employment, else of the home address;
//! - foster carers: the LADO of the authority that registered them, which tells the LADO where
//!   the children are placed.

use super::graph::{Flow, FlowKind, QuestionNode, ask, branch, tell};
use super::ids::{Outcome, Question};

pub static WHICH_LADO: Flow = Flow {
    id: "which-lado",
    kind: FlowKind::Tool,
    start: Question::PersonRole,
    questions: &[
        QuestionNode {
            question: Question::PersonRole,
            branches: &[
                branch("foster-carer", tell(Outcome::LadoOfRegisteringAuthority)),
                branch("agency-staff", tell(Outcome::LadoWhereTheyWork)),
                // 002 "Introduction": "report to the LADO of the area where the individual is
                // currently working".
                branch("works-elsewhere-now", tell(Outcome::LadoWhereTheyWork)),
                // No LADO holds a case for someone who no longer works with children: the police
                // or children's social care do (002 "Introduction").
                branch(
                    "no-longer-works-with-children",
                    tell(Outcome::PoliceOrSocialCare),
                ),
                branch("someone-else", ask(Question::CouncilAreas)),
            ],
        },
        QuestionNode {
            question: Question::CouncilAreas,
            branches: &[
                branch("one-area", tell(Outcome::LadoWhereTheyWork)),
                branch("more-than-one", ask(Question::IncidentAtWork)),
            ],
        },
        QuestionNode {
            question: Question::IncidentAtWork,
            branches: &[
                branch("at-work", tell(Outcome::LadoWhereIncidentHappened)),
                branch("outside-work", ask(Question::SubstantiveEmployment)),
            ],
        },
        QuestionNode {
            question: Question::SubstantiveEmployment,
            branches: &[
                branch("yes", tell(Outcome::LadoOfSubstantiveEmployment)),
                branch("no", tell(Outcome::LadoOfHomeAddress)),
            ],
        },
    ],
};
