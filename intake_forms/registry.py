# SPDX-License-Identifier: GPL-3.0-or-later
"""Loading definitions and vocabularies from data files, checked before use.

Layout (inside the ``forms`` package, or any directory given to :class:`Registry`):
``definitions/<id>.yaml`` (current version of each form, one file per form),
``definitions/archive/<id>@<version>.yaml`` (older versions kept so old answers stay readable),
``vocabularies/<id>.yaml`` and ``schema/*.schema.json``.

Every file is validated against its JSON Schema (``jsonschema``), then cross-checked: unique
field ids, existing vocabularies and sub-forms, ``show_if`` targets that exist, group
sensitivity at least as protective as its members, unique vocabulary codes. A broken file
raises :class:`DefinitionError`; nothing half-loaded is returned.

When: a :class:`Registry` over any directory checks every definition when it is made. The
package's own registry (:func:`default_registry`, the shipped definitions) checks each form
definition against the schema when that form is first loaded, with the same validator, compiled
once (issue 24: sealing one testimony no longer schema-checks two dozen forms it does not use;
``tests/unit/forms/test_definitions.py`` loads every shipped form, so each is still checked).
File names, ids, versions and duplicates are checked for every file up front in both cases; the
package's registry takes each file's id and version from its top-level ``id:``/``version:``
lines only and reads the whole file when that form is loaded, refusing it if the two differ.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from intake_forms.definition import FormDefinition
from intake_forms.errors import DefinitionError, FormNotFoundError, VocabularyNotFoundError
from intake_forms.model import SENSITIVITIES, SKIPPED_SECTIONS, Condition, Entry, Field, Vocabulary

PACKAGE_DIR = Path(__file__).resolve().parent
_SUFFIXES = (".yaml", ".yml", ".json")


# A safe loader only (plain data: no python/* tags, no object construction): libyaml's when PyYAML
# was built with it (it is ~10x faster), else the pure-Python one. Never yaml.Loader / FullLoader.
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


def _read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        return json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_SafeLoader)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise DefinitionError(path.name, f"cannot read: {exc}") from exc


# A definition's own top-level ``id:`` and ``version:`` lines (column 0), for the index.
_HEAD_LINE = re.compile(r"^(id|version):[^\n]*$", re.MULTILINE)


def _header(path: Path) -> dict[str, str] | None:
    """``{"id": ..., "version": ...}`` from a YAML definition's top-level ``id:`` and ``version:``
    lines, parsed by the same safe loader; None when the file has no such plain pair (then the
    whole file is read). An index only: the whole file is read, checked and compared with it
    before its form is handed out."""
    if path.suffix == ".json":
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise DefinitionError(path.name, f"cannot read: {exc}") from exc
    lines = list(_HEAD_LINE.finditer(text))
    if sorted(m.group(1) for m in lines) != ["id", "version"]:
        return None
    try:
        head = yaml.load("\n".join(m.group(0) for m in lines), Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        raise DefinitionError(path.name, f"cannot read: {exc}") from exc
    if not (isinstance(head, dict) and isinstance(head.get("id"), str) and isinstance(head.get("version"), str)):
        return None
    return {"id": head["id"], "version": head["version"]}


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


class Registry:
    """All forms and vocabularies found under one directory (the package's by default)."""

    def __init__(self, root: Path = PACKAGE_DIR, *, check_on_load: bool | None = None) -> None:
        self.root = root
        self._form_schema = _read(root / "schema" / "form.schema.json")
        self._vocab_schema = _read(root / "schema" / "vocabulary.schema.json")
        self._validators: dict[int, Any] = {}
        # Definitions read but not yet schema-checked (only when checking on load).
        self._check_on_load = root == PACKAGE_DIR if check_on_load is None else check_on_load
        self._unchecked: set[tuple[str, str]] = set()
        self._forms: dict[tuple[str, str], FormDefinition] = {}
        self._current: dict[str, str] = {}
        self._vocabs: dict[str, Vocabulary] = {}
        self._data: dict[tuple[str, str], Any] = {}  # read whole (else only indexed by its header)
        self._files = self._scan()

    # -- discovery -----------------------------------------------------------------------
    def _scan(self) -> dict[tuple[str, str], Path]:
        files: dict[tuple[str, str], Path] = {}
        definitions = self.root / "definitions"
        for path in sorted(definitions.iterdir()) if definitions.is_dir() else []:
            if path.suffix in _SUFFIXES:
                data = self._identified(path)
                key = (data["id"], data["version"])
                if data["id"] in self._current:
                    raise DefinitionError(path.name, f"a second current definition of {data['id']}")
                if path.stem != data["id"]:
                    raise DefinitionError(path.name, f"file name must be {data['id']}{path.suffix}")
                self._current[data["id"]] = data["version"]
                files[key] = path
                if "fields" in data:
                    self._data[key] = data
        archive = definitions / "archive"
        for path in sorted(archive.iterdir()) if archive.is_dir() else []:
            if path.suffix in _SUFFIXES:
                data = self._identified(path)
                if path.stem != f"{data['id']}@{data['version']}":
                    raise DefinitionError(path.name, f"file name must be {data['id']}@{data['version']}{path.suffix}")
                files[(data["id"], data["version"])] = path
                if "fields" in data:
                    self._data[(data["id"], data["version"])] = data
        return files

    def _identified(self, path: Path) -> Any:
        """A form definition file's data: schema-checked now, or (checking on load) its id and
        version only, from its header lines (:func:`_header`, issue 24: sealing one testimony
        reads only the definitions it uses), else the whole file once its id and version are
        known to be strings; read whole and schema-checked when the form is loaded."""
        if not self._check_on_load:
            return self._checked(path, self._form_schema)
        head = _header(path)
        if head is not None:
            self._unchecked.add((head["id"], head["version"]))
            return head
        data = _read(path)
        if not (isinstance(data, dict) and isinstance(data.get("id"), str) and isinstance(data.get("version"), str)):
            self._validate(path.name, data, self._form_schema)  # raises with the schema's message
        self._unchecked.add((data["id"], data["version"]))
        return data

    def _checked(self, path: Path, schema: Mapping[str, Any]) -> Any:
        data = _read(path)
        self._validate(path.name, data, schema)
        return data

    def _validate(self, source: str, data: Any, schema: Mapping[str, Any]) -> None:
        validator = self._validators.get(id(schema))
        if validator is None:
            validator = self._validators[id(schema)] = jsonschema.Draft202012Validator(schema)
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.absolute_path) or "(top)"
            raise DefinitionError(source, f"{where}: {first.message}")

    def form_ids(self) -> list[str]:
        return sorted(self._current)

    def versions(self, form_id: str) -> list[str]:
        return sorted((v for (i, v) in self._files if i == form_id), key=version_key)

    # -- forms ---------------------------------------------------------------------------
    def load(self, form_id: str, version: str | None = None) -> FormDefinition:
        if form_id not in self._current:
            raise FormNotFoundError(form_id, version)
        key = (form_id, version or self._current[form_id])
        if key not in self._forms:
            path = self._files.get(key)
            if path is None:
                raise FormNotFoundError(form_id, version)
            if key in self._unchecked:
                data = self._data.get(key)
                if data is None:
                    data = _read(path)
                self._validate(path.name, data, self._form_schema)
                if (data["id"], data["version"]) != key:
                    raise DefinitionError(path.name, "its id and version differ from its header lines")
                self._data[key] = data
                self._unchecked.discard(key)
            self._forms[key] = self._build(path, self._data[key])
        return self._forms[key]

    def all_forms(self) -> list[FormDefinition]:
        return [self.load(i) for i in self.form_ids()]

    def _build(self, path: Path, data: Mapping[str, Any]) -> FormDefinition:
        fields = tuple(self._field(path.name, f, data["id"]) for f in data["fields"])
        self._check_level(path.name, fields, fields)
        for f in fields:
            if f.type == "form":
                # A part must be declared at least as protected as anything inside it, so that
                # whoever reads only the declared class never underestimates it.
                sub = self.load(f.form or "", f.form_version)
                strongest = max(SENSITIVITIES.index(g.sensitivity) for _, g in sub.walk())
                if SENSITIVITIES.index(f.sensitivity) < strongest:
                    raise DefinitionError(path.name, f"part {f.id}: sensitivity must be at least "
                                                     f"{SENSITIVITIES[strongest]}")
        form = FormDefinition(
            id=data["id"], version=data["version"], titles=data["title"], descriptions=data["description"],
            fields=fields, audience=data.get("audience", "any"), composite=bool(data.get("composite")),
            migrations=tuple(data.get("migrations", ())), source=str(path.relative_to(self.root)),
            registry=self, review=data.get("review", ""), checks=tuple(data.get("checks", ())),
            references=tuple(data.get("references", ())), cautions=tuple(data.get("cautions", ())),
        )
        for rule in form.checks:
            for target in (rule["when_answered"], rule["requires"]["field"]):
                self._check_path(path.name, form, target)
        for caution in form.cautions:
            for target in (*caution["when"], caution["requires"]):
                try:
                    form.field(target)
                except KeyError as exc:
                    raise DefinitionError(path.name, f"caution rule: no field {target}") from exc
        self._check_graphic(path.name, form)
        for ref in form.references:  # each path must end at a record reference field
            # By id: record_ref to record_ref. By position: a record_position naming an entry of a
            # repeatable group by its number (issue 18 item 4: nothing shared across the sides).
            by_position = ref.get("by") == "position"
            for target, wanted in ((ref["from"], "record_position" if by_position else "record_ref"),
                                   (ref["to"], "group" if by_position else "record_ref")):
                try:
                    found = form.field(target)
                except KeyError as exc:
                    raise DefinitionError(path.name, f"reference rule: no field {target}") from exc
                if wanted == "record_ref" and target == ref["from"] and found.type == "person_ref":
                    continue  # a person's victim record, named by its id like any record (issue 18)
                if found.type != wanted or (wanted == "group" and not found.repeatable):
                    raise DefinitionError(path.name, f"reference rule: {target} is not a "
                                                     f"{'repeatable group' if wanted == 'group' else wanted}")
        return form

    @staticmethod
    def _check_graphic(source: str, form: FormDefinition) -> None:
        """A section marked ``graphic_content`` may be skipped (R-MC-9): its code must be an option
        of the form's top-level ``skipped_sections`` field, where the skip is recorded."""
        marked = {f.graphic_content for _, f in form.walk() if f.graphic_content}
        if not marked:
            return
        holder = next((f for f in form.fields if f.id == SKIPPED_SECTIONS), None)
        if holder is None or holder.type != "multi_choice" or holder.required:
            raise DefinitionError(source, f"graphic sections need an optional multi_choice field {SKIPPED_SECTIONS}")
        missing = marked - {o.code for o in holder.options}
        if missing:
            raise DefinitionError(source, f"graphic sections {sorted(missing)} are not options of {SKIPPED_SECTIONS}")

    def _check_path(self, source: str, form: FormDefinition, path: str) -> None:
        # Rule paths name single answers: they may enter groups and parts, never repeated entries
        # (the last step may be a repeatable group: "answered" then means "has entries").
        parts = path.split(".")
        for i in range(1, len(parts) + 1):
            try:
                step = form.field(".".join(parts[:i]))
            except KeyError:
                raise DefinitionError(source, f"check names unknown field {path!r}") from None
            if step.repeatable and i < len(parts):
                raise DefinitionError(source, f"check path {path!r} goes through a repeatable group")

    def _field(self, source: str, raw: Mapping[str, Any], form_id: str) -> Field:
        vocab = raw.get("vocabulary", ())
        vocabularies = (vocab,) if isinstance(vocab, str) else tuple(vocab)
        for vocab_id in vocabularies:
            try:
                self.vocabulary(vocab_id)
            except VocabularyNotFoundError as exc:
                raise DefinitionError(source, f"field {raw['id']}: {exc}") from exc
        if raw["type"] == "form" and raw["form"] not in self._current:
            raise DefinitionError(source, f"field {raw['id']}: no form {raw['form']!r}")
        if raw["type"] == "form" and raw["form"] == form_id:
            raise DefinitionError(source, f"field {raw['id']}: a form cannot contain itself")
        if raw["type"] == "place" and not vocabularies:
            raise DefinitionError(source, f"field {raw['id']}: a place needs a vocabulary")
        options = tuple(Entry(code=o["code"], labels=o["label"], review=o.get("review", ""))
                        for o in raw.get("options", ()))
        if len({o.code for o in options}) != len(options):
            raise DefinitionError(source, f"field {raw['id']}: duplicate option codes")
        show_if = None
        if "show_if" in raw:
            cond = raw["show_if"]
            show_if = Condition(field=cond["field"], equals=cond.get("equals"), any_of=tuple(cond.get("in", ())),
                                is_true=cond.get("is_true"), answered=cond.get("answered"),
                                contains=cond.get("contains"))
        return Field(
            id=raw["id"], type=raw["type"], labels=raw["label"], helps=raw["help"], required=raw["required"],
            sensitivity=raw["sensitivity"], vocabularies=vocabularies, options=options,
            standard_codes=bool(raw.get("standard_codes", False)),
            fields=tuple(self._field(source, f, form_id) for f in raw.get("fields", ())),
            repeatable=bool(raw.get("repeatable", False)), min_items=raw.get("min_items"),
            max_items=raw.get("max_items"), minimum=raw.get("min"), maximum=raw.get("max"),
            integer=bool(raw.get("integer", False)), max_length=raw.get("max_length"), show_if=show_if,
            wording=raw.get("wording", {}), must_agree=bool(raw.get("must_agree", False)),
            consent_key=raw.get("consent_key"), protective_default=raw.get("protective_default"),
            form=raw.get("form"), form_version=raw.get("form_version"), media_types=tuple(raw.get("media_types", ())),
            interviewer_only=bool(raw.get("interviewer_only", False)), review=raw.get("review", ""),
            graphic_content=raw.get("graphic_content"),
            not_before=raw.get("not_before"),
        )

    def _check_level(self, source: str, fields: Sequence[Field], top: Sequence[Field]) -> None:
        ids = [f.id for f in fields]
        if len(set(ids)) != len(ids):
            raise DefinitionError(source, f"duplicate field ids among {ids}")
        for f in fields:
            if f.show_if is not None:
                target = f.show_if.field
                scope = top if target.startswith("/") else fields
                if target.lstrip("/") not in {g.id for g in scope} or target.lstrip("/") == f.id:
                    raise DefinitionError(source, f"field {f.id}: show_if names unknown field {target!r}")
            if f.type == "group":
                strongest = max((SENSITIVITIES.index(c.sensitivity) for c in f.fields), default=0)
                if SENSITIVITIES.index(f.sensitivity) < strongest:
                    raise DefinitionError(source, f"group {f.id}: sensitivity must be at least "
                                                  f"{SENSITIVITIES[strongest]} (its most protected member)")
                self._check_level(source, f.fields, top)

    # -- vocabularies --------------------------------------------------------------------
    def vocabulary_ids(self) -> list[str]:
        directory = self.root / "vocabularies"
        return sorted(p.stem for p in directory.iterdir() if p.suffix in _SUFFIXES) if directory.is_dir() else []

    def vocabulary(self, vocabulary_id: str) -> Vocabulary:
        if vocabulary_id not in self._vocabs:
            path = next((self.root / "vocabularies" / f"{vocabulary_id}{s}" for s in _SUFFIXES
                         if (self.root / "vocabularies" / f"{vocabulary_id}{s}").exists()), None)
            if path is None:
                raise VocabularyNotFoundError(vocabulary_id)
            data = self._checked(path, self._vocab_schema)
            if data["id"] != vocabulary_id:
                raise DefinitionError(path.name, f"id must be {vocabulary_id}")
            entries = tuple(
                Entry(code=e["code"], labels=e["label"], note=e.get("note", ""), review=e.get("review", ""),
                      rome_statute=tuple(e.get("rome_statute_7_1", ())), kind=e.get("kind", ""),
                      deprecated=bool(e.get("deprecated", False)))
                for e in data["entries"]
            )
            codes = [e.code for e in entries]
            if len(set(codes)) != len(codes):
                raise DefinitionError(path.name, "duplicate codes")
            self._vocabs[vocabulary_id] = Vocabulary(
                id=data["id"], version=data["version"], titles=data["title"], entries=entries,
                standard_codes=bool(data.get("standard_codes", True)), review=data.get("review", ""))
        return self._vocabs[vocabulary_id]


_default: Registry | None = None


def default_registry() -> Registry:
    global _default
    if _default is None:
        _default = Registry()
    return _default
