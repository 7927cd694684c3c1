//! Finding place names: capitalised runs looked up in the gazetteer, kept or rejected by the
//! context guards, and unknown names that their context calls places.

use crate::context;
use crate::cues::{self, CuedPlace};
use crate::gazetteer::{Candidates, Kind, Place};
use crate::scan::{longest_at, starts_upper, token_bytes, Hit};
use crate::word_steps::WordSteps;
use lede_core::{Case, Document, Span, TokenKind};

/// A name found in the text, before resolution.
pub struct Found {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// How it was recognised.
    pub named: Named,
}

/// How a name was recognised: from the gazetteer, or only from its context.
pub enum Named {
    /// A gazetteer name.
    Known {
        /// The places it may denote.
        candidates: Candidates,
        /// ", Texas" after it.
        qualifier: Option<Place>,
        /// The division the name is followed by a noun for: "New York state".
        division: Option<Place>,
        /// The cue that found it, for the evidence.
        cue: &'static str,
    },
    /// An unknown name its context calls a place.
    Cued(CuedPlace),
}

/// Person mentions (sorted by end) read left to right: the spans ending before a token are
/// passed once, not searched again for every token.
struct PersonCursor<'a> {
    people: &'a [Span],
    next: usize,
}

impl PersonCursor<'_> {
    /// The person mention overlapping `span`; spans must be asked for in text order.
    fn at(&mut self, span: Span) -> Option<Span> {
        while self
            .people
            .get(self.next)
            .is_some_and(|p| p.end <= span.start)
        {
            self.next += 1;
        }
        self.people
            .get(self.next)
            .copied()
            .filter(|p| p.overlaps(span))
    }
}

/// A division, region or country written in several words and reported as a person with
/// exactly its span ("Tamil Nadu") is the place: such names are not people's names.
fn outranks(doc: &Document, hit: &Hit, person: Span) -> bool {
    let tokens = doc.tokens();
    let span = Span::new(
        doc.text(),
        tokens[hit.first].start(),
        tokens[hit.last].end(),
    );
    hit.first < hit.last
        && span == Some(person)
        && hit.candidates.places().all(|p| p.kind() != Kind::City)
}

/// "New York state", "Kursk region": the first-level division of that name, if any.
fn division(doc: &Document, hit: &Hit) -> Option<Place> {
    const NOUNS: &[&str] = &["oblast", "province", "region", "state"];
    let next = hit.last + 1;
    // Lowercase and of a noun's length (5, 6 or 8 bytes) before its text is read.
    let noun = (hit.near(next)
        && doc.tokens()[next].case == lede_core::Case::Lower
        && matches!(
            doc.tokens()[next].end() - doc.tokens()[next].start(),
            5 | 6 | 8
        ))
    .then(|| doc.token_text(next))?;
    if !NOUNS.contains(&noun) {
        return None;
    }
    hit.candidates.places().find(|p| p.kind() == Kind::Admin1)
}

/// ", Texas" after a name: the division or country that qualifies it.
fn qualifier(doc: &Document, steps: &mut WordSteps, last: usize, end: usize) -> Option<Place> {
    // Only a comma token starts with a comma byte (punctuation is one character).
    if last + 2 >= end || doc.text().as_bytes()[doc.tokens()[last + 1].start()] != b',' {
        return None;
    }
    let hit = longest_at(doc, steps, last + 2, last + 2..end)?;
    hit.candidates
        .places()
        .find(|p| matches!(p.kind(), Kind::Admin1 | Kind::Country))
}

pub fn find(doc: &Document, people: &[Span], context_places: bool) -> Vec<Found> {
    WordSteps::with(|steps| find_with(doc, steps, people, context_places))
}

fn find_with(
    doc: &Document,
    steps: &mut WordSteps,
    people: &[Span],
    context_places: bool,
) -> Vec<Found> {
    // News names a place every twenty to thirty tokens: room for that many, grown past it.
    let mut found = Vec::with_capacity(doc.tokens().len() / 16);
    let mut people = PersonCursor { people, next: 0 };
    for paragraph in doc.paragraphs() {
        // Whether the paragraph is a headline, read only once a name in it needs the answer.
        let mut headline = None;
        let end = paragraph.tokens.end;
        let mut i = paragraph.tokens.start;
        while i < end {
            // Capitalised words are few: skip to the next one on the token's case and kind alone
            // (a mixed-case word's text is read only when reached).
            i = doc.capitalized_words().next(i, end);
            if i == end {
                break;
            }
            let token = doc.tokens()[i];
            // A capitalised word starts upper unless it is mixed-case ("iPhone"): only then is
            // its text read.
            if token.case == Case::Mixed && !starts_upper(doc, i) {
                i += 1;
                continue;
            }
            let person = people.at(token.span());
            // A name found here could only outrank a person mention of several words starting
            // here: inside one, or at a one-word one, there is nothing to walk.
            if person.is_some_and(|p| p.start != token.start() || p.end <= token.end()) {
                i += 1;
                continue;
            }
            match longest_at(doc, steps, i, paragraph.tokens.clone()) {
                Some(hit) => {
                    let in_person = person.is_some_and(|p| !outranks(doc, &hit, p));
                    let accepted = (!in_person).then(|| {
                        let headline = *headline
                            .get_or_insert_with(|| context::title_case_line(doc, paragraph));
                        accept(doc, steps, &hit, headline)
                    });
                    match accepted.flatten() {
                        Some(f) => {
                            found.push(f);
                            i = hit.last + 1;
                        }
                        // A shorter name may start inside a rejected one ("In Tokyo").
                        None => i += 1,
                    }
                }
                None if person.is_some() => i += 1,
                None => {
                    if context_places {
                        if let Some(cued) = cues::cued_place(doc, i, paragraph.tokens.clone()) {
                            found.push(Found {
                                first: cued.first,
                                last: cued.last,
                                named: Named::Cued(cued),
                            });
                            i = cued.last + 1;
                            continue;
                        }
                    }
                    i += 1;
                }
            }
        }
    }
    found
}

fn accept(doc: &Document, steps: &mut WordSteps, hit: &Hit, headline: bool) -> Option<Found> {
    let top = hit.candidates.places().next()?;
    let tokens = doc.tokens();
    let dateline = cues::is_dateline(doc, hit.first, hit.last, hit.paragraph.0);
    if hit.first == hit.last {
        // Short words are codes or abbreviations far more often than towns ("UN", "Un").
        let upper = tokens[hit.first].case == lede_core::Case::Upper;
        // The word is compared as bytes (no check of character boundaries), and read as text
        // only to count its letters, last: most short-word tests fail before.
        if ((upper && top.kind() == Kind::City && !dateline)
            || (!upper && token_bytes(doc, hit.first) != top.name().as_bytes()))
            && doc
                .token_text(hit.first)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                <= 3
        {
            return None;
        }
    }
    let run_after = context::run_after(doc, hit);
    let next_upper = run_after > hit.last + 1;
    if context::inside_organization(doc, hit, run_after).is_some()
        || context::part_of_person(doc, steps, hit, top, headline, next_upper).is_some()
        || context::names_a_team(doc, hit, top, headline, run_after).is_some()
    {
        return None;
    }
    let qualifier = qualifier(doc, steps, hit.last, hit.paragraph.1);
    let division = division(doc, hit);
    // Every candidate's record is read last: a name whose first reading is no town, or that
    // opens a dateline, has no town-only test to pass.
    if !dateline
        && top.kind() == Kind::City
        && hit.candidates.places().all(|p| p.kind() == Kind::City)
        && context::ordinary_word_without_context(doc, hit, top, qualifier.is_some(), next_upper)
            .is_some()
    {
        return None;
    }
    let cue = if dateline {
        "dateline"
    } else if tokens
        .get(hit.last + 1)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        "possessive"
    } else {
        "gazetteer name"
    };
    Some(Found {
        first: hit.first,
        last: hit.last,
        named: Named::Known {
            candidates: hit.candidates,
            qualifier,
            division,
            cue,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found_with_people(text: &str, person: &str) -> Vec<String> {
        let doc = Document::new("t", text).unwrap();
        let start = text.find(person).unwrap();
        let people = [Span::new(text, start, start + person.len()).unwrap()];
        find(&doc, &people, true)
            .iter()
            .map(|f| {
                let tokens = doc.tokens();
                text[tokens[f.first].start()..tokens[f.last].end()].to_string()
            })
            .collect()
    }

    #[test]
    fn person_mentions_hide_the_place_words_inside_them() {
        let text = "Chelsea Manning spoke, and Chad Kimura met Parisa in Chad.";
        assert_eq!(found_with_people(text, "Chad Kimura"), ["Chad"]);
        assert_eq!(
            found_with_people("Washington said no.", "Washington"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_multiword_division_outranks_a_person_mention_of_the_same_span() {
        let text = "Exports from Tamil Nadu rose.";
        assert_eq!(found_with_people(text, "Tamil Nadu"), ["Tamil Nadu"]);
    }
}
