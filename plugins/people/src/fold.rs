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
    let mut out = Vec::new();
    push_word_key(word, &mut out);
    String::from_utf8(out).expect("keys are ASCII")
}

/// Appends [`word_key`] to `out` (ASCII bytes), so that many keys share one buffer.
// Inlined: plain ASCII words (nearly all) are spelled as they are read, with no call into the
// large stack frame of the folding path.
#[inline]
pub(crate) fn push_word_key(word: &str, out: &mut Vec<u8>) {
    if !spell(word.as_bytes(), out) {
        push_folded_word_key(word, out);
    }
}

/// [`push_word_key`] of a word that is not plain ASCII letters and digits: folded first.
#[inline(never)]
fn push_folded_word_key(word: &str, out: &mut Vec<u8>) {
    let folded;
    let long;
    let bytes: &[u8] = if word.is_ascii() {
        // Folding ASCII only lowercases it, which `spell` does as it goes ("J.", "O'Neil").
        word.as_bytes()
    } else if let Some(f) = Folded::new(word) {
        folded = f;
        folded.as_bytes()
    } else {
        long = deunicode::deunicode(word).to_ascii_lowercase();
        long.as_bytes()
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
    let spelled = spell(letters, out);
    debug_assert!(spelled, "only letters and digits are left");
}

/// How [`spell`] writes each byte: letters lowercased, "y" as "i" and "w" as "v", digits as they
/// are; `PAIRED` for the letters that join the next ("ph", "ck", "gu") or become two ("x"); 0 for
/// any other byte.
const SPELLING: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let lower = (b as u8).to_ascii_lowercase();
        table[b] = match lower {
            b'g' | b'p' | b'c' | b'x' => PAIRED,
            b'y' => b'i',
            b'w' => b'v',
            b'a'..=b'z' | b'0'..=b'9' => lower,
            _ => 0,
        };
        b += 1;
    }
    table
};
/// Marks a letter in [`SPELLING`] whose spelling depends on the letters after it.
const PAIRED: u8 = 0x80;

/// Appends the key spelling of `letters` to `out` if they are all ASCII letters and digits (in
/// any case); otherwise returns false and leaves `out` as it was.
fn spell(letters: &[u8], out: &mut Vec<u8>) -> bool {
    // Spelled straight into `out` (no buffer to zero and copy from), cut back on failure; a key is
    // at most twice as long as its letters ("x" → "ks"), so one reservation serves.
    let start = out.len();
    out.reserve(2 * letters.len());
    // Doubled letters collapse ("Dmitriy" and "Dmitri" both end in one "i"); no letter is NUL.
    let mut last = 0;
    let lower = |i: usize| letters.get(i).map_or(0, u8::to_ascii_lowercase);
    let mut i = 0;
    while i < letters.len() {
        let mut b = SPELLING[usize::from(letters[i])];
        i += 1;
        if b == PAIRED {
            b = match (letters[i - 1].to_ascii_lowercase(), lower(i)) {
                // "gue"/"gui" is how Spanish and French write a hard g before e or i.
                (b'g', b'u') if matches!(lower(i + 1), b'e' | b'i') => {
                    i += 1;
                    b'g'
                }
                (b'p', b'h') => {
                    i += 1;
                    b'f'
                }
                (b'c', b'k') => {
                    i += 1;
                    b'k'
                }
                (b'x', _) => {
                    if last != b'k' {
                        out.push(b'k');
                    }
                    last = b'k';
                    b's'
                }
                (letter, _) => letter,
            };
        } else if b == 0 {
            out.truncate(start);
            return false;
        }
        if b != last {
            out.push(b);
            last = b;
        }
    }
    true
}

/// The first and last bytes of [`push_word_key`] of `word` when the bytes at its ends decide
/// them (ASCII letters or digits there), else `None`: much cheaper than spelling the word.
pub(crate) fn key_ends(word: &[u8]) -> Option<(u8, u8)> {
    let (&first, &last) = (word.first()?, word.last()?);
    let lower = |at: usize| word.get(at).map(u8::to_ascii_lowercase);
    let first = match SPELLING[usize::from(first)] {
        // Not an ASCII letter or digit: the word is folded first.
        0 => return None,
        PAIRED => match (first.to_ascii_lowercase(), lower(1)) {
            (b'g', _) => b'g',
            (b'x', _) => b'k',
            (b'p', Some(b'h')) => b'f',
            (b'c', Some(b'k')) => b'k',
            (_, Some(next)) if !next.is_ascii_alphanumeric() => return None,
            (letter, _) => letter,
        },
        spelled => spelled,
    };
    let n = word.len();
    let last = match SPELLING[usize::from(last)] {
        0 => return None,
        // A final "x" is spelled "ks"; "c", "g" and "p" have no letter after them to join.
        PAIRED if last.eq_ignore_ascii_case(&b'x') => b's',
        PAIRED => last.to_ascii_lowercase(),
        // "ph" ends in "f"; a byte that is no letter before the "h" may hide a "p" (folded).
        b'h' if n > 1 => match lower(n - 2) {
            Some(b'p') => b'f',
            Some(prev) if prev.is_ascii_alphanumeric() => b'h',
            _ => return None,
        },
        spelled => spelled,
    };
    Some((first, last))
}

/// The cross-document key of a full name: the keys of its words joined by single spaces.
pub(crate) fn name_key(name: &str) -> String {
    // Keys are rarely longer than the name: one allocation each.
    let mut out = Vec::with_capacity(name.len() + 4);
    for word in name.split_whitespace() {
        let start = out.len();
        if start > 0 {
            out.push(b' ');
        }
        push_word_key(word, &mut out);
        // A word without letters or digits has no key, and no space before it.
        if out.len() == start + usize::from(start > 0) {
            out.truncate(start);
        }
    }
    String::from_utf8(out).expect("keys are ASCII")
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
    fn plain_words_are_spelled_as_read() {
        for word in ["Lavrov", "PUTIN", "Carlos", "Li3"] {
            assert_eq!(word_key(word), word.to_ascii_lowercase(), "{word}");
        }
        let spelled = |word: &str| {
            let mut out = b"kept ".to_vec();
            (
                spell(word.as_bytes(), &mut out),
                String::from_utf8(out).unwrap(),
            )
        };
        assert_eq!(spelled("Philip"), (true, "kept filip".to_string()));
        assert_eq!(spelled("Xi"), (true, "kept ksi".to_string()));
        assert_eq!(spelled("Lloyd"), (true, "kept loid".to_string()));
        assert_eq!(spelled("Dick"), (true, "kept dik".to_string()));
        assert_eq!(spelled("Guido"), (true, "kept gido".to_string()));
        for word in ["Kim-Jong", "Eriksen’s", "O'Neil", "J."] {
            assert_eq!(spelled(word), (false, "kept ".to_string()), "{word}");
        }
        assert_eq!(word_key("Kim-Jong"), "kimjong");
        assert_eq!(
            word_key(&"x".repeat(MAX_WORD + 1)),
            "ks".repeat(MAX_WORD + 1)
        );
    }

    #[test]
    fn key_ends_are_the_ends_of_the_key() {
        for word in [
            "Philip", "Pablo", "Joseph", "P", "Ph", "Dick", "Ckx", "Carl", "Xi", "Max", "Guido",
            "Gue", "Gary", "Yvan", "Wang", "Lloyd", "9th", "O'Neil", "Kim-Jong", "Chávez", "Iván",
            "Aa",
        ] {
            let key = word_key(word);
            let ends = (key.as_bytes()[0], key.as_bytes()[key.len() - 1]);
            assert_eq!(key_ends(word.as_bytes()), Some(ends), "{word}");
        }
        for word in [
            "",
            "P.",
            "J.",
            "José",
            "Ángel",
            "C\u{327}a",
            "Ap\u{307}h",
            "-",
        ] {
            assert_eq!(key_ends(word.as_bytes()), None, "{word}");
        }
    }

    #[test]
    fn name_key_joins_word_keys() {
        assert_eq!(name_key("Serguéi Lavrov"), name_key("Sergey  Lavrov"));
        assert_eq!(name_key("Iván Gil"), "ivan gil");
        assert_eq!(name_key("- Iván -- Gil -"), "ivan gil");
    }
}
