//! What every extractor must do on any input: never fail, exact spans, sorted output, no two
//! items (or entity mentions) of one extractor overlapping, the same result every time.

use lede_core::{Config, Pipeline, Record};
use lede_tests::{bundled_pipeline, check_spans};
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(bundled_pipeline)
}

fn starts(items: &[Value]) -> Vec<u64> {
    items.iter().filter_map(|i| i["start"].as_u64()).collect()
}

/// The spans an extractor claims in the text: its items' own, or its entities' mentions.
fn claimed_spans(items: &[Value]) -> Vec<(u64, u64)> {
    let span = |v: &Value| Some((v["start"].as_u64()?, v["end"].as_u64()?));
    let mut spans: Vec<(u64, u64)> = items
        .iter()
        .flat_map(|item| match item["mentions"].as_array() {
            Some(mentions) => mentions.iter().filter_map(span).collect::<Vec<_>>(),
            None => span(item).into_iter().collect(),
        })
        .collect();
    spans.sort_unstable();
    spans
}

/// Runs the whole pipeline on `text` and checks the contract.
fn conforms(text: &str) -> Result<(), String> {
    let record = pipeline().process("prop", text.to_string());
    let Record::Extracted { extractions, .. } = &record else {
        return Err(format!("failed: {:?}", record.error()));
    };
    let value = serde_json::to_value(extractions).map_err(|e| e.to_string())?;
    check_spans(text, &value)?;
    for (name, items) in value.as_object().into_iter().flatten() {
        let items = items.as_array().ok_or(format!("{name} is not an array"))?;
        let s = starts(items);
        if !s.windows(2).all(|w| w[0] <= w[1]) {
            return Err(format!("{name} items are not sorted by start: {s:?}"));
        }
        let spans = claimed_spans(items);
        if let Some(w) = spans.windows(2).find(|w| w[1].0 < w[0].1) {
            return Err(format!(
                "{name} claims overlapping spans {:?} and {:?}",
                w[0], w[1]
            ));
        }
        for item in items {
            if let Some(mentions) = item["mentions"].as_array() {
                let m = starts(mentions);
                if !m.windows(2).all(|w| w[0] < w[1]) {
                    return Err(format!("{name} mentions not sorted: {m:?}"));
                }
            }
        }
    }
    let json = |record: &Record| {
        let mut out = Vec::new();
        record.write_json(&mut out).map(|()| out)
    };
    let again = pipeline().process("prop", text.to_string());
    if json(&again).ok() != json(&record).ok() {
        return Err("output differs between two runs".into());
    }
    Ok(())
}

const PIECES: &[&str] = &[
    "Foreign Minister",
    "Sergey Lavrov",
    "Lavrov's",
    "Maduro’s",
    "said",
    "told reporters",
    "he",
    "the Kremlin",
    "Moscow",
    "Paris, Texas",
    "U.S.",
    "Oct. 21",
    "Gerald R. Ford",
    "5,000",
    "2.5",
    "$30 million",
    "€45m",
    "38%",
    "tens of thousands of",
    "troops",
    "between 500 and 700",
    "20-30",
    "nearly",
    "more than",
    "twenty-one",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    ",",
    ".",
    ":",
    "—",
    "–",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\u{a0}",
    "Yıldırım",
    "Chávez",
    "O'Connell",
    "Tavares-Moniz",
    "von Albrecht",
    "Tu-160",
    "COVID-19",
    "first of all",
    "no one",
    "Caribbean Sea",
    "Strait of Hormuz",
    "Bank of Portugal",
    "Georgia Mwangi",
    "countryKremlin",
];

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_conforms(text in any::<String>()) {
        prop_assert_eq!(conforms(&text), Ok(()));
    }

    #[test]
    fn news_like_text_conforms(text in newsy()) {
        prop_assert_eq!(conforms(&text), Ok(()));
    }

    #[test]
    fn a_batch_gives_the_records_one_at_a_time_gives(
        texts in prop::collection::vec(newsy(), 0..6),
    ) {
        let one_at_a_time = one_at_a_time_json(&texts);
        prop_assert_eq!(&batch_json(&texts), &one_at_a_time);
        prop_assert_eq!(&written_json(pipeline(), numbered(&texts)), &one_at_a_time);
    }
}

/// `texts` as documents named by their index.
fn numbered(texts: &[String]) -> Vec<(String, String)> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| (i.to_string(), text.clone()))
        .collect()
}

/// `texts` through `Pipeline::process_batch`, as JSON Lines.
fn batch_json(texts: &[String]) -> String {
    json_lines(pipeline().process_batch(numbered(texts)))
}

/// `documents` through `Pipeline::write_batch`, as JSON Lines; checks the record ends it returns
/// are the line ends and that it returns exactly the failed records.
fn written_json(pipeline: &Pipeline, documents: Vec<(String, String)>) -> String {
    let mut out = Vec::new();
    let written = pipeline.write_batch(documents, &mut out, b"\n");
    let out = String::from_utf8(out).expect("UTF-8");
    let line_ends: Vec<usize> = out.match_indices('\n').map(|(at, _)| at + 1).collect();
    let ends: Vec<usize> = written.iter().map(|(end, _)| *end).collect();
    assert_eq!(ends, line_ends);
    for (line, (_, failed)) in out.lines().zip(&written) {
        let failed = failed
            .as_ref()
            .map(|r| serde_json::to_string(r).expect("serializes"));
        let extracted = line.contains(",\"extractions\":{");
        assert_eq!(failed.as_deref(), (!extracted).then_some(line));
    }
    out
}

/// `texts` through `Pipeline::process`, one by one, as JSON Lines.
fn one_at_a_time_json(texts: &[String]) -> String {
    let records = texts
        .iter()
        .enumerate()
        .map(|(i, text)| pipeline().process(&i.to_string(), text.clone()));
    json_lines(records.collect())
}

fn json_lines(records: Vec<Record>) -> String {
    records
        .iter()
        .map(|r| serde_json::to_string(r).expect("records serialize") + "\n")
        .collect()
}

#[test]
fn a_batch_of_the_corpus_gives_the_records_one_at_a_time_gives() {
    let dir = lede_tests::root().join("tests/corpus");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/corpus")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|x| x == "txt"))
        .map(|path| std::fs::read_to_string(path).expect("UTF-8"))
        .collect();
    // An empty document among them, and one too large to analyse (under a lower limit).
    texts.insert(3, String::new());
    texts.insert(7, "x".repeat(20_000));
    let bundled = std::fs::read_to_string(lede_tests::root().join("config.toml")).expect("config");
    let limited = bundled.replace(
        "max_document_bytes = 268435456",
        "max_document_bytes = 10000",
    );
    assert_ne!(
        limited, bundled,
        "the bundled limit moved: update this test"
    );
    let config = Config::parse(&limited, Path::new("limited.toml")).expect("valid config");
    let pipeline = Pipeline::new(&config, None).expect("pipeline");
    let documents: Vec<(String, String)> = texts
        .iter()
        .map(|t| ("doc".to_string(), t.clone()))
        .collect();
    let written = written_json(&pipeline, documents.clone());
    let batch = json_lines(pipeline.process_batch(documents));
    let one_at_a_time = json_lines(
        texts
            .iter()
            .map(|t| pipeline.process("doc", t.clone()))
            .collect(),
    );
    assert_eq!(batch.lines().count(), texts.len());
    assert!(batch
        .lines()
        .nth(7)
        .is_some_and(|l| l.contains("over the limit")));
    assert_eq!(batch, one_at_a_time);
    assert_eq!(written, one_at_a_time);
}

#[test]
fn pathological_inputs_conform() {
    let cases = [
        "\"".repeat(10_000),
        "“".repeat(5_000) + &"”".repeat(3),
        "Word ".repeat(20_000),
        // One paragraph of capitalised place and person words: every scan must stay bounded.
        "Moscow Venezuela Lavrov Maduro Caribbean Sea Gerald Ford ".repeat(5_000),
        "x".repeat(100_000),
        "1,".repeat(10_000),
        ".".repeat(10_000),
        "\n".repeat(10_000),
        "'s ".repeat(5_000),
    ];
    for text in cases {
        assert_eq!(
            conforms(&text),
            Ok(()),
            "{:?}...",
            &text[..20.min(text.len())]
        );
    }
}

#[test]
fn corpus_documents_conform() {
    let dir = lede_tests::root().join("tests/corpus");
    for entry in std::fs::read_dir(dir).expect("tests/corpus") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).expect("UTF-8");
            assert_eq!(conforms(&text), Ok(()), "{}", path.display());
        }
    }
}
