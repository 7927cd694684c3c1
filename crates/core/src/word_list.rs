//! Static word lists looked up ignoring ASCII case, for extractors' lexicons.

/// A word list with a hash table built at compile time (in a `static`): a lookup hashes the
/// word's length and three of its letters, folded to ASCII lowercase, and compares at most a few
/// candidates ignoring case, with no copy of the word and no start-up cost.
pub struct WordList {
    words: &'static [&'static str],
    /// Word lengths present, as bits: most words are rejected by this test alone.
    lengths: u64,
    /// First letters present, as bits of the first byte's low five bits (the same for both
    /// cases of a letter): the next cheapest test, before any hashing.
    initials: u32,
    /// Open addressing over `words` indexes; `EMPTY` marks a free slot.
    slots: [u16; SLOTS],
}

/// Table size: a power of two at least four times the longest list.
const SLOT_BITS: u32 = 10;
const SLOTS: usize = 1 << SLOT_BITS;
const EMPTY: u16 = u16::MAX;

/// Hashes a non-empty word by its length and its first, middle and last letters in ASCII
/// lowercase: few words of a list share all four, and no loop runs over the word.
const fn hash(bytes: &[u8]) -> usize {
    let n = bytes.len();
    let key = n as u64
        | (bytes[0].to_ascii_lowercase() as u64) << 8
        | (bytes[n / 2].to_ascii_lowercase() as u64) << 16
        | (bytes[n - 1].to_ascii_lowercase() as u64) << 24;
    // Fibonacci hashing: the top bits of the product mix every bit of the key.
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SLOT_BITS)) as usize
}

impl WordList {
    /// The list of `words` (non-empty, at most 256 of them), built at compile time in a `static`.
    pub const fn new(words: &'static [&'static str]) -> WordList {
        assert!(words.len() * 4 <= SLOTS);
        let mut lengths = 0u64;
        let mut initials = 0u32;
        let mut slots = [EMPTY; SLOTS];
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            lengths |= 1 << if word.len() < 63 { word.len() } else { 63 };
            initials |= 1 << (word[0] & 31);
            let mut slot = hash(word);
            while slots[slot] != EMPTY {
                slot = (slot + 1) & (SLOTS - 1);
            }
            slots[slot] = i as u16;
            i += 1;
        }
        WordList {
            words,
            lengths,
            initials,
            slots,
        }
    }

    /// The words, in the order given.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether the list holds `word`, compared in ASCII lowercase. Inlined, so that the
    /// length and first-letter tests read a static list's bits as constants and most words
    /// are turned away without a call.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.contains_bytes(word.as_bytes())
    }

    /// [`WordList::contains`] for a word given as bytes.
    #[inline]
    pub fn contains_bytes(&self, bytes: &[u8]) -> bool {
        !bytes.is_empty()
            && self.lengths & (1 << bytes.len().min(63)) != 0
            && self.initials & (1 << (bytes[0] & 31)) != 0
            && self.probe(bytes)
    }

    /// Whether the table holds the non-empty `bytes`, compared in ASCII lowercase.
    #[inline(never)]
    fn probe(&self, bytes: &[u8]) -> bool {
        let mut slot = hash(bytes);
        loop {
            match self.slots[slot] {
                EMPTY => return false,
                i if self.words[i as usize]
                    .as_bytes()
                    .eq_ignore_ascii_case(bytes) =>
                {
                    return true
                }
                _ => slot = (slot + 1) & (SLOTS - 1),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static PARTICLES: WordList = WordList::new(&["al", "bin", "de", "van", "von"]);

    #[test]
    fn finds_its_words_in_any_ascii_case_and_nothing_else() {
        for word in ["al", "Bin", "DE", "van", "von"] {
            assert!(PARTICLES.contains(word), "{word}");
        }
        for word in ["", "a", "vo", "vonn", "bim", "dé", "Alvarez"] {
            assert!(!PARTICLES.contains(word), "{word}");
        }
        assert!(PARTICLES.contains_bytes(b"VAN"));
    }
}
