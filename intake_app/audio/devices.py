# SPDX-License-Identifier: GPL-3.0-or-later
"""Audio input devices, as PortAudio (through sounddevice) sees them.

Guarantees: names are the operating system's own; ``find_input_device(None)`` is the system
default input. Never opens a device (listing does not record anything).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from intake_app.audio.errors import DeviceNotFoundError, NoInputDeviceError


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    host_api: str
    max_channels: int
    default_samplerate: float
    is_default: bool


def _sd() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # PortAudio library missing
        raise NoInputDeviceError(str(exc)) from exc
    return sounddevice


def refresh() -> None:
    """Look for devices again (PortAudio lists them once, when it starts; a USB microphone
    plugged in later, or an audio server that restarted, is only seen after this)."""
    sd = _sd()
    sd._terminate()
    sd._initialize()


def list_input_devices() -> list[InputDevice]:
    sd = _sd()
    try:
        devices = sd.query_devices()
        apis = sd.query_hostapis()
        default_in = sd.default.device[0]
    except sd.PortAudioError as exc:
        raise NoInputDeviceError(str(exc)) from exc
    if default_in is None or default_in < 0:
        default_in = next((a["default_input_device"] for a in apis if a["default_input_device"] >= 0), -1)
    out = []
    for index, d in enumerate(devices):
        if d["max_input_channels"] > 0:
            out.append(
                InputDevice(
                    index=index,
                    name=str(d["name"]),
                    host_api=str(apis[d["hostapi"]]["name"]),
                    max_channels=int(d["max_input_channels"]),
                    default_samplerate=float(d["default_samplerate"]),
                    is_default=index == default_in,
                )
            )
    return out


def find_input_device(name: str | int | None) -> InputDevice:
    """The device called ``name`` (exact name first, then a unique case-insensitive substring),
    its PortAudio index, or the system default when ``name`` is None."""
    devices = list_input_devices()
    if not devices:
        raise NoInputDeviceError("no input devices")
    if name is None:
        for d in devices:
            if d.is_default:
                return d
        return devices[0]
    if isinstance(name, int) or (isinstance(name, str) and name.isdigit()):
        for d in devices:
            if d.index == int(name):
                return d
    exact = [d for d in devices if d.name == name]
    if exact:
        return exact[0]
    partial = [d for d in devices if str(name).lower() in d.name.lower()]
    if len(partial) == 1:
        return partial[0]
    raise DeviceNotFoundError(str(name), [d.name for d in devices])
