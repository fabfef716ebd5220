"""The story files that the paths of a command line name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

#: The path that stands for stdin, where a command reads it.
STDIN = "-"
#: The suffixes of story files, looked for in directories; any case.
SUFFIXES = (".json", ".jsonl")


class PathNotFoundError(Exception):
    """
    A path given on the command line does not exist; each command words the message.

    Args:
        path: The path, as given.
    """

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def story_files(paths: Iterable[str], *, stdin: bool = False) -> list[str]:
    """
    Turn the command line's paths into the files to read, in order.

    A directory gives its ``*.json`` and ``*.jsonl`` files, searched recursively, in sorted
    path order (none, for a directory without them); a file is read whatever its name. A
    file named twice is read once.

    Args:
        paths: The paths, as given.
        stdin: Keep ``-`` as it is, for stdin, rather than look for a file of that name.

    Returns:
        The files, as given or as found below a directory.

    Raises:
        PathNotFoundError: A path does not exist.
    """
    files: list[str] = []
    for p in paths:
        if stdin and p == STDIN:
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                f for f in path.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()
            )
            files.extend(str(f) for f in found)
        elif path.exists():
            files.append(p)
        else:
            raise PathNotFoundError(p)
    return list(dict.fromkeys(files))
