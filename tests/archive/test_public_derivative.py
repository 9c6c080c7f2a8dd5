# SPDX-License-Identifier: GPL-3.0-or-later
"""A public derivative carries only what may be published: the text's ``content`` answers when the
witness consented to publishing text, never the ``restricted-content`` ones (found in the crypto
review, O1: the whole answers.json used to be copied)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.archive import bag
from intake_app.bundle_service import PayloadSource, open_bundle, seal_testimony
from tests.bundle_support import StandInForm, make_archive

RESTRICTED = "CANARY-RESTRICTED-detained at Qincheng-秦城"


class Form(StandInForm):
    def __init__(self) -> None:
        super().__init__({"account": "content", "detention_place": "restricted-content"})

    def consent_summary(self, answers: dict[str, Any]) -> dict[str, Any]:
        return {"scopes": {"publish_text": "yes", "publish_voice": "yes"}}


def test_public_copy_holds_content_answers_only(tmp_path: Path) -> None:
    archive = make_archive("classic")
    audio = b"fLaC-voice" * 50
    tib = tmp_path / "b.tib"
    seal_testimony(archive.profile, "standin", "1", {"account": "I saw the tanks.", "detention_place": RESTRICTED},
                   [PayloadSource("rec.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="interviewer",
                   captured_at=datetime(1989, 6, 4, tzinfo=UTC), form=Form())
    open_bundle(tib, [archive.content_key], tmp_path / "opened")
    assert RESTRICTED in (tmp_path / "opened" / "content" / "answers.json").read_text(encoding="utf-8")

    out = bag.export_bag(tmp_path / "opened", tmp_path / "pub", nacl.signing.SigningKey.generate(), derivative="public")
    published = json.loads((out / "data" / "answers.json").read_text(encoding="utf-8"))
    assert published == {"content": {"account": "I saw the tanks."}}
    for path in out.rglob("*"):
        if path.is_file():
            assert RESTRICTED.encode() not in path.read_bytes(), path
    # The preservation bag keeps everything.
    kept = bag.export_bag(tmp_path / "opened", tmp_path / "pres", nacl.signing.SigningKey.generate())
    assert RESTRICTED in (kept / "data" / "content" / "answers.json").read_text(encoding="utf-8")
