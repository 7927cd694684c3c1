//! Adds char offsets to every byte span while items are serialized, in the same pass.
//!
//! Extractors emit spans as `start`/`end` byte offsets. This `serde_json` formatter watches the
//! keys it writes: after the value of an `end` key in an object that had a `start` key before
//! it, it writes `"char_start"` and `"char_end"` too. No second pass over the JSON is needed.

use crate::document::Document;
use serde_json::ser::{CompactFormatter, Formatter};
use std::io::{self, Write};

/// The keys that matter, recognised while they are written (no key is buffered).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    /// Nothing of the key written yet.
    Empty,
    Start,
    End,
    Other,
}

/// The JSON formatter that adds char offsets beside byte offsets.
pub(crate) struct CharOffsets<'d> {
    doc: &'d Document,
    /// The `start` value seen in each open object, innermost last.
    starts: Vec<Option<u64>>,
    /// Which key the value being written belongs to.
    key: Key,
    in_key: bool,
    /// The value just written for an `end` key.
    end: Option<u64>,
}

impl<'d> CharOffsets<'d> {
    pub(crate) fn new(doc: &'d Document) -> Self {
        CharOffsets {
            doc,
            starts: Vec::new(),
            key: Key::Empty,
            in_key: false,
            end: None,
        }
    }

    fn saw_number(&mut self, value: u64) {
        if self.in_key {
            return;
        }
        match self.key {
            Key::Start => {
                if let Some(slot) = self.starts.last_mut() {
                    *slot = Some(value);
                }
            }
            Key::End => self.end = Some(value),
            Key::Empty | Key::Other => {}
        }
    }

    fn char_offset(&self, byte: u64) -> u64 {
        self.doc
            .char_offset((byte as usize).min(self.doc.text().len())) as u64
    }
}

impl Formatter for CharOffsets<'_> {
    fn write_u64<W: ?Sized + Write>(&mut self, writer: &mut W, value: u64) -> io::Result<()> {
        self.saw_number(value);
        CompactFormatter.write_u64(writer, value)
    }

    fn write_u32<W: ?Sized + Write>(&mut self, writer: &mut W, value: u32) -> io::Result<()> {
        self.saw_number(value.into());
        CompactFormatter.write_u32(writer, value)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.starts.push(None);
        CompactFormatter.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.starts.pop();
        CompactFormatter.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.in_key = true;
        self.key = Key::Empty;
        CompactFormatter.begin_object_key(writer, first)
    }

    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if self.in_key {
            // A key written in several fragments had an escape: never "start" or "end".
            self.key = match (self.key, fragment) {
                (Key::Empty, "start") => Key::Start,
                (Key::Empty, "end") => Key::End,
                _ => Key::Other,
            };
        }
        CompactFormatter.write_string_fragment(writer, fragment)
    }

    fn write_char_escape<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        escape: serde_json::ser::CharEscape,
    ) -> io::Result<()> {
        if self.in_key {
            self.key = Key::Other;
        }
        CompactFormatter.write_char_escape(writer, escape)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.in_key = false;
        self.end = None;
        CompactFormatter.end_object_key(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        CompactFormatter.end_object_value(writer)?;
        if let (Some(end), Some(Some(start))) = (self.end.take(), self.starts.last().copied()) {
            let (char_start, char_end) = (self.char_offset(start), self.char_offset(end));
            writer.write_all(b",\"char_start\":")?;
            CompactFormatter.write_u64(writer, char_start)?;
            writer.write_all(b",\"char_end\":")?;
            CompactFormatter.write_u64(writer, char_end)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    struct Speaker {
        start: usize,
        end: usize,
        note: &'static str,
    }

    #[derive(Serialize)]
    struct Quote {
        text: &'static str,
        start: usize,
        end: usize,
        speaker: Speaker,
        count: u32,
    }

    #[test]
    fn char_offsets_follow_each_end_key() {
        let doc = Document::new("t", "Iván said").unwrap();
        let quote = Quote {
            text: "said",
            start: 6,
            end: 10,
            speaker: Speaker {
                start: 0,
                end: 5,
                note: "\"end\":3",
            },
            count: 7,
        };
        let mut json = Vec::new();
        quote
            .serialize(&mut serde_json::Serializer::with_formatter(
                &mut json,
                CharOffsets::new(&doc),
            ))
            .unwrap();
        assert_eq!(
            String::from_utf8(json).unwrap(),
            r#"{"text":"said","start":6,"end":10,"char_start":5,"char_end":9,"speaker":{"start":0,"end":5,"char_start":0,"char_end":4,"note":"\"end\":3"},"count":7}"#
        );
    }
}
