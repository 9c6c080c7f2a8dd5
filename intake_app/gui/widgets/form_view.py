# SPDX-License-Identifier: GPL-3.0-or-later
"""Render a form (from :mod:`intake_app.gui.controllers.form_model`) as editable widgets.

Guarantees: every field type has an editor; what a person typed is never thrown away (a
number that does not parse stays as typed and the problem is shown inline); conditional fields
are hidden, not cleared; labels, help and problems follow the current language at run time.
The view holds answers only in widgets (memory) and hands them to a controller on request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app import i18n
from intake_app.gui.controllers.form_model import LONG_TEXT_TYPES, FieldSpec, FormSpec
from intake_app.gui.widgets.common import Retranslating

CHOICE_TYPES = {"choice", "select", "single_choice", "vocabulary"}
MULTI_TYPES = {"multi_choice", "multichoice", "multi_select", "multiple_choice"}
BOOL_TYPES = {"boolean", "bool", "checkbox", "consent", "consent_checkbox", "yes_no"}
NUMBER_TYPES = {"number", "integer", "int", "float", "decimal"}
GROUP_TYPES = {"group", "section", "object"}
REPEAT_TYPES = {"repeat", "repeatable_group", "list"}
MEDIA_TYPES = {"audio", "audio_ref", "audio_reference", "attachment", "attachment_ref", "attachment_reference"}


class _Editor:
    """One field's editor: ``widget``, ``get()``, ``set(value)``; calls ``changed()`` on edits."""

    widget: QWidget

    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        self.spec = spec
        self.changed = changed

    def get(self) -> Any:  # pragma: no cover - overridden
        return None

    def set(self, value: Any) -> None:  # pragma: no cover - overridden
        pass

    def retranslate(self, lang: str) -> None:
        pass

    def problems(self, problems: Mapping[str, list[str]], prefix: str) -> None:
        pass


class _Line(_Editor):
    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QLineEdit()
        self.widget.textEdited.connect(lambda _t: changed())

    def get(self) -> Any:
        text = self.widget.text()
        if self.spec.type in NUMBER_TYPES and text.strip():
            for cast in (int, float):
                try:
                    return cast(text.strip())
                except ValueError:
                    continue
            return text  # kept as typed; validation says what is wrong
        return text if text else None

    def set(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class _Long(_Editor):
    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        self.widget.setMinimumHeight(110)
        self.widget.textChanged.connect(changed)

    def get(self) -> Any:
        return self.widget.toPlainText() or None

    def set(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))


class _Choice(_Editor):
    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QComboBox()
        self.widget.addItem("", None)
        for code, _label in spec.options:
            self.widget.addItem(code, code)
        self.widget.currentIndexChanged.connect(lambda _i: changed())

    def get(self) -> Any:
        return self.widget.currentData()

    def set(self, value: Any) -> None:
        index = self.widget.findData(value)
        self.widget.setCurrentIndex(max(0, index))

    def retranslate(self, lang: str) -> None:
        for i, (_code, label) in enumerate(self.spec.options, start=1):
            self.widget.setItemText(i, label(lang))


class _Multi(_Editor):
    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QListWidget()
        for code, _label in spec.options:
            item = QListWidgetItem(code)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.widget.addItem(item)
        self.widget.setMaximumHeight(min(200, 26 * max(2, len(spec.options)) + 6))
        self.widget.itemChanged.connect(lambda _i: changed())

    def get(self) -> Any:
        codes = [self.widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.widget.count())
                 if self.widget.item(i).checkState() == Qt.CheckState.Checked]
        return codes or None

    def set(self, value: Any) -> None:
        chosen = set(value or [])
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def retranslate(self, lang: str) -> None:
        for i, (_code, label) in enumerate(self.spec.options):
            self.widget.item(i).setText(label(lang))


class _Bool(_Editor):
    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QCheckBox()
        self.widget.toggled.connect(lambda _on: changed())

    def get(self) -> Any:
        return self.widget.isChecked()

    def set(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def retranslate(self, lang: str) -> None:
        wording = self.spec.wording(lang) if self.spec.wording else ""
        self.widget.setText(wording)


class _Media(_Editor):
    """Audio and attachment references are filled by the recording and attachment panels."""

    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QLabel()
        self.widget.setWordWrap(True)
        self.value: Any = None

    def get(self) -> Any:
        return self.value

    def set(self, value: Any) -> None:
        self.value = value

    def retranslate(self, lang: str) -> None:
        self.widget.setText(FormView.tr("Use the recording and attachment panels for this."))


class _Group(_Editor):
    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QGroupBox()
        self.fields = _FieldList(spec.children, changed)
        QVBoxLayout(self.widget).addWidget(self.fields)

    def get(self) -> Any:
        value = self.fields.values()
        return value or None

    def set(self, value: Any) -> None:
        self.fields.set_values(value or {})

    def retranslate(self, lang: str) -> None:
        self.widget.setTitle(self.spec.label(lang))
        self.fields.retranslate(lang)

    def problems(self, problems: Mapping[str, list[str]], prefix: str) -> None:
        self.fields.show_problems(problems, prefix)


class _Repeat(_Editor):
    def __init__(self, spec: FieldSpec, changed: Callable[[], None]) -> None:
        super().__init__(spec, changed)
        self.widget = QGroupBox()
        self.layout = QVBoxLayout(self.widget)
        self.items: list[tuple[QWidget, _FieldList]] = []
        self.add = QPushButton()
        self.add.clicked.connect(lambda: (self._add_item(), changed()))
        self.layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_item(self) -> _FieldList:
        box = QWidget()
        row = QVBoxLayout(box)
        fields = _FieldList(self.spec.children, self.changed)
        remove = QPushButton(FormView.tr("Remove this entry"))
        remove.clicked.connect(lambda: self._remove(box))
        row.addWidget(fields)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        self.layout.insertWidget(self.layout.count() - 1, box)
        self.items.append((box, fields))
        fields.retranslate(i18n.current())
        return fields

    def _remove(self, box: QWidget) -> None:
        self.items = [(b, f) for b, f in self.items if b is not box]
        box.deleteLater()
        self.changed()

    def get(self) -> Any:
        values = [f.values() for _b, f in self.items]
        values = [v for v in values if v]
        return values or None

    def set(self, value: Any) -> None:
        for box, _f in self.items:
            box.deleteLater()
        self.items = []
        for entry in value or []:
            self._add_item().set_values(entry)

    def retranslate(self, lang: str) -> None:
        self.widget.setTitle(self.spec.label(lang))
        self.add.setText(FormView.tr("Add another"))
        self.add.setAccessibleName(FormView.tr("Add another: {0}").format(self.spec.label(lang)))
        for _b, f in self.items:
            f.retranslate(lang)

    def problems(self, problems: Mapping[str, list[str]], prefix: str) -> None:
        for i, (_b, f) in enumerate(self.items):
            f.show_problems(problems, f"{prefix}[{i}].")


def make_editor(spec: FieldSpec, changed: Callable[[], None]) -> _Editor:
    t = spec.type
    if spec.repeatable or t in REPEAT_TYPES:
        return _Repeat(spec, changed)
    if t in GROUP_TYPES or spec.children:
        return _Group(spec, changed)
    if t in LONG_TEXT_TYPES:
        return _Long(spec, changed)
    if t in MULTI_TYPES:
        return _Multi(spec, changed)
    if t in CHOICE_TYPES or spec.options:
        return _Choice(spec, changed)
    if t in BOOL_TYPES:
        return _Bool(spec, changed)
    if t in MEDIA_TYPES:
        return _Media(spec, changed)
    return _Line(spec, changed)  # text, number, date, time, place, person: typed as text


class _FieldList(QWidget):
    """A column of labelled editors with inline problem labels."""

    def __init__(self, specs: list[FieldSpec], changed: Callable[[], None]) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: list[tuple[FieldSpec, _Editor, QLabel, QLabel, QLabel]] = []
        self._changed = changed
        for spec in specs:
            editor = make_editor(spec, self._on_change)
            label, help_label, problem = QLabel(), QLabel(), QLabel()
            label.setWordWrap(True)
            label.setBuddy(editor.widget)
            help_label.setWordWrap(True)
            help_label.setObjectName("fieldHelp")
            problem.setObjectName("inlineError")
            problem.setWordWrap(True)
            problem.hide()
            column = QWidget()
            v = QVBoxLayout(column)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(editor.widget)
            v.addWidget(help_label)
            v.addWidget(problem)
            editor.widget.setObjectName(f"field_{spec.id}")
            self.form.addRow(label, column)
            self.rows.append((spec, editor, label, help_label, problem))

    def _on_change(self) -> None:
        self.update_visibility()
        self._changed()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for spec, editor, *_ in self.rows:
            value = editor.get()
            if value is not None and value != "":
                out[spec.id] = value
        return out

    def set_values(self, values: Mapping[str, Any]) -> None:
        for spec, editor, *_ in self.rows:
            if spec.id in values:
                editor.set(values[spec.id])
        self.update_visibility()

    def update_visibility(self, context: Mapping[str, Any] | None = None) -> None:
        answers = dict(context or {}) | self.values()
        for spec, editor, label, *_ in self.rows:
            visible = True
            if spec.condition is not None:
                try:
                    visible = bool(spec.condition(answers))
                except (KeyError, TypeError, ValueError, LookupError):
                    visible = True  # unsure: show rather than hide what someone may need
            self.form.setRowVisible(label, visible)

    def retranslate(self, lang: str) -> None:
        for spec, editor, label, help_label, _problem in self.rows:
            text = spec.label(lang)
            label.setText(("* " if spec.required else "") + text)
            editor.widget.setAccessibleName(text)
            help_text = spec.help(lang)
            help_label.setText(help_text)
            help_label.setVisible(bool(help_text))
            editor.widget.setAccessibleDescription(help_text)
            editor.retranslate(lang)

    def show_problems(self, problems: Mapping[str, list[str]], prefix: str = "") -> None:
        for spec, editor, _label, _help, problem in self.rows:
            messages = problems.get(prefix + spec.id, [])
            problem.setText("\n".join(messages))
            problem.setVisible(bool(messages))
            editor.problems(problems, prefix + spec.id + ".")


class FormView(Retranslating):
    """A scrollable, rendered form. Signals: edited() after any change."""

    edited = Signal()

    def __init__(self, spec: FormSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.fields = _FieldList(spec.fields, self.edited.emit)
        self._problems: dict[str, list[str]] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self.fields.update_visibility()

    def answers(self) -> dict[str, Any]:
        return self.fields.values()

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        self.fields.set_values(answers)

    def show_problems(self, problems: Mapping[str, list[str]]) -> None:
        self._problems = dict(problems)
        self.fields.show_problems(self._problems)

    def editor_widget(self, path: str) -> QWidget | None:
        return self.findChild(QWidget, f"field_{path}")

    def retranslate(self) -> None:
        lang = i18n.current()
        self.title.setText(self.spec.title(lang))
        self.fields.retranslate(lang)


