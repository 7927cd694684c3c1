//! Resolution: each name picks one place, by the document's context (a ", Texas" qualifier,
//! states and countries named elsewhere) and then by prominence (kind, capital, population).
//! One sense per document: every mention of a name resolves to the same place.

use crate::gazetteer::{Candidates, Kind, Place};
use std::borrow::Cow;

/// What the rest of the document says about where it is: the most prominent reading of every
/// other name found in it.
#[derive(Debug, Default)]
pub struct Context {
    names: Vec<Reading>,
}

/// The most prominent reading of one name, with the fields `support` compares read once.
#[derive(Debug)]
struct Reading {
    candidates: Candidates,
    kind: Kind,
    country: [u8; 2],
    admin1: &'static str,
    unambiguous: bool,
}

impl Context {
    /// A context with room for `names` names, so that learning them does not grow it.
    pub fn with_capacity(names: usize) -> Context {
        Context {
            names: Vec::with_capacity(names),
        }
    }

    /// Learns from one name found in the document.
    pub fn add(&mut self, candidates: Candidates) {
        if self.names.iter().any(|r| r.candidates == candidates) {
            return;
        }
        let mut places = candidates.places();
        if let Some(top) = places.next() {
            self.names.push(Reading {
                candidates,
                kind: top.kind(),
                country: top.country_code(),
                admin1: top.admin1(),
                unambiguous: places.next().is_none(),
            });
        }
    }
}

/// How prominent a place is on its own.
fn prominence(place: Place) -> f64 {
    match place.kind() {
        Kind::Country => 100.0,
        Kind::Continent => 95.0,
        Kind::Region | Kind::Water => 88.0,
        Kind::Admin1 => 60.0,
        Kind::City => {
            let capital = if place.is_capital() { 15.0 } else { 0.0 };
            10.0 + 8.0 * (place.population().max(1) as f64).log10() + capital
        }
        Kind::Other => 0.0,
    }
}

/// How much the other names of the document favour a place, and the strongest reason. Each
/// kind of evidence counts once, however many names give it.
fn support(place: Place, name: Candidates, context: &Context) -> (f64, Option<&'static str>) {
    if place.country().is_none() {
        return (0.0, None);
    }
    let (kind, country, admin1) = (place.kind(), place.country_code(), place.admin1());
    let mut found = [false; 4];
    for other in &context.names {
        // Every kind of evidence needs the same country: most names are passed on that alone.
        if other.country != country || other.candidates == name {
            continue;
        }
        let same_admin1 = !admin1.is_empty() && other.admin1 == admin1;
        let unambiguous = other.unambiguous;
        match (other.kind, kind) {
            (Kind::Admin1, Kind::City) if same_admin1 => found[0] = true,
            (Kind::City, Kind::Admin1) if unambiguous && same_admin1 => found[1] = true,
            (Kind::City, Kind::City) if unambiguous && same_admin1 => found[2] = true,
            (Kind::Country, kind) if kind != Kind::Country => found[3] = true,
            (Kind::City | Kind::Admin1, kind) if unambiguous && kind != Kind::Country => {
                found[3] = true
            }
            _ => {}
        }
    }
    const EVIDENCE: [(f64, &str); 4] = [
        (40.0, "its state or province is named"),
        (40.0, "towns inside it are named"),
        (20.0, "towns near it are named"),
        (5.0, "its country or other places in it are named"),
    ];
    let score = (0..4).filter(|&i| found[i]).map(|i| EVIDENCE[i].0).sum();
    (score, (0..4).find(|&i| found[i]).map(|i| EVIDENCE[i].1))
}

/// Why a name resolved to its place: kept as data, and written out (`Why::evidence`) only for
/// the item a place's first mention makes, so most resolutions build no text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Why {
    /// No other place has the name.
    Only,
    /// The name is followed by a word for a division ("New York state").
    Division,
    /// A ", Texas" qualifier picked it.
    Qualified(Place),
    /// The document's other places picked it (the strongest reason), over `others` places.
    Context(&'static str, usize),
    /// It is the most prominent, over `others` places.
    Prominence(Place, usize),
}

impl Why {
    /// The evidence of an item found by `cue`: "cue; why". The common reasons are fixed text, so
    /// their evidence is too.
    pub fn evidence(self, cue: &'static str) -> Cow<'static, str> {
        let fixed = match (self, cue) {
            (Why::Only, "gazetteer name") => Some("gazetteer name; the only place of that name"),
            (Why::Only, "possessive") => Some("possessive; the only place of that name"),
            (Why::Only, "dateline") => Some("dateline; the only place of that name"),
            (Why::Division, "gazetteer name") => {
                Some("gazetteer name; followed by a word for a division")
            }
            (Why::Division, "possessive") => Some("possessive; followed by a word for a division"),
            (Why::Division, "dateline") => Some("dateline; followed by a word for a division"),
            _ => None,
        };
        if let Some(fixed) = fixed {
            return Cow::Borrowed(fixed);
        }
        let mut text = String::with_capacity(cue.len() + 80);
        text.push_str(cue);
        text.push_str("; ");
        let over = |text: &mut String, others: usize| {
            text.push_str(", over ");
            itoap::write_to_string(text, others);
            text.push_str(" other places");
        };
        match self {
            Why::Only => text.push_str("the only place of that name"),
            Why::Division => text.push_str("followed by a word for a division"),
            Why::Qualified(q) => {
                text.push_str("qualified by ");
                text.push_str(q.name());
            }
            Why::Context(why, others) => {
                text.push_str("context: ");
                text.push_str(why);
                text.push_str("; chosen over ");
                itoap::write_to_string(&mut text, others);
                text.push_str(" other places");
            }
            Why::Prominence(best, others) => {
                match best.kind() {
                    Kind::City => {
                        text.push_str(if best.is_capital() {
                            "prominence: a capital of "
                        } else {
                            "prominence: a city of "
                        });
                        itoap::write_to_string(&mut text, best.population());
                        text.push_str(" people");
                    }
                    Kind::Admin1 => text.push_str("prominence: a first-level division"),
                    kind => {
                        text.push_str("prominence: a ");
                        text.push_str(kind.as_str());
                    }
                }
                over(&mut text, others);
            }
        }
        Cow::Owned(text)
    }
}

/// The place a name denotes here, with the evidence for the choice.
pub fn resolve(
    candidates: Candidates,
    qualifier: Option<Place>,
    context: &Context,
) -> (Place, Why) {
    let all = || candidates.places();
    let others = all().len() - 1;
    if others == 0 {
        let only = all().next().expect("candidates are never empty");
        return (only, Why::Only);
    }
    if let Some(q) = qualifier {
        let fits = |p: &Place| {
            p.country() == q.country() && (q.kind() == Kind::Country || p.admin1() == q.admin1())
        };
        if let Some(p) = all()
            .filter(fits)
            .max_by(|a, b| prominence(*a).total_cmp(&prominence(*b)))
        {
            return (p, Why::Qualified(q));
        }
    }
    // One pass scores each place once (support reads every other name of the document) and
    // keeps both picks as `max_by` would: the last of equal prominence, and of equal scores the
    // lowest record.
    let mut plain: Option<(Place, f64)> = None;
    let mut best: Option<(Place, f64)> = None;
    for p in all() {
        let prominence = prominence(p);
        if plain.is_none_or(|(_, top)| top.total_cmp(&prominence).is_le()) {
            plain = Some((p, prominence));
        }
        let score = prominence + support(p, candidates, context).0;
        if best.is_none_or(|(b, top)| top.total_cmp(&score).then(p.0.cmp(&b.0)).is_le()) {
            best = Some((p, score));
        }
    }
    let (Some((plain, _)), Some((best, _))) = (plain, best) else {
        unreachable!("candidates are never empty");
    };
    if best != plain {
        let why = support(best, candidates, context).1.unwrap_or("context");
        return (best, Why::Context(why, others));
    }
    (best, Why::Prominence(best, others))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::lookup;

    #[test]
    fn prominence_picks_the_capital_without_context() {
        let (paris, evidence) = resolve(lookup("Paris").unwrap(), None, &Context::default());
        assert_eq!(paris.country(), Some("FR"));
        let evidence = evidence.evidence("cue");
        assert!(evidence.starts_with("cue; prominence"), "{evidence}");
    }

    #[test]
    fn qualifier_picks_the_town_in_that_state() {
        let texas = lookup("Texas").unwrap().places().next().unwrap();
        let (paris, evidence) = resolve(lookup("Paris").unwrap(), Some(texas), &Context::default());
        assert_eq!((paris.country(), paris.admin1()), (Some("US"), "TX"));
        assert!(evidence.evidence("cue").contains("Texas"));
    }

    #[test]
    fn state_named_elsewhere_pulls_its_town() {
        let mut context = Context::default();
        context.add(lookup("Texas").unwrap());
        let (paris, _) = resolve(lookup("Paris").unwrap(), None, &context);
        assert_eq!(paris.admin1(), "TX");
    }

    #[test]
    fn georgia_is_the_country_unless_american_places_surround_it() {
        let (georgia, _) = resolve(lookup("Georgia").unwrap(), None, &Context::default());
        assert_eq!(georgia.kind(), Kind::Country);
        let mut context = Context::default();
        context.add(lookup("Atlanta").unwrap());
        context.add(lookup("United States").unwrap());
        let (georgia, _) = resolve(lookup("Georgia").unwrap(), None, &context);
        assert_eq!(georgia.kind(), Kind::Admin1);
    }

    #[test]
    fn a_name_is_not_its_own_context() {
        let mut context = Context::default();
        context.add(lookup("Mexico").unwrap());
        let (mexico, _) = resolve(lookup("Mexico").unwrap(), None, &context);
        assert_eq!(mexico.kind(), Kind::Country);
    }

    #[test]
    fn country_context_does_not_outweigh_a_much_larger_town() {
        let mut context = Context::default();
        context.add(lookup("United States").unwrap());
        context.add(lookup("Chicago").unwrap());
        let (rotterdam, _) = resolve(lookup("Rotterdam").unwrap(), None, &context);
        assert_eq!(rotterdam.country(), Some("NL"));
    }

    #[test]
    fn washington_alone_is_the_capital() {
        let (washington, _) = resolve(lookup("Washington").unwrap(), None, &Context::default());
        assert!(washington.is_capital());
    }
}
