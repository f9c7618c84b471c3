//! The maintainers' command: print every path, walk a path, or draw the whole graph.
//!
//! ```text
//! signpost paths                  every path of every flow, one a line: flow: answers -> outcome
//! signpost walk no someone-else harm-by-worker
//!                                 the outcome those answers reach in the public journey
//! signpost walk --flow setting no allegation no no
//!                                 the same in another flow (also accepts question=answer)
//! signpost graph dot | json       every flow, as Graphviz DOT or JSON
//! signpost check                  every problem the verification finds
//! signpost page tell-lado         a page as a person reads it, drawn by the app's own components:
//!                                 the name of its snapshot (an outcome or question ID, `start`,
//!                                 `glossary`, `set-up`, `opened-by-a-link`, `find-the-council`)
//! signpost readability            each page's Flesch-Kincaid grade, and the most it may be
//! ```
//! Exit codes: 0 done, 1 the graph has problems, 2 a bad command, flow or answer.

use serde_json::{Value, json};
use signpost::app::page_text;
use signpost::content;
use signpost::core::{FLOWS, Flow, FlowKind, Journey, Node, Outcome, verify};
use std::process::ExitCode;

const USAGE: &str = "usage: signpost paths | walk [--flow ID] ANSWER... | graph dot|json|svg | check | page ID | readability";

/// The flow `walk` follows when no `--flow` is given.
const DEFAULT_FLOW: &str = "public";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["paths"] => paths(),
        ["walk", "--flow"] => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        ["walk", "--flow", flow, answers @ ..] => walk(flow, answers),
        ["walk", answers @ ..] => walk(DEFAULT_FLOW, answers),
        ["graph", "dot"] => {
            print!("{}", dot());
            ExitCode::SUCCESS
        }
        ["graph", "svg"] => {
            print!("{}", signpost::render::flowchart::setting());
            ExitCode::SUCCESS
        }
        ["graph", "json"] => {
            println!("{:#}", graph_json());
            ExitCode::SUCCESS
        }
        ["check"] => check(),
        ["page", id] => page(id),
        ["readability"] => {
            readability();
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Every page's reading grade, hardest first, with the most its audience allows.
fn readability() {
    let mut rows: Vec<(f64, f64, String)> =
        signpost::render::readability::grades(&page_text::every_page(), page_text::FOR_THE_PUBLIC)
            .into_iter()
            .map(|page| (page.grade, page.audience.most(), page.id))
            .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("grade  most  page");
    for (grade, most, id) in rows {
        let over = if grade > most { "  over" } else { "" };
        println!("{grade:5.1}  {most:4.0}  {id}{over}");
    }
}

/// A page as a person reads it, as its snapshot in `tests/snapshots/pages/` holds it.
fn page(name: &str) -> ExitCode {
    match page_text::page(name) {
        Some(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "error: no page has the ID `{name}`; give an outcome or question ID, or the name of another page's snapshot, such as `start`"
            );
            ExitCode::from(2)
        }
    }
}

/// Every path of every flow (`verify::listing`).
fn paths() -> ExitCode {
    match verify::listing(FLOWS) {
        Ok(listing) => {
            print!("{listing}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("{problem}");
            ExitCode::FAILURE
        }
    }
}

/// Walks the flow `flow_id` with the answers given. Each may be `answer` or `question=answer`;
/// in the second form the question must be the one being asked.
fn walk(flow_id: &str, answers: &[&str]) -> ExitCode {
    let Some(flow) = signpost::core::flow(flow_id) else {
        let known: Vec<&str> = FLOWS.iter().map(|flow| flow.id).collect();
        eprintln!(
            "error: there is no flow `{flow_id}`; expected one of: {}",
            known.join(", ")
        );
        return ExitCode::from(2);
    };
    let mut journey = Journey::new(flow);
    for given in answers {
        let answer = match given.split_once('=') {
            Some((question, answer)) => {
                let asked = journey.current().id();
                if question != asked {
                    eprintln!("error: `{given}` answers `{question}`, but `{asked}` is asked here");
                    return ExitCode::from(2);
                }
                answer
            }
            None => given,
        };
        if let Err(error) = journey.answer(answer) {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    }
    match journey.current() {
        Node::Outcome(outcome) => {
            println!("{outcome}");
            ExitCode::SUCCESS
        }
        Node::Question(question) => {
            let offered: Vec<&str> = flow
                .question(question)
                .map(|node| node.branches.iter().map(|b| b.answer).collect())
                .unwrap_or_default();
            eprintln!(
                "error: the answers stop at question `{question}`; give one of: {}",
                offered.join(", ")
            );
            ExitCode::from(2)
        }
    }
}

fn check() -> ExitCode {
    let problems = verify::check(FLOWS);
    problems.iter().for_each(|problem| println!("{problem}"));
    if problems.is_empty() {
        println!("no problems");
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

const fn kind(flow: &Flow) -> &'static str {
    match flow.kind {
        FlowKind::Journey => "journey",
        FlowKind::Tool => "tool",
    }
}

/// The DOT name of a node: a question is named within its flow (`setting/immediate-danger`),
/// since several flows ask the same question with different routes; an outcome is shared.
fn dot_name(flow: &Flow, node: Node) -> String {
    match node {
        Node::Question(question) => format!("{}/{question}", flow.id),
        Node::Outcome(outcome) => outcome.to_string(),
    }
}

fn dot_label(id: &str, title: &str) -> String {
    format!("{id}\\n{}", title.replace('"', "\\\""))
}

/// Each flow's questions in a cluster of their own; outcomes, and the edges, outside them, so
/// an outcome that several flows reach is drawn once.
fn dot() -> String {
    let mut out =
        String::from("digraph signpost {\n  rankdir=LR;\n  node [fontname=\"sans-serif\"];\n");
    for outcome in Outcome::ALL {
        let label = dot_label(outcome.id(), content::outcome(*outcome).title);
        out += &format!("  \"{outcome}\" [shape=box, style=bold, label=\"{label}\"];\n");
    }
    for flow in FLOWS {
        out += &format!(
            "  subgraph \"cluster_{id}\" {{\n    label=\"{id} ({kind})\";\n",
            id = flow.id,
            kind = kind(flow)
        );
        for node in flow.questions {
            let name = dot_name(flow, Node::Question(node.question));
            let label = dot_label(node.question.id(), content::question(node.question).title);
            out += &format!("    \"{name}\" [shape=ellipse, label=\"{label}\"];\n");
        }
        out += "  }\n";
    }
    for flow in FLOWS {
        for node in flow.questions {
            let from = dot_name(flow, Node::Question(node.question));
            for branch in node.branches {
                out += &format!(
                    "  \"{from}\" -> \"{}\" [label=\"{}\"];\n",
                    dot_name(flow, branch.next),
                    branch.answer
                );
            }
        }
    }
    out + "}\n"
}

fn graph_json() -> Value {
    let flows: Vec<Value> = FLOWS
        .iter()
        .map(|flow| {
            let questions: Vec<Value> = flow
                .questions
                .iter()
                .map(|node| {
                    let text = content::question(node.question);
                    let answers: Vec<Value> = node
                        .branches
                        .iter()
                        .map(|branch| json!({ "id": branch.answer, "next": branch.next.id() }))
                        .collect();
                    json!({ "id": node.question.id(), "title": text.title, "answers": answers })
                })
                .collect();
            json!({
                "id": flow.id,
                "kind": kind(flow),
                "start": flow.start.id(),
                "questions": questions
            })
        })
        .collect();
    let outcomes: Vec<Value> = Outcome::ALL
        .iter()
        .map(|outcome| json!({ "id": outcome.id(), "title": content::outcome(*outcome).title }))
        .collect();
    json!({ "flows": flows, "outcomes": outcomes })
}
