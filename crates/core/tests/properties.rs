//! Invariants of the document analysis on arbitrary input.

use lede_core::{Document, Span};
use proptest::prelude::*;

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = Document::new("p", text).expect("small documents are accepted");
    let mut last_end = 0;
    for (i, t) in doc.tokens().iter().enumerate() {
        let span = t.span();
        prop_assert!(!span.is_empty(), "empty token {i}");
        prop_assert!(
            span.start >= last_end,
            "tokens overlap or go backwards at {i}"
        );
        prop_assert_eq!(Span::new(text, span.start, span.end), Some(span));
        last_end = span.end;
    }
    let mut next_token = 0;
    for s in doc.sentences() {
        prop_assert_eq!(s.tokens.start, next_token, "sentences must tile the tokens");
        prop_assert!(s.tokens.end > s.tokens.start);
        prop_assert_eq!(Span::new(text, s.span.start, s.span.end), Some(s.span));
        next_token = s.tokens.end;
    }
    prop_assert_eq!(next_token, doc.tokens().len());
    for p in doc.paragraphs() {
        prop_assert!(
            !doc.span_text(p.span).contains('\n'),
            "a paragraph is one line"
        );
        prop_assert_eq!(
            &doc.sentences()[p.sentences.clone()]
                .first()
                .map(|s| s.tokens.start),
            &Some(p.tokens.start)
        );
    }
    for (byte, _) in text.char_indices() {
        prop_assert_eq!(doc.char_offset(byte), text[..byte].chars().count());
    }
    Ok(())
}

proptest! {
    #[test]
    fn analysis_invariants_hold_on_any_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn analysis_invariants_hold_on_newsy_text(text in "([A-Z][a-z]{0,6}|[a-z]{1,6}|[0-9]{1,5}|[.,:;!?'’\"“”‘«»()—–$€%-]|U\\.S\\.|Oct\\.|R\\.|'s|’s| |\\n|\\r\\n|\u{a0}|\u{feff}|é|ı){0,80}") {
        check(&text)?;
    }
}
