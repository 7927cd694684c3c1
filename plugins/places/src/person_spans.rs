//! The spans of the `people` extractor's mentions, in one vector.

use lede_core::{Extractions, Span};
use lede_people::People;

/// Every person mention's span, sorted by end (person mentions do not nest, so the first span
/// ending after a token is the only one to check); empty when `people` did not run.
pub fn person_spans(earlier: &Extractions) -> Vec<Span> {
    let mut spans: Vec<Span> = earlier
        .of::<People>()
        .iter()
        .flat_map(|person| &person.mentions)
        .map(|m| Span {
            start: m.start,
            end: m.end,
        })
        .collect();
    spans.sort_unstable_by_key(|s| (s.end, s.start));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_core::{Document, Extractor};

    #[test]
    fn mentions_of_every_person_are_read_sorted_by_end() {
        let doc = Document::new("t", "Ana Silva met Jo Park. Silva left.").unwrap();
        let people = People::new(Default::default()).unwrap();
        let earlier = Extractions::default()
            .with::<People>(&doc, people.extract(&doc, &Extractions::default()));
        let spans: Vec<(usize, usize)> = person_spans(&earlier)
            .iter()
            .map(|s| (s.start, s.end))
            .collect();
        assert_eq!(spans, [(0, 9), (14, 21), (23, 28)]);
        assert!(person_spans(&Extractions::default()).is_empty());
    }
}
