//! lede-quotes: every quotation with its content span, full or partial, its reporting cue and
//! its speaker resolved to a person or an organization of the document.
//!
//! # What it finds
//! One item per quotation in the reporter's text (quotations nested inside another are only
//! emitted with `nested = true`):
//! `{"text", "start", "end", "partial", "cue", "speaker": {"name", "text", "start", "end",
//! "kind"}, "evidence"}` where the span is the content between the marks and `speaker` is null
//! when nothing attributes the quotation.
//!
//! # Quote marks (see `marks`)
//! Straight, curly, mismatched (“…"), guillemets and single marks nested inside double ones are
//! paired per paragraph (one line of input) with a small stack: linear time whatever the input.
//! Apostrophes are never marks: inside words (don’t), possessives (Oslo’s, Lukas’ plans) and
//! before digits (’90s). **Recovery rule**: marks never pair across paragraphs. An opening mark
//! still unclosed at its paragraph's end quotes the rest of that paragraph only if it opens the
//! paragraph, follows a colon, or the next paragraph opens with a mark (a quotation continued
//! over paragraphs, one item per paragraph, all with the same speaker); any other unclosed mark
//! is ignored, so an odd mark costs at most its own paragraph.
//!
//! # Full or partial (see `fullness`)
//! Full: the quotation opens where an utterance can (a sentence or paragraph start, after a
//! colon, right after a cue, `said,` / `said that` / `According to X,`) and ends where one can
//! (punctuation inside the closing mark, or the sentence or an attribution right after it).
//! Everything else is partial: `expressed "serious concern" over`, `as a "strategic ally"`.
//!
//! # Speakers (see `attribution`, `resolve`)
//! The cue and speaker are read after the closing mark (`"…," X said`, `"…," said X`, `"…,"
//! according to X`, `"…," NTB quoted X as saying`), then in the sentence before the opening mark
//! (`X said: "…"`, `X said that "…"`, `According to X, "…"`, `X reaffirmed "…"`, `the Kremlin
//! insisted on its "…"`); a participle's subject is its clause's subject. A full quotation without
//! either takes, in order: the speaker of the quotation it continues or of the previous one in
//! its paragraph, the subject of a colon-ended paragraph that introduces it, a speaker named in
//! the next sentence (`"…" The warning came from X.`), or the previous paragraph's quotation when
//! that paragraph ended quoting. Names come from the `people` extractor ("Peskov" → "Dmitry
//! Peskov", "he" → the person mentioned last within two paragraphs, "the minister" → the person
//! carrying that title); organizations are named as the document names them, a short reference
//! taking the fuller earlier name ("the ministry" → "Russian Foreign Ministry"), a statement its
//! issuer, "it"/"they" the sentence's subject or the organization named last. Without people
//! results the capitalized name beside the cue is used, titles dropped. Every look-back is
//! bounded, so attribution is linear in the document too.
//!
//! # Options
//! - `after_window` (default 12): tokens read after a closing mark to find `X said`.
//! - `before_window` (default 60): tokens read back from an opening mark to find the cue.
//! - `nested` (default false): also emit quotations nested inside another quotation.
//!
//! # Example
//! ```
//! use lede_core::{Document, Extractor, Extractions};
//! use lede_quotes::{Options, Quotes};
//!
//! let doc = Document::new("d", "\"We are ready,\" coach Ole Eriksen said on Friday.").unwrap();
//! let quotes = Quotes::new(Options::default()).unwrap();
//! let items = quotes.extract(&doc, &Extractions::default());
//! assert_eq!(items[0].text, "We are ready,");
//! assert!(!items[0].partial);
//! assert_eq!(items[0].cue.as_deref(), Some("said"));
//! assert_eq!(items[0].speaker.as_ref().unwrap().name, "Ole Eriksen");
//! ```
#![deny(missing_docs)]

mod attribution;
mod entities;
mod fullness;
mod lexicon;
mod marks;
mod phrase;
mod resolve;
mod shared;
mod walk;

use attribution::{Attribution, Reach};
use entities::{People, Person};
use lede_core::{Document, Extractions, Extractor, Registration};
use marks::Quotation;
use resolve::{Found, Resolver};
use serde::{Deserialize, Serialize};
use shared::{Piece, Shared};

pub use resolve::Speaker;
pub use shared::SharedStr;

/// Options of the `quotes` extractor.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Tokens read after a closing mark to find the attribution (`"…," X said`). Default 12.
    pub after_window: usize,
    /// Tokens read back from an opening mark, within its sentence, to find the cue. Default 60.
    pub before_window: usize,
    /// Also emit quotations nested inside another quotation. Default false.
    pub nested: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            after_window: 12,
            before_window: 60,
            nested: false,
        }
    }
}

/// The `quotes` extractor.
pub struct Quotes {
    reach: Reach,
    nested: bool,
}

/// One quotation.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The content between the quote marks.
    pub text: SharedStr,
    /// First byte of the content.
    pub start: usize,
    /// One past the last byte of the content.
    pub end: usize,
    /// Whether it is a fragment woven into the reporter's sentence.
    pub partial: bool,
    /// The reporting verb or phrase: "said", "told reporters", "according to".
    pub cue: Option<SharedStr>,
    /// Who said it; null when nothing in the text attributes it.
    pub speaker: Option<Speaker>,
    /// The rules that fired.
    pub evidence: String,
}

impl Extractor for Quotes {
    const NAME: &'static str = "quotes";
    const REQUIRES: &'static [&'static str] = &["people"];
    const DESCRIPTION: &'static str =
        "Quotations with content span, partial or full, cue and resolved speaker";
    type Options = Options;
    type Item = Item;

    fn new(options: Options) -> Result<Self, String> {
        if options.after_window == 0 || options.before_window == 0 {
            return Err("`after_window` and `before_window` must be at least 1".into());
        }
        Ok(Quotes {
            reach: Reach {
                after: options.after_window,
                before: options.before_window,
            },
            nested: options.nested,
        })
    }

    fn extract(&self, doc: &Document, earlier: &Extractions) -> Vec<Item> {
        self.attributed(doc, earlier, &marks::find(doc))
    }

    fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Vec<Item>> {
        // Every document's quotations, then every document's speakers: each phase's code is
        // fetched once for the batch.
        let quotations: Vec<Vec<Quotation>> =
            batch.iter().map(|(doc, _)| marks::find(doc)).collect();
        batch
            .iter()
            .zip(&quotations)
            .map(|((doc, earlier), quotations)| self.attributed(doc, earlier, quotations))
            .collect()
    }
}

/// An [`Item`] while the items of its document are found: its strings are pieces of the buffer
/// they will share.
struct Draft {
    text: Piece,
    start: usize,
    end: usize,
    partial: bool,
    cue: Option<Piece>,
    speaker: Option<Found>,
    evidence: String,
}

impl Draft {
    fn finish(self, shared: &Shared) -> Item {
        Item {
            text: shared.get(self.text),
            start: self.start,
            end: self.end,
            partial: self.partial,
            cue: self.cue.map(|cue| shared.get(cue)),
            speaker: self.speaker.map(|speaker| speaker.finish(shared)),
            evidence: self.evidence,
        }
    }
}

/// A quotation's cue and speaker, with how the speaker was found.
struct Attributed {
    cue: Option<Piece>,
    speaker: Option<Found>,
    how: &'static str,
}

impl Quotes {
    /// The items of `quotations` in `doc`, attributed to the people `earlier` found.
    fn attributed(
        &self,
        doc: &Document,
        earlier: &Extractions,
        quotations: &[Quotation],
    ) -> Vec<Item> {
        if quotations.is_empty() {
            return Vec::new();
        }
        self.attribute(doc, quotations, earlier.of::<lede_people::People>())
    }

    fn attribute(&self, doc: &Document, quotations: &[Quotation], persons: &[Person]) -> Vec<Item> {
        // Top-level contents do not overlap, so they are sorted by start and by end alike.
        let quoted = quotations
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| q.content)
            .collect();
        let mut resolver = Resolver::new(doc, People::new(doc, persons), quoted);
        let mut items: Vec<Draft> = Vec::with_capacity(quotations.len());
        // The paragraph of the last item; its speaker is read from the item, not cloned.
        let mut previous_paragraph = None;
        let mut continues = Vec::with_capacity(quotations.len());
        for q in quotations.iter().filter(|q| self.nested || q.depth == 0) {
            let after = attribution::after(doc, q, self.reach);
            let fullness = fullness::judge(doc, q, after.is_some());
            let found = if fullness.partial {
                attribution::before(doc, q, self.reach).or(after)
            } else {
                after.or_else(|| attribution::before(doc, q, self.reach))
            };
            let mut attributed = self.name(doc, found, &mut resolver);
            if attributed.speaker.is_none() {
                let previous = previous_paragraph
                    .zip(items.last())
                    .map(|(paragraph, item)| (paragraph, item.speaker.as_ref()));
                attributed = self.fallback(
                    doc,
                    q,
                    fullness.partial,
                    previous,
                    attributed,
                    &mut resolver,
                );
            }
            previous_paragraph = Some(q.paragraph);
            continues.push(q.continues_previous);
            items.push(Draft {
                text: resolver.strings().span(q.content),
                start: q.content.start,
                end: q.content.end,
                partial: fullness.partial,
                cue: attributed.cue,
                speaker: attributed.speaker,
                evidence: [fullness.reason, attributed.how].join("; "),
            });
        }
        backfill_continued(&mut items, &continues);
        let shared = resolver.into_strings().finish();
        items
            .into_iter()
            .map(|draft| draft.finish(&shared))
            .collect()
    }

    /// The speaker of a quotation its own sentence does not attribute, tried in order: the
    /// quotation it continues or the previous one in its paragraph, the sentence ending in a colon
    /// that introduces its paragraph, a speaker named in the next sentence, the previous
    /// paragraph's quotation when that paragraph ends quoting.
    fn fallback(
        &self,
        doc: &Document,
        q: &Quotation,
        partial: bool,
        previous: Option<(usize, Option<&Found>)>,
        unattributed: Attributed,
        resolver: &mut Resolver,
    ) -> Attributed {
        let inherited = |speaker: Found, how| Attributed {
            cue: None,
            speaker: Some(speaker),
            how,
        };
        if let Some((speaker, how)) = inherit(doc, q, partial, previous, false) {
            return inherited(speaker, how);
        }
        if let Some(intro) = colon_introduction(doc, q, self.reach) {
            let mut named = self.name(doc, Some(intro), resolver);
            named.how = "introduced by the previous paragraph's colon";
            return named;
        }
        if let Some(subject) = next_sentence(doc, q, partial, self.reach, resolver) {
            let resolved = resolver.resolve(subject);
            return Attributed {
                how: "speaker named in the next sentence",
                ..inherited(resolved.speaker, "")
            };
        }
        match inherit(doc, q, partial, previous, true) {
            Some((speaker, how)) => inherited(speaker, how),
            None => unattributed,
        }
    }

    fn name(
        &self,
        doc: &Document,
        found: Option<Attribution>,
        resolver: &mut Resolver,
    ) -> Attributed {
        let Some(found) = found else {
            return Attributed {
                cue: None,
                speaker: None,
                how: "no attribution",
            };
        };
        let tokens = doc.tokens();
        let cue = found.cue.map(|(from, to)| {
            resolver
                .strings()
                .span(tokens[from].span().cover(tokens[to - 1].span()))
        });
        let Some(phrase) = found.speaker else {
            return Attributed {
                cue,
                speaker: None,
                how: found.shape,
            };
        };
        let resolved = resolver.resolve(phrase);
        Attributed {
            cue,
            speaker: Some(resolved.speaker),
            how: resolved.how,
        }
    }
}

/// The speaker a quotation without attribution inherits: the one it continues from the previous
/// paragraph, or, for a full quotation, the previous quotation's in its paragraph; with
/// `across_paragraphs`, the previous paragraph's quotation when that paragraph ends quoting.
fn inherit(
    doc: &Document,
    q: &Quotation,
    partial: bool,
    previous: Option<(usize, Option<&Found>)>,
    across_paragraphs: bool,
) -> Option<(Found, &'static str)> {
    let (paragraph, Some(speaker)) = previous? else {
        return None;
    };
    if !across_paragraphs && q.continues_previous {
        return Some((*speaker, "continues the previous paragraph's quotation"));
    }
    if partial {
        return None;
    }
    if !across_paragraphs {
        return (paragraph == q.paragraph)
            .then_some((*speaker, "same speaker as the previous quotation"));
    }
    let opens_paragraph = q.open == doc.paragraphs()[q.paragraph].tokens.start;
    let previous_ends_quoting = paragraph + 1 == q.paragraph && {
        let before = doc.paragraphs()[paragraph].tokens.end - 1;
        matches!(doc.token_text(before), "\"" | "”" | "»" | ":")
    };
    (opens_paragraph && previous_ends_quoting).then_some((
        *speaker,
        "same speaker as the previous paragraph's quotation",
    ))
}

/// Gives the pieces of a quotation continued over paragraphs the speaker named after its last
/// piece (`continues[i]`: item `i` continues item `i - 1`).
fn backfill_continued(items: &mut [Draft], continues: &[bool]) {
    for i in (1..items.len()).rev() {
        if continues[i] && items[i - 1].speaker.is_none() && items[i].speaker.is_some() {
            items[i - 1].speaker = items[i].speaker;
            items[i - 1]
                .evidence
                .push_str("; speaker named where the quotation ends");
        }
    }
}

/// The attribution of a quotation opening its paragraph right after a paragraph that ends with
/// a colon: `Near the end she turned to the benches and said:` / `"…"`.
fn colon_introduction(doc: &Document, q: &Quotation, reach: Reach) -> Option<Attribution> {
    let paragraph = &doc.paragraphs()[q.paragraph];
    let colon = paragraph.tokens.start.checked_sub(1)?;
    let opens_paragraph = q.open == paragraph.tokens.start;
    if !opens_paragraph || doc.token_text(colon) != ":" {
        return None;
    }
    attribution::before_token(doc, colon, reach)
        .filter(|a| a.speaker.is_some())
        .or_else(|| {
            // "Astrid Vik closed the debate with a long answer:" names no cue, only a subject.
            Some(Attribution {
                cue: None,
                speaker: Some(attribution::sentence_subject(doc, colon, colon)?),
                shape: "subject of the sentence ending in a colon",
            })
        })
}

/// The speaker of a stand-alone full quotation named in the next sentence of its paragraph: the
/// first person of the people extractor in it (`"…" That was the verdict of Ole Eriksen.`), else
/// the subject of its reporting verb (`"…" Eriksen repeated the promise.`), else the source of a
/// speech noun (`"…" The warning came from Ole Eriksen.`).
fn next_sentence(
    doc: &Document,
    q: &Quotation,
    partial: bool,
    reach: Reach,
    resolver: &Resolver,
) -> Option<phrase::Phrase> {
    let close = q.close.filter(|_| !partial)?;
    let sentence = doc.sentences().get(doc.sentence_of(close) + 1)?;
    if sentence.tokens.start >= doc.paragraphs()[q.paragraph].tokens.end {
        return None;
    }
    let end = sentence
        .tokens
        .end
        .min(sentence.tokens.start + reach.before);
    let person = (sentence.tokens.start..end)
        .find(|&t| resolver.is_person(doc.tokens()[t].span()))
        .map(|t| phrase::Phrase {
            first: t,
            end: t + 1,
            kind: phrase::PhraseKind::Named,
        });
    person
        .or_else(|| {
            let cue = (sentence.tokens.start..end).find(|&t| attribution::is_cue_at(doc, t))?;
            attribution::sentence_subject(doc, sentence.tokens.start, cue)
        })
        .or_else(|| speech_noun_source(doc, sentence.tokens.start, end))
}

/// "The warning came from Ole Eriksen": the name after "from", "of" or "by" in a sentence about
/// the quotation itself (a speech noun among its first three words).
fn speech_noun_source(doc: &Document, start: usize, end: usize) -> Option<phrase::Phrase> {
    (start..end.min(start + 3)).find(|&t| lexicon::is_speech_noun(doc.token_text(t)))?;
    let link = (start..end).find(|&t| matches!(doc.token_text(t), "from" | "of" | "by"))?;
    phrase::forward(doc, link + 1, end)
        .filter(|p| (p.first..p.end).any(|t| doc.tokens()[t].is_capitalized()))
}

inventory::submit!(Registration::of::<Quotes>(env!("CARGO_PKG_NAME")));

#[cfg(test)]
mod tests;
