# SPDX-License-Identifier: GPL-3.0-or-later
""":class:`FormDefinition`: one version of one form, with validation, the sensitivity split and
the consent summary for the bundle manifest.

Guarantees: none of these methods changes the answers given to it; the split follows each
field's declared sensitivity (never field names); unknown answer keys make the split fail
rather than land on the wrong side.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from intake_forms.errors import AnswersError
from intake_forms.model import SENSITIVITIES, Field, Problem
from intake_forms.validation import Validator

if TYPE_CHECKING:
    from intake_forms.registry import Registry


def _lookup(answers: Mapping[str, Any], path: str) -> Any:
    node: Any = answers
    for part in path.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


@dataclass(frozen=True)
class MediaRef:
    """An audio or attachment answer: where it is, its field's sensitivity and the payload name."""

    path: str
    type: str
    sensitivity: str
    ref: str
    media_type: str


@dataclass(frozen=True, eq=False)
class FormDefinition:
    id: str
    version: str
    titles: Mapping[str, str]
    descriptions: Mapping[str, str]
    fields: tuple[Field, ...]
    audience: str
    composite: bool
    migrations: tuple[Mapping[str, Any], ...]
    source: str
    registry: Registry
    review: str = ""
    checks: tuple[Mapping[str, Any], ...] = ()
    # Reference integrity (composite forms): each ``from`` path (repeated entries walked) must hold
    # an id that some ``to`` path declares (evidence-review R-FO-3: dangling refs were accepted).
    references: tuple[Mapping[str, str], ...] = ()
    # A code anywhere at ``when`` (e.g. source of knowledge PARTICIPATED) requires the boolean at
    # ``requires`` to be true (the self-incrimination caution; evidence-review R-IC-10).
    cautions: tuple[Mapping[str, Any], ...] = ()

    def title(self, lang: str = "en") -> str:
        return self.titles.get(lang) or self.titles["en"]

    def description(self, lang: str = "en") -> str:
        return self.descriptions.get(lang) or self.descriptions["en"]

    def __repr__(self) -> str:
        return f"FormDefinition({self.id!r}, {self.version!r})"

    # -- navigation ----------------------------------------------------------------------
    def field(self, path: str) -> Field:
        """The field at a dotted path (``present.role``); group indexes are not part of paths."""
        fields: Sequence[Field] = self.fields
        found: Field | None = None
        for part in path.split("."):
            found = next((f for f in fields if f.id == part), None)
            if found is None:
                raise KeyError(path)
            fields = found.fields if found.type != "form" else self.registry.load(found.form or "", found.form_version).fields
        assert found is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
        return found

    def walk(self) -> list[tuple[str, Field]]:
        """Every (dotted path, field), depth first, sub-forms not expanded."""
        out: list[tuple[str, Field]] = []
        for f in self.fields:
            out.extend(f.walk())
        return out

    # -- validation ----------------------------------------------------------------------
    def validate(self, answers: Any, _prefix: str = "") -> list[Problem]:
        """Every problem with ``answers`` (empty list when valid). Never modifies ``answers``."""
        validator = Validator(self.registry.vocabulary, self._subform_problems)
        root = answers if isinstance(answers, Mapping) else {}
        validator.check_object(self.fields, answers, _prefix, root)
        return (validator.problems + self._check_rules(root, _prefix) + self._check_references(root, _prefix)
                + self._check_cautions(root, _prefix))

    def _check_cautions(self, answers: Mapping[str, Any], prefix: str) -> list[Problem]:
        problems = []
        for rule in self.cautions:
            code = rule["contains"]
            found = [path for where in rule["when"] for path, value in _walk(answers, where.split("."), "")
                     if any((v.get("code") if isinstance(v, Mapping) else v) == code
                            for v in (value if isinstance(value, list) else [value]))]
            required = _walk(answers, rule["requires"].split("."), "")
            if found and not any(value is True for _, value in required):
                problems.append(Problem(prefix + rule["requires"], "needs_caution",
                                        dict(self.field(rule["requires"]).labels),
                                        {"other": dict(self.field(_strip_indexes(found[0])).labels)}))
        return problems

    def _check_references(self, answers: Mapping[str, Any], prefix: str) -> list[Problem]:
        """A reference to a record must name a record of this testimony (``references``)."""
        problems = []
        for rule in self.references:
            entries = _walk(answers, rule["to"].split("."), "")
            if rule.get("by") == "position":  # a number: 1 .. how many entries the testimony has
                for path, value in _walk(answers, rule["from"].split("."), ""):
                    if isinstance(value, int) and not isinstance(value, bool) and value > len(entries):
                        problems.append(Problem(prefix + path, "ref_dangling", dict(self.field(rule["from"]).labels),
                                                {"other": dict(self.field(rule["to"]).labels)}))
                continue
            declared = {value for _, value in entries}
            for path, value in _walk(answers, rule["from"].split("."), ""):
                if isinstance(value, str) and value and value not in declared:
                    problems.append(Problem(prefix + path, "ref_dangling", dict(self.field(rule["from"]).labels),
                                            {"other": dict(self.field(rule["to"]).labels)}))
        return problems

    def _check_rules(self, answers: Mapping[str, Any], prefix: str) -> list[Problem]:
        """Cross-field rules (``checks``): an answer that needs another answer, typically a
        consent scope (no safe contact stored unless the witness agreed to be contacted)."""
        problems = []
        for rule in self.checks:
            if _is_empty(_lookup(answers, rule["when_answered"])):
                continue
            need = rule["requires"]
            value = _lookup(answers, need["field"])
            if isinstance(value, Mapping):
                value = value.get("agreed", value.get("code"))
            allowed = need["in"] if "in" in need else [need["equals"]]
            if value not in allowed:
                problems.append(Problem(prefix + rule["when_answered"], "needs_consent",
                                        dict(self.field(rule["when_answered"]).labels),
                                        {"other": dict(self.field(need["field"]).labels)}))
        return problems

    def _subform_problems(self, form_id: str, version: str | None, answers: Any, prefix: str) -> list[Problem]:
        return self.registry.load(form_id, version).validate(answers, prefix)

    # -- sensitivity split ---------------------------------------------------------------
    def split_by_sensitivity(self, answers: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        """``{"identity": {...}, "content": {...}, "restricted-content": {...}}``.

        Each answer goes to its field's class. Groups are split member by member; repeatable
        groups keep one (possibly empty) object per entry on every side that holds any of
        their members, so entries stay aligned. Answers are deep-copied.
        Raises :class:`AnswersError` for keys the form does not define.
        """
        out: dict[str, dict[str, Any]] = {s: {} for s in SENSITIVITIES}
        self._split_object(self.fields, answers, out, "")
        return {"identity": out["identity"], "content": out["content"],
                "restricted-content": out["restricted-content"]}

    def _split_object(self, fields: Sequence[Field], answers: Any, out: dict[str, dict[str, Any]],
                      path: str) -> None:
        if not isinstance(answers, Mapping):
            raise AnswersError("not an object", path or "/")
        known = {f.id: f for f in fields}
        for key, value in answers.items():
            f = known.get(key)
            if f is None:
                raise AnswersError(f"no field {key!r} in this form", f"{path}{key}")
            if f.type == "group" and not f.repeatable:
                parts = {s: {} for s in SENSITIVITIES}  # type: dict[str, dict[str, Any]]
                self._split_object(f.fields, value, parts, f"{path}{key}.")
                for s, part in parts.items():
                    if part:
                        out[s][key] = part
            elif f.type == "group":
                if not isinstance(value, list):
                    raise AnswersError("a list is expected", f"{path}{key}")
                items = []
                for i, item in enumerate(value):
                    parts = {s: {} for s in SENSITIVITIES}
                    self._split_object(f.fields, item, parts, f"{path}{key}[{i}].")
                    items.append(parts)
                for s in SENSITIVITIES:
                    if any(p[s] for p in items):
                        out[s][key] = [p[s] for p in items]
            elif f.type == "form":
                sub = self.registry.load(f.form or "", f.form_version).split_by_sensitivity(value)
                for s, part in sub.items():
                    if part:
                        out[s][key] = part
            else:
                out[f.sensitivity][key] = copy.deepcopy(value)

    # -- consent -------------------------------------------------------------------------
    def consent_summary(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """Consent choices in a machine-readable shape for the manifest (R-AR-2).

        ``scopes`` maps each consent key to its answer, or to the field's most protective value
        when unanswered (R-CS-1); ``answered`` lists the keys actually answered; ``valid`` is true
        when the answers have no validation problem at all. ``embargo`` collects the embargo keys and
        ``pseudonym`` the chosen pseudonym. Identity-side data (names, contacts) never appear.
        """
        scopes: dict[str, Any] = {}
        answered: list[str] = []
        self._collect_consent(self.fields, answers if isinstance(answers, Mapping) else {}, scopes, answered)
        summary: dict[str, Any] = {
            "form": self.id,
            "version": self.version,
            "scopes": scopes,
            "answered": sorted(answered),
            "valid": isinstance(answers, Mapping) and not self.validate(answers),
            "embargo": {k: scopes[k] for k in ("embargo", "embargo_until", "embargo_years") if k in scopes},
            "pseudonym": scopes.get("pseudonym"),
        }
        # Anonymous testimony is allowed but weighs less (R-SP-14): say whether any identity exists.
        try:
            summary["identity_given"] = bool(self.split_by_sensitivity(answers)["identity"])
        except AnswersError:
            summary["identity_given"] = None
        return summary

    def _collect_consent(self, fields: Sequence[Field], answers: Mapping[str, Any], scopes: dict[str, Any],
                         answered: list[str]) -> None:
        for f in fields:
            value = answers.get(f.id)
            if f.type == "form":
                sub = self.registry.load(f.form or "", f.form_version)
                sub._collect_consent(sub.fields, value if isinstance(value, Mapping) else {}, scopes, answered)
                continue
            if f.type == "group" and not f.repeatable:
                self._collect_consent(f.fields, value if isinstance(value, Mapping) else {}, scopes, answered)
                continue
            if f.consent_key is None or f.sensitivity == "identity":
                continue
            if value in (None, "", [], {}):
                scopes.setdefault(f.consent_key, f.protective_default)
                continue
            if f.type == "consent" and isinstance(value, Mapping):
                value = value.get("agreed") is True
            elif isinstance(value, Mapping) and "code" in value:
                value = value["code"]
            scopes[f.consent_key] = copy.deepcopy(value)
            answered.append(f.consent_key)

    # -- media ---------------------------------------------------------------------------
    def media_refs(self, answers: Mapping[str, Any]) -> list[MediaRef]:
        """Every audio/attachment answer with the sensitivity of its field, so payload files can
        follow their answers to the right side (originals to identity, voices to restricted)."""
        found: list[MediaRef] = []
        self._collect_media(self.fields, answers, "", found)
        return found

    def _collect_media(self, fields: Sequence[Field], answers: Any, prefix: str, found: list[MediaRef]) -> None:
        if not isinstance(answers, Mapping):
            return
        for f in fields:
            value = answers.get(f.id)
            path = f"{prefix}{f.id}"
            if value is None:
                continue
            if f.type in ("audio", "attachment") and isinstance(value, Mapping) and isinstance(value.get("ref"), str):
                found.append(MediaRef(path, f.type, f.sensitivity, value["ref"], str(value.get("media_type", ""))))
            elif f.type == "group" and f.repeatable and isinstance(value, list):
                for i, item in enumerate(value):
                    self._collect_media(f.fields, item, f"{path}[{i}].", found)
            elif f.type == "group":
                self._collect_media(f.fields, value, f"{path}.", found)
            elif f.type == "form":
                sub = self.registry.load(f.form or "", f.form_version)
                sub._collect_media(sub.fields, value, f"{path}.", found)

    # -- helpers for callers -------------------------------------------------------------
    def consent_answer(self, field_id: str, agreed: bool, lang: str) -> dict[str, Any]:
        """The answer to a consent checkbox, recording the exact wording shown in ``lang``."""
        f = self.field(field_id)
        if f.type != "consent":
            raise AnswersError("not a consent field", field_id)
        return {"agreed": agreed, "lang": lang, "wording": f.wording[lang]}

    def migrate(self, answers: Mapping[str, Any], from_version: str, *,
                root: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Answers of ``from_version`` of this form rewritten for this version (a copy); ``root``:
        the whole testimony's answers, for rules that look at other parts."""
        from intake_forms.migrate import migrate_answers

        return migrate_answers(self.registry, self.id, answers, from_version, self.version, root=root)


def _walk(node: Any, steps: list[str], path: str) -> list[tuple[str, Any]]:
    """(path, value) of every answer at ``steps`` under ``node``, entering each entry of a list."""
    if isinstance(node, list):
        return [hit for i, item in enumerate(node) for hit in _walk(item, steps, f"{path}[{i}]")]
    if not steps:
        return [(path, node)]
    if not isinstance(node, Mapping) or steps[0] not in node:
        return []
    return _walk(node[steps[0]], steps[1:], f"{path}.{steps[0]}" if path else steps[0])


def _strip_indexes(path: str) -> str:
    """``events[0].sok`` → ``events.sok`` (a rule path names fields, not entries)."""
    return re.sub(r"\[[0-9]+\]", "", path)
