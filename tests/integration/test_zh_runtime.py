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
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import intake_forms as forms
from intake_app.text import i18n
from intake_app.text.error_messages.store import state_text
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
        "readback_language": "CMN", "readback_by": "interviewer", "signed": "yes",
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


# -- a tor that cannot start, and other errors whose cause is a program's English words ------------
DETAILS = {"zh_CN": "技术细节（供支持联系人参考）：", "zh_TW": "技術細節（供支援聯絡人參考）："}
START_REASON = {
    ("zh_CN", "port_in_use"): "另一个程序已经占用了 Tor 需要的端口",
    ("zh_TW", "port_in_use"): "另一個程式已經占用了 Tor 需要的連接埠",
    ("zh_CN", "bad_bridge"): "有一行网桥无效",
    ("zh_TW", "bad_bridge"): "有一行橋接無效",
}


def _sentences_and_details(text: str, lang: str) -> tuple[list[str], list[str]]:
    """The lines a person reads as sentences, and the lines marked as technical details."""
    lines = [line for line in text.splitlines() if line.strip()]
    return ([line for line in lines if not line.startswith(DETAILS[lang])],
            [line for line in lines if line.startswith(DETAILS[lang])])


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
@pytest.mark.parametrize("failure", ["port_in_use", "bad_bridge"])
def test_a_tor_that_cannot_start_is_explained_in_chinese(tmp_path: Path, lang: str, failure: str) -> None:
    """``intake submit`` with a tor that refuses to start (its SOCKS port already taken by another
    program; a bridge line tor cannot parse): the reason is a Chinese sentence from the table of
    tor's known failures, tor's own English words only on the line marked as technical details
    for support. On the old code tor's words were inside the sentence (``Tor 无法启动：Could not
    bind to 127.0.0.1:…: Address already in use…``)."""
    env = {**os.environ, "INTAKE_HOME": str(tmp_path / "home-admin"), "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "intake_app", "archive", "init", str(tmp_path / "arch"),
                           "--name", "closed", "--no-passphrase"], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    bundle = tmp_path / "b.tib"
    bundle.write_bytes(os.urandom(2000))
    env["INTAKE_HOME"] = str(tmp_path / "home")
    with socket.socket() as taken:  # another program holds the port tor is told to use
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        extra = tmp_path / "extra.torrc"
        extra.write_text(f"SocksPort 127.0.0.1:{taken.getsockname()[1]}\n" if failure == "port_in_use"
                         else "UseBridges 1\nBridge not-a-bridge-line\n")
        done = subprocess.run([sys.executable, "-m", "intake_app", "--lang", lang, "submit", str(bundle),
                               "--profile", str(tmp_path / "arch" / "profile.json"), "--torrc-extra", str(extra),
                               "--deadline", "20"], capture_output=True, text=True, env=env, timeout=300,
                              check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    sentences, details = _sentences_and_details(done.stderr, lang)
    assert START_REASON[(lang, failure)] in sentences[0], done.stderr
    for line in sentences:
        assert set(WORD.findall(line)) <= {"Tor", "tor", "intake"}, line
    assert len(details) == 1, done.stderr
    assert ("Address already in use" if failure == "port_in_use" else "Bridge line") in details[0]
    assert bundle.exists()


def test_every_tor_start_failure_kind_has_a_chinese_reason() -> None:
    """Each kind in the table of tor's start failures (and an unknown one) reads as Chinese."""
    from intake_app.text.errors import user_message
    from intake_app.transport import tor

    words = {"address_in_use": "Could not bind to 127.0.0.1:9050: Address already in use. Is Tor already running?",
             "permission_denied": "Could not bind to 0.0.0.0:80: Permission denied",
             "bad_bridge": "Too few items to Bridge line.",
             "transport_missing": "Could not launch managed proxy executable at '/nonexistent/obfs4proxy'",
             "bad_settings": "Failed to parse/validate config: Unknown option 'Nonsense'.",
             "exited": "tor exited while connecting",
             "no_answer": "no control port after starting tor",
             "unknown": "something tor never said before"}
    assert {kind for kind, _ in tor.START_FAILURES} | {"unknown"} == set(words)
    try:
        for lang in ("zh_CN", "zh_TW"):
            i18n.install(lang)
            for kind, said in words.items():
                error = tor.TorStartError(said)
                assert error.kind == kind
                message, hint = user_message(error)
                sentences, details = _sentences_and_details(f"{message}\n{hint}", lang)
                for line in sentences:
                    assert set(WORD.findall(line)) <= {"Tor", "tor", "obfs", "proxy", "snowflake", "client"}, (kind, line)
                assert len(details) == 1 and said in details[0]
    finally:
        i18n.install("en")


def _program_errors() -> list[BaseException]:
    """Errors whose cause is a program's English words (the parser's, tor's, the server's, the
    operating system's): one of each kind that reaches a person."""
    from intake_app.archive import bag, custody, fetch, link, staff_onion
    from intake_app.store import errors as store_errors
    from intake_app.transport import assistant, bridges, client, onion
    from intake_crypto.bundle import receipt

    return [bridges.BridgeAddressError("obfs4 192.0.2.3 cert=x", "expected IP:PORT"),
            bridges.BridgeOptionError("obfs4 192.0.2.3:443 cert=x", "obfs4 cert= has the wrong length"),
            assistant.AssistantError("the assistant hit something unexpected"),
            client.ReceiverRefusedError(400, "bad_bundle", "the bundle header is truncated"),
            receipt.ReceiptError("signature does not verify"),
            onion.OnionError("the key file is truncated"),
            staff_onion.StaffAccessError("the client key is not base32"),
            link.LinkError("the opening folders belong to different bundles"),
            fetch.FetchError("connection refused by the receiver"),
            bag.BagExportError("the output directory is not writable", "/out"),
            custody.CustodyTamperedError(3, "hash chain broken"),
            forms.DefinitionError("consent@9.9.9", "field 'x' has no label"),
            forms.AnswersError("'start' is a required property", "/answers"),
            forms.FormError("the form engine hit something unexpected"),
            store_errors.BlobWriteError("ab12", "Input/output error"),
            FileNotFoundError(2, "No such file or directory", "/nowhere/profile.json")]


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_program_words_are_technical_details_never_inside_a_chinese_sentence(lang: str) -> None:
    """The bridge-line parser, the connection assistant, the archive's refusal, receipts, onion
    keys, the archive's staff key, link, fetch, bag and custody errors and the operating system's
    words: every sentence is Chinese; the English cause is on the technical-details line."""
    from intake_app.text.errors import user_message

    try:
        i18n.install(lang)
        for error in _program_errors():
            message, hint = user_message(error)
            # a name is quoted as is: the bridge line the person pasted, the form definition's file
            quoted = getattr(error, "line", "") or getattr(error, "source", "")
            text = f"{message}\n{hint}"
            sentences, details = _sentences_and_details(
                text.replace(quoted, "") if isinstance(quoted, str) and quoted else text, lang)
            for line in sentences:
                assert not set(WORD.findall(line)) - {"Tor", "tor", "Bag", "ARCHIVE", "log", "seen"}, (error, line)
            assert len(details) == 1, (error, message, hint)
    finally:
        i18n.install("en")
