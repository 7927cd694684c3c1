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

/// [`fold_into`] for `bytes` that hold whole characters (a `str` sliced at character boundaries):
/// an ASCII word, most words, is folded byte by byte without being checked as text first.
pub fn fold_bytes_into(bytes: &[u8], mut sink: impl FnMut(u8) -> bool) -> bool {
    if bytes.is_ascii() {
        return bytes.iter().all(|&b| sink(b.to_ascii_lowercase()));
    }
    let text = std::str::from_utf8(bytes).expect("bytes of whole characters");
    fold_into(text, sink)
}

#[cfg(test)]
mod tests {
    use super::{fold_bytes_into, fold_into};

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
    fn bytes_fold_as_their_text_does() {
        for text in ["Serguéi", "O’Connell", "AL-QAIDA", "São Paulo", ""] {
            let mut out = String::new();
            fold_bytes_into(text.as_bytes(), |b| {
                out.push(b as char);
                true
            });
            assert_eq!(out, folded(text), "{text}");
        }
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
