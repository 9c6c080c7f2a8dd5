# SPDX-License-Identifier: GPL-3.0-or-later
"""Client checkpoints presented at the next contact and collected by staff (issue 19 item 4;
security review F10, the limit named in THREAT_MODEL: "a receiver that shows staff the honest
log and one client a fork is caught only by that client").

The lying receiver of ``test_fetch_fork`` shows one interviewer's device a private fork (a valid
receipt, the bundle dropped) and staff only the honest log. Staff fetch alone sees nothing wrong.
The device prints the checkpoint it saw (``intake store checkpoint``, from its encrypted store);
staff give it to ``intake fetch --client-checkpoint``, and the receiver cannot prove it is the
log staff verified: a fork, named, on record, nothing fetched. At the device's next contact it
presents its checkpoint before sending anything: the honest log does not extend it, so the next
bundle is never handed over.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake_app.archive import custody
from intake_app.store import Store
from intake_app.store.keyslot import TEST_KDF
from intake_app.transport import client
from intake_app.transport.inbox import Limits
from intake_app.transport.receiver import ReceiverServer, staff_token
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key
from tests.archive.test_fetch_fork import LyingReceiver, _bundle, _intake
from tests.integration.store.conftest import run_cli

PASS = "victim passphrase 1989"


def test_a_client_shown_a_fork_is_caught_by_staff_and_at_its_next_contact(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    r = _intake("archive", "init", str(archive), "--name", "Test", "--classic", "--no-passphrase",
                "--receiver-onion", "a" * 56 + ".onion")
    assert r.returncode == 0, r.stderr
    assert _intake("archive", "custody-key", str(tmp_path / "k"), "--no-passphrase").returncode == 0
    profile = load_profile(archive / "profile.json")
    key = read_signing_key(archive / "keys" / "receipt-signing.key", None)
    receiving = tmp_path / "receiving"
    receiving.mkdir()
    staff_token(receiving)
    honest = ReceiverServer(receiving, key, Limits()).start()
    servers = [honest]
    liar = LyingReceiver({"honest": honest})
    fetch_args = ("fetch", "--archive", str(archive), "--receiver", liar.url, "--custody-key", str(tmp_path / "k"),
                  "--no-passphrase", "--token-file", str(receiving / "staff-token"))
    # The victim's device: a real encrypted store bound to the archive (it keeps the checkpoint).
    home = tmp_path / "victim"
    store = Store.create(home, PASS, kdf=TEST_KDF)
    store.set_profile(profile)
    (tmp_path / "pass").write_text(PASS + "\n")
    try:
        for n in range(2):
            client.submit(_bundle(tmp_path / f"a{n}.tib", n)[0], profile, tor=None, insecure_direct_url=liar.url)
        honest.stop()
        shutil.copytree(receiving, tmp_path / "fork")
        honest = ReceiverServer(receiving, key, Limits()).start()
        forked = ReceiverServer(tmp_path / "fork", key, Limits()).start()
        servers[:] = [honest, forked]
        liar.backends = {"honest": honest, "fork": forked}
        client.submit(_bundle(tmp_path / "o.tib", 7)[0], profile, tor=None, insecure_direct_url=liar.url)
        # An honest client's checkpoint (seen after the third entry) is the log staff verify.
        honest_client = tmp_path / "honest-client"
        honest_client.write_text(_checkpoint(liar.url))  # what a client shown the honest log keeps
        r = _intake(*fetch_args, "--client-checkpoint", str(honest_client))
        assert r.returncode == 0 and "New bundles fetched: 3 " in r.stdout, r.stderr
        assert "1 checkpoints seen by interviewers' devices are the log this archive verified" in r.stdout

        # The victim is shown the fork: a valid receipt, and its bundle is dropped.
        liar.view = "fork"
        victim_bundle, victim = _bundle(tmp_path / "v.tib", 9)
        got = client.submit(victim_bundle, profile, tor=None, insecure_direct_url=liar.url, state=store)
        assert got.receipt.log_index == 2
        forked.state.inbox.bundle_path(victim).unlink()
        store.lock()
        # Staff see only the honest log: alone, fetch finds nothing wrong (the limit before this work).
        liar.view = "honest"
        r = _intake(*fetch_args)
        assert r.returncode == 0, r.stderr
        # The interviewer prints the checkpoint the device saw and hands it to staff.
        r = run_cli(home, "store", "checkpoint", "--passphrase-file", str(tmp_path / "pass"))
        assert r.returncode == 0, r.stderr
        seen = tmp_path / "victim-checkpoint"
        seen.write_text(r.stdout)
        assert r.stdout.split("\n")[1] == "3"  # the fork's tree of 3 entries
        r = _intake(*fetch_args, "--client-checkpoint", str(seen))
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert "fork or rollback" in r.stderr and "a client was shown a log" in r.stderr
        assert (archive / "log-seen" / "checkpoint").read_text().split("\n")[1] == "3"  # the pin did not move
        (event,) = custody.verify_log(archive / "log-seen")
        assert event.outcome == "failure" and event.detail["shown_size"] == "3"
        assert event.detail["held_root"] != event.detail["shown_root"]

        # The victim's next contact, shown the honest log: its checkpoint is presented first, the
        # receiver cannot prove consistency, and the next bundle is never handed over.
        store = Store.open(home, PASS)
        next_bundle, next_sha = _bundle(tmp_path / "v2.tib", 11)
        with pytest.raises(client.LogInconsistentError):
            client.submit(next_bundle, profile, tor=None, insecure_direct_url=liar.url, state=store)
        store.lock()
        assert not honest.state.inbox.bundle_path(next_sha).exists()
        assert not forked.state.inbox.bundle_path(next_sha).exists()
    finally:
        liar.stop()
        for s in servers:
            s.stop()


def _checkpoint(url: str) -> str:
    import urllib.request

    with urllib.request.urlopen(url + "/v1/log/checkpoint", timeout=30) as resp:  # noqa: S310 - loopback only
        return str(resp.read().decode("utf-8"))
