//! Context guards: a gazetteer name is not a place mention when it sits inside an organization
//! or work name, is part of a person's name, or is a town named like a common word without any
//! locative context.

use crate::gazetteer::{is_given_name, is_surname, lookup_word, Kind, Place};
use crate::scan::{by_alias, starts_upper, token_bytes, Hit};
use crate::word_steps::WordSteps;
use lede_core::{Document, Paragraph, TokenKind, WordList};

/// Heads of organization and work names: a place inside such a capitalised run is part of the
/// name ("Bank of Portugal", "New York Times", "India Meteorological Department", "Elbe Line").
#[rustfmt::skip]
fn is_org_head(word: &[u8]) -> bool {
    // A match, not a search of a list: it compiles to a switch on the length and word compares.
    matches!(
        word,
        b"Academical" | b"Academy" | b"Accord" | b"Accords" | b"Agency" | b"Agreement" | b"Air" |
        b"Airlines" | b"Airport" | b"Airways" | b"Albion" | b"Arena" | b"Army" | b"Assembly" |
        b"Association" | b"Athletic" | b"Authority" | b"Bank" | b"Board" | b"Broadcasting" |
        b"Bureau" | b"Capital" | b"Cathedral" | b"Center" | b"Centre" | b"Chamber" |
        b"Championship" | b"Championships" | b"Chronicle" | b"Church" | b"City" | b"Club" |
        b"College" | b"Command" | b"Commission" | b"Committee" | b"Company" | b"Conference" |
        b"Congress" | b"Consulate" | b"Corp" | b"Corp." | b"Corporation" | b"Council" | b"Court" |
        b"Crisis" | b"Cup" | b"Daily" | b"Declaration" | b"Department" | b"Embassy" | b"Energy" |
        b"Exchange" | b"Express" | b"FC" | b"Federal" | b"Festival" | b"Force" | b"Forces" |
        b"Foundation" | b"Fund" | b"Gazette" | b"Globe" | b"Group" | b"Guard" | b"Guardian" |
        b"Hall" | b"Herald" | b"Holdings" | b"Hospital" | b"Hotspur" | b"Inc" | b"Inc." |
        b"Insider" | b"Institute" | b"Journal" | b"League" | b"Line" | b"Lines" | b"Ltd" | b"Ltd." |
        b"Mail" | b"Marathon" | b"Meteorological" | b"Ministry" | b"Monitor" | b"Motors" |
        b"Museum" | b"Navy" | b"News" | b"Observer" | b"Oil" | b"Olympics" | b"Open" | b"Opera" |
        b"Orchestra" | b"Orient" | b"Palace" | b"Parliament" | b"Party" | b"Petroleum" | b"Police" |
        b"Post" | b"Press" | b"Prix" | b"Radio" | b"Railway" | b"Railways" | b"Rangers" |
        b"Record" | b"Review" | b"Rovers" | b"School" | b"Senate" | b"Service" | b"Services" |
        b"Stadium" | b"Star" | b"Station" | b"Stock" | b"Summit" | b"Sun" | b"Symphony" | b"TV" |
        b"Telecom" | b"Telegraph" | b"Television" | b"Theatre" | b"Thistle" | b"Times" | b"Today" |
        b"Tournament" | b"Tower" | b"Town" | b"Treaty" | b"Tribune" | b"United" | b"University" |
        b"Villa" | b"Wanderers" | b"War" | b"Wars" | b"Wednesday"
    )
}

/// Heads that end a company name: "Acme Inc of Tampa" names Tampa as a place.
const COMPANY_SUFFIXES: &[&[u8]] = &[b"Corp", b"Corp.", b"FC", b"Inc", b"Inc.", b"Ltd", b"Ltd."];

/// Lowercase words inside organization names: "Bank of Portugal", "Ministry for Europe". A
/// match, not a search of a list: the word before most names is tested, and a match compares
/// its length and then its bytes as one number, where a list calls a byte compare per entry of
/// the same length.
fn is_org_connector(word: &[u8]) -> bool {
    matches!(word, b"de" | b"for" | b"of" | b"the")
}

/// Words before a name that make it a person's: "President Jordan", "Mr. Paris".
fn is_title(word: &[u8]) -> bool {
    matches!(
        word,
        b"Archbishop"
            | b"Bishop"
            | b"Cardinal"
            | b"Captain"
            | b"Capt."
            | b"Coach"
            | b"Col."
            | b"Dr"
            | b"Dr."
            | b"Gen."
            | b"General"
            | b"Gov."
            | b"Governor"
            | b"Judge"
            | b"Justice"
            | b"King"
            | b"Lady"
            | b"Lord"
            | b"Minister"
            | b"Miss"
            | b"Mr"
            | b"Mr."
            | b"Mrs"
            | b"Mrs."
            | b"Ms"
            | b"Ms."
            | b"Pope"
            | b"President"
            | b"Prince"
            | b"Princess"
            | b"Prof."
            | b"Professor"
            | b"Queen"
            | b"Rep."
            | b"Rev."
            | b"Sen."
            | b"Senator"
            | b"Sgt."
            | b"Sir"
    )
}

/// Capitalised words that follow a place named like a given name without making a person of it:
/// "Kenya Red Cross", "Georgia Tech", "Jordan Valley".
const NOT_SURNAMES: &[&[u8]] = &[
    b"Central",
    b"Cricket",
    b"Defence",
    b"Defense",
    b"Democratic",
    b"Eastern",
    b"Federal",
    b"Football",
    b"Foreign",
    b"Government",
    b"Interior",
    b"Minister",
    b"Ministry",
    b"National",
    b"Northern",
    b"Olympic",
    b"President",
    b"Prime",
    b"Red",
    b"Republic",
    b"Southern",
    b"Supreme",
    b"Tech",
    b"Western",
];

/// Capitalised words that continue a place into a larger geographic name, never a person's.
const GEO_WORDS: &[&[u8]] = &[
    b"Basin",
    b"Bay",
    b"Coast",
    b"Delta",
    b"Desert",
    b"Highlands",
    b"Island",
    b"Islands",
    b"Lake",
    b"Mountains",
    b"Oblast",
    b"Peninsula",
    b"Plateau",
    b"Province",
    b"Region",
    b"River",
    b"Sea",
    b"State",
    b"Strait",
    b"Valley",
];

/// Capitalised words that may precede a town without making a longer name of it.
const MODIFIERS: &[&[u8]] = &[
    b"Central",
    b"East",
    b"Eastern",
    b"Greater",
    b"Lower",
    b"North",
    b"Northern",
    b"Old",
    b"South",
    b"Southern",
    b"Upper",
    b"West",
    b"Western",
];

/// Lowercase words before a name that say it is a place: "in Reading", "from Mobile".
const LOCATIVES: &[&str] = &[
    "across", "around", "at", "from", "in", "into", "near", "outside", "through", "to", "toward",
    "towards", "via", "visit", "visited", "of",
];

/// Months and weekdays: census given names that are never surnames' neighbours in practice.
const NOT_GIVEN: &[&[u8]] = &[
    b"April",
    b"August",
    b"December",
    b"February",
    b"January",
    b"July",
    b"June",
    b"March",
    b"May",
    b"November",
    b"October",
    b"September",
    b"Will",
    b"Mark",
    b"Bill",
    b"Grant",
    b"Rich",
    b"Hope",
    b"Joy",
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

/// The bytes of token `i` if it is a word.
fn word(doc: &Document, i: usize) -> Option<&[u8]> {
    (doc.tokens().get(i)?.kind == TokenKind::Word).then(|| token_bytes(doc, i))
}

/// How far a capitalised run is followed from a hit: names are short, and a bound keeps a
/// paragraph of nothing but capitalised words linear.
const MAX_RUN: usize = 8;

/// The first token past the capitalised run after a hit (of at most [`MAX_RUN`] words): the
/// organization, team, person and common-word guards all ask about that run, so it is read once.
pub fn run_after(doc: &Document, hit: &Hit) -> usize {
    let mut k = hit.last + 1;
    while k <= hit.last + MAX_RUN && hit.near(k) && starts_upper(doc, k) {
        k += 1;
    }
    k
}

/// The capitalised run around a hit contains an organization head; the run after it ends
/// before token `run_after`.
pub fn inside_organization(doc: &Document, hit: &Hit, run_after: usize) -> Option<Rejection> {
    if (hit.last + 1..run_after).any(|k| is_org_head(token_bytes(doc, k))) {
        return Some("inside an organization name");
    }
    let mut k = hit.first;
    while k > 0 && k + MAX_RUN > hit.first && hit.near(k - 1) {
        k -= 1;
        let word = token_bytes(doc, k);
        if starts_upper(doc, k) {
            if is_org_head(word) && !COMPANY_SUFFIXES.contains(&word) {
                return Some("inside an organization name");
            }
        } else if !is_org_connector(word) {
            break;
        }
    }
    None
}

/// A country, division or large city of that name: too prominent to read as a given name.
fn is_prominent_place(steps: &mut WordSteps, word: &[u8]) -> bool {
    lookup_word(steps, word).is_some_and(|c| {
        c.places()
            .any(|p| p.kind() != Kind::City || p.population() >= 100_000)
    })
}

/// Sports results and team names: "Wigan 4 Chester 2", "ATLANTA AT CHICAGO", "Kent v Essex",
/// "Seattle Mariners". A town there names its team, not the place. The capitalised run after the
/// hit ends before token `after_run`.
pub fn names_a_team(
    doc: &Document,
    hit: &Hit,
    place: Place,
    headline: bool,
    after_run: usize,
) -> Option<Rejection> {
    if !matches!(place.kind(), Kind::City | Kind::Admin1) {
        return None;
    }
    let tokens = doc.tokens();
    // "ATLANTA AT CHICAGO": the visitors are a team, the hosts' city is where the game is.
    let versus = |t: &[u8]| matches!(t, b"v" | b"v." | b"vs" | b"vs." | b"AT");
    // The token before, read once for the fixture and venue tests.
    let before =
        (hit.first > 0 && hit.near(hit.first - 1)).then(|| token_bytes(doc, hit.first - 1));
    if hit.first >= 2
        && hit.near(hit.first - 2)
        && before.is_some_and(|b| versus(b) && b != b"AT")
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
    let venue = before.is_some_and(|b| matches!(b, b"in" | b"at"));
    if !venue && hit.near(after_run) && tokens[after_run].kind == TokenKind::Number {
        let text = token_bytes(doc, after_run);
        let year = text.len() == 4 && (text.starts_with(b"19") || text.starts_with(b"20"));
        if !year && text.iter().all(u8::is_ascii_digit) {
            return Some("a team in a results line");
        }
    }
    let next = hit.last + 1;
    if !hit.near(next) {
        return None;
    }
    let text = token_bytes(doc, next);
    if versus(text) && hit.near(next + 1) && starts_upper(doc, next + 1) {
        return Some("a team in a fixture");
    }
    let plural = text.len() > 3 && text.ends_with(b"s") && !text.ends_with(b"ss");
    // The run above starts upper exactly when it goes past `next`.
    let next_upper = after_run > next;
    (!headline && next_upper && plural && !GEO_WORDS.contains(&text))
        .then_some("a team or group name")
}

/// A title or a given name before the hit, a surname after it, or the hit ends a longer
/// capitalised name ("Pranab Deka"). A hit written as an alternate name of the place
/// (`scan::by_alias`) is weaker evidence, so it ends a longer name even in headlines, after a
/// sentence-initial word or when the town is large. `next_upper`: the token after the hit is a
/// capitalised word of its paragraph.
pub fn part_of_person(
    doc: &Document,
    steps: &mut WordSteps,
    hit: &Hit,
    place: Place,
    headline: bool,
    next_upper: bool,
) -> Option<Rejection> {
    if hit.first > 0 && hit.near(hit.first - 1) {
        if let Some(before) = word(doc, hit.first - 1) {
            let before_upper = starts_upper(doc, hit.first - 1);
            // Every title is capitalised: the word before most names ("in", "the") is turned
            // away on its case, before the title match's jump table on the length.
            if before_upper && is_title(before) {
                return Some("after a personal title");
            }
            // Given names are a table of text: the word is read as text only for a capital.
            let given = before_upper && given_name(doc.token_text(hit.first - 1));
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
    // Both readings need a capitalised word after the hit.
    if headline || !next_upper {
        return None;
    }
    let next = hit.last + 1;
    let after = token_bytes(doc, next);
    let small_town =
        place.kind() == Kind::City && !place.is_capital() && place.population() < 1_000_000;
    if small_town && is_surname(doc.token_text(next)) && !is_prominent_place(steps, after) {
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
/// `next_upper`: the token after the hit is a capitalised word of its paragraph.
pub fn ordinary_word_without_context(
    doc: &Document,
    hit: &Hit,
    place: Place,
    qualified: bool,
    next_upper: bool,
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
    if before.is_some_and(|w| LOCATIVE_WORDS.contains_bytes(w)) {
        return None;
    }
    let tokens = doc.tokens();
    let inside_name = (hit.first > 0
        && (starts_upper(doc, hit.first - 1)
            || tokens[hit.first - 1].kind == TokenKind::Possessive))
        || next_upper;
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

    fn ordinary_word(doc: &Document, hit: &Hit, qualified: bool) -> Option<Rejection> {
        let next_upper = run_after(doc, hit) > hit.last + 1;
        ordinary_word_without_context(doc, hit, top(hit), qualified, next_upper)
    }

    fn part_of_a_person(doc: &Document, hit: &Hit) -> bool {
        let next_upper = run_after(doc, hit) > hit.last + 1;
        WordSteps::with(|s| part_of_person(doc, s, hit, top(hit), false, next_upper)).is_some()
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
                {
                    let hit = hit_at(&doc, place);
                    inside_organization(&doc, &hit, run_after(&doc, &hit)).is_some()
                },
                "{text}"
            );
        }
        let doc = Document::new("t", "Troops crossed into Portugal on Monday.").unwrap();
        let hit = hit_at(&doc, "Portugal");
        assert!(inside_organization(&doc, &hit, run_after(&doc, &hit)).is_none());
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
        assert!(ordinary_word(&doc, &hit, false).is_some());
        let doc = Document::new("t", "He grew up in Reading and left.").unwrap();
        let hit = hit_at(&doc, "Reading");
        assert!(ordinary_word(&doc, &hit, false).is_none());
        let doc = Document::new("t", "The pass found Henderson unmarked.").unwrap();
        let hit = hit_at(&doc, "Henderson");
        assert!(ordinary_word(&doc, &hit, false).is_some());
        let doc = Document::new("t", "Rain fell on Henderson, Nevada.").unwrap();
        let hit = hit_at(&doc, "Henderson");
        assert!(ordinary_word(&doc, &hit, true).is_none());
        let doc = Document::new("t", "Prices rose in March again.").unwrap();
        let hit = hit_at(&doc, "March");
        assert!(ordinary_word(&doc, &hit, false).is_some());
    }
}
