# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake witness keygen`` / ``intake witness serve`` (a C2SP tlog-witness any partner can run) and
``intake archive witnesses`` (name witnesses and a threshold in the archive's signed profile).

Guarantees: the witness key is written 0600 and never replaced; ``K.vkey`` beside it holds the
public witness key (C2SP vkey, Ed25519 cosignature/v1) to hand to the archive; ``serve`` checks
that the two match before it listens, on loopback only. ``archive witnesses`` re-signs the profile
with the archive's profile-signing key (the fingerprint does not change). Errors are typed; the
messages are in ``error_messages/transport.py``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

import nacl.signing

from intake_app.cli.common import EXIT_OK, EXIT_USAGE, Cli, read_passphrase
from intake_app.home import paths
from intake_app.text.i18n import translate


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _passphrase_args(p: argparse.ArgumentParser, what: str) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--passphrase-file", metavar="F", help=f"passphrase of {what}")
    g.add_argument("--no-passphrase", action="store_true", help=f"{what} is unprotected")


def register(cli: Cli) -> None:
    k = cli.command("keygen", _keygen, "create a witness key (a partner's witness cosigns the archive's receipt log)",
                    group="witness")
    k.add_argument("out", metavar="K", type=Path, help="new key file (its public key is written to K.vkey)")
    k.add_argument("--name", required=True, help="the witness's name, e.g. witness.example.org/w1 (no spaces)")
    _passphrase_args(k, "the new witness key")

    s = cli.command("serve", _serve, "run a witness: cosign the archive's receipt log checkpoints that extend "
                                     "the last one cosigned, refuse forks", group="witness")
    s.add_argument("--key", required=True, type=Path, metavar="K", help="the witness key (from 'witness keygen')")
    s.add_argument("--state", required=True, type=Path, metavar="DIR",
                   help="where the witness keeps the latest checkpoint it cosigned for each log (0700)")
    s.add_argument("--listen", default="127.0.0.1:0", metavar="127.0.0.1:PORT", help="loopback address for HTTP")
    s.add_argument("--profile", action="append", required=True, type=Path, metavar="PROFILE",
                   help="an archive profile whose receipt log this witness witnesses (repeatable)")
    _passphrase_args(s, "the witness key")

    w = cli.command("witnesses", _archive_witnesses,
                    "list, add or remove the witnesses whose cosignatures receipts need (signed profile)",
                    group="archive")
    w.add_argument("archive", metavar="ARCHIVE_DIR", type=Path)
    w.add_argument("--add", action="append", default=[], metavar="VKEY",
                   help="a witness key as 'witness keygen' wrote it to K.vkey (repeatable)")
    w.add_argument("--remove", action="append", default=[], metavar="NAME", help="a witness to remove, by name")
    w.add_argument("--threshold", type=int, metavar="K", help="how many witnesses must cosign (default: all)")
    _passphrase_args(w, "the archive's profile-signing key")


def _vkey_path(key: Path) -> Path:
    return key.with_name(key.name + ".vkey")


def _keygen(args: argparse.Namespace) -> int:
    from intake_app.transport.witness import WitnessConfigError
    from intake_crypto.bundle import tlog
    from intake_crypto.bundle.signing import write_signing_key

    key = nacl.signing.SigningKey.generate()
    try:
        vkey = tlog.Cosigner(args.name, bytes(key.verify_key)).vkey()
    except tlog.TlogError as exc:
        raise WitnessConfigError(str(exc)) from exc
    if _vkey_path(args.out).exists():
        raise FileExistsError(17, "File exists", str(_vkey_path(args.out)))
    passphrase = None if args.no_passphrase else read_passphrase(args.passphrase_file, "New passphrase: ", True)
    write_signing_key(args.out, key, passphrase)  # 0600; refuses to replace a key
    _vkey_path(args.out).write_text(vkey + "\n", encoding="utf-8")
    print(vkey)
    _err(translate("Witness", "Witness key written to {0}; its public key (above) is in {1}. Give the public key "
                              "to the archive.").format(args.out, _vkey_path(args.out)))
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from intake_app.transport import LOOPBACK_HOSTS, tor
    from intake_app.transport.witness import Witness, WitnessConfigError, WitnessServer
    from intake_crypto.bundle import receipt as receipts
    from intake_crypto.bundle import tlog
    from intake_crypto.bundle.profile import load_profile
    from intake_crypto.bundle.signing import is_protected, read_signing_key

    try:
        host, port = tor.parse_host_port(args.listen, any_port=True)
        if host not in LOOPBACK_HOSTS:
            raise ValueError(host)
    except ValueError:
        _err(translate("Witness", "intake: --listen takes a loopback address and port, e.g. 127.0.0.1:8090"))
        return EXIT_USAGE
    logs = {}
    for path in args.profile:
        profile = load_profile(path)
        logs[receipts.log_origin(profile.receipt_public_key)] = bytes(profile.receipt_public_key)
    passphrase = None
    if not args.no_passphrase and is_protected(args.key.read_bytes()):
        passphrase = read_passphrase(args.passphrase_file, translate("Witness", "Passphrase of the witness key: "))
    key = read_signing_key(args.key, passphrase)
    try:
        cosigner = tlog.Cosigner.parse(_vkey_path(args.key).read_text(encoding="utf-8").strip())
    except (OSError, tlog.TlogError) as exc:
        raise WitnessConfigError(f"{_vkey_path(args.key)}: {exc}") from exc
    if cosigner.public_key != bytes(key.verify_key):
        raise WitnessConfigError(f"{_vkey_path(args.key)} is not the public key of {args.key}")
    witness = Witness(cosigner.name, key, args.state, logs)
    server = WitnessServer(witness, host, port).start()
    print(f"listening {server.url}", flush=True)
    print(cosigner.vkey(), flush=True)
    _err(translate("Witness", "Witness {0} is cosigning {1} receipt logs.").format(cosigner.name, len(logs)))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return EXIT_OK


def _archive_witnesses(args: argparse.Namespace) -> int:
    from intake_app.transport.witness import WitnessConfigError
    from intake_crypto.bundle import tlog
    from intake_crypto.bundle.profile import check_witnesses, load_profile
    from intake_crypto.bundle.signing import read_signing_key

    path = args.archive / "profile.json"
    profile = load_profile(path)
    keys = list(profile.witnesses)
    changing = bool(args.add or args.remove or args.threshold is not None)
    if changing:
        removed = set(args.remove)
        known = {tlog.Cosigner.parse(k).name for k in keys}
        if removed - known:
            raise WitnessConfigError(f"no witness named {min(removed - known)} in the profile")
        keys = [k for k in keys if tlog.Cosigner.parse(k).name not in removed]
        for text in args.add:
            try:
                vkey = tlog.Cosigner.parse(text.strip()).vkey()
            except tlog.TlogError as exc:
                raise WitnessConfigError(f"not a witness key: {exc}") from exc
            if vkey not in keys:
                keys.append(vkey)
        threshold = args.threshold if args.threshold is not None else len(keys)
        check_witnesses(tuple(keys), threshold if keys else 0)
        passphrase = None if args.no_passphrase else read_passphrase(
            args.passphrase_file, translate("Archive", "Passphrase of the archive's profile-signing key: "))
        key = read_signing_key(args.archive / "keys" / "profile-signing.key", passphrase)
        if bytes(key.verify_key) != profile.profile_public_key:
            raise WitnessConfigError("this is not the archive's profile-signing key")
        updated = dataclasses.replace(profile, witnesses=tuple(keys), witness_threshold=threshold if keys else 0,
                                      signature=b"").signed(key)
        paths.write_private(path, updated.to_json(), mode=0o644)  # public and signed, as archive init writes it
        profile = load_profile(path)
    for vkey in profile.witnesses:
        print(vkey)
    _err(translate("Witness", "Receipts need cosignatures from {0} of the {1} witnesses in the profile.").format(
        profile.witness_threshold, len(profile.witnesses)))
    if changing:
        _err(translate("Archive", "Profile signed again; its fingerprint is unchanged: {0}").format(profile.fingerprint()))
    return EXIT_OK
