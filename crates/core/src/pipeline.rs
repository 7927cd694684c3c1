//! The pipeline: the enabled extractors in dependency order, run on one document or a batch.

use crate::config::{unknown_name_message, Config, ConfigError, ConfigErrors};
use crate::document::Document;
use crate::extractor::{DynExtractor, Extractions, Items, Output};
use serde::Serialize;
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The output for one input document.
#[derive(Debug, Serialize)]
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

    /// Writes the record as one compact JSON object (as `serde_json` writes it), copying each
    /// extractor's JSON as it is.
    pub fn write_json<W: std::io::Write>(&self, out: &mut W) -> std::io::Result<()> {
        let mut bytes = Vec::new();
        match self {
            Record::Failed { document, error } => {
                write_failed(document, error, &mut bytes);
                out.write_all(&bytes)
            }
            Record::Extracted {
                document,
                extractions,
            } => {
                write_head(document, &mut bytes);
                for (i, (name, items)) in extractions.iter().enumerate() {
                    write_key(i, name, &mut bytes);
                    out.write_all(&bytes)?;
                    out.write_all(items)?;
                    bytes.clear();
                }
                bytes.extend_from_slice(TAIL);
                out.write_all(&bytes)
            }
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
    /// For each extractor, whether one after it requires its items (else they are dropped as
    /// soon as they are written as JSON, which lowers the peak memory of a huge document).
    read_later: Vec<bool>,
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
        let requires = |name: &str| {
            config
                .extractors
                .iter()
                .find(|e| e.registration.name == name)
                .map_or(&[][..], |e| e.registration.requires)
        };
        let order = dependency_order(requires, &wanted).map_err(|cycle| {
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
        let read_later = order
            .iter()
            .enumerate()
            .map(|(i, name)| {
                order[i + 1..]
                    .iter()
                    .any(|later| requires(later).contains(name))
            })
            .collect();
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
            read_later,
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
        match self.analyse(id, text) {
            Ok(doc) => self.process_document(&doc),
            Err(failed) => failed,
        }
    }

    /// [`Pipeline::process`] for many documents at once, records in input order: each extractor
    /// runs over every document (phase by phase, through [`Extractor::extract_batch`]) before the
    /// next one starts, which fetches each extractor's code into the instruction cache once for
    /// the batch rather than once per document.
    ///
    /// [`Extractor::extract_batch`]: crate::Extractor::extract_batch
    pub fn process_batch(&self, documents: Vec<(String, String)>) -> Vec<Record> {
        self.extract_batch(documents)
            .into_iter()
            .map(|state| match state {
                Ok((doc, extractions)) => self.written(&doc, extractions),
                Err(failed) => failed,
            })
            .collect()
    }

    /// [`Pipeline::process_batch`] with each record written into `out` as [`Record::write_json`]
    /// writes it, then `terminator`. Each extractor's items are written once, where they go in
    /// the output, and no record is built. Returns each record's end in `out` and, for a failed
    /// document, its error record.
    pub fn write_batch(
        &self,
        documents: Vec<(String, String)>,
        out: &mut Vec<u8>,
        terminator: &[u8],
    ) -> Vec<(usize, Option<Record>)> {
        self.extract_batch(documents)
            .into_iter()
            .map(|state| {
                let start = out.len();
                let failed = match state {
                    Ok((doc, extractions)) => self.write_extracted(&doc, &extractions, out).err(),
                    Err(failed) => Some(failed),
                };
                if let Some(Record::Failed { document, error }) = &failed {
                    out.truncate(start);
                    write_failed(document, error, out);
                }
                out.extend_from_slice(terminator);
                (out.len(), failed)
            })
            .collect()
    }

    /// Every document analysed, then each extractor run over all of them before the next one
    /// starts (through [`Extractor::extract_batch`], phase by phase where it has phases): news
    /// articles are short, so one document at a time runs through more code than the instruction
    /// cache holds and fetches each extractor's code again for every document; a batch fetches it
    /// once. Items are kept, not yet written.
    ///
    /// [`Extractor::extract_batch`]: crate::Extractor::extract_batch
    fn extract_batch(
        &self,
        documents: Vec<(String, String)>,
    ) -> Vec<Result<(Document, Extractions), Record>> {
        let mut states: Vec<Result<(Document, Extractions), Record>> = documents
            .into_iter()
            .map(|(id, text)| Ok((self.analyse(&id, text)?, Extractions::default())))
            .collect();
        for extractor in &self.extractors {
            let extractor = extractor.as_ref();
            let batch: Vec<(&Document, &Extractions)> = states
                .iter()
                .filter_map(|state| state.as_ref().ok().map(|(doc, e)| (doc, e)))
                .collect();
            let items = catch_unwind(AssertUnwindSafe(|| extractor.extract_batch(&batch)));
            drop(batch);
            match items {
                Ok(items) => {
                    let running = states.iter_mut().filter_map(|state| state.as_mut().ok());
                    for ((_, extractions), items) in running.zip(items) {
                        extractions.push(Output::new(extractor, items));
                    }
                }
                // A panic somewhere in the batch: one document at a time, so that only the
                // documents it panics on fail (its message is printed again for each).
                Err(_) => {
                    for state in &mut states {
                        let Ok((doc, extractions)) = state else {
                            continue;
                        };
                        match extract(extractor, doc, extractions) {
                            Ok(items) => extractions.push(Output::new(extractor, items)),
                            Err(failed) => *state = Err(failed),
                        }
                    }
                }
            }
        }
        states
    }

    /// The record of `doc`, each extractor's items in `extractions` written as JSON.
    fn written(&self, doc: &Document, mut extractions: Extractions) -> Record {
        for (extractor, output) in self.extractors.iter().zip(extractions.outputs_mut()) {
            if let Err(failed) = write(extractor.as_ref(), doc, output, false) {
                return failed;
            }
        }
        extracted(doc, extractions)
    }

    /// Writes the record of `doc` into `out`, or returns the error record of an extractor that
    /// failed to write its items.
    fn write_extracted(
        &self,
        doc: &Document,
        extractions: &Extractions,
        out: &mut Vec<u8>,
    ) -> Result<(), Record> {
        write_head(doc.id(), out);
        for (i, (extractor, output)) in self
            .extractors
            .iter()
            .zip(extractions.outputs())
            .enumerate()
        {
            let extractor = extractor.as_ref();
            write_key(i, extractor.name(), out);
            let items = out.len();
            guarded(extractor, doc, || {
                extractor.write_json(doc, output.items(), out)
            })?;
            checked(extractor, doc, &out[items..])?;
        }
        out.extend_from_slice(TAIL);
        Ok(())
    }

    /// The analysed document, or the record of why it cannot be.
    fn analyse(&self, id: &str, text: String) -> Result<Document, Record> {
        if text.len() as u64 > self.max_document_bytes {
            return Err(Record::failed(
                id,
                format!(
                    "document is {} bytes, over the limit of {} bytes (raise `[input] max_document_bytes`)",
                    text.len(),
                    self.max_document_bytes
                ),
            ));
        }
        Document::new(id, text).map_err(|e| Record::failed(id, e.to_string()))
    }

    /// Runs every extractor on an analysed document, writing each one's items as JSON before the
    /// next runs and dropping them unless a later extractor reads them: a huge document never
    /// holds every extractor's items at once.
    pub fn process_document(&self, doc: &Document) -> Record {
        let mut extractions = Extractions::default();
        for (extractor, &read_later) in self.extractors.iter().zip(&self.read_later) {
            let extractor = extractor.as_ref();
            let mut output = match extract(extractor, doc, &extractions) {
                Ok(items) => Output::new(extractor, items),
                Err(failed) => return failed,
            };
            if let Err(failed) = write(extractor, doc, &mut output, read_later) {
                return failed;
            }
            extractions.push(output);
        }
        extracted(doc, extractions)
    }
}

/// One extractor's items on `doc`, or the error record of its failure.
fn extract(
    extractor: &dyn DynExtractor,
    doc: &Document,
    earlier: &Extractions,
) -> Result<Items, Record> {
    guarded(extractor, doc, || extractor.extract(doc, earlier))
}

/// Writes the items of `output` as JSON (dropping them unless `keep_items`), or returns the error
/// record of a failure to.
fn write(
    extractor: &dyn DynExtractor,
    doc: &Document,
    output: &mut Output,
    keep_items: bool,
) -> Result<(), Record> {
    guarded(extractor, doc, || output.write(extractor, doc, keep_items))?;
    checked(extractor, doc, output.json())
}

/// The error record of `json`, items `extractor` wrote, when a span in it is invalid; debug
/// builds, and so every test, re-read each span against the input.
fn checked(extractor: &dyn DynExtractor, doc: &Document, json: &[u8]) -> Result<(), Record> {
    if cfg!(debug_assertions) {
        check_spans(doc, json)
            .map_err(|why| failure(extractor, doc, "produced an invalid span", why))?;
    }
    Ok(())
}

/// What `step` of `extractor` returns, or the error record of its panic.
fn guarded<T>(
    extractor: &dyn DynExtractor,
    doc: &Document,
    step: impl FnOnce() -> T,
) -> Result<T, Record> {
    catch_unwind(AssertUnwindSafe(step)).map_err(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".into());
        failure(extractor, doc, "failed on this document", why)
    })
}

/// The error record of a bug in `extractor`.
fn failure(extractor: &dyn DynExtractor, doc: &Document, what: &str, why: String) -> Record {
    Record::failed(
        doc.id(),
        format!(
            "extractor `{}` {what} (a bug; please report it): {why}",
            extractor.name()
        ),
    )
}

/// The record of a document every extractor ran on.
fn extracted(doc: &Document, mut extractions: Extractions) -> Record {
    extractions.keep_json_only();
    Record::Extracted {
        document: doc.id().to_string(),
        extractions,
    }
}

/// `{"document":ID,"extractions":{`, the start of an extracted record.
fn write_head(document: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"document\":");
    crate::json::string(out, document);
    out.extend_from_slice(b",\"extractions\":{");
}

/// `"NAME":` before the items of the extractor at `index` in the record (with a comma after the
/// first).
fn write_key(index: usize, name: &str, out: &mut Vec<u8>) {
    if index > 0 {
        out.push(b',');
    }
    crate::json::string(out, name);
    out.push(b':');
}

/// The end of an extracted record.
const TAIL: &[u8] = b"}}";

/// A failed record: `{"document":ID,"error":WHY}`.
fn write_failed(document: &str, error: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"document\":");
    crate::json::string(out, document);
    out.extend_from_slice(b",\"error\":");
    crate::json::string(out, error);
    out.push(b'}');
}

/// Checks every object with `start`/`end`: a span of the document on char boundaries, equal to
/// its `text` when it has one, with the right char offsets.
fn check_spans(doc: &Document, json: &[u8]) -> Result<(), String> {
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
    let value: Value = serde_json::from_slice(json).map_err(|e| e.to_string())?;
    walk(doc, &value)
}

/// Orders `wanted` so every extractor follows what it requires; ties broken by name.
fn dependency_order<'a>(
    requires: impl Fn(&str) -> &'static [&'static str],
    wanted: &[&'a str],
) -> Result<Vec<&'a str>, Vec<String>> {
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
    use crate::extractor::{Extractor, Registration};

    #[test]
    fn span_check_catches_a_wrong_text() {
        let doc = Document::new("t", "Iván said").unwrap();
        let bad = r#"[{"text":"sai","start":6,"end":10,"char_start":5,"char_end":9}]"#;
        assert!(check_spans(&doc, bad.as_bytes())
            .unwrap_err()
            .contains("item says"));
        let split = r#"[{"start":3,"end":5,"char_start":3,"char_end":4}]"#;
        assert!(check_spans(&doc, split.as_bytes()).is_err());
        let good = r#"[{"text":"said","start":6,"end":10,"char_start":5,"char_end":9}]"#;
        assert_eq!(check_spans(&doc, good.as_bytes()), Ok(()));
    }

    #[derive(Default, Serialize, serde::Deserialize)]
    struct NoOptions {}

    /// An item that panics when it is written.
    struct Unwritable;

    impl Serialize for Unwritable {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            panic!("boom on purpose, writing")
        }
    }

    /// Fails on documents that say "boom": panics extracting from them or, with `IN_OUTPUT`,
    /// returns an item that panics when written. With `MISCOUNT`, its batch method leaves out the
    /// last document's items.
    struct Panicker<const IN_OUTPUT: bool, const MISCOUNT: bool>;

    impl<const IN_OUTPUT: bool, const MISCOUNT: bool> Extractor for Panicker<IN_OUTPUT, MISCOUNT> {
        const NAME: &'static str = "panicker";
        const DESCRIPTION: &'static str = "fails on purpose";
        type Options = NoOptions;
        type Item = Unwritable;

        fn new(_: NoOptions) -> Result<Self, String> {
            Ok(Panicker)
        }

        fn extract(&self, doc: &Document, _: &Extractions) -> Vec<Unwritable> {
            let boom = doc.text().contains("boom");
            assert!(IN_OUTPUT || !boom, "boom on purpose");
            if boom {
                vec![Unwritable]
            } else {
                Vec::new()
            }
        }

        fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Vec<Unwritable>> {
            let mut items: Vec<_> = batch.iter().map(|(doc, e)| self.extract(doc, e)).collect();
            if MISCOUNT {
                items.pop();
            }
            items
        }
    }

    /// A pipeline of `E` alone, for documents of up to 1000 bytes.
    fn pipeline_of<E: Extractor>() -> Pipeline {
        let build = Registration::of::<E>("tests").build;
        Pipeline {
            extractors: vec![build(toml::Table::new()).expect("builds")],
            read_later: vec![false],
            max_document_bytes: 1000,
        }
    }

    fn json_of(record: &Record) -> String {
        let mut json = Vec::new();
        record.write_json(&mut json).unwrap();
        String::from_utf8(json).unwrap()
    }

    #[test]
    fn a_panicking_extractor_fails_only_the_documents_it_panics_on() {
        let documents: Vec<(String, String)> = [
            ("fine.txt", "Fine text.".to_string()),
            ("doc.txt", "Any text, boom.".to_string()),
            ("big.txt", "x".repeat(1001)),
            ("also.txt", "More text.".to_string()),
        ]
        .into_iter()
        .map(|(id, text)| (id.to_string(), text))
        .collect();
        let pipelines = [
            pipeline_of::<Panicker<false, false>>(),
            pipeline_of::<Panicker<true, false>>(),
            pipeline_of::<Panicker<false, true>>(),
            pipeline_of::<Panicker<true, true>>(),
        ];
        for pipeline in pipelines {
            let records = pipeline.process_batch(documents.clone());
            assert_eq!(
                json_of(&records[0]),
                r#"{"document":"fine.txt","extractions":{"panicker":[]}}"#
            );
            assert_eq!(records[3].error(), None);
            assert_eq!(records[1].document(), "doc.txt");
            let error = records[1].error().expect("an error record");
            assert!(
                error.contains("extractor `panicker` failed") && error.contains("boom on purpose"),
                "{error}"
            );
            assert!(records[2]
                .error()
                .unwrap()
                .contains("over the limit of 1000 bytes"));
            // One at a time, the same records.
            for ((id, text), record) in documents.iter().zip(&records) {
                let alone = pipeline.process(id, text.clone());
                assert_eq!(json_of(&alone), json_of(record));
            }
            // Written straight into a buffer: the same records, nothing of the failed
            // document's partial output, and the ends and failures of each.
            let mut out = b"before\n".to_vec();
            let written = pipeline.write_batch(documents.clone(), &mut out, b"\n");
            let mut expected = "before\n".to_string();
            for ((end, failed), record) in written.iter().zip(&records) {
                expected += &(json_of(record) + "\n");
                assert_eq!(*end, expected.len());
                assert_eq!(failed.as_ref().and_then(Record::error), record.error());
            }
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
    }

    #[test]
    fn dependencies_run_first_and_cycles_are_reported() {
        let requires = |name: &str| -> &'static [&'static str] {
            match name {
                "quotes" => &["people"],
                "a" => &["b"],
                "b" => &["a"],
                _ => &[],
            }
        };
        assert_eq!(
            dependency_order(requires, &["quotes", "people", "numbers"]),
            Ok(vec!["numbers", "people", "quotes"])
        );
        assert_eq!(
            dependency_order(requires, &["a", "b", "numbers"]),
            Err(vec!["a".to_string(), "b".to_string()])
        );
    }
}
