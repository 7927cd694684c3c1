//! What speakers resolve to: the people extractor's persons, and the organizations the document
//! names ("the Russian Foreign Ministry", "the Kremlin"), both indexed by position for
//! nearest-before lookups in logarithmic time.

use crate::lexicon;
use crate::phrase;
use lede_core::{Document, Span, TokenKind};
use serde::Deserialize;

/// A person as the `people` extractor reports it (only the fields quotes reads).
#[derive(Debug, Clone, Deserialize)]
pub struct Person {
    /// Canonical name: "Dmitry Peskov".
    pub name: String,
    /// Every mention of the person.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Titles the person carries: "Foreign Minister".
    #[serde(default)]
    pub titles: Vec<String>,
}

/// One mention of a person.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Mention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// How many mentions back a bare title looks for the person carrying it.
const TITLED_MENTIONS_REACH: usize = 64;

/// Every person mention, sorted by position, with the index of its person.
pub struct People<'a> {
    persons: &'a [Person],
    mentions: Vec<(Span, usize)>,
}

impl<'a> People<'a> {
    /// Indexes the mentions of `persons`, keeping only spans that fit `doc`.
    pub fn new(doc: &Document, persons: &'a [Person]) -> People<'a> {
        let mut mentions: Vec<(Span, usize)> = persons
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                p.mentions
                    .iter()
                    .filter_map(move |m| Span::new(doc.text(), m.start, m.end).map(|s| (s, i)))
            })
            .collect();
        mentions.sort_unstable_by_key(|&(span, _)| (span.start, span.end));
        People { persons, mentions }
    }

    /// Whether the people extractor found anyone.
    pub fn is_empty(&self) -> bool {
        self.mentions.is_empty()
    }

    /// The last mention overlapping `span`, with its person's name.
    pub fn covering(&self, span: Span) -> Option<(Span, &'a str)> {
        let after = self.mentions.partition_point(|(m, _)| m.start < span.end);
        self.mentions[..after]
            .iter()
            .rev()
            .take(4)
            .find(|(m, _)| m.overlaps(span))
            .map(|&(m, i)| (m, self.persons[i].name.as_str()))
    }

    /// The last mention ending at or before `offset` and starting at or after `floor`.
    pub fn nearest_before(&self, offset: usize, floor: usize) -> Option<(Span, &'a str)> {
        let after = self.mentions.partition_point(|(m, _)| m.start < offset);
        self.mentions[..after]
            .iter()
            .rev()
            .take(4)
            .find(|(m, _)| m.end <= offset && m.start >= floor)
            .map(|&(m, i)| (m, self.persons[i].name.as_str()))
    }

    /// The person mentioned last before `offset` (and from `floor` on) who carries a title
    /// containing the word `title`: "the minister" → the minister named before.
    pub fn titled_before(&self, title: &str, offset: usize, floor: usize) -> Option<&'a str> {
        let after = self.mentions.partition_point(|(m, _)| m.start < offset);
        self.mentions[..after]
            .iter()
            .rev()
            .take(TITLED_MENTIONS_REACH)
            .take_while(|(m, _)| m.start >= floor)
            .map(|&(_, i)| &self.persons[i])
            .find(|p| {
                p.titles
                    .iter()
                    .any(|t| t.split(' ').any(|word| word.eq_ignore_ascii_case(title)))
            })
            .map(|p| p.name.as_str())
    }

    /// The person whose canonical name ends with the word `surname`.
    pub fn by_surname(&self, surname: &str) -> Option<&'a str> {
        self.persons
            .iter()
            .find(|p| {
                p.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last == surname)
            })
            .map(|p| p.name.as_str())
    }
}

/// An organization named in the document: "Russian Foreign Ministry", "Kremlin".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Organization {
    /// Where the name is.
    pub span: Span,
    /// Token index of its head word ("Ministry").
    pub head: usize,
}

/// Every organization name of `doc`, in document order: capitalized phrases headed by an
/// organization word, extended by "of ..." ("Ministry of Foreign Affairs").
pub fn organizations(doc: &Document) -> Vec<Organization> {
    let tokens = doc.tokens();
    let mut found = Vec::new();
    let mut covered_until = 0;
    for (t, token) in tokens.iter().enumerate() {
        if t < covered_until || token.kind != TokenKind::Word || !token.is_capitalized() {
            continue;
        }
        let word = doc.token_text(t);
        if !lexicon::is_organization_head(word) || lexicon::is_spokes_noun(word) {
            continue;
        }
        let paragraph = &doc.paragraphs()[doc.paragraph_of(t)];
        let Some(before) = phrase::backward(doc, t, paragraph.tokens.start) else {
            continue;
        };
        // Stop at a possessive: "Foreign Ministry's Latin American Department" names two bodies.
        let mut whole = phrase::forward(doc, before.first, paragraph.tokens.end)
            .filter(|p| p.end > t)
            .unwrap_or(before);
        if let Some(cut) = (t + 1..whole.end).find(|&i| tokens[i].kind == TokenKind::Possessive) {
            whole.end = cut;
        }
        covered_until = whole.end;
        found.push(Organization {
            span: whole.span(doc),
            head: t,
        });
    }
    found
}

/// The organization named last before byte `offset`, optionally with head word `head` and
/// containing every word of `modifiers`.
pub fn organization_before<'o>(
    doc: &Document,
    organizations: &'o [Organization],
    offset: usize,
    head: Option<&str>,
    modifiers: &[&str],
) -> Option<&'o Organization> {
    let before = organizations.partition_point(|o| o.span.end <= offset);
    organizations[..before].iter().rev().find(|o| {
        let fits_head = head.is_none_or(|h| doc.token_text(o.head).eq_ignore_ascii_case(h));
        let name = doc.span_text(o.span);
        fits_head && modifiers.iter().all(|m| name.contains(m))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organizations_are_capitalized_phrases_with_an_organization_head() {
        let doc = Document::new(
            "t",
            "The Danish Ministry of Foreign Affairs and the Kremlin spoke. The rules changed.",
        )
        .unwrap();
        let names: Vec<&str> = organizations(&doc)
            .iter()
            .map(|o| doc.span_text(o.span))
            .collect();
        assert_eq!(names, ["Danish Ministry of Foreign Affairs", "Kremlin"]);
    }

    #[test]
    fn nearest_person_mention_before_an_offset() {
        let doc = Document::new("t", "Ole Eriksen met Anna Berg. He left.").unwrap();
        let persons = vec![
            Person {
                name: "Ole Eriksen".into(),
                mentions: vec![Mention { start: 0, end: 11 }],
                titles: vec!["Head Coach".into()],
            },
            Person {
                name: "Anna Berg".into(),
                mentions: vec![Mention { start: 16, end: 25 }],
                titles: vec![],
            },
        ];
        let people = People::new(&doc, &persons);
        assert_eq!(people.nearest_before(27, 0).unwrap().1, "Anna Berg");
        assert_eq!(people.nearest_before(14, 0).unwrap().1, "Ole Eriksen");
        assert!(people.nearest_before(27, 26).is_none());
        assert_eq!(people.by_surname("Berg"), Some("Anna Berg"));
        assert_eq!(people.titled_before("coach", 27, 0), Some("Ole Eriksen"));
        assert_eq!(people.titled_before("mayor", 27, 0), None);
        assert_eq!(
            people.covering(Span { start: 4, end: 11 }).unwrap().1,
            "Ole Eriksen"
        );
    }
}
