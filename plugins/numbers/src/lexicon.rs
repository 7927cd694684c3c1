//! Number words: cardinals, scales, ordinals, fraction denominators and vague plurals.
//!
//! Every lookup takes an ASCII-lowercased word (see [`Lower`], and `Tokens::lower` for whole
//! tokens); `match` on string literals compiles to length-then-bytes comparisons, so a lookup
//! costs no allocation and no hashing.

/// No table holds a word longer than this, in bytes.
pub const LONGEST_WORD: usize = 24;

/// A lowercased copy of a short ASCII word, kept on the stack. Longer or non-ASCII words become
/// the empty string, which no table holds.
pub struct Lower {
    buf: [u8; LONGEST_WORD],
    len: usize,
}

impl Lower {
    /// Lowercases `word`.
    pub fn of(word: &str) -> Lower {
        let bytes = word.as_bytes();
        let mut buf = [0u8; LONGEST_WORD];
        if bytes.len() > buf.len() || !bytes.is_ascii() {
            return Lower { buf, len: 0 };
        }
        for (b, w) in buf.iter_mut().zip(bytes) {
            *b = w.to_ascii_lowercase();
        }
        Lower {
            buf,
            len: bytes.len(),
        }
    }

    /// The lowercased word.
    pub fn as_str(&self) -> &str {
        // Only ASCII bytes were copied, so this never fails.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Every word that can begin a number, in alphabetical order: the scan asks this first, so the
/// other tables are consulted only for these.
const STARTERS: &[&str] = &[
    "a",
    "an",
    "billions",
    "dozens",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eightieth",
    "eighty",
    "eleven",
    "eleventh",
    "few",
    "fifteen",
    "fifteenth",
    "fifth",
    "fiftieth",
    "fifty",
    "first",
    "five",
    "fortieth",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "half",
    "hundreds",
    "hundredth",
    "millions",
    "millionth",
    "nine",
    "nineteen",
    "nineteenth",
    "ninetieth",
    "ninety",
    "ninth",
    "one",
    "quarter",
    "scores",
    "second",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "seventieth",
    "seventy",
    "several",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixtieth",
    "sixty",
    "ten",
    "tens",
    "tenth",
    "third",
    "thirteen",
    "thirteenth",
    "thirtieth",
    "thirty",
    "thousands",
    "thousandth",
    "three",
    "trillions",
    "twelfth",
    "twelve",
    "twentieth",
    "twenty",
    "two",
    "zero",
];

/// The shapes of a list of lowercase words: for each first letter and length (index
/// `first * 32 + length`), the last letters (bit 0 for 'a') its words have. A word of a shape
/// no listed word has is turned away by one look-up, before any string comparison.
pub struct Shapes([u32; 26 * 32]);

impl Shapes {
    /// The shapes of `words`, each of lowercase letters at both ends and shorter than 32 bytes.
    pub const fn of(words: &[&str]) -> Shapes {
        let mut shapes = [0u32; 26 * 32];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            let (first, last) = (w[0], w[w.len() - 1]);
            assert!(first.is_ascii_lowercase() && last.is_ascii_lowercase() && w.len() < 32);
            shapes[(first - b'a') as usize * 32 + w.len()] |= 1 << (last - b'a');
            i += 1;
        }
        Shapes(shapes)
    }

    /// Whether a word of `word`'s shape is listed.
    #[inline]
    pub fn may_hold(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) => {
                first.is_ascii_lowercase()
                    && last.is_ascii_lowercase()
                    && word.len() < 32
                    && self.0[usize::from(first - b'a') * 32 + word.len()] & 1 << (last - b'a') != 0
            }
            _ => false,
        }
    }
}

/// The shapes of the starters: a filter that turns away nearly every word that passed the
/// first three bytes ("this" and "those" included) before the hash probe.
const STARTER_SHAPES: Shapes = Shapes::of(STARTERS);

/// The first three bytes of every word of three or more bytes that begins with a starter: row
/// `a << 5 | b & 31` holds bit `c & 31`, with the first byte whole and the others by their low
/// five bits (a letter's place in the alphabet, 13 for a hyphen, which cuts a word's first
/// part). A first byte that is no lowercase letter has empty rows, so one look-up turns away
/// nearly every word of running text ("the", "and", "for", "Élysée" included) before the scan
/// for a hyphen; a later byte that is no letter may pass as one. Only the 26 letters' rows, 3 KB,
/// are ever read.
static FIRST_THREE: [u32; 256 * 32] = {
    const HYPHEN: u32 = (b'-' & 31) as u32;
    let mut rows = [0u32; 256 * 32];
    let mut i = 0;
    while i < STARTERS.len() {
        let w = STARTERS[i].as_bytes();
        let first = (w[0] as usize) << 5;
        match w.len() {
            // "a-10", "a-ha": any byte may follow the hyphen.
            1 => rows[first | HYPHEN as usize] = u32::MAX,
            2 => rows[first | (w[1] as usize & 31)] |= 1 << HYPHEN,
            _ => rows[first | (w[1] as usize & 31)] |= 1 << (w[2] & 31),
        }
        i += 1;
    }
    rows
};

/// Whether the word `start..end` of `lower`, the ASCII-lowercased text, can begin a number; a
/// hyphenated word by its first part ("twenty-one", "two-thirds", "five-year-old"). Runs on
/// every word, so most words are turned away by their first three bytes alone, read with one
/// bounds check and no slice of the whole word.
#[inline]
pub fn may_start_number(lower: &[u8], start: usize, end: usize) -> bool {
    if end - start <= 2 {
        // The only starters this short: "a", "an", and "a" cut by a hyphen.
        return matches!(lower.get(start..end), Some(b"a" | b"an" | b"a-"));
    }
    let Some(&[a, b, c]) = lower.get(start..start + 3) else {
        return false;
    };
    let row = FIRST_THREE[usize::from(a) << 5 | usize::from(b & 31)];
    if row & (1 << (c & 31)) == 0 {
        return false;
    }
    passes_starters(&lower[start..end])
}

/// The rest of [`may_start_number`] for a word whose first three bytes may begin a starter.
fn passes_starters(word: &[u8]) -> bool {
    // The first byte is a letter, so the part before any hyphen is not empty.
    let head = word.iter().position(|&b| b == b'-').unwrap_or(word.len());
    if !STARTER_SHAPES.may_hold(&word[..head]) {
        return false;
    }
    // Its first letter, length and last letter spell out a word of one or two letters ("a").
    head <= 2 || STARTER_SET.contains(&word[..head])
}

/// The starters as a set, so that a word passing the filters costs a comparison or two.
static STARTER_SET: ExactWords = ExactWords::of(STARTERS);

/// Slots of an [`ExactWords`] table, as a power of two: a kilobyte, at least four per word.
const EXACT_SLOT_BITS: u32 = 10;

/// A set of up to 255 words, looked up by their exact bytes: the length and the first, middle
/// and last bytes pick a slot of a table built at compile time, and the word or two found from
/// there are compared whole. For words already lowercased, it skips the case folding of a
/// `WordList`, which doubled the cost of a look-up.
pub struct ExactWords {
    words: &'static [&'static str],
    /// Open addressing over `words`: 1 + a word's index, 0 for a free slot.
    slots: [u8; 1 << EXACT_SLOT_BITS],
}

impl ExactWords {
    /// The set of `words`, each non-empty.
    pub const fn of(words: &'static [&'static str]) -> ExactWords {
        assert!(words.len() < 256 && words.len() * 4 <= 1 << EXACT_SLOT_BITS);
        let mut slots = [0u8; 1 << EXACT_SLOT_BITS];
        let mut i = 0;
        while i < words.len() {
            let mut slot = Self::slot(words[i].as_bytes());
            while slots[slot] != 0 {
                slot = (slot + 1) & ((1 << EXACT_SLOT_BITS) - 1);
            }
            slots[slot] = i as u8 + 1;
            i += 1;
        }
        ExactWords { words, slots }
    }

    /// The first slot tried for a non-empty word.
    const fn slot(word: &[u8]) -> usize {
        let n = word.len();
        let key = n as u64
            | (word[0] as u64) << 8
            | (word[n / 2] as u64) << 16
            | (word[n - 1] as u64) << 24;
        // Fibonacci hashing: the top bits of the product mix every bit of the key.
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - EXACT_SLOT_BITS)) as usize
    }

    /// Whether the set holds `word`, byte for byte.
    pub fn contains(&self, word: &[u8]) -> bool {
        if word.is_empty() {
            return false;
        }
        let mut slot = Self::slot(word);
        loop {
            match self.slots[slot] {
                0 => return false,
                i if self.words[usize::from(i - 1)].as_bytes() == word => return true,
                _ => slot = (slot + 1) & ((1 << EXACT_SLOT_BITS) - 1),
            }
        }
    }
}

word_table! {
    /// Cardinals below one hundred: "zero" to "nineteen" and the tens.
    pub fn small_cardinal(word: &str) -> Option<u32> {
        "zero" => Some(0),
        "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        "eleven" => Some(11),
        "twelve" => Some(12),
        "thirteen" => Some(13),
        "fourteen" => Some(14),
        "fifteen" => Some(15),
        "sixteen" => Some(16),
        "seventeen" => Some(17),
        "eighteen" => Some(18),
        "nineteen" => Some(19),
        "twenty" => Some(20),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "sixty" => Some(60),
        "seventy" => Some(70),
        "eighty" => Some(80),
        "ninety" => Some(90),
        _ => None,
    }
}

word_table! {
    /// Scale words written out: "hundred", "million", and the South Asian "lakh" and "crore".
    pub fn scale_word(word: &str) -> Option<f64> {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "lakh" | "lakhs" => Some(1e5),
        "million" => Some(1e6),
        "crore" | "crores" => Some(1e7),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

word_table! {
    /// Scale abbreviations, read only right after digits ("3.2bn", "$5 mln"). "m" is left to the
    /// caller: it is "million" beside a currency and "metres" elsewhere.
    pub fn scale_abbreviation(word: &str) -> Option<f64> {
        "k" => Some(1e3),
        "mn" | "mln" | "mil" => Some(1e6),
        "b" | "bn" | "bln" => Some(1e9),
        "tn" | "trn" => Some(1e12),
        _ => None,
    }
}

word_table! {
    /// Ordinal words: "first" to "twentieth", the tens, "hundredth" and up.
    pub fn ordinal_word(word: &str) -> Option<u32> {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        "fifth" => Some(5),
        "sixth" => Some(6),
        "seventh" => Some(7),
        "eighth" => Some(8),
        "ninth" => Some(9),
        "tenth" => Some(10),
        "eleventh" => Some(11),
        "twelfth" => Some(12),
        "thirteenth" => Some(13),
        "fourteenth" => Some(14),
        "fifteenth" => Some(15),
        "sixteenth" => Some(16),
        "seventeenth" => Some(17),
        "eighteenth" => Some(18),
        "nineteenth" => Some(19),
        "twentieth" => Some(20),
        "thirtieth" => Some(30),
        "fortieth" => Some(40),
        "fiftieth" => Some(50),
        "sixtieth" => Some(60),
        "seventieth" => Some(70),
        "eightieth" => Some(80),
        "ninetieth" => Some(90),
        "hundredth" => Some(100),
        "thousandth" => Some(1000),
        "millionth" => Some(1_000_000),
        _ => None,
    }
}

word_table! {
    /// A fraction's denominator word, and whether it is the plural ("thirds") form.
    pub fn denominator(word: &str) -> Option<(f64, bool)> {
        "half" => Some((2.0, false)),
        "halves" => Some((2.0, true)),
        "third" => Some((3.0, false)),
        "thirds" => Some((3.0, true)),
        "quarter" | "fourth" => Some((4.0, false)),
        "quarters" | "fourths" => Some((4.0, true)),
        "fifth" => Some((5.0, false)),
        "fifths" => Some((5.0, true)),
        "sixth" => Some((6.0, false)),
        "sixths" => Some((6.0, true)),
        "eighth" => Some((8.0, false)),
        "eighths" => Some((8.0, true)),
        "tenth" => Some((10.0, false)),
        "tenths" => Some((10.0, true)),
        _ => None,
    }
}

/// A vague plural ("tens", "dozens", "hundreds", "thousands"): its unit, the lower bound it
/// implies, and whether it must be followed by "of" to count ("tens of", "scores of").
pub struct VaguePlural {
    /// One of the things counted: 10 for "tens", 12 for "dozens", 1000 for "thousands".
    pub unit: f64,
    /// Read only when "of" follows: "tens" and "scores" are too common otherwise.
    pub needs_of: bool,
    /// An order of magnitude, so the amount stays below ten of them ("hundreds" < 1,000).
    pub magnitude: bool,
}

/// Looks up a vague plural.
pub fn vague_plural(word: &str) -> Option<VaguePlural> {
    let (unit, needs_of, magnitude) = match word {
        "tens" => (10.0, true, true),
        "dozens" => (12.0, false, false),
        "scores" => (20.0, true, false),
        "hundreds" => (1e2, false, true),
        "thousands" => (1e3, false, true),
        "millions" => (1e6, false, true),
        "billions" => (1e9, false, true),
        "trillions" => (1e12, false, true),
        _ => return None,
    };
    Some(VaguePlural {
        unit,
        needs_of,
        magnitude,
    })
}

/// `word` split at its first hyphen; `None`, without a scan for the hyphen, when it is shorter
/// than `shortest`, the shortest word of the reading (most words read here are "one", "first").
fn split_hyphen<'w>(word: &'w str, shortest: &str) -> Option<(&'w str, &'w str)> {
    if word.len() < shortest.len() {
        return None;
    }
    word.split_once('-')
}

/// A cardinal written as one hyphenated word: "twenty-one" is 21.
pub fn hyphenated_cardinal(word: &str) -> Option<u32> {
    let (tens, ones) = split_hyphen(word, "forty-one")?;
    let tens = small_cardinal(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
    let ones = small_cardinal(ones).filter(|o| (1..10).contains(o))?;
    Some(tens + ones)
}

/// An ordinal written as one hyphenated word: "twenty-first" is 21.
pub fn hyphenated_ordinal(word: &str) -> Option<u32> {
    let (tens, ones) = split_hyphen(word, "forty-first")?;
    let tens = small_cardinal(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
    let ones = ordinal_word(ones).filter(|o| (1..10).contains(o))?;
    Some(tens + ones)
}

/// A fraction written as one hyphenated word: "two-thirds", "one-quarter", "three-fifths".
pub fn hyphenated_fraction(word: &str) -> Option<f64> {
    let (numerator, denom) = split_hyphen(word, "one-half")?;
    let numerator = small_cardinal(numerator).filter(|n| (1..10).contains(n))?;
    let (denom, plural) = denominator(denom)?;
    (plural == (numerator > 1)).then(|| f64::from(numerator) / denom)
}

/// Any cardinal word, one or hyphenated ("eight", "twenty-one"), below one hundred.
pub fn cardinal_word(word: &str) -> Option<u32> {
    small_cardinal(word).or_else(|| hyphenated_cardinal(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_folds_ascii_and_refuses_the_rest() {
        assert_eq!(Lower::of("Eight").as_str(), "eight");
        assert_eq!(Lower::of("MILLION").as_str(), "million");
        assert_eq!(Lower::of("Chávez").as_str(), "");
    }

    #[test]
    fn hyphenated_cardinals_need_tens_then_ones() {
        assert_eq!(hyphenated_cardinal("twenty-one"), Some(21));
        assert_eq!(hyphenated_cardinal("ninety-nine"), Some(99));
        assert_eq!(hyphenated_cardinal("one-two"), None);
        assert_eq!(hyphenated_cardinal("twenty-ten"), None);
    }

    #[test]
    fn hyphenated_fractions_agree_in_number() {
        assert_eq!(hyphenated_fraction("two-thirds"), Some(2.0 / 3.0));
        assert_eq!(hyphenated_fraction("three-quarters"), Some(0.75));
        assert_eq!(hyphenated_fraction("one-third"), Some(1.0 / 3.0));
        assert_eq!(hyphenated_fraction("one-thirds"), None);
        assert_eq!(hyphenated_fraction("two-third"), None);
    }

    #[test]
    fn starters_are_sorted_and_cover_every_reader() {
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
        for word in [
            "zero",
            "nineteen",
            "ninety",
            "twenty-one",
            "two-thirds",
            "five-year-old",
            "first",
            "twentieth",
            "millionth",
            "half",
            "quarter",
            "tens",
            "dozens",
            "scores",
            "trillions",
            "several",
            "few",
            "a",
            "an",
        ] {
            assert!(may_start_number(word.as_bytes(), 0, word.len()), "{word}");
        }
        for word in [
            "the", "said", "troops", "hundred", "million", "quarters", "-",
        ] {
            assert!(!may_start_number(word.as_bytes(), 0, word.len()), "{word}");
        }
    }

    #[test]
    fn ordinals_and_vague_plurals() {
        assert_eq!(hyphenated_ordinal("twenty-first"), Some(21));
        assert_eq!(ordinal_word("ninth"), Some(9));
        assert!(vague_plural("tens").is_some_and(|v| v.needs_of));
        assert!(vague_plural("hundreds").is_some_and(|v| !v.needs_of));
        assert!(vague_plural("troops").is_none());
    }
}
