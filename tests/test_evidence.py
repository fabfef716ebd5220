"""Evidence by quote: `rewardkit.evidence` and `ThemeAssignment.from_quotes`."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk

TEXT = "After months of sessions, she looked me in the eye and said thank you."
TWICE = "She said thank you. Later she said thank you again, and then said thank you."


class TestEvidence:
    def test_finds_the_span_of_a_quote(self):
        span = rk.evidence(TEXT, "looked me in the eye")

        assert span == rk.Span(start=30, end=50)
        assert TEXT[span.start : span.end] == "looked me in the eye"

    def test_an_occurrence_chooses_among_repeats(self):
        spans = [rk.evidence(TWICE, "said thank you", occurrence=n) for n in (1, 2, 3)]

        assert [s.start for s in spans] == [4, 30, 61]
        assert all(TWICE[s.start : s.end] == "said thank you" for s in spans)

    def test_an_ambiguous_quote_says_how_often_and_how_to_choose(self):
        with pytest.raises(rk.QuoteError) as info:
            rk.evidence(TWICE, "said thank you")

        assert str(info.value) == (
            "the quote 'said thank you' appears 3 times in the text (at offsets 4, 30 and 61);"
            " quote more words to make it unique, or pass occurrence=N (1 to 3) to choose one"
        )
        assert info.value.occurrences == (4, 30, 61)

    def test_overlapping_occurrences_count(self):
        with pytest.raises(rk.QuoteError, match="appears 2 times"):
            rk.evidence("she said 'no no no'", "no no")

    def test_many_occurrences_are_listed_in_part(self):
        with pytest.raises(rk.QuoteError, match=r"at offsets 0, 3, 6, 9, 12, \.\.\.\)"):
            rk.evidence("ok ok ok ok ok ok ok", "ok")

    def test_a_missing_occurrence(self):
        with pytest.raises(rk.QuoteError, match="appears once; there is no occurrence 2"):
            rk.evidence(TEXT, "thank you", occurrence=2)
        with pytest.raises(rk.QuoteError, match="appears 3 times; there is no occurrence 4"):
            rk.evidence(TWICE, "thank you", occurrence=4)

    @pytest.mark.parametrize("occurrence", [0, -1, True])
    def test_occurrences_count_from_one(self, occurrence):
        with pytest.raises(rk.QuoteError, match="occurrence counts from 1"):
            rk.evidence(TEXT, "thank you", occurrence=occurrence)

    @pytest.mark.parametrize(
        ("quote", "hint"),
        [
            ("Looked me in the eye", "different letter case"),
            ("looked me  in the eye", "different spacing"),
            ("looked me\nin the eye", "different spacing"),
            ("Looked  me in the eye", "different letter case, spacing or quotation marks"),
            ("said thank you", None),
            ("said thanks", None),
        ],
    )
    def test_a_quote_not_in_the_text(self, quote, hint):
        text = TEXT.replace("said thank you", "said \u201cthank you\u201d")

        with pytest.raises(rk.QuoteError) as info:
            rk.evidence(text, quote)

        message = str(info.value)
        assert message.startswith(f"the quote {quote!r} is not in the text")
        if hint is None:
            assert "; it is there" not in message
        else:
            assert f"it is there with {hint}: copy the quote from the text exactly" in message

    def test_typographic_marks_are_a_near_miss(self):
        text = "She wrote \u201cyou never gave up on me\u201d on the card."

        with pytest.raises(rk.QuoteError, match="different quotation marks or apostrophes"):
            rk.evidence(text, '"you never gave up on me"')

    @pytest.mark.parametrize("quote", ["", "   ", "\n"])
    def test_an_empty_quote(self, quote):
        with pytest.raises(rk.QuoteError, match="the quote is empty"):
            rk.evidence(TEXT, quote)

    def test_only_a_short_excerpt_of_the_quote_is_shown(self):
        quote = "Rosalind Quennell-Abernathy from the night shift at the old ward"

        with pytest.raises(rk.QuoteError) as info:
            rk.evidence(TEXT, quote)

        message = str(info.value)
        assert quote[:37] in message
        assert quote[37:] not in message
        assert "night shift" not in message

    def test_an_error_is_a_value_error_and_pickles(self):
        with pytest.raises(ValueError) as info:
            rk.evidence(TWICE, "said thank you")

        again = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - own data
        assert isinstance(again, rk.QuoteError)
        assert (str(again), again.quote, again.occurrences) == (
            str(info.value),
            info.value.quote,
            info.value.occurrences,
        )

    @given(st.text(min_size=1, max_size=80), st.data())
    def test_every_quote_of_the_text_is_found_at_its_place(self, text, data):
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        quote = text[start:end]
        if not quote.strip():
            return
        starts = [i for i in range(len(text)) if text.startswith(quote, i)]

        span = rk.evidence(text, quote, occurrence=starts.index(start) + 1)

        assert (span.start, span.end) == (start, end)
        if len(starts) == 1:
            assert rk.evidence(text, quote) == span


class TestFromQuotes:
    def test_builds_an_assignment_with_one_span_per_quote(self):
        assignment = rk.ThemeAssignment.from_quotes(
            TWICE,
            "gratitude.thanks",
            ["She said", ("said thank you", 2)],
            coder="coder-a",
            confidence=0.8,
        )

        assert assignment == rk.ThemeAssignment(
            theme="gratitude.thanks",
            coder="coder-a",
            evidence=(rk.Span(start=0, end=8), rk.Span(start=30, end=44)),
            confidence=0.8,
        )

    def test_no_quotes_means_no_evidence(self):
        assert rk.ThemeAssignment.from_quotes(TEXT, "gratitude", []).evidence == ()

    def test_names_the_quote_that_cannot_be_placed(self):
        with pytest.raises(rk.QuoteError) as info:
            rk.ThemeAssignment.from_quotes(TWICE, "gratitude", ["She said", "said thank you"])

        assert str(info.value).startswith("quotes[1]: the quote 'said thank you' appears 3 times")
        assert info.value.occurrences == (4, 30, 61)

    def test_one_string_is_not_a_list_of_quotes(self):
        with pytest.raises(rk.QuoteError, match="a list of quotes, not one string"):
            rk.ThemeAssignment.from_quotes(TEXT, "gratitude", "thank you")

    def test_the_other_fields_keep_their_rules(self):
        with pytest.raises(rk.FieldError, match="confidence: must be between 0 and 1"):
            rk.ThemeAssignment.from_quotes(TEXT, "gratitude", ["thank you"], confidence=2.0)

    def test_the_spans_pass_validation(self):
        story = rk.Story(
            id="st-1",
            text=TWICE,
            source=rk.Source(platform="survey"),
            themes=[rk.ThemeAssignment.from_quotes(TWICE, "gratitude.thanks", ["thank you again"])],
            deidentification=rk.Deidentification(status="raw"),
        )

        assert [f.rule for f in rk.validate(story)] == ["deid-required"]
