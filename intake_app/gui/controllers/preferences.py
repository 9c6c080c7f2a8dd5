# SPDX-License-Identifier: GPL-3.0-or-later
"""Interviewer settings after the first run: the store passphrase, the microphone, the archive
profile, and the panic wipe.

Only this controller (and the ``AppController`` it leans on) touches the store and the
services for these; the settings page shows what it hands out and sends intents. Slow work
(key derivation, listing audio devices, checking a profile, wiping) runs in workers.

Replacing the archive profile is refused while this computer holds material sealed for the
current archive that the new one could not open: bundles waiting in the outbox, and drafts
whose identity answers or attachment originals were already sealed to the current archive's
identity key. A profile with the same keys (e.g. a new receiver address) is always accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from intake_app.gui.controllers.app import AppController, GuiError, ProfileInfo
from intake_app.gui.controllers.audio import AUDIO_DEVICE_SETTING
from intake_app.gui.controllers.tasks import Task, TaskContext, run_task
from intake_app.text import i18n


class ProfileInUse(GuiError):
    """Material sealed for the current archive would become unsendable with the new profile."""

    def __init__(self, waiting: int) -> None:
        super().__init__(f"{waiting} interviews hold material sealed for the current archive")
        self.waiting = waiting


@dataclass(frozen=True)
class Microphone:
    name: str
    is_default: bool


class PreferencesController(QObject):
    def __init__(self, app: AppController) -> None:
        super().__init__()
        self.app = app

    # -- passphrase ----------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, again: str) -> Task:
        """Re-wrap the store key and re-encrypt the device key under ``new``.

        The new passphrase is checked here first (raises ``PassphraseTooShort`` or
        ``PassphraseMismatch`` at once); a wrong ``old`` fails in the worker and changes nothing.
        """
        self.app.check_new_passphrase(new, again)
        store = self.app.store

        def work(ctx: TaskContext) -> None:
            ctx.status(i18n.translate("PreferencesController", "Changing the passphrase…"))
            store.change_passphrase(old, new)

        return run_task(work)

    # -- microphone ----------------------------------------------------------------------
    def list_microphones(self, look_again: bool = False) -> Task:
        """The audio inputs, as the system names them (``look_again`` re-scans, e.g. after a
        USB microphone was plugged in)."""
        def work(ctx: TaskContext) -> list[Microphone]:
            from intake_app import audio
            if look_again:
                audio.refresh()
            return [Microphone(d.name, d.is_default) for d in audio.list_input_devices()]

        return run_task(work)

    def chosen_microphone(self) -> str | None:
        """The input chosen for recordings, or None for the system default."""
        return self.app.store.setting(AUDIO_DEVICE_SETTING) or None

    def choose_microphone(self, name: str | None) -> None:
        """Keep the choice inside the encrypted store; the recorder uses it from the next take."""
        self.app.store.set_setting(AUDIO_DEVICE_SETTING, name or None)

    # -- recording quality (issue 21) ---------------------------------------------------------
    def samplerates(self) -> tuple[int, ...]:
        """The sample rates an interviewer may record at (Hz); the first is the default."""
        from intake_app.audio.info import SAMPLERATES

        return SAMPLERATES

    def chosen_samplerate(self) -> int:
        """The rate new FLAC takes record at (48 kHz unless 96 kHz was chosen)."""
        from intake_app.audio.info import SAMPLERATE_SETTING, samplerate_for

        return samplerate_for("flac", self.app.store.setting(SAMPLERATE_SETTING))

    def choose_samplerate(self, rate: int) -> None:
        """Keep the choice inside the encrypted store; the recorder uses it from the next take.
        A rate that is not offered is refused (``ValueError``: a programming error)."""
        from intake_app.audio.info import SAMPLERATE_SETTING, SAMPLERATES

        if rate not in SAMPLERATES:
            raise ValueError(f"{rate} Hz is not offered")
        self.app.store.set_setting(SAMPLERATE_SETTING, str(rate))

    # -- archive profile -------------------------------------------------------------------
    def current_profile(self) -> ProfileInfo | None:
        return self.app.profile_info()

    def read_profile(self, path: str) -> Task:
        return self.app.read_profile(path)

    def demo_profile(self) -> Task:
        return self.app.create_demo_archive()

    # -- witnesses while the store is locked (issue 17) -------------------------------------------
    def witnesses_prepared(self) -> bool:
        return self.app.witnesses_prepared()

    def prepare_for_witnesses(self, on: bool) -> None:
        self.app.prepare_for_witnesses(on)

    def _same_keys(self, info: ProfileInfo) -> bool:
        try:
            current = self.app.profile()
        except GuiError:
            return False
        from intake_app.archive import profiles as _profiles
        new = _profiles.parse_profile(info.data)  # the bytes shown, not the file again
        return (set(current.identity_recipients) == set(new.identity_recipients)
                and set(current.identity_custodians) == set(new.identity_custodians)  # k-of-n (issue 23)
                and current.identity_threshold == new.identity_threshold
                and set(current.content_recipients) == set(new.content_recipients)
                and bytes(current.receipt_public_key) == bytes(new.receipt_public_key))

    def waiting_for_current_archive(self) -> int:
        """How many interviews hold material sealed for the current archive's keys."""
        return int(self.app.store.waiting_for_pinned_archive())

    def replace_profile(self, info: ProfileInfo) -> None:
        """Use ``info`` from now on (its fingerprint was confirmed), unless that would strand
        material sealed for the current archive (raises :class:`ProfileInUse`)."""
        if not self._same_keys(info):
            waiting = self.waiting_for_current_archive()
            if waiting:
                raise ProfileInUse(waiting)
        self.app.accept_profile(info)

    # -- device enrolment (issue 19) -----------------------------------------------------------
    def device_public_key(self) -> str:
        """This device's public key (base64), to give to the archive for enrolment."""
        import base64  # as intake_crypto.bundle.signing.b64 writes keys (RFC 4648 with padding)

        return base64.b64encode(bytes(self.app.store.device_key().verify_key)).decode("ascii")

    def enrolled_code(self) -> str | None:
        """The interviewer code the archive enrolled this device as, or None."""
        enrolment = self.app.store.enrolment()
        return None if enrolment is None else str(enrolment.interviewer_code)

    def import_enrolment(self, path: str) -> str:
        """Keep the archive's enrolment (the file, or a picture of its QR code) inside the encrypted
        store (checked against the confirmed archive's key and this device's key); the interviewer
        code it enrols."""
        from intake_app.transport import qr

        data = qr.enrolment_from_file(path)
        return str(self.app.store.import_enrolment(data).interviewer_code)

    # -- panic wipe --------------------------------------------------------------------------
    def wipe(self) -> Task:
        return self.app.wipe()

