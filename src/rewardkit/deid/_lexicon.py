"""
The word lists the detectors use: each stated once, here or in ``data/``.

Two kinds of list live here:

- the shipped data files in ``data/``, read on first use and cached: given names, surnames
  and regions are plain text, one entry a line, and load with one split each; the two large
  lists looked up only for some capitalised words (places, English words) are kept as sorted
  32-bit CRCs and load as one array each; ``states.tsv`` is the table of states and provinces
  that addresses name;
- the small hand-written vocabularies of the rules (titles, cue words, facility nouns, month
  names, street words, ...), as Python constants. A rule that needs one as a regular
  expression builds it with :func:`alternation`, so that the words are never written twice.

Nothing here reads a file at import time.
"""

from __future__ import annotations

import array
import bisect
import functools
import re
import sys
import unicodedata
import zlib
from importlib import resources
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Container, Iterable
    from importlib.resources.abc import Traversable

__all__ = [
    "HashedWords",
    "Lexicon",
    "States",
    "alternation",
    "english_words",
    "is_english",
    "lexicon",
    "states",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of *text*."""
    return frozenset(text.split())


def phrase_set(text: str) -> frozenset[str]:
    """Return the set of the ``|``-separated phrases of *text*, their spaces normalised."""
    return frozenset(" ".join(p.split()) for p in text.split("|")) - {""}


def alternation(words: Iterable[str]) -> str:
    """Return a regular-expression alternation of *words*, each matched literally, in order."""
    return "|".join(re.escape(w) for w in words)


# --------------------------------------------------------------------------- calendar

#: Month names, in calendar order.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Abbreviated month names ("sept" before "sep": a pattern tries the longer first).
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
)
MONTHS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS)
#: The numbers one to nine and ten to nineteen in words, as alternations for patterns.
SPELLED_UNITS = "one|two|three|four|five|six|seven|eight|nine"
SPELLED_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
#: Month names that are also everyday words ("in March we start", "may I"): a date needs more.
MONTHS_THAT_ARE_WORDS = word_set("may march")
#: Weekday names and their abbreviations, each longer form before its shorter ones.
WEEKDAY_NAMES = (
    "monday",
    "mon",
    "tuesday",
    "tues",
    "tue",
    "wednesday",
    "wed",
    "thursday",
    "thurs",
    "thur",
    "thu",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
)
WEEKDAYS = frozenset(WEEKDAY_NAMES)
#: The weekdays' names in full: "monday" ... "sunday".
WEEKDAY_WORDS = frozenset(w for w in WEEKDAY_NAMES if w.endswith("day"))
#: Words for a group after a weekday: "the Tuesday Crew", "the Sunday Club".
DAY_GROUP_WORDS = frozenset({"crew", "club", "group", "gang", "lot", "squad", "bunch"})
#: Holidays with a fixed date, each longer form before its shorter ones: with a year, a date.
DATED_HOLIDAYS = (
    "Christmas Eve",
    "Christmas Day",
    "Christmas",
    "New Year's Eve",
    "New Year's Day",
    "New Year's",
    "Thanksgiving Day",
    "Thanksgiving",
    "Halloween",
    "Easter Sunday",
    "Easter",
    "Valentine's Day",
    "Independence Day",
    "the Fourth of July",
    "Fourth of July",
    "Mother's Day",
    "Father's Day",
    "Memorial Day",
    "Labor Day",
    "St. Patrick's Day",
    "St Patrick's Day",
    "Saint Patrick's Day",
    "Patrick's Day",
    "Paddy's Day",
    "St Paddy's Day",
    "St. Paddy's Day",
    "Boxing Day",
    "Good Friday",
    "Anzac Day",
    "Canada Day",
    "Australia Day",
    "Waitangi Day",
    "Remembrance Day",
    "Bonfire Night",
    "Hogmanay",
)
HOLIDAY_WORDS = word_set(
    "christmas easter thanksgiving halloween hanukkah ramadan diwali eid passover kwanzaa"
)

# --------------------------------------------------------------------------- every detector

# Words that never start a name: function words, pronouns, and capitalised words that are
# not names (holidays, religions, the first-person pronoun).
FUNCTION_WORDS = (
    word_set(
        """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even ever
    every few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves im i'm ive i've id i'd ill i'll dont don't didnt didn't
    cant can't wont won't isnt isn't its it's thats that's shes she's hes he's theyre they're
    youre you're were we're lets let's one two three four five six seven eight nine ten ok
    okay yes yeah yep nope hi hey hello thanks thank please sorry oh oi nae och āe ơi wow lol omg
    tbh
    imo idk anyway anyways honestly today tomorrow yesterday tonight week weekend month year
    god jesus christ lord allah bible mom dad mum mommy daddy grandma grandpa nana papa
    """
    )
    | HOLIDAY_WORDS
    | MONTHS
    | WEEKDAYS
)
# Everyday words the 1934 dictionary behind the English list lacks.
MODERN_WORDS = word_set(
    """
    email emails emailed online website websites app apps internet podcast podcasts blog
    blogs blogger vlog covid telehealth telemedicine zoom voicemail voicemails smartphone
    laptop ok okay selfie selfies hashtag emoji emojis meme memes texting texted googled
    livestream screenshot screenshots wifi inbox username password login logout
    self-care neurodivergent neurodiversity burnout
    """
)

# --------------------------------------------------------------------------- contact data

#: Public hotlines, digits only: they are nobody's identifier.
HOTLINES = word_set(
    """
    988 18002738255 8002738255 741741 18006624357 8006624357 18007997233 8007997233
    18664887386 8664887386 18009506264 8009506264 18006564673 8006564673 18009855990
    8009855990 911 999 112 116123 18884043600 8884043600
    """
)
#: German articles and determiners, before a noun (capitalised in German): they open no
#: street's name ("Der Weg", a song) and make no name of the noun ("zu deinem Geburtstag").
GERMAN_DETERMINERS = word_set(
    """
    der die das den dem des ein eine einen einem einer kein keine mein meine meinem dein
    deine deinem sein seine seinem ihr ihre ihrem unser unsere unserem jeder jede dieser
    diese dieses welcher welche jener jene anderer andere erster erste zweiter zweite letzter
    letzte zum zur vom beim
    """
)
#: Words before "of" that measure out a thing, not a person or a place: "a box of Kleenex",
#: "a cup of Milo".
MEASURE_WORDS = word_set(
    """
    bucket buckets
    box boxes sleeve sleeves bag bags cup cups bottle bottles pack packs packet packets can
    tray trays plate plates pot pots batch batches loaf loaves dozen basket baskets crate
    cans jar jars bar bars tin tins slice slices piece pieces bowl bowls glass glasses mug
    mugs tub tubs carton cartons pint pints tube tubes roll rolls spoonful handful block
    blocks slab slabs
    """
)
#: Words just before a number that make it a hotline's.
HOTLINE_WORDS = (
    "hotline",
    "lifeline",
    "helpline",
    "crisis line",
    "warmline",
    # free to call, in the languages of the posts: "bel gratis 0800-0113"
    "freephone",
    "toll-free",
    "toll free",
    "gratis",
    "gratuit",
    "gratuito",
    "grátis",
    "kostenlos",
)


def hotline_before(text: str, start: int) -> bool:
    """Tell whether one of :data:`HOTLINE_WORDS` stands in the 40 characters before *start*."""
    window = text[max(0, start - 40) : start].lower()
    return any(w in window for w in HOTLINE_WORDS)


#: Words that announce a phone number, in the order a pattern tries them.
PHONE_WORDS = ("phone", "cell", "mobile", "tel", "telephone", "fax", "number", "call", "text")
#: Initials that are a postal code's cue before its digits, not a person's: Mexico's "C.P.
#: 04000" (the postcode rules take them as a cue, the name rules pass over them there).
POSTAL_CODE_INITIALS = ("C.P.",)
#: Words that name a user or a handle, in the order a pattern tries them.
USERNAME_WORDS = (
    "username",
    "user name",
    "handle",
    "screen name",
    "screenname",
    "gamertag",
    "instagram",
    "insta",
    "ig",
    "snapchat",
    "snap",
    "discord",
    "tiktok",
    "twitter",
    "twitch",
    "tumblr",
    "venmo",
    "cashapp",
    "cash app",
    "reddit user",
    "redditor",
    "account name",
    "gaming name",
    "gamer name",
    "online name",
    "display name",
)
#: Words between a username word and "is": "handle on the forum is".
USERNAME_FILLERS = (
    "on",
    "in",
    "for",
    "at",
    "the",
    "her",
    "his",
    "their",
    "my",
    "this",
    "that",
    "recovery",
    "support",
    "forum",
    "group",
    "app",
    "site",
    "server",
    "reddit",
    "old",
    "new",
    "main",
    "streamer",
    "channel",
)
#: Words that are never a username, even after "username is".
NOT_USERNAMES = word_set(
    "private deleted the her his their my anonymous irrelevant unimportant important unknown"
    " hidden secret changed gone blank"
)
#: Words for a place where a person has a handle: "her old blog, paper-moon-diaries,".
HANDLE_PLACES = (
    "blog",
    "tumblr",
    "channel",
    "account",
    "profile",
    "handle",
    "username",
    "page",
    "insta",
    "tiktok",
    "twitter",
    "youtube",
    "substack",
)

# --------------------------------------------------------------------------- places

#: Street types of English-speaking countries, in the order a pattern tries them.
STREET_TYPES = (
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Lanes",
    "Ln",
    "Drive",
    "Dr",
    "Court",
    "Ct",
    "Way",
    "Place",
    "Pl",
    "Terrace",
    "Ter",
    "Circle",
    "Cir",
    "Highway",
    "Hwy",
    "Parkway",
    "Pkwy",
    "Trail",
    "Trl",
    "Crescent",
    "Close",
    "Square",
    "Sq",
    "Alley",
    "Row",
    "Pike",
    "Route",
    "Rte",
)
#: More street suffixes of the USPS list (Publication 28, Appendix C1) that are also words of
#: place names ("Cedar Hill", "Sparrow Hollow"): a street only after a house number.
NUMBERED_STREET_TYPES = (
    "Bend",
    "Bluff",
    "Concourse",
    "Bypass",
    "Causeway",
    "Cove",
    "Cv",
    "Creek",
    "Crk",
    "Crest",
    "Crossing",
    "Xing",
    "Curve",
    "Expressway",
    "Expy",
    "Freeway",
    "Fwy",
    "Gardens",
    "Gdns",
    "Glen",
    "Grove",
    "Grv",
    "Harbor",
    "Heights",
    "Hts",
    "Hill",
    "Hills",
    "Hollow",
    "Holw",
    "Knoll",
    "Landing",
    "Lndg",
    "Loop",
    "Manor",
    "Mnr",
    "Meadow",
    "Meadows",
    "Mews",
    "Orchard",
    "Oval",
    "Park",
    "Path",
    "Pass",
    "Plaza",
    "Plz",
    "Point",
    "Ridge",
    "Rdg",
    "Run",
    "Spur",
    "Summit",
    "Trace",
    "Turnpike",
    "Tpke",
    "Valley",
    "Vly",
    "View",
    "Vista",
    "Walk",
)
#: Words that start a street name in Romance and Slavic languages: "Calle de Alcalá".
STREET_WORDS = (
    "Calle",
    "Carrer",
    "Rue",
    "Rua",
    "Via",
    "Viale",
    "Avenida",
    "Avinguda",
    "Camino",
    "Paseo",
    "Plaza",
    "Piazza",
    "Praça",
    "Travessa",
    "Boulevard",
    "Chemin",
    "Allée",
    "Ulica",
    "ul.",
    # Irish: "Bóthar na Mara", "Sráid an Mhuilinn"
    "Bóthar",
    "Bóithrín",
    "Sráid",
    "Ascaill",
    "Lána",
    "Cearnóg",
    # Malay, also of Singapore: "Jalan Besar", "Lorong 4 Toa Payoh"
    "Jalan",
    "Jln",
    "Lorong",
    "Lebuh",
    "Persiaran",
)
#: Products written as words run together before a number: "PlayStation5", "PowerPoint2016".
PRODUCTS_RUN_TOGETHER = (
    "PlayStation",
    "GoPro",
    "PowerPoint",
    "MacBook",
    "AirPods",
    "WhatsApp",
    "YouTube",
    "TikTok",
    "LinkedIn",
    "OneDrive",
    "SharePoint",
    "FaceTime",
    "GameBoy",
    "ThinkPad",
    "PowerBook",
)
#: Particles between such a word and the name: "de la", "do", "della".
STREET_PARTICLES = (
    "de",
    "del",
    "de la",
    "des",
    "du",
    "de l'",
    "la",
    "le",
    "les",
    "los",
    "las",
    "da",
    "do",
    "dos",
    "das",
    "di",
    "della",
    "delle",
    "dei",
    "na",
    "an",
)
#: Endings of a street name in Germanic languages: "Lindenstraße", "Keizersgracht".
STREET_ENDINGS = (
    "straße",
    "strasse",
    "str.",
    "gasse",
    "weg",
    "platz",
    "allee",
    "laan",
    "straat",
    "gracht",
    "vej",
    "gatan",
    "gata",
    "veien",
    # Danish, Swedish, Finnish and more Dutch: "Kirkegårdsgade 12", "Aleksanterinkatu"
    "gade",
    "gaden",
    "stræde",
    "vägen",
    "katu",
    "kade",
    "plein",
    "dreef",
    "steeg",
)
#: Words after a postal code ("the 97214 zip code") or before one.
ZIP_WORDS = (
    "zip",
    "zip code",
    "zipcode",
    "postal code",
    "postcode",
    "plz",  # Postleitzahl
    "pin",  # an Indian postal index number
    "pincode",
    "pin code",
    # Spanish, Portuguese and French: "código postal 22045", "code postal 75011"
    "código postal",
    "codigo postal",
    "code postal",
)
#: Words that end a place's name: "Harmon County".
ADMINISTRATIVE_SUFFIXES = word_set("county township parish borough")
#: Words after a capitalised run that make it a place: "Harmon Township", "Ellis Village".
PLACE_SUFFIXES = (
    "County",
    "Township",
    "Parish",
    "Borough",
    "Village",
    "Town",
    "City",
    "First Nation",
    "Reservation",
    "district",  # "in the Solukhumbu district"
    "municipality",
)
#: Words that end the name of a neighbourhood or a housing estate: "Seventh Ward", "Little
#: Village", "Wren Hollow Apartments".
NEIGHBOURHOOD_WORDS = word_set(
    """
    ward village heights park hill hills gardens estates apartments homes commons terrace
    towers flats manor meadows acres side green cross vale quarter island islands heath
    district
    """
)
#: Words after a listed place that belong to its name: "Orlando West", "Ellis Island".
PLACE_TAIL = NEIGHBOURHOOD_WORDS | word_set(
    """
    north south east west central island islands beach bay town city springs falls valley
    point harbour harbor creek heights farm estate inlet land cove landing junction crossing
    sound lakes isles
    """
)
#: Ordinals before "Ward" in a city's wards ("the Seventh Ward", "the Lower Ninth Ward").
WARD_ORDINALS = word_set(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    """
)
#: Words of a treatment or a diagnosis that are no place after "in": "in Partial
#: Hospitalization", "has Parkinson's".
NOT_PLACE_WORDS = word_set(
    """
    hospitalization hospitalisation program programme therapy parkinson alzheimer crohn
    hashimoto tourette asperger hodgkin huntington addison cushing love
    """
)
#: Prepositions before a place.
PLACE_PREPS = word_set("in near outside around round from to towards toward")
#: Verbs of going, before "to" and a place.
MOVE_VERBS = word_set(
    "moved move moving drove drive driving flew fly flying relocated went going go back trip"
    " headed heading visit visiting visited called came walked travelled traveled returned"
)
#: States' short names that are given names or towns too, in brackets after a town: "Coburg
#: (Vic)".
STATES_SHORT = frozenset({"vic", "tas", "qld", "man", "sask", "alta", "ont", "que"})
#: Units and quantities after a number that make it no house number ("90 minutes each way").
QUANTITY_WORDS = word_set(
    """
    seconds second minutes minute mins min hours hour hrs hr days day weeks week months month
    years year miles mile mi km kilometers kilometres blocks block feet foot ft steps times
    people kids clients patients sessions visits calls more less or and
    """
)
#: Abbreviations inside a place's name: "Sault Ste. Marie", "Mt. Vernon".
ABBREVIATED_PLACE_WORDS = word_set("st ste mt ft pt")

# --------------------------------------------------------------------------- people

# Cue words that come before a person's name.
TITLE_ABBREVIATIONS = word_set(
    "dr mr mrs ms mx prof rev sr sra srta dra sgt capt det fr mdm sigra dott mme mlle"
)
TITLES = TITLE_ABBREVIATIONS | word_set(
    "doctor miss professor nurse pastor father reverend officer judge coach aunt auntie aunty uncle"
    " grandma grandpa nana sister brother sir madam lady lord captain sergeant detective"
    " deputy rabbi imam oom tannie nan ma'am maam tun doktor doktè doutor doutora dottore"
    " dottoressa pani malam naw bu ibu bapak pak granny grandad granddad nanna abuela abuelo"
    " cikgu sensei ustaz ustazah sifu bhaiya whaea matua mass kokum kookum kohkom kookom nokomis"
    " mishomis moshom nanny koro kuia koka tanty tantie unci unchi kunsi kunshi tunkasila"
    " tunkashila elisi edudu tūtū"
)
RELATION_CUES = word_set(
    """
    client clients patient patients pt kiddo kid child boy girl teen teenager resident
    member consumer student guy man woman lady gentleman mom dad mother father son daughter
    brother sister wife husband partner boyfriend girlfriend fiance fiancee friend bestie
    coworker co-worker colleague supervisor boss supervisee intern therapist counselor
    counsellor psychiatrist grandson granddaughter nephew niece cousin neighbor neighbour
    roommate baby toddler infant sibling stepdad stepmom stepson stepdaughter grandmother
    grandfather caseworker caregiver veteran vet youth participant mentee peer
    """
)
# Words for a person before a name set off by commas ("the bride, Priyanka, ...").
PERSON_NOUNS = RELATION_CUES | word_set(
    """
    fella fellas bloke blokes lad lads lass gal chap
    bride groom elder elders dad mum kiddos kids guys men women residents teens parent
    parents grandparent veterans officer nurse doctor landlord neighbor neighbour pastor
    priest teacher coach mentor sponsor
    """
)
# Cues after which even a lowercase English word in the name lists is taken as a name.
STRONG_RELATION_CUES = word_set(
    """
    client patient pt kiddo son daughter mom dad mother father brother sister wife husband
    boyfriend girlfriend fiance fiancee grandson granddaughter nephew niece cousin
    """
)
NAMING_CUES = (
    "named",
    "called",
    "nicknamed",
    "name is",
    "name was",
    "name's",
    "goes by",
    "went by",
    "aka",
    "a.k.a.",
    "name:",
    "nickname,",
    "nickname is",
    "nickname was",
    "nickname:",
    "his nickname",
    "her nickname",
    "their nickname",
    "we call",
    "we all call",
    "i'll call",
    "i will call",
    "we'll call",
    "let's call",
)
NAMING_LAST_WORDS = frozenset(c.rsplit(" ", 1)[-1].rstrip(".:,") for c in NAMING_CUES) | {
    "name",
    "a.k.a",
}
FAMILY_AFTER = word_set(
    """
    mom dad mother father mum parents parent sister brother wife husband son daughter
    grandma grandmother grandpa grandfather aunt uncle boyfriend girlfriend partner kids
    children baby family caseworker therapist teacher foster stepmom stepdad cousin fiance
    fiancee friend friends house room dog cat funeral birthday
    """
)
PRONOUNS = word_set(
    "i me you he him she her it we us they them my your his its our their this that the a an"
    " who whom what which someone somebody anyone nobody everyone mine yours hers ours theirs"
)
# Words that do not continue a name ("Sarah And ..." is a heading, not a surname).
EXTENSION_STOP = word_set("i the a and or but so if in on at to of for my we he she they it is was")
#: Words for a person after which ("my client ...") a lowercase word of no list is a name.
OWNED_CUES = word_set(
    """
    client patient kiddo kid son daughter brother sister mom dad mother father wife husband
    partner boyfriend girlfriend friend cousin niece nephew grandson granddaughter grandmother
    grandfather grandma grandpa roommate coworker colleague supervisor boss student resident
    boy girl lad lass wean bairn
    """
)
#: Nouns after which a capitalised name names a method, a scale or a law, not a person or a
#: place ("Stanley-Brown style", "the Beck scale", "Baker Act", "the Columbia protocol").
EPONYM_NOUNS = word_set(
    """
    rating
    style method model protocol scale technique approach criteria test syndrome disease act
    law effect inventory questionnaire assessment principle rule plan screen stages theory
    hierarchy index score checklist battery paradigm triad questions template worksheet
    pathway
    """
)
#: The people whose names stand for a theory, a method, a test or an illness in the field
#: ("Linehan's DBT", "a lot of Bowlby", "Alzheimer's"): by their shape or a list alone, never
#: someone in the story (a title, a naming cue or a word for a person still finds one).
#: Surnames common among everyone (Beck, Allen, Miller, Rogers) are not here: they are
#: eponyms only before a word of :data:`EPONYM_NOUNS`.
EPONYMS = word_set(
    """
    freud jung adler erikson piaget vygotsky maslow skinner pavlov bandura bowlby ainsworth
    winnicott kohut linehan gottman yalom frankl satir minuchin seligman kabat-zinn
    rollnick prochaska diclemente rorschach wechsler likert kraepelin bleuler charcot horney
    fromm bion lacan alzheimer parkinson asperger tourette huntington korsakoff wernicke
    crohn hodgkin cushing hashimoto kübler-ross kubler-ross woodcock-johnson mckinney-vento
    lewy creutzfeldt-jakob guillain-barré maudsley
    stanford-binet myers-briggs
    """
)
#: Gods and figures of scripture and worship, after "Lord" or "the Book of" and alone: never
#: someone in the story ("a picture of Lord Ganesha", "the Book of Ruth").
DEITIES = word_set(
    """
    ganesha ganesh ganapati shiva vishnu krishna rama ravana hanuman durga lakshmi saraswati
    kali
    buddha allah jesus christ yahweh jehovah waheguru prophet adonai elohim olodumare islam virgen
    virgin
    buddhism hinduism sikhism judaism christianity catholicism
    quran qur'an koran torah talmud panagia theotokos bondye osiris shema
    papatūānuku hine-nui-te-pō
    """
)
#: Feasts and festivals: a day's name, never a person's ("On Vaisakhi, 13 April").
FESTIVALS = word_set(
    """
    vaisakhi baisakhi diwali deepavali holi navratri dussehra onam pongal eid ramadan ramadhan
    hanukkah chanukah passover purim yom kippur rosh hashanah nowruz norouz songkran tet
    chuseok obon matariki naidoc juneteenth kwanzaa ferragosto midsommar lohri rakhi vesak
    waisak thaipusam seollal hanami qingming timkat meskel enkutatash walpurgis hogmanay
    losar koningsdag naadam dashain tihar newroz navruz nauryz nooruz bayram\u0131 ugadi bihu
    irreechaa
    chhath teej janmashtami sankranti gurpurab guru-purab thingyan thadingyut tanabata
    sinulog gawai kaamatan irreecha irreechaa ashura mawlid muharram tabaski shavuot sukkot
    pesach samhain beltane imbolc lughnasadh juhannus jaanipäev jāņi joninės kupala
    maslenitsa martenitsa mărțișor martisor alasitas sabantuy yennayer vesakha buhe boishakh
    pohela þorrablót thorrablot wigilia sallah carnaval carnival
    dasara ólavsøka olavsoka rtveli
    festino tết eisteddfod shabbos shabbat poya pesah akitu divali guelaguetza navroze
    phagwah festival fajr dhuhr zuhr maghrib jummah jumuah taraweeh tarawih iftar suhoor
    suhur sehri caribana kanaval asr lebaran remembrance mòd subuh zohor asar isyak isya
    weihnachten ostern pfingsten fasching fastnacht karneval sinterklaas kerstmis pasen
    pinksteren påske paske jól joulu luciadagen fettisdagen timket kwibuka umuganura garma lent
    laylat lailat laylatul lailatul shab-e-barat shab-e-qadr
    """
)
#: Words for an animal, a toy or a thing that may be called by a name ("a tabby called
#: Pickle", "a stuffed lion called Brave"): that name is no one's.
NAMED_THINGS = word_set(
    """
    terrier spaniel retriever labrador collie poodle beagle husky pug dachshund greyhound
    whippet lurcher staffy staffie kelpie heeler mutt pooch moggy moggie mare stallion foal
    donkey calf lamb piglet
    cat cats kitten kitty tabby dog dogs puppy pup pet pets hamster rabbit bunny goldfish fish
    horse pony bird parrot budgie chicken chickens goat lizard snake turtle tortoise guinea
    pig ferret lion bear teddy toy doll dolls plush plushie stuffie stuffy stuffed puppet
    dummy mannequin robot plant plants car van truck bike boat hen hens rooster duck ducks
    cow sheep llama alpaca gecko axolotl frog hedgehog mouse rat gerbil canary cockatiel
    cockatoo finch owl squirrel fox monster unicorn dragon dinosaur octopus penguin cactus
    succulent tree guitar ukulele pillow blanket course courses class workshop workshops
    podcast newsletter zine song album game app sickness illness disease syndrome
    """
)
# Verbs that follow a person as subject.
PERSON_VERBS = word_set(
    """
    said says told tells asked asks came comes brought brings called calls texted texts sent
    sends wrote writes gave gives smiled laughed cried finished graduated walked showed
    hugged started stopped decided admitted agreed refused thanked whispered shouted
    saying telling asking coming bringing calling texting sending writing giving smiling
    laughing crying thanking hugging showing walking made makes got gets went goes left
    looked turned kept keeps managed passed won joined moved signed drew sang learned learnt
    slept drove nodded shrugged sighed grinned paused replied answered explained mentioned
    noticed remembered realised realized wanted wants needed needs tried tries knew knows
    felt feels loves hated hates lives worked works died dies relapsed prayed survived
    recovered danced painted visited talks talked waved volunteered wept sobbed beamed
    insisted married
    """
)
# Lowercase function words of other languages (name particles, articles, prepositions) that
# the first-name lists also hold: "Ein Lächeln von [NAME]" names nobody.
LOWERCASE_PARTICLES = word_set(
    "von van der den des de del della dei di da das dos du le la les los las el al und mit zu"
    " ap ab bin binti binte bte bint ibn ole anak"
    " zum zur ter ten het dela delos delas"
)
VERB_FORMS = word_set(
    """
    made went said told came gave took got felt left kept brought thought found saw knew
    wrote ran sat stood began became held heard met paid put read sent spent taught won
    bought caught fought lost meant slept swam drove rode spoke broke chose woke wore
    grew drew threw flew forgot hid let set shut cut hit hurt quit does did has had was
    were are is will would can could may might must shall should froze shook sang rang
    drank stole tore bit fell fled fed led laid lay ate forgave rose sought struck stuck
    swore wept knelt leapt sprang sank stank clung flung hung dug spun won't
    """
)
LANGUAGES_AND_PEOPLES = word_set(
    """
    malayali malayalee keralite himalayan
    adivasis madhesis
    texan texans ngāpuhi ngapuhi toisan taishanese iñupiaq iñupiat inupiat lumbee scotsman
    scotsmen scotswoman welshman welshwoman irishman irishwoman englishman englishwoman
    athabascan athabaskan unangan
    doukhobor doukhobors franco-ontarian franco-ontarians franco-manitoban mennonites hutterite
    hutterites
    gomeroi pisin vakaviti bislama saami greenlanders brits swedes finns norwegians kiwis
    aussies guaraní guarani cubano cubana cubanos cubanas mexicano mexicana boricua boricuas
    soninké soninke dholuo gikuyu icibemba atayal paiwan bunun truku seediq rukai
    puyuma saisiyat
    dominicano dominicana venezolano venezolana colombiano colombiana peruano peruana chileno
    chilena nordestino nordestina nordestinos gaúcho gaúcha gaúchos carioca cariocas paulista
    paulistas chilango chilanga catracho catracha guanaco guanaca
    andorran angolan antiguan argentinian bahamian barbadian belizean beninese botswanan
    bruneian burkinabe burundian cameroonian chadian comoran cypriot djiboutian
    equatoguinean gabonese gambian grenadian guinean guyanese ivorian jordanian libyan
    liechtensteiner luxembourgish malawian malaysian maldivian malian mauritanian mauritian
    micronesian moldovan monegasque montenegrin mozambican namibian nauruan nepalese
    nigerien panamanian papuan paraguayan rwandan seychellois slovakian slovenian surinamese
    taiwanese tanzanian togolese uruguayan vanuatuan zambian zimbabwean kosovar greenlandic
    flemish walloon frisian sinhalese berber bedouin druze coptic gypsy anglo celtic latine
    caribbean islamic venda tsonga kalaallisut inuinnaqtun bukharian
    setswana sesotho isizulu isixhosa kriol romanes sureth mackem scouser acholi tshiluba
    mosotho basotho muganda azeri madeiran azorean sardu mi'kmaw metis runyankole
    kinyarwanda chichewa ndebele papiamento aramaic sepedi xitsonga tshivenda siswati lusoga
    runyoro lugbara kikongo chitumbuka oshiwambo otjiherero shilluk masalit zaghawa
    tachelhit hassaniya sereer dioula dagbani dagaare temne kpelle potwari kodava magahi
    santali mundari kurukh bhili meitei manipuri lepcha ilonggo hiligaynon bikol
    pangasinense maranao tausug chavacano bidayuh melanau triqui miskito pohnpeian kosraean
    yapese i-kiribati onondaga tuscarora odawa potawatomi menominee ho-chunk tsimshian
    secwepemc syilx kainai piikani nehiyaw nehiyawak anishinaabemowin naskapi wolastoqey
    abenaki kaurna ngarrindjeri gamilaraay bundjalung goan syriac
    kokatha wirangu wurundjeri boonwurrung wathaurong wadawurrung gunditjmara dharug darug
    dharawal gadigal eora yuin awabakal worimi gumbaynggirr kamilaroi barkindji paakantyi
    ngunnawal turrbal yuggera jagera quandamooka butchulla yidinji larrakia martu yamatji
    adnyamathanha narungga barngarla mirning ngadjuri peramangk boandik anmatyerr luritja
    warumungu alyawarr kaytetye ngaanyatjarra yankunytjatjara wongi wongai banyjima
    yindjibarndi ngarluma kariyarra nyamal miriwoong walmajarri nyikina bunuba gooniyandi
    worrorra anindilyakwa burarra gupapuyngu kunwinjku gurindji yawuru jawoyn warlpiri
    arrernte yolngu pitjantjatjara dakelh gitxsan nisga'a haida heiltsuk tlingit innu
    atikamekw wendat haudenosaunee anishinaabe saulteaux nakoda siksika tsuut'ina
    kiswahili indonesian sundanese
    slavic sicangu oglala hunkpapa cubana boricua dominicana mexicana ilocana cebuana chicana
    chicano
    noongar nyoongar nyungar koori koorie murri anangu palawa wiradjuri jat jats
    israeli israelis kuwaiti yemeni saudi omani qatari emirati bahraini sylheti chittagonian
    azerbaijani azerbaijanis sudani afghani pakistanis bhutani turkmenistani
    rican ricans zuni fula fulani fulbe diné dine rotuman sheng midwestern naija maronite
    windrush geordie mixteco
    mixtec tiwi sanskrit mirpuri
    afrikaans aussie luganda
    baganda mouride mourides
    english spanish french german italian portuguese russian chinese mandarin cantonese
    japanese korean arabic hindi urdu tagalog vietnamese polish asl sign latin greek hebrew
    hokkien teochew hakka taishanese shanghainese malay bahasa tamil telugu bengali punjabi
    gujarati marathi swahili yoruba igbo hausa amharic somali tigrinya zulu xhosa twi
    wolof lingala kreyol patois quechua guarani nahuatl maori samoan tongan fijian hmong
    khmer burmese nepali sinhala pashto dari kurdish armenian georgian ukrainian
    romanian hungarian czech slovak serbian croatian bosnian albanian bulgarian icelandic
    estonian latvian lithuanian basque catalan galician yiddish ojibwe cree navajo lakota
    cherokee inuktitut sámi cyrillic hangul kanji hiragana katakana devanagari mixtec
    zapotec mayan garifuna deaf
    irish scottish welsh dutch swedish norwegian danish finnish turkish persian farsi
    american british canadian mexican african asian european indian latino latina latinx
    black white native indigenous catholic christian jewish muslim buddhist hindu
    ukrainian belarusian lithuanian latvian estonian romanian hungarian czech slovak bosnian
    serbian croatian albanian bulgarian georgian armenian kurdish arab syrian iraqi iranian
    afghan lebanese palestinian egyptian moroccan algerian tunisian sudanese somali
    ethiopian eritrean kenyan ugandan nigerian ghanaian congolese senegalese liberian
    haitian jamaican trinidadian cuban dominican puerto salvadoran guatemalan honduran
    nicaraguan colombian venezuelan peruvian ecuadorian bolivian chilean argentine brazilian
    filipino filipina pinoy pinay thai burmese karen cambodian khmer lao laotian hmong
    nepali bhutanese tibetan pakistani bangladeshi sri lankan punjabi sikh tamil telugu
    bengali gujarati marathi malayalam kannada swahili yoruba igbo hausa akan twi amharic
    tigrinya oromo wolof samoan tongan fijian maori māori pākehā pakeha hawaiian navajo diné lakota
    cherokee ojibwe anishinaabe cree inuit métis creole kreyòl kreyol patois gaelic cajun
    quebecois québécois australian kiwi brit scot yank southerner midwesterner
    lutheran methodist baptist presbyterian episcopalian pentecostal mormon quaker mennonite
    amish orthodox evangelical protestant anglican sunni shia shiite sufi sikh jain bahai
    taoist wiccan pagan atheist agnostic swiss austrian belgian icelandic nordic
    scandinavian hispanic bangla
    yazidi yezidi kurmanji sorani aymara mapuche mapudungun chamorro hazara hazaragi pashtun
    tajik uzbek turkmen kazakh kyrgyz uyghur tatar bashkir chechen circassian kikuyu luhya
    kalenjin maasai kamba chagga sukuma fante tiv efik ijaw kanuri fulfulde mandinka bambara
    soninke tuareg amazigh kabyle tamazight breton cornish manx maltese roma romani sinti
    traveller yolŋu yolngu arrernte warlpiri pitjantjatjara k'iche kiche q'eqchi kaqchikel
    tzotzil tzeltal otomi purépecha purepecha wayuu shipibo kichwa quichua pasifika tuvaluan
    tokelauan niuean rarotongan marshallese chuukese palauan ilocano ilokano cebuano visayan
    bisaya kapampangan waray javanese sundanese balinese acehnese minangkabau bugis dayak
    kadazan batak toraja tetum karenni kachin rohingya rakhine lao isan akha lahu dzongkha
    newar oriya odia assamese konkani tulu kashmiri sindhi balochi brahui saraiki hindko
    pahari dogri bhojpuri maithili awadhi chhattisgarhi buryat kalmyk yakut sakha evenki
    nenets komi udmurt chuvash ossetian abkhaz avar lezgin ingush kabardian adyghe inuk
    yupik yup'ik inupiaq aleut tlingit haida gwich'in innu mi'kmaq mikmaq mohawk oneida
    haudenosaunee ojicree oji-cree blackfoot siksika salish squamish nisga'a gitxsan
    shoshone paiute apache hopi zuni tohono o'odham pima yaqui choctaw chickasaw muscogee
    seminole kiowa comanche osage pawnee arapaho sioux nakota assiniboine gullah geechee
    afro-caribbean afro-latino kriolu krio creole-speaking verdean verdeans pular pulaar trini
    trinis victorian victorians edwardian elizabethan pacific sgaw occitan dinka nuer faroese
    krom parsi parsis kirundi uchinaaguchi swazi bantu zigua kven baloch pākehā pakeha adyghe
    lingít nobiin oromoo
    cham sherpa sherpas lhotshampa lhotshampas euskera mongolian mongolians apsáalooke ewe
    assyrian assyrians chaldean chaldeans malagasy macedonian macedonians sephardic oaxacan
    oaxacans tatar tatars
    afrikaaps romany bemba kurds gurkha gurkhas
    euskara k'iche' mam q'eqchi' qeqchi melayu leonean leoneans cornishman cornishwoman
    yorkshireman yorkshirewoman kerryman corkonian dubliner mancunian scouser brummie jew jews
    tejano tejana tejanos acadian acadians yugtun newari burgher burghers spaniard sotho tswana
    tł\u0131\u0328ch\u01eb tlicho
    """
)
#: Peoples and languages whose name is a common given name: capitalised, a name where no word
#: for people or speech says otherwise ("Karen Smith came in"; not "a Karen man").
PEOPLES_THAT_ARE_NAMES = frozenset({"karen", "christian"})
#: Plural nouns after such a name that make it the people's: "Karen families".
PEOPLE_PLURALS = frozenset(
    {"families", "refugees", "people", "elders", "women", "men", "communities", "villages"}
)
# Words that are never a name, even after "named".
#: Peoples and languages; the signs of the zodiac ("she's a Libra"; not "Leo"); the land a
#: people belongs to ("get him talking about Country").
NOT_NAME_WORDS = (LANGUAGES_AND_PEOPLES - PEOPLES_THAT_ARE_NAMES) | word_set(
    "aries taurus gemini virgo libra scorpio sagittarius capricorn aquarius pisces country"
    # Scottish exams, an instrument, a Dominican settlement
    " highers veena batey"
    # a chapter of the Quran: "Surah Ar-Rahman"
    " surah"
)
# Capitalised words that are not names even after a cue.
NOT_NAMES = FUNCTION_WORDS | word_set(
    """
    who that which whose whom was is has had said says told asked went came kept got been
    did does finally just really still always never also actually literally basically
    mental health care services team unit ward group session sessions therapy program
    doc elder elders carnatic
    practitioner assistant director manager coordinator specialist supervisor worker
    intern
    """
)
# Titles and forms of address of other languages, before a name and never one themselves
# ("Bác Bảo", "Doña Refugio", "Ate Joy").
FOREIGN_TITLES = word_set(
    """
    saheb sahab mwalimu sinjura sinjur
    psycholog psychologu terapeuto
    weyzero woizero weyzerit siostro doktorze
    lola lolo
    don doña dona señor señora señorita sra srta dra doctora doctor maestra maestro madame
    monsieur mme mlle mademoiselle herr frau fräulein signor signora signorina dott pani pan
    bác bà ông cô chú chị ate kuya tita tito manang manong sheikh shaykh hajji hajja
    haji sahib ji bhai behen didi sensei sayadaw mzee bwana mama baba tante oncle tía tío tia
    tio anh daw meneer mevrouw mevr dhr senhor senhora signore panie abuna abouna
    gospodin gospozha khun
    mallam malam hajiya ustadh ustaz ustadha ustaza
    """
)
# Words for family members, elders and friends, in English and other languages: without a
# name after them they name nobody ("my lola", "Maw Maw", "her umma").
KINSHIP_WORDS = word_set(
    """
    má mẹ
    bampi bampa mamgu tadcu taid
    kokum kookum kohkom nokomis mishomis kookom makcik pakcik mashima mashi periyamma
    mosom moshum mooshum nimosom nohkom
    chithi chitti aama hooyo aabo ayeeyo awoowe
    biji bub
    mom mommy momma mama mamma mam mammy mammie mum mummy ma ma'am maam dad daddy dada papa pa
    pappy pop pops da grannie zaidy
    grandma granny gran grandmother grandpa grandfather gramps grampa grammy nana nanna nan
    nonna nonno meemaw memaw maw paw peepaw pawpaw mimi gigi auntie aunty aunt uncle unc cuz bro sis
    bruh fam sibling babe bestie hon honey sweetie kiddo buddy dude mate pal
    abuela abuelo abuelita abuelito mija mijo mami papi hermano hermana hermanita tia tio
    lola lolo lolu yai nanay tatay inay itay ate kuya bunso anak umma omma eomma appa halmoni
    halmeoni harabeoji noona unnie oppa hyung abba abbu ammi amma ammachi appachan ammu
    dadi dada nani nana chacha chachi mausi bua beta beti bhaiya baba bibi habibi habibti
    habibty yaba yamma khala khalto amo ammo jaddah jiddo teta sitti oma opa omi opi mutti
    vati babcia dziadek babushka dedushka bubbe bubby zayde savta saba yiayia giagia papou
    pappou nonno tutu kupuna koro kuia taua nanny grandmère grandpère mémé pépé mamie papi
    vovó vovô vó avó avô mãe pai filha filho vozinha tata mamá papá mamita papito
    gogo ugogo mkhulu umakhulu ambuya sekuru babu sitto obaachan ojiichan obaasan ojiisan
    ataatatsiaq anaanatsiaq niam txiv ba amatxi aitatxi amona aitona
    teyze amca abla äbi babay ouma oupa tannie oom tante onkel nanan parrain marraine brácho
    bracho kak nanni nain mémère pépère memere pepere cik abang apai inai tok adik papà aiga
    tanty tantie boi nong nang dedo dedi baba-dedo
    unci unchi kunsi kunshi tunkasila tunkashila elisi edudu tūtū
    babamkhulu babakhulu umkhulu
    mamaw papaw mammaw pappaw
    """
)
# Headings and sign-posts of forum posts: "Edit:", "Update:", "TL;DR", "EDIT 2:".
HEADING_WORDS = word_set(
    """
    día
    edit edits edited update updates updated tldr tl dr psa eta fyi ps background context
    note notes disclaimer content warning cw tw trigger spoiler summary details question
    answer source sources thoughts lesson takeaway backstory setting
    """
)
# Medicines often named in these stories (brand names are capitalised, and some are also
# names); generic names are lowercase English-like words the lists rarely hold.
DRUG_NAMES = word_set(
    """
    panadol nurofen calpol lemsip sudafed aleve excedrin
    zoloft lexapro prozac paxil celexa effexor cymbalta pristiq wellbutrin remeron trazodone
    buspar buspirone abilify seroquel zyprexa risperdal haldol clozaril invega latuda vraylar
    rexulti geodon caplyta cobenfy lamictal depakote tegretol trileptal topamax neurontin
    lyrica lithium lithobid eskalith klonopin xanax ativan valium librium ambien lunesta
    adderall ritalin vyvanse concerta strattera focalin intuniv qelbree suboxone subutex
    sublocade vivitrol narcan methadone naltrexone antabuse campral chantix spravato buvidal
    vistaril hydroxyzine propranolol clonidine prazosin cogentin benadryl tylenol advil
    motrin ibuprofen auvelity zurzuvae nuplazid ingrezza austedo lamotrigine sertraline
    movicol luvox elvanse equasym medikinet xaggitin delmosart matoride
    fluoxetine escitalopram citalopram bupropion mirtazapine quetiapine olanzapine
    risperidone aripiprazole clozapine lurasidone haloperidol gabapentin clonazepam
    lorazepam alprazolam diazepam buprenorphine naloxone ketamine esketamine meth
    methamphetamine fentanyl heroin cocaine oxy oxycodone oxycontin percocet vicodin mdma
    ecstasy ghb lsd shrooms psilocybin
    tramadol codeine morphine paracetamol acetaminophen diclofenac naproxen aspirin
    amitriptyline nortriptyline imipramine clomipramine doxepin duloxetine venlafaxine
    desvenlafaxine paroxetine fluvoxamine vortioxetine agomelatine trazadone phenelzine
    zopiclone zolpidem temazepam melatonin promethazine chlorpromazine amisulpride
    paliperidone ziprasidone cariprazine brexpiprazole asenapine flupentixol zuclopenthixol
    fluphenazine perphenazine trifluoperazine sulpiride valproate carbamazepine
    oxcarbazepine topiramate pregabalin levetiracetam phenytoin procyclidine benztropine
    methylphenidate lisdexamfetamine dexamfetamine atomoxetine guanfacine modafinil
    acamprosate disulfiram varenicline nicotine metformin insulin salbutamol levothyroxine
    amlodipine atorvastatin omeprazole
    """
)
# Clinical words, therapy models, tests and credentials, written in capitals or not: they
# identify nobody ("DBT", "EMDR", "LCSW", "PHQ").
CLINICAL_WORDS = word_set(
    """
    dbt cbt emdr act cpt erp ifs mi mbct dbt-a tf-cbt pe cft sfbt eft rebt pcit abt aba
    tms ect iop php icu er ed nicu picu bhu ot pt slp rn lpn np md do pa lcsw lmsw lmft lpc
    lpcc lmhc mft msw bsw psyd phd cadc ladc crps cps cpss pmhnp aprn dnp ceo cfo bcba
    ptsd cptsd ocd bpd adhd add asd gad mdd sud aud bipolar schizophrenia psychosis
    phq gad-7 phq-9 pcl pcl-5 ace aces bdi bai gaf moca mmse ciwa cows audit dast columbia
    dsm dsm-5 icd si hi sa nssi shi mse ssri snri maoi lai prn
    """
)
# National bodies, programmes and well-known companies named generically ("the VA", "NAMI",
# "Job Corps", "Social Security", "working nights at Walmart"): they identify nobody. Each
# entry is a whole name, casefolded.
GENERIC_ORGANIZATIONS = phrase_set(
    """
    royal flying doctor service | flying doctor service | indian health service |
    farm aid | live aid | carhartt | carhartts |
    gardaí | gardai | the gardaí | the gardai | aston villa | manchester united | man united |
    man utd | manchester city | man city | arsenal | tottenham hotspur | spurs |
    newcastle united | west ham | leeds united | nottingham forest | wolves |
    brighton and hove albion | rangers | hibs |
    hibernian | hearts | aberdeen fc | shamrock rovers | bohemians | collingwood magpies |
    richmond tigers | sydney swans | south sydney rabbitohs | all blacks | wallabies |
    springboks | toronto maple leafs | maple leafs | montreal canadiens | habs |
    edmonton oilers | boston red sox | red sox | dallas cowboys | green bay packers |
    hope for wellness help line | rural financial counselling service |
    rural financial counseling service | beyond blue | black dog institute | headspace |
    kids helpline | lifeline australia | mensline | samaritans | shout | mind | rethink |
    rethink mental illness | young minds | youngminds | papyrus | calm | pieta | pieta house |
    aware | jigsaw | pieta ireland | crisis text line | trevor project | the trevor project |
    trans lifeline | veterans crisis line | wellness together canada | kids help phone |
    hope for wellness | hope for wellness helpline | imagination library |
    butterfly foundation | the butterfly foundation | sane australia |
    bank holiday | breakfast club | homework club | after-school club | after school club |
    national eating disorders association | eating disorders victoria | beat eating disorders |
    talk suicide canada | canadian mental health association | 1737 | need to talk |
    va | the va | ihs | nami | aa | na | google | army | the army | navy | the navy | marines |
    air force | coast guard | national guard | head start | al-anon | alanon | nar-anon |
    smart recovery | medicaid | secret service | vet center | vet centers | guinness |
    hearing voices network | free church | uniting church | whānau ora | whanau ora |
    adult protective services | child protective services | social services |
    children's services | childrens services | albert camus | sellotape | scotch tape |
    addams family | the addams family | kardashian family | the kardashians | kardashians |
    merrie monarch | the tudors | tudors |
    alcoholics anonymous | narcotics anonymous | psychological first aid | head & shoulders |
    fourth of july | the fourth of july | 4th of july | our lady of guadalupe |
    friendship centre | friendship center | opel | yamaha | milo | casio | hamlet | skoda |
    chuck e. cheese | chuck e cheese | peter mcverry | peter mcverry trust | tweety bird |
    louis l'amour |
    service nsw | service victoria | service tasmania | service sa |
    medicare | medi-cal | social security | ssa | ssi | ssdi | snap | wic | tanf | section 8 |
    hud | nhs | the nhs | hse | samaritans | the samaritans | pieta | pieta house | job corps |
    americorps | peace corps | red cross | the red cross | salvation army |
    the salvation army | goodwill | ymca | ywca | boys and girls club | big brothers |
    samhsa | cdc | fda | nih | nimh | unicef | fema | uscis | dcfs | cps | dss | dhs | dmv |
    irs | fbi | police | crisis text line | trevor project | the trevor project | 988 |
    lifeline | headspace | betterhelp | talkspace | american legion | vfw |
    habitat for humanity | meals on wheels | aarp | walmart | target | costco | amazon |
    starbucks | mcdonald's | mcdonalds | kroger | publix | safeway | aldi | lidl | tesco |
    hy-vee | wegmans | h-e-b | food lion | giant eagle | winco | piggly wiggly | dollarama |
    pak'nsave | paknsave |
    sainsbury's | asda | greggs | boots | cvs | walgreens | rite aid | home depot | lowe's |
    best buy | ikea | dollar general | dollar tree | 7-eleven | dunkin | wendy's |
    burger king | taco bell | chipotle | subway | domino's | pizza hut | kfc | chick-fil-a |
    panera | uber | lyft | doordash | grubhub | instacart | netflix | hulu | disney |
    spotify | youtube | google | facebook | instagram | tiktok | snapchat | twitter | reddit |
    discord | zoom | facetime | skype | teams | whatsapp | venmo | cashapp | cash app |
    paypal | apple | microsoft | linkedin | gofundme | etsy | ebay | amtrak | greyhound |
    fedex | ups | usps | buick | toyota | honda | ford | chevy | chevrolet | nissan | kia |
    hyundai | subaru | jeep | dodge | tesla | sharpie | lego | legos | uno | jenga |
    monopoly | scrabble | wordle | minecraft | fortnite | roblox | pokemon | pokémon |
    nintendo | xbox | playstation | powerpoint | excel | canva | comic sans | bake off |
    great british bake off | love island | sesame street | kmart | big w | bunnings |
    woolworths | coles | tim hortons | canadian tire | shoppers drug mart | loblaws | primark |
    argos | marks & spencer | m&s | john lewis | waitrose | morrisons | poundland | costa |
    nando's | trader joe's | whole foods | petsmart | petco | hobby lobby | barnes & noble |
    gamestop | build-a-bear | chuck e. cheese | dungeons & dragons | d&d | duolingo |
    peloton | fitbit | airbnb | dr pepper | dr peppers | cheerios | kit kat | kit kats |
    marie curie | macmillan | santa claus | beyond blue | kids help phone | reachout |
    black dog institute |
    childline | kooth | papyrus | rethink | movember | mind | the mind | serviceontario |
    service ontario | service canada | centrelink | dvla | jobcentre | job centre | mario kart |
    mario | zelda | pokemon go | animal crossing | ted lasso | bluey | peppa pig | paw patrol |
    the sims | stanley | crocs | lululemon | nike | adidas | squishmallows | taylor swift |
    harry potter | hogwarts | star wars | marvel | barbie | spongebob
    """
)
#: Single words of the generic bodies, brands and figures above that the given-name lists
#: hold too, for which the body, brand or figure is by far the likelier: they stay generic.
#: Every other such word ("Wendy" of "Wendy's", "Stanley", "Elvis") is a name first.
BRANDS_OVER_NAMES = word_set(
    """
    queen
    ritz
    frankenstein
    galileo glastonbury
    collingwood
    chai
    marine handel pride
    mars jupiter pluto neptune masshealth gaa
    garda
    apple army navy marines boots excel uber ikea disney chevy dodge ford tesla nissan pepsi
    heinz hershey nando domino lowe mcdonald nike marvel nirvana everest nobel kindle bach
    mozart monet rembrandt michelangelo einstein gandhi rumi koran quran torah na va hud fema
    nami medi-cal al-anon nar-anon baskin-robbins coca-cola scooby-doo pac-man garfield kermit
    cinderella uno arby zelda haribo
    """
)
#: People known to everyone, named as public figures, never as the person a story is about:
#: musicians and bands, actors and hosts, artists and writers, leaders, athletes, characters.
#: Only full names, and single names that are no everyday given name.
PUBLIC_FIGURES = phrase_set(
    """
    ritz | te whare tapa whā | te whare tapa wha | ka kite | ka kite anō | youthreach |
    plunket | e street band | mental health support team | mental health support teams |
    alzheimer's society | alzheimers society | volvo | vauxhall | peugeot | renault |
    skoda | hyundai | chevy | chevrolet | buick | lexus | subaru | corolla | camry | prius |
    yaris | micra | corsa | astra |
    slava ukraini | hari raya | valentine's day | the madonna |
    t s eliot | w b yeats | e e cummings | h g wells | a a milne | j d salinger |
    e b white | j m barrie | p g wodehouse | d h lawrence | w h auden | b b king | j j abrams |
    royal college of psychiatrists | royal college of nursing | edhi | edhi foundation |
    time to talk day | time to talk |
    alzheimer's association | alzheimers association | american psychological association |
    american psychiatric association | american medical association | american heart association |
    canadian mental health association | mental health association | national autistic society |
    knights of columbus | cruse | cruse bereavement care | farmstrong | the legion |
    royal canadian legion | simon and garfunkel | monty python |
    billy connolly | manny pacquiao | siya kolisi | matt haig | robert burns | eeyore |
    king lear | jollibee | café bustelo | cafe bustelo | all-ireland | tai chi | tai-chi |
    que sera sera |
    howie mandel | guy lafleur | princess leia | general organa | miles morales |
    pumbaa | timon and pumbaa | sam-i-am |
    the ritz | frankenstein | dr. frankenstein | kenny dalglish |
    niall breslin | bressie | desmond tutu | stephen fry | galileo | john doe | jane doe |
    collingwood | ben & jerry |
    thich nhat hanh | john nash | fairuz |
    daenerys targaryen | mo salah | mohamed salah | michael j. fox | michael j fox |
    pedro infante | flamengo | cruzeiro | corinthians | palmeiras | river plate | benfica |
    c s lewis | j k rowling | j r r tolkien |
    aaron beck | albert ellis | carl jung | sigmund freud | anna freud | irvin yalom |
    abraham maslow | erik erikson | john bowlby | donald winnicott | melanie klein |
    karen horney | alfred adler | fritz perls | virginia satir | milton erickson |
    steven hayes | kristin neff | gabor maté | gabor mate | judith herman | peter levine |
    dan siegel | daniel siegel | john gottman | julie gottman | sue johnson | bruce perry |
    david burns | henri nouwen | forough farrokhzad | farrokhzad | wordsworth |
    henri matisse | anna karenina | primo levi |
    richard schwartz | stephen porges | martin seligman | albert bandura | jean piaget |
    elisabeth kübler-ross | elisabeth kubler-ross | kübler-ross | kubler-ross |
    chappell roan | taylor swift | sabrina carpenter | dua lipa | doja cat | lana del rey |
    the weeknd | post malone | morgan wallen | zach bryan | luke combs | noah kahan | hozier |
    lorde | rosalía | peso pluma | karol g | bing bong | dr. bob | dr bob | bill w. | bill w |
    federer | djokovic | gretzky | antonio machado | gloria fuertes | miguel hernández |
    miguel hernandez | rosalía de castro | gabriela mistral | mario benedetti | octavio paz |
    jorge luis borges | sor juana |
    hufflepuff | slytherin | ravenclaw |
    anne murray | chinua achebe | achebe | julian of norwich | regina george | mcdreamy |
    dalai lama | pope francis | michael phelps | naomi osaka | simone biles |
    serena williams | venus williams | roger federer | lebron james | michael jordan |
    lionel messi | cristiano ronaldo | usain bolt | dak prescott |
    glenn miller | dusty springfield | eleanor longden | brené brown | brene brown |
    billie eilish | beyoncé | beyonce | ed sheeran | lady gaga | harry styles | bruno mars |
    elton john | elvis | elvis presley | dolly parton | johnny cash | willie nelson |
    bob marley | bob dylan | frank sinatra | whitney houston | aretha franklin | mariah carey |
    celine dion | céline dion | michael bublé | michael buble | bruce springsteen | tom petty |
    stevie wonder | stevie nicks | fleetwood mac | the beatles | beatles | abba | coldplay |
    metallica | nirvana | pink floyd | led zeppelin | one direction | green day | linkin park |
    radiohead | arctic monkeys | kendrick lamar | eminem | kanye west | jay-z | rihanna |
    shakira | olivia rodrigo | ariana grande | selena gomez | justin bieber | miley cyrus |
    katy perry | lizzo | bad bunny | celia cruz | vicente fernández | vicente fernandez |
    selena quintanilla | juan gabriel | luis miguel | nat king cole | louis armstrong |
    ella fitzgerald | billie holiday | nina simone | andrea bocelli | luciano pavarotti |
    pavarotti | mozart | beethoven | bach | chopin | vivaldi | tchaikovsky | jimi hendrix |
    kurt cobain | freddie mercury | david bowie | john lennon | paul mccartney | ringo starr |
    garth brooks | shania twain | reba mcentire | loretta lynn | patsy cline | kenny rogers |
    neil diamond | barry manilow | van morrison | enya | sinéad o'connor | sinead o'connor |
    the pogues | the dubliners | tupac | snoop dogg | bts | blackpink |
    robin williams | tom hanks | meryl streep | oprah | oprah winfrey | mister rogers |
    fred rogers | bob ross | david attenborough | morgan freeman | denzel washington |
    julia roberts | jennifer aniston | keanu reeves | dwayne johnson | leonardo dicaprio |
    brad pitt | angelina jolie | jim carrey | adam sandler | ryan reynolds | ryan gosling |
    judi dench | helen mirren | maggie smith | ellen degeneres | jerry seinfeld | dr. phil |
    dr phil | dr. seuss | dr seuss | steve irwin | gordon ramsay | jamie oliver | bruce forsyth |
    lin-manuel miranda | kiri te kanawa | rita hayworth | bon jovi | semper fi |
    martha stewart | marie kondo | brené brown | brene brown | mel robbins | joe rogan |
    gord downie | the tragically hip | tragically hip |
    archie roach | gurrumul | yothu yindi | adam goodes | buffy sainte-marie | tanya tagaq |
    kenojuak ashevak | mari boine | edvard munch | rabbie burns | auld lang syne |
    a tribe called red | hitler | adolf hitler | stalin | joseph stalin | barack obama |
    john f. kennedy | jfk | martin luther king | martin luther king jr. | mlk |
    mrbeast | van gogh | vincent van gogh | frida kahlo | picasso | pablo picasso | monet |
    claude monet | da vinci | leonardo da vinci | michelangelo | rembrandt | andy warhol |
    banksy | georgia o'keeffe | salvador dalí | salvador dali | shakespeare |
    william shakespeare | jane austen | charles dickens | maya angelou | mary oliver | rumi |
    leonard cohen | tony hawk | russell crowe | temple grandin | hafez | hafiz | tagore |
    paul hollywood | raymond carver | kurmangazy | mary ellen copeland | enver hoxha |
    john the baptist | cesária évora | cesaria evora | dr. seuss | dr seuss | seuss |
    john cade | van eyck | augusto roa bastos | django reinhardt | charles aznavour |
    francine shapiro | sequoyah | žemaitė | zemaite | frank sinatra | vera lynn |
    the everly brothers | everly brothers | gryffindor | expecto patronum | harris tweed |
    crow fair | simbang gabi | st dymphna | saint dymphna | viv richards | carrie fisher |
    marlee matlin | carl rogers | wednesday addams | harley-davidson | choul chnam thmey |
    shubh divali | jai shri krishna | olympic | olympics | la altagracia | normal people |
    attila józsef | john deere | macbeth | broadway | renault | todos santos | matoub lounès |
    granny smith |
    handel | jon kabat-zinn | raskolnikov | trussell trust | clubcard | mariel boatlift |
    green eggs and ham | king james | nollywood | glasgow coma scale | hud-vash |
    kay redfield jamison | fela kuti | gabriel dumont | metallica |
    master of puppets | born to run |
    rabindranath tagore | neruda | pablo neruda | gibran |
    kahlil gibran | khalil gibran | khayyam | omar khayyam | rilke | lorca | garcía lorca |
    toni morrison | stephen king | j.k. rowling | jk rowling | tolkien | j.r.r. tolkien |
    c.s. lewis | roald dahl | emily dickinson | sylvia plath | virginia woolf |
    ernest hemingway | mark twain | oscar wilde | james joyce | seamus heaney | yeats |
    robert frost | langston hughes | walt whitman | edgar allan poe | agatha christie |
    anne frank | martin luther king | mlk | gandhi | mahatma gandhi | mother teresa |
    nelson mandela | abraham lincoln | winston churchill | einstein | albert einstein |
    florence nightingale | princess diana | queen elizabeth | king charles | pope francis |
    barack obama | obama | donald trump | trump | joe biden | biden | kamala harris |
    greta thunberg | malala | steve jobs | bill gates | elon musk | mark zuckerberg |
    lebron james | lebron | serena williams | simone biles | usain bolt | tiger woods |
    cristiano ronaldo | lionel messi | messi | muhammad ali | tom brady | wayne gretzky |
    pelé | pele | diego maradona | maradona | david beckham | roger federer | rafael nadal |
    novak djokovic | kobe bryant | shaquille o'neal | shaq |
    mickey mouse | winnie the pooh | spider-man | spiderman | batman | superman |
    wonder woman | dumbledore | gandalf | frodo | simba | shrek | sherlock holmes |
    peter pan | cinderella | snow white | pikachu | pac-man | pacman | yoda | darth vader |
    cookie monster | big bird | elmo | kermit | miss piggy | charlie brown | snoopy |
    garfield | scooby-doo | scooby doo | the grinch | grinch | easter bunny | tooth fairy |
    father christmas | percy jackson | hugh grant | marsha linehan | george bailey |
    hermione granger | mcgonagall | professor mcgonagall | mahalia jackson | sinatra |
    paddington | tunnock's | tunnocks | mr rogers | mr. rogers | desmond dekker |
    millie small | toots and the maytals | motown | jack nicholson | gertrude jekyll |
    romeo and juliet | king lear | wizard of oz | the wizard of oz | shawshank |
    the shawshank redemption | inside out | vera lynn | tom jones | jay chou | johnny o'keefe |
    stormzy | mary berry | charizard | snorlax | gengar | bafana bafana | springboks |
    all blacks | wallabies | socceroos | matildas | chucky | colin the caterpillar |
    golden gaytime | khan academy | nasa | bono | fontaines d.c. | kneecap | doris day |
    rupaul | madiba | bengals | rothko | malevich | edna foa | peter parker |
    nixon | gareth edwards | handel | everton | flora macdonald | anne of green gables |
    c.s. lewis | monty don | marcus rashford | kofi annan | dylan thomas | jane addams |
    tom baker | bessel van der kolk | van der kolk | basquiat | mon laferte |
    partick thistle | manchester united | man united | hildegard peplau | peplau | kafka |
    jürgen klopp | jurgen klopp | matt damon |
    ross and rachel | johnny cash | violeta parra | juan luis guerra | amália rodrigues |
    amalia rodrigues |
    toussaint louverture | hagrid | good samaritan | viktor frankl | celtic | boca juniors |
    james earl jones | beny moré | beny more | frank capra | sadio mané | sadio mane |
    nise da silveira |
    marius romme | cheikh ahmadou bamba | ahmadou bamba | grieg | edvard grieg |
    nurse ratched | ratched | the yankees | yankees | feyenoord | denver broncos |
    red crescent | red cross |
    cathy freeman | ian thorpe | grant hackett | adam goodes | ash barty | ashleigh barty |
    nick kyrgios | emma raducanu | marcus trescothick | andrew flintoff |
    freddie flintoff | jonny wilkinson | tyson fury | frank bruno | ricky hatton |
    paul gascoigne | clarke carlisle | aaron lennon | rio ferdinand | marcus rashford |
    raheem sterling | bukayo saka | harry kane | wayne rooney | david beckham | steven gerrard |
    roy keane | conor mcgregor | rory mcilroy | shane lowry |
    sonny bill williams | richie mccaw | jonah lomu | beauden barrett |
    demar derozan | michael phelps | naomi osaka | simone biles | lebron james |
    michael jordan | kobe bryant | steph curry | stephen curry | tom brady | dak prescott |
    mardy fish | ronda rousey | muhammad ali | mike tyson | usain bolt | mo farah |
    cristiano ronaldo | lionel messi | neymar | pelé | zinedine zidane | wayne gretzky |
    sidney crosby | connor mcdavid | terry fox | clara hughes | elliotte friedman |
    oliver sacks | louis riel | louis theroux | ruby wax | alastair campbell | jacinda ardern |
    prince harry | prince william | princess diana | meghan markle | king charles |
    queen elizabeth | pete davidson | demi lovato | glenn close |
    amy winehouse | chester bennington | avicii | nick cave | lewis capaldi |
    sam fender | stormzy | dave grohl | ozzy osbourne | billie eilish | olivia rodrigo |
    ariana grande | harry styles | shawn mendes | justin bieber | kendrick lamar |
    jay-z | eminem | tupac | tupac shakur | 2pac | notorious b.i.g. | lil wayne |
    lil nas x | big sean | kid cudi | bad bunny | shakira | celine dion | céline dion |
    alanis morissette | joni mitchell | neil young | tracy chapman | whitney houston |
    michael jackson | elvis presley | bob marley | dolly parton |
    willie nelson | garth brooks | luke combs | kacey musgraves | hozier | dermot kennedy |
    christy moore | van morrison | the pogues | shane macgowan | u2 | bono |
    coldplay | noel gallagher | liam gallagher | the beatles |
    mickey mouse | bugs bunny | homer simpson | bart simpson | spongebob |
    harry potter | hermione | dumbledore | frodo | gandalf | yoda | luke skywalker |
    darth vader | sherlock holmes | ted lasso | winnie the pooh | peppa pig |
    big bird | cookie monster | oscar the grouch |
    tracey emin | banksy | kumar sangakkara | babar azam | virat kohli | sachin tendulkar |
    ms dhoni | shah rukh khan | amitabh bachchan | priyanka chopra | deepika padukone |
    brené brown | brene brown | gabor maté | gabor mate | bessel van der kolk |
    johann hari | russ harris | kristin neff | jon kabat-zinn | tara brach | pema chödrön |
    pema chodron | marsha linehan | eckhart tolle | jordan peterson | esther perel |
    mel robbins | jay shetty | oprah | ellen degeneres | jameela jamil | dr phil |
    kay redfield jamison | elyn saks | susanna kaysen | matt haig | sally rooney |
    ocean vuong | colleen hoover | stephen king | haruki murakami | paulo coelho |
    kahlil gibran | khalil gibran | rabindranath tagore | chinua achebe | toni morrison |
    james baldwin | langston hughes | audre lorde | bell hooks | seamus heaney |
    patrick kavanagh | w. b. yeats | oscar wilde | roald dahl | dr seuss | dr. seuss |
    wilma mankiller | jordin tootoo | lucy maud montgomery | l m montgomery |
    gordon lightfoot | stompin' tom connors | stompin tom connors | buffy sainte-marie |
    tomson highway | richard wagamese | carey price | ted nolan |
    archie roach | jimmy little | yothu yindi | gurrumul | geoffrey gurrumul yunupingu |
    dave dobbyn | tiki taane | taika waititi |
    mick fanning | layne beachley | jim reeves | ken barlow | mary seacole |
    florence nightingale | nelson mandela | coronation street | eastenders | emmerdale |
    tim winton | baz luhrmann | albert namatjira | archibald prize | youthline |
    holden | akubra | yolŋu matha | yolngu matha | mak cik | pak cik | makcik | pakcik |
    chimamanda ngozi adichie | rsl | nightline | eras tour | the eras tour |
    the rsl | active ageing centre | folsom prison blues |
    michelle obama | robert service | sam mcgee | springsteen | sobeys | loblaws | tim hortons |
    bell let's talk | слава україні |
    franz schubert | johannes brahms | edvard grieg | jean sibelius | richard wagner |
    franz liszt | henrik ibsen | august strindberg | astrid lindgren | pippi longstocking |
    pippi långstrump | tove jansson | moomins | moomin | moomintroll | moominpappa |
    moominmamma | moominland | moominvalley | hans christian andersen | søren kierkegaard |
    sigrid undset | kristin lavransdatter | knut hamsun | selma lagerlöf | franz kafka |
    rainer maria rilke | anne frank | johanna spyri | karl ove knausgård | jacques brel |
    charles aznavour | stromae | édith piaf | edith piaf | kygo | avicii | a-ha | rammstein |
    kraftwerk | roxette | sigur rós | eddy merckx | bernard hinault | zlatan ibrahimović |
    erling haaland | i, daniel blake | wim hof | alvin ailey | deutsche bahn | marimekko |
    telenor | irn-bru | irn bru | kvikk lunsj | sachertorte | diakonie | telefonseelsorge |
    die dargebotene hand | dargebotene hand | mielenterveysseura | mental helse |
    migration agency | the migration agency | safewards | church of scotland |
    the church of scotland | freightliner | jean coutu | frantz fanon | markos vamvakaris |
    olympique de marseille | olympique lyonnais | karl marx | le malade imaginaire | cyrano |
    cyrano de bergerac | sos amitié | sos amitie | ne me quitte pas | fiat panda |
    miriam makeba | seretse khama | hakuna matata | pata pata | half of a yellow sun |
    things fall apart | chelsea flower show | ministry of health | the ministry of health |
    medical and dental council | ministry of education | department of health |
    irvine welsh | mojang | hospice new zealand | hospice nz |
    alzheimer society | alzheimer's society | gidget foundation | titania | oberon | mercutio |
    ticketmaster | american legion | northern cheyenne | teresa teng
    | roger hargreaves | lewis hamilton | glenn maxwell | r.k. narayan | r. k. narayan |
    rk narayan | arundhati roy | perumal murugan | rahman baba | terry pratchett
    """
)
#: Songs, prayers, films, shows and books that posts name: works, not people or places.
WELL_KNOWN_WORKS = phrase_set(
    """
    my neighbour totoro | my neighbor totoro | totoro | homeland | heartstopper |
    hamlet | call the midwife | hotel rwanda | mr men | only fools and horses |
    dare to lead | bidi bidi bom bom | ted lasso |
    trainspotting | tuesdays with morrie | taare zameen par |
    mean girls | al-fatiha | fatiha | surah al-fatiha | ayat al-kursi |
    sweet caroline | hey jude | ave maria | amazing grace | bohemian rhapsody | jolene |
    still i rise | phenomenal woman | the road not taken | invictus | desiderata | tutira mai |
    hallelujah | wonderwall | let it be | don't stop believin' | here comes the sun |
    somewhere over the rainbow | over the rainbow | you are my sunshine |
    what a wonderful world | stand by me | lean on me | three little birds | country roads |
    jolie blonde | la bamba | despacito | the lion king | lion king | toy story | inside out |
    encanto | moana | finding nemo | the notebook | the hunger games | hunger games |
    lord of the rings | the lord of the rings | game of thrones | grey's anatomy |
    stranger things | breaking bad | the simpsons | family guy | south park |
    the walking dead | downton abbey | coronation street | eastenders | home and away |
    gilmore girls | the sopranos | schitt's creek | abbott elementary | squid game |
    the hobbit | the very hungry caterpillar | goodnight moon | where the wild things are |
    charlotte's web | the giving tree | the little prince | le petit prince |
    to kill a mockingbird | of mice and men | the great gatsby | pride and prejudice |
    jane eyre | little women | the bible | quran | the quran | koran | torah |
    book of mormon | serenity prayer | the serenity prayer | lord's prayer | hail mary |
    the our father | waltzing matilda | jerusalema | sione's wedding | prayer of st francis |
    st. francis prayer | st francis prayer | abbey road
    | dear zindagi | malgudi days | long walk to freedom | mr men | little miss sunshine
    """
)
#: The characters of works that posts name with their work: where the work's title stands in
#: a text, its characters' names are theirs, not a client's ("Inside Out" ... "she drew Joy").
WORK_CHARACTERS = {
    "inside out": frozenset(
        {"joy", "sadness", "fear", "anger", "disgust", "anxiety", "ennui", "envy", "riley"}
    ),
    "of mice and men": frozenset({"george", "lennie"}),
    "shawshank": frozenset({"red", "andy"}),
    "peppa": frozenset({"george", "peppa", "suzy"}),
    "harry potter": frozenset({"hedwig", "dobby", "hagrid", "hermione"}),
    "kahlo": frozenset({"frida"}),
    "romeo and juliet": frozenset({"romeo", "juliet", "mercutio", "tybalt", "benvolio"}),
    "midsummer night": frozenset({"titania", "oberon", "puck", "lysander"}),
    "roald dahl": frozenset({"matilda"}),
    "door for elijah": frozenset({"elijah"}),
    "rama and sita": frozenset({"sita"}),
    "encanto": frozenset({"bruno", "mirabel", "lin-manuel"}),
    "ted lasso": frozenset({"beard"}),
    # (no character that is a common surname: "Mr Strong", "Mr Small" are people too)
    "mr men": frozenset(
        {"tickle", "bump", "quiet", "nervous", "happy", "grumpy", "greedy", "messy", "silly"}
        | {"noisy", "bounce", "lazy", "worry", "sneeze", "tickles"}
    ),
    "johnny cash": frozenset({"cash"}),
    "bidi bidi": frozenset({"selena"}),
    "the outsiders": frozenset({"ponyboy", "sodapop"}),
    "psalm": frozenset({"job", "psalms"}),
    "loter": frozenset({"loteria", "corazon", "muerte", "valiente", "borracho"}),
}
#: Brands, prizes, events and landmarks that posts name in passing.
WELL_KNOWN_THINGS = phrase_set(
    """
    zydeco | queen | qing ming | pick n pay | blu tack | blu-tack | yorkshire pudding |
    yorkshire puddings |
    acknowledgement of country | acknowledgment of country | welcome to country |
    sudoku | schwartz rounds | aboriginal medical service |
    time to change | melbourne cup | appleby fair | r u ok day | r u ok | tayto |
    taco tuesday | glastonbury | garma festival | arctic winter games |
    wise mind | radical acceptance | opposite action | dear man | check the facts |
    fado | saudade | gaman | hózhó | hygge | ikigai | wabi-sabi | sisu | hiraeth |
    tok pisin | vosa vakaviti | wakka wakka | kala lagaw ya |
    nochebuena | camino de santiago | don quijote | don quixote | teléfono de la esperanza |
    whataburger | gloria estefan | chabuca granda | creedence clearwater revival | creedence |
    proud mary | cervantes | miguel de cervantes | we don't talk about bruno | encanto |
    fidel castro | fulgencio batista |
    chai |
    pcyc | fifa |
    marine | pride | star of the week | ring of fire | the starry night | starry night |
    junior cert | junior certificate | leaving certificate | home office | the home office |
    masshealth | soonercare | badgercare | gaa | fiestas patronales | día de reyes | dia de reyes |
    reyes magos | mars | jupiter | saturn | pluto | neptune |
    whittaker's | hawaiki | char siu |
    pinterest | pixar | werther's | werthers | werther's originals | nobel | nobel prize |
    oscars | grammys | emmys | super bowl | world cup | olympics | coca-cola | pepsi |
    bath & body works | shoppers drug mart | shoppers | feria de abril | dydd gŵyl dewi |
    santo antónio | santo antonio | ivy league | santa hats | santa hat | miracle-gro | milo |
    garda | world health organization | mental health first aid | navroz |
    approved mental health professional | approved mental health professionals |
    employee assistance program | employee assistance programme | schwartz round |
    cotard's | cotard | timbits | hilux | masterchef |
    kimberley biscuits | lunch club | bananagrams | calon lân |
    calon lan | easy street | tenncare | hwa-byung | cert iv | kraft dinner | candy land | big mac |
    big macs | silverado | band of brothers | ode to joy | stanley cup | bollywood |
    largactil | children's court | countdown | anti-hero | cruel summer |
    thunder road | eurovision | coke | corsa |
    first communion | dia de portugal | aussie rules | te reo |
    harris tweed | día de los muertos | dia de los muertos | day of the dead | suneung |
    gaokao | leaving cert |
    oreo | oreos | kleenex | toblerone | nutella | cadbury | hershey's | reese's | skittles |
    doritos | cheetos | pringles | gatorade | red bull | lipton | tetley | yorkshire tea |
    invega | invega sustenna | sustenna | trinza | hafyera | abilify maintena | maintena |
    aristada | vivitrol | sublocade | brixadi | uzedy | perseris | buvidal |
    pg tips | camry | corolla | civic | tafe | honor society | heinz | kellogg's | nestlé |
    nestle | tim tams | vegemite | marmite | weetabix |
    ben & jerry's | krispy kreme | waffle house | denny's | ihop | applebee's | olive garden |
    red lobster | in-n-out | five guys | shake shack | popeyes | arby's | dairy queen |
    baskin-robbins | cinnabon | pret | pret a manger | wetherspoons | google maps |
    apple music | siri | chatgpt | wikipedia | tumblr | twitch | telegram | wechat | slack |
    gmail | hotmail | iphone | ipad | android | samsung | nokia | kindle | audible | bumble |
    tinder | hinge | grindr | weight watchers | woebot | wysa | kaiser | kaiser permanente |
    blue cross | aetna | cigna | humana | unitedhealthcare | optum | bupa | medibank |
    verizon | comcast | xfinity | telstra | hbo | bbc | itv | cnn | npr | pbs | everest |
    mount everest | disneyland | disney world | grand canyon | the grand canyon |
    niagara falls | eiffel tower | the eiffel tower | times square | the louvre |
    stonehenge | machu picchu | narnia | neverland | wakanda | middle earth | socal | norcal |
    dcs | dcf | dcyf | dfps | ocfs | acs | dhhs | hhs | cyfs | docs | facs | tusla |
    oranga tamariki | winz | home affairs | sassa | philhealth | ofsted | men's shed |
    milo | arnott's | arnotts | quality street | penneys | liquitex | craigslist |
    chromebook | chromebooks | corrie | halo |
    services australia | hari raya | hari raya aidilfitri | hari raya puasa | sant jordi |
    día de los muertos | dia de los muertos | día de muertos | dia de muertos |
    lunar new year | chinese new year | st patrick's day | st. patrick's day |
    bonfire night | guy fawkes | anzac day | canada day | boxing day | hogmanay |
    mardi gras | raksha bandhan | durga puja | ganesh chaturthi | mid-autumn festival |
    dragon boat festival | golden week | new year's eve | new year | new year's day |
    studio ghibli | fort knox | winn-dixie | trader joe's | whole foods | inti raymi |
    boishakhi mela | pohela boishakh | tsagaan sar | pchum ben | chol chnam thmey |
    boun pi mai | pi mai | loy krathong | kurban bayram\u0131 | kurban bayrami | eid al-adha |
    eid al-fitr | eid ul-fitr | eid ul-adha | we tripantu | día de la madre |
    baba marta | santa marija | la mercè | san fermín | semana santa | las posadas |
    fiestas patrias | hari raya haji | deepavali | mid-autumn | lunar new year |
    church of england | the church of england | open university | the open university |
    salvation army | the salvation army | roland garros | wimbledon | jaffa cakes |
    jaffa cake | warhammer | lego | minecraft | fortnite | roblox | haribo
    | smarties | horlicks | bournvita | safaricom | mercadona |
    el corte inglés | el corte ingles | real madrid | capoeira |
    secret santa | kung hei fat choi | gong hei fat choy | rath yatra | youth sunday |
    mothering sunday | code grey | code red | code blue | code black | code pink |
    citizens advice | citizens advice bureau | talking therapies | nhs talking therapies |
    christian aid | imss | issste | insabi | essalud | fonasa | ccss | bpjs | bpjs kesehatan |
    nhif | daylio
    """
)
GENERIC_ORGANIZATIONS = (
    GENERIC_ORGANIZATIONS | PUBLIC_FIGURES | WELL_KNOWN_WORKS | WELL_KNOWN_THINGS
)
#: Slang written small that is a given name capitalised.
_SLANG_THAT_ARE_NAMES = frozenset({"ollie"})
# Slang, abbreviations and common misspellings of forum posts: lowercase, they are no names
# even where a name list holds them ("kinda", "teh").
SLANG_WORDS = word_set(
    """
    maccas brekkie smoko servo bottlo
    reo juvie
    ube
    fifa
    tangi karakia
    mic ollie uni lah leh lol lmao lmfao rofl omg tbh idk
    imo imho btw smh ngl fr rn irl af pls plz thx fav smol warmline warmlines kaumātua kaumatua
    rangatahi tamariki whānau whanau mokopuna
    ty tho yuh b'ys b'y hooah grabe nuh kasi dyan kaupapa eircode amen hadnt didnt wasnt org orgs
    couldnt wouldnt shouldnt isnt
    arent werent havent hasnt doesnt
    thru nite ok okay yeah yea yep nope nah meh ugh hmm huh aww awww yay ooh whoa haha hehe
    xoxo xo bday convo meds appt dx hx rx tx sx kinda gonna wanna gotta lemme gimme dunno
    yall y'all ya cuz coz bc sooo soooo ofc tysm ily bff bf gf dm dms pm vid pic pics selfie
    ur u r im ive id ill youre theyre cant dont wont didnt isnt wasnt shes hes thats whats
    teh adn nad taht jsut hte becuase realy fella fellas missus bloke lass asap ish
    """
)
# Capitalised words after "in"/"from" that are not places.
NOT_PLACES = (
    LANGUAGES_AND_PEOPLES
    | word_set(
        """
    reddit zoom teams discord facebook instagram tiktok youtube google twitter snapchat
    communion christening baptism confirmation
    netflix spotify doordash uber lyft amazon walmart target costco starbucks mcdonalds
    group session therapy treatment recovery remission crisis person heaven hell general aged
    mass
    grade year form
    school college church court jail prison rehab detox residential inpatient outpatient
    covid vegas session psychology social work nursing medicine psychiatry counseling
    immigration hurricane typhoon cyclone
    """
    )
    | FUNCTION_WORDS
)

# --------------------------------------------------------------------------- organisations

FACILITY_NOUNS = word_set(
    """
    hall circle
    chaplaincy refuge
    hospital hospitals clinic clinics center centre medical health healthcare school schools
    academy elementary university college institute church shelter hospice pharmacy prison
    jail penitentiary asylum infirmary sanitarium sanatorium foundation associates practice
    service services ministries mission ymca ywca library charter seminary inc llc ltd corp
    cic plc gmbh
    company sons brothers partners bakery cafe diner restaurant salon garage farms motors
    construction plumbing electric landscaping bank unit collective aid living network
    collaborative sangat fellowship helpline hotline warmline lifeline alliance coalition initiative
    outreach society agency cooperative co-operative co-op pantry kitchen program programme
    drop-in dropin baptist methodist pentecostal lutheran presbyterian
    grill taqueria deli market auto tire tires repair shop store studio gym chapel temple
    mosque masjid synagogue cathedral gurdwara mandir monastery abbey convent joinery
    shed club hub pub inn hotel motel nursery daycare ranch workshop laundromat boutique
    barbershop eatery canteen facility lodge clubhouse theatre theater trust fund project
    partnership polytechnic café parish association associations camp
    seafoods seafood timber timbers fisheries logistics haulage freight builders contractors
    foods dairies meats orchards vineyards winery brewery distillery sawmill quarry
    fabrication roofing corporation welfare befrienders group assembly
    fabricators industries enterprises supplies electrical joiners plumbers electricians
    hardware distributors packaging removals movers cleaners traders textiles steelworks
    panelbeaters couriers bakehouse connect therapies advice surgery
    """
)
#: Words that start a facility's name in other languages: "Chùa An Lạc", "Masjid al-Noor",
#: "Iglesia San José", "Wat Thai".
FACILITY_WORDS_BEFORE = word_set(
    """
    chùa wat masjid iglesia église eglise igreja templo gurdwara mandir kirche moschee
    ysbyty ysgol canolfan capel cesfam ehpad unité coláiste scoil gaelscoil ionad ospidéal
    mosquée mezquita sinagoga hospital clínica clinica escuela école escola colegio liceo
    centro fundación fundacion asociación asociacion parroquia collège lycée paroisse
    garderie crèche cpe schule grundschule verein stiftung zentrum gemeinde spółdzielnia
    szkoła fundacja stowarzyszenie parafia kościół scuola chiesa associazione fondazione
    cooperativa associação fundação creche hmp hmyoi policlínico policlinico clube colectivo
    coletivo línea linea whare kura wharekura kōhanga kohanga sgoil
    """
)
#: Words that close a capitalised run naming a facility without a facility noun
#: ("Ridgeview Adolescent Behavioral night shift").
FACILITY_ADJECTIVES = word_set(
    """
    behavioral behavioural psychiatric medical recovery rehabilitation rehab wellness
    counseling counselling healthcare treatment healing psychiatry psychology surgery
    """
)
#: Nouns after "a", "an" or "our" that say what a named facility is ("The Landing, a youth
#: drop-in", "our shelter, Marigold House,").
FACILITY_KINDS = FACILITY_NOUNS | word_set(
    """
    drop-in dropin shelter program programme nonprofit non-profit charity agency ministry
    group home facility residence center centre clinic practice organization organisation
    org place house mob outfit service provider employer firm
    """
)
# Facility nouns that end a name even after a possessive ("St. Mary's Hospital").
FACILITY_HEADS = word_set(
    "hospital clinic center centre school unit ward wing house home hall hospice church academy"
    " college residence general infirmary surgery lodge manor circle association group"
)
# The last word of a school's short name ("Lincoln Middle", "Jefferson High").
SCHOOL_ENDINGS = word_set("middle high prep secondary intermediate primary unified")
# Words inside an organisation's name between capitalised words ("University of Vermont").
NAME_CONNECTORS = word_set(
    "of for and the de la del della di do dos das da du des van von der y am im zum zur et o na"
    # Tagalog: "Linya sa Kalinaw", "Bahay Silungan ng Manggagawa"
    " sa ng"
    # Swahili: "Sauti ya Faraja Crisis Line", "Chama cha Wauguzi", "Nyumba wa Amani"
    " ya wa cha"
)
# Words before a name that are not part of it ("the Riverside Clinic").
DETERMINERS = word_set("the a an our my")
# Words that start a saint's name of a facility ("St. Brigid's", "Mount Sinai").
SAINT_WORDS = word_set("st saint mt mount")
# Abbreviations followed by a full stop or hyphen inside an organisation's name.
ABBREVIATED_ORG_WORDS = word_set("st mt ft")
# Words that, in a run before a facility noun, do not make it a particular facility.
GENERIC_FACILITY = FACILITY_NOUNS | word_set(
    """
    the a an of for and community mental behavioral behavioural psychiatric crisis line
    suicide support psychiatry psychology
    counseling counselling recovery treatment family youth children's childrens child
    state county city regional general public private high middle primary secondary
    memorial rehabilitation rehab addiction substance wellness care day night urgent
    emergency our my this that local new old big small veterans va department dept facebook
    whatsapp instagram reddit discord zoom telegram signal
    women's womens men's mens men women united national catholic christian baptist methodist
    residential outpatient inpatient senior juvenile detention correctional federal
    trauma cancer eating disorder disorders adolescent adult pediatric psychology
    psych icu er unit stabilization detox intake geriatric geri forensic district programme
    program health aged housing
    """
)
# Nouns that make a facility only with a word of treatment before them ("Recovery House").
WEAK_FACILITY_NOUNS = word_set("house home lodge manor place residence line care")
TREATMENT_WORDS = word_set(
    """
    recovery sober halfway group treatment wellness healing hope transitional respite
    rehab rehabilitation crisis care nursing aged home talk listening
    """
)
AT_CUES = (
    "at",
    "works at",
    "worked at",
    "work at",
    "employed by",
    "works for",
    "worked for",
    # a person working for a body ("I work for", "been working for"; the organisation rules
    # look for a person before it: not "skills that work for Panic")
    "work for",
    "working for",
    "attends",
    "attended",
    "transferred to",
    "admitted to",
    "discharged from",
)
NON_ORG_ACRONYMS = word_set(
    """
    ICU ER ED IOP PHP CBT DBT EMDR ACT VA NAMI AA NA DMV OT PT UK US USA EU CPS DCFS DSS GPS
    CMP CMPP CMHC CMHT CAPS MVD BMV RMV CESFAM COSAM CECOSF SAPU USM UBS UPA CRAS CREAS CSM
    CPR HR IT NICU PICU OR CCU BHU ASL TV PM AM LGBTQ LGBT LGBTQIA ADHD PTSD OCD BPD ASD
    SUDS PHQ GAD PCL GAF BDI BAI MMSE MOCA CIWA COWS AUDIT ASAP ATM CEO LOL OMG TBH IMO
    IDK FYI ETA RN LPN NP MD PA LCSW LMFT LPC MSW PHD PSYD
    RMN RPN RGN RNMH CPN CMHN LMHC LMSW LICSW LCPC LPCC LADC CADC CASAC CPRS CPSS PMHNP
    APRN CNS CNA BCBA OTR SLP MFT MHFA LVN RPSYCH DCLINPSY MBBS MRCPSYCH FRANZCP
    GP PCP SW PSW HCA ASIST DHB HSE CAMHS MRN URN DOB NHS NHI CHI SSN ID
    """
)

# --------------------------------------------------------------------------- shipped data


_SEEN_LIMIT = 100_000


class HashedWords:
    """
    A large word list kept as the sorted 32-bit CRCs of its words, for fast loading.

    Membership is exact for the words of the list; a word not in it is taken for one with a
    probability of about one in 20,000 per look-up (two words sharing a CRC).
    """

    __slots__ = ("_fold", "_hashes", "_seen")

    def __init__(self, data: bytes, *, fold: bool = False) -> None:
        hashes = array.array("I")
        if hashes.itemsize != 4:  # pragma: no cover - every supported platform has 4
            hashes = array.array("L")
        hashes.frombytes(data)
        if sys.byteorder != "little":  # pragma: no cover - the files are little-endian
            hashes.byteswap()
        self._hashes = hashes
        # Words already looked up: most texts ask for the same few thousand words.
        self._seen: dict[str, bool] = {}
        # Whether a word with accents is looked up without them too when not found with them:
        # "Ngongotahā" as the list's "Ngongotaha" (not a short word: "Für" is no "Fur").
        self._fold = fold

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        seen = self._seen.get(word)
        if seen is not None:
            return seen
        found = self._has(word)
        if not found and self._fold and len(word) >= 5 and not word.isascii():
            bare = unicodedata.normalize("NFKD", word)
            bare = "".join(c for c in bare if not unicodedata.combining(c))
            found = bare != word and self._has(bare)
        if len(self._seen) >= _SEEN_LIMIT:
            self._seen.clear()
        self._seen[word] = found
        return found

    def _has(self, word: str) -> bool:
        h = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        hashes = self._hashes
        i = bisect.bisect_left(hashes, h)
        return i < len(hashes) and hashes[i] == h

    def __len__(self) -> int:
        return len(self._hashes)


@attrs.frozen
class Lexicon:
    """
    The shipped lists, ready for fast look-up.

    Attributes:
        given_names: Given names, by folded key (:func:`~._normalize.fold`).
        family_names: Family names, by folded key.
        places: Towns, cities and counties, as written.
        common_words: Frequent English words, lowercase.
        regions: States, countries and larger regions, as written.
        regions_lower: The same, casefolded.
    """

    given_names: HashedWords
    family_names: HashedWords
    places: HashedWords
    common_words: frozenset[str]
    regions: frozenset[str]
    regions_lower: frozenset[str]


@attrs.frozen
class States:
    """
    The states and provinces of ``data/states.tsv``, in file order.

    Attributes:
        names: Every name.
        abbreviations: Every postal abbreviation.
        us_names: The names of the United States' states, district and territories.
        us_abbreviations: Their postal abbreviations.
    """

    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    us_names: tuple[str, ...]
    us_abbreviations: tuple[str, ...]


def _data() -> Traversable:
    return resources.files("rewardkit.deid").joinpath("data")


def _text(name: str) -> str:
    return _data().joinpath(name).read_text(encoding="utf-8")


def _lines(text: str) -> frozenset[str]:
    """Return the lines of a list file (one entry a line, no blank or comment lines)."""
    return frozenset(text.split("\n")) - {""}


def _read(name: str) -> frozenset[str]:
    return _lines(_text(name))


def _hashed(name: str, *, fold: bool = False) -> HashedWords:
    return HashedWords(_data().joinpath(name).read_bytes(), fold=fold)


class _English:
    """The English word lists and the words every detector knows."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        return (
            word in FUNCTION_WORDS
            or word in MODERN_WORDS
            or word in _dictionary_hashes()
            or word in _rare_hashes()
        )


@functools.cache
def _dictionary_hashes() -> HashedWords:
    return _hashed("dictionary_words.crc32")


@functools.cache
def _rare_hashes() -> HashedWords:
    return _hashed("rare_words.crc32")


def english_words() -> Container[str]:
    """Return the English word list (lowercase words, rare and old ones too), on first use."""
    return _English()


def is_dictionary_word(word: str) -> bool:
    """Tell whether *word* (lowercase) is an English word in current use."""
    return word in FUNCTION_WORDS or word in MODERN_WORDS or word in _dictionary_hashes()


_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
    ("'s", ""),
    ("\u2019s", ""),
)


@functools.lru_cache(maxsize=16384)
def is_english(word: str) -> bool:
    """Tell whether *word* (any case) is an English word or a regular inflection of one."""
    low = word.casefold()
    words = english_words()
    if low in words:
        return True
    for suffix, repl in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 2:
            stem = low[: -len(suffix)]
            if stem + repl in words:
                return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words:
                return True
    return False


@functools.cache
def lexicon() -> Lexicon:
    """Load the shipped lists once."""
    regions = _text("regions.txt")
    return Lexicon(
        given_names=_hashed("given_names.crc32"),
        family_names=_hashed("family_names.crc32"),
        places=_hashed("places.crc32", fold=True),
        common_words=_read("common_words.txt") | FUNCTION_WORDS,
        regions=_lines(regions),
        regions_lower=_lines(regions.casefold()),
    )


@functools.cache
def states() -> States:
    """Load the table of states and provinces once."""
    rows = [
        line.split("\t")
        for line in _text("states.tsv").splitlines()
        if line and not line.startswith("#")
    ]
    return States(
        names=tuple(r[0] for r in rows),
        abbreviations=tuple(r[1] for r in rows),
        us_names=tuple(r[0] for r in rows if r[2] == "US"),
        us_abbreviations=tuple(r[1] for r in rows if r[2] == "US"),
    )


# --------------------------------------------------------------------------- languages

#: Frequent function words of English: the share of them tells English text from other text.
ENGLISH_STOPWORDS = word_set(
    """
    the and to of a in is it you that was for on are with as i his they be at have this from
    or had by but not what all were we when your can there an which she do how their if will
    up about out them then so her would like him into has more no my me just than been who
    its now did get our could because very really after before also
    """
)
#: Frequent function words of the other languages the posts are written in, by language.
OTHER_STOPWORDS = {
    "de": word_set(
        """
        der die das und ist nicht ich sie es ein eine einen zu den mit auf für von dem des im
        sich auch wie wir aber noch nach bei wenn oder mir mich dass war habe hat sind werden
        bin uns euch ihr ihm ihn heute schon sehr immer nur diese dieser jetzt kann mein meine
        """
    ),
    "fr": word_set(
        """
        le la les et est pas je il elle nous vous ils un une des du de que qui dans pour avec
        sur au aux ce cette mais où mon ma mes son sa ses leur très aussi été être avoir fait
        tout bien plus moi lui était suis depuis ai
        """
    ),
    "es": word_set(
        """
        el la los las y es no yo tú él ella un una unos de del que en por para con su sus mi
        mis pero muy más como está estaba fue ser hay todo también cuando porque ya hoy me se
        lo le esta este desde años
        """
    ),
    "pt": word_set(
        """
        o a os as e é não eu ele ela nós um uma de do da dos das que em no na por para com seu
        sua meu minha mas muito mais como está foi ser tem também quando porque já hoje você
        me se há numa num ao aos
        """
    ),
    "it": word_set(
        """
        il lo la gli le e è non io lui lei noi un una di del della che in per con su mio mia
        ma molto più come sono stato essere ha anche quando perché già oggi mi si
        """
    ),
    "nl": word_set(
        """
        de het een en is niet ik hij zij wij van dat die in op met voor naar maar ook als bij
        er was zijn heb heeft mijn je
        """
    ),
    "pl": word_set(
        """
        i w na nie się z do to że jest jak ale co tak po za od dla już mnie mi jego jej był
        była są bardzo
        """
    ),
}
#: Function words of more languages, only to tell a text in them from English (they are not
#: marked on words: "Dan", "Ang" and "Ko" are names too): Scottish Gaelic, Irish, Welsh,
#: Māori, Tagalog, Malay and Indonesian, Vietnamese, Swahili.
LANGUAGE_STOPWORDS = {
    **OTHER_STOPWORDS,
    "gd": word_set(
        "a an is do tha bha agus air ann cha chan mi sinn iad na nan nam gu ri le bho seo sin robh"
        " ach oir bidh glè"
    ),
    "ga": word_set(
        "tá bhí agus ar sé sí níl go le ag mé tú muid siad leis seo sin ach nach ní is bhfuil"
    ),
    "cy": word_set(
        "y yr yn a ac mae roedd wedi ei fy dy ein eich eu i o ar gyda ond hefyd oedd ddim fod"
    ),
    "mi": word_set(
        "te ki ko ka ngā nga kua kei ia au koe mō mo ana tēnei tenei ai rātou ratou kia"
    ),
    "tl": word_set(
        "ang ng sa na mga ay ko mo siya ako hindi po at lang rin din kasi pero niya kami"
    ),
    "ms": word_set(
        "dan yang di ke dari ini itu saya dia tidak ada untuk dengan akan sudah juga kami kita"
    ),
    "vi": word_set("và của là không có một những tôi anh chị em được cho với này đã rất người"),
    "sw": word_set("na ya wa kwa ni za la katika hii huo yeye mimi sisi wao lakini sana kama"),
}
#: Words of Jamaican Creole (Patois) that English prose does not use: "mi", "unu", "inna",
#: "pon", "nuh", "fi", "di". English posts that quote a line of it hold a few; a post in it,
#: one word in three.
CREOLE_WORDS = word_set(
    """
    mi wi unu di fi nuh seh inna pon cyaan likkle yuh deh dat dis wid har weh haffi dung ting
    yah dese yute gwaan nutten siddung bwoy mek tek bout fren pickney nyam wah suh sumting nah
    cah
    """
)
#: "Thank you", greetings and endearments of other languages, quoted in English posts.
FOREIGN_PHRASE_WORDS = word_set(
    """
    ma'assalam maassalama masalama bonne maligayang pasko wallahi subhanallah eish abeg wahala
    dumelang sanibonani molweni boozhoo aaniin tansi kwe ta-ra ukraini mèsi
    gracias obrigada obrigado merci danke grazie dziękuję dzięki shukran shukraan asante
    salamat arigato arigatou gamsahamnida kamsahamnida spasibo dankjewel bedankt tack takk
    hola bonjour bonsoir hallo ciao salaam salam namaste shalom konnichiwa annyeong kaha
    inshallah mashallah alhamdulillah wallah por favor querida querido cariño mija mijo
    ngiyabonga siyabonga enkosi ndiyabulela kealeboga baie medaase akpe nagode mesi
    shukriya dhanyavad dhanyavaad nandri nanri dhonnobad kiitos aitäh paldies ačiū děkuji po opo
    ďakujem köszönöm mulțumesc hvala blagodarya dyakuyu diolch madloba shnorhakalutyun
    qujannamiik qujanaq nakurmiik miigwech wopila maururu vinaka meitaki tanemirt gamarjoba
    sawubona dumela jambo habari sannu mingalaba selamat xièxie xiexie cảm ơn cám
    fakaaue mālō mauruuru ngā mihi tēnā mahalo hafa håfa adai chère chérie chéri joik
    joiking yoik azul selam akal fakaalofa erokamano zusammen puskesmas posyandu tika jamara
    ola olá aguyje sulpayki osiyo psikolog shukria agur halò sé üdvözlettel thuk-je-che bula
    chaltumay meegwetch megwetch nazar
    thukjeche
    mercé mercés tere marsi slán slan nui mañana manana sevgiler endlich
    """
)

#: Words for a worker's role: a post's opening line gives them before the place the writer
#: works in ("Psych nurse, Flushing."), and one signs a post before a comma ("— Chaplain,
#: inpatient psychiatry").
WORKER_ROLES = frozenset(
    {"nurse", "worker", "psychiatrist", "psychologist", "counsellor", "counselor", "therapist"}
    | {"chaplain", "specialist", "coordinator", "manager", "team", "clinician", "practitioner"}
    | {"gp", "cpn", "rmn", "ot", "volunteer", "midwife", "paramedic", "navigator", "doctor"}
    | {"consultant", "registrar", "caseworker", "advocate", "mentor", "supervisor", "lead"}
    # of other languages: "Intervenante en santé mentale communautaire, Hochelaga."
    | {"intervenante", "intervenant", "infirmière", "infirmier", "travailleuse", "travailleur"}
    | {"enfermera", "enfermero", "trabajadora", "trabajador", "psicóloga", "psicólogo"}
    | {"enfermeira", "enfermeiro", "infermiera", "infermiere", "pflegerin", "pfleger"}
)
#: Words that open a letter or a post before a name ("Hi Dana,", "Dear Sarah").
GREETING_WORDS = word_set("hi hey hello dear hiya heya yo howdy greetings")
#: Words that close a letter or a post before a name ("Thanks, Priya", "Love, Mo").
SIGN_OFF_WORDS = word_set(
    "thanks thank cheers love best regards sincerely xo xoxo hugs peace warmly yours cordially"
    " gracias merci danke obrigada obrigado grazie mihi salamat asante mahalo dankie diolch"
    " ngiyabonga siyabonga enkosi kiitos maururu vinaka miigwech shukriya dhanyavad"
    " groetjes groeten saludos abrazos besos cordialement bisous amitiés grüße grüsse gruß"
    " hälsningar hilsen kveðja pozdrawiam pozdrav pozdravy terveisin üdvözlettel selamlar"
    " abraços beijos cumprimentos saluti baci"
)
#: Whom a greeting addresses when it names nobody ("Hi all", "Hey folks").
AUDIENCE_WORDS = word_set(
    """
    all everyone everybody folks guys friends fam team reddit redditors colleagues fellow
    peeps people there yall y'all ya you mods internet strangers lovelies humans
    """
)

#: Verbs of speech before a name: "said Tomasz", "asked Yolanda".
SPEECH_BEFORE = word_set(
    """
    said says asked asks replied replies whispered yelled shouted wrote writes texted added
    explained laughed answered screamed announced insisted sighed
    """
)
#: Verbs of speech after a name that is also a word ("Will laughed", "Justice said"); a name
#: that is no word may be followed by any of :data:`PERSON_VERBS`.
SPEECH_AFTER = word_set(
    """
    hated hates loved adored refused prayed
    said says told tells asked asks texted texts replied replies laughed smiled cried
    whispered shouted yelled wrote writes emailed messaged called calls hugged thanked
    giggled grinned sighed nodded admitted insisted announced
    """
)
#: Particles inside a name, written with a capital or not: "Pádraig Ó Súilleabháin", "Umm
#: Khalid", "bin Laden" (never a name on their own).
NAME_PARTICLES = word_set(
    """
    ó o ní ni nic mac mc ua uí bin ibn bint binti binte bte al el abu umm ben bat da de del della di
    do dos das du la le les van von der den ter ten st ap ab te dela delos delas anak
    """
)
#: Words that open a kunya or a patronymic: the capitalised word after them is a name.
KUNYA_WORDS = word_set("umm abu ibn bint")
#: Words before a noun that make a capitalised word after them a thing, not a name.
NOUN_DETERMINERS = word_set("the a an this that these those our your their his her its")
#: Endings of words for peoples and languages that no list names ("Ukrainian", "Congolese").
#: ("-ani" is no people's ending: "Pakistani" is listed, "Kalaivani" is a name.)
PEOPLE_ENDINGS = ("ian", "ese", "ish", "ean", "iot")
#: Words before a month name that make it the month: "in June", "since April".
MONTH_CONTEXT_WORDS = word_set(
    "in since until till by of last next this early late mid every before after during through from"
)

#: Personal pronouns of other languages (not those that are also frequent given names, such
#: as "Ella" or "Elle"): "the formal Sie", "ele está".
FOREIGN_PRONOUNS = word_set(
    """
    sie er ich du wir ihr ele ela eles elas você vocês nós él nosotros vosotros ellos ellas
    usted ustedes je tu il nous vous ils elles io noi voi loro ik jij hij zij wij jullie ty
    ona oni wy
    """
)

# --------------------------------------------------------------------------- word features

#: In the given-name list (by folded key).
GIVEN = 1
#: In the family-name list (by folded key).
FAMILY = 2
#: In either name list.
LISTED = GIVEN | FAMILY
#: An English word (or a regular inflection of one).
ENGLISH = 4
#: A frequent English word.
COMMON = 8
#: Never a name, even after a cue: function words, pronouns, headings, clinical words,
#: medicines, languages and peoples, slang.
STOP = 16
#: Not a name without a cue: months, weekdays, kinship words, titles, generic organisations.
SOFT_STOP = 32
#: A function word, greeting or thanks of another language.
FOREIGN = 64
#: A state, country or larger region.
REGION = 128
#: A national body or well-known company named generically ("Medicaid", "Walmart").
GENERIC = 256
#: A title or form of address ("Dr", "Miss", "Bác", "Doña").
TITLE = 512
#: A function word of another language ("la", "est", "und"): no English neighbour.
OTHER_STOP = 1024
#: An English word in current use (``ENGLISH`` holds rare and old words too).
WORD = 2048
#: A frequent English function word (:data:`ENGLISH_STOPWORDS`).
ENGLISH_STOP = 4096
#: A function word of another language, also where it is an English word too ("tout", "met").
OTHER_FUNCTION = 8192
#: A word after which a name may stand whatever it is: a title, a naming cue, a word for a
#: person, a greeting or a sign-off ("Dr", "named", "client", "Hi", "Thanks").
NAME_CUE = 16384
#: A word that may start a name on its own: capitalised or in capitals and no function word
#: or unlisted English word, or a listed lowercase word that is no English word.
NAME_START = 32768

#: Adverbs that open a sentence ("Later Sarah smiled"): never part of a name.
SENTENCE_ADVERBS = word_set(
    """
    later earlier soon afterwards afterward meanwhile eventually suddenly recently lately
    anyway honestly apparently luckily sadly thankfully hopefully unfortunately fortunately
    instead somehow once twice again tonight tomorrow yesterday today now then still also
    even maybe perhaps sometimes often usually always never finally first second third last
    next yes no okay ok well oh so and but or because since when while after before until
    """
)
# Function words that are also given names ("Will") stop a name only without a cue.
_WORD_NAMES = MONTHS | WEEKDAYS | HOLIDAY_WORDS | word_set("will ever")
_HARD_STOPS = (
    (FUNCTION_WORDS - _WORD_NAMES)
    | (NOT_NAMES - _WORD_NAMES)
    | HEADING_WORDS
    | SENTENCE_ADVERBS
    | CLINICAL_WORDS
    | DRUG_NAMES
    | LANGUAGES_AND_PEOPLES
    | PRONOUNS
    | SLANG_WORDS
)
#: Words for a person before a name set off by commas, kinship words of every language too
#: ("his mam, Sadhbh Ní Bhraonáin, rang").
APPOSITION_NOUNS = PERSON_NOUNS | KINSHIP_WORDS
_SOFT_STOPS = (
    _WORD_NAMES
    | KINSHIP_WORDS
    | TITLES
    | FOREIGN_TITLES
    | frozenset(o for o in GENERIC_ORGANIZATIONS if " " not in o)
    | SIGN_OFF_WORDS
    | GREETING_WORDS
)
_FOREIGN_WORDS = FOREIGN_PHRASE_WORDS | FOREIGN_PRONOUNS
_GENERIC_WORDS = frozenset(o for o in GENERIC_ORGANIZATIONS if " " not in o) | frozenset(
    o[:-2] for o in GENERIC_ORGANIZATIONS if " " not in o and o.endswith("'s")
)
_TITLE_WORDS = TITLES | FOREIGN_TITLES
_OTHER_STOPWORDS = frozenset().union(*OTHER_STOPWORDS.values()) - ENGLISH_STOPWORDS
_FOREIGN_ARTICLES = word_set("la le les el los las der die das und et est del della")
_NAME_CUES = (
    NAMING_LAST_WORDS
    | RELATION_CUES
    | TITLE_ABBREVIATIONS
    | GREETING_WORDS
    | SIGN_OFF_WORDS
    | word_set("him her them me us as")
)
_WORD_SETS = (
    (_HARD_STOPS, STOP),
    (_SOFT_STOPS, SOFT_STOP),
    (_FOREIGN_WORDS, FOREIGN),
    (_GENERIC_WORDS, GENERIC),
    (_TITLE_WORDS, TITLE),
    (ENGLISH_STOPWORDS, ENGLISH_STOP),
    (_OTHER_STOPWORDS, OTHER_FUNCTION),
)
#: Function words that English shares with other languages ("me", "no", "a"): they tell
#: nothing of the language around them.
SHARED_STOPWORDS = frozenset().union(*OTHER_STOPWORDS.values()) & ENGLISH_STOPWORDS
_HYPHENS = re.compile(r"[-\u2010\u2011]")
_FLAGS: dict[str, int] = {}
_FLAGS_LIMIT = 200_000


def word_flags(word: str) -> int:
    """
    Return what the lists say of *word* (NFC, without a possessive ending), as bits.

    The bits are :data:`GIVEN`, :data:`FAMILY`, :data:`ENGLISH`, :data:`COMMON`,
    :data:`STOP`, :data:`SOFT_STOP`, :data:`FOREIGN` and :data:`REGION`. A word is worked out
    once and remembered (up to a bound), so a look-up costs one dictionary access.
    """
    flags = _FLAGS.get(word)
    if flags is None:
        if len(_FLAGS) >= _FLAGS_LIMIT:
            _FLAGS.clear()
        # "I\u2019m", "don\u2019t": a typographic apostrophe says what a straight one says
        flags = _FLAGS[word] = _word_flags(word.replace("\u2019", "'"))
    return flags


#: Learned prefixes that make new English words of old ones: "telepsychiatry".
_LEARNED_PREFIXES = (
    *("tele", "psycho", "neuro", "cyber", "pseudo", "hyper", "hypo", "micro", "macro", "mega"),
    *("multi", "inter", "intra", "trans", "counter", "over", "under", "non", "anti", "post"),
)


def _english_flags(low: str, *, listed: bool) -> int:
    """
    Return the English bits of a word of one part: an English word, a dictionary's.

    A word of no list with a learned prefix is one: "Telepsychiatry", "Neurodiversity".
    """
    if is_english(low):
        return ENGLISH | (WORD if is_dictionary_word(low) else 0)
    return ENGLISH | WORD if not listed and _prefixed_word(low) else 0


def _prefixed_word(low: str) -> bool:
    """
    Tell whether *low* is a learned prefix and an English word of seven letters or more.

    Not a surname made of a prefix and a short word: "Transfield", "Overstone".
    """
    return any(
        low.startswith(p) and len(low) - len(p) >= 7 and is_english(low[len(p) :])
        for p in _LEARNED_PREFIXES
    )


def _plural_of_people(low: str) -> int:
    """Return :data:`STOP` for a people in the plural ("Haitians", "Mourides"), else 0."""
    return STOP if low.endswith("s") and low[:-1] in LANGUAGES_AND_PEOPLES else 0


def _word_flags(word: str) -> int:
    from ._normalize import fold  # noqa: PLC0415 - a sibling module, imported on first use

    lex = lexicon()
    low = word.casefold()
    flags = 0
    key = fold(word)
    if len(key) >= 2:
        if key in lex.given_names:
            flags |= GIVEN
        if key in lex.family_names:
            flags |= FAMILY
    parts = [p for p in _HYPHENS.split(word) if p] if "-" in word or "\u2010" in word else []
    if len(parts) > 1 and min(len(p) for p in parts) >= 2:
        flags = _compound_flags(flags, parts)
    elif len(parts) <= 1:
        flags |= _english_flags(low, listed=bool(flags) or bool(parts))
    if low in lex.common_words:
        flags |= COMMON | WORD | ENGLISH
    if low in lex.regions_lower:
        flags |= REGION
    for words, bit in _WORD_SETS:
        if low in words:
            flags |= bit
    # "Ollie is in second year": a name, where "he could ollie" is slang
    # (and "Karen Smith", "Christian came in": a people's name that is a given name)
    named = low in _SLANG_THAT_ARE_NAMES or low in PEOPLES_THAT_ARE_NAMES
    flags &= ~(STOP if named and word[:1].isupper() else 0)
    flags = _name_before_brand(flags, low) | _plural_of_people(low)
    # A function word of another language that is no English word, or an article that
    # rarely is one ("la", "die").
    if low in _OTHER_STOPWORDS and (not flags & WORD or low in _FOREIGN_ARTICLES):
        flags |= OTHER_STOP
    if low in _NAME_CUES or flags & TITLE:
        flags |= NAME_CUE
    capitalised = word[:1].isupper()
    if not flags & STOP and (
        (capitalised and (flags & LISTED or not flags & WORD))
        or (flags & GIVEN and not flags & ENGLISH)
    ):
        flags |= NAME_START
    return flags


def _name_before_brand(flags: int, low: str) -> int:
    """Drop the generic bit of a given name ("Wendy", "Stanley", "Elvis") that no brand owns."""
    if flags & GENERIC and flags & GIVEN and low not in BRANDS_OVER_NAMES:
        return flags & ~GENERIC
    return flags


#: Words before a hyphen and a word for a relative: "great-gran", "step-mum".
_KIN_PREFIXES = frozenset({"great", "step", "half", "grand"})
#: Tails that make any word before them an adjective: "Hogwarts-level", "Bond-style".
_ADJECTIVE_TAILS = frozenset(
    {"level", "style", "like", "type", "esque", "sized", "size", "ish", "era", "themed"}
    # "Sesotho-speaking", "Inuit-serving", "Maori-led": words that make an adjective (not
    # "-based" or "-born", after a place: "Dublin-based")
    | {"speaking", "serving", "led", "run", "owned", "focused", "specific", "friendly"}
    | {"centred", "centered", "informed", "affirming", "inspired"}
)


def _compound_flags(flags: int, parts: list[str]) -> int:
    """Return the flags a hyphenated word takes from its parts ("Johnson-Pratt")."""
    bits = [word_flags(p) for p in parts]
    if parts[0].casefold() in _KIN_PREFIXES and parts[-1].casefold() in KINSHIP_WORDS:
        # "great-gran", "Step-dad": a word for a relative, as the word after the hyphen is
        return (flags & ~LISTED) | ENGLISH | WORD | (bits[-1] & SOFT_STOP)
    if parts[-1] in _ADJECTIVE_TAILS:
        return (flags & ~LISTED) | ENGLISH | WORD  # "Hogwarts-level", "Disney-style"
    if parts[-1][:1].islower() and (
        not bits[-1] & LISTED or (bits[-1] & WORD and bits[0] & REGION)  # "Vietnam-era"
    ):
        # "Ex-farmworker", "Self-care": a word with a lowercase tail is an ordinary word.
        return (flags & ~LISTED) | ENGLISH | WORD
    if any(p.casefold() in LANGUAGES_AND_PEOPLES for p in parts):
        return flags | STOP  # "Korean-American": a people's name is never a person's
    # "Johnson-Pratt", "Ngata-Walker": listed parts, and no part an unlisted word.
    if (
        not flags & LISTED
        and any(b & LISTED for b in bits)
        and all(b & LISTED or not b & ENGLISH for b in bits)
    ):
        flags |= GIVEN if any(b & GIVEN for b in bits) else FAMILY
    if all(b & ENGLISH for b in bits):
        flags |= ENGLISH
    if all(b & WORD for b in bits):
        flags |= WORD
    return flags
