//! Naming a speaker phrase: a person of the people extractor ("Peskov" → "Dmitry Peskov", "he"
//! → the person mentioned last), or an organization as the document names it ("the ministry" →
//! the fuller "Russian Foreign Ministry" named earlier, "the statement" → whoever issued it).

use crate::attribution;
use crate::entities::{Organizations, People};
use crate::lexicon;
use crate::phrase::{self, bytes, Phrase, PhraseKind};
use crate::shared::{Piece, Shared, SharedStr, Strings};
use lede_core::{Case, Document, Span, TokenKind};
use serde::Serialize;

/// Who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The resolved canonical name: "Dmitry Peskov", "Russian Foreign Ministry".
    pub name: SharedStr,
    /// The local mention that carries the attribution: "Peskov", "he", "the ministry".
    pub text: SharedStr,
    /// First byte of the local mention.
    pub start: usize,
    /// One past the last byte of the local mention.
    pub end: usize,
    /// "person", "organization" or "unknown".
    pub kind: &'static str,
}

/// A [`Speaker`] while the items of its document are found: its strings are pieces of the
/// buffer they will share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// See [`Speaker::name`].
    pub name: Piece,
    /// See [`Speaker::text`].
    pub text: Piece,
    /// See [`Speaker::start`].
    pub start: usize,
    /// See [`Speaker::end`].
    pub end: usize,
    /// See [`Speaker::kind`].
    pub kind: &'static str,
}

impl Found {
    /// The speaker, its strings read from the finished buffer `shared`.
    pub fn finish(self, shared: &Shared) -> Speaker {
        Speaker {
            name: shared.get(self.name),
            text: shared.get(self.text),
            start: self.start,
            end: self.end,
            kind: self.kind,
        }
    }
}

/// A resolved speaker with the rule that named it.
pub struct Resolved {
    /// The speaker.
    pub speaker: Found,
    /// How the name was found.
    pub how: &'static str,
}

/// Resolves speaker phrases of one document.
pub struct Resolver<'a> {
    doc: &'a Document,
    people: People<'a>,
    /// The contents of the document's quotations, sorted.
    quoted: Vec<Span>,
    /// Found on demand: most documents never need them.
    organizations: Organizations,
    /// The last person named as a speaker, and where.
    last_person: Option<(&'a str, usize)>,
    /// The strings of the document's items.
    strings: Strings<'a>,
}

/// How many paragraphs back a pronoun looks for the person it refers to.
const PRONOUN_PARAGRAPHS: usize = 2;

/// How many tokens back a pronoun looks for a titled name when the people extractor found no one.
const TITLED_NAME_REACH: usize = 400;

impl<'a> Resolver<'a> {
    /// A resolver over `doc`, the people found in it and its quotations' contents (sorted).
    pub fn new(doc: &'a Document, people: People<'a>, quoted: Vec<Span>) -> Resolver<'a> {
        Resolver {
            doc,
            people,
            quoted,
            organizations: Organizations::default(),
            last_person: None,
            strings: Strings::new(doc),
        }
    }

    /// The strings of the document's items, to which the caller adds its own.
    pub fn strings(&mut self) -> &mut Strings<'a> {
        &mut self.strings
    }

    /// The strings of the document's items, once every item is found.
    pub fn into_strings(self) -> Strings<'a> {
        self.strings
    }

    /// Whether `span` is (part of) a mention of a person of the people extractor.
    pub fn is_person(&self, span: Span) -> bool {
        self.people.covering(span).is_some()
    }

    /// Names the speaker `phrase` refers to.
    pub fn resolve(&mut self, phrase: Phrase) -> Resolved {
        let span = phrase.span(self.doc);
        let (name, kind, how, local) = match phrase.kind {
            PhraseKind::PersonPronoun => {
                let (name, how) = self.person_before(phrase.first, span);
                (name, "person", how, span)
            }
            PhraseKind::GroupPronoun => self.group(phrase, span),
            PhraseKind::Named => self.named(phrase, span),
        };
        if kind == "person" {
            self.last_person = Some((name, span.start));
        }
        Resolved {
            speaker: Found {
                name: self.strings.piece(name),
                text: self.strings.span(local),
                start: local.start,
                end: local.end,
                kind,
            },
            how,
        }
    }

    /// The person a "he" or "she" at `span`, starting at token `first`, refers to.
    fn person_before(&self, first: usize, span: Span) -> (&'a str, &'static str) {
        let floor = self.pronoun_floor(first);
        if let Some((_, name)) = self.people.nearest_before(span.start, floor, &self.quoted) {
            return (name, "pronoun → person mentioned last");
        }
        if let Some((name, _)) = self.last_person.as_ref().filter(|(_, at)| *at >= floor) {
            return (*name, "pronoun → previous person speaker");
        }
        if let Some(name) = self.titled_name_before(span.start, floor) {
            return (name, "pronoun → titled name mentioned last");
        }
        match &self.last_person {
            Some((name, _)) => (*name, "pronoun → previous person speaker"),
            None => (self.doc.span_text(span), "pronoun left unresolved"),
        }
    }

    /// Where a pronoun at token `first` stops looking back: the start of the paragraph
    /// [`PRONOUN_PARAGRAPHS`] before its own.
    fn pronoun_floor(&self, first: usize) -> usize {
        let paragraph = self.doc.paragraph_of(first);
        self.doc.paragraphs()[paragraph.saturating_sub(PRONOUN_PARAGRAPHS)]
            .span
            .start
    }

    /// Without people results: the last "Title Name" before `offset` ("President Ana Ruiz",
    /// "the chancellor, Ana Ruiz"), reading back at most [`TITLED_NAME_REACH`] tokens.
    fn titled_name_before(&self, offset: usize, floor: usize) -> Option<&'a str> {
        let doc = self.doc;
        let end = doc.token_at_or_after(offset);
        let from = doc
            .token_at_or_after(floor)
            .max(end.saturating_sub(TITLED_NAME_REACH));
        (from..end).rev().find_map(|t| {
            let title_at = if t > from && bytes(doc, t - 1) == b"," {
                t.checked_sub(2)?
            } else {
                t.checked_sub(1)?
            };
            if title_at < from || !lexicon::is_title(bytes(doc, title_at)) {
                return None;
            }
            let name = phrase::forward(doc, t, end)?;
            let words = &doc.tokens()[name.first..name.end];
            let all_names = words
                .iter()
                .all(|w| w.kind == TokenKind::Word && w.is_capitalized());
            let is_person = all_names
                && !(name.first..name.end).any(|i| {
                    lexicon::is_title(bytes(doc, i)) || lexicon::is_organization_head(bytes(doc, i))
                });
            (name.first == t && is_person).then(|| doc.span_text(name.span(doc)))
        })
    }

    /// The organization or group an "it", "they" or "both" refers to.
    fn group(&mut self, phrase: Phrase, span: Span) -> (&'a str, &'static str, &'static str, Span) {
        let doc = self.doc;
        if doc.span_text(span).eq_ignore_ascii_case("both") {
            let (name, how) = self.person_before(phrase.first, span);
            return (name, "person", how, span);
        }
        let subject = attribution::sentence_subject(doc, phrase.first, phrase.first)
            .filter(|s| s.kind == PhraseKind::Named)
            .filter(|s| self.people.covering(s.span(doc)).is_none());
        if let Some(subject) = subject {
            let name = doc.span_text(subject.span(doc));
            return (name, "organization", "pronoun → sentence subject", span);
        }
        match self.organizations.before(doc, span.start, None, &[]) {
            Some(o) => (
                doc.span_text(o.span),
                "organization",
                "pronoun → organization named last",
                span,
            ),
            None => (
                doc.span_text(span),
                "unknown",
                "pronoun left unresolved",
                span,
            ),
        }
    }

    fn named(&mut self, phrase: Phrase, span: Span) -> (&'a str, &'static str, &'static str, Span) {
        let doc = self.doc;
        if let Some((mention, name)) = self.people.covering(span) {
            return (name, "person", "person of the people extractor", mention);
        }
        let text = doc.span_text(span);
        let head = phrase.head(doc);
        if lexicon::is_statement_noun(head) {
            let inside = self
                .organizations
                .before(doc, span.end, None, &[])
                .filter(|o| span.contains(o.span));
            let issuer = inside.or_else(|| self.organizations.before(doc, span.start, None, &[]));
            return match issuer {
                Some(o) => (
                    doc.span_text(o.span),
                    "organization",
                    "statement → organization that issued it",
                    span,
                ),
                None => match (phrase.first..phrase.end)
                    .find(|&t| doc.tokens()[t].kind == TokenKind::Possessive)
                {
                    // "the union’s statement": the owner issued it.
                    Some(possessive) if possessive > phrase.first => {
                        let owner = doc.tokens()[phrase.first]
                            .span()
                            .cover(doc.tokens()[possessive - 1].span());
                        (
                            doc.span_text(owner),
                            "organization",
                            "statement → its owner",
                            span,
                        )
                    }
                    _ => (text, "unknown", "statement of an unnamed issuer", span),
                },
            };
        }
        if lexicon::is_spokes_noun(head) {
            return (text, "person", "spokesperson of an organization", span);
        }
        let words: Vec<usize> = (phrase.first..phrase.end)
            .filter(|&t| doc.tokens()[t].kind == TokenKind::Word)
            .collect();
        let is_organization = words.iter().any(|&t| {
            let w = lexicon::Word::from(bytes(doc, t));
            lexicon::is_organization_head(w) || lexicon::is_institution(w)
        });
        if is_organization {
            let modifiers: Vec<&str> = words[..words.len() - 1]
                .iter()
                .map(|&t| doc.token_text(t))
                .collect();
            let fuller = self
                .organizations
                .before(doc, span.start, Some(head), &modifiers)
                .filter(|o| o.span.len() > span.len());
            return match fuller {
                Some(o) => (
                    doc.span_text(o.span),
                    "organization",
                    "organization → fuller name used earlier",
                    span,
                ),
                None => (text, "organization", "organization as named", span),
            };
        }
        // A person: drop titles ("Foreign Minister Ole Eriksen" → "Ole Eriksen").
        let name_from = words
            .iter()
            .rposition(|&t| lexicon::is_title(bytes(doc, t)))
            .map_or(0, |i| i + 1);
        let titled = name_from > 0;
        let name_words = &words[name_from.min(words.len())..];
        // "the chief executive of Elbe Freight": a role at an organization, no name.
        if titled && name_words.first().is_some_and(|&t| bytes(doc, t) == b"of") {
            let floor = self.pronoun_floor(phrase.first);
            let title = doc.token_text(words[name_from - 1]);
            return match self.people.titled_before(title, span.start, floor) {
                Some(name) => (name, "person", "title → person carrying it", span),
                None => (text, "person", "role at an organization", span),
            };
        }
        // The name is the capitalized run ending the phrase: "minister for sea fisheries, Astrid
        // Vik" → "Astrid Vik".
        let run_from = name_words
            .iter()
            .rposition(|&t| {
                doc.tokens()[t].case == Case::Lower && !lexicon::is_name_particle(bytes(doc, t))
            })
            .map_or(0, |i| i + 1);
        let name_words = &name_words[run_from..];
        let Some((&first, &last)) = name_words.first().zip(name_words.last()) else {
            let floor = self.pronoun_floor(phrase.first);
            return match self.people.titled_before(head, span.start, floor) {
                Some(name) => (name, "person", "title → person carrying it", span),
                None => (text, "person", "title without a name", span),
            };
        };
        let local = doc.tokens()[first].span().cover(doc.tokens()[last].span());
        if let Some(name) = self.people.by_surname(doc.token_text(last)) {
            return (
                name,
                "person",
                "surname of a person of the people extractor",
                local,
            );
        }
        let name = doc.span_text(local);
        if titled || name_words.len() > 1 || self.people.is_empty() {
            (name, "person", "capitalized name beside the cue", local)
        } else {
            (name, "unknown", "capitalized word beside the cue", local)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::{person as person_at, Person};

    fn resolve_at(text: &str, persons: &[Person], word: &str) -> Speaker {
        let doc = Document::new("t", text).unwrap();
        let at = text.rfind(word).unwrap();
        let t = doc.token_at_or_after(at);
        let paragraph = &doc.paragraphs()[doc.paragraph_of(t)];
        let p = phrase::forward(&doc, t, paragraph.tokens.end).unwrap();
        let mut resolver = Resolver::new(&doc, People::new(&doc, persons), Vec::new());
        let found = resolver.resolve(p).speaker;
        found.finish(&resolver.into_strings().finish())
    }

    fn person(text: &str, name: &str, mention: &str) -> Person {
        let start = text.find(mention).unwrap();
        person_at(name, &["Mayor"], &[(start, start + mention.len())])
    }

    #[test]
    fn surname_mention_resolves_to_the_person() {
        let text = "Ole Eriksen arrived.\nEriksen said so.";
        let mut p = person(text, "Ole Eriksen", "Ole Eriksen");
        p.mentions.push(lede_people::Mention {
            text: String::new(),
            start: 21,
            end: 28,
        });
        let s = resolve_at(text, &[p], "Eriksen said");
        assert_eq!(
            (s.name.as_str(), s.text.as_str(), s.kind),
            ("Ole Eriksen", "Eriksen", "person")
        );
    }

    #[test]
    fn pronoun_resolves_to_the_person_mentioned_last() {
        let text = "Coach Anna Berg left the club.\nHe said so.\nShe said so.";
        let people = [person(text, "Anna Berg", "Anna Berg")];
        let s = resolve_at(text, &people, "She");
        assert_eq!((s.name.as_str(), s.text.as_str()), ("Anna Berg", "She"));
    }

    #[test]
    fn pronoun_skips_people_named_inside_quotations() {
        let text = "Anna Berg spoke.\n\"I met Ole Eriksen,\" she said.";
        let persons = [
            person(text, "Anna Berg", "Anna Berg"),
            person(text, "Ole Eriksen", "Ole Eriksen"),
        ];
        let doc = Document::new("t", text).unwrap();
        let quoted: Vec<Span> = crate::marks::find(&doc).iter().map(|q| q.content).collect();
        let mut resolver = Resolver::new(&doc, People::new(&doc, &persons), quoted);
        let she = doc.token_at_or_after(text.find("she").unwrap());
        let p = phrase::forward(&doc, she, she + 1).unwrap();
        let found = resolver.resolve(p).speaker;
        let shared = resolver.into_strings().finish();
        assert_eq!(shared.get(found.name), "Anna Berg");
    }

    #[test]
    fn pronoun_does_not_reach_past_two_paragraphs() {
        let text = "Anna Berg left.\nA.\nB.\nC.\nShe said so.";
        let people = [person(text, "Anna Berg", "Anna Berg")];
        assert_eq!(resolve_at(text, &people, "She").name, "She");
    }

    #[test]
    fn short_organization_reference_takes_the_fuller_earlier_name() {
        let text = "The Danish Foreign Ministry met the Kremlin.\nThe Danish ministry said so.";
        let s = resolve_at(text, &[], "Danish ministry");
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("Danish Foreign Ministry", "organization")
        );
        let s = resolve_at(text, &[], "Kremlin");
        assert_eq!((s.name.as_str(), s.kind), ("Kremlin", "organization"));
    }

    #[test]
    fn statement_speaks_for_its_issuer() {
        let text = "In a note, the Oslo Port Authority warned ships.\nThe statement reads so.";
        let s = resolve_at(text, &[], "statement");
        assert_eq!(s.name, "Oslo Port Authority");
        assert_eq!(s.text, "statement");
    }

    #[test]
    fn it_refers_to_the_sentence_subject_or_the_last_organization() {
        let text = "Norway, for its part, said what it says.";
        assert_eq!(resolve_at(text, &[], "it says").name, "Norway");
        let text = "The Oslo Port Authority met.\nLater it said so.";
        assert_eq!(resolve_at(text, &[], "it said").name, "Oslo Port Authority");
    }

    #[test]
    fn a_bare_title_names_the_person_carrying_it() {
        let text = "Anna Berg opened the bridge.\nThe mayor said so.";
        let people = [person(text, "Anna Berg", "Anna Berg")];
        assert_eq!(resolve_at(text, &people, "mayor").name, "Anna Berg");
        let text = "Anna Berg opened the bridge.\nThe senator said so.";
        let people = [person(text, "Anna Berg", "Anna Berg")];
        assert_eq!(resolve_at(text, &people, "senator").name, "senator");
    }

    #[test]
    fn titles_are_dropped_from_local_names() {
        let s = resolve_at("Foreign Minister Ole Eriksen said so.", &[], "Foreign");
        assert_eq!((s.name.as_str(), s.kind), ("Ole Eriksen", "person"));
        let s = resolve_at(
            "The minister for sea fisheries, Ole Eriksen, said so.",
            &[],
            "minister",
        );
        assert_eq!(
            (s.name.as_str(), s.text.as_str()),
            ("Ole Eriksen", "Ole Eriksen")
        );
    }

    #[test]
    fn a_lone_uncovered_word_is_unknown_when_people_ran() {
        let text = "Anna Berg came. Norway said so.";
        let people = [person(text, "Anna Berg", "Anna Berg")];
        assert_eq!(resolve_at(text, &people, "Norway").kind, "unknown");
        assert_eq!(resolve_at(text, &[], "Norway").kind, "person");
    }
}
