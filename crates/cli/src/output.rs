//! Writers for the three output formats; each writes record by record, never holding the corpus.

use crate::args::Format;
use lede_core::Record;
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

    /// Writes one record.
    pub fn write(&mut self, record: &Record) -> std::io::Result<()> {
        match self.format {
            Format::Jsonl => {
                record.write_json(&mut self.out)?;
                self.out.write_all(b"\n")?;
            }
            Format::Json => {
                self.out
                    .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut self.out, record)?;
            }
            Format::Pretty => pretty(&mut self.out, record)?,
        }
        self.written += 1;
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
