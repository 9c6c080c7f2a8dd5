# SPDX-License-Identifier: GPL-3.0-or-later
"""The verification report ``intake open`` writes beside the opened payload
(``verification.json`` and ``verification.txt``): what was checked and what held.

Contents: bundle id and SHA-256 (only when the content side was opened), each side (opened or why not), the manifest signatures (the
bundle reader refuses a bad one, so an opened side's signature is valid) with the device key id,
every file's SHA-256 and size as checked, the sealing device ("enrolled device IV-07", or
"unknown device" and why, checked against the archive's profile key: see :func:`device`), the receipt and log inclusion (checked when the fetch
left ``SHA.receipt.json`` beside the bundle and the archive's ``profile.json`` is found two
levels up, as in ``ARCHIVE/incoming/``; otherwise "not checked"), consent scopes and embargo.
Never: includes answer values or the identity side's file names; in an opening without the
content side, the receipt's log index or day (a receipt code names the index; issue 18, F2), the
bundle id, the sealed file's SHA-256 or size (each is in the sealed file's plaintext ``BUNDLE``
member or its name in ``incoming/``, the content manifest and the content opening: a second join
besides the link id; issue 18 item 1). Such an *identity opening* names instead the SHA-256 of the
device-signed identity manifest it opened (:func:`identity_object`), which only the identity side
holds; its custody log (:func:`intake_app.archive.chain.record_opening`) names the same.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def _receipt(bundle: Path, sha256: str, size: int) -> dict[str, Any]:
    proof_file = bundle.with_name(bundle.name.removesuffix(".tib") + ".receipt.json")
    profile_file = bundle.parent.parent / "profile.json"
    if not proof_file.is_file() or not profile_file.is_file():
        return {"status": "not checked", "reason": "no receipt or profile beside the bundle"}
    from intake_crypto.bundle import receipt as receipts
    from intake_crypto.bundle.profile import load_profile

    try:
        profile = load_profile(profile_file)
        proof = receipts.SubmissionProof.from_json(json.loads(proof_file.read_text(encoding="utf-8")))
        rec, checkpoint = receipts.verify_submission(proof, profile.receipt_public_key, sha256, size)
    except (receipts.ReceiptError, ValueError, OSError) as exc:
        return {"status": "failed", "reason": str(exc)}
    return {"status": "passed", "log_index": rec.log_index, "received": rec.received,
            "checkpoint_size": checkpoint.size, "inclusion": "verified"}


def archive_profile_key(bundle: Path, profile: Path | None = None) -> bytes | None:
    """The profile key of the archive the bundle is checked for: ``profile`` if given, else the
    ``profile.json`` two levels up (``ARCHIVE/incoming/``); None when there is neither."""
    from intake_crypto import ProfileError
    from intake_crypto.bundle.profile import load_profile

    path = profile if profile is not None else bundle.parent.parent / "profile.json"
    if not path.is_file():
        return None
    try:
        return bytes(load_profile(path).profile_public_key)
    except (ProfileError, OSError, ValueError):
        return None


def device(report: Any, profile_key: bytes | None) -> dict[str, Any]:
    """Which device sealed the bundle, as the archive sees it (issue 19): ``{"status": "enrolled",
    "interviewer_code": "IV-07", ...}`` only if every opened side's manifest carries an enrolment
    that the archive's own profile key signed for the key that signed that manifest; otherwise
    ``"unknown"`` (with the reason) or ``"not checked"`` (no archive profile to check against)."""
    manifests = [side.manifest for side in report.sides.values() if side.manifest is not None]
    if not manifests:
        return {"status": "not checked", "reason": "no side was opened"}
    kid = manifests[0].device_key_id
    if profile_key is None:
        return {"status": "not checked", "device_key_id": kid,
                "reason": "no archive profile to check the device's enrolment against"}
    statuses = [m.device_status(profile_key) for m in manifests]
    codes = {st.interviewer_code for st in statuses}
    if all(st.enrolled for st in statuses) and len(codes) == 1 and len({st.device_key_id for st in statuses}) == 1:
        return {"status": "enrolled", "interviewer_code": statuses[0].interviewer_code, "device_key_id": kid}
    reason = next((st.reason for st in statuses if not st.enrolled), "the sides disagree")
    return {"status": "unknown", "device_key_id": kid, "reason": reason}


def _archive(bundle: Path) -> dict[str, str]:
    """The archive that holds the bundle (its profile two levels up, as in ``ARCHIVE/incoming/``):
    its name becomes a bag's ``Source-Organization``."""
    profile_file = bundle.parent.parent / "profile.json"
    if not profile_file.is_file():
        return {}
    from intake_crypto import ProfileError
    from intake_crypto.bundle.profile import load_profile

    try:
        return {"name": load_profile(profile_file).name}
    except (ProfileError, OSError, ValueError):
        return {}


def identity_object(opened: Path | str) -> str:
    """What an identity opening (or identity AIP) calls the testimony's identity side: the SHA-256
    of the device-signed ``identity/manifest.json`` exactly as sealed (it names every identity file
    by hash, so it pins the whole side). Only the identity side holds it; a court recomputes it
    from the opened manifest, or by opening the sealed file's identity side again (SPEC 2.8)."""
    from intake_app.archive.custody import IDENTITY_OBJECT_PREFIX

    data = (Path(opened) / "identity" / "manifest.json").read_bytes()
    return IDENTITY_OBJECT_PREFIX + hashlib.sha256(data).hexdigest()


def identity_only(report: Any) -> bool:
    """True when the opening holds the identity side and not the content side."""
    content, identity = report.sides.get("content"), report.sides.get("identity")
    return (content is None or not content.opened) and identity is not None and bool(identity.opened)


def _identity_only(receipt: dict[str, Any]) -> dict[str, Any]:
    """What an opening without the content side records of the receipt: whether it held, not its
    log index or day (the witness's receipt code gives the index: the two would be joined)."""
    return {k: v for k, v in receipt.items() if k in ("status", "reason", "inclusion")}


def build(report: Any, bundle: Path, profile: Path | None = None, opened: Path | None = None) -> dict[str, Any]:
    h = hashlib.sha256()
    with open(bundle, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    sha256, size = h.hexdigest(), bundle.stat().st_size
    sides: dict[str, Any] = {}
    consent: dict[str, Any] = {}
    for name, side in report.sides.items():
        entry: dict[str, Any] = {"opened": bool(side.opened), "reason": side.reason}
        if side.manifest is not None:
            raw = side.manifest.raw
            entry["signature"] = "valid"
            entry["device_key"] = raw.get("device_public_key", "")
            entry["sealed_at"] = raw.get("sealed_at", "")
            entry["form"] = raw.get("form", {})
            entry["files"] = [{"path": f.path if name == "content" else f"#{i}", "sha256": f.sha256, "size": f.size,
                               "kind": f.kind, "sensitivity": f.sensitivity, "hash": "verified"} for i, f in enumerate(side.manifest.files)]
            if name == "content":
                consent = raw.get("consent") or {}
        sides[name] = entry
    receipt = _receipt(bundle, sha256, size)
    content = report.sides.get("content")
    if content is None or not content.opened:
        receipt = _identity_only(receipt)
    data: dict[str, Any] = {
        "format": "intake-verification", "version": 1, "bundle_id": report.bundle_id,
        "bundle_sha256": sha256, "bundle_size": size, "link_id_present": report.link_id is not None,
        "sides": sides, "receipt": receipt, "archive": _archive(bundle),
        "device": device(report, archive_profile_key(bundle, profile)),
        "consent": {"scopes": consent.get("scopes", {}), "embargo": consent.get("embargo", {})}}
    if identity_only(report) and opened is not None:
        # Issue 18 item 1: no bundle id, file hash or size in an identity opening (each is also in
        # the sealed file's plaintext, its name in incoming/ and the content opening).
        for name in ("bundle_id", "bundle_sha256", "bundle_size"):
            del data[name]
        data["identity_manifest"] = identity_object(opened)
    return data


def text(data: dict[str, Any]) -> str:
    if "bundle_id" in data:
        lines = [f"Verification report — bundle {data['bundle_id']}",
                 f"SHA-256 {data['bundle_sha256']}  size {data['bundle_size']}", ""]
    else:  # an identity opening: no bundle id or file hash (issue 18 item 1)
        lines = ["Verification report — identity side",
                 f"identity manifest {data['identity_manifest']}", ""]
    for name, side in data["sides"].items():
        state = "opened" if side["opened"] else f"not opened ({side['reason']})"
        lines.append(f"[{name}] {state}")
        if "signature" in side:
            lines.append(f"  manifest signature: {side['signature']} (device key {side['device_key']})")
            for f in side["files"]:
                lines.append(f"  {f['hash']}: {f['path']}  {f['size']} bytes  sha256 {f['sha256']}")
    lines += ["", device_line(data["device"])]
    rec = data["receipt"]
    lines += ["", f"receipt and log inclusion: {rec['status']}" + (f" — {rec.get('reason')}" if rec.get("reason") else "")]
    lines.append("consent scopes: " + json.dumps(data["consent"]["scopes"], ensure_ascii=False, sort_keys=True))
    lines.append("embargo: " + json.dumps(data["consent"]["embargo"], ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def device_line(dev: dict[str, Any]) -> str:
    """The report's plain sentence about the sealing device (English, like the rest of the file)."""
    if dev.get("status") == "enrolled":
        return f"device: enrolled device {dev['interviewer_code']} (key {dev['device_key_id'][:12]})"
    if dev.get("status") == "unknown":
        return f"device: UNKNOWN DEVICE — {dev['reason']} (key {dev['device_key_id'][:12]})"
    return f"device: not checked — {dev.get('reason', '')}"


def write(report: Any, bundle: Path | str, out_dir: Path | str, profile: Path | None = None) -> dict[str, Any]:
    """Write ``verification.json`` and ``verification.txt`` into ``out_dir``; return the data."""
    out = Path(out_dir)
    data = build(report, Path(bundle), profile, out)
    (out / "verification.json").write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True),
                                           encoding="utf-8")
    (out / "verification.txt").write_text(text(data), encoding="utf-8")
    return data
