"""
The taxonomy model: :class:`Theme`, :class:`Taxonomy`, :class:`TaxonomyExtension` and errors.

Everything here is plain, immutable data with its rules checked when it is built, so that an
invalid theme or taxonomy cannot exist. Files live in ``_files``, interchange
formats in ``_formats``, plugin discovery in ``_plugins``; the public face of all four is
:mod:`rewardkit.taxonomy`. The errors are in :mod:`rewardkit.exceptions`.
"""

from __future__ import annotations

import difflib
import re
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final, NoReturn

import attrs

from rewardkit._messages import shown
from rewardkit.exceptions import PluginError, TaxonomyError, UnknownThemeError

__all__ = [
    "CORE_NAME",
    "PluginError",
    "Taxonomy",
    "TaxonomyError",
    "TaxonomyExtension",
    "Theme",
    "UnknownThemeError",
]

#: The name of the core taxonomy, as an extension's ``extends`` names it.
CORE_NAME: Final = "rewardkit.core"
#: Namespaces that no extension may claim.
RESERVED_NAMESPACES: Final = frozenset({"rewardkit", "rk", "core"})

_SEGMENT = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
NAMESPACE_RE: Final = re.compile(_SEGMENT)
THEME_ID_RE: Final = re.compile(rf"(?:{_SEGMENT}:)?{_SEGMENT}(?:\.{_SEGMENT})*")
TAXONOMY_NAME_RE: Final = re.compile(rf"{_SEGMENT}(?:\.{_SEGMENT})*")
SEMVER_RE: Final = re.compile(
    r"(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?"
)
MAX_ID_LENGTH: Final = 128
# Line breaks as str.splitlines() sees them; characters that XML 1.0 cannot carry.
_LINE_BREAK: Final = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_FORBIDDEN_CHAR: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# ---------------------------------------------------------------------------------------------
# Field checks


def _fail(attr: attrs.Attribute[Any], problem: str) -> NoReturn:
    raise TaxonomyError(f"field {attr.name!r}: {problem}")


def _check_line(attr: attrs.Attribute[Any], value: object, *, required: bool) -> None:
    if not isinstance(value, str):
        _fail(attr, f"expected a string, got {type(value).__name__}")
    if required and not value.strip():
        _fail(attr, "must not be empty")
    if value != value.strip():
        _fail(attr, "must not start or end with whitespace")
    if _LINE_BREAK.search(value):
        _fail(attr, "must be one line")
    if _FORBIDDEN_CHAR.search(value):
        _fail(attr, "must not contain control characters or non-characters")


def _required_line(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    _check_line(attr, value, required=True)


def _optional_line(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    _check_line(attr, value, required=False)


def _line_tuple(_inst: object, attr: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    seen: set[object] = set()
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            _fail(attr, f"item {i} must be a non-empty string")
        if item != item.strip() or _LINE_BREAK.search(item) or _FORBIDDEN_CHAR.search(item):
            _fail(attr, f"item {i} must be one line of text without surrounding whitespace")
        if attr.name == "keywords" and "," in item:
            _fail(attr, f"item {i} must not contain a comma")
        if item in seen:
            _fail(attr, f"item {i} is listed twice")
        seen.add(item)


def _to_str_tuple(value: object) -> tuple[Any, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        msg = f"expected a list of strings, got {type(value).__name__}"
        raise TaxonomyError(msg)
    return tuple(value)


def check_theme_id(value: object) -> str | None:
    """Return what is wrong with *value* as a theme id, or ``None`` when it is well formed."""
    if not isinstance(value, str):
        return f"expected a string, got {type(value).__name__}"
    if len(value) > MAX_ID_LENGTH:
        return f"is longer than {MAX_ID_LENGTH} characters"
    if not THEME_ID_RE.fullmatch(value):
        return (
            f"{shown(value)} is not a theme id (lowercase kebab-case segments joined by dots,"
            " optionally after a namespace and a colon: 'small-victory.social',"
            " 'acme:night-shift-win')"
        )
    namespace = namespace_of(value)
    if namespace in RESERVED_NAMESPACES:
        return f"namespace {namespace!r} is reserved"
    return None


def _theme_id(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    problem = check_theme_id(value)
    if problem:
        _fail(attr, problem)


def _optional_theme_id(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _theme_id(_inst, attr, value)


def _strict_bool(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        _fail(attr, f"expected a boolean, got {type(value).__name__}")


def namespace_of(theme_id: str) -> str | None:
    """Return the namespace of a theme id, or ``None`` for a core id."""
    namespace, colon, _ = theme_id.partition(":")
    return namespace if colon else None


def _dotted_parent(theme_id: str) -> str | None:
    """Return the parent a dotted id implies (``acme:rota`` for ``acme:rota.swap``)."""
    head, dot, _ = theme_id.rpartition(".")
    return head if dot else None


def _default_parent(inst: Theme) -> str | None:
    theme_id: object = inst.id  # validators run after defaults: it may not be a string yet
    return _dotted_parent(theme_id) if isinstance(theme_id, str) else None


# ---------------------------------------------------------------------------------------------
# Theme


@attrs.frozen(kw_only=True)
class Theme:
    """
    One theme of the taxonomy, with the fields of a qualitative researcher's codebook.

    A child's id is its parent's id, a dot, and its own part (``breakthrough.insight``), and
    *parent* defaults to that prefix. A downstream theme's id starts with its namespace and a
    colon (``acme:night-shift-win``); without a dot after the colon it may name any parent (a
    core theme or one of its own) or none (a new top-level theme).

    Attributes:
        id: The theme id, e.g. ``small-victory.social``.
        label: A short human name.
        definition: One sentence saying what the theme is.
        when_to_use: When a coder should apply it.
        when_not_to_use: When not, naming the theme to use instead.
        examples: Short, paraphrased example phrases.
        keywords: Words and phrases that suggest the theme.
        parent: The parent theme's id; ``None`` for a top-level theme.
        deprecated: Whether the theme should no longer be assigned.
        replaced_by: For a deprecated theme, the theme to use instead.

    Raises:
        TaxonomyError: A field breaks its rule.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=_theme_id)
    label: str = attrs.field(validator=_required_line)
    definition: str = attrs.field(repr=False, validator=_required_line)
    when_to_use: str = attrs.field(default="", repr=False, validator=_optional_line)
    when_not_to_use: str = attrs.field(default="", repr=False, validator=_optional_line)
    examples: tuple[str, ...] = attrs.field(
        default=(), repr=False, converter=_to_str_tuple, validator=_line_tuple
    )
    keywords: tuple[str, ...] = attrs.field(
        default=(), repr=False, converter=_to_str_tuple, validator=_line_tuple
    )
    parent: str | None = attrs.field(
        default=attrs.Factory(_default_parent, takes_self=True), validator=_optional_theme_id
    )
    deprecated: bool = attrs.field(default=False, validator=_strict_bool)
    replaced_by: str | None = attrs.field(default=None, validator=_optional_theme_id)

    def __attrs_post_init__(self) -> None:
        implied = _dotted_parent(self.id)
        if (implied is not None or self.namespace is None) and self.parent != implied:
            if implied is None:
                msg = f"theme {shown(self.id)}: a core theme with a parent needs a dotted id"
            else:
                msg = (
                    f"theme {shown(self.id)}: a dotted id has its prefix {implied!r} as its"
                    f" parent, not {shown(self.parent)}"
                )
            raise TaxonomyError(msg)
        if self.parent == self.id:
            raise TaxonomyError(f"theme {shown(self.id)} is its own parent")
        if self.deprecated and self.replaced_by is None:
            raise TaxonomyError(f"theme {shown(self.id)} is deprecated but has no 'replaced_by'")
        if not self.deprecated and self.replaced_by is not None:
            raise TaxonomyError(f"theme {shown(self.id)} has 'replaced_by' but is not deprecated")
        if self.replaced_by == self.id:
            raise TaxonomyError(f"theme {shown(self.id)} is replaced by itself")

    @property
    def namespace(self) -> str | None:
        """
        The namespace before the colon, or ``None`` for a core theme.

        .. versionadded:: 0.1.0
        """
        return namespace_of(self.id)

    @property
    def depth(self) -> int:
        """
        How deep the theme sits, counted by the dots in its id (``breakthrough.insight`` is 1).

        .. versionadded:: 0.1.0
        """
        return self.id.count(".")


# ---------------------------------------------------------------------------------------------
# Extension


def _namespace(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not NAMESPACE_RE.fullmatch(value):
        _fail(attr, f"{shown(value)} is not a namespace (lowercase kebab-case, e.g. 'acme')")
    if value in RESERVED_NAMESPACES:
        _fail(attr, f"namespace {value!r} is reserved")


def _semver(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not SEMVER_RE.fullmatch(value):
        _fail(attr, f"{shown(value)} is not a semantic version such as '1.0.0'")


def _taxonomy_names(_inst: object, attr: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    for item in value:
        if not isinstance(item, str) or not TAXONOMY_NAME_RE.fullmatch(item):
            _fail(attr, f"{shown(item)} is not a taxonomy name ('rewardkit.core', 'acme')")


def _themes(_inst: object, attr: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, Theme):
            _fail(attr, f"expected Theme objects, got {type(item).__name__}")
        if item.id in seen:
            _fail(attr, f"theme {shown(item.id)} is defined twice")
        seen.add(item.id)


def _theme_ids(_inst: object, attr: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    for item in value:
        problem = check_theme_id(item)
        if problem:
            _fail(attr, problem)


@attrs.frozen(kw_only=True)
class TaxonomyExtension:
    """
    What a downstream project adds to a taxonomy: themes under its own namespace.

    A taxonomy file, a plugin and :meth:`Taxonomy.extend` all produce one. An extension may
    add themes, redefine or remove *its own* themes (when a taxonomy already has its
    namespace), and deprecate them; it may not touch anyone else's.

    Attributes:
        namespace: The namespace every theme id starts with (``acme`` for ``acme:...``).
        version: The extension's semantic version.
        extends: The taxonomies it builds on: ``rewardkit.core`` and/or other namespaces.
        themes: The themes it adds or redefines.
        remove: Ids of its own themes to remove.

    Raises:
        TaxonomyError: A field breaks its rule.

    .. versionadded:: 0.1.0
    """

    namespace: str = attrs.field(validator=_namespace)
    version: str = attrs.field(default="0.0.0", validator=_semver)
    extends: tuple[str, ...] = attrs.field(
        default=(CORE_NAME,), converter=_to_str_tuple, validator=_taxonomy_names
    )
    themes: tuple[Theme, ...] = attrs.field(default=(), converter=_to_str_tuple, validator=_themes)
    remove: tuple[str, ...] = attrs.field(default=(), converter=_to_str_tuple, validator=_theme_ids)


# ---------------------------------------------------------------------------------------------
# Taxonomy


def _themes_tuple(value: Iterable[Theme]) -> tuple[Theme, ...]:
    return tuple(value)


def _namespace_map(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return types.MappingProxyType(dict(value or {}))


def _same_mapping(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    return dict(a) == dict(b)


@attrs.frozen(repr=False)
class Taxonomy:
    """
    An immutable tree (a forest) of themes.

    Iteration yields the themes in a stable order: each top-level theme followed by its
    descendants, depth first, siblings in the order they were defined.

    Args:
        themes: The themes; each parent must be among them.
        name: The taxonomy's name (``rewardkit.core``).
        version: Its semantic version.
        namespaces: The extensions applied to it, namespace to version; every namespace used
            by a theme id must be listed.

    Raises:
        TaxonomyError: A theme is not a :class:`Theme`, an id is duplicated, a parent or a
            ``replaced_by`` is unknown, the parents or the replacements form a cycle, or a
            namespace is undeclared. The error lists every problem found.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       An attrs frozen class; ``themes`` holds the themes in iteration order.
    """

    themes: tuple[Theme, ...] = attrs.field(converter=_themes_tuple)
    name: str = attrs.field(default=CORE_NAME, kw_only=True)
    version: str = attrs.field(default="0.0.0", kw_only=True)
    namespaces: Mapping[str, str] = attrs.field(
        factory=dict,
        converter=_namespace_map,
        kw_only=True,
        eq=attrs.cmp_using(eq=_same_mapping),
        hash=False,
    )
    _by_id: Mapping[str, Theme] = attrs.field(init=False, eq=False, hash=False)
    _children: Mapping[str | None, tuple[Theme, ...]] = attrs.field(
        init=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        problems = _header_problems(self.name, self.version, self.namespaces)
        by_id, more = _index(self.themes)
        problems += more + _relation_problems(by_id, self.namespaces)
        if problems:
            raise TaxonomyError(problems)
        children = _children_of(by_id)
        order = _depth_first(children)
        set_ = object.__setattr__
        set_(self, "themes", order)
        set_(self, "_by_id", types.MappingProxyType({t.id: t for t in order}))
        set_(self, "_children", types.MappingProxyType(children))

    def __repr__(self) -> str:
        extra = "".join(f" + {ns} {v}" for ns, v in self.namespaces.items())
        return f"<Taxonomy {self.name} {self.version}{extra}: {len(self)} themes>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.themes, self.name, self.version, dict(self.namespaces)))

    # -- container protocol --------------------------------------------------------------------

    def __contains__(self, theme_id: object) -> bool:
        return isinstance(theme_id, str) and theme_id in self._by_id

    def __getitem__(self, theme_id: str) -> Theme:
        try:
            return self._by_id[theme_id]
        except (KeyError, TypeError):
            raise UnknownThemeError(theme_id, self.suggest(theme_id)) from None

    def __iter__(self) -> Iterator[Theme]:
        return iter(self.themes)

    def __len__(self) -> int:
        return len(self.themes)

    # -- properties ----------------------------------------------------------------------------

    @property
    def ids(self) -> tuple[str, ...]:
        """
        Every theme id, in iteration order.

        .. versionadded:: 0.1.0
        """
        return tuple(self._by_id)

    @property
    def roots(self) -> tuple[Theme, ...]:
        """
        The top-level themes, in order.

        .. versionadded:: 0.1.0
        """
        return self._children.get(None, ())

    # -- lookups -------------------------------------------------------------------------------

    def get(self, theme_id: str) -> Theme | None:
        """
        Return the theme with this id, or ``None``.

        Args:
            theme_id: A theme id.

        Returns:
            The theme, or ``None`` when the taxonomy has no such theme.

        .. versionadded:: 0.1.0
        """
        key: object = theme_id
        return self._by_id.get(key) if isinstance(key, str) else None

    def suggest(self, theme_id: str, *, limit: int = 3) -> tuple[str, ...]:
        """
        Return known ids that look like *theme_id*, best first (for "did you mean").

        Args:
            theme_id: An id that may be misspelt or lack its parent (``insight``).
            limit: At most this many suggestions.

        Returns:
            Up to *limit* ids.

        .. versionadded:: 0.1.0
        """
        key: object = theme_id
        if not isinstance(key, str):
            return ()
        found = [t.id for t in self.themes if t.id.rpartition(".")[2] == theme_id]
        found += difflib.get_close_matches(theme_id, self._by_id, n=limit, cutoff=0.8)
        return tuple(dict.fromkeys(found))[:limit]

    def parent(self, theme_id: str) -> Theme | None:
        """
        Return the parent of a theme, or ``None`` for a top-level theme.

        Args:
            theme_id: A theme id.

        Returns:
            The parent theme or ``None``.

        Raises:
            UnknownThemeError: The id is not in the taxonomy.

        .. versionadded:: 0.1.0
        """
        parent = self[theme_id].parent
        return None if parent is None else self._by_id[parent]

    def children(self, theme_id: str) -> tuple[Theme, ...]:
        """
        Return the direct children of a theme, in order.

        Args:
            theme_id: A theme id.

        Returns:
            The children; empty for a leaf.

        Raises:
            UnknownThemeError: The id is not in the taxonomy.

        .. versionadded:: 0.1.0
        """
        return self._children.get(self[theme_id].id, ())

    def ancestors(self, theme_id: str) -> tuple[Theme, ...]:
        """
        Return the ancestors of a theme, nearest first (parent, grandparent, ...).

        Args:
            theme_id: A theme id.

        Returns:
            The ancestors; empty for a top-level theme.

        Raises:
            UnknownThemeError: The id is not in the taxonomy.

        .. versionadded:: 0.1.0
        """
        found: list[Theme] = []
        parent = self[theme_id].parent
        while parent is not None:
            theme = self._by_id[parent]
            found.append(theme)
            parent = theme.parent
        return tuple(found)

    def descendants(self, theme_id: str) -> tuple[Theme, ...]:
        """
        Return every descendant of a theme, depth first, in iteration order.

        Args:
            theme_id: A theme id.

        Returns:
            The descendants; empty for a leaf.

        Raises:
            UnknownThemeError: The id is not in the taxonomy.

        .. versionadded:: 0.1.0
        """
        found: list[Theme] = []
        stack = list(reversed(self.children(theme_id)))
        while stack:
            theme = stack.pop()
            found.append(theme)
            stack.extend(reversed(self._children.get(theme.id, ())))
        return tuple(found)

    def is_a(self, theme_id: str, other_id: str) -> bool:
        """
        Tell whether a theme is *other_id* or lies below it.

        Args:
            theme_id: A theme id.
            other_id: Another theme id.

        Returns:
            ``True`` when *theme_id* equals *other_id* or has it as an ancestor.

        Raises:
            UnknownThemeError: Either id is not in the taxonomy.

        .. versionadded:: 0.1.0
        """
        other = self[other_id]
        return self[theme_id] == other or other in self.ancestors(theme_id)

    def top_level(self, theme_id: str) -> Theme:
        """
        Return the top-level ancestor of a theme, or the theme itself when it is top-level.

        Args:
            theme_id: A theme id.

        Returns:
            The root of the theme's tree.

        Raises:
            UnknownThemeError: The id is not in the taxonomy.

        .. versionadded:: 0.1.0
        """
        ancestors = self.ancestors(theme_id)
        return ancestors[-1] if ancestors else self[theme_id]

    def resolve(self, theme_id: str) -> Theme:
        """
        Return the theme to use for an id: the theme itself, or where its replacements lead.

        Args:
            theme_id: A theme id, possibly of a deprecated theme.

        Returns:
            The first theme along the ``replaced_by`` chain that is not deprecated.

        Raises:
            UnknownThemeError: The id is not in the taxonomy.

        .. versionadded:: 0.1.0
        """
        theme = self[theme_id]
        while theme.replaced_by is not None:
            theme = self._by_id[theme.replaced_by]
        return theme

    # -- extension -----------------------------------------------------------------------------

    def extend(
        self,
        extension: TaxonomyExtension | Iterable[Theme] = (),
        /,
        *,
        namespace: str | None = None,
        version: str = "0.0.0",
        remove: Iterable[str] = (),
    ) -> Taxonomy:
        """
        Return a new taxonomy with an extension's themes added.

        Pass a :class:`TaxonomyExtension`, or themes with their *namespace* (inferred from the
        ids when they all share one).

        Args:
            extension: The extension, or the themes to add.
            namespace: The namespace of *themes*; ignored for an extension object.
            version: The version of *themes*; ignored for an extension object.
            remove: Ids of the namespace's own themes to remove; ignored for an extension
                object.

        Returns:
            The extended taxonomy; this one is unchanged.

        Raises:
            TaxonomyError: The extension names a taxonomy that is not here in ``extends``,
                redefines or removes a theme that is not its own, has an id outside its
                namespace, a missing parent, a cycle, or an unknown ``replaced_by``.

        .. versionadded:: 0.1.0
        """
        if not isinstance(extension, TaxonomyExtension):
            themes: tuple[object, ...] = tuple(extension)
            removed: tuple[object, ...] = tuple(remove)
            if namespace is None:
                spaces = {t.namespace for t in themes if isinstance(t, Theme)}
                spaces |= {namespace_of(i) for i in removed if isinstance(i, str)}
                if len(spaces) != 1 or None in spaces:
                    msg = "pass namespace=...: the themes do not share one namespace"
                    raise TaxonomyError(msg)
                namespace = str(spaces.pop())
            extension = TaxonomyExtension(
                namespace=namespace, version=version, themes=themes, remove=removed
            )
        return _apply(self, extension)


def _rebuild(
    themes: tuple[Theme, ...], name: str, version: str, namespaces: dict[str, str]
) -> Taxonomy:
    return Taxonomy(themes, name=name, version=version, namespaces=namespaces)


def _header_problems(name: object, version: object, namespaces: Mapping[str, str]) -> list[str]:
    """Check a taxonomy's name, version and declared namespaces."""
    problems: list[str] = []
    if not isinstance(name, str) or not TAXONOMY_NAME_RE.fullmatch(name):
        problems.append(f"{shown(name)} is not a taxonomy name")
    if not isinstance(version, str) or not SEMVER_RE.fullmatch(version):
        problems.append(f"version {shown(version)} is not a semantic version such as '1.0.0'")
    pairs: Iterable[tuple[object, object]] = namespaces.items()
    for ns, ns_version in pairs:
        if not isinstance(ns, str) or not NAMESPACE_RE.fullmatch(ns):
            problems.append(f"{shown(ns)} is not a namespace")
        elif not isinstance(ns_version, str) or not SEMVER_RE.fullmatch(ns_version):
            problems.append(f"namespace {ns!r}: {shown(ns_version)} is not a semantic version")
    return problems


def _index(themes: Iterable[object]) -> tuple[dict[str, Theme], list[str]]:
    """Index themes by id, with a problem for each non-theme and each id defined twice."""
    by_id: dict[str, Theme] = {}
    problems: list[str] = []
    for theme in themes:
        if not isinstance(theme, Theme):
            problems.append(f"expected Theme objects, got {type(theme).__name__}")
        elif theme.id in by_id:
            problems.append(f"theme {shown(theme.id)} is defined twice")
        else:
            by_id[theme.id] = theme
    return by_id, problems


def _children_of(by_id: Mapping[str, Theme]) -> dict[str | None, tuple[Theme, ...]]:
    """Each theme's children (``None`` for the top level), in the order defined."""
    children: dict[str | None, list[Theme]] = {}
    for theme in by_id.values():
        children.setdefault(theme.parent, []).append(theme)
    return {k: tuple(v) for k, v in children.items()}


def _depth_first(children: Mapping[str | None, tuple[Theme, ...]]) -> tuple[Theme, ...]:
    """Every theme, each top-level theme followed by its descendants (no recursion)."""
    order: list[Theme] = []
    stack = list(reversed(children.get(None, ())))
    while stack:
        theme = stack.pop()
        order.append(theme)
        stack.extend(reversed(children.get(theme.id, ())))
    return tuple(order)


def _relation_problems(by_id: Mapping[str, Theme], declared: Mapping[str, str]) -> list[str]:
    """Find unknown parents and replacements, cycles and undeclared namespaces."""
    problems: list[str] = []
    for theme in by_id.values():
        if theme.namespace is not None and theme.namespace not in declared:
            problems.append(
                f"theme {shown(theme.id)} is in namespace {theme.namespace!r}, which the"
                " taxonomy does not declare"
            )
        if theme.parent is not None and theme.parent not in by_id:
            close = difflib.get_close_matches(theme.parent, list(by_id), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(
                f"theme {shown(theme.id)}: parent {shown(theme.parent)} is missing{hint}"
            )
        if theme.replaced_by is not None and theme.replaced_by not in by_id:
            problems.append(
                f"theme {shown(theme.id)}: replaced_by {shown(theme.replaced_by)} is unknown"
            )
    problems.extend(_cycles(by_id, "parent", "parents form a cycle"))
    problems.extend(_cycles(by_id, "replaced_by", "replacements form a cycle"))
    return problems


def _cycles(by_id: Mapping[str, Theme], link: str, what: str) -> list[str]:
    problems: list[str] = []
    done: set[str] = set()
    for start in by_id:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node in by_id and node not in done:
            if node in on_path:
                cycle = [*path[path.index(node) :], node]
                problems.append(f"{what}: " + " -> ".join(cycle))
                break
            path.append(node)
            on_path.add(node)
            node = getattr(by_id[node], link)
        done.update(path)
    return problems


def _apply(base: Taxonomy, ext: TaxonomyExtension) -> Taxonomy:
    """Apply one extension to a taxonomy, enforcing ownership."""
    present = {base.name, *base.namespaces}
    problems = [
        f"extension {ext.namespace!r} extends {name!r}, which is not loaded"
        for name in ext.extends
        if name not in present
    ]
    prefix = ext.namespace + ":"
    allowed_parents = {ext.namespace, *(n for n in ext.extends if n != CORE_NAME)}
    new: dict[str, Theme] = {}
    for theme in ext.themes:
        existing = base.get(theme.id)
        if existing is not None and existing.namespace != ext.namespace:
            owner = existing.namespace or base.name
            problems.append(
                f"extension {ext.namespace!r} redefines theme {shown(theme.id)}, which belongs"
                f" to {owner!r}, not to it"
            )
        elif not theme.id.startswith(prefix):
            problems.append(
                f"extension {ext.namespace!r}: theme id {shown(theme.id)} must start with"
                f" {prefix!r}"
            )
        parent_ns = None if theme.parent is None else namespace_of(theme.parent)
        if parent_ns is not None and parent_ns not in allowed_parents:
            problems.append(
                f"extension {ext.namespace!r}: theme {shown(theme.id)} has parent"
                f" {shown(theme.parent)} in namespace {parent_ns!r}, which it does not extend"
            )
        new[theme.id] = theme
    removed: set[str] = set()
    for theme_id in ext.remove:
        existing = base.get(theme_id)
        if existing is None:
            problems.append(
                f"extension {ext.namespace!r} removes theme {shown(theme_id)}, which is unknown"
            )
        elif existing.namespace != ext.namespace:
            owner = existing.namespace or base.name
            problems.append(
                f"extension {ext.namespace!r} removes theme {shown(theme_id)}, which belongs"
                f" to {owner!r}, not to it"
            )
        else:
            removed.add(theme_id)
    if problems:
        raise TaxonomyError(problems)
    themes = [new.pop(t.id, t) for t in base if t.id not in removed]
    themes.extend(new.values())
    namespaces = {**base.namespaces, ext.namespace: ext.version}
    try:
        return Taxonomy(themes, name=base.name, version=base.version, namespaces=namespaces)
    except TaxonomyError as e:
        raise TaxonomyError(e.problems, source=f"extension {ext.namespace!r}") from None
