//! The guidance documents in `guidance/`, by the number a page cites them with: the five the
//! advice was first built from, the short list of current facts beyond them, and the current
//! statutory guidance, which rules where an older document says otherwise.
//!
//! `build.rs` includes this file as well, so a citation in a content file (`doc = "002"`) is
//! checked against the same list the app uses. It must stay plain Rust with no `use`.

/// One of the guidance documents. `guidance/README.md` says what each is and who it speaks to;
/// the title a person reads is in `content/shared/documents.toml`.
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::content))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Doc {
    /// Ofsted, "Concerns about children: guidance for all Ofsted staff".
    OfstedStaff,
    /// GOV.UK, "Children's social care services: raising concerns with Ofsted".
    RaisingConcerns,
    /// Micheldever & Stratton Pre-School, "LADO Notice".
    LadoNotice,
    /// Office of the Children's Commissioner, "Safeguarding Policy Handbook".
    SafeguardingHandbook,
    /// Ofsted, "Inspections of safeguarding and looked after children services".
    InspectionFramework,
    /// The few current facts beyond the guidance that pages may give (the EYFS 14-day rule,
    /// 101, the ombudsman's name, CEOP, Childline's chat), each with its source and date.
    CurrentFacts,
    /// HM Government, "Working Together to Safeguard Children 2023".
    WorkingTogether,
    /// Department for Education, "Keeping children safe in education": for schools and colleges.
    KeepingChildrenSafe,
    /// Department for Education, the EYFS statutory framework's safeguarding and welfare
    /// requirements: for early years providers.
    EarlyYearsFramework,
    /// HM Government, "Information sharing: advice for practitioners" (May 2024), which replaced
    /// the rules 003 gives.
    InformationSharing,
    /// UK Council for Internet Safety, "Sharing nudes and semi-nudes": the rule on images.
    SharingNudes,
}

impl Doc {
    /// Every document, in the order of their numbers.
    pub const ALL: [Doc; 11] = [
        Doc::OfstedStaff,
        Doc::RaisingConcerns,
        Doc::LadoNotice,
        Doc::SafeguardingHandbook,
        Doc::InspectionFramework,
        Doc::CurrentFacts,
        Doc::WorkingTogether,
        Doc::KeepingChildrenSafe,
        Doc::EarlyYearsFramework,
        Doc::InformationSharing,
        Doc::SharingNudes,
    ];

    /// The number a content file cites the document by, the start of its file name.
    pub const fn number(self) -> &'static str {
        match self {
            Doc::OfstedStaff => "000",
            Doc::RaisingConcerns => "001",
            Doc::LadoNotice => "002",
            Doc::SafeguardingHandbook => "003",
            Doc::InspectionFramework => "004",
            Doc::CurrentFacts => "005",
            Doc::WorkingTogether => "006",
            Doc::KeepingChildrenSafe => "007",
            Doc::EarlyYearsFramework => "008",
            Doc::InformationSharing => "009",
            Doc::SharingNudes => "010",
        }
    }

    /// The file in `guidance/`.
    pub const fn file(self) -> &'static str {
        match self {
            Doc::OfstedStaff => "000_bf23a36263094ad5.txt",
            Doc::RaisingConcerns => "001_06fc907f6bd9e84d.txt",
            Doc::LadoNotice => "002_47c0376d99869175.txt",
            Doc::SafeguardingHandbook => "003_b600c07ce88ca372.txt",
            Doc::InspectionFramework => "004_3fb464e648de7d08.txt",
            Doc::CurrentFacts => "005_current-facts.md",
            Doc::WorkingTogether => "006_working-together-2023.md",
            Doc::KeepingChildrenSafe => "007_keeping-children-safe-in-education.md",
            Doc::EarlyYearsFramework => "008_eyfs-safeguarding-and-welfare.md",
            Doc::InformationSharing => "009_information-sharing-2024.md",
            Doc::SharingNudes => "010_ukcis-sharing-nudes.md",
        }
    }
}
