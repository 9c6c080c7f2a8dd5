# SPDX-License-Identifier: GPL-3.0-or-later
"""k-of-n custodian sealing (intake_crypto/bundle/threshold.py, SPEC.md 2.13): round trips with hybrid and
X25519 custodians, every K-1 subset fails, forged/corrupted/foreign shares are named."""

from __future__ import annotations

import contextlib
import io
from itertools import combinations

import pytest

import intake_crypto as crypto
from intake_crypto.bundle import threshold as t

CANARY = b"CANARY-identity-4f1e: Wang Weilin, Chang'an Avenue"


def _seal(k: int, n: int, hybrid: bool = True) -> tuple[bytes, list[crypto.Identity], t.Policy, crypto.Stanza]:
    ids: list[crypto.Identity] = [crypto.HybridIdentity.generate() if hybrid else crypto.X25519Identity.generate()
                                  for _ in range(n)]
    recipient = t.ThresholdRecipient(k, [i.recipient() for i in ids])  # type: ignore[attr-defined]
    sealed = crypto.encrypt_bytes(CANARY, [recipient])
    header, _ = crypto.read_header(io.BytesIO(sealed))
    pol = t.policy(header)
    assert pol is not None
    return sealed, ids, pol, header  # type: ignore[return-value]


@pytest.mark.parametrize(("k", "n"), [(2, 3), (3, 5)])
def test_every_k_subset_opens_and_every_smaller_subset_fails(k: int, n: int) -> None:
    sealed, ids, pol, header = _seal(k, n)
    assert (pol.threshold, pol.total, pol.postquantum) == (k, n, True)
    shares = [t.release(pol, [i]) for i in ids]
    assert [s.index for s in shares] == list(range(1, n + 1))
    for subset in combinations(shares, k):
        ephemeral = t.open_identity(header, list(subset))  # type: ignore[arg-type]
        assert crypto.decrypt_bytes(sealed, [ephemeral]) == CANARY
    for size in range(1, k):
        for subset in combinations(shares, size):
            with pytest.raises(t.NotEnoughSharesError) as err:
                t.combine(pol, list(subset))
            assert err.value.missing == k - size


def test_no_custodian_key_alone_opens_the_file() -> None:
    sealed, ids, _, _ = _seal(2, 3)
    for identity in ids:
        with pytest.raises(crypto.NoIdentityMatchError):
            crypto.decrypt_bytes(sealed, [identity])
    with pytest.raises(crypto.NoIdentityMatchError):
        crypto.decrypt_bytes(sealed, ids)  # all custodian keys together still need the ceremony


def test_classic_custodians_make_a_classic_file() -> None:
    sealed, ids, pol, header = _seal(2, 2, hybrid=False)
    assert not pol.postquantum
    ephemeral = t.open_identity(header, [t.release(pol, [i]) for i in ids])  # type: ignore[arg-type]
    assert str(ephemeral).startswith("AGE-SECRET-KEY-1")
    assert crypto.decrypt_bytes(sealed, [ephemeral]) == CANARY


def test_a_corrupted_share_is_detected_and_named() -> None:
    _, ids, pol, header = _seal(2, 3)
    good = t.release(pol, [ids[0]])
    bad = t.release(pol, [ids[1]])
    flipped = bytes([bad.value[0] ^ 1]) + bad.value[1:]
    with pytest.raises(t.ShareMismatchError) as err:
        t.open_identity(header, [good, t.Share(bad.tid, bad.index, flipped)])  # type: ignore[arg-type]
    assert err.value.index == 2
    # a forged share claiming another custodian's number is refused too
    with pytest.raises(t.ShareMismatchError) as err:
        t.combine(pol, [good, t.Share(good.tid, 3, good.value)])
    assert err.value.index == 3


def test_a_share_for_another_file_is_refused() -> None:
    _, ids, pol, _ = _seal(2, 3)
    sealed2 = crypto.encrypt_bytes(CANARY, [t.ThresholdRecipient(2, [i.recipient() for i in ids])])  # type: ignore[attr-defined]
    pol2 = t.policy(crypto.read_header(io.BytesIO(sealed2))[0])
    assert pol2 is not None and pol2.tid != pol.tid
    other = t.release(pol2, [ids[0]])
    with pytest.raises(t.ShareMismatchError, match="another file"):
        t.combine(pol, [t.release(pol, [ids[1]]), other])


def test_a_changed_commitment_is_caught_by_the_header_mac() -> None:
    _sealed, ids, pol, header = _seal(2, 3)
    shares = [t.release(pol, [i]) for i in ids[:2]]
    # An attacker who can rewrite the header replaces slot 3's commitment: the file key MAC fails.
    forged = [s if s.type != t.STANZA_TYPE or s.args[3] != "3" else
              crypto.Stanza(s.type, (*s.args[:4], "00" * 32), s.body) for s in header.stanzas]
    from intake_crypto.age._format import Header
    tampered = Header(tuple(forged), header.mac, header.mac_input.replace(
        header.stanzas[-1].args[4].encode(), b"00" * 32))
    with pytest.raises(crypto.HeaderError):
        t.open_identity(tampered, shares)


def test_a_non_custodian_gets_no_share() -> None:
    _, _, pol, _ = _seal(2, 3)
    with pytest.raises(t.NotACustodianError):
        t.release(pol, [crypto.HybridIdentity.generate()])


def test_share_files_round_trip_and_refuse_junk() -> None:
    _, ids, pol, _ = _seal(2, 3)
    share = t.release(pol, [ids[2]])
    assert t.Share.from_bytes(share.to_bytes()) == share
    for junk in (b"", b"{}", share.to_bytes().replace(b'"index":3', b'"index":0'),
                 share.to_bytes().replace(b'"version":1', b'"version":2'), share.to_bytes() + b" "):
        with pytest.raises(t.ThresholdFormatError):
            t.Share.from_bytes(junk)


def test_policy_limits() -> None:
    one = crypto.HybridIdentity.generate().recipient()
    two = crypto.HybridIdentity.generate().recipient()
    classic = crypto.X25519Identity.generate().recipient()
    for k, custodians in ((1, [one, two]), (3, [one, two]), (2, [one, one]), (2, [one, classic])):
        with pytest.raises(crypto.RecipientsError):
            t.ThresholdRecipient(k, custodians)


def test_hostile_share_files_and_headers_raise_only_typed_errors() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    _, ids, pol, header = _seal(2, 3)
    share = t.release(pol, [ids[0]]).to_bytes()

    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(st.integers(0, len(share) - 1), st.integers(1, 255))
    def mutate_share(pos: int, xor: int) -> None:
        data = bytearray(share)
        data[pos] ^= xor
        try:
            got = t.Share.from_bytes(bytes(data))
        except t.ThresholdFormatError:
            return
        with pytest.raises(t.ThresholdError):  # parses, but cannot pass for a real share
            t.combine(pol, [got, t.release(pol, [ids[1]])])

    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(st.integers(1, 3), st.integers(0, 4), st.text(alphabet="0123456789abcdef-", min_size=0, max_size=70))
    def mutate_header(which: int, arg: int, value: str) -> None:
        stanzas = list(header.stanzas)
        s = stanzas[which]
        args = list(s.args)
        args[arg] = value or "x"
        stanzas[which] = crypto.Stanza(s.type, tuple(args), s.body)
        from intake_crypto.age._format import Header
        with contextlib.suppress(t.ThresholdFormatError):
            t.policy(Header(tuple(stanzas), header.mac, header.mac_input))

    mutate_share()
    mutate_header()


def test_a_prepared_threshold_round_trips_and_bad_records_are_typed_errors() -> None:
    """The store keeps a PreparedThreshold (SPEC 2.13 "Sealing on the device"): it round-trips
    through canonical JSON and holds no secret; two files sealed with it share one E (a section
    saved early and the bundle's identity.age), which K shares open; anything malformed is a
    ThresholdFormatError (never a KeyError or a crash)."""
    import json

    from intake_crypto.bundle._canonical import canonical

    people = [crypto.HybridIdentity.generate() for _ in range(3)]
    prepared = t.ThresholdRecipient(2, [p.recipient() for p in people]).prepare()
    again = t.PreparedThreshold.from_bytes(prepared.to_bytes())
    assert again.to_bytes() == prepared.to_bytes() and b"AGE-SECRET-KEY" not in prepared.to_bytes().upper()
    section = crypto.encrypt_bytes(CANARY, [crypto.parse_recipient(str(again.recipient))])
    outer = crypto.encrypt_bytes(b"identity.age", [again])
    header, _ = crypto.read_header(io.BytesIO(outer))
    pol = t.policy(header)
    assert pol is not None and pol.tid == prepared.policy().tid
    ephemeral = t.open_identity(header, [t.release(pol, [people[0]]), t.release(pol, [people[2]])])
    assert crypto.decrypt_bytes(section, [ephemeral]) == CANARY
    assert crypto.decrypt_bytes(outer, [ephemeral]) == b"identity.age"
    obj = json.loads(prepared.to_bytes())
    bad = [b"", b"[]", b"{}", prepared.to_bytes() + b" ",
           canonical({**obj, "version": 2}), canonical({**obj, "recipient": "age1nope"}),
           canonical({**obj, "custodians": obj["custodians"][:2]}),
           canonical({**obj, "stanzas": obj["stanzas"][:1]}),
           canonical({**obj, "stanzas": [["x"]] + obj["stanzas"][1:]}),
           canonical({**obj, "stanzas": [[*r[:-1], "%%%"] for r in obj["stanzas"]]}),
           canonical({**obj, "stanzas": 7})]
    for raw in bad:
        with pytest.raises(t.ThresholdFormatError):
            t.PreparedThreshold.from_bytes(raw)
