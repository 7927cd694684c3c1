//! Throughput of the places extractor alone on the test corpus repeated to at least 10 MB.
//! The documents are analysed once, outside the timing; see `lede_testkit::bench_extractor`.

use criterion::{criterion_group, criterion_main, Criterion};
use lede_core::{Extractions, Extractor};
use lede_places::Places;

fn bench(c: &mut Criterion) {
    let places = Places::new(Default::default()).expect("default options");
    lede_testkit::bench_extractor(c, &places, &Extractions::default());
}

criterion_group!(benches, bench);
criterion_main!(benches);
