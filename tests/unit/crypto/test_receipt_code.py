# SPDX-License-Identifier: GPL-3.0-or-later
"""Receipt codes (SPEC.md 3.3): v2 codes have no look-alike characters; people can type them back
loosely; codes handed out before v2 ("TI-…") are still read (usability-review problem 7 area:
"TI-1-BYHG-W2H7-WJT1 mixes 1 and I")."""

from __future__ import annotations

import re

import pytest

from intake_crypto.bundle.receipt import CODE_ALPHABET, Receipt, ReceiptFormatError, parse_code


@pytest.mark.parametrize("index", [0, 1, 10, 29, 30, 899, 900, 12345, 10**12])
def test_v2_code_has_no_look_alikes_and_reads_back(index: int) -> None:
    receipt = Receipt.v1("ab" * 32, 4096, "2026-12-04T10:00:00Z", index)
    code = receipt.code()
    assert re.fullmatch(r"T-[2-9A-Z]+-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", code), code
    assert not set(code[2:]) & set("01ILOU"), code
    parsed = parse_code(code)
    assert (parsed.version, parsed.log_index) == (2, index)
    assert receipt.matches_code(code)
    assert receipt.matches_code(" " + code.lower().replace("-", " ") + " ")
    other = Receipt.v1("cd" * 32, 4096, "2026-12-04T10:00:00Z", index)
    assert not other.matches_code(code)


def test_codes_from_before_v2_are_still_read() -> None:
    receipt = Receipt.v1("ab" * 32, 4096, "2026-12-04T10:00:00Z", 1)
    old = receipt.legacy_code()
    assert old.startswith("TI-1-")
    assert parse_code(old).version == 1 and parse_code(old).log_index == 1
    assert receipt.matches_code(old)
    # Crockford's look-alikes: O typed for 0, I or L for 1.
    assert receipt.matches_code(old.replace("0", "O").replace("1", "I"))


def test_alphabet_is_thirty_distinct_symbols() -> None:
    assert len(CODE_ALPHABET) == len(set(CODE_ALPHABET)) == 30


@pytest.mark.parametrize("text", ["", "T", "T-2", "X-2-AAAA-AAAA-AAAA", "T-2-AAAA-AAAA-AAA", "T-2-AAAA-AAAA-AAA1",
                                  "TI-1-AAAA-AAAA-AAAU"])
def test_not_a_code(text: str) -> None:
    with pytest.raises(ReceiptFormatError):
        parse_code(text)
    assert not Receipt.v1("ab" * 32, 1, "2026-12-04T10:00:00Z", 0).matches_code(text)
