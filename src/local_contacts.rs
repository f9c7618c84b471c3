//! The contacts a host page gives for its own setting and area, read from `data-` attributes on
//! the element the widget mounts on, checked, and put in place of the generic wording.
//!
//! Plain Rust with no web dependency, so it is tested natively. Bad configuration never blanks
//! the widget: a value that fails its check is left out (the generic guidance shows instead) and
//! reported as a [`Problem`] naming the attribute, for the page owner.

pub use crate::content::ChannelKind;
use crate::content::pages::host_page;
use crate::content::{Contact, Local};
use std::fmt;

/// The attributes a host page may set, without their `data-` prefix, in the order the set-up
/// page asks for them (its labels and hints in `content/interface/set-up.toml` follow it): the
/// setting's name, its designated safeguarding lead and deputy, the name of the area the council's
/// numbers are for, the council's children's social care and emergency out-of-hours numbers, the
/// LADO's phone and email, and the setting's Ofsted URN.
pub const KEYS: &[&str] = &[
    "setting-name",
    "designated-lead",
    "deputy-lead",
    "area-name",
    "social-care-phone",
    "out-of-hours-phone",
    "lado-phone",
    "lado-email",
    "ofsted-urn",
];

/// The most characters a value may have: a setting's full name fits, and a value that could
/// only break the page's layout, or fill it, is refused.
pub const MAX_CHARS: usize = 200;

/// A phone number as the host wrote it, and the `tel:` link a phone can tap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub text: String,
    pub href: String,
}

/// What the host page gave, each value checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalContacts {
    pub setting_name: Option<String>,
    pub designated_lead: Option<String>,
    pub deputy_lead: Option<String>,
    pub social_care_phone: Option<Phone>,
    pub out_of_hours_phone: Option<Phone>,
    pub lado_phone: Option<Phone>,
    pub lado_email: Option<String>,
    pub ofsted_urn: Option<String>,
    /// The council area the host's numbers are for, as people know it: `Hampshire`.
    pub area_name: Option<String>,
}

/// A bad attribute, named so the page owner can find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownKey { key: String },
    Missing { key: String },
    TooLong { key: String },
    NotAPhone { key: String, value: String },
    NotAnEmail { key: String, value: String },
    NotAUrn { key: String, value: String },
}

impl Problem {
    /// The attribute the problem is with, without `data-`.
    pub fn key(&self) -> &str {
        match self {
            Problem::UnknownKey { key }
            | Problem::Missing { key }
            | Problem::TooLong { key }
            | Problem::NotAPhone { key, .. }
            | Problem::NotAnEmail { key, .. }
            | Problem::NotAUrn { key, .. } => key,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use host_page::*;
        f.write_str(&match self {
            Problem::UnknownKey { key } => {
                let known: Vec<String> = KEYS.iter().map(|key| format!("data-{key}")).collect();
                unknown_attribute(key, &known.join(", "))
            }
            Problem::Missing { key } => empty_attribute(key),
            Problem::TooLong { key } => too_long_attribute(key, &MAX_CHARS.to_string()),
            Problem::NotAPhone { key, value } => not_a_phone(key, value),
            Problem::NotAnEmail { key, value } => not_an_email(key, value),
            Problem::NotAUrn { key, value } => not_a_urn(key, value),
        })
    }
}

impl LocalContacts {
    /// Reads the `data-` attributes (names without the prefix) a host page set. Every attribute
    /// is checked; the ones that pass are kept and the others reported.
    pub fn read<'a>(
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<Problem>) {
        let mut local = LocalContacts::default();
        let mut problems = Vec::new();
        for (key, value) in attributes {
            let value = value.trim();
            let owned_key = key.to_owned();
            if !KEYS.contains(&key) {
                problems.push(Problem::UnknownKey { key: owned_key });
                continue;
            }
            if value.is_empty() {
                problems.push(Problem::Missing { key: owned_key });
                continue;
            }
            if value.chars().count() > MAX_CHARS {
                problems.push(Problem::TooLong { key: owned_key });
                continue;
            }
            let text = || Some(value.to_owned());
            let passed = match key {
                "setting-name" => keep(&mut local.setting_name, text()),
                "designated-lead" => keep(&mut local.designated_lead, text()),
                "deputy-lead" => keep(&mut local.deputy_lead, text()),
                "social-care-phone" => keep(&mut local.social_care_phone, phone(value)),
                "out-of-hours-phone" => keep(&mut local.out_of_hours_phone, phone(value)),
                "lado-phone" => keep(&mut local.lado_phone, phone(value)),
                "lado-email" => keep(&mut local.lado_email, text().filter(|v| is_email(v))),
                "ofsted-urn" => keep(&mut local.ofsted_urn, text().filter(|v| is_urn(v))),
                "area-name" => keep(&mut local.area_name, text()),
                _ => unreachable!("every key in KEYS is handled above"),
            };
            if !passed {
                let (key, value) = (owned_key, value.to_owned());
                problems.push(match key.as_str() {
                    "lado-email" => Problem::NotAnEmail { key, value },
                    "ofsted-urn" => Problem::NotAUrn { key, value },
                    _ => Problem::NotAPhone { key, value },
                });
            }
        }
        (local, problems)
    }

    /// The setting's name, or the words that stand in for it when the host page gives none.
    pub fn setting(&self) -> &str {
        self.setting_name
            .as_deref()
            .unwrap_or(host_page::THIS_SETTING)
    }

    /// `contact` as this host's page shows it. The setting's own people are named, and its
    /// Ofsted URN given, in place of the generic wording. The host's numbers for children's
    /// social care, the out-of-hours team and the LADO come first as a contact of their own,
    /// labelled with their area, and the generic route stays after them: a child who lives
    /// elsewhere is the business of the council where they live (issue 10, point 8).
    pub fn resolve(&self, contact: &'static Contact) -> Vec<ShownContact> {
        let mut generic = ShownContact {
            name: contact.name.to_owned(),
            channels: contact
                .channels
                .iter()
                .map(|channel| ShownChannel {
                    kind: channel.kind,
                    text: channel.text.to_owned(),
                    href: channel.href.map(str::to_owned),
                })
                .collect(),
            hours: contact.hours,
            note: contact.note.map(str::to_owned),
        };
        let phone = |phone: &Phone| ShownChannel {
            kind: ChannelKind::Phone,
            text: phone.text.clone(),
            href: Some(phone.href.clone()),
        };
        let area = self.area_name.as_deref().unwrap_or(host_page::THIS_AREA);
        let local = |name: String, channels: Vec<ShownChannel>| {
            (!channels.is_empty()).then(|| ShownContact {
                name,
                channels,
                hours: None,
                note: Some(host_page::local_note(area)),
            })
        };
        let local = match contact.local {
            Some(Local::SocialCare) => local(
                host_page::local_social_care(area),
                self.social_care_phone.iter().map(phone).collect(),
            ),
            Some(Local::OutOfHours) => local(
                host_page::local_out_of_hours(area),
                self.out_of_hours_phone.iter().map(phone).collect(),
            ),
            Some(Local::Lado) => {
                let email = self.lado_email.as_ref().map(|address| ShownChannel {
                    kind: ChannelKind::Email,
                    text: address.clone(),
                    href: Some(format!("mailto:{address}")),
                });
                local(
                    host_page::local_lado(area),
                    self.lado_phone.iter().map(phone).chain(email).collect(),
                )
            }
            Some(Local::DesignatedLead) => {
                if let Some(lead) = &self.designated_lead {
                    generic.name = host_page::designated_lead(lead);
                    if let Some(deputy) = &self.deputy_lead {
                        generic.note = Some(host_page::deputy_lead(deputy));
                    }
                }
                None
            }
            Some(Local::Ofsted) => {
                if let Some(urn) = &self.ofsted_urn {
                    generic.note = Some(host_page::ofsted_urn(self.setting(), urn));
                }
                None
            }
            None => None,
        };
        local.into_iter().chain([generic]).collect()
    }
}

/// A contact ready to show: the generic wording with the host's own details in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownContact {
    pub name: String,
    pub channels: Vec<ShownChannel>,
    pub hours: Option<&'static str>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownChannel {
    pub kind: ChannelKind,
    pub text: String,
    /// `tel:`, `mailto:` or `https:`; none for a postal address.
    pub href: Option<String>,
}

/// Puts `checked` in `slot` if it passed its check; says whether it did.
fn keep<T>(slot: &mut Option<T>, checked: Option<T>) -> bool {
    let passed = checked.is_some();
    if passed {
        *slot = checked;
    }
    passed
}

// The checks below look at one character at a time rather than use `str` pattern searches
// (`contains`, `find`, `split_once`): each of those brings its own search code into the wasm,
// 1.7 KB for these few checks (README, "Measuring").

/// A UK-style phone number: digits with spaces, brackets, dashes and a leading +, 3 to 15 digits.
fn phone(value: &str) -> Option<Phone> {
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-' | '+');
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let plus_only_first = value.chars().skip(1).all(|c| c != '+');
    let plus = if value.starts_with('+') { "+" } else { "" };
    (value.chars().all(allowed) && plus_only_first && (3..=15).contains(&digits.len())).then(|| {
        Phone {
            text: value.to_owned(),
            href: format!("tel:{plus}{digits}"),
        }
    })
}

/// A name, one @, and a domain with a dot inside it; none of the characters an address cannot
/// have unquoted (spaces, brackets, `:` and the like), so `javascript:` and markup never pass.
fn is_email(value: &str) -> bool {
    let Some((at, _)) = value.char_indices().find(|(_, c)| *c == '@') else {
        return false;
    };
    let (name, domain) = (&value[..at], &value[at + 1..]);
    let forbidden = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '<' | '>' | '(' | ')' | '[' | ']' | '\\' | ',' | ';' | ':' | '"' | '@'
            )
    };
    !name.is_empty()
        && domain.chars().any(|c| c == '.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !name.chars().any(forbidden)
        && !domain.chars().any(forbidden)
}

/// Ofsted URNs are six digits, or letters then digits for early years (`EY123456`).
fn is_urn(value: &str) -> bool {
    (6..=8).contains(&value.len())
        && value.chars().all(|c| c.is_ascii_alphanumeric())
        && value.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, OUTCOMES};
    use crate::core::Outcome;

    fn contact(outcome: Outcome, local: Local) -> &'static Contact {
        content::outcome(outcome)
            .contacts
            .iter()
            .find(|c| c.local == Some(local))
            .unwrap()
    }

    #[test]
    fn good_attributes_are_read_with_no_problem() {
        let (local, problems) = LocalContacts::read([
            ("designated-lead", "Sam Jones"),
            ("deputy-lead", "Ali Khan"),
            ("social-care-phone", "0300 555 1384"),
            ("out-of-hours-phone", "+44 300 555 1373"),
            ("lado-phone", "(01962) 876 364"),
            ("lado-email", "lado@example.gov.uk"),
            ("ofsted-urn", "EY123456"),
        ]);
        assert_eq!(problems, []);
        assert_eq!(local.social_care_phone.unwrap().href, "tel:03005551384");
        assert_eq!(local.out_of_hours_phone.unwrap().href, "tel:+443005551373");
        assert_eq!(local.lado_phone.unwrap().href, "tel:01962876364");
        assert_eq!(local.ofsted_urn.as_deref(), Some("EY123456"));
    }

    #[test]
    fn each_bad_attribute_is_named_and_left_out_while_the_good_ones_are_kept() {
        let (local, problems) = LocalContacts::read([
            ("lado-phnoe", "01962 876364"),
            ("social-care-phone", "call the council"),
            ("lado-email", "lado at council"),
            ("designated-lead", "  "),
            ("ofsted-urn", "12"),
            ("out-of-hours-phone", "0300 555 1373"),
        ]);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 5, "{messages:#?}");
        assert!(messages[0].starts_with("`data-lado-phnoe` is not a setting Signpost knows"));
        assert!(messages[1].contains(
            "`data-social-care-phone` is \"call the council\", which is not a phone number"
        ));
        assert!(messages[2].contains("`data-lado-email`"));
        assert!(messages[3].contains("`data-designated-lead` is empty"));
        assert!(messages[4].contains("`data-ofsted-urn`"));
        assert_eq!(local.social_care_phone, None);
        assert!(
            local.out_of_hours_phone.is_some(),
            "a good value beside bad ones is kept"
        );
    }

    #[test]
    fn a_value_too_long_to_be_real_is_left_out_and_named() {
        let long = "A".repeat(10_000);
        let most = "B".repeat(MAX_CHARS);
        let (local, problems) = LocalContacts::read([
            ("setting-name", long.as_str()),
            ("area-name", most.as_str()),
        ]);
        assert_eq!(local.setting_name, None);
        assert_eq!(
            local.area_name,
            Some(most.clone()),
            "{MAX_CHARS} is allowed"
        );
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [format!(
                "`data-setting-name` is longer than {MAX_CHARS} characters; shorten it"
            )]
        );
    }

    #[test]
    fn email_addresses_must_look_like_email_addresses() {
        for bad in [
            "lado",
            "@council.gov.uk",
            "lado@council",
            "lado@.gov.uk",
            "lado@council.",
            "lado officer@council.gov.uk",
            "lado@council@gov.uk",
            "javascript:alert(1)@example.gov.uk",
            "<script>@example.gov.uk",
            "lado@example.gov.uk\u{7}",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_email("lado@example.gov.uk"));
        assert!(is_email("zoë.lado@example.gov.uk"), "letters beyond ASCII");
    }

    #[test]
    fn phone_numbers_must_look_like_phone_numbers() {
        for bad in [
            "12",
            "0800 CALL NOW",
            "0300+123",
            "1234567890123456",
            "tel:0300",
            "data:text/html,<script>alert(1)</script>",
            "javascript:alert(1)",
            "0300 555 1384<img src=x>",
        ] {
            assert_eq!(phone(bad), None, "{bad}");
        }
        assert_eq!(phone("999").unwrap().href, "tel:999");
    }

    /// A grandparent using a Hampshire nursery's page about a child in Leeds must still be told
    /// to contact the council where the child lives (issue 10, point 8).
    #[test]
    fn a_given_number_is_shown_for_its_area_and_the_generic_route_stays() {
        let (local, _) = LocalContacts::read([
            ("social-care-phone", "0300 555 1384"),
            ("area-name", "Hampshire"),
        ]);
        let council = contact(Outcome::ChildrenSocialCare, Local::SocialCare);
        let shown = local.resolve(council);
        assert_eq!(shown.len(), 2, "the host's number, then the generic route");
        assert_eq!(shown[0].name, "Children's social care for Hampshire");
        assert_eq!(
            shown[0].channels[0].href.as_deref(),
            Some("tel:03005551384")
        );
        assert!(shown[0].note.as_deref().unwrap().contains("somewhere else"));
        assert_eq!(shown[1], LocalContacts::default().resolve(council)[0]);
        assert_eq!(
            shown[1].note.as_deref(),
            council.note,
            "how to find another council stays"
        );

        let (unnamed, _) = LocalContacts::read([("lado-phone", "01962 876364")]);
        let lado = unnamed.resolve(contact(Outcome::TellLado, Local::Lado));
        assert_eq!(lado[0].name, "The LADO for this setting's area");

        for outcome in OUTCOMES {
            for contact in outcome.contacts.iter().filter(|c| c.local.is_none()) {
                assert_eq!(
                    local.resolve(contact),
                    LocalContacts::default().resolve(contact)
                );
            }
        }
    }

    #[test]
    fn the_designated_lead_and_deputy_are_named_and_the_urn_given_on_the_settings_pages_only() {
        let (local, _) = LocalContacts::read([
            ("designated-lead", "Sam Jones"),
            ("deputy-lead", "Ali Khan"),
            ("setting-name", "Little Acorns Pre-School"),
            ("ofsted-urn", "EY123456"),
        ]);
        let lead = &local.resolve(contact(Outcome::ReportToLado, Local::DesignatedLead))[0];
        assert_eq!(lead.name, "Your designated safeguarding lead: Sam Jones");
        assert!(lead.note.as_deref().unwrap().contains("Ali Khan"));
        let ofsted = &local.resolve(contact(Outcome::ReportToLado, Local::Ofsted))[0];
        assert_eq!(
            ofsted.note.as_deref(),
            Some("Little Acorns Pre-School's Ofsted URN (unique reference number) is EY123456.")
        );
        // A parent complaining about another provider must not be given this setting's URN.
        let public = content::outcome(Outcome::ContactOfsted);
        assert!(public.contacts.iter().all(|c| c.local.is_none()));
    }
}
