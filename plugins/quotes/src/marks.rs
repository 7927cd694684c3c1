//! Finding quotations: classifying quote-mark tokens and pairing them, one paragraph at a time.
//!
//! Each mark is looked at once and the open marks sit on a small stack, so pairing is linear in
//! the number of tokens whatever the marks are. Marks never pair across paragraphs; an opening mark
//! left unclosed at the end of its paragraph quotes the rest of that paragraph only when it opens
//! the paragraph, follows a colon, or the next paragraph opens with a mark (the news convention
//! for a quotation continued over several paragraphs); otherwise it is ignored.

use crate::phrase::bytes;
use crate::walk;
use lede_core::token::is_space;
use lede_core::{Document, Span, Token, TokenKind};

/// Double marks (" “ ” „ « ») quote speech; single ones (' ‘ ’) mostly nest inside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// What a mark's glyph says about its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    Opens,
    Closes,
    Either,
}

/// What the mark's neighbours say about its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    Opens,
    Closes,
    Unknown,
}

/// Room for the quotations of a document, made at its first.
const FIRST_QUOTATIONS: usize = 16;

/// How deep marks may nest before further openers are ignored (keeps the stack bounded).
const MAX_DEPTH: usize = 6;

/// A quotation found by pairing marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the quotation runs to its paragraph's end.
    pub close: Option<usize>,
    /// The text between the marks, without surrounding whitespace.
    pub content: Span,
    /// Index of the paragraph holding it.
    pub paragraph: usize,
    /// 0 for a quotation in the reporter's text, 1 for one nested inside another, and so on.
    pub depth: usize,
    /// Whether it opens its paragraph and continues the quotation left unclosed at the end of
    /// the paragraph before.
    pub continues_previous: bool,
}

/// The mark a token's bytes spell, in UTF-8: byte patterns compile to a few compares, where
/// `str` patterns call a comparison per arm.
fn mark_of(bytes: &[u8]) -> Option<(Family, Glyph)> {
    Some(match bytes {
        b"\"" => (Family::Double, Glyph::Either),
        // “ „ «
        [0xE2, 0x80, 0x9C | 0x9E] | [0xC2, 0xAB] => (Family::Double, Glyph::Opens),
        // ” »
        [0xE2, 0x80, 0x9D] | [0xC2, 0xBB] => (Family::Double, Glyph::Closes),
        b"'" => (Family::Single, Glyph::Either),
        // ‘
        [0xE2, 0x80, 0x98] => (Family::Single, Glyph::Opens),
        // ’
        [0xE2, 0x80, 0x99] => (Family::Single, Glyph::Closes),
        _ => return None,
    })
}

/// The neighbours of token `t` inside the token range `tokens` of one paragraph.
struct Neighbours<'a> {
    doc: &'a Document,
    t: usize,
    first: usize,
    end: usize,
}

impl Neighbours<'_> {
    fn glued_before(&self) -> bool {
        let tokens = self.doc.tokens();
        self.t > self.first && tokens[self.t - 1].end() == tokens[self.t].start()
    }

    fn glued_after(&self) -> bool {
        let tokens = self.doc.tokens();
        self.t + 1 < self.end && tokens[self.t + 1].start() == tokens[self.t].end()
    }

    fn previous_text(&self) -> &str {
        self.doc.token_text(self.t - 1)
    }

    fn next_text(&self) -> &str {
        self.doc.token_text(self.t + 1)
    }

    fn context(&self) -> Context {
        let opens_after = |s: &str| matches!(s, "(" | "[" | "—" | "–" | "-" | ":" | "/");
        let closes_before = |s: &str| {
            matches!(
                s,
                "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "…" | "—" | "–"
            )
        };
        match (self.glued_before(), self.glued_after()) {
            (false, true) if closes_before(self.next_text()) => Context::Closes,
            (false, true) => Context::Opens,
            (true, false) if opens_after(self.previous_text()) => Context::Opens,
            (true, false) => Context::Closes,
            (true, true) if opens_after(self.previous_text()) => Context::Opens,
            (true, true) if closes_before(self.next_text()) => Context::Closes,
            _ => Context::Unknown,
        }
    }

    /// Whether a single mark is an apostrophe: "Caracas’ claims", "’90s", "rock 'n' roll".
    fn is_apostrophe(&self, single_open: bool) -> bool {
        let tokens = self.doc.tokens();
        if self.glued_after() && tokens[self.t + 1].kind == TokenKind::Number {
            return true;
        }
        if !self.glued_before() || tokens[self.t - 1].kind != TokenKind::Word {
            return false;
        }
        if self.glued_after() && tokens[self.t + 1].kind == TokenKind::Word {
            return true;
        }
        let after_s = self.previous_text().ends_with(['s', 'S']);
        let word_follows = self.t + 1 < self.end
            && matches!(tokens[self.t + 1].kind, TokenKind::Word | TokenKind::Number)
            && !tokens[self.t + 1].is_capitalized();
        // After a word, a single mark closes only an open single quotation, and a plural
        // possessive ("the players’ union") never does.
        !single_open || (after_s && word_follows)
    }
}

/// Every quotation of `doc`, in document order.
pub fn find(doc: &Document) -> Vec<Quotation> {
    let mut quotations = Vec::new();
    let mut stack: Vec<(Family, usize, usize)> = Vec::with_capacity(MAX_DEPTH);
    let mut previous_ends_unclosed = false;
    let (tokens, text) = (doc.tokens(), doc.text().as_bytes());
    for (p, paragraph) in doc.paragraphs().iter().enumerate() {
        stack.clear();
        let first_in_paragraph = quotations.len();
        let range = paragraph.tokens.clone();
        let mut from = range.start;
        while let Some(t) = walk::find_token(tokens, from, range.end, |t| may_be_mark(t, text)) {
            from = t + 1;
            let Some((family, glyph)) = mark_of(bytes(doc, t)) else {
                continue;
            };
            let around = Neighbours {
                doc,
                t,
                first: range.start,
                end: range.end,
            };
            let open_of_family = stack.iter().rposition(|&(f, _, _)| f == family);
            if family == Family::Single && around.is_apostrophe(open_of_family.is_some()) {
                continue;
            }
            let closes = match (glyph, around.context()) {
                // A closing context with nothing open: a stray mark or an inch sign.
                (Glyph::Opens | Glyph::Either, Context::Closes) if open_of_family.is_none() => {
                    continue
                }
                (Glyph::Opens | Glyph::Either, Context::Closes) => true,
                (Glyph::Closes, Context::Opens) | (Glyph::Either, Context::Opens) => false,
                (Glyph::Opens, _) => false,
                (Glyph::Closes, _) => true,
                (Glyph::Either, Context::Unknown) => open_of_family.is_some(),
            };
            if closes {
                let Some(at) = open_of_family else {
                    continue;
                };
                let (_, open, depth) = stack[at];
                stack.truncate(at);
                push_quotation(doc, &mut quotations, open, Some(t), p, depth);
            } else {
                if let Some(at) = open_of_family.filter(|_| family == Family::Double) {
                    // A second double opener means the first was never closed: drop it.
                    stack.truncate(at);
                }
                if stack.len() < MAX_DEPTH {
                    stack.push((family, t, stack.len()));
                }
            }
        }
        if let Some(&(family, open, 0)) = stack.first() {
            let opens_paragraph = open == range.start;
            let after_colon = open > range.start && doc.token_text(open - 1) == ":";
            let next_paragraph_continues = doc.paragraphs().get(p + 1).is_some_and(|next| {
                mark_of(bytes(doc, next.tokens.start))
                    .is_some_and(|(f, glyph)| f == family && glyph != Glyph::Closes)
            });
            if opens_paragraph || after_colon || next_paragraph_continues {
                push_quotation(doc, &mut quotations, open, None, p, 0);
            }
        }
        // Most paragraphs quote nothing: the bookkeeping below has nothing to order or mark.
        if quotations.len() == first_in_paragraph {
            previous_ends_unclosed = false;
            continue;
        }
        quotations[first_in_paragraph..].sort_unstable_by_key(|q| q.open);
        if let Some(first) = quotations.get_mut(first_in_paragraph) {
            first.continues_previous =
                previous_ends_unclosed && first.open == range.start && first.depth == 0;
        }
        previous_ends_unclosed = quotations[first_in_paragraph..]
            .iter()
            .any(|q| q.close.is_none());
    }
    quotations
}

/// The first bytes of quote marks: '"', '\'', 0xE2 (“ ” „ ‘ ’), 0xC2 (« »). A table: one load
/// tests a punctuation token, where the four compares took a chain of branches.
static MARK_START: [bool; 256] = {
    let mut table = [false; 256];
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xE2] = true;
    table[0xC2] = true;
    table
};

/// Whether `token` may be a quote mark. The kind is read first, so a word's text is never
/// touched.
#[inline]
fn may_be_mark(token: &Token, text: &[u8]) -> bool {
    token.kind == TokenKind::Punct && MARK_START[text[token.start()] as usize]
}

fn push_quotation(
    doc: &Document,
    quotations: &mut Vec<Quotation>,
    open: usize,
    close: Option<usize>,
    paragraph: usize,
    depth: usize,
) {
    let tokens = doc.tokens();
    let start = tokens[open].end();
    let end = close.map_or(doc.paragraphs()[paragraph].span.end, |c| tokens[c].start());
    let inner = &doc.text()[start..end];
    let trimmed_start = start + (inner.len() - trim_start(inner).len());
    let trimmed_end = start + trim_end(inner).len();
    if trimmed_start >= trimmed_end {
        return;
    }
    // Both ends are char boundaries: a mark's end or start (or the paragraph's end), moved over
    // whole whitespace chars.
    let content = Span {
        start: trimmed_start,
        end: trimmed_end,
    };
    if quotations.capacity() == 0 {
        // A news story that quotes once mostly quotes a dozen times: one allocation, not three.
        quotations.reserve(FIRST_QUOTATIONS);
    }
    quotations.push(Quotation {
        open,
        close,
        content,
        paragraph,
        depth,
        continues_previous: false,
    });
}

/// Whether a quotation's first or last byte is visible ASCII: nothing to trim, so the char-wise
/// whitespace test is skipped.
fn is_visible_ascii(byte: Option<&u8>) -> bool {
    byte.is_some_and(|b| b.is_ascii_graphic())
}

fn trim_start(s: &str) -> &str {
    if is_visible_ascii(s.as_bytes().first()) {
        return s;
    }
    s.trim_start_matches(is_space)
}

fn trim_end(s: &str) -> &str {
    if is_visible_ascii(s.as_bytes().last()) {
        return s;
    }
    s.trim_end_matches(is_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<(String, usize)> {
        let doc = Document::new("t", text).unwrap();
        find(&doc)
            .iter()
            .map(|q| (doc.span_text(q.content).to_string(), q.depth))
            .collect()
    }

    fn top_level(text: &str) -> Vec<String> {
        contents(text)
            .into_iter()
            .filter(|(_, depth)| *depth == 0)
            .map(|(c, _)| c)
            .collect()
    }

    #[test]
    fn every_mark_is_read_from_its_bytes() {
        use Family::{Double, Single};
        use Glyph::{Closes, Either, Opens};
        let marks = [
            ("\"", Double, Either),
            ("“", Double, Opens),
            ("„", Double, Opens),
            ("«", Double, Opens),
            ("”", Double, Closes),
            ("»", Double, Closes),
            ("'", Single, Either),
            ("‘", Single, Opens),
            ("’", Single, Closes),
        ];
        for (mark, family, glyph) in marks {
            assert_eq!(mark_of(mark.as_bytes()), Some((family, glyph)), "{mark}");
        }
        for other in ["—", "–", "…", "`", "‚", "‛", "‹", "›", "\"\""] {
            assert_eq!(mark_of(other.as_bytes()), None, "{other}");
        }
    }

    #[test]
    fn straight_and_curly_pairs() {
        assert_eq!(
            top_level("\"We are ready,\" she said. He called it “a good day.”"),
            ["We are ready,", "a good day."]
        );
    }

    #[test]
    fn curly_opener_closed_by_a_straight_mark() {
        assert_eq!(
            top_level("calling the port a “vital hub\" for the region"),
            ["vital hub"]
        );
    }

    #[test]
    fn guillemets_pair() {
        assert_eq!(top_level("Il a dit «jamais» hier."), ["jamais"]);
    }

    #[test]
    fn single_curly_quotes_nest_inside_double_ones() {
        assert_eq!(
            contents("“They told us ‘wait here’ and left,” she said."),
            [
                ("They told us ‘wait here’ and left,".to_string(), 0),
                ("wait here".to_string(), 1)
            ]
        );
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        assert_eq!(
            top_level("“Don’t test Oslo’s patience in the ’90s,” the mayor said of Lukas’ plans."),
            ["Don’t test Oslo’s patience in the ’90s,"]
        );
        assert_eq!(
            top_level("The players' union said 'enough' after the '90s rule."),
            ["enough"]
        );
    }

    #[test]
    fn unbalanced_mark_stays_inside_its_paragraph() {
        let text = "He said \"we will see and left.\nThe next \"paragraph\" is intact.";
        assert_eq!(top_level(text), ["paragraph"]);
    }

    #[test]
    fn unclosed_mark_after_a_colon_quotes_the_rest_of_the_paragraph() {
        assert_eq!(
            top_level("Her reply was short: \"Not today.\nNext line."),
            ["Not today."]
        );
    }

    #[test]
    fn quotation_continued_over_paragraphs() {
        let doc = Document::new(
            "t",
            "\"We trained all winter.\n\"We are ready now,\" the coach said.\n",
        )
        .unwrap();
        let found = find(&doc);
        assert_eq!(found.len(), 2);
        assert_eq!(doc.span_text(found[0].content), "We trained all winter.");
        assert!(found[0].close.is_none() && !found[0].continues_previous);
        assert!(found[1].continues_previous);
    }

    #[test]
    fn quotation_reopened_mid_paragraph_continues_into_the_next() {
        let doc = Document::new(
            "t",
            "\"Go,\" she said. \"We can wait.\n\"Not for long.\"\nHe said \"no.\n",
        )
        .unwrap();
        let found: Vec<(&str, bool)> = find(&doc)
            .iter()
            .map(|q| (doc.span_text(q.content), q.continues_previous))
            .collect();
        assert_eq!(
            found,
            [
                ("Go,", false),
                ("We can wait.", false),
                ("Not for long.", true)
            ]
        );
    }

    #[test]
    fn a_new_paragraph_quote_after_a_closed_one_is_not_a_continuation() {
        let doc = Document::new("t", "\"One,\" she said.\n\"Two,\" she added.\n").unwrap();
        assert!(find(&doc).iter().all(|q| !q.continues_previous));
    }

    #[test]
    fn a_second_opener_abandons_an_unclosed_one() {
        assert_eq!(
            top_level("a “broken mark and then “a real quote” here"),
            ["a real quote"]
        );
    }

    #[test]
    fn inch_marks_and_stray_closers_are_ignored() {
        assert_eq!(
            top_level("A 12\" screen and a stray ” mark."),
            Vec::<String>::new()
        );
    }
}
