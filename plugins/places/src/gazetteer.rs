//! The embedded gazetteer: GeoNames places plus curated regions and water, compiled by build.rs
//! into a trie of folded names and a packed record table. Nothing is parsed at start-up: the
//! tables are `include_bytes!` slices read in place.

use crate::name_hash::name_hash;
use crate::word_steps::WordSteps;
use lede_core::fold::fold_bytes_into;
use std::ops::Range;

// The name trie (see build.rs): node records, per transition its input byte and its target
// node and output, and the transition tables of wide nodes.
static NODES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nodes.bin"));
static INPUTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/inputs.bin"));
static TARGETS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/targets.bin"));
/// Per wide node, by input byte: 1 + the index of its transition, or 0.
static WIDE_TABLES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wide.bin"));
/// Nodes of the name trie: every node number is below it.
pub const NODE_COUNT: usize = NODES.len() / NODE_BYTES;
/// The trie's root: where every walk starts.
const ROOT: usize = 0;
static CANDIDATES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/candidates.bin"));
/// Entries of the candidate table: every trie output, partial or final, is at most
/// `CANDIDATE_ENTRIES << 8 | 0xff` (a `Candidates` packs an offset into it and a count).
pub const CANDIDATE_ENTRIES: usize = CANDIDATES.len() / 4;
static RECORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/records.bin"));
/// The record strings, checked as UTF-8 by the compiler rather than at start-up.
static STRINGS: &str = include_str!(concat!(env!("OUT_DIR"), "/strings.bin"));
include!(concat!(env!("OUT_DIR"), "/names.rs"));

const RECORD_BYTES: usize = 32;

/// What kind of place a record is (the `kind` field of the output).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A sovereign state or dependent territory.
    Country,
    /// A first-level division: a state, province, oblast.
    Admin1,
    /// A city or town.
    City,
    /// A world region or physical region: "Middle East", "Sahel", "Gaza Strip".
    Region,
    /// A continent.
    Continent,
    /// An ocean, sea, gulf, strait, river or lake.
    Water,
    /// Any other place, e.g. one known only from its context ("the port of Sines").
    Other,
}

impl Kind {
    /// Every kind, in the order build.rs numbers them.
    pub const ALL: [Kind; 7] = [
        Kind::Country,
        Kind::Admin1,
        Kind::City,
        Kind::Region,
        Kind::Continent,
        Kind::Water,
        Kind::Other,
    ];

    /// The name used in the output and in the `kinds` option.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Admin1 => "admin1",
            Kind::City => "city",
            Kind::Region => "region",
            Kind::Continent => "continent",
            Kind::Water => "water",
            Kind::Other => "other",
        }
    }
}

/// A gazetteer record, read in place from the embedded table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Place(pub u32);

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"))
}

impl Place {
    fn record(self) -> &'static [u8] {
        let at = self.0 as usize * RECORD_BYTES;
        &RECORDS[at..at + RECORD_BYTES]
    }

    fn string(at: u32, len: usize) -> &'static str {
        STRINGS.get(at as usize..at as usize + len).unwrap_or("")
    }

    /// GeoNames id, or `None` for curated places GeoNames ids are not known for.
    pub fn geonames_id(self) -> Option<u32> {
        Some(u32_at(self.record(), 0)).filter(|&id| id != 0)
    }

    /// Latitude in degrees.
    pub fn latitude(self) -> f64 {
        f32::from_le_bytes(self.record()[4..8].try_into().expect("4 bytes")) as f64
    }

    /// Longitude in degrees.
    pub fn longitude(self) -> f64 {
        f32::from_le_bytes(self.record()[8..12].try_into().expect("4 bytes")) as f64
    }

    /// Population, 0 when unknown.
    pub fn population(self) -> u32 {
        u32_at(self.record(), 12)
    }

    /// Canonical English name.
    pub fn name(self) -> &'static str {
        let r = self.record();
        Place::string(u32_at(r, 16), u16::from_le_bytes([r[20], r[21]]) as usize)
    }

    /// GeoNames admin1 code ("TX" for Texas), empty when unknown.
    pub fn admin1(self) -> &'static str {
        let r = self.record();
        Place::string(u32_at(r, 22), r[26] as usize)
    }

    /// ISO 3166 alpha-2 country code, `None` for places spanning countries.
    pub fn country(self) -> Option<&'static str> {
        let [a, b] = self.country_code();
        // Two capitals (every code) are read from a table of them all, not checked as text.
        if a.is_ascii_uppercase() && b.is_ascii_uppercase() {
            return Some(LETTER_PAIRS[(a - b'A') as usize * 26 + (b - b'A') as usize]);
        }
        std::str::from_utf8(&self.record()[27..29])
            .ok()
            .filter(|c| *c != "  ")
    }

    /// The country code's two bytes as stored, spaces for places spanning countries: compared
    /// without checking them as text.
    pub fn country_code(self) -> [u8; 2] {
        let r = self.record();
        [r[27], r[28]]
    }

    /// The kind of place.
    pub fn kind(self) -> Kind {
        Kind::ALL[self.record()[29] as usize]
    }

    /// A national capital.
    pub fn is_capital(self) -> bool {
        self.record()[30] & 1 != 0
    }

    /// A town named like a common English word ("Reading", "Mobile"): needs context.
    pub fn is_common_word(self) -> bool {
        self.record()[30] & 2 != 0
    }

    /// A town named like a common surname ("Henderson", "Delgado"): needs context.
    pub fn is_surname(self) -> bool {
        self.record()[30] & 8 != 0
    }
}

/// The places a folded name may denote, most prominent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Candidates(u64);

impl Candidates {
    /// The places, most populous first.
    pub fn places(self) -> impl ExactSizeIterator<Item = Place> {
        let offset = (self.0 >> 8) as usize;
        let count = (self.0 & 0xff) as usize;
        (offset..offset + count).map(|i| Place(u32_at(CANDIDATES, i * 4)))
    }
}

/// Bytes of a node record in `NODES`: its first transition, its shape (transition count,
/// number among wide nodes and `TAKES_SPACE`) and its final output (`NOT_FINAL` when no name
/// ends there), three u32 each.
const NODE_BYTES: usize = 12;
/// The bits of a node's shape that count its transitions.
const COUNT: u32 = (1 << 9) - 1;
/// Where a node's number among wide nodes starts in its shape; 0 for a narrow node.
const WIDE_SHIFT: u32 = 9;
/// The bits of a node's number among wide nodes, once shifted.
const WIDE: u32 = (1 << 22) - 1;
/// The bit of a node's shape set when a name goes on from it with a space.
const TAKES_SPACE: u32 = 1 << 31;
/// The final output of a node where no name ends.
const NOT_FINAL: u32 = u32::MAX;

/// The name trie's node `node`: whether a name goes on from it with a space, and its final
/// output.
fn node_end(node: usize) -> (bool, Option<u64>) {
    let at = node * NODE_BYTES;
    let final_output = u32_at(NODES, at + 8);
    (
        u32_at(NODES, at + 4) & TAKES_SPACE != 0,
        (final_output != NOT_FINAL).then_some(final_output.into()),
    )
}

/// The node that `byte` leads to from node `from`, and the output gained on the way. A narrow
/// node's few inputs are searched; a wide one's transition is read from its table.
// Always inlined into the walk, its only caller: a call costs a fair share of a step.
#[inline(always)]
fn transition(from: usize, byte: u8) -> Option<(usize, u64)> {
    let at = from * NODE_BYTES;
    let first = u32_at(NODES, at) as usize;
    let shape = u32_at(NODES, at + 4);
    let i = match shape >> WIDE_SHIFT & WIDE {
        0 => {
            let count = (shape & COUNT) as usize;
            INPUTS[first..first + count]
                .iter()
                .position(|&b| b == byte)?
        }
        wide => (WIDE_TABLES[(wide as usize - 1) * 256 + byte as usize] as usize).checked_sub(1)?,
    };
    let at = (first + i) * 8;
    Some((u32_at(TARGETS, at) as usize, u32_at(TARGETS, at + 4).into()))
}

/// What feeding one word does to a walk: small and `Copy`, so it can be memoized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The node reached.
    pub to: usize,
    /// The output gained on the way (outputs add up).
    pub gained: u64,
    /// The final output of the node reached, when a name ends there.
    pub final_output: Option<u64>,
    /// Some name goes on from the node reached with a space: only then can a spaced word
    /// extend the walk.
    pub takes_space: bool,
}

/// The step from node `from` for a space if `spaced`, then the folded `word`, walked byte by
/// byte; `None` when no name continues so.
pub fn walk_word(from: usize, spaced: bool, word: &str) -> Option<Step> {
    walk_bytes(from, spaced, word.as_bytes())
}

/// [`walk_word`] for a word given as the bytes of whole characters: an ASCII word (most) is
/// folded byte by byte, without being read as text.
pub(crate) fn walk_bytes(from: usize, spaced: bool, word: &[u8]) -> Option<Step> {
    let mut at = from;
    let mut gained = 0;
    let mut feed = |byte: u8| {
        transition(at, byte)
            .map(|(to, output)| {
                at = to;
                gained += output;
            })
            .is_some()
    };
    let alive = (!spaced || feed(b' ')) && fold_bytes_into(word, &mut feed);
    alive.then(|| {
        let (takes_space, final_output) = node_end(at);
        Step {
            to: at,
            gained,
            final_output,
            takes_space,
        }
    })
}

/// Walks the name trie a word at a time, so a run of tokens is matched without building a string.
/// It holds only where the walk stands: nodes are searched only when a word is walked byte by
/// byte, not when its step is remembered.
#[derive(Debug, Clone, Copy)]
pub struct Walker {
    addr: usize,
    output: u64,
    matched: Option<Candidates>,
    takes_space: bool,
}

impl Default for Walker {
    /// At the root: nothing fed yet.
    fn default() -> Walker {
        Walker {
            addr: ROOT,
            output: 0,
            matched: None,
            takes_space: true,
        }
    }
}

impl Walker {
    /// The node the walk stands on.
    pub fn addr(&self) -> usize {
        self.addr
    }

    /// Feeds a space if `spaced`, then the folded word `text[word]`, remembering the step in `steps`;
    /// `false` when no name continues so (the walker is then unusable).
    #[inline]
    pub(crate) fn feed_word(
        &mut self,
        steps: &mut WordSteps,
        spaced: bool,
        text: &[u8],
        word: Range<usize>,
    ) -> bool {
        self.take(steps.step(self.addr, spaced, text, word))
    }

    #[inline]
    fn take(&mut self, step: Option<Step>) -> bool {
        let Some(step) = step else {
            return false;
        };
        self.addr = step.to;
        self.output += step.gained;
        self.matched = step.final_output.map(|f| Candidates(self.output + f));
        self.takes_space = step.takes_space;
        true
    }

    /// Whether a word after a space may extend the walk: `false` once no name goes on with a
    /// space from where it stands, so the next word need not be looked at.
    pub fn takes_space(&self) -> bool {
        self.takes_space
    }

    /// The places named by exactly the words fed so far.
    pub fn matched(&self) -> Option<Candidates> {
        self.matched
    }
}

/// The places named `name` (any case or accents), if the gazetteer knows it. Walked afresh, not
/// remembered: it is asked rarely, and may be asked while a document's scan holds the memo.
pub fn lookup(name: &str) -> Option<Candidates> {
    let mut walker = Walker::default();
    for (i, word) in name.split_whitespace().enumerate() {
        if !walker.take(walk_word(walker.addr, i > 0, word)) {
            return None;
        }
    }
    walker.matched()
}

/// The places named by one word (a token: no spaces), its step from the root remembered in
/// `steps`: the answer of [`lookup`] without walking the trie again for a repeated word.
pub(crate) fn lookup_word(steps: &mut WordSteps, word: &[u8]) -> Option<Candidates> {
    let mut walker = Walker::default();
    walker.feed_word(steps, false, word, 0..word.len());
    walker.matched()
}

/// Whether `words` holds `word`, found through its hash table `slots`: a hash and a compare or
/// two, where a binary search compares a dozen times.
fn in_table(words: &[&str], slots: &[u16], word: &str) -> bool {
    let mask = slots.len() - 1;
    let mut slot = name_hash(word.as_bytes()) & mask;
    loop {
        match slots[slot] {
            u16::MAX => return false,
            i if words[i as usize] == word => return true,
            _ => slot = (slot + 1) & mask,
        }
    }
}

/// Whether `word` is a common surname ("Ross"), title case.
pub fn is_surname(word: &str) -> bool {
    in_table(SURNAMES, &SURNAME_SLOTS, word)
}

/// Whether `word` is a common given name ("Kevin"), exact case.
pub fn is_given_name(word: &str) -> bool {
    in_table(GIVEN_NAMES, &GIVEN_NAME_SLOTS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(name: &str) -> Place {
        lookup(name).unwrap().places().next().unwrap()
    }

    #[test]
    fn country_aliases_fold_to_one_record() {
        let us = top("United States");
        assert_eq!(us.kind(), Kind::Country);
        assert_eq!(us.country(), Some("US"));
        for alias in ["U.S.", "USA", "America", "united states"] {
            assert!(lookup(alias).unwrap().places().any(|p| p == us), "{alias}");
        }
        assert_eq!(top("Türkiye"), top("Turkey"));
    }

    #[test]
    fn cities_carry_geonames_ids_and_capital_flags() {
        let moscow = top("Moscow");
        assert_eq!(moscow.geonames_id(), Some(524901));
        assert!(moscow.is_capital());
        assert!((moscow.latitude() - 55.75).abs() < 0.05);
        assert!(lookup("Moscow").unwrap().places().count() > 1);
    }

    #[test]
    fn unknown_names_and_prefixes_do_not_match() {
        assert!(lookup("Venezuelan").is_none());
        assert!(lookup("Carib").is_none());
    }

    #[test]
    fn given_names_are_searchable() {
        assert!(is_given_name("Kevin"));
        assert!(!is_given_name("Moscow"));
        assert!(!is_given_name("kevin"));
        assert!(!is_given_name(""));
    }

    #[test]
    fn country_codes_read_from_the_letter_pairs_are_the_stored_ones() {
        for place in (0..RECORDS.len() / RECORD_BYTES).map(|i| Place(i as u32)) {
            let code = place.country_code();
            let stored = std::str::from_utf8(&code).ok().filter(|c| *c != "  ");
            assert_eq!(place.country(), stored);
        }
    }

    #[test]
    fn every_listed_name_is_in_its_table() {
        assert!(GIVEN_NAMES.iter().all(|n| is_given_name(n)));
        assert!(SURNAMES.iter().all(|n| is_surname(n)));
        assert!(!is_surname("Moscow"));
    }
}
