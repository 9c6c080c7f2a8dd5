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

import mimetypes
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from intake_app.gui.controllers.form_model import FieldSpec, FormSpec, new_id
from intake_app.gui.widgets.common import READABLE_WIDTH, Retranslating
from intake_app.gui.widgets.file_dialogs import open_file
from intake_app.text import i18n

Changed = Callable[[], None]
MediaDone = Callable[[dict[str, Any]], None]
TIME_QUALIFIERS = ("exact", "approximate", "uncertain", "unknown")


class MediaFields(Protocol):
    """What a page gives its FormView so audio and attachment answers are filled in place.

    ``recorder`` returns a recording control for the field at ``path`` that calls ``done(value)``
    with the answer (a media reference) when a take is kept; ``attach`` stores ``file`` and
    calls ``done(value)`` when it is in the encrypted store.
    """

    def recorder(self, path: str, spec: FieldSpec, done: MediaDone) -> QWidget | None: ...

    def attach(self, path: str, spec: FieldSpec, file: str, done: MediaDone) -> None: ...

    # Optional: ``choices(path, spec)`` → [(number, label, key)] for a ``record_position`` answer
    # (the entries of the list it names, e.g. the victims recorded, issue 18 item 4; ``key`` tells
    # the same entry again in any language).


def protective_order(codes: list[str]) -> list[str]:
    """One order for yes/no everywhere: "no" right before "yes" (the most protective answer
    first, as the consent form lists it); other codes keep their places."""
    if "yes" in codes and "no" in codes and codes.index("yes") < codes.index("no"):
        codes = [c for c in codes if c != "no"]
        codes.insert(codes.index("yes"), "no")
    return codes


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


class _AppId(_Editor):
    """A reference the app makes (an entry's own random id): never typed, never shown."""

    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QLineEdit()
        self.widget.setReadOnly(True)
        self.value: Any = new_id() if spec.app_made == "id" else None
        self.widget.setText(self.value or "")

    def get(self) -> Any:
        return self.value

    def set(self, value: Any) -> None:
        if value:  # an id made earlier is kept; "nothing" never drops the one made here
            self.value = value
            self.widget.setText(str(value))


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
        by_code = {o.code: o for o in spec.options}
        self.options = [by_code[c] for c in protective_order(list(by_code))]
        for option in self.options:
            self.box.addItem(option.code, option.code)
        self.other = QLineEdit()
        # The line for "Other" sits beside the list, greyed until "Other" is chosen: choosing
        # it moves nothing (no line appears under the pointer).
        self.other.setVisible(any(o.code == "OTHER" for o in spec.options))
        self.other.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.other, 1)
        v.addLayout(row)
        self.box.currentIndexChanged.connect(self._changed)
        self.other.textEdited.connect(lambda _t: changed())

    def _changed(self, _index: int) -> None:
        self.other.setEnabled(self.box.currentData() == "OTHER")
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
        self.other.setEnabled(code == "OTHER")

    def retranslate(self, lang: str) -> None:
        for i, option in enumerate(self.options, start=1):
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
        # Space for "Other" is kept (disabled until ticked) so ticking it moves nothing below.
        self.other.setVisible(any(o.code == "OTHER" for o in spec.options))
        self.other.setEnabled(False)
        v.addWidget(self.list)
        v.addWidget(self.other)
        self.list.itemChanged.connect(self._changed)
        self.other.textEdited.connect(lambda _t: changed())

    def _codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _changed(self, _item: object) -> None:
        self.other.setEnabled("OTHER" in self._codes())
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
        self.other.setEnabled("OTHER" in chosen)

    def retranslate(self, lang: str) -> None:
        for i, option in enumerate(self.spec.options):
            self.list.item(i).setText(option.label(lang))
        self.other.setPlaceholderText(FormView.tr("Please describe"))


class _Bool(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed) -> None:
        super().__init__(spec, changed)
        self.widget = QComboBox()  # yes / no / not answered: an unanswered box is not "no"
        for data in ("", *protective_order(["yes", "no"])):  # not None: see _Choice
            self.widget.addItem("", data)
        self.widget.currentIndexChanged.connect(lambda _i: changed())

    def get(self) -> Any:
        return {"yes": True, "no": False}.get(self.widget.currentData())

    def set(self, value: Any) -> None:
        data = "yes" if value is True else "no" if value is False else ""
        self.widget.setCurrentIndex(max(0, self.widget.findData(data)))

    def retranslate(self, lang: str) -> None:
        names = {"": FormView.tr("(not answered)"), "yes": FormView.tr("Yes"), "no": FormView.tr("No")}
        for i in range(self.widget.count()):
            self.widget.setItemText(i, names[self.widget.itemData(i)])


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
        self.pick = QPushButton()
        self.pick.setObjectName("pickTime")
        self.now_button = QPushButton()
        self.now_button.setObjectName("timeNow")
        row.addWidget(self.local, 2)
        row.addWidget(self.pick)
        row.addWidget(self.now_button)
        row.addWidget(self.zone, 1)
        row.addWidget(self.qualifier, 1)
        self.pick.clicked.connect(self._pick)
        self.now_button.clicked.connect(self.stamp_now)
        self.local.textEdited.connect(lambda _t: changed())
        self.zone.currentTextChanged.connect(lambda _t: changed())
        self.qualifier.currentIndexChanged.connect(lambda _i: changed())

    def _zone(self) -> Any:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(self.zone.currentText().strip())
        except (ZoneInfoNotFoundError, ValueError):
            return None  # a zone being typed: the computer's own clock and zone

    def stamp_now(self) -> None:
        """The clock's time now, as wall time in the zone shown; exact."""
        from datetime import datetime

        self.local.setText(datetime.now(self._zone()).strftime("%Y-%m-%d %H:%M"))
        self.qualifier.setCurrentIndex(0)
        self.changed()

    def _pick(self) -> None:
        from datetime import datetime

        from PySide6.QtCore import QDate, QTime
        from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QTimeEdit

        dialog = QDialog(self.widget)
        dialog.setWindowTitle(FormView.tr("Choose date and time"))
        calendar = QCalendarWidget()
        calendar.setObjectName("timeCalendar")
        clock = QTimeEdit()
        clock.setObjectName("timeClock")
        clock.setDisplayFormat("HH:mm")
        clock.setAccessibleName(FormView.tr("Time of day"))
        try:
            shown = datetime.strptime(self.local.text().strip().replace(" ", "T")[:16], "%Y-%m-%dT%H:%M")
        except ValueError:
            shown = datetime.now(self._zone())
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        clock.setTime(QTime(shown.hour, shown.minute))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(lambda _d: clock.setFocus())
        v = QVBoxLayout(dialog)
        v.addWidget(calendar)
        v.addWidget(clock)
        v.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            d, t = calendar.selectedDate(), clock.time()
            self.local.setText(f"{d.year():04d}-{d.month():02d}-{d.day():02d} {t.hour():02d}:{t.minute():02d}")
            self.changed()
        dialog.deleteLater()

    def get(self) -> Any:
        local = self.local.text().strip()
        if len(local) >= 16 and local[10] == " ":
            local = local[:10] + "T" + local[11:]  # "1989-06-04 01:00" is meant the same way
        qualifier = self.qualifier.currentData()
        if not local and qualifier != "unknown":
            return None
        value: dict[str, Any] = {"zone": self.zone.currentText().strip(), "qualifier": qualifier}
        if local:
            value["local"] = local
        return value

    def set(self, value: Any) -> None:
        if isinstance(value, Mapping):
            self.local.setText(str(value.get("local") or "").replace("T", " ", 1))  # read as date and time
            self.zone.setCurrentText(str(value.get("zone") or "Asia/Shanghai"))
            self.qualifier.setCurrentIndex(max(0, self.qualifier.findData(value.get("qualifier"))))

    def retranslate(self, lang: str) -> None:
        self.local.setPlaceholderText(FormView.tr("e.g. 1989-06-04 01:00 (local time)"))
        self.pick.setText(FormView.tr("Choose…"))
        self.pick.setAccessibleName(FormView.tr("{0}: choose date and time").format(self.spec.label(lang)))
        self.now_button.setText(FormView.tr("Now"))
        self.now_button.setAccessibleName(FormView.tr("{0}: now").format(self.spec.label(lang)))
        self.local.setAccessibleName(FormView.tr("{0}: date and time").format(self.spec.label(lang)))
        names = (FormView.tr("exact"), FormView.tr("about"), FormView.tr("not sure"), FormView.tr("not known"))
        for i, name in enumerate(names):
            self.qualifier.setItemText(i, name)
        self.zone.setAccessibleName(FormView.tr("Time zone"))
        self.qualifier.setAccessibleName(FormView.tr("How sure"))


def _choices(media: MediaFields | None, path: str, spec: FieldSpec) -> list[tuple[Any, str, str]] | None:
    """[(answer, label, key)] a reference at ``path`` may pick (records of this testimony), or
    None when the page knows no records for it (then it stays a line of text)."""
    provider = getattr(media, "choices", None)
    if not callable(provider):
        return None
    found = provider(path, spec)
    return None if found is None else list(found)


def _nothing_yet(media: MediaFields | None, path: str, spec: FieldSpec) -> str:
    """Where to record what a reference picks from, said when nothing is recorded yet."""
    source = getattr(media, "source", None)
    step = str(source(path, spec) or "") if callable(source) else ""
    if step:
        return FormView.tr("Nothing recorded yet to choose from. Record them first on the step \"{0}\" (the list "
                           "of steps on the left), then come back here.").format(step)
    return FormView.tr("Nothing recorded yet to choose from. Record them first on their own step (the list of "
                       "steps on the left), then come back here.")


def _answer_of(data: Any) -> Any:
    """A picked item's answer: a record's id, or a number (1 for the first); 0 / "" = none."""
    if isinstance(data, str):
        return data or None
    return data if isinstance(data, int) and not isinstance(data, bool) and data > 0 else None


class _Position(_Editor):
    """A record of this testimony, picked by what identifies it on screen (its number and a
    victim's name and what happened to them), never by typing an id. The answer is the record's
    id for a content reference (ids stay on the content side), or its number (1 for the first)
    for an identity answer, never an id the other side of the bundle also holds (issue 18)."""

    def __init__(self, spec: FieldSpec, changed: Changed, media: MediaFields | None = None, path: str = "") -> None:
        super().__init__(spec, changed)
        self.media, self.path = media, path or spec.id
        self.widget = QWidget()
        v = QVBoxLayout(self.widget)
        v.setContentsMargins(0, 0, 0, 0)
        self.box = QComboBox()
        self.box.setObjectName("positionChoice")
        self.note = QLabel()
        self.note.setObjectName("positionNote")
        self.note.setWordWrap(True)
        v.addWidget(self.box)
        v.addWidget(self.note)
        self.value: Any = None
        self.picked_key = ""  # which record the answer named when it was picked
        self.keys: dict[Any, str] = {}
        self.moved = False  # the list changed under a pick: it was cleared, to be made again
        self.box.currentIndexChanged.connect(self._picked)
        self.refresh()

    def _picked(self, _index: int) -> None:
        self.value = _answer_of(self.box.currentData())
        self.picked_key = self.keys.get(self.value, "") if self.value else ""
        self.moved = False
        self.note.setVisible(getattr(self, "empty", False))
        self.changed()

    def refresh(self) -> None:
        """List the records as saved now (they may have been added on another step)."""
        choices = _choices(self.media, self.path, self.spec) or []
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem("", 0)  # 0 = not chosen (None as item data upsets PySide's refcounts)
        for answer, label, _key in choices:
            self.box.addItem(label, answer)
        self.keys = {answer: key for answer, _label, key in choices}
        if self.value is not None and self.picked_key and self.keys.get(self.value) != self.picked_key:
            # A record was removed on its step: the answer would now name someone else, or nobody.
            self.value, self.picked_key, self.moved = None, "", True
        if isinstance(self.value, int) and self.box.findData(self.value) < 0:
            self.box.addItem(str(self.value), self.value)  # a number kept as given, though no longer listed
        self.box.setCurrentIndex(max(0, self.box.findData(self.value or 0)))
        self.box.blockSignals(False)
        self.empty = not choices
        self.retranslate(i18n.current())

    def get(self) -> Any:
        return self.value

    def set(self, value: Any) -> None:
        self.value = _answer_of(value)
        # An id names its record whatever else changes; a number given earlier is kept as given.
        self.picked_key = self.value if isinstance(self.value, str) else ""
        self.box.blockSignals(True)
        if isinstance(self.value, str) and self.box.findData(self.value) < 0:
            self.value, self.picked_key, self.moved = None, "", True  # its record is gone: choose again
        if self.value is not None and self.box.findData(self.value) < 0:
            self.box.addItem(str(self.value), self.value)  # kept as given, though not listed now
        self.box.setCurrentIndex(max(0, self.box.findData(self.value or 0)))
        self.box.blockSignals(False)
        self.retranslate(i18n.current())

    def retranslate(self, lang: str) -> None:
        self.box.setItemText(0, FormView.tr("(choose)"))
        self.box.setAccessibleName(self.spec.label(lang))
        if getattr(self, "moved", False):
            self.note.setText(FormView.tr("The list changed since this was chosen: choose again."))
        else:
            self.note.setText(_nothing_yet(self.media, self.path, self.spec))
        self.note.setVisible(getattr(self, "empty", False) or getattr(self, "moved", False))


class _Positions(_Editor):
    """A list of references to records of this testimony (an event's victims): each record
    recorded is listed by its number and name with a box to tick; the answer is the usual list
    of entries, one ``{ref: id}`` per ticked record (issue 18)."""

    def __init__(self, spec: FieldSpec, changed: Changed, media: MediaFields | None = None, prefix: str = "") -> None:
        super().__init__(spec, changed)
        self.media, self.child = media, spec.children[0]
        self.path = f"{prefix}{spec.id}[0].{self.child.id}"
        self.widget = QWidget()
        v = QVBoxLayout(self.widget)
        v.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("positionChoices")
        self.note = QLabel()
        self.note.setObjectName("positionNote")
        self.note.setWordWrap(True)
        v.addWidget(self.list)
        v.addWidget(self.note)
        self.picked: list[Any] = []
        self.moved = False
        self.empty = True
        self.list.itemChanged.connect(self._changed)
        self.refresh()

    def _ticked(self) -> list[Any]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _changed(self, _item: object) -> None:
        self.picked = self._ticked()
        self.moved = False
        self.retranslate(i18n.current())
        self.changed()

    def refresh(self) -> None:
        """List the records as saved now; a ticked record that was removed is untied (and said)."""
        choices = _choices(self.media, self.path, self.child) or []
        listed = [answer for answer, _label, _key in choices]
        if any(p not in listed for p in self.picked):
            self.picked, self.moved = [p for p in self.picked if p in listed], True
        self.list.blockSignals(True)
        self.list.clear()
        for answer, label, _key in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, answer)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if answer in self.picked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setVisible(bool(choices))
        self.list.setMaximumHeight(min(180, 28 * max(1, len(choices)) + 6))
        self.empty = not choices
        self.retranslate(i18n.current())

    def get(self) -> Any:
        return [{self.child.id: p} for p in self.picked] or None

    def set(self, value: Any) -> None:
        wanted = [e.get(self.child.id) for e in value or [] if isinstance(e, Mapping)]
        self.picked = [w for w in wanted if isinstance(w, str) and w]
        self.moved = False
        self.refresh()

    def retranslate(self, lang: str) -> None:
        self.list.setAccessibleName(self.spec.label(lang))
        if self.moved:
            self.note.setText(FormView.tr("A record chosen here was removed on its step: check the choice again."))
        else:
            self.note.setText(_nothing_yet(self.media, self.path, self.child))
        self.note.setVisible(self.empty or self.moved)


class _Media(_Editor):
    """An audio or attachment answer, filled in place: a recording control (audio) or a file
    chooser (attachment) given by the page's :class:`MediaFields`; the answer is the reference
    to what went into the encrypted store."""

    def __init__(self, spec: FieldSpec, changed: Changed, media: MediaFields | None = None, path: str = "") -> None:
        super().__init__(spec, changed)
        self.media, self.path = media, path or spec.id
        self.value: Any = None
        self.sealed = False
        self.widget = QWidget()
        v = QVBoxLayout(self.widget)
        v.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("mediaStatus")
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        self.control: QWidget | None = None
        self.pick: QPushButton | None = None
        self._recording_now = False
        if media is not None and spec.type == "audio":
            self.control = media.recorder(self.path, spec, self._done)
            if self.control is not None:
                v.addWidget(self.control)
                started = getattr(self.control, "recording_changed", None)
                if started is not None:  # the walk's screenshot: "Not recorded yet" beside "● Recording"
                    started.connect(self._recording)
        elif media is not None:
            self.pick = QPushButton()
            self.pick.setObjectName(f"attach_{spec.id}")
            self.pick.clicked.connect(self._pick)
            v.addWidget(self.pick, 0, Qt.AlignmentFlag.AlignLeft)

    def _accepted(self) -> tuple[str, ...]:
        return tuple(str(t) for t in (getattr(self.spec.raw, "media_types", None) or ()))

    def _pick(self) -> None:
        accepted = self._accepted()
        images = "*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.heic"
        name_filter = ""
        if accepted and all(a.startswith("image/") or a == "application/pdf" for a in accepted):
            name_filter = FormView.tr("Photos, scans or PDF ({0})").format(f"{images} *.pdf") + ";;" + \
                FormView.tr("All files (*)")
        chosen = open_file(self.widget, self._pick_text().replace("&", "").rstrip("…"), name_filter)
        if not chosen or self.media is None:
            return
        media_type = mimetypes.guess_type(chosen)[0] or "application/octet-stream"
        if accepted and not any(media_type.startswith(a) for a in accepted):
            self.status.setText(FormView.tr("This file cannot be used here: choose a photo, a scan or a PDF."))
            return
        self.status.setText(FormView.tr("Adding the file to the encrypted store…"))
        self.media.attach(self.path, self.spec, chosen, self._done)

    def _pick_text(self) -> str:
        if any(a.startswith("image/") for a in self._accepted()):
            return FormView.tr("Choose a &photo or scan…")
        return FormView.tr("Choose a &file…")

    def _recording(self, on: bool) -> None:
        self._recording_now = on
        self._show()

    def _done(self, value: dict[str, Any]) -> None:
        self.value = dict(value)
        self.sealed = False
        self._show()
        self.changed()

    def get(self) -> Any:
        return self.value

    def set(self, value: Any) -> None:
        self.value = value
        self._show()

    def seal(self) -> None:
        self.value = None
        self.sealed = True
        self._show()

    def _show(self) -> None:
        value = self.value if isinstance(self.value, Mapping) else None
        if self.sealed:
            text = FormView.tr("✔ Attached and sealed.")
        elif self._recording_now:
            text = FormView.tr("Recording now: press Stop when it is done.")
        elif value is not None and self.spec.type == "audio":
            seconds = int(value.get("duration_s") or 0)
            text = FormView.tr("✔ Recorded ({0}). Recording again replaces it.").format(
                f"{seconds // 60}:{seconds % 60:02d}")
        elif value is not None:
            text = FormView.tr("✔ Attached: {0}, {1} KB. The hidden information in the file was removed.").format(
                value.get("media_type", ""), max(1, int(value.get("size") or 0) // 1024))
        elif self.media is None:
            text = FormView.tr("This cannot be recorded or attached on this screen.")
        elif self.spec.type == "audio":
            text = FormView.tr("Not recorded yet: press Record, then Stop when it is done.")
        else:
            text = FormView.tr("No file yet.")
        self.status.setText(text)

    def retranslate(self, lang: str) -> None:
        self._show()
        if self.pick is not None:
            self.pick.setText(self._pick_text())
            self.pick.setAccessibleName(self._pick_text().replace("&", "") + " " + self.spec.label(lang))


class _Group(_Editor):
    def __init__(self, spec: FieldSpec, changed: Changed, prefix: str = "", media: MediaFields | None = None) -> None:
        super().__init__(spec, changed)
        self.widget = QGroupBox()
        self.fields = _FieldList(spec.children, changed, prefix=f"{prefix}{spec.id}.", media=media)
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
    def __init__(self, spec: FieldSpec, changed: Changed, prefix: str = "", media: MediaFields | None = None) -> None:
        super().__init__(spec, changed)
        self.prefix, self.media = f"{prefix}{spec.id}", media
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
        fields = _FieldList(self.spec.children, self.changed, prefix=f"{self.prefix}[{len(self.items)}].",
                            media=self.media)
        remove = QPushButton(FormView.tr("Remove this entry"))
        remove.setObjectName("removeEntry")
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
        made = {c.id for c in self.spec.children if c.app_made}
        values = [f.values() for _b, f in self.items]
        return [v for v in values if set(v) - made] or None  # an entry holding only its id is empty

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


REFERENCES = ("record_ref", "person_ref")  # picked from the records when the page knows them


def make_editor(spec: FieldSpec, changed: Changed, prefix: str = "", media: MediaFields | None = None) -> _Editor:
    t = spec.type
    if spec.app_made:
        return _AppId(spec, changed)
    if spec.children and spec.repeatable:
        only = spec.children[0]
        if len(spec.children) == 1 and only.type in REFERENCES and not only.app_made and \
                _choices(media, f"{prefix}{spec.id}[0].{only.id}", only) is not None:
            return _Positions(spec, changed, media, prefix)  # records of this testimony, ticked
        return _Repeat(spec, changed, prefix, media)
    if spec.children or t in ("group", "form"):
        return _Group(spec, changed, prefix, media)
    if t in ("audio", "attachment"):
        return _Media(spec, changed, media, prefix + spec.id)
    if t == "record_position" or (t in REFERENCES and _choices(media, prefix + spec.id, spec) is not None):
        return _Position(spec, changed, media, prefix + spec.id)
    editors: dict[str, type[_Editor]] = {
        "longtext": _Long, "range": _Range, "choice": _Choice, "multi_choice": _Multi, "place": _Place,
        "boolean": _Bool, "consent": _Consent, "time": _Time,
    }
    return editors.get(t, _Line)(spec, changed)  # text, number, date, person_ref: a line of text


def first_focusable(widget: QWidget) -> QWidget | None:
    """``widget`` or its first child that takes focus from the keyboard."""
    for w in [widget, *widget.findChildren(QWidget)]:
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isEnabled() and not w.isHidden():
            return w
    return None


def graphic_section(spec: FieldSpec) -> str | None:
    """The section with graphic content this field belongs to (form definition ``graphic_content``)."""
    code = getattr(spec.raw, "graphic_content", None)
    return str(code) if code else None


class _FieldList(QWidget):
    """A column of labelled editors with inline problem labels.

    Each row is its label above its editor, full width (long labels and consent wording wrap at
    the page's width, not at a label column's). A row whose condition does not hold stays in
    place, greyed and without its "*": choosing an answer never inserts or removes rows, so the
    field under the pointer or the next click does not move (usability review, problem 12).
    """

    def __init__(self, specs: list[FieldSpec], changed: Changed, root: Callable[[], Mapping[str, Any]] | None = None,
                 prefix: str = "", media: MediaFields | None = None, graphic_notices: bool = False) -> None:
        super().__init__()
        # Before each run of fields marked ``graphic_content``: a notice to the interviewer (R-MC-9;
        # the witness alone gets a warning screen with "Skip this part" instead).
        self.graphic_notices: list[QLabel] = []
        section: str | None = None
        self.prefix = prefix
        self.app_filled: set[str] = set()  # ids of rows the app fills in (hidden)
        self.applies: dict[str, bool] = {}  # conditional rows: whether their condition holds now
        self.column = QVBoxLayout(self)
        self.rows: list[tuple[FieldSpec, _Editor, QLabel, QLabel, QLabel]] = []
        self._changed = changed
        self._root = root
        self._lang = ""
        for spec in specs:
            marked = graphic_section(spec)
            if graphic_notices and marked and marked != section:
                notice = QLabel()
                notice.setObjectName("graphicNotice")
                notice.setWordWrap(True)
                self.column.addWidget(notice)
                self.graphic_notices.append(notice)
            section = marked
            if spec.app_made:
                self.app_filled.add(spec.id)
            editor = make_editor(spec, self._on_change, prefix, media)
            label, help_label, problem = QLabel(), QLabel(), QLabel()
            label.setWordWrap(True)
            label.setBuddy(editor.widget)
            help_label.setWordWrap(True)
            help_label.setObjectName("fieldHelp")
            problem.setObjectName("inlineError")
            problem.setWordWrap(True)
            problem.hide()
            row = QWidget()
            row.setObjectName(f"row_{spec.id}")
            v = QVBoxLayout(row)
            v.setContentsMargins(0, 0, 0, 6)
            v.setSpacing(4)
            v.addWidget(label)
            v.addWidget(editor.widget)
            v.addWidget(help_label)
            v.addWidget(problem)
            editor.widget.setObjectName(f"field_{spec.id}")
            self.column.addWidget(row)  # label above its field, full width (no early wrapping)
            self.rows.append((spec, editor, label, help_label, problem))
            if spec.app_made:
                row.hide()  # made by the app (ids, references): never asked of a person
        self.column.addStretch(1)

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
            self._apply_row(spec, label, visible)
            editor.update_visibility(root)

    def _apply_row(self, spec: FieldSpec, label: QLabel, applies: bool) -> None:
        """Grey a conditional row out (kept in place, values kept) or bring it back."""
        if self.applies.get(spec.id) == applies:
            return
        self.applies[spec.id] = applies
        row = label.parentWidget()
        if row is not None:
            row.setEnabled(applies)
        if self._lang:
            label.setText(self._label_text(spec, self._lang))

    def _label_text(self, spec: FieldSpec, lang: str) -> str:
        return spec.label(lang) + (" *" if spec.required and self.applies.get(spec.id, True) else "")

    @staticmethod
    def _show_row(label: QLabel, editor: _Editor, visible: bool) -> None:
        # Not QFormLayout.setRowVisible: in PySide6 6.12 each call drops a reference to None,
        # which aborts the interpreter after a few thousand calls ("deallocating None").
        row = label.parentWidget()
        if row is not None and row.isHidden() == visible:  # only when it changes
            row.setVisible(visible)

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
        self._lang = lang
        for notice in self.graphic_notices:
            notice.setText(i18n.translate(
                "FormView", "The next questions may be about violence, injuries, deaths or detention. Before "
                "them, tell the witness what they are about: the witness may skip them, take a pause, or stop "
                "at any time."))
        for spec, editor, label, help_label, _problem in self.rows:
            text = spec.label(lang)
            label.setText(self._label_text(spec, lang))
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

    def __init__(self, spec: FormSpec, parent: QWidget | None = None, media: MediaFields | None = None,
                 graphic_notices: bool = True) -> None:
        super().__init__(parent)
        self.spec = spec
        self._skipped: set[str] = set()
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.fields = _FieldList(spec.fields, self.edited.emit, root=lambda: self.fields.values(), media=media,
                                 graphic_notices=graphic_notices)
        self._problems: dict[str, list[str]] = {}
        self._sealed: set[str] = set()
        self.scroll_area = self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Inputs no wider than is easy to read: the form keeps a maximum width and sits centred.
        # (Wrapped in another widget, the scroll area did not follow the form's growing height
        # when entries were added, and squeezed their buttons to nothing.)
        self.fields.setMaximumWidth(READABLE_WIDTH)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.fields)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields, which scroll into view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self.fields.update_visibility(self.fields.values())

    def answers(self) -> dict[str, Any]:
        return self.fields.values()

    def set_skipped(self, field_ids: set[str]) -> None:
        """Top-level questions of a section the witness chose to skip (R-MC-9): hidden and emptied
        (nothing typed there is sent); shown again, empty, if the witness goes back and continues."""
        for spec, editor, label, *_ in self.fields.rows:
            if spec.id in field_ids:
                editor.set(None)
                self.fields._show_row(label, editor, False)
            elif spec.id in self._skipped and spec.id not in self.fields.app_filled:
                self.fields._show_row(label, editor, True)
        self._skipped = set(field_ids)
        self.fields.update_visibility(self.fields.values())

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
                # Shown and applying (a row whose condition does not hold stays in place, greyed).
                row = label.parentWidget()
                return label.isVisibleTo(self) and row is not None and row.isEnabled()
        return False

    def fix_value(self, field_id: str, value: Any) -> None:
        """Set a top-level field to ``value`` and make it read-only (e.g. the interviewer code that
        comes from the device's enrolment, issue 19)."""
        editor = self.editor(field_id)
        if editor is None:
            return
        editor.set(value)
        if isinstance(editor.widget, QLineEdit):
            editor.widget.setReadOnly(True)
        else:
            editor.widget.setEnabled(False)
        self.fields.update_visibility(self.fields.values())

    def editor(self, field_id: str) -> _Editor | None:
        for spec, editor, *_ in self._all_rows():
            if spec.id == field_id:
                return editor
        return None

    def identity_fields(self) -> list[str]:
        """Top-level fields whose answers are sealed for the identity custodians."""
        return [spec.id for spec, *_ in self.fields.rows if spec.sensitivity == "identity"]

    def walk(self) -> list[tuple[str, FieldSpec, _Editor, QLabel, QLabel]]:
        """(answer path, spec, editor, label, help label) of every row, entries of repeatable
        groups by index (``victims[0].family_contact``), in the order shown."""
        out: list[tuple[str, FieldSpec, _Editor, QLabel, QLabel]] = []

        def visit(fields: _FieldList, prefix: str) -> None:
            for spec, editor, label, help_label, _problem in fields.rows:
                path = prefix + spec.id
                out.append((path, spec, editor, label, help_label))
                if isinstance(editor, _Repeat):
                    for i, (_box, item) in enumerate(editor.items):
                        visit(item, f"{path}[{i}].")
                elif isinstance(editor, _Group):
                    visit(editor.fields, path + ".")

        visit(self.fields, "")
        return out

    def focus_path(self, path: str) -> bool:
        """Scroll to the field at ``path`` (or its nearest shown parent) and give it focus."""
        rows = self.walk()
        target = next((r for r in rows if r[0] == path), None)
        while target is None and ("." in path or "[" in path):
            path = path[:max(path.rfind("."), path.rfind("["))]
            target = next((r for r in rows if r[0] == path), None)
        if target is None:
            return False
        widget = first_focusable(target[2].widget) or target[2].widget
        self.scroll.ensureWidgetVisible(target[2].widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_first(self) -> bool:
        """Give focus to the first field a person can answer."""
        for _path, spec, editor, label, _help in self.walk():
            if spec.app_made or not label.isVisibleTo(self) or not editor.widget.isEnabled():
                continue
            widget = first_focusable(editor.widget)
            if widget is not None:
                self.scroll.verticalScrollBar().setValue(0)  # the step is read from its top
                self.scroll.ensureWidgetVisible(editor.widget)
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def set_sealed(self, paths: set[str]) -> None:
        """Show these identity answers only as "sealed": emptied, disabled, never read back.

        ``paths`` are answer paths (``interviewer_name``, ``victims[0].family_contact``); "*"
        means every identity-class answer on the page. An entry holding a sealed answer cannot
        be removed (its sealed part could no longer be matched to it)."""
        self._sealed = set(paths)
        every = "*" in self._sealed
        for path, spec, editor, _label, help_label in self.walk():
            if spec.children or not (path in self._sealed or (every and spec.sensitivity == "identity")):
                continue
            if isinstance(editor, _Media):
                editor.seal()  # a consent signature: "attached and sealed", not an empty box
            else:
                editor.set(None)
            editor.widget.setEnabled(False)
            help_label.setText(self.tr("Sealed: only the archive's identity custodians can read this."))
            help_label.setVisible(True)
            box = editor.widget.parentWidget()
            while box is not None and box is not self:
                remove = box.findChild(QPushButton, "removeEntry", Qt.FindChildOption.FindDirectChildrenOnly)
                if remove is not None:
                    remove.setEnabled(False)
                    break
                box = box.parentWidget()

    def refresh_choices(self) -> None:
        """List again what position answers may pick (entries added on other steps)."""
        for _path, _spec, editor, *_ in self.walk():
            if isinstance(editor, (_Position, _Positions)):
                editor.refresh()

    def keep_entries(self, path: str) -> None:
        """The entries of the repeatable group at ``path`` cannot be removed: sealed answers name
        them by their number, which removing one would shift (issue 18 item 4)."""
        for where, _spec, editor, *_ in self.walk():
            if where == path and isinstance(editor, _Repeat):
                for box, _fields in editor.items:
                    remove = box.findChild(QPushButton, "removeEntry", Qt.FindChildOption.FindDirectChildrenOnly)
                    if remove is not None:
                        remove.setEnabled(False)

    def sealed_ids(self) -> set[str]:
        """Fields shown only as "sealed" (their answers went to the identity custodians)."""
        return set(self._sealed)

    def answers_without(self, field_ids: set[str]) -> dict[str, Any]:
        return {k: v for k, v in self.answers().items() if k not in field_ids}

    def retranslate(self) -> None:
        lang = i18n.current()
        self.title.setText(self.spec.title(lang))
        self.fields.retranslate(lang)
        if self._sealed:
            self.set_sealed(self._sealed)
