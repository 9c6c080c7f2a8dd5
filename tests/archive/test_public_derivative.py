# SPDX-License-Identifier: GPL-3.0-or-later
"""Public derivatives of real witness testimonies share nothing with the identity side (issue 18,
security-review.md F1, F11; evidence-review.md §3).

Generic rather than field by field: several testimonies are sealed with the real ``self_submission``
form, each is opened twice (identity key only, content key only, as two custodians would), and
its public derivative is made. Every *rare* token of a testimony's identity opening, of its sealed
file's plaintext bytes and of what the public log would show (the sealed file's SHA-256) — a token
that occurs in no other testimony's outputs — must be absent from that testimony's public bag.
On the code before this test (commit 15d6e76) it fails: the bundle id (identity opening's
``verification.json``, the sealed file's plaintext) was the public bag's ``DC-Identifier``.
"""

from __future__ import annotations

import hashlib
import http.client
import io
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

import intake_forms as forms
from intake_app.archive import bag
from intake_app.sealing.service import PayloadSource, open_bundle, seal_testimony
from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key
from tests.bundle_support import make_archive

TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9:._+\-/]{7,}|[\u3400-\u9fff]{2,}")


def _consent(**choices: str) -> dict[str, Any]:
    """A complete consent (first option everywhere, as a cautious witness might), then ``choices``."""
    form = forms.load_form("consent")
    out: dict[str, Any] = {"method": "click", "script_lang": "en", "script_id": f"consent@{form.version} sha256:{'0' * 64}"}
    for field in form.fields:
        if not field.required or field.show_if is not None or field.id in out or field.id == "script_id":
            continue
        if field.type == "consent":
            out[field.id] = form.consent_answer(field.id, True, "en")
        elif field.type == "choice":
            out[field.id] = field.options[0].code
        elif field.type == "time":
            out[field.id] = {"local": "2026-11-20T10:05", "zone": "Asia/Hong_Kong", "qualifier": "exact"}
    out.update(choices)
    return out


def _answers(n: int, name: str, **consent: str) -> dict[str, Any]:
    return {
        "consent": _consent(**consent),
        "name": name,
        "contact": f"canary-contact-{n}@example.org",
        "roles_1989": ["STUDENT"],
        "how_known": ["SAW"],
        "account": f"CANARY-ACCOUNT-{n}: I saw soldiers fire at Muxidi.",
        "account_lang": "CMN",
        "when": "1989-06-04",
        "where": {"text": "Muxidi"},
        "what": ["K01_SHOT"],
    }


def _tokens(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        found |= set(TOKEN.findall(path.read_bytes().decode("utf-8", errors="replace")))
    return found


def _files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def _testimony(tmp: Path, n: int, **consent: str) -> dict[str, Any]:
    archive = make_archive("classic")
    form = forms.load_form("self_submission")
    answers = _answers(n, f"CANARY-NAME-{n} 王{'一二三四'[n]}明", **consent)
    assert form.validate(answers) == [], [p.path for p in form.validate(answers)]
    audio = f"fLaC-voice-{n}".encode() * 200
    tmp.mkdir(parents=True)
    tib = tmp / "b.tib"
    seal_testimony(archive.profile, form.id, form.version, answers,
                   [PayloadSource("rec.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="witness",
                   captured_at=datetime(2026, 11, 20, 10, n, 7, tzinfo=UTC))
    open_bundle(tib, [archive.identity_key], tmp / "identity-opening")
    open_bundle(tib, [archive.content_key], tmp / "content-opening")
    return {"tib": tib, "identity": tmp / "identity-opening", "content": tmp / "content-opening",
            "sha256": hashlib.sha256(tib.read_bytes()).hexdigest()}


def test_no_rare_token_of_the_identity_side_reaches_the_public_bag(tmp_path: Path) -> None:
    key = nacl.signing.SigningKey.generate()
    cases = [_testimony(tmp_path / f"t{n}", n, publish_text="yes", publish_voice="yes", embargo="none")
             for n in range(3)]
    for case in cases:
        case["public"] = bag.export_bag(case["content"], case["tib"].parent / "public", key, derivative="public")
        case["secret"] = _tokens(_files(case["identity"]) + [case["tib"]]) | {case["sha256"]}
        case["published"] = _tokens(_files(case["public"]))
    for i, case in enumerate(cases):
        others: set[str] = set()
        for j, other in enumerate(cases):
            if j != i:
                others |= other["secret"] | other["published"]
        rare = case["secret"] - others
        assert any("CANARY-NAME" in t for t in rare) and case["sha256"] in rare  # the check can see
        leaked = rare & case["published"]
        assert not leaked, f"testimony {i}: the public bag shares {sorted(leaked)} with its identity side"
    published = json.loads((cases[0]["public"] / "data" / "answers.json").read_text(encoding="utf-8"))
    # What a witness's own account may carry publicly: the event's date, place and acts, how they know.
    assert published == {"content": {"account_lang": "CMN", "how_known": ["SAW"], "what": ["K01_SHOT"],
                                     "when": "1989-06-04", "where": {"text": "Muxidi"}}}
    for case in cases:
        names = {p.relative_to(case["public"]).as_posix() for p in _files(case["public"])}
        assert not any(n.endswith(".flac") for n in names), "no recording is published (consent audio never)"
        assert not any(b"CANARY-ACCOUNT" in p.read_bytes() for p in _files(case["public"])), "restricted text"


@pytest.mark.parametrize("consent", [
    {"publish_text": "no", "embargo": "none"},
    {"publish_text": "yes", "embargo": "until_date", "embargo_until": "2039-06-04"},
    {"publish_text": "yes", "embargo": "until_death"},
])
def test_no_public_copy_without_consent_or_under_embargo(tmp_path: Path, consent: dict[str, str]) -> None:
    case = _testimony(tmp_path / "t", 0, **consent)
    with pytest.raises(bag.BagExportError):
        bag.export_bag(case["content"], tmp_path / "public", nacl.signing.SigningKey.generate(), derivative="public")
    assert not any(p.suffix == ".json" for p in _files(tmp_path / "public")) if (tmp_path / "public").exists() else True


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


def _served(port: int, path: str) -> str:
    """An answer of the real receiver's public log, as anyone on the network gets it."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        answer = conn.getresponse()
        assert answer.status == 200
        raw = answer.read().decode("utf-8")
    finally:
        conn.close()
    # The JSON as served, and its strings decoded (a receipt's lines are "\n"-escaped in JSON).
    decoded = json.loads(raw) if raw.startswith("{") else raw
    return raw + "\n" + (json.dumps(decoded, ensure_ascii=False).encode().decode("unicode_escape")
                         if isinstance(decoded, dict) else "")


def _through_the_archive(tmp_path: Path) -> tuple[Path, list[dict[str, Any]], str]:
    """Three testimonies the real way: sealed to an archive made by ``intake archive init``,
    submitted to a real receiver, fetched by ``intake fetch`` (custody logs started), each opened by
    ``intake open`` twice with the custody key (``identity-N`` with the identity key only,
    ``content-N`` with the content key only, as two custodians do). Returns the archive, per
    testimony its SHA-256, receipt code, log index and served log entry, and the served checkpoint."""
    archive = tmp_path / "archive"
    made = _intake("archive", "init", str(archive), "--name", "Test", "--classic", "--no-passphrase",
                   "--receiver-onion", "a" * 56 + ".onion")
    assert made.returncode == 0, made.stderr
    assert _intake("archive", "custody-key", str(tmp_path / "k"), "--no-passphrase").returncode == 0
    profile = load_profile(archive / "profile.json")
    form = forms.load_form("self_submission")
    server = ReceiverServer(archive, read_signing_key(archive / "keys" / "receipt-signing.key", None), Limits()).start()
    cases: list[dict[str, Any]] = []
    try:
        for n in range(3):
            answers = _answers(n, f"CANARY-NAME-{n} 王{'一二三四'[n]}明", publish_text="yes", publish_voice="yes",
                               embargo="none")
            audio = f"fLaC-voice-{n}".encode() * 200
            tib = tmp_path / f"sent-{n}.tib"
            seal_testimony(profile, form.id, form.version, answers,
                           [PayloadSource("rec.flac", lambda a=audio: io.BytesIO(a), len(audio), "audio/flac", "audio")],
                           nacl.signing.SigningKey.generate(), tib, interviewer_role="witness",
                           captured_at=datetime(2026, 11, 20, 10, n, 7, tzinfo=UTC))
            result = client.submit(tib, profile, tor=None, insecure_direct_url=server.url)
            cases.append({"sha256": hashlib.sha256(tib.read_bytes()).hexdigest(), "code": result.code,
                          "index": result.receipt.log_index})
        fetched = _intake("fetch", "--archive", str(archive), "--receiver", server.url, "--custody-key",
                          str(tmp_path / "k"), "--no-passphrase", "--token-file", str(archive / "staff-token"))
        assert fetched.returncode == 0, fetched.stderr
        for case in cases:
            case["log"] = _served(server.port, f"/v1/log/entry?index={case['index']}")
        checkpoint = _served(server.port, "/v1/log/checkpoint")
    finally:
        server.stop()
    for n, case in enumerate(cases):
        tib = archive / "incoming" / f"{case['sha256']}.tib"
        for side in ("identity", "content"):
            opened = _intake("open", str(tib), "--key", str(archive / "keys" / f"{side}.key"), "--out",
                             str(tmp_path / f"{side}-{n}"), "--custody-key", str(tmp_path / "k"))
            assert opened.returncode == 0, opened.stderr
    return archive, cases, checkpoint


def test_no_rare_token_of_the_public_log_or_a_receipt_code_reaches_a_public_bag_or_an_identity_opening(
        tmp_path: Path, intake_home: Path) -> None:
    """Issue 18 items 3 and 7, security-review F2: three testimonies go through the real path
    (sealed to an archive made by ``intake archive init``, submitted to a real receiver, fetched
    by ``intake fetch``, opened by ``intake open`` with the identity key only and the content key
    only, the way two custodians do, custody logs continued). Every rare token of what the
    receiver's public log serves for a testimony's entry, and of its receipt code, must be absent
    from its public bag and from its identity opening (verification report and custody log
    included), nor may the identity opening record the receipt's log index (too short for a token,
    but the code names it). On the code before receipts v2 (commit cab55df) it fails: the log
    entry's ``bundle-sha256`` is the identity opening's ``verification.json`` ``bundle_sha256``."""
    _, cases, checkpoint = _through_the_archive(tmp_path)
    key = nacl.signing.SigningKey.generate()
    for n, case in enumerate(cases):
        case["identity"] = _tokens(_files(tmp_path / f"identity-{n}"))
        case["published"] = _tokens(_files(bag.export_bag(tmp_path / f"content-{n}", tmp_path / f"public-{n}", key,
                                                          derivative="public")))
        case["public log"] = set(TOKEN.findall(case["log"] + "\n" + checkpoint)) | {case["code"]}
    for i, case in enumerate(cases):
        others: set[str] = set()
        for j, other in enumerate(cases):
            if j != i:
                others |= other["public log"] | other["identity"] | other["published"]
        rare = case["public log"] - others
        assert case["code"] in rare and any("CANARY-NAME" in t for t in case["identity"])  # the check can see
        leaked_public = rare & case["published"]
        assert not leaked_public, f"testimony {i}: its public bag shares {sorted(leaked_public)} with the public log"
        leaked_identity = rare & case["identity"]
        assert not leaked_identity, (f"testimony {i}: its identity opening shares {sorted(leaked_identity)} "
                                     "with the public log or its receipt code")
    # Too short for a token, yet unique per testimony: the log index, which the receipt code names.
    for n in range(len(cases)):
        for path in _files(tmp_path / f"identity-{n}"):
            text = path.read_bytes().decode("utf-8", errors="replace")
            assert not re.search(r"log.?index", text, re.IGNORECASE), f"{path.name} records the receipt's log index"


def _identity_envelope(opened: Path) -> set[str]:
    """What an identity opening holds by design and shares with the content side (SPEC 2.5, 2.7):
    the identity manifest's envelope (link id, capture and seal times, device key and its key id,
    enrolment), in the manifest's own form and as a custody event writes a time. Not the bundle id:
    the identity manifest has none."""
    from intake_crypto.bundle.signing import key_id, unb64

    m = json.loads((opened / "identity" / "manifest.json").read_text(encoding="utf-8"))
    times = [m.get("sealed_at"), (m.get("captured") or {}).get("started"), (m.get("captured") or {}).get("ended")]
    fields: list[Any] = [m.get(k) for k in ("link_id", "device_public_key", "enrolment", "captured", "sealed_at")]
    fields += [datetime.fromisoformat(str(t)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
               for t in times if t]
    kid = key_id(unb64(m["device_public_key"], 32))
    fields += [kid, kid[:12]]  # the reports name the device by its key id (the text report by 12 digits)
    return set(TOKEN.findall(json.dumps(fields)))


def test_an_identity_opening_names_no_bundle_id_or_sealed_file_hash(tmp_path: Path, intake_home: Path) -> None:
    """Issue 18 item 1: the only join between identity and content is the random link id inside the
    encryption. Three testimonies go the real way (submitted, fetched, opened by ``intake open``
    with one key each and the custody key, joined by ``intake archive link``, the identity side
    bagged by ``intake export-bag`` as its own AIP). Every rare token of a testimony's identity
    opening and identity AIP (report, custody log, PREMIS, bag-info, file names) must be absent from
    the plaintext of its sealed file (the ``BUNDLE`` member), the file's SHA-256, its names in the
    receiver's ``incoming/`` and its content opening, except the link id and the identity
    manifest's own envelope (SPEC 2.7). The identity AIP still verifies with the standalone
    verifier, its custody log naming the identity manifest. On the code before (1de7913) it fails:
    the identity opening's ``verification.json`` named the bundle id and SHA-256 and its custody log
    was the fetch's, whose events name the stored file."""
    import tarfile

    from intake_crypto.bundle.signing import b64

    archive, cases, _ = _through_the_archive(tmp_path)
    custodian = b64(bytes(read_signing_key(tmp_path / "k", None).verify_key))
    verifier = Path(__file__).resolve().parents[2] / "verifier" / "verify_bag.py"
    for n, case in enumerate(cases):
        sha, identity, content = case["sha256"], tmp_path / f"identity-{n}", tmp_path / f"content-{n}"
        tib = archive / "incoming" / f"{sha}.tib"
        with tarfile.open(tib) as tf:
            case["bundle_id"] = json.loads(tf.extractfile("BUNDLE").read())["bundle_id"]  # type: ignore[union-attr]
        linked = _intake("archive", "link", str(content), str(identity), "--custody-key", str(tmp_path / "k"),
                         "--no-passphrase")
        assert linked.returncode == 0, linked.stderr
        aip = tmp_path / f"identity-aip-{n}"
        made = _intake("export-bag", str(identity), "--out", str(aip), "--custody-key", str(tmp_path / "k"),
                       "--no-passphrase")
        assert made.returncode == 0, made.stderr
        checked = subprocess.run([sys.executable, "-I", str(verifier), str(aip), "--custody-key", custodian],
                                 check=False, capture_output=True, text=True, cwd=tmp_path)
        assert checked.returncode == 0 and "RESULT: all checks passed" in checked.stdout, checked.stdout
        assert "custody log names the identity manifest" in checked.stdout, checked.stdout
        names = " ".join(p.name for p in (archive / "incoming").iterdir() if p.name.startswith(sha))
        files = _files(identity) + _files(aip)
        case["identity"] = _tokens(files) | set(TOKEN.findall(" ".join(p.as_posix() for p in files)))
        case["identity bytes"] = b"\n".join([p.read_bytes() for p in files] + [p.as_posix().encode() for p in files])
        case["sealed side"] = _tokens([tib] + _files(content)) | set(TOKEN.findall(names)) | {sha}
        case["envelope"] = _identity_envelope(identity)
        case["link_id"] = json.loads((identity / "identity" / "manifest.json").read_text(encoding="utf-8"))["link_id"]
    for i, case in enumerate(cases):
        others = set().union(*(c["identity"] | c["sealed side"] for j, c in enumerate(cases) if j != i))
        rare = case["identity"] - others
        # The check can see: the name, the bundle id in the plaintext, the link id on both sides.
        assert any("CANARY-NAME" in t for t in rare) and case["bundle_id"] in case["sealed side"] - others
        assert case["link_id"] in rare & case["sealed side"]
        shared = (rare & case["sealed side"]) - case["envelope"]
        assert not shared, (f"testimony {i}: its identity opening or AIP shares {sorted(shared)} with its sealed "
                            "file's plaintext, hash, incoming/ names or content opening")
        for secret in (case["bundle_id"], case["sha256"]):  # not even inside a longer token or a path
            assert secret.encode() not in case["identity bytes"].lower(), f"testimony {i} names {secret}"


def _interview(n: int) -> dict[str, Any]:
    """A whole interview (``testimony`` composite) whose sealed witness names their relation to a victim,
    with a document: its original sealed to identity, its cleaned copy on the content side."""
    from tests.unit.forms.example import full_interview

    answers = full_interview()
    answers["witness_identity"]["name_hanzi"] = f"CANARY-WITNESS-{n} 王{'一二三四'[n]}明"
    answers["victim_record"]["victims"][0]["name_hanzi"] = f"CANARY-VICTIM-{n}"
    answers["consent"]["pseudonym"] = f"Old Lin {n}"
    kind = forms.load_form("documents").field("items.kind").options[0].code
    answers["documents"] = {"items": [{
        "item_id": forms.new_ref(), "kind": kind, "source": "witness_supplied", "provenance": "given by the witness",
        "original_file": {"ref": f"IMG_{n}.jpg", "media_type": "image/jpeg"},
        "clean_copy": {"ref": f"clean-{n}.jpg", "media_type": "image/jpeg"}}]}
    return answers


def _envelope(opened: Path) -> set[str]:
    """What both openings hold by design (SPEC 2.5, 2.7): the manifests' envelope (link id, bundle id,
    capture and seal times, device key) and the identity manifest's derivation record, which names each
    cleaned copy's path and SHA-256 beside its original (THREAT_MODEL section 5 says what that joins)."""
    content = json.loads((opened / "content" / "content" / "manifest.json").read_text(encoding="utf-8"))
    identity = json.loads((opened / "identity" / "identity" / "manifest.json").read_text(encoding="utf-8"))
    fields = [content.get(k) for k in ("link_id", "bundle_id", "sealed_at", "device_public_key", "captured")]
    fields += [[d["derived"], d["derived_sha256"]] for d in identity.get("derivations", [])]
    return set(TOKEN.findall(json.dumps(fields)))


def test_the_two_openings_of_a_testimony_share_nothing_but_the_envelope(tmp_path: Path) -> None:
    """Issue 18 item 4 (security-review F1): the identity opening and the content opening of one testimony,
    made by two custodians with one key each, may share only the manifests' envelope (the link id, the
    bundle id, capture and seal times, the device key; SPEC 2.5, THREAT_MODEL section 5), which no
    content answer, research copy or public derivative carries, and the identity manifest's record of which
    cleaned copy an original became (its path and SHA-256, by design; THREAT_MODEL says what it joins). Any other rare token on both sides (an id
    in the answers) would join a witness's name to their testimony wherever content answers travel. On
    witness_identity 1.0.0 it fails: the victim record's id was both in the sealed
    ``relations_to_victims`` and in the content answers (``victim_id``, ``victim_refs``)."""
    archive = make_archive("classic")
    form = forms.load_form("testimony")
    cases = []
    for n in range(3):
        answers = _interview(n)
        assert form.validate(answers) == [], [(p.path, p.code) for p in form.validate(answers)]
        here = tmp_path / f"t{n}"
        here.mkdir()
        tib = here / "b.tib"
        payloads = [PayloadSource(name, lambda n=n, name=name: io.BytesIO(f"fLaC-{name}-{n}".encode() * 100),
                                  len(f"fLaC-{name}-{n}".encode() * 100), "audio/flac", "audio")
                    for name in ("consent.flac", "testimony-1.flac")]
        photo, clean = f"JFIF-original-{n}".encode() * 50, f"JFIF-clean-{n}".encode() * 40
        payloads += [PayloadSource(f"IMG_{n}.jpg", lambda b=photo: io.BytesIO(b), len(photo), "image/jpeg",
                                   "attachment", original=True),
                     PayloadSource(f"clean-{n}.jpg", lambda b=clean: io.BytesIO(b), len(clean), "image/jpeg",
                                   "attachment", derived_from=f"IMG_{n}.jpg")]
        seal_testimony(archive.profile, form.id, form.version, answers, payloads, nacl.signing.SigningKey.generate(),
                       tib, interviewer_role="interviewer", captured_at=datetime(2026, 11, 20, 10, n, 7, tzinfo=UTC))
        open_bundle(tib, [archive.identity_key], here / "identity")
        open_bundle(tib, [archive.content_key], here / "content")
        cases.append({"identity": _tokens(_files(here / "identity")), "content": _tokens(_files(here / "content")),
                      "envelope": _envelope(here),
                      "victim": answers["victim_record"]["victims"][0]["victim_id"]})
    for i, case in enumerate(cases):
        others = set().union(*(c["identity"] | c["content"] for j, c in enumerate(cases) if j != i))
        rare = case["identity"] - others
        assert any("CANARY-WITNESS" in t for t in rare) and case["victim"] in case["content"]  # the check can see
        assert any(t.startswith("IMG_") for t in rare)  # the original's name, identity side only
        shared = (rare & case["content"]) - case["envelope"]
        assert not shared, f"testimony {i}: its identity and content openings share {sorted(shared)}"
