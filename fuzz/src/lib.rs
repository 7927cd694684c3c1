//! What every extractor fuzz target checks: the extractor (with what it requires) never fails on
//! any UTF-8 input, and a batch of documents gives the records each gives alone. The pipeline
//! re-checks every span against the input in debug builds and turns a panic into an error record;
//! either one is a bug the fuzzer must report.

use lede_core::{Config, Pipeline, Record};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

// Link the plugins so their registrations exist.
use lede_numbers as _;
use lede_people as _;
use lede_places as _;
use lede_quotes as _;

/// Runs extractor `name` on `text` and panics on any failure record.
pub fn check_extractor(name: &'static str, text: &str) {
    static PIPELINES: OnceLock<Mutex<HashMap<&'static str, &'static Pipeline>>> = OnceLock::new();
    let pipeline = *PIPELINES
        .get_or_init(Default::default)
        .lock()
        .expect("not poisoned")
        .entry(name)
        .or_insert_with(|| {
            let only = [name.to_string()];
            Box::leak(Box::new(
                Pipeline::new(&Config::defaults(), Some(&only)).expect("defaults build"),
            ))
        });
    // The whole input and its two halves, as one batch (`extract_batch`, as `lede extract` runs
    // extractors) and one at a time (`extract`).
    let half = (0..=text.len() / 2)
        .rev()
        .find(|&at| text.is_char_boundary(at))
        .unwrap_or(0);
    let texts = [text, &text[..half], &text[half..]];
    let batch = pipeline.process_batch(
        texts
            .iter()
            .map(|text| ("fuzz".to_string(), text.to_string()))
            .collect(),
    );
    for (text, record) in texts.iter().zip(&batch) {
        if let Record::Failed { error, .. } = record {
            panic!("{error}");
        }
        let alone = pipeline.process("fuzz", text.to_string());
        assert_eq!(
            json(&alone),
            json(record),
            "a batch gave another record than the document alone"
        );
    }
}

fn json(record: &Record) -> String {
    let mut json = Vec::new();
    record.write_json(&mut json).expect("writes to memory");
    String::from_utf8(json).expect("UTF-8")
}
