# SPDX-License-Identifier: GPL-3.0-or-later
"""The onion-service key helper writes files a real tor accepts and derives the same address from."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

from intake_app.transport.onion import (
    BadOnionAddressError,
    OnionDirExistsError,
    create_onion_service_dir,
    public_key_from_onion_address,
    read_onion_address,
)


def test_layout_modes_and_round_trip(tmp_path: Path) -> None:
    hs = tmp_path / "onion"
    address = create_onion_service_dir(hs)
    assert address.endswith(".onion") and len(address) == 62
    assert stat.S_IMODE(os.stat(hs).st_mode) == 0o700
    for name in ("hs_ed25519_secret_key", "hs_ed25519_public_key", "hostname"):
        assert stat.S_IMODE(os.stat(hs / name).st_mode) == 0o600
    assert (hs / "hostname").read_text() == address + "\n"
    assert read_onion_address(hs) == address
    assert len(public_key_from_onion_address(address)) == 32
    with pytest.raises(OnionDirExistsError):
        create_onion_service_dir(hs)
    assert create_onion_service_dir(tmp_path / "other") != address


def test_checksum_is_checked() -> None:
    # A published v3 address (the Tor Project's own), then the same with one character changed.
    good = "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion"
    public_key_from_onion_address(good)
    with pytest.raises(BadOnionAddressError):
        public_key_from_onion_address(good.replace("2gzy", "2gzz"))
    with pytest.raises(BadOnionAddressError):
        public_key_from_onion_address("short.onion")


def test_real_tor_derives_the_same_address_from_the_secret_key(tmp_path: Path) -> None:
    hs = tmp_path / "onion"
    address = create_onion_service_dir(hs)
    # Leave tor only the secret key: it must derive the public key and hostname from it itself.
    (hs / "hostname").unlink()
    (hs / "hs_ed25519_public_key").unlink()
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    proc = subprocess.Popen(
        ["tor", "--DataDirectory", str(data), "--DisableNetwork", "1", "--SocksPort", "0",
         "--HiddenServiceDir", str(hs), "--HiddenServicePort", "80 127.0.0.1:9",
         "--__OwningControllerProcess", str(os.getpid()), "--Log", "notice stdout"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        for _ in range(300):  # polls the file tor writes; a bound on attempts, not a speed assertion
            if (hs / "hostname").exists() and (hs / "hostname").read_text().strip():
                break
            if proc.poll() is not None:
                break
            time.sleep(0.1)
        assert (hs / "hostname").exists(), proc.stdout.read() if proc.poll() is not None else "tor did not write hostname"
        assert (hs / "hostname").read_text().strip() == address
        assert read_onion_address(hs) == address
    finally:
        proc.terminate()
        proc.wait(timeout=30)
