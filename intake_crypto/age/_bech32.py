# SPDX-License-Identifier: GPL-3.0-or-later
# Ported from the BIP-173 reference implementation (segwit_addr.py, Pieter Wuille, MIT licence),
# like age's own internal/bech32 fork: Bech32 (not Bech32m), without the 90-character limit,
# because age1pq1 recipients are ~1960 characters long.
"""Bech32 encoding for age keys (BIP-173 checksum, no length limit).

Guarantees: :func:`decode` accepts only all-lowercase or all-uppercase strings with a valid
checksum and a canonical 8-to-5 bit conversion (no non-zero padding bits). Bech32 is an encoding,
not a cryptographic primitive; it protects against typos, not against forgery.
"""

from __future__ import annotations

from intake_crypto.age._errors import KeyFormatError

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= _GEN[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes | list[int], frombits: int, tobits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    ret: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        if value < 0 or (value >> frombits):
            raise KeyFormatError("invalid Bech32 data value")
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad:
        if bits:
            ret.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        raise KeyFormatError("invalid Bech32 padding")
    return ret


def encode(hrp: str, data: bytes) -> str:
    """Lowercase Bech32 of ``data`` under the human-readable part ``hrp`` (must be lowercase)."""
    if hrp != hrp.lower() or not hrp:
        raise KeyFormatError("Bech32 human-readable part must be non-empty lowercase")
    values = _convertbits(data, 8, 5, True)
    polymod = _polymod(_hrp_expand(hrp) + values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """(lowercase human-readable part, data) of a Bech32 string. Raises :class:`KeyFormatError`."""
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise KeyFormatError("invalid character in Bech32 string")
    if text.lower() != text and text.upper() != text:
        raise KeyFormatError("mixed case in Bech32 string")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        raise KeyFormatError("Bech32 separator misplaced or string too short")
    hrp = text[:pos]
    try:
        values = [_CHARSET.index(c) for c in text[pos + 1 :]]
    except ValueError:
        raise KeyFormatError("invalid character in Bech32 data") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise KeyFormatError("invalid Bech32 checksum")
    return hrp, bytes(_convertbits(values[:-6], 5, 8, False))
