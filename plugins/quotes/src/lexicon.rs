//! The word lists attribution reads: reporting cues, words to skip between a subject and its verb,
//! pronouns, organization heads and titles. Every list is a sorted static array searched by
//! binary search on the lowercased word, so there is no start-up cost.

/// Reporting verbs and phrases' head words, every inflection spelled out (lowercase, sorted).
///
/// Speech verbs ("said") and the stance verbs news wraps partial quotes in ("expressed",
/// "reaffirmed", "accused ... of") both count: a fragment's speaker is the subject of that verb.
const CUES: &[&str] = &[
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
    "announced",
    "answered",
    "argued",
    "asked",
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
    "concluded",
    "condemned",
    "condemning",
    "confirmed",
    "continued",
    "conveyed",
    "cried",
    "criticised",
    "criticized",
    "declared",
    "declaring",
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
    "explained",
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
    "noted",
    "noting",
    "observed",
    "pledged",
    "posted",
    "praised",
    "predicted",
    "promised",
    "quipped",
    "reads",
    "reaffirmed",
    "reaffirming",
    "recalled",
    "reiterated",
    "rejected",
    "remarked",
    "repeated",
    "replied",
    "reported",
    "responded",
    "said",
    "say",
    "saying",
    "says",
    "shouted",
    "slammed",
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
    "wrote",
];

/// Words that may stand between a subject and its reporting verb ("Lavrov also said", "has
/// repeatedly accused"); words ending in "-ly" are skipped too.
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "again", "already", "also", "been", "can", "could", "did", "does", "first", "had", "has",
    "have", "is", "just", "later", "may", "might", "must", "never", "not", "once", "then", "was",
    "were", "will", "would",
];

/// Words that begin a noun phrase without being part of a speaker's name.
const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "our", "the", "their", "these", "this", "those", "your",
];

/// Capitalized words that are never part of a speaker's name (sentence openers, weekdays).
const NOT_NAMES: &[&str] = &[
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
];

/// Pronouns that refer to one person.
const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Pronouns (and "both") that refer to an organization or a group.
const GROUP_PRONOUNS: &[&str] = &["both", "it", "they", "we"];

/// Heads of organization names ("Foreign Ministry", "Civil Aviation Authority") and the
/// common nouns that refer back to one ("the ministry").
const ORGANIZATION_HEADS: &[&str] = &[
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
];

/// Proper nouns that name an institution on their own ("the Kremlin said").
const INSTITUTIONS: &[&str] = &[
    "congress",
    "duma",
    "kremlin",
    "nato",
    "parliament",
    "pentagon",
    "senate",
    "vatican",
];

/// Spokes-nouns stand for the organization they speak for, but are people: "a Kremlin spokesman".
const SPOKES_NOUNS: &[&str] = &["spokesman", "spokesperson", "spokeswoman"];

/// Documents that speak for whoever issued them: "the statement reads".
const STATEMENT_NOUNS: &[&str] = &[
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
];

/// Titles and roles that precede a person's name ("Foreign Minister", "Gen.", "singer").
const TITLES: &[&str] = &[
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
];

/// Lowercase particles inside names: "von Albrecht", "Federica del Monte", "bin Rashid".
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la", "le",
    "ter", "van", "von",
];

/// Words after a reporting verb that belong to the cue ("told reporters").
const CUE_OBJECTS: &[&str] = &["journalists", "reporters"];

/// Terminal punctuation of a sentence.
pub const TERMINALS: &[&str] = &[".", "!", "?", "…"];

fn contains_lowercase(sorted: &[&str], word: &str) -> bool {
    let mut buffer = [0u8; 32];
    let Some(folded) = buffer.get_mut(..word.len()) else {
        return false;
    };
    folded.copy_from_slice(word.as_bytes());
    folded.make_ascii_lowercase();
    match std::str::from_utf8(folded) {
        Ok(folded) => sorted.binary_search(&folded).is_ok(),
        Err(_) => false,
    }
}

/// Whether `word` is a reporting cue ("said", "Warned").
pub fn is_cue(word: &str) -> bool {
    contains_lowercase(CUES, word)
}

/// Whether `word` may stand between a subject and its verb.
pub fn is_between_subject_and_verb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ly")) || contains_lowercase(BETWEEN_SUBJECT_AND_VERB, word)
}

/// Whether `word` is a determiner or possessive pronoun opening a noun phrase.
pub fn is_determiner(word: &str) -> bool {
    contains_lowercase(DETERMINERS, word)
}

/// Whether a capitalized `word` is never part of a name.
pub fn is_not_name(word: &str) -> bool {
    contains_lowercase(NOT_NAMES, word)
}

/// Whether `word` is "he" or "she".
pub fn is_person_pronoun(word: &str) -> bool {
    contains_lowercase(PERSON_PRONOUNS, word)
}

/// Whether `word` is "it", "they", "we" or "both".
pub fn is_group_pronoun(word: &str) -> bool {
    contains_lowercase(GROUP_PRONOUNS, word)
}

/// Whether `word` heads an organization name or refers back to one.
pub fn is_organization_head(word: &str) -> bool {
    contains_lowercase(ORGANIZATION_HEADS, word)
}

/// Whether `word` names an institution on its own.
pub fn is_institution(word: &str) -> bool {
    contains_lowercase(INSTITUTIONS, word)
}

/// Whether `word` is "spokesman" or a variant.
pub fn is_spokes_noun(word: &str) -> bool {
    contains_lowercase(SPOKES_NOUNS, word)
}

/// Whether `word` names a document that speaks for its issuer.
pub fn is_statement_noun(word: &str) -> bool {
    contains_lowercase(STATEMENT_NOUNS, word)
}

/// Whether `word` is a title or a title-like word.
pub fn is_title(word: &str) -> bool {
    contains_lowercase(TITLES, word)
}

/// Whether `word` is a lowercase particle of a name ("von", "del").
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.binary_search(&word).is_ok()
}

/// Whether `word` completes a cue ("told reporters").
pub fn is_cue_object(word: &str) -> bool {
    contains_lowercase(CUE_OBJECTS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_lowercase_and_unique() {
        for list in [
            CUES,
            BETWEEN_SUBJECT_AND_VERB,
            DETERMINERS,
            NOT_NAMES,
            PERSON_PRONOUNS,
            GROUP_PRONOUNS,
            ORGANIZATION_HEADS,
            INSTITUTIONS,
            SPOKES_NOUNS,
            STATEMENT_NOUNS,
            TITLES,
            NAME_PARTICLES,
            CUE_OBJECTS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w && w.len() <= 32));
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
