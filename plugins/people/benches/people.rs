//! Throughput of the people extractor alone on the bundled corpus repeated to at least 10 MB.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede_core::{Document, Extractions, Extractor};
use lede_people::People;

fn bench(c: &mut Criterion) {
    let docs: Vec<Document> = lede_testkit::repeated(10_000_000)
        .into_iter()
        .enumerate()
        .map(|(i, t)| Document::new(i.to_string(), t).expect("document"))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let people = People::new(Default::default()).expect("options");
    let earlier = Extractions::default();
    let mut group = c.benchmark_group("people");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| people.extract(d, &earlier).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
