//! Properties that hold for any input: no panic, exact spans, quotations inside one paragraph.

use lede_core::{Document, Extractions, Extractor};
use lede_quotes::{Options, Quotes};
use proptest::prelude::*;

/// Pieces news text is made of, marks and apostrophes over-represented.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    " ",
    " ",
    " ",
    "\n",
    ", ",
    ". ",
    ": ",
    "said",
    "he",
    "it",
    "the ministry",
    "Berg",
    "Ole Eriksen",
    "according to",
    "that",
    "told reporters",
    "don’t",
    "Oslo’s",
    "Lukas’",
    "’90s",
    "é",
    "—",
    "statement",
    "reads",
    "We win",
    "x",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_exact_and_stay_in_their_paragraph(text in document()) {
        let doc = Document::new("p", text.as_str()).unwrap();
        let items = Quotes::new(Options::default()).unwrap().extract(&doc, &Extractions::default());
        let mut previous_start = 0;
        for item in &items {
            prop_assert!(item.start < item.end);
            prop_assert_eq!(&text[item.start..item.end], item.text.as_str());
            prop_assert!(!item.text.contains('\n'));
            prop_assert!(item.start >= previous_start);
            previous_start = item.start;
            if let Some(speaker) = &item.speaker {
                prop_assert_eq!(&text[speaker.start..speaker.end], speaker.text.as_str());
            }
        }
    }
}
