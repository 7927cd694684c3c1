//! Whole-word steps of the name FST, memoized per thread. Every capitalised token starts a walk
//! and news repeats the same capitalised words ("The", "But", "New York", a person's name)
//! within and across articles, so walking byte by byte would decode the same FST nodes again
//! and again. A step is keyed by the node it starts from, whether a space comes first and the
//! word's own bytes; the table is fixed-size and direct-mapped, so memory stays flat whatever
//! the input, and a collision only evicts, never answers for another step.

use crate::fold::fold_into;
use crate::gazetteer::{Walker, WalkerState};
use fst::raw::CompiledAddr;
use std::cell::RefCell;

const SLOTS: usize = 4096;
/// Longer words are walked each time (rare, and their walks die early).
const MAX_WORD: usize = 22;

#[derive(Clone, Copy)]
struct Slot {
    from: CompiledAddr,
    spaced: bool,
    /// Zero when the slot is empty (words are never empty).
    len: u8,
    word: [u8; MAX_WORD],
    /// The node reached and the output gained, or `None` when no name continues so.
    to: Option<(CompiledAddr, u64)>,
}

const EMPTY: Slot = Slot {
    from: 0,
    spaced: false,
    len: 0,
    word: [0; MAX_WORD],
    to: None,
};

thread_local! {
    static MEMO: RefCell<Box<[Slot]>> = RefCell::new(vec![EMPTY; SLOTS].into_boxed_slice());
}

/// FNV-1a over the step's key: cheap and good enough to spread steps over the slots.
fn slot_of(from: CompiledAddr, spaced: bool, word: &[u8]) -> usize {
    let mut hash: u32 = 0x811c_9dc5 ^ (from as u32).wrapping_mul(2) ^ spaced as u32;
    for &b in word {
        hash = (hash ^ b as u32).wrapping_mul(0x0100_0193);
    }
    hash as usize % SLOTS
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
    let from: WalkerState = walker.state();
    let at = slot_of(from.addr(), spaced, bytes);
    let to = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let slot = &mut memo[at];
        if slot.from == from.addr()
            && slot.spaced == spaced
            && &slot.word[..slot.len as usize] == bytes
        {
            return slot.to;
        }
        let to = walk(walker, spaced, word)
            .then(|| walker.state())
            .map(|s| (s.addr(), s.output() - from.output()));
        *slot = Slot {
            from: from.addr(),
            spaced,
            len: bytes.len() as u8,
            word: [0; MAX_WORD],
            to,
        };
        slot.word[..bytes.len()].copy_from_slice(bytes);
        to
    });
    match to {
        Some((addr, gained)) => {
            *walker = Walker::resume(from.advanced(addr, gained));
            true
        }
        None => false,
    }
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
    fn a_step_sharing_a_slot_evicts_without_answering_for_it() {
        let root = Walker::default().state().addr();
        let other = (0..100_000)
            .map(|n| format!("Zq{n}"))
            .find(|w| slot_of(root, false, w.as_bytes()) == slot_of(root, false, b"Moscow"))
            .unwrap();
        assert!(walked(&["Moscow"], true).unwrap().is_some());
        assert!(walked(&[&other], true).is_none());
        assert!(walked(&["Moscow"], true).unwrap().is_some());
    }
}
