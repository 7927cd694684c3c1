//! The tokenizer: splits news text into words, numbers and punctuation without ever moving offsets.
//!
//! Choices, each made for messy news feeds:
//! - A word keeps inner hyphens between letters or letter/digit mixes ("Tavares-Moniz", "Tu-160",
//!   "twenty-one") and inner apostrophes between letters ("O'Connell", "don't"); digit-hyphen-digit
//!   splits ("20-30" is `20`, `-`, `30`) so ranges and scores stay readable.
//! - A possessive `'s` / `’s` becomes its own [`TokenKind::Possessive`] token, so "Putin's" yields
//!   the mention "Putin".
//! - Digits keep decimal and thousands separators ("5,000", "2.5") and glued suffixes ("88th", "1990s").
//! - Abbreviations keep their period: titles and months from a fixed list ("Dr.", "Oct."), single
//!   capitals ("R." in "Gerald R. Ford") and dotted acronyms ("U.S.", "D.C."), so the sentence
//!   splitter never sees those periods.
//! - Words glued where a dash was lost ("countryKremlin") split at the lower-to-upper seam.
//! - Whitespace includes CR, non-breaking spaces and a byte-order mark; none of it is a token.

use crate::span::Span;
use crate::swar::{ascii_bytes_in, count_flags, HIGH, ONES};
use serde::Serialize;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum TokenKind {
    /// Starts with a letter: "Lavrov", "Tavares-Moniz", "COVID-19", "U.S.", "Dr.".
    Word,
    /// Starts with a digit: "5,000", "2.5", "88th", "1990s".
    Number,
    /// A possessive ending split from the word before: "'s", "’s".
    Possessive,
    /// Any other single character: quote marks, dashes, brackets, currency signs, periods.
    Punct,
}

/// The letter case of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Case {
    /// No uppercase letter: "said".
    Lower,
    /// An uppercase first letter and no other: "Moscow", "R.", "O'connell".
    Title,
    /// Two or more letters, all uppercase: "LISBON", "TASS", "U.S.".
    Upper,
    /// An uppercase letter after the first: "McDonald", "iPhone", "O'Connell".
    Mixed,
    /// No letters at all: "5,000", "—".
    None,
}

/// One token: a byte range of the input with its kind and case.
///
/// Eight bytes: the start as a `u32` (documents are capped below 4 GiB) and the length as a `u16`
/// (see [`MAX_TOKEN_BYTES`]), so that every extractor's passes over the tokens read two thirds of
/// the memory twelve bytes would take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    len: u16,
    /// What the token is.
    pub kind: TokenKind,
    /// Its letter case.
    pub case: Case,
}

impl Token {
    /// The token's byte span in the input.
    pub fn span(&self) -> Span {
        Span::trusted(self.start(), self.end())
    }

    /// First byte.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    pub fn end(&self) -> usize {
        self.start as usize + self.len as usize
    }

    /// Title, Upper or Mixed case. Mixed includes lowercase-first words ("iPhone", "al-Assad"),
    /// which extractors rely on today.
    pub fn is_capitalized(&self) -> bool {
        matches!(self.case, Case::Title | Case::Upper | Case::Mixed)
    }
}

/// Abbreviations whose period belongs to the word, never ending a sentence. A `match` on the
/// word compiles to a length switch and constant compares.
fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Adm"
            | "Ave"
            | "Blvd"
            | "Bros"
            | "Capt"
            | "Cmdr"
            | "Co"
            | "Col"
            | "Corp"
            | "Cpl"
            | "Dept"
            | "Det"
            | "Dr"
            | "Drs"
            | "Esq"
            | "Fr"
            | "Ft"
            | "Gen"
            | "Gov"
            | "Hon"
            | "Inc"
            | "Insp"
            | "Jr"
            | "Lt"
            | "Ltd"
            | "Maj"
            | "Messrs"
            | "Mmes"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Mt"
            | "Pres"
            | "Prof"
            | "Pvt"
            | "Rep"
            | "Reps"
            | "Rev"
            | "Sen"
            | "Sens"
            | "Sgt"
            | "Sr"
            | "St"
            | "Supt"
            | "approx"
            | "cf"
            | "e.g"
            | "est"
            | "etc"
            | "i.e"
            | "vs"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// "No." is an abbreviation only before a number ("No. 10"), never in "said no."
fn is_number_abbreviation(word: &str) -> bool {
    matches!(word, "No" | "Nos" | "no")
}

/// ASCII letters and digits, as a table: cheaper than two range checks per byte.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Bytes after a run of ASCII letters and digits that may carry the word on: the joiners `'`,
/// `-`, `.` and `,`, and every non-ASCII byte. One load decides the common word end.
static MAY_CONTINUE_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b >= 0x80 || matches!(b as u8, b'\'' | b'-' | b'.' | b',');
        b += 1;
    }
    table
};

/// Whether `c` is a letter, and if so whether it is uppercase.
fn letter_case(c: char) -> Option<bool> {
    if is_latin1_letter(c) {
        return Some(c <= '\u{DE}');
    }
    c.is_alphabetic().then(|| c.is_uppercase())
}

/// The Latin-1 letters, U+00C0 to U+00FF but `×` and `÷`: the commonest non-ASCII letters in
/// news names ("José", "Müller"), uppercase up to U+00DE. Tested without the Unicode tables.
fn is_latin1_letter(c: char) -> bool {
    ('\u{C0}'..='\u{FF}').contains(&c) && c != '×' && c != '÷'
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_latin1_letter(c) {
        return true;
    }
    // The General Punctuation block (curly quotes, dashes, the ellipsis) holds no letter or digit:
    // news text has it after words all the time, and here it costs no Unicode table search.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Whitespace as news feeds have it, including the byte-order mark and zero-width characters.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}')
        || c.is_control()
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn case_of(word: &str) -> Case {
    if word.is_ascii() {
        let mut count = LetterCount::default();
        let end = ascii_alnum_run(word.as_bytes(), 0, &mut count);
        // Periods, hyphens and apostrophes are not letters: count the runs between them too.
        let mut rest = end;
        while rest < word.len() {
            rest = ascii_alnum_run(word.as_bytes(), rest + 1, &mut count);
        }
        let first_letter = word.bytes().find(u8::is_ascii_alphabetic);
        return count.case(first_letter.is_some_and(|b| b.is_ascii_uppercase()));
    }
    // One pass: each non-ASCII letter but Latin-1 costs two Unicode table lookups.
    let mut uppers = 0;
    let mut other_letters = false;
    let mut first_upper = None;
    for upper in word.chars().filter_map(letter_case) {
        first_upper.get_or_insert(upper);
        uppers += u32::from(upper);
        other_letters |= !upper;
    }
    case_from_counts(uppers, other_letters, first_upper == Some(true))
}

/// The case of a word with `uppers` uppercase letters, `other_letters` when it has a letter that
/// is not uppercase, and `first_upper` when its first letter is uppercase.
fn case_from_counts(uppers: u32, other_letters: bool, first_upper: bool) -> Case {
    match (uppers, other_letters) {
        (0, false) => Case::None,
        (0, true) => Case::Lower,
        (2.., false) => Case::Upper,
        (1, _) if first_upper => Case::Title,
        _ => Case::Mixed,
    }
}

/// ASCII letters tallied while a word is scanned, so its case needs no second pass. The case
/// needs only the number of uppercase letters and whether any lowercase one was seen, so the
/// lowercase flags are merged rather than counted.
#[derive(Default)]
struct LetterCount {
    uppers: u32,
    /// The lowercase letters' flags, merged over every chunk: nonzero when any was seen.
    lower: u64,
}

impl LetterCount {
    /// Adds the letters flagged at bit 7 of each byte of `upper` and `lower`.
    fn add(&mut self, upper: u64, lower: u64) {
        self.uppers += count_flags(upper);
        self.lower |= lower;
    }

    fn case(&self, first_letter_upper: bool) -> Case {
        case_from_counts(self.uppers, self.lower != 0, first_letter_upper)
    }
}

/// The end of the run of ASCII letters and digits at `i`, counting its letters into `count`.
/// Eight bytes at a time: the word scan is the tokenizer's hottest loop, and per-byte branches on
/// letter case mispredict.
// Inlined into the word scan so the counts stay in registers (1.6% fewer instructions in all).
#[inline(always)]
fn ascii_alnum_run(bytes: &[u8], mut i: usize, count: &mut LetterCount) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let raw = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let ascii = !raw & HIGH;
        let x = raw & !HIGH;
        // Setting bit 5 folds `A-Z` onto `a-z` and moves no other byte into that range.
        let letter = ascii_bytes_in(x | (ONES * 0x20), b'a', b'z') & ascii;
        // A letter is uppercase when its bit 5 (shifted here to bit 7) is clear.
        let upper = letter & !(x << 2);
        let lower = letter ^ upper;
        let alnum = letter | (ascii_bytes_in(x, b'0', b'9') & ascii);
        let stop = !alnum & HIGH;
        if stop == 0 {
            count.add(upper, lower);
            i += 8;
            continue;
        }
        // The bytes before the first stop byte.
        let run = (1u64 << (stop.trailing_zeros() - 7)) - 1;
        count.add(upper & run, lower & run);
        return i + (stop.trailing_zeros() / 8) as usize;
    }
    while let Some(&b) = bytes.get(i).filter(|&&b| ASCII_ALNUM[usize::from(b)]) {
        let flag = |yes: bool| if yes { 0x80 } else { 0 };
        count.add(flag(b.is_ascii_uppercase()), flag(b.is_ascii_lowercase()));
        i += 1;
    }
    i
}

/// The ASCII letters and digits of `block`, and its marked bytes (uppercase letters and digits),
/// one bit a byte. SSE2, which every x86-64 processor has: 16 bytes a compare and `pmovmskb` to
/// gather the bits, about a third of the instructions of the portable version.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn class_bits(block: &[u8; WordBlock::LEN]) -> (u64, u64) {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmplt_epi8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_set_epi64x,
    };
    // SAFETY: SSE2 is part of the x86-64 baseline, so these intrinsics are available on every
    // x86-64 processor; they only compute on values, reading and writing no memory.
    unsafe {
        // Bytes in `lo..lo + n`: shifted so that range starts at -128, then one signed compare.
        let in_range = |v: __m128i, lo: u8, n: u8| {
            let shifted = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm_cmplt_epi8(shifted, _mm_set1_epi8(0x80u8.wrapping_add(n) as i8))
        };
        let half = |at: usize| i64::from_le_bytes(block[at..at + 8].try_into().expect("8 bytes"));
        let (mut alnum, mut marked) = (0, 0);
        for k in 0..WordBlock::LEN / 16 {
            let v = _mm_set_epi64x(half(16 * k + 8), half(16 * k));
            let marks = _mm_or_si128(in_range(v, b'A', 26), in_range(v, b'0', 10));
            let letters_and_digits = _mm_or_si128(marks, in_range(v, b'a', 26));
            // `as u16` first: the mask is 16 bits in an i32, not to be sign-extended.
            alnum |= u64::from(_mm_movemask_epi8(letters_and_digits) as u16) << (16 * k);
            marked |= u64::from(_mm_movemask_epi8(marks) as u16) << (16 * k);
        }
        (alnum, marked)
    }
}

/// [`class_bits`] for any target: flags per byte in a loop LLVM vectorizes, then gathered eight
/// at a time into bits.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[cfg_attr(not(target_arch = "x86_64"), inline(always))]
fn portable_class_bits(block: &[u8; WordBlock::LEN]) -> (u64, u64) {
    use crate::swar::flag_bits;
    let mut alnum = [0u8; WordBlock::LEN];
    let mut marked = [0u8; WordBlock::LEN];
    for j in 0..WordBlock::LEN {
        let b = block[j];
        // Range tests as one subtraction and compare each, and `|` not `||`: no branches.
        let is_marked = (b.wrapping_sub(b'A') < 26) | (b.wrapping_sub(b'0') < 10);
        let is_alnum = is_marked | (b.wrapping_sub(b'a') < 26);
        alnum[j] = if is_alnum { 0x80 } else { 0 };
        marked[j] = if is_marked { 0x80 } else { 0 };
    }
    let bits = |flags: &[u8; WordBlock::LEN]| {
        (0..8).fold(0, |bits, k| {
            let chunk = flags[8 * k..8 * k + 8].try_into().expect("eight bytes");
            bits | flag_bits(u64::from_le_bytes(chunk)) << (8 * k)
        })
    };
    (bits(&alnum), bits(&marked))
}

#[cfg(not(target_arch = "x86_64"))]
use portable_class_bits as class_bits;

/// The bytes of the 64 from `start` that are no ASCII letter or digit (the stops, kept rather
/// than their complement, as every word's end is looked up in them), and the uppercase letters
/// and digits (the marked bytes: the letters and digits but lowercase letters), one bit a byte
/// (bit `j` for byte `start + j`; bytes past the text are stops). Built once for many words, it
/// finds a word's end and case with a few bit operations instead of a byte-class pass per word.
struct WordBlock {
    start: usize,
    stops: u64,
    marked: u64,
}

impl WordBlock {
    const LEN: usize = 64;

    fn at(bytes: &[u8], start: usize) -> WordBlock {
        match bytes[start..].first_chunk::<{ WordBlock::LEN }>() {
            Some(full) => WordBlock::of(start, full),
            None => WordBlock::at_end(bytes, start),
        }
    }

    /// [`WordBlock::at`] near the end of the text: zero padding is neither letter nor digit.
    #[cold]
    #[inline(never)]
    fn at_end(bytes: &[u8], start: usize) -> WordBlock {
        let window = &bytes[start..];
        let mut padded = [0; WordBlock::LEN];
        padded[..window.len()].copy_from_slice(window);
        WordBlock::of(start, &padded)
    }

    /// The block of the 64 bytes `full`, found at `start`.
    #[inline(always)]
    fn of(start: usize, full: &[u8; WordBlock::LEN]) -> WordBlock {
        let (alnum, marked) = class_bits(full);
        WordBlock {
            start,
            stops: !alnum,
            marked,
        }
    }

    /// From byte `i` (at or after this block's start) on, one bit a byte from bit 0: the bytes
    /// that are no ASCII letter or digit (the stops), and the marked bytes. No stops past
    /// the block, and none where the run at `i` reaches its end (the bytes after the block are
    /// not known).
    #[inline(always)]
    fn bits_from(&self, i: usize) -> (u64, u64) {
        let offset = i - self.start;
        if offset < WordBlock::LEN {
            (self.stops >> offset, self.marked >> offset)
        } else {
            (0, 0)
        }
    }

    /// [`WordBlock::bits_from`] for a run of ASCII letters and digits at `start`, moving the block
    /// to `start` when the run leaves it; `None` for a run of 64 bytes or more.
    #[inline(always)]
    fn bits_moving_to(&mut self, bytes: &[u8], start: usize) -> Option<(u64, u64)> {
        let (stops, upper) = self.bits_from(start);
        if stops != 0 {
            return Some((stops, upper));
        }
        if start == self.start {
            return None;
        }
        *self = WordBlock::at(bytes, start);
        let stops = self.stops;
        (stops != 0).then_some((stops, self.marked))
    }
}

/// The kind and case of a run `start..end` of ASCII letters and digits, from its uppercase
/// letters and digits as bits (`marked`, bit 0 for the first byte). Most runs have neither: a
/// lowercase word, known without reading a byte.
#[inline(always)]
fn ascii_run_kind_and_case(
    bytes: &[u8],
    start: usize,
    end: usize,
    marked: u64,
) -> (TokenKind, Case) {
    if marked == 0 {
        return (TokenKind::Word, Case::Lower);
    }
    if bytes[start].is_ascii_digit() {
        return (TokenKind::Number, Case::None);
    }
    // The first byte is a letter; marked alone, an uppercase one.
    if marked == 1 {
        return (TokenKind::Word, Case::Title);
    }
    (TokenKind::Word, counted_case(&bytes[start..end]))
}

/// The case of a word of ASCII letters and digits that starts with a letter, from its letters
/// counted (its digits count for nothing).
#[cold]
fn counted_case(word: &[u8]) -> Case {
    let uppers = word.iter().filter(|b| b.is_ascii_uppercase()).count() as u32;
    let other_letters = word.iter().any(u8::is_ascii_lowercase);
    case_from_counts(uppers, other_letters, word[0].is_ascii_uppercase())
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_marked(text).0
}

/// Where lines and sentences may end, noted by the tokenizer as it passes them, so segmenting
/// reads a few marks instead of every token.
#[derive(Debug)]
pub(crate) struct Marks {
    /// For each `\n`, how many tokens precede it.
    pub(crate) line_ends: Vec<u32>,
    /// The indexes of the punctuation tokens `.`, `!`, `?` and `…`, in order.
    pub(crate) terminals: Vec<u32>,
}

/// [`tokenize`], with the [`Marks`] of line and sentence ends.
pub(crate) fn tokenize_marked(text: &str) -> (Vec<Token>, Marks) {
    let bytes = text.as_bytes();
    // News runs under a token per 4.5 bytes, and over 64 bytes a sentence and 32 bytes a line
    // (wire copy has short ones): sized once, the token list and the marks rarely grow.
    let mut tokens = Vec::with_capacity(text.len() * 2 / 9 + 1);
    let mut marks = Marks {
        line_ends: Vec::with_capacity(text.len() / 32 + 1),
        terminals: Vec::with_capacity(text.len() / 64 + 1),
    };
    let mut block = WordBlock::at(bytes, 0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // A space between words is the commonest byte after letters.
        if b == b' ' {
            i += 1;
            continue;
        }
        if b.is_ascii() {
            // ASCII fast path: most news text never leaves it.
            if ASCII_ALNUM[usize::from(b)] {
                // Words mostly follow one another after a single space: go from one to the next
                // on the block's bits, without a turn of this loop.
                let Some((stops, mut marked)) = block.bits_moving_to(bytes, i) else {
                    i = scan_word(text, i, &mut tokens);
                    continue;
                };
                let mut run_len = stops.trailing_zeros();
                loop {
                    match scan_plain_word(text, i, run_len, marked, &mut tokens) {
                        Some(end) => i = end,
                        None => {
                            i = scan_word(text, i, &mut tokens);
                            break;
                        }
                    }
                    let stops;
                    (stops, marked) = block.bits_from(i);
                    run_len = stops.trailing_zeros();
                    // Back to this loop at a byte that is no letter or digit (0), and to move the
                    // block (64).
                    if run_len == 0 || run_len == 64 {
                        break;
                    }
                }
            } else if b.is_ascii_whitespace() || b.is_ascii_control() {
                if b == b'\n' {
                    marks.line_ends.push(tokens.len() as u32);
                }
                i += 1;
            } else {
                if matches!(b, b'.' | b'!' | b'?') {
                    marks.terminals.push(tokens.len() as u32);
                }
                push(&mut tokens, text, i, i + 1, TokenKind::Punct);
                i += 1;
            }
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        // Curly quotes and dashes, the commonest non-ASCII characters in news, are punctuation
        // without a look at the Unicode tables.
        if matches!(c, '“' | '”' | '‘' | '’' | '—' | '–' | '…') {
            if c == '…' {
                marks.terminals.push(tokens.len() as u32);
            }
            push(&mut tokens, text, i, i + c.len_utf8(), TokenKind::Punct);
            i += c.len_utf8();
        } else if is_space(c) {
            i += c.len_utf8();
        } else if is_word_char(c) {
            i = scan_word(text, i, &mut tokens);
        } else {
            push(&mut tokens, text, i, i + c.len_utf8(), TokenKind::Punct);
            i += c.len_utf8();
        }
    }
    (tokens, marks)
}

fn push(tokens: &mut Vec<Token>, text: &str, start: usize, end: usize, kind: TokenKind) {
    let case = match kind {
        TokenKind::Word => case_of(&text[start..end]),
        TokenKind::Number | TokenKind::Punct => Case::None,
        TokenKind::Possessive => Case::Lower,
    };
    push_with_case(tokens, text, start, end, kind, case);
}

/// The longest token, in bytes: a longer run (no word of any language, only junk such as a
/// megabyte of one letter) is split at the last char boundary within this length, into tokens of
/// the same kind and case.
pub const MAX_TOKEN_BYTES: usize = u16::MAX as usize;

fn push_with_case(
    tokens: &mut Vec<Token>,
    text: &str,
    start: usize,
    end: usize,
    kind: TokenKind,
    case: Case,
) {
    if end - start > MAX_TOKEN_BYTES {
        return push_split_long(tokens, text, start, end, kind, case);
    }
    tokens.push(Token {
        start: start as u32,
        len: (end - start) as u16,
        kind,
        case,
    });
}

/// [`push_with_case`] of a run longer than [`MAX_TOKEN_BYTES`].
#[cold]
fn push_split_long(
    tokens: &mut Vec<Token>,
    text: &str,
    mut start: usize,
    end: usize,
    kind: TokenKind,
    case: Case,
) {
    while end - start > MAX_TOKEN_BYTES {
        let mut cut = start + MAX_TOKEN_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        push_with_case(tokens, text, start, cut, kind, case);
        start = cut;
    }
    push_with_case(tokens, text, start, end, kind, case);
}

/// The commonest word, scanned without [`scan_word`]'s general machinery: a run of ASCII letters
/// and digits ended by a byte that cannot join, absorb or split it (not `'`, `-`, `.`, a `,` after
/// a digit, or a non-ASCII byte), in one case other than mixed. Pushes its token and returns where
/// scanning resumes, or `None`, having pushed nothing, for every other word. A run before a
/// period that joins no digits ("said.", "Dr.") goes straight to [`finish_word`]. `run_len` is
/// the length of the run of letters and digits at `start` (1 to 63), and `marked` its uppercase
/// letters and digits as bits from bit 0, with bits past the run that are ignored.
#[inline(always)]
fn scan_plain_word(
    text: &str,
    start: usize,
    run_len: u32,
    marked: u64,
    tokens: &mut Vec<Token>,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let end = start + run_len as usize;
    let (kind, case) = ascii_run_kind_and_case(bytes, start, end, marked & ((1u64 << run_len) - 1));
    // The end of the text acts as a NUL byte would: it neither carries the word on nor is a space.
    let next = bytes.get(end).map_or(0, |&b| b);
    // A comma joins only digits ("5,000").
    if MAY_CONTINUE_WORD[usize::from(next)] && (next != b',' || bytes[end - 1].is_ascii_digit()) {
        // Half of these words end a sentence. A period joins only digits ("2.5"), and
        // `scan_word` would stop at it with this very run and case.
        let decimal =
            bytes[end - 1].is_ascii_digit() && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if next == b'.' && !decimal {
            return Some(finish_word_before_period(text, start, end, case, tokens));
        }
        return None;
    }
    if case == Case::Mixed {
        return None;
    }
    push_with_case(tokens, text, start, end, kind, case);
    // The space that usually follows is skipped here, for a compare, not a turn of the main loop.
    Some(end + usize::from(next == b' '))
}

/// Scans one word or number from `start`, pushes its token(s) and returns where scanning resumes.
// Out of line: the rarer general path would crowd the plain word's registers in the main loop.
#[inline(never)]
fn scan_word(text: &str, start: usize, tokens: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut prev = '\0';
    let mut count = LetterCount::default();
    // Whether `count` covers every letter: no non-ASCII letter was met.
    let mut counted = true;
    while end < bytes.len() {
        // Most of a word is a run of ASCII letters and digits.
        let run = ascii_alnum_run(bytes, end, &mut count);
        if run > end {
            prev = bytes[run - 1] as char;
            end = run;
        }
        let Some(&b) = bytes.get(end) else { break };
        // After the run, an ASCII byte is no letter or digit: only a joiner can go on.
        if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b',') {
            break;
        }
        let c = if b.is_ascii() {
            b as char
        } else {
            match char_at(text, end) {
                Some(c) => c,
                None => break,
            }
        };
        if is_word_char(c) {
            counted = false;
            prev = c;
            end += c.len_utf8();
            continue;
        }
        // Only an apostrophe, a hyphen or a separator inside a number can continue a word.
        if !(is_apostrophe(c) || is_hyphen(c) || c == '.' || c == ',') {
            break;
        }
        let next = char_at(text, end + c.len_utf8());
        let joins = match next {
            Some(n) if is_word_char(n) => {
                if is_apostrophe(c) {
                    prev.is_alphabetic() && n.is_alphabetic() && !is_possessive_at(text, end)
                } else if is_hyphen(c) {
                    !(prev.is_ascii_digit() && n.is_ascii_digit())
                } else {
                    prev.is_ascii_digit() && n.is_ascii_digit()
                }
            }
            _ => false,
        };
        if !joins {
            break;
        }
        end += c.len_utf8();
    }
    let ascii_case = counted.then(|| count.case(bytes[start].is_ascii_uppercase()));
    finish_word(text, start, end, ascii_case, tokens)
}

/// [`finish_word`] for a plain run before a period.
// Out of line: inlined into the plain-word loop, its rarer paths would crowd that loop's registers.
#[inline(never)]
fn finish_word_before_period(
    text: &str,
    start: usize,
    end: usize,
    case: Case,
    tokens: &mut Vec<Token>,
) -> usize {
    finish_word(text, start, end, Some(case), tokens)
}

/// Pushes the word or number `start..end` that [`scan_word`] found, with an abbreviation's period
/// and a possessive after it, and returns where scanning resumes. `ascii_case` is the case of
/// `start..end` when its letters are all ASCII (unused for a number).
#[inline(always)]
fn finish_word(
    text: &str,
    start: usize,
    mut end: usize,
    ascii_case: Option<Case>,
    tokens: &mut Vec<Token>,
) -> usize {
    let bytes = text.as_bytes();
    if bytes[start].is_ascii_digit() {
        push(tokens, text, start, end, TokenKind::Number);
    } else {
        let word_end = end;
        end = absorb_abbreviation_period(text, start, end);
        // A period adds no letter; absorbed initials ("U.S.") do.
        let case = match ascii_case {
            Some(case) if end <= word_end + 1 => case,
            _ => case_of(&text[start..end]),
        };
        if case == Case::Mixed {
            push_split_glued(tokens, text, start, end);
        } else {
            push_with_case(tokens, text, start, end, TokenKind::Word, case);
        }
    }
    if is_possessive_at(text, end) {
        let apostrophe = char_at(text, end).map_or(1, char::len_utf8);
        push(
            tokens,
            text,
            end,
            end + apostrophe + 1,
            TokenKind::Possessive,
        );
        end += apostrophe + 1;
    }
    end
}

/// Whether `'s` / `’s` at `i` ends a word ("Putin's", not "it'sy"). Inlined: it runs after
/// every word and almost always fails on its first byte.
#[inline(always)]
fn is_possessive_at(text: &str, i: usize) -> bool {
    // An apostrophe is `'` or starts with 0xE2 (U+2019).
    if !matches!(text.as_bytes().get(i), Some(b'\'' | 0xE2)) {
        return false;
    }
    let Some(a) = char_at(text, i).filter(|&c| is_apostrophe(c)) else {
        return false;
    };
    let after = i + a.len_utf8();
    char_at(text, after) == Some('s') && !char_at(text, after + 1).is_some_and(is_word_char)
}

/// Extends a word over the period of an abbreviation, an initial or a dotted acronym.
fn absorb_abbreviation_period(text: &str, start: usize, end: usize) -> usize {
    if text.as_bytes().get(end) != Some(&b'.') {
        return end;
    }
    let word = &text[start..end];
    // Most words before a period ("said.") start with two ASCII bytes: no char decoding.
    let single_letter = match word.as_bytes() {
        [b] => b.is_ascii_alphabetic(),
        [b, _, ..] if b.is_ascii() => false,
        _ => {
            let mut letters = word.chars();
            matches!((letters.next(), letters.next()), (Some(c), None) if c.is_alphabetic())
        }
    };
    if single_letter {
        // "R." or a dotted acronym "U.S.", "D.C.", "a.m.": absorb each letter-period pair.
        let mut end = end + 1;
        while let (Some(l), Some('.')) = (char_at(text, end), char_at(text, end + 1)) {
            if !l.is_alphabetic() || char_at(text, end + 2).is_some_and(is_word_char) {
                break;
            }
            end += l.len_utf8() + 1;
        }
        // A lone lowercase letter ("a.") is a word ending a sentence, not an initial.
        return if end == start + word.len() + 1 && word.chars().all(char::is_lowercase) {
            start + word.len()
        } else {
            end
        };
    }
    // No word in `is_abbreviation` or `is_number_abbreviation` is longer.
    if word.len() > "Messrs".len() {
        return end;
    }
    if is_abbreviation(word) {
        return end + 1;
    }
    if is_number_abbreviation(word) {
        let rest = text[end + 1..].trim_start_matches(' ');
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return end + 1;
        }
    }
    end
}

/// Pushes a mixed-case word, split where encoding damage glued two words ("countryKremlin").
fn push_split_glued(tokens: &mut Vec<Token>, text: &str, start: usize, end: usize) {
    let word = &text[start..end];
    let mut piece_start = start;
    if word.chars().all(char::is_alphabetic) {
        let first_upper = word.starts_with(char::is_uppercase);
        let mut lower_run = 0;
        let mut piece_len = 0;
        let mut chars = word.char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let next_is_lower = chars.peek().is_some_and(|&(_, n)| n.is_lowercase());
            if c.is_uppercase() && off > 0 && start + off > piece_start {
                // Lowercase-first glue needs 3 lowercase letters before the seam; uppercase-first
                // glue needs a 7-letter left word, sparing "McDonald", "BlackRock", "LinkedIn".
                let seam = if first_upper && piece_start == start {
                    lower_run >= 4 && piece_len >= 7 && next_is_lower
                } else {
                    lower_run >= 3 && next_is_lower
                };
                if seam {
                    push(tokens, text, piece_start, start + off, TokenKind::Word);
                    piece_start = start + off;
                    piece_len = 0;
                }
                lower_run = 0;
            } else if c.is_lowercase() {
                lower_run += 1;
            } else {
                lower_run = 0;
            }
            piece_len += 1;
        }
    }
    if piece_start == start {
        // Unsplit, the word keeps the mixed case its caller found.
        push_with_case(tokens, text, start, end, TokenKind::Word, Case::Mixed);
    } else {
        push(tokens, text, piece_start, end, TokenKind::Word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start()..t.end()])
            .collect()
    }

    #[test]
    fn hyphenated_and_apostrophe_names_stay_whole() {
        assert_eq!(
            texts("Tavares-Moniz met O'Connell"),
            ["Tavares-Moniz", "met", "O'Connell"]
        );
        assert_eq!(texts("don’t"), ["don’t"]);
    }

    #[test]
    fn possessive_splits_off_with_either_apostrophe() {
        assert_eq!(texts("Putin's plan"), ["Putin", "'s", "plan"]);
        assert_eq!(texts("Maduro’s allies"), ["Maduro", "’s", "allies"]);
        assert_eq!(tokenize("Putin's")[1].kind, TokenKind::Possessive);
        assert_eq!(texts("Caracas’ claims"), ["Caracas", "’", "claims"]);
    }

    #[test]
    fn runs_longer_than_a_token_split_at_char_boundaries() {
        // ASCII, two-byte letters (a cut may fall inside one) and digits, each then a word.
        for unit in ["x", "é", "7"] {
            let run = unit.repeat(150_000 / unit.len() + 1);
            let text = format!("{run} end");
            let tokens = tokenize(&text);
            let (last, pieces) = tokens.split_last().expect("tokens");
            assert_eq!(pieces.len(), run.len().div_ceil(MAX_TOKEN_BYTES), "{unit}");
            assert_eq!(pieces[0].start(), 0);
            assert_eq!(pieces.last().unwrap().end(), run.len());
            for (piece, next) in pieces.iter().zip(&pieces[1..]) {
                assert_eq!(piece.end(), next.start());
                assert!(piece.end() - piece.start() <= MAX_TOKEN_BYTES);
                assert!(text.is_char_boundary(piece.end()));
                assert_eq!((piece.kind, piece.case), (pieces[0].kind, pieces[0].case));
            }
            assert_eq!(&text[last.start()..last.end()], "end");
        }
    }

    #[test]
    fn numbers_keep_separators_and_suffixes() {
        assert_eq!(
            texts("5,000 and 2.5, 88th"),
            ["5,000", "and", "2.5", ",", "88th"]
        );
        assert_eq!(texts("20-30 people"), ["20", "-", "30", "people"]);
        assert_eq!(texts("$50"), ["$", "50"]);
        assert_eq!(texts("Tu-160 and COVID-19"), ["Tu-160", "and", "COVID-19"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(texts("U.S. forces"), ["U.S.", "forces"]);
        assert_eq!(texts("Gerald R. Ford"), ["Gerald", "R.", "Ford"]);
        assert_eq!(texts("Oct. 21"), ["Oct.", "21"]);
        assert_eq!(texts("Dr. Lindqvist-Berg"), ["Dr.", "Lindqvist-Berg"]);
        assert_eq!(texts("No. 10"), ["No.", "10"]);
        assert_eq!(texts("said no."), ["said", "no", "."]);
        assert_eq!(texts("J. D. Vance"), ["J.", "D.", "Vance"]);
        assert_eq!(texts("the end."), ["the", "end", "."]);
    }

    #[test]
    fn glued_words_split_at_the_seam() {
        assert_eq!(texts("countryKremlin"), ["country", "Kremlin"]);
        assert_eq!(texts("VenezuelaRussia"), ["Venezuela", "Russia"]);
        for whole in [
            "McDonald",
            "iPhone",
            "BlackRock",
            "LinkedIn",
            "DeSantis",
            "MacArthur",
        ] {
            assert_eq!(texts(whole), [whole]);
        }
    }

    #[test]
    fn odd_whitespace_is_not_a_token() {
        let text = "\u{FEFF}Moscow\u{00A0}said\r\n";
        assert_eq!(texts(text), ["Moscow", "said"]);
        assert_eq!(tokenize(text)[0].start(), 3);
    }

    #[test]
    fn shortcut_char_classes_agree_with_the_unicode_tables() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let combining = ('\u{0300}'..='\u{036F}').contains(&c);
            assert_eq!(is_word_char(c), c.is_alphanumeric() || combining, "{c:?}");
            assert_eq!(
                letter_case(c),
                c.is_alphabetic().then(|| c.is_uppercase()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn case_classes() {
        let case = |w: &str| tokenize(w)[0].case;
        assert_eq!(case("said"), Case::Lower);
        assert_eq!(case("Moscow"), Case::Title);
        assert_eq!(case("TASS"), Case::Upper);
        assert_eq!(case("McDonald"), Case::Mixed);
        assert_eq!(case("U.S."), Case::Upper);
        assert_eq!(case("O'connell"), Case::Title);
        assert_eq!(case("x"), Case::Lower);
        assert_eq!(case("X"), Case::Title);
        assert_eq!(case("Tavares-Moniz"), Case::Mixed);
        assert_eq!(case("BUENOS-AIRES-ZZ"), Case::Upper);
        assert_eq!(case("abcdefghijklmnopQ"), Case::Mixed);
        assert_eq!(case("Ábc"), Case::Title);
        assert_eq!(case("MÜLLER"), Case::Upper);
        assert_eq!(case("straße"), Case::Lower);
        assert_eq!(texts("5×3"), ["5", "×", "3"]);
        // Digits are no letters: they leave the case to the letters around them.
        assert_eq!(case("mp3"), Case::Lower);
        assert_eq!(case("G7"), Case::Title);
        assert_eq!(case("F16A"), Case::Upper);
        assert_eq!(case("x86Pro"), Case::Mixed);
        assert_eq!(tokenize("88th")[0].kind, TokenKind::Number);
    }

    #[test]
    fn word_block_bits_agree_with_char_classes() {
        let bytes: Vec<u8> = (0..=255).collect();
        // Full blocks, and one past which the text ends.
        for start in [0, 64, 128, 192, 230] {
            let block = WordBlock::at(&bytes, start);
            let bits = |test: fn(&u8) -> bool| {
                (start..bytes.len().min(start + WordBlock::LEN))
                    .filter(|&i| test(&bytes[i]))
                    .fold(0u64, |bits, i| bits | 1 << (i - start))
            };
            assert_eq!(!block.stops, bits(u8::is_ascii_alphanumeric), "{start}");
            assert_eq!(
                block.marked,
                bits(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
                "{start}"
            );
        }
        // The portable classes, which other targets use, agree with the SSE2 ones byte for byte.
        for start in 0..=192 {
            let block = bytes[start..start + WordBlock::LEN].try_into().unwrap();
            assert_eq!(class_bits(block), portable_class_bits(block), "{start}");
        }
    }

    #[test]
    fn swar_run_and_counts_agree_with_char_classes() {
        for word in [
            "",
            "@[`{",
            "AZaz",
            "a1B2c3D4e5F6g7H8i9",
            "ZZZZZZZZZZZZZZZZz",
            "9Q",
            "--x",
            "abcdefgh\u{e9}z",
            "Abcdefghijklmnop-Q",
        ] {
            let bytes = word.as_bytes();
            let run = bytes
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let letters = word[..run].chars().filter(char::is_ascii_alphabetic);
            let mut count = LetterCount::default();
            assert_eq!(ascii_alnum_run(bytes, 0, &mut count), run, "{word}");
            assert_eq!(
                (count.uppers, count.lower != 0),
                (
                    letters.clone().filter(char::is_ascii_uppercase).count() as u32,
                    letters.clone().any(|c| c.is_ascii_lowercase()),
                ),
                "{word}"
            );
        }
    }
}
