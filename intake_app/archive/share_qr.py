# SPDX-License-Identifier: GPL-3.0-or-later
"""Custodian shares on paper: a share file drawn as QR code pictures, and read back (issue 23).

A share file (SPEC 2.13 "Release": armored age, to the requester's key) is split into
``ceil(len / CHUNK)`` parts of equal length (at most :data:`CHUNK` characters, so each code is at
most QR version 25 at error correction level M, 117 modules: printable on A4 and read by a phone);
part *i* of *n* is one QR code holding the text::

    intake-share-qr/v1 <i>/<n> <set: first 16 hex digits of SHA-256 of the whole share file>
    <the part>

A share with a classic (X25519) requester key fits one code; one for a post-quantum key (about
2.5 KB armored) takes three, numbered 1/3, 2/3, 3/3: ``OUT-1.png``... Readers accept any mix of
share files and pictures (a picture may hold several codes): parts are grouped by set, a set
must be complete (:class:`IncompleteShareSetError` names the missing numbers) and its joined
text must hash to the set's name (:class:`ShareSetMismatchError`); a picture without a share
code raises :class:`NotAShareCodeError`. Pictures are written with mode 0600, atomically.
Never: decrypts anything here (the share stays encrypted to the requester inside the codes).
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections.abc import Sequence
from pathlib import Path

from intake_app.home import paths
from intake_app.text.errors import IntakeError

HEADER = "intake-share-qr/v1"
CHUNK = 900
_PART = re.compile(HEADER + r" ([1-9][0-9]{0,2})/([1-9][0-9]{0,2}) ([0-9a-f]{16})\n(.+)", re.DOTALL)
_PICTURE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF")


class ShareQrError(IntakeError):
    """Root of share picture problems."""


class NotAShareCodeError(ShareQrError):
    """A picture's QR codes hold no part of a share."""


class IncompleteShareSetError(ShareQrError):
    """Some numbered pictures of a share are missing: ``missing`` lists their numbers, ``total``
    how many the share has."""

    def __init__(self, missing: Sequence[int], total: int) -> None:
        super().__init__(f"share pictures missing: {list(missing)} of {total}")
        self.missing = ", ".join(str(i) for i in missing)
        self.total = total


class ShareSetMismatchError(ShareQrError):
    """A share's pictures do not join into the share they name (damaged or mixed up)."""


def parts(share: bytes) -> list[str]:
    """The QR texts of ``share`` (an armored share file), in order."""
    text = share.decode("ascii")
    count = max(1, math.ceil(len(text) / CHUNK))
    size = math.ceil(len(text) / count)
    name = hashlib.sha256(share).hexdigest()[:16]
    return [f"{HEADER} {i + 1}/{count} {name}\n{text[i * size:(i + 1) * size]}" for i in range(count)]


def _write_png(text: str, out: Path, scale: int) -> None:
    import segno

    buffer = io.BytesIO()
    segno.make_qr(text, error="m", mode="byte").save(buffer, kind="png", scale=scale, border=4)
    paths.write_private(out, buffer.getvalue())


def picture_names(out: Path, count: int) -> list[Path]:
    """``OUT.png`` for one code, else ``OUT-1.png`` ... ``OUT-n.png``."""
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{i}{out.suffix or '.png'}") for i in range(1, count + 1)]


def write_pictures(share: bytes, out: Path, *, scale: int = 6) -> list[Path]:
    """Draw ``share`` as one QR picture at ``out`` or, if it does not fit one code, as a numbered
    set beside it; refuses to overwrite (``FileExistsError``). Returns the pictures written."""
    texts = parts(share)
    names = picture_names(out, len(texts))
    for name in names:
        if name.exists():
            raise FileExistsError(str(name))
    for text, name in zip(texts, names, strict=True):
        _write_png(text, name, scale)
    return names


def is_picture(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(8)
    return head.startswith(_PICTURE_MAGIC)


def load_shares(paths: Sequence[Path]) -> list[bytes]:
    """The share files given, pictures joined into the shares they hold (any order)."""
    from intake_app.transport.qr import NoQrCodeError, texts_in_picture

    files: list[bytes] = []
    sets: dict[str, dict[int, str]] = {}
    totals: dict[str, int] = {}
    for path in paths:
        if not is_picture(path):
            files.append(path.read_bytes())
            continue
        found = False
        try:
            texts = texts_in_picture(path)
        except NoQrCodeError as exc:
            raise NotAShareCodeError("the picture holds no QR code") from exc
        for text in texts:
            m = _PART.fullmatch(text)
            if m is None:
                continue
            found = True
            index, total, name = int(m.group(1)), int(m.group(2)), m.group(3)
            if index > total or totals.setdefault(name, total) != total:
                raise ShareSetMismatchError("the share pictures are numbered inconsistently")
            sets.setdefault(name, {})[index] = m.group(4)
        if not found:
            raise NotAShareCodeError("the picture holds no share")
    for name, got in sets.items():
        missing = [i for i in range(1, totals[name] + 1) if i not in got]
        if missing:
            raise IncompleteShareSetError(missing, totals[name])
        whole = "".join(got[i] for i in range(1, totals[name] + 1)).encode("ascii")
        if hashlib.sha256(whole).hexdigest()[:16] != name:
            raise ShareSetMismatchError("the share pictures do not join into their share")
        files.append(whole)
    return files
