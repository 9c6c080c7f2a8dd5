# SPDX-License-Identifier: GPL-3.0-or-later
"""Canonical JSON: the I-JSON subset of RFC 8785 (JCS) that bundles, manifests and profiles use.

Guarantees: ``canonical(obj)`` is byte-for-byte what RFC 8785 produces for the same value,
restricted to objects, arrays, strings, booleans, null and integers in the I-JSON safe range
(|n| <= 2**53 - 1). Floats are refused (JCS's number formatting is where implementations
disagree; nothing here needs them). Object keys are sorted by their UTF-16 code units, strings
are emitted as UTF-8 with only the escapes JCS prescribes. ``strict_loads`` refuses duplicate
keys, floats, NaN/Infinity, lone surrogates (in keys too), integers outside the safe range, and
non-canonical text when asked; it and ``canonical`` raise :class:`CanonicalJSONError` only.

Never: accepts a float, a non-string key or a value it cannot serialise exactly.
"""

from __future__ import annotations

import json
from typing import Any

from intake_crypto.age._errors import CryptoError

MAX_SAFE_INT = 2**53 - 1


class CanonicalJSONError(CryptoError, ValueError):
    """The value or text is outside the canonical JSON subset."""


def _string(s: str) -> str:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates cannot be UTF-8
        raise CanonicalJSONError("string holds a lone surrogate") from exc
    # json.dumps with ensure_ascii=False escapes exactly ", \ and U+0000..U+001F, using \b \t \n
    # \f \r and lowercase \u00xx otherwise: the same as RFC 8785 section 3.2.2.2.
    return json.dumps(s, ensure_ascii=False)


def _emit(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise CanonicalJSONError("integer outside the I-JSON safe range")
        out.append(str(value))
    elif isinstance(value, float):
        raise CanonicalJSONError("floats are not allowed in canonical JSON here")
    elif isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _emit(item, out)
        out.append("]")
    elif isinstance(value, dict):
        # Keys are checked (type, lone surrogates) before sorting: the UTF-16 sort key of a lone
        # surrogate would raise UnicodeEncodeError, outside this module's error type (review R6).
        keys: dict[str, str] = {}
        for key in value:
            if not isinstance(key, str):
                raise CanonicalJSONError("object keys must be strings")
            keys[key] = _string(key)
        out.append("{")
        for i, key in enumerate(sorted(value, key=lambda k: k.encode("utf-16-be"))):
            if i:
                out.append(",")
            out.append(keys[key])
            out.append(":")
            _emit(value[key], out)
        out.append("}")
    else:
        raise CanonicalJSONError(f"cannot serialise {type(value).__name__}")


def canonical(value: Any) -> bytes:
    """The RFC 8785 canonical UTF-8 bytes of ``value``. Raises :class:`CanonicalJSONError` only."""
    out: list[str] = []
    try:
        _emit(value, out)
    except RecursionError as exc:  # nesting deeper than the interpreter's stack (review R6)
        raise CanonicalJSONError("value is nested too deeply") from exc
    return "".join(out).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, val in pairs:
        if key in result:
            raise CanonicalJSONError(f"duplicate key {key!r}")
        result[key] = val
    return result


def _no_float(text: str) -> Any:
    raise CanonicalJSONError("floats are not allowed")


def strict_loads(data: bytes, *, require_canonical: bool = False) -> Any:
    """Parse UTF-8 JSON strictly; with ``require_canonical`` the bytes must be exactly canonical.

    Whatever ``require_canonical`` says, the value must lie inside the canonical subset (no lone
    surrogates, integers within +-(2**53-1)), so a caller that later signs or verifies the value
    never meets a :class:`CanonicalJSONError` outside its own error handling (review R6).
    Raises :class:`CanonicalJSONError` and nothing else.
    """
    try:
        text = data.decode("utf-8", errors="strict")
        value = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_float=_no_float, parse_constant=_no_float
        )
    except CanonicalJSONError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CanonicalJSONError(f"not valid JSON: {exc}") from exc
    encoded = canonical(value)
    if require_canonical and encoded != data:
        raise CanonicalJSONError("JSON is not in canonical form")
    return value
