//! What every extractor fuzz target checks: the extractor (with what it requires) never fails on
//! any UTF-8 input. The pipeline re-checks every span against the input in debug builds and turns
//! a panic into an error record; either one is a bug the fuzzer must report.

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
            Box::leak(Box::new(Pipeline::new(&Config::defaults(), Some(&only)).expect("defaults build")))
        });
    if let Record::Failed { error, .. } = pipeline.process("fuzz", text.to_string()) {
        panic!("{error}");
    }
}
