"""The taxonomy model: the core codebook, lookups, immutability, extension and its rules."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.taxonomy import (
    PluginError,
    Taxonomy,
    TaxonomyError,
    TaxonomyExtension,
    Theme,
    UnknownThemeError,
    core_taxonomy,
)

SPEC_IDS = {
    "breakthrough": ["insight", "hope", "transformation", "milestone"],
    "connection": ["alliance", "opening-up", "trust-after-trauma", "self-trust"],
    "advocacy": ["public-education", "help-seeking", "policy", "outreach"],
    "small-victory": ["social", "daily-living", "symptom-relief"],
    "gratitude": ["thanks", "letter", "success-update", "ripple-effect"],
}


def theme(theme_id: str, **fields: object) -> Theme:
    values: dict[str, object] = {"label": f"Label {theme_id}", "definition": "A definition."}
    values.update(fields)
    return Theme(id=theme_id, **values)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# The core codebook


class TestCoreCodebook:
    def test_exactly_the_spec_ids_in_spec_order(self):
        expected = [
            i for top, subs in SPEC_IDS.items() for i in [top, *(f"{top}.{s}" for s in subs)]
        ]
        assert list(core_taxonomy().ids) == expected

    def test_roots_are_the_five_themes(self):
        assert [t.id for t in core_taxonomy().roots] == list(SPEC_IDS)

    def test_name_and_semver_version(self):
        t = core_taxonomy()
        assert t.name == "rewardkit.core"
        assert re.fullmatch(r"\d+\.\d+\.\d+", t.version)
        assert dict(t.namespaces) == {}

    @pytest.mark.parametrize("theme_id", core_taxonomy().ids)
    def test_every_theme_is_a_full_codebook_entry(self, theme_id):
        t = core_taxonomy()[theme_id]
        assert t.label
        assert t.label[0].isupper()
        # One sentence: ends with a full stop and has no sentence break inside.
        assert t.definition.endswith(".")
        assert ". " not in t.definition[:-1]
        assert t.when_to_use.endswith(".")
        assert t.when_not_to_use.endswith(".")
        assert 2 <= len(t.examples) <= 4
        assert all(e.endswith((".", "!", "?")) for e in t.examples)
        assert len(t.keywords) >= 3
        assert all(k == k.lower() for k in t.keywords)
        assert not t.deprecated

    @pytest.mark.parametrize("theme_id", core_taxonomy().ids)
    def test_when_not_to_use_names_known_themes_to_use_instead(self, theme_id):
        t = core_taxonomy()
        text = t[theme_id].when_not_to_use
        named = [
            name
            for group in re.findall(r"\(use ([^)]*)\)", text)
            for name in re.split(r",? or |, ", group)
        ]
        assert named, "each when_not_to_use names the theme to use instead"
        for name in named:
            assert name in t, name
            assert name != theme_id

    def test_examples_are_not_shared_between_themes(self):
        seen: dict[str, str] = {}
        for t in core_taxonomy():
            for example in t.examples:
                assert example not in seen, (example, seen.get(example))
                seen[example] = t.id

    def test_labels_are_unique(self):
        labels = [t.label for t in core_taxonomy()]
        assert len(labels) == len(set(labels))

    def test_core_taxonomy_is_cached(self):
        assert core_taxonomy() is core_taxonomy()
        assert rk.core_taxonomy() is core_taxonomy()

    def test_import_rewardkit_loads_no_taxonomy(self):
        code = (
            "import sys, rewardkit;"
            "assert 'rewardkit.taxonomy' not in sys.modules, 'taxonomy imported';"
            "assert 'rewardkit.taxonomy._plugins' not in sys.modules;"
            "assert 'tomllib' not in sys.modules, 'data read';"
            "rewardkit.Taxonomy;"
            "assert 'rewardkit.taxonomy' in sys.modules"
        )
        subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------------------------------
# Lookups


class TestLookups:
    t = core_taxonomy()

    def test_contains_len_iter(self):
        assert "breakthrough.insight" in self.t
        assert "breakthrough.nope" not in self.t
        assert 42 not in self.t
        assert len(self.t) == 24
        assert [x.id for x in self.t] == list(self.t.ids)

    def test_getitem_and_get(self):
        assert self.t["gratitude.letter"].label == "Letter or card"
        assert self.t.get("gratitude.letter") is self.t["gratitude.letter"]
        assert self.t.get("gratitude.postcard") is None

    def test_unknown_id_is_a_key_error_with_did_you_mean(self):
        with pytest.raises(UnknownThemeError) as info:
            self.t["gratitude.leter"]
        assert isinstance(info.value, KeyError)
        assert isinstance(info.value, rk.RewardkitError)
        assert str(info.value) == (
            "unknown theme 'gratitude.leter'; did you mean 'gratitude.letter'?"
        )
        assert info.value.suggestions[0] == "gratitude.letter"

    def test_did_you_mean_finds_a_sub_theme_by_its_last_part(self):
        with pytest.raises(
            UnknownThemeError, match=re.escape("did you mean 'breakthrough.insight'")
        ):
            self.t["insight"]

    def test_unknown_with_nothing_close_has_no_suggestion(self):
        with pytest.raises(UnknownThemeError) as info:
            self.t["zzzzzz"]
        assert str(info.value) == "unknown theme 'zzzzzz'"

    def test_unknown_theme_message_is_cut_short(self):
        with pytest.raises(UnknownThemeError) as info:
            self.t["x" * 500]
        assert len(str(info.value)) < 100

    def test_parent_children(self):
        assert self.t.parent("connection.alliance") == self.t["connection"]
        assert self.t.parent("connection") is None
        assert [c.id for c in self.t.children("small-victory")] == [
            "small-victory.social",
            "small-victory.daily-living",
            "small-victory.symptom-relief",
        ]
        assert self.t.children("small-victory.social") == ()

    def test_ancestors_descendants_top_level(self):
        assert self.t.ancestors("advocacy.policy") == (self.t["advocacy"],)
        assert self.t.ancestors("advocacy") == ()
        assert [d.id for d in self.t.descendants("advocacy")] == [
            "advocacy.public-education",
            "advocacy.help-seeking",
            "advocacy.policy",
            "advocacy.outreach",
        ]
        assert self.t.top_level("advocacy.policy").id == "advocacy"
        assert self.t.top_level("advocacy").id == "advocacy"

    def test_is_a(self):
        assert self.t.is_a("gratitude.letter", "gratitude")
        assert self.t.is_a("gratitude", "gratitude")
        assert not self.t.is_a("gratitude", "gratitude.letter")
        assert not self.t.is_a("gratitude.letter", "connection")

    @pytest.mark.parametrize(
        "call",
        [
            lambda t: t.parent("nope"),
            lambda t: t.children("nope"),
            lambda t: t.ancestors("nope"),
            lambda t: t.descendants("nope"),
            lambda t: t.is_a("nope", "gratitude"),
            lambda t: t.is_a("gratitude", "nope"),
            lambda t: t.resolve("nope"),
            lambda t: t.top_level("nope"),
        ],
    )
    def test_every_lookup_raises_unknown_theme(self, call):
        with pytest.raises(UnknownThemeError):
            call(self.t)

    def test_resolve_follows_replaced_by(self):
        t = self.t.extend(
            [
                theme("acme:new"),
                theme("acme:mid", deprecated=True, replaced_by="acme:new"),
                theme("acme:old", deprecated=True, replaced_by="acme:mid"),
            ]
        )
        assert t.resolve("acme:old").id == "acme:new"
        assert t.resolve("acme:new").id == "acme:new"
        assert t.resolve("gratitude").id == "gratitude"


# ---------------------------------------------------------------------------------------------
# Immutability, equality, pickling


class TestImmutability:
    def test_theme_is_frozen(self):
        t = core_taxonomy()["gratitude"]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            t.label = "x"  # type: ignore[misc]

    def test_taxonomy_is_frozen(self):
        t = core_taxonomy()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            t._order = ()  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            del t._order
        with pytest.raises(TypeError):
            t.namespaces["acme"] = "1.0.0"  # type: ignore[index]

    def test_extend_leaves_the_original_alone(self):
        core = core_taxonomy()
        extended = core.extend([theme("acme:x", parent="gratitude")])
        assert "acme:x" in extended
        assert "acme:x" not in core
        assert len(core) == 24

    def test_equality_hash_pickle(self):
        a = Taxonomy(core_taxonomy(), version="1.0.0")
        assert a == core_taxonomy()
        assert hash(a) == hash(core_taxonomy())
        assert pickle.loads(pickle.dumps(core_taxonomy())) == core_taxonomy()  # noqa: S301 - own data
        assert a != Taxonomy(core_taxonomy(), version="1.0.1")
        assert a != "rewardkit.core"

    def test_repr(self):
        t = core_taxonomy().extend([theme("acme:x")], version="2.0.0")
        assert repr(t) == "<Taxonomy rewardkit.core 1.0.0 + acme 2.0.0: 25 themes>"
        assert "definition" not in repr(core_taxonomy()["gratitude"])

    def test_errors_pickle(self):
        for error in (
            TaxonomyError(["a", "b"], source="f.toml"),
            UnknownThemeError("x", ["y"]),
            PluginError("broken", namespace="acme", distributions=["acme 1"]),
        ):
            again = pickle.loads(pickle.dumps(error))  # noqa: S301 - own data
            assert type(again) is type(error)
            assert str(again) == str(error)


# ---------------------------------------------------------------------------------------------
# Theme rules


class TestThemeRules:
    def test_dotted_id_implies_its_parent(self):
        assert theme("acme:rota.swap").parent == "acme:rota"
        assert theme("breakthrough.insight").parent == "breakthrough"
        assert theme("breakthrough").parent is None

    @pytest.mark.parametrize(
        "bad",
        ["Breakthrough", "small_victory", "a..b", "-a", "a-", "1abc", "a:b:c", "acme:", ""],
    )
    def test_malformed_ids(self, bad):
        with pytest.raises(TaxonomyError, match=r"field 'id': .* is not a theme id"):
            theme(bad)

    def test_too_long_id(self):
        with pytest.raises(TaxonomyError, match="field 'id': is longer than 128 characters"):
            theme("a" * 129)

    @pytest.mark.parametrize("namespace", ["rewardkit", "rk", "core"])
    def test_reserved_namespaces(self, namespace):
        with pytest.raises(TaxonomyError, match=f"namespace '{namespace}' is reserved"):
            theme(f"{namespace}:x")

    def test_dotted_id_with_another_parent(self):
        with pytest.raises(
            TaxonomyError,
            match="a dotted id has its prefix 'acme:rota' as its parent, not 'gratitude'",
        ):
            theme("acme:rota.swap", parent="gratitude")

    def test_core_id_with_a_parent_needs_a_dot(self):
        with pytest.raises(TaxonomyError, match="a core theme with a parent needs a dotted id"):
            theme("swap", parent="gratitude")

    def test_own_parent(self):
        with pytest.raises(TaxonomyError, match="is its own parent"):
            theme("acme:x", parent="acme:x")

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"label": ""}, "field 'label': must not be empty"),
            ({"label": " x"}, "field 'label': must not start or end with whitespace"),
            ({"definition": "two\nlines"}, "field 'definition': must be one line"),
            ({"definition": "two\u2028lines"}, "field 'definition': must be one line"),
            ({"definition": "bell\x07"}, "must not contain control characters"),
            ({"examples": ["a\x00"]}, "item 0 must be one line of text"),
            ({"definition": 3}, "field 'definition': expected a string, got int"),
            ({"examples": "one"}, "expected a list of strings, got str"),
            ({"examples": ["ok", ""]}, "field 'examples': item 1 must be a non-empty string"),
            ({"examples": ["a", "a"]}, "field 'examples': item 1 is listed twice"),
            ({"keywords": ["a, b"]}, "field 'keywords': item 0 must not contain a comma"),
            ({"deprecated": 1}, "field 'deprecated': expected a boolean, got int"),
        ],
    )
    def test_field_rules(self, fields, message):
        with pytest.raises(TaxonomyError, match=re.escape(message)):
            theme("acme:x", **fields)

    def test_deprecated_needs_replaced_by(self):
        with pytest.raises(
            TaxonomyError, match="theme 'acme:x' is deprecated but has no 'replaced_by'"
        ):
            theme("acme:x", deprecated=True)

    def test_replaced_by_needs_deprecated(self):
        with pytest.raises(TaxonomyError, match="has 'replaced_by' but is not deprecated"):
            theme("acme:x", replaced_by="gratitude")

    def test_replaced_by_itself(self):
        with pytest.raises(TaxonomyError, match="theme 'acme:x' is replaced by itself"):
            theme("acme:x", deprecated=True, replaced_by="acme:x")

    def test_namespace_and_depth(self):
        assert theme("acme:a.b").namespace == "acme"
        assert theme("acme:a.b").depth == 1
        assert theme("gratitude").namespace is None


# ---------------------------------------------------------------------------------------------
# Taxonomy rules: every rejection of SPEC section 3, with its message


class TestTaxonomyRules:
    def test_duplicate_id(self):
        with pytest.raises(TaxonomyError, match="theme 'a' is defined twice"):
            Taxonomy([theme("a"), theme("a")])

    def test_missing_parent(self):
        with pytest.raises(TaxonomyError, match=re.escape("theme 'a.b': parent 'a' is missing")):
            Taxonomy([theme("a.b")])

    def test_cycle(self):
        with pytest.raises(
            TaxonomyError, match=r"parents form a cycle: acme:a -> acme:b -> acme:a"
        ):
            Taxonomy(
                [theme("acme:a", parent="acme:b"), theme("acme:b", parent="acme:a")],
                namespaces={"acme": "1.0.0"},
            )

    def test_replaced_by_unknown(self):
        with pytest.raises(TaxonomyError, match="theme 'a': replaced_by 'b' is unknown"):
            Taxonomy([theme("a", deprecated=True, replaced_by="b")])

    def test_replacement_cycle(self):
        with pytest.raises(TaxonomyError, match="replacements form a cycle: a -> b -> a"):
            Taxonomy(
                [
                    theme("a", deprecated=True, replaced_by="b"),
                    theme("b", deprecated=True, replaced_by="a"),
                ]
            )

    def test_undeclared_namespace(self):
        with pytest.raises(TaxonomyError, match="which the taxonomy does not declare"):
            Taxonomy([theme("acme:a")])

    def test_bad_name_and_version(self):
        with pytest.raises(TaxonomyError) as info:
            Taxonomy([], name="Bad Name", version="1.0")
        assert info.value.problems == (
            "'Bad Name' is not a taxonomy name",
            "version '1.0' is not a semantic version such as '1.0.0'",
        )

    def test_not_a_theme(self):
        with pytest.raises(TaxonomyError, match="expected Theme objects, got dict"):
            Taxonomy([{"id": "a"}])  # type: ignore[list-item]

    def test_every_problem_is_reported(self):
        with pytest.raises(TaxonomyError) as info:
            Taxonomy([theme("a.b"), theme("c", deprecated=True, replaced_by="d")])
        assert len(info.value.problems) == 2
        assert str(info.value).startswith("2 problems:\n  ")

    def test_stable_order_is_depth_first_in_definition_order(self):
        t = Taxonomy([theme("b"), theme("a"), theme("a.y"), theme("b.x"), theme("a.x")])
        assert t.ids == ("b", "b.x", "a", "a.y", "a.x")


class TestExtend:
    core = core_taxonomy()

    def test_extend_with_themes_infers_the_namespace(self):
        t = self.core.extend(
            [
                theme("acme:night-shift-win", parent="small-victory"),
                theme("acme:rota"),
                theme("acme:rota.swap"),
            ],
            version="1.2.0",
        )
        assert dict(t.namespaces) == {"acme": "1.2.0"}
        assert t.is_a("acme:night-shift-win", "small-victory")
        assert t.top_level("acme:rota.swap").id == "acme:rota"
        assert t["acme:rota"] in t.roots
        # Extension themes sit in the tree where they belong.
        ids = t.ids
        assert ids.index("acme:night-shift-win") == ids.index("small-victory.symptom-relief") + 1

    def test_extend_with_an_extension_object(self):
        ext = TaxonomyExtension(
            namespace="acme", version="1.0.0", themes=(theme("acme:x", parent="gratitude"),)
        )
        assert "acme:x" in self.core.extend(ext)

    def test_mixed_namespaces_need_an_explicit_namespace(self):
        with pytest.raises(TaxonomyError, match="pass namespace="):
            self.core.extend([theme("acme:x"), theme("other:y")])

    def test_redefining_a_core_theme(self):
        ext = TaxonomyExtension(namespace="acme", themes=(theme("gratitude"),))
        with pytest.raises(
            TaxonomyError,
            match=re.escape(
                "extension 'acme' redefines theme 'gratitude', which belongs to"
                " 'rewardkit.core', not to it"
            ),
        ):
            self.core.extend(ext)

    def test_redefining_another_extensions_theme(self):
        t = self.core.extend([theme("acme:x")])
        ext = TaxonomyExtension(namespace="other", themes=(theme("acme:x"),))
        with pytest.raises(TaxonomyError, match="which belongs to 'acme', not to it"):
            t.extend(ext)

    def test_removing_a_core_theme(self):
        with pytest.raises(
            TaxonomyError,
            match=re.escape(
                "extension 'acme' removes theme 'gratitude.letter', which belongs to"
                " 'rewardkit.core', not to it"
            ),
        ):
            self.core.extend([], namespace="acme", remove=["gratitude.letter"])

    def test_removing_an_unknown_theme(self):
        with pytest.raises(TaxonomyError, match="removes theme 'acme:x', which is unknown"):
            self.core.extend([], namespace="acme", remove=["acme:x"])

    def test_an_extension_may_redefine_and_remove_its_own_themes(self):
        t = self.core.extend([theme("acme:x"), theme("acme:y")], version="1.0.0")
        t2 = t.extend([theme("acme:x", label="Better")], version="1.1.0", remove=["acme:y"])
        assert t2["acme:x"].label == "Better"
        assert "acme:y" not in t2
        assert t2.namespaces["acme"] == "1.1.0"

    def test_id_outside_the_namespace(self):
        ext = TaxonomyExtension(namespace="acme", themes=(theme("other:x"),))
        with pytest.raises(TaxonomyError, match="theme id 'other:x' must start with 'acme:'"):
            self.core.extend(ext)

    def test_un_namespaced_new_id(self):
        ext = TaxonomyExtension(namespace="acme", themes=(theme("brand-new"),))
        with pytest.raises(TaxonomyError, match="theme id 'brand-new' must start with 'acme:'"):
            self.core.extend(ext)

    def test_missing_parent_in_an_extension(self):
        with pytest.raises(
            TaxonomyError,
            match=re.escape(
                "extension 'acme': theme 'acme:x': parent 'gratitude.postcard' is missing"
            ),
        ):
            self.core.extend([theme("acme:x", parent="gratitude.postcard")])

    def test_parent_in_a_namespace_not_extended(self):
        t = self.core.extend([theme("acme:x")])
        ext = TaxonomyExtension(namespace="other", themes=(theme("other:y", parent="acme:x"),))
        with pytest.raises(TaxonomyError, match="in namespace 'acme', which it does not extend"):
            t.extend(ext)
        ok = TaxonomyExtension(
            namespace="other",
            extends=("rewardkit.core", "acme"),
            themes=(theme("other:y", parent="acme:x"),),
        )
        assert t.extend(ok).parent("other:y") == t["acme:x"]

    def test_extends_something_not_loaded(self):
        ext = TaxonomyExtension(namespace="other", extends=("rewardkit.core", "acme"))
        with pytest.raises(TaxonomyError, match="extends 'acme', which is not loaded"):
            self.core.extend(ext)

    def test_cycle_in_an_extension(self):
        with pytest.raises(TaxonomyError, match="parents form a cycle"):
            self.core.extend([theme("acme:a", parent="acme:b"), theme("acme:b", parent="acme:a")])

    def test_deprecated_replacement_unknown_in_an_extension(self):
        with pytest.raises(TaxonomyError, match="replaced_by 'acme:gone' is unknown"):
            self.core.extend([theme("acme:x", deprecated=True, replaced_by="acme:gone")])

    def test_deprecated_without_replacement_in_an_extension(self):
        with pytest.raises(TaxonomyError, match="is deprecated but has no 'replaced_by'"):
            self.core.extend([theme("acme:x", deprecated=True)])

    def test_duplicate_in_an_extension(self):
        with pytest.raises(TaxonomyError, match="theme 'acme:x' is defined twice"):
            self.core.extend([theme("acme:x"), theme("acme:x")])

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"namespace": "Acme"}, "'Acme' is not a namespace"),
            ({"namespace": "rk"}, "namespace 'rk' is reserved"),
            ({"namespace": "acme", "version": "one"}, "'one' is not a semantic version"),
            ({"namespace": "acme", "extends": ["Core!"]}, "'Core!' is not a taxonomy name"),
            ({"namespace": "acme", "remove": ["Bad Id"]}, "is not a theme id"),
        ],
    )
    def test_extension_fields(self, fields, message):
        with pytest.raises(TaxonomyError, match=re.escape(message)):
            TaxonomyExtension(**fields)


# ---------------------------------------------------------------------------------------------
# Properties over generated extensions

SEGMENT = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?", fullmatch=True)
LINE = (
    st.text(
        st.characters(
            codec="utf-8",
            exclude_categories=("Cc", "Cs", "Zl", "Zp"),
            exclude_characters="\ufffe\uffff",
        ),
        min_size=1,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def extended_taxonomies(draw: st.DrawFn) -> Taxonomy:
    """Draw the core taxonomy extended by a random tree of namespaced themes."""
    core = core_taxonomy()
    namespace = draw(SEGMENT.filter(lambda s: s not in {"rewardkit", "rk", "core"}))
    themes: list[Theme] = []
    ids: list[str] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["top", "under-core", "dotted"]))
        local = draw(SEGMENT)
        if kind == "dotted" and ids:
            parent = draw(st.sampled_from(ids))
            theme_id, parent_id = f"{parent}.{local}", parent
        else:
            theme_id = f"{namespace}:{local}"
            parent_id = draw(st.sampled_from(core.ids)) if kind == "under-core" else None
        if theme_id in ids:
            continue
        keywords = draw(st.lists(LINE.filter(lambda s: "," not in s), max_size=3, unique=True))
        themes.append(
            Theme(
                id=theme_id,
                parent=parent_id,
                label=draw(LINE),
                definition=draw(LINE),
                when_to_use=draw(st.one_of(st.just(""), LINE)),
                when_not_to_use=draw(st.one_of(st.just(""), LINE)),
                examples=draw(st.lists(LINE, max_size=3, unique=True)),
                keywords=keywords,
            )
        )
        ids.append(theme_id)
    if ids and draw(st.booleans()):
        old = f"{namespace}:zz-old"
        themes.append(
            Theme(id=old, label="Old", definition="Old.", deprecated=True, replaced_by=ids[0])
        )
    return core.extend(themes, namespace=namespace, version="1.0.0")


class TestProperties:
    @settings(max_examples=60, deadline=None)
    @given(extended_taxonomies())
    def test_structure_is_consistent(self, t):
        assert len(t) == len(set(t.ids))
        for x in t:
            ancestors = t.ancestors(x.id)
            assert t.top_level(x.id) == (ancestors[-1] if ancestors else x)
            for a in ancestors:
                assert t.is_a(x.id, a.id)
                assert x in t.descendants(a.id)
            for c in t.children(x.id):
                assert t.parent(c.id) == x
            # Every theme comes after its parent in iteration order.
            if x.parent is not None:
                assert t.ids.index(x.parent) < t.ids.index(x.id)
            assert not t.resolve(x.id).deprecated

    @settings(max_examples=30, deadline=None)
    @given(extended_taxonomies())
    def test_rebuilding_from_the_themes_gives_an_equal_taxonomy(self, t):
        again = Taxonomy(list(t), name=t.name, version=t.version, namespaces=t.namespaces)
        assert again == t
        assert again.ids == t.ids
