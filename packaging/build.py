# SPDX-License-Identifier: GPL-3.0-or-later
"""``make dist``: the frozen app, its SBOM and (on Debian) a .deb around it.

Steps: copy tor, obfs4proxy and snowflake-client from the Debian packages (``linux/collect_tools.py``),
freeze with PyInstaller using the shared ``intake.spec``, write the CycloneDX SBOM (``sbom.py``),
wrap the bundle in a .deb (``linux/build_deb.py``). Outputs in ``dist/``:
``testimony-intake/`` (the one-dir app), ``testimony-intake-VERSION.cdx.json``,
``testimony-intake_VERSION_ARCH.deb``.
Reproducibility: locked dependencies (requirements.lock, installed with hashes), PYTHONHASHSEED=0
and SOURCE_DATE_EPOCH from the last commit's date.
Never: downloads anything.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "linux"))

import build_deb
import collect_tools


def source_date_epoch() -> str:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], check=False, capture_output=True, text=True)
    return out.stdout.strip() or "0"


def sbom_python(work: Path) -> Path:
    """The SBOM tool's own virtual environment, installed from its hash-locked requirements."""
    lock = HERE / "sbom-requirements.lock"
    venv = work / "sbom-venv"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != lock.read_text(encoding="utf-8"):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "--require-hashes", "-r", str(lock)], check=True)
        stamp.write_text(lock.read_text(encoding="utf-8"), encoding="utf-8")
    return python


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-deb", action="store_true", help="stop after the bundle and its SBOM")
    args = parser.parse_args(argv)
    env = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=source_date_epoch())
    os.environ.update(SOURCE_DATE_EPOCH=env["SOURCE_DATE_EPOCH"])
    version = md.version("testimony-intake")
    began = time.monotonic()

    tools = args.work / "tools"
    if sys.platform.startswith("linux"):
        collect_tools.collect(tools)
    env.setdefault("INTAKE_TOOLS_DIR", str(tools))

    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(args.work / "pyinstaller"),
                    str(HERE / "intake.spec")], check=True, env=env, cwd=ROOT)
    bundle = args.dist / "testimony-intake"
    frozen = time.monotonic()

    sbom = args.dist / f"testimony-intake-{version}.cdx.json"
    subprocess.run([str(sbom_python(args.work)), str(HERE / "sbom.py"), str(bundle), str(sbom),
                    "--python", sys.executable,
                    "--inputs", str(args.work / "bundle-inputs.json"),
                    "--tools-json", str(Path(env["INTAKE_TOOLS_DIR"]) / "tools.json")], check=True, env=env)
    deb = None
    if not args.no_deb and shutil.which("dpkg-deb"):
        deb = build_deb.build_deb(bundle, args.dist, version, sbom, HERE / "icons")
    size, count = tree_size(bundle)
    print(f"dist: {bundle} ({size / 2**20:.0f} MiB in {count} files), frozen in {frozen - began:.0f} s, "
          f"total {time.monotonic() - began:.0f} s")
    if deb is not None:
        print(f"dist: {deb} ({deb.stat().st_size / 2**20:.0f} MiB)")
    print(f"dist: {sbom}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
