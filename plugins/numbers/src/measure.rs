//! What a number measures, read from the tokens around it: a percent sign or word, a currency
//! (sign or code before, word or code after) and a unit after.

use crate::tokens::Tokens;
use crate::units::{self, Dimension, Unit};
use lede_core::TokenKind;

/// What follows a number and says what it measures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum After {
    /// "%", "percent", "per cent"; `unit` is set for "percentage points".
    Percent(Option<&'static str>),
    /// A currency word or code.
    Currency(&'static str),
    /// A unit of time or measure.
    Unit(Unit),
}

/// Reads what follows token `end - 1`: the reading and where it ends.
pub fn after(t: &Tokens, end: usize, scaled: bool) -> Option<(After, usize, &'static str)> {
    let e = end;
    // Every reading starts with a word, "%" or "°": a comma or a stop after the number, as
    // often as not, ends the look here.
    if !t.is_word(e) && !t.is_any(e, &["%", "°"]) {
        return None;
    }
    let w = t.lower(e);
    match w {
        b"%" => return Some((After::Percent(None), e + 1, "percent-sign")),
        b"percent" | b"pct" => return Some((After::Percent(None), e + 1, "percent-word")),
        b"per" if t.is(e + 1, "cent") => {
            return Some((After::Percent(None), e + 2, "percent-word"))
        }
        b"percentage" if t.is_any(e + 1, &["point", "points"]) => {
            return Some((
                After::Percent(Some("percentage point")),
                e + 2,
                "percentage-points",
            ))
        }
        b"basis" if t.is_any(e + 1, &["point", "points"]) => {
            let unit = Unit {
                symbol: "basis point",
                dimension: Dimension::Other,
            };
            return Some((After::Unit(unit), e + 2, "basis-points"));
        }
        _ => {}
    }
    if t.bytes(e) == "°".as_bytes() {
        return Some(degrees(t, e + 1, t.touch(e, e + 1)));
    }
    if let Some(found) = currency_after(t, e, w, scaled) {
        return Some(found);
    }
    unit_after(t, e, w)
}

fn degrees(t: &Tokens, e: usize, glued: bool) -> (After, usize, &'static str) {
    let symbol = match t.text(e) {
        "C" | "Celsius" | "celsius" | "centigrade" if glued || t.text(e).len() > 1 => "°C",
        "F" | "Fahrenheit" | "fahrenheit" if glued || t.text(e).len() > 1 => "°F",
        _ => {
            return (
                After::Unit(Unit {
                    symbol: "°",
                    dimension: Dimension::Other,
                }),
                e,
                "degrees",
            )
        }
    };
    let unit = Unit {
        symbol,
        dimension: Dimension::Other,
    };
    (After::Unit(unit), e + 1, "degrees")
}

fn currency_after(
    t: &Tokens,
    e: usize,
    w: &[u8],
    scaled: bool,
) -> Option<(After, usize, &'static str)> {
    if let Some(code) = units::currency_code(t.bytes(e)) {
        return Some((After::Currency(code), e + 1, "currency-code"));
    }
    // "300 million US dollars", "2 billion Pakistani rupees", "5 billion Hong Kong dollars".
    // `w` is token `e` lowercased: each word is lowercased once here.
    let (word_at, word, default, nationality) = match units::currency_word(w) {
        Some(code) => (e, w, code, None),
        None => {
            let two_word = t.is_any(e, &["hong", "new", "sri", "south"]);
            let (at, named) = if two_word {
                (e + 2, t.lower(e + 1))
            } else {
                (e + 1, w)
            };
            let word = t.lower(at);
            (at, word, units::currency_word(word)?, Some(named))
        }
    };
    if matches!(word, b"won" | b"dong" | b"rand") && !scaled && nationality.is_none() {
        return None;
    }
    if word.starts_with(b"pound") && t.is(word_at + 1, "of") {
        return None;
    }
    let code = match nationality {
        Some(n) => units::currency_nationality(n, default)?,
        None => default,
    };
    let after_word = if t.is(word_at + 1, "sterling") {
        word_at + 2
    } else {
        word_at + 1
    };
    Some((After::Currency(code), after_word, "currency-word"))
}

fn unit_after(t: &Tokens, e: usize, w: &[u8]) -> Option<(After, usize, &'static str)> {
    if matches!(w, b"square" | b"sq" | b"cubic") {
        let length = units::unit_word(t.lower(e + 1))?;
        let symbol = units::power_of(w, length.symbol)?;
        let unit = Unit {
            symbol,
            dimension: Dimension::Other,
        };
        return Some((After::Unit(unit), e + 2, "unit-word"));
    }
    let unit = units::unit_word(w)?;
    if unit.symbol == "°" {
        let (reading, end, _) = degrees(t, e + 1, false);
        return Some((reading, end, "degrees"));
    }
    let mut end = e + 1;
    if unit.dimension == Dimension::Time && t.is(end, "old") {
        end += 1;
    }
    if t.is(end, "per") && t.is_any(end + 1, &["hour", "second"]) {
        let speed = match (unit.symbol, t.is(end + 1, "hour")) {
            ("km", true) => Some("km/h"),
            ("mi", true) => Some("mph"),
            ("m", false) => Some("m/s"),
            _ => None,
        };
        if let Some(symbol) = speed {
            let unit = Unit {
                symbol,
                dimension: Dimension::Other,
            };
            return Some((After::Unit(unit), end + 2, "unit-word"));
        }
    }
    Some((After::Unit(unit), end, "unit-word"))
}

/// A currency written before token `first`: its code and its first token ("$", "US$", "€",
/// "USD", "Rs.").
pub fn currency_before(t: &Tokens, first: usize, floor: usize) -> Option<(&'static str, usize)> {
    let p = first.checked_sub(1).filter(|p| *p >= floor)?;
    // A sign is a mark of its own, a code or "Rs" a word: each token is asked only what its
    // kind can be.
    match t.kind(p)? {
        TokenKind::Punct => {
            if let Some(code) = units::currency_sign(t.text(p)) {
                if code == "USD" && p > floor && t.touch(p - 1, p) && t.is_word(p - 1) {
                    if let Some(code) = units::dollar_prefix(t.text(p - 1)) {
                        return Some((code, p - 1));
                    }
                }
                return Some((code, p));
            }
            // Lazily: `p - 1` is read only once `p > floor` holds.
            (p > floor && t.is(p, ".") && t.bytes(p - 1) == b"Rs").then(|| ("INR", p - 1))
        }
        TokenKind::Word => {
            let w = t.bytes(p);
            if let Some(code) = units::currency_code(w) {
                return Some((code, p));
            }
            matches!(w, b"Rs" | b"Rs.").then_some(("INR", p))
        }
        TokenKind::Number | TokenKind::Possessive => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_core::Document;

    fn reading(text: &str) -> Option<(After, String)> {
        let doc = Document::new("t", text).unwrap();
        let lower = doc.text().to_ascii_lowercase();
        let t = Tokens::new(doc.text(), &lower, doc.tokens(), 0, doc.tokens().len());
        after(&t, 1, true).map(|(a, end, _)| (a, text[t.end(0)..t.end(end - 1)].to_string()))
    }

    fn currency(text: &str) -> Option<&'static str> {
        match reading(text)?.0 {
            After::Currency(c) => Some(c),
            _ => None,
        }
    }

    #[test]
    fn percent_forms() {
        assert_eq!(reading("38%").unwrap().0, After::Percent(None));
        assert_eq!(reading("70 percent").unwrap().0, After::Percent(None));
        assert_eq!(reading("7.5 per cent").unwrap().1, " per cent");
        assert_eq!(
            reading("2 percentage points").unwrap().0,
            After::Percent(Some("percentage point"))
        );
    }

    #[test]
    fn currency_words_and_codes() {
        assert_eq!(currency("300 euros"), Some("EUR"));
        assert_eq!(currency("5 rupees"), Some("INR"));
        assert_eq!(currency("5 Australian dollars"), Some("AUD"));
        assert_eq!(currency("5 Hong Kong dollars"), Some("HKD"));
        assert_eq!(currency("5 Pakistani rupees"), Some("PKR"));
        assert_eq!(currency("5 USD"), Some("USD"));
        assert_eq!(currency("5 naira"), Some("NGN"));
        assert_eq!(currency("5 roubles"), Some("RUB"));
        assert_eq!(currency("5 pounds of rice"), None);
        assert_eq!(currency("5 Russian boats"), None);
    }

    #[test]
    fn units_after() {
        let unit = |text: &str| match reading(text) {
            Some((After::Unit(u), _)) => Some(u.symbol),
            _ => None,
        };
        assert_eq!(unit("24 hours"), Some("hour"));
        assert_eq!(unit("5 km"), Some("km"));
        assert_eq!(unit("90 km per hour"), Some("km/h"));
        assert_eq!(unit("2 metres"), Some("m"));
        assert_eq!(unit("40 degrees Celsius"), Some("°C"));
        assert_eq!(unit("40 °C"), Some("°C"));
        assert_eq!(unit("40 degrees"), Some("°"));
        assert_eq!(unit("300 square kilometres"), Some("km2"));
        assert_eq!(unit("20 boats"), None);
    }

    #[test]
    fn currency_signs_and_prefixes_before() {
        let before = |text: &str| {
            let doc = Document::new("t", text).unwrap();
            let lower = doc.text().to_ascii_lowercase();
            let t = Tokens::new(doc.text(), &lower, doc.tokens(), 0, doc.tokens().len());
            let n = doc.tokens().len() - 1;
            currency_before(&t, n, 0).map(|(c, s)| (c, text[t.start(s)..].to_string()))
        };
        assert_eq!(before("$30"), Some(("USD", "$30".into())));
        assert_eq!(before("A$30"), Some(("AUD", "A$30".into())));
        assert_eq!(before("HK$30"), Some(("HKD", "HK$30".into())));
        assert_eq!(before("€45"), Some(("EUR", "€45".into())));
        assert_eq!(before("£3"), Some(("GBP", "£3".into())));
        assert_eq!(before("Rs. 500"), Some(("INR", "Rs. 500".into())));
        assert_eq!(before("USD 5"), Some(("USD", "USD 5".into())));
        assert_eq!(before("about 5"), None);
    }
}
