//! The five guidance documents in `shared/guidance/`, and how a page cites them.

/// One of the guidance documents. Their dates and contents are described in
/// `shared/guidance/README.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
}

impl Doc {
    /// The file in `shared/guidance/`.
    pub const fn file(self) -> &'static str {
        match self {
            Doc::OfstedStaff => "000_bf23a36263094ad5.txt",
            Doc::RaisingConcerns => "001_06fc907f6bd9e84d.txt",
            Doc::LadoNotice => "002_47c0376d99869175.txt",
            Doc::SafeguardingHandbook => "003_b600c07ce88ca372.txt",
            Doc::InspectionFramework => "004_3fb464e648de7d08.txt",
        }
    }

    /// The title a person would recognise.
    pub const fn title(self) -> &'static str {
        match self {
            Doc::OfstedStaff => "Ofsted, Concerns about children: guidance for all Ofsted staff",
            Doc::RaisingConcerns => {
                "GOV.UK, Children's social care services: raising concerns with Ofsted"
            }
            Doc::LadoNotice => "Micheldever & Stratton Pre-School, LADO Notice",
            Doc::SafeguardingHandbook => {
                "Office of the Children's Commissioner, Safeguarding Policy Handbook"
            }
            Doc::InspectionFramework => {
                "Ofsted, Inspections of safeguarding and looked after children services"
            }
        }
    }
}

/// Where a piece of advice comes from: the document, the paragraph or heading, and a short
/// quotation that a test finds word for word in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub doc: Doc,
    /// A paragraph number or heading, as the document gives it ("paras 17-18",
    /// "Whistleblowing").
    pub place: &'static str,
    pub quote: &'static str,
}

/// Shorthand for the content tables.
pub(crate) const fn cite(doc: Doc, place: &'static str, quote: &'static str) -> Source {
    Source { doc, place, quote }
}
