# SPDX-License-Identifier: GPL-3.0-or-later
"""BagIt (RFC 8493) packages of an opened bundle, built with the Library of Congress ``bagit``
library: SHA-256 and SHA-512 manifests, bag-info.txt with Dublin Core-style fields, the custody
log and its PREMIS XML; and later fixity checks that are themselves recorded as custody events.

A *preservation* bag holds what was opened (content and/or identity side). A *public* derivative
holds only what :mod:`intake_app.archive.publication` allows (the witness's consent, any embargo,
a list of publishable fields per form; no recording yet), under a fresh identifier: no bundle id,
hash, exact time, custody event, link id or record id, so nothing in it joins the identity side
(security-review F1, F11). An *identity* preservation bag (of an identity-only opening, or
``side="identity"`` of an opening of both sides) names no bundle id, sealed-file hash, content
consent or content time: its identifiers and custody events name the identity manifest's SHA-256
(issue 18 item 1; :func:`_identity_split`). Guarantees: the output directory must be new
or empty; a bag is validated by the library after it is written. Never: modifies the opened
directory except by appending to its custody log.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bagit
import nacl.signing

from intake_app.archive import (
    chain,
    custodians,
    custody,
    formats,
    integrity,
    layout,
    premis,
    publication,
    sip,
    virus,
)
from intake_app.text.errors import IntakeError


class BagExportError(IntakeError):
    """The bag cannot be made (output not empty, nothing opened, consent forbids a public copy)."""

    def __init__(self, message: str, path: str, reason: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        """``not_empty``, ``not_opened``, ``embargo``, ``consent``, ``nothing_public`` or ``""``."""


class FixityError(IntakeError):
    """A bag failed validation (a payload file changed, went missing or was added)."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def _manifest(opened: Path) -> dict[str, Any]:
    for side in ("content", "identity"):
        m = opened / side / "manifest.json"
        if m.is_file():
            return dict(json.loads(m.read_text(encoding="utf-8")))
    raise BagExportError("no opened side in this directory", str(opened), "not_opened")


def _dc_date(opened: Path, manifest: dict[str, Any]) -> str:
    """The interview's start from the session record (as the capture event), else the manifest's."""
    session = chain.session_times(opened)
    if session is not None:
        return session[1]["session_start"]
    return str((manifest.get("captured") or {}).get("started") or manifest.get("sealed_at") or "")


def _opened_bundle_id(opened: Path) -> str:
    """The bundle id as the opening recorded it (an identity-only opening has no content manifest)."""
    try:
        data = json.loads((opened / "verification.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("bundle_id") if isinstance(data, dict) else None
    if not isinstance(value, str) and isinstance(data, dict):
        value = data.get("identity_manifest")  # an identity opening names no bundle (issue 18 item 1)
    return str(value) if isinstance(value, str) else ""


@dataclass
class PublicPlan:
    """How a *proposed* public derivative is made (for the two-key release, :mod:`release`):
    with ``restricted``, the narrative and (if the witness allowed it) the voice go in, for a
    second custodian to review; ``population`` (the archive's content answers of the same form,
    this one included) and ``k`` drive the k-anonymity check. Filled in by :func:`export_bag`:
    ``decisions`` (per item, for the review record) and ``anonymity``."""

    restricted: bool = False
    population: list[dict[str, Any]] | None = None
    k: int = 5
    decisions: list[dict[str, str]] = field(default_factory=list)
    anonymity: publication.Anonymity | None = None
    scopes: dict[str, str] = field(default_factory=dict)


def _reencode(src: Path, dest: Path) -> None:
    """A fresh Ogg Vorbis file of ``src``'s sound: no byte, hash, tag or sample checksum of the
    sealed recording (or of an imported original on the identity side) goes out with it."""
    import soundfile as sf

    with sf.SoundFile(str(src), "r") as dec, sf.SoundFile(
            str(dest), "w", samplerate=dec.samplerate, channels=dec.channels, format="OGG", subtype="VORBIS") as enc:
        while True:
            block = dec.read(65536, dtype="float32", always_2d=True)
            if not len(block):
                break
            enc.write(block)


def _copy_public(opened: Path, dest: Path, manifest: dict[str, Any], plan: PublicPlan | None = None
                 ) -> publication.Decision:
    """Write what the witness's consent lets the public see (see :mod:`publication`)."""
    content = opened / "content"
    if not (content / "manifest.json").is_file():
        raise BagExportError("the content side was not opened", str(opened), "not_opened")
    try:
        decision = publication.decide(manifest)
    except publication.PublicationRefused as exc:
        what = "an embargo stands" if exc.reason == "embargo" else "the witness's consent allows no public copy"
        raise BagExportError(what, str(opened), exc.reason) from exc
    answers = json.loads((content / "answers.json").read_text(encoding="utf-8"))
    answers = answers if isinstance(answers, dict) else {}
    form_id = str((manifest.get("form") or {}).get("id", ""))
    restricted = plan is not None and plan.restricted
    public = publication.public_answers(form_id, answers.get("content", {}),
                                        answers.get("restricted-content", {}) if restricted else None)
    if plan is not None:
        plan.scopes = publication.scopes_checked(manifest)
        if plan.population is not None:
            try:
                plan.anonymity = publication.k_anonymise(form_id, answers.get("content", {}), plan.population, plan.k)
            except publication.TooFewTestimonies as exc:
                raise BagExportError(f"fewer than {exc.k} testimonies of this form in the archive",
                                     str(opened), "k_anonymity") from exc
            public = publication.apply_anonymity(form_id, public, plan.anonymity)
            for path, level in plan.anonymity.levels.items():
                if level:
                    plan.decisions.append({"item": f"content.{path}", "decision": "generalised",
                                           "level": str(level), "reason": f"k={plan.k}"})
        for path in publication.PUBLIC_FIELDS.get(form_id, ()) + publication.NARRATIVE_FIELDS.get(form_id, ()):
            if publication._get(public, path) is not None:
                plan.decisions.append({"item": f"content.{path}", "decision": "publish"})
    if not public:
        raise BagExportError("nothing in this testimony's answers may be published", str(opened), "nothing_public")
    (dest / "answers.json").write_text(json.dumps({"content": public}, ensure_ascii=False, sort_keys=True, indent=1)
                                       + "\n", encoding="utf-8")
    entries = {str(f.get("path")): f for f in manifest.get("files") or [] if isinstance(f, dict)}
    allowed = {str(f.get("path")) for f in publication.publishable_audio(manifest, answers)}
    n = 0
    for path, entry in sorted(entries.items()):
        if entry.get("kind") not in ("audio", "consent-audio"):
            continue
        if entry.get("kind") == "consent-audio" or path not in allowed:
            reason = "consent recording: never published" if entry.get("kind") == "consent-audio" \
                else "the consent answers refer to it"
        elif not restricted:
            reason = "voice needs a reviewed release"
        elif not decision.voice:
            reason = "the witness did not allow the voice to be published"
        else:
            n += 1
            (dest / "audio").mkdir(exist_ok=True)
            try:
                _reencode(content / path, dest / "audio" / f"recording-{n}.ogg")
            except (RuntimeError, OSError, ValueError, TypeError) as exc:  # soundfile.LibsndfileError is a RuntimeError
                (dest / "audio" / f"recording-{n}.ogg").unlink(missing_ok=True)
                n -= 1
                reason = f"cannot be decoded ({type(exc).__name__})"
            else:
                if plan is not None:
                    plan.decisions.append({"item": f"audio.recording-{n}", "decision": "publish"})
                continue
        decision.withheld.append(f"audio: {reason}")
        if plan is not None:
            plan.decisions.append({"item": f"audio.{entry.get('kind')}", "decision": "withheld", "reason": reason})
    if n and not any((dest / "audio").iterdir()):
        (dest / "audio").rmdir()
    return decision


OBJECTS = "objects"  # the payload directory of a preservation bag (Archivematica)
BAGIT_VERSION = "1.0"
BAGIT_TXT = f"BagIt-Version: {BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n"


def _declare_bagit_1_0(bag_dir: Path) -> bagit.Bag:
    """bagit-python 1.9 writes ``BagIt-Version: 0.97``; the bags we make follow RFC 8493
    (BagIt 1.0: UTF-8 tag files, SHA-256/512, tag manifests), so declare 1.0 and re-write the tag
    manifests that cover ``bagit.txt``. The library reads and validates 1.0 bags itself."""
    (bag_dir / "bagit.txt").write_text(BAGIT_TXT, encoding="utf-8")
    bagit.Bag(str(bag_dir)).save(manifests=False)
    return bagit.Bag(str(bag_dir))


def archive_name(opened: Path) -> str | None:
    """The archive's name as recorded in ``verification.json`` when the bundle was opened from
    the archive's ``incoming/`` (its profile), or None."""
    try:
        data = json.loads((opened / "verification.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = (data.get("archive") or {}).get("name") if isinstance(data, dict) else None
    return str(name) if isinstance(name, str) and name.strip() else None


def _identity_report(opened: Path, ident: str) -> dict[str, Any]:
    """The verification report of an opening of both sides, cut to what an identity AIP may hold:
    the identity side's checks, the device, whether the receipt held; no bundle id, hash, size,
    receipt index or day, content side or consent (issue 18 item 1)."""
    data = json.loads((opened / "verification.json").read_text(encoding="utf-8"))
    for name in ("bundle_id", "bundle_sha256", "bundle_size"):
        data.pop(name, None)
    data["identity_manifest"] = ident
    data["sides"] = {"identity": (data.get("sides") or {}).get("identity", {})}
    data["receipt"] = {k: v for k, v in (data.get("receipt") or {}).items() if k in ("status", "reason", "inclusion")}
    data["consent"] = {"scopes": {}, "embargo": {}}
    return dict(data)


def _identity_split(opened: Path, objects: Path, meta: Path, key: nacl.signing.SigningKey, aip_id: str,
                    bag_name: str) -> str:
    """An identity AIP cut from an opening of both sides: its own report and its own custody log
    (the opening's log names the bundle and stays with the opening and the content AIP), whose
    export event names the identity manifest and its link id; returns the identity object."""
    from intake_app.archive import report

    ident = report.identity_object(opened)
    data = _identity_report(opened, ident)
    (objects / "verification.json").write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True),
                                               encoding="utf-8")
    (objects / "verification.txt").write_text(report.text(data), encoding="utf-8")
    link_id = str(json.loads((opened / "identity" / "manifest.json").read_text(encoding="utf-8")).get("link_id", ""))
    custody.append(meta, key, "export", obj=ident, derivative="preservation", bag=bag_name, aip_id=aip_id,
                   sides="identity", link_id=link_id,
                   source="the identity side of an opening of both sides; that opening's custody log names the "
                          "sealed file and stays with it and the content AIP")
    return ident


def _refuse(opened: Path, key: nacl.signing.SigningKey, bundle_id: str, derivative: str,
            exc: integrity.IntegrityError) -> None:
    """Record a signed ``export`` failure in the opened directory's custody log (then re-raise)."""
    custody.append(opened, key, "export", obj=bundle_id, outcome="failure", derivative=derivative,
                   error=f"{exc.reason} {exc.side} {exc.file}".strip(), check="signed manifest")


def _virus_check(opened: Path, objects: Path, key: nacl.signing.SigningKey, bundle_id: str,
                 database: Path | str | None, discard: Callable[[], None]) -> None:
    """ClamAV over the files about to be bagged; the result is a signed ``virus check`` event."""
    try:
        result = virus.scan(objects, database)
    except virus.VirusCheckUnavailable as exc:
        if exc.reason != "failed":
            return  # nothing checked, nothing claimed (the CLI says so: virus.check_available)
        discard()  # ClamAV is there but could not scan: refuse rather than bag unchecked files
        raise
    if result.clean:
        custody.append(opened, key, "virus check", obj=bundle_id, **result.detail())
        return
    discard()
    custody.append(opened, key, "virus check", obj=bundle_id, outcome="failure", **result.detail())
    raise virus.VirusFoundError(list(result.found))


def check_export_signers(opened_dir: Path | str, key: nacl.signing.SigningKey,
                         archive: Path | str | None) -> bool:
    """Issue 19: before anything is exported, every record of the opened bundle's custody log and
    the key about to sign the export must be registered custodians of ``archive``
    (:func:`custodians.check_signers`; raises). False when there is no register to check against."""
    return custodians.check_signers(archive, opened_dir, key)


def export_bag(opened_dir: Path | str, out: Path | str, key: nacl.signing.SigningKey, *,
               derivative: str = "preservation", organization: str | None = None,
               plan: PublicPlan | None = None, side: str | None = None,
               archive: Path | str | None = None, virus_db: Path | str | None = None,
               virus_check: bool = True) -> Path:
    """Write a validated bag of ``opened_dir`` into ``out`` and record an ``export`` event.

    Every opened file is first checked against the device-signed manifest of its side
    (:mod:`integrity`); on any difference nothing is bagged, a signed ``export`` event with
    outcome ``failure`` is recorded and :class:`integrity.IntegrityError` is raised (attack 4 of
    evidence-review.md §2). ``organization``: the archive's name for ``Source-Organization``
    (default: the name recorded at opening, else the field is left out — never the software's).
    ``archive``: the archive directory whose custodian register the log's signers and ``key`` are
    checked against first (:func:`check_export_signers`).
    ``side``: ``content`` or ``identity`` to make a separate AIP of one side (each bag has its own
    ``urn:uuid:``; ``Bag-Group-Identifier`` names the bundle), default every side opened.
    A preservation bag's files are checked with ClamAV first (:mod:`virus`, signatures from
    ``virus_db``, default ``/var/lib/clamav``): a signed ``virus check`` event records the result;
    anything found leaves nothing bagged and raises :class:`virus.VirusFoundError`. When no check
    can be made (no ClamAV, no signatures) nothing is claimed: no event is recorded (callers warn:
    :func:`virus.check_available`); ``virus_check=False`` skips the check on purpose.
    """
    opened, bag_dir = Path(opened_dir), Path(out)
    check_export_signers(opened, key, archive)
    if bag_dir.exists() and (not bag_dir.is_dir() or any(bag_dir.iterdir())):
        raise BagExportError("the output directory is not empty", str(bag_dir), "not_empty")
    manifest = _manifest(opened)
    bundle_id = str(manifest.get("bundle_id") or _opened_bundle_id(opened))
    # The identity AIP of an opening of both sides is cut apart from it (issue 18 item 1).
    split = derivative == "preservation" and side == "identity" and (opened / "content").is_dir()
    if derivative not in ("preservation", "public"):
        raise BagExportError(f"unknown derivative {derivative!r}", str(bag_dir))
    if side is not None and (side not in integrity.SIDES or not (opened / side).is_dir()):
        raise BagExportError(f"the {side} side was not opened", str(opened), "not_opened")
    try:
        integrity.check(opened)
    except integrity.IntegrityError as exc:
        _refuse(opened, key, bundle_id, derivative, exc)
        raise
    organization = organization or archive_name(opened)
    created = not bag_dir.exists()
    bag_dir.mkdir(parents=True, exist_ok=True)
    public_id = f"urn:uuid:{uuid.uuid4()}"  # a public bag's own, fresh identifier (never the bundle's)
    aip_id = f"urn:uuid:{uuid.uuid4()}"  # a preservation bag's own identifier (content and identity AIPs differ)
    withheld: list[str] = []
    sides: list[integrity.SideCheck] = []
    submission: sip.Submission | None = None
    if derivative == "public":
        try:
            withheld = _copy_public(opened, bag_dir, manifest, plan).withheld
        except BagExportError:
            _discard(bag_dir, created)
            raise
    elif derivative == "preservation":
        # Archivematica's transfer layout: the payload under data/objects/, metadata under
        # data/metadata/ (anchors-2026.md §7); the submission as received beside the sides.
        objects = bag_dir / OBJECTS
        objects.mkdir()
        for name in (side,) if side else integrity.SIDES:
            if (opened / name).is_dir():
                shutil.copytree(opened / name, objects / name, symlinks=False)
        for name in ("verification.json", "verification.txt"):
            if (opened / name).is_file() and not split:
                shutil.copy2(opened / name, objects / name)
        try:  # what was copied, not only what was there a moment ago
            sides = integrity.check(objects)
            submission = sip.carry(opened, objects)
        except (integrity.IntegrityError, sip.SubmissionError) as exc:
            _discard(bag_dir, created)
            if isinstance(exc, integrity.IntegrityError):
                _refuse(opened, key, bundle_id, derivative, exc)
            raise
        if virus_check:
            _virus_check(opened, objects, key, bundle_id, virus_db, lambda: _discard(bag_dir, created))
    # Record the export before copying the log in, so the bag carries its own export event.
    extra: dict[str, Any] = ({"public_id": public_id, "withheld": "; ".join(withheld)} if derivative == "public"
             else {"aip_id": aip_id, "sides": ",".join(c.side for c in sides)})
    if split:  # the identity AIP's own id stays out of a log that names the bundle (it joins the AIPs)
        extra = {"sides": "identity", "aip_id": "recorded only in the identity AIP's own custody log"}
    custody.append(opened, key, "export", obj=bundle_id, derivative=derivative, bag=bag_dir.name, **extra)
    meta = bag_dir / "metadata"
    meta.mkdir()
    log_dir = opened
    if split:
        bundle_id = _identity_split(opened, bag_dir / OBJECTS, meta, key, aip_id, bag_dir.name)
        manifest, log_dir = json.loads((opened / "identity" / "manifest.json").read_text(encoding="utf-8")), meta
    elif derivative == "preservation":
        shutil.copy2(custody.log_path(opened), meta / custody.LOG_NAME)
    # A public derivative carries no signed log and no custody events: they name the bundle id,
    # its hash and exact times, each a join key to the identity side (security-review F1, F2).
    # The full, signed history stays in the preservation bag; its export event names public_id.
    form = manifest.get("form") or {}
    if derivative == "public":
        (meta / "premis.xml").write_bytes(premis.public_xml(public_id))
        info = {
            "External-Identifier": public_id,
            "External-Description": "Testimony — public derivative, published with the witness's consent",
            "DC-Identifier": public_id,
            "DC-Type": "Sound; Text" if (bag_dir / "audio").is_dir() else "Text",
            "DC-Format": "application/json; audio/ogg" if (bag_dir / "audio").is_dir() else "application/json",
            "DC-Source": f"form {form.get('id', '')} {form.get('version', '')}".strip(),
            "DC-Rights": "Published with the witness's consent to publish the text"
                         + (" and the voice" if (bag_dir / "audio").is_dir() else "") + "; no embargo stands.",
            "Intake-Derivative": derivative,
        }
    else:
        (meta / "premis.xml").write_bytes(premis.to_xml(log_dir, bundle_id, sides=sides, organization=organization,
                                                        submission=submission, base=f"data/{OBJECTS}",
                                                        rights=layout.consent_rights(manifest),
                                                        formats=_identify(bag_dir / OBJECTS, sides, submission),
                                                        format_release=formats.signature_release()))
        media = sorted({f.media_type for c in sides for f in c.manifest.files})
        kinds = [t for t, p in (("Sound", "audio/"), ("StillImage", "image/"), ("MovingImage", "video/"))
                 if any(m.startswith(p) for m in media)]
        info = {
            "External-Identifier": aip_id,
            "External-Description": f"Testimony, {' and '.join(c.side for c in sides)} side "
                                    "(sealed bundle, opened in custody)",
            # An identity-only AIP names its identity manifest, never the bundle (issue 18 item 1).
            "Bag-Group-Identifier": bundle_id if bundle_id.startswith("intake-identity:")
            else f"intake-bundle:{bundle_id}",
            "DC-Identifier": bundle_id,
            "DC-Type": "; ".join([*kinds, "Text"]),
            "DC-Date": _dc_date(opened, manifest) if manifest.get("side") != "identity"
            else str((manifest.get("captured") or {}).get("started") or manifest.get("sealed_at") or ""),
            "DC-Format": "; ".join(media) or "application/json",
            "DC-Source": f"form {form.get('id', '')} {form.get('version', '')}".strip(),
            "DC-Rights": json.dumps((manifest.get("consent") or {}).get("scopes") or {}, sort_keys=True),
            "Intake-Derivative": derivative,
        }
        layout.write_metadata(meta, info, manifest, f"data/{OBJECTS}")
    if organization:
        info["Source-Organization"] = organization
    bagit.make_bag(str(bag_dir), info, checksums=["sha256", "sha512"])
    bag = _declare_bagit_1_0(bag_dir)
    bag.validate()
    return bag_dir


def _discard(bag_dir: Path, created: bool) -> None:
    if created:
        shutil.rmtree(bag_dir, ignore_errors=True)
    else:
        for child in bag_dir.iterdir():
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()


def fixity(bag_path: Path | str, key: nacl.signing.SigningKey | None = None,
           archive: Path | str | None = None) -> None:
    """Re-validate a bag (every checksum); record a ``fixity check`` event in its custody log
    (preservation bags; a public derivative has none and is only re-validated).

    The event goes into ``metadata/custody.log`` outside the payload: tag files are not hashed by
    the payload manifests, but bagit's tag manifests are regenerated so the bag stays valid.
    With ``archive`` (issue 19), ``key`` must be a registered custodian of it (else
    :class:`custodians.UnregisteredCustodianKeyError` before anything) and a log record signed by
    any other key is a fixity failure (recorded as such, never signed as success).
    """
    path = Path(bag_path)
    if key is not None:
        custodians.check_signers(archive, None, key)
    registered = custodians.registered_keys(archive)
    bundle_id = ""
    try:
        bag = bagit.Bag(str(path))
        bundle_id = str(bag.info.get("DC-Identifier", ""))
        bag.validate()
        sides: list[integrity.SideCheck] = []
        if str(bag.info.get("Intake-Derivative", "")) != "public":
            # BagIt manifests can be regenerated by anyone; the device's signature cannot
            # (evidence-review.md §2 attack 1). A public derivative holds no signed side.
            sides = integrity.check(payload_root(path))
            if (payload_root(path) / sip.DIR).is_dir():  # the submission as received, its receipt
                sip.verify(payload_root(path) / sip.DIR)
        if custody.log_path(path / "data" / "metadata").is_file():
            # Never sign success over a broken chain (attack 3) or one signed by unregistered keys.
            custody.verify_log(path / "data" / "metadata", registered)
        outcome, detail = "success", ""
    except (bagit.BagError, bagit.BagValidationError) as exc:
        outcome, detail = "failure", str(exc)
    except integrity.IntegrityError as exc:
        outcome, detail = "failure", f"not as the device signed it: {exc}"
    except custody.CustodyTamperedError as exc:
        outcome, detail = "failure", str(exc)
    except sip.SubmissionError as exc:
        outcome, detail = "failure", f"submission as received: {exc}"
    if key is not None and custody.log_path(path / "data" / "metadata").is_file():
        extra: dict[str, Any] = {"algorithms": "sha256,sha512"} if outcome == "success" else {"error": detail[:500]}
        log = custody.log_path(path / "data" / "metadata")
        before = log.stat().st_size if log.exists() else 0
        try:
            custody.append(path / "data" / "metadata", key, "fixity check", obj=bundle_id, outcome=outcome, **extra)
        except custody.CustodyTamperedError as exc:
            # Never sign a fixity result on top of a falsified history (append verifies first).
            raise FixityError(str(path), f"custody log does not verify (record {exc.line}: {exc.reason}); "
                                         "no fixity event was signed") from exc
        if outcome == "success":
            # The custody log is payload: update its manifest entries (only that file changed,
            # and the rest was just validated), Payload-Oxum and the tag manifests. PREMIS is
            # regenerated from the log, so it names this fixity check too (issue 21).
            changed = [(log, log.stat().st_size - before)]
            refreshed = _refresh_premis(path, bundle_id, sides)
            if refreshed is not None:
                changed.append(refreshed)
            _remanifest(path, changed)
    if outcome != "success":
        raise FixityError(str(path), detail)


def payload_root(bag_path: Path) -> Path:
    """Where the signed sides of a preservation bag are: ``data/objects/`` (Archivematica layout),
    or ``data/`` in bags written before it."""
    objects = Path(bag_path) / "data" / OBJECTS
    return objects if objects.is_dir() else Path(bag_path) / "data"


def _identify(objects: Path, sides: list[integrity.SideCheck],
              submission: sip.Submission | None) -> dict[str, formats.Identification]:
    """PRONOM identification (by byte signature) of every payload file the PREMIS describes."""
    paths = [f"{c.side}/{f.path}" for c in sides for f in c.manifest.files]
    paths += [f"{sip.DIR}/{name}" for name, _, _ in (submission.files if submission else ())]
    return formats.identify_all(objects, paths)


def _refresh_premis(bag_path: Path, bundle_id: str, sides: list[integrity.SideCheck]) -> tuple[Path, int] | None:
    """Regenerate ``data/metadata/premis.xml`` of an Archivematica-layout preservation bag from its
    (verified) custody log; (path, size change), or None for other bags."""
    objects = bag_path / "data" / OBJECTS
    target = bag_path / "data" / "metadata" / "premis.xml"
    if not objects.is_dir() or not target.is_file() or not sides:
        return None
    submission = sip.verify(objects / sip.DIR) if (objects / sip.DIR).is_dir() else None
    info = bagit.Bag(str(bag_path)).info
    organization = info.get("Source-Organization")
    xml = premis.to_xml(target.parent, bundle_id, sides=sides,
                        organization=str(organization) if organization else None, submission=submission,
                        base=f"data/{OBJECTS}", rights=layout.read_rights(target.parent),
                        formats=_identify(objects, sides, submission), format_release=formats.signature_release())
    before = target.stat().st_size
    target.write_bytes(xml)
    return target, len(xml) - before


def _remanifest(bag_path: Path, changed: list[tuple[Path, int]]) -> None:
    """Rewrite the payload-manifest lines of the changed files and save the tag files."""
    bag = bagit.Bag(str(bag_path))
    digests = {path.relative_to(bag_path).as_posix(): path.read_bytes() for path, _ in changed}
    for alg in bag.algorithms:
        manifest = bag_path / f"manifest-{alg}.txt"
        lines = manifest.read_text(encoding="utf-8").splitlines()
        entries = [line.split(None, 1) for line in lines if line.strip()]
        if not set(digests) <= {name for _, name in entries}:  # a bag not made by export_bag: re-manifest all
            bag.save(manifests=True)
            return
        new = {rel: hashlib.new(alg, data).hexdigest() for rel, data in digests.items()}
        text = "".join(f"{new.get(name, old)}  {name}\n" for old, name in entries)
        manifest.write_text(text, encoding="utf-8")
    octets, _, files = str(bag.info.get("Payload-Oxum", "0.0")).partition(".")
    bag.info["Payload-Oxum"] = f"{int(octets) + sum(delta for _, delta in changed)}.{files}"
    bag.save(manifests=False)
