//! Writers for the three output formats; each writes record by record, never holding the corpus.

use crate::args::Format;
use lede_core::{Pipeline, Record};
use serde_json::Value;
use std::io::Write;

/// Writes records in one format.
pub struct Writer<W: Write> {
    format: Format,
    out: W,
    written: usize,
}

impl<W: Write> Writer<W> {
    /// A writer of `format` to `out`.
    pub fn new(format: Format, out: W) -> Self {
        Writer {
            format,
            out,
            written: 0,
        }
    }

    /// Writes records a worker encoded, in their order.
    pub fn write(&mut self, encoded: &Encoded) -> std::io::Result<()> {
        if self.format == Format::Json {
            let mut start = 0;
            for &(end, _) in &encoded.records {
                self.separate()?;
                self.out.write_all(&encoded.bytes[start..end])?;
                self.written += 1;
                start = end;
            }
        } else {
            self.out.write_all(&encoded.bytes)?;
            self.written += encoded.records.len();
        }
        for record in &encoded.kept {
            self.separate()?;
            encode(self.format, record, &mut self.out)?;
            self.written += 1;
        }
        Ok(())
    }

    /// Opens the JSON array, or separates the next record from the last (JSON format only).
    fn separate(&mut self) -> std::io::Result<()> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        Ok(())
    }

    /// Closes the output (the JSON array) and flushes.
    pub fn finish(mut self) -> std::io::Result<()> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}

/// Writes `record` in `format`, without the separators of a JSON array.
fn encode(format: Format, record: &Record, out: &mut impl Write) -> std::io::Result<()> {
    match format {
        Format::Jsonl => {
            record.write_json(out)?;
            out.write_all(b"\n")
        }
        Format::Json => record.write_json(out),
        Format::Pretty => pretty(out, record),
    }
}

/// Records encoded in the output format by the worker that made them, so that the writer only
/// copies bytes and every allocation of a call is freed by the thread that made it (a free from
/// another thread costs more, and leaves the memory unreused for longer).
pub struct Encoded {
    format: Format,
    bytes: Vec<u8>,
    /// Each record's end in `bytes`, with its error record when the document failed.
    records: Vec<(usize, Option<Record>)>,
    /// Records left for the writer to encode straight into the output, written after those: a
    /// large document's, whose encoded copy would double its peak memory (a pipeline call's
    /// records are all encoded, or all kept).
    kept: Vec<Record>,
}

impl Encoded {
    /// Records to be encoded in `format` into `buffer` (emptied first), with room for `bytes`.
    pub fn new(format: Format, mut buffer: Vec<u8>, bytes: usize) -> Self {
        buffer.clear();
        buffer.reserve_exact(bytes);
        Encoded {
            format,
            bytes: buffer,
            records: Vec::new(),
            kept: Vec::new(),
        }
    }

    /// The buffer, to be reused by [`Encoded::new`].
    pub fn into_buffer(self) -> Vec<u8> {
        self.bytes
    }

    /// Runs `pipeline` on `documents` and appends their records, encoded.
    pub fn process(
        &mut self,
        pipeline: &Pipeline,
        documents: Vec<(String, String)>,
    ) -> std::io::Result<()> {
        let terminator: &[u8] = match self.format {
            Format::Jsonl => b"\n",
            // JSON records are separated by the writer; the pretty view reads whole records.
            Format::Json => b"",
            Format::Pretty => return self.extend(pipeline.process_batch(documents)),
        };
        let records = pipeline.write_batch(documents, &mut self.bytes, terminator);
        self.records.extend(records);
        Ok(())
    }

    /// Appends `records`, encoded.
    pub fn extend(&mut self, records: Vec<Record>) -> std::io::Result<()> {
        for record in records {
            encode(self.format, &record, &mut self.bytes)?;
            let failure = record.error().is_some().then_some(record);
            self.records.push((self.bytes.len(), failure));
        }
        Ok(())
    }

    /// Appends `records` as they are, for the writer to encode.
    pub fn keep(&mut self, records: Vec<Record>) {
        self.kept.extend(records);
    }

    /// The bytes of every encoded record.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// The document and error of each failed record, in order.
    pub fn failures(&self) -> impl Iterator<Item = (&str, &str)> {
        let encoded = self
            .records
            .iter()
            .filter_map(|(_, failure)| failure.as_ref());
        encoded
            .chain(&self.kept)
            .filter_map(|record| record.error().map(|error| (record.document(), error)))
    }
}

/// Fields the pretty view leaves out: offsets are in the JSON, evidence is for debugging.
const QUIET: &[&str] = &[
    "start",
    "end",
    "char_start",
    "char_end",
    "text",
    "name",
    "key",
    "mentions",
    "evidence",
];

fn pretty(out: &mut impl Write, record: &Record) -> std::io::Result<()> {
    match record {
        Record::Failed { document, error } => writeln!(out, "── {document}\n  error: {error}\n"),
        Record::Extracted {
            document,
            extractions,
        } => {
            writeln!(out, "── {document}")?;
            for (name, items) in extractions.iter() {
                let items: Vec<Value> = serde_json::from_slice(items).unwrap_or_default();
                writeln!(out, "  {name} ({})", items.len())?;
                for item in &items {
                    writeln!(out, "    {}", summary(item))?;
                }
            }
            writeln!(out)
        }
    }
}

fn summary(item: &Value) -> String {
    let label = item
        .get("name")
        .or_else(|| item.get("text"))
        .and_then(Value::as_str)
        .unwrap_or("?");
    let mut line = format!("{label:?}");
    if let Some(m) = item.get("mentions").and_then(Value::as_array) {
        line.push_str(&format!(" ×{}", m.len()));
    }
    if let Some(map) = item.as_object() {
        for (k, v) in map
            .iter()
            .filter(|(k, v)| !QUIET.contains(&k.as_str()) && !v.is_null())
        {
            let shown = match v {
                Value::Object(o) => o
                    .get("name")
                    .map_or_else(|| v.to_string(), Value::to_string),
                Value::Array(a) if a.is_empty() => continue,
                _ => v.to_string(),
            };
            line.push_str(&format!("  {k}={shown}"));
        }
    }
    line
}
