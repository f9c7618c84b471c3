//! The QR code on a setting's printed procedure, for the link to its own Signpost: made in the
//! page by `qrcodegen`, so the link is sent nowhere to be drawn, and drawn as one SVG path.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin a reader needs around the code, in modules (the standard's four).
const QUIET_ZONE: i32 = 4;

/// A QR code as an SVG path of one unit square a dark module, on a square `size` units wide
/// that includes the quiet zone.
#[derive(Debug, PartialEq)]
pub struct QrDrawing {
    pub size: i32,
    pub path: String,
}

/// `text` as a QR code, with the middle level of error correction (a printed notice gets
/// scuffed); `None` if it is too long for one.
pub fn draw(text: &str) -> Option<QrDrawing> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let mut path = String::new();
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                path += &format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE);
            }
        }
    }
    Some(QrDrawing {
        size: code.size() + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_dark_module_is_one_square_inside_the_quiet_zone() {
        let text = "https://signpost.example/#setting&setting-name=Little%20Acorns";
        let drawing = draw(text).unwrap();
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        assert_eq!(drawing.size, code.size() + 8);
        let squares: Vec<(i32, i32)> = drawing
            .path
            .split('M')
            .skip(1)
            .map(|square| {
                let (x, rest) = square.split_once(' ').unwrap();
                let y = rest.split_once('h').unwrap().0;
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        let dark = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .filter(|(x, y)| code.get_module(*x, *y))
            .count();
        assert_eq!(squares.len(), dark);
        assert!(
            squares.iter().all(
                |(x, y)| (4..drawing.size - 4).contains(x) && (4..drawing.size - 4).contains(y)
            )
        );
        // The finder pattern's corner, top left, is dark.
        assert!(squares.contains(&(4, 4)));
    }

    #[test]
    fn a_link_too_long_for_a_code_gives_none_so_the_notice_prints_the_link_alone() {
        let typical = "https://signpost.example/#setting&setting-name=Little%20Acorns%20Pre-School\
            &designated-lead=Sam%20Jones&deputy-lead=Alex%20Smith&area-name=Hampshire\
            &social-care-phone=0300%20555%201384&out-of-hours-phone=0300%20555%201373\
            &lado-phone=01962%20876364&lado-email=lado%40hants.gov.uk&ofsted-urn=EY123456";
        assert!(draw(typical).is_some());
        // Nine details of 200 characters, each escaped: more than a QR code holds.
        let longest = format!(
            "https://signpost.example/#setting&{}",
            "%41".repeat(9 * 200)
        );
        assert_eq!(draw(&longest), None);
    }
}
