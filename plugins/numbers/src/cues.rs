//! Approximation cues written before a number: "more than", "nearly", "an estimated", "up to".

use crate::item::Approximation::{self, *};
use crate::tokens::Tokens;

/// Cues, longest first so "no more than" wins over "more than".
const CUES: &[(&[&str], Approximation)] = &[
    (&["no", "more", "than"], AtMost),
    (&["no", "fewer", "than"], AtLeast),
    (&["no", "less", "than"], AtLeast),
    (&["not", "more", "than"], AtMost),
    (&["as", "many", "as"], UpTo),
    (&["as", "much", "as"], UpTo),
    (&["in", "excess", "of"], MoreThan),
    (&["a", "maximum", "of"], AtMost),
    (&["a", "minimum", "of"], AtLeast),
    (&["just", "shy", "of"], Nearly),
    (&["just", "more", "than"], MoreThan),
    (&["slightly", "more", "than"], MoreThan),
    (&["a", "little", "over"], MoreThan),
    (&["just", "less", "than"], LessThan),
    (&["slightly", "less", "than"], LessThan),
    (&["more", "than"], MoreThan),
    (&["less", "than"], LessThan),
    (&["fewer", "than"], LessThan),
    (&["at", "least"], AtLeast),
    (&["at", "most"], AtMost),
    (&["up", "to"], UpTo),
    (&["just", "over"], MoreThan),
    (&["well", "over"], MoreThan),
    (&["just", "above"], MoreThan),
    (&["well", "above"], MoreThan),
    (&["just", "under"], LessThan),
    (&["just", "below"], LessThan),
    (&["close", "to"], Nearly),
    (&["an", "estimated"], About),
    (&["upwards", "of"], MoreThan),
    (&["upward", "of"], MoreThan),
    (&["nearly"], Nearly),
    (&["almost"], Nearly),
    (&["about"], About),
    (&["around"], About),
    (&["roughly"], About),
    (&["approximately"], About),
    (&["approx."], About),
    (&["some"], About),
    (&["estimated"], About),
    (&["circa"], About),
    (&["~"], About),
    (&["over"], MoreThan),
    (&["above"], MoreThan),
    (&["exceeding"], MoreThan),
    (&["under"], LessThan),
    (&["below"], LessThan),
];

/// The cue that ends right before token `first`, starting no earlier than `floor`: its
/// approximation and its first token.
pub fn before(t: &Tokens, first: usize, floor: usize) -> Option<(Approximation, usize)> {
    // Every cue ends with one of a few words: the token right before the number, lowercased
    // alone, rules out most numbers before the table is read.
    let last = first.checked_sub(1).filter(|&i| i >= floor)?;
    if !ends_a_cue(t.lower(last)) {
        return None;
    }
    let before: [&str; 3] = std::array::from_fn(|k| match first.checked_sub(3 - k) {
        Some(i) if i >= floor => t.lower(i),
        _ => "",
    });
    CUES.iter().find_map(|(words, approximation)| {
        let offset = 3 - words.len();
        let start = first.checked_sub(words.len())?;
        (words.iter().zip(&before[offset..]).all(|(w, b)| w == b)
            && !(words.len() == 1 && is_particle_verb(t, start)))
        .then_some((*approximation, start))
    })
}

/// The last words of the cues.
fn ends_a_cue(word: &str) -> bool {
    matches!(
        word,
        "than"
            | "as"
            | "of"
            | "over"
            | "least"
            | "most"
            | "to"
            | "above"
            | "under"
            | "below"
            | "estimated"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "roughly"
            | "approximately"
            | "approx."
            | "some"
            | "circa"
            | "~"
            | "exceeding"
    )
}

/// "or so", "or more", "-odd" after a number.
pub fn after(t: &Tokens, end: usize) -> Option<(Approximation, usize)> {
    if t.is(end, "or") {
        if t.is(end + 1, "so") {
            return Some((About, end + 2));
        }
        if t.is(end + 1, "more") && !t.is_word(end + 2) {
            return Some((AtLeast, end + 2));
        }
    }
    None
}

/// "hand over two suspects", "bring about 20 changes": the cue word is the verb's particle.
fn is_particle_verb(t: &Tokens, cue: usize) -> bool {
    matches!(
        t.lower(cue.wrapping_sub(1)),
        "hand"
            | "handed"
            | "handing"
            | "hands"
            | "take"
            | "took"
            | "taken"
            | "taking"
            | "takes"
            | "turn"
            | "turned"
            | "turning"
            | "win"
            | "won"
            | "give"
            | "gave"
            | "given"
            | "pass"
            | "passed"
            | "bring"
            | "brought"
            | "come"
            | "came"
            | "go"
            | "went"
            | "look"
            | "looked"
            | "knocked"
            | "run"
            | "ran"
            | "tipped"
            | "fought"
            | "argue"
            | "argued"
            | "worry"
            | "worried"
            | "talk"
            | "talked"
            | "know"
            | "think"
            | "thought"
            | "care"
            | "cared"
            | "spread"
            | "scattered"
            | "set"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_core::Document;

    fn cue(text: &str) -> Option<(Approximation, String)> {
        let doc = Document::new("t", text).unwrap();
        let lower = doc.text().to_ascii_lowercase();
        let t = Tokens::new(doc.text(), &lower, doc.tokens(), 0, doc.tokens().len());
        let n = doc.tokens().len() - 1;
        before(&t, n, 0).map(|(a, s)| (a, text[t.start(s)..].to_string()))
    }

    #[test]
    fn longest_cue_wins() {
        assert_eq!(
            cue("no more than 5"),
            Some((AtMost, "no more than 5".into()))
        );
        assert_eq!(cue("more than 5"), Some((MoreThan, "more than 5".into())));
        assert_eq!(cue("as many as 5"), Some((UpTo, "as many as 5".into())));
        assert_eq!(
            cue("an estimated 5"),
            Some((About, "an estimated 5".into()))
        );
    }

    #[test]
    fn every_listed_cue_is_read() {
        for (text, want) in [
            ("nearly 5", Nearly),
            ("almost 5", Nearly),
            ("about 5", About),
            ("around 5", About),
            ("roughly 5", About),
            ("some 5", About),
            ("over 5", MoreThan),
            ("at least 5", AtLeast),
            ("up to 5", UpTo),
            ("fewer than 5", LessThan),
            ("less than 5", LessThan),
            ("just over 5", MoreThan),
        ] {
            assert_eq!(cue(text).map(|c| c.0), Some(want), "{text}");
        }
        assert_eq!(cue("they saw 5"), None);
        assert!(CUES
            .iter()
            .all(|(words, _)| ends_a_cue(words[words.len() - 1])));
        assert_eq!(cue("to hand over 5"), None);
    }
}
