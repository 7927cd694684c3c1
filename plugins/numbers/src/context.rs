//! What the words around a number say it is not: a date, a clock time, a name or model, a
//! pronoun "one", or "first" in "first of all".

use crate::core::{Core, Form};
use crate::item::Kind;
use crate::tokens::Tokens;

/// The verdict on a number in its context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A quantity: go on reading cues, units and what it counts.
    Quantity,
    /// Not a quantity; its tokens end before `end`.
    Not(Kind, &'static str, usize),
    /// Not a number at all ("no one", "first of all").
    Drop,
}

/// Whether token `i` is a month name, as written (capitalized: "may" is a verb).
#[inline(always)]
pub fn is_month(t: &Tokens, i: usize) -> bool {
    // Most tokens fail on their case, inline, before their text is read.
    t.is_capitalized(i) && is_month_name(t.bytes(i))
}

/// Whether a word, as written, is a month name.
#[inline(never)]
fn is_month_name(w: &[u8]) -> bool {
    // Most words fail on their first letter, before any name is compared.
    let initial = matches!(
        w.first(),
        Some(b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
    );
    initial
        && matches!(
            w,
            b"January"
                | b"February"
                | b"March"
                | b"April"
                | b"May"
                | b"June"
                | b"July"
                | b"August"
                | b"September"
                | b"October"
                | b"November"
                | b"December"
                | b"Jan"
                | b"Jan."
                | b"Feb"
                | b"Feb."
                | b"Mar."
                | b"Apr"
                | b"Apr."
                | b"Jun."
                | b"Jul."
                | b"Aug"
                | b"Aug."
                | b"Sep"
                | b"Sep."
                | b"Sept"
                | b"Sept."
                | b"Oct"
                | b"Oct."
                | b"Nov"
                | b"Nov."
                | b"Dec"
                | b"Dec."
        )
}

word_table! {
    /// Whether a word, lowercased, is a label after which a number is an identifier: "No. 10",
    /// "Article 5", "Flight 370".
    fn is_label_word(w: &[u8]) -> bool {
        b"no"
        | b"number"
        | b"article"
        | b"chapter"
        | b"section"
        | b"clause"
        | b"resolution"
        | b"flight"
        | b"route"
        | b"highway"
        | b"room"
        | b"gate"
        | b"platform"
        | b"page"
        | b"paragraph"
        | b"line"
        | b"phase"
        | b"level"
        | b"stage"
        | b"grade"
        | b"category"
        | b"round"
        | b"game"
        | b"episode"
        | b"season"
        | b"series"
        | b"version"
        | b"model"
        | b"item"
        | b"bill"
        | b"apollo"
        | b"windows"
        | b"ligue"
        | b"formula"
        | b"covid"
        | b"act"
        | b"box"
        | b"lot"
        | b"unit"
        | b"block"
        | b"sector"
        | b"district"
        | b"zone"
        | b"terminal"
        | b"exit"
        | b"channel"
        | b"track"
        | b"bus"
        | b"train"
        | b"pier"
        | b"berth"
        | b"ward"
        | b"cell"
        | b"suite"
        | b"floor"
        | b"tier"
        | b"figure"
        | b"table"
        | b"annex"
        | b"appendix"
        | b"protocol"
        | b"group"
        | b"photo"
        | b"image"
        | b"picture"
        | b"slide" => true,
        _ => matches!(w, b"no." | b"nos." | b"#"),
    }
}

/// Whether a word, as written, may be capitalized before a number without making it part of
/// a name.
fn is_not_name(w: &[u8]) -> bool {
    matches!(
        w,
        b"Some"
            | b"About"
            | b"Around"
            | b"Nearly"
            | b"Almost"
            | b"Over"
            | b"Under"
            | b"Only"
            | b"Just"
            | b"Roughly"
            | b"Approximately"
            | b"Exactly"
            | b"At"
            | b"Up"
            | b"More"
            | b"Less"
            | b"Fewer"
            | b"Between"
            | b"From"
            | b"By"
            | b"To"
            | b"In"
            | b"On"
            | b"Of"
            | b"And"
            | b"The"
            | b"With"
            | b"Another"
            | b"Those"
            | b"These"
            | b"All"
            | b"Estimated"
            | b"Than"
            | b"Least"
            | b"Most"
            | b"Top"
    )
}

/// Judges a digit or word number by its context.
pub fn judge(t: &Tokens, core: &Core, title_case: &mut Option<bool>) -> Verdict {
    if let Form::Not(kind, why) = core.form {
        return Verdict::Not(kind, why, core.end);
    }
    let (s, e) = (core.start, core.end);
    if core.form == Form::Ordinal && core.words {
        return judge_ordinal_word(t, core, title_case);
    }
    if core.words {
        return judge_words(t, core, title_case);
    }
    // The number's own facts first: most numbers are no day, and skip the month look-ups.
    let day_like = core.bare_digits.is_some_and(|d| d <= 2);
    if day_like && is_month(t, s.wrapping_sub(1))
        || (day_like || core.form == Form::Ordinal)
            && (is_month(t, e) || (t.is(e, "of") && is_month(t, e + 1)))
    {
        // "August 16-18" spans days.
        let end = if t.is_any(e, &["-", "–"]) && t.is_number(e + 1) {
            e + 2
        } else {
            e
        };
        return Verdict::Not(Kind::Date, "beside a month", end);
    }
    if let Some(end) = clock_time(t, core) {
        return Verdict::Not(Kind::Time, "clock time", end);
    }
    if t.is(e, "/") && t.touch(e - 1, e) && t.is_number(e + 1) {
        let mut end = e + 2;
        while t.is(end, "/") && t.is_number(end + 1) {
            end += 2;
        }
        return Verdict::Not(Kind::Date, "slashed digits", end);
    }
    if core.leading_zero || t.is(s.wrapping_sub(1), "+") && t.touch(s - 1, s) {
        return Verdict::Not(Kind::Identifier, "phone or code", e);
    }
    if t.is_number(s.wrapping_sub(1)) || t.is_number(e) {
        return Verdict::Not(Kind::Identifier, "run of figures", e);
    }
    if s == t.lo && t.is_any(e, &[".", ")"]) && t.is_word(e + 1) {
        return Verdict::Not(Kind::Identifier, "list number", e + 1);
    }
    if is_label(t, s, title_case) {
        // "Photo 1 of 5": the count after "of" belongs to the label.
        let end = if t.is(e, "of") && t.is_number(e + 1) {
            e + 2
        } else {
            e
        };
        return Verdict::Not(Kind::Identifier, "label or name", end);
    }
    Verdict::Quantity
}

/// Whether the number follows a label word or a capitalized name ("Independence 200").
/// Inline: most numbers follow a word in lowercase that is no label, and return here.
#[inline]
fn is_label(t: &Tokens, s: usize, title_case: &mut Option<bool>) -> bool {
    let p = s.wrapping_sub(1);
    if !t.is_word(p) && !t.is(p, "#") {
        return false;
    }
    if is_label_word(t.lower(p)) {
        return true;
    }
    t.is_capitalized(p) && is_name_before(t, s, title_case)
}

/// The rest of [`is_label`], for a capitalized word before the number at `s`.
#[inline(never)]
fn is_name_before(t: &Tokens, s: usize, title_case: &mut Option<bool>) -> bool {
    let p = s - 1;
    // A quoted name stays a name even in a headline: "Independence 200" Drills.
    let quoted = t.is_any(s + 1, &["\"", "”", "’"]) && t.touch(s, s + 1);
    if quoted && !is_month(t, p) {
        return true;
    }
    !t.starts_sentence(p)
        && !is_month(t, p)
        && !is_not_name(t.bytes(p))
        && crate::units::currency_code(t.bytes(p)).is_none()
        && !*title_case.get_or_insert_with(|| t.is_title_case())
}

/// "10:30", "6.40 am", "1400 GMT", "9 p.m.": the number and what makes it a time.
fn clock_time(t: &Tokens, core: &Core) -> Option<usize> {
    let e = core.end;
    if core.scale > 1.0 || core.words {
        return None;
    }
    if t.is(e, ":") && t.touch(e - 1, e) && t.is_number(e + 1) && t.touch(e, e + 1) {
        let end = e + 2;
        let end = if is_clock_word(t, end) { end + 1 } else { end };
        return Some(end);
    }
    is_clock_word(t, e).then_some(e + 1)
}

/// Whether token `i` says the number before it is a clock time: "am", "GMT", "o'clock".
/// Inline: asked after every number in digits, and most words fail on their shape.
#[inline]
fn is_clock_word(t: &Tokens, i: usize) -> bool {
    is_clock_time_word(t.lower(i))
}

word_table! {
    /// Whether a word, lowercased, makes the number before it a clock time.
    fn is_clock_time_word(w: &[u8]) -> bool {
        b"am"
        | b"pm"
        | b"a.m"
        | b"p.m"
        | b"gmt"
        | b"utc"
        | b"bst"
        | b"cet"
        | b"est"
        | b"edt"
        | b"pst"
        | b"pdt"
        | b"ist"
        | b"hrs"
        | b"o'clock"
        | b"o\xe2\x80\x99clock"
        | b"local" => true,
        _ => matches!(w, b"a.m." | b"p.m."),
    }
}

fn judge_words(t: &Tokens, core: &Core, title_case: &mut Option<bool>) -> Verdict {
    let (s, e) = (core.start, core.end);
    if core.form == Form::Cardinal
        && core.value == 1.0
        && e == s + 1
        && t.is(s, "one")
        && is_pronoun_one(t, s)
    {
        return Verdict::Drop;
    }
    if t.is_capitalized(s)
        && !t.starts_sentence(s)
        && !t
            .bytes(s)
            .iter()
            .all(|&b| b.is_ascii_uppercase() || b == b'-')
        && !*title_case.get_or_insert_with(|| t.is_title_case())
    {
        return Verdict::Not(Kind::Identifier, "capitalized number word", e);
    }
    Verdict::Quantity
}

/// "no one", "every one of", "one of the", "the one who", "one another", "one day".
fn is_pronoun_one(t: &Tokens, s: usize) -> bool {
    // "one to two weeks", "one or two": the start of a range or a choice of amounts.
    let amount_follows =
        t.is_any(s + 1, &["to", "or"]) && crate::lexicon::cardinal_word(t.lower(s + 2)).is_some();
    !amount_follows
        && (comes_before_pronoun_one(t.lower(s.wrapping_sub(1)))
            || !t.is_word(s + 1)
            || comes_after_pronoun_one(t.lower(s + 1)))
}

fn judge_ordinal_word(t: &Tokens, core: &Core, title_case: &mut Option<bool>) -> Verdict {
    let (s, e) = (core.start, core.end);
    let first = t.is(s, "first");
    if first && (t.is(e, "of") && t.is(e + 1, "all") || t.is(s.wrapping_sub(1), "at")) {
        return Verdict::Drop;
    }
    if first && t.is(e, "and") && t.is(e + 1, "foremost") {
        return Verdict::Drop;
    }
    if t.is(s, "second")
        && (t.is_any(
            s.wrapping_sub(1),
            &["a", "per", "split", "every", "one", "each"],
        ) && !t.is_word(e)
            || t.is_any(e, &["later", "ago", "or"]))
    {
        return Verdict::Drop;
    }
    if t.is_capitalized(s)
        && !t.starts_sentence(s)
        && !*title_case.get_or_insert_with(|| t.is_title_case())
    {
        return Verdict::Not(Kind::Identifier, "capitalized ordinal", e);
    }
    Verdict::Quantity
}

/// A bare four-digit integer in the span of modern history reads as a year.
pub fn is_year(core: &Core) -> bool {
    core.bare_digits == Some(4) && (1800.0..=2100.0).contains(&core.value)
}

/// Words before a pronoun "one", lowercased: "no one", "every one".
fn comes_before_pronoun_one(w: &[u8]) -> bool {
    matches!(
        w,
        b"no"
            | b"every"
            | b"any"
            | b"each"
            | b"the"
            | b"this"
            | b"that"
            | b"which"
            | b"someone"
            | b"anyone"
            | b"little"
            | b"last"
    )
}

/// Words after a pronoun "one", lowercased: "one of", "one day", "one who".
fn comes_after_pronoun_one(w: &[u8]) -> bool {
    matches!(
        w,
        b"of"
            | b"another"
            | b"who"
            | b"whom"
            | b"whose"
            | b"that"
            | b"which"
            | b"day"
            | b"time"
            | b"point"
            | b"way"
            | b"by"
            | b"thing"
            | b"side"
            | b"hand"
            | b"must"
            | b"can"
            | b"could"
            | b"would"
            | b"should"
            | b"might"
            | b"may"
            | b"will"
            | b"is"
            | b"was"
            | b"has"
            | b"had"
            | b"does"
            | b"did"
            | b"says"
            | b"said"
            | b"and"
            | b"or"
            | b"but"
            | b"in"
            | b"on"
            | b"at"
            | b"to"
            | b"for"
            | b"with"
            | b"from"
            | b"as"
            | b"if"
            | b"too"
            | b"else"
            | b"more"
            | b"less"
            | b"such"
            | b"like"
            | b"after"
            | b"before"
            | b"year"
            | b"month"
            | b"week"
            | b"night"
            | b"morning"
            | b"evening"
            | b"afternoon"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_core::Document;

    fn verdict(text: &str, at: &str) -> Verdict {
        let doc = Document::new("t", text).unwrap();
        let lower = doc.text().to_ascii_lowercase();
        let t = Tokens::new(doc.text(), &lower, doc.tokens(), 0, doc.tokens().len());
        let offset = text.find(at).unwrap();
        let i = doc.token_at_or_after(offset);
        let core = crate::core::read(&t, i).unwrap();
        judge(&t, &core, &mut None)
    }

    fn kind(v: Verdict) -> Option<Kind> {
        match v {
            Verdict::Not(k, _, _) => Some(k),
            _ => None,
        }
    }

    #[test]
    fn numbers_beside_months_are_dates() {
        assert_eq!(
            kind(verdict("on December 23 they met", "23")),
            Some(Kind::Date)
        );
        assert_eq!(
            kind(verdict("on 23 December they met", "23")),
            Some(Kind::Date)
        );
        assert_eq!(
            kind(verdict("Tuesday, Oct. 21, 2025", "21")),
            Some(Kind::Date)
        );
        assert_eq!(kind(verdict("the 5th of May", "5th")), Some(Kind::Date));
        assert_eq!(
            verdict("on August 16-18 in Leeds", "16"),
            Verdict::Not(Kind::Date, "beside a month", 5)
        );
        assert_eq!(verdict("in May 300 people came", "300"), Verdict::Quantity);
    }

    #[test]
    fn clock_times_are_times() {
        assert_eq!(kind(verdict("at 10:30 on", "10")), Some(Kind::Time));
        assert_eq!(kind(verdict("at 9 p.m. on", "9")), Some(Kind::Time));
        assert_eq!(kind(verdict("at 1400 GMT", "1400")), Some(Kind::Time));
    }

    #[test]
    fn labels_and_names_are_identifiers() {
        for (text, at) in [
            ("the Independence 200 exercises", "200"),
            ("he plays in Ligue 1 now", "1"),
            ("at No. 10 today", "10"),
            ("under Article 5 of the treaty", "5"),
            ("call +44 2079", "44"),
            ("the Big Four banks", "Four"),
            ("Hull 4 1 0 3", "1"),
            ("Rebels Stage \"Freedom 300\" Drills In Capital", "300"),
            ("3. Anna Berg won", "3"),
        ] {
            assert_eq!(kind(verdict(text, at)), Some(Kind::Identifier), "{text}");
        }
        assert_eq!(verdict("Some 200 people came", "200"), Verdict::Quantity);
        assert_eq!(verdict("They sent 200 people", "200"), Verdict::Quantity);
        assert_eq!(verdict("Eight people died", "Eight"), Verdict::Quantity);
        assert_eq!(
            verdict("Russia Sends 200 Jets To Border", "200"),
            Verdict::Quantity
        );
    }

    #[test]
    fn pronoun_one_is_dropped() {
        assert_eq!(verdict("so that no one dares", "one"), Verdict::Drop);
        assert_eq!(verdict("every one of our customers", "one"), Verdict::Drop);
        assert_eq!(verdict("it is one of the best", "one"), Verdict::Drop);
        assert_eq!(verdict("only one soldier died", "one"), Verdict::Quantity);
        assert_eq!(verdict("in one to two weeks", "one"), Verdict::Quantity);
        assert_eq!(verdict("One man was hurt", "One"), Verdict::Quantity);
    }

    #[test]
    fn first_of_all_is_no_ranking() {
        assert_eq!(
            verdict("and first of all at the UN", "first"),
            Verdict::Drop
        );
        assert_eq!(verdict("at first they refused", "first"), Verdict::Drop);
        assert_eq!(verdict("the first ship sank", "first"), Verdict::Quantity);
        assert_eq!(verdict("wait a second.", "second"), Verdict::Drop);
        assert_eq!(
            kind(verdict("since the Second World War", "Second")),
            Some(Kind::Identifier)
        );
    }
}
