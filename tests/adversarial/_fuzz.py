# SPDX-License-Identifier: GPL-3.0-or-later
"""Budget, tallies and mutation strategies shared by the adversarial fuzz tests.

The CI budget is small and deterministic (``derandomize=True``, no example database), so a run
is reproducible and bounded. ``make fuzz`` sets ``INTAKE_FUZZ_SCALE`` (a multiplier of every
budget) and turns derandomisation off, so each long run explores new inputs. Every parser test
records how many inputs it tried and how many it rejected with a typed error in :data:`TALLY`;
with ``INTAKE_FUZZ_STATS=FILE`` the totals are written there as JSON at the end of the session.
Nothing in here catches an untyped exception: a ``ValueError`` or ``AttributeError`` escaping a
parser fails the test, and hypothesis prints the smallest input that does it.
"""

from __future__ import annotations

import copy
import os
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SCALE = float(os.environ.get("INTAKE_FUZZ_SCALE", "1"))
LONG_RUN = SCALE > 1

TALLY: defaultdict[str, Counter[str]] = defaultdict(Counter)

T = TypeVar("T")


def budget(examples: int) -> Any:
    """Hypothesis settings for ``examples`` inputs (times the scale), deterministic in CI."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        derandomize=not LONG_RUN,
        database=None,
        deadline=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
    )


def typed(parser: str, fn: Callable[[], T], *roots: type[BaseException]) -> T | None:
    """Run ``fn``; a typed rejection (an instance of ``roots``) is counted and returns ``None``.

    Any other exception propagates and fails the test.
    """
    TALLY[parser]["tried"] += 1
    try:
        result = fn()
    except roots:
        TALLY[parser]["rejected"] += 1
        return None
    TALLY[parser]["accepted"] += 1
    return result


# --- byte mutations ---------------------------------------------------------------------------
_OPS = ("flip", "set", "delete", "insert", "truncate", "duplicate", "swap-lines", "extend")
INTERESTING = [b"\x00", b"\n", b"\r\n", b" ", b"-", b">", b"=", b"\xff", b"0", b"7", b"\x80",
               b"-> ", b"---", b"age-encryption.org/v1\n", b"\n\n", b"A" * 64 + b"\n"]


@st.composite
def mutated(draw: st.DrawFn, base: bytes, *, hot: int | None = None, max_ops: int = 3) -> bytes:
    """``base`` with 1..max_ops random edits; positions favour the first ``hot`` bytes (a header)."""
    data = bytearray(base)

    def position(extra: int = 0) -> int:
        n = len(data) + extra
        if n <= 0:
            return 0
        if hot is not None and draw(st.booleans()):
            return draw(st.integers(0, max(0, min(hot, n) - 1)))
        return draw(st.integers(0, n - 1))

    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(_OPS))
        if op == "flip" and data:
            data[position()] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[position()] = draw(st.integers(0, 255))
        elif op == "delete" and data:
            start = position()
            del data[start:start + draw(st.integers(1, 64))]
        elif op == "insert":
            piece = draw(st.one_of(st.sampled_from(INTERESTING), st.binary(min_size=1, max_size=32)))
            at = position(1)
            data[at:at] = piece
        elif op == "truncate" and data:
            del data[position():]
        elif op == "duplicate" and data:
            start = position()
            piece = data[start:start + draw(st.integers(1, 600))]
            at = position(1)
            data[at:at] = piece
        elif op == "swap-lines":
            lines = bytes(data).split(b"\n")
            if len(lines) > 2:
                i = draw(st.integers(0, len(lines) - 2))
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
                data = bytearray(b"\n".join(lines))
        elif op == "extend":
            data += draw(st.one_of(st.sampled_from(INTERESTING), st.binary(max_size=600)))
    return bytes(data)


# --- JSON mutations ---------------------------------------------------------------------------
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**60), 2**60), st.text(max_size=24),
    st.sampled_from(["", "0" * 64, "ab" * 16, "Z", "1989-06-04T01:00:00+08:00", "content", "identity",
                     "manifest.json", "audio/" + "a" * 32 + ".flac", "../../x", "AAAA", "=" * 4,
                     "age1", "x" * 300, "\u202e", "\x00"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=6,
)


def _slots(obj: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in a JSON value, depth first."""
    found: list[tuple[Any, Any]] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            found.append((obj, k))
            found.extend(_slots(v))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            found.append((obj, i))
            found.extend(_slots(v))
    return found


@st.composite
def mutated_json(draw: st.DrawFn, base: Any, *, max_ops: int = 3) -> Any:
    """A deep copy of ``base`` with type confusions, deletions, additions and renamings."""
    obj = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, max_ops))):
        slots = _slots(obj)
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        op = draw(st.sampled_from(["replace", "delete", "add", "keys-as-list", "wrap", "empty", "number-as-text"]))
        value = container[key]
        if op == "replace":
            container[key] = draw(json_values)
        elif op == "delete":
            del container[key]
        elif op == "add":
            if isinstance(container, dict):
                container[draw(st.text(max_size=12))] = draw(json_values)
            else:
                container.insert(key, draw(json_values))
        elif op == "keys-as-list" and isinstance(value, dict):
            container[key] = list(value)  # the shape a careless `set(x)` check lets through
        elif op == "wrap":
            container[key] = [value]
        elif op == "empty":
            container[key] = type(value)() if isinstance(value, (dict, list, str)) else None
        elif op == "number-as-text" and isinstance(value, int) and not isinstance(value, bool):
            container[key] = draw(st.sampled_from([str(value), "²", "١٢", "9" * 5000, "-1", "0x10"]))
    return obj
