//! The shape of a flow: questions, their answers, and where each answer leads.

use super::error::Error;
use super::ids::{Outcome, Question};

/// A place in a flow: a question still to answer, or the outcome the answers lead to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    Question(Question),
    Outcome(Outcome),
}

impl Node {
    /// The stable ID of the question or outcome.
    pub const fn id(self) -> &'static str {
        match self {
            Node::Question(question) => question.id(),
            Node::Outcome(outcome) => outcome.id(),
        }
    }
}

/// One answer to a question and the node it leads to.
#[derive(Debug, PartialEq, Eq)]
pub struct Branch {
    /// Kebab-case, unique within its question (`yes`, `not-sure`).
    pub answer: &'static str,
    pub next: Node,
}

/// A question and its answers, in the order they are offered.
#[derive(Debug, PartialEq, Eq)]
pub struct QuestionNode {
    pub question: Question,
    pub branches: &'static [Branch],
}

/// What a flow is for, which decides how it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowKind {
    /// A way from a worry to the person to contact. It must ask about danger first, so that a
    /// child in danger now is sent to 999 before anything else (001 "If a child is at immediate
    /// risk of harm"; 003 section 8).
    Journey,
    /// A short check for someone who already knows what they are dealing with and has been told
    /// what to do about any danger, such as which LADO is responsible (002 "Roles and
    /// Responsibilities") or whether a DBS referral is required (002 "Referral to the DBS"). It
    /// need not ask about danger first, but if it ever asks, the answer is checked like a
    /// journey's.
    Tool,
}

/// A way through the questions, from `start` to an outcome.
#[derive(Debug, PartialEq, Eq)]
pub struct Flow {
    /// Kebab-case name, used by the maintainers' command and in the snapshot.
    pub id: &'static str,
    pub kind: FlowKind,
    pub start: Question,
    pub questions: &'static [QuestionNode],
}

/// A question as the next node, for the routing tables.
pub(crate) const fn ask(question: Question) -> Node {
    Node::Question(question)
}

/// An outcome as the next node, for the routing tables.
pub(crate) const fn tell(outcome: Outcome) -> Node {
    Node::Outcome(outcome)
}

/// One answer and where it leads, for the routing tables.
pub(crate) const fn branch(answer: &'static str, next: Node) -> Branch {
    Branch { answer, next }
}

/// An answer that belongs to a question of a flow. It can only be made by [`Flow::answer`], so an
/// answer that a question does not offer cannot exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    question: Question,
    branch: &'static Branch,
}

impl Answer {
    pub fn question(self) -> Question {
        self.question
    }

    /// The answer's kebab-case ID within its question.
    pub fn id(self) -> &'static str {
        self.branch.answer
    }

    /// Where this answer leads.
    pub fn next(self) -> Node {
        self.branch.next
    }
}

impl Flow {
    /// Every outcome some answer in this flow leads to.
    pub fn outcomes(&self) -> impl Iterator<Item = Outcome> + '_ {
        self.questions
            .iter()
            .flat_map(|node| node.branches)
            .filter_map(|branch| match branch.next {
                Node::Outcome(outcome) => Some(outcome),
                Node::Question(_) => None,
            })
    }

    /// The question's answers and routes, if the question is part of this flow.
    pub fn question(&self, question: Question) -> Option<&'static QuestionNode> {
        // A flow is a `static`, so its questions live for the whole program.
        let questions: &'static [QuestionNode] = self.questions;
        questions.iter().find(|node| node.question == question)
    }

    /// The answer `answer_id` to `question`, or an error naming the answers it does offer.
    pub fn answer(&self, question: Question, answer_id: &str) -> Result<Answer, Error> {
        let node = self.question(question).ok_or(Error::QuestionNotInFlow {
            question,
            flow: self.id,
        })?;
        node.branches
            .iter()
            .find(|branch| branch.answer == answer_id)
            .map(|branch| Answer { question, branch })
            .ok_or_else(|| Error::UnknownAnswer {
                question,
                answer: answer_id.to_owned(),
                expected: node.branches.iter().map(|branch| branch.answer).collect(),
            })
    }

    /// The node a sequence of answers leads to, following them from the start.
    ///
    /// This is the one place that decides where a person is: the app never stores it.
    pub fn follow(&self, answers: &[Answer]) -> Result<Node, Error> {
        let mut here = Node::Question(self.start);
        for answer in answers {
            match here {
                Node::Question(question) if question == answer.question => here = answer.next(),
                Node::Question(question) => {
                    return Err(Error::OutOfOrder {
                        expected: question,
                        got: answer.question,
                    });
                }
                Node::Outcome(outcome) => {
                    return Err(Error::PastOutcome {
                        outcome,
                        answer: answer.id().to_owned(),
                    });
                }
            }
        }
        Ok(here)
    }
}
