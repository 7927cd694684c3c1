//! Two numbers joined into one amount: "20-30", "20 to 30", "between 500 and 700 million";
//! and the look-alikes that are no amount: scores ("2-1"), year spans ("2019-20"), phone
//! numbers ("555-0123").

use crate::context::is_year;
use crate::core::{self, Core, Form};
use crate::item::Kind;
use crate::tokens::Tokens;

/// What follows a number's first reading.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Joined {
    /// Nothing joins it to a second number.
    Alone,
    /// A range ending with this number, read with the first's currency sign skipped.
    Range(Core, &'static str),
    /// The pair is not a quantity; its tokens end before `end`.
    Not(Kind, &'static str, usize),
}

/// Tries to join the number `first` to one after it. `between` and `from` say which word
/// precedes the first number, and `from_change` that a verb of change precedes "from".
pub fn join(t: &Tokens, first: &Core, between: bool, from_change: bool) -> Joined {
    if !first.is_plain_amount() {
        return Joined::Alone;
    }
    let e = first.end;
    let hyphen = t.is_any(e, &["-", "–", "‐", "‑"]);
    let connector = if hyphen {
        "range:hyphen"
    } else if t.is(e, "to") && !from_change {
        "range:to"
    } else if t.is(e, "and") && between {
        "range:between"
    } else {
        return Joined::Alone;
    };
    // "$20-$30 million": the second sign repeats the first.
    let second_at = if crate::units::currency_sign(t.text(e + 1)).is_some() {
        e + 2
    } else {
        e + 1
    };
    let Some(second) = core::read(t, second_at) else {
        return Joined::Alone;
    };
    if hyphen {
        if first.words || second.words {
            return Joined::Alone;
        }
        if let Some(not) = hyphenated_pair(t, first, &second) {
            return not;
        }
    }
    if !second.is_plain_amount() || second.words != first.words {
        return Joined::Alone;
    }
    if is_year(first) && (is_year(&second) || second.bare_digits == Some(2)) {
        return Joined::Not(Kind::Date, "span of years", second.end);
    }
    if second.value <= first.value && second.scale == 1.0 {
        return Joined::Alone;
    }
    // "rose by 500 to 39,200": a change and a level, not a range.
    if !between && first.value > 0.0 && second.scale == 1.0 && second.value > 20.0 * first.value {
        return Joined::Alone;
    }
    Joined::Range(second, connector)
}

/// The readings of "A-B" that are not a range: a phone number, a score, a span of years.
fn hyphenated_pair(t: &Tokens, a: &Core, b: &Core) -> Option<Joined> {
    let mut end = b.end;
    let mut groups = 2;
    while t.is(end, "-") && t.is_number(end + 1) && t.touch(end - 1, end) {
        end += 2;
        groups += 1;
    }
    if groups > 2
        || a.leading_zero
        || b.leading_zero
        || a.bare_digits == Some(3) && b.bare_digits == Some(4)
    {
        return Some(Joined::Not(Kind::Identifier, "phone number", end));
    }
    if is_year(a) && (is_year(b) || b.bare_digits == Some(2)) {
        return Some(Joined::Not(Kind::Date, "span of years", end));
    }
    let small = |c: &Core| c.bare_digits.is_some_and(|d| d <= 3) && c.form == Form::Cardinal;
    let zero_start = a.value == 0.0;
    if small(a)
        && small(b)
        && (b.value <= a.value || zero_start || is_score_context(t, a.start, end))
    {
        return Some(Joined::Not(Kind::Identifier, "score", end));
    }
    None
}

fn is_score_context(t: &Tokens, start: usize, end: usize) -> bool {
    const BEFORE: &[&str] = &[
        "won", "beat", "lost", "drew", "trail", "trailed", "led", "score",
    ];
    const AFTER: &[&str] = &[
        "win",
        "victory",
        "defeat",
        "loss",
        "draw",
        "lead",
        "scoreline",
        "vote",
        "home",
        "away",
    ];
    // "Nantes 0-2 Rennes": a result between two named sides.
    let between_names = t.is_capitalized(start.wrapping_sub(1)) && t.is_capitalized(end);
    t.is_any(start.wrapping_sub(1), BEFORE) || t.is_any(end, AFTER) || between_names
}

/// Whether a verb of change precedes token `from` ("rose from").
pub fn is_change_before(t: &Tokens, from: usize) -> bool {
    is_change_verb(t.lower(from.wrapping_sub(1)))
}

/// Verbs of change, lowercased, after which "from 20 to 30" is two amounts, not a range.
fn is_change_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"rose"
            | b"risen"
            | b"rise"
            | b"rising"
            | b"rises"
            | b"fell"
            | b"fallen"
            | b"fall"
            | b"falling"
            | b"falls"
            | b"increased"
            | b"decreased"
            | b"jumped"
            | b"dropped"
            | b"climbed"
            | b"grew"
            | b"cut"
            | b"raised"
            | b"lowered"
            | b"reduced"
            | b"up"
            | b"down"
            | b"soared"
            | b"plunged"
            | b"slipped"
            | b"surged"
            | b"declined"
            | b"shrank"
            | b"expanded"
            | b"went"
            | b"changed"
            | b"moved"
            | b"doubled"
    )
}
