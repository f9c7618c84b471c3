//! Compiles the wording in `content/` into static Rust data (`$OUT_DIR/content.rs`), which
//! `src/content/mod.rs` includes. The wasm carries the same data it would if the words were
//! written in Rust, and no parser.
//!
//! The build reads each content file into the app's own shapes (`src/content/shapes.rs`, which it
//! includes), so a row it makes is type-checked as the app's code is: a field added to a shape
//! does not compile here until it is read from the content files (`files.rs`), and then every file
//! without it is named. The values are written out as Rust by `databake` (`emit.rs`), not by hand.
//!
//! Every lookup the app makes is then exhaustive: the build fails, naming the file and field,
//! when a question or outcome has no file, a file names no question or outcome, a reference
//! names nothing (a contact, a shared list or citation, a document), a shared entry is used
//! nowhere, a quotation is written out twice instead of shared, or a text has stray white space
//! (see `text.rs`). Whether a quotation is really in the guidance, under the heading it names,
//! is for `tests/guidance.rs`, which reads the documents.

mod emit;
mod files;
mod text;
mod words;

// The app's content types and IDs, as the app has them (`documents.rs` and `ids.rs` have more
// than the build uses).
#[allow(dead_code)]
#[path = "../src/content/documents.rs"]
mod documents;
#[allow(dead_code)]
#[path = "../src/core/ids.rs"]
mod ids;
#[path = "../src/content/shapes.rs"]
mod shapes;

/// The IDs under the path the shapes use.
mod core {
    pub use super::ids::{Outcome, Question};
}

use crate::core::{Outcome, Question};
use documents::Doc;
use emit::{Emit, Piece};
use files::*;
use quote::{format_ident, quote};
use serde::de::DeserializeOwned;
use shapes::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    for watched in [
        "content",
        "src/core/ids.rs",
        "src/content/documents.rs",
        "src/content/shapes.rs",
        "src/content/advice_file.rs",
        "src/embed/signpost-embed.js",
        "assets/councils.txt",
    ] {
        println!("cargo::rerun-if-changed={watched}");
    }
    write_embed_script(&root);
    let mut build = Build::new(root.join("content"));
    let mut out = Emit::default();
    build.compile(&mut out);
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
    let mut code = out.finish();
    let version = advice_version(&root, &build.advice);
    code.push_str(&format!(
        "/// The first line of the `advice.txt` this build goes with (see `src/content/advice_file.rs`).\n\
         pub const ADVICE_VERSION: &str = {version:?};\n\
         /// The edition of the postcode table this build reads (`assets/councils.txt`, see `src/council/postcodes.rs`).\n\
         pub const COUNCILS_EDITION: &str = {:?};\n",
        councils_edition(&root),
    ));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it")).join("content.rs");
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}

/// A text, list or row made here, kept for the rest of the build: the shapes borrow their words
/// for ever, as the app's static data does.
fn keep<T>(items: Vec<T>) -> &'static [T] {
    items.leak()
}

/// The content being compiled, what it has used of the shared files, and every problem found.
struct Build {
    content: PathBuf,
    problems: Vec<String>,
    lists: BTreeMap<String, Vec<&'static str>>,
    contacts: BTreeMap<String, Contact>,
    citations: BTreeMap<String, Source>,
    used: BTreeSet<(&'static str, String)>,
    /// Each quotation written out in full, and where, so a second one is caught.
    written_quotes: BTreeMap<(Doc, String), String>,
    /// What `advice.txt` is made of, as written: each outcome's advice, and the quotations of the
    /// questions and the glossary, with the glossary's terms.
    advice: String,
}

impl Build {
    fn new(content: PathBuf) -> Self {
        Build {
            content,
            problems: Vec::new(),
            lists: BTreeMap::new(),
            contacts: BTreeMap::new(),
            citations: BTreeMap::new(),
            used: BTreeSet::new(),
            written_quotes: BTreeMap::new(),
            advice: String::new(),
        }
    }

    /// Every file, in an order where the shared files come before the pages that use them.
    fn compile(&mut self, out: &mut Emit) {
        self.shared(out);
        self.questions(out);
        self.outcomes(out);
        self.glossary(out);
        self.fallback(out);
        self.councils(out);
        self.words(out);
        self.unused();
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
        self.parse_with_source(file).map(|(parsed, _)| parsed)
    }

    /// Reads and parses `content/<file>`, giving back its text as well, for its comments.
    fn parse_with_source<T: DeserializeOwned>(&mut self, file: &str) -> Option<(T, String)> {
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
            Ok(parsed) if raw.is_empty() => Some((parsed, source)),
            Ok(_) => None,
            Err(error) => {
                let message = error.to_string().replace('\n', "\n    ");
                self.problem(file, "", message.trim_end());
                None
            }
        }
    }

    /// A text as a person reads it (`text::fold`).
    fn text(&mut self, file: &str, field: &str, value: &str) -> &'static str {
        match text::fold(value) {
            Ok(text) => text.leak(),
            Err(message) => {
                self.problem(file, field, message);
                ""
            }
        }
    }

    fn optional_text(
        &mut self,
        file: &str,
        field: &str,
        value: &Option<String>,
    ) -> Option<&'static str> {
        value.as_ref().map(|value| self.text(file, field, value))
    }

    /// A list, with shared lists spliced in.
    fn list(&mut self, file: &str, field: &str, items: &[Item]) -> &'static [&'static str] {
        let mut texts = Vec::new();
        for (index, item) in items.iter().enumerate() {
            match item {
                Item::Text(value) => {
                    texts.push(self.text(file, &format!("{field}[{index}]"), value))
                }
                Item::Shared(ListRef { list }) => match self.lists.get(list) {
                    Some(shared) => {
                        texts.extend(shared);
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
        keep(texts)
    }

    /// The shared contacts `names` names, each copied into the page's list (`shapes.rs` says why).
    fn contact_refs(
        &mut self,
        file: &str,
        field: &str,
        names: &[String],
        need: Need,
    ) -> &'static [Contact] {
        if names.is_empty() && need == Need::AtLeastOne {
            self.problem(
                file,
                field,
                "no contacts; every outcome page says who to contact",
            );
        }
        let mut contacts = Vec::new();
        for name in names {
            match self.contacts.get(name) {
                Some(contact) => {
                    contacts.push(contact.clone());
                    self.used.insert(("contact", name.clone()));
                }
                None => {
                    let known = self.contacts.keys().cloned().collect::<Vec<_>>().join(", ");
                    self.problem(
                        file,
                        field,
                        format!("no contact is called `{name}` in shared/contacts.toml; the contacts are: {known}"),
                    );
                }
            }
        }
        keep(contacts)
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

    /// A citation written out. Where each quotation is written out is noted, so a second copy,
    /// on a page or in the shared file, is caught.
    fn citation(&mut self, file: &str, field: &str, citation: &Citation) -> Source {
        let doc = self.doc(file, &format!("{field}.doc"), &citation.doc);
        let place = self.text(file, &format!("{field}.place"), &citation.place);
        let quote = self.text(file, &format!("{field}.quote"), &citation.quote);
        if let Some(doc) = doc {
            let key = (doc, quote.to_owned());
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
        Source {
            doc: doc.unwrap_or(Doc::OfstedStaff),
            place,
            quote,
        }
    }

    fn sources(&mut self, file: &str, entries: &[SourceEntry]) -> &'static [Source] {
        let mut sources = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let field = format!("sources[{index}]");
            match entry {
                SourceEntry::Written(citation) => {
                    sources.push(self.citation(file, &field, citation))
                }
                SourceEntry::Shared(CiteRef { cite }) => match self.citations.get(cite) {
                    Some(source) => {
                        sources.push(source.clone());
                        self.used.insert(("citation", cite.clone()));
                    }
                    None => self.problem(
                        file,
                        &field,
                        format!("no citation is called `{cite}` in shared/citations.toml"),
                    ),
                },
            }
        }
        if sources.is_empty() {
            self.problem(
                file,
                "sources",
                "cites nothing; every page cites the guidance",
            );
        }
        keep(sources)
    }

    /// The outcome pages a page sends the person on to.
    fn see_also(&mut self, file: &str, ids: &[String]) -> &'static [Outcome] {
        let mut outcomes = Vec::new();
        for (index, id) in ids.iter().enumerate() {
            match Outcome::from_id(id) {
                Some(outcome) if file != format!("outcomes/{id}.toml") => outcomes.push(outcome),
                Some(_) => self.problem(file, &format!("see-also[{index}]"), "is this page itself"),
                None => self.problem(
                    file,
                    &format!("see-also[{index}]"),
                    format!("`{id}` is not an outcome page"),
                ),
            }
        }
        keep(outcomes)
    }

    /// A page's review record: a real date, documents that exist, and a fingerprint of the form
    /// `tests/review.rs` writes.
    fn review(&mut self, file: &str, review: &ReviewEntry) -> Review {
        if !is_date(&review.date) {
            self.problem(
                file,
                "review.date",
                format!("`{}` is not a date written YYYY-MM-DD", review.date),
            );
        }
        let checked_against: Vec<Doc> = review
            .checked_against
            .iter()
            .enumerate()
            .filter_map(|(n, number)| {
                self.doc(file, &format!("review.checked-against[{n}]"), number)
            })
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
        Review {
            date: review.date.clone().leak(),
            checked_against: keep(checked_against),
            fingerprint: fingerprint.clone().leak(),
        }
    }

    /// Reads `content/<folder>/<id>.toml` for each of `ids`, in their order, checking that the
    /// folder holds exactly those files: each file's name and what it holds, or None where it is
    /// missing or cannot be read, so the rest are still checked (the build writes nothing while
    /// any problem is found).
    fn one_file_each<F: DeserializeOwned>(
        &mut self,
        folder: &str,
        kind: &str,
        ids: &[&str],
    ) -> Vec<Option<(String, F)>> {
        let files: BTreeSet<String> = match std::fs::read_dir(self.content.join(folder)) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|entry| entry.file_name().to_string_lossy().into_owned())
                .collect(),
            Err(error) => {
                self.problem(folder, "", format!("cannot be read: {error}"));
                return ids.iter().map(|_| None).collect();
            }
        };
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
        let mut parsed = Vec::new();
        for id in ids {
            let file = format!("{folder}/{id}.toml");
            if !files.contains(&format!("{id}.toml")) {
                self.problem(
                    &file,
                    "",
                    format!("missing: every {kind} needs a file of its own"),
                );
                parsed.push(None);
                continue;
            }
            parsed.push(self.parse(&file).map(|page| (file, page)));
        }
        parsed
    }

    /// The shared files: lists, contacts and citations, which pages name, and the documents'
    /// titles.
    fn shared(&mut self, out: &mut Emit) {
        let file = "shared/lists.toml";
        if let Some(lists) = self.parse::<Named<Vec<String>>>(file) {
            for (name, items) in lists {
                self.name(file, &name);
                let texts = items
                    .iter()
                    .enumerate()
                    .map(|(index, item)| self.text(file, &format!("{name}[{index}]"), item))
                    .collect();
                self.lists.insert(name, texts);
            }
        }

        let file = "shared/contacts.toml";
        if let Some(contacts) = self.parse::<Named<ContactEntry>>(file) {
            for (name, entry) in &contacts {
                self.name(file, name);
                let contact = self.contact(file, name, entry);
                self.contacts.insert(name.clone(), contact);
            }
        }

        let file = "shared/citations.toml";
        if let Some(citations) = self.parse::<Named<Citation>>(file) {
            for (name, citation) in &citations {
                self.name(file, name);
                let source = self.citation(file, name, citation);
                self.citations.insert(name.clone(), source);
            }
        }

        let file = "shared/documents.toml";
        if let Some(documents) = self.parse::<Named<DocumentEntry>>(file) {
            let mut titles = Vec::new();
            for doc in Doc::ALL {
                match documents.get(doc.number()) {
                    Some(entry) => titles.push(self.text(
                        file,
                        &format!("{}.title", doc.number()),
                        &entry.title,
                    )),
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
            out.value(
                "Each guidance document's title, as a person would recognise it, in the order of `Doc::ALL`.",
                "DOCUMENT_TITLES",
                quote!(&[&str]),
                &keep(titles),
            );
        }
    }

    /// One entry of `shared/contacts.toml`: its ways of contact in the order phone, email, post,
    /// website, each with the link it opens.
    fn contact(&mut self, file: &str, name: &str, entry: &ContactEntry) -> Contact {
        let mut channels = Vec::new();
        for (kind, field, value) in [
            (ChannelKind::Phone, "phone", &entry.phone),
            (ChannelKind::Email, "email", &entry.email),
            (ChannelKind::Post, "post", &entry.post),
            (ChannelKind::Web, "website", &entry.website),
        ] {
            let Some(value) = value else {
                continue;
            };
            let field = format!("{name}.{field}");
            let text = self.text(file, &field, value);
            let href = match kind {
                ChannelKind::Phone if !value.chars().all(|c| c.is_ascii_digit() || c == ' ') => {
                    self.problem(file, &field, "a phone number is digits and spaces only");
                    None
                }
                ChannelKind::Phone => Some(format!("tel:{}", value.replace(' ', ""))),
                ChannelKind::Email => Some(format!("mailto:{value}")),
                ChannelKind::Web => Some(format!("https://{value}")),
                ChannelKind::Post => None,
            };
            channels.push(Channel {
                kind,
                text,
                href: href.map(|href| &*href.leak()),
            });
        }
        let local = entry.local.as_deref().and_then(|local| {
            let found = LOCALS.iter().find(|(id, _)| *id == local);
            if found.is_none() {
                let known: Vec<&str> = LOCALS.iter().map(|(id, _)| *id).collect();
                self.problem(
                    file,
                    &format!("{name}.local"),
                    format!(
                        "`{local}` is not one of the host page's contacts: {}",
                        known.join(", ")
                    ),
                );
            }
            found.map(|(_, contact)| *contact)
        });
        Contact {
            name: self.text(file, &format!("{name}.name"), &entry.name),
            channels: keep(channels),
            hours: self.optional_text(file, &format!("{name}.hours"), &entry.hours),
            note: self.optional_text(file, &format!("{name}.note"), &entry.note),
            local,
            find_council: self.optional_text(
                file,
                &format!("{name}.find-council"),
                &entry.find_council,
            ),
        }
    }

    /// `questions/<id>.toml`, one for each question, in the order of `Question::ALL`.
    fn questions(&mut self, out: &mut Emit) {
        let ids: Vec<&str> = Question::ALL.iter().map(|question| question.id()).collect();
        let files = self.one_file_each::<QuestionFile>("questions", "question", &ids);
        let (mut texts, mut sources, mut reviews) = (Vec::new(), Vec::new(), Vec::new());
        for (entry, question) in files.iter().zip(Question::ALL) {
            let Some((file, parsed)) = entry else {
                continue;
            };
            let mut answers = Vec::new();
            let mut seen = BTreeSet::new();
            for (n, answer) in parsed.answers.iter().enumerate() {
                if !seen.insert(answer.id.clone()) {
                    self.problem(
                        file,
                        &format!("answers[{n}].id"),
                        format!("`{}` is given twice", answer.id),
                    );
                }
                answers.push(AnswerText {
                    id: answer.id.clone().leak(),
                    label: self.text(file, &format!("answers[{n}].label"), &answer.label),
                    hint: self.optional_text(file, &format!("answers[{n}].hint"), &answer.hint),
                });
            }
            texts.push(QuestionText {
                question: *question,
                title: self.text(file, "title", &parsed.title),
                hint: self.optional_text(file, "hint", &parsed.hint),
                answers: keep(answers),
                error: self.text(file, "error", &parsed.error),
                summary: self.text(file, "summary", &parsed.summary),
            });
            sources.push(self.sources(file, &parsed.sources));
            reviews.push(self.review(file, &parsed.review));
        }
        out.value(
            "Every question's wording, in the order of `Question::ALL`.",
            "QUESTIONS",
            quote!(&[crate::content::QuestionText]),
            &keep(texts),
        );
        let written = out.value(
            "Every question's quotations from the guidance, shown on the outcome pages it leads to, in the order of `Question::ALL`.",
            "QUESTION_SOURCES",
            quote!(&[&[crate::content::Source]]),
            &keep(sources),
        );
        self.advice.push_str(&written);
        out.value(
            "Every question page's review record, in the order of `Question::ALL`.",
            "QUESTION_REVIEWS",
            quote!(&[crate::content::Review]),
            &keep(reviews),
        );
    }

    /// `outcomes/<id>.toml`, one for each outcome, in the order of `Outcome::ALL`.
    fn outcomes(&mut self, out: &mut Emit) {
        let ids: Vec<&str> = Outcome::ALL.iter().map(|outcome| outcome.id()).collect();
        let files = self.one_file_each::<OutcomeFile>("outcomes", "outcome", &ids);
        let (mut texts, mut advice, mut reviews) = (Vec::new(), Vec::new(), Vec::new());
        for (entry, outcome) in files.iter().zip(Outcome::ALL) {
            let Some((file, parsed)) = entry else {
                continue;
            };
            texts.push(OutcomeText {
                outcome: *outcome,
                title: self.text(file, "title", &parsed.title),
                lead: self.text(file, "lead", &parsed.lead),
                steps: self.list(file, "steps", &parsed.steps),
                contacts: self.contact_refs(file, "contacts", &parsed.contacts, Need::AtLeastOne),
                confidentiality: self.list(file, "confidentiality", &parsed.confidentiality),
                setting_checks: parsed.setting_checks,
                see_also: self.see_also(file, &parsed.see_also),
            });
            advice.push(OutcomeAdvice {
                note_down: self.list(file, "note-down", &parsed.note_down),
                what_happens_next: self.list(file, "what-happens-next", &parsed.what_happens_next),
                sources: self.sources(file, &parsed.sources),
                reviewed: parsed.review.date.clone().leak(),
            });
            reviews.push(self.review(file, &parsed.review));
        }
        out.value(
            "Every outcome's heading, lead, steps, contacts and confidentiality, in the order of `Outcome::ALL`.",
            "OUTCOMES",
            quote!(&[crate::content::OutcomeText]),
            &keep(texts),
        );
        let written = out.value(
            "Every outcome's advice, in the order of `Outcome::ALL`: the app fetches it (`advice.txt`), so only native code reads this.",
            "ADVICE",
            quote!(&[crate::content::OutcomeAdvice]),
            &keep(advice),
        );
        self.advice.push_str(&written);
        out.value(
            "Every outcome page's review record, in the order of `Outcome::ALL`.",
            "OUTCOME_REVIEWS",
            quote!(&[crate::content::Review]),
            &keep(reviews),
        );
    }

    fn glossary(&mut self, out: &mut Emit) {
        let file = "glossary.toml";
        let Some((parsed, source)) = self.parse_with_source::<GlossaryFile>(file) else {
            return;
        };
        let (_, docs) = words::comments(&source);
        let mut terms = Vec::new();
        let mut sources = Vec::new();
        for (n, term) in parsed.terms.iter().enumerate() {
            terms.push(GlossaryEntry {
                term: self.text(file, &format!("terms[{n}].term"), &term.term),
                meaning: self.text(file, &format!("terms[{n}].meaning"), &term.meaning),
                for_records: self.list(file, &format!("terms[{n}].for-records"), &term.for_records),
            });
            sources.push(self.sources(file, &term.sources));
        }
        let written = out.value(
            "The terms of the glossary, in the order of its file.",
            "GLOSSARY",
            quote!(&[crate::content::GlossaryEntry]),
            &keep(terms),
        );
        self.advice.push_str(&written);
        let written = out.value(
            "The quotations behind each term of `GLOSSARY`, in its order: the definition in 002 first, then the rules about records. The app fetches them (`advice.txt`), so only native code reads this.",
            "GLOSSARY_SOURCES",
            quote!(&[&[crate::content::Source]]),
            &keep(sources),
        );
        self.advice.push_str(&written);
        let mut words = Vec::new();
        for (key, value) in [
            ("title", &parsed.title),
            ("intro", &parsed.intro),
            ("records-heading", &parsed.records_heading),
        ] {
            let text = self.text(file, key, value);
            match docs.get(key) {
                Some(doc) => {
                    words.push(emit::text(doc, &key.replace('-', "_").to_uppercase(), text))
                }
                None => self.problem(
                    file,
                    key,
                    "needs a comment on the line above it, saying what it is for",
                ),
            }
        }
        out.module("The glossary page's own words.", "glossary_page", words);
    }

    fn fallback(&mut self, out: &mut Emit) {
        let file = "fallback.toml";
        let Some(parsed) = self.parse::<FallbackFile>(file) else {
            return;
        };
        let mut sections = Vec::new();
        for (n, section) in parsed.sections.iter().enumerate() {
            let mut covers = Vec::new();
            for id in &section.covers {
                match Outcome::from_id(id) {
                    Some(outcome) => covers.push(outcome),
                    None => self.problem(
                        file,
                        &format!("sections[{n}].covers"),
                        format!("no outcome has the ID `{id}`"),
                    ),
                }
            }
            sections.push(FallbackSection {
                heading: self.text(file, &format!("sections[{n}].heading"), &section.heading),
                paragraphs: self.list(
                    file,
                    &format!("sections[{n}].paragraphs"),
                    &section.paragraphs,
                ),
                contacts: self.contact_refs(
                    file,
                    &format!("sections[{n}].contacts"),
                    &section.contacts,
                    Need::AnyNumber,
                ),
                covers: keep(covers),
            });
        }
        let fallback = Fallback {
            intro: self.text(file, "intro", &parsed.intro),
            sections: keep(sections),
        };
        out.value(
            "The guidance in the page for a browser that cannot run the app.",
            "FALLBACK",
            quote!(crate::content::Fallback),
            &fallback,
        );
    }

    /// `shared/councils.toml` (written by `scripts/councils.py`): England's councils with
    /// children's services, by ONS code, in the order of their names.
    fn councils(&mut self, out: &mut Emit) {
        let file = "shared/councils.toml";
        let Some(entries) = self.parse::<Named<CouncilEntry>>(file) else {
            return;
        };
        let mut councils = Vec::new();
        for (code, council) in entries {
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
            councils.push(Council {
                code: code.leak(),
                name,
            });
        }
        if councils.is_empty() {
            self.problem(file, "", "lists no council");
        }
        councils.sort_by_key(|council| council.name);
        out.value(
            "England's councils with children's services, by name.",
            "COUNCILS",
            quote!(&[crate::content::Council]),
            &keep(councils),
        );
    }

    /// The words around the questions and outcomes (`words.rs`): a module of `pages` for each
    /// file, with a constant for each text and list, and a function for each sentence with values
    /// in it.
    fn words(&mut self, out: &mut Emit) {
        let mut modules = vec![quote! { pub use super::glossary_page as glossary; }];
        for file in words::FILES {
            let Some((table, source)) = self.parse_with_source::<toml::Table>(file.path) else {
                continue;
            };
            let (file_doc, docs) = words::comments(&source);
            if file_doc.is_empty() {
                self.problem(
                    file.path,
                    "",
                    "needs a comment at its top saying what the file is for, then a blank line",
                );
            }
            let mut items = Vec::new();
            for word in file.words {
                let Some(value) = table.get(word.key) else {
                    self.problem(
                        file.path,
                        word.key,
                        "missing: the app uses it (build/words.rs lists what each file holds)",
                    );
                    continue;
                };
                let Some(doc) = docs.get(word.key) else {
                    self.problem(
                        file.path,
                        word.key,
                        "needs a comment on the line above it, saying what it is for (and the \
                         comment at the top of the file, a blank line under it)",
                    );
                    continue;
                };
                let doc = doc.as_str();
                let name = word.key.replace('-', "_");
                match (&word.kind, value) {
                    (words::Kind::Text, toml::Value::String(value)) => {
                        let text = self.text(file.path, word.key, value);
                        items.push(emit::text(doc, &name.to_uppercase(), text));
                    }
                    (words::Kind::List, toml::Value::Array(values)) => {
                        let listed: Vec<Item> = values
                            .iter()
                            .filter_map(|value| value.clone().try_into().ok())
                            .collect();
                        if listed.len() != values.len() {
                            self.problem(
                                file.path,
                                word.key,
                                "every item of this list must be a text in quotes, or a shared list: { list = \"name\" }",
                            );
                        }
                        let list = self.list(file.path, word.key, &listed);
                        items.push(emit::list(doc, &name.to_uppercase(), list));
                    }
                    (words::Kind::Sentence(values), toml::Value::String(value)) => {
                        let text = self.text(file.path, word.key, value);
                        let pieces = self.sentence(file.path, word.key, text, values);
                        items.push(emit::sentence(doc, &name, values, &pieces));
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
            let name = format_ident!("{}", file.module);
            modules.push(quote! {
                #[doc = #file_doc]
                pub mod #name { #(#items)* }
            });
        }
        out.module(
            "The words around the questions and outcomes, a module for each file.",
            "pages",
            modules,
        );
    }

    /// A sentence with `{value}` places, as its pieces: each of `values` must be in it.
    fn sentence(&mut self, file: &str, field: &str, text: &str, values: &[&str]) -> Vec<Piece> {
        let mut pieces = Vec::new();
        let mut used = BTreeSet::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|at| open + at) else {
                self.problem(file, field, "a { with no } after it");
                break;
            };
            if open > 0 {
                pieces.push(Piece::Words(rest[..open].to_owned()));
            }
            let name = &rest[open + 1..close];
            if values.contains(&name) {
                pieces.push(Piece::Value(name.to_owned()));
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
            pieces.push(Piece::Words(rest.to_owned()));
        }
        for value in values {
            if !used.contains(value) {
                self.problem(file, field, format!("must say {{{value}}} somewhere"));
            }
        }
        pieces
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
                self.contacts.keys().cloned().collect(),
            ),
            (
                "citation",
                "shared/citations.toml",
                self.citations.keys().cloned().collect(),
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

/// How many contacts a list must have.
#[derive(PartialEq)]
enum Need {
    AtLeastOne,
    AnyNumber,
}

/// The host page's contacts a shared contact can name as `local`.
const LOCALS: &[(&str, HostContact)] = &[
    ("social-care", HostContact::SocialCare),
    ("out-of-hours", HostContact::OutOfHours),
    ("lado", HostContact::Lado),
    ("designated-lead", HostContact::DesignatedLead),
    ("ofsted", HostContact::Ofsted),
];

/// A name for this build's `advice.txt`: a hash (64-bit FNV-1a, which never changes between Rust
/// releases) of what the file is made of (`advice`: the data as written, in the order of the IDs,
/// so a reordered `Outcome` changes it, but a comment in a content file, or any other page's
/// words, does not), and of the code that decides what the file's lines mean: the file format
/// and the documents' numbers. A new version of databake could write the same data otherwise,
/// and so change the name: `tests/pages.rs` then asks for the file to be written again. The app fetches
/// `advice.txt?v=<version>`, so a browser never uses a copy cached from another build, and it
/// checks the file's first line, so it never shows advice from another build.
fn advice_version(root: &std::path::Path, advice: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for byte in bytes.iter().chain(&[0]) {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    add(advice.as_bytes());
    // Without carriage returns, so a checkout with Windows line endings names the same build.
    for file in ["src/content/advice_file.rs", "src/content/documents.rs"] {
        let code = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        add(code.replace('\r', "").as_bytes());
    }
    format!("{hash:016x}")
}

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
