#!/usr/bin/env python3
"""Regenerates the compact word lists the people extractor embeds (data/*.txt).

Inputs:
  - the Python package `names` (US Census 1990 name lists, public domain): given names and surnames;
  - the Rust crate `human_name` (Apache-2.0): honorific prefixes, surname particles, generational
    suffixes (its build/*.json, found in the local cargo registry: run `cargo fetch` on any crate that
    depends on human_name first);
  - the hand-written lists in curated/.

The output, lexicon.rs, is a Rust static array of (lowercase ASCII-folded word, bits of the lists it
belongs to (LISTS below)) sorted by bytes, so the extractor finds a word and all its lists with one
binary search and no start-up work. Run from anywhere: `python3 build.py`.
"""
import glob, json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SURNAME_LIMIT = 25000  # most frequent census surnames kept (the long tail adds noise, not recall)
SPECIAL = {"ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "’": "'"}


def fold(word):
    """Lowercase ASCII form, as the extractor's `fold` computes it."""
    word = "".join(SPECIAL.get(c, c) for c in word.lower())
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if c.isascii() and not unicodedata.combining(c))


def curated(name):
    words = []
    for line in open(os.path.join(HERE, "curated", name), encoding="utf-8"):
        if not line.startswith("#"):
            words.extend(line.split())
    return words


def census(name, limit=None):
    import names
    path = os.path.join(os.path.dirname(names.__file__), name)
    rows = [line.split()[0] for line in open(path, encoding="ascii") if line.strip()]
    return rows[:limit] if limit else rows


def human_name(file):
    paths = glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/human_name-*/build/{file}"))
    if not paths:
        raise SystemExit("human_name source not found: cargo fetch a crate depending on it first")
    return json.load(open(sorted(paths)[-1], encoding="utf-8"))


# human_name's honorific prefixes include pieces of multi-word titles ("United", "Business"); only
# words that can stand right before a name are kept as title cues.
HONORIFIC_PIECES = {
    "the", "and", "und", "her", "his", "most", "very", "right", "united", "states", "state", "first",
    "family", "national", "business", "analytics", "air", "banner", "bearer", "bench", "civil",
    "corporate", "credit", "criminal", "customs", "d'affaires", "discovery", "district", "division",
    "docket", "federal", "field", "financial", "flag", "flying", "foreign", "group", "high",
    "information", "intelligence", "judicial", "kingdom", "knowledge", "law", "marketing", "member",
    "municipal", "operating", "petty", "police", "political", "pro", "rear", "resident", "revenue",
    "risk", "royal", "security", "special", "staff", "strategy", "supreme", "tax", "technical",
    "warrant", "wing", "designated", "presiding", "hereditary", "senior", "jr.", "sr.", "grand",
    "prime", "vice", "deputy", "chief", "mother", "servant", "maid", "nanny", "aunt", "auntie",
    "uncle", "goodman", "woodman", "elder", "blessed", "saint", "venerable", "baba", "leader",
}


def honorifics():
    values = human_name("title_data.json")["honorific_prefixes"].values()
    out = set()
    for v in values:
        if " " in v or "," in v:
            continue
        if fold(v) in HONORIFIC_PIECES or fold(v.rstrip(".")) in HONORIFIC_PIECES:
            continue
        out.add(v)
    return out


# Bit of each list in the combined lexicon; src/lexicon.rs has the same numbers.
LISTS = ["given", "surnames", "titles", "modifiers", "reporting", "vehicles", "things", "particles",
         "suffixes", "breakers", "nonnames", "female", "male"]


TABLE_BITS = 16  # 65,536 slots: under half full, so lookups probe about once


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def hash_table(words):
    """Slots of (high 16 bits of the hash) << 16 | index into WORDS; 0xFFFF in the low bits is an
    empty slot. The hash bits let a probe skip other words without reading them."""
    size = 1 << TABLE_BITS
    assert len(words) < size // 2 and len(words) < 0xFFFF
    table = [0xFFFF] * size
    for i, w in enumerate(words):
        h = fnv1a(w.encode())
        slot = h & (size - 1)
        while table[slot] & 0xFFFF != 0xFFFF:
            slot = (slot + 1) & (size - 1)
        table[slot] = (h >> 16) << 16 | i
    return table


def write(lists):
    """Writes lexicon.rs: a sorted static array of (word, bits), one bit per list in LISTS, and a
    hash index into it."""
    bits = {}
    for name, words in lists.items():
        bit = 1 << LISTS.index(name)
        for w in words:
            if fold(w):
                bits[fold(w)] = bits.get(fold(w), 0) | bit
    with open(os.path.join(HERE, "lexicon.rs"), "w", encoding="ascii", newline="\n") as f:
        f.write("// Generated by data/build.py from the sources in data/SOURCES.md; do not edit.\n")
        f.write("// Folded word and the bits of the lists it belongs to, sorted by bytes.\n")
        f.write("static WORDS: &[(&str, u16)] = &[\n")
        words = sorted(bits, key=lambda w: w.encode())
        for w in words:
            f.write(f"    ({json.dumps(w)}, {bits[w]}),\n")
        f.write("];\n")
        table = hash_table(words)
        f.write("// Open-addressing index into WORDS by FNV-1a hash, linear probing: high 16 bits of the\n")
        f.write("// hash, then the index (u16::MAX when empty).\n")
        f.write(f"static TABLE: [u32; {len(table)}] = [\n")
        for i in range(0, len(table), 16):
            f.write("    " + ", ".join(str(x) for x in table[i:i + 16]) + ",\n")
        f.write("];\n")
    for name, words in lists.items():
        print(f"{name}: {len({fold(w) for w in words if fold(w)})} words")


def main():
    name_data = human_name("name_data.json")
    gen = human_name("generation_data.json")["generation_by_suffix"]
    male, female = set(census("dist.male.first")), set(census("dist.female.first"))
    particles = curated("particles.txt") + name_data["uncapitalized_particles"]
    two_letter = name_data["two_letter_given_names"]
    # Census "given names" that are particles ("Le", "De") would make "Le Temps" a person.
    not_given = {fold(p) for p in particles} - {"al", "ben", "del", "abu"}
    write({
        "given": [n for n in sorted(male | female) + curated("given_international.txt") + two_letter
                  if fold(n) not in not_given],
        "female": sorted(female - male) + curated("given_female.txt"),
        "male": sorted(male - female),
        "surnames": census("dist.all.last", SURNAME_LIMIT),
        "titles": curated("roles.txt") + list(honorifics()),
        "modifiers": curated("role_modifiers.txt"),
        "reporting": curated("reporting_verbs.txt"),
        "vehicles": curated("vehicle_cues.txt"),
        "things": curated("thing_nouns.txt"),
        "particles": curated("particles.txt") + name_data["uncapitalized_particles"]
        + name_data["additional_surname_prefixes"],
        "suffixes": curated("suffixes.txt")
        + [s for s in gen if not s[0].isdigit() and s not in ("I", "V")],
        "breakers": curated("stop_function.txt") + [
            w for w in curated("stop_time.txt")
            if fold(w).rstrip(".") not in MONTH_NAMES and (len(w) > 4 or w.endswith("."))],
        "nonnames": curated("stop_places.txt") + curated("stop_orgs.txt") + curated("stop_time.txt"),
    })


# Months that are also given names or surnames stay out of the run breakers ("Theresa May"), and
# so do short abbreviations without a period ("Jan" Novak, "Sun" Yat-sen).
MONTH_NAMES = {"april", "may", "june", "august", "march"}

if __name__ == "__main__":
    main()
