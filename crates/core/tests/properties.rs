//! Invariants of the document analysis on arbitrary input.

use lede_core::{Case, Document, Span, TokenKind};
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
        if t.kind == TokenKind::Word {
            let word = &text[span.start..span.end];
            prop_assert_eq!(t.case, case_by_chars(word), "case of {:?}", word);
        }
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

/// Word case by the definition, one char at a time (the tokenizer counts eight bytes at a time).
fn case_by_chars(word: &str) -> Case {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let uppers = letters.iter().filter(|c| c.is_uppercase()).count();
    match (letters.len(), uppers) {
        (0, _) => Case::None,
        (_, 0) => Case::Lower,
        (l, u) if l == u && l >= 2 => Case::Upper,
        (_, 1) if letters[0].is_uppercase() => Case::Title,
        _ => Case::Mixed,
    }
}

proptest! {
    #[test]
    fn analysis_invariants_hold_on_any_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn analysis_invariants_hold_on_newsy_text(text in "([A-Z][a-z]{0,6}|[A-Za-z0-9]{7,19}|[a-z]{1,6}|[0-9]{1,5}|[.,:;!?'’\"“”‘«»()—–$€%-]|U\\.S\\.|Oct\\.|R\\.|'s|’s| |\\n|\\r\\n|\u{a0}|\u{feff}|é|ı){0,80}") {
        check(&text)?;
    }
}
