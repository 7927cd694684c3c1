//! The `Extractor` trait plugins implement, and the registration record they submit.

use crate::document::Document;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::value::RawValue;
use std::any::Any;

/// An extractor: reads an analysed [`Document`] and returns items that serialize to JSON.
///
/// Implement it, then register it with one line:
/// `inventory::submit!(lede_core::Registration::of::<MyExtractor>(env!("CARGO_PKG_NAME")));`
pub trait Extractor: Send + Sync + Sized + 'static {
    /// Config table key, output key and snapshot name: `[extractors.NAME]`.
    const NAME: &'static str;
    /// One line for `lede list`.
    const DESCRIPTION: &'static str;
    /// Names of extractors whose results this one reads through [`Extractions::of`].
    const REQUIRES: &'static [&'static str] = &[];
    /// Typed options read from the config table (use `#[serde(default, deny_unknown_fields)]`).
    type Options: Default + Serialize + DeserializeOwned;
    /// One extracted item.
    type Item: Serialize + Send + Sync + 'static;

    /// Builds the extractor; an `Err` explains which option value is unusable and why.
    fn new(options: Self::Options) -> Result<Self, String>;

    /// Extracts items from `doc`; `earlier` holds the results of [`Extractor::REQUIRES`].
    fn extract(&self, doc: &Document, earlier: &Extractions) -> Vec<Self::Item>;

    /// [`Extractor::extract`] on many documents, each with its earlier results: one list of
    /// items per document, in order. The pipeline hands each extractor a batch of short
    /// documents. An extractor that works in phases can override this to run each phase over
    /// every document before the next phase starts: one document at a time, its phases together
    /// may overflow the CPU's instruction cache and be fetched again for every document. It must
    /// return what `extract` returns for each document (the conformance tests check this for the
    /// bundled extractors).
    fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Vec<Self::Item>> {
        batch
            .iter()
            .map(|(doc, earlier)| self.extract(doc, earlier))
            .collect()
    }
}

/// Results of the extractors run so far on one document, in pipeline order.
///
/// Each result is the extractor's typed items, which the extractors that require it read through
/// [`Extractions::of`] (no JSON round trip), and, once written, their JSON array.
#[derive(Default)]
pub struct Extractions {
    outputs: Vec<Output>,
}

/// One extractor's result on one document: its typed items, and their JSON once written.
pub(crate) struct Output {
    name: &'static str,
    items: Items,
    /// The items as JSON, with char offsets beside every byte span: valid UTF-8. Empty until
    /// written.
    json: Vec<u8>,
}

/// One extractor's typed items on one document.
pub struct Items(pub(crate) Box<dyn Any + Send + Sync>);

impl Output {
    /// The result of `extractor` on a document: its `items`, not yet written.
    pub(crate) fn new(extractor: &dyn DynExtractor, items: Items) -> Output {
        Output {
            name: extractor.name(),
            items,
            json: Vec::new(),
        }
    }

    /// Writes the items as JSON with `extractor` (whose items they are), then drops them unless
    /// `keep_items` (a later extractor reads them).
    pub(crate) fn write(&mut self, extractor: &dyn DynExtractor, doc: &Document, keep_items: bool) {
        self.json.clear();
        extractor.write_json(doc, &self.items, &mut self.json);
        if !keep_items {
            self.drop_items();
        }
    }

    /// Drops the typed items, keeping their JSON.
    fn drop_items(&mut self) {
        self.items = Items(Box::new(()));
    }

    /// The typed items (dropped once written, unless a later extractor reads them).
    pub(crate) fn items(&self) -> &Items {
        &self.items
    }

    /// The items as a JSON array, once written.
    pub(crate) fn json(&self) -> &[u8] {
        &self.json
    }
}

impl Extractions {
    /// Results holding `items` as the output of `E` on `doc`, for tests and benchmarks of an
    /// extractor that requires `E`.
    pub fn with<E: Extractor>(mut self, doc: &Document, items: Vec<E::Item>) -> Self {
        let mut json = Vec::new();
        write_items::<E>(&items, doc, &mut json);
        self.outputs.push(Output {
            name: E::NAME,
            items: Items(Box::new(items)),
            json,
        });
        self
    }

    /// The items of extractor `E`; empty when it did not run, and in a finished record (items
    /// are dropped once no later extractor reads them; the record keeps their JSON).
    pub fn of<E: Extractor>(&self) -> &[E::Item] {
        self.outputs
            .iter()
            .find(|o| o.name == E::NAME)
            .and_then(|o| o.items.0.downcast_ref::<Vec<E::Item>>())
            .map_or(&[], Vec::as_slice)
    }

    /// Every result in pipeline order, as the bytes of JSON arrays.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &[u8])> {
        self.outputs.iter().map(|o| (o.name, o.json.as_slice()))
    }

    /// Adds an extractor's result.
    pub(crate) fn push(&mut self, output: Output) {
        self.outputs.push(output);
    }

    /// Drops the typed items once every extractor has run, keeping only the JSON: the worker
    /// thread that allocated them frees them (a free from the output thread costs far more), and
    /// records waiting to be written in input order hold only their output.
    pub(crate) fn keep_json_only(&mut self) {
        self.outputs.iter_mut().for_each(Output::drop_items);
    }

    /// Every result, to be written.
    pub(crate) fn outputs_mut(&mut self) -> &mut [Output] {
        &mut self.outputs
    }

    /// Every result.
    pub(crate) fn outputs(&self) -> &[Output] {
        &self.outputs
    }
}

impl std::fmt::Debug for Extractions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(
                self.outputs
                    .iter()
                    .map(|o| (o.name, String::from_utf8_lossy(&o.json))),
            )
            .finish()
    }
}

impl Serialize for Extractions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap};
        let mut map = serializer.serialize_map(Some(self.outputs.len()))?;
        for output in &self.outputs {
            let raw: &RawValue = serde_json::from_slice(&output.json).map_err(S::Error::custom)?;
            map.serialize_entry(output.name, raw)?;
        }
        map.end()
    }
}

/// Object-safe form of an [`Extractor`], built by [`Registration::of`]; plugin authors never see it.
pub trait DynExtractor: Send + Sync {
    /// The extractor's name.
    fn name(&self) -> &'static str;
    /// Runs the extractor: its typed items.
    fn extract(&self, doc: &Document, earlier: &Extractions) -> Items;
    /// Runs the extractor on many documents: their typed items, in order, one per document
    /// (panics otherwise).
    fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Items>;
    /// Appends the JSON array of `items` (what `extract` returned for `doc`) to `out`, with char
    /// offsets beside every byte span.
    fn write_json(&self, doc: &Document, items: &Items, out: &mut Vec<u8>);
}

struct Erased<E>(E);

impl<E: Extractor> DynExtractor for Erased<E> {
    fn name(&self) -> &'static str {
        E::NAME
    }

    fn extract(&self, doc: &Document, earlier: &Extractions) -> Items {
        Items(Box::new(self.0.extract(doc, earlier)))
    }

    fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Items> {
        let items = self.0.extract_batch(batch);
        // A plugin bug, not to be papered over: the pipeline retries one document at a time.
        assert_eq!(
            items.len(),
            batch.len(),
            "{}'s extract_batch returned items for {} of {} documents",
            E::NAME,
            items.len(),
            batch.len()
        );
        items
            .into_iter()
            .map(|items| Items(Box::new(items)))
            .collect()
    }

    fn write_json(&self, doc: &Document, items: &Items, out: &mut Vec<u8>) {
        let typed = items
            .0
            .downcast_ref::<Vec<E::Item>>()
            .unwrap_or_else(|| panic!("{} was handed another extractor's items", E::NAME));
        write_items::<E>(typed, doc, out);
    }
}

/// Appends `items` of `E` on `doc` to `out` as a JSON array, with char offsets beside every byte
/// span.
fn write_items<E: Extractor>(items: &[E::Item], doc: &Document, out: &mut Vec<u8>) {
    crate::json::write(items, doc, out)
        .unwrap_or_else(|e| panic!("{} items failed to serialize: {e}", E::NAME));
}

/// Why a registered extractor could not be built from its options.
#[derive(Debug)]
pub enum BuildError {
    /// The options table does not deserialize (unknown key, wrong type).
    Options(toml::de::Error),
    /// The options deserialize but a value is unusable.
    Invalid(String),
}

/// A plugin's registration record: plain const data, collected by `inventory`.
pub struct Registration {
    /// See [`Extractor::NAME`].
    pub name: &'static str,
    /// See [`Extractor::DESCRIPTION`].
    pub description: &'static str,
    /// The crate that implements it, so `lede list` says where the code lives.
    pub crate_name: &'static str,
    /// See [`Extractor::REQUIRES`].
    pub requires: &'static [&'static str],
    /// The default options as a TOML table.
    pub default_options: fn() -> toml::Table,
    /// Builds the extractor from its options table.
    pub build: fn(toml::Table) -> Result<Box<dyn DynExtractor>, BuildError>,
}

inventory::collect!(Registration);

impl std::fmt::Debug for Registration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registration")
            .field("name", &self.name)
            .finish()
    }
}

impl Registration {
    /// The registration of `E`, implemented in crate `crate_name`.
    pub const fn of<E: Extractor>(crate_name: &'static str) -> Registration {
        Registration {
            name: E::NAME,
            description: E::DESCRIPTION,
            crate_name,
            requires: E::REQUIRES,
            default_options: default_options::<E>,
            build: build::<E>,
        }
    }

    /// Every registered extractor, sorted by name.
    pub fn all() -> Vec<&'static Registration> {
        let mut all: Vec<_> = inventory::iter::<Registration>.into_iter().collect();
        all.sort_by_key(|r| r.name);
        all
    }

    /// The registered extractor called `name`.
    pub fn find(name: &str) -> Option<&'static Registration> {
        inventory::iter::<Registration>
            .into_iter()
            .find(|r| r.name == name)
    }
}

fn default_options<E: Extractor>() -> toml::Table {
    toml::Table::try_from(E::Options::default()).unwrap_or_default()
}

fn build<E: Extractor>(options: toml::Table) -> Result<Box<dyn DynExtractor>, BuildError> {
    let options: E::Options = toml::Value::Table(options)
        .try_into()
        .map_err(BuildError::Options)?;
    Ok(Box::new(Erased(
        E::new(options).map_err(BuildError::Invalid)?,
    )))
}
