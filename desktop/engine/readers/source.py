"""Bytes from a path or a stream, never more than a limit, never from a pipe or a device."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from desktop.engine.errors import TooLarge, UnreadableFile

MAX_BYTES = 20 * 1024 * 1024
CHUNK = 1 << 16


def megabytes(limit: int) -> str:
    return f"{limit // 1048576} MB"


def read_file(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most `limit` (checked while reading, not only by size).

    Raises:
        UnreadableFile: missing, a folder, a pipe, a device or a socket, or refused by the system.
        TooLarge: more than `limit` bytes.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()  # stat never blocks, even on a named pipe
        _check_kind(info.st_mode, name)
        if info.st_size > limit:
            raise TooLarge(f"“{name}” is {info.st_size / 1048576:.0f} MB; Précis opens articles "
                           f"up to {megabytes(limit)}.")
        # O_NONBLOCK: if the path was swapped for a pipe since stat, opening it does not wait.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise UnreadableFile(
            f"“{name}” does not exist (it may have been moved or deleted)."
        ) from None
    except PermissionError:
        raise UnreadableFile(f"You do not have permission to read “{name}”.") from None
    except OSError as error:
        raise UnreadableFile(f"“{name}” could not be read: {error.strerror or error}.") from None
    with os.fdopen(fd, "rb") as stream:
        _check_kind(os.fstat(fd).st_mode, name)
        try:
            return read_stream(stream, name, limit)
        except OSError as error:
            raise UnreadableFile(
                f"“{name}” could not be read: {error.strerror or error}."
            ) from None


def read_stream(stream: BinaryIO, name: str = "standard input", limit: int = MAX_BYTES) -> bytes:
    """At most `limit` bytes of `stream`; TooLarge as soon as there are more."""
    chunks, total = [], 0
    while True:
        chunk = stream.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise TooLarge(f"“{name}” is larger than {megabytes(limit)}; Précis opens articles "
                           f"up to {megabytes(limit)}.")


def _check_kind(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise UnreadableFile(f"“{name}” is a folder, not an article.")
    if not stat.S_ISREG(mode):
        raise UnreadableFile(f"“{name}” is not a regular file (it is a pipe, device or socket); "
                             "Précis reads only files.")
