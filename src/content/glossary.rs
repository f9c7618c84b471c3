//! The five outcomes an investigation of an allegation can reach, in plain words, and what each
//! means for the records a setting keeps.
//!
//! The definitions are 002 "Outcomes of allegation investigations"; what to keep, and for how
//! long, is 002 "Record keeping"; what follows a false or malicious finding is 002
//! "Unsubstantiated, false and malicious allegations". Each entry cites the definition first, and
//! `tests/content.rs` checks that it is the one 002 gives for that term.

use super::sources::{Doc, Source, cite};

/// One term a setting meets at the end of an allegation.
#[derive(Debug, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// The term, as 002 spells it.
    pub term: &'static str,
    /// What it means, in plain words.
    pub meaning: &'static str,
    /// What it means for the setting's records, in order.
    pub for_records: &'static [&'static str],
    /// The definition in 002 first, then the rules about records.
    pub sources: &'static [Source],
}

/// What is kept for every outcome except a malicious one (002 "Record keeping").
const KEEP_A_SUMMARY: &str = "Keep a clear summary of the allegation, how it was followed up \
                              and resolved, and what was done and decided, on the person's \
                              confidential personnel file, and give them a copy.";
const KEEP_IT_FOR: &str = "Keep it at least until the person reaches normal pension age, or for \
                           10 years from the date of the allegation if that is longer.";

const SUMMARY_ON_FILE: Source = cite(
    Doc::LadoNotice,
    "Record keeping",
    "for all other allegations, it is important that a clear and comprehensive summary of the \
     allegation, details of how the allegation was followed up and resolved, and a note of any \
     action taken and decisions reached, is kept on the confidential personnel file of the \
     accused, and a copy provided to the person concerned.",
);
const HOW_LONG: Source = cite(
    Doc::LadoNotice,
    "Record keeping",
    "All other records should be retained at least until the accused has reached normal pension \
     age or for a period of 10 years from the date of the allegation if that is longer.",
);
const FALSE_OR_MALICIOUS_TO_SOCIAL_CARE: Source = cite(
    Doc::LadoNotice,
    "Unsubstantiated, false and malicious allegations",
    "False and malicious allegations are rare and may be a strong indicator of abuse elsewhere \
     which requires further exploration. If an allegation is demonstrably false, or considered to \
     be malicious, the employer, in consultation with the LADO, should refer the matter to \
     children's social care.",
);

/// The five outcomes, in 002's order.
pub const GLOSSARY: &[GlossaryEntry] = &[
    GlossaryEntry {
        term: "Substantiated",
        meaning: "There is enough evidence to prove the allegation.",
        for_records: &[
            KEEP_A_SUMMARY,
            KEEP_IT_FOR,
            "If the person no longer works in their role, the LADO discusses with the setting \
             whether to refer them to the Disclosure and Barring Service.",
        ],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Outcomes of allegation investigations",
                "there is sufficient identifiable evidence to prove the allegation.",
            ),
            SUMMARY_ON_FILE,
            HOW_LONG,
            cite(
                Doc::LadoNotice,
                "Referral to the DBS",
                "If an allegation is substantiated and the person is no longer working in their \
                 position (either through dismissal or resignation or some other means), the LADO \
                 should discuss with the employer whether a referral should be made to the DBS.",
            ),
        ],
    },
    GlossaryEntry {
        term: "False",
        meaning: "There is enough evidence to disprove the allegation.",
        for_records: &[
            KEEP_A_SUMMARY,
            KEEP_IT_FOR,
            "A false allegation can be a sign that the child is being harmed somewhere else, so \
             the setting, with the LADO, refers it to children's social care.",
        ],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Outcomes of allegation investigations",
                "there is sufficient evidence to disprove the allegation.",
            ),
            SUMMARY_ON_FILE,
            HOW_LONG,
            FALSE_OR_MALICIOUS_TO_SOCIAL_CARE,
        ],
    },
    GlossaryEntry {
        term: "Malicious",
        meaning: "There is enough evidence to disprove the allegation, and someone deliberately \
                  set out to deceive.",
        for_records: &[
            "Remove the details of the allegation from the person's personnel records.",
            "The setting, with the LADO, refers it to children's social care, and they consider \
             whether to ask the police to look at it.",
        ],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Outcomes of allegation investigations",
                "there is sufficient evidence to disprove the allegation and there has been a \
                 deliberate act to deceive.",
            ),
            cite(
                Doc::LadoNotice,
                "Record keeping",
                "Details of allegations that are found to have been malicious should be removed \
                 from personnel records.",
            ),
            FALSE_OR_MALICIOUS_TO_SOCIAL_CARE,
            cite(
                Doc::LadoNotice,
                "Unsubstantiated, false and malicious allegations",
                "the LADO and employer will consider if the police should be asked to consider \
                 review the case and consider what action may be appropriate.",
            ),
        ],
    },
    GlossaryEntry {
        term: "Unsubstantiated",
        meaning: "There is not enough evidence either to prove or to disprove the allegation. It \
                  is not the same as false, and it does not mean the person is guilty or \
                  innocent.",
        for_records: &[
            KEEP_A_SUMMARY,
            KEEP_IT_FOR,
            "The record means a future reference can be accurate, explains what a future DBS \
             check may show, and avoids investigating the same allegation again if it comes \
             back.",
        ],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Outcomes of allegation investigations",
                "this is not the same as a false allegation. It means that there is insufficient \
                 evidence to either prove or disprove the allegation; the term therefore does not \
                 imply guilt or innocence.",
            ),
            SUMMARY_ON_FILE,
            HOW_LONG,
            cite(
                Doc::LadoNotice,
                "Record keeping",
                "it will help to prevent unnecessary re-investigation if, as sometimes happens, \
                 an allegation re-surfaces after a period of time.",
            ),
        ],
    },
    GlossaryEntry {
        term: "Unfounded",
        meaning: "There is no evidence or proper basis for the allegation, or there is another \
                  explanation for what happened.",
        for_records: &[KEEP_A_SUMMARY, KEEP_IT_FOR],
        sources: &[
            cite(
                Doc::LadoNotice,
                "Outcomes of allegation investigations",
                "to reflect cases where there is no evidence or proper basis which supports the \
                 allegation being made or there is an alternative explanation being offered.",
            ),
            SUMMARY_ON_FILE,
            HOW_LONG,
        ],
    },
];
