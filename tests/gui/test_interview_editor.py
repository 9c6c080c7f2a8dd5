# SPDX-License-Identifier: GPL-3.0-or-later
"""The interview editor as an interviewer uses it, with clicks and keys on the real window
(usability-review problems 4, 5, 9 and 14): identity sealed on its own step while victim
records and documents stay editable; an anonymous witness passes identity by saying so; a
review page lists every problem and leads to its question; ids and clock times come from the
app; the keyboard lands on the first question after Next; the step list never disagrees
with the page."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui import answers
from tests.gui.test_lock import visible_texts

pytestmark = pytest.mark.gui


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    # A person clicks what the screen shows: let a page that was just shown lay itself out first.
    qtbot.waitUntil(lambda: widget.height() > 0, timeout=5000)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_step(qtbot: Any, editor: Any, index: int) -> None:
    """Click a row of the step list, where a person would."""
    lst = editor.step_list
    item = lst.item(index)
    lst.scrollToItem(item)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())
    QApplication.processEvents()


def step_of(editor: Any, field_id: str) -> int:
    return next(i for i, s in enumerate(editor.steps) if s.field_id == field_id)


def open_new_interview(qtbot: Any, window: Any) -> Any:
    click(qtbot, window.modes.buttons["interviewer"])
    page = window.mode_page
    click(qtbot, page.list.new_button)
    return page


def past_consent(qtbot: Any, editor: Any) -> None:
    """Session record and consent filled (their own tests type them), Next twice."""
    editor.views[0].set_answers(answers.session_record("IV name"))
    click(qtbot, editor.next)
    editor.views[1].set_answers(answers.consent("en"))
    click(qtbot, editor.next)
    assert editor.current == 2, (editor.message.text(), editor.views[1].problem_texts())


def choose(qtbot: Any, combo: Any, index: int) -> None:
    """Pick an entry of a drop-down with the keyboard."""
    combo.setFocus()
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def test_identity_then_victims_and_documents_stay_editable(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = open_new_interview(qtbot, window)
    editor = page.editor
    past_consent(qtbot, editor)
    kinds = [s.kind for s in editor.steps]
    assert kinds.count("identity") == 1  # only the witness's identity is the sealed step

    identity = editor.views[2]
    assert editor.focusWidget() is not editor.back
    qtbot.keyClicks(identity.editor("name_latin").widget, "Wang Canary")
    choose(qtbot, identity.editor("identity_basis").box, 1)
    click(qtbot, editor.next)
    assert editor.current == 3, (editor.message.text(), identity.problem_texts())
    listed = editor.step_list.item(2).text()
    assert listed.lower().count("sealed") == 1, listed  # not "(sealed) (sealed)"
    assert "Wang Canary" not in visible_texts(window)

    # Victim records: a form to fill, not a "sealed" note.
    victims_step = step_of(editor, "victim_record")
    click_step(qtbot, editor, victims_step)
    assert editor.current == victims_step and editor.step_list.currentRow() == victims_step
    victims = editor.views[victims_step]
    assert hasattr(victims, "editor") and "sealed" not in editor.step_list.item(victims_step).text()
    repeat = victims.editor("victims")
    click(qtbot, repeat.add)
    name = victims.editor("name_hanzi")
    assert name.widget.isEnabled()
    qtbot.keyClicks(name.widget, "Li Mou")
    contact = victims.editor("family_contact")
    assert contact is not None and contact.widget.isEnabled()  # identity-side, editable on its own step
    qtbot.keyClicks(contact.widget, "Family contact via Mr Zhang")
    entry = victims.answers()["victims"][0]
    assert re.fullmatch(r"[0-9a-f]{32}", entry["victim_id"])  # made by the app, never typed
    assert not victims.is_shown("victim_id")

    # Documents: editable too.
    docs_step = step_of(editor, "documents")
    click_step(qtbot, editor, docs_step)
    assert editor.current == docs_step, editor.message.text()
    docs = editor.views[docs_step]
    click(qtbot, docs.editor("items").add)
    kind = docs.editor("kind")
    assert kind.box.isEnabled()
    choose(qtbot, kind.box, 1)
    assert docs.answers()["items"][0]["kind"]

    # Back to the victims: what was typed is there and still editable; the family contact
    # (identity) was sealed when the step was left, and its entry can no longer be removed.
    click_step(qtbot, editor, victims_step)
    assert editor.current == victims_step
    assert victims.editor("name_hanzi").widget.isEnabled()
    assert victims.answers()["victims"][0]["name_hanzi"] == "Li Mou"
    assert victims.answers()["victims"][0]["victim_id"] == entry["victim_id"]
    assert not contact.widget.isEnabled() and contact.get() is None
    assert not victims.findChild(QWidget, "removeEntry").isEnabled()
    assert "Family contact via Mr Zhang" not in visible_texts(window)
    store = editor.controller.records
    assert "victim_record" in store.sealed_identity(editor.interview_id)
    assert "family_contact" not in store.answers(editor.interview_id)["victim_record"]["victims"][0]
    # Saving the step again keeps the sealed contact (it is not dropped by a later save).
    qtbot.keyClicks(victims.editor("name_latin").widget, "Li")
    sealed_before = store.sealed_identity(editor.interview_id)["victim_record"]
    click(qtbot, editor.back)
    assert store.sealed_identity(editor.interview_id)["victim_record"] != sealed_before  # sealed again, with it
    assert store.answers(editor.interview_id)["victim_record"]["victims"][0]["name_latin"] == "Li"


def test_anonymous_witness_passes_identity_by_saying_so(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    page = open_new_interview(qtbot, demo_window)
    editor = page.editor
    past_consent(qtbot, editor)
    click(qtbot, editor.next)  # nothing typed and no choice made: not silently skipped
    assert editor.current == 2 and "anonymous" in editor.message.text()
    click(qtbot, editor.anonymous)
    assert editor.anonymous.isChecked()
    click(qtbot, editor.next)
    assert editor.current == 3, editor.message.text()
    assert "anonymous" in editor.step_list.item(2).text()
    assert not editor.controller.identity_sealed(editor.interview_id)


def test_review_lists_problems_jumps_to_them_and_finalises_once_fixed(qtbot, demo_window, capfd) -> None:  # type: ignore[no-untyped-def]
    page = open_new_interview(qtbot, demo_window)
    editor = page.editor
    past_consent(qtbot, editor)
    click(qtbot, editor.anonymous)
    click(qtbot, editor.next)
    answers.fill_closing_notes(editor)  # required in interviewer mode (testimony 1.1.0)
    # A victim entry started but not finished.
    victims_step = step_of(editor, "victim_record")
    click_step(qtbot, editor, victims_step)
    victims = editor.views[victims_step]
    click(qtbot, victims.editor("victims").add)
    qtbot.keyClicks(victims.editor("name_latin").widget, "Li")
    click(qtbot, editor.next)  # leaving shows the problems at once, and marks the step
    assert "to check" in editor.step_list.item(victims_step).text()
    assert "answer(s) to check" in editor.message.text()

    last = len(editor.steps) - 1
    click_step(qtbot, editor, last)
    assert editor.current == last
    review = editor.views[last]
    assert review.problems.isVisible() and review.problems.count() >= 3
    texts = [review.problems.item(i).text() for i in range(review.problems.count())]
    assert all("intake forms check" not in t for t in texts)
    assert all(t.startswith(f"{victims_step + 1}. ") for t in texts), texts
    assert "Will be sealed" in review.summary.text()

    # Click the problem about the victim's status: the step opens at that question, with focus.
    row = next(i for i, t in enumerate(texts) if "Status" in t or "status" in t)
    item = review.problems.item(row)
    qtbot.mouseClick(review.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=review.problems.visualItemRect(item).center())
    assert editor.current == victims_step
    assert editor.step_list.currentRow() == victims_step
    status = victims.editor("status")
    focused = editor.window().focusWidget()
    assert focused is not None and (focused is status.box or status.widget.isAncestorOf(focused))
    assert any(t for t in victims.problem_texts())

    # Fixing a field clears its red mark at once.
    before = len(victims.problem_texts())
    choose(qtbot, status.box, 1)
    assert len(victims.problem_texts()) == before - 1

    # Nothing to record about victims after all: remove the entry, finalise.
    click(qtbot, victims.findChild(QWidget, "removeEntry"))
    QApplication.processEvents()
    click_step(qtbot, editor, last)
    assert review.problems.count() == 0 and not review.problems.isVisible()
    assert "to check" not in editor.step_list.item(victims_step).text()
    assert editor.focusWidget() is review.button
    qtbot.keyClick(review.button, Qt.Key.Key_Space)

    def settled() -> bool:
        return page.editor is None or bool(editor.message.text()) or editor.findChild(object, "errorBox") is not None

    qtbot.waitUntil(settled, timeout=120000)
    if page.editor is not None:
        box = editor.findChild(object, "errorBox")
        raise AssertionError((editor.message.text(), box and box.text(), capfd.readouterr().err[-2000:]))
    assert page.list.rows[0][2] == "outbox"


def test_clock_times_ids_and_focus_come_from_the_app(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    page = open_new_interview(qtbot, demo_window)
    editor = page.editor
    session = editor.views[0]
    assert not session.is_shown("session_id")
    assert re.fullmatch(r"[0-9a-f]{32}", session.answers()["session_id"])
    start = session.editor("start")
    zone = ZoneInfo(start.zone.currentText())
    stamped = start.get()
    assert stamped is not None and stamped["qualifier"] == "exact"  # the interview started now
    assert abs((datetime.strptime(stamped["local"], "%Y-%m-%dT%H:%M")
                - datetime.now(zone).replace(tzinfo=None, second=0, microsecond=0)).total_seconds()) <= 120
    qtbot.wait(20)
    # The first question has the keyboard.
    focused = editor.window().focusWidget()
    assert focused is not None and session.isAncestorOf(focused) and focused is not editor.back

    # "Now" fills the end; an end before the start is refused in plain words.
    end = session.editor("end")
    assert end.get() is None
    click(qtbot, end.now_button)
    assert end.get()["local"][:13] == datetime.now(ZoneInfo(end.zone.currentText())).strftime("%Y-%m-%dT%H")
    end.local.clear()
    qtbot.keyClicks(end.local, "2001-01-01 10:00")
    assert end.get()["local"] == "2001-01-01T10:00"
    editor.views[0].set_answers({k: v for k, v in answers.session_record("IV").items() if k not in ("start", "end")})
    click(qtbot, editor.next)
    # The forms engine refuses it (so sealing does too, issue 21); the GUI shows its message.
    assert any("earlier than Start" in t for t in session.problem_texts())

    # The consent gate: clicking "Recording" does not highlight it while consent is shown.
    recording = next(i for i, s in enumerate(editor.steps) if s.kind == "recording")
    click_step(qtbot, editor, recording)
    qtbot.wait(50)
    assert editor.current == 1
    assert editor.step_list.currentRow() == 1
    assert [editor.step_list.row(i) for i in editor.step_list.selectedItems()] == [1]
    assert editor.pages.currentWidget() is editor.views[1]

    # Events witnessed: each event gets its id from the app.
    editor.views[1].set_answers(answers.consent("en"))
    events_step = step_of(editor, "events_witnessed")
    click(qtbot, editor.next)
    click(qtbot, editor.anonymous)
    click_step(qtbot, editor, events_step)
    assert editor.current == events_step, editor.message.text()
    events = editor.views[events_step]
    click(qtbot, events.editor("events").add)
    assert not events.is_shown("event_id")
    event = events.answers()
    # An entry holding only its id counts as empty; once something is typed, the id travels with it.
    assert event == {}
    choose(qtbot, events.editor("sok").box, 1)
    assert re.fullmatch(r"[0-9a-f]{32}", events.answers()["events"][0]["event_id"])


def test_the_witness_picks_a_victim_by_name_and_the_sealed_relation_holds_its_number(  # type: ignore[no-untyped-def]
        qtbot, demo_window, intake_home) -> None:
    """Issue 18 item 4: on the identity step the interviewer picks the victim a relation is about from the
    victims recorded (shown by name and what happened to them); the sealed identity answer holds the victim's
    number, never the record id the content side holds; once sealed, those victims cannot be removed (the
    number would then name another person)."""
    import json

    import intake_crypto as crypto
    from intake_crypto.age.keyfile import read_identity_file

    window = demo_window
    editor = open_new_interview(qtbot, window).editor
    past_consent(qtbot, editor)
    identity = editor.views[2]
    click(qtbot, identity.editor("relations_to_victims").add)
    picker = identity.editor("victim")
    qtbot.waitUntil(lambda: picker.note.isVisible(), timeout=5000)  # nothing to pick yet: it says where to go
    assert picker.box.count() == 1 and 'Record them first on the step "Victim records"' in picker.note.text()

    # The victims first, on their own step (back to consent, then the step list).
    click(qtbot, editor.back)
    victims_step = step_of(editor, "victim_record")
    click_step(qtbot, editor, victims_step)
    assert editor.current == victims_step, editor.message.text()
    victims = editor.views[victims_step]
    repeat = victims.editor("victims")
    for name, status in (("Li Mou", 1), ("Zhang Canary", 2)):
        click(qtbot, repeat.add)
        fields = repeat.items[-1][1]
        editors = {spec.id: ed for spec, ed, *_ in fields.rows}
        qtbot.keyClicks(editors["name_hanzi"].widget, name)
        choose(qtbot, editors["status"].box, status)
    ids = [v["victim_id"] for v in victims.answers()["victims"]]
    assert len(ids) == 2

    # Back to the identity: the victims are listed by number and name; the interviewer picks the second.
    click_step(qtbot, editor, 2)
    assert editor.current == 2 and editor.views[2] is identity, editor.message.text()
    qtbot.waitUntil(lambda: picker.box.isVisible() and picker.box.height() > 0, timeout=5000)
    listed = [picker.box.itemText(i) for i in range(picker.box.count())]
    assert listed[1].startswith("1. Li Mou (") and listed[2].startswith("2. Zhang Canary ("), listed
    assert not picker.note.isVisible()
    assert not any(i in t for t in listed for i in ids)  # ids are never shown
    choose(qtbot, picker.box, 2)
    assert identity.answers()["relations_to_victims"][0]["victim"] == 2

    # Li Mou's entry is removed before the identity is sealed: number 2 would now name nobody (or someone
    # else), so the pick is cleared and the interviewer is asked to choose again.
    click(qtbot, editor.back)
    click_step(qtbot, editor, victims_step)
    click(qtbot, repeat.items[0][0].findChild(QWidget, "removeEntry"))
    qtbot.waitUntil(lambda: len(repeat.items) == 1, timeout=5000)
    ids = [v["victim_id"] for v in victims.answers()["victims"]]
    click_step(qtbot, editor, 2)
    assert editor.current == 2, editor.message.text()
    qtbot.waitUntil(lambda: picker.note.isVisible(), timeout=5000)
    assert "choose again" in picker.note.text() and picker.get() is None
    assert picker.box.itemText(1).startswith("1. Zhang Canary (")
    choose(qtbot, picker.box, 1)
    assert not picker.note.isVisible()
    choose(qtbot, identity.editor("relationship").box, 3)
    qtbot.keyClicks(identity.editor("name_latin").widget, "Wang Canary")
    choose(qtbot, identity.editor("identity_basis").box, 1)
    assert identity.answers()["relations_to_victims"][0]["victim"] == 1
    click(qtbot, editor.next)
    assert editor.current == 3, (editor.message.text(), identity.problem_texts())

    # What the store sealed for the identity custodians (opened here with the demo archive's key).
    store = editor.controller.records
    sealed = store.sealed_identity(editor.interview_id)["witness_identity"]
    keys = read_identity_file(intake_home / "demo-archive" / "keys" / "identity.key", None)
    opened = json.loads(crypto.decrypt_bytes(sealed, keys))
    assert [r["victim"] for r in opened["relations_to_victims"]] == [1]
    assert not any(i in json.dumps(opened) for i in ids)
    assert [v["victim_id"] for v in store.answers(editor.interview_id)["victim_record"]["victims"]] == ids

    # The victims named by number stay: their entries cannot be removed now.
    click_step(qtbot, editor, victims_step)
    assert editor.current == victims_step
    removes = [b.findChild(QWidget, "removeEntry") for b, _f in repeat.items]
    assert removes and not any(r.isEnabled() for r in removes)


def tick(qtbot: Any, lst: Any, row: int) -> None:
    """Tick an entry of a list of boxes with the keyboard (Space on the entry)."""
    lst.setFocus()
    lst.setCurrentRow(row)
    before = lst.item(row).checkState()
    qtbot.keyClick(lst, Qt.Key.Key_Space)
    assert lst.item(row).checkState() != before


def test_an_event_names_its_victims_from_those_recorded_and_the_sealed_bundle_holds_their_ids(  # type: ignore[no-untyped-def]
        qtbot, demo_window, intake_home, tmp_path, capfd) -> None:
    """Issue 18 (content side): on the events step the interviewer ticks the victims an event is about
    among those recorded (shown by number and name, never the 32-character id); the content answer holds
    the victims' ids; nothing recorded yet says where to record them; a victim removed later is untied from
    the event and the interviewer told to check; a draft opened again shows the ticks; the sealed bundle
    opens with the demo archive's keys, validates, and its event names the second victim by id."""
    import json

    import intake_crypto as crypto
    import intake_forms as forms
    from intake_app.sealing import service as bundle_service

    window = demo_window
    page = open_new_interview(qtbot, window)
    editor = page.editor
    past_consent(qtbot, editor)
    click(qtbot, editor.anonymous)
    click(qtbot, editor.next)
    events_step = step_of(editor, "events_witnessed")
    victims_step = step_of(editor, "victim_record")

    # An event first: nothing to pick yet, and the page says where the victims are recorded.
    click_step(qtbot, editor, events_step)
    assert editor.current == events_step, editor.message.text()
    events = editor.views[events_step]
    click(qtbot, events.editor("events").add)
    picker = events.editor("victim_refs")
    qtbot.waitUntil(lambda: picker.note.isVisible(), timeout=5000)
    victims_title = editor.steps[victims_step].title("en")
    assert f'on the step "{victims_title}"' in picker.note.text() and not picker.list.isVisible()
    event = {spec.id: ed for spec, ed, *_ in events.editor("events").items[0][1].rows}
    for field, value in (("date", "1989-06-04"), ("place", {"code": "BJ_MUXIDI"}), ("sok", "SAW"),
                         ("acts", ["K01_SHOT"]), ("description", "Soldiers fired along the avenue."),
                         ("confidence", "certain")):
        event[field].set(value)  # the event's other answers (typed in their own tests)

    # Three victims on their own step.
    click_step(qtbot, editor, victims_step)
    assert editor.current == victims_step, editor.message.text()
    victims = editor.views[victims_step]
    repeat = victims.editor("victims")
    for name, status in (("Li Mou", 1), ("Zhang Canary", 2), ("Wu Canary", 1)):
        click(qtbot, repeat.add)
        fields = repeat.items[-1][1]
        editors = {spec.id: ed for spec, ed, *_ in fields.rows}
        qtbot.keyClicks(editors["name_hanzi"].widget, name)
        choose(qtbot, editors["status"].box, status)
        for field, value in (("date", "1989-06-04"), ("place", {"code": "BJ_MUXIDI"}),
                             ("reporter_relation", "CLASSMATE"), ("sok", "SAW"), ("confidence", "certain")):
            editors[field].set(value)
    ids = [v["victim_id"] for v in victims.answers()["victims"]]
    assert len(ids) == 3

    # Back to the event: the victims are listed by number and name, never by id; tick the 2nd and the 3rd.
    click_step(qtbot, editor, events_step)
    assert editor.current == events_step, editor.message.text()
    qtbot.waitUntil(lambda: picker.list.isVisible() and picker.list.height() > 0, timeout=5000)
    listed = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert listed[0].startswith("1. Li Mou (") and listed[1].startswith("2. Zhang Canary ("), listed
    assert listed[2].startswith("3. Wu Canary (") and not picker.note.isVisible()
    assert not any(i in t for t in listed for i in ids)
    tick(qtbot, picker.list, 1)
    tick(qtbot, picker.list, 2)
    assert events.answers()["events"][0]["victim_refs"] == [{"ref": ids[1]}, {"ref": ids[2]}]

    # Wu Canary's entry is removed: the event no longer names Wu, and the interviewer is told to check.
    click_step(qtbot, editor, victims_step)
    click(qtbot, repeat.items[2][0].findChild(QWidget, "removeEntry"))
    qtbot.waitUntil(lambda: len(repeat.items) == 2, timeout=5000)
    click_step(qtbot, editor, events_step)
    assert editor.current == events_step, editor.message.text()
    qtbot.waitUntil(lambda: picker.note.isVisible(), timeout=5000)
    assert "check the choice again" in picker.note.text()
    assert [picker.list.item(i).text()[:3] for i in range(picker.list.count())] == ["1. ", "2. "]
    assert events.answers()["events"][0]["victim_refs"] == [{"ref": ids[1]}]

    # Save and close; the draft opened again shows the tick.
    click(qtbot, editor.close_button)
    qtbot.waitUntil(lambda: page.editor is None, timeout=5000)
    row = next(i for i, r in enumerate(page.list.rows) if r[0] == editor.interview_id)
    page.list.table.setCurrentCell(row, 0)
    click(qtbot, page.list.open_button)
    editor = page.editor
    assert editor is not None
    click_step(qtbot, editor, events_step)
    assert editor.current == events_step, editor.message.text()
    picker = editor.views[events_step].editor("victim_refs")
    qtbot.waitUntil(lambda: picker.list.isVisible() and picker.list.height() > 0, timeout=5000)
    ticked = [picker.list.item(i).text() for i in range(picker.list.count())
              if picker.list.item(i).checkState() == Qt.CheckState.Checked]
    assert len(ticked) == 1 and ticked[0].startswith("2. Zhang Canary ("), ticked
    assert not picker.note.isVisible()

    # Finalise: sealed into the outbox.
    answers.fill_closing_notes(editor)  # required in interviewer mode (testimony 1.1.0)
    last = len(editor.steps) - 1
    click_step(qtbot, editor, last)
    review = editor.views[last]
    texts = [review.problems.item(i).text() for i in range(review.problems.count())]
    assert not texts, "\n".join(texts)
    click(qtbot, review.button)

    def settled() -> bool:
        return page.editor is None or bool(editor.message.text()) or editor.findChild(object, "errorBox") is not None

    qtbot.waitUntil(settled, timeout=120000)
    if page.editor is not None:
        box = editor.findChild(object, "errorBox")
        raise AssertionError((editor.message.text(), box and box.text(), capfd.readouterr().err[-2000:]))

    # Read back on this machine: the event names Zhang by number and name, no id is shown.
    shown = [line for _title, lines in page.controller.summary(editor.interview_id) for line in lines]
    assert any("Victims (records) 1" in q and a.startswith("2. Zhang Canary (") for q, a in shown), [
        line for line in shown if "Victims" in line[0]]
    assert not any(i in q + a for q, a in shown for i in ids)

    # The content side, opened with the demo archive's keys: the event names the second victim by id.
    store = window.controller.store
    entry = store.outbox()[0]
    bundle = tmp_path / "b.tib"
    store.export_bundle(entry.id, bundle)
    keys = intake_home / "demo-archive" / "keys"
    identities = [crypto.parse_identities((keys / f"{n}.key").read_text())[0] for n in ("content", "identity")]
    report = bundle_service.verify_bundle(bundle, identities)
    assert report.sides["content"].opened
    opened = tmp_path / "opened"
    bundle_service.open_bundle(bundle, identities, opened)
    answers_ = json.loads((opened / "content" / "answers.json").read_text())["content"]
    assert answers_["events_witnessed"]["events"][0]["victim_refs"] == [{"ref": ids[1]}]
    assert [v["victim_id"] for v in answers_["victim_record"]["victims"]] == ids[:2]
    # The archive's check of the content answers (the sealing checked the whole testimony): every reference
    # names a record of this testimony; an id of no record here would be found.
    testimony = forms.load_form("testimony")
    assert not [p for p in testimony.validate(answers_) if p.code == "ref_dangling"]
    answers_["events_witnessed"]["events"][0]["victim_refs"] = [{"ref": ids[2]}]  # Wu, removed
    assert [p.path for p in testimony.validate(answers_) if p.code == "ref_dangling"] == [
        "events_witnessed.events[0].victim_refs[0].ref"]


def test_a_torture_record_picks_its_detention_from_those_recorded(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: a single reference (the detention a torture record belongs to) is a drop-down of the
    detentions recorded, by number and what they were; the answer is the detention's id."""
    editor = open_new_interview(qtbot, demo_window).editor
    past_consent(qtbot, editor)
    click(qtbot, editor.anonymous)
    click(qtbot, editor.next)
    detention_step, torture_step = step_of(editor, "detention"), step_of(editor, "torture")
    click_step(qtbot, editor, torture_step)
    assert editor.current == torture_step, editor.message.text()
    torture = editor.views[torture_step]
    picker = torture.editor("detention_ref")
    qtbot.waitUntil(lambda: picker.note.isVisible(), timeout=5000)
    assert picker.box.count() == 1 and "Record them first on the step" in picker.note.text()

    click_step(qtbot, editor, detention_step)
    detention = editor.views[detention_step]
    click(qtbot, detention.editor("detentions").add)
    choose(qtbot, detention.editor("subject").box, 1)
    detention_id = detention.answers()["detentions"][0]["detention_id"]

    click_step(qtbot, editor, torture_step)
    assert editor.current == torture_step, editor.message.text()
    qtbot.waitUntil(lambda: picker.box.isVisible() and picker.box.height() > 0, timeout=5000)
    listed = [picker.box.itemText(i) for i in range(picker.box.count())]
    assert len(listed) == 2 and listed[1].startswith("1. ") and detention_id not in listed[1], listed
    choose(qtbot, picker.box, 1)
    assert torture.answers()["detention_ref"] == detention_id and not picker.note.isVisible()


def pick(qtbot: Any, combo: Any, code: str) -> None:
    """Pick the entry whose code is ``code`` with the keyboard, as a person scrolls a drop-down."""
    index = combo.findData(code)
    assert index > 0, code
    choose(qtbot, combo, index)


def test_episodes_and_incidents_are_ticked_and_the_new_questions_are_answered_on_screen(  # type: ignore[no-untyped-def]
        qtbot, demo_window, intake_home, tmp_path, capfd) -> None:
    """Issue 21 item 5 / issue 18 item 4, through the widgets an interviewer uses: the session record
    asks the read-back's language and reader and whether everyone signed (the reason when not); a
    detention ticks its ill-treatment episodes and a victim the family incidents among those recorded
    (by number and date, never an id: the old forms asked for a typed id); a victim gets a certainty and a
    date of death; closing notes are required. The sealed content side holds the ids, the answers, and
    no dangling reference; the read-back on this machine shows "2. 1989-06-12", not an id."""
    import json

    import intake_crypto as crypto
    import intake_forms as forms
    from intake_app.sealing import service as bundle_service

    window = demo_window
    page = open_new_interview(qtbot, window)
    editor = page.editor
    session = editor.views[0]
    typed = answers.session_record("IV name")
    for key in ("readback_language", "readback_by", "signed"):
        typed.pop(key)
    session.set_answers(typed)
    pick(qtbot, session.editor("readback_language").box, "YUE")
    pick(qtbot, session.editor("readback_by").box, "interpreter")
    reason = session.editor("not_signed_reason")
    assert not reason.widget.isEnabled()  # greyed: asked only when someone did not sign
    pick(qtbot, session.editor("signed").box, "no")
    qtbot.waitUntil(lambda: reason.widget.isEnabled(), timeout=5000)
    click(qtbot, editor.next)  # without the reason, leaving the step says what is missing
    assert any("Who did not sign" in t for t in session.problem_texts()), session.problem_texts()
    assert "to check" in editor.step_list.item(0).text()
    click_step(qtbot, editor, 0)
    qtbot.keyClicks(reason.widget, "The witness: signing is unsafe for them.")
    assert session.problem_texts() == []
    click(qtbot, editor.next)
    assert editor.current == 1, session.problem_texts()
    editor.views[1].set_answers(answers.consent("en"))
    click(qtbot, editor.next)
    click(qtbot, editor.anonymous)
    click(qtbot, editor.next)

    # Two ill-treatment episodes, one family incident, each on its own step.
    torture_step, family_step = step_of(editor, "torture"), step_of(editor, "family_persecution")
    detention_step, victims_step = step_of(editor, "detention"), step_of(editor, "victim_record")
    click_step(qtbot, editor, torture_step)
    assert editor.current == torture_step, editor.message.text()
    torture = editor.views[torture_step]
    episodes = torture.editor("episodes")
    for day in ("1989-06-10", "1989-06-12"):
        click(qtbot, episodes.add)
        fields = {spec.id: ed for spec, ed, *_ in episodes.items[-1][1].rows}
        qtbot.keyClicks(fields["date"].widget, day)
    episode_ids = [e["episode_id"] for e in torture.answers()["episodes"]]
    assert len(set(episode_ids)) == 2 and all(len(i) == 32 for i in episode_ids)

    click_step(qtbot, editor, family_step)
    assert editor.current == family_step, editor.message.text()
    family = editor.views[family_step]
    click(qtbot, family.editor("incidents").add)
    incident = {spec.id: ed for spec, ed, *_ in family.editor("incidents").items[0][1].rows}
    pick(qtbot, incident["subject"].box, "self")
    incident["acts"].set(["P02_SURVEILLANCE"])  # a multiple choice (typed in its own tests)
    incident_id = family.answers()["incidents"][0]["incident_id"]

    # The detention ticks the second episode, listed by number and date, never by id.
    click_step(qtbot, editor, detention_step)
    assert editor.current == detention_step, editor.message.text()
    detention = editor.views[detention_step]
    click(qtbot, detention.editor("detentions").add)
    pick(qtbot, detention.editor("subject").box, "self")
    qtbot.keyClicks(detention.editor("arrest_date").widget, "1989-06-09")
    ticks = detention.editor("torture_refs")
    qtbot.waitUntil(lambda: ticks.list.isVisible() and ticks.list.height() > 0, timeout=5000)
    listed = [ticks.list.item(i).text() for i in range(ticks.list.count())]
    assert listed == ["1. 1989-06-10", "2. 1989-06-12"], listed
    tick(qtbot, ticks.list, 1)
    assert detention.answers()["detentions"][0]["torture_refs"] == [{"ref": episode_ids[1]}]

    # A victim killed, who died days later: certainty, date of death, and the family incident ticked.
    click_step(qtbot, editor, victims_step)
    assert editor.current == victims_step, editor.message.text()
    victims = editor.views[victims_step]
    click(qtbot, victims.editor("victims").add)
    victim = {spec.id: ed for spec, ed, *_ in victims.editor("victims").items[0][1].rows}
    qtbot.keyClicks(victim["name_hanzi"].widget, "Zhang Canary")
    assert not victim["date_of_death"].widget.isEnabled()  # greyed until the person was killed
    pick(qtbot, victim["status"].box, "killed")
    qtbot.waitUntil(lambda: victim["date_of_death"].widget.isEnabled(), timeout=5000)
    qtbot.keyClicks(victim["date"].widget, "1989-06-04")
    qtbot.keyClicks(victim["date_of_death"].widget, "1989-06-07~")
    pick(qtbot, victim["confidence"].box, "probable")
    for field, value in (("place", {"code": "BJ_MUXIDI"}), ("reporter_relation", "CLASSMATE"), ("sok", "HEARD")):
        victim[field].set(value)
    family_ticks = victim["family_persecution_refs"]
    qtbot.waitUntil(lambda: family_ticks.list.isVisible() and family_ticks.list.height() > 0, timeout=5000)
    assert family_ticks.list.count() == 1 and family_ticks.list.item(0).text().startswith("1. ")
    assert incident_id not in family_ticks.list.item(0).text()
    tick(qtbot, family_ticks.list, 0)

    # Closing notes are required: the review says so until they are answered.
    last = len(editor.steps) - 1
    click_step(qtbot, editor, last)
    review = editor.views[last]
    texts = [review.problems.item(i).text() for i in range(review.problems.count())]
    closing_title = editor.steps[step_of(editor, "closing_notes")].title("en")
    assert texts and any(closing_title in t or "Interviewer closing notes" in t for t in texts), texts
    answers.fill_closing_notes(editor)
    click_step(qtbot, editor, last)
    texts = [review.problems.item(i).text() for i in range(review.problems.count())]
    assert not texts, "\n".join(texts)
    click(qtbot, review.button)

    def settled() -> bool:
        return page.editor is None or bool(editor.message.text()) or editor.findChild(object, "errorBox") is not None

    qtbot.waitUntil(settled, timeout=120000)
    if page.editor is not None:
        box = editor.findChild(object, "errorBox")
        raise AssertionError((editor.message.text(), box and box.text(), capfd.readouterr().err[-2000:]))

    # Read back on this machine: the detention names the episode by number and date, no id shown.
    shown = [line for _title, lines in page.controller.summary(editor.interview_id) for line in lines]
    assert any("Ill-treatment episodes" in q and a == "2. 1989-06-12" for q, a in shown), [
        line for line in shown if "episode" in line[0].lower()]
    assert not any(i in q + a for q, a in shown for i in [*episode_ids, incident_id])

    # The content side, opened with the demo archive's keys.
    store = window.controller.store
    bundle = tmp_path / "b.tib"
    store.export_bundle(store.outbox()[0].id, bundle)
    keys = intake_home / "demo-archive" / "keys"
    identities = [crypto.parse_identities((keys / f"{n}.key").read_text())[0] for n in ("content", "identity")]
    opened = tmp_path / "opened"
    bundle_service.open_bundle(bundle, identities, opened)
    content = json.loads((opened / "content" / "answers.json").read_text())["content"]
    assert content["detention"]["detentions"][0]["torture_refs"] == [{"ref": episode_ids[1]}]
    sealed_victim = content["victim_record"]["victims"][0]
    assert sealed_victim["family_persecution_refs"] == [{"ref": incident_id}]
    assert (sealed_victim["confidence"], sealed_victim["date_of_death"]) == ("probable", "1989-06-07~")
    record = content["session_record"]
    assert (record["signed"], record["readback_language"], record["readback_by"]) == ("no", "YUE", "interpreter")
    assert record["not_signed_reason"].startswith("The witness: signing is unsafe")
    assert not [p for p in forms.load_form("testimony").validate(content) if p.code == "ref_dangling"]
    # The signed manifest names the composite's version, and that version pins every part's (FO-10).
    manifest = json.loads((opened / "content" / "manifest.json").read_text())
    assert manifest["form"] == {"id": "testimony", "version": "1.1.0"}
    pinned = {f.id: f.form_version for f in forms.load_form("testimony", manifest["form"]["version"]).fields}
    assert pinned["session_record"] == "1.3.0" and pinned["torture"] == "1.1.0"


def test_a_witness_who_took_part_is_cautioned_before_the_interview_can_be_sealed(  # type: ignore[no-untyped-def]
        qtbot, demo_window) -> None:
    """Evidence-review R-IC-10 on screen: "took part" as the witness's source of knowledge brings a problem
    that says what to do (tick "Witness may incriminate themselves", caution, record it); the review leads to
    it; the caution's words are on the page; once acknowledged the review is clear."""
    editor = open_new_interview(qtbot, demo_window).editor
    past_consent(qtbot, editor)
    click(qtbot, editor.anonymous)
    click(qtbot, editor.next)
    answers.fill_closing_notes(editor)
    narrative_step = step_of(editor, "testimony_narrative")
    click_step(qtbot, editor, narrative_step)
    assert editor.current == narrative_step, editor.message.text()
    sok = editor.views[narrative_step].editor("overall_sok")
    row = next(i for i in range(sok.list.count()) if sok.list.item(i).data(Qt.ItemDataRole.UserRole) == "PARTICIPATED")
    tick(qtbot, sok.list, row)
    narrative = editor.views[narrative_step]
    qtbot.keyClicks(narrative.editor("narrative").widget, "I was a soldier in the 38th Army that night.")
    pick(qtbot, narrative.editor("narrative_lang").box, "CMN")

    last = len(editor.steps) - 1
    click_step(qtbot, editor, last)
    review = editor.views[last]
    texts = [review.problems.item(i).text() for i in range(review.problems.count())]
    caution = [i for i, t in enumerate(texts) if "took part" in t]
    assert caution and 'tick "Witness may incriminate themselves"' in texts[caution[0]], texts
    item = review.problems.item(caution[0])
    qtbot.mouseClick(review.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=review.problems.visualItemRect(item).center())
    assert editor.current == 0
    session = editor.views[0]
    warned = session.editor("self_incrimination_warned")
    assert not warned.widget.isEnabled()  # greyed until the risk is ticked, as the problem says
    risk = session.editor("self_incrimination_risk")
    choose(qtbot, risk.widget, risk.widget.findData("yes"))
    qtbot.waitUntil(lambda: warned.widget.isEnabled(), timeout=5000)
    help_text = next(help_label for _p, spec, _e, _l, help_label in session.walk()
                     if spec.id == "self_incrimination_warned")
    assert help_text.isVisible() and "could be used against you" in help_text.text()  # the words to say
    choose(qtbot, warned.widget, warned.widget.findData("yes"))
    click_step(qtbot, editor, last)
    texts = [review.problems.item(i).text() for i in range(review.problems.count())]
    assert not texts, "\n".join(texts)
