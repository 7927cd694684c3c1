//! lede-people: every person a news article names, with canonical name, titles and all mentions.
//!
//! How it works, phase by phase over the analysed [`Document`] (or over a batch of them):
//! 1. Runs of capitalised words (with initials, lowercase particles such as "von"/"da"/"van der"
//!    and suffixes such as "Jr.", "III") are found per sentence; titles are peeled off their front
//!    ("Foreign Minister", "Dr.", "spokesman", "Apple CEO", "Minister of Foreign Affairs").
//! 2. Each run is judged by its context. The `evidence` of an item names the cues that fired:
//!    `title`, `"the late"`, `role in apposition`, `reporting verb`, `"who"`, `age in apposition`,
//!    `photo credit`, `byline`, `byline line`, `given name`, `initial`, `surname`,
//!    `country in brackets`, `name shape` (unseen names), `coreference` (repeats a name found
//!    elsewhere). Vessels ("the aircraft carrier Gerald R. Ford"), buildings and awards
//!    ("Nobel Prize", "X's Mansion"), places and organisations alone, names after "in"/"the port
//!    of", and runs in headlines or section headings without a known given name are rejected.
//! 3. Mentions are grouped: short forms ("Lavrov", "Mr. Eriksen", "Von Albrecht", "Putin's")
//!    join the full name they repeat; people sharing a surname stay apart (honorifics and Census
//!    given-name genders pick between them). `key` folds accents and transliterations
//!    ("Serguéi"/"Sergey" → "sergei", "Iván"/"Yvan" → "ivan") to match people across documents.
//!
//! Options (`[extractors.people]`): `max_name_words` (default 6), `unknown_name_shapes`
//! (default true). Word lists, their sources and licences: `data/SOURCES.md`; `data/build.py`
//! regenerates `data/lexicon.rs` (a sorted static array; its hash table is built at compile time,
//! so there is no start-up cost).
//!
//! ```
//! use lede_core::{Document, Extractions, Extractor};
//! use lede_people::People;
//! let doc = Document::new("t", "Foreign Minister Sergey Lavrov spoke. Lavrov's aide agreed.").unwrap();
//! let people = People::new(Default::default()).unwrap().extract(&doc, &Extractions::default());
//! assert_eq!(people[0].name, "Sergey Lavrov");
//! assert_eq!(people[0].mentions.len(), 2);
//! assert_eq!(people[0].titles, ["Foreign Minister"]);
//! ```
#![deny(missing_docs)]

mod candidates;
mod cues;
mod entities;
mod fold;
mod lexicon;
mod line_style;
#[cfg(test)]
mod tests;

use candidates::Candidate;
use cues::Context;
use lede_core::{Document, Extractions, Extractor, Registration};
use serde::{Deserialize, Serialize};

/// Options of the `people` extractor.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Longest name, in words, once titles are removed; longer capitalised runs are treated as
    /// headlines or organisation names. Default 6.
    pub max_name_words: usize,
    /// Accept two or more capitalised words that match no list and no other kind of name as a
    /// person (unseen foreign names with no other cue). Default true.
    pub unknown_name_shapes: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_name_words: 6,
            unknown_name_shapes: true,
        }
    }
}

/// The `people` extractor.
pub struct People {
    options: Options,
}

/// One mention of a person: exact byte offsets into the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The mention as written (possessive endings excluded).
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One person named in the document.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The fullest form the document uses, accents kept.
    pub name: String,
    /// Every mention in document order.
    pub mentions: Vec<Mention>,
    /// Titles and roles, in order of first appearance.
    pub titles: Vec<String>,
    /// Accent- and transliteration-folded name for matching across documents.
    pub key: String,
    /// Why this is a person: the cues that fired.
    pub evidence: String,
}

impl Extractor for People {
    const NAME: &'static str = "people";
    const DESCRIPTION: &'static str =
        "People named in the article, with canonical name, titles and every mention";
    type Options = Options;
    type Item = Item;

    fn new(options: Options) -> Result<Self, String> {
        if options.max_name_words == 0 {
            return Err("max_name_words must be at least 1".into());
        }
        Ok(People { options })
    }

    fn extract(&self, doc: &Document, _earlier: &Extractions) -> Vec<Item> {
        let ctx = Context::new(doc);
        let candidates = candidates::find(&ctx, &self.options);
        items(&ctx, &candidates)
    }

    /// [`People::extract`] in two phases: the candidates of every document, so that code, the
    /// largest, is fetched into the instruction cache once for the batch; then each document's
    /// keys, groups and items together, while its candidates are still in the data cache (run as
    /// phases of their own, they missed the L2 cache 6% more often in all, and the instruction
    /// cache no less: callgrind's simulation).
    fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Vec<Item>> {
        let contexts: Vec<Context> = batch.iter().map(|(doc, _)| Context::new(doc)).collect();
        let candidates: Vec<Vec<Candidate>> = contexts
            .iter()
            .map(|ctx| candidates::find(ctx, &self.options))
            .collect();
        contexts
            .iter()
            .zip(&candidates)
            .map(|(ctx, candidates)| items(ctx, candidates))
            .collect()
    }
}

/// The items of a document's name `candidates`: their words keyed, grouped into entities, and
/// each entity made an item.
fn items(ctx: &Context, candidates: &[Candidate]) -> Vec<Item> {
    let doc = ctx.doc();
    let keys = entities::WordKeys::new(ctx, candidates);
    entities::group(ctx, &keys, candidates)
        .into_iter()
        .map(|e| {
            let mention = |r: &std::ops::Range<usize>| {
                let start = doc.tokens()[r.start].start();
                let end = doc.tokens()[r.end - 1].end();
                Mention {
                    text: doc.text()[start..end].to_string(),
                    start,
                    end,
                }
            };
            let best = mention(&e.best);
            Item {
                key: e.best_keys.name_key(ctx, &e.best),
                name: best.text,
                mentions: e.mentions.iter().map(mention).collect(),
                titles: e.titles.iter().map(|t| t.to_string()).collect(),
                evidence: e.cues.join("; "),
            }
        })
        .collect()
}

inventory::submit!(Registration::of::<People>(env!("CARGO_PKG_NAME")));
