# SPDX-License-Identifier: GPL-3.0-or-later
"""Round trips, tamper rejection and determinism of the parallel path."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import intake_crypto as crypto
from intake_crypto.age import _pipeline, _stream

X = crypto.X25519Identity.generate()
PQ = crypto.HybridIdentity.generate()
SIZES = [0, 1, 65535, 65536, 65537, 2 * 65536, 3 * 65536 + 5]


def _enc(data: bytes, recipients: list[crypto.Recipient], **kw: object) -> bytes:
    out = io.BytesIO()
    crypto.encrypt(io.BytesIO(data), out, recipients, **kw)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", ["x25519", "hybrid", "scrypt"])
@pytest.mark.parametrize("armor", [False, True])
def test_round_trip(size: int, kind: str, armor: bool) -> None:
    data = os.urandom(size)
    if kind == "x25519":
        rec: list[crypto.Recipient] = [X.recipient()]
        ids: list[crypto.Identity] = [X]
    elif kind == "hybrid":
        rec, ids = [PQ.recipient()], [PQ]
    else:
        rec, ids = (
            [crypto.ScryptRecipient("correct horse", work_factor=4)],
            [crypto.ScryptIdentity("correct horse")],
        )
    sealed = _enc(data, rec, armor=armor)
    assert crypto.decrypt_bytes(sealed, ids) == data
    assert len(data) < 16 or data not in sealed


def test_multiple_recipients_each_can_open() -> None:
    others = [crypto.X25519Identity.generate() for _ in range(3)]
    sealed = crypto.encrypt_bytes(b"testimony", [o.recipient() for o in others])
    for identity in others:
        assert crypto.decrypt_bytes(sealed, [identity]) == b"testimony"
    with pytest.raises(crypto.NoIdentityMatchError) as info:
        crypto.decrypt_bytes(sealed, [X, PQ])
    assert len(info.value.errors) == 2


def test_scrypt_must_stand_alone() -> None:
    with pytest.raises(crypto.RecipientsError):
        crypto.encrypt_bytes(b"x", [crypto.ScryptRecipient("a", 4), X.recipient()])
    with pytest.raises(crypto.RecipientsError):
        crypto.encrypt_bytes(b"x", [crypto.ScryptRecipient("a", 4), crypto.ScryptRecipient("b", 4)])


def test_postquantum_not_mixed_with_classic() -> None:
    with pytest.raises(crypto.RecipientsError):
        crypto.encrypt_bytes(b"x", [PQ.recipient(), X.recipient()])
    with pytest.raises(crypto.RecipientsError):
        crypto.encrypt_bytes(b"x", [])


def test_wrong_passphrase_is_distinct_from_no_match() -> None:
    sealed = crypto.encrypt_bytes(b"x", [crypto.ScryptRecipient("right", 4)])
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.decrypt_bytes(sealed, [crypto.ScryptIdentity("wrong")])
    with pytest.raises(crypto.NoIdentityMatchError) as info:
        crypto.decrypt_bytes(sealed, [X])
    assert type(info.value) is crypto.NoIdentityMatchError


def test_work_factor_limit() -> None:
    sealed = crypto.encrypt_bytes(b"x", [crypto.ScryptRecipient("p", 12)])
    with pytest.raises(crypto.WorkFactorTooLargeError) as info:
        crypto.decrypt_bytes(sealed, [crypto.ScryptIdentity("p", max_work_factor=11)])
    assert info.value.required_work_factor == 12
    assert isinstance(info.value, crypto.HeaderError)


# Sizes at and across the batch boundaries of both paths (serial: 2 chunks, pool: 8) and of the
# earlier 64-chunk serial batches.
@pytest.mark.parametrize("size", [0, 65536, 5 * 65536 + 3, 40 * 65536, 64 * 65536, 64 * 65536 + 1, 128 * 65536])
@pytest.mark.parametrize("workers", [2, 3, 8])
def test_parallel_output_identical(size: int, workers: int) -> None:
    data = os.urandom(size)
    key, nonce = os.urandom(16), os.urandom(16)
    # Same file key and nonce; the X25519 stanza differs per run, so compare the payloads.
    one = _enc(data, [X.recipient()], workers=1, _file_key=key, _nonce=nonce)
    many = _enc(data, [X.recipient()], workers=workers, _file_key=key, _nonce=nonce)
    assert one[one.index(nonce) :] == many[many.index(nonce) :]
    out = io.BytesIO()
    crypto.decrypt(io.BytesIO(many), out, [X], workers=workers)
    assert out.getvalue() == data


@pytest.mark.parametrize("workers", [1, 4])
@pytest.mark.parametrize(("chunks", "bad_chunk"), [(20, 7), (150, 64), (150, 131)])
def test_decrypt_releases_only_chunks_before_failure(workers: int, chunks: int, bad_chunk: int) -> None:
    data = os.urandom(chunks * 65536)
    sealed = bytearray(_enc(data, [X.recipient()], workers=1))
    payload_start = len(sealed) - (chunks * (65536 + 16) + 16)
    sealed[payload_start + bad_chunk * (65536 + 16) + 100] ^= 1
    out = io.BytesIO()
    with pytest.raises(crypto.PayloadError) as info:
        crypto.decrypt(io.BytesIO(bytes(sealed)), out, [X], workers=workers)
    assert info.value.chunk_index == bad_chunk
    assert out.getvalue() == data[: bad_chunk * 65536]


@pytest.mark.parametrize(("chunks", "cut"), [(3, 1), (128, 64)])  # (128, 64): at batch boundaries of both paths
def test_truncation_detected_at_chunk_boundary(chunks: int, cut: int) -> None:
    data = os.urandom(chunks * 65536)
    sealed = _enc(data, [X.recipient()])
    with pytest.raises(crypto.TruncatedPayloadError):
        crypto.decrypt_bytes(sealed[: -cut * (65536 + 16)], [X])


def test_window_bounds_memory() -> None:
    """At most workers * WINDOW_PER_WORKER chunks are in flight (flat memory)."""
    in_flight = 0
    peak = 0

    def items():  # type: ignore[no-untyped-def]
        nonlocal in_flight, peak
        for i in range(200):
            in_flight += 1
            peak = max(peak, in_flight)
            yield i

    for _ in _pipeline.ordered_map(lambda i: i, items(), 3):
        in_flight -= 1
    assert peak <= 3 * _pipeline.WINDOW_PER_WORKER + 1


SEALED = crypto.encrypt_bytes(os.urandom(2 * 65536 + 10), [X.recipient()])
SEALED_ARMOR = crypto.encrypt_bytes(os.urandom(300), [X.recipient()], armor=True)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_flipped_byte_rejected(data: st.DataObject) -> None:
    blob = SEALED if data.draw(st.booleans()) else SEALED_ARMOR
    pos = data.draw(st.integers(0, len(blob) - 1))
    bit = data.draw(st.integers(0, 7))
    tampered = bytearray(blob)
    tampered[pos] ^= 1 << bit
    out = io.BytesIO()
    with pytest.raises(crypto.AgeError):
        crypto.decrypt(io.BytesIO(bytes(tampered)), out, [X])


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=3 * 65536 + 17), st.booleans(), st.integers(1, 4))
def test_round_trip_property(data: bytes, armor: bool, workers: int) -> None:
    sealed = _enc(data, [X.recipient()], armor=armor, workers=workers)
    out = io.BytesIO()
    crypto.decrypt(io.BytesIO(sealed), out, [X], workers=workers)
    assert out.getvalue() == data


def test_key_strings_round_trip() -> None:
    for identity in (X, PQ):
        assert str(crypto.parse_identity(str(identity))) == str(identity)
        assert str(crypto.parse_recipient(str(identity.recipient()))) == str(identity.recipient())
    assert str(PQ.recipient()).startswith("age1pq1") and len(str(PQ.recipient())) > 1900
    assert str(PQ).startswith("AGE-SECRET-KEY-PQ-1")


@pytest.mark.parametrize(
    "text",
    ["", "age1", "AGE-SECRET-KEY-1QQQ", "age-secret-key-1" + "q" * 58, "not a key"],
)
def test_bad_identity_strings(text: str) -> None:
    with pytest.raises(crypto.KeyFormatError):
        crypto.parse_identities(text)


def test_recipient_typo_rejected() -> None:
    good = str(X.recipient())
    typo = good[:-1] + ("q" if good[-1] != "q" else "p")
    with pytest.raises(crypto.KeyFormatError):
        crypto.parse_recipient(typo)


def test_prefetch_raises_read_errors_in_order() -> None:
    def source():  # type: ignore[no-untyped-def]
        yield 1
        yield 2
        raise OSError("disk gone")

    seen = []
    with pytest.raises(OSError, match="disk gone"), _pipeline.Prefetch(source()) as items:
        for item in items:
            seen.append(item)  # noqa: PERF402 (items before the error must arrive)
    assert seen == [1, 2]


class _FailingSink(io.BytesIO):
    def write(self, data):  # type: ignore[no-untyped-def,override]
        if self.tell() > 65536:
            raise OSError("disk full")
        return super().write(data)


@pytest.mark.parametrize("workers", [1, 2])
def test_write_errors_propagate(workers: int) -> None:
    # Several batches of either path, so a write after the first one fails.
    size = 3 * 65536 * max(_stream.SERIAL_BATCH_CHUNKS, _stream.BATCH_CHUNKS)
    with pytest.raises(OSError, match="disk full"):
        crypto.encrypt(io.BytesIO(os.urandom(size)), _FailingSink(), [X.recipient()], workers=workers)


def test_armor_damage_late_in_file_is_an_armor_error() -> None:
    sealed = bytearray(crypto.encrypt_bytes(os.urandom(3 * 65536), [X.recipient()], armor=True))
    pos = len(sealed) - 200
    sealed[pos : pos + 1] = b"*"
    out = io.BytesIO()
    with pytest.raises(crypto.ArmorError):
        crypto.decrypt(io.BytesIO(bytes(sealed)), out, [X], workers=1)


@pytest.mark.parametrize("workers", [1, 2])
def test_no_thread_outlives_a_failed_decrypt(workers: int) -> None:
    """Pools and I/O threads are shut down by decrypt itself, not later by the garbage collector
    (a pool finalised during another thread's start-up deadlocks CPython)."""
    import threading

    sealed = bytearray(_enc(os.urandom(40 * 65536), [X.recipient()], workers=1))
    sealed[-30 * 65536] ^= 1
    with pytest.raises(crypto.PayloadError) as info:
        crypto.decrypt(io.BytesIO(bytes(sealed)), io.BytesIO(), [X], workers=workers)
    # The traceback (kept alive here, as callers often do) must not be what keeps threads alive.
    assert info.value.__traceback__ is not None
    names = [t.name for t in threading.enumerate()]
    assert not [n for n in names if n.startswith(("age-stream", "age-read", "age-write"))], names
