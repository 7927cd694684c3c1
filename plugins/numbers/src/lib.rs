//! lede-numbers: Quantities: value, kind, unit or currency, approximation and what they count.

use lede_core::{Document, Extractions, Extractor, Registration};
use serde::{Deserialize, Serialize};

/// Options of the `numbers` extractor.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

/// The `numbers` extractor.
pub struct Numbers;

/// One extracted item.
#[derive(Debug, Clone, Serialize)]
pub struct Item {}

impl Extractor for Numbers {
    const NAME: &'static str = "numbers";
    const DESCRIPTION: &'static str =
        "Quantities: value, kind, unit or currency, approximation and what they count";
    type Options = Options;
    type Item = Item;

    fn new(_options: Options) -> Result<Self, String> {
        Ok(Numbers)
    }

    fn extract(&self, _doc: &Document, _earlier: &Extractions) -> Vec<Item> {
        Vec::new()
    }
}

inventory::submit!(Registration::of::<Numbers>(env!("CARGO_PKG_NAME")));
