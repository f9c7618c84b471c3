//! Whether the legal duty to refer someone to the Disclosure and Barring Service (DBS) is met: a
//! tool for a setting at the end of an allegation.
//!
//! Routing only; the rules are 002 "Referral to the DBS" and "People in positions of trust". A
//! regulated activity provider must refer when both conditions are met:
//! - condition 1: it removed the person from regulated activity, or moved them out of it, or
//!   would have had they not been re-deployed, resigned, retired or left; a person back in
//!   regulated activity after the investigation, or only suspended, may not meet it;
//! - condition 2: it thinks the person engaged in relevant conduct, satisfies the harm test, or
//!   was cautioned or convicted of a relevant offence.

use super::graph::{Flow, FlowKind, QuestionNode, ask, branch, tell};
use super::ids::{Outcome, Question};

pub static DBS_REFERRAL: Flow = Flow {
    id: "dbs-referral",
    kind: FlowKind::Tool,
    start: Question::RemovedFromRegulatedActivity,
    questions: &[
        QuestionNode {
            question: Question::RemovedFromRegulatedActivity,
            branches: &[
                branch("removed", ask(Question::ConductOrRisk)),
                branch("left-before-removal", ask(Question::ConductOrRisk)),
                // "may not be triggered by temporary suspension": not met yet, to be decided
                // when the investigation ends.
                branch("suspended", tell(Outcome::DbsReferralNotYet)),
                branch("still-working", tell(Outcome::DbsReferralNotRequired)),
                // Failing to refer is an offence (002 "People in positions of trust"): someone
                // unsure does not decide alone.
                branch("not-sure", tell(Outcome::DbsReferralCheckWithLado)),
            ],
        },
        QuestionNode {
            question: Question::ConductOrRisk,
            branches: &[
                branch("harmed-or-put-at-risk", tell(Outcome::DbsReferralRequired)),
                branch("still-a-risk", tell(Outcome::DbsReferralRequired)),
                branch("cautioned-or-convicted", tell(Outcome::DbsReferralRequired)),
                branch("none", tell(Outcome::DbsReferralNotRequired)),
                branch("not-sure", tell(Outcome::DbsReferralCheckWithLado)),
            ],
        },
    ],
};
