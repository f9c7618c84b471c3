//! A flow drawn as a flowchart, in SVG, for a setting's one-page printed procedure: each question
//! a box, in the order a person meets them; in it, each answer (answers that lead to the same
//! place together) with an arrow to the page it leads to, or a line drawn down the left margin to
//! the box of the question it leads to. It is drawn from the routing table itself and the words
//! in `content/`, so the printed procedure cannot disagree with the tool: `tests/flowchart.rs`
//! keeps the drawing the build copies, `assets/setting-flowchart.svg`, equal to it, and
//! `signpost graph svg` prints it. `branches` gives the same as text, for a screen reader.
//!
//! The drawing is black on an opaque white ground, so it reads the same in greyscale and in a
//! forced-colours (high contrast) mode. Its text is `FONT` units high on a drawing `WIDTH` units
//! wide, which the notice prints across the page: at least 10 point on A4 (`tests/browser`).

use crate::content::{self, pages::procedure};
use crate::core::{Flow, Node, Question, setting::SETTING};
use crate::render::escape;

/// The drawing's width in SVG units: about the width of A4 inside its margins, in CSS pixels.
pub const WIDTH: usize = 720;
/// The text's height in SVG units: 10 point or more when the drawing is printed 686 CSS pixels
/// wide or wider (`styles/signpost.scss`).
pub const FONT: usize = 14;
const LINE: usize = 14;
const GAP: usize = 8;
/// The two columns of boxes: the first question's, and the second's, with room between them for
/// the lines from one to the other, and left of the first for the lines within it.
const COLUMN_X: [usize; 2] = [30, 400];
const COLUMN_WIDTH: usize = 318;
/// The space between two lines run side by side.
const LANE: usize = 11;
/// How many characters fit on a line in a box, and after an arrow, in Arial (the drawing names
/// it first, so that its lines are as wide in every browser, Liberation Sans standing in on Linux).
const TEXT_CHARS: usize = 44;
const DESTINATION_CHARS: usize = 40;

/// One question as the flowchart shows it: its number and words, and each group of answers with
/// the place they lead to.
pub struct Step {
    pub question: Question,
    pub title: &'static str,
    pub branches: Vec<Branch>,
}

/// Answers that lead to the same place, and that place.
pub struct Branch {
    pub answers: Vec<&'static str>,
    pub to: To,
}

#[derive(PartialEq)]
pub enum To {
    /// Another question, by its number in the flowchart (from 1).
    Question(usize),
    /// A page of advice, by its title.
    Outcome(&'static str),
}

/// The settings' journey, as the printed procedure shows it (`assets/setting-flowchart.svg`).
pub fn setting() -> String {
    svg(&SETTING, procedure::FLOWCHART_TEXT)
}

/// `flow`'s questions in the order the flowchart draws them, with their answers grouped by where
/// they lead.
pub fn steps(flow: &Flow) -> Vec<Step> {
    let order = questions_in_order(flow);
    order
        .iter()
        .filter_map(|question| {
            let node = flow.question(*question)?;
            let text = content::question(*question);
            let mut branches: Vec<Branch> = Vec::new();
            for (branch, answer) in node.branches.iter().zip(text.answers) {
                let to = match branch.next {
                    Node::Question(next) => {
                        To::Question(order.iter().position(|q| *q == next).map_or(0, |i| i + 1))
                    }
                    Node::Outcome(outcome) => To::Outcome(content::outcome(outcome).title),
                };
                let label = short_label(*question, answer.id).unwrap_or(answer.label);
                match branches.iter_mut().find(|kept| kept.to == to) {
                    Some(kept) => kept.answers.push(label),
                    None => branches.push(Branch {
                        answers: vec![label],
                        to,
                    }),
                }
            }
            Some(Step {
                question: *question,
                title: text.title,
                branches,
            })
        })
        .collect()
}

/// The answer's short form for the flowchart (`procedure::FLOWCHART_ANSWERS`), if it has one.
fn short_label(question: Question, answer: &str) -> Option<&'static str> {
    procedure::FLOWCHART_ANSWERS.iter().find_map(|entry| {
        let (ids, words) = entry.split_once(": ")?;
        (ids.split_once(' ')? == (question.id(), answer)).then_some(words)
    })
}

/// A question's box as drawn: its SVG, where it is, and where its answers lead to other questions.
struct DrawnBox {
    svg: String,
    height: usize,
    /// For each answer that leads to another question: how far down the box its line starts,
    /// and that question's number.
    leads: Vec<(usize, usize)>,
}

/// The box for `step`, numbered `number`, at the left `x` and the top `top`. An answer's place
/// is under its words: an arrow and the page it leads to, or a line from the box's edge, drawn
/// later, to the question it leads to.
fn draw_box(step: &Step, number: usize, x: usize, top: usize) -> DrawnBox {
    let mut svg = String::new();
    let mut leads = Vec::new();
    let mut y = top + LINE + 1;
    for heading in wrap(&format!("{number}. {}", step.title), TEXT_CHARS) {
        svg += &text_line(x + 8, y, &heading, true);
        y += LINE;
    }
    y += 3;
    for branch in &step.branches {
        // An answer that leads to another question ends with that question's number, drawn at
        // the box's edge where its line leaves: room is kept for it.
        let width = match branch.to {
            To::Question(_) => TEXT_CHARS - 5,
            To::Outcome(_) => TEXT_CHARS,
        };
        let answer_lines = wrap(&branch.answers.join(" / "), width);
        let answer_y = y - FONT / 3;
        if let To::Question(next) = branch.to {
            svg += &text_line(x + COLUMN_WIDTH - 30, y, &format!("\u{2192} {next}"), true);
        }
        for line in &answer_lines {
            svg += &text_line(x + 8, y, line, false);
            y += LINE;
        }
        match branch.to {
            To::Outcome(title) => {
                let arrow_y = y - FONT / 3;
                svg += &format!(
                    "<line x1=\"{x1}\" y1=\"{arrow_y}\" x2=\"{x2}\" y2=\"{arrow_y}\" class=\"line\"/>\n",
                    x1 = x + 10,
                    x2 = x + 30,
                );
                for line in wrap(title, DESTINATION_CHARS) {
                    svg += &text_line(x + 34, y, &line, true);
                    y += LINE;
                }
            }
            To::Question(next) => leads.push((answer_y - top, next)),
        }
        y += 2;
    }
    // The box ends just below the last line's letters, not a whole line below.
    let height = y - top - LINE + 8;
    svg = format!(
        "<rect x=\"{x}\" y=\"{top}\" width=\"{COLUMN_WIDTH}\" height=\"{height}\" class=\"question\"/>\n{svg}"
    );
    DrawnBox { svg, height, leads }
}

/// `flow` as an SVG document, with `title` as its accessible name: its questions in two columns
/// of boxes, each column in the flow's order, shared out so that the taller is as short as it
/// can be (the drawing must fit one sheet of A4 with the rest of the notice).
pub fn svg(flow: &Flow, title: &str) -> String {
    let steps = steps(flow);
    let heights: Vec<usize> = steps
        .iter()
        .enumerate()
        .map(|(index, step)| draw_box(step, index + 1, 0, 0).height + GAP)
        .collect();
    // Which column each question's box is in: the first question's in the first; of the ways
    // to share the rest, the first found with the shortest taller column.
    let column_of = |sharing: usize, index: usize| (sharing >> index) & 1;
    let sharing = (0..1_usize << steps.len())
        .filter(|sharing| column_of(*sharing, 0) == 0)
        .min_by_key(|sharing| {
            let mut columns = [0; 2];
            for (index, height) in heights.iter().enumerate() {
                columns[column_of(*sharing, index)] += height;
            }
            columns[0].max(columns[1])
        })
        .unwrap_or(0);
    let mut body = String::new();
    // Each box's column and top, and the lines to draw: (column, y, to question).
    let mut placed: Vec<(usize, usize)> = Vec::new();
    let mut lines: Vec<(usize, usize, usize)> = Vec::new();
    let mut bottom = [0_usize; 2];
    for (index, step) in steps.iter().enumerate() {
        let column = column_of(sharing, index);
        let top = bottom[column] + 2;
        let drawn = draw_box(step, index + 1, COLUMN_X[column], top);
        body += &drawn.svg;
        lines.extend(
            drawn
                .leads
                .iter()
                .map(|(down, to)| (column, top + down, *to)),
        );
        placed.push((column, top));
        bottom[column] = top + drawn.height + GAP;
    }
    let height = bottom[0].max(bottom[1]) - GAP + 4;
    // Every line in a lane of its own where it would run beside another: a line within the
    // first column left of it; any other in the space between the columns, from the edge of
    // its box that faces it, to the edge of the box it leads to that faces it.
    let mut lanes: [Vec<(usize, usize)>; 2] = [Vec::new(), Vec::new()];
    let facing_edge = |column: usize, gutter: usize| {
        if column == 1 || gutter == 0 {
            COLUMN_X[column]
        } else {
            COLUMN_X[column] + COLUMN_WIDTH
        }
    };
    for (from_column, from_y, to) in lines {
        let (to_column, to_top) = placed[to - 1];
        let to_y = to_top + LINE / 2 + 2;
        let gutter = usize::from(from_column + to_column > 0);
        let span = (from_y.min(to_y), from_y.max(to_y));
        let lane = lanes[gutter]
            .iter()
            .position(|taken| taken.1 + 4 < span.0 || span.1 + 4 < taken.0)
            .unwrap_or(lanes[gutter].len());
        if lane == lanes[gutter].len() {
            lanes[gutter].push(span);
        } else {
            let taken = lanes[gutter][lane];
            lanes[gutter][lane] = (taken.0.min(span.0), taken.1.max(span.1));
        }
        let lane_x = COLUMN_X[gutter] - LANE * (lane + 1);
        let start = facing_edge(from_column, gutter);
        let edge = facing_edge(to_column, gutter);
        // Stop short of the box, so the arrow's head touches its edge.
        let end = if edge > lane_x { edge - 2 } else { edge + 2 };
        body += &format!(
            "<polyline points=\"{start},{from_y} {lane_x},{from_y} {lane_x},{to_y} {end},{to_y}\" class=\"line\"/>\n"
        );
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-labelledby=\"flowchart-title\">\n\
         <title id=\"flowchart-title\">{title}</title>\n\
         <style>text {{ font: {FONT}px Arial, sans-serif; fill: #000 }} .strong {{ font-weight: bold }} \
         .question {{ fill: none; stroke: #000; stroke-width: 2 }} \
         .line {{ fill: none; stroke: #000; stroke-width: 2; marker-end: url(#head) }}</style>\n\
         <defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\">\
         <path d=\"M0 0L10 5L0 10z\" fill=\"#000\"/></marker></defs>\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n\
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
    fn every_question_appears_once_and_every_line_down_points_down_the_page() {
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
    fn every_answer_and_every_outcome_is_drawn_once_grouped_by_where_it_leads() {
        let steps = steps(&SETTING);
        for node in SETTING.questions {
            let step = steps
                .iter()
                .find(|step| step.question == node.question)
                .unwrap();
            let answers: usize = step
                .branches
                .iter()
                .map(|branch| branch.answers.len())
                .sum();
            assert_eq!(answers, node.branches.len(), "{}", node.question);
            for (index, branch) in step.branches.iter().enumerate() {
                assert!(
                    step.branches[index + 1..]
                        .iter()
                        .all(|other| other.to != branch.to),
                    "two groups of {} lead to the same place",
                    node.question
                );
            }
        }
        let drawing = svg(&SETTING, "The setting's questions");
        for outcome in SETTING.outcomes() {
            let title = content::outcome(outcome).title;
            let first_line = &wrap(title, DESTINATION_CHARS)[0];
            assert!(drawing.contains(&escape::html(first_line)), "{title}");
        }
        let lines_down = drawing.matches("<polyline").count();
        let questions_led_to: usize = steps
            .iter()
            .flat_map(|step| &step.branches)
            .filter(|branch| matches!(branch.to, To::Question(_)))
            .count();
        assert_eq!(
            lines_down, questions_led_to,
            "a line down for each answer that leads to a question"
        );
    }

    #[test]
    fn every_answer_of_the_settings_questions_has_one_short_form_and_each_names_one() {
        for node in SETTING.questions {
            for answer in content::question(node.question).answers {
                let forms = procedure::FLOWCHART_ANSWERS
                    .iter()
                    .filter(|entry| {
                        entry.starts_with(&format!("{} {}: ", node.question.id(), answer.id))
                    })
                    .count();
                assert_eq!(forms, 1, "{} {}", node.question.id(), answer.id);
            }
        }
        for entry in procedure::FLOWCHART_ANSWERS {
            let (ids, _) = entry.split_once(": ").expect("`question answer: words`");
            let named = SETTING.questions.iter().any(|node| {
                content::question(node.question)
                    .answers
                    .iter()
                    .any(|answer| ids == format!("{} {}", node.question.id(), answer.id))
            });
            assert!(named, "{entry} names no answer of the settings' questions");
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
