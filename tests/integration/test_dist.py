# SPDX-License-Identifier: GPL-3.0-or-later
"""The frozen app (``make dist``) runs: version, native libraries, first screen, bundled tor.

Freezing takes about a minute; ``make test`` runs it with the rest of the suite (``make
dist-test`` runs only this file; ``INTAKE_DIST_PREBUILT=1`` reuses an existing
``dist/testimony-intake``). Everything runs the real
bundle: the real PyInstaller output, the real tor copied into it, a real X server (xvfb-run).
Start-up time and size are printed for the README, never asserted.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake_app import __version__
from tests.start_support import start_and_close, title_in

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "testimony-intake"
INTAKE = BUNDLE / "intake"
TOOLS = BUNDLE / "_internal" / "tools"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build runs here; see packaging/README.md"),
]


def _clean_env(**extra: str) -> dict[str, str]:
    """An environment without the venv or the source tree, as a user's double-click would have."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "LD_LIBRARY_PATH", "INTAKE_TOOLS_DIR", "QT_QPA_PLATFORM")}
    env["PATH"] = "/usr/bin:/bin"
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    if os.environ.get("INTAKE_DIST_PREBUILT") == "1" and INTAKE.is_file():
        yield BUNDLE
        return
    began = time.monotonic()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-deb"], check=True, cwd=ROOT)
    print(f"\ndist-test: built in {time.monotonic() - began:.0f} s")
    yield BUNDLE


def test_version_from_the_bundle(bundle: Path) -> None:
    out = subprocess.run([str(INTAKE), "--version"], capture_output=True, text=True, env=_clean_env(),
                         timeout=60, check=True)
    assert out.stdout.strip() == f"intake {__version__}"


def test_native_libraries_load_inside_the_bundle_and_bundled_tor_comes_first(bundle: Path, tmp_path: Path) -> None:
    planted = tmp_path / "planted"
    planted.mkdir()
    for name in ("tor", "obfs4proxy", "snowflake-client"):
        (planted / name).write_text("#!/bin/sh\nexit 99\n", encoding="ascii")
        (planted / name).chmod(0o755)
    env = _clean_env(PATH=f"{planted}:/usr/bin:/bin")
    out = subprocess.run([str(INTAKE), "--smoke-test", "--libraries"], check=False, capture_output=True, text=True,
                         env=env, timeout=120)
    print(out.stdout)
    assert out.returncode == 0, out.stderr
    for name in ("tor", "obfs4proxy", "snowflake-client"):
        assert f"smoke-test: {name} = {TOOLS / name}\n" in out.stdout
    for marker in ("(frozen)", "libsodium", "SQLCipher 4", "libsndfile", "PortAudio", "stem", "_zh_CN.qm",
                   "_zh_TW.qm"):
        assert marker in out.stdout
    if (ROOT / "intake_forms" / "definitions").is_dir():
        assert "smoke-test: forms: " in out.stdout


def test_every_form_file_is_in_the_bundle(bundle: Path) -> None:
    sources = [p for sub in ("definitions", "vocabularies", "schema") for p in (ROOT / "intake_forms" / sub).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts]
    missing = [str(p.relative_to(ROOT)) for p in sources
               if not (BUNDLE / "_internal" / p.relative_to(ROOT)).is_file()]
    assert missing == []


def test_first_screen_under_xvfb(bundle: Path) -> None:
    if not os.environ.get("DISPLAY"):
        pytest.fail("needs an X display: run under xvfb-run (make test does)", pytrace=False)
    env = _clean_env(DISPLAY=os.environ["DISPLAY"], XAUTHORITY=os.environ.get("XAUTHORITY", ""))
    began = time.monotonic()
    shown_at = None
    lines = []
    with subprocess.Popen([str(INTAKE), "--smoke-test", "--timeout", "90"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=env) as process:
        assert process.stdout is not None and process.stderr is not None
        for line in process.stdout:
            lines.append(line)
            if "window shown" in line and shown_at is None:
                shown_at = time.monotonic() - began
        errors = process.stderr.read()
        code = process.wait(timeout=180)
    print("".join(lines), errors)
    assert code == 0, errors
    assert shown_at is not None
    print(f"dist-test: frozen app from exec to first screen {shown_at:.2f} s, "
          f"to exit {time.monotonic() - began:.2f} s")


def test_bundled_tor_runs_without_system_libraries(bundle: Path) -> None:
    out = subprocess.run([str(TOOLS / "tor"), "--version"], capture_output=True, text=True,
                         env={"PATH": "/nonexistent"}, timeout=30, check=True)
    assert out.stdout.startswith("Tor version ")
    for name in ("obfs4proxy", "snowflake-client"):
        assert (TOOLS / name).stat().st_mode & 0o111, f"{name} lost its executable bit"


def test_bundled_tor_starts_with_a_control_port_and_loads_bundled_libraries(bundle: Path, tmp_path: Path) -> None:
    import stem.process
    from stem.control import Controller

    data = tmp_path / "tor-data"
    data.mkdir(mode=0o700)
    port_file = tmp_path / "control-port"
    tor = stem.process.launch_tor_with_config(
        tor_cmd=str(TOOLS / "tor"),
        config={
            "DisableNetwork": "1", "SocksPort": "0", "ControlPort": "auto", "CookieAuthentication": "1",
            "ControlPortWriteToFile": str(port_file), "DataDirectory": str(data), "Log": "notice stdout",
        },
        completion_percent=0, take_ownership=True, timeout=60,
    )
    try:
        maps = Path(f"/proc/{tor.pid}/maps").read_text(encoding="ascii", errors="replace")
        assert str(TOOLS / "lib" / "libevent-2.1.so.7") in maps
        assert "/lib/x86_64-linux-gnu/libevent" not in maps and "/usr/lib/x86_64-linux-gnu/libevent" not in maps
        port = int(port_file.read_text(encoding="ascii").strip().rsplit(":", 1)[1])
        with Controller.from_port(port=port) as controller:
            controller.authenticate()
            assert str(controller.get_version()).startswith("0.4.")
            assert controller.get_conf("DisableNetwork") == "1"
    finally:
        tor.terminate()
        tor.wait(timeout=30)


def test_no_library_in_the_bundle_is_missing(bundle: Path) -> None:
    present = {p.name for p in BUNDLE.rglob("*")}
    missing: dict[str, list[str]] = {}
    for path in BUNDLE.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], check=False, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
        for line in out.stdout.splitlines():
            if "not found" in line and line.split()[0] not in present:
                missing.setdefault(str(path.relative_to(BUNDLE)), []).append(line.split()[0])
    assert missing == {}


def test_sbom_lists_every_file_with_its_hash_and_the_debian_tor(bundle: Path) -> None:
    sboms = sorted(DIST.glob("testimony-intake-*.cdx.json"))
    assert sboms, "build.py writes the SBOM beside the bundle"
    bom = json.loads(sboms[-1].read_text(encoding="utf-8"))
    assert bom["bomFormat"] == "CycloneDX"
    files = {c["name"]: c["hashes"][0]["content"] for c in bom["components"] if c["type"] == "file"}
    on_disk = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    assert set(files) == {p.relative_to(BUNDLE).as_posix() for p in on_disk}
    tor_file = TOOLS / "tor"
    assert files[tor_file.relative_to(BUNDLE).as_posix()] == hashlib.sha256(tor_file.read_bytes()).hexdigest()
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "tor"], capture_output=True, text=True,
                             check=True).stdout
    debs = {c["name"]: c["version"] for c in bom["components"] if c.get("purl", "").startswith("pkg:deb/")}
    assert debs.get("tor") == version
    assert {"obfs4proxy", "snowflake-client", "libevent-2.1-7"} <= set(debs)
    names = {c["name"].lower() for c in bom["components"] if c["type"] == "library"}
    assert {"pynacl", "sqlcipher3", "soundfile", "sounddevice", "stem"} <= names
    # Listed only if something of it is inside: the spec excludes Qt WebEngine and the test tools.
    normalised = {n.replace("_", "-") for n in names}
    assert not normalised & {"pyside6-webengine", "pytest", "hypothesis", "pyinstaller", "cyclonedx-bom"}


def test_the_deb_installs_a_working_app_with_desktop_entry_and_icon(bundle: Path, tmp_path: Path, display: str) -> None:
    sys.path.insert(0, str(ROOT / "packaging" / "linux"))
    try:
        import build_deb
    finally:
        sys.path.remove(str(ROOT / "packaging" / "linux"))
    deb = build_deb.build_deb(BUNDLE, tmp_path, __version__, None, ROOT / "packaging" / "icons", compression="none")
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: testimony-intake\n" in fields and f"Version: {__version__}\n" in fields
    root = tmp_path / "installed"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    applications = root / "usr/share/applications"
    entries = {"testimony-intake.desktop": "Exec=/opt/testimony-intake/intake app\n",
               # A witness on their own (issue 17): straight into witness mode.
               "testimony-intake-witness.desktop": "Exec=/opt/testimony-intake/intake app --witness\n"}
    assert sorted(p.name for p in applications.iterdir()) == sorted(entries)
    for name, exec_line in entries.items():
        subprocess.run(["desktop-file-validate", str(applications / name)], check=True)
        assert exec_line in (applications / name).read_text(encoding="utf-8")
    witness_entry = (applications / "testimony-intake-witness.desktop").read_text(encoding="utf-8")
    assert "Name=Give my testimony\n" in witness_entry and "Name[zh_CN]=提供我的证言\n" in witness_entry
    assert (root / "usr/share/icons/hicolor/scalable/apps/testimony-intake.svg").is_file()
    assert (root / "usr/share/icons/hicolor/256x256/apps/testimony-intake.png").read_bytes()[:4] == b"\x89PNG"
    assert os.readlink(root / "usr/bin/intake") == "/opt/testimony-intake/intake"
    out = subprocess.run([str(root / "opt/testimony-intake/intake"), "--version"], capture_output=True, text=True,
                         env=_clean_env(), timeout=60, check=True)
    assert out.stdout.strip() == f"intake {__version__}"
    # Each menu entry's own command line, pointed at the unpacked tree, from a folder without the
    # source, in a user's environment: its main window must appear (issue 16; the witness's
    # entry, issue 17).
    for name in entries:
        text = (applications / name).read_text(encoding="utf-8")
        exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
        command = shlex.split(exec_line.removeprefix("Exec=").replace("/opt/", f"{root}/opt/", 1))
        for lang, locale in (("en", "en_GB.UTF-8"), ("zh_CN", "zh_CN.UTF-8")):
            env = _clean_env(DISPLAY=display, INTAKE_HOME=str(tmp_path / f"home-{name}-{lang}"), LANG=locale,
                             HOME=str(tmp_path))
            start_and_close(command, env, title_in(lang), display, cwd=tmp_path)
