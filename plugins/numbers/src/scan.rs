//! The scan: finds each number in a paragraph, then reads outward from it: a range, what it
//! measures, a currency, a cue, and what it counts; and builds the item.

use crate::context::{self, Verdict};
use crate::core::{self, Core, Form};
use crate::counts;
use crate::cues;
use crate::item::{Approximation, Item, Kind};
use crate::measure::{self, After};
use crate::range::{self, Joined};
use crate::tokens::Tokens;
use crate::units::{Dimension, Unit};
use crate::Options;
use lede_core::{Document, TokenKind};

/// Every number mention of `doc`, in input order.
pub fn scan(doc: &Document, options: &Options) -> Vec<Item> {
    let mut items = Vec::new();
    for paragraph in doc.paragraphs() {
        let t = Tokens::new(
            doc.text(),
            doc.tokens(),
            paragraph.tokens.start,
            paragraph.tokens.end,
        );
        let mut title_case = None;
        let mut i = t.lo;
        let mut floor = t.lo;
        while i < t.hi {
            match mention(&t, i, floor, options, &mut title_case, &mut items) {
                Some(next) => {
                    i = next;
                    floor = next;
                }
                None => i += 1,
            }
        }
    }
    items
}

/// Whether token `i` can start a number: digits, or a word whose first letter starts one.
fn may_start_number(t: &Tokens, i: usize) -> bool {
    match t.kind(i) {
        Some(TokenKind::Number) => true,
        Some(TokenKind::Word) => matches!(
            t.text(i).as_bytes()[0].to_ascii_lowercase(),
            b'a' | b'b' | b'd' | b'e' | b'f' | b'h' | b'm' | b'n' | b'o' | b's' | b't' | b'z'
        ),
        _ => false,
    }
}

/// Reads the mention whose number starts at token `i`, pushes its item and returns the token
/// after it; `None` when no number starts there.
fn mention(
    t: &Tokens,
    i: usize,
    floor: usize,
    options: &Options,
    title_case: &mut Option<bool>,
    items: &mut Vec<Item>,
) -> Option<usize> {
    if !may_start_number(t, i) {
        return None;
    }
    let core = core::read(t, i).filter(|c| c.start >= floor)?;
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
    m.currency_before(t, floor);
    let before = m.first.wrapping_sub(1);
    let between = t.is(before, "between");
    let from = t.is(before, "from");
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
    m.measure(t);
    if m.is_year() {
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
            evidence: format!("not-quantity:{why}"),
        });
    }
    end
}

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
    evidence: Vec<&'static str>,
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
            approximation: None,
            evidence: vec![core.evidence],
        }
    }

    fn currency_before(&mut self, t: &Tokens, floor: usize) {
        if let Some((code, first)) = measure::currency_before(t, self.first, floor) {
            self.currency = Some(code);
            self.first = first;
            self.evidence.push("currency-before");
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
        self.evidence.push(connector);
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
            self.evidence.push(evidence);
        } else if matches!(self.core.form, Form::Vague { .. })
            && t.is(self.end, "of")
            && crate::units::currency_word(t.lower(self.end + 1).as_str()).is_some()
        {
            // "millions of dollars"
            self.currency = crate::units::currency_word(t.lower(self.end + 1).as_str());
            self.end += 2;
            self.evidence.push("currency-word");
        }
        if let Some((approximation, end)) = cues::after(t, self.end) {
            self.approximation = Some(approximation);
            self.end = end;
            self.evidence.push("cue-after");
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

    fn is_year(&self) -> bool {
        context::is_year(&self.core)
            && self.upper.is_none()
            && self.currency.is_none()
            && self.unit.is_none()
            && !self.percent
    }

    fn cue(&mut self, t: &Tokens, floor: usize) {
        if self.first != self.core.start && t.is_any(self.first, &["between", "from"]) {
            return;
        }
        if let Some((approximation, start, _)) = cues::before(t, self.first, floor) {
            self.approximation.get_or_insert(approximation);
            self.first = start;
            self.evidence.push("cue-before");
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
            .then(|| counts::head(t, self.first, self.end))
            .flatten();
        let mut evidence = self.evidence.join("+");
        if let Some((_, how)) = counts {
            evidence.push('+');
            evidence.push_str(how);
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

/// Rounds away the binary noise of decimal scaling ("3.2" × 1e9).
fn tidy(v: f64) -> f64 {
    let rounded = v.round();
    if (v - rounded).abs() <= 1e-9 * v.abs().max(1.0) {
        rounded
    } else {
        v
    }
}
