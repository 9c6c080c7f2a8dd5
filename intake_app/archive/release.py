# SPDX-License-Identifier: GPL-3.0-or-later
"""Two-key release of a public derivative (evidence.md R-SP-13; issue 18).

1. :func:`propose` (``intake archive publish``): a custodian registered for ``release`` makes a
   *proposed* public derivative of an opened testimony (narrative and, if the witness allowed it,
   voice included; quasi-identifiers k-anonymised against the archive's other openings) in
   ``PROPOSAL/proposed/``, and a review record ``PROPOSAL/review.json`` signed by that key
   (domain ``intake-release-review-v1``): decisions per item, the consent scopes checked, k and the
   class size, the proposed bag's digest. A signed ``redaction`` custody event (stage
   ``proposed``) goes into the opened testimony's log.
2. :func:`review` (``intake archive review``): a *second* registered release custodian reads the
   proposal and may withhold any published item (``--withhold PATH``) or cut a span out of a text
   answer (``--redact PATH=TEXT``, replaced by ``[…]``). The result is a new bag,
   ``PROPOSAL/reviewed/``, a derivative of the proposed one: the review names the proposed bag's
   digest (``derived_from``), each redaction (path and the SHA-256 of the span, never the span),
   and the reviewed bag's digest, and is signed by the reviewer. Nothing of the opened testimony
   (its answers, its sealed files) is ever edited. A signed ``redaction`` event (stage
   ``reviewed``) goes into the log.
3. :func:`release` (``intake archive release``): refuses unless the preparer's and the reviewer's
   signatures verify, both keys are in the archive's signed custodian register with the
   ``release`` role, they are *different* keys, and the reviewed bag is unchanged (its digest and
   BagIt validation); then copies the reviewed bag to the public output and records a signed
   ``dissemination`` event.

Never: publishes anything not reviewed; writes a span that was redacted into the review record
or the custody log. The review record stays in the archive (it names the opened testimony's
bundle id); the public bag holds none of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
import nacl.signing

from intake_app.archive import bag, custodians, custody
from intake_app.home.paths import write_private
from intake_app.text.errors import IntakeError
from intake_crypto.bundle import signing

DOMAIN = "intake-release-review-v1"
FORMAT = "intake-release-review"
VERSION = 1
REVIEW_NAME = "review.json"
REDACTED = "[…]"


class ReleaseError(IntakeError):
    """A proposal, review or release cannot go ahead (``reason`` is a short code)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
        """``not_release_custodian``, ``same_key``, ``not_reviewed``, ``bad_signature``,
        ``changed``, ``bad_redaction``, ``not_empty``, ``malformed``, and for the publication
        index ``no_index``, ``stale_index``, ``index_shrinks``, ``not_archive``, ``no_openings``."""


@dataclass(frozen=True)
class Proposal:
    directory: Path
    public_id: str
    decisions: list[dict[str, str]]
    class_size: int | None


def _today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")  # the day, not the second: R-SP-13 asks for a date


def bag_digest(bag_dir: Path) -> str:
    """SHA-256 over the bag's payload manifest and bag-info (every payload file and its public id)."""
    h = hashlib.sha256()
    for name in ("manifest-sha256.txt", "bag-info.txt"):
        data = (bag_dir / name).read_bytes()
        h.update(name.encode() + b"\n" + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def _release_key(archive: Path, key: bytes, who: str) -> None:
    for c in custodians.load_register(archive):
        if c.key == key and "release" in c.roles:
            return
    raise ReleaseError(f"the {who}'s key is not registered by the archive for release", "not_release_custodian")


INDEX_NAME = "publication-index.json"
INDEX_FORMAT = "intake-publication-index"


def _qi_row(form_id: str, content: dict[str, Any]) -> list[Any]:
    """The quasi-identifier values publish considers for one testimony, as answered (level 0)."""
    from intake_app.archive import publication

    return [publication._get(content, p) for p in publication.QUASI_IDENTIFIERS.get(form_id, ())]


def _openings(corpus: list[Path]) -> list[tuple[Path, str, dict[str, Any]]]:
    """``(manifest path, form id, content answers)`` of every content opening under ``corpus``."""
    seen: dict[str, tuple[Path, str, dict[str, Any]]] = {}
    for root in corpus:
        for manifest_path in sorted(root.glob("*/content/manifest.json")) + sorted(root.glob("content/manifest.json")):
            try:
                manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
                answers = json.loads((manifest_path.parent / "answers.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(manifest, dict) and isinstance(answers, dict):
                form_id = str((manifest.get("form") or {}).get("id", ""))
                seen[str(manifest.get("bundle_id"))] = (manifest_path, form_id, dict(answers.get("content") or {}))
    return list(seen.values())


SEEN_NAME = "publication-index.seen"
SEEN_FORMAT = "intake-publication-index-seen"
_SEEN_DOMAIN = b"intake-publication-index-seen-v1\x00"


def _row(form_id: str, content: dict[str, Any]) -> str:
    return json.dumps(_qi_row(form_id, content), ensure_ascii=False, sort_keys=True)


def _seen_tag(salt: bytes, bundle_id: str) -> str:
    """A salted hash of a bundle id: lets the archive count an opening once (a second opening of
    the same bundle must not add a second row), without the index naming any bundle."""
    return hashlib.sha256(_SEEN_DOMAIN + salt + bundle_id.encode("utf-8")).hexdigest()


def _read_seen(archive: Path) -> tuple[bytes, set[str]] | None:
    try:
        doc = json.loads((archive / SEEN_NAME).read_text(encoding="utf-8"))
        if doc.get("format") != SEEN_FORMAT:
            return None
        return bytes.fromhex(str(doc["salt"])), {str(t) for t in doc["seen"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _write_index(archive: Path, forms: dict[str, list[str]], salt: bytes, seen: set[str]) -> None:
    """The seen list first: a crash between the two writes leaves a row missing (the index is
    then older than that opening, and publish refuses until it is rebuilt), never counted twice."""
    seen_doc = {"format": SEEN_FORMAT, "version": 1, "salt": salt.hex(), "seen": sorted(seen)}
    write_private(archive / SEEN_NAME, (json.dumps(seen_doc, sort_keys=True) + "\n").encode())
    doc = {"format": INDEX_FORMAT, "version": 1, "forms": {f: sorted(rows) for f, rows in sorted(forms.items())}}
    write_private(archive / INDEX_NAME, (json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n").encode())


def build_index(archive: Path | str, openings: list[Path], *, replace: bool = False) -> int:
    """(Re)write ``ARCHIVE/publication-index.json`` (0600) from the content openings under
    ``openings``: per form, the sorted list of each testimony's quasi-identifier values exactly as
    publish considers them. No bundle id, link id, time, path or identity answer, and no order
    (sorted), so the index holds nothing the content side does not and joins to nothing on the
    identity side (issue 18 item 2). Beside it, ``publication-index.seen`` (0600) holds a salted
    hash of each counted bundle's id, sorted, so that :func:`count_opening` adds a testimony only
    once. Returns how many testimonies it counts."""
    archive_dir = Path(archive)
    if not str(archive) or not (archive_dir / "profile.json").is_file():
        raise ReleaseError("this is not an archive directory (no profile.json)", "not_archive")
    if any(not Path(o).is_dir() for o in openings):
        raise ReleaseError("a folder of openings does not exist", "no_openings")
    forms: dict[str, list[str]] = {}
    found = _openings(openings)
    for _path, form_id, content in found:
        forms.setdefault(form_id, []).append(_row(form_id, content))
    path = archive_dir / INDEX_NAME
    if not replace and path.exists():
        try:
            before = json.loads(path.read_text(encoding="utf-8"))["forms"]
            shrinks = any(len(forms.get(f, [])) < len(rows) for f, rows in before.items())
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            shrinks = False
        if shrinks:  # a partial folder would weaken every later k check
            raise ReleaseError("these openings hold fewer testimonies than the index counts", "index_shrinks")
    salt = (_read_seen(archive_dir) or (os.urandom(32), set()))[0]
    _write_index(archive_dir, forms, salt, {_seen_tag(salt, bundle_id) for bundle_id in _bundle_ids(openings)})
    return len(found)


def _bundle_ids(corpus: list[Path]) -> set[str]:
    ids = set()
    for manifest_path, _form, _content in _openings(corpus):
        try:
            ids.add(str(json.loads(manifest_path.read_text(encoding="utf-8")).get("bundle_id")))
        except (OSError, ValueError, AttributeError):
            continue
    return ids


def count_opening(archive: Path | str, opened: Path | str) -> bool:
    """Add the content opening in ``opened`` to ``ARCHIVE/publication-index.json``, once per
    bundle: the archive's own openings (archive mode, ``intake open`` of a bundle in
    ``ARCHIVE/incoming/`` or with ``--archive``) keep the index up to date without a command.
    Adds nothing (returns False) when ``opened`` holds no content side, when the bundle is already
    counted, or when the archive has no index, or one built before the seen list existed: the
    archive cannot know its earlier openings, so it does not guess; publish then asks for a
    rebuild (which counts them all). The same row as :func:`build_index` writes, nothing else."""
    archive_dir = Path(archive)
    found = _openings([Path(opened)])
    seen = _read_seen(archive_dir)
    if not found or seen is None:
        return False
    try:
        doc = json.loads((archive_dir / INDEX_NAME).read_text(encoding="utf-8"))
        forms = {str(f): [str(r) for r in rows] for f, rows in doc["forms"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    salt, tags = seen
    added = False
    for manifest_path, form_id, content in found:
        tag = _seen_tag(salt, str(json.loads(manifest_path.read_text(encoding="utf-8")).get("bundle_id")))
        if tag not in tags:
            forms.setdefault(form_id, []).append(_row(form_id, content))
            tags, added = tags | {tag}, True
    if added:
        _write_index(archive_dir, forms, salt, tags)
    return added


def _index_population(archive: Path, opened: Path, corpus: list[Path], form_id: str) -> list[dict[str, Any]]:
    """The k-anonymity population: every testimony of ``form_id`` the archive's index counts,
    plus openings under ``corpus`` beyond what the index already counts (multiset union: a corpus
    can only add, never shrink the count)."""
    from collections import Counter

    from intake_app.archive import publication

    path = archive / INDEX_NAME
    hint = "; rebuild it from the archive's content openings"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        rows = Counter(str(r) for r in doc["forms"].get(form_id, []))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReleaseError("the archive has no publication index" + hint, "no_index") from exc
    stamp = path.stat().st_mtime
    mine = _openings([opened])
    extra = _openings(corpus)
    if any(m.stat().st_mtime > stamp for m, _f, _c in mine + extra) or not all(
            json.dumps(_qi_row(f, c), ensure_ascii=False, sort_keys=True) in rows for _m, f, c in mine):
        raise ReleaseError("the archive's publication index is older than its openings" + hint, "stale_index")
    added = Counter(json.dumps(_qi_row(f, c), ensure_ascii=False, sort_keys=True) for _m, f, c in extra if f == form_id)
    population: list[dict[str, Any]] = []
    for row, count in (rows | added).items():
        answers: dict[str, Any] = {}
        for qi, value in zip(publication.QUASI_IDENTIFIERS.get(form_id, ()), json.loads(row), strict=True):
            if value is not None:
                publication._put(answers, qi, value)
        population += [answers] * count
    return population


def _write_review(directory: Path, doc: dict[str, Any]) -> None:
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    write_private(directory / REVIEW_NAME, text.encode("utf-8"))


def _read_review(directory: Path) -> dict[str, Any]:
    try:
        doc = json.loads((directory / REVIEW_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReleaseError("there is no readable review record in this proposal", "malformed") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise ReleaseError("this is not a review record", "malformed")
    return doc


def _opened_bundle_id(opened: Path) -> str:
    return str(bag._manifest(opened).get("bundle_id") or bag._opened_bundle_id(opened))


def propose(opened_dir: Path | str, out: Path | str, archive: Path | str, key: nacl.signing.SigningKey, *,
            corpus: list[Path] | None = None, k: int = 5) -> Proposal:
    """Make a proposed public derivative and its preparer-signed review record (see module doc).
    k counts over the archive's publication index (:func:`build_index`); ``corpus``:
    directories holding further openings, which can only add to the count."""
    opened, directory, archive_dir = Path(opened_dir), Path(out), Path(archive)
    _release_key(archive_dir, bytes(key.verify_key), "preparer")
    if directory.exists() and any(directory.iterdir()):
        raise ReleaseError("the output directory is not empty", "not_empty")
    if k < 2:
        raise ReleaseError("k must be at least 2", "malformed")
    manifest = bag._manifest(opened)
    form_id = str((manifest.get("form") or {}).get("id", ""))
    # The whole archive counts (its publication index); a corpus can only add openings.
    population = _index_population(archive_dir, opened, list(corpus or []), form_id)
    plan = bag.PublicPlan(restricted=True, population=population, k=k)
    directory.mkdir(parents=True, exist_ok=True)
    try:
        proposed = bag.export_bag(opened, directory / "proposed", key, derivative="public", plan=plan)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    public_id = str(bagit.Bag(str(proposed)).info.get("External-Identifier", ""))
    plan.decisions += _reviewer_checks(form_id, plan.scopes)
    body: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "public_id": public_id, "form": form_id,
        "proposed_digest": bag_digest(proposed), "decisions": plan.decisions, "consent_checked": plan.scopes,
        "k": k, "class_size": plan.anonymity.class_size if plan.anonymity else 0,
        "preparer": {"key": signing.b64(bytes(key.verify_key)), "date": _today()},
    }
    _write_review(directory, {**body, "preparer_signature": signing.b64(signing.sign(key, DOMAIN, body))})
    custody.append(opened, key, "redaction", obj=_opened_bundle_id(opened), stage="proposed", public_id=public_id,
                   digest=body["proposed_digest"], k=str(k))
    return Proposal(directory, public_id, plan.decisions, body["class_size"])


def _reviewer_checks(form_id: str, scopes: dict[str, str]) -> list[dict[str, str]]:
    """What the witness's choices ask the reviewer to remove from the narrative (R-SP-13)."""
    from intake_app.archive import publication

    asks = []
    if scopes.get("publish_text") == "redacted_only":
        asks.append("publish_text=redacted_only: remove names and identifying details")
    if scopes.get("third_party_names") not in ("yes", None):
        asks.append(f"third_party_names={scopes.get('third_party_names')}: remove other people's names")
    if scopes.get("attribution") != "real_name":
        asks.append(f"attribution={scopes.get('attribution')}: remove the witness's own name")
    return [{"item": f"content.{path}", "decision": "review", "reason": ask}
            for path in publication.NARRATIVE_FIELDS.get(form_id, ()) for ask in asks]


def _prepared(doc: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    body = {k: v for k, v in doc.items() if k not in ("preparer_signature", "review", "reviewer_signature")}
    try:
        preparer = signing.unb64(str(body["preparer"]["key"]), 32)
        signature = signing.unb64(str(doc["preparer_signature"]), 64)
    except (KeyError, TypeError, ValueError) as exc:
        raise ReleaseError("the review record is malformed", "malformed") from exc
    if not signing.verify(preparer, DOMAIN, body, signature):
        raise ReleaseError("the preparer's signature does not verify", "bad_signature")
    return body, preparer


def _redact(answers: dict[str, Any], path: str, span: str | None) -> dict[str, str]:
    """Withhold ``path`` (span None) or cut ``span`` out of its text; the record names the span's hash."""
    *parents, last = path.split(".")
    node: Any = answers.get("content")
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
    if not isinstance(node, dict) or last not in node:
        raise ReleaseError(f"nothing is published at {path}", "bad_redaction")
    if span is None:
        del node[last]
        return {"item": f"content.{path}", "decision": "withheld", "by": "reviewer"}
    text = node[last]
    if not isinstance(text, str) or not span or span not in text:
        raise ReleaseError(f"the text at {path} does not contain that passage", "bad_redaction")
    node[last] = text.replace(span, REDACTED)
    return {"item": f"content.{path}", "decision": "redacted", "by": "reviewer",
            "span_sha256": hashlib.sha256(span.encode("utf-8")).hexdigest(), "count": str(text.count(span))}


def review(opened_dir: Path | str, proposal_dir: Path | str, archive: Path | str, key: nacl.signing.SigningKey, *,
           withhold: Sequence[str] = (), redact: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    """A second custodian's review: redactions make ``PROPOSAL/reviewed`` (a derivative of the
    proposed bag, with lineage), which the reviewer signs (see module doc)."""
    opened, directory, archive_dir = Path(opened_dir), Path(proposal_dir), Path(archive)
    doc = _read_review(directory)
    body, preparer = _prepared(doc)
    reviewer = bytes(key.verify_key)
    _release_key(archive_dir, reviewer, "reviewer")
    if reviewer == preparer:
        raise ReleaseError("the reviewer must be a second custodian, not the one who prepared it", "same_key")
    proposed, reviewed = directory / "proposed", directory / "reviewed"
    try:
        bagit.Bag(str(proposed)).validate()
    except (bagit.BagError, bagit.BagValidationError) as exc:
        raise ReleaseError("the proposed bag was changed after it was prepared", "changed") from exc
    if bag_digest(proposed) != body["proposed_digest"]:
        raise ReleaseError("the proposed bag was changed after it was prepared", "changed")
    answers = json.loads((proposed / "data" / "answers.json").read_text(encoding="utf-8"))
    redactions = [_redact(answers, path, None) for path in withhold]
    redactions += [_redact(answers, path, span) for path, span in redact]
    if not (answers.get("content") or {}):
        raise ReleaseError("nothing would be left to publish", "bad_redaction")
    if reviewed.exists():
        shutil.rmtree(reviewed)  # an earlier, unsigned-for-release review of the same proposal
    shutil.copytree(proposed / "data", reviewed)
    (reviewed / "answers.json").write_text(json.dumps(answers, ensure_ascii=False, sort_keys=True, indent=1) + "\n",
                                           encoding="utf-8")
    info = dict(bagit.Bag(str(proposed)).info)
    for generated in ("Bagging-Date", "Payload-Oxum", "Bag-Software-Agent"):
        info.pop(generated, None)
    bagit.make_bag(str(reviewed), info, checksums=["sha256", "sha512"])
    bag._declare_bagit_1_0(reviewed).validate()
    review_body = {"reviewer": {"key": signing.b64(reviewer), "date": _today()}, "derived_from": body["proposed_digest"],
                   "redactions": redactions, "reviewed_digest": bag_digest(reviewed), "decision": "approve"}
    signed = {"prepared": body, "preparer_signature": doc["preparer_signature"], "review": review_body}
    _write_review(directory, {**body, "preparer_signature": doc["preparer_signature"], "review": review_body,
                              "reviewer_signature": signing.b64(signing.sign(key, DOMAIN, signed))})
    custody.append(opened, key, "redaction", obj=_opened_bundle_id(opened), stage="reviewed",
                   public_id=str(body["public_id"]), derived_from=body["proposed_digest"],
                   digest=review_body["reviewed_digest"], redactions=str(len(redactions)))
    return review_body


def release(opened_dir: Path | str, proposal_dir: Path | str, out: Path | str, archive: Path | str,
            key: nacl.signing.SigningKey) -> Path:
    """Publish the reviewed bag to ``out`` if two different registered release custodians signed
    (see module doc); else :class:`ReleaseError` and nothing is written."""
    opened, directory, archive_dir, target = Path(opened_dir), Path(proposal_dir), Path(archive), Path(out)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ReleaseError("the output directory is not empty", "not_empty")
    doc = _read_review(directory)
    body, preparer = _prepared(doc)
    _release_key(archive_dir, preparer, "preparer")
    review_body = doc.get("review")
    if not isinstance(review_body, dict) or "reviewer_signature" not in doc:
        raise ReleaseError("no second custodian has reviewed and signed this proposal", "not_reviewed")
    try:
        reviewer = signing.unb64(str(review_body["reviewer"]["key"]), 32)
        signature = signing.unb64(str(doc["reviewer_signature"]), 64)
    except (KeyError, TypeError, ValueError) as exc:
        raise ReleaseError("the review record is malformed", "malformed") from exc
    if reviewer == preparer:
        raise ReleaseError("the reviewer must be a second custodian, not the one who prepared it", "same_key")
    signed = {"prepared": body, "preparer_signature": doc["preparer_signature"], "review": review_body}
    if not signing.verify(reviewer, DOMAIN, signed, signature):
        raise ReleaseError("the reviewer's signature does not verify", "bad_signature")
    _release_key(archive_dir, reviewer, "reviewer")
    _release_key(archive_dir, bytes(key.verify_key), "releaser")
    reviewed = directory / "reviewed"
    try:
        bagit.Bag(str(reviewed)).validate()
    except (bagit.BagError, bagit.BagValidationError) as exc:
        raise ReleaseError("the reviewed bag was changed after the review", "changed") from exc
    if bag_digest(reviewed) != review_body.get("reviewed_digest") or review_body.get("derived_from") != body.get(
            "proposed_digest"):
        raise ReleaseError("the reviewed bag was changed after the review", "changed")
    shutil.copytree(reviewed, target, dirs_exist_ok=True)
    custody.append(opened, key, "dissemination", obj=_opened_bundle_id(opened), public_id=str(body["public_id"]),
                   digest=str(review_body["reviewed_digest"]), preparer=signing.key_id(preparer),
                   reviewer=signing.key_id(reviewer))
    return target


def record(proposal_dir: Path | str) -> dict[str, Any]:
    """The proposal's review record as written (for display; :func:`release` checks it)."""
    return _read_review(Path(proposal_dir))


def narrative_redactions(proposal_dir: Path | str, passages: Sequence[str]) -> list[tuple[str, str]]:
    """``(path, passage)`` for each passage, found in the proposed narrative fields (the GUI's
    "passages to cut" list); a passage found in none raises :class:`ReleaseError`."""
    from intake_app.archive import publication

    directory = Path(proposal_dir)
    doc = _read_review(directory)
    answers = json.loads((directory / "proposed" / "data" / "answers.json").read_text(encoding="utf-8"))
    out = []
    for passage in (p.strip() for p in passages):
        if not passage:
            continue
        paths = [path for path in publication.NARRATIVE_FIELDS.get(str(doc.get("form")), ())
                 if passage in str(publication._get(answers.get("content") or {}, path) or "")]
        if not paths:
            raise ReleaseError("the narrative does not contain that passage", "bad_redaction")
        out += [(path, passage) for path in paths]
    return out
