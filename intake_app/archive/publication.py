# SPDX-License-Identifier: GPL-3.0-or-later
"""What a public derivative may hold: the rule, as data, and nothing that joins it to a witness.

Linkability rule (THREAT_MODEL.md "Linkage", issue 18): the only join between a witness's
identity and their testimony is the random link id inside the encryption. A public derivative
therefore carries no value that also appears on the identity side, in the sealed file's
plaintext, in the receiver's log or on the device: no bundle id, no bundle hash, no link id, no
exact capture or seal time, no record ids, and none of the quasi-identifiers a reviewer used to
single witnesses out (interviewer and interpreter codes, session times, dialect, 1989 city,
role, age band, detention details, consent choices; security-review.md F1, F11).

Consent (evidence.md §2): a public copy exists only when the witness allowed it and no embargo
stands. ``publish_text`` = yes allows the text answers listed in :data:`PUBLIC_FIELDS` for the
bundle's form (a list of what may go out, so a new field is withheld until someone decides it is
safe); an embargo must have been answered "none", or "until a date" that has passed (an embargo
until death cannot be lifted by software). Recordings are never published yet: the sealed format
does not say which recording is the consent statement and which the testimony, and a consent
recording must never be published; voice publication waits for that mark (issue 21).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from intake_app.errors import IntakeError

PUBLIC_FIELDS: dict[str, tuple[str, ...]] = {
    # The composite interview: the narrative itself is restricted-content (never published
    # without a redaction review), so only the account's coarse, shared descriptors go out.
    "testimony": (
        "testimony_narrative.narrative_lang",
        "testimony_narrative.overall_sok",
    ),
    # A witness alone: what they saw, when and where (the event's, not the witness's), how they know.
    "self_submission": ("account_lang", "when", "where", "what", "how_known"),
}
"""Form id -> dotted answer paths that a public derivative may carry (everything else is withheld)."""

_ID_LIKE = re.compile(r"^[0-9a-f]{16,}$")


class PublicationRefused(IntakeError):
    """The witness's consent or embargo allows no public copy (``reason`` is a short code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"no public copy: {reason}")
        self.reason = reason


@dataclass
class Decision:
    text: bool
    voice: bool
    withheld: list[str] = field(default_factory=list)
    """Why parts were left out (codes, for the custody log)."""


def _code(value: Any) -> Any:
    return value.get("code") if isinstance(value, Mapping) else value


def _embargo_lifted(consent: Mapping[str, Any], today: date) -> bool:
    scopes = consent.get("scopes") or {}
    answered = set(consent.get("answered") or [])
    if "embargo" not in answered:
        return False  # an unanswered embargo is never read as "no embargo"
    choice = _code(scopes.get("embargo"))
    if choice == "none":
        return True
    if choice == "until_date":
        until = str(scopes.get("embargo_until") or "")
        match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", until)
        if not match:
            return False  # an uncertain or open date keeps the embargo
        year, month, day = int(match[1]), int(match[2] or 12), int(match[3] or 28)
        try:
            return date(year, month, day) < today
        except ValueError:
            return False
    return False  # until death, years after death, or anything unknown


def decide(manifest: Mapping[str, Any], today: date | None = None) -> Decision:
    """What of this testimony may be published today; raises :class:`PublicationRefused` if nothing."""
    consent = manifest.get("consent") or {}
    raw = consent.get("scopes") or {}
    scopes = dict.fromkeys(raw, "yes") if isinstance(raw, list) else dict(raw)
    if not _embargo_lifted(consent, today or date.today()):
        raise PublicationRefused("embargo")
    text = _code(scopes.get("publish_text")) in ("yes", True)
    wants_voice = _code(scopes.get("publish_voice")) in ("yes", True)
    withheld = ["voice: recordings are not marked consent or testimony"] if wants_voice else []
    if not text:
        raise PublicationRefused("consent")
    return Decision(text=True, voice=False, withheld=withheld)


def _get(answers: Mapping[str, Any], path: str) -> Any:
    node: Any = answers
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _put(out: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = out
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value


def _scrub(value: Any) -> Any:
    """Drop anything id-like from a published value (record references, random refs)."""
    if isinstance(value, Mapping):
        return {k: _scrub(v) for k, v in value.items()
                if not (k.endswith(("_id", "_ref", "_refs", "ref")) or (isinstance(v, str) and _ID_LIKE.match(v)))}
    if isinstance(value, list):
        return [_scrub(v) for v in value if not (isinstance(v, str) and _ID_LIKE.match(v))]
    return value


def public_answers(form_id: str, content: Mapping[str, Any]) -> dict[str, Any]:
    """The content answers a public derivative may carry for ``form_id`` (see :data:`PUBLIC_FIELDS`)."""
    out: dict[str, Any] = {}
    for path in PUBLIC_FIELDS.get(form_id, ()):
        value = _get(content, path)
        if value not in (None, "", [], {}):
            _put(out, path, _scrub(value))
    return out
