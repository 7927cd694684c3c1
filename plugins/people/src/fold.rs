//! Accent and case folding: list lookups use a stack buffer, matching keys a transliteration fold.

use lede_core::fold::fold_into;

/// Longest word (in folded bytes) that can match a list entry; longer words match nothing.
pub(crate) const MAX_WORD: usize = 40;

/// A word lowercased and folded to ASCII ("Rodríguez" → "rodriguez") without allocating.
pub(crate) struct Folded {
    bytes: [u8; MAX_WORD],
    len: usize,
}

impl Folded {
    /// Folds `word`, or `None` when the folded form is longer than any list entry.
    pub(crate) fn new(word: &str) -> Option<Folded> {
        let mut folded = Folded {
            bytes: [0; MAX_WORD],
            len: 0,
        };
        if word.is_ascii() {
            let src = word.as_bytes();
            if src.len() > MAX_WORD {
                return None;
            }
            for (to, from) in folded.bytes.iter_mut().zip(src) {
                *to = from.to_ascii_lowercase();
            }
            folded.len = src.len();
        } else {
            let fits = fold_into(word, |b| match folded.bytes.get_mut(folded.len) {
                Some(slot) => {
                    *slot = b;
                    folded.len += 1;
                    true
                }
                None => false,
            });
            if !fits {
                return None;
            }
        }
        Some(folded)
    }

    /// The folded bytes.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// The matching key of one name word: folded, then spelled the same way across transliterations
/// ("Sergey"/"Serguéi"/"Sergei" → "sergei", "Iván"/"Yvan" → "ivan").
#[cfg(test)]
pub(crate) fn word_key(word: &str) -> String {
    let mut out = String::new();
    push_word_key(word, &mut out);
    out
}

/// Appends [`word_key`] to `out`, so that many keys share one buffer.
pub(crate) fn push_word_key(word: &str, out: &mut String) {
    // Most name words spell as themselves: their key is the word lowercased.
    if spells_as_itself(word.as_bytes()) {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    // Other plain ASCII words: their folded letters are their lowercase bytes, which `spell`
    // lowercases as it reads them.
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        spell(word.as_bytes(), out);
        return;
    }
    let folded;
    let long;
    let bytes: &[u8] = match Folded::new(word) {
        Some(f) => {
            folded = f;
            folded.as_bytes()
        }
        None => {
            long = deunicode::deunicode(word).to_ascii_lowercase();
            long.as_bytes()
        }
    };
    let mut stack = [0u8; MAX_WORD];
    let heap: Vec<u8>;
    let letters: &[u8] = if bytes.len() <= MAX_WORD {
        let mut n = 0;
        for &b in bytes.iter().filter(|b| b.is_ascii_alphanumeric()) {
            stack[n] = b;
            n += 1;
        }
        &stack[..n]
    } else {
        heap = bytes
            .iter()
            .copied()
            .filter(u8::is_ascii_alphanumeric)
            .collect();
        &heap
    };
    spell(letters, out);
}

/// ASCII letters and digits that [`spell`] writes as they are (lowercased) unless joined with
/// the letter before ("ph", "ck", "gu").
const SPELLED_AS_IS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let lower = (b as u8).to_ascii_lowercase();
        table[b] = (b as u8).is_ascii_alphanumeric() && !matches!(lower, b'x' | b'y' | b'w');
        b += 1;
    }
    table
};

/// Whether [`spell`] leaves `word` as it is, lowercased: letters and digits it writes as they
/// are, no pair it joins, none doubled.
fn spells_as_itself(word: &[u8]) -> bool {
    let mut last = 0;
    word.iter().all(|&b| {
        // Lowercases letters; digits already have this bit set.
        let lower = b | 0x20;
        let plain = SPELLED_AS_IS[usize::from(b)]
            && lower != last
            && !matches!((last, lower), (b'p', b'h') | (b'c', b'k') | (b'g', b'u'));
        last = lower;
        plain
    })
}

/// Appends the key spelling of `letters` (ASCII letters and digits, in any case) to `out`.
fn spell(letters: &[u8], out: &mut String) {
    out.reserve(letters.len() + 1);
    // Doubled letters collapse ("Dmitriy" and "Dmitri" both end in one "i"); no letter is NUL.
    let mut last = 0;
    let mut push = |b: u8| {
        if b != last {
            out.push(char::from(b));
            last = b;
        }
    };
    let lower = |i: usize| letters.get(i).map_or(0, u8::to_ascii_lowercase);
    let mut i = 0;
    while i < letters.len() {
        let b = letters[i].to_ascii_lowercase();
        i += 1;
        match b {
            // "gue"/"gui" is how Spanish and French write a hard g before e or i.
            b'g' if lower(i) == b'u' && matches!(lower(i + 1), b'e' | b'i') => {
                push(b'g');
                i += 1;
            }
            b'p' if lower(i) == b'h' => {
                push(b'f');
                i += 1;
            }
            b'c' if lower(i) == b'k' => {
                push(b'k');
                i += 1;
            }
            b'x' => {
                push(b'k');
                push(b's');
            }
            b'y' => push(b'i'),
            b'w' => push(b'v'),
            _ => push(b),
        }
    }
}

/// The cross-document key of a full name: the keys of its words joined by single spaces.
pub(crate) fn name_key(name: &str) -> String {
    // Keys are rarely longer than the name: one allocation each.
    let mut out = String::with_capacity(name.len() + 4);
    let mut key = String::with_capacity(name.len() + 4);
    for word in name.split_whitespace() {
        key.clear();
        push_word_key(word, &mut key);
        if key.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&key);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_drops_accents_and_case() {
        assert_eq!(Folded::new("Rodríguez").unwrap().as_bytes(), b"rodriguez");
        assert_eq!(Folded::new("Yıldırım").unwrap().as_bytes(), b"yildirim");
        assert_eq!(Folded::new("Maduro’s").unwrap().as_bytes(), b"maduro's");
        assert!(Folded::new(&"a".repeat(MAX_WORD + 1)).is_none());
    }

    #[test]
    fn transliterations_share_a_key() {
        for variant in ["Sergey", "Serguéi", "Sergei", "SERGEI"] {
            assert_eq!(word_key(variant), "sergei", "{variant}");
        }
        assert_eq!(word_key("Iván"), word_key("Yvan"));
        assert_eq!(word_key("Dmitriy"), word_key("Dmitri"));
        assert_ne!(word_key("Ivan"), word_key("Ivana"));
    }

    #[test]
    fn words_that_spell_as_themselves() {
        for word in ["Lavrov", "PUTIN", "Carlos", "Greta", "Li3", "Ivan"] {
            assert!(spells_as_itself(word.as_bytes()), "{word}");
            let mut spelled = String::new();
            spell(word.as_bytes(), &mut spelled);
            assert_eq!(spelled, word.to_ascii_lowercase());
        }
        for word in [
            "Sergey",
            "Lloyd",
            "Kim-Jong",
            "Wu",
            "Philip",
            "Xi",
            "Eriksen’s",
            "Anna",
            "Dick",
            "Guido",
        ] {
            assert!(!spells_as_itself(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn name_key_joins_word_keys() {
        assert_eq!(name_key("Serguéi Lavrov"), name_key("Sergey  Lavrov"));
        assert_eq!(name_key("Iván Gil"), "ivan gil");
    }
}
