# SPDX-License-Identifier: GPL-3.0-or-later
"""Thin calls into libsodium's ``crypto_secretstream_xchacha20poly1305`` through PyNaCl's cffi handle.

Why not ``nacl.bindings``: its wrappers insist on ``bytes`` for messages and keys and return
plaintext as ``bytes`` (immutable, so it can never be zeroed) and keep the last plaintext in a
hidden buffer on the state object. Calling the same vetted libsodium functions on caller-owned
``bytearray`` buffers lets the store zero keys and plaintext after use. No primitive is
implemented here; this module only passes pointers.

Guarantees: every buffer this module allocates that held key or plaintext material (the
secretstream state) is zeroed with ``sodium_memzero`` before returning, also on failure.
"""

from __future__ import annotations

from nacl._sodium import ffi, lib

HEADERBYTES: int = lib.crypto_secretstream_xchacha20poly1305_headerbytes()
ABYTES: int = lib.crypto_secretstream_xchacha20poly1305_abytes()
KEYBYTES: int = lib.crypto_secretstream_xchacha20poly1305_keybytes()
STATEBYTES: int = lib.crypto_secretstream_xchacha20poly1305_statebytes()
TAG_MESSAGE: int = lib.crypto_secretstream_xchacha20poly1305_tag_message()
TAG_FINAL: int = lib.crypto_secretstream_xchacha20poly1305_tag_final()

Buffer = bytes | bytearray | memoryview


class OpenFailed(Exception):
    """Authentication failed (wrong key, damaged or forged ciphertext, wrong additional data)."""


def _ro(buf: Buffer):  # type: ignore[no-untyped-def]
    return ffi.from_buffer("unsigned char[]", buf)


def seal(key: Buffer, plain: Buffer, ad: bytes, out: bytearray | memoryview, tag: int) -> None:
    """Write ``header || push(plain, ad, tag)`` of a fresh stream into ``out``.

    ``out`` must be exactly ``HEADERBYTES + len(plain) + ABYTES`` long.
    """
    if len(key) != KEYBYTES:
        raise ValueError("key must be 32 bytes")
    if len(out) != HEADERBYTES + len(plain) + ABYTES:
        raise ValueError("output buffer has the wrong length")
    state = ffi.new("unsigned char[]", STATEBYTES)
    try:
        dst = ffi.from_buffer("unsigned char[]", out, require_writable=True)
        rc = lib.crypto_secretstream_xchacha20poly1305_init_push(state, dst, _ro(key))
        if rc != 0:
            raise RuntimeError("secretstream init_push failed")
        rc = lib.crypto_secretstream_xchacha20poly1305_push(
            state, dst + HEADERBYTES, ffi.NULL, _ro(plain), len(plain), ad, len(ad), tag
        )
        if rc != 0:
            raise RuntimeError("secretstream push failed")
    finally:
        lib.sodium_memzero(state, STATEBYTES)


def open_into(key: Buffer, sealed: Buffer, ad: bytes, out: bytearray | memoryview) -> int:
    """Authenticate and decrypt one sealed message into ``out``; returns its tag.

    ``out`` must be exactly ``len(sealed) - HEADERBYTES - ABYTES`` long. On failure ``out`` is
    zeroed and :class:`OpenFailed` is raised.
    """
    if len(key) != KEYBYTES:
        raise ValueError("key must be 32 bytes")
    clen = len(sealed) - HEADERBYTES
    if clen < ABYTES or len(out) != clen - ABYTES:
        raise OpenFailed("sealed message has the wrong length")
    state = ffi.new("unsigned char[]", STATEBYTES)
    tag = ffi.new("unsigned char *")
    src = _ro(sealed)
    dst = ffi.from_buffer("unsigned char[]", out, require_writable=True)
    try:
        if lib.crypto_secretstream_xchacha20poly1305_init_pull(state, src, _ro(key)) != 0:
            raise OpenFailed("bad header")
        rc = lib.crypto_secretstream_xchacha20poly1305_pull(
            state, dst, ffi.NULL, tag, src + HEADERBYTES, clen, ad, len(ad)
        )
        if rc != 0:
            lib.sodium_memzero(dst, len(out))
            raise OpenFailed("authentication failed")
        return int(tag[0])
    finally:
        lib.sodium_memzero(state, STATEBYTES)


def zero(buf: bytearray | memoryview) -> None:
    """Overwrite a mutable buffer with zeros in place (libsodium's non-elidable memzero)."""
    if len(buf):
        lib.sodium_memzero(ffi.from_buffer("unsigned char[]", buf, require_writable=True), len(buf))


def random_bytes(n: int) -> bytearray:
    """``n`` bytes from libsodium's CSPRNG written straight into a zeroable buffer."""
    buf = bytearray(n)
    lib.randombytes(ffi.from_buffer("unsigned char[]", buf, require_writable=True), n)
    return buf
