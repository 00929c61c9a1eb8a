"""Zip containers (.docx, .epub) checked before a library unpacks them: no zip bombs."""

from __future__ import annotations

import io
import zipfile

from desktop.engine.errors import NotText, TooLarge

UNPACKED_LIMIT = 200 * 1024 * 1024  # all members together, as the archive declares them


def check_archive(data: bytes, name: str, kind: str) -> None:
    """Raise NotText for a damaged archive, TooLarge for one that unpacks too large.

    `kind` names the format with its article, as in "a Word document".
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise NotText(f"“{name}” is not {kind} Précis can read (it may be damaged).") from None
    if total > UNPACKED_LIMIT:
        raise TooLarge(f"“{name}” unpacks to {total / 1048576:.0f} MB; Précis opens "
                       f"such files up to {UNPACKED_LIMIT // 1048576} MB unpacked.")
