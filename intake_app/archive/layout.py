# SPDX-License-Identifier: GPL-3.0-or-later
"""Archivematica transfer metadata of a preservation bag (anchors-2026.md §7): ``metadata.csv``
(Dublin Core for the whole transfer) and ``rights.csv`` (PREMIS rights, one row per consent scope
the witness answered) in ``data/metadata/``, next to ``premis.xml``. Paths in both files start
with ``data/objects`` as Archivematica expects of a bag.

Rights come from the consent scopes as signed in the content manifest: basis *Donor* (the
witness's own consent), the scope's code as the act, *Allow* for "yes", *Disallow* for anything
else (no, unanswered, unknown: the protective reading), and the embargo's end date where one was
given. Guarantees: UTF-8, written with the ``csv`` module (quoted as needed). Never: writes an
answer value other than the consent codes.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

RIGHTS_COLUMNS = ("file", "basis", "status", "determination_date", "jurisdiction", "start_date", "end_date",
                  "note", "grant_act", "grant_restriction", "grant_start_date", "grant_end_date", "grant_note",
                  "doc_id_type", "doc_id_value", "doc_id_role")


def _code(value: Any) -> str:
    value = value.get("code") if isinstance(value, Mapping) else value
    return "yes" if value is True else "no" if value is False else str(value or "")


def consent_rights(manifest: Mapping[str, Any]) -> list[tuple[str, str, str, str]]:
    """(scope, answer code, restriction, end date) for each consent scope, sorted by scope."""
    consent = manifest.get("consent") or {}
    raw = consent.get("scopes") or {}
    scopes: dict[str, Any] = dict.fromkeys(raw, "yes") if isinstance(raw, list) else dict(raw)
    until = str(scopes.pop("embargo_until", "") or "")
    rows = []
    for scope, value in sorted(scopes.items()):
        code = _code(value)
        if scope == "embargo":
            restriction = "Allow" if code == "none" else "Conditional"
            rows.append((scope, code, restriction, until if code != "none" else ""))
        else:
            rows.append((scope, code, "Allow" if code == "yes" else "Disallow", ""))
    return rows


def write_metadata(meta: Path, info: Mapping[str, str], manifest: Mapping[str, Any], base: str) -> None:
    """Write ``metadata.csv`` and ``rights.csv`` into ``meta`` (a bag's future data/metadata/)."""
    dc = {"filename": base, "dc.title": info.get("External-Description", ""),
          "dc.identifier": info.get("External-Identifier", ""), "dc.relation": info.get("Bag-Group-Identifier", ""),
          "dc.date": info.get("DC-Date", ""), "dc.type": info.get("DC-Type", ""), "dc.format": info.get("DC-Format", ""),
          "dc.source": info.get("DC-Source", ""),
          "dc.rights": "Witness consent per scope: see rights.csv (basis Donor)"}
    with open(meta / "metadata.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(dc))
        writer.writeheader()
        writer.writerow(dc)
    with open(meta / "rights.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=RIGHTS_COLUMNS)
        writer.writeheader()
        for scope, code, restriction, end in consent_rights(manifest):
            writer.writerow({"file": base, "basis": "Donor", "status": "", "note": f"witness consent: {scope}={code}",
                             "grant_act": scope, "grant_restriction": restriction, "grant_end_date": end,
                             "grant_note": "from the device-signed content manifest",
                             "doc_id_type": "intake-bundle-id", "doc_id_value": str(manifest.get("bundle_id") or ""),
                             "doc_id_role": "consent recorded in the sealed bundle"})


def read_rights(meta: Path) -> list[tuple[str, str, str, str]]:
    """The consent rights as :func:`write_metadata` wrote them in ``meta/rights.csv`` (for PREMIS
    regenerated later, e.g. by fixity, also in an identity-only AIP without the content manifest)."""
    path = meta / "rights.csv"
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return [(row["grant_act"], row["note"].rpartition("=")[2], row["grant_restriction"], row["grant_end_date"])
                for row in csv.DictReader(fh)]
