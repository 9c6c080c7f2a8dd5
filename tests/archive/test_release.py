# SPDX-License-Identifier: GPL-3.0-or-later
"""Two-key release of public derivatives, k-anonymity, voice and never the consent recording
(issue 18 item 2; evidence.md R-SP-13; security-review F11; evidence-review §3).

Real archive (``intake archive init``), real custodian keys registered through the CLI, real
``self_submission`` testimonies sealed and opened with the archive's content key, the CLI run as a
user runs it (``python -m intake_app``). The verbal-consent bundle is sealed by a real store from
a consent take marked as the GUI's recorder marks it.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nacl.signing
import numpy as np
import pytest
import soundfile as sf

import intake_forms as forms
from intake_app.archive import custody, publication, release
from intake_app.sealing.service import PayloadSource, open_bundle, seal_testimony
from intake_crypto.age.keyfile import read_identity_file
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import b64, read_signing_key
from tests.archive.test_public_derivative import _consent

THIRD_PARTY = "Officer Zhao Canary"
PLACES = ["Muxidi", "Muxidi", "Muxidi", "Muxidi", "Muxidi", "Changan Avenue", "Tiananmen Square"]


def _intake(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intake_app", *args], check=False, capture_output=True, text=True)


@pytest.fixture
def arc(tmp_path: Path) -> Path:
    arc = tmp_path / "arc"
    r = _intake("archive", "init", str(arc), "--name", "T", "--classic", "--no-passphrase", "--receiver-onion", "")
    assert r.returncode == 0, r.stderr
    return arc


def _custodian(arc: Path, tmp: Path, name: str, register: bool = True) -> Path:
    key_file = tmp / f"{name}.key"
    r = _intake("archive", "custody-key", str(key_file), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    if register:
        public = b64(bytes(read_signing_key(key_file, None).verify_key))
        r = _intake("archive", "custodian-add", "--archive", str(arc), "--public-key", public, "--role", "release",
                    "--no-passphrase")
        assert r.returncode == 0, r.stderr
    return key_file


def _flac(seconds: float, freq: float) -> bytes:
    t = np.arange(int(48000 * seconds)) / 48000
    out = io.BytesIO()
    sf.write(out, (0.3 * np.sin(2 * np.pi * freq * t)).astype("float32"), 48000, format="FLAC", subtype="PCM_24")
    return out.getvalue()


def _seal(arc: Path, openings: Path, n: int, *, when: str, where: str, voice: str = "no",
          account: str = "I saw soldiers fire.") -> Path:
    profile = load_profile(arc / "profile.json")
    form = forms.load_form("self_submission")
    answers = {"consent": _consent(publish_text="yes", publish_voice=voice, embargo="none"),
               "name": f"CANARY-NAME-{n}", "roles_1989": ["STUDENT"], "how_known": ["SAW"],
               "account": account, "account_lang": "CMN", "when": when, "where": {"text": where},
               "what": ["K01_SHOT"]}
    assert form.validate(answers) == []
    audio = _flac(1.0, 440)
    tib = openings.parent / "tibs" / f"{n}.tib"
    tib.parent.mkdir(parents=True, exist_ok=True)
    seal_testimony(profile, form.id, form.version, answers,
                   [PayloadSource("rec.flac", lambda: io.BytesIO(audio), len(audio), "audio/flac", "audio")],
                   nacl.signing.SigningKey.generate(), tib, interviewer_role="witness",
                   captured_at=datetime(2026, 11, 20, 10, n, 7, tzinfo=UTC))
    out = openings / f"t{n}"
    open_bundle(tib, read_identity_file(arc / "keys" / "content.key", None), out)
    open_bundle(tib, read_identity_file(arc / "keys" / "identity.key", None), openings.parent / "identity" / f"t{n}")
    return out


def _archive_of(arc: Path, tmp: Path, places: list[str], **kw: Any) -> list[Path]:
    openings = tmp / "openings"
    out = [_seal(arc, openings, n, when="1989-06-04" if n % 2 else "1989-06-03", where=place,
                  account=f"I saw {THIRD_PARTY} order the shooting." if n == 0 else "I saw soldiers fire.", **kw)
            for n, place in enumerate(places)]
    r = _intake("archive", "publish-index", "--archive", str(arc), str(openings), "--replace")
    assert r.returncode == 0, r.stderr
    return out


def _public(bag_dir: Path) -> dict[str, Any]:
    return dict(json.loads((bag_dir / "data" / "answers.json").read_text(encoding="utf-8"))["content"])


def test_release_needs_a_second_registered_custodians_signature(arc: Path, tmp_path: Path) -> None:
    opened = _archive_of(arc, tmp_path, PLACES)
    target = opened[0]
    alice, bob = _custodian(arc, tmp_path, "alice"), _custodian(arc, tmp_path, "bob")
    mallory = _custodian(arc, tmp_path, "mallory", register=False)
    proposal, public = tmp_path / "proposal", tmp_path / "public"
    answers_before = (target / "content" / "answers.json").read_bytes()

    r = _intake("archive", "publish", str(target), "--out", str(proposal), "--archive", str(arc),
                "--custody-key", str(alice), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    proposed = _public(proposal / "proposed")
    assert THIRD_PARTY in proposed["account"]  # the narrative is proposed, for review only
    # One custodian alone cannot publish: not by release, not by reviewing their own proposal,
    # not with an unregistered key, not through export-bag.
    for args in (("release", str(target), str(proposal), "--out", str(public), "--archive", str(arc),
                  "--custody-key", str(alice)),
                 ("review", str(target), str(proposal), "--archive", str(arc), "--custody-key", str(alice)),
                 ("review", str(target), str(proposal), "--archive", str(arc), "--custody-key", str(mallory)),
                 ("export-bag", str(target), "--out", str(public), "--derivative", "public",
                  "--custody-key", str(alice))):
        r = _intake("archive" if args[0] != "export-bag" else args[0], *(args if args[0] != "export-bag" else args[1:]),
                    "--no-passphrase")
        assert r.returncode != 0 and "Traceback" not in r.stderr, (args[0], r.stderr)
        assert not public.exists() or not any(public.iterdir())
    assert "second custodian" in r.stderr or "second custodian" in _intake(
        "archive", "release", str(target), str(proposal), "--out", str(public), "--archive", str(arc),
        "--custody-key", str(alice), "--no-passphrase").stderr

    r = _intake("archive", "review", str(target), str(proposal), "--archive", str(arc), "--custody-key", str(bob),
                "--no-passphrase", "--redact", f"account={THIRD_PARTY}")
    assert r.returncode == 0, r.stderr
    r = _intake("archive", "release", str(target), str(proposal), "--out", str(public), "--archive", str(arc),
                "--custody-key", str(alice), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    published = _public(public)
    assert published["account"] == f"I saw {release.REDACTED} order the shooting."
    assert not any(THIRD_PARTY.encode() in p.read_bytes() for p in public.rglob("*") if p.is_file())
    # The redaction is a derivative with lineage, never an edit: the proposal and the opened
    # testimony keep the text; the review record names the span's hash, never the span.
    assert THIRD_PARTY in _public(proposal / "proposed")["account"]
    assert (target / "content" / "answers.json").read_bytes() == answers_before
    doc = json.loads((proposal / "review.json").read_text(encoding="utf-8"))
    assert THIRD_PARTY not in json.dumps(doc, ensure_ascii=False)
    assert doc["review"]["derived_from"] == doc["proposed_digest"] != doc["review"]["reviewed_digest"]
    (redaction,) = doc["review"]["redactions"]
    assert redaction["span_sha256"] == hashlib.sha256(THIRD_PARTY.encode()).hexdigest()
    assert doc["consent_checked"]["publish_text"] == "yes" and doc["consent_checked"]["embargo"] == "none"
    assert {"item": "content.account", "decision": "publish"} in doc["decisions"]
    assert {"item": "content.account", "decision": "review",  # the witness's choices, for the reviewer
            "reason": "third_party_names=no: remove other people's names"} in doc["decisions"]
    # Nothing that joins the identity side (name, bundle id, the sealed file's hash) went out.
    bundle_id = json.loads((target / "content" / "manifest.json").read_text())["bundle_id"]
    sealed_sha = hashlib.sha256((tmp_path / "tibs" / "0.tib").read_bytes()).hexdigest()
    text = "".join(p.read_bytes().decode("utf-8", "replace") for p in public.rglob("*") if p.is_file())
    assert not any(token in text for token in ("CANARY-NAME", bundle_id, sealed_sha, "10:00:07"))
    # Both hands are signed custody events of the testimony (registered keys only).
    events = custody.verify_log(target, {read_signing_key(k, None).verify_key.encode() for k in (alice, bob)})
    kinds = [(e.type, e.detail.get("stage", "")) for e in events]
    assert kinds == [("export", ""), ("redaction", "proposed"), ("redaction", "reviewed"), ("dissemination", "")]
    key_ids = {e.type + e.detail.get("stage", ""): e.agent for e in events}
    assert key_ids["redactionproposed"] != key_ids["redactionreviewed"]


def test_a_reviewed_bag_changed_after_the_review_is_not_released(arc: Path, tmp_path: Path) -> None:
    target = _archive_of(arc, tmp_path, PLACES)[0]
    alice_file, bob_file = _custodian(arc, tmp_path, "alice"), _custodian(arc, tmp_path, "bob")
    alice, bob = read_signing_key(alice_file, None), read_signing_key(bob_file, None)
    proposal = tmp_path / "proposal"
    release.propose(target, proposal, arc, alice)
    release.review(target, proposal, arc, bob, withhold=["when"])
    answers = proposal / "reviewed" / "data" / "answers.json"
    answers.write_text(answers.read_text(encoding="utf-8").replace("I saw", "We saw"), encoding="utf-8")
    with pytest.raises(release.ReleaseError) as exc:
        release.release(target, proposal, tmp_path / "public", arc, alice)
    assert exc.value.reason == "changed" and not (tmp_path / "public").exists()
    # A review signed by the preparer's own key, forged into the record, is refused too.
    release.review(target, proposal, arc, bob)
    doc = json.loads((proposal / "review.json").read_text(encoding="utf-8"))
    doc["review"]["reviewer"]["key"] = doc["preparer"]["key"]
    (proposal / "review.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(release.ReleaseError) as exc:
        release.release(target, proposal, tmp_path / "public", arc, alice)
    assert exc.value.reason == "same_key"


def test_published_details_are_shared_by_k_testimonies(arc: Path, tmp_path: Path) -> None:
    """Seven testimonies; the target's place is told by 5 of them (k=5 keeps it), its exact date
    by fewer: the date is coarsened until 5 share the combination; a target whose place only it
    names loses the place; an archive of 3 cannot publish at k=5."""
    opened = _archive_of(arc, tmp_path, PLACES)
    key = _custodian(arc, tmp_path, "alice")
    alice = read_signing_key(key, None)
    p = release.propose(opened[0], tmp_path / "p0", arc, alice, k=5)
    out = _public(tmp_path / "p0" / "proposed")
    assert out["where"] == {"text": "Muxidi"} and out["when"] in ("1989-06", "1989") and p.class_size >= 5
    population = [json.loads((o / "content" / "answers.json").read_text())["content"] for o in opened]
    shared = [a for a in population if a["where"] == out["where"] and a["when"].startswith(out["when"])]
    assert len(shared) >= 5
    release.propose(opened[6], tmp_path / "p6", arc, alice, k=5)
    assert "where" not in _public(tmp_path / "p6" / "proposed")  # only it names that place
    # Without the k check (k=2) the exact date and place of a pair stay.
    release.propose(opened[1], tmp_path / "p1", arc, alice, k=2)
    assert _public(tmp_path / "p1" / "proposed")["when"] == "1989-06-04"

    small = _archive_of(arc, tmp_path / "small", PLACES[:3])
    r = _intake("archive", "publish", str(small[0]), "--out", str(tmp_path / "ps"), "--archive", str(arc),
                "--custody-key", str(key), "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr and "k-anonymity" in r.stderr
    assert not (tmp_path / "ps").exists()


def test_k_anonymise_generalises_the_most_varied_detail_first() -> None:
    base = {"account_lang": "CMN", "how_known": ["SAW"], "what": ["K01_SHOT"], "where": {"text": "Muxidi"}}
    population = [{**base, "when": f"1989-06-0{d}"} for d in (1, 2, 3, 4, 4)]
    result = publication.k_anonymise("self_submission", population[0], population, k=5)
    assert result.levels["when"] == 1 and result.class_size == 5  # month: all five share 1989-06
    assert all(v == 0 for p, v in result.levels.items() if p != "when")
    with pytest.raises(publication.TooFewTestimonies):
        publication.k_anonymise("self_submission", population[0], population, k=6)


TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9:._+\-/]{7,}|[\u3400-\u9fff]{2,}")


def _tokens(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        found |= set(TOKEN.findall(path.read_bytes().decode("utf-8", errors="replace")))
    return found


def test_released_copies_share_no_rare_token_with_the_identity_side(arc: Path, tmp_path: Path) -> None:
    """The generic linkage test (as tests/archive/test_public_derivative.py) on what the two-key
    release publishes: narrative and voice included. No token of a testimony's identity opening,
    its sealed file or that file's SHA-256 (the public log) that no other testimony shares
    reaches its released bag."""
    opened = _archive_of(arc, tmp_path, PLACES, voice="yes")
    alice = read_signing_key(_custodian(arc, tmp_path, "alice"), None)
    bob = read_signing_key(_custodian(arc, tmp_path, "bob"), None)
    cases = []
    for n in (0, 1, 2):
        public = tmp_path / f"public{n}"
        release.propose(opened[n], tmp_path / f"proposal{n}", arc, alice)
        release.review(opened[n], tmp_path / f"proposal{n}", arc, bob)
        release.release(opened[n], tmp_path / f"proposal{n}", public, arc, alice)
        tib = tmp_path / "tibs" / f"{n}.tib"
        identity = tmp_path / "identity" / f"t{n}"
        secret = _tokens([p for p in identity.rglob("*") if p.is_file()] + [tib])
        secret.add(hashlib.sha256(tib.read_bytes()).hexdigest())
        published = _tokens([p for p in public.rglob("*") if p.is_file()])
        assert list(public.rglob("*.ogg")), "the voice was published (publish_voice=yes)"
        cases.append((secret, published))
    for i, (secret, published) in enumerate(cases):
        others = set().union(*(s | p for j, (s, p) in enumerate(cases) if j != i))
        rare = secret - others
        assert any("CANARY-NAME" in t for t in rare)  # the check can see
        assert not rare & published, f"testimony {i}: the released bag shares {sorted(rare & published)}"


def test_k_counts_the_whole_archive_not_the_corpus_named(arc: Path, tmp_path: Path) -> None:
    """Issue 18 item 2: six testimonies in the archive share the target's exact date and place, so
    at k=5 they are published as answered, even when ``--corpus`` names a folder holding only one
    other opening (on the old code the corpus alone was counted: 2 < 5, refused). The index holds
    no bundle id and no identity answer and is 0600; without it, or when it is older than the
    openings, publish refuses and writes nothing."""
    import shutil
    import stat

    openings = tmp_path / "openings"
    opened = [_seal(arc, openings, n, when="1989-06-04", where="Muxidi") for n in range(6)]
    r = _intake("archive", "publish-index", "--archive", str(arc), str(openings))
    assert r.returncode == 0, r.stderr
    index = arc / release.INDEX_NAME
    assert stat.S_IMODE(index.stat().st_mode) == 0o600
    text = index.read_text(encoding="utf-8")
    for o in opened:
        manifest = json.loads((o / "content" / "manifest.json").read_text(encoding="utf-8"))
        assert str(manifest["bundle_id"]) not in text
    assert "CANARY-NAME" not in text and "link" not in text
    one = tmp_path / "one"
    shutil.copytree(opened[1], one / "t1")
    key = _custodian(arc, tmp_path, "alice")
    r = _intake("archive", "publish", str(opened[0]), "--out", str(tmp_path / "p"), "--archive", str(arc),
                "--corpus", str(one), "--custody-key", str(key), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    out = _public(tmp_path / "p" / "proposed")
    assert out["when"] == "1989-06-04" and out["where"] == {"text": "Muxidi"}
    assert json.loads((tmp_path / "p" / "review.json").read_text(encoding="utf-8"))["class_size"] == 6

    # A rebuild from a partial folder would shrink the count: refused unless --replace.
    r = _intake("archive", "publish-index", "--archive", str(arc), str(one))
    assert r.returncode != 0 and "Traceback" not in r.stderr and "fewer testimonies" in r.stderr
    assert json.loads(index.read_text(encoding="utf-8")) == json.loads(text)

    # A testimony opened after the index was built: refused until the index is rebuilt.
    late = _seal(arc, openings, 7, when="1989-06-04", where="Muxidi")
    r = _intake("archive", "publish", str(late), "--out", str(tmp_path / "pl"), "--archive", str(arc),
                "--custody-key", str(key), "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr and "older than its openings" in r.stderr
    assert "publish-index" in r.stderr and not (tmp_path / "pl").exists()
    # No index: refused, nothing written.
    index.unlink()
    r = _intake("archive", "publish", str(opened[2]), "--out", str(tmp_path / "pm"), "--archive", str(arc),
                "--custody-key", str(key), "--no-passphrase")
    assert r.returncode != 0 and "Traceback" not in r.stderr and "no publication index" in r.stderr and "publish-index" in r.stderr
    assert not (tmp_path / "pm").exists()


def test_intake_open_with_the_archive_keeps_its_publication_index_up_to_date(arc: Path, tmp_path: Path) -> None:
    """Issue 18 item 2 follow-up: ``intake open`` of a bundle in ARCHIVE/incoming (or named with
    ``--archive``) adds the testimony's quasi-identifier row to the archive's publication index,
    once per bundle however often it is opened, and publish then counts it without a rebuild
    (on the old code: refused, the index older than the opening). Opening the identity side adds
    nothing. The index keeps its format: no bundle id, name, time or path."""
    import shutil
    import stat

    index = arc / release.INDEX_NAME
    assert json.loads(index.read_text(encoding="utf-8"))["forms"] == {}  # made by archive init
    side = tmp_path / "side" / "openings"
    for n in range(6):
        _seal(arc, side, n, when="1989-06-04", where="Muxidi")
    incoming = arc / "incoming"
    incoming.mkdir(exist_ok=True)
    for n in range(5):
        shutil.copy(side.parent / "tibs" / f"{n}.tib", incoming / f"{n}.tib")
    outs = []
    for n in range(5):
        out = tmp_path / "openings" / f"t{n}"
        r = _intake("open", str(incoming / f"{n}.tib"), "--key", str(arc / "keys" / "content.key"), "--out", str(out))
        assert r.returncode == 0 and "publication index" in r.stdout, r.stdout + r.stderr
        outs.append(out)
    # Opened again into another folder, and its identity side: nothing added.
    r = _intake("open", str(incoming / "0.tib"), "--key", str(arc / "keys" / "content.key"),
                "--out", str(tmp_path / "again"))
    assert r.returncode == 0 and "publication index" not in r.stdout, r.stdout
    r = _intake("open", str(incoming / "1.tib"), "--key", str(arc / "keys" / "identity.key"),
                "--out", str(tmp_path / "identity1"))
    assert r.returncode == 0 and "publication index" not in r.stdout, r.stdout
    # A bundle handed over outside incoming/, opened with --archive: counted too.
    out = tmp_path / "openings" / "t5"
    r = _intake("open", str(side.parent / "tibs" / "5.tib"), "--key", str(arc / "keys" / "content.key"),
                "--out", str(out), "--archive", str(arc))
    assert r.returncode == 0 and "publication index" in r.stdout, r.stdout + r.stderr
    doc = json.loads(index.read_text(encoding="utf-8"))
    assert [len(rows) for rows in doc["forms"].values()] == [6], doc
    assert stat.S_IMODE(index.stat().st_mode) == 0o600
    assert stat.S_IMODE((arc / release.SEEN_NAME).stat().st_mode) == 0o600
    text = index.read_text(encoding="utf-8")
    for o in outs:
        assert str(json.loads((o / "content" / "manifest.json").read_text(encoding="utf-8"))["bundle_id"]) not in text
    assert "CANARY-NAME" not in text and str(tmp_path) not in text and "2026" not in text
    key = _custodian(arc, tmp_path, "alice")
    r = _intake("archive", "publish", str(out), "--out", str(tmp_path / "p"), "--archive", str(arc),
                "--custody-key", str(key), "--no-passphrase")
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "p" / "review.json").read_text(encoding="utf-8"))["class_size"] == 6
    # A rebuild naming a folder that does not exist, or a directory that is no archive: refused.
    r = _intake("archive", "publish-index", "--archive", str(arc), str(tmp_path / "nowhere"))
    assert r.returncode != 0 and "Traceback" not in r.stderr and "does not exist" in r.stderr
    r = _intake("archive", "publish-index", "--archive", str(tmp_path / "openings"), str(tmp_path / "openings"))
    assert r.returncode != 0 and "Traceback" not in r.stderr and "--archive" in r.stderr
    assert not (tmp_path / "openings" / release.INDEX_NAME).exists()
