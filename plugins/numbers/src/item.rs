//! The output item: one number mention with its value, kind, bounds and what it counts.

use serde::{Serialize, Serializer};
use std::borrow::Cow;

/// What a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A count: "20 boats", "tens of thousands of troops".
    Cardinal,
    /// A rank: "second", "88th".
    Ordinal,
    /// An amount of a currency: "$30 million".
    Money,
    /// A percentage, valued as written: 38 for "38%".
    Percent,
    /// A part of a whole: "two-thirds" is 0.667.
    Fraction,
    /// An amount with a unit that is not time: "5 km", "40C".
    Quantity,
    /// An amount of time: "24 hours", "two weeks".
    Duration,
    /// Not a quantity: a day, a year, a decade (only with `include_non_quantities`).
    Date,
    /// Not a quantity: a clock time (only with `include_non_quantities`).
    Time,
    /// Not a quantity: a model, name, score or phone number (only with `include_non_quantities`).
    Identifier,
}

/// How the written figure relates to the true amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Approximation {
    /// As written.
    Exact,
    /// "about", "around", "roughly", "some", "an estimated".
    About,
    /// "nearly", "almost", "close to": a little below.
    Nearly,
    /// "more than", "over", "just over": strictly above.
    MoreThan,
    /// "at least", "no fewer than".
    AtLeast,
    /// "less than", "fewer than", "under".
    LessThan,
    /// "at most", "no more than".
    AtMost,
    /// "up to", "as many as".
    UpTo,
    /// "dozens", "tens of thousands": a lower bound and maybe an upper one.
    Vague,
}

impl Approximation {
    /// Whether the figure is a lower bound of the amount.
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Approximation::MoreThan | Approximation::AtLeast)
    }

    /// Whether the figure is an upper bound of the amount.
    pub fn is_upper_bound(self) -> bool {
        matches!(
            self,
            Approximation::Nearly
                | Approximation::LessThan
                | Approximation::AtMost
                | Approximation::UpTo
        )
    }
}

/// One number mention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The mention as written, cue and unit included: "more than 20", "$30 million".
    pub text: String,
    /// First byte in the input.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The normalized number; for a range its lower bound, for a vague amount its lower bound.
    #[serde(serialize_with = "number")]
    pub value: Option<f64>,
    /// What the number is.
    pub kind: Kind,
    /// How the figure relates to the amount.
    pub approximation: Approximation,
    /// The smallest amount the text allows, when it sets one.
    #[serde(serialize_with = "number")]
    pub min: Option<f64>,
    /// The largest amount the text allows, when it sets one.
    #[serde(serialize_with = "number")]
    pub max: Option<f64>,
    /// The normalized unit of a quantity or duration: "km", "hour", "°C", "percentage point".
    pub unit: Option<&'static str>,
    /// The ISO 4217 code of money.
    pub currency: Option<&'static str>,
    /// The head noun of what is counted: "boats" in "more than 20 boats".
    pub counts: Option<String>,
    /// The rules and cues that fired, joined by "+" (borrowed when one rule or a common
    /// combination fired).
    pub evidence: Cow<'static, str>,
}

/// Writes whole numbers as JSON integers ("5000", not "5000.0").
fn number<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        // Whole when its integer part is all of it; tested through an integer, as
        // `f64::fract` is a library call on the baseline x86-64 target.
        Some(v) if v.abs() < 9e15 && *v as i64 as f64 == *v => serializer.serialize_i64(*v as i64),
        Some(v) => serializer.serialize_f64(*v),
        None => serializer.serialize_none(),
    }
}
