//! Whole-extractor behaviour on invented news sentences: grouping, spans, titles and keys.

use crate::{Item, People};
use lede_core::{Document, Extractions, Extractor};

fn extract(text: &str) -> Vec<Item> {
    let doc = Document::new("t", text).unwrap();
    People::new(Default::default())
        .unwrap()
        .extract(&doc, &Extractions::default())
}

fn names(text: &str) -> Vec<String> {
    extract(text).into_iter().map(|p| p.name).collect()
}

fn person<'a>(items: &'a [Item], name: &str) -> &'a Item {
    items
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} not found in {items:?}"))
}

fn mention_texts(item: &Item) -> Vec<&str> {
    item.mentions.iter().map(|m| m.text.as_str()).collect()
}

#[test]
fn surname_mention_joins_full_name() {
    let items = extract(
        "Foreign Minister Petra Halvorsen arrived on Monday. Halvorsen said the talks went well.",
    );
    assert_eq!(items.len(), 1);
    assert_eq!(mention_texts(&items[0]), ["Petra Halvorsen", "Halvorsen"]);
    assert_eq!(items[0].titles, ["Foreign Minister"]);
}

#[test]
fn possessive_is_excluded_from_the_mention() {
    for text in [
        "Ambassador Oskar Lindqvist spoke. Lindqvist's staff agreed.",
        "Ambassador Oskar Lindqvist spoke. Lindqvist’s staff agreed.",
    ] {
        let items = extract(text);
        let p = person(&items, "Oskar Lindqvist");
        assert_eq!(mention_texts(p), ["Oskar Lindqvist", "Lindqvist"]);
        let m = &p.mentions[1];
        assert_eq!(&text[m.start..m.end], "Lindqvist");
    }
}

#[test]
fn honorific_surname_joins_and_titles_accumulate() {
    let items = extract(
        "The envoy Lars Eriksen flew home. Mr. Eriksen later met Dr. Annika Lindqvist-Berg.",
    );
    let lars = person(&items, "Lars Eriksen");
    assert_eq!(mention_texts(lars), ["Lars Eriksen", "Eriksen"]);
    assert_eq!(lars.titles, ["envoy", "Mr."]);
    assert_eq!(person(&items, "Annika Lindqvist-Berg").titles, ["Dr."]);
}

#[test]
fn people_sharing_a_surname_stay_apart() {
    let items = extract(
        "Senator Maria Okafor and her brother, Daniel Okafor, disagreed. Daniel Okafor left early.",
    );
    assert_eq!(items.len(), 2);
    assert_eq!(mention_texts(person(&items, "Daniel Okafor")).len(), 2);
}

#[test]
fn transliterations_and_accents_merge_and_share_a_key() {
    let items = extract(
        "Minister Sergei Volkonsky called Yvan Gil Pinto. Later Serguéi Volkonsky and Iván Gil spoke again.",
    );
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(person(&items, "Yvan Gil Pinto").mentions.len(), 2);
    let other = extract("President Iván Gil Pinto resigned.");
    assert_eq!(other[0].key, person(&items, "Yvan Gil Pinto").key);
}

#[test]
fn long_hispanic_names_and_accents() {
    let items = extract(
        "Governor Jesús Rafael Salazar Velázquez met Hugo Chávez's heirs. Salazar denied it.",
    );
    let jesus = person(&items, "Jesús Rafael Salazar Velázquez");
    assert_eq!(
        mention_texts(jesus),
        ["Jesús Rafael Salazar Velázquez", "Salazar"]
    );
    assert_eq!(
        person(&items, "Hugo Chávez").mentions[0].text,
        "Hugo Chávez"
    );
}

#[test]
fn the_late_and_sentence_start_particles() {
    let items = extract(
        "Karl-Heinz von Albrecht praised the late Tomasz Wielgosz. Von Albrecht, 71, is retired.",
    );
    let karl = person(&items, "Karl-Heinz von Albrecht");
    assert_eq!(
        mention_texts(karl),
        ["Karl-Heinz von Albrecht", "Von Albrecht"]
    );
    assert!(names("They honoured the late Tomasz Wielgosz.").contains(&"Tomasz Wielgosz".into()));
}

#[test]
fn headline_names_join_the_body_but_headline_words_do_not() {
    let text = "Halvorsen Warns Of Coming Storm\nDefence Minister Petra Halvorsen spoke.\nCoastal Defence\nShe left.";
    let items = extract(text);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(mention_texts(&items[0]), ["Halvorsen", "Petra Halvorsen"]);
}

#[test]
fn all_caps_headline_mentions_join_by_folded_key() {
    let items = extract("HALVORSEN WINS VOTE .\nOSLO 1996-08-30\nPetra Halvorsen won the vote .");
    assert_eq!(mention_texts(&items[0]), ["HALVORSEN", "Petra Halvorsen"]);
}

#[test]
fn organisations_places_vessels_and_awards_are_not_people() {
    let text = "The Kremlin and the Pentagon traded claims. TASS said Washington erred. \
                Georgia protested. The aircraft carrier Gerald R. Ford sailed past Ford Bay. \
                She won the Nobel Prize at Elin Berg's Mansion.";
    assert!(names(text).is_empty(), "{:?}", names(text));
}

#[test]
fn titles_without_a_name_are_not_people() {
    assert!(names("The Foreign Minister and the President met.").is_empty());
}

#[test]
fn photo_credit_and_byline() {
    let items = extract("Leaders met. (Tarik Osmanov/Pool Photo via AP)\nBy Ines Marchetti");
    assert_eq!(
        items.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Tarik Osmanov", "Ines Marchetti"]
    );
    assert!(items[0].evidence.contains("photo credit"));
}

#[test]
fn mentions_are_exact_byte_spans() {
    let text = "Yıldırım Aksoy met José Tavares-Moniz and Siobhan O'Connell in Lisbon.";
    let items = extract(text);
    assert_eq!(items.len(), 3, "{items:?}");
    for m in items.iter().flat_map(|p| &p.mentions) {
        assert_eq!(&text[m.start..m.end], m.text);
    }
}

#[test]
fn initials_and_suffixes() {
    assert_eq!(names("Senator J. D. Vance spoke."), ["J. D. Vance"]);
    assert_eq!(
        names("Then Robert Hale Jr. and Henry Ford III arrived."),
        ["Robert Hale Jr.", "Henry Ford III"]
    );
}

#[test]
fn evidence_explains_each_person() {
    let items = extract("Spokesman Dmitri Orlov said so. Orlov repeated it.");
    assert_eq!(items[0].evidence, "title; coreference");
}

#[test]
fn honorific_gender_picks_between_people_sharing_a_surname() {
    let items = extract(
        "Inspector Ayşe Demirel spoke first. A colleague, Mehmet Demirel, agreed. Ms. Demirel then left.",
    );
    let ayse = person(&items, "Ayşe Demirel");
    assert_eq!(mention_texts(ayse), ["Ayşe Demirel", "Demirel"]);
    assert_eq!(person(&items, "Mehmet Demirel").mentions.len(), 1);
}

#[test]
fn titled_given_name_joins_the_full_name() {
    let items =
        extract("Sheikh Khalid bin Rashid al-Mansouri spoke. Later Sheikh Khalid told reporters.");
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0].mentions.len(), 2);
}

#[test]
fn lone_initials_and_suffixes_do_not_corefer() {
    let items = extract("Rep. Ana Ruiz, D-N.Y., met King Charles III. Charles smiled.");
    for p in &items {
        assert!(p.mentions.iter().all(|m| m.text != "Y."), "{items:?}");
    }
    assert_eq!(
        mention_texts(person(&items, "Charles III")),
        ["Charles III", "Charles"]
    );
}
