# SPDX-License-Identifier: GPL-3.0-or-later
"""Copy tor, obfs4proxy and snowflake-client from the Debian packages into a build directory.

Guarantees: the copies are the installed Debian binaries, byte for byte before patching; every
shared library they need that is not part of glibc is copied into ``lib/`` beside them, and the
binaries and libraries get an RPATH of ``$ORIGIN/lib`` / ``$ORIGIN`` (patchelf), so the bundled
tor runs on a Linux that has no tor, libevent or OpenSSL 3. ``tools.json`` records each file's
Debian package, package version (``dpkg-query``) and SHA-256 of the original, for the SBOM.
Never: downloads anything, or copies glibc (it must match the kernel and the system's loader).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

TOOLS = ("tor", "obfs4proxy", "snowflake-client")
# glibc and the loader: present on every Linux the app can run on, and must not be replaced.
GLIBC = re.compile(r"^(linux-vdso|linux-gate|ld-linux[-\w]*|libc|libm|libdl|libpthread|librt|libresolv"
                   r"|libutil|libanl|libnsl)\.so")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def debian_package(path: Path) -> tuple[str, str, str]:
    """(package, version, architecture) owning ``path``, via dpkg -S and dpkg-query."""
    candidates = [str(path), str(path.resolve())]
    # usrmerge: dpkg may know /lib/... while ldd reports /usr/lib/... or the other way round.
    for c in list(candidates):
        if c.startswith("/usr/lib/"):
            candidates.append(c[len("/usr"):])
        elif c.startswith("/lib/"):
            candidates.append("/usr" + c)
    for candidate in candidates:
        found = subprocess.run(["dpkg", "-S", candidate], check=False, capture_output=True, text=True)
        if found.returncode == 0:
            package = found.stdout.split(":", 1)[0].strip()
            if "," in package:
                package = package.split(",")[0].strip()
            query = subprocess.run(["dpkg-query", "-W", "-f=${Version} ${Architecture}", package],
                                   capture_output=True, text=True, check=True)
            version, arch = query.stdout.split()
            return package, version, arch
    raise SystemExit(f"collect_tools: {path} belongs to no Debian package; refusing to bundle it")


def shared_libraries(binary: Path) -> list[Path]:
    """Non-glibc libraries ``binary`` loads, transitively, as resolved by the system loader."""
    out = subprocess.run(["ldd", str(binary)], check=False, capture_output=True, text=True)
    if out.returncode != 0 and "not a dynamic executable" in (out.stdout + out.stderr):
        return []
    libs = []
    for line in out.stdout.splitlines():
        match = re.match(r"\s*(\S+)\s+=>\s+(\S+)", line)
        if match and not GLIBC.match(match.group(1)):
            if match.group(2) == "not":
                raise SystemExit(f"collect_tools: {binary} needs {match.group(1)}, which is missing")
            libs.append(Path(match.group(2)))
    return libs


def patch_rpath(path: Path, rpath: str) -> None:
    # DT_RPATH (not RUNPATH) so it also applies to the libraries' own dependencies.
    subprocess.run(["patchelf", "--force-rpath", "--set-rpath", rpath, str(path)], check=True)


def collect(out_dir: Path) -> dict[str, object]:
    if shutil.which("patchelf") is None:
        raise SystemExit("collect_tools: patchelf is missing; run scripts/setup-system.sh --with-tests")
    if out_dir.exists():
        shutil.rmtree(out_dir)
    (out_dir / "lib").mkdir(parents=True)
    files: list[dict[str, str]] = []
    seen_libs: dict[str, Path] = {}
    for name in TOOLS:
        source = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/usr/local/bin")
        if source is None:
            raise SystemExit(f"collect_tools: {name} is not installed; run scripts/setup-system.sh")
        source_path = Path(source).resolve()
        target = out_dir / name
        shutil.copy2(source_path, target)
        package, version, arch = debian_package(source_path)
        files.append({"file": name, "source": str(source_path), "package": package, "version": version,
                      "architecture": arch, "sha256": sha256(source_path)})
        for lib in shared_libraries(source_path):
            seen_libs.setdefault(lib.name, lib)
        if shared_libraries(source_path):
            patch_rpath(target, "$ORIGIN/lib")
    for soname, lib in sorted(seen_libs.items()):
        target = out_dir / "lib" / soname
        shutil.copy2(lib.resolve(), target)
        os.chmod(target, 0o755)  # noqa: S103 - a shared library shipped in the package: world-readable, as in /usr/lib
        patch_rpath(target, "$ORIGIN")
        package, version, arch = debian_package(lib)
        files.append({"file": f"lib/{soname}", "source": str(lib.resolve()), "package": package,
                      "version": version, "architecture": arch, "sha256": sha256(lib.resolve())})
    manifest = {"tools": list(TOOLS), "files": files}
    (out_dir / "tools.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    manifest = collect(args.out_dir)
    packages = sorted({(f["package"], f["version"]) for f in manifest["files"]})  # type: ignore[index]
    print("collect_tools: " + ", ".join(f"{p} {v}" for p, v in packages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
