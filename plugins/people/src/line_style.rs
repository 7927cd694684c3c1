//! How a line is capitalised: in prose, capitals are evidence of names; in headlines they are not.

use lede_core::{Case, Document, Paragraph, TokenKind};

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
    // Lines of several sentences are prose unless in capitals: only two counts decide (most lines).
    if para.sentences.len() != 1 {
        // Counted in chunks, stopping once too many words are not in capitals for the line to
        // reach 60% capitals whatever the rest holds (it has no more words than tokens).
        let (mut words, mut upper) = (0, 0);
        for chunk in tokens.chunks(32) {
            for t in chunk.iter().filter(|t| t.kind == TokenKind::Word) {
                words += 1;
                upper += usize::from(t.case == Case::Upper);
            }
            if (words - upper) * 10 > tokens.len() * 4 {
                return LineStyle::Prose;
            }
        }
        return if is_all_caps(words, upper) {
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
    if table_marks >= 2
        || para.sentences.len() != 1
        || long == 0
        || long_capitalised * 10 < long * 8
    {
        return LineStyle::Prose;
    }
    let closed = tokens
        .iter()
        .rev()
        .find(|t| !matches!(doc.span_text(t.span()), "\"" | "”" | "’" | "'" | ")"))
        .is_some_and(|t| matches!(doc.span_text(t.span()), "." | "!" | "?" | "…"));
    if closed {
        LineStyle::Prose
    } else {
        LineStyle::Headline
    }
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
    fn capitals_lines_are_all_caps() {
        assert_eq!(style("HARBOUR TOWN WINS CUP ."), LineStyle::AllCaps);
        assert_ne!(style("The UN and NATO met."), LineStyle::AllCaps);
    }
}
