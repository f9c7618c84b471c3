//! What a link into the tool can name in the URL fragment: `#contact-ofsted`, `#which-lado`,
//! `#glossary`, `#set-up`. Anything else (`#staying-safe`, a mistyped or hostile fragment) names nothing,
//! and the page stays as it is. After the name, and `&`, a setting's frame or link may carry its
//! contacts (`#setting&lado-phone=01962%20876364`): the fragment never reaches a server, so no
//! server's log learns which setting's page a visitor had open (security review L4).

use super::entry_page::EntryPage;
use super::flows::flow;
use super::graph::Flow;
use super::ids::Outcome;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkTarget {
    Outcome(Outcome),
    Flow(&'static Flow),
    Glossary,
    /// The page where a setting puts Signpost, with its contacts, on its own website.
    SetUp,
}

/// A fragment, without its `#`, in its two parts: what it names (before the first `&`, unless that
/// part is itself a `name=value`), and the `name=value` pairs after it, as written (still
/// percent-encoded). A part with no `=` after the first is a name with no value.
pub fn split_fragment(fragment: &str) -> (&str, Vec<(&str, &str)>) {
    let mut parts = fragment.split('&');
    let first = parts.next().unwrap_or_default();
    let (target, first_pair) = if first.contains('=') {
        ("", Some(first))
    } else {
        (first, None)
    };
    let pairs = first_pair
        .into_iter()
        .chain(parts)
        .filter(|part| !part.is_empty())
        .map(|part| part.split_once('=').unwrap_or((part, "")))
        .collect();
    (target, pairs)
}

impl LinkTarget {
    /// The target a fragment names, without its `#`. Only an exact ID names a page: the browser
    /// gives the fragment still percent-encoded, and no ID needs encoding.
    pub fn from_fragment(fragment: &str) -> Option<LinkTarget> {
        let (fragment, _) = split_fragment(fragment);
        match fragment {
            "glossary" => return Some(LinkTarget::Glossary),
            "set-up" => return Some(LinkTarget::SetUp),
            _ => {}
        }
        Outcome::from_id(fragment)
            .map(LinkTarget::Outcome)
            .or_else(|| flow(fragment).map(LinkTarget::Flow))
    }

    /// Shows what the link names in `entry_page`.
    pub fn open(self, entry_page: &mut EntryPage) {
        match self {
            LinkTarget::Outcome(outcome) => entry_page.link(outcome),
            LinkTarget::Flow(flow) => entry_page.start(flow),
            LinkTarget::Glossary => entry_page.show_glossary(),
            LinkTarget::SetUp => entry_page.show_set_up(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::FLOWS;

    #[test]
    fn every_outcome_flow_and_the_glossary_can_be_linked_to_by_its_id() {
        for outcome in Outcome::ALL {
            assert_eq!(
                LinkTarget::from_fragment(outcome.id()),
                Some(LinkTarget::Outcome(*outcome))
            );
        }
        for flow in FLOWS {
            assert_eq!(
                LinkTarget::from_fragment(flow.id),
                Some(LinkTarget::Flow(flow))
            );
        }
        assert_eq!(
            LinkTarget::from_fragment("glossary"),
            Some(LinkTarget::Glossary)
        );
        assert_eq!(LinkTarget::from_fragment("set-up"), Some(LinkTarget::SetUp));
    }

    #[test]
    fn a_fragment_carries_what_it_names_then_a_settings_contacts() {
        assert_eq!(
            split_fragment("setting&lado-phone=01962%20876364&area-name=Leeds"),
            (
                "setting",
                vec![("lado-phone", "01962%20876364"), ("area-name", "Leeds")]
            )
        );
        assert_eq!(
            split_fragment("lado-phone=01962&area-name"),
            ("", vec![("lado-phone", "01962"), ("area-name", "")])
        );
        assert_eq!(split_fragment("contact-ofsted"), ("contact-ofsted", vec![]));
        assert_eq!(split_fragment(""), ("", vec![]));
        assert_eq!(
            LinkTarget::from_fragment("setting&lado-phone=01962"),
            flow("setting").map(LinkTarget::Flow)
        );
        assert_eq!(LinkTarget::from_fragment("lado-phone=01962"), None);
    }

    #[test]
    fn a_fragment_that_is_not_exactly_an_id_names_nothing() {
        let long = "a".repeat(10_000);
        for fragment in [
            "",
            "staying-safe",
            "Contact-Ofsted",
            "contact%2Dofsted",
            "contact-ofsted ",
            "#contact-ofsted",
            "javascript:alert(1)",
            "<script>alert(1)</script>",
            "contact-ofsted\u{0}",
            "ofsted-😀",
            "%F0%9F%98%80",
            &long,
        ] {
            assert_eq!(LinkTarget::from_fragment(fragment), None, "{fragment:?}");
        }
    }
}
