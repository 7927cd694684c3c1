//! Reads the digits of one number token: separators, decimals and whatever is glued after.

/// A number token split into its value and its glued suffix ("88th" is 88 and "th").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Digits<'a> {
    /// All digits as an integer: 2.5 is 25 with one decimal.
    mantissa: u64,
    /// Digits after the decimal point.
    pub decimals: u32,
    /// Whether thousands separators were written ("5,000").
    pub grouped: bool,
    /// Digits before the decimal point.
    pub integer_digits: u32,
    /// Written with a leading zero ("07"), as codes and phone numbers are.
    pub leading_zero: bool,
    /// What follows the number inside the token: "th", "bn", "am", "C", "-year-old", or "".
    pub suffix: &'a [u8],
}

impl Digits<'_> {
    /// The value, multiplied by `scale` before the decimals are divided out so that
    /// "3.2" times a billion is exactly 3,200,000,000.
    pub fn scaled(&self, scale: f64) -> f64 {
        (self.mantissa as f64 * scale) / POWERS_OF_TEN[self.decimals as usize]
    }

    /// The value as written.
    pub fn value(&self) -> f64 {
        self.scaled(1.0)
    }

    /// A whole number written without separators or decimals ("2025", "7").
    pub fn is_bare_integer(&self) -> bool {
        self.decimals == 0 && !self.grouped
    }
}

/// 10^n for every count of decimals `parse` accepts (at most 15 digits), each exact: what
/// `10f64.powi(n)` gives, without its library call.
const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Parses a token that starts with a digit, given as bytes so that it takes no `str` slice.
/// `None` when it has too many digits to be a quantity.
pub fn parse(bytes: &[u8]) -> Option<Digits<'_>> {
    let mut mantissa: u64 = 0;
    let mut decimals = 0;
    let mut integer_digits = 0;
    let mut grouped = false;
    let mut in_decimals = false;
    let mut total_digits = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let next_is_digit = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() {
            total_digits += 1;
            if total_digits > 15 {
                return None;
            }
            mantissa = mantissa * 10 + u64::from(b - b'0');
            if in_decimals {
                decimals += 1;
            } else {
                integer_digits += 1;
            }
        } else if b == b',' && next_is_digit && !in_decimals {
            grouped = true;
        } else if b == b'.' && next_is_digit && !in_decimals {
            in_decimals = true;
        } else {
            break;
        }
        i += 1;
    }
    Some(Digits {
        mantissa,
        decimals,
        grouped,
        integer_digits,
        leading_zero: bytes.first() == Some(&b'0') && integer_digits > 1,
        suffix: &bytes[i..],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_and_decimals_are_read() {
        let d = parse(b"5,000").unwrap();
        assert_eq!((d.value(), d.grouped, d.suffix), (5000.0, true, &b""[..]));
        assert_eq!(parse(b"47,929").unwrap().value(), 47929.0);
        assert_eq!(parse(b"2.5").unwrap().value(), 2.5);
        assert_eq!(parse(b"1,234,567.25").unwrap().value(), 1234567.25);
    }

    #[test]
    fn scaling_keeps_whole_results_exact() {
        assert_eq!(parse(b"3.2").unwrap().scaled(1e9), 3_200_000_000.0);
        assert_eq!(parse(b"1.2").unwrap().scaled(1e6), 1_200_000.0);
        assert_eq!(parse(b"7.5").unwrap().scaled(1.0), 7.5);
    }

    #[test]
    fn glued_suffixes_are_kept_apart() {
        assert_eq!(parse(b"88th").unwrap().suffix, b"th");
        assert_eq!(parse(b"3.2bn").unwrap().suffix, b"bn");
        assert_eq!(parse(b"6.40am").unwrap().suffix, b"am");
        assert_eq!(parse(b"45-year-old").unwrap().suffix, b"-year-old");
        assert_eq!(parse(b"1.2.3").unwrap().suffix, b".3");
    }

    #[test]
    fn bare_integers_and_leading_zeros() {
        assert!(parse(b"2025").unwrap().is_bare_integer());
        assert!(!parse(b"2,025").unwrap().is_bare_integer());
        assert!(parse(b"07").unwrap().leading_zero);
        assert!(!parse(b"0.5").unwrap().leading_zero);
        assert!(parse(b"12345678901234567890").is_none());
    }
}
