//! Tokens, sentences and paragraphs of any UTF-8 input: exact spans that tile the input in order.
#![no_main]

use lede_core::{Document, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = Document::new("fuzz", text).expect("fuzz inputs are small");
    let mut last = 0;
    for t in doc.tokens() {
        let span = t.span();
        assert!(span.start >= last && !span.is_empty());
        assert_eq!(Span::new(text, span.start, span.end), Some(span));
        last = span.end;
    }
    let tiled: usize = doc.sentences().iter().map(|s| s.tokens.len()).sum();
    assert_eq!(tiled, doc.tokens().len());
});
