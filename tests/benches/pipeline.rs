//! Whole-pipeline throughput (analysis and every extractor of the bundled config) on the corpus
//! repeated to 10 MB, and on pathological inputs that must stay linear.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use lede_tests::bundled_pipeline;
use std::hint::black_box;

fn realistic(c: &mut Criterion) {
    let pipeline = bundled_pipeline();
    let docs = lede_testkit::repeated(10_000_000);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("pipeline");
    group
        .sample_size(10)
        .throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus_10MB_all_extractors", |b| {
        b.iter(|| {
            for text in &docs {
                black_box(pipeline.process("bench", text.clone()));
            }
        })
    });
    group.finish();
}

fn pathological(c: &mut Criterion) {
    let pipeline = bundled_pipeline();
    let cases: Vec<(&str, String)> = vec![
        (
            "1MB_without_sentence_break",
            "the talks went on and on with Lavrov and 20 boats ".repeat(20_000),
        ),
        ("100k_quote_marks", "\"a ".repeat(100_000)),
        ("1MB_unbalanced_curly_marks", "“word ".repeat(150_000)),
        (
            "10MB_capitalised_words",
            "Moscow Venezuela Lavrov Maduro Caribbean Sea Gerald Ford ".repeat(180_000),
        ),
        ("1MB_single_token", "x".repeat(1_000_000)),
    ];
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    for (name, text) in cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| black_box(pipeline.process("bench", text.clone())))
        });
    }
    group.finish();
}

criterion_group!(benches, realistic, pathological);
criterion_main!(benches);
