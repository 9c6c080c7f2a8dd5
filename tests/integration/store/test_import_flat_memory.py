# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing a long lossless recording into the store (``intake store add --audio``, and a sound
file added as an attachment in the app) reads its clean copy in place (issue 24): the process's
peak memory does not grow with the file, and the copy sealed is the file's audio byte for byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from intake_app.sealing.service import open_bundle
from tests.archive.test_public_derivative import _answers
from tests.bundle_support import make_archive
from tests.integration.store.conftest import run_cli

FAST_KDF = ["--kdf-ops", "1", "--kdf-mem-mib", "8"]


def _flac(path: Path, seconds: float) -> None:
    rng = np.random.default_rng(24)
    with sf.SoundFile(path, "w", samplerate=48000, channels=2, subtype="PCM_24", format="FLAC") as out:
        left = int(seconds * 48000)
        while left:
            n = min(left, 48000 * 10)
            out.write(rng.integers(-(1 << 22), 1 << 22, size=(n, 2), dtype=np.int32) << 8)
            left -= n


def test_a_long_flac_is_imported_without_a_copy_in_memory(intake_home: Path, inputs: Path, passfile: Path,
                                                          tmp_path: Path) -> None:
    archive = make_archive("classic")
    profile = inputs / "profile.json"
    profile.write_bytes(archive.profile.to_json())
    pp = ["--passphrase-file", str(passfile)]
    assert run_cli(intake_home, "store", "init", *pp, *FAST_KDF, "--profile", str(profile)).returncode == 0
    answers = inputs / "a.json"
    answers.write_text(json.dumps(_answers(1, "name", publish_text="yes", publish_voice="yes", embargo="none")),
                       encoding="utf-8")
    short, long = inputs / "short.flac", inputs / "long.flac"
    _flac(short, 2)
    _flac(long, 400)  # about 110 MB of 24-bit noise, which FLAC cannot compress
    assert long.stat().st_size > 100_000_000

    def add(path: Path) -> tuple[str, float]:
        cmd = [sys.executable, "-m", "intake_app", "--home", str(intake_home), "store", "add", *pp,
               "--form", "self_submission", "--answers", str(answers), "--audio", str(path)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, proc.stderr.read() if proc.stderr else ""
        assert proc.stdout is not None
        return proc.stdout.read().strip(), usage.ru_maxrss / 1024

    _, small_peak = add(short)
    tid, long_peak = add(long)
    # The same command for a file 100 MB longer: the peak grows by far less than the file (the
    # in-memory copy made it grow by at least the file's size, twice while the copy was joined).
    assert long_peak - small_peak < 40, (small_peak, long_peak)

    assert run_cli(intake_home, "store", "finalize", tid, *pp, "--profile", str(profile)).returncode == 0
    tib = tmp_path / "b.tib"
    assert run_cli(intake_home, "store", "export", tid, *pp, "--out", str(tib)).returncode == 0
    opened = tmp_path / "opened"
    open_bundle(tib, [archive.content_key], opened, strict_keys=False)
    (copy,) = [p for p in (opened / "content").rglob("*.flac")]
    original = long.read_bytes()
    body = copy.read_bytes()
    # The clean copy's audio frames are the file's, byte for byte (its header is rebuilt).
    assert body[-(1 << 20):] == original[-(1 << 20):] and len(body) <= len(original)
    assert sf.info(str(copy)).frames == sf.info(str(long)).frames
