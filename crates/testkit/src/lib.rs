//! lede-testkit: the bundled corpus (`tests/corpus/*.txt`), read the same way by every bench and
//! test, so throughput figures of different crates are measured on the same text.
#![deny(missing_docs)]

use criterion::{Criterion, Throughput};
use lede_core::{Document, Extractions, Extractor};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// The workspace root.
pub fn root() -> PathBuf {
    let testkit = Path::new(env!("CARGO_MANIFEST_DIR"));
    testkit
        .ancestors()
        .nth(2)
        .expect("crates/testkit sits two levels below the root")
        .to_path_buf()
}

/// The corpus folder, `tests/corpus`.
pub fn corpus_dir() -> PathBuf {
    root().join("tests/corpus")
}

/// Every corpus article, in file-name order.
pub fn articles() -> Vec<String> {
    let dir = corpus_dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("corpus entry").path())
        .filter(|path| path.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no *.txt in {}", dir.display());
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("corpus files are UTF-8"))
        .collect()
}

/// The corpus articles repeated, in order, until they hold at least `min_bytes`.
pub fn repeated(min_bytes: usize) -> Vec<String> {
    let articles = articles();
    let mut docs = Vec::new();
    let mut total = 0;
    while total < min_bytes {
        for text in &articles {
            total += text.len();
            docs.push(text.clone());
        }
    }
    docs
}

/// The criterion bench of one extractor alone: the corpus repeated to 10 MB, analysed outside
/// the timing, `earlier` standing for the results of what it requires.
pub fn bench_extractor<E: Extractor>(c: &mut Criterion, extractor: &E, earlier: &Extractions) {
    let docs: Vec<Document> = repeated(10_000_000)
        .into_iter()
        .enumerate()
        .map(|(i, text)| Document::new(i.to_string(), text).expect("corpus documents are small"))
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    let mut group = c.benchmark_group(E::NAME);
    group
        .throughput(Throughput::Bytes(bytes as u64))
        .sample_size(10);
    group.bench_function("extract", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| black_box(extractor.extract(d, earlier)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

#[cfg(test)]
mod tests {
    #[test]
    fn repeated_reaches_the_size_asked() {
        let docs = super::repeated(100_000);
        assert!(docs.iter().map(String::len).sum::<usize>() >= 100_000);
        assert_eq!(docs[0], super::articles()[0]);
    }
}
