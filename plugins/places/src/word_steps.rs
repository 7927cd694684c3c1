//! Whole-word steps of the name trie, remembered across documents. Every capitalised token
//! starts a walk of the name trie and news repeats the same capitalised words ("The", "But",
//! "New York", a person's name) within and across articles, so walking byte by byte would search
//! the same trie nodes again and again. A step is keyed by the node it starts from, whether a
//! space comes first and the word's own bytes; the table is fixed-size and two-way
//! set-associative (the more recent step first), so memory stays flat whatever the input, and a
//! collision only evicts, never answers for another step.
//!
//! A remembered step costs a few word-sized loads and compares: the word is read as two
//! zero-padded 64-bit numbers, hashed and compared as such, and the table is borrowed from its
//! thread once per document (`WordSteps::with`) rather than once per step. A slot is 32 bytes and
//! a set of two is one 64-byte cache line, so a step touches one line (a 40-byte slot had most
//! sets straddle two); the 32,768 steps remembered take 1 MiB per thread: enough that a megabyte
//! of varied text (CoNLL's) walks few words twice.

use crate::gazetteer::{walk_bytes, Step, Walker};
use lede_core::swar::load_padded;
use std::cell::RefCell;
use std::ops::Range;

const SETS_LOG2: u32 = 14;
const SETS: usize = 1 << SETS_LOG2;
/// Longer words are walked each time (rare, and their walks die early).
const MAX_WORD: usize = 16;
/// `to` of a step after which no name continues.
const DEAD: u32 = u32::MAX;
/// The bit of `to` set when a name goes on with a space from the node reached.
const TAKES_SPACE: u32 = 1 << 31;
/// `final_output` of a step to a node where no name ends.
const NOT_FINAL: u32 = u32::MAX;
/// Bits of a key's head below the word's length: the start node's number.
const ADDR_BITS: u32 = 24;

// Node numbers of the embedded trie fit in `ADDR_BITS` (so a head packs the start node, the
// word's length and the space in 32 bits, and `to` has its top bit for `TAKES_SPACE` and `DEAD`
// to spare), and its outputs (which index a far smaller table) in 32 bits, with `NOT_FINAL` to
// spare.
const _: () = assert!(crate::gazetteer::NODE_COUNT < 1 << ADDR_BITS);
const _: () = assert!((crate::gazetteer::CANDIDATE_ENTRIES << 8 | 0xff) < NOT_FINAL as usize);

/// What a step is remembered by: where it starts, whether a space comes first, the word.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    /// The start node, the word's length and the space, packed; never zero (words are never
    /// empty), so an empty slot matches nothing.
    head: u32,
    /// The word's bytes, little-endian, zero-padded.
    word: [u64; MAX_WORD / 8],
}

impl Key {
    /// The key of the non-empty word `text[word]`.
    fn new(from: u32, spaced: bool, text: &[u8], word: Range<usize>) -> Key {
        let len = word.end - word.start;
        // The first chunk is one load of eight bytes of the text, masked to the word, unless
        // the text ends sooner; most words fit it, so the second is tested for by length.
        let first = match text.get(word.start..word.start + 8) {
            Some(eight) => {
                u64::from_le_bytes(eight.try_into().expect("8 bytes"))
                    & u64::MAX >> (64 - 8 * len.min(8))
            }
            None => load_padded(&text[word.clone()]),
        };
        let second = if len > 8 {
            load_padded(&text[word.start + 8..word.end])
        } else {
            0
        };
        Key {
            head: from | (len as u32) << ADDR_BITS | (spaced as u32) << (ADDR_BITS + 5),
            word: [first, second],
        }
    }

    /// Multiply-shift over the folded key: cheap and good enough to spread steps over the sets.
    fn set(&self) -> usize {
        let [a, b] = self.word;
        let mixed = u64::from(self.head) ^ a ^ b.rotate_left(21);
        (mixed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SETS_LOG2)) as usize
    }
}

/// One remembered step, 32 bytes: the key's fields side by side with the step's, not a `Key`
/// padded to 24 bytes.
#[derive(Clone, Copy)]
struct Slot {
    word: [u64; MAX_WORD / 8],
    head: u32,
    /// The node reached with `TAKES_SPACE`, or `DEAD`.
    to: u32,
    /// The output gained on the way.
    gained: u32,
    /// The final output of the node reached, or `NOT_FINAL`.
    final_output: u32,
}

/// The two ways of a set, the more recent first, on one cache line.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct Set([Slot; 2]);

// The size the table's memory is counted in (see the module documentation).
const _: () = assert!(std::mem::size_of::<Slot>() == 32);
const _: () = assert!(std::mem::size_of::<Set>() == 64);

impl Slot {
    fn new(key: Key, step: Option<Step>) -> Slot {
        Slot {
            word: key.word,
            head: key.head,
            to: step.map_or(DEAD, |s| {
                s.to as u32 | if s.takes_space { TAKES_SPACE } else { 0 }
            }),
            gained: step.map_or(0, |s| s.gained as u32),
            final_output: step
                .and_then(|s| s.final_output)
                .map_or(NOT_FINAL, |f| f as u32),
        }
    }

    fn holds(&self, key: &Key) -> bool {
        self.head == key.head && self.word == key.word
    }

    fn step(&self) -> Option<Step> {
        (self.to != DEAD).then_some(Step {
            to: (self.to & !TAKES_SPACE) as usize,
            gained: self.gained.into(),
            final_output: (self.final_output != NOT_FINAL).then_some(self.final_output.into()),
            takes_space: self.to & TAKES_SPACE != 0,
        })
    }
}

const EMPTY: Slot = Slot {
    word: [0; MAX_WORD / 8],
    head: 0,
    to: DEAD,
    gained: 0,
    final_output: NOT_FINAL,
};

/// The remembered steps of one thread.
pub struct WordSteps {
    sets: Box<[Set]>,
}

thread_local! {
    static MEMO: RefCell<WordSteps> = RefCell::new(WordSteps {
        sets: vec![Set([EMPTY; 2]); SETS].into_boxed_slice(),
    });
}

impl WordSteps {
    /// Runs `f` with this thread's remembered steps.
    pub fn with<R>(f: impl FnOnce(&mut WordSteps) -> R) -> R {
        MEMO.with(|memo| f(&mut memo.borrow_mut()))
    }

    /// A walk at the trie's root, nothing fed yet.
    #[inline]
    pub fn walker(&self) -> Walker {
        Walker::default()
    }

    /// The step from node `from` for a space if `spaced`, then the folded word `text[word]` (the
    /// bytes of a whole word: only a step walked afresh reads them as text; the text around it
    /// lets its key be loaded whole); `None` when no name continues so.
    // Inlined into the scan: a remembered step is the common case, a few loads and compares.
    #[inline(always)]
    pub fn step(
        &mut self,
        from: usize,
        spaced: bool,
        text: &[u8],
        word: Range<usize>,
    ) -> Option<Step> {
        if word.is_empty() || word.len() > MAX_WORD {
            return walk_bytes(from, spaced, &text[word]);
        }
        let key = Key::new(from as u32, spaced, text, word.clone());
        let ways = &mut self.sets[key.set()].0;
        if !ways[0].holds(&key) {
            remember(ways, key, from, spaced, &text[word]);
        }
        ways[0].step()
    }
}

/// Puts the step of `key` first in its set: the other way's, or walked afresh (out of line, as
/// most steps are remembered).
#[cold]
#[inline(never)]
fn remember(ways: &mut [Slot; 2], key: Key, from: usize, spaced: bool, word: &[u8]) {
    if ways[1].holds(&key) {
        ways.swap(0, 1);
    } else {
        ways[1] = ways[0];
        ways[0] = Slot::new(key, walk_bytes(from, spaced, word));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The steps of a walk over `words`, remembered or walked afresh; `None` once one dies.
    fn walked(words: &[&str], memo: bool) -> Option<Vec<Step>> {
        let mut from = Walker::default().addr();
        WordSteps::with(|steps| {
            words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let s = if memo {
                        steps.step(from, i > 0, w.as_bytes(), 0..w.len())
                    } else {
                        walk_bytes(from, i > 0, w.as_bytes())
                    }?;
                    from = s.to;
                    Some(s)
                })
                .collect()
        })
    }

    /// Whether `words` walk to the end of a name; `None` when the walk dies.
    fn names(words: &[&str]) -> Option<bool> {
        walked(words, true).map(|steps| steps.last().unwrap().final_output.is_some())
    }

    #[test]
    fn remembered_steps_answer_like_a_fresh_walk() {
        for words in [
            &["Moscow"][..],
            &["MOSCOW"],
            &["Mosc"],
            &["Xqzvw"],
            &["New", "York"],
            &["New", "Mosc"],
            &["Gulf", "of", "Mexico"],
            &["Ciudad", "Nezahualcóyotl"],
        ] {
            for _ in 0..2 {
                assert_eq!(walked(words, true), walked(words, false), "{words:?}");
            }
        }
        assert_eq!(names(&["Gulf", "of", "Mexico"]), Some(true));
        assert_eq!(names(&["Mosc"]), Some(false));
        assert_eq!(names(&["Xqzvw"]), None);
    }

    #[test]
    fn a_word_inside_text_has_the_key_it_has_alone() {
        let text = b"in Moscow, Gulf of Mexico";
        for (start, word) in [(3, "Moscow"), (11, "Gulf"), (16, "of"), (19, "Mexico")] {
            let inside = Key::new(7, true, text, start..start + word.len());
            assert!(
                inside == Key::new(7, true, word.as_bytes(), 0..word.len()),
                "{word}"
            );
        }
    }

    #[test]
    fn long_words_are_walked_without_the_memo() {
        let long = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
        assert!(long.len() > MAX_WORD);
        assert_eq!(walked(&[long], true), walked(&[long], false));
    }

    #[test]
    fn steps_sharing_a_set_evict_without_answering_for_each_other() {
        let root = Walker::default().addr() as u32;
        let set = |w: &str| Key::new(root, false, w.as_bytes(), 0..w.len()).set();
        let mut others = (0..100_000)
            .map(|n| format!("Zq{n}"))
            .filter(|w| set(w) == set("Moscow"));
        let (one, two) = (others.next().unwrap(), others.next().unwrap());
        assert_eq!(names(&["Moscow"]), Some(true));
        assert_eq!(names(&[&one]), None);
        assert_eq!(names(&["Moscow"]), Some(true));
        assert_eq!(names(&[&one]), None);
        assert_eq!(names(&[&two]), None);
        assert_eq!(names(&["Moscow"]), Some(true));
    }
}
