# SPDX-License-Identifier: GPL-3.0-or-later
"""Format identification of AIP files against PRONOM, with FIDO (``opf-fido``, the Open
Preservation Foundation's identifier, which Archivematica also ships; issue 21, evidence-review.md
§2 "format identification").

Why FIDO: it is on PyPI (locked like every dependency), pure Python, reads PRONOM's own DROID
signature file, and runs offline. siegfried (the other maintained identifier) is a Go binary that
is not packaged for Debian 12 and fetches its signature file from its author's site. FIDO 1.6.1
carries PRONOM signature release v109 (:func:`signature_release`, recorded with each PUID).

Only *signature* (byte-pattern) matches are recorded. A match by file extension alone is not
identification (the review found FIDO naming our JSON "fmt/1311 Tweet JSON" by extension): such
a file keeps its media type and no PUID. Guarantees: reads files only; never fetches anything
(FIDO's signature update is never called). Never: guesses a PUID.
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

PUID = re.compile(r"(x-)?fmt/[0-9]+")
TOOL = "FIDO (opf-fido)"


@dataclass(frozen=True)
class Identification:
    puid: str
    name: str
    version: str


def _versions() -> dict[str, str]:
    """FIDO's ``conf/versions.xml`` (its class defaults name an older signature file than the one
    it ships; the ``fido`` command reads this file, and so do we)."""
    from xml.etree import ElementTree

    from fido import fido as fido_module

    conf = Path(fido_module.__file__).with_name("conf")
    root = ElementTree.parse(conf / "versions.xml").getroot()  # noqa: S314 - FIDO's own installed file, never input
    return {child.tag: (child.text or "").strip() for child in root}


@cache
def _identifier() -> Any:
    from fido.fido import Fido

    versions = _versions()
    with contextlib.redirect_stderr(io.StringIO()):
        return Fido(quiet=True, nocontainer=True, handle_matches=lambda *a: None,
                    format_files=[versions["pronomSignature"], versions["fidoExtensionSignature"]])


def signature_release() -> str:
    """The PRONOM signature release FIDO identifies with (e.g. ``v109``)."""
    return "v" + _versions().get("pronomVersion", "?")


def identify(path: Path) -> Identification | None:
    """The PRONOM format of ``path`` by signature, or None (no byte-pattern match)."""
    fido = _identifier()
    found: list[tuple[Any, str]] = []

    def handle(_name: str, matches: list[tuple[Any, Any]], _dt: float, matchtype: str = "") -> None:
        found.extend((fmt, matchtype) for fmt, _sig in matches)

    fido.handle_matches = handle
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        fido.identify_file(str(path), extension=False)
    # FIDO also knows formats of its own ("fido-fmt/..."): not PRONOM, not recorded.
    hits = [fmt for fmt, kind in found if kind == "signature" and PUID.fullmatch(fido.get_puid(fmt) or "")]
    if len(hits) != 1:  # none, or ambiguous: record no PUID rather than pick one
        return None
    fmt = hits[0]
    return Identification(fido.get_puid(fmt), str(fmt.findtext("name") or ""), str(fmt.findtext("version") or ""))


def identify_all(root: Path, paths: list[str]) -> dict[str, Identification]:
    """Identify each ``root/path``; only the files with a PRONOM signature match are in the result."""
    out = {}
    for rel in paths:
        found = identify(root / rel)
        if found is not None:
            out[rel] = found
    return out
