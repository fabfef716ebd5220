"""``[tool.rewardkit]`` in the nearest ``pyproject.toml``: the validate command's defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

from rewardkit.exceptions import ConfigError

_KEYS = ("taxonomy", "profile", "select", "ignore", "severity")
# Configuration files larger than this are refused, as story documents are (SPEC section 6b).
_MAX_BYTES = 64 * 1024 * 1024


@attrs.frozen(kw_only=True)
class Config:
    """
    The settings found in ``[tool.rewardkit]``.

    Attributes:
        source: The ``pyproject.toml`` they come from, or ``None`` when there is none.
        taxonomy: Taxonomy files, resolved against the file's directory.
        profile: The profile, when set.
        select: Rules to run, when set.
        ignore: Rules to switch off, when set.
        severity: Rules to re-grade.
    """

    source: Path | None = None
    taxonomy: tuple[Path, ...] = ()
    profile: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: dict[str, str] = attrs.Factory(dict)


def find_pyproject(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """Return the nearest ``pyproject.toml`` at or above *start* with ``[tool.rewardkit]``."""
    from rewardkit import _toml  # noqa: PLC0415 - only when looking for configuration

    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if not candidate.is_file():
            continue
        try:
            with candidate.open("rb") as f:
                raw = f.read(_MAX_BYTES + 1)
            if len(raw) > _MAX_BYTES:
                raise ConfigError(f"{candidate}: larger than the limit of {_MAX_BYTES} bytes")
            data = _toml.loads(raw.decode("utf-8"))
        except (OSError, ValueError) as e:  # TOMLDecodeError and UnicodeDecodeError too
            raise ConfigError(f"{candidate}: cannot be read: {e}") from None
        table = data.get("tool", {}).get("rewardkit")
        if table is not None:
            return candidate, table
    return None


def _names(value: object, key: str, where: Path) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise ConfigError(f"{where}: [tool.rewardkit] {key} must be a list of rule names")
    return tuple(x.strip() for x in items if x.strip())


def load_config(start: Path | None = None) -> Config:
    """
    Read ``[tool.rewardkit]`` from the nearest ``pyproject.toml``, searching upwards.

    Args:
        start: Where to start; the current directory by default.

    Returns:
        The settings; all unset when no file has the table.

    Raises:
        ConfigError: The file cannot be parsed, or the table has an unknown key or a value of
            the wrong type.
    """
    found = find_pyproject((start or Path.cwd()).resolve())
    if found is None:
        return Config()
    path, table = found
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.rewardkit] must be a table")
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        import difflib  # noqa: PLC0415 - only for a mistake

        close = difflib.get_close_matches(unknown[0], _KEYS, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(_KEYS)}"
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} in [tool.rewardkit]; {hint}")
    taxonomy = table.get("taxonomy", [])
    if isinstance(taxonomy, str):
        taxonomy = [taxonomy]
    if not isinstance(taxonomy, list) or not all(isinstance(x, str) for x in taxonomy):
        raise ConfigError(f"{path}: [tool.rewardkit] taxonomy must be a list of file names")
    profile = table.get("profile")
    if profile is not None and not isinstance(profile, str):
        raise ConfigError(f"{path}: [tool.rewardkit] profile must be a string")
    severity = table.get("severity", {})
    if not isinstance(severity, dict) or not all(isinstance(v, str) for v in severity.values()):
        raise ConfigError(
            f"{path}: [tool.rewardkit] severity must be a table of rule = "
            '"error" | "warning" | "info"'
        )
    return Config(
        source=path,
        taxonomy=tuple(path.parent / t for t in taxonomy),
        profile=profile,
        select=_names(table["select"], "select", path) if "select" in table else None,
        ignore=_names(table["ignore"], "ignore", path) if "ignore" in table else None,
        severity=dict(severity),
    )
