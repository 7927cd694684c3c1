//! Metonymy: a country or capital standing for its government ("Moscow said", "Washington has
//! accused Caracas").

use crate::gazetteer::{Kind, Place};
use lede_core::{Document, TokenKind};

/// Verbs of saying and state action whose subject or object is a government.
const GOVERNMENT_VERBS: &[&str] = &[
    "accuse",
    "accused",
    "accuses",
    "agreed",
    "announced",
    "announces",
    "back",
    "backed",
    "backs",
    "blamed",
    "blames",
    "called",
    "calls",
    "claimed",
    "claims",
    "condemned",
    "condemns",
    "confirmed",
    "confirms",
    "criticised",
    "criticized",
    "declared",
    "demanded",
    "demands",
    "denied",
    "denies",
    "deny",
    "deployed",
    "expelled",
    "imposed",
    "insisted",
    "insists",
    "ordered",
    "pledged",
    "pressured",
    "protested",
    "recognised",
    "recognized",
    "refused",
    "rejected",
    "rejects",
    "responded",
    "retaliated",
    "said",
    "sanctioned",
    "say",
    "says",
    "signed",
    "summoned",
    "supported",
    "supports",
    "threatened",
    "threatens",
    "urged",
    "urges",
    "vowed",
    "vows",
    "wants",
    "warned",
    "warns",
    "welcomed",
    "welcomes",
];

/// Verbs whose object is a government when it is a capital or country ("accused Caracas").
const OBJECT_VERBS: &[&str] = &[
    "accused",
    "accuses",
    "accusing",
    "blamed",
    "condemned",
    "criticised",
    "criticized",
    "pressured",
    "sanctioned",
    "urged",
    "warned",
];

/// Auxiliaries and adverbs allowed between the subject and its verb.
const BETWEEN: &[&str] = &[
    "already",
    "also",
    "again",
    "could",
    "did",
    "does",
    "had",
    "has",
    "have",
    "is",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "officially",
    "reportedly",
    "repeatedly",
    "should",
    "still",
    "was",
    "will",
    "would",
];

fn lower_word(doc: &Document, i: usize) -> Option<&str> {
    let t = doc.tokens().get(i)?;
    (t.kind == TokenKind::Word).then(|| doc.token_text(i))
}

/// Whether the mention at tokens `first..=last` of `place` stands for its government.
pub fn is_metonymic(doc: &Document, first: usize, last: usize, place: Place) -> bool {
    if !(matches!(place.kind(), Kind::Country | Kind::Other) || place.is_capital()) {
        return false;
    }
    let mut k = last + 1;
    while let Some(w) = lower_word(doc, k) {
        if GOVERNMENT_VERBS.contains(&w) {
            return true;
        }
        if !BETWEEN.contains(&w) || k > last + 3 {
            break;
        }
        k += 1;
    }
    first > 0 && lower_word(doc, first - 1).is_some_and(|w| OBJECT_VERBS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::lookup;

    fn flagged(text: &str, word: &str) -> bool {
        let doc = Document::new("t", text).unwrap();
        let i = (0..doc.tokens().len())
            .find(|&i| doc.token_text(i) == word)
            .unwrap();
        let place = lookup(word).unwrap().places().next().unwrap();
        is_metonymic(&doc, i, i, place)
    }

    #[test]
    fn capital_as_subject_of_saying_is_metonymic() {
        assert!(flagged("Moscow said the ships would stay.", "Moscow"));
        assert!(flagged(
            "Washington has repeatedly accused Caracas of fraud.",
            "Washington"
        ));
        assert!(flagged(
            "Washington has repeatedly accused Caracas of fraud.",
            "Caracas"
        ));
    }

    #[test]
    fn capital_as_a_location_is_not_metonymic() {
        assert!(!flagged("The ships reached Caracas on Monday.", "Caracas"));
        assert!(!flagged("Moscow is cold in winter.", "Moscow"));
    }
}
