//! lede-places: Places named in the article, resolved to GeoNames with kind, country and coordinates.

use lede_core::{Document, Extractions, Extractor, Registration};
use serde::{Deserialize, Serialize};

/// Options of the `places` extractor.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {}

/// The `places` extractor.
pub struct Places;

/// One extracted item.
#[derive(Debug, Clone, Serialize)]
pub struct Item {}

impl Extractor for Places {
    const NAME: &'static str = "places";
    const DESCRIPTION: &'static str =
        "Places named in the article, resolved to GeoNames with kind, country and coordinates";
    type Options = Options;
    type Item = Item;

    fn new(_options: Options) -> Result<Self, String> {
        Ok(Places)
    }

    fn extract(&self, _doc: &Document, _earlier: &Extractions) -> Vec<Item> {
        Vec::new()
    }
}

inventory::submit!(Registration::of::<Places>(env!("CARGO_PKG_NAME")));
