"""
Writing files safely (SPEC section 6b).

Every writer in rewardkit goes through :func:`atomic_writer`: the new content is written to a
temporary file in the target's directory, flushed and ``fsync``-ed, then renamed over the
target, so that a crash or a kill leaves either the old file or the complete new one, never a
truncated one. :func:`check_output` refuses an output that is one of the inputs (also through a
symbolic or hard link) unless writing in place was asked for, and an output that is a dangling
symbolic link.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, overload

from .exceptions import OutputError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["atomic_write", "atomic_writer", "check_output", "same_file"]


def _real_target(target: Path) -> Path:
    """The file that *target* names: a symbolic link to a file is written through, not replaced."""
    if target.is_symlink():
        if not target.exists():
            raise OutputError(
                f"{target}: is a dangling symbolic link; refusing to write through it"
            )
        return Path(os.path.realpath(target))
    return target


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """
    Tell whether *a* and *b* name the same existing file, also through links.

    Args:
        a: A path.
        b: Another path.

    Returns:
        ``True`` when both exist and are one file (one inode on one device).
    """
    try:
        return Path(a).samefile(b)
    except OSError:
        return False


def check_output(
    target: str | os.PathLike[str],
    inputs: Iterable[str | os.PathLike[str]],
    *,
    in_place: bool = False,
) -> None:
    """
    Refuse an output path that would lose data.

    Args:
        target: Where the output is to be written.
        inputs: The files being read.
        in_place: Whether writing over an input was asked for (``--in-place``).

    Raises:
        OutputError: *target* is a dangling symbolic link or a directory, or it is one of
            *inputs* (also through a link) and *in_place* is false.
    """
    path = Path(target)
    if path.is_symlink() and not path.exists():
        raise OutputError(f"{path}: is a dangling symbolic link; refusing to write through it")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not in_place:
        for source in inputs:
            if same_file(path, source):
                raise OutputError(
                    f"{path}: is the input file {source}; pass --in-place to overwrite it"
                )


@overload
def atomic_writer(
    target: str | os.PathLike[str], *, binary: Literal[False] = ..., encoding: str = ...
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def atomic_writer(
    target: str | os.PathLike[str], *, binary: Literal[True], encoding: str = ...
) -> contextlib.AbstractContextManager[IO[bytes]]: ...


def atomic_writer(
    target: str | os.PathLike[str], *, binary: bool = False, encoding: str = "utf-8"
) -> contextlib.AbstractContextManager[IO[str]] | contextlib.AbstractContextManager[IO[bytes]]:
    """
    Open a file that replaces *target* only once it is completely written.

    Use it as a context manager. When the block ends normally, the file is flushed,
    ``fsync``-ed and renamed over *target* (the directory is ``fsync``-ed too); when the
    block raises (including :class:`KeyboardInterrupt`), the temporary file is removed and
    *target* is untouched. An existing target keeps its permission bits. Text is written
    with LF line endings.

    Args:
        target: The file to write.
        binary: Open in binary mode.
        encoding: The text encoding, when not *binary*.

    Returns:
        A context manager giving the open temporary file.

    Raises:
        OutputError: *target* is a dangling symbolic link.
    """
    return _atomic(Path(target), binary=binary, encoding=encoding)  # type: ignore[return-value]


@contextlib.contextmanager
def _atomic(target: Path, *, binary: bool, encoding: str) -> Iterator[IO[str] | IO[bytes]]:
    real = _real_target(target)
    directory = real.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        with contextlib.suppress(FileNotFoundError):
            os.fchmod(fd, stat.S_IMODE(real.stat().st_mode))
        f: IO[str] | IO[bytes] = (
            os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline="\n")
        )
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        tmp.replace(real)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable, where the platform allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - not every platform opens directories
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: str | os.PathLike[str], data: str | bytes) -> None:
    """
    Write *data* to *target* atomically (see :func:`atomic_writer`).

    Args:
        target: The file to write.
        data: Text (written as UTF-8 with LF line endings) or bytes.

    Raises:
        OutputError: *target* is a dangling symbolic link.
    """
    if isinstance(data, bytes):
        with atomic_writer(target, binary=True) as fb:
            fb.write(data)
    else:
        with atomic_writer(target) as ft:
            ft.write(data)
