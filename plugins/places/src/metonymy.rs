//! Metonymy: a country or capital standing for its government ("Moscow said", "Washington has
//! accused Caracas").

use crate::gazetteer::{Kind, Place};
use lede_core::{Document, TokenKind};

/// Verbs of saying and state action whose subject or object is a government. A match, not a
/// search of a sorted list: it compiles to a switch on the length and word compares.
#[rustfmt::skip]
fn is_government_verb(word: &str) -> bool {
    matches!(
        word,
        "accuse" | "accused" | "accuses" | "acted" | "acts" | "agree" | "agreed" | "agrees" |
        "announce" | "announced" | "announces" | "approved" | "approves" | "back" | "backed" |
        "backs" | "blame" | "blamed" | "blames" | "called" | "calls" | "claim" | "claimed" |
        "claims" | "condemn" | "condemned" | "condemns" | "confirm" | "confirmed" | "confirms" |
        "criticise" | "criticised" | "criticize" | "criticized" | "decided" | "decides" |
        "declared" | "demand" | "demanded" | "demands" | "denied" | "denies" | "denounced" |
        "denounces" | "deny" | "deploy" | "deployed" | "deploys" | "expelled" | "imposed" |
        "insist" | "insisted" | "insists" | "launched" | "launches" | "ordered" | "pledged" |
        "pressured" | "protested" | "recognise" | "recognised" | "recognize" | "recognized" |
        "refuse" | "refused" | "refuses" | "reject" | "rejected" | "rejects" | "respond" |
        "responded" | "responds" | "resumed" | "resumes" | "retaliated" | "said" | "sanction" |
        "sanctioned" | "say" | "says" | "send" | "sends" | "sent" | "sign" | "signed" | "signs" |
        "stated" | "summoned" | "supported" | "supports" | "threaten" | "threatened" |
        "threatens" | "urge" | "urged" | "urges" | "vow" | "vowed" | "vows" | "wants" | "warn" |
        "warned" | "warns" | "welcome" | "welcomed" | "welcomes"
    )
}

/// Verbs whose object is a government when it is a capital or country ("accused Caracas"). A
/// match, like the next one: it compiles to a switch on the length and word compares.
fn is_object_verb(word: &str) -> bool {
    matches!(
        word,
        "accused"
            | "accuses"
            | "accusing"
            | "blamed"
            | "condemned"
            | "criticised"
            | "criticized"
            | "pressured"
            | "sanctioned"
            | "urged"
            | "warned"
    )
}

/// Auxiliaries and adverbs allowed between the subject and its verb.
#[rustfmt::skip]
fn may_come_between(word: &str) -> bool {
    matches!(
        word,
        "already" | "also" | "again" | "could" | "did" | "does" | "had" | "has" | "have" | "is" |
        "may" | "might" | "must" | "never" | "not" | "now" | "officially" | "reportedly" |
        "repeatedly" | "should" | "still" | "was" | "will" | "would"
    )
}

fn lower_word(doc: &Document, i: usize) -> Option<&str> {
    let t = doc.tokens().get(i)?;
    (t.kind == TokenKind::Word).then(|| doc.token_text(i))
}

/// "of" comes before the mention, maybe across a coordination: "of Brazil and Colombia"
/// (looked for at most 12 tokens back, so long capitalised runs stay linear).
fn after_of(doc: &Document, first: usize) -> bool {
    let mut k = first;
    while k > 0 && k + 12 > first {
        k -= 1;
        match doc.token_text(k) {
            "of" => return true,
            "and" | "," => {}
            _ if doc.tokens()[k].is_capitalized() => {}
            _ => return false,
        }
    }
    false
}

/// Whether the mention at tokens `first..=last` of `place` stands for its government.
pub fn is_metonymic(doc: &Document, first: usize, last: usize, place: Place) -> bool {
    if !(matches!(place.kind(), Kind::Country | Kind::Other) || place.is_capital()) {
        return false;
    }
    let mut k = last + 1;
    let mut subject = false;
    while let Some(w) = lower_word(doc, k) {
        if is_government_verb(w) {
            subject = true;
            break;
        }
        if !may_come_between(w) || k > last + 3 {
            break;
        }
        k += 1;
    }
    // "the governments of Brazil and Colombia have called": the place completes a noun. Looked
    // for last, as most mentions have no verb of government around them.
    (subject || first > 0 && lower_word(doc, first - 1).is_some_and(is_object_verb))
        && !after_of(doc, first)
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
        assert!(!flagged(
            "The leaders of Brazil and Colombia have called for calm.",
            "Colombia"
        ));
    }
}
