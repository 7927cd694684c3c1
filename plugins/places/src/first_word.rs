//! The walker state after a name's first word, memoized per thread: every capitalised token
//! starts a walk, and news repeats the same capitalised words ("The", "But", a person's name)
//! within and across articles, so most walks would decode the same FST nodes again. A fixed-size
//! direct-mapped table keeps memory flat whatever the input; a slot holds a word's own bytes, so a
//! collision only evicts and never answers for another word.

use crate::fold::fold_into;
use crate::gazetteer::{Walker, WalkerState};
use std::cell::RefCell;

const SLOTS: usize = 4096;
/// Longer words are walked each time (rare, and their walk is short-lived anyway).
const MAX_WORD: usize = 22;

#[derive(Clone, Copy)]
struct Slot {
    len: u8,
    word: [u8; MAX_WORD],
    /// `None` when no name starts with the word.
    state: Option<WalkerState>,
}

const EMPTY: Slot = Slot {
    // Words are never empty, so a zero length never matches one.
    len: 0,
    word: [0; MAX_WORD],
    state: None,
};

thread_local! {
    static MEMO: RefCell<Box<[Slot]>> = RefCell::new(vec![EMPTY; SLOTS].into_boxed_slice());
}

/// FNV-1a: cheap and good enough to spread short words over the slots.
fn slot_of(word: &[u8]) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for &b in word {
        hash = (hash ^ b as u32).wrapping_mul(0x0100_0193);
    }
    hash as usize % SLOTS
}

fn walk(word: &str) -> Option<WalkerState> {
    let mut walker = Walker::default();
    fold_into(word, |b| walker.feed(b)).then(|| walker.state())
}

/// A walker fed the folded `word` from the root, or `None` when no name starts with it.
pub fn after_first_word(word: &str) -> Option<Walker> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return walk(word).map(Walker::resume);
    }
    let at = slot_of(bytes);
    let state = MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let slot = &mut memo[at];
        if &slot.word[..slot.len as usize] == bytes {
            return slot.state;
        }
        let state = walk(word);
        slot.len = bytes.len() as u8;
        slot.word[..bytes.len()].copy_from_slice(bytes);
        slot.state = state;
        state
    });
    state.map(Walker::resume)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matched(word: &str) -> bool {
        after_first_word(word).is_some_and(|w| w.matched().is_some())
    }

    #[test]
    fn remembered_words_answer_like_a_fresh_walk() {
        for _ in 0..2 {
            assert!(matched("Moscow"));
            assert!(matched("MOSCOW"));
            assert!(!matched("Mosc"));
            assert!(after_first_word("Mosc").is_some());
            assert!(after_first_word("Xqzvw").is_none());
        }
    }

    #[test]
    fn long_words_are_walked_without_the_memo() {
        let long = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
        assert!(long.len() > MAX_WORD);
        assert_eq!(after_first_word(long).is_some(), walk(long).is_some());
    }

    #[test]
    fn a_word_sharing_a_slot_evicts_without_answering_for_it() {
        let first = "Moscow";
        let other = (0..100_000)
            .map(|n| format!("Zq{n}"))
            .find(|w| w != first && slot_of(w.as_bytes()) == slot_of(first.as_bytes()))
            .unwrap();
        assert!(matched(first));
        assert!(after_first_word(&other).is_none());
        assert!(matched(first));
    }
}
