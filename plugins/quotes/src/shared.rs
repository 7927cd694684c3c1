//! The strings of a document's items as ranges of one buffer they share: the document's text,
//! then the names it does not spell out (a person's canonical name). An item's four strings
//! then cost no allocation of their own.

use lede_core::{Document, Span};
use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// A string of an item: a range of the buffer the items of one document share.
#[derive(Clone)]
pub struct SharedStr {
    buffer: Arc<String>,
    start: u32,
    end: u32,
}

impl SharedStr {
    /// The string.
    pub fn as_str(&self) -> &str {
        &self.buffer[self.start as usize..self.end as usize]
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Where a string lies in the buffer being built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    start: u32,
    end: u32,
}

/// The buffer of one document's item strings, while its items are found.
pub struct Strings<'d> {
    text: &'d str,
    /// Strings the text does not hold, placed after it.
    extra: String,
    /// The last string copied (its address and length) and where the copy is: a speaker named
    /// again is not copied again.
    last_copy: Option<(usize, usize, Piece)>,
}

/// Room for the strings a document's items usually copy (a few names), taken at the first.
const EXTRA_CAPACITY: usize = 128;

impl<'d> Strings<'d> {
    /// An empty buffer over the text of `doc`.
    pub fn new(doc: &'d Document) -> Strings<'d> {
        Strings {
            text: doc.text(),
            extra: String::new(),
            last_copy: None,
        }
    }

    /// The text at `span` of the document.
    pub fn span(&self, span: Span) -> Piece {
        Piece {
            start: span.start as u32,
            end: span.end as u32,
        }
    }

    /// `s`: the range of the document's text it is a slice of (known by its address), or a
    /// copy placed after the text. `s` lives as long as the buffer, so no other string can take
    /// its address while the buffer remembers it.
    pub fn piece(&mut self, s: &'d str) -> Piece {
        let offset = (s.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if offset <= self.text.len() && s.len() <= self.text.len() - offset {
            return Piece {
                start: offset as u32,
                end: (offset + s.len()) as u32,
            };
        }
        let address = s.as_ptr() as usize;
        if let Some((_, _, piece)) = self
            .last_copy
            .filter(|&(last, len, _)| last == address && len == s.len())
        {
            return piece;
        }
        if self.extra.is_empty() {
            self.extra.reserve(EXTRA_CAPACITY);
        }
        let start = self.text.len() + self.extra.len();
        self.extra.push_str(s);
        let piece = Piece {
            start: start as u32,
            end: (start + s.len()) as u32,
        };
        self.last_copy = Some((address, s.len(), piece));
        piece
    }

    /// The finished buffer, for [`Shared::get`].
    pub fn finish(self) -> Shared {
        let mut buffer = String::with_capacity(self.text.len() + self.extra.len());
        buffer.push_str(self.text);
        buffer.push_str(&self.extra);
        Shared(Arc::new(buffer))
    }
}

/// The finished buffer of one document's item strings.
pub struct Shared(Arc<String>);

impl Shared {
    /// The string at `piece`.
    pub fn get(&self, piece: Piece) -> SharedStr {
        SharedStr {
            buffer: Arc::clone(&self.0),
            start: piece.start,
            end: piece.end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_of_the_text_are_ranges_and_other_strings_are_copied_after_it() {
        let doc = Document::new("t", "Ole Eriksen said so.").unwrap();
        let mut strings = Strings::new(&doc);
        let said = strings.piece(&doc.text()[12..16]);
        let whole = strings.piece(doc.text());
        let empty_at_end = strings.piece(&doc.text()[20..]);
        let canonical = String::from("Ole Eriksen");
        let name = strings.piece(&canonical);
        assert_eq!(strings.piece(&canonical), name, "copied once");
        let span = strings.span(Span { start: 0, end: 3 });
        assert_eq!(said, Piece { start: 12, end: 16 });
        assert_eq!(name, Piece { start: 20, end: 31 });
        let shared = strings.finish();
        let texts = [said, whole, empty_at_end, name, span].map(|p| shared.get(p));
        assert_eq!(
            texts,
            ["said", "Ole Eriksen said so.", "", "Ole Eriksen", "Ole"]
        );
        assert_eq!(format!("{:?}", texts[0]), "\"said\"");
    }
}
