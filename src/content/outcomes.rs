//! The wording of each outcome page: what to do, who to contact, what to note down, what happens
//! next, what confidentiality can honestly promise, and the guidance behind it.
//!
//! Contact details are as the guidance gives them (001 for Ofsted, 003 for the NSPCC and
//! Childline); a host page will be able to give its own local ones.

use super::sources::{Doc, Source, cite};
use crate::core::Outcome;

/// What a person sees on an outcome page.
#[derive(Debug, PartialEq, Eq)]
pub struct OutcomeText {
    pub outcome: Outcome,
    /// The heading: what to do, in a few words.
    pub title: &'static str,
    /// One paragraph under the heading.
    pub lead: &'static str,
    /// Numbered steps, in order.
    pub steps: &'static [&'static str],
    pub contacts: &'static [Contact],
    /// What to write down, as the guidance asks.
    pub note_down: &'static [&'static str],
    pub what_happens_next: &'static [&'static str],
    pub confidentiality: &'static [&'static str],
    pub sources: &'static [Source],
}

/// Someone to contact, and how.
#[derive(Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: &'static str,
    pub channels: &'static [Channel],
    /// Opening hours, where the guidance gives them.
    pub hours: Option<&'static str>,
    pub note: Option<&'static str>,
    /// Which of the host page's local contacts stands in for this one, if the host gives it
    /// (see `local_contacts`).
    pub local: Option<Local>,
}

/// A contact that a host page can give for its own area or setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Local {
    SocialCare,
    OutOfHours,
    Lado,
    DesignatedLead,
    Ofsted,
}

/// One way to reach a contact.
#[derive(Debug, PartialEq, Eq)]
pub enum Channel {
    /// As it should be read out, with spaces: `0808 800 5000`.
    Phone(&'static str),
    Email(&'static str),
    Post(&'static str),
    /// An address without the scheme: `www.nspcc.org.uk`.
    Web(&'static str),
}

impl Channel {
    /// The link a phone opens: `tel:08088005000`, `mailto:...`, `https://...`. None for post.
    pub fn href(&self) -> Option<String> {
        match self {
            Channel::Phone(number) => Some(format!("tel:{}", number.replace(' ', ""))),
            Channel::Email(address) => Some(format!("mailto:{address}")),
            Channel::Web(address) => Some(format!("https://{address}")),
            Channel::Post(_) => None,
        }
    }

    /// What the person reads.
    pub fn text(&self) -> &'static str {
        match self {
            Channel::Phone(text)
            | Channel::Email(text)
            | Channel::Post(text)
            | Channel::Web(text) => text,
        }
    }
}

/// The wording of `outcome`.
pub fn outcome(outcome: Outcome) -> &'static OutcomeText {
    OUTCOMES
        .iter()
        .find(|text| text.outcome == outcome)
        .expect("tests/content.rs checks every outcome has wording")
}

const POLICE: Contact = Contact {
    name: "Police, in an emergency",
    channels: &[Channel::Phone("999")],
    hours: Some("Any time, day or night"),
    note: None,
    local: None,
};

const COUNCIL: Contact = Contact {
    name: "Children's social care at the council where the child lives",
    channels: &[],
    hours: None,
    note: Some(
        "The council's website gives the number. If you cannot find it, or do not know which \
         council, the NSPCC Helpline can pass your concern on.",
    ),
    local: Some(Local::SocialCare),
};

const NSPCC: Contact = Contact {
    name: "NSPCC Helpline",
    channels: &[
        Channel::Phone("0808 800 5000"),
        Channel::Web("www.nspcc.org.uk"),
    ],
    hours: None,
    note: Some("For advice if you are unsure, and to pass on a concern."),
    local: None,
};

const CHILDLINE: Contact = Contact {
    name: "Childline",
    channels: &[Channel::Phone("0800 1111")],
    hours: None,
    note: Some("For children and young people."),
    local: None,
};

const OFSTED: Contact = Contact {
    name: "Ofsted",
    channels: &[
        Channel::Phone("0300 123 1231"),
        Channel::Email("enquiries@ofsted.gov.uk"),
    ],
    hours: None,
    note: None,
    local: Some(Local::Ofsted),
};

const OFSTED_WHISTLEBLOWING: Contact = Contact {
    name: "Ofsted Whistleblowing Hotline",
    channels: &[
        Channel::Phone("0300 123 3155"),
        Channel::Email("whistleblowing@ofsted.gov.uk"),
        Channel::Post("WBHL, Ofsted, Piccadilly Gate, Store Street, Manchester, M1 2WD"),
    ],
    hours: Some("8am to 6pm, Monday to Friday"),
    note: None,
    local: None,
};

const LADO: Contact = Contact {
    name: "The local authority designated officer (LADO)",
    channels: &[],
    hours: None,
    note: Some(
        "Every council has one. Ask the council where the person works for the LADO, or tell \
         its children's social care team, who will pass it on.",
    ),
    local: Some(Local::Lado),
};

/// The LADO as a setting reaches them. 002 gives no LADO's number (the pre-school's notice names
/// none), so the page describes the contact and a host page can give its own.
const SETTING_LADO: Contact = Contact {
    name: "The LADO for the area where the person works",
    channels: &[],
    hours: None,
    note: Some(
        "The local authority designated officer. Every council has one: the council's website \
         gives the number. The LADO gives advice to settings as well as taking reports.",
    ),
    local: Some(Local::Lado),
};

/// 002 "Responding to an allegation": the route when it cannot wait for the next working day.
const OUT_OF_HOURS_TEAM: Contact = Contact {
    name: "Children's social care emergency out-of-hours team",
    channels: &[],
    hours: Some("When the council's offices are closed"),
    note: Some(
        "Every council has one. The council's website gives the number. If you cannot find it, \
         contact the police.",
    ),
    local: Some(Local::OutOfHours),
};

/// The designated safeguarding lead, whom every member of staff and volunteer must be able to
/// reach (002 "Roles and Responsibilities").
const DESIGNATED_PERSON: Contact = Contact {
    name: "Your setting's designated safeguarding lead",
    channels: &[],
    hours: None,
    note: Some(
        "Or their deputy, or another senior manager, if the designated lead is not there or the \
         concern is about them.",
    ),
    local: Some(Local::DesignatedLead),
};

/// The written record 002 asks for when an allegation is first reported ("Responding to an
/// allegation": "dates, times and places").
const ALLEGATION_RECORD: &[&str] = &[
    "What you saw or heard, or what you were told, in the words used",
    "Dates, times and places",
    "The names of the child, of the person the allegation is about, and of anyone else there",
    "Who you told, and when",
    "What you did, and why",
];

/// 002 "Confidentiality", for every page about an allegation.
const ALLEGATION_CONFIDENTIALITY: &[&str] = &[
    "Keep the allegation confidential while it is looked into. Share it only with the people \
     looking into it, or who need to know to protect children.",
    "The police do not normally tell the press or the public who is being investigated unless \
     they are charged with an offence.",
];

/// What a setting should have to hand when it contacts the LADO that a rule of 002 "Roles and
/// Responsibilities" names.
const LADO_NOTE_DOWN: &[&str] = &[
    "Where the person works with children, and for whom",
    "Where they live",
    "Where and when the incident happened",
    "What the allegation is, in the words used",
];

/// The danger line, and the time limit, on every page of the which-LADO tool.
const REPORT_IN_TIME: &str = "Report within one working day. If a child is in danger right \
                              now, call 999.";

/// 002 "Record keeping": what stays on file after an allegation, and for how long.
const RECORD_KEEPING: &[&str] = &[
    "A clear and full summary of the allegation",
    "How it was followed up and resolved",
    "What action was taken and what was decided, including about a DBS referral, and why",
];

/// 000 para 26: when it is not clear a case is for the designated officer, ask them.
const UNSURE_ASK_THE_DESIGNATED_OFFICER: Source = cite(
    Doc::OfstedStaff,
    "para 26",
    "If it is not clear whether the case meets the criteria for a designated officer referral, \
     discuss it with the designated officer by telephone to agree a course of action.",
);

/// The office a professional writes to when a concern fits no other route, or to escalate (000
/// paras 28-34, 43).
const DCS: Contact = Contact {
    name: "The office of the Director of Children's Services at the council",
    channels: &[],
    hours: None,
    note: Some("The council's website gives the address."),
    local: None,
};

/// What a professional records when they receive information about a child (000 paras 9-11).
const PROFESSIONAL_RECORD: &[&str] = &[
    "Everything you were told, and everything you did",
    "Dates and times, and dates of the incidents",
    "Who told you, unless they choose to stay anonymous",
    "The names, dates of birth and addresses of the children",
    "The names of the establishments, and of anyone alleged to have caused harm",
    "Who else the person has told, and what the response was",
    "What you and your manager decided, and why, including a decision to take no action",
];

/// What a professional can and cannot promise about confidentiality (000 para 8).
const PROFESSIONAL_CONFIDENTIALITY: &[&str] = &[
    "Protect the confidentiality of the children, the adults involved and the person who told \
     you, if they ask you to.",
    "In some limited circumstances you must share the information. If so, discuss it with the \
     person who told you.",
    "Send names and other personal details only to a secure email address, or give them by \
     phone.",
];

/// The same steps on every referral page: how to send it, and when to expect feedback (000
/// paras 21, 25, 34, 38-39).
const SECURE_EMAIL_STEP: &str = "Follow up by email to a secure email address. If the council \
                                 cannot give one, leave names and other personal details out of \
                                 the email and give them during the phone call.";
const FEEDBACK_STEP: &str = "Ask for brief feedback on what has been done to protect the \
                             children, by email within five working days.";

/// What the guidance asks a person to note, for every outcome (001 "Contact us if"; 000 para
/// 11). Kept in one place so every page asks for the same things.
const NOTE_DOWN: &[&str] = &[
    "What you saw or heard, or what you were told, in the words used",
    "Dates and times, and where it happened",
    "The names of the child and of the people involved, if you know them",
    "Who else you have told, and what they did",
    "Copies of any written complaints you have made",
];

/// What Ofsted can and cannot promise about a person's identity (001 "Confidentiality").
const OFSTED_CONFIDENTIALITY: &[&str] = &[
    "You can ask Ofsted to keep your name from the service. If your letter or email does not say, \
     Ofsted assumes you want it kept confidential.",
    "Ofsted cannot always promise this. If a specific child is at risk, it must pass the \
     information on to protect them, even if that might identify you. If it contacts the \
     service, others may guess who told it. If the case goes to court, your name cannot be kept \
     confidential.",
    "You can contact Ofsted without giving your name. It treats an anonymous concern just as \
     seriously.",
];

/// What a person can honestly expect when they tell children's social care or the police.
const SAFEGUARDING_CONFIDENTIALITY: &[&str] = &[
    "You can ask for your name not to be shared. The people you tell will try to protect it, \
     but keeping a child safe comes first: what you say may be shared with those who need it to \
     protect the child.",
    "You can report without giving your name. Giving it helps if they need to ask you more.",
];

pub const OUTCOMES: &[OutcomeText] = &[
    OutcomeText {
        outcome: Outcome::Call999,
        title: "Call 999 now",
        lead: "A child in danger right now needs help straight away. Call the police on 999.",
        steps: &[
            "Call 999 and ask for the police. Say where the child is and what is happening.",
            "When the child is safe, tell children's social care at the council where the child \
             lives what happened, so they can help the child afterwards.",
            "If you are not sure whether the child is in danger right now, call 999 anyway, or \
             call the council's children's social care straight away.",
        ],
        contacts: &[POLICE, COUNCIL, NSPCC],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "Children's social care must make enquiries to decide whether to act to keep the \
             child safe. It is not your job to prove anything.",
        ],
        confidentiality: SAFEGUARDING_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::SafeguardingHandbook,
                "Section 2, Procedures for handling concerns",
                "If a child is in immediate danger, phone the police on 999.",
            ),
            cite(
                Doc::RaisingConcerns,
                "If a child is at immediate risk of harm",
                "It's always best to report your concern to local agencies.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Definition of significant harm",
                "it is not your responsibility to decide whether or not child abuse has taken \
                 place",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::ChildrenSocialCare,
        title: "Contact children's social care at the council",
        lead: "Tell children's social care at the council where the child lives. They can find \
               out what is happening and act to protect the child.",
        steps: &[
            "Call children's social care at the council where the child lives, today. You can \
             also tell the police.",
            "Say what worries you and why. You do not need proof, and you do not need to be sure: \
             deciding what has happened is their job.",
            "If you are unsure whether to report, or cannot find the right council, call the \
             NSPCC Helpline on 0808 800 5000.",
            "If the child is in danger at any point, call 999.",
        ],
        contacts: &[COUNCIL, NSPCC, POLICE],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "Children's social care decides whether the child needs help or protection, and \
             makes enquiries where a child may be suffering significant harm.",
            "They may contact you for more information.",
        ],
        confidentiality: SAFEGUARDING_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::OfstedStaff,
                "paras 17-19",
                "living with someone who has a history of harming children",
            ),
            cite(
                Doc::OfstedStaff,
                "para 19",
                "It also includes child-on-child sexual abuse and potential grooming of children",
            ),
            cite(
                Doc::RaisingConcerns,
                "If a child is at immediate risk of harm",
                "This applies whether they're using local authority or other children's services.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 2, Procedures for handling concerns",
                "advice can be sought from, and referrals can be made via the NSPCC National \
                 Helpline on 0808 800 5000.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::TellLado,
        title: "Tell the council's designated officer (LADO)",
        lead: "When someone who works with children may have harmed a child, the council's \
               designated officer, often called the LADO, oversees what happens. Tell them, or \
               children's social care.",
        steps: &[
            "Contact the LADO at the council where the person works, or children's social care, \
             today.",
            "If a crime may have been committed, also tell the police. If a child is in danger \
             now, call 999.",
            "Do not confront the person or look into it yourself. Say what you know and let the \
             LADO decide what happens.",
        ],
        contacts: &[LADO, COUNCIL, POLICE, NSPCC],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "The LADO makes sure the allegation is looked into, working with the employer, the \
             police and children's social care. This can be a police investigation, a social \
             care enquiry, or the employer's own investigation with the LADO overseeing it.",
            "This applies to paid and voluntary roles, such as teachers, care workers, foster \
             carers, sports coaches and youth leaders.",
        ],
        confidentiality: SAFEGUARDING_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 23",
                "This includes those in paid roles such as teachers, nurses, residential care \
                 workers, foster carers and ministers of religion.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 24",
                "a residential care worker has used excessive force in restraining a child",
            ),
            cite(
                Doc::LadoNotice,
                "Which LADO",
                "the LADO of the local authority area where the individual is engaged in work \
                 with children holds responsibility",
            ),
            cite(
                Doc::LadoNotice,
                "Investigations",
                "Internal investigation with LADO oversight",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::RaiseWithProvider,
        title: "Raise it with the service first",
        lead: "Most concerns about a service are sorted out quickest by the service itself.",
        steps: &[
            "Tell the service what is wrong: speak to the manager, or write to them.",
            "If it is not resolved, or the answer is not good enough, use the service's \
             complaints procedure. Ask them for it.",
            "If you are still not satisfied after the complaints procedure, contact Ofsted.",
            "If at any point you feel unable to raise it with the service, you can contact \
             Ofsted instead.",
        ],
        contacts: &[OFSTED],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "The service should answer your concern. If you later contact Ofsted, send copies of \
             what you wrote and the replies.",
        ],
        confidentiality: OFSTED_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Concerns and complaints",
                "It's usually the quickest option as they can address your concerns directly: \
                 most concerns can be resolved at this stage.",
            ),
            cite(
                Doc::RaisingConcerns,
                "Contact us if",
                "you are not satisfied with their response after following the complaints \
                 procedure",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::ContactOfsted,
        title: "Contact Ofsted",
        lead: "Ofsted regulates and inspects children's social care services in England. Tell \
               it about your concern.",
        steps: &[
            "Call Ofsted on 0300 123 1231 or email enquiries@ofsted.gov.uk.",
            "Say which service it is, what happened, and what you have already done about it.",
            "Send copies of any written complaints you have made.",
            "If a child is in danger at any point, call 999.",
        ],
        contacts: &[OFSTED],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "Ofsted will write to confirm it has your concern if you give an email or postal \
             address. It does not usually tell you what it does next.",
            "Ofsted cannot investigate individual cases. It uses what you tell it to decide how \
             to inspect or regulate the service: it may refer a child at risk to the local \
             authority, ask the service to respond, bring an inspection forward, or keep it for \
             the next one.",
        ],
        confidentiality: OFSTED_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Contact us if",
                "you feel unable to contact the provider about this particular issue",
            ),
            cite(
                Doc::RaisingConcerns,
                "Ofsted's role",
                "Ofsted cannot directly investigate or intervene in individual cases.",
            ),
            cite(
                Doc::RaisingConcerns,
                "What Ofsted will do",
                "we do not usually write to let you know about the actions we have or may take \
                 in the future.",
            ),
            cite(
                Doc::RaisingConcerns,
                "Contact us",
                "Email enquiries@ofsted.gov.uk or call us on 0300 123 1231.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::Whistleblow,
        title: "Blow the whistle",
        lead: "If you work for a children's social care service and believe it is doing \
               something wrong or covering it up, you can report it.",
        steps: &[
            "Follow your organisation's whistleblowing policy, if it has one.",
            "If it does not, or you cannot use it, contact Ofsted's Whistleblowing Hotline, or \
             the NSPCC, which is also a prescribed person for child welfare.",
            "If a child is being harmed by someone who works there, the LADO must be told too.",
        ],
        contacts: &[OFSTED_WHISTLEBLOWING, NSPCC],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "The law protects workers who whistleblow: employees, agency staff, home workers, \
             trainees, and people whose employment has ended.",
            "Self-employed people, volunteers and foster carers are not covered by \
             whistleblowing law, but Ofsted will listen to their concerns seriously and \
             investigate or raise them where appropriate.",
            "Ofsted cannot take whistleblowing about secure training centres or youth offending \
             teams, but will listen and may share it with the Ministry of Justice.",
            "Ofsted cannot advise whether the law protects you in your case. Your union or \
             professional body, or an independent legal adviser, can.",
        ],
        confidentiality: &[
            "If you whistleblow anonymously it may be harder to get the legal protection, \
             because nothing links you to what you reported.",
            "Ofsted will do everything it can to keep your name confidential, but cannot always \
             promise to: if a specific child is at risk, protecting them comes first.",
        ],
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Whistleblowing",
                "Self-employed people, volunteers or foster carers are not covered by \
                 whistleblowing legislation.",
            ),
            cite(
                Doc::RaisingConcerns,
                "How to whistleblow",
                "The NSPCC is also a prescribed person",
            ),
            cite(
                Doc::RaisingConcerns,
                "Whistleblowing in confidence",
                "If you whistleblow to us anonymously it may be harder for you to receive the \
                 legal protections available to whistleblowers.",
            ),
            cite(
                Doc::RaisingConcerns,
                "Contact us: Whistleblowing",
                "call our Whistleblowing Hotline on 0300 1233155 (8am to 6pm, Monday to Friday)",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::OtherRegulator,
        title: "Contact the body that regulates that service",
        lead: "Ofsted can only act on services it inspects or regulates in England.",
        steps: &[
            "For a service in Wales, Scotland or Northern Ireland, contact the body that \
             regulates care services in that country. Ofsted cannot investigate there.",
            "For adult social care, contact the Care Quality Commission.",
            "For another service, raise it with the service first, then its complaints \
             procedure.",
            "If a child is at risk of harm, tell children's social care at the council where the \
             child lives, wherever the service is.",
        ],
        contacts: &[COUNCIL, NSPCC],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "If you contact Ofsted anyway, it may pass the information on, or advise you which \
             organisation has the power to investigate.",
        ],
        confidentiality: SAFEGUARDING_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Services outside Ofsted's remit",
                "in Wales. Northern Ireland or Scotland",
            ),
            cite(
                Doc::RaisingConcerns,
                "Services outside Ofsted's remit",
                "adult social care is regulated by the Care Quality Commission",
            ),
            cite(
                Doc::RaisingConcerns,
                "Complaints about a service we inspect but do not regulate",
                "We may also pass the information to, or advise you to contact, another \
                 organisation that does have the power to investigate complaints.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::Ombudsman,
        title: "Complain through the service, then the ombudsman",
        lead: "Ofsted does not take complaints about these services. Each has its own route.",
        steps: &[
            "Use the service's own complaints procedure first.",
            "The council's children's services: if that does not resolve it, complain to the \
             Local Government Ombudsman.",
            "Cafcass: complain to the Parliamentary and Health Service Ombudsman.",
            "A school, childminder, further education college or secure training centre: use \
             the complaints route for that kind of service.",
            "If a child is at risk of harm, tell children's social care at the council where the \
             child lives.",
        ],
        contacts: &[COUNCIL, NSPCC],
        note_down: NOTE_DOWN,
        what_happens_next: &[
            "Ofsted inspects council children's services and Cafcass, and may use what you tell \
             it in its next inspection, but cannot resolve your complaint.",
        ],
        confidentiality: SAFEGUARDING_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Making a complaint about a different service",
                "a local authority service via the Local Government Ombudsman",
            ),
            cite(
                Doc::RaisingConcerns,
                "Making a complaint about a different service",
                "Cafcass via the Parliamentary and Health Service Ombudsman",
            ),
            cite(
                Doc::RaisingConcerns,
                "Complaints about a service we inspect but do not regulate",
                "We may use the information you provide to inform our next inspection of that \
                 service.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::OwnGrievancePolicy,
        title: "Use your organisation's grievance policy",
        lead: "Ofsted cannot look at employment matters or contractual disputes, such as pay, \
               hours or your contract.",
        steps: &[
            "Follow your organisation's grievance policy: ask your manager or HR for it.",
            "Your union or professional body can advise you.",
            "If you are also worried about children's safety or wrongdoing at the service, that \
             is whistleblowing: Ofsted's Whistleblowing Hotline is 0300 123 3155.",
        ],
        contacts: &[OFSTED_WHISTLEBLOWING],
        note_down: NOTE_DOWN,
        what_happens_next: &["Your organisation deals with the grievance under its policy."],
        confidentiality: &[
            "A grievance is raised in your own name with your employer.",
            "If you whistleblow to Ofsted, it will do everything it can to keep your name \
             confidential, but cannot always promise to.",
        ],
        sources: &[
            cite(
                Doc::RaisingConcerns,
                "Individual concerns",
                "If you have a grievance, you should refer to your organisation's policies.",
            ),
            cite(
                Doc::RaisingConcerns,
                "Independent advice",
                "your union or professional body",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::Childline,
        title: "Talk to Childline",
        lead: "You were right to want to tell someone. Telling \
               someone is the right thing to do, and there are people whose job is to help.",
        steps: &[
            "If you are in danger now, call 999.",
            "Call Childline on 0800 1111 to talk to someone about what is happening.",
            "Tell an adult you trust, like a teacher. They will listen, and may need to tell \
             someone else who can help keep you safe.",
        ],
        contacts: &[
            CHILDLINE,
            POLICE,
            Contact {
                name: "CEOP, for worries about something online",
                channels: &[Channel::Web("www.thinkuknow.co.uk")],
                hours: None,
                note: None,
                local: None,
            },
        ],
        note_down: &[
            "You do not have to write anything down. If it helps, note what happened and when.",
        ],
        what_happens_next: &[
            "If an adult you tell thinks you are not safe, they will tell children's social care \
             at the council, whose job is to help keep you safe.",
        ],
        confidentiality: &[
            "An adult you tell cannot promise to keep it secret if you are not safe. They will \
             tell someone who can help.",
        ],
        sources: &[
            cite(
                Doc::SafeguardingHandbook,
                "Section 5, disclosures made directly by a child",
                "Acknowledge how difficult it must have been for them to tell you.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 5, disclosures made directly by a child",
                "Make sure they know that you will have to tell someone else who can help",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "For children and young people",
                "Childline",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::OutOfHours,
        title: "Contact the emergency out-of-hours team or the police now",
        lead: "When an allegation or a worry about a child cannot wait for the next working day, \
               the council's children's social care emergency out-of-hours team, or the police, \
               can act now.",
        steps: &[
            "If a child is in danger right now, call 999.",
            "Otherwise, call the children's social care emergency out-of-hours team for the area \
             where the child is, or contact the police.",
            "Tell them what has happened, who is involved, and where the child is now.",
            "Write down what you were told and what you did, with dates, times and places.",
            "Tell your designated safeguarding lead as soon as you can. If it is an allegation \
             against someone who works with children, the LADO must also be told on the next \
             working day.",
        ],
        contacts: &[OUT_OF_HOURS_TEAM, POLICE, SETTING_LADO],
        note_down: ALLEGATION_RECORD,
        what_happens_next: &[
            "The out-of-hours team or the police decide what needs to happen now to keep \
             children safe.",
            "On the next working day, the designated lead reports an allegation to the LADO, who \
             oversees what happens after that.",
        ],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "If the allegation occurs outside of office hours and needs immediate action, the \
                 children's social care emergency out of hours team should be contacted, or the \
                 police.",
            ),
            cite(
                Doc::LadoNotice,
                "People in positions of trust",
                "The designated officer, or team of officers, should also be informed within one \
                 working day of all allegations that come to an employer's attention or that are \
                 made directly to the police.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 8, Handling concerns about children and young people",
                "If a child is in immediate danger, staff will phone the police on 999.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::ReferChildToSocialCare,
        title: "Refer the child to children's social care",
        lead: "A worry about a child's welfare that involves nobody who works with children goes \
               to children's social care at the council where the child lives. In a setting, the \
               designated safeguarding lead makes the referral, within 24 hours.",
        steps: &[
            "If a child is in danger right now, call 999.",
            "Tell your designated safeguarding lead straight away. If they are not there, tell \
             their deputy or the manager.",
            "The designated lead refers the child to children's social care at the council where \
             the child lives, within 24 hours of the worry being raised: they phone, send the \
             referral form, and phone again to check it arrived.",
            "If nobody who can decide is there, or you do not know which council, call the NSPCC \
             Helpline on 0808 800 5000. It can give advice and pass the referral on.",
            "If a child tells you something: listen, ask questions only to be sure you \
             understand, do not promise to keep it secret, tell them you will have to tell \
             someone who can help, and write down their words as soon as you can. If they are old \
             enough, tell them about Childline, 0800 1111.",
            "Do not try to find out more yourself or decide whether abuse has happened. That is \
             children's social care's job.",
            "If the decision is not to refer, record who decided and why. If you are still \
             worried, call the NSPCC Helpline yourself.",
        ],
        contacts: &[DESIGNATED_PERSON, COUNCIL, NSPCC, POLICE],
        note_down: &[
            "The child's name, age or date of birth, and address",
            "The names of their parents or carers, if you know them",
            "Any additional needs or disability, and the child's language or way of \
             communicating",
            "What you saw or were told, with times, dates and a description of any injuries",
            "The child's own words, as close as you can to exactly what they said, and any \
             questions you asked",
            "Whether you saw it yourself or someone told you",
            "Who else knows about it",
            "Who you referred to at the council, their phone number, and the time and date",
        ],
        what_happens_next: &[
            "Children's social care decides whether the child needs help or protection. It may \
             ask the designated lead for more information.",
            "The council should confirm what it will do, or explain why it will do nothing. If \
             the setting hears nothing within a week, the designated lead follows it up.",
        ],
        confidentiality: &[
            "Sharing information to protect a child is allowed. The seven golden rules of \
             information sharing say how:",
            "1. Data protection law is not a barrier to sharing information. It is a framework \
             for sharing it properly.",
            "2. Be open and honest with the family from the start about what will be shared, why \
             and with whom, and ask for their agreement, unless it is unsafe or inappropriate to \
             do so.",
            "3. If you are in any doubt, ask for advice, without naming the person if you can.",
            "4. Share with consent where you can. You may still share without it if, in your \
             judgement, protecting the child or the public outweighs it.",
            "5. Base the decision on the safety and well-being of the child and of others who may \
             be affected.",
            "6. Share only what is needed, only with the people who need it, accurately, on time \
             and securely.",
            "7. Record what you decided and why, whether you share or not. If you share, record \
             what, with whom and for what purpose.",
        ],
        sources: &[
            cite(
                Doc::SafeguardingHandbook,
                "Section 2, Procedures for handling concerns",
                "refer all information about alleged and/or actual harm or abuse of children and \
                 young people directly to the Local Authority in which the child or young person \
                 resides.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 2, Procedures for handling concerns",
                "All referrals must be made within 24 hours of receiving the disclosure or concern \
                 being raised.",
            ),
            cite(
                Doc::LadoNotice,
                "Early years and childcare",
                "they have a practitioner who is designated to take lead responsibility for \
                 safeguarding children within each early years setting and who must liaise with \
                 local statutory children's services as appropriate.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 2, Procedures for handling concerns",
                "advice can be sought from, and referrals can be made via the NSPCC National \
                 Helpline on 0808 800 5000.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 5, disclosures made directly by a child",
                "Make sure they know that you will have to tell someone else who can help",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 5, disclosures made directly by a child",
                "Suggest that the child can also ring the specialist child counselling services \
                 of Childline on 0800 1111",
            ),
            cite(
                Doc::OfstedStaff,
                "para 20",
                "Listen carefully to the child, avoid asking questions other than for \
                 clarification and avoid promises of confidentiality.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 10, Follow-up of referrals made",
                "All referrals to a Local Authority must be followed up with a telephone call to \
                 ensure that the referral has been received.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 8, Managing concerns and making referrals",
                "If the decision is made not to refer then recording must show who made the \
                 decision and the reason for that.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Child protection recording and referral form",
                "Details of the disclosure/allegation, incident or concerns: including times, \
                 dates, description of any injuries and whether the information is first hand or \
                 the account of others:",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 12, Golden rules of information sharing",
                "Remember that the Data Protection Act 1998 is not a barrier to sharing \
                 information",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 12, Golden rules of information sharing",
                "Keep a record of your decision and the reasons for it – whether it is to share \
                 information or not.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::ReportToLado,
        title: "Report the allegation to the LADO within one working day",
        lead: "An allegation that someone who works with children has harmed a child, or may be a \
               risk to children, goes to the local authority designated officer (LADO). This \
               applies to volunteers as well as staff, to behaviour outside work as well as at \
               work, and to things that happened long ago.",
        steps: &[
            "If a child is in danger right now, call 999.",
            "If you saw it or were told about it: write down everything, with dates, times and \
             places, and tell the designated person now.",
            "If the allegation is about the designated person, tell their deputy or another \
             senior manager instead. If nobody suitable is there, contact the LADO yourself: the \
             report must not be delayed.",
            "The designated person writes down the details and reports to the LADO for the area \
             where the person works, as soon as possible and within one working day. If the \
             person works in more than one council area, came through an agency, or is a foster \
             carer, first check which LADO is responsible.",
            "Do not investigate, and do not wait to gather more information before reporting.",
            "Do not tell the parents or the person accused yet. First agree with the LADO, and \
             the police or children's social care if they are involved, what can be said and \
             when.",
            "Inform Ofsted of the allegation: the setting, or children's social care, should \
             tell Ofsted about any allegation against a member of staff in a setting it \
             regulates.",
            "Everyone in the setting must report allegations this way. Not reporting one can be \
             a disciplinary matter.",
        ],
        contacts: &[DESIGNATED_PERSON, SETTING_LADO, OFSTED, POLICE],
        note_down: ALLEGATION_RECORD,
        what_happens_next: &[
            "The LADO discusses the allegation with the designated person and decides whether \
             the police or children's social care need to be involved.",
            "There are four possible routes: a joint investigation by the police and children's \
             social care, an investigation by children's social care alone, an investigation by \
             the police alone, or the setting's own investigation with the LADO overseeing it.",
            "Parents or carers are told as soon as the LADO, and the police or children's social \
             care if they are involved, have agreed what can be said. The person accused is told \
             what the allegation is about as soon as that would not harm the investigation.",
            "At the end, the setting decides the outcome: substantiated, false, malicious, \
             unsubstantiated or unfounded. It then considers with the LADO whether a referral to \
             the Disclosure and Barring Service is required.",
        ],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "They should report the allegations immediately to the designated/nominated \
                 person.",
            ),
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "If there is a concern about the nominated person, it should be reported to their \
                 deputy or another senior manager.",
            ),
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "If the designated senior manager is not available, the report to LADO should not \
                 be unnecessarily delayed and should be made by the next most appropriate person.",
            ),
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "They should discuss the decision in relation to the agreed threshold criteria as \
                 soon as possible and within one working day. Referrals should not be delayed in \
                 order to gather information. Failure to report an allegation or concern in \
                 accordance with procedures is a potential disciplinary matter.",
            ),
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "keep a written record of everything related to the allegations, including dates, \
                 times and places.",
            ),
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "the case manager should not do so until those agencies have been consulted and \
                 have agreed what information can be disclosed to the parents or carers.",
            ),
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "The employer or children's social care should inform Ofsted of any allegation or \
                 concern made against a member of staff in any establishment that is regulated by \
                 them.",
            ),
            cite(
                Doc::LadoNotice,
                "Allegations against staff outside of the workplace",
                "If an allegation is about a member of staff but takes place outside of their \
                 work with children, the principles outlined in these procedures still apply.",
            ),
            cite(
                Doc::LadoNotice,
                "Introduction",
                "report to the LADO of the area where the individual is currently working.",
            ),
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "If information can be shared and won't impact the investigation, the employer \
                 should inform the accused person about the nature of the allegation as soon as \
                 possible",
            ),
            cite(
                Doc::LadoNotice,
                "Responding to an allegation",
                "Internal investigation with LADO oversight",
            ),
            cite(
                Doc::LadoNotice,
                "Outcomes of allegation investigations",
                "Employer should take into account the following definitions when determining the \
                 outcome of allegation investigations:",
            ),
            cite(
                Doc::LadoNotice,
                "Allegation meeting/discussion",
                "This meeting will consider if the threshold for a referral to the Disclosure and \
                 Barring Service (DBS) has been met",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::ConsultLado,
        title: "Talk it through with the LADO",
        lead: "If you are not sure whether something is an allegation, or a concern about someone \
               who works with children may be more than it seems, do not decide alone. The LADO \
               advises settings and will agree with you what to do.",
        steps: &[
            "If a child is in danger right now, call 999.",
            "Write down what you know, with dates, times and places, and tell the designated \
             person.",
            "The designated person phones the LADO for the area where the person works, as soon \
             as possible, and agrees with them what happens next.",
            "If the person lives with, or is close to, someone who may harm children, the LADO \
             can decide whether a strategy discussion is needed to protect the children in your \
             care.",
            "Do not look into it yourself, and do not wait to gather more information.",
            "Record what the LADO advised, who decided what, and why.",
            "If the worry turns out to be about a child's welfare, with nobody who works with \
             children involved, the designated lead refers it to children's social care instead. \
             If you are unsure about that, call the NSPCC Helpline on 0808 800 5000.",
        ],
        contacts: &[DESIGNATED_PERSON, SETTING_LADO, NSPCC],
        note_down: ALLEGATION_RECORD,
        what_happens_next: &[
            "If the LADO decides it is an allegation, it is reported and handled as one, with the \
             LADO overseeing it.",
            "If not, the setting deals with it under its own procedures, and keeps a record of \
             the advice.",
        ],
        confidentiality: &[
            "When you first ask for advice, you can describe the situation without naming anyone, \
             if you are unsure.",
            "Keep the concern confidential. Share it only with the people who need to know to \
             protect children.",
        ],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "The LADO provides advice and guidance to organisations, liaises with other \
                 agencies when there are allegations, and monitors the progress of any \
                 allegations.",
            ),
            UNSURE_ASK_THE_DESIGNATED_OFFICER,
            cite(
                Doc::LadoNotice,
                "Allegations against staff outside of the workplace",
                "there is the risk of harm by association to children for whom the member of \
                 staff is responsible, a strategy meeting or a discussion should be convened",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 12, Golden rules of information sharing",
                "Seek advice if you are in any doubt, without disclosing the identity of the \
                 person where possible.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 2, Procedures for handling concerns",
                "it is unclear as to whether a referral should be made or you are unable to \
                 ascertain which Local Authority the child or young person resides in, advice can \
                 be sought from, and referrals can be made via the NSPCC National Helpline on \
                 0808 800 5000.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::WhistleblowToLado,
        title: "Report it to the LADO yourself",
        lead: "If you believe an allegation that has been reported is not being dealt with \
               properly by your setting, report it to the LADO yourself. This is whistleblowing, \
               and it is the right thing to do.",
        steps: &[
            "If a child is in danger right now, call 999.",
            "Contact the LADO for the area where the person works. Say what was reported, when \
             and to whom, and what has or has not happened since.",
            "Follow your setting's whistleblowing policy too, if it has one: it says how to raise \
             concerns about colleagues.",
            "If you want advice first, call the NSPCC Helpline on 0808 800 5000.",
        ],
        contacts: &[SETTING_LADO, NSPCC, POLICE],
        note_down: &[
            "What the allegation was, and when and to whom it was reported",
            "What has been done since, or not done",
            "Dates, times and places",
            "Who you have told, and when",
        ],
        what_happens_next: &[
            "The LADO oversees allegations against people who work with children and monitors \
             how they are dealt with. They will decide with the setting, and the police or \
             children's social care if needed, what must happen.",
            "The law protects workers who blow the whistle, including agency staff. Volunteers \
             and self-employed people are not covered by it, but should still report.",
        ],
        confidentiality: &[
            "If you are worried about being identified, say so when you contact the LADO. Others \
             may still guess who reported it, if only you could have known.",
            "Keep the allegation confidential. Share it only with the people who need to know to \
             protect children.",
        ],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Whistleblowing",
                "All staff should be made aware of the organisation's whistleblowing policy and \
                 feel confident to voice concerns about the attitude or actions of colleagues.",
            ),
            cite(
                Doc::LadoNotice,
                "Whistleblowing",
                "If a member of staff believes that a reported allegation or concern is not being \
                 dealt with appropriately by their organisation, they should report the matter to \
                 the LADO.",
            ),
            cite(
                Doc::RaisingConcerns,
                "Whistleblowing",
                "Self-employed people, volunteers or foster carers are not covered by \
                 whistleblowing legislation.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::SettingProcedures,
        title: "Deal with it under your setting's own procedures",
        lead: "A concern about the quality of someone's work, or a complaint, where no child was \
               harmed or put at risk of harm, is not an allegation. Your setting deals with it \
               under its own policies.",
        steps: &[
            "Raise it with the manager, or with another senior person if it is about the \
             manager.",
            "Use the policy that fits: for example, the complaints policy for a parent's \
             complaint, or the staff behaviour policy for how someone works.",
            "Keep a record of the concern, what was decided, by whom and why.",
            "If anything suggests a child was harmed or put at risk, treat it as an allegation: \
             tell the designated person, who reports it to the LADO within one working day.",
            "If you are unsure at any point, the LADO can advise.",
        ],
        contacts: &[DESIGNATED_PERSON, SETTING_LADO],
        note_down: &[
            "What the concern or complaint is, and who raised it",
            "Dates and times",
            "What was decided, by whom and why",
        ],
        what_happens_next: &[
            "The manager deals with it under the setting's policy, which should say what happens \
             and who is told.",
        ],
        confidentiality: &["Share the details only with the people who need them to deal with it."],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "Each agency or organisation should have a policy which is in keeping with the \
                 process set out in this procedure and defines what a concern, a complaint and an \
                 allegation is.",
            ),
            cite(
                Doc::LadoNotice,
                "Other Related Policies & Procedures",
                "Complaints Policy",
            ),
            cite(
                Doc::LadoNotice,
                "Other Related Policies & Procedures",
                "Staff Behaviour Policy",
            ),
            cite(
                Doc::OfstedStaff,
                "para 32",
                "This category does not include other complaints about agencies where there is no \
                 suggestion of children being harmed or at risk of harm.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::LadoWhereTheyWork,
        title: "The LADO where the person works is responsible",
        lead: "Report the allegation to the LADO of the council area where the person works with \
               children. For most allegations this is clear and the councils do not need to \
               discuss it.",
        steps: &[
            "Contact the LADO of the council area where the person works with children.",
            "For agency staff this is the LADO where they work, not where the agency is based or \
             where they live.",
            "If the allegation is about the person's private life, it is still the LADO where \
             they work.",
            "If it is about something that happened long ago, it is the LADO where they work now.",
            REPORT_IN_TIME,
        ],
        contacts: &[Contact {
            name: "The LADO of the council area where the person works",
            channels: &[],
            hours: None,
            note: Some("The council's website gives the number."),
            local: None,
        }],
        note_down: LADO_NOTE_DOWN,
        what_happens_next: &[
            "That LADO takes responsibility for the allegation and oversees what happens.",
        ],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "The general principle is that the LADO of the local authority area where the \
                 individual is engaged in work with children holds responsibility. For most cases \
                 this is clear and does not require cross-border discussion.",
            ),
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "For staff who are contracted with agencies, then the LADO where the member of \
                 staff works (and where a risk to children has been identified) will take \
                 responsibility.",
            ),
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "If the allegation is in respect of an incident in the personal life of the \
                 member of staff, then the LADO where the member of staff works (and where a \
                 potential risk to children has been identified) will take responsibility.",
            ),
            cite(
                Doc::LadoNotice,
                "Introduction",
                "report to the LADO of the area where the individual is currently working.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::LadoWhereIncidentHappened,
        title: "The LADO where the incident happened leads",
        lead: "The person works in settings in more than one council area, and the incident \
               happened at one of them. The LADO of that setting's area takes the lead.",
        steps: &[
            "Contact the LADO of the council area where the incident happened.",
            "That LADO tells the LADOs of the other areas where the person works, as they need \
             to.",
            "Each of the person's employers may be asked to take part in meetings about the \
             allegation.",
            REPORT_IN_TIME,
        ],
        contacts: &[Contact {
            name: "The LADO of the council area where the incident happened",
            channels: &[],
            hours: None,
            note: Some("The council's website gives the number."),
            local: None,
        }],
        note_down: LADO_NOTE_DOWN,
        what_happens_next: &["That LADO leads, and keeps the other LADOs informed as needed."],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "Where an individual works in settings in two local authority areas, the LADO of \
                 the setting where the incident took place will take the lead and communicate \
                 with the other LADO(s) as required.",
            ),
            cite(
                Doc::LadoNotice,
                "Allegation meeting/discussion",
                "Where there is multiple employments, representatives from each employer",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::LadoOfSubstantiveEmployment,
        title: "The LADO where the person has their main job leads",
        lead: "The person has roles in more than one council area, and the incident did not \
               happen at any one of their workplaces. The LADO of the area where they have their \
               substantive employment, their main job, leads.",
        steps: &[
            "Contact the LADO of the council area where the person has their main job.",
            "Tell them about the person's other roles and where they are.",
            REPORT_IN_TIME,
        ],
        contacts: &[Contact {
            name: "The LADO of the council area where the person has their main job",
            channels: &[],
            hours: None,
            note: Some("The council's website gives the number."),
            local: None,
        }],
        note_down: LADO_NOTE_DOWN,
        what_happens_next: &[
            "That LADO leads, and works with the other areas where the person has roles as \
             needed.",
        ],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "If there are multiple roles carried out across different local authority areas, \
                 the LADO in the area with the substantive employment will lead.",
            ),
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "If the allegation is in respect of an incident in the personal life of the \
                 member of staff, then the LADO where the member of staff works (and where a \
                 potential risk to children has been identified) will take responsibility.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::LadoOfHomeAddress,
        title: "The LADO where the person lives is responsible",
        lead: "The person has several roles in different council areas and no substantive \
               employment, no main job. The LADO of the council area where they live is \
               responsible.",
        steps: &[
            "Contact the LADO of the council area of the person's home address.",
            "Tell them about each of the person's roles and where they are.",
            REPORT_IN_TIME,
        ],
        contacts: &[Contact {
            name: "The LADO of the council area where the person lives",
            channels: &[],
            hours: None,
            note: Some("The council's website gives the number."),
            local: None,
        }],
        note_down: LADO_NOTE_DOWN,
        what_happens_next: &[
            "That LADO takes responsibility, and works with the areas where the person has \
             roles as needed.",
        ],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "However, if there is no substantive employment, the LADO involvement will be \
                 based on the home address of the member of staff.",
            ),
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "If there are multiple roles carried out across different local authority areas, \
                 the LADO in the area with the substantive employment will lead.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::LadoOfRegisteringAuthority,
        title: "The LADO of the council that registered the foster carer is responsible",
        lead: "For a foster carer, the LADO of the council they are registered with is \
               responsible, even if they live in another council's area. That LADO tells the LADO \
               of the area where the children are placed.",
        steps: &[
            "Contact the LADO of the council the foster carer is registered with.",
            "That LADO takes responsibility, and tells the LADO of the area where the children \
             are placed.",
            REPORT_IN_TIME,
        ],
        contacts: &[Contact {
            name: "The LADO of the council the foster carer is registered with",
            channels: &[],
            hours: None,
            note: Some("The council's website gives the number."),
            local: None,
        }],
        note_down: LADO_NOTE_DOWN,
        what_happens_next: &[
            "The foster carer's supervising social worker may be asked to meetings about the \
             allegation.",
        ],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "The exception to this rule will be for foster carers who are registered with a \
                 local authority but live outside of that area. In these situations, the LADO of \
                 the local authority that \"employs\" the carers should take responsibility and \
                 notify the LADO in the geographical area where the children are placed.",
            ),
            cite(
                Doc::LadoNotice,
                "Allegation meeting/discussion",
                "Supervising social worker and their manager when an allegation is made against a \
                 foster carer or prospective adopter",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::DbsReferralRequired,
        title: "You must refer the person to the Disclosure and Barring Service",
        lead: "Both conditions of the legal duty to refer are met. You must make a referral to the \
               Disclosure and Barring Service (DBS). It is an offence to fail to make a referral \
               without good reason.",
        steps: &[
            "Make a referral to the DBS, which considers whether to add the person to the barred \
             list.",
            "Discuss it with the LADO, who should talk it through with you.",
            "Refer even if you have already told the LADO, children's social care or a \
             professional regulator.",
            "Refer even if the person resigned, retired or left before you could stop them \
             working with children.",
            "Record the referral and the reasons for it.",
        ],
        contacts: &[
            Contact {
                name: "Disclosure and Barring Service (DBS)",
                channels: &[],
                hours: None,
                note: Some("GOV.UK explains how to make a referral."),
                local: None,
            },
            SETTING_LADO,
        ],
        note_down: &[
            "Condition 1: when and how you stopped the person working with children, or why you \
             would have if they had not left",
            "Condition 2: what you think they did, the risk they pose, or the caution or \
             conviction",
            "What the investigation found",
            "When you referred, and what you sent",
        ],
        what_happens_next: &[
            "The duty applies to regulated activity providers, such as early-years settings, and \
             to agencies that supply staff.",
            "Condition 1 is met: you withdrew permission for the person to work in regulated \
             activity with children, or moved them to work that is not regulated activity, or \
             would have if they had not been re-deployed, resigned, retired or left.",
            "Condition 2 is met: you think they harmed a child or put a child at risk of harm \
             (relevant conduct), or still pose a risk of harm to children (the harm test), or \
             they were cautioned or convicted of a relevant offence.",
            "The DBS considers whether to add the person to the barred list.",
        ],
        confidentiality: ALLEGATION_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "Regulated activity providers (employers or volunteer managers of people working \
                 in regulated activity in England, Wales and Northern Ireland) and personnel \
                 suppliers have a legal duty to refer to DBS where conditions are met. This \
                 applies even when a referral has also been made to a local authority \
                 safeguarding team or professional regulator.",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "you must make a referral when both of the following conditions have been met:",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS, Condition 1",
                "This includes situations when you would have taken the above action, but the \
                 person was re-deployed, resigned, retired, or left.",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "if a decision is made to dismiss the person or remove them from working in \
                 regulated activity, a referral needs to be made.",
            ),
            cite(
                Doc::LadoNotice,
                "People in positions of trust",
                "the organisation or agency must make a referral to the Disclosure and Barring \
                 Service to consider whether to add the individual to the barred list.",
            ),
            cite(
                Doc::LadoNotice,
                "People in positions of trust",
                "It is an offence to fail to make a referral without good reason.",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "the LADO should discuss with the employer whether a referral should be made to \
                 the DBS.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::DbsReferralNotRequired,
        title: "The legal duty to refer to the DBS is not met",
        lead: "The duty to refer someone to the Disclosure and Barring Service (DBS) applies only \
               when both conditions are met: you stopped them working with children, or would \
               have had they not left, and you think they harmed a child, put a child at risk, \
               still pose a risk, or were cautioned or convicted of a relevant offence.",
        steps: &[
            "If the person is back working with children after the investigation, there may be \
             no legal duty to refer.",
            "A suspension while it is looked into may not be enough on its own. Decide again \
             when the investigation ends.",
            "If you later stop the person working with children, check again: a referral may \
             then be required.",
            "If you are unsure, discuss it with the LADO.",
            "Record what you decided and why.",
        ],
        contacts: &[SETTING_LADO],
        note_down: RECORD_KEEPING,
        what_happens_next: &[
            "Keep that record on the person's confidential personnel file, and give them a copy. \
             It helps answer future reference requests, explains what a future DBS check may \
             show, and avoids looking into the same allegation again.",
            "Keep it at least until the person reaches normal pension age, or for 10 years from \
             the date of the allegation if that is longer.",
            "If the allegation was found to be malicious, remove it from the person's personnel \
             records instead.",
        ],
        confidentiality: &[
            "The record is confidential: keep it on the person's confidential personnel file.",
        ],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "Following investigation, if the person is returned to a position working in \
                 regulated activity with children or vulnerable adults then there may not be a \
                 legal duty to make a referral.",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "The duty to make a referral to the DBS may not be triggered by temporary \
                 suspension, it depends if there is sufficient information to meet the referral \
                 duty criteria.",
            ),
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "you must make a referral when both of the following conditions have been met:",
            ),
            cite(
                Doc::LadoNotice,
                "Record keeping",
                "a clear and comprehensive summary of the allegation, details of how the \
                 allegation was followed up and resolved, and a note of any action taken and \
                 decisions reached, is kept on the confidential personnel file of the accused, \
                 and a copy provided to the person concerned.",
            ),
            cite(
                Doc::LadoNotice,
                "Record keeping",
                "All other records should be retained at least until the accused has reached \
                 normal pension age or for a period of 10 years from the date of the allegation \
                 if that is longer.",
            ),
            cite(
                Doc::LadoNotice,
                "Record keeping",
                "Details of allegations that are found to have been malicious should be removed \
                 from personnel records.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::UrgentSocialCareReferral,
        title: "Refer to children's social care urgently",
        lead: "When a child may be at immediate risk, or is at risk from a family member or \
               someone else not in a position of trust, refer it straight away to children's \
               social care at the council where the child lives.",
        steps: &[
            "Agree with your line manager who makes the referral. This must not cause any delay.",
            "Phone children's social care at the child's council immediately.",
            SECURE_EMAIL_STEP,
            FEEDBACK_STEP,
            "If a child told you themselves: listen carefully, ask questions only to be sure you \
             understand, do not promise to keep it secret, and make notes during the conversation \
             or as soon as you can afterwards. Tell them about Childline, 0800 1111.",
            "If you are not satisfied that the response protects the child, escalate it to the \
             Director of Children's Services.",
        ],
        contacts: &[COUNCIL, POLICE, CHILDLINE],
        note_down: PROFESSIONAL_RECORD,
        what_happens_next: &[
            "Children's social care decides whether the child needs protection, and may contact \
             you for more information.",
            "Feedback should reach you by email within five working days. If none comes, or it \
             does not protect the child, escalate it.",
        ],
        confidentiality: PROFESSIONAL_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 17",
                "You should refer the case immediately to children's social care where there is \
                 a potential of immediate risk to a child or children or there is risk presented \
                 by a family member or other person not in a formal position of trust.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 16",
                "In all instances, this should not create any unnecessary delay in sharing the \
                 information.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 21",
                "Refer the case to the relevant local authority by telephone and follow up by \
                 email to a secure email address. If the local authority cannot provide a secure \
                 address, make sure any information you email is anonymised and provide personal \
                 details during the phone call.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 20",
                "Listen carefully to the child, avoid asking questions other than for \
                 clarification and avoid promises of confidentiality. Make notes of the \
                 conversation during or as soon as possible afterwards and retain these.",
            ),
            cite(
                Doc::SafeguardingHandbook,
                "Section 5, disclosures made directly by a child",
                "Suggest that the child can also ring the specialist child counselling services \
                 of Childline on 0800 1111",
            ),
            cite(
                Doc::OfstedStaff,
                "paras 38-39",
                "This feedback should be sent to you by email within five working days.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 11",
                "This could include dates of incidents, names, dates of birth and addresses of \
                 children, names of establishments, names of alleged perpetrators and who else \
                 the person contacting us has told and what the response was.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::DesignatedOfficerReferral,
        title: "Refer to the designated officer (LADO) now",
        lead: "An allegation that someone in a position of trust has harmed a child, or might, \
               goes to the council's designated officer, often called the LADO. This covers paid \
               and voluntary roles.",
        steps: &[
            "Phone the designated officer at the council where the person works, immediately.",
            SECURE_EMAIL_STEP,
            "If it is not clear whether it meets the criteria for a designated officer referral, \
             discuss it with the designated officer by phone and agree what to do.",
            "If the concern is about a service your organisation regulates, agree with the \
             designated officer how to act so that any investigation is not compromised.",
            "If a child told you themselves: listen carefully, do not promise to keep it secret, \
             and make notes as soon as you can.",
            FEEDBACK_STEP,
            "If the designated officer declines a case you believe meets the criteria, or you are \
             not satisfied with the response, escalate it to the Director of Children's \
             Services.",
        ],
        contacts: &[LADO, POLICE],
        note_down: PROFESSIONAL_RECORD,
        what_happens_next: &[
            "The designated officer manages and oversees the allegation, with the employer, the \
             police and children's social care.",
            "Feedback should reach you by email within five working days.",
        ],
        confidentiality: PROFESSIONAL_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 23",
                "Only refer cases to the designated officer where there are allegations of harm \
                 or possible harm caused by a person in a position of trust.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 25",
                "Refer to the designated officer immediately by telephone, followed by an email \
                 to a secure email address.",
            ),
            UNSURE_ASK_THE_DESIGNATED_OFFICER,
            cite(
                Doc::OfstedStaff,
                "para 27",
                "consider with the designated officer how to align actions to ensure that any \
                 subsequent investigation is not compromised.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 41",
                "if a designated officer declines to accept a case that you believe meets the \
                 criteria.",
            ),
            cite(
                Doc::OfstedStaff,
                "footnote 2",
                "This role was previously known as the Local Authority Designated Officer (LADO).",
            ),
            cite(
                Doc::LadoNotice,
                "Roles and Responsibilities",
                "the LADO of the local authority area where the individual is engaged in work \
                 with children holds responsibility",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::HeadOfEstablishment,
        title: "Encourage them to raise it with the head first",
        lead: "When nobody in a position of trust has harmed a child and it is not a case for \
               children's social care or the designated officer, the head of the school or \
               establishment is usually the right person to put it right.",
        steps: &[
            "If they have not raised it with the head, encourage them to approach the head first.",
            "If they have, and feel the response was not adequate, you may contact the head \
             yourself, as long as the head is not implicated in any way.",
            "Ask the head for brief feedback on what has been done to protect the children, by \
             email within five working days.",
            "If the head is implicated, or has failed to act, write to the Director of Children's \
             Services instead.",
            "If anything suggests a child is at risk at home, or from someone in a position of \
             trust, refer to children's social care or the designated officer instead.",
        ],
        contacts: &[Contact {
            name: "The head of the school or establishment",
            channels: &[],
            hours: None,
            note: Some("The head teacher, manager or person in charge."),
            local: None,
        }],
        note_down: PROFESSIONAL_RECORD,
        what_happens_next: &[
            "The head should act on it and tell you what has been done. If you are not satisfied \
             that the children are protected, escalate it to the Director of Children's \
             Services.",
        ],
        confidentiality: PROFESSIONAL_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 35",
                "You may decide to deal with some types of information by encouraging the \
                 complainant to approach the head of the establishment that they have concerns \
                 about, if they have not already done so. If they have, and feel they have not had \
                 an adequate response, you may choose to contact the head yourself.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 35",
                "This would only be where the head is not implicated in the concerns in any way",
            ),
            cite(
                Doc::OfstedStaff,
                "para 36",
                "Examples may include: complaints from parents that their child is being \
                 physically or psychologically bullied by fellow pupils (including \
                 cyber-bullying), that a teacher shouts regularly, causing children to become \
                 distressed, or that behaviour management approaches in a school are causing \
                 emotional harm.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 38",
                "you should ask the head of the establishment for brief feedback about what \
                 action has been taken to protect children.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::DirectorOfChildrensServices,
        title: "Write to the Director of Children's Services",
        lead: "Information that a child may be suffering or at risk of harm that fits no other \
               route, and whistleblowing about weaknesses in a council's children's social care \
               services, go to the office of the council's Director of Children's Services \
               (DCS).",
        steps: &[
            "Agree it with your manager. At Ofsted, the decision to write to the DCS about a \
             school or agency is made by the Regional Director or a delegated Senior HMI.",
            "Email the office of the DCS with a clear subject heading so it reaches the right \
             person quickly, for example \"For the attention of the anti-bullying lead\".",
            "If the council cannot give a secure email address, send only anonymised information \
             by email, and give personal details by phone.",
            "Whistleblowing about a council's children's social care services, such as child \
             protection investigations not carried out properly, is dealt with by your \
             organisation's whistleblowing team. At Ofsted, that is the cross-remit \
             whistleblowing team.",
            FEEDBACK_STEP,
        ],
        contacts: &[DCS],
        note_down: PROFESSIONAL_RECORD,
        what_happens_next: &[
            "The DCS's office passes it to the right person at the council. Feedback should reach \
             you by email within five working days.",
            "If the response does not protect the children, write to the DCS again with your \
             reasons and ask for a reconsideration.",
        ],
        confidentiality: PROFESSIONAL_CONFIDENTIALITY,
        sources: &[
            cite(
                Doc::OfstedStaff,
                "para 28",
                "Any information that suggests that a child or children may be suffering or at \
                 risk of harm, but that does not fit the above categories should be referred to \
                 the DCS.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 31",
                "These matters should be dealt with by the cross-remit whistle-blowing team \
                 within ARC, in line with their standard operating procedures.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 30",
                "The decision to take this step should be made by the Regional Director or \
                 delegated Senior HMI.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 33",
                "Email these sorts of concerns to the DCS with a clear subject heading that \
                 enables swift transmission to the most appropriate person.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 34",
                "If the local authority cannot provide a secure address, send only anonymised \
                 information by email and provide personal details by telephone.",
            ),
        ],
    },
    OutcomeText {
        outcome: Outcome::EscalateToDcs,
        title: "Escalate it to the Director of Children's Services",
        lead: "If you referred a concern and are not satisfied that the response protects the \
               children, or no feedback came, escalate it.",
        steps: &[
            "Before you write, consult the senior colleague your procedures name. At Ofsted, \
             that is the social care Senior HMI for the region.",
            "Write to the Director of Children's Services, even if the feedback came from the \
             DCS's own office.",
            "Say what concerns you, give your reasons, and ask them to reconsider.",
            "If a child is in danger right now, call 999.",
        ],
        contacts: &[DCS, POLICE],
        note_down: &[
            "When and how you referred, and to whom",
            "What feedback you had, and when, or that none came within five working days",
            "Why you think the response does not protect the children",
            "Who you consulted before escalating",
        ],
        what_happens_next: &[
            "The DCS's office should reconsider the case and tell you what will be done.",
        ],
        confidentiality: PROFESSIONAL_CONFIDENTIALITY,
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
                "para 42",
                "Alternatively, it might be that we receive no feedback about action taken or \
                 that, having received feedback, you think that insufficient action has been \
                 taken.",
            ),
            cite(
                Doc::OfstedStaff,
                "para 43",
                "In such cases, you should write to the DCS (even where the feedback has been \
                 provided by the DCS's office) to express your concern, with reasons, and ask for \
                 a reconsideration. Consult the social care Senior HMI for the relevant region \
                 before doing this.",
            ),
        ],
    },
];
