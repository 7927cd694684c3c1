//! The extractor end to end on sentences written for these tests, one phenomenon each.
use lede_core::{Document, Extractions, Extractor};
use lede_places::gazetteer::Kind;
use lede_places::{Item, Options, Places};

fn extract_with(options: Options, text: &str) -> Vec<Item> {
    let doc = Document::new("t", text).unwrap();
    let items = Places::new(options)
        .unwrap()
        .extract(&doc, &Extractions::default());
    for item in &items {
        for m in &item.mentions {
            assert_eq!(&text[m.start..m.end], m.text, "offsets of {}", item.name);
        }
    }
    items
}

fn extract(text: &str) -> Vec<Item> {
    extract_with(Options::default(), text)
}

fn names(text: &str) -> Vec<String> {
    extract(text)
        .into_iter()
        .map(|i| i.name.into_owned())
        .collect()
}

fn find<'a>(items: &'a [Item], name: &str) -> &'a Item {
    items
        .iter()
        .find(|i| i.name == name)
        .unwrap_or_else(|| panic!("{name} not found"))
}

#[test]
fn country_short_and_long_forms_merge_into_one_place() {
    let items =
        extract("The US said the United States and America would act; the U.S. envoy agreed.");
    let us = find(&items, "United States");
    assert_eq!(us.mentions.len(), 4);
    assert_eq!(us.kind, Kind::Country);
    assert_eq!(us.country, Some("US"));
    assert_eq!(items.len(), 1);
    let items = extract("Britain and the UK are one; Türkiye and Turkey too; the UAE is apart.");
    assert_eq!(find(&items, "United Kingdom").mentions.len(), 2);
    assert_eq!(find(&items, "Turkey").mentions.len(), 2);
    assert_eq!(find(&items, "United Arab Emirates").mentions.len(), 1);
}

#[test]
fn divisions_regions_and_water_are_found_with_their_kinds() {
    let items = extract(
        "Floods in Assam swelled the Brahmaputra, while drought gripped the Horn of Africa, \
         the Sahel and East Africa; tankers crossed the Strait of Hormuz and the South China Sea.",
    );
    assert_eq!(find(&items, "Assam").kind, Kind::Admin1);
    assert_eq!(find(&items, "Brahmaputra").kind, Kind::Water);
    assert_eq!(find(&items, "Horn of Africa").kind, Kind::Region);
    assert_eq!(find(&items, "Sahel").kind, Kind::Region);
    assert_eq!(find(&items, "East Africa").kind, Kind::Region);
    assert_eq!(find(&items, "Strait of Hormuz").kind, Kind::Water);
    assert_eq!(find(&items, "South China Sea").kind, Kind::Water);
    assert!(!names("Floods in Assam swelled rivers.").contains(&"Africa".to_string()));
}

#[test]
fn a_rejected_name_does_not_hide_the_place_after_it() {
    assert_eq!(names("In Tokyo, shares fell."), ["Tokyo"]);
}

#[test]
fn datelines_and_possessives_are_mentions() {
    let items = extract(
        "LISBON, March 3 — Portugal's ports reopened.\nMoscow [Russia], December 23 — Calm.",
    );
    let lisbon = find(&items, "Lisbon");
    assert_eq!(lisbon.mentions[0].text, "LISBON");
    assert!(lisbon.evidence.starts_with("dateline"));
    assert_eq!(find(&items, "Portugal").mentions[0].text, "Portugal");
    find(&items, "Moscow");
    find(&items, "Russia");
}

#[test]
fn places_inside_organization_names_are_not_mentions() {
    let text = "The Bank of Portugal, the New York Times, the India Meteorological Department, \
                the Elbe Line and the US Navy all declined to comment.";
    assert!(names(text).is_empty(), "{:?}", names(text));
}

#[test]
fn people_named_like_places_are_not_mentions() {
    for text in [
        "Georgia Mwangi opened the clinic.",
        "Jordan Henderson scored twice.",
        "Paris Hilton arrived late.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
    assert_eq!(
        names("Aid reached Jordan and Georgia."),
        ["Jordan", "Georgia"]
    );
}

#[test]
fn demonyms_common_words_and_products_are_not_places() {
    for text in [
        "Venezuelan, Russian and Ethiopian officials met.",
        "Independence came late. Reading the report, he frowned.",
        "The gunners fired an Igla-S at the drone.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}

#[test]
fn context_resolves_ambiguous_names() {
    let items = extract("The fair in Paris, Texas drew crowds.");
    let paris = find(&items, "Paris");
    assert_eq!(paris.country, Some("US"));
    assert!(paris.evidence.contains("Texas"));
    let items = extract("Tourists filled Paris and Lyon.");
    assert_eq!(find(&items, "Paris").country, Some("FR"));
}

#[test]
fn a_division_noun_picks_the_division() {
    let items = extract("The governor of New York state spoke in New York.");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].kind, Kind::Admin1);
    assert_eq!(items[1].kind, Kind::City);
}

#[test]
fn metonymic_mentions_are_flagged_and_can_be_dropped() {
    let text =
        "Washington has accused Caracas of fraud. Moscow said it would help. Snow fell on Moscow.";
    let items = extract(text);
    assert!(find(&items, "Washington").metonymic);
    assert!(find(&items, "Caracas").metonymic);
    let moscow = find(&items, "Moscow");
    assert!(!moscow.metonymic);
    assert!(moscow.mentions[0].metonymic && !moscow.mentions[1].metonymic);
    let options = Options {
        keep_metonymic: false,
        ..Options::default()
    };
    let items = extract_with(options, text);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].mentions.len(), 1);
}

#[test]
fn kinds_and_population_options_filter_items() {
    let text = "From Garissa in Kenya to the Indian Ocean.";
    let only_water = Options {
        kinds: vec!["water".into()],
        ..Options::default()
    };
    let items = extract_with(only_water, text);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].name, "Indian Ocean");
    let big_cities = Options {
        min_population: 1_000_000,
        ..Options::default()
    };
    let items = extract_with(big_cities, text);
    assert!(items.iter().all(|i| i.name != "Garissa"));
    assert!(Places::new(Options {
        kinds: vec!["planet".into()],
        ..Options::default()
    })
    .is_err());
}

#[test]
fn towns_named_by_their_context_are_reported_without_coordinates() {
    let items = extract("Cargo left the port of Vilaverde for Somalia's Xerbale region.");
    let town = find(&items, "Vilaverde");
    assert_eq!(town.kind, Kind::City);
    assert!(town.latitude.is_none() && town.geonames_id.is_none());
    assert_eq!(find(&items, "Xerbale").country, Some("SO"));
    assert!(find(&items, "Vilaverde").country.is_none());
    find(&items, "Somalia");
    let options = Options {
        context_places: false,
        ..Options::default()
    };
    assert_eq!(
        extract_with(options, "Cargo left the port of Vilaverde.").len(),
        0
    );
}

#[test]
fn sports_results_name_teams_not_places() {
    let text = "Results: Wigan 4 Chester 2; Kent v Essex was drawn; Paris Saint-Germain 3-0 Lyon.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    // The visitors are a team; the hosts' city is where the game is played.
    assert_eq!(names("HOUSTON AT CHICAGO"), ["Chicago"]);
    assert_eq!(names("SAN FRANCISCO AT NEW YORK"), ["New York City"]);
    assert_eq!(
        names("Austria lost in Salzburg 3-2."),
        ["Austria", "Salzburg"]
    );
}

#[test]
fn any_cut_of_a_tricky_text_extracts_without_panicking_and_with_exact_spans() {
    let text = "LISBON, March 3 — Côte d'Ivoire's envoy left Washington, D.C. for the port of \
                Vilaverde.\r\nMoscow [Russia], Dec. 23 — Nantes 0-2 Rennes; HOUSTON AT CHICAGO.\n\
                “In Tokyo,” said Georgia Mwangi of the Bank of Portugal, “New York state…”";
    let cuts: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    for &start in cuts.iter().step_by(7) {
        for &end in cuts.iter().rev().step_by(11).filter(|&&e| e >= start) {
            extract(&text[start..end]);
        }
    }
}
