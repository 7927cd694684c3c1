//! The word lists attribution reads: reporting cues, words to skip between a subject and its verb,
//! pronouns, organization heads and titles. Each list is a filter of 2048 bits in front of one
//! table of every list's words, built at compile time and probed with the word ignoring ASCII
//! case, so there is no start-up cost. The tests take a word as text or as bytes, so hot callers
//! can skip a `&str` slice's checks.

use lede_core::swar::{ascii_bytes_in, load_padded, HIGH};

/// One list: its words, its bit in the classes the table keeps for a word, and a filter of 2048
/// bits on each word's length, first and last letters. The filter turns most words of news away
/// for a few instructions; the others are looked up in [`TABLE`].
struct Lexicon {
    words: &'static [&'static str],
    class: u16,
    /// The lengths of its words, as bits (a word longer than 31 bytes sets bit 31).
    lengths: u32,
    filter: [u64; FILTER_WORDS],
}

/// 2048 bits: the table's ~460 words fill under a quarter of its slots, so a probe mostly reads
/// one slot, and each list's filter turns away twice the words 1024 bits did.
const FILTER_BITS: u32 = 11;
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

/// The filter bit of a non-empty word. `| 0x20` maps both cases of a letter alike (and other
/// bytes to themselves or a neighbour), so a word in any ASCII case meets its list entry's bit.
/// It is also where the word's probe of [`TABLE`] starts.
const fn filter_bit(bytes: &[u8]) -> usize {
    let n = bytes.len();
    let key = n as u32 | ((bytes[0] | 0x20) as u32) << 8 | ((bytes[n - 1] | 0x20) as u32) << 16;
    (key.wrapping_mul(0x9e37_79b1) >> (32 - FILTER_BITS)) as usize
}

/// The bit of a word length in [`Lexicon::lengths`].
const fn length_bit(n: usize) -> u32 {
    1 << if n < 31 { n } else { 31 }
}

impl Lexicon {
    /// The list of `words`.
    const fn new(words: &'static [&'static str]) -> Lexicon {
        let mut filter = [0u64; FILTER_WORDS];
        let mut lengths = 0;
        let mut i = 0;
        while i < words.len() {
            let bit = filter_bit(words[i].as_bytes());
            filter[bit / 64] |= 1 << (bit % 64);
            lengths |= length_bit(words[i].len());
            i += 1;
        }
        Lexicon {
            words,
            class: 0,
            lengths,
            filter,
        }
    }

    /// The list as the `index`-th of [`TABLE`].
    const fn in_table_at(self, index: u32) -> Lexicon {
        Lexicon {
            class: 1 << index,
            ..self
        }
    }

    /// The lists of `self` and `other` as one: a word several lists are asked about passes
    /// one filter, and one lookup tells which of them hold it.
    const fn or(&self, other: &Lexicon) -> Lexicon {
        let mut filter = self.filter;
        let mut i = 0;
        while i < FILTER_WORDS {
            filter[i] |= other.filter[i];
            i += 1;
        }
        Lexicon {
            words: &[],
            class: self.class | other.class,
            lengths: self.lengths | other.lengths,
            filter,
        }
    }

    /// Which of this lexicon's lists hold `word`.
    #[inline]
    fn classes_of(&self, word: Word) -> Classes {
        let passes =
            !word.bytes.is_empty() && self.filter[word.bit / 64] & (1 << (word.bit % 64)) != 0;
        Classes(if passes {
            TABLE.classes(word) & self.class
        } else {
            0
        })
    }

    #[inline]
    fn contains(&self, word: Word) -> bool {
        self.classes_of(word).0 != 0
    }
}

/// The lists that hold a word, among those it was looked up in.
#[derive(Debug, Clone, Copy)]
pub struct Classes(u16);

impl Classes {
    /// Whether any list holds the word.
    pub fn any(self) -> bool {
        self.0 != 0
    }

    /// Whether it is "he" or "she".
    pub fn is_person_pronoun(self) -> bool {
        self.0 & PERSON_PRONOUNS.class != 0
    }

    /// Whether it is "it", "they", "we" or "both".
    pub fn is_group_pronoun(self) -> bool {
        self.0 & GROUP_PRONOUNS.class != 0
    }

    /// Whether it heads an organization name or refers back to one.
    pub fn is_organization_head(self) -> bool {
        self.0 & ORGANIZATION_HEADS.class != 0
    }

    /// Whether it is a title or a title-like word.
    pub fn is_title(self) -> bool {
        self.0 & TITLES.class != 0
    }
}

/// A word of up to [`MAX_KEY_LEN`] bytes in ASCII lowercase as two little-endian integers, its
/// bytes zero-padded and its length in the top byte (so that no word equals another padded
/// with NULs): a lookup compares two integers instead of a byte loop.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
}

/// Longest word a key holds; no list has a longer one.
const MAX_KEY_LEN: usize = 15;

/// Adds 0x20 to each byte of `x` from 'A' to 'Z', eight at once. Bit 7 is cleared before the
/// range test (which needs ASCII bytes) and bytes that had it are left alone, as
/// `to_ascii_lowercase` leaves them.
fn lowercase(x: u64) -> u64 {
    x | (ascii_bytes_in(x & !HIGH, b'A', b'Z') & !x) >> 2
}

impl Key {
    /// The key of a word given in lowercase, at compile time.
    const fn of_lowercase(word: &[u8]) -> Key {
        assert!(!word.is_empty() && word.len() <= MAX_KEY_LEN);
        let mut bytes = [0u8; 16];
        let mut i = 0;
        while i < word.len() {
            bytes[i] = word[i];
            i += 1;
        }
        bytes[15] = word.len() as u8;
        let [a, b, c, d, e, f, g, h, rest @ ..] = bytes;
        Key {
            lo: u64::from_le_bytes([a, b, c, d, e, f, g, h]),
            hi: u64::from_le_bytes(rest),
        }
    }

    /// The key of `word` in ASCII lowercase; `None` when it is too long for any list.
    #[inline]
    fn of(word: &[u8]) -> Option<Key> {
        let n = word.len();
        if n > MAX_KEY_LEN {
            return None;
        }
        let length = (n as u64) << 56;
        Some(if n <= 8 {
            Key {
                lo: lowercase(load_padded(word)),
                hi: length,
            }
        } else {
            Key {
                lo: lowercase(load_padded(&word[..8])),
                hi: lowercase(load_padded(&word[8..])) | length,
            }
        })
    }
}

const TABLE_SLOTS: usize = 1 << FILTER_BITS;

/// Every list's words in one open-addressing table (linear probing from the word's filter bit,
/// so a lookup hashes nothing more), with the lists each word is in as bits. A slot whose key
/// is all zeros is free: every word's key holds its nonzero length.
struct Table {
    keys: [Key; TABLE_SLOTS],
    classes: [u16; TABLE_SLOTS],
}

impl Table {
    /// The table of `lists`, the `i`-th of which has class bit `1 << i`.
    const fn new(lists: &[&Lexicon]) -> Table {
        const FREE: Key = Key { lo: 0, hi: 0 };
        let mut keys = [FREE; TABLE_SLOTS];
        let mut classes = [0u16; TABLE_SLOTS];
        let mut l = 0;
        while l < lists.len() {
            let list = lists[l];
            assert!(list.class == 1 << l);
            let mut i = 0;
            while i < list.words.len() {
                let word = list.words[i].as_bytes();
                let key = Key::of_lowercase(word);
                let mut slot = filter_bit(word);
                while keys[slot].hi != 0 && !(keys[slot].lo == key.lo && keys[slot].hi == key.hi) {
                    slot = (slot + 1) % TABLE_SLOTS;
                }
                keys[slot] = key;
                classes[slot] |= list.class;
                i += 1;
            }
            l += 1;
        }
        Table { keys, classes }
    }

    /// The lists `word` (non-empty) is in, as class bits.
    #[inline(never)]
    fn classes(&self, word: Word) -> u16 {
        let Some(key) = Key::of(word.bytes) else {
            return 0;
        };
        let mut slot = word.bit;
        loop {
            let found = self.keys[slot];
            if found == key {
                return self.classes[slot];
            }
            if found.hi == 0 {
                return 0;
            }
            slot = (slot + 1) % TABLE_SLOTS;
        }
    }
}

/// A word to look up, with its filter bit: a word tested against several lists (a speaker noun
/// is an organization head, a statement noun or a title) computes it once.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    bytes: &'a [u8],
    bit: usize,
}

impl<'a, T: AsRef<[u8]> + ?Sized> From<&'a T> for Word<'a> {
    #[inline]
    fn from(word: &'a T) -> Word<'a> {
        let bytes = word.as_ref();
        let bit = if bytes.is_empty() {
            0
        } else {
            filter_bit(bytes)
        };
        Word { bytes, bit }
    }
}

/// Reporting verbs and phrases' head words, every inflection spelled out (lowercase, sorted).
///
/// Speech verbs ("said") and the stance verbs news wraps partial quotes in ("expressed",
/// "reaffirmed", "accused ... of") both count: a fragment's speaker is the subject of that verb.
static CUES: Lexicon = Lexicon::new(&[
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "acknowledged",
    "add",
    "added",
    "adding",
    "adds",
    "admitted",
    "alleged",
    "announced",
    "answered",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "asserting",
    "assured",
    "boasted",
    "branded",
    "called",
    "calling",
    "cautioned",
    "charged",
    "claimed",
    "claiming",
    "commented",
    "complained",
    "conceded",
    "concedes",
    "concluded",
    "condemned",
    "condemning",
    "confirmed",
    "contended",
    "continued",
    "conveyed",
    "countered",
    "cried",
    "criticised",
    "criticized",
    "declared",
    "declaring",
    "demanded",
    "denied",
    "denounced",
    "describe",
    "described",
    "describes",
    "describing",
    "dismissed",
    "dubbed",
    "emphasised",
    "emphasized",
    "exclaimed",
    "explained",
    "explains",
    "expressed",
    "expressing",
    "hailed",
    "highlighted",
    "insist",
    "insisted",
    "insisting",
    "insists",
    "joked",
    "labeled",
    "labelled",
    "lamented",
    "maintained",
    "mused",
    "noted",
    "notes",
    "noting",
    "observed",
    "pleaded",
    "pledged",
    "posted",
    "praised",
    "predicted",
    "promised",
    "quipped",
    "quoted",
    "reads",
    "reaffirmed",
    "reaffirming",
    "recalled",
    "recalls",
    "reiterated",
    "rejected",
    "remarked",
    "repeated",
    "replied",
    "reported",
    "responded",
    "retorted",
    "said",
    "say",
    "saying",
    "says",
    "shouted",
    "slammed",
    "snapped",
    "stated",
    "stating",
    "stressed",
    "stressing",
    "suggested",
    "tell",
    "telling",
    "tells",
    "termed",
    "testified",
    "threatened",
    "told",
    "tweeted",
    "underscored",
    "underscoring",
    "urged",
    "urging",
    "voiced",
    "vow",
    "vowed",
    "vowing",
    "vows",
    "warn",
    "warned",
    "warning",
    "warns",
    "whispered",
    "wondered",
    "writes",
    "wrote",
])
.in_table_at(0);

/// Words that may stand between a subject and its reporting verb ("Lavrov also said", "has
/// repeatedly accused"); words ending in "-ly" are skipped too.
static BETWEEN_SUBJECT_AND_VERB: Lexicon = Lexicon::new(&[
    "again", "already", "also", "been", "can", "could", "did", "does", "first", "had", "has",
    "have", "is", "just", "later", "may", "might", "must", "never", "not", "once", "then", "was",
    "were", "will", "would",
])
.in_table_at(1);

/// Words that begin a noun phrase without being part of a speaker's name.
static DETERMINERS: Lexicon = Lexicon::new(&[
    "a", "an", "her", "his", "its", "our", "the", "their", "these", "this", "those", "your",
])
.in_table_at(2);

/// Capitalized words that are never part of a speaker's name (sentence openers, weekdays).
static NOT_NAMES: Lexicon = Lexicon::new(&[
    "a",
    "according",
    "after",
    "amid",
    "an",
    "and",
    "as",
    "asked",
    "at",
    "before",
    "but",
    "by",
    "during",
    "earlier",
    "for",
    "friday",
    "from",
    "however",
    "if",
    "in",
    "last",
    "later",
    "meanwhile",
    "monday",
    "near",
    "on",
    "over",
    "saturday",
    "since",
    "so",
    "sunday",
    "that",
    "the",
    "then",
    "these",
    "this",
    "those",
    "thursday",
    "tuesday",
    "under",
    "wednesday",
    "when",
    "while",
    "with",
    "within",
    "without",
    "yesterday",
])
.in_table_at(3);

/// Pronouns that refer to one person.
static PERSON_PRONOUNS: Lexicon = Lexicon::new(&["he", "she"]).in_table_at(4);

/// Pronouns (and "both") that refer to an organization or a group.
static GROUP_PRONOUNS: Lexicon = Lexicon::new(&["both", "it", "they", "we"]).in_table_at(5);

/// Heads of organization names ("Foreign Ministry", "Civil Aviation Authority") and the
/// common nouns that refer back to one ("the ministry").
static ORGANIZATION_HEADS: Lexicon = Lexicon::new(&[
    "administration",
    "agency",
    "army",
    "assembly",
    "association",
    "authorities",
    "authority",
    "bank",
    "board",
    "broadcaster",
    "bureau",
    "cabinet",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "council",
    "court",
    "daily",
    "department",
    "duma",
    "embassy",
    "federation",
    "firm",
    "forces",
    "foundation",
    "government",
    "group",
    "institute",
    "kremlin",
    "military",
    "ministry",
    "nato",
    "navy",
    "newspaper",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "presidency",
    "regime",
    "secretariat",
    "senate",
    "service",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "union",
    "university",
    "vatican",
])
.in_table_at(6);

/// Proper nouns that name an institution on their own ("the Kremlin said").
static INSTITUTIONS: Lexicon = Lexicon::new(&[
    "congress",
    "duma",
    "kremlin",
    "nato",
    "parliament",
    "pentagon",
    "senate",
    "vatican",
])
.in_table_at(7);

/// Spokes-nouns stand for the organization they speak for, but are people: "a Kremlin spokesman".
static SPOKES_NOUNS: Lexicon =
    Lexicon::new(&["spokesman", "spokesperson", "spokeswoman"]).in_table_at(8);

/// Documents that speak for whoever issued them: "the statement reads".
static STATEMENT_NOUNS: Lexicon = Lexicon::new(&[
    "communique",
    "communiqué",
    "declaration",
    "document",
    "letter",
    "message",
    "note",
    "release",
    "report",
    "statement",
])
.in_table_at(9);

/// Titles and roles that precede a person's name ("Foreign Minister", "Gen.", "singer").
static TITLES: Lexicon = Lexicon::new(&[
    "activist",
    "actor",
    "actress",
    "adm.",
    "adviser",
    "advisor",
    "ambassador",
    "analyst",
    "attorney",
    "author",
    "banker",
    "campaigner",
    "captain",
    "ceo",
    "chairman",
    "chairwoman",
    "chancellor",
    "chef",
    "chief",
    "coach",
    "col.",
    "commander",
    "commissioner",
    "correspondent",
    "defence",
    "defender",
    "defense",
    "deputy",
    "diplomat",
    "director",
    "doctor",
    "dr.",
    "drummer",
    "economist",
    "editor",
    "envoy",
    "executive",
    "farmer",
    "finance",
    "fisherman",
    "foreign",
    "founder",
    "gen.",
    "general",
    "goalkeeper",
    "gov.",
    "governor",
    "guitarist",
    "head",
    "interior",
    "investor",
    "journalist",
    "judge",
    "king",
    "lawyer",
    "leader",
    "lt.",
    "manager",
    "mayor",
    "midfielder",
    "minister",
    "mr.",
    "mrs.",
    "ms.",
    "nurse",
    "officer",
    "official",
    "officials",
    "operator",
    "owner",
    "pilot",
    "player",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "prof.",
    "professor",
    "prosecutor",
    "queen",
    "rancher",
    "rep.",
    "researcher",
    "resident",
    "scientist",
    "secretary",
    "sen.",
    "senator",
    "sgt.",
    "singer",
    "skipper",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "striker",
    "survivor",
    "teacher",
    "trader",
    "vice",
    "witness",
])
.in_table_at(10);

/// Nouns that refer back to a quotation: "The warning came from …", "Those were the words of …".
static SPEECH_NOUNS: Lexicon = Lexicon::new(&[
    "appeal",
    "assessment",
    "comment",
    "comments",
    "message",
    "plea",
    "promise",
    "remark",
    "remarks",
    "verdict",
    "warning",
    "words",
])
.in_table_at(11);

/// Lowercase particles inside names: "von Albrecht", "Federica del Monte", "bin Rashid".
static NAME_PARTICLES: Lexicon = Lexicon::new(&[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la", "le",
    "ter", "van", "von",
])
.in_table_at(12);

/// Words after a reporting verb that belong to the cue ("told reporters").
static CUE_OBJECTS: Lexicon = Lexicon::new(&["journalists", "reporters"]).in_table_at(13);

/// The words of every list, with the lists each is in.
static TABLE: Table = Table::new(&[
    &CUES,
    &BETWEEN_SUBJECT_AND_VERB,
    &DETERMINERS,
    &NOT_NAMES,
    &PERSON_PRONOUNS,
    &GROUP_PRONOUNS,
    &ORGANIZATION_HEADS,
    &INSTITUTIONS,
    &SPOKES_NOUNS,
    &STATEMENT_NOUNS,
    &TITLES,
    &SPEECH_NOUNS,
    &NAME_PARTICLES,
    &CUE_OBJECTS,
]);

/// Pronouns of either kind.
static PRONOUNS: Lexicon = PERSON_PRONOUNS.or(&GROUP_PRONOUNS);

/// Lowercase nouns that can head a speaker phrase on their own.
static SPEAKER_NOUNS: Lexicon = ORGANIZATION_HEADS.or(&STATEMENT_NOUNS).or(&TITLES);

/// Capitalized words that cannot be part of a name: the not-names and the determiners.
static NOT_NAMES_OR_DETERMINERS: Lexicon = NOT_NAMES.or(&DETERMINERS);

/// Terminal punctuation of a sentence.
pub const TERMINALS: &[&str] = &[".", "!", "?", "…"];

/// Whether `word` is a reporting cue ("said", "Warned").
pub fn is_cue<'a>(word: impl Into<Word<'a>>) -> bool {
    CUES.contains(word.into())
}

/// Whether `word` may stand between a subject and its verb.
pub fn is_between_subject_and_verb<'a>(word: impl Into<Word<'a>>) -> bool {
    let word = word.into();
    (word.bytes.len() > 4 && word.bytes.ends_with(b"ly")) || BETWEEN_SUBJECT_AND_VERB.contains(word)
}

/// Whether `word` is a determiner or possessive pronoun opening a noun phrase.
pub fn is_determiner<'a>(word: impl Into<Word<'a>>) -> bool {
    DETERMINERS.contains(word.into())
}

/// Whether a capitalized `word` is never part of a name.
pub fn is_not_name<'a>(word: impl Into<Word<'a>>) -> bool {
    NOT_NAMES.contains(word.into())
}

/// Whether a word of `n` bytes may be a pronoun.
pub fn is_pronoun_length(n: usize) -> bool {
    PRONOUNS.lengths & length_bit(n) != 0
}

/// Which pronoun lists hold `word`.
pub fn pronoun_classes<'a>(word: impl Into<Word<'a>>) -> Classes {
    PRONOUNS.classes_of(word.into())
}

/// Which lists of speaker nouns (organization heads, statement nouns, titles) hold `word`.
pub fn speaker_noun_classes<'a>(word: impl Into<Word<'a>>) -> Classes {
    SPEAKER_NOUNS.classes_of(word.into())
}

/// Whether a capitalized `word` is never part of a name or is a determiner.
pub fn is_not_name_or_determiner<'a>(word: impl Into<Word<'a>>) -> bool {
    NOT_NAMES_OR_DETERMINERS.contains(word.into())
}

/// Whether `word` is "he" or "she".
pub fn is_person_pronoun<'a>(word: impl Into<Word<'a>>) -> bool {
    PERSON_PRONOUNS.contains(word.into())
}

/// Whether `word` is "it", "they", "we" or "both".
pub fn is_group_pronoun<'a>(word: impl Into<Word<'a>>) -> bool {
    GROUP_PRONOUNS.contains(word.into())
}

/// Whether `word` heads an organization name or refers back to one.
pub fn is_organization_head<'a>(word: impl Into<Word<'a>>) -> bool {
    ORGANIZATION_HEADS.contains(word.into())
}

/// Whether `word` names an institution on its own.
pub fn is_institution<'a>(word: impl Into<Word<'a>>) -> bool {
    INSTITUTIONS.contains(word.into())
}

/// Whether `word` is "spokesman" or a variant.
pub fn is_spokes_noun<'a>(word: impl Into<Word<'a>>) -> bool {
    SPOKES_NOUNS.contains(word.into())
}

/// Whether `word` names a document that speaks for its issuer.
pub fn is_statement_noun<'a>(word: impl Into<Word<'a>>) -> bool {
    STATEMENT_NOUNS.contains(word.into())
}

/// Whether `word` is a title or a title-like word.
pub fn is_title<'a>(word: impl Into<Word<'a>>) -> bool {
    TITLES.contains(word.into())
}

/// Whether `word` is a lowercase particle of a name ("von", "del"). Inlined: the length and the
/// first letter turn away most words before any lookup.
#[inline]
pub fn is_name_particle(word: &[u8]) -> bool {
    NAME_PARTICLES.lengths & length_bit(word.len()) != 0
        && word[0].is_ascii_lowercase()
        && NAME_PARTICLES.contains(Word::from(word))
}

/// Whether `word` refers back to a quotation ("warning", "words").
pub fn is_speech_noun<'a>(word: impl Into<Word<'a>>) -> bool {
    SPEECH_NOUNS.contains(word.into())
}

/// Whether `word` completes a cue ("told reporters").
pub fn is_cue_object<'a>(word: impl Into<Word<'a>>) -> bool {
    CUE_OBJECTS.contains(word.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_lowercase_and_unique() {
        for list in [
            &CUES,
            &BETWEEN_SUBJECT_AND_VERB,
            &DETERMINERS,
            &NOT_NAMES,
            &PERSON_PRONOUNS,
            &GROUP_PRONOUNS,
            &ORGANIZATION_HEADS,
            &INSTITUTIONS,
            &SPOKES_NOUNS,
            &STATEMENT_NOUNS,
            &TITLES,
            &NAME_PARTICLES,
            &SPEECH_NOUNS,
            &CUE_OBJECTS,
        ] {
            let words = list.words;
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
            assert!(words
                .iter()
                .all(|w| w.to_lowercase() == *w && w.len() <= 32));
            // The filter lets every word through in any ASCII case.
            for word in words {
                let title = word[..1].to_ascii_uppercase() + &word[1..];
                for form in [word.to_string(), title, word.to_ascii_uppercase()] {
                    assert!(list.contains(Word::from(&form)), "{form}");
                }
            }
        }
    }

    #[test]
    fn keys_fold_ascii_letters_only() {
        // Every byte beside or in place of a letter of "her": only the letter's two cases match.
        for b in 0..=u8::MAX {
            for at in 0..3 {
                let mut word = *b"her";
                word[at] = b;
                let matches = b.to_ascii_lowercase() == b"her"[at];
                assert_eq!(is_determiner(&word), matches, "{word:?}");
            }
            assert!(!is_determiner(&[b'h', b'e', b'r', b]), "{b}");
            assert!(!is_determiner(&[b, b'h', b'e', b'r']), "{b}");
        }
        // Bytes from 0x80 up, an uppercase letter's high twin among them, are left alone.
        for word in CUES.words.iter().chain(TITLES.words) {
            for i in 0..word.len() {
                for change in [|b: u8| b | 0x80, |b: u8| b.to_ascii_uppercase() | 0x80] {
                    let mut bytes = word.as_bytes().to_vec();
                    bytes[i] = change(bytes[i]);
                    assert!(!is_cue(&bytes) && !is_title(&bytes), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn no_pronoun_is_a_determiner() {
        // `phrase::forward` looks for a pronoun before it skips determiners.
        for word in PERSON_PRONOUNS.words.iter().chain(GROUP_PRONOUNS.words) {
            assert!(!is_determiner(word), "{word}");
        }
    }

    #[test]
    fn lookups_ignore_case_and_reject_other_words() {
        assert!(is_cue("said") && is_cue("Said") && is_cue("WARNED"));
        assert!(!is_cue("ensure") && !is_cue("intended"));
        assert!(is_between_subject_and_verb("repeatedly") && is_between_subject_and_verb("has"));
        assert!(!is_between_subject_and_verb("ministry"));
        assert!(is_title("Minister") && !is_title("Lavrov"));
    }
}
