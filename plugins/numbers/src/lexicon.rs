//! Number words: cardinals, scales, ordinals, fraction denominators and vague plurals.
//!
//! Every lookup takes an ASCII-lowercased word as bytes (see [`Lower`], and `Tokens::lower` for
//! whole tokens); `match` on byte-string literals compiles to length-then-bytes comparisons, so
//! a lookup costs no allocation and no hashing.

/// No table holds a word longer than this, in bytes.
pub const LONGEST_WORD: usize = 24;

/// A lowercased copy of a short ASCII word, kept on the stack. Longer or non-ASCII words become
/// the empty string, which no table holds.
pub struct Lower {
    buf: [u8; LONGEST_WORD],
    len: usize,
}

impl Lower {
    /// Lowercases `bytes`.
    pub fn of(bytes: &[u8]) -> Lower {
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
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
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
            Self::add(&mut shapes, words[i].as_bytes());
            i += 1;
        }
        Shapes(shapes)
    }

    /// [`Shapes::of`] for words given as bytes.
    pub const fn of_bytes(words: &[&[u8]]) -> Shapes {
        let mut shapes = [0u32; 26 * 32];
        let mut i = 0;
        while i < words.len() {
            Self::add(&mut shapes, words[i]);
            i += 1;
        }
        Shapes(shapes)
    }

    const fn add(shapes: &mut [u32; 26 * 32], w: &[u8]) {
        let (first, last) = (w[0], w[w.len() - 1]);
        assert!(first.is_ascii_lowercase() && last.is_ascii_lowercase() && w.len() < 32);
        shapes[(first - b'a') as usize * 32 + w.len()] |= 1 << (last - b'a');
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
    pub fn small_cardinal(word: &[u8]) -> Option<u32> {
        b"zero" => Some(0),
        b"one" => Some(1),
        b"two" => Some(2),
        b"three" => Some(3),
        b"four" => Some(4),
        b"five" => Some(5),
        b"six" => Some(6),
        b"seven" => Some(7),
        b"eight" => Some(8),
        b"nine" => Some(9),
        b"ten" => Some(10),
        b"eleven" => Some(11),
        b"twelve" => Some(12),
        b"thirteen" => Some(13),
        b"fourteen" => Some(14),
        b"fifteen" => Some(15),
        b"sixteen" => Some(16),
        b"seventeen" => Some(17),
        b"eighteen" => Some(18),
        b"nineteen" => Some(19),
        b"twenty" => Some(20),
        b"thirty" => Some(30),
        b"forty" => Some(40),
        b"fifty" => Some(50),
        b"sixty" => Some(60),
        b"seventy" => Some(70),
        b"eighty" => Some(80),
        b"ninety" => Some(90),
        _ => None,
    }
}

word_table! {
    /// Scale words written out: "hundred", "million", and the South Asian "lakh" and "crore".
    pub fn scale_word(word: &[u8]) -> Option<f64> {
        b"hundred" => Some(1e2),
        b"thousand" => Some(1e3),
        b"lakh" | b"lakhs" => Some(1e5),
        b"million" => Some(1e6),
        b"crore" | b"crores" => Some(1e7),
        b"billion" => Some(1e9),
        b"trillion" => Some(1e12),
        _ => None,
    }
}

word_table! {
    /// Scale abbreviations, read only right after digits ("3.2bn", "$5 mln"). "m" is left to the
    /// caller: it is "million" beside a currency and "metres" elsewhere.
    pub fn scale_abbreviation(word: &[u8]) -> Option<f64> {
        b"k" => Some(1e3),
        b"mn" | b"mln" | b"mil" => Some(1e6),
        b"b" | b"bn" | b"bln" => Some(1e9),
        b"tn" | b"trn" => Some(1e12),
        _ => None,
    }
}

word_table! {
    /// Ordinal words: "first" to "twentieth", the tens, "hundredth" and up.
    pub fn ordinal_word(word: &[u8]) -> Option<u32> {
        b"first" => Some(1),
        b"second" => Some(2),
        b"third" => Some(3),
        b"fourth" => Some(4),
        b"fifth" => Some(5),
        b"sixth" => Some(6),
        b"seventh" => Some(7),
        b"eighth" => Some(8),
        b"ninth" => Some(9),
        b"tenth" => Some(10),
        b"eleventh" => Some(11),
        b"twelfth" => Some(12),
        b"thirteenth" => Some(13),
        b"fourteenth" => Some(14),
        b"fifteenth" => Some(15),
        b"sixteenth" => Some(16),
        b"seventeenth" => Some(17),
        b"eighteenth" => Some(18),
        b"nineteenth" => Some(19),
        b"twentieth" => Some(20),
        b"thirtieth" => Some(30),
        b"fortieth" => Some(40),
        b"fiftieth" => Some(50),
        b"sixtieth" => Some(60),
        b"seventieth" => Some(70),
        b"eightieth" => Some(80),
        b"ninetieth" => Some(90),
        b"hundredth" => Some(100),
        b"thousandth" => Some(1000),
        b"millionth" => Some(1_000_000),
        _ => None,
    }
}

word_table! {
    /// A fraction's denominator word, and whether it is the plural ("thirds") form.
    pub fn denominator(word: &[u8]) -> Option<(f64, bool)> {
        b"half" => Some((2.0, false)),
        b"halves" => Some((2.0, true)),
        b"third" => Some((3.0, false)),
        b"thirds" => Some((3.0, true)),
        b"quarter" | b"fourth" => Some((4.0, false)),
        b"quarters" | b"fourths" => Some((4.0, true)),
        b"fifth" => Some((5.0, false)),
        b"fifths" => Some((5.0, true)),
        b"sixth" => Some((6.0, false)),
        b"sixths" => Some((6.0, true)),
        b"eighth" => Some((8.0, false)),
        b"eighths" => Some((8.0, true)),
        b"tenth" => Some((10.0, false)),
        b"tenths" => Some((10.0, true)),
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
pub fn vague_plural(word: &[u8]) -> Option<VaguePlural> {
    let (unit, needs_of, magnitude) = match word {
        b"tens" => (10.0, true, true),
        b"dozens" => (12.0, false, false),
        b"scores" => (20.0, true, false),
        b"hundreds" => (1e2, false, true),
        b"thousands" => (1e3, false, true),
        b"millions" => (1e6, false, true),
        b"billions" => (1e9, false, true),
        b"trillions" => (1e12, false, true),
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
fn split_hyphen<'w>(word: &'w [u8], shortest: &str) -> Option<(&'w [u8], &'w [u8])> {
    if word.len() < shortest.len() {
        return None;
    }
    let hyphen = word.iter().position(|&b| b == b'-')?;
    Some((&word[..hyphen], &word[hyphen + 1..]))
}

/// A cardinal written as one hyphenated word: "twenty-one" is 21.
pub fn hyphenated_cardinal(word: &[u8]) -> Option<u32> {
    let (tens, ones) = split_hyphen(word, "forty-one")?;
    let tens = small_cardinal(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
    let ones = small_cardinal(ones).filter(|o| (1..10).contains(o))?;
    Some(tens + ones)
}

/// An ordinal written as one hyphenated word: "twenty-first" is 21.
pub fn hyphenated_ordinal(word: &[u8]) -> Option<u32> {
    let (tens, ones) = split_hyphen(word, "forty-first")?;
    let tens = small_cardinal(tens).filter(|t| *t >= 20 && t % 10 == 0)?;
    let ones = ordinal_word(ones).filter(|o| (1..10).contains(o))?;
    Some(tens + ones)
}

/// A fraction written as one hyphenated word: "two-thirds", "one-quarter", "three-fifths".
pub fn hyphenated_fraction(word: &[u8]) -> Option<f64> {
    let (numerator, denom) = split_hyphen(word, "one-half")?;
    let numerator = small_cardinal(numerator).filter(|n| (1..10).contains(n))?;
    let (denom, plural) = denominator(denom)?;
    (plural == (numerator > 1)).then(|| f64::from(numerator) / denom)
}

/// Any cardinal word, one or hyphenated ("eight", "twenty-one"), below one hundred.
pub fn cardinal_word(word: &[u8]) -> Option<u32> {
    small_cardinal(word).or_else(|| hyphenated_cardinal(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_folds_ascii_and_refuses_the_rest() {
        assert_eq!(Lower::of(b"Eight").as_bytes(), b"eight");
        assert_eq!(Lower::of(b"MILLION").as_bytes(), b"million");
        assert_eq!(Lower::of("Chávez".as_bytes()).as_bytes(), b"");
    }

    #[test]
    fn hyphenated_cardinals_need_tens_then_ones() {
        assert_eq!(hyphenated_cardinal(b"twenty-one"), Some(21));
        assert_eq!(hyphenated_cardinal(b"ninety-nine"), Some(99));
        assert_eq!(hyphenated_cardinal(b"one-two"), None);
        assert_eq!(hyphenated_cardinal(b"twenty-ten"), None);
    }

    #[test]
    fn hyphenated_fractions_agree_in_number() {
        assert_eq!(hyphenated_fraction(b"two-thirds"), Some(2.0 / 3.0));
        assert_eq!(hyphenated_fraction(b"three-quarters"), Some(0.75));
        assert_eq!(hyphenated_fraction(b"one-third"), Some(1.0 / 3.0));
        assert_eq!(hyphenated_fraction(b"one-thirds"), None);
        assert_eq!(hyphenated_fraction(b"two-third"), None);
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
        assert_eq!(hyphenated_ordinal(b"twenty-first"), Some(21));
        assert_eq!(ordinal_word(b"ninth"), Some(9));
        assert!(vague_plural(b"tens").is_some_and(|v| v.needs_of));
        assert!(vague_plural(b"hundreds").is_some_and(|v| !v.needs_of));
        assert!(vague_plural(b"troops").is_none());
    }
}
