# SPDX-License-Identifier: GPL-3.0-or-later
"""Sub-commands of the bundle area: ``archive init``, ``profile show``, ``seal``, ``open``, ``verify``.

Passphrases come from ``--passphrase-file`` or the terminal, never from argv. Errors are typed
and turned into translated messages by ``intake_app.cli`` (table: ``error_messages/bundle.py``).
"""

from __future__ import annotations

import argparse
import json
import mimetypes
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from intake_app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    Cli,
    capture_time,
    interviewer_role,
    one_line,
    read_passphrase,
)
from intake_app.text.errors import IntakeError
from intake_app.text.i18n import translate

AUDIO_TYPES = {".flac": "audio/flac", ".opus": "audio/opus", ".ogg": "audio/ogg", ".wav": "audio/wav",
               ".mp3": "audio/mpeg", ".m4a": "audio/mp4"}


class CliInputError(IntakeError):
    """Bad command-line input (a file that is not what the option needs)."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


def register(cli: Cli) -> None:
    p = cli.command("init", _archive_init, "create an archive's keys and its signed public profile", group="archive")
    p.add_argument("dir", metavar="DIR", help="new (or empty) archive directory")
    p.add_argument("--name", required=True, help="the archive's name, shown to interviewers")
    p.add_argument("--classic", action="store_true",
                   help="X25519 keys that today's age 1.1 tools can use, instead of the post-quantum hybrid")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--passphrase-file", metavar="F", help="protect the key files with the passphrase in F")
    g.add_argument("--no-passphrase", action="store_true", help="leave the key files unprotected (demo only)")
    p.add_argument("--receiver-onion", metavar="ADDR", help="use this .onion instead of creating onion/")
    p.add_argument("--audio-policy", choices=("flac", "opus"), default="flac")
    p.add_argument("--max-bundle-bytes", type=int, default=8 * 1024**3)
    p.add_argument("--bridge", action="append", default=[], metavar="LINE",
                   help="a private bridge line of the archive, signed into the profile; may be repeated")
    p.add_argument("--scrypt-work-factor", type=int, default=18, help=argparse.SUPPRESS)
    p.add_argument("--identity-custodians", metavar="R1,R2,...",
                   help="seal every identity side to K of these custodians (age recipients, or files holding "
                        "one each, from 'intake keygen'); no keys/identity.key is made")
    p.add_argument("--threshold", type=int, default=0, metavar="K",
                   help="how many custodians must act together to open an identity (with --identity-custodians)")

    p = cli.command("show", _profile_show, "check an archive profile and print its fingerprint", group="profile")
    p.add_argument("profile", metavar="P", help="profile.json")

    p = cli.command("seal", _seal, "seal one testimony into a bundle (.tib) for an archive")
    p.add_argument("--profile", required=True, metavar="P")
    p.add_argument("--form", required=True, metavar="FORM_ID")
    p.add_argument("--form-version", metavar="V", help="default: the newest version")
    p.add_argument("--answers", required=True, metavar="A.json")
    p.add_argument("--audio", action="append", default=[], metavar="FILE")
    p.add_argument("--attach", action="append", default=[], metavar="FILE")
    p.add_argument("--out", required=True, metavar="B.tib")
    p.add_argument("--passphrase-file", metavar="F", help="passphrase of this installation's device key")
    p.add_argument("--role", default="interviewer", type=interviewer_role, metavar="{interviewer,witness,self}",
                   help="who collected the testimony, recorded in the manifest")
    p.add_argument("--captured-at", metavar="ISO", type=capture_time,
                   help="capture start with time zone, e.g. 2024-06-04T10:00+08:00 (default: now)")
    p.add_argument("--scrypt-work-factor", type=int, default=18, help=argparse.SUPPRESS)

    for name, handler, text in (
        ("open", _open, "decrypt and verify a bundle, then write it into a new directory"),
        ("verify", _verify, "check a bundle completely without writing any plaintext"),
    ):
        p = cli.command(name, handler, text)
        p.add_argument("bundle", metavar="B.tib")
        p.add_argument("--key", action="append", required=True, metavar="K", help="an age identity file (repeatable)")
        p.add_argument("--passphrase-file", action="append", default=[], metavar="F",
                       help="passphrase for the key files: once for all, or once per --key in order")
        p.add_argument("--profile", metavar="P",
                       help="the archive's profile.json, to check the sealing device's enrolment "
                            "(default: the profile two levels up, as in ARCHIVE/incoming/)")
        if name == "open":
            p.add_argument("--out", required=True, metavar="DIR")
            # Archive-area hook: the bundle's custody log continued in DIR/custody.log.
            p.add_argument("--custody-key", metavar="K",
                           help="continue the bundle's custody log in DIR/custody.log, signed with K")
            p.add_argument("--custody-passphrase-file", metavar="F", help="passphrase of the custody key")
            p.add_argument("--virus-db", metavar="PATH",
                           help="ClamAV signatures (a directory or one file) to check the written files against "
                                "(default /var/lib/clamav)")
            p.add_argument("--archive", metavar="ARCHIVE_DIR",
                           help="for a bundle delivered by hand: carry a custody log found beside it only if "
                                "this archive's registered custodians signed it (else it is kept apart as a claim)")
            # Issue 23: the identity side of a bundle sealed k-of-n, from K custodians' shares
            # (the same ceremony as ``intake archive reveal``; --key is then the key the shares
            # were encrypted to, --archive the archive whose reveal log records it first).
            p.add_argument("--share", action="append", default=[], metavar="SHARE",
                           help="a custodian's share of this bundle (a share file or QR picture; repeat K times): "
                                "opens the identity side only, and logs the reveal")
            p.add_argument("--purpose", metavar="TEXT", help="with --share: why, recorded in the signed custody event")
            p.add_argument("--log", metavar="DIR", help="with --share: the bundle's custody log directory "
                                                        "(default: B.custody beside the bundle)")
            p.add_argument("--no-custody-passphrase", action="store_true",
                           help="with --share: the custody key is unprotected (demo only)")
            p.add_argument("--archive-passphrase-file", metavar="F",
                           help="with --share: passphrase of the archive's keys (its reveal log)")


# --- archive init / profile show ----------------------------------------------------------------
def _archive_init(args: argparse.Namespace) -> int:
    from intake_app.archive.setup import create_archive

    if args.no_passphrase:
        passphrase = None
    else:
        passphrase = read_passphrase(args.passphrase_file, translate("Bundle", "Passphrase for the archive's keys: "),
                                     confirm=True)
    result = create_archive(Path(args.dir), args.name, classic=args.classic, passphrase=passphrase,
                            receiver_onion=args.receiver_onion, audio_policy=args.audio_policy,
                            max_bundle_bytes=args.max_bundle_bytes, work_factor=args.scrypt_work_factor,
                            identity_custodians=_custodian_keys(args.identity_custodians),
                            threshold=args.threshold,
                            bridges=args.bridge)
    print(translate("Bundle", "Archive created in {0}").format(result.directory))
    if result.profile.threshold_mode:
        print(translate("Bundle", "Identity sides open only with {0} of {1} custodians' shares; "
                                  "no identity key was made.").format(result.profile.identity_threshold,
                                                                      len(result.profile.identity_custodians)))
    print(translate("Bundle", "Profile: {0}").format(result.profile_path))
    if not result.profile.receiver_onion:
        print(translate("Bundle", "No onion address yet: the profile is for a local demo archive."))
    print(translate("Bundle", "Fingerprint (read it out to interviewers): {0}").format(result.profile.fingerprint()))
    if passphrase is None:
        print(translate("Bundle", "Warning: the key files are not protected by a passphrase."))
    return EXIT_OK


def _custodian_keys(text: str | None) -> tuple[str, ...]:
    """``R1,R2,...``: each an age recipient or a file holding exactly one (comment lines ignored)."""
    if not text:
        return ()
    keys: list[str] = []
    for item in (t.strip() for t in text.split(",")):
        if item.startswith("age1"):
            keys.append(item)
            continue
        try:
            lines = [ln.strip() for ln in Path(item).read_text(encoding="utf-8").splitlines()]
        except (OSError, UnicodeDecodeError) as exc:
            raise CliInputError("a custodian key file cannot be read", item) from exc
        found = [ln for ln in lines if ln.startswith("age1")]
        if len(found) != 1:
            raise CliInputError("a custodian key file must hold exactly one age recipient", item)
        keys.append(found[0])
    return tuple(keys)


def _profile_show(args: argparse.Namespace) -> int:
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(args.profile)
    kind = translate("Bundle", "classic (X25519)") if profile.classic else translate(
        "Bundle", "post-quantum hybrid (ML-KEM-768 + X25519)")
    print(translate("Bundle", "Archive: {0}").format(one_line(profile.name)))
    print(translate("Bundle", "Fingerprint: {0}").format(profile.fingerprint()))
    print(translate("Bundle", "Signature: valid"))
    print(translate("Bundle", "Keys: {0}").format(kind))
    print(translate("Bundle", "Receiver: {0}").format(profile.receiver_onion or translate("Bundle", "(none: local demo)")))
    print(translate("Bundle", "Audio: {0}; largest bundle: {1} bytes").format(profile.audio_policy, profile.max_bundle_bytes))
    print(translate("Bundle", "Compare the fingerprint with the archive by phone before sealing anything."))
    return EXIT_OK


# --- seal ---------------------------------------------------------------------------------------
def _media_type(path: Path, audio: bool) -> str:
    suffix = path.suffix.lower()
    if audio:
        if suffix not in AUDIO_TYPES:
            raise CliInputError("not a known audio file type", str(path))
        return AUDIO_TYPES[suffix]
    guessed = mimetypes.guess_type(path.name)[0]
    return guessed or "application/octet-stream"


def _opener(path: Path) -> Any:
    return lambda: open(path, "rb")


def _seal(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from intake_app.home.device import load_or_create_device_key
    from intake_app.sealing.service import seal_testimony
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(args.profile)
    try:
        answers = json.loads(Path(args.answers).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CliInputError(f"answers are not JSON: {exc}", args.answers) from exc
    if not isinstance(answers, dict):
        raise CliInputError("answers must be a JSON object", args.answers)
    passphrase = read_passphrase(args.passphrase_file, translate("Bundle", "Passphrase of this installation's device key: "))
    # The device key's scrypt KDF (about half a second of one core) and the metadata stripping of
    # each file release the GIL: they run in two helper threads while this one loads the form,
    # and the key is awaited only when the first manifest is signed, after the content side was
    # encrypted (issue 24). The key and any copy stripped in memory stay in memory only.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="device-key") as pool:
        try:
            unlocking = pool.submit(load_or_create_device_key, passphrase, work_factor=args.scrypt_work_factor)
            form, payloads = _seal_inputs(args, pool)
            captured = args.captured_at or datetime.now().astimezone()  # checked by capture_time
            result = seal_testimony(profile, form.id, form.version, answers, payloads, unlocking.result,
                                    Path(args.out), interviewer_role=args.role, captured_at=captured, form=form)
            unlocking.result()  # a seal without a manifest never asked: the passphrase is checked all the same
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    print(translate("Bundle", "Sealed {0} ({1} bytes) for {2}").format(args.out, result.size, one_line(profile.name)))
    print(translate("Bundle", "SHA-256: {0}").format(result.sha256))
    return EXIT_OK


def _seal_inputs(args: argparse.Namespace, pool: Any) -> tuple[Any, list[Any]]:
    """The form definition and the payloads (attachments stripped in memory, in ``pool``) of
    ``intake seal``."""
    import io

    import intake_forms as forms
    from intake_app.sealing.metadata import lossless_audio_plan, strip_metadata
    from intake_app.sealing.service import PayloadSource

    def stripped(path: Path, media: str) -> tuple[int, Callable[[], BinaryIO]]:
        """(size, opener) of the clean copy: a FLAC or PCM WAV is a view over the file (its
        metadata blocks left out, the audio bytes read in place: nothing re-encoded, nothing held
        in memory, issue 24); anything else is stripped in memory."""
        with open(path, "rb") as fh:
            plan = lossless_audio_plan(fh, media)
            if plan is not None:
                return plan.size, lambda: plan.open(open(path, "rb"))
            fh.seek(0)
            data = strip_metadata(fh, media).read()
        return len(data), lambda: io.BytesIO(data)

    # Every file is checked for a known type before any work starts.
    audio = [(Path(name), _media_type(Path(name), True)) for name in args.audio]
    attached = [(Path(name), _media_type(Path(name), False)) for name in args.attach]
    copies = {str(path): pool.submit(stripped, path, media) for path, media in audio + attached}
    form = forms.load_form(args.form, args.form_version)
    payloads: list[PayloadSource] = []
    for path, media in audio:
        # The recording goes to the content side without its tags (security-review F5); the
        # original, tags and all, to the identity side.
        size, opener = copies[str(path)].result()
        payloads.append(PayloadSource(path.name, _opener(path), path.stat().st_size, media, "audio", original=True))
        payloads.append(PayloadSource(f"clean:{path.name}", opener, size, media, "audio", derived_from=path.name))
    for path, media in attached:
        size, opener = copies[str(path)].result()
        payloads.append(PayloadSource(path.name, _opener(path), path.stat().st_size, media, "attachment", original=True))
        payloads.append(PayloadSource(f"clean:{path.name}", opener, size, media,
                                      "attachment", derived_from=path.name,
                                      sensitivity="restricted-content" if media.startswith("audio/") else "content"))
    return form, payloads


# --- open / verify ------------------------------------------------------------------------------
def _open_with_shares(args: argparse.Namespace) -> int:
    """``intake open B.tib --share S1 --share S2 ... --out DIR``: ``intake archive reveal``."""
    from intake_app.archive.reveal import custody_dir
    from intake_app.cli import threshold as threshold_cli
    from intake_app.cli.common import EXIT_USAGE

    if args.log is None:
        args.log = str(custody_dir(Path(args.bundle)))
    missing = [flag for flag, value in (("--purpose", args.purpose), ("--archive", args.archive),
                                        ("--custody-key", args.custody_key)) if not value]
    if missing:
        print(translate("Bundle", "intake: opening with shares is logged: give also {0}").format(" ".join(missing)),
              file=sys.stderr)
        return EXIT_USAGE
    return threshold_cli.reveal_with(args, _identities(args))


def _identities(args: argparse.Namespace) -> list[Any]:
    from intake_crypto.age.keyfile import is_protected, read_identity_file

    files: list[str] = args.passphrase_file
    if len(files) not in (0, 1, len(args.key)):
        raise CliInputError("give --passphrase-file once, or once per --key", files[0])
    identities: list[Any] = []
    for i, key in enumerate(args.key):
        with open(key, "rb") as fh:
            protected = is_protected(fh.read(4096))
        passphrase = None
        if protected:
            source = files[i] if len(files) == len(args.key) and len(files) > 1 else (files[0] if files else None)
            passphrase = read_passphrase(source, translate("Bundle", "Passphrase for {0}: ").format(os.path.basename(key)))
        identities.extend(read_identity_file(key, passphrase))
    return identities


def _print_report(report: Any) -> None:
    print(translate("Bundle", "Bundle {0}: format version {1}").format(report.bundle_id, report.version))
    for side, rep in report.sides.items():
        label = translate("Bundle", "content") if side == "content" else translate("Bundle", "identity")
        if rep.opened:
            print(translate("Bundle", "  {0}: verified ({1} files, signed by device {2})").format(
                label, len(rep.files), rep.manifest.device_key_id))
        elif rep.reason == "absent":
            print(translate("Bundle", "  {0}: not present in this bundle").format(label))
        else:
            print(translate("Bundle", "  {0}: not opened (no key for it was given)").format(label))
    if all(r.opened for r in report.sides.values()) and len(report.sides) == 2:
        print(translate("Bundle", "  both sides carry the same link id"))


def _profile_arg(args: argparse.Namespace) -> Path | None:
    if args.profile:
        return Path(args.profile)
    if getattr(args, "archive", None):
        return Path(args.archive) / "profile.json"
    return None


def _print_device(dev: dict[str, Any]) -> bool:
    """Say plainly which device sealed the bundle (issue 19); True only for an enrolled device."""
    if dev["status"] == "enrolled":
        print(translate("Bundle", "  device: enrolled device {0}").format(dev["interviewer_code"]))
        return True
    if dev["status"] == "unknown":
        reasons = {
            "not enrolled": translate("Bundle", "it carries no enrolment"),
            "enrolled by another archive": translate("Bundle", "its enrolment was signed by another archive"),
            "enrolment is for another device": translate("Bundle", "its enrolment belongs to another device key"),
        }
        print(translate("Bundle", "  device: UNKNOWN DEVICE ({0}); key {1}").format(
            reasons.get(dev["reason"], translate("Bundle", "its two sides name different devices")),
            dev["device_key_id"][:12]))
    else:
        print(translate("Bundle", "  device: not checked (give --profile with the archive's profile.json)"))
    return False


def _open(args: argparse.Namespace) -> int:
    from intake_app.sealing.service import open_bundle

    if args.share:
        return _open_with_shares(args)

    key = None
    if args.custody_key:
        from intake_app.archive import chain
        from intake_crypto.bundle.signing import read_signing_key

        text = Path(args.custody_passphrase_file).read_text(encoding="utf-8") if args.custody_passphrase_file else None
        key = read_signing_key(Path(args.custody_key), text.splitlines()[0] if text else None)
        # A fetch log that does not verify stops us before any plaintext.
        chain.check_carried(args.bundle, archive=args.archive)
    report = open_bundle(args.bundle, _identities(args), Path(args.out))
    _print_report(report)
    from intake_app.archive import report as verification  # archive-area hook: the verification report

    data = verification.write(report, Path(args.bundle), Path(args.out), _profile_arg(args))
    _print_device(data["device"])
    from intake_app.archive import sip  # the submission as received travels into the AIP (issue 21)

    sip.keep(Path(args.bundle), Path(args.out), data)
    if key is not None:
        # Archive-area hook: carry the fetch's custody log into DIR and continue it (capture,
        # seal, validation, decryption), signed with the custody key.
        from intake_app.archive import chain

        chain.record_opening(Path(args.bundle), Path(args.out), report, data, key, archive=args.archive)
        if (Path(args.out) / chain.CLAIM_DIR).is_dir():
            print(translate("Bundle", "A custody log found beside the bundle is not signed by this archive's "
                                      "registered custodians: it was kept apart in {0} as an unverified claim, "
                                      "not joined to the bundle's custody log.").format(
                Path(args.out) / chain.CLAIM_DIR))
    print(translate("Bundle", "Written to {0}").format(args.out))
    from intake_app.archive import chain, release

    own = Path(args.archive) if args.archive else chain.own_archive(args.bundle)
    if own is not None and release.count_opening(own, args.out):  # issue 18: the index stays up to date
        print(translate("Bundle", "Added to the archive's publication index."))
    return _virus_check_opening(Path(args.out), key, args.virus_db)


def _virus_check_opening(out: Path, key: Any, database: str | None) -> int:
    """ClamAV over the files just written, before anyone opens one (issue 21)."""
    from intake_app.archive import virus

    result = virus.check_opening(out, key, database)
    if result is None:
        print(translate("Bundle", "intake: warning: no virus check was made (ClamAV or its signatures are missing): "
                                  "open these files only on an offline machine."), file=sys.stderr)
        return EXIT_OK
    if result.clean:
        print(translate("Bundle", "Virus check ({0}): nothing found.").format(result.engine))
        return EXIT_OK
    print(translate("Bundle", "intake: the virus check found something in these files: do not open them; report "
                              "it to whoever looks after the archive's machines.\n{0}").format(
        "\n".join(f"  {path}: {name}" for path, name in result.found)), file=sys.stderr)
    return EXIT_ERROR


def _verify(args: argparse.Namespace) -> int:
    from intake_app.archive import report as verification
    from intake_app.sealing.service import verify_bundle

    report = verify_bundle(args.bundle, _identities(args))
    _print_report(report)
    profile_key = verification.archive_profile_key(Path(args.bundle), _profile_arg(args))
    if _print_device(verification.device(report, profile_key)):
        print(translate("Bundle", "All checks passed; nothing was written."))
    else:
        # Never "All checks passed" for a device the archive did not enrol (evidence review attack 5).
        print(translate("Bundle", "The files and signatures are intact, but the archive cannot tell who sealed "
                                  "this bundle: treat it as from an unknown device; nothing was written."))
    return EXIT_OK
