//! Groups candidate mentions into people: full names first, then titled surnames, then any
//! remaining capitalised words that repeat part of a name already found (coreference).

use crate::candidates::{Candidate, Verdict};
use crate::cues::Context;
use crate::fold::word_key;
use crate::lexicon::PARTICLES;
use std::collections::HashSet;
use std::ops::Range;

/// One person of the document, with every mention as a token range.
#[derive(Debug)]
pub(crate) struct Entity {
    /// Matching keys of the words of the fullest name.
    pub(crate) keys: Vec<String>,
    /// The fullest mention (most words, first seen).
    pub(crate) best: Range<usize>,
    /// Every mention, as token ranges.
    pub(crate) mentions: Vec<Range<usize>>,
    /// Titles in order of first appearance.
    pub(crate) titles: Vec<String>,
    /// Why it is a person.
    pub(crate) cues: Vec<&'static str>,
}

impl Entity {
    fn new(name: Range<usize>, keys: Vec<String>) -> Entity {
        Entity {
            keys,
            best: name.clone(),
            mentions: vec![name],
            titles: Vec::new(),
            cues: Vec::new(),
        }
    }

    fn add(&mut self, name: Range<usize>, keys: Vec<String>, titles: &[String], cue: &'static str) {
        if keys.len() > self.keys.len() {
            self.keys = keys;
            self.best = name.clone();
        }
        if !self.mentions.contains(&name) {
            self.mentions.push(name);
        }
        for t in titles {
            if !self.titles.contains(t) {
                self.titles.push(t.clone());
            }
        }
        if !self.cues.contains(&cue) {
            self.cues.push(cue);
        }
    }

    /// The start of the last mention before token `at`, if any.
    fn last_before(&self, at: usize) -> Option<usize> {
        self.mentions
            .iter()
            .map(|m| m.start)
            .filter(|&s| s < at)
            .max()
    }

    /// Whether `keys` names this person: an ordered part of the full name, a lone word matching
    /// any word but the given name (which alone is too ambiguous).
    fn matches(&self, keys: &[String], may_extend: bool) -> bool {
        match keys {
            [] => false,
            [one] => {
                let skip = usize::from(self.keys.len() > 1);
                self.keys[skip..].contains(one)
            }
            _ => {
                is_subsequence(keys, &self.keys) || (may_extend && is_subsequence(&self.keys, keys))
            }
        }
    }
}

fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut it = long.iter();
    short.iter().all(|k| it.any(|l| l == k))
}

/// Matching keys of the words of a name, without particles ("von", "Von", "da").
fn keys_of(ctx: &Context, name: &Range<usize>) -> Vec<String> {
    name.clone()
        .filter(|&i| name.len() == 1 || !ctx.has(i, PARTICLES))
        .map(|i| word_key(ctx.word(i)))
        .filter(|k| !k.is_empty())
        .collect()
}

/// The entity that `keys`, mentioned at token `at`, refers to: the most recently mentioned match.
/// With `may_extend`, a fuller name also matches ("Yvan Gil Pinto" after "Yvan Gil").
fn find(entities: &[Entity], keys: &[String], at: usize, may_extend: bool) -> Option<usize> {
    let matching = || {
        entities
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.matches(keys, may_extend))
    };
    matching()
        .filter_map(|(i, e)| e.last_before(at).map(|s| (s, i)))
        .max()
        .map(|(_, i)| i)
        .or_else(|| matching().map(|(i, _)| i).next())
}

/// Builds the people of a document from its candidates.
pub(crate) fn group(ctx: &Context, candidates: &[Candidate]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let person = |c: &Candidate| match c.verdict {
        Verdict::Person(cue) => Some(cue),
        Verdict::IfKnown => None,
    };
    // Full names, then single words with a cue of their own.
    for multi in [true, false] {
        for c in candidates.iter().filter(|c| (c.name.len() > 1) == multi) {
            let Some(cue) = person(c) else { continue };
            let keys = keys_of(ctx, &c.name);
            match find(&entities, &keys, c.name.start, true) {
                Some(e) => entities[e].add(c.name.clone(), keys, &c.titles, cue),
                None => {
                    let mut e = Entity::new(c.name.clone(), keys.clone());
                    e.add(c.name.clone(), keys, &c.titles, cue);
                    entities.push(e);
                }
            }
        }
    }
    // Everything else only repeats a known name: try the longest parts of each run first.
    let known: HashSet<String> = entities.iter().flat_map(|e| e.keys.clone()).collect();
    if !known.is_empty() {
        for c in candidates.iter().filter(|c| person(c).is_none()) {
            link_parts(ctx, c, &known, &mut entities);
        }
    }
    for e in &mut entities {
        e.mentions.sort_by_key(|m| m.start);
    }
    entities.sort_by_key(|e| e.mentions[0].start);
    entities
}

/// Links the parts of a run that repeat a known name. Only stretches of words whose keys occur in
/// some name (`known`) can match, so most runs cost one key per word.
fn link_parts(ctx: &Context, c: &Candidate, known: &HashSet<String>, entities: &mut [Entity]) {
    let usable = |i: usize| ctx.has(i, PARTICLES) || known.contains(&word_key(ctx.word(i)));
    let mut start = c.name.start;
    while start < c.name.end {
        if !usable(start) {
            start += 1;
            continue;
        }
        let stretch_end = (start..c.name.end)
            .find(|&i| !usable(i))
            .unwrap_or(c.name.end);
        let found = (start + 1..=stretch_end).rev().find_map(|end| {
            let keys = keys_of(ctx, &(start..end));
            find(entities, &keys, start, false).map(|e| (end, e, keys))
        });
        match found {
            Some((end, e, keys)) => {
                entities[e].add(start..end, keys, &c.titles, "coreference");
                start = end;
            }
            None => start += 1,
        }
    }
}
