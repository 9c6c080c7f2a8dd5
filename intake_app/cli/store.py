# SPDX-License-Identifier: GPL-3.0-or-later
"""``intake store …``: the encrypted local store from scripts and tests.

Every command that needs the keys takes ``--passphrase-file`` (or asks on the terminal) and
locks the store again before it returns: the command line never leaves a store unlocked.
``intake store lock`` asks running apps that have the store open to lock it; ``intake store
wipe --yes`` is the panic wipe and needs no passphrase. Output never includes identity answers
(the store cannot read them); ``show`` prints content answers because the user asked for them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import mimetypes
import sys
from pathlib import Path
from typing import Any

from intake_app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    Cli,
    interviewer_role,
    one_line,
    read_passphrase,
)
from intake_app.home import paths
from intake_app.text.i18n import translate

GROUP = "store"


def _home() -> Path:
    return paths.home()


def _passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    return read_passphrase(args.passphrase_file, translate("StoreCli", "Store passphrase: "), confirm=confirm)


def _open(args: argparse.Namespace) -> Any:
    from intake_app.store import Store

    return Store.open(_home(), _passphrase(args))


def _media_type(path: Path, default: str) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or default


def _load_profile(path: str) -> Any:
    from intake_crypto.bundle.profile import load_profile

    return load_profile(Path(path))


def cmd_init(args: argparse.Namespace) -> int:
    from intake_app.store import KdfParams, Store

    kdf = None
    if args.kdf_ops or args.kdf_mem_mib:
        default = KdfParams()
        kdf = KdfParams(args.kdf_ops or default.opslimit, (args.kdf_mem_mib or default.memlimit >> 20) << 20)
    profile = _load_profile(args.profile) if args.profile else None
    store = Store.create(_home(), _passphrase(args, confirm=True), kdf=kdf)
    try:
        if profile is not None:
            store.set_profile(profile)
    finally:
        store.lock()
    print(translate("StoreCli", "Created the encrypted store in {0}").format(store.directory))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    try:
        answers = json.loads(Path(args.answers).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        answers = None
    if not isinstance(answers, dict):
        print(translate("StoreCli", "intake: the answers file must hold a JSON object"), file=sys.stderr)
        return EXIT_USAGE
    for item in [*(args.attach or []), *(args.audio or [])]:
        if not Path(item).is_file():
            print(translate("StoreCli", "intake: cannot read the file {0}").format(item), file=sys.stderr)
            return EXIT_USAGE
    import intake_forms as forms

    form_version = args.form_version
    if form_version is None:
        form_version = forms.load_form(args.form).version
    # Identity answers are sealed as they are saved and never read back: an old-style reference
    # there (a victim named by the record id the content side holds, witness_identity 1.0.0) would
    # reach the archive as a join of the two sides (issue 18 item 4). Refused, with the way out.
    by_id = [p for p in forms.load_form(args.form, str(form_version)).validate(answers) if p.code == "position_invalid"]
    if by_id:
        print(translate("StoreCli", "intake: {0} must name a record by its number in this testimony (1 for the "
                                    "first), not by an id. Answers made with an older form version: move them with "
                                    "\"intake forms migrate\". Nothing was stored.").format(by_id[0].path),
              file=sys.stderr)
        return EXIT_USAGE
    profile = _load_profile(args.profile) if args.profile else None
    store = _open(args)
    try:
        if profile is not None:
            store.set_profile(profile)
        tid = store.create_testimony(args.form, str(form_version))
        try:
            store.save_answers(tid, answers)
            for item in args.attach or []:
                path = Path(item)
                store.add_attachment(tid, path, _media_type(path, "application/octet-stream"))
            for item in args.audio or []:
                path = Path(item)
                store.import_recording(tid, path, _media_type(path, "audio/flac"))
            for note in args.note or []:
                store.add_note(note, testimony_id=tid)
        except BaseException:
            # All or nothing: a failure (disk full, bad file) leaves no half-added testimony.
            from intake_app.store.errors import StoreError

            with contextlib.suppress(StoreError):
                store.destroy_testimony(tid)
            raise
    finally:
        store.lock()
    print(tid)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        rows = store.list_testimonies()
        outbox = {e.testimony_id: e for e in store.outbox()}
    finally:
        store.lock()
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=1))
        return EXIT_OK
    if not rows:
        print(translate("StoreCli", "The store holds no testimonies."))
        return EXIT_OK
    for r in rows:
        queued = outbox.get(r.id)
        extra = f" bundle={queued.bundle_id} {queued.state}" if queued else ""
        print(
            f"{r.id}  {r.form_id}@{r.form_version}  {r.status:<9} {r.updated_at}  v{r.versions}"
            f"  audio={r.recordings} files={r.attachments} identity={'sealed' if r.has_identity else '-'}{extra}"
        )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        detail = store.detail(store.resolve_id(args.id))
        recordings = [
            {"id": r.id, "media_type": r.media_type, "duration_ms": r.duration_ms, "markers": r.markers}
            for r in store.recordings(detail.summary.id)
        ]
    finally:
        store.lock()
    doc = {
        **detail.summary.__dict__,
        "answers": detail.answers,
        "identity": "sealed to the archive's identity key" if detail.summary.has_identity else None,
        "payloads": [p.__dict__ for p in detail.payloads],
        "recordings": recordings,  # markers as kept (sealed) in each recording's row
        "notes": detail.notes,
    }
    print(json.dumps(doc, ensure_ascii=False, indent=1))
    return EXIT_OK


def cmd_finalize(args: argparse.Namespace) -> int:
    from intake_app.home.device import load_or_create_device_key
    from intake_app.sealing.finalize import finalize

    profile = _load_profile(args.profile)
    passphrase = _passphrase(args)
    from intake_app.store import Store

    store = Store.open(_home(), passphrase)
    try:
        tid = store.resolve_id(args.id)
        device_key = load_or_create_device_key(passphrase)
        entry = finalize(store, tid, profile, device_key, interviewer_role=args.role)
    finally:
        store.lock()
    print(translate("StoreCli", "Sealed bundle {0} is in the outbox ({1} bytes, SHA-256 {2})").format(
        entry.bundle_id, entry.size, entry.sha256))
    return EXIT_OK


def cmd_device_key(args: argparse.Namespace) -> int:
    """This device's public key (base64), for ``intake archive enrol --device-key``; and whether
    the device is enrolled already."""
    from intake_app.store import Store
    from intake_crypto.bundle.signing import b64

    store = Store.open(_home(), _passphrase(args), with_device_key=True)
    try:
        public = bytes(store.device_key().verify_key)
        enrolment = store.enrolment()
    finally:
        store.lock()
    print(translate("StoreCli", "This device's public key (give it to the archive to enrol this device):"))
    print(b64(public))
    if enrolment is not None:
        print(translate("StoreCli", "This device is enrolled as interviewer {0}.").format(enrolment.interviewer_code))
    else:
        print(translate("StoreCli", "This device is not enrolled: the archive will see its bundles as from an "
                                    "unknown device."))
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    """Keep the archive's enrolment inside the encrypted store (checked against the pinned profile's
    key and this device's key); from then on every bundle carries it."""
    from intake_app.store import Store
    from intake_app.transport import qr

    try:
        data = qr.enrolment_from_file(Path(args.enrolment))  # the file, or a picture of its QR code
    except OSError:
        print(translate("StoreCli", "intake: the enrolment file cannot be read"), file=sys.stderr)
        return EXIT_USAGE
    store = Store.open(_home(), _passphrase(args), with_device_key=True)
    try:
        enrolment = store.import_enrolment(data)
    finally:
        store.lock()
    print(translate("StoreCli", "This device is enrolled as interviewer {0}; every bundle it seals says so.").format(
        enrolment.interviewer_code))
    return EXIT_OK


def cmd_checkpoint(args: argparse.Namespace) -> int:
    """The signed checkpoint of the archive's receipt log this device saw last (kept in the store),
    printed for staff (``intake fetch --client-checkpoint``): a receiver that showed this device a
    private fork is caught when staff compare it with theirs (issue 19 item 4)."""
    from intake_crypto.bundle import receipt as receipts

    store = _open(args)
    try:
        profile = store.pinned_profile()
        note = store.log_checkpoint(receipts.log_origin(bytes(profile.receipt_public_key))) if profile else None
    finally:
        store.lock()
    if not note:
        print(translate("StoreCli", "intake: this device has no checkpoint of the archive's log yet (nothing was "
                                    "sent)"), file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(note if note.endswith("\n") else note + "\n")
    return EXIT_OK


def cmd_rebind(args: argparse.Namespace) -> int:
    """Bind the store to another archive profile: the explicit flow the GUI's "change archive"
    also follows. The new fingerprint must be typed as it was read out by phone; replacing
    another archive is refused while material sealed for the current one waits."""
    from intake_crypto.bundle.profile import load_profile

    profile = load_profile(Path(args.profile), expected_fingerprint=args.fingerprint)
    store = _open(args)
    try:
        old = store.pinned_profile()
        store.replace_profile(profile)
    finally:
        store.lock()
    if old is not None and old.fingerprint() != profile.fingerprint():
        print(translate("StoreCli", "The store was bound to {0} (fingerprint {1}).").format(
            one_line(old.name), old.fingerprint()))
    print(translate("StoreCli", "From now on this store seals for {0} (fingerprint {1}).").format(
        one_line(profile.name), profile.fingerprint()))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        from intake_app.store.errors import RecordNotFoundError

        ident = args.id
        with contextlib.suppress(RecordNotFoundError):  # may be an outbox or bundle id instead
            ident = store.resolve_id(ident)
        entry = store.export_bundle(ident, Path(args.out))
    finally:
        store.lock()
    print(translate("StoreCli", "Wrote bundle {0} to {1}").format(entry.bundle_id, args.out))
    return EXIT_OK


def cmd_lock(args: argparse.Namespace) -> int:
    from intake_app.store import request_lock

    if not request_lock(_home()):
        from intake_app.store.errors import StoreNotFoundError

        raise StoreNotFoundError(str(_home()))
    print(translate("StoreCli", "Locked: open windows of the app lock within seconds; the command line keeps nothing unlocked."))
    return EXIT_OK


def cmd_wipe(args: argparse.Namespace) -> int:
    from intake_app.store import store_directory, wipe_store

    if not args.yes:
        print(translate("StoreCli", "intake: wipe destroys every testimony in this store; add --yes to confirm"),
              file=sys.stderr)
        return EXIT_USAGE
    existed = store_directory(_home()).exists()
    wipe_store(_home())
    print(translate("StoreCli", "The store was destroyed.") if existed else
          translate("StoreCli", "There was no store to destroy."))
    return EXIT_OK


def _pp(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--passphrase-file", metavar="F", help="read the store passphrase from the first line of F")
    return parser


def register(cli: Cli) -> None:
    p = _pp(cli.command("init", cmd_init, "create an encrypted store in the home directory", group=GROUP))
    p.add_argument("--profile", metavar="P", help="archive profile whose identity key seals identity details")
    p.add_argument("--kdf-ops", type=int, help="Argon2id passes (default 3)")
    p.add_argument("--kdf-mem-mib", type=int, help="Argon2id memory in MiB (default 512)")

    p = _pp(cli.command("add", cmd_add, "add a testimony from a JSON answers file", group=GROUP))
    p.add_argument("--form", required=True, metavar="F", help="form id")
    p.add_argument("--form-version", metavar="V", help="form version (default: the newest)")
    p.add_argument("--answers", required=True, metavar="A.json", help="answers as a JSON object")
    p.add_argument("--attach", action="append", metavar="FILE", help="attach a file (metadata stripped)")
    p.add_argument("--audio", action="append", metavar="FILE", help="add an audio recording")
    p.add_argument("--note", action="append", metavar="TEXT", help="add an interviewer's note")
    p.add_argument("--profile", metavar="P", help="archive profile (remembered for later)")

    p = _pp(cli.command("list", cmd_list, "list the testimonies in the store", group=GROUP))
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = _pp(cli.command("show", cmd_show, "show one testimony (content answers only)", group=GROUP))
    p.add_argument("id", metavar="ID")

    p = _pp(cli.command("finalize", cmd_finalize, "seal a testimony into a bundle in the outbox", group=GROUP))
    p.add_argument("id", metavar="ID")
    p.add_argument("--profile", required=True, metavar="P",
                   help="the archive profile to seal to: must be the one the store is bound to (see rebind)")
    p.add_argument("--role", default="interviewer", type=interviewer_role, metavar="{interviewer,witness,self}",
                   help="who collected the testimony, recorded in the manifest")

    p = _pp(cli.command("rebind", cmd_rebind, "bind the store to another archive profile (after checking its "
                        "fingerprint by phone)", group=GROUP))
    p.add_argument("--profile", required=True, metavar="P", help="the new archive profile")
    p.add_argument("--fingerprint", required=True, metavar="DIGITS",
                   help="the profile's fingerprint as read out by the archive on the phone")

    _pp(cli.command("device-key", cmd_device_key, "print this device's public key, for the archive to enrol it",
                    group=GROUP))

    p = _pp(cli.command("enrol", cmd_enrol, "import the archive's enrolment of this device (a file or a QR code "
                        "picture from the archive)", group=GROUP))
    p.add_argument("enrolment", metavar="FILE",
                   help="the enrolment file from 'intake archive enrol', or a picture (PNG, JPEG) of its QR code")

    _pp(cli.command("checkpoint", cmd_checkpoint, "print the archive log's latest checkpoint this device saw, for "
                    "the archive's staff to check (fork detection)", group=GROUP))

    p = _pp(cli.command("export", cmd_export, "write a finalised testimony's sealed bundle to a file", group=GROUP))
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", required=True, metavar="B.tib")

    cli.command("lock", cmd_lock, "lock the store in every running app", group=GROUP)

    p = cli.command("wipe", cmd_wipe, "panic wipe: destroy the keys, then every file of the store", group=GROUP)
    p.add_argument("--yes", action="store_true", help="confirm")


_ = EXIT_ERROR
