//! How a line is capitalised: in prose, capitals are evidence of names; in headlines they are not.

use lede_core::{Case, Document, Paragraph, Token, TokenKind};

/// The capitalisation regime of one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineStyle {
    /// Ordinary sentences: a capital letter inside a sentence means a proper noun.
    Prose,
    /// Title Case without closing punctuation (headlines, section headings, bylines).
    Headline,
    /// Mostly capitals ("SOCCER - JAPAN GET LUCKY WIN"): case says nothing.
    AllCaps,
}

/// Classifies a paragraph (one line of input).
pub(crate) fn classify(doc: &Document, para: &Paragraph) -> LineStyle {
    let tokens = &doc.tokens()[para.tokens.clone()];
    // A line of several sentences, or of one closed by a full stop, is prose unless in capitals:
    // for most lines, only the share of words in capitals decides.
    if para.sentences.len() != 1 || is_closed(doc, tokens) {
        return if mostly_capitals(tokens) {
            LineStyle::AllCaps
        } else {
            LineStyle::Prose
        };
    }
    let bytes = doc.text().as_bytes();
    let (mut words, mut upper, mut long, mut long_capitalised, mut table_marks) = (0, 0, 0, 0, 0);
    for t in tokens {
        match t.kind {
            TokenKind::Word => {
                words += 1;
                if t.case == Case::Upper {
                    upper += 1;
                }
                if t.end() - t.start() >= 4 {
                    long += 1;
                    if matches!(t.case, Case::Title | Case::Upper) {
                        long_capitalised += 1;
                    }
                }
            }
            TokenKind::Number => table_marks += 1,
            TokenKind::Punct if bytes[t.start()] == b'(' => table_marks += 1,
            _ => {}
        }
    }
    if is_all_caps(words, upper) {
        return LineStyle::AllCaps;
    }
    // Result tables ("Ann Lee ( Canada ) 6-1 6-2") are Title Case too, but not headlines.
    if table_marks >= 2 || long == 0 || long_capitalised * 10 < long * 8 {
        LineStyle::Prose
    } else {
        LineStyle::Headline
    }
}

/// Whether the line ends in a full stop, "!", "?" or "…" (before closing quotes and brackets).
fn is_closed(doc: &Document, tokens: &[Token]) -> bool {
    tokens
        .iter()
        .rev()
        .find(|t| !matches!(doc.span_text(t.span()), "\"" | "”" | "’" | "'" | ")"))
        .is_some_and(|t| matches!(doc.span_text(t.span()), "." | "!" | "?" | "…"))
}

/// [`is_all_caps`] of the words of `tokens`, read only until the line cannot reach 60% capitals
/// even if every token left is a word in capitals: each word not in capitals spends 10 and each
/// token that is no word 4 of a budget of 4 per token (for the words so far, 60% capitals means
/// 6 × lower ≤ 4 × upper).
fn mostly_capitals(tokens: &[Token]) -> bool {
    let mut budget = 4 * tokens.len();
    for t in tokens {
        let cost = match (t.kind, t.case) {
            (TokenKind::Word, Case::Upper) => 0,
            (TokenKind::Word, _) => 10,
            _ => 4,
        };
        match budget.checked_sub(cost) {
            Some(left) => budget = left,
            None => return false,
        }
    }
    // The whole line stayed within budget: its words are at least 60% capitals, if two or more.
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .nth(1)
        .is_some()
}

/// Mostly capitals: at least 60% of two or more words.
fn is_all_caps(words: usize, upper: usize) -> bool {
    words >= 2 && upper * 10 >= words * 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(line: &str) -> LineStyle {
        let doc = Document::new("t", line).unwrap();
        classify(&doc, &doc.paragraphs()[0])
    }

    #[test]
    fn title_case_lines_without_a_full_stop_are_headlines() {
        assert_eq!(
            style("Mayor Vows New Budget For Harbour Town"),
            LineStyle::Headline
        );
        assert_eq!(style("Northern Pipeline"), LineStyle::Headline);
        assert_eq!(style("Ines Halvorsen"), LineStyle::Headline);
        assert_eq!(
            style("Ines Halvorsen ( Norway ) beat Mia Lund ( Chile ) 6-2 6-1"),
            LineStyle::Prose
        );
    }

    #[test]
    fn prose_full_of_names_is_still_prose() {
        assert_eq!(
            style("Deputy Mayor Tomas Brandvold Greeted Kari Lund."),
            LineStyle::Prose
        );
        assert_eq!(
            style("The mayor said the budget was late."),
            LineStyle::Prose
        );
    }

    #[test]
    fn capitals_are_counted_as_far_as_they_decide() {
        for line in [
            "HARBOUR TOWN WINS CUP .",
            "HARBOUR TOWN WINS the CUP",
            "HARBOUR town WINS the CUP",
            "The UN and NATO met.",
            "UN , NATO , EU ( 3 ) - - said",
            "A",
            "AB CD",
            ". . . AB",
            "",
        ] {
            let doc = Document::new("t", line).unwrap();
            let words = doc.tokens().iter().filter(|t| t.kind == TokenKind::Word);
            let upper = words.clone().filter(|t| t.case == Case::Upper).count();
            let expected = is_all_caps(words.count(), upper);
            assert_eq!(mostly_capitals(doc.tokens()), expected, "{line}");
        }
    }

    #[test]
    fn capitals_lines_are_all_caps() {
        assert_eq!(style("HARBOUR TOWN WINS CUP ."), LineStyle::AllCaps);
        assert_ne!(style("The UN and NATO met."), LineStyle::AllCaps);
    }
}
