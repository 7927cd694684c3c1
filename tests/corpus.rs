//! One insta snapshot per corpus document: the full pipeline output with the bundled config.toml.
//! Review changes with `cargo insta review`; never accept them blindly.

use lede_tests::{bundled_pipeline, check_spans, root};
use serde_json::Value;

/// Char offsets are checked here and left out of snapshots, which stay readable.
fn without_char_offsets(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(without_char_offsets),
        Value::Object(map) => {
            map.remove("char_start");
            map.remove("char_end");
            map.values_mut().for_each(without_char_offsets);
        }
        _ => {}
    }
}

#[test]
fn corpus_snapshots() {
    let pipeline = bundled_pipeline();
    let config = std::fs::read_to_string(root().join("config.toml")).expect("bundled config.toml");
    let enabled: Vec<&str> = config
        .lines()
        .filter(|l| l.starts_with("[extractors.") || l.starts_with("enabled"))
        .collect();
    insta::glob!("corpus/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("corpus files are UTF-8");
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name")
            .to_string();
        let record = pipeline.process(&name, text.clone());
        assert!(record.error().is_none(), "{name}: {:?}", record.error());
        let mut value = serde_json::to_value(&record).expect("records serialize");
        check_spans(&text, &value["extractions"]).unwrap_or_else(|e| panic!("{name}: {e}"));
        without_char_offsets(&mut value);
        insta::with_settings!({ info => &enabled, omit_expression => true }, {
            insta::assert_yaml_snapshot!(value);
        });
    });
}

#[test]
fn every_snapshot_belongs_to_a_corpus_document() {
    let snapshots = root().join("tests/snapshots");
    let Ok(entries) = std::fs::read_dir(&snapshots) else {
        return;
    };
    for entry in entries {
        let name = entry
            .expect("snapshot entry")
            .file_name()
            .into_string()
            .expect("UTF-8 name");
        let document = name
            .strip_prefix("corpus__corpus_snapshots@")
            .and_then(|n| n.strip_suffix(".snap"))
            .unwrap_or_else(|| panic!("unexpected file in tests/snapshots: {name}"));
        assert!(
            root().join("tests/corpus").join(document).is_file(),
            "orphaned snapshot {name}: delete it"
        );
    }
}
