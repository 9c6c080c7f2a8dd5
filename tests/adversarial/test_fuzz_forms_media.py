# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzz the form engine (definition files, answers) and the attachment metadata stripper.

Form definitions are data files; a damaged or hostile one must be refused with
``forms.DefinitionError`` (a ``forms.FormError``), never half-loaded and never with another
exception. Answers come from people and from other devices: every public operation on them
gives problems or a ``forms.FormError``. Attachments come from witnesses: the stripper decodes
them with Pillow, so damaged or hostile images (including pixel bombs) must end as an
``AttachmentError`` and never as a Pillow or Python exception.
"""

from __future__ import annotations

import copy
import io
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

import intake_forms as forms
from intake_app.sealing.metadata import AttachmentError, strip_metadata
from intake_forms.registry import PACKAGE_DIR, Registry
from tests.adversarial._fuzz import budget, json_values, mutated, mutated_json, typed

pytestmark = [pytest.mark.timeout(300)]

FORM_FILES = ["closing_notes", "consent", "family_persecution"]
DEFINITIONS = {name: yaml.safe_load((PACKAGE_DIR / "definitions" / f"{name}.yaml").read_text(encoding="utf-8"))
               for name in FORM_FILES}


@pytest.fixture(scope="module")
def registry_root() -> Any:
    with tempfile.TemporaryDirectory(prefix="fuzz-forms-") as tmp:
        root = Path(tmp)
        shutil.copytree(PACKAGE_DIR / "schema", root / "schema")
        shutil.copytree(PACKAGE_DIR / "vocabularies", root / "vocabularies")
        yield root


def _load(root: Path, name: str, text: str, suffix: str) -> None:
    definitions = root / "definitions"
    shutil.rmtree(definitions, ignore_errors=True)
    definitions.mkdir()
    (definitions / f"{name}{suffix}").write_text(text, encoding="utf-8", errors="surrogatepass")
    registry = Registry(root)
    for form_id in registry.form_ids():
        form = registry.load(form_id)
        form.validate({})  # a definition that loads must also be usable


@budget(300)
@given(data=st.data(), name=st.sampled_from(FORM_FILES))
def test_mutated_form_definitions_are_refused_or_usable(registry_root: Path, data: st.DataObject, name: str) -> None:
    obj = data.draw(mutated_json(DEFINITIONS[name]))
    text = json.dumps(obj, ensure_ascii=False)
    typed("form definition (JSON)", lambda: _load(registry_root, name, text, ".json"), forms.FormError)


@budget(200)
@given(data=st.data(), name=st.sampled_from(FORM_FILES))
def test_damaged_yaml_definitions_are_refused_or_usable(registry_root: Path, data: st.DataObject, name: str) -> None:
    raw = (PACKAGE_DIR / "definitions" / f"{name}.yaml").read_bytes()
    text = data.draw(mutated(raw)).decode("utf-8", errors="replace")
    typed("form definition (YAML)", lambda: _load(registry_root, name, text, ".yaml"), forms.FormError)


_FIELDS = sorted({p.rsplit(".", 1)[-1] for f in forms.list_forms() for p, _ in f.walk()})
_answer = st.recursive(json_values, lambda inner: st.dictionaries(st.sampled_from(_FIELDS), inner, max_size=4),
                       max_leaves=12)


@budget(300)
@given(form_id=st.sampled_from([f.id for f in forms.list_forms()]),
       answers=st.dictionaries(st.sampled_from(_FIELDS), _answer, max_size=6))
def test_answers_give_problems_or_form_errors(form_id: str, answers: dict[str, Any]) -> None:
    form = forms.load_form(form_id)
    before = copy.deepcopy(answers)
    typed("form answers (validate)", lambda: form.validate(answers), forms.FormError)
    typed("form answers (split)", lambda: form.split_by_sensitivity(answers), forms.FormError)
    typed("form answers (media refs)", lambda: form.media_refs(answers), forms.FormError)
    typed("form answers (consent)", lambda: form.consent_summary(answers), forms.FormError)
    versions = forms.default_registry().versions(form_id)
    typed("form answers (migrate)", lambda: forms.migrate_answers(form_id, answers, versions[0]), forms.FormError)
    assert repr(answers) == repr(before)  # never changes what a person typed


def _image(fmt: str) -> bytes:
    img = Image.new("RGB", (24, 16), (200, 30, 30))
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "CANARY-CAMERA"  # Make
    img.save(out, format=fmt, exif=exif.tobytes())
    return out.getvalue()


IMAGES = {"image/jpeg": _image("JPEG"), "image/png": _image("PNG"), "image/webp": _image("WEBP")}


@budget(400)
@given(data=st.data(), media_type=st.sampled_from(sorted(IMAGES)))
def test_damaged_images_are_attachment_errors(data: st.DataObject, media_type: str) -> None:
    raw = data.draw(mutated(IMAGES[media_type], hot=200))
    clean = typed("attachment (image)", lambda: strip_metadata(io.BytesIO(raw), media_type), AttachmentError)
    if clean is not None:
        assert b"CANARY-CAMERA" not in clean.read()


def test_a_pixel_bomb_is_refused_without_decoding_it() -> None:
    # A valid PNG header claiming 60 000 x 60 000 pixels (3.6 gigapixels) and a tiny body.
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))
    with pytest.raises(AttachmentError):
        strip_metadata(io.BytesIO(bomb), "image/png")
