//! Case and accent folding shared by the build script (gazetteer keys) and the scanner (text), so
//! both sides of a lookup fold identically: lowercase, accents dropped via `deunicode`, curly
//! apostrophes made straight. Feeds bytes to a callback so the scanner never allocates.

/// Feeds the folded bytes of `text` to `sink`; stops early (returning `false`) when it refuses one.
pub fn fold_into(text: &str, mut sink: impl FnMut(u8) -> bool) -> bool {
    for c in text.chars() {
        if c.is_ascii() {
            if !sink(c.to_ascii_lowercase() as u8) {
                return false;
            }
        } else if c == '\u{2019}' || c == '\u{2018}' {
            if !sink(b'\'') {
                return false;
            }
        } else {
            let ascii = deunicode::deunicode_char(c).unwrap_or("");
            for b in ascii.bytes() {
                if !sink(b.to_ascii_lowercase()) {
                    return false;
                }
            }
        }
    }
    true
}
