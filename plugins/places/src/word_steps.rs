//! Whole-word steps of the name FST, memoized per thread. Every capitalised token starts a walk
//! and news repeats the same capitalised words ("The", "But", "New York", a person's name)
//! within and across articles, so walking byte by byte would decode the same FST nodes again
//! and again. A step is keyed by the node it starts from, whether a space comes first and the
//! word's own bytes; the table is fixed-size and two-way set-associative (the more recent step
//! first), so memory stays flat whatever the input, and a collision only evicts, never answers
//! for another step.

use crate::gazetteer::{walk_word, Step};
use fst::raw::CompiledAddr;
use std::cell::RefCell;

const SETS: usize = 4096;
/// Longer words are walked each time (rare, and their walks die early).
const MAX_WORD: usize = 22;
/// `to` of a step after which no name continues.
const DEAD: u32 = u32::MAX;
/// `final_output` of a step to a node where no name ends (outputs index a far smaller table).
const NOT_FINAL: u64 = u64::MAX;

// Node addresses of the embedded FST fit in 32 bits, with `DEAD` to spare.
const _: () = assert!(crate::gazetteer::FST_BYTES < DEAD as usize);

/// One remembered step, 48 bytes.
#[derive(Clone, Copy)]
struct Slot {
    from: u32,
    /// The node reached, or `DEAD`.
    to: u32,
    /// The output gained on the way.
    gained: u64,
    /// The final output of the node reached, or `NOT_FINAL`.
    final_output: u64,
    spaced: bool,
    /// Zero when the slot is empty (words are never empty).
    len: u8,
    word: [u8; MAX_WORD],
}

impl Slot {
    fn holds(&self, from: u32, spaced: bool, word: &[u8]) -> bool {
        self.from == from && self.spaced == spaced && &self.word[..self.len as usize] == word
    }

    fn new(from: u32, spaced: bool, word: &[u8], step: Option<Step>) -> Slot {
        let mut slot = Slot {
            from,
            to: step.map_or(DEAD, |s| s.to as u32),
            gained: step.map_or(0, |s| s.gained),
            final_output: step.and_then(|s| s.final_output).unwrap_or(NOT_FINAL),
            spaced,
            len: word.len() as u8,
            word: [0; MAX_WORD],
        };
        slot.word[..word.len()].copy_from_slice(word);
        slot
    }

    fn step(&self) -> Option<Step> {
        (self.to != DEAD).then_some(Step {
            to: self.to as CompiledAddr,
            gained: self.gained,
            final_output: Some(self.final_output).filter(|&f| f != NOT_FINAL),
        })
    }
}

const EMPTY: Slot = Slot {
    from: 0,
    to: DEAD,
    gained: 0,
    final_output: NOT_FINAL,
    spaced: false,
    len: 0,
    word: [0; MAX_WORD],
};

thread_local! {
    static MEMO: RefCell<Box<[[Slot; 2]]>> = RefCell::new(vec![[EMPTY; 2]; SETS].into_boxed_slice());
}

/// FNV-1a over the step's key: cheap and good enough to spread steps over the sets.
fn set_of(from: u32, spaced: bool, word: &[u8]) -> usize {
    let mut hash: u32 = 0x811c_9dc5 ^ from.wrapping_mul(2) ^ spaced as u32;
    for &b in word {
        hash = (hash ^ b as u32).wrapping_mul(0x0100_0193);
    }
    hash as usize % SETS
}

/// The step from node `from` for a space if `spaced`, then the folded `word`; `None` when no
/// name continues so.
pub fn step(from: CompiledAddr, spaced: bool, word: &str) -> Option<Step> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return walk_word(from, spaced, word);
    }
    let key = from as u32;
    let set = set_of(key, spaced, bytes);
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let ways = &mut memo[set];
        if !ways[0].holds(key, spaced, bytes) {
            if ways[1].holds(key, spaced, bytes) {
                ways.swap(0, 1);
            } else {
                ways[1] = ways[0];
                ways[0] = Slot::new(key, spaced, bytes, walk_word(from, spaced, word));
            }
        }
        ways[0].step()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Walker;

    /// The steps of a walk over `words`, remembered or walked afresh; `None` once one dies.
    fn walked(words: &[&str], memo: bool) -> Option<Vec<Step>> {
        let mut from = Walker::default().addr();
        let walk = if memo { step } else { walk_word };
        words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let s = walk(from, i > 0, w)?;
                from = s.to;
                Some(s)
            })
            .collect()
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
    fn long_words_are_walked_without_the_memo() {
        let long = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
        assert!(long.len() > MAX_WORD);
        assert_eq!(walked(&[long], true), walked(&[long], false));
    }

    #[test]
    fn steps_sharing_a_set_evict_without_answering_for_each_other() {
        let root = Walker::default().addr() as u32;
        let mut others = (0..100_000)
            .map(|n| format!("Zq{n}"))
            .filter(|w| set_of(root, false, w.as_bytes()) == set_of(root, false, b"Moscow"));
        let (one, two) = (others.next().unwrap(), others.next().unwrap());
        assert_eq!(names(&["Moscow"]), Some(true));
        assert_eq!(names(&[&one]), None);
        assert_eq!(names(&["Moscow"]), Some(true));
        assert_eq!(names(&[&one]), None);
        assert_eq!(names(&[&two]), None);
        assert_eq!(names(&["Moscow"]), Some(true));
    }
}
