//! Throughput of the places extractor alone on the test corpus repeated to at least 10 MB.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede_core::{Document, Extractions, Extractor};
use lede_places::{Options, Places};

fn bench(c: &mut Criterion) {
    let texts = lede_testkit::articles();
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 10_000_000 {
        for (i, text) in texts.iter().enumerate() {
            bytes += text.len();
            docs.push(Document::new(format!("{i}"), text.clone()).unwrap());
        }
    }
    let places = Places::new(Options::default()).unwrap();
    let earlier = Extractions::default();
    let mut group = c.benchmark_group("places");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| places.extract(d, &earlier).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
