# SPDX-License-Identifier: GPL-3.0-or-later
"""Joining a testimony to its identity: a separate, deliberate, logged act that needs both
openings (the content custodian's and the identity custodian's directories).

Guarantees: refuses unless the first directory holds an opened content side, the second an
opened identity side, and both manifests carry the same link id (the identity manifest has no bundle id); records a signed
``link`` event in both custody logs. Never: copies identity data into the content directory or
the other way round; the join exists only as the two log events.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.archive import custody
from intake_app.text.errors import IntakeError


class LinkError(IntakeError):
    """The two openings cannot be joined (a side missing, or they belong to different testimonies)."""


def _manifest(directory: Path, side: str) -> dict[str, Any]:
    path = directory / side / "manifest.json"
    if not path.is_file():
        raise LinkError(f"{directory} holds no opened {side} side")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def link(content_dir: Path | str, identity_dir: Path | str, key: nacl.signing.SigningKey) -> str:
    """Check the two openings belong together; log the link in both; return the link id."""
    c, i = _manifest(Path(content_dir), "content"), _manifest(Path(identity_dir), "identity")
    if c.get("link_id") != i.get("link_id") or not c.get("link_id"):
        raise LinkError("the two openings have different link ids: they are not the same testimony")
    # The identity manifest deliberately carries no bundle id; the link id is the only join.
    link_id = str(c["link_id"])
    custody.append(content_dir, key, "link", obj=str(c.get("bundle_id", "")), link_id=link_id)
    # The identity side's log names its own object, never the bundle id (issue 18 item 1).
    from intake_app.archive.report import identity_object

    custody.append(identity_dir, key, "link", obj=identity_object(identity_dir), link_id=link_id)
    return link_id
