# SPDX-License-Identifier: GPL-3.0-or-later
"""One continuous custody log per bundle, from transfer to export.

``intake fetch`` starts the log in ``ARCHIVE/incoming/SHA.custody/`` (receipt, transfer,
validation, fixity check, ingest). Opening the bundle carries that log, byte for byte and only
after it verified, into the opened directory and continues it there: ``capture`` and ``seal``
events derived from the verified manifest (their time is the manifest's, the record says so),
then ``validation`` (signatures, hashes, receipt) and ``decryption``. ``export-bag`` carries the
opened log into the bag, where ``fixity`` continues it. Every copy therefore verifies from its
first record (the transfer) to its last, and :func:`verify_continues` shows that a later copy
extends an earlier one without changing a record.

Which logs are carried (issue 19; security review F13): the log of the archive's own fetch
(``ARCHIVE/incoming/SHA.custody``), checked against the archive's custodian register when it has
one (an unregistered signer stops the opening); a log found beside a bundle anywhere else (a
hand delivery) only if ``archive`` is given and every record is signed by a registered custodian.
Any other log beside a bundle is a *claim*: it is kept apart, byte for byte, in
``DIR/carried-claim/custody.log`` and never merged into the chain, and the validation event says
so.

An opening of the identity side alone carries nothing (issue 18 item 1): the fetch's log names
the stored file's SHA-256, which with the bundle id is in the sealed file's plaintext, its name in
``incoming/`` and the content opening, a second join besides the link id. It is verified before
opening, as above, and the identity opening starts its own log, signed by the same custodian key,
whose events name the SHA-256 of the device-signed identity manifest instead (SPEC 2.8, "Custody
of an identity opening").

Guarantees: a carried log is verified before it is copied and never rewritten; derived events
name their source. Never: records answer values, names or file names of the identity side, or
the collecting device's key id (it would link testimonies across public derivatives).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.archive import custodians, custody
from intake_app.home import paths

DERIVED_SOURCE = "bundle manifest; device signature verified at opening"
CLAIM_DIR = "carried-claim"


def incoming_log_dir(bundle: Path | str) -> Path | None:
    """The fetch's custody log directory beside ``bundle`` (``SHA.tib`` → ``SHA.custody``), if any."""
    path = Path(bundle)
    d = path.with_name(path.name.removesuffix(".tib") + ".custody")
    return d if custody.log_path(d).is_file() else None


def own_archive(bundle: Path | str) -> Path | None:
    """The archive whose own fetch put ``bundle`` in ``ARCHIVE/incoming/``, if that is where it is."""
    parent = Path(bundle).resolve().parent
    return parent.parent if parent.name == "incoming" and (parent.parent / "profile.json").is_file() else None


def carried_policy(bundle: Path | str, archive: Path | str | None = None) -> tuple[str, set[bytes] | None]:
    """How the log beside ``bundle`` is treated: ``("none", None)``; ``("chain", keys)``: carried
    into the chain, verified with ``keys`` (None: chain only, an archive without a register yet);
    ``("claim", None)``: kept apart as an unverified claim (see the module docstring)."""
    src = incoming_log_dir(bundle)
    if src is None:
        return "none", None
    own = own_archive(bundle)
    if own is not None and (archive is None or Path(archive).resolve() == own):
        registered = custodians.trusted_keys(own) if custodians.register_path(own).exists() else None
        return "chain", registered
    if archive is not None:
        trusted = custodians.trusted_keys(archive)  # an explicit archive without a register: plain error
        try:
            custody.verify_log(src, trusted)
        except custody.CustodyTamperedError:
            return "claim", None
        return "chain", trusted
    return "claim", None


def check_carried(bundle: Path | str, trusted_keys: Iterable[bytes] | None = None, *,
                  archive: Path | str | None = None) -> list[custody.Event]:
    """Verify the log that will be carried from beside ``bundle`` (if any) before anything is
    opened; a log that is only a claim is not checked here (it is never merged)."""
    src = incoming_log_dir(bundle)
    if src is None:
        return []
    if trusted_keys is not None:
        return custody.verify_log(src, trusted_keys)
    mode, keys = carried_policy(bundle, archive)
    return custody.verify_log(src, keys) if mode == "chain" else []


def keep_claim(src: Path, dest: Path | str) -> str:
    """Copy a log that is only a claim into ``dest/carried-claim/`` (apart from the chain); the
    SHA-256 of its bytes."""
    import hashlib

    data = custody.log_path(src).read_bytes()
    target = Path(dest) / CLAIM_DIR
    target.mkdir(parents=True, exist_ok=True)
    paths.create_private(custody.log_path(target), data)
    return hashlib.sha256(data).hexdigest()


def _hashes(directory: Path | str) -> list[str]:
    return [e.hash for e in custody.verify_log(directory)]


def verify_continues(earlier: Path | str, later: Path | str) -> list[custody.Event]:
    """Both logs verify and ``later`` starts with every record of ``earlier``; the later events."""
    before, after = _hashes(earlier), custody.verify_log(later)
    for n, digest in enumerate(before, 1):
        if n > len(after) or after[n - 1].hash != digest:
            raise custody.CustodyTamperedError(n, "does not continue the earlier log")
    return after


def carry(src: Path | str, dest: Path | str) -> str:
    """Copy the verified log of ``src`` into ``dest`` (which must not have one yet, or already
    continue it); return the hash of the last carried record."""
    events = custody.verify_log(src)
    target = custody.log_path(dest)
    if target.exists():
        verify_continues(src, dest)
        return events[-1].hash if events else custody.GENESIS
    data = custody.log_path(src).read_bytes()
    Path(dest).mkdir(parents=True, exist_ok=True)
    paths.create_private(target, data)
    return events[-1].hash if events else custody.GENESIS


def _when(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text)).astimezone(UTC)
    except ValueError:
        return None


SESSION_SOURCE = "session record start (typed by the interviewer; the device clock is not bound to it)"
MANIFEST_SOURCE = "bundle manifest captured.started (when the record was made on the device)"


def _instant(value: Any) -> datetime | None:
    """The UTC instant of a stored time answer (its ``utc``, or derived from local time and zone)."""
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("utc"), str) and (at := _when(str(value["utc"]).replace("Z", "+00:00"))) is not None:
        return at
    from intake_forms.values import local_to_utc

    try:
        fold = value.get("fold")
        return local_to_utc(str(value.get("local", "")), str(value.get("zone", "")),
                            fold if fold in (0, 1) else None).astimezone(UTC)
    except Exception:  # noqa: BLE001 - a time that cannot be read is not used to date anything
        return None


def session_times(opened: Path) -> tuple[datetime, dict[str, str]] | None:
    """The interview's start from the opened content answers' session record (``testimony``
    form), with what the event should say about it; None without a usable start, or when the
    end is before the start (then the session times are not relied on)."""
    try:
        answers = json.loads((opened / "content" / "answers.json").read_text(encoding="utf-8"))
        record = answers["content"]["session_record"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(record, dict) or (start := _instant(record.get("start"))) is None:
        return None
    end = _instant(record.get("end"))
    if end is not None and end < start:
        return None
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    detail = {"dated_from": SESSION_SOURCE, "session_start": start.strftime(stamp),
              "session_end": end.strftime(stamp) if end is not None else "",
              "session_zone": str((record.get("start") or {}).get("zone", "")),
              "clock_trusted": str(record.get("clock_trusted", "not answered"))}
    return start, detail


def _manifest(report: Any) -> tuple[str, dict[str, Any]] | None:
    for name in ("content", "identity"):
        side = report.sides.get(name)
        if side is not None and side.opened and side.manifest is not None:
            return name, dict(side.manifest.raw)
    return None


def record_opening(bundle: Path | str, out_dir: Path | str, report: Any, verification: dict[str, Any],
                   key: nacl.signing.SigningKey, *, archive: Path | str | None = None) -> list[custody.Event]:
    """Continue the bundle's custody log in ``out_dir`` after a successful opening (a log beside
    the bundle that is only a claim is kept apart, see the module docstring); the new events."""
    out = Path(out_dir)
    if "identity_manifest" in verification:
        return _record_identity_opening(bundle, out, report, verification, key, archive)
    src = incoming_log_dir(bundle)
    mode, _keys = carried_policy(bundle, archive)
    carried = carry(src, out) if src is not None and mode == "chain" else ""
    claim = keep_claim(src, out) if src is not None and mode == "claim" else ""
    present = {e.type for e in custody.verify_log(out)}
    bundle_id, sha = str(report.bundle_id), str(verification.get("bundle_sha256", ""))
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    added: list[custody.Event] = []
    found = _manifest(report)
    if found is not None:
        side, m = found
        captured = m.get("captured") or {}
        tool = m.get("tool") or {}
        # No device key id here: the log travels into public derivatives, and a device id would
        # link every testimony one interviewer's laptop collected (verification.json has it).
        common: dict[str, Any] = {"source": DERIVED_SOURCE, "side": side, "recorded_at": now}
        # The capture is the interview: dated from the session record when it has a consistent
        # start, else from the manifest (the moment the record was made, evidence-review §3).
        session = session_times(out) if side == "content" else None
        at = session[0] if session is not None else _when(captured.get("started"))
        dated: dict[str, Any] = session[1] if session is not None else {"dated_from": MANIFEST_SOURCE}
        if "capture" not in present and at is not None:
            added.append(custody.append(out, key, "capture", obj=bundle_id, at=at, **common, **dated,
                                        started=str(captured.get("started")), ended=str(captured.get("ended") or ""),
                                        interviewer_role=str(m.get("interviewer_role", ""))))
        if "seal" not in present and (at := _when(m.get("sealed_at"))) is not None:
            added.append(custody.append(out, key, "seal", obj=bundle_id, at=at, **common,
                                        sealed_at=str(m.get("sealed_at")), bundle_sha256=sha,
                                        tool=json.dumps(tool, sort_keys=True, ensure_ascii=False)))
    sides = verification.get("sides") or {}
    opened = sorted(n for n, s in sides.items() if s.get("opened"))
    files = sum(len(sides[n].get("files") or []) for n in opened)
    receipt = str((verification.get("receipt") or {}).get("status", "not checked"))
    detail: dict[str, Any] = {"bundle_sha256": sha, "manifest_signature": "valid", "file_hashes": f"{files} verified",
              "receipt": receipt}
    if carried:
        detail["carried_log_head"] = carried
    if claim:
        detail["carried_claim_sha256"] = claim
        detail["carried_claim"] = "unverified: kept apart in carried-claim/, not part of this chain"
    added.append(custody.append(out, key, "validation", obj=bundle_id,
                                outcome="failure" if receipt == "failed" else "success", **detail))
    added.append(custody.append(out, key, "decryption", obj=bundle_id, sides=",".join(opened),
                                bundle_sha256=sha, receipt=receipt))
    return added


IDENTITY_CARRIED = ("verified before opening; not carried: its events name the sealed file, which an "
                    "identity opening must not (issue 18 item 1)")


def _record_identity_opening(bundle: Path | str, out: Path, report: Any, verification: dict[str, Any],
                             key: nacl.signing.SigningKey, archive: Path | str | None) -> list[custody.Event]:
    """The identity side's own custody log (issue 18 item 1): an identity opening holds no bundle
    id, sealed-file hash or event naming them, so the fetch's log (which names the stored file) is
    verified but not carried, and every event here names the identity manifest's SHA-256
    (``verification["identity_manifest"]``) as its object. The events are signed by the same
    registered custodian key as the content side's; their times are the UTC day only (a time of
    day would match the content side's opening, made by the same custodian moments apart), except
    capture and seal, which are the identity manifest's own (signed) times."""
    obj = str(verification["identity_manifest"])  # custody dates its events to the day (IDENTITY_OBJECT_PREFIX)
    src = incoming_log_dir(bundle)
    mode = carried_policy(bundle, archive)[0] if src is not None else "none"
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    added: list[custody.Event] = []
    present = {e.type for e in custody.verify_log(out)}
    identity = report.sides["identity"]
    m = dict(identity.manifest.raw)
    captured = m.get("captured") or {}
    common: dict[str, Any] = {"source": DERIVED_SOURCE, "side": "identity", "recorded_on": today}
    if "capture" not in present and (at := _when(captured.get("started"))) is not None:
        added.append(custody.append(out, key, "capture", obj=obj, at=at, **common, dated_from=MANIFEST_SOURCE,
                                    started=str(captured.get("started")), ended=str(captured.get("ended") or ""),
                                    interviewer_role=str(m.get("interviewer_role", ""))))
    if "seal" not in present and (at := _when(m.get("sealed_at"))) is not None:
        added.append(custody.append(out, key, "seal", obj=obj, at=at, **common, sealed_at=str(m.get("sealed_at")),
                                    tool=json.dumps(m.get("tool") or {}, sort_keys=True, ensure_ascii=False)))
    files = len(((verification.get("sides") or {}).get("identity") or {}).get("files") or [])
    receipt = str((verification.get("receipt") or {}).get("status", "not checked"))
    detail: dict[str, Any] = {"identity_manifest_sha256": obj.removeprefix(custody.IDENTITY_OBJECT_PREFIX), "manifest_signature": "valid",
              "file_hashes": f"{files} verified", "receipt": receipt, "link_id": str(m.get("link_id", ""))}
    if mode == "chain":
        detail["fetch_custody_log"] = IDENTITY_CARRIED
    elif mode == "claim":
        detail["custody_log_beside_bundle"] = "not registered custodians' and not carried (an unverified claim)"
    added.append(custody.append(out, key, "validation", obj=obj,
                                outcome="failure" if receipt == "failed" else "success", **detail))
    added.append(custody.append(out, key, "decryption", obj=obj, sides="identity", receipt=receipt))
    return added
