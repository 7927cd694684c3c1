//! Places known only from their context ("the port of Sines", "Gedo region") and datelines
//! ("LISBON, March 3 —").

use crate::context::sentence_initial;
use crate::gazetteer::Kind;
use crate::scan::starts_upper;
use lede_core::{Case, Document, TokenKind};
use std::ops::Range;

/// Nouns that announce a place name after "of": "the port of Sines".
const OF_CUES: &[(&str, Kind)] = &[
    ("city", Kind::City),
    ("district", Kind::Other),
    ("island", Kind::Other),
    ("municipality", Kind::City),
    ("port", Kind::City),
    ("province", Kind::Other),
    ("region", Kind::Other),
    ("suburb", Kind::City),
    ("town", Kind::City),
    ("village", Kind::City),
];

/// Nouns of places people go to, before "in", "near" or "outside": "a clinic in Garissa".
const IN_CUES: &[&str] = &[
    "base",
    "camp",
    "checkpoint",
    "church",
    "clinic",
    "factory",
    "farm",
    "hospital",
    "market",
    "mine",
    "mosque",
    "port",
    "prison",
    "refinery",
    "school",
    "settlement",
    "town",
    "village",
];

/// Nouns that follow a place name: "the Gedo region", "Kilifi county".
const AFTER_CUES: &[&str] = &["county", "district", "province", "region"];

/// An unknown capitalised run named a place by its context.
#[derive(Debug, Clone, Copy)]
pub struct CuedPlace {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// What the cue says it is.
    pub kind: Kind,
    /// The cue, for the evidence.
    pub cue: &'static str,
}

/// A run of one to three capitalised words starting at `first`, if it is cued as a place.
pub fn cued_place(doc: &Document, first: usize, paragraph: Range<usize>) -> Option<CuedPlace> {
    let mut last = first;
    while last + 1 < paragraph.end && last < first + 2 && starts_upper(doc, last + 1) {
        last += 1;
    }
    // Cues are rare, so they are looked for before the run's own spelling.
    let (kind, cue) = cue_before(doc, first, paragraph.start)
        .or_else(|| cue_after(doc, first, last + 1, paragraph.end))?;
    (!is_adjective(doc.token_text(last))).then_some(CuedPlace {
        first,
        last,
        kind,
        cue,
    })
}

/// "the port of", "a clinic in" before token `first`: the kind of place and the cue.
fn cue_before(doc: &Document, first: usize, start: usize) -> Option<(Kind, &'static str)> {
    // Both cues put a lowercase noun two tokens back and a lowercase "of", "in", "near" or
    // "outside" (2, 4 or 7 bytes) just before: tested on the tokens before any text is read.
    if first < start + 2 {
        return None;
    }
    let (noun, before) = (&doc.tokens()[first - 2], &doc.tokens()[first - 1]);
    if noun.case != Case::Lower
        || before.case != Case::Lower
        || !matches!(before.end() - before.start(), 2 | 4 | 7)
    {
        return None;
    }
    match doc.token_text(first - 1) {
        "of" => {
            let noun = doc.token_text(first - 2);
            OF_CUES
                .iter()
                .find(|(n, _)| *n == noun)
                .map(|&(cue, kind)| (kind, cue))
        }
        "in" | "near" | "outside" => {
            let noun = doc.token_text(first - 2);
            IN_CUES
                .iter()
                .find(|n| **n == noun)
                .map(|&cue| (Kind::Other, cue))
        }
        _ => None,
    }
}

/// "region", "county" at token `next`, after a run starting at `first` mid-sentence.
fn cue_after(
    doc: &Document,
    first: usize,
    next: usize,
    end: usize,
) -> Option<(Kind, &'static str)> {
    // The nouns are lowercase, of 6 or 8 bytes: tested before the text is read.
    if next >= end
        || doc.tokens()[next].case != Case::Lower
        || !matches!(doc.tokens()[next].end() - doc.tokens()[next].start(), 6 | 8)
    {
        return None;
    }
    let noun = doc.token_text(next);
    let cue = AFTER_CUES.iter().find(|n| **n == noun)?;
    (!sentence_initial(doc, first)).then_some((Kind::Other, cue))
}

/// Demonyms and adjectives name no place: "the Latin American region", "Kenyan county".
fn is_adjective(word: &str) -> bool {
    ["an", "ese", "ish", "ic"].iter().any(|s| word.ends_with(s))
}

/// The hit opens its paragraph in capitals and is followed by a comma, bracket or dash: a dateline.
pub fn is_dateline(doc: &Document, first: usize, last: usize, paragraph_start: usize) -> bool {
    let tokens = doc.tokens();
    first == paragraph_start
        && (first..=last)
            .all(|i| tokens[i].case == Case::Upper || tokens[i].kind != TokenKind::Word)
        && tokens.get(last + 1).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && matches!(doc.token_text(last + 1), "," | "(" | "[" | "—" | "–" | "-")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_of_names_an_unknown_town() {
        let doc = Document::new("t", "Cargo left the port of Vilaverde at dawn.").unwrap();
        let i = (0..doc.tokens().len())
            .find(|&i| doc.token_text(i) == "Vilaverde")
            .unwrap();
        let cued = cued_place(&doc, i, 0..doc.tokens().len()).unwrap();
        assert_eq!((cued.kind, cued.cue), (Kind::City, "port"));
        let doc = Document::new("t", "The spirit of Vilaverde lives on.").unwrap();
        assert!(cued_place(&doc, 3, 0..doc.tokens().len()).is_none());
    }

    #[test]
    fn a_facility_in_an_unknown_town_names_the_town() {
        let doc = Document::new("t", "Nurses at a clinic in Qarsadde treated him.").unwrap();
        let i = (0..doc.tokens().len())
            .find(|&i| doc.token_text(i) == "Qarsadde")
            .unwrap();
        assert_eq!(
            cued_place(&doc, i, 0..doc.tokens().len()).unwrap().cue,
            "clinic"
        );
        let doc = Document::new("t", "He worked in Finance for years.").unwrap();
        assert!(cued_place(&doc, 3, 0..doc.tokens().len()).is_none());
    }

    #[test]
    fn capital_opening_before_a_comma_is_a_dateline() {
        let doc = Document::new("t", "LISBON, March 3 — Talks began.").unwrap();
        assert!(is_dateline(&doc, 0, 0, 0));
        let doc = Document::new("t", "Lisbon is calm.").unwrap();
        assert!(!is_dateline(&doc, 0, 0, 0));
    }
}
