"""
Names, places and organisations: by shape and position, every occurrence, precision, languages.

Every example is invented; the names come from many languages so that no rule leans on the
English lists alone. These are the rules' tests: the learned detector is switched off here
(see ``test_deid_learned.py``).
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.deid import (
    Detection,
    Pseudonymizer,
    _language,
    _lexicon,
    _normalize,
    _propagate,
    _words,
    merge_detections,
    redact,
    redact_collection,
    redact_story,
    residual_detections,
    scan,
    unsupported_language,
)

pytestmark = pytest.mark.usefixtures("rules_only")


def found(text: str, category: str | None = None) -> list[tuple[str, str]]:
    return [
        (d.category.value, text[d.start : d.end])
        for d in scan(text)
        if category is None or d.category.value == category
    ]


def names(text: str) -> list[str]:
    return [value for _, value in found(text, "NAME")]


def merged_found(text: str) -> list[tuple[str, str]]:
    """Return the category and text of each detection after merging, as redaction sees them."""
    return [(d.category.value, text[d.start : d.end]) for d in merge_detections(scan(text))]


def story(text: str, story_id: str = "st-1", language: str | None = None) -> rk.Story:
    return rk.Story(
        id=story_id,
        text=text,
        language=language,
        source=rk.Source(platform="forum"),
        deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
    )


# --------------------------------------------------------------------------- shape and position

SHAPES = [
    # greetings and sign-offs
    ("Hi Dana,\nI wanted to say thanks for the group.", ["Dana"]),
    ("It meant a lot to me.\n\n— Kwame", ["Kwame"]),
    ("Thanks, Priya, for covering my shift.", ["Priya"]),
    ("proud of this one tbh\n\n- ayo", ["ayo"]),
    (
        "Hi all, this is Wahkinney Tsosie Blackhorse (long-time reader).",
        ["Wahkinney Tsosie Blackhorse"],
    ),
    # speech
    ('"You saved me," said Tomasz on his last day.', ["Tomasz"]),
    ("Marisol told me she got the apartment.", ["Marisol"]),
    ("Justice laughed so hard she cried.", ["Justice"]),
    # naming cues, also for words that are words
    ("My client named Will finished treatment.", ["Will"]),
    ("Everyone calls him Dre and he loves it.", ["Dre"]),
    ("We call her June. She texted me on June 3rd.", ["June"]),
    # titles, also of other languages
    ("Mr. O'Shaughnessy came in.", ["O'Shaughnessy"]),
    ("One client, Bác Trần Văn Bảo, came with mangoes.", ["Trần Văn Bảo"]),
    ("Doña Refugio fed the whole office.", ["Doña Refugio"]),
    ("Miss Pauline, our charge nurse, drove.", ["Pauline"]),
    # a word for a person, commas, an age
    ("My client N'Golo scored twice.", ["N'Golo"]),
    ("My client Mary-Kate laughed.", ["Mary-Kate"]),
    ("Her interpreter, Siobhán, stayed late.", ["Siobhán"]),
    ("Update on my kiddo jayden: he read a page.", ["jayden"]),
    ("My client SARAH finally called.", ["SARAH"]),
    ("My son Will is eight.", ["Will"]),
    ("Early psychosis program. Rain Delacroix, 19, came to us in the fall.", ["Rain Delacroix"]),
    ("His mam, Sadhbh Ní Bhraonáin, rang the office.", ["Sadhbh Ní Bhraonáin"]),
    # kunyas, particles, nicknames in quotes
    ("Her mother-in-law, Umm Khalid, came with her.", ["Umm Khalid"]),
    # a name and its nickname in quotes are one name, side by side
    ('Terrence "T-Bone" Whitlock came in today.', ['Terrence "T-Bone" Whitlock']),
    ('Eleftheria "Ria" Papadakis is 84 and furious.', ['Eleftheria "Ria" Papadakis']),
    # the lists, in any position, in a sentence of English words
    ("Oluwaseun walked into group early.", ["Oluwaseun"]),
    ("We finally heard from Przemysław yesterday.", ["Przemysław"]),
    ("The Boatengs lost their grandfather.", ["Boatengs"]),
    ("She rang to say that Ferdia made the county team.", ["Ferdia"]),
    # called by name; a name's word of no list before a name, a name and a particle
    ('He sleeps 6 hours now. "Seis horas, Chayo!" he told me.', ["Chayo"]),
    ("Tswb Lor had her coverage drop in June.", ["Tswb Lor"]),
    ("I have worked with Iolo ap Rhys for 18 months.", ["Iolo ap Rhys"]),
    ("Also: Ngaio Te Rangi wrote our first-year guide.", ["Ngaio Te Rangi"]),
    (
        "Gilberto Nogueira, aka Juninho, has been off the waitlist.",
        ["Gilberto Nogueira", "Juninho"],
    ),
    # after "my client", "her son": a lowercase word of no list and no language
    ("Update: my client bongani got his license back!", ["bongani"]),
    # with one's family, also a name that is a word; a given name in a shout
    ("Hunter and his mom came in. Hunter was smiling.", ["Hunter", "Hunter"]),
    ("KWABENA CALLED ME TODAY AND SAID HE GOT THE APARTMENT", ["KWABENA"]),
    # a name in quotes after a naming cue
    ('Everyone calls him "Lwa" now.', ["Lwa"]),
    ("She goes by \u201cDee\u201d these days.", ["Dee"]),
    # a generational suffix
    ("My client Gilberto Nogueira Júnior came in.", ["Gilberto Nogueira Júnior"]),
    # the okina (U+02BB) before a capital: the name is capitalised, and found again without it
    (
        "My client \u02bbAna Kealoha came in. \u02bbAna was upset, Ana said.",
        ["\u02bbAna Kealoha", "\u02bbAna", "Ana"],
    ),
    ("and \u02bbIolani's mom cried.", ["\u02bbIolani"]),
    # "son of", "daughter of" of Singapore and Malaysia; the particle of Maa names
    ("Yesterday Kamalam d/o Ramasamy came in.", ["Kamalam d/o Ramasamy"]),
    ("Lemayian ole Kisemei walked in.", ["Lemayian ole Kisemei"]),
    # found in pieces side by side, joined: one name, wholly redacted
    ("Yesterday Rosa María de la Cruz came, and Rosa cried.", ["Rosa María de la Cruz", "Rosa"]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES, ids=[t[:30] for t, _ in SHAPES])
def test_names_are_found_by_shape_and_position(text, expected):
    assert names(text) == expected


NOT_NAMES = [
    "Will this job ever get easier?",
    "Hope is sneaky like that.",
    "Grace under pressure, that's what she has. Sunny disposition too.",
    "Chase the weird dream, kids.",
    "Edit: thanks everyone.\nEDIT 2: wow.\nTL;DR it works.\nUpdate: she called.",
    "She did DBT, CBT, EMDR, ACT, CPT and ERP with her LCSW and an RN.",
    "She is on Lexapro and Abilify now, and Vivitrol helped him.",
    "Grandma and Auntie came, and Maw Maw too. Nana brought tamales.",
    "We moved from Ohio to Quebec, then to Georgia and Jordan.",
    "She goes to NAMI, the VA, AA and NA, got Medicaid and Social Security, joined Job Corps.",
    "He works nights at Walmart and drinks Starbucks.",
    'She said "gracias" and "obrigada" and called her umma and her lola.',
    'He used the formal Sie with me. She ended with "la victoire est à celles qui restent".',
    "Kia kaha, everyone. Ngā mihi.",
    "Later she told me the story again.",
    "The Samaritans and the NHS were there for her.",
    # a cue inside a word ("that" is no "at"), a state beside a kind, a sentence's first word
    "I have stared at that VIN so long I know it by heart.",
    "For anyone in Pennsylvania, the state program mails kits for free.",
    '"Look, a bank card," he kept saying.',
    # peoples and lowercase tails in hyphenated words, eponyms, plural weekdays, slang,
    # a surname's look-alike after "the", the end of a country's name
    "Couples therapist, Korean-American, bilingual practice.",
    "Ex-farmworker, 63, diabetic, slept behind a store.",
    "It is collaborative safety planning, Stanley-Brown style.",
    "Write down the wins and celebrate the Fridays.",
    "He asked me in DMs for the number.",
    "She came by with a cake from the Centra.",
    "She is a nurse in New Zealand now.",
    # lowercase words of another language after a determiner, in quotes, beside "and"
    'He came to our charla at the union hall; her shimá said it was "just talking".',
    'Her name is pronounced like "chu" in the middle.',
    "He brought injera and shiro for the whole drop-in.",
    "Thank you, Lord! Well done, Team!",
    "my patient www said hi; my client asap called; my son lol cried.",
    "We use the Columbia protocol and the PHQ-9 on intake.",
    "THE PATIENT WAS DISCHARGED TODAY AFTER SIX MONTHS. I AM SO PROUD.",
    "Will and his dad went fishing. Christmas and her family plans were hard.",
    # items of a list are no signatures
    "A few things I have learned:\n- Ask about sleep aids.\n- Go slow.\n- Document why.",
    "For anyone new:\n- Language. It matters more than you think.",
    # a body or a role after a title, a shout after a kinship word, a country, a quote
    'They consulted Dr. Google about it. "Dear Mrs. Counselor," the card said.',
    'Reason for visit: "BECAUSE MY SISTER MADE ME."',
    "I work in a hospital in the Netherlands. It is a very Swiss thing to do.",
    'He said, "Tell her I am fine." Then he left.',
    "A veteran myself (Army, two deployments), working in Aotearoa now, 2,500-ish calls.",
    "A Vietnam-era vet, in his 70s, came by.",
]


@pytest.mark.parametrize("text", NOT_NAMES, ids=[t[:30] for t in NOT_NAMES])
def test_words_that_look_like_names_are_left_alone(text):
    assert found(text) == []


def test_a_name_that_is_a_word_is_a_name_only_where_it_names_someone():
    text = "Grace said grace before dinner. Will will tell you it was all his idea."
    assert names(text) == ["Grace", "Will"]  # the verb "will" never comes before "will"
    text = "Grace said grace before dinner. Will you tell me it was all his idea?"
    assert names(text) == ["Grace"]
    text = "My son Will said grace. Will will tell you."
    assert names(text) == ["Will", "Will"]


def test_a_decomposed_accent_is_found_and_its_span_covers_the_mark():
    text = "My client Zoe\u0308 came back. ZOË laughed."
    spans = [(d.start, d.end) for d in scan(text) if d.category is rk.PhiCategory.NAME]
    assert [text[s:e] for s, e in spans] == ["Zoe\u0308", "ZOË"]
    assert spans[0] == (10, 14)  # the combining diaeresis is inside the span


@given(
    st.sampled_from(["Zoë", "Siobhán", "Nguyễn", "Bảo", "José", "Małgorzata", "Chloé"]),
    st.sampled_from(["NFC", "NFD"]),
)
def test_names_are_found_whatever_the_normal_form(name, form):
    text = unicodedata.normalize(form, f"My client {name} came back. {name} smiled.")
    found_names = [unicodedata.normalize("NFC", v) for v in names(text)]
    assert found_names == [name, name]


def test_no_places_or_organisations_in_text_of_another_language():
    text = (
        "Ich arbeite seit acht Jahren als Psychotherapeutin in einer Beratungsstelle. Heute "
        "hat mir eine Klientin erzählt, dass sie zum ersten Mal wieder allein gefahren ist. "
        "Dr. Weber war auch da."
    )
    assert found(text) == [("NAME", "Weber")]


# --------------------------------------------------------------------------- every occurrence


def test_every_occurrence_of_a_name_and_of_its_parts_is_found():
    text = (
        "My client Thandiwe Mokoena called. Later Thandiwe said MOKOENA was her dad's name. "
        "Thandiwe's mom came too."
    )
    assert names(text) == ["Thandiwe Mokoena", "Thandiwe", "MOKOENA", "Thandiwe"]
    reasons = {d.reason for d in scan(text)}
    assert "another occurrence of an identifier found in the text" in reasons


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ('Oluwatobiloba came to us mid-year. He said "TOBI DOES NOT MISS" and left.', "TOBI"),
        ('My client Vojtěch texted me. It said "HELO THIS IS VOJTA".', "VOJTA"),
        ("Vaishnavi Ramasubramanian got in. Vaish, you did that.", "Vaish"),
    ],
)
def test_a_short_form_of_a_name_found_in_the_text_is_found(text, short):
    assert short in names(text)


def test_a_name_that_is_a_word_is_not_found_again_as_the_word_before_a_pronoun():
    assert names("My son Will is eight. Will you believe it? Will got a medal.") == [
        "Will",
        "Will",
    ]


def test_a_title_after_a_title_is_no_name():
    assert names("I saw Dr. Mrs. Okafor and Prof. Dr. Weber; Dr. Dr. Dr.") == ["Okafor", "Weber"]


def test_a_surname_that_is_a_word_of_wards_and_groups_after_a_person_title():
    # "ward", "elder", "still" are never names alone (or after a role such as "Nurse")
    assert names("Mr Ward came back. Mrs Elder smiled at Dr. Said.") == ["Ward", "Elder", "Said"]
    assert names("Nurse Ward left. She is on the ward with the elders, still.") == []


def test_a_signature_may_carry_a_long_role_on_the_last_line():
    text = "Thanks for reading.\n\n\u2014 Bea, LPC #009412 (yes I'm that proud of it)"
    assert "Bea" in names(text)


def test_a_short_form_is_never_an_english_word_or_a_place():
    text = "My client Christopher loves Christmas. Kowalczyk came, and Kowal Street is near."
    assert "Christmas" not in names(text)
    # short forms come from one text only, never from the seeds of another
    seeds = _propagate.Seeds().add(
        "My client Oluwatobiloba came.", scan("My client Oluwatobiloba came.")
    )
    assert seeds.find("TOBI came too.", [], "elsewhere") == []


def test_a_lowercase_word_is_not_taken_for_a_name_found_as_a_word():
    text = "Our client named Hope came back. Hope said hope is a weird thing."
    assert names(text) == ["Hope", "Hope"]


def test_a_month_that_is_a_name_is_not_taken_where_it_is_the_month():
    text = "We call her April. April texted me. In April she moved; on April 3rd she called."
    assert names(text) == ["April", "April"]


def test_other_identifiers_are_found_again_as_the_same_string():
    text = "Chart 88120457 was flagged. I read 88120457 twice, not a188120457."
    spans = [(d.start, d.end) for d in scan(text)]
    assert [text[s:e] for s, e in spans].count("88120457") >= 2
    inside = text.index("a188120457") + 2  # the same digits inside a longer string
    assert (inside, inside + 8) not in spans


def test_the_allow_list_holds_for_every_occurrence():
    text = "My client Zanele Dube called. Zanele said hi. Dube is her mom's name."
    assert names(text) == ["Zanele Dube", "Zanele", "Dube"]
    # An allowed term is never flagged, also where it is found again.
    assert [text[d.start : d.end] for d in scan(text, allow=["Dube"])] == [
        "Zanele Dube",
        "Zanele",
    ]


def test_seeds_from_one_text_are_found_in_another_and_stay_linear():
    seeds = _propagate.Seeds().add(
        "My client Kofi Boateng called.", scan("My client Kofi Boateng called.")
    )
    assert len(seeds) >= 3  # the whole name and each of its parts
    other = "Kofi came back. KOFI BOATENG laughed, and kofi did too."
    spans = [other[d.start : d.end] for d in seeds.find(other, [], "elsewhere")]
    assert spans == ["Kofi", "KOFI BOATENG", "kofi"]
    assert seeds.find(other, [(0, 4)], "elsewhere")[0].start > 4  # taken spans are kept


def test_propagation_leaves_detections_alone_when_there_is_nothing_to_add():
    found_ = scan("Call me at 555-201-3344.")
    assert _propagate.every_occurrence("Call me at 555-201-3344.", found_) is not None


# --------------------------------------------------------------------------- pseudonyms


def test_pseudonyms_follow_the_person_across_variants():
    text = (
        "My client Sarah Okonkwo came in. Later Sarah smiled and OKONKWO laughed. "
        "Sarah's mom cried."
    )
    new, _ = redact(text, operator="pseudonym")
    assert new == (
        "My client [PERSON_1] came in. Later [PERSON_1] smiled and [PERSON_1] laughed. "
        "[PERSON_1]'s mom cried."
    )


def test_two_people_who_share_a_given_name_keep_two_pseudonyms():
    p = Pseudonymizer()
    assert p(rk.PhiCategory.NAME, "Sarah Okonkwo") == "[PERSON_1]"
    assert p(rk.PhiCategory.NAME, "Sarah Mensah") == "[PERSON_2]"
    assert p(rk.PhiCategory.NAME, "Sarah") == "[PERSON_2]"  # the one named last
    assert p(rk.PhiCategory.NAME, "okonkwo") == "[PERSON_1]"
    assert p(rk.PhiCategory.NAME, "Sarah Okonkwo-Reyes") == "[PERSON_3]"
    assert p(rk.PhiCategory.LOCATION, "Sarah") == "[PLACE_1]"


@given(st.lists(st.sampled_from(["Ana Lima", "Ana", "LIMA", "Bo Chen", "Chen", "bo"]), max_size=8))
def test_a_name_always_gets_the_pseudonym_it_got_first(values):
    p = Pseudonymizer()
    first: dict[str, str] = {}
    for value in values:
        got = p(rk.PhiCategory.NAME, value)
        assert first.setdefault(value.casefold(), got) == got


# --------------------------------------------------------------------------- collections


def _collection(*texts: str) -> rk.Collection:
    return rk.Collection(stories=[story(t, story_id=f"st-{i}") for i, t in enumerate(texts)])


def test_a_name_found_in_one_story_is_redacted_in_every_story():
    stories = _collection(
        "My client Wiremu Tautahi came early.",
        "Coach said tautahi is fast.",
    )
    on_its_own = redact(stories, operator="pseudonym")
    assert on_its_own.stories[1].text == "Coach said tautahi is fast."
    together = redact(stories, operator="pseudonym", propagate="collection")
    assert [s.text for s in together] == [
        "My client [PERSON_1] came early.",
        "Coach said [PERSON_1] is fast.",
    ]
    assert all(s.deidentification.status is rk.DeidStatus.REDACTED for s in together)
    assert redact_collection(stories, operator="pseudonym") == together


def test_collection_propagation_is_checked():
    with pytest.raises(ValueError, match="propagate"):
        redact_collection(_collection("x"), propagate="everywhere")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- languages


def test_the_language_of_a_text_is_told_from_its_function_words():
    german = (
        "Heute hat mir eine Klientin erzählt, dass sie wieder allein mit der Bahn gefahren ist."
    )
    french = (
        "Aujourd'hui, un patient que je suis depuis l'hiver m'a dit qu'il avait repris le travail."
    )
    english = "Today a client told me that she rode the train alone again, and she was proud."
    quoted = (
        'She said "ele está voltando a ser ele mesmo" and I cried in my car after that session.'
    )
    assert unsupported_language(german) == "de"
    assert unsupported_language(french) == "fr"
    assert unsupported_language(english) is None
    assert unsupported_language(quoted) is None
    assert unsupported_language("Hola y adiós") is None  # too short to tell
    assert unsupported_language(english, "pt-BR") == "pt-BR"
    assert unsupported_language(german, "en-GB") is None
    assert _language.is_english_tag(None)


def test_jamaican_creole_is_told_by_its_own_words_not_counted_as_english():
    creole = (
        "Mi a counsellor an mi work inna one likkle centre wid di yute dem. One lady come to mi"
        " from last year, har spirit dung inna di ground. Everybody tell har fi pray an fi be"
        " strong. Wi siddung an talk bout it plenty, an now she nuh cry so much. Mi glad fi"
        " see har smile."
    )
    quoting = (
        "My client laughed and said 'mi nuh know' when I asked her how she did it, and then she"
        " told me about her week at work and her new flat and the garden she keeps there now."
    )
    assert unsupported_language(creole) == "jam"
    assert unsupported_language(quoting) is None
    # no names taken from the Creole's small words
    assert [c for c, _ in found(creole) if c == "NAME"] == []


def test_a_long_text_with_almost_no_english_function_word_is_in_another_language():
    swedish = (
        "Jag har jobbat som kurator i sex år och ville bara dela något fint. En man kom till "
        "mig i februari efter att hans fru gått bort. Han var tydlig med att han inte var en "
        "sån som pratar. Men han kom tillbaka varje torsdag och till slut berättade han om "
        "henne, om hur hon skrattade och hur huset luktar nu."
    )
    czech = (
        "Většinou jen tiše čtu, ale dneska se musím podělit. Klientka, padesát let, přišla "
        "poprvé před dvěma lety a nemluvila skoro vůbec. Minulý týden mi přinesla koláč a "
        "řekla, že poprvé po letech jela sama tramvají do města. Byla na sebe pyšná a já "
        "taky. Někdy si říkám, proč tuhle práci dělám, a pak přijde takový den. Děkuji, že "
        "jste to dočetli."
    )
    assert unsupported_language(swedish) == "und"
    assert unsupported_language(czech) == "und"
    assert names(swedish) == []
    assert names(czech) == []
    spanish = (  # a Spanish text with many words that English shares ("a", "no", "me")
        "Soy psicóloga y hoy necesito contar algo bonito. Tengo una paciente que no comía, "
        "no dormía, no contestaba a nadie. Me dijo que ya no servía para nada. Trabajamos "
        "despacio, muy despacio, y hoy me contó que fue a la playa con su nieta."
    )
    assert unsupported_language(spanish) == "es"
    codes = " ".join(f"A{i}-{i * 7}" for i in range(60)) + " my client Rosalind said hi"
    assert unsupported_language(codes) is None  # codes and numbers are in no language


def test_a_story_in_another_language_is_scanned_for_names_only_after_titles():
    text = "Mein Klient Herr Becker sagte heute, dass er wieder arbeitet. Dr. Weber war stolz."
    s = story(text, language="de")
    assert [s.text[d.start : d.end] for d in residual_detections(s)] == ["Becker", "Weber"]
    english = story("Marisol told me she is proud.", language="en")
    assert redact_story(english).text == "[NAME] told me she is proud."


# --------------------------------------------------------------------------- the lists


def test_names_are_looked_up_by_a_folded_key():
    fold = _normalize.fold
    assert fold("O'Shaughnessy") == fold("OSHAUGHNESSY") == "oshaughnessy"
    assert fold("Nguyễn") == fold("NGUYEN") == "nguyen"
    assert fold("Wójcik") == fold("Wojcik") == "wojcik"
    assert fold("Łukasz") == "lukasz"
    assert fold("Søren") == "soren"
    assert fold("Đặng") == "dang"
    assert fold("Y\u0131ld\u0131r\u0131m") == "yildirim"  # dotless i
    assert fold("Straße") == "strasse"
    assert fold(unicodedata.normalize("NFD", "Zoë")) == "zoe"
    assert _normalize.nfc("Zoe\u0308") == "Zoë"


@pytest.mark.parametrize(
    "name",
    [
        "Oluwaseun",
        "Adaeze",
        "Nguyen",
        "Huynh",
        "Siobhan",
        "Przemyslaw",
        "Wojcik",
        "Castaneda",
        "Jiwoo",
        "Harpreet",
        "Abdirahman",
        "Tesfaye",
        "Tsosie",
        "Begay",
        "Kowalczyk",
    ],
)
def test_the_lists_hold_names_of_many_origins(name):
    assert _lexicon.word_flags(name) & _lexicon.LISTED


def test_a_list_hit_alone_is_no_name():
    # The lists hold thousands of English words; those need a cue.
    for word in ("The", "My", "Will", "Hope", "Edit", "Social"):
        flags = _lexicon.word_flags(word)
        assert flags & (_lexicon.WORD | _lexicon.STOP), word
    assert found("The edit was social. My hope is that we meet.") == []


def test_word_features_are_remembered_and_bounded(monkeypatch):
    monkeypatch.setattr(_lexicon, "_FLAGS_LIMIT", 2)
    monkeypatch.setattr(_lexicon, "_FLAGS", {})
    for word in ("Alpha", "Beta", "Gamma"):
        _lexicon.word_flags(word)
    assert len(_lexicon._FLAGS) <= 2
    monkeypatch.setattr(_words, "_TOKENS_LIMIT", 1)
    monkeypatch.setattr(_words, "_TOKENS", {})
    assert [w.text for w in _words.words.__wrapped__("Ana met Bo.")] == ["Ana", "met", "Bo"]
    assert len(_words._TOKENS) <= 1


def test_a_looked_up_word_is_remembered(monkeypatch):
    words = _lexicon.HashedWords(b"")
    monkeypatch.setattr(_lexicon, "_SEEN_LIMIT", 1)
    assert "a" not in words
    assert "b" not in words
    assert "b" not in words


# --------------------------------------------------------------------------- the command line


def test_the_redact_command_finds_a_name_in_every_story_of_a_file(tmp_path):
    from rewardkit.cli import main

    path = tmp_path / "stories.jsonl"
    path.write_text(
        "\n".join(
            rk.dumps(s)
            for s in _collection(
                "My client Wiremu Tautahi came early.", "Coach said tautahi is fast."
            )
        )
        + "\n",
        encoding="utf-8",
    )
    alone, together = tmp_path / "alone.jsonl", tmp_path / "together.jsonl"
    assert main(["deid", "redact", str(path), "-o", str(alone)]) == 0
    argv = ["deid", "redact", str(path), "-o", str(together), "--propagate", "collection"]
    assert main(argv) == 0
    texts = [json.loads(line)["text"] for line in together.read_text().splitlines()]
    assert texts == ["My client [NAME] came early.", "Coach said [NAME] is fast."]
    assert "tautahi" in alone.read_text()


# --------------------------------------------------------------------------- places, organisations

ORGANIZATIONS = [
    ("I cold-called every shop. Sunny's Auto & Tire said yes.", "Sunny's Auto & Tire"),
    ("The little one drew our shelter, Marigold House, as a castle.", "Marigold House"),
    ("We run The Landing, a youth drop-in near the river.", "The Landing"),
    ("Bác Bảo is going to the lunch at Chùa An Lạc Tâm next week.", "Chùa An Lạc Tâm"),
    ("Ridgeview Adolescent Behavioral night shift represent!", "Ridgeview Adolescent Behavioral"),
    ("She was discharged from St. Mobhí's Unit last year.", "St. Mobhí's Unit"),
    ("He started coming to Garfield Park Healing Collective.", "Garfield Park Healing Collective"),
]


@pytest.mark.parametrize(("text", "name"), ORGANIZATIONS, ids=[n for _, n in ORGANIZATIONS])
def test_organisations_are_found_by_what_stands_beside_them(text, name):
    assert ("ORGANIZATION", name) in found(text)


def test_quantities_titles_and_generic_names_are_no_places():
    assert found("She drove 90 minutes each way to see us.") == []
    # (the capitalised word after a name goes with it: more hidden than needed, nothing left)
    assert found('The slides were titled "Why I Don\'t Need Dr. Sharif Anymore".') == [
        ("NAME", "Sharif Anymore")
    ]
    assert found("She signed her bag in Sharpie and wrote in Comic Sans.") == []
    assert found("We went to a service in Little Haiti on Sunday.") == [
        ("LOCATION", "Little Haiti")
    ]
    assert found("She lives at 1420 Maple Avenue now.") == [("LOCATION", "1420 Maple Avenue")]


def test_a_place_written_with_decomposed_accents_is_found():
    text = unicodedata.normalize("NFD", "She moved to Montréal last year with Zoë.")
    assert [unicodedata.normalize("NFC", v) for _, v in found(text)] == ["Montréal", "Zoë"]


@given(st.text(alphabet=st.sampled_from("aZé\u0308'-_7 .\n,ß"), max_size=40))
def test_words_are_cut_where_the_word_pattern_finds_them(text):
    import re

    expected = []
    for m in re.finditer(_words._WORD_SOURCE, text):
        token = m.group().rstrip("-'\u2019")
        if token[-1:] in "sS" and len(token) > 2 and token[-2] in "'\u2019":
            token = token[:-2]
        expected.append((m.start(), m.start() + len(token)))
    assert [(w.start, w.end) for w in _words.words.__wrapped__(text)] == expected


# --------------------------------------------------------------------------- look-alikes


@pytest.mark.parametrize(
    "text",
    [
        # A writer who capitalises: a lowercase word of a name list is a word.
        "She made me sit down and eat bún bò huế at 10am while we talked.",
        "He did his pepeha in te reo. Ngā mihi nui to all of you.",
        "Going to buy siu mai to celebrate. He didn't spend it on ramen.",
        # Famous eponyms, by the lists alone.
        "We did a modified version of Linehan's DBT skills group.",
        "A 5th grader told me Erikson's stages sound made up. A lot of Bowlby too.",
        "Gentleman in his 70s, Parkinson's disease. Alzheimer's and a lot of distress.",
        "She scored a 3.8 on the Allen Cognitive Level screen this week.",
        "His Glasgow Coma Scale was fine.",
        # Holidays.
        "Christmas Eve shift. Anyone on shift over Boxing Day or New Year's Eve: thank you.",
        "Valentine's Day party. Presidents' Day, I'm coming for you. Mother's Day cards.",
        "Eid Mubarak to everyone celebrating.",
        # Bodies and brands used generically.
        "The Crisis Text Line and the Trevor Project picked up some of our calls.",
        "For anyone reading this out bush: Beyond Blue, Lifeline, headspace.",
        "They wanted to tell me about the Dungeons & Dragons campaign they run.",
        "His GP put him on a Mental Health Treatment Plan through Medicare.",
        # A particle after a title in another language.
        "Tengo una paciente, una señora de 67 años, que llegó hace un año.",
    ],
)
def test_look_alikes_of_names_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A writer who writes small writes names small too.
        ("ok so update. i saw kwabena today and he was laughing. i cried after", "kwabena"),
        # A verb of speech after a lowercase name, in any text.
        ("Tiny win: eduardo said hi to me first today.", "eduardo"),
        # A particle after a title, and the name after it.
        ("Dr. von Rabenau arranged for an occupational therapist.", "von Rabenau"),
        # An eponym's name after a title, or speaking, is someone.
        ("Dr. Linehan called me back herself.", "Linehan"),
        # The name of a day is no holiday's after a word for a person.
        ("My client Eve called me on Christmas Day.", "Eve"),
    ],
)
def test_names_beside_look_alikes_are_found(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("our mascot is a rubber duck called Ms. Q.V. and we love her", "Q.V."),
        ("a boy, who I'll call by his first initial, H., finished school.", "H."),
        ("a woman I'll refer to by her initials, M.O., because she asked.", "M.O."),
        ('the card was signed "Z.K." like he is famous now.', "Z.K."),
        ('He signs his emails to me "W.A., future nurse."', "W.A."),
        # Alone on the last line, after a closing of any language.
        ("Keep turning up for them.\n\nIa manuia,\nTavita", "Tavita"),
        ("Thanks for reading.\n\nBis bald,\n- Henrike", "Henrike"),
        # A naming cue with "now" in it.
        ("I'll use the name he goes by now, Makwa. He is proud of it.", "Makwa"),
    ],
)
def test_initials_sign_offs_and_names_after_a_cue(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We got a B.A. in the end and Ms. Rivera smiled.",  # no initials after a cue
        "Thanks for reading,\nSincerely",  # a closing word, not a name
        "It was a long week, honestly,\nAnyway",
    ],
)
def test_no_initials_or_sign_off_where_there_is_none(text):
    assert [n for n in names(text) if n != "Rivera"] == []


def test_an_organisation_starts_at_its_head_word_and_keeps_its_legal_form():
    text = "Enter Iglesia Pentecostal la Roca de Salvación. Then Kulturverein Ostwind e.V. helped."
    orgs = [v for c, v in found(text) if c == "ORGANIZATION"]
    assert "Iglesia Pentecostal la Roca de Salvación" in orgs
    text = "We went to the team at Kulturverein Ostwind e.V. on Friday."
    assert ("ORGANIZATION", "Kulturverein Ostwind e.V.") in found(text)
    text = "I send my lads to Carrowmore Men's Shed and to Auntie Bisi's Kitchen."
    orgs = [v for c, v in found(text) if c == "ORGANIZATION"]
    assert "Carrowmore Men's Shed" in orgs
    assert "Auntie Bisi's Kitchen" in orgs


@pytest.mark.parametrize(
    "text",
    [
        'The dad told me once "in Korea we do not have anxiety" and laughed.',
        "Mandarin, English, a bit of Hokkien when the aunties need it.",
        "he has gone from 4 F's to 1 F this term.",
        "Short-ish post with a link at the end.",
        "an appointment with a counselor at the IHS clinic next week.",
        "Done contracts in Georgia, North Dakota, Arizona and Maine.",
    ],
)
def test_countries_languages_grades_and_suffixed_words_are_no_names(text):
    assert found(text) == []


def test_a_name_before_a_people_and_an_age():
    assert "Tokala" in names("my client for most of his stay, Tokala, Lakota, 31, went home.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The address is 6/14 Banksia Crescent, which I will remember.", "6/14 Banksia Crescent"),
        ("the family bakery on Hammer Straße 41. She wanted more.", "Hammer Straße 41"),
    ],
)
def test_addresses_with_a_unit_slash_or_a_separate_street_word(text, value):
    assert ("LOCATION", value) in found(text)


def test_a_given_name_that_is_a_word_before_its_age_and_its_other_occurrences():
    text = "I need to talk about Will because he made me laugh.\n\nWill is 34, has a job now."
    assert names(text) == ["Will", "Will"]
    assert names("Summer is 30 degrees here. May is 31 days long.") == []


def test_the_town_after_a_street_address():
    text = "The address is 9/12 Banksia Crescent, Kelmscott, which I will remember."
    assert ("LOCATION", "9/12 Banksia Crescent, Kelmscott") in found(text)
    assert ("LOCATION", "Main Street") in found("He lives on Main Street, Tuesday, she said.")


@pytest.mark.parametrize(
    "text",
    [
        "her cat, a one-eyed tabby called Pickle, and her dream of being a vet.",
        "- A stuffed lion called Brave. Every kid who holds him gets brave.",
        "Social worker, child and family team, Western Australia.",
        "who I swear has the calmest voice in North America.",
        "On Vaisakhi he brought the entire family. Diwali was loud too.",
        "The WISC and the Woodcock-Johnson are useful tools.",
        "my Sámi is worse than my Norwegian.",
    ],
)
def test_pets_toys_regions_festivals_and_tests_are_no_names(text):
    assert found(text) == []


def test_a_person_named_beside_a_pet_named():
    assert names("He has a son named Ravi and a dog called Biscuit.") == ["Ravi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The intake sheet said Name: ADAEZE OKONKWO and nothing else.", "ADAEZE OKONKWO"),
        ("Patient name: Tomasz Wierzbicki, date of birth on file.", "Tomasz Wierzbicki"),
        ("My name is Trần Thị Thu Lan and I was your student.", "Trần Thị Thu Lan"),
    ],
)
def test_a_name_after_a_form_field_or_a_naming_cue_is_found_whole(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "with a small picture of Lord Ganesha on top, and we read the Book of Ruth.",
        "in July, in South Texas, and later in Enugu State, and in Kerala too.",
        "We moved to Wednesdays. Doc said that's fine. Our Elder set up a chair.",
        "Update: to the person who DMed asking about it, yes.",
        "I do the EPDS (Edinburgh Postnatal Depression Scale) with every mum.",
        "- \"Don't Stop Believin'\": a teenager on the unit sang it all week.",
        "ONE OF MY KIDS JUST GOT ACCEPTED TO A FOUR YEAR UNIVERSITY. WITH A SCHOLARSHIP.",
        "Mario Kart and Zelda got them talking; then Ted Lasso and Bluey.",
        "signed the sheet in Cyrillic, then drew a heart.",
    ],
)
def test_more_look_alikes_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zsófika is 28 and came to me two years ago.", "Zsófika"),
        ("Meneer Van der Berg is 79 and has been with us for years.", "Van der Berg"),
        ("One of our elders, anh Tuấn, is 72.", "Tuấn"),
        ("My client Maria Guerrero came in with Father Hidalgo.", "Maria Guerrero"),
    ],
)
def test_names_beside_ages_titles_and_places(text, name):
    assert name in names(text)


def test_initials_acting_as_a_person_and_a_nickname_after_a_comma():
    text = "D.V. has schizophrenia and a plan. Today D.V. is doing the dishes."
    assert names(text) == ["D.V.", "D.V."]
    assert names("The U.S. is big and P.S. is an afterthought.") == []
    text = "She signed the form with her nickname, Lanlan, which only her gran uses."
    assert names(text) == ["Lanlan"]


@pytest.mark.parametrize(
    "text",
    [
        "update: the plant is named Steve. Steve is thriving now.",
        "My worry monster is named Gerald. Gerald eats a LOT.",
        "there is a hen called Reverend Billy and i respect it.",
        "she loved the games and we used to bet Dr Pepper on them.",
        "Gottman calls them bids for connection, and I use the Gottman Method.",
        "they said no at EXACTLY the same time. He is Deaf and loves the Deaf club.",
        "We went through the Columbia questions and the Stanley-Brown template.",
        'he picked "Sweet Caroline" and the shy woman sang "Jolene" after him.',
        "she spoke Mixtec and some Spanish.",
    ],
)
def test_named_things_brands_theorists_and_titles_of_works_are_no_names(text):
    assert found(text) == []


def test_a_person_in_quotes_is_still_a_name():
    assert names('She said "Thanks, Kwame" and left.') == ["Kwame"]
    assert names("He has a son named Ravi and a dog called Biscuit. Ravi laughed.") == [
        "Ravi",
        "Ravi",
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok so i'm a school-based therapist in muncie and i write in lowercase", "muncie"),
        ("art therapist in cape town, i work with teenage girls. i love it", "cape town"),
    ],
)
def test_a_listed_place_written_small_by_a_writer_who_writes_small(text, value):
    assert ("LOCATION", value) in found(text)


def test_a_place_written_small_needs_a_writer_who_writes_small_and_no_word():
    assert found("i was in time for once and in bed by ten. i slept well") == []
    assert found("She works in muncie now. I miss her.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a lad, Gruffudd Llywelyn-Parry, Gruff to everyone, came. GRUFF grinned.", "Gruff"),
        ('Kwabena Asante-Forde, "KB" to the whole street, came by.', "KB"),
        ("two of my students, J.Q. and R.V., were at war. J.Q. was the loud one.", "J.Q."),
    ],
)
def test_nicknames_to_everyone_and_initials_wherever_they_stand(text, expected):
    assert expected in names(text)


def test_initials_found_once_are_found_again():
    text = "two of my students, J.Q. and R.V., were at war. J.Q. was the loud one."
    assert names(text).count("J.Q.") == 2
    assert "Mom" not in names("Thanks, Mom to everyone who helped.")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "his own place. Flat 3, 22 Wellmoor Rd, Dundee. i'm allowed to say it.",
            "LOCATION",
            "Flat 3, 22 Wellmoor Rd, Dundee",
        ),
        (
            "Yes, Sable Bend Correctional Facility has a library.",
            "ORGANIZATION",
            "Sable Bend Correctional Facility",
        ),
        ("the garden at HMP Thornbury Heath is his now.", "ORGANIZATION", "HMP Thornbury Heath"),
    ],
)
def test_a_flat_before_a_street_a_facility_and_a_prison(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "she loved the Dallas Cowboys and we bet on the games.",
        "we listened to the Rolling Stones in my car.",
        "the Boston Red Sox won again.",
    ],
)
def test_teams_and_bands_after_the_are_no_names_or_places(text):
    assert found(text) == []


def test_a_place_that_ends_in_a_plural_is_still_a_place_and_families_are_names():
    text = "at their place in the Half Moon Gardens estate, with the Okafors."
    assert ("LOCATION", "Half Moon Gardens") in found(text)
    assert "Okafors" in names(text)


# Invented words that no list holds (checked below): the names nobody has met.
_UNMET = ("Kraesuzioth", "Zathiajen", "Viowond", "Zhiok", "Driadum", "Mbiafes", "Thovae")


def test_the_unmet_names_are_in_no_list():
    for word in _UNMET:
        assert not _lexicon.word_flags(word) & (_lexicon.LISTED | _lexicon.ENGLISH), word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She brought mangoes and told Kraesuzioth to tell me the news.", "Kraesuzioth"),
        ("We had Zathiajen Thovae with us for six weeks.", "Zathiajen Thovae"),
        ("Long story. Viowond Zhiok was in my cohort two years ago.", "Viowond Zhiok"),
        ("It was a hard year. Today Driadum is twelve and doing well.", "Driadum"),
        ("One of our service users, Mbiafes Thovae, has been on a CTO.", "Mbiafes Thovae"),
        ("I work with an interpreter, Zathiajen Zhiok, who is the real star.", "Zathiajen Zhiok"),
        ("Yesterday her mother-in-law, Driadum Thovae, came with her.", "Driadum Thovae"),
        ("A small story.\n\nMbiafes is 79. She came from the coast.", "Mbiafes"),
        ("It was quiet.\n\nZhiok died peacefully in the spring.", "Zhiok"),
        ("The rural folks.\n\nThovae (nobody has called him that since school) came.", "Thovae"),
        ("so proud.\n\nkraesuzioth if you somehow see this, water the plant.", "kraesuzioth"),
    ],
)
def test_a_capitalised_word_of_no_list_is_a_name_in_mid_sentence(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence's first word alone, a plural of peoples, a word beside a people
        "It was odd. Kraesuzioth is what the sign said.",
        "I have worked with Olympians and college athletes.",
        "Most of my clients are Iraqi and Yemeni families.",
        "She speaks French, Malagasy and English at home.",
        "Lots of older Okinawan clients in our area.",
        # a title or a word in quotes, a drug before its dose, a thing measured out
        'I explained the rules of "Keepy Uppy" with a balloon.',
        "He came to me on Invega Sustenna 156mg monthly.",
        "a box of Kleenex in every drawer",
        # a work after a verb for it, a feast, a gloss, a capital inside the word
        "I sang Pokarekare to him, badly.",
        "Happy Ferragosto in advance to everyone.",
        "She started a WeChat group for other mothers.",
        "for the non-locals, Pakeha = a New Zealander of European descent.",
        # beside a capitalised English word ("Beyond Blue"), after a determiner
        "I rang Beyond Zathiajen for advice.",
        "we ate the whole Toblerone at once.",
        # an age that ends a sentence after a word, not a name
        "Her score on Friday was 5. She looked at the sheet.",
        "Zoom (the one her school uses) crashed again.",
    ],
)
def test_a_capitalised_word_of_no_list_is_left_alone_where_it_is_no_person(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It was one of the Percy Jackson books. She said so.",
        "we watched all the Harry Potter films on the ward.",
        "a guy detoxing kept asking if Santa counts as a hallucination.",
        # a piece sung, hummed or played: "a bit of", "the whole of" between
        "he hummed a bit of Jolie Blonde and i hummed it back.",
        "I sang Ave Maria anyway, badly.",
        "sitting in his truck listening to Fleetwood Mac.",
    ],
)
def test_a_name_before_a_work_noun_and_figures_of_folklore_are_no_persons(text):
    assert found(text) == []


def test_the_same_names_stand_for_persons_and_places_elsewhere():
    assert names("she read all the Amara Okafor books twice.") == []
    assert "Amara Okafor" in names("Amara Okafor came in today.")
    assert "Maria" in names("He played with Maria all day.")
    assert ("LOCATION", "Santa Ana") in found("He grew up in Santa Ana with his aunt.")


@pytest.mark.parametrize(
    "text",
    [
        "I said I'm not a therapist, I'm not Robin Williams, but I'll say it anyway.",
        "She did mention once that Frida Kahlo was her favourite artist.",
        "Funny. Flirty. Obsessed with Frank Sinatra. Keeps a bag of Werther's Originals.",
        "the thermometer idea is all over Pinterest, I did not invent it.",
        "like Van Gogh got into the sunflower budget",
        "Then during the Hari Raya open house her father sent me a photo.",
    ],
)
def test_public_figures_well_known_works_and_brands_are_no_identifiers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My client Wendy came in today.", "Wendy"),
        ("Stanley told me he had slept.", "Stanley"),
        ("my client Elvis finished the course.", "Elvis"),
    ],
)
def test_a_given_name_that_a_brand_or_a_star_bears_too_is_a_name_first(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mister Rogers said look for the helpers. So I did.",
        "She did mention once that Frida Kahlo was her favourite artist; go look at Kahlo's"
        " still lifes.",
    ],
)
def test_a_public_figure_named_with_a_title_or_again_by_surname_is_no_identifier(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My client Lewis Hamilton, 15, finally went back to school.", "Lewis Hamilton"),
        ("Her son Bob Marley Smith is twelve now.", "Bob Marley Smith"),
        ("I met my patient Frida Kahlo at the clinic.", "Frida Kahlo"),
    ],
)
def test_a_public_figures_name_after_a_word_for_a_client_is_the_clients(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We watched Dr Phil together.",
        "My client loves Lewis Hamilton and talks about him.",
        "The client's Bob Marley poster came down.",
    ],
)
def test_a_public_figure_after_a_title_or_away_from_the_cue_stays_generic(text):
    assert names(text) == []


def test_only_a_public_figures_surname_is_generic_through_the_text():
    text = "On Sant Jordi the streets are full of stalls. Jordi went down to buy a rose."
    assert "Jordi" in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then a young bloke joined, Will, 26, just out of the army.", "Will"),
        ("his auntie delphine hugged me so hard my glasses fell off.", "delphine"),
    ],
)
def test_a_name_that_is_a_word_before_its_age_and_after_a_title_written_small(text, name):
    assert name in names(text)


def test_swedish_words_after_det_are_no_names():
    text = (
        "Jag har jobbat som kurator i sex år och ville dela något fint, eftersom det mest är "
        "tunga saker här. Det är bra. Han har anmält sig till en sorgegrupp och börjar i "
        "september. Ibland är det här jobbet värt allt, och det är inte siffran jag minns."
    )
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "she'd say \"don't you dare read me Psalm 23, I know how it ends.\"",
        "every afternoon, ask Yai one question she can answer",
        "supervised visits every Tuesday at the DCS office",
        'called our office afterwards and said "Tell the nurse with the paczki thanks"',
    ],
)
def test_scripture_a_grandmother_an_agency_and_the_first_word_of_speech_are_no_names(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bron has been a member at Blue Heron Clubhouse for six years.", "Blue Heron Clubhouse"),
        ("a show at Rye Lane Youth Theatre. He played a father", "Rye Lane Youth Theatre"),
    ],
)
def test_a_clubhouse_and_a_theatre_are_organisations(text, value):
    assert ("ORGANIZATION", value) in found(text)


def test_a_name_alone_in_quotes_does_not_start_a_sentence():
    text = 'a man who introduced himself only as "Bo," called tonight to say goodbye.'
    assert "Bo" in names(text)
    assert "Woody" in names('Mr. Elwood Pelletier ("Woody", he insisted) was a joy.')


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Drama therapist in south London, mostly with teenagers.", "south London"),
        (
            "youth worker in south auckland, mostly pasifika boys. we go to the beach.",
            "south auckland",
        ),
        (
            "Calle Flor de Nube 214, Col. Centro, 68000 Oaxaca de Juárez, Oax. I'll",
            "Oaxaca de Juárez",
        ),
    ],
)
def test_a_compass_word_written_small_and_a_particle_belong_to_the_place(text, value):
    assert ("LOCATION", value) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("in Tallaght.\n\nBlessing is in 5th year and came over from Lagos.", "Blessing"),
        ("new jersey.\n\nSummer is a junior, her family is Dominican.", "Summer"),
        ("minnesota.\n\nXaliimo is a single mom of 3 who has a new job.", "Xaliimo"),
        ("NSW.\n\nJae-won is in Year 11 and had a rough term.", "Jae-won"),
        ("this one.\n\nNkemdirim (goes by Nkem, will correct you) came in.", "Nkemdirim"),
        ('illinois.\n\nMałgorzata ("Gosia", she insists) is 58 and cleans offices.', "Gosia"),
        ('boys school.\n\nPádraig ("Paudie" to everyone but his nana) came in.', "Paudie"),
    ],
)
def test_a_sentence_that_says_who_a_person_is_and_nicknames_in_brackets(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ok.\n\nHope is a funny thing. Summer is a busy season. Winter is a killer.",
        "He asked about his sourdough starter. He named it Steve.",
        "his mom was stuck in puerto rico and he didn't want to be alone",
        "I printed out the Marsha Linehan line about a life worth living.",
        "a cousin sold her a 2012 camry for $3,000 and she was so proud",
        "A Grade 12 boy with severe OCD started with me in Grade 10.",
    ],
)
def test_seasons_a_thing_named_a_region_written_small_and_grades_are_no_identifiers(text):
    assert found(text) == []


def test_a_group_called_by_its_name_is_an_organisation_and_injections_are_drugs():
    text = "she's joined a dawn swimming group called Dawn Dippers Freo and loves it."
    assert ("ORGANIZATION", "Dawn Dippers Freo") in found(text)
    assert found("he gets Invega Sustenna monthly and hasn't missed one.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He's handsome.\n\nBroanyaek has been coming in for about a year.", "Broanyaek"),
        ("my supervisor told me to share this one\n\nbutumion is 16 and got referred", "butumion"),
        ("mostly sweet.\n\nThovae (8th grade) has been absent a lot.", "Thovae"),
    ],
)
def test_a_word_of_no_list_starting_a_paragraph_before_a_verb_is_a_name(text, name):
    assert name in names(text)


def test_a_list_item_or_a_gerund_starting_a_paragraph_is_no_name():
    assert names("what helped:\n- Deprescribing is also treatment.\n- sleep") == []


def test_a_given_name_written_small_before_a_verb_only_people_do():
    text = "freshman year. autumn lost her dad last fall. then chase told me a joke. the other girl hugged her"
    assert names(text) == ["autumn", "chase"]
    assert names("hope springs eternal. I said so. the girl said hi.") == []


def test_a_word_name_found_again_is_not_the_noun_it_qualifies_at_a_sentence_start():
    text = "My client Summer finished the course.\n\nSummer break can't come fast. Summer said so."
    assert names(text) == ["Summer", "Summer"]
    quoted = 'My client Summer came by. She saved me in her phone as "Summer school lady".'
    assert names(quoted).count("Summer") == 2


@pytest.mark.parametrize(
    "text",
    [
        "let me have this one.\n\nMandela Day, everyone does their 67 minutes.",
        "6 years clean as of St David's Day and proud.",
        "she has been with us since Waitangi Day. refused school at first.",
        "I work as a medical interpreter (Tagalog/Ilocano) for a health authority",
    ],
)
def test_days_of_events_and_languages_after_a_slash_are_no_identifiers(text):
    assert found(text) == []


def test_a_surname_that_is_day_is_a_name_after_a_cue():
    assert "Kiri Day" in names("My client Kiri Day came in today.")


@pytest.mark.parametrize(
    "text",
    [
        "she did her best Vera Lynn at 3am with the lights down.",
        "Ofsted came in and basically told us nothing new.",
        "a social worker for an NGO in the Western Cape, ok so I know",
        "she turned up with a tray of turon for the whole ward.",
        "Oranga Tamariki had been involved, WINZ too.",
    ],
)
def test_more_public_figures_bodies_regions_and_dishes_are_no_identifiers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "English.\n\nOom Gerrit van der Merwe has been on our ward.",
            "NAME",
            "Gerrit van der Merwe",
        ),
        ("Sec 3 girl, Nurul Aisyah binti Rahim, self-harm", "NAME", "Nurul Aisyah binti Rahim"),
        ('message said "ma\'am Che, may trabaho na ako"', "NAME", "Che"),
        (
            "to a scholarship through Kaabag Youth Fund. the form",
            "ORGANIZATION",
            "Kaabag Youth Fund",
        ),
    ],
)
def test_afrikaans_and_filipino_titles_malay_particles_and_funds(text, category, value):
    assert (category, value) in found(text)


def test_a_public_figures_surname_that_is_a_given_name_is_still_a_name_elsewhere():
    text = "I played some Bob Marley for her. her name is Marley, and it was alright, Marley."
    assert names(text).count("Marley") >= 2
    assert names('holding a Percy Jackson book. then he said "Percy has dyslexia."') == ["Percy"]


def test_a_given_name_before_an_aside_and_a_festival_after_at():
    assert "Joy" in names(
        "i had to sit down.\n\nJoy (yes really, and she'll tell you) is a menace."
    )
    assert found("at the Matariki celebration she stood up") == []


def test_a_weekday_before_a_count_of_days_is_no_name():
    assert names("Discharged last Tuesday, 21 days after admission.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Every kid knows Joy, Sadness, Anger, Fear and Disgust. He would only pick Anger.",
        "they're on Of Mice and Men now, which is a choice.",
        "a very silly version of Romeo and Juliet. Next term: King Lear.",
        "His HbA1c came down from 98 to 64.",
        "One of our care assistants, who's Israeli, started singing.",
    ],
)
def test_lists_of_words_titles_with_small_words_codes_and_peoples_are_no_names(text):
    assert names(text) == []


def test_a_list_of_names_that_are_words_is_still_a_list_of_names():
    assert names("Joy, Hope and Faith are three sisters on my caseload.") != []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("good, so here.\n\nPrecious joined us in February with a baby.", "Precious"),
        ("Sharing this.\n\nIyer sir is 91. Retired railway engineer.", "Iyer"),
        ("Long-time lurker.\n\nPodge (not his real name, kidding) came in.", "Podge"),
        ("Mr Samir al-Khatib, 66, Lebanese, retired chef, came in.", "Samir al-Khatib"),
    ],
)
def test_paragraph_subjects_honorifics_after_asides_on_names_and_joined_particles(text, name):
    assert name in names(text)


def test_a_word_name_starting_a_paragraph_needs_a_verb_only_people_do():
    assert names("ok.\n\nSummer arrived early this year. Hope is a funny thing.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Talking about football. Al Ahly vs Zamalek (I was told).",
        "ironing his shirts.\n\nSiyabonga to every gogo out there holding on.",
        "About his wife's bisibele bath, which he claims nobody makes right.",
    ],
)
def test_sides_of_a_match_thanks_to_all_and_a_dish_of_someones_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("carry their families.\n\nFue is the oldest of 7. he translates.", "Fue"),
        (
            "foster care therapist, ohio. trinity is 14 and has had 9 placements. i love her.",
            "trinity",
        ),
    ],
)
def test_the_oldest_of_seven_and_a_name_written_small_before_its_age(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "the kid in the back row said dang.",
        "Most of my guys are Puerto Rican, a lot of them from Holyoke.",
        'she hugged me. eid mubarak early."',
    ],
)
def test_a_noun_after_a_determiner_peoples_and_greetings_of_feasts_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("First time posting here. I'm Linnet, a peer worker in a crisis house.", "Linnet"),
        ('she looked up and said "Darnell, I did it" and we both cried.', "Darnell"),
        ("Long week.\n\nIvy, I won't forget the card you made.", "Ivy"),
        ("i keep thinking about it.\n\nmercy, you told me you'd be back and you were.", "mercy"),
        ("I've done this for years. Ember started with me in the spring.", "Ember"),
        ("the aunties are the real bosses.\n\nKing has been coming since june.", "King"),
        ("okay so. cedar has been coming every tuesday, and i love that for him.", "cedar"),
    ],
)
def test_self_introductions_names_called_before_what_is_said_and_what_clients_do(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, I cried. Hope, I think, is a choice. Fine, I went back.",
        'He turned round and said "Warden, you have to stay here."',
        "Summer started with a heatwave. Grace, you know, matters more than rules.",
        "I'm Christian and I work nights.",
    ],
)
def test_interjections_roles_asides_and_weather_before_a_comma_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took ages. K.D.'s claim went through today.", ["K.D."]),
        ("ok.\n\nR.W. (initials only, she asked) moved out. Then R.W. didn't call.", ["R.W."] * 2),
        (
            "a regular who goes by b.t., has been coming for years.\n\nb.t. if you read this: hi",
            ["b.t."] * 2,
        ),
        ("The U.S.'s system is hard. We met at 9 A.M. and left.", []),
    ],
)
def test_initials_that_own_something_with_an_aside_or_after_a_naming_cue(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Our charity, Third Teapot, runs a Friday lunch.", "Third Teapot"),
        (
            "she got in with a peer support mob, Saltbush Steps Penrith, and",
            "Saltbush Steps Penrith",
        ),
        (
            "he now sees someone at Heather Gate Family Therapy, fortnightly.",
            "Heather Gate Family Therapy",
        ),
        (
            "my old employer, Red Kite Counselling Collaborative, sent her file",
            "Red Kite Counselling Collaborative",
        ),
        ("they cooked for the whole of Maple Ridge Sikh Sangat. loud", "Maple Ridge Sikh Sangat"),
        ("a dinner at Masjid Dar al-Salam on Friday", "Masjid Dar al-Salam"),
        ("Our unit house is called The Driftwood House and has 6 beds.", "The Driftwood House"),
    ],
)
def test_organisations_in_commas_after_their_kind_in_long_runs_and_called_by_a_name(text, value):
    assert ("ORGANIZATION", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "About their cat back home, Biscuit, who only eats tuna.",
        "the kid at the house called Mum from the phone.",
        "we met at Mary Jane Whitfield's flat",
    ],
)
def test_a_pet_back_home_a_call_to_a_relative_and_a_person_after_at_are_no_organisations(text):
    assert [c for c, _ in found(text) if c == "ORGANIZATION"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ward nurse, Oklahoma City. Long story, sorry.", "Oklahoma City"),
        ("I moved to Kansas City for the job.", "Kansas City"),
        ("Nothing to add.\n\nIn Brasov I was a nurse for six years.", "Brasov"),
        ("From Kumasi, we moved to Leeds.", "Kumasi"),
        ("a youth worker in Toxteth Side these days", "Toxteth Side"),
        ("outreach in Gulfton (houston) mostly", "houston"),
    ],
)
def test_a_place_that_starts_with_a_region_a_sentence_and_a_small_place_in_brackets(text, value):
    assert ("LOCATION", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Group, we talk. In March I left. In Spanish we say. In Sobriety I found peace.",
        "she moved to New York, then Georgia.",
        "we went to Tesco (dad drove) and back",
    ],
)
def test_words_after_a_capitalised_preposition_and_regions_are_no_places(text):
    assert [v for c, v in found(text) if c == "LOCATION"] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "I answer phones for Bel Espwa Crisis Line in Miami",
            "ORGANIZATION",
            "Bel Espwa Crisis Line",
        ),
        ("a counsellor for Sahara Sathi Helpline. Busy", "ORGANIZATION", "Sahara Sathi Helpline"),
        (
            "he came to Vuotnabahta Outpatient Psychiatry today",
            "ORGANIZATION",
            "Vuotnabahta Outpatient Psychiatry",
        ),
        ("based near Tennant Creek NT 0860, with the team", "ZIP", "0860"),
        ("at our day hospital on 7. 9. 2023 he did not cook", "DATE", "7. 9. 2023"),
        ("his sister came, on 21. svibnja 2021. They sat", "DATE", "21. svibnja 2021"),
        ("Teo (short for Teodora, she insists) is 12", "NAME", "Teodora"),
        ("So our nurse Nuria Soler i Puig started walking", "NAME", "Nuria Soler i Puig"),
        ("since then.\n\nAlgirdas, 60s, a roofer, had been", "NAME", "Algirdas"),
        ("since then.\n\ntwo days later marisol rang me herself", "NAME", "marisol"),
        ("proud of that.\n\nDagny R.", "NAME", "Dagny R."),
        ("worth it.\n\nRojin, community psychologist", "NAME", "Rojin"),
        ("to share ideas.\n\nSalam,\nKak Ros", "NAME", "Kak Ros"),
    ],
)
def test_helplines_postcodes_after_a_state_dates_short_forms_particles_and_last_lines(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "call the Crisis Line, the National Suicide Hotline or The Crisis Text Line",
        "It's short for Thursday.",
        "ok.\n\nFarmer, 50s, drought, debt, lost half his herd.",
        "the pilau is on him.\n\nAsante.",
        "I think this is genius.\n\nMadloba!",
        "it went well.\n\nPeace, love and coffee",
        "showing up matters more.\n\nHappy Sunday.",
    ],
)
def test_national_lines_weekdays_roles_with_a_decade_and_thanks_on_the_last_line(text):
    assert [v for c, v in found(text) if c in {"NAME", "ORGANIZATION"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "It came at Ovoo Naadam, our summer festival, when families came. After Naadam she smiled.",
        "the night before Kupala (our midsummer festival, when we stay up) she called.",
        "At Lohri, the Punjabi new year in January, the family came. Lohri was loud.",
        "Tsotsil on my mother's side. I'm Tsotsil myself, and I speak Kaqchikel too.",
        'she said in Bislama, "thank you". We did a little therapy in Bislama.',
        "Medical interpreter, Akateko and Spanish, mostly psych evals.",
        "the Yazidi women and the Mapuche healer and a Chamorro elder",
        "we call her Gogo, and Gogo says it is no coincidence.",
        "so proud.\n\nMaururu, everyone.",
        "She had a picture of the Dalai Lama up. the Prophet told us to seek treatment.",
        "we didn't talk about nothing. bob marley, cricket, the price of ackee",
        "Classic. BDI-II of 33, then WAIS-IV.",
        "making tea on a Coleman stove, learning to fish",
    ],
)
def test_glossed_events_peoples_languages_kinship_and_things_are_no_names(text):
    assert names(text) == []


def test_a_name_beside_a_gloss_of_its_own_is_still_a_name():
    assert "Maria" in names("Later, Maria, the festival organiser, texted me.")


def test_an_interpreter_named_in_commas_is_still_a_name():
    assert "Siobhán" in names("Her interpreter, Siobhán, stayed late.")
    assert names("Medical interpreter, Akateko and Spanish, mostly psych evals.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three lads came to talk to me.\n\nVeskor, my boss, says I write well.", ["Veskor"]),
        ("Later, Mirela, the festival organiser, texted me.", ["Mirela"]),
        ('This is about Runiar, "Zio" to her friends (yes, really).', ["Runiar", "Zio"]),
        ('from home.\n\nCheinyai, 50s, "Chindo", builder, had been', ["Cheinyai", "Chindo"]),
        ("whatever you pray to.\n\nKriataitaer", ["Kriataitaer"]),
        ("I will deny it if asked\n\n- kraethomou", ["kraethomou"]),
        (
            "one of my guys. ndokreweil is 42, from town. later ndokreweil rang me, i was glad",
            ["ndokreweil", "ndokreweil"],
        ),
        ("I've saved that text. Diolch, Gwen.", ["Gwen"]),
    ],
)
def test_names_of_no_list_by_a_role_a_quoted_nickname_a_last_line_and_what_people_do(
    text, expected
):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, my friend, it was fine.",
        "This is the work.\n\nNgiyabonga",
        "I think this is genius.\n\nMadloba!",
        "so that is it.\n\n- thanks",
    ],
)
def test_a_role_after_an_interjection_and_thanks_on_the_last_line_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He came every week. During Losar, the group cooked. We miss Losar.",
        "At Alasitas this year she bought me a tin house. Alasitas is lovely.",
        "On the day before Kurban Bayrami, he rolled it back.",
        "He brings me rakia at New Year, which I pretend not to accept.",
    ],
)
def test_events_by_a_time_phrase_are_no_names(text):
    assert found(text) == []


def test_a_given_name_after_a_time_phrase_is_still_a_name():
    assert names("the day before Maria, I was nervous. During Maria, she napped.") != []
    assert names("I bought a gift for Maria this year.") == ["Maria"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "first post.\n\nbeen seeing a young woman, zeril, 19, since last winter. she came",
            ["zeril"],
        ),
        (
            "so yeah. one of my clients, ndeiriokoth (he insists on the lowercase) was",
            ["ndeiriokoth"],
        ),
        ("made my whole month.\n\nNdouroax, goes by Siond, 46, long-haul", ["Ndouroax", "Siond"]),
        ("One of our families this year was the Taiku family: mum came too.", ["Taiku"]),
        ("The kids ran around. Leipovel, who's 7, claimed the bedroom", ["Leipovel"]),
        ("He tells that story better.\n\nKraethomou doesn't talk in groups.", ["Kraethomou"]),
        ('I printed it out.\n\nShe signed off "Thevia" and then corrected it', ["Thevia"]),
        ("one for the good days pile.\n\nauntie gaikroun is a senior woman out here", ["gaikroun"]),
    ],
)
def test_more_names_nobody_has_met(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He failed sertraline, venlafaxine, bupropion augmentation. Then ECT.",
        "Hi all. One of my long-term patients, schizoaffective, in and out of hospital. She is well.",
        'She signed the lease Monday. he signs every form. signed "love, mum"',
        "my auntie insists. his uncle barbecued. her nana cooked",
    ],
)
def test_drugs_and_conditions_in_commas_and_words_signed_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("no paperwork until you want it.\n\nGord", "NAME", "Gord"),
        ("Diolch for reading.\nTamari", "NAME", "Tamari"),
        ("It's on my fridge.\n\nGroetjes,\nSanne de Wit", "NAME", "Sanne de Wit"),
        ("I love this job.\n\nK.B.", "NAME", "K.B."),
        ("Fingers crossed for everyone.\n\n- Bev (dustyroads_bev)", "NAME", "Bev"),
        ("make toast.\n\n- jo (@jo_youthwork on the other site)", "NAME", "jo"),
        ("they told me their name was river. new name.", "NAME", "river"),
        ("One morning I met a family: mum, Kalaivani, and two sons.", "NAME", "Kalaivani"),
        ("look for us on FB: CarersCircleNorth. Bye", "USERNAME", "CarersCircleNorth"),
        (
            "she drives him to Riverside Karen Baptist Fellowship on Sundays",
            "ORGANIZATION",
            "Riverside Karen Baptist Fellowship",
        ),
        ("it happened at Ysbyty Nant y Fedw, and then", "ORGANIZATION", "Ysbyty Nant y Fedw"),
        ("moved to Hooft Graaflandstraat 9, 3525 CK Utrecht, so", "ZIP", "3525 CK"),
        ("from Fort William First Nation originally", "LOCATION", "Fort William First Nation"),
        ("A few days after Navruz, on 25.03, he came in", "DATE", "25.03"),
    ],
)
def test_signatures_names_after_cues_handles_facilities_postcodes_and_dates(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Edit: yes his full name is long, no he will not say it.",
        "you said your first name was fine, so I used it.",
        "We all met. See you in the U.S.\n\nP.S.",
        "the dose went on 25.03 mg and on 12.50 he paid",
        "A few days after Navruz, he came in.",
    ],
)
def test_a_name_said_to_be_long_initialisms_on_the_last_line_and_decimals_are_no_identifiers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("a counsellor in McLeod Ganj. I work with elders", "LOCATION", "McLeod Ganj"),
        ("about meneer van den Berg, 63, long history of psychosis", "NAME", "van den Berg"),
        ("to the PHC doctor, Dr K. R. Menon, and she got better", "NAME", "K. R. Menon"),
        (
            "a drop-in in govanhill, glasgow, we're open tues. i love it here, the kids are great",
            "LOCATION",
            "govanhill",
        ),
    ],
)
def test_unknown_words_after_a_listed_place_particles_initials_and_small_neighbourhoods(
    text, category, value
):
    assert (category, value) in found(text)


def test_a_sentence_after_initials_is_not_their_surname():
    assert ("NAME", "J. Then") not in found("Ask Mr J. Then the rest of them.")


@pytest.mark.parametrize(
    "text",
    [
        "At Losar the whole family came to the clinic with khapse.",
        "He brought me sweets after Dashain and again at Tihar.",
        "We had a Koningsdag party on the ward, everyone in orange.",
        "For Inti Raymi she sang, and at Boishakhi Mela she danced.",
    ],
)
def test_festivals_of_many_cultures_are_no_names(text):
    assert names(text) == []


def test_a_given_name_that_a_festival_bears_too_is_still_a_name():
    assert "Bayram" in names("My client Bayram told me he slept well.")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "sat down anyway. her name was clemency — yes really, her nan chose it",
            "NAME",
            "clemency",
        ),
        (
            "listening to snoring, but.\n\nLucky — that's his actual name, his mum says",
            "NAME",
            "Lucky",
        ),
        ("approved for disability. Abdelrahim. Two denials, one appeal.", "NAME", "Abdelrahim"),
        ("that's the reward.\n\nMitakuye oyasin,\nWanbli Two Hawks", "NAME", "Wanbli Two Hawks"),
        ("you brought her back.\n\nTe aven baxtale,\nĽubo", "NAME", "Ľubo"),
        ("I read it three times.\n\nSi Yu'os ma'åse',\nMs. de la Torre", "NAME", "de la Torre"),
        ("therapy together.\n\nOn 28. 4. her son turned one.", "DATE", "28. 4."),
        ("The van's reg was YB17 KZW and control had it", "VEHICLE_ID", "YB17 KZW"),
        ("her NHI ZKT4821 practically memorised", "MRN", "ZKT4821"),
        ("licence number 4020 0001 8KXL, his face on it", "LICENSE_NUMBER", "4020 0001 8KXL"),
        (
            "a new account, ES17 0081 7011 9900 0384 5562, with",
            "ACCOUNT_NUMBER",
            "ES17 0081 7011 9900 0384 5562",
        ),
        ("behind the Fjarðarvegur Surgery. She rang", "ORGANIZATION", "Fjarðarvegur Surgery"),
        (
            "the Unité Mère-Bébé Les Tilleuls in Villeurbanne.",
            "ORGANIZATION",
            "Unité Mère-Bébé Les Tilleuls",
        ),
    ],
)
def test_names_said_to_be_names_closings_of_many_languages_dates_plates_and_facilities(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "after Knee Surgery he rested.",
        "my cat is scared of it.\n\nEkosi. That's the post.",
        "the pilau is on him. Karibu.\n\nThanks all.",
        "good night.\n\nBest wishes,\nThe Team",
    ],
)
def test_surgery_on_a_body_part_thanks_as_a_sentence_and_a_team_are_no_names(text):
    assert [v for c, v in found(text) if c in {"NAME", "ORGANIZATION"}] == []


@pytest.mark.parametrize(
    "text",
    [
        'Johnny Cash sang "Folsom Prison Blues" about time dragging on.',
        "I work alongside a Church of England vicar; he started an Open University course.",
        "the parents brought in a tin of Quality Street which has since gone.",
        "Then Michael Phelps talked about his depression, then Naomi Osaka pulled out.",
    ],
)
def test_works_sung_national_bodies_sweets_and_athletes_are_no_identifiers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this one's bittersweet.\n\nGaikroun, as everyone called her, was a cook", ["Gaikroun"]),
        ("a whole chapter. we laughed.\n\nhiax's mom made me tamales", ["hiax"]),
        ("TL;DR: full ride. koaden if you see this i'm SO proud", ["koaden"]),
    ],
)
def test_names_everyone_calls_possessives_written_small_and_addressed_after_a_stop(text, expected):
    assert names(text) == expected


def test_a_title_of_another_language_called_before_what_is_said_is_no_name():
    assert names('She said "Cikgu, I think I want to be a counsellor."') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("that's how they talk.\n\nngā mihi, Aroha\n\nTL;DR walk-and-talk", ["Aroha"]),
        ("see you all soon.\nKind regards, Jo", ["Jo"]),
        ("I was 20, and that is a gift.\n\nNgā mihi nui,\nMereana", ["Mereana"]),
    ],
)
def test_a_name_after_a_closing_of_two_words(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Last year she met a young man, T.M., 24, who had lost", "NAME", "T.M."),
        ("My supervisor, F. Rojas, said this is normal", "NAME", "F. Rojas"),
        ("grade 10 student, Ma. Theresa dela Cruz, everyone", "NAME", "Ma. Theresa dela Cruz"),
        (
            "it.\n\nKova\u0301cs Erzse\u0301bet is 93. She came in",
            "NAME",
            "Kova\u0301cs Erzse\u0301bet",
        ),
        ("it.\n\nKova\u0301cs Erzse\u0301bet is 93. She came in", "AGE_OVER_89", "93"),
        ("His wife Pa Houa brought him in because", "NAME", "Pa Houa"),
        ("his only contact was his mother, Montserrat, who brought", "NAME", "Montserrat"),
        ("Their house in Orlando West now has a garden", "LOCATION", "Orlando West"),
        ("a clerk at Ellis Island, or somewhere like it", "LOCATION", "Ellis Island"),
        ("She was living in Cerro Alegre before the fire", "LOCATION", "Cerro Alegre"),
        ("we got called to Piccadilly Gardens for a man", "LOCATION", "Piccadilly Gardens"),
        ("On 2023\u5e744\u67088\u65e5, he walked outside", "DATE", "2023\u5e744\u67088\u65e5"),
        ("turned 96 on 1. desember and the family came", "DATE", "1. desember"),
        ("we met on 12 lipca 2021 at the clinic", "DATE", "12 lipca 2021"),
        (
            "with Red Sand Social and Emotional Wellbeing Service, covering",
            "ORGANIZATION",
            "Red Sand Social and Emotional Wellbeing Service",
        ),
    ],
)
def test_initials_surnames_first_relatives_place_tails_dates_of_more_languages(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed place set off by a comma after a place, though it is an English word too
        ("She grew up in Forest Hills, Queens, and moved.", ["Forest Hills", "Queens"]),
        ("moved to Leeds, Chapeltown.", ["Leeds", "Chapeltown"]),
        # a state after a place is no identifier; a given name after one is a person
        ("in Astoria, Oregon.", ["Astoria"]),
        ("in Astoria, Grace said.", ["Astoria"]),
    ],
)
def test_a_place_after_a_place_and_a_comma(text, expected):
    assert [value for _, value in found(text, "LOCATION")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is a month after a word for an elder; a granny's name
        ("His Auntie May raised him after his mom passed.", ["May"]),
        ("his Grandma June came to every session", ["June"]),
        ("His Granny Ivy raised him.", ["Ivy"]),
        # not names: a greeting that opens a post, a particle of respect after a greeting,
        # a credential that signs it, an apple, a work after its kind, a month of events
        ("Hei! I'm a psychologist at a family clinic.", []),
        ("Hoi all. I'm a community psychiatrist in the city.", []),
        ("hello po! psych nurse here from the province", []),
        ("that is all.\n\n- RMN, 11 yrs and counting", []),
        ("a bag of Granny Smith apples", []),
        ("she knew the holiday from the movie Coco, she said", []),
        ("fast forward to Pride month. we did a showcase", []),
        # a theorist's therapy, a brand measured out, characters paired with a word
        ("We did a modified version of Beck's cognitive therapy, mostly", []),
        ("someone brought a block of Whittaker's, which is the way", []),
        ("she drew her own versions of Joy and Fear. Fear was very big", []),
        ("We ate haggis on Burns Night, the poet's night", []),
        # a saint's feast, a rite, a people in the plural, a region
        ("on the St Patrick's weekend, if that tells you anything", []),
        ("she started going to the mosque again for Fajr.", []),
        ("He said Haitians don't do therapy, we do church.", []),
        ("Rural mental health nurse, Southland. I cover a lot of sheep.", []),
        # a greeting beside an English one, thanks for reading, a role in capitals
        ("Salaam/hi everyone. Case manager here.", []),
        ("proud as anything.\n\nFa'afetai for reading. Our families are", []),
        ("Good day colleagues. I am a Registered Mental Health Nurse in Ghana.", []),
        ('she wrote "love you. — Mom" on the card', []),
        # a thing's name, a son, a storm, a faith, a record, the land, names in a reading list
        ("She has since named it Bernard.\n\nWith Bernard she started going places.", []),
        ("He named the pump Kevin. He said Kevin likes the exercise.", []),
        ("his hands were shaking.\n\nSon cried. He cried.", []),
        ("depressed as heck after Hurricane María took out the house", []),
        ("She was Catholic, he had converted to Islam, and then", []),
        ("his dad used to play Cash records on Saturday mornings", []),
        ("I took her out on Country with a couple of the aunties", []),
        ("I read Freud, Jung, Beck, everything.", []),
        ("a teenager who's been refusing to get out of bed asked me to play cards", []),
        ("they got into nursing school. NURSING SCHOOL. they wanted a photo", []),
        ("what we call Mondays in this unit", []),
        ("Outpatient therapist in Worcester, Mass. We have a big community.", []),
    ],
)
def test_elders_greetings_credentials_and_works(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # a given name that is a word, at a paragraph's start, before a surname
        ("fine.\n\nRay Dubois told me to get lost four times.", "NAME", "Ray Dubois"),
        # a surname that is another language's thanks, after a given name
        ("Kwabena Asante came to me in the spring.", "NAME", "Kwabena Asante"),
        # what everyone calls one, "anything but", "just"
        ("nobody on earth calls him anything but T-Boy. Shrimper", "NAME", "T-Boy"),
        ("everyone calls her just Bea now", "NAME", "Bea"),
        # an initial that signs a note quoted
        ('The note said "You drove in enough of them. R."\n\nI wear it', "NAME", "R."),
        # after an honorific of another language
        ("Cikgu Aminah taught him to read", "NAME", "Aminah"),
        # "of the" inside a facility's name
        (
            "the meeting we hold at Our Lady of the Bayou Chapel. His",
            "ORGANIZATION",
            "Our Lady of the Bayou Chapel",
        ),
        ("at Holy Ghost Brotherhood of the Flint. First", "ORGANIZATION", "Holy Ghost Brotherhood"),
        # a number word inside a name; a name after a Māori title
        ("Tatum Two Bulls, 15 when I met her, lived with", "NAME", "Tatum Two Bulls"),
        ("Whaea Mere, one of our kaumātua, went with", "NAME", "Mere"),
        # a particle-joined surname beside a name; an age before "when"; "Will" before a
        # past tense or a modal; nicknames after "known ... as", "knows him as", "we call",
        # "to anyone"; a name after the Jamaican "Mass"
        ("like me.\n\nHassan al-Amin was one of those. Mid-forties", "NAME", "Hassan al-Amin"),
        ("like everybody does.\n\nFaith was 15 when I met her, in the", "NAME", "Faith"),
        ("behind them.\n\nWill moved in two years ago after", "NAME", "Will"),
        ("We joke about it now: Will will, eventually.", "NAME", "Will"),
        ("known to everybody including his own maw as Shug, has been", "NAME", "Shug"),
        ("at the house, everyone knows him as PJ. fifties, former scaffolder", "NAME", "PJ"),
        ("want to tell about a boy we call JP. full name unknown", "NAME", "JP"),
        ("Terry Doyle, Tez to anyone who's met him, got the job", "NAME", "Tez"),
        (
            "One of our oldest clients, Mass Lenworth Campbell-Grant, is 91",
            "NAME",
            "Lenworth Campbell-Grant",
        ),
        # initials after "I'll call", a nickname in initials "to everyone", a suffix's dot
        ("One of my patients, who I'll call J.R., has been with us", "NAME", "J.R."),
        ("John-Paul Twomey, J.P. to everyone, including his gran", "NAME", "J.P."),
        ("a patient named Rodrigo Villanueva Jr., Jun-Jun to us", "NAME", "Rodrigo Villanueva Jr."),
        # a given name written small in commas after a word for a person; an initial
        # after a dash closing a quoted note
        ("one of our lads, kyle (he spells it lower case in emails)", "NAME", "kyle"),
        ('for not hanging up on me. \u2013 F."\n\nShe put it up', "NAME", "F."),
        # a record's header, surname first; a signature closing a quoted note
        ("header says RE: PELLETIER, GORDON MRN 00418876 DOB", "NAME", "PELLETIER, GORDON"),
        ('the card said "for the breathing thing. — Gord"\n\ni am', "NAME", "Gord"),
        # a name that is a country before its age in words
        ("in the north east.\n\nJordan was fourteen when the school rang", "NAME", "Jordan"),
        # "Will" where the verb cannot stand
        ("with his first name.\n\nWill is 34. He was first admitted", "NAME", "Will"),
        ("this job feels impossible.\n\nThank you, Will.", "NAME", "Will"),
        # a surname that is a kinship word, a word that ends women's names, a run in commas
        ("our resident, Dr. Radu Pop, asked", "NAME", "Radu Pop"),
        ("One client, Gul Bibi, originally from Turbat, was", "NAME", "Gul Bibi"),
        (
            "since she was in diapers basically, Summer Bearskin. She's 22",
            "NAME",
            "Summer Bearskin",
        ),
    ],
)
def test_surnames_cues_initials_and_facilities_of_the_later_sets(text, category, value):
    assert (category, value) in found(text)


def test_a_name_whose_folded_key_is_a_word_is_found_again_only_with_its_capital():
    text = "My client Delia Moré came in. The gossip is more important. Moré again."
    assert names(text) == ["Delia Moré", "Moré"]


def test_no_place_or_body_in_a_rite_or_a_weekday():
    assert found("She stopped going to Mass, stopped cooking.") == []
    assert found("her church on Sundays, a phone call home every Friday") == []
    assert ("ORGANIZATION", "St Patrick's") in found("she works at St Patrick's now")


def test_a_person_named_after_her_and_a_title_is_no_thing():
    text = "everyone called her tita Lulu within an hour. Later tita Lulu made her stop."
    assert names(text) == ["Lulu", "Lulu"]


def test_a_client_named_like_a_theorist_or_beside_a_name_is_still_found():
    assert names("my client Beck's therapy went well") == ["Beck"]
    assert names("I met Joy and Hope at the door") == ["Joy", "Hope"]


@pytest.mark.parametrize(
    "text",
    [
        "she calls me only when she needs money",
        'He said "I want plan B." and left',
        'he said "Cikgu, I think so" and laughed',
        "Will you come? Will it rain? Will be fun.",
        "did too.\n\nWill is the word I've stopped believing in.",
    ],
)
def test_no_name_in_calls_plans_and_honorifics(text):
    assert names(text) == []


def test_a_small_word_before_a_full_stop_is_no_title_in_another_language():
    text = (
        "Jag vill berätta om en ung man som vi har träffat i flera år. Han ryckte på axlarna"
        " men kom tillbaka veckan efter, och veckan efter det. Han planterade potatis."
    )
    assert not _language.text_reads_as_english(text)
    assert scan(text) == []


def test_a_word_name_found_again_before_an_irregular_past():
    text = "One of our clients, Dawn Mercer, came to us. In session four, Dawn froze and cried."
    assert names(text) == ["Dawn Mercer", "Dawn"]


def test_an_initial_takes_no_english_word_after_its_dot():
    assert names("I saw my client J. Then she left.") == ["J"]


@pytest.mark.parametrize(
    "text",
    [
        "including the Tohono O'odham and Pascua Yaqui communities, and more",
        "he was more comfortable in Euskara than Spanish, so we switched.",
        "I drive a lot. Like, 60,000 km a year a lot.",
        "it turned out we both supported the Scarlets, so that was our way in.",
        "a cake with 26 candles and a bottle of Guinness. The manager",
        "We talked about poetry, mostly Hafez. He gave me a copy of a Hafez poem.",
        "she stood up and recited a poem by Tagore that she learned",
        "came over on a raft as a kid, meth and psychosis and a lot of stuff",
        "He was granted protection in January. The first thing he did was call.",
        "The Secret Service came, and later Service NSW sent his licence.",
    ],
)
def test_peoples_languages_teams_brands_poets_drugs_and_sentence_ends_are_no_names(text):
    assert [v for c, v in found(text) if c in {"NAME", "LOCATION", "ORGANIZATION", "DATE"}] == []


def test_a_town_before_a_people_in_a_list_of_languages_stays_a_place():
    text = (
        "They speak Northern S\u00e1mi, Inari S\u00e1mi or Finnish. We are in Inari in the north."
    )
    assert ("LOCATION", "Inari") in found(text)


def test_a_word_for_a_grandmother_before_her_name_is_not_looked_for_alone():
    text = "It works.\n\nGogo Tendai Moyo sits there. Gogo asked him how he was."
    assert names(text) == ["Gogo Tendai Moyo"]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("on my fridge.\n\nGroetjes,\nFemke de Wit\n\n(PS our team moved)", "NAME", "Femke de Wit"),
        ("It was good.\n\nAbrazos,\nNen\u00e9", "NAME", "Nen\u00e9"),
        ("above a chip shop. Gwenllian (or Gwen to everyone) was", "NAME", "Gwenllian"),
        ("a liaison nurse at st aldhelm's general and its", "ORGANIZATION", "st aldhelm's general"),
        ("Soy psic\u00f3loga comunitaria en El Alto, Bolivia. Writing", "LOCATION", "El Alto"),
        ("I am a nurse in Kautokeino, Norway.", "LOCATION", "Kautokeino"),
    ],
)
def test_closings_of_more_languages_short_names_in_brackets_small_saints_and_towns_of_a_country(
    text, category, value
):
    assert (category, value) in found(text)


def test_a_region_after_a_region_and_a_drug_before_its_brand_stay_unflagged():
    assert (
        found("Greetings from Ghana, Africa. We tried Sertraline (or Zoloft as it is sold).") == []
    )


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ('from a boy, he signed only "\u017dygis". he wrote', "NAME", "\u017dygis"),
        ("a lot.\n\nt-boy thibodeaux, that's what everybody calls him", "NAME", "t-boy thibodeaux"),
        ("His auntie, Aunty Lei, came with him every time", "NAME", "Lei"),
        ('the file just said: "AHMAD KHALIL, M, 9, selective mutism', "NAME", "AHMAD KHALIL"),
        ("I have been working with Djoana Fortes for two years", "NAME", "Djoana Fortes"),
        ("a worker on Thursday Island, and we cover the islands", "LOCATION", "Thursday Island"),
        ("at the old clinic, Rua do Hero\u00edsmo 214, 4300-259, which closed", "ZIP", "4300-259"),
        ("She'd never left LS9 in her life", "ZIP", "LS9"),
        ("he lives in NW10 now", "ZIP", "NW10"),
    ],
)
def test_signed_only_what_everybody_calls_one_capitals_rare_surnames_islands_and_postcodes(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Many visits. Tea, 3 glasses each time, you can ask.",
        "today this kid GAVE A PRESENTATION IN FRONT OF THE class",
        "she now argues with me about the Tudors. On Monday she came",
        "h\u00e5fa adai from Guam!! community mental health here",
        "about his wife's kelaguen which he says was the best",
        'only because Dokt\u00e8 is polite. He said, "Pani Doktor, I broke the bread"',
        "she started to joik very quietly.\n\nJoik became our way in.",
        "At \u00deorrablót in the village hall. Last Wigilia (Christmas Eve) he came.",
        "a handwritten card. mine says thanks for everything",
        "she's cape verdean, 58, schizoaffective",
        "we do Maudsley / FBT with the parents",
        "Like Temple Grandin said, different. I love Russell Crowe and Leonard Cohen's songs.",
        "the Hearing Voices Network generally. The Free Church still has a say.",
        'he told me "ch\u00e8re, you the only one"',
        "a social worker with the District Mental Health Programme here",
        "we met in PE class, and I work in ED 24/7",
    ],
)
def test_counts_shouts_titles_regions_dynasties_greetings_dishes_festivals_and_bodies(text):
    kinds = {"NAME", "LOCATION", "ORGANIZATION", "ZIP"}
    assert [v for c, v in found(text) if c in kinds] == []


def test_a_title_is_no_place_and_a_place_after_a_place_no_name():
    assert found("It was from Sr. Jo\u00e3o, a retired teacher.") == [("NAME", "Jo\u00e3o")]
    text = "a community centre in Marabella, Trinidad. mostly youth"
    assert ("NAME", "Trinidad") not in found(text)


def test_a_place_after_therapy_in_is_no_language_and_a_month_may_end_a_name():
    text = "I work at Refuat HaNefesh Counseling in Borough Park. We did therapy in Bislama."
    assert ("LOCATION", "Borough Park") in found(text)
    assert "Bislama" not in names(text)
    assert ("NAME", "Khin May") in found("with the help of Daw Khin May, the old teacher")
    assert ("DATE", "May 2019") in found("I met Khin May 2019")
    decomposed = 'from a boy, he signed only "Z\u030cygis". he wrote'
    assert ("NAME", "Z\u030cygis") in found(decomposed)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("ok so quick story. Sravani Reddy, 2nd yr BTech, came in", "NAME", "Sravani Reddy"),
        ("One of my clients, Pa Nhia Vang, 67, was admitted", "NAME", "Pa Nhia Vang"),
        ("a dry spell.\n\nMaria da Luz Fortes, 58, came to us", "NAME", "Maria da Luz Fortes"),
        ("Park Ji-hoon is 29. when i met him", "NAME", "Park Ji-hoon"),
        ("the house.\n\nTakahashi Haruto was one of these.", "NAME", "Takahashi Haruto"),
        ("Her new teacher, T.J. Mahaffey, an absolute saint", "NAME", "T.J. Mahaffey"),
        ("by his first name, Will (his actual name, he said I could)", "NAME", "Will"),
        (
            "in her apartment at 2914 Brighton 6th Street (she",
            "LOCATION",
            "2914 Brighton 6th Street",
        ),
        ("from her username kaylee.rc.2005 that just said", "USERNAME", "kaylee.rc.2005"),
        ("a courier came to the clinic, PIN 500072, a box", "ZIP", "500072"),
        ("arrived at the practice (PLZ 12053, I mention it", "ZIP", "12053"),
        ("his little rented house, 9203 KL, with the engine off", "ZIP", "9203 KL"),
        ("a very old Opel, kenteken 87-HTZ-4, that he had", "VEHICLE_ID", "87-HTZ-4"),
    ],
)
def test_surnames_first_hmong_names_particles_initials_ordinals_handles_and_foreign_cues(
    text, category, value
):
    assert (category, value) in found(text)


def test_a_given_name_said_to_be_one_is_found_again_before_a_noun_it_owns():
    text = "I'll call him by his first name, Will (his actual name), ok. Will's wife rang me."
    assert names(text) == ["Will", "Will"]


@pytest.mark.parametrize(
    "text",
    [
        "I'm dressing up as Frida for the Halloween party at work",
        "he lives out on a farm road, total Dallas Cowboys fanatic. His neighbor",
        "mostly Maya K'iche' communities, and a lot of them Dene and Inuit",
        "Azul! (that's hello in Tamazight)",
        "Erokamano (thank you in Dholuo) to all of you.",
        "Selam from Israel. Sat Sri Akal everyone.",
        'who are isolated at home (we call them "eun-doon-hyeong", like',
        'I run a course called "Recovery Stories" where people',
        "like a sad Victorian. That's the Pacific way.",
        "Then he quoted Hamlet at me. She has opinions about Paul Hollywood.",
        "on the little Yamaha keyboard",
        "Last Sallah, he sewed me a kaftan. Now the Malam has a patient.",
        "the feast of Our Lady of Guadalupe and the Fourth of July cookout",
        "an Elder visit from the Friendship Centre, in Sgaw Karen",
        "her username and password were wrong",
        "took vitamin D, 2000 IU, daily",
        "we met on 5th Street",
    ],
)
def test_costumes_teams_peoples_greetings_glosses_things_called_figures_and_brands(text):
    kinds = {"NAME", "LOCATION", "ORGANIZATION", "USERNAME", "ZIP"}
    assert [v for c, v in found(text) if c in kinds] == []


def test_a_program_with_a_name_of_its_own_and_generic_units_of_other_countries():
    text = "a navigator with Summit Valley Refugee Wellness Program in Ohio"
    assert ("ORGANIZATION", "Summit Valley Refugee Wellness Program") in found(text)
    text = "at a CMP (community mental health centre), then at a puskesmas (health centre)"
    assert [v for c, v in found(text) if c in {"NAME", "ORGANIZATION"}] == []
    assert found("you know how people talk in Bim.") == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Her other son Ever told me her mother is smiling", "NAME", "Ever"),
        ('in capital letters". So: DEVIKA PERSAUD. 34, bank teller', "NAME", "DEVIKA PERSAUD"),
        ("a young woman, M\u00e1ret \u00c1nne Gaup, 26, from", "NAME", "M\u00e1ret \u00c1nne Gaup"),
        ("of my life.\n\nShnorhakalutyun,\nAnahit, LMFT", "NAME", "Anahit"),
        ("before I'd met any of them (CX09 FNB, green, held", "VEHICLE_ID", "CX09 FNB"),
        ("Send letters to the club in FO-700 Klaksv\u00edk if you want", "ZIP", "FO-700"),
        ("our office address, Laisv\u0117s al. 101, LT-44291, he found", "ZIP", "LT-44291"),
        ("we're at 600 Akureyri. Takk fyrir.", "ZIP", "600"),
        ("write to her address in 12043 Berlin if we ever", "ZIP", "12043"),
    ],
)
def test_word_names_after_relatives_capitals_rare_surnames_closings_plates_and_postcodes(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "in a clinic in Osaka prefecture, in the Cusco region, in Quechua-speaking villages",
        "asked if i watched the Lakers game; they wore Timberwolves jerseys",
        "mostly Dinka and Nuer. He told him in Dinka (which I don't speak)",
        "G\u00f3\u00f0an dag from the Faroe Islands. He blogs in Faroese and English.",
        "she read at an open mic. month 4 he could ollie.",
        "playing Born to Run on her phone. Then came Rtveli, the grape harvest.",
        "He had grown up under Enver Hoxha. He played Fela Kuti records.",
        "a bloke from Alcoholics Anonymous, and we do Psychological First Aid",
        "We spent the afternoon at MVD. Our car is a knackered Skoda.",
        'Tere! "Merc\u00e9, doctor." This Dashain he gave tika and jamara.',
        "Her badge number, E-30418, was on it. In 2019 Paris was cold.",
    ],
)
def test_regions_teams_peoples_festivals_figures_bodies_and_an_id_after_its_cue(text):
    kinds = {"NAME", "LOCATION", "ORGANIZATION", "ZIP"}
    assert [v for c, v in found(text) if c in kinds] == []


def test_a_surname_that_a_public_figure_bears_is_still_a_client_s_name():
    assert names("I want to share about Blerina Hoxha, 40, who") == ["Blerina Hoxha"]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("His teacher, Sra. Montserrat Vidal, was sceptical", "NAME", "Montserrat Vidal"),
        ("This one's about Shug McInally (Hugh to his mammy)", "NAME", "Shug McInally"),
        ('happening to me." He signed it just X.M. I put it in the file.', "NAME", "X.M."),
        ("she messaged me from her account sarita.g.pgh. We met", "USERNAME", "sarita.g.pgh"),
        ("On the day of discharge, 14 Ramadan 1444, his father", "DATE", "14 Ramadan 1444"),
        ("On her 64th birthday, 9 Shrawan in our calendar, the", "DATE", "9 Shrawan"),
        (
            "her pastor at Little Zion Freewill Baptist told her",
            "ORGANIZATION",
            "Little Zion Freewill Baptist",
        ),
    ],
)
def test_titles_of_spain_rare_given_names_signed_initials_handles_calendars_and_churches(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "psychiatric nurse in Corsica for 15 years, after crossing the Sahara",
        "I swear I deserve an Oscar, I just said yes",
        "This summer at the feast of San Girgor he was there",
        "In Mongolian we say it. Many families here are Cham people. I'm Sherpa myself.",
        "she's in uni now. He spoke only Euskera with his mother.",
        "She chose Dr. Seuss, Green Eggs and Ham. He corrected my King James.",
        "He got a HUD-VASH voucher. Sodade, the famous one from Ces\u00e1ria \u00c9vora.",
        "Ola! I'm a forensic psychologist",
        "my billing account 4410-2298-031, ok",
        "John the Baptist was a prophet.",
    ],
)
def test_regions_awards_feasts_peoples_figures_works_greetings_and_accounts_are_no_names(text):
    kinds = {"NAME", "LOCATION", "ORGANIZATION", "USERNAME"}
    assert [v for c, v in found(text) if c in kinds] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("a guy in our clinic we all call J.T., initials, he's", "NAME", "J.T."),
        ("Good morning from Spanish Town! Community nurse here", "LOCATION", "Spanish Town"),
        ("my favourite people.\n\nGogo MaDlamini is 93. She", "AGE_OVER_89", "93"),
        (
            "share about Mali Paul-Googoo (she said i could use her name lol)",
            "NAME",
            "Mali Paul-Googoo",
        ),
        ("a student.\n\nJozefien Van den Bossche came to me", "NAME", "Jozefien Van den Bossche"),
        ('rich."\n\nMaria Luisa dela Cruz was one of them.', "NAME", "Maria Luisa dela Cruz"),
        ("since he came out of Hollybrook House last spring", "ORGANIZATION", "Hollybrook House"),
    ],
)
def test_initials_called_by_all_places_after_a_people_clan_names_names_one_may_use_and_houses(
    text, category, value
):
    assert (category, value) in found(text)


def test_a_clan_name_with_an_inner_capital_is_a_name():
    assert any("MaDlamini" in v for v in names("people.\n\nGogo MaDlamini is 93. She is"))


@pytest.mark.parametrize(
    "text",
    [
        "got 3 of the group to a Liverpool match (sponsor tickets).",
        "Salam from West Java. I am a psychologist (psikolog) working",
        "a wine-maker in Kakheti, in Chubut province, Patagonia",
        "among the Miskitu there is a sickness called grisi siknis.",
        "at the Eisteddfod, she sang a solo. For T\u1ebft, in front of everyone.",
        "There is an old prayer to St Dymphna, the patron saint of",
        "the next Django Reinhardt. A CD of Charles Aznavour. The Everly Brothers.",
        "quite a few are Kurds from Syria. The family are English Romany Gypsies.",
        "Aguyje, thank you for reading. Sulpayki, thank you. Osiyo from here.",
        "we all went to Tom House and the White House",
    ],
)
def test_matches_regions_sicknesses_festivals_saints_figures_peoples_and_thanks(text):
    kinds = {"NAME", "LOCATION", "ORGANIZATION"}
    assert [v for c, v in found(text) if c in kinds] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("a boy named Wyatt Bird Rattler, everyone calls him Birdie. 16.", "NAME", "Birdie"),
        ("telehealth out of Anchorage for village clinics", "LOCATION", "Anchorage"),
        ("paranoid, lives in Grays Farm. paranoid", "LOCATION", "Grays Farm"),
        ("a Roma settlement in Lun\u00edk IX, with some", "LOCATION", "Lun\u00edk IX"),
        ("and the postcode, 2700-615, with three hearts", "ZIP", "2700-615"),
        ("a beat up F-150, plate 417 BRX, with a sticker", "VEHICLE_ID", "417 BRX"),
        ("the practice number on it, (02) 9000 0481, and a note", "PHONE", "(02) 9000 0481"),
        ("lose a finger.\n\nso T-Boy Thibodeaux (he is a junior)", "NAME", "T-Boy Thibodeaux"),
        ("every family.\n\nDella Frank, in her fifties, came to me.", "NAME", "Della Frank"),
    ],
)
def test_nicknames_after_a_capitalised_thing_places_numbered_parts_phones_and_small_words_as_names(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our team works in North S\u00e1mi and Norwegian.",
        "psych nurse here in Ho, Volta Region, six years",
        "Chelsea fan, we forgave him. Every letter from Immigration set her back.",
        "working with Assyrian and Chaldean refugees; she told her, in Assyrian, what",
        "came to us from Chechnya via Poland. a clinic in Kazan, Tatarstan.",
        "straight out of Bowlby. And something out of Normal People.",
        "Un abrazo desde el altiplano. In te reo M\u0101ori, thanks.",
        "in Paris I was happy",
    ],
)
def test_languages_regions_teams_bodies_books_and_particles_stay_unflagged(text):
    kinds = {"NAME", "ORGANIZATION"}
    assert [v for c, v in found(text) if c in kinds and v not in {"Ho", "Kazan"}] == []
    assert ("LOCATION", "Paris I") not in found(text)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("maybe not.\n\nIrakoze Nshimirimana is a dad of five", "NAME", "Irakoze Nshimirimana"),
        (
            "a story.\n\nIoana Mure\u0219an, a teacher in her fifties, came",
            "NAME",
            "Ioana Mure\u0219an",
        ),
        ("a guy named Krzysztof Wi\u015bniewski (K.W. on the job site", "NAME", "K.W."),
        ("a man, Pak Sutrisno (a respected elder) came", "NAME", "Sutrisno"),
        ("in a village in the Solukhumbu district, I met", "LOCATION", "Solukhumbu district"),
        ("four months to get his CPF again (318.427.906-15, he", "SSN", "318.427.906-15"),
    ],
)
def test_listed_before_unlisted_names_initials_in_brackets_titles_districts_and_cpf(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "a little card with the 5-4-3-2-1 exercise drawn on it",
        'a man, Pak Sutrisno ("Pak" is a respectful title for an older man)',
        "helping at the Festival acadien. For Todos Santos and Phagwah and Navroze.",
        "just want to share one small win lah. Many survived the Sinai camps.",
        "families from Chuuk, and kids from Cape Verde. Khmer Krom and Parsi families.",
        "a part-time job at a Wendy's. A bottle of water and a Kola Champagne.",
        'I said, "Ba, can you teach my daughter?" Her son said, "Niam, it helps."',
        "He drives his John Deere, reads Macbeth and dreams of Broadway.",
    ],
)
def test_countdowns_titles_explained_festivals_regions_brands_and_kinship_stay_unflagged(text):
    kinds = {"NAME", "LOCATION", "ORGANIZATION", "ACCOUNT_NUMBER", "OTHER_ID"}
    assert [v for c, v in found(text) if c in kinds and v != "Sutrisno"] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("more than my program did.\n\n- T.S., LICSW", "NAME", "T.S."),
        ("with a goose in her lap.\n\nMeegwetch.\nJ.L., RN", "NAME", "J.L."),
        ("He showed me his handle, CalumNaMara, and said", "USERNAME", "CalumNaMara"),
        (
            "the car, plate 4417 \u0423\u0411\u0410, clean and shining",
            "VEHICLE_ID",
            "4417 \u0423\u0411\u0410",
        ),
        ("one of my patients is Mdm Kamalam, she is 94", "NAME", "Kamalam"),
    ],
)
def test_signed_initials_with_a_credential_camel_case_handles_cyrillic_plates_and_mdm(
    text, category, value
):
    assert (category, value) in found(text)


def test_a_handle_after_a_comma_needs_a_handle_s_shape():
    assert [c for c, _ in found("her handle, which is odd, and my username, kept")] == []


def test_an_acronym_of_a_kind_of_service_and_its_place_after_at_is_an_organisation():
    text = "I work at CMP de Kerfeunteun. Last year we started a group."
    assert ("ORGANIZATION", "CMP de Kerfeunteun") in found(text)
    assert found("I work at a CMP (a community mental health centre).") == []


def _part(start: int, end: int, category: str) -> Detection:
    return Detection(
        start=start, end=end, category=rk.PhiCategory(category), score=0.7, detector="t"
    )


def test_bodies_and_places_side_by_side_are_joined_across_one_space_only():
    join_name_parts = _propagate.join_name_parts
    text = "came into St. Fiacre's Nursing Home, then the Casco Viejo, Leeds, Mersey"
    body, home = text.index("St."), text.index("Nursing")
    casco, viejo = text.index("Casco"), text.index("Viejo")
    leeds, mersey = text.index("Leeds"), text.index("Mersey")
    parts = [
        _part(body, home - 1, "ORGANIZATION"),
        _part(home, home + 12, "ORGANIZATION"),
        _part(casco, casco + 5, "LOCATION"),
        _part(viejo, viejo + 5, "NAME"),
        # set apart by a comma: two places
        _part(leeds, leeds + 5, "LOCATION"),
        _part(mersey, mersey + 6, "LOCATION"),
    ]
    joined = sorted((text[d.start : d.end], d.category.value) for d in join_name_parts(text, parts))
    assert joined == [
        ("Casco Viejo", "LOCATION"),
        ("Leeds", "LOCATION"),
        ("Mersey", "LOCATION"),
        ("St. Fiacre's Nursing Home", "ORGANIZATION"),
    ]
    # two names side by side stay a name; a name beside a body makes a body
    two = [_part(0, 4, "NAME"), _part(5, 9, "NAME")]
    assert [d.category.value for d in join_name_parts("Abel Kobo", two)] == ["NAME"]
    mixed = [_part(0, 4, "NAME"), _part(5, 11, "ORGANIZATION")]
    assert [(d.start, d.end, d.category.value) for d in join_name_parts("Abel Grange", mixed)] == [
        (0, 11, "ORGANIZATION")
    ]


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        # a name of several words and a body, across a space: one body
        (
            "counsellor for Greenmist Tea Estates near Kericho",
            [("Greenmist Tea", "NAME"), ("Estates", "ORGANIZATION")],
            [("Greenmist Tea Estates", "ORGANIZATION")],
        ),
        # across a possessive: a name and a body, two parts of a place
        (
            'the flyer said "Trent\'s Tidy Yards, reliable"',
            [("Trent", "NAME"), ("Tidy Yards", "ORGANIZATION")],
            [("Trent's Tidy Yards", "ORGANIZATION")],
        ),
        (
            "youth in Winnipeg\u2019s North End.",
            [("Winnipeg", "LOCATION"), ("North End", "LOCATION")],
            [("Winnipeg\u2019s North End", "LOCATION")],
        ),
        # carried over the capitalised words after them, then joined ("Talking" stops a
        # name's tail: a verb)
        (
            "It's now Glen Men's Talking Bothy, with six groups",
            [("Glen", "ORGANIZATION"), ("Talking", "ORGANIZATION")],
            [("Glen Men's Talking Bothy", "ORGANIZATION")],
        ),
        # a title makes the name a person's; a name and a place across a possessive are two
        (
            "Dr Ruiz de Castro Hospital del Mar referred her.",
            [("Ruiz de Castro", "NAME"), ("Hospital del Mar", "ORGANIZATION")],
            [("Hospital del Mar", "ORGANIZATION"), ("Ruiz de Castro", "NAME")],
        ),
        (
            "since Amara's Lagos trip",
            [("Amara", "NAME"), ("Lagos", "LOCATION")],
            [("Amara", "NAME"), ("Lagos", "LOCATION")],
        ),
        # names found in pieces: across one particle or two of any language the lists know
        (
            "Wambui wa Kariuki came.",
            [("Wambui", "NAME"), ("Kariuki", "NAME")],
            [("Wambui wa Kariuki", "NAME")],
        ),
        (
            "Anneke van der Berg came.",
            [("Anneke", "NAME"), ("Berg", "NAME")],
            [("Anneke van der Berg", "NAME")],
        ),
        (
            "Hamid bin Rashid al Farsi came.",
            [("Hamid", "NAME"), ("Rashid", "NAME"), ("Farsi", "NAME")],
            [("Hamid bin Rashid al Farsi", "NAME")],
        ),
        # not across a word that is no particle, nor three particles
        (
            "Mariam and Tunde came.",
            [("Mariam", "NAME"), ("Tunde", "NAME")],
            [("Mariam", "NAME"), ("Tunde", "NAME")],
        ),
        (
            "Ana de la da Silva came.",
            [("Ana", "NAME"), ("Silva", "NAME")],
            [("Ana", "NAME"), ("Silva", "NAME")],
        ),
    ],
)
def test_a_name_joins_a_body_across_a_space_or_a_possessive_unless_a_title_makes_it_a_persons(
    text, parts, expected
):
    found = [
        _part(text.index(value), text.index(value) + len(value), category)
        for value, category in parts
    ]
    joined = _propagate.join_name_parts(text, found)
    assert sorted((text[d.start : d.end], d.category.value) for d in joined) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # side by side, with a space, a particle or a nickname's quotes: one name
        ("Yesterday Kamalam d/o Ramasamy came in.", ["Kamalam d/o Ramasamy"]),
        ('We met Emmanuel "Manno" Désir today.', ['Emmanuel "Manno" Désir']),
        # set apart by a word that is no particle
        ("My client Mariam and Tunde came in.", ["Mariam", "Tunde"]),
        # set apart by a comma, a bracket or a line: names of their own
        ("My client Mariam, Tunde and Yaw came in.", ["Mariam", "Tunde", "Yaw"]),
        ("Yesterday Kamalam (Tunde's aunt) came in.", ["Kamalam", "Tunde"]),
    ],
)
def test_names_side_by_side_are_joined_only_across_a_space_or_a_particle(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # a name after an elder's word of the Philippines, and the Lola is no place
        ("I called her Lola Conching from the first day.", "NAME", "Conching"),
        # a given name that is a word, before a verb only people do
        (
            "feels like being treated like a child.\n\nEarl hated it MORE than anyone.",
            "NAME",
            "Earl",
        ),
        # an initial before a name
        ("so. a woman, R. Kavitha, 38, bipolar, admitted", "NAME", "R. Kavitha"),
        ("I met R. K. Narayan there", "NAME", "R. K. Narayan"),
        # a town's short name, and a town before a province after the Tagalog "sa"
        ("Social worker in NYC, mostly child welfare", "LOCATION", "NYC"),
        ("psych nurse here sa Tagbilaran, Bohol. first time", "LOCATION", "Tagbilaran"),
        # a South African plate of four groups
        ("in a white Quantum, registration HZ 52 TN GP, hooting", "VEHICLE_ID", "HZ 52 TN GP"),
        # an age when the writer met the person; a month and day after "day"
        ("— was ninety-four when I met her. Widowed", "AGE_OVER_89", "ninety-four"),
        ("including me — was 101 when I met her. Born", "AGE_OVER_89", "101"),
        ("the whole thing. on his last day, 12/19, he left me a note", "DATE", "12/19"),
    ],
)
def test_elders_words_initials_short_town_names_plates_and_ages_when_met(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # credentials and roles that sign a post, an abbreviation before a number's cue
        "rewarding part of this work.\n\nKind regards,\nCMHN",
        # words for a grandmother and a baby, peoples, greetings of South Africa
        "Her grandmother — Biji, as grandmothers are called, spoke. Then Biji spoke again.",
        'He said, "Those kids need me sober, bub."',
        "Kaya everyone. I'm a Noongar mental health worker. a big tough Jat farmer",
        "Sawubona / Dumelang everyone. I'm a psychiatric nurse",
        # dishes, things counted, a meeting
        "a tray of char siu bao for everyone. he ate phuchka from the street stall.",
        "so i did. every arvo, twenty mins, no talking",
        'his mum said to me at the first hui "he doesn\'t talk"',
        # works and their short forms, hosts, figures listed beside figures, a character
        "talking about Grey's Anatomy. So we talked about Grey's. For forty minutes.",
        "we ended up watching old episodes of Dr. Phil on my phone",
        "talked mostly about football. Messi, Salah, the Champions League.",
        'she said, "Chinua Achebe\'s, probably," and laughed',
        'her voice was "like a really mean version of Regina George," and we',
        "Mother Julian of Norwich wrote that all shall be well.",
        # a title of nobility's place, the police of Ireland, a pet, makers' names
        "got him through the Duke of Edinburgh bronze award",
        "referred after the Garda found him in his car",
        "his dog, a ancient wee border terrier called Biscuit who was being looked after",
        "bathed him with the Johnson's shampoo she'd packed. got some Whittaker's to eat.",
        'Then she laughed and said, "See, I stopped."',
        "I asked if I knew Al-Fatiha, and I said I would read one",
        "CPN in the Midlands here; my cousin is in Bohol.",
    ],
)
def test_credentials_kin_peoples_dishes_works_figures_titles_pets_and_brands_stay_unflagged(
    text,
):
    assert found(text) == []


def test_a_client_named_beside_a_public_figure_by_a_space_is_still_found():
    assert names("we sang Beyoncé songs and Salah said it was the best day") == ["Salah"]
    assert names("a young man called Biscuit came in") == ["Biscuit"]
    assert names("thank you for reading.\n\n- counsellor, reg. no. KB05871") == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # an issuer's letters before a number after its cue
        (
            "the new card to my office, licence no. ET 418827, he held it",
            "LICENSE_NUMBER",
            "ET 418827",
        ),
        (
            "her professional driving permit (PrDP 60417723), and now",
            "LICENSE_NUMBER",
            "PrDP 60417723",
        ),
        ("reference OB 117/06/2022. No name", "OTHER_ID", "OB 117/06/2022"),
        ("I closed the file (#2022-SC-04417) and she", "OTHER_ID", "#2022-SC-04417"),
        ("License reinstated. RN 2187734, active", "LICENSE_NUMBER", "RN 2187734"),
        # an age set off before a season
        ("Magnie Isbister, retired fisherman, 91 this winter, lives alone", "AGE_OVER_89", "91"),
        # a town's initials after a preposition, a city named after a brand or a region
        ("reentry counselor in LA, i work with people", "LOCATION", "LA"),
        ("works at the meatpacking plants in Dodge City. Hard work.", "LOCATION", "Dodge City"),
        (
            "a day-care centre in Okinawa City. My English is not so good",
            "LOCATION",
            "Okinawa City",
        ),
        ("brought in by police from Small Heath, catatonic", "LOCATION", "Small Heath"),
        # a hyphenated given name whose last part is a word; a nickname before an aside
        ("so next friday Ji-woo is teaching twelve kids", "NAME", "Ji-woo"),
        ("I thought of Darren Whitworth. Daz (he'd kill me for this) was 19.", "NAME", "Daz"),
        # a word of no list starting a sentence before a verb
        ("for about a year and a half. Kez has bipolar, got diagnosed at 19.", "NAME", "Kez"),
    ],
)
def test_issuers_letters_ages_before_a_season_town_initials_and_sentence_subjects(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "grew up in la la land, honestly",
        "some Gottman-style repair attempts, big Kraków-style nativity scenes",
        "back to the pager. Seahawks lost again btw",
        "end up in the hospital. Payeeship was a last resort",
        "how anxious she was. Hufflepuff was a good day.",
        'a business woman. Kookum would laugh."',
    ],
)
def test_cue_capitals_adjectives_of_names_teams_and_nouns_starting_a_sentence_are_no_names(text):
    assert found(text) == []


def test_capitals_that_are_a_cue_stay_out_of_the_number():
    assert found("MRN 4002871 is on the form") == [("MRN", "4002871")]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # a name set off after a word for a man, a name after a title of another language
        ("working with a fella, Bobby Ray Combs, for a year", "NAME", "Bobby Ray Combs"),
        ("my charge nurse, Tita Baby. yes that is her actual name.", "NAME", "Baby"),
        # a given name and a surname that are words, saying who the person is; a surname
        ("Slowly.\n\nFreeman Miller is a dairy farmer in his fifties.", "NAME", "Freeman Miller"),
        ("it starts sad.\n\nKarwan is a Kurdish dad from northern Iraq.", "NAME", "Karwan"),
        # a name before a people in commas; a name after "I met"; a name and its short form
        ("buzzing.\n\nFeven, Eritrean, early 20s, has been coming", "NAME", "Feven"),
        ("I met Winona Little Thunder in 2019 when she", "NAME", "Winona Little Thunder"),
        ('I want to tell you about Montserrat, "Montse", sixty years old', "NAME", "Montserrat"),
        ('I want to tell you about Montserrat, "Montse", sixty years old', "NAME", "Montse"),
        # an initial and a particle after a title; a Gaelic surname; a pseudonym of a people
        ("My supervisor, dr. A. de Wit, sat in", "NAME", "A. de Wit"),
        ("I met Seán Mac an Bhaird today.", "NAME", "Seán Mac an Bhaird"),
        ("for three years, I'll call him Geordie because", "NAME", "Geordie"),
        # an age before "come"; an id with "A"; a postcode in two groups; a numbered school
        ("She'll be ninety come Mardi Gras and she", "AGE_OVER_89", "ninety"),
        ("her number on it, A 208-555-914, she brought it", "OTHER_ID", "A 208-555-914"),
        ("the street and the postcode, 546 35, Thessaloniki.", "ZIP", "546 35"),
        (
            "at Vake Clinical Hospital No. 3. This story",
            "ORGANIZATION",
            "Vake Clinical Hospital No. 3",
        ),
        # a day and a month with full stops in commas; a street of lanes; a town after "desde"
        ("discharged on Independence Day, 6.12., which he found funny", "DATE", "6.12."),
        ("Counsellor at a women's centre on Green Lanes, we do", "LOCATION", "Green Lanes"),
        ("Saludos desde El Alto, Bolivia. Soy psicólogo", "LOCATION", "El Alto"),
    ],
)
def test_names_said_who_they_are_short_forms_initials_gaelic_names_and_numbered_places(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "lots of depression after María (the hurricane, not a person lol), lots of grief",
        "at the Suboxone clinic because he said. Therapist at an Indian Health Service-funded clinic.",
        'singing "My Way" VERY badly, "and that includes the Quality Street."',
        "about his wife's kimchi recipe. he cried",
        'Hoi! I\'m a "POH-GGZ", which is a very Dutch job',
        "one of my clients (anonymous-ish).",
        "At the Saint-Jean-Baptiste this year. She kept twelve Céline cassettes.",
        "a stuffed bear named Mr. Boom who held the scary feelings. Mr. Boom is on my shelf.",
        'Third week, "Der Mond ist aufgegangen", she sang. He called me "le jeune" often.',
        'a note: "Pour ma petite nurse qui danse mal." For my',
        "she knows every poem by Machado by heart. She chose Lorca, Machado and others.",
        "very Aaron Beck of me. 70 percent Taylor Swift and 30 percent Chappell Roan.",
        "a bucket of Jollibee for the night shift. We are going to Mars.",
        "doing the Junior Cert mocks; the Home Office; the GAA club; her MassHealth card",
        "something good.\n\nTha mi cho moiteil asad, a ghràidh",
        "There's a large Slavic community. Lakota myself, Sicangu.",
    ],
)
def test_storms_drug_clinics_songs_dishes_acronyms_feasts_records_pets_and_quoted_words(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # music by the amount, a work's author, a work's characters where the work is named
        "It has a lot of Queen on it. sings a great deal of Handel. (something by Adele)",
        "We watched Inside Out. She loved Sadness. Everyone else loves Joy, she drew Joy.",
        "finishing Of Mice and Men and arguing with me that George did the right thing.",
        # a soldier, awards, songs, festivals, titles in quotes, any street of a name
        "One of them is a former Marine, Vietnam era. A young Marine came to us.",
        "his certificate for Star of the Week. we murdered Ring of Fire. for Pride, but also.",
        "We had an older man with us around Día de los Muertos, severe depression",
        'I brought in "Folsom Prison Blues." First verse. his sign said "SCHOOL SYCOLOGIST"',
        "like every Main Street in the country, there's a house",
        # a figure in the plural or with initials, a breed, a word opening what is said
        "he had a Pikachu backpack. terrible Pikachus.",
        "a copy of A Grief Observed by C.S. Lewis, which she had found",
        "She's a four-year-old black Labrador and she's been visiting",
        "the qualified staff. Fair, I'm a student with a clipboard",
    ],
)
def test_music_by_amount_characters_of_named_works_titles_in_quotes_and_breeds_stay_unflagged(
    text,
):
    assert found(text) == []


def test_a_client_with_a_characters_name_is_still_found_without_the_work():
    assert names("my client Joy drew a picture") == ["Joy"]
    # characters whose names clients have too are left to the rules of names
    assert names("We watched Encanto. Then Luisa said she felt like Luisa.") == ["Luisa", "Luisa"]
    assert ("NAME", "Connemara") in found("covering a lot of Connemara. Long drives")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # a handle run together after "channel is"; a handle with letters of any script
        ("his channel is KofiCommentates, go follow him", "USERNAME", "KofiCommentates"),
        ("her insta is tati.recomeço okay", "USERNAME", "tati.recomeço"),
        # the writer's own line with a word before "warmline"
        ("our bilingual warmline is 313-555-0129, and yes", "PHONE", "313-555-0129"),
        # a person named Ashanti is still found
        ("The youngest in my group, Ashanti, asked if", "NAME", "Ashanti"),
    ],
)
def test_handles_run_together_or_of_any_script_and_the_writers_own_line(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "songs of Pedro Infante. I put on some Fairuz. people requested: Adele, old gospel",
        "He got into Mandela's autobiography and. in Shona we say kufungisisa.",
        "was Liverpool, the football team, not the city. i'll never play for Liverpool but",
        "drinking chai with the mother-in-law. Chai provided. the tea and the Marie biscuits.",
        'peppa was "the scared one." george was "the brave one."',
        "in the Ashanti Region. I'm from Minas originally. I'm from Bali. in Osaka Prefecture.",
        "Sessions in Indonesian and Balinese. finished her Certificate III in Aged Care.",
        'looked at me and said "¿Viste? I\'m here now." Slava to all of you doing this work',
        "we did a lot of different things. Medication, a men's group in Spanish, getting him",
        "her page is McDonald. boxing at the PCYC. he's on fifa destroying everyone",
    ],
)
def test_makers_of_songs_written_lives_languages_teams_drinks_regions_and_wishes_stay_unflagged(
    text,
):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "read me the St. Francis prayer off a card. Remember that St. John's wort, Benadryl",
        'biting once (sorry, Mr. Custodian). a dummy we call "Mr. Overdose." Dark humor.',
        "the Hamilton rating scale. ate an entire pint of Ben & Jerry's with a teaspoon.",
        "which ones follow Collingwood and should be mocked",
        "powiedział: „Pani Psycholog, ja dziś nie mam lęku”",
    ],
)
def test_saints_prayers_titles_of_nouns_scales_brands_and_teams_stay_unflagged(text):
    assert found(text) == []


def test_a_surname_after_a_title_is_found_though_a_word():
    assert names("Mr. Baker came, then Mrs. Okafor.") == ["Baker", "Okafor"]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("number PB02 20190045678, he laminated it", "OTHER_ID", "PB02 20190045678"),
        ("I am grateful to be part of it.\n\nBro. T. A.", "NAME", "T. A."),
        (
            "my clients.\n\nMurugan s/o Rajendran is a retired bus captain",
            "NAME",
            "Murugan s/o Rajendran",
        ),
        (
            "a rental flat at Blk 214 Jurong East Street 21. He",
            "LOCATION",
            "Blk 214 Jurong East Street 21",
        ),
        ("His letters all end in Singapore 600318 and he", "ZIP", "600318"),
        ("One young man, Jordan Whyte-Campbell, has given me", "NAME", "Jordan Whyte-Campbell"),
        ("Then Mother Pearl, who's been the head of the board, stood up.", "NAME", "Pearl"),
        ("i'll use his nickname KJ since everyone calls him that", "NAME", "KJ"),
        ("He parks his taxi, NDM 482-117, right outside the clinic", "VEHICLE_ID", "NDM 482-117"),
        ("who everyone calls Granny Nell. shes 97 (!!) and still sharp", "AGE_OVER_89", "97"),
        (
            "We went to Thistlewood Community Credit Union and opened",
            "ORGANIZATION",
            "Thistlewood Community Credit Union",
        ),
        (
            "He told me his online handle, xXshadowfoxXx, and that in games",
            "USERNAME",
            "xXshadowfoxXx",
        ),
    ],
)
def test_issuers_with_digits_signed_initials_slash_names_singapore_and_elders_of_a_church(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'a 19 year old on discord at 2am saying "same, bro". TikTok is responsible for it',
        "posters quoting Bressie and Niall Breslin's podcast, a stall handing out Tayto",
        "a book from the library, Trainspotting of all things. We do R U OK? Day every year",
        'Ex-miner\'s son. the lady who helped Bampi. He said, "Doctor saheb, she is laughing"',
        "wearing a Liverpool shirt. a group for Malayali nurses. Ma'assalam, and pray for us.",
        "love the TV character Monk, and I. hears about it at Mass. from Calabria, working.",
        "a lot of salvadoran kids are named Kevin, it's a whole thing",
        "I will know it by heart when I am ninety, and every page",
        "Mother Nature is cruel. Father Time waits.",
        'He was registered as "John Doe," and every shift report: "Doe, room 12".',
    ],
)
def test_platforms_figures_works_prefixes_kin_teams_peoples_and_names_as_such_stay_unflagged(
    text,
):
    assert found(text) == []


def test_a_sequence_of_capitals_after_a_car_is_no_plate_without_digits():
    assert found("we took the car, MRN forms in hand") == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "at her church, the Preston Road Gospel Hall, instead",
            "ORGANIZATION",
            "Preston Road Gospel Hall",
        ),
        (
            "the group, the Soho Road Women's Wellbeing Circle, purely",
            "ORGANIZATION",
            "Soho Road Women's Wellbeing Circle",
        ),
        ("posting on tiktok under tati.recomeço and some", "USERNAME", "tati.recomeço"),
        ('in capitals: "KALANI, DOROTHY, 74 F, MDD RECURRENT"', "NAME", "KALANI, DOROTHY"),
        (
            "one of our patients, si Ma. Lourdes Dimaculangan. She's 52",
            "NAME",
            "Ma. Lourdes Dimaculangan",
        ),
    ],
)
def test_halls_circles_dotted_handles_record_headers_with_age_and_sex_and_ma(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "was his nan, who is ninety-one (!!) and got her neighbour to",
            "AGE_OVER_89",
            "ninety-one",
        ),
        ('a note: "thanks for the cards (the playing ones) - H" and a drawing', "NAME", "H"),
        ("the shop she ran in the Garment District. She said", "LOCATION", "Garment District"),
        (
            "the same young person, username lostinthegumtrees, saying",
            "USERNAME",
            "lostinthegumtrees",
        ),
        (
            "They started a channel, gentlegardenerjay, and it took off",
            "USERNAME",
            "gentlegardenerjay",
        ),
        ("He turns twenty-one on 12.05 and he's moving", "DATE", "12.05"),
    ],
)
def test_ages_before_brackets_initials_signing_notes_districts_handles_run_together_and_dates(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "One car park at a time.\n\nSlán, and mind yourselves this weather.",
        "He's got a wee budgie called Kenny Dalglish which he says is the best listener.",
        "She loved Liverpool FC, she made a terrible trifle.",
        "said to say a prayer to St Anthony and get on with it.",
        '"it\'s not the Ritz but it\'s mine". I was "worse than Dr. Frankenstein".',
        'Her daughter said "Má, why did you carry this alone". a battered Sudoku book.',
        "He's seeing the GP at the Aboriginal Medical Service. at our Schwartz Rounds",
        "4. SNAP recertification. Every. Six. Months.",
    ],
)
def test_closings_pets_clubs_saints_prayed_to_figures_kin_games_and_services_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "even my very questionable Adele cover. the best Petey voice i've heard.",
        "read Tuesdays with Morrie three times. my favourite film was My Neighbour Totoro, and",
        "about the episode Sleepytime. argue about Heartstopper. He talked about Zydeco, about",
        "had Queen on my Spotify. learn te reo properly",
        "a stuffed owl she'd named after Hedwig from Harry Potter, and the owl listened",
        "a Kahlo print on my wall; a flower crown like Frida's",
    ],
)
def test_singers_before_media_works_with_small_words_and_characters_of_named_works_stay_unflagged(
    text,
):
    assert found(text) == []


def test_anh_before_a_name_stays_a_title_and_the_names_stay_apart():
    # "Anh" opening a name is a word of address, no part of the name
    assert ("NAME", "Tuan") in merged_found("Anh Tuan came in.")
    assert ("NAME", "Anh Tuan") not in merged_found("Anh Tuan came in.")


def test_an_initial_after_a_given_name_is_no_football_club():
    assert names("Then Sarah F told me she was done.") == ["Sarah F"]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # a listed name that is also a small word or a title, after a naming cue
        ("There's a young man, Tyrell Symonds, goes by Ty, who started coming.", "NAME", "Ty"),
        ("there's a guy everyone calls Moose, real name Darryl Whitehorse", "NAME", "Moose"),
        ("one of my guys, who everyone calls Tito, came to me", "NAME", "Tito"),
        ("a woman at our drop in, everyone calls her shaz, she's in her fifties", "NAME", "shaz"),
        # a surname after a title and a particle written small
        ("His mother, Mrs. al-Khatib, was terrified.", "NAME", "al-Khatib"),
        # a Vietnamese given name that is also a weekday's short form
        ("a client, Nguyễn Thị Thu, came to Australia as a teenager.", "NAME", "Nguyễn Thị Thu"),
        # a Vietnamese word of address as a given name's last syllable
        ("Lan Anh came back to the group.", "NAME", "Lan Anh"),
        ("I sat with Tuấn Anh and his mum.", "NAME", "Tuấn Anh"),
        ("my colleague Nurul Huda bte Ismail runs the centre", "NAME", "Nurul Huda bte Ismail"),
        # a full name set off before an age in another language
        (
            "Un jeune que j'accompagne depuis deux ans, Marc-André Tremblay, 19 ans, came to us",
            "NAME",
            "Marc-André Tremblay",
        ),
        ("the plan, with our interpreter, A., patiently translating", "NAME", "A."),
        # Irish, Malay and Singapore streets
        (
            "her new address: 14 Bóthar na Mara, Salthill, H91 K2T8.",
            "LOCATION",
            "14 Bóthar na Mara, Salthill",
        ),
        (
            "a rental flat at Blk 187 Lorong 4 Toa Payoh, alone",
            "LOCATION",
            "Blk 187 Lorong 4 Toa Payoh",
        ),
        # organisations with an Irish article, aged care and partnerships
        (
            "a peer group at Coláiste an Chnoic where students sit",
            "ORGANIZATION",
            "Coláiste an Chnoic",
        ),
        (
            "He'd arrive at Cuan na Mara Recovery Service with his cap",
            "ORGANIZATION",
            "Cuan na Mara Recovery Service",
        ),
        ("came to Beth Shalom Aged Care after a fall.", "ORGANIZATION", "Beth Shalom Aged Care"),
        (
            "a unit with Bayou Teche Housing Partnership. First night",
            "ORGANIZATION",
            "Bayou Teche Housing Partnership",
        ),
        # numbers: a member id ending in a letter, an issuer's letters with a dot, plates
        ("his MA renewal, member ID 00719283X, had lapsed", "HEALTH_PLAN_ID", "00719283X"),
        ("— Janelle Okonkwo-Reyes, RN, Ohio license RN.512884", "LICENSE_NUMBER", "RN.512884"),
        ("a hatchback, plate and all (NB4 17T, she said)", "VEHICLE_ID", "NB4 17T"),
        (
            "a photo with him in front of the plate, T 23817 Q.  He drives",
            "VEHICLE_ID",
            "T 23817 Q",
        ),
        # a day in words with its article, as "the 12th of April"
        ("He turned 102 on the twelfth of April in our home", "DATE", "the twelfth of April"),
        # a handle of two words run together after "under the name"
        ("moderating it under the name HarjeetSpeaks, and it grew", "USERNAME", "HarjeetSpeaks"),
    ],
)
def test_names_after_everyone_calls_particles_streets_of_other_languages_ids_and_handles(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "a standard course of CBT for social anxiety, the Clark and Wells model, with",
        "Aboriginal mental health worker here. Proud Birri Gubba woman. Been in this role",
        "sometimes this job very sian, the paperwork and the means testing",
        'she said "miss i\'m gonna be the first one in my aiga to go to uni".',
        "there are a lot of Fatimas here, we have two Marias on the ward as well",
        "give the tablets to her flatmate and to call her GP first thing.",
        "her kokum who called CFS in the first place.",
        "I call her Cô, she insists, and she calls me Didi.",
        'to use FaceTime to call her grandkids. The little ones call him "profe."',
        "mostly ASIST and Mental Health First Aid courses for community groups",
        "a huge tray of pani popo for the whole team.",
        "PsyD Licensed Psychologist, MN License board",
        'big worries, and "Hogwarts-level dragon worries." We also',
        "could quote whole scenes of Casablanca. So every visit",
        "His mam still washes the old Corsa, reg plates and all, every Sunday",
        "his birthday, right around Matariki. At Caribana he danced. Namaskar from Bengal.",
        "Case manager here in Hawai\u02bbi, about nine years. She was waiting for Panagia.",
        "taking Panadol from three packets. Over the Fourth of July weekend she called.",
    ],
)
def test_eponym_pairs_peoples_small_foreign_words_plural_names_calls_and_festivals_stay_unflagged(
    text,
):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        # an honorific that goes with the given name is part of how the person is called
        ("Everyone called her Doña Lupe. When I was", "NAME", "Doña Lupe"),
        ("I want to tell you about Sri Wahyuni, who is from a village", "NAME", "Sri Wahyuni"),
        ("Attending: Dr. de la Rosa. Condition at discharge: improved.", "NAME", "de la Rosa"),
        ("> Home visit. Somchai Wongsawat, UR PMH-552918. 58 yo male", "NAME", "Somchai Wongsawat"),
        ("Saw Mary Jones, DOB 3/4/1950 today", "NAME", "Mary Jones"),
        (
            "Client (she said I could use her first name): Faith. Fifty-two, lifelong",
            "NAME",
            "Faith",
        ),
        (
            "Me: Good evening, how was today?\nMarvel: Sister, today I cooked.\nMe: Good.",
            "NAME",
            "Marvel",
        ),
        ("His name is Sunday Campbell and the grandmother says", "NAME", "Sunday Campbell"),
        ("no shame in it. gift if you ever read this, that hinge is the best", "NAME", "gift"),
        ("one of our patients, a young woman called hope, stood up and read", "NAME", "hope"),
        ("maybe why i'm bad at it  this is about zsófi. we met at a centre", "NAME", "zsófi"),
        (
            "Wanted to share one.  Jordan Bird was nineteen when his family brought him in.",
            "NAME",
            "Jordan Bird",
        ),
        # a Maltese date, an age before a pronoun, a sort code and its account
        ("She was admitted on 12 ta' Ottubru after she was found", "DATE", "12 ta' Ottubru"),
        ("at his home, because at 91 he no longer likes the stairs", "AGE_OVER_89", "91"),
        (
            "from her own account, 40-11-62 31926604. She rang me",
            "ACCOUNT_NUMBER",
            "40-11-62 31926604",
        ),
        # a handle of capitalised words and digits; a school with a middle initial
        ("One of our members, QuietRiver77, wrote her a long reply", "USERNAME", "QuietRiver77"),
        (
            "at the assembly at Roy T. Sinclair Secondary. She didn't drum",
            "ORGANIZATION",
            "Roy T. Sinclair Secondary",
        ),
        (
            "a scholarship offer from Southbridge Polytechnic last week",
            "ORGANIZATION",
            "Southbridge Polytechnic",
        ),
    ],
)
def test_honorifics_records_dialogues_small_names_about_and_ages_sort_codes_and_handles(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our social worker, who is Mosotho herself, sat with the mother and explained in Sesotho",
        'Last week she said to me in Acholi, "You made me remember"',
        "he would not speak to anybody except in Tshiluba. For months",
        "Mi'kmaw myself, and I came home to work after my training",
        "a family back in Brittany who had not heard from him in a decade",
        'a tablet, which he named "La Tabla" and treated like a dangerous animal',
        "this is about mindfulness. we talk about susto and share about hikikomori.",
        "I'm greetin' just typing this. Pal, if you ever read this, thanks.",
    ],
)
def test_languages_spoken_peoples_regions_things_named_and_topics_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("she said she lives in Kampala now", "LOCATION", "Kampala"),
        ("we talked in Galway for hours", "LOCATION", "Galway"),
        ("I'm from Dhaka myself, so I speak Bangla", "LOCATION", "Dhaka"),
    ],
)
def test_places_after_words_of_speaking_or_before_myself_are_still_places(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok so i work nights on a crisis line out of el paso and honestly", "el paso"),
        ("peer support worker in govan, three years in, and i keep meaning to", "govan"),
        ("a refugee in 2016 with 5 kids after years in dadaab. when i met her", "dadaab"),
    ],
)
def test_places_written_small_after_out_of_or_unlisted_before_a_clause_end(text, value):
    assert ("LOCATION", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we met in lockdown, and she said it was talked about in handover, so",
        "his mum found him after a stint in juvie and then a suicide attempt",
        "they communicate entirely in minecraft now. and learned from youtube.",
        "I work nights in El Paso and honestly, in hospital, it was in lockdown.",
    ],
)
def test_words_run_together_slang_and_brands_written_small_are_no_places(text):
    assert [v for c, v in found(text) if c == "LOCATION" and v.islower()] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Kwabena Asante is Akan, from the Ashanti region", "NAME", "Kwabena Asante"),
        ("Chance Two Bulls is nineteen and grew up out west.", "NAME", "Chance Two Bulls"),
        ("This one's about Mercy Bird, a young mom of three", "NAME", "Mercy Bird"),
        (
            "in that big blocky print, LINDQVIST, INGRID, and underneath",
            "NAME",
            "LINDQVIST, INGRID",
        ),
        ("Penblwydd hapus i mi ar 2 Mehefin, y cyntaf", "DATE", "2 Mehefin"),
        ('he wrote "an kwantar da ita ran 3 ga Yuni", which', "DATE", "3 ga Yuni"),
        ("it says she was born on 15 an Dàmhair 1931, in a croft", "DATE", "15 an Dàmhair 1931"),
        (
            "as she'll tell anyone. That makes her ninety-five. She came",
            "AGE_OVER_89",
            "ninety-five",
        ),
        ("She'd moved to Little Senegal to join her husband", "LOCATION", "Little Senegal"),
        (
            "Her church, Église Évangélique de la Restauration, let us",
            "ORGANIZATION",
            "Église Évangélique de la Restauration",
        ),
        (
            "His teacher at Grundschule am Rabenberg told me",
            "ORGANIZATION",
            "Grundschule am Rabenberg",
        ),
        (
            "the hall of Mar Yokhanna Chaldean Catholic Parish, about teens",
            "ORGANIZATION",
            "Mar Yokhanna Chaldean Catholic Parish",
        ),
    ],
)
def test_names_before_a_people_posts_about_someone_capitals_foreign_months_and_connectors(
    text, category, value
):
    assert (category, value) in found(text)


def test_works_lists_of_capitals_and_topics_are_no_people_places_or_bodies():
    assert found("we read Little Women together, and I told her 95 times") == []
    assert ("NAME", "YORK, LONDON") not in found("NEW YORK, LONDON, PARIS were on his shirt")
    assert [c for c, _ in found("and then I am Free Clinic") if c == "ORGANIZATION"] == [
        "ORGANIZATION"
    ]
    assert ("ORGANIZATION", "I am Free Clinic") not in found("and then I am Free Clinic")
    text = "this post is about Mental Health, and I want to tell you about burnout."
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "we talked in his room at Auntie's place. Auntie started arriving early",
        "Dear Therapist,  When I first came to you I did not believe",
        "and a line in Setswana on his wall. Explain in isiZulu, Sesotho, Afrikaans.",
        "She lost her house in Hurricane María, and then",
        "every Thursday after Asr, and we drank tea.",
        "Mental health and addictions counsellor, Northwest Territories. Mahsi cho",
        "Things he saw in Borneo. A woman from Tigray. A family from Upper Egypt.",
        "a devout Goan Catholic lady; I am Muganda.",
        'I played "Both Sides Now" by Joni Mitchell. Archie Roach\'s "Took the Children Away".',
        "Goes to the Tuesday meeting at the Knights of Columbus hall. Nokomis always said so.",
    ],
)
def test_kin_roles_languages_storms_prayers_regions_peoples_and_authors_stay_unflagged(text):
    assert found(text) == []


def test_a_name_before_a_quoted_phrase_that_is_no_title_is_still_a_name():
    assert ("NAME", "Sarah") in found('Sarah\'s "thank you" card is on my wall')
    assert ("LOCATION", "Rīga") in found("a small crisis line in Rīga. Latvian, grew up")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("This week's list:\n\n• Precious came in waving her GED certificate", "NAME", "Precious"),
        ("a day off.\n\nFlorin is Romanian, thirty, worked twelve-hour shifts", "NAME", "Florin"),
        ("It's not.\n\nEmir was referred for depression and anger.", "NAME", "Emir"),
        ("Intake card:  NAME: WÓJCIK, Grażyna DOB: 1938-04-17", "NAME", "WÓJCIK, Grażyna"),
        (
            'wristband printed "DLAMINI-MQIKELA, NOMVULA", triage',
            "NAME",
            "DLAMINI-MQIKELA, NOMVULA",
        ),
        ("> RE: Shmuel Katz, SSN 987-65-4323 > Pages: 14", "NAME", "Shmuel Katz"),
        ('when I could not read to myself. S."  The whole unit', "NAME", "S."),
        ("One of them had his PPS number, 7654321WA, attached", "SSN", "7654321WA"),
        ("He arrived on el 3 de marzo, and she says", "DATE", "el 3 de marzo"),
        ("elle est née le 12 janvier 1950 à Lyon", "DATE", "le 12 janvier 1950"),
        (
            "an account for her work, anahit.knits.lace, and she has",
            "USERNAME",
            "anahit.knits.lace",
        ),
        # two words joined by one dot
        ("I did the project under birdie.sings, and it grew", "USERNAME", "birdie.sings"),
        ("he releases tracks as moth.light. He is good", "USERNAME", "moth.light"),
        ("in eight months.  His nan is 92. She's sharp as a tack", "AGE_OVER_89", "92"),
        (
            "The Korle Gonno Fishmongers Association came to her house",
            "ORGANIZATION",
            "Korle Gonno Fishmongers Association",
        ),
        (
            "Kiprotich came to the Kerio Heights Runners Camp at seventeen.",
            "ORGANIZATION",
            "Kerio Heights Runners Camp",
        ),
        (
            "She was on the Glendalough ward, which is our locked side",
            "LOCATION",
            "Glendalough ward",
        ),
        ("Addiction counsellor, Dublin-based, community drug team.", "LOCATION", "Dublin"),
    ],
)
def test_list_items_peoples_labels_in_capitals_articles_before_dates_handles_wards_and_towns(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "e.g. this, i.e. that, or the file notes.final.docx today",
        "it was fine.then he left at 3 a.m. under s.3 of the act, see report.pdf",
        "the Alzheimer's Association says so; the American Psychological Association agrees",
        "on the Psychiatric ward, then the Mental Health unit, then the Maternity wing",
        "a big Slovenian community here; a respected Islamic teacher; retired Anglo blokes",
        "Palesa, Sesotho-speaking, at an Inuit-serving community health centre",
        "Ta-ra for now. Mèsi Bondye for this work. Slava Ukraini, and thanks for reading.",
        "because Makcik had stopped eating",
    ],
)
def test_web_addresses_national_bodies_wards_of_a_kind_peoples_and_closings_stay_unflagged(
    text,
):
    assert [(c, v) for c, v in found(text) if v != "Palesa"] == []


def test_an_author_read_is_no_one_but_a_file_read_is_someones():
    for text in (
        "He's been reading Sally Rooney and wants to understand people",
        "sat by the window reading Louis L'Amour paperbacks",
        "Also: stop reading Matthew Walker's book at 2 a.m.",
        "about dancing to Benny Moré, about leaving everything",
    ):
        assert found(text) == [], text
    assert ("NAME", "Maria Lopez") in found("I was reading Maria Lopez's file last night")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("now, Dovydas, Lithuanian, came over for work in the meat plant", "NAME", "Dovydas"),
        (
            "just an old teacher, K. R. Radhamani, who once also kept a secret.",
            "NAME",
            "K. R. Radhamani",
        ),
        ("on the helpline.\n\nSubhashree first contacted me from her hostel", "NAME", "Subhashree"),
        ("'A ranar 5 ga Maris na fita daga asibitin nan'", "DATE", "5 ga Maris"),
    ],
)
def test_names_set_off_before_a_people_initials_before_a_name_and_hausa_months(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the U. S. Army came; she loved C.S. Lewis's A Grief Observed; Q.E.D. Grief can be carried",
        "he chose a song, the Oliver Mtukudzi one. A copy of The Happiness Trap by Russ Harris.",
        'He told me its name is "Doris" and that she is doing her best.',
        "Me: How is it?\nDaughter: She sang yesterday, doctor.\nHer: I hummed.",
        "how is the appetite, Mashima? The neighbours call her Periyamma. Aama is still alive.",
        "This week was Lebaran; a letter from the Royal College of Psychiatrists",
        "Peer support worker, recovery house, Greater Accra. She gave a short speech in Setswana.",
    ],
)
def test_initialisms_authors_singers_things_kin_of_other_languages_and_regions_stay_unflagged(
    text,
):
    assert found(text) == []


def test_kin_of_other_languages_regions_and_anyones_ages_are_no_identifiers():
    assert found("real joy in seeing someone find meaning in their nineties.") == []
    assert found("Psychiatrist, Central Valley, California. From the former Yugoslavia.") == []
    assert ("NAME", "Dolma") in found("I want to write about Aama Dolma. In our first camp")
    assert [c for c, _ in found("I want to write about Aama Dolma.")] == ["NAME"]
    assert ("AGE_OVER_89", "nineties") in found("she is in her nineties now")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Hari told me he felt much better this week.", "NAME", "Hari"),
        ("Isha came in today, and Ramzan rang me after.", "NAME", "Ramzan"),
        ("My client Maria Lopez herself admitted it.", "NAME", "Maria Lopez"),
        ("The nurse was reading Maria Lopez the consent form.", "NAME", "Maria Lopez"),
        ("Afterwards I quoted Maria Lopez directly in my notes.", "NAME", "Maria Lopez"),
        ('It was signed "urgent" by Maria Lopez.', "NAME", "Maria Lopez"),
        ("She texted me in Kilbeggan last night.", "LOCATION", "Kilbeggan"),
        ("I explained in Zorelle's session what we would do", "NAME", "Zorelle"),
        ("All Nicholas wanted was to go home. After all Thomas did for us", "NAME", "Thomas"),
        ("El 3 de marzo llovió.", "DATE", "El 3 de marzo"),
        ("I post as QuietRiver on the forum.", "USERNAME", "QuietRiver"),
        ("cpn in byker here, twelve years in, and honestly", "LOCATION", "byker"),
        (
            "our backup clinician (nurse.ifeoma.rn on there) checked in",
            "USERNAME",
            "nurse.ifeoma.rn",
        ),
    ],
)
def test_names_places_and_handles_that_new_precision_rules_must_not_drop(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She works at Plan B. After that she studies.",
        "see health.gov.za or lifeline.org.za, and config.yaml.bak",
        "a new PlayStation5 and a GoPro7",
        "i was in hopsital, it was awful, then i'm still in therpy.",
    ],
)
def test_sentence_ends_web_domains_files_products_and_typos_are_no_identifiers(text):
    assert [(c, v) for c, v in found(text) if c != "ORGANIZATION" or "After" in v] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("One of my clients, a widow, goes by Honey. That's her actual name", "NAME", "Honey"),
        ('a man who introduced himself, every single time, as Marvel. "Like the', "NAME", "Marvel"),
        ("> Name: Kakegamic, R. > MRN: 20-448913 > Admitted", "NAME", "Kakegamic, R."),
        ("Pt: Whitcombe, Ernest | MRN 00731946 | Admit", "NAME", "Whitcombe, Ernest"),
        ("You might know me on here as HighlandHCA, been lurking", "USERNAME", "HighlandHCA"),
        (
            "a senior carer with Brightwater Home Care in Rotherham",
            "ORGANIZATION",
            "Brightwater Home Care",
        ),
        ("we read Sarah. Then she smiled", "NAME", "Sarah"),
    ],
)
def test_names_after_strong_cues_record_fields_handles_and_home_care(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "her late husband's shirts, the grandkids' baby clothes.",
        "I JUST GRADUATED NURSING SCHOOL. MY GRANDMA DIED LAST YEAR BUT SHE TOLD ME",
        "she called him honey, and we called it Honey. He wears Marvel shirts.",
        "Our team takes referrals from GPs, A&E, and the 111 option.",
        "So I went home and read Chekhov. She quizzed me.",
        "A 1972 Volvo, which his son washes. Stop calling her Sinjura, she said.",
        "around Remembrance Sunday; she's Portuguese, from Madeira; counsellor, Atlantic Canada.",
    ],
)
def test_plural_possessives_shouts_endearments_acronyms_authors_cars_and_regions_stay_unflagged(
    text,
):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("a guy everybody calls shug. first time i met him", "NAME", "shug"),
        ("a lad who everyone calls blaze (not his real name, he'd kill me)", "NAME", "blaze"),
        ("a deaf 15 year old, goes by phoenix (chose it himself)", "NAME", "phoenix"),
        ("Patient: A.B.O., 27, female Hosp. No.: MCH/PSY/0049817", "NAME", "A.B.O."),
        ("> Student: Harmony, grade 3 > Enrolled: 09/14/2023", "NAME", "Harmony"),
        ("a 16 y/o girl, destiny (she insists on lower case, she says", "NAME", "destiny"),
        ("One of our girls, willow (she writes it lowercase on everything), 17", "NAME", "willow"),
        (
            'The card said "Thank you for helping me find the words. Jess x"  I read it',
            "NAME",
            "Jess",
        ),
        ("kids with big anxiety. Brisbane-ish. Writing this", "LOCATION", "Brisbane"),
        (
            "the lease with him: 1187 Sixth Avenue South, postal code T1J 0A1",
            "LOCATION",
            "1187 Sixth Avenue South",
        ),
        ("at St. Finbarr's on 12ú Eanáir — she wrote the date in Irish", "DATE", "12ú Eanáir"),
        ("she went by moth.queen everywhere online because", "USERNAME", "moth.queen"),
        (
            "I made a group and called myself radhamani.teacher because",
            "USERNAME",
            "radhamani.teacher",
        ),
    ],
)
def test_small_names_after_calls_record_fields_asides_kisses_towns_streets_irish_dates_handles(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "everyone calls him lazy; they call her sweetie; what the staff call sundowning.",
        "her blessing to share (with her first name, she said) and",
        'she wrote "see you soon. Love x" and left',
        "Perinatal midwife, Munster. Psicólogo comunitario en México. We used Te Whare Tapa Whā.",
        "The paediatrician at the DHB said so; a Mental Health Support Team practitioner.",
    ],
)
def test_words_after_calls_asides_closings_provinces_models_and_bodies_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Earl was ninety-four and a veteran of Korea, and he had a dog.", "NAME", "Earl"),
        ("Con is 101. Yes. A farmer all his life.", "NAME", "Con"),
        ("Bobby Ray walked into our office three years ago.", "NAME", "Bobby Ray"),
        ("> Patient: D. Kowalczyk\n> Ward: 4", "NAME", "D. Kowalczyk"),
        ("a man I'll refer to as J.B., who has had treatment", "NAME", "J.B."),
        ("> 14:20. Reviewed R.T. (custody no. 448) in the health centre", "NAME", "R.T."),
        ("Kokum Rose is a Cree grandmother who came to us.", "NAME", "Rose"),
        ("first time i met Big Tone he was sleeping in a car", "NAME", "Big Tone"),
        ("Yiayia Eleni was referred to me at 96 by her GP because", "AGE_OVER_89", "96"),
        ("written 1 Hamal 1365, the Afghan solar calendar", "DATE", "1 Hamal 1365"),
        (
            'his birth date in my awful Latvian, "1968. gada 3. martā", and',
            "DATE",
            "1968. gada 3. martā",
        ),
        ("> 07-Sep-2023, 14:20. Seen on the unit.", "DATE", "07-Sep-2023"),
        ("I work for Fig Tree Street Team, and one thing", "LOCATION", "Fig Tree Street"),
        ("his boss. Kaweka Timber is a medium-sized outfit", "ORGANIZATION", "Kaweka Timber"),
        ("Lotus Bay Seafoods is a small family business", "ORGANIZATION", "Lotus Bay Seafoods"),
        ("or call the warmline at (414) 555-0188 any evening.", "PHONE", "(414) 555-0188"),
        ("parked up on a back road with his ute (MHT827) and a hose", "VEHICLE_ID", "MHT827"),
        (
            "his stuff's going up online under tyreseproduces, one tune",
            "USERNAME",
            "tyreseproduces",
        ),
        ("> **Address:** Ngongotahā\n> **Reason:** completed", "LOCATION", "Ngongotahā"),
        (
            "Address on discharge: 22 Carlyle Terrace, Hartlepool\n",
            "LOCATION",
            "22 Carlyle Terrace, Hartlepool",
        ),
        ("a card from a family on the Govan side of the river.", "LOCATION", "Govan"),
        ("Tama came onto Rangitoto ward in a very unwell state", "LOCATION", "Rangitoto ward"),
        ("she moved back to Ōtāhuhu last year", "LOCATION", "Ōtāhuhu"),
        ("I drove for.  Dale Hunter is a Vietnam-era vet, Army, who", "NAME", "Dale Hunter"),
        (
            "a sheep farmer, admitted to Ward Tegid on 03.11.22 under section",
            "LOCATION",
            "Ward Tegid",
        ),
        ("she went home to Fort Chipewyan, and started", "LOCATION", "Fort Chipewyan"),
        ("a youth outreach worker in Rankin Inlet, born", "LOCATION", "Rankin Inlet"),
        (
            "She came to us at Résidence Mer et Montagne after a fall",
            "ORGANIZATION",
            "Résidence Mer et Montagne",
        ),
        (
            "a worker on Thursday Island with Zenadth Kes Wellbeing Corporation, covering",
            "ORGANIZATION",
            "Zenadth Kes Wellbeing Corporation",
        ),
        ("Client: Pa Nhia Vang\nAge: 93\nLanguage: Hmong", "AGE_OVER_89", "93"),
        ("so there's this uncle, tan ah kow, 71 this year, lives alone", "NAME", "tan ah kow"),
        ("Now Lose (what her family calls her) is doing so much better", "NAME", "Lose"),
        ("I want to share about Apai Jalong anak Ugak. He is", "NAME", "Jalong anak Ugak"),
        ("He was admitted on 17hb Mac (the ward clerk writes", "DATE", "17hb Mac"),
        ("covers certain ZIP codes, and his, 96797, wasn't on the list", "ZIP", "96797"),
        ("Yesterday I saw T. Okafor at the clinic.", "NAME", "T. Okafor"),
        ("Men like M. Bouchard do not ask for help.", "NAME", "M. Bouchard"),
        ('"RE: Mr W. KOWALCZYK, 41. Polish national', "NAME", "W. KOWALCZYK"),
        ("My colleagues. Especially Joy, our charge nurse, who has been", "NAME", "Joy"),
        ("For context: Grace is in her sixties, recurrent depression", "NAME", "Grace"),
        ("ACT team clinician in Lowell. ACT is the team that goes out", "LOCATION", "Lowell"),
        ("> Client: H. Tawhiri   NHI: ZKT4471   DOB: 03/08/1949", "NAME", "H. Tawhiri"),
        (
            "> Client: Ana Yesenia Portillo Guardado\n> Admit: today",
            "NAME",
            "Ana Yesenia Portillo Guardado",
        ),
        ('and a message: "Bimpe here. Remember me? My daughter', "NAME", "Bimpe"),
        ("i'll call him what everyone calls him, dougie, who when i", "NAME", "dougie"),
        ('like I was still clever even when I was ill. From T.H."', "NAME", "T.H."),
        ("He's called Sunday Okafor. Nigerian, Igbo.", "NAME", "Sunday Okafor"),
        ("He logs on as migizi.runs and for the first three months", "USERNAME", "migizi.runs"),
        ("C.Psych. (registration 7741, for the people who keep asking", "LICENSE_NUMBER", "7741"),
        ("watching someone at ninety-one decide it isn't too late", "AGE_OVER_89", "ninety-one"),
        ("Her friend's anniversary was the 15 Meán Fómhair. We had", "DATE", "the 15 Meán Fómhair"),
        (
            "by the lunar calendar, mùng 5 tháng 4 âm lịch. He came",
            "DATE",
            "mùng 5 tháng 4 âm lịch",
        ),
        ('"Trentham Ward, bed 12. Adm Tues post-OD."', "LOCATION", "Trentham Ward"),
        (
            "a traineeship with the Macquarie River Ranger Group and he",
            "ORGANIZATION",
            "Macquarie River Ranger Group",
        ),
        (
            "a scheme run by Ladywood Befrienders, having arrived",
            "ORGANIZATION",
            "Ladywood Befrienders",
        ),
        (
            "the student council of Bolsa Grove Intermediate and asked",
            "ORGANIZATION",
            "Bolsa Grove Intermediate",
        ),
    ],
)
def test_great_ages_records_initials_kin_sizes_calendars_trades_local_lines_and_wards(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rent was 95, and the room was cold.",
        "Seen U.S. doctors before; saw a.m. and p.m. staff.",
        "I love Big Sean and Lil Wayne; the Big Issue seller waved.",
        "What's the address: The one on file, I said.\nAddress: NFA\n",
        "the Irish side of the family, the English side of the border",
        "call the crisis line on 1-800-273-8255, or 116 123, or 988 any time",
        "the crisis line on 0800 543 354 any time, or Kids Helpline on 1800 551 800",
        "reading Oliver Sacks; Cathy Freeman ran.",
        "she was up under observation, and it went out under sedation",
        "the bus (M15) was late",
        "He is handsome, that one. Salamat po.",
        "Mémère runs it like a general, and Pépère sings.",
        "from across Nebraska and the Dakotas; a small town in the Maritimes.",
        "a lot of Mam and K'iche' speakers; half of it was in Mam.",
        "the Royal Flying Doctor Service and the Indian Health Service helped.",
        'He sat there from Subuh to Isyak. "See, Cik. Not useless."',
        "this man, very tired, 71 years of age; three zip codes and 40000 residents",
        "Hospital MRN (for the transfer packet) and the NHS DOB field",
        "one Chuck E. Cheese party; a 30 y/o M. Mood good; we went with plan B. Then we left",
        "she sprinted the last 100m like someone was chasing her",
        "Setting: my office, 7:40 a.m., a Tuesday in March. A MEN'S GROUP. For Haitian men.",
        "Brought by Gardaí. A fixture list next to it, Aston Villa, because of course.",
        "a map of the Atlantic with pen marks; she'd come from Côte d'Ivoire to study",
        '"C\'est ma fille ça!" and "Nobody here. Come back."',
    ],
)
def test_ages_of_things_common_initialisms_size_things_empty_fields_and_figures_stay_unflagged(
    text,
):
    assert found(text) == []


def test_a_post_in_scottish_gaelic_reads_as_another_language():
    text = (
        "Halò a h-uile duine. Is e banaltram a th' annam, agus tha mi ag obair anns na "
        "h-eileanan fad còrr is fichead bliadhna. Bha mi airson rudeigin beag a roinn leibh, "
        "oir uaireannan bidh sinn a' dìochuimhneachadh carson a tha sinn a' dèanamh na "
        "h-obrach seo. Tha e a-nis ag obair air a' chroit, agus tha sin cudromach."
    )
    assert unsupported_language(text) == "gd"
    assert [c for c, _ in found(text) if c == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a bloke who tells you. Ndeveth if you somehow ever read this, it", "Ndeveth"),
        ("For context: Briobond is in her sixties, recurrent depression", "Briobond"),
        ("after a suicide attempt. Pimbaikrei, twenty-two, first-generation,", "Pimbaikrei"),
        ("so this is going to be quick.  Siond, fourth grade, was referred", "Siond"),
        ("a young guy on my caseload, i'll call him ndeveth because thats close", "ndeveth"),
        ("she told me on day one to call her dreim because the long name", "dreim"),
        ("everyone called me ndouroax at school because nobody could spell", "ndouroax"),
        ("after group mr. ndeveth shook my hand and said", "ndeveth"),
        ("the MGR song. Ndeiriokoth, you made my year.", "Ndeiriokoth"),
    ],
)
def test_names_nobody_has_met_after_cues_ages_grades_titles_and_addresses(text, value):
    assert ("NAME", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Farmer, fifty-nine, third generation; Maths, fourth grade, was hard.",
        "they called me stupid at school; he called me back at noon; the dr said no.",
        '"Honestly, you are great. Anyway, you know. Warden, you have to stay here."',
    ],
)
def test_words_after_those_cues_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            '"Fourteenth of August, nineteen fifty-two, love, in case"',
            "DATE",
            "Fourteenth of August, nineteen fifty-two",
        ),
        ("The people: - Big Dessie in the kitchen, who", "NAME", "Big Dessie"),
        ("yekenyeley\n\nSaba", "NAME", "Saba"),
    ],
)
def test_dates_with_years_in_words_bulleted_nicknames_and_kin_words_that_are_names(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'she said. "Grazie, Nonna."',
        "I've been sitting with an old Cornishman for a month.",
        "Music in the evenings: Jim Reeves; Ken Barlow on the telly; reading about Mary Seacole.",
    ],
)
def test_kin_thanked_people_of_a_county_and_public_figures_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("I almost fell off my chair. - J.T., who I've written about here", "NAME", "J.T."),
        ("Peer support specialist, Hilltop neighborhood, Tacoma.", "LOCATION", "Hilltop"),
        ("Wade, if you're reading this, tell Biscuit I said hi.", "NAME", "Wade"),
    ],
)
def test_initials_before_who_quarters_and_names_that_are_words_addressed(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good neighborhood, this. A poor neighborhood, and the Irish neighbourhood.",
        "Pal, if you ever read this, thanks. Girl, if you ever somehow see this: well done.",
        "I thought I was a bad Jew. We talked about Springsteen.",
        "the U.S., who knew",
    ],
)
def test_sentence_capitals_before_quarters_words_for_friends_faith_and_figures_stay_unflagged(
    text,
):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("A truck driver, known to everyone as Gazza, was referred", "NAME", "Gazza"),
        ("When Riverside Clinic called, she answered.", "ORGANIZATION", "Riverside Clinic"),
        ("But this post is about a client. Bec is in her thirties, works", "NAME", "Bec"),
        ("Her admission date was 9.2.24, which I remember", "DATE", "9.2.24"),
        (
            "his church, Abundant Grace Assembly in Bantama.",
            "ORGANIZATION",
            "Abundant Grace Assembly",
        ),
        ("Lola Conching, 83, admitted nung ika-3 ng Marso for", "DATE", "ika-3 ng Marso"),
        ("His wife, Naw Paw Say, brought him to us", "NAME", "Naw Paw Say"),
    ],
)
def test_nicknames_after_trades_opening_words_surnames_before_decades_and_more_dates(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "like giving away your dog. When the Royal Flying Doctor Service clinic came through",
        "seeing a psychiatrist. Many asked me to write it down. He sat with Mak Cik for a while.",
        "version 1.2.24 was released; a tabby called Pickle",
        "the RSL and the Active Ageing Centre",
    ],
)
def test_bodies_after_opening_words_quantifiers_kin_titles_and_versions_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("I texted Kiran last night.", "NAME", "Kiran"),
        ("Andy Murray, 52, was admitted.", "NAME", "Andy Murray"),
        ("Dr Mak saw her, and Anita Mak came.", "NAME", "Mak"),
        ("Hashem came to visit.", "NAME", "Hashem"),
        ("Raya came by yesterday", "NAME", "Raya"),
        ("Pt is a 94YOM, alert", "AGE_OVER_89", "94YOM"),
        ("She moved to Arctic Bay.", "LOCATION", "Arctic Bay"),
        ("I gave Riverside Clinic an F", "ORGANIZATION", "Riverside Clinic"),
        ("Tavrien, you made my year.", "NAME", "Tavrien"),
        (
            "tell dr yodem thank you when she came in, i was so tired and i said ok.",
            "NAME",
            "yodem",
        ),
    ],
)
def test_common_names_given_names_that_are_words_and_places_after_the_review(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "i'm dead fr lmaoo. got my dr appt tmrw",
        "Nan is in her eighties. Gran was in her late seventies.",
        "Imported stuff. From U.S.\nThe U.S. is big. Saw P.T. twice this week for my knee.",
        "a Facebook Group",
        "1. Julie said so.",
        "we were going at ninety down the motorway",
        "I help with Science projects; vitamin D. Brown rice helps",
        "Address: Unknown, moved around a lot\n",
    ],
)
def test_slang_kin_initialisms_list_numbers_speeds_and_letters_stay_unflagged(text):
    assert [c for c, _ in found(text) if c != "NAME" or "Julie" not in text] == []


def test_a_given_name_after_a_list_number_or_junior_is_no_date_nor_organisation():
    assert found("her son, Bobby Junior, came; 2 of Julie's friends") == [
        ("NAME", "Bobby Junior"),
        ("NAME", "Julie"),
    ]


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "mr boyd is 94 and has been on our service since the spring. retired",
            "AGE_OVER_89",
            "94",
        ),
        ("> Patient: Ó Súilleabháin, Seán\n> MRN: K2200419", "NAME", "Ó Súilleabháin, Seán"),
        ("Nanny Bea is ninety-one and dying", "NAME", "Bea"),
        ("Then on.\n\nOllie is in second year now and he's a student rep", "NAME", "Ollie"),
        ("she wanted everyone to call her Gigi now, because it is a happy name.", "NAME", "Gigi"),
        ("Discharge planned for the new year. I'll miss them.\n\nBea, CPN", "NAME", "Bea"),
    ],
)
def test_ages_of_mr_written_small_irish_fields_nannies_years_kin_names_and_role_sign_offs(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'since Easter told me, clear as a bell. She said, "Good," and walked off.',
        "To any vet reading this: dial 988 and Press 1. Any hour.",
        "the Farm Household Allowance; the Royal family visited; Nightline and the Eras Tour",
    ],
)
def test_holidays_options_quoted_words_and_bodies_stay_unflagged(text):
    assert found(text) == []


def test_a_capes_town_is_a_place_and_its_people_no_place():
    assert ("LOCATION", "Cape Breton") in found("Addictions counsellor, Cape Breton. Been sober")
    assert found("My family is Cape Verdean, from the islands; she moved to Cape Verde.") == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("I'm told Mrs. Eze is cooking a celebration dinner on Sunday.", "NAME", "Eze"),
        (
            "Client I'll call by his nickname because he insists on it: Sonny. Sixties.",
            "NAME",
            "Sonny",
        ),
        ("A man on my caseload, R.K., is in his forties, Gujarati.", "NAME", "R.K."),
        ("Client: X. Cabdi    Case #: HCM-40718\nReferral reason: none.", "NAME", "X. Cabdi"),
        ("She's been sober since Paddy's Day 2022. That was her pick.", "DATE", "Paddy's Day 2022"),
        ("since St. Patrick\u2019s Day 2019 she", "DATE", "St. Patrick\u2019s Day 2019"),
        ("We met on Canada Day 2021.", "DATE", "Canada Day 2021"),
        (
            "a placement at Northland Steel Fabricators, doing finishing work",
            "ORGANIZATION",
            "Northland Steel Fabricators",
        ),
    ],
)
def test_names_by_a_colon_initials_set_off_holidays_of_a_year_and_trades(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # an event's gloss needs a comma, a bracket or a dash, or the name's own words
        "The Sabantuy summer festival was loud; he danced at the Coming of the Light celebration.",
        "the youngest called her Mammy at the first overnight",  # a word for a mother
        "COME HEAR US PLAY FOR CARNIVAL. I'll go to Carnival.",
        "The form has a Case #: field and a Hope #: box.",  # a field's label
        "The name of the game: Patience.",
        "he talked about the Lakers for ten minutes",
        "It was Still I Rise. Lin-Manuel Miranda, anything by Bruce Perry.",
        "Chaplain, mostly nights. Uniting Church background but the job is for everyone.",
        "Keep your humour. Join the Canadian Mental Health Association events if you can.",
        "He's at the centre (our partner org) now.",
        "rural clients across the mountain West. I do almost everything by video",
        "We moved to Washington, D.C., last year.",
        "he got into running because of Billy Mills, he had a poster",
    ],
)
def test_glosses_mothers_carnival_labels_teams_works_churches_and_regions_stay_unflagged(text):
    assert found(text) == []


def test_a_family_in_the_plural_is_still_a_name():
    assert names("We had the Okafors over for tea.") == ["Okafors"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The card said THANK YOU NOOR FOR EVERYTHING.", "NOOR"),
        ("She wrote in marker: MY SON TOMASZ IS HOME.", "TOMASZ"),
        ("Dear ABDI, we miss you.", "ABDI"),
        ("The card ended:\nLOVE, ZORVETH", "ZORVETH"),  # a name of no list
        ("DEAR ABDI HASSAN, WE MISS YOU", "ABDI HASSAN"),
        ("I sat with J.R. for an hour and we talked.", "J.R."),
        ('His label said: "PROPERTY OF K.R., DO NOT TOUCH."', "K.R."),
    ],
)
def test_names_in_capitals_after_a_cue_and_two_initials_alone(text, value):
    assert names(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "THANK YOU SAMHSA AND THANK YOU CAMHS",  # an initialism's letters
        "ARE YOU OK? HEY YOU GUYS. DEAR DIARY. I LOVE YOU MOM.",
        "I re-read C.S. Lewis's A Grief Observed; he wrote to J.K. Rowling once.",
        "Q.E.D. Grief can be carried. We were O.K. by then and got a T.V. for the U.S. trip.",
    ],
)
def test_acronyms_words_public_initials_and_abbreviations_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'He shouted "Oi! Look at me now!" across the car park.',
        "Get him talking about Country. Born 3/8/2023, so yes, she's a Libra.",
        "Taking a Texan's guns is hard. His dad's side is Ngāpuhi; she speaks a bit of Toisan.",
        "My colleague went with her to the NADRA office. The KIRAN helpline is free.",
        "Feeling Good by David Burns; Henri Nouwen wrote that; a poem by Forough Farrokhzad.",
        "when Kiri Te Kanawa sang it; \u201cRita Hayworth\u201d and all; the whole of Wordsworth's daffodils",
        "> **Referral to:** Whānau Ora navigator service",
    ],
)
def test_interjections_signs_peoples_bodies_in_capitals_and_public_figures_stay_unflagged(text):
    assert names(text) == []


def test_a_name_in_capitals_before_a_verb_is_still_a_name():
    assert names("KIRAN CALLED ME TODAY") == ["KIRAN"]


@pytest.mark.parametrize(
    "text",
    [
        "I grew up here, I'm Iñupiaq. I'm Lumbee, born and raised here.",
        'talking about "going to join Amatxi," meaning his late wife',
        "with a young bilagáana from back East. We moved up North when I was ten.",
        "Vor zwei Jahren kam eine Frau Anfang fünfzig zu mir.",  # a woman, no title
    ],
)
def test_peoples_kin_ways_and_a_womans_age_in_german_are_no_names(text):
    assert names(text) == []


def test_a_title_after_the_definite_article_and_a_name_in_capitals_after_a_colon():
    assert names("La señora Pérez me llamó.") == ["Pérez"]
    text = (
        "a man I'll call by the name he signs his cards with, in capitals because he "
        "only ever writes in capitals: DALE. Underground miner for thirty years."
    )
    assert names(text) == ["DALE"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Context: Jerome, mid-30s, third admission with psychotic depression.", "Jerome"),
        ("wins are.\n\nEspy is a 34-year-old mom of three who started with us", "Espy"),
        ("about a plastic card.\n\nNur is Rohingya. She was born in a camp", "Nur"),
        ("Thank you to FEMI, who sang gospel on nights", "FEMI"),
        ('The referral read: "Re: Yohannes T., NHS no. 486 201 7735."', "Yohannes T."),
        ("He said it.\n\nJ., if this ever somehow reaches you: green was the colour.", "J."),
        ("Meds reviewed.\n\nKoaden, if this ever reaches you, thank you.", "Koaden"),
    ],
)
def test_names_before_ages_of_decades_said_to_be_a_people_addressed_and_with_initials(text, value):
    assert value in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "OT on an adult community team in Coburg (Vic). Had to share this.",
        "University counsellor, Friday reflection, keeping it vague. We had Sunday lunch.",
        "Semper Fi. Livin' on a Prayer by Bon Jovi. He played Tutira Mai at handover.",
        "Thanks to NAMI, who run the classes. Summer is a 34-year-old kind of season.",
        "Kia ora koutou. She comes to the rangatahi group at Te Puna Ora Trust.",
        "Some Movicol for the bus ride; some Luvox once his psychiatrist agreed.",
    ],
)
def test_states_days_mottos_songs_bodies_drugs_and_parts_of_names_stay_unflagged(text):
    assert names(text) == []
    # "Vic" after a town, and "ora" of "Kia ora" (the listed "Ora" inside a body's name)
    assert not any(c == "LOCATION" and v in {"Vic", "ora"} for c, v in found(text))


def test_a_name_that_is_a_day_is_still_a_name_before_a_verb():
    assert names("His name is Sunday Okafor. Sunday cried.") == ["Sunday Okafor", "Sunday"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I met John K. Mwangi today.", "John K. Mwangi"),  # a given name that is a word
        ("Signed, JOHN P. MWANGI", "JOHN P. MWANGI"),
    ],
)
def test_a_given_name_a_middle_initial_and_a_surname_are_one_name(text, value):
    assert names(text) == [value]


def test_a_brand_with_an_initial_is_no_name():
    assert names("kicked out of one Chuck E. Cheese birthday party") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I met Thandeka van der Merwe today.", "Thandeka van der Merwe"),
        ("He wrote it on the whiteboard in big letters: TASHREEQ. I nearly cried.", "TASHREEQ"),
        ("Sergeant First Class (ret.) Wendell Greer was homeless", "Wendell Greer"),
    ],
)
def test_names_with_particles_of_other_languages_in_capitals_after_writing_and_after_a_rank(
    text, value
):
    assert names(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "He wrote in capitals: STOP. He wrote it in capitals: CAMHS.",
        "Nae magic. Nae big speech. Staring at GPS maps.",
        # (not "Nollaig na mBan": "Nollaig" is a given name too, and stays one)
        "not for the Peter McVerry people; prints of Tweety Bird",
        "He reads him westerns. Louis L'Amour, mostly.",
        "security. I'm Uniting Church, but in here I'm chaplain to everyone",
    ],
)
def test_words_in_capitals_scots_festivals_bodies_characters_and_faiths_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "HAPPY BIRTHDAY NONNA. LOVE, GRAMMY. THANK YOU ABUELITA. HEY SIRI.",
        "THANK YOU WHANAU. WELCOME TAMARIKI. THANK YOU OZEMPIC.",  # thanked: no name of no list
        "She's an N.P. now. The D.A. dropped the charges. It was a T.B. test. He took A.P. classes.",
        "We'll call them back after the team decides: Tuesday.",
        "He can't remember the name, but he knows the new drug: Lybalvi.",
        "Chapel on Sundays. Sunday is Samoan, Saturday is Tongan. Hope is Irish.",
        "Thanks all.\nP.S. if you are new here, welcome.",
        "I asked the Dr. Said he'd call. The Dr Ward round was at 9.",
        "Coburg (Vic.) is where I work.",
    ],
)
def test_the_new_name_rules_leave_kin_thanks_abbreviations_days_peoples_and_rounds_alone(text):
    assert names(text) == [], names(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I told Priya no: she can't keep doing this.", "Priya"),
        ("THANK YOU, NOOR", "NOOR"),
        ("DEAR JO, I MISS YOU", "JO"),
        ("I sat with J. R. for an hour.", "J. R."),
        ("John K. Mwangi came in today.", "John K. Mwangi"),
        ("My client Dene came in today.", "Dene"),
    ],
)
def test_names_the_review_found_lost_or_missed(text, value):
    assert value in names(text)


def test_a_wish_in_french_at_a_posts_end_is_no_name():
    # "le" before a word written small is French, not a name's particle
    assert names("We talked to them like a person.\n\nBonne soirée tout le monde.") == []


@pytest.mark.parametrize(
    "text",
    [
        "today a bloke i've been seeing since summer told me. i write small",
        "WE WILL NEVER FORGET IT, A NURSE HOLDING HIS HAND.",
        'Cô ơi, she said. She said "Āe" at the end. Our kaumātua kapa haka group performed.',
        "the only Scotsman for 500 km; an Irishman came too",
        "He wants to do Henri Matisse; Anna Karenina. Primo Levi.",
        "I'm a peer worker on a warmline.",  # (not "John Newton": a name anyone may bear)
        "Case manager at a senior center, New Mexico. Adult Protective Services caseworker.",
    ],
)
def test_seasons_shouted_words_vocatives_peoples_epics_and_states_stay_unflagged(text):
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("J.W., if you ever read this, I'm sorry.", "J.W."),
        ("I sat with R.T. for an hour after the call.", "R.T."),
        ("Last year K.M. shot himself in the garage.", "K.M."),
        ("MR STILL WAS THE BEST TEACHER EVER.", "STILL"),
        ("THANK YOU MR SHARP FOR EVERYTHING.", "SHARP"),
        ("I hadn't heard from her until Summer texted me last night.", "Summer"),
        ("HAPPY BIRTHDAY ZORVETH!! WE LOVE YOU.", "ZORVETH"),
        ("Everyone calls her by her nickname, which she insists on: June.", "June"),
        ("Nollaig rang me last night about her son.", "Nollaig"),
        ("I had a session with Matisse yesterday, she is twelve.", "Matisse"),
        ("I told my Dr. Ward about it and she listened.", "Ward"),
        ("Grace is Samoan and has three kids.", "Grace"),
        ("On the ward round Jenny asked me how I was coping.", "Jenny"),
    ],
)
def test_names_a_second_review_found_hidden_by_the_new_exclusions(text, value):
    assert value in names(text)
    assert not any(c == "LOCATION" and v == value for c, v in found(text))


def test_a_shout_in_big_letters_is_no_name():
    assert names("He wrote it on the whiteboard in big letters: NOOOO.") == []


def test_a_singer_played_is_no_person():
    # "play" as "played" and "playing": a singer's or a role's name, not a client's
    assert names("his dad used to play Paul Kelly in the car; she asked to play Lear") == []
    assert names("He wanted to play Jenga with Tomasz.") == ["Tomasz"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a Māori elder's word before a name that is an English word too
        ("We visited Koro Tame at home on Thursday.", "Tame"),
        ("Kuia Mere came to the hui with her moko.", "Mere"),
        # after an elder's word, a show's or a brand's name is the person's nickname
        ("Uncle Bluey taught me more than any textbook.", "Bluey"),
        ("Nan Bluey laughed at the whole thing.", "Bluey"),
    ],
)
def test_a_name_after_an_elders_word_though_it_is_a_word_or_a_show(text, value):
    assert names(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Google told him he was dying.",  # after a doctor's title, still the body
        "She said Mother Nature has her own plans.",
        "my koro said no to the meeting",
    ],
)
def test_a_body_or_a_personification_after_a_title_stays_unflagged(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('LOVE, THE DOHERTY FAMILY X"', ["DOHERTY"]),
        ("THANK YOU TO THE KOWALSKI HOUSEHOLD!!", ["KOWALSKI"]),
        # in capitals, an English word before "FAMILY" is no surname
        ("THE BEST FAMILY EVER", []),
        ("THE ROYAL FAMILY", []),
    ],
)
def test_a_surname_before_family_in_capitals(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a letter glued to a number: an age and a sex, a unit
        "Intake excerpt:\n> 67F, Dominican, referred by PCP for nerves.",
        # the verb "named" in a perfect tense: its object stands before it
        "a lot of grief nobody had named yet. His father died the year before",
        # a team's plural possessive after "the"
        "he has strong opinions about the Seahawks' offensive line, which I do not share",
        # a point of the compass before a people
        "Counsellor, South Asian community mental health program.",
    ],
)
def test_units_verbs_teams_and_peoples_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a kid everyone has named shug, it stuck.", "shug"),  # a word of no dictionary
        ("we ate at the Ndlovus' house after the funeral.", "Ndlovus"),  # a family's
        ("Pt is 45, Somali, and Jo, 45, lives alone.", "Jo"),
    ],
)
def test_names_beside_the_new_exclusions_stay_names(text, value):
    assert value in names(text)


def test_a_word_written_small_after_an_article_is_not_found_again():
    text = (
        "It was his aunt, Tití Carmen, who came every week. It's never one person. "
        "It's a tití and a pastor and a clinic nurse."
    )
    # "Tití" (a word for an aunt) read as part of the name is no name after "a"
    assert found(text, "NAME") == [("NAME", "Tití Carmen")]


def test_words_of_a_body_read_as_a_name_are_not_found_again_as_names():
    text = (
        "Promotora program coordinator here. Our organisation, Promotoras Unidas, trains "
        "women as mental health promotoras."
    )
    assert ("ORGANIZATION", "Promotoras Unidas") in found(text)
    assert [v for c, v in found(text) if v.lower().startswith("promotora") and c == "NAME"] == [
        "Promotoras Unidas"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She wants to rent a flat in East Ham near her cousin.", ["East Ham"]),
        ("She grew up in South Central.", ["South Central"]),
        # a point of the compass and a part of a land, a region, a people: no town
        ("She grew up in East Africa.", []),
        ("in East Coast cities the waits are long", []),
        ("in East Asian families we rarely talk about it", []),
        # a book's title after "in"
        ("his stubborn honesty in Love's Executioner. Those books shaped me.", []),
        ("they moved to Love County last year.", ["Love County"]),
    ],
)
def test_a_point_of_the_compass_and_a_word_after_a_preposition(text, expected):
    assert [value for _, value in found(text, "LOCATION")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last month she opened her own salon. She named it Lotus Bloom Nails, because",
            ["Lotus Bloom Nails"],
        ),
        ("He started a bakery and called it Crumbs.", ["Crumbs"]),
        # no business opened before it: a pet, a journal
        ("She got a puppy and named it Biscuit.", []),
        ("She opened a journal and named it Hope.", []),
    ],
)
def test_a_business_named_after_it_was_opened(text, expected):
    assert [value for _, value in found(text, "ORGANIZATION")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a god's name that is a given name as often: a person where no word of worship is near
        ("apologies.  Lakshmi was 38 when she came to our OPD with her husband", ["Lakshmi"]),
        ("My client Krishna came in today with his mum.", ["Krishna"]),
        ("Dr. Durga listened to the whole story.", ["Durga"]),
        # beside words of worship, or a god's name no parent gives: the god
        ("We prayed to Lakshmi at Diwali.", []),
        ("She keeps a picture of Ganesh by her bed.", []),
        ("Lord Shiva dances, she told me.", []),
        ("he was reading the Qur'an with his son", []),
    ],
)
def test_gods_names_that_are_given_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a hospice on the edge of Savannah every Wednesday.", ["Savannah"]),
        ("on the outskirts of Savannah", ["Savannah"]),
        ("just north of Savannah, past the mill", ["Savannah"]),
        # "the south of ...": a part of a land
        ("a team in the south of Peninsular Malaysia.", []),
    ],
)
def test_a_town_after_a_part_of_it_and_of(text, expected):
    assert [value for _, value in found(text, "LOCATION")] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a Caribbean word for an aunt as a title, written small too
        ("an old lady on the ward this month, tanty merle, ninety-one years old", "merle"),
        ("everybody in her area calls Tanty Merle.", "Merle"),
        # after "Don", a given name that is a title elsewhere
        ("Everybody calls him Don Tito. When I started seeing him", "Tito"),
    ],
)
def test_names_after_titles_of_the_caribbean_and_spanish(text, value):
    assert any(value in n for n in names(text)), names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of no list before a person's kind set off by a comma
        ("last month. - Ffion, a fresher from up north who was so homesick", ["Ffion"]),
        # a record's fields in bold, a surname with a capital inside
        ("> **Patient:** D. MacAskill   **Hosp no.:** RX-0047719", ["D. MacAskill"]),
        # a word of size between the owner and the word for a person
        ("then his wee boy ruaridh ran into shot shouting", ["ruaridh"]),
        # a given name that is an English word too, before a surname of no list, in a shout
        ("in big confident capitals: MARY-JANE KATAQUAPIT — and then", ["MARY-JANE KATAQUAPIT"]),
        # words for kin in the plural (a surname of the lists stays a name); a man called by
        # one; a name that ends like one
        ("she takes care of twelve Lolas and Lolos of all backgrounds.", ["Lolos"]),
        ("she visits the Aunties every week", []),
        ("We call our oldest patient Pops. Everyone does.", ["Pops"]),
        ("brought to me by her husband, Amos, after the birth", ["Amos"]),
        # thanks of another language, an address, an author, a body, a brand
        ("The whole team listened to it on speaker. Twice.  Nakurmiik, my friend.", []),
        ('Waste of money, mind."  Diolch, boi.', []),
        ("holding it together with Sellotape. And their eldest is doing well", []),
    ],
)
def test_names_of_the_ninety_sixth_sets_kinds(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("terrified that Social Services would take her baby.", "ORGANIZATION", []),
        (
            "when she came to Bóthar Nua Women's Refuge that she",
            "ORGANIZATION",
            ["Bóthar Nua Women's Refuge"],
        ),
        ("> **Ward:** Glencoe (male, medium secure)", "LOCATION", ["Glencoe"]),
        ("Ward: Acute (male)", "LOCATION", []),
        ('"TO ALL THE NURSES ON GLENDALOUGH WARD, THANK YOU', "LOCATION", ["GLENDALOUGH WARD"]),
        ("ON THE ACUTE WARD THEY WERE KIND", "LOCATION", []),
        (
            "we got called out to a flat up in townhill at 3am. young woman, 19",
            "LOCATION",
            ["townhill"],
        ),
        ("rough history, lives in moyross with her three kids and a dog", "LOCATION", ["moyross"]),
        ("her daughter was born on 17.08.23. She hadn't told anyone", "DATE", ["17.08.23"]),
        ('— "urodziłem się piątego maja 1941" — and then', "DATE", ["piątego maja 1941"]),
        (
            'She said, "le douze mars mil neuf cent trente et un". Then',
            "DATE",
            ["le douze mars mil neuf cent trente et un"],
        ),
        ("she ate six mars bars", "DATE", []),
        ("admitted on Mon 6 Nov with the worst depression", "DATE", ["Mon 6 Nov"]),
        ("she sat 14 March exams", "DATE", ["14 March"]),
        ("her fax number at the top (01632 960417) so I faxed back", "FAX", ["01632 960417"]),
    ],
)
def test_the_ninety_sixth_sets_kinds(text, category, expected):
    assert [value for _, value in found(text, category)] == expected


def test_initials_found_by_a_rule_are_not_found_again_where_they_stand():
    from rewardkit.deid._names import NameDetector

    text = "I sat with J.R. for an hour. Later J.R. laughed and K.M. shot hoops."
    spans = [(d.start, d.end) for d in NameDetector().detect(text)]
    assert sorted(spans) == sorted(set(spans))  # each span once
    assert {text[s:e] for s, e in spans} == {"J.R.", "K.M."}
    assert len(spans) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surnames that end like a word for kin in the plural
        ("My client Mrs Das came in today.", ["Mrs Das"]),
        ("Dr Papas referred her to us.", ["Papas"]),
        # a god's name that is a given name: a word of worship must stand beside it
        ("My client Durga is from Sri Lanka and came here in 2009.", ["Durga"]),
        ("Lakshmi came in today. God knows how she is still standing.", ["Lakshmi"]),
        ("Krishna consciousness helped him stay sober.", []),
        # greetings, drugs, pets and fillers before ", a ..." are no names
        ("Hii, a nurse from Leeds here.", []),
        ("Duloxetine, a serotonin-norepinephrine reuptake inhibitor, was started.", []),
        ("Mochi, a golden retriever, visits the ward every Friday.", []),
        ("Anywho, a few days later, she called me.", []),
        # Scots and slang after "his wee boy", "my girl"
        ("his wee boy cannae settle at night", []),
        ("my girl lowkey carried the whole shift", []),
        # a family's plural possessive that is no English compound
        ("The Oyelowos' car was outside.", ["Oyelowos"]),
        # apps made elders; a unit's letters and a show before "FAMILY"
        ("Uncle YouTube taught him how to do it.", []),
        ("THE SCBU FAMILY RAISED £500", []),
        ("WE WATCHED THE ADDAMS FAMILY TOGETHER", []),
        # a word in a record's name field
        ("**Patient:** Withheld, 45", []),
        # a given name that is a word too, before a surname, in a shout
        ("GRACE OKONKWO CAME IN TODAY", ["GRACE OKONKWO"]),
        ("HOPE SPRINGS ETERNAL", []),
        # a word for a brother in Cebuano, addressed
        ("Salamat kaayo, Nong. Salamat sa Ginoo.", []),
    ],
)
def test_names_a_review_of_the_new_rules_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Forgiveness is at the heart of Christianity.", "LOCATION", []),
        ("I was right on the edge of Burnout.", "LOCATION", []),
        ("She was dressed head to toe in North Face.", "LOCATION", []),
        ("Ward: Paeds", "LOCATION", []),
        ("SHE WAS IN THE HDU UNIT", "LOCATION", []),
        ("THE ORTHO WARD WAS FULL", "LOCATION", []),
        ("she was in resus at 3am", "LOCATION", []),
        ("He started a new job and his manager called it Hell Week.", "ORGANIZATION", []),
        ("They started a food truck. Dad called it Tuesday.", "ORGANIZATION", []),
        ("Taking the Three Refuges changed him.", "ORGANIZATION", []),
        (
            "Elle est née le douze mars dix-neuf cent trente et un.",
            "DATE",
            ["le douze mars dix-neuf cent trente et un"],
        ),
        (
            "Elle est née le 1er mai mil neuf cent trente.",
            "DATE",
            ["le 1er mai mil neuf cent trente"],
        ),
    ],
)
def test_places_bodies_and_dates_a_review_of_the_new_rules_found(text, category, expected):
    values = [value for _, value in found(text, category)]
    # the whole date is found (a shorter rule may find its start too, merged away)
    assert set(expected) <= set(values) if expected else values == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is a word, in capitals, before a body, a place or a drug
        ("HOPE CAMHS CALLS BACK", []),
        ("CHASE CENTRELINK AGAIN", []),
        ("HOPE LEICESTER WIN TONIGHT", []),
        # a term or a drug defined, not a person known as it
        ("This is known as dysregulation.", []),
        ("Xylazine, also known as tranq, is showing up everywhere.", []),
        ("she's known as shazza. grog mostly", ["shazza"]),
        # shops and shows joined by "and"
        ("I went to Marks and Spencer and I bought socks.", []),
        ("We watched Tom and Jerry and I laughed.", []),
        # bodies do what clients do too
        ("It was a busy week. Barnardos contacted us about a placement.", []),
        # gods with the words of worship a little further off, or beside another god
        ("At Diwali we prayed to Lakshmi and Ganesh for the family.", []),
        ("She chants to Shiva every morning before her shift.", []),
        ("Om namah shivaya, Shiva.", []),
        ("Ya Allah, Rahman.", []),
        ("I do, Margaret. I will never forget it.", ["Margaret"]),
    ],
)
def test_names_a_second_review_of_the_newest_rules_found(text, expected):
    assert names(text) == expected


def test_a_word_of_another_language_after_account_is_no_handle():
    assert found("Her account, überwältigend, was hard to read.", "USERNAME") == []
    assert found("Find her on Instagram, @bjørnar_og_kari, she posts daily.", "USERNAME") == [
        ("USERNAME", "bjørnar_og_kari")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter or a card opened in another language, as "Dear" opens one
        ('The card says: "Annwyl Rhiannedd, diolch o galon."', ["Rhiannedd"]),
        ('She wrote: "Liebe Wiebke, danke für alles."', ["Wiebke"]),
        ('"Querida Yesenia, gracias por todo."', ["Yesenia"]),
        ('"Chère Ondine, merci pour tout."', ["Ondine"]),
        ("Liebe is what she called it. Cara Delevingne was on the telly.", []),
        # a nickname before the name it stands for
        ("Gizmo, real name Bartholomew, came in grinning.", ["Gizmo", "Bartholomew"]),
        ("He's about 300 pounds, real name unknown, and gentle.", []),
        # any word the text says is a name
        ("Nhial Both (yes, Both is his surname) came back.", ["Both", "Both"]),
        ("That is his name and he is proud of it.", []),
        # a given name that is a word, opening a paragraph, before an age that ends the sentence
        ("A good week.\n\nRay is 61. Drove trucks for forty years.", ["Ray"]),
        ("The rent is 61. We paid it.", []),
        # how a name written small is signed, and the given name before it
        ("so.\n\njimmy lee (that's how he signs everything) rang today.", ["jimmy lee"]),
        ('"Querida Yesenia: te quiero mucho."', ["Yesenia"]),
        ("Gizmo - real name Bartholomew - came in.", ["Gizmo", "Bartholomew"]),
        # what a review of these rules found: questions, idioms, letters to feelings, scores,
        # words written small before a name, apps
        ("How is your name spelled, I asked. He said How was a stupid question.", []),
        ("Anxiety is my middle name. Recovery is their name for the group.", []),
        ('She read a letter that began "Dear Anxiety, you took so much." Anxiety lies.', []),
        ("Her GAD-7 score was 15.\nMax is 21.\nBill is 45.", []),
        ("i dont know anymore.\nwill tovaki's mum ever ring back", ["tovaki"]),
        ("She is on Threads, real name and everything.", []),
        ("He signed the petition as Anonymous, real name withheld.", []),
    ],
)
def test_names_the_hundred_and_first_set_taught(text, expected):
    assert names(text) == expected


def test_cree_words_for_grandparents_and_the_nations_of_country_are_no_names():
    assert names("One of the boys asked Mosom if he'd teach him the old songs.") == []
    assert names("We drove through Wirangu and Kokatha country, big skies.") == []
    assert names("Gord Downie would understand. Hope for Wellness is there for us.") == []
    assert found("We met in the parking lot of a Hy-Vee, carts everywhere.") == []
    # surnames and given names that a body or a people bears too stay names
    assert names("Her psychiatrist, Dr. Meijer, changed the dose.") == ["Meijer"]
    assert names("I spoke with Iga about her mother.") == ["Iga"]
    assert names("I spoke with Dene about his drinking.") == ["Dene"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surnames of two English words after a title
        ("There's an elder here, Mr. Two Bulls, who used to fix our truck.", ["Two Bulls"]),
        ("Dr. Little Thunder saw her on Tuesday.", ["Little Thunder"]),
        ("Mrs. White Hawk rang back.", ["White Hawk"]),
        ("Give it to the Red Cross.", []),
    ],
)
def test_names_the_hundred_and_fourth_set_taught(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a neighbourhood named after a country
        ("He was brought in from home in Cambodia Town after five days.", "Cambodia Town"),
        # a place after a role in a post's opening line: a corner, and a role in French
        ("Settlement worker, Keele and Wilson. Mostly families from Ghana.", "Keele and Wilson"),
        ("Intervenante communautaire, Hochelaga. I'll write in English.", "Hochelaga"),
    ],
)
def test_places_the_hundred_and_fourth_set_taught(text, value):
    assert ("LOCATION", value) in found(text), found(text)


def test_a_province_after_a_role_in_an_opening_line_is_no_place():
    text = "Infirmière en soins palliatifs, hospice in Dieppe, New Brunswick. Long week."
    assert ("LOCATION", "New Brunswick") not in found(text)
    assert found("Peer worker, Mum and Dad. Joke.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chaplain on a psych unit for six years.\n\n— Chaplain, inpatient psychiatry, Ohio",
        "Thanks for reading.\n\n— Coordinator, youth outreach team",
        "He came in for his last Buvidal injection before he tapers off.",
        "Perinatal mental health practitioner, East of England. I speak Polish.",
        "He brought a photo of himself at the Communion, in a suit.",
        "The baby came in February, 3.8 kg, loud.",
    ],
)
def test_the_hundred_and_fourth_sets_false_alarms(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reader told what to call someone, written small
        ("young lad, call him dougie because that's what everyone calls him", ["dougie"]),
        ("i rang the ward, call him back later, they said.", []),
        # a word said to be a nickname, and the name with "'s" before it
        ("Rusty has been his nickname since he was six.", ["Rusty"]),
        ("Both's his surname, and he likes it said right.", ["Both"]),
        ("Trouble was his middle name, his nan used to say.", []),
        # the pronouns a person goes by, in brackets after a name that is a word
        ('"I didn\'t know people did that. — Wren (they/them, finally)"', ["Wren"]),
        ("Our new Chair (she/her) opened the meeting.", []),
        # a word of no list opening a sentence, before a verb said of people
        ("The nurses came out to listen. Losana stood in the middle of them.", ["Losana"]),
        ('"Thank you."\n\nTharsika now volunteers with a peer support line.', ["Tharsika"]),
        ("For months his old Camry sat in the driveway with a flat battery.", []),
        # a given name opening a paragraph, thanked
        ("He's off the drink now.\n\nRawiri, e koro — thank you for letting me sit.", ["Rawiri"]),
        ("He's off the drink now.\n\nHonestly, thank you all.", []),
        # "Bay of Plenty": a place's feature before its name, no given name
        ("Kaupapa Māori mental health service, Bay of Plenty. I'm a nurse.", []),
    ],
)
def test_names_the_hundred_and_fifth_set_taught(text, expected):
    assert names(text) == expected


def test_an_initial_that_signs_a_quoted_note_keeps_its_full_stop():
    text = 'She wrote: "I sleep like a baby now. — M."\n\nWe pinned it up.'
    assert found(text) == [("NAME", "M.")]


@pytest.mark.parametrize(
    "text",
    [
        # a church's denomination names a church at the end of a name only
        "I'm a short, bald, Presbyterian Pākehā bloke in a cardigan.",
        # a national charity named generically
        "I send almost every family to the Butterfly Foundation resources first.",
        # a German article before "Weg": a song, no street
        "Geholfen hat unter anderem Der Weg von Herbert Grönemeyer.",
        # all day, every day
        "Six bedrooms, a big kitchen, staff on 24/7, nobody in uniform.",
        # a line free to call, in another language
        "Wie het zelf moeilijk heeft: bel 113 of gratis 0800-0113, dag en nacht.",
    ],
)
def test_the_hundred_and_fifth_sets_false_alarms(text):
    assert found(text) == []


def test_a_church_named_by_its_denomination_is_still_found():
    assert found("We met at Grace Presbyterian on Sunday.") == [
        ("ORGANIZATION", "Grace Presbyterian")
    ]
    assert ("LOCATION", "Goethe Platz") in found("Sie wohnt nahe Goethe Platz.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people greeted in a card's opening, in another language
        ('"Querida Xiomara y Tomás, gracias por todo."', [("NAME", "Xiomara y Tomás")]),
        ("Liebe Wiebke und Jörg, danke.", [("NAME", "Wiebke und Jörg")]),
        ("Liebe Grüße und Küsse, Oma.", []),
        # one initial opening a sentence before what only a person does
        ("J. went to the dentist on his own.", [("NAME", "J.")]),
        ("Take vitamin D. Said my GP.", []),
        # a verb asking the reader to reach a body is no part of its name
        ("Call Two Rivers Clinic today if you need help.", [("ORGANIZATION", "Two Rivers Clinic")]),
        ("Ask Riverside Clinic for the form.", [("ORGANIZATION", "Riverside Clinic")]),
    ],
)
def test_greetings_of_two_an_initial_acting_and_a_verb_before_a_body(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that a charity's letters spell
        ("I saw Neda yesterday and she was doing better.", [("NAME", "Neda")]),
        # after an adverb, only what people alone do
        ("We tried a lot. Venlafaxine still works.", []),
        ("We tried a lot. Ozempic now needs a prescription here.", []),
        ("The match was on. Liverpool still lost that day.", []),
        ("Foodbank volunteers packed 200 parcels.", []),
        ("It was a long week. Vodafone rang about the bill twice.", []),
        # the reader told what to call someone: only with why
        ("If he doesn't pick up, call him tmrw.", []),
        ("Bhai, call him yaar.", []),
        # given names before "of" and a body
        ("I spoke with Dale of Beyond Blue last week.", [("NAME", "Dale")]),
        # what a person calls others
        ("Love is her pet name for everyone on the unit.", []),
        ("Mum is her nickname, weirdly.", []),
        # a body whose name opens with a denomination
        (
            "I work for Presbyterian Support Otago in Dunedin.",
            [("ORGANIZATION", "Presbyterian Support Otago"), ("LOCATION", "Dunedin")],
        ),
    ],
)
def test_names_what_a_review_of_the_hundred_and_fifth_sets_rules_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that the text says is what everyone calls the person
        ("Rocky — yes that's really what everyone calls him, the lad.", [("NAME", "Rocky")]),
        # a word of a cartoon or a brand that everyone calls someone for a reason of theirs
        ("A kid everyone calls Bluey because of his hair.", [("NAME", "Bluey")]),
        ("Everyone calls Target because they never answer.", []),
        # a ward named with its noun capitalised, not where it is
        ("We had a lady come into the Merbein Ward last week.", [("LOCATION", "Merbein Ward")]),
        ("They moved to the East Wing.", []),
        # a drink measured out, no place; a German noun after its article; a state
        # abbreviated after "regional"; a grandfather in Macedonian
        ("She drank a cup of Milo at 2am.", []),
        (
            'It started "Liebe Ulli, zu deinem Geburtstag am 4. März".',
            [("NAME", "Ulli"), ("DATE", "am 4. März")],
        ),
        ("youth worker, regional vic. quick one.", []),
        ('"Is Dedo\'s hearing aid on?" she asked.', []),
        # particles of names that German articles are too stay in names
        (
            "Marietjie van der Merwe had been with us for years.",
            [("NAME", "Marietjie van der Merwe")],
        ),
    ],
)
def test_names_places_the_hundred_and_seventh_set_taught(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ward's name in a record's field
        (
            "Hosp no: K4471092 Ward: Bredon Ward Admission reason: eating",
            [("OTHER_ID", "K4471092"), ("LOCATION", "Bredon Ward Admission")],
        ),
        # a place gone home to
        ("Then she went home to Cypress and slept.", [("LOCATION", "Cypress")]),
        ("Then he went home to Mum.", []),
        # a holiday after "Over the", a school's breakfast club
        ("• Over the Bank Holiday weekend one of my clients watched the football.", []),
        ("8:15 \u2013 BREAKFAST CLUB. A Year 4 girl came in.", []),
        ("Over the Riverside Clinic car park, geese flew.", [("ORGANIZATION", "Riverside Clinic")]),
    ],
)
def test_places_and_bodies_the_hundred_and_ninth_set_taught(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body worked for, as one worked at
        (
            "Now I work for Western Plains Rural Counselling and love it.",
            [("ORGANIZATION", "Western Plains Rural Counselling")],
        ),
        (
            "I've been working for Kauri Coast Youth Trust since June.",
            [("ORGANIZATION", "Kauri Coast Youth Trust")],
        ),
        ("I work for Mum on Saturdays.", []),
        # the writer after "and" is no word of the body's name
        (
            "Now I work at Western Plains Rural Counselling and I do both.",
            [("ORGANIZATION", "Western Plains Rural Counselling")],
        ),
        (
            "the elder day program at Phalen Family Wellness Center and I went with her",
            [("ORGANIZATION", "Phalen Family Wellness Center")],
        ),
        (
            "I volunteer at Harbour Arts and Crafts Collective on Fridays.",
            [("ORGANIZATION", "Harbour Arts and Crafts Collective")],
        ),
    ],
)
def test_bodies_worked_for_and_the_writer_after_and(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a listed name read over the first words of a body's name is the body's: "ora" of
        # "Kia ora" is not found again as a name
        (
            "Kia ora koutou. I work for Te Puna Ora o Muriwhenua. Kia ora to all of them.",
            "Te Puna Ora o Muriwhenua",
        ),
        (
            "I work for Te Marama Hauora o \u014ctautahi now. The marama was full that night.",
            "Te Marama Hauora o \u014ctautahi",
        ),
    ],
)
def test_a_name_inside_a_bodys_name_is_not_found_again_elsewhere(text, body):
    assert ("ORGANIZATION", body) in found(text)
    outside = text.replace(body, "")
    assert [v for c, v in found(text) if v not in body] == [], outside


def test_a_name_beside_a_body_is_still_found_again():
    text = "Aroha came to the Te Puna Ora Trust group. Later Aroha sang."
    assert [v for c, v in found(text) if c == "NAME"] == ["Aroha", "Aroha"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # surnames that are interjections elsewhere, after a person's title
        (
            "Her teacher, Mr. Och, who is Cambodian himself, came.",
            [("NAME", "Och")],
        ),
        ("Our psychiatrist, Dr Oh, was kind.", [("NAME", "Oh")]),
        ("Then dr oh well never mind.", []),
        # a German day with its full stop, before the month's end of clause
        ("Her birthday is 12. April, and the residents sang.", [("DATE", "12. April")]),
        ("Ihr Geburtstag ist der 12. April.", [("DATE", "12. April")]),
        # (the month and year alone found too, merged away)
        (
            "Sie ist am 12. April 1950 geboren.",
            [("DATE", "12. April 1950"), ("DATE", "April 1950")],
        ),
        ("He turned 12. April was the month he", []),
        # Lakota and Cherokee words for kin are titles and no names
        (
            'He said, "My unci says it stays." Unci Loretta came.',
            [("NAME", "Loretta")],
        ),
        ("My tunkasila was a medic.", []),
        # an adjective said of a name
        ('He wrote: "I think now maybe my name is true."', []),
        # a word for a person before an age
        ("Notes: Boy (15, Kosovo-Albanian, in Germany since he was three).", []),
        # a saint pictured
        ("She brought me a little painted icon of Saint Mark with a tiny dog.", []),
        ("She gave me a statue of St Anthony.", []),
        # a people before plural families
        ("Many of them Maya families who speak K'iche'.", []),
        # school grades in a post's opening line
        ("School psychologist, K\u20136. Long week of assessments.", []),
    ],
)
def test_names_dates_and_places_the_hundred_and_twelfth_set_taught(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["We met at Flat 2 on the top floor.", "She was at Room 4 for a week.", "at Level 3"]
)
def test_a_word_before_its_number_after_at_is_a_part_of_a_building(text):
    assert found(text, "ORGANIZATION") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Anxiety and Depression, you took a lot from me.", []),
        ("Dear Grief,\nI hate you.", []),
        ("Dear Body, I'm sorry.", []),
        ("Dear Hope, thank you for the card.", [("NAME", "Hope")]),
        ("Dear Tamsin, thank you for the card.", [("NAME", "Tamsin")]),
    ],
)
def test_a_letter_written_in_therapy_to_a_condition_greets_no_one(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that is a word of another language, set off by commas after a person
        ("One of my students, Nur, is eleven.", [("NAME", "Nur")]),
        ("He asked the auntie, Selam, to roast the beans.", [("NAME", "Selam")]),
        # a given name that is also a small word, after a word for a person written small
        ("My client Ty came in.", [("NAME", "Ty")]),
        ("my son And I went", []),
        # a term after "called"
        ('He called Wise Mind "a fortune cookie" once.', []),
        ("A lady called Rose Miller came.", [("NAME", "Rose Miller")]),
        # words for kin and address of other languages
        ("I had him talk to his T\u016bt\u016b, Lani, about his dad.", [("NAME", "Lani")]),
        ('Inside: "Cher, it has been one year since my husband passed."', []),
        # a people or a language before a group (not a place)
        ("We serve a big Chin community from Burma.", []),
        ("We got a Karen interpreter, a woman.", []),
        # a people's faith; a national concert; a team's hoodie
        ("She's 92, Norwegian Lutheran to her bones.", [("AGE_OVER_89", "92")]),
        ("Farm Aid did a lot for awareness.", []),
        ("He came in wearing a Kansas City Chiefs hoodie.", []),
    ],
)
def test_names_bodies_and_places_the_hundred_and_fourteenth_set_taught(text, expected):
    assert found(text) == expected


def test_a_place_before_community_is_still_a_place_or_a_name():
    assert found("Sydney community mental health case manager here.") != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "> 10/02 \u2014 Pt COMFORT K. DOLO, MRN 2207415, 54F, seen for f/u.",
            ["COMFORT K. DOLO"],
        ),
        ("Signed: JOHN Q. PUBLIC", ["JOHN Q. PUBLIC"]),
        ("WE HAD PLAN B. THEN WE WENT HOME", []),
        ("I GOT AN A. THEN I CRIED", []),
    ],
)
def test_a_name_in_capitals_with_a_middle_initial_as_records_write_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a read of the newest rules found them hiding: names after "called", given
        # names before tickets, surnames before families, names inside a practice's name,
        # given names that are words for a person, a hospice pictured, a congregation, names
        # that are Cajun words
        ("I called Grace Many Horses about the ride.", [("NAME", "Grace Many Horses")]),
        ("Her ex, a guy called Tiny Dog, showed up.", [("NAME", "Tiny Dog")]),
        ("I gave Marcus tickets to the game as a reward.", [("NAME", "Marcus")]),
        ("We visited the Tso and Benally households last week.", [("NAME", "Benally")]),
        ("I met Joseph community elder at the hall.", [("NAME", "Joseph")]),
        (
            "I started at Autumn Reyes Counselling. Autumn is lovely.",
            [
                ("ORGANIZATION", "Autumn Reyes Counselling"),
                ("NAME", "Autumn Reyes"),
                ("NAME", "Autumn"),
            ],
        ),
        ("Guy, 34, came to group drunk again.", [("NAME", "Guy")]),
        (
            "She sent me pictures of St Brigid's, the hospice where her mum died.",
            [("ORGANIZATION", "St Brigid's")],
        ),
        ("She goes to Korean Presbyterian on Sundays.", [("ORGANIZATION", "Korean Presbyterian")]),
        ("I told Cher about the group.", [("NAME", "Cher")]),
        ("Thanks Sarah for reading this.", [("NAME", "Sarah")]),
        # and the false alarms it found
        ("These skills work for Panic too.", []),
        ("I did the work for Step Four.", []),
        ("I'm working for Ms. Adeyemi now.", [("NAME", "Adeyemi")]),
        ("PLAN B. WORKED, thank god.", []),
        ("Agenda:\n1. Intro\n2. March, then speeches", []),
        ("my daughter Edit: she is fine now.", []),
        ("He served in the Brigade of Gurkhas.", []),
    ],
)
def test_names_and_bodies_a_read_of_the_newest_rules_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places of no list written small after "based out of" and a road or a drive to
        (
            "i'm a remote area nurse based out of nhulunbuy, six wet seasons in. it's hard.",
            [("LOCATION", "nhulunbuy")],
        ),
        (
            "i drove back along the road to yirrkala with the windows down. i cried.",
            [("LOCATION", "yirrkala")],
        ),
        ("we went to maccas. he said yeah. ok", []),
        ("he dropped out of polytech. big church family. ok", []),
        # a nickname that is a brand, everyone calling a person by it
        (
            "A kid everyone calls Boots. Boots didn't tell me himself.",
            [("NAME", "Boots"), ("NAME", "Boots")],
        ),
        # a word of no list opening a paragraph before "who" and what a person does
        ("Pipaluk, who runs the kitchen, says soup heals.", [("NAME", "Pipaluk")]),
        # "Kia ora" before a name in quotes
        ('The email said: "Kia ora Tendai. I am a dad now."', [("NAME", "Tendai")]),
        ("Kia ora Koutou. Long time reader.", []),
        # helplines, programmes and streets of other languages
        (
            "Overnight volunteer with the Qaujimajavut Talk Line here.",
            [("ORGANIZATION", "Qaujimajavut Talk Line")],
        ),
        (
            "I work with Lake of the Woods Healing Path now.",
            [("ORGANIZATION", "Lake of the Woods Healing Path")],
        ),
        # (the street's word alone is found too, merged away)
        (
            "The house is at Kirkegårdsgade 12. It is small.",
            [
                ("LOCATION", "Kirkegårdsgade 12"),
                ("ORGANIZATION", "Kirkegårdsgade"),
                ("NAME", "Kirkegårdsgade"),
            ],
        ),
        # false alarms: thanks of another language, peoples, languages, iwi, gods, events,
        # public figures, a language said to be one
        ("Fa'afetai for this thread. I'm a Samoan nurse.", []),
        ("I've been working for two years with a Dene man in his forties.", []),
        ("They prayed, they sang in Tok Pisin.", []),
        ("I work with Greenlanders who moved south; it is hard for them.", []),
        ("Mental health nurse, Ngāti Porou, working from home.", []),
        ("like the stories of Hine-nui-te-pō his grandmother told", []),
        ("The group was invited to perform at the Garma Festival.", []),
        ("He asked me if I liked Tanya Tagaq, and then he sang.", []),
        ("Shona is my first language, English my second.", []),
    ],
)
def test_names_places_and_bodies_the_hundred_and_fifteenth_set_taught(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname in capitals, a comma and the given name's initial
        (
            "> Pt VILLARREAL, R., TDCJ# 02218765. Seen in office.",
            [("NAME", "VILLARREAL, R."), ("MRN", "02218765")],
        ),
        # a union's local and its number
        (
            "The agent at Ironworkers Local 864 said no.",
            [("ORGANIZATION", "Ironworkers Local 864")],
        ),
        # dates of a Japanese era and in Ukrainian or Russian
        ("It reads 大正15年3月2日: she was born in Japan.", [("DATE", "大正15年3月2日")]),
        ("On 2 лютого, her late husband's birthday, she sang.", [("DATE", "2 лютого")]),
        ("I have 2 кота at home.", []),
        # false alarms: a skill of DBT, a brand, a singer's songs, music and words of other
        # languages, peoples, a region, a word for a grandmother, heads of state
        ("TIPP, DEAR MAN, Wise Mind. The men rolled their eyes.", []),
        ("Forty guys in hard hats and Carhartts, arms crossed.", []),
        ("I went home to listen to something cheerful. Maybe some Dolly.", []),
        ("Fado is the mournful music of Lisbon. Saudade is a real thing.", []),
        ("She was Doukhobor, and sang. Franco-Ontarian clients often tell me so.", []),
        ("LCSW, rural Arkansas, up in the Ozarks. My clients are farmers.", []),
        ("Mama cried, Mamaw cried, the bailiff cried.", []),
        ('She said, "I have survived Hitler, I can survive a social worker."', []),
        ("He's been in and out of recovery since Reagan was president.", []),
    ],
)
def test_names_dates_and_bodies_the_hundred_and_eighteenth_set_taught(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She's seventeen now. Jolene Two Bulls. When I met her she was thirteen.",
            ["Jolene Two Bulls"],
        ),
        ("Faith Little Thunder came in today.", ["Faith Little Thunder"]),
        ("We took the Jack White House tour.", []),
    ],
)
def test_a_given_name_before_a_surname_of_two_words(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a second read of the newest rules found them hiding
        ("My supervisor Paul Kelly signed it off.", [("NAME", "Paul Kelly")]),
        ("My client Meriam is 19.", [("NAME", "Meriam")]),
        ("Dr. Tok called back.", [("NAME", "Tok")]),
        (
            "My client Sarah was president of the student union before she got sick.",
            [("NAME", "Sarah")],
        ),
        (
            "My client Summer Brooks, 19, came. summer brooks is doing better.",
            [("NAME", "Summer Brooks"), ("NAME", "summer brooks")],
        ),
        ("My diary:\n12. April: first day.", [("DATE", "12. April")]),
        ("They work for Marrowbone Council.", [("ORGANIZATION", "Marrowbone Council")]),
        (
            "Currently working for Brambleton Homecare.",
            [
                ("ORGANIZATION", "Brambleton Homecare"),
                ("LOCATION", "Brambleton"),
                ("NAME", "Homecare"),
            ],
        ),
        ("Tendai is my first language teacher.", [("NAME", "Tendai")]),
        (
            "Born 2  \u043b\u044e\u0442\u043e\u0433\u043e.",
            [("DATE", "2  \u043b\u044e\u0442\u043e\u0433\u043e")],
        ),
        ("I stayed at Hope House for a year.", [("ORGANIZATION", "Hope House")]),
        # and the false alarms it found
        ("Growing up Korean Presbyterian, nobody talked about it.", []),
        ("My nan, Norwegian Lutheran to the core, refused.", []),
        ("Partner, 40, attended the session.", []),
        ("I drink Ruby Red Grapefruit juice with my sertraline.", []),
        ("i moved to fluvoxamine, no change. ok", []),
        ("i drove to maccas, lol. ok", []),
        ("Merci Cher, see you Sunday.", []),
        ("We saw Renegade 7 at the cinema.", []),
        ("Kia ora Tatou, hope you're well.", []),
        ("Call the Talk Line if you need to.", []),
    ],
)
def test_names_bodies_and_dates_a_second_read_of_the_newest_rules_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages over 89 in words in Spanish, Portuguese, Italian and French
        ('"noventa e dois, menina, e ainda c\u00e1 estou."', [("AGE_OVER_89", "noventa e dois")]),
        ("Tiene noventa y dos a\u00f1os.", [("AGE_OVER_89", "noventa y dos")]),
        ("Il a quatre-vingt-douze ans.", [("AGE_OVER_89", "quatre-vingt-douze")]),
        ("Pagu\u00e9 noventa pesos.", []),
        # national identity numbers with full stops after their cue
        ("His RUT (9.441.206-K) was mixed up.", [("OTHER_ID", "9.441.206-K")]),
        ("The card came, DNI 94.118.302, at last.", [("OTHER_ID", "94.118.302")]),
        ("It cost 1.200.000 pesos.", []),
        # towns with a particle, neighbourhoods after their word
        (
            "I work in Oaxaca de Ju\u00e1rez now.",
            [("LOCATION", "Oaxaca de Ju\u00e1rez"), ("NAME", "Oaxaca de Ju\u00e1rez")],
        ),
        ("We work in the bairro do Curuzu. Sorry.", [("LOCATION", "Curuzu")]),
        ("We live in Colonia Roma now.", [("LOCATION", "Colonia Roma"), ("LOCATION", "Colonia")]),
        # false alarms: demonyms, a health centre's kind, a language, a day of a record,
        # works and figures
        ("I learned about son cubano. Caf\u00e9 cubano in hand.", []),
        ("Trabajadora social en un CESFAM. He came to the CESFAM.", []),
        ("Many of them think in Guaran\u00ed.", []),
        ("D\u00eda 1: no contacto visual. D\u00eda 4: acepta paseo.", []),
        ("He read me Don Quijote and got angry with Cervantes.", []),
    ],
)
def test_ages_ids_places_and_words_the_hundred_and_twentieth_set_taught(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria do Socorro, 41, Nordestina, was admitted.", ["Maria do Socorro"]),
        ("José de Souza, 38, came in.", ["José de Souza"]),
        ("Then. Pipaluk from the kitchen said hi.", ["Pipaluk"]),
        ("Tuesday. Leeds from the air is pretty.", []),
        ('"Aputsiaq from the drop-in texted me," she said.', ["Aputsiaq"]),
        ("Melatonin from the chemist helped. Baklava from the shop vanished.", []),
        ("Tuesday. Coffee from the machine tasted burnt.", []),
        ("She grew up in Rio Grande do Sul before moving.", []),
        ("In the south of Brazil, Rio Grande do Sul, she said.", []),
        ("Jo\u00e3o da Silva came from Rio Grande do Norte.", ["Jo\u00e3o da Silva"]),
    ],
)
def test_a_particle_inside_a_name_before_an_age_and_a_person_from_somewhere(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Hi, I\'m Kirsty-Anne, I was the one at 3am."', ["Kirsty-Anne"]),
        ("Hi, I\u2019m Kirsty, I was the one.", ["Kirsty"]),
        ("Buongiorno dalla Sicilia, I am a psychiatrist.", []),
        ("Happy International Nurses Day (12 May) to all my fellow nurses.", []),
        ("Young person: Kayleigh Nolan    DOB: 04/11/2005", ["Kayleigh Nolan"]),
        ("Onam greetings, a bit late.\n\n\u2014 Shiju (CPN, and proud chai-maker)", ["Shiju"]),
        ("Things I liked:\n- Apples (two kinds)\n- Pears (ripe)", []),
        ("Her great-gran, who is sharp. Great-gran says she knew.", []),
        ("THANK YOU HAWAR FOR HELPING MY MUM STOP CRYING.", ["HAWAR"]),
        ("THANK YOU WHANAU FOR COMING. THANK YOU NAMI FOR THE HELP.", []),
    ],
)
def test_names_the_hundred_and_twenty_first_and_third_sets_taught(text, expected):
    assert names(text) == expected


def test_a_typographic_apostrophe_says_what_a_straight_one_says():
    from rewardkit.deid._lexicon import word_flags

    for word in ("I'm", "don't", "you're", "O'Brien", "can't"):
        assert word_flags(word.replace("'", "\u2019")) == word_flags(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The library at Ravneberg fengsel is small.", ["Ravneberg fengsel"]),
        ("He graduated from L\u00f6vbackens gymnasium.", ["L\u00f6vbackens gymnasium"]),
        ("A group run by Sateenkaari ry, a small association.", ["Sateenkaari ry"]),
        ("We're called Lichtblick Online e.V. and we're tiny.", ["Lichtblick Online e.V."]),
        ("Yesterday Sonnenschein gGmbH called.", ["Sonnenschein gGmbH"]),
        ("Then at Second Chances gGmbH we met.", ["Second Chances gGmbH"]),
        ("The gymnasium was closed. In Sweden skola starts at seven.", []),
    ],
)
def test_a_body_named_before_its_legal_form_or_its_kind_in_another_language(text, expected):
    merged = merge_detections(scan(text))
    assert [text[d.start : d.end] for d in merged if d.category.value == "ORGANIZATION"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His return address on it, Tranehaven 9, 4000, a student flat.",
            [("LOCATION", "Tranehaven 9"), ("ZIP", "4000")],
        ),
        (
            "The return address was Am Lindenb\u00fchl 14, 79189, a small village.",
            [("LOCATION", "Am Lindenb\u00fchl 14"), ("ZIP", "79189")],
        ),
        ("Small garden, Reigerbekhof 23, in the sun.", [("LOCATION", "Reigerbekhof 23")]),
        (
            "She lives at Lindenstra\u00dfe 5, 79189.",
            [("LOCATION", "Lindenstra\u00dfe 5"), ("ZIP", "79189")],
        ),
        ("Am I 14? Safe Haven 3 times.", []),
    ],
)
def test_a_street_of_germanic_ending_with_its_number_and_the_postcode_after_it(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mozart, a bit of Franz Schubert, then Jacques Brel and a bit of Stromae.",
        "We read Pippi Longstocking, then the Moomins; Tove Jansson does CBT.",
        "He was late because the Deutsche Bahn was delayed.",
        "Psychiatric nurse, Carinthia, long-stay rehab unit.",
        "I'm a hospice nurse in Burgenland, at the Hungarian border.",
        "The winters when the Rhine froze at the edges.",
        "Whether Eddy Merckx or Bernard Hinault was the greater rider.",
        "We had a lady with us over Weihnachten, and then Sinterklaas.",
    ],
)
def test_european_figures_works_brands_and_regions_are_no_identifiers(text):
    assert merge_detections(scan(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Schubert said hi.", ["Maria Schubert"]),
        ("Eva Smetana, 34, was admitted.", ["Eva Smetana"]),
        ("My client Anna Wagner came in.", ["Anna Wagner"]),
        ("My client Kim Larsen came in.", ["Kim Larsen"]),
        ("My client Daniel Blake came in.", ["Daniel Blake"]),
        ("My client Lucia came in.", ["Lucia"]),
        ("My client Toussaint is 19. Vappu told me she was tired.", ["Toussaint", "Vappu"]),
        ("Mrs Hesse asked for her medication. Mr Hinault came back.", ["Hesse", "Hinault"]),
    ],
)
def test_a_public_figure_whose_name_many_people_bear_still_names_a_client(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indlagt den 4. marts 2024, 02:40.", ["den 4. marts 2024"]),
        ("She was born on 1931. m\u00e1rcius 15., the holiday.", ["1931. m\u00e1rcius 15."]),
        ("Born 1950. okt. 3. in Pest.", ["1950. okt. 3."]),
        ("He was 2020. Dec 5 people came.", []),
    ],
)
def test_dates_in_danish_and_hungarian(text, expected):
    assert [v for c, v in found(text) if c == "DATE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pat. R. Gschwend, 91 J., Eintritt 07.03.2024.", ["91 J."]),
        ("En 93-\u00e5rig kvinde kom ind.", ["93-\u00e5rig"]),
        ("Eine 94-j\u00e4hrige Frau kam.", ["94-j\u00e4hrige"]),
        ("Herr Wendisch, 91 Jahre alt, kam.", ["91 Jahre alt"]),
        ("Do\u00f1a Rosa, 95 a\u00f1os, vive sola.", ["95 a\u00f1os"]),
        ("Hace 95 a\u00f1os que lleg\u00f3.", []),
        ("Sono passati 95 anni fa. F\u00f6r 95 \u00e5r sedan.", []),
        ("I did 100 lat pulldowns. The trust had 120 let go. Bed 92 J. Patel slept.", []),
        ("Sie starb mit 91 Jahren.", ["91 Jahren"]),
    ],
)
def test_an_age_over_89_with_years_in_another_language(text, expected):
    assert [v for c, v in found(text) if c == "AGE_OVER_89"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's Saltley Brothers in Recovery.", [("ORGANIZATION", "Saltley Brothers")]),
        ("It's coming up to World Mental Health Day and I've been thinking.", []),
        ('"Right." So Dr van der Merwe said.', [("NAME", "van der Merwe")]),
        ("Paziente: Sig. Esposito, cartella.", [("NAME", "Sig"), ("NAME", "Esposito")]),
        ("Sig Hansen rang to reschedule.", [("NAME", "Sig Hansen")]),
        ("She was admitted on 23.XI.2022, again.", [("DATE", "23.XI.2022")]),
        ("Walking back through la Goutte-d'Or he said.", [("LOCATION", "la Goutte-d'Or")]),
        ("Anyone near Ontario street, stock them.", [("LOCATION", "Ontario street")]),
        ("Life is not all on Easy street.", []),
        ("Admitted on Saturday road. Back on Recovery road. An episode of Coronation street.", []),
        ("Dragons in Jamaican street scenes.", []),
        ("She lives at 14 Ontario street.", [("LOCATION", "14 Ontario street")]),
        ("She lives on Well St in the east.", [("LOCATION", "Well St")]),
        ("Im Band 6 now. Am Day 3 of it. I loved I Am Number 4.", []),
        ("Aputsiaq, 15 March, first admission.", [("NAME", "Aputsiaq"), ("DATE", "15 March")]),
        ("Tiramisu from the bakery disappeared in minutes.", []),
        ("Aputsiaq from the crisis team visited me.", [("NAME", "Aputsiaq")]),
        ("Am Zoloft 50 mg now. Figure 2.iv.12 shows it. We got it from l'Occitane.", []),
        (
            "Dr Vaud reviewed her meds. My client Darija came.",
            [("NAME", "Vaud"), ("NAME", "Darija")],
        ),
        ("We used the Recovery College gymnasium. She had Recurrent BV.", []),
        (
            "1956. X. 23. and 23 XI 1941 and 23.xi.1941",
            [("DATE", "1956. X. 23."), ("DATE", "23 XI 1941"), ("DATE", "23.xi.1941")],
        ),
        ("The town had 12 marts and a cinema.", []),
        ("Bonne f\u00eate!", []),
        ("Bon, back to my files.\n\nBon. Home to sleep.", []),
        ("I met Bon, he was kind.", [("NAME", "Bon")]),
        ("\u00d8nsker ikke kontakt. Sign. HBJ", [("NAME", "HBJ")]),
        ("Signed: KM. Signed, CBT team.", [("NAME", "KM")]),
        ("Psychologist, Swiss Alps. A long week in Vaud.", []),
        (
            "They've named themselves the Aire Valley Sisters and meet weekly.",
            [("ORGANIZATION", "Aire Valley Sisters")],
        ),
        ("They call themselves lucky.", []),
        ("A man everyone at the clinic calls Agha-jan because.", [("NAME", "Agha-jan")]),
        ("I saved no one. J. did the hard part.", [("NAME", "J.")]),
    ],
)
def test_what_the_hundred_and_twenty_fifth_and_seventh_sets_taught(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word for kin before a name says nothing of the text's language
        ("Ma Isatu Kamara is Sierra Leonean and came with her son.", [("NAME", "Isatu Kamara")]),
        # an uncommon English word capitalised after a given name that is no word: a surname
        (
            "I went to see a grazier, Kev Trounce, sixty-ish, who had told the nurse.",
            [("NAME", "Kev Trounce")],
        ),
        ('She saved it as "Tenzin Balcony" in her phone.', [("NAME", "Tenzin Balcony")]),
        # not a trade's noun, not before another capital, not a common word
        (
            "She sewed at Rahman Garments and at Hiral Tailors.",
            [("NAME", "Rahman Garments"), ("NAME", "Hiral Tailors")],
        ),
        ("Yesterday Priya Went Home, she wrote.", [("NAME", "Priya")]),
    ],
)
def test_a_rare_word_after_a_given_name_is_its_surname(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A long chat about Romans 12 and John 3:16. I was in Bay 6 all night.", []),
        ("She moved to Romans with her son.", [("LOCATION", "Romans")]),
        ("We call ourselves the Tuesday crew. The Tuesday crew said yes.", []),
        # characters of well-known works where the work is named; the works themselves
        ("We did Romeo and Juliet. Juliet calls a helpline. Mercutio had ADHD.", []),
        ("He has been reading Roald Dahl and says he is basically Matilda.", []),
        ("At the seder we opened the door for Elijah.", []),
        # a character is no name where the work is named, unless a title or a word for a
        # person names someone by it; works, brands and peoples that people are named after
        # stay names
        (
            "My client Matilda likes the dahl. Dr Juliet ran the Romeo and Juliet workshop.",
            [("NAME", "Matilda"), ("NAME", "Juliet")],
        ),
        ("Mr Beard, the landlord, watched Ted Lasso with him.", [("NAME", "Beard")]),
        (
            "My client Fanta has three kids. Tom Fanta is the pharmacist.",
            [("NAME", "Fanta"), ("NAME", "Tom Fanta")],
        ),
        (
            "Mrs Legion rang. Dr Amis said the bloods were fine. My client Eisa, 17, came.",
            [("NAME", "Legion"), ("NAME", "Amis"), ("NAME", "Eisa")],
        ),
        (
            "At book club a woman called Deb told me. Will it be Frank on shift?",
            [("NAME", "Deb"), ("NAME", "Frank")],
        ),
        ("We drove out to Hamlet, North Carolina.", [("LOCATION", "Hamlet")]),
        (
            "She grew up in North Bay and moved to Sudbury.",
            [("LOCATION", "North Bay"), ("LOCATION", "Sudbury")],
        ),
        (
            "The Alzheimer Society and Hospice New Zealand can help. The first time in Kalaallit Nunaat.",
            [],
        ),
        ("My client Matilda came in.", [("NAME", "Matilda")]),
        # a people before "Elders" capitalised is a body's name, with the place before it
        (
            "She went to the Tooting Tamil Elders Club. The Pascua Yaqui elders came.",
            [("ORGANIZATION", "Tooting Tamil Elders Club")],
        ),
        (
            "The good bit. Harry (he says only his mother uses his full name) has finished.",
            [("NAME", "Harry")],
        ),
        ("The good bit. Harry (he says it was fine) has finished.", []),
        ('"Doc, I\'ll be Frank with you." He laughed.', []),
        ("My client Frank laughed.", [("NAME", "Frank")]),
        ("Somebody brought Haribo and a Fanta. He makes the Rolex every morning.", []),
        ("We screened in Dholuo after Timket and Kwibuka.", []),
        ("Small joys, Copperbelt edition. On the slopes of Kilimanjaro.", []),
        ("She sings Miriam Makeba songs. Sir Seretse Khama. Hakuna Matata.", []),
        ("The Ministry of Health ones, and the Medical and Dental Council register.", []),
        (
            "She was discharged on 14 Tir 2015 E.C., which I remember.",
            [("DATE", "14 Tir 2015 E.C.")],
        ),
        ("Her birthday: Baisakh 12, 2007 B.S. and more.", [("DATE", "Baisakh 12, 2007 B.S.")]),
        (
            "Then the Karoo Wol Ko\u00f6perasie started a braai.",
            [("ORGANIZATION", "Karoo Wol Ko\u00f6perasie")],
        ),
    ],
)
def test_what_the_hundred_and_twenty_ninth_and_thirty_first_sets_taught(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She closed on a house at 612 W. 11th Street in Lexington.",
            [("LOCATION", "612 W. 11th Street"), ("LOCATION", "Lexington")],
        ),
        ("I visit Miss Georgia Mae Pringle every week.", [("NAME", "Georgia Mae Pringle")]),
        ("She was Miss Georgia in 1998.", []),
        ("Like, I'd ask how her week was.", []),
        ("A Karen girl, Naw Mu Htoo, came to us.", [("NAME", "Naw Mu Htoo")]),
        (
            "They bring up Job in the Psalms. My patient, David, 67, asks for the psalms.",
            [("NAME", "David")],
        ),
        ("We play Loter\u00eda. El Coraz\u00f3n for love, La Muerte for grief.", []),
        ("Rosa, 88, plays loter\u00eda every Friday.", [("NAME", "Rosa")]),
        ("Coffee at the American Legion. The feed store. The FEED STORE. In July. 5. Lent.", []),
        ("Elsie Runs Above is 84 and came to our circle.", [("NAME", "Elsie Runs Above")]),
        ('We read "Why Maria Went Home Early" together.', []),
        ("Clinician on the North Slope and in the Rio Grande Valley, Upper Peninsula.", []),
    ],
)
def test_what_the_hundred_and_thirty_second_set_taught(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The letter came to her apartment, 92683 on the envelope.", [("ZIP", "92683")]),
        ("A new envelope arrived, postmark 92844. We got 10000 on the form.", [("ZIP", "92844")]),
        ("He was admitted on 2023. 10. 5. after exams.", [("DATE", "2023. 10. 5.")]),
        (
            "Her birth date was written the old way, Showa 11.2.18, she joked.",
            [("DATE", "Showa 11.2.18")],
        ),
        ("He was released on Kamis, 9 Mei 2019. It rained.", [("DATE", "Kamis, 9 Mei 2019")]),
        ("Version 2.1.3 of the app; Figure 2. 3. 4. shows it.", []),
        ("Halmeoni Oh Bok-soon is 97 now.", [("NAME", "Oh Bok-soon"), ("AGE_OVER_89", "97")]),
        ("Walis is fifteen. Ramadan is fifteen days.", [("NAME", "Walis")]),
        ('A young woman called crying. He read a poem called "Interpreter".', []),
        ("Khun Somsak farms longan.", [("NAME", "Somsak")]),
        # a nickname in single quotes, and after a name of two words or a region's name
        (
            "A resident, Luzviminda 'Luz' Pacquing, came back.",
            [("NAME", "Luzviminda 'Luz' Pacquing")],
        ),
        (
            "Maria Lourdes 'Lulu' Dimaculangan came.",
            [("NAME", "Maria Lourdes 'Lulu' Dimaculangan")],
        ),
        ('Alberta "Bertie" Crump was outside for years.', [("NAME", 'Alberta "Bertie" Crump')]),
        ("Lola's one hundredth birthday plan.", [("AGE_OVER_89", "one hundredth")]),
        ("I volunteer at Linya sa Kalinaw, a crisis line.", [("ORGANIZATION", "Linya sa Kalinaw")]),
        ("She asked for a Milo. Hot Milo. Most of our kids are Atayal.", []),
        (
            "My client lives in Milo, up near Bangor.",
            [("LOCATION", "Milo"), ("LOCATION", "Bangor")],
        ),
        ("He felt he had shamed his family back in West Sumatra. Maligayang Pasko!", []),
    ],
)
def test_what_the_hundred_and_thirty_fourth_set_taught(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor registered HR 140 and BMI 17. She's registered CPN 20 years.", []),
        ("Around 12500 came out for the vigil. Near 13250 voted.", []),
        ("She put down 23480 on the form as her yearly income.", []),
        ("I'm lowkey in the group chat. I was shadowbanned on this server.", []),
        ("Phq9 was 19, and Gad7 was 15. Kowhai is 12, the other ward is 14.", []),
        ("We went to the Miss Georgia Peach pageant. I miss Georgia June evenings.", []),
        ("His old pickup, GMC 2500, finally died. The camper, VW 1600, too.", []),
        ("Aisha Loves Pizza was the title.", [("NAME", "Aisha")]),
        ("Naw Sarah didn't come to group today.", [("NAME", "Sarah")]),
        ("Prolactin was 45. Kowhai is 12. Tane is 16 years old.", [("NAME", "Tane")]),
        ("I'm posting as neurodivergent staff. Posting as nonbinary here.", []),
        ("His tractor, JD 4020, is old. Her sedan, BMW 328, was parked.", []),
        ("She still owes 12475 on the lease. Wages from 23450 went up.", []),
        ("Then I rang Ravi Oncology.", [("NAME", "Ravi Oncology")]),
        ("We celebrated Shantelle Birthday Week.", [("NAME", "Shantelle Birthday")]),
        (
            "I asked Khun Mali about her sleep. Ate Georgia came.",
            [("NAME", "Mali"), ("NAME", "Georgia")],
        ),
        ("Her birthday is May. 5 and she will be seventeen.", [("DATE", "May. 5")]),
        ("She moved from Romans 2 years ago. I was in Bay 6.", [("LOCATION", "Romans")]),
    ],
)
def test_the_new_rules_leave_readings_counts_slang_and_headlines_alone(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area code in brackets with no trunk prefix, after a word for a line
        ("the garden phone is (11) 5555-0172, and", [("PHONE", "(11) 5555-0172")]),
        ("her WhatsApp: (21) 95555-0119 ok", [("PHONE", "(21) 95555-0119")]),
        ("the score was (10) 2020-2021 season", []),
        # parts of one body or place joined by a small word, a street and its part of town
        (
            "I volunteer with Sauti ya Faraja Helpline, nights.",
            [("ORGANIZATION", "Sauti ya Faraja Helpline")],
        ),
        (
            "a small practice on 14 Kofi Annan Lane, Osu — well",
            [("LOCATION", "14 Kofi Annan Lane, Osu")],
        ),
        # a numbered part of a city
        ("a drop-in for young people in Comuna 13. I used to", [("LOCATION", "Comuna 13")]),
        ("a nineteen-year-old from Zona 18, connected", [("LOCATION", "Zona 18")]),
        ("a psychiatric hospital in Quận 8 where", [("LOCATION", "Quận 8")]),
    ],
)
def test_area_codes_joined_bodies_and_numbered_parts_of_a_city(text, expected):
    assert merged_found(text) == expected


def test_two_places_with_and_between_stay_two():
    found_here = merged_found("She moved between Leeds and York twice.")
    assert len(found_here) == 2
    assert all(" and " not in value for _, value in found_here)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's or a language's name that is a common given name
        ("I met with Karen Smith today.", [("NAME", "Karen Smith")]),
        ("My client Christian came in today.", [("NAME", "Christian")]),
        ("the Karen community in Utica", [("LOCATION", "Utica")]),
        ("my Christian faith helps; Christian values matter.", []),
        # a language that is a given name, after a verb of speech
        ("they cook sadza and talk in Shona and play draughts.", []),
        ("My client Shona came in.", [("NAME", "Shona")]),
        # a word of no list before "who" or "one of our clients"
        ("I knew immediately: Lwazi, who I saw for a year.", [("NAME", "Lwazi")]),
        ("Tonho, one of our older users, sat next to him.", [("NAME", "Tonho")]),
        ("Mindworks, who run the group, called.", []),
        # a word of no list opening a sentence before particles and a surname
        ("Marietjie van der Merwe is a retired teacher.", [("NAME", "Marietjie van der Merwe")]),
        # kinds of bodies: therapies, advice, surgeries; heads in Spanish and Portuguese
        (
            "Shirin was referred to Limehouse Basin Talking Therapies for trauma",
            [("NAME", "Shirin"), ("ORGANIZATION", "Limehouse Basin Talking Therapies")],
        ),
        (
            "We got a referral from Hawthorn Lane Surgery.",
            [("ORGANIZATION", "Hawthorn Lane Surgery")],
        ),
        (
            "the breakthrough came from the Clube Amigos do Mar.",
            [("ORGANIZATION", "Clube Amigos do Mar")],
        ),
        ("I rang Citizens Advice and NHS Talking Therapies.", []),
        # works, figures, things, feasts, peoples, regions and forms of address
        ("Little Miss Bossy was scared; Roger Hargreaves' books help.", []),
        ("a fan of Lewis Hamilton and Real Madrid", []),
        ("Scrabble, Monopoly, and an old Horlicks jar", []),
        ("This year for Youth Sunday we did Secret Santa. Code Grey was called.", []),
        ("The big test was the Rath Yatra. We read from Surah Ar-Rahman.", []),
        ("She is from an old Burgher family; mostly retired Spaniards.", []),
        ("an NGO in a settlement in West Nile, and Huancavelica.", []),
        ("the same station since the Clinton administration.", []),
        ("Can I be Frank for a second?", []),
        ("her Highers, the veena, the batey, and her Omang", []),
        # a date of a named day, and one in the Persian and Nepali calendars
        ("World Mental Health Day (10 October, for anyone who missed it)", []),
        ("He was discharged on Tir 15 — I write it", [("DATE", "Tir 15")]),
        ("He stopped on 2079 Shrawan 12 — he gave me it", [("DATE", "2079 Shrawan 12")]),
        ("I was on Mayo 3 times", []),
        # numbers: a card's letters after its digits, an affiliation number, a truck's plate
        ("GMS number 2205 7419 KT, if you wondered", [("HEALTH_PLAN_ID", "2205 7419 KT")]),
        ("his medical card number, 0437 8821 T, grand", [("HEALTH_PLAN_ID", "0437 8821 T")]),
        (
            "Her social security affiliation number, 2-84-71193-0, was",
            [("HEALTH_PLAN_ID", "2-84-71193-0")],
        ),
        ("His truck, RJ19 GB 4417, was found", [("VEHICLE_ID", "RJ19 GB 4417")]),
    ],
)
def test_peoples_that_are_names_appositives_bodies_lexicon_dates_and_numbers(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She hears a voice called Peter, which was her stepfather's name.", [("NAME", "Peter")]),
        ("Her Wedding Day, 12 June, was the last time she saw her father.", [("DATE", "12 June")]),
        ("Her son was born on Mother's Day, 12 May, in the old hospital.", [("DATE", "12 May")]),
        (
            'My client Shanice Brown told me last week, "Mi cyaan tek it nuh more, mi fren dem a chat bout mi inna di yard," and I honestly did not know what to say to her.',
            [("NAME", "Shanice Brown")],
        ),
        (
            "Honestly nah, dat ting wid the rota is mad, bout time the manager Priya Shah fixed it, wah gwaan with this place, I keep asking everyone and nobody ever answers me at all.",
            [("NAME", "Priya Shah")],
        ),
        ("Karen helps out on Fridays.", [("NAME", "Karen")]),
        ("Karen's daughter found her and called 999.", [("NAME", "Karen")]),
        ("My supervisor is Karen.", [("NAME", "Karen")]),
        ("Karen Smith, our Burmese interpreter, was brilliant.", [("NAME", "Karen Smith")]),
        ("Her parents are both Christian, and he was raised Christian.", []),
        ("Dr Omang signed the sick note.", [("NAME", "Omang")]),
        ("Sura told me her husband hits her.", [("NAME", "Sura")]),
        ("In Surat Ahmed found work.", [("NAME", "Surat Ahmed")]),
        ("I met Maggi and Ludo for coffee.", [("NAME", "Maggi"), ("NAME", "Ludo")]),
        ("During the Mwangi presidency of the association we got funding.", [("NAME", "Mwangi")]),
        (
            "I explained in Shona Mhlanga's absence that the group would go on.",
            [("NAME", "Shona Mhlanga")],
        ),
        ("Mr Banda of Blantyre came in.", [("NAME", "Banda"), ("LOCATION", "Blantyre")]),
        (
            "Dr Ruiz de Castro Hospital del Mar referred her.",
            [("NAME", "Ruiz de Castro"), ("ORGANIZATION", "Hospital del Mar")],
        ),
        ("Our client Quan 16 years old came.", [("NAME", "Quan")]),
        ("Table 3 line (14) 2018-2019 shows the number of calls", []),
        ("Reach the duty worker at (85) 3101-2222 today", [("PHONE", "(85) 3101-2222")]),
        ("since his Top Surgery in May he smiles", []),
        ("Debt Advice and Parenting Advice helped", []),
        ("Facilitators, one of our volunteers told me, are key.", []),
        ("Mxolisi, one of our peer workers, runs the walking group.", [("NAME", "Mxolisi")]),
        ("Kim Anh Nguyen works nights.", [("NAME", "Kim Anh Nguyen")]),
    ],
)
def test_names_in_voices_personal_days_quoted_creole_and_joined_parts_stay_found(text, expected):
    # a voice named for a person, a person's own day, an English post quoting Creole, a
    # people's name that is a person's, a person and a place side by side, two years in
    # brackets, an operation and everyday advice, a plural noun before "one of our"
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Youth worker in Lewisham here. Had a session with Tyrese today, 16, proper closed off. Him: "nah fam dis ting mad, mi cyaan go school, dem man wid knives outside, mi fren got shanked last week bout some ting". Referred him to Dr Okonkwo at the Maudsley. Mum Sharon rang after.',
            [
                ("LOCATION", "Lewisham"),
                ("NAME", "Tyrese"),
                ("NAME", "Okonkwo"),
                ("ORGANIZATION", "Maudsley"),
                ("NAME", "Sharon"),
            ],
        ),
        ("My client Karen is Burmese and speaks no English.", [("NAME", "Karen")]),
        (
            "My supervisor Karen has been amazing while we support Karen refugees from Burma.",
            [("NAME", "Karen")],
        ),
        (
            "We told Karen families about the Christmas party, and Karen Smith came too.",
            [("NAME", "Karen Smith")],
        ),
        ("Christian Aid sent a volunteer to the camp.", []),
        (
            "The day after World Mental Health Day, 11 October, she was found in the river.",
            [("DATE", "11 October")],
        ),
        ("World Mental Health Day (10 October, for anyone who missed it) was busy.", []),
        ("In 2019 Julie 14 was placed in foster care.", [("NAME", "Julie")]),
        ("He stopped on 2079 Shrawan 12 — he gave me it", [("DATE", "2079 Shrawan 12")]),
        ("Jehovah, who she prays to, is her comfort.", []),
        ("Lockdown, one of our clients said, was the worst.", []),
        ("Mxolisi, one of our peer workers, runs the walking group.", [("NAME", "Mxolisi")]),
        ("her Gallbladder Surgery went well and his Hernia Surgery too.", []),
        (
            "We got a referral from Hawthorn Lane Surgery last winter.",
            [("ORGANIZATION", "Hawthorn Lane Surgery")],
        ),
        (
            "The on-call worker this weekend will be Frank for the whole of Saturday.",
            [("NAME", "Frank")],
        ),
        ("Can I be Frank for a second?", []),
        (
            "Mama Amina wa Mombasa cooks for the shelter.",
            [("NAME", "Amina"), ("LOCATION", "Mombasa")],
        ),
        (
            "I volunteer with Sauti ya Faraja Helpline, nights.",
            [("ORGANIZATION", "Sauti ya Faraja Helpline")],
        ),
        (
            "The clinic in Guadalajara (33) 3555 1234 is open until 8.",
            [("LOCATION", "Guadalajara"), ("PHONE", "(33) 3555 1234")],
        ),
        ("On Mehr 1, schools open in Iran.", [("DATE", "Mehr 1")]),
    ],
)
def test_creole_quotes_karen_in_context_relative_days_and_weak_joins_stay_right(text, expected):
    # an English note quoting Creole keeps its names; "Karen" after a cue in a text on the
    # Karen people; a date relative to a named day; a name beside a place stays a name
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('We sang "Don\'t Look Back in Anger" all night.', []),
        # a given name that is a word keeps a quotation a dedication: "Songs for Faith"
        ('Then I tried "I Saw the Light" and he smiled.', [("NAME", "Saw")]),
        (
            'The mural reads "Proud of Summer and Autumn" for his girls.',
            [("NAME", "Summer"), ("NAME", "Autumn")],
        ),
        # a place in quotes stays found, a song's or a message's ("On My Way to Dundee")
        ('She sang "The Rose of Tralee" badly.', [("LOCATION", "Tralee")]),
        ('The card said "Thank You to Amaka" in gold.', [("NAME", "Amaka")]),
        (
            'She lives at "14 Mill Road" in Leeds.',
            [("LOCATION", "14 Mill Road"), ("LOCATION", "Leeds")],
        ),
        ("I spoke to Christian after group and he smiled.", [("NAME", "Christian")]),
        ("He talked to Austin for an hour.", [("NAME", "Austin")]),
        ("She moved to Tyler last year.", [("LOCATION", "Tyler")]),
        ("Don't be such a Karen, she told her sister.", []),
        ("She was a total Karen about the parking.", []),
        ("My client Karen is such a star.", [("NAME", "Karen")]),
        ("Amir, who we referred to CAMHS, is 15.", [("NAME", "Amir")]),
        ("Hope, who knows.", []),
        ("Kooth, who we signpost to, was great.", []),
    ],
)
def test_titles_in_quotes_people_spoken_to_and_a_karen_of_speech(text, expected):
    # a title in quotes by its case alone; "spoke to X" a person; "such a Karen" a type
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I talked to her supervisor at Burnett Sweet Harvest, and they were good.",
            [("LOCATION", "Burnett Sweet Harvest")],
        ),
        ("His flat in Forest Gate was dark.", [("LOCATION", "Forest Gate")]),
        ("Starting at a centre in Longsight Monday.", [("LOCATION", "Longsight")]),
        ("Siobhan Smiled At Last, the headline read.", [("NAME", "Siobhan")]),
        (
            "Dr Akosua Frimpong Consultant Psychiatrist saw him.",
            [("NAME", "Akosua Frimpong")],
        ),
        ("I told Maria English was hard.", [("NAME", "Maria")]),
        ("Thanks Maria for everything.", [("NAME", "Maria")]),
        ("Thanks Grace for the cake.", [("NAME", "Grace")]),
        ("I told Maria I would call.", [("NAME", "Maria")]),
        ("I told Aisha I would call.", [("NAME", "Aisha")]),
        ("Aisha K came in.", [("NAME", "Aisha K")]),
    ],
)
def test_capitalised_words_after_a_name_go_on_with_it_but_not_the_pronoun(text, expected):
    # "Burnett" found, "Sweet Harvest" after it; a weekday, a language, "I" are no part
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mallam Sani came by, and Hajiya Binta too.", [("NAME", "Sani"), ("NAME", "Binta")]),
        ("He takes Tramadol daily. Venlafaxine helped her more than Duloxetine.", []),
        ("The kids love Mr Tickle and Mr Bump from the Mr Men books.", []),
        # (a surname too: "We visited Mr Bean on Farm Road")
        ("Our patients LOVE Mr Bean, don't ask.", [("NAME", "Bean")]),
        ("My client Mr Bump is 40.", [("NAME", "Mr Bump")]),
        # (a sermon at a funeral is on the dead: "preached about Sarah, the young mum we lost")
        ("Pastor Moyo preached about Sarah, the young mum.", [("NAME", "Moyo"), ("NAME", "Sarah")]),
        # (a figure's name is a client's too: "Lucky Dube came to group")
        ("Lucky Dube came to group today and sang for us.", [("NAME", "Lucky Dube")]),
        ("Fasika told me she had not slept.", [("NAME", "Fasika")]),
        ("Alhaji came to the group for the first time today.", [("NAME", "Alhaji")]),
        ("Her family is from Matabeleland, she grew up in Zanzibar.", [("LOCATION", "Zanzibar")]),
        (
            "Chipo Moyo Boxing Day 2020 was the day she came home.",
            [("NAME", "Chipo Moyo"), ("DATE", "Boxing Day 2020")],
        ),
        (
            "Last month, on her birthday, 21.03, the kids gave her a card.",
            [("DATE", "21.03")],
        ),
        ("She's planning a party on 12/10, her 27th birthday.", [("DATE", "12/10")]),
        ("She rated it 8/10 on Tuesday.", []),
        (
            "Nkosilathi \u2014 he says I can use his name \u2014 was very withdrawn.",
            [("NAME", "Nkosilathi")],
        ),
        ("i talked with his mother, madam dzifa, who cried.", [("NAME", "dzifa")]),
        ("Morag, I'll be playing that video for years.", [("NAME", "Morag")]),
        # what a review of these rules found them doing, mended
        ("Welp, I'll take it.", []),
        (
            "My clients Tom and Jerry are brothers who live together.",
            [("NAME", "Tom"), ("NAME", "Jerry")],
        ),
        ("Our patient Mr Strong loves reading the Mr Men books.", [("NAME", "Mr Strong")]),
        ("Mr Mensah and Mr Small share a room.", [("NAME", "Mensah"), ("NAME", "Small")]),
        ("Kofi Nkrumah was admitted on Friday.", [("NAME", "Kofi Nkrumah")]),
        ("Our chaplain preached about Tomasz at the memorial.", [("NAME", "Tomasz")]),
        ("He went to Royal College Colombo as a boy.", [("ORGANIZATION", "Royal College Colombo")]),
        ("I read my daughter Peppa Pig stories. She sang her son Bob Marley songs.", []),
        ("thank you madam xoxo", []),
        ("When I last seen him since 3/10 last week he was fine.", []),
        ("Hi Friend, I hear you.", []),
        ('"In Loving Memory of Frank Boateng" was on the card.', [("NAME", "Frank Boateng")]),
        ('They call the flat "The Castle on Mill Lane" as a joke.', [("LOCATION", "Mill Lane")]),
        ('"Take Me Back to the Old Country" came second.', []),
    ],
)
def test_titles_of_address_medicines_works_sermons_and_birthdays_the_147th_set_taught(
    text, expected
):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of the lists beside a surname that is a word of another language ("mir")
        (
            "Winters are long.\n\nParvaiz Ahmad Mir is a papier-mache artisan, 38, with a shop.",
            [("NAME", "Parvaiz Ahmad Mir")],
        ),
        ("Winters are long.\n\nAhmad Mir is 38.", [("NAME", "Ahmad Mir")]),
        # two names of the surname list opening a sentence
        (
            "It never healed.\n\nMoyna Akter is 26, a machinist. Moyna used to sing.",
            [("NAME", "Moyna Akter"), ("NAME", "Moyna")],
        ),
        ("We visited the town in Batey Cinco today.", [("LOCATION", "Batey Cinco")]),
        # a name in capitals after a colon goes on in capitals; in quotes a full name only
        (
            "She signed the register in big capital letters: LAJWANTI MOTWANI. Seventy-one.",
            [("NAME", "LAJWANTI MOTWANI")],
        ),
        (
            'In huge proud capitals he had written his full surnames: "QUISPE HUAMÁN".',
            [("NAME", "QUISPE HUAMÁN")],
        ),
        ("Her surname: Okonkwo. Then she sat.", [("NAME", "Okonkwo")]),
        ("She wrote it in capitals: HOPE IS REAL.", []),
        ('He wrote it in big letters: "NEVER AGAIN".', []),
        ("Wir haben mir gesagt. Ich gebe Mir das Buch.", []),
    ],
)
def test_names_beside_foreign_small_words_surnames_together_and_capitals_the_149th_set_taught(
    text, expected
):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a musical key is no place; a flat's number is
        ("She played Chopin's Nocturne in E-flat. I cried.", []),
        # a person after "last", before a feast's year, after a compass word, before what
        # they record or track, and a date before a word in "s": all found (a review's
        # probes against rules that were tried and taken out)
        ("Last Chinedu checked, the rent was overdue again.", [("NAME", "Chinedu")]),
        ("The tablets won't last Obinna more than a week.", [("NAME", "Obinna")]),
        ("Nobody has self-harmed on the ward since Tunde last year.", [("NAME", "Tunde")]),
        ("We are helping Aisha track her moods with an app.", [("NAME", "Aisha")]),
        ("I caught Kwame recording the session on his phone.", [("NAME", "Kwame")]),
        ("She called an old Tomás Ruiz number but nobody answered.", [("NAME", "Tomás Ruiz")]),
        ("He was discharged on October, 3 as planned.", [("DATE", "October, 3")]),
        ("The CP 12000 grant was approved.", []),
        # a given name with a possessive before "songs" is a person
        ("Aisha's songs are lovely.", [("NAME", "Aisha")]),
        ("She kept twelve Céline cassettes.", []),
        # a name in capitals after a colon goes on only over names in capitals
        ("He wrote it on the wall in big letters: BELLA CIAO.", []),
        ("She wrote it in capitals: VIVA MEXICO.", []),
    ],
)
def test_keys_possessives_and_what_a_review_found_the_149th_set_taught(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short names of the lists in capitals in a sentence in small letters, up to an
        # English word ("LIN" of "XIU MEI LIN" is one: the name is found in part)
        ("I met XIU MEI today.", [("NAME", "XIU MEI")]),
        ("I met XIU MEI LIN today.", [("NAME", "XIU MEI")]),
        ("Her file says XIU MEI, nothing more.", [("NAME", "XIU MEI")]),
        ("I met KWAME MENSAH today.", [("NAME", "KWAME MENSAH")]),
        ("AISHA LOVES IT.", [("NAME", "AISHA")]),
        ("The NHS GP said no.", []),
        ("Talk to the DWP about PIP.", []),
        # what a review found: a longer name in capitals must not be dropped whole as a work
        # or a method's eponym, and phrases are no names
        ("I asked my client SUNIL SEN questions about the meds.", [("NAME", "SUNIL")]),
        ("Dr SUNIL SEN songs were played at the service.", [("NAME", "SUNIL")]),
        ("We chanted JAI SHRI RAM at the temple.", []),
        ("She said DIOS MIO and laughed.", []),
    ],
)
def test_short_names_in_capitals_in_a_sentence_in_small_letters(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of endearment everyone calls a person named just before
        (
            "Jaspreet Gill, who everyone calls Honey, is 23.",
            [("NAME", "Jaspreet Gill"), ("NAME", "Honey")],
        ),
        ("The new drug, which everyone calls Honey, works.", []),
        # a name written small goes on over a rare English word of the lists before an age
        (
            "one of my patients is ghulam nabi dar, 58, a retired clerk.",
            [("NAME", "ghulam nabi dar")],
        ),
    ],
)
def test_a_nickname_everyone_calls_a_person_and_a_small_name_before_its_age(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's numbered zone, colonia or sector, in any case after "zona"
        ("She came to the office in zona 18 with nine other women.", [("LOCATION", "zona 18")]),
        ("They live in Sector 17, near the lake.", [("LOCATION", "Sector 17")]),
        ("We met in zona 18.", [("LOCATION", "zona 18")]),
        ("The private sector 2 percent rise hit us.", []),
    ],
)
def test_a_citys_numbered_zone_is_a_place_the_151st_set_taught(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he grew up in the Creggan, a lot going on at home", "Creggan"),
        ("She lives in the Danforth now, near her sister.", "Danforth"),
    ],
)
def test_a_neighbourhood_of_no_list_after_living_in_the_is_a_place(text, expected):
    assert ("LOCATION", expected) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Brandon has lived in the Netherlands for decades.",
        "She grew up in the Army, moving every two years.",
        "He was born in the Gambia and raised in the Andes.",
    ],
)
def test_countries_regions_and_words_after_living_in_the_are_no_places(text):
    assert [v for c, v in found(text) if c == "LOCATION"] == []


@pytest.mark.parametrize(
    "text",
    [
        "This forum is my Friday-night debrief, and that is my Sunday-best story.",
        "thank you, whoever in Finance read that report; he fell asleep in Chemistry.",
        "the night many believe is Laylat al-Qadr, he came early.",
        "I run a walking group that calls itself the Tuesday Crew (named by the members).",
        "later switched to Elvanse, which helped a lot, and she calls it burnout.",
        "Most of my patients are in their eighties and nineties, all of them.",
    ],
)
def test_days_a_body_before_a_region_departments_feasts_day_groups_drugs_and_decades(text):
    assert found(text) == []


def test_an_age_in_one_word_is_found_again_only_where_a_rule_reads_it():
    text = (
        "Most of my patients are in their eighties and nineties, all of them. "
        "Never underestimate a woman in her nineties with something to prove."
    )
    assert found(text) == [("AGE_OVER_89", "nineties")]
    ages = [d.start for d in merge_detections(scan(text)) if d.category.value == "AGE_OVER_89"]
    assert ages == [text.rindex("nineties")]


def test_a_name_that_is_a_title_after_a_title_with_no_name_after_it():
    assert names("We had a fisherman, Mzee Haji, referred by his daughter.") == ["Haji"]
    assert names("Mzee Haji Omari came in.") == ["Omari"]
    assert names('He said, "Pani Doktor, I broke the bread." Uncle Sir came too.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twenty years at Potomac Drywall Inc. He fell from a scaffold.", "Potomac Drywall Inc."),
        (
            "volunteering at Second Chances Mentoring CIC with the boys",
            "Second Chances Mentoring CIC",
        ),
        ("At Te Whare Oranga o Rotorua we do things differently.", "Te Whare Oranga o Rotorua"),
        (
            "a kura kaupapa, Te Kura Kaupapa Māori o Ngā Whetū, and I",
            "Te Kura Kaupapa Māori o Ngā Whetū",
        ),
        ("her old teacher from Sgoil Àrd an Eilein, who visited", "Sgoil Àrd an Eilein"),
    ],
)
def test_legal_forms_with_their_stop_and_maori_and_gaelic_bodies_whole(text, expected):
    assert ("ORGANIZATION", expected) in found(text)
    assert found("She goes to the kura every day; she works for a CIC now.") == []


@pytest.mark.parametrize(
    "text",
    [
        "said or did that week. We call it the Fan Club. Fan Club is the best part.",
        "a group for fathers, which I call the Dads' Club because it works",
        "what the staff jokingly called the Clozapine Club, the guys who",
    ],
)
def test_groups_the_writer_or_their_people_nickname_are_no_organisations(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We've got a regular, Gazza, who's been coming in.", ("NAME", "Gazza")),
        ("Her son goes to the Kelpie Club in town.", ("ORGANIZATION", "Kelpie Club")),
        ("She named it the Riverside Sewing Club.", ("ORGANIZATION", "Riverside Sewing Club")),
        # a call made to a body, no name given to it
        ("I called the Harbour Rowing Club yesterday.", ("ORGANIZATION", "Harbour Rowing Club")),
        (
            "We called the Riverside Boxing Club and they said yes.",
            ("ORGANIZATION", "Riverside Boxing Club"),
        ),
        ("Mr Beane came to see me on Monday.", ("NAME", "Beane")),
        # a figure's name that people bear too, or a surname after a title
        ("Kishore Kumar came to group today.", ("NAME", "Kishore Kumar")),
        ("Dr House saw him on Monday.", ("NAME", "House")),
        # from a second review: names that public figures bear, calls to a club, "Ngo"
        ("Mr Thomas Sankara, 40, a bus driver, was sectioned.", ("NAME", "Thomas Sankara")),
        ("Chidi, Davido and Emeka were at the youth club.", ("NAME", "Davido")),
        (
            "His mum said that they called the Riverside Boxing Club last week.",
            ("ORGANIZATION", "Riverside Boxing Club"),
        ),
        (
            "We called them the Riverside Boxing Club guys.",
            ("ORGANIZATION", "Riverside Boxing Club"),
        ),
        ("NGO, VICTORIA, DOB 12/03/1988", ("NAME", "NGO, VICTORIA")),
    ],
)
def test_nicknames_clubs_and_names_near_the_public_ones_are_still_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # from a review with invented sentences: what the new rules must not lose
        ("OKONKWO, VICTORIA was on the list for Tuesday.", ("NAME", "OKONKWO, VICTORIA")),
        ("PATEL, INDIA is the new referral.", ("NAME", "PATEL, INDIA")),
        ("Sunday-Ola came in late again.", ("NAME", "Sunday-Ola")),
        ("His name is Friday-Emeka, he's Igbo.", ("NAME", "Friday-Emeka")),
        ("My client's tumblr username is softpages and it's public.", ("USERNAME", "softpages")),
        ("Her insta handle is gloomgoblin", ("USERNAME", "gloomgoblin")),
        ("She moved back to Drama, her hometown in Greece.", ("LOCATION", "Drama")),
        ("Her mum lives in Drama.", ("LOCATION", "Drama")),
        ("We call ourselves the Sunday Sisters.", ("ORGANIZATION", "Sunday Sisters")),
        ("Mr Obi, now 94, still walks.", ("AGE_OVER_89", "94")),
    ],
)
def test_what_a_review_found_the_new_rules_must_not_lose(text, expected):
    assert expected in found(text)


def test_an_age_in_words_is_found_again_for_another_person():
    text = "He is ninety. His wife, also ninety, cares for him."
    assert found(text) == [("AGE_OVER_89", "ninety"), ("AGE_OVER_89", "ninety")]


@pytest.mark.parametrize(
    "text",
    [
        "Venmo $25.00 for the pizza; cash app $50k is a lot; My Twitch: 100.5 hours.",
        "She teaches ICU 101 RN shifts.",
        "Track#1234 and Year#2023 were on the sheet.",
        "grew up in the Noughties like everyone; she grew up in the Bahá'í faith",
        "The waitlist, now 95, keeps growing. Our caseload, now 92, is too big.",
        "The waiting list at Northfield, now 95, is too long.",
    ],
)
def test_money_courses_numbered_things_decades_faiths_and_counts_stay_unflagged(text):
    # ("Northfield" is a place: only it)
    assert [v for c, v in found(text) if v != "Northfield"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The wives carry everything.\n\nOluwadamilare — yes, like the song, her aunt named"
            " her — lost her job in May.",
            ("NAME", "Oluwadamilare"),
        ),
        ("Thovida — a nickname, nobody uses her full name — is sixty.", ("NAME", "Thovida")),
        ('"My voice came home."\n\nKerrantha, if you read this: thanks.', ("NAME", "Kerrantha")),
        ("He did it.\n\nVelsharo, if you ever see this: thanks.", ("NAME", "Velsharo")),
        ("going to the bazaar in Hazara Town made her panic", ("LOCATION", "Hazara Town")),
        ("a flat in Worli Parsi Colony with a cook", ("LOCATION", "Worli Parsi Colony")),
        ("she grew up in Thai Town, then moved.", ("LOCATION", "Thai Town")),
    ],
)
def test_a_paragraph_subject_after_an_aside_a_person_addressed_and_peoples_quarters(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Psicóloga, I work for a rural network in the Andes.",
        "Psicólogo — er, psychologist — at a community clinic.",
        "Greek Town life was a film I liked. A Parsi colony of the 1800s.",
        "Maltiox, thank you in K'iche', is all I can say.",
    ],
)
def test_a_job_before_i_work_a_gloss_and_a_peoples_town_in_no_place_stay_unflagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Trabajo en un centro de salud en Tolondrón, al sur de la ciudad. I'm not a "
            "psychologist, I'm the one who holds the cuff and I love what I do.",
            "Tolondrón",
        ),
        (
            "Psicóloga num CAPS em Cambuquira, zona norte. I'll write in English so more "
            "people can read about my work with the families there.",
            "Cambuquira",
        ),
        (
            "Trabajadora social en Pelarco Alto. I work with older adults, most of them "
            "living alone, and this week one of them called me to say thanks.",
            "Pelarco Alto",
        ),
    ],
)
def test_a_place_after_en_or_em_in_a_spanish_phrase_of_an_english_post(text, value):
    assert ("LOCATION", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Psicóloga en España, en un servicio público de salud mental. I work with many older "
        "people here and I love them all.",
        "Enfermera de salud mental en Canarias. Cleaned-up excerpt from my own shift notes, "
        "with the patients' permission and nothing that could identify anyone.",
        "alta a domicilio con seguimiento en USM. I wrote that line in the notes myself and "
        "felt proud of the whole team that week.",
        "We went en masse to the meeting. Tell em Thanks from me, she said.",
    ],
)
def test_regions_acronyms_and_english_after_en_or_em_stay_unflagged(text):
    assert [c for c, _ in found(text) if c == "LOCATION"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thangathai paati is 92 and runs the house.", "Thangathai"),
        ("We visited Ponmalar paati, who runs the house.", "Ponmalar"),
        ("Later, Vasanthi aunty said thanks to the whole team.", "Vasanthi"),
        ("Kamakshi amma is ninety now.", "Kamakshi"),
    ],
)
def test_a_name_before_a_kin_word_said_after_it_is_a_name(text, value):
    assert ("NAME", value) in found(text)


def test_peoples_english_words_and_desi_before_a_kin_word_stay_unflagged():
    text = (
        "Desi aunty vibes. Punjabi aunty energy. The Kerala amma next door. Grand aunty was "
        "there. Crazy aunty stories. Rishta aunty culture did a number on her. Vanakkam "
        "paati! Arre uncle, listen. Durga amma is in the temple."
    )
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("call her at 6123 4567 any time", "6123 4567"),
        ("you can reach her on 8123 4567.", "8123 4567"),
        ("WhatsApp me at 9876 5432 after work", "9876 5432"),
        ("text me on 0412 345 678 if it gets bad", "0412 345 678"),
    ],
)
def test_a_number_after_a_verb_of_calling_and_its_object_is_a_phone(text, value):
    assert ("PHONE", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "What I learned: 2. Just notice. 3. Ramadan changes everything about timing.",
        "the psychologist at the IMSS clinic; she has FONASA cover and EsSalud too",
        "She uses Daylio on her phone.",
        "many families among the Madhesis of the plains",
        "She told me the Virgin had told her it was not yet her time.",
    ],
)
def test_lists_fasts_national_bodies_peoples_and_the_virgin_stay_unflagged(text):
    assert found(text) == []


def test_a_fast_with_a_year_or_a_day_in_words_is_still_a_date():
    assert ("DATE", "3. Ramadan 1444") in found("she was born on 3. Ramadan 1444 at home")
    assert ("DATE", "14 Ramadan") in found("on 14 Ramadan she came home")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her UHID, 2021/48/004417, is one I remember.", ("MRN", "2021/48/004417")),
        ("her follow-up file (OPD no. 77310) is thin", ("MRN", "77310")),
        ("I started seeing Nasreena Jan after her registration.", ("NAME", "Nasreena Jan")),
        ("One of my patients, Md. Abul Hashem, a retired teacher", ("NAME", "Md. Abul Hashem")),
        ("my registration number, MN 51.336, and honestly", ("LICENSE_NUMBER", "MN 51.336")),
        ("her DNI, 31.228.904, was on the form", ("OTHER_ID", "31.228.904")),
        ("a team in Port of Spain. Our clients", ("LOCATION", "Port of Spain")),
        (
            "a room above a pharmacy in Kalinda Bazaar, where we rent",
            ("LOCATION", "Kalinda Bazaar"),
        ),
        (
            "coordinator at Fundación Xochiquetzal para la Salud Mental, a nonprofit",
            ("ORGANIZATION", "Fundación Xochiquetzal para la Salud Mental"),
        ),
        (
            "Trabalho num CAPS III Jardim Ipanguaçu, no sul",
            ("ORGANIZATION", "CAPS III Jardim Ipanguaçu"),
        ),
        ("the shelter's box, código postal 22918. She smiled", ("ZIP", "22918")),
    ],
)
def test_record_cues_names_written_short_registrations_and_named_quarters_from_a_read(
    text, expected
):
    category, value = expected
    assert expected in merged_found(text) or (
        category == "LOCATION" and ("NAME", value) in merged_found(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "it cost MN 2.500 pesos at the market",
        "Sarah Jan 2019 notes were lost",
        'the title is "O CAPS Que Me Deu a Mão" (The CAPS That Gave Me Its Hand)',
        "we shopped at the Fish Bazaar",
    ],
)
def test_money_a_month_with_its_year_a_title_and_a_market_stay_as_they_were(text):
    # "Jan 2019" is a date, not the end of Sarah's name
    values = [v for _, v in merged_found(text)]
    assert not any(v.startswith(("MN", "CAPS", "Fish", "Sarah Jan")) for v in values)


@pytest.mark.parametrize(
    "text",
    [
        "she asked me to pray with her, to St. Jude, patron of lost causes.",
        "an image of Our Lady of Charity, the patroness of Cuba",
        "a statue of Our Lady of Fatima by the bed",
    ],
)
def test_saints_prayed_to_and_titles_of_mary_stay_unflagged(text):
    assert found(text) == []


def test_a_hospital_named_for_a_saint_and_a_nun_keep_their_names():
    assert ("ORGANIZATION", "St. Jude") in found("she was admitted to St. Jude, the hospital")
    assert ("NAME", "Fatima") in found("a nun, Sister Fatima, came by")
    assert ("ORGANIZATION", "Our Lady of Lourdes School") in merged_found(
        "she goes to Our Lady of Lourdes School"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Youth counsellor with Tullagh Youth Space, a walk-in service", "Tullagh Youth Space"),
        ("Niamh was referred to Drumcree Trauma Support by her GP.", "Drumcree Trauma Support"),
        ("I started Akosua Counselling Rooms three years ago.", "Akosua Counselling Rooms"),
        ("a peer worker with Yuendumu Wellbeing Mob for three years", "Yuendumu Wellbeing Mob"),
    ],
)
def test_bodies_named_a_space_support_rooms_or_a_mob(text, value):
    # (a body named after a person may be found as the name: it is hidden either way)
    assert value in [v for _, v in merged_found(text)]


def test_scotlands_breathing_space_and_the_intentional_peer_support_model_stay_unflagged():
    text = (
        "He's given them the Breathing Space number. I know the research on the Intentional "
        "Peer Support model."
    )
    assert merged_found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our nurse, Daiaphi Khasi, speaks three languages.", ("NAME", "Daiaphi Khasi")),
        ("Sunita Oraon, 16, ran away from the hostel.", ("NAME", "Sunita Oraon")),
        ("She married on 14. Ramadan, at home with her family.", ("DATE", "14. Ramadan")),
        ("We dropped off candles for St Anne's, the care home.", ("ORGANIZATION", "St Anne's")),
        ("Shireen Jan, 44, lost her husband last year.", ("NAME", "Shireen Jan")),
        ("Su DNI, 40.112.673.", ("OTHER_ID", "40.112.673")),
    ],
)
def test_what_a_review_of_the_new_rules_found_they_must_not_lose(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lockdown — as we all know — was brutal for the groups.",
        "It was hard.\n\nWallahi, I'll never forget it.",
        "Psicóloga, I'll keep this short.",
        "Rishta aunty culture did a number on her.",
        "Waiting lists reach 4 000 000 people in England.",
        "We held the fundraiser at Christmas Bazaar.",
        "Le mandé por MP 15.000 para el alquiler.",
        "She texted in ALL CAPS Mariana style.",
        "Soy enfermera en Urgencias. I love the night shift and the team there very much.",
        "Creo en Dios. That is what she told me when we met at the clinic that day.",
    ],
)
def test_what_a_review_of_the_new_rules_found_they_must_not_flag(text):
    assert merged_found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's been given a discharge date, 14.09.23, to a step-down.", ("DATE", "14.09.23")),
        ("His release date: 03.02.24 was on the calendar.", ("DATE", "03.02.24")),
        ("a CAMHS team on the south side of Cork, and I've been", ("LOCATION", "Cork")),
        ("She named her Lerato, which means love.", ("NAME", "Lerato")),
        ("they christened him Kwabena in June", ("NAME", "Kwabena")),
        (
            "It's now Glenbrack Men's Talking Bothy, with six groups",
            ("ORGANIZATION", "Glenbrack Men's Talking Bothy"),
        ),
        (
            "The Imvelo Mental Wellness Forum started meeting",
            ("ORGANIZATION", "Imvelo Mental Wellness Forum"),
        ),
        (
            "Kigezi Hope Circles wouldn't exist without them.",
            ("ORGANIZATION", "Kigezi Hope Circles"),
        ),
    ],
)
def test_dates_after_date_a_town_after_its_side_a_child_named_and_bodies_from_a_read(
    text, expected
):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the update 2.1.24 broke the app; version 1.2.23 of the form",
        "the other side of Hope, really",
        "They named her Head Girl last year. We named her Employee of the Month.",
        'with the caption: "TELL THE FORUM. TELL THE CLINIC."',
    ],
)
def test_versions_a_sides_hope_honours_and_a_facility_noun_in_capitals_stay_unflagged(text):
    assert merged_found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My client, Desia, is 19 and lives with her aunt.", ("NAME", "Desia")),
        (
            "My goals: 1. Sleep more. 2. Walk daily.\n\nThen on 3. Ramadan she was admitted.",
            ("DATE", "3. Ramadan"),
        ),
        ("Her diary:\n1. Ramadan: first fast.\n2. Ramadan: headaches.", ("DATE", "2. Ramadan")),
        (
            "My client rents a desk at Chapel Rooms in Hebden Bridge.",
            ("ORGANIZATION", "Chapel Rooms"),
        ),
        (
            "My client works at Breathing Space Therapy Rooms in Leeds.",
            ("ORGANIZATION", "Breathing Space Therapy Rooms"),
        ),
        ("The Big Book Cafe in Ormskirk hired her.", ("ORGANIZATION", "Big Book Cafe")),
        ("Nkemdirim — we call him Nkem — moved back home.", ("NAME", "Nkemdirim")),
        ("Her registration is MP 7.412.", ("LICENSE_NUMBER", "MP 7.412")),
        ("Her DNI was 30.118.002.", ("OTHER_ID", "30.118.002")),
    ],
)
def test_what_a_second_review_found_the_new_rules_must_not_lose(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Safe Space, Technical Support, Help Desk, Staff Forum, Healing Circles and a Flash Mob.",
        "Ozempic — everyone knows the name now — was not an option for her.",
        "Brexit — my dad called it freedom — was the end of our friendship.",
        "Chaiwala uncle was late again. Then Bhabhi aunty called my mother.",
        "Her ring was 2 450 000 won, which she could not afford.",
        "The session cost MN 12.000 that month.",
        "My grandparents raised me, Ouma en Oupa, on a farm near the river.",
        "He prays to St Anthony whenever he loses his keys.",
    ],
)
def test_what_a_second_review_found_the_new_rules_must_not_flag(text):
    assert merged_found(text) == []


def test_a_name_before_jan_and_a_date_stay_apart():
    assert ("NAME", "Priya") in merged_found("We met Priya Jan the third week.")
    assert ("NAME", "Tariq") in merged_found("Tariq Jan. 2021 was the last visit.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she lives in Sandton, 2196.", "2196"),
        ("Sipho moved to Umlazi, 4031.", "4031"),
        ("ul. Polna 3, 00-950 Warszawa", "00-950"),
        ("kod pocztowy 31-042 on the form", "31-042"),
        ("her zip code 95-123 was wrong", "95-123"),
    ],
)
def test_four_digits_after_a_town_and_polish_postcodes(text, value):
    assert ("ZIP", value) in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She was born in Durban, 2019.",
        "I met Sarah, 2196.",
        "the score was 12-345 in the end",
        "Soweto, 1000.",
    ],
)
def test_years_people_scores_and_round_counts_are_no_postcodes(text):
    assert [c for c, _ in merged_found(text) if c == "ZIP"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I volunteer at Thandeka's Support Space. thandeka started it.",
            ("NAME", "thandeka"),
        ),
        ("Neha Desk, my client, was discharged. Desk had been with us.", ("NAME", "Desk")),
        ("Ogunwale is in hospital.", ("NAME", "Ogunwale")),
        ("Adewale uncle came by.", ("NAME", "Adewale")),
        ("Notes:\n2. März: admitted.\n3. Ramadan: discharged.", ("DATE", "3. Ramadan")),
        ("My daughter goes to Our Lady of Mercy.", ("NAME", "Mercy")),
        ("The Adivasi Mahila Sangh in Ranchi took her case.", ("NAME", "Adivasi Mahila Sangh")),
        ("Rafiqa Jan came to the clinic on Tuesday.", ("NAME", "Rafiqa Jan")),
        ("I work in CAPS III Jardim Aurora.", ("ORGANIZATION", "CAPS III Jardim Aurora")),
        ("Her phone number is 12 03 2024.", ("PHONE", "12 03 2024")),
    ],
)
def test_what_a_third_review_found_the_new_rules_must_not_lose(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The CAMHS Support worker came. The GP Support Desk was shut.",
        "Wallahi, I hope you understand.",
        "Licenciada en Derecho. Trabalho em Atenção Básica.",
        "The score was 21-105 on the day.",
        "Rent for a room in Sandton, 8500.",
        "Ozempic — we called them skinny jabs — was everywhere.",
        "Fauji uncle told me a story.",
    ],
)
def test_what_a_third_review_found_the_new_rules_must_not_flag(text):
    assert [c for c, v in merged_found(text) if v != "Sandton"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname of no dictionary before an age; a given name before an age and a people
        ("Fanfan is seven. He came to the school this year.", ("NAME", "Fanfan")),
        ("Frank is 78. Colombian, came to the US in the seventies.", ("NAME", "Frank")),
        # a weekday that a person is named
        ("One of our regulars is a man named Sunday. Yes, that's his name.", ("NAME", "Sunday")),
        # a name written small after who calls one by it, or before an aside on the nickname
        ("(her friends call her awi, nobody uses her full name)", ("NAME", "awi")),
        ("one of the boys, chepe (everyone has a nickname here), came", ("NAME", "chepe")),
        # a word for kin that a person is nicknamed
        ("We admitted a young woman, nicknamed Ammu by everyone.", ("NAME", "Ammu")),
        # initials opening a paragraph before an aside about the person
        ("Thanks all.\nJ.P. (he goes by his initials) is out every day.", ("NAME", "J.P.")),
        # names joined by a Persian or Arabic link
        ("Psychologist, private practice, Gulshan-e-Iqbal.", ("LOCATION", "Gulshan-e-Iqbal")),
        ("Noor-ul-Ain came in on Monday.", ("NAME", "Noor-ul-Ain")),
        # a record's date after its cue and a colon
        ("Admitted: 03.11.22. Brought in by ambulance.", ("DATE", "03.11.22")),
        # a postcode a few words after its cue
        ("made them write the postcode properly, 4092, not that.", ("ZIP", "4092")),
        # a Swahili particle inside a body's name
        (
            "I coordinate volunteers at the Sauti ya Faraja Crisis Line. We answer calls.",
            ("ORGANIZATION", "Sauti ya Faraja Crisis Line"),
        ),
    ],
)
def test_names_places_and_numbers_of_the_hundred_and_sixty_fifth_to_seventy_first_sets(
    text, expected
):
    assert expected in merged_found(text)


def test_a_weekday_name_found_once_is_not_hidden_where_it_is_the_day():
    text = (
        "A man named Sunday comes to the drop-in. Every Sunday morning he goes to church."
        " Big up Sunday."
    )
    assert [v for c, v in merged_found(text) if c == "NAME"] == ["Sunday", "Sunday"]
    spans = [d.start for d in merge_detections(scan(text)) if d.category.value == "NAME"]
    assert text.index("Every Sunday") + len("Every ") not in spans


@pytest.mark.parametrize(
    "text",
    [
        # a weekday's group by its own nickname
        "The group calls itself the Saturday Didis, which I love.",
        "They named it the Wednesday Tea Club, and we were invited.",
        'We started a WhatsApp group called "Tuesday Crew". The rule is not followed.',
        # the day, not a person named after it
        "the meeting named Sunday as the day of rest",
        # a word with a learned prefix
        "Telepsychiatry gets dismissed as second best.",
        # departments and states that are no town's or person's name
        "She was born in Valle del Cauca and grew up by the sea.",
        "He crossed from Táchira on foot, six years ago.",
        # a party's name joined by the link, English words joined so
        "She voted for Tehreek-e-Insaf last time.",
        # initials that are a country's, before an aside
        "U.S. (as he calls it) is big.",
        # a drug set off by commas before an aside on its name
        "One of the drugs, venlafaxine (brand name Effexor), worked.",
        # a word for kin everybody calls someone, said to mean kin
        "Everyone calls her Hooyo, which means mother.",
    ],
)
def test_what_the_hundred_and_sixty_fifth_to_seventy_first_sets_must_not_flag(text):
    assert [(c, v) for c, v in merged_found(text) if v != "Effexor"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday-named person after "on", "by": the person, as before
        (
            "His name is Sunday Okafor. Everyone on the ward relies on Sunday.",
            ("NAME", "Sunday"),
        ),
        # names of departments and states that are people's names too
        ("My client Zulia Pérez came in today.", ("NAME", "Zulia Pérez")),
        ("I met Chocó Mosquera at the shelter.", ("NAME", "Chocó Mosquera")),
        # a surname of a learned prefix and a short word
        ("Mr Transfield came in for his depot today.", ("NAME", "Transfield")),
        # a person called something in a group chat
        ("Someone in the group chat called Marcus told her to kill herself.", ("NAME", "Marcus")),
        # a club of a weekday that is a body, named by no one in the text
        (
            "He boxes at the Saturday Boxing Club on Mill Lane.",
            ("ORGANIZATION", "Saturday Boxing Club"),
        ),
    ],
)
def test_what_a_review_of_the_seventy_first_sets_rules_found_they_must_not_lose(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks.\nN.B. (this is him being dramatic) he refused meds.",
        "Art is 7. Spanish, 5. History, 6.",
        "Leicester is 2 and Forest 1 at half time.",
        "The patient named Monday as the day he relapsed.",
        "I checked her postcode right, 2019 was the last time.",
        "His family call him daily.",
    ],
)
def test_what_a_review_of_the_seventy_first_sets_rules_found_they_must_not_flag(text):
    assert merged_found(text) == []


def test_a_swahili_particle_joins_no_english_word_to_a_body():
    found = merged_found("Told ya Oakwood Mental Health Trust would call.")
    assert found == [("ORGANIZATION", "Oakwood Mental Health Trust")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is a word, written small between commas, before what she did
        ("one of our girls, jade, has been with us a year. when she came in", ("NAME", "jade")),
        # a weekday a person is called, not the day after "a"
        ("A young man called Sunday came home on a Sunday.", ("NAME", "Sunday")),
        # plates: India's with spaces, Sri Lanka's with its province, one a few words after
        # its cue
        ("the number KA 04 AF 7731 painted big on the back", ("VEHICLE_ID", "KA 04 AF 7731")),
        ("parked outside the gate, plate WP QA-4417 polished", ("VEHICLE_ID", "WP QA-4417")),
        ("his reg from the CCTV request, MKZ 6183, and", ("VEHICLE_ID", "MKZ 6183")),
        # a register's letters, a number and the year
        ("a missing person report, CSR 412/2023, and", ("OTHER_ID", "CSR 412/2023")),
        # a licence after its issuer's mixed capitals
        ("I signed with my licence, CPsP 31874, to get him in.", ("LICENSE_NUMBER", "CPsP 31874")),
    ],
)
def test_names_and_numbers_of_the_hundred_and_seventy_third_to_seventy_seventh_sets(text, expected):
    assert expected in merged_found(text)


def test_a_weekday_after_a_is_the_day_where_a_person_is_named_after_it():
    text = "A young man called Sunday came home on a Sunday."
    assert [v for c, v in merged_found(text)] == ["Sunday"]


@pytest.mark.parametrize(
    "text",
    [
        "Hypomania came on fast.",
        "client, 60s, farmer, widowed, hadn't seen anyone",
        "15 year old girl, self-harm, urgent. no phone number",
        "He called the Employee Assistance Program.",
        "I'm an AMHP (Approved Mental Health Professional, for anyone outside England).",
        "Today I presented at our Trust's Schwartz Round for the first time.",
        "UP 20 PM 2020 was the plan",
        "In PHQ 9/2021 terms",
    ],
)
def test_what_the_hundred_and_seventy_third_to_seventy_seventh_sets_must_not_flag(text):
    assert [(c, v) for c, v in merged_found(text) if c != "DATE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of English words, found again written small
        (
            "My client Witness Waters sleeps rough. i saw witness waters again today.",
            ("NAME", "witness waters"),
        ),
        # a plate of capitals, a few words after its cue and a comma
        ("his reg from the CCTV request, MKZ 6183, and", ("VEHICLE_ID", "MKZ 6183")),
    ],
)
def test_what_a_review_of_the_seventy_seventh_sets_rules_found_they_must_not_lose(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client called Monday to cancel her appointment.",
        "the dad, young, was there. i was glad",
        "client, 60s, farmer, has two sons. i was glad",
        "Funding for FY 2022/2023 is cut.",
        "RA 9262/2004 protects women.",
        "born at GA 36 W 2900 grams",
        "AS 12 TS 2021 on the chart",
        "The reg from liaison psych, 10 PM on a Friday",
        "Carer said she'd found him on the floor.",
        "Agoraphobia (she hasn't left the flat since March) is the main issue.",
    ],
)
def test_what_a_review_of_the_seventy_seventh_sets_rules_found_they_must_not_flag(text):
    assert [(c, v) for c, v in merged_found(text) if c != "DATE"] == []


def test_a_word_for_kin_everyone_calls_someone_is_not_hidden_elsewhere():
    text = "Ama (Mama to everyone at the refuge) came. The baby cried for his Mama all night."
    assert [v for _, v in merged_found(text)] == ["Ama"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is a word, before what a person is: "a retired postman"
        ("Bill is a retired postman in his seventies.", ("NAME", "Bill")),
        # a name before the Marathi "tai" (elder sister) or the Hindi "bhabhi"
        ("Pinky tai joined two years ago.", ("NAME", "Pinky")),
        ("Sunita bhabhi runs the group.", ("NAME", "Sunita")),
        # a weekday that is a given name, before a surname of no list after "a man called"
        ("A man called Sunday Agbeko was admitted.", ("NAME", "Sunday Agbeko")),
        # a rare word that opens a sentence, before an age in digits
        ("Ummer, 52, came back from the Gulf after 22 years.", ("NAME", "Ummer")),
        # a handle written small after "a new member," and set off by commas
        ("About a year ago a new member, quietmango, posted at 4 am.", ("NAME", "quietmango")),
        # the name a message's writer gives after "hi miss its"
        ('"miss its jayden. passed my first assessment."', ("NAME", "jayden")),
        ('"hi miss its lupita from like 5 yrs ago lol."', ("NAME", "lupita")),
        # an isle of a listed town's name, whole
        ("a crofting family on the Isle of Skye who", ("LOCATION", "Isle of Skye")),
        # "Allah" that opens a Pakistani name set off after a word for a person
        ("An elderly man, Allah Dino Soomro, came.", ("NAME", "Allah Dino Soomro")),
        ("Mr Allah Bux Jatoi was discharged.", ("NAME", "Allah Bux Jatoi")),
    ],
)
def test_what_the_hundred_and_eighty_third_to_eighty_ninth_sets_showed_missed(text, expected):
    assert expected in merged_found(text)


def test_a_weekday_person_is_found_again_but_not_the_day():
    text = (
        "The radio man and my Sunday shift. A man called Sunday Agbeko was admitted. "
        "This Sunday, I was on the early shift. On the first Sunday of the month he came. "
        "Sunday stayed twenty minutes."
    )
    assert [v for _, v in merged_found(text)] == ["Sunday Agbeko", "Sunday"]


@pytest.mark.parametrize(
    "text",
    [
        "Mondays, 6 to 7:30 pm, room 203.",
        "Retired landscape gardener, Nisei, mid-eighties.",
        "A Swiss man, fifties, winemaker, came to me.",
        "Tomatoes, runner beans, potatoes, courgettes, a row of sweet peas.",
        "She failed sertraline, venlafaxine, bupropion and more.",
        "Grace is a gift we did not earn.",
        "We learned tai chi on Tuesdays.",
        "Seu filho voltou a estudar.",
        "She says she wants to live to a hundred so the mayor has to visit.",
        "He plans to live to 100 and beyond.",
        "She trained in Carnatic music.",
        "A community org for Himalayan immigrants.",
        "Sir its done.",
        "hey its me. passed!",
        "Community psychiatric nurse on the Isle of Man. Small island.",
        "Thanks all, Allah Hafiz.",
    ],
)
def test_what_the_hundred_and_eighty_third_to_eighty_ninth_sets_must_not_flag(text):
    assert [(c, v) for c, v in merged_found(text) if c != "DATE"] == []


def test_an_age_reached_is_still_hidden_where_a_wish_is_not():
    assert ("AGE_OVER_89", "a hundred and two") in merged_found("She lived to a hundred and two.")
    assert ("AGE_OVER_89", "101") in merged_found("Gran made it to 101 last week.")


def test_a_person_found_elsewhere_is_found_where_addressed_before_a_pronoun():
    text = "A man named Sunday came to us in spring.\n\nSunday, you were brilliant."
    assert [v for _, v in merged_found(text)] == ["Sunday", "Sunday"]
    # a sentence's first word before a pronoun is still the word: "Will you believe it"
    assert [v for _, v in merged_found("My client Will came. Will you believe it?")] == ["Will"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Seu" is a surname too
        ("Lani Seu has been on our caseload since 2019.", ("NAME", "Lani Seu")),
        # "that" before a weekday a person is named is a conjunction
        (
            "A man called Sunday Okafor joined the group. His wife said that Sunday had "
            "stopped eating.",
            ("NAME", "Sunday"),
        ),
        # an age reached, or a birthday to come, after "live to" or "make it to"
        ("Her gran was the first in the family to live to 100.", ("AGE_OVER_89", "100")),
        ("My nan managed to live to 103.", ("AGE_OVER_89", "103")),
        ("My client's father will make it to 100 on Sunday.", ("AGE_OVER_89", "100")),
        # a word for an elder brother that a man is called by
        ("We call him Paji at the centre, his real name is Manjit.", ("NAME", "Paji")),
        ("A man named Afaan came to the clinic.", ("NAME", "Afaan")),
    ],
)
def test_what_a_review_of_the_eighty_ninth_sets_rules_found_they_must_not_lose(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Try tai chi, my GP said.",
        "Pune tai chi clubs are full.",
        "The Desi bhabhi stereotype again.",
        "Resps, 22, on room air.",
        "Sats, 88, so we called the doctor.",
        "Righto, 10, 9, 8, here we go.",
        "Patience is a pensioner's most precious resource.",
        "Cricket is a gentleman's game.",
        "hey its jummah, call you after",
    ],
)
def test_what_a_review_of_the_eighty_ninth_sets_rules_found_they_must_not_flag(text):
    assert [(c, v) for c, v in merged_found(text) if c != "DATE"] == []


def test_a_name_that_is_a_word_is_found_again_before_a_comma_and_a_pronoun():
    text = "My client Grace came in on Monday. Grace, she is doing so much better now."
    assert [v for _, v in merged_found(text)] == ["Grace", "Grace"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of no list in capitals after a word for kin or a client
        ("Her granddaughter ZANELE posted a pic at the party.", ("NAME", "ZANELE")),
        ("my client THABO came in today.", ("NAME", "THABO")),
        # one or two words of no list written small, set off before a verb only people do
        (
            "kid i met on a crisis call last winter, lainyeix miyounyiax, asked his auntie",
            ("NAME", "lainyeix miyounyiax"),
        ),
        ("kid i met last winter, zorvax, asked his auntie to drive", ("NAME", "zorvax")),
    ],
)
def test_names_nobody_has_met_in_capitals_or_small_after_their_cue_are_found(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "her son CAMHS referred him.",
        "my client SAMHSA helped.",
        "we had samosas, pani puri, chaat, and then we laughed",
    ],
)
def test_initialisms_shouts_and_lists_are_no_names_nobody_has_met(text):
    assert [v for c, v in merged_found(text) if c == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zhilex first came because his daughter was worried.", ("NAME", "Zhilex")),
        ("Mboadia barely spoke for the first weeks.", ("NAME", "Mboadia")),
        ('He signs off every text "Dreim".', ("NAME", "Dreim")),
        ('He signs off his texts to the service as "Moaloam" now.', ("NAME", "Moaloam")),
        ("Drovae, as he asked us to call him from then on, was a changed man.", ("NAME", "Drovae")),
        ("Wuyoal — she goes by that now — in an apron.", ("NAME", "Wuyoal")),
        (
            "dont go near camhs. theres a lad i have known since he was 13, wuyoal, hes 17 now.",
            ("NAME", "wuyoal"),
        ),
        (
            "She writes her name in capitals on the front of her notebook, RIASUS, so they know.",
            ("NAME", "RIASUS"),
        ),
        ("Long day. Drek and Zhilex are both from Ghana.", ("NAME", "Drek")),
        ("Four months clean.\n\nTaiku, keep going.", ("NAME", "Taiku")),
        ("Long day.\n\nSaze, tight lines, my friend.", ("NAME", "Saze")),
        (
            "Our newest member signed the register in big capital letters: DOAS NDINUL. Seventy.",
            ("NAME", "DOAS NDINUL"),
        ),
    ],
)
def test_names_nobody_has_met_by_what_is_said_of_them_are_found(text, expected):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Covid first came in 2020.",
        "Long day.\n\nWallahi, keep going.",
        "Long day.\n\nAnyway, keep going.",
        "Sertraline and Prozac are both SSRIs.",
        'She signs off every email "Best".',
        "THANK YOU SO MUCH (sorry for all caps)",
        'with the subject line "JEREJEF" in all caps, which is wolof for thank you',
        "She wrote PTSD and OCD in capitals on the board, and signed it.",
    ],
)
def test_what_is_said_of_a_name_nobody_has_met_does_not_flag_other_words(text):
    assert [v for c, v in merged_found(text) if c == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi miss its kayla again, can we talk.", ("NAME", "kayla")),
        ("My nan managed to live to 103.", ("AGE_OVER_89", "103")),
        ("Long day. Drek and Zhilex are both from Ghana.", ("NAME", "Zhilex")),
    ],
)
def test_what_a_second_review_of_the_eighty_ninth_sets_rules_found_they_must_not_lose(
    text, expected
):
    assert expected in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my client IAPT referral took six months.",
        "her son EHCP review is next week.",
        "We waited an hour. Deliveroo finally came.",
        "We tried it. Ozempic also has side effects.",
        'He signs off every message with "Namaste".',
        'She signs off with "Shukran" every time.',
        "Sorry for all caps, she signed up with LAGOS on her form.",
        "he was 12, bruv, hes 14 now.",
        "her son FOMO is real, he wants every new phone.",
        "We waited an hour. Mounjaro then came in the post.",
        'He signs off his posts "Namaskar".',
    ],
)
def test_what_a_second_review_of_the_eighty_ninth_sets_rules_found_they_must_not_flag(text):
    assert [(c, v) for c, v in merged_found(text) if c == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word for kin, or a title of another language, that everybody calls a person
        ("Everyone at home calls her Mami and so, after a while, did we.", "Mami"),
        ("this girl in class 10, everyone calls her ammu (lowercase, she insists)", "ammu"),
        ("a retired docker, everybody calls him tito, he insists on the lowercase", "tito"),
        ("Everyone on the ward calls her Nonna.", "Nonna"),
        ("The kids here call her Amma, and she loves it.", "Amma"),
        # a word of English that everybody calls someone, for a reason said after it
        ("a young man i see, everybody calls him sunny bc he always smiling", "sunny"),
        ("everyone calls her goldie because of her teeth", "goldie"),
    ],
)
def test_a_word_for_kin_or_a_word_everybody_calls_a_person_for_a_reason_is_a_name(text, expected):
    assert ("NAME", expected) in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        # the writer addressed, a word of English for kin, a gloss, a title before a name
        "My sister calls me Didi and I love it.",
        "everyone calls her mum when they need help, she always picks up.",
        "she calls her mum every day.",
        "Everyone calls her Hooyo, which means mother, but she is not ours.",
        "the kids call him Ataatatsiaq, grandfather, even the ones who are not kin.",
        "Everyone calls her Auntie, including the consultant.",
        "everyone calls him out on it, and he laughs.",
        "everyone calls him sunny, it is the weather here.",
        # what is said of a person, for a reason (a review's sentences)
        "They call him slow because he takes a while to answer.",
        "Everyone calls him lazy because he sleeps all day, but it's the olanzapine.",
        "They call her fat cos she gained weight on the meds.",
        "Everyone calls her love because that's how they talk up north.",
        "Everyone at home calls her tonite because it's her birthday.",
        # a family's word for kin, English kin, a title of two letters, glosses of other shapes
        "Her family calls her beti, she's the only daughter.",
        "He has two boys and the kids call him Abba.",
        "Everybody calls him bro, he's that kind of guy.",
        "Everyone calls her Amma \u2014 it means mother in Tamil.",
        "Everybody calls him Mzee, a respectful word for any elder.",
        "Everyone calls her Hooyo (Somali for mum), it's a mark of respect.",
        "The boys call her Khala, like they call all the mums on the estate.",
        "Everyone calls him Ji, like every older man here.",
    ],
)
def test_a_word_for_kin_everybody_says_is_no_name_where_it_is_not_what_one_is_called(text):
    assert [v for c, v in merged_found(text) if c == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Long week.\n\nPrecious was one of mine. Her sister came too.", "Precious"),
        ("Long week.\n\nMickey is one of my regulars, Irish, a firefighter.", "Mickey"),
        ("Long week.\n\nDawn was one of our very first clients.", "Dawn"),
    ],
)
def test_a_given_name_that_is_a_word_said_to_be_one_of_the_workers_people_is_a_name(text, expected):
    assert ("NAME", expected) in merged_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Long week.\n\nHope was one of my favourite words.",
        "Long week.\n\nGrace is one of our values here.",
        "Long week.\n\nWinter was one of those seasons.",
        "What keeps you going? Patience is one of mine too.",
        "Hope is one of my kids' favourite words.",
        "Unity is one of our members, a housing co-op in the east end.",
    ],
)
def test_a_word_that_is_one_of_the_workers_things_is_no_name(text):
    assert [v for c, v in merged_found(text) if c == "NAME"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The shop is gone.\n\nAbraços,\nPsicóloga, CRP 04/51873",
        '"Patient: Ms Persad-Maharaj. DOB 11/07/1988. Reg. no. SFGH-771204. Discharged."',
        "He said he had asked the Virgin of Guadalupe to take him and she had said no.",
    ],
)
def test_a_role_signing_a_registrations_label_and_a_title_of_mary_are_no_names_or_places(text):
    values = [v for c, v in merged_found(text) if c in {"NAME", "LOCATION"}]
    assert not {"Psicóloga", "Reg", "Guadalupe"} & set(values)


def test_reg_and_a_hospital_named_for_mary_stay_found():
    assert ("NAME", "Reg") in merged_found("Had a long session with Reg. Not much change.")
    text = "She was admitted to Our Lady of Lourdes last week after the overdose."
    assert "Lourdes" in " ".join(v for _, v in merged_found(text))


def test_a_given_name_that_is_a_word_before_came_in_on_remand_is_a_name():
    text = "Not a job most people picture.\n\nDean came in on remand eighteen months ago."
    assert ("NAME", "Dean") in merged_found(text)


class _Found:
    """A detector that finds given words, to show what is carried over the words after them."""

    name = "found"

    def __init__(self, *found):
        self.found = found

    def detect(self, text):
        for word, category in self.found:
            start = text.index(word)
            yield Detection(
                start=start, end=start + len(word), category=category, score=0.9, detector="found"
            )


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # after a body, a facility's noun that stops a name goes on with it
        (
            "It was at a night run by Cedars Community Care, where we met.",
            ("Cedars Community", rk.PhiCategory.ORGANIZATION),
            ("ORGANIZATION", "Cedars Community Care"),
        ),
        (
            "She went to Ikhwezi Home-Based Care. She is kind.",
            ("Ikhwezi Home-Based", rk.PhiCategory.ORGANIZATION),
            ("ORGANIZATION", "Ikhwezi Home-Based Care"),
        ),
        # not after a name or a place
        ("I told Maria Care was the word.", ("Maria", rk.PhiCategory.NAME), ("NAME", "Maria")),
        (
            "We drove to Leeds Care was good.",
            ("Leeds", rk.PhiCategory.LOCATION),
            ("LOCATION", "Leeds"),
        ),
    ],
)
def test_a_facility_noun_after_a_body_goes_on_with_it(text, found, expected):
    assert [
        (d.category.value, text[d.start : d.end])
        for d in merge_detections(scan(text, detectors=[_Found(found)]))
    ] == [expected]


@pytest.mark.parametrize(
    ("text", "found_word", "expected"),
    [
        # a surname in capitals before or after a name found
        ("I want to shout out UWIMANA Claudine, third-year.", "Claudine", "UWIMANA Claudine"),
        ("I met Claudine UWIMANA at the clinic.", "Claudine", "Claudine UWIMANA"),
        # initials before a name found
        ("Follow-up. R. Garza, 58, came in.", "Garza", "R. Garza"),
        ('The letter said "Dear A.K. Mensah, we regret".', "Mensah", "A.K. Mensah"),
        # an acronym, an English word in capitals, a thing's letter: no part of the name
        ("She has PTSD Maria said.", "Maria", "Maria"),
        ("I said NO Maria, not today.", "Maria", "Maria"),
        ("We went with plan B. Smith said no.", "Smith", "Smith"),
        # the apostrophe written for the glottal stop that starts a Tongan or Hawaiian name
        ("This year he and his wife 'Ofa started a kava circle.", "Ofa", "'Ofa"),
        ("Her eldest, \u2018Ana, 14, came too.", "Ana", "\u2018Ana"),
        # not a quote's opening mark, nor a name that starts with no vowel
        ("I said 'Emma, stop' and she laughed.", "Emma", "Emma"),
        ("He wrote 'Ana' on the card.", "Ana", "Ana"),
        ("the sign said 'Mele works here'", "Mele", "Mele"),
        ("a note: 'Sione came by.", "Sione", "Sione"),
    ],
)
def test_a_surname_in_capitals_initials_and_a_glottal_stop_beside_a_name_are_part_of_it(
    text, found_word, expected
):
    found_name = _Found((found_word, rk.PhiCategory.NAME))
    assert [
        (d.category.value, text[d.start : d.end])
        for d in merge_detections(scan(text, detectors=[found_name]))
    ] == [("NAME", expected)]
