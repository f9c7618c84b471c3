//! The wording of each question: its heading, hint, answers, error message and sources.

use super::sources::{Doc, Source, cite};
use crate::core::Question;

/// What a person sees on a question page.
#[derive(Debug, PartialEq, Eq)]
pub struct QuestionText {
    pub question: Question,
    /// The legend, shown as the page heading.
    pub title: &'static str,
    pub hint: Option<&'static str>,
    /// In the order the routing table offers them.
    pub answers: &'static [AnswerText],
    /// Shown when Continue is pressed with nothing chosen.
    pub error: &'static str,
    /// The question's short name in the summary of answers.
    pub summary: &'static str,
    pub sources: &'static [Source],
}

/// One radio option.
#[derive(Debug, PartialEq, Eq)]
pub struct AnswerText {
    /// The answer's ID in the routing table.
    pub id: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

const fn answer(id: &'static str, label: &'static str, hint: Option<&'static str>) -> AnswerText {
    AnswerText { id, label, hint }
}

/// The wording of `question`.
pub fn question(question: Question) -> &'static QuestionText {
    QUESTIONS
        .iter()
        .find(|text| text.question == question)
        .expect("tests/content.rs checks every question has wording")
}

/// Every question's wording. `tests/content.rs` checks each matches the routing table.
pub const QUESTIONS: &[QuestionText] = &[
    QuestionText {
        question: Question::ImmediateDanger,
        title: "Is a child in danger right now?",
        hint: Some("For example, a child is being hurt now, or will be hurt if nobody acts today."),
        answers: &[
            answer("yes", "Yes, a child is in danger now", None),
            answer("no", "No, not right now", None),
            answer("not-sure", "I'm not sure", None),
        ],
        error: "Select whether a child is in danger right now",
        summary: "Is a child in danger right now?",
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "If a child is at immediate risk of harm",
                "If you believe that any child is at immediate risk of harm, contact the \
                 children's social care department of the child's local authority or report \
                 this to the police.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 8, Handling concerns about children and young people",
                "If a child is in immediate danger, staff will phone the police on 999.",
            ),
        ],
    },
    QuestionText {
        question: Question::WhoAreYou,
        title: "Which of these best describes you?",
        hint: None,
        answers: &[
            answer(
                "child-or-young-person",
                "I am under 18",
                Some("You are worried about yourself or about another child or young person."),
            ),
            answer(
                "worker-at-service",
                "I work at a children's social care service and my worry is about that service",
                Some(
                    "For example, you work at a children's home or fostering agency, are a \
                     foster carer, a volunteer or agency staff.",
                ),
            ),
            answer(
                "someone-else",
                "Someone else",
                Some("For example, a parent, relative, neighbour or anyone who is worried."),
            ),
        ],
        error: "Select which of these best describes you",
        summary: "About you",
        sources: &[
            cite(
                Doc::SafeguardingHandbook,
                "Section 5, Handling concerns or a disclosure made directly by a child",
                "Suggest that the child can also ring the specialist child counselling \
                 services of Childline on 0800 1111",
            ),
            cite(
                Doc::RaisingConcerns,
                "Whistleblowing",
                "Whistleblowing is when an employee of an organisation passes on information \
                 that they reasonably believe shows wrongdoing or a cover up by that \
                 organisation.",
            ),
        ],
    },
    QuestionText {
        question: Question::WhatIsTheWorry,
        title: "What are you worried about?",
        hint: None,
        answers: &[
            answer(
                "harm-by-family-or-other",
                "A child is being harmed, or could be, by someone who does not work with children",
                Some(
                    "For example, a family member or someone they live with. This includes \
                     neglect, domestic abuse at home, grooming, and sexual abuse by another \
                     child.",
                ),
            ),
            answer(
                "harm-by-worker",
                "Someone who works with children has harmed a child, or might",
                Some(
                    "Paid or voluntary: for example a teacher, nursery worker, care worker, \
                     foster carer, sports coach or youth leader.",
                ),
            ),
            answer(
                "quality-of-service",
                "The quality of a service for children, but no child is at risk of harm",
                Some("For example, a children's home, fostering agency, school or the council."),
            ),
            answer("not-sure", "I'm not sure", None),
        ],
        error: "Select what you are worried about",
        summary: "What you are worried about",
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 17",
                "there is risk presented by a family member or other person not in a formal \
                 position of trust",
            ),
            cite(
                Doc::OfstedStaff,
                "para 23",
                "allegations of harm or possible harm caused by a person in a position of trust",
            ),
            cite(
                Doc::RaisingConcerns,
                "Concerns and complaints",
                "If you have an issue or concern about a children's social care service, you \
                 should consider contacting the service first.",
            ),
        ],
    },
    QuestionText {
        question: Question::WhichService,
        title: "What kind of service is it?",
        hint: None,
        answers: &[
            answer(
                "regulated-care",
                "A children's home, fostering agency or adoption agency in England",
                Some(
                    "Or a residential family centre, adoption support agency or residential \
                     holiday scheme for disabled children.",
                ),
            ),
            answer(
                "residential-school-or-college",
                "A boarding school, residential special school or residential college in England",
                Some("Your worry is about the children's welfare where they live."),
            ),
            answer(
                "council-childrens-services",
                "The council's children's services",
                Some("For example, social workers, or how the council dealt with a complaint."),
            ),
            answer(
                "cafcass",
                "Cafcass",
                Some("The family court advisory service."),
            ),
            answer(
                "school-childminder-or-college",
                "A school, childminder, further education college or secure training centre",
                None,
            ),
            answer(
                "outside-england",
                "A service in Wales, Scotland or Northern Ireland",
                None,
            ),
            answer(
                "adult-or-other-service",
                "Adult social care, or another service not listed here",
                None,
            ),
            answer("not-sure", "I'm not sure", None),
        ],
        error: "Select what kind of service it is",
        summary: "Kind of service",
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Complaints about a service we regulate",
                "We regulate and inspect children's social care services in England",
            ),
            cite(
                Doc::RaisingConcerns,
                "Services outside Ofsted's remit",
                "We can only take action if you're contacting us about a service that we \
                 inspect and/or regulate.",
            ),
            cite(
                Doc::RaisingConcerns,
                "Making a complaint about a different service",
                "Complain about:",
            ),
        ],
    },
    QuestionText {
        question: Question::RaisedWithProvider,
        title: "Have you raised your concern with the service?",
        hint: None,
        answers: &[
            answer("not-yet", "No, not yet", None),
            answer(
                "raised-not-resolved",
                "Yes, but it is not resolved and I have not used their complaints procedure",
                None,
            ),
            answer(
                "complaints-procedure-not-resolved",
                "Yes, I followed their complaints procedure and I am not satisfied",
                None,
            ),
            answer(
                "unable-to-raise",
                "No, I feel unable to raise it with them",
                Some("For example, you are afraid of what might happen if you do."),
            ),
        ],
        error: "Select whether you have raised your concern with the service",
        summary: "Raised with the service",
        sources: &[cite(
            Doc::RaisingConcerns,
            "Concerns and complaints",
            "If your concern is not resolved, or you feel you did not receive an adequate \
             response you should follow the organisation's complaints procedure.",
        )],
    },
    QuestionText {
        question: Question::WorkerConcern,
        title: "What is your worry about the service?",
        hint: None,
        answers: &[
            answer(
                "harm-by-worker",
                "Someone who works there has harmed a child, or might",
                None,
            ),
            answer(
                "harm-by-family-or-other",
                "A child is being harmed, or could be, by someone who does not work there",
                Some("For example, a family member."),
            ),
            answer(
                "wrongdoing",
                "Wrongdoing or a cover-up at the service",
                Some(
                    "For example, records are falsified, rules are broken, poor practice puts \
                     children's health or safety at risk.",
                ),
            ),
            answer(
                "employment",
                "My own employment: pay, contract, or a grievance",
                None,
            ),
            answer("not-sure", "I'm not sure", None),
        ],
        error: "Select what your worry about the service is",
        summary: "Your worry about the service",
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Whistleblowing",
                "This might be about activity that is illegal, that risks others' health and \
                 safety or that is about poor practice/leadership or failure to meet statutory \
                 requirements.",
            ),
            cite(
                Doc::RaisingConcerns,
                "Individual concerns",
                "We cannot look at individual concerns or grievances that you might have with \
                 the social care provider, such as employment matters or contractual disputes.",
            ),
        ],
    },
    QuestionText {
        question: Question::SettingConcern,
        title: "What is your concern about?",
        hint: Some("Choose the one closest to what you know. You do not need proof."),
        answers: &[
            answer(
                "child-welfare",
                "A child's welfare or safety, and nobody who works with children is involved",
                Some(
                    "For example, something at home: a child often arrives hungry, has injuries \
                     nobody has explained, or has told you something worrying.",
                ),
            ),
            answer(
                "allegation",
                "Someone who works with children may have harmed a child, or may be a risk to \
                 children",
                Some(
                    "Paid or unpaid: staff, volunteers, students, contractors or committee \
                     members. At work or outside work, including towards their own children, and \
                     including something that happened long ago. It may be about the designated \
                     person or the manager.",
                ),
            ),
            answer(
                "risk-by-association",
                "Someone who works with children lives with, or is close to, a person who may \
                 harm children",
                Some(
                    "For example, their partner is being investigated for, or has been convicted \
                     of, an offence against a child.",
                ),
            ),
            answer(
                "practice-or-complaint",
                "How someone does their job, or a complaint",
                Some(
                    "For example, a parent complains about how their child was spoken to, or a \
                     colleague keeps ignoring a procedure.",
                ),
            ),
            answer("not-sure", "I'm not sure which of these it is", None),
        ],
        error: "Select what your concern is about",
        summary: "Your concern",
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "Such policies should make a clear distinction between an allegation, a concern \
                 about the quality of care or practice or a complaint.",
            ),
            cite(
                Doc::LadoNotice,
                "Introduction",
                "These behaviours can refer to incidents within and outside of the workplace.",
            ),
            cite(
                Doc::LadoNotice,
                "Introduction",
                "Consideration will need to be given to any risk by association posed by those \
                 who live with, or are in a relationship with, adults who are being investigated \
                 for or have been convicted of offences in relation to children.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 8, Managing concerns and making referrals",
                "Concern about the wellbeing or welfare of a child or group of children.",
            ),
        ],
    },
    QuestionText {
        question: Question::PracticeCouldHarm,
        title: "Could it have harmed a child, or put a child at risk of harm?",
        hint: Some(
            "Think about what may have happened, not whether it can be proved. Nobody needs to \
             have called it an allegation.",
        ),
        answers: &[
            answer("yes", "Yes, or it might have", None),
            answer(
                "no",
                "No, it is only about the quality of the work, or a complaint",
                Some("No child was harmed or put at risk of harm."),
            ),
            answer("not-sure", "I'm not sure", None),
        ],
        error: "Select whether it could have harmed a child",
        summary: "Could it have harmed a child?",
        sources: &[
            cite(
                Doc::LadoNotice,
                "Introduction",
                "behaved in a way that has harmed a child, or may have harmed a child",
            ),
            cite(
                Doc::LadoNotice,
                "Introduction",
                "An allegation does not need to be formally made or explicitly described for this \
                 process to be followed.",
            ),
        ],
    },
    QuestionText {
        question: Question::OutsideOfficeHours,
        title: "Does something need to be done before the next working day?",
        hint: Some(
            "For example, it is evening or the weekend, and a child could be at risk before the \
             council's offices open.",
        ),
        answers: &[
            answer(
                "yes",
                "Yes, it cannot wait until the next working day",
                None,
            ),
            answer("no", "No, or it is during office hours now", None),
            answer("not-sure", "I'm not sure", None),
        ],
        error: "Select whether something needs to be done before the next working day",
        summary: "Needs action before the next working day?",
        sources: &[cite(
            Doc::LadoNotice,
            "Responding to an allegation",
            "If the allegation occurs outside of office hours and needs immediate action, the \
             children's social care emergency out of hours team should be contacted, or the \
             police.",
        )],
    },
    QuestionText {
        question: Question::ReportedInSetting,
        title: "Has the allegation already been reported in your setting?",
        hint: None,
        answers: &[
            answer(
                "not-yet",
                "No, not yet",
                Some("For example, you saw it yourself, or someone has just told you."),
            ),
            answer(
                "being-dealt-with",
                "Yes, and the designated person or the manager is dealing with it",
                Some("Choose this if you are the designated person."),
            ),
            answer(
                "not-dealt-with",
                "Yes, but I think it is not being dealt with properly",
                Some("For example, nobody has told the LADO, or it is being played down."),
            ),
        ],
        error: "Select whether the allegation has already been reported in your setting",
        summary: "Already reported in your setting?",
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "All staff and volunteers should know who the responsible person is and how to \
                 contact them.",
            ),
            cite(
                Doc::LadoNotice,
                "Whistleblowing",
                "If a member of staff believes that a reported allegation or concern is not being \
                 dealt with appropriately by their organisation, they should report the matter to \
                 the LADO.",
            ),
        ],
    },
    QuestionText {
        question: Question::PersonRole,
        title: "Who is the allegation about?",
        hint: Some("The person who works with children that the allegation is about."),
        answers: &[
            answer(
                "foster-carer",
                "A foster carer registered with a council",
                Some("Whether they live in that council's area or in another."),
            ),
            answer(
                "agency-staff",
                "Agency staff",
                Some("Someone an agency placed with you, wherever they or the agency are based."),
            ),
            answer(
                "someone-else",
                "Anyone else who works with children",
                Some("Paid or unpaid: staff, volunteers, students, contractors."),
            ),
        ],
        error: "Select who the allegation is about",
        summary: "Who the allegation is about",
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "There are a few situations where consideration is required to determine where \
                 LADO responsibility rests.",
            ),
            cite(
                Doc::LadoNotice,
                "Introduction",
                "This will include foster carers, approved adopters and child minders",
            ),
        ],
    },
    QuestionText {
        question: Question::CouncilAreas,
        title: "Does the person work with children in more than one council area?",
        hint: Some("Count every role they have, paid or unpaid, now."),
        answers: &[
            answer("one-area", "No, in one council area", None),
            answer(
                "more-than-one",
                "Yes, in two or more council areas",
                Some("For example, they work in a nursery in one county and coach in another."),
            ),
        ],
        error: "Select whether the person works in more than one council area",
        summary: "Works in more than one council area?",
        sources: &[cite(
            Doc::LadoNotice,
            "Roles and Responsibilities",
            "The general principle is that the LADO of the local authority area where the \
             individual is engaged in work with children holds responsibility.",
        )],
    },
    QuestionText {
        question: Question::IncidentAtWork,
        title: "Did it happen at one of the places where they work?",
        hint: None,
        answers: &[
            answer("at-work", "Yes, at one of their workplaces", None),
            answer(
                "outside-work",
                "No, it was outside work, or not at any one workplace",
                Some("For example, in their private life."),
            ),
        ],
        error: "Select whether it happened at one of the places where they work",
        summary: "Happened at one of their workplaces?",
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "Where an individual works in settings in two local authority areas, the LADO of \
                 the setting where the incident took place will take the lead",
            ),
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "If the allegation is in respect of an incident in the personal life of the \
                 member of staff",
            ),
        ],
    },
    QuestionText {
        question: Question::SubstantiveEmployment,
        title: "Does the person have a main job in one of those areas?",
        hint: Some(
            "Their substantive employment: the job that is their main work, rather than small or \
             occasional roles.",
        ),
        answers: &[
            answer("yes", "Yes", None),
            answer(
                "no",
                "No, only several smaller roles",
                Some("For example, sessional or voluntary roles in different areas."),
            ),
        ],
        error: "Select whether the person has a main job in one of those areas",
        summary: "Has a main job?",
        sources: &[cite(
            Doc::LadoNotice,
            "Roles and Responsibilities",
            "If there are multiple roles carried out across different local authority areas, the \
             LADO in the area with the substantive employment will lead.",
        )],
    },
    QuestionText {
        question: Question::RemovedFromRegulatedActivity,
        title: "Have you stopped the person working with children, or would you have if they \
                had not left?",
        hint: Some("In the law's words: removed them from regulated activity with children."),
        answers: &[
            answer(
                "removed",
                "Yes, we dismissed them, stopped them working with children, or moved them to \
                 other work",
                None,
            ),
            answer(
                "left-before-removal",
                "They resigned, retired, left or moved role before we could, and we would have \
                 stopped them",
                None,
            ),
            answer(
                "suspended",
                "They are suspended while it is looked into",
                None,
            ),
            answer(
                "still-working",
                "No, they still work with children, or are back at work",
                Some("For example, the investigation found nothing and they have returned."),
            ),
        ],
        error: "Select whether you have stopped the person working with children",
        summary: "Stopped working with children?",
        sources: &[
            cite(
                Doc::LadoNotice,
                "Referral to the DBS, Condition 1",
                "You withdraw permission for a person to engage in regulated activity with \
                 children and/or vulnerable adults. Or you move the person to another area of \
                 work that isn't regulated activity.",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS, Condition 1",
                "This includes situations when you would have taken the above action, but the \
                 person was re-deployed, resigned, retired, or left.",
            ),
        ],
    },
    QuestionText {
        question: Question::ConductOrRisk,
        title: "Do you think the person has done any of these?",
        hint: None,
        answers: &[
            answer(
                "harmed-or-put-at-risk",
                "Harmed a child, or put a child at risk of harm",
                Some(
                    "By something they did or failed to do. This includes conduct that would \
                     endanger a child if repeated, anything sexual involving a child, and having \
                     sexual images of children.",
                ),
            ),
            answer(
                "still-a-risk",
                "Nothing like that, but they still pose a risk of harm to children",
                None,
            ),
            answer(
                "cautioned-or-convicted",
                "Been cautioned or convicted of a relevant offence",
                None,
            ),
            answer("none", "None of these", None),
        ],
        error: "Select whether you think the person has done any of these",
        summary: "What you think they did",
        sources: &[
            cite(
                Doc::LadoNotice,
                "Referral to the DBS, Condition 2",
                "Engaged in relevant conduct in relation to children and/or adults. An action or \
                 inaction has harmed a child or vulnerable adult or put them at risk of harm",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS, Condition 2",
                "there has been no relevant conduct but a risk of harm to a child or vulnerable \
                 still exists",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS, Condition 2",
                "Been cautioned or convicted of a relevant (automatic barring either with or \
                 without the right to make representations) offence.",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS, relevant conduct",
                "if repeated against or in relation to a child would endanger the child or be \
                 likely to endanger the child",
            ),
        ],
    },
    QuestionText {
        question: Question::AlreadyReferred,
        title: "Have you already passed this information on?",
        hint: None,
        answers: &[
            answer("no", "No, this is new information", None),
            answer(
                "not-satisfied",
                "Yes, but I am not satisfied with the response",
                Some(
                    "For example, no feedback within five working days, the designated officer \
                     declined the case, or too little has been done to protect the children.",
                ),
            ),
        ],
        error: "Select whether you have already passed this information on",
        summary: "Already passed on?",
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 40",
                "If, having referred a matter in any of the ways above, you are not satisfied \
                 that the response is adequate to ensure that children are protected, you should \
                 escalate the matter.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 39",
                "This feedback should be sent to you by email within five working days.",
            ),
        ],
    },
    QuestionText {
        question: Question::InformationSuggests,
        title: "What does the information suggest?",
        hint: Some("Choose the closest. You do not need to be sure it is true."),
        answers: &[
            answer(
                "risk-from-family-or-other",
                "A child may be at immediate risk, or is at risk from a family member or someone \
                 else not in a position of trust",
                Some(
                    "For example, living with someone who has a history of harming children, \
                     neglect, physical abuse, domestic abuse at home, sexual abuse by another \
                     child, or grooming.",
                ),
            ),
            answer(
                "harm-by-person-in-position-of-trust",
                "Someone in a position of trust has harmed a child, or might",
                Some(
                    "Paid or voluntary: for example a teacher, nurse, nursery worker, residential \
                     care worker, foster carer, minister of religion, sports coach or youth \
                     leader.",
                ),
            ),
            answer(
                "weakness-in-council-services",
                "Weaknesses in a council's children's social care services",
                Some(
                    "For example, referrals are not properly assessed, child protection \
                     investigations are not done properly, or management oversight is weak.",
                ),
            ),
            answer(
                "bullying-or-school-practice",
                "Bullying, or how a school or other establishment treats children",
                Some(
                    "For example, a child is bullied by other pupils, a teacher often shouts and \
                     upsets children, or behaviour management is causing emotional harm.",
                ),
            ),
            answer(
                "other-harm",
                "Something else that suggests a child may be suffering or at risk of harm",
                None,
            ),
        ],
        error: "Select what the information suggests",
        summary: "What the information suggests",
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 15",
                "You should respond in one or more of four ways:",
            ),
            cite(
                Doc::OfstedStaff,
                "para 17",
                "You should refer the case immediately to children's social care where there is \
                 a potential of immediate risk to a child or children or there is risk presented \
                 by a family member or other person not in a formal position of trust.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 23",
                "Only refer cases to the designated officer where there are allegations of harm \
                 or possible harm caused by a person in a position of trust.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 31",
                "'whistle-blowing' concerns about systemic weaknesses in a local authority \
                 children's social care services",
            ),
            cite(
                Doc::OfstedStaff,
                "para 36",
                "complaints from parents that their child is being physically or psychologically \
                 bullied by fellow pupils",
            ),
            cite(
                Doc::OfstedStaff,
                "para 28",
                "Any information that suggests that a child or children may be suffering or at \
                 risk of harm, but that does not fit the above categories should be referred to \
                 the DCS.",
            ),
        ],
    },
    QuestionText {
        question: Question::RaisedWithHead,
        title: "Has the person who told you raised it with the head of the establishment?",
        hint: Some("The head teacher, manager or person in charge."),
        answers: &[
            answer("not-yet", "No, not yet", None),
            answer(
                "no-adequate-response",
                "Yes, but they feel they have not had an adequate response",
                None,
            ),
            answer(
                "head-implicated",
                "The head is involved in the concern, or has failed to act on it",
                None,
            ),
        ],
        error: "Select whether they have raised it with the head of the establishment",
        summary: "Raised with the head?",
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 30",
                "In most cases, you should check with the complainant whether they have raised \
                 their concerns with the head of the school or agency concerned. If they have \
                 not, you should encourage them to do so unless the head is implicated.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 15",
                "contact the head of the agency concerned if there is no suggestion that they are \
                 implicated in causing harm and there is no suggestion in the information \
                 received that they have failed to take action",
            ),
        ],
    },
];
