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
};

const COUNCIL: Contact = Contact {
    name: "Children's social care at the council where the child lives",
    channels: &[],
    hours: None,
    note: Some(
        "The council's website gives the number. If you cannot find it, or do not know which \
         council, the NSPCC Helpline can pass your concern on.",
    ),
};

const NSPCC: Contact = Contact {
    name: "NSPCC Helpline",
    channels: &[
        Channel::Phone("0808 800 5000"),
        Channel::Web("www.nspcc.org.uk"),
    ],
    hours: None,
    note: Some("For advice if you are unsure, and to pass on a concern."),
};

const CHILDLINE: Contact = Contact {
    name: "Childline",
    channels: &[Channel::Phone("0800 1111")],
    hours: None,
    note: Some("For children and young people."),
};

const OFSTED: Contact = Contact {
    name: "Ofsted",
    channels: &[
        Channel::Phone("0300 123 1231"),
        Channel::Email("enquiries@ofsted.gov.uk"),
    ],
    hours: None,
    note: None,
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
};

const LADO: Contact = Contact {
    name: "The local authority designated officer (LADO)",
    channels: &[],
    hours: None,
    note: Some(
        "Every council has one. Ask the council where the person works for the LADO, or tell \
         its children's social care team, who will pass it on.",
    ),
};

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
];
