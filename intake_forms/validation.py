# SPDX-License-Identifier: GPL-3.0-or-later
"""Answer validation: returns problems, never raises for bad answers, never changes answers.

Answers are JSON-like data (a ``dict`` keyed by field id). Every value is checked against its
field's type; ``required`` applies only to fields that are shown (``show_if``). Values of
hidden fields are still type-checked and are never dropped: what was typed is kept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from intake_forms.errors import TimeValueError
from intake_forms.model import SKIPPED_SECTIONS, STANDARD_CODES, Field, Problem, Vocabulary
from intake_forms.values import (
    TIME_QUALIFIERS,
    DateProblem,
    check_zone,
    format_utc,
    local_to_utc,
    parse_date,
    parse_local,
)

REF_RE = re.compile(r"^[0-9a-f]{32}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MEDIA_REF_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
MEDIA_TYPE_RE = re.compile(r"^[a-z]+/[A-Za-z0-9.+-]+$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

VocabularyLookup = Callable[[str], Vocabulary]
FormValidator = Callable[[str, str | None, Any, str], list[Problem]]  # form id, pinned version


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


class Validator:
    """Walks a field tree against answers, collecting :class:`Problem` values."""

    def __init__(self, vocabulary: VocabularyLookup, subform: FormValidator) -> None:
        self._vocabulary = vocabulary
        self._subform = subform
        self.problems: list[Problem] = []

    def _add(self, path: str, problem: str, f: Field | None, /, **params: Any) -> None:
        self.problems.append(Problem(path, problem, dict(f.labels) if f else {}, params))

    # -- objects -------------------------------------------------------------------------
    def check_object(self, fields: Sequence[Field], answers: Any, prefix: str, root: Mapping[str, Any],
                     owner: Field | None = None) -> None:
        if not isinstance(answers, Mapping):
            self._add(prefix.rstrip(".") or "/", "not_an_object", owner)
            return
        known = {f.id: f for f in fields}
        for key in answers:
            if key not in known:
                self._add(f"{prefix}{key}", "unknown_field", None)
        given = root.get(SKIPPED_SECTIONS)
        skipped = {c for c in given if isinstance(c, str)} if isinstance(given, list) else set()
        for f in fields:
            path = f"{prefix}{f.id}"
            # A section with graphic content the witness chose to skip (R-MC-9) is not asked.
            shown = ((f.show_if is None or f.show_if.holds(answers, root))
                     and not (f.graphic_content and f.graphic_content in skipped))
            value = answers.get(f.id)
            if _empty(value):
                if shown and f.required:
                    self._add(path, "required", f)
                continue
            self.check_value(f, value, path, root)
        self._order(fields, answers, prefix)

    def _order(self, fields: Sequence[Field], answers: Mapping[str, Any], prefix: str) -> None:
        """``not_before``: a time (an interview's end) must not be earlier than its sibling (the start).
        Checked only when both are valid, exact enough to compare, and convert to UTC."""
        known = {f.id: f for f in fields}
        for f in fields:
            first = known.get(f.not_before or "")
            if first is None:
                continue
            later, earlier = _instant(answers.get(f.id)), _instant(answers.get(first.id))
            if later is not None and earlier is not None and later < earlier:
                self._add(f"{prefix}{f.id}", "time_before", f, other=dict(first.labels),
                          value=format_utc(later), other_value=format_utc(earlier))

    # -- values --------------------------------------------------------------------------
    def check_value(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        checker = getattr(self, "_" + f.type)
        checker(f, value, path, root)

    def _text(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not isinstance(value, str):
            self._add(path, "wrong_type", f, expected="text")
        elif not value.strip():
            self._add(path, "text_blank", f)
        elif f.max_length is not None and len(value) > f.max_length:
            self._add(path, "text_too_long", f, length=len(value), max=f.max_length)

    _longtext = _text

    def _is_number(self, value: Any) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)

    def _bounds(self, f: Field, value: float, path: str) -> None:
        # Whole numbers only, whatever the field says: a sealed bundle's canonical JSON holds no
        # floats, so a decimal answer could never be sealed (it failed at finalise with no problem named).
        if not float(value).is_integer():
            self._add(path, "not_integer", f)
        if f.minimum is not None and value < f.minimum:
            self._add(path, "number_too_small", f, min=_fmt(f.minimum))
        if f.maximum is not None and value > f.maximum:
            self._add(path, "number_too_large", f, max=_fmt(f.maximum))

    def _number(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not self._is_number(value):
            self._add(path, "wrong_type", f, expected="number")
        else:
            self._bounds(f, value, path)

    def _range(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if self._is_number(value):
            self._bounds(f, value, path)
            return
        if not isinstance(value, Mapping) or set(value) - {"min", "max"}:
            self._add(path, "wrong_type", f, expected="range")
            return
        low, high = value.get("min"), value.get("max")
        if low is None and high is None:
            self._add(path, "range_empty", f)
            return
        for bound in (low, high):
            if bound is not None and not self._is_number(bound):
                self._add(path, "wrong_type", f, expected="range")
                return
        for bound in (low, high):
            if bound is not None:
                self._bounds(f, bound, path)
        if low is not None and high is not None and low > high:
            self._add(path, "range_order", f)

    def _codes(self, f: Field) -> set[str]:
        codes = {o.code for o in f.options}
        standard = f.standard_codes
        for vocab_id in f.vocabularies:
            vocab = self._vocabulary(vocab_id)
            codes.update(vocab.codes())
            standard = standard or vocab.standard_codes
        if standard:
            codes.update(STANDARD_CODES)
        return codes

    def _one_code(self, f: Field, value: Any, path: str, codes: set[str]) -> str | None:
        if isinstance(value, Mapping) and set(value) <= {"code", "text"} and isinstance(value.get("code"), str):
            code = value["code"]
            text = value.get("text")
            if text is not None and not isinstance(text, str):
                self._add(path, "wrong_type", f, expected="text")
        elif isinstance(value, str):
            code, text = value, None
        else:
            self._add(path, "wrong_type", f, expected="choice")
            return None
        if code not in codes:
            self._add(path, "unknown_code", f, code=code)
            return None
        if code == "OTHER" and not (isinstance(text, str) and text.strip()):
            self._add(path, "other_text_missing", f)
        return str(code)

    def _choice(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        self._one_code(f, value, path, self._codes(f))

    def _multi_choice(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not isinstance(value, list):
            self._add(path, "wrong_type", f, expected="choices")
            return
        codes, seen = self._codes(f), set()
        for i, item in enumerate(value):
            code = self._one_code(f, item, f"{path}[{i}]", codes)
            if code is not None:
                if code in seen:
                    self._add(f"{path}[{i}]", "duplicate_code", f, code=code)
                seen.add(code)

    def _boolean(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not isinstance(value, bool):
            self._add(path, "wrong_type", f, expected="boolean")

    def _date(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not isinstance(value, str):
            self._add(path, "wrong_type", f, expected="date")
            return
        try:
            parse_date(value)
        except DateProblem as exc:
            self._add(path, exc.code, f, value=value)

    def _time(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        allowed = {"local", "zone", "qualifier", "fold", "utc", "words", "tzdb"}
        if not isinstance(value, Mapping) or set(value) - allowed:
            self._add(path, "wrong_type", f, expected="time")
            return
        qualifier = value.get("qualifier")
        if qualifier not in TIME_QUALIFIERS:
            self._add(path, "time_qualifier", f)
            return
        local, zone, fold = value.get("local"), value.get("zone"), value.get("fold")
        words, tzdb = value.get("words"), value.get("tzdb")
        if any(v is not None and not isinstance(v, str) for v in (words, tzdb)):
            self._add(path, "wrong_type", f, expected="text")
        if qualifier == "unknown" and local is None:
            return
        if not isinstance(local, str) or not isinstance(zone, str) or fold not in (None, 0, 1):
            self._add(path, "wrong_type", f, expected="time")
            return
        try:
            check_zone(zone)
            parse_local(local)
            instant = local_to_utc(local, zone, fold)
        except TimeValueError as exc:
            self._add(path, exc.code, f, value=zone if exc.code in ("time_fixed_offset", "time_unknown_zone")
                      else local, zone=zone)
            return
        utc = value.get("utc")
        if utc is not None and utc != format_utc(instant):
            self._add(path, "time_utc_mismatch", f, utc=utc, value=local, zone=zone, expected=format_utc(instant))

    def _place(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not isinstance(value, Mapping) or set(value) - {"code", "text", "lat", "lon"}:
            self._add(path, "wrong_type", f, expected="place")
            return
        code, text = value.get("code"), value.get("text")
        if _empty(code) and (not isinstance(text, str) or not text.strip()):
            self._add(path, "place_empty", f)
        if code is not None:
            self._one_code(f, {"code": code, "text": text} if code == "OTHER" else code, path, self._codes(f))
        if text is not None and not isinstance(text, str):
            self._add(path, "wrong_type", f, expected="text")
        lat, lon = value.get("lat"), value.get("lon")
        if lat is not None or lon is not None:
            ok = (self._is_number(lat) and self._is_number(lon)
                  and -90 <= float(lat or 0) <= 90 and -180 <= float(lon or 0) <= 180)
            if not ok:
                self._add(path, "place_coordinates", f)

    def _person_ref(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not isinstance(value, str) or not REF_RE.match(value):
            self._add(path, "ref_invalid", f)

    _record_ref = _person_ref

    def _record_position(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        # A record named by its number in a list of this testimony (1 for the first), never by an
        # id the other side holds (issue 18 item 4); the composite's references check the number.
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self._add(path, "position_invalid", f)

    def _audio(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        self._media(f, value, path, f.media_types or ("audio/",))

    def _attachment(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        self._media(f, value, path, f.media_types)

    def _media(self, f: Field, value: Any, path: str, accepted: Sequence[str]) -> None:
        allowed = {"ref", "media_type", "sha256", "size", "duration_s", "note"}
        if not isinstance(value, Mapping) or set(value) - allowed:
            self._add(path, "wrong_type", f, expected="media")
            return
        ref = value.get("ref")
        if not isinstance(ref, str) or not MEDIA_REF_RE.match(ref):
            self._add(path, "media_ref_invalid", f)
        media_type = value.get("media_type")
        if not isinstance(media_type, str) or not MEDIA_TYPE_RE.match(media_type) or (
                accepted and not any(media_type.startswith(a) for a in accepted)):
            self._add(path, "media_type_invalid", f, value=media_type)
        sha = value.get("sha256")
        if sha is not None and (not isinstance(sha, str) or not SHA256_RE.match(sha)):
            self._add(path, "sha256_invalid", f)
        for key in ("size", "duration_s"):  # whole numbers: the sealed format holds no floats
            if key in value and (not isinstance(value[key], int) or isinstance(value[key], bool) or value[key] < 0):
                self._add(path, "wrong_type", f, expected="number")

    def _consent(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if (not isinstance(value, Mapping) or set(value) != {"agreed", "lang", "wording"}
                or not isinstance(value["agreed"], bool) or value["lang"] not in f.wording):
            self._add(path, "wrong_type", f, expected="consent")
            return
        if value["wording"] != f.wording[value["lang"]]:
            self._add(path, "consent_wording", f)
        elif f.must_agree and value["agreed"] is not True:
            self._add(path, "consent_must_agree", f)

    def _group(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        if not f.repeatable:
            self.check_object(f.fields, value, path + ".", root, f)
            return
        if not isinstance(value, list):
            self._add(path, "wrong_type", f, expected="groups")
            return
        if f.min_items is not None and len(value) < f.min_items:
            self._add(path, "group_too_few", f, min=f.min_items)
        if f.max_items is not None and len(value) > f.max_items:
            self._add(path, "group_too_many", f, max=f.max_items)
        for i, item in enumerate(value):
            self.check_object(f.fields, item, f"{path}[{i}].", root, f)

    def _form(self, f: Field, value: Any, path: str, root: Mapping[str, Any]) -> None:
        assert f.form is not None  # noqa: S101 - the schema requires it
        self.problems.extend(self._subform(f.form, f.form_version, value, path + "."))


def _instant(value: Any) -> Any:
    """The UTC instant of a valid time answer, or None (unknown, malformed, or not convertible)."""
    if not isinstance(value, Mapping) or not isinstance(value.get("local"), str) \
            or not isinstance(value.get("zone"), str) or value.get("fold") not in (None, 0, 1):
        return None
    try:
        return local_to_utc(value["local"], value["zone"], value.get("fold"))
    except TimeValueError:
        return None


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)
