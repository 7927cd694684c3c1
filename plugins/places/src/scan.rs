//! Candidate generation: every capitalised token starts a walk of the name trie that follows the
//! token run ("Gulf of Mexico", "Washington, D.C.") and keeps the longest name it completes.

use crate::gazetteer::Candidates;
use crate::word_steps::WordSteps;
use lede_core::fold::fold_into;
use lede_core::{Case, Document, Token, TokenKind};
use std::ops::Range;

/// Longest name considered, in tokens.
const MAX_TOKENS: usize = 6;

/// Lowercase words allowed inside a multi-word name. A match, not a search of a list: it
/// compiles to a switch on the length and word compares, and the lowercase word after most
/// capitalised ones is none of these.
#[rustfmt::skip]
fn is_connector_word(word: &[u8]) -> bool {
    matches!(
        word,
        b"al" | b"am" | b"an" | b"and" | b"da" | b"das" | b"de" | b"del" | b"der" | b"di" | b"do" |
        b"dos" | b"du" | b"el" | b"en" | b"es" | b"la" | b"le" | b"les" | b"of" | b"on" | b"sur" |
        b"the" | b"upon" | b"y"
    )
}

/// A gazetteer name found in the text: tokens `first..=last`.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// The places the name may denote.
    pub candidates: Candidates,
    /// Token range of the paragraph holding the hit: context never reaches past it.
    pub paragraph: (usize, usize),
}

impl Hit {
    /// Whether token `k` lies in the hit's paragraph.
    pub fn near(&self, k: usize) -> bool {
        self.paragraph.0 <= k && k < self.paragraph.1
    }
}

/// Starts with an uppercase letter (excludes "iPhone").
// Inlined: the guards ask it of several neighbours of every name, and all but mixed-case words
// are answered by the token's kind and case; only those read their text, out of line.
#[inline]
pub fn starts_upper(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens()[i];
    // A word starts with a letter, so Title and Upper words start with a capital. Tests, not a
    // `match`: a match on the case compiled to a jump table whose one indirect branch, shared
    // by every case, was the bench's most mispredicted.
    t.kind == TokenKind::Word
        && (matches!(t.case, Case::Title | Case::Upper)
            || (t.case == Case::Mixed && mixed_starts_upper(doc, i)))
}

/// Whether the mixed-case word `i` starts with a capital ("McCain", not "iPhone").
#[inline(never)]
fn mixed_starts_upper(doc: &Document, i: usize) -> bool {
    doc.token_text(i)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The bytes of token `i`: compared with fixed words, a byte range needs no check of character
/// boundaries, where a `&str` slice checks both ends.
pub fn token_bytes(doc: &Document, i: usize) -> &[u8] {
    let t = &doc.tokens()[i];
    &doc.text().as_bytes()[t.start()..t.end()]
}

/// A lowercase word that may sit inside a name ("of" in "Gulf of Mexico").
pub fn is_connector(doc: &Document, i: usize) -> bool {
    doc.tokens()[i].case == Case::Lower && is_connector_word(token_bytes(doc, i))
}

/// A word that can be part of a name: capitalised, or mixed like "d'Ivoire", "al-Aqsa" (a word
/// starts with a letter, so every capitalised case qualifies).
fn name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.is_capitalized()
}

/// A token that may continue a name without being a name word itself: a connector or a comma,
/// hyphen or period ("Washington, D.C.", "Guinea-Bissau").
// Inlined into the walk, which asks it of the token after most names: a call costs as much as
// its two tests.
#[inline]
fn joins_name(doc: &Document, t: &Token, i: usize) -> bool {
    match t.kind {
        TokenKind::Word => is_connector(doc, i),
        TokenKind::Punct => matches!(token_bytes(doc, i), b"," | b"-" | b"."),
        _ => false,
    }
}

/// The longest gazetteer name starting at token `first` of the paragraph of tokens `paragraph`.
// Inlined into the scan: it runs for every capitalised word and most walks end at the first
// word, so a call's register saves and the hit returned through memory are a fair share of it.
#[inline(always)]
pub fn longest_at(
    doc: &Document,
    steps: &mut WordSteps,
    first: usize,
    paragraph: Range<usize>,
) -> Option<Hit> {
    let tokens = doc.tokens();
    let mut walker = steps.walker();
    // The last token and candidates of the longest name so far: the hit is built once, at the end.
    let mut best = None;
    for j in first..paragraph.end.min(first + MAX_TOKENS) {
        let t = &tokens[j];
        let named = name_word(t);
        let spaced = j > first && t.start() > tokens[j - 1].end();
        if j > first {
            // Many walks stop at the space: most words begin no name of several words.
            if (spaced && !walker.takes_space()) || (!named && !joins_name(doc, t, j)) {
                break;
            }
        }
        // The word's bytes, not its text: a byte range needs no check of character boundaries.
        if !walker.feed_word(steps, spaced, doc.text().as_bytes(), t.start()..t.end()) {
            break;
        }
        if named {
            if let Some(candidates) = walker.matched() {
                best = Some((j, candidates));
            }
        }
    }
    best.map(|(last, candidates)| Hit {
        first,
        last,
        candidates,
        paragraph: (paragraph.start, paragraph.end),
    })
}

/// The hit is written as one of the place's alternate names ("Deka" for Dhaka), not as its name
/// or a part of it ("New York" for New York City): its folded words are not a run of the folded
/// name's words (split at spaces and hyphens).
pub fn by_alias(doc: &Document, hit: &Hit, place: crate::gazetteer::Place) -> bool {
    let tokens = doc.tokens();
    let text = &doc.text()[tokens[hit.first].start()..tokens[hit.last].end()];
    // Both folded into one buffer, the name's hyphens made spaces: the hit names a run of the
    // name's words exactly when it occurs in it between word boundaries.
    let mut folded = Vec::with_capacity(place.name().len() + text.len());
    fold_into(place.name(), |b| {
        folded.push(if b == b'-' { b' ' } else { b });
        true
    });
    let name_len = folded.len();
    fold_into(text, |b| {
        folded.push(b);
        true
    });
    let (name, text) = folded.split_at(name_len);
    !(text.len() <= name.len()
        && (0..=name.len() - text.len()).any(|at| {
            let end = at + text.len();
            (at == 0 || name[at - 1] == b' ')
                && (end == name.len() || name[end] == b' ')
                && name[at..end] == *text
        }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn longest(text: &str) -> Option<String> {
        let doc = Document::new("t", text).unwrap();
        let hit = WordSteps::with(|s| longest_at(&doc, s, 0, 0..doc.tokens().len()))?;
        Some(text[doc.tokens()[hit.first].start()..doc.tokens()[hit.last].end()].to_string())
    }

    #[test]
    fn longest_name_wins_over_its_prefix() {
        assert_eq!(
            longest("South China Sea patrols").as_deref(),
            Some("South China Sea")
        );
        assert_eq!(
            longest("Gulf of Mexico waters").as_deref(),
            Some("Gulf of Mexico")
        );
        assert_eq!(
            longest("New York City police").as_deref(),
            Some("New York City")
        );
    }

    #[test]
    fn lowercase_words_end_a_name() {
        assert_eq!(longest("Black sea").as_deref(), None);
        assert_eq!(longest("Caribbean islands").as_deref(), Some("Caribbean"));
    }

    #[test]
    fn part_of_the_name_is_not_an_alias() {
        let doc = Document::new("t", "New York and Deka").unwrap();
        let nyc = WordSteps::with(|s| longest_at(&doc, s, 0, 0..doc.tokens().len())).unwrap();
        let top = nyc.candidates.places().next().unwrap();
        assert_eq!(top.name(), "New York City");
        assert!(!by_alias(&doc, &nyc, top));
        let deka = WordSteps::with(|s| longest_at(&doc, s, 3, 0..doc.tokens().len())).unwrap();
        assert!(by_alias(
            &doc,
            &deka,
            deka.candidates.places().next().unwrap()
        ));
    }

    #[test]
    fn particles_with_apostrophes_continue_a_name() {
        assert_eq!(
            longest("Côte d'Ivoire voted").as_deref(),
            Some("Côte d'Ivoire")
        );
    }

    #[test]
    fn dotted_and_accented_forms_match() {
        assert_eq!(longest("U.S. forces").as_deref(), Some("U.S."));
        assert_eq!(longest("Türkiye said").as_deref(), Some("Türkiye"));
        assert_eq!(longest("LISBON, March").as_deref(), Some("LISBON"));
    }
}
