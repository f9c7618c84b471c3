//! The words around the questions and outcomes, file by file: what each file must hold, and
//! what each entry is for. Each file becomes a module of `content::pages` with a constant for
//! each text and list, and a function for each sentence with values in it.

pub struct WordsFile {
    /// Under `content/`.
    pub path: &'static str,
    /// The module of `content::pages` it becomes.
    pub module: &'static str,
    pub doc: &'static str,
    pub words: &'static [Word],
}

pub struct Word {
    pub key: &'static str,
    pub kind: Kind,
    pub doc: &'static str,
}

pub enum Kind {
    Text,
    List,
    /// A sentence with these values in it, written `{name}`, in the order the function takes
    /// them.
    Template(&'static [&'static str]),
}

const fn text(key: &'static str, doc: &'static str) -> Word {
    Word {
        key,
        kind: Kind::Text,
        doc,
    }
}

const fn list(key: &'static str, doc: &'static str) -> Word {
    Word {
        key,
        kind: Kind::List,
        doc,
    }
}

const fn template(key: &'static str, values: &'static [&'static str], doc: &'static str) -> Word {
    Word {
        key,
        kind: Kind::Template(values),
        doc,
    }
}

pub const FILES: &[WordsFile] = &[
    WordsFile {
        path: "start.toml",
        module: "start",
        doc: "The start page: what the tool does, that nothing is kept, and a way in for each audience.",
        words: &[
            text("title", "The heading, and the page title."),
            list("paragraphs", "The paragraphs under the heading."),
            text("button", "The button that starts the public questions."),
            text(
                "work-heading",
                "The heading over the ways in for people who work with children.",
            ),
            text(
                "work-intro",
                "Under that heading: who the two ways in are for.",
            ),
            text(
                "setting-start",
                "The button that starts the setting's questions.",
            ),
            text(
                "professional-start",
                "The button that starts the questions for staff who receive information about children.",
            ),
            text(
                "checks-heading",
                "The heading over the links to the settings' checks.",
            ),
            text(
                "check-which-lado",
                "The link to the check of which council's LADO is responsible.",
            ),
            text(
                "check-dbs-referral",
                "The link to the check of whether a DBS referral is required.",
            ),
            text(
                "check-glossary",
                "The link to the glossary of the outcomes of an allegation investigation.",
            ),
            text(
                "set-up-link",
                "The link to the page where a setting puts Signpost on its own website.",
            ),
        ],
    },
    WordsFile {
        path: "interface/set-up.toml",
        module: "set_up",
        doc: "The set-up page (#set-up): a setting's details, and the code that puts Signpost with them on its website.",
        words: &[
            text("title", "The heading, and the page title."),
            text(
                "loading",
                "Under the heading while the page's own build loads, in `index.html`: what to do if the form never comes.",
            ),
            text(
                "stopped",
                "In place of the form if the set-up page's build fails: to reload.",
            ),
            list("intro", "The paragraphs under the heading."),
            list(
                "labels",
                "Each field's label, in the order of `local_contacts::HostKey`.",
            ),
            list("hints", "Each field's hint, in the same order."),
            text(
                "social-care-phone-error",
                "When children's social care's number is not a phone number.",
            ),
            text(
                "out-of-hours-phone-error",
                "When the out-of-hours number is not a phone number.",
            ),
            text(
                "lado-phone-error",
                "When the LADO's number is not a phone number.",
            ),
            text(
                "lado-email-error",
                "When the LADO's email address is not one.",
            ),
            text("ofsted-urn-error", "When the Ofsted URN is not one."),
            template(
                "name-error",
                &["label"],
                "When a name has something a name does not have, naming its field.",
            ),
            text(
                "area-error",
                "When the council area is not one of the councils in the list.",
            ),
            text(
                "no-area-error",
                "On the council area, when council numbers are given without it.",
            ),
            text(
                "postcode-label",
                "Under the council area: the label of the postcode that finds it.",
            ),
            text("postcode-hint", "Its hint: that the postcode goes nowhere."),
            text("postcode-button", "The button that finds the council."),
            template(
                "postcode-found",
                &["postcode", "council"],
                "The council found, and filled in.",
            ),
            template(
                "postcode-several",
                &["postcode", "councils"],
                "When the first part of a postcode spans councils.",
            ),
            template(
                "postcode-outside",
                &["postcode"],
                "A postcode outside England.",
            ),
            template(
                "too-long",
                &["label"],
                "The error message for a value that is too long, naming its field.",
            ),
            text(
                "button",
                "The button that checks the details and shows the code.",
            ),
            text(
                "code-stale",
                "Over the code while a change to the fields has a problem.",
            ),
            text("preview-heading", "The heading over the preview."),
            text("preview-intro", "Under it: what the preview shows."),
            text("frame-heading", "The heading over the code for a website."),
            text("frame-intro", "Under it: what the code does."),
            text(
                "frame-title",
                "The frame's title in the code, read out by a screen reader on the setting's page.",
            ),
            list(
                "frame-help",
                "How to paste it in Wix, Squarespace and WordPress.",
            ),
            text(
                "boxed-notice",
                "Above Signpost on a setting's page whose builder boxed the code, so Exit may not leave the whole page.",
            ),
            text(
                "boxed-link",
                "After it: the link that opens Signpost in a tab of its own.",
            ),
            text("copy", "The button under each block of code."),
            text("copied", "After it, once the code is copied."),
            text(
                "copy-failed",
                "After it, when the browser refused: the code is selected, and how to copy it.",
            ),
            text(
                "try-link",
                "The link that opens the setting's own Signpost in a new tab.",
            ),
            text(
                "plain-heading",
                "The heading over the code without a script.",
            ),
            text(
                "plain-intro",
                "Under it: when to use it, and what it cannot do.",
            ),
            text("link-heading", "The heading over the plain link."),
            text("link-intro", "Under it: what the link opens."),
            text(
                "attributes-heading",
                "The heading over the attributes for a self-hosted copy.",
            ),
            text("attributes-intro", "Under it: where they go."),
        ],
    },
    WordsFile {
        path: "interface/procedure.toml",
        module: "procedure",
        doc: "The one-page notice a setting prints from the set-up page: its headings, short steps and foot.",
        words: &[
            text(
                "heading",
                "On the set-up page: the heading over the procedure.",
            ),
            text("intro", "Under it: what the procedure is for."),
            text("print", "The button that prints the procedure."),
            template(
                "title",
                &["setting"],
                "The procedure's title, with the setting's name.",
            ),
            text("untitled", "The title when no setting name is given."),
            text("danger", "The 999 line, first and largest."),
            text("leads-heading", "The heading over the setting's contacts."),
            text(
                "write-it-here",
                "After a contact with no number given: a line to write it on.",
            ),
            text(
                "welfare-heading",
                "The heading over the steps for a worry about a child.",
            ),
            list(
                "welfare-steps",
                "Those steps, short: the outcome page's in brief.",
            ),
            text(
                "allegation-heading",
                "The heading over the steps for an allegation.",
            ),
            list(
                "allegation-steps",
                "Those steps, short: the outcome page's in brief.",
            ),
            text("numbers-heading", "The heading over the contacts."),
            text("flowchart-heading", "The heading over the flowchart."),
            list(
                "flowchart-answers",
                "Each settings' answer, short, for the flowchart: `question answer: words`.",
            ),
            text(
                "elsewhere",
                "Under the setting's own contacts: the route for another council's area.",
            ),
            template(
                "go-to",
                &["number"],
                "In the flowchart's text: where an answer leads to another question.",
            ),
            text(
                "flowchart-text",
                "Under it: how to read the flowchart; also its text for a screen reader.",
            ),
            text(
                "advice-link",
                "Beside the QR code: what it and the link open.",
            ),
            text("qr-label", "The QR code's text for a screen reader."),
            template(
                "printed",
                &["printed", "reviewed", "until"],
                "Beside the QR code: the date printed, the advice's last review, and when to check it again.",
            ),
            template(
                "urn",
                &["urn"],
                "After Ofsted's number: the setting's unique reference number.",
            ),
            text(
                "local-check",
                "Beside the QR code: to check the notice against the setting's policy and local procedures.",
            ),
            text(
                "checked-by",
                "Last beside the QR code: a line for the designated safeguarding lead to sign it off.",
            ),
        ],
    },
    WordsFile {
        path: "interface/every-page.toml",
        module: "every_page",
        doc: "What every page has: its title, the 999 line, the Back link, and the words for when the app fails.",
        words: &[
            text("service-name", "The last part of every page title."),
            text(
                "danger-lead",
                "The 999 line on every page, before the link that calls 999.",
            ),
            text("danger-call", "The link that calls 999."),
            text(
                "warning",
                "Read out by a screen reader before the 999 line.",
            ),
            text("back", "The Back link."),
            text(
                "start-again",
                "The button that forgets every answer and goes back to the start.",
            ),
            text(
                "change",
                "The link beside an answer in the summary that changes it.",
            ),
            text(
                "sources-summary",
                "The collapsed list of quotations from the guidance.",
            ),
            text(
                "panic-apology",
                "Shown above the static guidance if the app fails while running.",
            ),
        ],
    },
    WordsFile {
        path: "interface/question-page.toml",
        module: "question_page",
        doc: "The words of every question page around the question itself.",
        words: &[
            text("continue", "The button under the answers."),
            text("error-summary-title", "The heading of the error summary."),
            text(
                "error-prefix",
                "Put before the page title, and read before the error message, when the page shows an error.",
            ),
        ],
    },
    WordsFile {
        path: "interface/outcome-page.toml",
        module: "outcome_page",
        doc: "The headings and labels of every outcome page.",
        words: &[
            text("steps-heading", "Over the numbered steps."),
            text("contacts-heading", "Over the contacts."),
            text("note-down-heading", "Over what to note down."),
            text("note-down-intro", "Before the list of what to note down."),
            text("what-next-heading", "Over what happens next."),
            text(
                "confidentiality-heading",
                "Over what confidentiality can promise.",
            ),
            text(
                "checks-heading",
                "Over the links to the settings' checks, on the pages about allegations.",
            ),
            text(
                "see-also",
                "After the steps, before the links to the pages they send the person on to (see-also in an outcome's file).",
            ),
            text("why-heading", "Over the person's answers and the guidance."),
            text(
                "why-answers-intro",
                "Before the summary of the person's answers.",
            ),
            text(
                "why-sources-intro",
                "Before the quotations from the guidance.",
            ),
            template(
                "last-reviewed",
                &["date"],
                "After what happens next, and on the next-steps sheet: when the page's words were last checked against the guidance (its content file's [review] date).",
            ),
            template(
                "review-due",
                &["date"],
                "Under it: when the next review is due, a year on.",
            ),
            text(
                "advice-loading",
                "After the contacts while the advice is on its way (it is fetched after the first page).",
            ),
            text(
                "advice-failed",
                "After the contacts when the advice could not be fetched: the heading, lead, steps, contacts and confidentiality are still there.",
            ),
            text(
                "linked-intro",
                "On a page opened from a link, which was reached without any answers.",
            ),
            text(
                "linked-button",
                "The button on a page opened from a link that begins the questions.",
            ),
            text("phone", "Before a phone number."),
            text("email", "Before an email address."),
            text("post", "Before a postal address."),
            text("website", "Before a website."),
            text("hours", "Before a contact's opening hours."),
        ],
    },
    WordsFile {
        path: "interface/next-steps.toml",
        module: "next_steps",
        doc: "The \"Your next steps\" sheet each outcome page can print or save.",
        words: &[
            text(
                "device-warning",
                "Before the notes box and the buttons: a printout or a saved file can be found on a shared device.",
            ),
            text(
                "heading",
                "The sheet's heading, on the page and on the sheet.",
            ),
            text("intro", "Under the heading, on the page only."),
            text("notes-label", "The label of the notes box."),
            text(
                "notes-heading",
                "The heading the notes have on the printed sheet and in the text file.",
            ),
            text("notes-hint", "Under the notes box's label."),
            text("print", "The button that prints the sheet."),
            text("save", "The button that saves the sheet as a text file."),
            text("file-name", "The name of the saved file."),
            text("record-heading", "Over the record template on the sheet."),
            list(
                "record-fields",
                "The fields of the record the guidance asks for (000 paras 9-11; 002 \"Responding to an allegation\"; 003 section 10, the recording form).",
            ),
        ],
    },
    WordsFile {
        path: "interface/find-council.toml",
        module: "find_council",
        doc: "Find the council: a postcode question under the contacts of every page that sends a person to a council, and its answer.",
        words: &[
            text("heading", "The heading over the question."),
            text("label", "The postcode field's label."),
            text(
                "hint",
                "Under the label: the format, and that the first part alone will do.",
            ),
            text("private", "That the postcode is not sent or kept."),
            text("button", "The button that finds the council."),
            text("error-empty", "The error when nothing was typed."),
            text(
                "error-malformed",
                "The error when what was typed is not a postcode.",
            ),
            text(
                "error-unknown",
                "The error when the postcode is not in the table.",
            ),
            text("not-ready", "The error when the table has not come yet."),
            text("failed", "The error when the table could not be fetched."),
            template(
                "one",
                &["postcode", "council"],
                "The answer: the one council.",
            ),
            template("contact", &["council"], "After the answer: what to do."),
            template(
                "two-tier",
                &["council"],
                "After the answer, for a county council: why not the district.",
            ),
            template(
                "host-numbers-here",
                &["council"],
                "When the host's numbers are for the council found.",
            ),
            template(
                "host-numbers-elsewhere",
                &["area", "council"],
                "When the host's numbers are for another council.",
            ),
            template(
                "several",
                &["postcode"],
                "Before the list, when the first part of a postcode spans councils.",
            ),
            text("several-how", "After the list: how to tell which."),
            text("wales-name", "Wales, in that list."),
            text("scotland-name", "Scotland, in that list."),
            text("northern-ireland-name", "Northern Ireland, in that list."),
            text("channel-islands-name", "The Channel Islands, in that list."),
            text("isle-of-man-name", "The Isle of Man, in that list."),
            template("wales", &["postcode"], "A postcode in Wales."),
            template("scotland", &["postcode"], "A postcode in Scotland."),
            template(
                "northern-ireland",
                &["postcode"],
                "A postcode in Northern Ireland.",
            ),
            template(
                "islands",
                &["postcode"],
                "A postcode in the Channel Islands or the Isle of Man.",
            ),
            text("gov-uk", "The second way, before its link."),
            text("gov-uk-link", "The link to GOV.UK's page."),
            text("gov-uk-address", "Its address."),
            text(
                "stuck",
                "Under GOV.UK's page: the NSPCC Helpline, for someone who cannot find the council.",
            ),
            template(
                "data",
                &["edition", "year"],
                "Where the council areas come from, as the Open Government Licence asks.",
            ),
        ],
    },
    WordsFile {
        path: "interface/host-page.toml",
        module: "host_page",
        doc: "The words that put a host page's own contacts in place, and tell its owner what is wrong with them.",
        words: &[
            template(
                "designated-lead",
                &["lead"],
                "The setting's designated safeguarding lead, by name.",
            ),
            template(
                "deputy-lead",
                &["deputy"],
                "Who to tell when the designated lead is not there or is the concern, by name.",
            ),
            template(
                "ofsted-urn",
                &["setting", "urn"],
                "The setting's Ofsted URN.",
            ),
            text(
                "this-setting",
                "The setting, on the Ofsted URN line, when the host page gives no name.",
            ),
            template(
                "local-social-care",
                &["area"],
                "The host's children's social care number, named for its area.",
            ),
            template(
                "local-out-of-hours",
                &["area"],
                "The host's out-of-hours number, named for its area.",
            ),
            template(
                "local-lado",
                &["area"],
                "The host's LADO contacts, named for their area.",
            ),
            template(
                "local-note",
                &["area"],
                "Under each of the host's own numbers: who they are for, and where to go otherwise.",
            ),
            text(
                "given-by-the-website",
                "After the note under the host's own numbers, when the page Signpost is on (or frames it) gave them.",
            ),
            text(
                "given-by-a-link",
                "After the note under the host's own numbers, when the address of a link to Signpost gave them.",
            ),
            text(
                "notice",
                "Heads the list of configuration problems kept in the page for its owner.",
            ),
            template(
                "unknown-attribute",
                &["key", "known"],
                "An attribute Signpost does not know; `known` lists the ones it does.",
            ),
            template("empty-attribute", &["key"], "An attribute with no value."),
            template(
                "too-long-attribute",
                &["key", "most"],
                "An attribute whose value is longer than `most` characters.",
            ),
            template(
                "not-a-phone",
                &["key", "value"],
                "A phone attribute whose value is not a phone number.",
            ),
            template(
                "not-an-email",
                &["key", "value"],
                "An email attribute whose value is not an email address.",
            ),
            template(
                "not-a-urn",
                &["key", "value"],
                "An Ofsted URN attribute whose value is not one.",
            ),
            template(
                "not-a-name",
                &["key", "value"],
                "A name attribute with something a name does not have.",
            ),
            template(
                "not-a-council",
                &["key", "value"],
                "An area attribute that names no council with children's services.",
            ),
            template(
                "no-area",
                &["key"],
                "A council's number or address given without the council it is for.",
            ),
            template(
                "not-the-settings-link",
                &["key"],
                "A detail in a link's address where the link does not open the setting's questions.",
            ),
        ],
    },
];
