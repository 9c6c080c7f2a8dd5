# SPDX-License-Identifier: GPL-3.0-or-later
"""PREMIS 3 XML from a verified custody log (events, the agents that signed them, the bundle as
an intellectual entity), and validation against the schemas shipped in ``schema/``.

Guarantees: only a log that passed :func:`custody.verify_log` is exported; every value is set
through lxml (escaped); :func:`validate` checks a document against the official Library of
Congress PREMIS 3.0 XSD *and* our stricter profile, offline (no schema is fetched). Never:
includes testimony content — only ids, hashes and event details. Provenance of the official
schema: ``schema/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from intake_app.archive import custody

if TYPE_CHECKING:
    from intake_app.archive.formats import Identification
    from intake_app.archive.integrity import SideCheck
    from intake_app.archive.sip import Submission

NS = "http://www.loc.gov/premis/v3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_DIR = Path(__file__).with_name("schema")
SCHEMA = SCHEMA_DIR / "premis-v3-0.xsd"  # the official LoC PREMIS 3.0 schema, verbatim
PROFILE = SCHEMA_DIR / "intake-premis-profile.xsd"  # ours: stricter, applied in addition
SCHEMA_LOCATION = f"{NS} http://www.loc.gov/standards/premis/v3/premis.xsd"


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}")
    if text is not None:
        el.text = text
    return el


EVENT_TYPE_VOCABULARY = "http://id.loc.gov/vocabulary/preservation/eventType"
# Our event types that have a term in the Library of Congress PREMIS event type vocabulary (code
# per term; "ingest" is LoC's "ingestion"). The others (seal, transfer, receipt, export, link)
# stay local terms without a valueURI rather than be forced onto a near match.
LOC_EVENT_CODES = {"capture": "cap", "decryption": "der", "fixity check": "fix", "ingest": "ing",
                   "validation": "val", "virus check": "vir"}


AGENT_TYPE_VOCABULARY = "http://id.loc.gov/vocabulary/preservation/agentType"
AGENT_TYPE_CODES = {"person": "per", "organization": "org", "software": "sof"}
ROLE_VOCABULARY = "http://id.loc.gov/vocabulary/preservation/eventRelatedAgentRole"
ROLE_CODES = {"implementer": "imp", "executing program": "exe"}
HASH_VOCABULARY = "http://id.loc.gov/vocabulary/preservation/cryptographicHashFunctions"
SOFTWARE_NAME = "Testimony Intake"
SOFTWARE_ID_TYPE = "intake-software"
SCANNER_ID_TYPE = "intake-virus-scanner"  # the virus check's program and version (archive/virus.py)
PATH_ID_TYPE = "intake-payload-path"  # relative to the bag's data/ directory (or the opened directory)
DIGEST_ORIGINATOR = "collecting device (Ed25519-signed manifest.json)"


def _term(parent: etree._Element, tag: str, text: str, vocabulary: str, code: str | None) -> etree._Element:
    el = _sub(parent, tag, text)
    if code is not None:
        el.set("authority", vocabulary.rsplit("/", 1)[-1])
        el.set("authorityURI", vocabulary)
        el.set("valueURI", f"{vocabulary}/{code}")
    return el


def _file_object(root: etree._Element, path: str, sha256: str, size: int, media_type: str, originator: str,
                 base: str | None, found: Identification | None = None, release: str = "") -> None:
    obj = _sub(root, "object")
    obj.set(f"{{{XSI}}}type", "premis:file")
    oid = _sub(obj, "objectIdentifier")
    _sub(oid, "objectIdentifierType", PATH_ID_TYPE)
    _sub(oid, "objectIdentifierValue", path)
    if media_type.startswith("audio/"):
        # Issue 21 (evidence-review §4, FX-2): a lossy recording (Opus, Vorbis, MP3) is an access
        # or low-bandwidth copy, never a preservation master, and the AIP says so by itself,
        # whatever the form's optional "lossy" answer says; FLAC and PCM WAV are lossless.
        from intake_app.audio.info import is_lossy_media_type

        lossy = is_lossy_media_type(media_type)
        props = _sub(obj, "significantProperties")
        _sub(props, "significantPropertiesType", "audio compression")
        _sub(props, "significantPropertiesValue",
             "lossy: an access copy, not a preservation master" if lossy else "lossless")
    chars = _sub(obj, "objectCharacteristics")
    _sub(chars, "compositionLevel", "0")
    fixity = _sub(chars, "fixity")
    _term(fixity, "messageDigestAlgorithm", "SHA-256", HASH_VOCABULARY, "sha256")
    _sub(fixity, "messageDigest", sha256)
    _sub(fixity, "messageDigestOriginator", originator)
    _sub(chars, "size", str(size))
    fmt = _sub(chars, "format")
    _sub(_sub(fmt, "formatDesignation"), "formatName", media_type)
    if found is not None:  # PRONOM, by byte signature (formats.py): the PUID Archivematica also uses
        registry = _sub(fmt, "formatRegistry")
        _sub(registry, "formatRegistryName", "PRONOM")
        _sub(registry, "formatRegistryKey", found.puid)
        _sub(registry, "formatRegistryRole", "identification")
        _sub(fmt, "formatNote", f"{found.name} {found.version}".strip()
             + f"; identified by byte signature with FIDO, PRONOM signatures {release}")
    if base is not None:  # Archivematica matches PREMIS objects to files by originalName
        _sub(obj, "originalName", f"{base}/{path}")


SUBMISSION_MEDIA = {".tib": "application/octet-stream", ".json": "application/json"}


def _file_objects(root: etree._Element, sides: Sequence[SideCheck], submission: Submission | None = None,
                  base: str | None = None, formats: Mapping[str, Identification] | None = None,
                  release: str = "") -> None:
    """One PREMIS ``file`` object per payload file of each signed side: path, size, media type and
    the SHA-256 the collecting device signed (already re-checked against the file); with
    ``submission``, one per file of the submission as received (hashed when it was carried)."""
    for check in sides:
        for entry in check.manifest.files:
            path = f"{check.side}/{entry.path}"
            _file_object(root, path, entry.sha256, entry.size, entry.media_type,
                         DIGEST_ORIGINATOR, base, (formats or {}).get(path), release)
    for name, sha256, size in submission.files if submission is not None else ():
        path = f"submission/{name}"
        _file_object(root, path, sha256, size, SUBMISSION_MEDIA.get(Path(name).suffix, "application/octet-stream"),
                     "archive (export-bag), after the receipt verified", base, (formats or {}).get(path), release)


def _agent(root: etree._Element, id_type: str, value: str, kind: str, name: str | None = None,
           version: str | None = None) -> None:
    a = _sub(root, "agent")
    aid = _sub(a, "agentIdentifier")
    _sub(aid, "agentIdentifierType", id_type)
    _sub(aid, "agentIdentifierValue", value)
    if name is not None:
        _sub(a, "agentName", name)
    _term(a, "agentType", kind, AGENT_TYPE_VOCABULARY, AGENT_TYPE_CODES[kind])
    if version is not None:
        _sub(a, "agentVersion", version)


TIME_ANCHOR = "time source=receipt signed by the archive's receiver (trusted time anchor)"


def _rights(root: etree._Element, rights: Sequence[tuple[str, str, str, str]], bundle_id: str) -> None:
    """One PREMIS rights statement per consent scope: basis Other/Donor (the witness's consent),
    the scope as act, Allow / Disallow / Conditional as restriction, an embargo's end date."""
    for scope, code, restriction, end in rights:
        statement = _sub(_sub(root, "rights"), "rightsStatement")
        sid = _sub(statement, "rightsStatementIdentifier")
        _sub(sid, "rightsStatementIdentifierType", "intake-consent-scope")
        _sub(sid, "rightsStatementIdentifierValue", f"{bundle_id}:{scope}")
        _sub(statement, "rightsBasis", "Other")
        other = _sub(statement, "otherRightsInformation")
        _sub(other, "otherRightsBasis", "Donor")
        _sub(other, "otherRightsNote", f"witness consent: {scope}={code}")
        granted = _sub(statement, "rightsGranted")
        _sub(granted, "act", scope)
        _sub(granted, "restriction", restriction)
        if end:
            _sub(granted, "rightsGrantedNote", f"restricted until {end} (embargo chosen by the witness)")


def _id_type(value: str) -> str:
    # Transfer-side events name the sealed file by its SHA-256; later ones by the bundle id; an
    # identity opening's by its identity manifest's SHA-256 (issue 18 item 1).
    if value.startswith("intake-identity:sha256:"):
        return "intake-identity-manifest-sha256"
    return "intake-bundle-sha256" if re.fullmatch(r"[0-9a-f]{64}", value) else "intake-bundle-id"


def public_xml(public_id: str) -> bytes:
    """The PREMIS document of a public derivative: the published entity under its own fresh id,
    and nothing else. Custody events carry the bundle id, its hash and exact times, each a join
    key to the identity side (security-review.md F1); the full history stays in the preservation
    bag, whose export event names this public id."""
    root = etree.Element(f"{{{NS}}}premis", nsmap={"premis": NS, "xsi": XSI}, version="3.0")
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    obj = _sub(root, "object")
    obj.set(f"{{{XSI}}}type", "premis:intellectualEntity")
    oid = _sub(obj, "objectIdentifier")
    _sub(oid, "objectIdentifierType", "intake-public-id")
    _sub(oid, "objectIdentifierValue", public_id)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def to_xml(directory: Path | str, bundle_id: str, *, public: bool = False, sides: Sequence[SideCheck] = (),
           organization: str | None = None, submission: Submission | None = None, base: str | None = None,
           rights: Sequence[tuple[str, str, str, str]] = (), formats: Mapping[str, Identification] | None = None,
           format_release: str = "") -> bytes:
    """The PREMIS document for the custody log in ``directory`` (verified first).

    ``public``: for a public derivative, without ``link`` events and without any link id.
    ``sides``: the signed sides checked by :func:`intake_app.archive.integrity.check`; each of
    their payload files becomes a ``file`` object. Agents are typed from the LoC agentType
    vocabulary: each custody key's holder a *person* (implementer of the events it signed), this
    software (executing program of every event it recorded) and, if named, the archive as an
    *organization*. ``submission``: the SIP as received (file objects; its receipt's signed
    ``received`` time is the ``receipt`` event's time, the trusted time anchor). ``base``: the
    files' path in the bag (``data/objects``), written as ``originalName``. ``rights``: consent
    scopes (see :func:`layout.consent_rights`) as PREMIS rights statements. ``formats``: PRONOM
    identifications by path (:mod:`formats`), found with signatures ``format_release``.
    """
    events = custody.verify_log(directory)
    if public:
        events = [ev for ev in events if ev.type != "link" and "link_id" not in ev.detail]
    root = etree.Element(f"{{{NS}}}premis", nsmap={"premis": NS, "xsi": XSI}, version="3.0")
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    obj = _sub(root, "object")
    obj.set(f"{{{XSI}}}type", "premis:intellectualEntity")
    identifiers = {bundle_id: None}
    for ev in events:  # the sealed file's SHA-256, as the transfer and validation events name it
        for value in (ev.object, ev.detail.get("bundle_sha256", "")):
            if value and _id_type(value) == "intake-bundle-sha256":
                identifiers[value] = None
    for value in identifiers:
        oid = _sub(obj, "objectIdentifier")
        _sub(oid, "objectIdentifierType", _id_type(value))
        _sub(oid, "objectIdentifierValue", value)
    _file_objects(root, sides, submission, base, formats, format_release)
    software = "testimony-intake"  # the events span versions (fetch, open, export): no version claimed
    agents: dict[str, None] = {}
    scanners: dict[str, None] = {}
    for ev in events:
        e = _sub(root, "event")
        eid = _sub(e, "eventIdentifier")
        _sub(eid, "eventIdentifierType", "intake-custody-sha256")
        _sub(eid, "eventIdentifierValue", ev.hash)
        kind = _sub(e, "eventType", ev.type)
        if ev.type in LOC_EVENT_CODES:
            kind.set("authority", "eventType")
            kind.set("authorityURI", EVENT_TYPE_VOCABULARY)
            kind.set("valueURI", f"{EVENT_TYPE_VOCABULARY}/{LOC_EVENT_CODES[ev.type]}")
        anchor = ev.type == "receipt" and submission is not None and ev.object == submission.sha256
        # The receipt event happened when the receiver signed it, not when the archive fetched it.
        # A version-2 receipt states only the day (issue 18, F2): the event keeps the custody time
        # and the signed day is recorded as the anchor below.
        exact = anchor and submission is not None and len(submission.received) > 10
        _sub(e, "eventDateTime", submission.received if exact and submission is not None else ev.at)
        for key, value in sorted(ev.detail.items()):
            _sub(_sub(e, "eventDetailInformation"), "eventDetail", f"{key}={value}")
        if anchor:
            _sub(_sub(e, "eventDetailInformation"), "eventDetail",
                 f"received={submission.received if submission else ''}; {TIME_ANCHOR}; recorded in custody at {ev.at}")
        _sub(_sub(e, "eventOutcomeInformation"), "eventOutcome", ev.outcome)
        la = _sub(e, "linkingAgentIdentifier")
        _sub(la, "linkingAgentIdentifierType", "intake-ed25519-key-id")
        _sub(la, "linkingAgentIdentifierValue", ev.agent)
        _term(la, "linkingAgentRole", "implementer", ROLE_VOCABULARY, ROLE_CODES["implementer"])
        sw = _sub(e, "linkingAgentIdentifier")
        _sub(sw, "linkingAgentIdentifierType", SOFTWARE_ID_TYPE)
        _sub(sw, "linkingAgentIdentifierValue", software)
        _term(sw, "linkingAgentRole", "executing program", ROLE_VOCABULARY, ROLE_CODES["executing program"])
        scanner = ev.detail.get("tool", "") if ev.type == "virus check" else ""
        if scanner:  # the scanner that did the check (ClamAV and its version), beside this software
            vs = _sub(e, "linkingAgentIdentifier")
            _sub(vs, "linkingAgentIdentifierType", SCANNER_ID_TYPE)
            _sub(vs, "linkingAgentIdentifierValue", scanner)
            _term(vs, "linkingAgentRole", "executing program", ROLE_VOCABULARY, ROLE_CODES["executing program"])
            scanners[scanner] = None
        if ev.object:
            lo = _sub(e, "linkingObjectIdentifier")
            _sub(lo, "linkingObjectIdentifierType", _id_type(ev.object))
            _sub(lo, "linkingObjectIdentifierValue", ev.object)
        agents[ev.agent] = None
    for agent in agents:  # a custody key is held by one custodian
        _agent(root, "intake-ed25519-key-id", agent, "person")
    if events:
        _agent(root, SOFTWARE_ID_TYPE, software, "software", SOFTWARE_NAME)
    for scanner in scanners:
        _agent(root, SCANNER_ID_TYPE, scanner, "software", scanner)
    if organization:
        _agent(root, "intake-archive-name", organization, "organization", organization)
    _rights(root, rights, bundle_id)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@cache
def _schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path), parser=_parser()))


def validate(xml: bytes, *, profile: bool = True) -> list[str]:
    """Schema errors of ``xml`` (empty list: valid), each prefixed with the schema that found it.

    Always checked against the official PREMIS 3.0 schema; with ``profile`` also against ours.
    """
    doc = etree.fromstring(xml, parser=_parser())
    errors: list[str] = []
    for label, path in (("PREMIS 3.0", SCHEMA), ("intake profile", PROFILE))[: 2 if profile else 1]:
        schema = _schema(path)
        if not schema.validate(doc):
            errors += [f"{label}: {e}" for e in schema.error_log]
    return errors
