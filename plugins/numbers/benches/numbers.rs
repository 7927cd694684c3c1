//! Throughput of the numbers extractor alone on the bundled corpus repeated to at least 10 MB.
//! The documents are analysed once, outside the timing; see `lede_testkit::bench_extractor`.

use criterion::{criterion_group, criterion_main, Criterion};
use lede_core::{Extractions, Extractor};
use lede_numbers::Numbers;

fn bench(c: &mut Criterion) {
    let numbers = Numbers::new(Default::default()).expect("default options");
    lede_testkit::bench_extractor(c, &numbers, &Extractions::default());
}

criterion_group!(benches, bench);
criterion_main!(benches);
