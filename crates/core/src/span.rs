//! Byte spans into the original input.

use crate::swar::{count_flags, HIGH};
use serde::Serialize;

/// A half-open range of UTF-8 byte offsets `start..end` into a document's original input.
///
/// Spans are only built through [`Span::new`] (or from the tokenizer), which checks that both ends
/// lie on char boundaries, so `&input[span.start..span.end]` never panics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span of `input`, or `None` when it is reversed, out of bounds or splits a character.
    pub fn new(input: &str, start: usize, end: usize) -> Option<Span> {
        (start <= end && input.is_char_boundary(start) && input.is_char_boundary(end))
            .then_some(Span { start, end })
    }

    /// A span whose ends the caller knows to be char boundaries (checked in debug builds).
    pub(crate) fn trusted(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Converts byte offsets to char (Unicode scalar) offsets in O(1) amortised time.
///
/// Keeps the number of chars before every 64-byte block, so a lookup counts at most 63 bytes.
/// ASCII-only inputs need no table at all.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    chars_before_block: Vec<u32>,
}

const BLOCK: usize = 64;

fn is_char_start(byte: u8) -> bool {
    (byte as i8) >= -0x40
}

impl CharIndex {
    /// Builds the index for `input`.
    pub fn new(input: &str) -> CharIndex {
        if input.is_ascii() {
            return CharIndex::default();
        }
        let mut chars_before_block = Vec::with_capacity(input.len() / BLOCK + 1);
        let mut count = 0u32;
        for block in input.as_bytes().chunks(BLOCK) {
            chars_before_block.push(count);
            count += char_starts(block) as u32;
        }
        // One entry past the last block, so the offset of the end of the text has a block too.
        chars_before_block.push(count);
        CharIndex { chars_before_block }
    }

    /// The char offset of byte offset `byte` in `input` (which must be the indexed input).
    pub fn char_offset(&self, input: &str, byte: usize) -> usize {
        if self.chars_before_block.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let block = block.min(self.chars_before_block.len() - 1);
        let base = self.chars_before_block[block] as usize;
        let from = (block * BLOCK).min(input.len());
        let to = byte.min(input.len());
        base + char_starts(&input.as_bytes()[from..to])
    }
}

/// How many chars start in `bytes`: its length less its continuation bytes (`10xxxxxx`), counted
/// eight bytes at a time.
fn char_starts(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Bit 7 set and bit 6 clear.
        continuations += count_flags(x & !(x << 1) & HIGH) as usize;
    }
    let rest = chunks.remainder();
    continuations += rest.iter().filter(|&&b| !is_char_start(b)).count();
    bytes.len() - continuations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_rejects_a_span_inside_a_character() {
        let s = "Chávez";
        assert!(Span::new(s, 0, 3).is_none());
        assert_eq!(Span::new(s, 0, 4), Some(Span { start: 0, end: 4 }));
        assert!(Span::new(s, 5, 4).is_none());
        assert!(Span::new(s, 0, 99).is_none());
    }

    #[test]
    fn char_offsets_count_scalars_not_bytes() {
        let s = "Iván Gil — “Yes”".repeat(40);
        let index = CharIndex::new(&s);
        for (chars, (byte, _)) in s.char_indices().enumerate() {
            assert_eq!(index.char_offset(&s, byte), chars);
        }
        assert_eq!(index.char_offset(&s, s.len()), s.chars().count());
    }

    #[test]
    fn end_of_text_on_a_block_boundary() {
        let s = format!("é{}", "a".repeat(BLOCK - 2));
        assert_eq!(s.len(), BLOCK);
        assert_eq!(CharIndex::new(&s).char_offset(&s, BLOCK), BLOCK - 1);
    }

    #[test]
    fn char_starts_counts_scalars_in_any_slice() {
        let s = "aé€𝄞 “Iván” — Zürich, 東京".repeat(3);
        for from in 0..s.len() {
            for to in from..=s.len() {
                let bytes = &s.as_bytes()[from..to];
                let expected = bytes.iter().filter(|&&b| is_char_start(b)).count();
                assert_eq!(char_starts(bytes), expected, "{from}..{to}");
            }
        }
    }

    #[test]
    fn ascii_needs_no_table() {
        let index = CharIndex::new("plain text");
        assert_eq!(index.char_offset("plain text", 5), 5);
    }
}
