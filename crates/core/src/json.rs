//! Writes extractor items as compact JSON, adding char offsets beside every byte span.
//!
//! Extractors emit spans as `start`/`end` byte offsets. After the integer value of an `end` field
//! in an object whose `start` field held an integer, this writer adds `"char_start"` and
//! `"char_end"`. Everything else is written exactly as `serde_json::to_writer` writes it (a test
//! compares the two byte for byte).
//!
//! Why not serde_json with a custom `Formatter`: item JSON was a quarter of the pipeline's
//! instructions, spent mostly in per-field calls (each key is escape-scanned byte by byte, each
//! punctuation mark is a separate write, and the formatter hooks run on every key). Here a field
//! name is written after one reserve and without an escape scan, strings are scanned for escapes
//! eight bytes at a time, and the char-offset bookkeeping lives in the struct serializer instead
//! of every formatter call.

use crate::document::Document;
use crate::swar::{bytes_below, bytes_equal, ONES};
use serde::ser::{self, Serialize};
use std::fmt::Display;

/// Appends `value` as JSON to `out`, with char offsets beside every byte span of `doc`.
pub(crate) fn write<T: Serialize + ?Sized>(
    value: &T,
    doc: &Document,
    out: &mut Vec<u8>,
) -> Result<(), Error> {
    value.serialize(&mut Writer {
        out,
        doc,
        integer: None,
    })
}

/// Why a value could not be written (a map key that is not a string, or a plugin's own error).
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<M: Display>(message: M) -> Self {
        Error(message.to_string())
    }
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
    doc: &'a Document,
    /// The value just written, when it was a non-negative integer: how a `start` or `end` field's
    /// offset is seen. Cleared at the end of every array and object.
    integer: Option<u64>,
}

impl<'a> Writer<'a> {
    fn write_integer(&mut self, value: impl itoap::Integer) {
        itoap::write_to_vec(self.out, value);
    }

    /// An integer of any width; a non-negative one may be a byte offset.
    fn any_integer<I: itoap::Integer + TryInto<u64> + Copy>(&mut self, value: I) {
        match value.try_into() {
            Ok(value) => self.unsigned(value),
            Err(_) => self.write_integer(value),
        }
    }

    fn unsigned(&mut self, value: u64) {
        self.write_integer(value);
        self.integer = Some(value);
    }

    fn char_offset(&self, byte: u64) -> u64 {
        let byte = usize::try_from(byte).unwrap_or(usize::MAX);
        self.doc.char_offset(byte.min(self.doc.text().len())) as u64
    }

    /// `,"char_start":N,"char_end":M` for the byte span `start..end`.
    #[inline(never)]
    fn char_offsets(&mut self, start: u64, end: u64) {
        let (char_start, char_end) = (self.char_offset(start), self.char_offset(end));
        self.out.extend_from_slice(b",\"char_start\":");
        self.write_integer(char_start);
        self.out.extend_from_slice(b",\"char_end\":");
        self.write_integer(char_end);
    }

    /// `,"name":` (or without the comma for the first field). Struct field names are code (Rust
    /// identifiers or `#[serde(rename)]` strings), not data: they are written unescaped, and
    /// debug builds, so every test, check that none needs escaping.
    #[inline(always)]
    fn field_name(&mut self, first: bool, name: &str) {
        debug_assert!(
            !needs_escape(name.as_bytes()),
            "field name {name:?} needs JSON escapes; rename it"
        );
        // Assembled in a fixed-size buffer and appended at once: the name is a constant where
        // this is inlined, so the buffer folds to constant bytes and the append is one capacity
        // test and a few stores instead of three of each.
        const LONGEST: usize = 28;
        let name = name.as_bytes();
        let n = name.len();
        if n > LONGEST {
            self.out
                .extend_from_slice(if first { b"\"" } else { b",\"" });
            self.out.extend_from_slice(name);
            self.out.extend_from_slice(b"\":");
            return;
        }
        let mut field = [0; LONGEST + 4];
        field[..2].copy_from_slice(b",\"");
        field[2..2 + n].copy_from_slice(name);
        field[2 + n..4 + n].copy_from_slice(b"\":");
        self.out
            .extend_from_slice(&field[usize::from(first)..4 + n]);
    }

    fn seq(&mut self) -> Compound<'_, 'a> {
        self.out.push(b'[');
        Compound::new(self)
    }

    fn object(&mut self) -> Compound<'_, 'a> {
        self.out.push(b'{');
        Compound::new(self)
    }

    /// `{"variant":` before the value of a variant that holds data.
    fn variant_object(&mut self, variant: &str) {
        self.out.push(b'{');
        self.field_name(true, variant);
    }
}

/// Whether a JSON string needs `\` escapes for any of these bytes: a long string 16 bytes at a
/// time, one of 8 to 16 bytes in two overlapping words, and a shorter one in one or two
/// overlapping loads. Inlined, so a caller that knows the length keeps only its branch.
#[inline(always)]
fn needs_escape(bytes: &[u8]) -> bool {
    // Flipping bit 1 maps `"` (0x22) to 0x20 and the control bytes onto themselves, so one test
    // below 0x21 finds both.
    let flagged = |x: u64| bytes_below(x ^ (ONES * 0x02), 0x21) | bytes_equal(x, b'\\');
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    let half = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"));
    let n = bytes.len();
    if n > 16 {
        long_needs_escape(bytes)
    } else if n >= 8 {
        // Most strings (names, kinds): two overlapping words and no loop.
        flagged(word(0)) | flagged(word(n - 8)) != 0
    } else if n >= 4 {
        flagged(u64::from(half(0)) | u64::from(half(n - 4)) << 32) != 0
    } else {
        bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\')
    }
}

/// [`needs_escape`] for more than 16 bytes, 16 at a time with SSE2 (in every x86-64 processor);
/// the last 16 bytes, overlapping the last whole chunk, cover the remainder.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn long_needs_escape(bytes: &[u8]) -> bool {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_set_epi64x, _mm_xor_si128,
    };
    let n = bytes.len();
    let half = |at: usize| i64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    // SAFETY: SSE2 is part of the x86-64 baseline, so these intrinsics are available on every
    // x86-64 processor; they only compute on values, reading and writing no memory.
    unsafe {
        // As in `needs_escape`: flipping bit 1 maps `"` to 0x20, so one unsigned test at or below
        // 0x20 (the minimum equals the byte) finds it and the control bytes.
        let flagged = |at: usize| -> __m128i {
            let v = _mm_set_epi64x(half(at + 8), half(at));
            let flipped = _mm_xor_si128(v, _mm_set1_epi8(0x02));
            let low = _mm_cmpeq_epi8(_mm_min_epu8(flipped, _mm_set1_epi8(0x20)), flipped);
            _mm_or_si128(low, _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8)))
        };
        let mut flags = flagged(n - 16);
        let mut at = 0;
        while at + 16 < n {
            flags = _mm_or_si128(flags, flagged(at));
            at += 16;
        }
        _mm_movemask_epi8(flags) != 0
    }
}

/// [`long_needs_escape`] for any target: eight bytes at a time, the flags of all words gathered
/// and tested once.
#[cfg(any(test, not(target_arch = "x86_64")))]
#[cfg_attr(not(target_arch = "x86_64"), inline(always))]
fn portable_long_needs_escape(bytes: &[u8]) -> bool {
    let flagged = |x: u64| bytes_below(x ^ (ONES * 0x02), 0x21) | bytes_equal(x, b'\\');
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    let n = bytes.len();
    // The last eight bytes, overlapping the last whole chunk, cover the remainder.
    let mut flags = flagged(word(n - 8));
    let mut at = 0;
    while at + 8 < n {
        flags |= flagged(word(at));
        at += 8;
    }
    flags != 0
}

#[cfg(not(target_arch = "x86_64"))]
use portable_long_needs_escape as long_needs_escape;

/// Appends `text` as a JSON string, escaped as serde_json escapes it. The common string, short
/// with nothing to escape, is a test and one fixed-size copy; longer strings and escaping are out
/// of line, so this path saves and restores few registers.
pub(crate) fn string(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    if bytes.len() > SHORT {
        return long_string(out, bytes);
    }
    if needs_escape(bytes) {
        return escaped_string(out, bytes);
    }
    short_string(out, bytes);
}

/// [`string`] for text longer than [`SHORT`].
#[inline(never)]
fn long_string(out: &mut Vec<u8>, bytes: &[u8]) {
    if needs_escape(bytes) {
        return escaped_string(out, bytes);
    }
    out.push(b'"');
    out.extend_from_slice(bytes);
    out.push(b'"');
}

/// The longest string [`short_string`] copies: most names, kinds and words are no longer.
const SHORT: usize = 16;

/// `"text"` for text of at most [`SHORT`] bytes: quoted in a fixed-size buffer by two overlapping
/// loads and stores, appended whole and cut back, so no `memcpy` call and one capacity test.
fn short_string(out: &mut Vec<u8>, bytes: &[u8]) {
    let n = bytes.len();
    // Every byte a quote, so the one after the text closes it.
    let mut quoted = [b'"'; SHORT + 2];
    match n {
        8.. => {
            quoted[1..9].copy_from_slice(&bytes[..8]);
            quoted[n - 7..n + 1].copy_from_slice(&bytes[n - 8..]);
        }
        4.. => {
            quoted[1..5].copy_from_slice(&bytes[..4]);
            quoted[n - 3..n + 1].copy_from_slice(&bytes[n - 4..]);
        }
        1.. => {
            quoted[1] = bytes[0];
            quoted[1 + n / 2] = bytes[n / 2];
            quoted[n] = bytes[n - 1];
        }
        0 => {}
    }
    let len = out.len();
    out.extend_from_slice(&quoted);
    out.truncate(len + n + 2);
}

/// [`string`] for text with bytes to escape.
#[inline(never)]
fn escaped_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0..=0x1F => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&bytes[from..i]);
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
                from = i + 1;
                continue;
            }
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        out.extend_from_slice(escape);
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

/// `v` as a whole number of ten-thousandths, when it is exactly the double nearest one and under
/// a billion: coordinates (rounded to four places) and most decimal amounts. Their shortest
/// round-trip text, which serde_json writes, is then that number's decimal text, as no shorter
/// decimal lies within half an ulp of `v`.
fn ten_thousandths(v: f64) -> Option<i64> {
    // Also turns away NaN and the infinities.
    if v.is_nan() || v.abs() >= 1e9 {
        return None;
    }
    let scaled = v * 1e4;
    // Rounded half away from zero by truncation (`f64::round` is a library call on the baseline
    // target); the exact test below makes any slip a fallback, not a wrong digit.
    let n = (scaled + 0.5f64.copysign(scaled)) as i64;
    // Bitwise, so -0.0 (written "-0.0") is left to serde_json.
    ((n as f64 / 1e4).to_bits() == v.to_bits()).then_some(n)
}

/// Writes `scaled` ten-thousandths as serde_json writes the double: "62.0", "-3.7038", "0.5".
fn write_ten_thousandths(out: &mut Vec<u8>, scaled: i64) {
    if scaled < 0 {
        out.push(b'-');
    }
    let magnitude = scaled.unsigned_abs();
    itoap::write_to_vec(out, magnitude / 10_000);
    let fraction = magnitude % 10_000;
    if fraction == 0 {
        out.extend_from_slice(b".0");
        return;
    }
    let digits = [
        b'.',
        b'0' + (fraction / 1000) as u8,
        b'0' + (fraction / 100 % 10) as u8,
        b'0' + (fraction / 10 % 10) as u8,
        b'0' + (fraction % 10) as u8,
    ];
    // Without trailing zeros: the digits after the last nonzero one.
    let trailing_zeros = match fraction {
        f if f % 1000 == 0 => 3,
        f if f % 100 == 0 => 2,
        f if f % 10 == 0 => 1,
        _ => 0,
    };
    // Appended whole and cut back: a fixed-size copy, not a `memcpy` call.
    out.extend_from_slice(&digits);
    out.truncate(out.len() - trailing_zeros);
}

/// An array or object being written.
struct Compound<'w, 'a> {
    writer: &'w mut Writer<'a>,
    first: bool,
    /// The integer value of this object's `start` field.
    start: Option<u64>,
}

impl<'w, 'a> Compound<'w, 'a> {
    fn new(writer: &'w mut Writer<'a>) -> Self {
        Compound {
            writer,
            first: true,
            start: None,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !self.first {
            self.writer.out.push(b',');
        }
        self.first = false;
        value.serialize(&mut *self.writer)
    }

    #[inline(always)]
    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        self.writer.field_name(self.first, name);
        self.field_value(name, value)
    }

    /// The value of field `name`, whose name is written.
    #[inline(always)]
    fn field_value<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        self.first = false;
        self.writer.integer = None;
        value.serialize(&mut *self.writer)?;
        self.after_value(name);
        Ok(())
    }

    /// Remembers a `start` offset; after an `end` offset, writes both char offsets. Inlined, so
    /// a struct field's constant name decides at compile time which branch, if any, it needs.
    #[inline(always)]
    fn after_value(&mut self, name: &str) {
        match name.as_bytes() {
            b"start" => {
                if let Some(offset) = self.writer.integer {
                    self.start = Some(offset);
                }
            }
            b"end" => {
                if let (Some(start), Some(end)) = (self.start, self.writer.integer) {
                    self.writer.char_offsets(start, end);
                }
            }
            _ => {}
        }
    }

    fn close(self, mark: &[u8]) -> Result<(), Error> {
        self.writer.out.extend_from_slice(mark);
        self.writer.integer = None;
        Ok(())
    }
}

/// The serializer methods for integers of every width.
macro_rules! integers {
    ($($method:ident($integer:ty);)*) => {$(
        fn $method(self, v: $integer) -> Result<(), Error> {
            self.any_integer(v);
            Ok(())
        }
    )*};
}

impl<'w, 'a> ser::Serializer for &'w mut Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w, 'a>;
    type SerializeTuple = Compound<'w, 'a>;
    type SerializeTupleStruct = Compound<'w, 'a>;
    type SerializeTupleVariant = Compound<'w, 'a>;
    type SerializeMap = MapCompound<'w, 'a>;
    type SerializeStruct = Compound<'w, 'a>;
    type SerializeStructVariant = Compound<'w, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    integers! {
        serialize_i8(i8);
        serialize_i16(i16);
        serialize_i32(i32);
        serialize_i64(i64);
        serialize_i128(i128);
        serialize_u8(u8);
        serialize_u16(u16);
        serialize_u32(u32);
        serialize_u64(u64);
        serialize_u128(u128);
    }

    // Floats go through serde_json, so their text is serde_json's to the digit (null when not
    // finite), but for the commonest ones, which are written here as serde_json writes them.
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        serde_json::to_writer(&mut *self.out, &v).map_err(ser::Error::custom)
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        match ten_thousandths(v) {
            Some(scaled) => {
                write_ten_thousandths(self.out, scaled);
                Ok(())
            }
            None => serde_json::to_writer(&mut *self.out, &v).map_err(ser::Error::custom),
        }
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.out, v);
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.seq();
        for byte in v {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant_object(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        self.integer = None;
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'w, 'a>, Error> {
        Ok(self.seq())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Compound<'w, 'a>, Error> {
        Ok(self.seq())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        Ok(self.seq())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.variant_object(variant);
        Ok(self.seq())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<MapCompound<'w, 'a>, Error> {
        Ok(MapCompound {
            object: self.object(),
            key: Vec::new(),
        })
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'w, 'a>, Error> {
        Ok(self.object())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'w, 'a>, Error> {
        self.variant_object(variant);
        Ok(self.object())
    }
}

/// serde's array-like compounds: elements, then a closing mark.
macro_rules! array_like {
    ($($compound:ident :: $element:ident => $close:literal;)*) => {$(
        impl ser::$compound for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;

            fn $element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }

            fn end(self) -> Result<(), Error> {
                self.close($close)
            }
        }
    )*};
}

array_like! {
    SerializeSeq::serialize_element => b"]";
    SerializeTuple::serialize_element => b"]";
    SerializeTupleStruct::serialize_field => b"]";
    SerializeTupleVariant::serialize_field => b"]}";
}

/// serde's struct-like compounds: named fields, then a closing mark.
macro_rules! struct_like {
    ($($compound:ident => $close:literal;)*) => {$(
        impl ser::$compound for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;

            #[inline(always)]
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                name: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(name, value)
            }

            fn end(self) -> Result<(), Error> {
                self.close($close)
            }
        }
    )*};
}

struct_like! {
    SerializeStruct => b"}";
    SerializeStructVariant => b"}}";
}

/// A map being written (a cold path: extractors' items are structs).
struct MapCompound<'w, 'a> {
    object: Compound<'w, 'a>,
    /// The key of the entry being written, as JSON.
    key: Vec<u8>,
}

/// A map with one entry, `key: null`, to have serde_json write `key` as a map key: a string, or
/// a number or bool in quotes, or an error.
struct OneKey<'k, T: ?Sized>(&'k T);

impl<T: Serialize + ?Sized> Serialize for OneKey<'_, T> {
    fn serialize<S: ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.0, &())?;
        map.end()
    }
}

impl ser::SerializeMap for MapCompound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        let entry = serde_json::to_vec(&OneKey(key)).map_err(ser::Error::custom)?;
        // `{KEY:null}`
        self.key = entry[1..entry.len() - ":null}".len()].to_vec();
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let out = &mut *self.object.writer.out;
        if !self.object.first {
            out.push(b',');
        }
        out.extend_from_slice(&self.key);
        out.push(b':');
        let name = std::str::from_utf8(&self.key[1..self.key.len() - 1]).unwrap_or_default();
        self.object.field_value(name, value)
    }

    fn end(self) -> Result<(), Error> {
        self.object.close(b"}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    struct Speaker {
        start: usize,
        end: usize,
        note: &'static str,
    }

    #[derive(Serialize)]
    struct Quote {
        text: &'static str,
        start: usize,
        end: usize,
        speaker: Speaker,
        count: u32,
    }

    fn json<T: Serialize>(doc: &Document, value: &T) -> String {
        let mut out = Vec::new();
        write(value, doc, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn char_offsets_follow_each_end_field() {
        let doc = Document::new("t", "Iván said").unwrap();
        let quote = Quote {
            text: "said",
            start: 6,
            end: 10,
            speaker: Speaker {
                start: 0,
                end: 5,
                note: "\"end\":3",
            },
            count: 7,
        };
        assert_eq!(
            json(&doc, &quote),
            r#"{"text":"said","start":6,"end":10,"char_start":5,"char_end":9,"speaker":{"start":0,"end":5,"char_start":0,"char_end":4,"note":"\"end\":3"},"count":7}"#
        );
        let map = BTreeMap::from([("end", 5), ("start", 0)]);
        assert_eq!(json(&doc, &map), r#"{"end":5,"start":0}"#);
        let map = BTreeMap::from([("a_end", 5), ("b_start", 0)]);
        assert_eq!(json(&doc, &map), r#"{"a_end":5,"b_start":0}"#);
    }

    #[derive(Serialize)]
    enum Shape {
        Dot,
        Line(u8),
        Pair(i32, f64),
        Box { w: f32, h: Option<i64> },
    }

    #[derive(Serialize)]
    struct Everything {
        flag: bool,
        small: i8,
        big: u128,
        negative: i128,
        ratio: f64,
        not_a_number: f64,
        letter: char,
        bytes: Vec<u8>,
        nothing: Option<u8>,
        unit: (),
        shapes: Vec<Shape>,
        map: BTreeMap<u32, &'static str>,
        tuple: (u8, &'static str),
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let doc = Document::new("t", "text").unwrap();
        let value = Everything {
            flag: true,
            small: -3,
            big: u128::MAX,
            negative: i128::MIN,
            ratio: 0.1 + 0.2,
            not_a_number: f64::NAN,
            letter: '"',
            bytes: vec![0, 255],
            nothing: None,
            unit: (),
            shapes: vec![
                Shape::Dot,
                Shape::Line(4),
                Shape::Pair(-1, 2.5e-300),
                Shape::Box {
                    w: 1.5,
                    h: Some(-9),
                },
            ],
            map: BTreeMap::from([(1, "one"), (20, "twenty")]),
            tuple: (1, "\u{1}\u{1f}\u{7f}\t\r\n\u{8}\u{c}\\/é—“”"),
        };
        assert_eq!(json(&doc, &value), serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn escapes_what_serde_json_escapes() {
        let mut text = String::new();
        for c in (0u8..0x80).map(char::from).chain("é—“”\u{2028}".chars()) {
            text.push(c);
            let mut out = Vec::new();
            string(&mut out, &text);
            assert_eq!(out, serde_json::to_vec(&text).unwrap(), "{text:?}");
        }
        // Each escaped byte alone, at every position of strings of every length up to 40.
        for len in 1..40 {
            for at in 0..len {
                for special in ['\u{0}', '\u{1f}', ' ', '!', '"', '#', '\\', '\u{7f}', 'é'] {
                    let text: String = (0..len)
                        .map(|i| if i == at { special } else { 'a' })
                        .collect();
                    let mut out = Vec::new();
                    string(&mut out, &text);
                    assert_eq!(out, serde_json::to_vec(&text).unwrap(), "{text:?}");
                    if text.len() > 16 {
                        // The portable test, which other targets use, agrees.
                        let bytes = text.as_bytes();
                        assert_eq!(
                            long_needs_escape(bytes),
                            portable_long_needs_escape(bytes),
                            "{text:?}"
                        );
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn integers_of_every_width_are_written_as_serde_json_writes_them(
            unsigned in proptest::num::u64::ANY,
            signed in proptest::num::i64::ANY,
            small in proptest::num::u8::ANY,
        ) {
            let doc = Document::new("t", "text").unwrap();
            let value = (unsigned, signed, small, unsigned as u32, signed as i16);
            proptest::prop_assert_eq!(json(&doc, &value), serde_json::to_string(&value).unwrap());
        }
    }

    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let doc = Document::new("t", "text").unwrap();
        let mut values = vec![
            0.0,
            -0.0,
            1e9,
            -1e9,
            999_999_999.999_9,
            1e-4,
            -1e-4,
            5e-5,
            0.1 + 0.2,
        ];
        // Every ten-thousandth around zero and the coordinates' range, and a sweep of others.
        values.extend((-20_000..20_000).map(|n| n as f64 / 1e4));
        values.extend((-1_800_000..1_800_000).step_by(7).map(|n| n as f64 / 1e4));
        values.extend((0..200_000).map(|n| n as f64 * 12_345.678_9 / 7.0));
        values.extend((0..2_000).map(|n| 1e9 - n as f64 / 1e4));
        for v in values {
            let mut out = Vec::new();
            write(&v, &doc, &mut out).unwrap();
            assert_eq!(out, serde_json::to_vec(&v).unwrap(), "{v:?}");
        }
    }

    #[test]
    fn a_map_key_that_is_not_a_string_is_an_error() {
        let doc = Document::new("t", "text").unwrap();
        let map = BTreeMap::from([(vec![1], 2)]);
        let mut out = Vec::new();
        assert!(write(&map, &doc, &mut out).is_err());
    }
}
