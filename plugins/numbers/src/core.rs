//! The number itself: digits or words, with its scale ("1.2 million", "one hundred and five",
//! "tens of thousands", "two-thirds", "88th"), before any cue, currency, unit or range.

use crate::counts;
use crate::digits::{self, Digits};
use crate::item::Kind;
use crate::lexicon::{self, Lower};
use crate::tokens::Tokens;
use crate::units::{self, Dimension, Unit};

/// What the number is, as far as its own tokens tell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Form {
    /// A plain amount.
    Cardinal,
    /// A rank.
    Ordinal,
    /// A part of a whole.
    Fraction,
    /// A vague amount with a lower bound and maybe an upper one.
    Vague {
        /// The lower bound.
        min: f64,
        /// The upper bound, when sound.
        max: Option<f64>,
    },
    /// A unit glued on or hyphenated: "5km", "40C", "20-year", "45-year-old".
    Unit(Unit),
    /// "400m": millions beside a currency, metres elsewhere.
    MillionsOrMetres,
    /// Not a quantity at all.
    Not(Kind, &'static str),
}

/// A number read from one or more tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Core {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The value (for a vague amount, its lower bound).
    pub value: f64,
    /// What it is.
    pub form: Form,
    /// Written in words rather than digits.
    pub words: bool,
    /// The scale word or abbreviation that multiplied it ("million" is 1e6), or 1.
    pub scale: f64,
    /// Digits without separators, decimals or suffix, and how many ("2025" has 4).
    pub bare_digits: Option<u32>,
    /// Written with a leading zero ("07").
    pub leading_zero: bool,
    /// The rule that read it.
    pub evidence: &'static str,
}

impl Core {
    fn new(start: usize, end: usize, value: f64, form: Form, evidence: &'static str) -> Core {
        Core {
            start,
            end,
            value,
            form,
            words: true,
            scale: 1.0,
            bare_digits: None,
            leading_zero: false,
            evidence,
        }
    }

    /// Whether it can stand at either end of a range.
    pub fn is_plain_amount(&self) -> bool {
        matches!(
            self.form,
            Form::Cardinal | Form::Unit(_) | Form::MillionsOrMetres
        )
    }
}

/// The evidence of "300-plus", which also makes the figure a lower bound.
pub const PLUS: &str = "compound+plus";

/// Reads the number starting at token `i`, if one starts there.
pub fn read(t: &Tokens, i: usize) -> Option<Core> {
    if t.is_number(i) {
        read_digits(t, i)
    } else if t.is_word(i) {
        read_words(t, i)
    } else {
        None
    }
}

fn read_digits(t: &Tokens, i: usize) -> Option<Core> {
    let Some(d) = digits::parse(t.bytes(i)) else {
        return Some(Core::new(
            i,
            i + 1,
            0.0,
            Form::Not(Kind::Identifier, "too many digits"),
            "digits",
        ));
    };
    let (value, form, evidence) = digit_suffix(&d);
    let mut core = Core {
        start: i,
        end: i + 1,
        value,
        form,
        words: false,
        scale: 1.0,
        bare_digits: (d.is_bare_integer() && d.suffix.is_empty()).then_some(d.integer_digits),
        leading_zero: d.leading_zero,
        evidence,
    };
    if !d.suffix.is_empty() {
        if form == Form::Cardinal && value != d.value() && d.value() != 0.0 {
            core.scale = (value / d.value()).round();
        }
        return Some(core);
    }
    // A scale, "and a half" and "in" are words: a comma or a stop after the digits ends the
    // number, with no look-ups.
    if !t.is_word(core.end) {
        return Some(core);
    }
    // A scale written apart: "1.2 million", "$5 bn", "2.5 lakh crore".
    let mut scale = 1.0;
    while let Some(s) = scale_after_digits(t, core.end).filter(|s| *s > scale) {
        scale = if scale > 1.0 { scale * s } else { s };
        core.end += 1;
    }
    if scale > 1.0 {
        core.value = d.scaled(scale);
        core.scale = scale;
        core.bare_digits = None;
        core.evidence = "digits+scale";
    }
    and_a_half(t, &mut core);
    one_in(t, &mut core);
    Some(core)
}

fn scale_after_digits(t: &Tokens, i: usize) -> Option<f64> {
    let w = t.lower(i);
    lexicon::scale_word(w).or_else(|| lexicon::scale_abbreviation(w))
}

/// Interprets what is glued after the digits.
fn digit_suffix(d: &Digits) -> (f64, Form, &'static str) {
    let suffix = d.suffix;
    if suffix.is_empty() {
        return (d.value(), Form::Cardinal, "digits");
    }
    if let Some(compound) = suffix.strip_prefix(b"-") {
        return compound_after(d.value(), Lower::of(compound).as_bytes());
    }
    match suffix {
        b"C" => return (d.value(), Form::Unit(celsius()), "digits+unit"),
        b"F" => return (d.value(), Form::Unit(fahrenheit()), "digits+unit"),
        _ => {}
    }
    let lower = Lower::of(suffix);
    let lower = lower.as_bytes();
    if d.decimals == 0 && is_ordinal_suffix(d.value(), lower) {
        return (d.value(), Form::Ordinal, "digits+ordinal-suffix");
    }
    match lower {
        b"s" if d.decimals == 0 && d.value() % 10.0 == 0.0 => {
            return (d.value(), Form::Not(Kind::Date, "decade"), "digits")
        }
        b"am" | b"pm" | b"a.m" | b"p.m" | b"hrs" if d.decimals <= 2 => {
            return (d.value(), Form::Not(Kind::Time, "clock time"), "digits")
        }
        b"m" => return (d.value(), Form::MillionsOrMetres, "digits+m"),
        b"million" => return (d.scaled(1e6), Form::Cardinal, "digits+scale"),
        b"billion" => return (d.scaled(1e9), Form::Cardinal, "digits+scale"),
        _ => {}
    }
    if let Some(scale) = lexicon::scale_abbreviation(lower) {
        return (d.scaled(scale), Form::Cardinal, "digits+scale");
    }
    if let Some(unit) = units::abbreviated_unit(lower).or_else(|| units::unit_word(lower)) {
        return (d.value(), Form::Unit(unit), "digits+unit");
    }
    (
        d.value(),
        Form::Not(Kind::Identifier, "glued letters"),
        "digits",
    )
}

fn is_ordinal_suffix(value: f64, suffix: &[u8]) -> bool {
    let n = value as u64;
    let expected: &[u8] = match (n % 10, n % 100) {
        (_, 11..=13) => b"th",
        (1, _) => b"st",
        (2, _) => b"nd",
        (3, _) => b"rd",
        _ => b"th",
    };
    suffix == expected
}

fn celsius() -> Unit {
    Unit {
        symbol: "°C",
        dimension: Dimension::Other,
    }
}

fn fahrenheit() -> Unit {
    Unit {
        symbol: "°F",
        dimension: Dimension::Other,
    }
}

/// A number joined by a hyphen to what it measures, given lowercased: "20-year",
/// "45-year-old", "5,000-strong".
fn compound_after(value: f64, lower: &[u8]) -> (f64, Form, &'static str) {
    if let Some(age) = lower
        .strip_suffix(b"-old")
        .and_then(units::unit_word)
        .filter(|u| u.dimension == Dimension::Time)
    {
        return (value, Form::Unit(age), "compound+age");
    }
    if lower == b"strong" {
        return (value, Form::Cardinal, "compound+strong");
    }
    if lower == b"plus" {
        return (value, Form::Cardinal, PLUS);
    }
    match units::unit_word(lower) {
        Some(unit) => (value, Form::Unit(unit), "compound+unit"),
        None => (
            value,
            Form::Not(Kind::Identifier, "hyphenated name"),
            "compound",
        ),
    }
}

fn read_words(t: &Tokens, i: usize) -> Option<Core> {
    let w = t.lower(i);
    if w.is_empty() {
        return None;
    }
    // No other table holds an article, so its reading is the only one.
    if w == b"a" || w == b"an" {
        return article_amount(t, i);
    }
    if w == b"half" {
        return half(t, i);
    }
    if let Some(v) = lexicon::vague_plural(w) {
        return vague(t, i, &v);
    }
    if w == b"several" || (w == b"few" && t.is(i.wrapping_sub(1), "a")) {
        return several(t, i);
    }
    if let Some((denominator, false)) = lexicon::denominator(w) {
        // "an estimated fifth of the oil": a part, unless "the fifth of".
        if t.is(i + 1, "of") && !t.is_any(i.wrapping_sub(1), &["the", "its", "their", "his", "her"])
        {
            return Some(Core::new(
                i,
                i + 1,
                1.0 / denominator,
                Form::Fraction,
                "fraction-of",
            ));
        }
    }
    if let Some(n) = lexicon::ordinal_word(w).or_else(|| lexicon::hyphenated_ordinal(w)) {
        return Some(Core::new(
            i,
            i + 1,
            f64::from(n),
            Form::Ordinal,
            "ordinal-word",
        ));
    }
    if let Some(f) = lexicon::hyphenated_fraction(w) {
        return Some(Core::new(i, i + 1, f, Form::Fraction, "fraction-word"));
    }
    if lexicon::cardinal_word(w).is_some() {
        return cardinal_words(t, i);
    }
    if w.contains(&b'-') {
        return hyphenated_compound(i, w);
    }
    None
}

/// "a hundred", "a million", "a dozen", "a third of": the article stands for one.
fn article_amount(t: &Tokens, i: usize) -> Option<Core> {
    let next = t.lower(i + 1);
    if lexicon::scale_word(next).is_some() || next == b"dozen" {
        return cardinal_words(t, i);
    }
    let (denominator, plural) = lexicon::denominator(next)?;
    // "a quarter of a million": a part of a scale is an amount.
    if t.is(i + 2, "of") && t.is_any(i + 3, &["a", "one"]) {
        if let Some(scale) = lexicon::scale_word(t.lower(i + 4)) {
            let mut core = Core::new(
                i,
                i + 5,
                scale / denominator,
                Form::Cardinal,
                "fraction+scale",
            );
            core.scale = scale;
            return Some(core);
        }
    }
    // "a third of voters", "fell by a third since": a part; "a third term": a rank.
    let part = t.is(i + 2, "of") || !t.is_word(i + 2) || counts::is_stop(t.lower(i + 2));
    (!plural && next != b"half" && part).then(|| {
        Core::new(
            i,
            i + 2,
            1.0 / denominator,
            Form::Fraction,
            "article+fraction",
        )
    })
}

/// "half of", "half the", "half a million", "half an hour"; never "the second half".
fn half(t: &Tokens, i: usize) -> Option<Core> {
    const RANKS: &[&str] = &[
        "the", "first", "second", "other", "this", "that", "latter", "former", "a", "and",
    ];
    if t.is_any(i.wrapping_sub(1), RANKS) {
        return None;
    }
    if t.is_any(i + 1, &["a", "an"]) {
        let next = t.lower(i + 2);
        if let Some(scale) = lexicon::scale_word(next) {
            let mut core = Core::new(i, i + 3, 0.5 * scale, Form::Cardinal, "half+scale");
            core.scale = scale;
            return Some(core);
        }
        if next == b"dozen" {
            return Some(Core::new(i, i + 3, 6.0, Form::Cardinal, "half+dozen"));
        }
        return Some(Core::new(i, i + 2, 0.5, Form::Fraction, "half"));
    }
    const FOLLOWERS: &[&str] = &[
        "of", "the", "its", "their", "his", "her", "our", "my", "your", "those", "these", "that",
        "this", "all",
    ];
    t.is_any(i + 1, FOLLOWERS)
        .then(|| Core::new(i, i + 1, 0.5, Form::Fraction, "half"))
}

/// "dozens", "hundreds", "tens of thousands", "hundreds of millions".
fn vague(t: &Tokens, i: usize, v: &lexicon::VaguePlural) -> Option<Core> {
    let has_of = t.is(i + 1, "of");
    if v.needs_of && !has_of {
        return None;
    }
    let larger = has_of
        .then(|| lexicon::vague_plural(t.lower(i + 2)))
        .flatten()
        .filter(|l| l.magnitude && l.unit > v.unit);
    let (min, end) = match &larger {
        Some(l) => (v.unit * l.unit, i + 3),
        None => (v.unit, i + 1),
    };
    let max = v.magnitude.then_some(min * 10.0 - 1.0);
    Some(Core::new(
        i,
        end,
        min,
        Form::Vague { min, max },
        "vague-plural",
    ))
}

/// "several hundred", "a few thousand".
fn several(t: &Tokens, i: usize) -> Option<Core> {
    let scale = lexicon::scale_word(t.lower(i + 1))?;
    let start = if t.is(i, "few") { i - 1 } else { i };
    let min = 2.0 * scale;
    let max = (scale <= 1e3).then_some(10.0 * scale - 1.0);
    Some(Core::new(
        start,
        i + 2,
        min,
        Form::Vague { min, max },
        "vague-several",
    ))
}

#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Small(u32, bool),
    Hundred,
    Scale,
    Dozen,
    And,
}

/// A cardinal in words: "eight", "twenty one", "one hundred and five", "three million",
/// "a dozen", "two thirds" (a fraction), "two and a half".
fn cardinal_words(t: &Tokens, i: usize) -> Option<Core> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = Last::Start;
    let mut scale: f64 = 1.0;
    let mut j = i;
    loop {
        let w = t.lower(j);
        if last == Last::Start && (w == b"a" || w == b"an") {
            current = 1.0;
            last = Last::Small(1, false);
        } else if let Some(n) = lexicon::cardinal_word(w) {
            let joins = match last {
                Last::Start | Last::Scale | Last::And | Last::Hundred => true,
                Last::Small(tens, false) => tens >= 20 && tens % 10 == 0 && n < 10,
                Last::Small(_, true) | Last::Dozen => false,
            };
            if !joins {
                break;
            }
            current += f64::from(n);
            last = Last::Small(n, w.contains(&b'-'));
        } else if w == b"hundred" && matches!(last, Last::Small(..)) {
            current *= 100.0;
            last = Last::Hundred;
            scale = scale.max(100.0);
        } else if w == b"dozen" && matches!(last, Last::Small(..)) {
            current *= 12.0;
            last = Last::Dozen;
        } else if let Some(s) = lexicon::scale_word(w).filter(|s| *s > 100.0) {
            if !matches!(last, Last::Small(..) | Last::Hundred | Last::Dozen) {
                break;
            }
            total += current * s;
            current = 0.0;
            last = Last::Scale;
            scale = scale.max(s);
        } else if w == b"and"
            && matches!(last, Last::Hundred | Last::Scale)
            && lexicon::cardinal_word(t.lower(j + 1)).is_some()
        {
            last = Last::And;
        } else {
            break;
        }
        j += 1;
    }
    if j == i || last == Last::Start {
        return None;
    }
    let value = total + current;
    let (denominator, plural) = lexicon::denominator(t.lower(j)).unwrap_or((0.0, false));
    if denominator > 0.0 && j == i + 1 && value < 10.0 && plural == (value > 1.0) {
        return Some(Core::new(
            i,
            j + 1,
            value / denominator,
            Form::Fraction,
            "fraction-words",
        ));
    }
    let mut core = Core::new(i, j, value, Form::Cardinal, "words");
    core.scale = scale;
    // "and a half" and "in" are words.
    if t.is_word(core.end) {
        and_a_half(t, &mut core);
        one_in(t, &mut core);
    }
    Some(core)
}

/// "one in three adults", "1 in 10": a rate, read as the fraction it is.
#[inline]
fn one_in(t: &Tokens, core: &mut Core) {
    // Inline, the common number with no "in" after it skips the frame of the reading.
    if core.form == Form::Cardinal && core.scale == 1.0 && t.is(core.end, "in") {
        rate_in(t, core);
    }
}

/// [`one_in`] once "in" follows the number.
#[inline(never)]
fn rate_in(t: &Tokens, core: &mut Core) {
    let e = core.end;
    let Some(whole) = read(t, e + 1) else {
        return;
    };
    let plain = whole.form == Form::Cardinal && whole.words == core.words && whole.scale == 1.0;
    let unit_follows = units::unit_word(t.lower(whole.end)).is_some();
    if plain && whole.value > core.value && !crate::context::is_year(&whole) && !unit_follows {
        core.value /= whole.value;
        core.form = Form::Fraction;
        core.end = whole.end;
        core.evidence = "rate-in";
    }
}

/// "two and a half", "1 and a half".
#[inline]
fn and_a_half(t: &Tokens, core: &mut Core) {
    let e = core.end;
    if core.scale == 1.0 && t.is(e, "and") && t.is(e + 1, "a") && t.is(e + 2, "half") {
        core.value += 0.5;
        core.end += 3;
    }
}

/// A number word hyphenated to a unit: "two-year", "three-day", "five-year-old", "ten-strong".
fn hyphenated_compound(i: usize, w: &[u8]) -> Option<Core> {
    let (first, rest) = split_hyphen(w)?;
    let (value, rest) = match split_hyphen(rest).and_then(|(second, tail)| {
        Some((
            lexicon::hyphenated_cardinal(&w[..first.len() + 1 + second.len()])?,
            tail,
        ))
    }) {
        Some(found) => found,
        None => (lexicon::small_cardinal(first)?, rest),
    };
    let (value, form, evidence) = compound_after(f64::from(value), rest);
    matches!(form, Form::Unit(_) | Form::Cardinal)
        .then(|| Core::new(i, i + 1, value, form, evidence))
}

/// `word` split at its first hyphen.
fn split_hyphen(word: &[u8]) -> Option<(&[u8], &[u8])> {
    let hyphen = word.iter().position(|&b| b == b'-')?;
    Some((&word[..hyphen], &word[hyphen + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_core::Document;

    fn read_first(text: &str) -> Option<(f64, Form, String)> {
        let doc = Document::new("t", text).unwrap();
        let lower = doc.text().to_ascii_lowercase();
        let t = Tokens::new(doc.text(), &lower, doc.tokens(), 0, doc.tokens().len());
        let core = read(&t, 0)?;
        let covered = &text[t.start(core.start)..t.end(core.end - 1)];
        Some((core.value, core.form, covered.to_string()))
    }

    #[test]
    fn digits_take_a_scale_written_apart() {
        let (v, f, s) = read_first("1.2 million people").unwrap();
        assert_eq!((v, f, s.as_str()), (1.2e6, Form::Cardinal, "1.2 million"));
        assert_eq!(read_first("3.2bn").unwrap().0, 3.2e9);
        assert_eq!(read_first("2.5 lakh crore").unwrap().0, 2.5e12);
    }

    #[test]
    fn words_compose_with_hundreds_and_scales() {
        assert_eq!(read_first("one hundred and five days").unwrap().0, 105.0);
        assert_eq!(read_first("twenty-one guns").unwrap().0, 21.0);
        assert_eq!(read_first("twenty one guns").unwrap().0, 21.0);
        assert_eq!(read_first("three million").unwrap().0, 3e6);
        assert_eq!(read_first("a dozen eggs").unwrap().0, 12.0);
        assert_eq!(read_first("two dozen eggs").unwrap().0, 24.0);
        assert_eq!(read_first("two and a half years").unwrap().0, 2.5);
    }

    #[test]
    fn words_that_do_not_compose_stop_the_number() {
        let (v, _, s) = read_first("one two three").unwrap();
        assert_eq!((v, s.as_str()), (1.0, "one"));
        assert_eq!(read_first("five and six").unwrap().2, "five");
    }

    #[test]
    fn fractions_in_words() {
        let third = read_first("a third of voters").unwrap();
        assert_eq!((third.0, third.1), (1.0 / 3.0, Form::Fraction));
        assert_eq!(read_first("two-thirds").unwrap().0, 2.0 / 3.0);
        assert_eq!(read_first("three quarters of").unwrap().0, 0.75);
        assert_eq!(read_first("half of them").unwrap().0, 0.5);
        assert_eq!(read_first("half a million").unwrap().0, 5e5);
        assert_eq!(read_first("a quarter of a million").unwrap().0, 250_000.0);
        assert_eq!(
            read_first("one in three adults").unwrap(),
            (1.0 / 3.0, Form::Fraction, "one in three".into())
        );
        assert_eq!(read_first("1 in 10 children").unwrap().0, 0.1);
        assert_eq!(read_first("5 in 2020").unwrap().2, "5");
        assert_eq!(read_first("2 in 10 minutes").unwrap().2, "2");
        assert!(read_first("a third term").is_none());
        assert_eq!(read_first("a third since May").unwrap().1, Form::Fraction);
        assert_eq!(read_first("fifth of the oil").unwrap().1, Form::Fraction);
        assert!(read_first("half-brother").is_none());
    }

    #[test]
    fn vague_plurals_bound_the_amount() {
        let (v, f, s) = read_first("tens of thousands of troops").unwrap();
        assert_eq!(v, 1e4);
        assert_eq!(
            f,
            Form::Vague {
                min: 1e4,
                max: Some(99_999.0)
            }
        );
        assert_eq!(s, "tens of thousands");
        assert_eq!(
            read_first("dozens of roads").unwrap().1,
            Form::Vague {
                min: 12.0,
                max: None
            }
        );
        assert!(read_first("tens were").is_none());
        assert_eq!(read_first("hundreds of millions").unwrap().0, 1e8);
    }

    #[test]
    fn glued_suffixes_decide_the_form() {
        assert_eq!(read_first("88th").unwrap().1, Form::Ordinal);
        assert!(matches!(
            read_first("1990s").unwrap().1,
            Form::Not(Kind::Date, _)
        ));
        assert!(matches!(
            read_first("6.40am").unwrap().1,
            Form::Not(Kind::Time, _)
        ));
        assert!(matches!(read_first("40C").unwrap().1, Form::Unit(u) if u.symbol == "°C"));
        assert!(
            matches!(read_first("45-year-old").unwrap().1, Form::Unit(u) if u.symbol == "year")
        );
        assert!(matches!(read_first("two-week").unwrap().1, Form::Unit(u) if u.symbol == "week"));
        assert!(matches!(
            read_first("4G").unwrap().1,
            Form::Not(Kind::Identifier, _)
        ));
        assert_eq!(read_first("21st").unwrap().1, Form::Ordinal);
        assert_eq!(read_first("300-plus").unwrap().0, 300.0);
        assert!(matches!(read_first("21th").unwrap().1, Form::Not(..)));
    }

    #[test]
    fn ordinal_words() {
        assert_eq!(
            read_first("ninth").unwrap(),
            (9.0, Form::Ordinal, "ninth".into())
        );
        assert_eq!(read_first("twenty-first").unwrap().0, 21.0);
        assert!(read_first("troops").is_none());
    }
}
