# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundle area end to end: real form definitions, the CLI, metadata stripping, device and
signing keys, profiles."""

from __future__ import annotations

import io
import json
import tarfile
from datetime import datetime
from pathlib import Path
from typing import Any

import nacl.signing
import pytest
from PIL import Image

import intake_crypto as crypto
import intake_forms as forms
from intake_app.cli import main
from intake_app.home import device
from intake_app.sealing.metadata import DamagedAttachmentError, UnsupportedAttachmentError, strip_metadata
from intake_app.sealing.service import open_bundle, seal_testimony, verify_bundle
from intake_crypto.bundle import profile as P
from intake_crypto.bundle._bundle_errors import (
    PassphraseRequiredError,
    ProfileFormatError,
    ProfilePrivateKeyError,
    ProfileSignatureError,
    WrongKeyPassphraseError,
)
from intake_crypto.bundle.signing import read_signing_key, write_signing_key
from tests.bundle_support import LOW_WORK_FACTOR, make_archive
from tests.unit.forms.example import (
    CANARY_CONTACT,
    CANARY_NAME,
    CANARY_VICTIM,
    consent_answers,
    full_interview,
)

PASS = "correct horse battery staple 六四"


def _content_plaintext(path: Path, identity: Any, member: str = "content.age") -> bytes:
    with tarfile.open(path) as tf:
        return crypto.decrypt_bytes(tf.extractfile(member).read(), [identity])  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["classic", "hybrid"])
def test_real_testimony_form_keeps_identity_off_the_content_side(kind: str, tmp_path: Path) -> None:
    archive = make_archive(kind)
    answers = full_interview()
    form = forms.load_form("testimony")
    path = tmp_path / "t.tib"
    seal_testimony(archive.profile, form.id, form.version, answers, [], nacl.signing.SigningKey.generate(), path,
                   interviewer_role="interviewer", captured_at=datetime.now().astimezone())
    content = _content_plaintext(path, archive.content_key)
    identity = _content_plaintext(path, archive.identity_key, "identity.age")
    for canary in (CANARY_NAME, CANARY_CONTACT):
        assert canary.encode() not in content, canary
        assert canary.encode() in identity, canary
    # Victims' names are restricted content (R-SP-9): content side, never identity side.
    assert CANARY_VICTIM.encode() in content and CANARY_VICTIM.encode() not in identity
    report = verify_bundle(path, [archive.content_key, archive.identity_key])
    consent = report.sides["content"].manifest.raw["consent"]  # type: ignore[union-attr]
    assert consent["form"] == "testimony" and consent["scopes"]


def test_identity_sealed_on_save_travels_sealed_and_opens_at_the_archive(tmp_path: Path) -> None:
    archive = make_archive("classic")
    answers = full_interview()
    section = json.dumps(answers.pop("witness_identity"), ensure_ascii=False).encode()
    sealed = crypto.encrypt_bytes(section, [crypto.parse_recipient(archive.profile.identity_recipients[0])])
    form = forms.load_form("testimony")
    path = tmp_path / "t.tib"
    seal_testimony(archive.profile, form.id, form.version, answers, [], nacl.signing.SigningKey.generate(), path,
                   interviewer_role="interviewer", captured_at=datetime.now().astimezone(),
                   sealed_identity={"witness_identity": sealed})
    assert CANARY_NAME.encode() not in _content_plaintext(path, archive.content_key)
    report = open_bundle(path, [archive.content_key, archive.identity_key], tmp_path / "out")
    assert report.sides["identity"].sections == ["witness_identity"]
    assert report.sides["identity"].manifest.raw["anonymous"] is False  # type: ignore[union-attr]
    opened = (tmp_path / "out" / "identity" / "sealed" / "witness_identity.json").read_bytes()
    assert CANARY_NAME.encode() in opened
    assert (tmp_path / "out" / "identity" / "sealed" / "witness_identity.age").read_bytes() == sealed


# --- metadata stripping -------------------------------------------------------------------------
def _jpeg_with_gps() -> bytes:
    img = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "CANARY-CAMERA-MAKER"  # Make
    exif[0xA431] = "CANARY-SERIAL-0042"  # BodySerialNumber
    exif[0x0112] = 6  # orientation: rotate
    exif.get_ifd(0x8825)[2] = (39.0, 54.0, 27.0)  # GPSLatitude
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif, comment=b"CANARY-COMMENT")
    return out.getvalue()


def test_images_lose_their_metadata_and_keep_their_orientation() -> None:
    original = _jpeg_with_gps()
    assert b"CANARY-SERIAL-0042" in original
    clean = strip_metadata(io.BytesIO(original), "image/jpeg").read()
    for marker in (b"CANARY", b"Exif", b"GPS"):
        assert marker not in clean
    with Image.open(io.BytesIO(clean)) as img:
        assert img.size == (48, 64) and not img.getexif()
    png = io.BytesIO()
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "CANARY-AUTHOR")
    Image.new("RGB", (8, 8)).save(png, format="PNG", pnginfo=info)
    assert b"CANARY-AUTHOR" not in strip_metadata(io.BytesIO(png.getvalue()), "image/png").read()


def test_formats_we_cannot_strip_are_refused() -> None:
    with pytest.raises(UnsupportedAttachmentError):
        strip_metadata(io.BytesIO(b"PK\x03\x04 docProps/core.xml CANARY"),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    with pytest.raises(DamagedAttachmentError):
        strip_metadata(io.BytesIO(b"%PDF-1.7 /Author (CANARY)"), "application/pdf")
    with pytest.raises(DamagedAttachmentError):
        strip_metadata(io.BytesIO(b"not a jpeg"), "image/jpeg")
    with pytest.raises(DamagedAttachmentError):
        strip_metadata(io.BytesIO(_jpeg_with_gps()), "image/png")
    assert strip_metadata(io.BytesIO("纯文本".encode()), "text/plain").read() == "纯文本".encode()


# --- keys and profiles --------------------------------------------------------------------------
def test_device_key_is_created_once_encrypted_and_rekeyable(intake_home: Path) -> None:
    key = device.load_or_create_device_key(PASS, work_factor=LOW_WORK_FACTOR)
    path = intake_home / "keys" / "device.key"
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n") and path.stat().st_mode & 0o777 == 0o600
    assert bytes(device.load_or_create_device_key(PASS)) == bytes(key)
    with pytest.raises(WrongKeyPassphraseError):
        device.load_or_create_device_key("wrong")
    device.change_device_key_passphrase(PASS, "new one", work_factor=LOW_WORK_FACTOR)
    assert bytes(device.load_or_create_device_key("new one")) == bytes(key)
    with pytest.raises(WrongKeyPassphraseError):
        device.load_or_create_device_key(PASS)


def test_signing_key_files_protected_and_plain(tmp_path: Path) -> None:
    key = nacl.signing.SigningKey.generate()
    write_signing_key(tmp_path / "p.key", key, PASS, work_factor=LOW_WORK_FACTOR)
    write_signing_key(tmp_path / "u.key", key, None)
    assert bytes(read_signing_key(tmp_path / "p.key", PASS)) == bytes(key)
    assert bytes(read_signing_key(tmp_path / "u.key", None)) == bytes(key)
    with pytest.raises(PassphraseRequiredError):
        read_signing_key(tmp_path / "p.key", None)
    with pytest.raises(WrongKeyPassphraseError):
        read_signing_key(tmp_path / "p.key", "nope")


def test_profiles_with_bad_signatures_private_keys_or_odd_fields_are_refused(tmp_path: Path) -> None:
    archive = make_archive("classic")
    good = json.loads(archive.profile.to_json())
    assert P.parse_profile(archive.profile.to_json()) == archive.profile
    fp = archive.profile.fingerprint()
    assert len(fp.split()) == 8 and all(len(g) == 5 and g.isdigit() for g in fp.split())
    cases: list[tuple[dict[str, Any], type[Exception]]] = [
        ({**good, "name": "Evil archive"}, ProfileSignatureError),
        ({**good, "content_recipients": [str(make_archive().content_key.recipient())]}, ProfileSignatureError),
        ({**good, "name": str(archive.content_key)}, ProfilePrivateKeyError),
        ({**good, "content_key": str(archive.content_key)}, ProfilePrivateKeyError),
        ({**good, "extra": 1}, ProfileFormatError),
        ({**good, "version": 2}, ProfileFormatError),
        ({k: v for k, v in good.items() if k != "signature"}, ProfileFormatError),
    ]
    for obj, error in cases:
        with pytest.raises(error):
            P.parse_profile(json.dumps(obj).encode())
    path = tmp_path / "profile.json"
    path.write_bytes(archive.profile.to_json())
    assert P.load_profile(path, expected_fingerprint=fp.replace(" ", "-")) == archive.profile
    with pytest.raises(ProfileSignatureError):
        P.load_profile(path, expected_fingerprint="00000 " * 8)


# --- the command line ---------------------------------------------------------------------------
def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("classic", [True, False], ids=["classic", "hybrid"])
def test_cli_archive_init_seal_open_verify(classic: bool, tmp_path: Path, intake_home: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    pf = tmp_path / "pass.txt"
    pf.write_text(PASS + "\n", encoding="utf-8")
    arch = tmp_path / "archive"
    wf = ["--scrypt-work-factor", str(LOW_WORK_FACTOR)]
    code, out, _ = _run(capsys, "archive", "init", str(arch), "--name", "June Fourth Archive",
                        *(["--classic"] if classic else []), "--passphrase-file", str(pf), *wf)
    assert code == 0
    for name in ("content.key", "identity.key", "receipt-signing.key", "profile-signing.key"):
        assert (arch / "keys" / name).stat().st_mode & 0o777 == 0o600
        assert b"AGE-SECRET-KEY" not in (arch / "keys" / name).read_bytes()
    assert (arch / "onion").stat().st_mode & 0o777 == 0o700
    profile = P.load_profile(arch / "profile.json")
    assert profile.classic is classic and profile.receiver_onion.endswith(".onion")
    code, out2, _ = _run(capsys, "profile", "show", str(arch / "profile.json"))
    assert code == 0 and profile.fingerprint() in out2 and profile.fingerprint() in out

    answers = {"consent": dict(consent_answers("zh_TW"), method="click"), "how_known": ["EXPERIENCED"],
               "account": "我在六部口。", "name": CANARY_NAME}
    answers["consent"].pop("consent_audio")
    (tmp_path / "a.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    from tests.fixtures.tagged_media import CANARY as AUDIO_CANARY
    from tests.fixtures.tagged_media import write_tagged

    write_tagged(tmp_path / "rec.flac")
    photo = tmp_path / "CANARY-IMG_0412.jpg"
    photo.write_bytes(_jpeg_with_gps())
    tib = tmp_path / "t.tib"
    code, _, err = _run(capsys, "seal", "--profile", str(arch / "profile.json"), "--form", "self_submission",
                        "--answers", str(tmp_path / "a.json"), "--audio", str(tmp_path / "rec.flac"),
                        "--attach", str(photo), "--out", str(tib), "--passphrase-file", str(pf), *wf)
    assert code == 0, err
    assert (intake_home / "keys" / "device.key").exists()
    # Sealing left no plaintext behind: only ciphertext and the encrypted device key were written.
    written = [p for p in intake_home.rglob("*") if p.is_file()] + [p for p in tmp_path.iterdir() if p.is_file()]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(
        ["pass.txt", "a.json", "rec.flac", photo.name, "t.tib"])
    for path in written:
        if path.name in ("a.json", photo.name, "rec.flac"):
            continue  # the inputs themselves
        data = path.read_bytes()
        for canary in (CANARY_NAME.encode(), b"CANARY-SERIAL-0042", "我在六部口".encode()):
            assert canary not in data, path

    keys = ["--key", str(arch / "keys" / "content.key"), "--key", str(arch / "keys" / "identity.key")]
    code, out, err = _run(capsys, "verify", str(tib), *keys, "--passphrase-file", str(pf))
    assert code == 0 and "nothing was written" in out, err
    out_dir = tmp_path / "opened"
    code, out, err = _run(capsys, "open", str(tib), *keys, "--passphrase-file", str(pf), "--out", str(out_dir))
    assert code == 0, err
    content = b"".join(p.read_bytes() for p in (out_dir / "content").rglob("*") if p.is_file())
    identity = b"".join(p.read_bytes() for p in (out_dir / "identity").rglob("*") if p.is_file())
    for canary in (CANARY_NAME.encode(), b"CANARY-SERIAL-0042", b"CANARY-IMG_0412", AUDIO_CANARY):
        assert canary not in content and canary in identity
    originals = sorted(p.read_bytes() for p in (out_dir / "identity" / "originals").iterdir())
    assert originals == sorted([photo.read_bytes(), (tmp_path / "rec.flac").read_bytes()])

    # Tampered: non-zero exit, a message naming what failed, and the output folder stays empty.
    data = bytearray(tib.read_bytes())
    with tarfile.open(tib) as tf:
        member = tf.getmember("content.age")
    data[member.offset_data + member.size // 2] ^= 0x20
    tib.write_bytes(data)
    code, _, err = _run(capsys, "open", str(tib), *keys, "--passphrase-file", str(pf), "--out", str(tmp_path / "o2"))
    assert code == 1 and "changed or damaged" in err
    assert not any((tmp_path / "o2").iterdir())
    code, _, err = _run(capsys, "verify", str(tib), "--key", str(arch / "keys" / "content.key"),
                        "--passphrase-file", str(tmp_path / "a.json"))
    assert code == 1 and "passphrase" in err.lower()


def test_cli_refuses_a_profile_holding_a_private_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = make_archive("classic")
    obj = json.loads(archive.profile.to_json())
    obj["identity_recipients"].append(str(archive.identity_key))
    (tmp_path / "p.json").write_text(json.dumps(obj))
    code, _, err = _run(capsys, "profile", "show", str(tmp_path / "p.json"))
    assert code == 1 and "private key" in err


def test_cli_wrong_key_names_the_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = make_archive("classic")
    tib = tmp_path / "t.tib"
    form = forms.load_form("witness_profile")
    seal_testimony(archive.profile, form.id, form.version, {"roles_1989": ["STUDENT"]}, [],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="interviewer",
                   captured_at=datetime.now().astimezone())
    other = tmp_path / "other.key"
    from intake_crypto.age.keyfile import write_identity_file

    write_identity_file(other, [crypto.X25519Identity.generate()], None)
    code, _, err = _run(capsys, "verify", str(tib), "--key", str(other))
    assert code == 1 and "Wrong key" in err


def test_cli_archive_init_refuses_bad_onions_and_busy_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "archive", "init", str(tmp_path / "a"), "--name", "X", "--no-passphrase",
                        "--receiver-onion", "example.com")
    assert code == 1 and "onion" in err and not (tmp_path / "a").exists()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "keep").write_text("x")
    code, _, err = _run(capsys, "archive", "init", str(tmp_path / "b"), "--name", "X", "--no-passphrase")
    assert code == 1 and "new or empty" in err and [p.name for p in (tmp_path / "b").iterdir()] == ["keep"]


def test_cli_seal_errors_while_the_device_key_unlocks(tmp_path: Path, intake_home: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The device key's KDF runs beside form loading (issue 24): a wrong passphrase or a bad form
    still gives one plain message, exit 1, no bundle and no partial file, and no thread left."""
    import threading

    archive = make_archive("classic")
    (tmp_path / "p.json").write_bytes(archive.profile.to_json())
    device.load_or_create_device_key(PASS, work_factor=LOW_WORK_FACTOR)
    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"], "account": "x"}
    answers["consent"].pop("consent_audio")
    (tmp_path / "a.json").write_text(json.dumps(answers), encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("not the passphrase\n", encoding="utf-8")
    (tmp_path / "right.txt").write_text(PASS + "\n", encoding="utf-8")
    tib = tmp_path / "t.tib"
    common = ["seal", "--profile", str(tmp_path / "p.json"), "--answers", str(tmp_path / "a.json"),
              "--out", str(tib), "--scrypt-work-factor", str(LOW_WORK_FACTOR)]
    code, _, err = _run(capsys, *common, "--form", "self_submission", "--passphrase-file", str(tmp_path / "wrong.txt"))
    assert code == 1 and "passphrase" in err.lower() and "Traceback" not in err
    code, _, err = _run(capsys, *common, "--form", "no_such_form", "--passphrase-file", str(tmp_path / "right.txt"))
    assert code != 0 and "no_such_form" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["a.json", "p.json", "right.txt", "wrong.txt"]
    assert not [t for t in threading.enumerate() if t.name.startswith("device-key")]
    code, _, err = _run(capsys, *common, "--form", "self_submission", "--passphrase-file", str(tmp_path / "right.txt"))
    assert code == 0, err
    assert tib.exists()
