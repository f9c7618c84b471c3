//! The contacts a host page gives for its own setting and area, read from `data-` attributes on
//! the element the widget mounts on, checked, and put in place of the generic wording.
//!
//! Plain Rust with no web dependency, so it is tested natively. Bad configuration never blanks
//! the widget: a value that fails its check is left out (the generic guidance shows instead) and
//! reported as a [`Problem`] naming the attribute, for the page owner.

pub use crate::content::ChannelKind;
use crate::content::pages::host_page;
use crate::content::{COUNCILS, Contact, Council, HostContact};
use crate::core::{Outcome, kebab_ids, public::PUBLIC};
use std::fmt;

kebab_ids! {
    /// The attributes a host page may set, without their `data-` prefix, in the order the set-up
    /// page asks for them (each field's label and hint are under its key in
    /// `content/interface/set-up.toml`, `setting-name-label`):
    /// the setting's name, its designated safeguarding lead and deputy, the council the numbers
    /// are for, the council's children's social care and emergency out-of-hours numbers, the
    /// LADO's phone and email, and the setting's Ofsted URN. The same names are the details in a
    /// frame's or a link's address, and the set-up page's fields.
    HostKey {
        SettingName => "setting-name",
        DesignatedLead => "designated-lead",
        DeputyLead => "deputy-lead",
        AreaName => "area-name",
        SocialCarePhone => "social-care-phone",
        OutOfHoursPhone => "out-of-hours-phone",
        LadoPhone => "lado-phone",
        LadoEmail => "lado-email",
        OfstedUrn => "ofsted-urn",
    }
}

impl HostKey {
    /// How many there are, for arrays that give each one a value.
    pub const COUNT: usize = HostKey::ALL.len();
}

/// The most characters a value may have: a setting's full name fits, and a value that could
/// only break the page's layout, or fill it, is refused.
pub const MAX_CHARS: usize = 200;

/// A phone number as the host wrote it, and the `tel:` link a phone can tap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub text: String,
    pub href: String,
}

/// Where the contacts came from, which the page says beside them: nobody has checked them but
/// whoever gave them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Given {
    /// The page Signpost is on gave them: its `data-` attributes, or the address of the frame
    /// the page shows Signpost in.
    #[default]
    ByTheWebsite,
    /// The address of a link the person followed to Signpost's own page. Anyone can make such a
    /// link, so these are shown only on the pages for people who work with children.
    ByALink,
}

/// What the host page gave, each value checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalContacts {
    pub given: Given,
    pub setting_name: Option<String>,
    pub designated_lead: Option<String>,
    pub deputy_lead: Option<String>,
    pub social_care_phone: Option<Phone>,
    pub out_of_hours_phone: Option<Phone>,
    pub lado_phone: Option<Phone>,
    pub lado_email: Option<String>,
    pub ofsted_urn: Option<String>,
    /// The council the host's numbers are for: one of England's councils with children's
    /// services, never free text, so no label can say more than a council's name.
    pub area: Option<&'static Council>,
}

/// A bad attribute, named so the page owner can find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownKey {
        key: String,
    },
    Missing {
        key: String,
    },
    TooLong {
        key: String,
    },
    NotAPhone {
        key: String,
        value: String,
    },
    NotAnEmail {
        key: String,
        value: String,
    },
    NotAUrn {
        key: String,
        value: String,
    },
    NotAName {
        key: String,
        value: String,
    },
    NotACouncil {
        key: String,
        value: String,
    },
    /// A council's number given without the council it is for: left out, as a number with no
    /// area would be shown to a person whose child lives anywhere.
    NoArea {
        key: String,
    },
    /// A detail in the address of a link that does not open the setting's questions (`#setting`):
    /// left out, as anyone can make such a link and send it to anyone.
    NotTheSettingsLink {
        key: String,
    },
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
            | Problem::NotAUrn { key, .. }
            | Problem::NotAName { key, .. }
            | Problem::NotACouncil { key, .. }
            | Problem::NoArea { key }
            | Problem::NotTheSettingsLink { key } => key,
        }
    }

    /// The attribute the problem is with, if Signpost has one of that name.
    pub fn host_key(&self) -> Option<HostKey> {
        HostKey::from_id(self.key())
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use host_page::*;
        f.write_str(&match self {
            Problem::UnknownKey { key } => {
                let known: Vec<String> = HostKey::ALL
                    .iter()
                    .map(|key| format!("data-{key}"))
                    .collect();
                unknown_attribute(key, &known.join(", "))
            }
            Problem::Missing { key } => empty_attribute(key),
            Problem::TooLong { key } => too_long_attribute(key, &MAX_CHARS.to_string()),
            Problem::NotAPhone { key, value } => not_a_phone(key, value),
            Problem::NotAnEmail { key, value } => not_an_email(key, value),
            Problem::NotAUrn { key, value } => not_a_urn(key, value),
            Problem::NotAName { key, value } => not_a_name(key, value),
            Problem::NotACouncil { key, value } => not_a_council(key, value),
            Problem::NoArea { key } => no_area(key),
            Problem::NotTheSettingsLink { key } => not_the_settings_link(key),
        })
    }
}

impl LocalContacts {
    /// Reads the `data-` attributes (names without the prefix) a host page set. Every attribute
    /// is checked; the ones that pass are kept and the others reported.
    pub fn read<'a>(
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<Problem>) {
        Self::read_given(Given::ByTheWebsite, attributes)
    }

    /// As [`read`](Self::read), for contacts `given` as they were.
    pub fn read_given<'a>(
        given: Given,
        attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, Vec<Problem>) {
        let mut local = LocalContacts {
            given,
            ..LocalContacts::default()
        };
        let mut problems = Vec::new();
        for (key, value) in attributes {
            let value = value.trim();
            let owned_key = key.to_owned();
            let Some(host_key) = HostKey::from_id(key) else {
                problems.push(Problem::UnknownKey { key: owned_key });
                continue;
            };
            if value.is_empty() {
                problems.push(Problem::Missing { key: owned_key });
                continue;
            }
            if value.chars().count() > MAX_CHARS {
                problems.push(Problem::TooLong { key: owned_key });
                continue;
            }
            let text = || Some(value.to_owned());
            let name = || text().filter(|v| is_name(v));
            use HostKey::*;
            let passed = match host_key {
                SettingName => keep(&mut local.setting_name, name()),
                DesignatedLead => keep(&mut local.designated_lead, name()),
                DeputyLead => keep(&mut local.deputy_lead, name()),
                SocialCarePhone => keep(&mut local.social_care_phone, phone(value)),
                OutOfHoursPhone => keep(&mut local.out_of_hours_phone, phone(value)),
                LadoPhone => keep(&mut local.lado_phone, phone(value)),
                LadoEmail => keep(&mut local.lado_email, text().filter(|v| is_email(v))),
                OfstedUrn => keep(&mut local.ofsted_urn, text().filter(|v| is_urn(v))),
                AreaName => keep(&mut local.area, council(value)),
            };
            if !passed {
                let (key, value) = (owned_key, value.to_owned());
                problems.push(match host_key {
                    SettingName | DesignatedLead | DeputyLead => Problem::NotAName { key, value },
                    AreaName => Problem::NotACouncil { key, value },
                    LadoEmail => Problem::NotAnEmail { key, value },
                    OfstedUrn => Problem::NotAUrn { key, value },
                    SocialCarePhone | OutOfHoursPhone | LadoPhone => {
                        Problem::NotAPhone { key, value }
                    }
                });
            }
        }
        // A council's number is shown only for its council.
        if local.area.is_none() {
            for (key, given) in [
                (
                    HostKey::SocialCarePhone,
                    local.social_care_phone.take().is_some(),
                ),
                (
                    HostKey::OutOfHoursPhone,
                    local.out_of_hours_phone.take().is_some(),
                ),
                (HostKey::LadoPhone, local.lado_phone.take().is_some()),
                (HostKey::LadoEmail, local.lado_email.take().is_some()),
            ] {
                if given {
                    problems.push(Problem::NoArea {
                        key: key.id().to_owned(),
                    });
                }
            }
        }
        (local, problems)
    }

    /// Whether these contacts are shown on `outcome`'s page. Contacts a link gave are shown only
    /// on the pages for people who work with children, never on the public's: anyone can make a
    /// link to Signpost with their own numbers in it.
    pub fn shown_on(&self, outcome: Outcome) -> bool {
        self.given == Given::ByTheWebsite || !PUBLIC.outcomes().any(|public| public == outcome)
    }

    /// The setting's name, or the words that stand in for it when the host page gives none.
    pub fn setting(&self) -> &str {
        self.setting_name
            .as_deref()
            .unwrap_or(host_page::THIS_SETTING)
    }

    /// Whether the host gave a number or address of its own for `local`, which a page naming
    /// that contact shows.
    pub fn has_numbers_for(&self, local: HostContact) -> bool {
        match local {
            HostContact::SocialCare => self.social_care_phone.is_some(),
            HostContact::OutOfHours => self.out_of_hours_phone.is_some(),
            HostContact::Lado => self.lado_phone.is_some() || self.lado_email.is_some(),
            HostContact::DesignatedLead | HostContact::Ofsted => false,
        }
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
        let area = self.area.map_or("", |council| council.name);
        let given = match self.given {
            Given::ByTheWebsite => host_page::GIVEN_BY_THE_WEBSITE,
            Given::ByALink => host_page::GIVEN_BY_A_LINK,
        };
        let local = |name: String, channels: Vec<ShownChannel>| {
            (!channels.is_empty()).then(|| ShownContact {
                name,
                channels,
                hours: None,
                note: Some(format!("{} {given}", host_page::local_note(area))),
            })
        };
        let local = match contact.local {
            Some(HostContact::SocialCare) => local(
                host_page::local_social_care(area),
                self.social_care_phone.iter().map(phone).collect(),
            ),
            Some(HostContact::OutOfHours) => local(
                host_page::local_out_of_hours(area),
                self.out_of_hours_phone.iter().map(phone).collect(),
            ),
            Some(HostContact::Lado) => {
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
            Some(HostContact::DesignatedLead) => {
                if let Some(lead) = &self.designated_lead {
                    generic.name = host_page::designated_lead(lead);
                    if let Some(deputy) = &self.deputy_lead {
                        generic.note = Some(host_page::deputy_lead(deputy));
                    }
                }
                None
            }
            Some(HostContact::Ofsted) => {
                if let Some(urn) = &self.ofsted_urn {
                    generic.note = Some(host_page::ofsted_urn(self.setting(), urn));
                }
                None
            }
            None => None,
        };
        // A link anyone can make does not put its numbers above the general route.
        match self.given {
            Given::ByTheWebsite => local.into_iter().chain([generic]).collect(),
            Given::ByALink => [generic].into_iter().chain(local).collect(),
        }
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

/// A UK number a council could have: a geographic number (01, 02), a non-geographic one charged
/// as a call to one (03), or a freephone number (0800, 0808), of 10 or 11 digits, written with
/// spaces, brackets and dashes, and `+44` (or `+44 (0)`) in place of the first 0. Mobile (07),
/// premium and shared-cost (09, 084, 087) and other countries' numbers are refused: no council's
/// children's services line is one, and a number that costs a frightened caller or reaches a
/// stranger's phone must never stand under a council's name.
fn phone(value: &str) -> Option<Phone> {
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '-');
    let national = match value.strip_prefix("+44") {
        Some(rest) => {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("(0)").unwrap_or(rest);
            format!("0{rest}")
        }
        None => value.to_owned(),
    };
    let digits: String = national.chars().filter(char::is_ascii_digit).collect();
    let council_range = ["01", "02", "03", "0800", "0808"]
        .iter()
        .any(|range| digits.starts_with(range));
    (national.chars().all(allowed)
        && !digits.starts_with("00")
        && council_range
        && (10..=11).contains(&digits.len()))
    .then(|| Phone {
        text: value.to_owned(),
        href: format!("tel:{digits}"),
    })
}

/// A plain ASCII address: letters, digits and `._+-` before one `@`, and a domain of such
/// labels with a dot inside it. Nothing else: no `?`, `&`, `=`, `%`, `/` or `#`, so a `mailto:`
/// link made from it can carry no hidden copy (`?bcc=`) or message, and no letter that only
/// looks Latin.
fn is_email(value: &str) -> bool {
    let Some((at, _)) = value.char_indices().find(|(_, c)| *c == '@') else {
        return false;
    };
    let (name, domain) = (&value[..at], &value[at + 1..]);
    let name_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-');
    let domain_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-');
    let labels_whole = domain.split('.').all(|label| !label.is_empty());
    !name.is_empty()
        && name.chars().all(name_char)
        && domain.chars().all(domain_char)
        && domain.chars().any(|c| c == '.')
        && labels_whole
}

/// A person's or a setting's name: letters of the Latin alphabet (with their accents: Zoë,
/// Siobhán, Łucja), spaces, and `' ’ - . & ( ) ,`. Nothing else: no digits of any script, so no
/// number hides in a name, and no invisible characters that could turn text around (U+202E) or
/// hide it. Names in other alphabets are refused with the rest: Unicode's tables of letters and
/// digits would cost the first screen more than every other check here.
fn is_name(value: &str) -> bool {
    let latin_letter = |c: char| {
        c.is_ascii_alphabetic()
            || (('\u{c0}'..='\u{24f}').contains(&c) && !matches!(c, '\u{d7}' | '\u{f7}'))
            || ('\u{1e00}'..='\u{1eff}').contains(&c)
    };
    let allowed = |c: char| {
        latin_letter(c)
            || matches!(
                c,
                ' ' | '\'' | '\u{2019}' | '-' | '.' | '&' | '(' | ')' | ','
            )
    };
    value.chars().any(latin_letter) && value.chars().all(allowed)
}

/// The council `value` names, by its name (`Hampshire`, in any case: the names are ASCII) or its
/// ONS code (`E10000014`).
fn council(value: &str) -> Option<&'static Council> {
    COUNCILS
        .iter()
        .find(|council| council.code == value || council.name.eq_ignore_ascii_case(value))
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

    fn contact(outcome: Outcome, local: HostContact) -> &'static Contact {
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
            ("deputy-lead", "Siobhán O\u{2019}Neill-Khan"),
            ("area-name", "Hampshire"),
            ("social-care-phone", "0300 555 1384"),
            ("out-of-hours-phone", "+44 300 555 1373"),
            ("lado-phone", "(01962) 876 364"),
            ("lado-email", "lado@example.gov.uk"),
            ("ofsted-urn", "EY123456"),
        ]);
        assert_eq!(problems, []);
        assert_eq!(local.area.unwrap().code, "E10000014");
        assert_eq!(local.social_care_phone.unwrap().href, "tel:03005551384");
        assert_eq!(local.out_of_hours_phone.unwrap().href, "tel:03005551373");
        assert_eq!(local.lado_phone.unwrap().href, "tel:01962876364");
        assert_eq!(local.ofsted_urn.as_deref(), Some("EY123456"));
        assert_eq!(local.given, Given::ByTheWebsite);
    }

    #[test]
    fn each_bad_attribute_is_named_and_left_out_while_the_good_ones_are_kept() {
        let (local, problems) = LocalContacts::read([
            ("lado-phnoe", "01962 876364"),
            ("area-name", "hampshire"),
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
            "`data-social-care-phone` is \"call the council\", which is not a council's phone number"
        ));
        assert!(messages[2].contains("`data-lado-email`"));
        assert!(messages[3].contains("`data-designated-lead` is empty"));
        assert!(messages[4].contains("`data-ofsted-urn`"));
        assert_eq!(local.social_care_phone, None);
        assert_eq!(
            local.area.unwrap().name,
            "Hampshire",
            "a council in any case"
        );
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
            ("deputy-lead", most.as_str()),
        ]);
        assert_eq!(local.setting_name, None);
        assert_eq!(local.deputy_lead, Some(most), "{MAX_CHARS} is allowed");
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [format!(
                "`data-setting-name` is longer than {MAX_CHARS} characters; shorten it"
            )]
        );
    }

    /// Security review M2: an address that could carry a hidden copy (`?bcc=`), a message or a
    /// letter that only looks Latin is refused.
    #[test]
    fn email_addresses_are_plain_ascii_addresses_and_nothing_more() {
        for bad in [
            "lado",
            "@council.gov.uk",
            "lado@council",
            "lado@.gov.uk",
            "lado@council.",
            "lado@council..gov.uk",
            "lado officer@council.gov.uk",
            "lado@council@gov.uk",
            "javascript:alert(1)@example.gov.uk",
            "<script>@example.gov.uk",
            "lado@example.gov.uk\u{7}",
            "lado@leeds.gov.uk?bcc=safeguarding%40evil.example",
            "lado@leeds.gov.uk&body=hello",
            "lado%40leeds.gov.uk@evil.example",
            "lado@leeds.gov.uk/x",
            "lado@leeds.gov.uk#x",
            "lado=x@leeds.gov.uk",
            "lado@l\u{435}\u{435}ds.gov.uk",
            "zo\u{eb}.lado@example.gov.uk",
            "lado@example.gov.uk\u{202e}",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_email("lado@example.gov.uk"));
        assert!(is_email("LADO.team+referrals@childrens-trust.org.uk"));
    }

    /// Security review H1: only the numbers a council could have. Mobiles, premium and shared-cost
    /// lines, and other countries' numbers are refused; so is anything but digits and spacing.
    #[test]
    fn phone_numbers_are_numbers_a_council_could_have() {
        for bad in [
            "12",
            "999",
            "101",
            "0800 CALL NOW",
            "0300+123",
            "1234567890123456",
            "tel:0300",
            "data:text/html,<script>alert(1)</script>",
            "javascript:alert(1)",
            "0300 555 1384<img src=x>",
            "07700 900123",
            "+44 7700 900123",
            "+882 1234 5678",
            "+1 202 555 0101",
            "0909 879 0000",
            "0845 123 4567",
            "0871 234 5678",
            "0044 300 555 1384",
            "0300 555 13",
            "0300 555 138 4567",
        ] {
            assert_eq!(phone(bad), None, "{bad}");
        }
        for (good, href) in [
            ("01962 876364", "tel:01962876364"),
            ("020 7946 0000", "tel:02079460000"),
            ("0300 555 1384", "tel:03005551384"),
            ("0800 123 4567", "tel:08001234567"),
            ("0808 800 5000", "tel:08088005000"),
            ("+44 (0)1962 876364", "tel:01962876364"),
            ("+441962876364", "tel:01962876364"),
            ("016977 3456", "tel:0169773456"),
        ] {
            assert_eq!(
                phone(good).map(|phone| phone.href),
                Some(href.to_owned()),
                "{good}"
            );
        }
    }

    /// Security review H1 and L7: an area is one of England's councils with children's
    /// services, never free text; a name has no digits and no characters that turn text around.
    #[test]
    fn an_area_is_a_council_and_a_name_is_a_name() {
        for bad in [
            "England. This is the national line: call it first",
            "your area",
            "Leeds City Council",
            "Winchester",
            "Cardiff",
            "E10000006",
        ] {
            assert_eq!(council(bad), None, "{bad}");
        }
        assert_eq!(council("Leeds").map(|c| c.code), Some("E08000035"));
        assert_eq!(council("E10000014").map(|c| c.name), Some("Hampshire"));
        assert_eq!(
            council("westmorland and furness").map(|c| c.code),
            Some("E06000064")
        );
        for bad in [
            "Call 07700 900123",
            "Call \u{ff10}\u{ff17}\u{ff17}\u{ff10}\u{ff10} 900123",
            "Sam \u{1d7ce}",
            "Sam\u{202e}senoJ",
            "Sam\u{3164}Jones",
            "Sam\u{e0041}",
            "Sam\u{301}\u{301}\u{301}",
            "Sam <b>Jones</b>",
            "Sam: Jones",
            "123",
            "\u{d7}",
        ] {
            assert!(!is_name(bad), "{bad}");
        }
        for good in [
            "Little Acorns Pre-School",
            "St. Mary's (Hampshire) & Co, Ltd",
            "Zoë O\u{2019}Brien",
            "\u{141}ucja Nowak-\u{15a}wi\u{105}tek",
        ] {
            assert!(is_name(good), "{good}");
        }
    }

    /// Security review H1: a council's numbers without their council would stand under no area
    /// for a person whose child lives anywhere: they are left out, and the owner told why.
    #[test]
    fn a_councils_number_without_its_council_is_left_out() {
        let (local, problems) = LocalContacts::read([
            ("lado-phone", "01962 876364"),
            ("lado-email", "lado@example.gov.uk"),
            ("designated-lead", "Sam Jones"),
        ]);
        assert_eq!(local.lado_phone, None);
        assert_eq!(local.lado_email, None);
        assert_eq!(local.designated_lead.as_deref(), Some("Sam Jones"));
        let keys: Vec<&str> = problems.iter().map(Problem::key).collect();
        assert_eq!(keys, ["lado-phone", "lado-email"]);
        assert!(problems[0].to_string().contains("data-area-name"));
    }

    /// A grandparent using a Hampshire nursery's page about a child in Leeds must still be told
    /// to contact the council where the child lives (issue 10, point 8); and every host number
    /// says who gave it.
    #[test]
    fn a_given_number_is_shown_for_its_council_with_who_gave_it_and_the_generic_route_stays() {
        let (local, _) = LocalContacts::read([
            ("social-care-phone", "0300 555 1384"),
            ("area-name", "Hampshire"),
        ]);
        let council = contact(Outcome::ChildrenSocialCare, HostContact::SocialCare);
        let shown = local.resolve(council);
        assert_eq!(shown.len(), 2, "the host's number, then the generic route");
        assert_eq!(shown[0].name, "Children's social care for Hampshire");
        assert_eq!(
            shown[0].channels[0].href.as_deref(),
            Some("tel:03005551384")
        );
        let note = shown[0].note.as_deref().unwrap();
        assert!(note.contains("somewhere else"));
        assert!(note.ends_with(host_page::GIVEN_BY_THE_WEBSITE));
        assert_eq!(shown[1], LocalContacts::default().resolve(council)[0]);
        assert_eq!(
            shown[1].note.as_deref(),
            council.note,
            "how to find another council stays"
        );

        let (linked, _) = LocalContacts::read_given(
            Given::ByALink,
            [("lado-phone", "01962 876364"), ("area-name", "Leeds")],
        );
        let lado = linked.resolve(contact(Outcome::ReportToLado, HostContact::Lado));
        assert_eq!(lado[0].name, "The LADO for the area where the person works");
        assert_eq!(
            lado[1].name, "The LADO for Leeds",
            "a link's number after the route"
        );
        assert!(
            lado[1]
                .note
                .as_deref()
                .unwrap()
                .ends_with(host_page::GIVEN_BY_A_LINK)
        );

        for outcome in OUTCOMES {
            for contact in outcome.contacts.iter().filter(|c| c.local.is_none()) {
                assert_eq!(
                    local.resolve(contact),
                    LocalContacts::default().resolve(contact)
                );
            }
        }
    }

    /// Security review H1: a link anyone can make puts its numbers only on the pages for people
    /// who work with children, never on the public's; a website's own numbers show on both.
    #[test]
    fn numbers_a_link_gave_are_never_on_the_publics_pages() {
        let (linked, _) = LocalContacts::read_given(Given::ByALink, [("area-name", "Leeds")]);
        let (hosted, _) = LocalContacts::read([("area-name", "Leeds")]);
        for outcome in Outcome::ALL {
            let public = PUBLIC.outcomes().any(|page| page == *outcome);
            assert_eq!(linked.shown_on(*outcome), !public, "`{outcome}`");
            assert!(hosted.shown_on(*outcome), "`{outcome}`");
        }
        assert!(!linked.shown_on(Outcome::ChildrenSocialCare));
        assert!(!linked.shown_on(Outcome::Call999));
        assert!(linked.shown_on(Outcome::ReportToLado));
    }

    #[test]
    fn the_designated_lead_and_deputy_are_named_and_the_urn_given_on_the_settings_pages_only() {
        let (local, _) = LocalContacts::read([
            ("designated-lead", "Sam Jones"),
            ("deputy-lead", "Ali Khan"),
            ("setting-name", "Little Acorns Pre-School"),
            ("ofsted-urn", "EY123456"),
        ]);
        let lead = &local.resolve(contact(Outcome::ReportToLado, HostContact::DesignatedLead))[0];
        assert_eq!(lead.name, "Your designated safeguarding lead: Sam Jones");
        assert!(lead.note.as_deref().unwrap().contains("Ali Khan"));
        let ofsted = &local.resolve(contact(Outcome::ReportToLado, HostContact::Ofsted))[0];
        assert_eq!(
            ofsted.note.as_deref(),
            Some("Little Acorns Pre-School's Ofsted URN (unique reference number) is EY123456.")
        );
        // A parent complaining about another provider must not be given this setting's URN.
        let public = content::outcome(Outcome::ContactOfsted);
        assert!(public.contacts.iter().all(|c| c.local.is_none()));
    }
}
