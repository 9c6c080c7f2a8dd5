# SPDX-License-Identifier: GPL-3.0-or-later
"""The XML the code parses refuses entity bombs and never reads an external entity (issue 25,
ruff S314: why the stdlib parser stays, without defusedxml).

Where XML is parsed: ``scripts.i18n_build`` reads the repository's own ``.ts`` translation
sources with ``xml.etree.ElementTree`` (expat 2.4.1+ refuses "billion laughs"; ElementTree never
loads an external entity); ``intake_app.archive.premis.validate`` reads PREMIS with lxml set to
resolve no entities, load no DTD and use no network; ``intake_app.archive.formats`` reads FIDO's
own installed ``versions.xml``. These tests feed each parser the two classic attacks.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import ParseError

import pytest
from lxml import etree

from intake_app.archive import premis
from scripts.i18n_build import catalogue_of

SECRET = "the-canary-an-external-entity-would-read"
PREMIS_NS = "http://www.loc.gov/premis/v3"


def _laughs(root: str, open_tag: str, body: str) -> str:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    return f'<?xml version="1.0"?>\n<!DOCTYPE {root} [{entities}]>\n{open_tag}{body.format("&a9;")}</{root}>'


def _external(root: str, open_tag: str, body: str, secret_file: Path) -> str:
    dtd = f'<!DOCTYPE {root} [<!ENTITY x SYSTEM "{secret_file.as_uri()}">]>'
    return f'<?xml version="1.0"?>\n{dtd}\n{open_tag}{body.format("&x;")}</{root}>'


TS = ("TS", "<TS>", "<context><name>C</name><message><source>s</source><translation>{}</translation></message></context>")
PREMIS = ("premis", f'<premis xmlns="{PREMIS_NS}" version="3.0">', "<object>{}</object>")


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def test_a_translation_file_with_an_entity_bomb_is_refused() -> None:
    with pytest.raises(ParseError, match="amplification"):
        catalogue_of(_laughs(*TS))


def test_a_translation_file_never_reads_an_external_entity(secret_file: Path) -> None:
    with pytest.raises(ParseError, match="undefined entity"):
        catalogue_of(_external(*TS, secret_file))


def test_premis_with_an_entity_bomb_is_refused() -> None:
    with pytest.raises(etree.XMLSyntaxError, match="amplification"):
        premis.validate(_laughs(*PREMIS).encode())


def test_premis_never_reads_an_external_entity(secret_file: Path) -> None:
    xml = _external(*PREMIS, secret_file).encode()
    errors = premis.validate(xml, profile=False)
    assert errors  # not a valid PREMIS document: an abstract object, and nothing was read into it
    assert not any(SECRET in e for e in errors)
    parsed = etree.fromstring(xml, parser=premis._parser())
    assert SECRET not in etree.tostring(parsed).decode()
    assert SECRET not in "".join(parsed.itertext())
