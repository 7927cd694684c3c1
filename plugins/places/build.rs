//! Compiles data/gazetteer.tsv into zero-copy tables in OUT_DIR, embedded with `include_bytes!`:
//! - `nodes.bin`, `inputs.bin`, `targets.bin`, `wide.bin`: the minimal FST of folded name -> (offset << 8 |
//!   count) into `candidates.bin`, written as a trie of fixed-size records (see
//!   src/gazetteer.rs for the layout) that a walk steps through without decoding FST nodes;
//! - `candidates.bin`: u32 record indexes per name, most prominent first;
//! - `records.bin`: fixed 32-byte place records (see src/gazetteer.rs for the layout);
//! - `strings.bin`: names and admin1 codes the records point into;
//! - `names.rs`: sorted static arrays of common given names and surnames, with a hash table each,
//!   and the text of every pair of capital letters (country codes).
use std::collections::{BTreeMap, HashMap};
use std::env;
use std::fs;
use std::path::Path;

use lede_core::fold;

#[path = "src/name_hash.rs"]
mod name_hash;
use name_hash::name_hash;

const KINDS: &[&str] = &[
    "country",
    "admin1",
    "city",
    "region",
    "continent",
    "water",
    "other",
];
const MAX_CANDIDATES: usize = 255;

fn folded(name: &str) -> String {
    let mut bytes = Vec::with_capacity(name.len());
    fold::fold_into(name, |b| {
        bytes.push(b);
        true
    });
    let text = String::from_utf8(bytes).expect("deunicode yields ASCII");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Spelling variants news uses that GeoNames does not list ("St Louis", "Saint Louis" for
/// "St. Louis"; "St. Petersburg" for "Saint Petersburg").
fn variants(key: &str) -> Vec<String> {
    let mut out = vec![key.to_string()];
    for prefix in ["saint ", "st. ", "st "] {
        if let Some(rest) = key.strip_prefix(prefix) {
            for other in ["saint ", "st. ", "st "] {
                if other != prefix {
                    out.push(format!("{other}{rest}"));
                }
            }
        }
    }
    out
}

/// Writes the FST's nodes as records, numbered breadth first from the root (0), so the nodes
/// near the root that every walk passes share a few cache lines:
/// - `nodes.bin`: per node three u32: its first transition; its transition count (bits 0-8),
///   its number among wide nodes (bits 9-30, 0 for a narrow one) and bit 31 set when one of
///   its transitions is on a space; and its final output (`u32::MAX` when no name ends there);
/// - `inputs.bin`: per transition its input byte, a node's in increasing order;
/// - `targets.bin`: per transition two u32: the node it leads to and its output;
/// - `wide.bin`: per wide node (more than `NARROW` transitions: the root and the nodes near
///   it, which most walks pass), 256 bytes: by input byte, 1 + the index of its transition
///   among the node's, or 0.
fn write_trie(out: &Path, keys: Vec<u8>) {
    /// Transitions of a node searched one by one; a wider node is looked up in a table.
    const NARROW: usize = 8;
    let fst = fst::raw::Fst::new(keys).expect("a valid FST");
    let mut numbers = HashMap::from([(fst.root().addr(), 0u32)]);
    let mut order = vec![fst.root().addr()];
    let (mut nodes, mut inputs, mut targets, mut wide) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut next = 0;
    while let Some(&addr) = order.get(next) {
        next += 1;
        let node = fst.node(addr);
        let mut transitions: Vec<_> = node.transitions().collect();
        transitions.sort_by_key(|t| t.inp);
        let spaced = transitions.iter().any(|t| t.inp == b' ');
        nodes.extend_from_slice(&(inputs.len() as u32).to_le_bytes());
        let wide_number = if transitions.len() > NARROW {
            let mut table = [0u8; 256];
            for (i, t) in transitions.iter().enumerate() {
                table[t.inp as usize] = u8::try_from(i + 1).expect("at most 255 transitions");
            }
            wide.extend_from_slice(&table);
            (wide.len() / 256) as u32
        } else {
            0
        };
        assert!(transitions.len() < 1 << 9 && wide_number < 1 << 22);
        let shape = transitions.len() as u32 | wide_number << 9 | (spaced as u32) << 31;
        nodes.extend_from_slice(&shape.to_le_bytes());
        let final_output = if node.is_final() {
            let output = u32::try_from(node.final_output().value()).expect("u32 outputs");
            assert!(
                output != u32::MAX,
                "u32::MAX marks a node where no name ends"
            );
            output
        } else {
            u32::MAX
        };
        nodes.extend_from_slice(&final_output.to_le_bytes());
        for t in transitions {
            let number = *numbers.entry(t.addr).or_insert_with(|| {
                order.push(t.addr);
                (order.len() - 1) as u32
            });
            inputs.push(t.inp);
            targets.extend_from_slice(&number.to_le_bytes());
            let output = u32::try_from(t.out.value()).expect("u32 outputs");
            targets.extend_from_slice(&output.to_le_bytes());
        }
    }
    fs::write(out.join("nodes.bin"), nodes).unwrap();
    fs::write(out.join("inputs.bin"), inputs).unwrap();
    fs::write(out.join("targets.bin"), targets).unwrap();
    fs::write(out.join("wide.bin"), wide).unwrap();
}

fn main() {
    println!("cargo:rerun-if-changed=data/gazetteer.tsv");
    println!("cargo:rerun-if-changed=data/given_names.txt");
    println!("cargo:rerun-if-changed=data/surnames.txt");
    let out = env::var("OUT_DIR").unwrap();
    let out = Path::new(&out);
    let tsv = fs::read_to_string("data/gazetteer.tsv").expect("data/gazetteer.tsv");

    let mut records = Vec::new();
    let mut strings = Vec::new();
    let mut keys: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (index, line) in tsv.lines().skip(1).enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 10, "bad gazetteer line: {line}");
        let kind = KINDS.iter().position(|k| *k == f[1]).expect("known kind") as u8;
        let flags = f[8].bytes().fold(0u8, |acc, b| {
            acc | match b {
                b'c' => 1,
                b'w' => 2,
                b's' => 8,
                _ => panic!("unknown flag in {line}"),
            }
        });
        let name_at = strings.len() as u32;
        strings.extend_from_slice(f[2].as_bytes());
        let admin1_at = strings.len() as u32;
        strings.extend_from_slice(f[4].as_bytes());
        let mut rec = Vec::with_capacity(32);
        rec.extend_from_slice(&f[0].parse::<u32>().unwrap().to_le_bytes());
        rec.extend_from_slice(&f[5].parse::<f32>().unwrap().to_le_bytes());
        rec.extend_from_slice(&f[6].parse::<f32>().unwrap().to_le_bytes());
        rec.extend_from_slice(&f[7].parse::<u32>().unwrap().to_le_bytes());
        rec.extend_from_slice(&name_at.to_le_bytes());
        rec.extend_from_slice(&(f[2].len() as u16).to_le_bytes());
        rec.extend_from_slice(&admin1_at.to_le_bytes());
        rec.push(f[4].len() as u8);
        let country = f[3].as_bytes();
        rec.push(*country.first().unwrap_or(&b' '));
        rec.push(*country.get(1).unwrap_or(&b' '));
        rec.push(kind);
        rec.push(flags);
        rec.resize(32, 0);
        records.extend_from_slice(&rec);
        let aliases = f[9].split('|').filter(|a| !a.is_empty());
        for (n, name) in std::iter::once(f[2]).chain(aliases).enumerate() {
            // The article is not part of a mention: "the Caribbean" is found as "Caribbean".
            let key = folded(name);
            let key = match key.strip_prefix("the ") {
                Some(rest) if n > 0 => rest.to_string(),
                _ => key,
            };
            for key in variants(&key) {
                if key.len() >= 2 {
                    let list = keys.entry(key).or_default();
                    if !list.contains(&(index as u32)) && list.len() < MAX_CANDIDATES {
                        list.push(index as u32);
                    }
                }
            }
        }
    }

    // Most prominent first: the gazetteer is sorted by kind then population, so order by kind
    // rank then population from the records themselves.
    let prominence = |i: u32| {
        let r = &records[i as usize * 32..i as usize * 32 + 32];
        let population = u32::from_le_bytes(r[12..16].try_into().unwrap());
        (std::cmp::Reverse(population), i)
    };
    let mut candidates: Vec<u8> = Vec::new();
    let mut builder = fst::MapBuilder::memory();
    for (key, mut list) in keys {
        list.sort_by_key(|&i| prominence(i));
        let offset = (candidates.len() / 4) as u64;
        for i in &list {
            candidates.extend_from_slice(&i.to_le_bytes());
        }
        builder
            .insert(key.as_bytes(), (offset << 8) | list.len() as u64)
            .unwrap();
    }
    write_trie(out, builder.into_inner().unwrap());
    fs::write(out.join("candidates.bin"), candidates).unwrap();
    fs::write(out.join("records.bin"), records).unwrap();
    fs::write(out.join("strings.bin"), strings).unwrap();

    let mut names = String::new();
    for (file, list, slots_name, what) in [
        (
            "data/given_names.txt",
            "GIVEN_NAMES",
            "GIVEN_NAME_SLOTS",
            "Common given names",
        ),
        (
            "data/surnames.txt",
            "SURNAMES",
            "SURNAME_SLOTS",
            "Common surnames",
        ),
    ] {
        let text = fs::read_to_string(file).expect(file);
        let mut words: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        words.sort_unstable();
        let body: String = words.iter().map(|g| format!("{g:?},")).collect();
        names.push_str(&format!(
            "/// {what} (US Census lists), sorted.\npub static {list}: &[&str] = &[{body}];\n"
        ));
        // Open addressing over the list's indexes, filled at most a quarter.
        let size = (words.len() * 4).next_power_of_two();
        assert!(words.len() < u16::MAX as usize);
        let mut slots = vec![u16::MAX; size];
        for (i, word) in words.iter().enumerate() {
            let mut slot = name_hash(word.as_bytes()) & (size - 1);
            while slots[slot] != u16::MAX {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = i as u16;
        }
        let body: String = slots.iter().map(|s| format!("{s},")).collect();
        names.push_str(&format!(
            "/// `{list}` hashed by `name_hash`: indexes into it, `u16::MAX` for a free slot.\n\
             static {slots_name}: [u16; {size}] = [{body}];\n"
        ));
    }
    let pairs: String = (b'A'..=b'Z')
        .flat_map(|a| (b'A'..=b'Z').map(move |b| format!("\"{}{}\",", a as char, b as char)))
        .collect();
    names.push_str(&format!(
        "/// Every pair of capital letters, \"AA\" to \"ZZ\": the text of any country code.\n\
         static LETTER_PAIRS: [&str; 676] = [{pairs}];\n"
    ));
    fs::write(out.join("names.rs"), names).unwrap();
}
