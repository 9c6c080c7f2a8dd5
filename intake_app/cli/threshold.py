# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake archive share``, ``reveal``, ``verify-reveals``, ``migrate-identity`` and
``retire-identity-key``: the k-of-n identity custody (issue 23)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import nacl.signing

from intake_app.cli.common import EXIT_OK, Cli, read_passphrase
from intake_app.text.i18n import translate


def _custody_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--custody-key", required=True, metavar="K", help="your custody signing key (archive custody-key)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--custody-passphrase-file", metavar="F", help="passphrase of the custody key")
    g.add_argument("--no-custody-passphrase", action="store_true", help="the custody key is unprotected (demo only)")
    p.add_argument("--log", required=True, metavar="DIR", help="the bundle's custody log directory (custody.log)")
    p.add_argument("--purpose", required=True, help="why, recorded in the signed custody event")
    _archive_args(p)


def _archive_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--archive", required=True, metavar="DIR",
                   help="the archive folder: the step is first logged in its public reveal log")
    p.add_argument("--archive-passphrase-file", metavar="F", help="passphrase of the archive's keys")


def register(cli: Cli) -> None:
    p = cli.command("share", _share, "as one custodian, release your share of one bundle's identity side",
                    group="archive")
    p.add_argument("--bundle", required=True, metavar="B.tib")
    p.add_argument("--key", required=True, metavar="MY.key", help="your custodian age key (from intake keygen)")
    p.add_argument("--key-passphrase-file", metavar="F", help="passphrase of your custodian key")
    p.add_argument("--to", required=True, metavar="RECIPIENT", help="the age recipient of whoever will reveal")
    p.add_argument("--out", metavar="SHARE.age", help="write the share as a file (for USB)")
    p.add_argument("--qr", metavar="OUT.png", help="write the share as QR picture(s), for paper: OUT.png, or "
                                                  "OUT-1.png, OUT-2.png... when it needs more than one code")
    _custody_args(p)

    p = cli.command("verify-reveals", _verify, "check that every share release and reveal in these custody "
                    "logs is still in the archive's reveal log", group="archive")
    p.add_argument("--archive", metavar="DIR", help="the archive folder: check its reveal log and receipt log files")
    p.add_argument("--receiver", metavar="URL", help="check the reveal log the receiver serves, at http://127.0.0.1:PORT")
    p.add_argument("--tor-socks", metavar="HOST:PORT", help="check the reveal log the receiver serves at the "
                                                             "profile's onion address, through this tor SOCKS port")
    p.add_argument("--profile", metavar="F", help="the archive's profile.json (with --receiver or --tor-socks and "
                                                   "no --archive)")
    p.add_argument("--reveal-checkpoint", action="append", default=[], metavar="FILE",
                   help="a reveal log checkpoint someone kept: the served reveal log must extend it (repeat)")
    p.add_argument("--log", action="append", default=[], metavar="DIR", help="a custody log directory (repeat)")
    p.add_argument("--receipt-checkpoint", action="append", default=[], metavar="FILE",
                   help="a checkpoint of the archive's receipt log someone kept (intake store checkpoint, staff "
                        "fetch's log-seen/checkpoint): the receipt log must extend it (repeat)")

    p = cli.command("import-reveals", _import, "take the reveal log of an offline copy of the archive folder "
                    "(where a custodian released a share) back into the archive", group="archive")
    p.add_argument("copy", metavar="COPY", help="the copy of the archive folder the step was logged in")
    p.add_argument("--archive", required=True, metavar="DIR", help="the archive folder the receiver serves")

    p = cli.command("migrate-identity", _migrate, "seal new bundles' identity k-of-n to custodians; older "
                    "bundles stay readable with the identity key", group="archive")
    p.add_argument("archive", metavar="DIR")
    p.add_argument("--identity-custodians", required=True, metavar="R1,R2,...",
                   help="custodians' public keys (or files holding one), comma-separated")
    p.add_argument("--threshold", type=int, required=True, metavar="K")
    p.add_argument("--passphrase-file", metavar="F", help="passphrase of the archive's keys")

    p = cli.command("retire-identity-key", _retire, "destroy the single identity key after a migration",
                    group="archive")
    p.add_argument("archive", metavar="DIR")
    p.add_argument("--yes", action="store_true", help="confirm: bundles only this key opens become unreadable")

    p = cli.command("reveal", _reveal, "open one bundle's identity side with K custodians' shares",
                    group="archive")
    p.add_argument("--bundle", required=True, metavar="B.tib")
    p.add_argument("--share", action="append", required=True, metavar="SHARE",
                   help="a share file or a QR picture of one (repeat; give every picture of a numbered set)")
    p.add_argument("--key", required=True, metavar="K", help="your age key, to which the shares were encrypted")
    p.add_argument("--key-passphrase-file", metavar="F", help="passphrase of that key")
    p.add_argument("--out", required=True, metavar="DIR")
    _custody_args(p)


def _reveal_log(args: argparse.Namespace, *, write: bool = True) -> Any:
    from intake_app.archive.reveal_log import RevealLog
    from intake_crypto.bundle.profile import load_profile
    from intake_crypto.bundle.signing import read_signing_key

    archive = Path(args.archive)
    profile = load_profile(archive / "profile.json")
    key = None
    if write:
        path = archive / "keys" / "receipt-signing.key"
        passphrase = read_passphrase(args.archive_passphrase_file, translate("Bundle", "Archive key passphrase: ")) \
            if _protected(path) else None
        key = read_signing_key(path, passphrase)
    return RevealLog(archive, key, bytes(profile.receipt_public_key))


def _protected(path: Path) -> bool:
    from intake_crypto.bundle.signing import is_protected

    with open(path, "rb") as fh:
        return is_protected(fh.read(64))


def _age_key(path: str, passphrase_file: str | None) -> list[Any]:
    from intake_crypto.age.keyfile import is_protected, read_identity_file

    with open(path, "rb") as fh:
        protected = is_protected(fh.read(4096))
    passphrase = read_passphrase(passphrase_file, translate("Bundle", "Passphrase for {0}: ").format(
        Path(path).name)) if protected else None
    return list(read_identity_file(path, passphrase))


def _custody_key(args: argparse.Namespace) -> nacl.signing.SigningKey:
    from intake_crypto.bundle.signing import read_signing_key

    passphrase = None if args.no_custody_passphrase else read_passphrase(
        args.custody_passphrase_file, translate("Bundle", "Custody key passphrase: "))
    return read_signing_key(Path(args.custody_key), passphrase)


def _share(args: argparse.Namespace) -> int:
    from intake_app.archive.reveal import release_share
    from intake_app.cli.common import EXIT_USAGE

    if not args.out and not args.qr:
        print(translate("Bundle", "intake: give --out SHARE.age, --qr OUT.png, or both"), file=sys.stderr)
        return EXIT_USAGE
    done = release_share(Path(args.bundle), _age_key(args.key, args.key_passphrase_file), args.to.strip(),
                         Path(args.out) if args.out else None, _custody_key(args), Path(args.log), args.purpose,
                         _reveal_log(args), qr=Path(args.qr) if args.qr else None)
    if args.out:
        print(translate("Bundle", "Share {0} of bundle {1} written to {2} ({3} of {4} shares open it).").format(
            done.index, done.bundle_id, args.out, done.threshold, done.total))
    if len(done.pictures) == 1:
        print(translate("Bundle", "Share {0} of bundle {1} drawn as a QR code in {2} ({3} of {4} shares open it).")
              .format(done.index, done.bundle_id, done.pictures[0], done.threshold, done.total))
    elif done.pictures:
        print(translate("Bundle", "Share {0} of bundle {1} does not fit one QR code: it was drawn as a numbered set "
                                  "of {2} pictures, {3} to {4}. Keep and give all {2} together ({5} of {6} shares "
                                  "open the bundle).").format(done.index, done.bundle_id, len(done.pictures),
                                                              done.pictures[0], done.pictures[-1], done.threshold,
                                                              done.total))
    print(translate("Bundle", "The release was recorded in the custody log and the archive's reveal log."))
    return EXIT_OK


def _reveal(args: argparse.Namespace) -> int:
    return reveal_with(args, _age_key(args.key, args.key_passphrase_file))


def reveal_with(args: argparse.Namespace, identities: list[Any]) -> int:
    """The reveal (``intake archive reveal`` and ``intake open --share``): K shares, logged."""
    from intake_app.archive.reveal import reveal

    report = reveal(Path(args.bundle), [Path(s) for s in args.share], identities,
                    Path(args.out), _custody_key(args), Path(args.log), args.purpose, _reveal_log(args))
    print(translate("Bundle", "Identity side of bundle {0} opened into {1}.").format(report.bundle_id, args.out))
    print(translate("Bundle", "The reveal was recorded in the custody log and the archive's reveal log."))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from intake_app.archive.reveal import verify_anchors, verify_reveals
    from intake_app.cli.common import EXIT_USAGE

    served = bool(args.receiver or args.tor_socks)
    if not args.archive and not (served and args.profile):
        print(translate("Bundle", "intake: give --archive DIR, or --profile with --receiver or --tor-socks"),
              file=sys.stderr)
        return EXIT_USAGE
    held = [Path(f).read_text(encoding="utf-8") for f in args.receipt_checkpoint]
    if served:
        _verify_served(args, held)
    if not args.archive:
        return EXIT_OK
    log = _reveal_log(args, write=False)
    if args.log:
        count = verify_reveals(log, [Path(d) for d in args.log])
        print(translate("Bundle", "All {0} logged share releases and reveals are in the archive's reveal log.").format(
            count))
    check = verify_anchors(Path(args.archive), log, held)
    print(translate("Bundle", "The public receipt log anchors {0} head(s) of the reveal log; the reveal log only "
                              "grew since (the newest anchored head has {1} entries).").format(check.anchors,
                                                                                               check.anchored))
    if check.unanchored:
        print(translate("Bundle", "{0} newer reveal log entries are not anchored yet: the receiver anchors them when "
                                  "it next runs (intake serve).").format(check.unanchored))
    return EXIT_OK


def _verify_served(args: argparse.Namespace, receipt_notes: list[str]) -> None:
    import urllib.parse

    from intake_app.archive.fetch import FetchError, StaffClient
    from intake_app.archive.reveal import verify_served
    from intake_app.transport import LOOPBACK_HOSTS, tor
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(Path(args.profile) if args.profile else Path(args.archive) / "profile.json")
    if args.receiver:
        parts = urllib.parse.urlsplit(args.receiver)
        if parts.scheme != "http" or parts.hostname not in LOOPBACK_HOSTS:
            raise FetchError("--receiver accepts only http:// on loopback; use --tor-socks otherwise")
        client = StaffClient(parts.hostname, parts.port or 80, "")
    else:
        if not profile.receiver_onion:
            raise FetchError("the profile names no onion address")
        client = StaffClient(profile.receiver_onion, 80, "", socks_addr=tor.parse_host_port(args.tor_socks))
    done = verify_served(client, bytes(profile.receipt_public_key), [Path(d) for d in args.log],
                         [Path(f).read_text(encoding="utf-8") for f in args.reveal_checkpoint], receipt_notes)
    print(translate("Bundle", "The receiver's reveal log ({0} entries) extends every reveal checkpoint given and its "
                              "newest anchor in the public receipt log ({1} entries).").format(
        done.checkpoint.size, "-" if done.anchored is None else done.anchored))


def _import(args: argparse.Namespace) -> int:
    from intake_app.archive.reveal_log import import_copy
    from intake_crypto.bundle.profile import load_profile

    archive = Path(args.archive)
    count = import_copy(archive, Path(args.copy), bytes(load_profile(archive / "profile.json").receipt_public_key))
    print(translate("Bundle", "{0} reveal log entries taken from the copy; the receiver anchors them in the public "
                              "receipt log when it next runs.").format(count))
    return EXIT_OK


def _custodian_texts(value: str) -> tuple[str, ...]:
    out = []
    for item in (v.strip() for v in value.split(",")):
        path = Path(item)
        out.append(path.read_text(encoding="utf-8").strip() if item and path.is_file() else item)
    return tuple(out)


def _migrate(args: argparse.Namespace) -> int:
    from intake_app.archive.identity_migration import migrate_identity

    archive = Path(args.archive)
    passphrase = read_passphrase(args.passphrase_file, translate("Bundle", "Archive key passphrase: ")) \
        if _protected(archive / "keys" / "profile-signing.key") else None
    done = migrate_identity(archive, _custodian_texts(args.identity_custodians), args.threshold, passphrase)
    print(translate("Bundle", "New bundles' identity sides will need {0} of {1} custodians.").format(
        done.profile.identity_threshold, len(done.profile.identity_custodians)))
    print(translate("Bundle", "Give every device the new profile.json; its fingerprint is unchanged: {0}").format(
        done.profile.fingerprint()))
    print(translate("Bundle", "Older bundles still open with keys/identity.key until you retire it."))
    return EXIT_OK


def _retire(args: argparse.Namespace) -> int:
    from intake_app.archive.identity_migration import retire_identity_key
    from intake_app.cli.common import EXIT_USAGE

    count = retire_identity_key(Path(args.archive), confirm=bool(args.yes))
    if not args.yes:
        print(translate("Bundle", "{0} bundle(s) here open only with this key; their identity sides would become "
                                  "unreadable for good.").format(count))
        print(translate("Bundle", "Nothing was removed. Run again with --yes to retire the key."))
        return EXIT_USAGE
    print(translate("Bundle", "The identity key was destroyed; {0} bundle(s) here can no longer be unmasked.").format(count))
    return EXIT_OK
