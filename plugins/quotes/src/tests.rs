//! End-to-end behaviour of the extractor on the quotation and attribution shapes of news.

use super::*;

/// Runs the extractor on `text` with people given as (canonical name, mention strings); every
/// occurrence of a mention string is a mention.
fn run(text: &str, people: &[(&'static str, &[&str])]) -> Vec<Item> {
    let persons: Vec<Person> = people
        .iter()
        .map(|(name, mentions)| {
            let spans: Vec<(usize, usize)> = mentions
                .iter()
                .flat_map(|m| {
                    text.match_indices(m)
                        .map(|(start, _)| (start, start + m.len()))
                })
                .collect();
            entities::person(name, &[], &spans)
        })
        .collect();
    let doc = Document::new("t", text).unwrap();
    let quotes = Quotes::new(Options::default()).unwrap();
    quotes.attribute(&doc, &marks::find(&doc), &persons)
}

/// (content, partial, cue, speaker name) of every item.
fn summary(items: &[Item]) -> Vec<(&str, bool, Option<&str>, Option<&str>)> {
    items
        .iter()
        .map(|i| {
            (
                i.text.as_str(),
                i.partial,
                i.cue.as_deref(),
                i.speaker.as_ref().map(|s| s.name.as_str()),
            )
        })
        .collect()
}

const ERIKSEN: (&str, &[&str]) = ("Ole Eriksen", &["Ole Eriksen", "Eriksen"]);
const BERG: (&str, &[&str]) = ("Anna Berg", &["Anna Berg", "Berg"]);

#[test]
fn quote_then_speaker_then_cue() {
    let items = run(
        "Ole Eriksen arrived.\n\"We are ready,\" Eriksen said.",
        &[ERIKSEN],
    );
    assert_eq!(
        summary(&items),
        [("We are ready,", false, Some("said"), Some("Ole Eriksen"))]
    );
    let speaker = items[0].speaker.as_ref().unwrap();
    assert_eq!((speaker.text.as_str(), speaker.kind), ("Eriksen", "person"));
}

#[test]
fn quote_then_cue_then_speaker() {
    assert_eq!(
        summary(&run("“We are ready,” said Ole Eriksen.", &[ERIKSEN])),
        [("We are ready,", false, Some("said"), Some("Ole Eriksen"))]
    );
}

#[test]
fn speaker_and_cue_before_a_colon() {
    assert_eq!(
        summary(&run(
            "Eriksen told reporters: \"We are ready.\"",
            &[ERIKSEN]
        )),
        [(
            "We are ready.",
            false,
            Some("told reporters"),
            Some("Ole Eriksen")
        )]
    );
}

#[test]
fn speaker_said_that_quote() {
    assert_eq!(
        summary(&run("Berg said that \"the bridge stays shut.\"", &[BERG])),
        [(
            "the bridge stays shut.",
            false,
            Some("said"),
            Some("Anna Berg")
        )]
    );
}

#[test]
fn according_to_speaker() {
    assert_eq!(
        summary(&run(
            "According to Berg, \"the bridge stays shut.\"",
            &[BERG]
        )),
        [(
            "the bridge stays shut.",
            false,
            Some("According to"),
            Some("Anna Berg")
        )]
    );
}

#[test]
fn organization_added_in_its_statement() {
    let text = "The Norwegian Ministry of Fisheries spoke first.\n\
                \"Quotas will fall,\" the Norwegian ministry added in its statement.";
    let items = run(text, &[]);
    assert_eq!(
        summary(&items),
        [(
            "Quotas will fall,",
            false,
            Some("added"),
            Some("Norwegian Ministry of Fisheries")
        )]
    );
    let speaker = items[0].speaker.as_ref().unwrap();
    assert_eq!(
        (speaker.text.as_str(), speaker.kind),
        ("Norwegian ministry", "organization")
    );
}

#[test]
fn pronoun_speaker_resolves_to_the_last_person() {
    let text = "Coach Ole Eriksen met the press.\n\"We lost,\" he said.";
    let items = run(text, &[ERIKSEN]);
    assert_eq!(
        summary(&items),
        [("We lost,", false, Some("said"), Some("Ole Eriksen"))]
    );
    assert_eq!(items[0].speaker.as_ref().unwrap().text, "he");
}

#[test]
fn two_quotes_in_a_row_share_the_speaker() {
    assert_eq!(
        summary(&run(
            "\"We lost,\" Eriksen said. \"Next week we win.\"",
            &[ERIKSEN]
        )),
        [
            ("We lost,", false, Some("said"), Some("Ole Eriksen")),
            ("Next week we win.", false, None, Some("Ole Eriksen"))
        ]
    );
}

#[test]
fn quotation_continued_over_paragraphs_keeps_its_speaker() {
    let text = "Anna Berg spoke at length.\n\
                \"The bridge is old and the river is high.\n\
                \"We will close it,\" Berg said.";
    let items = run(text, &[BERG]);
    assert_eq!(
        summary(&items),
        [
            (
                "The bridge is old and the river is high.",
                false,
                None,
                Some("Anna Berg")
            ),
            ("We will close it,", false, Some("said"), Some("Anna Berg"))
        ]
    );
}

#[test]
fn paragraph_of_quotation_after_one_ending_in_the_same_voice() {
    let text = "Berg said: \"The bridge is old.\"\n\"It will close in May.\"";
    assert_eq!(
        summary(&run(text, &[BERG])),
        [
            ("The bridge is old.", false, Some("said"), Some("Anna Berg")),
            ("It will close in May.", false, None, Some("Anna Berg"))
        ]
    );
}

#[test]
fn partial_quote_takes_the_subject_of_its_verb() {
    let text = "Berg reaffirmed \"full support for the fishermen\" on Monday, while the \
                Kremlin insisted on its \"respect for the treaty.\"";
    assert_eq!(
        summary(&run(text, &[BERG])),
        [
            (
                "full support for the fishermen",
                true,
                Some("reaffirmed"),
                Some("Anna Berg")
            ),
            (
                "respect for the treaty.",
                true,
                Some("insisted"),
                Some("Kremlin")
            )
        ]
    );
}

#[test]
fn partial_quote_inside_a_conditional_clause() {
    let text = "On Sunday, Berg warned that if the mayor \"stays silent, the strike goes on\", \
                in a sign of trouble.";
    assert_eq!(
        summary(&run(text, &[BERG])),
        [(
            "stays silent, the strike goes on",
            true,
            Some("warned"),
            Some("Anna Berg")
        )]
    );
}

#[test]
fn speaker_introduced_in_the_next_sentence() {
    let text = "\"Nobody will be left behind.\" Eriksen repeated the promise on Friday.";
    assert_eq!(
        summary(&run(text, &[ERIKSEN])),
        [(
            "Nobody will be left behind.",
            false,
            None,
            Some("Ole Eriksen")
        )]
    );
}

#[test]
fn speaker_named_as_the_source_of_the_words() {
    let text = "\"Every hour counts.\" The warning came from harbour chief Ole Eriksen.";
    assert_eq!(
        summary(&run(text, &[])),
        [("Every hour counts.", false, None, Some("Ole Eriksen"))]
    );
}

#[test]
fn scare_quotes_have_no_speaker() {
    assert_eq!(
        summary(&run("The so-called \"green deal\" was signed.", &[])),
        [("green deal", true, None, None)]
    );
}

#[test]
fn a_sentence_after_a_closed_quote_is_not_its_attribution() {
    let text = "Berg said: \"We stay.\" Eriksen warned that costs rise.";
    assert_eq!(
        summary(&run(text, &[BERG, ERIKSEN])),
        [("We stay.", false, Some("said"), Some("Anna Berg"))]
    );
}

#[test]
fn organization_speakers_as_the_document_names_them() {
    let text = "\"Flights resume on Monday,\" the Civil Aviation Authority said.\n\
                \"We are watching,\" Norway’s government said.";
    let items = run(text, &[]);
    let names: Vec<_> = items
        .iter()
        .map(|i| {
            let s = i.speaker.as_ref().unwrap();
            (s.name.as_str(), s.kind)
        })
        .collect();
    assert_eq!(
        names,
        [
            ("Civil Aviation Authority", "organization"),
            ("Norway’s government", "organization")
        ]
    );
}

#[test]
fn spans_are_exact_and_evidence_is_given() {
    let text = "Ms. Berg said: «Ça suffit», en français.";
    let items = run(text, &[BERG]);
    assert_eq!(items.len(), 1);
    assert_eq!(&text[items[0].start..items[0].end], "Ça suffit");
    assert!(items[0].evidence.contains("colon"));
}

#[test]
fn unbalanced_marks_do_not_swallow_the_document() {
    let text = "He said \"this never closes.\nThen Berg said: \"A real quote.\"\nPlain \"text.";
    assert_eq!(
        summary(&run(text, &[BERG])),
        [("A real quote.", false, Some("said"), Some("Anna Berg"))]
    );
}

#[test]
fn nested_quotations_only_on_request() {
    let text = "“They shouted ‘go home’ at us,” Berg said.";
    assert_eq!(run(text, &[BERG]).len(), 1);
    let nested = Quotes::new(Options {
        nested: true,
        ..Options::default()
    })
    .unwrap();
    let doc = Document::new("t", text).unwrap();
    let items = nested.attribute(&doc, &marks::find(&doc), &[]);
    let contents: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(contents, ["They shouted ‘go home’ at us,", "go home"]);
}

#[test]
fn zero_windows_are_rejected() {
    let options = Options {
        after_window: 0,
        ..Options::default()
    };
    assert!(Quotes::new(options).is_err());
    assert!(Quotes::new(Options::default()).is_ok());
}
