//! Eight bytes at a time in one `u64`: the byte tests that the tokenizer, the char index, the JSON
//! writer and the plugins' word tables share. A test flags a byte by setting its bit 7.

/// `0x01` in every byte.
pub const ONES: u64 = 0x0101_0101_0101_0101;
/// Bit 7 of every byte: the flags, and the bits that mark non-ASCII bytes.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// Up to the first eight bytes of `bytes` as a little-endian number, zero-padded: one or two
/// overlapping loads, no byte loop and no `memcpy`.
pub fn load_padded(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let u16_at = |at: usize| u64::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let u32_at = |at: usize| {
        u64::from(u32::from_le_bytes(
            bytes[at..at + 4].try_into().expect("4 bytes"),
        ))
    };
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        2..=3 => u16_at(0) | u16_at(n - 2) << ((n - 2) * 8),
        4..=7 => u32_at(0) | u32_at(n - 4) << ((n - 4) * 8),
        _ => u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
    }
}

/// Flags the bytes of `x` below `n` (at most `0x80`; bytes from `0x80` up are never flagged). A
/// borrow can flag a wrong byte only above one truly below `n`, so the result is nonzero exactly
/// when some byte is below `n`.
pub fn bytes_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH
}

/// Flags the bytes of `x` equal to `c`: those are zero in `x ^ (ONES * c)`. As with
/// [`bytes_below`], the result is nonzero exactly when some byte equals `c`.
pub fn bytes_equal(x: u64, c: u8) -> u64 {
    bytes_below(x ^ (ONES * u64::from(c)), 1)
}

/// Flags the bytes of `x` in `lo..=hi`, exactly, for `x` with no byte from `0x80` up:
/// `b + (0x80 - lo)` has bit 7 set exactly when `b >= lo`, and no byte carries into the next.
pub fn ascii_bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    let at_least = |lo: u8| x.wrapping_add(ONES * u64::from(0x80 - lo));
    at_least(lo) & !at_least(hi + 1) & HIGH
}

/// How many bytes of `flags` are flagged (bit 7 set, every other bit clear): one multiply sums
/// them, without a popcount instruction.
pub fn count_flags(flags: u64) -> u32 {
    ((flags >> 7).wrapping_mul(ONES) >> 56) as u32
}

/// The flags of `flags` (bit 7 of each byte, every other bit clear) as the low eight bits, byte
/// `j`'s as bit `j`: one multiply gathers them. The multiplier's bit `49 - 7i` moves byte `i`'s
/// flag to bit `56 + i`; every other product bit lands elsewhere, each once, so nothing carries.
pub fn flag_bits(flags: u64) -> u64 {
    flags.wrapping_mul(0x0002_0408_1020_4081) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(flags: u64) -> Vec<usize> {
        (0..8).filter(|i| flags >> (8 * i + 7) & 1 == 1).collect()
    }

    #[test]
    fn loads_pad_with_zeros() {
        let bytes = b"abcdefghij";
        for n in 0..=10 {
            let mut padded = [0u8; 8];
            let take = n.min(8);
            padded[..take].copy_from_slice(&bytes[..take]);
            assert_eq!(load_padded(&bytes[..n]), u64::from_le_bytes(padded), "{n}");
        }
    }

    #[test]
    fn byte_tests_flag_the_right_bytes() {
        let x = u64::from_le_bytes(*b"aZ-\x01 9\x7fA");
        assert_eq!(flagged(ascii_bytes_in(x, b'A', b'Z')), [1, 7]);
        assert_eq!(flagged(ascii_bytes_in(x, b'0', b'9')), [5]);
        // The borrow from byte 3 may flag the bytes above it too.
        assert_eq!(flagged(bytes_below(x, 0x20))[0], 3);
        assert_eq!(flagged(bytes_equal(x, b'-'))[0], 2);
        assert_eq!(bytes_equal(x, b'"'), 0);
        assert_eq!(
            bytes_below(
                u64::from_le_bytes([0xC3, 0xA9, 0x80, 0xFF, 0x20, 0x7F, 0x41, 0x61]),
                0x20
            ),
            0
        );
        assert_eq!(count_flags(HIGH), 8);
        assert_eq!(flag_bits(ascii_bytes_in(x, b'A', b'Z')), 0b1000_0010);
        assert_eq!(flag_bits(HIGH), 0xFF);
        for byte in 0..8 {
            assert_eq!(flag_bits(0x80 << (8 * byte)), 1 << byte);
            assert_eq!(flag_bits(HIGH ^ 0x80 << (8 * byte)), 0xFF ^ 1 << byte);
        }
        assert_eq!(count_flags(ascii_bytes_in(x, b'a', b'z')), 1);
    }
}
