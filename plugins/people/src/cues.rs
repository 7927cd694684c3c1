//! Context cues around a run of capitalised words: titles before it, vessels, the building or
//! award noun after it, reporting verbs, apposition, photo credits and bylines.

use crate::lexicon::{
    classes, look_up_short_ascii_in, Classes, List, BREAKERS, LIST_BITS, MODIFIERS, NONNAMES,
    REPORTING, THINGS, TITLES, VEHICLES,
};
use lede_core::{Case, Document, Token, TokenKind};
use memchr::memmem;
use std::cell::{Cell, OnceCell};
use std::collections::HashSet;
use std::ops::Range;

/// A document seen through the questions the people extractor asks about its tokens.
pub(crate) struct Context<'d> {
    doc: &'d Document,
    text: &'d [u8],
    tokens: &'d [Token],
    /// What is known of each token's word, looked up on first use (0 until then): its lexicon
    /// classes in the low `LIST_BITS` bits, then the `LOOKED_UP`, `HYPHENATED` and
    /// `COMPOUND_TITLE` bits (two bytes a token: the table is cleared for every document).
    facts: Vec<Cell<u16>>,
    /// Hashes of the lowercase words of a long document, built on first use.
    lowercase_words: OnceCell<HashSet<u64>>,
}

/// Documents up to this many bytes are searched directly for a lowercase word.
const DIRECT_SEARCH_LIMIT: usize = 64 * 1024;

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Fact bits above the lexicon classes: the token's facts have been looked up.
const LOOKED_UP: u16 = 1 << LIST_BITS;
/// The word holds a hyphen (only such words can be compound titles or modifiers, "al-" names).
const HYPHENATED: u16 = 1 << (LIST_BITS + 1);
/// The word ends in a title after a hyphen ("Major-General").
const COMPOUND_TITLE: u16 = 1 << (LIST_BITS + 2);

/// Words before a place: "in", "to", "near", "neighbouring".
const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "towards",
    "toward",
    "via",
    "around",
    "throughout",
    "neighbouring",
    "neighboring",
    "downtown",
    "upper",
    "lower",
];
/// Nouns in "the port of X", "the city of X".
const PLACE_NOUNS: &[&str] = &[
    "port",
    "city",
    "town",
    "village",
    "state",
    "province",
    "region",
    "district",
    "island",
    "county",
    "capital",
    "area",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "municipality",
    "republic",
    "kingdom",
    "coast",
    "islands",
    "governorate",
    "prefecture",
    "valley",
    "river",
    "lake",
    "strait",
    "gulf",
    "sea",
    "bay",
    "peninsula",
    "oblast",
    "emirate",
    "territory",
    "department",
];
const OPENING_QUOTES: &[&str] = &["\"", "“", "«", "'", "‘"];
const CLOSING_QUOTES: &[&str] = &["\"", "”", "»", "'", "’"];
/// Determiners that make a following name a thing or a use of the name ("the Trump plan").
const DETERMINERS: &[&str] = &["the", "a", "an", "The", "A", "An"];
/// Words allowed between a comma and a role noun in apposition ("X, the former minister, ...").
const APPOSITION_FILLERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "former", "then", "acting", "now",
];

impl<'d> Context<'d> {
    pub(crate) fn new(doc: &'d Document) -> Context<'d> {
        Context {
            doc,
            text: doc.text().as_bytes(),
            tokens: doc.tokens(),
            facts: vec![Cell::new(0); doc.tokens().len()],
            lowercase_words: OnceCell::new(),
        }
    }

    /// The lexicon lists token `i` belongs to (one lookup per token per document).
    #[inline]
    pub(crate) fn classes(&self, i: usize) -> Classes {
        Classes::from_bits(self.facts(i) & !(LOOKED_UP | HYPHENATED | COMPOUND_TITLE))
    }

    /// The cached facts of token `i`, looked up on first use.
    #[inline]
    fn facts(&self, i: usize) -> u16 {
        let cached = self.facts[i].get();
        if cached != 0 {
            return cached;
        }
        self.look_up(i)
    }

    /// The first [`Context::facts`] of token `i`, out of line so that cache hits stay small.
    #[inline(never)]
    fn look_up(&self, i: usize) -> u16 {
        let short = match self.token(i).kind {
            TokenKind::Word => {
                let t = self.token(i);
                look_up_short_ascii_in(self.text, t.start(), t.end())
            }
            _ => None,
        };
        // A short ASCII word without a hyphen (most words) has no fact but its lists: decided
        // here, with the rest in a function of its own so that this one stays small.
        if let Some((classes, false)) = short {
            let facts = LOOKED_UP | classes.bits();
            self.facts[i].set(facts);
            return facts;
        }
        self.look_up_rest(i, short)
    }

    /// [`Context::look_up`] of a token that is no short ASCII word without a hyphen (`short`
    /// holds what the packed lookup found, if anything).
    #[inline(never)]
    fn look_up_rest(&self, i: usize, short: Option<(Classes, bool)>) -> u16 {
        let bytes = self.bytes(i);
        let (classes, hyphenated) = match (short, self.token(i).kind) {
            (Some(found), _) => found,
            (None, TokenKind::Word) => (classes(self.word(i)), bytes.contains(&b'-')),
            (None, _) => (Classes::default(), bytes.contains(&b'-')),
        };
        let mut facts = LOOKED_UP | classes.bits();
        if hyphenated {
            facts |= HYPHENATED;
            let word = self.word(i);
            let last_part = &word[word.rfind('-').expect("a hyphen") + 1..];
            if TITLES.contains(last_part) {
                facts |= COMPOUND_TITLE;
            }
        }
        self.facts[i].set(facts);
        facts
    }

    /// Whether token `i` is in `list`.
    pub(crate) fn has(&self, i: usize, list: List) -> bool {
        i < self.len() && self.classes(i).has(list)
    }

    /// Whether token `i` is a title word, also as the last part of a compound ("Minister",
    /// "Major-General").
    pub(crate) fn is_title(&self, i: usize) -> bool {
        i < self.len() && (self.classes(i).has(TITLES) || self.facts(i) & COMPOUND_TITLE != 0)
    }

    /// Whether token `i` is a title word (as [`Context::is_title`]) or in one of `lists`: one
    /// read of its facts answers both.
    #[inline]
    pub(crate) fn is_title_or_in(&self, i: usize, lists: &[List]) -> bool {
        i < self.len() && {
            let facts = self.facts(i);
            let classes = Classes::from_bits(facts);
            facts & COMPOUND_TITLE != 0 || classes.has(TITLES) || classes.any(lists)
        }
    }

    /// Whether the word of token `i` holds a hyphen.
    pub(crate) fn is_hyphenated(&self, i: usize) -> bool {
        self.facts(i) & HYPHENATED != 0
    }

    /// The document.
    pub(crate) fn doc(&self) -> &'d Document {
        self.doc
    }

    pub(crate) fn token(&self, i: usize) -> &'d Token {
        &self.tokens[i]
    }

    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text of token `i`.
    pub(crate) fn word(&self, i: usize) -> &'d str {
        // `Document::token_text`, written here so that it inlines (it is not `#[inline]` in core).
        let t = self.token(i);
        &self.doc.text()[t.start()..t.end()]
    }

    /// The bytes of token `i`: for comparisons, which need no char boundary checks.
    pub(crate) fn bytes(&self, i: usize) -> &'d [u8] {
        let t = self.token(i);
        &self.text[t.start()..t.end()]
    }

    pub(crate) fn case(&self, i: usize) -> Case {
        self.token(i).case
    }

    /// The text from the first to the last token of `range`.
    pub(crate) fn text_of(&self, range: Range<usize>) -> &'d str {
        let start = self.token(range.start).start();
        let end = self.token(range.end - 1).end();
        &self.doc.text()[start..end]
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        i < self.len() && {
            let bytes = self.bytes(i);
            words.iter().any(|w| w.as_bytes() == bytes)
        }
    }

    fn lower_in(&self, i: usize, list: List) -> bool {
        i < self.len() && self.case(i) == Case::Lower && self.has(i, list)
    }

    /// Whether the word of token `i` also appears in lowercase in the document ("Analysts").
    /// Short documents are searched directly; long ones get a set of their lowercase words once,
    /// so the cost stays linear in the document. (Not cached per token: each is asked about at
    /// most once or twice.)
    pub(crate) fn is_lowercase_elsewhere(&self, i: usize) -> bool {
        let word = self.word(i);
        // ASCII words (nearly all) are lowercased on the stack, not in a new String.
        let mut stack = [0u8; 32];
        let heap;
        let lower: &[u8] = match stack.get_mut(..word.len()) {
            Some(buf) if word.is_ascii() => {
                buf.copy_from_slice(word.as_bytes());
                buf.make_ascii_lowercase();
                buf
            }
            _ => {
                heap = word.to_lowercase();
                heap.as_bytes()
            }
        };
        let text = self.doc.text();
        if text.len() > DIRECT_SEARCH_LIMIT {
            let words = self.lowercase_words.get_or_init(|| {
                (0..self.len())
                    .filter(|&t| {
                        self.token(t).kind == TokenKind::Word && self.case(t) == Case::Lower
                    })
                    .map(|t| fnv1a(self.word(t).as_bytes()))
                    .collect()
            });
            return words.contains(&fnv1a(lower));
        }
        let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        memmem::find_iter(text.as_bytes(), lower).any(|at| {
            !is_word_char(text[..at].chars().next_back())
                && !is_word_char(text[at + lower.len()..].chars().next())
        })
    }

    /// Where the text resumes after a possessive ending at `end` ("Putin's", "Putin 's").
    fn skip_possessive(&self, end: usize) -> usize {
        match self.tokens.get(end).map(|t| t.kind) {
            Some(TokenKind::Possessive) => end + 1,
            // Only punctuation can be an apostrophe: a word after the name is compared with none.
            Some(TokenKind::Punct) if self.is(end, &["'", "’"]) && self.is(end + 1, &["s"]) => {
                end + 2
            }
            _ => end,
        }
    }

    /// "... Morozova's Mansion", "Nobel Prize": a capitalised institution noun follows.
    pub(crate) fn thing_follows(&self, end: usize) -> bool {
        let next = self.skip_possessive(end);
        next < self.len()
            && self.token(next).kind == TokenKind::Word
            && self.case(next) != Case::Lower
            && self.has(next, THINGS)
    }

    /// "the aircraft carrier Gerald R. Ford", "USS ...", "Operation ...".
    pub(crate) fn is_vessel(&self, run: &Range<usize>, floor: usize) -> bool {
        // Only a word can be a vehicle: punctuation before the run (often) is not looked up.
        (run.start > floor
            && self.token(run.start - 1).kind == TokenKind::Word
            && self.has(run.start - 1, VEHICLES))
            || (run.len() > 1 && self.has(run.start, VEHICLES))
    }

    /// "the Gerald Ford", "a Trump supporter".
    pub(crate) fn is_determined(&self, start: usize, floor: usize) -> bool {
        start > floor && self.is(start - 1, DETERMINERS)
    }

    /// "the Marc Duval case": a name used as a modifier of the lowercase noun after it (not a
    /// verb: "the Gerald R. Ford would stay").
    pub(crate) fn is_attributive(&self, end: usize) -> bool {
        end < self.len()
            && self.token(end).kind == TokenKind::Word
            && self.case(end) == Case::Lower
            && !self.classes(end).any(&[BREAKERS, REPORTING])
    }

    /// "in X", "to X", "the port of X", "Gujarat, X": a place is named here.
    pub(crate) fn in_place_context(&self, name: &Range<usize>, floor: usize) -> bool {
        if name.start <= floor {
            return false;
        }
        let prev = name.start - 1;
        (self.case(prev) == Case::Lower && self.is(prev, LOCATIVES))
            || (prev > floor
                && self.is(prev, &["of"])
                && self.case(prev - 1) == Case::Lower
                && self.is(prev - 1, PLACE_NOUNS))
            || (prev > floor
                && self.is(prev, &[",", "and"])
                && self.has(prev - 1, NONNAMES)
                && self.continues_list(name.end))
    }

    /// Whether the name at `end` goes on a list ("Gujarat, Tamil Nadu, Tiruppur").
    fn continues_list(&self, end: usize) -> bool {
        end >= self.len() || self.is(end, &[",", "and", ".", ";"])
    }

    /// «"Cool Britannia"»: a name-shaped phrase in quotation marks is a label.
    pub(crate) fn is_quoted(&self, name: &Range<usize>) -> bool {
        name.start > 0
            && self.is(name.start - 1, OPENING_QUOTES)
            && self.is(name.end, CLOSING_QUOTES)
    }

    /// "Danube Shield 26 will sail", "Independence 200 drills": a number right after, then text,
    /// names a thing (in results tables, "Ann Lee 71 75" or "Ann Lee 87th )", it does not).
    pub(crate) fn number_follows(&self, end: usize) -> bool {
        end < self.len()
            && self.token(end).kind == TokenKind::Number
            && (end + 1 >= self.len()
                || self.case(end + 1) == Case::Lower
                || self.is(end + 1, &[".", ",", "\"", "”"]))
    }

    /// "( Norway )" or "(Norway)" right after a name, as in results tables.
    pub(crate) fn place_in_brackets(&self, end: usize) -> bool {
        self.is(end, &["("])
            && end + 2 < self.len()
            && self.has(end + 1, NONNAMES)
            && self.is(end + 2, &[")"])
    }

    /// "the late Hugo Chávez".
    #[inline]
    pub(crate) fn after_late(&self, start: usize, floor: usize) -> bool {
        start > floor + 1 && self.is(start - 1, &["late"]) && self.is(start - 2, DETERMINERS)
    }

    /// A title written after "of": "Minister of Foreign Affairs Tadesse Gebremariam" — returns the
    /// title and how many words of the run belong to it.
    pub(crate) fn title_of_continuation(
        &self,
        run: Range<usize>,
        floor: usize,
    ) -> Option<(&'d str, usize)> {
        if run.start < floor + 2
            || !self.is(run.start - 1, &["of"])
            || !self.is_title(run.start - 2)
        {
            return None;
        }
        let skip = (run.start..run.end - 1)
            .take_while(|&i| self.has(i, MODIFIERS))
            .count();
        (skip > 0).then(|| (self.text_of(run.start - 2..run.start + skip), skip))
    }

    /// A lowercase or acronym role right before the name, or before a comma: "spokesman X",
    /// "counterpart, X", "Apple CEO X".
    pub(crate) fn title_before(&self, start: usize, sentence_start: usize) -> Option<&'d str> {
        let mut head = start.checked_sub(1)?;
        if self.is(head, &[","]) {
            head = head.checked_sub(1)?;
        }
        let acronym = self.case(head) == Case::Upper && self.has(head, TITLES);
        if head < sentence_start || !(self.lower_in(head, TITLES) || acronym) {
            return None;
        }
        let mut first = head;
        while first > sentence_start
            && (self.lower_in(first - 1, MODIFIERS) || self.lower_in(first - 1, TITLES))
        {
            first -= 1;
        }
        Some(self.text_of(first..head + 1))
    }

    /// A role after a comma: "X, Director of ...", "X, the former foreign minister, ..." — but
    /// not the title of the next name ("the port of Sines, Infrastructure Minister Helena ...").
    pub(crate) fn apposition_title(&self, end: usize) -> Option<&'d str> {
        if !self.is(end, &[","]) {
            return None;
        }
        let mut i = end + 1;
        while i < self.len() && i <= end + 3 && self.is(i, APPOSITION_FILLERS) {
            i += 1;
        }
        let first = i;
        let mut last_title = None;
        while i < self.len() && i <= first + 4 && self.token(i).kind == TokenKind::Word {
            if self.is_title(i) {
                last_title = Some(i);
            } else if !self.has(i, MODIFIERS) {
                break;
            }
            i += 1;
        }
        let head = last_title?;
        let next_is_name = head + 1 < self.len()
            && self.token(head + 1).kind == TokenKind::Word
            && self.token(head + 1).is_capitalized();
        (!next_is_name).then(|| self.text_of(first..head + 1))
    }

    /// "(Tarik Osmanov/Pool Photo via AP)": a name between an opening bracket and a slash.
    pub(crate) fn is_photo_credit(&self, name: &Range<usize>, floor: usize) -> bool {
        name.start > floor
            && self.is(name.start - 1, &["("])
            && self.is(name.end, &["/"])
            && name.end + 1 < self.len()
            && self.token(name.end + 1).is_capitalized()
    }

    /// "By Jane Doe" opening a line.
    #[inline]
    pub(crate) fn is_byline(&self, start: usize) -> bool {
        start > 0
            && self.is(start - 1, &["By", "by", "BY"])
            && self.doc.paragraphs()[self.doc.paragraph_of(start - 1)]
                .tokens
                .start
                == start - 1
    }

    /// A cue right after a name: a reporting verb, "who", or an age in apposition.
    pub(crate) fn cue_after(&self, end: usize) -> Option<&'static str> {
        if self.lower_in(end, REPORTING) {
            return Some("reporting verb");
        }
        if self.is(end, &["who"]) || (self.is(end, &[","]) && self.is(end + 1, &["who"])) {
            return Some("\"who\"");
        }
        let age = |i: usize| {
            i < self.len()
                && self.token(i).kind == TokenKind::Number
                && self
                    .word(i)
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=120).contains(&n))
        };
        if self.is(end, &[","]) && age(end + 1) && self.is(end + 2, &[",", ")"]) {
            return Some("age in apposition");
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowercase_elsewhere(text: &str, word: &str) -> bool {
        let doc = Document::new("t", text).unwrap();
        let ctx = Context::new(&doc);
        let i = (0..ctx.len()).find(|&i| ctx.word(i) == word).unwrap();
        ctx.is_lowercase_elsewhere(i)
    }

    #[test]
    fn lowercase_elsewhere_in_short_and_long_documents() {
        let short = "Analysts agreed. The analysts left. Brenner stayed.";
        assert!(lowercase_elsewhere(short, "Analysts"));
        assert!(!lowercase_elsewhere(short, "Brenner"));
        let filler = "the harbour was quiet that day. ".repeat(3000);
        let long = format!("Analysts agreed. Brenner stayed. {filler} the analysts left.");
        assert!(long.len() > DIRECT_SEARCH_LIMIT);
        assert!(lowercase_elsewhere(&long, "Analysts"));
        assert!(!lowercase_elsewhere(&long, "Brenner"));
    }

    #[test]
    fn compound_titles() {
        let doc = Document::new("t", "Major-General Karl-Heinz Brandt spoke.").unwrap();
        let ctx = Context::new(&doc);
        assert!(ctx.is_title(0));
        assert!(!ctx.is_title(1));
    }

    #[test]
    fn place_context_cues() {
        let doc = Document::new(
            "t",
            "Ships sailed to Port Vell, and the port of Ras Kelbani.",
        )
        .unwrap();
        let ctx = Context::new(&doc);
        let at = |w: &str| (0..ctx.len()).find(|&i| ctx.word(i) == w).unwrap();
        assert!(ctx.in_place_context(&(at("Port")..at("Vell") + 1), 0));
        assert!(ctx.in_place_context(&(at("Ras")..at("Kelbani") + 1), 0));
        assert!(!ctx.in_place_context(&(at("Ships")..at("Ships") + 1), 0));
    }
}
