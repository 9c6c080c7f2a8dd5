# SPDX-License-Identifier: GPL-3.0-or-later
"""Render a form (from :mod:`intake_app.gui.controllers.form_model`) as editable widgets.

Guarantees: every field type of the forms engine has an editor producing the value shape the
engine validates (text, number, range, choice with "Other" text, dates as EDTF text, times as
local wall time + IANA zone + qualifier, places, consent with the exact wording shown, groups,
repeatable groups, nested forms). What a person typed is never thrown away: a number that does
not parse stays as typed and the problem is shown inline; hidden conditional fields keep their
values. Labels, help and problems follow the current language at run time. Answers live only in
widgets (memory) until a controller asks for them.
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
    QHBoxLayout,
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
from intake_app.gui.controllers.form_model import FieldSpec, FormSpec
from intake_app.gui.widgets.common import Retranslating, readable

Changed = Callable[[], None]
TIME_QUALIFIERS = ("exact", "approximate", "uncertain", "unknown")


def _number(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            continue
    return text  # kept as typed; validation says what is wrong


class _Editor:
    """One field's editor: ``widget``, ``get()``, ``set(value)``; calls ``changed()`` on edits."""

    widget: QWidget

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        self.spec = spec
        self.changed = changed

    def get(self) -> Any:
        return None

    def set(self, value: Any) -> None:
        pass

    def retranslate(self, lang: str) -> None:
        pass

    def problems(self, problems: Mapping[str, list[str]], prefix: str) -> None:
        pass

    def update_visibility(self, root: Mapping[str, Any]) -> None:
        pass


class _Line(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QLineEdit()
        self.widget.textEdited.connect(lambda _t: changed())

    def get(self) -> Any:
        text = self.widget.text()
        if self.spec.type == "number":
            return _number(text)
        return text or None

    def set(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))

    def retranslate(self, lang: str) -> None:
        if self.spec.type == "date":
            self.widget.setPlaceholderText(FormView.tr("e.g. 1989-06-04, 1989-06, 1989-06-03/1989-06-05, 1989~"))
        elif self.spec.type in ("person_ref", "record_ref"):
            self.widget.setPlaceholderText(FormView.tr("reference code (32 letters and digits)"))


class _Long(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        self.widget.setMinimumHeight(110)
        self.widget.textChanged.connect(changed)

    def get(self) -> Any:
        return self.widget.toPlainText() or None

    def set(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))


class _Range(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.low, self.high = QLineEdit(), QLineEdit()
        self.dash = QLabel("–")
        for w in (self.low, self.dash, self.high):
            row.addWidget(w)
        self.low.textEdited.connect(lambda _t: changed())
        self.high.textEdited.connect(lambda _t: changed())

    def get(self) -> Any:
        low, high = _number(self.low.text()), _number(self.high.text())
        if low is None and high is None:
            return None
        if high is None or low == high:
            return low
        return {k: v for k, v in (("min", low), ("max", high)) if v is not None}

    def set(self, value: Any) -> None:
        if isinstance(value, Mapping):
            self.low.setText("" if value.get("min") is None else str(value["min"]))
            self.high.setText("" if value.get("max") is None else str(value["max"]))
        else:
            self.low.setText("" if value is None else str(value))
            self.high.clear()

    def retranslate(self, lang: str) -> None:
        self.low.setPlaceholderText(FormView.tr("number, or from"))
        self.high.setPlaceholderText(FormView.tr("to (if not sure)"))
        self.low.setAccessibleName(FormView.tr("{0}: from").format(self.spec.label(lang)))
        self.high.setAccessibleName(FormView.tr("{0}: to").format(self.spec.label(lang)))


class _Choice(_Editor):
    """One code from the options; "Other" opens a line for a few words."""

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QWidget()
        v = QVBoxLayout(self.widget)
        v.setContentsMargins(0, 0, 0, 0)
        self.box = QComboBox()
        self.box.addItem("", "")  # "" = not chosen (None as item data upsets PySide's refcounts)
        for option in spec.options:
            self.box.addItem(option.code, option.code)
        self.other = QLineEdit()
        self.other.hide()
        v.addWidget(self.box)
        v.addWidget(self.other)
        self.box.currentIndexChanged.connect(self._changed)
        self.other.textEdited.connect(lambda _t: changed())

    def _changed(self, _index: int) -> None:
        self.other.setVisible(self.box.currentData() == "OTHER")
        self.changed()

    def get(self) -> Any:
        code = self.box.currentData()
        if code == "OTHER":
            return {"code": "OTHER", "text": self.other.text()}
        return code or None

    def set(self, value: Any) -> None:
        code = value.get("code") if isinstance(value, Mapping) else value
        self.box.setCurrentIndex(max(0, self.box.findData(code or "")))
        if isinstance(value, Mapping):
            self.other.setText(str(value.get("text") or ""))
        self.other.setVisible(code == "OTHER")

    def retranslate(self, lang: str) -> None:
        for i, option in enumerate(self.spec.options, start=1):
            self.box.setItemText(i, option.label(lang))
        self.box.setItemText(0, FormView.tr("(choose)"))
        self.other.setPlaceholderText(FormView.tr("Please describe"))
        self.other.setAccessibleName(FormView.tr("{0}: other").format(self.spec.label(lang)))


class _Place(_Choice):
    """A place from the list, or typed freely (kept as text)."""

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.box.editTextChanged.connect(lambda _t: changed())

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.box.setItemText(0, "")  # an editable box shows item 0's text as if typed
        edit = self.box.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(FormView.tr("choose, or type a place"))

    def get(self) -> Any:
        code = self.box.currentData()
        text = self.box.currentText().strip()
        if code and self.box.itemText(self.box.currentIndex()) == self.box.currentText():
            if code == "OTHER":
                return {"code": "OTHER", "text": self.other.text()}
            return {"code": code}
        return {"text": text} if text else None

    def set(self, value: Any) -> None:
        if isinstance(value, Mapping) and value.get("code"):
            super().set(value if value.get("code") == "OTHER" else value["code"])
        elif isinstance(value, Mapping):
            self.box.setCurrentIndex(0)
            self.box.setEditText(str(value.get("text") or ""))


class _Multi(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QWidget()
        v = QVBoxLayout(self.widget)
        v.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        for option in spec.options:
            item = QListWidgetItem(option.code)
            item.setData(Qt.ItemDataRole.UserRole, option.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setMaximumHeight(min(220, 28 * max(2, len(spec.options)) + 6))
        self.other = QLineEdit()
        self.other.hide()
        v.addWidget(self.list)
        v.addWidget(self.other)
        self.list.itemChanged.connect(self._changed)
        self.other.textEdited.connect(lambda _t: changed())

    def _codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _changed(self, _item: object) -> None:
        self.other.setVisible("OTHER" in self._codes())
        self.changed()

    def get(self) -> Any:
        out: list[Any] = [{"code": c, "text": self.other.text()} if c == "OTHER" else c for c in self._codes()]
        return out or None

    def set(self, value: Any) -> None:
        chosen = set()
        for item in value or []:
            if isinstance(item, Mapping):
                chosen.add(item.get("code"))
                if item.get("code") == "OTHER":
                    self.other.setText(str(item.get("text") or ""))
            else:
                chosen.add(item)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def retranslate(self, lang: str) -> None:
        for i, option in enumerate(self.spec.options):
            self.list.item(i).setText(option.label(lang))
        self.other.setPlaceholderText(FormView.tr("Please describe"))


class _Bool(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QComboBox()  # yes / no / not answered: an unanswered box is not "no"
        for data in ("", "yes", "no"):  # not None: see _Choice
            self.widget.addItem("", data)
        self.widget.currentIndexChanged.connect(lambda _i: changed())

    def get(self) -> Any:
        return {"yes": True, "no": False}.get(self.widget.currentData())

    def set(self, value: Any) -> None:
        self.widget.setCurrentIndex(1 if value is True else 2 if value is False else 0)

    def retranslate(self, lang: str) -> None:
        for i, text in enumerate((FormView.tr("(not answered)"), FormView.tr("Yes"), FormView.tr("No"))):
            self.widget.setItemText(i, text)


class _Consent(_Editor):
    """The exact wording, in the language shown, and an "I agree" box; both are recorded."""

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QWidget()
        v = QVBoxLayout(self.widget)
        v.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("consentWording")
        self.box = QCheckBox()
        v.addWidget(self.text)
        v.addWidget(self.box)
        self.lang = ""
        self.box.toggled.connect(self._toggled)

    def _toggled(self, _on: bool) -> None:
        self.lang = self._shown_lang()
        self.changed()

    def _shown_lang(self) -> str:
        current = i18n.current()
        return current if current in self.spec.wording_langs else (self.spec.wording_langs or ("en",))[0]

    def get(self) -> Any:
        if not self.lang or self.spec.wording is None:
            return None
        return {"agreed": self.box.isChecked(), "lang": self.lang, "wording": self.spec.wording(self.lang)}

    def set(self, value: Any) -> None:
        if isinstance(value, Mapping):
            self.box.blockSignals(True)
            self.box.setChecked(bool(value.get("agreed")))
            self.box.blockSignals(False)
            self.lang = str(value.get("lang") or "")

    def retranslate(self, lang: str) -> None:
        shown = self._shown_lang()
        if self.lang and self.lang != shown and self.box.isChecked():
            # The person agreed to the wording in another language: untick, so they agree to what they see.
            self.box.setChecked(False)
        self.text.setText(self.spec.wording(shown) if self.spec.wording else "")
        self.box.setText(FormView.tr("I agree"))
        self.box.setAccessibleName(FormView.tr("I agree: {0}").format(self.spec.label(lang)))


class _Time(_Editor):
    """Local wall time + IANA zone + how sure: never a fixed offset."""

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.local = QLineEdit()
        self.zone = QComboBox()
        self.zone.setEditable(True)
        for zone in ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Urumqi"):
            self.zone.addItem(zone)
        self.qualifier = QComboBox()
        for q in TIME_QUALIFIERS:
            self.qualifier.addItem(q, q)
        row.addWidget(self.local, 2)
        row.addWidget(self.zone, 1)
        row.addWidget(self.qualifier, 1)
        self.local.textEdited.connect(lambda _t: changed())
        self.zone.currentTextChanged.connect(lambda _t: changed())
        self.qualifier.currentIndexChanged.connect(lambda _i: changed())

    def get(self) -> Any:
        local = self.local.text().strip()
        qualifier = self.qualifier.currentData()
        if not local and qualifier != "unknown":
            return None
        value: dict[str, Any] = {"zone": self.zone.currentText().strip(), "qualifier": qualifier}
        if local:
            value["local"] = local
        return value

    def set(self, value: Any) -> None:
        if isinstance(value, Mapping):
            self.local.setText(str(value.get("local") or ""))
            self.zone.setCurrentText(str(value.get("zone") or "Asia/Shanghai"))
            self.qualifier.setCurrentIndex(max(0, self.qualifier.findData(value.get("qualifier"))))

    def retranslate(self, lang: str) -> None:
        self.local.setPlaceholderText(FormView.tr("e.g. 1989-06-04T01:00 (local time)"))
        names = (FormView.tr("exact"), FormView.tr("about"), FormView.tr("not sure"), FormView.tr("not known"))
        for i, name in enumerate(names):
            self.qualifier.setItemText(i, name)
        self.zone.setAccessibleName(FormView.tr("Time zone"))
        self.qualifier.setAccessibleName(FormView.tr("How sure"))


class _Media(_Editor):
    """Audio and attachment references are filled by the recording and attachment panels."""

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
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
    def __init__(self, spec: FieldSpec, changed: Changed, prefix: str = "") -> None:
        super().__init__(spec, changed)
        self.widget = QGroupBox()
        self.fields = _FieldList(spec.children, changed, prefix=f"{prefix}{spec.id}.")
        QVBoxLayout(self.widget).addWidget(self.fields)

    def get(self) -> Any:
        return self.fields.values() or None

    def set(self, value: Any) -> None:
        self.fields.set_values(value or {})

    def retranslate(self, lang: str) -> None:
        self.fields.retranslate(lang)  # no box title: the row's label already names the group

    def problems(self, problems: Mapping[str, list[str]], prefix: str) -> None:
        self.fields.show_problems(problems, prefix)

    def update_visibility(self, root: Mapping[str, Any]) -> None:
        self.fields.update_visibility(root)


class _Repeat(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QGroupBox()
        self.column = QVBoxLayout(self.widget)
        self.items: list[tuple[QWidget, _FieldList]] = []
        self.add = QPushButton()
        self.add.setObjectName(f"add_{spec.id}")
        self.add.clicked.connect(lambda: (self.add_item(), changed()))
        self.column.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)

    def add_item(self) -> _FieldList:
        box = QGroupBox()
        v = QVBoxLayout(box)
        fields = _FieldList(self.spec.children, self.changed)
        remove = QPushButton(FormView.tr("Remove this entry"))
        remove.clicked.connect(lambda: self._remove(box))
        v.addWidget(fields)
        v.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        self.column.insertWidget(self.column.count() - 1, box)
        self.items.append((box, fields))
        fields.retranslate(i18n.current())
        box.setTitle(f"{len(self.items)}")
        return fields

    def _remove(self, box: QWidget) -> None:
        self.items = [(b, f) for b, f in self.items if b is not box]
        box.deleteLater()
        self.changed()

    def get(self) -> Any:
        values = [f.values() for _b, f in self.items]
        return [v for v in values if v] or None

    def set(self, value: Any) -> None:
        for box, _f in self.items:
            box.deleteLater()
        self.items = []
        for entry in value or []:
            self.add_item().set_values(entry)

    def retranslate(self, lang: str) -> None:
        self.add.setText(FormView.tr("Add another"))
        self.add.setAccessibleName(FormView.tr("Add another: {0}").format(self.spec.label(lang)))
        for _b, f in self.items:
            f.retranslate(lang)

    def problems(self, problems: Mapping[str, list[str]], prefix: str) -> None:
        base = prefix.rstrip(".")
        for i, (_b, f) in enumerate(self.items):
            f.show_problems(problems, f"{base}[{i}].")

    def update_visibility(self, root: Mapping[str, Any]) -> None:
        for _b, f in self.items:
            f.update_visibility(root)


def make_editor(spec: FieldSpec, changed: Changed, prefix: str = "") -> _Editor:
    t = spec.type
    if spec.children and spec.repeatable:
        return _Repeat(spec, changed)
    if spec.children or t in ("group", "form"):
        return _Group(spec, changed, prefix)
    editors: dict[str, type[_Editor]] = {
        "longtext": _Long, "range": _Range, "choice": _Choice, "multi_choice": _Multi, "place": _Place,
        "boolean": _Bool, "consent": _Consent, "time": _Time, "audio": _Media, "attachment": _Media,
    }
    return editors.get(t, _Line)(spec, changed)  # text, number, date, person_ref: a line of text


class _FieldList(QWidget):
    """A column of labelled editors with inline problem labels."""

    def __init__(self, specs: list[FieldSpec], changed: Changed, root: Callable[[], Mapping[str, Any]] | None = None,
                 prefix: str = "") -> None:
        super().__init__()
        self.prefix = prefix
        self.app_filled: set[str] = set()  # ids of rows the app fills in (hidden)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # label above: full width for answers
        self.rows: list[tuple[FieldSpec, _Editor, QLabel, QLabel, QLabel]] = []
        self._changed = changed
        self._root = root
        for spec in specs:
            editor = make_editor(spec, self._on_change, prefix)
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
            # Label above its field, each a full-width row: a wrapped row's label keeps only its
            # size hint's width (about 300 px), so long labels wrapped early on wide windows.
            self.form.addRow(label)
            self.form.addRow(column)
            self.rows.append((spec, editor, label, help_label, problem))

    def _on_change(self) -> None:
        if self._root is not None:
            self.update_visibility(self._root())
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

    def update_visibility(self, root: Mapping[str, Any]) -> None:
        scope = self.values()
        for spec, editor, label, *_ in self.rows:
            visible = True
            if spec.condition is not None:
                try:
                    visible = spec.condition(scope, root)
                except (KeyError, TypeError, ValueError, AttributeError):
                    visible = True  # unsure: show rather than hide what someone may need
            self._show_row(label, editor, visible and spec.id not in self.app_filled)
            editor.update_visibility(root)

    @staticmethod
    def _show_row(label: QLabel, editor: _Editor, visible: bool) -> None:
        # Not QFormLayout.setRowVisible: in PySide6 6.12 each call drops a reference to None,
        # which aborts the interpreter after a few thousand calls ("deallocating None").
        if label.isHidden() == visible:  # only when it changes
            label.setVisible(visible)
            column = editor.widget.parentWidget()
            if column is not None:
                column.setVisible(visible)

    def apply_app(self, filled: Mapping[str, Any], defaults: Mapping[str, Any]) -> None:
        """Set what the app fills in (hidden) and pre-fill defaults nobody answered yet."""
        for spec, editor, label, *_ in self.rows:
            path = self.prefix + spec.id
            if path in filled:
                editor.set(filled[path])
                self.app_filled.add(spec.id)
                self._show_row(label, editor, False)
            elif path in defaults and editor.get() in (None, ""):
                editor.set(defaults[path])
            if isinstance(editor, _Group):
                editor.fields.apply_app(filled, defaults)

    def retranslate(self, lang: str) -> None:
        for spec, editor, label, help_label, _problem in self.rows:
            text = spec.label(lang)
            label.setText(text + (" *" if spec.required else ""))
            editor.widget.setAccessibleName(text)
            help_text = spec.help(lang)
            help_label.setText(help_text)
            help_label.setVisible(bool(help_text))
            editor.widget.setAccessibleDescription(help_text)
            editor.retranslate(lang)

    def show_problems(self, problems: Mapping[str, list[str]], prefix: str = "") -> None:
        for spec, editor, _label, _help, problem in self.rows:
            path = prefix + spec.id
            # The field's own problems, and those of its items (``path[2]``) but not of its children.
            messages = [m for key, ms in problems.items()
                        if key == path or key.startswith(path + "[") and "." not in key[len(path):] for m in ms]
            problem.setText("\n".join(messages))
            problem.setVisible(bool(messages))
            editor.problems(problems, path + ".")


class FormView(Retranslating):
    """A scrollable, rendered form. Signals: edited() after any change."""

    edited = Signal()

    def __init__(self, spec: FormSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.fields = _FieldList(spec.fields, self.edited.emit, root=lambda: self.fields.values())
        self._problems: dict[str, list[str]] = {}
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(readable(self.fields))  # inputs no wider than is easy to read
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields, which scroll into view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self.fields.update_visibility(self.fields.values())

    def answers(self) -> dict[str, Any]:
        return self.fields.values()

    def set_app_values(self, filled: Mapping[str, Any], defaults: Mapping[str, Any]) -> None:
        self.fields.apply_app(filled, defaults)
        self.fields.update_visibility(self.fields.values())

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        self.fields.set_values(answers)
        self.fields.update_visibility(self.fields.values())

    def show_problems(self, problems: Mapping[str, list[str]]) -> None:
        self._problems = dict(problems)
        self.fields.show_problems(self._problems)

    def problem_texts(self) -> list[str]:
        return [label.text() for *_rest, label in self._all_rows() if label.isVisibleTo(self) and label.text()]

    def _all_rows(self) -> list[tuple[FieldSpec, _Editor, QLabel, QLabel, QLabel]]:
        return [row for fl in self.findChildren(_FieldList) for row in fl.rows]

    def is_shown(self, field_id: str) -> bool:
        for spec, _editor, label, *_ in self._all_rows():
            if spec.id == field_id:
                return label.isVisibleTo(self)
        return False

    def editor(self, field_id: str) -> _Editor | None:
        for spec, editor, *_ in self._all_rows():
            if spec.id == field_id:
                return editor
        return None

    def identity_fields(self) -> list[str]:
        """Top-level fields whose answers are sealed for the identity custodians."""
        return [spec.id for spec, *_ in self.fields.rows if spec.sensitivity == "identity"]

    def set_sealed(self, field_ids: set[str]) -> None:
        """Show these identity fields only as "sealed": emptied, disabled, never read back."""
        self._sealed = set(field_ids)
        for spec, editor, _label, help_label, _problem in self.fields.rows:
            if spec.id in self._sealed:
                editor.set(None)
                editor.widget.setEnabled(False)
                help_label.setText(self.tr("Sealed: only the archive's identity custodians can read this."))
                help_label.setVisible(True)

    def answers_without(self, field_ids: set[str]) -> dict[str, Any]:
        return {k: v for k, v in self.answers().items() if k not in field_ids}

    def retranslate(self) -> None:
        lang = i18n.current()
        self.title.setText(self.spec.title(lang))
        self.fields.retranslate(lang)
        if getattr(self, "_sealed", None):
            self.set_sealed(self._sealed)
