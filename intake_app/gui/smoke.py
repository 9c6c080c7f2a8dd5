# SPDX-License-Identifier: GPL-3.0-or-later
"""A start-up check for builds: start the real GUI, wait until its first window is on screen, exit.

``intake --smoke-test`` in a frozen build (``packaging/entry.py``) runs :func:`main`; it goes
through the same start-up path as ``intake app`` and exits 0 once its main window is visible
and exposed by the window system, or non-zero if none appears in time or the app exits first.
It also prints which version runs and which tor / pluggable-transport programs the app would use,
so a build check can see that the bundled ones come first.

Guarantees: the app runs with a fresh, empty home directory (unless ``--home`` is given), which is
deleted afterwards, so a smoke test never reads or changes a user's real data.
Never: types, records or submits anything; it only watches for the first window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence

EXIT_NO_WINDOW = 3


def run_smoke(start: Callable[[], int], timeout_s: float = 60.0, poll_ms: int = 50) -> int:
    """Call ``start`` (which runs a Qt event loop) and stop that loop once a window is shown.

    Returns 0 when a main window (``QMainWindow``) became visible and exposed by the window system;
    EXIT_NO_WINDOW otherwise (a lone message box, such as an error at start, does not count).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    began = time.monotonic()
    shown: list[str] = []

    def poll() -> None:
        visible = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and w.windowHandle() is not None and w.windowHandle().isExposed()]
        main = [w for w in visible if isinstance(w, QMainWindow)]
        if main:
            shown.append(f"{type(main[0]).__name__} {main[0].windowTitle()!r}")
            print(f"smoke-test: window shown after {time.monotonic() - began:.2f} s: {shown[0]}", flush=True)
            for other in visible:
                if isinstance(other, QMessageBox):  # e.g. a warning at start: worth seeing in a build log
                    print(f"smoke-test: also shown: {other.text()!r}", flush=True)
            watcher.stop()
            QApplication.exit(0)
            return
        if time.monotonic() - began > timeout_s:
            others = ", ".join(f"{type(w).__name__} {getattr(w, 'text', w.windowTitle)()!r}" for w in visible)
            print(f"smoke-test: no main window within {timeout_s:.0f} s (shown: {others or 'nothing'})",
                  file=sys.stderr, flush=True)
            watcher.stop()
            QApplication.exit(EXIT_NO_WINDOW)

    watcher = QTimer()
    watcher.setInterval(poll_ms)
    watcher.timeout.connect(poll)
    watcher.start()
    try:
        code = start()
    finally:
        watcher.stop()
    if not shown:
        print(f"smoke-test: the app returned {code} before showing a window", file=sys.stderr)
        return EXIT_NO_WINDOW
    return 0


def describe_environment() -> list[str]:
    """One line each: the version and the programs the app would run (bundled ones first)."""
    from intake_app import __version__
    from intake_app.tools import is_frozen, tool_path

    lines = [f"smoke-test: intake {__version__} ({'frozen' if is_frozen() else 'source'})"]
    for name in ("tor", "obfs4proxy", "snowflake-client"):
        lines.append(f"smoke-test: {name} = {tool_path(name)}")
    return lines


def check_data() -> list[str]:
    """The data files a build must carry: translation catalogues, form definitions, vocabularies."""
    from intake_app.text.i18n import LANGUAGES, TRANSLATIONS_DIR

    catalogues = sorted(p.name for p in TRANSLATIONS_DIR.glob("*.qm"))
    lines = [f"smoke-test: translations: {' '.join(catalogues)}"]
    for lang in LANGUAGES[1:]:
        if not any(name.endswith(f"_{lang}.qm") for name in catalogues):
            raise RuntimeError(f"no translation catalogue for {lang}")
    import intake_forms as forms

    if hasattr(forms, "list_forms"):  # the form engine's API (interfaces.md)
        found = forms.list_forms()
        vocabularies = forms.list_vocabularies() if hasattr(forms, "list_vocabularies") else []
        if not found:
            raise RuntimeError("no form definitions found")
        lines.append(f"smoke-test: forms: {' '.join(f'{f.id}@{f.version}' for f in found)}; "
                     f"{len(vocabularies)} vocabularies")
    return lines


def check_libraries() -> list[str]:
    """Load and exercise each native library a build must carry; one line each. Raises on failure."""
    import io

    import nacl.secret
    import nacl.utils
    import numpy
    import sounddevice
    import soundfile
    import sqlcipher3
    import stem
    from cryptography.hazmat.backends.openssl import backend
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    box = nacl.secret.SecretBox(nacl.utils.random(32))
    if box.decrypt(box.encrypt(b"smoke")) != b"smoke":
        raise RuntimeError("libsodium secretbox round trip failed")
    aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
    if aead.decrypt(b"\0" * 12, aead.encrypt(b"\0" * 12, b"smoke", None), None) != b"smoke":
        raise RuntimeError("cryptography round trip failed")
    db = sqlcipher3.connect(":memory:")
    db.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    cipher = db.execute("PRAGMA cipher_version").fetchone()
    db.close()
    if not cipher:
        raise RuntimeError("sqlcipher3 runs without SQLCipher")
    flac = io.BytesIO()
    tone = numpy.sin(numpy.linspace(0, 2 * numpy.pi * 440, 4800)).astype("float32")
    soundfile.write(flac, tone, 48000, format="FLAC")
    flac.seek(0)
    frames, rate = soundfile.read(flac, dtype="float32")
    if rate != 48000 or len(frames) != len(tone):
        raise RuntimeError("libsndfile FLAC round trip failed")
    return check_data() + [
        "smoke-test: libsodium (PyNaCl) secretbox ok",
        f"smoke-test: cryptography with {backend.openssl_version_text()}",
        f"smoke-test: SQLCipher {cipher[0]}",
        f"smoke-test: libsndfile {soundfile.__libsndfile_version__} FLAC round trip ok",
        f"smoke-test: {sounddevice.get_portaudio_version()[1]}",
        f"smoke-test: stem {stem.__version__}",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="intake --smoke-test", description=__doc__.splitlines()[0])
    parser.add_argument("--home", metavar="DIR", help="use DIR as the app's home (default: a fresh temporary one)")
    parser.add_argument("--lang", help="language to start in")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S")
    parser.add_argument("--libraries", action="store_true",
                        help="only load and exercise the native libraries; start no GUI")
    args = parser.parse_args(argv)
    if args.libraries:
        for line in describe_environment() + check_libraries():
            print(line, flush=True)
        return 0
    home = args.home or tempfile.mkdtemp(prefix="intake-smoke-")
    os.environ["INTAKE_HOME"] = os.path.abspath(home)
    try:
        # Libraries are checked by ``--libraries``; here only start-up counts, so the time to the
        # first screen is what a user waits.
        for line in describe_environment():
            print(line, flush=True)
        from intake_app.cli import main as cli_main

        cli_args = ["--home", home] + (["--lang", args.lang] if args.lang else []) + ["app"]
        return run_smoke(lambda: cli_main(cli_args), timeout_s=args.timeout)
    finally:
        if not args.home:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
