//! The host's values (a page's `data-` attributes, a frame's or a link's address) are the only
//! input Signpost takes that has no end to it, so they are checked by property, not example:
//! reading any of them never panics, and a value that is accepted never carries markup, a
//! scheme or a mail header into the page (security review H1, M2, L7).

use proptest::prelude::*;
use signpost::host::local_contacts::{HostKey, LocalContacts};

/// Characters an attacker would reach for, beside the ones a real value has.
const HOSTILE: &str = "[A-Za-z0-9 @.:;<>\"'?&=%/#+()\u{2019},-]";

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(HostKey::ALL).prop_map(|key| key.id().to_owned()),
        "[a-z-]{0,20}",
    ]
}

/// Hostile text, and good values with hostile text before or after them, so that many values
/// pass their checks and are looked at.
fn value() -> impl Strategy<Value = String> {
    let good = proptest::sample::select(vec![
        "0300 555 1384",
        "+44 (0)1962 876364",
        "lado@leeds.gov.uk",
        "Sam Jones",
        "EY123456",
        "Leeds",
    ]);
    let hostile = || proptest::string::string_regex(&format!("{HOSTILE}{{0,6}}")).unwrap();
    prop_oneof![
        proptest::string::string_regex(&format!("{HOSTILE}{{0,40}}")).unwrap(),
        (hostile(), good, hostile())
            .prop_map(|(before, good, after)| format!("{before}{good}{after}")),
    ]
}

/// Every value the contacts hold, as the page would show or link it.
fn accepted(local: &LocalContacts) -> Vec<String> {
    let phones = [
        &local.social_care_phone,
        &local.out_of_hours_phone,
        &local.lado_phone,
    ];
    let mut values: Vec<String> = [
        &local.setting_name,
        &local.designated_lead,
        &local.deputy_lead,
        &local.lado_email,
        &local.ofsted_urn,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    values.extend(local.area.map(|council| council.name.to_owned()));
    values.extend(phones.into_iter().flatten().map(|phone| phone.text.clone()));
    values
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// An address with any character at all in it is accepted only if it is plain ASCII.
    #[test]
    fn an_accepted_email_is_plain_ascii(odd in any::<char>(), at in 0_usize..17) {
        let mut address = String::from("lado@leeds.gov.uk");
        address.insert(at.min(address.len()), odd);
        let (local, _) = LocalContacts::read([("area-name", "Leeds"), ("lado-email", address.as_str())]);
        if let Some(email) = local.lado_email {
            prop_assert!(email.is_ascii(), "{email:?}");
        }
    }

    #[test]
    fn reading_any_values_never_panics(pairs in proptest::collection::vec((key(), any::<String>()), 0..12)) {
        let _ = LocalContacts::read(pairs.iter().map(|(key, value)| (key.as_str(), value.as_str())));
    }

    #[test]
    fn an_accepted_value_carries_no_markup_scheme_or_mail_header(
        key in proptest::sample::select(HostKey::ALL).prop_map(HostKey::id),
        value in value(),
    ) {
        // With a council given, a number or address is kept if it passes its own check.
        let (local, _) = LocalContacts::read([("area-name", "Leeds"), (key, value.as_str())]);
        for text in accepted(&local) {
            prop_assert!(!text.contains(['<', '>', '"', ':', ';']), "{key}: {text:?}");
        }
        if let Some(email) = &local.lado_email {
            prop_assert!(!email.contains(['?', '&', '=', '%', '/', '#']), "{email:?}");
        }
        for phone in [&local.social_care_phone, &local.out_of_hours_phone, &local.lado_phone]
            .into_iter()
            .flatten()
        {
            let digits = phone.href.strip_prefix("tel:").expect("a tel: link");
            prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{:?}", phone.href);
            prop_assert!(["01", "02", "03", "0800", "0808"].iter().any(|range| digits.starts_with(range)));
        }
    }

    /// Any text at all in a name is either refused or free of digits, of any script, and of
    /// characters that are not letters, spaces or a name's punctuation.
    #[test]
    fn an_accepted_name_has_only_letters_spaces_and_a_names_punctuation(
        value in prop_oneof![
            any::<String>(),
            (any::<String>(), "[A-Za-z ]{1,10}").prop_map(|(odd, name)| format!("{name}{odd}")),
        ],
    ) {
        let (local, _) = LocalContacts::read([("designated-lead", value.as_str())]);
        if let Some(name) = local.designated_lead {
            for c in name.chars() {
                prop_assert!(
                    c.is_alphabetic() || " '\u{2019}-.&(),".contains(c),
                    "{name:?} has {c:?}"
                );
                prop_assert!(!c.is_numeric(), "{name:?}");
            }
        }
    }
}
