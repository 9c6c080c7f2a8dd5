# SPDX-License-Identifier: GPL-3.0-or-later
"""Self-submission: the short witness form, sealed and sent in one go, nothing kept.

Answers and voice stay in memory (widgets and this controller) until :meth:`submit`, which hands
them to :func:`intake_app.self_submission.seal_and_submit` in a worker; :meth:`forget` drops
every reference afterwards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from intake_app.errors import handled_types
from intake_app.gui.controllers import form_model
from intake_app.gui.controllers.app import AppController
from intake_app.gui.controllers.audio import AUDIO_DEVICE_SETTING
from intake_app.gui.controllers.memory_audio import MemoryAudio
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task
from intake_app.gui.controllers.transport import TransportController

SELF_FORM_CANDIDATES = ("self_submission", "self-submission", "self_report", "self")


def find_self_form() -> str:
    """The id of the short self-submission form among the installed definitions."""
    specs = form_model.available_forms()
    ids = [s.id for s in specs]
    for candidate in SELF_FORM_CANDIDATES:
        if candidate in ids:
            return candidate
    for form_id in ids:
        if "self" in form_id:
            return form_id
    from intake_app.gui.controllers.app import ServiceMissing

    raise ServiceMissing("forms:self_submission")


class SelfSubmitController(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__()
        self.app = app
        self.transport = TransportController(app)
        self._spec: form_model.FormSpec | None = None
        try:
            policy = str(app.profile().audio_policy)
        except handled_types():
            policy = "flac"
        try:  # the input chosen in the interviewer settings, if this computer has one
            device = app.store.setting(AUDIO_DEVICE_SETTING) or None
        except handled_types():
            device = None
        self.audio = MemoryAudio(policy, device)  # the witness's voice, in memory only
        # While the witness speaks nobody touches the computer: that must not lock it.
        self.audio.recording.connect(lambda on: app.hold_idle(self.audio, on))

    def form(self) -> form_model.FormSpec:
        if self._spec is None:
            self._spec = form_model.load(find_self_form())
        return self._spec

    def app_values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        return form_model.app_values(self.form())

    def problems(self, answers: dict[str, Any]) -> dict[str, list[str]]:
        voice = self.audio.answer()
        if voice is not None and any(f.id == "recording" for f in self.form().fields):
            answers = {**answers, "recording": voice}  # speaking can stand in for writing
        return form_model.validate(self.form(), answers)

    def submit(self, answers: dict[str, Any]) -> Task:
        spec = self.form()
        profile = self.app.profile()
        payloads = self.audio.payloads()
        voice = self.audio.answer()
        if voice is not None and any(f.id == "recording" for f in spec.fields):
            answers = {**answers, "recording": voice}

        def work(ctx: TaskContext) -> Any:
            from intake_app import self_submission as desk
            how = self.transport.submit_kwargs()

            def progress(done: int, total: int, _phase: str) -> None:
                ctx.progress(done, total)

            return desk.seal_and_submit(profile, spec.id, spec.version, answers, payloads, progress=progress, **how)

        return run_task(work)

    def forget(self) -> None:
        self.audio.forget()
        self.transport.close()
