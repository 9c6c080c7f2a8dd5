# SPDX-License-Identifier: GPL-3.0-or-later
"""Chunk-encrypted blob files: round trips, seeking, padding, tamper detection, recovery."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.store import blobs
from intake_app.store.blobs import BlobReader, BlobWriter, new_blob_key, recover, write_blob
from intake_app.store.errors import (
    BlobCorruptError,
    BlobMissingError,
    BlobTruncatedError,
    BlobWriteError,
)

SMALL = 1024  # small chunks so tests cover many chunks quickly
CAP = blobs.data_per_chunk(SMALL)

# Every test runs on both formats: version 2 (written today) and version 1 (every store in the
# field has such blobs; they must stay readable and recoverable).
pytestmark = pytest.mark.parametrize("version", blobs.VERSIONS)


def _data(n: int) -> bytes:
    return (b"0123456789abcdefghij" * (n // 20 + 1))[:n]


@pytest.mark.parametrize("n", [0, 1, CAP - 1, CAP, CAP + 1, 3 * CAP, 10 * CAP + 7, 100 * CAP + 5])
def test_round_trip_sizes(tmp_path: Path, n: int, version: int) -> None:
    key = new_blob_key()
    data = _data(n)
    ref = write_blob(tmp_path, key, [data[: n // 3], data[n // 3 :]], chunk_size=SMALL, version=version)
    assert ref.size == n
    path = tmp_path / ref.name
    assert path.stat().st_size == ref.file_size == ref.chunks * blobs.sealed_chunk_size(SMALL, version=version)
    assert ref.chunks == blobs.padded_chunk_count(n // CAP + 1)
    with BlobReader(path, key, chunk_size=SMALL, expected_size=n, version=version) as reader:
        assert reader.read() == data
        assert reader.size == n


def test_default_chunk_size_and_stream_source(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    data = os.urandom(300_000)
    ref = write_blob(tmp_path, key, io.BytesIO(data), version=version)
    with BlobReader(tmp_path / ref.name, key, version=version) as reader:
        assert reader.read() == data


def test_file_has_no_plaintext_and_random_name(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    canary = b"CANARY-blob-\xe5\x85\xad\xe5\x9b\x9b" * 100
    ref = write_blob(tmp_path, key, [canary], chunk_size=SMALL, version=version)
    raw = (tmp_path / ref.name).read_bytes()
    assert b"CANARY" not in raw
    assert len(ref.name) == 32 and all(c in "0123456789abcdef" for c in ref.name)


def test_sizes_rounded_to_buckets(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    sizes = {write_blob(tmp_path, key, [_data(n)], chunk_size=SMALL, version=version).file_size for n in range(0, 40 * CAP, 97)}
    # 40 chunk counts collapse into far fewer distinguishable file sizes.
    assert len(sizes) < 25
    assert [blobs.padded_chunk_count(n) for n in (1, 2, 3, 9, 17, 100, 1000)] == [1, 2, 3, 10, 18, 104, 1024]


@settings(max_examples=40, deadline=None)
@given(n=st.integers(0, 12 * CAP), ops=st.lists(st.tuples(st.integers(-5, 13 * CAP), st.integers(0, 3 * CAP)), max_size=8))
def test_seek_and_read_anywhere(tmp_path_factory: pytest.TempPathFactory, n: int, ops: list[tuple[int, int]], version: int) -> None:
    d = tmp_path_factory.mktemp("seek")
    key = new_blob_key()
    data = os.urandom(n)
    ref = write_blob(d, key, [data], chunk_size=SMALL, version=version)
    with BlobReader(d / ref.name, key, chunk_size=SMALL, version=version) as reader:
        for pos, length in ops:
            pos = max(pos, 0)
            assert reader.seek(pos) == pos
            assert reader.read(length) == data[pos : pos + length]
        assert reader.seek(0, io.SEEK_END) == n
        if n:
            assert reader.seek(-1, io.SEEK_END) == n - 1 and reader.read() == data[-1:]


def test_wrong_key_is_corrupt(tmp_path: Path, version: int) -> None:
    ref = write_blob(tmp_path, new_blob_key(), [b"x" * 5000], chunk_size=SMALL, version=version)
    with pytest.raises(BlobCorruptError):
        BlobReader(tmp_path / ref.name, new_blob_key(), chunk_size=SMALL, version=version)


def test_flipped_bit_detected_on_read(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    ref = write_blob(tmp_path, key, [_data(5 * CAP)], chunk_size=SMALL, version=version)
    path = tmp_path / ref.name
    raw = bytearray(path.read_bytes())
    raw[blobs.sealed_chunk_size(SMALL, version=version) + 100] ^= 1  # inside chunk 1
    path.write_bytes(raw)
    with BlobReader(path, key, chunk_size=SMALL, version=version) as reader:
        assert reader.read(CAP) == _data(CAP)
        with pytest.raises(BlobCorruptError) as info:
            reader.read(CAP)
        assert info.value.chunk == 1


def test_swapped_chunks_detected(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    ref = write_blob(tmp_path, key, [os.urandom(5 * CAP)], chunk_size=SMALL, version=version)
    path = tmp_path / ref.name
    s = blobs.sealed_chunk_size(SMALL, version=version)
    raw = path.read_bytes()
    path.write_bytes(raw[s : 2 * s] + raw[:s] + raw[2 * s :])
    with BlobReader(path, key, chunk_size=SMALL, version=version) as reader, pytest.raises(BlobCorruptError):
        reader.read()


def test_dropped_final_chunk_is_truncated_not_silent(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    ref = write_blob(tmp_path, key, [_data(3 * CAP + 5)], chunk_size=SMALL, version=version)
    path = tmp_path / ref.name
    s = blobs.sealed_chunk_size(SMALL, version=version)
    with open(path, "r+b") as f:
        f.truncate((ref.chunks - 1) * s)
    with pytest.raises(BlobTruncatedError):
        BlobReader(path, key, chunk_size=SMALL, version=version)


def test_expected_size_mismatch(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    ref = write_blob(tmp_path, key, [b"abc"], chunk_size=SMALL, version=version)
    with pytest.raises(BlobCorruptError):
        BlobReader(tmp_path / ref.name, key, chunk_size=SMALL, expected_size=4, version=version)


def test_missing(tmp_path: Path, version: int) -> None:
    with pytest.raises(BlobMissingError):
        BlobReader(tmp_path / "nope", new_blob_key(), version=version)


def test_unfinished_writer_then_recover(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    data = _data(7 * CAP + 100)
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    w.write(data)
    assert w.durable_size == 7 * CAP
    # Simulate the process dying: drop the descriptor without close().
    os.close(w._fd)  # type: ignore[arg-type]
    w._fd = None
    path = tmp_path / w.name
    with pytest.raises(BlobTruncatedError):
        BlobReader(path, key, chunk_size=SMALL, version=version)
    ref = recover(path, key, chunk_size=SMALL, version=version)
    assert ref.recovered and ref.size == 7 * CAP and ref.chunks == 8
    with BlobReader(path, key, chunk_size=SMALL, expected_size=ref.size, version=version) as reader:
        assert reader.read() == data[: 7 * CAP]
    # Recovering again is a no-op on a now finished blob.
    again = recover(path, key, chunk_size=SMALL, version=version)
    assert not again.recovered and again.size == ref.size


def test_recover_torn_partial_chunk_and_empty_file(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    w.write(_data(2 * CAP))
    os.close(w._fd)  # type: ignore[arg-type]
    w._fd = None
    path = tmp_path / w.name
    with open(path, "ab") as f:
        f.write(os.urandom(300))  # half a chunk, as a kill in the middle of write() would leave
    ref = recover(path, key, chunk_size=SMALL, version=version)
    assert ref.size == 2 * CAP and ref.recovered
    empty = tmp_path / "empty"
    empty.touch()
    ref = recover(empty, key, chunk_size=SMALL, version=version)
    assert ref.size == 0 and ref.chunks == 1
    with BlobReader(empty, key, chunk_size=SMALL, version=version) as reader:
        assert reader.read() == b""


def test_recover_torn_full_length_last_chunk(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    w.write(_data(3 * CAP))
    os.close(w._fd)  # type: ignore[arg-type]
    w._fd = None
    path = tmp_path / w.name
    with open(path, "ab") as f:
        f.write(b"\0" * blobs.sealed_chunk_size(SMALL, version=version))  # power loss: a zeroed last block
    ref = recover(path, key, chunk_size=SMALL, version=version)
    assert ref.size == 3 * CAP and ref.chunks == 4


def test_recover_refuses_damage_in_the_middle(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    w.write(_data(4 * CAP))
    os.close(w._fd)  # type: ignore[arg-type]
    w._fd = None
    path = tmp_path / w.name
    raw = bytearray(path.read_bytes())
    raw[50] ^= 0xFF
    path.write_bytes(raw)
    with pytest.raises(BlobCorruptError):
        recover(path, key, chunk_size=SMALL, version=version)
    assert path.read_bytes() == raw  # untouched


def test_context_manager_aborts_on_error(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    with pytest.raises(RuntimeError), BlobWriter(tmp_path, key, chunk_size=SMALL, version=version) as w:
        w.write(b"x" * 5000)
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_buffers_zeroed_after_close(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    w.write(b"S" * 100)
    ref = w.close()
    assert w._cipher._aead is None and not any(w._cipher._key) and not any(w._plain)
    r = BlobReader(tmp_path / ref.name, key, chunk_size=SMALL, version=version)
    assert r.read() == b"S" * 100
    r.close()
    assert r._cipher._aead is None and not any(r._cipher._key) and not any(r._plain)


def test_bad_arguments(tmp_path: Path, version: int) -> None:
    with pytest.raises(ValueError):
        BlobWriter(tmp_path, b"short", version=version)
    with pytest.raises(ValueError):
        BlobWriter(tmp_path, new_blob_key(), chunk_size=10, version=version)


def _die(w: BlobWriter) -> None:
    """What a kill -9 leaves: the descriptor gone, nothing more written."""
    os.close(w._fd)  # type: ignore[arg-type]
    w._fd = None


def test_checkpoint_makes_a_partial_chunk_durable_in_place(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    data = _data(3 * CAP + 300)
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    path = tmp_path / w.name
    sealed = blobs.sealed_chunk_size(SMALL, version=version)
    w.write(data[: 3 * CAP + 100])
    assert w.durable_size == 3 * CAP and path.stat().st_size == 3 * sealed
    assert w.checkpoint() == 3 * CAP + 100 == w.durable_size
    assert path.stat().st_size == 4 * sealed  # one more chunk, short, at its own place
    first = path.read_bytes()[3 * sealed :]
    assert w.checkpoint() == 3 * CAP + 100  # nothing new: no rewrite
    assert path.read_bytes()[3 * sealed :] == first
    w.write(data[3 * CAP + 100 :])
    w.checkpoint()
    assert path.stat().st_size == 4 * sealed  # rewritten in place, the file did not grow
    second = path.read_bytes()[3 * sealed :]
    assert second != first and second[:24] != first[:24]  # a fresh stream header (nonce)
    _die(w)
    ref = recover(path, key, chunk_size=SMALL, version=version)
    assert ref.recovered and ref.size == len(data)
    with BlobReader(path, key, chunk_size=SMALL, expected_size=ref.size, version=version) as reader:
        assert reader.read() == data


def test_checkpointed_chunk_is_overwritten_when_it_fills_and_at_close(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    data = _data(5 * CAP + 10)
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, pad=False, version=version)
    for i in range(0, len(data), 333):  # checkpoints at every step, across chunk boundaries
        w.write(data[i : i + 333])
        assert w.checkpoint() == min(i + 333, len(data))
    ref = w.close()
    assert ref.chunks == 6 and (tmp_path / w.name).stat().st_size == ref.file_size
    with BlobReader(tmp_path / w.name, key, chunk_size=SMALL, expected_size=len(data), version=version) as reader:
        assert reader.read() == data
    with pytest.raises(ValueError):
        w.checkpoint()


def test_an_old_checkpoint_replayed_over_a_full_chunk_is_detected(tmp_path: Path, version: int) -> None:
    """Someone with an earlier copy of the disk puts back a checkpointed (short) version of a
    chunk that later filled: the reader refuses it rather than returning less."""
    key = new_blob_key()
    data = _data(4 * CAP)
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    path = tmp_path / w.name
    sealed = blobs.sealed_chunk_size(SMALL, version=version)
    w.write(data[: CAP + 50])
    w.checkpoint()
    old = path.read_bytes()[sealed : 2 * sealed]
    w.write(data[CAP + 50 :])
    ref = w.close()
    raw = bytearray(path.read_bytes())
    raw[sealed : 2 * sealed] = old
    path.write_bytes(bytes(raw))
    with BlobReader(path, key, chunk_size=SMALL, expected_size=ref.size, version=version) as reader, pytest.raises(BlobCorruptError):
        reader.read()


def test_torn_rewrite_of_a_checkpoint_loses_only_that_chunk(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    data = _data(2 * CAP + 500)
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    path = tmp_path / w.name
    sealed = blobs.sealed_chunk_size(SMALL, version=version)
    w.write(data)
    w.checkpoint()
    _die(w)
    with open(path, "r+b") as fh:  # power lost half-way through the in-place rewrite
        fh.seek(2 * sealed + 100)
        fh.write(os.urandom(200))
    ref = recover(path, key, chunk_size=SMALL, version=version)
    assert ref.recovered and ref.size == 2 * CAP
    with BlobReader(path, key, chunk_size=SMALL, expected_size=ref.size, version=version) as reader:
        assert reader.read() == data[: 2 * CAP]


def test_a_blob_read_as_the_other_version_is_refused(tmp_path: Path, version: int) -> None:
    """The version comes from the database: a wrong one never yields plaintext (different chunk
    layout, different additional data), only an error."""
    key = new_blob_key()
    other = 1 if version == 2 else 2
    for n in (0, 100, 7 * CAP):
        ref = write_blob(tmp_path, key, [_data(n)], chunk_size=SMALL, version=version)
        with pytest.raises((BlobCorruptError, BlobTruncatedError)):
            BlobReader(tmp_path / ref.name, key, chunk_size=SMALL, version=other).read()


def test_v2_chunks_carry_a_fresh_nonce_each(tmp_path: Path, version: int) -> None:
    """Same key, same plaintext, same index: every sealed chunk differs (its nonce is random)."""
    key = new_blob_key()
    a = write_blob(tmp_path, key, [bytes(4 * CAP)], chunk_size=SMALL, version=version)
    b = write_blob(tmp_path, key, [bytes(4 * CAP)], chunk_size=SMALL, version=version)
    s = blobs.sealed_chunk_size(SMALL, version=version)
    ra, rb = (tmp_path / a.name).read_bytes(), (tmp_path / b.name).read_bytes()
    heads = {raw[i * s : i * s + 12] for raw in (ra, rb) for i in range(a.chunks)}
    assert len(heads) == 2 * a.chunks
    if version == 2:
        assert s == SMALL + 28


def test_the_writer_keeps_the_sha256_of_what_it_was_given(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    data = os.urandom(5 * CAP + 17)
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    for i in range(0, len(data), 700):
        w.write(data[i : i + 700])
        w.checkpoint()  # in-place rewrites change nothing in what is hashed
    ref = w.close()
    assert ref.sha256 == hashlib.sha256(data).hexdigest() and ref.version == version
    with BlobReader(tmp_path / ref.name, key, chunk_size=SMALL, expected_size=ref.size, version=version) as r:
        assert hashlib.sha256(r.read()).hexdigest() == ref.sha256
    # Asked not to hash (a sealed bundle, whose digest the bundle writer has): none.
    assert write_blob(tmp_path, key, [data], chunk_size=SMALL, version=version).sha256 is not None
    unhashed = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version, keep_sha256=False)
    unhashed.write(data)
    assert unhashed.close().sha256 is None


def test_a_recovered_blob_has_no_kept_hash(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    w.write(_data(3 * CAP + 9))
    w.checkpoint()
    _die(w)
    ref = recover(tmp_path / w.name, key, chunk_size=SMALL, version=version)
    assert ref.recovered and ref.sha256 is None


def test_a_chunk_lost_to_a_write_error_drops_the_kept_hash(tmp_path: Path, version: int) -> None:
    key = new_blob_key()
    w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version)
    w.write(_data(CAP - 1))
    real = w._fd
    w._fd = os.open("/dev/full", os.O_WRONLY)  # the next full chunk cannot be written
    with pytest.raises(BlobWriteError):
        w.write(b"xx")
    os.close(w._fd)
    w._fd = real
    assert w.close().sha256 is None


def test_an_old_checkpoint_of_the_last_chunk_replayed_is_detected(tmp_path: Path, version: int) -> None:
    """The kept hash relies on it: any older version of the last data-bearing chunk (a shorter
    checkpoint, never final) put back after close() is refused, never read as a shorter blob."""
    key = new_blob_key()
    data = _data(2 * CAP + 300)
    sealed = blobs.sealed_chunk_size(SMALL, version=version)
    for pad in (True, False):
        w = BlobWriter(tmp_path, key, chunk_size=SMALL, version=version, pad=pad)
        path = tmp_path / w.name
        w.write(data[: 2 * CAP + 100])
        w.checkpoint()
        old = path.read_bytes()[2 * sealed : 3 * sealed]
        w.write(data[2 * CAP + 100 :])
        w.checkpoint()
        ref = w.close()
        raw = bytearray(path.read_bytes())
        raw[2 * sealed : 3 * sealed] = old
        path.write_bytes(bytes(raw))
        # Unpadded, the replayed chunk is the last one and not final: "unfinished", still no data.
        with pytest.raises((BlobCorruptError, BlobTruncatedError)):
            BlobReader(path, key, chunk_size=SMALL, expected_size=ref.size, version=version).read()

