# SPDX-License-Identifier: GPL-3.0-or-later
"""Wrap the frozen one-dir bundle in a Debian package with ``dpkg-deb`` (works offline).

Layout: the bundle in ``/opt/testimony-intake/``, ``/usr/bin/intake`` a symlink to it, two desktop
entries (the app; "Give my testimony", witness mode) and icons under ``/usr/share``, the SBOM in ``/usr/share/doc/testimony-intake/``.
Guarantees: files are owned by root (``--root-owner-group``), directories 0755, timestamps come
from ``SOURCE_DATE_EPOCH`` when set, so two builds of one commit give the same package if the
bundle is the same. ``Depends`` lists only what the bundle does not carry (glibc, the X and GL
libraries that must match the user's display stack, fonts for Chinese).
Never: runs maintainer scripts (there are none), or touches the system it builds on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = "testimony-intake"
DEPENDS = "libc6 (>= 2.36), libgl1, libegl1, libfontconfig1, libx11-6, libx11-xcb1, libasound2"
RECOMMENDS = "fonts-noto-cjk, ibus"
HERE = Path(__file__).resolve().parent


def debian_version(version: str) -> str:
    # PEP 440 "1.2.0rc1" sorts after "1.2.0" in Debian unless written "1.2.0~rc1"; "+local" is fine.
    for tag in ("rc", "a", "b", ".dev"):
        if tag in version and "~" not in version:
            head, _, tail = version.partition(tag)
            return f"{head}~{tag.lstrip('.')}{tail}"
    return version


DESKTOP_ENTRIES = (f"{PACKAGE}.desktop", f"{PACKAGE}-witness.desktop")


def build_deb(bundle: Path, out_dir: Path, version: str, sbom: Path | None, icons: Path,
              compression: str = "xz") -> Path:
    """Build the package into ``out_dir``; ``compression`` is dpkg-deb's ``-Z`` (``none`` for quick checks)."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    stage = out_dir / "deb-root"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{PACKAGE}/intake", stage / "usr" / "bin" / "intake")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    for entry in DESKTOP_ENTRIES:  # the app, and "Give my testimony" (witness mode, issue 17)
        shutil.copy(HERE / entry, apps / entry)
    for rel, src in ((f"scalable/apps/{PACKAGE}.svg", icons / f"{PACKAGE}.svg"),
                     (f"256x256/apps/{PACKAGE}.png", icons / f"{PACKAGE}-256.png")):
        target = stage / "usr" / "share" / "icons" / "hicolor" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, target)
    doc = stage / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    if sbom is not None:
        shutil.copy(sbom, doc / "sbom.cdx.json")
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {PACKAGE}\n\nFiles: *\nLicense: GPL-3.0-or-later\n"
        "Comment: the bundle also carries third-party components, each listed with its version in\n"
        " sbom.cdx.json; tor, obfs4proxy and snowflake-client are copied from Debian packages.\n",
        encoding="utf-8")
    for path in [stage, *stage.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
        elif path.is_file() and not path.is_symlink():
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    size_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(
        f"Package: {PACKAGE}\nVersion: {debian_version(version)}\nArchitecture: {arch}\n"
        "Maintainer: Testimony Intake developers <packaging@testimony-intake.invalid>\n"
        f"Installed-Size: {size_kib}\nDepends: {DEPENDS}\nRecommends: {RECOMMENDS}\n"
        "Section: utils\nPriority: optional\n"
        "Description: collect, seal and submit testimony over Tor\n"
        " Field interviewers record testimony offline into an encrypted store and\n"
        " submit sealed bundles to an archive over Tor. Tor, obfs4proxy and\n"
        " snowflake-client are bundled; no system tor is needed.\n",
        encoding="utf-8")
    deb = out_dir / f"{PACKAGE}_{debian_version(version)}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(stage), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--version", required=True)
    parser.add_argument("--sbom", type=Path)
    parser.add_argument("--icons", type=Path, default=HERE.parent / "icons")
    args = parser.parse_args(argv)
    print(f"build_deb: {build_deb(args.bundle, args.out_dir, args.version, args.sbom, args.icons)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
