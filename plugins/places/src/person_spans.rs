//! The spans of the `people` extractor's mentions, read straight from its JSON into one vector:
//! only `mentions[].start` and `.end` are kept, everything else is skipped unread, and no
//! per-person vectors are built.

use lede_core::{Extractions, Span};
use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::fmt;

#[derive(Deserialize)]
struct SpanRef {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum Field {
    Mentions,
    #[serde(other)]
    Other,
}

/// The people array: each person's mentions are appended to the vector.
struct People<'a>(&'a mut Vec<Span>);
/// One person: its `mentions` are appended, a person without them is an error.
struct Person<'a>(&'a mut Vec<Span>);
/// One `mentions` array.
struct Mentions<'a>(&'a mut Vec<Span>);

impl<'de> Visitor<'de> for People<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of people")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Person(&mut *self.0))?.is_some() {}
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Person<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Person<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a person")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut mentions = false;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Mentions => {
                    map.next_value_seed(Mentions(&mut *self.0))?;
                    mentions = true;
                }
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        mentions
            .then_some(())
            .ok_or_else(|| A::Error::missing_field("mentions"))
    }
}

impl<'de> DeserializeSeed<'de> for Mentions<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Mentions<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of mentions")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(m) = seq.next_element::<SpanRef>()? {
            self.0.push(Span {
                start: m.start,
                end: m.end,
            });
        }
        Ok(())
    }
}

/// Every person mention's span, sorted by end (person mentions do not nest, so the first span
/// ending after a token is the only one to check); empty when `people` did not run or its JSON
/// does not fit.
pub fn person_spans(earlier: &Extractions) -> Vec<Span> {
    let mut spans = Vec::new();
    let Some(json) = earlier.get("people") else {
        return spans;
    };
    let mut reader = serde_json::Deserializer::from_str(json);
    let read = reader
        .deserialize_seq(People(&mut spans))
        .and_then(|()| reader.end());
    if read.is_err() {
        spans.clear();
    }
    spans.sort_unstable_by_key(|s| (s.end, s.start));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spans(people: serde_json::Value) -> Vec<(usize, usize)> {
        let earlier = Extractions::default().with("people", people.as_array().unwrap());
        person_spans(&earlier)
            .iter()
            .map(|s| (s.start, s.end))
            .collect()
    }

    #[test]
    fn mentions_of_every_person_are_read_sorted_by_end() {
        let people = json!([
            {"name": "A B", "mentions": [{"text": "B", "start": 30, "end": 31}], "key": "a b"},
            {"mentions": [{"text": "C D", "start": 2, "end": 5}, {"start": 40, "end": 43}]},
        ]);
        assert_eq!(spans(people), [(2, 5), (30, 31), (40, 43)]);
    }

    #[test]
    fn people_json_that_does_not_fit_gives_no_spans() {
        assert!(spans(json!([{"mentions": [{"start": 1, "end": 2}]}, {"name": "X"}])).is_empty());
        assert!(spans(json!([{"mentions": [{"start": "1", "end": 2}]}])).is_empty());
        assert!(person_spans(&Extractions::default()).is_empty());
    }
}
