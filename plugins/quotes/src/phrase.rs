//! Reading the noun phrase that may name a speaker, backward from a verb ("the Russian ministry
//! added") or forward from a position ("said Eriksen", "the statement reads").

use crate::lexicon;
use lede_core::{Document, Span, TokenKind};

/// What a speaker phrase is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    /// "he", "she".
    PersonPronoun,
    /// "it", "they", "we", "both".
    GroupPronoun,
    /// Capitalized words and/or a speaker noun: "Lavrov", "the Russian ministry", "its statement".
    Named,
}

/// A phrase that may name a speaker: tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// What it is.
    pub kind: PhraseKind,
}

impl Phrase {
    /// The byte span of the phrase.
    pub fn span(&self, doc: &Document) -> Span {
        let tokens = doc.tokens();
        tokens[self.first].span().cover(tokens[self.end - 1].span())
    }

    /// The last token's text: the head noun of the phrase.
    pub fn head<'d>(&self, doc: &'d Document) -> &'d str {
        doc.token_text(self.end - 1)
    }
}

fn is_name_word(doc: &Document, t: usize) -> bool {
    let token = &doc.tokens()[t];
    token.kind == TokenKind::Word
        && token.is_capitalized()
        && !lexicon::is_not_name(doc.token_text(t))
        && !lexicon::is_determiner(doc.token_text(t))
}

/// A lowercase noun that can head a speaker phrase on its own: "ministry", "statement".
fn is_speaker_noun(doc: &Document, t: usize) -> bool {
    let token = &doc.tokens()[t];
    let word = doc.token_text(t);
    token.kind == TokenKind::Word
        && (lexicon::is_organization_head(word)
            || lexicon::is_statement_noun(word)
            || lexicon::is_title(word))
}

fn pronoun(doc: &Document, t: usize) -> Option<Phrase> {
    let word = doc.token_text(t);
    let kind = if lexicon::is_person_pronoun(word) {
        PhraseKind::PersonPronoun
    } else if lexicon::is_group_pronoun(word) {
        PhraseKind::GroupPronoun
    } else {
        return None;
    };
    Some(Phrase {
        first: t,
        end: t + 1,
        kind,
    })
}

/// Whether token `t` joins the name words around it: "of" in "Ministry of Foreign Affairs", a
/// possessive in "Venezuela’s government".
fn is_inner_link(doc: &Document, t: usize, floor: usize, ceiling: usize) -> bool {
    let token = &doc.tokens()[t];
    let between_names = t > floor && t + 1 < ceiling && is_name_word(doc, t - 1);
    between_names
        && (token.kind == TokenKind::Possessive
            || (doc.token_text(t) == "of" && is_name_word(doc, t + 1)))
}

/// The phrase ending at token `last`, reading back no further than token `floor`.
pub fn backward(doc: &Document, last: usize, floor: usize) -> Option<Phrase> {
    if let Some(p) = pronoun(doc, last) {
        return Some(p);
    }
    if !is_name_word(doc, last) && !is_speaker_noun(doc, last) {
        return None;
    }
    let mut first = last;
    while first > floor {
        let t = first - 1;
        if is_name_word(doc, t) || is_inner_link(doc, t, floor, last + 1) {
            first = t;
        } else {
            break;
        }
    }
    Some(Phrase {
        first,
        end: last + 1,
        kind: PhraseKind::Named,
    })
}

/// The phrase starting at token `first` (after any determiner), reading no further than token
/// `ceiling`; a lowercase speaker noun ends it ("the ministry").
pub fn forward(doc: &Document, first: usize, ceiling: usize) -> Option<Phrase> {
    let mut t = first;
    while t < ceiling && lexicon::is_determiner(doc.token_text(t)) {
        t += 1;
    }
    if t >= ceiling {
        return None;
    }
    if t == first {
        if let Some(p) = pronoun(doc, t) {
            return Some(p);
        }
    }
    let start = t;
    while t < ceiling {
        if is_name_word(doc, t) || (t > start && is_inner_link(doc, t, start, ceiling)) {
            t += 1;
        } else if is_speaker_noun(doc, t) {
            t += 1;
            // A lowercase title goes on into the name: "coach Ole Eriksen".
            let titles_a_name =
                t < ceiling && lexicon::is_title(doc.token_text(t - 1)) && is_name_word(doc, t);
            if !titles_a_name {
                break;
            }
        } else {
            break;
        }
    }
    (t > start).then_some(Phrase {
        first: start,
        end: t,
        kind: PhraseKind::Named,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::new("t", text).unwrap()
    }

    fn text_of(doc: &Document, p: Option<Phrase>) -> Option<&str> {
        p.map(|p| doc.span_text(p.span(doc)))
    }

    #[test]
    fn backward_reads_titles_possessives_and_of() {
        let d = doc("then the Civil Aviation Authority of Norway said");
        let last = d.tokens().len() - 2;
        assert_eq!(
            text_of(&d, backward(&d, last, 0)),
            Some("Civil Aviation Authority of Norway")
        );
        let d = doc("and Oslo’s government added");
        assert_eq!(text_of(&d, backward(&d, 3, 0)), Some("Oslo’s government"));
    }

    #[test]
    fn backward_stops_at_lowercase_words_and_rejects_them() {
        let d = doc("the new rules said");
        assert_eq!(backward(&d, 2, 0), None);
        let d = doc("After Tuesday, he said");
        assert_eq!(backward(&d, 3, 0).unwrap().kind, PhraseKind::PersonPronoun);
    }

    #[test]
    fn forward_skips_determiners_and_ends_at_the_head_noun() {
        let d = doc("the Danish ministry added in a note");
        assert_eq!(text_of(&d, forward(&d, 0, 7)), Some("Danish ministry"));
        let d = doc("said Ole Eriksen, the coach");
        assert_eq!(text_of(&d, forward(&d, 1, 6)), Some("Ole Eriksen"));
        let d = doc("the weather was fine");
        assert_eq!(forward(&d, 0, 4), None);
    }
}
