//! The public journey: for a member of the public, a parent or relative, a young person, or a
//! worker at a children's social care service.
//!
//! Routing only. The words each question and answer shows live in `content::questions`, and the
//! guidance each route rests on is cited there. In brief:
//! - danger right now, or not sure: 999 first (001 "If a child is at immediate risk of harm";
//!   003 section 8);
//! - a child or young person: Childline (003 section 5 and "For children and young people");
//! - an adult harmed as a child: the police, and the LADO if the person still works with children
//!   (002 "Introduction", on non-recent allegations);
//! - harm by someone in a position of trust: the LADO (000 paras 23-24); harm by anyone else:
//!   children's social care (000 paras 17-19); a worker whose manner upsets children but who is
//!   not harming them: the head or manager, then the complaints procedure (000 paras 35-36);
//! - the quality of a service: for one Ofsted registers or inspects (children's homes,
//!   fostering and adoption agencies, registered childcare, residential schools), raise it with
//!   the service, then Ofsted (001 "Concerns and complaints"; 000 footnote 1); otherwise the
//!   service's own complaints procedure and the body that can act (001 "When Ofsted cannot take
//!   action", "Complain about");
//! - a worker's concern about their own service: the designated officer when it may be harm or
//!   they are not sure (000 paras 23, 26), whistleblowing, or their grievance policy (001
//!   "Whistleblowing", "Individual concerns").

use super::graph::{Flow, FlowKind, QuestionNode, ask, branch, tell};
use super::ids::{Outcome, Question};

pub static PUBLIC: Flow = Flow {
    id: "public",
    kind: FlowKind::Journey,
    start: Question::ImmediateDanger,
    questions: &[
        QuestionNode {
            question: Question::ImmediateDanger,
            branches: &[
                branch("yes", tell(Outcome::Call999)),
                branch("no", ask(Question::WhoAreYou)),
                // Someone who cannot tell whether a child is safe right now is sent to 999.
                branch("not-sure", tell(Outcome::Call999)),
            ],
        },
        QuestionNode {
            question: Question::WhoAreYou,
            branches: &[
                branch("child-or-young-person", tell(Outcome::Childline)),
                branch("worker-at-service", ask(Question::WorkerConcern)),
                branch("harmed-as-a-child", tell(Outcome::NonRecentAbuse)),
                branch("someone-else", ask(Question::WhatIsTheWorry)),
            ],
        },
        QuestionNode {
            question: Question::WhatIsTheWorry,
            branches: &[
                branch("harm-by-family-or-other", tell(Outcome::ChildrenSocialCare)),
                branch("harm-by-worker", tell(Outcome::TellLado)),
                branch("worker-conduct", tell(Outcome::SpeakToHeadOrManager)),
                branch("quality-of-service", ask(Question::WhichService)),
                // A worry that may be harm goes where harm goes: the people who can act on it.
                branch("not-sure", tell(Outcome::ChildrenSocialCare)),
            ],
        },
        QuestionNode {
            question: Question::WhichService,
            branches: &[
                branch("regulated-care", ask(Question::RaisedWithProvider)),
                // Ofsted registers early years settings and childminders (000 footnote 1).
                branch("registered-childcare", ask(Question::RaisedWithProvider)),
                branch(
                    "residential-school-or-college",
                    ask(Question::RaisedWithProvider),
                ),
                branch("school-or-college", tell(Outcome::SchoolOrCollegeComplaint)),
                branch("council-childrens-services", tell(Outcome::Ombudsman)),
                branch("cafcass", tell(Outcome::Ombudsman)),
                // Childcare that must be registered and is not is for Ofsted (005 "Who must
                // register as a childminder"), and any risk to a child for children's social care.
                branch(
                    "unregistered-childcare",
                    tell(Outcome::ReportUnregisteredChildcare),
                ),
                branch("outside-england", tell(Outcome::OtherRegulator)),
                branch("adult-or-other-service", tell(Outcome::OtherRegulator)),
                // Ofsted passes on what it cannot act on (001 "Complaints about a service we
                // inspect but do not regulate"), so the Ofsted route is a safe default.
                branch("not-sure", ask(Question::RaisedWithProvider)),
            ],
        },
        QuestionNode {
            question: Question::RaisedWithProvider,
            branches: &[
                branch("not-yet", tell(Outcome::RaiseWithProvider)),
                branch("raised-not-resolved", tell(Outcome::RaiseWithProvider)),
                branch(
                    "complaints-procedure-not-resolved",
                    tell(Outcome::ContactOfsted),
                ),
                branch("unable-to-raise", tell(Outcome::ContactOfsted)),
            ],
        },
        QuestionNode {
            question: Question::WorkerConcern,
            branches: &[
                branch("harm-by-worker", tell(Outcome::TellLado)),
                branch("harm-by-family-or-other", tell(Outcome::ChildrenSocialCare)),
                branch("wrongdoing", tell(Outcome::Whistleblow)),
                branch("employment", tell(Outcome::OwnGrievancePolicy)),
                // 000 para 26: when it is not clear whether it is a case for the designated
                // officer, discuss it with them.
                branch("not-sure", tell(Outcome::DiscussWithDesignatedOfficer)),
            ],
        },
    ],
};
