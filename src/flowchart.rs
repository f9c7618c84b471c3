//! A flow drawn as a flowchart, in SVG: each question once, in the order a person meets them,
//! numbered, with each answer and where it leads: another question ("go to 3") or the page the
//! person is sent to. It is drawn from the routing table itself and the words in `content/`, so
//! the printed procedure cannot disagree with the tool: `tests/flowchart.rs` keeps the drawing
//! the build copies, `assets/setting-flowchart.svg`, equal to it, and `signpost graph svg`
//! prints it.
//!
//! The layout is plain: a column of boxes, one a question, each answer a line in its box with an
//! arrow to its destination; long text is wrapped by its length, as SVG text does not wrap.

use crate::content::{self, pages::procedure};
use crate::core::{Flow, Node, Question, setting::SETTING};
use crate::escape;

/// The drawing's width in SVG units (about the width of A4 inside its margins, in pixels).
const WIDTH: usize = 720;
/// How many characters of the question and answer text fit on a line.
const TEXT_CHARS: usize = 52;
/// How many characters of a destination fit on a line.
const DESTINATION_CHARS: usize = 38;
const LINE: usize = 16;
const GAP: usize = 8;
const DESTINATION_X: usize = 420;

/// The settings' journey, as the printed procedure shows it (`assets/setting-flowchart.svg`).
pub fn setting() -> String {
    svg(&SETTING, procedure::FLOWCHART_TEXT)
}

/// `flow` as an SVG document, with `title` as its accessible name.
pub fn svg(flow: &Flow, title: &str) -> String {
    let order = questions_in_order(flow);
    let mut body = String::new();
    let mut y = GAP;
    for (index, question) in order.iter().enumerate() {
        let text = content::question(*question);
        let Some(node) = flow.question(*question) else {
            continue;
        };
        let top = y;
        let mut lines = String::new();
        y += LINE + 2;
        for heading in wrap(&format!("{}. {}", index + 1, text.title), TEXT_CHARS + 12) {
            lines += &text_line(12, y, &heading, true);
            y += LINE;
        }
        y += 4;
        for (branch, answer) in node.branches.iter().zip(text.answers) {
            let destination = match branch.next {
                Node::Question(next) => {
                    let number = order.iter().position(|q| *q == next).map_or(0, |i| i + 1);
                    format!("go to {number}")
                }
                Node::Outcome(outcome) => content::outcome(outcome).title.to_owned(),
            };
            let answer_lines = wrap(answer.label, TEXT_CHARS);
            let destination_lines = wrap(&destination, DESTINATION_CHARS);
            let arrow_y = y - 5;
            lines += &format!(
                "<line x1=\"{x1}\" y1=\"{arrow_y}\" x2=\"{x2}\" y2=\"{arrow_y}\" class=\"arrow\"/>\n",
                x1 = DESTINATION_X - 30,
                x2 = DESTINATION_X - 6,
            );
            let rows = answer_lines.len().max(destination_lines.len());
            for (row, line) in answer_lines.iter().enumerate() {
                lines += &text_line(24, y + row * LINE, line, false);
            }
            for (row, line) in destination_lines.iter().enumerate() {
                lines += &text_line(DESTINATION_X, y + row * LINE, line, true);
            }
            y += rows * LINE + 2;
        }
        body += &format!(
            "<rect x=\"2\" y=\"{top}\" width=\"{w}\" height=\"{h}\" class=\"question\"/>\n{lines}",
            w = WIDTH - 4,
            h = y - top,
        );
        y += GAP;
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {y}\" width=\"{WIDTH}\" height=\"{y}\" role=\"img\" aria-labelledby=\"flowchart-title\">\n\
         <title id=\"flowchart-title\">{title}</title>\n\
         <style>text {{ font: 13px sans-serif; fill: #0b0c0c }} .strong {{ font-weight: bold }} \
         .question {{ fill: none; stroke: #0b0c0c; stroke-width: 2 }} \
         .arrow {{ stroke: #0b0c0c; stroke-width: 2; marker-end: url(#head) }}</style>\n\
         <defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\">\
         <path d=\"M0 0L10 5L0 10z\" fill=\"#0b0c0c\"/></marker></defs>\n\
         {body}</svg>\n",
        title = escape::html(title),
    )
}

/// The flow's questions in the order a person meets them, each once, with every question drawn
/// before any question it leads to (so "go to" always points down the page): of the questions
/// nothing left leads to, the one met first, breadth first from the start. Flows have no cycles
/// (`verify`), so every question finds its place.
fn questions_in_order(flow: &Flow) -> Vec<Question> {
    let leads_to = |from: Question| -> Vec<Question> {
        flow.question(from)
            .map(|node| {
                node.branches
                    .iter()
                    .filter_map(|branch| match branch.next {
                        Node::Question(to) => Some(to),
                        Node::Outcome(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut met = vec![flow.start];
    let mut next = 0;
    while let Some(question) = met.get(next).copied() {
        next += 1;
        for to in leads_to(question) {
            if !met.contains(&to) {
                met.push(to);
            }
        }
    }
    let mut order: Vec<Question> = Vec::new();
    while let Some(question) = met.iter().copied().find(|question| {
        !order.contains(question)
            && met
                .iter()
                .filter(|from| !order.contains(from))
                .all(|from| !leads_to(*from).contains(question))
    }) {
        order.push(question);
    }
    order
}

fn text_line(x: usize, y: usize, text: &str, strong: bool) -> String {
    let class = if strong { " class=\"strong\"" } else { "" };
    format!(
        "<text x=\"{x}\" y=\"{y}\"{class}>{}</text>\n",
        escape::html(text)
    )
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_appears_once_and_every_go_to_points_down_the_page() {
        let order = questions_in_order(&SETTING);
        assert_eq!(order.len(), SETTING.questions.len());
        for (index, question) in order.iter().enumerate() {
            for branch in SETTING.question(*question).unwrap().branches {
                if let Node::Question(next) = branch.next {
                    let to = order.iter().position(|q| *q == next).unwrap();
                    assert!(to > index, "{question} goes up the page to {next}");
                }
            }
        }
    }

    #[test]
    fn every_answer_and_every_outcome_is_drawn() {
        let drawing = svg(&SETTING, "The setting's questions");
        for node in SETTING.questions {
            for answer in content::question(node.question).answers {
                let first_word = answer.label.split_whitespace().next().unwrap();
                assert!(
                    drawing.contains(&escape::html(first_word)),
                    "{}",
                    answer.label
                );
            }
        }
        for outcome in SETTING.outcomes() {
            let title = content::outcome(outcome).title;
            let first_line = &wrap(title, DESTINATION_CHARS)[0];
            assert!(drawing.contains(&escape::html(first_line)), "{title}");
        }
    }

    #[test]
    fn wrapping_keeps_every_word_and_no_line_is_too_long() {
        let text = "If a child is in immediate danger, call 999 and then tell the lead";
        let lines = wrap(text, 20);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|line| line.chars().count() <= 20));
    }
}
