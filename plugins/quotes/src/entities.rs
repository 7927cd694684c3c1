//! What speakers resolve to: the people extractor's persons, and the organizations the document
//! names ("the Russian Foreign Ministry", "the Kremlin"), both indexed by position for
//! nearest-before lookups in logarithmic time.

use crate::lexicon;
use crate::phrase;
use crate::walk;
use lede_core::{Document, Span, Token, TokenKind};
use std::cell::OnceCell;

/// A person as the `people` extractor reports it, read in place: copying the fields quotes reads
/// cost two allocations per person and document.
pub type Person = lede_people::Item;

/// A person with `name`, `titles` and mentions at the byte spans `mentions`, for tests.
#[cfg(test)]
pub fn person(name: &str, titles: &[&str], mentions: &[(usize, usize)]) -> Person {
    Person {
        name: name.into(),
        mentions: mentions
            .iter()
            .map(|&(start, end)| lede_people::Mention {
                text: String::new(),
                start,
                end,
            })
            .collect(),
        titles: titles.iter().map(|t| t.to_string()).collect(),
        key: String::new(),
        evidence: String::new(),
    }
}

/// How many mentions back a pronoun looks for its person.
const MENTIONS_REACH: usize = 16;

/// How many mentions back a bare title looks for the person carrying it.
const TITLED_MENTIONS_REACH: usize = 64;

/// Every person mention, sorted by position, with the index of its person.
pub struct People<'a> {
    persons: &'a [Person],
    mentions: Vec<(Span, usize)>,
    /// (last word of the canonical name, person index), sorted; built on the first surname
    /// lookup, which most documents never make.
    surnames: OnceCell<Vec<(&'a str, usize)>>,
}

impl<'a> People<'a> {
    /// Indexes the mentions of `persons`, keeping only spans that fit `doc`.
    pub fn new(doc: &Document, persons: &'a [Person]) -> People<'a> {
        // Sized first: collecting a flattened iterator would grow the vector from nothing.
        let mut mentions = Vec::with_capacity(persons.iter().map(|p| p.mentions.len()).sum());
        mentions.extend(persons.iter().enumerate().flat_map(|(i, p)| {
            p.mentions
                .iter()
                .filter_map(move |m| Span::new(doc.text(), m.start, m.end).map(|s| (s, i)))
        }));
        // Each person's mentions come in document order: a stable sort merges those runs. Both
        // offsets fit in 32 bits (a document is at most 4 GiB), so one integer compares them.
        mentions.sort_by_key(|&(span, _)| (span.start as u64) << 32 | span.end as u64);
        People {
            persons,
            mentions,
            surnames: OnceCell::new(),
        }
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

    /// The last mention ending at or before `offset` and starting at or after `floor`, outside
    /// the sorted spans `quoted` (a person named inside a quotation is not who "he" refers to
    /// outside it).
    pub fn nearest_before(
        &self,
        offset: usize,
        floor: usize,
        quoted: &[Span],
    ) -> Option<(Span, &'a str)> {
        let inside_quote = |m: Span| {
            let at = quoted.partition_point(|q| q.end < m.end);
            quoted.get(at).is_some_and(|q| q.contains(m))
        };
        let after = self.mentions.partition_point(|(m, _)| m.start < offset);
        self.mentions[..after]
            .iter()
            .rev()
            .take(MENTIONS_REACH)
            .find(|&&(m, _)| m.end <= offset && m.start >= floor && !inside_quote(m))
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
        let surnames = self.surnames.get_or_init(|| {
            let mut surnames: Vec<(&str, usize)> = self
                .persons
                .iter()
                .enumerate()
                .map(|(i, p)| (last_word(&p.name), i))
                .collect();
            surnames.sort_unstable();
            surnames
        });
        let at = surnames.partition_point(|&(last, _)| last < surname);
        surnames
            .get(at)
            .filter(|&&(last, _)| last == surname)
            .map(|&(_, i)| self.persons[i].name.as_str())
    }
}

/// The last space-separated word of `name`.
fn last_word(name: &str) -> &str {
    let after_space = name.bytes().rposition(|b| b == b' ').map_or(0, |i| i + 1);
    &name[after_space..]
}

/// An organization named in the document: "Russian Foreign Ministry", "Kremlin".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Organization {
    /// Where the name is.
    pub span: Span,
    /// Token index of its head word ("Ministry").
    pub head: usize,
}

/// The organization names of a document, in document order: capitalized phrases headed by an
/// organization word, extended by "of ..." ("Ministry of Foreign Affairs"). They are found as
/// far into the document as lookups have asked, since a lookup only needs the names ending
/// before its offset.
#[derive(Default)]
pub struct Organizations {
    found: Vec<Organization>,
    /// The first token not scanned yet.
    next: usize,
    /// Tokens before this belong to the last name found.
    covered_until: usize,
}

/// How many organization names back a reference looks for its antecedent.
const ORGANIZATIONS_REACH: usize = 64;

/// How many tokens a lookup reads for its head word before any scan; past them, the scan decides.
const HEAD_CHECK_REACH: usize = 2048;

impl Organizations {
    /// Scans on until every name ending at or before byte `offset` is found: a name whose head
    /// starts at or after `offset` ends after it.
    fn scan_to(&mut self, doc: &Document, offset: usize) {
        let tokens = doc.tokens();
        let end = self.next + tokens[self.next..].partition_point(|t| t.start() < offset);
        // Tokens before `covered_until` belong to a name found already.
        let mut t = self.next.max(self.covered_until);
        // Most tokens are not capitalized words: case and kind turn them away before the text is
        // read.
        let capitalized_word =
            |token: &Token| token.is_capitalized() && token.kind == TokenKind::Word;
        while let Some(capitalized) = walk::find_token(tokens, t, end, capitalized_word) {
            t = capitalized;
            let word = lexicon::Word::from(phrase::bytes(doc, t));
            if !lexicon::is_organization_head(word) || lexicon::is_spokes_noun(word) {
                t += 1;
                continue;
            }
            let paragraph = &doc.paragraphs()[doc.paragraph_of(t)];
            let Some(before) = phrase::backward(doc, t, paragraph.tokens.start) else {
                t += 1;
                continue;
            };
            // Stop at a possessive: "Foreign Ministry's Latin American Department" names two
            // bodies.
            let mut whole = phrase::forward(doc, before.first, paragraph.tokens.end)
                .filter(|p| p.end > t)
                .unwrap_or(before);
            if let Some(cut) = (t + 1..whole.end).find(|&i| tokens[i].kind == TokenKind::Possessive)
            {
                whole.end = cut;
            }
            self.covered_until = whole.end;
            self.found.push(Organization {
                span: whole.span(doc),
                head: t,
            });
            t = whole.end;
        }
        self.next = end;
    }

    /// Whether, before any scan, no name with head word `head` can end before byte `offset`: no
    /// token before it is that word capitalized. "the ministry" in a document that never writes
    /// "Ministry" then needs no scan. Once a scan has begun, it costs about what this check
    /// would; and at most [`HEAD_CHECK_REACH`] tokens are read (else the scan decides), so
    /// repeated lookups stay linear.
    fn lacks_head(&self, doc: &Document, offset: usize, head: &str) -> bool {
        if self.next > 0 {
            return false;
        }
        let (tokens, text, head) = (doc.tokens(), doc.text().as_bytes(), head.as_bytes());
        let to_check = &tokens[..tokens.len().min(HEAD_CHECK_REACH)];
        let before_offset = to_check.partition_point(|t| t.start() < offset);
        if before_offset >= HEAD_CHECK_REACH {
            return false;
        }
        let is_head = |t: &Token| {
            // Case first: it turns away more tokens than kind.
            t.is_capitalized()
                && t.kind == TokenKind::Word
                && t.end() - t.start() == head.len()
                && text[t.start()..t.end()].eq_ignore_ascii_case(head)
        };
        walk::find_token(to_check, 0, before_offset, is_head).is_none()
    }

    /// The organization named last before byte `offset`, optionally with head word `head` and
    /// containing every word of `modifiers`.
    pub fn before(
        &mut self,
        doc: &Document,
        offset: usize,
        head: Option<&str>,
        modifiers: &[&str],
    ) -> Option<Organization> {
        if head.is_some_and(|head| self.lacks_head(doc, offset, head)) {
            return None;
        }
        self.scan_to(doc, offset);
        let before = self.found.partition_point(|o| o.span.end <= offset);
        self.found[..before]
            .iter()
            .rev()
            .take(ORGANIZATIONS_REACH)
            .find(|o| {
                let fits_head = head.is_none_or(|h| doc.token_text(o.head).eq_ignore_ascii_case(h));
                let name = doc.span_text(o.span);
                fits_head && modifiers.iter().all(|m| name.contains(m))
            })
            .copied()
    }
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
        let mut organizations = Organizations::default();
        organizations.scan_to(&doc, doc.text().len());
        let names: Vec<&str> = organizations
            .found
            .iter()
            .map(|o| doc.span_text(o.span))
            .collect();
        assert_eq!(names, ["Danish Ministry of Foreign Affairs", "Kremlin"]);
    }

    #[test]
    fn a_head_word_never_capitalized_before_needs_no_scan() {
        let text = "The Danish Foreign Ministry spoke. Later the ministry and the agency wrote.";
        let doc = Document::new("t", text).unwrap();
        let mut organizations = Organizations::default();
        let agency = text.find("agency").unwrap();
        assert_eq!(
            organizations.before(&doc, agency, Some("agency"), &[]),
            None
        );
        assert_eq!(organizations.next, 0, "no scan");
        let ministry = text.find("ministry").unwrap();
        let fuller = organizations.before(&doc, ministry, Some("ministry"), &["Foreign"]);
        assert_eq!(
            fuller.map(|o| doc.span_text(o.span)),
            Some("Danish Foreign Ministry")
        );
    }

    #[test]
    fn nearest_person_mention_before_an_offset() {
        let doc = Document::new("t", "Ole Eriksen met Anna Berg. He left.").unwrap();
        let persons = [
            person("Ole Eriksen", &["Head Coach"], &[(0, 11)]),
            person("Anna Berg", &[], &[(16, 25)]),
        ];
        let people = People::new(&doc, &persons);
        assert_eq!(people.nearest_before(27, 0, &[]).unwrap().1, "Anna Berg");
        assert_eq!(people.nearest_before(14, 0, &[]).unwrap().1, "Ole Eriksen");
        assert!(people.nearest_before(27, 26, &[]).is_none());
        let quoted = [Span { start: 15, end: 26 }];
        assert_eq!(
            people.nearest_before(27, 0, &quoted).unwrap().1,
            "Ole Eriksen"
        );
        assert_eq!(people.by_surname("Berg"), Some("Anna Berg"));
        assert_eq!(people.titled_before("coach", 27, 0), Some("Ole Eriksen"));
        assert_eq!(people.titled_before("mayor", 27, 0), None);
        assert_eq!(
            people.covering(Span { start: 4, end: 11 }).unwrap().1,
            "Ole Eriksen"
        );
    }
}
