# SPDX-License-Identifier: GPL-3.0-or-later
"""Sub-commands of the archive area: custody keys and logs, PREMIS export, BagIt export, fixity.

``intake archive custody-key``, ``intake archive custody-verify``, ``intake archive premis``
(group shared with ``archive init``), ``intake export-bag`` and ``intake fixity``. Passphrases
come from ``--passphrase-file`` or the terminal, never argv. Errors are typed; the messages are in
``error_messages/archive.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nacl.signing

from intake_app.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, Cli, read_passphrase
from intake_app.text.errors import with_details
from intake_app.text.i18n import translate


def _key_args(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("--custody-key", required=required, metavar="K",
                   help="this custodian's Ed25519 signing key (from 'archive custody-key')")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--passphrase-file", metavar="F", help="passphrase of the custody key")
    g.add_argument("--no-passphrase", action="store_true", help="the custody key is unprotected (demo only)")


def _load_key(args: argparse.Namespace) -> nacl.signing.SigningKey:
    from intake_crypto.bundle.signing import read_signing_key

    passphrase = None if args.no_passphrase else read_passphrase(args.passphrase_file, "Custody key passphrase: ")
    return read_signing_key(Path(args.custody_key), passphrase)


def register(cli: Cli) -> None:
    p = cli.command("custody-key", _custody_key, "create a custodian's signing key for custody events",
                    group="archive")
    p.add_argument("out", metavar="K", help="new key file")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--passphrase-file", metavar="F", help="protect the key with the passphrase in F")
    g.add_argument("--no-passphrase", action="store_true", help="leave the key unprotected (demo only)")

    p = cli.command("custody-verify", _custody_verify, "check a custody log's chain and signatures",
                    group="archive")
    p.add_argument("dir", metavar="DIR", help="a directory holding custody.log")
    p.add_argument("--archive", metavar="ARCHIVE_DIR",
                   help="accept only signers in this archive's signed custodian register (custodians.json)")
    p.add_argument("--continues", action="append", default=[], metavar="EARLIER",
                   help="also check that DIR's log starts with every record of EARLIER's (repeatable), "
                        "e.g. ARCHIVE/incoming/SHA.custody for an opened bundle or a bag")

    p = cli.command("custodian-add", _custodian_add,
                    "register a custodian's key (signed with the archive's profile-signing key)", group="archive")
    p.add_argument("--archive", required=True, metavar="ARCHIVE_DIR")
    p.add_argument("--public-key", required=True, metavar="B64",
                   help="the custodian's public key, as 'archive custody-key' prints it")
    p.add_argument("--role", action="append", required=True, choices=("custody", "content", "identity", "release"),
                   help="what this custodian does (repeatable)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--passphrase-file", metavar="F", help="passphrase of the archive's profile-signing key")
    g.add_argument("--no-passphrase", action="store_true", help="the archive's keys are unprotected (demo only)")

    p = cli.command("enrol", _enrol, "enrol an interviewer's device: sign its key with a pseudonymous code "
                    "(offline; the file goes back to the device)", group="archive")
    p.add_argument("--archive", required=True, metavar="ARCHIVE_DIR")
    p.add_argument("--device-key", required=True, metavar="B64",
                   help="the device's public key, as 'intake store device-key' prints it")
    p.add_argument("--interviewer-code", required=True, metavar="CODE",
                   help="the interviewer's pseudonymous code, e.g. IV-07 (letters, a dash, digits; never a name)")
    p.add_argument("--out", metavar="FILE", help="the enrolment file to hand to the device")
    p.add_argument("--qr", metavar="OUT.png",
                   help="also (or instead) draw the enrolment as a QR code picture, for a device to photograph")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--passphrase-file", metavar="F", help="passphrase of the archive's profile-signing key")
    g.add_argument("--no-passphrase", action="store_true", help="the archive's keys are unprotected (demo only)")

    p = cli.command("premis", _premis, "write a custody log as PREMIS 3 XML", group="archive")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--bundle-id", required=True, metavar="ID")
    p.add_argument("--out", metavar="FILE", help="default: standard output")
    p.add_argument("--archive", metavar="ARCHIVE_DIR",
                   help="accept only custody events signed by this archive's registered custodians")

    p = cli.command("link", _link, "join a content opening to its identity opening (logged in both)",
                    group="archive")
    p.add_argument("content", metavar="OPENED_CONTENT")
    p.add_argument("identity", metavar="OPENED_IDENTITY")
    _key_args(p)

    p = cli.command("summary", _summary, "write a readable HTML summary of an opened testimony for reviewers",
                    group="archive")
    p.add_argument("opened", metavar="OPENED_DIR")
    p.add_argument("--out", required=True, metavar="FILE.html")
    p.add_argument("--in-lang", choices=("en", "zh_CN", "zh_TW"), help="default: the testimony's language")

    p = cli.command("export-bag", _export_bag, "package an opened bundle as a BagIt bag")
    p.add_argument("opened", metavar="OPENED_DIR")
    p.add_argument("--out", required=True, metavar="BAG")
    p.add_argument("--derivative", choices=("preservation", "public"), default="preservation",
                   help="public: refused here; a public copy needs two custodians (archive publish, review, release)")
    p.add_argument("--archive", metavar="DIR",
                   help="the archive directory (profile.json): its name is the bag's Source-Organization "
                        "(default: the name recorded when the bundle was opened from ARCHIVE/incoming); the "
                        "custody log's signers and your custody key must be in its custodian register")
    p.add_argument("--side", choices=("content", "identity"),
                   help="a separate AIP of one side (default: every side that was opened)")
    p.add_argument("--virus-db", metavar="PATH",
                   help="ClamAV signatures (a directory or one file) to check the files against before "
                        "bagging (default /var/lib/clamav)")
    _key_args(p)

    p = cli.command("publish", _publish,
                    "propose a public derivative (narrative, voice) for a second custodian's review", group="archive")
    p.add_argument("opened", metavar="OPENED_DIR")
    p.add_argument("--out", required=True, metavar="PROPOSAL_DIR")
    p.add_argument("--archive", required=True, metavar="ARCHIVE_DIR", help="its custodian register (custodians.json)")
    p.add_argument("--corpus", action="append", default=[], metavar="DIR",
                   help="a directory holding further openings, added to the archive's publication index "
                        "for k-anonymity (repeatable; it can only add to the count)")
    p.add_argument("-k", type=_at_least_two, default=5, metavar="K",
                   help="the published details must be shared by at least K testimonies (default 5)")
    _key_args(p)

    p = cli.command("publish-index", _publish_index,
                    "rebuild the archive's publication index (k-anonymity counts) from its content openings",
                    group="archive")
    p.add_argument("openings", nargs="+", metavar="OPENINGS_DIR")
    p.add_argument("--archive", required=True, metavar="ARCHIVE_DIR")
    p.add_argument("--replace", action="store_true",
                   help="allow the new index to count fewer testimonies than the one it replaces")

    p = cli.command("review", _review, "second custodian: review, redact and sign a proposed public derivative",
                    group="archive")
    p.add_argument("opened", metavar="OPENED_DIR")
    p.add_argument("proposal", metavar="PROPOSAL_DIR")
    p.add_argument("--archive", required=True, metavar="ARCHIVE_DIR")
    p.add_argument("--withhold", action="append", default=[], metavar="PATH",
                   help="leave a published answer out (e.g. where; repeatable)")
    p.add_argument("--redact", action="append", default=[], metavar="PATH=TEXT",
                   help="cut the passage TEXT out of the published answer PATH (e.g. account=Wang Wei; repeatable)")
    _key_args(p)

    p = cli.command("release", _release, "publish a reviewed public derivative (needs two custodians' signatures)",
                    group="archive")
    p.add_argument("opened", metavar="OPENED_DIR")
    p.add_argument("proposal", metavar="PROPOSAL_DIR")
    p.add_argument("--out", required=True, metavar="PUBLIC_BAG")
    p.add_argument("--archive", required=True, metavar="ARCHIVE_DIR")
    _key_args(p)

    p = cli.command("fetch", _fetch, "download new sealed bundles from the receiver (staff only)")
    p.add_argument("--archive", required=True, metavar="DIR", help="archive directory (profile.json; bundles go to incoming/)")
    p.add_argument("--token-file", required=True, metavar="F", help="the staff credential (ARCHIVE/staff-token)")
    p.add_argument("--receiver", metavar="URL", help="http://127.0.0.1:PORT on loopback instead of tor")
    p.add_argument("--tor-socks", metavar="HOST:PORT", help="a running tor's SOCKS port (to reach the onion)")
    p.add_argument("--torrc-extra", metavar="FILE", type=Path,
                   help="otherwise start tor (data in ARCHIVE/fetch-tor) with the extra lines of FILE")
    p.add_argument("--staff-onion", metavar="ADDRESS",
                   help="fetch from the staff onion (client authorisation) instead of the profile's public onion")
    p.add_argument("--onion-auth-dir", metavar="DIR", type=Path,
                   help="the ClientOnionAuthDir holding this staff member's key for the staff onion "
                        "(used when fetch starts tor itself)")
    p.add_argument("--client-checkpoint", action="append", default=[], metavar="FILE",
                   help="a log checkpoint an interviewer's device saw ('intake store checkpoint'); the receiver "
                        "must prove it is the log this archive verified, else it is a fork (repeatable)")
    _key_args(p)

    p = cli.command("staff-onion", _staff_onion,
                    "on the receiver: create the staff onion (client authorisation) and authorise staff keys",
                    group="archive")
    p.add_argument("archive", metavar="ARCHIVE_DIR")
    p.add_argument("--authorize", nargs=2, action="append", default=[], metavar=("NAME", "PUBLIC_KEY"),
                   help="let the staff member NAME (their key from 'staff-client-key') reach it (repeatable)")

    p = cli.command("staff-client-key", _staff_client_key,
                    "on a staff machine: make an onion client key for the staff onion", group="archive")
    p.add_argument("--onion", required=True, metavar="ADDRESS", help="the staff onion's address")
    p.add_argument("--name", required=True, metavar="NAME", help="who holds this key (letters, digits, - and _)")
    p.add_argument("--auth-dir", required=True, metavar="DIR",
                   help="tor's ClientOnionAuthDir on this machine (created 0700); give it to 'fetch --onion-auth-dir'")

    p = cli.command("fixity", _fixity, "re-check bags and record the check in their custody logs")
    p.add_argument("bags", nargs="+", metavar="BAG")
    p.add_argument("--archive", metavar="ARCHIVE_DIR",
                   help="accept only custody events (and a custody key) registered in this archive's custodian register")
    _key_args(p, required=False)


def _custody_key(args: argparse.Namespace) -> int:
    from intake_app.text.errors import user_message
    from intake_crypto.bundle.signing import b64, key_id, write_signing_key

    passphrase = None if args.no_passphrase else read_passphrase(args.passphrase_file, "New passphrase: ", True)
    key = nacl.signing.SigningKey.generate()
    try:
        write_signing_key(Path(args.out), key, passphrase)  # refuses to replace an existing key
    except OSError as exc:
        message, hint = user_message(exc, edge="cli")
        print(f"intake: {message}\nintake: {hint}", file=sys.stderr)
        return EXIT_ERROR
    print(translate("Archive", "Custody key {0} written.").format(key_id(bytes(key.verify_key))))
    print(translate("Archive", "Public key (give it to the archive to register): {0}").format(
        b64(bytes(key.verify_key))))
    return EXIT_OK


def _custodian_add(args: argparse.Namespace) -> int:
    from intake_app.archive import custodians
    from intake_crypto.bundle.signing import read_signing_key, unb64

    passphrase = None if args.no_passphrase else read_passphrase(
        args.passphrase_file, translate("Archive", "Passphrase of the archive's profile-signing key: "))
    profile_key = read_signing_key(Path(args.archive) / "keys" / "profile-signing.key", passphrase)
    try:
        public = unb64(args.public_key.strip(), 32)
    except ValueError:
        print(translate("Archive", "intake: the public key is not a base64 Ed25519 key"), file=sys.stderr)
        return EXIT_ERROR
    registered = custodians.add_custodian(args.archive, profile_key, public, tuple(args.role))
    for c in registered:
        print(f"{c.key_id[:12]}  {','.join(c.roles)}")
    print(translate("Archive", "Custodian register signed: {0} keys.").format(len(registered)))
    return EXIT_OK


def _enrol(args: argparse.Namespace) -> int:
    import os

    from intake_crypto.bundle import enrolment
    from intake_crypto.bundle.profile import load_profile
    from intake_crypto.bundle.signing import key_id, read_signing_key, unb64

    try:
        public = unb64(args.device_key.strip(), 32)
    except ValueError:
        print(translate("Archive", "intake: the device key is not a base64 Ed25519 key"), file=sys.stderr)
        return EXIT_ERROR
    enrolment.check_code(args.interviewer_code)
    if not args.out and not args.qr:
        print(translate("Archive", "intake: give --out FILE, --qr OUT.png or both"), file=sys.stderr)
        return EXIT_USAGE
    for target in (args.out, args.qr):
        if target and os.path.exists(target):
            print(translate("Archive", "intake: {0} exists already; it is not replaced").format(target),
                  file=sys.stderr)
            return EXIT_ERROR
    profile = load_profile(Path(args.archive) / "profile.json")
    passphrase = None if args.no_passphrase else read_passphrase(
        args.passphrase_file, translate("Archive", "Passphrase of the archive's profile-signing key: "))
    profile_key = read_signing_key(Path(args.archive) / "keys" / "profile-signing.key", passphrase)
    if bytes(profile_key.verify_key) != bytes(profile.profile_public_key):
        from intake_app.archive.custodians import CustodianRegisterError

        raise CustodianRegisterError(args.archive, "this is not the archive's profile-signing key")
    signed = enrolment.enrol(profile_key, public, args.interviewer_code)
    if args.out:
        fd = os.open(args.out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(signed.to_json() + b"\n")
        print(translate("Archive", "Device {0} enrolled as interviewer {1}: {2}").format(
            key_id(public)[:12], signed.interviewer_code, args.out))
    if args.qr:
        from intake_app.transport import qr

        qr.write_enrolment_qr(signed.to_json(), args.qr)
        print(translate("Archive", "Device {0} enrolled as interviewer {1}: QR code picture {2}").format(
            key_id(public)[:12], signed.interviewer_code, args.qr))
    print(translate("Archive", "Give this to the device (intake store enrol FILE, or the app's settings: "
                               "the file or a picture of the QR code)."))
    return EXIT_OK


def _custody_verify(args: argparse.Namespace) -> int:
    from intake_app.archive import chain, custodians, custody

    trusted = custodians.trusted_keys(args.archive) if args.archive else None
    events = custody.verify_log(args.dir, trusted)
    for earlier in args.continues:
        chain.verify_continues(earlier, args.dir)
    for ev in events:
        print(f"{ev.seq:4d}  {ev.at}  {ev.type:<14} {ev.outcome:<8} {ev.agent[:12]}  {ev.object}")
    print(translate("Archive", "Custody log intact: {0} events.").format(len(events)))
    if trusted is not None:
        print(translate("Archive", "Every event is signed by a custodian registered by the archive."))
    else:
        # A chain anyone re-signed with a key of their own also "verifies": say so (review F13).
        print(translate("Archive", "The signers were not checked against the archive's custodian register: "
                                   "add --archive ARCHIVE_DIR to accept only registered custodians."))
    for earlier in args.continues:
        print(translate("Archive", "It continues the log in {0} without changing a record.").format(earlier))
    return EXIT_OK


def _premis(args: argparse.Namespace) -> int:
    from intake_app.archive import bag, custodians, integrity, premis

    opened = Path(args.dir)
    # An opened bundle: its files (checked against the signed manifests) become file objects.
    checked = custodians.check_signers(args.archive, opened)  # before anything is written (issue 19)
    sides = integrity.check(opened) if any((opened / s).is_dir() for s in integrity.SIDES) else []
    xml = premis.to_xml(opened, args.bundle_id, sides=sides, organization=bag.archive_name(opened))
    if args.out:
        Path(args.out).write_bytes(xml)
    else:
        sys.stdout.buffer.write(xml)
    _signers_note(checked, args.archive)
    return EXIT_OK


def _signers_note(checked: bool, archive: str | None) -> None:
    """Say on stderr when custody signers could not be checked against a custodian register."""
    if checked:
        return
    if archive:
        print(translate("Archive", "Note: the custody signers were not checked: this archive has no custodian "
                                   "register yet (intake archive custodian-add)."), file=sys.stderr)
    else:
        print(translate("Archive", "Note: the custody signers were not checked against the archive's custodian "
                                   "register: add --archive ARCHIVE_DIR."), file=sys.stderr)


def _export_bag(args: argparse.Namespace) -> int:
    from intake_app.archive import bag

    if args.derivative == "public":
        # A public copy goes out only after a second custodian's review (two keys, R-SP-13) and the
        # k-anonymity check: intake archive publish, then review, then release (issue 18).
        print(translate("Archive", "intake: a public copy needs a second custodian's review: use 'intake archive "
                                   "publish', then 'intake archive review' and 'intake archive release'."),
              file=sys.stderr)
        return EXIT_ERROR
    organization = None
    if args.archive:
        from intake_crypto.bundle.profile import load_profile

        organization = load_profile(Path(args.archive) / "profile.json").name
    from intake_app.archive import virus

    try:
        virus.check_available(args.virus_db)
    except virus.VirusCheckUnavailable as exc:
        print(_no_virus_check(exc), file=sys.stderr)
    out = bag.export_bag(args.opened, args.out, _load_key(args), derivative=args.derivative,
                         organization=organization, side=args.side, archive=args.archive,
                         virus_db=args.virus_db)
    print(translate("Archive", "Bag written: {0}").format(out))
    from intake_app.archive import custodians

    _signers_note(custodians.registered_keys(args.archive) is not None, args.archive)
    return EXIT_OK


def _no_virus_check(exc: BaseException) -> str:
    """The warning printed when the files are bagged without a virus check (nothing is claimed)."""
    if getattr(exc, "reason", "") == "no_scanner":
        why = translate("Archive", "ClamAV is not installed (Debian: apt install clamav)")
    else:
        why = translate("Archive", "ClamAV has no signatures in {0}").format(getattr(exc, "database", ""))
    return translate("Archive", "intake: warning: no virus check was made: {0}. The bag records no virus check; "
                                "copy current signatures from a machine that runs freshclam, or name them "
                                "with --virus-db.").format(why)


def _at_least_two(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 2:
        raise argparse.ArgumentTypeError(translate("Archive", "k must be a whole number, at least 2"))
    return value


def _publish(args: argparse.Namespace) -> int:
    from intake_app.archive import release

    proposal = release.propose(args.opened, args.out, args.archive, _load_key(args),
                               corpus=[Path(c) for c in args.corpus] or None, k=args.k)
    for d in proposal.decisions:
        print(f"{d['item']:<40} {d['decision']}  {d.get('reason', '')}".rstrip())
    print(translate("Archive", "Proposed public copy written to {0}; {1} testimonies share its published "
                               "details.").format(proposal.directory, proposal.class_size))
    print(translate("Archive", "A second custodian must review and sign it (intake archive review) before release."))
    return EXIT_OK


def _publish_index(args: argparse.Namespace) -> int:
    from intake_app.archive import release

    count = release.build_index(args.archive, [Path(o) for o in args.openings], replace=args.replace)
    print(translate("Archive", "Publication index rebuilt: {0} testimonies.").format(count))
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from intake_app.archive import release

    redact = []
    for item in args.redact:
        path, sep, text = item.partition("=")
        if not sep or not text:
            print(translate("Archive", "intake: --redact takes PATH=TEXT"), file=sys.stderr)
            return EXIT_ERROR
        redact.append((path, text))
    result = release.review(args.opened, args.proposal, args.archive, _load_key(args),
                            withhold=list(args.withhold), redact=redact)
    print(translate("Archive", "Reviewed and signed: {0} redactions; the redacted copy is a new bag in {1}.").format(
        len(result["redactions"]), Path(args.proposal) / "reviewed"))
    return EXIT_OK


def _release(args: argparse.Namespace) -> int:
    from intake_app.archive import release

    out = release.release(args.opened, args.proposal, args.out, args.archive, _load_key(args))
    print(translate("Archive", "Released: {0}").format(out))
    return EXIT_OK


def _fixity(args: argparse.Namespace) -> int:
    from intake_app.archive import bag, custodians

    key = _load_key(args) if args.custody_key else None
    if key is not None:
        custodians.check_signers(args.archive, None, key)  # an unregistered key signs nothing
    failed = 0
    for path in args.bags:
        try:
            bag.fixity(path, key, args.archive)
            print(translate("Archive", "{0}: fixity OK").format(path))
        except bag.FixityError as exc:
            failed += 1
            # the checker's English detail on its own line, never inside a translated sentence (zh-review F21)
            print(with_details(translate("Archive", "{0}: FIXITY FAILED").format(path), exc.detail), file=sys.stderr)
    _signers_note(custodians.registered_keys(args.archive) is not None, args.archive)
    return EXIT_ERROR if failed else EXIT_OK


def _fetch(args: argparse.Namespace) -> int:
    from intake_app.archive import fetch
    from intake_app.transport import tor

    archive = Path(args.archive)
    token = Path(args.token_file).read_text(encoding="utf-8").strip()
    seen = [Path(f).read_text(encoding="utf-8") for f in args.client_checkpoint]
    socks = None
    if args.tor_socks and not args.receiver:
        host, _, port = args.tor_socks.rpartition(":")
        socks = (host, int(port))
    return _fetched(fetch.fetch_from(
        archive, token, _load_key(args), receiver_url=args.receiver, tor_socks=socks, staff_onion=args.staff_onion,
        torrc_extra=tor.read_torrc_extra(args.torrc_extra) if args.torrc_extra else (),
        onion_auth_dir=args.onion_auth_dir, client_checkpoints=seen), archive, len(seen))


def _fetched(result: object, archive: Path | None = None, client_checkpoints: int = 0) -> int:
    print(translate("Archive", "New bundles fetched: {0} ({1} already here).").format(
        len(getattr(result, "fetched", [])), len(getattr(result, "already", []))))
    if client_checkpoints:
        print(translate("Archive", "{0} checkpoints seen by interviewers' devices are the log this archive "
                                   "verified.").format(client_checkpoints))
    if archive is not None:
        from intake_app.archive import custodians

        _signers_note(custodians.registered_keys(archive) is not None, str(archive))
    # The device that sealed a bundle is inside its encryption: only opening it can say whether
    # it was enrolled (issue 19).
    print(translate("Archive", "Whether each bundle comes from an enrolled device is shown when it is opened."))
    return EXIT_OK


def _staff_onion(args: argparse.Namespace) -> int:
    from intake_app.archive import staff_onion

    address = staff_onion.create_staff_onion(args.archive)
    for name, public in args.authorize:
        staff_onion.authorize_client(args.archive, name, public)
    print(translate("Archive", "Staff onion: {0}").format(address))
    print(translate("Archive", "Authorised staff keys: {0}").format(
        ", ".join(staff_onion.authorized_clients(args.archive)) or "-"))
    print(translate("Archive", "Restart the receiver's tor so that it reads the authorised keys."))
    return EXIT_OK


def _staff_client_key(args: argparse.Namespace) -> int:
    from intake_app.archive import staff_onion

    key = staff_onion.ClientKey.generate()
    path = staff_onion.write_client_key(args.auth_dir, args.onion, args.name, key.private)
    print(translate("Archive", "Private key written to {0} (keep it on this machine).").format(path))
    print(translate("Archive", "Give the archive this public key to authorise: {0}").format(key.public))
    return EXIT_OK


def _link(args: argparse.Namespace) -> int:
    from intake_app.archive import link

    link_id = link.link(args.content, args.identity, _load_key(args))
    print(translate("Archive", "Linked (link id {0}); the act is recorded in both custody logs.").format(link_id))
    return EXIT_OK


def _summary(args: argparse.Namespace) -> int:
    from intake_app.archive import summary

    print(translate("Archive", "Summary written: {0}").format(summary.write(args.opened, args.out, args.in_lang)))
    return EXIT_OK
