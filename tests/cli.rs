//! The maintainers' command, run as a maintainer would.

use signpost::app::page_text;
use signpost::core::Outcome;
use std::process::{Command, Output};

fn signpost(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_signpost"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn walk_prints_the_outcome_id() {
    let output = signpost(&["walk", "no", "someone-else", "harm-by-worker"]);
    assert!(output.status.success());
    assert_eq!(stdout(&output), "tell-lado\n");
}

#[test]
fn walk_follows_the_flow_named() {
    let public = signpost(&["walk", "--flow", "public", "yes"]);
    assert_eq!(stdout(&public), "call-999\n");

    let unknown = signpost(&["walk", "--flow", "nursery", "no"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("there is no flow `nursery`; expected one of: public"));

    let no_id = signpost(&["walk", "--flow"]);
    assert_eq!(no_id.status.code(), Some(2));
    assert!(stderr(&no_id).starts_with("usage: signpost"));
}

/// `paths` prints every path of every flow, as `tests/snapshots/paths.txt` holds them
/// (`tests/graph.rs` keeps the file equal to the routing).
#[test]
fn paths_prints_the_committed_listing() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/snapshots/paths.txt"
    ))
    .unwrap();
    assert_eq!(stdout(&signpost(&["paths"])), committed);
}

#[test]
fn walk_accepts_lines_from_paths() {
    let paths = stdout(&signpost(&["paths"]));
    assert!(paths.lines().count() > 10);
    for line in paths.lines() {
        let (flow, path) = line.split_once(": ").unwrap();
        let (answers, outcome) = path.split_once(" -> ").unwrap();
        let walked = signpost(
            &[
                &["walk", "--flow", flow][..],
                &answers.split(' ').collect::<Vec<_>>(),
            ]
            .concat(),
        );
        assert_eq!(stdout(&walked).trim(), outcome, "{line}");
    }
}

#[test]
fn walk_refuses_an_unknown_answer_with_exit_code_2() {
    let output = signpost(&["walk", "no", "teacher"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("question `who-are-you` has no answer `teacher`"));
}

#[test]
fn walk_refuses_answers_past_the_outcome_or_stopping_short() {
    let past = signpost(&["walk", "yes", "no"]);
    assert_eq!(past.status.code(), Some(2));
    assert!(stderr(&past).contains("already reach the outcome `call-999`"));

    let short = signpost(&["walk", "no"]);
    assert_eq!(short.status.code(), Some(2));
    assert!(stderr(&short).contains("stop at question `who-are-you`"));

    let wrong_question = signpost(&["walk", "who-are-you=someone-else"]);
    assert_eq!(wrong_question.status.code(), Some(2));
}

#[test]
fn graph_draws_every_flow_as_dot_and_json() {
    let dot = stdout(&signpost(&["graph", "dot"]));
    assert!(dot.starts_with("digraph signpost {"));
    assert!(dot.contains("\"public/immediate-danger\" -> \"call-999\" [label=\"yes\"]"));

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&signpost(&["graph", "json"]))).unwrap();
    assert_eq!(json["flows"][0]["start"], "immediate-danger");
    assert_eq!(json["flows"][0]["kind"], "journey");
    assert_eq!(
        json["outcomes"].as_array().unwrap().len(),
        signpost::core::Outcome::ALL.len()
    );

    for flow in signpost::core::FLOWS {
        assert!(
            dot.contains(&format!("subgraph \"cluster_{}\"", flow.id)),
            "`{}` is not drawn",
            flow.id
        );
        for node in flow.questions {
            let name = format!("\"{}/{}\" [shape=ellipse", flow.id, node.question);
            assert!(dot.contains(&name), "{name} is not drawn");
        }
        let listed = json["flows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|listed| listed["id"] == flow.id)
            .unwrap();
        assert_eq!(
            listed["questions"].as_array().unwrap().len(),
            flow.questions.len()
        );
    }
}

#[test]
fn an_unknown_command_prints_usage_and_exits_2() {
    let output = signpost(&["draw"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).starts_with("usage: signpost"));
}

/// `page` prints what the page snapshots hold (`tests/pages.rs` compares those with the files).
#[test]
fn page_prints_a_page_as_a_person_reads_it() {
    let output = signpost(&["page", "tell-lado"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output),
        page_text::outcome_page(Outcome::TellLado).to_string()
    );
    let start = signpost(&["page", "start"]);
    assert_eq!(
        stdout(&start),
        page_text::page("start").unwrap().to_string()
    );

    let unknown = signpost(&["page", "tell-the-lado"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("no page has the ID `tell-the-lado`"));
}
