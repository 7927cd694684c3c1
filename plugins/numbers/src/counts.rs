//! What a number counts: the head noun of the noun phrase after it ("eight deadly strikes on
//! vessels" counts "strikes"), through "of" ("tens of thousands of troops"), or the noun
//! before "of" when nothing follows ("a crowd of 47,929").
//!
//! The noun phrase ends at the first word that cannot be inside it: a preposition, conjunction,
//! determiner, pronoun, auxiliary or common verb, or (once a noun is in hand) a participle or
//! an adverb ("troops mobilized", "boats allegedly carrying"). Its last word is the head.

use crate::lexicon::{ExactWords, Shapes};
use crate::tokens::Tokens;
use lede_core::{Case, TokenKind};

/// The longest noun phrase read, in words.
const MAX_PHRASE: usize = 6;

/// Where the head noun of what the number ending before `end` counts lies, and how it was found.
pub fn head(t: &Tokens, start: usize, end: usize, of_only: bool) -> Option<(usize, &'static str)> {
    if t.is(end, "of") {
        let after_of = skip_determiner(t, end + 1);
        return phrase_head(t, after_of).map(|h| (h, "counts:of-phrase"));
    }
    if of_only {
        return None;
    }
    if let Some(h) = phrase_head(t, skip_determiner(t, end)) {
        return Some((h, "counts:phrase"));
    }
    let before = start.checked_sub(2)?;
    (t.is(start - 1, "of") && t.is_word(before) && !t.is_capitalized(before))
        .then(|| !is_stop(t.lower(before)))
        .filter(|ok| *ok)
        .map(|_| (before, "counts:noun-before-of"))
}

fn skip_determiner(t: &Tokens, i: usize) -> usize {
    if is_determiner(t.lower(i)) {
        i + 1
    } else {
        i
    }
}

fn phrase_head(t: &Tokens, from: usize) -> Option<usize> {
    let mut head = None;
    let mut i = from;
    while i < from + MAX_PHRASE && t.is_word(i) {
        let w = t.lower(i);
        if is_stop(w) || (head.is_some() && ends_phrase_after_noun(w)) {
            break;
        }
        head = Some(i);
        i += 1;
        // "the world's oil": the possessor modifies the head that follows; in "the region's
        // 900 schools" the head lies past another number, out of reach.
        if t.kind(i) == Some(TokenKind::Possessive) {
            if !t.is_word(i + 1) {
                return None;
            }
            i += 1;
        }
    }
    // A lone name is not what a number counts ("Sale 31 Wasps 33"; "40,000 ethnic Serbs" is),
    // nor a lone participle ("3,500 injured").
    head.filter(|&h| {
        h > from
            || !(matches!(
                t.get(h).map(|tok| tok.case),
                Some(Case::Title | Case::Upper)
            ) || ends_phrase_after_noun(t.lower(h)))
    })
}

/// Participles and adverbs that follow a noun rather than modify one: "troops mobilized",
/// "people living", "boats allegedly".
fn ends_phrase_after_noun(w: &[u8]) -> bool {
    (w.ends_with(b"ed") || w.ends_with(b"ing") || w.ends_with(b"ly"))
        && w.is_ascii()
        && !is_noun_like_participle(w)
}

word_table! {
    /// Nouns that end like a participle or an adverb: "building", "bed", "family".
    fn is_noun_like_participle(w: &[u8]) -> bool {
        b"building" | b"meeting" | b"wing" | b"king" | b"thing" | b"ring" | b"evening" | b"morning"
        | b"spring" | b"ceiling" | b"bombing" | b"shooting" | b"killing" | b"landing" | b"hearing"
        | b"briefing" | b"offering" | b"uprising" | b"opening" | b"funding" | b"housing" | b"training"
        | b"clothing" | b"bed" | b"shed" | b"hundred" | b"speed" | b"seed" | b"need" | b"family"
        | b"supply" | b"ally" | b"rally" | b"assembly" | b"belly" | b"italy" | b"bully"
        | b"anomaly" => true,
        _ => false,
    }
}

/// Words that cannot be inside the counted noun phrase; `w` is lowercased.
#[inline]
pub fn is_stop(w: &[u8]) -> bool {
    STOP_SHAPES.may_hold(w) && STOP_SET.contains(w)
}

/// The words of [`is_stop`].
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    // prepositions
    "of", "in", "on", "at", "to", "for", "from", "with", "by", "off", "over",
    "under", "across", "into", "onto", "near", "after", "before", "during",
    "since", "against", "between", "among", "per", "about", "around", "through",
    "within", "without", "along", "aboard", "including", "like", "than", "as",
    "toward", "towards", "upon", "inside", "outside", "amid", "behind", "beyond",
    "via", "until", "despite",
    // conjunctions and relatives
    "and", "or", "but", "nor", "that", "which", "who", "whom", "whose",
    "while", "when", "where", "because", "if", "so", "yet", "though",
    // determiners and pronouns
    "the", "a", "an", "this", "these", "those", "their", "its", "his", "her",
    "our", "your", "my", "it", "they", "them", "we", "us", "he", "she", "i",
    "you", "each", "apiece", "others", "more", "less", "fewer", "times",
    // auxiliaries and common verbs
    "have", "has", "had", "were", "was", "been", "are", "is", "be", "being",
    "will", "would", "could", "can", "may", "might", "must", "should", "shall",
    "did", "do", "does", "said", "says", "say", "told", "died", "remain",
    "remained", "came", "went", "got", "made", "took", "left", "fled",
    "met", "flew", "held", "lost", "saw", "fell", "rose", "hit", "led", "sent",
    "spent", "paid", "found", "kept", "knew", "began", "ran", "struck", "sought",
    "brought", "bought", "fought", "thought", "caught", "stood", "sat", "wrote",
    "spoke", "broke", "chose", "drove", "grew", "threw", "drew", "shot", "put",
    "let", "quit", "beat", "won", "became", "become", "get", "gets", "lay",
    "sank", "fly", "stay", "stayed", "set",
    "face", "faces", "need", "needs", "want", "wants", "gave",
    // adverbs and particles
    "not", "also", "still", "now", "then", "already", "only", "just", "even",
    "ago", "later", "earlier", "too", "there", "here", "again",
    "overnight", "today", "yesterday", "tomorrow", "tonight", "nationwide",
    "worldwide", "abroad", "away", "back", "ahead", "alone", "together",
    "instead", "home", "last", "next", "every", "respectively", "altogether", "total", "overall", "all", "both", "percent",
];

/// Their shapes, which turn away most nouns of a phrase before the hash probe.
const STOP_SHAPES: Shapes = Shapes::of(STOP_WORDS);

/// The stop words as a set: every caller passes a word already lowercased.
static STOP_SET: ExactWords = ExactWords::of(STOP_WORDS);

/// Determiners skipped before the counted phrase, lowercased.
fn is_determiner(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"its"
            | b"their"
            | b"his"
            | b"her"
            | b"our"
            | b"my"
            | b"your"
            | b"these"
            | b"those"
            | b"this"
            | b"that"
            | b"all"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_core::Document;

    /// The head counted by the number that is the token at `number`.
    fn counted(text: &str, number: &str) -> Option<String> {
        let doc = Document::new("t", text).unwrap();
        let lower = doc.text().to_ascii_lowercase();
        let t = Tokens::new(doc.text(), &lower, doc.tokens(), 0, doc.tokens().len());
        let i = doc.token_at_or_after(text.find(number).unwrap());
        let end = doc.token_at_or_after(text.find(number).unwrap() + number.len());
        head(&t, i, end, false).map(|(h, _)| t.text(h).to_string())
    }

    #[test]
    fn head_is_the_last_noun_before_a_preposition() {
        assert_eq!(
            counted("carried out eight deadly strikes on vessels", "eight").as_deref(),
            Some("strikes")
        );
        assert_eq!(
            counted(
                "said 2,400 Soviet-era Strela-M surface-to-air missiles have been moved",
                "2,400"
            )
            .as_deref(),
            Some("missiles")
        );
        assert_eq!(
            counted("sank more than 30 boats off the coast", "30").as_deref(),
            Some("boats")
        );
    }

    #[test]
    fn head_follows_of_and_stops_at_a_participle() {
        assert_eq!(
            counted(
                "guarded by tens of thousands of soldiers deployed near",
                "tens of thousands"
            )
            .as_deref(),
            Some("soldiers")
        );
        assert_eq!(
            counted("dozens of roads were closed", "dozens").as_deref(),
            Some("roads")
        );
        assert_eq!(
            counted("20 of the villages burned", "20").as_deref(),
            Some("villages")
        );
    }

    #[test]
    fn noun_before_of_when_nothing_follows() {
        assert_eq!(
            counted("before a crowd of 51,200.", "51,200").as_deref(),
            Some("crowd")
        );
        assert_eq!(counted("the toll rose to 40.", "40"), None);
        assert_eq!(counted("they had 40 in all", "40"), None);
        assert_eq!(counted("Sale 31 Wasps 33", "31"), None);
        assert_eq!(counted("and 3,500 injured.", "3,500"), None);
        assert_eq!(counted("21 of the state's 35 districts", "21"), None);
        assert_eq!(
            counted("cut off 40,000 ethnic Serbs from", "40,000").as_deref(),
            Some("Serbs")
        );
        assert_eq!(
            counted("half the victims were", "half").as_deref(),
            Some("victims")
        );
        assert_eq!(
            counted("about a fifth of the world's oil.", "a fifth").as_deref(),
            Some("oil")
        );
    }
}
