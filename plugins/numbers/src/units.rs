//! Units of measure and time, and currencies (as ISO 4217 codes), looked up lowercased.

/// Whether a unit measures time (its amount is a duration) or anything else (a quantity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// Seconds to centuries.
    Time,
    /// Length, mass, volume, area, temperature, speed, energy, data.
    Other,
}

/// A unit: its normalized symbol and what it measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    /// Normalized name: "hour", "km", "°C".
    pub symbol: &'static str,
    /// Time or other.
    pub dimension: Dimension,
}

const fn time(symbol: &'static str) -> Option<Unit> {
    Some(Unit {
        symbol,
        dimension: Dimension::Time,
    })
}

const fn other(symbol: &'static str) -> Option<Unit> {
    Some(Unit {
        symbol,
        dimension: Dimension::Other,
    })
}

word_table! {
    /// A unit written as a word after a number ("hours", "kilometres", "km", "mph"); the units
    /// spelled out in full never appear glued to digits.
    pub fn unit_word(word: &[u8]) -> Option<Unit> {
        b"second" | b"seconds" | b"sec" | b"secs" => time("second"),
        b"minute" | b"minutes" | b"min" | b"mins" => time("minute"),
        b"hour" | b"hours" | b"hr" | b"hrs" => time("hour"),
        b"day" | b"days" => time("day"),
        b"week" | b"weeks" => time("week"),
        b"fortnight" | b"fortnights" => time("fortnight"),
        b"month" | b"months" => time("month"),
        b"year" | b"years" | b"yr" | b"yrs" => time("year"),
        b"decade" | b"decades" => time("decade"),
        b"century" | b"centuries" => time("century"),
        b"metre" | b"metres" | b"meter" | b"meters" => other("m"),
        b"kilometre" | b"kilometres" | b"kilometer" | b"kilometers" => other("km"),
        b"centimetre" | b"centimetres" | b"centimeter" | b"centimeters" => other("cm"),
        b"millimetre" | b"millimetres" | b"millimeter" | b"millimeters" => other("mm"),
        b"mile" | b"miles" => other("mi"),
        b"foot" | b"feet" => other("ft"),
        b"inch" | b"inches" => other("in"),
        b"yard" | b"yards" => other("yd"),
        b"kilogram" | b"kilograms" | b"kilo" | b"kilos" => other("kg"),
        b"gram" | b"grams" => other("g"),
        b"tonne" | b"tonnes" | b"ton" | b"tons" => other("t"),
        b"ounce" | b"ounces" => other("oz"),
        b"litre" | b"litres" | b"liter" | b"liters" => other("l"),
        b"gallon" | b"gallons" => other("gal"),
        b"barrel" | b"barrels" => other("bbl"),
        b"hectare" | b"hectares" => other("ha"),
        b"acre" | b"acres" => other("acre"),
        b"degree" | b"degrees" => other("°"),
        b"knot" | b"knots" => other("kn"),
        b"megawatt" | b"megawatts" => other("MW"),
        b"gigawatt" | b"gigawatts" => other("GW"),
        b"kilowatt" | b"kilowatts" => other("kW"),
        b"calorie" | b"calories" => other("kcal"),
        _ => abbreviated_unit(word),
    }
}

word_table! {
    /// Unit abbreviations, which may also be glued to digits ("5km"; "40C" is handled by the
    /// caller).
    pub fn abbreviated_unit(word: &[u8]) -> Option<Unit> {
        b"km" | b"kms" => other("km"),
        b"cm" => other("cm"),
        b"mm" => other("mm"),
        b"ft" => other("ft"),
        b"kg" | b"kgs" => other("kg"),
        b"lb" | b"lbs" => other("lb"),
        b"oz" => other("oz"),
        b"ml" => other("ml"),
        b"mph" => other("mph"),
        b"kph" | b"kmh" => other("km/h"),
        b"mw" => other("MW"),
        b"gw" => other("GW"),
        b"kw" => other("kW"),
        b"kwh" => other("kWh"),
        b"mwh" => other("MWh"),
        b"gwh" => other("GWh"),
        b"twh" => other("TWh"),
        b"bpd" => other("bbl/d"),
        b"gb" => other("GB"),
        b"tb" => other("TB"),
        b"mb" => other("MB"),
        b"ha" => other("ha"),
        _ => None,
    }
}

/// "square kilometres", "cubic metres": the area or volume of the length unit that follows.
pub fn power_of(prefix: &[u8], length: &str) -> Option<&'static str> {
    Some(match (prefix, length) {
        (b"square" | b"sq", "km") => "km2",
        (b"square" | b"sq", "m") => "m2",
        (b"square" | b"sq", "mi") => "mi2",
        (b"square" | b"sq", "ft") => "ft2",
        (b"cubic", "m") => "m3",
        (b"cubic", "ft") => "ft3",
        _ => return None,
    })
}

/// A currency sign written before the amount.
pub fn currency_sign(sign: &str) -> Option<&'static str> {
    Some(match sign {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₦" => "NGN",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₴" => "UAH",
        "₱" => "PHP",
        "₪" => "ILS",
        "₫" => "VND",
        _ => return None,
    })
}

/// The letters glued before "$" that name another dollar: "A$", "HK$", "US$", "R$" (real).
pub fn dollar_prefix(prefix: &str) -> Option<&'static str> {
    Some(match prefix {
        "US" => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "Z" => "ZWL",
        "MX" => "MXN",
        _ => return None,
    })
}

/// ISO 4217 codes common in news, written before or after the amount ("USD 5m", "300 EUR").
/// Bytes, so that the token needs no `str` slice.
pub fn currency_code(word: &[u8]) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "AED", "ARS", "AUD", "BDT", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK", "EGP",
        "ETB", "EUR", "GBP", "GHS", "HKD", "HUF", "IDR", "ILS", "INR", "IRR", "JPY", "KES", "KRW",
        "KWD", "LKR", "MXN", "MYR", "NGN", "NOK", "NZD", "PHP", "PKR", "PLN", "QAR", "RUB", "SAR",
        "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "UGX", "USD", "VES", "VND", "XOF", "ZAR",
    ];
    if word.len() != 3 || !word.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    CODES
        .binary_search_by(|code| code.as_bytes().cmp(word))
        .ok()
        .map(|i| CODES[i])
}

word_table! {
    /// A currency named by a word after the amount ("rupees", "euros"), given lowercased.
    pub fn currency_word(word: &[u8]) -> Option<&'static str> {
        b"dollar" | b"dollars" => Some("USD"),
        b"euro" | b"euros" => Some("EUR"),
        b"pound" | b"pounds" | b"sterling" => Some("GBP"),
        b"pence" | b"penny" => Some("GBP"),
        b"yen" => Some("JPY"),
        b"yuan" | b"renminbi" => Some("CNY"),
        b"rupee" | b"rupees" => Some("INR"),
        b"rouble" | b"roubles" | b"ruble" | b"rubles" => Some("RUB"),
        b"naira" => Some("NGN"),
        b"shilling" | b"shillings" => Some("KES"),
        b"rand" => Some("ZAR"),
        b"peso" | b"pesos" => Some("MXN"),
        b"reais" => Some("BRL"),
        b"franc" | b"francs" => Some("CHF"),
        b"lira" | b"liras" => Some("TRY"),
        b"riyal" | b"riyals" => Some("SAR"),
        b"dirham" | b"dirhams" => Some("AED"),
        b"baht" => Some("THB"),
        b"ringgit" => Some("MYR"),
        b"rupiah" => Some("IDR"),
        b"zloty" | b"zlotys" | b"zlotych" => Some("PLN"),
        b"hryvnia" | b"hryvnias" => Some("UAH"),
        b"bolivar" | b"bolivars" | b"bolivares" => Some("VES"),
        b"cedi" | b"cedis" => Some("GHS"),
        b"kwacha" => Some("ZMW"),
        b"taka" => Some("BDT"),
        b"birr" => Some("ETB"),
        b"krona" | b"kronor" => Some("SEK"),
        b"krone" | b"kroner" => Some("NOK"),
        b"forint" | b"forints" => Some("HUF"),
        b"koruna" => Some("CZK"),
        b"dong" => Some("VND"),
        b"won" => Some("KRW"),
        _ => None,
    }
}

/// A nationality that changes which dollar, rupee, peso or shilling is meant ("Australian
/// dollars", "Pakistani rupees"), given lowercased with the currency's default code.
pub fn currency_nationality(nationality: &[u8], default: &'static str) -> Option<&'static str> {
    Some(match (nationality, default) {
        (b"us" | b"u.s." | b"american", "USD") => "USD",
        (b"australian", "USD") => "AUD",
        (b"canadian", "USD") => "CAD",
        (b"singapore" | b"singaporean", "USD") => "SGD",
        (b"taiwan" | b"taiwanese", "USD") => "TWD",
        (b"zimbabwean" | b"zimbabwe", "USD") => "ZWL",
        (b"kong", "USD") => "HKD",
        (b"zealand", "USD") => "NZD",
        (b"indian", "INR") => "INR",
        (b"pakistani", "INR") => "PKR",
        (b"nepalese" | b"nepali", "INR") => "NPR",
        (b"lankan", "INR") => "LKR",
        (b"kenyan", "KES") => "KES",
        (b"ugandan", "KES") => "UGX",
        (b"tanzanian", "KES") => "TZS",
        (b"mexican", "MXN") => "MXN",
        (b"argentine" | b"argentinian", "MXN") => "ARS",
        (b"philippine", "MXN") => "PHP",
        (b"colombian", "MXN") => "COP",
        (b"chilean", "MXN") => "CLP",
        (b"swiss", "CHF") => "CHF",
        (b"cfa", "CHF") => "XOF",
        (b"turkish", "TRY") => "TRY",
        (b"saudi", "SAR") => "SAR",
        (b"qatari", "SAR") => "QAR",
        (b"egyptian", "GBP") => "EGP",
        (b"danish", "NOK") => "DKK",
        (b"norwegian", "NOK") => "NOK",
        (b"swedish", "SEK") => "SEK",
        (b"south", "KRW") => "KRW",
        (b"iranian", "SAR") => "IRR",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_for_binary_search() {
        assert_eq!(currency_code(b"USD"), Some("USD"));
        assert_eq!(currency_code(b"AED"), Some("AED"));
        assert_eq!(currency_code(b"ZAR"), Some("ZAR"));
        assert_eq!(currency_code(b"NATO"), None);
    }

    #[test]
    fn nationality_picks_the_dollar() {
        assert_eq!(currency_nationality(b"australian", "USD"), Some("AUD"));
        assert_eq!(currency_nationality(b"pakistani", "INR"), Some("PKR"));
        assert_eq!(currency_nationality(b"australian", "EUR"), None);
    }

    #[test]
    fn time_units_are_durations() {
        assert_eq!(
            unit_word(b"hours").map(|u| u.dimension),
            Some(Dimension::Time)
        );
        assert_eq!(unit_word(b"metres").map(|u| u.symbol), Some("m"));
        assert_eq!(
            unit_word(b"km").map(|u| u.dimension),
            Some(Dimension::Other)
        );
        assert_eq!(unit_word(b"people"), None);
    }
}
