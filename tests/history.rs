//! The browser's history, proven by model: a model of the browser's session history (its
//! entries, Back, Forward, links, reloads, and Exit this page as `src/exit-this-page.js` does
//! it) drives the app's `State` exactly as `src/app/browser.rs` does, over every sequence of
//! actions up to a length, and over every path of every flow with every short sequence of
//! actions at each step. After each action it checks what a person would notice:
//!
//! - the tool's entries, from the one it was opened on, carry 0, 1, 2... with no gap, so Exit
//!   finds the first (it steps back by the number the entry carries);
//! - Back and Forward show the page the person saw on that entry, answers and all (Back then
//!   Forward restores the same page), except after Start again or a reload, which forget; Back
//!   after Continue shows the answer chosen;
//! - the Back link shows only when there is an earlier page of the tool to go back to;
//! - after Exit no entry of the tool is reachable: behind the destination there is none, and
//!   ahead of it only the entry Exit left, which leaves again as soon as it is shown.
//!
//! The browser tests (`tests/browser/history.test.mjs`) check that Chromium behaves as modelled,
//! and the model writes walks (`tests/snapshots/history-walks.txt`) that
//! `tests/engines/history.test.mjs` replays in Chromium, Firefox and WebKit, comparing each page
//! with the model's.

mod snapshot;

use signpost::core::{
    Action, FLOWS, HistoryWrite, LinkTarget, Page, Question, State, history_write, verify,
};
use std::collections::{BTreeSet, VecDeque};
use std::fmt::Write as _;

/// The fragments links can name: an outcome, a journey, a check, the glossary, the set-up page,
/// and fragments the tool does not know. Links to every ID open the same way (`LinkTarget::from_fragment`); these
/// are one of each kind, as a host page or an outcome page may link.
const LINKS: [&str; 8] = [
    "contact-ofsted",
    "setting",
    "which-lado",
    "glossary",
    "set-up",
    "staying-safe",
    "javascript:alert(1)",
    "",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Document {
    /// The setting's page that linked to the tool.
    Host,
    Tool,
    /// Exit this page's destination.
    Destination,
}

#[derive(Clone, Debug)]
struct Entry {
    document: Document,
    /// `history.state`: the number the tool wrote on the entry, if any.
    label: Option<usize>,
    /// The URL's fragment; the tool's own new entries have none.
    fragment: Option<&'static str>,
    /// Exit this page's neutral entry, titled "Loading.".
    neutral: bool,
    /// The page the person last saw on the entry, if the tool still knows it.
    seen: Option<Page>,
    /// The question answered, and the answer chosen, to come to this entry by Continue.
    chosen: Option<(Question, &'static str)>,
}

impl Entry {
    fn tool(fragment: Option<&'static str>) -> Entry {
        Entry {
            document: Document::Tool,
            label: None,
            fragment,
            neutral: false,
            seen: None,
            chosen: None,
        }
    }
}

/// What a person can do.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// Something on the page: a button, a radio and Continue, a Change link.
    App(Action),
    /// The Back link (it does what the browser's Back button does).
    BackLink,
    Back,
    Forward,
    Link(&'static str),
    Reload,
    Exit,
}

#[derive(Clone, Debug)]
struct Browser {
    entries: Vec<Entry>,
    at: usize,
    /// The app in the document on show, if that is the tool's.
    app: Option<State>,
}

impl Browser {
    /// The setting's page, and a click on its link to the tool with `fragment`.
    fn linked_from_host(fragment: Option<&'static str>) -> Browser {
        let host = Entry {
            document: Document::Host,
            ..Entry::tool(None)
        };
        let mut browser = Browser {
            entries: vec![host, Entry::tool(fragment)],
            at: 1,
            app: None,
        };
        browser.load();
        browser
    }

    fn entry(&self) -> &Entry {
        &self.entries[self.at]
    }

    /// The first entry of the run of the tool's entries the browser is on.
    fn first_of_tool(&self) -> usize {
        (0..=self.at)
            .rev()
            .take_while(|&index| self.entries[index].document == Document::Tool)
            .last()
            .unwrap_or(self.at)
    }

    /// The tool's document loads on the current entry: the app starts, and knows nothing of the
    /// pages earlier documents showed.
    fn load(&mut self) {
        for entry in &mut self.entries {
            entry.seen = None;
            entry.chosen = None;
        }
        let entry = self.entry();
        let linked = entry.fragment.and_then(LinkTarget::from_fragment);
        self.app = Some(State::load(linked, entry.label));
        self.after_render();
    }

    /// What `use_history_entries` does after each render, and what the person then sees.
    fn after_render(&mut self) {
        let app = self.app.as_ref().expect("the tool is on show");
        if app.exited() {
            return;
        }
        let (page, entry) = (app.page(), app.entry());
        match history_write(self.entry().label, entry) {
            HistoryWrite::Nothing => {}
            HistoryWrite::Label(label) => self.entries[self.at].label = Some(label),
            HistoryWrite::Push { from, to } => {
                for label in from..=to {
                    self.push(Entry {
                        label: Some(label),
                        ..Entry::tool(None)
                    });
                }
            }
        }
        self.entries[self.at].seen = Some(page);
    }

    fn push(&mut self, entry: Entry) {
        self.entries.truncate(self.at + 1);
        self.entries.push(entry);
        self.at += 1;
    }

    fn apply(&mut self, action: Action) {
        self.app
            .as_mut()
            .expect("the tool is on show")
            .apply(action);
        self.after_render();
    }

    /// Back or Forward to `index`: within the tool's document the app hears `popstate`; to or
    /// from another document, the page unloads or loads.
    fn traverse(&mut self, index: usize) -> Result<(), String> {
        // The entry Exit left behind leaves again as soon as it is shown (`signpost-left`).
        if self.entries[index].neutral {
            self.at = index;
            self.entries[index] = Entry {
                document: Document::Destination,
                ..Entry::tool(None)
            };
            self.app = None;
            return Ok(());
        }
        let same_document = self.entry().document == Document::Tool
            && self.entries[index].document == Document::Tool
            && self.app.is_some();
        self.at = index;
        if !same_document {
            self.app = None;
            if self.entry().document == Document::Tool {
                self.load();
            }
            return Ok(());
        }
        let expected = self.entry().seen.clone();
        let Some(label) = self.entry().label else {
            return Err(format!(
                "the browser reached an entry with no number: {self:?}"
            ));
        };
        self.apply(Action::Moved(label));
        let shown = self.app.as_ref().map(State::page);
        let expected = expected.unwrap_or(Page::Start);
        if shown.as_ref().map(same_page) != Some(same_page(&expected)) {
            return Err(format!(
                "showed {shown:?} where the person saw {expected:?}"
            ));
        }
        Ok(())
    }

    /// A link in the page to `#fragment`. To the address the page already has, the browser
    /// replaces the entry; otherwise it adds one. Either way the app hears `popstate`.
    fn follow_link(&mut self, fragment: &'static str) {
        let replaced = self.entry().fragment == Some(fragment);
        if replaced {
            self.entries[self.at] = Entry::tool(Some(fragment));
        } else {
            self.push(Entry::tool(Some(fragment)));
        }
        self.apply(Action::Link {
            target: LinkTarget::from_fragment(fragment),
            replaced,
        });
    }

    /// Start again forgets every page: the model forgets what the person saw, so Back is
    /// expected to show the start page.
    fn forget_seen(&mut self) {
        let first = self.first_of_tool();
        for entry in &mut self.entries[first..self.at] {
            entry.seen = None;
            entry.chosen = None;
        }
    }

    /// `src/exit-this-page.js`: tell the app, go back by the number on the entry, add the
    /// neutral entry there, come back, and replace that entry with the destination.
    fn exit(&mut self) -> Result<(), String> {
        let back = self.entry().label.unwrap_or(0);
        self.apply(Action::Exit);
        let first = self
            .at
            .checked_sub(back)
            .ok_or("Exit went back past the first entry")?;
        if self.entries[first].document != Document::Tool {
            return Err(format!(
                "Exit went back {back} entries and left the tool for {first}"
            ));
        }
        self.at = first;
        self.push(Entry {
            neutral: true,
            ..Entry::tool(self.entry().fragment)
        });
        self.at -= 1;
        self.entries[self.at] = Entry {
            document: Document::Destination,
            ..Entry::tool(None)
        };
        self.app = None;
        Ok(())
    }

    fn take(&mut self, step: Step) -> Result<(), String> {
        match step {
            Step::App(action) => {
                let page = self.app.as_ref().map(State::page);
                let was_at = self.at;
                self.apply(action);
                if matches!(action, Action::StartAgain) {
                    self.forget_seen();
                }
                if let (Action::Choose(Some(answer)), Some(Page::Question { question, .. })) =
                    (action, page)
                    && self.at != was_at
                {
                    self.entries[self.at].chosen = Some((question, answer));
                }
            }
            Step::BackLink | Step::Back => {
                let chosen = self.entry().chosen;
                self.traverse(self.at - 1)?;
                let shown = self.app.as_ref().map(State::page);
                if let (Some((question, answer)), Some(Page::Question { prefill, .. })) =
                    (chosen, &shown)
                    && *prefill != Some(answer)
                {
                    return Err(format!(
                        "Back to {question} shows {prefill:?}, not the answer chosen, {answer}"
                    ));
                }
            }
            Step::Forward => self.traverse(self.at + 1)?,
            Step::Link(fragment) => self.follow_link(fragment),
            Step::Reload => self.load(),
            Step::Exit => self.exit()?,
        }
        self.check()
    }

    /// What must hold after every step.
    fn check(&self) -> Result<(), String> {
        let Some(app) = &self.app else {
            return self.check_after_exit();
        };
        let first = self.first_of_tool();
        for (number, entry) in self.entries[first..=self.at].iter().enumerate() {
            if entry.label != Some(number) {
                return Err(format!(
                    "the tool's entry {number} carries {:?}, so Exit would not find the first",
                    entry.label
                ));
            }
        }
        if app.can_go_back() != (self.at > first) {
            return Err(format!(
                "Back link shown: {}, with {} earlier pages of the tool",
                app.can_go_back(),
                self.at - first
            ));
        }
        Ok(())
    }

    fn check_after_exit(&self) -> Result<(), String> {
        if self.entry().document != Document::Destination {
            return Ok(());
        }
        let behind = &self.entries[..self.at];
        let ahead = &self.entries[self.at + 1..];
        if behind.iter().any(|entry| entry.document == Document::Tool)
            || ahead
                .iter()
                .any(|entry| entry.document == Document::Tool && !entry.neutral)
        {
            return Err("after Exit an entry of the tool is still reachable".to_owned());
        }
        Ok(())
    }

    /// Every step the person can take from here.
    fn steps(&self) -> Vec<Step> {
        let Some(app) = self.app.as_ref().filter(|app| !app.exited()) else {
            // Another site, or Exit's destination: only the browser's buttons.
            let mut steps = Vec::new();
            if self.at > 0 {
                steps.push(Step::Back);
            }
            if self.at + 1 < self.entries.len() {
                steps.push(Step::Forward);
            }
            return steps;
        };
        let mut steps: Vec<Step> = page_actions(&app.page())
            .into_iter()
            .map(Step::App)
            .collect();
        if app.can_go_back() {
            steps.push(Step::BackLink);
        }
        if self.at > 0 {
            steps.push(Step::Back);
        }
        if self.at + 1 < self.entries.len() {
            steps.push(Step::Forward);
        }
        steps.extend(LINKS.map(Step::Link));
        steps.extend([Step::Reload, Step::Exit]);
        steps
    }
}

/// What the page itself offers.
fn page_actions(page: &Page) -> Vec<Action> {
    match page {
        Page::Start => ["public", "setting", "professional"]
            .into_iter()
            .filter_map(signpost::core::flow)
            .map(Action::Start)
            .collect(),
        Page::Question { question, .. } => {
            let node = FLOWS
                .iter()
                .find_map(|flow| flow.question(*question))
                .expect("every question is in a flow");
            node.branches
                .iter()
                .map(|branch| Action::Choose(Some(branch.answer)))
                .chain([Action::Choose(None)])
                .collect()
        }
        Page::Outcome { answers, .. } => answers
            .iter()
            .map(|answer| Action::Change(answer.question()))
            .chain([Action::StartAgain])
            .collect(),
        Page::Linked(_) => vec![Action::StartOffered, Action::StartAgain],
        Page::Glossary | Page::SetUp => Vec::new(),
    }
}

/// A page as Back and Forward must restore it: an error message is not restored (it answered a
/// Continue), and a question may now show the answer the person gave when they went on.
fn same_page(page: &Page) -> Page {
    match page {
        Page::Question { question, .. } => Page::Question {
            question: *question,
            error: false,
            prefill: None,
        },
        other => other.clone(),
    }
}

/// Takes every sequence of up to `depth` steps from `browser`, checking after each; returns how
/// many steps were checked.
fn every_sequence(browser: &Browser, depth: usize, taken: &mut Vec<Step>) -> usize {
    if depth == 0 {
        return 0;
    }
    let mut checked = 0;
    for step in browser.steps() {
        let mut next = browser.clone();
        taken.push(step);
        if let Err(problem) = next.take(step) {
            panic!("{problem}\nafter {taken:?}");
        }
        checked += 1 + every_sequence(&next, depth - 1, taken);
        taken.pop();
    }
    checked
}

fn starts() -> impl Iterator<Item = Browser> {
    std::iter::once(None)
        .chain(LINKS.map(Some))
        .map(Browser::linked_from_host)
}

#[test]
fn every_sequence_of_four_steps_from_every_way_in_keeps_history_right() {
    let mut checked = 0;
    for browser in starts() {
        browser.check().unwrap();
        checked += every_sequence(&browser, 4, &mut Vec::new());
    }
    assert!(checked > 100_000, "only {checked} steps were checked");
}

#[test]
fn every_path_of_every_flow_with_every_three_steps_at_each_point_keeps_history_right() {
    let mut checked = 0;
    for flow in FLOWS {
        for path in verify::paths(flow).unwrap() {
            let mut browser = Browser::linked_from_host(Some(flow.id));
            let mut taken = vec![Step::Link(flow.id)];
            checked += every_sequence(&browser, 3, &mut taken);
            for (_, answer) in &path.answers {
                let step = Step::App(Action::Choose(Some(answer)));
                taken.push(step);
                browser.take(step).unwrap();
                checked += every_sequence(&browser, 3, &mut taken);
            }
            assert!(
                matches!(browser.app.as_ref().map(State::page), Some(Page::Outcome { outcome, .. }) if outcome == path.outcome)
            );
        }
    }
    assert!(checked > 100_000, "only {checked} steps were checked");
}

#[test]
fn back_from_answer_the_questions_on_a_linked_outcome_returns_to_it() {
    let mut browser = Browser::linked_from_host(Some("contact-ofsted"));
    browser.take(Step::App(Action::StartOffered)).unwrap();
    browser.take(Step::BackLink).unwrap();
    assert!(matches!(
        browser.app.as_ref().map(State::page),
        Some(Page::Linked(_))
    ));
}

/// What a person does in the walks the engines replay: the moves within the tool that touch its
/// history (links and Exit have tests of their own in `tests/engines/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Move {
    /// "Start now", or a question's answer and Continue.
    Continue,
    /// The first answer's Change link on an outcome.
    Change,
    StartAgain,
    /// "Answer the questions" on an outcome opened from a link.
    AnswerTheQuestions,
    BackLink,
    Back,
    Forward,
    Reload,
}

impl Move {
    const ALL: [Move; 8] = [
        Move::Continue,
        Move::Change,
        Move::StartAgain,
        Move::AnswerTheQuestions,
        Move::BackLink,
        Move::Back,
        Move::Forward,
        Move::Reload,
    ];

    fn name(self) -> &'static str {
        match self {
            Move::Continue => "continue",
            Move::Change => "change",
            Move::StartAgain => "start-again",
            Move::AnswerTheQuestions => "answer-the-questions",
            Move::BackLink => "back-link",
            Move::Back => "back",
            Move::Forward => "forward",
            Move::Reload => "reload",
        }
    }

    /// The step this move is on the page on show, if the person can make it there, with what it
    /// acts on (the answer chosen, the question changed). Back and Forward stay within the tool.
    fn step(self, browser: &Browser) -> Option<(Step, &'static str)> {
        let app = browser.app.as_ref().filter(|app| !app.exited())?;
        let within_tool = |index: usize| {
            browser
                .entries
                .get(index)
                .is_some_and(|entry| entry.document == Document::Tool)
        };
        match (self, app.page()) {
            (Move::Continue, Page::Start) => {
                let public = signpost::core::flow("public").expect("the public flow");
                Some((Step::App(Action::Start(public)), public.id))
            }
            (Move::Continue, Page::Question { question, .. }) => {
                let answer = answer_to(question);
                Some((Step::App(Action::Choose(Some(answer))), answer))
            }
            (Move::Change, Page::Outcome { answers, .. }) => {
                let question = answers.first()?.question();
                Some((Step::App(Action::Change(question)), question.id()))
            }
            (Move::StartAgain, Page::Outcome { .. } | Page::Linked(_)) => {
                Some((Step::App(Action::StartAgain), "-"))
            }
            (Move::AnswerTheQuestions, Page::Linked(_)) => {
                Some((Step::App(Action::StartOffered), "-"))
            }
            (Move::BackLink, _) if app.can_go_back() => Some((Step::BackLink, "-")),
            (Move::Back, _) if browser.at > 0 && within_tool(browser.at - 1) => {
                Some((Step::Back, "-"))
            }
            (Move::Forward, _) if within_tool(browser.at + 1) => Some((Step::Forward, "-")),
            (Move::Reload, _) => Some((Step::Reload, "-")),
            _ => None,
        }
    }
}

/// The answer a walk gives to `question`: the one the longest path through the first flow that
/// asks it gives, so a walk goes through as many questions as it can. A question asked in several
/// flows offers the same answers in each (`verify`), so the answer is one the page offers.
fn answer_to(question: Question) -> &'static str {
    let flow = FLOWS
        .iter()
        .find(|flow| flow.question(question).is_some())
        .expect("every question is in a flow");
    let paths = verify::paths(flow).expect("every flow's paths");
    let longest = paths
        .iter()
        .max_by_key(|path| path.answers.len())
        .expect("a flow has a path");
    longest
        .answers
        .iter()
        .find(|(asked, _)| *asked == question)
        .map(|(_, answer)| *answer)
        .unwrap_or_else(|| flow.question(question).unwrap().branches[0].answer)
}

/// What the engines compare after each move: the page the model shows, the number
/// `history.state` carries, whether the Back link shows, and the answer already chosen on a
/// question.
fn shown(browser: &Browser) -> String {
    let app = browser.app.as_ref().expect("a walk stays in the tool");
    let page = match app.page() {
        Page::Start => "start".to_owned(),
        Page::Question { question, .. } => format!("question:{question}"),
        Page::Outcome { outcome, .. } => format!("outcome:{outcome}"),
        Page::Linked(outcome) => format!("linked:{outcome}"),
        Page::Glossary => "glossary".to_owned(),
        Page::SetUp => "set-up".to_owned(),
    };
    let chosen = match app.page() {
        Page::Question {
            prefill: Some(answer),
            ..
        } => answer,
        _ => "-",
    };
    let entry = browser
        .entry()
        .label
        .expect("the tool's entries carry a number");
    let back = if app.can_go_back() { "yes" } else { "no" };
    format!("{page} entry={entry} back={back} chosen={chosen}")
}

/// The shortest run of moves from `browser` that ends in a pair of moves (`last`, then another)
/// not yet `covered`, searched up to `depth` moves ahead.
fn to_next_new_pair(
    browser: &Browser,
    last: Option<Move>,
    covered: &BTreeSet<(Move, Move)>,
    depth: usize,
) -> Option<Vec<Move>> {
    let mut queue = VecDeque::from([(browser.clone(), last, Vec::new())]);
    while let Some((browser, last, moves)) = queue.pop_front() {
        if moves.len() == depth {
            continue;
        }
        for next in Move::ALL {
            let Some((step, _)) = next.step(&browser) else {
                continue;
            };
            let mut after = browser.clone();
            after.take(step).expect("the model keeps history right");
            let mut moves = moves.clone();
            moves.push(next);
            if last.is_some_and(|last| !covered.contains(&(last, next))) {
                return Some(moves);
            }
            queue.push_back((after, Some(next), moves));
        }
    }
    None
}

/// A walk from the tool opened at `#fragment` (or at no fragment) that makes each pair of moves,
/// one after the other, not yet `covered`, that the model can reach within eight moves of where
/// the walk has got to, with the model's page after each move.
fn walk(fragment: Option<&'static str>, covered: &mut BTreeSet<(Move, Move)>) -> String {
    let mut browser = Browser::linked_from_host(fragment);
    let mut text = format!(
        "walk #{}\nopen - {}\n",
        fragment.unwrap_or(""),
        shown(&browser)
    );
    let mut last = None;
    while let Some(moves) = to_next_new_pair(&browser, last, covered, 8) {
        for next in moves {
            let (step, acts_on) = next.step(&browser).expect("the search found it possible");
            browser.take(step).expect("the model keeps history right");
            if let Some(last) = last {
                covered.insert((last, next));
            }
            last = Some(next);
            writeln!(text, "{} {acts_on} {}", next.name(), shown(&browser)).unwrap();
        }
    }
    text
}

/// Where the walks open the tool: its start page, an outcome a link names, and a flow a link names.
const OPENINGS: [Option<&str>; 3] = [None, Some("contact-ofsted"), Some("setting")];

/// Adds to `pairs` every pair of moves made one after the other in any sequence of up to
/// `depth` moves from `browser`, `last` being the move that came to it.
fn pairs_within(
    browser: &Browser,
    last: Option<Move>,
    depth: usize,
    pairs: &mut BTreeSet<(Move, Move)>,
) {
    if depth == 0 {
        return;
    }
    for next in Move::ALL {
        let Some((step, _)) = next.step(browser) else {
            continue;
        };
        if let Some(last) = last {
            pairs.insert((last, next));
        }
        let mut after = browser.clone();
        after.take(step).expect("the model keeps history right");
        pairs_within(&after, Some(next), depth - 1, pairs);
    }
}

#[test]
fn the_walks_the_engines_replay_are_the_models_and_make_every_pair_of_moves() {
    let mut text = String::from(
        "# Walks through the tool's history that tests/engines/history.test.mjs replays in each\n\
         # engine, with the page the model (tests/history.rs) says each move shows: the page,\n\
         # the number history.state carries, whether the Back link shows, and the answer already\n\
         # chosen on a question. `UPDATE_SNAPSHOTS=1 cargo test --test history` rewrites it.\n",
    );
    // Each walk makes every pair it can from its own opening, so that a flow opened from a link
    // is walked as fully as the start page's.
    let mut every_pair = BTreeSet::new();
    for fragment in OPENINGS {
        let mut covered = BTreeSet::new();
        text.push_str(&walk(fragment, &mut covered));
        every_pair.extend(covered);
    }
    // Every pair of moves a person can make, one after the other, within six moves of opening
    // the tool (found by trying every sequence in the model) is made by a walk.
    let mut possible = BTreeSet::new();
    for fragment in OPENINGS {
        pairs_within(&Browser::linked_from_host(fragment), None, 6, &mut possible);
    }
    let missing: Vec<_> = possible.difference(&every_pair).collect();
    assert!(
        missing.is_empty(),
        "no walk makes these pairs of moves: {missing:?}"
    );
    let file = snapshot::path("history-walks.txt");
    snapshot::assert_all_match(
        &snapshot::compare(&file, &text)
            .into_iter()
            .collect::<Vec<_>>(),
    );
}
