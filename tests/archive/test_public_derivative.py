# SPDX-License-Identifier: GPL-3.0-or-later
"""Public derivatives of real witness testimonies share nothing with the identity side (issue 18,
security-review.md F1, F11; evidence-review.md §3).

Generic rather than field by field: several testimonies are sealed with the real ``self_submission``
form, each is opened twice (identity key only, content key only, as two custodians would), and
its public derivative is made. Every *rare* token of a testimony's identity opening, of its sealed
file's plaintext bytes and of what the public log would show (the sealed file's SHA-256) — a token
that occurs in no other testimony's outputs — must be absent from that testimony's public bag.
On the code before this test (commit 15d6e76) it fails: the bundle id (identity opening's
``verification.json``, the sealed file's plaintext) was the public bag's ``DC-Identifier``.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

import forms
from intake_app.archive import bag
from intake_app.bundle_service import PayloadSource, open_bundle, seal_testimony
from tests.bundle_support import make_archive

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9:._+\-/]{7,}|[\u3400-\u9fff]{2,}")


def _consent(**choices: str) -> dict[str, Any]:
    """A complete consent (first option everywhere, as a cautious witness might), then ``choices``."""
    form = forms.load_form("consent")
    out: dict[str, Any] = {"method": "click", "script_lang": "en", "script_id": f"consent@{form.version} sha256:{'0' * 64}"}
    for field in form.fields:
        if not field.required or field.show_if is not None or field.id in out or field.id == "script_id":
            continue
        if field.type == "consent":
            out[field.id] = form.consent_answer(field.id, True, "en")
        elif field.type == "choice":
            out[field.id] = field.options[0].code
        elif field.type == "time":
            out[field.id] = {"local": "2026-11-20T10:05", "zone": "Asia/Hong_Kong", "qualifier": "exact"}
    out.update(choices)
    return out


def _answers(n: int, name: str, **consent: str) -> dict[str, Any]:
    return {
        "consent": _consent(**consent),
        "name": name,
        "contact": f"canary-contact-{n}@example.org",
        "roles_1989": ["STUDENT"],
        "how_known": ["SAW"],
        "account": f"CANARY-ACCOUNT-{n}: I saw soldiers fire at Muxidi.",
        "account_lang": "CMN",
        "when": "1989-06-04",
        "where": {"text": "Muxidi"},
        "what": ["K01_SHOT"],
    }


def _tokens(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        found |= set(TOKEN.findall(path.read_bytes().decode("utf-8", errors="replace")))
    return found


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _testimony(tmp: Path, n: int, **consent: str) -> dict[str, Any]:
    archive = make_archive("classic")
    form = forms.load_form("self_submission")
    answers = _answers(n, f"CANARY-NAME-{n} 王{'一二三四'[n]}明", **consent)
    assert form.validate(answers) == [], [p.path for p in form.validate(answers)]
    audio = f"fLaC-voice-{n}".encode() * 200
    tmp.mkdir(parents=True)
    tib = tmp / "b.tib"
    seal_testimony(archive.profile, form.id, form.version, answers,
                   [PayloadSource("rec.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="witness",
                   captured_at=datetime(2026, 11, 20, 10, n, 7, tzinfo=UTC))
    open_bundle(tib, [archive.identity_key], tmp / "identity-opening")
    open_bundle(tib, [archive.content_key], tmp / "content-opening")
    return {"tib": tib, "identity": tmp / "identity-opening", "content": tmp / "content-opening",
            "sha256": hashlib.sha256(tib.read_bytes()).hexdigest()}


def test_no_rare_token_of_the_identity_side_reaches_the_public_bag(tmp_path: Path) -> None:
    key = nacl.signing.SigningKey.generate()
    cases = [_testimony(tmp_path / f"t{n}", n, publish_text="yes", publish_voice="yes", embargo="none")
             for n in range(3)]
    for case in cases:
        case["public"] = bag.export_bag(case["content"], case["tib"].parent / "public", key, derivative="public")
        case["secret"] = _tokens(_files(case["identity"]) + [case["tib"]]) | {case["sha256"]}
        case["published"] = _tokens(_files(case["public"]))
    for i, case in enumerate(cases):
        others: set[str] = set()
        for j, other in enumerate(cases):
            if j != i:
                others |= other["secret"] | other["published"]
        rare = case["secret"] - others
        assert any("CANARY-NAME" in t for t in rare) and case["sha256"] in rare  # the check can see
        leaked = rare & case["published"]
        assert not leaked, f"testimony {i}: the public bag shares {sorted(leaked)} with its identity side"
    published = json.loads((cases[0]["public"] / "data" / "answers.json").read_text(encoding="utf-8"))
    # What a witness's own account may carry publicly: the event's date, place and acts, how they know.
    assert published == {"content": {"account_lang": "CMN", "how_known": ["SAW"], "what": ["K01_SHOT"],
                                     "when": "1989-06-04", "where": {"text": "Muxidi"}}}
    for case in cases:
        names = {p.relative_to(case["public"]).as_posix() for p in _files(case["public"])}
        assert not any(n.endswith(".flac") for n in names), "no recording is published (consent audio never)"
        assert not any(b"CANARY-ACCOUNT" in p.read_bytes() for p in _files(case["public"])), "restricted text"


@pytest.mark.parametrize("consent", [
    {"publish_text": "no", "embargo": "none"},
    {"publish_text": "yes", "embargo": "until_date", "embargo_until": "2039-06-04"},
    {"publish_text": "yes", "embargo": "until_death"},
])
def test_no_public_copy_without_consent_or_under_embargo(tmp_path: Path, consent: dict[str, str]) -> None:
    case = _testimony(tmp_path / "t", 0, **consent)
    with pytest.raises(bag.BagExportError):
        bag.export_bag(case["content"], tmp_path / "public", nacl.signing.SigningKey.generate(), derivative="public")
    assert not any(p.suffix == ".json" for p in _files(tmp_path / "public")) if (tmp_path / "public").exists() else True
