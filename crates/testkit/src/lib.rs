//! lede-testkit: the bundled corpus (`tests/corpus/*.txt`), read the same way by every bench and
//! test, so throughput figures of different crates are measured on the same text.
#![deny(missing_docs)]

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

#[cfg(test)]
mod tests {
    #[test]
    fn repeated_reaches_the_size_asked() {
        let docs = super::repeated(100_000);
        assert!(docs.iter().map(String::len).sum::<usize>() >= 100_000);
        assert_eq!(docs[0], super::articles()[0]);
    }
}
