//! Approximation cues written before a number: "more than", "nearly", "an estimated", "up to".

use crate::item::Approximation::{self, *};
use crate::tokens::Tokens;

/// A cue: the words before its last one, and the approximation it makes.
type Cue = (&'static [&'static str], Approximation);

/// The cue made by a word alone that means "about".
const ABOUT: &[Cue] = &[(&[], About)];

word_table! {
    /// The cues ending with the word `last`, longest first so "no more than" wins over "more
    /// than".
    fn cues_ending_with(last: &[u8]) -> &'static [Cue] {
        b"than" => &[
            (&["no", "more"], AtMost),
            (&["no", "fewer"], AtLeast),
            (&["no", "less"], AtLeast),
            (&["not", "more"], AtMost),
            (&["just", "more"], MoreThan),
            (&["slightly", "more"], MoreThan),
            (&["just", "less"], LessThan),
            (&["slightly", "less"], LessThan),
            (&["more"], MoreThan),
            (&["less"], LessThan),
            (&["fewer"], LessThan),
        ],
        b"as" => &[(&["as", "many"], UpTo), (&["as", "much"], UpTo)],
        b"of" => &[
            (&["in", "excess"], MoreThan),
            (&["a", "maximum"], AtMost),
            (&["a", "minimum"], AtLeast),
            (&["just", "shy"], Nearly),
            (&["upwards"], MoreThan),
            (&["upward"], MoreThan),
        ],
        b"over" => &[
            (&["a", "little"], MoreThan),
            (&["just"], MoreThan),
            (&["well"], MoreThan),
            (&[], MoreThan),
        ],
        b"least" => &[(&["at"], AtLeast)],
        b"most" => &[(&["at"], AtMost)],
        b"to" => &[(&["up"], UpTo), (&["close"], Nearly)],
        b"above" => &[
            (&["just"], MoreThan),
            (&["well"], MoreThan),
            (&[], MoreThan),
        ],
        b"under" => &[(&["just"], LessThan), (&[], LessThan)],
        b"below" => &[(&["just"], LessThan), (&[], LessThan)],
        b"estimated" => &[(&["an"], About), (&[], About)],
        b"nearly" | b"almost" => &[(&[], Nearly)],
        b"about" | b"around" | b"roughly" | b"approximately" | b"some" | b"circa" => ABOUT,
        b"exceeding" => &[(&[], MoreThan)],
        _ => match last {
            b"approx." | b"~" => ABOUT,
            _ => &[],
        },
    }
}

/// The cue that ends right before token `first`, starting no earlier than `floor`: its
/// approximation and its first token.
pub fn before(t: &Tokens, first: usize, floor: usize) -> Option<(Approximation, usize)> {
    // The word right before the number picks the few cues it can end; most words end none.
    let last = first.checked_sub(1).filter(|&i| i >= floor)?;
    let cues = cues_ending_with(t.lower(last));
    if cues.is_empty() {
        return None;
    }
    let word = |back: usize| match last.checked_sub(back) {
        Some(i) if i >= floor => t.lower(i),
        _ => &[],
    };
    // The word before `last` turns away most cues; the one before it is read only if needed.
    let previous = word(1);
    cues.iter().find_map(|&(words, approximation)| {
        // A cue has at most three words: `last`, `previous` and the one before.
        debug_assert!(words.len() <= 2, "{words:?}");
        let matched = words.last().is_none_or(|&next| next.as_bytes() == previous)
            && (words.len() < 2 || words[0].as_bytes() == word(2));
        if !matched {
            return None;
        }
        // A matched word lies at or after `floor`, so this does not underflow.
        let start = last - words.len();
        (!words.is_empty() || !is_particle_verb(t, start)).then_some((approximation, start))
    })
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
        b"hand"
            | b"handed"
            | b"handing"
            | b"hands"
            | b"take"
            | b"took"
            | b"taken"
            | b"taking"
            | b"takes"
            | b"turn"
            | b"turned"
            | b"turning"
            | b"win"
            | b"won"
            | b"give"
            | b"gave"
            | b"given"
            | b"pass"
            | b"passed"
            | b"bring"
            | b"brought"
            | b"come"
            | b"came"
            | b"go"
            | b"went"
            | b"look"
            | b"looked"
            | b"knocked"
            | b"run"
            | b"ran"
            | b"tipped"
            | b"fought"
            | b"argue"
            | b"argued"
            | b"worry"
            | b"worried"
            | b"talk"
            | b"talked"
            | b"know"
            | b"think"
            | b"thought"
            | b"care"
            | b"cared"
            | b"spread"
            | b"scattered"
            | b"set"
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
        assert_eq!(cue("to hand over 5"), None);
    }
}
