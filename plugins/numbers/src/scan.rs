//! The scan: finds each number in a paragraph, then reads outward from it: a range, what it
//! measures, a currency, a cue, and what it counts; and builds the item.

use crate::context::{self, Verdict};
use crate::core::{self, Core, Form};
use crate::counts;
use crate::cues;
use crate::item::{Approximation, Item, Kind};
use crate::lexicon;
use crate::measure::{self, After};
use crate::range::{self, Joined};
use crate::tokens::Tokens;
use crate::units::{Dimension, Unit};
use crate::Options;
use lede_core::{Document, Token, TokenKind};
use std::borrow::Cow;

/// The first phase of a document's scan: its lowercased text, and the number read at each token
/// that may start one (before any is judged: a later phase skips those inside a mention).
pub struct Read {
    lower: String,
    cores: Vec<(usize, Core)>,
}

/// Reads every number of `doc`.
pub fn read(doc: &Document) -> Read {
    let tokens = doc.tokens();
    let lower = doc.text().to_ascii_lowercase();
    let lower_bytes = lower.as_bytes();
    let mut cores = Vec::new();
    for paragraph in doc.paragraphs() {
        let t = Tokens::new(
            doc.text(),
            &lower,
            tokens,
            paragraph.tokens.start,
            paragraph.tokens.end,
        );
        let mut i = t.lo;
        // The tokens between candidates are passed over by one tight loop over the slice.
        while let Some(skipped) = tokens.get(i..t.hi).and_then(|rest| {
            rest.iter()
                .position(|token| may_start_number(lower_bytes, token))
        }) {
            i += skipped;
            cores.extend(core::read(&t, i).map(|core| (i, core)));
            i += 1;
        }
    }
    Read { lower, cores }
}

/// Every number mention of `doc`, in input order, from the numbers `read` found in it.
pub fn scan(doc: &Document, read: &Read, options: &Options) -> Vec<Item> {
    let tokens = doc.tokens();
    // News runs to about one item in 35 tokens, a dense article to one in 25: sized up front
    // for the dense ones, the list seldom grows (a growth moves every item so far).
    let mut items = Vec::with_capacity(tokens.len() / 24);
    let mut cores = read.cores.iter().peekable();
    for paragraph in doc.paragraphs() {
        let t = Tokens::new(
            doc.text(),
            &read.lower,
            tokens,
            paragraph.tokens.start,
            paragraph.tokens.end,
        );
        let mut title_case = None;
        // Numbers before `next` lie inside the mention before, and are passed over.
        let mut next = t.lo;
        let mut floor = t.lo;
        while let Some(&(at, core)) = cores.next_if(|(at, _)| *at < t.hi) {
            if at < next {
                continue;
            }
            match mention(&t, core, floor, options, &mut title_case, &mut items) {
                Some(end) => {
                    next = end;
                    floor = end;
                }
                None => next = at + 1,
            }
        }
    }
    items
}

/// Whether a token can start a number: digits, or a word from the starters' list. Runs on
/// every token, so it reads the lowercased text as bytes and skips the paragraph view's checks.
fn may_start_number(lower: &[u8], token: &Token) -> bool {
    match token.kind {
        TokenKind::Number => true,
        TokenKind::Word => lexicon::may_start_number(lower, token.start(), token.end()),
        _ => false,
    }
}

/// Reads the mention around the number `core`, pushes its item and returns the token after
/// it; `None` when the number starts before `floor`, inside the mention before.
fn mention(
    t: &Tokens,
    core: Core,
    floor: usize,
    options: &Options,
    title_case: &mut Option<bool>,
    items: &mut Vec<Item>,
) -> Option<usize> {
    if core.start < floor {
        return None;
    }
    match context::judge(t, &core, title_case) {
        Verdict::Quantity => {}
        Verdict::Drop => return Some(core.end),
        Verdict::Not(kind, why, end) => {
            return Some(not_quantity(t, &core, kind, why, end, options, items))
        }
    }
    if core.form == Form::Ordinal && !options.ordinals {
        return Some(core.end);
    }
    let mut m = Mention::new(core);
    m.sign(t, floor);
    m.currency_before(t, floor);
    let before = m.first.wrapping_sub(1);
    let between = before >= floor && t.is(before, "between");
    let from = before >= floor && t.is(before, "from");
    let from_change = from && range::is_change_before(t, before);
    match range::join(t, &core, between, from_change) {
        Joined::Alone => {}
        Joined::Range(upper, connector) => {
            m.range(upper, connector);
            if between || from {
                m.first = before;
            }
        }
        Joined::Not(kind, why, end) => {
            return Some(not_quantity(t, &core, kind, why, end, options, items))
        }
    }
    if core.form != Form::Ordinal {
        m.measure(t);
    }
    if m.is_year(t, floor) {
        return Some(not_quantity(
            t,
            &core,
            Kind::Date,
            "year",
            core.end,
            options,
            items,
        ));
    }
    m.cue(t, floor);
    let end = m.end;
    items.push(m.into_item(t));
    Some(end)
}

/// Emits a date, time or identifier when the options ask for them; returns the token after it.
fn not_quantity(
    t: &Tokens,
    core: &Core,
    kind: Kind,
    why: &'static str,
    end: usize,
    options: &Options,
    items: &mut Vec<Item>,
) -> usize {
    // "Nantes 0-2 Rennes": the figures hyphenated to a label or score belong to it.
    let mut end = end;
    while t.is_any(end, &["-", "–"]) && t.is_number(end + 1) && t.touch(end - 1, end) {
        end += 2;
    }
    if options.include_non_quantities {
        let (start, end_byte) = (t.start(core.start), t.end(end - 1));
        items.push(Item {
            text: t.slice(core.start, end).to_string(),
            start,
            end: end_byte,
            value: Some(core.value),
            kind,
            approximation: Approximation::Exact,
            min: None,
            max: None,
            unit: None,
            currency: None,
            counts: None,
            evidence: Cow::Owned(format!("not-quantity:{why}")),
        });
    }
    end
}

/// Room for the evidence of nearly every item ("digits+scale+currency-before+cue-before+
/// counts:phrase"), so that noting a rule does not grow the string.
const EVIDENCE_CAPACITY: usize = 64;

/// A number being read outward into a mention.
struct Mention {
    core: Core,
    upper: Option<Core>,
    /// First token of the mention (cue, sign or number).
    first: usize,
    /// One past its last token.
    end: usize,
    currency: Option<&'static str>,
    unit: Option<Unit>,
    percent: bool,
    approximation: Option<Approximation>,
    /// The rules that fired, joined by "+": borrowed while they make a common combination,
    /// and a string is built only for a rare one.
    evidence: Cow<'static, str>,
}

impl Mention {
    fn new(core: Core) -> Mention {
        Mention {
            core,
            upper: None,
            first: core.start,
            end: core.end,
            currency: None,
            unit: match core.form {
                Form::Unit(u) => Some(u),
                _ => None,
            },
            percent: false,
            approximation: (core.evidence == core::PLUS).then_some(Approximation::AtLeast),
            evidence: Cow::Borrowed(core.evidence),
        }
    }

    /// Records a rule that fired.
    fn note(&mut self, rule: &'static str) {
        note(&mut self.evidence, rule);
    }

    fn currency_before(&mut self, t: &Tokens, floor: usize) {
        if let Some((code, first)) = measure::currency_before(t, self.first, floor) {
            self.currency = Some(code);
            self.first = first;
            self.note("currency-before");
        }
    }

    /// "fell to -5C": a minus sign glued to the digits, with space before it.
    fn sign(&mut self, t: &Tokens, floor: usize) {
        let p = self.first.wrapping_sub(1);
        let glued = p >= floor && t.is_any(p, &["-", "−"]) && t.touch(p, self.first);
        if glued && !self.core.words && (p == t.lo || !t.touch(p - 1, p)) {
            self.core.value = -self.core.value;
            self.first = p;
            self.note("minus-sign");
        }
    }

    fn range(&mut self, upper: Core, connector: &'static str) {
        // "between 500 and 700 million": the scale of the upper end applies to the lower.
        if upper.scale > 1.0
            && self.core.scale == 1.0
            && self.core.value < upper.value / upper.scale
        {
            self.core.value *= upper.scale;
            self.core.scale = upper.scale;
        }
        if self.unit.is_none() {
            if let Form::Unit(u) = upper.form {
                self.unit = Some(u);
            }
        }
        self.end = upper.end;
        self.upper = Some(upper);
        self.note(connector);
    }

    fn last(&self) -> &Core {
        self.upper.as_ref().unwrap_or(&self.core)
    }

    fn measure(&mut self, t: &Tokens) {
        let scaled = self.last().scale > 1.0;
        if let Some((reading, end, evidence)) = measure::after(t, self.end, scaled) {
            match reading {
                After::Percent(unit) => {
                    self.percent = true;
                    self.unit = unit.map(|symbol| Unit {
                        symbol,
                        dimension: Dimension::Other,
                    });
                }
                After::Currency(code) => self.currency = Some(code),
                After::Unit(unit) if self.unit.is_none() && self.currency.is_none() => {
                    self.unit = Some(unit)
                }
                After::Unit(_) => return,
            }
            self.end = end;
            self.note(evidence);
        } else if matches!(self.core.form, Form::Vague { .. })
            && t.is(self.end, "of")
            && crate::units::currency_word(t.lower(self.end + 1)).is_some()
        {
            // "millions of dollars"
            self.currency = crate::units::currency_word(t.lower(self.end + 1));
            self.end += 2;
            self.note("currency-word");
        }
        if let Some((approximation, end)) = cues::after(t, self.end) {
            self.approximation = Some(approximation);
            self.end = end;
            self.note("cue-after");
        }
        self.resolve_millions_or_metres();
    }

    /// "$400m" is money in millions; a bare "400m" is a distance.
    fn resolve_millions_or_metres(&mut self) {
        for core in [Some(&mut self.core), self.upper.as_mut()]
            .into_iter()
            .flatten()
        {
            if core.form == Form::MillionsOrMetres {
                if self.currency.is_some() {
                    core.value *= 1e6;
                    core.scale = 1e6;
                    core.form = Form::Cardinal;
                } else if self.unit.is_none() {
                    self.unit = Some(Unit {
                        symbol: "m",
                        dimension: Dimension::Other,
                    });
                }
            }
        }
    }

    /// A bare number from 1800 to 2100 is a year unless it measures something, follows a cue
    /// ("some 2000"), or counts a noun without a preposition before it ("2000 people marched",
    /// but "in 2019 voters").
    fn is_year(&self, t: &Tokens, floor: usize) -> bool {
        // The cheap facts first: most numbers are no year, and never read the phrase after them.
        let counts_noun = || {
            counts::head(t, self.first, self.end, false).is_some()
                && !comes_before_year(t.lower(self.first.wrapping_sub(1)))
        };
        context::is_year(&self.core)
            && self.upper.is_none()
            && self.currency.is_none()
            && self.unit.is_none()
            && !self.percent
            && cues::before(t, self.first, floor).is_none()
            && !counts_noun()
    }

    fn cue(&mut self, t: &Tokens, floor: usize) {
        if self.first != self.core.start && t.is_any(self.first, &["between", "from"]) {
            return;
        }
        if let Some((approximation, start)) = cues::before(t, self.first, floor) {
            self.approximation.get_or_insert(approximation);
            self.first = start;
            self.note("cue-before");
        }
    }

    fn kind(&self) -> Kind {
        if self.currency.is_some() {
            Kind::Money
        } else if self.percent {
            Kind::Percent
        } else if let Some(unit) = self.unit {
            match unit.dimension {
                Dimension::Time => Kind::Duration,
                Dimension::Other => Kind::Quantity,
            }
        } else {
            match self.core.form {
                Form::Ordinal => Kind::Ordinal,
                Form::Fraction => Kind::Fraction,
                _ => Kind::Cardinal,
            }
        }
    }

    fn into_item(self, t: &Tokens) -> Item {
        let kind = self.kind();
        let value = tidy(self.core.value);
        let (mut min, mut max) = (None, None);
        let approximation = match (self.approximation, self.core.form) {
            (Some(a), _) => a,
            (None, Form::Vague { .. }) => Approximation::Vague,
            (None, _) => Approximation::Exact,
        };
        if let Form::Vague { min: lo, max: hi } = self.core.form {
            (min, max) = (Some(lo), hi);
        }
        if approximation.is_lower_bound() {
            min = Some(value);
        } else if approximation.is_upper_bound() {
            max = Some(value);
        }
        if let Some(upper) = &self.upper {
            (min, max) = (Some(value), Some(tidy(upper.value)));
        }
        let counts = matches!(kind, Kind::Cardinal | Kind::Percent | Kind::Fraction)
            .then(|| counts::head(t, self.first, self.end, kind == Kind::Percent))
            .flatten();
        let mut evidence = self.evidence;
        if let Some((_, how)) = counts {
            note(&mut evidence, how);
        }
        let unit = self.unit.map(|u| u.symbol);
        Item {
            text: t.slice(self.first, self.end).to_string(),
            start: t.start(self.first),
            end: t.end(self.end - 1),
            value: Some(value),
            kind,
            approximation,
            min,
            max,
            unit,
            currency: self.currency,
            counts: counts.map(|(h, _)| t.text(h).to_string()),
            evidence,
        }
    }
}

/// Adds `rule` to `evidence`, joined by "+": a common combination stays borrowed, and a rare
/// one is built once, with room for the rules that may follow. Inline, so that where `rule` is
/// a literal only the combinations ending with it are compared.
#[inline]
fn note(evidence: &mut Cow<'static, str>, rule: &'static str) {
    if let Cow::Borrowed(current) = *evidence {
        if let Some(joined) = common_evidence(current, rule) {
            *evidence = Cow::Borrowed(joined);
            return;
        }
    }
    build_evidence(evidence, rule);
}

/// The rest of [`note`], for a rare combination.
#[inline(never)]
fn build_evidence(evidence: &mut Cow<'static, str>, rule: &'static str) {
    if let Cow::Borrowed(current) = *evidence {
        let mut built = String::with_capacity(EVIDENCE_CAPACITY);
        built.push_str(current);
        *evidence = Cow::Owned(built);
    }
    let built = evidence.to_mut();
    built.push('+');
    built.push_str(rule);
}

/// `current` and `rule` joined by "+", for the combinations common in news; matched on the
/// rule first, which splits them most.
#[inline]
fn common_evidence(current: &str, rule: &str) -> Option<&'static str> {
    Some(match (rule, current) {
        ("cue-before", "digits") => "digits+cue-before",
        ("cue-before", "words") => "words+cue-before",
        ("cue-before", "digits+scale") => "digits+scale+cue-before",
        ("cue-before", "digits+unit-word") => "digits+unit-word+cue-before",
        ("cue-before", "words+unit-word") => "words+unit-word+cue-before",
        ("cue-before", "digits+percent-sign") => "digits+percent-sign+cue-before",
        ("cue-before", "digits+percent-word") => "digits+percent-word+cue-before",
        ("cue-before", "fraction-word") => "fraction-word+cue-before",
        ("unit-word", "digits") => "digits+unit-word",
        ("unit-word", "words") => "words+unit-word",
        ("percent-sign", "digits") => "digits+percent-sign",
        ("percent-word", "digits") => "digits+percent-word",
        ("currency-before", "digits") => "digits+currency-before",
        ("currency-before", "digits+scale") => "digits+scale+currency-before",
        ("currency-word", "digits") => "digits+currency-word",
        ("currency-word", "digits+scale") => "digits+scale+currency-word",
        ("range:hyphen", "digits") => "digits+range:hyphen",
        ("counts:phrase", "digits") => "digits+counts:phrase",
        ("counts:phrase", "words") => "words+counts:phrase",
        ("counts:phrase", "digits+scale") => "digits+scale+counts:phrase",
        ("counts:phrase", "digits+cue-before") => "digits+cue-before+counts:phrase",
        ("counts:phrase", "words+cue-before") => "words+cue-before+counts:phrase",
        ("counts:phrase", "digits+scale+cue-before") => "digits+scale+cue-before+counts:phrase",
        ("counts:noun-before-of", "digits") => "digits+counts:noun-before-of",
        ("counts:of-phrase", "vague-plural") => "vague-plural+counts:of-phrase",
        ("counts:of-phrase", "words") => "words+counts:of-phrase",
        _ => return None,
    })
}

/// Rounds away the binary noise of decimal scaling ("3.2" × 1e9).
fn tidy(v: f64) -> f64 {
    let rounded = round(v);
    if (v - rounded).abs() <= 1e-9 * v.abs().max(1.0) {
        rounded
    } else {
        v
    }
}

/// `v.round()` (half away from zero, sign kept), without the library call that `f64::round`
/// is on the baseline x86-64 target: below 2^52 through an integer, and above it `v` is whole.
fn round(v: f64) -> f64 {
    const WHOLE_ABOVE: f64 = 4_503_599_627_370_496.0; // 2^52
    if v.abs() >= WHOLE_ABOVE || v.is_nan() {
        return v;
    }
    let truncated = v as i64 as f64;
    // Exact: the fraction of a double is a double.
    let fraction = v - truncated;
    let rounded = if fraction >= 0.5 {
        truncated + 1.0
    } else if fraction <= -0.5 {
        truncated - 1.0
    } else {
        truncated
    };
    // "-0.3" rounds to -0, as with `f64::round`.
    rounded.copysign(v)
}

/// Words before a year rather than an amount, lowercased: "in 2019", "the 2024 vote".
fn comes_before_year(w: &[u8]) -> bool {
    matches!(
        w,
        b"in"
            | b"since"
            | b"by"
            | b"until"
            | b"till"
            | b"of"
            | b"from"
            | b"before"
            | b"after"
            | b"during"
            | b"for"
            | b"to"
            | b"and"
            | b"or"
            | b"the"
            | b"a"
            | b"early"
            | b"late"
            | b"mid"
            | b"spring"
            | b"summer"
            | b"autumn"
            | b"winter"
            | b"fall"
            | b"year"
            | b"its"
            | b"their"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::Approximation::*;

    fn items_with(text: &str, options: &Options) -> Vec<Item> {
        let doc = Document::new("t", text).unwrap();
        let items = scan(&doc, &read(&doc), options);
        for item in &items {
            assert_eq!(
                &text[item.start..item.end],
                item.text,
                "offsets of {item:?}"
            );
        }
        items
    }

    fn items(text: &str) -> Vec<Item> {
        items_with(text, &Options::default())
    }

    /// The only item of `text`.
    fn one(text: &str) -> Item {
        let found = items(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    fn texts(text: &str) -> Vec<String> {
        items(text).into_iter().map(|i| i.text).collect()
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        for (text, value) in [
            ("They fired 5,000 rounds.", 5000.0),
            ("A crowd of 47,929 watched.", 47929.0),
            ("It grew 2.5 times.", 2.5),
            ("There were 80,000 fans.", 80000.0),
        ] {
            assert_eq!(one(text).value, Some(value), "{text}");
        }
        let item = one("It hired 1.2 million workers.");
        assert_eq!(
            (item.text.as_str(), item.value),
            ("1.2 million", Some(1.2e6))
        );
        assert_eq!(item.counts.as_deref(), Some("workers"));
    }

    #[test]
    fn number_words() {
        for (text, value) in [
            ("They found eight bodies.", 8.0),
            ("A salute of twenty-one guns.", 21.0),
            ("It lasted one hundred and five days.", 105.0),
            ("He bought a dozen eggs.", 12.0),
        ] {
            assert_eq!(one(text).value, Some(value), "{text}");
        }
        assert_eq!(
            one("It lasted one hundred and five days.").kind,
            Kind::Duration
        );
    }

    #[test]
    fn vague_amounts_carry_bounds() {
        let item = one("Tens of thousands of workers marched.");
        assert_eq!(item.text, "Tens of thousands");
        assert_eq!(
            (item.value, item.min, item.max),
            (Some(1e4), Some(1e4), Some(99_999.0))
        );
        assert_eq!(item.approximation, Vague);
        assert_eq!(item.counts.as_deref(), Some("workers"));
        let dozens = one("Dozens of roads were shut.");
        assert_eq!(
            (dozens.value, dozens.counts.as_deref()),
            (Some(12.0), Some("roads"))
        );
        let hundreds = one("Hundreds of homes burned.");
        assert_eq!((hundreds.min, hundreds.max), (Some(100.0), Some(999.0)));
        assert!(items("They trained for years in tens.").is_empty());
    }

    #[test]
    fn fractions() {
        for (text, value) in [
            ("A third of voters stayed home.", 1.0 / 3.0),
            ("Half of the staff left.", 0.5),
            ("Two-thirds of members agreed.", 2.0 / 3.0),
            ("Three-quarters of homes lost power.", 0.75),
        ] {
            let item = one(text);
            assert_eq!(
                (item.kind, item.value),
                (Kind::Fraction, Some(value)),
                "{text}"
            );
        }
        assert_eq!(
            one("Two-thirds of members agreed.").counts.as_deref(),
            Some("members")
        );
        assert!(items("They won the second half easily.")
            .iter()
            .all(|i| i.kind != Kind::Fraction));
        assert_eq!(one("He began a third term.").kind, Kind::Ordinal);
    }

    #[test]
    fn money_with_iso_codes() {
        for (text, value, code) in [
            ("It cost 2.5 billion rupees.", 2.5e9, "INR"),
            ("It raised $30 million.", 3e7, "USD"),
            ("He was sold for €45 million.", 4.5e7, "EUR"),
            ("A £3.2bn deal.", 3.2e9, "GBP"),
            ("It paid 300 million euros.", 3e8, "EUR"),
            ("A $400m loan.", 4e8, "USD"),
            ("A A$5 million grant.", 5e6, "AUD"),
            ("A HK$2 billion bond.", 2e9, "HKD"),
            ("It fetched 900 million yen.", 9e8, "JPY"),
            ("A fine of 40 million naira.", 4e7, "NGN"),
            ("They spent 12 billion roubles.", 1.2e10, "RUB"),
            ("It costs 50 shillings.", 50.0, "KES"),
        ] {
            let item = one(text);
            assert_eq!(
                (item.kind, item.value, item.currency),
                (Kind::Money, Some(value), Some(code)),
                "{text}"
            );
        }
        assert_eq!(one("It raised $30 million.").text, "$30 million");
    }

    #[test]
    fn percentages_are_valued_as_written() {
        for (text, value) in [
            ("Turnout was 38%.", 38.0),
            ("About 70 percent agreed.", 70.0),
            ("Inflation hit 7.5 per cent.", 7.5),
        ] {
            let item = one(text);
            assert_eq!(
                (item.kind, item.value),
                (Kind::Percent, Some(value)),
                "{text}"
            );
        }
        assert_eq!(one("Turnout was 38%.").text, "38%");
        assert_eq!(
            one("It rose 70 percent of the time.").counts.as_deref(),
            Some("time")
        );
    }

    #[test]
    fn ordinals() {
        for (text, value) in [
            ("It is the second attempt.", 2.0),
            ("The 88th session opened.", 88.0),
            ("Their ninth title came.", 9.0),
            ("The 21st edition began.", 21.0),
        ] {
            let item = one(text);
            assert_eq!(
                (item.kind, item.value),
                (Kind::Ordinal, Some(value)),
                "{text}"
            );
        }
        let options = Options {
            ordinals: false,
            ..Options::default()
        };
        assert!(items_with("The 88th session opened.", &options).is_empty());
    }

    #[test]
    fn ranges_share_scale_unit_and_currency() {
        let item = one("It cost between 500 and 700 million rupees.");
        assert_eq!(item.text, "between 500 and 700 million rupees");
        assert_eq!(
            (item.min, item.max, item.value),
            (Some(5e8), Some(7e8), Some(5e8))
        );
        assert_eq!(item.currency, Some("INR"));
        let to = one("They seized 20 to 30 boats.");
        assert_eq!(
            (to.min, to.max, to.counts.as_deref()),
            (Some(20.0), Some(30.0), Some("boats"))
        );
        let hyphen = one("Some 20-30 people came.");
        assert_eq!(
            (hyphen.text.as_str(), hyphen.min, hyphen.max),
            ("Some 20-30", Some(20.0), Some(30.0))
        );
        assert_eq!(one("Prices rose 20-30%.").kind, Kind::Percent);
        let words = one("It takes one to two weeks.");
        assert_eq!(
            (words.kind, words.min, words.max),
            (Kind::Duration, Some(1.0), Some(2.0))
        );
        assert_eq!(one("It cost $20-30 million.").min, Some(2e7));
    }

    #[test]
    fn changes_are_two_amounts_not_a_range() {
        assert_eq!(
            texts("Output rose from 20 to 30 tonnes."),
            ["20", "30 tonnes"]
        );
    }

    #[test]
    fn approximation_cues_and_bounds() {
        for (text, want) in [
            ("nearly 100 people", Nearly),
            ("almost 100 people", Nearly),
            ("about 100 people", About),
            ("around 100 people", About),
            ("roughly 100 people", About),
            ("some 100 people", About),
            ("an estimated 100 people", About),
            ("more than 100 people", MoreThan),
            ("over 100 people", MoreThan),
            ("at least 100 people", AtLeast),
            ("up to 100 people", UpTo),
            ("fewer than 100 people", LessThan),
            ("less than 100 people", LessThan),
            ("just over 100 people", MoreThan),
            ("as many as 100 people", UpTo),
            ("100-plus people", AtLeast),
            ("100 people", Exact),
        ] {
            let item = one(&format!("They said {text} came."));
            assert_eq!(item.approximation, want, "{text}");
            assert_eq!(item.text, text.trim_end_matches(" people"), "{text}");
            assert_eq!(item.counts.as_deref(), Some("people"));
        }
        let more = one("more than 20 boats");
        assert_eq!((more.min, more.max), (Some(20.0), None));
        let up = one("up to 20 boats");
        assert_eq!((up.min, up.max), (None, Some(20.0)));
    }

    #[test]
    fn units_and_durations() {
        for (text, kind, unit, value) in [
            ("It took 24 hours.", Kind::Duration, "hour", 24.0),
            ("It took two weeks.", Kind::Duration, "week", 2.0),
            ("He is nearly two metres tall.", Kind::Quantity, "m", 2.0),
            ("They walked 5 km.", Kind::Quantity, "km", 5.0),
            ("It hit 40C on Monday.", Kind::Quantity, "°C", 40.0),
            ("It fell to -5C overnight.", Kind::Quantity, "°C", -5.0),
            ("It rained for three days.", Kind::Duration, "day", 3.0),
            ("We waited 45 minutes.", Kind::Duration, "minute", 45.0),
            ("A 45-year-old man was hurt.", Kind::Duration, "year", 45.0),
            ("He got a 20-year sentence.", Kind::Duration, "year", 20.0),
            (
                "It covers 300 square kilometres.",
                Kind::Quantity,
                "km2",
                300.0,
            ),
        ] {
            let item = one(text);
            assert_eq!(
                (item.kind, item.unit, item.value),
                (kind, Some(unit), Some(value)),
                "{text}"
            );
        }
        assert_eq!(one("He is nearly two metres tall.").approximation, Nearly);
    }

    #[test]
    fn what_it_counts() {
        for (text, head) in [
            ("Crews rescued 31 passengers from the ferry.", "passengers"),
            ("The storm flattened 14 villages overnight.", "villages"),
            (
                "It sent 12 attack helicopters to the border.",
                "helicopters",
            ),
            ("The flu claimed 300 lives.", "lives"),
            ("The club has 9,000 members and growing.", "members"),
            ("A 5,000-strong force crossed.", "force"),
        ] {
            assert_eq!(one(text).counts.as_deref(), Some(head), "{text}");
        }
        assert_eq!(one("The toll rose to 40.").counts, None);
    }

    #[test]
    fn dates_and_times_are_left_out() {
        for text in [
            "Moscow, December 23: talks began.",
            "On Tuesday, Oct. 21, 2025 they met.",
            "Music of the 1990s is back.",
            "The train left at 6.40am sharp.",
            "Prices have risen since 2019.",
            "In 2019 voters chose change.",
            "The 2024 election is near.",
            "They met at 10:30 in the hall.",
        ] {
            assert!(items(text).is_empty(), "{text}: {:?}", items(text));
        }
    }

    #[test]
    fn names_models_scores_and_phones_are_left_out() {
        for text in [
            "Its Tu-160 bombers and F-16 jets flew.",
            "COVID-19 spread as the G7 met.",
            "The Igla-S launchers moved.",
            "They held the Independence 200 exercises.",
            "He joined a Ligue 1 club.",
            "He lives at No. 10 now.",
            "They won 2-1 at home.",
            "Lyon 0-2 Nice and Metz 3-1 Brest",
            "Photo 1 of 5 shows the port.",
            "Call 555-0123 or 020-7946-0958 today.",
        ] {
            assert!(items(text).is_empty(), "{text}: {:?}", items(text));
        }
    }

    #[test]
    fn round_is_f64_round() {
        for v in [
            0.0,
            -0.0,
            0.3,
            -0.3,
            0.5,
            -0.5,
            0.49999999999999994,
            2.5,
            -2.5,
            1e6 + 0.5,
            3.2e9,
            4503599627370495.5,
            4503599627370496.0,
            1e300,
            -1e300,
            f64::INFINITY,
        ] {
            assert_eq!(round(v).to_bits(), v.round().to_bits(), "{v}");
        }
        assert!(round(f64::NAN).is_nan());
    }

    #[test]
    fn year_like_counts_are_counts() {
        assert_eq!(one("Nearly 2000 people marched.").value, Some(2000.0));
        assert_eq!(
            one("They said 1900 troops left.").counts.as_deref(),
            Some("troops")
        );
    }

    #[test]
    fn pronoun_one_and_first_of_all() {
        for text in [
            "He said no one dares to try.",
            "We thank every one of our customers.",
            "It is one of the best.",
            "They will act, first of all, at the UN.",
        ] {
            assert!(items(text).is_empty(), "{text}: {:?}", items(text));
        }
        assert_eq!(one("Only one soldier died.").value, Some(1.0));
    }

    #[test]
    fn non_quantities_get_their_kind_on_request() {
        let options = Options {
            include_non_quantities: true,
            ..Options::default()
        };
        let kinds: Vec<Kind> = items_with(
            "On December 23 the Independence 200 drill began at 6.40am in 2025.",
            &options,
        )
        .iter()
        .map(|i| i.kind)
        .collect();
        assert_eq!(
            kinds,
            [Kind::Date, Kind::Identifier, Kind::Time, Kind::Date]
        );
    }

    #[test]
    fn items_serialize_to_the_output_contract() {
        let item = one("more than 20 boats");
        let json = serde_json::to_value(&item).unwrap();
        assert_eq!(json["value"], serde_json::json!(20));
        assert_eq!(json["kind"], "cardinal");
        assert_eq!(json["approximation"], "more_than");
        assert_eq!(json["min"], serde_json::json!(20));
        assert_eq!(json["max"], serde_json::Value::Null);
        assert_eq!(json["counts"], "boats");
        assert!(json["evidence"].as_str().unwrap().contains("cue-before"));
    }
}

#[cfg(test)]
mod robustness {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "a",
        "an",
        "the",
        "of",
        "and",
        "to",
        "between",
        "from",
        "more",
        "than",
        "nearly",
        "some",
        "half",
        "third",
        "one",
        "two",
        "twenty-one",
        "hundred",
        "million",
        "tens",
        "thousands",
        "dozens",
        "first",
        "second",
        "5,000",
        "2.5",
        "88th",
        "1990s",
        "40C",
        "3.2bn",
        "400m",
        "6.40am",
        "2019",
        "20",
        "-",
        "–",
        "30",
        "$",
        "€",
        "£",
        "%",
        "percent",
        "per",
        "cent",
        "rupees",
        "US",
        "A",
        "Rs",
        ".",
        ",",
        ":",
        "/",
        "(",
        ")",
        "\"",
        "No.",
        "December",
        "Oct.",
        "boats",
        "troops",
        "Independence",
        "km",
        "hours",
        "square",
        "degrees",
        "°",
        "C",
        "year-old",
        "Chávez",
        "—",
        "\n",
        "or",
        "so",
        "+",
        "0",
        "07",
    ];

    proptest! {
        #[test]
        fn any_mix_of_tricky_tokens_gives_exact_sorted_spans(
            picks in prop::collection::vec((0..PIECES.len(), 0..3usize), 0..40)
        ) {
            let mut text = String::new();
            for (piece, gap) in picks {
                text.push_str(PIECES[piece]);
                text.push_str(["", " ", "  "][gap]);
            }
            let doc = Document::new("t", text.as_str()).unwrap();
            let options = Options { include_non_quantities: true, ordinals: true };
            let items = scan(&doc, &read(&doc), &options);
            let mut last_end = 0;
            for item in &items {
                prop_assert_eq!(&text[item.start..item.end], item.text.as_str());
                prop_assert!(item.start >= last_end, "overlap in {:?}", items);
                last_end = item.end;
            }
        }
    }
}
