//! Groups candidate mentions into people: full names first, then titled surnames, then any
//! remaining capitalised words that repeat part of a name already found (coreference).

use crate::candidates::{Candidate, Verdict};
use crate::cues::Context;
use crate::fold::{key_ends, name_key, push_word_key};
use crate::lexicon::{FEMALE, MALE, PARTICLES};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Gender as honorifics and given names show it, to keep apart people sharing a surname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// The gender an honorific implies ("Ms.", "Mr.").
fn honorific_gender(title: Option<&str>) -> Option<Gender> {
    // Compared in place: this runs for every mention, and lowercasing a copy costs a malloc.
    let t = title?.trim_end_matches('.');
    let is_one_of = |words: &[&str]| words.iter().any(|w| t.eq_ignore_ascii_case(w));
    if is_one_of(&["ms", "mrs", "miss", "madam", "lady", "dame"]) {
        Some(Gender::Female)
    } else if is_one_of(&["mr", "sir", "lord"]) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender of a full name's given name, when the lists know it.
fn name_gender(ctx: &Context, name: &Range<usize>) -> Option<Gender> {
    if name.len() < 2 {
        None
    } else if ctx.has(name.start, FEMALE) {
        Some(Gender::Female)
    } else if ctx.has(name.start, MALE) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// One person of the document, with every mention as a token range.
#[derive(Debug)]
pub(crate) struct Entity<'k> {
    /// Where the matching keys of the words of the fullest name are in [`Registry::names`].
    keys: Range<u32>,
    /// The fullest mention (most words, first seen).
    pub(crate) best: Range<usize>,
    /// The word keys of the candidate holding `best`.
    pub(crate) best_keys: NameKeys<'k>,
    /// Every mention, as token ranges, in document order (for recency and duplicate checks).
    pub(crate) mentions: Vec<Range<usize>>,
    /// Titles in order of first appearance, as written (borrowed from the document).
    pub(crate) titles: Vec<&'k str>,
    /// Why it is a person.
    pub(crate) cues: Vec<&'static str>,
    /// Gender shown by the given name or an honorific, if any.
    gender: Option<Gender>,
}

/// A mention looking for its person.
struct Query<'q, 'k> {
    keys: &'q [&'k [u8]],
    /// Token where the mention starts.
    at: usize,
    /// Whether a fuller name also matches ("Yvan Gil Pinto" after "Yvan Gil").
    may_extend: bool,
    /// Gender shown by an honorific on this mention.
    gender: Option<Gender>,
}

impl<'k> Entity<'k> {
    fn new(name: Range<usize>, name_keys: NameKeys<'k>) -> Entity<'k> {
        Entity {
            keys: 0..0,
            best: name.clone(),
            best_keys: name_keys,
            // Room for a few mentions up front: a person is often named again.
            mentions: {
                let mut mentions = Vec::with_capacity(4);
                mentions.push(name);
                mentions
            },
            titles: Vec::new(),
            cues: Vec::new(),
            gender: None,
        }
    }

    fn add(
        &mut self,
        names: &mut Vec<&'k [u8]>,
        ctx: &Context,
        name: Range<usize>,
        keys: &[&'k [u8]],
        (c, name_keys): (&Candidate<'k>, NameKeys<'k>),
        cue: &'static str,
    ) {
        if keys.len() > self.keys.len() {
            let start = names.len() as u32;
            names.extend_from_slice(keys);
            self.keys = start..names.len() as u32;
            self.best = name.clone();
            self.best_keys = name_keys;
        }
        // Lazily: the titles are read only while no gender is known.
        self.gender = name_gender(ctx, &self.best)
            .or(self.gender)
            .or_else(|| honorific_gender(c.title));
        if let Err(at) = self.mentions.binary_search_by_key(&name.start, |m| m.start) {
            self.mentions.insert(at, name);
        }
        if let Some(t) = c.title {
            if !self.titles.contains(&t) {
                self.titles.push(t);
            }
        }
        if !self.cues.contains(&cue) {
            self.cues.push(cue);
        }
    }

    /// The start of the last mention before token `at`, if any.
    fn last_before(&self, at: usize) -> Option<usize> {
        let before = self.mentions.partition_point(|m| m.start < at);
        before.checked_sub(1).map(|i| self.mentions[i].start)
    }

    /// Whether the query names this person, whose name has the keys `own`: an ordered part of the
    /// full name, or a lone word matching a word of it — the given name only when `given_too`
    /// (alone it is ambiguous).
    fn matches(&self, own: &[&[u8]], q: &Query, given_too: bool) -> bool {
        if q.gender.is_some() && self.gender.is_some() && q.gender != self.gender {
            return false;
        }
        match q.keys {
            [] => false,
            [one] => {
                // A lone first word ("Pirelli" of "Pirelli SpA") needs more than a name shape.
                let first_ok = given_too && self.cues.iter().any(|c| *c != "name shape");
                let skip = usize::from(own.len() > 1 && !first_ok);
                own[skip..].contains(one)
            }
            keys => is_subsequence(keys, own) || (q.may_extend && is_subsequence(own, keys)),
        }
    }
}

fn is_subsequence(short: &[&[u8]], long: &[&[u8]]) -> bool {
    let mut it = long.iter();
    short.iter().all(|k| it.any(|l| l == k))
}

/// Matching keys of the words of a name (a part of the candidate `keys` belong to), without
/// particles ("von", "da") and suffixes ("III"), written into `out` (one buffer serves every
/// query; an entity copies the keys it keeps).
fn keys_of<'k>(ctx: &Context, keys: NameKeys<'k>, name: &Range<usize>, out: &mut Vec<&'k [u8]>) {
    out.clear();
    out.extend(
        name.clone()
            .filter(|&i| name.len() == 1 || !(ctx.has(i, PARTICLES) || ctx.is_suffix(i)))
            .map(|i| keys.get(i))
            .filter(|k| !k.is_empty()),
    );
}

/// The matching keys of every word of every candidate, computed once into one buffer: a name is
/// keyed at every mention, and the parts of a run are tried against the registry several times.
pub(crate) struct WordKeys {
    /// The keys, ASCII bytes (kept as bytes: they are compared and hashed, and only become text
    /// in the output).
    text: Vec<u8>,
    /// Byte range in `text` of the key of each word of each candidate's name, candidate after
    /// candidate (not one entry per token: most tokens are in no candidate).
    spans: Vec<[u32; 2]>,
    /// Where each candidate's words start in `spans`.
    firsts: Vec<u32>,
}

impl WordKeys {
    pub(crate) fn new(ctx: &Context, candidates: &[Candidate]) -> WordKeys {
        // Without a person there is nothing to group, and no key is read.
        let any_person = candidates
            .iter()
            .any(|c| matches!(c.verdict, Verdict::Person(_)));
        let words = if any_person {
            candidates.iter().map(|c| c.name.len()).sum()
        } else {
            0
        };
        let mut keys = WordKeys {
            text: Vec::with_capacity(8 * words),
            spans: Vec::with_capacity(words),
            firsts: Vec::with_capacity(candidates.len()),
        };
        if !any_person {
            return keys;
        }
        // The words of persons are spelled first: only their keys are ever registered, so a word
        // of another run whose key has ends that none of theirs has can match no name, and is not
        // spelled at all (unless a particle, which is usable without a match).
        let mut person_ends = KeyEnds::default();
        for c in candidates {
            keys.firsts.push(keys.spans.len() as u32);
            let person = matches!(c.verdict, Verdict::Person(_));
            for i in c.name.clone() {
                if !person {
                    keys.spans.push(UNSPELLED);
                    continue;
                }
                let start = keys.text.len();
                push_word_key(ctx.word(i), &mut keys.text);
                if let [first, .., last] | [first @ last] = keys.text[start..] {
                    person_ends.insert(first, last);
                }
                keys.spans.push([start as u32, keys.text.len() as u32]);
            }
        }
        for (c, &first) in candidates.iter().zip(&keys.firsts) {
            if matches!(c.verdict, Verdict::Person(_)) {
                continue;
            }
            for (i, at) in c.name.clone().zip(first as usize..) {
                let may_match =
                    key_ends(ctx.bytes(i)).is_none_or(|(first, last)| person_ends.has(first, last));
                if may_match || ctx.has(i, PARTICLES) {
                    let start = keys.text.len() as u32;
                    push_word_key(ctx.word(i), &mut keys.text);
                    keys.spans[at] = [start, keys.text.len() as u32];
                }
            }
        }
        keys
    }

    /// The keys of the name of candidate `c`, number `at` of those given to [`WordKeys::new`].
    fn of(&self, at: usize, c: &Candidate) -> NameKeys<'_> {
        let first = self.firsts[at] as usize;
        NameKeys {
            name_start: c.name.start,
            spans: &self.spans[first..first + c.name.len()],
            text: &self.text,
        }
    }
}

/// The span of a word whose key is not spelled: it matches no registered key.
const UNSPELLED: [u32; 2] = [u32::MAX; 2];

/// A set of the first and last bytes of keys, as bits of a small table (pairs may share a bit:
/// the set then only lets more words through).
#[derive(Default)]
struct KeyEnds([u64; 4]);

impl KeyEnds {
    fn bit(first: u8, last: u8) -> (usize, u64) {
        let at = (usize::from(first) * 37 + usize::from(last)) & 255;
        (at / 64, 1 << (at % 64))
    }

    fn insert(&mut self, first: u8, last: u8) {
        let (word, bit) = KeyEnds::bit(first, last);
        self.0[word] |= bit;
    }

    fn has(&self, first: u8, last: u8) -> bool {
        let (word, bit) = KeyEnds::bit(first, last);
        self.0[word] & bit != 0
    }
}

/// The word keys of one candidate's name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameKeys<'k> {
    /// The token of the name's first word.
    name_start: usize,
    /// Byte range in `text` of the key of each word of the name.
    spans: &'k [[u32; 2]],
    text: &'k [u8],
}

impl<'k> NameKeys<'k> {
    /// Whether the key of token `i`, a word of the name, was spelled: a word not spelled can
    /// match no registered key.
    fn is_spelled(&self, i: usize) -> bool {
        self.spans[i - self.name_start] != UNSPELLED
    }

    /// The key of token `i`, a word of the name (spelled).
    fn get(&self, i: usize) -> &'k [u8] {
        let [start, end] = self.spans[i - self.name_start];
        &self.text[start as usize..end as usize]
    }

    /// [`name_key`] of a mention, from the word keys already computed when its tokens are its
    /// whitespace-separated words (nearly always).
    pub(crate) fn name_key(&self, ctx: &Context, mention: &Range<usize>) -> String {
        let text = ctx.text_of(mention.clone());
        // Tokens never hold whitespace (the tokenizer splits at it), so they are the mention's
        // whitespace-separated words when only whitespace, and some, separates each from the next.
        let spaced = |i: usize| {
            let gap = &ctx.doc().text()[ctx.token(i).end()..ctx.token(i + 1).start()];
            !gap.is_empty() && (gap == " " || gap.chars().all(char::is_whitespace))
        };
        if !(mention.start..mention.end - 1).all(spaced) {
            return name_key(text);
        }
        let mut out = Vec::with_capacity(text.len() + 4);
        for key in mention
            .clone()
            .map(|i| self.get(i))
            .filter(|k| !k.is_empty())
        {
            if !out.is_empty() {
                out.push(b' ');
            }
            out.extend_from_slice(key);
        }
        String::from_utf8(out).expect("keys are ASCII")
    }
}

/// No further entity in a key's list.
const END: u32 = u32::MAX;

/// One entry of a key's list of entities.
struct Link {
    entity: u32,
    /// The next entry (in `Registry::links`), or `END`.
    next: u32,
}

/// The people found so far, indexed by the keys of their names.
struct Registry<'k> {
    entities: Vec<Entity<'k>>,
    /// The first entry of each key's list of entities: the lists share `links` rather than each
    /// key allocating its own.
    /// Fx-hashed: keys are a few short words per document, where SipHash's setup dominates.
    by_key: FxHashMap<&'k [u8], u32>,
    links: Vec<Link>,
    /// The keys of every entity's fullest name, one name after another: one buffer rather than a
    /// list per entity (a fuller name found later is appended, and the entity points to it).
    names: Vec<&'k [u8]>,
    /// The candidate entities of a lookup, kept to reuse its allocation.
    matches: Vec<usize>,
}

impl<'k> Registry<'k> {
    /// The entity a mention refers to: among the matches (later words of a name before first
    /// words), the one whose gender the honorific confirms, then the most recently mentioned,
    /// then the first found.
    fn find(&mut self, q: &Query) -> Option<usize> {
        let ids = &mut self.matches;
        let names = &self.names;
        ids.clear();
        for k in q.keys {
            let mut at = self.by_key.get(*k).copied().unwrap_or(END);
            while let Some(link) = self.links.get(at as usize) {
                ids.push(link.entity as usize);
                at = link.next;
            }
        }
        ids.sort_unstable();
        ids.dedup();
        // A lone word matches a later word of a name first ("Lavrov"), else the first ("Lin").
        [false, true].into_iter().find_map(|given_too| {
            ids.iter()
                .map(|&i| (i, &self.entities[i]))
                .filter(|(_, e)| {
                    let own = &names[e.keys.start as usize..e.keys.end as usize];
                    e.matches(own, q, given_too)
                })
                .max_by_key(|(i, e)| {
                    let confirmed = q.gender.is_some() && e.gender == q.gender;
                    let last = e.last_before(q.at);
                    (confirmed, last.is_some(), last, std::cmp::Reverse(*i))
                })
                .map(|(i, _)| i)
        })
    }

    /// Adds a mention to entity `id`, or to a new entity when `id` is `None`.
    fn add(
        &mut self,
        ctx: &Context,
        id: Option<usize>,
        name: Range<usize>,
        keys: &[&'k [u8]],
        (c, name_keys): (&Candidate<'k>, NameKeys<'k>),
        cue: &'static str,
    ) {
        let id = id.unwrap_or_else(|| {
            self.entities.push(Entity::new(name.clone(), name_keys));
            self.entities.len() - 1
        });
        for &k in keys {
            let head = self.by_key.entry(k).or_insert(END);
            let mut at = *head;
            while let Some(link) = self.links.get(at as usize) {
                if link.entity as usize == id {
                    break;
                }
                at = link.next;
            }
            if at == END {
                self.links.push(Link {
                    entity: id as u32,
                    next: *head,
                });
                *head = (self.links.len() - 1) as u32;
            }
        }
        self.entities[id].add(&mut self.names, ctx, name, keys, (c, name_keys), cue);
    }
}

/// Builds the people of a document from its candidates.
pub(crate) fn group<'k>(
    ctx: &Context,
    keys: &'k WordKeys,
    candidates: &[Candidate<'k>],
) -> Vec<Entity<'k>> {
    let person = |c: &Candidate| match c.verdict {
        Verdict::Person(cue) => Some(cue),
        Verdict::IfKnown => None,
    };
    // Sized up front: growing the table and the lists costs more than the rest of grouping.
    let persons = candidates.iter().filter(|c| person(c).is_some());
    let words = persons.clone().map(|c| c.name.len()).sum();
    let mut registry = Registry {
        entities: Vec::with_capacity(persons.count()),
        by_key: FxHashMap::with_capacity_and_hasher(words, Default::default()),
        links: Vec::with_capacity(words),
        names: Vec::with_capacity(words),
        matches: Vec::new(),
    };
    let mut name_keys = Vec::new();
    // Full names, then single words with a cue of their own.
    for multi in [true, false] {
        for (at, c) in candidates.iter().enumerate() {
            if (c.name.len() > 1) != multi {
                continue;
            }
            let Some(cue) = person(c) else { continue };
            let word_keys = keys.of(at, c);
            keys_of(ctx, word_keys, &c.name, &mut name_keys);
            let query = Query {
                keys: &name_keys,
                at: c.name.start,
                may_extend: true,
                gender: honorific_gender(c.title),
            };
            let id = registry.find(&query);
            registry.add(ctx, id, c.name.clone(), &name_keys, (c, word_keys), cue);
        }
    }
    // Everything else only repeats a known name: try the longest parts of each run first.
    if !registry.entities.is_empty() {
        for (at, c) in candidates.iter().enumerate() {
            if person(c).is_none() {
                link_parts(ctx, (c, keys.of(at, c)), &mut registry, &mut name_keys);
            }
        }
    }
    let mut entities = registry.entities;
    entities.sort_by_key(|e| e.mentions[0].start);
    entities
}

/// Links the parts of a run that repeat a known name. Only stretches of words whose keys occur in
/// some name can match, so most runs cost one key per word.
fn link_parts<'k>(
    ctx: &Context,
    (c, keys): (&Candidate<'k>, NameKeys<'k>),
    registry: &mut Registry<'k>,
    part_keys: &mut Vec<&'k [u8]>,
) {
    let usable = |i: usize, r: &Registry| {
        ctx.has(i, PARTICLES) || (keys.is_spelled(i) && r.by_key.contains_key(keys.get(i)))
    };
    let mut start = c.name.start;
    while start < c.name.end {
        if !usable(start, registry) {
            start += 1;
            continue;
        }
        let stretch_end = (start..c.name.end)
            .find(|&i| !usable(i, registry))
            .unwrap_or(c.name.end);
        let found = (start + 1..=stretch_end).rev().find_map(|end| {
            keys_of(ctx, keys, &(start..end), part_keys);
            let query = Query {
                keys: part_keys,
                at: start,
                may_extend: false,
                gender: honorific_gender(c.title),
            };
            registry.find(&query).map(|e| (end, e))
        });
        match found {
            // A lone initial ("Y." of "N.Y.") is never a mention on its own.
            Some((end, _)) if end == start + 1 && ctx.is_initial(start) => start = end,
            // `part_keys` still holds the keys of the part found: it was the last one tried.
            Some((end, e)) => {
                registry.add(
                    ctx,
                    Some(e),
                    start..end,
                    part_keys,
                    (c, keys),
                    "coreference",
                );
                start = end;
            }
            None => start += 1,
        }
    }
}
