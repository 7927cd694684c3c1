//! The hash of the given-name and surname tables: build.rs fills the tables with it and
//! `gazetteer` probes them with it, so both compile this one file.

/// The hash of a name's bytes.
pub fn name_hash(word: &[u8]) -> usize {
    let mut h: u64 = 0;
    for &b in word {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    (h >> 32) as usize
}
