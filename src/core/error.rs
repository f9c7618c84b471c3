//! Errors a person can act on: each names what was wrong and what was expected.

use super::ids::{Outcome, Question};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The question does not offer this answer.
    UnknownAnswer {
        question: Question,
        answer: String,
        expected: Vec<&'static str>,
    },
    /// The answers already reached an outcome, so there is nothing left to answer.
    PastOutcome { outcome: Outcome, answer: String },
    /// An answer was given to a question that is not the one being asked.
    OutOfOrder { expected: Question, got: Question },
    /// The question is not part of this flow.
    QuestionNotInFlow {
        question: Question,
        flow: &'static str,
    },
    /// The question has not been answered on the current route, so it cannot be changed.
    NotOnRoute { question: Question },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownAnswer {
                question,
                answer,
                expected,
            } => write!(
                f,
                "question `{question}` has no answer `{answer}`; expected one of: {}",
                expected.join(", ")
            ),
            Error::PastOutcome { outcome, answer } => write!(
                f,
                "the answers already reach the outcome `{outcome}`, so `{answer}` answers nothing"
            ),
            Error::OutOfOrder { expected, got } => {
                write!(
                    f,
                    "an answer to `{got}` was given where `{expected}` is asked"
                )
            }
            Error::QuestionNotInFlow { question, flow } => {
                write!(f, "question `{question}` is not part of the `{flow}` flow")
            }
            Error::NotOnRoute { question } => {
                write!(
                    f,
                    "question `{question}` has not been answered on this route"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
