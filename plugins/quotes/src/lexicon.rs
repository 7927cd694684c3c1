//! The word lists attribution reads: reporting cues, words to skip between a subject and its verb,
//! pronouns, organization heads and titles. Every list is a [`WordList`]: a hash table built at
//! compile time and probed with the word ignoring ASCII case, so there is no start-up cost.

/// Reporting verbs and phrases' head words, every inflection spelled out (lowercase, sorted).
///
/// Speech verbs ("said") and the stance verbs news wraps partial quotes in ("expressed",
/// "reaffirmed", "accused ... of") both count: a fragment's speaker is the subject of that verb.
static CUES: WordList = WordList::new(&[
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
]);

/// Words that may stand between a subject and its reporting verb ("Lavrov also said", "has
/// repeatedly accused"); words ending in "-ly" are skipped too.
static BETWEEN_SUBJECT_AND_VERB: WordList = WordList::new(&[
    "again", "already", "also", "been", "can", "could", "did", "does", "first", "had", "has",
    "have", "is", "just", "later", "may", "might", "must", "never", "not", "once", "then", "was",
    "were", "will", "would",
]);

/// Words that begin a noun phrase without being part of a speaker's name.
static DETERMINERS: WordList = WordList::new(&[
    "a", "an", "her", "his", "its", "our", "the", "their", "these", "this", "those", "your",
]);

/// Capitalized words that are never part of a speaker's name (sentence openers, weekdays).
static NOT_NAMES: WordList = WordList::new(&[
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
]);

/// Pronouns that refer to one person.
static PERSON_PRONOUNS: WordList = WordList::new(&["he", "she"]);

/// Pronouns (and "both") that refer to an organization or a group.
static GROUP_PRONOUNS: WordList = WordList::new(&["both", "it", "they", "we"]);

/// Heads of organization names ("Foreign Ministry", "Civil Aviation Authority") and the
/// common nouns that refer back to one ("the ministry").
static ORGANIZATION_HEADS: WordList = WordList::new(&[
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
]);

/// Proper nouns that name an institution on their own ("the Kremlin said").
static INSTITUTIONS: WordList = WordList::new(&[
    "congress",
    "duma",
    "kremlin",
    "nato",
    "parliament",
    "pentagon",
    "senate",
    "vatican",
]);

/// Spokes-nouns stand for the organization they speak for, but are people: "a Kremlin spokesman".
static SPOKES_NOUNS: WordList = WordList::new(&["spokesman", "spokesperson", "spokeswoman"]);

/// Documents that speak for whoever issued them: "the statement reads".
static STATEMENT_NOUNS: WordList = WordList::new(&[
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
]);

/// Titles and roles that precede a person's name ("Foreign Minister", "Gen.", "singer").
static TITLES: WordList = WordList::new(&[
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
]);

/// Nouns that refer back to a quotation: "The warning came from …", "Those were the words of …".
static SPEECH_NOUNS: WordList = WordList::new(&[
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
]);

/// Lowercase particles inside names: "von Albrecht", "Federica del Monte", "bin Rashid".
static NAME_PARTICLES: WordList = WordList::new(&[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la", "le",
    "ter", "van", "von",
]);

/// Words after a reporting verb that belong to the cue ("told reporters").
static CUE_OBJECTS: WordList = WordList::new(&["journalists", "reporters"]);

/// Terminal punctuation of a sentence.
pub const TERMINALS: &[&str] = &[".", "!", "?", "…"];

/// A word list with a hash table built at compile time: a lookup hashes the word's length and
/// three of its letters, folded to ASCII lowercase, and compares at most a few candidates
/// ignoring case, with no copy of the word and no start-up cost.
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
    const fn new(words: &'static [&'static str]) -> WordList {
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

    /// Whether the list holds `word`, compared in ASCII lowercase. Inlined, so that the
    /// length and first-letter tests read a static list's bits as constants and most words
    /// are turned away without a call.
    #[inline]
    fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
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

/// Whether `word` is a reporting cue ("said", "Warned").
pub fn is_cue(word: &str) -> bool {
    CUES.contains(word)
}

/// Whether `word` may stand between a subject and its verb.
pub fn is_between_subject_and_verb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ly")) || BETWEEN_SUBJECT_AND_VERB.contains(word)
}

/// Whether `word` is a determiner or possessive pronoun opening a noun phrase.
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(word)
}

/// Whether a capitalized `word` is never part of a name.
pub fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(word)
}

/// Whether `word` is "he" or "she".
pub fn is_person_pronoun(word: &str) -> bool {
    PERSON_PRONOUNS.contains(word)
}

/// Whether `word` is "it", "they", "we" or "both".
pub fn is_group_pronoun(word: &str) -> bool {
    GROUP_PRONOUNS.contains(word)
}

/// Whether `word` heads an organization name or refers back to one.
pub fn is_organization_head(word: &str) -> bool {
    ORGANIZATION_HEADS.contains(word)
}

/// Whether `word` names an institution on its own.
pub fn is_institution(word: &str) -> bool {
    INSTITUTIONS.contains(word)
}

/// Whether `word` is "spokesman" or a variant.
pub fn is_spokes_noun(word: &str) -> bool {
    SPOKES_NOUNS.contains(word)
}

/// Whether `word` names a document that speaks for its issuer.
pub fn is_statement_noun(word: &str) -> bool {
    STATEMENT_NOUNS.contains(word)
}

/// Whether `word` is a title or a title-like word.
pub fn is_title(word: &str) -> bool {
    TITLES.contains(word)
}

/// Whether `word` is a lowercase particle of a name ("von", "del").
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(word) && word.starts_with(char::is_lowercase)
}

/// Whether `word` refers back to a quotation ("warning", "words").
pub fn is_speech_noun(word: &str) -> bool {
    SPEECH_NOUNS.contains(word)
}

/// Whether `word` completes a cue ("told reporters").
pub fn is_cue_object(word: &str) -> bool {
    CUE_OBJECTS.contains(word)
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
