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
from intake_app.audio.recorder import Event, Recorder
from intake_app.audio.recovery import recover_recording

# FLAC at 48 kHz stereo speech fills 64 KiB in about a second; Opus at ~64 kbit/s would need
# eight, so Opus uses smaller chunks: a crash loses at most about two seconds either way.
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
        on_event: Event | None = None,
    ) -> None:
        self.store = store
        self.testimony_id = testimony_id
        store._check_editable(testimony_id)
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
                journal=self._journal,
                journal_context={"testimony": testimony_id, "audio_blob": self._audio.name},
                max_seconds=max_seconds,
                disk_path=store.blob_dir,
                on_event=on_event,
            )
        except BaseException:
            self._audio.abort()
            self._journal.abort()
            raise

    def start(self) -> None:
        self.recorder.start()

    def finish(self) -> FinishedRecording:
        """Stop, seal both blobs and attach the audio to the testimony."""
        info = self.recorder.stop()
        error = self.recorder.error
        # Audio first: if the journal cannot be closed (disk full) the audio is still attached,
        # and the journal's sealed chunks are recovered on the next unlock.
        ref = self._audio.close()
        if info.format == "flac" and info.header_patch and info.complete:
            ref = self._complete_flac(ref, info)
            # The journal names the blob that holds the audio now (for recovery after a crash).
            Journal(self._journal).write({"event": "audio_blob", "name": ref.name})
        recording_id = self.store.add_recording(
            self.testimony_id, ref, info.media_type, duration_ms=round(info.duration * 1000)
        )
        jref = self._journal.close()
        self.store.finish_blob(jref)
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
            store._drop_blob(copy.name)
            return ref
        store._drop_blob(ref.name)
        return copied

    def abort(self) -> None:
        """Throw the take away (the user cancelled before anything was kept)."""
        with contextlib.suppress(AudioError):
            self.recorder.stop()
        self._audio.abort()
        self._journal.abort()


def recover_recordings(store: Any) -> list[FinishedRecording]:
    """Attach the audio of takes whose recorder was killed to their testimonies (after unlock)."""
    from intake_app.store.blobs import BlobRef, sealed_chunk_size
    from intake_app.store.errors import StoreError

    found: list[FinishedRecording] = []
    recovered = {ref.name: ref for ref in getattr(store, "recovered_blobs", [])}
    for ref in list(recovered.values()):
        if ref.chunk_size != JOURNAL_CHUNK_SIZE:
            continue
        try:
            with store.open_blob(ref.name) as r:
                events = read_journal(r.read())
        except StoreError:
            continue
        start = events[0] if events else {}
        tid, audio_name = start.get("testimony"), start.get("audio_blob")
        for event in events:
            if event.get("event") == "audio_blob" and event.get("name"):
                audio_name = event["name"]  # the completed FLAC copy replaced the streamed blob
        if start.get("event") != "start" or not tid or not audio_name:
            continue
        try:
            if any(p.blob_id == audio_name for p in store.payloads(tid)):
                continue  # attached before the crash; only the journal was unfinished
            with store.open_blob(audio_name) as audio:
                info = recover_recording(audio, b"".join(_lines(events)))
                size = audio.size
            audio_ref = recovered.get(audio_name)
            if audio_ref is None:
                path = store.blob_dir / audio_name
                chunk = CHUNK_SIZES.get(info.format, 64 * 1024)
                audio_ref = BlobRef(
                    audio_name, size, path.stat().st_size // sealed_chunk_size(chunk), chunk, True
                )
            rid = store.add_recording(
                tid, audio_ref, info.media_type, duration_ms=round(info.duration * 1000)
            )
        except (StoreError, AudioDecodeError, OSError):
            continue  # left as it is: a later unlock (or support) can try again
        found.append(FinishedRecording(rid, tid, info, ref.name, None))
    return found


def _lines(events: list[dict[str, Any]]) -> list[bytes]:
    import json

    return [json.dumps(e).encode("utf-8") + b"\n" for e in events]
