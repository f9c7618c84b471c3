//! The maintainers' command: print every path, walk a path, or draw the whole graph.
//!
//! ```text
//! signpost paths                  every path, one a line: answers -> outcome
//! signpost walk no someone-else harm-by-worker
//!                                 the outcome those answers reach (also accepts question=answer)
//! signpost graph dot | json       the whole graph, as Graphviz DOT or JSON
//! signpost check                  every problem the verification finds
//! ```
//! Exit codes: 0 done, 1 the graph has problems, 2 a bad command or answer.

use serde_json::{Value, json};
use signpost::content;
use signpost::core::{FLOWS, Journey, Node, Outcome, public::PUBLIC, verify};
use std::process::ExitCode;

const USAGE: &str = "usage: signpost paths | walk ANSWER... | graph dot|json | check";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["paths"] => paths(),
        ["walk", answers @ ..] => walk(answers),
        ["graph", "dot"] => {
            print!("{}", dot());
            ExitCode::SUCCESS
        }
        ["graph", "json"] => {
            println!("{:#}", graph_json());
            ExitCode::SUCCESS
        }
        ["check"] => check(),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn paths() -> ExitCode {
    for flow in FLOWS {
        match verify::paths(flow) {
            Ok(paths) => paths.iter().for_each(|path| println!("{path}")),
            Err(problem) => {
                eprintln!("{problem}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// Walks the public journey with the answers given. Each may be `answer` or `question=answer`;
/// in the second form the question must be the one being asked.
fn walk(answers: &[&str]) -> ExitCode {
    let mut journey = Journey::new(&PUBLIC);
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
            let offered: Vec<&str> = PUBLIC
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

fn dot() -> String {
    let mut out =
        String::from("digraph signpost {\n  rankdir=LR;\n  node [fontname=\"sans-serif\"];\n");
    for outcome in Outcome::ALL {
        let title = content::outcome(*outcome).title;
        out +=
            &format!("  \"{outcome}\" [shape=box, style=bold, label=\"{outcome}\\n{title}\"];\n");
    }
    for flow in FLOWS {
        for node in flow.questions {
            let question = node.question;
            let title = content::question(question).title;
            out += &format!("  \"{question}\" [shape=ellipse, label=\"{question}\\n{title}\"];\n");
            for branch in node.branches {
                out += &format!(
                    "  \"{question}\" -> \"{}\" [label=\"{}\"];\n",
                    branch.next.id(),
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
            json!({ "id": flow.id, "start": flow.start.id(), "questions": questions })
        })
        .collect();
    let outcomes: Vec<Value> = Outcome::ALL
        .iter()
        .map(|outcome| json!({ "id": outcome.id(), "title": content::outcome(*outcome).title }))
        .collect();
    json!({ "flows": flows, "outcomes": outcomes })
}
