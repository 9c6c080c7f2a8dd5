# SPDX-License-Identifier: GPL-3.0-or-later
"""A CycloneDX 1.6 SBOM of a frozen bundle: what went in, and the SHA-256 of every file in it.

Made from three sources, all recorded at build time:
- the Python distributions: ``cyclonedx-py environment`` (CycloneDX's own maintained tool) over
  the app's virtual environment (``--python``), kept to the distributions whose modules
  PyInstaller put in the bundle (``build/bundle-inputs.json``, written by ``intake.spec``);
- Debian packages: those tor, obfs4proxy and snowflake-client were copied from, with their
  libraries (``tools.json`` from ``collect_tools.py``), and the packages that own the system
  libraries PyInstaller collected (``dpkg -S`` / ``dpkg-query``), as ``pkg:deb`` PURLs;
- one ``file`` component per file in the bundle, with its SHA-256.
The result is validated against the CycloneDX JSON schema (cyclonedx-python-lib) before it is written.
Runs in its own virtual environment (``build/sbom-venv``, from ``sbom-requirements.lock``, made by
``build.py``): the SBOM tool's dependencies must not leak into the app's environment or bundle.
Never: reaches the network.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata as md
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from cyclonedx.schema import OutputFormat, SchemaVersion
from cyclonedx.validation import make_schemabased_validator


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def app_environment(python: str) -> dict:
    """Module owners and tool versions as the app's interpreter sees them."""
    script = ("import importlib.metadata as m, json; print(json.dumps({'owners': m.packages_distributions(), "
              "'pyinstaller': m.version('pyinstaller'), 'files': {d.metadata['Name'].lower().replace('_', '-'): "
              "[str(f) for f in (d.files or [])] for d in m.distributions()}}))")
    out = subprocess.run([python, "-c", script], check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout))


def _in_bundle(dist_files: list[str], shared: set[str], pure: set[str], bundle: Path) -> bool:
    """Whether any module or file of a distribution is in the bundle (not only its top-level name:
    PySide6's add-on distributions share the ``PySide6`` package but their modules are excluded).
    Files that several distributions record (``PySide6/__init__.py``) prove nothing and are skipped."""
    for name in dist_files:
        if ".dist-info/" in name or "__pycache__" in name or name.startswith("..") or name in shared:
            continue
        if name.endswith(".py"):
            module = name[:-3].replace("/", ".").removesuffix(".__init__")
            if module in pure:
                return True
        elif (bundle / "_internal" / name).exists():
            return True
    return False


def python_components(python: str, modules: set[str], root: Path, pure: set[str] | None = None,
                      bundle: Path | None = None) -> tuple[dict, list[dict]]:
    """(metadata component, library components) for the distributions whose modules are bundled."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "env.cdx.json"
        subprocess.run([sys.executable, "-m", "cyclonedx_py", "environment", "--output-reproducible", "--of", "JSON",
                        "--pyproject", str(root / "pyproject.toml"), "-o", str(out), python], check=True)
        bom = json.loads(out.read_text(encoding="utf-8"))
    env = app_environment(python)
    owners = env["owners"]
    bundled = {dist.lower().replace("_", "-") for module in modules for dist in owners.get(module, [])}
    if pure is not None and bundle is not None:
        seen: dict[str, int] = {}
        for files in env["files"].values():
            for name in set(files):
                seen[name] = seen.get(name, 0) + 1
        shared = {name for name, count in seen.items() if count > 1}
        bundled = {d for d in bundled if _in_bundle(env["files"].get(d, []), shared, pure, bundle)}
    kept = [c for c in bom.get("components", []) if c["name"].lower().replace("_", "-") in bundled]
    return bom["metadata"]["component"], kept


def debian_owner(path: str) -> tuple[str, str, str] | None:
    candidates = [path, os.path.realpath(path)]
    for c in list(candidates):
        if c.startswith("/usr/lib/"):
            candidates.append(c[len("/usr"):])
        elif c.startswith("/lib/"):
            candidates.append("/usr" + c)
    for candidate in candidates:
        found = subprocess.run(["dpkg", "-S", candidate], check=False, capture_output=True, text=True)
        if found.returncode == 0:
            package = found.stdout.split(":", 1)[0].split(",")[0].strip()
            query = subprocess.run(["dpkg-query", "-W", "-f=${Version} ${Architecture}", package],
                                   capture_output=True, text=True, check=True)
            version, arch = query.stdout.split()
            return package, version, arch
    return None


def debian_component(package: str, version: str, arch: str, files: list[str]) -> dict:
    purl = f"pkg:deb/debian/{package}@{version}?arch={arch}"
    return {
        "type": "application" if package in ("tor", "obfs4proxy", "snowflake-client") else "library",
        "bom-ref": purl, "name": package, "version": version, "purl": purl,
        "properties": [{"name": "testimony-intake:bundled-file", "value": f} for f in sorted(files)],
    }


def build_sbom(bundle: Path, inputs: Path, tools_json: Path | None, python: str, root: Path) -> dict:
    info = json.loads(inputs.read_text(encoding="utf-8"))
    app, components = python_components(python, set(info["modules"]), root, set(info.get("pure", [])), bundle)
    debs: dict[tuple[str, str, str], list[str]] = {}
    if tools_json is not None and tools_json.is_file():
        for entry in json.loads(tools_json.read_text(encoding="utf-8"))["files"]:
            debs.setdefault((entry["package"], entry["version"], entry["architecture"]), []).append(
                "_internal/tools/" + entry["file"])
    if sys.platform.startswith("linux"):
        for dest, source in info["binaries"]:
            if source.startswith(("/usr/", "/lib")):
                owner = debian_owner(source)
                if owner is not None:
                    debs.setdefault(owner, []).append("_internal/" + dest)
    components += [debian_component(p, v, a, files) for (p, v, a), files in sorted(debs.items())]
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(bundle).as_posix()
        components.append({"type": "file", "bom-ref": f"file:{rel}", "name": rel,
                           "hashes": [{"alg": "SHA-256", "content": sha256(path)}]})
    bom = {
        "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
        "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
        "metadata": {"component": app, "tools": {"components": [
            {"type": "application", "name": "cyclonedx-py", "version": md.version("cyclonedx-bom")},
            {"type": "application", "name": "pyinstaller", "version": app_environment(python)["pyinstaller"]},
        ]}},
        "components": components,
    }
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        import datetime

        stamp = datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC)
        bom["metadata"]["timestamp"] = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    return bom


def validate(bom: dict) -> None:
    validator = make_schemabased_validator(OutputFormat.JSON, SchemaVersion.V1_6)
    error = validator.validate_str(json.dumps(bom))
    if error is not None:
        raise SystemExit(f"sbom: the SBOM does not validate: {error}")


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-dir bundle (dist/testimony-intake)")
    parser.add_argument("output", type=Path)
    parser.add_argument("--inputs", type=Path, default=root / "build" / "bundle-inputs.json")
    parser.add_argument("--tools-json", type=Path, default=root / "build" / "tools" / "tools.json")
    parser.add_argument("--python", default=str(root / ".venv" / "bin" / "python"),
                        help="the app's interpreter, whose environment was frozen")
    args = parser.parse_args(argv)
    bom = build_sbom(args.bundle, args.inputs, args.tools_json, args.python, root)
    validate(bom)
    args.output.write_text(json.dumps(bom, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for c in bom["components"]:
        key = "deb" if c.get("purl", "").startswith("pkg:deb") else c["type"]
        kinds[key] = kinds.get(key, 0) + 1
    print(f"sbom: {args.output} ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
