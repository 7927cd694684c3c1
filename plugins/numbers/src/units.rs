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
    pub fn unit_word(word: &str) -> Option<Unit> {
        "second" | "seconds" | "sec" | "secs" => time("second"),
        "minute" | "minutes" | "min" | "mins" => time("minute"),
        "hour" | "hours" | "hr" | "hrs" => time("hour"),
        "day" | "days" => time("day"),
        "week" | "weeks" => time("week"),
        "fortnight" | "fortnights" => time("fortnight"),
        "month" | "months" => time("month"),
        "year" | "years" | "yr" | "yrs" => time("year"),
        "decade" | "decades" => time("decade"),
        "century" | "centuries" => time("century"),
        "metre" | "metres" | "meter" | "meters" => other("m"),
        "kilometre" | "kilometres" | "kilometer" | "kilometers" => other("km"),
        "centimetre" | "centimetres" | "centimeter" | "centimeters" => other("cm"),
        "millimetre" | "millimetres" | "millimeter" | "millimeters" => other("mm"),
        "mile" | "miles" => other("mi"),
        "foot" | "feet" => other("ft"),
        "inch" | "inches" => other("in"),
        "yard" | "yards" => other("yd"),
        "kilogram" | "kilograms" | "kilo" | "kilos" => other("kg"),
        "gram" | "grams" => other("g"),
        "tonne" | "tonnes" | "ton" | "tons" => other("t"),
        "ounce" | "ounces" => other("oz"),
        "litre" | "litres" | "liter" | "liters" => other("l"),
        "gallon" | "gallons" => other("gal"),
        "barrel" | "barrels" => other("bbl"),
        "hectare" | "hectares" => other("ha"),
        "acre" | "acres" => other("acre"),
        "degree" | "degrees" => other("°"),
        "knot" | "knots" => other("kn"),
        "megawatt" | "megawatts" => other("MW"),
        "gigawatt" | "gigawatts" => other("GW"),
        "kilowatt" | "kilowatts" => other("kW"),
        "calorie" | "calories" => other("kcal"),
        _ => abbreviated_unit(word),
    }
}

word_table! {
    /// Unit abbreviations, which may also be glued to digits ("5km"; "40C" is handled by the
    /// caller).
    pub fn abbreviated_unit(word: &str) -> Option<Unit> {
        "km" | "kms" => other("km"),
        "cm" => other("cm"),
        "mm" => other("mm"),
        "ft" => other("ft"),
        "kg" | "kgs" => other("kg"),
        "lb" | "lbs" => other("lb"),
        "oz" => other("oz"),
        "ml" => other("ml"),
        "mph" => other("mph"),
        "kph" | "kmh" => other("km/h"),
        "mw" => other("MW"),
        "gw" => other("GW"),
        "kw" => other("kW"),
        "kwh" => other("kWh"),
        "mwh" => other("MWh"),
        "gwh" => other("GWh"),
        "twh" => other("TWh"),
        "bpd" => other("bbl/d"),
        "gb" => other("GB"),
        "tb" => other("TB"),
        "mb" => other("MB"),
        "ha" => other("ha"),
        _ => None,
    }
}

/// "square kilometres", "cubic metres": the area or volume of the length unit that follows.
pub fn power_of(prefix: &str, length: &str) -> Option<&'static str> {
    Some(match (prefix, length) {
        ("square" | "sq", "km") => "km2",
        ("square" | "sq", "m") => "m2",
        ("square" | "sq", "mi") => "mi2",
        ("square" | "sq", "ft") => "ft2",
        ("cubic", "m") => "m3",
        ("cubic", "ft") => "ft3",
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
pub fn currency_code(word: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "AED", "ARS", "AUD", "BDT", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK", "EGP",
        "ETB", "EUR", "GBP", "GHS", "HKD", "HUF", "IDR", "ILS", "INR", "IRR", "JPY", "KES", "KRW",
        "KWD", "LKR", "MXN", "MYR", "NGN", "NOK", "NZD", "PHP", "PKR", "PLN", "QAR", "RUB", "SAR",
        "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "UGX", "USD", "VES", "VND", "XOF", "ZAR",
    ];
    if word.len() != 3 || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    CODES.binary_search(&word).ok().map(|i| CODES[i])
}

word_table! {
    /// A currency named by a word after the amount ("rupees", "euros"), given lowercased.
    pub fn currency_word(word: &str) -> Option<&'static str> {
        "dollar" | "dollars" => Some("USD"),
        "euro" | "euros" => Some("EUR"),
        "pound" | "pounds" | "sterling" => Some("GBP"),
        "pence" | "penny" => Some("GBP"),
        "yen" => Some("JPY"),
        "yuan" | "renminbi" => Some("CNY"),
        "rupee" | "rupees" => Some("INR"),
        "rouble" | "roubles" | "ruble" | "rubles" => Some("RUB"),
        "naira" => Some("NGN"),
        "shilling" | "shillings" => Some("KES"),
        "rand" => Some("ZAR"),
        "peso" | "pesos" => Some("MXN"),
        "reais" => Some("BRL"),
        "franc" | "francs" => Some("CHF"),
        "lira" | "liras" => Some("TRY"),
        "riyal" | "riyals" => Some("SAR"),
        "dirham" | "dirhams" => Some("AED"),
        "baht" => Some("THB"),
        "ringgit" => Some("MYR"),
        "rupiah" => Some("IDR"),
        "zloty" | "zlotys" | "zlotych" => Some("PLN"),
        "hryvnia" | "hryvnias" => Some("UAH"),
        "bolivar" | "bolivars" | "bolivares" => Some("VES"),
        "cedi" | "cedis" => Some("GHS"),
        "kwacha" => Some("ZMW"),
        "taka" => Some("BDT"),
        "birr" => Some("ETB"),
        "krona" | "kronor" => Some("SEK"),
        "krone" | "kroner" => Some("NOK"),
        "forint" | "forints" => Some("HUF"),
        "koruna" => Some("CZK"),
        "dong" => Some("VND"),
        "won" => Some("KRW"),
        _ => None,
    }
}

/// A nationality that changes which dollar, rupee, peso or shilling is meant ("Australian
/// dollars", "Pakistani rupees"), given lowercased with the currency's default code.
pub fn currency_nationality(nationality: &str, default: &'static str) -> Option<&'static str> {
    Some(match (nationality, default) {
        ("us" | "u.s." | "american", "USD") => "USD",
        ("australian", "USD") => "AUD",
        ("canadian", "USD") => "CAD",
        ("singapore" | "singaporean", "USD") => "SGD",
        ("taiwan" | "taiwanese", "USD") => "TWD",
        ("zimbabwean" | "zimbabwe", "USD") => "ZWL",
        ("kong", "USD") => "HKD",
        ("zealand", "USD") => "NZD",
        ("indian", "INR") => "INR",
        ("pakistani", "INR") => "PKR",
        ("nepalese" | "nepali", "INR") => "NPR",
        ("lankan", "INR") => "LKR",
        ("kenyan", "KES") => "KES",
        ("ugandan", "KES") => "UGX",
        ("tanzanian", "KES") => "TZS",
        ("mexican", "MXN") => "MXN",
        ("argentine" | "argentinian", "MXN") => "ARS",
        ("philippine", "MXN") => "PHP",
        ("colombian", "MXN") => "COP",
        ("chilean", "MXN") => "CLP",
        ("swiss", "CHF") => "CHF",
        ("cfa", "CHF") => "XOF",
        ("turkish", "TRY") => "TRY",
        ("saudi", "SAR") => "SAR",
        ("qatari", "SAR") => "QAR",
        ("egyptian", "GBP") => "EGP",
        ("danish", "NOK") => "DKK",
        ("norwegian", "NOK") => "NOK",
        ("swedish", "SEK") => "SEK",
        ("south", "KRW") => "KRW",
        ("iranian", "SAR") => "IRR",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_for_binary_search() {
        assert_eq!(currency_code("USD"), Some("USD"));
        assert_eq!(currency_code("AED"), Some("AED"));
        assert_eq!(currency_code("ZAR"), Some("ZAR"));
        assert_eq!(currency_code("NATO"), None);
    }

    #[test]
    fn nationality_picks_the_dollar() {
        assert_eq!(currency_nationality("australian", "USD"), Some("AUD"));
        assert_eq!(currency_nationality("pakistani", "INR"), Some("PKR"));
        assert_eq!(currency_nationality("australian", "EUR"), None);
    }

    #[test]
    fn time_units_are_durations() {
        assert_eq!(
            unit_word("hours").map(|u| u.dimension),
            Some(Dimension::Time)
        );
        assert_eq!(unit_word("metres").map(|u| u.symbol), Some("m"));
        assert_eq!(unit_word("km").map(|u| u.dimension), Some(Dimension::Other));
        assert_eq!(unit_word("people"), None);
    }
}
