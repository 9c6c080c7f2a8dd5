# SPDX-License-Identifier: GPL-3.0-or-later
"""A threshold-sealed file stays a standard age file: once K custodians' shares are combined,
the real ``age`` CLI (X25519) and typage (hybrid post-quantum) open it with the recovered key,
and neither opens it with any single custodian's key (SPEC.md 2.13, the standard-tools path)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import intake_crypto as crypto
from intake_crypto.bundle import threshold as t
from tests.fixtures.age_tools import AgeCli, Typage

pytestmark = pytest.mark.interop

CANARY = b"CANARY-threshold-interop " * 3000  # more than one 64 KiB chunk


def test_age_cli_opens_with_the_recovered_key_and_not_with_one_custodian(age_cli: AgeCli, tmp_path: Path) -> None:
    keys = [tmp_path / f"custodian{i}.txt" for i in range(3)]
    recipients = [crypto.parse_recipient(age_cli.generate(k)) for k in keys]
    sealed = crypto.encrypt_bytes(CANARY, [t.ThresholdRecipient(2, recipients)])
    (tmp_path / "identity.age").write_bytes(sealed)
    for key in keys:
        res = age_cli.run("-d", "-i", str(key), str(tmp_path / "identity.age"), check=False)
        assert res.returncode != 0 and CANARY[:20] not in res.stdout
    header, _ = crypto.read_header(io.BytesIO(sealed))
    pol = t.policy(header)
    assert pol is not None
    shares = [t.release(pol, crypto.parse_identities(keys[i].read_text())) for i in (0, 2)]
    recovered = tmp_path / "recovered.txt"
    recovered.write_text(str(t.open_identity(header, shares)) + "\n")
    res = age_cli.run("-d", "-i", str(recovered), str(tmp_path / "identity.age"))
    assert res.stdout == CANARY


def test_typage_opens_a_hybrid_threshold_file_with_the_recovered_key(typage: Typage) -> None:
    pairs = [typage.keygen("hybrid") for _ in range(3)]
    sealed = crypto.encrypt_bytes(CANARY, [t.ThresholdRecipient(2, [crypto.parse_recipient(r) for _, r in pairs])])
    assert typage.run("decrypt", "-i", pairs[0][0], input=sealed, check=False).returncode != 0
    header, _ = crypto.read_header(io.BytesIO(sealed))
    pol = t.policy(header)
    assert pol is not None
    shares = [t.release(pol, [crypto.parse_identity(pairs[i][0])]) for i in (1, 2)]
    recovered = str(t.open_identity(header, shares))
    assert recovered.startswith("AGE-SECRET-KEY-PQ-1")
    assert typage.run("decrypt", "-i", recovered, input=sealed).stdout == CANARY
