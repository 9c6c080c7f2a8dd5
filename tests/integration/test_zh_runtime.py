# SPDX-License-Identifier: GPL-3.0-or-later
"""No English inside Chinese at runtime (zh-review F21, issue 22).

The command line is run in zh_CN and zh_TW against situations that used to interpolate English
into a translated sentence: a store state name (``此记录目前不能这样修改（状态：final）``) and tor's
own bootstrap summaries (``Tor：45%（Asking for relay descriptors）``). No ASCII word of the English
phrase may appear in what the person reads.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import forms
from intake_app import i18n
from intake_app.error_messages.store import state_text
from intake_app.transport.assistant import phase_words
from tests.fixtures.tornet import TorNetwork
from tests.integration.store.conftest import run_cli
from tests.integration.store.test_finalize import _archive

WORD = re.compile(r"[A-Za-z]{2,}")
# tor's bootstrap summaries (control-spec BOOTSTRAP) and the store's state names, as they were shown
TOR_ENGLISH = {"Starting", "Connecting", "Connected", "Handshaking", "Handshake", "Establishing", "Asking",
               "Loading", "Loaded", "Done", "relay", "directory", "circuit", "descriptors", "consensus"}
ENGLISH_STATE_PHRASE = "This record cannot be changed that way now (it is finalised). final draft receipted"


def _english_words(text: str, english: str) -> set[str]:
    return {w for w in WORD.findall(text)} & {w for w in WORD.findall(english)}


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_a_state_error_in_chinese_has_no_english_state_name(intake_home: Path, tmp_path: Path, lang: str) -> None:
    """Finalising twice: the refusal names the record's state in the person's language."""
    profile, _content, _identity = _archive(False)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "profile.json").write_bytes(profile.to_json())  # type: ignore[attr-defined]
    (inputs / "pass").write_text("state words passphrase\n")
    pp = ["--passphrase-file", str(inputs / "pass")]
    answers = {
        "session_id": forms.new_ref(), "mode": "field_interview", "languages": ["CMN"],
        "interviewer_code": "IC-9", "place_region": "Beijing",
        "start": forms.make_time("2024-06-04T10:00"), "end": forms.make_time("2024-06-04T12:00"),
        "interpreter_used": False, "recording": "audio", "recording_notice": True, "readback": "read_back",
        "copy_offered": "given", "others_present": "nobody", "inducement": "none",
    }
    (inputs / "a.json").write_text(json.dumps(answers))
    assert run_cli(intake_home, "store", "init", *pp, "--kdf-ops", "1", "--kdf-mem-mib", "8",
                   "--profile", str(inputs / "profile.json")).returncode == 0
    r = run_cli(intake_home, "store", "add", *pp, "--form", "session_record", "--answers", str(inputs / "a.json"))
    assert r.returncode == 0, r.stderr
    tid = r.stdout.strip()
    assert run_cli(intake_home, "store", "finalize", tid, *pp, "--profile", str(inputs / "profile.json")).returncode == 0
    r = run_cli(intake_home, "store", "finalize", tid, *pp, "--profile", str(inputs / "profile.json"), lang=lang)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert ("目前不能这样修改" if lang == "zh_CN" else "目前不能這樣修改") in r.stderr
    assert "已定稿" in r.stderr
    assert not _english_words(r.stderr, ENGLISH_STATE_PHRASE), r.stderr


def test_every_state_and_phase_has_a_chinese_name() -> None:
    """The tables cover every state the store writes and every bootstrap percentage tor reports."""
    try:
        for lang in ("zh_CN", "zh_TW"):
            i18n.install(lang)
            for state in ("draft", "final", "receipted", "something new"):
                assert not WORD.search(state_text(state)), (lang, state)
            for percent in range(101):
                assert not WORD.search(phase_words(percent)), (lang, percent)
    finally:
        i18n.install("en")


@pytest.mark.tor
def test_tor_progress_on_the_command_line_is_in_chinese(tor_network: TorNetwork, tmp_path: Path) -> None:
    """``intake submit`` in zh_CN over the private Tor network to an archive that is not serving:
    every progress line shows a translated phase, never tor's English summary; it ends with the
    translated "could not reach the archive" and a non-zero exit."""
    extra = tor_network.write_torrc_extra(tmp_path / "tornet.torrc")
    env = {**os.environ, "INTAKE_HOME": str(tmp_path / "home-admin"), "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "intake_app", "archive", "init", str(tmp_path / "arch"),
                           "--name", "closed", "--no-passphrase"], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(os.urandom(2000))
    env["INTAKE_HOME"] = str(tmp_path / "home")
    done = subprocess.run([sys.executable, "-m", "intake_app", "--lang", "zh_CN", "submit", str(bundle),
                           "--profile", str(tmp_path / "arch" / "profile.json"), "--torrc-extra", str(extra),
                           "--deadline", "20"], capture_output=True, text=True, env=env, timeout=600, check=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    progress = [line for line in done.stderr.splitlines() if line.startswith("Tor：")]
    assert progress and progress[-1].startswith("Tor：100%（已连接）"), done.stderr
    for line in progress:
        assert set(WORD.findall(line)) == {"Tor"}, line
    assert not set(WORD.findall(done.stderr)) & TOR_ENGLISH, done.stderr
    # why the archive could not be reached is said in Chinese too (tor's onion-service failure)
    assert "无法连接到档案馆" in done.stderr
    assert set(WORD.findall(done.stderr)) <= {"Tor", "intake"}, done.stderr
    assert bundle.exists()
