//! Throughput of the shared analysis (tokens, sentences, paragraphs, char index) that every
//! extractor builds on.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede_core::Document;
use std::hint::black_box;

fn analysis(c: &mut Criterion) {
    let text = lede_testkit::articles().join("\n");
    let text = text.repeat((10_000_000 / text.len().max(1)).max(1));
    let mut group = c.benchmark_group("analysis");
    group
        .sample_size(10)
        .throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("corpus_10MB", |b| {
        b.iter(|| black_box(Document::new("bench", text.clone())))
    });
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
