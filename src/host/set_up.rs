//! The code a setting copies to put Signpost, with its own contacts, on its website: a frame for
//! a site built with Wix, Squarespace or WordPress, a plain link, and the `data-` attributes for a
//! copy it serves itself. Plain Rust, tested natively; the set-up page (`#set-up`) shows it.
//!
//! The contacts travel in the fragment of the frame's address (`#lado-phone=01962%20876364`),
//! which a browser never sends to a server, so no server's log learns which setting's page a
//! visitor had open. They are never an answer: the app reads them as it reads the attributes
//! (`app::browser::local_contacts`).

use crate::content::pages::set_up as words;
use crate::host::local_contacts::HostKey;
use crate::render::escape;

/// The host script (`src/embed/signpost-embed.js`, without its comments): inline in the code, so
/// that the setting's page runs no script fetched from anywhere, which whoever controlled that
/// file could change for every setting at once (security review M3).
const EMBED_SCRIPT: &str = include_str!(concat!(env!("OUT_DIR"), "/signpost-embed.js"));

/// The line of the host script where the code's copy gets its words: as served, it has none.
const NO_WORDS: &str = "var BOXED = null;";

/// What a setting's page needs in the frame's `sandbox`: scripts and its own origin (to run);
/// forms (Continue); leaving the whole page after a click or Shift pressed three times (Exit this
/// page, 999, phone and email links); a new window that is not sandboxed (links to other sites);
/// printing and saving the next-steps sheet.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-forms \
    allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox \
    allow-modals allow-downloads";

/// A setting's details, each with a value that passed its check.
pub struct SetUpCode<'a> {
    /// Where Signpost is served, without query or fragment: `https://signpost.example/`.
    pub address: String,
    pub values: Vec<(HostKey, &'a str)>,
}

impl SetUpCode<'_> {
    /// The details as `name=value` pairs joined by `&`, each name and value put through `encode`
    /// (the browser's `encodeURIComponent`); empty with no details.
    pub fn details(&self, encode: impl Fn(&str) -> String) -> String {
        let pairs: Vec<String> = self
            .values
            .iter()
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect();
        pairs.join("&")
    }

    /// The code for the setting's website: the frame (`plain_frame`) and the script that lets
    /// Exit this page by Shift leave the whole page, and says so when a site builder's box may
    /// stop it.
    pub fn frame(&self, details: &str) -> String {
        let script = EMBED_SCRIPT.replace(
            NO_WORDS,
            &format!(
                "var BOXED = [{}, {}];",
                js_string(words::BOXED_NOTICE),
                js_string(words::BOXED_LINK)
            ),
        );
        format!(
            "{}\n<script>\n{script}\n</script>",
            self.plain_frame(details)
        )
    }

    /// The shortest code that works: the frame alone, its `details` after the `#` of its
    /// address, no taller than the screen. Without the script, Shift pressed three times leaves
    /// only the frame.
    pub fn plain_frame(&self, details: &str) -> String {
        let fragment = if details.is_empty() {
            String::new()
        } else {
            format!("#{details}")
        };
        let src = escape::html(&format!("{}{fragment}", self.address));
        format!(
            "<iframe data-signpost src=\"{src}\" title=\"{title}\"\n  \
             style=\"width: 100%; height: min(900px, 100vh); border: 0\" referrerpolicy=\"no-referrer\"\n  \
             sandbox=\"{SANDBOX}\"></iframe>",
            title = escape::html(words::FRAME_TITLE),
        )
    }

    /// A link that opens the setting's journey with the `details` after its name.
    pub fn link(&self, details: &str) -> String {
        if details.is_empty() {
            format!("{}#setting", self.address)
        } else {
            format!("{}#setting&{details}", self.address)
        }
    }

    /// The attributes for the mount element of a copy the setting serves itself, one a line.
    pub fn attributes(&self) -> String {
        self.values
            .iter()
            .map(|(key, value)| format!("data-{key}=\"{}\"", escape::html(value)))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// `text` as a JavaScript string in single quotes, safe inside a `<script>` element: no quote,
/// backslash, line break or `<` of its own ends the string or the element.
fn js_string(text: &str) -> String {
    let mut quoted = String::from("'");
    for c in text.chars() {
        match c {
            '\'' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '<' => quoted.push_str("\\x3c"),
            '\n' => quoted.push_str("\\n"),
            _ => quoted.push(c),
        }
    }
    quoted.push('\'');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands in for the browser's `encodeURIComponent`, for the two characters used here.
    fn encode(text: &str) -> String {
        text.replace(' ', "%20").replace('&', "%26")
    }

    fn code<'a>(values: Vec<(HostKey, &'a str)>) -> SetUpCode<'a> {
        SetUpCode {
            address: "https://signpost.example/".to_owned(),
            values,
        }
    }

    #[test]
    fn the_frame_carries_the_details_after_its_fragment_and_the_host_script_inline() {
        let code = code(vec![
            (HostKey::SettingName, "Acorns & Oaks"),
            (HostKey::LadoPhone, "01962 876364"),
        ]);
        let details = code.details(encode);
        assert_eq!(
            details,
            "setting-name=Acorns%20%26%20Oaks&lado-phone=01962%20876364"
        );
        let frame = code.frame(&details);
        assert!(frame.starts_with(
            "<iframe data-signpost src=\"https://signpost.example/#setting-name=Acorns%20%26%20Oaks&amp;lado-phone=01962%20876364\""
        ));
        assert!(frame.contains(&format!("sandbox=\"{SANDBOX}\"")));
        let script = frame
            .split_once("<script>\n")
            .and_then(|(_, script)| script.strip_suffix("\n</script>"))
            .expect("the code ends with the host script, inline");
        assert!(!frame.contains("<script src"), "no script is fetched");
        assert!(script.contains("signpostExit"));
        assert!(
            !script.lines().any(|line| line.starts_with("//")),
            "no comments"
        );
        assert!(
            !script.contains("</"),
            "nothing in it can close the element early"
        );
        assert!(script.contains(&js_string(words::BOXED_NOTICE)));
        assert!(
            EMBED_SCRIPT.contains(NO_WORDS) && !script.contains(NO_WORDS),
            "the words are in place"
        );
        assert!(frame.starts_with(&code.plain_frame(&details)));
        assert!(!code.plain_frame(&details).contains("<script"));
        assert_eq!(
            code.link(&details),
            "https://signpost.example/#setting&setting-name=Acorns%20%26%20Oaks&lado-phone=01962%20876364"
        );
    }

    #[test]
    fn words_in_the_script_cannot_end_its_string_or_its_element() {
        assert_eq!(
            js_string("It's <b>\\ \"here\"\n"),
            "'It\\'s \\x3cb>\\\\ \"here\"\\n'"
        );
    }

    #[test]
    fn with_no_details_the_code_is_plain_signpost() {
        let code = code(Vec::new());
        assert_eq!(code.details(encode), "");
        assert_eq!(
            code.frame("").split('"').nth(1),
            Some("https://signpost.example/")
        );
        assert_eq!(code.link(""), "https://signpost.example/#setting");
        assert_eq!(code.attributes(), "");
    }

    #[test]
    fn attribute_values_cannot_break_out_of_their_quotes() {
        let code = code(vec![(
            HostKey::DesignatedLead,
            "Sam \"the lead\" <b>Jones</b> & co",
        )]);
        assert_eq!(
            code.attributes(),
            "data-designated-lead=\"Sam &quot;the lead&quot; &lt;b&gt;Jones&lt;/b&gt; &amp; co\""
        );
    }
}
