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

from intake_app.cli.common import EXIT_OK, Cli
from intake_app.i18n import translate


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


def register(cli: Cli) -> None:
    cli.command("devices", _devices, "list audio input devices (the default is marked *)", group="audio")
    try:
        from intake_app.cli import audio_record
    except ImportError:  # the store API has not landed yet
        return
    audio_record.register(cli)


def _print_err(text: str) -> None:
    print(f"intake: {text}", file=sys.stderr)
