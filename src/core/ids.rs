//! The stable kebab-case IDs of questions and outcomes.
//!
//! They appear in the snapshot of paths, in the maintainers' command and in links a setting puts
//! in its own policy (`#contact-ofsted`), so a rename is a breaking change. The macro also names
//! the attributes a host page sets (`local_contacts::HostKey`).

/// Declares an enum of IDs with its kebab-case spelling, and the list of all of them, in one
/// place, so the spelling can never drift from the variant.
macro_rules! kebab_ids {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant,)+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable kebab-case ID.
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The value with this ID, if there is one.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.id() == id)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}
// For `local_contacts::HostKey`. The build script includes this file too, and has no use for it.
#[allow(unused_imports)]
pub(crate) use kebab_ids;

kebab_ids! {
    /// A question a person is asked.
    #[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::core))]
    Question {
        ImmediateDanger => "immediate-danger",
        WhoAreYou => "who-are-you",
        WhatIsTheWorry => "what-is-the-worry",
        WhichService => "which-service",
        RaisedWithProvider => "raised-with-provider",
        WorkerConcern => "worker-concern",
        SettingConcern => "setting-concern",
        PracticeCouldHarm => "practice-could-harm",
        OutsideOfficeHours => "outside-office-hours",
        ReportedInSetting => "reported-in-setting",
        PersonRole => "person-role",
        CouncilAreas => "council-areas",
        IncidentAtWork => "incident-at-work",
        SubstantiveEmployment => "substantive-employment",
        RemovedFromRegulatedActivity => "removed-from-regulated-activity",
        ConductOrRisk => "conduct-or-risk",
        AlreadyReferred => "already-referred",
        InformationSuggests => "information-suggests",
        RaisedWithHead => "raised-with-head",
        WelfareOutsideOfficeHours => "welfare-outside-office-hours",
    }
}

kebab_ids! {
    /// Where a journey ends: a page that says exactly what to do.
    #[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::core))]
    Outcome {
        Call999 => "call-999",
        ChildrenSocialCare => "children-social-care",
        TellLado => "tell-lado",
        RaiseWithProvider => "raise-with-provider",
        ContactOfsted => "contact-ofsted",
        Whistleblow => "whistleblow",
        OtherRegulator => "other-regulator",
        Ombudsman => "ombudsman",
        OwnGrievancePolicy => "own-grievance-policy",
        Childline => "childline",
        OutOfHours => "out-of-hours",
        ReferChildToSocialCare => "refer-child-to-social-care",
        ReportToLado => "report-to-lado",
        ConsultLado => "consult-lado",
        WhistleblowToLado => "whistleblow-to-lado",
        SettingProcedures => "setting-procedures",
        LadoWhereTheyWork => "lado-where-they-work",
        LadoWhereIncidentHappened => "lado-where-incident-happened",
        LadoOfSubstantiveEmployment => "lado-of-substantive-employment",
        LadoOfHomeAddress => "lado-of-home-address",
        LadoOfRegisteringAuthority => "lado-of-registering-authority",
        DbsReferralRequired => "dbs-referral-required",
        DbsReferralNotRequired => "dbs-referral-not-required",
        UrgentSocialCareReferral => "urgent-social-care-referral",
        DesignatedOfficerReferral => "designated-officer-referral",
        HeadOfEstablishment => "head-of-establishment",
        DirectorOfChildrensServices => "director-of-childrens-services",
        EscalateToDcs => "escalate-to-dcs",
        Call999Setting => "call-999-setting",
        Call999Professional => "call-999-professional",
        DiscussWithDesignatedOfficer => "discuss-with-designated-officer",
        SchoolOrCollegeComplaint => "school-or-college-complaint",
        SpeakToHeadOrManager => "speak-to-head-or-manager",
        NonRecentAbuse => "non-recent-abuse",
        DbsReferralNotYet => "dbs-referral-not-yet",
        DbsReferralCheckWithLado => "dbs-referral-check-with-lado",
        ReportUnregisteredChildcare => "report-unregistered-childcare",
        EscalateSettingConcern => "escalate-setting-concern",
        ComplainAboutOfsted => "complain-about-ofsted",
        PoliceOrSocialCare => "police-or-social-care",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_kebab_case() {
        let ids = Question::ALL
            .iter()
            .map(|q| (q.id(), Question::from_id(q.id()).map(|v| v.id())))
            .chain(
                Outcome::ALL
                    .iter()
                    .map(|o| (o.id(), Outcome::from_id(o.id()).map(|v| v.id()))),
            );
        for (id, back) in ids {
            assert_eq!(back, Some(id));
            assert!(
                id.split('-').all(|word| !word.is_empty()
                    && word
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
                "`{id}` is not kebab-case"
            );
        }
    }

    #[test]
    fn unknown_ids_are_refused() {
        assert_eq!(Outcome::from_id("call-998"), None);
        assert_eq!(Question::from_id(""), None);
    }
}
