# SPDX-License-Identifier: GPL-3.0-or-later
"""PREMIS 3 XML from a verified custody log (events, the agents that signed them, the bundle as
an intellectual entity), and validation against the schema shipped in ``schema/``.

Guarantees: only a log that passed :func:`custody.verify_log` is exported; every value is set
through lxml (escaped). Never: includes testimony content — only ids, hashes and event details.
See ``schema/README.md`` for what the shipped schema is (a subset, not the official LoC XSD).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from intake_app.archive import custody

NS = "http://www.loc.gov/premis/v3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = Path(__file__).with_name("schema") / "premis-v3-subset.xsd"


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}")
    if text is not None:
        el.text = text
    return el


def to_xml(directory: Path | str, bundle_id: str) -> bytes:
    """The PREMIS document for the custody log in ``directory`` (verified first)."""
    events = custody.verify_log(directory)
    root = etree.Element(f"{{{NS}}}premis", nsmap={"premis": NS, "xsi": XSI}, version="3.0")
    obj = _sub(root, "object")
    obj.set(f"{{{XSI}}}type", "premis:intellectualEntity")
    oid = _sub(obj, "objectIdentifier")
    _sub(oid, "objectIdentifierType", "intake-bundle-id")
    _sub(oid, "objectIdentifierValue", bundle_id)
    agents: dict[str, None] = {}
    for ev in events:
        e = _sub(root, "event")
        eid = _sub(e, "eventIdentifier")
        _sub(eid, "eventIdentifierType", "intake-custody-sha256")
        _sub(eid, "eventIdentifierValue", ev.hash)
        _sub(e, "eventType", ev.type)
        _sub(e, "eventDateTime", ev.at)
        for key, value in sorted(ev.detail.items()):
            _sub(_sub(e, "eventDetailInformation"), "eventDetail", f"{key}={value}")
        _sub(_sub(e, "eventOutcomeInformation"), "eventOutcome", ev.outcome)
        la = _sub(e, "linkingAgentIdentifier")
        _sub(la, "linkingAgentIdentifierType", "intake-ed25519-key-id")
        _sub(la, "linkingAgentIdentifierValue", ev.agent)
        lo = _sub(e, "linkingObjectIdentifier")
        _sub(lo, "linkingObjectIdentifierType", "intake-bundle-id")
        _sub(lo, "linkingObjectIdentifierValue", ev.object)
        agents[ev.agent] = None
    for agent in agents:
        a = _sub(root, "agent")
        aid = _sub(a, "agentIdentifier")
        _sub(aid, "agentIdentifierType", "intake-ed25519-key-id")
        _sub(aid, "agentIdentifierValue", agent)
        _sub(a, "agentType", "person")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def validate(xml: bytes) -> list[str]:
    """Schema errors of ``xml`` against the shipped PREMIS schema (empty list: valid)."""
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    doc = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    if schema.validate(doc):
        return []
    return [str(e) for e in schema.error_log]
