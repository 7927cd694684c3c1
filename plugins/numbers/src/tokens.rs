//! A view of one paragraph's tokens with the small questions every rule asks of them.

use crate::lexicon::LONGEST_WORD;
use lede_core::{Token, TokenKind};

/// The tokens of one paragraph; indexes are document-wide, and anything outside the paragraph
/// reads as absent, so no rule looks across a line break.
pub struct Tokens<'a> {
    text: &'a str,
    /// `text` in ASCII lowercase, made once per document so that no rule lowercases a word.
    lower: &'a str,
    /// The document's tokens up to the end of the paragraph.
    tokens: &'a [Token],
    /// The paragraph's tokens, `tokens[lo..]`, so that one bounds check tests both its ends.
    paragraph: &'a [Token],
    /// First token of the paragraph.
    pub lo: usize,
    /// One past the last token of the paragraph.
    pub hi: usize,
}

impl<'a> Tokens<'a> {
    /// The paragraph `lo..hi` of `tokens`; `lower` is `text` in ASCII lowercase.
    pub fn new(
        text: &'a str,
        lower: &'a str,
        tokens: &'a [Token],
        lo: usize,
        hi: usize,
    ) -> Tokens<'a> {
        debug_assert_eq!(text.len(), lower.len());
        Tokens {
            text,
            lower,
            tokens: &tokens[..hi],
            paragraph: &tokens[lo..hi],
            lo,
            hi,
        }
    }

    /// The token `i`, if it lies in the paragraph.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&'a Token> {
        // An index before the paragraph wraps around to far past its end.
        self.paragraph.get(i.wrapping_sub(self.lo))
    }

    /// The text of token `i`, or "" outside the paragraph.
    #[inline]
    pub fn text(&self, i: usize) -> &'a str {
        self.get(i).map_or("", |t| &self.text[t.start()..t.end()])
    }

    /// The bytes of token `i` as written; none outside the paragraph. Bytes, not a `str`, for
    /// the same reason as [`Tokens::lower`].
    #[inline]
    pub fn bytes(&self, i: usize) -> &'a [u8] {
        self.get(i)
            .map_or(&[], |t| &self.text.as_bytes()[t.start()..t.end()])
    }

    /// The ASCII-lowercased bytes of token `i`; none outside the paragraph and for words longer
    /// than any table's. Letters outside ASCII stay as written: no table holds such a word, so
    /// only the rules that read a word's letters themselves test for them. Bytes, not a `str`,
    /// so that no look-up pays for the checks of slicing a `str` at char boundaries.
    #[inline]
    pub fn lower(&self, i: usize) -> &'a [u8] {
        match self.get(i) {
            Some(t) if t.end() - t.start() <= LONGEST_WORD => {
                &self.lower.as_bytes()[t.start()..t.end()]
            }
            _ => &[],
        }
    }

    /// The ASCII-lowercased bytes of token `i`; none outside the paragraph.
    #[inline]
    fn lower_bytes(&self, i: usize) -> &'a [u8] {
        self.get(i)
            .map_or(&[], |t| &self.lower.as_bytes()[t.start()..t.end()])
    }

    /// Whether token `i` is `word` (given without ASCII capitals), ignoring ASCII case: its
    /// lowercased bytes compared whole, with no per-byte case folding.
    #[inline]
    pub fn is(&self, i: usize, word: &str) -> bool {
        debug_assert!(!word.bytes().any(|b| b.is_ascii_uppercase()), "{word}");
        self.lower_bytes(i) == word.as_bytes()
    }

    /// Whether token `i` is one of `words` (given without ASCII capitals), ignoring ASCII case.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let lower = self.lower_bytes(i);
        words.iter().any(|w| {
            debug_assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w}");
            lower == w.as_bytes()
        })
    }

    /// The kind of token `i`.
    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// Whether token `i` is a number.
    pub fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// Whether token `i` starts with an uppercase letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.is_capitalized())
    }

    /// Whether tokens `a` and `b` touch, with no space between.
    pub fn touch(&self, a: usize, b: usize) -> bool {
        match (self.get(a), self.get(b)) {
            (Some(a), Some(b)) => a.end() == b.start(),
            _ => false,
        }
    }

    /// The input from token `a` to the end of token `b - 1`.
    #[inline]
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.start(a)..self.end(b - 1)]
    }

    /// First byte of token `i`.
    pub fn start(&self, i: usize) -> usize {
        self.tokens[i].start()
    }

    /// One past the last byte of token `i`.
    pub fn end(&self, i: usize) -> usize {
        self.tokens[i].end()
    }

    /// Whether token `i` opens a sentence: first in the paragraph, or after a terminal mark,
    /// a colon or a dash, possibly through opening quotes and brackets.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let mut p = i;
        while p > self.lo && self.is_any(p - 1, &["\"", "“", "‘", "'", "(", "["]) {
            p -= 1;
        }
        p == self.lo || self.is_any(p - 1, &[".", "!", "?", ":", ";", "—", "–", "-", "|"])
    }

    /// Whether the paragraph is written in title case, as headlines are ("Russia Sends 20
    /// Jets"), where a capital says nothing about names.
    pub fn is_title_case(&self) -> bool {
        let mut long_words = 0;
        let mut capitalized = 0;
        for token in self.paragraph {
            if token.kind == TokenKind::Word && token.end() - token.start() >= 4 {
                long_words += 1;
                capitalized += usize::from(token.is_capitalized());
            }
        }
        long_words >= 3 && capitalized * 10 >= long_words * 8
    }
}
