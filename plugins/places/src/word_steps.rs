//! Whole-word steps of the name FST, memoized per thread. Every capitalised token starts a walk
//! and news repeats the same capitalised words ("The", "But", "New York", a person's name)
//! within and across articles, so walking byte by byte would decode the same FST nodes again
//! and again. A step is keyed by the node it starts from, whether a space comes first and the
//! word's own bytes; the table is fixed-size and two-way set-associative (the more recent step
//! first), so memory stays flat whatever the input, and a collision only evicts, never answers
//! for another step.

use crate::gazetteer::Walker;
use lede_core::fold::fold_into;
use std::cell::RefCell;

const SETS: usize = 4096;
/// Longer words are walked each time (rare, and their walks die early).
const MAX_WORD: usize = 22;
/// `to` of a step after which no name continues.
const DEAD: u32 = u32::MAX;

// Node addresses of the embedded FST fit in 32 bits, with `DEAD` to spare.
const _: () = assert!(crate::gazetteer::FST_BYTES < DEAD as usize);

/// One remembered step, 40 bytes.
#[derive(Clone, Copy)]
struct Slot {
    from: u32,
    /// The node reached, or `DEAD`.
    to: u32,
    /// The output gained on the way.
    gained: u64,
    spaced: bool,
    /// Zero when the slot is empty (words are never empty).
    len: u8,
    word: [u8; MAX_WORD],
}

impl Slot {
    fn holds(&self, from: u32, spaced: bool, word: &[u8]) -> bool {
        self.from == from && self.spaced == spaced && &self.word[..self.len as usize] == word
    }
}

const EMPTY: Slot = Slot {
    from: 0,
    to: DEAD,
    gained: 0,
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

/// Feeds a space if `spaced`, then the folded `word`, byte by byte.
fn walk(walker: &mut Walker, spaced: bool, word: &str) -> bool {
    (!spaced || walker.feed(b' ')) && fold_into(word, |b| walker.feed(b))
}

/// Feeds a space if `spaced`, then the folded `word`; `false` when no name continues so (the
/// walker is then unusable).
pub fn feed_word(walker: &mut Walker, spaced: bool, word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return walk(walker, spaced, word);
    }
    let from = walker.state();
    let from_addr = from.addr() as u32;
    let set = set_of(from_addr, spaced, bytes);
    let (to, gained) = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let ways = &mut memo[set];
        if !ways[0].holds(from_addr, spaced, bytes) {
            if ways[1].holds(from_addr, spaced, bytes) {
                ways.swap(0, 1);
            } else {
                let (to, gained) = if walk(walker, spaced, word) {
                    let to = walker.state();
                    (to.addr() as u32, to.output() - from.output())
                } else {
                    (DEAD, 0)
                };
                ways[1] = ways[0];
                ways[0] = Slot {
                    from: from_addr,
                    to,
                    gained,
                    spaced,
                    len: bytes.len() as u8,
                    word: [0; MAX_WORD],
                };
                ways[0].word[..bytes.len()].copy_from_slice(bytes);
            }
        }
        (ways[0].to, ways[0].gained)
    });
    if to == DEAD {
        return false;
    }
    *walker = Walker::resume(from.advanced(to as usize, gained));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walked(words: &[&str], memo: bool) -> Option<Option<crate::gazetteer::Candidates>> {
        let mut walker = Walker::default();
        for (i, w) in words.iter().enumerate() {
            let alive = if memo {
                feed_word(&mut walker, i > 0, w)
            } else {
                walk(&mut walker, i > 0, w)
            };
            if !alive {
                return None;
            }
        }
        Some(walker.matched())
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
        assert!(walked(&["Gulf", "of", "Mexico"], true).unwrap().is_some());
        assert!(walked(&["Mosc"], true).unwrap().is_none());
        assert!(walked(&["Xqzvw"], true).is_none());
    }

    #[test]
    fn long_words_are_walked_without_the_memo() {
        let long = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
        assert!(long.len() > MAX_WORD);
        assert_eq!(walked(&[long], true), walked(&[long], false));
    }

    #[test]
    fn steps_sharing_a_set_evict_without_answering_for_each_other() {
        let root = Walker::default().state().addr() as u32;
        let mut others = (0..100_000)
            .map(|n| format!("Zq{n}"))
            .filter(|w| set_of(root, false, w.as_bytes()) == set_of(root, false, b"Moscow"));
        let (one, two) = (others.next().unwrap(), others.next().unwrap());
        assert!(walked(&["Moscow"], true).unwrap().is_some());
        assert!(walked(&[&one], true).is_none());
        assert!(walked(&["Moscow"], true).unwrap().is_some());
        assert!(walked(&[&one], true).is_none());
        assert!(walked(&[&two], true).is_none());
        assert!(walked(&["Moscow"], true).unwrap().is_some());
    }
}
