//! The `Extractor` trait plugins implement, and the registration record they submit.

use crate::char_offsets::CharOffsets;
use crate::document::Document;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::value::RawValue;

/// An extractor: reads an analysed [`Document`] and returns items that serialize to JSON.
///
/// Implement it, then register it with one line:
/// `inventory::submit!(lede_core::Registration::of::<MyExtractor>(env!("CARGO_PKG_NAME")));`
pub trait Extractor: Send + Sync + Sized + 'static {
    /// Config table key, output key and snapshot name: `[extractors.NAME]`.
    const NAME: &'static str;
    /// One line for `lede list`.
    const DESCRIPTION: &'static str;
    /// Names of extractors whose results this one reads through [`Extractions`].
    const REQUIRES: &'static [&'static str] = &[];
    /// Typed options read from the config table (use `#[serde(default, deny_unknown_fields)]`).
    type Options: Default + Serialize + DeserializeOwned;
    /// One extracted item.
    type Item: Serialize;

    /// Builds the extractor; an `Err` explains which option value is unusable and why.
    fn new(options: Self::Options) -> Result<Self, String>;

    /// Extracts items from `doc`; `earlier` holds the results of [`Extractor::REQUIRES`].
    fn extract(&self, doc: &Document, earlier: &Extractions) -> Vec<Self::Item>;
}

/// Results of the extractors run so far on one document, in pipeline order, as JSON text.
///
/// Extractors read each other's results through the JSON contract, never through each other's
/// types, so plugin crates stay independent; items are serialized once and written out as is.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Extractions {
    /// serde_json output: valid UTF-8, checked only when another extractor reads it.
    results: Vec<(&'static str, Vec<u8>)>,
}

impl Extractions {
    /// Results holding `items` as the output of extractor `name`, for tests and benchmarks of an
    /// extractor that reads another's results (char offsets are not added here).
    pub fn with<T: Serialize>(mut self, name: &'static str, items: &[T]) -> Self {
        let json = serde_json::to_vec(items).expect("items serialize to JSON");
        self.push(name, json);
        self
    }

    /// The items of extractor `name` as a JSON array, if it ran.
    pub fn get(&self, name: &str) -> Option<&str> {
        let (_, json) = self.results.iter().find(|(n, _)| *n == name)?;
        std::str::from_utf8(json).ok()
    }

    /// The items of extractor `name` read into `T` (empty when it did not run or does not fit).
    pub fn items<T: DeserializeOwned>(&self, name: &str) -> Vec<T> {
        self.get(name)
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or_default()
    }

    /// Every result in pipeline order, as the bytes of JSON arrays.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &[u8])> {
        self.results.iter().map(|(n, v)| (*n, v.as_slice()))
    }

    pub(crate) fn push(&mut self, name: &'static str, items: Vec<u8>) {
        self.results.push((name, items));
    }
}

impl Serialize for Extractions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap};
        let mut map = serializer.serialize_map(Some(self.results.len()))?;
        for (name, json) in &self.results {
            let raw: &RawValue = serde_json::from_slice(json).map_err(S::Error::custom)?;
            map.serialize_entry(name, raw)?;
        }
        map.end()
    }
}

/// Object-safe form of an [`Extractor`], built by [`Registration::of`]; plugin authors never see it.
pub trait DynExtractor: Send + Sync {
    /// The extractor's name.
    fn name(&self) -> &'static str;
    /// Runs the extractor and serializes its items to a JSON array, with char offsets beside
    /// every byte span.
    fn run(&self, doc: &Document, earlier: &Extractions) -> Vec<u8>;
}

struct Erased<E>(E);

impl<E: Extractor> DynExtractor for Erased<E> {
    fn name(&self) -> &'static str {
        E::NAME
    }

    fn run(&self, doc: &Document, earlier: &Extractions) -> Vec<u8> {
        let items = self.0.extract(doc, earlier);
        let mut json = Vec::with_capacity(256);
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut json, CharOffsets::new(doc));
        items
            .serialize(&mut serializer)
            .unwrap_or_else(|e| panic!("{} items failed to serialize: {e}", E::NAME));
        json
    }
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
