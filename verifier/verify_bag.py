#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Standalone verifier for a Testimony Intake preservation bag.

Written to be read by an independent expert in about an hour. It uses only the Python standard
library and the ``cryptography`` package (for Ed25519); it imports nothing from Testimony Intake,
so what it accepts does not depend on the software under examination.

    python3 verify_bag.py BAG [--device-key B64] [--custody-key B64 ...] [--receipt-key B64]

It checks, and prints one line per check (PASS / FAIL / NOTE):

1. BagIt (RFC 8493): every payload and tag manifest line matches its file; every payload file is
   listed. (Anyone can regenerate these; on their own they prove nothing about the origin.)
2. The device-signed manifests (``manifest.json`` of the ``content`` and ``identity`` sides):
   canonical JSON (RFC 8785), an Ed25519 signature by the device key the manifest names, over
   ``"intake-manifest-v1\\n" || canonical JSON of every field but "signature"``; every listed file
   present with the signed SHA-256 and size; no file that is not listed; both sides by one device.
3. The custody log (``metadata/custody.log``): each record's sequence number, link to the
   previous record's hash, its own SHA-256, and an Ed25519 signature over
   ``"intake-custody-v1\\n" || canonical body`` by the key the record names.
4. The submission as received, if the bag carries it (``objects/submission/``): the sealed
   ``.tib`` file's SHA-256 and size, the receiver's signed receipt naming exactly that hash and
   size (version 2: through a salted commitment, the salt kept in the receipt file), the signed log checkpoint, and the RFC 9162 Merkle inclusion proof of the receipt in it.
5. Cross-links: the receipt's bundle hash is the one the custody log's validation event names,
   and the custody events name the bundle id the content manifest carries. An identity-only bag
   names no bundle (its opening must not): its custody events name
   ``intake-identity:sha256:`` + the SHA-256 of the identity ``manifest.json`` bytes, and carry
   the manifest's ``link_id``, the one join to the content side (a court joins the two bags by it,
   and proves the identity side came from the received file by opening that file's identity side
   again and comparing the manifest).

Who holds a key cannot be proven from inside the bag: anyone can make a fresh key, sign a new
manifest and a new custody log. Pass the keys you obtained independently (the archive's published
custodian register, receipt key, the device register) with ``--custody-key``, ``--receipt-key``
and ``--device-key``: a signature by any other key then FAILS. Without them the verifier prints
the key fingerprints it found, to be compared by hand, and says so.

Exit status: 0 every check passed; 1 a check failed; 2 the bag could not be read at all.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MANIFEST_DOMAIN = b"intake-manifest-v1\n"
CUSTODY_DOMAIN = b"intake-custody-v1\n"
SIDES = ("content", "identity")


class Report:
    """Collects PASS / FAIL / NOTE lines; ``failed`` is true after any FAIL."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failed = False

    def ok(self, text: str) -> None:
        self.lines.append(f"PASS  {text}")

    def fail(self, text: str) -> None:
        self.lines.append(f"FAIL  {text}")
        self.failed = True

    def note(self, text: str) -> None:
        self.lines.append(f"NOTE  {text}")


# ---- small helpers -------------------------------------------------------------------------------

def sha256_file(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def canonical(value: object) -> bytes:
    """RFC 8785 canonical JSON for the values these files use (no floats): keys sorted by UTF-16
    code units, no whitespace, strings as UTF-8 with only the mandatory escapes."""
    def emit(v: object) -> str:
        if v is None or isinstance(v, bool):
            return json.dumps(v)
        if isinstance(v, int):
            return str(v)
        if isinstance(v, str):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, list):
            return "[" + ",".join(emit(x) for x in v) + "]"
        if isinstance(v, dict):
            keys = sorted(v, key=lambda k: k.encode("utf-16-be"))
            return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + emit(v[k]) for k in keys) + "}"
        raise ValueError(f"not allowed in canonical JSON: {type(v).__name__}")
    return emit(value).encode("utf-8")


def ed25519_ok(public_key: bytes, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def b64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(public_key: bytes) -> str:
    """The short key id the project prints for a public key (first 16 bytes of a SHA-256)."""
    return hashlib.sha256(b"intake-key-id\n" + public_key).hexdigest()[:32]


# ---- 1. BagIt ------------------------------------------------------------------------------------

def read_manifest(path: Path) -> dict[str, str]:
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(None, 1)
            entries[name.strip()] = digest.lower()
    return entries


def check_bagit(bag: Path, r: Report) -> None:
    declared = (bag / "bagit.txt").read_text(encoding="utf-8")
    r.ok("bagit.txt: " + " ".join(declared.split()))
    payload = {p.relative_to(bag).as_posix() for p in (bag / "data").rglob("*") if p.is_file()}
    manifests = sorted(bag.glob("manifest-*.txt"))
    if not manifests:
        r.fail("BagIt: no payload manifest")
    for manifest in [*manifests, *sorted(bag.glob("tagmanifest-*.txt"))]:
        algorithm = manifest.stem.split("-", 1)[1]
        entries = read_manifest(manifest)
        bad = [n for n, d in entries.items()
               if ".." in Path(n).parts or not (bag / n).is_file() or sha256_file(bag / n, algorithm) != d]
        unlisted = sorted(payload - set(entries)) if manifest.name.startswith("manifest-") else []
        if bad or unlisted:
            r.fail(f"BagIt {manifest.name}: differs for {', '.join(bad + unlisted)}")
        else:
            r.ok(f"BagIt {manifest.name}: {len(entries)} files match")


# ---- 2. device-signed manifests ------------------------------------------------------------------

def check_side(folder: Path, side: str, r: Report) -> dict[str, object] | None:
    raw = (folder / "manifest.json").read_bytes()
    try:
        obj = json.loads(raw)
    except ValueError:
        r.fail(f"{side}: manifest.json is not JSON")
        return None
    if canonical(obj) != raw:
        r.fail(f"{side}: manifest.json is not canonical JSON (it was edited after signing)")
        return None
    body = {k: v for k, v in obj.items() if k != "signature"}
    public = b64(obj["device_public_key"])
    if not ed25519_ok(public, MANIFEST_DOMAIN + canonical(body), b64(obj["signature"])):
        r.fail(f"{side}: the device signature on manifest.json does not verify")
        return None
    if obj.get("side") != side:
        r.fail(f"{side}: manifest.json is for the {obj.get('side')} side")
        return None
    r.ok(f"{side}: manifest.json signed by device key {obj['device_public_key']}")
    listed = {"manifest.json"}
    for i, f in enumerate(obj["files"]):
        label = f["path"] if side == "content" else f"#{i}"  # identity-side names are not printed
        target = folder / f["path"]
        listed.add(f["path"])
        if ".." in Path(f["path"]).parts or Path(f["path"]).is_absolute():
            r.fail(f"{side}: {label}: the path leaves its side")
        elif not target.is_file():
            r.fail(f"{side}: {label}: missing")
        elif target.stat().st_size != f["size"] or sha256_file(target) != f["sha256"]:
            r.fail(f"{side}: {label}: not the file the device signed (size or SHA-256 differs)")
        else:
            r.ok(f"{side}: {label}: {f['size']} bytes, SHA-256 {f['sha256']} as signed")
    extra = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()
                   and p.relative_to(folder).as_posix() not in listed)
    if extra:
        r.fail(f"{side}: {len(extra)} file(s) not in the signed manifest")
    return obj


# ---- 3. custody log ------------------------------------------------------------------------------

def check_custody(log: Path, trusted: set[bytes], r: Report) -> list[dict[str, object]]:
    prev, bodies, signers = "0" * 64, [], set()
    for n, line in enumerate([x for x in log.read_text(encoding="utf-8").splitlines() if x.strip()], 1):
        record = json.loads(line)
        body = record["body"]
        public = b64(body["agent_key"])
        problem = ("sequence broken" if body.get("seq") != n else
                   "does not continue the previous record" if body.get("prev") != prev else
                   "hash mismatch (record edited)" if hashlib.sha256(canonical(body)).hexdigest() != record["hash"] else
                   "bad signature" if not ed25519_ok(public, CUSTODY_DOMAIN + canonical(body), b64(record["sig"])) else
                   "agent id does not match its key" if key_id(public) != body.get("agent") else
                   "signed by a key not given with --custody-key" if trusted and public not in trusted else "")
        if problem:
            r.fail(f"custody log record {n} ({body.get('type')}): {problem}")
            return bodies
        signers.add(body["agent_key"])
        bodies.append(body)
        prev = record["hash"]
    r.ok(f"custody log: {len(bodies)} records chained and signed "
         f"({', '.join(str(b['type']) for b in bodies)})")
    if not trusted:
        r.note("custody signers not pinned (compare with the archive's custodian register): "
               + ", ".join(sorted(signers)))
    return bodies


# ---- 4. receipt, checkpoint, inclusion proof -----------------------------------------------------

def open_note(note: str, name: str, public: bytes) -> str:
    """The text of a C2SP signed note if it carries a valid Ed25519 signature by (name, key)."""
    text, sep, sigs = note.rpartition("\n\n")
    if not sep:
        raise ValueError("no signature block")
    text += "\n"
    wanted = hashlib.sha256(name.encode() + b"\n\x01" + public).digest()[:4]
    for line in sigs.strip("\n").split("\n"):
        signer, _, blob64 = line.removeprefix("\u2014 ").partition(" ")
        blob = b64(blob64)
        if signer == name and blob[:4] == wanted and ed25519_ok(public, text.encode(), blob[4:]):
            return text
    raise ValueError(f"no valid signature by {name}")


def inclusion_root(leaf: bytes, index: int, size: int, proof: list[bytes]) -> bytes:
    """RFC 9162 section 2.1.3.2: the root that ``proof`` leads to from leaf ``index`` of ``size``."""
    if not 0 <= index < size:
        raise ValueError("index outside the tree")
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise ValueError("proof too long")
        if fn & 1 or fn == sn:
            r = hashlib.sha256(b"\x01" + p + r).digest()
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = hashlib.sha256(b"\x01" + r + p).digest()
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ValueError("proof too short")
    return r


def receipt_names(fields: dict[str, str], salt: object, digest: str, size: int) -> bool:
    """Whether the receipt is for the file with this SHA-256 and size. Version 1 states both;
    version 2 states only a commitment, SHA-256 of ``"intake-receipt-commitment/v2\n"``, the
    32-byte salt (kept in the receipt file, never public), the file's SHA-256 and its size as
    8 bytes big-endian."""
    if "commitment" not in fields:
        return fields.get("bundle-sha256") == digest and fields.get("size") == str(size)
    if not isinstance(salt, str) or len(salt) != 64:
        return False
    data = b"intake-receipt-commitment/v2\n" + bytes.fromhex(salt) + bytes.fromhex(digest) + size.to_bytes(8, "big")
    return hashlib.sha256(data).hexdigest() == fields["commitment"]


def check_submission(folder: Path, receipt_key: bytes | None, r: Report) -> str | None:
    tibs = sorted(folder.glob("*.tib"))
    if len(tibs) != 1:
        r.fail("submission: expected exactly one .tib file")
        return None
    tib = tibs[0]
    digest, size = sha256_file(tib), tib.stat().st_size
    r.ok(f"submission: {tib.name}: SHA-256 {digest}, {size} bytes")
    proof = json.loads((folder / (tib.name.removesuffix(".tib") + ".receipt.json")).read_text(encoding="utf-8"))
    if receipt_key is None:
        profile = json.loads((folder / "profile.json").read_text(encoding="utf-8"))
        receipt_key = b64(profile["receipt_public_key"])
        r.note("receipt key taken from the bag's own profile.json (compare with the archive's published "
               f"receipt key, or pass --receipt-key): {profile['receipt_public_key']}")
    origin = "testimony-intake/receipts/" + hashlib.sha256(receipt_key).hexdigest()[:16]
    try:
        text = open_note(proof["receipt"], origin, receipt_key)
        version = text.splitlines()[0]
        fields = dict(line.split(" ", 1) for line in text.splitlines()[1:])
        if version not in ("intake-receipt/v1", "intake-receipt/v2"):
            raise ValueError("not an intake receipt")
        checkpoint = open_note(proof["checkpoint"], origin, receipt_key).split("\n")
        if checkpoint[0] != origin:
            raise ValueError("checkpoint of another log")
        leaf = hashlib.sha256(b"\x00" + text.encode()).digest()
        root = inclusion_root(leaf, int(fields["log-index"]), int(checkpoint[1]),
                              [b64(p) for p in proof["inclusion_proof"]])
    except (ValueError, KeyError, IndexError) as exc:
        r.fail(f"submission: receipt or checkpoint does not verify ({exc})")
        return None
    if not receipt_names(fields, proof.get("salt"), digest, size):
        r.fail("submission: the receipt names another file (hash or size differs)")
    elif root != b64(checkpoint[2]):
        r.fail("submission: the inclusion proof does not lead to the signed checkpoint's root")
    else:
        when = fields.get("received") or fields.get("received-day")
        r.ok(f"submission: receipt signed, received {when} (the receiver's clock), log entry "
             f"{fields['log-index']} included in the signed checkpoint of {checkpoint[1]} entries")
    return digest


# ---- main ----------------------------------------------------------------------------------------

def verify(bag: Path, device_keys: set[bytes], custody_keys: set[bytes], receipt_key: bytes | None) -> Report:
    r = Report()
    check_bagit(bag, r)
    objects = bag / "data" / "objects" if (bag / "data" / "objects").is_dir() else bag / "data"
    manifests = {side: check_side(objects / side, side, r) for side in SIDES if (objects / side).is_dir()}
    if not manifests:
        r.fail("no signed side (content/ or identity/) in the bag")
    devices = {str(m["device_public_key"]) for m in manifests.values() if m}
    if len(devices) > 1:
        r.fail("the two sides were signed by different devices")
    if device_keys and any(b64(d) not in device_keys for d in devices):
        r.fail("a manifest is signed by a device key not given with --device-key")
    elif not device_keys and devices:
        r.note("device key not pinned (compare with the archive's device register): " + ", ".join(devices))
    log = bag / "data" / "metadata" / "custody.log"
    events = check_custody(log, custody_keys, r) if log.is_file() else []
    if not log.is_file():
        r.fail("no custody log in data/metadata/")
    bundle_sha = check_submission(objects / "submission", receipt_key, r) \
        if (objects / "submission").is_dir() else None
    if bundle_sha is None and not (objects / "submission").is_dir():
        r.note("the bag does not carry the submission as received (.tib, receipt, proof)")
    # 5. cross-links: the chain names this bundle, and this submission.
    content = manifests.get("content")
    bundle_id = str(content["bundle_id"]) if content else None
    named = {str(b.get("object")) for b in events}
    if bundle_id and events and bundle_id not in named:
        r.fail("the custody log never names the content manifest's bundle id")
    if bundle_sha and events and bundle_sha not in named | {str(b["detail"].get("bundle_sha256"))  # type: ignore[union-attr]
                                                            for b in events}:
        r.fail("the custody log never names the received file's SHA-256")
    elif bundle_sha and bundle_id and events:
        r.ok("custody log names both the received file's SHA-256 and the manifest's bundle id")
    identity = manifests.get("identity")
    if identity and not content and events:
        digest = hashlib.sha256((objects / "identity" / "manifest.json").read_bytes()).hexdigest()
        if f"intake-identity:sha256:{digest}" not in named:
            r.fail("the custody log never names this identity manifest's SHA-256")
        elif not any(b["detail"].get("link_id") == identity.get("link_id") for b in events):  # type: ignore[union-attr]
            r.fail("no custody event names the identity manifest's link id")
        else:
            r.ok(f"custody log names the identity manifest (SHA-256 {digest}) and its link id")
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bag", type=Path)
    ap.add_argument("--device-key", action="append", default=[], metavar="B64", help="trusted device public key")
    ap.add_argument("--custody-key", action="append", default=[], metavar="B64", help="trusted custodian key")
    ap.add_argument("--receipt-key", metavar="B64", help="the archive's receipt public key")
    args = ap.parse_args(argv)
    try:
        report = verify(args.bag, {b64(k) for k in args.device_key}, {b64(k) for k in args.custody_key},
                        b64(args.receipt_key) if args.receipt_key else None)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        print(f"FAIL  the bag cannot be read as a Testimony Intake bag: {exc}")
        return 2
    print("\n".join(report.lines))
    print("RESULT: " + ("FAILED" if report.failed else "all checks passed"))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
