//! Throughput of the numbers extractor alone on the bundled corpus repeated to at least 10 MB.
//! The documents are analysed once, outside the timing.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede_core::{Document, Extractions, Extractor};
use lede_numbers::Numbers;
use std::path::Path;

fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let texts: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(!texts.is_empty(), "no *.txt in {}", dir.display());
    let one_pass: usize = texts.iter().map(String::len).sum();
    let repeats = 10_000_000 / one_pass + 1;
    texts
        .iter()
        .cycle()
        .take(texts.len() * repeats)
        .cloned()
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs: Vec<Document> = corpus()
        .into_iter()
        .enumerate()
        .map(|(i, t)| Document::new(i.to_string(), t).expect("document"))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let numbers = Numbers::new(Default::default()).expect("options");
    let earlier = Extractions::default();
    let mut group = c.benchmark_group("numbers");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| numbers.extract(d, &earlier).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
