//! The pipeline: the enabled extractors in dependency order, run on one document at a time.

use crate::config::{unknown_name_message, Config, ConfigError, ConfigErrors};
use crate::document::Document;
use crate::extractor::{DynExtractor, Extractions};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The output for one input document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Record {
    /// The document was analysed.
    Extracted {
        /// Its path or id.
        document: String,
        /// Each extractor's items, in pipeline order.
        extractions: Extractions,
    },
    /// The document could not be read or analysed.
    Failed {
        /// Its path or id.
        document: String,
        /// What went wrong and where.
        error: String,
    },
}

impl Record {
    /// An error record for `document`.
    pub fn failed(document: impl Into<String>, error: impl Into<String>) -> Record {
        Record::Failed {
            document: document.into(),
            error: error.into(),
        }
    }

    /// The document's path or id.
    pub fn document(&self) -> &str {
        match self {
            Record::Extracted { document, .. } | Record::Failed { document, .. } => document,
        }
    }

    /// The error, for a failed document.
    pub fn error(&self) -> Option<&str> {
        match self {
            Record::Failed { error, .. } => Some(error),
            Record::Extracted { .. } => None,
        }
    }
}

/// The enabled extractors, built and ordered so each runs after the ones it requires.
pub struct Pipeline {
    extractors: Vec<Box<dyn DynExtractor>>,
    max_document_bytes: u64,
}

impl Pipeline {
    /// Builds the pipeline that `config` enables, narrowed to `only` when given (the extractors
    /// `only` names run together with everything they require).
    pub fn new(config: &Config, only: Option<&[String]>) -> Result<Pipeline, ConfigErrors> {
        let names: Vec<&str> = config
            .extractors
            .iter()
            .map(|e| e.registration.name)
            .collect();
        let mut errors = Vec::new();
        let mut wanted: Vec<&str> = match only {
            Some(only) => {
                for name in only.iter().filter(|n| !names.contains(&n.as_str())) {
                    errors.push(ConfigError {
                        file: "--only".into(),
                        line: 0,
                        column: 0,
                        key: String::new(),
                        message: unknown_name_message("extractor", name, &names),
                    });
                }
                names
                    .iter()
                    .copied()
                    .filter(|n| only.iter().any(|o| o == n))
                    .collect()
            }
            None => config
                .extractors
                .iter()
                .filter(|e| e.enabled)
                .map(|e| e.registration.name)
                .collect(),
        };
        // Dependencies: pulled in for `--only`, an error when the config disables them.
        let mut i = 0;
        while i < wanted.len() {
            let settings = config
                .extractors
                .iter()
                .find(|e| e.registration.name == wanted[i]);
            if let Some(settings) = settings {
                for &dep in settings.registration.requires {
                    if wanted.contains(&dep) {
                        continue;
                    }
                    let dep_settings = config
                        .extractors
                        .iter()
                        .find(|e| e.registration.name == dep);
                    match dep_settings {
                        Some(d) if only.is_some() || d.enabled => wanted.push(dep),
                        Some(_) => errors.push(config.located(
                            settings,
                            format!("`{}` requires `{dep}`, which is disabled; enable `{dep}` or disable `{}`",
                                settings.registration.name, settings.registration.name),
                        )),
                        None => errors.push(config.located(
                            settings,
                            format!("`{}` requires `{dep}`, which is not registered (is its plugin linked into the CLI?)",
                                settings.registration.name),
                        )),
                    }
                }
            }
            i += 1;
        }
        if !errors.is_empty() {
            return Err(ConfigErrors(errors));
        }
        let order = dependency_order(config, &wanted).map_err(|cycle| {
            ConfigErrors(vec![ConfigError {
                file: config.file_name(),
                line: 0,
                column: 0,
                key: String::new(),
                message: format!(
                    "extractors require each other in a cycle: {}",
                    cycle.join(" -> ")
                ),
            }])
        })?;
        let mut extractors = Vec::new();
        for name in order {
            let settings = config
                .extractors
                .iter()
                .find(|e| e.registration.name == name)
                .expect("ordered names come from the config");
            match (settings.registration.build)(settings.options.clone()) {
                Ok(e) => extractors.push(e),
                Err(_) => errors.push(config.located(settings, "invalid options".into())),
            }
        }
        if !errors.is_empty() {
            return Err(ConfigErrors(errors));
        }
        Ok(Pipeline {
            extractors,
            max_document_bytes: config.max_document_bytes,
        })
    }

    /// The names of the extractors that run, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.extractors.iter().map(|e| e.name()).collect()
    }

    /// The configured cap on one document's size.
    pub fn max_document_bytes(&self) -> u64 {
        self.max_document_bytes
    }

    /// Analyses one document and runs every extractor on it.
    ///
    /// Never panics: a panic inside an extractor becomes an error record for this document.
    pub fn process(&self, id: &str, text: String) -> Record {
        if text.len() as u64 > self.max_document_bytes {
            return Record::failed(
                id,
                format!(
                    "document is {} bytes, over the limit of {} bytes (raise `[input] max_document_bytes`)",
                    text.len(),
                    self.max_document_bytes
                ),
            );
        }
        let doc = match Document::new(id, text) {
            Ok(doc) => doc,
            Err(e) => return Record::failed(id, e.to_string()),
        };
        self.process_document(&doc)
    }

    /// Runs every extractor on an analysed document.
    pub fn process_document(&self, doc: &Document) -> Record {
        let mut extractions = Extractions::default();
        for extractor in &self.extractors {
            let run = catch_unwind(AssertUnwindSafe(|| extractor.run(doc, &extractions)));
            let items = match run {
                Ok(items) => items,
                Err(payload) => {
                    let why = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown cause".into());
                    return Record::failed(
                        doc.id(),
                        format!("extractor `{}` failed on this document (a bug; please report it): {why}", extractor.name()),
                    );
                }
            };
            let items = add_char_offsets(doc, &items);
            // Debug builds (and so every test) re-read each span against the input.
            if cfg!(debug_assertions) {
                if let Err(why) = check_spans(doc, &items) {
                    return Record::failed(
                        doc.id(),
                        format!("extractor `{}` produced an invalid span (a bug; please report it): {why}", extractor.name()),
                    );
                }
            }
            let items = RawValue::from_string(items).expect("serde_json output is valid JSON");
            extractions.push(extractor.name(), items);
        }
        Record::Extracted {
            document: doc.id().to_string(),
            extractions,
        }
    }
}

/// Adds `"char_start"` / `"char_end"` after every `"end":N` key of an object that also has a
/// `"start":N` key before it, by one linear scan of the serialized JSON.
///
/// A key can be recognised without parsing: inside JSON strings every `"` is escaped, so an
/// unescaped `"start":` outside a string is always a key.
fn add_char_offsets(doc: &Document, json: &str) -> String {
    let bytes = json.as_bytes();
    let mut out = String::with_capacity(json.len() + json.len() / 4);
    let mut copied = 0;
    // The `start` seen in each open object, innermost last.
    let mut starts: Vec<Option<usize>> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => starts.push(None),
            b'}' => {
                starts.pop();
            }
            b'"' => {
                let close = string_end(bytes, i);
                let key = &json[i + 1..close];
                if (key == "start" || key == "end") && bytes.get(close + 1) == Some(&b':') {
                    let digits_at = close + 2;
                    let digits = bytes[digits_at..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                    if let Ok(n) = json[digits_at..digits_at + digits].parse::<usize>() {
                        let after = digits_at + digits;
                        match (key, starts.last_mut()) {
                            ("start", Some(slot)) => *slot = Some(n),
                            ("end", Some(Some(start))) => {
                                let (start, end) = (*start, n);
                                out.push_str(&json[copied..after]);
                                copied = after;
                                let (cs, ce) = (
                                    doc.char_offset(start.min(doc.text().len())),
                                    doc.char_offset(end.min(doc.text().len())),
                                );
                                out.push_str(&format!(",\"char_start\":{cs},\"char_end\":{ce}"));
                            }
                            _ => {}
                        }
                        i = after;
                        continue;
                    }
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    out.push_str(&json[copied..]);
    out
}

/// The index of the `"` closing the JSON string that opens at `open`.
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Checks every object with `start`/`end`: a span of the document on char boundaries, equal to
/// its `text` when it has one, with the right char offsets.
fn check_spans(doc: &Document, json: &str) -> Result<(), String> {
    fn walk(doc: &Document, value: &Value) -> Result<(), String> {
        match value {
            Value::Array(items) => items.iter().try_for_each(|v| walk(doc, v)),
            Value::Object(map) => {
                let start = map.get("start").and_then(Value::as_u64);
                let end = map.get("end").and_then(Value::as_u64);
                if let (Some(start), Some(end)) = (start, end) {
                    let (start, end) = (start as usize, end as usize);
                    let Some(text) = doc.text().get(start..end) else {
                        return Err(format!("{start}..{end} is not a span of the document"));
                    };
                    if let Some(claimed) = map.get("text").and_then(Value::as_str) {
                        if claimed != text {
                            return Err(format!(
                                "{start}..{end} is {text:?} but the item says {claimed:?}"
                            ));
                        }
                    }
                    let chars = (
                        map.get("char_start").and_then(Value::as_u64),
                        map.get("char_end").and_then(Value::as_u64),
                    );
                    if chars
                        != (
                            Some(doc.char_offset(start) as u64),
                            Some(doc.char_offset(end) as u64),
                        )
                    {
                        return Err(format!("{start}..{end}: char offsets missing or wrong (is `start` serialized before `end`?)"));
                    }
                }
                map.values().try_for_each(|v| walk(doc, v))
            }
            _ => Ok(()),
        }
    }
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    walk(doc, &value)
}

/// Orders `wanted` so every extractor follows what it requires; ties broken by name.
fn dependency_order<'a>(config: &Config, wanted: &[&'a str]) -> Result<Vec<&'a str>, Vec<String>> {
    let requires = |name: &str| {
        config
            .extractors
            .iter()
            .find(|e| e.registration.name == name)
            .map_or(&[][..], |e| e.registration.requires)
    };
    let mut sorted: Vec<&str> = wanted.to_vec();
    sorted.sort_unstable();
    let mut order: Vec<&str> = Vec::new();
    while order.len() < sorted.len() {
        let ready = sorted.iter().find(|n| {
            !order.contains(n)
                && requires(n)
                    .iter()
                    .all(|d| order.contains(d) || !sorted.contains(d))
        });
        match ready {
            Some(n) => order.push(n),
            None => {
                let stuck: Vec<String> = sorted
                    .iter()
                    .filter(|n| !order.contains(n))
                    .map(|n| n.to_string())
                    .collect();
                return Err(stuck);
            }
        }
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_follow_each_end_key() {
        let doc = Document::new("t", "Iván said").unwrap();
        let json = r#"[{"text":"said","start":6,"end":10,"speaker":{"start":0,"end":5,"note":"\"end\":3"}}]"#;
        assert_eq!(
            add_char_offsets(&doc, json),
            r#"[{"text":"said","start":6,"end":10,"char_start":5,"char_end":9,"speaker":{"start":0,"end":5,"char_start":0,"char_end":4,"note":"\"end\":3"}}]"#
        );
    }

    #[test]
    fn span_check_catches_a_wrong_text() {
        let doc = Document::new("t", "Iván said").unwrap();
        let bad = add_char_offsets(&doc, r#"[{"text":"sai","start":6,"end":10}]"#);
        assert!(check_spans(&doc, &bad).unwrap_err().contains("item says"));
        let split = add_char_offsets(&doc, r#"[{"start":3,"end":5}]"#);
        assert!(check_spans(&doc, &split).is_err());
    }
}
