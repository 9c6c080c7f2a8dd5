# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates with uncertainty (EDTF) and local wall-clock times with an IANA zone.

Guarantees:
- Dates are EDTF strings (Library of Congress EDTF / ISO 8601-2, levels 0-1 and the level-2 sets),
  parsed by the maintained ``edtf`` package; :func:`date_precision` says what kind of
  uncertainty a value expresses (exact day, month, year, range, "about"...).
- Times are stored as the witness's local wall time plus an IANA zone name (``Asia/Shanghai``),
  never as a fixed offset: China observed daylight saving time 1986-1991, so 4 June 1989 01:00
  in Beijing was 3 June 16:00 UTC, not 17:00. UTC is *derived* with :mod:`zoneinfo`, never by hand.
- Times that never happened (spring-forward gap) are refused; times that happened twice
  (autumn fall-back) need an explicit ``fold`` choice.

Never: converts a time silently, rewrites the witness's value, or accepts ``+08:00``-style zones.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError, available_timezones

from lunardate import LunarDate

from intake_forms.errors import TimeValueError

# Legacy names of the mainland zone; tzdata links them to Asia/Shanghai (R-TM: normalise them).
ZONE_ALIASES: dict[str, str] = {
    "PRC": "Asia/Shanghai",
    "Asia/Chongqing": "Asia/Shanghai",
    "Asia/Chungking": "Asia/Shanghai",
    "Asia/Harbin": "Asia/Shanghai",
}
TIME_QUALIFIERS: tuple[str, ...] = ("exact", "approximate", "uncertain", "unknown")

_LOCAL_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$")
# Anything that looks like a fixed offset or an offset-only zone name.
_FIXED_OFFSET_RE = re.compile(r"^(?:UTC|GMT|Etc/GMT)?\s*[+-]\d{1,2}(?::?\d{2})?$|^Etc/", re.IGNORECASE)


class DateProblem(ValueError):
    """Raised by :func:`parse_date` with a problem code (``date_invalid`` or ``date_order``)."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(code)


# Plain dates (level 0: a year, a month, a day) are by far the most common answers; they are
# checked here directly because the full EDTF grammar costs ~15 ms per parse. A test checks that
# this shortcut agrees with the edtf package (except that it refuses 29 February of common years).
_PLAIN_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _plain_date_ok(match: re.Match[str]) -> bool:
    year_s, month_s, day_s = match.groups()
    if month_s is None:
        return True
    year, month = int(year_s), int(month_s)
    if not 1 <= month <= 12:
        return False
    if day_s is None:
        return True
    # Stricter than the edtf package, which accepts 29 February in any year.
    days = (31, 29 if calendar.isleap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    return 1 <= int(day_s) <= days


class _EDTFError(Exception):
    """The edtf package refused a text (its own exception, imported only with the package)."""


@functools.lru_cache(maxsize=4096)
def _parse_edtf(text: str) -> Any:
    # Imported on first use (issue 24): the edtf package and its grammar cost ~0.2 s at start-up,
    # and plain dates, the common case, never need it.
    from edtf import EDTFParseException, parse_edtf

    try:
        return parse_edtf(text)
    except EDTFParseException as exc:
        raise _EDTFError(str(exc)) from exc


def parse_date(text: str) -> Any:
    """Check an EDTF string; raises :class:`DateProblem`. Returns the ``edtf`` object (or, for a
    plain year/month/day, the text itself)."""
    if text.strip() != text:
        raise DateProblem("date_invalid")
    plain = _PLAIN_RE.match(text)
    if plain:
        if not _plain_date_ok(plain):
            raise DateProblem("date_invalid")
        return text
    try:
        parsed = _parse_edtf(text)
    except (_EDTFError, ValueError, OverflowError) as exc:
        raise DateProblem("date_invalid") from exc
    # An interval whose end precedes its start is a typing slip, not uncertainty.
    if "/" in text and not text.startswith("/") and not text.endswith("/"):
        start, _, end = text.partition("/")
        if ".." not in (start, end) and start and end:
            try:
                reversed_ = _parse_edtf(start).lower_strict() > _parse_edtf(end).upper_strict()
            except (_EDTFError, ValueError, AttributeError):
                # A part that parses only as part of the interval (e.g. "1989-06-XX"): no order check.
                reversed_ = False
            if reversed_:
                raise DateProblem("date_order")
    return parsed


def date_precision(text: str) -> str:
    """What a valid EDTF date expresses: ``exact`` (a day), ``month``, ``year``, ``range``
    (interval, open or closed), ``set`` (one of several), ``about`` (approximate ``~`` or
    uncertain ``?``/``%``) or ``unspecified`` (``X`` digits). Raises :class:`DateProblem`."""
    parse_date(text)
    if text.startswith(("[", "{")):
        return "set"
    if "/" in text:
        return "range"
    if any(q in text for q in "~?%"):
        return "about"
    if "X" in text:
        return "unspecified"
    digits = text.lstrip("-")
    return {4: "year", 7: "month", 10: "exact"}.get(len(digits), "exact")


def lunar_to_date(year: int, month: int, day: int, leap: bool = False) -> str:
    """The Gregorian ISO date of a Chinese lunar date (R-TM-8: older witnesses may remember
    dates that way), e.g. ``lunar_to_date(1989, 5, 1) == "1989-06-04"``. Converted with the
    ``lunardate`` package; raises :class:`DateProblem` (``lunar_invalid``) for a day that does
    not exist (a 30th in a 29-day month, a leap month the year does not have). Keep the
    witness's own words beside the result (``date_words``)."""
    try:
        return LunarDate(year, month, day, leap).to_solar_date().isoformat()  # type: ignore[no-any-return]
    except (ValueError, IndexError, TypeError) as exc:
        raise DateProblem("lunar_invalid") from exc


def date_to_lunar(iso_date: str) -> dict[str, int | bool]:
    """The lunar date of a Gregorian ISO date: ``{"year", "month", "day", "leap"}``."""
    try:
        y, m, d = (int(p) for p in iso_date.split("-"))
        lunar = LunarDate.from_solar_date(y, m, d)
    except (ValueError, IndexError, TypeError) as exc:
        raise DateProblem("date_invalid") from exc
    return {"year": lunar.year, "month": lunar.month, "day": lunar.day, "leap": bool(lunar.is_leap_month)}


def canonical_zone(zone: str) -> str:
    """The canonical IANA name for ``zone`` (legacy mainland aliases → ``Asia/Shanghai``)."""
    return ZONE_ALIASES.get(zone, zone)


def is_fixed_offset(zone: str) -> bool:
    return bool(_FIXED_OFFSET_RE.match(zone.strip())) or zone.strip().upper() in ("UTC+8", "CST", "BJT")


def check_zone(zone: str) -> ZoneInfo:
    """The :class:`ZoneInfo` for an IANA zone name; raises :class:`TimeValueError` for fixed
    offsets (``+08:00``, ``Etc/GMT-8``) and unknown names."""
    if is_fixed_offset(zone):
        raise TimeValueError("time_fixed_offset", f"{zone!r} is a fixed offset; use an IANA zone such as Asia/Shanghai")
    name = canonical_zone(zone)
    if name not in _zones():
        raise TimeValueError("time_unknown_zone", f"unknown time zone {zone!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeValueError("time_unknown_zone", f"unknown time zone {zone!r}") from exc


_ZONES: set[str] | None = None


def _zones() -> set[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = set(available_timezones()) | set(ZONE_ALIASES)
    return _ZONES


def parse_local(local: str) -> datetime:
    """A naive wall-clock ``datetime`` from ``YYYY-MM-DDTHH:MM[:SS]``; no offset allowed."""
    match = _LOCAL_RE.match(local)
    if not match:
        raise TimeValueError("time_invalid_local", f"{local!r} is not YYYY-MM-DDTHH:MM")
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups(default="0"))
        return datetime(year, month, day, hour, minute, second)
    except ValueError as exc:  # e.g. 24:30 or 31 June
        raise TimeValueError("time_invalid_local", f"{local!r} is not a real date and time") from exc


def local_to_utc(local: str, zone: str, fold: int | None = None) -> datetime:
    """The UTC instant of a wall-clock time in an IANA zone.

    ``local_to_utc("1989-06-04T01:00", "Asia/Shanghai")`` is 1989-06-03 16:00 UTC (DST, UTC+9).
    Raises :class:`TimeValueError` with code ``time_nonexistent`` for a time inside a
    spring-forward gap, ``time_ambiguous`` for a repeated time when ``fold`` is not 0 or 1.
    """
    tz = check_zone(zone)
    naive = parse_local(local)
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    off0, off1 = first.utcoffset(), second.utcoffset()
    if off0 != off1:
        # Either a gap (the wall time never existed) or a fold (it happened twice). A real
        # wall time round-trips through UTC; a time in the gap does not.
        exists = [c for c in (first, second) if c.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive]
        if not exists:
            raise TimeValueError("time_nonexistent", f"{local} never happened in {zone} (clocks were put forward)")
        if len(exists) == 2 and fold not in (0, 1):
            raise TimeValueError("time_ambiguous", f"{local} happened twice in {zone}; choose fold 0 (first) or 1")
        chosen = second if fold == 1 and len(exists) == 2 else exists[0]
        return chosen.astimezone(UTC)
    return first.astimezone(UTC)


def utc_offset(local: str, zone: str, fold: int | None = None) -> timedelta:
    """The offset from UTC that applied at that wall time (e.g. +9 h in Beijing on 4 June 1989)."""
    return parse_local(local) - local_to_utc(local, zone, fold).replace(tzinfo=None)


def format_utc(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@functools.cache
def tzdb_version() -> str:
    """The IANA tz database release :mod:`zoneinfo` uses here (R-TM-1 records it with each time).

    zoneinfo reads the system database (``TZPATH``) first and the ``tzdata`` package second,
    so the version is looked up in the same order."""
    for directory in TZPATH:
        marker = Path(directory) / "tzdata.zi"
        try:
            first = marker.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        except OSError:
            continue
        if first.startswith("# version "):
            return first.removeprefix("# version ").strip()
    try:
        import tzdata  # type: ignore[import-untyped, unused-ignore]

        return str(tzdata.IANA_VERSION)
    except (ImportError, AttributeError):
        return "unknown"


def make_time(local: str, zone: str = "Asia/Shanghai", qualifier: str = "exact", fold: int | None = None,
              words: str | None = None) -> dict[str, Any]:
    """A complete time answer: wall time, canonical zone, qualifier, the derived UTC and the tz
    database version that derived it."""
    value: dict[str, Any] = {"local": local, "zone": canonical_zone(zone), "qualifier": qualifier}
    if fold is not None:
        value["fold"] = fold
    if words:
        value["words"] = words
    value["utc"] = format_utc(local_to_utc(local, zone, fold))
    value["tzdb"] = tzdb_version()
    return value
