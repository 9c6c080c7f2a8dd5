# SPDX-License-Identifier: GPL-3.0-or-later
"""Recording into a testimony in the unlocked store, and recovering takes cut short by a crash.

:class:`StoreRecording` ties a :class:`Recorder` to two blobs the store hands out (keys committed
to the database before the first byte): the audio, and a small journal blob whose first event
names the testimony and the audio blob and whose events record markers, pauses and, at the end,
the full :class:`RecordingInfo` (including the FLAC header patch). ``finish()`` closes both and
attaches the audio to the testimony (``store.add_recording``), keeping what was captured even
when the device vanished or the disk filled.

:func:`recover_recordings` runs after ``Store.open`` (which has already recovered the blobs of a
killed writer up to their last sealed chunk): it finds the journals among the recovered blobs,
describes the audio each names (:func:`recover_recording`) and attaches it to its testimony.
It also links journals that no recording references yet (takes stored before schema version 4,
or a crash between attaching the audio and closing the journal) to their recordings, so every
take's markers can be listed from the store (``store.recordings(tid)[i].markers``); a journal
whose testimony was destroyed is discarded with it.

The store is used only through its public methods (``check_editable``, ``new_blob_writer``,
``add_recording``, ``link_recording_journal``, ``discard_blob`` ...).

Never writes plaintext to disk; holds no Qt.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from intake_app.audio.devices import find_input_device
from intake_app.audio.errors import AudioDecodeError, AudioError
from intake_app.audio.info import RecordingInfo
from intake_app.audio.journal import JOURNAL_CHUNK_SIZE, Journal, read_journal
from intake_app.audio.live import LiveInput
from intake_app.audio.recorder import DEFAULT_SAMPLERATE, Event, Recorder
from intake_app.audio.recovery import recover_recording

# FLAC at 48 kHz stereo speech fills 64 KiB in about a second; Opus at ~64 kbit/s would need
# eight, so Opus uses smaller chunks (less padding at the end). What a crash loses is bounded by
# the recorder's checkpoints (about a second of audio), not by the chunk size.
CHUNK_SIZES = {"flac": 64 * 1024, "opus": 16 * 1024}


@dataclass(frozen=True)
class FinishedRecording:
    recording_id: str
    testimony_id: str
    info: RecordingInfo
    journal_blob: str
    error: AudioError | None  # why it stopped early (device lost, disk full), if it did


class StoreRecording:
    """One take into ``testimony_id``. ``recorder`` gives level, elapsed, pause, markers."""

    def __init__(
        self,
        store: Any,
        testimony_id: str,
        *,
        format: str = "flac",
        device: str | int | None = None,
        max_seconds: float | None = None,
        channels: int | None = None,
        samplerate: int = DEFAULT_SAMPLERATE,
        on_event: Event | None = None,
        source: LiveInput | None = None,
        since: int | None = None,
    ) -> None:
        self.store = store
        self.testimony_id = testimony_id
        store.check_editable(testimony_id)
        if source is None:
            find_input_device(device)  # a wrong device name fails before any blob is made
        self._audio = store.new_blob_writer(chunk_size=CHUNK_SIZES.get(format, 64 * 1024))
        try:
            self._journal = store.new_blob_writer(chunk_size=JOURNAL_CHUNK_SIZE)
        except BaseException:
            self._audio.abort()
            raise
        try:
            self.recorder = Recorder(
                self._audio,
                format=format,
                device=device,
                channels=channels,
                samplerate=samplerate,
                journal=self._journal,
                journal_context={"testimony": testimony_id, "audio_blob": self._audio.name},
                max_seconds=max_seconds,
                disk_path=store.blob_dir,
                on_event=on_event,
                source=source,
                since=since,
            )
        except BaseException:
            self._audio.abort()
            self._journal.abort()
            raise

    @property
    def audio_blob(self) -> str:
        """The random name of the blob the audio streams into (until a FLAC copy replaces it)."""
        return str(self._audio.name)

    @property
    def journal_blob(self) -> str:
        return str(self._journal.name)

    def start(self) -> None:
        self.recorder.start()

    def finish(self) -> FinishedRecording:
        """Stop, seal both blobs and attach the audio (with its sealed description, markers
        included) to the testimony; the recording row then references the journal."""
        info = self.recorder.stop()
        error = self.recorder.error
        # Audio first: if the journal cannot be closed (disk full) the audio and its description
        # are still attached, and the journal is recovered and linked on the next unlock.
        ref = self._audio.close()
        if info.format == "flac" and info.header_patch and info.complete:
            ref = self._complete_flac(ref, info)
            # The journal names the blob that holds the audio now (for recovery after a crash).
            Journal(self._journal).write({"event": "audio_blob", "name": ref.name})
        recording_id = self.store.add_recording(
            self.testimony_id, ref, info.media_type, duration_ms=round(info.duration * 1000), info=info.to_json()
        )
        jref = self._journal.close()
        self.store.link_recording_journal(recording_id, jref)
        return FinishedRecording(recording_id, self.testimony_id, info, jref.name, error)

    def _complete_flac(self, ref: Any, info: RecordingInfo) -> Any:
        """A copy of the blob with libsndfile's STREAMINFO rewrite applied (total samples, MD5).

        Why a copy: the store hands the audio blob as it is to bundles and exports, and an
        archive should get a FLAC that states its length and checksum. The copy is decrypted
        and re-encrypted chunk by chunk in memory (seconds for hours of audio) and needs room
        for a second copy for that moment; if anything fails, the original (a valid FLAC of
        "unknown" length) is kept and the patch stays in the journal.
        """
        from intake_app.audio.playback import export_recording
        from intake_app.store.errors import StoreError

        store = self.store
        store.finish_blob(ref)  # the original is safe and readable before the copy starts
        try:
            copy = store.new_blob_writer(chunk_size=ref.chunk_size)
        except StoreError:
            return ref
        try:
            with store.open_blob(ref.name) as reader:
                export_recording(reader, info, copy)
            copied = copy.close()
        except (StoreError, OSError):
            copy.abort()
            store.discard_blob(copy.name)
            return ref
        store.discard_blob(ref.name)
        return copied

    def abort(self) -> None:
        """Throw the take away (the user cancelled before anything was kept)."""
        with contextlib.suppress(AudioError):
            self.recorder.stop()
        self._audio.abort()
        self._journal.abort()


def recover_recordings(store: Any) -> list[FinishedRecording]:
    """After unlock: attach the audio of takes whose recorder was killed to their testimonies,
    and link journals no recording references yet. Returns the takes newly attached."""
    from intake_app.store.errors import RecordNotFoundError, StoreError

    found: list[FinishedRecording] = []
    recovered = {ref.name: ref for ref in getattr(store, "recovered_blobs", [])}
    names = [name for name, ref in recovered.items() if ref.chunk_size == JOURNAL_CHUNK_SIZE]
    names += [n for n in store.unlinked_journal_candidates(JOURNAL_CHUNK_SIZE) if n not in names]
    for name in names:
        try:
            with store.open_blob(name) as r:
                events = read_journal(r.read())
        except StoreError:
            continue
        start = events[0] if events else {}
        tid, audio_name = start.get("testimony"), start.get("audio_blob")
        for event in events:
            if event.get("event") == "audio_blob" and event.get("name"):
                audio_name = event["name"]  # the completed FLAC copy replaced the streamed blob
        if start.get("event") != "start" or not isinstance(tid, str) or not audio_name:
            continue  # not a journal (or torn before its first event): left as it is
        try:
            rows = store.recordings(tid)
        except RecordNotFoundError:
            # The testimony was destroyed (e.g. after its receipt) before journals were linked:
            # its marker labels must not outlive it.
            store.discard_blob(name)
            continue
        except StoreError:
            continue
        try:
            attached = next((row for row in rows if row.blob_id == audio_name), None)
            if attached is not None:
                # Attached before the crash (or by a version without the link): link the journal,
                # then give the row its description (from the journal's end event when there is
                # one; else by decoding the audio, once).
                if attached.journal_blob_id is None:
                    store.link_recording_journal(attached.id, name)
                if attached.info is None:
                    described = _ended(events)
                    if described is None:
                        with store.open_blob(audio_name) as audio:
                            described = recover_recording(audio, b"".join(_lines(events)))
                    store.link_recording_journal(attached.id, info=described.to_json())
                continue
            rid, info_obj = _attach_recovered(store, tid, audio_name, events, recovered)
            store.link_recording_journal(rid, name)
        except (StoreError, AudioDecodeError, OSError, KeyError, TypeError, ValueError):
            continue  # left as it is: a later unlock (or support) can try again
        found.append(FinishedRecording(rid, tid, info_obj, name, None))
    return found


def _attach_recovered(
    store: Any, tid: str, audio_name: str, events: list[dict[str, Any]], recovered: dict[str, Any]
) -> tuple[str, RecordingInfo]:
    """Describe a recovered audio blob from its journal and attach it to testimony ``tid``."""
    from intake_app.store.blobs import BlobRef, sealed_chunk_size

    with store.open_blob(audio_name) as audio:
        info = recover_recording(audio, b"".join(_lines(events)))
        size = audio.size
    audio_ref = recovered.get(audio_name)
    if audio_ref is None:
        path = store.blob_dir / audio_name
        chunk = CHUNK_SIZES.get(info.format, 64 * 1024)
        audio_ref = BlobRef(audio_name, size, path.stat().st_size // sealed_chunk_size(chunk), chunk, True)
    rid = store.add_recording(
        tid, audio_ref, info.media_type, duration_ms=round(info.duration * 1000), info=info.to_json()
    )
    return rid, info


def _ended(events: list[dict[str, Any]]) -> RecordingInfo | None:
    """The description a cleanly stopped recorder wrote as its journal's last "end" event."""
    for event in reversed(events):
        if event.get("event") == "end":
            return RecordingInfo.from_json({k: v for k, v in event.items() if k != "event"})
    return None


def _lines(events: list[dict[str, Any]]) -> list[bytes]:
    import json

    return [json.dumps(e).encode("utf-8") + b"\n" for e in events]
