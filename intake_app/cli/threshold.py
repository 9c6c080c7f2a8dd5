# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake archive share`` and ``intake archive reveal``: the k-of-n identity reveal (issue 23)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.cli.common import EXIT_OK, Cli, read_passphrase
from intake_app.i18n import translate


def _custody_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--custody-key", required=True, metavar="K", help="your custody signing key (archive custody-key)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--custody-passphrase-file", metavar="F", help="passphrase of the custody key")
    g.add_argument("--no-custody-passphrase", action="store_true", help="the custody key is unprotected (demo only)")
    p.add_argument("--log", required=True, metavar="DIR", help="the bundle's custody log directory (custody.log)")
    p.add_argument("--purpose", required=True, help="why, recorded in the signed custody event")


def register(cli: Cli) -> None:
    p = cli.command("share", _share, "as one custodian, release your share of one bundle's identity side",
                    group="archive")
    p.add_argument("--bundle", required=True, metavar="B.tib")
    p.add_argument("--key", required=True, metavar="MY.key", help="your custodian age key (from intake keygen)")
    p.add_argument("--key-passphrase-file", metavar="F", help="passphrase of your custodian key")
    p.add_argument("--to", required=True, metavar="RECIPIENT", help="the age recipient of whoever will reveal")
    p.add_argument("--out", required=True, metavar="SHARE.age")
    _custody_args(p)

    p = cli.command("reveal", _reveal, "open one bundle's identity side with K custodians' shares",
                    group="archive")
    p.add_argument("--bundle", required=True, metavar="B.tib")
    p.add_argument("--share", action="append", required=True, metavar="SHARE.age", help="a share file (repeat K times)")
    p.add_argument("--key", required=True, metavar="K", help="your age key, to which the shares were encrypted")
    p.add_argument("--key-passphrase-file", metavar="F", help="passphrase of that key")
    p.add_argument("--out", required=True, metavar="DIR")
    _custody_args(p)


def _age_key(path: str, passphrase_file: str | None) -> list[Any]:
    from crypto.keyfile import is_protected, read_identity_file

    with open(path, "rb") as fh:
        protected = is_protected(fh.read(4096))
    passphrase = read_passphrase(passphrase_file, translate("Bundle", "Passphrase for {0}: ").format(
        Path(path).name)) if protected else None
    return list(read_identity_file(path, passphrase))


def _custody_key(args: argparse.Namespace) -> nacl.signing.SigningKey:
    from crypto.signing import read_signing_key

    passphrase = None if args.no_custody_passphrase else read_passphrase(
        args.custody_passphrase_file, translate("Bundle", "Custody key passphrase: "))
    return read_signing_key(Path(args.custody_key), passphrase)


def _share(args: argparse.Namespace) -> int:
    from intake_app.archive.reveal import release_share

    done = release_share(Path(args.bundle), _age_key(args.key, args.key_passphrase_file), args.to.strip(),
                         Path(args.out), _custody_key(args), Path(args.log), args.purpose)
    print(translate("Bundle", "Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).").format(
        done.index, done.bundle_id, args.out, done.threshold, done.total))
    print(translate("Bundle", "The release was recorded in the custody log."))
    return EXIT_OK


def _reveal(args: argparse.Namespace) -> int:
    from intake_app.archive.reveal import reveal

    report = reveal(Path(args.bundle), [Path(s) for s in args.share], _age_key(args.key, args.key_passphrase_file),
                    Path(args.out), _custody_key(args), Path(args.log), args.purpose)
    print(translate("Bundle", "Identity side of bundle {0} opened into {1}.").format(report.bundle_id, args.out))
    print(translate("Bundle", "The reveal was recorded in the custody log."))
    return EXIT_OK
