//! Byte spans into the original input.

use crate::swar::{load_padded, HIGH};
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

/// Converts byte offsets to char (Unicode scalar) offsets in O(1) time.
///
/// A char offset is the byte offset less the continuation bytes (`10xxxxxx`) before it. For every
/// 64-byte block the index keeps how many come before the block and a bit mask of those in it, so
/// a lookup is one masked bit count, and none at all when no continuation byte precedes the offset
/// in its block, the usual case in news text. ASCII-only inputs need no table.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    blocks: Vec<Block>,
}

/// One 64-byte block of the input, in one entry so a lookup reads one cache line.
#[derive(Debug, Clone, Copy)]
struct Block {
    /// Continuation bytes before the block.
    continuations_before: usize,
    /// Bit `i` set when byte `i` of the block is a continuation byte.
    continuations: u64,
}

const BLOCK: usize = 64;

impl CharIndex {
    /// Builds the index for `input`.
    pub fn new(input: &str) -> CharIndex {
        if input.is_ascii() {
            return CharIndex::default();
        }
        // Every block, and the one past the end.
        let mut blocks = Vec::with_capacity(input.len().div_ceil(BLOCK) + 1);
        let mut continuations_before = 0;
        for block in input.as_bytes().chunks(BLOCK) {
            let in_block = u64::MAX >> (BLOCK - block.len());
            // Most blocks of news text are ASCII even when the text is not: no mask, no count.
            let continuations = if block.is_ascii() {
                0
            } else {
                !char_start_mask(block) & in_block
            };
            blocks.push(Block {
                continuations_before,
                continuations,
            });
            if continuations != 0 {
                continuations_before += continuations.count_ones() as usize;
            }
        }
        // One entry past the last block, so the offset of the end of the text has a block too.
        blocks.push(Block {
            continuations_before,
            continuations: 0,
        });
        CharIndex { blocks }
    }

    /// The char offset of byte offset `byte` in the indexed input (at most its length).
    pub fn char_offset(&self, byte: usize) -> usize {
        let Some(last) = self.blocks.len().checked_sub(1) else {
            return byte;
        };
        let block = self.blocks[(byte / BLOCK).min(last)];
        let before = block.continuations & ((1u64 << (byte % BLOCK)) - 1);
        // The target has no popcount instruction: skip the software count when it would be 0.
        let in_block = if before == 0 {
            0
        } else {
            before.count_ones() as usize
        };
        byte - block.continuations_before - in_block
    }
}

/// Bit `i` set when byte `i` of `block` (at most 64 bytes) starts a char, that is, is not a
/// continuation byte (`10xxxxxx`); found eight bytes at a time.
fn char_start_mask(block: &[u8]) -> u64 {
    let mut chunks = block.chunks_exact(8);
    let mut mask = 0;
    // Each chunk's flags enter at the top byte and move down as the next come in: a chain the
    // compiler keeps scalar (vectorized, the 64-bit multiplies cost three times as much).
    for chunk in &mut chunks {
        mask = mask >> 8 | char_start_top(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
    }
    let whole = block.len() / 8;
    if whole > 0 {
        mask >>= 64 - 8 * whole;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Zero padding past the end reads as char starts: drop those bits.
        let bits = (char_start_top(load_padded(rest)) >> 56) & ((1 << rest.len()) - 1);
        mask |= bits << (block.len() - rest.len());
    }
    mask
}

/// Eight bytes' char-start flags as the top byte, byte `j`'s as bit `56 + j`.
fn char_start_top(x: u64) -> u64 {
    // Bit 7 of every byte that is not a continuation (bit 7 set and bit 6 clear).
    let starts = !(x & !(x << 1)) & HIGH;
    // One multiply gathers the eight bit-7 flags into the top byte.
    (starts >> 7).wrapping_mul(0x0102_0408_1020_4080) & 0xFF << 56
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_char_start(byte: u8) -> bool {
        (byte as i8) >= -0x40
    }

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
            assert_eq!(index.char_offset(byte), chars);
        }
        assert_eq!(index.char_offset(s.len()), s.chars().count());
    }

    #[test]
    fn end_of_text_on_a_block_boundary() {
        let s = format!("é{}", "a".repeat(BLOCK - 2));
        assert_eq!(s.len(), BLOCK);
        assert_eq!(CharIndex::new(&s).char_offset(BLOCK), BLOCK - 1);
    }

    #[test]
    fn char_start_masks_flag_every_char_start() {
        let s = "aé€𝄞 “Iván” — Zürich, 東京".repeat(3);
        for from in 0..s.len() {
            for to in from..(from + BLOCK).min(s.len()) {
                let bytes = &s.as_bytes()[from..to];
                let expected = bytes
                    .iter()
                    .enumerate()
                    .filter(|&(_, &b)| is_char_start(b))
                    .fold(0u64, |mask, (i, _)| mask | 1 << i);
                assert_eq!(char_start_mask(bytes), expected, "{from}..{to}");
            }
        }
    }

    #[test]
    fn ascii_needs_no_table() {
        let index = CharIndex::new("plain text");
        assert_eq!(index.char_offset(5), 5);
    }
}
