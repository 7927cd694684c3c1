//! lede-places: places named in the article, resolved to GeoNames with kind, country and
//! coordinates, offline and in microseconds.
//!
//! What it finds: countries with their short and long forms ("US", "U.S.", "America", "Britain",
//! "Türkiye"), first-level divisions ("Assam", "Texas"), GeoNames cities of 15,000 people or
//! more with their English alternate names, continents, world and physical regions ("Horn of
//! Africa", "Sahel", "Gaza Strip"), seas, oceans, rivers and straits, datelines ("LISBON, March 3
//! —") and possessives ("Venezuela's"); and unknown towns when the context says they are places
//! ("the port of Sines", "the Gedo region", "a clinic in Qarsadde").
//!
//! What it skips: places inside organization and work names ("Bank of Portugal", "New York
//! Times", "US Navy": the organization owns the whole span, so "US" there is not a mention of the
//! United States), people whose names are place words ("Jordan Henderson", "Mr. Paris", and any
//! span the `people` extractor reports), demonyms ("Venezuelan" is not in the gazetteer), towns
//! named like common words or surnames without locative context ("Reading the report",
//! "Henderson scored"), and towns standing for their teams in results ("Wigan 4 Chester 2",
//! "Kent v Essex"; in "ATLANTA AT CHICAGO" the host city is kept as the venue).
//!
//! How: every capitalised token starts a walk of a trie of folded names (`gazetteer`, compiled
//! by build.rs from data/gazetteer.tsv, embedded, nothing parsed at start-up; whole-word steps
//! are memoized per thread in a fixed-size table, `word_steps`); the longest name wins; guards
//! (`context`) reject organization, person, team and common-word readings; then each name
//! resolves to one place (`resolve`): a ", Texas" qualifier or "state" after it first, then the
//! document's other places (state named, towns nearby, country named), then
//! prominence (kind, capital, population). One sense per document for a name.
//!
//! Each place: `name`, `kind` (country, admin1, city, region, continent, water, other),
//! `country`, `latitude`, `longitude`, `geonames_id`, `population`, `metonymic` (every mention
//! stands for a government: "Moscow said"), `evidence` (why this place was chosen) and
//! `mentions` (`text`, `start`, `end`, `metonymic`).
//!
//! Options (`[extractors.places]`): `min_population` (15000; smaller gazetteer towns are not
//! reported), `keep_metonymic` (true; false drops mentions that stand for a government),
//! `kinds` (all seven; the kinds reported), `context_places` (true; report unknown towns named
//! by their context).
//!
//! ```
//! use lede_core::{Document, Extractions, Extractor};
//! use lede_places::{Options, Places};
//! let places = Places::new(Options::default()).unwrap();
//! let doc = Document::new("d", "Moscow said its ships will sail the Caribbean.").unwrap();
//! let items = places.extract(&doc, &Extractions::default());
//! assert_eq!(items[0].name, "Moscow");
//! assert!(items[0].metonymic);
//! assert_eq!(items[1].name, "Caribbean Sea");
//! ```
#![deny(missing_docs)]

mod context;
mod cues;
mod find;
pub mod gazetteer;
mod metonymy;
mod name_hash;
mod person_spans;
mod resolve;
mod scan;
mod word_steps;

use crate::gazetteer::{Candidates, Kind, Place};
use lede_core::{Document, Extractions, Extractor, Registration};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};

/// Options of the `places` extractor.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Cities and towns with fewer people are not reported (default 15000; GeoNames' own floor).
    pub min_population: u32,
    /// Keep mentions where a capital or country stands for its government (default true).
    pub keep_metonymic: bool,
    /// Kinds reported (default all: country, admin1, city, region, continent, water, other).
    pub kinds: Vec<String>,
    /// Report unknown towns named by their context, "the port of Sines" (default true).
    pub context_places: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_population: 15_000,
            keep_metonymic: true,
            kinds: Kind::ALL.iter().map(|k| k.as_str().to_string()).collect(),
            context_places: true,
        }
    }
}

/// The `places` extractor.
pub struct Places {
    options: Options,
    /// The kinds reported, a bit per kind (`1 << kind as u8`): one test per mention.
    kinds: u8,
}

/// One mention of a place.
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    /// The text as written: borrowed from the gazetteer when it is the place's name, as most
    /// mentions are, so those allocate nothing.
    pub text: Cow<'static, str>,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// This mention stands for a government ("Moscow said").
    pub metonymic: bool,
}

/// One place named in the document.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// Canonical English name (borrowed from the gazetteer, owned for places known from context).
    pub name: Cow<'static, str>,
    /// Kind of place.
    pub kind: Kind,
    /// ISO 3166 alpha-2 country code, when the place lies in one country.
    pub country: Option<&'static str>,
    /// Latitude in degrees (absent for places known only from context).
    pub latitude: Option<f64>,
    /// Longitude in degrees.
    pub longitude: Option<f64>,
    /// GeoNames id, when known.
    pub geonames_id: Option<u32>,
    /// Population, when known.
    pub population: Option<u32>,
    /// Every mention stands for a government.
    pub metonymic: bool,
    /// Why this place: the cue that found it and the evidence that resolved it.
    pub evidence: Cow<'static, str>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl Places {
    fn reports(&self, kind: Kind) -> bool {
        self.kinds & 1 << kind as u8 != 0
    }

    fn wanted(&self, kind: Kind, population: u32) -> bool {
        self.reports(kind) && (kind != Kind::City || population >= self.options.min_population)
    }
}

/// What every mention of one name shares (one sense per document): the place it resolved to,
/// the record fields each mention asks about, read once, and the place's item once made.
struct Sense {
    place: Place,
    why: resolve::Why,
    kind: Kind,
    name: &'static str,
    item: Option<usize>,
}

impl Sense {
    fn new((place, why): (Place, resolve::Why)) -> Sense {
        Sense {
            place,
            why,
            kind: place.kind(),
            name: place.name(),
            item: None,
        }
    }
}

/// A map keyed by gazetteer numbers (record and candidate numbers, not text): Fx-hashed, as
/// SipHash's resistance to chosen keys buys nothing here.
type NumberMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// The index of the item for `key`, made by `make` if it is new.
fn slot<K: Eq + Hash, S: BuildHasher>(
    items: &mut Vec<Item>,
    index: &mut HashMap<K, usize, S>,
    key: K,
    make: impl FnOnce() -> Item,
) -> usize {
    *index.entry(key).or_insert_with(|| {
        items.push(make());
        items.len() - 1
    })
}

impl Extractor for Places {
    const NAME: &'static str = "places";
    const DESCRIPTION: &'static str =
        "Places named in the article, resolved to GeoNames with kind, country and coordinates";
    const REQUIRES: &'static [&'static str] = &["people"];
    type Options = Options;
    type Item = Item;

    fn new(options: Options) -> Result<Self, String> {
        let kinds = options
            .kinds
            .iter()
            .map(|k| {
                Kind::ALL.iter().copied().find(|kind| kind.as_str() == k).ok_or_else(|| {
                    format!("kinds: unknown kind {k:?}; known kinds are country, admin1, city, region, continent, water, other")
                })
            })
            .try_fold(0, |kinds, kind| kind.map(|kind| kinds | 1 << kind as u8))?;
        Ok(Places { options, kinds })
    }

    fn extract(&self, doc: &Document, earlier: &Extractions) -> Vec<Item> {
        self.items(doc, &self.find(doc, earlier))
    }

    fn extract_batch(&self, batch: &[(&Document, &Extractions)]) -> Vec<Vec<Item>> {
        // Every document's names, then every document's items: each phase's code is fetched
        // once for the batch.
        let found: Vec<Vec<find::Found>> = batch
            .iter()
            .map(|(doc, earlier)| self.find(doc, earlier))
            .collect();
        batch
            .iter()
            .zip(&found)
            .map(|((doc, _), found)| self.items(doc, found))
            .collect()
    }
}

impl Places {
    /// The place names of `doc`, outside the people `earlier` found.
    fn find(&self, doc: &Document, earlier: &Extractions) -> Vec<find::Found> {
        let people = person_spans::person_spans(earlier);
        find::find(doc, &people, self.options.context_places)
    }

    /// The places `found` in `doc`, each resolved to one sense, with its mentions.
    fn items(&self, doc: &Document, found: &[find::Found]) -> Vec<Item> {
        let mut context = resolve::Context::with_capacity(found.len());
        for f in found {
            if let find::Named::Known { candidates, .. } = f.named {
                context.add(candidates);
            }
        }
        // Maps and items sized once for every name found, not grown (and rehashed) as they fill.
        let mut chosen: NumberMap<Candidates, Sense> =
            NumberMap::with_capacity_and_hasher(found.len(), Default::default());
        for f in found {
            if let find::Named::Known {
                candidates,
                qualifier: Some(q),
                ..
            } = f.named
            {
                chosen
                    .entry(candidates)
                    .or_insert_with(|| Sense::new(resolve::resolve(candidates, Some(q), &context)));
            }
        }
        let mut items: Vec<Item> = Vec::with_capacity(found.len());
        // Items of gazetteer places by place, and of places known from context by their text.
        let mut by_place: NumberMap<Place, usize> =
            NumberMap::with_capacity_and_hasher(found.len(), Default::default());
        let mut by_text: HashMap<String, usize> = HashMap::new();
        // The last country named, by its last token: "Somalia's Xerbale region" lies in Somalia.
        let mut country_before: Option<(usize, Place)> = None;
        for f in found {
            let start = doc.tokens()[f.first].start();
            let end = doc.tokens()[f.last].end();
            let text = &doc.text()[start..end];
            // The item is built only for a place's first mention; later ones just join it.
            let (at, metonymic, written) = match &f.named {
                find::Named::Known {
                    candidates,
                    cue,
                    division,
                    ..
                } => {
                    let mut division_sense;
                    let sense = match division {
                        Some(d) => {
                            division_sense = Sense::new((*d, resolve::Why::Division));
                            &mut division_sense
                        }
                        None => chosen.entry(*candidates).or_insert_with(|| {
                            Sense::new(resolve::resolve(*candidates, None, &context))
                        }),
                    };
                    let place = sense.place;
                    if sense.kind == Kind::Country {
                        country_before = Some((f.last, place));
                    }
                    if !self.wanted(sense.kind, place.population()) {
                        continue;
                    }
                    let metonymic = metonymy::is_metonymic(doc, f.first, f.last, place);
                    if metonymic && !self.options.keep_metonymic {
                        continue;
                    }
                    let why = sense.why;
                    let at = *sense.item.get_or_insert_with(|| {
                        slot(&mut items, &mut by_place, place, || Item {
                            name: Cow::Borrowed(place.name()),
                            kind: place.kind(),
                            country: place.country(),
                            latitude: Some(round4(place.latitude())),
                            longitude: Some(round4(place.longitude())),
                            geonames_id: place.geonames_id(),
                            population: Some(place.population()).filter(|&p| p > 0),
                            metonymic: false,
                            evidence: why.evidence(cue),
                            // A mention is pushed at once: the capacity a first push would give.
                            mentions: Vec::with_capacity(4),
                        })
                    });
                    let written = if text == sense.name {
                        Cow::Borrowed(sense.name)
                    } else {
                        Cow::Owned(text.to_string())
                    };
                    (at, metonymic, written)
                }
                find::Named::Cued(cued) => {
                    if !self.reports(cued.kind) {
                        continue;
                    }
                    let owner = country_before.filter(|&(last, _)| {
                        last + 2 == f.first
                            && doc.tokens()[last + 1].kind == lede_core::TokenKind::Possessive
                    });
                    let at = slot(&mut items, &mut by_text, text.to_lowercase(), || Item {
                        name: Cow::Owned(text.to_string()),
                        kind: cued.kind,
                        country: owner.and_then(|(_, country)| country.country()),
                        latitude: None,
                        longitude: None,
                        geonames_id: None,
                        population: None,
                        metonymic: false,
                        evidence: Cow::Owned(format!(
                            "not in the gazetteer; named a place by the cue \"{}\"",
                            cued.cue
                        )),
                        mentions: Vec::new(),
                    });
                    (at, false, Cow::Owned(text.to_string()))
                }
            };
            items[at].mentions.push(Mention {
                text: written,
                start,
                end,
                metonymic,
            });
        }
        for item in &mut items {
            item.metonymic = item.mentions.iter().all(|m| m.metonymic);
        }
        items
    }
}

inventory::submit!(Registration::of::<Places>(env!("CARGO_PKG_NAME")));
