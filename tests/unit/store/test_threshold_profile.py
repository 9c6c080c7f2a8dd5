# SPDX-License-Identifier: GPL-3.0-or-later
"""Under a k-of-n profile (issue 23, SPEC 2.13 "Sealing on the device") the device seals identity
answers and originals at save time to a one-testimony key E whose secret exists only as shares
encrypted to the custodians: nothing in the store opens them, no single custodian opens them,
and the bundle's identity side (and every section in it) opens with the E that K shares rebuild."""

from __future__ import annotations

from pathlib import Path

import nacl.signing
import pytest

import intake_crypto as crypto
import intake_forms as forms
from intake_app.archive.setup import create_archive
from intake_app.sealing.finalize import finalize
from intake_app.store import Store
from intake_crypto.bundle import threshold
from intake_crypto.bundle.bundle import identity_header, read_bundle

CANARY = "Canary Wang Weilin 王维林"


def _archive(tmp_path: Path, k: int = 2, n: int = 3) -> tuple[list[crypto.HybridIdentity], object]:
    people = [crypto.HybridIdentity.generate() for _ in range(n)]
    profile = create_archive(tmp_path / "arch", "K of n", passphrase=None, receiver_onion="",
                             identity_custodians=tuple(str(p.recipient()) for p in people), threshold=k).profile
    return people, profile


def _session(store: Store, profile: object) -> str:
    from tests.unit.forms.example import consent_answers

    answers = {"consent": dict(consent_answers("en"), method="click"), "how_known": ["EXPERIENCED"],
               "account": "I was at Liubukou.", "name": CANARY}
    answers["consent"].pop("consent_audio")
    tid = store.create_testimony("self_submission", str(forms.load_form("self_submission").version))
    store.save_answers(tid, answers, profile=profile)
    return tid


def test_identity_is_sealed_to_a_one_testimony_key_no_one_holds(store: Store, tmp_path: Path) -> None:
    people, profile = _archive(tmp_path)
    tid = _session(store, profile)
    sections = store.sealed_identity(tid)
    assert sections, "the identity answer was kept, sealed"
    prepared = store.prepared_threshold(tid)
    assert prepared is not None and prepared.policy().threshold == 2 and prepared.policy().total == 3
    # Two testimonies never share E.
    other = _session(store, profile)
    assert str(store.prepared_threshold(other).recipient) != str(prepared.recipient)
    blob = next(iter(sections.values()))
    for person in people:  # no single custodian opens a section
        with pytest.raises(crypto.NoIdentityMatchError):
            crypto.decrypt_bytes(blob, [person])
    # Nothing kept in the store is a secret key: the prepared record is public recipients and
    # encrypted shares only (no AGE-SECRET-KEY anywhere in the settings).
    rows = store._query("SELECT v FROM settings")
    assert not any("AGE-SECRET-KEY" in str(r[0]).upper() for r in rows)
    # K custodians rebuild E, which opens the section.
    pol = prepared.policy()
    shares = [threshold.release(pol, [p]) for p in people[:2]]
    ephemeral = threshold.combine(pol, shares)
    assert CANARY in crypto.decrypt_bytes(blob, [ephemeral]).decode("utf-8")
    with pytest.raises(threshold.NotEnoughSharesError):
        threshold.combine(pol, shares[:1])


def test_a_finalised_bundle_opens_only_with_k_shares(store: Store, tmp_path: Path) -> None:
    people, profile = _archive(tmp_path)
    tid = _session(store, profile)
    (tmp_path / "photo.txt").write_text(CANARY)
    store.add_attachment(tid, tmp_path / "photo.txt", "text/plain")
    entry = finalize(store, tid, profile, nacl.signing.SigningKey.generate())
    bundle = tmp_path / "b.tib"
    with store.open_blob(store._query("SELECT blob_id FROM outbox WHERE id = ?", (entry.id,))[0][0]) as fh:
        bundle.write_bytes(fh.read())
    assert CANARY.encode() not in bundle.read_bytes()
    _, header = identity_header(bundle)
    pol = threshold.policy(header)
    assert pol is not None and pol.threshold == 2
    # The bundle's identity side is sealed with the same one-testimony E as the saved sections.
    assert pol.tid == store.prepared_threshold(tid).policy().tid
    for person in people:
        with pytest.raises(crypto.CryptoError):
            read_bundle(bundle, [person], tmp_path / f"no-{people.index(person)}", strict_keys=True)
    ephemeral = threshold.open_identity(header, [threshold.release(pol, [p]) for p in people[1:]])
    report = read_bundle(bundle, [ephemeral], tmp_path / "opened", strict_keys=True)
    assert report.sides["identity"].opened and not report.sides["content"].opened
    found = b""
    for path in (tmp_path / "opened").rglob("*"):
        if path.is_file():
            found += path.read_bytes()
    assert CANARY.encode() in found  # the identity answer and the original attachment


def test_other_custodians_do_not_replace_the_profile_while_identity_sealed_for_these_waits(
        store: Store, tmp_path: Path) -> None:
    """Two k-of-n profiles both have no identity recipients; they are still different archives
    (different custodians): the re-binding refuses while a draft holds identity sealed for the
    first one's custodians."""
    from intake_app.archive.identity_migration import threshold_profile
    from intake_app.store.errors import ProfileReplaceRefusedError
    from intake_crypto.bundle.signing import read_signing_key

    _, first = _archive(tmp_path)
    others = tuple(str(crypto.HybridIdentity.generate().recipient()) for _ in range(3))
    key = read_signing_key(tmp_path / "arch" / "keys" / "profile-signing.key", None)
    second = threshold_profile(first, key, others, 2)  # same archive keys, other custodians
    assert second.content_recipients == first.content_recipients
    _session(store, first)
    with pytest.raises(ProfileReplaceRefusedError):
        store.replace_profile(second)
    assert store.pinned_profile().identity_custodians == first.identity_custodians
