# SPDX-License-Identifier: GPL-3.0-or-later
"""Moving answers from one version of a form to a later one, by declarative rules.

A definition lists ``migrations`` (each ``from`` → ``to`` with ``rename`` of top-level keys,
``move`` of dotted paths into groups, ``map_values`` that replace retired codes, ``derive``
that answers a new question where an old answer already says it (``{new: {when_answered: old,
value: v}}`` sets ``new`` to ``v`` when ``old`` holds an answer, and leaves it unanswered
otherwise, so nothing is guessed from a silence), and ``to_position`` that turns a reference by
id into the referenced entry's number, 1 for the first, in a list of another part of the
testimony: ``{relations_to_victims.victim: /victim_record.victims.victim_id}``; it needs the
testimony's answers as ``root``), and ``new_ids`` that gives each entry of a list an app-made
random id where a new version asks for one (``[episodes.episode_id]``: every episode without an
id gets ``secrets.token_hex(16)``, as the editor makes for a new entry; ids already there are
kept, so the same migration run twice changes nothing). Rules are
applied in a chain from the answers' version to the target. Guarantees: the input is never
modified; no answer is dropped (a rule that would overwrite an existing answer raises
:class:`MigrationError`); the result is validated by the caller like any other answers.
"""

from __future__ import annotations

import copy
import secrets
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from intake_forms.errors import MigrationError

if TYPE_CHECKING:
    from intake_forms.registry import Registry


def _rules(registry: Registry, form_id: str) -> dict[str, Mapping[str, Any]]:
    rules: dict[str, Mapping[str, Any]] = {}
    for version in registry.versions(form_id):
        for rule in registry.load(form_id, version).migrations:
            rules[rule["from"]] = rule
    return rules


def migrate_answers(registry: Registry, form_id: str, answers: Mapping[str, Any], from_version: str,
                    to_version: str | None = None, *, root: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A migrated deep copy of ``answers`` (``from_version`` → ``to_version``, default current)."""
    target = to_version or registry.load(form_id).version
    result: dict[str, Any] = copy.deepcopy(dict(answers))
    rules = _rules(registry, form_id)
    version, seen = from_version, set()
    while version != target:
        rule = rules.get(version)
        if rule is None or version in seen:
            raise MigrationError(form_id, from_version, target, f"(no rule from {version})")
        seen.add(version)
        result = _apply(form_id, rule, result, from_version, target, root)
        version = rule["to"]
    return result


def _ids(root: Any, steps: list[str]) -> list[Any]:
    """Every value at ``steps`` under ``root``, in order, entering each entry of a list."""
    if isinstance(root, list):
        return [v for item in root for v in _ids(item, steps)]
    if not steps:
        return [root]
    return _ids(root[steps[0]], steps[1:]) if isinstance(root, Mapping) and steps[0] in root else []


def _positions(node: Any, steps: list[str], ids: list[Any], fail: Any) -> None:
    """Replace each id at ``steps`` under ``node`` by its 1-based position in ``ids``."""
    if isinstance(node, list):
        for item in node:
            _positions(item, steps, ids, fail)
        return
    if not isinstance(node, dict) or steps[0] not in node:
        return
    if len(steps) > 1:
        _positions(node[steps[0]], steps[1:], ids, fail)
        return
    value = node[steps[0]]
    if isinstance(value, str):
        if value not in ids:
            raise fail(f"({steps[0]!r} names {value!r}, which the testimony does not hold; nothing was changed)")
        node[steps[0]] = ids.index(value) + 1


def _apply(form_id: str, rule: Mapping[str, Any], answers: dict[str, Any], start: str, target: str,
           root: Mapping[str, Any] | None = None) -> dict[str, Any]:
    def clash(key: str) -> MigrationError:
        return MigrationError(form_id, start, target, f"({key!r} already has an answer; nothing was changed)")

    def fail(why: str) -> MigrationError:
        return MigrationError(form_id, start, target, why)

    for path, among in rule.get("to_position", {}).items():
        if not _ids(answers, path.split(".")):
            continue
        if root is None:
            raise fail(f"({path!r} names records of another part: give the testimony's answers)")
        _positions(answers, path.split("."), _ids(root, among.lstrip("/").split(".")), fail)

    for path in rule.get("new_ids", ()):
        _new_ids(answers, path.split("."))

    for old, new in rule.get("rename", {}).items():
        if old in answers:
            if new in answers:
                raise clash(new)
            answers[new] = answers.pop(old)
    for old, new_path in rule.get("move", {}).items():
        if old in answers:
            *groups, leaf = new_path.split(".")
            node = answers
            for g in groups:
                node = node.setdefault(g, {})
                if not isinstance(node, dict):
                    raise clash(g)
            if leaf in node:
                raise clash(new_path)
            node[leaf] = answers.pop(old)
    for key, mapping in rule.get("map_values", {}).items():
        if key in answers:
            value = answers[key]
            if isinstance(value, list):
                answers[key] = [mapping.get(v, v) if isinstance(v, str) else v for v in value]
            elif isinstance(value, str):
                answers[key] = mapping.get(value, value)
    for key, rule_ in rule.get("derive", {}).items():
        if _answered(answers.get(rule_["when_answered"])):
            if key in answers and answers[key] != rule_["value"]:
                raise clash(key)
            answers[key] = copy.deepcopy(rule_["value"])
    return answers


def _new_ids(node: Any, steps: list[str]) -> None:
    """Give every entry reached by ``steps`` (entering each list) a random id at the last step."""
    if isinstance(node, list):
        for item in node:
            _new_ids(item, steps)
        return
    if not isinstance(node, dict):
        return
    if len(steps) > 1:
        if steps[0] in node:
            _new_ids(node[steps[0]], steps[1:])
        return
    if not _answered(node.get(steps[0])):
        node[steps[0]] = secrets.token_hex(16)


def _answered(value: Any) -> bool:
    return value not in (None, "", [], {})


def migrate_composite(registry: Registry, form_id: str, answers: Mapping[str, Any], from_version: str,
                      to_version: str | None = None, *, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A composite's answers (one key per part) moved from ``from_version`` to ``to_version``
    (default current): each part from the version the old composite pins to the one the new
    composite pins, with the part's own rules; the whole answers are the ``root`` of references
    between parts. Parts in ``skip`` (e.g. identity sections sealed on save, which the caller
    cannot read) and parts not answered are left as they are. Raises :class:`MigrationError` when
    a part is not pinned in both versions or has no rule between them."""
    old, new = registry.load(form_id, from_version), registry.load(form_id, to_version)
    pins_old = {f.id: (f.form, f.form_version) for f in old.fields if f.type == "form"}
    result: dict[str, Any] = copy.deepcopy(dict(answers))
    for f in new.fields:
        if f.type != "form" or f.id in skip or not isinstance(result.get(f.id), dict):
            continue
        before = pins_old.get(f.id)
        if before is None or before[0] != f.form or not before[1] or not f.form_version:
            raise MigrationError(form_id, from_version, new.version, f"(part {f.id} is not pinned in both versions)")
        if before[1] != f.form_version:
            result[f.id] = migrate_answers(registry, f.form or "", result[f.id], before[1], f.form_version,
                                           root=result)
    return result
