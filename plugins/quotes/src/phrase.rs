//! Reading the noun phrase that may name a speaker, backward from a verb ("the Russian ministry
//! added") or forward from a position ("said Eriksen", "the statement reads").

use crate::lexicon::{self, Classes};
use lede_core::{Case, Document, Span, TokenKind};

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

/// The bytes of token `t`: word tests and comparisons with ASCII text need no `&str` slice,
/// whose char-boundary checks cost more than the test on the hottest paths.
pub fn bytes(doc: &Document, t: usize) -> &[u8] {
    let token = &doc.tokens()[t];
    &doc.text().as_bytes()[token.start()..token.end()]
}

/// Inlined: most tokens a phrase reads are turned away by kind or case without a call.
#[inline]
fn is_name_word(doc: &Document, t: usize) -> bool {
    let token = &doc.tokens()[t];
    token.kind == TokenKind::Word && token.is_capitalized() && !is_not_name_text(doc, t)
}

#[inline(never)]
fn is_not_name_text(doc: &Document, t: usize) -> bool {
    lexicon::is_not_name_or_determiner(bytes(doc, t))
}

/// The lists of a lowercase noun that can head a speaker phrase on its own ("ministry",
/// "statement"), or `None` for any other token.
fn speaker_noun(doc: &Document, t: usize) -> Option<Classes> {
    if doc.tokens()[t].kind != TokenKind::Word {
        return None;
    }
    Some(lexicon::speaker_noun_classes(bytes(doc, t))).filter(|classes| classes.any())
}

fn is_speaker_noun(doc: &Document, t: usize) -> bool {
    speaker_noun(doc, t).is_some()
}

/// Inlined: most words are turned away by their length without a call.
#[inline]
fn pronoun(doc: &Document, t: usize) -> Option<Phrase> {
    let token = &doc.tokens()[t];
    if !lexicon::is_pronoun_length(token.end() - token.start()) {
        return None;
    }
    pronoun_of_word(doc, t)
}

#[inline(never)]
fn pronoun_of_word(doc: &Document, t: usize) -> Option<Phrase> {
    let classes = lexicon::pronoun_classes(bytes(doc, t));
    let kind = if classes.is_person_pronoun() {
        PhraseKind::PersonPronoun
    } else if classes.is_group_pronoun() {
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

/// Whether token `t` joins the name words around it: "of" in "Ministry of Foreign Affairs" or
/// "chief executive of Elbe Line", a possessive in "Venezuela’s government", a particle in
/// "Federica del Monte".
fn is_inner_link(doc: &Document, t: usize, floor: usize, ceiling: usize) -> bool {
    if t <= floor || t + 1 >= ceiling {
        return false;
    }
    // The token's own kind and text rule out most tokens before its neighbours are read.
    match doc.tokens()[t].kind {
        TokenKind::Possessive => is_name_word(doc, t - 1) || is_speaker_noun(doc, t - 1),
        TokenKind::Word if bytes(doc, t) == b"of" => {
            is_name_word(doc, t + 1) && (is_name_word(doc, t - 1) || is_speaker_noun(doc, t - 1))
        }
        TokenKind::Word => {
            lexicon::is_name_particle(bytes(doc, t))
                && is_name_word(doc, t + 1)
                && is_name_word(doc, t - 1)
        }
        _ => false,
    }
}

/// The title that a run of up to three lowercase modifiers starting at token `t` leads to: "port
/// manager", "fire information officer". The caller has found that `t` is no speaker noun, so no
/// title: it is not looked up again.
fn title_after_modifiers(doc: &Document, t: usize, ceiling: usize) -> Option<usize> {
    let is_modifier = |i: usize| {
        let token = &doc.tokens()[i];
        token.kind == TokenKind::Possessive
            || (token.kind == TokenKind::Word && token.case == Case::Lower)
    };
    if !is_modifier(t) {
        return None;
    }
    (t + 1..ceiling.min(t + 4))
        .take_while(|&i| is_modifier(i))
        .find(|&i| lexicon::is_title(bytes(doc, i)))
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
        // An owner before a possessive: "the union’s statement".
        let owner = t < last
            && doc.tokens()[t + 1].kind == TokenKind::Possessive
            && is_speaker_noun(doc, t);
        if is_name_word(doc, t) || owner || is_inner_link(doc, t, floor, last + 1) {
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
/// `ceiling`: names, titles with their lowercase modifiers ("said port manager Olena Hrytsenko"),
/// "of" links; a lowercase speaker noun not followed by a name ends it ("the ministry"), and a
/// bare title takes the name set off after it ("Oslo's harbour chief, Ole Eriksen").
pub fn forward(doc: &Document, first: usize, ceiling: usize) -> Option<Phrase> {
    if first >= ceiling {
        return None;
    }
    // No pronoun is a determiner, so a pronoun is looked for before determiners are skipped.
    if let Some(p) = pronoun(doc, first) {
        return Some(p);
    }
    let mut t = first;
    while t < ceiling && lexicon::is_determiner(bytes(doc, t)) {
        t += 1;
    }
    if t >= ceiling {
        return None;
    }
    let start = t;
    let mut ends_with_title = false;
    while t < ceiling {
        let after_possessive = t > start && doc.tokens()[t - 1].kind == TokenKind::Possessive;
        if is_name_word(doc, t) || is_inner_link(doc, t, start, ceiling) {
            ends_with_title = false;
            t += 1;
        } else if let Some(classes) = speaker_noun(doc, t) {
            ends_with_title = classes.is_title();
            let leads_on = ends_with_title || classes.is_organization_head();
            t += 1;
            // A title or organization word goes on into a name or another title: "coach Ole
            // Eriksen", "chief executive of Elbe Line".
            let goes_on = leads_on
                && t < ceiling
                && (is_name_word(doc, t)
                    || is_speaker_noun(doc, t)
                    || bytes(doc, t) == b"of"
                    || doc.tokens()[t].kind == TokenKind::Possessive);
            if !goes_on {
                break;
            }
        } else if t == start && lexicon::is_name_particle(bytes(doc, t)) {
            // "von Albrecht told reporters".
            if t + 1 < ceiling && is_name_word(doc, t + 1) {
                t += 1;
            } else {
                break;
            }
        } else if t == start || after_possessive {
            match title_after_modifiers(doc, t, ceiling) {
                Some(title) => t = title,
                None => break,
            }
        } else {
            break;
        }
    }
    if t == start {
        return None;
    }
    // "the minister for fisheries, Astrid Vik": the role's complement, then the name.
    let mut comma = t;
    if ends_with_title && comma < ceiling && matches!(bytes(doc, comma), b"for" | b"of") {
        comma = (comma + 1..ceiling.min(comma + 5))
            .find(|&i| doc.tokens()[i].case != Case::Lower)
            .unwrap_or(comma);
    }
    if ends_with_title
        && comma + 1 < ceiling
        && bytes(doc, comma) == b","
        && is_name_word(doc, comma + 1)
    {
        let t = comma;
        let mut name_end = t + 1;
        while name_end < ceiling
            && (is_name_word(doc, name_end) || is_inner_link(doc, name_end, t + 1, ceiling))
        {
            name_end += 1;
        }
        return Some(Phrase {
            first: start,
            end: name_end,
            kind: PhraseKind::Named,
        });
    }
    Some(Phrase {
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
        let d = doc("said port manager Ana Ruiz of Vigo");
        assert_eq!(
            text_of(&d, forward(&d, 1, 7)),
            Some("port manager Ana Ruiz of Vigo")
        );
        let d = doc("the chief executive of Elbe Freight said");
        assert_eq!(
            text_of(&d, forward(&d, 0, 7)),
            Some("chief executive of Elbe Freight")
        );
        let d = doc("Oslo's harbour chief, Ole Eriksen, said");
        assert_eq!(
            text_of(&d, forward(&d, 0, 9)),
            Some("Oslo's harbour chief, Ole Eriksen")
        );
        let d = doc("the minister for sea fisheries, Astrid Vik, said");
        assert_eq!(
            text_of(&d, forward(&d, 0, 9)),
            Some("minister for sea fisheries, Astrid Vik")
        );
        let d = doc("as Carla von Albrecht said");
        assert_eq!(text_of(&d, forward(&d, 1, 5)), Some("Carla von Albrecht"));
        assert_eq!(text_of(&d, backward(&d, 3, 0)), Some("Carla von Albrecht"));
        let d = doc("the weather was fine");
        assert_eq!(forward(&d, 0, 4), None);
    }
}
