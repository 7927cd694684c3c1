//! Snapshot tests: the quotes of every `tests/fixtures/*.txt` as YAML, one snapshot per file.
//!
//! The fixtures run without people results, so the snapshots show the local names the extractor
//! falls back to and stay independent of the people extractor's evolution.

use lede_core::{Document, Extractions, Extractor};
use lede_quotes::{Options, Quotes};

#[test]
fn fixtures() {
    let quotes = Quotes::new(Options::default()).expect("default options");
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let doc = Document::new(path.display().to_string(), text).expect("document");
        let items = quotes.extract(&doc, &Extractions::default());
        for item in &items {
            assert_eq!(&doc.text()[item.start..item.end], item.text);
        }
        insta::assert_yaml_snapshot!(items);
    });
}
