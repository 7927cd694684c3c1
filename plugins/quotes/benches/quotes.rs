//! Throughput of the quotes extractor alone, on the realistic corpus and on adversarial marks.
//!
//! `realistic`: every `tests/corpus/*.txt` repeated to at least 10 MB; documents are analysed
//! and the people extractor is run once, outside the timing, so only quotes is measured.
//! `quotes_1mb_one_paragraph`: 1 MB in a single paragraph of plain text, of opening marks that
//! never close (must cost about what plain text costs), and of closed quotations with pronoun
//! attributions every 40 bytes (the worst realistic density, linear too).
//!
//! Time is the benchmark thread's CPU time (Linux `/proc/thread-self/schedstat`, wall time
//! elsewhere), so other processes on a shared machine do not distort the single-core figure.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede_core::{Document, Extractions, Extractor};
use lede_people::People;
use lede_quotes::{Options, Quotes};
use std::hint::black_box;
use std::time::{Duration, Instant};

const TARGET_BYTES: usize = 10 << 20;
const ADVERSARIAL_BYTES: usize = 1 << 20;

/// The corpus documents, repeated to at least [`TARGET_BYTES`], with their people results.
fn realistic() -> (Vec<(Document, Extractions)>, usize) {
    let texts = lede_testkit::articles();
    let people = People::new(Default::default()).expect("default options");
    let mut documents = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for (i, text) in texts.iter().enumerate() {
            let doc = Document::new(format!("doc{i}"), text.as_str()).expect("document");
            let found = people.extract(&doc, &Extractions::default());
            let extractions = Extractions::default().with::<People>(&doc, found);
            bytes += text.len();
            documents.push((doc, extractions));
        }
    }
    (documents, bytes)
}

/// One paragraph of `unit` repeated to [`ADVERSARIAL_BYTES`].
fn one_paragraph(unit: &str) -> Document {
    let text = unit.repeat(ADVERSARIAL_BYTES / unit.len() + 1);
    Document::new("adversarial", text).expect("document")
}

/// The CPU time this thread has run, when the platform tells.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Runs `work` `iters` times and returns the CPU time spent (wall time as a fallback).
fn cpu_time(iters: u64, mut work: impl FnMut()) -> Duration {
    let (cpu, wall) = (thread_cpu_time(), Instant::now());
    for _ in 0..iters {
        work();
    }
    match (cpu, thread_cpu_time()) {
        (Some(before), Some(after)) => after - before,
        _ => wall.elapsed(),
    }
}

fn benches(c: &mut Criterion) {
    let quotes = Quotes::new(Options::default()).expect("default options");

    let (documents, bytes) = realistic();
    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("realistic_corpus", |b| {
        b.iter_custom(|iters| {
            cpu_time(iters, || {
                for (doc, earlier) in &documents {
                    black_box(quotes.extract(doc, earlier));
                }
            })
        })
    });
    group.finish();

    let none = Extractions::default();
    let mut group = c.benchmark_group("quotes_1mb_one_paragraph");
    group.throughput(Throughput::Bytes(ADVERSARIAL_BYTES as u64));
    group.sample_size(20);
    let cases = [
        (
            "plain_text",
            "the harbour stays open while the river is high ",
        ),
        (
            "unbalanced_marks",
            "he said \"we open “and ‘never « close the '90s of Oslo’s port ",
        ),
        (
            "dense_closed_quotes",
            "\"We stay,\" he said. \"Yes,\" it added. ",
        ),
    ];
    for (name, unit) in cases {
        let doc = one_paragraph(unit);
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                cpu_time(iters, || {
                    black_box(quotes.extract(&doc, &none));
                })
            })
        });
    }
    group.finish();
}

criterion_group!(quotes_benches, benches);
criterion_main!(quotes_benches);
