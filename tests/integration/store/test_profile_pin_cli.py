# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line keeps to the archive a store is bound to (issue 19; security review F12, F4).

``intake store finalize --profile OTHER`` used to seal a store bound to archive A for archive B
without a word. Now: a plain refusal, a non-zero exit, no traceback, nothing sealed; the only way
to another archive is ``intake store rebind`` with the fingerprint read out by phone, refused
while material sealed for the current archive waits. A profile whose name draws a fake
"Fingerprint:" line is refused by ``profile show`` and ``archive init``; no such line is printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import intake_forms as forms
from intake_app.archive.setup import create_archive
from intake_app.store import Store
from tests.fixtures.crafted_profile import crafted_profile
from tests.integration.store.conftest import PASSPHRASE, run_cli

FAST_KDF = ["--kdf-ops", "1", "--kdf-mem-mib", "8"]


def _answers(path: Path, with_identity: bool) -> Path:
    answers = {
        "interviewer_code": "IV-07", "place_region": "Beijing", "not_recorded_reason": "none",
        "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
        "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
        "interpreter_used": False, "recording": "audio", "recording_notice": True, "readback": "read_back",
        "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
        "copy_offered": "given", "others_present": "nobody", "inducement": "none",
    }
    if with_identity:
        answers["interviewer_name"] = "Interviewer Name"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return path


def _plain_refusal(r: object, *needles: str) -> None:
    assert r.returncode != 0, r.stdout  # type: ignore[attr-defined]
    err = r.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in err, err
    for needle in needles:
        assert needle in err, err


def test_finalize_refuses_another_archives_profile(intake_home: Path, inputs: Path, passfile: Path,
                                                   tmp_path: Path) -> None:
    a = create_archive(tmp_path / "a", "Archive A", passphrase=None, receiver_onion="")
    b = create_archive(tmp_path / "b", "Archive B", passphrase=None, receiver_onion="")
    a_fp, b_fp = str(a.profile.fingerprint()), str(b.profile.fingerprint())
    pp = ["--passphrase-file", str(passfile)]
    r = run_cli(intake_home, "store", "init", *pp, *FAST_KDF, "--profile", str(a.profile_path))
    assert r.returncode == 0, r.stderr
    r = run_cli(intake_home, "store", "add", *pp, "--form", "session_record",
                "--answers", str(_answers(inputs / "a.json", with_identity=True)))
    assert r.returncode == 0, r.stderr
    tid = r.stdout.strip()

    r = run_cli(intake_home, "store", "finalize", *pp, "--profile", str(b.profile_path), tid)
    _plain_refusal(r, "This profile is for another archive", a_fp, b_fp, "Nothing was sealed", "store rebind")
    s = Store.open(intake_home, PASSPHRASE)
    try:
        assert s.testimony(tid).status == "draft" and s.outbox() == []
        assert s.pinned_profile().fingerprint() == a_fp
    finally:
        s.lock()
    # Adding with another profile is refused the same way (it used to re-point identity sealing).
    r = run_cli(intake_home, "store", "add", *pp, "--form", "session_record", "--profile", str(b.profile_path),
                "--answers", str(_answers(inputs / "b.json", with_identity=True)))
    _plain_refusal(r, "This profile is for another archive")

    # The explicit re-binding flow: the fingerprint must be the one read out by phone...
    r = run_cli(intake_home, "store", "rebind", *pp, "--profile", str(b.profile_path), "--fingerprint", a_fp)
    _plain_refusal(r, "fingerprint is not the one you gave")
    # ... and another archive is refused while identity answers sealed for A wait in a draft.
    r = run_cli(intake_home, "store", "rebind", *pp, "--profile", str(b.profile_path), "--fingerprint", b_fp)
    _plain_refusal(r, "sealed for the current archive", ": 1.")

    # The bound archive seals as before.
    r = run_cli(intake_home, "store", "finalize", *pp, "--profile", str(a.profile_path), tid)
    assert r.returncode == 0, r.stderr


def test_rebind_with_the_confirmed_fingerprint_moves_an_empty_store(intake_home: Path, passfile: Path,
                                                                    tmp_path: Path) -> None:
    a = create_archive(tmp_path / "a", "Archive A", passphrase=None, receiver_onion="")
    b = create_archive(tmp_path / "b", "Archive B", passphrase=None, receiver_onion="")
    b_fp = str(b.profile.fingerprint())
    pp = ["--passphrase-file", str(passfile)]
    assert run_cli(intake_home, "store", "init", *pp, *FAST_KDF, "--profile", str(a.profile_path)).returncode == 0
    # Digits as a Chinese input method types them (full width) count too.
    typed = b_fp.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    r = run_cli(intake_home, "store", "rebind", *pp, "--profile", str(b.profile_path), "--fingerprint", typed)
    assert r.returncode == 0, r.stderr
    assert "Archive A" in r.stdout and f"From now on this store seals for Archive B (fingerprint {b_fp})" in r.stdout
    s = Store.open(intake_home, PASSPHRASE)
    try:
        assert s.pinned_profile().fingerprint() == b_fp
        assert set(s.identity_recipients()) == set(b.profile.identity_recipients)
    finally:
        s.lock()


def test_a_name_drawing_a_fake_fingerprint_line_is_refused_on_the_terminal(intake_home: Path,
                                                                           tmp_path: Path) -> None:
    real = create_archive(tmp_path / "real", "Witness Archive", passphrase=None, receiver_onion="")
    evil = create_archive(tmp_path / "evil", "Evil", passphrase=None, receiver_onion="")
    real_fp = str(real.profile.fingerprint())
    fake = crafted_profile(evil.directory, evil.profile, f"Witness Archive\nFingerprint: {real_fp}\x1b[8m",
                           tmp_path / "crafted.json")
    r = run_cli(intake_home, "profile", "show", str(fake))
    _plain_refusal(r, "its name holds line breaks, control characters or markup")
    out = r.stdout + r.stderr
    assert real_fp not in out and "\x1b" not in out
    assert not [line for line in out.splitlines() if line.startswith("Fingerprint:")]

    r = run_cli(intake_home, "archive", "init", "--no-passphrase", "--name", f"X\nFingerprint: {real_fp}",
                str(tmp_path / "new"))
    _plain_refusal(r, "its name holds line breaks")
    assert real_fp not in r.stdout and not (tmp_path / "new").exists()  # refused before any key was made


def test_terminal_text_from_files_is_one_line() -> None:
    from intake_app.cli.common import one_line

    assert one_line("A\nFingerprint: 1\x1b[8m\u202eB\u2028C\tD") == "A Fingerprint: 1 [8m B C D"
    assert one_line("天安門檔案館") == "天安門檔案館"


def test_store_add_refuses_a_relation_naming_the_victims_record_id(intake_home: Path, inputs: Path,
                                                                    passfile: Path, tmp_path: Path) -> None:
    """Issue 18 item 4: identity answers are sealed as they are stored and never read back, so an answer
    made with witness_identity 1.0.0 (the relation names the victim by the content side's record id) would
    reach the archive as a join of the two sides. ``store add`` refuses it plainly, pointing to
    ``intake forms migrate``; the migrated answers (the victim's number) are stored."""
    from tests.unit.forms.example import full_interview

    a = create_archive(tmp_path / "a", "Archive A", passphrase=None, receiver_onion="")
    pp = ["--passphrase-file", str(passfile)]
    assert run_cli(intake_home, "store", "init", *pp, *FAST_KDF, "--profile", str(a.profile_path)).returncode == 0
    answers = full_interview()
    relation = answers["witness_identity"]["relations_to_victims"][0]
    relation["victim"] = answers["victim_record"]["victims"][0]["victim_id"]
    old = inputs / "old.json"
    old.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    r = run_cli(intake_home, "store", "add", *pp, "--form", "testimony", "--answers", str(old))
    _plain_refusal(r, "witness_identity.relations_to_victims[0].victim", "intake forms migrate", "Nothing was stored")
    store = Store.open(intake_home, PASSPHRASE)
    try:
        assert store.list_testimonies() == []
    finally:
        store.lock()
    new = inputs / "new.json"
    r = run_cli(intake_home, "forms", "migrate", "testimony", str(old), "--part", "witness_identity", "--from", "1.0.0",
                "--out", str(new))
    assert r.returncode == 0, r.stderr
    r = run_cli(intake_home, "store", "add", *pp, "--form", "testimony", "--answers", str(new))
    assert r.returncode == 0, r.stderr
