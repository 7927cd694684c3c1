//! lede-numbers: every quantity in an article, normalized, with what it counts.
//!
//! It reads digits ("5,000", "2.5", "3.2bn", "88th"), number words ("twenty-one", "one hundred
//! and five", "a dozen", "two-thirds"), vague amounts ("dozens of", "tens of thousands"),
//! money with ISO 4217 codes ("$30 million" is 30,000,000 USD, "2.5 billion rupees" INR),
//! percentages, ordinals, units and durations, ranges ("between 500 and 700 million rupees")
//! and approximation cues ("nearly", "more than", "up to"). Each item says what the number
//! counts: the head noun of the phrase after it ("more than 20 boats" counts "boats").
//!
//! Dates, clock times, names and models ("Independence 200", "No. 10"), scores, phone numbers,
//! the pronoun "one" and "first of all" are not quantities: they are left out, or, with
//! `include_non_quantities`, emitted with kind `date`, `time` or `identifier`.
//!
//! Conventions: a range's `value` is its lower bound, with `min` and `max` its ends; a vague
//! amount's `value` is its lower bound ("tens of thousands" is 10,000, `max` 99,999; "dozens"
//! is 12 with no `max`); a percent is valued as written (38 for "38%"); money in units of the
//! currency.
//!
//! Options (`[extractors.numbers]`): `include_non_quantities` (default false), `ordinals`
//! (default true).
//!
//! ```
//! use lede_core::{Document, Extractions, Extractor};
//! use lede_numbers::{Numbers, Options};
//!
//! let doc = Document::new("d", "They sank more than 20 boats.").unwrap();
//! let items = Numbers::new(Options::default()).unwrap().extract(&doc, &Extractions::default());
//! assert_eq!(items[0].text, "more than 20");
//! assert_eq!(items[0].value, Some(20.0));
//! assert_eq!(items[0].counts.as_deref(), Some("boats"));
//! ```
#![deny(missing_docs)]

/// A lookup on an ASCII-lowercased word, as bytes, written like a `match` whose keys are byte
/// strings of lowercase letters at both ends: a word whose shape (first letter, length, last
/// letter) no key has skips the comparisons, in one table look-up made inline, and takes the
/// `_` arm. Words are bytes so that no caller pays for the UTF-8 boundary checks of slicing a
/// `str`.
macro_rules! word_table {
    ($(#[$attr:meta])* $vis:vis fn $name:ident($word:ident: &[u8]) -> $ret:ty {
        $($($key:literal)|+ => $value:expr,)*
        _ => $default:expr $(,)?
    }) => {
        $(#[$attr])*
        #[inline]
        $vis fn $name($word: &[u8]) -> $ret {
            static SHAPES: crate::lexicon::Shapes =
                crate::lexicon::Shapes::of_bytes(&[$($($key as &[u8]),+),*]);
            #[inline(never)]
            fn keyed($word: &[u8]) -> Option<$ret> {
                Some(match $word {
                    $($($key)|+ => $value,)*
                    _ => return None,
                })
            }
            if SHAPES.may_hold($word) {
                if let Some(value) = keyed($word) {
                    return value;
                }
            }
            $default
        }
    };
}

mod context;
mod core;
mod counts;
mod cues;
mod digits;
mod item;
mod lexicon;
mod measure;
mod range;
mod scan;
mod tokens;
mod units;

pub use item::{Approximation, Item, Kind};

use lede_core::{Document, Extractions, Extractor, Registration};
use serde::{Deserialize, Serialize};

/// Options of the `numbers` extractor.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Also emit dates, clock times and identifiers (kinds `date`, `time`, `identifier`),
    /// which are otherwise left out. Default: false.
    pub include_non_quantities: bool,
    /// Emit ordinals ("second", "88th"). Default: true.
    pub ordinals: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            include_non_quantities: false,
            ordinals: true,
        }
    }
}

/// The `numbers` extractor.
pub struct Numbers {
    options: Options,
}

impl Extractor for Numbers {
    const NAME: &'static str = "numbers";
    const DESCRIPTION: &'static str =
        "Quantities: value, kind, unit or currency, approximation and what they count";
    type Options = Options;
    type Item = Item;

    fn new(options: Options) -> Result<Self, String> {
        Ok(Numbers { options })
    }

    fn extract(&self, doc: &Document, _earlier: &Extractions) -> Vec<Item> {
        scan::scan(doc, &scan::read(doc), &self.options)
    }

    fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Vec<Item>> {
        // Every document's numbers, then every document's mentions: each phase's code is
        // fetched once for the batch.
        let read: Vec<scan::Read> = batch.iter().map(|(doc, _)| scan::read(doc)).collect();
        batch
            .iter()
            .zip(&read)
            .map(|((doc, _), read)| scan::scan(doc, read, &self.options))
            .collect()
    }
}

inventory::submit!(Registration::of::<Numbers>(env!("CARGO_PKG_NAME")));
