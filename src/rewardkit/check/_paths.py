"""The story files that paths name: files as given, directories searched, ``-`` for stdin."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = ["STDIN", "SUFFIXES", "story_files"]

#: The path that stands for stdin, where a command reads it.
STDIN: Final = "-"
#: The suffixes of story files, looked for in directories; any case.
SUFFIXES: Final = (".json", ".jsonl")


def _raise(error: OSError) -> None:
    raise error


def _walk(directory: Path) -> list[Path]:
    """Every story file below *directory*; a directory that cannot be listed is an error."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory, onerror=_raise):
        dirs.sort()
        found.extend(Path(root) / name for name in files if Path(name).suffix.lower() in SUFFIXES)
    return sorted(p for p in found if p.is_file())


def story_files(paths: Iterable[str], *, stdin: bool = False) -> list[str]:
    """
    Turn paths into the files to read, in order.

    A directory gives its ``*.json`` and ``*.jsonl`` files, searched recursively, in sorted
    path order (none, for a directory without them); a file is read whatever its name. A
    file named twice is read once.

    Args:
        paths: The paths, as given.
        stdin: Keep ``-`` as it is, for stdin, rather than look for a file of that name.

    Returns:
        The files, as given or as found below a directory.

    Raises:
        FileNotFoundError: A path does not exist.
        PermissionError: A directory (or one below it) cannot be listed.
    """
    files: list[str] = []
    for p in paths:
        if stdin and p == STDIN:
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            files.extend(str(f) for f in _walk(path))
        elif path.exists():
            files.append(p)
        else:
            raise FileNotFoundError(errno.ENOENT, "no such file or directory", p)
    return list(dict.fromkeys(files))


def named_story_files(
    paths: Iterable[str | os.PathLike[str]], *, error: Callable[[str], Exception]
) -> list[Path]:
    """
    Turn paths into the story files to read, for a command that needs stories in every path.

    As :func:`story_files`, but a path that does not exist, or a directory with no story
    file, is ``error(message)`` (the command's own error type).

    Args:
        paths: The paths, as given.
        error: Makes the error to raise from its message.

    Returns:
        The files, in order, each once.

    Raises:
        Exception: What *error* makes.
        PermissionError: A directory (or one below it) cannot be listed.
    """
    files: list[Path] = []
    for p in paths:
        name = os.fspath(p)
        try:
            found = story_files([name])
        except FileNotFoundError:
            raise error(f"{name}: no such file or directory") from None
        if not found:
            raise error(f"{name}: no .json or .jsonl files")
        files.extend(Path(f) for f in found)
    return list(dict.fromkeys(files))
