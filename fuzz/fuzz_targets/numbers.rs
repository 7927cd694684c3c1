//! The `numbers` extractor on any UTF-8 input.
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| lede_fuzz::check_extractor("numbers", text));
