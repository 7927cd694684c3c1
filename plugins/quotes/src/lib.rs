//! lede-quotes: Quotations with content span, partial or full, cue and resolved speaker.

use lede_core::{Document, Extractions, Extractor, Registration};
use serde::{Deserialize, Serialize};

/// Options of the `quotes` extractor.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

/// The `quotes` extractor.
pub struct Quotes;

/// One extracted item.
#[derive(Debug, Clone, Serialize)]
pub struct Item {}

impl Extractor for Quotes {
    const NAME: &'static str = "quotes";
    const REQUIRES: &'static [&'static str] = &["people"];
    const DESCRIPTION: &'static str =
        "Quotations with content span, partial or full, cue and resolved speaker";
    type Options = Options;
    type Item = Item;

    fn new(_options: Options) -> Result<Self, String> {
        Ok(Quotes)
    }

    fn extract(&self, _doc: &Document, _earlier: &Extractions) -> Vec<Item> {
        Vec::new()
    }
}

inventory::submit!(Registration::of::<Quotes>(env!("CARGO_PKG_NAME")));
