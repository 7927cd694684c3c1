//! Finding the reporting cue of a quotation and the phrase that names its speaker.
//!
//! Shapes read after the quotation: `"…," X said` / `"…," said X` / `"…," X, the coach, said`.
//! Shapes read before it, in its sentence: `X said: "…"` / `X said that "…"` / `X said, "…"` /
//! `According to X, "…"` / `X reaffirmed "…"` / `X insisted on its "…"` / `…, declaring "…"`
//! (a participle's subject is the clause's subject). Every search reads a bounded number of
//! tokens, so attribution stays linear in the document.

use crate::lexicon;
use crate::marks::Quotation;
use crate::phrase::{self, bytes, Phrase};
use lede_core::{Case, Document, TokenKind};

/// A reporting cue and the phrase it attributes the quotation to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    /// Tokens `cue.0..cue.1` of the cue: "said", "told reporters", "according to"; `None`
    /// when the speaker is known without one (the subject of a sentence ending in a colon).
    pub cue: Option<(usize, usize)>,
    /// The speaker phrase, when the cue has one.
    pub speaker: Option<Phrase>,
    /// Which shape matched.
    pub shape: &'static str,
}

/// How far (in tokens) attribution searches read.
#[derive(Debug, Clone, Copy)]
pub struct Reach {
    /// Tokens between a closing mark and its cue.
    pub after: usize,
    /// Tokens between a sentence's start and an opening mark.
    pub before: usize,
}

/// Whether token `t` is a lowercase reporting cue.
pub fn is_cue_at(doc: &Document, t: usize) -> bool {
    let token = &doc.tokens()[t];
    token.kind == TokenKind::Word && token.case == Case::Lower && lexicon::is_cue(bytes(doc, t))
}

const ACCORDING: &[u8] = b"according";

/// Runs on every token a look-back passes: the length, tested where it is called, rules out
/// nearly all before a call reads the text.
#[inline]
fn is_according_to(doc: &Document, t: usize, end: usize) -> bool {
    let token = &doc.tokens()[t];
    token.end() - token.start() == ACCORDING.len() && reads_according_to(doc, t, end)
}

/// Whether token `t`, of nine bytes, and the next are "according to".
#[inline(never)]
fn reads_according_to(doc: &Document, t: usize, end: usize) -> bool {
    t + 1 < end && bytes(doc, t).eq_ignore_ascii_case(ACCORDING) && bytes(doc, t + 1) == b"to"
}

fn is_skippable_between_subject_and_verb(doc: &Document, t: usize) -> bool {
    let token = &doc.tokens()[t];
    token.kind == TokenKind::Word
        && token.case == Case::Lower
        && lexicon::is_between_subject_and_verb(bytes(doc, t))
}

/// The end of a cue starting at `t`: "told reporters" takes its object along.
fn cue_end(doc: &Document, t: usize, limit: usize) -> usize {
    if t + 1 < limit && lexicon::is_cue_object(bytes(doc, t + 1)) {
        t + 2
    } else {
        t + 1
    }
}

/// The attribution that follows the closing mark of `q` in its paragraph.
pub fn after(doc: &Document, q: &Quotation, reach: Reach) -> Option<Attribution> {
    let close = q.close?;
    let paragraph_end = doc.paragraphs()[q.paragraph].tokens.end;
    let limit = paragraph_end.min(close + 1 + reach.after);
    let mut t = close + 1;
    // A comma, or an em or en dash (UTF-8 E2 80 94 and E2 80 93).
    while t < limit && matches!(bytes(doc, t), b"," | [0xE2, 0x80, 0x93 | 0x94]) {
        t += 1;
    }
    if t >= limit {
        return None;
    }
    if is_according_to(doc, t, limit) {
        return Some(Attribution {
            cue: Some((t, t + 2)),
            speaker: according_to_source(doc, t + 2, limit),
            shape: "quote, according to speaker",
        });
    }
    if is_cue_at(doc, t) {
        let end = cue_end(doc, t, limit);
        return Some(Attribution {
            cue: Some((t, end)),
            speaker: phrase::forward(doc, end, limit),
            shape: "quote, cue, speaker",
        });
    }
    // A role noun the lexicon lacks may stand before the name: "bassist Ana Ruiz said". The
    // name must begin right after it, so a capitalized word there is tested before reading on.
    let tokens = doc.tokens();
    let lowercase_role_before_name = tokens[t].kind == TokenKind::Word
        && tokens[t].case == Case::Lower
        && t + 1 < limit
        && tokens[t + 1].is_capitalized();
    let speaker = phrase::forward(doc, t, limit).or_else(|| {
        lowercase_role_before_name
            .then(|| phrase::forward(doc, t + 1, limit))
            .flatten()
            .filter(|p| p.first == t + 1)
    })?;
    let mut v = speaker.end;
    if v < limit && bytes(doc, v) == b"," {
        // An apposition: "Eriksen, the coach, said".
        v = (v + 1..limit).find(|&i| bytes(doc, i) == b",")? + 1;
    }
    while v < limit && is_skippable_between_subject_and_verb(doc, v) {
        v += 1;
    }
    if v >= limit || !is_cue_at(doc, v) {
        return None;
    }
    let end = cue_end(doc, v, limit);
    // After a sentence ended inside the marks, a capitalized subject starts a new sentence
    // unless its cue ends that sentence: `"Why?" Eriksen asked.` but not `"…." He vowed that`.
    let sentence_ended = doc.span_text(q.content).ends_with(['.', '!', '?', '…']);
    let capitalized = doc.tokens()[t].is_capitalized();
    let cue_ends_sentence =
        end >= paragraph_end || matches!(bytes(doc, end), b"." | b"!" | b"?" | b"," | b";");
    if sentence_ended && capitalized && !cue_ends_sentence {
        return None;
    }
    // "TASS quoted Eriksen as saying": the quoted person spoke, not the agency.
    if bytes(doc, v) == b"quoted" {
        if let Some(quoted) = phrase::forward(doc, end, limit) {
            if quoted.end < limit && bytes(doc, quoted.end) == b"as" {
                return Some(Attribution {
                    cue: Some((v, quoted.end + 1)),
                    speaker: Some(quoted),
                    shape: "quote, source quoted speaker as saying",
                });
            }
        }
    }
    Some(Attribution {
        cue: Some((v, end)),
        speaker: Some(speaker),
        shape: "quote, speaker, cue",
    })
}

/// The attribution in the sentence before the opening mark of `q`: the nearest cue, with the
/// subject of its clause (or the phrase after "according to").
pub fn before(doc: &Document, q: &Quotation, reach: Reach) -> Option<Attribution> {
    before_token(doc, q.open, reach)
}

/// The attribution in the sentence before token `open` (an opening mark, or the colon ending a
/// paragraph that introduces a quotation).
pub fn before_token(doc: &Document, open: usize, reach: Reach) -> Option<Attribution> {
    let sentence = &doc.sentences()[doc.sentence_of(open)];
    let floor = sentence.tokens.start.max(open.saturating_sub(reach.before));
    let tokens = doc.tokens();
    for t in (floor..open).rev() {
        // Both shapes start at a word: the kind turns away punctuation and numbers before the
        // tests below read the token again.
        let token = &tokens[t];
        if token.kind != TokenKind::Word {
            continue;
        }
        if is_according_to(doc, t, open) {
            return Some(Attribution {
                cue: Some((t, t + 2)),
                speaker: according_to_source(doc, t + 2, open),
                shape: "according to speaker, quote",
            });
        }
        // A passive participle reports nothing: "if ships were threatened, …" (checked only at
        // a cue, which few words are).
        let passive = || {
            t > floor
                && matches!(
                    bytes(doc, t - 1),
                    b"is" | b"are" | b"was" | b"were" | b"be" | b"been" | b"being"
                )
        };
        if token.case == Case::Lower && lexicon::is_cue(bytes(doc, t)) && !passive() {
            return Some(Attribution {
                cue: Some((t, cue_end(doc, t, open))),
                speaker: subject_of(doc, t, floor),
                shape: "speaker, cue, quote",
            });
        }
    }
    None
}

/// The first phrase of the sentence holding token `t`, read no further than `limit`.
pub fn sentence_subject(doc: &Document, t: usize, limit: usize) -> Option<Phrase> {
    let sentence = &doc.sentences()[doc.sentence_of(t)];
    let floor = sentence
        .tokens
        .start
        .max(limit.saturating_sub(SUBJECT_REACH));
    main_subject(doc, floor, limit)
}

/// How many tokens back from a verb a sentence's subject is looked for.
const SUBJECT_REACH: usize = 60;

/// "According to an official statement from the Danish ministry, …": the source, skipping a
/// document that only carries it.
fn according_to_source(doc: &Document, from: usize, limit: usize) -> Option<Phrase> {
    let end = (from..limit)
        .find(|&i| bytes(doc, i) == b",")
        .unwrap_or(limit);
    let mut first_found = None;
    let mut t = from;
    while t < end {
        if let Some(p) = phrase::forward(doc, t, end) {
            let carrier = lexicon::is_statement_noun(p.head(doc)) && p.end < end;
            if !carrier {
                return Some(p);
            }
            first_found.get_or_insert(p);
            t = p.end;
        } else {
            t += 1;
        }
    }
    first_found
}

/// The subject of the reporting verb at token `cue`, reading back no further than `floor`.
fn subject_of(doc: &Document, cue: usize, floor: usize) -> Option<Phrase> {
    let participle = bytes(doc, cue).ends_with(b"ing");
    // Read only when the subject is the clause's: finding it scans the sentence so far.
    let clause = || clause_start(doc, floor, cue);
    let mut t = cue;
    while t > floor && is_skippable_between_subject_and_verb(doc, t - 1) {
        t -= 1;
    }
    // "was quoted as saying": the subject is before "quoted".
    // "TASS quoted Eriksen as saying": the quoted person.
    if participle && t >= floor + 3 && bytes(doc, t - 1) == b"as" {
        if let Some(quoted) = phrase::backward(doc, t - 2, floor) {
            if quoted.first > floor && bytes(doc, quoted.first - 1) == b"quoted" {
                return Some(quoted);
            }
        }
    }
    if participle && t >= floor + 2 && bytes(doc, t - 1) == b"as" {
        t -= 2;
        while t > floor && is_skippable_between_subject_and_verb(doc, t - 1) {
            t -= 1;
        }
    }
    // "a diplomat who described": the subject is before the relative pronoun.
    if t > floor + 1 && matches!(bytes(doc, t - 1), b"who" | b"which") {
        t -= 1;
    }
    if t == floor {
        return participle
            .then(|| main_subject(doc, clause(), cue))
            .flatten();
    }
    let last = t - 1;
    match bytes(doc, last) {
        // A verb coordinated with an earlier one shares its subject: "X met Y and said".
        b"and" | b"but" | b"then" => main_subject(doc, clause(), cue),
        b"," if participle => main_subject(doc, clause(), cue),
        b"," => {
            // An apposition: "Eriksen, the coach, said"; "his counterpart, Ole Eriksen, said".
            let opening_comma = (floor..last).rev().find(|&i| bytes(doc, i) == b",");
            let outer = opening_comma
                .filter(|&c| c > floor)
                .and_then(|c| phrase::backward(doc, c - 1, floor));
            let inner = (last > floor)
                .then(|| phrase::backward(doc, last - 1, floor))
                .flatten();
            // A bare role before the commas yields to the name between them.
            let outer_is_bare_role =
                outer.is_some_and(|o| doc.tokens()[o.end - 1].case == Case::Lower);
            let inner_is_apposition =
                inner.is_some_and(|i| Some(i.first) == opening_comma.map(|c| c + 1));
            if outer_is_bare_role && inner_is_apposition {
                return inner;
            }
            outer.or(inner).or_else(|| main_subject(doc, clause(), cue))
        }
        _ => phrase::backward(doc, last, floor).or_else(|| {
            participle
                .then(|| main_subject(doc, clause(), cue))
                .flatten()
        }),
    }
}

/// The first token of the clause holding `t`: after the last semicolon since `floor`.
fn clause_start(doc: &Document, floor: usize, t: usize) -> usize {
    (floor..t)
        .rev()
        .find(|&i| bytes(doc, i) == b";")
        .map_or(floor, |i| i + 1)
}

/// The subject of a sentence's main clause: its first speaker phrase, after an introductory
/// phrase ("In November, …", "According to reports, …").
fn main_subject(doc: &Document, floor: usize, limit: usize) -> Option<Phrase> {
    let mut t = floor;
    let introduced = t < limit && {
        let word = bytes(doc, t);
        doc.tokens()[t].kind != TokenKind::Word
            || (lexicon::is_not_name(word) && !lexicon::is_determiner(word))
    };
    if introduced {
        if let Some(comma) = (t..limit).find(|&i| bytes(doc, i) == b",") {
            t = comma + 1;
        }
    }
    while t < limit {
        let token = &doc.tokens()[t];
        // A speaker phrase starts with a capital, a pronoun or a determiner ("the ministry").
        let may_start = token.kind == TokenKind::Word
            && (token.is_capitalized()
                || lexicon::is_determiner(bytes(doc, t))
                || lexicon::is_person_pronoun(bytes(doc, t))
                || lexicon::is_group_pronoun(bytes(doc, t)));
        if may_start {
            if let Some(p) = phrase::forward(doc, t, limit) {
                return Some(p);
            }
        }
        t += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks;

    const REACH: Reach = Reach {
        after: 12,
        before: 60,
    };

    /// (cue, speaker) of the first quotation of `text`, from `after` then `before`.
    fn attribution(text: &str) -> Option<(String, Option<String>, &'static str)> {
        let doc = Document::new("t", text).unwrap();
        let q = marks::find(&doc).into_iter().next().unwrap();
        let a = after(&doc, &q, REACH).or_else(|| before(&doc, &q, REACH))?;
        let tokens = doc.tokens();
        let (from, to) = a.cue.unwrap();
        let cue = &text[tokens[from].start()..tokens[to - 1].end()];
        let speaker = a.speaker.map(|p| doc.span_text(p.span(&doc)).to_string());
        Some((cue.to_string(), speaker, a.shape))
    }

    fn speaker(text: &str) -> Option<String> {
        attribution(text).and_then(|(_, s, _)| s)
    }

    #[test]
    fn speaker_then_cue_after_the_quote() {
        assert_eq!(
            attribution("\"We are ready,\" Ole Eriksen said."),
            Some((
                "said".into(),
                Some("Ole Eriksen".into()),
                "quote, speaker, cue"
            ))
        );
        assert_eq!(
            speaker("\"We are ready,\" the Danish ministry added in its note."),
            Some("Danish ministry".into())
        );
        assert_eq!(
            speaker("\"We are ready,\" Eriksen, the club's coach, told reporters."),
            Some("Eriksen".into())
        );
    }

    #[test]
    fn cue_then_speaker_after_the_quote() {
        assert_eq!(
            attribution("\"We are ready,\" said Ole Eriksen."),
            Some((
                "said".into(),
                Some("Ole Eriksen".into()),
                "quote, cue, speaker"
            ))
        );
    }

    #[test]
    fn pronoun_speaker_is_kept_for_resolution() {
        assert_eq!(speaker("\"Not yet,\" he said."), Some("he".into()));
    }

    #[test]
    fn cue_before_the_quote_with_colon_that_or_comma() {
        assert_eq!(
            speaker("Eriksen said: \"We are ready.\""),
            Some("Eriksen".into())
        );
        assert_eq!(
            speaker("Eriksen said on Monday that \"the team is ready.\""),
            Some("Eriksen".into())
        );
        assert_eq!(
            speaker("Anna Berg told reporters, \"It is over.\""),
            Some("Anna Berg".into())
        );
        assert_eq!(
            attribution("Anna Berg told reporters, \"It is over.\"")
                .unwrap()
                .0,
            "told reporters"
        );
    }

    #[test]
    fn according_to_names_the_source_not_the_document() {
        assert_eq!(
            speaker("According to a statement from the Oslo Port Authority, \"all ships wait.\""),
            Some("Oslo Port Authority".into())
        );
        assert_eq!(
            speaker("According to Berg, \"nobody knew.\""),
            Some("Berg".into())
        );
    }

    #[test]
    fn partial_quote_speaker_is_the_subject_of_the_reporting_verb() {
        assert_eq!(
            speaker("In May, the Kremlin accused the club of \"plain theft\" again."),
            Some("Kremlin".into())
        );
        assert_eq!(
            speaker("The mayor’s office said Berg has repeatedly warned that if rain \"keeps falling, we close\" soon."),
            Some("Berg".into())
        );
    }

    #[test]
    fn participle_cue_takes_the_clause_subject() {
        assert_eq!(
            speaker("The talks ended after Coach Ole Eriksen praised the fans, calling them \"the best.\""),
            Some("Coach Ole Eriksen".into())
        );
    }

    #[test]
    fn according_to_after_the_quote() {
        assert_eq!(
            attribution("\"Ships wait,\" according to Anna Berg."),
            Some((
                "according to".into(),
                Some("Anna Berg".into()),
                "quote, according to speaker"
            ))
        );
    }

    #[test]
    fn a_source_quoting_someone_as_saying_names_the_quoted_person() {
        assert_eq!(
            speaker("\"Ships wait,\" the agency NTB quoted Berg as saying."),
            Some("Berg".into())
        );
        assert_eq!(
            speaker("NTB quoted Berg as saying \"ships wait.\""),
            Some("Berg".into())
        );
        assert_eq!(
            speaker("Berg was quoted as saying \"ships wait.\""),
            Some("Berg".into())
        );
    }

    #[test]
    fn passive_participles_are_not_cues() {
        assert_eq!(
            speaker("Berg warned that if boats were threatened, the reply \"will be swift\"."),
            Some("Berg".into())
        );
    }

    #[test]
    fn no_cue_no_attribution() {
        assert_eq!(
            attribution("The so-called \"green deal\" was signed."),
            None
        );
    }
}
