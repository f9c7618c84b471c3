//! The words around the questions and outcomes, file by file: the entries each file must hold,
//! and which are lists or sentences with values in them. What each entry is for is written where
//! a writer edits it, in a comment above it in its file; the build gives the app that comment
//! too, as the documentation of the constant or function the entry becomes. Each file becomes a
//! module of `content::pages`, documented by the comment at the top of the file.

use std::collections::BTreeMap;

pub struct WordsFile {
    /// Under `content/`.
    pub path: &'static str,
    /// The module of `content::pages` it becomes.
    pub module: &'static str,
    pub words: &'static [Word],
}

pub struct Word {
    pub key: &'static str,
    pub kind: Kind,
}

pub enum Kind {
    Text,
    List,
    /// A sentence with these values in it, written `{name}`, in the order the function takes
    /// them.
    Sentence(&'static [&'static str]),
}

const fn text(key: &'static str) -> Word {
    Word {
        key,
        kind: Kind::Text,
    }
}

const fn list(key: &'static str) -> Word {
    Word {
        key,
        kind: Kind::List,
    }
}

const fn sentence(key: &'static str, values: &'static [&'static str]) -> Word {
    Word {
        key,
        kind: Kind::Sentence(values),
    }
}

pub const FILES: &[WordsFile] = &[
    WordsFile {
        path: "start.toml",
        module: "start",
        words: &[
            text("title"),
            list("paragraphs"),
            text("button"),
            text("work-heading"),
            text("work-intro"),
            text("setting-start"),
            text("professional-start"),
            text("checks-heading"),
            text("check-which-lado"),
            text("check-dbs-referral"),
            text("check-glossary"),
            text("set-up-link"),
        ],
    },
    WordsFile {
        path: "interface/set-up.toml",
        module: "set_up",
        words: &[
            text("title"),
            text("loading"),
            text("stopped"),
            list("intro"),
            text("setting-name-label"),
            text("setting-name-hint"),
            text("designated-lead-label"),
            text("designated-lead-hint"),
            text("deputy-lead-label"),
            text("deputy-lead-hint"),
            text("area-name-label"),
            text("area-name-hint"),
            text("social-care-phone-label"),
            text("social-care-phone-hint"),
            text("out-of-hours-phone-label"),
            text("out-of-hours-phone-hint"),
            text("lado-phone-label"),
            text("lado-phone-hint"),
            text("lado-email-label"),
            text("lado-email-hint"),
            text("ofsted-urn-label"),
            text("ofsted-urn-hint"),
            text("social-care-phone-error"),
            text("out-of-hours-phone-error"),
            text("lado-phone-error"),
            text("lado-email-error"),
            text("ofsted-urn-error"),
            sentence("name-error", &["label"]),
            text("area-error"),
            text("no-area-error"),
            text("postcode-label"),
            text("postcode-hint"),
            text("postcode-button"),
            sentence("postcode-found", &["postcode", "council"]),
            sentence("postcode-several", &["postcode", "councils"]),
            sentence("postcode-outside", &["postcode"]),
            sentence("too-long", &["label"]),
            text("button"),
            text("code-stale"),
            text("preview-heading"),
            text("preview-intro"),
            text("frame-heading"),
            text("frame-intro"),
            text("frame-title"),
            list("frame-help"),
            text("boxed-notice"),
            text("boxed-link"),
            text("copy"),
            text("copied"),
            text("copy-failed"),
            text("try-link"),
            text("plain-heading"),
            text("plain-intro"),
            text("link-heading"),
            text("link-intro"),
            text("attributes-heading"),
            text("attributes-intro"),
        ],
    },
    WordsFile {
        path: "interface/procedure.toml",
        module: "procedure",
        words: &[
            text("heading"),
            text("intro"),
            text("print"),
            sentence("title", &["setting"]),
            text("untitled"),
            text("danger"),
            text("leads-heading"),
            text("write-it-here"),
            text("welfare-heading"),
            list("welfare-steps"),
            text("allegation-heading"),
            list("allegation-steps"),
            text("numbers-heading"),
            text("flowchart-heading"),
            list("flowchart-answers"),
            text("elsewhere"),
            sentence("go-to", &["number"]),
            text("flowchart-text"),
            text("advice-link"),
            text("qr-label"),
            sentence("printed", &["printed", "reviewed", "until"]),
            sentence("urn", &["urn"]),
            text("local-check"),
            text("checked-by"),
        ],
    },
    WordsFile {
        path: "interface/every-page.toml",
        module: "every_page",
        words: &[
            text("service-name"),
            text("danger-lead"),
            text("danger-call"),
            text("warning"),
            text("back"),
            text("start-again"),
            text("change"),
            text("sources-summary"),
            text("panic-apology"),
        ],
    },
    WordsFile {
        path: "interface/question-page.toml",
        module: "question_page",
        words: &[
            text("continue"),
            text("error-summary-title"),
            text("error-prefix"),
        ],
    },
    WordsFile {
        path: "interface/outcome-page.toml",
        module: "outcome_page",
        words: &[
            text("steps-heading"),
            text("contacts-heading"),
            text("note-down-heading"),
            text("note-down-intro"),
            text("what-next-heading"),
            text("confidentiality-heading"),
            text("checks-heading"),
            text("see-also"),
            text("why-heading"),
            text("why-answers-intro"),
            text("why-sources-intro"),
            sentence("last-reviewed", &["date"]),
            sentence("review-due", &["date"]),
            text("advice-loading"),
            text("advice-failed"),
            text("linked-intro"),
            text("linked-button"),
            text("phone"),
            text("email"),
            text("post"),
            text("website"),
            text("hours"),
        ],
    },
    WordsFile {
        path: "interface/next-steps.toml",
        module: "next_steps",
        words: &[
            text("device-warning"),
            text("heading"),
            text("intro"),
            text("notes-label"),
            text("notes-heading"),
            text("notes-hint"),
            text("print"),
            text("save"),
            text("file-name"),
            text("record-heading"),
            list("record-fields"),
        ],
    },
    WordsFile {
        path: "interface/find-council.toml",
        module: "find_council",
        words: &[
            text("heading"),
            text("label"),
            text("hint"),
            text("private"),
            text("button"),
            text("error-empty"),
            text("error-malformed"),
            text("error-unknown"),
            text("not-ready"),
            text("failed"),
            sentence("one", &["postcode", "council"]),
            sentence("contact", &["council"]),
            sentence("two-tier", &["council"]),
            sentence("host-numbers-here", &["council"]),
            sentence("host-numbers-elsewhere", &["area", "council"]),
            sentence("several", &["postcode"]),
            text("several-how"),
            text("wales-name"),
            text("scotland-name"),
            text("northern-ireland-name"),
            text("channel-islands-name"),
            text("isle-of-man-name"),
            sentence("wales", &["postcode"]),
            sentence("scotland", &["postcode"]),
            sentence("northern-ireland", &["postcode"]),
            sentence("islands", &["postcode"]),
            text("gov-uk"),
            text("gov-uk-link"),
            text("gov-uk-address"),
            text("stuck"),
            sentence("data", &["edition", "year"]),
        ],
    },
    WordsFile {
        path: "interface/host-page.toml",
        module: "host_page",
        words: &[
            sentence("designated-lead", &["lead"]),
            sentence("deputy-lead", &["deputy"]),
            sentence("ofsted-urn", &["setting", "urn"]),
            text("this-setting"),
            sentence("local-social-care", &["area"]),
            sentence("local-out-of-hours", &["area"]),
            sentence("local-lado", &["area"]),
            sentence("local-note", &["area"]),
            text("given-by-the-website"),
            text("given-by-a-link"),
            text("notice"),
            sentence("unknown-attribute", &["key", "known"]),
            sentence("empty-attribute", &["key"]),
            sentence("too-long-attribute", &["key", "most"]),
            sentence("not-a-phone", &["key", "value"]),
            sentence("not-an-email", &["key", "value"]),
            sentence("not-a-urn", &["key", "value"]),
            sentence("not-a-name", &["key", "value"]),
            sentence("not-a-council", &["key", "value"]),
            sentence("no-area", &["key"]),
            sentence("not-the-settings-link", &["key"]),
        ],
    },
];

/// What a words file says of itself and of each entry: the comment at its top (up to the first
/// blank line), and for each entry the comment on the lines just above it, `#` and the space
/// after it taken off each line.
pub fn comments(source: &str) -> (String, BTreeMap<String, String>) {
    let lines: Vec<&str> = source.lines().collect();
    let comment = |line: &str| {
        line.strip_prefix('#')
            .map(|text| text.trim_start().to_owned())
    };
    let file_doc: Vec<String> = lines.iter().map_while(|line| comment(line)).collect();
    let mut docs = BTreeMap::new();
    for (index, line) in lines.iter().enumerate() {
        let Some((key, _)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim();
        let is_entry = !line.starts_with([' ', '#', '"', ']'])
            && !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !is_entry {
            continue;
        }
        let above: Vec<String> = lines[..index]
            .iter()
            .rev()
            .map_while(|line| comment(line))
            .collect();
        // The comment at the top of the file is the file's, not its first entry's.
        if !above.is_empty() && above.len() < index {
            docs.insert(
                key.to_owned(),
                above.into_iter().rev().collect::<Vec<_>>().join("\n"),
            );
        }
    }
    (file_doc.join("\n"), docs)
}
