"""
Names of people, found by their position, their shape and the shipped name lists.

Detector: ``name``. A word is a name when something around it says so, whatever list knows
it: a title before it ("Dr. Patel", "Bác Bảo"), a word for a person ("my client Sarah", "her
son jake"), a naming cue ("named Will", "everyone calls him Dre"), a greeting or a sign-off
("Hi Dana,", "— Kwame"), speech ("said Tomasz", "Marisol told me"), a family word after its
possessive ("Maria's mom"), commas after a word for a person ("my senior, Aminata Diallo,"),
an age after it ("Miracle, 15,"), a nickname in quotes ("Terrence "T-Bone" Whitlock"). A
capitalised word is also a name when the name lists hold it and it is no English word (in any
position), and a capitalised word that is also a word ("Grace", "Will") when it stands alone in
the middle of a sentence. A name is extended over the surname, particles ("Ó", "bin", "de la")
and initial after it, and back over a given name before it ("Grace Whitehorse").

Names in a text that reads as another language than English are found only after a title:
the English cues and the English word list say nothing of it (:mod:`._language`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from rewardkit.story import PhiCategory

from ._engine import prepared
from ._language import is_english_tag, text_reads_as_creole, text_reads_as_english
from ._lexicon import (
    APPOSITION_NOUNS,
    AUDIENCE_WORDS,
    CLINICAL_WORDS,
    COMMON,
    CREOLE_WORDS,
    DAY_GROUP_WORDS,
    DEITIES,
    ENGLISH,
    ENGLISH_STOP,
    ENGLISH_STOPWORDS,
    EPONYM_NOUNS,
    EPONYMS,
    EXTENSION_STOP,
    FACILITY_NOUNS,
    FAMILY,
    FAMILY_AFTER,
    FESTIVALS,
    FOREIGN,
    FOREIGN_PHRASE_WORDS,
    FOREIGN_TITLES,
    FUNCTION_WORDS,
    GENERIC,
    GENERIC_ORGANIZATIONS,
    GERMAN_DETERMINERS,
    GIVEN,
    GREETING_WORDS,
    HEADING_WORDS,
    KINSHIP_WORDS,
    KUNYA_WORDS,
    LANGUAGES_AND_PEOPLES,
    LISTED,
    LOWERCASE_PARTICLES,
    MEASURE_WORDS,
    MONTHS,
    NAME_CUE,
    NAME_PARTICLES,
    NAME_START,
    NAMED_THINGS,
    NAMING_CUES,
    NAMING_LAST_WORDS,
    NON_ORG_ACRONYMS,
    NOT_NAME_WORDS,
    NOT_NAMES,
    NOUN_DETERMINERS,
    OTHER_FUNCTION,
    OTHER_STOP,
    OWNED_CUES,
    PEOPLE_ENDINGS,
    PEOPLE_PLURALS,
    PEOPLES_THAT_ARE_NAMES,
    PERSON_NOUNS,
    PERSON_VERBS,
    POSTAL_CODE_INITIALS,
    PRONOUNS,
    PUBLIC_FIGURES,
    REGION,
    RELATION_CUES,
    SHARED_STOPWORDS,
    SIGN_OFF_WORDS,
    SOFT_STOP,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    SPELLED_TEENS,
    SPELLED_UNITS,
    STOP,
    STRONG_RELATION_CUES,
    TITLE,
    TITLE_ABBREVIATIONS,
    TITLES,
    VERB_FORMS,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
    WORD,
    WORKER_ROLES,
    Lexicon,
    is_dictionary_word,
    lexicon,
    states,
    word_flags,
    word_set,
)
from ._model import Detection, trusted_detection
from ._words import (
    CLAUSE_STOPS,
    COMPASS_WORDS,
    HEAD_OF_STATE_AFTER,
    HEAD_OF_STATE_STARTS,
    ONE_WORD_FIGURES,
    PEOPLE_WORDS_BEFORE,
    PICTURED,
    PRAYED_TO,
    REGION_PARTICLES,
    ROMANCE_PARTICLES,
    SELVES,
    SENTENCE_STOPS,
    TEAM_NEXT_WORDS,
    TEAM_VERB_LINKS,
    Word,
    eponym_pair_follows,
    event_follows,
    facility_follows,
    generic_run,
    generic_runs,
    in_quoted_title,
    is_space_gap,
    language_said,
    life_written,
    month_context,
    much_of,
    names_a_people,
    performed,
    reads_as_noun,
    region_end,
    run_is_region,
    saints_thing,
    spoken_in,
    state_in_brackets,
    team_named,
    team_run,
    two_words,
    words,
    work_follows,
    writes_lowercase,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["NameDetector", "detectors"]

# An initial after a name: "Sarah K." or "Sarah K" (not "I" without its dot: "I told Aisha I
# would call" is the pronoun).
_INITIAL = re.compile(r" ([A-Z])\.?(?![\w'\u2019])(?<! I)")
#: A given name's initial after a surname in capitals and a comma: "VILLARREAL, R.,".
_COMMA_INITIAL = re.compile(r", [A-Z]\.(?=[,;:)]|\s|$)")
#: An age under 90 in words: "fourteen", "thirty-two".
_SPELLED_AGE = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:-(?:{SPELLED_UNITS}))?"
    rf"|{SPELLED_TEENS}|{SPELLED_UNITS})"
)
#: An age after "is" or "was", in figures or words: "Will is 34.", "Jordan was fourteen when".
_AGE_IS = re.compile(
    rf" (?:[1-9]|[1-8][0-9]|{_SPELLED_AGE})"
    r"(?:,| years? old\b| and\b| now\b|( when\b|;|\.(?:\s|$)))"
)
#: A sentence about a person after an age: " Worked in the mills", " He drove".
_PERSON_SENTENCE_AFTER = re.compile(
    r"\s*(?:He|She|They|Has|Had|Lives|Lived|Works|Worked|Came|Comes|Grew|Born|Married|Retired"
    r"|Widowed|Divorced|Drove|Served|Spent|[A-Z][a-z]+ed)\b"
    # where the person comes from, then what they did: "Frank is 78. Colombian, came to"
    r"|\s*[A-Z][a-z]+(?:an|ese|ish|i), (?:[a-z]+ed|came|comes|lives|grew|has|had|was|works"
    r"|speaks|moved|born)\b"
)
#: A generational suffix after a name ("Júnior", "Jr", "Neto", "III").
_SUFFIX = re.compile(r",? (?:J[uú]nior|Jr\.?|Sr\.?|Neto|Filho|Sobrinho|II|III|IV)(?![\w'\u2019])")
#: What ends an utterance right after a name it calls: "!", "?" or a stop before a quote.
_VOCATIVE_END = re.compile('[!?]|\\.["\u201d]')
_CONTRACTION = re.compile(r"['\u2019](?:d|ve|ll|re|m|t|D|VE|LL|RE|M|T)$")
_NAMING_CUE = re.compile(
    "(?:" + "|".join(re.escape(c) for c in NAMING_CUES) + r")(?:\s+now,?)?\s*[\"\u201c'\u2018]?$",
    re.IGNORECASE,
)
# "everyone calls him Dre", "they call me Bo", "known as Lupe".
_CALLS = re.compile(
    r"\b(?:(?:calls?|called|calling)\s+(?:him|her|them|me|us),?"
    r"(?:\s+(?:anything\s+but|nothing\s+but|only|just))?"
    # "known to everybody including his own maw as Shug", "everyone knows him as PJ"
    r"|known(?:\s+[\w'\u2019]+){0,7}?\s+as|(?:knows?|knew)\s+(?:him|her|them)\s+as"
    # "introduced himself, every single time, as Marvel"
    r"|introduc(?:ed|es|ing)\s+(?:him|her|them)sel(?:f|ves)(?:[\s,]+[\w'\u2019]+){0,4}?[\s,]+as)"
    r"\s*[\"\u201c'\u2018]?$",
    re.IGNORECASE,
)
# Naming cues that may name a whole run of capitalised words ("named Kateri Two Rivers");
# after "called" (also a telephone call) only names are taken.
#: Everybody calling someone by a name: "a guy everyone calls ", "who the kids called ".
_CALLERS = (
    r"everyone|everybody|we all|they all|folks"
    r"|the (?:kids|lads|boys|girls|guys|team|staff|residents|regulars)"
)
_EVERYONE_CALLS = re.compile(
    rf"\b(?:{_CALLERS}|y['\u2019]?all|the nurses|(?:his|her|their) (?:mates|friends|family))"
    # "everyone at the clinic calls Agha-jan": where they are, between
    r"(?: (?:at|in|on) the [a-z]+)? (?:calls?|called) [\"\u201c'\u2018]?$",
    re.IGNORECASE,
)
#: Where everybody calls someone by a name: "everyone at home calls her", "the kids here".
_WHERE_CALLED = r"(?: (?:at|in|on|around|back) (?:the |our |his |her )?[a-z]+| here)?"
#: Everybody calling a person (not the writer) by a name: "everyone at home calls her ".
_EVERYONE_CALLS_HIM = re.compile(
    rf"\b(?:{_CALLERS}|people|(?:his|her|their) (?:mates|friends|family))"
    rf"{_WHERE_CALLED} (?:calls?|called) (?:him|her),? [\"\u201c'\u2018]?$",
    re.IGNORECASE,
)
#: After "Reg", the number of a registration: ". no. SFGH-771204", " No. 2023-PSY-08817".
_REG_NO = re.compile(r"\.? (?:[Nn]o|[Nn]r)\.? (?:is )?[#:]? ?[A-Z0-9]")
#: A word for kin glossed: ", which means mother", ", grandfather,".
_KIN_GLOSSED = re.compile(
    r"[\"\u201d'\u2019]?,? (?:which|that|it) means\b|[\"\u201d'\u2019]?, (?:meaning|i\.e\.)"
    r"|[\"\u201d'\u2019]?, (?:grand)?(?:father|mother|ma|pa|dad|mum|mom|uncle|aunt|auntie"
    r"|sister|brother|granny|grandad|grandpa|grandma)\b"
    # glosses of other shapes: "Hooyo (Somali for mum)", "Amma — it means mother", "Mzee, a
    # respectful word for", "Tita, as Filipino kids do", "which is just what you call"
    r"|[\"\u201d'\u2019]? ?\([^()\n]{0,40}?\b(?:for|means?|meaning)\b"
    r"|[\"\u201d'\u2019]? ?[\u2014\u2013-] ?(?:which|that|it) means\b"
    r"|,? (?:a|the) (?:[a-z]+ )?(?:word|term|title) (?:for|of|used)\b"
    r"|,? (?:as|like) (?:they|we|you|people|everyone|everybody|[A-Za-z]+ (?:kids|people|do))\b"
    r"|,? (?:which|that|it)(?: is|['\u2019]s) (?:just )?what (?:you|they|we|people)\b"
)
#: Words for kin of informal English that no dictionary holds: "everybody calls him bro".
_ENGLISH_KIN = word_set("bro bruv sis fam bestie bff gran gramps mammy mam cuz coz nan")
#: A family or its children calling one of its own by a word for kin: "her family calls her
#: beti", "the kids call him Abba" (not "the kids here call her Amma").
_FAMILY_CALLS = re.compile(
    r"\b(?:(?:his|her|their) family|the kids) (?:calls?|called) (?:him|her),? [\"\u201c'\u2018]?$",
    re.IGNORECASE,
)
#: A reason after a name written small that everybody calls someone: "sunny bc he always".
_WHY_CALLED = (" because", " bc ", " cos ", " coz ", " cause ", " since ")
#: Who calls a person a word of English for a reason: everybody, not "they" or "people"
#: ("they call him slow because", "people call her manipulative because": what is said of one).
_REASON_CALLERS = re.compile(
    rf"\b(?:{_CALLERS}|(?:his|her|their) (?:mates|friends)){_WHERE_CALLED}"
    r" (?:calls?|called) (?:him|her),? $",
    re.IGNORECASE,
)
#: Words of scorn or endearment that everybody calls someone for a reason: no names.
_CALLED_FOR_WHAT_ONE_IS = frozenset({"love", "honey", "hun", "pet", "fat", "lucky", "baby"})
#: How often or when someone is called: "his family call him daily", "calls her tonite".
_HOW_OFTEN = frozenset(
    {"daily", "weekly", "nightly", "monthly", "hourly", "often", "twice"}
    | {"tonite", "tonight", "tmrw", "tmr", "2moro", "2nite", "atm", "asap", "l8r"}
)
#: Everybody calling someone by a name written small: "everyone calls her shaz".
_EVERYONE_CALLS_SMALL = re.compile(
    rf"\b(?:(?:{_CALLERS}|they|people|(?:his|her|their) (?:mates|friends|family))"
    rf"{_WHERE_CALLED} (?:calls?|called) (?:him|her|me)"
    # "i'll call him ndeveth because", "told me on day one to call her dreim because"
    r"|(?:i['\u2019]ll|i will|we['\u2019]ll|let['\u2019]s) call (?:him|her)"
    # a clause that tells the reader what to call the person: "young lad, call him dougie"
    r"|(?:(?<=[,;:.!?] )|(?<=\n)|(?<=\A))call (?:him|her)"
    r"|(?:told|asked) (?:me|us)(?: [a-z]+){0,3} to call (?:him|her)),? $",
    re.IGNORECASE,
)
#: A clause telling the reader what to call someone: "young lad, call him " (needs a why).
_READER_TOLD_TO_CALL = re.compile(
    r"(?:(?<=[,;:.!?] )|(?<=\n)|(?<=\A))call (?:him|her) $", re.IGNORECASE
)
#: The writer giving someone a name of their own: "I'll call him ".
_PSEUDONYM_CUE = re.compile(
    r"\b(?:i['\u2019]ll|i will|we['\u2019]ll|let['\u2019]s) call (?:him|her|them) $", re.IGNORECASE
)
_STRONG_NAMING = re.compile(
    r"(?:named|nicknamed|name is|name's|name was|goes by|went by"
    r"|introduc(?:ed|es) (?:him|her)self(?:[\s,]+[\w'\u2019]+){0,4}?[\s,]+as)\s*$"
)
#: Words of other languages that open a letter or a card before a name, as "Dear" does:
#: '"Annwyl Siân,' (Welsh), "Liebe Anneliese," (German), "Querida Xiomara,". Not "Cara" or
#: "Caro", given names too.
_LETTER_OPENINGS = frozenset(
    {"annwyl", "liebe", "lieber", "chère", "cher", "querida", "querido", "carissima"}
    | {"carissimo", "kära", "käre", "kære", "kjære", "lieve", "beste", "kochana", "kochany"}
    | {"drahá", "drahý"}
)
#: "And" in the languages of the letter openings, between two people greeted.
_AND_WORDS = frozenset({"and", "y", "e", "und", "et", "i", "og", "en", "och", "a", "&"})
#: A second name greeted after the first: " y Tomás," (before a comma, a colon or "!").
_AND_A_NAME_GREETED = re.compile(
    r" (?:and|y|e|und|et|i|og|en|och|a|&) [A-ZÀ-Þ][\w'\u2019-]*(?=[,:!])"
)
_CUES_BEFORE = (
    NAMING_LAST_WORDS
    | RELATION_CUES
    | TITLE_ABBREVIATIONS
    | GREETING_WORDS
    | SIGN_OFF_WORDS
    | _LETTER_OPENINGS
    | frozenset({"him", "her", "them", "me", "us", "as"})
)
_NAMED_LAST = NAMING_LAST_WORDS | frozenset(
    {"him", "her", "them", "me", "us", "as", "now", "but", "only", "just", "calls", "call"}
)
_OPENING_QUOTE_CHARS = frozenset("\"\u201c'\u2018")
_ADDRESS_BEFORE = GREETING_WORDS | SIGN_OFF_WORDS | _LETTER_OPENINGS | frozenset({"is", "ora"})
#: Characters of a gap that end a sentence or open a quote; that end a sentence or a clause
#: before a semicolon; that close a quote.
_STOPS_OR_QUOTES = frozenset('.!?\n"\u201c')
_SEMI_STOPS = frozenset(".!?\n;")
_CLOSING_QUOTE_CHARS = frozenset('"\u201d')
# Where a word's context ends: a sentence, a clause, a quotation.
_CONTEXT_BREAK = frozenset('.!?\n;:\u2026"\u201c\u201d()')
# The gaps that open and close a nickname in quotes: Terrence "T-Bone" Whitlock.
_QUOTE_OPEN = frozenset({' "', " \u201c", " '", " \u2018", ' ("', " (\u201c"})
_QUOTE_CLOSE = frozenset({'" ', "\u201d ", "' ", "\u2019 ", '") ', "\u201d) "})
# An age after a name: "Miracle, 15,", "Autumn (11)", "Rain Delacroix, 19, came".
#: Verbs of people that start a paragraph's story: "Precious joined us in February".
_STARTED_BY_PEOPLE = word_set("arrived moved walked drove")
#: A role set off by commas after a name: ", my boss,", ", the festival organiser,", ", our OT,".
_ROLE_NOUN = (
    r"(?:my|our|the|his|her|their) (?:[a-z-]+ ){0,2}?(?:[a-z-]+(?:er|or|ist|ian|ant)|boss|nurse"
    r"|chaplain|coach|mentor|manager|supervisor|lead|head|chief|neighbou?r|friend|colleague"
    r"|client|patient|OT|GP|SW|CPN|RN|NP|PA|mum|mom|dad|wife|husband|partner|son|daughter"
    r"|sister|brother|aunt|uncle|cousin|grandma|grandpa|grandmother|grandfather)s?"
)
_ROLE_AFTER = re.compile(rf", {_ROLE_NOUN}(?:,| and\b)")
#: A person's kind set off after a name: ", a fresher from up north who", ", an elder of".
_KIND_AFTER = re.compile(
    r", an? (?:[a-z-]+ ){0,2}?(?:nurse|counsellor|counselor|student|teacher|farmer|fresher"
    r"|teen|teenager|lad|lass|girl|boy|woman|man|mum|mom|mother|father|dad|grandmother"
    r"|grandfather|grandma|grandpa|widow|widower|veteran|vet|elder|kid|child|carer|caregiver"
    r"|doctor|psychiatrist|psychologist|therapist|worker|driver|builder|plumber|electrician"
    r"|mechanic|miner|fisherman|fisher|chef|cook|cleaner|lawyer|pastor|priest|refugee"
    r"|survivor|patient|client|resident|neighbou?r|colleague|friend|midwife|labourer|laborer"
    r"|soldier|sailor|rancher|trucker|logger|shearer|stockman|jackaroo|jillaroo)"
    r"(?:,| and\b| from\b| who\b| in\b| at\b| with\b| of\b| on\b|\.)(?![^,.!?\n]{0,40}\bhere\b)"
)
#: Two initials or three and a name: "K. R. Radhamani", "J.R. Okafor".
_INITIALS_BEFORE_NAME = re.compile(
    r"(?<![\w.])[A-Z]\. ?[A-Z]\. ?(?:[A-Z]\. ?)?(?P<last>[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,})\b"
)
#: An initial set off by commas (after a role: "with our interpreter, A., patiently").
_INITIAL_SET_OFF = re.compile(r", (?P<id>[A-Z]\.),")
#: Initials addressed at a paragraph's start: "J., if this ever reaches you", "T.M., if you
#: read this".
_INITIALS_ADDRESSED = re.compile(
    r"(?:\A|\n)[ \t]*(?P<id>[A-Z]\.(?:[ ]?[A-Z]\.)?), if (?:you|this)\b"
)
#: Two initials or three set off by commas: "a man on my caseload, R.K., is".
_INITIALS_SET_OFF = re.compile(r", (?P<id>[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?),")
_ROLE_BEFORE = re.compile(rf"\b{_ROLE_NOUN}$")
#: Where a text says a name is written in capitals: "in capitals", "capital letters", "caps".
_CAPITALS_SAID = re.compile(
    r"\bcapital(?:s| letters?)\b|\b(?:all )?caps\b|\bblock letters\b", re.IGNORECASE
)
#: A run of words in capitals of three letters or more: "DOAS NDINUL", "WUL THOAMBAR".
_CAPITALS_RUN = re.compile(
    r"(?<![\w'\u2019-])[A-Z][A-Z'\u2019-]{2,}(?:[ ][A-Z][A-Z'\u2019-]{1,})*(?![\w'\u2019-])"
)
_CAPITAL_WORD = re.compile(r"[A-Z][A-Z'\u2019-]+")
#: Words that say a name, a signature or a spelling is spoken of.
_NAME_SPOKEN_OF = re.compile(
    r"\b(?:names?|surnames?|signs|signed|signature|spelled|spells|spelt)\b", re.IGNORECASE
)
#: The lists' bits of a word in capitals that is no name: a word in use or another
#: language's, a title, a region, a body.
_NOT_A_NAME_IN_CAPITALS = (
    ENGLISH | STOP | SOFT_STOP | FOREIGN | TITLE | REGION | GENERIC | OTHER_STOP | OTHER_FUNCTION
)
#: A name a message is signed off with, a few words between: 'He signs off every text
#: "Dreim"', 'signs off his texts to the service as "Moaloam"'.
_SIGNED_OFF_AS = re.compile(
    r"\bsign(?:s|ed|ing) (?:them |it |everything )?off (?:[\w'\u2019]+ ){0,5}?(?:as |with )?"
    r"[\"\u201c](?P<id>[^\W\d_][\w\u0300-\u036f'\u2019-]{1,20})[.!]?[\"\u201d]"
)
#: Blessings and toasts a message is signed off with that no list holds.
_SIGN_OFF_BLESSINGS = frozenset(
    {"sláinte", "slainte", "ubuntu", "shalom", "salaam", "aloha", "namaskar", "namaskaram"}
    | {"vanakkam", "inkosi", "salam", "jai"}
)
#: A name signed in quotes: 'She signed off "Thevia"', 'signed "THAEX age 9."'.
_SIGNED_IN_QUOTES = re.compile(
    r"\bsign(?:ed|s|ing)(?: (?:only|just|simply))?(?: (?:off|it|as|her name|his name))?"
    r"(?: (?:only|just|simply))? [\"\u201c]"
    r"(?P<id>[^\W\d_][\w\u0300-\u036f'\u2019-]{1,20})(?=[ .,!?\"\u201d])"
)
#: A surname and a given name in capitals before a record's number or a date of birth.
_RECORD_HEADER_NAME = re.compile(
    r"(?<![\w,])(?P<id>[A-Z][A-Z'\u2019-]+, [A-Z][A-Z'\u2019-]+)"
    r"(?= (?:MRN|DOB|D\.O\.B\.|NHS|ID|DoB)\b|, [0-9]{1,3} ?[MF]\b)"
)
#: A speaker's name at a line's start, before a colon: "Marvel: Sister, today I cooked."
_SPEAKER = re.compile(r"(?m)^(?P<id>[A-Z][\w'\u2019-]{1,20}):[ \t]")
#: Who else speaks in such a dialogue, and the headings of a post.
_NOT_SPEAKERS = word_set(
    """
    me him her them he she they you us client patient pt nurse doctor dr therapist counsellor
    counselor worker staff q a t c p edit update note notes ps tldr tl;dr context background
    bot chatgpt ai hubby wifey
    """
)
#: A title in quotes, its words capitalised: 'Took the Children Away"', 'Treaty"'.
_QUOTED_TITLE_ENDS = re.compile(
    r"[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|the|a|an|of|in|on|to|and|for|with)){0,6}"
    r"[.,!?]?[\"\u201d]"
)
#: A surname, a comma and a given name, all in capitals: "LINDQVIST, INGRID".
_CAPS_SURNAME_GIVEN = re.compile(
    r"(?<![\w,])(?<![A-Z] )(?P<family>[^\W\d_a-z](?:[^\W\d_a-z]|['\u2019-]){2,}), "
    r"(?P<given>[^\W\d_a-z][\w'\u2019-]{2,})(?![\w'-])"
)
#: After an aside that the writer may use a name, the name given: "...first name): Faith."
_NAME_SHE_LETS_USE = re.compile(
    r"\b(?:can|could|may) use (?:her|his|their) (?:real |actual |first |own )?name\b"
    r"[^\n()]{0,60}\)?[:,] (?P<id>[A-Z][\w'\u2019-]+)(?=[.,;!])"
)
#: A record's field of a name, surname first: "Name: Kakegamic, R.", "Pt: Whitcombe, Ernest".
_NAME_FIELD = re.compile(
    r"\b(?:Name|NAME|Pt|PT|Patient|Client|Resident|Student|Surname, first name)[ \t]*:"
    r"(?:\*\*|__)?[ \t]*"  # a field's label in bold: "**Patient:** D. MacAskill"
    # a surname and an initial or a given name; initials, as "Patient: A.B.O., 27"; a given
    # name, as "Student: Harmony, grade 3"
    r"(?P<id>(?P<family>(?:(?:Ó|O|Ní|Nic|Mac|Mc|Uí|de|van|von|del|da|di|al|el) )?"
    r"[A-Z\u00c0-\u00de][\w'\u2019-]+), (?:[A-Z]\.|[A-Z\u00c0-\u00de][\w'\u2019-]+)"
    r"|(?:[A-Z]\.){2,4}(?=,)|[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?=, )"
    # an initial and a surname at the line's end: "Patient: D. Kowalczyk"
    r"|[A-Z]\. ?(?:[A-Z]\. ?)?[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?:[A-Z][a-z\u00e0-\u00ff'\u2019-]+)?"
    # its end: the line's, a comma, or a gap before the next field ("   NHI: ZKT4471")
    r"(?=[ \t]*(?:\n|\Z|[,;(|])|[ \t]{2,}|[ \t]+[A-Z]{2,5}:)"
    # a full name of two to four words to the line's end: "Client: Ana Yesenia Portillo"
    r"|(?P<full>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3})"
    r"(?=[ \t]*(?:\n|\Z|[,;(|])|[ \t]{2,}))"
)
#: A name and its role's letters on a post's last line: "Bea, CPN".
_NAME_AND_ROLE_END = re.compile(
    r"(?:^|\n)[ \t]*[-\u2013\u2014~]?[ \t]*(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+),[ \t]+"
    r"(?P<role>[A-Z]{2,6})[ \t.]*\s*\Z"
)
#: Initials that sign a note after "From" or "Love": '"... ill. From T.H."'.
_INITIALS_SIGN_NOTE = re.compile(
    r"\b(?:From|Love|Thanks|Cheers|Regards),?[ \t]+(?P<id>[A-Z]\.(?:[ ]?[A-Z]\.){0,2})"
    r"(?=[\"\u201d]|[ \t]*(?:\n|\Z))"
)
#: Initials said of a person: "- J.T., who I've written about here before".
_INITIALS_BEFORE_WHO = re.compile(r"(?<![\w.])(?P<id>[A-Z]\.(?: ?[A-Z]\.){1,2}),? who\b")
#: A name that opens a quoted message: '"Bimpe here. Remember me?'.
_NAME_HERE = re.compile(
    r"[\"\u201c](?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+) here(?:[.!,]| again\b)"
)


#: Words around "a" before a word for a type of person: "such a Karen", "a total Karen".
_SUCH = word_set("such total real proper right bit full complete absolute massive")


#: Works whose characters' names start with "Mr": "Mr Tickle" of the Mr Men.
_TITLED_WORKS = re.compile(r"\bmr\.? men\b")


def _titled_character(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether "Mr" and word *i* name a character of a work the text names."""
    return (
        ws[i - 1].low in {"mr", "mister"}
        # "our patient Mr Happy": a person
        and not (i >= 2 and ws[i - 2].low in RELATION_CUES)
        and _TITLED_WORKS.search(prepared(text).low) is not None
    )


#: Words for a person that end in "s" and are no plural.
_SINGULAR_S = frozenset({"boss"})


def _client_named_as_figure(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the public figure's name at word *i* names a person the writer works with.

    Right after a lowercase word for a client or a relative ("my client Lewis Hamilton, 15",
    "her son Bob Marley"), the name is that person's, not the figure's; a title is no such
    cue ("Dr Phil" is the figure).
    """
    if i == 0 or ws[i].gap != " " or not ws[i].cap:
        return False
    cue = ws[i - 1]
    return cue.low in STRONG_RELATION_CUES and cue.text == cue.low and not cue.possessive


def _figure_named_whole(ws: tuple[Word, ...], i: int, j: int) -> bool:
    """
    Tell whether words *i* to *j*, a public figure's name, stand as a person's name.

    A person's, not a work's or a brand's ("my son Mario Kart"), and not before a noun it
    makes a kind of ("sang her son Bob Marley songs").
    """
    if " ".join(w.low for w in ws[i : j + 1]) not in PUBLIC_FIGURES:
        return False
    nxt = ws[j + 1] if j + 1 < len(ws) else None
    return nxt is None or nxt.gap != " " or not nxt.text.islower() or not reads_as_noun(nxt)


def _kin_only(word: str) -> bool:
    """Tell whether *word* is a word for kin and no given name ("Nonna"; not "Saba")."""
    low = word.lower()
    return low in KINSHIP_WORDS and low not in _KIN_GIVEN_NAMES


#: Titles of a person: before a name written small ("mr. ndeveth"), before initials ("Ms.
#: J.T."), and the cues of those initials.
_PERSON_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "miss"})
#: Teams whose names are surnames in the plural: "the Lakers", "the Packers".
_TEAM_PLURALS = frozenset(
    {"lakers", "packers", "steelers", "brewers", "mariners", "rangers", "raiders", "chargers"}
    | {"bruins", "celtics", "canucks", "oilers", "knicks", "dodgers", "yankees", "rockies"}
)
#: Surnames among the words that are never a name alone: after "Mr" or "Dr", "Ward" is one.
_WORD_SURNAMES = frozenset({"ward", "elder", "still", "said"})
#: What after a word says it is a language: " is my first language", " is her mother tongue".
_LANGUAGE_SAID_AFTER = re.compile(
    r" (?:is|was) (?:my|his|her|their|our|your) (?:first|second|third|native|home|heart|mother)"
    r" (?:language|tongue)(?=[,.;:!?)]| and\b| but\b|\s*$)"
)
#: The words that open the name of a Māori iwi or hapū: "Ngāti Porou", "Ngāi Tahu".
_IWI_WORDS = frozenset({"ngāti", "ngati", "ngāi", "ngai"})
#: What a letter written in therapy is addressed to, no person: "Dear Anxiety,", "Dear Body,".
_ADDRESSED_THINGS = word_set(
    """
    anxiety depression grief anorexia bulimia ocd ptsd addiction diary body self mind brain
    heart fear panic trauma shame anger sadness loneliness insomnia cancer illness voices
    disorder bipolar schizophrenia psychosis adhd autism dementia alcohol bottle
    """
)
#: Words for a person that a record gives an age after, no given name: "Boy (15,", "Client,
#: 34," (not "Guy, 34,", "Peer (29,").
_RECORDED_PERSONS = (RELATION_CUES - {"guy", "peer", "lady", "bestie"}) | {
    "aunt",
    "uncle",
    "mum",
    "male",
    "female",
}
#: Groups a people's or a language's name stands before, and one family's name does not:
#: "Maya families", "the Chin community", "a Karen interpreter" (not "the Okafor family").
_PEOPLES_GROUPS = frozenset({"community", "interpreter", "interpreters", "speakers", "refugees"})
#: The same in the plural, that surnames stand before only after "the" or "and": "Maya
#: families" (not "the Haddad and Nguyen families").
_PEOPLES_PLURAL_GROUPS = frozenset({"families", "communities", "households", "villages", "clans"})
#: Words before a people's name and a group: "a Karen interpreter", "a big Chin community".
_GROUP_DETERMINERS = frozenset(
    {"a", "an", "the", "our", "their", "big", "large", "small", "local", "whole", "growing"}
    | {"tight-knit", "close-knit", "entire", "strong", "new", "older", "young"}
)


def _people_before_group(ws: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """
    Tell whether word *i* names a people or a language before a group of its people.

    "many of them Maya families", "a big Chin community", "a Hakha Chin interpreter"; not a
    place ("Sydney community mental health case manager"), not surnames ("the Haddad and
    Nguyen families", "the Okafor family"), not a person ("I met Joseph community elder").
    """
    w = ws[i]
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if (
        nxt is None
        or nxt.gap != " "
        or not (nxt.low in _PEOPLES_GROUPS or nxt.low in _PEOPLES_PLURAL_GROUPS)
        or w.possessive
        or w.text in lex.places
    ):
        return False
    if w.low in LANGUAGES_AND_PEOPLES:
        return True
    k = i - 1
    if k >= 0 and ws[k].cap and is_space_gap(w.gap):
        k -= 1  # "a Hakha Chin interpreter": a people's two words
    before = ws[k].low if k >= 0 else ""
    if nxt.low in _PEOPLES_PLURAL_GROUPS:
        return before not in {"the", "and", "&", "both"}
    return before in _GROUP_DETERMINERS


#: Surnames that are interjections elsewhere, taken after a person's title only capitalised:
#: Korean "Oh", Khmer "Och", Vietnamese "Ho" ("Mr. Och, who is Cambodian himself").
_INTERJECTION_SURNAMES = frozenset({"oh", "och", "ho"})
#: Words a letter follows as their name: "vitamin D", "hepatitis C", "plan B", "type 2".
_TAKES_A_LETTER = word_set(
    "vitamin hepatitis hep plan grade type class category stage level group part section"
    " appendix option schedule block wing ward unit exit gate row bay team"
)
#: Roles addressed as people are: "Warden, you have to stay", "Officer, you".
_ROLES_ADDRESSED = word_set(
    "warden officer doctor nurse sir madam boss chief coach sarge guv captain sister father"
    " pastor teacher miss"
)
#: Words before "family" that say what kind it is: "the Royal family", "the Foster family".
_KINDS_OF_FAMILY = word_set(
    "royal holy first whole entire extended immediate host foster new same other nuclear"
    " blended happy big little young"
)
#: Holidays that end a phrase of time before a speaker: "since Easter told me".
_HOLIDAYS_SPOKEN = frozenset({"easter", "christmas", "xmas", "thanksgiving", "diwali", "eid"})
#: Words before a companion's name: "I went with Precious and I".
_WITH_WORDS = frozenset({"with", "met", "visited", "called", "texted"})
#: The auxiliaries of a perfect tense: "nobody had named yet" names no one.
_PERFECT = frozenset({"had", "has", "have", "'d", "'ve"})
#: Words of number that speak for many people: "Many asked me", "Some said".
_QUANTIFIERS = frozenset(
    {"many", "some", "few", "several", "most", "others", "all", "both", "everyone", "nobody"}
)
#: Words for kin that are given names as often: "Saba" (Hebrew "grandpa"), "Lola", "Mimi".
_KIN_GIVEN_NAMES = frozenset({"saba", "lola", "mimi", "gigi", "bibi"})
#: A worker's role in other languages, signing a post: "Abraços,\nPsicóloga, CRP 04/51873".
_ROLES_SIGNED = word_set(
    """
    psicóloga psicólogo psicologa psicologo enfermera enfermero enfermeira enfermeiro médica
    médico medica medico terapeuta consejera consejero orientadora orientador trabajadora
    trabajador assistente infirmière infirmier psychologue psychiatre psychiatra psicoterapeuta
    psychologin psychologe psychotherapeutin sozialarbeiterin sozialarbeiter pielęgniarka
    psycholog verpleegkundige psycholoog sjuksköterska sykepleier
    """
)
#: A name addressed at a sentence's start: "Ndeiriokoth, you made my year.", "Seonag, I'll
#: be playing that video".
_ADDRESSED_YOU = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,}), "
    r"(?:you\b|(?P<will>I(?:'ll|\u2019ll| will)\b))",
    re.MULTILINE,
)
#: An initial and a surname after a word written small: "I saw A. Smith at the clinic".
_INITIAL_AND_SURNAME = re.compile(
    r"(?<=[A-Za-z,;:(] )(?P<initial>[A-Z])\. ?"
    r"(?P<surname>[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?|[A-Z]{3,})"
    r"(?![\w'\u2019-])"
)
#: The word before an initial: "saw" of "I saw A. Smith".
_WORD_BEFORE_INITIAL = re.compile(r"([\w/'\u2019-]+)[,;:(]? \Z")
#: The words for a person before a name written small and an age: "this uncle, tan ah kow, 71".
_SMALL_NAME_PERSON_WORDS = word_set(
    "uncle aunty auntie aunt client patient man woman guy lady bloke gentleman resident boy"
    " girl lad kid teen grandma grandpa nan granny fella chap"
)
#: A name written small, set off by commas between a word for a person and an age.
_SMALL_NAME_WITH_AGE = re.compile(
    rf"\b(?:{'|'.join(sorted(_SMALL_NAME_PERSON_WORDS))}),[ \t]+"
    r"(?P<id>[a-z][a-z'\u2019-]+(?:[ \t][a-z][a-z'\u2019-]+){0,2}),[ \t]+(?:aged[ \t]+)?"
    r"[1-9][0-9]?(?![0-9%])"
)
#: Those words as a text's set of words holds them: one must be there for that pattern.
_SMALL_NAME_PERSONS = frozenset(w.encode() for w in _SMALL_NAME_PERSON_WORDS)
#: A name before an aside on who calls one by it: "Lose (what her family calls her)".
_NAME_BEFORE_WHO_CALLS = re.compile(
    r"(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+) \((?:what|as|how) (?:her|his|their|the|everyone|"
    r"everybody|all)(?: [a-z]+)? call(?:s|ed)? (?:her|him|them)\b"
)
#: A nickname of a size and a name in mid-sentence: "i met Big Tone", "our Wee Jimmy".
_SIZE_NICKNAME = re.compile(
    r"(?<=[a-z,;\-\u2022*] )(?:Big|Lil|Wee) (?P<name>[A-Z][a-z'\u2019]+)(?![\w'\u2019-]| [A-Z])"
)
#: What follows "Big", "Lil" or "Wee" in names of things: "Big Ben", "Big Mac", "the Big Apple".
_SIZE_NOT_NICKNAMES = frozenset(
    {
        "ben",
        "mac",
        "apple",
        "brother",
        "bang",
        "sur",
        "pharma",
        "tobacco",
        "issue",
        "society",
        "ten",
        "east",
        "sky",
        "bird",
        "island",
        "book",
        "lottery",
        "bear",
        "dipper",
        "sister",
        "mama",
        "momma",
        "daddy",
        "papa",
        "man",
        "boy",
        "girl",
        "guy",
        "fella",
        "bro",
        "sis",
    }
)
#: A record's cue after a comma: "..., UR PMH-552918", "..., MRN 4411".
_RECORD_CUE_AFTER = r", (?:UR|URN|MRN|DOB|D\.O\.B\.|NHS|CHI|NHI|SSN|Hosp\. no)\b"
_RECORD_CUE_AFTER_GATE = re.compile(_RECORD_CUE_AFTER)
#: A full name before such a cue.
_NAME_BEFORE_RECORD = re.compile(
    r"(?<![\w'\u2019-])(?P<id>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2})"
    rf"(?={_RECORD_CUE_AFTER})"
)
#: An age and a sex as a record's header writes them: ", 74 F," (a cheap gate: a comma first,
#: searched fast; the header's own pattern asks for the capitals).
_AGE_AND_SEX = re.compile(r", [0-9]{1,3} ?[MF]\b")
#: A name after a dash that closes a quotation, searched back from the quote: '... the
#: breathing thing. — Gord"'.
_DASH_SIGNS_QUOTE = re.compile(
    r"(?<=[.!)] )[\u2014\u2013-] ?(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+|[A-Z](?=\.?\Z))\.?\Z"
)
#: A name and kisses closing a quoted note: '... find the words. Jess x"'.
_KISSES_SIGN_QUOTE = re.compile(r"(?<=[.!] )(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+) x{1,3}\Z")
#: An initial alone after a sentence, closing a quotation: '"... of them. R."'.
_INITIAL_ENDS_QUOTE = re.compile(r"(?<=[a-z][.!] )(?P<id>[A-Z](?:\.[A-Z])?\.)\Z")


def _closing_quotes(text: str) -> Iterator[int]:
    """Yield where each double quote of *text* that may close a quotation stands."""
    for quote in ('"', "\u201d"):
        end = text.find(quote)
        while end >= 0:
            yield end
            end = text.find(quote, end + 1)


#: Initials signed without quotes: "He signed it just X.M.".
_SIGNED_INITIALS = re.compile(
    r"\bsign(?:ed|s)(?: (?:it|off|them))?(?: (?:only|just|simply))? (?P<id>[A-Z]\.(?:[A-Z]\.)+)"
)
#: A name and what everybody calls the person: "t-boy thibodeaux, that's what everybody
#: calls him", at a line's or a sentence's start.
_WHAT_EVERYBODY_CALLS = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))(?P<id>[^\W\d_][\w'\u2019-]*(?: [^\W\d_][\w'\u2019-]*){0,2}),?"
    r" (?:that's|that is|thats|that\u2019s|is) what (?:everybody|everyone|people|they|we|folks"
    r"|the kids|y'all) call(?:s|ed)? (?:him|her|them)\b"
)
#: What a name may be said to be: "his full name is long", "your name was fine".
_SAID_OF_A_NAME = word_set("""
    long longer short shorter fine different weird hard harder unusual difficult complicated
    cool pretty beautiful lovely unique common rare easy simple funny strange nice great ok
    okay important private secret changed true false real wrong right new old mine ours legal
    official known
    """)
#: The end of a clause right after a word: "their name was river.", "..., and".
_CLAUSE_END = re.compile(r"[.,;!?)]|\s*$| and\b| but\b| [\u2014\u2013-] | \(")
#: After a word, what says it is a name: " — that's his actual name", " (yes that's her name".
_THATS_THE_NAME = re.compile(
    r"\s*[\u2014\u2013,(-]\s*(?:(?:yes,? |and )?that['\u2019]?s )?(?:his|her|their|my) "
    r"(?:real |actual |legal |given |first |full )name\b"
    r"|\s*[\u2014\u2013,(-]\s*(?:yes,? |and )?that['\u2019]?s (?:his|her|their|my) name\b"
    # "bobby ray (that's how he signs everything": the way the person writes the name
    r"|\s*[\u2014\u2013,(-]\s*that['\u2019]?s how (?:he|she|they) (?:signs|writes|spells)\b"
    # "Drovae, as he asked us to call him", "Wuyoal — she goes by that now"
    r"|\s*[\u2014\u2013,(-]\s*as (?:he|she|they) (?:asked|wants|wanted|likes|liked) (?:us|me)"
    r" to call (?:him|her|them)\b"
    r"|\s*[\u2014\u2013,(-]\s*(?:he|she|they) goes by (?:that|it)\b"
    # "Harry (he says only his mother uses his full name)": an aside on the name
    r"|[ \t]*\((?:he|she|they) (?:says|said|insists|insisted|prefers|asked|wants)\b"
    r"[^)\n]{0,60}\bname\b"
    # "Rocky — yes that's really what everyone calls him"
    r"|\s*[\u2014\u2013,(-]\s*(?:yes,? )?that['\u2019]?s (?:really |actually |just )?what"
    r" (?:everyone|everybody|people|we all|they all|the staff|we) calls? (?:him|her|them)\b",
    re.IGNORECASE,
)
#: The gaps between a nickname and "real name": "Packy, real name", "Packy (real name".
_REAL_GAPS = frozenset({", ", " (", " - ", " \u2013 ", " \u2014 ", "\u2014"})
#: After a capitalised nickname, the name it stands for: "Packy, real name Patrick but".
_REAL_NAME_AFTER = re.compile(
    r"\s*[\u2014\u2013,(-]\s*(?:(?:his|her|their) )?(?:real|actual|legal|proper|birth|given)"
    r"(?: first| full| given)? name(?: is|:)? (?=[A-Z])"
)
#: An aside after a name that says the writer may use it: " (she said i could use her name".
_USE_MY_NAME = re.compile(
    # in brackets or after a dash: "Nkosilathi — he says I can use his name — was"
    r" (?:\(|[\u2014\u2013-] )(?:she|he|they) (?:said|says) (?:i|I|we) (?:could|can|may) use"
    r" (?:her|his|their) (?:real |actual |first )?name"
)
#: A full stop right after a word, and the next sentence: "Abdelrahim. Two denials".
_SENTENCE_OF_ITS_OWN = re.compile(r"\.(?: [A-Z]|\n|$)")
#: After a name: the name it goes by ("Ndouroax, goes by Siond"), or that everyone calls the
#: person by it ("Gaikroun, as everyone called her,").
_GOES_BY_AFTER = re.compile(
    r",? (?:goes|went|who goes|who went) by\b"
    r"|, as (?:everyone|everybody|we all|they all|the kids|staff|people) call(?:s|ed)? "
    r"(?:her|him|them)\b"
)
#: Nouns after "the" and a surname: "the Taiku family".
_FAMILY_NOUNS = word_set("family household clan kids boys girls twins")
#: What a client does with a worker, after a name starting a sentence: " started with me",
#: " has been coming since", " joined us".
_CLIENT_PREDICATE = re.compile(
    r" (?:(?:first )?(?:started|began|came|was referred|got referred|transferred) (?:with|to) "
    r"(?:me|us)\b|(?:has|had|['\u2019]s) been (?:coming|seeing (?:me|us)|with (?:me|us)|attending"
    r"|on my caseload|in (?:my|our) (?:group|caseload|care|program))\b|joined (?:us|my|our)\b"
    # "Emir was referred for depression", "Precious came in waving her certificate"
    r"|(?:first )?(?:contacted|messaged|emailed|rang|called) (?:me|us|our)\b"
    r"|(?:was|got) referred (?:for|by|after|in|last|this)\b|came in (?:waving|with|for|today"
    r"|yesterday|last|this|crying|smiling|beaming|and|on remand|on a section)\b"
    # "Precious was one of mine", "Gaz is one of our regulars": one of the worker's people
    # but not one of the worker's things: "Patience is one of mine too", "Hope is one of my
    # kids' favourite words"
    r"|was one of (?:mine|ours)\b(?! too)"
    r"|(?:is|was) one of (?:my|our) (?:first |very first |longest |oldest )?"
    r"(?:clients|patients|regulars|residents|service users|students|young people"
    r"|kids|lads|boys|girls|guys|ladies|women|men|fellas)\b(?!['\u2019]))"
)
#: What only a client does, not a body: "came to us", "started with me".
_CLIENT_COMES = re.compile(
    r" (?:first )?(?:started|began|came|was referred|got referred|transferred) (?:with|to) "
    r"(?:me|us)\b"
)
#: The first words of :data:`_CLIENT_PREDICATE`.
_CLIENT_VERBS = word_set("first started began came was got transferred has had joined")
#: A people said of a name that starts a paragraph: " is Romanian,".
_IS_OF_A_PEOPLE = re.compile(r" (?:is|was) ([A-Z][\w'\u2019-]+),")
#: The words that start what is said to someone called by name first: "Rose, I won't".
_SPOKEN_TO_AFTER = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "you", "you're", "you've", "you'll", "we", "we're"}
    | {"i\u2019m", "i\u2019ve", "i\u2019d", "i\u2019ll", "you\u2019re", "you\u2019ve"}
    | {"you\u2019ll", "we\u2019re", "thank", "thanks", "please", "remember"}
)
#: A clause set off inside a sentence: "Hope, I think, is", "Grace, you know, matters".
_ASIDE_CLAUSE = re.compile(
    r" (?:think|guess|mean|suppose|believe|know|feel|reckon|admit|hope|swear|bet|imagine|see"
    r"|would say|'d say|\u2019d say)\b ?[,.;:)\u2014-]"
)
#: Words before a comma that start a sentence and are no name: interjections and roles
#: called by ("Fine, I'll go", "Warden, you have to stay").
_INTERJECTIONS = word_set("""
    ah aw fine fair true right sure love darling bless see look listen warden officer boss chief
    judge captain nurse teacher guard deputy sheriff major general colonel sergeant
    like well okay anyway
    """)
#: Honorifics written after a name: "Iyer sir", "Ramesh ji", "Srinu garu", "Pinky tai".
_HONORIFICS_AFTER = frozenset(
    {"sir", "ji", "garu", "saab", "sahib", "saheb", "sahab", "bhai", "didi", "madam", "tai"}
)
#: Kin words said after a name in South Asia: "Ponnuthai paati", "Lakshmi amma", "Ravi
#: uncle", "Meena chechi" (after a word no English one: not "Grand aunty", "Desi aunty").
_KIN_AFTER = frozenset(
    {"aunty", "auntie", "uncle", "amma", "paati", "thatha", "akka", "chechi", "chettan"}
    | {"ammachi", "baji", "bhaiya", "dadi", "nani", "chacha", "chachi", "mausi", "khala"}
    | {"bhabhi"}
)
#: Of those, the words for an elder that no trade or group is called by: "paati", "amma".
_KIN_OF_ELDERS_AFTER = _KIN_AFTER - {"aunty", "auntie", "uncle", "bhaiya", "chacha", "chachi"}
_NOT_NAMES_BEFORE_KIN = frozenset({"desi", "filmi", "pardesi", "bhabhi", "bhabi", "didi"})
#: The endings of a trade's name in Hindi and Urdu: "Chaiwala", "Sabziwali".
_TRADE_ENDINGS = ("wala", "wali", "walla", "wallah")
_ARTICLES = frozenset({"the", "a", "an", "that", "this", "our", "my"})
#: An aside in brackets right after a word that says it is a name: " (not his real name".
_NAME_ASIDE = re.compile(r" \((?:[^()\n]{0,30}?\b)?(?:real |first |nick)?names?\b", re.IGNORECASE)
#: Features of the land that a place's name may open, before "of": "Bay of Plenty".
_FEATURES_BEFORE_OF = frozenset(
    # not "dale", "cliff", "brook", "glen", "river": given names ("Dale of Beyond Blue")
    {"bay", "cape", "isle", "lake", "gulf", "mount", "port", "fort", "firth", "strait"}
)
_OF_A_NAME = re.compile(r" of (?:the )?[A-Z]")
#: The pronouns a person goes by, in brackets after the name: "Wren (they/them)".
_PRONOUNS_ASIDE = re.compile(
    r" \((?:she|he|they|ze|xe|fae|e)/(?:her|hers|him|his|they|them|zir|hir|xem|faer|em|she|he)"
    r"\b",
    re.IGNORECASE,
)
#: Verbs that only people do, after their subject: "autumn lost her dad", "chase texted".
_SAID_BY_PEOPLE_ONLY = word_set(
    """
    said says told tells asked asks texted texts whispered yelled shouted replied answered
    rang phoned
    laughed cried smiled hugged nodded shrugged sighed grinned lost graduated relapsed
    apologised apologized thanked admitted agreed refused joined
    """
)
#: What a person does right after the name: "one of our girls, jade, has been", "A young man
#: called Sunday came".
_DONE_AFTER_A_NAME = _SAID_BY_PEOPLE_ONLY | frozenset(
    {"has", "had", "is", "was", "who", "came", "comes", "started", "moved", "lives", "lived"}
    | {"wants", "wanted", "got", "gets", "went", "goes", "turned", "left", "made", "wrote"}
)
#: The words after a name written small that make it a candidate: verbs said of people and
#: the first words of what clients do.
_ACTS_AFTER_NAME = _SAID_BY_PEOPLE_ONLY | _CLIENT_VERBS
#: Words that end the name of a day or a time: "Nurses Day", "Pride Week".
_DAY_NAMES = frozenset({"day", "week", "month", "eve", "night", "weekend", "festival"})
#: The days of the week, never a name before an age ("last Tuesday, 21 days after").
#: What only a person from somewhere does: "Aputsiaq from the drop-in texted me" (not what a
#: thing does too: "Melatonin from the chemist helped", "Baklava from the shop vanished").
_DEEDS_FROM_THE = (
    "is|was|has|had|said|says|told|came|comes|texted|messaged|visited|rang|phoned|dropped"
    "|stayed|listened|talked|walked|hugged|smiled|laughed|cried|asked|answered|knew|sat|stood"
    "|drove|taught|noticed|offered|picked|checked|organised|organized|invited|welcomed|believed"
    "|reminded"
)
#: An adverb between a person and what only people do: "Zhilex first came because",
#: "Mboadia barely spoke" (not "Deliveroo finally came", "Ozempic also has").
_ADVERB_THEN_DEED = (
    r" (?:first|barely|hardly|rarely|finally|slowly|quietly|suddenly|eventually|soon|later"
    r"|immediately|then|even|only|just|also) (?:spoke|told|said|asked|texted|rang|phoned|cried"
    r"|laughed|smiled|hugged|nodded|whispered|shouted|came (?:to (?:me|us|see)|because)"
    r"|walked in)\b"
)
# "Aputsiaq from the drop-in is famous": a person named by where they are from, after the
# subject of a paragraph or of a sentence.
_FROM_THE_DEED = rf" from the [a-z-]+(?: [a-z-]+)? (?:[a-z]+ly )?(?:{_DEEDS_FROM_THE})\b"
#: A verb after the subject that starts a paragraph, an aside in brackets between: " has
#: been", " (8th grade) has", " arrived".
_SUBJECT_OF = re.compile(
    # a kin word of an elder said after the name, or Kashmir's "Jan": "Thangathai paati is
    # 92", "Rafiqa Jan came"
    rf"(?:['\u2019]s| (?:{'|'.join(sorted(_KIN_OF_ELDERS_AFTER))}|Jan))?"
    # an aside in brackets, or between dashes about the name: "Thovae (8th grade) has",
    # "Thovida — a nickname — is"; not a thing's aside, "Lockdown — as we all know — was"
    r"(?: \([^()\n]{1,40}\)"
    r"| [\u2014\u2013-] (?=[^\u2014\u2013()\n]{0,60}"
    r"(?:\b(?:her|his|their|my|our) (?:nick|real |first |full |middle )?names?\b|\bnicknamed?\b"
    r"|\b(?:named|call|calls|called) (?:her|him)\b|\bshort for\b|\bchose the name\b))"
    r"[^\u2014\u2013()\n]{1,80} [\u2014\u2013-])?"
    r" (?:is|was|has|had|did|does|got|gets|came|comes"
    r"|arrived|lost|lives|lived|moved|finished|passed|joined|started|stopped|told|said|says"
    r"|asked|texted|called|wrote|turned|became|walked|drove|spent|wants|wanted|loves|hated"
    r"|died|left|went|made|kept|used|showed|brought|sent|gave|can|could|will|would|never"
    r"|always|still|finally|(?:does|did|wo|ca|is|was|has|had)n['\u2019]t"
    r"|(?:first )?(?:contacted|messaged|emailed|rang|reached))\b"
    rf"|{_ADVERB_THEN_DEED}"
    # "Pipaluk, who runs the kitchen, says": a clause about a person (not a body's "who run")
    r"|, who (?:is|was|has|had|[a-z]+[^s\W]s|[a-z]+ed)\b"
    rf"|{_FROM_THE_DEED}"
)
#: A nickname in quotes in brackets right after a name: ' ("Gosia", she insists)'.
_NICK_IN_BRACKETS = re.compile(r" ?\([\"\u201c]([A-Z][\w'\u2019-]{1,20})[\"\u201d]")
#: A nickname in quotes after a name and a comma (an age between at most): 'Caridad,
#: "Cachita" to her friends', 'Vytautas, 50s, "Vytas", builder'.
_NICK_AFTER_COMMA = re.compile(
    r",(?: [0-9]{1,2}0?s?,)? [\"\u201c]([A-Z][\w'\u2019-]{1,20})[\"\u201d]"
    r"(?=,| to\b| for short\b| \()"
)
#: An aside in brackets about a person after a name: " (nobody has called him that".
_PERSON_ASIDE = re.compile(
    r" \([^()\n]{0,60}?\b(?:him|her|he|she|his|hers|they|them|their|goes by|aka|known as)\b",
    re.IGNORECASE,
)
#: An aside after a name about how it is written: " (she insists on lower case".
_ASIDE_ABOUT_NAME = re.compile(
    r" \([^()\n]{0,40}?\b(?:name|lower ?case|capital letters?|writes it|spells? it)\b",
    re.IGNORECASE,
)
#: An aside after initials that says a person goes by them: " (he goes by his initials".
_ASIDE_ON_INITIALS = re.compile(
    r" \([^()\n]{0,40}?\b(?:initials|goes by|went by|known as|calls? (?:him|her))\b",
    re.IGNORECASE,
)
#: An aside after a word of no list on the nickname it is: " (everyone has a nickname here".
_ASIDE_ABOUT_NICKNAME = re.compile(r" \([^()\n]{0,40}?\bnickname", re.IGNORECASE)
#: Words after a name that address its bearer: " if you see this", ", if you're reading".
#: Thanks after a name that opens a paragraph and a comma, a few words of address between:
#: ", e koro — thank you", ", thanks for".
_THANKED = re.compile(
    r",(?:[ \t]+[\w'\u2019-]+){0,3}[ \t]*(?:[-\u2013\u2014,][ \t]*)?(?:thank you|thanks)\b",
    re.IGNORECASE,
)
_IF_YOU_SEE = re.compile(
    # "tam if by some miracle you ever read this"
    r",? if (?:(?:by (?:some |any )?(?:miracle|chance) |somehow |ever )?)"
    r"(?:you(?:'re| are)? (?:\w+ ){0,2}(?:see|read|reading|seeing|find)\b"
    r"|this (?:\w+ ){0,2}reaches you\b)",
    re.IGNORECASE,
)
#: An age in digits set off by commas after a word: ", 52,".
_AGE_IN_DIGITS_AFTER = re.compile(r", 1?\d{1,2},")
#: What a person is or did after their age set off by commas: " came back", " a widow".
_PERSON_AFTER_AN_AGE = re.compile(
    r" (?:came|comes|come|has|had|is|was|lives|lived|moved|started|arrived|told|said|asked"
    r"|a|an|retired|widowed|married|single|divorced|mother|father|born|from|who)\b"
)
_AGE_AFTER = re.compile(
    r"(?:,\s?|\s\(|, who['\u2019]s |, who is )(?:1?\d{1,2}|[1-9]0s"
    # a part of a decade: "Jerome, mid-30s, third admission", "Ana, early twenties,"
    r"|(?:early|mid|late)[- ](?:[1-9]0s|twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|nineties)"
    # in words: "Pimbaikrei, twenty-two, first-generation"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen"
    # a school's grade or year: "Siond, fourth grade, was referred"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th)) grade|grade \d{1,2}|year \d{1,2})"
    # not a count of things: "Tea, 3 glasses each time"
    r"(?:,(?!\d)|\)|\s(?!(?!years\b|yrs\b|months\b|weeks\b)[a-z]+s\b)|\.(?!\d)|$)"
)
# A line that signs a post off: "— Kwame", "- mo", "~ Lupe".
_SIGN_OFF_GAP = re.compile(r"(?:^|\n)[ \t]*[-\u2013\u2014~]+[ \t]*$")
_BREAK = frozenset(".!?\n;:\u2026")
_CAPS_ACRONYMS = NON_ORG_ACRONYMS | frozenset(w.upper() for w in CLINICAL_WORDS)

# Never a name whatever stands before it.
_NEVER = STOP
# Never a name, even after a title.
_FUNCTION = FUNCTION_WORDS | PRONOUNS | NOT_NAMES
# Not a name without a cue.
_NOT_ALONE = STOP | SOFT_STOP | FOREIGN | REGION | GENERIC | TITLE | OTHER_STOP


@attrs.frozen
class NameDetector:
    """
    Find names of people.

    Rules, strongest first: a naming cue ("named Will", "calls him Dre"); a title ("Dr.
    Patel", "Miss Pauline", "Bác Bảo"); a word for a person ("my client Sarah", "her son
    jake"); a possessive before a family word ("Maria's mom"); a greeting or a sign-off;
    speech ("said Tomasz", "Marisol told me"); commas after a word for a person; an age in
    commas or brackets after it; a nickname in quotes between two names; a capitalised word
    in the name lists that is no English word; a name that is also a word, alone and
    capitalised in mid-sentence; a lowercase word in the lists that is no English word; an
    unknown capitalised word with a possessive or before a verb said of people; a surname in
    the plural ("the Okafors"). A name is extended over a following surname, particles and an
    initial, and back over a given name before it.

    .. versionadded:: 0.1.0
    """

    name: str = "name"
    #: The text's language (a BCP 47 tag) when known: the English rules run only on
    #: English text (and text whose language is unknown but reads as English).
    language: str | None = attrs.field(default=None, kw_only=True)

    def detect(self, text: str) -> Iterator[Detection]:  # noqa: PLR0912, PLR0915 - one rule per branch
        """
        Find names in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per name.
        """
        ws = words(text)
        lex = lexicon()
        english = is_english_tag(self.language) and text_reads_as_english(text)
        creole = english and text_reads_as_creole(text)
        n = len(ws)
        done = 0  # the words before this index are taken
        # Most words cannot start a name: only those that may on their own, those after a
        # cue (a title, "named", "client", "Hi"...), possessives and words starting a line.
        starts = _candidates(ws)
        quoted = english and ('"' in text or "\u201c" in text)
        quoted_small = quoted or (english and ("'" in text or "\u2018" in text))
        things = (
            _things_named(ws)
            if english and not _NAMING_VERBS.isdisjoint(prepared(text).words)
            else frozenset()
        )
        # "Frida Kahlo", "Mister Rogers": every word of a public figure's or a body's name.
        generic, generic_last = generic_runs(text) if english else (frozenset(), frozenset())
        for i in starts:
            if i >= done and i in generic and _client_named_as_figure(ws, i):
                # "my client Lewis Hamilton, 15": a person the writer works with, whatever
                # famous name they share
                j = i
                while j + 1 < n and j + 1 in generic and ws[j + 1].gap == " ":
                    j += 1
                if not _figure_named_whole(ws, i, j):
                    continue
                while (
                    j + 1 < n
                    and ws[j + 1].gap == " "
                    and not ws[j].possessive
                    and (j + 1 in generic or (ws[j + 1].cap and not ws[j + 1].flags & STOP))
                ):
                    j += 1  # and a surname of their own: "her son Bob Marley Smith"
                yield self._hit(
                    ws[i].start, ws[j].end, 0.85, "a public figure's name after a client cue"
                )
                done = j + 1
                continue
            if (
                i < done
                or i >= n
                or (things and ws[i].key in things)
                # "Wi did go", "wid Har": Creole's own small words, no names
                or (creole and ws[i].low in CREOLE_WORDS)
                or i in generic
                # a public figure's surname or a character of a work the text names, unless a
                # title or a word for a person stands before it ("my client Matilda")
                or (
                    ws[i].key in generic_last
                    and not (
                        i
                        and (
                            (ws[i - 1].flags & TITLE and ws[i - 1].text[:1].isupper())
                            or ws[i - 1].low in RELATION_CUES
                        )
                        and not _titled_character(text, ws, i)
                    )
                )
                # "67F, Dominican", "5ft", "10am": a letter or two glued to a number
                or (len(ws[i].text) <= 2 and ws[i].gap[-1:].isdigit())
                # "twelve Lolas and Lolos": words for kin in the plural
                or (
                    ws[i].low.endswith("s")
                    and ws[i].low[:-1] in KINSHIP_WORDS
                    and ws[i].low not in KINSHIP_WORDS  # "Pops" is one man
                    # "Amos", "Das", "Papas": a given name or a surname, no plural of "amo"
                    and not ws[i].flags & (GIVEN | FAMILY)
                    and not (i and ws[i - 1].flags & TITLE)
                )
            ):
                continue
            if not english:
                found = _titled(ws, i, english=False) or _named_with_age(text, ws, i)
            else:
                nick = _nickname(ws, i)
                if nick is not None:
                    for a, b in nick:
                        yield self._hit(ws[a].start, ws[b].end, 0.85, "nickname in quotes")
                    # and the whole, quotes and all, with a given name before it: "Luzviminda
                    # 'Luz' Pacquing", "Maria Lourdes 'Lulu' Dimaculangan"
                    first = _name_start(ws, i, done, lex, "name")
                    if first < i or ws[nick[1][0]].gap[-1:] in {"'", "\u2018"}:
                        whole = (ws[first].start, ws[nick[-1][1]].end)
                        yield self._hit(*whole, 0.85, "nickname in quotes")
                    done = nick[-1][1] + 1
                    continue
                found = (
                    _start(text, ws, i, lex)
                    if _may_start(ws, i)
                    else _if_you_see(text, ws, i) or _paragraph_subject(text, ws, i, lex)
                )
                if found is None and i > 1 and ws[i - 1].low == "about":
                    found = _story_about(text, ws, i)  # "this is about zsófi."
                if found is None and i > 1 and ws[i - 1].low in _ITS:
                    found = _introduced_in_a_message(text, ws, i)  # "hi miss its lupita"
                if found is None and (ws[i].initial or ws[i].gap[:1] == ","):
                    # "..., Marc-André Tremblay, 19 ans,", "Jordan Bird was nineteen when"
                    found = _named_with_age(text, ws, i) or _subject_with_age(text, ws, i)
            if found is None:
                continue
            quote = _quote_start(ws, i) if quoted else None
            if quote is not None and _work_title(ws, quote):
                done = _quote_end(ws, quote) + 1  # 'he picked "Sweet Caroline"'
                continue
            if quoted and in_quoted_title(text, ws[i].start, ws[i].end):
                continue  # '"Always Look on the Bright Side of Life"': a long title
            score, reason, mode = found
            j = _extend(ws, i, mode)
            first = _name_start(ws, i, done, lex, mode)
            if (
                (first < j and _not_a_person(text, ws, first, j, lex))
                or _title_of_mary(text, ws, first)  # "a statue of Our Lady of Fatima"
                # "Mandela Day"; "my client Kiri Day" is a person
                or (score < 0.85 and event_follows(ws, j))
                or performed(ws, first)
                # 'Archie Roach's "Took the Children Away"': a title's author
                or (
                    ws[j].possessive
                    and j + 1 < n
                    and ws[j + 1].gap in _QUOTE_OPEN
                    and ws[j + 1].cap
                    and _QUOTED_TITLE_ENDS.match(text, ws[j + 1].start) is not None
                )
                # "a lot of Queen on it" (not "a lot of Connemara", no listed name)
                or (ws[first].flags & LISTED and much_of(ws, first))
                or (score < 0.85 and (_eponym(ws, j) or (j > first and ws[j].low in EPONYM_NOUNS)))
                or _region_tail(text, ws, first, j, lex)
                # "La Muerte", "El Corazón" where the text plays Lotería: an article and a
                # word the text names no one by
                or (
                    first < j
                    and ws[j].key in generic_last
                    and all(ws[k].flags & OTHER_STOP for k in range(first, j))
                )
            ):
                done = j + 1
                continue
            end = _name_end(text, ws, first, j, mode)
            yield from self._name_and_nickname(text, ws[first].start, end, score, reason)
            done = j + 1
            # "Maria Lourdes 'Lulu' Dimaculangan": a nickname in quotes and a surname after
            nick = _nickname(ws, j) if quoted_small else None
            if nick is not None:
                yield self._hit(ws[first].start, ws[nick[-1][1]].end, 0.85, "nickname in quotes")
                done = nick[-1][1] + 1
        if english:
            yield from self._initials_and_sign_off(text)

    def _said_to_be_names(self, text: str) -> Iterator[Detection]:
        """Find any word the text says is a name: "(yes, Both is his surname, it's Nuer"."""
        if "name" in text:
            for m in _SAID_TO_BE_A_NAME.finditer(text):
                if (
                    m.group("id").lower() not in _NOT_SAID_TO_BE_A_NAME
                    and m.group("id").lower() not in KINSHIP_WORDS
                    # "Love is her pet name for everyone": what the person calls others
                    and not text.startswith(" for ", m.end())
                ):
                    yield self._hit(m.start("id"), m.end("id"), 0.7, "a word said to be a name")

    def _signed_initials(self, text: str) -> Iterator[Detection]:
        """Find initials after a word that says a record was signed: "Sign. HBJ"."""
        if "ign" in text or "Sgd" in text:
            for m in _SIGNED_INITIALS.finditer(text):
                if m.group("id") not in _CAPS_ACRONYMS:
                    yield self._hit(m.start("id"), m.end("id"), 0.7, "initials after 'signed'")

    def _initials_and_sign_off(self, text: str) -> Iterator[Detection]:
        """Find initials after a cue, a name alone on a post's last line and a nickname."""
        if " to " in text and any(cue in text for cue in _TO_ALL_CUES):
            for m in _NICKNAME_TO_ALL.finditer(text):
                before = _WORD_BEFORE_COMMA.search(text, max(0, m.start() - 24), m.start())
                if (
                    m.group("id").lower() not in KINSHIP_WORDS
                    and before is not None
                    and before.group(1)[0].isupper()
                    and before.group(1).lower() not in _ADDRESS_BEFORE
                ):
                    yield self._hit(m.start("id"), m.end("id"), 0.7, "a nickname 'to everyone'")
        yield from self._said_to_be_names(text)
        yield from self._sign_off(text)
        yield from self._signed_in_quotes(text)
        yield from self._signed_initials(text)
        found: set[str] = set()
        at: set[tuple[int, int]] = set()  # where the rules below found them
        state = prepared(text)
        # Initials given as a name, in either case: "goes by j.r.", "everyone calls him T.J.".
        shape = state.shape
        if _alone_before_stop(shape, _INITIALS_SHAPES) and not _INITIALS_NAMED_CUES.isdisjoint(
            state.words
        ):
            named = _INITIALS_NAMED.finditer(text)
            # not "Seen U.S. doctors"
            for m in (
                m for m in named if m.group("id").replace(" ", "") not in _COMMON_INITIALISMS
            ):
                found.add(m.group("id"))
                at.add(m.span("id"))
                yield self._hit(m.start("id"), m.end("id"), 0.75, "initials after a naming cue")
        if not found and not _alone_before_stop(shape, (b"A.",)):
            return  # no capital alone before a full stop: no initials
        if not _INITIAL_CUES.isdisjoint(state.words):
            for m in _INITIALS.finditer(text):
                found.add(m.group("id"))
                at.add(m.span("id"))
                yield self._hit(m.start("id"), m.end("id"), 0.75, "initials after a cue")
        for m in _INITIALS_ACTING.finditer(text):
            if m.group("id").replace(" ", "") not in _COMMON_INITIALISMS:
                found.add(m.group("id"))
                at.add(m.span("id"))
                yield self._hit(m.start("id"), m.end("id"), 0.65, "initials acting as a person")
        for m in _INITIAL_ACTING.finditer(text):
            found.add(m.group("id"))
            at.add(m.span("id"))
            yield self._hit(m.start("id"), m.end("id"), 0.6, "an initial acting as a person")
        for d in self._two_initials(text, found):
            at.add((d.start, d.end))
            yield d
        yield from self._initial_after_role(text)
        yield from self._initials_again(text, found, at)

    def _initials_again(
        self, text: str, found: set[str], at: set[tuple[int, int]]
    ) -> Iterator[Detection]:
        """
        Find the initials *found* wherever else they stand: "J.T. and A.M., were ... J.T. was".

        Not again where a rule found them (the spans *at*).
        """
        for value in found:
            for m in re.finditer(rf"(?<![\w.]){re.escape(value)}(?!\w)", text):
                if m.span() not in at:
                    yield self._hit(*m.span(), 0.65, "initials found elsewhere in the text")

    def _two_initials(self, text: str, found: set[str]) -> Iterator[Detection]:
        """Find two initials with their full stops, no cue needed: "I sat with J.R. for"."""
        for m in _TWO_INITIALS.finditer(text):
            value = m.group()
            bare = value.replace(" ", "")
            if value in found or bare in _COMMON_INITIALISMS:  # "U.S. (as he calls it)"
                continue
            if (
                # "J.P. (he goes by his initials)" opening a paragraph: a person's, before an
                # aside about them; an abbreviation ("N.B.", "O.D.") only where the aside
                # says they are initials
                (m.start() == 0 or text[m.start() - 1] == "\n")
                and _PERSON_ASIDE.match(text, m.end()) is not None
                and (
                    bare not in _DOTTED_ABBREVIATIONS
                    or _ASIDE_ON_INITIALS.match(text, m.end()) is not None
                )
            ) or (
                bare not in _DOTTED_ABBREVIATIONS
                # "She's an N.P. now", "in N.J.", "a T.B. test", "A.P. classes": a thing
                and _THING_BEFORE_INITIALS.search(text, max(0, m.start() - 8), m.start()) is None
                and _NOUN_AFTER_INITIALS.match(text, m.end()) is None
                and not _public_initials(text, m.start(), m.end())
            ):
                found.add(value)  # and found again wherever else they stand
                yield self._hit(m.start(), m.end(), 0.65, "two initials with their full stops")

    def _names_given_and_recorded(self, text: str) -> Iterator[Detection]:
        """Find a name the writer may use, and a full name before its record's number."""
        if "use " in text and " name" in text:
            # "Client (she said I could use her first name ...): Faith.": the name given
            for m in _NAME_SHE_LETS_USE.finditer(text):
                if not word_flags(m.group("id")) & _NEVER:
                    yield self._hit(m.start("id"), m.end("id"), 0.7, "a name the writer may use")
        yield from self._surname_first(text)
        yield from self._names_set_off(text)
        if _RECORD_CUE_AFTER_GATE.search(text) is None:
            return
        # "Home visit. Somchai Wongsawat, UR PMH-552918.": a full name before its record's number
        for m in _NAME_BEFORE_RECORD.finditer(text):
            start = m.start("id")
            parts = m.group("id").split()
            if len(parts) == 3 and word_flags(parts[0]) & WORD:
                start += len(parts[0]) + 1  # "Saw Mary Jones, DOB": the verb before
                parts = parts[1:]
            if not all(word_flags(p) & WORD for p in parts) and not any(
                word_flags(p) & _NEVER for p in parts
            ):
                yield self._hit(start, m.end("id"), 0.75, "a name before its record")

    def _names_set_off(self, text: str) -> Iterator[Detection]:
        """Find a name small before an age, before who calls one by it, or after a size."""
        state = prepared(text)
        if _alone_before_stop(state.shape, (b"A. ",)):
            # "I saw A. Smith", "Men like M. Bouchard": an initial and a surname in mid-sentence
            for m in _INITIAL_AND_SURNAME.finditer(text):
                flags = word_flags(m.group("surname").title())
                before = _WORD_BEFORE_INITIAL.search(text, max(0, m.start() - 24), m.start())
                if (
                    m.group("initial") != "I"
                    # "vitamin D. Brown rice", "hepatitis C. Kelly": a letter that ends a word
                    and (before is None or before.group(1).lower() not in _TAKES_A_LETTER)
                    # not a middle initial ("Chuck E. Cheese"), nor a sex ("30 y/o M. Mood");
                    # after a title, as "Mr W. KOWALCZYK"
                    and (
                        before is None
                        or not before.group(1)[:1].isupper()
                        or bool(word_flags(before.group(1)) & TITLE)
                    )
                    and (before is None or before.group(1).lower() not in {"y/o", "yo", "old"})
                    and not flags & (_NEVER | TITLE)
                    and (flags & FAMILY or not flags & WORD)
                    and not flags & REGION
                ):
                    yield self._hit(m.start(), m.end(), 0.7, "an initial and a surname")
        if not _SMALL_NAME_PERSONS.isdisjoint(state.words):
            # "this uncle, tan ah kow, 71 this year,": a name written small, set off by commas
            # between a word for a person and the person's age
            for m in _SMALL_NAME_WITH_AGE.finditer(text):
                parts = m.group("id").split()
                each = [word_flags(p) for p in parts]
                if (
                    not any(f & _NEVER for f in each)
                    and not KINSHIP_WORDS.intersection(parts)
                    and any(not f & ENGLISH or (f & GIVEN and not f & COMMON) for f in each)
                ):
                    yield self._hit(
                        m.start("id"), m.end("id"), 0.65, "a name written small before an age"
                    )
        yield from self._names_by_cue(text)

    def _name_and_role_signing(self, text: str) -> Iterator[Detection]:
        """Find a name and its role's letters signing a post: "I'll miss them. Bea, CPN"."""
        signed = _NAME_AND_ROLE_END.search(text, max(0, len(text) - 40))
        if signed is not None and signed.group("role") in _CAPS_ACRONYMS | NON_ORG_ACRONYMS:
            flags = word_flags(signed.group("id"))
            if not flags & (_NEVER | TITLE) and (flags & GIVEN or not flags & WORD):
                yield self._hit(signed.start("id"), signed.end("id"), 0.7, "signs the post")

    def _names_by_cue(self, text: str) -> Iterator[Detection]:
        """Find a name opening a message, before who calls one by it, or after a size."""
        yield from self._name_and_role_signing(text)
        if " here" in text:
            # '"Bimpe here. Remember me?"': a name opening a message
            for m in _NAME_HERE.finditer(text):
                flags = word_flags(m.group("id"))
                if not flags & (_NEVER | TITLE | OTHER_FUNCTION) and (
                    (flags & GIVEN and not flags & COMMON) or not flags & WORD
                ):
                    yield self._hit(m.start("id"), m.end("id"), 0.7, "a name opening a message")
        if ", you" in text or ", I" in text:
            # "Ndeiriokoth, you made my year.": a name addressed at a sentence's start
            for m in _ADDRESSED_YOU.finditer(text):
                flags = word_flags(m.group("id"))
                low = m.group("id").lower()
                if (
                    not flags & (_NEVER | TITLE | ENGLISH)
                    or (flags & GIVEN and not flags & (COMMON | _NEVER | TITLE))
                ) and not (
                    # a role addressed: "Warden, you have to stay", "Doctor, you"
                    low in APPOSITION_NOUNS
                    or low in _ROLES_ADDRESSED
                    # before "I'll", a given name only: not "Welp, I'll" or "Dublin, I'll"
                    or (m.group("will") is not None and not flags & GIVEN)
                    or (m.group("will") is not None and m.group("id") in lexicon().places)
                ):
                    yield self._hit(m.start("id"), m.end("id"), 0.65, "a name addressed")
        if " call" in text:
            # "Now Lose (what her family calls her) is": a name before who calls one by it
            for m in _NAME_BEFORE_WHO_CALLS.finditer(text):
                if not word_flags(m.group("id")) & _NEVER:
                    yield self._hit(
                        m.start("id"), m.end("id"), 0.7, "a name before who calls one by it"
                    )
        if "Big " in text or "Lil " in text or "Wee " in text:
            # "first time i met Big Tone": a nickname of a size and a name, in mid-sentence
            for m in _SIZE_NICKNAME.finditer(text):
                name = m.group("name")
                size_flags = word_flags(name)
                if (
                    name.lower() not in _SIZE_NOT_NICKNAMES
                    and not size_flags & (_NEVER | TITLE)
                    and (size_flags & GIVEN or not size_flags & WORD)
                    and " ".join(m.group().lower().split()) not in GENERIC_ORGANIZATIONS
                ):
                    yield self._hit(m.start(), m.end(), 0.7, "a nickname of a size and a name")

    def _surname_first(self, text: str) -> Iterator[Detection]:
        """Find a surname before a given name in capitals, or in a record's name field."""
        if b"AAA, A" in prepared(text).shape:
            # "LINDQVIST, INGRID", "WÓJCIK, Grażyna": a surname in capitals and a given name
            for m in _CAPS_SURNAME_GIVEN.finditer(text):
                if not m.group("family").isupper():
                    continue
                family = word_flags(m.group("family").title())
                given = word_flags(m.group("given").title())
                if family & FAMILY and given & GIVEN and not (family | given) & (_NEVER | WORD):
                    yield self._hit(
                        m.start(), m.end(), 0.7, "a surname and a given name in capitals"
                    )
        if ":" in text:
            # "> Name: Kakegamic, R.", "Pt: Whitcombe, Ernest |": a record's name field
            for m in _NAME_FIELD.finditer(text):
                first = m.group("family") or m.group("id")
                if m.group("full") is not None:
                    # every word a name's: listed, or no English word
                    parts = [word_flags(p) for p in first.split()]
                    if any(f & (_NEVER | TITLE) or (f & WORD and not f & LISTED) for f in parts):
                        continue
                    yield self._hit(m.start("id"), m.end("id"), 0.8, "a name in a record's field")
                elif "." in first or not (
                    word_flags(first) & (_NEVER | TITLE)
                    # "Patient: Withheld, 45", "Client: Teenager, 15": a word, no name
                    or (
                        " " not in first
                        and word_flags(first) & WORD
                        and not word_flags(first) & LISTED
                    )
                ):
                    yield self._hit(m.start("id"), m.end("id"), 0.8, "a name in a record's field")

    def _speakers(self, text: str) -> Iterator[Detection]:
        """Find the other speaker of a dialogue the writer writes as "Me:" lines."""
        for m in _SPEAKER.finditer(text):
            value = m.group("id")
            flags = word_flags(value)
            if (
                value.lower() not in _NOT_SPEAKERS
                and value.upper() not in _CAPS_ACRONYMS  # "GP: ..."
                and value.lower() not in APPOSITION_NOUNS  # "Daughter: She sang yesterday"
                and not flags & (_NEVER | TITLE)
                and (flags & LISTED or not flags & WORD)
            ):
                yield self._hit(m.start("id"), m.end("id"), 0.7, "a speaker beside 'Me:'")

    def _initial_after_role(self, text: str) -> Iterator[Detection]:
        """Find an initial after a role ("our interpreter, A.,"), or initials before a name."""
        for m in _INITIAL_SET_OFF.finditer(text):
            if _ROLE_BEFORE.search(text, max(0, m.start() - 48), m.start()) is not None:
                yield self._hit(m.start("id"), m.end("id"), 0.65, "an initial after a role")
        for m in _INITIALS_SET_OFF.finditer(text):
            # "A man on my caseload, R.K., is in his forties": as a name set off by commas
            ws = words(text)
            k = bisect.bisect_left(ws, m.start("id"), key=_start_of)
            if m.group("id").replace(" ", "") not in _COMMON_INITIALISMS and _person_before(ws, k):
                yield self._hit(m.start("id"), m.end("id"), 0.65, "initials after a person")
        for m in _INITIALS_BEFORE_WHO.finditer(text):
            # "- J.T., who I've written about here before": initials before "who"
            if m.group("id").replace(" ", "") not in _COMMON_INITIALISMS:
                yield self._hit(m.start("id"), m.end("id"), 0.7, "initials before 'who'")
        for m in _INITIALS_ADDRESSED.finditer(text):
            # "J., if this ever somehow reaches you": initials addressed at a paragraph's start
            value = m.group("id").replace(" ", "")
            if value not in _COMMON_INITIALISMS and value not in _DOTTED_ABBREVIATIONS:
                yield self._hit(m.start("id"), m.end("id"), 0.7, "initials addressed")
        for m in _INITIALS_SIGN_NOTE.finditer(text):
            # '"... even when I was ill. From T.H."': initials signing a note
            if m.group("id").replace(" ", "") not in _COMMON_INITIALISMS:
                yield self._hit(m.start("id"), m.end("id"), 0.7, "initials signing a note")
        for m in _INITIALS_BEFORE_NAME.finditer(text):
            # "an old teacher, K. R. Radhamani,": two initials and a name after them
            last = word_flags(m.group("last"))
            initials = "".join(f"{c}." for c in text[m.start() : m.start("last")] if c.isalpha())
            bare = m.group().lower().removesuffix("'s").removesuffix("\u2019s")
            known = " ".join(re.findall(r"[^\W\d_]+", bare))
            if (
                initials not in _COMMON_INITIALISMS
                and initials != "Q.E.D."
                and known not in GENERIC_ORGANIZATIONS  # "C.S. Lewis", "J.K. Rowling"
                and not last & _NEVER
                and (last & LISTED or not last & WORD)
            ):
                yield self._hit(m.start(), m.end(), 0.7, "initials before a name")

    def _signed_in_quotes(self, text: str) -> Iterator[Detection]:
        """Find a name signed in quotes ('She signed off "Thevia"') or that all call one by."""
        if text.startswith("Me:") or "\nMe:" in text:
            yield from self._speakers(text)
        if " what " in text:
            for m in _WHAT_EVERYBODY_CALLS.finditer(text):
                if not word_flags(m.group("id").split()[0]) & _NEVER:
                    yield self._hit(m.start("id"), m.end("id"), 0.7, "what everybody calls one")
        yield from self._notes_and_headers(text)
        if "apital" in text or "caps" in text or "CAPS" in text or "APITAL" in text:
            yield from self._written_in_capitals(text)
        if "sign" not in text:
            return
        for m in _SIGNED_INITIALS.finditer(text):
            yield self._hit(m.start("id"), m.end("id"), 0.7, "initials signed")
        for m in _SIGNED_IN_QUOTES.finditer(text):
            value = m.group("id")
            if not word_flags(value) & (WORD | _NEVER) and value.lower() not in KINSHIP_WORDS:
                yield self._hit(m.start("id"), m.end("id"), 0.7, "a name signed in quotes")
        for m in _SIGNED_OFF_AS.finditer(text):
            # not a greeting or a blessing of another language: 'signs off with "Namaste"'
            value = m.group("id")
            if (
                not word_flags(value) & (WORD | _NEVER | FOREIGN | TITLE | SOFT_STOP)
                and value.lower() not in KINSHIP_WORDS
                and value.lower() not in _SIGN_OFF_BLESSINGS
            ):
                yield self._hit(m.start("id"), m.end("id"), 0.7, "a name signed off with")

    def _written_in_capitals(self, text: str) -> Iterator[Detection]:
        """
        Find a name the text says is written in capitals, near where it says so.

        "She writes her name in capitals on her notebook, RIASUS,", "signed the register in
        big capital letters: DOAS NDINUL.": the run of words in capitals nearest to
        "capitals", "capital letters" or "caps", where a name, a signature or a spelling is
        spoken of; its words of no list and no dictionary, no initialism, up to the first
        word in use ("HAIKROUMAL IS DRIVING AGAIN").
        """
        for said in _CAPITALS_SAID.finditer(text):
            start = max(0, said.start() - 80, text.rfind("\n\n", 0, said.start()) + 1)
            end = min(len(text), said.end() + 100)
            paragraph_end = text.find("\n\n", said.end())
            if paragraph_end != -1:
                end = min(end, paragraph_end)
            if _NAME_SPOKEN_OF.search(text, start, end) is None:
                continue  # "the subject line in all caps": no name spoken of
            runs = list(_CAPITALS_RUN.finditer(text, start, end))
            if not runs:
                continue
            m = min(runs, key=lambda r: max(r.start() - said.end(), said.start() - r.end()))
            first = last = None
            places = lexicon().places
            for w in _CAPITAL_WORD.finditer(m.group()):
                word = w.group()
                if (
                    word_flags(word.title()) & _NOT_A_NAME_IN_CAPITALS
                    or word in _CAPS_ACRONYMS
                    or word.title() in places
                    # the first word a name's length; a surname after it may be short
                    or (len(word) < 4 if first is None else len(word) < 2)
                    or sum(c in "AEIOUY" for c in word) < (2 if first is None else 1)
                ):
                    break
                first = w.start() if first is None else first
                last = w.end()
            if first is not None and last is not None:
                yield self._hit(m.start() + first, m.start() + last, 0.65, "written in capitals")

    def _notes_and_headers(self, text: str) -> Iterator[Detection]:
        """Find a name in a record's header and one that signs a quoted note."""
        if "MRN" in text or "DOB" in text or _AGE_AND_SEX.search(text) is not None:
            # 'RE: PELLETIER, GORDON MRN 00418876', '"KALANI, DOROTHY, 74 F, MDD"': a record's
            # header, surname first
            for m in _RECORD_HEADER_NAME.finditer(text):
                given = m.group("id").rsplit(" ", 1)[-1]
                if word_flags(given.title()) & GIVEN:
                    yield self._hit(m.start("id"), m.end("id"), 0.8, "a name in a record's header")
        yield from self._names_given_and_recorded(text)
        # '... the breathing thing. — Gord"', '... enough of them. R."': a name or an initial
        # that signs a note quoted, looked for back from each closing quote
        dashes = "\u2014" in text or "\u2013" in text or " -" in text
        for end in _closing_quotes(text):
            window = max(0, end - 32)
            dashed = _DASH_SIGNS_QUOTE.search(text, window, end) if dashes else None
            if dashed is not None:
                value = dashed.group("id")
                if value.lower() not in KINSHIP_WORDS and not word_flags(value) & (_NEVER | WORD):
                    end_at = _initial_end(text, dashed.start("id"), dashed.end("id"))
                    yield self._hit(dashed.start("id"), end_at, 0.6, "signs a note quoted")
                continue
            initial = (
                _INITIAL_ENDS_QUOTE.search(text, window, end)
                if text[end - 2 : end - 1].isupper()
                and text[end - 1] == "."
                and (end + 1 == len(text) or text[end + 1].isspace())
                else None
            )
            if initial is not None:
                reason = "an initial that signs a note"
                yield self._hit(initial.start("id"), initial.end("id"), 0.6, reason)
            elif text[end - 1 : end] == "x":
                kissed = _KISSES_SIGN_QUOTE.search(text, window, end)
                if kissed is not None and not word_flags(kissed.group("id")) & (
                    _NEVER | TITLE | COMMON  # not "Love x"
                ):
                    reason = "signs a note quoted"
                    yield self._hit(kissed.start("id"), kissed.end("id"), 0.6, reason)

    def _sign_off(self, text: str) -> Iterator[Detection]:
        """Find a name alone on a post's last line, after a closing or a blank line."""
        closing = _CLOSING_SIGN_OFF.search(text, max(0, len(text) - 64))
        if (
            closing is not None
            and not word_flags(closing.group("id")) & (WORD | _NEVER)
            and closing.group("id") not in _CAPS_ACRONYMS  # "Kind regards,\nCMHN"
            and not _kin_only(closing.group("id"))  # "Grazie, Nonna."
        ):
            yield self._hit(closing.start("id"), closing.end("id"), 0.7, "signs the post")
            return
        initials = _LAST_LINE_INITIALS.search(text, max(0, len(text) - 32))
        if (
            initials is not None
            and initials.group("id").replace(" ", "") not in _COMMON_INITIALISMS
        ):
            yield self._hit(initials.start("id"), initials.end("id"), 0.65, "signs the post")
            return
        last = _LAST_LINE_NAME.search(text, max(0, len(text) - 80))
        tail = last.group("tail") if last is not None else None
        if tail is not None and tail.strip(", \t").split(" ")[0] in AUDIENCE_WORDS:
            return  # "Saħħa, everyone.": a word to all, no name
        if last is not None and _kin_only(last.group("id")):
            return  # '"Grazie, Nonna."': a grandmother thanked, no name
        if last is not None and _signs(
            last.group("id"),
            tail=tail is not None,
            bare=text.rstrip().endswith(last.group("id")),
            closing=last.group().startswith(","),
        ):
            end_at = _initial_end(text, last.start("id"), last.end("id"))
            yield self._hit(last.start("id"), end_at, 0.65, "signs the post")
            return
        dashed = _DASHED_SMALL_SIGN_OFF.search(text, max(0, len(text) - 40))
        if dashed is not None and not word_flags(dashed.group("id")) & (ENGLISH | _NEVER):
            yield self._hit(dashed.start("id"), dashed.end("id"), 0.6, "signs the post")

    def _name_and_nickname(
        self, text: str, start: int, end: int, score: float, reason: str
    ) -> Iterator[Detection]:
        """Yield a name, and a nickname in brackets right after it ('Małgorzata ("Gosia")')."""
        yield self._hit(start, end, score, reason)
        nick = (
            _NICK_IN_BRACKETS.match(text, end)
            or _NICK_AFTER_COMMA.match(text, end)
            or _INITIALS_IN_BRACKETS.match(text, end)  # "Krzysztof Wiśniewski (K.W. on the"
        )
        # not a title explained: 'Pak Sutrisno ("Pak" is a respectful title'
        if nick is not None and not word_flags(nick.group(1).split()[0]) & TITLE:
            yield self._hit(nick.start(1), nick.end(1), 0.8, "nickname in quotes after a name")

    def _hit(self, start: int, end: int, score: float, reason: str) -> Detection:
        return trusted_detection(start, end, PhiCategory.NAME, score, self.name, reason)


def _initial_end(text: str, start: int, end: int) -> int:
    """Return the end of a name that signs, with the full stop of an initial: "— M."."""
    if end - start == 1 and text[start].isupper() and text.startswith(".", end):
        return end + 1
    return end


#: Initials in brackets right after a name: "Krzysztof Wiśniewski (K.W. on the job site".
_INITIALS_IN_BRACKETS = re.compile(r" \(([A-Z]\.(?:[A-Z]\.)+)(?=[ ,;)])")


# --------------------------------------------------------------------------- the rules

Found = tuple[float, str, str]


_ENGLISH_OR_LISTED = ENGLISH | LISTED


def _candidates(ws: tuple[Word, ...]) -> list[int]:
    """Return the words that may start a name, by their own bits or a cue before them."""
    cue = False
    starts = []
    last = len(ws) - 1
    acts = _ACTS_AFTER_NAME
    for k, w in enumerate(ws):
        f = w.flags
        if cue or f & NAME_START or w.possessive or "\n" in w.gap:
            starts.append(k)
        elif w.gap == ", " and (
            not f & _ENGLISH_OR_LISTED
            or (f & GIVEN and not f & WORD)
            # "one of our girls, jade, has": a given name that is a word, between commas
            or (f & GIVEN and k < last and ws[k + 1].gap.startswith(", "))
        ):
            starts.append(k)  # "a young woman, zeril, 19,", "one of our lads, kyle (he"
        # "since he was 13, wuyoal, hes 17 now": a word of no list written small after a
        # number and a comma, set off before what a person did
        elif (
            not f & _ENGLISH_OR_LISTED
            and w.gap.endswith(", ")
            and w.text.islower()
            and _small_name_set_off_before_verb(ws, k)
        ):
            starts.append(k)
        # "autumn lost her dad": a given name (or a word of no list) written small before a
        # verb said of people or what clients do; "trinity is 14": before its age
        elif (f & GIVEN or not f & _ENGLISH_OR_LISTED) and k < last:
            after = ws[k + 1].low
            if (
                after in acts
                or after == "if"  # "koaden if you see this", "gift if you ever read this"
                or (
                    after in {"is", "was"}
                    and k + 2 <= last
                    and any(c.isdigit() for c in ws[k + 2].gap)
                )
                # "willow (she writes it lowercase": before an aside
                or (f & GIVEN and ws[k + 1].gap.startswith(" ("))
            ):
                starts.append(k)
        # "Gizmo, real name Bartholomew": a nickname that is a word, before its name
        elif w.cap and k < last and ws[k + 1].low == "real" and ws[k + 1].gap in _REAL_GAPS:
            starts.append(k)
        low = w.low
        cue = bool(f & NAME_CUE) or (
            low in _CUE_WORDS
            and (
                low in {"about", "calls", "call"}  # "this is about zsófi.", "everybody calls shug"
                # "short for" names what follows, though "for" alone is no cue
                or (low == "for" and k > 0 and ws[k - 1].low == "short")
                or (low in _ITS and k > 0 and ws[k - 1].low in _MESSAGE_OPENERS)  # "miss its"
            )
        )
    return starts


def _small_word_of_no_list(w: Word) -> bool:
    """Tell whether *w* is a word of no list or language written small, a name's shape."""
    return (
        w.text.islower()
        and len(w.low) >= 3
        and not w.flags & (ENGLISH | LISTED | FOREIGN | STOP | SOFT_STOP)
        and _may_be_small_name(w)
    )


def _small_name_set_off_before_verb(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* and the word of no list after it, if any, end before ", asked".

    A word for a person stands in the ten words before: "kid i met on a crisis call last
    winter, lainyeix miyounyiax, asked" (not "he was 12, bruv, hes 14 now").
    """
    n = len(ws)
    if i + 1 < n and ws[i + 1].gap == ", ":
        if ws[i + 1].low not in _SAID_OR_AGED:
            return False  # the usual case
    elif not (
        i + 2 < n
        and ws[i + 2].gap == ", "
        and ws[i + 2].low in _SAID_OR_AGED
        and ws[i + 1].gap == " "
        and _small_word_of_no_list(ws[i + 1])
    ):
        return False
    return any(ws[k].low in _PEOPLE_BEFORE_A_NAME for k in range(max(0, i - 10), i))


#: What a person did after a name in capitals: "ZANELE posted", "THABO came" (not "is" or
#: "was": "her son FOMO is real", "her daughter ATAR was high enough").
_DEEDS_AFTER_CAPITALS = (_DONE_AFTER_A_NAME - {"is", "was", "has", "had", "who"}) | frozenset(
    {"posted", "commented", "replied", "messaged"}
)
#: Words for a person in the clause before a name set off by commas.
_PEOPLE_BEFORE_A_NAME = (
    PERSON_NOUNS
    | STRONG_RELATION_CUES
    | frozenset({"kid", "boy", "girl", "man", "woman", "guy", "lady", "teen", "teenager"})
)
#: Verbs only people do, and a person's age told: ", asked", ", hes 17 now".
_SAID_OR_AGED = _SAID_BY_PEOPLE_ONLY | {"hes", "shes", "he's", "she's", "he\u2019s", "she\u2019s"}


#: Words for who posts on a forum, before a handle set off by commas: "a new member,".
_FORUM_MEMBERS = frozenset({"member", "user", "poster", "commenter", "lurker"})


def _may_start(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i*, after a cue, may still start a name (no function word...)."""
    w = ws[i]
    f = w.flags
    titled = i > 0 and ws[i - 1].flags & TITLE
    if titled:
        return True
    if f & STOP:
        # "I'll call him Geordie": a people's name the writer gives someone
        return (
            (
                w.cap
                and i >= 2
                and w.low in LANGUAGES_AND_PEOPLES
                and ws[i - 2].low == "call"
                and ws[i - 1].low in {"him", "her", "them"}
            )
            or (
                # "goes by Ty,": a listed name that is also a small word, after a naming cue
                w.cap and bool(f & LISTED) and i > 0 and ws[i - 1].low in _NAMED_LAST
            )
            or _small_word_given_after_relative(ws, i)
        )
    # "my client bongani": after a word for a person, a lowercase word of no language
    cued = not f & ENGLISH and ws[i - 1].low in RELATION_CUES and _owned_cue(ws, i)
    # "ndokreweil rang me", "ndokreweil is 42": a word of no list before what people do
    acts = (
        not f & (ENGLISH | LISTED | FOREIGN)
        and _may_be_small_name(w)
        and i + 1 < len(ws)
        and (
            ws[i + 1].low in _SAID_BY_PEOPLE_ONLY
            or ws[i + 1].low in {"is", "was"}
            # set off by commas after a word for a person, by a writer who writes small: "a
            # young woman, zeril, 19," (not "failed sertraline, venlafaxine, bupropion")
            or (
                w.gap == ", "
                and _person_before(ws, i)
                # or before an aside: "one of the boys, chepe (everyone has a nickname"; a
                # longer word closed by a comma after a forum's member, a handle: "a new
                # member, quietmango, posted"
                and (
                    writes_lowercase(ws)
                    or ws[i + 1].gap.startswith(" (")
                    or (
                        ws[i - 1].low in _FORUM_MEMBERS
                        and len(w.low) >= 5
                        and ws[i + 1].gap.startswith(", ")
                    )
                )
            )
            or (w.possessive and ws[i + 1].low in FAMILY_AFTER)  # "hiax's mom"
            or (w.gap.endswith(", ") and _small_name_set_off_before_verb(ws, i))
        )
    )
    # "her name was clemency —": after a naming cue, rule 1 decides
    named = not f & STOP and _after_naming_cue(ws, i)
    return bool(w.cap or w.upper or f & LISTED or cued or acts or named)


#: A title written before a name, its full stop optional: "Dr", "Mrs.".
_TITLE_BEFORE = (
    rf"(?:{'|'.join(sorted((t.title() for t in _PERSON_TITLES), key=lambda t: (-len(t), t)))})\.?"
)
#: A handle in brackets after a signature: "(dustyroads_bev)", "(@jay_yw on the other site)".
_HANDLE_IN_BRACKETS = re.compile(r"\(@?[\w.]+(?: on [^()\n]{1,40})?\)")
#: Initials that stand for someone: after a title ("Ms. J.T."), after "initials" ("by her
#: initials, R.K.,") or in a signature ('signed "T.C."', 'signs his emails "L.B.').
_INITIALS = re.compile(
    rf"(?:\b{_TITLE_BEFORE}[ \t]+"
    r"|\binitials?,?[ \t]+(?:(?:is|are|was|were|of|only)[ \t]+)?"
    r"|\bsign(?:ed|s|ing)[ \t]+(?:\w+[ \t]+){0,4}?(?:as[ \t]+)?[\"\u201c])"
    # the initials, and after a title the surname after them ("Dr K. R. Menon")
    r"(?P<id>[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}"
    r"(?:[ \t](?!(?:The|Then|This|That|These|There|He|She|They|We|It|And|But|So|When|After"
    r"|Before|In|On|At|If|My|Our|His|Her)\b)[A-Z][a-z][\w'\u2019-]*)?)(?![\w.])"
)
#: Initials after a naming cue, in either case: "goes by j.r.", "calls him T.J.".
_INITIALS_NAMED = re.compile(
    r"\b(?:go(?:es|ing)? by|went by|known as|calls? (?:him|her|them|me)|called"
    r"|(?i:all|everyone|everybody|we|i['\u2019]ll|i will|we['\u2019]ll|let['\u2019]s) call"
    r"(?: (?:him|her|them))?"
    # "a man I'll refer to as J.B.", a record's "Reviewed R.T. (custody no."
    r"|refer(?:red)? to (?:(?:him|her|them) )?as"
    r"|(?:Reviewed|Assessed|Seen|Saw|Visited)(?=[ \t]+[A-Z]\.[ ]?[A-Z]\.))[ \t]+"
    r"(?P<id>[a-zA-Z]\.[ ]?[a-zA-Z]\.(?:[ ]?[a-zA-Z]\.)?)(?!\w)"
)
#: Two capitals, each with its full stop, alone: "J.R." (not "J.R.R.", nor "U.S.A.").
_TWO_INITIALS = re.compile(r"(?<![\w.&])[A-Z]\.[ ]?[A-Z]\.(?![\w.&]|[ ]?[A-Z]\.)")
#: A word before initials that makes them a thing's: "an N.P.", "the D.A.", "in N.J.".
_THING_BEFORE_INITIALS = re.compile(r"\b(?:a|an|the|in)[ \t]+$", re.IGNORECASE)
#: A noun written small after initials: "a T.B. test", "A.P. classes".
_NOUN_AFTER_INITIALS = re.compile(
    r"[ \t]+(?:classes|class|exam|exams|course|courses|degree|program|programme|office)\b"
    # a postal code's cue: Mexico's "C.P. 04000"
    "|(?:"
    + "|".join(f"(?<={re.escape(c)})" for c in POSTAL_CODE_INITIALS)
    + r")[ \t]*[0-9]{5}(?![0-9])"
)
#: Abbreviations of two letters with full stops that no person is: "O.K.", "T.V.", "P.C." (a
#: police constable), "P.D." (a postscript in Spanish).
_DOTTED_ABBREVIATIONS = frozenset(
    {"O.K.", "T.V.", "I.D.", "N.B.", "I.E.", "E.G.", "B.D.", "O.D.", "D.V.", "E.R.", "P.D."}
    | {"E.T.", "R.V.", "S.F.", "A.I.", "A.C.", "D.J.", "M.C.", "V.P.", "C.O.", "G.I.", "P.E."}
    | {"R.E.", "H.R.", "I.T.", "P.R.", "Q.C.", "K.C.", "M.P.", "J.P.", "P.C.", "D.S.", "D.I."}
    | {"S.W.", "E.D.", "I.V.", "C.V.", "B.B.", "N.T.", "W.A.", "Q.E.", "N.P.", "D.A.", "T.B."}
    | {"A.P.", "N.J.", "P.O."}
)


def _public_initials(text: str, start: int, end: int) -> bool:
    """Tell whether the initials at *start*..*end* begin a public figure's name: "C.S. Lewis"."""
    after = _NAME_AFTER_INITIALS.match(text, end)
    if after is None:
        return False
    surname = after.group(1).removesuffix("'s").removesuffix("\u2019s")
    known = " ".join(re.findall(r"[^\W\d_]+", f"{text[start:end]} {surname}".lower()))
    return known in GENERIC_ORGANIZATIONS


#: The capitalised word after initials: "C.S. Lewis", "J.K. Rowling's".
_NAME_AFTER_INITIALS = re.compile(r" ([A-Z][\w'\u2019-]+)")
#: Two letters alone before full stops, in a text's shape: initials in either case.
_INITIALS_SHAPES = (b"A.A.", b"A. A.", b"a.a.", b"a. a.")


def _alone_before_stop(shape: bytes, patterns: tuple[bytes, ...]) -> bool:
    """
    Tell whether one of *patterns* stands in a text's shape after no letter.

    ``b"A."`` is a capital alone before a full stop (an initial); ``b"a.a."`` two letters
    written small, each before a full stop.
    """
    for pattern in patterns:
        k = shape.find(pattern)
        while k >= 0:
            if k == 0 or shape[k - 1] not in _LETTER_BYTES:
                return True
            k = shape.find(pattern, k + 1)
    return False


_LETTER_BYTES = frozenset(b"aA")
#: The words of which one must be in a text for :data:`_INITIALS_NAMED` to find anything.
_INITIALS_NAMED_CUES = frozenset(
    b"by as call calls called reviewed assessed seen saw visited".split()
)
#: A nickname set off after a name: 'Gruffudd Llywelyn-Parry, Gruff to everyone', '"KB" to
#: the whole neighbourhood'.
_NICKNAME_TO_ALL = re.compile(
    r"(?:(?<=, )|(?<=\())[\"\u201c]?(?P<id>[A-Z][\w'\u2019-]{1,20}|[A-Z]{2,4}|[A-Z]\.(?:[A-Z]\.)+)"
    r"[\"\u201d]?"
    r" to (?:everyone|everybody|the whole|all of|anyone|anybody|(?:his|her|their) friends)\b"
)
#: A word the text says is a name, whatever word it is: "(yes, Both is his surname, it's
#: a common Nuer name", "Precious is her real name".
_SAID_TO_BE_A_NAME = re.compile(
    r"(?<![\w'\u2019-])(?P<id>[A-Z][\w'\u2019-]{1,30})"
    r"(?: (?:is|was|has been|had been)|['\u2019]s) (?:his|her|their) "
    # not a middle name: "Trouble is his middle name" is an idiom
    r"(?:sur|last |family |first |given |nick|pet )name\b"
)
#: Words before "is his name" that point to a name said elsewhere: "That is his name".
_NOT_SAID_TO_BE_A_NAME = frozenset(
    {"that", "this", "it", "which", "what", "there", "here", "mine", "one", "who", "whose"}
    | {"nothing", "something", "everything", "same", "neither", "either", "each", "how"}
    | {"where", "why", "when", "also", "nor", "so", "and", "but", "or", "yes", "no"}
)
#: What a nickname is "to": "Tez to anyone who's met him", "Gogo to everyone".
_TO_ALL_CUES = ("to every", "to the whole", "to all of", "to any", " friends")
#: The word before the comma before a nickname: the name it is a nickname of.
_WORD_BEFORE_COMMA = re.compile(r"([\w'\u2019-]+)(?:, | ?\()[\"\u201c]?$")
#: Initials that do what a person does or own something: "D.K. has schizophrenia", "D.K. is
#: doing the dishes", "T.J.'s application".
_INITIALS_ACTING = re.compile(
    r"(?<![\w.])(?P<id>[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)(?= (?:is|was|has|had|said|says|told|and"
    r"|asked|came|comes|went|goes|called|texted|smiled|laughed|cried|stood|walked|wrote|got"
    r"|gets|started|finished|made|makes|wants|wanted|loves|hates|didn['\u2019]t|doesn['\u2019]t"
    r"|won['\u2019]t|can['\u2019]t|isn['\u2019]t|wasn['\u2019]t|hasn['\u2019]t)\b"
    # a possessive ("T.J.'s application") or an aside that they are initials
    r"|['\u2019]s\b| \(initials\b)"
)
#: Initials after a word that says a record was signed: "Sign. HBJ", "Signed: KM".
_SIGNED_INITIALS = re.compile(
    r"\b(?:Sign\.|[Ss]igned:?,?|Sgd\.?|Signert:?|Signiert:?|Unterschrift:)[ \t]+"
    # not the first word of a name in capitals: "Signed, JOHN P. MWANGI"
    r"(?P<id>[A-Z\u00c6\u00d8\u00c5\u00c4\u00d6\u00dc]{2,4})(?!\w|\.\w|[ \t]+[A-Z])"
)
#: One initial opening a sentence before what only a person does: "J. went to the dentist".
_INITIAL_ACTING = re.compile(
    r"(?:(?<=[.!?] )|(?<=[.!?]  )|(?<=\n)|(?<=\A)|(?<=[.!?]\u201d )|(?<=[.!?]\" ))"
    r"(?P<id>[B-HJ-Z]\.)(?= (?:went|said|says|told|asked|came|called|texted|smiled|laughed"
    r"|cried|walked|wrote|started|finished|wanted|loves|hates|rang|phoned|hugged|thanked"
    r"|did|has|had|gave|sent|got|brought|arrived|died|lives|lived|left|passed"
    r"|didn['\u2019]t|doesn['\u2019]t|won['\u2019]t|can['\u2019]t)\b)"
)
#: Initials of places, bodies and times, never of a person.
_COMMON_INITIALISMS = frozenset(
    {
        "U.S.",
        "U.K.",
        "D.C.",
        "L.A.",
        "N.Y.",
        "E.U.",
        "U.N.",
        "P.S.",
        "A.M.",
        "P.M.",
        "B.C.",
        "A.D.",
        "N.Z.",
        "S.A.",
        "U.S.A.",
        "N.H.S.",
        "A.A.",
        "N.A.",
        "M.D.",
        "R.N.",
        "B.A.",
        "M.A.",
        "B.S.",
        "M.S.",
        "D.O.",
        "J.D.",
        "P.A.",
        "P.T.",
        "O.T.",
        "G.P.",
    }
)
#: The words of which one must be in a text for :data:`_INITIALS` to find anything.
_INITIAL_CUES = frozenset(t.encode() for t in _PERSON_TITLES) | frozenset(
    b"initial initials sign signs signed signing".split()
)
#: The last line of a post, one word alone after a line that ends in a comma: a sign-off
#: after a closing of any language ("Manuia le aso,\nSefo").
_CLOSING_SIGN_OFF = re.compile(
    r",[ \t]*\n[ \t]*(?:[-\u2013\u2014~][ \t]*)?"
    r"(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]{1,20})[ \t.!]*\s*\Z"
)


#: A post's last line, a dash and one word written small: "- kraethomou".
_DASHED_SMALL_SIGN_OFF = re.compile(
    r"\n[ \t]*[-\u2013\u2014~]+[ \t]*(?P<id>[a-z][\w'\u2019-]{1,20})"
    rf"(?:[ \t]+{_HANDLE_IN_BRACKETS.pattern})?[ \t]*\Z"
)
#: The edition after a scale's or a test's acronym: "BDI-II", "WAIS-IV", "DSM-5".
_EDITION = re.compile(r"[A-Z]-(?:I{1,3}|IV|V|VI|[0-9]{1,2})$")
#: A post's last line after a blank line or a closing: a name of one or two words, an initial,
#: and a role or where the writer is from ("Rita W.", "Baran, psychosocial worker", "Saba
#: from Asmara, now Rinkeby", "Salam,\nKak Yati").
_LAST_LINE_NAME = re.compile(
    # after a blank line, a closing with a comma, or a line of thanks ("Madloba for reading.")
    r"(?:\n[ \t]*\n|,[ \t]*\n|[.!][ \t]*\n)[ \t]*"
    # a title first ("Ms. de la Cruz"), a capital of any Latin script ("Ľubo")
    rf"(?:{_TITLE_BEFORE} )?"
    r"(?P<id>(?:[A-Z\u00c0-\u00de\u0100-\u017e][\w'\u2019-]{1,20}"
    r"|(?:de|van|von|da|di|du|le|la|del|ap)\b)"
    # particles inside ("Femke de Wit") and up to two more names ("Wanbli Two Hawks"), or an
    # initial
    r"(?:(?: (?:de|van|der|den|da|di|du|le|la|von|bin|binti|al|el|ap|ó|ní|mac|mc))*"
    r" [A-Z][\w'\u2019-]{1,20}){0,2}"
    r"(?: [A-Z]\.)?)(?P<tail>,[ \t]*[a-z][a-z -]{2,40}|[ \t]+from[ \t]+[A-Z][^\n]{0,40})?"
    r"[ \t.!]*\Z"
)
#: Initials alone on a post's last line: "C.B.", "J. R.".
_LAST_LINE_INITIALS = re.compile(
    r"\n[ \t]*(?:\n|[-\u2013\u2014~][ \t]*|(?<=\.\n))[ \t]*"
    # a title first: "Bro. T. A."
    r"(?:(?:Bro|Sis|Sr|Fr|Dr|Mr|Mrs|Ms|Rev|Pastor)\.?[ \t]+)?"
    r"(?P<id>[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)"
    # a credential after them: "- T.S., LICSW", "J.L., RN"
    r"(?:,?[ \t]+[A-Z]{2,6}(?:-[A-Z]{1,3})?)?[ \t]*\Z"
)


def _signs(value: str, *, tail: bool, bare: bool, closing: bool = False) -> bool:
    """
    Tell whether the words of a post's last line may be the writer's name.

    A name that is also a word ("Peace, love and coffee") signs only alone on its line; a
    single word of no list only with nothing after it (not "Madloba!", thanks). After a
    closing line ("Ta blut,"), only the first name is looked at ("Wanbli Two Hawks").
    """
    words_of = value.split()
    if words_of and word_flags(words_of[0].rstrip(".")) & TITLE:
        words_of = words_of[1:]  # "Ms. de la Cruz"
    # the words of the name, not its initial or particles ("Femke de Wit", "Rita W.")
    parts = [p for p in words_of if (len(p) > 2 or not p.endswith(".")) and not p.islower()]
    if closing and len(parts) > 1:
        parts = parts[:1]
    flags = [word_flags(p) for p in parts]
    if (
        not parts
        # "Slán, and mind yourselves": a closing of another language, no name
        or any(f & (_NEVER | TITLE | REGION | GENERIC | FOREIGN) for f in flags)
        or any(p.lower() in MONTHS or p.lower() in WEEKDAY_WORDS for p in parts)  # "Happy Sunday."
        or any(p in _CAPS_ACRONYMS for p in parts)  # "Kind regards,\nCMHN": a credential
    ):
        return False
    if tail and any(f & WORD for f in flags):
        return False
    if len(parts) == 1 and len(value.split()) == 1 and not tail:
        # one word alone: a given name, not "Asante." or "Madloba!" (thanks)
        low = parts[0].lower()
        if low in FOREIGN_PHRASE_WORDS | SIGN_OFF_WORDS | GREETING_WORDS:
            return False
        # a given name, or with nothing after it a surname or a word of no list ("Gord")
        return bool(flags[0] & GIVEN) or (bare and not flags[0] & WORD)
    if any(p.islower() for p in words_of):
        flags = flags[:1]  # a surname after a particle may be a word: "Femke de Wit"
    return all(f & GIVEN or not f & WORD for f in flags)


#: Words before "the" and a team: "supported the Scarlets".
_SUPPORT_WORDS = word_set("support supports supported supporting supporter supporters cheered")
#: Words that close a post before a name: English ones and the thanks and greetings of other
#: languages ("Thanks, Priya", "Shnorhakalutyun,\nAnahit").
_CLOSINGS = SIGN_OFF_WORDS | (
    FOREIGN_PHRASE_WORDS - frozenset({"querida", "querido", "mija", "mijo"})
)
_REGION_WORDS = frozenset(
    {"region", "province", "state", "prefecture", "oblast", "governorate", "district", "territory"}
)
#: A word for a region after a name: "Volta Region", "Chubut province".
_REGION_WORD_AFTER = re.compile(rf" (?:{'|'.join(sorted(_REGION_WORDS))})\b", re.IGNORECASE)
#: Compass words before a language's name: "North Sámi", "Southern Paiute".
_COMPASS_NAMES = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
#: Months that are given names too, ending a name before a comma: "Khin May,".
_MONTH_NAMES_OF_PEOPLE = frozenset({"may", "june", "april"})
#: Relatives: a given name in commas after one is a person, whatever else it names.
_RELATIVES = word_set(
    """
    mother father mom dad mum son daughter wife husband sister brother grandmother grandfather
    grandson granddaughter aunt uncle niece nephew cousin partner
    """
)


def _particles_before(ws: tuple[Word, ...], first: int, done: int) -> int:
    """Return where a name starts with up to two particles before it: "van den Heuvel"."""
    start = first
    while (
        start - 1 >= max(done, first - 2)
        and ws[start - 1].text in LOWERCASE_PARTICLES
        and is_space_gap(ws[start].gap)
    ):
        start -= 1
    return start


def _small_word_given_after_relative(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i*, a given name that is also a small word, follows a word for a person.

    "my client Ty came in", "my son Will": the word for a person written small, the name
    capitalised right after it.
    """
    w = ws[i]
    return (
        w.cap
        and bool(w.flags & GIVEN)
        and len(w.text) >= 2
        and w.low not in _FUNCTION  # not "my son And I went"
        and w.low not in KINSHIP_WORDS  # not "my mom Ma said"
        and w.low not in HEADING_WORDS  # not "my daughter Edit: she is fine now"
        and i > 0
        and w.gap == " "
        and ws[i - 1].low in STRONG_RELATION_CUES
        and ws[i - 1].text.islower()
    )


def _word_surname(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i*, a word never a name alone, is a surname after a person's title.

    "Mr Ward", "Mrs Elder", "Dr Said": right after the title (not "the Dr. Said he'd call":
    a sentence's start after an abbreviation), and not "the Dr Ward round".
    """
    w = ws[i]
    return (
        (w.low in _WORD_SURNAMES or (w.low in _INTERJECTION_SURNAMES and w.cap))
        and ws[i - 1].low in _PERSON_TITLES
        and not (w.gap == ". " and i >= 2 and ws[i - 2].low in {"the", "a"} and w.low == "said")
        and not (i + 1 < len(ws) and ws[i + 1].low in {"round", "rounds"})
    )


#: First words of surnames of two English words, as Lakota, Cheyenne, Blackfoot and Cree
#: families bear them: "Two Bulls", "White Hawk", "Little Thunder", "Many Horses".
_SURNAME_FIRST_WORDS = frozenset(
    {"two", "three", "four", "white", "red", "black", "yellow", "blue", "little", "big", "many"}
    | {"iron", "spotted", "running", "standing", "crazy", "high", "lone", "young", "old", "good"}
    | {"kills", "looking", "walking", "sitting", "charging", "swift", "flying", "brave", "long"}
)


#: Words after "White", "Red" and the like that end no surname: "the White House".
_NOT_SURNAME_ENDS = frozenset(
    {"house", "street", "road", "river", "lake", "mountain", "sox", "wine", "lives", "matter"}
)


#: Titles that are given names too without their full stop: "Sig. Esposito", not "Sig Hansen".
_DOTTED_TITLES = frozenset({"Sig", "Sigg"})


def _name_that_is_a_title(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i*, a title that is a name too, is the name after a title before it.

    "a fisherman, Mzee Haji, referred by": no name follows, so "Haji" is his; not "Mzee Haji
    Omari", where "Omari" is.
    """
    w, prev = ws[i], ws[i - 1]
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    return (
        w.cap
        and prev.cap
        and bool(prev.flags & TITLE)
        and bool(w.flags & (GIVEN | FAMILY))
        and not w.flags & (_NEVER | REGION | WORD)  # not "Uncle Sir"
        and w.low not in TITLES  # a title of office or kin: not "Pani Doktor"
        and (nxt is None or not nxt.cap or not is_space_gap(nxt.gap))
    )


def _titled(ws: tuple[Word, ...], i: int, *, english: bool = True) -> Found | None:  # noqa: PLR0911, PLR0912 - one rule per return
    """Return a name after a title (the one rule that holds in any language)."""
    w = ws[i]
    prev = ws[i - 1] if i else None
    if (
        prev is None
        or prev.possessive
        # most words follow no title: the one test that every rule below needs
        or not (
            prev.flags & TITLE
            or prev.low in TITLE_ABBREVIATIONS
            or prev.low in _CHURCH_ELDERS
            or (prev.text in _DOTTED_TITLES and w.gap.startswith("."))
        )
        or _CONTRACTION.search(w.text) is not None
        # "kam eine Frau Anfang fünfzig": a woman, no title
        or (i >= 2 and ws[i - 2].low in _ARTICLES_OF_NOUNS and prev.low in FOREIGN_TITLES)
    ):
        return None
    titled = (
        (prev.low in TITLE_ABBREVIATIONS or prev.text in _DOTTED_TITLES)
        and w.gap in {". ", " ", ".\u00a0"}
        # in another language a small word before a full stop ends a sentence ("det. Han")
        and (english or not prev.text.islower() or w.gap == " ")
    ) or (prev.flags & TITLE and w.gap == " ")
    if (
        titled
        and w.cap
        and prev.low in _ELDERS
        and w.low in _MONTH_NAMES_OF_PEOPLE
        # not a date: "Auntie May 5th"
        and not (i + 1 < len(ws) and ws[i + 1].gap[:2].strip().isdigit())
    ):
        return 0.85, "after a title", "name"  # "his Grandma June", "Auntie May raised him"
    if (
        titled
        and w.cap
        and w.low in _SURNAME_FIRST_WORDS
        and i + 1 < len(ws)
        and ws[i + 1].cap
        and ws[i + 1].gap == " "
        and not ws[i + 1].flags & (_NEVER | TITLE | REGION)
    ):
        return 0.8, "after a title", "run"  # "Mr. Two Bulls", "Dr. Little Thunder"
    if (
        prev.cap
        and prev.low in _CHURCH_ELDERS
        and w.cap
        and w.gap == " "
        and w.flags & GIVEN
        and not w.flags & (_NEVER | TITLE)
        and w.low not in MONTHS
        and w.low not in _PERSONIFIED  # "Mother Nature", "Father Time"
    ):
        return 0.8, "after a title", "name"  # "Mother Pearl, who's been the head of"
    if (
        titled
        and prev.low in TITLE_ABBREVIATIONS
        and len(w.text) == 1
        and w.text.isupper()
        and _dotted_initial_before_name(ws, i)
    ):
        return 0.85, "after a title", "name"  # "dr. A. de Wit", "Dr. J. Okafor"
    if (
        not titled
        # "Lord Ganesha"; not "Dr. Lakshmi", "Mrs Krishna"
        or (w.low in DEITIES and not (w.low in _GODS_GIVEN_AS_NAMES and prev.low in _PERSON_TITLES))
        or _generic_run(ws, i - 1)  # "Dr Pepper"
        # "Sergeant First Class Wendell Greer": a rank's words
        or (w.low == "first" and i + 1 < len(ws) and ws[i + 1].low == "class")
        # "Mr Ward", "Mrs Elder": a surname that is also a word no name stands for elsewhere
        or (w.low in _FUNCTION and not _word_surname(ws, i))
        or w.low in NOT_NAME_WORDS
        or _tldr(ws, i - 1)
        # "Dr. Google", "Mrs. Counselor": a body or a role, not a person; "Dr. Dr." no one
        # (after an elder's word a show's or a brand's name is a nickname: "Uncle Bluey"; after
        # "Don" a given name that is a title elsewhere is his name: "Don Tito")
        or (
            w.flags & TITLE
            and not (prev.low in _DON and w.cap and w.flags & GIVEN)
            and not _name_that_is_a_title(ws, i)
        )
        or (
            w.flags & GENERIC
            and not (prev.cap and prev.low in _ELDERS and w.cap and w.low not in _APPS)
        )
        or (w.low in _PERSONIFIED and prev.low in _CHURCH_ELDERS)  # "Father Time"
        # "Mr. Custodian", '"Mr. Overdose."': an English word that no name list holds
        or (w.flags & WORD and not w.flags & LISTED and w.cap)
        # "Mrs. Mother" is no one; after a title of another language, "Tita Baby" is
        or (w.low in RELATION_CUES and not (w.cap and prev.low in _OTHER_TITLES))
        # "MY SISTER MADE ME": in a shout, a kinship word and a common word
        or (w.upper and prev.low in RELATION_CUES and w.flags & WORD)
        # "MY GRANDMA DIED LAST YEAR": an English word of no list in a shout; "A NURSE HOLDING
        # HIS HAND": a word, however listed, that no given name is
        or (w.upper and w.flags & ENGLISH and not w.flags & LISTED and _shouting(ws, i))
        or (
            w.upper
            and w.flags & WORD
            and not w.flags & GIVEN
            and prev.low not in _PERSON_TITLES  # "THANK YOU MR SHARP": a surname after "MR"
            and _shouting(ws, i)
        )
    ):
        return None
    if (
        w.cap
        and (
            not w.flags & REGION
            or prev.low in TITLE_ABBREVIATIONS
            or prev.low in FOREIGN_TITLES  # "Khun Mali", "Ate Georgia"
            # "Miss Georgia Mae Pringle" (not "Miss Georgia", a pageant's, "Miss Georgia Peach
            # pageant" nor "I miss Georgia June evenings"): two names after the region's
            or (
                prev.text[:1].isupper()
                and i + 2 < len(ws)
                and all(
                    ws[k].cap
                    and is_space_gap(ws[k].gap)
                    and ws[k].flags & LISTED
                    and not ws[k].flags & (REGION | _NEVER | GENERIC)
                    for k in (i + 1, i + 2)
                )
            )
        )
    ):
        return 0.9, "after a title", "name"  # "Sra. Montserrat Vidal"
    if _PREFIXED_SURNAME.fullmatch(w.text) is not None:
        return 0.9, "after a title", "name"  # "Mrs. al-Khatib", "Dr. el-Amin"
    if w.upper and len(w.text) >= 2 and w.text not in _CAPS_ACRONYMS:
        return 0.85, "after a title", "upper"
    if w.low in LOWERCASE_PARTICLES or w.low in NAME_PARTICLES:
        # "Dr. von Rabenau": the particle and the name after it; "señora de 67 años": no one.
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if w.text.islower() and nxt is not None and nxt.gap == " " and _surname_follows(ws, i + 1):
            return 0.9, "after a title", "run"
        return None
    if (
        english
        and w.text.islower()
        and (
            (prev.text.islower() and prev.low in KINSHIP_WORDS and prev.low != "ate")
            # "mr. ndeveth shook my hand", "tell dr yodem": a word of no list after "Mr." or
            # "Dr.", its full stop left out by a writer who writes small (not "my dr appt", "fr
            # lmaoo")
            or (
                # "his mother, madam dzifa" (after a comma: not "thank you madam xoxo")
                (prev.low in _PERSON_TITLES or (prev.low == "madam" and "," in prev.gap))
                and (w.gap.startswith(".") or writes_lowercase(ws))
            )
        )  # not "he ate phuchka": the verb, not the Tagalog "Ate"
        and not w.flags & (ENGLISH | LISTED | FOREIGN)
        and _may_be_small_name(w)
    ):
        return 0.65, "after a title", "lower"  # "auntie gaikroun is a senior woman"
    if (
        english  # in another language, "det är" is no title and a name
        and w.text.islower()
        and w.flags & LISTED
        and not w.flags & (SOFT_STOP | _NEVER | OTHER_STOP)  # "nurse qui danse mal"
        and ((prev.low in TITLE_ABBREVIATIONS and not w.flags & ENGLISH) or not w.flags & WORD)
        # a title written small is an English one ("dr smith", "his auntie delphine"), not
        # "pan dulce" nor another language's title written small ("pani popo": a dish)
        and (not prev.text.islower() or (prev.low in TITLES and prev.low not in FOREIGN_TITLES))
    ):
        return 0.75, "after a title", "lower"
    return None


#: A surname after an article or a particle written small and a hyphen: "al-Khatib".
_PREFIXED_SURNAME = re.compile(
    r"(?:al|el|ul|ad|ar|as|ash|at|az|abu|bin|ibn|ben|bint|da|de|di|du|dos|van|von|la|le)"
    r"[-\u2010\u2011][A-Z\u00c0-\u00de][\w'\u2019]+"
)


#: An age in years set off after a name, in the languages of the lists: ", 19 ans,".
_AGE_IN_YEARS_AFTER = re.compile(
    r", [0-9]{1,2} (?:ans|años|anos|anni|jaar|Jahre|år|lat|vuotta|roky|let|ani|godina|yrs"
    r"|years)\b"
)


#: Words of number before a name in the plural: "two Marias", "a lot of Fatimas".
_MANY = word_set("many several two three four five few those these")
_MANY_OF = word_set("lot lots bunch couple number loads plenty")


def _people_cue_near(ws: tuple[Word, ...], i: int) -> bool:
    """Tell cheaply whether a people's cue stands by word *i* ("a proud ...", "... myself")."""
    if i > 0 and ws[i - 1].low in PEOPLE_WORDS_BEFORE:
        return True
    n = len(ws)
    return (
        (i + 1 < n and ws[i + 1].low in SELVES)
        or (i + 2 < n and ws[i + 2].low in SELVES)
        or (i + 3 < n and ws[i + 3].low in SELVES)
    )


def _plural_of_a_name(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* is a given name in the plural after words of number."""
    w = ws[i]
    if i == 0 or len(w.low) < 4 or not w.low.endswith("s"):
        return False
    if not word_flags(w.text[:-1]) & GIVEN:
        return False
    prev = ws[i - 1].low
    return prev in _MANY or (prev == "of" and i >= 2 and ws[i - 2].low in _MANY_OF)


def _named_with_age(text: str, ws: tuple[Word, ...], i: int) -> Found | None:
    """
    Return a full name set off by commas before an age, in any language.

    "Un jeune que j'accompagne, Marc-André Tremblay, 19 ans,": a listed given name, a
    listed surname, and the age in years after them.
    """
    w = ws[i]
    if not (w.cap and w.flags & GIVEN) or w.flags & _NEVER or not w.gap.startswith(", "):
        return None
    j = i + 1
    if j >= len(ws) or not (ws[j].cap and ws[j].flags & FAMILY) or ws[j].gap != " ":
        return None
    if ws[j].flags & _NEVER or _AGE_IN_YEARS_AFTER.match(text, ws[j].end) is None:
        return None
    return 0.8, "a name before an age", "name"


def _surname_follows(ws: tuple[Word, ...], j: int) -> bool:
    """Tell whether word *j* starts a surname: "Rabenau", or a particle and "Rosa"."""
    if ws[j].cap:
        return True  # "Dr. von Rabenau"
    return (
        ws[j].text in LOWERCASE_PARTICLES
        and j + 1 < len(ws)
        and ws[j + 1].gap == " "
        and ws[j + 1].cap  # "Dr. de la Rosa", "Mevr. van der Berg"
    )


#: An age said of the person before it: " was nineteen when", " is 19,".
#: An age that ends its sentence: "Walis is fifteen." (not "Kowhai is 12, the other ward").
_IS_AN_AGE_ALONE = re.compile(
    r" (?:was|is) ([1-9][0-9]?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: years old)?(?=\.(?:\s|$)| when\b)"
)
_WAS_AN_AGE = re.compile(
    r" (?:was|is) (?:[1-9][0-9]?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?: years old)?(?= when\b|,| and\b|\.)"
)


def _subject_with_age(text: str, ws: tuple[Word, ...], i: int) -> Found | None:  # noqa: PLR0911 - one rule per return
    """
    Return a full name that starts a sentence before the person's age or people.

    "Jordan Bird was nineteen when his family brought him in.", "Chance Two Bulls is
    nineteen", "Kwabena Asante is Akan,": a listed given name, a surname (words both, or a
    country), and the age or the people.
    """
    w = ws[i]
    if not (w.cap and w.initial and (w.flags & GIVEN or not w.flags & WORD)) or i + 1 >= len(ws):
        return None
    nxt = ws[i + 1]
    if not nxt.cap:
        # "Earl was ninety-four and", "Con is 101.", "Grace is in her sixties": a given name
        # alone before a great age or the person's decade (not "Nan is in her eighties")
        if w.flags & (_NEVER | TITLE) or _kin_only(w.text):
            return None
        if _WAS_A_GREAT_AGE.match(text, w.end) is None and _IN_A_DECADE.match(text, w.end) is None:
            if (
                not w.flags & (LISTED | WORD | SOFT_STOP)
                and len(w.text) >= 3
                and w.text.isalpha()  # "Phq9 was 19": a score
                and w.text not in lexicon().places
                and (age := _IS_AN_AGE_ALONE.match(text, w.end)) is not None
                # in words, or in years: "Walis is fifteen." (not "Prolactin was 45.", a ward
                # "Kowhai is 12.")
                and (not age.group(1)[:1].isdigit() or age.group().endswith("years old"))
            ):
                # "Walis is fifteen.": a word of no list before a person's age
                return 0.65, "a word of no list before an age", "name"
            return None
        return 0.7, "a given name before a great age or a decade", "name"
    if (
        nxt.gap != " "
        or not w.flags & GIVEN  # two names: the first a given name
        or w.flags & (_NEVER | TITLE)
        # "Chance Two Bulls": a number word inside a name
        or (
            nxt.low not in _NUMBER_WORDS
            and (nxt.flags & _NEVER or not (nxt.flags & FAMILY or not nxt.flags & LISTED))
        )
    ):
        return None
    j = _extend(ws, i, "run")
    if j == i or (ws[j].flags & _NEVER and j > i + 1) or not _said_of_a_person(text, ws, i, j):
        return None
    return 0.7, "a name before the person's age, people or deed", "run"


def _said_of_a_person(text: str, ws: tuple[Word, ...], i: int, j: int) -> bool:
    """
    Tell whether what follows the names *i* to *j* is said of a person.

    An age ("was nineteen when"), a people ("is Akan,"); after two names, what a person does
    or is ("Bobby Ray walked into our office", "Dale Hunter is a Vietnam-era vet").
    """
    end = ws[j].end
    if _WAS_AN_AGE.match(text, end) is not None:
        return True
    people = _IS_A_PEOPLE.match(text, end)
    if people is not None and people.group(1).lower() in LANGUAGES_AND_PEOPLES:
        return True
    return (
        j == i + 1
        and bool(ws[j].flags & (FAMILY | GIVEN))
        and (
            _SENTENCE_SUBJECT_OF.match(text, end) is not None
            or _IS_A_PERSON.match(text, end) is not None
        )
    )


#: A person said of the two names before it: " is a Vietnam-era vet", " was a quiet man".
_IS_A_PERSON = re.compile(
    r" (?:is|was) an? (?:[\w'-]+ ){0,3}?(?:man|woman|guy|bloke|lad|fella|girl|boy|vet|veteran"
    r"|mother|father|grandmother|grandfather|farmer|widow|widower|teenager|kid|client|patient"
    r"|dad|mum|mom|nan|granny|gentleman|lady)\b"
)


def _opens_a_sentence(w: Word) -> bool:
    """Tell whether *w*, a sentence's first word, is an adverb or a joining word of no list."""
    return not w.flags & LISTED and (
        w.low in _SENTENCE_OPENERS or (w.low.endswith("ly") and bool(w.flags & WORD))
    )


#: Words that open a sentence before its subject: "Then Maria", "Yesterday Joy".
_SENTENCE_OPENERS = word_set(
    "then yesterday today tonight later now and but so when after before once even also"
    " still meanwhile eventually afterwards instead luckily"
)
#: The decade of life said of the person before it: " is in her sixties", " was in his late
#: seventies".
_IN_A_DECADE = re.compile(
    r" (?:is|was) (?:now )?in (?:her|his|their) (?:early |mid-?|late )?(?:twenties|thirties"
    r"|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
#: A great age said of the person before it: " was ninety-four and", " is 101.".
_WAS_A_GREAT_AGE = re.compile(
    r" (?:is|was|turned|turns|had just turned) (?:9[0-9]|1[01][0-9]|ninety(?:[- ](?:one|two"
    r"|three|four|five|six|seven|eight|nine))?|(?:a|one) hundred(?: and [a-z]+)?)"
    r"(?: years old)?(?= when\b|,| and\b|\.| now\b| this\b| last\b)"
)


#: A people said of the person before it: " is Akan,", " was Somali and".
_IS_A_PEOPLE = re.compile(r" (?:is|was) ([A-Z][\w'\u2019-]+)(?=[,.]| and\b| from\b)")


def _dotted_initial_before_name(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i*, an initial, has a dot and a surname after it ("A. de Wit")."""
    if i + 1 >= len(ws) or ws[i + 1].gap != ". ":
        return False
    nxt = ws[i + 1]
    if nxt.text in LOWERCASE_PARTICLES or nxt.low in NAME_PARTICLES:
        return i + 2 < len(ws) and ws[i + 2].cap and is_space_gap(ws[i + 2].gap)
    return (nxt.cap or nxt.upper) and not nxt.flags & (_NEVER | TITLE)  # "Mr W. KOWALCZYK"


def _will_is_a_name(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether a capitalised "Will" is a name: where the verb "will" cannot stand.

    Before a finite verb ("Will told me") or an age ("Will is 34."), or closing a clause
    after a comma ("Thank you, Will."); not before "you", "be" or a verb's base form, nor as
    the word ("Will is the word I've stopped believing in").
    """
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if nxt is not None and nxt.gap == " " and nxt.text.islower():
        if nxt.low in {"is", "was"}:
            return text[nxt.end : nxt.end + 2].strip()[:1].isdigit()
        # "Will told me", "Will moved in", "Will will, eventually": no verb after "will"
        if nxt.low in VERB_FORMS or (nxt.low.endswith("ed") and len(nxt.low) > 3):
            return True
    return ws[i].gap == ", " and _CLAUSE_CLOSES.match(text, ws[i].end) is not None


_CLAUSE_CLOSES = re.compile(r"[.!?]|,\s|\s*$|\s*\n")
#: A full stop and a number after a short word: the word is an abbreviation ("Az. 31").
_ABBREVIATION_BEFORE_NUMBER = re.compile(r"\.[ \t]?[0-9]+[-/.][0-9]")
#: Kinds of works, before a work's title: "the movie Coco".
_WORK_NOUNS = frozenset(
    {"movie", "film", "show", "series", "book", "novel", "song", "album", "play", "musical"}
    | {"character", "episode"}  # "the TV character Monk", "the episode Sleepytime"
)
#: What follows thanks: "Fa'afetai for reading", "Dhonnobad for listening".
_THANKS_FOR = re.compile(
    r" for (?:reading|listening|having me|your time|(?:this|the|your) (?:thread|post|sub|space"
    r"|group|forum|community|page)s?)\b"
)
#: Numbers written as words inside Lakota and other names: "Tatum Two Bulls".
_NUMBER_WORDS = frozenset(SPELLED_UNITS.split("|")) - {"one"} | {"ten"}
#: Words for an elder used as a title before a given name.
#: The word before a saint's name: "St. Francis".
_ST = frozenset({"st", "saint"})
#: The marks that open a question or an exclamation in Spanish.
_SPANISH_MARKS = frozenset("¿¡")
#: What follows a word wished to everyone: "Slava to all of you", "Love to you all".
_TO_ALL_OF_YOU = re.compile(r" to (?:all of you|you all|y'all|all)\b")
#: The starts of hyphenated names of feasts and towns after a saint: "Saint-Jean-Baptiste".
_SAINT_PREFIXES = ("saint-", "sainte-", "st-", "ste-")
#: Records and works after a singer's or a writer's name: "Céline cassettes".
_MEDIA_NOUNS = word_set(
    "cassette cassettes tape tapes record records cd cds album albums vinyl vinyls lp lps"
    " song songs dvd dvds concert concerts poster posters cover covers voice impression"
    " playlist lanyard mug merch"
)
#: Words for the elders of a church, before a name that may be a word: "Mother Pearl".
_CHURCH_ELDERS = frozenset({"mother", "father", "sister", "brother", "deacon", "elder", "pastor"})
#: What "Mother" or "Father" personify: "Mother Nature", "Father Time", "Mother Earth".
_PERSONIFIED = frozenset({"nature", "time", "earth", "christmas", "goose", "superior", "church"})
#: Apps and sites a writer makes an elder of: "Uncle YouTube taught him", "Aunty WhatsApp".
_APPS = frozenset(
    {"youtube", "whatsapp", "tiktok", "instagram", "netflix", "reddit", "google", "facebook"}
    | {"twitter", "snapchat", "spotify", "amazon", "alexa", "siri", "chatgpt", "wikipedia"}
)
#: The Spanish titles before a given name: "Don Tito", "Doña Tita".
_DON = frozenset({"don", "doña", "dona"})
#: Titles of other languages before a name: "Tita Baby", "Ate Girlie".
_OTHER_TITLES = FOREIGN_TITLES - TITLES
_ELDERS = frozenset(
    {"aunt", "auntie", "aunty", "uncle", "grandma", "grandpa", "nana", "nan", "granny", "gran"}
)


#: Words right before a god's name that make it the god's: "Lord Shiva", "prays to Krishna".
_WORSHIP_BEFORE = frozenset(
    {"lord", "sri", "shri", "jai", "hare", "goddess", "god", "devotee", "devotees", "om"}
)
#: Words before "to" or "of" and a god's name: "prayed to Lakshmi", "a picture of Ganesh".
_WORSHIP_VERBS = frozenset(
    {"pray", "prays", "prayed", "praying", "prayer", "prayers", "devotion", "offering"}
    | {"offerings", "picture", "statue", "image", "idol", "shrine", "temple", "devotee"}
    | {"worship", "hymn", "hymns", "song", "songs", "story", "stories", "festival", "bhajan"}
    | {"chant", "chants", "chanted", "chanting", "fast", "fasts", "fasted", "fasting", "sings"}
)
#: Words right after a god's name that make it the god's: "Krishna consciousness".
_WORSHIP_AFTER = frozenset(
    {"consciousness", "temple", "mandir", "idol", "statue", "puja", "pooja", "jayanti"}
    | {"bhajan", "bhajans", "chalisa", "devotee", "devotees", "murti", "mantra", "ji"}
)


#: Gods' names that parents give their children as often: "Lakshmi", "Krishna", "Durga".
_GODS_GIVEN_AS_NAMES = frozenset(
    {"lakshmi", "laxmi", "krishna", "durga", "saraswati", "ganesh", "shiva", "rama", "vishnu"}
    | {"ganapati"}
)


def _deity_here(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether a god's name at word *i* names the god here, not a person who bears it.

    A god's name that parents seldom give always does ("Allah", "Osiris", "Jesus" of the
    small words); one that is a given name as often ("Lakshmi", "Krishna", "Durga") only
    with a word of worship beside it ("Lord Shiva", "she prays to Krishna", "a picture of
    Ganesh", "Krishna consciousness"): "Lakshmi, 38, came to our OPD" is a woman, and so is
    "Lakshmi came in today. God knows how she is still standing."
    """
    w = ws[i]
    if w.low not in _GODS_GIVEN_AS_NAMES:
        return True
    prev = ws[i - 1].low if i else ""
    if prev in _WORSHIP_BEFORE:
        return True
    if prev in {"to", "of", "for"} and i >= 2 and ws[i - 2].low in _WORSHIP_VERBS:
        return True
    if prev in {"and", "or"} and i >= 2 and ws[i - 2].low in DEITIES:
        return True  # "prayed to Lakshmi and Ganesh"
    return i + 1 < len(ws) and ws[i + 1].low in _WORSHIP_AFTER and is_space_gap(ws[i + 1].gap)


def _tldr(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether word *k* is the "DR" of "TL;DR" (not a doctor)."""
    return ws[k].low == "dr" and k > 0 and ws[k - 1].low == "tl" and ws[k].gap in {";", "; ", ""}


def _start(text: str, ws: tuple[Word, ...], i: int, lex: Lexicon) -> Found | None:  # noqa: PLR0911, PLR0912, PLR0915 - one rule per branch
    w = ws[i]
    if not w.text.isalpha() and any(c.isdigit() for c in w.text) and not w.text.isupper():
        return None  # "HbA1c": no name; a code in capitals ("FU-2207") is an id all the same
    f = w.flags
    low = w.low
    if _CONTRACTION.search(w.text) is not None or (
        not w.text[1:].islower() and w.text.upper() in _CAPS_ACRONYMS and not w.upper
    ):
        return None
    if len(w.text) > 2 and w.text[1].isupper() and not w.upper and w.text[0].isupper():
        return None  # "DMed", "PTSDs": an acronym made a word, no name
    if w.gap[-1:] in _SPANISH_MARKS:
        return None  # '"¿Viste? I'm here now."': a word of Spanish after its opening mark
    if w.upper and _EDITION.search(w.text) is not None:
        return None  # "BDI-II", "WAIS-IV": a scale and its edition
    if (
        len(w.text) <= 3
        and text.startswith(".", w.end)
        and _ABBREVIATION_BEFORE_NUMBER.match(text, w.end) is not None
    ):
        return None  # "Az. 31-1187/22": an abbreviation before a file's number
    if w.text.islower() and len(w.text) <= 4 and _NUMBER_NO.match(text, w.end) is not None:
        return None  # "reg. no. KB05871": an abbreviation before a number's cue
    if w.cap and text.startswith(" ", w.end) and _NUMBER_LABEL.match(text, w.end) is not None:
        return None  # "Case #: HCM-40718": a field's label
    if state_in_brackets(text, w):
        return None  # "in Coburg (Vic)": a state's short name after a town
    if low in _QUANTIFIERS and w.initial:
        return None  # "Many asked me to write 'neurology'": a word of number, no name
    if (
        w.text in _FRENCH_INTERJECTIONS
        and (i == 0 or "\n" in w.gap)
        and text.startswith((",", "."), w.end)
    ):
        return None  # "Bon, back to my files.": French "well", opening a paragraph
    prev = ws[i - 1] if i else None
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    lower = w.text.islower()
    if (
        low == "frank"
        and prev is not None
        and prev.low in {"be", "been", "being"}
        and nxt is not None
        and nxt.low in {"with", "for", "about", "here"}
        # the speaker being frank ("I'll be", "Can I be", "Let me be"), not "the on-call
        # worker will be Frank for the whole of Saturday"
        and i >= 2
        and (
            ws[i - 2].low in {"i'll", "i\u2019ll", "i", "me"}
            or (i >= 3 and ws[i - 2].low in {"will", "to", "gonna"} and ws[i - 3].low == "i")
        )
    ):
        return None  # "I'll be Frank with you", "be Frank for a second": the pun on "frank"
    if prev is not None and prev.text in {"Surah", "Sura"} and is_space_gap(w.gap):
        return None  # "Surah Ar-Rahman": a chapter of the Quran
    if (
        low in PEOPLES_THAT_ARE_NAMES
        and not w.possessive  # "Karen's daughter found her"
        # "Karen Smith, our Burmese interpreter": a surname after it
        and not (nxt is not None and nxt.cap and is_space_gap(nxt.gap))
        and (
            (
                nxt is not None
                and nxt.gap == " "
                and reads_as_noun(nxt)
                # "Karen helps out": a verb in the present, not a plural noun
                and (not nxt.low.endswith("s") or nxt.low in _PLURALS_AFTER_PEOPLES)
            )
            or (
                _people_said(text, low)
                # "My client Karen", "Mrs Karen", "Karen, my supervisor,", "Karen told me":
                # a woman named, even where the text speaks of the people
                and not (prev is not None and (prev.flags & TITLE or prev.low in RELATION_CUES))
                and not (nxt is not None and nxt.low in _ONE_PERSON_AFTER)
            )
            # "her parents are both Christian", "a bad Christian", "raised Christian": said of
            # people, after a verb of being, an adjective or "raised" (not "My supervisor is
            # Karen")
            or (
                prev is not None
                and prev.low in {"is", "was", "were", "are"}
                and i >= 2
                and ws[i - 2].low in _BEING_SUBJECTS
            )
            or (prev is not None and prev.low in _BELIEVERS_BEFORE)
            # "don't be such a Karen", "a total Karen about it": the word for a type of
            # person, not a woman named
            or (
                i >= 2
                and low == "karen"
                and (
                    (prev is not None and prev.low == "a" and ws[i - 2].low in _SUCH)
                    or (prev is not None and prev.low in _SUCH and ws[i - 2].low == "a")
                )
            )
        )
    ):
        # "my Christian faith", "a Karen man": a people's name before a noun; and anywhere in
        # a text that speaks of the people ("in Sgaw Karen", "Karen families")
        return None
    if (
        w.cap
        and f & WORD
        and not f & GIVEN
        and i >= 2
        and prev is not None
        and prev.text == "Miss"
        and ws[i - 2].text == "Little"
    ):
        return None  # "Little Miss Bossy": a character of the children's books, a word
    if lower and low in _SEASONS and prev is not None and prev.low in _SEASON_BEFORE:
        return None  # "a bloke i've been seeing since summer": the season
    if (
        low.removesuffix("s") in WEEKDAY_WORDS
        and nxt is not None
        and nxt.gap == " "
        and not nxt.low.endswith("s")
        and reads_as_noun(nxt)
    ):
        return None  # "Friday reflection", "Sunday lunch": a day before a noun
    if (
        "-" in low
        and low.split("-", 1)[0].removesuffix("s") in WEEKDAY_WORDS
        and w.text.split("-", 1)[1].islower()
    ):
        return None  # "my Friday-night debrief", "Sunday-best" (not "Sunday-Ola", a name)
    if (
        w.cap
        and b"use" in prepared(text).words
        and low not in APPOSITION_NOUNS  # "Client (she said I could use her first name"
        and _USE_MY_NAME.match(text, ws[_run_end(ws, i)].end) is not None
    ):
        # "Mali Paul-Googoo (she said i could use her name)": a name the writer may use
        return 0.7, "a name said to be one, or a sentence of its own", "name"
    if (
        w.cap
        and not f & _NEVER
        and (
            (nxt is not None and nxt.gap in _SHORT_FORM_GAPS and _short_form(ws, i, i + 1))
            or (w.gap in _SHORT_FORM_GAPS and _short_form(ws, i - 1, i))
        )
    ):
        # 'Montserrat, "Montse", sixty years old': a name and its short form in quotes
        return 0.7, "a name beside its short form in quotes", "name"
    if w.text == "Reg" and _REG_NO.match(text, w.end) is not None:
        return None  # "Reg. no. SFGH-771204": a registration's number (not "with Reg. No change")
    if w.cap and low.endswith("s") and _plural_of_a_name(ws, i):
        return None  # "there are a lot of Fatimas": a name as such, in the plural
    if w.cap and low == "will" and _will_is_a_name(text, ws, i):
        return 0.7, "'Will' where the verb cannot stand", "name"
    if w.cap and f & GIVEN and _THATS_THE_NAME.match(text, w.end) is not None:
        # "Will (his actual name, he said I could)": a given name said to be one
        return 0.65, "a name said to be one, or a sentence of its own", "name"
    # 1. A naming cue: "named Will", "goes by jo", "everyone calls him Dre".
    if prev is not None and (prev.low in _NAMED_LAST or prev.low == "for") and _named(text, ws, i):
        if prev.low == "named" and i >= 2 and ws[i - 2].low in {"are", "were"}:
            return None  # "a lot of salvadoran kids are named Kevin": a name as such
        if lower and f & WORD and prev.low == "named" and i >= 2 and ws[i - 2].low in _PERFECT:
            return None  # "a grief nobody had named yet": the verb, its object before it
        if lower and f & WORD and low.endswith("ing") and prev.low == "called":
            return None  # "a young woman called crying": how she called, no name
        if (
            prev.low == "called"
            and i >= 2
            and ws[i - 2].low in _WORKS
            and w.gap[-1:] in _OPENING_QUOTE_CHARS
        ):
            return None  # 'a poem called "Interpreter"': a work's title in quotes
        if (
            w.cap
            and low in LANGUAGES_AND_PEOPLES
            and _PSEUDONYM_CUE.search(text, max(0, w.start - 32), w.start) is not None
        ):
            return 0.8, "after 'named' or 'called'", "name"  # "I'll call him Geordie"
        # "a kid everyone calls Bluey because of his hair": called so, for a reason
        for_a_reason = w.cap and (
            (prev.low in {"calls", "called"} and _called_for_a_reason(text, w))
            # "a kid everyone calls Boots": a person everyone calls by it
            or _person_everyone_calls(ws, i)
            # "a young woman, nicknamed Ammu by everyone": a word for kin a person is known
            # by (not "everybody calls her Ma", "calls me Didi": kin, or an address)
            or (_kin_only(w.text) and prev.low == "nicknamed")
        )
        if (
            prev.low in {"him", "her"}
            and f & (SOFT_STOP | TITLE)
            and not f & (WORD | STOP)
            # a word for kin or a title, not both ("calls her Auntie": what many are called)
            and (low in KINSHIP_WORDS) != bool(f & TITLE)
            and _EVERYONE_CALLS_HIM.search(text, max(0, w.start - 56), w.start) is not None
            and _KIN_GLOSSED.match(text, w.end) is None
            and _CLAUSE_END.match(text, w.end) is not None  # not "calls her cô thu": a title
            and low not in _ENGLISH_KIN
            and len(low) >= 3  # "calls him Ji": a title of two letters, said to anyone
            and not (
                low in KINSHIP_WORDS
                and _FAMILY_CALLS.search(text, max(0, w.start - 40), w.start) is not None
            )
        ):
            # "everyone at home calls her Mami", "everybody calls him tito": a word for kin
            # or a title of another language that a person is known by (not "calls her mum",
            # a word of English, "calls me Didi", an address, nor "calls her Hooyo, which
            # means mother", a word for kin glossed)
            return 0.7, "a word for kin everybody calls a person", "name" if w.cap else "lower"
        if (
            _thing_named(ws, i)
            # a given name that a public figure bears is a name after a cue ("calls Rumi")
            or (f & _NEVER and not _named_alone(text, w))
            # a title of another language is a name only where everyone calls the person by
            # it ("who everyone calls Tito,"), not as an address ("calls me Didi")
            or (
                f & TITLE
                and not (prev.low in {"calls", "call", "called"} and _named_alone(text, w))
            )
            or (f & GENERIC and not (f & GIVEN and w.cap) and not for_a_reason)
            or (f & SOFT_STOP and prev.low == "for")  # "Thu, short for Thursday"
            # "goes by Honey.", "introduced himself as Marvel.": a given name that is a word
            # of endearment or a brand, after a strong cue
            or (
                (low in NOT_NAME_WORDS or _kin_only(w.text) or _generic_run(ws, i))
                and not (f & GIVEN and w.cap and _named_strongly(text, w))
                and not for_a_reason
            )
            # "what we call Mondays"; not "His name is Sunday Campbell"
            or (
                low.removesuffix("s") in WEEKDAY_WORDS
                and not _weekday_before_surname(text, ws, i)
                and not _person_named_a_weekday(text, ws, i)
            )
            or (prev.low in {"call", "calls", "called"} and _term_called(ws, i))
        ):
            return None
        strong = _STRONG_NAMING.search(text, max(0, w.start - 16), w.start) is not None or (
            # "a young woman called hope,": a person called by a name
            prev.low == "called" and i >= 2 and ws[i - 2].low in _PEOPLE_CALLED
        )
        if w.cap:
            return 0.9, "after 'named' or 'called'", "run" if strong else "name"
        if (
            w.upper
            and w.text not in _CAPS_ACRONYMS
            # "her kokum who called CFS": a call to a body, not a name
            and not (
                prev.low == "called"
                and len(w.text) >= 3
                and not f & LISTED
                and i >= 2
                and (ws[i - 2].low in PRONOUNS or ws[i - 2].low in KINSHIP_WORDS)
            )
        ):
            return 0.85, "after 'named' or 'called'", "upper"
        # not another language's small word: 'called me "le jeune"'
        if lower and f & LISTED and not f & (SOFT_STOP | FOREIGN | WORD | OTHER_STOP):
            return 0.85, "after 'named' or 'called'", "lower"
        if (
            lower
            and strong
            and _CLAUSE_END.match(text, w.end)
            and not f & (STOP | FOREIGN)
            and low not in _SAID_OF_A_NAME
            and len(low) >= 3  # "goes by b.t.": initials, their own rule's
            and low not in VERB_FORMS  # "his name was called."
            and not low.endswith("ed")
        ):
            return 0.75, "after 'named' or 'called'", "lower"  # "their name was river."
        if (
            lower
            and (
                (
                    prev.low in {"him", "her", "me"}
                    and _EVERYONE_CALLS_SMALL.search(text, max(0, w.start - 48), w.start)
                    is not None
                )
                # "a guy everybody calls shug."
                or (
                    prev.low in {"calls", "call", "called"}
                    and _EVERYONE_CALLS.search(text, max(0, w.start - 40), w.start) is not None
                )
            )
            and not f & (STOP | FOREIGN)
            # a word of no dictionary ("shaz", "shug"), or a given name that is a rare word
            # ("blaze"; not "lazy", "sweetie"), or any word said to be for a reason of theirs:
            # "everybody calls him sunny bc he always smiling"
            and (
                not f & WORD
                or (f & GIVEN and not f & COMMON)
                or (
                    f & GIVEN
                    and text.startswith(_WHY_CALLED, w.end)
                    and _REASON_CALLERS.search(text, max(0, w.start - 48), w.start) is not None
                )
            )
            and len(low) >= 3
            and low not in _CALLED_FOR_WHAT_ONE_IS  # "they call her fat cos"
            and not low.endswith("ing")  # "what the staff call sundowning"
            and low not in _HOW_OFTEN  # "his family call him daily": a call, how often
            # the clause's end, or why and where: "calls him lioth because", "at school"
            and (
                _CLAUSE_END.match(text, w.end)
                or text.startswith(_WHY_CALLED, w.end)
                or text.startswith(" at ", w.end)
            )
            # told what to call someone: only with why ("call him dougie because"; not "call
            # him tmrw.")
            and (
                _READER_TOLD_TO_CALL.search(text, max(0, w.start - 12), w.start) is None
                or text.startswith((" because", " cos ", " since ", " for short"), w.end)
            )
        ):
            return 0.7, "after 'named' or 'called'", "lower"  # "everyone calls her shaz,"
        if (
            lower
            and prev.low == "as"
            and _after_naming_cue(ws, i)  # a person known as it: not "a drug known as tranq"
            and not f & (STOP | FOREIGN | WORD)
            and _may_be_small_name(w)
            and _CLAUSE_END.match(text, w.end)
        ):
            return 0.7, "after 'named' or 'called'", "lower"  # "knows her as shazza."
        return None
    if (
        (w.cap or (w.upper and len(w.text) >= 2 and w.text not in _CAPS_ACRONYMS))
        and w.gap in _COLON_GAPS
        and not f & (_NEVER | TITLE | GENERIC | REGION)
        and low.removesuffix("s") not in WEEKDAY_WORDS  # "after the team decides: Tuesday."
        and (low not in MONTHS or f & GIVEN)  # "insists on: June."
        and (f & GIVEN or not f & ENGLISH)
        and _ends_after_colon(text, ws, i)
        and (
            _NAME_BEFORE_COLON.search(text, max(0, w.start - 128), w.start - len(w.gap)) is not None
            # "he wrote it on the whiteboard in big letters: TASHREEQ.": a name of no list
            or (
                w.upper
                and (f & GIVEN or not f & LISTED)
                and len(w.text) >= 4
                and _THREE_ALIKE.search(w.text) is None  # "in big letters: NOOOO."
                and _INITIALISM_LETTERS.search(w.text) is None
                and _WRITTEN_BEFORE_COLON.search(text, max(0, w.start - 96), w.start - len(w.gap))
                is not None
            )
        )
    ):
        # ": Sonny.", ": LAJWANTI MOTWANI." (a name in capitals goes on in capitals)
        return (
            0.8,
            "after a colon that ends a sentence about a name",
            ("upper" if w.upper else "name"),
        )
    # 2. A title: "Dr. Patel", "Mrs Okafor", "Coach Taylor", "Bác Bảo".
    titled = _titled(ws, i)
    if titled is not None:
        return titled
    # 2b. A given name before a surname of two words, as Lakota and Cheyenne families bear
    # them: "Jolene Two Bulls.", "Faith Little Thunder came".
    if (
        w.cap
        and f & GIVEN
        and not f & _NEVER
        and i + 2 < len(ws)
        and nxt is not None
        and nxt.low in _SURNAME_FIRST_WORDS
        and nxt.cap
        and nxt.gap == " "
        and ws[i + 2].cap
        and ws[i + 2].gap == " "
        and ws[i + 2].low not in FACILITY_NOUNS
        and ws[i + 2].low not in _NOT_SURNAME_ENDS
        and not ws[i + 2].flags & (_NEVER | REGION)
        # not a body's name: "Call Two Rivers Clinic today"
        and not facility_follows(ws, i + 2)
        # not a thing's: "Ruby Red Grapefruit juice", "Carolina Blue Ridge country"
        and not (i + 3 < len(ws) and ws[i + 3].gap == " " and reads_as_noun(ws[i + 3]))
    ):
        return 0.8, "a given name before a surname of two words", "run"
    if w.upper and _caps_after_cue(ws, i):
        return 0.65, "in capitals after a greeting, thanks or a word for a person", "upper"
    if w.upper and _caps_with_middle_initial(text, ws, i):
        return 0.75, "in capitals with a middle initial", "run"  # "Pt COMFORT K. DOLO,"
    if (
        w.upper
        and text.startswith((", who ", ", who'", ", who\u2019"), w.end)
        and len(w.text) >= 3
        and f & GIVEN
        and w.text not in _CAPS_ACRONYMS
        and not f & (_NEVER | TITLE | REGION | GENERIC | ENGLISH)
    ):
        return 0.65, "in capitals before 'who'", "upper"  # "Thank you to FEMI, who sang"
    if (
        w.cap
        and text.startswith(", ", w.end)
        and len(w.text) >= 3
        and not f & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC | FOREIGN)
        # a word in use only if a given name and no frequent word: "Amir, who" (not
        # "Hope, who")
        and (not f & WORD or (f & GIVEN and not f & COMMON))
        and not w.possessive
        and w.text not in lex.places
        and low not in DEITIES  # "Jehovah, who she prays to"
        # opening its sentence, or after a colon (in mid-sentence the rules of words of no
        # list find a name; "bring donuts on Fridays, who cover" is no one)
        and (w.initial or i == 0 or ":" in w.gap or "\n" in w.gap)
        # not a plural noun: "Facilitators, one of our volunteers told me", "Mondays, who"
        and not (low.endswith("s") and word_flags(w.text[:-1]) & (ENGLISH | SOFT_STOP))
        and _PERSON_APPOSITIVE.match(text, w.end) is not None
    ):
        # "I knew immediately: Lwazi, who I saw", "Tonho, one of our older users, sat": a
        # word of no list (or a name) before "who" or "one of our clients"
        return 0.7, "before 'who' or 'one of our clients'", "name"
    if (
        (f & _NEVER and not _small_word_given_after_relative(ws, i))
        or low in NOT_NAME_WORDS
        or low in FESTIVALS
        or (low in _FOLKLORE and not (nxt is not None and nxt.cap and is_space_gap(nxt.gap)))
        or (prev is not None and prev.low == "in" and spoken_in(ws, i))  # "said to me in Acholi"
        # "who is Mosotho herself", "a proud Wiradjuri man"
        or (_people_cue_near(ws, i) and names_a_people(ws, i, _run_end(ws, i)))
        # "Counsellor, South Asian community", "in North Sámi and Norwegian": a point of the
        # compass before a people or a language
        or (low in COMPASS_WORDS and nxt is not None and nxt.low in LANGUAGES_AND_PEOPLES)
        or (low in DEITIES and _deity_here(ws, i))
        or low in EPONYMS  # "Gottman calls them bids"
        or _event_day(ws, i)
        or _book_of(ws, i)
        or _opens_with_greeting(text, ws, i)
        # "Fa'afetai for reading": thanks of another language, opening its sentence (not
        # "Thanks Sarah for reading this")
        or (
            text.startswith(" for ", w.end)
            and w.initial
            and _THANKS_FOR.match(text, w.end) is not None
        )
        # "back on Country": the land of Aboriginal people, in their English
        or (low == "country" and prev is not None and prev.low == "on")
        # "many of them Maya families", "a Hakha Chin interpreter": a people or a language
        or _people_before_group(ws, i, lex)
        # "Shona is my first language": a language; "Ngāti Porou": an iwi
        # "since Reagan was president": a head of state, in public life
        or (
            text.startswith(HEAD_OF_STATE_STARTS, w.end)
            and (
                _LANGUAGE_SAID_AFTER.match(text, w.end) is not None
                or HEAD_OF_STATE_AFTER.match(text, w.end) is not None
            )
        )
        or (prev is not None and prev.low in _IWI_WORDS and prev.cap and w.gap == " ")
        or (low in _IWI_WORDS and nxt is not None and nxt.cap and nxt.gap == " ")
        # '"Cher, it has been one year': the Cajun word of address opening a quoted card
        or (
            low in {"cher", "ch\u00e8re", "ch\u00e9ri", "ch\u00e9rie"}
            and (
                (w.gap[-1:] in _OPENING_QUOTE_CHARS and text.startswith(",", w.end))
                # "Mon Cher,", "Merci Cher", "called me Chéri"
                or (prev is not None and prev.low in {"mon", "ma", "merci", "me"})
            )
        )
        or (w.possessive and life_written(ws, i))  # "Mandela's autobiography"
        or (
            prev is not None and prev.low in _ST and saints_thing(text, ws, i)
        )  # "St. Francis prayer"
        or (
            prev is not None and prev.low == "in" and language_said(text, ws, i)
        )  # "in Shona we say"
        # "play for Liverpool", "Liverpool, the football team", "Liverpool FC"
        or (
            (
                (prev is not None and prev.low in TEAM_VERB_LINKS)
                or (nxt is not None and nxt.text in TEAM_NEXT_WORDS)
            )
            and team_named(text, ws, i)
        )
        # "Hurricane María", "after María (the hurricane, not a person)": a storm
        or (prev is not None and prev.low in _STORMS and prev.cap)
        or (text.startswith(" (", w.end) and _STORM_ASIDE.match(text, w.end) is not None)
        # "St Patrick's weekend": a saint, no one to hide
        or (w.possessive and prev is not None and prev.low in {"st", "saint"} and prev.cap)
        # "from the movie Coco", "the book Wonder": a work's title after what it is
        or (
            prev is not None
            and prev.low in _WORK_NOUNS
            and w.gap == " "
            and i >= 2
            # "the movie Coco", "the TV character Monk"
            and (ws[i - 2].low in NOUN_DETERMINERS or (i >= 3 and ws[i - 3].low == "the"))
        )
        # each called only where its first condition holds (these run for every candidate)
        or (text[w.end + 1 : w.end + 2].isdigit() and _scripture(text, ws, i))
        or (prev is not None and prev.low == "it" and _named_it(ws, i))
        or _versus(text, ws, i)
        or ((i == 0 or "\n" in w.gap) and _to_all(text, ws, i))
    ):
        return None
    # 3. A word for a person: "my client Sarah", "her son jake", "Baby June".
    if (
        prev is not None
        and prev.low in RELATION_CUES
        and not prev.possessive  # "his wife's kelaguen": hers, not her name
        and (prev.text.islower() or prev.initial)
        and (is_space_gap(w.gap) or w.gap in {", ", " ("})
        and not f & (GENERIC | TITLE | REGION)
    ):
        if (
            w.cap
            and not facility_follows(ws, i)
            and w.low not in _PERSONIFIED
            # "counsellor, Inuit-serving ...": an adjective made with a hyphen
            and not ("-" in w.text and f & WORD and not f & LISTED)
            # "counsellor, Northwest Territories.": a region after a role
            and not (
                nxt is not None
                and nxt.cap
                and is_space_gap(nxt.gap)
                and run_is_region(text, ws, i, _run_end(ws, i), lex)
            )
        ):
            return 0.85, "after a word for a person", "name"
        if (
            w.upper
            and len(w.text) >= 3
            and f & LISTED
            and w.text not in _CAPS_ACRONYMS
            # "this kid GAVE A PRESENTATION": an English word in a shout
            and not (f & ENGLISH and nxt is not None and nxt.text.isupper())
            # "our patients LOVE Mr Bean": an English word stressed after a plural (not "the
            # clients ROBIN and HEATHER")
            and not (
                f & ENGLISH
                and prev.low.endswith("s")
                and prev.low not in _SINGULAR_S
                and not (nxt is not None and (nxt.low == "and" or nxt.gap.startswith(",")))
            )
        ):
            return 0.8, "after a word for a person", "upper"
        # a word of no list in capitals, after a word for kin or a client in a sentence in small
        # letters: "my client THABO came in", "Her granddaughter ZANELE posted" (not an
        # initialism: "her son's IEP", "my client NAMI referred"; not a shout)
        if (
            w.upper
            and len(w.text) >= 4
            and w.text.isalpha()
            and not f & (ENGLISH | LISTED | _NEVER | FOREIGN)
            and w.text not in _CAPS_ACRONYMS
            and prev.low in STRONG_RELATION_CUES
            and not prev.upper
            and sum(c in "AEIOUY" for c in w.text) >= 2
            # what a person did after it (not "my client IAPT referral took six months")
            and nxt is not None
            and nxt.gap == " "
            and (nxt.low in _DEEDS_AFTER_CAPITALS or nxt.low in _ACTS_AFTER_NAME)
        ):
            return 0.7, "in capitals after a word for kin or a client", "upper"
        if (
            lower
            and not _dish_of(ws, i)  # "his wife's bisibele bath", "her grandmother's kimchi"
            # a listed name, or after "my client", "her son" any word of no language
            and (f & LISTED or (not f & ENGLISH and _owned_cue(ws, i) and len(low) >= 3))
            and not f & (COMMON | SOFT_STOP | FOREIGN | STOP | OTHER_STOP)
            and low not in VERB_FORMS
            and not low.endswith(("ed", "ing", "s"))
            and not f & WORD
            and not _suffixed(w)  # "one of my clients (anonymous-ish)"
        ):
            return 0.8, "after a word for a person", "lower"
    # 4. A possessive before a family word: "Maria's mom".
    if (
        w.possessive
        and nxt is not None
        and nxt.low in FAMILY_AFTER
        and not f & _NOT_ALONE
        and not _suffixed(w)  # "Ex-miner's son"
    ):
        if w.cap and (f & GIVEN or not w.initial or not f & ENGLISH):
            return 0.8, "possessive before a family word", "name"
        if (
            lower
            and not f & WORD
            and low not in KINSHIP_WORDS
            and not (i > 0 and ws[i - 1].low in NOUN_DETERMINERS)  # "the grandkids' clothes"
            and (f & LISTED or (not f & ENGLISH and _may_be_small_name(w)))
        ):
            return 0.75, "possessive before a family word", "lower"  # "hiax's mom"
    # 5. A greeting or a sign-off: "Hi Dana,", "— Kwame", "Thanks, Priya".
    if i == 0 or "\n" in w.gap or (prev is not None and prev.low in _ADDRESS_BEFORE):
        found = _addressed(text, ws, i)
        if found is not None:
            return found
    # 5b. Called by name at the end of what someone says: "Seis horas, Chayo!".
    if (
        w.cap
        and w.gap == ", "
        and _VOCATIVE_END.match(text, w.end) is not None
        and not f & (WORD | _NEVER | SOFT_STOP | TITLE | REGION | GENERIC)
        and not w.possessive
        and w.text not in lex.places
    ):
        return 0.6, "called by name", "name"
    # 5c. Called by name before what is said to them, starting a sentence: 'he said "Marcus,
    # I forgot', "Rose, I won't.", "destiny, you told me" (not "Honestly, I" or "Man, I").
    if (
        nxt is not None
        and nxt.gap == ", "
        and nxt.low in _SPOKEN_TO_AFTER
        # a given name (a word of no list here is as often a title: "Cikgu, I think")
        and f & GIVEN
        and (w.cap or (lower and writes_lowercase(ws)))
        and not f & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC | FOREIGN)
        and low not in KINSHIP_WORDS
        and low not in APPOSITION_NOUNS
        and low not in _INTERJECTIONS
        and not w.possessive
        and (w.initial or i == 0 or not _STOPS_OR_QUOTES.isdisjoint(w.gap))
        and _ASIDE_CLAUSE.match(text, nxt.end) is None  # "Hope, I think, is a choice"
    ):
        return 0.6, "called by name before what is said to them", "lower" if lower else "name"
    not_alone = f & _NOT_ALONE
    # 6. Speech: "said Tomasz", "Marisol told me", "April texted me" (a name that is also a
    # month or a word may speak, a word for a relative or a body may not).
    if (
        w.cap
        and not (not_alone & ~SOFT_STOP)
        and not (not_alone and (low in KINSHIP_WORDS or not f & GIVEN))
        and not (low in MONTHS and month_context(text, ws, i))
        and (f & GIVEN or not f & ENGLISH)
        and len(low) >= 2
        and not _people_word(w)
        and not (f & WORD and low in RELATION_CUES)  # "Son cried.": her son
        and low not in _QUANTIFIERS  # "Many asked me to write"
        and low not in _HOLIDAYS_SPOKEN  # "since Easter told me": the time, not the speaker
        and (
            (prev is not None and prev.low in SPEECH_BEFORE and w.gap == " ")
            or (
                nxt is not None
                and is_space_gap(nxt.gap)
                and (nxt.low in SPEECH_AFTER or (not f & WORD and _said_of_people(ws, i + 1)))
            )
        )
        and not _place_word(ws, i, lex)
    ):
        return 0.75, "beside a verb of speech", "name"
    # 6c. A given name written small by a writer who writes small, before a verb that only
    # people do: "autumn lost her dad", "chase told me" (not "hope springs").
    if (
        lower
        # a given name, or a word of no list: "ndokreweil rang me"
        and (f & GIVEN or (not f & (ENGLISH | LISTED) and _may_be_small_name(w)))
        and not f & (_NEVER | SOFT_STOP | FOREIGN)
        and len(low) >= 3
        and low not in KINSHIP_WORDS
        and low not in APPOSITION_NOUNS  # "the other girl hugged her", "our IT guy said"
        # "the kid in the back row said": a noun after a determiner; "out of bed asked me":
        # the object of a preposition
        and not any(0 <= k < i and ws[k].low in NOUN_DETERMINERS for k in (i - 1, i - 2))
        and not (prev is not None and prev.low in _PREPOSITIONS_BEFORE_NOUN)
        and low not in MONTHS
        and nxt is not None
        and is_space_gap(nxt.gap)
        and nxt.low in _SAID_BY_PEOPLE_ONLY
        and not _lowercase_thing(ws, i)
        and writes_lowercase(ws)
    ):
        return 0.55, "a given name written small before a verb of people", "lower"
    # 6d. One or two words of no list written small, set off by commas before a verb that only
    # people do, by a writer who writes small: "kid i met last winter, lainyeix miyounyiax,
    # asked his auntie".
    if (
        lower
        and w.gap.endswith(", ")  # "since he was 13, wuyoal, hes 17 now"
        and _small_word_of_no_list(w)
        and _small_name_set_off_before_verb(ws, i)
        and writes_lowercase(ws)
    ):
        return 0.55, "a name written small, set off before a verb of people", "lower"
    # 6b. With one's family: "Hunter and his mom came in" (a name that is also a word too).
    if w.cap and f & GIVEN and not not_alone and _with_family(ws, i + 1):
        return 0.7, "with a relative", "name"
    # 7b. A name starting a sentence before a role set off by commas: "Tsiok, my boss, says",
    # "Maria, the festival organiser, texted".
    if (
        w.cap
        and (w.initial or i == 0 or "\n" in w.gap)
        and nxt is not None
        and nxt.gap == ", "
        and (f & GIVEN or not f & (ENGLISH | LISTED))
        and not f & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC)
        and low not in KINSHIP_WORDS
        and not _people_word(w)
        and (
            _ROLE_AFTER.match(text, w.end) is not None
            # "Ffion, a fresher from up north who": a word of no list before a person's kind
            # (not a greeting that opens a post: "Namaste, a counsellor from Pune here.")
            or (i > 0 and not f & (ENGLISH | LISTED) and _KIND_AFTER.match(text, w.end) is not None)
        )
    ):
        return 0.65, "a name before a role set off by commas", "name"
    # 7. Set off by commas after a word for a person: "my senior, Aminata Diallo, arrived".
    relative = f & GIVEN and prev is not None and prev.low in _RELATIVES
    if (
        w.gap == ", "
        and (
            not not_alone
            or (not_alone == REGION and relative)
            # "One of my students, Nur, is eleven": a word of another language only
            or (not not_alone & ~(FOREIGN | OTHER_STOP) and w.cap and not f & ENGLISH)
        )
        and (len(low) >= 2 or (i + 1 < len(ws) and _dotted_initial(ws, i)))  # "T.J. Mahaffey"
        and (
            w.cap
            or (
                lower
                and len(low) >= 3
                # a word of no language, or a given name that is no word in use: "kyle ("
                and (
                    not f & (ENGLISH | FOREIGN)
                    or (f & GIVEN and not f & (WORD | FOREIGN))
                    # a given name that is a word, closed by a comma, by a writer who writes
                    # small: the girl jade of one of our girls, jade, has been with us
                    or (
                        f & GIVEN
                        and not f & (FOREIGN | STOP | SOFT_STOP)
                        and "-" not in low
                        and i + 1 < len(ws)
                        and ws[i + 1].gap.startswith(", ")
                        # what a person does after it, after "one of our girls": not
                        # "client, 60s, farmer, has", "the dad, young, was"
                        and ws[i + 1].low in _DONE_AFTER_A_NAME
                        and _one_of_people_before(ws, i)
                        and not _role_noun(w)
                        and writes_lowercase(ws)
                    )
                )
            )
        )
        and (f & LISTED or not f & ENGLISH)
        and not w.possessive
        and not _people_word(w)
        # "his dad's old Corsa, reg KX19 ZPT,": a word before a code is the code's
        and not (i + 1 < len(ws) and any(c.isdigit() for c in ws[i + 1].text))
        and _person_before(ws, i)
        and not (f & ENGLISH and _listed_beside(ws, i))  # "knows Joy, Sadness, Anger, Fear"
        and _closed(text, ws, _run_end(ws, i))
        and _REGION_WORD_AFTER.match(text, w.end) is None  # "in Ho, Volta Region,"
        and (
            # "his mother, Montserrat, who": a given name after a relative is hers
            relative or not run_is_region(text, ws, i, _run_end(ws, i), lex)
        )
    ):
        # the whole run the commas close is the name: "a friend, Summer Bearskin."
        return 0.7, "set off by commas after a word for a person", "lower" if lower else "run"
    # 7c. A name before the short name it goes by in brackets: "Gwenllian (or Gwen to".
    if (
        w.cap
        and nxt is not None
        and nxt.gap == " ("
        and nxt.low == "or"
        and i + 2 < len(ws)
        and ws[i + 2].cap
        and ws[i + 2].flags & GIVEN
        and not ws[i + 2].flags & _NEVER
        and not f & (_NEVER | GENERIC | TITLE | REGION)
        and (f & GIVEN or not f & (ENGLISH | LISTED))
    ):
        return 0.7, "before the name it goes by in brackets", "name"
    # 8. An age after it: "Miracle Johnson-Pratt, 15,", "Autumn (11)", "Will, 26,".
    if (
        w.cap
        and (
            not not_alone
            or (
                not_alone == SOFT_STOP
                and f & GIVEN
                and low not in MONTHS
                and low.removesuffix("s") not in WEEKDAY_WORDS
            )
        )
        and (
            f & LISTED
            or not f & ENGLISH
            # a rare word that opens a sentence, before an age in digits: "Ummer, 52, came";
            # not a weekday's plural or a word inside a sentence: "Mondays, 6 to 7:30 pm",
            # "a gardener, Nisei, mid-eighties"
            or (
                not f & WORD
                and _starts_sentence(ws, i)
                and low.removesuffix("s") not in WEEKDAY_WORDS
                and (age_in_digits := _AGE_IN_DIGITS_AFTER.match(text, w.end)) is not None
                # what a person is or did after it (not "Sats, 94, on room air")
                and _PERSON_AFTER_AN_AGE.match(text, age_in_digits.end()) is not None
            )
        )
        and not w.possessive
        and len(low) >= 2  # "M, 9,": a sex and an age
        and not _people_word(w)
        # "Boy (15, Kosovo-Albanian)": a word for a person (not a given name: "Guy, 34,")
        and low not in _RECORDED_PERSONS
    ):
        j = _run_end(ws, i)
        if (
            j + 2 < len(ws)
            and ws[j + 1].low in ROMANCE_PARTICLES
            and ws[j + 1].text.islower()
            and ws[j + 1].gap == " "
            and ws[j + 2].cap
            and ws[j + 2].gap == " "
        ):
            j = _run_end(ws, j + 2)  # "Maria do Socorro, 41,": a particle inside the name
        after = ws[j].end
        if j + 1 < len(ws) and ws[j + 1].gap == ", " and ws[j + 1].low in LANGUAGES_AND_PEOPLES:
            after = ws[j + 1].end  # "Wanbli, Lakota, 28,"
        age = _AGE_AFTER.match(text, after)
        if (
            age is not None
            # "Farmer, 50s,", "Patient (70s,", "Farmer, fifty-nine,": a decade or an age in
            # words after a name that is no word only
            and not (("0s" in age.group() or age.group()[-2:-1].isalpha()) and f & WORD)
            and not facility_follows(ws, i)
            and not _place_word(ws, i, lex)
            and not run_is_region(text, ws, i, j, lex)
            # "Happy International Nurses Day (12 May)": a day's name, its date after it
            and not (j > i and ws[j].low in _DAY_NAMES)
        ):
            return 0.75, "an age after it", "name"
    # 8b. "Will is 34, has ...": a given name, even one that is a word, before its age
    # (written small too, by a writer who writes small: "trinity is 14").
    if (
        (w.cap or (lower and _starts_sentence(ws, i) and writes_lowercase(ws)))
        # a given name, a surname of no dictionary and no town ("Fanfan is seven."; not
        # "Leicester is 2"), a word of no list
        and (
            f & GIVEN
            or (f & FAMILY and not f & WORD and w.text not in lex.places)
            or not f & (ENGLISH | LISTED)
        )
        and not _people_word(w)
        and nxt is not None
        and nxt.low in {"is", "was"}
        and nxt.gap == " "
        and not f & (_NEVER & ~SOFT_STOP)
        and (m := _AGE_IS.match(text, nxt.end)) is not None
        # "Rinail is 58.": an age that ends the sentence, only for a word that is no word;
        # "Faith was 15 when I met her": before "when", any given name
        and (
            m.group(1) is None
            or not f & (WORD | SOFT_STOP)
            or m.group(1) == " when"
            # "Tam is 58. Worked in the mills": a given name starting a paragraph, and a
            # sentence about a person after the age (not "Max is 21." of a score)
            or (
                f & GIVEN
                and w.cap
                and (i == 0 or "\n" in w.gap)
                and not f & SOFT_STOP
                and _PERSON_SENTENCE_AFTER.match(text, m.end()) is not None
            )
        )
    ):
        return 0.7, "an age after it", "name"
    # 8c. A sentence that starts with a name and says who the person is: "Blessing is in
    # 5th year", "Summer is a junior", "Xaliimo is a single mom of 3".
    if (
        w.cap
        and w.initial
        # a given name, a surname that is no word ("Karwan"), a word of no list
        and (f & GIVEN or not f & (ENGLISH | LISTED) or (f & FAMILY and not f & WORD))
        and not f & (_NEVER | TITLE | REGION | GENERIC)
        and low not in MONTHS
        and not _people_word(w)
        # a name that is also a word ("Summer") needs a noun for a person, not a role's
        # ending; the surname after a given name too ("Freeman Miller is a dairy farmer")
        and (
            # "Nur is Rohingya"; not "Hope is Irish", "Sunday is Samoan": a word before a people
            _described_as_person(
                text,
                w.end,
                roles=not f & WORD,
                people=low not in _NOT_SAID_OF_A_PEOPLE and not f & SOFT_STOP,
            )
            or (
                nxt is not None
                and nxt.cap
                and is_space_gap(nxt.gap)
                and nxt.flags & LISTED
                and not nxt.flags & _NOT_ALONE
                and _described_as_person(text, nxt.end, roles=False)
            )
        )
    ):
        return 0.7, "a sentence that says who the person is", "name"
    # 8d. A name starting a paragraph before a people set off by commas: "Feven, Eritrean,
    # early 20s, has been coming".
    if (
        w.cap
        # at a paragraph's start, or set off by commas: "..., Dovydas, Lithuanian, came over"
        and (i == 0 or "\n" in w.gap or w.gap == ", ")
        and (f & GIVEN or not f & (ENGLISH | LISTED))
        and not f & (_NEVER | TITLE | REGION | GENERIC)
        and w.text not in lex.places
        and nxt is not None
        and nxt.gap == ", "
        and nxt.cap
        and nxt.low in LANGUAGES_AND_PEOPLES
        and text.startswith(",", nxt.end)
    ):
        return 0.7, "a name before a people set off by commas", "name"
    # 9. A kunya: "Umm Khalid", "Abu Bakr".
    if (
        w.cap
        and low in KUNYA_WORDS
        and nxt is not None
        and nxt.cap
        and is_space_gap(nxt.gap)
        and not nxt.flags & _NEVER
    ):
        return 0.8, "a kunya", "name"
    if (
        not_alone == OTHER_STOP
        and w.cap
        and f & GIVEN
        and nxt is not None
        and is_space_gap(nxt.gap)
        and nxt.cap
        and nxt.flags & FAMILY
        and not nxt.flags & (OTHER_STOP | FOREIGN)
        and _english_context(ws, i + 1)  # not '"Der Mond ist aufgegangen"'
    ):
        # "Della Frank, in her fifties": a given name that another language's small word is
        return 0.7, "capitalised and in the name lists", "name"
    if (
        not_alone == REGION
        and w.cap
        and f & GIVEN
        and nxt is not None
        and nxt.cap
        and is_space_gap(nxt.gap)
        # a surname after it: "Jordan Whyte-Campbell", "Georgia Okonkwo" (not "Georgia
        # Tech", "Jordan River")
        and (
            ("-" in nxt.text and all(p[:1].isupper() for p in nxt.text.split("-")))
            or (nxt.flags & FAMILY and not nxt.flags & (WORD | REGION | _NEVER))
        )
        and not facility_follows(ws, i)
        and nxt.text not in lex.places
    ):
        return 0.7, "a given name that is a country's, before a surname", "name"
    if not_alone or _generic_run(ws, i) or team_run(ws, i):
        return None  # "the Dallas Cowboys": a team, not a person
    # 9b. A given name and a surname in capitals, though the given name is a word too:
    # "GRACE OKONKWO CAME IN TODAY".
    if (
        w.upper
        and len(w.text) >= 3
        and f & GIVEN
        and not f & (_NEVER | TITLE | REGION | GENERIC)
        and w.text not in _CAPS_ACRONYMS
        and _unlisted_caps_follows(ws, i)
        # a surname of the lists (no given name, word or place), not just any word of no
        # list: not "HOPE CAMHS CALLS BACK", "CHASE CENTRELINK", "HOPE LEICESTER WIN"
        and ws[i + 1].flags & FAMILY
        and not ws[i + 1].flags & (REGION | GENERIC)
        and ws[i + 1].text.title() not in lex.places
        and _english_context(ws, i)
    ):
        return 0.65, "a given name and a surname in capitals", "upper"
    if w.upper and _listed_caps_run(ws, i) and _english_context(ws, i):
        return 0.65, "names of the lists in capitals, in a sentence in small letters", "upper"
    # 10. The name lists: a capitalised word they hold that is no English word (nor a word
    # with a suffix: "Short-ish").
    if (
        f & LISTED
        and not f & WORD
        and not _suffixed(w)
        and not low.startswith(_SAINT_PREFIXES)  # "the Saint-Jean-Baptiste": a feast, a town
        # "... for a while. Slava to all of you": a word wished to all
        and not (w.initial and _TO_ALL_OF_YOU.match(text, w.end) is not None)
        # "in the Ashanti Region"
        and (
            nxt is None
            or nxt.low not in _REGION_WORDS
            or _REGION_WORD_AFTER.match(text, w.end) is None
        )
        # "twelve Céline cassettes": a singer's records (not "Aisha's songs are lovely")
        and not (
            nxt is not None
            and nxt.low in _MEDIA_NOUNS
            and is_space_gap(nxt.gap)
            and not w.possessive
        )
    ):
        if (
            w.cap
            and not facility_follows(ws, i)
            and not _place_word(ws, i, lex)
            and not _brand_before_noun(ws, i)
            and _english_context(ws, i)
            and not _listed_beside(ws, i)  # "Maya K'iche' communities", "Dene and Inuit"
        ):
            if f & GIVEN and not (
                # "I deserve an Oscar": a thing after "an", not a person
                prev is not None
                and prev.low == "an"
                and not (nxt is not None and nxt.cap and is_space_gap(nxt.gap))
            ):
                return (0.7 if w.initial else 0.75), "capitalised and in the name lists", "name"
            if (not w.initial or "-" in w.text) and not (
                prev is not None and prev.low in {"the", "a", "an"}  # "a cake from the Centra"
            ):
                return 0.6, "capitalised and in the surname list", "name"
        if (
            w.upper
            and (len(w.text) >= 5 or (len(w.text) >= 3 and _unlisted_caps_follows(ws, i)))
            and f & GIVEN
            and w.text not in _CAPS_ACRONYMS
            # "JEAN-PIERRE", not "POH-GGZ": every part of a hyphenated word is a name's (a
            # code with digits is found all the same: "CAM-2023-1187")
            and (
                any(c.isdigit() for c in w.text)
                or all(word_flags(p) & LISTED for p in w.text.split("-"))
            )
            # a shout ("KWABENA CALLED ME"): only a given name that is no English word at all,
            # or one before a surname of no list ("MARY-JANE KATAQUAPIT")
            and (not _shouting(ws, i) or not f & ENGLISH or _unlisted_caps_follows(ws, i))
            # "the NADRA office", "the KIRAN helpline": a body's initials
            and not (
                prev is not None
                and prev.low == "the"
                and nxt is not None
                and nxt.gap == " "
                and nxt.low in _BODY_NOUNS_AFTER
            )
            and _english_context(ws, i)
        ):
            return 0.6, "in the name lists, in capitals", "upper"
        if (
            lower
            and f & GIVEN
            and len(low) >= 3
            and low not in LOWERCASE_PARTICLES
            and low not in NAME_PARTICLES
            and not f & (COMMON | ENGLISH)
            and not _typo(low, lex)
            and not ("-" in low and any(word_flags(p) & WORD for p in low.split("-")))
            and not _lowercase_thing(ws, i)
            and not _small_region(ws, i, lex)
            and _english_context(ws, i)
            and (writes_lowercase(ws) or _speaks(ws, i))
        ):
            return 0.55, "lowercase word in the given-name list", "lower"
    # 11. A given name that is also a word, capitalised alone in mid-sentence.
    if (
        w.cap
        and f & GIVEN
        and f & WORD
        and not w.initial
        and not _in_title(ws, i)
        and not facility_follows(ws, i)
        and not _place_word(ws, i, lex)
        and not (prev is not None and (prev.low in NOUN_DETERMINERS or prev.flags & TITLE))
        # alone: not the end of a capitalised name ("Beyond Blue", "Christmas Eve"); "I'm
        # Wren" is capitalised for the "I"
        and not (
            prev is not None
            and (prev.cap or prev.upper)
            and is_space_gap(w.gap)
            and prev.low not in _FIRST_PERSON
            # "Especially Joy, our charge nurse": an adverb that opens the sentence
            and not (prev.initial and _opens_a_sentence(prev))
            # "Thanks Maria for everything", "Hi Joy": a greeting or thanks before a name
            and not (
                (prev.low in GREETING_WORDS or prev.low in SIGN_OFF_WORDS)
                and not f & NAME_CUE  # "Hi Friend, I hear you": no one named
            )
        )
        and not w.gap.rstrip().endswith(tuple("0123456789"))
        and not run_is_region(text, ws, i, _run_end(ws, i), lex)
        and not _listed_beside(ws, i)  # "Joy, Sadness, Anger"
        and not (prev is not None and prev.low in _WORK_VERBS)  # "play Cash records"
        and not text[w.end : w.end + 2].strip()[:1].isdigit()  # "dial 988 and Press 1"
        # 'She said, "Good," and walked off': a common word alone in quotes
        and not (f & COMMON and w.gap[-1:] in _OPENING_QUOTE_CHARS)
        # "across the mountain West", "from back East", "up North": a part of a country
        and not (
            low in _COMPASS_NAMES
            and is_space_gap(w.gap)
            and ((i >= 2 and ws[i - 2].low == "the") or (prev is not None and prev.low in _WAYS))
        )
        and not (low in _COMPASS_NAMES and text.startswith(" of ", w.end))  # "East of England"
        # "Bay of Plenty", "Cape of Good Hope": a place's feature before its name
        and not (low in _FEATURES_BEFORE_OF and _OF_A_NAME.match(text, w.end) is not None)
    ):
        return 0.65, "capitalised given name in mid-sentence", "name"
    # 11a. A given name written small before an aside about how it is written: "destiny (she
    # insists on lower case", "willow (she writes it lowercase".
    if (
        lower
        # not a verb: "her blessing to share (with her first name"
        and not (prev is not None and prev.low in {"to", "will", "would", "can", "could"})
        and text.startswith(" (", w.end)
        and (
            (f & GIVEN and _ASIDE_ABOUT_NAME.match(text, w.end) is not None)
            # a word of no list and no dictionary: "chepe (everyone has a nickname here"
            or (
                not f & (LISTED | WORD | ENGLISH | STOP | FOREIGN)
                and (
                    _ASIDE_ABOUT_NAME.match(text, w.end) is not None
                    or _ASIDE_ABOUT_NICKNAME.match(text, w.end) is not None
                )
            )
        )
    ):
        return 0.65, "a given name before an aside about how it is written", "lower"
    # 11b. A given name that is also a word starting a paragraph, before an aside about a
    # person: "Joy (yes really, and she'll tell you) ...".
    starts_paragraph = _given_starting_paragraph(ws, i)
    if (
        starts_paragraph
        and text.startswith(" (", w.end)
        and _PERSON_ASIDE.match(text, w.end) is not None
    ):
        return 0.6, "a given name before an aside about a person", "name"
    # 11c. A given name starting a paragraph before a verb that only people do: "Precious
    # joined us in February" (not "Hope is a funny thing").
    if (
        starts_paragraph
        and low not in KINSHIP_WORDS
        and nxt is not None
        and is_space_gap(nxt.gap)
        # "Summer arrived early": a word-name needs a verb that only people do
        and (nxt.low in _SAID_BY_PEOPLE_ONLY or (nxt.low in _STARTED_BY_PEOPLE and not f & WORD))
    ):
        return 0.6, "a given name starting a paragraph before a verb of people", "name"
    # 11f. A given name starting a paragraph before the person's people: "Florin is Romanian,".
    if (
        w.cap
        and f & GIVEN
        and (i == 0 or "\n" in w.gap)
        and not f & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC)
        and (people := _IS_OF_A_PEOPLE.match(text, w.end)) is not None
        and people.group(1).lower() in LANGUAGES_AND_PEOPLES
    ):
        return 0.65, "a given name before the person's people", "name"
    # 11e. A given name starting a sentence before what only a client does with a worker:
    # "Summer started with me in the fall", "Royal has been coming since march".
    if (
        # a given name, or a capitalised word of no list: "Gwenllian came to us at seventy-one"
        (f & GIVEN or (w.cap and not f & (LISTED | ENGLISH) and w.text not in lex.places))
        and (w.initial or (lower and _starts_sentence(ws, i) and writes_lowercase(ws)))
        and not f & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC)
        and low not in KINSHIP_WORDS
        and low not in APPOSITION_NOUNS
        and not w.possessive
        and _CLIENT_PREDICATE.match(text, w.end) is not None
        # a word of no list: only what a client does ("Gwenllian came to us"; not "Barnardos
        # contacted us")
        and (f & GIVEN or _CLIENT_COMES.match(text, w.end) is not None)
    ):
        return 0.6, "a given name before what a client does", "lower" if lower else "name"
    # 11d. A name before an honorific after it: "Iyer sir is 91", "Ramesh ji", "Srinu garu",
    # "Ponnuthai paati is 92".
    if (
        w.cap
        and (f & LISTED or not f & ENGLISH)
        and not f & (_NEVER | TITLE | REGION | GENERIC)
        and nxt is not None
        and nxt.gap == " "
        and (
            (nxt.text in _HONORIFICS_AFTER and not text.startswith(" chi", nxt.end))  # tai chi
            or (
                nxt.text in _KIN_AFTER
                # a given name, or a word of no list in mid-sentence (not "Rishta aunty
                # culture", "Arre uncle", "Durga amma")
                and (f & GIVEN or (not f & ENGLISH and not _starts_sentence(ws, i)))
                and not f & (WORD | COMMON)
                and low not in _NOT_NAMES_BEFORE_KIN
                and not low.endswith(_TRADE_ENDINGS)  # "Chaiwala uncle": the tea seller
                and not (i and ws[i - 1].low in _ARTICLES)  # "the Chaiwala uncle"
                and low not in DEITIES
                and not _people_word(w)
            )
        )
    ):
        return 0.8, "a name before an honorific", "name"
    # Any capitalised word before an aside that says it is a name: "Podge (not his real name".
    if (
        w.cap
        and text.startswith(" (", w.end)
        and not f & (_NEVER | TITLE)
        and _NAME_ASIDE.match(text, w.end) is not None
    ):
        return 0.7, "a word before an aside about its being a name", "name"
    # A given name, or a word of no list, before the pronouns its bearer goes by: "— Wren
    # (they/them)" (not "our new Chair (she/her)").
    if (
        w.cap
        and (f & GIVEN or not f & ENGLISH)
        and text.startswith(" (", w.end)
        and not f & (_NEVER | TITLE | REGION | GENERIC)
        and low not in KINSHIP_WORDS
        and low not in APPOSITION_NOUNS
        and not _people_word(w)
        and w.text not in lex.places
        and _PRONOUNS_ASIDE.match(text, w.end) is not None
    ):
        return 0.75, "a word before the pronouns its bearer goes by", "name"
    # 12. An unknown capitalised word acting as a person (or a listed one starting a
    # sentence before an aside about a person: "Daz (he'd kill me for ...)").
    if (
        w.cap
        and w.initial
        and f & LISTED
        and not f & (WORD | _NOT_ALONE)
        and text.startswith(" (", w.end)
        and _PERSON_ASIDE.match(text, w.end) is not None
    ):
        return 0.55, "a name before an aside about a person", "name"
    if w.cap and not f & (LISTED | ENGLISH) and w.text not in lex.places:
        if facility_follows(ws, i) or _people_word(w) or len(low) < 2:  # "4 F's"
            return None
        if w.possessive and not w.initial:
            if (
                prev is not None
                and prev.low == "the"
                and text.startswith(("s'", "s\u2019"), w.end - 1)
                and (is_dictionary_word(low[:-1]) or two_words(low[:-1]))
            ):
                return None  # "the Seahawks' offensive line": a team's, not the Oyelowos'
            return 0.6, "unknown capitalised word with a possessive", "name"
        if nxt is not None and is_space_gap(nxt.gap) and _said_of_people(ws, i + 1):
            return 0.55, "unknown capitalised word before a verb said of people", "name"
        if w.initial and text.startswith(" (", w.end) and _PERSON_ASIDE.match(text, w.end):
            # "Zhilex (nobody has called him that since...)": an aside about a person
            return 0.55, "unknown capitalised word before an aside about a person", "name"
    # 12f. A word the text says is a name: "Chance — that's his actual name", and a given name
    # or a word of no list that is a sentence of its own: "... for disability. Abdelrahim."
    if (
        (w.cap or lower)
        and not f & (_NEVER | TITLE | REGION | GENERIC | FOREIGN)
        and (
            _THATS_THE_NAME.match(text, w.end) is not None
            or (w.cap and _REAL_NAME_AFTER.match(text, w.end) is not None)
            or (
                w.cap
                and w.initial
                and i > 0
                and not f & ENGLISH
                # a listed name inside a paragraph (not "Ekosi." or "Karibu.", thanks)
                and f & LISTED
                and "\n" not in w.gap
                and "-" not in w.text
                and _SENTENCE_OF_ITS_OWN.match(text, w.end) is not None
                and not _people_word(w)
                and w.text not in lex.places
            )
        )
    ):
        return 0.65, "a name said to be one, or a sentence of its own", "lower" if lower else "name"
    # 12d. A name that the text says goes by another: "Ndouroax, goes by Siond, 46,".
    if (
        w.cap
        and not f & (ENGLISH | _NEVER | TITLE | REGION | GENERIC)
        and _GOES_BY_AFTER.match(text, w.end) is not None
    ):
        return 0.7, "a name before the name it goes by", "name"
    # 12e. A surname before "family": "the Taiku family", "the Ndlovu household".
    if (
        w.cap
        and prev is not None
        and prev.low == "the"
        and nxt is not None
        and nxt.gap == " "
        and nxt.low in _FAMILY_NOUNS
        # a listed surname that is a word too: "the Brown family" (not "the Royal family")
        and (not f & ENGLISH or (f & FAMILY and low not in _KINDS_OF_FAMILY))
        # not a body's name going on: "the Farm Household Allowance"
        and not (i + 2 < len(ws) and ws[i + 2].cap and is_space_gap(ws[i + 2].gap))
        and not f & (_NEVER | TITLE | REGION | GENERIC)
        and not _people_word(w)
        and w.text not in lex.places
    ):
        return 0.65, "a surname before 'family'", "name"
    if (
        w.upper
        and prev is not None
        and prev.text == "THE"
        and nxt is not None
        and nxt.gap == " "
        and nxt.upper
        and nxt.low in _FAMILY_NOUNS
        # in capitals only a word that no English word is: "THE DOHERTY FAMILY" (not "THE
        # BEST FAMILY EVER")
        and not f & (ENGLISH | _NEVER | TITLE | REGION | GENERIC)
        and w.text not in _CAPS_ACRONYMS
        # "THE SCBU FAMILY", "THE NHSBT FAMILY": a unit's letters, no surname
        and len(low) >= 4
        and sum(c in _VOWELS for c in low) >= 2
        and not _generic_run(ws, i)  # "THE ADDAMS FAMILY"
        and w.text.title() not in lex.places
    ):
        return 0.65, "a surname before 'family'", "upper"  # "THE DOHERTY FAMILY SENT"
    # 12c. A word that no list knows starting a paragraph, before a verb.
    subject = _paragraph_subject(text, ws, i, lex)
    if subject is not None:
        return subject
    # 12a. Addressed in a post: "Koaden if you see this", "Marisol, if you're reading this".
    addressed = _if_you_see(text, ws, i)
    if addressed is not None:
        return addressed
    thanked = _thanked(text, ws, i, lex)
    if thanked is not None:
        return thanked
    # 12b. A capitalised word that no list knows, in mid-sentence among English words: the
    # names nobody has met ("told Kraesuzioth to", "Yesterday Odalric came").
    if (
        w.cap
        and not f & (LISTED | ENGLISH | REGION | GENERIC | TITLE)
        and len(low) >= 3
        and low.isalpha()
        and w.text not in lex.places
        and not w.possessive
        # at a sentence's start, only before another such word, a surname or particles and a
        # surname: "Daeke Butumion has", "Sravani Reddy, 2nd yr", "Marietjie van der Merwe is"
        and (
            not w.initial
            or (
                nxt is not None
                and is_space_gap(nxt.gap)
                and (
                    _unknown_capitalised(nxt, lex)
                    or _surname_word(nxt)
                    or (nxt.text in LOWERCASE_PARTICLES and _particles_before_name(ws, i + 1))
                )
            )
        )
        and not (prev is not None and (prev.low in NOUN_DETERMINERS or prev.flags & TITLE))
        and not (prev is not None and prev.low in _WHOLE and ws[i - 2].low in NOUN_DETERMINERS)
        # a German noun after its article: "zu deinem Geburtstag"
        and not (prev is not None and prev.text in _GERMAN_ARTICLES_SMALL)
        and not _in_english_run(ws, i)
        and not facility_follows(ws, i)
        and not _people_word(w)
        and not _place_word(ws, i, lex)
        and not run_is_region(text, ws, i, _run_end(ws, i), lex)
        and _unknown_may_be_name(text, ws, i)
        and _english_context(ws, i)
    ):
        return 0.5, "capitalised word of no list in mid-sentence", "name"
    # 12g. A given name beside the writer: "I went with Precious and I chose the colour".
    if (
        w.cap
        and not w.initial
        and prev is not None
        and prev.low in _WITH_WORDS
        and f & GIVEN
        and text.startswith((" and I ", " and i ", " and me ", " and I'", " and i'"), w.end)
        and not f & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC)
        and low not in KINSHIP_WORDS
        and low not in APPOSITION_NOUNS
        and low not in MONTHS
        and not w.possessive
    ):
        return 0.6, "a given name beside the writer", "name"
    # 12f. A given name addressed at a sentence's end: "I do, Margaret.", "Proud of you, Kemi!"
    if (
        w.cap
        and w.gap == ", "
        and f & GIVEN
        and not f & (WORD | ENGLISH | _NOT_ALONE)
        and text[w.end : w.end + 1] in {".", "!", "?"}
        and not w.possessive
        and w.text not in lex.places
        # "Om namah shivaya, Shiva.", "Ya Allah, Rahman.": a god, a god's epithet
        and low not in DEITIES
        and not (prev is not None and prev.low in DEITIES)
    ):
        return 0.65, "a given name addressed", "name"
    # 13. A surname in the plural: "the Okafors", "the Joneses".
    if (
        w.cap
        and not f & WORD
        and not facility_follows(ws, i)
        and prev is not None
        and prev.low == "the"
        and low.endswith("s")
        and len(low) > 4
        and not w.possessive
        and (
            word_flags(w.text[:-1]) & FAMILY
            or (low.endswith("es") and word_flags(w.text[:-2]) & FAMILY)
        )
        and not word_flags(w.text[:-1]) & SOFT_STOP  # "the Fridays"
        and not run_is_region(text, ws, i - 1, i, lex)  # "the Netherlands"
        and not (nxt is not None and (nxt.cap or nxt.upper) and is_space_gap(nxt.gap))
        # "we both supported the Scarlets": a team
        and not (i >= 2 and ws[i - 2].low in _SUPPORT_WORDS)
        and low not in _TEAM_PLURALS  # "talked about the Lakers"
    ):
        return 0.55, "a surname in the plural", "name"
    return None


#: A number's cue after an abbreviation: "reg. no.", "ref no", "lic. #".
_NUMBER_NO = re.compile(r"\.? (?:no\.?|nr\.?|num\.?|number|#) ?:? ?[A-Z]*\d", re.IGNORECASE)
#: A name or a nickname earlier in a sentence that a colon ends: "by his nickname because he
#: insists on it: " (before the name).
_NAME_BEFORE_COLON = re.compile(
    # not across "but": "the name, but he knows the new drug: Lybalvi."
    r"\b(?:nickname|surnames?|name(?! (?:of|for)\b)|call (?:him|her|them))\b"
    r"(?:(?! but )[^.!?:;\n]){0,120}$",
    re.IGNORECASE,
)
#: German determiners written small before a noun: not "der", "des", "das", "den", particles
#: of names too ("van der Merwe", "rue des Goélands", "Maria das Dores"), nor English "die".
_GERMAN_ARTICLES_SMALL = GERMAN_DETERMINERS - {"der", "des", "das", "den", "die"}
#: A letter three times in a row: a shout ("NOOOO"), no name.
_THREE_ALIKE = re.compile(r"(.)\1\1")
#: Writing earlier in a sentence that a colon ends, before a word in capitals: "he wrote it
#: on the whiteboard in big letters: ".
#: The gaps of a colon before a name, and of a colon and an opening quote: ': "QUISPE".'
_COLON_GAPS = frozenset({": ", ': "', ": \u201c"})


def _ends_after_colon(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether a clause ends after word *i* (a colon before it) or its run in capitals.

    The words in capitals that go on from it are the name's ("in big capital letters:
    LAJWANTI MOTWANI."); after an opening quote, the clause ends after the closing one.
    """
    w = ws[i]
    k = i
    while (
        w.upper
        and k + 1 < len(ws)
        and k - i < 2
        and ws[k + 1].gap == " "
        and ws[k + 1].upper
        and len(ws[k + 1].text) >= 2
        and ws[k + 1].text not in _CAPS_ACRONYMS
        # a name's word: not "in capitals: HOPE IS REAL.", "VIVA MEXICO.", "BELLA CIAO."
        and ws[k + 1].flags & LISTED
        and not ws[k + 1].flags & (WORD | _NEVER | TITLE | REGION)
        and ws[k + 1].text.title() not in lexicon().places
    ):
        k += 1
    end = ws[k].end
    if w.gap != ": ":
        # 'his full surnames: "QUISPE HUAMÁN".': in quotes, only a full name in capitals, every
        # word of it in the name lists and none an English word (not a slogan or a sign)
        if k == i or not all(
            x.flags & LISTED and not x.flags & (WORD | ENGLISH) for x in ws[i : k + 1]
        ):
            return False
        if not text.startswith(('"', "\u201d"), end):
            return False
        end += 1
    return _CLAUSE_END.match(text, end) is not None


_WRITTEN_BEFORE_COLON = re.compile(r"\b(?:wrote|written|letters|capitals)\b[^.!?:\n]{0,80}$")
#: The rest of a field's label for a number: "Case #: ", "Room no.: ".
_NUMBER_LABEL = re.compile(r" (?i:no\.?|nr\.?|num\.?|number|#) ?:(?:\*\*|__)? ?[A-Z0-9]")
#: Determiners of a thing counted: "every arvo", "each hui".
_EVERY = frozenset({"every", "each"})
#: Ordinals after a determiner: "the first hui", "our last kōrero".
_ORDINAL_WORDS = frozenset({"first", "second", "third", "last", "next", "final", "whole"})
#: Verbs before a dish: "ate phuchka", "cooking adobo".
_EATEN_AFTER = word_set("ate eat eats eating cooked cook cooks cooking drinking drank sipping")
#: Words that make the capitalised word after them a day of feasting: "happy Ferragosto".
_FEAST_BEFORE = frozenset({"happy", "merry", "blessed", "joyous"})
#: Words between a determiner and a thing that is whole: "the whole Toblerone".
_WHOLE = frozenset({"whole", "entire"})
#: What may start a capitalised name inside it: "McAllister", "DeShawn", "O'Neil".
_INNER_CAPITAL_PREFIXES = ("mc", "mac", "de", "di", "da", "la", "le", "du", "van", "von", "ma")


def _inner_capital(t: str) -> bool:
    """Tell whether *t* has a capital inside a part ("WeChat"; not "T-Boy", "O'Neill")."""
    if t[1:].islower():
        return False  # the usual case: no capital after the first letter
    return any(c.isupper() and t[k - 1] not in "-'\u2019" for k, c in enumerate(t) if k)


def _unknown_may_be_name(text: str, ws: tuple[Word, ...], i: int) -> bool:  # noqa: PLR0911 - one rule per return
    """
    Tell whether a capitalised word that no list knows may be a name where it stands.

    It is no name when it is the plural of an English word ("Buddhists"), has a capital
    inside it ("WeChat", "MacGyvered" is one too), is cut by a colon ("Stó:lō"), stands
    alone in quotes ("Sleepytime"), is glossed ("Pākehā = ..."), follows a measure ("a box
    of Kleenex") or "happy", or is listed beside a language or a people ("Syrian and Yemeni
    families").
    """
    w = ws[i]
    t = w.text
    low = w.low
    if low.endswith("s") and (
        word_flags(t[:-1]) & ENGLISH
        or low.endswith(("ians", "ists", "ans", "ites"))
        or low[:-1] in GENERIC_ORGANIZATIONS  # "terrible Pikachus"
    ):
        return False  # "Buddhists", "Olympians"
    if _inner_capital(t) and not low.startswith(_INNER_CAPITAL_PREFIXES):
        return False
    after = text[w.end : w.end + 12]
    if after[:1] == ":" and after[1:2].isalpha():
        return False
    if after.startswith((" =", " means", " is a brand")):
        return False
    # The run of capitalised words it stands in: '"Keepy Uppy"', "Gullah Geechee elders".
    first = j = i
    while first and ws[first - 1].cap and is_space_gap(ws[first].gap):
        first -= 1
    while j + 1 < len(ws) and ws[j + 1].cap and is_space_gap(ws[j + 1].gap):
        j += 1
    if (
        ws[first].gap[-1:] in _OPENING_QUOTE_CHARS
        and text[ws[j].end : ws[j].end + 1] in _CLOSE_QUOTES_OR_STOPS
    ):
        return False  # alone in quotes: a title or a word, not a person
    if j + 1 < len(ws) and ws[j + 1].low in _GROUPS_AFTER and is_space_gap(ws[j + 1].gap):
        return False  # "Okinawan clients", "Yemeni families"
    if _DOSE_AFTER.match(text, w.end) is not None:
        return False  # "Invega Sustenna 156mg": a drug
    if i:
        prev = ws[i - 1]
        if prev.low in _FEAST_BEFORE or prev.low in _WORK_VERBS:
            return False
        if prev.low == "of" and i > 1 and ws[i - 2].low in MEASURE_WORDS:
            return False
    return not _listed_beside(ws, i)


def _listed_beside(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* is listed beside a language or a people, or capitalised words.

    "Syrian and Yemeni", "French, Malagasy and English": a word joined by a comma, "and" or
    "or" to a language or a people is one too; "Blouse, Salwar, Alteration": a word between
    two capitalised English words of a list is a word of the list.
    """
    n = len(ws)
    neighbours = []
    if (
        i
        and (ws[i].gap.startswith((",", "/")) or ws[i].gap == " ")
        and ws[i - 1].low not in _JOINERS
    ):
        if ws[i].gap.startswith((",", "/")):  # "French, Malagasy", "Tagalog/Ilocano"
            neighbours.append(ws[i - 1])
    elif i > 1 and ws[i - 1].low in _JOINERS:
        neighbours.append(ws[i - 2])
    if i + 1 < n:
        if ws[i + 1].gap.startswith((",", "/")):
            neighbours.append(ws[i + 1])
        elif ws[i + 1].low in _JOINERS and i + 2 < n:
            neighbours.append(ws[i + 2])
    for x in neighbours:
        if any(p in LANGUAGES_AND_PEOPLES for p in x.low.split("-")):
            return True
        if x.low in EPONYMS and x.cap:
            return True  # "I read Freud, Jung, Beck, everything"
        if x.low in ONE_WORD_FIGURES and x.cap:
            return True  # "Messi, Salah, the Champions League": footballers
    # Among capitalised English words of a list, one of them at least no name: "Blouse,
    # Salwar, Alteration", "knows Joy, Sadness, Anger, Fear and Disgust" (not "in Cyrillic,
    # ...", and not "Joy, Hope and Faith", three names).
    count, unlisted, ungiven = _listed_words(ws, i)
    if count >= 2:
        return unlisted
    # "versions of Joy and Fear": a name that is a word, paired by "and" with a word that is
    # no given name (not "before Maria, I was")
    return (
        count == 1
        and ungiven
        and bool(ws[i].flags & WORD)
        and ((i + 1 < n and ws[i + 1].low in _JOINERS) or (i > 0 and ws[i - 1].low in _JOINERS))
    )


def _listed_words(ws: tuple[Word, ...], i: int) -> tuple[int, bool, bool]:
    """
    Count the capitalised English words listed with word *i*.

    Also tell whether one of them is in no name list, and whether one is no given name.
    """
    n = len(ws)
    count = 0
    unlisted = ungiven = False
    for step in (-1, 1):
        k = i
        while True:
            # the next item: one word away after ", " or "/", two after " and " or " or "
            a = k + step
            if not 0 <= a < n:
                break
            gap = ws[max(a, k)].gap
            if gap.startswith((",", "/")) and gap.strip(",/ ") == "":
                nxt = a
            elif ws[a].low in _JOINERS and 0 <= a + step < n:
                nxt = a + step
            else:
                break
            x = ws[nxt]
            if not (x.cap and not x.initial and x.flags & WORD):
                break
            count += 1
            unlisted = unlisted or not x.flags & LISTED
            ungiven = ungiven or not x.flags & GIVEN
            k = nxt
    return count, unlisted, ungiven


_JOINERS = frozenset({"and", "or", "&"})
#: A dose after a word: the word is a drug's name.
_DOSE_AFTER = re.compile(r"[ \t]+[0-9.]+[ \t]?(?:mg|mcg|ml|g|units?)\b", re.IGNORECASE)
#: Verbs whose object is a work, a dish or a language, never a person: "I sang Pōkarekare".
_WORK_VERBS = word_set(
    """
    sang sing sings singing hummed humming played playing watched watching cooked cooking
    baked baking ate eating drank speaks spoke speaking listened play
    """
)
#: Prepositions whose object is no subject of the verb after it: "get out of bed asked me".
_PREPOSITIONS_BEFORE_NOUN = frozenset({"of", "in", "into", "on", "at", "from", "to", "under"})
#: Words before the name of a storm: "after Hurricane María".
_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
#: An aside after a storm's name: " (the hurricane".
_STORM_ASIDE = re.compile(r" \((?:the |a )?(?:hurricane|typhoon|cyclone|storm)\b", re.IGNORECASE)
#: Plural nouns for groups of people, after a word for a people: "Okinawan clients".
_GROUPS_AFTER = word_set(
    """
    families clients folks people patients kids children women men elders refugees
    communities students youth aunties uncles grandmothers grandparents neighbours neighbors
    woman man lady girl boy elder mob community culture heritage descent
    """
)


_CLOSE_QUOTES_OR_STOPS = frozenset("\"\u201d'\u2019.,!?")


def _short_form(ws: tuple[Word, ...], i: int, k: int) -> bool:
    """Tell whether word *k* is word *i*'s short form in quotes: 'Montserrat, "Montse"'."""
    if i < 0 or k >= len(ws):
        return False
    full, short = ws[i], ws[k]
    return (
        short.gap in _SHORT_FORM_GAPS
        and full.cap
        and short.cap
        and 3 <= len(short.low) < len(full.low)
        and full.low.startswith(short.low)
        and k + 1 < len(ws)
        and ws[k + 1].gap[:1] in _QUOTE_CLOSE_CHARS
    )


_SHORT_FORM_GAPS = frozenset({', "', ", \u201c", ' ("', " (\u201c"})
_QUOTE_CLOSE_CHARS = frozenset('"\u201d')


def _nickname(ws: tuple[Word, ...], i: int) -> list[tuple[int, int]] | None:
    """
    Return the three parts of a name with a nickname in quotes (as word index ranges).

    Terrence "T-Bone" Whitlock: a capitalised name, one or two words in quotes, a
    capitalised name after them.
    """
    n = len(ws)
    if i + 2 >= n or ws[i + 1].gap not in _QUOTE_OPEN:
        return None  # the usual case: no quote after the word
    w = ws[i]
    if (
        not w.cap
        # a region's name is a given name here: 'Alberta "Bertie" Crump'
        or w.flags & (_NEVER | GENERIC | TITLE)
        or (w.flags & REGION and not w.flags & GIVEN)
        or (w.flags & ENGLISH and not w.flags & LISTED)
    ):
        return None
    a = i + 1
    for b in (a, a + 1):
        if b + 1 >= n or (b > a and not is_space_gap(ws[b].gap)):
            return None
        # a closing single quote is read as a possessive's: "Luzviminda 'Luz' Pacquing"
        closed_small = (
            ws[a].gap[-1:] in {"'", "\u2018"}
            and ws[b + 1].gap == " "
            # the quote is the one character between the word and the space
            and ws[b + 1].start - ws[b].end == 2
        )
        if ws[b + 1].gap in _QUOTE_CLOSE or closed_small:
            z = ws[b + 1]
            if (
                z.cap
                and not z.flags & (_NEVER | REGION | GENERIC | TITLE)
                and (z.flags & LISTED or not z.flags & ENGLISH)
            ):
                return [(i, i), (a, b), (b + 1, _extend(ws, b + 1, "name"))]
            return None
    return None


#: Words for a person before "called" and a name: "a young woman called hope".
_PEOPLE_CALLED = word_set(
    "woman man girl boy lady guy kid lad lass fella bloke gentleman chap teen teenager"
    " youngster person client patient son daughter baby"
)


def _person_everyone_calls(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* follows "a kid everyone calls", "a man we all call" and the like."""
    if i < 3 or ws[i - 1].low not in {"calls", "call"}:
        return False
    k = i - 2
    if ws[k].low == "all" and ws[k - 1].low in {"we", "they"}:
        k -= 1  # "we all call"
    elif ws[k].low not in {"everyone", "everybody"}:
        return False
    k -= 1
    if k >= 0 and ws[k].low in {"that", "who", "whom"}:
        who = k
        k -= 1
        if k >= 0 and ws[who].gap.startswith(",") and ws[k].cap and ws[k].flags & (GIVEN | FAMILY):
            return True  # "Jaspreet Gill, who everyone calls Honey,": a person named before
    return k >= 0 and ws[k].low in _PEOPLE_CALLED


def _named_strongly(text: str, w: Word) -> bool:
    """Tell whether a strong naming cue ("goes by", "name is") and a clause's end frame *w*."""
    return (
        _STRONG_NAMING.search(text, max(0, w.start - 64), w.start) is not None
        and _CLAUSE_END.match(text, w.end) is not None
    )


def _person_named_a_weekday(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether weekday *i* is what a person is named: "a man named Sunday".

    After "called" (which also phones: "A client called Monday to cancel"), only before what
    the person did: "A young man called Sunday came". Not "A client named Tuesday as her
    worst day", "named Friday the 13th".
    """
    w = ws[i]
    if not (
        w.cap
        and w.low in WEEKDAY_WORDS
        and i >= 2
        and ws[i - 1].low in {"named", "nicknamed", "called"}
        and ws[i - 2].low in _PEOPLE_CALLED
    ) or text.startswith((" as ", " the "), w.end):
        return False
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    return ws[i - 1].low != "called" or (
        nxt is not None and nxt.gap == " " and nxt.low in _DONE_AFTER_A_NAME
    )


def _weekday_before_surname(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether a weekday after "name is" is a given name before a surname.

    The surname is a listed one, or a word of no list after "a man called" ("A man called
    Sunday Agbeko was admitted").
    """
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    return (
        nxt is not None
        and nxt.gap == " "
        and nxt.cap
        and (
            bool(nxt.flags & FAMILY)
            or (
                not nxt.flags & (ENGLISH | LISTED | FOREIGN)
                and i >= 2
                and ws[i - 1].low in {"named", "called"}
                and ws[i - 2].low in _PEOPLE_CALLED
            )
        )
        and not nxt.flags & _NEVER
        and (
            _STRONG_NAMING.search(text, max(0, ws[i].start - 16), ws[i].start) is not None
            # "He's called Sunday Okafor." (not "a group called Tuesday Crew": a group's)
            or (i > 0 and ws[i - 1].low == "called" and nxt.low not in DAY_GROUP_WORDS)
        )
    )


def _named_alone(text: str, w: Word) -> bool:
    """
    Tell whether *w*, a listed name that is also a small word or a title, stands as a name.

    After a naming cue and before the clause's end: "goes by Ty," (also "you" in Polish),
    "everyone calls Tito," (also "uncle" in Tagalog); not an English function word, pronoun,
    kinship word or title ("calls him Sir.").
    """
    return (
        w.cap
        and bool(w.flags & LISTED)
        and w.low not in ENGLISH_STOPWORDS
        and w.low not in PRONOUNS
        and w.low not in KINSHIP_WORDS
        and w.low not in TITLES
        and _CLAUSE_END.match(text, w.end) is not None
    )


#: Someone named by who chose the name: "She named her ", "they christened him ".
_NAMED_SOMEONE = re.compile(
    r"\b(?:named|nicknamed|christened)\s+(?:him|her|the\s+baby)\s*[\"\u201c'\u2018]?$",
    re.IGNORECASE,
)


def _named(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a naming cue stands just before word *i*."""
    w = ws[i]
    prev = ws[i - 1]
    gap = w.gap[:-1] if w.gap[-1:] in _OPENING_QUOTE_CHARS else w.gap  # calls him "Lwa"
    if not is_space_gap(gap[-1:]) or not SENTENCE_STOPS.isdisjoint(w.gap):
        return False
    if prev.low == "for":
        return i >= 2 and ws[i - 2].low == "short"  # "Teo (short for Teodora"
    window = max(0, w.start - 20)
    if (prev.low in NAMING_LAST_WORDS or prev.low == "now") and _NAMING_CUE.search(
        text, window, w.start
    ) is not None:
        return True
    if prev.low in {"calls", "call", "called"}:
        # "a guy everyone calls Moose", "who the kids call Tito"
        return _EVERYONE_CALLS.search(text, max(0, w.start - 40), w.start) is not None
    if prev.low in {"him", "her", "baby"} and _NAMED_SOMEONE.search(text, window, w.start):
        # "She named her Tšepo", "named the baby Neo": a name, not a title or an honour,
        # as "named her Head Girl" is
        return not (w.flags & WORD and not w.flags & GIVEN)
    return (
        # not "them": a word for many people; "calls him anything but T-Boy", "only Bea"
        prev.low in {"him", "her", "me", "us", "as", "but", "only", "just"}
        and _CALLS.search(text, max(0, w.start - 64), w.start) is not None
    )


def _addressed(text: str, ws: tuple[Word, ...], i: int) -> Found | None:  # noqa: PLR0911, PLR0912 - one rule per return
    """Return a name in a greeting ("Hi Dana,") or a sign-off ("— Kwame", "Thanks, Priya")."""
    w = ws[i]
    f = w.flags
    if (
        f & (_NEVER | TITLE | REGION | FOREIGN)
        # a show's or a brand's name signs with love as a person's nickname: '"Love, Bluey"'
        or (f & GENERIC and not _signed_with_love(ws, i))
        or w.low in AUDIENCE_WORDS
        or _kin_only(w.text)  # '"Grazie, Nonna."', "Thanks, Mum"
        or (w.upper and w.text in _CAPS_ACRONYMS)  # "- RMN, 11 yrs": a credential signs
    ):
        return None
    lower = w.text.islower()
    prev = ws[i - 1] if i else None
    # "— Kwame", "- mo" on a line of its own (with a role after a comma at most).
    if _SIGN_OFF_GAP.search(w.gap) is not None and (i == 0 or "\n" in w.gap):
        if not _alone_on_line(text, ws, i):
            return None  # "- Ask about sleep aids.": an item of a list
        if w.cap and w.low in WORKER_ROLES and text.startswith(",", w.end):
            return None  # "— Chaplain, inpatient psychiatry": a role signs
        if w.cap or w.upper or (len(w.text) == 1 and w.text.isupper()):
            return 0.8, "signs the post", "run"  # "— Kwame", "— J., Medicine Lodge"
        if (
            lower
            and len(w.low) >= 2
            and not f & SOFT_STOP
            and (f & LISTED or not f & WORD)
            and not _role_noun(w)  # "- counsellor, reg. no. ...": a role signs
        ):
            return 0.65, "signs the post", "lower"
        return None
    # "Hi all, this is Kateri Two Rivers" (a name's own cue says "my name is Bo").
    if (
        prev is not None
        and prev.low == "is"
        and i >= 2
        and ws[i - 2].low == "this"
        and w.cap
        and i <= 8
    ):
        return 0.8, "introduces the writer", "run"
    # A card opened in another language, or with "Dear" in quotes, in the middle of a line:
    # 'The card says: "Annwyl Siân, diolch o galon."', '"Liebe Wiebke, danke"'.
    if (
        prev is not None
        and (
            prev.low in _LETTER_OPENINGS
            or (prev.low == "dear" and prev.gap[-1:] in _OPENING_QUOTE_CHARS)
        )
        and prev.cap
        and (prev.initial or i == 1)
        and w.cap
        and w.gap == " "
        and not f & (SOFT_STOP | WORD)  # not '"Dear Anxiety,', '"Dear Diary,'
        and (
            text[(end := ws[_run_end(ws, i)].end) : end + 1] in {",", ":", "!"}
            # two people greeted: '"Querida Xiomara y Tomás,'
            or _AND_A_NAME_GREETED.match(text, end) is not None
        )
    ):
        return 0.8, "in a greeting", "name"
    # "Kia ora" before a name, anywhere: 'The email said: "Kia ora Tendai. I'm a dad now."'
    if (
        i >= 2
        and prev is not None
        and prev.low == "ora"
        and ws[i - 2].low == "kia"
        and prev.gap == " "
        and w.cap
        and w.gap == " "
        and not f & (SOFT_STOP | WORD | _NEVER)
        and w.low not in _MAORI_GREETED
        and text[(end := ws[_run_end(ws, i)].end) : end + 1] in {",", ":", "!", "."}
    ):
        return 0.8, "in a greeting", "name"
    # the second of two people greeted: '"Querida Xiomara y Tomás,', "Liebe Wiebke und Jörg,"
    if (
        i >= 3
        and prev is not None
        and prev.low in _AND_WORDS
        and w.cap
        and w.gap == " "
        and prev.gap == " "
        and not f & (SOFT_STOP | WORD)
        and ws[i - 3].low in _LETTER_OPENINGS | {"dear"}
        and ws[i - 3].cap
        and (ws[i - 3].initial or i == 3)
        and _AND_A_NAME_GREETED.match(text, ws[i - 2].end) is not None
    ):
        return 0.8, "in a greeting", "name"
    # at a line's start, or after a closing of two words there ("ngā mihi, Aroha")
    if (
        prev is None
        or not (
            _line_start(ws, i - 1)
            or (
                i >= 2
                and w.cap
                and w.gap in {", ", ",\n"}
                and prev.low in SIGN_OFF_WORDS
                and _line_start(ws, i - 2)
            )
            # a card quoted in a line: '... anymore either. Love, Bluey" — from a young bloke'
            or (
                _signed_with_love(ws, i)
                and _starts_sentence(ws, i - 1)
                and text[w.end : w.end + 1] in {'"', "\u201d"}
            )
        )
    ):
        return None
    if prev.low in GREETING_WORDS and w.gap in {" ", ", "}:
        if (
            w.cap
            and not f & SOFT_STOP
            and w.low not in APPOSITION_NOUNS  # not "Dear Therapist,"
            and w.low not in _ADDRESSED_THINGS  # not "Dear Anxiety,"
        ):
            return 0.8, "in a greeting", "name"
        if lower and f & LISTED and not f & (WORD | SOFT_STOP) and w.low not in _GREETING_PARTICLES:
            return 0.7, "in a greeting", "lower"
    if (
        prev.low in _CLOSINGS
        and w.gap in {", ", ",\n", "\n", " "}
        and w.low not in _ROLES_SIGNED  # "Abraços,\nPsicóloga, CRP 04/51873": a role
    ):
        j = max(_run_end(ws, i), _extend(ws, i, "name"))  # "Groetjes,\nFemke de Wit"
        rest = text[ws[j].end : ws[j].end + 2]
        if (w.cap or (lower and f & LISTED and not f & WORD)) and (
            not rest or rest[0] in '\n.!,"\u201d' or rest.isspace() or rest == " ("
        ):
            return 0.75, "signs the post", "name" if w.cap else "lower"
    return None


#: Words of respect after a greeting, no names: "hello po" (Tagalog), "namaste ji" (Hindi).
_GREETING_PARTICLES = frozenset({"po", "opo", "ji"})
#: Who "Kia ora" greets that is no one's name: "Kia ora koutou", "Kia ora e te whānau".
_MAORI_GREETED = frozenset(
    {"koutou", "kōrua", "korua", "katoa", "whānau", "whanau", "tātou", "tatou"}
)
#: Who a greeting opening a post is for: "Hoi all.", "Kia ora everyone,".
_GREETED = frozenset(
    {"all", "everyone", "everybody", "folks", "friends", "team", "y'all", "yall", "guys"}
)


def _opens_with_greeting(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* is a greeting that opens the text: "Hei! I'm", "Hoi all.".

    A greeting of any language stands first, before "!" or before those it greets; a name
    seldom does.
    """
    if i or len(ws) < 2:
        return False
    w = ws[0]
    return (
        text.startswith("!", w.end)
        or (ws[1].low in _GREETED and ws[1].gap == " ")
        # "Salaan/hi everyone": a greeting beside an English one
        or (ws[1].low in GREETING_WORDS and ws[1].gap in {"/", " / ", ", "})
    )


def _alone_on_line(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the words from word *i* are alone on their line, as a signature is.

    After the run of capitalised words only a full stop or "!" may follow, or a comma and a
    role of a few words ("- Dana, school counselor"), and then the line or the text ends.
    """
    j = _run_end(ws, i)
    end = text.find("\n", ws[j].end)
    rest = text[ws[j].end : len(text) if end < 0 else end].strip()
    last = end < 0 or _ONLY_SPACE.match(text, end) is not None  # the text's last line
    if not (
        rest in {"", ".", "!"}
        or _HANDLE_IN_BRACKETS.fullmatch(rest) is not None  # "- Bev (dustyroads_bev)"
        # "— Shiju (CPN, and proud chai-maker)": an aside in brackets on the last line
        or (rest[:1] == "(" and rest.endswith((")", ").")) and (last or len(rest.split()) <= 5))
        or (
            rest.startswith(",")
            and (last or (len(rest.split()) <= 5 and not rest.endswith((".", ":"))))
        )
    ):
        return False
    # An item of a list has other items beside it: a line before or after starts alike.
    line = text.rfind("\n", 0, ws[i].start)  # the end of the line before (-1: none)
    before = text[text.rfind("\n", 0, line) + 1 : line].lstrip() if line > 0 else ""
    after = _NEXT_CHAR.match(text, end + 1) if end >= 0 else None
    return not (before[:1] in _BULLETS or (after is not None and after.group(1) in _BULLETS))


#: Marks of a list item before its first word (a quotation's ">" is none: "> Precious came in"
#: starts a quoted paragraph).
_BULLETS = frozenset("-*\u2022\u2013\u2014")
_ONLY_SPACE = re.compile(r"\s*\Z")
_NEXT_CHAR = re.compile(r" *(\S)")


def _signed_with_love(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* is capitalised after "Love, ": '"Love, Bluey"'."""
    return bool(i) and ws[i - 1].text in {"Love", "LOVE"} and ws[i].gap == ", " and ws[i].cap


def _line_start(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether word *k* starts a line or a sentence."""
    gap = ws[k].gap
    if k == 0:
        return True
    return "\n" in gap or not SENTENCE_STOPS.isdisjoint(gap)


#: A reason of the person's own after the name everybody calls them: " because of his hair".
_REASON_OF_THEIRS = re.compile(r" (?:because of|cos of|for) (?:his|her|their) ")


def _called_for_a_reason(text: str, w: Word) -> bool:
    """Tell whether everybody calls someone *w* for a reason of theirs ("because of his hair")."""
    return (
        _REASON_OF_THEIRS.match(text, w.end) is not None
        and _EVERYONE_CALLS.search(text, max(0, w.start - 40), w.start) is not None
    )


def _said_of_people(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether word *k* is a verb said of people ("told", "says", "and her ...")."""
    w = ws[k]
    subject = ws[k - 1] if k else None
    if (
        w.low in _PERSON_ADVERBS
        and k + 1 < len(ws)
        and is_space_gap(ws[k + 1].gap)
        # of a word that opens a sentence ("Tharsika now volunteers"; not "a manager in
        # Rexdale actually called")
        and subject is not None
        and subject.initial
    ):
        # after an adverb, only what people alone do: not "Venlafaxine still works"
        return ws[k + 1].low in _DONE_BY_PEOPLE
    if w.low in PERSON_VERBS:
        return True
    if w.low in _OPENING_PERSON_VERBS:
        # said of things too ("his old Camry sat"): only of a word that opens a sentence
        return subject is not None and subject.initial
    return w.low == "and" and k + 1 < len(ws) and ws[k + 1].low in {"her", "his", "their"}


#: Verbs said of people and of things, after a word that opens a sentence: "Losana stood".
_OPENING_PERSON_VERBS = frozenset({"stood", "sat", "waited", "arrived", "returned", "listened"})
#: What only people do, after an adverb: "Tharsika now volunteers" (a noun without one); not
#: "lost" or "won" ("Liverpool still lost": a team).
_DONE_BY_PEOPLE = word_set(
    """
    said says told tells asked asks texted texts whispered yelled shouted replied answered
    laughed cried smiled hugged nodded shrugged sighed grinned apologised apologized thanked
    admitted agreed refused graduated relapsed volunteers volunteered visits visited wept sobbed
    """
)
#: Adverbs between a person and what the person does: "Tharsika now volunteers".
_PERSON_ADVERBS = frozenset(
    {"now", "still", "finally", "always", "never", "just", "then", "later", "eventually"}
    | {"also", "actually", "even", "only", "quietly", "suddenly", "often", "sometimes"}
)


def _with_family(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether words *k* on say "and his mom", "and her kids" ("and" is word *k*)."""
    return (
        k + 2 < len(ws)
        and ws[k].low == "and"
        and all(is_space_gap(ws[x].gap) for x in (k, k + 1, k + 2))
        and ws[k + 1].low in {"her", "his", "their"}
        and (ws[k + 2].low in FAMILY_AFTER or ws[k + 2].low in RELATION_CUES)
    )


def _run_end(ws: tuple[Word, ...], i: int) -> int:
    """Return the last word of the run of up to four capitalised words from word *i*."""
    j = i
    while (
        j + 1 < len(ws)
        and j - i < 3
        and not ws[j].possessive
        and is_space_gap(ws[j + 1].gap)
        and (ws[j + 1].cap or (ws[i].text.islower() and not ws[j + 1].flags & ENGLISH))
        and not ws[j + 1].flags & _NEVER
    ):
        j += 1
    return j


def _closed(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Tell whether the run ending at word *j* is closed by a comma, bracket or full stop."""
    after = text[ws[j].end : ws[j].end + 2]
    if ws[j].possessive:
        return False
    return after[:1] in {",", ")", "."} or after in {" (", " -", " \u2014"}


def _start_of(w: Word) -> int:
    """Return where *w* starts (the key that finds a word by its offset)."""
    return w.start


def _person_before(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a word for a person comes in the few words before word *i*."""
    for k in range(i - 1, max(-1, i - 7), -1):
        x = ws[k]
        if x.low in APPOSITION_NOUNS or _role_noun(x):
            return True
        # "one of my folks, ...", "one of our service users, ..."
        if x.low in _POSSESSIVES and k >= 2 and ws[k - 1].low == "of" and ws[k - 2].low in _SOME:
            return True
        # "one of the boys, ...": people in the plural
        if (
            x.low.endswith("s")
            and x.low[:-1] in APPOSITION_NOUNS
            and k >= 3
            and ws[k - 1].low == "the"
            and ws[k - 2].low == "of"
            and ws[k - 3].low in _SOME
        ):
            return True
        if not CLAUSE_STOPS.isdisjoint(ws[k + 1].gap):
            return False
    return False


_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your"})


def _one_of_people_before(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether "one of our girls," or the like stands right before word *i*."""
    if i < 4 or ws[i].gap != ", ":
        return False
    people = ws[i - 1].low
    return (
        people.endswith("s")
        and (people[:-1] in APPOSITION_NOUNS or people in APPOSITION_NOUNS)
        and (ws[i - 2].low in _POSSESSIVES or ws[i - 2].low == "the")
        and ws[i - 3].low == "of"
        and ws[i - 4].low in _SOME
    )


_SOME = frozenset({"one", "two", "three", "some", "few", "several", "many", "most", "all"})
#: The endings of English nouns for people in a role: "interpreter", "pharmacist".
_ROLE_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants")


def _role_noun(w: Word) -> bool:
    """Tell whether *w* is a lowercase English noun for a person in a role or a relative."""
    low = w.low
    if low.endswith(("-in-law", "-in-laws")):
        return True  # "her mother-in-law, ..."
    return (
        w.text.islower()
        and len(low) >= 6
        and low.endswith(_ROLE_ENDINGS)
        and bool(w.flags & WORD)
        and low not in _NOT_ROLES
    )


#: English words with a role's ending that name no person.
_NOT_ROLES = word_set(
    """
    after never ever other another either neither whether together rather further winter
    summer number paper water center centre computer corner dinner letter border quarter
    chapter register shelter trailer weather order error mirror floor behavior behaviour
    humor humour color colour favor favour honor honour labor labour harbor harbour
    restaurant important distant constant instant pleasant meant want cant
    """
)


_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u201e")


#: Words before a lowercase word that make it a thing or a quality: determiners, "my", and
#: words of degree ("so sian").
_BEFORE_A_THING = NOUN_DETERMINERS | frozenset(
    {"my", "very", "so", "too", "really", "quite", "super", "pretty", "rather"}
)


def _lowercase_thing(ws: tuple[Word, ...], i: int) -> bool:  # noqa: PLR0911, PLR0912 - one rule per return
    """
    Tell whether the lowercase word *i* names a thing, not a person.

    After a determiner ("our charla", "her shimá"), alone in quotes ("like "chu""), or
    beside "and" and another word of no list ("injera and shiro"): a word of another language.
    """
    w = ws[i]
    if i > 1 and ws[i - 1].low == "of" and ws[i - 2].low in MEASURE_WORDS:
        return True  # "a tray of turon", "a bowl of pho"
    for k in (i - 2, i - 3):
        if (
            k > 0
            and ws[k].low == "of"
            and ws[k - 1].low in MEASURE_WORDS
            and all(x.text.islower() and is_space_gap(x.gap) for x in ws[k + 1 : i + 1])
        ):
            return True  # "a tray of char siu bao"
    if i and ws[i - 1].low in _EATEN_AFTER and is_space_gap(w.gap):
        return True  # "ate phuchka from the stall": a dish
    if i and ws[i - 1].low in FESTIVALS:
        return True  # "eid mubarak"
    if i and ws[i - 1].low in _BEFORE_A_THING and is_space_gap(w.gap):
        return True  # "in my aiga", "very sian": a noun or an adjective of another language
    if i and ws[i - 1].low in _EVERY and is_space_gap(w.gap):
        return True  # "every arvo": a thing counted
    if i and ws[i - 1].possessive and is_space_gap(w.gap):
        return True  # "his wife's kimchi recipe": a thing of someone's
    if (
        i > 1
        and ws[i - 1].low in _ORDINAL_WORDS
        and ws[i - 2].low in NOUN_DETERMINERS
        and is_space_gap(w.gap)
        and is_space_gap(ws[i - 1].gap)
    ):
        return True  # "at the first hui"
    after = ws[i + 1].gap if i + 1 < len(ws) else ""
    if w.gap[-1:] in _QUOTES and after[:1] in _QUOTES:
        return True
    for a, b in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= a < len(ws) and ws[b].low in {"and", "or"}:
            x = ws[a]
            if x.text.islower() and not x.flags & (ENGLISH | LISTED | STOP):
                return True
    return False


_OPENING_QUOTES = frozenset('"\u201c')
#: Words before a quoted title that make it a work's: a song, a book, a film.
_WORK_CUES = frozenset(
    {
        "song",
        "songs",
        "sang",
        "sing",
        "sings",
        "singing",
        "played",
        "plays",
        "playing",
        "picked",
        "piece",
        "track",
        "album",
        "hymn",
        "tune",
        "book",
        "books",
        "film",
        "movie",
        "show",
        "read",
        "reading",
        "watched",
        "watching",
        "listened",
        "listening",
        "chose",
    }
)


def _quote_start(ws: tuple[Word, ...], i: int) -> int | None:
    """Return the first word of a quotation that word *i* stands in (six words back at most)."""
    k = i
    while k >= 0 and i - k < 6:
        gap = ws[k].gap
        if gap[-1:] in _OPENING_QUOTES:
            return k
        if not _QUOTE_BREAKS.isdisjoint(gap):
            return None
        k -= 1
    return None


#: What ends the search back for an opening quote: a sentence's end or a closing quote.
_QUOTE_BREAKS = frozenset('.!?\n"\u201d')


def _quote_end(ws: tuple[Word, ...], i: int) -> int:
    """Return the last word of the quotation that opens before word *i* (six words at most)."""
    j = i
    while j + 1 < len(ws) and j - i < 6 and _CLOSING_QUOTE_CHARS.isdisjoint(ws[j + 1].gap):
        j += 1
    return j


def _work_title(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the quotation that starts at word *i* is the title of a work.

    Capitalised words in quotes after a word such as "sang", "picked" or "book": 'he picked
    "Sweet Caroline"'.
    """
    j = _quote_end(ws, i)
    if j + 1 < len(ws) and _CLOSING_QUOTE_CHARS.isdisjoint(ws[j + 1].gap):
        return False  # no closing quote within six words
    if j + 1 >= len(ws) and j - i >= 6:
        return False
    quoted = ws[i : j + 1]
    if not all(x.cap or x.upper or x.low in NAME_CONNECTORS_SMALL for x in quoted):
        return False
    return any(ws[k].low in _WORK_CUES for k in range(max(0, i - 4), i))


#: Small words inside a title of a work: "Joy of Man's Desiring", "Born in the U.S.A.".
NAME_CONNECTORS_SMALL = frozenset({"of", "the", "a", "an", "in", "on", "and", "to", "for"})


_NAMING_VERBS = frozenset({b"named", b"called", b"nicknamed"})
_THING_DETERMINERS = frozenset({"the", "a", "an", "his", "my", "our", "their", "your", "its"})


def _things_named(ws: tuple[Word, ...]) -> frozenset[str]:
    """
    Return the names that a text gives to an animal or a thing, wherever they stand after.

    "the plant is named Steve. Steve is thriving": both are the plant's.
    """
    things: set[str] = set()
    for k, w in enumerate(ws):
        if w.low in {"named", "called", "nicknamed"} and k + 1 < len(ws):
            j = k + 1
            if ws[j].low == "it" and j + 1 < len(ws):
                j += 1  # "She has since named it Bernard."
            elif (
                # not "her": "called her tita Lulu" names a person
                ws[j].low in _THING_DETERMINERS
                and j + 2 < len(ws)
                and ws[j + 1].text.islower()
                and ws[j + 1].low not in APPOSITION_NOUNS
                and not ws[j + 1].flags & TITLE
                and ws[j + 2].cap
            ):
                things.add(ws[j + 2].key)  # "He named the pump Kevin."
                continue
            elif ws[j].flags & TITLE and j + 1 < len(ws):
                j += 1  # "a hen called Reverend Billy"
            # the words before the cue say what is named (not the dot of "Mr. Boom"), and
            # every word of the name: "a wee budgie called Kenny Dalglish"
            if ws[j].cap and (_thing_named(ws, k + 1) or _named_it(ws, j)):
                things.add(ws[j].key)
                while j + 1 < len(ws) and ws[j + 1].cap and is_space_gap(ws[j + 1].gap):
                    j += 1
                    things.add(ws[j].key)
    return frozenset(things)


def _book_of(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* names a book of scripture: "the Book of Ruth", "Gospel of John"."""
    return (
        i >= 2
        and ws[i - 1].low == "of"
        and ws[i - 2].low in {"book", "gospel", "epistle", "letter", "song", "songs", "psalm"}
        and ws[i - 2].cap
    )


#: Books of scripture that are no given names, cited by chapter: "Psalm 23", "Romans 8".
_SCRIPTURE_BOOKS = word_set(
    """
    psalm psalms proverbs romans corinthians genesis exodus leviticus deuteronomy isaiah
    jeremiah ecclesiastes revelation revelations philippians ephesians galatians hebrews
    lamentations colossians thessalonians
    """
)
#: A chapter after a book, or a chapter and a verse: " 23", " 3:16".
_CHAPTER = re.compile(r" [0-9]{1,3}(:[0-9]{1,3})?(?![0-9])")


#: What a sentence says of the person it starts with: " is a junior", " was in Year 11".
_DESCRIBED = re.compile(
    r" (?:is|was)(?: now| still| also)? (?:(?:a|an) (?P<what>[a-z0-9-]+(?: [a-z-]+){0,2})"
    # "Nur is Rohingya.": a people
    r"|(?P<people>[A-Z][\w'\u2019-]+)(?=[.,;]| and\b)"
    r"|in (?:year|grade|form|kindergarten|[0-9]+(?:st|nd|rd|th) (?:year|grade|class)"
    # "Ollie is in second year now"
    r"|(?:first|second|third|fourth|final) year)\b"
    r"|the (?:oldest|youngest|eldest|middle|only) (?:of|child|kid|son|daughter|one)\b)",
    re.IGNORECASE,
)
#: Nouns for a person that such a sentence ends on.
_PERSON_DESCRIBED = word_set(
    """
    junior senior freshman sophomore student pupil mom mum mother dad father grandmother
    grandfather grandma grandpa nana widow widower veteran man woman boy girl kid teen
    teenager toddler baby child client patient member refugee survivor retiree parent
    nurse teacher carer caregiver cleaner chef cook mechanic carpenter driver farmer
    musician artist athlete builder electrician plumber welder soldier postman postwoman
    fisherman fisherwoman gentleman lady housewife homemaker tradesman tradeswoman policeman
    policewoman fireman businessman businesswoman salesman saleswoman milkman granny grandad
    granddad pensioner youngster adolescent
    """
)


def _described_as_person(text: str, end: int, *, roles: bool, people: bool = True) -> bool:
    """
    Tell whether the words after a sentence's first word say who a person is.

    With *roles*, a noun with the ending of a role ("a retired welder", "a pharmacist")
    counts too; with *people*, a people ("Nur is Rohingya.").
    """
    m = _DESCRIBED.match(text, end)
    if m is None:
        return False
    if m.group("people") is not None:
        return people and m.group("people").casefold() in LANGUAGES_AND_PEOPLES
    if m.group("what") is None:
        return True  # "is in Year 11"
    if text.startswith(("'", "\u2019"), m.end("what")):
        return False  # "Patience is a pensioner's best friend": a thing of theirs
    # "a junior", "a single mom of 3", "a retired welder", "a 34-year-old mom"
    return any(
        w in _PERSON_DESCRIBED or (roles and len(w) > 4 and w.endswith(("ist", "er", "or")))
        for w in m.group("what").casefold().split()
    )


def _small_region(ws: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """
    Tell whether lowercase word *i* is or ends a region written small.

    "in puerto rico", and a state's abbreviation after a word for a part of a country
    ("regional vic", "rural nsw").
    """
    if i > 0 and ws[i - 1].low in _PARTS_OF_A_COUNTRY and ws[i].text.upper() in _STATE_CODES:
        return True
    return i > 0 and is_space_gap(ws[i].gap) and f"{ws[i - 1].low} {ws[i].low}" in lex.regions_lower


#: Words for a part of a country before a state's abbreviation: "regional vic".
_PARTS_OF_A_COUNTRY = frozenset({"regional", "rural", "remote", "outback", "country", "northern"})
_STATE_CODES = frozenset(states().abbreviations)


def _dish_of(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether lowercase word *i* after a person's possessive names a thing of theirs.

    The words of no list written small after it, then a noun: "his wife's bisibele bath", "her
    grandmother's kimchi jjigae recipe" (a name is followed by a verb or nothing).
    """
    if not (i and ws[i - 1].possessive):
        return False
    j = i
    while j + 1 < len(ws) and ws[j + 1].text.islower() and not ws[j + 1].flags & ENGLISH:
        j += 1
    if j + 1 >= len(ws) or ws[j + 1].gap != " ":
        return False
    return reads_as_noun(ws[j + 1])


def _versus(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* names a side of a match: "Al Ahly vs Zamalek"."""
    if _VERSUS_BYTES.isdisjoint(prepared(text).words):
        return False  # the usual case
    j = _run_end(ws, i)
    return (i > 0 and ws[i - 1].low in _VERSUS) or (j + 1 < len(ws) and ws[j + 1].low in _VERSUS)


_VERSUS = frozenset({"vs", "v", "versus"})
_VERSUS_BYTES = frozenset(w.encode() for w in _VERSUS)
#: A greeting or thanks to a whole audience after words that start a paragraph: "Siyabonga
#: to every gogo out there", "Shubho Bijoya to all who celebrate".
_TO_ALL = re.compile(r" to (?:all|every|everyone|everybody|you all|y'all)\b")


def _to_all(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether the capitalised words from word *i* greet or thank an audience."""
    if not (i == 0 or "\n" in ws[i].gap):
        return False
    j = _run_end(ws, i)
    return _TO_ALL.match(text, ws[j].end) is not None


def _named_it(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* is what a thing was named: "He named it Steve" (his starter)."""
    return (
        i >= 2
        and ws[i - 1].low == "it"
        and ws[i - 2].low in {"named", "name", "names", "called", "call", "calls", "dubbed"}
    )


def _scripture(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* cites scripture: "Psalm 23", "John 3:16" (a name: a verse too)."""
    end = ws[i].end
    if not text[end + 1 : end + 2].isdigit():
        return False  # the usual case: no chapter after it
    m = _CHAPTER.match(text, end)
    if m is None:
        return False
    return ws[i].low in _SCRIPTURE_BOOKS or m.group(1) is not None


def _term_called(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the run from word *i* after "called" is a term of therapy, not a name.

    "he called Wise Mind a fortune cookie": English words that end in a word terms of therapy
    end in (not "called Rose Miller", "called Grace Many Horses", "called Tiny Dog").
    """
    j = _run_end(ws, i)
    return (
        j > i
        and all(ws[k].flags & WORD and ws[k].cap for k in range(i, j + 1))
        and not ws[i].flags & GIVEN  # "called Mark Plan yesterday"
        and ws[j].low in _TERM_ENDS
    )


#: The last words of terms of therapy: "Wise Mind", "Radical Acceptance", "Opposite Action",
#: "Inner Critic", "Safety Plan".
_TERM_ENDS = word_set(
    """
    mind acceptance action actions skill skills thinking tolerance effectiveness critic child
    plan zone zones brain check breathing exposure regulation activation window contract things
    """
)


def _thing_named(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether the name at word *i* is an animal's or a thing's ("a tabby called Pickle")."""
    if i >= 3 and ws[i - 3].low == "which" and ws[i - 1].low in {"named", "called", "calls"}:
        return True  # 'a tablet, which he named "La Tabla"': a thing's name
    if i >= 3 and ws[i - 3].low == "its" and ws[i - 2].low == "name":
        return True  # 'a plant: its name is "Doris"'
    if i >= 2 and ws[i - 1].low in {"named", "called"} and ws[i - 2].low == "it":
        return True  # "he named it Doris"
    # The cue's words and up to three words before them, within the clause.
    k = i - 1
    for _ in range(6):
        if k < 0 or not _SEMI_STOPS.isdisjoint(ws[k + 1].gap):
            return False
        if (
            ws[k].low in NAMED_THINGS
            and not ws[k].cap  # not "Bird" of "Wyatt Bird Rattler"
            # not a thing before a role: "A truck driver, known to everyone as Gazza"
            and not ws[k + 1].low.endswith(("er", "or", "ist"))
        ):
            return True
        k -= 1
    return False


def _suffixed(w: Word) -> bool:
    """
    Tell whether a hyphenated word ends in a lowercase English word ("Short-ish").

    Its head is an English word too: "Ji-woo", "Seo-yeon" are given names.
    """
    if "-" not in w.text:
        return False
    head, tail = w.text.rsplit("-", 1)
    return tail.islower() and (
        tail in _SUFFIX_WORDS
        or (bool(word_flags(tail) & WORD) and bool(word_flags(head) & ENGLISH))
        or head.lower() in _PREFIX_WORDS  # "Ex-miner's son"
    )


#: Prefixes before a hyphen and a noun: "Ex-miner", "Non-smoker".
_PREFIX_WORDS = frozenset({"ex", "non", "anti", "pre", "post", "self", "co", "semi", "step"})
#: Words after a hyphen that make a name an adjective: "Gottman-style", "Milan-style".
_SUFFIX_WORDS = frozenset(
    {"ish", "style", "like", "esque", "type", "based", "inspired", "approved", "era"}
)


def _speaks(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a verb of speech follows word *i*: "eduardo said", "river, told me"."""
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    return nxt is not None and nxt.gap in {" ", ", "} and nxt.low in SPEECH_AFTER


def _english_context(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* stands among English words.

    The three words on each side within its clause are looked at: a word quoted in another
    language ("la victoire est", "Bonne soirée tout le monde", "Kia kaha") has more function
    words of that language around it than English words, or no English word at all. Names
    beside it say nothing either way; a word alone in its clause counts as English.
    """
    english = foreign = 0
    n = len(ws)
    for step in (-1, 1):
        k = i
        for _ in range(3):
            if not 0 <= k + step < n:
                break
            inner = ws[k] if step < 0 else ws[k + 1]
            if inner.gap != " " and not _CONTEXT_BREAK.isdisjoint(inner.gap):
                break
            k += step
            x = ws[k]
            if x.text in LOWERCASE_PARTICLES and step > 0 and _particles_before_name(ws, k):
                continue  # "Thandeka van der Merwe": a name's particles say nothing
            if k == i - 1 and x.cap and x.low in KINSHIP_WORDS:
                continue  # "Ma Isatu Kamara is": a word for kin before a name says nothing
            if (
                k == i + 1
                and ws[i].cap
                and x.cap
                and x.flags & (GIVEN | FAMILY)
                and k + 1 < n
                and is_space_gap(ws[k + 1].gap)
                and ws[k + 1].flags & WORD
                and not ws[k + 1].flags & (OTHER_FUNCTION | FOREIGN)
            ):
                continue  # "Ahmad Mir is": a surname after it, no German "mir"
            # a small word of another language, not one that English uses more ("I met")
            if x.flags & (OTHER_FUNCTION | FOREIGN) and x.low not in _ENGLISH_FIRST:
                foreign += 1
            elif (
                x.flags & WORD
                and len(x.low) >= 2
                and x.low not in SHARED_STOPWORDS
                and not (x.cap and x.flags & LISTED)
            ):
                english += 1
    if english < foreign:
        return False
    nearest = _nearest_words(ws, i)
    return not nearest or any(
        _english_word(x) or (x.flags & ENGLISH_STOP and len(x.low) >= 2) for x in nearest
    )


def _particles_before_name(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether particles from word *k* lead to a capitalised word: "van der Merwe"."""
    while k < len(ws) and ws[k].text in LOWERCASE_PARTICLES:
        k += 1
    return k < len(ws) and ws[k].cap and is_space_gap(ws[k].gap)


#: English words that are small words of other languages too, English first in English
#: text: "I met Winona" (the Dutch "with"), "the war" (the German "was").
_ENGLISH_FIRST = frozenset({"met", "war", "hat"})


def _nearest_words(ws: tuple[Word, ...], i: int) -> list[Word]:
    """
    Return the nearest word on each side of word *i* in its clause that is no name.

    Capitalised words that the lists hold, and capitalised words that are no English word (an
    unknown surname: "Rosalind Quennell"), are passed over: they say nothing of the language.
    """
    out: list[Word] = []
    n = len(ws)
    for step in (-1, 1):
        k = i
        for _ in range(4):
            if not 0 <= k + step < n:
                break
            inner = ws[k] if step < 0 else ws[k + 1]
            if inner.gap != " " and not _CONTEXT_BREAK.isdisjoint(inner.gap):
                break
            k += step
            x = ws[k]
            if (
                (
                    (x.cap or (x.upper and (len(x.text) >= 4 or x.text in NON_ORG_ACRONYMS)))
                    and (x.flags & LISTED or not x.flags & WORD)
                    and x.low not in _FIRST_PERSON  # "I'm", though "Im" is a name
                )
                or x.low in NAME_PARTICLES
                or _PARTICLE_JOINED.match(x.text) is not None  # "Hassan al-Amin was"
                or x.text in {"i", "y"}  # between two surnames: "Vilaseca i Pujol"
                # "a" after the word, of many languages ("Ioana Mureșan, a teacher"); before
                # it, "a" says a thing ("at a Wendy's")
                or (step > 0 and x.text == "a")
                or x.gap[-1:].isdigit()  # "nd" of "2nd"
            ):
                continue
            out.append(x)
            break
    return out


def _english_word(w: Word) -> bool:
    return (
        bool(w.flags & WORD)
        and not w.flags & (OTHER_STOP | FOREIGN)
        and len(w.low) >= 2
        and w.low not in SHARED_STOPWORDS
    )


def _not_a_person(text: str, ws: tuple[Word, ...], i: int, j: int, lex: Lexicon) -> bool:
    """Tell whether words *i* to *j* name a region or a generic body ("North Dakota")."""
    name = " ".join(w.low for w in ws[i : j + 1])
    region = region_end(text, ws, i, j, lex)
    return (
        name in GENERIC_ORGANIZATIONS
        # a region, and not a given name that is a region's before a surname ("Montserrat
        # Vidal", "Georgia Smith")
        or (
            region is not None
            and not (
                region == i
                and ws[i].flags & GIVEN
                and all(
                    (ws[k].flags & FAMILY and not ws[k].flags & COMMON)
                    or not ws[k].flags & (WORD | COMMON | REGION)
                    # a middle name before the surname: "Georgia Mae Pringle"
                    or (k < j and ws[k].flags & GIVEN and not ws[k].flags & (REGION | _NEVER))
                    for k in range(i + 1, j + 1)
                )
            )
        )
        # "one of the Percy Jackson books", "the Harry Potter films": a work's name
        or work_follows(ws, j)
        or names_a_people(ws, i, j)  # "Proud Birri Gubba woman"
        or spoken_in(ws, i)  # "she said to me in Acholi"
    )


def _title_of_mary(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* follows "Our Lady of", pictured or prayed to: a title of Mary.

    "a statue of Our Lady of Fatima", "we prayed to Our Lady of Charity" (not a parish or a
    school named so: "goes to Our Lady of Mercy", "Our Lady of Kilbeggan parish hall").
    """
    if not (
        i >= 3
        and ws[i - 1].low == "of"
        and ws[i - 2].low == "lady"
        and ws[i - 3].low in {"our", "nuestra", "nossa", "notre"}
    ):
        return False
    start = ws[i - 3].start
    return (
        PICTURED.search(text, max(0, start - 16), start) is not None
        or PRAYED_TO.search(text, max(0, start - 32), start) is not None
    )


#: French words for "well" and "so" that open a paragraph before a comma or a full stop.
_FRENCH_INTERJECTIONS = frozenset({"Bon", "Bref", "Voil\u00e0", "Enfin"})
#: Figures of folklore, never a person alone ("if Santa counts"; "Santa Ana" is a place).
_FOLKLORE = frozenset({"santa", "rudolph"})


def _region_tail(text: str, ws: tuple[Word, ...], i: int, j: int, lex: Lexicon) -> bool:
    """Tell whether words *i* to *j* end a region's name begun before them ("New Zealand")."""
    if i == 0 or not is_space_gap(ws[i].gap):
        return False
    if ws[i - 1].cap:
        return run_is_region(text, ws, i - 1, j, lex)
    if i > 1 and ws[i - 1].low in REGION_PARTICLES and is_space_gap(ws[i - 1].gap):
        # "Rio Grande do Sul": the words after a small word inside a region's name
        for k in range(i - 2, max(-1, i - 5), -1):
            if not ws[k].cap:
                break
            end = region_end(text, ws, k, j, lex)
            if end is not None and end >= i:
                return True
    return False


def _eponym(ws: tuple[Word, ...], j: int) -> bool:
    """
    Tell whether the word after word *j* makes the name before it an eponym.

    "the Beck scale", "Parkinson's disease", "the Allen Cognitive Level screen"; a
    possessive only before an illness ("Maria's test" is hers).
    """
    if j + 1 >= len(ws) or not is_space_gap(ws[j + 1].gap):
        return False
    after = ws[j + 1].low
    if ws[j].possessive:
        # "Beck's cognitive therapy", "Ellis's model": a theorist's, not a client's
        return after in _ILLNESS_NOUNS or (
            ws[j].low in _THEORISTS
            and any(w.low in _THEORY_NOUNS and is_space_gap(w.gap) for w in ws[j + 1 : j + 3])
        )
    if after in EPONYM_NOUNS or eponym_pair_follows(ws, j):
        return True
    # "Allen Cognitive Level screen", "Edinburgh Postnatal Depression Scale": the words of
    # the method's name between.
    k = j + 1
    while k < len(ws) and k - j <= 4 and ws[k].cap and is_space_gap(ws[k].gap):
        if ws[k].low in EPONYM_NOUNS:
            return True
        k += 1
    return k > j + 1 and k < len(ws) and is_space_gap(ws[k].gap) and ws[k].low in EPONYM_NOUNS


_ILLNESS_NOUNS = frozenset({"disease", "syndrome", "dementia", "law", "stages", "hierarchy"})
#: Theorists whose names are also given names or surnames: an eponym before a therapy or a
#: model of theirs, a name elsewhere.
_THEORISTS = frozenset({"beck", "ellis", "rogers", "young", "hayes", "padesky", "bowen", "perry"})
_THEORY_NOUNS = EPONYM_NOUNS | frozenset({"therapy", "therapies", "triad", "framework"})
#: Words that end the name of a day of events: "Christmas Eve", "Mother's Day", "Eid Mubarak".
_EVENT_WORDS = frozenset({"eve", "day", "mubarak"})


def _event_day(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* ends the name of a holiday ("New Year's Eve", "Boxing Day")."""
    w = ws[i]
    if w.low not in _EVENT_WORDS or not i or not is_space_gap(w.gap):
        return False
    prev = ws[i - 1]
    return prev.cap or prev.upper or prev.possessive or prev.text.endswith(("s'", "s\u2019"))


def _after_naming_cue(ws: tuple[Word, ...], i: int) -> bool:
    """Tell cheaply whether a naming cue ends just before word *i* ("her name was", "named")."""
    prev = ws[i - 1].low
    if prev in {"named", "nicknamed", "called", "aka", "by", "calls", "call"}:
        return True
    before = ws[i - 2].low if i >= 2 else ""
    if prev in {"him", "her", "me"} and before in {"call", "calls", "called"}:
        return True  # "everyone calls her shaz,", "everyone called me ndouroax at school"
    if prev == "as" and (
        # "she's known as shazza" (not "This is known as dysregulation", "Xylazine, also
        # known as tranq": a term defined)
        (before == "known" and _person_known(ws, i - 2))
        or (before in {"him", "her", "them", "me"} and i >= 3 and ws[i - 3].low in _KNOW)
    ):
        return True  # "everyone in town knows her as shazza"
    return (prev in {"is", "was"} and before in {"name", "nickname"}) or (
        prev == "for" and before == "short"
    )


_KNOW = frozenset({"know", "knows", "knew"})
_PERSONS = frozenset({"she", "he", "they", "who", "everyone", "everybody"})


def _person_known(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether a pronoun for a person comes just before "known" at word *k*."""
    # "she is known as", "she's known as" (the word "she", its "'s" cut off), "who was known as"
    return any(k - back >= 0 and ws[k - back].low in _PERSONS for back in (1, 2))


def _may_be_small_name(w: Word) -> bool:
    """Tell whether a word of no list written small may be a name: no "www", "lol" or "asap"."""
    low = w.low
    return (
        len(low) >= 4
        and low.isalpha()
        and any(c in "aeiouy" for c in low)
        and low not in _CHAT_WORDS
    )


#: Abbreviations of chat and e-mail, written small as words.
_CHAT_WORDS = word_set(
    "asap lmao lmfao rofl omfg imho tbh idk smh btw irl brb ttyl afaik fwiw appt appts tmrw tmw"
    " lowkey highkey prolly aight deffo defo ngl fr lowk"
)


def _brand_before_noun(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* names a brand: "a Coleman stove", "a block of Whittaker's".

    Between "a" and a noun, or after a measure of a thing and "of".
    """
    if (
        i > 1
        and ws[i - 1].low == "of"
        and ws[i - 2].low in MEASURE_WORDS
        and is_space_gap(ws[i].gap)
    ):
        return True
    if (
        i
        and ws[i - 1].low in {"the", "some"}
        and (
            (ws[i].possessive and ws[i - 1].low == "some")
            or (i + 1 < len(ws) and ws[i + 1].low in _PRODUCTS)
        )
    ):
        # "the Johnson's shampoo", "got some Whittaker's", "the Marie biscuits": a maker's
        return True
    if i == 0 or i + 1 >= len(ws) or ws[i - 1].low not in {"a", "an"}:
        return False
    nxt = ws[i + 1]
    return (
        nxt.gap == " "
        and reads_as_noun(nxt)
        and nxt.low not in APPOSITION_NOUNS
        and nxt.low not in FAMILY_AFTER
        and nxt.low not in _PERSON_AFTER_BRAND
    )


#: Things sold under a maker's name: "the Johnson's shampoo".
_PRODUCTS = word_set(
    """
    shampoo soap lotion cream oil powder wipes chocolate chocolates biscuits cookies crisps
    chips ketchup sauce cereal tea coffee jam gin whisky whiskey beer cider juice
    """
)
#: Nouns after "a" and a name that still say it is a person's: "a Johnson kid".
_PERSON_AFTER_BRAND = word_set("kid kids boy girl family household cousin lad lass")


def _people_word(w: Word) -> bool:
    """Tell whether an unlisted capitalised word looks like a people's or a language's name."""
    f = w.flags
    # "Sicilian" (a surname too), not "Christian" or "Hovsepian"
    return (
        not f & GIVEN and (not f & LISTED or bool(f & ENGLISH)) and w.low.endswith(PEOPLE_ENDINGS)
    )


def _generic_run(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether the capitalised run from word *i* names a generic body ("Social Security")."""
    return bool(ws[i].flags & GENERIC) or generic_run(ws, i)


#: Articles before a title of another language that make it a noun: "eine Frau", "una señora"
#: (not "la señora Pérez": a title after the definite article is one).
_ARTICLES_OF_NOUNS = frozenset(
    {"ein", "eine", "einer", "einem", "einen", "une", "un", "una", "uno", "um", "uma"}
)
#: Words that start a sentence about a people as no person: "Hope is Irish", "Sunday is".
_NOT_SAID_OF_A_PEOPLE = frozenset({"hope"}) | frozenset(WEEKDAY_WORDS)
#: Seasons that are given names too, and the words that make them a time: "since summer".
_SEASONS = frozenset({"summer", "autumn", "winter", "spring"})
_SEASON_BEFORE = frozenset(
    {"since", "in", "last", "this", "next", "over", "during", "all", "until"}
)
#: Words for a way before a part of a country: "back East", "out West", "up North".
_WAYS = frozenset({"back", "out", "up", "down", "over"})
#: Nouns after "the" and a body's name in capitals: "the NADRA office", "the KIRAN helpline".
_BODY_NOUNS_AFTER = frozenset(
    {"office", "offices", "helpline", "hotline", "card", "scheme", "programme", "program"}
    | {"app", "website", "line", "service", "services", "clinic", "centre", "center"}
)
#: Words in capitals before a name in capitals: "DEAR ABDI", "THANK YOU NOOR", "MY SON OMAR",
#: "LOVE, NOOR" (the words before a comma: "love", "thanks").
_CAPS_CUES = word_set(
    "dear love you son daughter brother sister mum mom dad friend baby boy girl hi hello hey"
    " congrats congratulations birthday welcome grandson granddaughter nephew niece"
)
_CAPS_CUES_BEFORE_COMMA = frozenset({"love", "thanks", "cheers", "regards", "xx", "xo", "x", "you"})
#: The cues after which a word in capitals of no list is a name too: all but "THANK YOU" and
#: "WELCOME" (thanked and welcomed are a people, a body, a drug too: "THANK YOU WHANAU").
_CAPS_CUES_OF_UNLISTED = _CAPS_CUES - {"you", "welcome"}
#: Three consonants in a row (not "SHR", "SCH", "STR" and the like: "TASHREEQ"), or none but
#: vowels: an initialism's letters ("SAMHSA", "CAMHS"), no name's.
_INITIALISM_LETTERS = re.compile(r"(?![SCTP]HR|SCH|STR|SPR|SCR|NGH|TCH)[^AEIOUY\W]{3}|^[AEIOU]+$")


#: What ends a name written in capitals in a record: a comma, a bracket, a line's end.
_RECORD_NAME_END = re.compile(r"[ \t]*(?:[,(\n]|$)")


def _caps_with_middle_initial(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* starts a name in capitals with a middle initial, as records write it.

    "Pt COMFORT K. DOLO, MRN ...": two words in capitals of two letters or more around one
    capital and its full stop (not "A" or "I"), ending at a comma, a bracket or the line's
    end; no acronym, function word or word of a shout.
    """
    n = len(ws)
    if i + 2 >= n:
        return False
    w, mid, last = ws[i], ws[i + 1], ws[i + 2]
    return (
        len(mid.text) == 1
        and mid.text.isupper()
        and mid.text not in {"A", "I"}
        and mid.gap == " "
        and last.gap == ". "
        and all(
            x.upper
            and len(x.text) >= 2
            and x.text.isalpha()
            and x.text not in _CAPS_ACRONYMS
            and x.low not in _FUNCTION
            and not x.flags & (_NEVER | TITLE | REGION | GENERIC)
            for x in (w, last)
        )
        and (i == 0 or not ws[i - 1].upper)  # not inside a shout
        # a given name first, or a word of no list (not "PLAN B. WORKED,", "STAY C. STRONG,")
        and bool(w.flags & GIVEN or not w.flags & (ENGLISH | LISTED))
        and bool(last.flags & FAMILY or not last.flags & ENGLISH)
        and _RECORD_NAME_END.match(text, last.end) is not None
    )


def _caps_after_cue(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether a word in capitals after a word in capitals that cues a name is one.

    "DEAR ABDI,", "THANK YOU NOOR", "MY SON OMAR IS HOME", "LOVE, NOOR": a given name of any
    length, or a word of no list of four letters or more that no initialism's letters spell
    ("DEAR ZORVETH"); not a word of the text's language, nor an acronym ("THANK YOU NAMI").
    """
    w = ws[i]
    prev = ws[i - 1] if i else None
    f = w.flags
    if (
        prev is None
        # "DEAR ABDI", "Dear ABDI": a greeting in either case
        or not (prev.upper or (prev.low == "dear" and prev.cap))
        or len(w.text) < 2
        or not w.text.isalpha()
        or w.text in _CAPS_ACRONYMS
        or f & (_NEVER | TITLE | REGION | GENERIC | WORD | SOFT_STOP | FOREIGN)
        or (f & ENGLISH and not f & GIVEN)  # "DEAR JO": a given name no word of everyday
        # "LOVE, NONNA", "THANK YOU ABUELITA": a word for kin; "HEY SIRI"
        or w.low in KINSHIP_WORDS
        or w.low in FESTIVALS
        or w.low in NOT_NAME_WORDS
    ):
        return False
    if w.gap == " ":
        cued = prev.low in _CAPS_CUES and not (prev.low == "you" and _you_not_thanked(ws, i))
    elif w.gap == ", ":
        # "LOVE, NOOR", "THANK YOU, NOOR"
        cued = prev.low in _CAPS_CUES_BEFORE_COMMA and not (
            prev.low == "you" and _you_not_thanked(ws, i)
        )
    else:
        cued = False
    if not cued:
        return False
    if f & GIVEN:
        return True
    return (
        (
            prev.low in _CAPS_CUES_OF_UNLISTED
            # "THANK YOU HAWAR FOR HELPING": thanked for what was done, a person
            or (prev.low == "you" and i + 1 < len(ws) and ws[i + 1].low == "for")
        )
        and len(w.text) >= 4
        and not f & LISTED
        and _INITIALISM_LETTERS.search(w.text) is None
    )


def _you_not_thanked(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether "you" before word *i* follows no "thank" nor "love" ("ARE YOU OK")."""
    return not (i >= 2 and ws[i - 2].low in {"thank", "love", "miss", "see"})


def _unlisted_caps_follows(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a word in capitals that is a surname, listed or not, follows word *i*."""
    if i + 1 >= len(ws):
        return False
    nxt = ws[i + 1]
    return (
        nxt.upper
        and is_space_gap(nxt.gap)
        and len(nxt.text) >= 4
        and nxt.text.isalpha()
        and not nxt.flags & (ENGLISH | STOP)
        # a surname of no list, or one that is no given name too ("OKONKWO")
        and (not nxt.flags & LISTED or bool(nxt.flags & FAMILY and not nxt.flags & GIVEN))
    )


def _listed_caps_run(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* starts a run of two to four names of the lists in capitals.

    "I met XIU MEI today": every word a given name or a surname of the lists of three letters
    or more, none an English word, a title, a region, a body's initials or a small word, and
    the words before it in small letters (not a sentence in capitals: "HOPE CAMHS CALLS").
    The run ends at the first word that is none ("XIU MEI LIN": "LIN" is an English word).
    """
    n = len(ws)
    if i and ws[i - 1].upper and "\n" not in ws[i].gap:
        return False
    k = i
    while k < n and k - i < 4 and (k == i or ws[k].gap == " "):
        x = ws[k]
        if not (
            x.upper
            and len(x.text) >= 3
            and x.flags & (GIVEN | FAMILY)
            and not x.flags & (WORD | ENGLISH | _NEVER | SOFT_STOP | TITLE | REGION | GENERIC)
            and not x.flags & (FOREIGN | OTHER_FUNCTION | OTHER_STOP)  # not "DIOS MIO"
            and x.text not in _CAPS_ACRONYMS
        ):
            break
        k += 1
    return (
        k - i >= 2
        and bool(ws[k - 1].flags & FAMILY)  # ends in a surname: not "JAI SHRI"
        and (k == n or not ws[k].upper or "\n" in ws[k].gap or bool(ws[k].flags & ENGLISH))
    )


def _shouting(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* is one of several words in capitals ("BABCIA IS BACK")."""
    return any(
        0 <= k < len(ws) and ws[k].upper and "\n" not in ws[max(k, i)].gap for k in (i - 1, i + 1)
    )


#: "I" and its contractions: capitalised wherever they stand, never part of a name.
_FIRST_PERSON = frozenset({"i", "i'm", "i\u2019m", "i've", "i'd", "i'll"})


def _starts_sentence(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* starts the text, a line or a sentence (in any case)."""
    return i == 0 or not SENTENCE_STOPS.isdisjoint(ws[i].gap)


def _in_title(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a capitalised word stands in a run of capitalised words that are no names."""
    for k in (i - 1, i + 1):
        if not 0 <= k < len(ws):
            continue
        other = ws[max(k, i)]
        if not is_space_gap(other.gap):
            continue
        x = ws[k]
        if (x.cap or x.upper) and not (x.flags & LISTED and not x.flags & ENGLISH):
            if k == i - 1 and (x.initial or x.flags & TITLE or x.low in _FIRST_PERSON):
                continue
            if k == i + 1 and _middle_initial(ws, k):
                continue  # "John K. Mwangi": a middle initial, no title's word
            if k == i + 1 and x.low in _FIRST_PERSON:
                continue  # "I told Maria I would call": the pronoun
            return True
    return False


def _middle_initial(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether word *k* is a middle initial: a capital, its full stop and a surname."""
    return (
        len(ws[k].text) == 1
        and ws[k].text.isupper()
        and ws[k].text != "I"
        and k + 1 < len(ws)
        and ws[k + 1].gap == ". "
        and (ws[k + 1].cap or ws[k + 1].upper)
        and bool(ws[k + 1].flags & LISTED or not ws[k + 1].flags & ENGLISH)
    )


def _given_starting_paragraph(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* is a capitalised given name (no month) starting a paragraph."""
    w = ws[i]
    return bool(
        w.cap
        and w.flags & GIVEN
        and (i == 0 or "\n" in w.gap)
        and not w.flags & (_NEVER | TITLE | REGION | GENERIC)
        and w.low not in MONTHS
        and not (w.flags & WORD and w.low in RELATION_CUES)  # "Son cried.": her son
    )


def _paragraph_subject(text: str, ws: tuple[Word, ...], i: int, lex: Lexicon) -> Found | None:
    """
    A word that no list knows starting a paragraph (or, capitalised, a sentence), before a verb.

    "Broanyaek has been coming in", "Hiax arrived from Senegal", "tsaipion has pretty severe
    social anxiety", "... and a half. Kez has bipolar": not a list item's first word, nor a
    word in "-ing".
    """
    w = ws[i]
    f = w.flags
    low = w.low
    lower = w.text.islower()
    if not (w.cap or lower) or f & (LISTED | ENGLISH | _NOT_ALONE) or len(low) < 3:
        return None  # the usual case
    paragraph = i == 0 or "\n" in w.gap
    # "Drek and Zhilex are both from Ghana": one of two people the sentence is about
    coordinated = w.cap and _COORDINATED_SUBJECT.match(text, w.end) is not None
    if (
        (
            paragraph
            # in a paragraph, no plural nor a noun's ending ("Seahawks lost", "Payeeship
            # was"), and a verb that says more than "is" ("Kraesuzioth is what the sign said")
            or (
                w.cap
                and _starts_sentence(ws, i)
                and not low.endswith(_NOUN_ENDINGS)
                and (coordinated or _SENTENCE_SUBJECT_OF.match(text, w.end) is not None)
            )
        )
        and (w.cap or lower)
        and low.replace("-", "").isalpha()
        and not low.endswith("ing")  # "Deprescribing is also treatment"
        and w.gap.rstrip(" \t")[-1:] not in _BULLETS
        and w.text not in lex.places
        and not _people_word(w)
        and (
            coordinated
            or _SUBJECT_OF.match(text, w.end) is not None
            or (paragraph and w.cap and _ADDRESSED_AFTER.match(text, w.end) is not None)
        )
    ):
        where = "a paragraph" if paragraph else "a sentence"
        reason = f"a word of no list starting {where} before a verb"
        return 0.6, reason, "lower" if lower else "name"
    return None


#: Verbs after a sentence's first word that make it a person: "Kez has bipolar", "Tev has
#: been seeing".
_SENTENCE_SUBJECT_OF = re.compile(
    r" (?:has|had|got|came|arrived|lost|lives|lived|moved|finished|joined|started|stopped"
    r"|told|said|says|asked|texted|called|wrote|walked|drove|wants|wanted|loves|hated|died"
    r"|showed|brought|sent|gave|(?:does|did|wo|ca)n['\u2019]t)\b"
    rf"|{_ADVERB_THEN_DEED}"
    rf"|{_FROM_THE_DEED}"
)
#: Words after a paragraph's first word and a comma that address a person: "if you ever read
#: this", "Taiku, keep going.", "Saze, tight lines, my friend." (not "Psicóloga, I work",
#: "Wallahi, I'll").
_ADDRESSED_AFTER = re.compile(
    r", (?:if you (?:ever )?(?:read|see)\b|keep going\b|keep it up\b|stay strong\b"
    r"|well done\b|you did it\b|you legend\b|(?:i['\u2019]m |we['\u2019]re )?(?:so )?proud of you\b"
    r"|[^,.;!?\n]{1,24}, my friend\b)",
    re.IGNORECASE,
)
#: Another capitalised word after "and", then what two people are or did: " and Zhilex are
#: both", " and Kofi were".
_COORDINATED_SUBJECT = re.compile(
    r" and [A-Z][\w'\u2019-]+ (?:are|were|have|had|both|came|went|met|started|joined)\b"
)
#: Endings of plurals and of nouns that are no names: "Seahawks", "Payeeship", "Wellness".
_NOUN_ENDINGS = ("s", "ship", "ness", "ment", "tion", "ism", "ity", "hood", "ery", "ing")


def _if_you_see(text: str, ws: tuple[Word, ...], i: int) -> Found | None:
    """A word that starts a sentence and is addressed: "koaden if you see this"."""
    w = ws[i]
    f = w.flags
    if "if" not in text[w.end : w.end + 5].lower():
        return None  # the usual case: no "if" after the word
    if (
        (w.initial or _starts_sentence(ws, i))
        and (w.cap or w.text.islower())
        and not f & _NOT_ALONE
        # a word of no list, or a given name that is a word too ("gift if you ever read this",
        # "Wade, if you're reading this")
        and (
            not f & (ENGLISH | WORD)
            or (w.text.islower() and f & GIVEN and not f & COMMON)
            or (
                w.cap
                and f & GIVEN
                and not f & COMMON
                and w.low not in APPOSITION_NOUNS
                and w.low not in KINSHIP_WORDS  # "Pal, if you ever read this"
                and text.startswith(",", w.end)
            )
        )
        and w.low not in KINSHIP_WORDS
        and len(w.low) >= 2
        and _IF_YOU_SEE.match(text, w.end) is not None
    ):
        return 0.6, "addressed: 'if you see this'", "lower" if w.text.islower() else "name"
    return None


def _thanked(text: str, ws: tuple[Word, ...], i: int, lex: Lexicon) -> Found | None:
    """A given name that opens a paragraph, thanked: "Rawiri, e koro — thank you for ..."."""
    w = ws[i]
    if not text.startswith(",", w.end):
        return None  # the usual case
    f = w.flags
    if (
        w.cap
        and (i == 0 or "\n" in w.gap)
        and f & GIVEN
        and not f & (ENGLISH | WORD | _NOT_ALONE | SOFT_STOP | TITLE | FOREIGN | REGION | GENERIC)
        and w.low not in KINSHIP_WORDS
        and not w.possessive
        and w.text not in lex.places
        and _THANKED.match(text, w.end) is not None
    ):
        return 0.6, "a name opening a paragraph, thanked", "name"
    return None


def _story_about(text: str, ws: tuple[Word, ...], i: int) -> Found | None:
    """The person a post is about: "this is about zsófi.", "This one's about Mercy Bird,"."""
    w = ws[i]
    if not (
        i >= 2
        and is_space_gap(w.gap)
        and (
            ws[i - 2].low in _ABOUT_WHOM
            or (i >= 3 and ws[i - 2].low == "you" and ws[i - 3].low in {"tell", "telling"})
        )
    ):
        return None
    if (
        w.text.islower()
        and not w.flags & (ENGLISH | LISTED | FOREIGN | STOP)
        and _may_be_small_name(w)
        and _CLAUSE_END.match(text, w.end) is not None
    ):
        return 0.6, "the person a post is about", "lower"
    if (
        w.cap
        and w.flags & GIVEN
        and not w.flags & (_NEVER | REGION | GENERIC | TITLE)
        and w.low not in KINSHIP_WORDS
    ):
        j = _run_end(ws, i)
        if j > i and _CLAUSE_END.match(text, ws[j].end) is not None:
            return 0.65, "the person a post is about", "run"  # "about Mercy Bird,"
    return None


#: "It's" as a message writes it, before the writer's name: "hi miss its lupita".
_ITS = frozenset({"its", "it's", "it\u2019s"})
#: Words after which the next may start a name in some places: "short for", "about",
#: "calls", "hi miss its".
_CUE_WORDS = frozenset({"for", "about", "calls", "call"}) | _ITS
#: Greetings and forms of address a message opens with before "it's" and its writer's name.
_MESSAGE_OPENERS = frozenset({"hi", "hey", "hiya", "hello", "miss", "sir", "mrs", "ms", "mr"})
#: What follows a name a message's writer gives: "its jayden.", "its lupita from like 5 yrs ago".
_AFTER_A_WRITERS_NAME = re.compile(r"[.,!:)]| from\b| here\b| again\b|\s*$")


def _introduced_in_a_message(text: str, ws: tuple[Word, ...], i: int) -> Found | None:
    """The writer of a message, who gives a name after "hi miss its": "miss its jayden."."""
    w = ws[i]
    f = w.flags
    if (
        i >= 2
        and ws[i - 2].low in _MESSAGE_OPENERS
        and ws[i - 1].gap == " "
        and w.gap == " "
        and (w.text.islower() or w.cap)
        and not f & (STOP | SOFT_STOP | FOREIGN | TITLE | REGION | GENERIC)
        and w.low not in FESTIVALS  # "hey its jummah"
        and (
            (f & GIVEN and not f & (COMMON | WORD))
            or (not f & (ENGLISH | LISTED) and _may_be_small_name(w))
        )
        and _AFTER_A_WRITERS_NAME.match(text, w.end) is not None
    ):
        return 0.6, "a name a message's writer gives", "lower" if w.text.islower() else "name"
    return None


#: Words before "about" and the person a post is about: "this is about", "tell you about".
_ABOUT_WHOM = word_set("is post story one")


def _surname_word(w: Word) -> bool:
    """Tell whether *w* is a capitalised surname of the lists that is no English word."""
    return w.cap and bool(w.flags & FAMILY) and not w.flags & (ENGLISH | WORD | _NEVER | REGION)


def _unknown_capitalised(w: Word, lex: Lexicon) -> bool:
    """Tell whether *w* is a capitalised word that no list knows, one word on from a space."""
    return (
        w.cap
        and is_space_gap(w.gap)
        and not w.flags & (LISTED | ENGLISH | REGION | GENERIC | TITLE)
        and w.low.isalpha()
        and w.text not in lex.places
    )


def _in_english_run(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* stands beside a capitalised English word: "Beyond Blue"."""
    for k in (i - 1, i + 1):
        if not 0 <= k < len(ws) or not is_space_gap(ws[max(k, i)].gap):
            continue
        x = ws[k]
        english = (x.flags & ENGLISH and not x.flags & LISTED) or (
            x.flags & WORD and not x.flags & GIVEN  # "New" of "New Zealander"
        )
        if k > i and x.flags & FAMILY and not x.flags & COMMON:
            english = False  # "Djoana Fortes": a surname that is a rare word
        if (x.cap or x.upper) and english:
            if k == i - 1 and (x.initial or x.flags & TITLE):
                continue  # "Today Sipaish", "Dr Odalric"
            return True
    return False


def _place_word(ws: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """Tell whether word *i* is a listed place after a preposition or a place ("to Austin")."""
    w = ws[i]
    if w.text not in lex.places or not i:
        return False
    prev = ws[i - 1]
    if w.gap == ", " and prev.text in lex.places and not prev.flags & GIVEN:
        return True  # "in Marabella, Trinidad": a place after a place
    if prev.low == "to" and i >= 2 and ws[i - 2].low in _SPOKEN_TO and is_space_gap(w.gap):
        return False  # "I spoke to Christian after group": a person spoken to
    return prev.low in {"in", "near", "from", "to", "outside", "around", "at", "of"}


#: Verbs before "to" and a person spoken or written to: "spoke to Christian", "wrote to Tyler".
_SPOKEN_TO = word_set(
    """
    spoke speak speaks speaking talked talk talks talking chatted chatting said says say
    wrote write writes writing replied reply explained explain listened listen listening
    whispered apologised apologized introduced waved lied
    """
)


_OWNERS = frozenset({"my", "our", "her", "his", "their", "your"})


def _owned_cue(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the word for a person before word *i* follows "my", "her"... ("my client").

    Word *i* must read as a word: letters with a vowel ("www" is none).
    """
    low = ws[i].low
    # "his wee boy ruaridh", "my little sister", "her youngest son": a word of size or age
    # between the owner and the word for the person
    owner = i - 2
    if owner >= 1 and ws[owner].low in _SIZE_OR_AGE and is_space_gap(ws[owner].gap):
        owner -= 1
    return (
        owner >= 0
        and ws[i - 1].low in OWNED_CUES
        and ws[owner].low in _OWNERS
        and is_space_gap(ws[i - 1].gap)
        and low.isalpha()
        and any(c in _VOWELS for c in low)
        # "his wee boy cannae settle", "my girl lowkey carried the shift": Scots and slang
        and not low.endswith("nae")
        and low not in _CHAT_WORDS
    )


#: Words of size or age between an owner and a word for a person: "his wee boy".
_SIZE_OR_AGE = frozenset(
    {"wee", "little", "baby", "big", "youngest", "eldest", "oldest", "younger", "older"}
)


_VOWELS = frozenset("aeiouyàáâãäåāèéêëēìíîïīòóôõöōùúûüūư")


def _name_end(text: str, ws: tuple[Word, ...], first: int, j: int, mode: str) -> int:
    """Return where the name of words *first* to *j* ends: after an initial or a suffix."""
    end = ws[j].end
    if first < j and ws[j].gap == "." and _dotted_initial(ws, j - 1) and text[end : end + 1] == ".":
        return end + 1  # "T.M.": the last initial's dot
    if first < j and ws[j].text in {"Jr", "Sr"} and text[end : end + 1] == ".":
        return end + 1  # "Rodrigo Villanueva Jr.": the suffix's dot
    if first < j and len(ws[j].text) == 1 and ws[j].text.isupper() and text[end : end + 1] == ".":
        return end + 1  # "Re: Yohannes T., NHS no.": the surname's initial and its dot
    if not ws[j].possessive and mode != "lower":
        m = _INITIAL.match(text, end, end + 4)
        if m is None and ws[j].upper and len(ws[j].text) >= 2:
            # "Pt VILLARREAL, R., TDCJ#": a surname in capitals, a comma and the initial
            m = _COMMA_INITIAL.match(text, end, end + 5)
        if m is not None:
            end = m.end()  # "Re: Yohannes T., NHS no.": the surname's initial and its dot
        m = _SUFFIX.match(text, end, end + 10)
        if m is not None and first < j:
            end = m.end()
    return end


def _name_start(ws: tuple[Word, ...], i: int, done: int, lex: Lexicon, mode: str) -> int:
    """Return the first word of the name found at word *i*: back over the words before it."""
    first = i
    while first - 1 >= done and mode != "lower":
        if mode == "upper" and ws[first - 1].low in _CAPS_CUES:
            break  # "MY SON TOMASZ": the word for him is no part of his name
        back = _before(ws, first, lex)
        if back == 0 or first - back < done:
            break
        first -= back
    if (
        mode == "lower"
        and first - 1 >= done
        # before an aside about how the name is written: "bobby ray (that's how he signs"
        and i + 1 < len(ws)
        and ws[i + 1].gap.startswith(" (")
        and is_space_gap(ws[first].gap)
        and ws[first - 1].text.islower()
        and ws[first - 1].flags & GIVEN
        and not ws[first - 1].flags & _NEVER
        and (first == 1 or "\n" in ws[first - 1].gap)
    ):
        first -= 1  # a given name written small, opening a line
    first = _particles_before(ws, first, done)
    if (
        first < i
        and first - 1 > done
        and ws[first - 1].cap
        and ws[first - 1].low in LOWERCASE_PARTICLES
        and is_space_gap(ws[first].gap)
        and _given_before_particle(ws, first - 1)
    ):
        first -= 1  # "Van" of "Jozefien Van den Bossche"
    if first < i and first - 1 >= done and _given_before_particle(ws, first):
        first -= 1  # "Maria da Luz Fortes"
    while (
        ws[first].gap == ". "
        and first - 1 >= done
        and mode != "lower"
        and _initial_before(ws, first)
    ):
        first -= 1  # "a woman, R. Kavitha, 38": an initial before the name
    if (
        first - 1 >= done
        and first < i
        and len(ws[first].text) == 1
        and ws[first].gap == " "
        and (ws[first - 1].upper or ws[first - 1].cap)
        and ws[first - 1].flags & GIVEN
        and not ws[first - 1].flags & _NEVER
    ):
        first -= 1  # "JOHN P. MWANGI", "John K. Mwangi came": the given name before the initial
    if (
        first - 2 >= done
        and ws[first - 1].text == "Allah"
        and is_space_gap(ws[first].gap)
        and (
            ws[first - 2].flags & TITLE
            or ws[first - 2].low in RELATION_CUES
            or (ws[first - 1].gap == ", " and _person_before(ws, first - 1))
        )
    ):
        first -= 1  # "An elderly man, Allah Dino Soomro,": "Allah" opens a Pakistani name
    if (
        first - 3 >= done
        and ws[first - 1].gap == "/"
        and f"{ws[first - 2].text}/{ws[first - 1].text}" in _SLASH_PARTICLES
        and ws[first - 3].cap
        and is_space_gap(ws[first - 2].gap)
        and mode != "lower"
    ):
        first -= 3  # "Murugan s/o Rajendran": the given name before "son of"
    if (
        first - 1 >= done
        and ws[first - 1].cap
        and ws[first - 1].low in _HONORIFIC_GIVEN
        and is_space_gap(ws[first].gap)
        # "Naw Mu Htoo", not "Naw Sarah didn't come" (the slang for "no")
        and (ws[first - 1].low != "naw" or (first + 1 < len(ws) and ws[first + 1].cap))
    ):
        first -= 1  # "Doña Lupe", "Sri Wahyuni": how the person is called, whole
    return first


#: Honorifics that go with a given name as part of how the person is called: "Doña Lupe",
#: "Sri Wahyuni" (also a given name in Java).
_HONORIFIC_GIVEN = frozenset({"don", "doña", "dona", "sri", "shri", "shree", "smt", "naw"})


def _initial_before(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the word before word *i* is a dotted initial of the name at *i*.

    "R. Kavitha", "R. K. Narayan": a capital letter (not "I") and a dot before the name,
    after a comma, a line's start, a bracket, a title, a word for a person or a preposition
    (not "an A. Kavitha said").
    """
    p = ws[i - 1]
    if (
        ws[i].gap != ". "
        or p.text == "I"
        or not (
            (len(p.text) == 1 and p.text.isupper())
            # "Ma. Lourdes": Maria; "Md. Abdul Kuddus", "Mohd. Rafi": Muhammad
            or p.text in _NAMES_WRITTEN_SHORT
        )
    ):
        return False
    if i == 1:
        return True
    gap = p.gap
    before = ws[i - 2]
    return (
        "," in gap
        or "\n" in gap
        or "(" in gap
        or (gap == ". " and len(before.text) == 1 and before.text.isupper())  # "R. K."
        or (
            gap == " "
            and (
                bool(before.flags & TITLE)
                or before.low in APPOSITION_NOUNS
                or before.low in _BEFORE_INITIAL
                # "JOHN P. MWANGI", "John K. Mwangi": a given name before a middle initial
                or (
                    (before.upper or before.cap)
                    and bool(before.flags & GIVEN)
                    and (ws[i].upper or ws[i].cap)
                )
            )
        )
    )


#: Given names written short with a full stop, like initials: "Ma. Lourdes", "Md. Abdul".
_NAMES_WRITTEN_SHORT = frozenset({"Ma", "Md", "Mohd", "Muhd"})
#: Words after which an initial starts a name: "spoke to R. Kavitha".
_BEFORE_INITIAL = word_set("to with by from for and met called named si ni kay")


def _before(ws: tuple[Word, ...], i: int, lex: Lexicon) -> int:
    """
    Return how many words before word *i* belong to the name that starts there (0: none).

    A given name ("Grace Whitehorse"), a word of no list and no language before it ("Tswb
    Lor"), or such a word or a name and a particle ("Iolo ap Rhys", "Ngaio Te Rangi").
    """
    if i and ws[i - 1].low in _LETTER_OPENINGS and (ws[i - 1].initial or i == 1):
        return 0  # '"Liebe Anneliese,': a letter's opening word, no given name
    if _given_before(ws, i):
        return 1
    w = ws[i]
    if not is_space_gap(w.gap) or i < 1:
        return 0
    p = ws[i - 1]
    if p.low in NAME_PARTICLES or p.text in LOWERCASE_PARTICLES:
        ok = i >= 2 and is_space_gap(p.gap) and _unknown_name_word(ws[i - 2], lex, place=True)
        return 2 if ok else 0
    if _first_part_before(ws, i, lex):
        return 1
    ok = (
        (w.cap or w.upper)
        # a hyphen only between capitalised parts: "T-Boy Thibodeaux", not "ex-Marine"
        and all(part[:1].isupper() for part in p.text.split("-"))
        # "Ngaio Te Rangi": before a particle, any name's word
        and _unknown_name_word(p, lex, place=w.low in NAME_PARTICLES)
    )
    return 1 if ok else 0


def _first_part_before(ws: tuple[Word, ...], i: int, lex: Lexicon) -> bool:  # noqa: PLR0911 - one rule per return
    """
    Tell whether the word before word *i* is the first part of its name.

    A surname written first ("Kovács Erzsébet", "Takahashi Haruto was", "Park Ji-hoon"), the
    "Pa" of a Hmong given name ("Pa Nhia Vang"), a word of the name after a relative's word
    that is also a kinship word ("his wife Pa Houa").
    """
    w = ws[i]
    p = ws[i - 1]
    if not w.cap or not p.cap or p.possessive:
        return False
    if p.text in _KOREAN_SURNAMES_THAT_ARE_WORDS and _KOREAN_GIVEN.fullmatch(w.text) is not None:
        return True  # "Halmeoni Oh Bok-soon": a surname that is a word, before a given name
    if p.flags & FAMILY and not p.flags & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC | FOREIGN):
        if w.flags & GIVEN and not p.flags & (WORD | ENGLISH):
            return p.text not in lex.places or p.initial
        if not w.flags & (LISTED | ENGLISH) and not p.flags & (WORD | ENGLISH):
            return True  # "Irakoze Nshimirimana": a listed name before a name of no list
        if (
            p.initial
            and w.flags & FAMILY
            and not w.flags & (WORD | ENGLISH)
            and not p.flags & (WORD | ENGLISH)
            and p.low not in LANGUAGES_AND_PEOPLES
            and p.text not in lex.places
        ):
            return True  # "Moyna Akter is 26": two names of the surname list, opening a sentence
        if "-" in w.text and not w.flags & ENGLISH and w.text[1:].islower():
            return True  # a given name of two syllables joined by a hyphen
    if p.text == "Pa":
        return True
    return (
        i >= 2
        and is_space_gap(p.gap)
        and ws[i - 2].low in RELATION_CUES
        and ws[i - 2].text.islower()
        and not p.flags & (GENERIC | REGION)
        and p.low not in _FUNCTION
    )


#: Works whose title is quoted after "called": 'a poem called "Interpreter"'.
_WORKS = word_set("poem poems painting novel film movie book story play album zine")
#: Korean surnames that are English words too, and a Korean given name of two syllables
#: joined by a hyphen ("Oh Bok-soon", "Ha Ji-won", "No Eun-ji").
_KOREAN_SURNAMES_THAT_ARE_WORDS = frozenset(
    {"Oh", "Ha", "No", "An", "So", "Do", "Yu", "Ma", "Bang", "Hong", "Song", "Moon", "Min", "Jin"}
)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


def _unknown_name_word(p: Word, lex: Lexicon, *, place: bool = False) -> bool:
    """
    Tell whether *p* is capitalised, of no list and no language: a name's word.

    A given name that is no word is one too. Where *place* is true (before a particle, a
    strong sign of a name), so is a place's name, a listed name or a rare English word.
    """
    # a rare English word is one of no list too ("Shug McInally")
    unknown = (LISTED | WORD | COMMON) if not place else WORD
    return (
        p.cap
        and not p.possessive
        and p.low not in FESTIVALS  # "Festino di Santa Rosalia"
        and not p.flags & (unknown | _NEVER | SOFT_STOP | TITLE | REGION | GENERIC | FOREIGN)
        and (place or p.text not in lex.places)
        and len(p.text) >= 2
    ) or (p.cap and bool(p.flags & GIVEN) and not p.flags & (WORD | _NEVER | TITLE | REGION))


def _given_before(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether the word before word *i* is a given name that belongs to the name."""
    w = ws[i]
    p = ws[i - 1]
    return (
        is_space_gap(w.gap)
        and (p.cap or (p.upper and w.upper and len(p.text) >= 3))  # "AHMAD KHALIL"
        and bool(p.flags & GIVEN)
        and not p.flags & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC | FOREIGN)
        # "Call Rosalind Quennell": a sentence's first word that is an English word is not a
        # given name before another given name ("Grace Whitehorse" keeps its given name).
        # ("Ray Dubois told me": before a surname, it is the given name)
        and not (p.initial and p.flags & COMMON and w.flags & GIVEN and not w.flags & FAMILY)
        and not p.possessive
        and (w.cap or w.upper)
    )


def _given_before_particle(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether a given name stands before the particle at word *k*: "Maria da Luz"."""
    p = ws[k - 1]
    return (
        is_space_gap(ws[k].gap)
        and p.cap
        # a given name, or a word of no list: "Jozefien Van den Bossche"
        and bool(p.flags & GIVEN or not p.flags & (LISTED | ENGLISH))
        and not p.flags & (_NEVER | SOFT_STOP | TITLE | REGION | GENERIC | FOREIGN)
        and not p.possessive
    )


def _typo(low: str, lex: Lexicon) -> bool:
    """Tell whether *low* is a frequent English word with two letters swapped ("teh")."""
    common = lex.common_words
    return any(low[:k] + low[k + 1] + low[k] + low[k + 2 :] in common for k in range(len(low) - 1))


def _extend(ws: tuple[Word, ...], i: int, mode: str) -> int:
    """Return the last word of the name that starts at word *i*."""
    n = len(ws)
    j = i
    while (
        j + 1 < n
        and j - i < 4
        and not ws[j].possessive
        and (is_space_gap(ws[j + 1].gap) or _dotted_initial(ws, j))
    ):
        step = _next_part(ws, j, mode)
        if step == 0:
            break
        if step < 0:  # words that close the name
            j -= step
            break
        j += step
    return j


def _dotted_initial(ws: tuple[Word, ...], j: int) -> bool:
    """Tell whether word *j* is an initial with a dot before the next: "T.M.", "F. Rojas"."""
    w = ws[j]
    nxt = ws[j + 1]
    return ((len(w.text) == 1 and w.text.isupper()) or w.text == "Ma") and (  # "Ma. Theresa"
        nxt.gap == "."
        or (
            nxt.gap == ". "
            and (
                _name_word_after_initial(nxt)
                # "A. de Wit": a particle and a surname
                or (nxt.text in LOWERCASE_PARTICLES and j + 2 < len(ws) and ws[j + 2].cap)
            )
        )
    )


def _name_word_after_initial(w: Word) -> bool:
    f = w.flags
    return (
        (w.cap or (w.upper and len(w.text) >= 2))  # "K. DOLO" in a record written in capitals
        and not f & (STOP | SOFT_STOP | _NEVER)
        and bool(f & LISTED or not f & ENGLISH)
    )


#: An age between commas, as the gap before the next word holds it: "dar, 58, a".
_AGE_IN_GAP = re.compile(r", [0-9]{1,3},? ")


def _next_part(ws: tuple[Word, ...], j: int, mode: str) -> int:  # noqa: PLR0911, PLR0912 - one case each
    """
    Return how many words after word *j* belong to the name (0: none).

    A negative count -k says that the k words close the name.
    """
    n = len(ws)
    nxt = ws[j + 1]
    f = nxt.flags
    follows_cap = j + 2 < n and ws[j + 2].cap and is_space_gap(ws[j + 2].gap)
    if nxt.text == "I" and not (j + 2 < n and ws[j + 2].gap.startswith(".")):
        return 0  # "I told Aisha I would call": the pronoun (not "Aisha I. Bello")
    if mode == "lower":
        lower = nxt.text.islower() and len(nxt.low) >= 3
        if lower and not f & (ENGLISH | _NOT_ALONE | COMMON):
            return 1
        # a rare English word of the name lists before an age: "ghulam nabi dar, 58,"
        return (
            1
            if lower
            and f & (GIVEN | FAMILY)
            and not f & (WORD | COMMON | _NOT_ALONE)
            and j + 2 < n
            and _AGE_IN_GAP.match(ws[j + 2].gap) is not None
            else 0
        )
    if mode == "upper":
        # "CHIDINMA EZEAKU": a listed word, or a long one of no list that is no acronym
        unlisted = len(nxt.text) >= 4 and nxt.text not in _CAPS_ACRONYMS
        return 1 if nxt.upper and (f & LISTED or unlisted) and not f & (ENGLISH | _NEVER) else 0
    if nxt.upper and len(nxt.text) >= 2 and j > 0 and ws[j - 1].upper and _dotted_initial(ws, j):
        return 1  # "COMFORT K. DOLO": the surname after a middle initial, all in capitals
    if mode == "name" and nxt.cap and _two_words_as_surname(ws, j):
        return 2  # "Elsie Runs Above is 84", "Winona Last Star": a surname of two words
    if not nxt.cap:
        if _PARTICLE_JOINED.match(nxt.text) is not None:
            return 1  # "Samir al-Khatib", "Omar el-Sayed", "Aoife d'Arcy"
        if (
            nxt.text == "an"
            and ws[j].text in _GAELIC_HEADS
            and j + 2 < n
            and is_space_gap(ws[j + 2].gap)
            and (ws[j + 2].cap or _GAELIC_T.match(ws[j + 2].text) is not None)
        ):
            return 2  # "Callum Mac an t-Saoir", "Seán Mac an Bhaird"
        if (
            nxt.text in {"i", "y"}
            and follows_cap
            and j > 0
            and ws[j - 1].cap
            and is_space_gap(ws[j].gap)
            and not ws[j + 2].flags & (_NEVER | WORD)
        ):
            return 2  # "Pau Vidal i Serra", "Juan García y López": two surnames joined
        return _particles(ws, j)
    if (
        f & SOFT_STOP
        and ws[j].low in _VIETNAMESE_MIDDLES
        and ws[j].cap
        and nxt.low in WEEKDAY_NAMES
    ):
        return 1  # "Nguyễn Thị Thu,": a weekday's short form as the given name
    if mode == "run" and f & SOFT_STOP and follows_cap and nxt.low not in PRONOUNS:
        return 1  # "Nguyễn Thị Thu Hà": a weekday's or a month's short form inside a name
    if (
        nxt.low in _VIETNAMESE_LAST_SYLLABLES
        and ws[j].cap
        and ws[j].flags & GIVEN
        and not ws[j].flags & (WORD | TITLE | STOP)
        # before no capitalised word, or before a surname: "Kim Anh Nguyen works"
        and (not follows_cap or ws[j + 2].flags & FAMILY)
    ):
        return 1  # "Mai Anh came", "Tuấn Anh": a title's word as a given name's last syllable
    if (
        nxt.low in _MONTH_NAMES_OF_PEOPLE
        and not ws[j].flags & ENGLISH
        and (j + 2 >= n or ws[j + 2].gap.startswith(","))
    ):
        return 1  # "Daw Khin May, the old teacher": a month that ends a name
    if (
        nxt.text == "Jan"
        and ws[j].cap
        and not ws[j].flags & (ENGLISH | _NEVER)
        # words hold no digits: a number after "Jan" is in the next word's gap ("Jan 2019";
        # not "Shireen Jan, 44,")
        and not (j + 2 < n and ws[j + 2].gap.lstrip(" \t.'\u2019")[:1].isdigit())
        and not (j + 2 < n and ws[j + 2].low == "the" and is_space_gap(ws[j + 2].gap))
    ):
        return 1  # "Rafiqa Jan came", "Gul Jan": the honorific of Kashmir and Afghanistan
    if f & STOP and nxt.low not in EXTENSION_STOP:
        if (mode == "run" or nxt.low in _NUMBER_WORDS) and (
            nxt.low not in PRONOUNS and follows_cap
        ):
            return 1  # "Kateri Two Rivers", "Tatum Two Bulls": a word inside a name
        if f & LISTED and not ws[j].flags & WORD and not follows_cap:
            return -1  # "Nguyễn Văn An": a short name that is also a word closes it
    particles = _capital_particles(ws, j) or _foreign_surname(ws, j)
    if particles:
        return particles
    if (
        not f & (_NEVER | SOFT_STOP | GENERIC | TITLE | FOREIGN)
        and nxt.low not in EXTENSION_STOP
        and not (f & REGION and not f & LISTED)
        and not facility_follows(ws, j + 1)
        # a listed word, a word of no list or a rare English word ("Máret Ánne Gaup")
        and (f & LISTED or not f & (WORD | COMMON) or mode == "run" or _word_as_surname(ws, j))
    ):
        return 1
    return 0


#: What after a word and its comma says that a person is named: "Lwazi, who I saw", "Tonho,
#: one of our older users," (not a body's "who run the group").
_PERSON_APPOSITIVE = re.compile(
    r", (?:who(?:['\u2019]s|\b)"
    r"(?! (?:run|are|were|have|do|offer|provide|fund|support|employ|own|manage|insure)\b)"
    r"|one of (?:our|my|the|his|her|their) (?:[a-z-]+ ){0,2}"
    r"(?:clients|users|patients|regulars|residents|members|kids|boys|girls|men|women|guys"
    r"|elders|students|participants|volunteers|peers|workers|staff|colleagues|nurses)\b"
    # not a word that a client is quoted on: "Lockdown, one of our clients said, was"
    r"(?!,? (?:said|says|told|explained|reckons|calls it)\b))"
)
#: What in a text says that a people whose name is a given name is spoken of: its dialects,
#: its country, its name before a word for its people or its tongue.
_PEOPLE_SAID = {
    "karen": re.compile(
        r"\b(?:Sgaw|S'gaw|Pwo) Karen\b|\bKaren (?:people|peoples|communit(?:y|ies)|refugees?"
        r"|famil(?:y|ies)|language|women|men|elders?|interpreters?|state|homeland|culture"
        r"|villages?|grandmothers?|new year)\b"
        r"|\b(?:Karenni|Burma|Burmese|Myanmar|Thai border|Mae La|Kawthoolei)\b"
    ),
}


#: What after a people's name says it is one person: "Karen was on leave", "Karen told me".
_ONE_PERSON_AFTER = PERSON_VERBS | {"was", "is", "has", "had", "does", "did"}


def _people_said(text: str, low: str) -> bool:
    """Tell whether *text* speaks of the people whose name is the given name *low* (once)."""
    found = prepared(text).found
    key = ("people said", low)
    if key not in found:
        said = _PEOPLE_SAID.get(low)
        found[key] = said is not None and said.search(text) is not None
    return bool(found[key])


#: Words before a people's or a faith's name said of a person: "a bad Christian".
_BELIEVERS_BEFORE = frozenset(
    {"good", "bad", "devout", "practising", "practicing", "born-again", "faithful", "true"}
    | {"raised", "both", "all", "also", "devoutly"}
)
#: Who is said to be of a people or a faith before "is" or "were": "her kids were Christian".
_BEING_SUBJECTS = frozenset(
    {"he", "she", "they", "we", "i", "family", "parents", "kids", "children", "who", "both"}
    | {"all", "mum", "mom", "dad", "father", "mother", "husband", "wife", "son", "daughter"}
)
#: Plural nouns after a people's or a faith's name: "Christian values", "Karen families".
_PLURALS_AFTER_PEOPLES = PEOPLE_PLURALS | frozenset(
    {"values", "schools", "churches", "songs", "beliefs", "groups", "leaders", "friends"}
    | {"parents", "charities", "kids", "children", "hymns", "prayers", "missionaries"}
    | {"students"}
)


#: Words of a headline or a wish after a given name, no surname's: "Deepa Said Nothing".
_HEADLINE_WORDS = word_set(
    "said says loves loved likes liked happy part wins won gets got goes went thanks made"
    " makes takes took is was has had does did will can"
)


def _department(w: Word) -> bool:
    """Tell whether *w* names a service or a role, not a surname: "Oncology", "Detox"."""
    return w.low.endswith("ology") or w.low in _DEPARTMENTS


#: Services and roles written after a person's name in notes: "Ravi Oncology", "Kenji Triage".
_DEPARTMENTS = word_set(
    "detox respite triage team rehab registrar leader reception intake pharmacy admin"
    " security outreach housing liaison dietetics physio"
)


def _back_over_titles(ws: tuple[Word, ...], j: int) -> int:
    """Return the first word of the titles before word *j* ("Dr. Sharif"), or *j*."""
    k = j
    while k > 0 and ws[k - 1].flags & TITLE and (not ws[k].initial or ws[k].gap == ". "):
        k -= 1
    return k


def _two_words_as_surname(ws: tuple[Word, ...], j: int) -> bool:
    """
    Tell whether the two words after word *j*, a given name, are its surname.

    Two capitalised English words that close the run in mid-text after a given name that is
    no word: "Elsie Runs Above is 84", "Winona Last Star — named for a town" (the surnames
    of many nations of the Plains), not a title's words nor a body's name.
    """
    n = len(ws)
    w = ws[j]
    if j + 2 >= n or not (w.cap and w.flags & GIVEN) or w.flags & (WORD | SOFT_STOP | STOP):
        return False
    a, b = ws[j + 1], ws[j + 2]
    k = _back_over_titles(ws, j)
    return (
        a.cap
        and b.cap
        and a.gap == " "
        and b.gap == " "
        and not a.possessive
        and a.low not in EXTENSION_STOP
        and a.low not in PRONOUNS
        and a.low not in _HEADLINE_WORDS  # "Aisha Loves Pizza", "Priya Happy Birthday"
        and not (a.flags | b.flags) & (REGION | GENERIC | TITLE | SOFT_STOP)
        and bool(a.flags & WORD and b.flags & WORD)
        and not facility_follows(ws, j + 1)
        # "Shantelle Birthday Week", "Aroha Graduation Day": an event's words
        and not event_follows(ws, j + 1)
        and not _department(a)
        and not (j + 3 < n and (ws[j + 3].cap or ws[j + 3].upper) and is_space_gap(ws[j + 3].gap))
        and not (k > 0 and not ws[k].initial and (ws[k - 1].cap or ws[k - 1].upper))
        and not (k > 0 and ws[k - 1].low in NOUN_DETERMINERS)
    )


def _word_as_surname(ws: tuple[Word, ...], j: int) -> bool:
    """
    Tell whether the word after word *j*, an English word, is a surname all the same.

    After a given name that is no word, in mid-sentence, an uncommon word capitalised and
    closing the run: "a grazier, Kev Trounce, sixty-ish" (not "Kev and Trounce").
    """
    w, nxt = ws[j], ws[j + 1]
    k = _back_over_titles(ws, j)
    if k > 0 and not ws[k].initial and ws[k - 1].cap:
        return False  # 'titled "Why I Don't Need Dr. Sharif Anymore"': a title's words
    return (
        w.cap
        and bool(w.flags & GIVEN)
        and not w.flags & (WORD | ENGLISH | SOFT_STOP | STOP)
        and nxt.cap
        and not nxt.flags & (COMMON | STOP | SOFT_STOP)
        and not nxt.possessive
        # "Rahman Garments", "Blue Nile Catering": a trade's noun after a name
        and not nxt.low.endswith(("s", "ing"))
        and not _department(nxt)  # "Then I rang Ravi Oncology"
        and not (j + 2 < len(ws) and ws[j + 2].cap and is_space_gap(ws[j + 2].gap))
    )


#: The middle names of Vietnamese names that say a woman's or a man's ("Nguyễn Thị Thu").
_VIETNAMESE_MIDDLES = frozenset({"thị", "văn", "thi", "van"})
#: Vietnamese words of address that end many given names ("Mai Anh", "Lan Anh"): after a
#: given name and before no capitalised word, a part of the name, not a title.
_VIETNAMESE_LAST_SYLLABLES = frozenset({"anh"})


def _foreign_surname(ws: tuple[Word, ...], j: int) -> int:
    """
    Return 1 for a surname that is another language's word or a kinship word, else 0.

    After a given name that is no word: "Kwabena Asante" (thanks in Swahili), "Radu Pop"
    (a word for a father), "Gul Bibi" (a word for a lady that ends women's names).
    """
    nxt = ws[j + 1]
    f = nxt.flags
    return int(
        bool(
            ws[j].flags & GIVEN
            and not ws[j].flags & (WORD | FOREIGN | SOFT_STOP)
            and not f & (_NEVER | TITLE | REGION | GENERIC)
            and (
                (f & FAMILY and (f & FOREIGN or nxt.low in KINSHIP_WORDS))
                or nxt.low in _NAME_ENDINGS
            )
        )
    )


#: Words that end women's names in South and Central Asia: "Gul Bibi", "Rokeya Khatun".
_NAME_ENDINGS = frozenset({"bibi", "begum", "khatun", "khanum", "khanim", "bano", "bai"})


def _capital_particles(ws: tuple[Word, ...], j: int) -> int:
    """
    Return how many words after word *j* are a capitalised particle and the name after it.

    "Pádraig Ó Súilleabháin" (two), "Jozefien Van den Bossche" (three); 0: none.
    """
    n = len(ws)
    if (
        j + 2 < n
        and ws[j + 1].low in NAME_PARTICLES
        and ws[j + 2].cap
        and is_space_gap(ws[j + 2].gap)
        and not ws[j + 2].flags & _NEVER
    ):
        return 2
    if (
        j + 3 < n
        and ws[j + 1].low in LOWERCASE_PARTICLES
        and ws[j + 2].text in LOWERCASE_PARTICLES
        and ws[j + 3].cap
        and is_space_gap(ws[j + 2].gap)
        and is_space_gap(ws[j + 3].gap)
    ):
        return 3
    return 0


#: "Son of", "daughter of" between a given name and the father's, as registered in Singapore
#: and Malaysia: "s/o", "d/o", "a/l" (anak lelaki), "a/p" (anak perempuan).
_SLASH_PARTICLES = frozenset({"s/o", "d/o", "a/l", "a/p"})
#: The heads of Gaelic surnames before "an": "Mac an t-Saoir", "Nic an Bhaird".
_GAELIC_HEADS = frozenset({"Mac", "Nic", "Mc", "Ó", "Ní", "Ua"})
#: The "t-" of a Gaelic surname's noun: "t-Saoir".
_GAELIC_T = re.compile(r"[tnh]-[A-ZÀ-Þ]")
#: A surname that starts with a particle joined to it: "al-Khatib", "el-Sayed", "d'Arcy".
_PARTICLE_JOINED = re.compile(
    r"(?:al|el|ul|ar|as|ad|ash|at|az|bin|ibn|ben|abu|d|de|di|da|du)[-'\u2019][A-Z]"
)


def _particles(ws: tuple[Word, ...], j: int) -> int:
    """Return how many words after word *j* are lowercase particles and the name after them."""
    n = len(ws)
    if (
        j + 3 < n
        and ws[j + 2].gap == "/"
        and f"{ws[j + 1].text}/{ws[j + 2].text}" in _SLASH_PARTICLES
        and ws[j + 3].cap
        and is_space_gap(ws[j + 3].gap)
    ):
        return 3  # "Kamalam d/o Ramasamy": "daughter of", in Singapore's and Malaysia's
    k = j + 1
    while k < n and k - j <= 2 and ws[k].text in LOWERCASE_PARTICLES:
        k += 1
    if (
        k > j + 1
        and k < n
        and is_space_gap(ws[k].gap)
        and ws[k].cap
        and ws[k].low not in EXTENSION_STOP
        and all(
            is_space_gap(ws[x].gap)
            # "A. de Wit": the dot of an initial before the particles
            or (x == j + 1 and ws[x].gap == ". " and len(ws[j].text) == 1 and ws[j].text.isupper())
            for x in range(j + 1, k)
        )
    ):
        return k - j  # "Van der Berg", "Maria de la Cruz"
    return 0


def detectors() -> list[NameDetector]:
    """
    Build the detector of names.

    Returns:
        The ``name`` detector.
    """
    return [NameDetector()]
