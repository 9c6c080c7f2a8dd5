# SPDX-License-Identifier: GPL-3.0-or-later
"""Audio sub-commands: ``intake audio devices`` and ``intake store record``.

``store record`` records from an input device straight into a testimony's encrypted store (no
plaintext file at any point), for scripts and tests; the GUI uses the same
:class:`intake_app.audio.Recorder`. Needs the store API (``Store.open``, ``new_blob_writer``,
``add_recording``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from intake_app.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, Cli, read_passphrase
from intake_app.text.i18n import translate


def _devices(args: argparse.Namespace) -> int:
    from intake_app.audio import list_input_devices

    devices = list_input_devices()
    if not devices:
        print(translate("Audio", "No audio inputs were found."))
        return EXIT_OK
    for d in devices:
        mark = "*" if d.is_default else " "
        print(
            translate("Audio", "{0} {1}  ({2}, {3} channels, {4} Hz)").format(
                mark, d.name, d.host_api, d.max_channels, int(d.default_samplerate)
            )
        )
    print(translate("Audio", "* = the system default input"))
    return EXIT_OK


def _record(args: argparse.Namespace) -> int:
    from intake_app.audio.session import StoreRecording, recover_recordings
    from intake_app.home import paths
    from intake_app.store import Store
    from intake_app.text.errors import user_message

    if args.seconds <= 0:
        _print_err(translate("Audio", "--seconds must be more than 0."))
        return EXIT_USAGE
    passphrase = read_passphrase(args.passphrase_file, translate("Audio", "Store passphrase: "))
    store = Store.open(paths.home(), passphrase, idle_seconds=None)
    try:
        for found in recover_recordings(store):
            print(
                translate(
                    "Audio", "Recovered {0:.1f} s of audio cut short earlier, in testimony {1}."
                ).format(found.info.duration, found.testimony_id[:8])
            )
        tid = store.resolve_id(args.id)
        fmt = args.format or store.setting("audio_policy") or "flac"

        def on_event(kind: str, data: dict[str, Any]) -> None:
            if kind == "warning" and data.get("what") == "disk_low":
                _print_err(
                    translate(
                        "Audio", "Warning: the disk is nearly full ({0} MB free); recording continues."
                    ).format(int(data.get("free_bytes", 0)) // 1_000_000)
                )

        from intake_app.audio.info import SAMPLERATE_SETTING, samplerate_for

        rate = samplerate_for(fmt, store.setting(SAMPLERATE_SETTING))  # the settings page's choice
        take = StoreRecording(
            store, tid, format=fmt, device=args.device, max_seconds=args.seconds, on_event=on_event,
            samplerate=rate,
        )
        take.start()
        try:
            while not take.recorder.wait(timeout=1.0):
                store.touch()  # recording is activity: do not lock on idle meanwhile
        except KeyboardInterrupt:
            pass  # stop early, keep what was recorded
        done = take.finish()
    finally:
        store.lock()
    info = done.info
    print(
        translate(
            "Audio", "Recorded {0:.1f} s ({1}, {2} Hz, {3} channels) into testimony {4}: recording {5}"
        ).format(
            info.duration, info.format.upper(), info.samplerate, info.channels, tid[:8], done.recording_id[:8]
        )
    )
    if info.overflows or info.dropped_frames:
        _print_err(
            translate(
                "Audio", "Warning: {0} input overflows and {1} dropped samples during recording."
            ).format(info.overflows, info.dropped_frames)
        )
    if done.error is not None:
        message, hint = user_message(done.error, edge="cli")
        _print_err(message)
        if hint:
            _print_err(hint)
        return EXIT_ERROR
    return EXIT_OK


def register(cli: Cli) -> None:
    cli.command("devices", _devices, "list audio input devices (the default is marked *)", group="audio")
    p = cli.command(
        "record", _record, "record audio from an input device straight into a testimony", group="store"
    )
    p.add_argument("id", metavar="ID", help="testimony id (or a unique prefix of at least 4 characters)")
    p.add_argument(
        "--seconds", type=float, required=True, metavar="N", help="how many seconds of audio to record"
    )
    p.add_argument("--device", metavar="NAME", help="input device name (default: the system default)")
    p.add_argument(
        "--format",
        choices=("flac", "opus"),
        help="FLAC (lossless) or Opus (compact); default: the profile's policy",
    )
    p.add_argument(
        "--passphrase-file", metavar="F", help="read the store passphrase from the first line of F"
    )


def _print_err(text: str) -> None:
    print(f"intake: {text}", file=sys.stderr)
