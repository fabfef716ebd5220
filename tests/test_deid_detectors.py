"""
The detectors: what they find, what they leave alone, and how they are registered.

These are the rules' tests: the learned detector is switched off in the default registry here
(see ``test_deid_learned.py``).
"""

from __future__ import annotations

import array
import gc
import json
import re
import subprocess
import sys
import zlib
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewardkit import PhiCategory, PluginError
from rewardkit.deid import (
    ENTRY_POINT_GROUP,
    Detection,
    Detector,
    DetectorError,
    DetectorRegistry,
    _engine,
    _lexicon,
    _model,
    builtin_detectors,
    mask_identifier,
    registry,
    scan,
)

C = PhiCategory


def merged_found(text: str) -> list[tuple[str, str]]:
    """Return the category and text of each detection after merging, as redaction sees them."""
    return [(d.category.value, text[d.start : d.end]) for d in _engine.merge_detections(scan(text))]


pytestmark = pytest.mark.usefixtures("rules_only")


def found(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(d.category.value, text[d.start : d.end]) for d in scan(text, **kwargs)]


def covered(text: str, value: str, category: PhiCategory | set[PhiCategory]) -> bool:
    start = text.index(value)
    end = start + len(value)
    wanted = category if isinstance(category, set) else {category}
    return any(d.category in wanted and d.start <= start and end <= d.end for d in scan(text))


POSITIVES = [
    # contact data
    ("Email me at k.delacroix@example.org today.", "k.delacroix@example.org", C.EMAIL),
    ("write to jo (at) example (dot) com", "jo (at) example (dot) com", C.EMAIL),
    ("Call (614) 555-0192 after five.", "(614) 555-0192", C.PHONE),
    ("Call 614.555.0192 after five.", "614.555.0192", C.PHONE),
    ("Her cell is +1 415-555-0139.", "+1 415-555-0139", C.PHONE),
    ("His UK number +44 7700 900123 is old.", "+44 7700 900123", C.PHONE),
    ("Ring 07700 900123 if you can.", "07700 900123", C.PHONE),
    ("Her French number 06 12 34 56 78 works.", "06 12 34 56 78", C.PHONE),
    ("Call 555-0134 to check in.", "555-0134", C.PHONE),
    ("phone number 6145550192 on file", "6145550192", C.PHONE),
    ("Our fax: (503) 555-0147 for records.", "(503) 555-0147", C.FAX),
    ("See https://example.org/a/b?c=1 for more.", "https://example.org/a/b?c=1", C.URL),
    ("Go to www.eastside.example.com/referrals now.", "www.eastside.example.com/referrals", C.URL),
    ("Her page is gofund.me/4f7a2b91 if you want.", "gofund.me/4f7a2b91", C.URL),
    ("Logged from 192.168.14.201 last night.", "192.168.14.201", C.IP_ADDRESS),
    (
        "Address 2001:db8:85a3::8a2e:370:7334 was flagged.",
        "2001:db8:85a3::8a2e:370:7334",
        C.IP_ADDRESS,
    ),
    # numbers
    ("SSN 987-65-4320 on the form.", "987-65-4320", C.SSN),
    ("her social security number is 219099999.", "219099999", C.SSN),
    ("MRN 00482913 was on the sheet.", "00482913", C.MRN),
    ("medical record number: MR-884213", "MR-884213", C.MRN),
    ("member ID XKJ448812204 went through", "XKJ448812204", C.HEALTH_PLAN_ID),
    ("Medicare MBI 1EG4-TE5-MK73 is on the card", "1EG4-TE5-MK73", C.HEALTH_PLAN_ID),
    ("account number 0049128834 was printed", "0049128834", C.ACCOUNT_NUMBER),
    ("card 4111 1111 1111 1111 on file", "4111 1111 1111 1111", C.ACCOUNT_NUMBER),
    (
        "IBAN GB82 WEST 1234 5698 7654 32 for the gift",
        "GB82 WEST 1234 5698 7654 32",
        C.ACCOUNT_NUMBER,
    ),
    ("driver's license D1234-5678-9012 is back", "D1234-5678-9012", C.LICENSE_NUMBER),
    ("NPI 1234567893 on the referral", "1234567893", C.LICENSE_NUMBER),
    ("the van (plate 7ABC123) honked", "7ABC123", C.VEHICLE_ID),
    ("VIN 1HGCM82633A004352 on the title", "1HGCM82633A004352", C.VEHICLE_ID),
    ("serial number SN4471-99A2 on the tablet", "SN4471-99A2", C.DEVICE_ID),
    ("MAC 00:1A:2B:3C:4D:5E on the router", "00:1A:2B:3C:4D:5E", C.DEVICE_ID),
    ("booking # B-20231147 on the paperwork", "B-20231147", C.OTHER_ID),
    ("case number 2023-JV-00418 in court", "2023-JV-00418", C.OTHER_ID),
    ("the post t3_1h4f3x was removed", "t3_1h4f3x", C.OTHER_ID),
    # places and ZIP codes
    ("She lives in Portland, ME 04101 now.", "04101", C.ZIP),
    ("zip code 94110 on the form", "94110", C.ZIP),
    ("Her postcode is SW1A 1AA in London.", "SW1A 1AA", C.ZIP),
    ("They live at 1420 Maple Avenue with her aunt.", "1420 Maple Avenue", C.LOCATION),
    ("Her flat on Calle de Alcalá is small.", "Calle de Alcalá", C.LOCATION),
    ("I work in Bakersfield and love it.", "Bakersfield", C.LOCATION),
    ("She grew up in Zanesville and moved.", "Zanesville", C.LOCATION),
    ("He lives in Harmon County now.", "Harmon County", C.LOCATION),
    # dates
    ("Discharged on March 14, 2023 at last.", "March 14, 2023", C.DATE),
    ("Discharged 4/17/2024 and doing well.", "4/17/2024", C.DATE),
    ("Admitted 2024-01-15 after the fall.", "2024-01-15", C.DATE),
    ("We started in September 2021 together.", "September 2021", C.DATE),
    ("Her birthday is June 3rd and she invited me.", "June 3rd", C.DATE),
    ("It's the 12th of May today.", "12th of May", C.DATE),
    ("Born 02/29/1932 in a farmhouse.", "02/29/1932", C.DATE),
    ("We met on 3/14 at the clinic.", "3/14", C.DATE),
    ("I worked Christmas Day 2022 on the unit.", "Christmas Day 2022", C.DATE),
    # ages over 89
    ("She is 93 years old and sharp.", "93 years old", C.AGE_OVER_89),
    ("a 92-year-old machinist", "92-year-old", C.AGE_OVER_89),
    ("her ninety-four year old grandmother", "ninety-four year old", C.AGE_OVER_89),
    ("she turned 100 last week", "100", C.AGE_OVER_89),
    ("her 90th birthday party", "90th", C.AGE_OVER_89),
    ("a woman in her late 90s", "90s", C.AGE_OVER_89),
    ("My patient Harriet, 102, outlived them all.", "102", C.AGE_OVER_89),
    # usernames
    ("Thanks u/quiet_harbor_rn for the idea.", "u/quiet_harbor_rn", C.USERNAME),
    ("Hi /u/lanternkeeper, this is for you.", "/u/lanternkeeper", C.USERNAME),
    ("She follows @mindful.meadows on there.", "@mindful.meadows", C.USERNAME),
    # people
    ("My client Sarah said thank you.", "Sarah", C.NAME),
    ("my client jayden read a page aloud", "jayden", C.NAME),
    ("Dr. Okonkwo stopped me in the hall.", "Okonkwo", C.NAME),
    ("Mrs. O'Brien brought cookies.", "O'Brien", C.NAME),
    ("A client named Will said thanks.", "Will", C.NAME),
    ("Grace's mom called today.", "Grace", C.NAME),
    ("Then Dolores Whitfield wrote to me.", "Dolores Whitfield", C.NAME),
    ("My patient Siobhán sang in Irish.", "Siobhán", C.NAME),
    ("His brother-in-law Jean-Baptiste came.", "Jean-Baptiste", C.NAME),
    ("We met Nguyễn Văn An at the center.", "Nguyễn Văn An", C.NAME),
    ("🎉🎉 Benedikt finished treatment! 🎉", "Benedikt", C.NAME),
    ("My client Zoe\u0308 asked for a hug.", "Zoe\u0308", C.NAME),
    ("He goes by Birdie now.", "Birdie", C.NAME),
    ("The dad I work with, Tavish, cried when she hugged him.", "Tavish", C.NAME),
    ("the kid, oswin, drew me a dragon", "oswin", C.NAME),
    ("A card came from the Okafors after discharge.", "Okafors", C.NAME),
    ("Mrs. Van der Berg sent stroopwafels.", "Van der Berg", C.NAME),
    ("Her mom, Maria de la Cruz, called.", "Maria de la Cruz", C.NAME),
    # organisations
    ("I work at Riverside Community Hospital now.", "Riverside Community Hospital", C.ORGANIZATION),
    ("a teen at Jefferson High School", "Jefferson High School", C.ORGANIZATION),
    ("I'm a counselor at St. Brigid's school.", "St. Brigid's", C.ORGANIZATION),
    ("He got a job at Costello & Sons Plumbing.", "Costello & Sons Plumbing", C.ORGANIZATION),
    # A single word that is also a given name may be taken for either.
    ("Her psychiatrist at Kaiser agreed.", "Kaiser", {C.ORGANIZATION, C.NAME}),
    ("She studies at the University of Vermont now.", "University of Vermont", C.ORGANIZATION),
    ("He now runs Juniper Ridge Recovery House.", "Juniper Ridge Recovery House", C.ORGANIZATION),
    ("He got a job at the Feed Barn in town.", "Feed Barn", C.ORGANIZATION),
    # places, numbers and handles
    ("A family in Sault Ste. Marie wrote to us.", "Sault Ste. Marie", C.LOCATION),
    ("She moved into the 97214 zip code.", "97214", C.ZIP),
    ("His plate, 8KDL442, was on the card.", "8KDL442", C.VEHICLE_ID),
    ("His story is at linktr.ee/oren_recovers now.", "linktr.ee/oren_recovers", C.URL),
    ("Her old blog, paper-moon-diaries, is back.", "paper-moon-diaries", C.USERNAME),
    ("My tumblr: quiet_river_88 if you want it.", "quiet_river_88", C.USERNAME),
]


@pytest.mark.parametrize(("text", "value", "category"), POSITIVES)
def test_finds_identifier(text, value, category):
    assert covered(text, value, category), found(text)


NEGATIVES = [
    "In 2019 she moved to Texas, and in 2024 she graduated.",
    "He's 45 and she's 89, and both came to group.",
    "A 17-year-old told me she has a future.",
    "Sertraline 50mg, lithium 300 mg twice a day.",
    "Session at 3pm, then another at 10:30 on Friday.",
    "Diagnosis F41.1 changed to F33.0 in remission.",
    "10/10 would recommend therapy. 24/7 on call. 3/4 of the group came.",
    "Last Tuesday she laughed. Two weeks ago she couldn't get out of bed.",
    "In March we start a new group, every Monday in May.",
    "Please call or text 988, or the old lifeline 1-800-273-8255.",
    "I work in Ohio, grew up in Canada, trained in the UK.",
    "The clinical director and the LCSW on my team both cried.",
    "Her PHQ-9 went from 21 to 8 over twelve weeks.",
    "Our group of 8 teens met for 90 minutes, 6 months in a row.",
    "A 50-minute session costs $150, sliding scale down to $20.",
    "She rated it 4 out of 10, then 7/10 the week after.",
    "We did the 5-4-3-2-1 grounding exercise together.",
    "He has 90 days sober. Ninety days!",
    "She's been stable for 2 years, since the fall of 2022.",
    "He's on a 72-hour hold and asked to stay voluntarily.",
    "The DBT skills group and the ICU team were amazing.",
    "Working as a peer support worker in the Midwest is great.",
    "Room 12 has the best view on our 28-bed unit.",
    "She speaks Spanish and English at home.",
    "May is mental health awareness month.",
    "Will you come to the group? Hope so. Grace under pressure.",
    "The r/therapists community helped me a lot.",
    "A former client DM'd me to say she's a therapist now.",
    "Email came from my old practicum student today.",
    "Her Medicaid ID was reactivated today.",
    "The Crisis Text Line helped one of my teens.",
    "My supervisor, PhD, said I handled it well.",
    "My client, however, said it helped.",
    "We watched the Olympics together in group.",
    "My boss, Dr.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_non_identifiers_alone(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # The unit, flat, suite or floor after a street is part of the address.
        # (and the part of town after its comma: one place, no comma left between two)
        ("New address: 77 Quarry Loop, Unit 9, Ardmore.", "77 Quarry Loop, Unit 9, Ardmore"),
        ("She is at 3188 Birchwood Trail, Apt 3B now.", "3188 Birchwood Trail, Apt 3B"),
        ("Send it to 15 Hollis Street Apt. 2 please.", "15 Hollis Street Apt. 2"),
        ("Office at 900 Keeler Avenue, Suite 200, by the bank.", "900 Keeler Avenue, Suite 200"),
        ("Her letter went to 40 Dunmore Rd, 3rd floor, last week.", "40 Dunmore Rd, 3rd floor"),
        ("He rents 12 Carrow Crescent, Flat 4, upstairs.", "12 Carrow Crescent, Flat 4"),
        ("Mail goes to 230 Pellham Ave #12 now.", "230 Pellham Ave #12"),
        # Street suffixes of the USPS list, after a house number.
        ("They moved to 61 Sparrow Hollow last spring.", "61 Sparrow Hollow"),
        ("Her place is 408 Willet Ridge, by the school.", "408 Willet Ridge"),
        ("It's 9 Tanager Heights, the blue door.", "9 Tanager Heights"),
        ("He lives at 12 oak street now.", "12 oak street"),
    ],
)
def test_an_address_takes_its_unit_and_floor(text, address):
    assert ("LOCATION", address) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Loneliness has no code (though Z60.2 comes close). Sertraline helped.",
        "Level 3 trauma center, 12-hour shifts, 3 in a row, then 4 off.",
        "We see 2 way street traffic in the 3 lane road.",
        "Chapter 4 Hollow Point reads better than chapter 3.",
        "It took 2 hours close to midnight.",
    ],
)
def test_a_number_before_a_street_word_is_no_address(text):
    assert [v for c, v in found(text) if c == "LOCATION"] == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a people's name after a preposition of place, before a comma and its state: a town
        ("We opened a clinic in Cherokee, North Carolina, last year.", ["Cherokee"]),
        ("The card came postmarked Seminole, FL, and unsigned.", ["Seminole"]),
        ("a center in Navajo, NM, every Tuesday", ["Navajo"]),
        # found so once, the people and the language elsewhere in the text stay words
        (
            "We run a clinic in Cherokee, North Carolina. She teaches Cherokee to the kids.",
            ["Cherokee"],
        ),
        # a people or a language: no preposition of place, or no state
        ("She speaks Cherokee, Texas-style.", []),
        ("I'm Lakota, South Dakota born and raised.", []),
        ("I work with a program in Cherokee language revival.", []),
        # after a building's or a town's noun and "in" at a clause's end
        ("I work at the clinic in Zuni two days a week.", ["Zuni"]),
        ("the school in Zuni, an hour out of town", ["Zuni"]),
        ("the town of Cherokee, where I work", ["Cherokee"]),
        # not a language: before another, after another verb, or by its ending
        ("we ran the group in Zuni and English", []),
        ("we started a radio program in Quechua, where women spoke", []),
        ("the clinic in Spanish every Tuesday", []),
        # a country's name likewise: a town named for it
        ("She grew up in Lebanon, Pennsylvania, a small town.", ["Lebanon"]),
        ("a small town, Peru, IN. We drove", ["Peru"]),
        # not a state before another, a list, or a state's letters before a noun
        ("We cover Texas, New Mexico and Arizona.", []),
        ("families from Mexico, Texas and Arizona", []),
        ("families from Guatemala, NC mountains too", []),
    ],
)
def test_a_people_s_or_a_country_s_name_is_a_town_before_its_state_or_after_a_building(
    text, places
):
    assert [v for c, v in merged_found(text) if c == "LOCATION"] == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A capitalised run that ends in a word for a neighbourhood or a housing estate, after
        # a preposition of place.
        ("They grew up in the Twelfth Ward with their aunt.", "Twelfth Ward"),
        ("She lives over in Old Mill Village now.", "Old Mill Village"),
        ("He moved to Oakmere Heights last spring.", "Oakmere Heights"),
        ("Her lease at Larkspur Commons Apartments starts Monday.", "Larkspur Commons Apartments"),
        ("We grew up near Belwood Gardens, by the river.", "Belwood Gardens"),
        ("They found a room at Fallow Creek Homes in March.", "Fallow Creek Homes"),
        ("Her family is from Harlow Estates originally.", "Harlow Estates"),
    ],
)
def test_a_neighbourhood_after_a_preposition_is_a_place(text, place):
    # An apartment complex may be found as an organisation as well.
    kinds = {"LOCATION", "ORGANIZATION"}
    assert any(c in kinds and place in v for c, v in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "to" after a verb of motion and a particle: a place of no list
        ("Once a month I drive out to Vorlensk, a village up the coast.", "Vorlensk"),
        ("We drove out to Ka\u02bbena Point with her.", "Ka\u02bbena Point"),
        ("They moved down to Tarrowby when the mill shut.", "Tarrowby"),
    ],
)
def test_a_word_after_a_verb_of_motion_and_to_is_a_place(text, place):
    assert ("LOCATION", place) in found(text), found(text)


def test_people_gone_over_to_are_not_places():
    # "over to" and "up to" lead to people as often as to places
    assert not any(c == "LOCATION" for c, _ in found("He walked over to Zhiok and sat down."))


@pytest.mark.parametrize(
    "text",
    [
        "He was in the Psych Ward for a week.",
        "She started in Partial Hospitalization on Monday.",
        "Her dad has Parkinson's and lives at home.",
        "We met in the Maternity Ward downstairs.",
        "The hearing was in Family Court again.",
    ],
)
def test_a_ward_or_court_of_a_hospital_or_a_court_is_no_place(text):
    assert [v for c, v in found(text) if c == "LOCATION"] == []


def test_detection_records_what_and_why():
    [d] = scan("Call 555-201-3344.")
    assert (d.start, d.end, d.category) == (5, 17, C.PHONE)
    assert 0 < d.score <= 1
    assert d.detector == "phone"
    assert d.reason


def test_detection_repr_never_shows_the_identifier():
    text = "My client Rosalind called."
    for d in scan(text):
        assert "Rosalind" not in repr(d)
        assert "Rosalind" not in d.reason


def test_detection_rejects_a_backward_span():
    with pytest.raises(ValueError, match="end"):
        Detection(start=5, end=4, category=C.NAME, score=0.5, detector="x")


def test_detections_are_sorted_and_deduplicated():
    text = "MRN 00482913 and then Sarah Jones from 555-201-3344"
    ds = scan(text)
    keys = [(d.start, -d.end) for d in ds]
    assert keys == sorted(keys)
    assert len({(d.start, d.end, d.category) for d in ds}) == len(ds)


def test_offsets_are_code_points_after_emoji_and_combining_marks():
    text = "👍🏽🇺🇸 e\u0301 My client Marisol called 555-201-3344."
    ds = {d.category: d for d in scan(text)}
    assert text[ds[C.NAME].start : ds[C.NAME].end] == "Marisol"
    assert text[ds[C.PHONE].start : ds[C.PHONE].end] == "555-201-3344"


def test_min_score_drops_weak_detections():
    text = "her number 555-0134 and MRN 00482913"
    assert {d.category for d in scan(text)} >= {C.PHONE, C.MRN}
    assert {d.category for d in scan(text, min_score=0.8)} == {C.MRN}


def test_allow_list_keeps_terms_unflagged():
    text = "I work at Riverside Community Hospital with Dr. Patel."
    assert found(text, allow=["riverside community hospital"]) == [("NAME", "Patel")]
    assert found(text, allow=["Patel", "Riverside Community Hospital"]) == []


def test_mask_identifier_shows_at_most_one_character():
    assert mask_identifier("Sarah") == "S****"
    assert mask_identifier("555-201-3344") == "5" + "*" * 11
    assert mask_identifier("Al") == "**"
    assert mask_identifier("") == ""
    assert mask_identifier("Sarah", mask="#") == "S####"


def test_builtin_detectors_are_detectors_with_unique_names():
    detectors = builtin_detectors()
    assert all(isinstance(d, Detector) for d in detectors)
    names = [d.name for d in detectors]
    assert len(names) == len(set(names))
    assert {"email", "phone", "date", "name", "place", "organization"} <= set(names)


class Shouty:
    name = "shouty"

    def detect(self, text):
        start = text.find("SECRET")
        if start >= 0:
            yield Detection(
                start=start,
                end=start + 6,
                category=C.OTHER_ID,
                score=1.0,
                detector=self.name,
                reason="the word SECRET",
            )


def test_registry_registers_disables_and_removes_detectors():
    reg = DetectorRegistry(plugins=False)
    reg.register(Shouty())
    assert "shouty" in reg.names()
    text = "the SECRET of Dr. Patel"
    assert {d.detector for d in scan(text, detectors=reg.detectors())} == {"shouty", "name"}
    reg.disable("name", "learned")  # the learned detector would take "Patel" for a name too
    assert [d.detector for d in scan(text, detectors=reg.detectors())] == ["shouty"]
    reg.enable("name", "learned")
    reg.unregister("shouty")
    assert [d.detector for d in scan(text, detectors=reg.detectors())] == ["name"]


def test_registry_refuses_duplicates_unknown_names_and_non_detectors():
    reg = DetectorRegistry(builtins=False, plugins=False)
    reg.register(Shouty())
    with pytest.raises(DetectorError, match="already registered"):
        reg.register(Shouty())
    reg.register(Shouty(), replace=True)
    with pytest.raises(DetectorError, match="no detector named 'nope'"):
        reg.disable("nope")
    with pytest.raises(DetectorError, match="no detector named"):
        reg.unregister("nope")
    with pytest.raises(DetectorError, match="not a Detector"):
        reg.register(object())  # type: ignore[arg-type]


def test_registry_allow_list_applies_to_default_scans():
    reg = DetectorRegistry(plugins=False)
    reg.allow("Patel", " ")
    assert reg.allowed == ("Patel",)


def test_default_registry_allow_list_is_used_by_scan(monkeypatch):
    monkeypatch.setattr(registry, "_allow", ["Okafor"])
    assert found("Dr. Okafor said hi.") == []


def test_plugins_load_from_the_entry_point_group(monkeypatch):
    ep = EntryPoint(name="shouty", value="test_deid_detectors:Shouty", group=ENTRY_POINT_GROUP)
    monkeypatch.setattr("importlib.metadata.entry_points", lambda group: [ep])
    monkeypatch.syspath_prepend(str(__import__("pathlib").Path(__file__).parent))
    reg = DetectorRegistry(builtins=False)
    assert reg.names() == ["shouty"]


def test_broken_plugin_is_named_in_the_error(monkeypatch):
    ep = EntryPoint(name="broken", value="no_such_module_xyz:thing", group=ENTRY_POINT_GROUP)
    monkeypatch.setattr("importlib.metadata.entry_points", lambda group: [ep])
    reg = DetectorRegistry(builtins=False)
    with pytest.raises(PluginError, match="'broken'") as info:
        reg.names()
    assert "from distribution an unknown distribution is broken" in str(info.value)
    assert info.value.group == ENTRY_POINT_GROUP


def test_plugin_that_is_not_a_detector_is_refused(monkeypatch):
    ep = EntryPoint(name="odd", value="builtins:len", group=ENTRY_POINT_GROUP)
    monkeypatch.setattr("importlib.metadata.entry_points", lambda group: [ep])
    reg = DetectorRegistry(builtins=False)
    with pytest.raises(PluginError, match="'odd'"):
        reg.names()


def test_plugins_can_be_switched_off(monkeypatch):
    ep = EntryPoint(name="broken", value="no_such_module_xyz:thing", group=ENTRY_POINT_GROUP)
    monkeypatch.setattr("importlib.metadata.entry_points", lambda group: [ep])
    monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "broken")
    assert DetectorRegistry(builtins=False).names() == []
    monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")
    assert DetectorRegistry(builtins=False).names() == []


def test_registering_before_first_use_is_kept():
    reg = DetectorRegistry(plugins=False)
    reg.register(Shouty())
    assert reg.names()[-1] == "shouty"


def test_import_rewardkit_does_not_load_the_engine():
    code = (
        "import sys, rewardkit; rewardkit.Story; "
        "print(any(m.startswith('rewardkit.deid') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --------------------------------------------------------------------------- the fast paths

EVAL_TEXTS = [
    json.loads(line)["text"]
    for name in ("posts.jsonl", "posts_heldout.jsonl", "posts_heldout2.jsonl")
    for line in (Path(__file__).parent / "deid_eval" / name)
    .read_text(encoding="utf-8")
    .splitlines()
]
ALL_RULES = [
    r for d in builtin_detectors() if isinstance(d, _engine.PatternDetector) for r in d.rules
]


def _full_matches(rule, text):
    return [
        m.span() for m in rule.compiled.finditer(text) if rule.check is None or rule.check(m, text)
    ]


def _assert_trigger_is_necessary(text):
    for rule in ALL_RULES:
        if _full_matches(rule, text):
            # A fresh copy, so that the per-text cache of triggers starts empty.
            assert _engine.triggered(rule, "".join(list(text))), (rule.reason, text)


def test_triggers_never_hide_a_match_in_the_evaluation_posts():
    for text in EVAL_TEXTS + [t for t, _, _ in POSITIVES]:
        _assert_trigger_is_necessary(text)


IDENTIFIER_ALPHABET = "0123456789 -./:()+#,@_ABCDEFHKLMNPRSTVXYZabcdeimnoprstuyz'\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=IDENTIFIER_ALPHABET, max_size=60))
def test_triggers_never_hide_a_match_in_random_text(text):
    _assert_trigger_is_necessary(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "MRN",
                "member ID",
                "plate",
                "call",
                "+1",
                "(412)",
                "555",
                "0187",
                "-",
                " ",
                "A7",
                "X",
                "9",
                "12",
                "/",
                ",",
                "is",
                ":",
                "1-",
                "2023-JV-00418",
                "ab",
                "_",
                "x_9",
                "@",
                "Rue",
                "rue",
                "Via ",
                "Dr",
                " Street",
                "Hauptstraße",
            ]
        ),
        max_size=14,
    )
)
def test_anchored_rules_find_what_a_full_scan_finds(parts):
    text = "".join(parts)
    for rule in ALL_RULES:
        if rule.anchor is not None:
            assert [m.span() for m in rule.matches(text)] == [
                m.span() for m in rule.compiled.finditer(text)
            ], (rule.reason, text)


@given(
    st.lists(
        st.sampled_from(
            ["MRN", "Apt B", "Main Street", "ZIP", "SW", "AA", "-", " ", ":", "@", "x", "/"]
        ),
        max_size=12,
    )
)
def test_rules_left_out_for_texts_without_digits_match_none(parts):
    text = "".join(parts)
    left_out = [
        r
        for d in builtin_detectors()
        if isinstance(d, _engine.PatternDetector)
        for r in d.rules
        if r not in [step.rule for step in d._plan(digits=False)]
    ]
    assert left_out  # the digit rules
    for rule in left_out:
        assert list(rule.compiled.finditer(text)) == [], (rule.reason, text)


@given(
    st.lists(
        st.sampled_from(["SW1A", "1AA", "K7L", "3X9", "12345", "2", "-", " ", ".", "A", "b", "/"]),
        max_size=12,
    )
)
def test_postal_codes_are_found_as_a_full_scan_finds_them(parts):
    from rewardkit.deid import _places  # a private helper

    text = "".join(parts)
    assert [m.span() for m in _places._postal_codes(text)] == [
        m.span() for m in _places._POSTAL_ANCHOR.finditer(text)
    ]


def test_patterns_compile_on_first_use():
    lazy = _engine.LazyPattern(r"\d+")
    assert lazy._compiled is None
    assert lazy.compiled.pattern == r"\d+"
    assert lazy.compiled is lazy.compiled


def test_hashed_word_lists_hold_their_words_and_little_else():
    words = _lexicon.HashedWords(array.array("I", [zlib.crc32(b"Bakersfield")]).tobytes())
    assert "Bakersfield" in words
    assert "bakersfield" not in words
    assert 42 not in words
    assert len(words) == 1
    places = _lexicon.lexicon().places
    assert "Bakersfield" in places
    assert "Sault Ste. Marie" in places
    assert "Therapy" not in places
    assert _lexicon.is_english("gardens")
    assert _lexicon.is_english("Email")
    assert not _lexicon.is_english("Okonkwo")


def test_shipped_lists_stay_small():
    data = Path(_lexicon.__file__).parent / "data"
    sizes = {p.name: p.stat().st_size for p in data.iterdir() if p.suffix in {".txt", ".crc32"}}
    assert sum(sizes.values()) < 2_500_000, sizes
    for name, size in sizes.items():
        if name.endswith(".crc32"):
            raw = (data / name).read_bytes()
            values = array.array("I", raw)
            assert size % 4 == 0
            assert list(values) == sorted(set(values)), name


# --------------------------------------------------------------------------- the engine's layout

FAMILIES = {
    "_contact": ["email", "url", "ip-address", "phone", "username"],
    "_numbers": ["ssn", "id-number", "age-over-89"],
    "_dates": ["date"],
    "_places": ["address", "place", "postal-address"],
    "_names": ["name"],
    "_organizations": ["organization"],
    "_learned": ["learned"],
}


@pytest.mark.parametrize("module", sorted(FAMILIES))
def test_each_family_imports_on_its_own_and_makes_its_detectors(module):
    code = (
        "import json, sys\n"
        f"from rewardkit.deid import {module} as family\n"
        "names = [d.name for d in family.detectors()]\n"
        "text = 'Dr. Patel saw Sarah at Riverside Hospital in Zanesville on March 14, 2023.'\n"
        "found = sorted({x.detector for d in family.detectors() for x in d.detect(text)})\n"
        "print(json.dumps([names, found]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    names, found = json.loads(out.stdout)
    assert names == FAMILIES[module]
    assert set(found) <= set(names)


def test_the_registry_runs_every_family_detector_once_in_a_fixed_order():
    names = [d.name for d in builtin_detectors()]
    assert sorted(names) == sorted(n for family in FAMILIES.values() for n in family)
    assert names == [
        "email",
        "url",
        "ip-address",
        "phone",
        "ssn",
        "id-number",
        "address",
        "date",
        "age-over-89",
        "username",
        "name",
        "place",
        "postal-address",
        "organization",
        "learned",
    ]


def test_one_table_of_states_serves_addresses_and_places():
    states = _lexicon.states()
    assert len(states.names) == len(set(states.names)) == len(states.abbreviations)
    assert {"New York", "Ontario", "Victoria"} <= set(states.names)
    assert "Ontario" not in states.us_names
    assert {"NY", "DC", "PR"} <= set(states.us_abbreviations)
    # The ZIP rule (US states) and the place rule (states and provinces) read the same table.
    assert found("Springfield, OH 45501 is home.") == [
        ("LOCATION", "Springfield"),
        ("ZIP", "45501"),
    ]
    assert ("LOCATION", "Kingston") in found("She moved to Kingston, Ontario last year.")


def test_word_lists_are_sets_of_lowercase_words_where_rules_compare_lowercase():
    for name in ("FUNCTION_WORDS", "TITLES", "RELATION_CUES", "FACILITY_NOUNS", "NOT_PLACES"):
        words = getattr(_lexicon, name)
        assert words, name
        assert all(w == w.lower() for w in words), name
    assert frozenset(_lexicon.MONTH_NAMES + _lexicon.MONTH_ABBREVIATIONS) == _lexicon.MONTHS


def test_a_pattern_can_be_built_from_a_list_on_first_use():
    calls = []

    def source():
        calls.append(1)
        return _lexicon.alternation(["a.b", "c"])

    lazy = _engine.LazyPattern(source)
    assert calls == []
    assert lazy.compiled.fullmatch("a.b")
    assert not lazy.compiled.fullmatch("axb")
    assert lazy.compiled is lazy.compiled
    assert calls == [1]


def test_trusted_detections_equal_checked_ones():
    checked = Detection(start=3, end=8, category=C.NAME, score=0.75, detector="name", reason="x")
    trusted = _model.trusted_detection(3, 8, C.NAME, 0.75, "name", "x")
    assert trusted == checked
    assert hash(trusted) == hash(checked)
    assert repr(trusted) == repr(checked)


# --------------------------------------------------------------------------- failing detectors


class Raising:
    name = "leaky"

    def detect(self, text):
        msg = f"could not parse {text!r}"
        raise RuntimeError(msg)


class Outside:
    name = "outside"

    def __init__(self, start, end):
        self.start = start
        self.end = end

    def detect(self, text):
        yield _model.trusted_detection(self.start, self.end, C.NAME, 0.9, self.name, "")


class NotADetection:
    name = "odd"

    def detect(self, _text):
        yield (0, 4, "NAME")


def test_a_detector_that_raises_is_named_without_its_message_or_the_text():
    text = "My client Rosalind called."
    with pytest.raises(DetectorError) as info:
        scan(text, detectors=[Raising()])
    message = str(info.value)
    assert message == "detector 'leaky' failed: it raised RuntimeError"
    assert "Rosalind" not in message
    assert info.value.__cause__ is None
    assert info.value.__context__ is None


class Collecting:
    """A detector that makes a reference cycle per word, so that the collector has work."""

    name = "collecting"

    def __init__(self):
        self.collections = 0
        self.during = 0

    def count(self, phase, _info):
        if phase == "start":
            self.collections += 1

    def detect(self, _text):
        before = self.collections
        for _ in range(5_000):
            cycle = []
            cycle.append(cycle)
        self.during = self.collections - before
        yield from ()


@pytest.fixture
def collector_running():
    """The cyclic collector running with CPython's default thresholds, as the test found it after."""
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    gc.enable()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*thresholds)
    if not enabled:
        gc.disable()


@pytest.mark.parametrize("length", [70_000, 1_000])
@pytest.mark.usefixtures("collector_running")
def test_a_long_scan_pauses_the_cyclic_collector_and_starts_it_again(length):
    detector = Collecting()
    gc.callbacks.append(detector.count)
    try:
        assert scan("Maple " * (length // 6), detectors=[detector]) == []
    finally:
        gc.callbacks.remove(detector.count)
    # no collection in a scan of a long text; a short one leaves the collector alone
    assert (detector.during == 0) == (length >= 65_536)
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_running")
def test_a_scan_leaves_a_paused_collector_paused_and_a_failed_one_running():
    gc.disable()
    try:
        scan("Maple " * 12_000, detectors=[Collecting()])
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(DetectorError):
        scan("My client Rosalind called. " * 3_000, detectors=[Raising()])
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("start", "end"),
    [(0, 30), (27, 27), (-1, 3), (5, 2)],
)
def test_a_detection_outside_the_text_is_refused(start, end):
    text = "My client Rosalind called."
    with pytest.raises(DetectorError, match="detector 'outside' returned a span outside") as info:
        scan(text, detectors=[Outside(start, end)])
    assert "Rosalind" not in str(info.value)


def test_an_empty_span_inside_the_text_is_dropped_not_refused():
    assert scan("My client Rosalind called.", detectors=[Outside(3, 3)]) == []


def test_something_that_is_not_a_detection_is_refused():
    with pytest.raises(DetectorError, match="detector 'odd' returned a tuple, not a Detection"):
        scan("Rosa called.", detectors=[NotADetection()])


def test_a_detector_with_a_broken_name_is_named_by_its_type():
    class Nameless(Raising):
        @property
        def name(self):
            raise AttributeError

    with pytest.raises(DetectorError, match="detector 'Nameless' failed"):
        scan("Rosa called.", detectors=[Nameless()])


def test_redaction_reports_a_failing_detector_too():
    from rewardkit.deid import redact

    with pytest.raises(DetectorError, match="'leaky'"):
        redact("My client Rosalind called.", detectors=[Raising()])


@pytest.mark.parametrize(
    ("text", "address", "code"),
    [
        (
            "She moved into Unit 4, 27 Bottlebrush Parade, Quokka Heights WA 6167, a fresh start.",
            "Unit 4, 27 Bottlebrush Parade, Quokka Heights",
            "6167",
        ),
        (
            "Her flat is Flat 2, Bryn Heulog, 7 Heol y Felin, Llanfair Isaf SA43 9PW now.",
            "Flat 2, Bryn Heulog, 7 Heol y Felin, Llanfair Isaf",
            "SA43 9PW",
        ),
        (
            "They moved to Wiesengrund 12, 2. OG links, 34621 Hohenwaldau. Sunny.",
            "Wiesengrund 12, 2. OG links",
            "34621",
        ),
        (
            "Her new place: 12 bis rue des Tanneurs, 2e étage, 69007 Saint-Aubin. Two rooms.",
            "12 bis rue des Tanneurs, 2e étage",
            "69007",
        ),
    ],
)
def test_an_address_is_found_back_from_its_postal_code(text, address, code):
    found = {(d.category.value, text[d.start : d.end]) for d in scan(text)}
    assert ("LOCATION", address) in found
    assert ("ZIP", code) in found


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 4000 people came to the walk.",
        "By Week 3, 4500 steps a day. In Room 12, 2300 calls.",
        "We had 12 Clients, 2300 visits and By Chapter 3, Section 12, 4500 words.",
    ],
)
def test_counts_and_years_are_no_postal_codes(text):
    assert [d for d in scan(text) if d.detector == "postal-address"] == []


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (b"-0000", True),
        (rb"AA00 ?[0A][0A]", True),
        (rb"\+0", True),
        (b"A{2}0", True),
        (b"0 0|A-AA+ 0", False),  # an alternation at the top
        (rb":[0aA]{0,4}:", False),  # a digit only inside brackets
        (b"0?A", False),  # an optional digit
        (b"(0)?A", False),  # inside an optional group
        (b"0{0,2}A", False),  # none at all
    ],
)
def test_a_shape_pattern_needs_a_digit_only_when_every_match_holds_one(pattern, needs):
    assert _engine._needs_digit(pattern) is needs


def test_four_digits_after_a_street_address_are_its_postcode():
    text = 'He read it out loud: "14 Wattle Crescent, 4350. My house."'
    assert ("ZIP", "4350") in found(text)
    # a year or a count after an address is no postcode
    assert not any(c == "ZIP" for c, _ in found("She lives at 12 Main Street, 2019."))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Psych nurse, geriatric inpatient, Flushing. Many of our patients", "Flushing"),
        ("dual diagnosis nurse, broken hill. long post, grab a coffee", "broken hill"),
        ("mental health crisis team, kalgoorlie. this job is mostly long drives", "kalgoorlie"),
        ("Cairns. Inpatient psych nurse, Torres Strait Islander background.", "Cairns"),
        ("Peer worker, nights, Tarrowby. Long post.", "Tarrowby"),  # a place of no list
    ],
)
def test_a_place_in_a_posts_opening_line_after_the_writers_role(text, place):
    assert ("LOCATION", place) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Molweni. I've been a psychiatric nurse for twenty years.",  # a greeting
        "Hola! Psychiatric nurse on an inpatient unit.",
        "outreach worker, downtown, mostly nights. long post.",  # a word
        "support worker, Polish-speaking community, west end. Lived experience.",
        "Psych nurse, nights, NHS. Social worker, CAMHS, Texas. OT, inpatient, retired.",
    ],
)
def test_greetings_words_sides_of_town_and_bodies_in_an_opening_line_are_no_places(text):
    assert not any(c == "LOCATION" for c, _ in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("cpn in manningham, 11 yrs in, and today i need to tell someone", "manningham"),
        ("case manager in the bronx, 13 years, i love my clients", "bronx"),
        # a listed place that is an English word, right after the role
        ("peer support specialist out of hazard, been in recovery myself", "hazard"),
        ("remote area nurse out of tennant creek, doing outreach. i stay", "tennant creek"),
        ("youth worker, east leeds. one that made me cry on the bus", "east leeds"),
        (
            "school social worker, elementary, west baltimore.\n\nso there's this kid",
            "west baltimore",
        ),
    ],
)
def test_a_place_written_small_right_after_the_writers_role_in_an_opening_line(text, place):
    assert ("LOCATION", place) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "nurse in training, 3 years in. i love it though",  # a word of no place
        "youth worker in the netherlands, 3 years. i write small",  # a country
        "peer worker at a drop in centre, 5 years. i write small",  # no role right before
        "Older people's mental health nurse, community team, south Lakes.\n\nMr Thwaite",
        # a writer who capitalises writes places with capitals
        "Support worker in hazard, been there years. I love it. I do.",
    ],
)
def test_a_small_word_after_the_role_is_no_place_unless_the_writer_writes_small(text):
    assert not any(c == "LOCATION" for c, _ in found(text)), found(text)


def test_a_small_place_run_together_from_words_ends_like_a_place():
    text = "cmhn, same patch around harehills for six years. i never use capitals lol"
    assert ("LOCATION", "harehills") in found(text)
    # words run together that end otherwise are no places: "handover", "lockdown"
    text = "he moved in around handover. i was in lockdown for months. i write small"
    assert not any(c == "LOCATION" for c, _ in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month that is a word or a name in English, capitalised after "on" or a birthday,
        # ending a clause
        ("Her birthday, 12 Junie, he said.", ["12 Junie"]),
        ("Housewarming on 12 Nisan. The address was new.", ["12 Nisan"]),
        ("on 7 Ekim, she came home", ["7 Ekim"]),
        # not a thing counted
        ("I bought 3 Mars bars for the group.", []),
        ("We spoke on 2 Mars missions, they said.", []),
    ],
)
def test_a_month_that_is_a_word_is_a_date_after_on_or_a_birthday(text, expected):
    assert [v for c, v in found(text) if c == "DATE"] == expected


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("Care coordinator on a CMHT covering Moss Side and surrounds.", "LOCATION", "Moss Side"),
        ("currently covering Achill and the surrounding area", "LOCATION", "Achill"),
        ("her birthday on 2 Hereturikōkā. She said", "DATE", "2 Hereturikōkā"),
        ("born 14 Hongongoi 2023 at home", "DATE", "14 Hongongoi 2023"),
        ("born 14 H\u014dngongoi 2023, on 1 Kohit\u0101tea", "DATE", "14 H\u014dngongoi 2023"),
        ("on 1 Kohit\u0101tea 2020 she", "DATE", "1 Kohit\u0101tea 2020"),
        ("the whole address, even the 28372, in perfect cursive", "ZIP", "28372"),
        (
            "peer worker in welch, mcdowell county, west virginia. i write small",
            "LOCATION",
            "mcdowell county",
        ),
    ],
)
def test_patches_covered_maori_dates_zips_after_address_and_small_counties(text, category, value):
    assert (category, value) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was covering Christmas, covering Mondays, covering CBT and covering May.",
        "the address had 40000 residents; the Mahuru campaign",
        "i was in the county jail. the whole county knew. i write small",
    ],
)
def test_shifts_counts_campaigns_and_the_county_itself_are_no_places(text):
    assert found(text) == [], found(text)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("progress note:\n\n> 14/6 - Home visit. Client independently", "DATE", "14/6"),
        ("Notes:\n12 March 2020 was hard", "DATE", "12 March 2020"),  # no line break in it
        (
            "Lives alone in a walk-up at 2150 Grand Concourse. Former postal worker",
            "LOCATION",
            "2150 Grand Concourse",
        ),
        (
            "She works at Danforth Youth Link, doing what I did.",
            "ORGANIZATION",
            "Danforth Youth Link",
        ),
        (
            "One said yes to a trial shift: Pennine Bakehouse, a little family business",
            "ORGANIZATION",
            "Pennine Bakehouse",
        ),
        (
            "their minister (he's at Ekalesia Tasi o le Alofa) came",
            "ORGANIZATION",
            "Ekalesia Tasi o le Alofa",
        ),
    ],
)
def test_note_lines_dates_concourses_and_bodies_with_links_bakehouses_and_particles(
    text, category, value
):
    assert (category, value) in found(text), found(text)


def test_pain_scores_and_initialisms_in_the_plural_are_no_dates_or_places():
    assert found("Pain was 8/10 - Better now. Lots of our guys live in RVs near the beach.") == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "He's been dry since dydd Llun, 18fed Mawrth, he wrote",
            "DATE",
            "dydd Llun, 18fed Mawrth",
        ),
        ("on 1af Ionawr 2020 she", "DATE", "1af Ionawr 2020"),
        ("She'd been street homeless round Hackney for about six years.", "LOCATION", "Hackney"),
        (
            "the parenting course through Saltwater Family Connect and",
            "ORGANIZATION",
            "Saltwater Family Connect",
        ),
    ],
)
def test_welsh_dates_places_round_a_town_and_bodies_that_connect(text, category, value):
    assert (category, value) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # a concourse needs its house number; a patch its list, tail or surrounds
        "Meet me on the Main Concourse by the shops.",
        "I was covering CAMHS for the month, covering Paeds for a bit.",
        "This chapter covers Winnicott, Bowlby and Klein.",
        # ZIP codes after "address": not a count, a client's number or the verb
        "Our service addresses about 15340 calls a year. The keynote address drew 12750 people.",
        "Update the address for client 48213 please.",
        # scores at a line's start are no dates, nor lines without notes
        "Ratings from the group session:\n8/10 - Really helpful session.\n6/10 - Too long.",
        # an opening line's word, greeting or festival is no place
        "Progress. As a nurse I see a lot. Hi team, Namaste. Quick question.",
        "Kia ora team, Matariki. Quick question.",
        "I walked down to Reception and asked. We did Body Mechanics training.",
        "Click the Zoom Link below. Our Clinical Pathways are a mess.",
        "fav county in the state tbh. i write small",
    ],
)
def test_the_new_rules_leave_counts_departments_scores_and_greetings_alone(text):
    assert not any(c in {"LOCATION", "ZIP", "DATE", "ORGANIZATION"} for c, _ in found(text)), found(
        text
    )


def test_a_body_named_with_a_verb_and_the_is_kept_whole():
    assert ("ORGANIZATION", "Open the Door Trust") in found("Open the Door Trust runs the drop-in.")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "her Hebrew birthday falls on 14 Nisan 5692, the eve of Passover",
            "DATE",
            "14 Nisan 5692",
        ),
        ("a chat came in from a user called grannyknits44. She was", "USERNAME", "grannyknits44"),
        (
            "the Pontcanna Memory Choir are looking for members",
            "ORGANIZATION",
            "Pontcanna Memory Choir",
        ),
        ("certain ZIP codes, and hers, 87121, was just outside", "ZIP", "87121"),
    ],
)
def test_hebrew_years_users_called_choirs_and_zip_codes_after_hers(text, category, value):
    assert (category, value) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("> 3/10 - Home visit. Client was settled.", "DATE", "3/10"),
        ("> 3/7 - Phoned mum, no answer.\n> 5/7 - Seen at clinic, settled.", "DATE", "5/7"),
        (
            "the polk county crisis team is so short staffed right now. i am tired.",
            "LOCATION",
            "polk county",
        ),
        ("We buried her on the 3ydd Ionawr.", "DATE", "the 3ydd Ionawr"),
        ("She rattled off her whole address, even the 60629 part.", "ZIP", "60629"),
    ],
)
def test_note_dates_small_counties_welsh_ordinals_and_zip_codes_a_second_review_found(
    text, category, value
):
    assert (category, value) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nain turns ninety on the 12fed o Fehefin, she says.", "the 12fed o Fehefin"),
        ("He was born on the 3ydd o Fedi 1951 in the valleys.", "the 3ydd o Fedi 1951"),
        ("Our first session was on the 1af o Ragfyr.", "the 1af o Ragfyr"),
        ("ar y 11eg o Fedi 2009 y daeth hi", "11eg o Fedi 2009"),
        ("Her birthday is the 21ain o Fawrth.", "the 21ain o Fawrth"),
        ("They married on the 3ydd o Fai.", "the 3ydd o Fai"),
    ],
)
def test_welsh_dates_with_o_and_the_month_mutated_after_it(text, value):
    assert ("DATE", value) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le 3 mai, she moved into her own flat again.", "Le 3 mai"),
        ("el 12 mayo llegó a la clínica", "el 12 mayo"),
    ],
)
def test_an_article_before_the_day_makes_an_ambiguous_month_a_date(text, value):
    assert ("DATE", value) in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's online now, you can find him as kingdemz if you look.", [("USERNAME", "kingdemz")]),
        ("You can find me under birdie.sings on there.", [("USERNAME", "birdie.sings")]),
        ("You can find her as usual at the front desk.", []),
        ("Please give Two Rivers Drop-In a ring.", [("ORGANIZATION", "Two Rivers Drop-In")]),
        # words joined by a dot or an underscore before "everywhere" or "online", and a
        # handle after "account online"
        ("Follow her, she's birdie.sings everywhere now.", [("USERNAME", "birdie.sings")]),
        ("He's frost_byte online.", [("USERNAME", "frost_byte")]),
        (
            "She has an art account online, kenz.draws, and people follow her.",
            [("USERNAME", "kenz.draws")],
        ),
        # two sentences run together, a file, an abbreviation: no handle
        ("it was fine.then online we met", []),
        ("I put notes.txt online for the team.", []),
        ("Same, i.e. everywhere.", []),
    ],
)
def test_a_handle_after_find_him_as_and_a_drop_in(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gamer's, an online or a display name is a username
        ("He told me his gaming name was frostbite.exe back then.", "frostbite.exe"),
        ("Her gamer name is sk8rgrl, apparently.", "sk8rgrl"),
        ("His online name was ghost_lighthouse, and he ran the server.", "ghost_lighthouse"),
        ("Her display name: moonfern22.", "moonfern22"),
        # what the name is not, or is like: no username
        ("My username is not important here.", None),
        ("My account name is irrelevant here.", None),
        ("My online name is secret, sorry.", None),
    ],
)
def test_gaming_online_and_display_names_are_usernames_and_what_they_are_not_is_not(text, expected):
    usernames = [v for c, v in found(text) if c == "USERNAME"]
    assert usernames == ([] if expected is None else [expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handle written small before what a member did, in a text about a server or a forum
        ("One of them, mothlight, joined our server in a rough week.", ["mothlight"]),
        ("Last week mothlight posted in #wins on the discord.", ["mothlight"]),
        ("On the forum, duskrunner_7 finally replied to me.", ["duskrunner_7"]),
        # a word, a given name written small, or no forum, chat or server in the text
        ("Someone posted in the forum chat again.", []),
        ("The metadata showed it was her, on the chat.", []),
        ("jamie posted a photo on the chat.", []),
        ("Last week mothlight posted a letter to me.", []),
    ],
)
def test_a_handle_written_small_before_what_a_member_did_online_is_a_username(text, expected):
    assert [v for c, v in found(text) if c == "USERNAME"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any word ending a clause after "username", "gamertag" or "screen name"
        ("He used the username sparrow and didn't tell anyone.", ["sparrow"]),
        ("His gamertag, bluejay, and his mates were online.", ["bluejay"]),
        # any word someone goes by on a forum or an app
        ("Online she goes by nightowl on the forum.", ["nightowl"]),
        # a function word, a word of when, "handle" that is a door's or a verb
        ("Enter your username and password.", []),
        ("He forgot his username again.", []),
        ("She changed her username recently.", []),
        # a filler word between, or a verb after a comma
        ("It was subtle, username my guy, and it worked.", []),
        ("Her handle, which is odd, and my username, kept", []),
        ("The door handle broke.", []),
        ("I can handle it.", []),
    ],
)
def test_a_word_after_a_strict_cue_or_gone_by_on_a_forum_is_a_username(text, expected):
    assert [v for c, v in found(text) if c == "USERNAME"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long number with its issuer's capitals before it, no cue
        (
            "A letter came with PN 6641207 on the front.",
            [("OTHER_ID", "PN 6641207"), ("OTHER_ID", "6641207")],
        ),
        # capitals that say the number's kind, a state, a word: the number alone
        ("Client (UR 0472918) made lunch.", [("OTHER_ID", "0472918")]),
        ("Write to NY 1000123 today.", [("OTHER_ID", "1000123")]),
        ("Call the CAT 4417002 team.", [("OTHER_ID", "4417002")]),
        # a New Zealand NHI number where the text speaks of them
        (
            "We get an NHI number too, and this koroua's was ZJK4417, on every form.",
            [("MRN", "ZJK4417")],
        ),
        ("The model was ZJK4417, a cheap one.", []),
        # an age set off after a person, before where the person is from
        (
            "A lady in one of our homes, 97, English-born, came north as a war bride.",
            [("AGE_OVER_89", "97")],
        ),
        ("Room 4, 97, Main Street", [("LOCATION", "Main Street")]),
    ],
)
def test_numbers_the_hundred_and_fifth_set_taught(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age before a people written with a macron; a count in a list is none
        (
            "I visit a kuia in Rotorua, 97, Māori, who still leads karakia.",
            [("LOCATION", "Rotorua"), ("AGE_OVER_89", "97")],
        ),
        ("Referrals by ethnicity last quarter: Māori, 112, Pākehā, 95, Pasifika, 40.", []),
        ("Scores: Maths, 91, English, 88, Science, 95.", []),
        # capitals of a line, of money: the number alone
        ("Contact: PH 0412345678", [("PHONE", "0412345678"), ("OTHER_ID", "0412345678")]),
        ("The grant was USD 2750000 in total.", [("OTHER_ID", "2750000")]),
        # 24/7 is a date where a word of a date stands before it
        (
            "She was admitted on 24/7 and discharged on 2/8.",
            [("DATE", "24/7"), ("DATE", "2/8")],
        ),
        # NHI in capitals, not a year after the letters
        ("We put NHI numbers in the notes. Funding via HRC2023 and ACC2024 forms.", []),
        ("Mình làm ở khoa Nhi, mã bệnh nhân là ABC1234 nhé.", []),
        # German nouns after their determiners
        ("Dieser Weg von Xavier Naidoo hat mir geholfen.", []),
        ("Der Mittlere Weg hat mir geholfen.", []),
        ("Sie wohnt in der Hauptstraße 12.", [("LOCATION", "Hauptstraße 12")]),
        # a free line's number, spaced, after a word for free
        ("Kostenlos erreichbar: 0800 1110111 (TelefonSeelsorge).", []),
    ],
)
def test_numbers_dates_places_what_a_review_of_the_hundred_and_fifth_sets_rules_found(
    text, expected
):
    assert found(text) == expected


def test_an_anchor_function_may_return_any_sequence():
    rule = _engine.Rule(
        category=PhiCategory.OTHER_ID,
        pattern=re.compile(r"X\d+"),
        score=0.5,
        reason="test",
        anchor=lambda text: tuple(i for i, c in enumerate(text.text) if c == "X"),
    )
    detector = _engine.PatternDetector(name="x", rules=[rule])
    assert [(d.start, d.end) for d in detector.detect("a X12 b X3")] == [(2, 5), (8, 10)]


@pytest.mark.parametrize("score", [1, 0, 1.0, 0.25])
def test_a_rules_score_is_a_float_as_a_detection_holds_it(score):
    rule = _engine.Rule(
        category=PhiCategory.OTHER_ID, pattern=re.compile(r"X\d+"), score=score, reason="test"
    )
    (detection,) = _engine.PatternDetector(name="x", rules=[rule]).detect("a X12 b")
    assert type(detection.score) is float
    assert detection.score == score


@pytest.mark.parametrize(
    ("score", "error"),
    [(1.5, ValueError), (-0.1, ValueError), (True, TypeError), ("0.5", TypeError)],
)
def test_a_rules_score_outside_0_to_1_or_not_a_number_is_refused(score, error):
    with pytest.raises(error, match="a rule's score is a number from 0 to 1"):
        _engine.Rule(
            category=PhiCategory.OTHER_ID, pattern=re.compile(r"X"), score=score, reason="test"
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A member posting as quietfox77 wrote a goodbye.", [("USERNAME", "quietfox77")]),
        ('"Hi. I used to be nattuggla on your chat."', [("USERNAME", "nattuggla")]),
        ("Who posted as quietlighthouse, said goodbye.", [("USERNAME", "quietlighthouse")]),
        # a word, or no forum after "used to be" / "I was": no handle
        ("I used to be angry on the forum. He was posting as well.", []),
        ("i was greetin in the kitchen. I'm okay on this app.", []),
        # a ZIP code after "for her" behind its cue, and before a verb after "in"
        ("It's in a new ZIP code for her, 30314, near her street.", [("ZIP", "30314")]),
        ("Volunteers in 11230 agreed to bring a meal.", [("ZIP", "11230")]),
        ("Three zip codes for 40000 residents.", []),
    ],
)
def test_handles_after_posting_as_and_zip_codes_after_more_words(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I read the plate, K31-HNW, to six people.", [("VEHICLE_ID", "K31-HNW")]),
        (
            "I took down the reg for the report \u2014 FXZ 4172 \u2014 and left.",
            [("VEHICLE_ID", "FXZ 4172")],
        ),
        ("His old skiff, still registered AK 4471 AB, sat there.", [("VEHICLE_ID", "AK 4471 AB")]),
        ("It got its plates back: L-HW 2271.", [("VEHICLE_ID", "L-HW 2271")]),
        ("The ould pickup, LXZ 4127, sat in the yard.", [("VEHICLE_ID", "LXZ 4127")]),
        ("She registered RN 2019. Registered 2019 too.", []),
    ],
)
def test_plates_after_more_cues(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His scooter, plate MH 12 AB 3456, was towed.", [("VEHICLE_ID", "MH 12 AB 3456")]),
        (
            "The car MH12AB3456 and KA-05-MN-4471 were parked.",
            [("VEHICLE_ID", "MH12AB3456"), ("VEHICLE_ID", "KA-05-MN-4471")],
        ),
        ("Her PAN is ABCPK4471D.", [("OTHER_ID", "ABCPK4471D")]),
        ("We scored GAD 7 and PHQ 9 in 2023.", []),
        # with spaces, only after a plate's cue; no years as a PAN's digits
        ("Vitals: HR 88 BP 1204 charted. Take OD 2 AM 1030 hrs. Promo HAPPY2024Y.", []),
    ],
)
def test_indian_plates_and_pan_by_their_shape(text, expected):
    assert merged_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "shout out to everybody at kentucky river peer link who covered my shifts. i love it",
            "kentucky river peer link",
        ),
        (
            "he volunteers on thursdays at the linthouse community pantry sorting tins. i was so "
            "proud of him.",
            "linthouse community pantry",
        ),
        (
            "i asked if he wanted to come with me to southside peer collective. i cried.",
            "southside peer collective",
        ),
        (
            "he asked if the bed at casa del sol recovery was still real. i said yes.",
            "casa del sol recovery",
        ),
        (
            "she came to my office at sukhobrishti clinic with her mother. i was happy.",
            "sukhobrishti clinic",
        ),
    ],
)
def test_a_bodys_name_written_small_by_a_writer_who_writes_small(text, expected):
    assert [v for c, v in merged_found(text) if c == "ORGANIZATION"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "he goes to the community pantry now. i went with him to the food bank. we met at our clinic.",
        "i took him to the red door clinic. he went to tesco express. we met at the temple.",
        "he came back from the men's group at the footy club. then he joined the ag club. i cried",
        "sessions every two weeks at the barangay hall. he helps with the yarning circle now. ok",
        "I work at Hope Clinic. She volunteers at the linthouse community pantry. I am proud.",
        # a review's sentences: kinds, brands and services' initials written small
        "i'll send the form to her calendly link so she can book herself in. ok",
        "she goes to montessori school now and is thriving. i am so happy",
        "we referred her to the camhs crisis service after the overdose. i cried",
        "she goes to mums and bubs group on mondays and loves it. i do too",
    ],
)
def test_words_written_small_of_what_a_body_is_are_no_bodys_name(text):
    assert [v for c, v in merged_found(text) if c == "ORGANIZATION" and v.islower()] == []
