# SPDX-License-Identifier: GPL-3.0-or-later
"""Witness mode: the short witness form, sealed and sent in one go, nothing kept.

A witness session never runs inside the interviewer's unlocked session. :class:`WitnessSetup`
takes, before the interviewer's store is locked (or with no store at all), the few things the
witness needs: the archive profile (the interviewer's choice on this computer, or one the
witness opens), whether it is the demo, the bridges and the microphone. After that the witness
controller never touches the store. Answers, voice and attachments stay in memory (widgets and
this controller) until :meth:`SelfSubmitController.submit`, which hands them to
:func:`intake_app.sealing.self_submission.seal_and_submit` in a worker; tor runs in a throw-away
directory that is removed when the session ends; :meth:`forget` drops every reference.

The witness form is derived from the form definitions here: fields marked ``interviewer_only``
are never shown, nor option codes about sexual violence (R-MC-8: asked only by a trained
interviewer), nor the interviewer's instructions; what the app knows (consent text id,
language, method, the time consent was given) is filled in, never typed; consent is asked one
scope per screen (:data:`WITNESS_CONSENT_SCREENS`, evidence.md R-CS-5), each with only its own
follow-ups, nothing ticked in advance.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from intake_app.gui.controllers import form_model
from intake_app.gui.controllers.app import AppController, GuiError, ProfileInfo
from intake_app.gui.controllers.audio import AUDIO_DEVICE_SETTING, MemoryAudio
from intake_app.gui.controllers.tasks import Cancelled, Task, TaskContext, run_task
from intake_app.home import paths
from intake_app.text import i18n
from intake_app.text.errors import handled_types

SELF_FORM_CANDIDATES = ("self_submission", "self-submission", "self_report", "self")
# Filled in by the app on the witness's consent (never typed, never shown).
APP_FILLED_CONSENT = ("script_id", "script_lang", "method", "given_at")
# Field types a witness alone cannot sensibly answer: references to other records (the app makes
# ids), and the consent recording or signature (a witness alone confirms on screen).
WITNESS_HIDDEN_TYPES = ("record_ref", "person_ref", "audio", "attachment")
# Codes for acts of sexual violence are asked only by a trained interviewer (evidence R-MC-8).
INTERVIEWER_ONLY_CODE_PARTS = ("SEXUAL",)
# Fields the witness form asks on its own pages (voice, attachments), not in the question list;
# the sections the witness skipped are recorded by the app (R-MC-9), never asked.
OWN_PAGES = ("consent", "recording", "files", "skipped_sections")
_BRIDGE_KIND_SETTING = "bridge_kind"
_BRIDGES_SETTING = "bridges"
_TOR_BLOCKED_SETTING = "tor_blocked"  # as the interviewer's outbox keeps them (controllers/transport.py)
_ROUTE_SETTING = "connect_route"


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


# -- the witness's form ----------------------------------------------------------------------
def is_interviewer_only(spec: form_model.FieldSpec) -> bool:
    return bool(getattr(spec.raw, "interviewer_only", False))


def witness_fields(fields: Sequence[form_model.FieldSpec], hidden: Sequence[str] = ()) -> list[form_model.FieldSpec]:
    """The fields a witness sees: no ``interviewer_only`` field, no option about sexual
    violence, no instruction to the interviewer (the help of a consent statement tells the
    interviewer how to present it; the witness reads the statement itself)."""
    out: list[form_model.FieldSpec] = []
    for spec in fields:
        if is_interviewer_only(spec) or spec.id in hidden or spec.type in WITNESS_HIDDEN_TYPES:
            continue
        options = [o for o in spec.options if not any(part in o.code for part in INTERVIEWER_ONLY_CODE_PARTS)]
        help_text = (lambda _lang: "") if spec.type == "consent" else spec.help
        children = witness_fields(spec.children) if spec.children else []
        out.append(dataclasses.replace(spec, options=options, help=help_text, children=children))
    return out


def _depends_on(spec: form_model.FieldSpec) -> str | None:
    cond = getattr(spec.raw, "show_if", None)
    name = str(getattr(cond, "field", "") or "")
    return name if name and not name.startswith("/") else None


# The witness's consent screens (evidence.md R-CS-5: "one screen per scope, then a plain-language
# summary, then a typed confirmation phrase"): one screen per scope of evidence.md §2.2, in the
# consent form's order, which is §2.2's order (CS01-CS21) with the form's two questions the table
# does not number in place: "informed" (what the witness was told) before CS01, as the consent
# script has it, and the proxy relationship (R-CS-10) last. The interviewer's consent page asks
# in the same order, so a consent reads the same whoever took it. Every scope is its own explicit
# question with nothing ticked (R-CS-1: no "agree to all"); none is answered for the witness,
# since a hidden scope would carry a value they never chose. The interviewer's matters are not
# asked at all: the teach-back check (R-CS-6, interviewer only), the recorded or signed consent
# (R-CS-3, R-CS-4), the method, text id, language and time (R-CS-2, filled in by the app), the
# replaced version (R-CS-8, made by the app). A scope's own follow-up (CS07 the pseudonym under
# CS06 attribution, the declaration of truth under CS08 legal use (R-IC-7), the embargo's date
# or years under CS15) sits right below it on its screen, greyed until it applies (nothing
# appears under the pointer: usability review problem 12). A consent field not named here (a
# later consent version) gets a screen of its own at the end, so nothing is ever left unasked.
WITNESS_CONSENT_SCREENS: tuple[str, ...] = (
    "informed",              # purposes, risks and limits explained (the consent script)
    "archive_preserve",      # CS01
    "access_researchers",    # CS02
    "publish_text",          # CS03
    "publish_voice",         # CS04
    "publish_face",          # CS05
    "attribution",           # CS06 (with CS07 pseudonym)
    "legal_use",             # CS08 (with the declaration of truth, R-IC-7)
    "share_tribunal",        # CS09
    "identity_to_tribunal",  # CS10
    "willing_to_testify",    # CS11
    "share_un_ngo",          # CS12
    "media_education",       # CS13
    "unesco_dossier",        # CS14
    "embargo",               # CS15 (with its date or years)
    "followup_contact",      # CS16
    "posthumous",            # CS17
    "third_party_names",     # CS18
    "withdrawal_understood",  # CS19
    "legal_risk_understood",  # CS20
    "machine_processing",    # CS21
    "proxy_relationship",    # R-CS-10, only when a relative consents for a victim
)


@dataclass(frozen=True)
class ConsentScreen:
    """One consent screen of the witness: its key (the scope's field id, for its title) and its
    question with that question's own follow-ups, in order."""

    key: str
    fields: tuple[form_model.FieldSpec, ...]


def consent_screens(consent: form_model.FieldSpec) -> list[ConsentScreen]:
    """The consent questions a witness answers, one scope per screen in the order of
    :data:`WITNESS_CONSENT_SCREENS`; a question shown only for some answer of another follows that
    one on its screen."""
    fields = witness_fields(consent.children, APP_FILLED_CONSENT)
    by_id = {spec.id: spec for spec in fields}
    followers: dict[str, list[form_model.FieldSpec]] = {}
    for spec in fields:
        parent = _depends_on(spec)
        if parent is not None and parent in by_id:
            followers.setdefault(parent, []).append(spec)

    def with_followers(spec: form_model.FieldSpec) -> list[form_model.FieldSpec]:
        out = [spec]
        for follower in followers.get(spec.id, []):
            out += with_followers(follower)
        return out

    placed: set[str] = set()
    screens: list[ConsentScreen] = []
    for key in WITNESS_CONSENT_SCREENS:
        if key in by_id and key not in placed:
            chosen = with_followers(by_id[key])
            placed.update(f.id for f in chosen)
            screens.append(ConsentScreen(key, tuple(chosen)))
    for spec in fields:  # not named above (a later consent version): a screen of its own
        if spec.id not in placed and (_depends_on(spec) or "") not in by_id:
            chosen = with_followers(spec)
            placed.update(f.id for f in chosen)
            screens.append(ConsentScreen(spec.id, tuple(chosen)))
    return screens


# The zone the consent time is written in: the same instant, and no hint of where the witness
# lives (the computer's own zone, e.g. Europe/Oslo, would say it).
STAMP_ZONE = "Asia/Shanghai"


def now_stamp() -> dict[str, Any]:
    """The form's time value for "now": wall time in :data:`STAMP_ZONE`, exact."""
    from zoneinfo import ZoneInfo

    local = datetime.now(ZoneInfo(STAMP_ZONE)).replace(microsecond=0, tzinfo=None)
    return {"local": local.isoformat(), "zone": STAMP_ZONE, "qualifier": "exact"}


# -- what the witness session takes from this computer ---------------------------------------------
@dataclass
class WitnessSetup:
    """What a witness session needs, taken before the interviewer's session is locked."""

    profile: Any = None
    info: ProfileInfo | None = None
    audio_device: str | None = None
    audio_policy: str = "flac"
    bridges: list[str] = field(default_factory=list)  # the interviewer's saved bridges
    tor_extra_lines: list[str] = field(default_factory=list)
    # The profile came from a file anyone with this account could have replaced (the one the
    # interviewer prepared for witnesses): the witness compares its fingerprint before going on.
    confirm_fingerprint: bool = False
    blocked: bool = False  # "Tor is blocked where I am": never a direct connection
    remembered: str | None = None  # the way that worked for the interviewer (read, never written)
    pasted: list[str] = field(default_factory=list)  # bridge lines the witness gave (memory only)

    @classmethod
    def from_app(cls, app: AppController) -> WitnessSetup:
        setup = cls(tor_extra_lines=list(app.tor_extra_lines))
        try:
            # The profile pinned in the open store (security review F3), never a path to re-read.
            if app.is_unlocked and app.profile_info() is not None:
                setup.use_profile(app.profile(), app.profile_info())
        except handled_types():
            setup.profile = setup.info = None  # the witness chooses one
        if app.is_unlocked:
            try:
                setup.audio_device = app.store.setting(AUDIO_DEVICE_SETTING) or None
                kind = app.store.setting(_BRIDGE_KIND_SETTING) or "none"
                raw = app.store.setting(_BRIDGES_SETTING)
                setup.bridges = list(json.loads(raw)) if raw and kind != "none" else []
                setup.blocked = app.store.setting(_TOR_BLOCKED_SETTING) == "1"
                setup.remembered = app.store.setting(_ROUTE_SETTING) or None
            except (*handled_types(), ValueError):  # type: ignore[misc]
                pass
        return setup

    @classmethod
    def from_prepared(cls, app: AppController) -> WitnessSetup:
        """While the interviewer's store is locked: the profile the interviewer prepared for
        witnesses (``witness-profile.json``), to be compared by the witness; else none (the
        witness chooses). Nothing of the locked store is read."""
        from intake_app.home import witness_profile
        setup = cls(tor_extra_lines=list(app.tor_extra_lines))
        try:
            found = witness_profile.read()
        except (OSError, *handled_types()):  # type: ignore[misc]
            found = None  # unreadable: the witness chooses, as on their own computer
        if found is not None:
            data, profile = found
            fingerprint = str(profile.fingerprint())
            setup.use_profile(profile, ProfileInfo(str(witness_profile.path()), str(profile.name), fingerprint,
                                                   demo=_is_demo(fingerprint), data=data))
            setup.confirm_fingerprint = True
        return setup

    def use_profile(self, profile: Any, info: ProfileInfo | None) -> None:
        self.profile, self.info = profile, info
        try:
            self.audio_policy = str(getattr(profile, "audio_policy", "flac") or "flac")
        except handled_types():
            self.audio_policy = "flac"

    @property
    def is_demo(self) -> bool:
        return bool(self.info and self.info.demo)


def _is_demo(fingerprint: str) -> bool:
    """The local demo archive's profile (under INTAKE_HOME), told apart by its fingerprint."""
    from intake_app.archive import demo, profiles
    local = Path(demo.demo_directory(paths.home())) / "profile.json"
    try:
        return local.is_file() and str(profiles.load_profile(local).fingerprint()) == fingerprint
    except (OSError, *handled_types()):  # type: ignore[misc]
        return False


def read_profile(path: str) -> Task:
    """Load and check a profile file the witness opened (kept in memory, never remembered)."""
    def work(ctx: TaskContext) -> tuple[Any, ProfileInfo]:
        from intake_app.archive import profiles as _profiles
        profile = _profiles.load_profile(Path(path))
        return profile, ProfileInfo(str(path), str(profile.name), str(profile.fingerprint()), demo=False)

    return run_task(work)


def demo_profile() -> Task:
    """The local demo archive (created under INTAKE_HOME like the interviewer's demo)."""
    def work(ctx: TaskContext) -> tuple[Any, ProfileInfo]:
        from intake_app.archive import demo
        ctx.status(i18n.translate("AppController", "Creating the demo archive…"))
        path = demo.ensure_demo_archive(paths.home())
        from intake_app.archive import profiles as _profiles
        profile = _profiles.load_profile(Path(path))
        return profile, ProfileInfo(str(path), str(profile.name), str(profile.fingerprint()), demo=True)

    return run_task(work)


class WitnessNothingToTry(GuiError):
    """"Tor is blocked" is ticked and there is no bridge to try: nothing starts, never direct."""


class WitnessTransport:
    """The way to the archive for one witness session: the demo's loopback receiver, or the
    connection assistant's tor in a throw-away directory (no ``INTAKE_HOME/tor``, no notice log
    left behind) with the interviewer's and the witness's bridges. Used from the send worker;
    :meth:`close` stops and removes it."""

    stall_seconds = 60.0  # tests shorten it
    use_built_in = True  # tests never reach the public Tor network

    def __init__(self, setup: WitnessSetup) -> None:
        self.setup = setup
        self._tor: Any = None
        self._demo: Any = None
        self._dir: Path | None = None

    def submit_kwargs(self, ctx: TaskContext) -> dict[str, Any]:
        if self.setup.is_demo:
            if self._demo is None:
                assert self.setup.info is not None  # noqa: S101 - narrows the type for mypy; an invariant, not an input check
                from intake_app.archive import demo as _demo
                self._demo = _demo.start_receiver(Path(self.setup.info.path).parent)
            return {"tor": None, "insecure_direct_url": str(self._demo.url)}
        if self._tor is None:
            self._tor = self._start_tor(ctx)
        return {"tor": self._tor.connection, "insecure_direct_url": None}

    def _start_tor(self, ctx: TaskContext) -> Any:
        """The connection assistant (the interviewer's outbox and ``intake connect`` use the same
        one): direct only when allowed (no bridges given and Tor not said to be blocked), the
        archive's private bridges, the interviewer's and the witness's bridges, then the
        built-in ones. Each step is shown as the task's status line; nothing is remembered."""
        from intake_app.sealing import self_submission as _self_submission
        from intake_app.transport import assistant, bridges
        setup = self.setup
        given = [bridges.parse_bridge_line(line) for line in [*setup.bridges, *setup.pasted]]
        allow_direct = not given and not setup.blocked
        attempts, _skipped = assistant.plan_for(setup.profile, allow_direct=allow_direct, user_bridges=given,
                                                use_built_in=self.use_built_in, remembered=setup.remembered)
        if not attempts:
            raise WitnessNothingToTry("Tor is blocked and there is no bridge to try")
        self._dir = _self_submission.scratch_dir()
        stall = float(self.stall_seconds)

        def on_event(event: Any) -> None:
            if event.kind != "progress":
                ctx.status(assistant.describe(event, stall))
            else:
                ctx.progress(int(event.percent), 100)

        helper = assistant.ConnectionAssistant(setup.profile, self._dir, attempts, allow_direct=allow_direct,
                                               extra_lines=setup.tor_extra_lines, stall_seconds=stall,
                                               on_event=on_event, cancel=ctx.cancel_event)
        try:
            return helper.run()
        except assistant.AssistantCancelledError as exc:
            raise Cancelled("cancelled by the user") from exc

    def close(self) -> None:
        for thing in (self._tor, self._demo):
            stop = getattr(thing, "close", None) or getattr(thing, "stop", None)
            if callable(stop):
                try:
                    stop()
                except handled_types():
                    pass
        self._tor = self._demo = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


class SelfSubmitController(QObject):
    def __init__(self, app: AppController, setup: WitnessSetup | None = None) -> None:
        super().__init__()
        self.app = app
        self.setup = setup if setup is not None else WitnessSetup.from_app(app)
        self.transport = WitnessTransport(self.setup)
        self._spec: form_model.FormSpec | None = None
        self.attachments: list[Any] = []
        self.skipped: set[str] = set()  # sections with graphic content the witness chose to skip (R-MC-9)
        self.audio = MemoryAudio(self.setup.audio_policy, self.setup.audio_device)  # in memory only

    # -- the archive ---------------------------------------------------------------------
    @property
    def has_profile(self) -> bool:
        return self.setup.profile is not None

    def use_profile(self, profile: Any, info: ProfileInfo) -> None:
        self.setup.use_profile(profile, info)
        self.audio.format = self.setup.audio_policy

    @staticmethod
    def bridges_from_picture(path: str) -> list[str]:
        """Bridge lines from a picture of a QR code (checked; the picture is only read)."""
        from intake_app.transport import qr
        return qr.lines_from_picture(path)

    def set_connection(self, blocked: bool, pasted: Sequence[str]) -> None:
        """The witness's "Tor is blocked" choice and bridge lines (checked, raising the bridge
        errors; kept in memory only, never written)."""
        from intake_app.transport import bridges
        lines = [line.strip() for line in pasted if line.strip()]
        for line in lines:
            bridges.parse_bridge_line(line)
        self.setup.blocked, self.setup.pasted = bool(blocked), lines

    # -- the form ------------------------------------------------------------------------
    def form(self) -> form_model.FormSpec:
        if self._spec is None:
            self._spec = form_model.load(find_self_form())
        return self._spec

    def consent_field(self) -> form_model.FieldSpec | None:
        return next((f for f in self.form().fields if f.id == "consent" and f.children), None)

    def consent_screens(self) -> list[ConsentScreen]:
        consent = self.consent_field()
        return consent_screens(consent) if consent is not None else []

    def question_fields(self) -> list[form_model.FieldSpec]:
        return witness_fields(self.form().fields, OWN_PAGES)

    def graphic_sections(self) -> dict[str, list[str]]:
        """The sections that may contain graphic content (violence, injuries, deaths, detention),
        as the form definition marks them (``graphic_content``): code -> top-level field ids, in
        form order. The witness is warned before each and may skip it (R-MC-9)."""
        out: dict[str, list[str]] = {}
        for spec in self.form().fields:
            code = getattr(spec.raw, "graphic_content", None)
            if code:
                out.setdefault(str(code), []).append(spec.id)
        return out

    def section_label(self, code: str, lang: str) -> str:
        """The form's own words for a section (the option of ``skipped_sections``)."""
        holder = next((f for f in self.form().fields if f.id == "skipped_sections"), None)
        option = next((o for o in holder.options if o.code == code), None) if holder is not None else None
        return option.label(lang) if option is not None else code

    def skip(self, code: str, skipped: bool = True) -> None:
        """The witness chose "Skip this part" (or, coming back, "Continue") at a warning."""
        if skipped:
            self.skipped.add(code)
        else:
            self.skipped.discard(code)

    def skipped_fields(self) -> set[str]:
        sections = self.graphic_sections()
        return {field_id for code in self.skipped for field_id in sections.get(code, [])}

    def voice_skipped(self) -> bool:
        return "recording" in self.skipped_fields()

    def consent_app_values(self) -> dict[str, Any]:
        """What the app fills in on the consent: text id, language, method, and the time now."""
        filled, defaults = form_model.app_values(self.form())
        out = {k.split(".", 1)[1]: v for k, v in {**defaults, **filled}.items() if k.startswith("consent.")}
        out["script_lang"] = i18n.current()
        consent = self.consent_field()
        if consent is not None and any(f.id == "given_at" for f in consent.children):
            out["given_at"] = now_stamp()
        return out

    def add_attachments(self, file_paths: Sequence[str]) -> Task:
        def work(ctx: TaskContext) -> list[Any]:
            from intake_app.sealing import self_submission as _self_submission
            reader = _self_submission.read_attachment
            return [reader(p) for p in file_paths]

        def done(items: list[Any]) -> None:
            self.attachments.extend(items)

        return run_task(work, on_done=done)

    def remove_attachment(self, index: int) -> None:
        if 0 <= index < len(self.attachments):
            self.attachments.pop(index).forget()

    def attachment_names(self) -> list[str]:
        # Not the file's own name ("Zhang family, June 1989.jpg"): someone may be looking on.
        return [i18n.translate("SelfSubmitWizard", "File {0} ({1}, {2} KB)").format(n, a.media_type, len(a.original) // 1024)
                for n, a in enumerate(self.attachments, start=1)]

    def full_answers(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """The answers as sealed: with voice and files, without any answer of a skipped section,
        and the skipped sections named (so the archive sees the part was skipped, not lost)."""
        gone = self.skipped_fields()
        out = {k: v for k, v in answers.items() if k not in gone}
        if self.skipped:
            out["skipped_sections"] = sorted(self.skipped)
        voice = self.audio.answer() if "recording" not in gone else None
        if voice is not None and any(f.id == "recording" for f in self.form().fields):
            out["recording"] = voice  # speaking can stand in for writing
        if self.attachments:
            from intake_app.sealing import self_submission as _self_submission
            _payloads, files = _self_submission.attachment_payloads(self.attachments)
            out["files"] = files
        return out

    def problems(self, answers: Mapping[str, Any]) -> dict[str, list[str]]:
        return form_model.validate(self.form(), self.full_answers(answers))

    def submit(self, answers: Mapping[str, Any]) -> Task:
        spec = self.form()
        profile = self.setup.profile
        full = self.full_answers(answers)
        from intake_app.sealing import self_submission as desk
        files, _answer = desk.attachment_payloads(self.attachments)
        payloads = ([] if self.voice_skipped() else self.audio.payloads()) + files

        def work(ctx: TaskContext) -> Any:
            how = self.transport.submit_kwargs(ctx)

            def progress(done: int, total: int, _phase: str) -> None:
                ctx.progress(done, total)

            return desk.seal_and_submit(profile, spec.id, spec.version, full, payloads, progress=progress, **how)

        return run_task(work)

    # -- idle ------------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        """A take is running: the idle timeout must wait (a witness speaking touches nothing)."""
        return self.audio.is_recording

    def forget(self) -> None:
        self.audio.forget()
        for item in self.attachments:
            item.forget()
        self.attachments = []
        self.skipped = set()
        self.transport.close()

