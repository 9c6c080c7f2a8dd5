# SPDX-License-Identifier: GPL-3.0-or-later
"""Print vocabulary codes not yet in ``vocabularies/stable-codes.txt`` (``python -m intake_forms.stable_codes``).

The committed list only grows: a code once published must stay resolvable forever, because
archived answers refer to it.
"""

from __future__ import annotations

from pathlib import Path

from intake_forms.registry import default_registry

STABLE_FILE = Path(__file__).resolve().parent / "vocabularies" / "stable-codes.txt"


def committed() -> set[tuple[str, str]]:
    pairs = set()
    for line in STABLE_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            vocab, code = line.split()
            pairs.add((vocab, code))
    return pairs


def current() -> list[tuple[str, str]]:
    registry = default_registry()
    return [(v, e.code) for v in registry.vocabulary_ids() for e in registry.vocabulary(v).entries]


def main() -> None:
    known = committed()
    for vocab, code in current():
        if (vocab, code) not in known:
            print(f"{vocab} {code}")


if __name__ == "__main__":
    main()
