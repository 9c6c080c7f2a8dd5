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
stands. ``publish_text`` = yes (or ``redacted_only``) allows the text answers listed in
:data:`PUBLIC_FIELDS` for the bundle's form (a list of what may go out, so a new field is withheld
until someone decides it is safe) and, after a second custodian's redaction review
(:mod:`intake_app.archive.release`, R-SP-13), the narrative fields of :data:`NARRATIVE_FIELDS`;
an embargo must have been answered "none", or "until a date" that has passed (an embargo until
death cannot be lifted by software). ``publish_voice`` = yes allows the testimony's recordings
(manifest kind ``audio``), re-encoded into a fresh file; a recording of kind ``consent-audio``
(the witness's spoken consent) is never published, nor any audio a consent answer refers to.

k-anonymity (issue 18): the published combination of quasi-identifiers (:data:`QUASI_IDENTIFIERS`,
every short published answer) must be shared by at least ``k`` testimonies of the same form in
the archive, else attributes are generalised one step at a time (a date to its month, then year;
anything else withheld) until it is, or nothing is published (:func:`k_anonymise`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from intake_app.text.errors import IntakeError

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

NARRATIVE_FIELDS: dict[str, tuple[str, ...]] = {
    "testimony": ("testimony_narrative.narrative", "testimony_narrative.summary"),
    "self_submission": ("account",),
}
"""Form id -> restricted-content text published only after a second custodian's redaction review."""

QUASI_IDENTIFIERS: dict[str, tuple[str, ...]] = {
    form: tuple(p for p in paths if p not in NARRATIVE_FIELDS.get(form, ())) for form, paths in PUBLIC_FIELDS.items()
}
"""Form id -> published paths whose combination could single a witness out (all short answers)."""

WITHHELD = "*"

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
    text = _code(scopes.get("publish_text")) in ("yes", "redacted_only", True)
    voice_choice = _code(scopes.get("publish_voice"))
    voice = voice_choice in ("yes", True)
    withheld = ["voice: only an altered voice may be published, and nothing here alters it"] \
        if voice_choice == "altered_voice_only" else []
    if not text:
        raise PublicationRefused("consent")
    return Decision(text=True, voice=voice, withheld=withheld)


def scopes_checked(manifest: Mapping[str, Any]) -> dict[str, str]:
    """The consent choices a release decision rests on (for the review record, R-SP-13)."""
    consent = manifest.get("consent") or {}
    raw = consent.get("scopes") or {}
    scopes = dict.fromkeys(raw, "yes") if isinstance(raw, list) else dict(raw)
    keys = ("publish_text", "publish_voice", "publish_face", "attribution", "third_party_names", "embargo",
            "embargo_until")
    return {k: str(_code(scopes.get(k))) for k in keys if scopes.get(k) not in (None, "")}


def publishable_audio(manifest: Mapping[str, Any], answers: Any) -> list[Mapping[str, Any]]:
    """The manifest entries of the testimony's own recordings (kind ``audio``): never a
    ``consent-audio`` entry, and never a recording whose SHA-256 a consent answer names (a
    verbal consent's media reference, e.g. in a bundle sealed before the kind existed)."""
    referenced = set(re.findall(r"[0-9a-f]{64}", json_text(_consent_answers(answers))))
    return [f for f in manifest.get("files") or []
            if isinstance(f, Mapping) and f.get("kind") == "audio" and f.get("sha256") not in referenced]


def _consent_answers(value: Any) -> list[Any]:
    """Every answer subtree under a key that names consent (``consent``, ``consent_audio`` ...)."""
    found: list[Any] = []
    if isinstance(value, Mapping):
        for key, child in value.items():
            if str(key).startswith("consent"):
                found.append(child)
            else:
                found += _consent_answers(child)
    elif isinstance(value, list):
        for child in value:
            found += _consent_answers(child)
    return found


def json_text(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)


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


def public_answers(form_id: str, content: Mapping[str, Any], narrative: Mapping[str, Any] | None = None
                   ) -> dict[str, Any]:
    """The content answers a public derivative may carry for ``form_id`` (see :data:`PUBLIC_FIELDS`);
    with ``narrative`` (the ``restricted-content`` answers), also the :data:`NARRATIVE_FIELDS`,
    which only a reviewed release may publish."""
    out: dict[str, Any] = {}
    for path in PUBLIC_FIELDS.get(form_id, ()):
        value = _get(content, path)
        if value not in (None, "", [], {}):
            _put(out, path, _scrub(value))
    for path in NARRATIVE_FIELDS.get(form_id, ()) if narrative is not None else ():
        value = _get(narrative or {}, path)
        if value not in (None, "", [], {}):
            _put(out, path, _scrub(value))
    return out


# -- k-anonymity ------------------------------------------------------------------------------
def _generalise(path: str, value: Any, level: int) -> Any:
    """``value`` at generalisation ``level`` (0: as answered). Dates go to month, then year;
    anything else (and a date past its year) is withheld."""
    if value is None:
        return None
    if level == 0:
        return value
    if isinstance(value, str) and re.match(r"^\d{4}(-\d{2}){0,2}", value):
        year, _, rest = value.partition("-")
        steps = [value[:7] if rest else year, year]
        if level <= len(steps):
            return steps[level - 1]
    return WITHHELD


def _ladder(value: Any) -> int:
    """How many steps ``value`` can be generalised before it is withheld."""
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}", value):
        return 3
    if isinstance(value, str) and re.match(r"^\d{4}", value):
        return 2
    return 1


def _key(form_id: str, answers: Mapping[str, Any], levels: Mapping[str, int]) -> str:
    return json_text([_generalise(p, _get(answers, p), levels.get(p, 0)) for p in QUASI_IDENTIFIERS.get(form_id, ())])


@dataclass
class Anonymity:
    levels: dict[str, int]
    """Quasi-identifier path -> generalisation level applied (0: as answered; withheld at the top)."""
    class_size: int
    """Testimonies of the archive sharing the published combination (this one included)."""
    k: int


class TooFewTestimonies(PublicationRefused):
    """Even with every quasi-identifier withheld, fewer than k testimonies share the form."""

    def __init__(self, k: int, found: int) -> None:
        super().__init__("k_anonymity")
        self.k, self.found = k, found


def k_anonymise(form_id: str, answers: Mapping[str, Any], population: Sequence[Mapping[str, Any]], k: int = 5
                ) -> Anonymity:
    """Generalise this testimony's quasi-identifiers until at least ``k`` testimonies of
    ``population`` (the archive's content answers of the same form, this one included) share
    the published combination. Greedy, one step at a time (after Datafly, Sweeney 2002): the
    attribute whose next step joins the most testimonies to this one's class is generalised
    (ties: the one with most distinct values), so a date is coarsened before a place is dropped
    when that is enough."""
    paths = QUASI_IDENTIFIERS.get(form_id, ())
    levels = dict.fromkeys(paths, 0)
    while True:
        mine = _key(form_id, answers, levels)
        size = sum(1 for other in population if _key(form_id, other, levels) == mine)
        if size >= k:
            return Anonymity(levels, size, k)
        open_paths = [p for p in paths if _generalise(p, _get(answers, p), levels[p]) not in (WITHHELD, None)]
        if not open_paths:
            raise TooFewTestimonies(k, size)
        def after(path: str) -> tuple[int, int, int]:
            trial = {**levels, path: levels[path] + 1}
            mine = _key(form_id, answers, trial)
            size = sum(1 for other in population if _key(form_id, other, trial) == mine)
            distinct = len({json_text(_generalise(path, _get(o, path), levels[path])) for o in population})
            return size, distinct, paths.index(path)

        worst = max(open_paths, key=after)
        levels[worst] = min(levels[worst] + 1, _ladder(_get(answers, worst)))


def apply_anonymity(form_id: str, public: Mapping[str, Any], anonymity: Anonymity) -> dict[str, Any]:
    """``public`` with each quasi-identifier generalised as :func:`k_anonymise` decided (withheld
    ones removed)."""
    import copy

    out = copy.deepcopy(dict(public))
    for path, level in anonymity.levels.items():
        value = _get(out, path)
        if value is None or level == 0:
            continue
        new = _generalise(path, value, level)
        *parents, last = path.split(".")
        node: Any = out
        for part in parents:
            node = node[part]
        if new == WITHHELD:
            del node[last]
        else:
            node[last] = new
    return out
