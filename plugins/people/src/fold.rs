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
    word_key_into(word, &mut out);
    out
}

/// [`word_key`] written into `out` (cleared first), to reuse one buffer.
pub(crate) fn word_key_into(word: &str, out: &mut String) {
    out.clear();
    // Most name words are plain ASCII letters: their folded letters are their lowercase bytes.
    if word.len() <= MAX_WORD && word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let mut letters = [0u8; MAX_WORD];
        for (to, from) in letters.iter_mut().zip(word.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        spell(&letters[..word.len()], out);
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

/// Appends the key spelling of folded `letters` to `out`.
fn spell(letters: &[u8], out: &mut String) {
    // Doubled letters collapse ("Dmitriy" and "Dmitri" both end in one "i").
    out.reserve(letters.len() + 1);
    let mut last = None;
    let mut push = |c: char| {
        if last != Some(c) {
            out.push(c);
            last = Some(c);
        }
    };
    let mut i = 0;
    while i < letters.len() {
        let (b, next, after) = (letters[i], letters.get(i + 1), letters.get(i + 2));
        i += 1;
        match (b, next) {
            // "gue"/"gui" is how Spanish and French write a hard g before e or i.
            (b'g', Some(b'u')) if matches!(after, Some(b'e' | b'i')) => {
                push('g');
                i += 1;
            }
            (b'p', Some(b'h')) => {
                push('f');
                i += 1;
            }
            (b'c', Some(b'k')) => {
                push('k');
                i += 1;
            }
            (b'x', _) => {
                push('k');
                push('s');
            }
            (b'y', _) => push('i'),
            (b'w', _) => push('v'),
            _ => push(char::from(b)),
        }
    }
}

/// The cross-document key of a full name: the keys of its words joined by single spaces.
pub(crate) fn name_key(name: &str) -> String {
    // Keys are rarely longer than the name: one allocation each.
    let mut out = String::with_capacity(name.len() + 4);
    let mut key = String::with_capacity(name.len() + 4);
    for word in name.split_whitespace() {
        word_key_into(word, &mut key);
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
    fn name_key_joins_word_keys() {
        assert_eq!(name_key("Serguéi Lavrov"), name_key("Sergey  Lavrov"));
        assert_eq!(name_key("Iván Gil"), "ivan gil");
    }
}
