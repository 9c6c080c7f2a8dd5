# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped PREMIS schema is the official Library of Congress PREMIS 3.0 XSD (pinned by hash),
our PREMIS output validates against it offline, and it is the full schema, not a subset: it
accepts PREMIS 3 constructs we never emit and rejects documents that break its own rules. Our
stricter profile adds what the official schema leaves open (a real date in eventDateTime)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import nacl.signing
from lxml import etree

from intake_app.archive import custody, premis

OFFICIAL_SHA256 = "03b8a77a20b32b882ad799e12262671d07ad18210c60233f4e613a1289491cba"

# A PREMIS 3 file object with fixity, format and storage: elements only the full schema knows.
FILE_OBJECT = b"""<?xml version="1.0" encoding="UTF-8"?>
<premis:premis xmlns:premis="http://www.loc.gov/premis/v3"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">
  <premis:object xsi:type="premis:file">
    <premis:objectIdentifier>
      <premis:objectIdentifierType>local</premis:objectIdentifierType>
      <premis:objectIdentifierValue>f-1</premis:objectIdentifierValue>
    </premis:objectIdentifier>
    <premis:objectCharacteristics>
      <premis:compositionLevel>0</premis:compositionLevel>
      <premis:fixity>
        <premis:messageDigestAlgorithm authority="cryptographicHashFunctions">SHA-256</premis:messageDigestAlgorithm>
        <premis:messageDigest>00</premis:messageDigest>
      </premis:fixity>
      <premis:size>4</premis:size>
      <premis:format>
        <premis:formatDesignation><premis:formatName>audio/flac</premis:formatName></premis:formatDesignation>
      </premis:format>
    </premis:objectCharacteristics>
    <premis:storage><premis:storageMedium>disk</premis:storageMedium></premis:storage>
  </premis:object>
</premis:premis>
"""


def test_the_shipped_schema_is_the_official_premis_3_0_xsd() -> None:
    data = premis.SCHEMA.read_bytes()
    assert hashlib.sha256(data).hexdigest() == OFFICIAL_SHA256
    assert b"VERSION 3.0" in data and b"Library of Congress" in data
    root = etree.fromstring(data)
    assert root.get("targetNamespace") == premis.NS == "http://www.loc.gov/premis/v3"
    # No imports or includes: validation needs no network and no catalogue.
    xs = "{http://www.w3.org/2001/XMLSchema}"
    assert root.find(f"{xs}import") is None and root.find(f"{xs}include") is None
    readme = (premis.SCHEMA_DIR / "README.md").read_text(encoding="utf-8")
    assert OFFICIAL_SHA256 in readme


def test_our_output_validates_against_the_official_schema_and_the_profile(tmp_path: Path) -> None:
    key = nacl.signing.SigningKey.generate()
    for event_type in custody.EVENT_TYPES:  # every event type the archive records
        custody.append(tmp_path, key, event_type, obj="b1", note="x")
    xml = premis.to_xml(tmp_path, "b1")
    assert premis.validate(xml, profile=False) == []
    assert premis.validate(xml) == []
    doc = etree.fromstring(xml)
    assert doc.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation", "").startswith(premis.NS)
    uris = {e.text: e.get("valueURI") for e in doc.iterfind(f"{{{premis.NS}}}event/{{{premis.NS}}}eventType")}
    assert uris["fixity check"] == "http://id.loc.gov/vocabulary/preservation/eventType/fix"
    assert uris["ingest"] == "http://id.loc.gov/vocabulary/preservation/eventType/ing"
    assert uris["seal"] is None  # no LoC term: a local term, not forced onto a near match


def test_the_official_schema_is_complete_and_enforces_its_own_rules(tmp_path: Path) -> None:
    # Full schema: a file object with fixity/format/storage is valid PREMIS 3 ...
    assert premis.validate(FILE_OBJECT, profile=False) == []
    # ... which our narrow profile alone would refuse (it allows only what we emit).
    assert premis.validate(FILE_OBJECT) != []
    key = nacl.signing.SigningKey.generate()
    custody.append(tmp_path, key, "transfer", obj="b1")
    xml = premis.to_xml(tmp_path, "b1")
    doc = etree.fromstring(xml)
    ns = {"p": premis.NS}
    event = doc.find("p:event", ns)
    assert event is not None
    when, kind = event.find("p:eventDateTime", ns), event.find("p:eventType", ns)
    assert when is not None and kind is not None
    event.remove(when)
    event.insert(list(event).index(kind), when)  # eventDateTime before eventType: out of order
    errors = premis.validate(etree.tostring(doc), profile=False)
    assert errors and all(e.startswith("PREMIS 3.0:") for e in errors)
    wrong_version = xml.replace(b'version="3.0"', b'version="2.2"', 1)
    assert premis.validate(wrong_version, profile=False)


def test_the_profile_catches_what_the_official_schema_leaves_open(tmp_path: Path) -> None:
    key = nacl.signing.SigningKey.generate()
    custody.append(tmp_path, key, "decryption", obj="b1")
    xml = premis.to_xml(tmp_path, "b1")
    bad = xml.replace(b"<premis:eventDateTime>", b"<premis:eventDateTime>not-a-date", 1)
    assert premis.validate(bad, profile=False) == []  # officially eventDateTime is a free string
    errors = premis.validate(bad)
    assert errors and all(e.startswith("intake profile:") for e in errors)
