# SPDX-License-Identifier: GPL-3.0-or-later
"""The local demo archive, so the whole flow can be tried on one computer (``make run``).

``ensure_demo_archive(home)`` creates ``HOME/demo-archive`` once, as ``intake archive init``
would but with keys that have NO passphrase and a name that says "demo"; ``start_receiver``
runs its receiver on loopback (127.0.0.1, random port) in this process; ``enrol_device`` enrols
this computer's device with it, as a real archive enrols an interviewer's device (issue 19), so
its desk names the device that sealed a demo bundle. Nothing about the demo
is anonymous or safe for real testimony: the archive's private keys sit unprotected next to
the app. The GUI labels it so everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DEMO_DIR = "demo-archive"
DEMO_NAME = "Demo archive (not for real testimony)"
#: The interviewer code the demo archive enrols this computer's device as (issue 19's format).
DEMO_INTERVIEWER_CODE = "DEMO-1"


def demo_directory(home: Path) -> Path:
    return Path(home) / DEMO_DIR


def ensure_demo_archive(home: Path) -> Path:
    """The demo archive's ``profile.json`` (created on first call)."""
    from intake_app.archive.setup import create_archive

    directory = demo_directory(home)
    profile = directory / "profile.json"
    if profile.exists():
        return profile
    # The demo receiver is only ever reached on loopback, so it has no onion address.
    created = create_archive(directory, DEMO_NAME, passphrase=None, receiver_onion="", classic=False)
    return Path(created.profile_path)


def start_receiver(directory: Path) -> Any:
    """Run the demo archive's receiver on loopback; returns the server (``.url``, ``.stop()``)."""
    from intake_app.transport.inbox import Limits
    from intake_app.transport.receiver import ReceiverServer
    from intake_crypto.bundle.profile import load_profile
    from intake_crypto.bundle.signing import read_signing_key

    directory = Path(directory)
    profile = load_profile(directory / "profile.json")
    key = read_signing_key(directory / "keys" / "receipt-signing.key", None)
    limits = Limits(max_bundle_bytes=profile.max_bundle_bytes)
    return ReceiverServer(directory, key, limits).start()


def enrol_device(directory: Path, device_public_key: bytes, profile_public_key: bytes) -> bytes:
    """The demo archive's enrolment of ``device_public_key`` as :data:`DEMO_INTERVIEWER_CODE`,
    signed with its profile-signing key as ``intake archive enrol`` signs one (the demo's keys have
    no passphrase). ``profile_public_key`` is the key of the profile the device pinned: a demo
    folder whose key is not that one enrols nothing (``ValueError``)."""
    from intake_crypto.bundle import enrolment
    from intake_crypto.bundle.signing import read_signing_key

    key = read_signing_key(Path(directory) / "keys" / "profile-signing.key", None)
    if bytes(key.verify_key) != bytes(profile_public_key):
        raise ValueError("the demo folder's key is not the pinned profile's key")
    return enrolment.enrol(key, bytes(device_public_key), DEMO_INTERVIEWER_CODE).to_json()
