//! Compiles the wording in `content/` into static Rust data (`$OUT_DIR/content.rs`), which
//! `src/content/mod.rs` includes. The wasm carries the same data it would if the words were
//! written in Rust, and no parser.
//!
//! Every lookup the app makes is then exhaustive: the build fails, naming the file and field,
//! when a question or outcome has no file, a file names no question or outcome, a reference
//! names nothing (a contact, a shared list or citation, a document), a shared entry is used
//! nowhere, a quotation is written out twice instead of shared, or a text has stray white space
//! (see `text.rs`). Whether a quotation is really in the guidance, under the heading it names,
//! is for `tests/guidance.rs`, which reads the documents.

#[allow(dead_code)]
#[path = "../src/content/documents.rs"]
mod documents;
mod files;
#[allow(dead_code)]
#[path = "../src/core/ids.rs"]
mod ids;
mod text;
mod words;

use documents::Doc;
use files::*;
use ids::{Outcome, Question};
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    for watched in [
        "content",
        "src/core/ids.rs",
        "src/content/documents.rs",
        "src/content/advice_file.rs",
        "src/embed/signpost-embed.js",
        "assets/councils.txt",
    ] {
        println!("cargo::rerun-if-changed={watched}");
    }
    write_embed_script(&root);
    let mut build = Build::new(root.join("content"));
    let mut code = build.generate();
    let version = advice_version(&root, &code);
    let _ = writeln!(
        code,
        "\n/// The first line of the `advice.txt` this build goes with (see `src/content/advice_file.rs`).\npub const ADVICE_VERSION: &str = \"{version}\";",
    );
    let _ = writeln!(
        code,
        "\n/// The edition of the postcode table this build reads (`assets/councils.txt`, see `src/council/postcodes.rs`).\npub const COUNCILS_EDITION: &str = {:?};",
        councils_edition(&root),
    );
    if !build.problems.is_empty() {
        eprintln!(
            "\nThe wording in content/ has {} problem(s):\n",
            build.problems.len()
        );
        for problem in &build.problems {
            eprintln!("  {problem}");
        }
        eprintln!("\ndocs/changing-the-wording.md says what each file holds.\n");
        std::process::exit(1);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("content.rs");
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}

/// The content being compiled, what it has used of the shared files, and every problem found.
struct Build {
    content: PathBuf,
    problems: Vec<String>,
    lists: BTreeMap<String, Vec<String>>,
    contacts: BTreeSet<String>,
    citations: BTreeSet<String>,
    used: BTreeSet<(&'static str, String)>,
    /// Each quotation written out in full, and where, so a second one is caught.
    written_quotes: BTreeMap<(Doc, String), String>,
}

impl Build {
    fn new(content: PathBuf) -> Self {
        Build {
            content,
            problems: Vec::new(),
            lists: BTreeMap::new(),
            contacts: BTreeSet::new(),
            citations: BTreeSet::new(),
            used: BTreeSet::new(),
            written_quotes: BTreeMap::new(),
        }
    }

    fn problem(&mut self, file: &str, field: &str, message: impl std::fmt::Display) {
        let field = if field.is_empty() {
            String::new()
        } else {
            format!(" `{field}`")
        };
        self.problems
            .push(format!("content/{file}{field}: {message}"));
    }

    /// Reads and parses `content/<file>`, or records why it cannot.
    fn parse<T: DeserializeOwned>(&mut self, file: &str) -> Option<T> {
        let source = match std::fs::read_to_string(self.content.join(file)) {
            Ok(source) => source,
            Err(error) => {
                self.problem(file, "", format!("cannot be read: {error}"));
                return None;
            }
        };
        let raw = text::check_raw(&source);
        for message in &raw {
            self.problem(file, "", message);
        }
        match toml::from_str(&source) {
            Ok(parsed) if raw.is_empty() => Some(parsed),
            Ok(_) => None,
            Err(error) => {
                let message = error.to_string().replace('\n', "\n    ");
                self.problem(file, "", message.trim_end());
                None
            }
        }
    }

    /// A text as a person reads it, as a Rust string literal.
    fn text(&mut self, file: &str, field: &str, value: &str) -> String {
        match text::fold(value) {
            Ok(text) => format!("{text:?}"),
            Err(message) => {
                self.problem(file, field, message);
                "\"\"".to_owned()
            }
        }
    }

    fn optional_text(&mut self, file: &str, field: &str, value: &Option<String>) -> String {
        match value {
            Some(value) => format!("Some({})", self.text(file, field, value)),
            None => "None".to_owned(),
        }
    }

    /// A list, with shared lists spliced in, as a Rust slice of string literals.
    fn list(&mut self, file: &str, field: &str, items: &[Item]) -> String {
        let mut texts = Vec::new();
        for (index, item) in items.iter().enumerate() {
            match item {
                Item::Text(value) => {
                    texts.push(self.text(file, &format!("{field}[{index}]"), value))
                }
                Item::Shared(ListRef { list }) => match self.lists.get(list) {
                    Some(shared) => {
                        texts.extend(shared.iter().map(|text| format!("{text:?}")));
                        self.used.insert(("list", list.clone()));
                    }
                    None => {
                        let known = self.lists.keys().cloned().collect::<Vec<_>>().join(", ");
                        self.problem(
                            file,
                            &format!("{field}[{index}]"),
                            format!("no shared list is called `{list}` in shared/lists.toml; the lists are: {known}"),
                        );
                    }
                },
            }
        }
        if texts.is_empty() {
            self.problem(file, field, "an empty list");
        }
        format!("&[{}]", texts.join(", "))
    }

    fn contact_refs(&mut self, file: &str, field: &str, names: &[String], need: Need) -> String {
        if names.is_empty() && need == Need::AtLeastOne {
            self.problem(
                file,
                field,
                "no contacts; every outcome page says who to contact",
            );
        }
        let mut refs = Vec::new();
        for name in names {
            if self.contacts.contains(name) {
                self.used.insert(("contact", name.clone()));
                refs.push(format!("CONTACT_{}", constant(name)));
            } else {
                let known = self.contacts.iter().cloned().collect::<Vec<_>>().join(", ");
                self.problem(
                    file,
                    field,
                    format!("no contact is called `{name}` in shared/contacts.toml; the contacts are: {known}"),
                );
            }
        }
        format!("&[{}]", refs.join(", "))
    }

    fn doc(&mut self, file: &str, field: &str, number: &str) -> Option<Doc> {
        let doc = Doc::ALL.into_iter().find(|doc| doc.number() == number);
        if doc.is_none() {
            self.problem(
                file,
                field,
                format!("`{number}` is not a guidance document; use 000 to 004, 005 for a current fact, or 006 to 010 for current statutory guidance"),
            );
        }
        doc
    }

    /// A citation written out, as a Rust `Source` expression. Where each quotation is written
    /// out is noted, so a second copy, on a page or in the shared file, is caught.
    fn citation(&mut self, file: &str, field: &str, citation: &Citation) -> String {
        let doc = self.doc(file, &format!("{field}.doc"), &citation.doc);
        let place = self.text(file, &format!("{field}.place"), &citation.place);
        let quote = self.text(file, &format!("{field}.quote"), &citation.quote);
        if let Some(doc) = doc {
            let key = (doc, text::fold(&citation.quote).unwrap_or_default());
            match self.written_quotes.get(&key).cloned() {
                Some(first) => self.problem(
                    file,
                    field,
                    format!("this quotation is written out in {first} too; write it once in shared/citations.toml and use cite = \"name\" in both"),
                ),
                None => {
                    self.written_quotes
                        .insert(key, format!("content/{file} `{field}`"));
                }
            }
        }
        let doc = doc.unwrap_or(Doc::OfstedStaff);
        format!("Source {{ doc: Doc::{doc:?}, place: {place}, quote: {quote} }}")
    }

    fn sources(&mut self, file: &str, entries: &[SourceEntry]) -> String {
        let mut refs = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let field = format!("sources[{index}]");
            match entry {
                SourceEntry::Written(citation) => refs.push(self.citation(file, &field, citation)),
                SourceEntry::Shared(CiteRef { cite }) => {
                    if self.citations.contains(cite) {
                        self.used.insert(("citation", cite.clone()));
                        refs.push(format!("CITE_{}", constant(cite)));
                    } else {
                        self.problem(
                            file,
                            &field,
                            format!("no citation is called `{cite}` in shared/citations.toml"),
                        );
                    }
                }
            }
        }
        if refs.is_empty() {
            self.problem(
                file,
                "sources",
                "cites nothing; every page cites the guidance",
            );
        }
        format!("&[{}]", refs.join(", "))
    }

    /// The outcome pages a page sends the person on to, as a Rust slice of `Outcome`s.
    fn see_also(&mut self, file: &str, ids: &[String]) -> String {
        let mut outcomes = Vec::new();
        for (index, id) in ids.iter().enumerate() {
            match Outcome::ALL.iter().find(|outcome| outcome.id() == id) {
                Some(outcome) if file != format!("outcomes/{id}.toml") => {
                    outcomes.push(format!("Outcome::{outcome:?}"));
                }
                Some(_) => self.problem(file, &format!("see-also[{index}]"), "is this page itself"),
                None => self.problem(
                    file,
                    &format!("see-also[{index}]"),
                    format!("`{id}` is not an outcome page"),
                ),
            }
        }
        format!("&[{}]", outcomes.join(", "))
    }

    /// A page's review record, as a Rust `Review` expression: a real date, documents that exist,
    /// and a fingerprint of the form `tests/review.rs` writes.
    fn review(&mut self, file: &str, review: &ReviewEntry) -> String {
        if !is_date(&review.date) {
            self.problem(
                file,
                "review.date",
                format!("`{}` is not a date written YYYY-MM-DD", review.date),
            );
        }
        let docs: Vec<String> = review
            .checked_against
            .iter()
            .enumerate()
            .filter_map(|(n, number)| {
                self.doc(file, &format!("review.checked-against[{n}]"), number)
            })
            .map(|doc| format!("Doc::{doc:?}"))
            .collect();
        if review.checked_against.is_empty() {
            self.problem(
                file,
                "review.checked-against",
                "names no document; a review checks the words against the guidance",
            );
        }
        let fingerprint = &review.fingerprint;
        if fingerprint.len() != 16
            || !fingerprint
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        {
            self.problem(
                file,
                "review.fingerprint",
                "is not 16 lower-case hexadecimal digits; `cargo test --test review` gives the page's",
            );
        }
        format!(
            "Review {{ date: {:?}, checked_against: &[{}], fingerprint: {fingerprint:?} }}",
            review.date,
            docs.join(", ")
        )
    }

    /// Checks that the files in `content/<folder>/` are exactly one for each ID.
    fn one_file_each(&mut self, folder: &str, kind: &str, ids: &[&str]) {
        let files: BTreeSet<String> = match std::fs::read_dir(self.content.join(folder)) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .collect(),
            Err(error) => {
                self.problem(folder, "", format!("cannot be read: {error}"));
                return;
            }
        };
        for id in ids {
            if !files.contains(&format!("{id}.toml")) {
                self.problem(
                    &format!("{folder}/{id}.toml"),
                    "",
                    format!("missing: every {kind} needs a file of its own"),
                );
            }
        }
        for file in &files {
            let id = file.strip_suffix(".toml");
            if !id.is_some_and(|id| ids.contains(&id)) {
                self.problem(
                    &format!("{folder}/{file}"),
                    "",
                    format!(
                        "no {kind} has this ID; the file's name must be the ID of a {kind}: {}",
                        ids.join(", ")
                    ),
                );
            }
        }
    }

    fn generate(&mut self) -> String {
        let mut out = String::from(
            "// Written by build.rs from content/. Edit the content files, not this.\n\
             use crate::content::documents::Doc;\n\
             use crate::content::shapes::*;\n\
             use crate::core::{Outcome, Question};\n\n",
        );
        self.shared(&mut out);
        self.questions(&mut out);
        self.outcomes(&mut out);
        self.glossary(&mut out);
        self.fallback(&mut out);
        self.councils(&mut out);
        self.words(&mut out);
        self.unused();
        out
    }

    /// `shared/councils.toml` (written by `scripts/councils.py`): England's councils with
    /// children's services, by ONS code, in the order of their names.
    fn councils(&mut self, out: &mut String) {
        let file = "shared/councils.toml";
        let Some(councils) = self.parse::<Named<CouncilEntry>>(file) else {
            return;
        };
        let mut rows: Vec<(String, String)> = Vec::new();
        for (code, council) in councils {
            let english = code.len() == 9
                && ["E06", "E08", "E09", "E10"]
                    .iter()
                    .any(|tier| code.starts_with(tier))
                && code[3..].bytes().all(|b| b.is_ascii_digit());
            if !english {
                self.problem(
                    file,
                    &code,
                    "is not the ONS code of an English upper-tier council",
                );
            }
            let name = self.text(file, &format!("{code}.name"), &council.name);
            let row = format!("Council {{ code: {code:?}, name: {name} }}");
            rows.push((name, row));
        }
        if rows.is_empty() {
            self.problem(file, "", "lists no council");
        }
        rows.sort();
        let rows: Vec<String> = rows.into_iter().map(|(_, row)| row).collect();
        let _ = writeln!(
            out,
            "/// England's councils with children's services, by name.\npub static COUNCILS: &[Council] = &[{}];\n",
            rows.join(", ")
        );
    }

    fn shared(&mut self, out: &mut String) {
        let file = "shared/lists.toml";
        if let Some(lists) = self.parse::<Named<Vec<String>>>(file) {
            for (name, items) in lists {
                self.name(file, &name);
                let folded = items
                    .iter()
                    .enumerate()
                    .map(|(index, item)| match text::fold(item) {
                        Ok(text) => text,
                        Err(message) => {
                            self.problem(file, &format!("{name}[{index}]"), message);
                            String::new()
                        }
                    })
                    .collect();
                self.lists.insert(name, folded);
            }
        }

        let file = "shared/contacts.toml";
        if let Some(contacts) = self.parse::<Named<ContactEntry>>(file) {
            for (name, contact) in &contacts {
                self.name(file, name);
                let mut channels = Vec::new();
                for (kind, field, value) in [
                    ("Phone", "phone", &contact.phone),
                    ("Email", "email", &contact.email),
                    ("Post", "post", &contact.post),
                    ("Web", "website", &contact.website),
                ] {
                    let Some(value) = value else {
                        continue;
                    };
                    let field = format!("{name}.{field}");
                    let text = self.text(file, &field, value);
                    let href = match kind {
                        "Phone" if !value.chars().all(|c| c.is_ascii_digit() || c == ' ') => {
                            self.problem(file, &field, "a phone number is digits and spaces only");
                            None
                        }
                        "Phone" => Some(format!("tel:{}", value.replace(' ', ""))),
                        "Email" => Some(format!("mailto:{value}")),
                        "Web" => Some(format!("https://{value}")),
                        _ => None,
                    };
                    let href = href.map_or("None".to_owned(), |href| format!("Some({href:?})"));
                    channels.push(format!(
                        "Channel {{ kind: ChannelKind::{kind}, text: {text}, href: {href} }}"
                    ));
                }
                let local = match contact.local.as_deref() {
                    None => "None".to_owned(),
                    Some(local) => match LOCALS.iter().find(|(id, _)| *id == local) {
                        Some((_, variant)) => format!("Some(HostContact::{variant})"),
                        None => {
                            let known: Vec<&str> = LOCALS.iter().map(|(id, _)| *id).collect();
                            self.problem(
                                file,
                                &format!("{name}.local"),
                                format!(
                                    "`{local}` is not one of the host page's contacts: {}",
                                    known.join(", ")
                                ),
                            );
                            "None".to_owned()
                        }
                    },
                };
                let _ = writeln!(
                    out,
                    "const CONTACT_{}: Contact = Contact {{ name: {}, channels: &[{}], hours: {}, note: {}, local: {local}, find_council: {} }};",
                    constant(name),
                    self.text(file, &format!("{name}.name"), &contact.name),
                    channels.join(", "),
                    self.optional_text(file, &format!("{name}.hours"), &contact.hours),
                    self.optional_text(file, &format!("{name}.note"), &contact.note),
                    self.optional_text(
                        file,
                        &format!("{name}.find-council"),
                        &contact.find_council
                    ),
                );
                self.contacts.insert(name.clone());
            }
        }

        let file = "shared/citations.toml";
        if let Some(citations) = self.parse::<Named<Citation>>(file) {
            for (name, citation) in &citations {
                self.name(file, name);
                let source = self.citation(file, name, citation);
                let _ = writeln!(out, "const CITE_{}: Source = {source};", constant(name));
                self.citations.insert(name.clone());
            }
        }

        let file = "shared/documents.toml";
        let mut arms = Vec::new();
        if let Some(documents) = self.parse::<Named<DocumentEntry>>(file) {
            for doc in Doc::ALL {
                match documents.get(doc.number()) {
                    Some(entry) => {
                        let title =
                            self.text(file, &format!("{}.title", doc.number()), &entry.title);
                        arms.push(format!("Doc::{doc:?} => {title},"));
                    }
                    None => {
                        self.problem(file, "", format!("no title for document {}", doc.number()))
                    }
                }
            }
            for number in documents.keys() {
                if !Doc::ALL.iter().any(|doc| doc.number() == number) {
                    self.problem(file, number, "is not a guidance document's number");
                }
            }
        }
        if arms.len() == Doc::ALL.len() {
            let _ = writeln!(
                out,
                "\n/// The title of a guidance document, as a person would recognise it.\npub fn document_title(doc: Doc) -> &'static str {{ match doc {{ {} }} }}\n",
                arms.join(" ")
            );
        }
    }

    /// Shared names are kebab-case, so they read the same everywhere they are used.
    fn name(&mut self, file: &str, name: &str) {
        let kebab = !name.is_empty()
            && name.split('-').all(|word| {
                !word.is_empty()
                    && word
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            });
        if !kebab {
            self.problem(
                file,
                name,
                "a name must be lower-case words joined by hyphens, like `note-down`",
            );
        }
    }

    fn questions(&mut self, out: &mut String) {
        let pages = Pages {
            folder: "questions",
            kind: "question",
            id_type: "Question",
            lookup: "question",
        };
        let tables = [
            Table {
                row_type: "QuestionText",
                name: "QUESTION",
                list: "QUESTIONS",
                lookup: "question",
                doc: "question's wording",
                returns: "",
            },
            Table {
                row_type: "&[Source]",
                name: "QUESTION_SOURCES",
                list: "QUESTION_SOURCES",
                lookup: "question_sources",
                doc: "question's quotations from the guidance, shown on the outcome pages it leads to",
                returns: "&'static [Source]",
            },
            Table {
                row_type: "Review",
                name: "QUESTION_REVIEW",
                list: "QUESTION_REVIEWS",
                lookup: "question_review",
                doc: "question page's review record",
                returns: "",
            },
        ];
        let ids: Vec<(&str, String)> = Question::ALL
            .iter()
            .map(|q| (q.id(), format!("{q:?}")))
            .collect();
        self.tables(out, &pages, &tables, &ids, |build, file, parsed: QuestionFile, variant| {
            let mut answers = Vec::new();
            let mut seen = BTreeSet::new();
            for (n, answer) in parsed.answers.iter().enumerate() {
                if !seen.insert(answer.id.clone()) {
                    build.problem(
                        file,
                        &format!("answers[{n}].id"),
                        format!("`{}` is given twice", answer.id),
                    );
                }
                answers.push(format!(
                    "AnswerText {{ id: {:?}, label: {}, hint: {} }}",
                    answer.id,
                    build.text(file, &format!("answers[{n}].label"), &answer.label),
                    build.optional_text(file, &format!("answers[{n}].hint"), &answer.hint),
                ));
            }
            vec![
                format!(
                    "QuestionText {{ question: Question::{variant}, title: {}, hint: {}, answers: &[{}], error: {}, summary: {} }}",
                    build.text(file, "title", &parsed.title),
                    build.optional_text(file, "hint", &parsed.hint),
                    answers.join(", "),
                    build.text(file, "error", &parsed.error),
                    build.text(file, "summary", &parsed.summary),
                ),
                build.sources(file, &parsed.sources),
                build.review(file, &parsed.review),
            ]
        });
    }

    fn outcomes(&mut self, out: &mut String) {
        let pages = Pages {
            folder: "outcomes",
            kind: "outcome",
            id_type: "Outcome",
            lookup: "outcome",
        };
        let tables = [
            Table {
                row_type: "OutcomeText",
                name: "OUTCOME",
                list: "OUTCOMES",
                lookup: "outcome",
                doc: "outcome's heading, lead, steps, contacts and confidentiality",
                returns: "",
            },
            Table {
                row_type: "OutcomeAdvice",
                name: "ADVICE",
                list: "ADVICE",
                lookup: "advice",
                doc: "outcome's advice: the app fetches it (`advice.txt`), so only native code reads this",
                returns: "",
            },
            Table {
                row_type: "Review",
                name: "OUTCOME_REVIEW",
                list: "OUTCOME_REVIEWS",
                lookup: "outcome_review",
                doc: "outcome page's review record",
                returns: "",
            },
        ];
        let ids: Vec<(&str, String)> = Outcome::ALL
            .iter()
            .map(|o| (o.id(), format!("{o:?}")))
            .collect();
        self.tables(out, &pages, &tables, &ids, |build, file, parsed: OutcomeFile, variant| {
            vec![
                format!(
                    "OutcomeText {{ outcome: Outcome::{variant}, title: {}, lead: {}, steps: {}, contacts: {}, confidentiality: {}, setting_checks: {}, see_also: {} }}",
                    build.text(file, "title", &parsed.title),
                    build.text(file, "lead", &parsed.lead),
                    build.list(file, "steps", &parsed.steps),
                    build.contact_refs(file, "contacts", &parsed.contacts, Need::AtLeastOne),
                    build.list(file, "confidentiality", &parsed.confidentiality),
                    parsed.setting_checks,
                    build.see_also(file, &parsed.see_also),
                ),
                format!(
                    "OutcomeAdvice {{ note_down: {}, what_happens_next: {}, sources: {}, reviewed: {:?} }}",
                    build.list(file, "note-down", &parsed.note_down),
                    build.list(file, "what-happens-next", &parsed.what_happens_next),
                    build.sources(file, &parsed.sources),
                    parsed.review.date,
                ),
                build.review(file, &parsed.review),
            ]
        });
    }

    /// Compiles `content/<folder>/`, one file for each of `ids` (each with its Rust variant),
    /// with `page`, which gives a row for each of `tables`; then writes each table in the order
    /// of `ids`, with a lookup by ID that is an exhaustive `match`, so it can never miss.
    fn tables<F: DeserializeOwned>(
        &mut self,
        out: &mut String,
        pages: &Pages,
        tables: &[Table],
        ids: &[(&str, String)],
        mut page: impl FnMut(&mut Self, &str, F, &str) -> Vec<String>,
    ) {
        let kebab: Vec<&str> = ids.iter().map(|(id, _)| *id).collect();
        self.one_file_each(pages.folder, pages.kind, &kebab);
        let mut rows = vec![Vec::new(); tables.len()];
        let mut variants = Vec::new();
        for (id, variant) in ids {
            let file = format!("{}/{id}.toml", pages.folder);
            if !self.content.join(&file).exists() {
                continue;
            }
            let Some(parsed) = self.parse::<F>(&file) else {
                continue;
            };
            for (rows, row) in rows.iter_mut().zip(page(self, &file, parsed, variant)) {
                rows.push(row);
            }
            variants.push(variant);
        }
        if variants.len() != ids.len() {
            return;
        }
        let Pages {
            id_type,
            kind,
            lookup: argument,
            ..
        } = pages;
        for (table, rows) in tables.iter().zip(rows) {
            let Table {
                row_type,
                name,
                list,
                lookup,
                doc,
                returns,
            } = table;
            let (returns, borrow) = if returns.is_empty() {
                (format!("&'static {row_type}"), "&")
            } else {
                (returns.to_string(), "")
            };
            let arms: Vec<String> = variants
                .iter()
                .enumerate()
                .map(|(index, variant)| {
                    format!("{id_type}::{variant} => {borrow}{name}_ROWS[{index}],")
                })
                .collect();
            let _ = writeln!(
                out,
                "static {name}_ROWS: [{row_type}; {}] = [\n{}\n];\n\n\
                 /// Every {doc}, in the order of `{id_type}::ALL`.\n\
                 pub static {list}: &[{row_type}] = &{name}_ROWS;\n\n\
                 /// The {kind}'s row of `{list}`.\n\
                 pub fn {lookup}({argument}: {id_type}) -> {returns} {{ match {argument} {{ {} }} }}\n",
                rows.len(),
                rows.join(",\n"),
                arms.join(" ")
            );
        }
    }

    fn glossary(&mut self, out: &mut String) {
        let file = "glossary.toml";
        let Some(parsed) = self.parse::<GlossaryFile>(file) else {
            return;
        };
        let mut terms = Vec::new();
        let mut sources = Vec::new();
        for (n, term) in parsed.terms.iter().enumerate() {
            terms.push(format!(
                "GlossaryEntry {{ term: {}, meaning: {}, for_records: {} }}",
                self.text(file, &format!("terms[{n}].term"), &term.term),
                self.text(file, &format!("terms[{n}].meaning"), &term.meaning),
                self.list(file, &format!("terms[{n}].for-records"), &term.for_records),
            ));
            sources.push(self.sources(file, &term.sources));
        }
        let _ = writeln!(
            out,
            "/// The terms of the glossary, in the order of its file.\npub static GLOSSARY: &[GlossaryEntry] = &[\n{}\n];\n\n\
             /// The quotations behind each term of `GLOSSARY`, in its order: the definition in 002 first, then the\n\
             /// rules about records. The app fetches them (`advice.txt`), so only native code reads this.\n\
             pub static GLOSSARY_SOURCES: &[&[Source]] = &[\n{}\n];\n",
            terms.join(",\n"),
            sources.join(",\n")
        );
        let title = self.text(file, "title", &parsed.title);
        let intro = self.text(file, "intro", &parsed.intro);
        let records = self.text(file, "records-heading", &parsed.records_heading);
        let _ = writeln!(
            out,
            "/// The glossary page's own words.\npub mod glossary_page {{\n    /// The heading, and the page title.\n    pub const TITLE: &str = {title};\n    /// Under the heading.\n    pub const INTRO: &str = {intro};\n    /// Over what each outcome means for records.\n    pub const RECORDS_HEADING: &str = {records};\n}}\n"
        );
    }

    fn fallback(&mut self, out: &mut String) {
        let file = "fallback.toml";
        let Some(parsed) = self.parse::<FallbackFile>(file) else {
            return;
        };
        let mut sections = Vec::new();
        for (n, section) in parsed.sections.iter().enumerate() {
            let mut covers = Vec::new();
            for id in &section.covers {
                match Outcome::from_id(id) {
                    Some(outcome) => covers.push(format!("Outcome::{outcome:?}")),
                    None => self.problem(
                        file,
                        &format!("sections[{n}].covers"),
                        format!("no outcome has the ID `{id}`"),
                    ),
                }
            }
            sections.push(format!(
                "FallbackSection {{ heading: {}, paragraphs: {}, contacts: {}, covers: &[{}] }}",
                self.text(file, &format!("sections[{n}].heading"), &section.heading),
                self.list(
                    file,
                    &format!("sections[{n}].paragraphs"),
                    &section.paragraphs
                ),
                self.contact_refs(
                    file,
                    &format!("sections[{n}].contacts"),
                    &section.contacts,
                    Need::AnyNumber
                ),
                covers.join(", "),
            ));
        }
        let _ = writeln!(
            out,
            "/// The guidance in the page for a browser that cannot run the app.\npub static FALLBACK: Fallback = Fallback {{ intro: {}, sections: &[\n{}\n] }};\n",
            self.text(file, "intro", &parsed.intro),
            sections.join(",\n"),
        );
    }

    fn words(&mut self, out: &mut String) {
        out.push_str("/// The words around the questions and outcomes, a module for each file.\npub mod pages {\n    pub use super::glossary_page as glossary;\n");
        for file in words::FILES {
            let Some(table) = self.parse::<toml::Table>(file.path) else {
                continue;
            };
            let _ = writeln!(out, "\n/// {}\npub mod {} {{", file.doc, file.module);
            for word in file.words {
                let Some(value) = table.get(word.key) else {
                    self.problem(file.path, word.key, format!("missing: {}", word.doc));
                    continue;
                };
                let name = constant(word.key);
                let _ = writeln!(out, "    /// {}", word.doc);
                match (&word.kind, value) {
                    (words::Kind::Text, toml::Value::String(value)) => {
                        let text = self.text(file.path, word.key, value);
                        let _ = writeln!(out, "    pub const {name}: &str = {text};");
                    }
                    (words::Kind::List, toml::Value::Array(values)) => {
                        let items: Vec<Item> = values
                            .iter()
                            .filter_map(|value| value.clone().try_into().ok())
                            .collect();
                        if items.len() != values.len() {
                            self.problem(
                                file.path,
                                word.key,
                                "every item of this list must be a text in quotes, or a shared list: { list = \"name\" }",
                            );
                        }
                        let list = self.list(file.path, word.key, &items);
                        let _ = writeln!(out, "    pub const {name}: &[&str] = {list};");
                    }
                    (words::Kind::Template(values), toml::Value::String(value)) => {
                        let text = text::fold(value).unwrap_or_else(|message| {
                            self.problem(file.path, word.key, message);
                            String::new()
                        });
                        let body = self.template(file.path, word.key, &text, values);
                        let function = word.key.replace('-', "_");
                        let params: Vec<String> =
                            values.iter().map(|v| format!("{v}: &str")).collect();
                        let _ = writeln!(
                            out,
                            "    pub fn {function}({}) -> String {{ let mut sentence = String::new(); {body} sentence }}",
                            params.join(", ")
                        );
                    }
                    _ => {
                        let kind = match word.kind {
                            words::Kind::List => "a list of texts in [ ]",
                            _ => "a text in quotes",
                        };
                        self.problem(file.path, word.key, format!("must be {kind}"));
                    }
                }
            }
            for key in table.keys() {
                if !file.words.iter().any(|word| word.key == key) {
                    let known: Vec<&str> = file.words.iter().map(|word| word.key).collect();
                    self.problem(
                        file.path,
                        key,
                        format!(
                            "is not used anywhere; the entries of this file are: {}",
                            known.join(", ")
                        ),
                    );
                }
            }
            out.push_str("}\n");
        }
        out.push_str("}\n");
    }

    /// A sentence with `{value}` places as Rust statements that build it in `sentence`, piece by
    /// piece (no formatting or joining code in the wasm).
    fn template(&mut self, file: &str, field: &str, text: &str, values: &[&str]) -> String {
        let mut pieces = Vec::new();
        let mut used = BTreeSet::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|at| open + at) else {
                self.problem(file, field, "a { with no } after it");
                break;
            };
            if open > 0 {
                pieces.push(push_words(&rest[..open]));
            }
            let name = &rest[open + 1..close];
            if values.contains(&name) {
                pieces.push(format!("sentence.push_str({name});"));
                used.insert(name);
            } else {
                self.problem(
                    file,
                    field,
                    format!(
                        "{{{name}}} is not a value this sentence has; it has {}",
                        braced(values)
                    ),
                );
            }
            rest = &rest[close + 1..];
        }
        if rest.contains('}') {
            self.problem(file, field, "a } with no { before it");
        }
        if !rest.is_empty() {
            pieces.push(push_words(rest));
        }
        for value in values {
            if !used.contains(value) {
                self.problem(file, field, format!("must say {{{value}}} somewhere"));
            }
        }
        pieces.join(" ")
    }

    fn unused(&mut self) {
        let kinds = [
            (
                "list",
                "shared/lists.toml",
                self.lists.keys().cloned().collect::<Vec<_>>(),
            ),
            (
                "contact",
                "shared/contacts.toml",
                self.contacts.iter().cloned().collect(),
            ),
            (
                "citation",
                "shared/citations.toml",
                self.citations.iter().cloned().collect(),
            ),
        ];
        for (kind, file, names) in kinds {
            for name in names {
                if !self.used.contains(&(kind, name.clone())) {
                    self.problem(
                        file,
                        &name,
                        format!("this {kind} is used on no page; use it or remove it"),
                    );
                }
            }
        }
    }
}

/// A kind of page: one content file for each ID.
struct Pages {
    /// The folder under `content/`, one file a page.
    folder: &'static str,
    /// What a page is, in messages: `outcome`.
    kind: &'static str,
    id_type: &'static str,
    /// The lookups' argument.
    lookup: &'static str,
}

/// One table the build writes from a kind of page: a row for each page.
struct Table {
    row_type: &'static str,
    /// The start of the private table's name: `OUTCOME` for `OUTCOME_ROWS`.
    name: &'static str,
    /// The public list of every row.
    list: &'static str,
    /// The lookup function.
    lookup: &'static str,
    /// What a row holds, for the list's doc comment.
    doc: &'static str,
    /// What the lookup returns when it copies the row (a slice, `&'static [Source]`); empty
    /// when it lends the row (`&'static OutcomeText`).
    returns: &'static str,
}

/// A name for this build's `advice.txt`: a hash (64-bit FNV-1a, which never changes between Rust
/// releases) of the content as built (`code`: every table in the order of the IDs, so a reordered
/// `Outcome` changes it, but a comment in a content file does not), and of the code that decides
/// what the file's lines mean: the file format and the documents' numbers. The app fetches
/// `advice.txt?v=<version>`, so a browser never uses a copy cached from another build, and it
/// checks the file's first line, so it never shows advice from another build.
fn advice_version(root: &std::path::Path, code: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for byte in bytes.iter().chain(&[0]) {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    add(code.as_bytes());
    // Without carriage returns, so a checkout with Windows line endings names the same build.
    for file in ["src/content/advice_file.rs", "src/content/documents.rs"] {
        let code = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        add(code.replace('\r', "").as_bytes());
    }
    format!("{hash:016x}")
}

/// How many contacts a list must have.
#[derive(PartialEq)]
enum Need {
    AtLeastOne,
    AnyNumber,
}

/// The host page's contacts a shared contact can name as `local`, and their Rust names.
const LOCALS: &[(&str, &str)] = &[
    ("social-care", "SocialCare"),
    ("out-of-hours", "OutOfHours"),
    ("lado", "Lado"),
    ("designated-lead", "DesignatedLead"),
    ("ofsted", "Ofsted"),
];

/// The Rust statement that adds `words` to a template's `sentence`.
/// Writes `$OUT_DIR/signpost-embed.js`: the host script (`src/embed/signpost-embed.js`) without
/// its comments and indentation, as the set-up page puts it inline in the code a setting pastes
/// (`set_up::SetUpCode::frame`). Only whole comment lines are dropped; the script has no others.
fn write_embed_script(root: &std::path::Path) {
    let source = std::fs::read_to_string(root.join("src/embed/signpost-embed.js"))
        .expect("src/embed/signpost-embed.js is readable");
    let lines: Vec<&str> = source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect();
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("signpost-embed.js");
    std::fs::write(out, lines.join("\n")).expect("OUT_DIR is writable");
}

/// Whether `text` is a date written `YYYY-MM-DD`, with a month and day that can be.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return false;
    };
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (number(year, 4), number(month, 2), number(day, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

fn push_words(words: &str) -> String {
    let mut chars = words.chars();
    match (chars.next(), chars.next()) {
        (Some(only), None) => format!("sentence.push({only:?});"),
        _ => format!("sentence.push_str({words:?});"),
    }
}

/// `note-down` as a Rust constant's name, `NOTE_DOWN`.
fn constant(kebab: &str) -> String {
    kebab.replace('-', "_").to_uppercase()
}

fn braced(values: &[&str]) -> String {
    values
        .iter()
        .map(|value| format!("{{{value}}}"))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The edition named on the second line of `assets/councils.txt` (`signpost-councils ONSPD Nov
/// 2025`), written by `scripts/councils.py`.
fn councils_edition(root: &std::path::Path) -> String {
    let table = std::fs::read_to_string(root.join("assets/councils.txt"))
        .expect("assets/councils.txt is in the repository (scripts/councils.py writes it)");
    table
        .lines()
        .find_map(|line| line.strip_prefix("signpost-councils "))
        .expect("assets/councils.txt names its edition")
        .to_owned()
}
