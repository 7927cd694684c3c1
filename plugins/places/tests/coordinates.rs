//! Well-known places resolve within 50 km of where they really are: first in sentences written
//! here (with the context an ambiguous name needs), then wherever they appear in the test corpus
//! (`tests/corpus/*.txt` of the workspace, when present).
use lede_core::{Document, Extractions, Extractor};
use lede_places::{Item, Options, Places};
use std::path::Path;

/// (name reported, latitude, longitude): true locations; countries at their GeoNames country
/// point, divisions at their centre, straits and rivers at their best-known point.
const KNOWN: &[(&str, f64, f64)] = &[
    ("Abu Dhabi", 24.4539, 54.3773),
    ("Albuquerque", 35.0844, -106.6504),
    ("Algeciras", 36.1408, -5.4562),
    ("Ankara", 39.9334, 32.8597),
    ("Armenia", 40.0, 45.0),
    ("Assam", 26.2, 92.9),
    ("Australia", -25.0, 135.0),
    ("Badajoz", 38.8794, -6.9707),
    ("Barpeta", 26.3230, 91.0060),
    ("Bavaria", 48.9, 11.4),
    ("Beijing", 39.9042, 116.4074),
    ("Belgrade", 44.7866, 20.4489),
    ("Bosphorus", 41.12, 29.07),
    ("Brazil", -10.0, -55.0),
    ("British Columbia", 54.0, -125.0),
    ("Brussels", 50.8503, 4.3517),
    ("Bulgaria", 42.7, 25.3),
    ("Cairo", 30.0444, 31.2357),
    ("Canada", 60.1, -113.6),
    ("Caracas", 10.4806, -66.9036),
    ("Chicago", 41.8781, -87.6298),
    ("China", 35.0, 105.0),
    ("Colombia", 4.0, -72.0),
    ("Constanţa", 44.1598, 28.6348),
    ("Dardanelles", 40.2, 26.4),
    ("Dubai", 25.2048, 55.2708),
    ("Dublin", 53.3498, -6.2603),
    ("Durango", 24.0277, -104.6532),
    ("Egypt", 27.0, 30.0),
    ("France", 46.0, 2.0),
    ("Fujairah", 25.1288, 56.3265),
    ("Garissa", -0.4532, 39.6461),
    ("Gaza Strip", 31.42, 34.35),
    ("Gdańsk", 54.3520, 18.6466),
    ("Genoa", 44.4056, 8.9463),
    ("Georgia", 42.0, 43.5),
    ("Germany", 51.5, 10.5),
    ("Glasgow", 55.8642, -4.2518),
    ("Gujarat", 22.7, 71.6),
    ("Guwahati", 26.1445, 91.7362),
    ("Hamburg", 53.5511, 9.9937),
    ("India", 22.0, 79.0),
    ("Indonesia", -5.0, 120.0),
    ("Ireland", 53.0, -8.0),
    ("Istanbul", 41.0082, 28.9784),
    ("Kamloops", 50.6745, -120.3273),
    ("Kelowna", 49.8880, -119.4960),
    ("Kenya", 1.0, 38.0),
    ("Kosovo", 42.6, 20.9),
    ("Kremlin", 55.7520, 37.6175),
    ("Latin America", -10.0, -70.0),
    ("Lille", 50.6292, 3.0573),
    ("Lisbon", 38.7223, -9.1393),
    ("Little Rock", 34.7465, -92.2896),
    ("London", 51.5074, -0.1278),
    ("Lyon", 45.7640, 4.8357),
    ("Madrid", 40.4168, -3.7038),
    ("Mexico", 23.0, -102.0),
    ("Miami", 25.7617, -80.1918),
    ("Montreux", 46.4312, 6.9107),
    ("Morigaon", 26.2522, 92.3424),
    ("Moscow", 55.7558, 37.6173),
    ("Mumbai", 19.0760, 72.8777),
    ("Murmansk", 68.9585, 33.0827),
    ("Nagaon", 26.3480, 92.6840),
    ("New York City", 40.7128, -74.0060),
    ("Norway", 62.0, 10.0),
    ("Odesa", 46.4825, 30.7233),
    ("Oslo", 59.9139, 10.7522),
    ("Ottawa", 45.4215, -75.6972),
    ("Pentagon", 38.8719, -77.0563),
    ("Poland", 52.0, 20.0),
    ("Portugal", 39.6, -8.0),
    ("Pristina", 42.6629, 21.1655),
    ("Rajasthan", 26.6, 73.8),
    ("Ras Tanura", 26.6436, 50.1595),
    ("Rennes", 48.1173, -1.6778),
    ("Romania", 46.0, 25.0),
    ("Rotterdam", 51.9244, 4.4777),
    ("Russia", 60.0, 100.0),
    ("Saxony", 51.0, 13.3),
    ("Serbia", 44.0, 21.0),
    ("Spain", 40.0, -4.0),
    ("Strait of Hormuz", 26.57, 56.25),
    ("Tamil Nadu", 11.0, 78.4),
    ("Tana River", -2.53, 40.53),
    ("Tangier", 35.7595, -5.8340),
    ("Tehran", 35.6892, 51.3890),
    ("Texarkana", 33.4418, -94.0377),
    ("Texas", 31.25, -99.25),
    ("Tiruppur", 11.1085, 77.3411),
    ("Tromsø", 69.6492, 18.9553),
    ("Turin", 45.0703, 7.6869),
    ("Turkey", 39.0, 35.0),
    ("United Arab Emirates", 24.0, 54.0),
    ("United Kingdom", 54.76, -2.7),
    ("United States", 39.76, -98.5),
    ("Venezuela", 8.0, -66.0),
    ("Vienna", 48.2082, 16.3738),
    ("Washington", 38.9072, -77.0369),
    ("Wembley", 51.5560, -0.2796),
    ("West Bank", 31.95, 35.3),
    ("West Bengal", 23.5, 87.9),
    ("White House", 38.8977, -77.0365),
    ("Willemstad", 12.1091, -68.9316),
];

/// Sentences of our own naming the places whose reading needs context.
const SENTENCES: &[(&str, &str)] = &[
    (
        "Paris",
        "The fair in Paris, Texas drew crowds from Texarkana.",
    ),
    ("Paris", "Tourists crowded Paris and Lyon this summer."),
    (
        "Durango",
        "Fires spread across the Mexican state near Durango, Mexico.",
    ),
    (
        "Georgia",
        "Talks between Georgia and Armenia resumed in Tbilisi.",
    ),
    ("Washington", "Washington has accused Caracas of stalling."),
    (
        "Moscow",
        "Moscow said it would send ships to the Caribbean.",
    ),
    (
        "Rotterdam",
        "Containers moved from Rotterdam to Hamburg and Chicago.",
    ),
];

fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn extract(text: &str) -> Vec<Item> {
    let doc = Document::new("t", text).unwrap();
    Places::new(Options::default())
        .unwrap()
        .extract(&doc, &Extractions::default())
}

fn check(item: &Item, expected: (f64, f64), context: &str) -> Result<(), String> {
    let (Some(lat), Some(lon)) = (item.latitude, item.longitude) else {
        return Err(format!("{}: no coordinates ({context})", item.name));
    };
    let km = distance_km((lat, lon), expected);
    (km <= 50.0).then_some(()).ok_or_else(|| {
        format!(
            "{} at ({lat}, {lon}) is {km:.0} km from {expected:?} ({context}; {})",
            item.name, item.evidence
        )
    })
}

fn known(name: &str) -> Option<(f64, f64)> {
    KNOWN
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, lat, lon)| (lat, lon))
}

#[test]
fn every_known_place_resolves_near_its_true_location() {
    let mut errors = Vec::new();
    for &(name, lat, lon) in KNOWN {
        let text = format!("Reporters travelled to {name} on Monday.");
        match extract(&text).iter().find(|i| i.name == name) {
            Some(item) => errors.extend(check(item, (lat, lon), &text).err()),
            None if SENTENCES.iter().any(|(n, _)| *n == name) => {}
            None => errors.push(format!("{name}: not found in {text:?}")),
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn ambiguous_places_resolve_near_the_place_their_context_means() {
    let expected = [
        (33.6609, -95.5555),
        (48.8566, 2.3522),
        (24.0277, -104.6532),
        (42.0, 43.5),
        (38.9072, -77.0369),
        (55.7558, 37.6173),
        (51.9244, 4.4777),
    ];
    for (&(name, text), want) in SENTENCES.iter().zip(expected) {
        let items = extract(text);
        let item = items
            .iter()
            .find(|i| i.name == name)
            .unwrap_or_else(|| panic!("{name} in {text}"));
        check(item, want, text).unwrap();
    }
}

#[test]
fn places_in_the_test_corpus_resolve_near_their_true_location() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut errors = Vec::new();
    for path in entries.filter_map(Result::ok).map(|e| e.path()) {
        if path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for item in extract(&text) {
            if let Some(want) = known(&item.name) {
                let context = path.file_name().unwrap().to_string_lossy().to_string();
                errors.extend(check(&item, want, &context).err());
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
