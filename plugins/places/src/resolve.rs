//! Resolution: each name picks one place, by the document's context (a ", Texas" qualifier,
//! states and countries named elsewhere) and then by prominence (kind, capital, population).
//! One sense per document: every mention of a name resolves to the same place.

use crate::gazetteer::{Candidates, Kind, Place};
use std::collections::HashSet;

/// What the rest of the document says about where it is.
#[derive(Debug, Default)]
pub struct Context {
    /// Countries named directly ("Venezuela").
    named_countries: HashSet<&'static str>,
    /// Countries of unambiguous towns and divisions ("Caracas" -> VE).
    implied_countries: HashSet<&'static str>,
    /// (country, admin1) of divisions named ("Texas" -> US/TX).
    named_admin1: HashSet<(&'static str, &'static str)>,
    /// (country, admin1) of unambiguous towns ("Houston" -> US/TX).
    implied_admin1: HashSet<(&'static str, &'static str)>,
}

impl Context {
    /// Learns from one name found in the document.
    pub fn add(&mut self, candidates: Candidates) {
        let mut places = candidates.places();
        let Some(top) = places.next() else { return };
        let unambiguous = places.next().is_none();
        let Some(country) = top.country() else { return };
        match top.kind() {
            Kind::Country => {
                self.named_countries.insert(country);
            }
            Kind::Admin1 => {
                self.named_admin1.insert((country, top.admin1()));
                if unambiguous {
                    self.implied_countries.insert(country);
                }
            }
            Kind::City if unambiguous => {
                self.implied_countries.insert(country);
                self.implied_admin1.insert((country, top.admin1()));
            }
            _ => {}
        }
    }
}

/// How prominent a place is on its own.
fn prominence(place: Place) -> f64 {
    match place.kind() {
        Kind::Country => 100.0,
        Kind::Continent => 95.0,
        Kind::Region | Kind::Water => 88.0,
        Kind::Admin1 => 75.0,
        Kind::City => {
            let capital = if place.is_capital() { 15.0 } else { 0.0 };
            20.0 + 8.0 * (place.population().max(1) as f64).log10() + capital
        }
        Kind::Other => 0.0,
    }
}

/// How much the document's context favours a place, and why.
fn support(place: Place, context: &Context) -> (f64, Option<&'static str>) {
    let Some(country) = place.country() else {
        return (0.0, None);
    };
    let admin1 = (country, place.admin1());
    let mut score = 0.0;
    let mut why = None;
    if place.kind() != Kind::Country {
        if context.named_countries.contains(country) {
            score += 10.0;
            why = Some("its country is named");
        }
        if context.implied_countries.contains(country) {
            score += 15.0;
            why = Some("other places in its country are named");
        }
    }
    if !admin1.1.is_empty() {
        if place.kind() == Kind::City && context.named_admin1.contains(&admin1) {
            score += 40.0;
            why = Some("its state or province is named");
        }
        if place.kind() == Kind::Admin1 && context.implied_admin1.contains(&admin1) {
            score += 40.0;
            why = Some("towns inside it are named");
        }
    }
    (score, why)
}

/// The place a name denotes here, with the evidence for the choice.
pub fn resolve(
    candidates: Candidates,
    qualifier: Option<Place>,
    context: &Context,
) -> (Place, String) {
    let all: Vec<Place> = candidates.places().collect();
    if all.len() == 1 {
        return (all[0], "the only place of that name".into());
    }
    if let Some(q) = qualifier {
        let fits = |p: &&Place| {
            p.country() == q.country() && (q.kind() == Kind::Country || p.admin1() == q.admin1())
        };
        if let Some(p) = all
            .iter()
            .filter(fits)
            .max_by(|a, b| prominence(**a).total_cmp(&prominence(**b)))
        {
            return (*p, format!("qualified by {}", q.name()));
        }
    }
    let plain = *all
        .iter()
        .max_by(|a, b| prominence(**a).total_cmp(&prominence(**b)))
        .expect("candidates are never empty");
    let scored = |p: Place| prominence(p) + support(p, context).0;
    let best = *all
        .iter()
        .max_by(|a, b| scored(**a).total_cmp(&scored(**b)).then(b.0.cmp(&a.0)))
        .expect("candidates are never empty");
    let others = all.len() - 1;
    if best != plain {
        let why = support(best, context).1.unwrap_or("context");
        return (
            best,
            format!("context: {why}; chosen over {others} other places"),
        );
    }
    let what = match best.kind() {
        Kind::City if best.is_capital() => format!("a capital of {} people", best.population()),
        Kind::City => format!("a city of {} people", best.population()),
        kind => format!("a {}", kind.as_str()),
    };
    (
        best,
        format!("prominence: {what}, over {others} other places"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::lookup;

    #[test]
    fn prominence_picks_the_capital_without_context() {
        let (paris, evidence) = resolve(lookup("Paris").unwrap(), None, &Context::default());
        assert_eq!(paris.country(), Some("FR"));
        assert!(evidence.starts_with("prominence"), "{evidence}");
    }

    #[test]
    fn qualifier_picks_the_town_in_that_state() {
        let texas = lookup("Texas").unwrap().places().next().unwrap();
        let (paris, evidence) = resolve(lookup("Paris").unwrap(), Some(texas), &Context::default());
        assert_eq!((paris.country(), paris.admin1()), (Some("US"), "TX"));
        assert!(evidence.contains("Texas"));
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
    fn washington_alone_is_the_capital() {
        let (washington, _) = resolve(lookup("Washington").unwrap(), None, &Context::default());
        assert!(washington.is_capital());
    }
}
