//! Case and accent folding for matching words against lists: lowercase, accents and other
//! scripts transliterated to ASCII by `deunicode`, curly apostrophes made straight. Lists built at
//! compile time and the text scanned at run time fold through this one function, so both sides
//! of a lookup agree. Bytes go to a callback, so folding never allocates.

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

#[cfg(test)]
mod tests {
    use super::fold_into;

    fn folded(text: &str) -> String {
        let mut out = String::new();
        fold_into(text, |b| {
            out.push(b as char);
            true
        });
        out
    }

    #[test]
    fn accents_case_and_apostrophes_fold() {
        assert_eq!(folded("Serguéi"), "serguei");
        assert_eq!(folded("Yıldırım"), "yildirim");
        assert_eq!(folded("O’Connell"), "o'connell");
    }

    #[test]
    fn a_refusing_sink_stops_the_fold() {
        let mut seen = 0;
        assert!(!fold_into("Moscow", |_| {
            seen += 1;
            seen < 3
        }));
        assert_eq!(seen, 3);
    }
}
