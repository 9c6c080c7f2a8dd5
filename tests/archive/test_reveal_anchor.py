# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 23 item 3, the rest: the reveal log is anchored in the archive's public receipt log and
served by the real receiver (``intake serve``, direct loopback), and a custodian's offline copy
reaches it. Everything runs through the real CLI; the only actor played by the test is the
dishonest archive (it edits its own files and re-signs with its own key)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from intake_app.archive import custody
from intake_app.archive.reveal_log import RevealLog
from intake_crypto.bundle import receipt as receipts
from intake_crypto.bundle import tlog
from intake_crypto.bundle.profile import load_profile
from intake_crypto.bundle.signing import read_signing_key
from tests.archive.test_threshold_reveal import _intake, _reveal, _share, ceremony

pytestmark = pytest.mark.slow
__all__ = ["ceremony"]  # the module-scoped fixture, used here under its own scope


class _Receiver:
    def __init__(self, c: dict[str, Path]) -> None:
        env = {**os.environ, "INTAKE_HOME": str(c["home"]), "LANG": "en_US.UTF-8"}
        self.proc = subprocess.Popen([sys.executable, "-m", "intake_app", "serve", "--archive", str(c["arch"]),
                                      "--no-tor", "--listen", "127.0.0.1:0"], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line.startswith("listening http://127.0.0.1:"), self.proc.stderr.read() if self.proc.stderr else ""
        self.url = line.split()[1]

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=60) as r:  # noqa: S310 - the http://127.0.0.1 receiver started here
                return r.status, r.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def json(self, path: str) -> dict[str, object]:
        status, body = self.get(path)
        assert status == 200, body
        return dict(json.loads(body))

    def stop(self) -> str:
        self.proc.send_signal(signal.SIGTERM)
        _out, err = self.proc.communicate(timeout=60)
        return err


def _keys(c: dict[str, Path]) -> tuple[bytes, str, str]:
    pub = bytes(load_profile(c["arch"] / "profile.json").receipt_public_key)
    return pub, receipts.log_origin(pub), RevealLog(c["arch"], None, pub).origin


def _events(c: dict[str, Path]) -> list[custody.Event]:
    return [e for e in custody.verify_log(c["log"]) if e.type in ("share release", "decryption")]


def test_the_served_reveal_log_is_anchored_in_the_receipt_log_and_proves_it_only_grew(
        ceremony: dict[str, Path]) -> None:
    """Share releases and a reveal made while no receiver ran are anchored when ``intake serve``
    starts; anyone can fetch the reveal log's checkpoint, an entry with its inclusion proof, a
    consistency proof from a checkpoint they kept (a custody event's), and the anchor: a typed
    receipt log leaf naming the reveal log's size and root, included in the receipt log's
    signed checkpoint. Nothing served names the bundle, the custodian or the purpose."""
    tmp = ceremony["tmp"]
    s1, s2 = tmp / "a1.share.age", tmp / "a2.share.age"
    assert _share(ceremony, "c1", s1).returncode == 0
    assert _share(ceremony, "c3", s2).returncode == 0
    assert _reveal(ceremony, [s1, s2], tmp / "anchored-open").returncode == 0
    pub, receipt_origin, reveal_origin = _keys(ceremony)
    events = _events(ceremony)
    server = _Receiver(ceremony)
    try:
        status, note = server.get("/v1/reveals/checkpoint")
        assert status == 200
        current = tlog.open_checkpoint(note.decode(), reveal_origin, pub)
        assert current.size == len(events)
        # A custodian's kept checkpoint (the first release's) is a prefix of the served log.
        held = tlog.open_checkpoint(events[0].detail["reveal_checkpoint"], reveal_origin, pub)
        proof = server.json(f"/v1/reveals/consistency?old={held.size}&new={current.size}")["proof"]
        tlog.verify_consistency(held.size, current.size, held.root, current.root,
                                [base64.b64decode(h) for h in proof])  # type: ignore[union-attr]
        index = int(events[-1].detail["reveal_log_index"])
        entry = server.json(f"/v1/reveals/entry?index={index}")
        assert entry["entry"] == f"intake-reveal/v1\ncommitment {events[-1].detail['reveal_commitment']}\n"
        tlog.verify_inclusion(tlog.leaf_hash(str(entry["entry"]).encode()), index, current.size,
                              [base64.b64decode(h) for h in entry["inclusion_proof"]], current.root)  # type: ignore[union-attr]
        # The anchor: a leaf of the public receipt log, inside its signed checkpoint.
        anchor = server.json("/v1/reveals/anchor")
        text = str(anchor["entry"])
        assert text == (f"intake-reveal-anchor/v1\norigin {reveal_origin}\nsize {current.size}\n"
                        f"root {base64.b64encode(current.root).decode()}\n")
        receipt_cp = tlog.open_checkpoint(str(anchor["checkpoint"]), receipt_origin, pub)
        tlog.verify_inclusion(tlog.leaf_hash(text.encode()), int(anchor["index"]), receipt_cp.size,  # type: ignore[arg-type]
                              [base64.b64decode(h) for h in anchor["inclusion_proof"]], receipt_cp.root)  # type: ignore[union-attr]
        same = server.json(f"/v1/log/entry?index={anchor['index']}")
        assert same["entry"] == text
        served = b"".join(server.get(p)[1] for p in ("/v1/reveals/checkpoint", "/v1/reveals/anchor",
                                                     f"/v1/reveals/entry?index={index}"))
        for secret in (events[-1].object, events[-1].detail["tid"], "tribunal"):
            assert secret.encode() not in served
        # Caught between an append's leaf and its checkpoint: served (and anchored) up to the signed size.
        entries_path = ceremony["arch"] / "reveal-log" / "entries"
        whole = entries_path.read_bytes()
        entries_path.write_bytes(whole + base64.b64encode(b"intake-reveal/v1\ncommitment " + b"0" * 64 + b"\n") + b"\n")
        try:
            status, mid = server.get("/v1/reveals/checkpoint")
            assert status == 200 and tlog.open_checkpoint(mid.decode(), reveal_origin, pub).size == current.size
            assert f"size {current.size}\n" in str(server.json("/v1/reveals/anchor")["entry"])
        finally:
            entries_path.write_bytes(whole)
        # A share released while the receiver runs is anchored without a restart.
        s3 = tmp / "a3.share.age"
        assert _share(ceremony, "c2", s3).returncode == 0
        status, note = server.get("/v1/log/checkpoint")
        later = server.json("/v1/reveals/anchor")
        assert f"size {current.size + 1}\n" in str(later["entry"]) and later["index"] != anchor["index"]
    finally:
        err = server.stop()
    assert "Traceback" not in err
    ok = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(ceremony["arch"]),
                 "--log", str(ceremony["log"]))
    assert ok.returncode == 0, ok.stderr
    assert "anchors" in ok.stdout and "not anchored yet" not in ok.stdout
    # Anyone outside the archive: the profile, the custody events' checkpoints, a receipt checkpoint kept.
    (tmp / "kept-receipt-checkpoint").write_bytes((ceremony["arch"] / "log" / "checkpoint").read_bytes())
    server = _Receiver(ceremony)
    try:
        outside = _intake(ceremony["home"], "archive", "verify-reveals", "--receiver", server.url, "--profile",
                          str(ceremony["arch"] / "profile.json"), "--log", str(ceremony["log"]),
                          "--receipt-checkpoint", str(tmp / "kept-receipt-checkpoint"))
    finally:
        server.stop()
    assert outside.returncode == 0, outside.stderr
    assert f"({current.size + 1} entries)" in outside.stdout, outside.stdout


def test_a_reveal_log_rewritten_and_re_signed_with_its_custody_event_cut_is_caught_by_the_anchor(
        ceremony: dict[str, Path]) -> None:
    """The dishonest archive hides a reveal: it drops the reveal's leaf, signs a fresh reveal
    checkpoint with its own receipt key and cuts the reveal's event off the end of the custody
    log (the chain that remains verifies). The custody events alone cannot tell; the public
    receipt log's anchor does."""
    tmp, arch = ceremony["tmp"], ceremony["arch"]
    s1, s2 = tmp / "r1.share.age", tmp / "r2.share.age"
    assert _share(ceremony, "c1", s1).returncode == 0
    assert _share(ceremony, "c2", s2).returncode == 0
    assert _reveal(ceremony, [s1, s2], tmp / "hidden-open").returncode == 0
    _Receiver(ceremony).stop()  # the receiver ran once after the reveal: its head is anchored
    saved = {p: p.read_bytes() for p in [arch / "reveal-log" / "entries", arch / "reveal-log" / "checkpoint",
                                         ceremony["log"] / "custody.log"]}
    try:
        entries = (arch / "reveal-log" / "entries").read_bytes().splitlines()
        (arch / "reveal-log" / "entries").write_bytes(b"".join(e + b"\n" for e in entries[:-1]))
        RevealLog(arch, read_signing_key(arch / "keys" / "receipt-signing.key", None), _keys(ceremony)[0]).checkpoint()
        lines = (ceremony["log"] / "custody.log").read_bytes().splitlines()
        (ceremony["log"] / "custody.log").write_bytes(b"".join(line + b"\n" for line in lines[:-1]))
        bad = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(arch),
                      "--log", str(ceremony["log"]))
        assert bad.returncode == 1 and "Traceback" not in bad.stderr, (bad.stdout, bad.stderr)
        assert f"reveal log of {len(entries)} entries" in bad.stderr and "rewritten" in bad.stderr, bad.stderr
        # The public, holding no custody event at all, sees the same.
        public = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(arch))
        assert public.returncode == 1 and "rewritten" in public.stderr, public.stderr
        # ...and so does anyone outside, from the receiver's answers and the profile alone.
        server = _Receiver(ceremony)
        try:
            outside = _intake(ceremony["home"], "archive", "verify-reveals", "--receiver", server.url,
                              "--profile", str(arch / "profile.json"))
        finally:
            server.stop()
        assert outside.returncode == 1 and "rewritten" in outside.stderr and "Traceback" not in outside.stderr, \
            (outside.stdout, outside.stderr)
        # Dropping the anchor too needs the receipt log rewritten: any kept checkpoint of it catches that.
        held = tmp / "held-receipt-checkpoint"
        held.write_bytes((arch / "log" / "checkpoint").read_bytes())
        log_saved = (arch / "log" / "entries").read_bytes(), (arch / "log" / "checkpoint").read_bytes()
        try:
            texts = [base64.b64decode(x).decode() for x in log_saved[0].splitlines()]
            kept = [t for t in texts if not t.startswith("intake-reveal-anchor/")]
            (arch / "log" / "entries").write_bytes(b"".join(base64.b64encode(t.encode()) + b"\n" for t in kept))
            from intake_app.transport.ledger import ReceiptLog
            ReceiptLog(arch / "log", read_signing_key(arch / "keys" / "receipt-signing.key", None)).checkpoint()
            cut = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(arch),
                          "--receipt-checkpoint", str(held))
            assert cut.returncode == 1 and "receipt log" in cut.stderr, cut.stderr
        finally:
            (arch / "log" / "entries").write_bytes(log_saved[0])
            (arch / "log" / "checkpoint").write_bytes(log_saved[1])
    finally:
        for p, data in saved.items():
            p.write_bytes(data)
    ok = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(arch), "--log", str(ceremony["log"]))
    assert ok.returncode == 0, ok.stderr


def _open(c: dict[str, Path], shares: list[Path], out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    tmp = c["tmp"]
    return _intake(c["home"], "open", str(c["bundle"]), *[a for s in shares for a in ("--share", str(s))],
                   "--key", str(tmp / "requester.key"), "--out", str(out), "--custody-key",
                   str(tmp / "requester.custody"), "--no-custody-passphrase", "--log", str(c["log"]),
                   "--archive", str(c["arch"]), *extra)


def test_intake_open_with_shares_opens_the_identity_only_with_k_and_logs_it(ceremony: dict[str, Path]) -> None:
    """The issue's spelling, ``intake open B.tib --share S1 --share S2 --out DIR``: one share
    opens nothing and says one more is needed; two open the identity side (the canary appears)
    and the reveal is in the custody log and the reveal log; without a purpose nothing opens."""
    from tests.unit.forms.example import CANARY_NAME

    tmp = ceremony["tmp"]
    s1, s2 = tmp / "o1.share.age", tmp / "o2.share.age"
    assert _share(ceremony, "c1", s1).returncode == 0
    assert _share(ceremony, "c2", s2).returncode == 0
    before = len(_events(ceremony))
    one = _open(ceremony, [s1], tmp / "open-one", "--purpose", "tribunal request 2026-17")
    assert one.returncode == 1 and "1 more" in one.stderr and "Traceback" not in one.stderr, one.stderr
    assert not (tmp / "open-one").exists() or not any((tmp / "open-one").iterdir())
    unlogged = _open(ceremony, [s1, s2], tmp / "open-nopurpose")
    assert unlogged.returncode == 2 and "--purpose" in unlogged.stderr and not (tmp / "open-nopurpose").exists()
    assert len(_events(ceremony)) == before
    two = _open(ceremony, [s1, s2], tmp / "open-two", "--purpose", "tribunal request 2026-17")
    assert two.returncode == 0, two.stderr
    opened = b"".join(p.read_bytes() for p in (tmp / "open-two").rglob("*") if p.is_file())
    assert CANARY_NAME.encode() in opened and not (tmp / "open-two" / "content").exists()
    events = _events(ceremony)
    assert len(events) == before + 1 and events[-1].type == "decryption" and events[-1].detail["shares"] == "1,2"
    ok = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(ceremony["arch"]),
                 "--log", str(ceremony["log"]))
    assert ok.returncode == 0, ok.stderr


def test_a_share_on_paper_as_numbered_qr_pictures_opens_with_the_reveal(ceremony: dict[str, Path]) -> None:
    """Item 2: ``intake archive share --qr OUT.png`` draws the share (post-quantum: too long for
    one code) as a numbered set of QR pictures and says so; ``intake archive reveal`` and
    ``intake open --share`` take the pictures (any order; also all of them photographed on one
    page, as JPEG) with a share file; a missing picture is named and nothing opens."""
    import logging

    from PIL import Image

    from tests.unit.forms.example import CANARY_NAME

    tmp = ceremony["tmp"]
    r = _intake(ceremony["home"], "archive", "share", "--bundle", str(ceremony["bundle"]), "--key", str(tmp / "c1.key"),
                "--to", (tmp / "requester.pub").read_text().strip(), "--qr", str(tmp / "paper.png"),
                "--custody-key", str(tmp / "c1.custody"), "--no-custody-passphrase", "--log", str(ceremony["log"]),
                "--purpose", "tribunal request 2026-17", "--archive", str(ceremony["arch"]))
    assert r.returncode == 0, r.stderr
    pictures = [tmp / f"paper-{i}.png" for i in (1, 2, 3)]
    assert all(p.exists() for p in pictures) and not (tmp / "paper-4.png").exists()
    assert "does not fit one QR code" in r.stdout and "3 pictures" in r.stdout
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in pictures)
    assert all(CANARY_NAME.encode() not in p.read_bytes() for p in pictures)
    s2 = tmp / "paper-c2.share.age"
    assert _share(ceremony, "c2", s2).returncode == 0

    short = _reveal(ceremony, [pictures[0], pictures[2], s2], tmp / "paper-short")
    assert short.returncode == 1 and "2 are missing" in short.stderr and "Traceback" not in short.stderr, short.stderr
    assert not (tmp / "paper-short").exists() or not any((tmp / "paper-short").iterdir())

    opened = _reveal(ceremony, [pictures[2], s2, pictures[0], pictures[1]], tmp / "paper-open")
    assert opened.returncode == 0, opened.stderr
    assert CANARY_NAME.encode() in b"".join(p.read_bytes() for p in (tmp / "paper-open").rglob("*") if p.is_file())

    # The printed page photographed: the three codes on one JPEG.
    logging.disable(logging.DEBUG)
    try:
        images = [Image.open(p).convert("L") for p in pictures]
        page = Image.new("L", (sum(i.width for i in images) + 40, max(i.height for i in images) + 20), 255)
        x = 10
        for img in images:
            page.paste(img, (x, 10))
            x += img.width + 10
        page.save(tmp / "page.jpg", quality=85)
    finally:
        logging.disable(logging.NOTSET)
    photo = _open(ceremony, [tmp / "page.jpg", s2], tmp / "paper-photo", "--purpose", "tribunal request 2026-17")
    assert photo.returncode == 0, photo.stderr
    assert CANARY_NAME.encode() in b"".join(p.read_bytes() for p in (tmp / "paper-photo").rglob("*") if p.is_file())

    # A picture of something else is named as such.
    import segno
    segno.make_qr("obfs4 192.0.2.1:443 cert=x iat-mode=0").save(str(tmp / "other.png"), scale=6)
    other = _reveal(ceremony, [tmp / "other.png", s2], tmp / "paper-other")
    assert other.returncode == 1 and "No custodian share" in other.stderr, other.stderr


def test_staff_fetch_checks_the_served_reveal_log_against_its_anchor_and_its_pin(ceremony: dict[str, Path]) -> None:
    """``intake archive fetch`` pins the served reveal checkpoint and checks it against the
    receipt log's newest anchor; after the archive rewrites its reveal log (re-signed), the next
    fetch stops before any download and records a failed validation."""
    tmp, arch = ceremony["tmp"], ceremony["arch"]
    assert _share(ceremony, "c1", tmp / "f1.share.age").returncode == 0  # a step before the receiver starts
    staff = tmp / "staff"
    staff.mkdir(exist_ok=True)
    shutil.copy(arch / "profile.json", staff / "profile.json")
    fetch = ("fetch", "--archive", str(staff), "--custody-key", str(tmp / "requester.custody"),
             "--no-passphrase", "--token-file", str(arch / "staff-token"))
    server = _Receiver(ceremony)
    try:
        # A submission after reveal anchors are in the receipt log: receipt, proof and fetch as ever.
        home = tmp / "submit-home"
        home.mkdir(mode=0o700, exist_ok=True)
        sent = _intake(home, "submit", str(ceremony["bundle"]), "--profile", str(arch / "profile.json"),
                       "--insecure-direct", server.url)
        assert sent.returncode == 0, sent.stderr
        ok = _intake(ceremony["home"], *fetch, "--receiver", server.url)
        assert ok.returncode == 0, ok.stderr
        assert len(list((staff / "incoming").glob("*.tib"))) == 1
        texts = [base64.b64decode(x).decode() for x in (arch / "log" / "entries").read_bytes().splitlines()]
        assert texts[-2].startswith("intake-reveal-anchor/v1\n") and texts[-1].startswith("intake-receipt/v2\n")
    finally:
        server.stop()
    pinned = tlog.open_checkpoint((staff / "log-seen" / "reveal-checkpoint").read_text(), _keys(ceremony)[2],
                                  _keys(ceremony)[0])
    assert pinned.size == len((arch / "reveal-log" / "entries").read_bytes().splitlines())
    saved = {p: p.read_bytes() for p in [arch / "reveal-log" / "entries", arch / "reveal-log" / "checkpoint"]}
    try:
        entries = saved[arch / "reveal-log" / "entries"].splitlines()
        (arch / "reveal-log" / "entries").write_bytes(b"".join(e + b"\n" for e in entries[:-1]))
        RevealLog(arch, read_signing_key(arch / "keys" / "receipt-signing.key", None), _keys(ceremony)[0]).checkpoint()
        pin = (staff / "log-seen" / "reveal-checkpoint").read_bytes()
        server = _Receiver(ceremony)
        try:
            # A staff archive that never pinned the reveal log: the anchor alone catches it.
            (staff / "log-seen" / "reveal-checkpoint").unlink()
            bad = _intake(ceremony["home"], *fetch, "--receiver", server.url)
            assert bad.returncode == 1 and "Traceback" not in bad.stderr, bad.stderr
            assert "rewritten" in bad.stderr, bad.stderr
            events = custody.verify_log(staff / "log-seen")
            assert events[-1].type == "validation" and events[-1].outcome == "failure"
            assert events[-1].detail["check"] == "reveal log anchor"
            assert events[-1].detail["error"] == "the served reveal log does not extend its anchored head"
            assert not (staff / "log-seen" / "reveal-checkpoint").exists()
            # With the pin: caught by it first.
            (staff / "log-seen" / "reveal-checkpoint").write_bytes(pin)
            bad = _intake(ceremony["home"], *fetch, "--receiver", server.url)
            assert bad.returncode == 1 and "reveal log" in bad.stderr, bad.stderr
            assert custody.verify_log(staff / "log-seen")[-1].detail["error"] == "reveal log shrank or forked"
        finally:
            err = server.stop()
        assert "Traceback" not in err
    finally:
        for p, data in saved.items():
            p.write_bytes(data)


def test_a_custodian_offline_copy_reaches_the_served_log_through_import_and_the_next_serve(
        ceremony: dict[str, Path]) -> None:
    """A custodian releases a share on a copy of the archive folder, away from the receiver;
    ``intake archive import-reveals COPY --archive DIR`` takes the copy's entries back and the
    next ``intake serve`` anchors and serves them. A copy that no longer continues the archive's
    log (another step logged here meanwhile) is refused, and nothing changes."""
    tmp, arch = ceremony["tmp"], ceremony["arch"]
    copy = tmp / "offline-copy"
    shutil.copytree(arch, copy)
    offline = dict(ceremony, arch=copy)
    assert _share(offline, "c3", tmp / "off.share.age").returncode == 0
    size_here = len((arch / "reveal-log" / "entries").read_bytes().splitlines())
    size_there = len((copy / "reveal-log" / "entries").read_bytes().splitlines())
    assert size_there == size_here + 1
    r = _intake(ceremony["home"], "archive", "import-reveals", str(copy), "--archive", str(arch))
    assert r.returncode == 0, r.stderr
    assert "1 reveal log entries" in r.stdout
    server = _Receiver(ceremony)
    try:
        anchor = server.json("/v1/reveals/anchor")
        assert f"size {size_there}\n" in str(anchor["entry"])
    finally:
        server.stop()
    ok = _intake(ceremony["home"], "archive", "verify-reveals", "--archive", str(arch), "--log", str(ceremony["log"]))
    assert ok.returncode == 0, ok.stderr
    # A second copy made before a step logged here has diverged: refused, nothing imported.
    stale = tmp / "stale-copy"
    shutil.copytree(arch, stale)
    assert _share(dict(ceremony, arch=stale), "c1", tmp / "stale.share.age").returncode == 0
    assert _share(ceremony, "c2", tmp / "here.share.age").returncode == 0
    before = (arch / "reveal-log" / "entries").read_bytes()
    r = _intake(ceremony["home"], "archive", "import-reveals", str(stale), "--archive", str(arch))
    assert r.returncode == 1 and "does not continue" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert (arch / "reveal-log" / "entries").read_bytes() == before
