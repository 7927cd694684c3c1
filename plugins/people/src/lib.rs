//! lede-people: People named in the article, with canonical name, titles and every mention.

use lede_core::{Document, Extractions, Extractor, Registration};
use serde::{Deserialize, Serialize};

/// Options of the `people` extractor.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

/// The `people` extractor.
pub struct People;

/// One extracted item.
#[derive(Debug, Clone, Serialize)]
pub struct Item {}

impl Extractor for People {
    const NAME: &'static str = "people";
    const DESCRIPTION: &'static str =
        "People named in the article, with canonical name, titles and every mention";
    type Options = Options;
    type Item = Item;

    fn new(_options: Options) -> Result<Self, String> {
        Ok(People)
    }

    fn extract(&self, _doc: &Document, _earlier: &Extractions) -> Vec<Item> {
        Vec::new()
    }
}

inventory::submit!(Registration::of::<People>(env!("CARGO_PKG_NAME")));
