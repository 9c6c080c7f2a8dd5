# SPDX-License-Identifier: GPL-3.0-or-later
"""Update notices: tell the user that the archive announces a newer version of the app.

The archive profile's ``latest_app_version`` names the newest release; the app compares it with
its own version (PEP 440 ordering, the scheme ``pyproject.toml`` uses) and, when it is newer,
the GUI shows a notice. Qt-free.

Guarantees: a notice carries only normalised version numbers (never other text from the profile),
so nothing but a version can reach the screen; an announcement that is missing, not a valid
version, or not newer gives no notice. The archive decides what it announces: a pre-release it
names is announced like any other newer version.
Never: downloads, installs or runs anything, or contacts any server (updates are installed by
hand from a source the user trusts, after checking its signature).
"""

from __future__ import annotations

from dataclasses import dataclass

from packaging.version import InvalidVersion, Version


@dataclass(frozen=True)
class UpdateNotice:
    """A newer version is announced. ``current`` and ``latest`` are normalised version strings."""

    current: str
    latest: str
    # True when the first two release numbers differ (e.g. 1.2 -> 1.3): the GUI may stress it.
    major_or_minor: bool


def _parse(text: str | None) -> Version | None:
    if text is None:
        return None
    try:
        return Version(text.strip())
    except InvalidVersion:
        return None


def compare_versions(current: str, announced: str | None) -> UpdateNotice | None:
    """An :class:`UpdateNotice` when ``announced`` is a valid version newer than ``current``."""
    latest = _parse(announced)
    mine = _parse(current)
    if latest is None or mine is None:
        # An unparseable announcement is ignored rather than shown: the notice is advisory and
        # must never carry free text; an unparseable own version (a broken build) cannot compare.
        return None
    # Compare releases without local labels ("+source") so a developer build is not told to
    # "update" to the release it was made from.
    if Version(latest.public) <= Version(mine.public):
        return None
    return UpdateNotice(
        current=str(mine),
        latest=str(latest),
        major_or_minor=latest.release[:2] != mine.release[:2],
    )
