//! The `Extractor` trait plugins implement, and the registration record they submit.

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
#[derive(Debug, Default)]
pub struct Extractions {
    results: Vec<(&'static str, Box<RawValue>)>,
}

impl PartialEq for Extractions {
    fn eq(&self, other: &Self) -> bool {
        self.iter()
            .map(|(n, v)| (n, v.get()))
            .eq(other.iter().map(|(n, v)| (n, v.get())))
    }
}

impl Clone for Extractions {
    fn clone(&self) -> Self {
        Extractions {
            results: self.results.iter().map(|(n, v)| (*n, v.clone())).collect(),
        }
    }
}

impl Extractions {
    /// The items of extractor `name` as a JSON array, if it ran.
    pub fn get(&self, name: &str) -> Option<&RawValue> {
        self.results
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| &**v)
    }

    /// The items of extractor `name` read into `T` (items that do not fit `T` are skipped).
    pub fn items<T: DeserializeOwned>(&self, name: &str) -> Vec<T> {
        let Some(json) = self.get(name) else {
            return Vec::new();
        };
        serde_json::from_str::<Vec<&RawValue>>(json.get())
            .map(|items| {
                items
                    .into_iter()
                    .filter_map(|item| serde_json::from_str(item.get()).ok())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every result in pipeline order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &RawValue)> {
        self.results.iter().map(|(n, v)| (*n, &**v))
    }

    pub(crate) fn push(&mut self, name: &'static str, items: Box<RawValue>) {
        self.results.push((name, items));
    }
}

impl Serialize for Extractions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.results.iter().map(|(n, v)| (n, v)))
    }
}

/// Object-safe form of an [`Extractor`], built by [`Registration::of`]; plugin authors never see it.
pub trait DynExtractor: Send + Sync {
    /// The extractor's name.
    fn name(&self) -> &'static str;
    /// Runs the extractor and serializes its items to a JSON array.
    fn run(&self, doc: &Document, earlier: &Extractions) -> String;
}

struct Erased<E>(E);

impl<E: Extractor> DynExtractor for Erased<E> {
    fn name(&self) -> &'static str {
        E::NAME
    }

    fn run(&self, doc: &Document, earlier: &Extractions) -> String {
        serde_json::to_string(&self.0.extract(doc, earlier))
            .unwrap_or_else(|e| panic!("{} items failed to serialize: {e}", E::NAME))
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
