#!/usr/bin/env python3
"""Regenerates the compact word lists the people extractor embeds (data/*.txt).

Inputs:
  - the Python package `names` (US Census 1990 name lists, public domain): given names and surnames;
  - the Rust crate `human_name` (Apache-2.0): honorific prefixes, surname particles, generational
    suffixes (its build/*.json, found in the local cargo registry: run `cargo fetch` on any crate that
    depends on human_name first);
  - the hand-written lists in curated/.

Every output line is one lowercase ASCII-folded word; files are sorted by bytes and deduplicated so
the extractor can binary-search them in place. Run from anywhere: `python3 build.py`.
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


def write(name, words):
    folded = sorted({fold(w) for w in words if fold(w)}, key=lambda w: w.encode())
    with open(os.path.join(HERE, name), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(folded) + "\n")
    print(f"{name}: {len(folded)} words")


def main():
    name_data = human_name("name_data.json")
    write("given.txt", census("dist.male.first") + census("dist.female.first")
          + curated("given_international.txt") + name_data["two_letter_given_names"])
    write("surnames.txt", census("dist.all.last", SURNAME_LIMIT))
    write("titles.txt", curated("roles.txt") + list(honorifics()))
    write("modifiers.txt", curated("role_modifiers.txt"))
    write("reporting.txt", curated("reporting_verbs.txt"))
    write("vehicles.txt", curated("vehicle_cues.txt"))
    write("things.txt", curated("thing_nouns.txt"))
    write("particles.txt", curated("particles.txt") + name_data["uncapitalized_particles"]
          + name_data["additional_surname_prefixes"])
    gen = human_name("generation_data.json")["generation_by_suffix"]
    write("suffixes.txt", curated("suffixes.txt")
          + [s for s in gen if not s[0].isdigit() and s not in ("I", "V")])
    write("breakers.txt", curated("stop_function.txt") + [
        w for w in curated("stop_time.txt") if fold(w).rstrip(".") not in MONTH_NAMES])
    write("nonnames.txt", curated("stop_places.txt") + curated("stop_orgs.txt") + curated("stop_time.txt"))


# Months that are also given names or surnames stay out of the run breakers ("Theresa May").
MONTH_NAMES = {"april", "may", "june", "august", "march"}

if __name__ == "__main__":
    main()
