//! Proof that a flow is sound, by walking every path through it.
//!
//! A flow is small enough to enumerate completely, so these are not samples: every path from
//! the first question is followed to its end. [`check`] lists every problem found; the tests
//! require the list to be empty, and the maintainers' command prints it.

use super::graph::{Flow, FlowKind, Node};
use super::ids::{Outcome, Question};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The answers to the danger question that must lead straight to a 999 page: "yes", and "I'm
/// not sure", which is routed as if it were yes (001 "If a child is at immediate risk of harm").
pub const DANGER_ANSWERS: &[&str] = &["yes", "not-sure"];

/// The pages that begin "Call 999": the public one, and one for each journey whose person has
/// more to do once the child is safe (the setting's safeguarding lead and the LADO; a
/// professional's referral). `tests/content.rs` checks each begins with the call.
pub const CALL_999: &[Outcome] = &[
    Outcome::Call999,
    Outcome::Call999Setting,
    Outcome::Call999Professional,
];

/// The most questions any path may ask.
pub const MAX_QUESTIONS: usize = 7;

/// One complete way through a flow: every answer given, and the outcome reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub answers: Vec<(Question, &'static str)>,
    pub outcome: Outcome,
}

impl fmt::Display for Path {
    /// `immediate-danger=no who-are-you=someone-else -> children-social-care`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (question, answer) in &self.answers {
            write!(f, "{question}={answer} ")?;
        }
        write!(f, "-> {}", self.outcome)
    }
}

/// Something wrong with a flow, named so a maintainer can find and fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Following answers comes back to a question already on the path.
    Cycle {
        flow: &'static str,
        path: Vec<Question>,
    },
    /// An answer leads to a question the flow does not define.
    MissingQuestion {
        flow: &'static str,
        from: Question,
        to: Question,
    },
    /// A question is defined twice in one flow.
    DuplicateQuestion {
        flow: &'static str,
        question: Question,
    },
    /// A question offers two answers with the same ID.
    DuplicateAnswer {
        flow: &'static str,
        question: Question,
        answer: &'static str,
    },
    /// A question offers no answer, so a person would be stuck there.
    NoAnswers {
        flow: &'static str,
        question: Question,
    },
    /// No path from the start reaches this question.
    UnreachableQuestion {
        flow: &'static str,
        question: Question,
    },
    /// No flow reaches this outcome.
    UnreachableOutcome { outcome: Outcome },
    /// A journey that does not ask about immediate danger first.
    DangerNotFirst { flow: &'static str },
    /// A question offers different answers in two flows. A question has one wording, so it must
    /// offer the same answers, in the same order, wherever it is asked.
    AnswersDifferBetweenFlows {
        question: Question,
        flows: [&'static str; 2],
    },
    /// A path where the person said a child is in danger now and did not go straight to 999.
    DangerNotTo999 { flow: &'static str, path: String },
    /// A path that asks more than [`MAX_QUESTIONS`] questions.
    TooLong { flow: &'static str, path: String },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Cycle { flow, path } => {
                let ids: Vec<&str> = path.iter().map(|q| q.id()).collect();
                write!(f, "{flow}: cycle through {}", ids.join(" -> "))
            }
            Problem::MissingQuestion { flow, from, to } => {
                write!(
                    f,
                    "{flow}: `{from}` leads to `{to}`, which the flow does not define"
                )
            }
            Problem::DuplicateQuestion { flow, question } => {
                write!(f, "{flow}: question `{question}` is defined twice")
            }
            Problem::DuplicateAnswer {
                flow,
                question,
                answer,
            } => {
                write!(
                    f,
                    "{flow}: question `{question}` offers the answer `{answer}` twice"
                )
            }
            Problem::NoAnswers { flow, question } => {
                write!(f, "{flow}: question `{question}` offers no answer")
            }
            Problem::UnreachableQuestion { flow, question } => {
                write!(f, "{flow}: no path reaches question `{question}`")
            }
            Problem::UnreachableOutcome { outcome } => {
                write!(f, "no flow reaches outcome `{outcome}`")
            }
            Problem::DangerNotFirst { flow } => {
                write!(f, "{flow}: the first question is not `immediate-danger`")
            }
            Problem::AnswersDifferBetweenFlows {
                question,
                flows: [first, second],
            } => {
                write!(
                    f,
                    "question `{question}` offers different answers in `{first}` and `{second}`"
                )
            }
            Problem::DangerNotTo999 { flow, path } => {
                write!(
                    f,
                    "{flow}: a child in danger now does not go straight to 999: {path}"
                )
            }
            Problem::TooLong { flow, path } => {
                write!(f, "{flow}: more than {MAX_QUESTIONS} questions: {path}")
            }
        }
    }
}

/// Every path of every flow in `flows`, one a line, each led by its flow's ID, since the same
/// answers (such as `immediate-danger=yes`) begin paths in several flows: what `signpost paths`
/// prints and `tests/snapshots/paths.txt` holds.
pub fn listing(flows: &[&Flow]) -> Result<String, Problem> {
    let mut lines = String::new();
    for flow in flows {
        for path in paths(flow)? {
            lines += &format!("{}: {path}\n", flow.id);
        }
    }
    Ok(lines)
}

/// Every path through `flow`, depth first in the order answers are offered.
///
/// Fails on the first cycle or missing question, since past either there is no path to follow.
pub fn paths(flow: &Flow) -> Result<Vec<Path>, Problem> {
    let mut found = Vec::new();
    walk(flow, flow.start, &mut Vec::new(), &mut found)?;
    Ok(found)
}

fn walk(
    flow: &Flow,
    question: Question,
    so_far: &mut Vec<(Question, &'static str)>,
    found: &mut Vec<Path>,
) -> Result<(), Problem> {
    if so_far.iter().any(|(asked, _)| *asked == question) {
        let mut path: Vec<Question> = so_far.iter().map(|(asked, _)| *asked).collect();
        path.push(question);
        return Err(Problem::Cycle {
            flow: flow.id,
            path,
        });
    }
    let node = flow
        .question(question)
        .ok_or_else(|| Problem::MissingQuestion {
            flow: flow.id,
            from: so_far.last().map_or(flow.start, |(asked, _)| *asked),
            to: question,
        })?;
    for branch in node.branches {
        so_far.push((question, branch.answer));
        match branch.next {
            Node::Outcome(outcome) => found.push(Path {
                answers: so_far.clone(),
                outcome,
            }),
            Node::Question(next) => walk(flow, next, so_far, found)?,
        }
        so_far.pop();
    }
    Ok(())
}

/// Every problem in `flows`. An empty list means: every path ends in an outcome, there are no
/// cycles, every question and every outcome is reachable, no question repeats an answer, no path
/// is too long, every journey asks about danger first, in every flow a child in danger now always
/// reaches a 999 page first, and a question asked in several flows offers the same answers in
/// each.
pub fn check(flows: &[&Flow]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut outcomes_reached = BTreeSet::new();
    let mut first_asked: BTreeMap<Question, (&'static str, Vec<&'static str>)> = BTreeMap::new();
    for flow in flows {
        check_definitions(flow, &mut problems);
        for node in flow.questions {
            let answers: Vec<&'static str> = node.branches.iter().map(|b| b.answer).collect();
            let (first_flow, first_answers) = first_asked
                .entry(node.question)
                .or_insert((flow.id, answers.clone()));
            // A question defined twice in one flow is reported as `DuplicateQuestion`.
            if *first_flow != flow.id && *first_answers != answers {
                problems.push(Problem::AnswersDifferBetweenFlows {
                    question: node.question,
                    flows: [first_flow, flow.id],
                });
            }
        }
        if flow.kind == FlowKind::Journey && flow.start != Question::ImmediateDanger {
            problems.push(Problem::DangerNotFirst { flow: flow.id });
        }
        let paths = match paths(flow) {
            Ok(paths) => paths,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let asked: BTreeSet<Question> = paths
            .iter()
            .flat_map(|path| path.answers.iter().map(|(q, _)| *q))
            .collect();
        for node in flow.questions {
            if !asked.contains(&node.question) {
                problems.push(Problem::UnreachableQuestion {
                    flow: flow.id,
                    question: node.question,
                });
            }
        }
        for path in &paths {
            outcomes_reached.insert(path.outcome);
            if path.answers.len() > MAX_QUESTIONS {
                problems.push(Problem::TooLong {
                    flow: flow.id,
                    path: path.to_string(),
                });
            }
            if says_danger_now(path) && !goes_straight_to_999(path) {
                problems.push(Problem::DangerNotTo999 {
                    flow: flow.id,
                    path: path.to_string(),
                });
            }
        }
    }
    for outcome in Outcome::ALL {
        if !outcomes_reached.contains(outcome) {
            problems.push(Problem::UnreachableOutcome { outcome: *outcome });
        }
    }
    problems
}

fn check_definitions(flow: &Flow, problems: &mut Vec<Problem>) {
    let mut defined = BTreeSet::new();
    for node in flow.questions {
        if !defined.insert(node.question) {
            problems.push(Problem::DuplicateQuestion {
                flow: flow.id,
                question: node.question,
            });
        }
        if node.branches.is_empty() {
            problems.push(Problem::NoAnswers {
                flow: flow.id,
                question: node.question,
            });
        }
        let mut answers = BTreeSet::new();
        for branch in node.branches {
            if !answers.insert(branch.answer) {
                problems.push(Problem::DuplicateAnswer {
                    flow: flow.id,
                    question: node.question,
                    answer: branch.answer,
                });
            }
        }
    }
}

fn says_danger_now(path: &Path) -> bool {
    path.answers.iter().any(|(question, answer)| {
        *question == Question::ImmediateDanger && DANGER_ANSWERS.contains(answer)
    })
}

/// The danger answer is the last one given, and it reached a 999 page.
fn goes_straight_to_999(path: &Path) -> bool {
    matches!(path.answers.last(), Some((Question::ImmediateDanger, _)))
        && CALL_999.contains(&path.outcome)
}

#[cfg(test)]
mod tests {
    //! The checks must catch what they claim to: each test builds a broken flow and expects the
    //! problem by name. The real flows are checked in `tests/graph.rs`.
    use super::*;
    use crate::core::graph::{ask, branch, tell};
    use crate::core::{Branch, QuestionNode};

    fn problems_of(flow: &'static Flow) -> Vec<Problem> {
        check(&[flow])
            .into_iter()
            .filter(|p| !matches!(p, Problem::UnreachableOutcome { .. }))
            .collect()
    }

    #[test]
    fn a_cycle_is_found() {
        static CYCLE: Flow = Flow {
            id: "cycle",
            kind: FlowKind::Journey,
            start: Question::ImmediateDanger,
            questions: &[
                QuestionNode {
                    question: Question::ImmediateDanger,
                    branches: &[
                        Branch {
                            answer: "yes",
                            next: tell(Outcome::Call999),
                        },
                        Branch {
                            answer: "no",
                            next: ask(Question::WhoAreYou),
                        },
                    ],
                },
                QuestionNode {
                    question: Question::WhoAreYou,
                    branches: &[Branch {
                        answer: "again",
                        next: ask(Question::ImmediateDanger),
                    }],
                },
            ],
        };
        assert_eq!(
            problems_of(&CYCLE),
            [Problem::Cycle {
                flow: "cycle",
                path: vec![
                    Question::ImmediateDanger,
                    Question::WhoAreYou,
                    Question::ImmediateDanger
                ]
            }]
        );
    }

    #[test]
    fn danger_that_does_not_reach_999_first_is_found() {
        static SLOW: Flow = Flow {
            id: "slow",
            kind: FlowKind::Journey,
            start: Question::ImmediateDanger,
            questions: &[
                QuestionNode {
                    question: Question::ImmediateDanger,
                    branches: &[
                        Branch {
                            answer: "yes",
                            next: ask(Question::WhoAreYou),
                        },
                        Branch {
                            answer: "no",
                            next: tell(Outcome::Childline),
                        },
                    ],
                },
                QuestionNode {
                    question: Question::WhoAreYou,
                    branches: &[Branch {
                        answer: "anyone",
                        next: tell(Outcome::Call999),
                    }],
                },
            ],
        };
        assert_eq!(
            problems_of(&SLOW),
            [Problem::DangerNotTo999 {
                flow: "slow",
                path: "immediate-danger=yes who-are-you=anyone -> call-999".into()
            }]
        );
    }

    #[test]
    fn duplicates_dead_ends_and_unreachable_questions_are_found() {
        static BROKEN: Flow = Flow {
            id: "broken",
            kind: FlowKind::Journey,
            start: Question::WhoAreYou,
            questions: &[
                QuestionNode {
                    question: Question::WhoAreYou,
                    branches: &[
                        Branch {
                            answer: "me",
                            next: tell(Outcome::Childline),
                        },
                        Branch {
                            answer: "me",
                            next: tell(Outcome::Childline),
                        },
                    ],
                },
                QuestionNode {
                    question: Question::WorkerConcern,
                    branches: &[],
                },
            ],
        };
        assert_eq!(
            problems_of(&BROKEN),
            [
                Problem::DuplicateAnswer {
                    flow: "broken",
                    question: Question::WhoAreYou,
                    answer: "me"
                },
                Problem::NoAnswers {
                    flow: "broken",
                    question: Question::WorkerConcern
                },
                Problem::DangerNotFirst { flow: "broken" },
                Problem::UnreachableQuestion {
                    flow: "broken",
                    question: Question::WorkerConcern
                },
            ]
        );
    }

    #[test]
    fn an_answer_leading_nowhere_is_found() {
        static DANGLING: Flow = Flow {
            id: "dangling",
            kind: FlowKind::Journey,
            start: Question::ImmediateDanger,
            questions: &[QuestionNode {
                question: Question::ImmediateDanger,
                branches: &[Branch {
                    answer: "no",
                    next: ask(Question::WhoAreYou),
                }],
            }],
        };
        assert_eq!(
            problems_of(&DANGLING),
            [Problem::MissingQuestion {
                flow: "dangling",
                from: Question::ImmediateDanger,
                to: Question::WhoAreYou
            }]
        );
    }

    #[test]
    fn a_path_of_more_than_seven_questions_is_found() {
        static LONG: Flow = Flow {
            id: "long",
            kind: FlowKind::Journey,
            start: Question::ImmediateDanger,
            questions: &[
                QuestionNode {
                    question: Question::ImmediateDanger,
                    branches: &[
                        branch("yes", tell(Outcome::Call999)),
                        branch("no", ask(Question::WhoAreYou)),
                    ],
                },
                QuestionNode {
                    question: Question::WhoAreYou,
                    branches: &[branch("on", ask(Question::WhatIsTheWorry))],
                },
                QuestionNode {
                    question: Question::WhatIsTheWorry,
                    branches: &[branch("on", ask(Question::WhichService))],
                },
                QuestionNode {
                    question: Question::WhichService,
                    branches: &[branch("on", ask(Question::RaisedWithProvider))],
                },
                QuestionNode {
                    question: Question::RaisedWithProvider,
                    branches: &[branch("on", ask(Question::WorkerConcern))],
                },
                QuestionNode {
                    question: Question::WorkerConcern,
                    branches: &[
                        branch("stop", tell(Outcome::Whistleblow)),
                        branch("on", ask(Question::SettingConcern)),
                    ],
                },
                QuestionNode {
                    question: Question::SettingConcern,
                    branches: &[
                        branch("stop", tell(Outcome::ConsultLado)),
                        branch("on", ask(Question::PracticeCouldHarm)),
                    ],
                },
                QuestionNode {
                    question: Question::PracticeCouldHarm,
                    branches: &[branch("on", tell(Outcome::SettingProcedures))],
                },
            ],
        };
        // Six and seven questions are allowed; only the path of eight is too long.
        assert_eq!(
            problems_of(&LONG),
            [Problem::TooLong {
                flow: "long",
                path: "immediate-danger=no who-are-you=on what-is-the-worry=on which-service=on \
                       raised-with-provider=on worker-concern=on setting-concern=on \
                       practice-could-harm=on -> setting-procedures"
                    .into()
            }]
        );
    }

    #[test]
    fn an_outcome_no_flow_reaches_is_found() {
        let none: &[&Flow] = &[];
        let unreached: Vec<Problem> = Outcome::ALL
            .iter()
            .map(|&outcome| Problem::UnreachableOutcome { outcome })
            .collect();
        assert_eq!(check(none), unreached);
    }

    /// A tool that asks nothing about danger is sound; the same table as a journey is not.
    #[test]
    fn only_a_journey_must_ask_about_danger_first() {
        static ROLE: &[QuestionNode] = &[QuestionNode {
            question: Question::WhoAreYou,
            branches: &[branch("me", tell(Outcome::Childline))],
        }];
        static TOOL: Flow = Flow {
            id: "tool",
            kind: FlowKind::Tool,
            start: Question::WhoAreYou,
            questions: ROLE,
        };
        static JOURNEY: Flow = Flow {
            id: "journey",
            kind: FlowKind::Journey,
            ..TOOL
        };
        assert_eq!(problems_of(&TOOL), []);
        assert_eq!(
            problems_of(&JOURNEY),
            [Problem::DangerNotFirst { flow: "journey" }]
        );
    }

    /// A tool is not exempt from the rule about danger: if it asks, "yes" goes straight to 999.
    #[test]
    fn danger_in_a_tool_that_does_not_reach_999_is_found() {
        static LATE: Flow = Flow {
            id: "late",
            kind: FlowKind::Tool,
            start: Question::WhoAreYou,
            questions: &[
                QuestionNode {
                    question: Question::WhoAreYou,
                    branches: &[branch("me", ask(Question::ImmediateDanger))],
                },
                QuestionNode {
                    question: Question::ImmediateDanger,
                    branches: &[
                        branch("yes", tell(Outcome::Call999)),
                        branch("not-sure", tell(Outcome::Childline)),
                    ],
                },
            ],
        };
        assert_eq!(
            problems_of(&LATE),
            [Problem::DangerNotTo999 {
                flow: "late",
                path: "who-are-you=me immediate-danger=not-sure -> childline".into()
            }]
        );
    }

    #[test]
    fn a_question_offering_different_answers_in_two_flows_is_found() {
        static DANGER_THREE_WAYS: &[Branch] = &[
            branch("yes", tell(Outcome::Call999)),
            branch("no", tell(Outcome::Childline)),
            branch("not-sure", tell(Outcome::Call999)),
        ];
        static ONE: Flow = Flow {
            id: "one",
            kind: FlowKind::Journey,
            start: Question::ImmediateDanger,
            questions: &[QuestionNode {
                question: Question::ImmediateDanger,
                branches: DANGER_THREE_WAYS,
            }],
        };
        // The same answers leading elsewhere are fine: only the answers offered must agree.
        static SAME_ANSWERS: Flow = Flow {
            id: "same-answers",
            kind: FlowKind::Journey,
            start: Question::ImmediateDanger,
            questions: &[QuestionNode {
                question: Question::ImmediateDanger,
                branches: &[
                    branch("yes", tell(Outcome::Call999)),
                    branch("no", tell(Outcome::Whistleblow)),
                    branch("not-sure", tell(Outcome::Call999)),
                ],
            }],
        };
        static TWO_ANSWERS: Flow = Flow {
            id: "two-answers",
            kind: FlowKind::Journey,
            start: Question::ImmediateDanger,
            questions: &[QuestionNode {
                question: Question::ImmediateDanger,
                branches: &[
                    branch("yes", tell(Outcome::Call999)),
                    branch("no", tell(Outcome::Childline)),
                ],
            }],
        };
        let found = |flows: &[&Flow]| -> Vec<Problem> {
            check(flows)
                .into_iter()
                .filter(|p| matches!(p, Problem::AnswersDifferBetweenFlows { .. }))
                .collect()
        };
        assert_eq!(found(&[&ONE, &SAME_ANSWERS]), []);
        assert_eq!(
            found(&[&ONE, &SAME_ANSWERS, &TWO_ANSWERS]),
            [Problem::AnswersDifferBetweenFlows {
                question: Question::ImmediateDanger,
                flows: ["one", "two-answers"]
            }]
        );
    }
}
