//! Full or partial: is the quotation the speaker's own sentence(s), or a fragment woven into the
//! reporter's sentence?
//!
//! Full needs both a place where an utterance can start (the start of a sentence, after a colon,
//! right after a reporting cue, `said,` / `said that` / `according to X,`) and an end where it is
//! complete (punctuation inside the closing mark, or the sentence or an attribution right after
//! it). Everything else is partial: `expressed "serious concern" over`, `as a "strategic ally"`,
//! `insisted on its "commitment ..."` (even when a final period sits inside the marks).

use crate::lexicon;
use crate::marks::Quotation;
use crate::phrase::bytes;
use lede_core::{Case, Document, TokenKind};

/// The verdict and the rule that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fullness {
    /// Whether the quotation is a fragment of the reporter's sentence.
    pub partial: bool,
    /// The rule that decided.
    pub reason: &'static str,
}

/// How many tokens may stand between a cue and the comma or "that" before a quotation
/// ("said on Tuesday that").
const CUE_TO_LINK: usize = 4;

fn is_cue_word(doc: &Document, t: usize) -> bool {
    let token = &doc.tokens()[t];
    token.kind == TokenKind::Word && token.case == Case::Lower && lexicon::is_cue(bytes(doc, t))
}

/// Whether a cue (or "according to …") closely precedes the link word at token `link`.
fn cue_leads_to(doc: &Document, link: usize, floor: usize) -> bool {
    let from = link.saturating_sub(CUE_TO_LINK).max(floor);
    if (from..link).any(|t| is_cue_word(doc, t)) {
        return true;
    }
    // "According to Berg, …": the comma closes the source phrase.
    let sentence_start = doc.sentences()[doc.sentence_of(link)]
        .tokens
        .start
        .max(floor);
    let from = link.saturating_sub(16).max(sentence_start);
    (from..link)
        .rev()
        .take_while(|&t| bytes(doc, t) != b",")
        .any(|t| bytes(doc, t).eq_ignore_ascii_case(b"according"))
}

/// Where the quotation opens: `Some(rule)` where an utterance can start.
fn utterance_start(doc: &Document, q: &Quotation) -> Option<&'static str> {
    let paragraph = &doc.paragraphs()[q.paragraph];
    if q.open == paragraph.tokens.start {
        return Some("opens the paragraph");
    }
    let before = q.open - 1;
    let floor = paragraph.tokens.start;
    let previous = doc.token_text(before);
    let is_close_after_terminal = before > floor
        && matches!(previous, "\"" | "”" | "’" | "'" | "»")
        && lexicon::TERMINALS.contains(&doc.token_text(before - 1));
    if lexicon::TERMINALS.contains(&previous) || is_close_after_terminal {
        return Some("opens a sentence");
    }
    match previous {
        ":" => Some("follows a colon"),
        "," | "that" if cue_leads_to(doc, before, floor) => Some("follows a reporting cue"),
        _ if is_cue_word(doc, before) => {
            let content = doc.span_text(q.content);
            content
                .starts_with(char::is_uppercase)
                .then_some("follows a reporting cue")
        }
        _ => None,
    }
}

/// Whether the quotation ends where an utterance can end.
fn utterance_end(doc: &Document, q: &Quotation, attributed_after: bool) -> bool {
    let Some(close) = q.close else {
        return true;
    };
    let content = doc.span_text(q.content);
    if content.ends_with(['.', ',', '!', '?', '…', ';', ':', '—', '–']) || attributed_after {
        return true;
    }
    let paragraph_end = doc.paragraphs()[q.paragraph].tokens.end;
    close + 1 >= paragraph_end
        || matches!(
            doc.token_text(close + 1),
            "." | "," | ";" | ":" | "!" | "?" | ")" | "—" | "–" | "…"
        )
}

/// Judges quotation `q`; `attributed_after` says whether a cue follows its closing mark.
pub fn judge(doc: &Document, q: &Quotation, attributed_after: bool) -> Fullness {
    if q.continues_previous {
        return Fullness {
            partial: false,
            reason: "continues the quotation of the previous paragraph",
        };
    }
    match utterance_start(doc, q) {
        None => Fullness {
            partial: true,
            reason: "embedded in the reporter's sentence",
        },
        Some(_) if !utterance_end(doc, q, attributed_after) => Fullness {
            partial: true,
            reason: "the reporter's sentence goes on after it",
        },
        Some(reason) => Fullness {
            partial: false,
            reason,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks;

    fn partial(text: &str) -> Vec<bool> {
        let doc = Document::new("t", text).unwrap();
        marks::find(&doc)
            .iter()
            .map(|q| judge(&doc, q, false).partial)
            .collect()
    }

    #[test]
    fn a_quote_opening_the_paragraph_is_full() {
        assert_eq!(partial("\"We go home tonight,\" she said."), [false]);
    }

    #[test]
    fn quotes_after_colon_comma_or_that_are_full() {
        assert_eq!(partial("She said: \"We go home.\""), [false]);
        assert_eq!(partial("She said, \"We go home.\""), [false]);
        assert_eq!(partial("She said on Monday that \"we go home.\""), [false]);
        assert_eq!(partial("According to Berg, \"nobody knew.\""), [false]);
    }

    #[test]
    fn fragments_inside_the_sentence_are_partial() {
        assert_eq!(
            partial("They voiced \"deep worry\" over the plan and called it a “cheap trick\"."),
            [true, true]
        );
        assert_eq!(
            partial("The club insisted on its \"loyalty to the town.\""),
            [true]
        );
    }

    #[test]
    fn that_after_a_non_reporting_verb_is_partial() {
        assert_eq!(
            partial(
                "She said the fences were built to ensure that \"nobody climbs in,\" he added."
            ),
            [true]
        );
    }

    #[test]
    fn lowercase_object_of_a_cue_is_partial() {
        assert_eq!(
            partial("Berg reaffirmed \"full support for the fans\" on Sunday."),
            [true]
        );
        assert_eq!(partial("Berg said \"We will win.\""), [false]);
    }

    #[test]
    fn scare_quotes_at_a_sentence_start_are_partial() {
        assert_eq!(partial("\"Green deals\" are popular."), [true]);
    }

    #[test]
    fn continued_paragraphs_are_full() {
        assert_eq!(
            partial("\"We trained hard.\n\"And we won,\" she said."),
            [false, false]
        );
    }
}
