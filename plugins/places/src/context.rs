//! Context guards: a gazetteer name is not a place mention when it sits inside an organization
//! or work name, is part of a person's name, or is a town named like a common word without any
//! locative context.

use crate::gazetteer::{is_given_name, is_surname, lookup_word, Kind, Place};
use crate::scan::{by_alias, starts_upper, Hit};
use crate::word_steps::WordSteps;
use lede_core::{Document, Paragraph, TokenKind, WordList};

/// Heads of organization and work names: a place inside such a capitalised run is part of the
/// name ("Bank of Portugal", "New York Times", "India Meteorological Department", "Elbe Line").
#[rustfmt::skip]
fn is_org_head(word: &str) -> bool {
    // A match, not a search of a list: it compiles to a switch on the length and word compares.
    matches!(
        word,
        "Academical" | "Academy" | "Accord" | "Accords" | "Agency" | "Agreement" | "Air" |
        "Airlines" | "Airport" | "Airways" | "Albion" | "Arena" | "Army" | "Assembly" |
        "Association" | "Athletic" | "Authority" | "Bank" | "Board" | "Broadcasting" | "Bureau" |
        "Capital" | "Cathedral" | "Center" | "Centre" | "Chamber" | "Championship" |
        "Championships" | "Chronicle" | "Church" | "City" | "Club" | "College" | "Command" |
        "Commission" | "Committee" | "Company" | "Conference" | "Congress" | "Consulate" | "Corp" |
        "Corp." | "Corporation" | "Council" | "Court" | "Crisis" | "Cup" | "Daily" |
        "Declaration" | "Department" | "Embassy" | "Energy" | "Exchange" | "Express" | "FC" |
        "Federal" | "Festival" | "Force" | "Forces" | "Foundation" | "Fund" | "Gazette" | "Globe" |
        "Group" | "Guard" | "Guardian" | "Hall" | "Herald" | "Holdings" | "Hospital" | "Hotspur" |
        "Inc" | "Inc." | "Insider" | "Institute" | "Journal" | "League" | "Line" | "Lines" |
        "Ltd" | "Ltd." | "Mail" | "Marathon" | "Meteorological" | "Ministry" | "Monitor" |
        "Motors" | "Museum" | "Navy" | "News" | "Observer" | "Oil" | "Olympics" | "Open" |
        "Opera" | "Orchestra" | "Orient" | "Palace" | "Parliament" | "Party" | "Petroleum" |
        "Police" | "Post" | "Press" | "Prix" | "Radio" | "Railway" | "Railways" | "Rangers" |
        "Record" | "Review" | "Rovers" | "School" | "Senate" | "Service" | "Services" | "Stadium" |
        "Star" | "Station" | "Stock" | "Summit" | "Sun" | "Symphony" | "TV" | "Telecom" |
        "Telegraph" | "Television" | "Theatre" | "Thistle" | "Times" | "Today" | "Tournament" |
        "Tower" | "Town" | "Treaty" | "Tribune" | "United" | "University" | "Villa" | "Wanderers" |
        "War" | "Wars" | "Wednesday"
    )
}

/// Heads that end a company name: "Acme Inc of Tampa" names Tampa as a place.
const COMPANY_SUFFIXES: &[&str] = &["Corp", "Corp.", "FC", "Inc", "Inc.", "Ltd", "Ltd."];

/// Lowercase words inside organization names: "Bank of Portugal", "Ministry for Europe".
const ORG_CONNECTORS: &[&str] = &["de", "for", "of", "the"];

/// Words before a name that make it a person's: "President Jordan", "Mr. Paris".
fn is_title(word: &str) -> bool {
    matches!(
        word,
        "Archbishop"
            | "Bishop"
            | "Cardinal"
            | "Captain"
            | "Capt."
            | "Coach"
            | "Col."
            | "Dr"
            | "Dr."
            | "Gen."
            | "General"
            | "Gov."
            | "Governor"
            | "Judge"
            | "Justice"
            | "King"
            | "Lady"
            | "Lord"
            | "Minister"
            | "Miss"
            | "Mr"
            | "Mr."
            | "Mrs"
            | "Mrs."
            | "Ms"
            | "Ms."
            | "Pope"
            | "President"
            | "Prince"
            | "Princess"
            | "Prof."
            | "Professor"
            | "Queen"
            | "Rep."
            | "Rev."
            | "Sen."
            | "Senator"
            | "Sgt."
            | "Sir"
    )
}

/// Capitalised words that follow a place named like a given name without making a person of it:
/// "Kenya Red Cross", "Georgia Tech", "Jordan Valley".
const NOT_SURNAMES: &[&str] = &[
    "Central",
    "Cricket",
    "Defence",
    "Defense",
    "Democratic",
    "Eastern",
    "Federal",
    "Football",
    "Foreign",
    "Government",
    "Interior",
    "Minister",
    "Ministry",
    "National",
    "Northern",
    "Olympic",
    "President",
    "Prime",
    "Red",
    "Republic",
    "Southern",
    "Supreme",
    "Tech",
    "Western",
];

/// Capitalised words that continue a place into a larger geographic name, never a person's.
const GEO_WORDS: &[&str] = &[
    "Basin",
    "Bay",
    "Coast",
    "Delta",
    "Desert",
    "Highlands",
    "Island",
    "Islands",
    "Lake",
    "Mountains",
    "Oblast",
    "Peninsula",
    "Plateau",
    "Province",
    "Region",
    "River",
    "Sea",
    "State",
    "Strait",
    "Valley",
];

/// Capitalised words that may precede a town without making a longer name of it.
const MODIFIERS: &[&str] = &[
    "Central", "East", "Eastern", "Greater", "Lower", "North", "Northern", "Old", "South",
    "Southern", "Upper", "West", "Western",
];

/// Lowercase words before a name that say it is a place: "in Reading", "from Mobile".
const LOCATIVES: &[&str] = &[
    "across", "around", "at", "from", "in", "into", "near", "outside", "through", "to", "toward",
    "towards", "via", "visit", "visited", "of",
];

/// Months and weekdays: census given names that are never surnames' neighbours in practice.
const NOT_GIVEN: &[&str] = &[
    "April",
    "August",
    "December",
    "February",
    "January",
    "July",
    "June",
    "March",
    "May",
    "November",
    "October",
    "September",
    "Will",
    "Mark",
    "Bill",
    "Grant",
    "Rich",
    "Hope",
    "Joy",
];

/// Why a gazetteer hit is not a place mention.
pub type Rejection = &'static str;

/// A line that capitalises nearly every word (a headline): capitalised runs there prove little.
pub fn title_case_line(doc: &Document, paragraph: &Paragraph) -> bool {
    let mut words = 0;
    for i in paragraph.tokens.clone() {
        let t = &doc.tokens()[i];
        if t.kind == TokenKind::Word {
            words += 1;
            if !starts_upper(doc, i) && t.end() - t.start() > 3 {
                return false;
            }
        }
    }
    words >= 3
}

/// First word of its sentence (after any opening quotes or brackets).
pub fn sentence_initial(doc: &Document, i: usize) -> bool {
    let s = &doc.sentences()[doc.sentence_of(i)];
    (s.tokens.start..i).all(|k| doc.tokens()[k].kind == TokenKind::Punct)
}

fn word(doc: &Document, i: usize) -> Option<&str> {
    (doc.tokens().get(i)?.kind == TokenKind::Word).then(|| doc.token_text(i))
}

/// How far a capitalised run is followed from a hit: names are short, and a bound keeps a
/// paragraph of nothing but capitalised words linear.
const MAX_RUN: usize = 8;

/// The capitalised run around a hit contains an organization head.
pub fn inside_organization(doc: &Document, hit: &Hit) -> Option<Rejection> {
    let mut k = hit.last + 1;
    while k <= hit.last + MAX_RUN && hit.near(k) && starts_upper(doc, k) {
        if is_org_head(doc.token_text(k)) {
            return Some("inside an organization name");
        }
        k += 1;
    }
    let mut k = hit.first;
    while k > 0 && k + MAX_RUN > hit.first && hit.near(k - 1) {
        k -= 1;
        if starts_upper(doc, k) {
            if is_org_head(doc.token_text(k)) && !COMPANY_SUFFIXES.contains(&doc.token_text(k)) {
                return Some("inside an organization name");
            }
        } else if !ORG_CONNECTORS.contains(&doc.token_text(k)) {
            break;
        }
    }
    None
}

/// A country, division or large city of that name: too prominent to read as a given name.
fn is_prominent_place(steps: &mut WordSteps, word: &str) -> bool {
    lookup_word(steps, word).is_some_and(|c| {
        c.places()
            .any(|p| p.kind() != Kind::City || p.population() >= 100_000)
    })
}

/// Sports results and team names: "Wigan 4 Chester 2", "ATLANTA AT CHICAGO", "Kent v Essex",
/// "Seattle Mariners". A town there names its team, not the place.
pub fn names_a_team(doc: &Document, hit: &Hit, place: Place, headline: bool) -> Option<Rejection> {
    if !matches!(place.kind(), Kind::City | Kind::Admin1) {
        return None;
    }
    let tokens = doc.tokens();
    // "ATLANTA AT CHICAGO": the visitors are a team, the hosts' city is where the game is.
    let versus = |t: &str| matches!(t, "v" | "v." | "vs" | "vs." | "AT");
    // The token before, read once for the fixture and venue tests.
    let before = (hit.first > 0 && hit.near(hit.first - 1)).then(|| doc.token_text(hit.first - 1));
    if hit.first >= 2
        && hit.near(hit.first - 2)
        && before.is_some_and(|b| versus(b) && b != "AT")
        && starts_upper(doc, hit.first - 2)
    {
        return Some("a team in a fixture");
    }
    // "Nantes 0-2 Rennes": a score before the name.
    let score_before = hit.first >= 3
        && hit.near(hit.first - 3)
        && tokens[hit.first - 1].kind == TokenKind::Number
        && matches!(doc.token_text(hit.first - 2), "-" | "–")
        && tokens[hit.first - 3].kind == TokenKind::Number;
    if score_before {
        return Some("a team in a results line");
    }
    // "Paris Saint-Germain 3-0", "Wigan 4": a score after the name or the club name it starts.
    let mut after_run = hit.last + 1;
    while after_run <= hit.last + MAX_RUN && hit.near(after_run) && starts_upper(doc, after_run) {
        after_run += 1;
    }
    let venue = before.is_some_and(|b| matches!(b, "in" | "at"));
    if !venue && hit.near(after_run) && tokens[after_run].kind == TokenKind::Number {
        let text = doc.token_text(after_run);
        let year = text.len() == 4 && (text.starts_with("19") || text.starts_with("20"));
        if !year && text.bytes().all(|b| b.is_ascii_digit()) {
            return Some("a team in a results line");
        }
    }
    let next = hit.last + 1;
    if !hit.near(next) {
        return None;
    }
    let text = doc.token_text(next);
    if versus(text) && hit.near(next + 1) && starts_upper(doc, next + 1) {
        return Some("a team in a fixture");
    }
    let plural = text.len() > 3 && text.ends_with('s') && !text.ends_with("ss");
    // The run above starts upper exactly when it goes past `next`.
    let next_upper = after_run > next;
    (!headline && next_upper && plural && !GEO_WORDS.contains(&text))
        .then_some("a team or group name")
}

/// A title or a given name before the hit, a surname after it, or the hit ends a longer
/// capitalised name ("Pranab Deka"). A hit written as an alternate name of the place
/// (`scan::by_alias`) is weaker evidence, so it ends a longer name even in headlines, after a
/// sentence-initial word or when the town is large.
pub fn part_of_person(
    doc: &Document,
    steps: &mut WordSteps,
    hit: &Hit,
    place: Place,
    headline: bool,
) -> Option<Rejection> {
    if hit.first > 0 && hit.near(hit.first - 1) {
        if let Some(before) = word(doc, hit.first - 1) {
            if is_title(before) {
                return Some("after a personal title");
            }
            let before_upper = starts_upper(doc, hit.first - 1);
            let given = before_upper && given_name(before);
            if !headline
                && given
                && !NOT_GIVEN.contains(&before)
                && !is_prominent_place(steps, before)
            {
                return Some("after a given name");
            }
            // The alias test folds both names, so it is made last, and only when the plain
            // reading does not already decide.
            if place.kind() == Kind::City
                && before_upper
                && !MODIFIERS.contains(&before)
                && lookup_word(steps, before).is_none()
                && ((!headline
                    && place.population() < 1_000_000
                    && !sentence_initial(doc, hit.first - 1))
                    || by_alias(doc, hit, place))
            {
                return Some("the end of a longer capitalised name");
            }
        }
    }
    let next = hit.last + 1;
    if headline || !hit.near(next) {
        return None;
    }
    // Both readings need a capitalised word after the hit: it is read once.
    if !starts_upper(doc, next) {
        return None;
    }
    let after = doc.token_text(next);
    let small_town =
        place.kind() == Kind::City && !place.is_capital() && place.population() < 1_000_000;
    if small_town && is_surname(after) && !is_prominent_place(steps, after) {
        return Some("a town name followed by a surname");
    }
    (hit.first == hit.last
        && !GEO_WORDS.contains(&after)
        && !NOT_SURNAMES.contains(&after)
        && !is_org_head(after)
        && given_name(doc.token_text(hit.first)))
    .then_some("a given name followed by a surname")
}

/// A common given name, accents aside ("Iván").
fn given_name(word: &str) -> bool {
    if word.is_ascii() {
        is_given_name(word)
    } else {
        is_given_name(&deunicode::deunicode(word))
    }
}

/// Month and weekday names that are also towns ("March", "Friday"): never places without a qualifier.
const CALENDAR: &[&str] = &[
    "April",
    "August",
    "December",
    "February",
    "Friday",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Monday",
    "November",
    "October",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

/// [`CALENDAR`] and [`LOCATIVES`] as tables, looked up ignoring ASCII case.
static CALENDAR_WORDS: WordList = WordList::new(CALENDAR);
static LOCATIVE_WORDS: WordList = WordList::new(LOCATIVES);

/// A town named like a common word ("Reading", "Mobile") or surname ("Henderson") needs context:
/// a locative word before it or a qualifier after it. Without one, a large enough town is still
/// accepted mid-sentence, never at a sentence start or inside a longer capitalised name.
pub fn ordinary_word_without_context(
    doc: &Document,
    hit: &Hit,
    place: Place,
    qualified: bool,
) -> Option<Rejection> {
    if qualified || place.kind() != Kind::City {
        return None;
    }
    let text = doc.token_text(hit.first);
    if hit.first == hit.last && CALENDAR_WORDS.contains(text) {
        return Some("a month or weekday name");
    }
    let floor = match (place.is_common_word(), place.is_surname()) {
        (true, _) => 100_000,
        (false, true) => 500_000,
        (false, false) => return None,
    };
    let before = hit.first.checked_sub(1).and_then(|k| word(doc, k));
    if before.is_some_and(|w| LOCATIVE_WORDS.contains(w)) {
        return None;
    }
    let next = hit.last + 1;
    let tokens = doc.tokens();
    let inside_name = (hit.first > 0
        && (starts_upper(doc, hit.first - 1)
            || tokens[hit.first - 1].kind == TokenKind::Possessive))
        || (hit.near(next) && starts_upper(doc, next));
    if sentence_initial(doc, hit.first) || inside_name || place.population() < floor {
        return Some("an ordinary word or surname without locative context");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::longest_at;

    fn hit_at(doc: &Document, word: &str) -> Hit {
        let i = (0..doc.tokens().len())
            .find(|&i| doc.token_text(i) == word)
            .unwrap();
        WordSteps::with(|s| longest_at(doc, s, i, 0..doc.tokens().len())).unwrap()
    }

    fn top(hit: &Hit) -> Place {
        hit.candidates.places().next().unwrap()
    }

    fn part_of_a_person(doc: &Document, hit: &Hit) -> bool {
        WordSteps::with(|s| part_of_person(doc, s, hit, top(hit), false)).is_some()
    }

    #[test]
    fn organization_heads_swallow_places() {
        for (text, place) in [
            ("He joined the Bank of Portugal last year.", "Portugal"),
            ("She wrote for the New York Times on Monday.", "New"),
            (
                "The India Meteorological Department warned of rain.",
                "India",
            ),
            ("Ships of the Elbe Line docked.", "Elbe"),
            (
                "He spoke from the Miraflores Palace on Monday.",
                "Miraflores",
            ),
        ] {
            let doc = Document::new("t", text).unwrap();
            assert!(
                inside_organization(&doc, &hit_at(&doc, place)).is_some(),
                "{text}"
            );
        }
        let doc = Document::new("t", "Troops crossed into Portugal on Monday.").unwrap();
        assert!(inside_organization(&doc, &hit_at(&doc, "Portugal")).is_none());
    }

    #[test]
    fn place_named_like_a_given_name_before_a_surname_is_a_person() {
        let doc = Document::new("t", "Fans cheered as Jordan Henderson scored.").unwrap();
        let hit = hit_at(&doc, "Jordan");
        assert!(part_of_a_person(&doc, &hit));
        let doc = Document::new("t", "Aid reached Jordan on Monday.").unwrap();
        let hit = hit_at(&doc, "Jordan");
        assert!(!part_of_a_person(&doc, &hit));
    }

    #[test]
    fn town_name_before_a_surname_or_after_a_name_is_a_person() {
        let doc = Document::new("t", "Guitarist Davie Ross smiled.").unwrap();
        let hit = hit_at(&doc, "Davie");
        assert!(part_of_a_person(&doc, &hit));
        let doc = Document::new("t", "Photo by Wanjiru Kamau.").unwrap();
        let hit = hit_at(&doc, "Kamau");
        assert!(part_of_a_person(&doc, &hit));
        let doc = Document::new("t", "Floods hit Garissa on Monday.").unwrap();
        let hit = hit_at(&doc, "Garissa");
        assert!(!part_of_a_person(&doc, &hit));
    }

    #[test]
    fn title_before_a_place_word_makes_a_person() {
        let doc = Document::new("t", "We met Mr. Paris yesterday.").unwrap();
        let hit = hit_at(&doc, "Paris");
        assert!(part_of_a_person(&doc, &hit));
    }

    #[test]
    fn common_word_and_surname_towns_need_locative_context() {
        let doc = Document::new("t", "Reading the report, he frowned.").unwrap();
        let hit = hit_at(&doc, "Reading");
        assert!(ordinary_word_without_context(&doc, &hit, top(&hit), false).is_some());
        let doc = Document::new("t", "He grew up in Reading and left.").unwrap();
        let hit = hit_at(&doc, "Reading");
        assert!(ordinary_word_without_context(&doc, &hit, top(&hit), false).is_none());
        let doc = Document::new("t", "The pass found Henderson unmarked.").unwrap();
        let hit = hit_at(&doc, "Henderson");
        assert!(ordinary_word_without_context(&doc, &hit, top(&hit), false).is_some());
        let doc = Document::new("t", "Rain fell on Henderson, Nevada.").unwrap();
        let hit = hit_at(&doc, "Henderson");
        assert!(ordinary_word_without_context(&doc, &hit, top(&hit), true).is_none());
        let doc = Document::new("t", "Prices rose in March again.").unwrap();
        let hit = hit_at(&doc, "March");
        assert!(ordinary_word_without_context(&doc, &hit, top(&hit), false).is_some());
    }
}
