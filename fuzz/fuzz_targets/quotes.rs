//! The `quotes` extractor (with what it requires) on any UTF-8 input: never fails, spans exact.
#![no_main]

use lede_core::{Config, Pipeline, Record};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

// Link the plugins so their registrations exist.
use lede_numbers as _;
use lede_people as _;
use lede_places as _;
use lede_quotes as _;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::new(&Config::defaults(), Some(&["quotes".to_string()])).expect("defaults build")
    })
}

fuzz_target!(|text: &str| {
    // The pipeline checks every span against the input and turns a panic into an error record;
    // either one is a bug the fuzzer must report.
    let record = pipeline().process("fuzz", text.to_string());
    if let Record::Failed { error, .. } = record {
        panic!("{error}");
    }
});
