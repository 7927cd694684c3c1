//! The analysed document every extractor reads: text, paragraphs, sentences and tokens.

use crate::span::{CharIndex, Span};
use crate::token::{tokenize_marked, Marks, Token, TokenKind};
use crate::token_set::TokenSet;
use std::ops::Range;

/// A paragraph: one non-empty line of the input (news feeds put a paragraph on a line, and a
/// headline or a byline is a line of its own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The line without surrounding whitespace.
    pub span: Span,
    /// Indexes into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Indexes into [`Document::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence: never crosses a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From the first token's start to the last token's end.
    pub span: Span,
    /// Indexes into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// Why a document could not be analysed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    /// Token offsets are 32-bit; a document must stay below 4 GiB.
    #[error("document is {0} bytes; the largest lede can analyse is 4294967295 bytes")]
    TooLarge(usize),
}

/// One input document, analysed once and shared read-only by all extractors.
#[derive(Debug, Clone)]
pub struct Document {
    id: String,
    text: String,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    paragraphs: Vec<Paragraph>,
    chars: CharIndex,
    capitals: TokenSet,
}

impl Document {
    /// Analyses `text`; `id` is the path or identifier reported in the output.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Result<Document, DocumentError> {
        let text = text.into();
        if text.len() > u32::MAX as usize {
            return Err(DocumentError::TooLarge(text.len()));
        }
        let (tokens, marks) = tokenize_marked(&text);
        let (paragraphs, sentences) = segment(&text, &tokens, &marks);
        let chars = CharIndex::new(&text);
        let capitals = TokenSet::capitalized_words(&tokens);
        Ok(Document {
            id: id.into(),
            text,
            tokens,
            sentences,
            paragraphs,
            chars,
            capitals,
        })
    }

    /// The path or identifier of the document.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The original input, byte for byte.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// All tokens in input order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// All sentences in input order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// All paragraphs in input order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// The words in Title, Upper or Mixed case, to skip to the next one.
    pub fn capitalized_words(&self) -> &TokenSet {
        &self.capitals
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text[t.start()..t.end()]
    }

    /// The text of a span of this document.
    pub fn span_text(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The char (Unicode scalar) offset of a byte offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.chars.char_offset(byte)
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= token)
            .min(self.sentences.len().saturating_sub(1))
    }

    /// The index of the paragraph holding token `i`.
    pub fn paragraph_of(&self, token: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.tokens.end <= token)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// The index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < offset)
    }
}

const CLOSERS: &[&str] = &["\"", "”", "’", "'", ")", "]", "»"];
const OPENERS: &[&str] = &["\"", "“", "‘", "'", "(", "[", "«"];

/// Splits the token stream into paragraphs (lines) and sentences, from the tokenizer's marks of
/// line ends and sentence-ending punctuation.
// Out of line: called once per document, and inlined it disturbs the tokenizer's registers.
#[inline(never)]
fn segment(text: &str, tokens: &[Token], marks: &Marks) -> (Vec<Paragraph>, Vec<Sentence>) {
    // Sized once for the most there can be, so they never grow: a paragraph ends at each line
    // end and at the end of the text, a sentence at those and at each terminal.
    let mut paragraphs = Vec::with_capacity(marks.line_ends.len() + 1);
    let mut sentences = Vec::with_capacity(marks.line_ends.len() + marks.terminals.len() + 1);
    let mut terminals = marks.terminals.iter().map(|&t| t as usize).peekable();
    let mut first = 0;
    let line_ends = marks.line_ends.iter().map(|&t| t as usize);
    // A line's tokens run from the previous line's end to its own; a blank line has none.
    for line_end in line_ends.chain(std::iter::once(tokens.len())) {
        if line_end == first {
            continue;
        }
        let first_sentence = sentences.len();
        let mut sentence_start = first;
        let mut t = first;
        while let Some(terminal) = terminals.next_if(|&terminal| terminal < line_end) {
            // A terminal among the closing marks of the one before is part of its break.
            if terminal < t {
                continue;
            }
            let (end, starts_new) = sentence_break(text, tokens, terminal, line_end);
            if starts_new {
                push_sentence(tokens, sentence_start..end, &mut sentences);
                sentence_start = end;
            }
            t = end;
        }
        if sentence_start < line_end {
            push_sentence(tokens, sentence_start..line_end, &mut sentences);
        }
        // Tokens cover every character that is not `is_space`, so the line without its
        // surrounding whitespace runs from its first token's start to its last token's end.
        paragraphs.push(Paragraph {
            span: Span::trusted(tokens[first].start(), tokens[line_end - 1].end()),
            tokens: first..line_end,
            sentences: first_sentence..sentences.len(),
        });
        first = line_end;
    }
    (paragraphs, sentences)
}

/// For the terminal token `terminal` of a line whose tokens end at index `line_end`: the index
/// just past it and the closing marks glued to it, and whether a new sentence starts there.
fn sentence_break(text: &str, tokens: &[Token], terminal: usize, line_end: usize) -> (usize, bool) {
    let tok = |i: usize| &text[tokens[i].start()..tokens[i].end()];
    let mut end = terminal + 1;
    // Closing marks glued to the terminal belong to the sentence it ends. A glued token is on
    // the same line: tokens never hold a newline.
    while end < tokens.len()
        && tokens[end].start() == tokens[end - 1].end()
        && CLOSERS.contains(&tok(end))
    {
        end += 1;
    }
    let starts_new = end < line_end && {
        let next = &tokens[end];
        next.start() > tokens[end - 1].end()
            && (next.is_capitalized()
                || next.kind == TokenKind::Number
                || OPENERS.contains(&tok(end)))
    };
    (end, starts_new)
}

fn push_sentence(tokens: &[Token], range: Range<usize>, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span::trusted(tokens[range.start].start(), tokens[range.end - 1].end()),
        tokens: range,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let doc = Document::new("t", text).unwrap();
        doc.sentences()
            .iter()
            .map(|s| doc.span_text(s.span).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences(
                "He left on Oct. 21 with U.S. forces aboard the Gerald R. Ford. Then he slept."
            ),
            [
                "He left on Oct. 21 with U.S. forces aboard the Gerald R. Ford.",
                "Then he slept."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\"We will win.\" She smiled. “Yes?” he asked."),
            ["\"We will win.\"", "She smiled.", "“Yes?” he asked."]
        );
    }

    #[test]
    fn lines_are_paragraphs_and_headlines_end_sentences() {
        let doc = Document::new(
            "t",
            "Moscow backs Caracas\r\n\r\nLISBON, March 3 — Talks began. More followed.\n",
        )
        .unwrap();
        assert_eq!(doc.paragraphs().len(), 2);
        assert_eq!(doc.sentences().len(), 3);
        assert_eq!(
            doc.span_text(doc.paragraphs()[0].span),
            "Moscow backs Caracas"
        );
        assert_eq!(doc.sentence_of(0), 0);
        assert_eq!(doc.sentence_of(doc.tokens().len() - 1), 2);
    }

    #[test]
    fn paragraph_spans_drop_odd_whitespace() {
        let doc =
            Document::new("t", "\u{FEFF} \u{00A0}Moscow said.\u{2003}\t\u{200B}\r\n").unwrap();
        assert_eq!(doc.span_text(doc.paragraphs()[0].span), "Moscow said.");
    }

    #[test]
    fn empty_and_blank_documents_have_no_structure() {
        for text in ["", "   \n\r\n\u{FEFF}"] {
            let doc = Document::new("t", text).unwrap();
            assert!(
                doc.tokens().is_empty()
                    && doc.sentences().is_empty()
                    && doc.paragraphs().is_empty()
            );
        }
    }
}
